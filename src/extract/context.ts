// What every field extractor reads: the Document, its matching form, and sentence bounds.
import type { Document } from '../input/document.js';
import { foldText } from '../input/normalize.js';
import type { Mention } from '../record/schema.js';
import { DOTTED_ABBREVIATIONS, DOTTED_UNIT_LETTERS } from '../lexicon/dotted-abbreviations.js';
import { gluedStopAt } from './organization-parse.js';

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
const UPPER_OR_QUOTE_RE = /[\p{Lu}"“'‘]/u;
/** "... chiều nay 25-5… Phát biểu tại ...": an ellipsis before a capital ends the sentence; "a, b… và c" goes on. */
const ellipsisEnds = (text: string, at: number) =>
  text[at] === '…' && (isSpace(text[at + 1]) ? UPPER_OR_QUOTE_RE.test(text[at + 2] ?? '') : gluedEnd(text, at));

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Capitals of Vietnamese: A-Z, Latin-1's À-Ý, Ă Đ Ĩ Ũ Ơ Ư, and the even codes of Ạ-Ỹ. */
const isCapital = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xdd && c !== 0xd7) || c === 0x102
  || c === 0x110 || c === 0x128 || c === 0x168 || c === 0x1a0 || c === 0x1af || (c >= 0x1ea0 && c <= 0x1ef8 && c % 2 === 0);
/** What may stand before an abbreviation: a space, a line end, ( , : ; or a quote ("PGS.TS." also a dot). */
const opensAbbreviation = (c: number, dotToo: boolean) => c === 32 || c === 10 || c === 9 || c === 0xa0 || c === 40
  || c === 44 || c === 58 || c === 59 || c === 34 || c === 0x201c || (dotToo && c === 46);

/**
 * "TP. Vinh", "PGS. Nguyễn", "Q. Hải Châu": the dot at `dot` (before a space) closes an abbreviation before a capital,
 * and does not end the sentence. A one-letter unit needs a name of two capitalised words after it: "anh H. Ông ..." ends.
 */
export function abbreviationDot(text: string, dot: number): boolean {
  const gap = text.charCodeAt(dot + 1);
  // (a read past the end, NaN, would throw away sentenceAround's optimised code)
  if ((gap !== 32 && gap !== 0xa0) || dot + 2 >= text.length || !isCapital(text.charCodeAt(dot + 2))) return false;
  let w = dot;
  while (w > 0 && dot - w < 4 && isAsciiLetter(text.charCodeAt(w - 1))) w--;
  const len = dot - w;
  if (len === 0 || len > 3 || (w > 0 && !opensAbbreviation(text.charCodeAt(w - 1), len > 1))) return false;
  if (len > 1) return DOTTED_ABBREVIATIONS.some((a) => a.length === len && text.startsWith(a, w));
  if (!DOTTED_UNIT_LETTERS.includes(text[w])) return false;
  let p = dot + 3;
  while (p < text.length && p < dot + 12 && text.charCodeAt(p) > 64) p++;
  return p + 1 < text.length && text.charCodeAt(p) === 32 && isCapital(text.charCodeAt(p + 1));
}

/** A lower-case letter of Vietnamese (a-z, the Latin-1 and Latin Extended small letters, the odd codes of ạ-ỹ). */
export const isSmall = (c: number) => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0x1b0 && c !== 0xf7 && !isCapital(c))
  || (c >= 0x1ea1 && c <= 0x1ef9 && c % 2 === 1);
/**
 * A stop whose space was lost, at `at` before a capitalised word: "năm 2017.Tại buổi lễ", "xảy ra sự việc.Sở" (a full
 * stop split as the tokenizer splits it: not "TP.HCM", "Tp.Hồ Chí Minh", "M.Dô-y-rơ", "U23.Việt", "Ths.Nguyễn"), "bầu
 * trời…Câu chuyện", "như vậy...Phải chăng", "thế giới?Tạp chí" (after a lower-case letter). The capital is tested first:
 * most unspaced dots are in numbers.
 */
function gluedEnd(text: string, at: number): boolean {
  if (at + 2 >= text.length || !isCapital(text.charCodeAt(at + 1)) || !isSmall(text.charCodeAt(at + 2))) return false;
  const c = text.charCodeAt(at);
  if (c !== 46) return at > 0 && isSmall(text.charCodeAt(at - 1));
  if (text.charCodeAt(at - 1) !== 46) return gluedStopAt(text, at);
  return at > 2 && text.charCodeAt(at - 2) === 46 && isSmall(text.charCodeAt(at - 3));
}

/**
 * Sentence around `offset`: bounded by line ends, by . ! ? followed by a space ("5.7" does not end one), by a full stop
 * glued to a capitalised word ("2017.Tại", see gluedEnd), and by an ellipsis before a capital.
 */
export function sentenceAround(text: string, offset: number): [number, number] {
  let s = offset;
  // Letters and most marks sort above '?' (63), past "\n . ! ?": one comparison tells them apart.
  // (code units, not one-character strings: a letter past Latin-1 made a new string at every step)
  while (s > 0) {
    const c = text.charCodeAt(s - 1);
    if (c <= 63 ? c === 10 || (isStopCode(c) && (isSpaceCode(text.charCodeAt(s)) ? !(c === 46 && abbreviationDot(text, s - 1)) : gluedEnd(text, s - 1)))
      : c === 0x2026 && ellipsisEnds(text, s - 1)) break;
    s--;
  }
  let e = offset;
  while (e < text.length) {
    const c = text.charCodeAt(e);
    if (c <= 63) {
      if (c === 10) break;
      if (isStopCode(c) && (e + 1 === text.length || isSpaceCode(text.charCodeAt(e + 1)) ? !(c === 46 && abbreviationDot(text, e)) : gluedEnd(text, e))) {
        e++;
        break;
      }
    } else if (c === 0x2026 && ellipsisEnds(text, e)) { e++; break; }
    e++;
  }
  return [s, e];
}
/** A space and a sentence stop (. ! ?) by code unit, for sentenceAround (NaN, a read past either end, is neither). */
const isSpaceCode = (c: number) => c === 32 || c === 10 || c === 9 || c === 0xa0;
const isStopCode = (c: number) => c === 46 || c === 33 || c === 63;
