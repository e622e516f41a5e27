// The Document: the clean text every extractor reads, with the pieces it is made of.
import type { InputFormat } from '../record/schema.js';
import { cleanWithMap } from './offsets.js';

/** What a stretch of the text is; extractors may weigh captions and titles differently. */
export type SegmentKind = 'title' | 'lead' | 'body' | 'caption' | 'meta';

export interface Segment {
  kind: SegmentKind;
  start: number;
  end: number;
}

/** Metadata that only the page carries (HTML), each value with where it came from. */
export interface PageMeta {
  title?: string;
  publishedAt?: string;
  category?: string[];
  author?: string;
  attribution?: string;
  url?: string;
}

export interface Document {
  /** Decoded, NFC-normalized text with \n line ends; every span indexes this. */
  text: string;
  format: InputFormat;
  encoding: string;
  segments: Segment[];
  meta: PageMeta;
  warnings: string[];
  /**
   * Offset in `text` → offset in the decoded source (HTML markup, before cleaning).
   * Absent when the text is the source itself.
   */
  sourceOffset?: (offset: number) => number;
}

/** Normalise decoded text the way every Document is: NFC and \n line ends. */
export function cleanText(decoded: string): string {
  return cleanWithMap(decoded).text;
}

/** What /\s/ matches (ECMAScript WhiteSpace and LineTerminator). */
function isJsSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** /\S/.test(text.slice(from, to)), without the slice and the regex per line. */
export function hasNonSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isJsSpace(text.charCodeAt(i))) return true;
  return false;
}

/** A Document from plain text: lines become segments, the first non-empty line is the title candidate. */
export function documentFromText(decoded: string, encoding = 'utf-8'): Document {
  const { text, map } = cleanWithMap(decoded);
  const segments: Segment[] = [];
  let pos = 0;
  let seenTitle = false;
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    if (end > pos && hasNonSpace(text, pos, end)) {
      segments.push({ kind: seenTitle ? 'body' : 'title', start: pos, end });
      seenTitle = true;
    }
    pos = end + 1;
  }
  // sourceOffset is always a property (undefined when the text is the source), as in an HTML Document: a text
  // Document that gained it afterwards had a map of its own, and the first one (a text with CR or combining marks,
  // ~0.5 % of articles) threw away the optimised code of each function that reads a Document.
  return {
    text,
    format: 'text',
    encoding,
    segments,
    meta: {},
    warnings: [],
    sourceOffset: map.isIdentity ? undefined : (offset) => map.toSource(offset),
  };
}

/**
 * Runs the cleaning's rare branch (CR line ends, a combining mark), so that its first real text, deep into a
 * long run, does not throw away the optimised code of documentFromText and its callers for lack of feedback.
 */
export function warmUpInput(): void {
  // (V8 gives a function its feedback vector only after a few calls: one call would leave no feedback)
  for (let i = 0; i < 32; i++) documentFromText('A\u0309\r\nTha\u0300nh pho\u0302\u0301\rc\u01b0\u0309 \u0111\u00e3\n');
}
