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
const UPPER_OR_QUOTE_RE = /[\p{Lu}"“'‘]/u;
/** "... chiều nay 25-5… Phát biểu tại ...": an ellipsis before a capital ends the sentence; "a, b… và c" goes on. */
const ellipsisEnds = (text: string, at: number) =>
  text[at] === '…' && isSpace(text[at + 1]) && UPPER_OR_QUOTE_RE.test(text[at + 2] ?? '');

/**
 * Sentence around `offset`: bounded by line ends, by . ! ? followed by a space ("5.7" does not end one), and by an
 * ellipsis before a capital.
 */
export function sentenceAround(text: string, offset: number): [number, number] {
  let s = offset;
  // Letters and most marks sort above '?', past "\n . ! ?": one comparison tells them apart.
  while (s > 0) {
    const c = text[s - 1];
    if (c <= '?' ? c === '\n' || (isStop(c) && isSpace(text[s])) : c === '…' && ellipsisEnds(text, s - 1)) break;
    s--;
  }
  let e = offset;
  while (e < text.length) {
    const c = text[e];
    if (c <= '?') {
      if (c === '\n') break;
      if (isStop(c) && (e + 1 === text.length || isSpace(text[e + 1]))) { e++; break; }
    } else if (c === '…' && ellipsisEnds(text, e)) { e++; break; }
    e++;
  }
  return [s, e];
}
