// What every field extractor reads: the Document, its matching form, and sentence bounds.
import type { Document } from '../input/document.js';
import { foldText } from '../input/normalize.js';
import type { Mention } from '../record/schema.js';

export interface ExtractContext {
  doc: Document;
  /** The document text; spans index it. */
  text: string;
  /** Same length as `text`: lower-cased, tone placement, quotes and spaces folded. */
  folded: string;
  /** Offset where the article body starts (after headline and portal lines). */
  bodyStart: number;
  /** ISO date-time the text or page says it was published, if any (set by the meta extractor). */
  publishedAt: string | null;
}

export function createContext(doc: Document): ExtractContext {
  return { doc, text: doc.text, folded: foldText(doc.text), bodyStart: 0, publishedAt: null };
}

/** `compute` asked once per document: the answer for the last context is kept (one extraction at a time per thread). */
export function perDocument<T>(compute: (ctx: ExtractContext) => T): (ctx: ExtractContext) => T {
  let last: ExtractContext | undefined;
  let value: T;
  return (ctx) => {
    if (last !== ctx) { value = compute(ctx); last = ctx; }
    return value;
  };
}

const TRIM_LEFT = /^[\s"'“”‘’«»()[\]{}.,;:!?…\-–—]+/;
const TRIM_RIGHT = /[\s"'“”‘’«»()[\]{}.,;:!?…\-–—]+$/;

/** A mention of text[start, end), trimmed of surrounding quotes, brackets and punctuation. */
export function mentionAt(text: string, start: number, end: number): Mention {
  const raw = text.slice(start, end);
  const left = TRIM_LEFT.exec(raw)?.[0].length ?? 0;
  const inner = raw.slice(left);
  const right = TRIM_RIGHT.exec(inner)?.[0].length ?? 0;
  const s = start + left;
  const e = Math.max(s, end - right);
  return { text: text.slice(s, e), span: [s, e] };
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\t' || c === '\u00a0';
const isStop = (c: string) => c === '.' || c === '!' || c === '?';

/** Sentence around `offset`: bounded by line ends and by . ! ? followed by a space ("5.7" does not end one). */
export function sentenceAround(text: string, offset: number): [number, number] {
  let s = offset;
  while (s > 0 && text[s - 1] !== '\n' && !(isStop(text[s - 1]) && isSpace(text[s]))) s--;
  let e = offset;
  while (e < text.length && text[e] !== '\n') {
    if (isStop(text[e]) && (e + 1 === text.length || isSpace(text[e + 1]))) { e++; break; }
    e++;
  }
  return [s, e];
}
