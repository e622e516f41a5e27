// Saved HTML page → Document: the article text laid out as a text copy would be (headline, lead,
// paragraphs, captions, one per line) plus the metadata only the page carries.
import { createRequire } from 'node:module';
import type * as Cheerio from 'cheerio';
import type { Document as DomDocument } from 'domhandler';
import type { Document, Segment } from './document.js';
import { extractBlocks, type Block } from './html/content.js';
import { readPageMeta } from './html/meta.js';
import { OffsetMap } from './offsets.js';

// cheerio (undici, parse5, css-select: ~0.3 s) loads at the first HTML input, so a worker reading a
// text corpus starts without it. Loaded synchronously, as extraction is; the same release as its ESM build.
let cheerioLoad: typeof Cheerio.load | undefined;
const loadCheerio = () => (cheerioLoad ??= (createRequire(import.meta.url)('cheerio') as typeof Cheerio).load);

// A byline left as the body's last line: a short capitalised name ("Minh Châu", "HẢI YẾN").
const NAME_LINE = /^\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}$/u;
const NOT_A_NAME = /^(?:Theo|Nguồn|Ảnh|Video|Clip|Tin|Bài)\b/u;

interface Line {
  kind: Segment['kind'];
  text: string;
  /** [offset in line, offset in source] where each text node starts. */
  anchors: [number, number][];
}

/** Pieces of a block → one clean line: whitespace collapsed, NFC, with per-text-node anchors. */
function lineOf(block: Block): Line {
  let text = '';
  const anchors: [number, number][] = [];
  for (const p of block.pieces) {
    let t = p.text.replace(/\s+/g, ' ');
    let skip = 0;
    if (t.startsWith(' ') && (text === '' || text.endsWith(' '))) { t = t.slice(1); skip = 1; }
    if (!t) continue;
    anchors.push([text.length, p.source + skip]);
    text += t.normalize('NFC');
  }
  return { kind: block.kind, text: text.trimEnd(), anchors };
}

export function documentFromHtml(html: string, encoding = 'utf-8'): Document {
  const $ = loadCheerio()(html, { sourceCodeLocationInfo: true });
  const facts = readPageMeta($);
  const root = $.root()[0] as unknown as DomDocument;
  const lines = extractBlocks(root, facts.headline, facts.consumed).map(lineOf).filter((l) => l.text);

  const last = lines[lines.length - 1];
  if (last && last.kind === 'body' && lines.length > 2 && last.text.length <= 40 && NAME_LINE.test(last.text) && !NOT_A_NAME.test(last.text)) {
    lines.pop();
    facts.meta.author ??= last.text;
  }
  const title = facts.headlineText;
  if (title) {
    const h = facts.headline;
    const at = h ? ((h.children[0] as unknown as { sourceCodeLocation?: { startOffset: number } })?.sourceCodeLocation?.startOffset ?? 0) : 0;
    lines.unshift({ kind: 'title', text: title.normalize('NFC'), anchors: [[0, at]] });
  }

  let text = '';
  const segments: Segment[] = [];
  const map = new OffsetMap();
  for (const l of lines) {
    if (text) text += '\n';
    for (const [off, src] of l.anchors) map.anchor(text.length + off, src);
    segments.push({ kind: l.kind, start: text.length, end: text.length + l.text.length });
    text += l.text;
  }
  const meta = facts.meta;
  for (const k of ['title', 'author', 'attribution'] as const) if (meta[k]) meta[k] = meta[k]!.normalize('NFC');
  if (meta.category) meta.category = meta.category.map((c) => c.normalize('NFC'));
  return {
    text,
    format: 'html',
    encoding,
    segments,
    meta,
    warnings: text ? [] : ['no article text found in the HTML page'],
    // Exact at the start of each text node; inside one it drifts by entities and collapsed spaces.
    sourceOffset: (offset) => map.toSource(offset),
  };
}

/** HTML by content: a doctype, an <html>/<head>/<body> tag, or a saved-page comment before one. */
export function looksLikeHtml(head: string): boolean {
  const h = head.replace(/^\uFEFF|^\u00EF\u00BB\u00BF|^\u00FF\u00FE|^\u00FE\u00FF/, '').replace(/\u0000/g, '');
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<html[\s>]|<head[\s>]|<meta[\s>]|<body[\s>]|<title[\s>])/i.test(h)) return true;
  return /<html[\s>]/i.test(h) && /<(?:head|body|meta|title)[\s>]/i.test(h);
}

const LATIN_DEFAULTS = /^(?:iso-?8859-1|latin-?1|windows-1252|cp1252|us-ascii|ascii)$/i;
const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/**
 * The charset a page declares (<meta charset>, http-equiv, or an XML declaration), read from its
 * first bytes. A Latin-1 declaration over valid UTF-8 bytes is the classic mislabelled Vietnamese
 * page; it and UTF-16 labels on 8-bit bytes are ignored so that the decoder's own detection runs.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1').replace(/\u0000/g, '');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  const label = m?.[1]?.toLowerCase();
  if (!label) return undefined;
  if (label.startsWith('utf-16') || label.startsWith('utf16')) return undefined;
  if (LATIN_DEFAULTS.test(label)) {
    try {
      utf8Strict.decode(bytes);
      return undefined;
    } catch {
      return label;
    }
  }
  return label;
}
