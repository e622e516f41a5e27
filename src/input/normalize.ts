// Matching-only normalisation. Every function here keeps the string length, so an offset
// found in the folded text is the same offset in the original text (spans stay verbatim).
import { decodedFacts } from './decoded-memo.js';
import { LITTLE_ENDIAN } from './code-units.js';

const TONE_NEW_TO_OLD: Record<string, string> = {
  'oà': 'òa', 'oá': 'óa', 'oả': 'ỏa', 'oã': 'õa', 'oạ': 'ọa',
  'oè': 'òe', 'oé': 'óe', 'oẻ': 'ỏe', 'oẽ': 'õe', 'oẹ': 'ọe',
  'uỳ': 'ùy', 'uý': 'úy', 'uỷ': 'ủy', 'uỹ': 'ũy', 'uỵ': 'ụy',
};
const TONE_RE = /o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ]/g;
const QUOTES_RE = /[“”„‟«»″]/g;
const APOS_RE = /[‘’‚‛′]/g;
const SPACES_RE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g;

/** Lower-case one code unit at a time, so that the result has the same length. */
export function lowerSameLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = '';
  for (const ch of s) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** Fold tone placement (hoà → hòa), quotes and exotic spaces; keeps case and length. */
export function foldMarks(s: string): string {
  return s
    .replace(TONE_RE, (m) => TONE_NEW_TO_OLD[m.toLowerCase()] ?? m)
    .replace(QUOTES_RE, '"')
    .replace(APOS_RE, "'")
    .replace(SPACES_RE, ' ');
}

/**
 * One table from a code unit to its matching form: lower-cased, then quotes, apostrophes and exotic
 * spaces folded. Filled as units are met (UNKNOWN), so loading costs nothing. 0 marks a unit that
 * needs context (Σ lower-cases by its place in the word, surrogate halves pair up) or lower-cases to
 * more than one unit: a text holding one takes the regex path.
 */
const UNKNOWN = 0xffff;
const FOLD_UNIT = new Uint16Array(0x10000).fill(UNKNOWN);
function learnUnit(c: number): number {
  let f = 0;
  // (surrogates tested in one step: a second comparison first met mid-run threw the decoder's optimised code away)
  if (c !== 0 && c !== 0x3a3 && (c & 0xf800) !== 0xd800) {
    const l = String.fromCharCode(c).toLowerCase();
    if (l.length === 1) f = foldMarks(l).charCodeAt(0);
  }
  FOLD_UNIT[c] = f;
  return f;
}
/** Lower-cased 'o'/'u' and a toned vowel, as one key → the tone moved to the first vowel (oà → òa). */
const TONE_PAIRS = new Map(Object.entries(TONE_NEW_TO_OLD).map(([k, v]) => [k.charCodeAt(0) * 0x10000 + k.charCodeAt(1), v]));
/** The same pairs, both units of the answer packed in one number: for the fold taken while decoding. */
const TONE_PAIR_UNITS = new Map([...TONE_PAIRS].map(([k, v]) => [k, v.charCodeAt(0) * 0x10000 + v.charCodeAt(1)]));

/** A code unit's matching form (see FOLD_UNIT); 0 when the unit needs its context. */
export function foldUnit(c: number): number {
  const f = FOLD_UNIT[c];
  return f === UNKNOWN ? learnUnit(c) : f;
}
/** A folded 'o'/'u' and the folded unit after it → both with the tone moved (packed as in TONE_PAIR_UNITS), or undefined. */
export function tonePairUnits(first: number, second: number): number | undefined {
  return TONE_PAIR_UNITS.get(first * 0x10000 + second);
}

let foldBuffer = new Uint16Array(1 << 14);
/** The buffer is read back as UTF-16LE: on a big-endian machine the regex path runs instead. */

/** The matching form of a text: folded and lower-cased, same length as the input. */
export function foldForMatch(s: string): string {
  return s.length <= SHORT_FOLD_MAX && LITTLE_ENDIAN ? foldShort(s) : foldMarks(lowerSameLength(s));
}

/** Words and phrases the extractors fold one at a time go through the fold table, as foldText does texts. */
const SHORT_FOLD_MAX = 64;
const shortFoldUnits = new Uint16Array(SHORT_FOLD_MAX);
/** foldText's table loop for a short string (its own copy: see foldText); four regex passes took ~5 times as long. */
function foldShort(s: string): string {
  const n = s.length;
  const out = shortFoldUnits;
  let same = true;
  for (let p = 0; p < n; p++) {
    const c = s.charCodeAt(p);
    let l = FOLD_UNIT[c];
    if (l === UNKNOWN) l = learnUnit(c);
    if (l === 0) return foldMarks(lowerSameLength(s));
    out[p] = l;
    if ((l === 111 || l === 117) && p + 1 < n) {
      const c2 = s.charCodeAt(p + 1);
      let next = FOLD_UNIT[c2];
      if (next === UNKNOWN) next = learnUnit(c2);
      const tone = next >= 0xe0 ? TONE_PAIRS.get(l * 0x10000 + next) : undefined;
      if (tone !== undefined) {
        out[p] = tone.charCodeAt(0);
        out[++p] = tone.charCodeAt(1);
        same = false;
        continue;
      }
    }
    if (l !== c) same = false;
  }
  return same ? s : String.fromCharCode.apply(null, out.subarray(0, n) as unknown as number[]);
}
// Every path taken before V8 optimises foldForMatch (a long string; a unit the table leaves to the regexes, as Σ), and
// after V8 has given it a feedback vector (some calls in): one first met mid-run threw its optimised code away.
for (let i = 0; i < 16; i++) { foldForMatch(' '.repeat(SHORT_FOLD_MAX + 1)); foldForMatch('Σ'); }

/**
 * foldForMatch of a whole document text, in one pass through the fold table. Its own function so
 * that it only ever sees document texts: shared with the short strings other callers fold, its
 * string reads turn generic and it runs twice as slow.
 */
export function foldText(s: string): string {
  // the UTF-8 decoder folded this text on the way (the same table and pairs)
  const folded = decodedFacts(s)?.folded;
  if (folded) return folded;
  const n = s.length;
  if (!LITTLE_ENDIAN) return foldMarks(lowerSameLength(s));
  if (foldBuffer.length < n) foldBuffer = new Uint16Array(Math.max(n, foldBuffer.length * 2));
  const out = foldBuffer;
  for (let p = 0; p < n; p++) {
    let l = FOLD_UNIT[s.charCodeAt(p)];
    if (l === UNKNOWN) l = learnUnit(s.charCodeAt(p));
    if (l === 0) return foldMarks(lowerSameLength(s));
    out[p] = l;
    if ((l === 111 || l === 117) && p + 1 < n) {
      let next = FOLD_UNIT[s.charCodeAt(p + 1)];
      if (next === UNKNOWN) next = learnUnit(s.charCodeAt(p + 1));
      // every toned vowel of the pairs is past U+00E0: plain letters skip the lookup
      const tone = next >= 0xe0 ? TONE_PAIRS.get(l * 0x10000 + next) : undefined;
      if (tone !== undefined) {
        out[p] = tone.charCodeAt(0);
        out[++p] = tone.charCodeAt(1);
      }
    }
  }
  return Buffer.from(out.buffer, 0, 2 * n).toString('utf16le');
}

/** A key for comparing two names: folded, lower-cased, spaces collapsed, TP. and TP written alike. */
export function nameKey(s: string): string {
  return foldForMatch(s.normalize('NFC'))
    .replace(/"/g, '')
    .replace(/\btp\.\s*/g, 'tp ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,;:()[\]\-–]+|[\s.,;:()[\]\-–]+$/g, '');
}

const COMBINING_MARKS_RE = /[\u0300-\u036f]/g;
/** The letters of a folded (lower-case) word without their marks: "hốc môn" → "hoc mon", "đồng" → "dong". */
export function withoutMarks(s: string): string {
  // Called for many short words: one pass through a table of single units, the normalizer only for other texts.
  let changed = false;
  for (let p = 0; p < s.length; p++) {
    const c = s.charCodeAt(p);
    if (c < 0x80) continue;
    let u = UNMARKED[c];
    if (u === UNIT_UNKNOWN) u = learnUnmarked(c);
    if (u === UNIT_SLOW) return unmarkedByNormalizer(s);
    changed = true;
  }
  if (!changed) return s;
  let out = '';
  for (let p = 0; p < s.length; p++) {
    const c = s.charCodeAt(p);
    const u = c < 0x80 ? c : UNMARKED[c];
    if (u !== UNIT_DROPPED) out += String.fromCharCode(u);
  }
  return out;
}
function unmarkedByNormalizer(s: string): string {
  return s.normalize('NFD').replace(COMBINING_MARKS_RE, '').replace(/đ/g, 'd');
}
/**
 * A unit's withoutMarks, learnt as met: a letter or other unit that stays one unit with no mark left, or a mark of
 * U+0300-036F that is dropped. Anything else (a unit left with another combining mark, which NFD would reorder
 * across units; a surrogate; a Hangul syllable) sends the whole text to the normalizer.
 */
const UNIT_UNKNOWN = -1;
const UNIT_SLOW = -2;
const UNIT_DROPPED = -3;
const UNMARKED = new Int32Array(0x10000).fill(UNIT_UNKNOWN);
const MARK_RE = /\p{M}/u;
function learnUnmarked(c: number): number {
  let u = UNIT_SLOW;
  if ((c & 0xf800) !== 0xd800) {
    const r = unmarkedByNormalizer(String.fromCharCode(c));
    if (r.length === 0) u = c >= 0x300 && c <= 0x36f ? UNIT_DROPPED : UNIT_SLOW;
    else if (r.length === 1 && !MARK_RE.test(r)) u = r.charCodeAt(0);
  }
  UNMARKED[c] = u;
  return u;
}
