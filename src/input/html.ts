// Saved HTML page → Document. Minimal first cut: paragraphs of the page body; see issue "HTML".
import * as cheerio from 'cheerio';
import { cleanText, type Document, type Segment } from './document.js';

export function documentFromHtml(html: string, encoding = 'utf-8'): Document {
  const $ = cheerio.load(html);
  $('script, style, noscript, nav, header, footer, aside, form, iframe').remove();
  const parts: string[] = [];
  const segments: Segment[] = [];
  let text = '';
  const push = (kind: Segment['kind'], raw: string) => {
    const t = cleanText(raw).replace(/\s+/g, ' ').trim();
    if (!t) return;
    if (text) text += '\n';
    segments.push({ kind, start: text.length, end: text.length + t.length });
    text += t;
    parts.push(t);
  };
  const title = $('meta[property="og:title"]').attr('content') ?? $('h1').first().text() ?? $('title').text();
  push('title', title ?? '');
  $('body p').each((_, el) => push('body', $(el).text()));
  return {
    text,
    format: 'html',
    encoding,
    segments,
    meta: { title: title?.trim() || undefined, url: $('link[rel="canonical"]').attr('href') ?? undefined },
    warnings: [],
  };
}

export function looksLikeHtml(head: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<meta[\s>]|<body[\s>])/i.test(head);
}

/** The charset a page declares in <meta>, read from its first bytes. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head);
  return m?.[1];
}
