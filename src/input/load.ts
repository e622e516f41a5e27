// Any input (bytes or string) → Document, choosing text or HTML; and the checks that refuse
// bytes which are not a text at all.
import { readSync } from 'node:fs';
import type { InputFormat } from '../record/schema.js';
import { decodeBytes, legacyInUnicode, sniffUtf16, type LegacyOption } from './decode.js';
import { documentFromText, type Document } from './document.js';
import { declaredCharset, documentFromHtml, looksLikeHtml } from './html.js';
import { letterStats, startsVietnamese } from './legacy.js';

export type InputFormatOption = InputFormat | 'auto';

export interface LoadOptions {
  /** Convert legacy TCVN3/VNI text (`auto`: whichever is detected). */
  legacyEncoding?: LegacyOption;
}

export function detectFormat(path: string | null, head: string | (() => string)): InputFormat {
  if (path && /\.html?$/i.test(path)) return 'html';
  if (path && /\.txt$/i.test(path)) return 'text';
  return looksLikeHtml(typeof head === 'string' ? head : head()) ? 'html' : 'text';
}

export function documentFromBytes(
  bytes: Uint8Array,
  path: string | null,
  format: InputFormatOption = 'auto',
  options: LoadOptions = {},
): Document {
  // (the head is read only when the path's extension does not decide)
  const fmt = format === 'auto' ? detectFormat(path, () => Buffer.from(bytes.subarray(0, 1024)).toString('latin1')) : format;
  const decoded = decodeBytes(bytes, fmt === 'html' ? declaredCharset(bytes) : undefined, options);
  const doc = fmt === 'html' ? htmlDocument(decoded.text, decoded.encoding) : documentFromText(decoded.text, decoded.encoding);
  doc.warnings.unshift(...decoded.warnings);
  addContentWarnings(doc);
  return doc;
}

export function documentFromString(input: string, format: InputFormatOption = 'auto', options: LoadOptions = {}): Document {
  const fmt = format === 'auto' ? (looksLikeHtml(input.slice(0, 1024)) ? 'html' : 'text') : format;
  // Strings can carry legacy TCVN3/VNI glyphs too (text pasted from old documents, ndjson lines).
  const checked = legacyInUnicode({ text: input, encoding: 'utf-8', warnings: [] }, options);
  const doc = fmt === 'html' ? htmlDocument(checked.text) : documentFromText(checked.text);
  if (checked.encoding !== 'utf-8') doc.encoding = checked.encoding;
  doc.warnings.unshift(...checked.warnings);
  addContentWarnings(doc);
  return doc;
}

// The HTML parser's time grows with the square of the nesting depth (100,000 nested <div>s take
// minutes), while real pages stay under a few hundred levels.
const MAX_HTML_DEPTH = 1000;
const TAG_RE = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;
const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'p', 'li', 'option']);
/** Tags the HTML reader looks at; flattening keeps them and drops every other tag (not its text). */
const KEEP_WHEN_FLAT = /^(html|head|body|title|meta|link|p|br|h[1-6]|script|style|noscript)$/i;

/** Deepest element nesting, counted from open and close tags (an over-estimate for sloppy pages). */
export function htmlNestingDepth(html: string): number {
  let depth = 0, max = 0;
  for (const m of html.matchAll(TAG_RE)) {
    if (m[3] || VOID_TAGS.has(m[2].toLowerCase())) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}

function htmlDocument(html: string, encoding?: string): Document {
  const depth = htmlNestingDepth(html);
  if (depth <= MAX_HTML_DEPTH) return documentFromHtml(html, encoding);
  const flat = html.replace(TAG_RE, (tag, _close, name: string) => (KEEP_WHEN_FLAT.test(name) ? tag : ' '));
  const doc = documentFromHtml(flat, encoding);
  doc.warnings.push(`HTML nested about ${depth} levels deep; layout tags dropped before parsing`);
  return doc;
}

/** Below this many letters a text is too short to judge its language. */
const MIN_LETTERS_FOR_LANGUAGE = 40;

/** Warns when there is no text, or when the text is not Vietnamese (extractors expect Vietnamese). */
function addContentWarnings(doc: Document): void {
  if (!/\S/.test(doc.text)) {
    doc.warnings.push('no text found in the input');
    return;
  }
  if (startsVietnamese(doc.text) || doc.warnings.some((w) => w.includes('legacy'))) return;
  const stats = letterStats(doc.text);
  if (stats.letters >= MIN_LETTERS_FOR_LANGUAGE && stats.vietnamese < stats.letters * 0.01) {
    doc.warnings.push('text does not look like Vietnamese (almost no Vietnamese letters); fields may be empty');
  }
}

/** File signatures of formats that are never a text. */
const MAGIC: ReadonlyArray<readonly [string, number[], number?]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['zip archive', [0x50, 0x4b, 0x03, 0x04]],
  ['zip archive', [0x50, 0x4b, 0x05, 0x06]],
  ['gzip archive', [0x1f, 0x8b]],
  ['bzip2 archive', [0x42, 0x5a, 0x68]],
  ['xz archive', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['7-zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['RAR archive', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['OLE document (old Word/Excel)', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66]],
  ['WebAssembly module', [0x00, 0x61, 0x73, 0x6d]],
  ['MP4/QuickTime video', [0x66, 0x74, 0x79, 0x70], 4],
];

function startsWith(bytes: Uint8Array, sig: number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[at + i] !== sig[i]) return false;
  return true;
}

const isAsciiSpace = (b: number) => b === 0x20 || (b >= 0x09 && b <= 0x0d);

/**
 * Why these bytes cannot be read as a text (empty, whitespace only, a known binary format,
 * or mostly NUL/control bytes), or null when they can. Looks at the first 8 KB only, except
 * for the whitespace check which stops at the first non-space.
 */
export function refusalReason(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'empty file';
  for (const [name, sig, at] of MAGIC) if (startsWith(bytes, sig, at)) return `binary file (${name}), not a text`;
  let body = bytes;
  let unit = 1;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) body = bytes.subarray(3);
  else if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) { body = bytes.subarray(2); unit = 2; }
  else if (sniffUtf16(bytes)) unit = 2;
  if (isBlank(body, unit)) return body.length ? 'no text: whitespace only' : 'empty file';
  if (unit === 1) {
    const n = Math.min(body.length, 8192);
    const control = controlBytes(body, n);
    const nul = nulBytes;
    if (nul > n * 0.1) return `binary content (${Math.round((nul / n) * 100)}% NUL bytes), not a text`;
    if (nul + control > n * 0.1) return `binary content (${Math.round(((nul + control) / n) * 100)}% control bytes), not a text`;
  }
  return null;
}

/** NUL bytes among the bytes controlBytes looked at last. */
let nulBytes = 0;
/** Some byte of the 32-bit word is under 0x20 (the "has less than" bit test, exact for a bound up to 0x80). */
const HIGH_BITS = 0x80808080 | 0;
const hasControl = (w: number) => (((w - 0x20202020) | 0) & ~w & HIGH_BITS) !== 0;

/**
 * Control bytes other than ASCII spaces and ESC among body[0, n), and the NULs among them in nulBytes. Read four bytes
 * at a time: a text has a control byte (a line end) in a few words of a hundred, and only those are looked at byte
 * by byte (a loop over every byte was ~1 % of a worker's time).
 */
function controlBytes(body: Uint8Array, n: number): number {
  let nul = 0, control = 0;
  // bytes [0, head) come before the first aligned word, whole words fill [head, wordEnd), single bytes the rest
  const head = Math.min(n, (4 - (body.byteOffset & 3)) & 3);
  const words = (n - head) >> 2;
  const wordEnd = head + 4 * words;
  const at = words > 0 ? new Int32Array(body.buffer, body.byteOffset + head, words) : NO_WORDS;
  let i = 0;
  while (i < n) {
    if (i >= head && i < wordEnd && ((i - head) & 3) === 0 && !hasControl(at[(i - head) >> 2])) { i += 4; continue; }
    const b = body[i++];
    // (one comparison for the printable bytes, nearly all of them)
    if (b < 0x20) {
      if (b === 0) nul++;
      else if (!isAsciiSpace(b) && b !== 0x1b) control++;
    }
  }
  nulBytes = nul;
  return control;
}
const NO_WORDS = new Int32Array(0);

/** Whitespace only (or nothing), reading `unit`-byte code units; UTF-16 either byte order. */
function isBlank(body: Uint8Array, unit: number): boolean {
  if (unit === 1) {
    for (let i = 0; i < body.length; i++) if (!isAsciiSpace(body[i])) return false;
    return true;
  }
  for (let i = 0; i + 1 < body.length; i += 2) {
    const a = body[i], b = body[i + 1];
    const ok = (a === 0 && isAsciiSpace(b)) || (b === 0 && isAsciiSpace(a));
    if (!ok) return false;
  }
  return true;
}

/** Thrown by readBounded when the input goes past the limit; nothing past limit+1 bytes is read. */
export class TooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`input is over --max-bytes ${limit}`);
  }
}

/** Reads a stream-like fd (stdin, a pipe, a FIFO) to the end, refusing to hold more than `limit` bytes. */
export function readBounded(fd: number, limit: number): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  const buf = Buffer.allocUnsafe(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5); continue; }
      if (code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    total += n;
    if (total > limit) throw new TooLargeError(limit);
    chunks.push(Buffer.from(buf.subarray(0, n)));
  }
  return Buffer.concat(chunks, total);
}
