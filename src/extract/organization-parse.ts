// Shared reading for agencies and officials: tokens of the text, and where an organization
// name that starts at a token ends. One pass per document, cached on the context.
import { memoizeString } from './memo.js';
import { ACRONYMS, DEPARTMENT_SECTOR_ACRONYMS } from '../lexicon/acronyms.js';
import {
  COUNTRY_NAMES, DESCRIBED_COURT_HEAD_NAMES, FOOTBALL_FEDERATION_SHORT_HEAD, LEVEL_WORDS, PAIRED_COUNTRY_SHORT_FORMS, NAME_FIELDS, NAME_STOP_WORDS, NAME_TAIL_WORDS, MEMBER_KIND_TAILS, NOT_A_BODY_AFTER_HEAD, OCEANS_NAMED_WITH_PLACES, ORG_HEADS, SECTORS,
  STOP_SYLLABLE_NOUNS, WHOLE_SYLLABLE_FIELDS, WHOLE_SYLLABLE_FIELD_COMPOUNDS, SUBNATIONAL_BODY_HEADS, THREATS_FOUGHT, STATE_SERVICE_CENTRE_REMITS, CLAUSE_OPENER_WORDS, SENTENCE_OPENER_WORDS, SENTENCE_CONNECTIVES, DOCUMENT_HEADS,
  PROJECT_BOARD_REMITS, OFFICE_FUNCTIONS, STEERING_REMITS, PARTY_PREDICATE_WORDS, PREDICATE_AFTER_BODY_NAME, PREDICATE_AFTER_BODY_NAME_NOT_BEFORE,
  type OrgHead,
} from '../lexicon/organizations.js';
import { COMMON_MIDDLE_NAMES, FAMILY_NAMES, NOT_NAME_WORDS } from '../lexicon/personal-names.js';
import { DEGREE_ABBREVIATIONS, HONORIFICS, POSITION_HEADS, POSITION_NOT_BEFORE, PREDICATE_AFTER_APPOSITION } from '../lexicon/positions.js';
import { RANKS } from '../lexicon/ranks.js';
import { OLD_PROVINCES } from '../lexicon/provinces.js';
import { COUNTRIES, DISTRICTS, FOREIGN_CITIES, REGIONS } from '../lexicon/places.js';
import { foldForMatch, withoutMarks } from '../input/normalize.js';
import { decodedUnits } from '../input/decoded-memo.js';
import { CodeUnits } from '../input/code-units.js';
import type { ExtractContext } from './context.js';

/** What separates a token from the one before it. */
export const enum Gap { Space, Comma, Dash, Paren, Break }

/**
 * The folded text of the last tokenize, which every token's `f` reads: tokens are pooled, valid only until the next
 * document is tokenized, so one string serves them all (a string stored in each pooled token cost a write barrier a word).
 */
let tokenSource = '';
/** One word of the text. `f` (folded form) is read lazily: most words are only ever looked up by hash. */
export class Token {
  constructor(
    public s: number,
    public e: number,
    /** starts with a capital letter */
    public cap: boolean,
    /** two or more capitals and no lower-case letter: UBND, TP.HCM, PC45 */
    public acro: boolean,
    public num: boolean,
    /** what separates it from the word before */
    public gap: Gap,
    /** bit set of the phrase tables that have a phrase starting with this word (see phraseTable) */
    public k: number,
    /** lexicon word id, -1 for a word in no table */
    public w: number,
  ) {}
  private folded: string | undefined;
  /** isForeignNameWord, once asked: 0 not yet, 1 no, 2 yes */
  foreign = 0;
  /** folded form */
  get f(): string {
    return (this.folded ??= tokenSource.slice(this.s, this.e));
  }
  /** Reuse this object for another word (the per-document token pool). */
  set(s: number, e: number, cap: boolean, acro: boolean, num: boolean, gap: Gap, k: number, w: number): Token {
    this.s = s; this.e = e; this.cap = cap; this.acro = acro; this.num = num; this.gap = gap; this.k = k; this.w = w;
    this.folded = undefined;
    this.foreign = 0;
    return this;
  }
}

/**
 * Every word of every phrase table gets an id; a word's bits say which tables have a phrase starting
 * with it. Tokens carry their word id and bits, so matching compares integers, not strings.
 */
const WORD_IDS = new Map<string, number>();
const WORD_LIST: string[] = [];
const WORD_BITS: number[] = [];
let nextTableBit = 1;
function wordId(w: string): number {
  let id = WORD_IDS.get(w);
  if (id === undefined) {
    id = WORD_LIST.length;
    WORD_IDS.set(w, id);
    WORD_LIST.push(w);
    WORD_BITS.push(0);
    hashHeads = null; // rebuilt on next use
  }
  return id;
}

/** Word id of a folded word, to compare tokens by id rather than by their sliced text. */
export function lexiconWordId(w: string): number {
  return wordId(foldForMatch(w));
}

/** A set of word ids kept as flags: `has` is an array read (a Set of numbers cost a hash lookup in a builtin per call). */
export class IdSet {
  private readonly flags: Uint8Array;
  constructor(ids: readonly number[]) {
    this.flags = new Uint8Array(Math.max(0, ...ids) + 1);
    for (const id of ids) this.flags[id] = 1;
  }
  has(w: number): boolean {
    return w >= 0 && w < this.flags.length && this.flags[w] === 1;
  }
}
/** The IdSet of lexicon words, folded like the tokens they are compared with. */
export const idSet = (xs: Iterable<string>): IdSet => new IdSet([...xs].map(lexiconWordId));

function gapKind(text: Uint16Array, from: number, to: number): Gap {
  if (to === from) return Gap.Break;
  if (to - from === 1 && text[from] === 32) return Gap.Space;
  let comma = 0, dash = 0, paren = 0, spaces = 0, amp = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === 32 || c === 9 || c === 0xa0) spaces++;
    else if (c === 44) comma++;
    else if (c === 45 || c === 0x2013 || c === 0x2014) dash++;
    else if (c === 40) paren++;
    else if (c === 38) amp++;
    else return Gap.Break;
  }
  // ("Bộ Kế hoạch & Đầu tư": a spaced "&" is the "và" of a name, which names are matched without)
  if (amp !== 0) return amp === 1 && comma + dash + paren === 0 && spaces >= 1 ? Gap.Space : Gap.Break;
  if (comma + dash + paren === 0) return Gap.Space;
  if (comma === 1 && dash + paren === 0) return Gap.Comma;
  // ("Cát Linh- Hà Đông", "Hà Nội -Hải Phòng": a dash spaced on one side only is still one between words)
  // ("tế-Xã hội": a bare dash between two words, split so by the tokenizer)
  if (dash === 1 && comma + paren === 0 && to - from === spaces + 1 && (spaces >= 1 || text[from] === 45)) return Gap.Dash;
  if (paren === 1 && comma + dash === 0) return Gap.Paren;
  return Gap.Break;
}

// First words by hash of their folded characters, in an open hash table over typed arrays: a token
// is looked up without slicing it or allocating.
const HASH_BITS = 13;
const HASH_MASK = (1 << HASH_BITS) - 1;
let hashHeads: Int32Array | null = null;
// Per word, in one run of one array: its full hash, where the next word of its bucket starts, its id, its length, then
// its characters two to an int. A lookup that finds its word (most words of a text are lexicon words) reads one run,
// not a second array of characters elsewhere in memory.
const E_HASH = 0, E_NEXT = 1, E_ID = 2, E_LEN = 3, E_CHARS = 4;
let wordEntries: Int32Array;
function wordHash(w: string): number {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + w.charCodeAt(i)) | 0;
  return h;
}
function buildHash(): Int32Array {
  const heads = new Int32Array(1 << HASH_BITS).fill(-1);
  wordEntries = new Int32Array(WORD_LIST.reduce((n, w) => n + E_CHARS + ((w.length + 1) >> 1), 0));
  let at = 0;
  WORD_LIST.forEach((w, i) => {
    const h = wordHash(w);
    wordEntries[at + E_HASH] = h;
    wordEntries[at + E_ID] = i;
    wordEntries[at + E_LEN] = w.length;
    for (let q = 0; q < w.length; q++) wordEntries[at + E_CHARS + (q >> 1)] |= w.charCodeAt(q) << ((q & 1) << 4);
    const b = h & HASH_MASK;
    wordEntries[at + E_NEXT] = heads[b];
    heads[b] = at;
    at += E_CHARS + ((w.length + 1) >> 1);
  });
  return heads;
}
/** Id of the lexicon word folded[s, e) whose hash is h, or -1. */
function idOf(folded: Uint16Array, s: number, e: number, h: number): number {
  const heads = (hashHeads ??= buildHash());
  const len = e - s;
  const entries = wordEntries;
  outer: for (let at = heads[h & HASH_MASK]; at >= 0; at = entries[at + E_NEXT]) {
    if (entries[at + E_HASH] !== h || entries[at + E_LEN] !== len) continue;
    const chars = at + E_CHARS;
    // (two characters an int, as they are packed: a pair compared at once, then an odd last one against its int's low half)
    let q = 0;
    for (; q + 1 < len; q += 2) if (entries[chars + (q >> 1)] !== (folded[s + q] | (folded[s + q + 1] << 16))) continue outer;
    if (q < len && entries[chars + (q >> 1)] !== folded[s + q]) continue outer;
    return entries[at + E_ID];
  }
  return -1;
}

/** Letters and digits of Vietnamese and Latin text (combining marks too, for undecomposed input). */
function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x370 && c <= 0x3ff) || (c >= 0x400 && c <= 0x4ff);
}

// Character classes as small tables read once per code unit (no per-character string or regex).
const C_WORD = 1, C_UPPER = 2, C_LOWER = 4, C_JOIN = 8, C_DIGIT = 16;
function classify(c: number): number {
  let k = 0;
  if (isWordCode(c)) {
    const ch = String.fromCharCode(c);
    const upper = c < 0x80 ? c >= 65 && c <= 90 : ch !== ch.toLowerCase();
    const digit = c >= 48 && c <= 57;
    k = C_WORD | (upper ? C_UPPER : 0) | (digit ? C_DIGIT : 0);
    // a letter that is not a capital: the word is no acronym (digits and combining marks are neutral)
    if (!upper && !digit && !(c >= 0x300 && c <= 0x36f)) k |= C_LOWER;
  }
  // joiners inside a token when a word character follows: TP.HCM, GD-ĐT, LĐ-TB&XH
  if (c === 46 || c === 45 || c === 38 || c === 39 || c === 0x2019) k |= C_JOIN;
  return k;
}
/** One table over 0..0x1eff (Latin, combining marks, Greek, Cyrillic, Vietnamese letters): one load and no branch per character. */
const CLASS_TABLE_END = 0x1f00;
const CHAR_CLASS = new Uint8Array(CLASS_TABLE_END);
for (let c = 0; c < CLASS_TABLE_END; c++) CHAR_CLASS[c] = classify(c);
function charClass(c: number): number {
  return c < CLASS_TABLE_END ? CHAR_CLASS[c] : c === 0x2019 ? C_JOIN : 0;
}

/**
 * A joiner at p that still ends the word, between a lower-case letter and a capital with a lower-case letter after it:
 * - a full stop after a part with a vowel ("Yên Bái.Ngày 27", "nay.Theo"): a sentence's end glued to the next one; not
 *   an abbreviation with no vowel (Tp.Hồ Chí Minh, Ths.Nguyễn, St.Petersburg) nor a code (Sanna.KH, Ths.BS);
 * - a dash after a Vietnamese syllable in a word that opens lower-case ("Kinh tế-Xã hội", "Lao động-Thương binh"): two
 *   words of a name; not "al-Assad", "Jean-Claude", "Bà Rịa-Vũng Tàu" (read whole, as the gazetteer writes it).
 * Called at joiners only (mostly the dots of numbers, which the first test sends back).
 */
function splitsAt(text: string, p: number, s: number, cap: boolean): boolean {
  const c = text.charCodeAt(p);
  if ((c !== 46 && c !== 45) || !(charClass(text.charCodeAt(p + 1)) & C_UPPER) || !(charClass(text.charCodeAt(p + 2)) & C_LOWER)) return false;
  if (c === 46 && isDegreeAbbreviation(text, s, p)) return !degreeFollows(text, p + 1);
  // ("năm 2017.Tại", "ngày 8.2.Theo", "500km.Bộ": a number glued to the next sentence; not "U23.Việt", "Q.1")
  if (c === 46 && charClass(text.charCodeAt(s)) & C_DIGIT) return true;
  if (!(charClass(text.charCodeAt(p - 1)) & C_LOWER)) return false;
  let seg = p - 1;
  while (seg > s && !(charClass(text.charCodeAt(seg - 1)) & C_JOIN)) seg--;
  return c === 46 ? p - seg >= 2 && hasVowel(text, seg, p) : cap ? postHeadAt(text, p + 1) : hasVietnameseLetter(text, seg, p);
}
const DEGREE_PARTS = new Set(DEGREE_ABBREVIATIONS);
const DEGREE_JOINER_RE = /[.-]/;
const MAX_DEGREE_CHARS = 16;
/** text[s, p) is a degree written short, alone or chained ("TS", "PGS.TS", "ThS.BS"): a name glued after it by a dot starts there. */
function isDegreeAbbreviation(text: string, s: number, p: number): boolean {
  return p - s <= MAX_DEGREE_CHARS && text.slice(s, p).toLowerCase().split(DEGREE_JOINER_RE).every((part) => DEGREE_PARTS.has(part));
}
/** The word at q is one more degree of the chain ("Ths.Bs Đào ...": "Bs" is no name). */
function degreeFollows(text: string, q: number): boolean {
  let e = q;
  while (e < text.length && e - q <= MAX_DEGREE_CHARS && charClass(text.charCodeAt(e)) & C_WORD) e++;
  return DEGREE_PARTS.has(text.slice(q, e).toLowerCase());
}
/** First syllables of posts written glued to the holder's name after a bare dash ("Phan Văn Công-Trưởng Công an huyện X"). */
const POST_HEADS_AFTER_DASH = ['Trưởng', 'Phó', 'Chủ', 'Giám', 'Bí', 'Tổng', 'Cục', 'Vụ', 'Viện', 'Hiệu', 'Đội', 'Thứ', 'Chánh', 'Ủy', 'Uỷ', 'Kế', 'Chỉ', 'Chính'];
function postHeadAt(text: string, q: number): boolean {
  for (const w of POST_HEADS_AFTER_DASH) if (text.startsWith(w, q) && text.charCodeAt(q + w.length) === 32) return true;
  return false;
}
/**
 * The full stop at p ends a sentence glued to the next one ("năm 2017.Tại", "sự việc.Sở"), where the tokenizer splits
 * the words too; not after a degree ("TS.Lê Minh", a name the tokenizer splits off with a space between).
 */
export function gluedStopAt(text: string, p: number): boolean {
  let s = p;
  while (s > 0 && charClass(text.charCodeAt(s - 1)) & (C_WORD | C_JOIN)) s--;
  return splitsAt(text, p, s, false) && !isDegreeAbbreviation(text, s, p);
}
function hasVowel(text: string, from: number, to: number): boolean {
  for (let q = from; q < to; q++) {
    const c = text.charCodeAt(q) | 0x20;
    if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121 || text.charCodeAt(q) > 0x7f) return true;
  }
  return false;
}
function hasVietnameseLetter(text: string, from: number, to: number): boolean {
  for (let q = from; q < to; q++) if (text.charCodeAt(q) > 0x7f) return true;
  return false;
}

/** "csgt", whose traffic police branches the agencies pass reads apart ("CSGT Hà Nội"): noted by the tokenizer, not searched for in the text. */
const CSGT_WORD = wordId('csgt');
/** A word with a capital and a digit (PC45, U23, G20): the only words a unit's code can be read in, noted by the tokenizer. */
const C_UPPER_DIGIT = C_UPPER | C_DIGIT;
/**
 * What a pooled tokenize hands out: valid until the next pooled run, like the pooled tokens themselves. One view per
 * size class of a quarter octave (token counts [4·2^b, 5·2^b), [5·2^b, 6·2^b)...): V8 cuts an array's store to its new
 * length when that is under half of it, so one view for all documents lost its store to every short document after a
 * long one and grew it again, copying, for the next long one (6 % of tokenize). A view only ever holds counts within
 * 1.25× of each other, and its store (at most 1.5× its longest count + 16) is never cut.
 */
const POOL_VIEWS: Token[][] = [];
function sizeClass(count: number): number {
  if (count < 8) return count;
  const b = 29 - Math.clz32(count); // count >> b is 4..7
  return 8 + 4 * b + ((count >> b) & 3);
}

const TEXT_UNITS = new CodeUnits();
const FOLDED_UNITS = new CodeUnits();

/** Words of the text with their folded form, case shape and the separator before each. One pass. */
export function tokenize(text: string, folded: string, pool?: Token[], orgAt?: number[], csgtAt?: number[], codeAt?: number[]): Token[] {
  const out: Token[] = pool ?? [];
  tokenSource = folded;
  let count = 0;
  if (orgAt !== undefined) orgAt.length = 0;
  if (csgtAt !== undefined) csgtAt.length = 0;
  if (codeAt !== undefined) codeAt.length = 0;
  const n = text.length;
  // (the UTF-8 decoder's own code units of this text when it gave it last, else copies: a typed-array read costs less than charCodeAt)
  const decoded = decodedUnits(text, folded);
  const units = decoded !== null ? decoded.text : TEXT_UNITS.of(text);
  const foldedUnits = decoded !== null ? decoded.folded : FOLDED_UNITS.of(folded);
  let p = 0;
  let prevEnd = 0;
  while (p < n) {
    let k = charClass(units[p]);
    if (!(k & C_WORD)) { p++; continue; }
    const s = p;
    const cap = (k & C_UPPER) !== 0;
    const num = (k & C_DIGIT) !== 0;
    // classes of the word's characters, or-ed, and its capitals (each adds C_UPPER): no branch per letter
    let seen = 0;
    let uppers = 0;
    let h = 0;
    for (;;) {
      if (!(k & C_WORD)) {
        if (!(k & C_JOIN) || p + 1 >= n) break;
        const next = charClass(units[p + 1]);
        // (the split test only before a capital: "TP.HCM", never "1.000")
        if (!(next & C_WORD) || (next & C_UPPER && splitsAt(text, p, s, cap))) break;
      }
      seen |= k;
      uppers += k & C_UPPER;
      h = (Math.imul(h, 31) + foldedUnits[p]) | 0;
      if (++p >= n) break;
      k = charClass(units[p]);
    }
    const w = idOf(foldedUnits, s, p, h);
    let gap = gapKind(units, prevEnd, s);
    // ("TS.Lê Viết Khuyến": the bare dot after a degree is no sentence end; the name reads as after "TS Lê")
    if (gap === Gap.Break && s - prevEnd === 1 && text.charCodeAt(prevEnd) === 46 && count > 0 && isDegreeAbbreviation(text, out[count - 1].s, prevEnd)) gap = Gap.Space;
    const acro = cap && !(seen & C_LOWER) && uppers >= 2 * C_UPPER, bits = w < 0 ? 0 : WORD_BITS[w];
    if (count < out.length) out[count].set(s, p, cap, acro, num, gap, bits, w);
    else out.push(new Token(s, p, cap, acro, num, gap, bits, w));
    // (where an organization head may start, noted as the bits are at hand: the agencies pass visits only these)
    if (orgAt !== undefined && (bits & orgHeadBit) !== 0) orgAt.push(count);
    if (w === CSGT_WORD && csgtAt !== undefined) csgtAt.push(count);
    if ((seen & C_UPPER_DIGIT) === C_UPPER_DIGIT && codeAt !== undefined) codeAt.push(count);
    count++;
    prevEnd = p;
  }
  // The pool only grows (cutting its length would drop tokens and shrink its store, regrown by the
  // next longer document): a pooled run hands out its first tokens in a reused array, the view of its size
  // class. The view holds the pool's objects at the same places, so only its length changes: cut, or filled
  // up by appending (no copy per document, and it stays a packed array).
  if (pool) {
    const c = sizeClass(count);
    while (POOL_VIEWS.length <= c) POOL_VIEWS.push([]);
    const view = POOL_VIEWS[c];
    if (view.length > count) view.length = count;
    else for (let q = view.length; q < count; q++) view.push(out[q]);
    return view;
  }
  out.length = count;
  return out;
}

// ---- phrase tries over folded words ---------------------------------------------------------

/** A phrase: its word ids and the match result handed out for it (shared, read-only: no object per match). */
interface Phrase<T> { ids: number[]; /** bit k: word k follows a dash ("Bà Rịa - Vũng Tàu"), not a space */ dashes: number; match: { readonly len: number; readonly value: T } }
export interface PhraseTable<T> {
  byFirst: Map<number, Phrase<T>[]>;
  /** the same lists indexed by first word id (an array load, not a Map lookup, per call of matchAt) */
  firsts: (Phrase<T>[] | null)[];
  bit: number;
  /**
   * The same lists flat, for matchAt: by first word id, where its list starts in `flat` (-1 for none); a list is its
   * phrase count, then per phrase its length, dash bits, index in `matches` and the ids of its words after the first.
   * A lookup reads two typed arrays, not a chain of arrays and objects.
   */
  starts: Int32Array;
  flat: Int32Array;
  matches: { readonly len: number; readonly value: T }[];
  /** by index in `matches`: the word id a phrase may not be followed by (after a space), or -1; null when no phrase has one */
  refuse: Int32Array | null;
}

export function phraseTable<T>(entries: Iterable<[string, T]>, withBit = true, notBefore: Readonly<Record<string, string>> = {}): PhraseTable<T> {
  const byFirst = new Map<number, Phrase<T>[]>();
  const seen = new Set<string>();
  // Past 31 tables a table has no bit: matched by its word map alone (a little slower, for rare tables).
  const bit = !withBit || nextTableBit > 2 ** 29 ? 0 : nextTableBit;
  if (bit) nextTableBit *= 2;
  for (const [phrase, value] of entries) {
    const raw = foldForMatch(phrase).split(/\s+/).filter(Boolean);
    const key = raw.join(' ');
    if (!raw.length || seen.has(key)) continue;
    seen.add(key);
    // a spaced dash inside a name is the gap before the next word, however it is spaced in the text
    const words: string[] = [];
    let dashes = 0;
    for (const w of raw) {
      if (w === '-' || w === '–') dashes |= 1 << words.length;
      else words.push(w);
    }
    if (!words.length) continue;
    const ids = words.map(wordId);
    if (bit) WORD_BITS[ids[0]] |= bit;
    let list = byFirst.get(ids[0]);
    if (!list) byFirst.set(ids[0], (list = []));
    list.push({ ids, dashes, match: { len: ids.length, value } });
  }
  let maxId = -1;
  for (const [id, list] of byFirst) {
    list.sort((a, b) => b.ids.length - a.ids.length);
    if (id > maxId) maxId = id;
  }
  const firsts: (Phrase<T>[] | null)[] = new Array<Phrase<T>[] | null>(maxId + 1).fill(null);
  for (const [id, list] of byFirst) firsts[id] = list;
  const starts = new Int32Array(maxId + 1).fill(-1);
  const flat: number[] = [];
  const matches: { readonly len: number; readonly value: T }[] = [];
  const refused: number[] = [];
  const refusedByKey = new Map(Object.entries(notBefore).map(([k, v]) => [foldForMatch(k).split(/\s+/).map(wordId).join(' '), wordId(foldForMatch(v))]));
  for (const [id, list] of byFirst) {
    starts[id] = flat.length;
    flat.push(list.length);
    for (const { ids, dashes, match } of list) {
      flat.push(ids.length, dashes, matches.length, ...ids.slice(1));
      matches.push(match);
      refused.push(refusedByKey.get(ids.join(' ')) ?? -1);
    }
  }
  const refuse = refusedByKey.size ? Int32Array.from(refused) : null;
  return { byFirst, firsts, bit, starts, flat: Int32Array.from(flat), matches, refuse };
}

/** Longest phrase of `table` starting at token i (words joined by spaces; `loose` also over , and dashes). */
export function matchAt<T>(toks: Token[], i: number, table: PhraseTable<T>, loose = false): { readonly len: number; readonly value: T } | null {
  const t = toks[i];
  if (!t || (table.bit !== 0 && !(t.k & table.bit))) return null;
  const starts = table.starts;
  const w = t.w;
  if (w < 0 || w >= starts.length) return null;
  let at = starts[w];
  if (at < 0) return null;
  const flat = table.flat;
  // (phrases longest first, as in the lists; a phrase's word k is flat[at + 2 + k])
  outer: for (let q = flat[at++]; q > 0; q--, at += 2 + flat[at]) {
    const len = flat[at], dashes = flat[at + 1];
    if (i + len > toks.length) continue;
    for (let k = 1; k < len; k++) {
      const tk = toks[i + k];
      if (tk.w !== flat[at + 2 + k]) continue outer;
      if (dashes !== 0 && (dashes >> k) & 1) { if (tk.gap !== Gap.Dash) continue outer; }
      else if (tk.gap !== Gap.Space && !(loose && (tk.gap === Gap.Comma || tk.gap === Gap.Dash))) continue outer;
    }
    if (table.refuse !== null && refusedNext(toks, i + len, table.refuse[flat[at + 2]])) continue;
    return table.matches[flat[at + 2]];
  }
  return null;
}

/** The word after a phrase is the one it may not stand before ("tiểu vương" before "quốc": the emirate, not the emir). */
function refusedNext(toks: Token[], k: number, w: number): boolean {
  const n = toks[k];
  return w >= 0 && !!n && n.w === w && n.gap === Gap.Space;
}

const table = (xs: readonly string[]) => phraseTable(xs.map((x) => [x, true] as [string, boolean]));
/** A table only consulted at rare points of a name: it takes none of the 31 first-word bits. */
export const rareTable = (xs: readonly string[]) => phraseTable(xs.map((x) => [x, true] as [string, boolean]), false);

export const ORG_TABLE = phraseTable(ORG_HEADS.map((h) => [h.head, h] as [string, OrgHead]));
const orgHeadBit = ORG_TABLE.bit;
export const RANK_TABLE = table(RANKS);
export const POSITION_TABLE = phraseTable(POSITION_HEADS.map((x) => [x, true] as [string, boolean]), true, POSITION_NOT_BEFORE);
export const HONORIFIC_TABLE = table(HONORIFICS);
// "Kế hoạch và Đầu tư" is also written "Kế hoạch Đầu tư".
export const SECTOR_TABLE = phraseTable(
  SECTORS.flatMap((s) => [s, s.replace(/ và /g, ' ')]).map((s) => [s.replace(/,/g, ''), true] as [string, boolean]),
);
const NOT_BODY_TABLE = table(NOT_A_BODY_AFTER_HEAD);
// ("Bộ Quốc phòng lẫn Bộ Ngoại giao Nga", "đảng Dân chủ lẫn Cộng hòa": "lẫn" joins two things, never words of one name)
export const STOP_TABLE = table([...NAME_STOP_WORDS, 'lẫn']);
const TAIL_TABLE = table(NAME_TAIL_WORDS);
export const LEVEL_TABLE = table(LEVEL_WORDS);
export const PLACE_TABLE = table([
  ...COUNTRY_NAMES, ...[...COUNTRIES, ...REGIONS, ...FOREIGN_CITIES].flatMap((p) => p.forms),
  ...OLD_PROVINCES.flatMap((p) => [p.name, ...p.variants]),
]);
// the districts whose name opens with a family name ("Trần Văn Thời", "Hoàng Su Phì"); the two-word ones are read already
const FAMILY_NAMED_DISTRICT_TABLE = rareTable(DISTRICTS.flatMap((d) => d.forms).filter((f) => f.split(' ').length > 2));
const TWO_WORD_DISTRICT_TABLE = rareTable(DISTRICTS.flatMap((d) => d.forms).filter((f) => f.split(' ').length === 2));
/** A two-word district's name at k, closed by no further capitalised word (a third would make a person's full name). */
function twoWordDistrictAt(toks: Token[], k: number): { readonly len: number } | null {
  const d = matchAt(toks, k, TWO_WORD_DISTRICT_TABLE);
  return d && d.len === 2 && !isNameWord(tokAt(toks, k + 2)) ? d : null;
}
/**
 * Right after a level word, a two-word district opening with a family name before a person's full name: the district is
 * whole ("UBND huyện Thạch Hà Trần Việt Hà", "quận Lê Chân Phạm Văn Tân"), no person's name opening at "Thạch".
 */
function districtBeforePersonAt(toks: Token[], k: number): { readonly len: number } | null {
  const d = matchAt(toks, k, TWO_WORD_DISTRICT_TABLE);
  return d && d.len === 2 && startsFamilyName(toks, k + 2) ? d : null;
}
/**
 * At k, after a lower-case party committee: a province's name or written form ("Hà Tĩnh", "TP.HCM"), or a two-word district
 * closed by no further name word ("Lương Sơn"); not a person ("tỉnh ủy Lê Đình Sơn"). Rare: read where the plain test failed.
 */
function committeeUnitAt(toks: Token[], k: number): boolean {
  const p = matchAt(toks, k, PROVINCE_TABLE);
  return (!!p && (p.len > 1 || toks[k].acro)) || !!twoWordDistrictAt(toks, k);
}
export const COUNTRY_TABLE = table([...COUNTRY_NAMES, ...COUNTRIES.flatMap((p) => p.forms)]);
const PAIRED_COUNTRY_TABLE = rareTable(PAIRED_COUNTRY_SHORT_FORMS);
const FAMILY_TABLE = table(FAMILY_NAMES);
const NOT_NAME_TABLE = table(NOT_NAME_WORDS);
/** The word is a Vietnamese family name (one-word table: its bit is membership). */
export const isFamilyWord = (t: Token | undefined): boolean => !!t && (t.k & FAMILY_TABLE.bit) !== 0;
/** A capitalised word that opens sentences and captions, never a name's part. */
export const isNotNameWord = (t: Token | undefined): boolean => !!t && (t.k & NOT_NAME_TABLE.bit) !== 0;
const DAY_PARTS = new Set(['ngày', 'sáng', 'chiều', 'tối', 'trưa', 'đêm']);
/** "Ngày 24-6", "Sáng 7/1": a day or part of day with its date opens a sentence. */
const isDatedDayPart = (toks: Token[], k: number): boolean => {
  const n = toks[k + 1];
  return !!n && n.num && n.gap === Gap.Space && DAY_PARTS.has(toks[k].f);
};
// Keyed without joiners: "TN-MT", "TN&MT" and "TNMT" are one acronym.
const acronymForm = (w: string) => w.replace(/[-&.]/g, '');
// (expansions folded like the tokens they are compared with: "liên đoàn" is matched as "liên đòan")
const ACRONYM_KEYS = new Map(Object.entries(ACRONYMS).map(([k, v]) => [acronymForm(foldForMatch(k)), foldForMatch(v)]));

/** Lower-case heads that still begin a name after a post or a preposition ("Trưởng phòng An ninh điều tra"). */
const LOWER_HEADS = new Set(['phòng', 'ban', 'cục', 'vụ', 'đội', 'sở']);
// ("của vụ Galaxy Note 7": a lower-case "vụ" after a preposition is a case; after a post it is the department)
const VU_WORD = wordId('vụ'), POST_END_WORDS = new Set(['trưởng', 'phó']);
const LOWER_HEAD_AFTER = new Set(['trưởng', 'phó', 'tại', 'thuộc', 'của', 'với', 'và', 'cho', 'vào', 'từ']);
// Words whose first syllable is also a one-word country: "Vụ Pháp chế", "Cục Mỹ thuật".
const WORD_NOT_COUNTRY_TABLE = table(['pháp chế', 'pháp luật', 'pháp y', 'pháp lý', 'mỹ thuật', 'mỹ phẩm', 'đức tin', 'nga sơn']);
/** Lower-case words between "đảng" and a party's name: "đảng cực hữu Jobbik". */
/** Words after which a lower-case "bộ"/"sở" is a ministry, not part of "cán bộ", "trụ sở", "cơ sở". */
// ("Chánh Thanh tra sở Y tế", "Văn phòng sở", "đại diện sở", "yêu cầu / đề nghị / giao bộ Tài chính")
const LOWER_MINISTRY_AFTER = new Set([...LOWER_HEAD_AFTER, 'như', 'là', 'bởi', 'giữa', 'theo', 'đốc', 'trưởng', 'gửi', 'nhưng', 'thì', 'mà', 'để', 'các', 'đạo',
  'tra', 'phòng', 'diện', 'cầu', 'nghị', 'giao']);
// ("do bộ Xây dựng chủ trì"): any word before "bộ"/"sở" and a capitalised sector but those making a compound with it
// ("cán bộ Công an", "toàn bộ", "nội bộ", "câu lạc bộ", "liên bộ Tài chính - Công Thương", "trụ sở", "cơ sở") or counting
// ministries ("hai bộ Y tế Việt Nam, Lào": each country's, no one body)
const NOT_MINISTRY_BEFORE_IDS = new Set(['cán', 'toàn', 'tiến', 'nội', 'đường', 'sơ', 'đi', 'đồng', 'thủy', 'bách', 'lạc', 'liên', 'trụ', 'cơ', 'hội', 'chủ',
  'hai', 'ba', 'bốn', 'năm', 'mấy', 'nhiều'].map(lexiconWordId));
/** A police department's branch as its name opens (folded; read capitalised only). */
const POLICE_BRANCH_NAME_TABLE = rareTable(['cảnh sát hình sự', 'cảnh sát kinh tế', 'cảnh sát môi trường', 'cảnh sát điều tra', 'cảnh sát truy nã',
  'cảnh sát giao thông', 'cảnh sát cơ động', 'cảnh sát pccc', 'cảnh sát phòng cháy', 'cảnh sát quản lý', 'cảnh sát đường thủy', 'cảnh sát bảo vệ',
  'cảnh sát thi hành án', 'cảnh sát phòng chống', 'kỹ thuật hình sự', 'an ninh điều tra', 'an ninh kinh tế', 'an ninh chính trị']);
/** Counts before a unit word: "một đội Cảnh sát giao thông" is a patrol met, no one unit named. */
const COUNTED_UNIT_BEFORE_IDS = new Set(['một', 'các', 'những', 'hai', 'ba', 'mỗi', 'từng', 'nhiều'].map(lexiconWordId));
const MILITARY_DISTRICT_HEAD = 'Quân khu';
const QUARTER_WORD_IDS = new Set(['miền', 'phía'].map(wordId)), DIRECTION_WORD_IDS = new Set(['đông', 'tây', 'nam', 'bắc'].map(wordId));
/** At k, "miền"/"phía" and a capitalised direction ("miền Đông", "phía Tây"), with no capital after it: its end, else -1. */
function quarterNamedDistrictEnd(toks: Token[], k: number): number {
  const a = toks[k], b = toks[k + 1];
  if (!a || !b || a.gap !== Gap.Space || b.gap !== Gap.Space || !QUARTER_WORD_IDS.has(a.w) || !b.cap || !DIRECTION_WORD_IDS.has(b.w)) return -1;
  const n = toks[k + 2];
  return n && n.gap === Gap.Space && n.cap && !matchAt(toks, k + 2, COUNTRY_TABLE) ? -1 : k + 2;
}
const CUC_WORD = wordId('cục');
/** Words before a lower-case "cục" that make another word of it ("rốt cục", "bưu cục", "bố cục", "kết cục", "chi cục") or count lumps. */
const NOT_DEPARTMENT_CUC_BEFORE_IDS = new Set(['rốt', 'rút', 'bưu', 'giật', 'đá', 'kỳ', 'bố', 'kết', 'chi', 'tổng', 'đại', 'thời', 'một', 'cái', 'hai', 'ba',
  'những', 'các', 'mấy', 'cục', 'từng', 'thành'].map(lexiconWordId));
const SUBNATIONAL_HEADS = new Set(SUBNATIONAL_BODY_HEADS);
const INSPECTED_PARENT_TABLE = rareTable(['bộ', 'sở', 'tổng cục', 'cục']);
// (an inspection's team, round or time, a post, or a verb's tense or voice before it)
const NOT_INSPECTORATE_BEFORE_IDS = new Set(['đoàn', 'tổng', 'khi', 'hành', 'cuộc', 'đợt', 'được', 'bị', 'sẽ', 'đã', 'đang', 'vừa', 'để', 'cần', 'khai'].map(lexiconWordId));
/** "hải quân hoàng gia Australia", "Hải quân nhân dân Việt Nam": words between a service and its country. */
// ("quân đội chính phủ Syria": the government's army, in a civil war)
// ("Bộ các Lực lượng vũ trang cách mạng nước Cộng hòa Cuba": the state's name before its country)
// ("Quân đội Quốc gia Libya", "Cảnh sát quốc gia Indonesia", "Vệ binh Quốc gia Ukraine": a state's national force, keyed by its country)
const SERVICE_DESCRIPTOR_TABLE = table(['hoàng gia', 'nhân dân', 'chính phủ', 'nước', 'nước cộng hòa', 'cộng hòa', 'quốc gia']);
// ("Không quân-Vũ trụ Nga", "Không quân - Vũ trụ Nga": Russia's aerospace forces, the space arm joined by a dash)
const AEROSPACE_TABLE = rareTable(['vũ trụ']);
function serviceDescriptorLen(toks: Token[], k: number): number {
  const t = toks[k];
  return t?.gap === Gap.Space ? matchAt(toks, k, SERVICE_DESCRIPTOR_TABLE)?.len ?? 0 : t?.gap === Gap.Dash ? matchAt(toks, k, AEROSPACE_TABLE)?.len ?? 0 : 0;
}
/** A state's own bodies named with its formal name before the country ("Quốc hội nước Cộng hòa Dân chủ Nhân dân Lào", "Chính phủ Cộng hòa Belarus"). */
const STATE_NAMED_SELF_HEADS = new Set(['Quốc hội', 'Chính phủ', 'Nội các']);
/** The words of a state's formal name between "Cộng hòa" and its country ("xã hội chủ nghĩa Việt Nam", "Dân chủ Nhân dân Lào"). Folded. */
// ("Quốc hội Cộng hòa Liên bang Myanmar" keys with "Quốc hội Myanmar": the federation is the formal name's middle too)
const STATE_FORM_MIDDLES = ['xã hội chủ nghĩa', 'dân chủ nhân dân', 'nhân dân', 'hồi giáo', 'ả rập', 'liên bang'];
const STATE_FORM_MIDDLE_TABLE = rareTable(STATE_FORM_MIDDLES);
/** "Cộng hòa" written short with its middle ("CHXHCN Việt Nam", "CHDCND Lào"). Folded. */
const STATE_FORM_ACRONYMS = new Set(['chxhcn', 'chdcnd', 'chnd']);
const STATE_FORM_TABLE = rareTable(['', 'nước '].flatMap((p) => ['cộng hòa', ...STATE_FORM_MIDDLES.map((m) => `cộng hòa ${m}`), ...STATE_FORM_ACRONYMS].map((f) => p + f)).concat(['nước']));
/** At k: the words of a state's formal name right before its country ("nước Cộng hòa xã hội chủ nghĩa"), else 0. Rare: a self head's next word only. */
function stateFormLen(toks: Token[], k: number): number {
  if (toks[k]?.gap !== Gap.Space || toks[k].num) return 0;
  const m = matchAt(toks, k, STATE_FORM_TABLE);
  return m && toks[k + m.len]?.gap === Gap.Space && toks[k + m.len].cap && matchAt(toks, k + m.len, COUNTRY_TABLE) ? m.len : 0;
}
const BANG_WORD = wordId('bang');
/**
 * "Quốc hội Liên bang": a federation's parliament named with no country after it (the Bundestag, the Duma); not before a
 * name the country table does not hold ("Quốc hội Liên bang Xyz" is left as it was). ("Chính phủ Liên bang" is left as
 * it was: in the press it is mostly the American government that "Chính phủ Mỹ" names already.)
 */
function federalAt(toks: Token[], k: number): boolean {
  const n = toks[k + 2];
  return toks[k]?.w === LIEN_WORD && toks[k].gap === Gap.Space && toks[k + 1]?.w === BANG_WORD && toks[k + 1].gap === Gap.Space
    && !(n && n.gap === Gap.Space && (n.cap || n.num));
}
/** At k, right after a country: the length of "Dân chủ Cộng hòa" closing its formal name ("nước Việt Nam Dân chủ Cộng hòa"), else 0. */
function republicAfterCountryLen(toks: Token[], k: number): number {
  const t = toks[k];
  return t?.f === 'dân' && t.gap === Gap.Space && toks[k + 1]?.f === 'chủ' && toks[k + 2]?.f === 'cộng' && toks[k + 3]?.f === 'hòa' && toks[k + 1].gap === Gap.Space ? 4 : 0;
}
const PARTY_BOARD_OF_PARTY_HEADS = new Set(['Bộ Chính trị', 'Ban Bí thư']);
/** At "Đảng" (k) after a politburo: the end of "Đảng Cộng sản <foreign country>", else k (the board alone, as before). */
function foreignPartyOfBoardEnd(toks: Token[], k: number): number {
  const e = foreignCommunistPartyEnd(toks, k + 1);
  return e > k + 1 ? e : k;
}
const PROVINCE_TABLE = table(OLD_PROVINCES.flatMap((p) => [p.name, ...p.variants]));
const PARTY_DESCRIPTOR_TABLE = table(['cực hữu', 'cực tả', 'trung hữu', 'trung tả', 'cánh hữu', 'cánh tả', 'dân túy']);
/** International bodies whose organs are named after them: "Hội đồng Bảo an Liên Hợp Quốc". */
const INTERNATIONAL_PARENT_TABLE = table(['Liên Hợp Quốc', 'Liên Hiệp Quốc', 'LHQ', 'EU', 'Liên minh châu Âu', 'ASEAN', 'NATO']);
/** Heads that a number after them makes a count ("Bộ 6 số"), not a unit. */
const COUNTED_HEADS = new Set(['Bộ', 'Sở', 'Ban', 'Hội', 'Vụ', 'Đảng', 'Tổ chức', 'Cơ quan', 'Văn phòng']);
const DELEGATION_HEADS = new Set(['Đoàn Đại biểu Quốc hội', 'Đoàn ĐBQH', 'Đoàn ĐB Quốc hội', 'Đoàn ĐB QH']);
/** Bodies of every unit that are still that unit's body written lower-case before a level and a name. */
const LOWER_PLACED_HEADS = new Set(['Công an', 'Ủy ban nhân dân', 'Hội đồng nhân dân', 'Tòa án nhân dân', 'Viện kiểm sát nhân dân',
  // mass organizations and military commands of a unit ("mặt trận tổ quốc huyện Can Lộc", "bộ chỉ huy quân sự tỉnh Quảng Bình")
  'Mặt trận Tổ quốc', 'Ủy ban Mặt trận Tổ quốc', 'Bộ Chỉ huy Quân sự', 'Ban Chỉ huy Quân sự', 'Bộ Chỉ huy quân sự', 'Ban Chỉ huy quân sự',
  'Hội Nông dân', 'Hội Cựu chiến binh', 'Hội Liên hiệp Phụ nữ', 'Liên đoàn Lao động',
  // the inspectorate of a unit ("thanh tra tỉnh Quảng Ngãi"); a province's bar association ("đoàn luật sư tỉnh Bà Rịa - Vũng Tàu")
  'Thanh tra', 'Đoàn Luật sư',
  // a province's delegation of deputies ("đoàn ĐBQH tỉnh Bến Tre", "đoàn đại biểu Quốc hội TP Hà Nội")
  ...DELEGATION_HEADS]);
/** A district's stations, written lower-case right before their level and place like the unit's own bodies ("trạm Thú y quận Ngô Quyền"). */
const LOWER_PLACED_STATION_HEADS = new Set(['Trạm Thú y', 'Trạm Chăn nuôi và Thú y', 'Trạm Trồng trọt', 'Trạm Trồng trọt và Bảo vệ thực vật', 'Trạm Bảo vệ thực vật',
  'Trạm BVTV', 'Trạm Khuyến nông', 'Trạm Kiểm lâm', 'Trạm kiểm lâm', 'Hạt Kiểm lâm', 'Hạt kiểm lâm']);
/** Party committees written lower-case right before their unit's name ("tỉnh ủy Nghệ An", "huyện ủy Nghi Lộc"). */
const LOWER_COMMITTEE_HEADS = new Set(['Tỉnh ủy', 'Thành ủy', 'Huyện ủy', 'Quận ủy', 'Thị ủy']);
const PERMANENT_MISSION_HEADS = ['Phái đoàn thường trực', 'Phái đoàn thường trú', 'Phái đoàn đại diện thường trực', 'Phái đoàn đại diện thường trú', 'Phái đoàn'];
/** A mission written without "thường trực" is a body only at an international body ("Phái đoàn Triều Tiên tại Liên Hợp Quốc"). */
const BARE_MISSION_HEAD = 'Phái đoàn';
/** At k: a country, "tại" or "ở", and an international body ("Việt Nam tại Liên Hợp Quốc"). */
function missionAtInternationalBody(toks: Token[], k: number): boolean {
  const t = toks[k];
  const c = t && t.cap && t.gap === Gap.Space ? matchAt(toks, k, COUNTRY_TABLE) : null;
  const at = c ? toks[k + c.len] : undefined;
  return !!at && at.gap === Gap.Space && (at.f === 'tại' || at.f === 'ở') && toks[k + c!.len + 1]?.gap === Gap.Space && !!matchAt(toks, k + c!.len + 1, INTERNATIONAL_PARENT_TABLE);
}
const MISSION_HEADS = new Set(['Đại sứ quán', 'Tổng Lãnh sự quán', 'Tổng lãnh sự quán', 'Lãnh sự quán', ...PERMANENT_MISSION_HEADS]);
// (the appeal courts of the former Supreme Court: "Tòa phúc thẩm TAND tối cao tại Đà Nẵng")
const SEATED_COURT_HEADS = ['Tòa phúc thẩm', 'TAND cấp cao', 'Tòa án nhân dân cấp cao', 'VKSND cấp cao', 'Viện kiểm sát nhân dân cấp cao',
  'Viện KSND cấp cao', 'Tòa án cấp cao', 'Viện kiểm sát cấp cao'];
const AT_PLACE_HEADS = new Set([...MISSION_HEADS, ...SEATED_COURT_HEADS, 'Hội đồng hương', 'Hội', 'Hội đồng', 'Hiệp hội',
  'Tổng hội', 'Thương hội', 'Tổng thương hội']);

/** A word in capitals that is a Vietnamese syllable ("VŨ", "NGUYỄN"), not an acronym ("TP", "NN&PTNT", "UBND"). */
function isCapsSyllableWord(t: Token | undefined): boolean {
  return !!t && t.acro && !t.num && t.e - t.s <= 7 && VIETNAMESE_SYLLABLE_RE.test(withoutMarks(t.f));
}
/**
 * At k, inside a body's name: a person's name of three or four syllables in capitals, opening with a family name, after a
 * word not itself a capital syllable (a line all in capitals is a headline, read as before), and no place ("HỒ CHÍ MINH").
 */
function capsPersonAfterBody(toks: Token[], k: number): boolean {
  const n = toks[k + 1], m = toks[k + 2];
  return isFamilyWord(toks[k]) && !!n && !!m && n.gap === Gap.Space && m.gap === Gap.Space && isCapsSyllableWord(toks[k]) && isCapsSyllableWord(n)
    && isCapsSyllableWord(m) && !isCapsSyllableWord(toks[k - 1]) && !matchAt(toks, k, PLACE_TABLE);
}

/** An unaccented word that is still a Vietnamese syllable (Minh, Doanh, Giao). */
export const VIETNAMESE_SYLLABLE_RE = /^(ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?$/;
/**
 * The strict form, for telling a foreign name by one word alone: only the nuclei Vietnamese spells with bare
 * letters (no "ea", "ee", "ie", "ou"; "oo" only before ng/c). The loose form above keeps the officials pass's
 * name reading as it was tuned; the foreign-officials pass needs the strict one.
 */
export const VIETNAMESE_BARE_SYLLABLE_RE = /^(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdghklmnprstvx])?(?:(?:oa|oe|uy|[aeiouy])(?:ch|ng|nh|[cmnpt])?|oo(?:ng|c)|ai|ao|au|ay|eo|ia|iu|oi|ua|ui|oai|oay|oeo|uay|uya|uyu)$/;

/** A capitalised word that cannot be Vietnamese: Leonard, Akbar, Trump (foreign personal names). */
export function isForeignNameWord(text: string, t: Token | undefined): boolean {
  if (!text || !t || !t.cap || t.acro || t.num || t.e - t.s < 2) return false;
  // asked again and again of the same word (as a name's first and second word, in bodies): read once
  if (t.foreign !== 0) return t.foreign === 2;
  let foreign = true;
  for (let p = t.s; p < t.e; p++) if (text.charCodeAt(p) > 0x7a) { foreign = false; break; }
  if (foreign) {
    // (a lexicon word's folded form is that word: its syllable test is read once a run, not once a document)
    const byId = (FOREIGN_NAME_BY_ID ??= new Uint8Array(WORD_LIST.length));
    const w = t.w;
    if (w >= 0 && w < byId.length) {
      if (byId[w] === 0) byId[w] = VIETNAMESE_SYLLABLE_RE.test(t.f) ? 1 : 2;
      foreign = byId[w] === 2;
    } else foreign = !VIETNAMESE_SYLLABLE_RE.test(t.f);
  }
  t.foreign = foreign ? 2 : 1;
  return foreign;
}
/** isForeignNameWord's syllable test by lexicon word id, for words written in plain letters: 0 not yet asked, 1 no, 2 yes. */
let FOREIGN_NAME_BY_ID: Uint8Array | null = null;

function isAsciiNameWord(text: string, t: Token | undefined): boolean {
  if (!t || !t.cap || t.acro || t.num) return false;
  for (let p = t.s; p < t.e; p++) if (text.charCodeAt(p) > 0x7a) return false;
  return true;
}

/** Two unaccented capitalised words, one of them not a Vietnamese syllable, and no place: a foreign person. */
function startsForeignPerson(text: string, toks: Token[], k: number): boolean {
  const t = toks[k], n = toks[k + 1];
  return !!n && n.gap === Gap.Space && isAsciiNameWord(text, t) && isAsciiNameWord(text, n) && (isForeignNameWord(text, t) || isForeignNameWord(text, n))
    && !matchAt(toks, k, PLACE_TABLE) && !matchAt(toks, k + 1, PLACE_TABLE);
}

/** Two or three capitalised words, then no capital: a name, unless it opens a place, body or post. */
function personAfterCountry(toks: Token[], k: number): boolean {
  if (!isNameWord(toks[k]) || !isNameWord(toks[k + 1])) return false;
  const third = isNameWord(toks[k + 2]);
  if (third && isNameWord(toks[k + 3])) return false;
  for (let q = k; q < k + (third ? 3 : 2); q++) if (toks[q].k & (ORG_TABLE.bit | PLACE_TABLE.bit | LEVEL_TABLE.bit | POSITION_TABLE.bit) && (matchAt(toks, q, ORG_TABLE) || matchAt(toks, q, PLACE_TABLE) || matchAt(toks, q, LEVEL_TABLE) || matchAt(toks, q, POSITION_TABLE))) return false;
  return !isNotNameWord(toks[k]);
}

/** A spaced capitalised word, not an acronym or number: a middle or given name after the family name. */
export function isNameWord(t: Token | undefined): boolean {
  return !!t && t.gap === Gap.Space && t.cap && !t.acro && !t.num;
}

/** Token i starts a person's name written with a Vietnamese family name (Nguyễn Duy Ngọc). */
export function startsFamilyName(toks: Token[], i: number): boolean {
  const t = toks[i];
  const n = toks[i + 1];
  return !!t && t.cap && !t.acro && isFamilyWord(t) && !!n && n.gap === Gap.Space && n.cap && !n.acro && !n.num;
}

/** A three-word Vietnamese name starts at i and ends there (Bùi Hữu Hùng). */
function startsThreeWordName(toks: Token[], i: number): boolean {
  return startsFamilyName(toks, i) && isNameWord(toks[i + 2]) && !isNameWord(toks[i + 3]);
}

// ---- organization names ---------------------------------------------------------------------

export interface OrgMatch {
  /** first and end (exclusive) token */
  start: number;
  end: number;
  head: OrgHead;
  /** token where the name after the head starts */
  bodyStart: number;
  /** names one public body (not a type alone, not a business) */
  agency: boolean;
  /** an acronym written in brackets right after the name: (ANTQ) */
  bracket: number;
}
/** Every OrgMatch is built here: one creation site, warm from the first document, one object shape. */
export function orgMatch(start: number, end: number, head: OrgHead, bodyStart: number, agency: boolean, bracket: number): OrgMatch {
  return { start, end, head, bodyStart, agency, bracket };
}
/** A match's length, -1 for none: an optional chain's undefined at a length compare deopts the caller ("not a Smi"). */
function lenOrNone(m: { readonly len: number } | null): number {
  return m === null ? -1 : m.len;
}

/** toks[k], with the bounds checked first: an out-of-range read would throw away the caller's optimised code. */
export function tokAt(toks: Token[], k: number): Token | undefined {
  return k >= 0 && k < toks.length ? toks[k] : undefined;
}

/** Index of the first token starting at or after character s (binary search over the document's tokens). */
export function tokenAt(toks: Token[], s: number): number {
  let lo = 0, hi = toks.length - 1;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (toks[mid].s < s) lo = mid + 1; else hi = mid; }
  return lo;
}

/** What closes an acronym in brackets before the next word: ")" or ") ". */
export const CLOSING_BRACKET_RE = /^\) ?$/;
/** A letter of a Latin or Vietnamese word at char code c (not "…", "–", "”" of the 0x2000 block): whether a match found by indexOf stands alone. */
export const isWordLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 0xbf && c < 0x2000);
/**
 * The end of the place written after the acronym in brackets at k, which ends the body's name there: "Chi cục Quản lý thị
 * trường (QLTT) tỉnh Sóc Trăng", "Liên đoàn Lao động (LĐLĐ) TP.HCM"; -1 when no place (or a longer name) follows, or the
 * bracket holds a place itself ("UBND Q.1 (TP.HCM)").
 */
export function placeAfterAcronymBracket(text: string, toks: Token[], k: number): number {
  const b = toks[k], p = toks[k + 1];
  if (!b || !p || b.gap !== Gap.Paren || !b.acro || !CLOSING_BRACKET_RE.test(text.slice(b.e, p.s)) || (b.k & PLACE_TABLE.bit && matchAt(toks, k, PLACE_TABLE))) return -1;
  const level = p.k & LEVEL_TABLE.bit ? matchAt(toks, k + 1, LEVEL_TABLE) : null;
  const at = k + 1 + (level ? level.len : 0);
  const place = toks[at] && toks[at].k & PLACE_TABLE.bit ? matchAt(toks, at, PLACE_TABLE) : null;
  // "Ủy ban An toàn giao thông (ATGT) Quốc gia", "Ủy ban Kiểm tra (UBKT) Trung ương": the national level stands where a place would
  // (only as the name's close: "(UBKT) Trung ương Đảng" is a longer name)
  const nation = place ? null : matchAt(toks, k + 1, NATION_LEVEL_TABLE);
  if (!place && !nation) return -1;
  const end = place ? at + place.len : k + 1 + nation!.len, next = toks[end];
  return next !== undefined && next.gap === Gap.Space && next.cap ? -1 : end;
}
/** A named body's name cut at its acronym in brackets runs on to the place after it: the end past that place, or -1. */
export function placeAcrossBracketEnd(text: string, toks: Token[], m: OrgMatch): number {
  return m.bracket === m.end && m.end > m.bodyStart && (m.head.needs === 'name' || m.head.needs === 'place') ? placeAfterAcronymBracket(text, toks, m.end) : -1;
}

const LEVEL_PLACE_HEAD: OrgHead = { head: '', needs: 'place', agency: true };
/** The party head: a party's name is read, and its candidates told apart, by it. */
export const PARTY_HEAD = ORG_HEADS.find((h) => h.head === 'Đảng')!;

export interface ParseOptions {
  /** the document text, to tell foreign (unaccented) names */
  text?: string;
  /** read an administrative unit with no body head: "xã Ninh Xá" after "Chủ tịch" */
  levelPlace?: boolean;
  /** inside a title: a type alone ("Bí thư Đảng ủy") and lower-case names ("Cục pháp chế") are kept */
  title?: boolean;
  /** accept a lower-case head ("phòng An ninh điều tra") */
  lowerHead?: boolean;
  /** the head phrase at the token, when the caller has already matched it (no second lookup) */
  at?: { readonly len: number; readonly value: OrgHead };
}

const PHUONG_WORD = wordId('phường'), DISTRICT_WORD = wordId('quận');
/** "công an phường 1", "công an quận 11": the level word at k is a ward or urban district, numbered as the cities number them. */
function numberedWardAt(toks: Token[], k: number, lvl: number): boolean {
  return lvl === 1 && (toks[k].w === PHUONG_WORD || toks[k].w === DISTRICT_WORD) && toks[k + 1].num;
}

/** The options with every field in one order: one hidden class for all callers. */
function sameShapeOptions(o: ParseOptions): ParseOptions {
  return { text: o.text, levelPlace: o.levelPlace, title: o.title, lowerHead: o.lowerHead, at: o.at };
}

export function isLevelAt(toks: Token[], k: number): number {
  const m = matchAt(toks, k, LEVEL_TABLE);
  if (m) return m.len;
  return 0;
}

const KHU_WORD = wordId('khu'), VUC_WORD = wordId('vực');
/** Token k is a number or a Roman numeral right after "khu vực", which follows the place ending at placeEnd. */
function areaNumberAt(toks: Token[], k: number, placeEnd: number): boolean {
  const t = toks[k];
  return k === placeEnd + 2 && toks[k - 1].w === VUC_WORD && toks[k - 2].w === KHU_WORD && t.gap === Gap.Space
    && (t.num || (t.cap && t.e - t.s <= 4 && ROMAN_NUMERAL_RE.test(t.f)));
}

/** "Phòng, chống HIV/AIDS": a comma in the fixed "phòng, chống" and a slash between acronyms are inside a name. */
const PHONG_ID = wordId('phòng'), CHONG_ID = wordId('chống');
function joinedInsideName(toks: Token[], k: number, text: string): boolean {
  const t = toks[k];
  if (k === 0) return false;
  if (t.gap === Gap.Comma) return (t.w === CHONG_ID && toks[k - 1].w === PHONG_ID) || commaJoinedAcronym(toks, k);
  if (t.gap === Gap.Dash && t.acro) return dashJoinedAcronym(toks, k);
  return t.gap === Gap.Break && t.acro && toks[k - 1].acro && t.s - toks[k - 1].e === 1 && text.charCodeAt(t.s - 1) === 47;
}

/** "Bộ GD - ĐT", "Bộ NN – PTNT", "Bộ VH – TT&DL": a sector's acronym written in parts around a spaced dash, whose parts
 *  joined are a known acronym (not a unit and its parent: "Phòng CSHS – CATP Cần Thơ"). */
function dashJoinedAcronym(toks: Token[], k: number): boolean {
  const t = toks[k], p = toks[k - 1];
  if (t.gap !== Gap.Dash || !t.acro || t.num || !p.acro || p.num) return false;
  const pair = acronymForm(p.f + t.f);
  if (ACRONYM_KEYS.has(pair)) return true;
  // (a third part: "VH – TT – DL")
  const pp = toks[k - 2];
  return k >= 2 && p.gap === Gap.Dash && !!pp && pp.acro && !pp.num && ACRONYM_KEYS.has(acronymForm(pp.f + pair));
}
/** "Bộ GD ĐT": two capitalised parts whose joined form, and not the first alone, is a known acronym of listed fields. */
function spaceJoinedAcronym(toks: Token[], k: number): boolean {
  const t = toks[k], p = toks[k - 1];
  return !t.num && !p.num && !ACRONYM_KEYS.has(acronymForm(p.f)) && ACRONYM_KEYS.has(acronymForm(p.f + t.f));
}
/** "Bộ VH,TT&DL", "Sở VH,TT TPHCM": an acronym of listed fields, a comma and no space between its parts;
 *  spaced ("Bộ VH, TT&DL") only when the first field is one syllable and the last pair is joined by "&"
 *  (two bodies listed, "Sở GTVT, TN&MT", have longer codes). */
function commaJoinedAcronym(toks: Token[], k: number): boolean {
  const t = toks[k], p = toks[k - 1];
  if (t.gap !== Gap.Comma || !t.acro || t.num || !p.acro || p.num) return false;
  return t.s === p.e + 1 || (t.s === p.e + 2 && p.e - p.s <= 2 && t.f.includes('&'));
}

/** Where a name body after a head ends: [end, anchors] (see NAME_STOP_WORDS, NAME_TAIL_WORDS). */
/** Posts whose holder has an office named after the post ("Văn phòng Tổng thống", "Văn phòng Thủ tướng"). */
const OFFICE_OF_POSTS = new Set(['tổng thống', 'thủ tướng', 'phó tổng thống', 'chủ tịch nước', 'tổng bí thư',
  // state offices abroad named after their holder ("Văn phòng Tổng Chưởng lý bang California", "Văn phòng Thống đốc bang")
  'tổng chưởng lý', 'chưởng lý', 'thống đốc', 'thị trưởng', 'tỉnh trưởng', 'tổng công tố', 'cao ủy']);

const THAM_WORD = wordId('tham'), MUU_WORD = lexiconWordId('mưu');
/** The post at k, of `len` words, is "tham mưu trưởng". */
/** "Văn phòng Tổng thống", "Hội đồng Tham mưu trưởng Liên quân": a body named after a post (rare: kept out of parseBody). */
function bodyNamedAfterPost(toks: Token[], k: number, len: number, head: OrgHead): boolean {
  return (head.head === 'Văn phòng' && toks[k].cap && OFFICE_OF_POSTS.has(toks.slice(k, k + len).map((x) => x.f).join(' ')))
    || (head.head === 'Hội đồng' && isChiefsOfStaff(toks, k, len));
}
/** ("Hội Hồi sức - cấp cứu và chống độc Việt Nam"): an association's lower-case field after a dash, to its country; its end or -1. */
function associationDashedFieldEnd(toks: Token[], k: number, head: OrgHead | null): number {
  const t = toks[k];
  if (t.cap || head === null || !ASSOCIATION_HEADS.has(head.head)) return -1;
  // ("Hội Văn học, nghệ thuật Việt Nam": or its fields listed with a comma)
  return t.gap === Gap.Dash ? dashedFieldToPlaceEnd(toks, k) : t.gap === Gap.Comma ? listedKindToPlaceEnd(toks, k) : -1;
}
/** After a comma at k: up to four lower-case words, none a function word or verb, then a place that closes the name; its end, else -1. */
function listedKindToPlaceEnd(toks: Token[], k: number): number {
  let q = k;
  for (; q < toks.length && q - k < 4; q++) {
    const t = toks[q];
    if ((q > k && t.gap !== Gap.Space) || t.cap || t.num) break;
    if (t.k & STOP_TABLE.bit && matchAt(toks, q, STOP_TABLE)) return -1;
  }
  const p = q > k && toks[q]?.gap === Gap.Space && toks[q].cap ? matchAt(toks, q, PLACE_TABLE) : null;
  return p && !isNameWord(tokAt(toks, q + p.len)) ? q + p.len : -1;
}
/** Words after a ministry's name that say whose ministry it is ("Bộ Y tế bang Aragua", "Bộ Ngoại giao nước Cộng hòa ...", "của Qatar"). */
const MINISTRY_OWNER_IDS = new Set(['bang', 'tiểu', 'nước', 'của', 'và', 'liên'].map(wordId));
/**
 * The lower-case words [from, k) after a ministry named whole, before the capital at k, are a predicate and its object: not the
 * state it belongs to, and not a qualifier of one or two words before a place ("Bộ An ninh quốc gia Triều Tiên").
 */
function predicateAfterMinistry(toks: Token[], from: number, k: number): boolean {
  if (MINISTRY_OWNER_IDS.has(toks[from].w)) return false;
  return !(k - from <= 2 && toks[k].gap === Gap.Space && matchAt(toks, k, PLACE_TABLE));
}
const BODY_PREDICATE_TABLE = phraseTable(PREDICATE_AFTER_BODY_NAME.map((x) => [x, true] as [string, boolean]), false, PREDICATE_AFTER_BODY_NAME_NOT_BEFORE);
const TUNG_ASPECT_ID = wordId('từng');
/** At q, right after a name read whole, a verb that opens its predicate ("tham mưu", "thay mặt"), or "từng" and a verb ("từng cho biết"). */
function bodyPredicateAt(toks: Token[], q: number): boolean {
  const t = toks[q];
  return t !== undefined && t.gap === Gap.Space && !t.cap && (!!matchAt(toks, q, BODY_PREDICATE_TABLE) || (t.w === TUNG_ASPECT_ID && predicateAt(toks, q)));
}
/** A ministry named by its sector alone ("Bộ Công an"). */
function isMinistrySectorOnly(head: OrgHead | null, bodyLen: number, sectorLen: number): boolean {
  return head !== null && head.head === 'Bộ' && bodyLen === sectorLen;
}
/** The capitalised word, acronym or number at k names a place: "Hóc Môn", "TP.HCM", "quận 1" ("phường 12"). */
function namesPlace(toks: Token[], k: number, prevWasLevel: boolean): boolean {
  const t = toks[k];
  return (!t.acro && !t.num && t.f !== 'tp') || (t.acro && t.f.startsWith('tp') && t.f.length > 3) || (t.num && prevWasLevel && NUMBERED_LEVEL_IDS.has(toks[k - 1].w));
}
function isChiefsOfStaff(toks: Token[], k: number, len: number): boolean {
  return len === 3 && toks[k].w === THAM_WORD && toks[k + 1].w === MUU_WORD;
}
const INTERBRANCH_STEERING_HEADS = new Set(['Ban Chỉ đạo liên ngành', 'Ban chỉ đạo liên ngành']);
const STEERING_HEADS = new Set(['Ban Chỉ đạo', 'Ban chỉ đạo', ...INTERBRANCH_STEERING_HEADS]);
const NHUNG_WORD = wordId('những'), NGUOI_WORD = wordId('người');
const CLAUSE_OPENER_IDS = new Set(CLAUSE_OPENER_WORDS.map(wordId));
const DOCUMENT_HEAD_TABLE = rareTable(DOCUMENT_HEADS);
const DOCUMENT_FIRST_IDS = new Set(DOCUMENT_HEADS.map((d) => wordId(d.split(' ')[0])));
const SENTENCE_OPENER_IDS = new Set(SENTENCE_OPENER_WORDS.map(wordId));
const CONNECTIVE_TABLE = rareTable(SENTENCE_CONNECTIVES);
const CONNECTIVE_FIRST_IDS = new Set(SENTENCE_CONNECTIVES.map((c) => wordId(c.split(' ')[0])));
/** ("Cục Y dược cổ truyền Tuy nhiên, ...": a capitalised connective, after a name's lower-case tail too, opens the next sentence.) */
function opensNextSentence(toks: Token[], k: number): boolean {
  return toks[k].gap === Gap.Space && !toks[k].acro && !!matchAt(toks, k, CONNECTIVE_TABLE);
}
/** A place begins at k ("Bà Rịa - Vũng Tàu"), or one of two or three words begun one or two words before runs on past it ("Hai Bà Trưng"). */
function placeRunsOn(toks: Token[], k: number): boolean {
  return !!matchAt(toks, k, PLACE_TABLE) || lenOrNone(matchAt(toks, k - 1, PLACE_TABLE)) >= 2 || (k > 1 && lenOrNone(matchAt(toks, k - 2, PLACE_TABLE)) >= 3);
}
/** Level words below a province: a commune's or ward's unknown name may run on past a province's ("phường Phú Thọ Hòa"). */
const SUB_PROVINCE_LEVEL_IDS = new Set(['xã', 'phường', 'trấn', 'thôn', 'ấp', 'bản', 'xóm', 'làng', 'quận', 'huyện', 'khu'].map(wordId));
/**
 * The capitalised word at k, right after a province's whole name (not a commune's or ward's, not a district's or ocean's that runs on
 * from it, "thành phố Điện Biên Phủ"), opens no place, body or level: it is no word of the name. Rare: read after a place and a capital.
 */
export function strayAfterProvince(toks: Token[], k: number): boolean {
  let s = k - 1;
  for (; s >= 0 && k - s <= 4; s--) if (matchAt(toks, s, PROVINCE_TABLE)?.len === k - s) break;
  if (s < 0 || k - s > 4) return false;
  if (s > 0 && SUB_PROVINCE_LEVEL_IDS.has(toks[s - 1].w)) return false;
  // (nor an ocean holding a province's name after "khu vực": "Bộ Tư lệnh Mỹ khu vực Thái Bình Dương")
  if ((matchAt(toks, s, FAMILY_NAMED_DISTRICT_TABLE)?.len ?? 0) > k - s || (matchAt(toks, s, OCEAN_TABLE)?.len ?? 0) > k - s) return false;
  return !matchAt(toks, k, PLACE_TABLE) && !matchAt(toks, k, ORG_TABLE) && !isLevelAt(toks, k) && !matchAt(toks, k, HONORIFIC_TABLE);
}
/** toks[from, end) closes with a province's whole name, not a commune's or ward's of that name. */
function endsWithProvince(toks: Token[], from: number, end: number): boolean {
  let s = end - 1;
  for (; s > from && end - s <= 4; s--) if (matchAt(toks, s, PROVINCE_TABLE)?.len === end - s) break;
  return s > from && end - s <= 4 && !SUB_PROVINCE_LEVEL_IDS.has(toks[s - 1].w);
}
const TERM_WORD_ID = lexiconWordId('khóa');
/** At k, a term's number: digits or a Roman numeral in capitals ("khóa XIV", "khóa 4"). */
function termNumberAt(toks: Token[], k: number): boolean {
  const t = toks[k];
  return !!t && t.gap === Gap.Space && (t.num || (t.cap && t.e - t.s <= 5 && ROMAN_NUMERAL_RE.test(t.f)));
}
/** Bodies that may be named by two countries ("Hội Hữu nghị Nga - Việt", "Ủy ban hỗn hợp Việt - Trung"); a ministry's country after a dash is no pair. */
const BILATERAL_HEADS = new Set(['Hội', 'Hiệp hội', 'Liên hiệp', 'Hội hữu nghị', 'Nhóm Nghị sĩ hữu nghị', 'Nhóm Nghị sỹ hữu nghị', 'Liên minh Nghị sĩ hữu nghị', 'Liên minh Nghị sỹ hữu nghị', 'Ủy ban', 'Ủy ban liên Chính phủ', 'Hội đồng', 'Viện', 'Trung tâm', 'Quỹ', 'Diễn đàn']);
/** The capitalised word at k is a country's short form written as a pair's second country, with no capitalised word after it but a foreign name. */
function pairedCountryClosesAt(toks: Token[], k: number, text: string): boolean {
  const n = toks[k + 1];
  // (or with a foreign person's name after it: "Chủ tịch Liên minh Nghị sĩ hữu nghị Nhật - Việt Toshihiro Nakai")
  return matchAt(toks, k, PAIRED_COUNTRY_TABLE) !== null && (!n || n.gap !== Gap.Space || !n.cap || startsForeignPerson(text, toks, k + 1));
}
const PHONG_WORD = wordId('phòng'), CAC_WORD = wordId('các');
const REMIT_WORDS_TABLE = rareTable(['công trình', 'dự án', 'quản lý', 'thông tin', 'người', 'cán bộ', 'tìm kiếm']);
/**
 * A remit's nouns whose second syllable is a stop word ("đổi mới", "đơn vị sự nghiệp công lập"); not all of a name's
 * ("hậu cần" would run "về biến đổi khí hậu" on into the verb "cần").
 */
const REMIT_STOP_TAILS_TABLE = rareTable(['công lập', 'dân lập', 'độc lập', 'đổi mới', 'nhà ở', 'hàng không', 'việc làm']);
/**
 * Stop words that can run on inside a remit's noun phrase ("về chính sách nhà ở ...", "về hàng không dân dụng của ..."):
 * a remit cut at one of them is not known to be closed. Any other stop word (a verb, a date word) closes it.
 */
const REMIT_INNER_TABLE = rareTable(['và', 'của', 'cho', 'trong', 'ngoài', 'ở', 'các', 'những', 'một', 'mọi', 'mỗi', 'toàn', 'nhiều',
  'với', 'đến', 'từ', 'theo', 'giữa', 'khác', 'mới', 'không', 'có', 'để', 'nhằm', 'trên', 'dưới', 'sau', 'trước',
  'thuộc', 'bị', 'được', 'qua', 'như', 'cấp', 'khi', 'là', 'mà', 'nếu', 'vì', 'bởi', 'hay', 'hoặc', 'lãnh đạo',
  'nhân viên', 'chiến sĩ', 'số liệu', 'cũ', 'này', 'đó', 'ấy', 'đây', 'bên', 'nơi', 'chức', 'trực', 'giao', 'lập', 'chỉ', 'thu', 'chi', 'mua', 'bán']);
/** Up to thirteen syllables of a lower-case remit ("về đổi mới cơ chế hoạt động đơn vị sự nghiệp công lập"). */
const REMIT_MAX_WORDS = 14;
/**
 * End of a lower-case remit from k: two to thirteen words ("phòng, chống" may hold a comma; "... thiên tai và tìm kiếm cứu nạn"
 * two remits joined by "và") closed by punctuation, a capital, or (closedByVerb: for a body named by its remit) a stop word
 * that is a verb or date word; else -1. ("Trung tâm Dự báo ... Trung ương về diễn biến thời tiết ngày 9/5": a centre's "về" is often "about")
 */
function remitAfterVeEnd(toks: Token[], k: number, closedByVerb = true): number {
  let q = k;
  for (; q < toks.length && q - k < REMIT_MAX_WORDS; q++) {
    const t = toks[q];
    if (t.cap || t.num) break;
    if (t.gap !== Gap.Space && !(t.gap === Gap.Comma && toks[q - 1].w === PHONG_WORD)) break;
    // ("công trình", "dự án", "quản lý": a remit's nouns that open with a stop word)
    const noun = matchAt(toks, q, REMIT_WORDS_TABLE);
    if (noun) { q += noun.len - 1; continue; }
    if (!(q === k && t.w === CAC_WORD) && t.k & STOP_TABLE.bit && matchAt(toks, q, STOP_TABLE)) {
      if (matchAt(toks, q - 1, REMIT_STOP_TAILS_TABLE)?.len === 2) continue;
      // ("thiên tai và tìm kiếm": a second remit in lower case after "và")
      const n = toks[q + 1];
      if (t.w === VA_WORD && q - k >= 2 && n && n.gap === Gap.Space && !n.cap && !n.num && !(n.k & STOP_TABLE.bit && matchAt(toks, q + 1, STOP_TABLE) && !matchAt(toks, q + 1, REMIT_WORDS_TABLE))) continue;
      break;
    }
    if (isLevelAt(toks, q)) break;
  }
  if (q - k < 2 || q - k >= REMIT_MAX_WORDS) return -1;
  // closed by punctuation, a capital, or what a body does next ("nêu rõ", "ngày 27-5", "đã"); "về chính sách nhà ở ..." is cut mid-phrase by "ở"
  const n = toks[q];
  if (!n || n.cap || n.num) return q;
  // ("về tìm kiếm, quy tập hài cốt": a two-word item of a listed remit is no remit closed)
  if (n.gap !== Gap.Space) return q - k > 2 || n.gap !== Gap.Comma || (n.k & STOP_TABLE.bit && !!matchAt(toks, q, STOP_TABLE)) ? q : -1;
  if (matchAt(toks, q, BODY_ACTS_TABLE)) return q;
  // ("về phòng chống thiên tai và các cơ quan liên quan", "... và căn cứ kết quả": "và" then a stop word joins the clause, not the remit)
  if (n.w === VA_WORD && closedByVerb) return toks[q + 1]?.gap === Gap.Space && toks[q + 1].k & STOP_TABLE.bit && matchAt(toks, q + 1, STOP_TABLE) ? q : -1;
  return closedByVerb && n.k & STOP_TABLE.bit && matchAt(toks, q, STOP_TABLE) && !matchAt(toks, q, REMIT_INNER_TABLE) ? q : -1;
}
/**
 * A steering committee's remit after "về": lower case as remitAfterVeEnd reads it; or written as part of the name, its
 * acronym ("về VSATTP", "về PCTT") or sentence case ("về Phòng chống thiên tai", "về Phòng, chống tham nhũng", "về Du lịch"),
 * closed within four words by punctuation, a stop word or a level word; else -1.
 */
function steeringRemitEnd(toks: Token[], k: number): number {
  const t = toks[k];
  if (!t || t.gap !== Gap.Space) return -1;
  if (t.acro && !t.num) return k + 1;
  const known = knownSteeringRemitEnd(toks, k);
  if (known > 0) return known;
  // (not a body, place or person after "về"; "Phòng chống" is no department)
  const remitOpener = !!matchAt(toks, k, NOT_A_HEAD_TABLE) || (t.w === PHONG_WORD && toks[k + 1]?.w === CHONG_ID);
  const body = t.k & ORG_TABLE.bit && !!matchAt(toks, k, ORG_TABLE) && !remitOpener;
  if (!t.cap || body || (isNotNameWord(t) && !remitOpener) || startsFamilyName(toks, k) || (t.k & PLACE_TABLE.bit && matchAt(toks, k, PLACE_TABLE))) return remitAfterVeEnd(toks, k);
  let q = k + 1;
  for (; q < toks.length && q - k < 5; q++) {
    const w = toks[q];
    if (w.gap !== Gap.Space && !(w.gap === Gap.Comma && toks[q - 1].w === PHONG_WORD)) break;
    // ("về Kế hoạch Bảo vệ và Phát triển rừng": a name that runs on in capitals is not read here)
    if (w.cap || w.num) return -1;
    // ("thiên tai-Ủy ban ...": a word glued by a dash to the next body's head; no end inside it)
    if (w.f.indexOf('-') >= 0) return -1;
    if (w.k & STOP_TABLE.bit && matchAt(toks, q, STOP_TABLE) && !stopInsideNoun(toks, q) && !matchAt(toks, q, REMIT_WORDS_TABLE)) break;
    if (isLevelAt(toks, q)) break;
  }
  // (up to four words before the closer: not "về Phòng chống thiên tai thường xuyên theo dõi")
  return q - k >= 2 && q - k < 5 ? q : -1;
}
const STEERING_REMIT_TABLE = rareTable(STEERING_REMITS);
/**
 * "về phòng, chống tham nhũng theo dõi ...", "về Phòng chống thiên tai quan tâm": a remit of STEERING_REMITS (two words or more,
 * any case, a comma inside) is the committee's whatever verb follows; not one that runs on ("và ...", "của ...", a level and place, a dash); else -1.
 */
function knownSteeringRemitEnd(toks: Token[], k: number): number {
  const o = matchAt(toks, k, STEERING_REMIT_TABLE, true);
  if (!o || o.len < 2) return -1;
  const q = k + o.len, n = toks[q];
  return !n || n.gap === Gap.Comma || n.gap === Gap.Paren || n.gap === Gap.Break || (n.gap === Gap.Space && !NOT_REMIT_CLOSER_IDS.has(n.w) && !n.cap && !n.num && !isLevelAt(toks, q)) ? q : -1;
}
/** Words after a remit that open more of it or what follows it, not its close: an object, whose it is, a second remit. */
const LA_REMIT_CLOSER_ID = wordId('là');
const NOT_REMIT_CLOSER_IDS = new Set(['các', 'những', 'một', 'mọi', 'của', 'cho', 'và', 'với'].map(wordId));
/**
 * "Ban Chỉ đạo điều hành giá trước khi ...", "Ban Chỉ đạo phòng chống tham nhũng tỉnh Nghệ An": a steering committee named by a
 * remit of STEERING_REMITS in lower case, closed by punctuation, a stop word or what it does (a one-word remit only by its level
 * and place), or by its level and place; else -1 ("chống buôn lậu, gian lận thương mại ...": a remit listed on is not read here).
 */
function steeringLowerRemitEnd(toks: Token[], k: number, text: string): number {
  const o = matchAt(toks, k, STEERING_REMIT_TABLE, true);
  if (!o) return -1;
  const q = k + o.len;
  const n = toks[q];
  if (n && n.gap === Gap.Space && isLevelAt(toks, q)) {
    const placed = parseOrgAt(toks, q, { levelPlace: true, text });
    return placed && placed.agency ? placed.end : -1;
  }
  if (o.len < 2) return -1;
  // (a comma closes only before a capital or a stop word: "chống buôn lậu, gian lận ..." goes on listing)
  if (!n || n.gap === Gap.Break || n.gap === Gap.Paren) return q;
  if (n.gap !== Gap.Space) return n.gap === Gap.Comma && toks[q + 1] && toks[q + 1].gap === Gap.Space && (toks[q + 1].cap || !!matchAt(toks, q + 1, STOP_TABLE)) ? q : -1;
  // (closed by a word that opens a clause or what the committee does, not by any verb: "quốc gia vận động hiến máu ..." goes on)
  return !n.cap && !n.num && !NOT_REMIT_CLOSER_IDS.has(n.w) && (n.w === VE_ID || n.w === LA_REMIT_CLOSER_ID || CLAUSE_OPENER_IDS.has(n.w) || !!matchAt(toks, q, BODY_ACTS_TABLE)) ? q : -1;
}
/** Committees and agencies named national or federal, then their remit after "về". */
const NATIONAL_REMIT_HEADS = new Set(['Ủy ban', 'Cơ quan', 'Hội đồng']);
const NATIONAL_QUALIFIER_TABLE = rareTable(['quốc gia', 'nhà nước', 'liên bang', 'hỗn hợp']);
/**
 * "Ủy ban Quốc gia về biến đổi khí hậu", "Cơ quan Liên bang về hợp tác kỹ thuật quân sự Nga": the qualifier right after
 * the head, the remit, then punctuation, what the body does, or the country served; else -1.
 * (not "Ủy ban An toàn giao thông quốc gia về việc ...": a named committee's "về" is the sentence's; not a remit
 * cut at a capital: "về các trường Đại học Nicaragua", "về quan hệ Mỹ-Trung")
 */
function nationalRemitEnd(toks: Token[], end: number): number {
  if (toks[end].gap !== Gap.Space || matchAt(toks, end - 2, NATIONAL_QUALIFIER_TABLE)?.len !== 2) return -1;
  return remitToCountriesEnd(toks, end);
}
/** Up to this many tokens after "về", a national body's remit that nationalClosedRemitEnd reads. */
const NATIONAL_REMIT_MAX = 12;
const HON_ID = wordId('hỗn');
/** Words that join a remit's parts ("về hàng không dân dụng của Campuchia", "về người Việt Nam ở nước ngoài"); a remit ends on none. */
const REMIT_JOIN_IDS = new Set(['và', 'của', 'ở', 'với', 'các', 'những'].map(wordId));
/**
 * "Hội đồng Quốc gia về Phát triển bền vững và Nâng cao năng lực cạnh tranh)", "Ủy ban Nhà nước về người Việt Nam ở nước ngoài
 * cho biết", "Ủy ban Quốc gia về Nhân quyền của Qatar cho rằng": from "về" at v after a national qualifier, a remit in any case
 * (capitals of fields and countries, no body, post or person inside) that nationalRemitEnd does not read, closed by punctuation,
 * a verb of saying, an aspect word and its verb, or a connective opening the next clause; else -1 ("về việc ...": no remit).
 */
function nationalClosedRemitEnd(toks: Token[], v: number): number {
  // (not a joint committee's "hỗn hợp": its name needs the countries, which nationalRemitEnd reads)
  if (matchAt(toks, v - 2, NATIONAL_QUALIFIER_TABLE)?.len !== 2 || toks[v - 2].w === HON_ID || toks[v + 1]?.w === VIEC_WORD) return -1;
  let q = v + 1;
  for (; q < toks.length && q - v <= NATIONAL_REMIT_MAX; q++) {
    const t = toks[q];
    if (t.gap !== Gap.Space || t.num) break;
    if (t.cap) {
      if (t.acro || startsFamilyName(toks, q) || (t.k & ORG_TABLE.bit && matchAt(toks, q, ORG_TABLE)) || (t.k & POSITION_TABLE.bit && matchAt(toks, q, POSITION_TABLE))) break;
      continue;
    }
    if (REMIT_JOIN_IDS.has(t.w) || isDomesticOrForeign(toks, q)) continue;
    const noun = matchAt(toks, q, REMIT_WORDS_TABLE);
    if (noun) { q += noun.len - 1; continue; }
    if (t.k & STOP_TABLE.bit && matchAt(toks, q, STOP_TABLE) && !stopInsideNoun(toks, q)) break;
    if (isLevelAt(toks, q)) break;
  }
  if (q - v < 2 || q - v > NATIONAL_REMIT_MAX || REMIT_JOIN_IDS.has(toks[q - 1].w)) return -1;
  const n = toks[q], a = toks[q + 1];
  const closed = !n || (n.gap !== Gap.Space && n.gap !== Gap.Dash) || (!n.cap && (!!matchAt(toks, q, SAYS_TABLE) || !!matchAt(toks, q, CONNECTIVE_TABLE)
    || (ASPECT_WORD_IDS.has(n.w) && a !== undefined && a.gap === Gap.Space && !a.cap)));
  return closed ? q : -1;
}
/**
 * From "về" at v: the end of a remit closed by punctuation or what the body does, or by the country or the pair of countries
 * it serves ("về quan hệ Mỹ-Trung", "về Hợp tác Kinh tế Việt Nam – Italy", "về hợp tác song phương Việt Nam-Lào"); else -1.
 * A remit in sentence case is read only up to such a pair or country.
 */
function remitToCountriesEnd(toks: Token[], v: number): number {
  const k = v + 1;
  const capitalised = toks[k]?.gap === Gap.Space && toks[k].cap ? fieldsEnd(toks, k) : -1;
  const e = capitalised > 0 ? capitalised : remitAfterVeEnd(toks, k);
  const n = toks[e];
  if (e < 0 || !n || n.gap !== Gap.Space || !n.cap) return capitalised > 0 ? -1 : e;
  const c = matchAt(toks, e, COUNTRY_TABLE);
  if (!c) return gluedCountryPairEnd(toks, e);
  const after = toks[e + c.len];
  if (!after || (after.gap !== Gap.Dash && !after.cap && !after.num)) return e + c.len;
  // (a second country across the dash, then nothing more of a name)
  const second = after.gap === Gap.Dash && after.cap ? matchAt(toks, e + c.len, COUNTRY_TABLE) ?? matchAt(toks, e + c.len, PAIRED_COUNTRY_TABLE) : null;
  const close = second ? toks[e + c.len + second.len] : undefined;
  return second && (!close || close.gap !== Gap.Space || (!close.cap && !close.num)) ? e + c.len + second.len : -1;
}
/** Every written form of a country, folded ("hoa kỳ", "mỹ"). */
export const COUNTRY_FORMS_FOLDED: ReadonlySet<string> = new Set(COUNTRIES.flatMap((p) => p.forms).map(foldForMatch));
/** Countries and their paired short forms, folded, as a pair glued by a dash writes them ("Mỹ-Trung", "Nam-Lào"). */
const PAIR_COUNTRY_FORMS = new Set([...COUNTRY_FORMS_FOLDED, ...[...COUNTRY_NAMES, ...PAIRED_COUNTRY_SHORT_FORMS].map(foldForMatch)]);
/** At e, two countries glued by a dash in one token ("Mỹ-Trung") or its second ("Việt Nam-Lào"), closing the name: their end, or -1. */
function gluedCountryPairEnd(toks: Token[], e: number): number {
  const t = toks[e], n = toks[e + 1];
  const glued = t.f.indexOf('-') > 0 ? e : n && n.gap === Gap.Space && n.cap && n.f.indexOf('-') > 0 ? e + 1 : -1;
  if (glued < 0) return -1;
  const [a, b] = toks[glued].f.split('-', 2);
  const first = glued === e ? a : t.f + ' ' + a;
  const close = toks[glued + 1];
  return PAIR_COUNTRY_FORMS.has(first) && PAIR_COUNTRY_FORMS.has(b) && (!close || close.gap !== Gap.Space || (!close.cap && !close.num)) ? glued + 1 : -1;
}
/**
 * At k, a bilateral body's two countries after its lower-case kind, the first of them a short form or the pair glued
 * ("Ủy ban hợp tác Việt - Trung", "Ủy ban hợp tác Lào-Việt Nam", "Hội hữu nghị Việt-Nhật"): their end when nothing
 * capitalised follows, else -1. (A full first country and a spaced dash are read as any place is, then countryPairEnd.)
 */
function shortCountryPairEnd(toks: Token[], k: number): number {
  const t = toks[k], t1 = toks[k + 1];
  const g = t.f.indexOf('-') > 0 ? k : t1 && t1.gap === Gap.Space && t1.cap && t1.f.indexOf('-') > 0 ? k + 1 : -1;
  if (g >= 0) {
    const glued = gluedCountryPairEnd(toks, k);
    if (glued > 0) return glued;
    // ("Lào-Việt Nam", "Ấn Độ-Việt Nam": the second country's second word after the glued token)
    const [a, b] = toks[g].f.split('-', 2), n = toks[g + 1];
    if (!n || n.gap !== Gap.Space || !n.cap || !PAIR_COUNTRY_FORMS.has(g === k ? a : t.f + ' ' + a) || !PAIR_COUNTRY_FORMS.has(b + ' ' + n.f)) return -1;
    const close = toks[g + 2];
    return !close || close.gap !== Gap.Space || (!close.cap && !close.num) ? g + 2 : -1;
  }
  const first = matchAt(toks, k, PAIRED_COUNTRY_TABLE);
  const dash = first ? toks[k + first.len] : undefined;
  if (!first || !dash || dash.gap !== Gap.Dash || !dash.cap) return -1;
  const second = matchAt(toks, k + first.len, COUNTRY_TABLE) ?? matchAt(toks, k + first.len, PAIRED_COUNTRY_TABLE);
  if (!second) return -1;
  const e = k + first.len + second.len, close = toks[e];
  return !close || close.gap !== Gap.Space || (!close.cap && !close.num) ? e : -1;
}
/** The name ending at `end` ends in two countries glued by a dash ("Việt Nam-Cuba", "Việt-Lào"). */
function endsWithGluedCountryPair(toks: Token[], end: number): boolean {
  if (end < 2 || toks[end - 1].f.indexOf('-') <= 0) return false;
  return gluedCountryPairEnd(toks, end - 1) === end || gluedCountryPairEnd(toks, end - 2) === end;
}
/** End of capitalised fields from k ("Hợp tác Kinh tế", "Thương mại và Đầu tư"), or -1. */
function fieldsEnd(toks: Token[], k: number): number {
  let q = k;
  for (let items = 0; items < 4; items++) {
    const len = fieldLenAt(toks, q, null);
    if (!len) break;
    q += len;
    if (toks[q]?.w === VA_WORD && toks[q].gap === Gap.Space && toks[q + 1]?.cap) q++;
  }
  return q > k && toks[q - 1].w !== VA_WORD ? q : -1;
}
/** Fewer than fourteen tokens (up to thirteen) an intergovernmental committee's remit ("hợp tác kinh tế - thương mại và khoa học - kỹ thuật"). */
const JOINT_REMIT_MAX = 14;
/**
 * "Ủy ban liên Chính phủ Việt Nam - Belarus về hợp tác kinh tế-thương mại và khoa học kỹ thuật nhằm ...": after its countries,
 * an intergovernmental committee's remit from "về" at v, lower-case words joined by spaces, dashes or "và", closed by
 * punctuation, a stop word or what the body does; else -1.
 */
function jointCommitteeRemitEnd(toks: Token[], v: number): number {
  const k = v + 1;
  let q = k;
  for (; q < toks.length && q - k < JOINT_REMIT_MAX; q++) {
    const t = toks[q];
    if (t.cap || t.num || (t.gap !== Gap.Space && !(t.gap === Gap.Dash && q > k))) break;
    if (t.w === VA_WORD && q > k) continue;
    if (t.k & STOP_TABLE.bit && matchAt(toks, q, STOP_TABLE) && !matchAt(toks, q, REMIT_WORDS_TABLE)) break;
    if (isLevelAt(toks, q)) break;
  }
  if (q - k < 2 || q - k >= JOINT_REMIT_MAX || toks[q - 1].w === VA_WORD) return -1;
  const n = toks[q];
  return !n || (n.gap !== Gap.Space && n.gap !== Gap.Dash) || (!n.cap && !n.num && ((n.k & STOP_TABLE.bit && !!matchAt(toks, q, STOP_TABLE)) || !!matchAt(toks, q, BODY_ACTS_TABLE))) ? q : -1;
}
/** Departments named by their field, then "nhà nước" or "quốc gia", then the remit after "về" ("Cục Giám định nhà nước về công trình xây dựng"). */
const STATE_REMIT_HEADS = new Set(['Cục', 'Tổng cục']);
const VIEC_WORD = wordId('việc');
/** `end`, or the end of "<nhà nước|quốc gia> về <remit>" from `end` (or "về <remit>" after a capitalised qualifier), closed as nationalRemitEnd reads it. */
function stateRemitEnd(toks: Token[], end: number): number {
  const t = toks[end];
  if (!t || t.gap !== Gap.Space) return end;
  // (the qualifier in lower case after the field, or already read capitalised as the name's last words)
  const ve = !t.cap && matchAt(toks, end, NATIONAL_QUALIFIER_TABLE)?.len === 2 ? end + 2 : end;
  const v = toks[ve];
  // ("về việc ...": "about" a matter, no remit)
  if (!v || v.w !== VE_ID || v.gap !== Gap.Space || toks[ve + 1]?.w === VIEC_WORD) return end;
  const e = nationalRemitEnd(toks, ve);
  return e > 0 ? e : end;
}
/** Heads named by their field, whose field may be written as a list ("Cục Quốc tịch, hộ tịch và chứng thực"). */
const LISTED_FIELD_HEADS = new Set(['Cục', 'Tổng cục', 'Chi cục', 'Vụ', 'Hội đồng', 'Ủy ban', 'Hội', 'Hiệp hội', 'Bộ', 'Phòng', 'Ban', 'Tổ chức']);
/** Fewer than six syllables (up to five) an item of a listed field ("giám sát chất lượng", "tái định cư"). */
const LIST_ITEM_MAX = 6;
/**
 * End of one item of a listed field from s: lower-case syllables (capitals too when `cap`: "Rượu, Thuốc lá, Súng đạn và Chất nổ"),
 * opening with no stop word, body, place, level word or "các" ("Bộ Ngoại giao, quân đội và các cơ quan ...": a list of bodies); else -1.
 */
function listItemEnd(toks: Token[], s: number, cap: boolean): number {
  const t = toks[s];
  if (!t || t.num || t.acro || (t.cap && !cap) || NOT_REMIT_CLOSER_IDS.has(t.w) || isLevelAt(toks, s) || startsFamilyName(toks, s)) return -1;
  if ((t.k & PLACE_TABLE.bit && matchAt(toks, s, PLACE_TABLE)) || matchAt(toks, s, COUNTRY_TABLE)) return -1;
  // (a public body's head opens a list of bodies; "khoa học" is no faculty)
  if (t.k & ORG_TABLE.bit && matchAt(toks, s, ORG_TABLE)?.value.agency) return -1;
  const stop = t.k & STOP_TABLE.bit && !!matchAt(toks, s, STOP_TABLE) && !matchAt(toks, s, REMIT_WORDS_TABLE);
  let q = s + 1;
  for (; q < toks.length && q - s < LIST_ITEM_MAX; q++) {
    const w = toks[q];
    if (w.gap !== Gap.Space || w.w === VA_WORD || w.num || w.acro || (w.cap && !cap) || isLevelAt(toks, q)) break;
    // (the international body after the last item is its parent, no word of the item: "... và Văn hóa Liên hợp quốc")
    if (w.cap && internationalParentLen(toks, q)) break;
    if (w.k & STOP_TABLE.bit && matchAt(toks, q, STOP_TABLE)) break;
  }
  if (q - s >= LIST_ITEM_MAX) return -1;
  // ("hỗ trợ và tái định cư": a verb-like item only as a short item of the list itself, not "sẽ rà soát và ...")
  const n = toks[q];
  return !stop || (q - s <= 2 && !!n && (n.gap === Gap.Comma || (n.gap === Gap.Space && n.w === VA_WORD))) ? q : -1;
}
/** The list's close after its last item at q: punctuation, a capital or a stop word; its level and place read on; a country it serves read on; a paired last item ("và cứu hộ, cứu nạn (...)") read on; else -1. */
function listClosedAt(toks: Token[], q: number, cap: boolean, text: string): number {
  const n = toks[q];
  if (!n) return q;
  // ("tái định cư quận Đống Đa": the level and place the body serves)
  if (n.gap === Gap.Space && isLevelAt(toks, q)) {
    const placed = parseOrgAt(toks, q, { levelPlace: true, text });
    return placed && placed.agency ? placed.end : -1;
  }
  if (n.gap === Gap.Comma && !n.cap) {
    const e = listItemEnd(toks, q, cap);
    const c = e > 0 ? toks[e] : undefined;
    // ("bệnh vàng lùn, lùn xoắn lá lúa tái bộc phát": a list that runs on is no field)
    return e > 0 && (!c || c.gap === Gap.Paren || c.gap === Gap.Dash || c.gap === Gap.Break) ? e : (n.k & STOP_TABLE.bit && matchAt(toks, q, STOP_TABLE) ? q : -1);
  }
  if (n.gap !== Gap.Space) return q;
  // ("Tổ chức Giáo dục, Khoa học và Văn hóa (của) Liên hợp quốc": the international body whose organ it is reads on, as a country does)
  const parent = internationalParentLen(toks, q);
  if (parent) return q + parent;
  if (n.cap) {
    const c = matchAt(toks, q, COUNTRY_TABLE);
    return c ? q + c.len : q;
  }
  return n.k & STOP_TABLE.bit && matchAt(toks, q, STOP_TABLE) ? q : -1;
}
/** Length of an international parent body at q, "của" before it counted ("(của) Liên hợp quốc"); else 0. */
function internationalParentLen(toks: Token[], q: number): number {
  const of = toks[q]?.w === CUA_WORD && toks[q].gap === Gap.Space ? 1 : 0;
  const t = toks[q + of];
  if (!t || t.gap !== Gap.Space || !t.cap) return 0;
  const p = matchAt(toks, q + of, INTERNATIONAL_PARENT_TABLE);
  return p && !isNameWord(tokAt(toks, q + of + p.len)) ? of + p.len : 0;
}
/**
 * A field written as a list after the head: "Cục Giải quyết khiếu nại, tố cáo và thanh tra", "Hội đồng Bồi thường, hỗ trợ và tái
 * định cư", "Ủy ban Hợp tác giáo dục, khoa học và công nghệ". From the comma at `end`: one to four items, the last after "và",
 * closed as listClosedAt reads it; else `end`. Only a name of head and field (no place, country or acronym in it).
 */
function listedFieldEnd(toks: Token[], head: string, bodyStart: number, end: number, text: string): number {
  if (end - bodyStart > 4) return end;
  for (let q = bodyStart; q < end; q++) {
    const t = toks[q];
    if (t.acro || t.num || isLevelAt(toks, q) || (t.k & PLACE_TABLE.bit && matchAt(toks, q, PLACE_TABLE)) || matchAt(toks, q, COUNTRY_TABLE)) return end;
  }
  // (capital items only after a capitalised last field word: "Phòng chống Rượu, Thuốc lá"; not "Hội Nông dân, Phụ nữ và ...";
  // an organization's too, which the international body after its list closes: "Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc")
  const cap = toks[end - 1].cap || head === 'Tổ chức';
  let q = end;
  for (let items = 0; items < 4; items++) {
    const sep = toks[q];
    if (!sep) return end;
    const last = sep.gap === Gap.Space && sep.w === VA_WORD;
    if (!last && sep.gap !== Gap.Comma) return end;
    const s = last ? q + 1 : q;
    if (last && toks[s]?.gap !== Gap.Space) return end;
    const e = listItemEnd(toks, s, cap);
    if (e < 0) return end;
    q = e;
    if (!last) continue;
    const c = listClosedAt(toks, q, cap, text);
    // (a ministry's listed field only with the country it serves: "Bộ Giáo dục, văn hóa, ... và công nghệ Nhật Bản";
    // "Bộ Công Thương, Cờ thi đua và Bằng khen" names a complete ministry, then the list of the sentence)
    if (c > 0 && head === 'Bộ' && !(c > q && matchAt(toks, q, COUNTRY_TABLE))) return end;
    // (an organization's listed field only as an organ of an international body: the UN's "Tổ chức Giáo dục, Khoa học và Văn hóa")
    if (c > 0 && head === 'Tổ chức' && !(c > q && internationalParentLen(toks, q))) return end;
    return c > 0 ? c : end;
  }
  return end;
}
const BODY_ACTS_TABLE = rareTable(['đã', 'đang', 'sẽ', 'vừa', 'cũng', 'họp', 'thành lập', 'tổ chức', 'cho biết', 'yêu cầu', 'chỉ đạo', 'đề nghị', 'kiểm tra', 'ban hành', 'công bố', 'quyết định', 'thông báo', 'kết luận']);
/** Words of a name whose later syllables would end it on their own ("do", "chức", "cán bộ", "đô" after a place-like "Thủ"). */
// ("Sư đoàn Phòng không 367": air defence, whose "không" would end a name as "not")
// (fields whose second syllable is a function word or verb: "Phòng Việc làm", "Cục Nhà ở", "Vụ Người có công")
const STOP_COMPOUND_TABLE = rareTable(['phòng không', 'phòng không không quân', 'đăng ký', 'bầu cử', 'việc làm', 'đổi mới', 'người có công', 'nhà ở', 'ngoại giao', 'hàng không', 'hậu cần', 'gìn giữ', 'thủ đô', 'tự do', 'tổ chức', 'tổ chức cán bộ', 'tổ chức và cán bộ', 'tổ chức hành chính', 'công chức',
  // ("Cục Nhà giáo và Cán bộ quản lý giáo dục": managers, whose "quản lý" alone would end the name)
  'cán bộ quản lý',
  // ("đảng Độc lập Anh", "Ban Quản lý các trường Dân lập": independent, non-public, whose "lập" alone is to set up)
  'độc lập', 'công lập', 'dân lập',
  // ("Hội đồng Thi đua khen thưởng Trung ương", "Ban Thi đua khen thưởng tỉnh X": emulation and reward, whose "khen" alone is
  // to praise; only after "thi đua", so "Bộ Công an khen thưởng ..." still ends at the verb)
  'thi đua khen thưởng',
  // ("Hội Hồi sức cấp cứu và Chống độc Việt Nam", "Trung tâm Hồi sức cấp cứu": resuscitation and emergency care, whose "cấp" alone
  // is a level or to grant; only after "hồi sức", so "... cấp cứu" as a verb after another name still ends it)
  'hồi sức cấp cứu',
  // ("Cục Xuất bản", "Vụ Trang thiết bị và Công trình y tế", "Văn phòng Thường trực Ban Chỉ đạo ...": a level word, a passive, a duty)
  'xuất bản', 'trang thiết bị', 'thiết bị', 'thường trực', 'công trình',
  // ("Ủy ban Khẩn cấp", "Hội đồng Nghiệm thu Nhà nước", "Cục Đăng kiểm", "Kiểm nghiệm an toàn": nouns whose one syllable alone is a stop word)
  ...STOP_SYLLABLE_NOUNS, ...WHOLE_SYLLABLE_FIELD_COMPOUNDS]);
const WHOLE_FIELD_IDS = new Set(WHOLE_SYLLABLE_FIELDS.map(wordId));
/** Associations and federations, named after the kind of their members. */
export const ASSOCIATION_HEADS = new Set(['Hội', 'Hiệp hội', 'Liên minh', 'Liên hiệp', 'Liên đoàn']);
const MEMBER_KIND_HEADS = new Set(['Hợp tác xã', 'Doanh nghiệp', 'Ngân hàng', 'Bệnh viện', 'BV']);
const MEMBER_KIND_TAIL_TABLE = rareTable(MEMBER_KIND_TAILS);
/** Trade unions: a firm's union is a body of its own ("Công đoàn Công ty X", "Công đoàn Tổng công ty Y"), not the firm. */
const UNION_HEADS = new Set(['Công đoàn', 'Công đoàn các', 'Công đoàn ngành', 'Công đoàn Ngành']);
/** A party committee or cell named by the hospital, school or firm it sits in is a party body ("Đảng ủy Bệnh viện Đa khoa huyện X"). */
const PARTY_UNIT_HEADS = new Set(['Đảng ủy', 'Đảng bộ', 'Chi bộ']);
interface BodyRead { end: number; anchors: number; placeAnchors: number; nonAgency: boolean }
/** A body read: every one has the same shape (an optional field would give two maps and deopt the readers). */
function bodyRead(end: number, anchors: number, placeAnchors: number, nonAgency: boolean): BodyRead {
  return { end, anchors, placeAnchors, nonAgency };
}
/**
 * "Bộ Tài chính chuyển 385 tỷ", "Cục QLĐB tước 77 giấy phép", "Bộ GD-ĐT khoảng 2 ...": a number after one lower-case word that
 * completes no capitalised syllable before it (an acronym, a sector read whole) is a count after a verb, not the name's
 * number ("Tiểu đoàn Phòng hóa 78", "Đồn Biên phòng 42": the word completes its syllable; "phường 12", "vùng 1": numbered).
 */
function countAfterVerb(toks: Token[], k: number, pendingLower: number, prevWasLevel: boolean, lastAnchorCompletes: boolean): boolean {
  return pendingLower === 1 && !prevWasLevel && !lastAnchorCompletes && !NUMBERING_WORDS.has(toks[k - 1].f) && toks[k - 1].gap === Gap.Space;
}
/** Words that number a unit inside its name ("Bộ Tư lệnh Hải quân vùng 1", "Chi cục KDTV vùng 1 Hải Phòng", "Đội CSGT số 3"). */
const NUMBERING_WORDS = new Set(['số', 'vùng', 'khu', 'cụm', 'tổ']);
/** ("cúp Liên đoàn 2016/2017", "Luật Bảo hiểm xã hội 2014": a year right after a head is a cup's season or a law's, no body's name.) */
function yearOnlyName(t: Token): boolean {
  if (t.e - t.s !== 4) return false;
  const f = t.f;
  return (f.startsWith('19') || f.startsWith('20')) && f.charCodeAt(2) >= 48 && f.charCodeAt(2) <= 57;
}
const PHU_REMIT_ID = wordId('phụ'), TRACH_REMIT_ID = wordId('trách');
/** "phụ trách" at k: a unit's charge ("in charge of"), which ends its name. */
function inChargeAt(toks: Token[], k: number): boolean {
  const n = toks[k + 1];
  return n !== undefined && n.w === TRACH_REMIT_ID && n.gap === Gap.Space;
}
const SHRINE_KIND_IDS = new Set(['đền', 'chùa', 'đình', 'miếu', 'lăng'].map(wordId));
function parseBody(toks: Token[], j: number, head: OrgHead | null, title: boolean, text = ''): BodyRead {
  const placeOnly = head?.needs === 'place';
  let k = j;
  let lastEnd = j;
  let anchors = 0;
  let placeAnchors = 0;
  let pendingLower = 0;
  let lastAnchorCompletes = false; // a single capitalised syllable that its next syllable may complete
  let prevWasCap = false;
  let lastWasPlace = false;
  let prevWasLevel = false;
  let nonAgency = false; // the body names a school or company ("phòng Đào tạo Trường ĐH ...")
  // token index right after the last level word read ("CAQ", "CATP" hold their level word)
  // ("Đảng ủy xã Đồng Lương": a head that ends with its level word reads the unit's name as after a level word)
  let levelEnds = head && head.head.length > 2 && (POLICE_SHORT_HEADS.has(head.head) || LEVEL_ENDING_HEADS.has(head.head)) ? j : -1;
  const isSo = head?.head === 'Sở';
  // A ministry or department's sector may run over commas and "và".
  const sector = toks[k] && toks[k].gap === Gap.Space && toks[k].cap && !placeOnly ? matchAt(toks, k, SECTOR_TABLE, true) : null;
  if (sector) {
    k += sector.len;
    lastEnd = k;
    if (!isSo) anchors++;
  }
  // end of a ministry's sector: no number follows one in its name ("Bộ Quốc phòng 2 nước", "Bộ Quốc phòng 2016")
  let ministryEnd = sector && head?.head === 'Bộ' ? k : -1;
  if (head?.head === 'Đảng' && toks[k]?.gap === Gap.Space) {
    const d = matchAt(toks, k, PARTY_DESCRIPTOR_TABLE);
    if (d) k += d.len;
  }
  let lastPlaceIsCountry = false;
  let selfBodyEnd = -1; // end of a body named in itself read inside the name ("Chính phủ")
  let placedAfterLevel = false; // a unit was named after its level word ("huyện Hóc Môn")
  let personNamedUnitEnd = -1; // end of a ward named after a person in full ("phường Phạm Đình Hổ")
  let closedAt = -1; // end of a name read whole up to its closer (two sentence-case fields)
  while (k < toks.length && k - j < 18) {
    const t = toks[k];
    prevWasLevel = levelEnds === k;
    // "TP. HCM": the city abbreviation written with a space before the name
    const afterTpDot = ((prevWasLevel || (k === j && toks[k - 1]?.f === 'catp')) && t.gap === Gap.Break && (toks[k - 1].f === 'tp' || toks[k - 1].f === 'catp') && text.slice(toks[k - 1].e, t.s) === '. ' && (t.acro || !!matchAt(toks, k, PLACE_TABLE)))
      // ("Công an Q. Gò Vấp", "Công an TP. Pleiku": an abbreviated level, a full stop and a space, then the unit's name)
      || (prevWasLevel && k > j && dottedLevelAt(toks, k - 1, text));
    // "Q. Gò Vấp", "H. Bình Chánh": a one-letter level word is read as a level only with its full stop
    if (!prevWasLevel && t.gap === Gap.Space && t.cap && t.w !== TP_WORD && dottedLevelAt(toks, k, text)) { k++; pendingLower++; levelEnds = k; continue; }
    // "Bộ Năng lượng và Mỏ", "Ủy ban Văn hóa Giáo dục Thanh niên, Thiếu niên và Nhi đồng": fields listed inside one name
    // (not after a body that is a name in itself: "Thanh tra Chính phủ và Kế hoạch thanh tra ...")
    if ((t.gap === Gap.Comma || (t.w === VA_WORD && t.gap === Gap.Space)) && (anchors > 0 || sector) && !lastWasPlace && !(selfBodyEnd === k) && pendingLower <= 2 && head?.needs === 'name' && k > j) {
      const e = Math.max(coordinatedFieldsEnd(toks, k, head), lowerFieldsEnd(toks, k, head, !!sector && k === j + sector.len));
      if (e > 0) { k = e; lastEnd = e; anchors++; pendingLower = 0; lastAnchorCompletes = false; prevWasCap = false; continue; }
    }
    // "Đội CSĐT tổng hợp Công an quận 9": a unit's name closes with the police force it belongs to
    // ("Phòng Cảnh sát kinh tế-Công an tỉnh Tây Ninh": or after a bare dash, no chain cut)
    if (t.k & ORG_TABLE.bit && t.cap && (t.gap === Gap.Space || (t.gap === Gap.Dash && t.s === toks[k - 1].e + 1)) && anchors > 0 && pendingLower <= 3 && head && FORCE_UNIT_HEADS.has(head.head)) {
      const o = matchAt(toks, k, ORG_TABLE);
      const force = o && PARENT_FORCE_HEADS.has(o.value.head) && o.value.needs === 'place' ? parseOrgAt(toks, k, { text }) : null;
      if (force && force.agency) { k = force.end; lastEnd = k; anchors++; placeAnchors++; lastWasPlace = true; lastAnchorCompletes = false; break; }
    }
    if (t.gap !== Gap.Space && !afterTpDot && !joinedInsideName(toks, k, text)) {
      // ("Hội Hồi sức - cấp cứu và chống độc Việt Nam": an association's second field in lower case, closed by its country)
      const e = anchors > 0 && !lastWasPlace ? associationDashedFieldEnd(toks, k, head) : -1;
      if (e > 0) { k = e; lastEnd = e; anchors++; placeAnchors++; lastWasPlace = true; break; }
      // A dash between two capitalised parts is inside a name (Huyết học – Truyền máu); before a body head it is a chain.
      // ("Kinh tế - Xã hội": a field after the dash even if its word opens sentences elsewhere)
      // ("Hội đồng Kinh doanh ASEAN – Hoa Kỳ": an international body and a country paired across the dash)
      // ("Hội đồng Nga - NATO", "Hội đồng Doanh nghiệp Hoa Kỳ - ASEAN": a country and an international body paired across the dash)
      const countryBody = t.gap === Gap.Dash && lastPlaceIsCountry && k === lastEnd && head !== null && BILATERAL_HEADS.has(head.head) && countryBodyPairEnd(toks, k) > 0;
      if (!countryBody && !(t.gap === Gap.Dash && anchors > 0 && t.cap && !t.acro && (!toks[k - 1].acro || bodyCountryPairAt(toks, k)) && (!isNotNameWord(t) || fieldLenAt(toks, k, head) > 0) && !matchAt(toks, k, ORG_TABLE))) break;
      if (countryBody) { k = countryBodyPairEnd(toks, k); lastEnd = k; anchors++; break; }
      // ("Công an tỉnh Lạng Sơn - Nơi tài xế phản ánh": after a name closed by its place, a dash goes on only to another place)
      // ("Hội Hữu nghị Nga - Việt": a country's one-syllable short form, closing the name, pairs with the country before)
      if (lastWasPlace && k === lastEnd && !matchAt(toks, k, PLACE_TABLE) && !(lastPlaceIsCountry && t.gap === Gap.Dash && head !== null && BILATERAL_HEADS.has(head.head) && pairedCountryClosesAt(toks, k, text))) break;
    }
    if (t.cap || t.acro || t.num) {
      if (k === j && t.num && yearOnlyName(t)) return bodyRead(j, 0, 0, false);
      // ("Bộ Công an tham mưu Đảng", "Bộ Tài chính tổng hợp Dự án": after a ministry named whole by its sector or acronym, lower-case
      // words before a capital are its predicate and object; the state it belongs to goes on, "Bộ Y tế bang Aragua", "Bộ Y tế
      // công cộng Thái Lan")
      if (k > lastEnd && lastEnd === ministryEnd && levelEnds <= lastEnd && predicateAfterMinistry(toks, lastEnd, k)) break;
      // ("Đảng Những người Cộng hòa": a name that opens "Những người" and a capital; "những người" alone are its members)
      // (a plural "Những" otherwise opens no name: "Đảng Những người này")
      if (k === j && t.w === NHUNG_WORD) {
        if (!(isLowerWordAt(toks, k + 1) && toks[k + 1].w === NGUOI_WORD && toks[k + 2]?.gap === Gap.Space && toks[k + 2].cap)) break;
        k += 2; lastEnd = k; anchors++; continue;
      }
      // ("Công an Điện Biên Theo hồ sơ", "Bộ Công Thương Các doanh nghiệp": a clause's opener after a lost full stop)
      // (right after a word the name has read: a lower-case tail before the opener stays read as before)
      if (k > j && k === lastEnd && anchors > 0 && t.cap && !t.acro && t.gap === Gap.Space && CLAUSE_OPENER_IDS.has(t.w) && isLowerWordAt(toks, k + 1)) break;
      if (k > j && (anchors > 0 || prevWasLevel) && t.cap && CONNECTIVE_FIRST_IDS.has(t.w) && opensNextSentence(toks, k)) break;
      // ("Bộ Y tế  Thông tư quy định", "Tổng cục Thủy lợi  Quyết định 25": a legal document's head after a name opens the next sentence)
      if (k > j && (k === lastEnd || (k === lastEnd + 1 && lastAnchorCompletes)) && anchors > 0 && t.cap && !t.acro && t.gap === Gap.Space && DOCUMENT_FIRST_IDS.has(t.w) && matchAt(toks, k, DOCUMENT_HEAD_TABLE)) break;
      // ("Công an TPHCM Theo Thanh Minh", "UBND tỉnh Yên Bái Ông Đỗ Đức Duy": a credit or a person's sentence after a name
      // closed by its acronym or place; not inside a place read word by word, "quận Hai Bà Trưng")
      if (k > j && k === lastEnd && t.cap && !t.acro && t.gap === Gap.Space && SENTENCE_OPENER_IDS.has(t.w) && (lastWasPlace || toks[k - 1].acro) && !placeRunsOn(toks, k)) break;
      // ("Đoàn LS tỉnh Bình Thuận Không nên ...", "UBND tỉnh Gia Lai Kpă Thuyên": a province's name is whole; a capital after it is the next sentence or a person)
      if (k > j && k === lastEnd && lastWasPlace && !lastPlaceIsCountry && t.cap && !t.acro && !t.num && t.gap === Gap.Space && strayAfterProvince(toks, k)) break;
      // "Bộ Ngoại giao Trung Quốc Cảnh Sảng": a body ends at its country; a short capitalised run after it is a person
      if (lastWasPlace && lastPlaceIsCountry && k === lastEnd && personAfterCountry(toks, k)) break;
      // ("Bộ Quốc phòng Mỹ Hãng Sputnik dẫn": a caption's next sentence after the country)
      if (lastWasPlace && lastPlaceIsCountry && k === lastEnd && isNotNameWord(t) && !matchAt(toks, k, ORG_TABLE)) break;
      // ("Cục Điều tra Liên bang Mỹ Comey": a foreign surname alone after the country)
      // ("Bộ Ngoại giao Belarus Rybakov, Đại sứ ...": or closing the clause)
      if (lastWasPlace && lastPlaceIsCountry && k === lastEnd && isForeignNameWord(text, t) && (!toks[k + 1] || !toks[k + 1].cap || toks[k + 1].gap !== Gap.Space) && !matchAt(toks, k, PLACE_TABLE)) break;
      // ("đảng Cộng hòa Trump đánh bại": a foreign surname after a party's Vietnamese name is its candidate)
      if (head === PARTY_HEAD && anchors > 0 && isForeignNameWord(text, t) && !isForeignNameWord(text, toks[k - 1]) && !matchAt(toks, k, PLACE_TABLE)) break;
      // ("huyện Cô Tô", "xã Ông Đình": right after a level word an honorific is the place's first syllable)
      // ("Tỉnh ủy Bà Rịa - Vũng Tàu": a province whose first word is an honorific)
      // ("Bộ Quốc phòng Anh đã", "Hội Văn học Hoàng gia Anh,": a capitalised "Anh" with no name after it is Britain)
      if (t.k & HONORIFIC_TABLE.bit && !prevWasLevel && (t.gap !== Gap.Space || !toks[k - 1]?.cap) && matchAt(toks, k, HONORIFIC_TABLE) && !(t.cap && (matchAt(toks, k, PROVINCE_TABLE)?.len ?? 0) > 1) && !(k > j && countryNotHonorificAt(toks, k, text))) break;
      // a foreign person after the name: "Cơ quan ... Iran Ali Akbar Salehi"
      // ("Cơ quan Tình báo quốc gia Dan Coats": one unaccented word of the pair is enough); a company may
      // bear a foreign brand after a lower-case word ("Công ty luật McGuire Woods")
      // (not right after a level word: "huyện Ia Grai" is a place)
      // ("Công ty Du lịch Liên Bang Travel": after a capital a business name needs two foreign words to end)
      // ("Thứ trưởng Bộ NN&PTNT VŨ VĂN TÁM", "Chủ tịch UBND TP Đà Nẵng HUỲNH ĐỨC THƠ": a holder's name in capitals, as signed
      // under an interview, after a body written in mixed case or closed by its acronym)
      if (k > j && t.acro && capsPersonAfterBody(toks, k)) break;
      if (k > j && !prevWasLevel && startsForeignPerson(text, toks, k) && (head?.agency !== false || (toks[k - 1].cap && isForeignNameWord(text, t) && isForeignNameWord(text, toks[k + 1])))) break;
      // ("thị xã Ba Đồn", "xã Trạm Tấu": a school or post word inside a unit's name after its level is the place)
      const inPlaceName = prevWasLevel || (placedAfterLevel && k === lastEnd && toks[k - 1].cap && !toks[k - 1].acro);
      // ("Cơ quan Báo chí Điện Kremlin": the press office's "Báo chí" is no newspaper)
      // ("Liên minh Hợp tác xã Việt Nam", "Hiệp hội Doanh nghiệp TP.HCM": an association's members are no parent business;
      // the name goes on with a capital, else "Hiệp hội Doanh nghiệp đầu tư nước ngoài" would be cut short)
      // ("Văn phòng Kinh tế và Văn hóa Đài Bắc": a place's first word may be a broadcaster's head)
      // ("Đảng ủy Bệnh viện X", "Công đoàn Công ty Y": a party committee's or union's own unit right after its head keeps it public)
      // ("Vụ Giáo dục ĐH", "phòng Quản lý đào tạo ĐH": "ĐH" with no name after it is the remit's "đại học", no university)
      if (t.k & ORG_TABLE.bit && !inPlaceName && !(t.w === DH_ID && !isNameWord(tokAt(toks, k + 1)))) { const o = matchAt(toks, k, ORG_TABLE); if (o && !o.value.agency && !matchAt(toks, k, NOT_A_HEAD_TABLE) && !scienceOfAssociation(toks, j, k, head) && !matchAt(toks, k, PLACE_TABLE) && !educationLevelAt(toks, k, o) && !(k === j && head && ASSOCIATION_HEADS.has(head.head) && MEMBER_KIND_HEADS.has(o.value.head) && toks[k + o.len]?.gap === Gap.Space && (toks[k + o.len].cap || !!matchAt(toks, k + o.len, PLACE_TABLE) || !!matchAt(toks, k + o.len, MEMBER_KIND_TAIL_TABLE))) && !(k === j && head && (UNION_HEADS.has(head.head) || PARTY_UNIT_HEADS.has(head.head)))) nonAgency = true; }
      // A family name opens a person, except a two-word place after a level word ("quận Hoàng Mai").
      // Wards are named after people ("phường Phạm Đình Hổ"); "UBND TP Nguyễn Đức Chung" is a mayor.
      if (prevWasLevel && toks[k - 1].w === PHUONG_ID && isNameWord(tokAt(toks, k + 1)) && isNameWord(tokAt(toks, k + 2)) && !isNameWord(tokAt(toks, k + 3))) personNamedUnitEnd = k + 3;
      // ("quận Nam Từ Liêm": a family name as the second word of a three-word unit closes the place)
      // ("xã Bình Châu Nguyễn Quang Trung": or before a person's full name)
      const placeSecondWord = levelEnds === k - 1 && isNameWord(toks[k - 1]) && ((!isNameWord(tokAt(toks, k + 2)) && !isNotNameWord(tokAt(toks, k + 1))) || (startsFamilyName(toks, k + 1) && !MIDDLE_NAME_IDS.has(toks[k + 1].w)) || familyWordBeforeOpener(toks, k));
      // ("Cát Linh - Hà Đông": two words after a dash inside a name are its other end, not a person)
      const pairEnd = t.gap === Gap.Dash && !isNameWord(tokAt(toks, k + 2));
      // ("huyện Trần Văn Thời", "Huyện ủy Hoàng Su Phì": a district named after a person, right after its level or its party committee)
      if ((prevWasLevel || (k === j && head?.needs === 'place')) && k >= personNamedUnitEnd && isFamilyWord(t)) {
        // ("Công an Thạch Hà phát hiện", "Công an Hà Đông": a two-word district right after its body's head, no name after it)
        // (not after "TTGT", a team's remit before its district: "Đội TTGT Ninh Kiều")
        const district = matchAt(toks, k, FAMILY_NAMED_DISTRICT_TABLE) ?? (head?.head === 'TTGT' ? null : prevWasLevel ? districtBeforePersonAt(toks, k) : twoWordDistrictAt(toks, k));
        if (district) personNamedUnitEnd = k + district.len;
      }
      if (!t.num && k >= personNamedUnitEnd && !placeSecondWord && !pairEnd && startsFamilyName(toks, k) && !(prevWasLevel && !isNameWord(tokAt(toks, k + 2))) && !matchAt(toks, k, PLACE_TABLE)) {
        // a company may bear a person-like name ("Công ty Hoàng Gia"); a public body may not
        if (k === j) { if (head?.agency !== false) return bodyRead(j, 0, 0, false); }
        // ("Cty TNHH MTV Nam Triệu Bùi Hữu Hùng": after a capitalised word of a firm's name, not a place, a family name
        // whose next word opens a full three-word name ends the firm's name)
        else if (!(head?.agency === false && toks[k - 1].cap && !lastWasPlace && startsThreeWordName(toks, k + 1))) break;
      }
      if (matchAt(toks, k, RANK_TABLE)) break;
      const post = matchAt(toks, k, POSITION_TABLE);
      if (post) {
        // "Văn phòng Tổng thống Ukraine": the office of a head of state or government is named after the post
        // ("Hội đồng Tham mưu trưởng Liên quân": the joint chiefs, a council named after its members' post)
        if (k === j && head !== null && bodyNamedAfterPost(toks, k, post.len, head)) {
          k += post.len; lastEnd = k; anchors++; pendingLower = 0; lastAnchorCompletes = false; prevWasCap = true; lastWasPlace = false; continue;
        }
        break;
      }
      // "Ảnh", "Theo" after a name start a new sentence; "Bà" after "quận Hai" is part of a place.
      // ("tỉnh Bà Rịa - Vũng Tàu": after a level word such a word may open the unit's name)
      // ("Tổ chức Nghiên cứu Phát triển Quốc phòng": a field such a word opens, after a dash or a space, goes on with the name)
      // ("Hội đồng An ninh Quốc gia Tối cao Iran": so does a name's own word that such a word opens, "Tối cao", "Dự phòng")
      if (isNotNameWord(t) && !matchAt(toks, k, ORG_TABLE) && k > j && !toks[k - 1].cap && !matchAt(toks, k, STOP_LED_NAME_WORDS_TABLE) && !(prevWasLevel && matchAt(toks, k, PLACE_TABLE)) && !provinceOpenedByNotNameWord(toks, k) && !((t.gap === Gap.Dash || t.gap === Gap.Space) && fieldLenAt(toks, k, head) > 0)) break;
      // "UBND xã Hải Yến Ngày 24-6, ...": a caption glued to the next sentence's date, even after a capital
      if (k > j && isNotNameWord(t) && isDatedDayPart(toks, k)) break;
      // ("Chi cục Hải quan cửa khẩu cảng Sài Gòn khu vực 1", "... khu vực I": a branch's numbered area right after its place closes the name)
      if (lastWasPlace && prevWasLevel && areaNumberAt(toks, k, lastEnd)) { k++; lastEnd = k; anchors++; break; }
      if (t.num && lastWasPlace) break;
      // "Bộ Công an đồng loạt khám xét 6": a number after lower-case words is a count, not the name
      if (t.num && pendingLower > 1 && toks[k - 1].f !== 'số') break;
      if (t.num && (k === ministryEnd || countAfterVerb(toks, k, pendingLower, prevWasLevel, lastAnchorCompletes))) break;
      // "Công an huyện Hóc Môn TP.HCM": a province written after a named unit is where it is, not its name
      if (placedAfterLevel && !prevWasLevel && k >= personNamedUnitEnd && pendingLower === 0 && k === lastEnd && ((matchAt(toks, k, PROVINCE_TABLE)?.len ?? 0) > 1 || (t.acro && t.f.startsWith('tp') && t.f.length > 3))) break;
      // "Cao ủy Liên hợp quốc": a body that is a name in itself is one anchor
      if (t.k & ORG_TABLE.bit) {
        const o = matchAt(toks, k, ORG_TABLE);
        // "Cơ quan CSĐT Bộ Công an", "Thanh tra Bộ Văn hóa, Thể thao và Du lịch": a ministry inside the name
        const sec = o && o.value.needs === 'name' && toks[k + o.len]?.gap === Gap.Space ? matchAt(toks, k + o.len, SECTOR_TABLE, true) : null;
        if (o && sec) { k += o.len + sec.len; if (o.value.head === 'Bộ') ministryEnd = k; lastEnd = k; anchors++; pendingLower = 0; lastAnchorCompletes = false; prevWasCap = true; lastWasPlace = false; continue; }
        // "Văn phòng Đoàn ĐB Quốc hội TP": a delegation inside the name, whose "ĐB" is no post ending it
        if (o && o.len > 1 && DELEGATION_HEADS.has(o.value.head)) { k += o.len; lastEnd = k; anchors++; pendingLower = 0; lastAnchorCompletes = false; prevWasCap = true; lastWasPlace = false; continue; }
        // ("Vùng 2 Hải quân", "Vùng Cảnh sát biển 1": a service's words are one anchor too)
        if (o && (o.value.needs === 'self' && o.len > 1 || pendingLower === 0 && (o.value.needs === 'country' && o.len > 1
          || o.value.needs === 'name' && o.len > 2 && (toks[k + o.len]?.num || !!matchAt(toks, k + o.len, PLACE_TABLE))))) {
          // ("Liên minh Nghị viện Thế giới": a capital after a service's words may still be completed)
          if (o.value.needs !== 'self') { k += o.len; lastEnd = k; anchors++; pendingLower = 0; lastAnchorCompletes = false; prevWasCap = false; lastWasPlace = false; continue; } k += o.len; lastEnd = k; selfBodyEnd = k; anchors++; pendingLower = 0; lastAnchorCompletes = false; prevWasCap = true; lastWasPlace = false; continue; }
      }
      if (prevWasLevel) placedAfterLevel = true;
      // (a unit's five-word remit may still precede its force: "Phòng Quản lý xuất nhập cảnh Công an Hà Nội")
      if (pendingLower >= 4) { const o = matchAt(toks, k, ORG_TABLE); if (o && !(pendingLower <= 5 && PARENT_FORCE_HEADS.has(o.value.head))) break; }
      const lvl = isLevelAt(toks, k);
      if (lvl && t.f === 'trung' && !placeOnly) {
        // "Trung ương" closes a name (Ban Tuyên giáo Trung ương) but is no place.
        anchors++; k += lvl; lastEnd = k; pendingLower = 0; lastAnchorCompletes = false; prevWasCap = true;
        continue;
      }
      // ("Cục Bản quyền tác giả": a capitalised "Bản" before a lower-case word is no village)
      // ("Ban Kinh tế - Xã hội": nor "Xã" before a lower-case word)
      if (lvl && !t.acro && !((t.w === BAN_VILLAGE_ID || t.w === XA_LEVEL_ID) && toks[k + 1]?.gap === Gap.Space && !toks[k + 1].cap && !toks[k + 1].num)) { k += lvl; pendingLower += lvl; levelEnds = k; continue; }
      if (lvl && t.f === 'tp') { k += 1; pendingLower++; levelEnds = k; continue; }
      // ("Cơ quan Hải dương Quốc gia": a province's last syllable is capitalised; "Hải dương" is the ocean, not the province)
      const placeAt = matchAt(toks, k, WORD_NOT_COUNTRY_TABLE) ? null : matchAt(toks, k, PLACE_TABLE);
      // ("Công an tỉnh Hòa bình": right after its level word a province is read with a syllable mistyped in lower case)
      const place = placeAt && (toks[k + placeAt.len - 1].cap || toks[k + placeAt.len - 1].num || prevWasLevel || lenOrNone(matchAt(toks, k, PROVINCE_TABLE)) !== placeAt.len) ? placeAt : null;
      // ("Bộ Tư lệnh Thái Bình Dương Mỹ", "Hạm đội Ấn Độ Dương": an ocean holding a place's name is part of the name, no place that ends it)
      const ocean = place && !prevWasLevel ? matchAt(toks, k, OCEAN_TABLE) : null;
      if (ocean) { k += ocean.len; lastEnd = k; anchors++; pendingLower = 0; lastAnchorCompletes = false; prevWasCap = true; lastWasPlace = false; continue; }
      if (place) {
        lastPlaceIsCountry = !!matchAt(toks, k, COUNTRY_TABLE);
        k += place.len;
        lastEnd = k;
        anchors++;
        placeAnchors++;
        pendingLower = 0;
        lastAnchorCompletes = false;
        prevWasCap = true;
        lastWasPlace = true;
        continue;
      }
      anchors++;
      lastWasPlace = false;
      // ("quận 1", "phường 12": a numbered unit after its level word is a place)
      // ("BHXH Bộ LĐ-TB&XH": a ministry after a body is its parent, not its place)
      const ministry = !prevWasLevel && t.k & ORG_TABLE.bit && MINISTRY_HEADS.has(matchAt(toks, k, ORG_TABLE)?.value.head ?? '');
      if (!ministry && namesPlace(toks, k, prevWasLevel)) placeAnchors++;
      k++;
      lastEnd = k;
      // "Đội CSHS CAQ Hoàng Mai": the short police head holds a level word, a place follows it
      if (t.acro && (t.w === CAT_ID || t.w === CATP_ID || t.w === CAQ_ID || t.w === CAH_ID || t.w === CAP_ID)) levelEnds = k;
      // ("Cục I thanh tra", "châu Á cam kết": a one-letter number or vowel is no syllable that the next word completes; "Y tế" is)
      // ("đảng MoDem sử dụng", "đảng Podemos khó": nor is a foreign word, which no Vietnamese syllable completes)
      // ("Ban Quản lý Di tích đền Trần chốt tại": a shrine's name after its lower-case kind is whole, no syllable completes it)
      lastAnchorCompletes = t.cap && !t.acro && !prevWasCap && (t.e - t.s > 1 || t.f === 'y') && !isForeignNameWord(text, t) && !WHOLE_FIELD_IDS.has(t.w) && !SHRINE_KIND_IDS.has(toks[k - 2]?.w ?? -1);
      prevWasCap = !t.acro;
      pendingLower = 0;
      if (k === j + 1 && t.acro && head?.head === 'Bộ') ministryEnd = k;
      continue;
    }
    // lower-case word
    // ("Vụ Pháp chế thay mặt Bộ Y tế", "Văn phòng Thành ủy tham mưu": a predicate's verb right after a name read whole ends it)
    if (anchors > 0 && (lastAnchorCompletes ? k === lastEnd + 1 : k === lastEnd) && bodyPredicateAt(toks, k)) break;
    // ("Đảng bộ quận khóa V", "Hội Hữu nghị Việt Nam-Cuba khóa 4": a party body's or association's term closes its name; a
    // legislature's delegation keeps it, "Đoàn Đại biểu Quốc hội khóa XIV đơn vị thành phố Đà Nẵng")
    if (t.w === TERM_WORD_ID && head !== null && (PARTY_UNIT_HEADS.has(head.head) || ASSOCIATION_HEADS.has(head.head)) && termNumberAt(toks, k + 1)) break;
    // "Cục Nhà giáo và Cán bộ quản lý...", "Phòng Tổ chức và Cán bộ": a department of two capitalised fields
    if (t.w === VA_WORD && (joinsSecondField(toks, k, head, anchors, pendingLower, lastWasPlace) || (head?.needs === 'name' && pendingLower === 0 && k === lastEnd && joinsAcronyms(toks, k)))) { k++; pendingLower++; prevWasCap = false; continue; }
    // "Trung tâm Dự báo nguồn nhân lực và Thông tin thị trường lao động cho biết": two fields in sentence case, closed as a whole
    // ("Ủy ban Chứng khoán và Hối đoái Mỹ": one lower-case syllable is enough when the second field is closed as a whole)
    if (t.w === VA_WORD && (pendingLower >= 1 || (k === lastEnd && anchors >= 2)) && pendingLower <= 5 && anchors > 0 && !lastWasPlace && head !== null && SECOND_FIELD_HEADS.has(head.head)) {
      const e = secondSentenceCaseFieldEnd(toks, k, text);
      if (e > 0) { closedAt = e; break; }
    }
    // "Liên minh Tự do Dân sự Mỹ", "Vụ Tổ chức cán bộ": a capitalised syllable completed by words that alone would end a name
    if (k === lastEnd && k > j && toks[k - 1].cap && !toks[k - 1].acro) {
      const c = matchAt(toks, k - 1, STOP_COMPOUND_TABLE);
      if (c) { k += c.len - 1; lastEnd = k; lastAnchorCompletes = false; prevWasCap = false; pendingLower = 0; lastWasPlace = false; continue; }
    }
    // ("Văn phòng Công tố tối cao Hàn Quốc", "Cục Y tế dự phòng", "Phòng Cảnh sát giao thông Công an tỉnh ...": "tối cao" is no evening,
    // "dự phòng" attends nothing, "giao thông" hands nothing over)
    if (matchAt(toks, k, STOP_TABLE) && !matchAt(toks, k, STOP_LED_NAME_WORDS_TABLE)) break;
    // ("Đội 3 phụ trách quận Ninh Kiều", "Đội TTGT phụ trách quận Bình Thủy": what a named unit is in charge of is its remit, no
    // part of its name; the place after it is the area it covers)
    if (t.w === PHU_REMIT_ID && anchors > 0 && inChargeAt(toks, k)) break;
    if (lastWasPlace && k === lastEnd && !isLevelAt(toks, k)) break; // a name ends at its place
    if (k === j && !title && !isLevelAt(toks, k)) return bodyRead(j, 0, 0, false);
    const lvl = isLevelAt(toks, k);
    if (lvl) { k += lvl; pendingLower += lvl; prevWasCap = false; levelEnds = k; continue; }
    if (placeOnly && !title) break;
    if (t.f === 'số' && toks[k + 1]?.num) { k++; pendingLower++; continue; }
    pendingLower++;
    prevWasCap = false;
    if (pendingLower > 6) break;
    k++;
  }
  if (closedAt > 0) return bodyRead(closedAt, anchors + 1, placeAnchors, nonAgency);
  let end = lastEnd;
  // "Mặt trận Tổ quốc huyện Can Lộc giám sát": a unit named after its level word ends the name like a known place
  const lastAnchorIsPlace = lastWasPlace || (placedAfterLevel && levelEnds >= 0 && levelEnds < lastEnd && capsRun(toks, levelEnds, lastEnd));
  // Close the name after its last capital: the rest of that word (Công an, Tổ quốc), then descriptors (hình sự).
  if (anchors > 0 && !placeOnly) {
    end = closedNameEnd(toks, j, head, sector, lastEnd, lastAnchorIsPlace, lastAnchorCompletes, text);
  } else if (anchors === 0 && title && levelEnds > j) {
    end = levelEnds; // "Bộ CHQS tỉnh", "UBND TP" inside a title
  } else if (anchors === 0 && title && pendingLower > 0 && pendingLower <= 3 && (k >= toks.length || toks[k].gap !== Gap.Space)) {
    end = k; // "Cục pháp chế," inside a title
  }
  // "Thủ trưởng Cơ quan CSĐT Công an tỉnh": a parent force with a level and no place; the title keeps it, no one body is named
  let genericParent = false;
  if (anchors > 0 && toks[end]?.gap === Gap.Space && !toks[end].cap) {
    const lvl = isLevelAt(toks, end);
    const n = toks[end + lvl];
    if (lvl && (!n || n.gap !== Gap.Space || !n.cap) && endsWithPlacedHead(toks, j, end)) { end += lvl; genericParent = true; }
  }
  // ("Sở Kiều truyện", "Sở Khanh lừa": a "Sở" named by one capitalised word, no sector, is a person's name, and that word no
  // place; "Sở Giao dịch NHNN" is named on by its parent)
  const soNamedByPerson = isSo && anchors === 1 && placeAnchors === 1 && !sector && toks[j].cap && !toks[j].acro && !matchAt(toks, j, PLACE_TABLE);
  return bodyRead(end, anchors, soNamedByPerson ? 0 : placeAnchors, nonAgency || genericParent);
}

/** After a name's last capital: the rest of that word, descriptors, a unit's remit and force, a sentence-case tail (parseBody's close, in a function of its own). */
function closedNameEnd(toks: Token[], j: number, head: OrgHead | null, sector: { readonly len: number } | null, lastEnd: number, lastAnchorIsPlace: boolean, lastAnchorCompletes: boolean, text: string): number {
  // ("Theo Ban Kinh tế T.Ư thế giới hiện có": the centre's level closes a name; no tail runs on after it)
  if (endsAtCentre(toks, lastEnd)) return lastEnd;
  // ("Hội Hữu nghị Việt Nam-Cuba kế thừa và phát huy": two countries glued by a dash close a name as one country does)
  if (endsWithGluedCountryPair(toks, lastEnd)) return lastEnd;
  const isSo = head?.head === 'Sở';
  let end = lastEnd;
  const n = toks[end];
  const completed = lastAnchorCompletes && n && n.gap === Gap.Space && !n.cap && !n.num && !matchAt(toks, end, STOP_TABLE) && !isLevelAt(toks, end);
  if (completed) end++;
  // ("Đội An ninh Cảng hàng không Thọ Xuân": a completing syllable whose word ends in a stop word, "không" no "not")
  if (completed && toks[end]?.gap === Gap.Space && matchAt(toks, end - 1, STOP_COMPOUND_TABLE)?.len === 2) end++;
  const closeAt = end;
  // ("Cục Thú y tham mưu)", "Tổng cục Thống kê từng cho biết": no rest runs on past a predicate's verb right after the name)
  if (bodyPredicateAt(toks, end)) return end;
  // ("Bộ Công an điều tra vụ việc": after a ministry's sector alone, "điều tra" is what it does)
  // ("Bộ GTVT tổng hợp, báo cáo", "Bộ GD-ĐT số lượng thí sinh": so after its acronym alone)
  const ministrySectorOnly = sector !== null ? isMinistrySectorOnly(head, lastEnd - j, sector.len) : head?.head === 'Bộ' && lastEnd === j + 1 && toks[j].acro;
  // ("Cục Thuế tổng hợp vào báo cáo": a field that is a word in itself takes no descriptor; the word after it is a verb)
  for (let r = 0; r < 2 && !lastAnchorIsPlace && !ministrySectorOnly && !WHOLE_FIELD_IDS.has(toks[lastEnd - 1].w); r++) {
    const tail = toks[end] && toks[end].gap === Gap.Space ? matchAt(toks, end, TAIL_TABLE) : null;
    if (!tail) break;
    // "giao cho Đội CSHS điều tra làm rõ": after a unit's acronym, "điều tra" is the verb ("phối hợp Phòng Cảnh sát hình sự
    // điều tra vụ án": after another descriptor too; no unit is named "... hình sự điều tra")
    if ((r > 0 || toks[end - 1].acro) && toks[end].f === 'điều' && toks[end + 1]?.f === 'tra') break;
    end += tail.len;
  }
  // "Hiệp hội Doanh nghiệp nhỏ và vừa TP Đà Nẵng": an association named by its members' kind, then the place it serves
  if (end > closeAt && head !== null && ASSOCIATION_HEADS.has(head.head) && toks[end]?.gap === Gap.Space && (matchAt(toks, end - 2, MEMBER_KIND_TAIL_TABLE)?.len === 2 || matchAt(toks, end - 3, MEMBER_KIND_TAIL_TABLE)?.len === 3)) {
    const lvl = isLevelAt(toks, end);
    const place = toks[end + lvl]?.gap === Gap.Space ? matchAt(toks, end + lvl, PLACE_TABLE) : null;
    if (place) end += lvl + place.len;
  }
  // "phòng CSGT đường bộ, đường sắt", "Phòng Cảnh sát giao thông đường bộ - đường sắt": one unit for both modes
  if (end > closeAt && toks[end]?.gap !== Gap.Space) { const pair = matchAt(toks, end - 2, MODE_PAIR_TABLE, true); if (pair && pair.len === 4) end += 2; }
  if (head !== null && THREAT_UNIT_HEADS.has(head.head) && toks[end] && toks[end].gap !== Gap.Break) end = foughtThreatsEnd(toks, end, text);
  // "Đội Cảnh sát điều tra tội phạm về TTXH", "Đội CSĐT tội phạm về ma túy": the crimes a police unit investigates
  const remit = crimeRemitLen(toks, end) || (head !== null && POLICE_UNIT_HEADS.has(head.head) ? crimeFoughtLen(toks, end) : 0);
  if (remit) {
    end += remit;
    // "... về ma túy Công an tỉnh Bắc Giang": the force it belongs to, directly after
    const parent = toks[end]?.gap === Gap.Space && toks[end].cap && toks[end].k & ORG_TABLE.bit ? parseOrgAt(toks, end, { text }) : null;
    if (parent && parent.agency && PARENT_FORCE_HEADS.has(parent.head.head)) end = parent.end;
  }
  // Names are written in sentence case: "Cục Khám chữa bệnh", "Cục Quản lý chất lượng (Bộ ...)". The
  // lower-case rest of a name runs on when it is closed by punctuation, a person's name or "và".
  // (a unit's number ends its name: "Cảnh sát biển 1 tuần tra")
  // ("Vụ Công nghiệp nặng", "Cục Văn hóa cơ sở": a department's sector may run on too; a ministry's may not)
  // (a remit of three or more words is whole: "Cục Quản lý xuất nhập cảnh xem xét" runs on to a verb)
  if (!lastAnchorIsPlace && (!sector || (sector.len <= 2 && !(isSo || head?.head === 'Bộ'))) && head?.needs === 'name' && end === closeAt && !toks[lastEnd - 1].acro && !toks[lastEnd - 1].num) {
    // "Tổ chức Bảo tồn chim thế giới", "Hội Chữ thập đỏ quốc tế": an international body's remit closed by its reach
    const reach = worldReachEnd(toks, end);
    // ("Cục Quản lý tài nguyên nước,", "Cục Quản lý đăng ký kinh doanh)": what a department manages runs on to a close)
    const managed = end >= 2 && toks[end - 1].w === LY_WORD && toks[end - 2].w === QUAN_WORD;
    // ("Tổ chức Cấm phổ biến vũ khí hóa học (OPCW)": a foreign body's remit runs on to its acronym in brackets)
    const acronymEnd = reach > 0 || !ACRONYM_CLOSED_HEADS.has(head.head) ? -1 : acronymClosedEnd(toks, end, text);
    // ("Cục Khảo thí và Kiểm định chất lượng giáo dục cho biết": a second capitalised field's remit is as long as a first's)
    const tailMax = managed ? 6 : completed ? 2 : joinedFieldLast(toks, j, lastEnd) ? 5 : 3;
    const read = reach > 0 ? reach : acronymEnd > 0 ? acronymEnd : sentenceCaseEnd(toks, end, tailMax, text);
    const e = read === end ? Math.max(end, managed ? objectBeforeAspectEnd(toks, end) : closedLowerRestEnd(toks, j, head, end)) : read;
    // "Cục Quản lý Thực phẩm và dược phẩm Hoa Kỳ", "Hiệp hội Chế biến và xuất khẩu thủy sản Việt Nam": a second remit in lower case
    // right after the capitals, closed by the country or place served or by the body's acronym (not a party's: "Đảng Cộng sản và ...")
    end = e === end && toks[end]?.w === VA_WORD && head !== PARTY_HEAD ? vaRemitEnd(toks, end) : e;
    // "Cục Điều tra chống buôn lậu", "Đội Kiểm soát chống buôn lậu": what a unit fights, after its capitalised remit,
    // when no longer sentence-case rest was read ("Ủy ban Phân tích chống khủng bố chiến lược (CASA)")
    if (end === closeAt) end += foughtRemitLen(toks, end);
    // "Cục Quản lý các hoạt động xây dựng", "Vụ Tài chính các ngân hàng và tổ chức tài chính": a plural after the remit's verb
    if (end === closeAt && toks[end]?.w === CAC_WORD) end = pluralRemitEnd(toks, end, text);
  }
  // ("Cục An ninh kinh tế nông lâm ngư nghiệp - Tổng cục An ninh": after a descriptor, a rest the parent body's dash closes)
  else if (end > closeAt && head?.needs === 'name' && !lastAnchorIsPlace && toks[end]?.gap === Gap.Space && !toks[end].cap) end = Math.max(end, closedLowerRestEnd(toks, j, head, end, true));
  return end;
}

/** "Cục Hải quan Bà Rịa - Vũng Tàu": a province of two words or more whose first word opens sentences ("Bà"), right after a lower-case word of the name. */
function provinceOpenedByNotNameWord(toks: Token[], k: number): boolean {
  return toks[k].gap === Gap.Space && (matchAt(toks, k, PROVINCE_TABLE)?.len ?? 0) > 1;
}
/** Words that open a predicate (tense and aspect), never a name's: "Cục Quản lý dược cũng ...", "Cục Quản lý cạnh tranh đã ...". */
const ASPECT_WORD_IDS = new Set(['đã', 'cũng', 'đang', 'sẽ', 'vừa', 'vẫn', 'chưa', 'đều', 'từng'].map(wordId));
/** An aspect word at q and the lower-case verb after it: a predicate opens there ("đã yêu cầu"). */
function predicateAt(toks: Token[], q: number): boolean {
  const a = toks[q], v = toks[q + 1];
  return a !== undefined && a.gap === Gap.Space && ASPECT_WORD_IDS.has(a.w) && v !== undefined && v.gap === Gap.Space && !v.cap && !v.num || continuesAt(toks, q);
}
const TIEP_ID = wordId('tiếp'), TUC_ID = wordId('tục');
/** "tiếp tục" and a lower-case verb at q: a predicate opens there as after an aspect word ("... giao thông tiếp tục xem xét"). */
function continuesAt(toks: Token[], q: number): boolean {
  const a = toks[q], b = toks[q + 1], v = toks[q + 2];
  return a !== undefined && a.w === TIEP_ID && a.gap === Gap.Space && b !== undefined && b.w === TUC_ID && b.gap === Gap.Space
    && v !== undefined && v.gap === Gap.Space && !v.cap && !v.num;
}
/** Verbs of assigning a task to a body named next ("giao Vụ Kết cấu hạ tầng giao thông rà soát"), as word ids; two-word ones by their pair. */
const ASSIGNING_IDS = new Set(['giao'].map(wordId));
const ASSIGNING_PAIRS = new Set(['yêu cầu', 'đề nghị', 'chỉ đạo', 'giao cho'].map((p) => p.split(' ').map(wordId).join(' ')));
/** The tasks a directive gives a body, and the manner it is told to act in: after the body's name they open the predicate. */
const TASK_TABLE = rareTable(['chủ trì', 'phối hợp', 'rà soát', 'kiểm tra', 'xem xét', 'nghiên cứu', 'hướng dẫn', 'khẩn trương', 'nhanh chóng',
  'thực hiện', 'triển khai', 'báo cáo', 'theo dõi', 'đôn đốc', 'tham mưu', 'làm rõ', 'hoàn thiện', 'có ý kiến', 'cung cấp', 'trả lời',
  'bổ sung', 'tiến hành', 'nghiêm túc', 'quyết liệt', 'kịp thời', 'chủ động', 'tích cực']);
/** The head starting at hs is the object of a verb of assigning ("giao", "yêu cầu", "giao cho"): a task verb closes its name's rest. */
function assignedAt(toks: Token[], hs: number): boolean {
  const a = toks[hs - 1], h = toks[hs];
  if (a === undefined || h === undefined || h.gap !== Gap.Space || !h.cap) return false;
  if (ASSIGNING_IDS.has(a.w)) return true;
  const b = toks[hs - 2];
  return b !== undefined && a.gap === Gap.Space && ASSIGNING_PAIRS.has(b.w + ' ' + a.w);
}
/** End of one to four lower-case words (what "Quản lý" manages) right before an aspect word and the verb after it; else -1. */
function objectBeforeAspectEnd(toks: Token[], k: number): number {
  let q = k;
  while (q - k < 4 && q < toks.length && toks[q].gap === Gap.Space && !toks[q].cap && !toks[q].num && !ASPECT_WORD_IDS.has(toks[q].w) && !(toks[q].k & STOP_TABLE.bit && matchAt(toks, q, STOP_TABLE)) && !isLevelAt(toks, q)) q++;
  const a = toks[q], v = toks[q + 1];
  return q > k && a !== undefined && a.gap === Gap.Space && ASPECT_WORD_IDS.has(a.w) && v !== undefined && v.gap === Gap.Space && !v.cap ? q : -1;
}
/** Longest lower-case rest of a name that closedLowerRestEnd reads ("Hội đồng Xét duyệt di sản phi vật thể quốc gia đã"). */
const CLOSED_REST_MAX = 8;
/** The bound of a rest after a second capitalised field joined by "và", as closedNameEnd reads it. */
const JOINED_REST_MAX = 5;
const AGENT_CUE_IDS = new Set(['do', 'mà', 'bởi'].map(wordId));
/**
 * (parentOnly: after a descriptor, "Cục An ninh kinh tế nông lâm ngư nghiệp - Tổng cục ...", whose verbs an aspect word would take in)
 * "Cục Lao động ngoài nước đã vận động", "Hội đồng Xét duyệt di sản phi vật thể quốc gia đã đưa", "Đội Thủ tục hành lý xuất
 * khẩu – Chi cục Hải quan ...": a name's lower-case rest, too long for sentenceCaseEnd's bound, closed by a predicate's aspect
 * word and its verb or by a dash before the parent body of a chain; the words it reads are those sentenceCaseEnd reads (a stop
 * word only inside a noun or a remit's reach, no level word, no capital); else -1.
 */
function closedLowerRestEnd(toks: Token[], j: number, head: OrgHead, k: number, parentOnly = false): number {
  // ("Cục Thuế cam kết sẽ": a field that is a word in itself takes no rest; "Vụ Chính sách thuế việc tăng khung sẽ": "việc" opens a clause, read below)
  const t = toks[k];
  if (t === undefined || t.gap !== Gap.Space || t.cap || t.num || WHOLE_FIELD_IDS.has(toks[k - 1].w)) return -1;
  let q = k;
  // ("giao Vụ Kết cấu hạ tầng giao thông rà soát": the body a task is given to ends before the task)
  const hs = j - head.head.split(' ').length;
  const assigned = assignedAt(toks, hs);
  while (q - k < CLOSED_REST_MAX && q < toks.length && restWordAt(toks, q) && !ASPECT_WORD_IDS.has(toks[q].w) && toks[q].w !== VIEC_WORD && !isLevelAt(toks, q) && !(assigned && matchAt(toks, q, TASK_TABLE))) q++;
  const a = toks[q], v = toks[q + 1];
  if (q === k || a === undefined) return -1;
  const byAspect = a.gap === Gap.Space && ASPECT_WORD_IDS.has(a.w) && v !== undefined && v.gap === Gap.Space && !v.cap || continuesAt(toks, q)
    // (two words at least: one is as often the task's own adverb, "Tổng cục Du lịch sớm hoàn thiện", "Tổng cục Thủy sản tổng rà soát")
    || (assigned && q - k >= 2 && a.gap === Gap.Space && !!matchAt(toks, q, TASK_TABLE));
  const byParent = a.gap === Gap.Dash && a.cap && (a.k & ORG_TABLE.bit) !== 0 && matchAt(toks, q, ORG_TABLE)?.value.agency === true;
  // ("Cục Đê điều & Phòng chống lụt bão – ông Nguyễn Ty Niên": a dash before an honorific or a post opens an apposition)
  const byApposition = a.gap === Gap.Dash && (a.k & (HONORIFIC_TABLE.bit | POSITION_TABLE.bit)) !== 0 && (!!matchAt(toks, q, HONORIFIC_TABLE) || !!matchAt(toks, q, POSITION_TABLE));
  if (parentOnly ? !byParent : !byAspect && !byParent && !byApposition) return -1;
  // ("Cục Quản lý Xây dựng và Chất lượng công trình giao thông đường bộ cao tốc vừa ký": a second capitalised field's rest keeps its own bound)
  if (q - k > JOINED_REST_MAX && joinedFieldLast(toks, j, k)) return -1;
  // ("địa bàn mà Đội CSGT Bàn Cờ phụ trách chưa", "do Tổng cục Dạy nghề xây dựng đã được": a body after "do"/"mà" is an agent, its verb next)
  const before = toks[j - head.head.split(' ').length - 1];
  return before !== undefined && AGENT_CUE_IDS.has(before.w) ? -1 : q;
}
/** The name read from j to end closes with a second capitalised field joined by "và" ("Khảo thí và Kiểm định"). */
function joinedFieldLast(toks: Token[], j: number, end: number): boolean {
  for (let q = end - 1; q > j && q >= end - 3; q--) if (toks[q].w === VA_WORD && toks[q + 1].cap && !toks[q + 1].acro) return true;
  return false;
}
/** What a department manages, funds or keeps ("quản lý", "tài chính", "duy tu"), then "các" and a plural of things, not of units. */
const PLURAL_REMIT_VERB_TABLE = rareTable(['quản lý', 'tài chính', 'tín dụng', 'duy tu', 'điều hành', 'điều phối', 'xúc tiến']);
const GENERIC_PLURAL_TABLE = rareTable(['cấp', 'địa phương', 'đơn vị', 'nước', 'ngành', 'sở', 'ban', 'bộ', 'cơ quan', 'thành viên', 'doanh nghiệp',
  'công ty', 'trường', 'bệnh viện', 'vụ', 'cục', 'phòng', 'đội', 'lực lượng', 'nơi', 'vùng', 'tổ chức', 'cá nhân', 'hộ', 'nhà']);
/** `end` (at "các"), or the end of the plural remit after it, closed as a sentence-case remit is. */
function pluralRemitEnd(toks: Token[], end: number, text: string): number {
  const n = toks[end + 1];
  if (end < 2 || toks[end].gap !== Gap.Space || !n || n.gap !== Gap.Space || n.cap || n.num || !matchAt(toks, end - 2, PLURAL_REMIT_VERB_TABLE)
    || matchAt(toks, end + 1, GENERIC_PLURAL_TABLE) || isLevelAt(toks, end + 1)) return end;
  const e = sentenceCaseEnd(toks, end + 1, 6, text);
  return e <= end + 1 ? end : toks[e]?.w === VA_WORD && toks[e].gap === Gap.Space ? secondPluralEnd(toks, e) : e;
}
const CHO_WORD = wordId('cho');
/** "... các ngân hàng và tổ chức tài chính,": a second thing after "và", up to four words closed by punctuation, "cho" or "của"; else `va`. */
function secondPluralEnd(toks: Token[], va: number): number {
  let q = va + 1;
  while (q < toks.length && q - va <= 4 && toks[q].gap === Gap.Space && !toks[q].num) {
    const c = matchAt(toks, q, STOP_COMPOUND_TABLE);
    if (c) { q += c.len; continue; }
    if (matchAt(toks, q, STOP_TABLE) || matchAt(toks, q, ORG_TABLE)) break;
    q++;
  }
  const n = toks[q];
  return q > va + 1 && (!n || n.gap !== Gap.Space || n.w === CHO_WORD || n.w === CUA_WORD) ? q : va;
}

const CENTRE_ACRONYM_IDS = new Set(['tw', 'tư', 't.ư'].map(wordId)), TRUNG_ID = wordId('trung'), UONG_ID = wordId('ương');
/** The name's last anchor, ending at `end`, is the central level: "Trung ương", "TW", "T.Ư". */
function endsAtCentre(toks: Token[], end: number): boolean {
  const t = toks[end - 1];
  return (t.acro && CENTRE_ACRONYM_IDS.has(t.w)) || (t.w === UONG_ID && end >= 2 && toks[end - 2].w === TRUNG_ID && t.cap);
}

const PLACE_PREPOSITION_IDS = new Set(['tại', 'ở', 'của', 'với', 'cho', 'từ', 'đến', 'trên', 'khắp', 'toàn', 'vào', 'ra'].map(wordId));
/** End of one to six lower-case words from k ("và" among them) closed by a country or province, or -1. */
function dashedFieldToPlaceEnd(toks: Token[], k: number): number {
  let q = k;
  for (; q < toks.length && q - k < 6; q++) {
    const t = toks[q];
    if ((q > k && t.gap !== Gap.Space) || t.cap || t.num) break;
    // (a field's words may be ones that end names elsewhere, "cấp cứu"; a preposition before the place is no field's)
    if (PLACE_PREPOSITION_IDS.has(t.w)) return -1;
  }
  const p = q > k && toks[q]?.gap === Gap.Space && toks[q].cap ? matchAt(toks, q, PLACE_TABLE) : null;
  return p ? q + p.len : -1;
}

const CHONG_WORD = wordId('chống');
const FOUGHT_TABLE = rareTable(THREATS_FOUGHT);
/** Length of "chống <threat>" at k ("chống buôn lậu", "chống khủng bố"), else 0. */
function foughtRemitLen(toks: Token[], k: number): number {
  const t = toks[k];
  if (!t || t.w !== CHONG_WORD || t.gap !== Gap.Space || t.cap || toks[k + 1]?.gap !== Gap.Space) return 0;
  const fought = lenOrNone(matchAt(toks, k + 1, FOUGHT_TABLE));
  return fought > 0 ? 1 + fought : 0;
}

const CHAY_ID = wordId('cháy'), CHUA_ID = wordId('chữa'), CUU_ID = wordId('cứu'), NAN_ID = wordId('nạn'), HO_ID = wordId('hộ'), PCCC_ID = wordId('pccc');
/**
 * After a fire police unit's "PCCC" or "phòng cháy(,) chữa cháy" at `end`: "và cứu nạn(,) cứu hộ" and the force named right
 * after ("Phòng Cảnh sát PCCC và cứu nạn cứu hộ Công an tỉnh Long An"); else `end`.
 */
function rescueRemitEnd(toks: Token[], end: number): number {
  let q = end;
  // ("phòng cháy, chữa cháy": the second half after a comma; "phòng cháy và chữa cháy": or after "và")
  if (toks[q].w === CHUA_ID && toks[q].gap === Gap.Comma && toks[q + 1]?.w === CHAY_ID && toks[q + 1].gap === Gap.Space) q += 2;
  else if (toks[q].w === VA_WORD && toks[q].gap === Gap.Space && toks[q + 1]?.w === CHUA_ID && toks[q + 1].gap === Gap.Space
    && toks[q + 2]?.w === CHAY_ID && toks[q + 2].gap === Gap.Space && toks[q - 1].w === CHAY_ID && !toks[q + 1].cap) q += 3;
  const v = toks[q], a = toks[q + 1], b = toks[q + 2], c = toks[q + 3], d = toks[q + 4];
  // ("cứu nạn, cứu hộ" or "cứu hộ, cứu nạn": the rescue remit in either order)
  if (v?.w !== VA_WORD || v.gap !== Gap.Space || a?.w !== CUU_ID || a.gap !== Gap.Space || (b?.w !== NAN_ID && b?.w !== HO_ID) || b.gap !== Gap.Space
    || c?.w !== CUU_ID || (c.gap !== Gap.Space && c.gap !== Gap.Comma) || d?.w !== (b.w === NAN_ID ? HO_ID : NAN_ID) || d.gap !== Gap.Space) return q;
  return q + 5;
}
/** After a fire police unit's remit at q: its number ("số 3") or the district it serves ("Sóc Sơn"), as a name without "và" reads them; else q. */
function unitNumberOrPlaceEnd(toks: Token[], q: number): number {
  const t = toks[q];
  if (!t || t.gap !== Gap.Space) return q;
  if (t.w === SO_ID && !t.cap && toks[q + 1]?.num && toks[q + 1].gap === Gap.Space) return q + 2;
  const place = t.cap && t.k & PLACE_TABLE.bit ? matchAt(toks, q, PLACE_TABLE) : null;
  return place && !isNameWord(tokAt(toks, q + place.len)) ? q + place.len : q;
}
const THREAT_UNIT_HEADS = new Set(['Phòng', 'Đội', 'Cục', 'Đoàn', 'Tổ', 'Ban']);
/** toks[.., end) closes with "chống <threat>" ("Phòng chống ma túy"). */
function endsWithThreatFought(toks: Token[], end: number): boolean {
  for (let len = 1; len <= 3 && end - len - 1 >= 0; len++) {
    if (toks[end - len - 1].w === CHONG_WORD && matchAt(toks, end - len, FOUGHT_TABLE)?.len === len) return true;
  }
  return false;
}
/**
 * After a unit's name at `end`: two threats it fights, "(phòng(,) chống) <threat> và <threat>" ("Đội Đặc nhiệm
 * phòng chống ma túy và tội phạm", "Phòng Phòng chống ma túy và tội phạm"), then the force it belongs to, which the name keeps
 * ("... Bộ đội Biên phòng tỉnh Quảng Ninh"); a fire police unit's rescue remit likewise; else `end`.
 */
function foughtThreatsEnd(toks: Token[], end: number, text: string): number {
  const t = toks[end], c = toks[end + 1], p = toks[end - 1];
  if (t.cap || t.num) return end;
  if (p.w === CHAY_ID || (p.acro && p.w === PCCC_ID)) {
    const rescue = rescueRemitEnd(toks, end);
    return rescue > end ? parentForceEnd(toks, unitNumberOrPlaceEnd(toks, rescue), text) : end;
  }
  if (t.gap !== Gap.Space) return end;
  let q = end;
  if (t.w === PHONG_WORD && c?.w === CHONG_WORD && !c.cap && (c.gap === Gap.Space || c.gap === Gap.Comma)) {
    const fought = toks[q + 2]?.gap === Gap.Space ? lenOrNone(matchAt(toks, q + 2, FOUGHT_TABLE)) : -1;
    if (fought < 0) return end;
    q += 2 + fought;
  } else if (t.w !== VA_WORD || !endsWithThreatFought(toks, end)) return end;
  // (one threat alone is read elsewhere, with what follows it: "phòng chống tội phạm về môi trường")
  if (toks[q]?.w !== VA_WORD || toks[q].gap !== Gap.Space || toks[q + 1]?.gap !== Gap.Space) return end;
  const second = lenOrNone(matchAt(toks, q + 1, FOUGHT_TABLE));
  if (second < 0) return end;
  q += 1 + second;
  return parentForceEnd(toks, q, text);
}
/** `q`, or the end of the force named right after it ("... Công an tỉnh Long An"), which a unit's name keeps. */
function parentForceEnd(toks: Token[], q: number, text: string): number {
  const n = toks[q];
  const parent = n?.gap === Gap.Space && n.cap && n.k & ORG_TABLE.bit ? parseOrgAt(toks, q, { text }) : null;
  return parent && parent.agency && PARENT_FORCE_HEADS.has(parent.head.head) ? parent.end : q;
}

/** What a police unit's remit names after "tội phạm (về)". */
const CRIME_FIELD_TABLE = rareTable([
  'ma túy', 'trật tự xã hội', 'môi trường', 'buôn lậu', 'kinh tế', 'tham nhũng', 'kinh tế và tham nhũng', 'kinh tế và chức vụ',
  'trật tự quản lý kinh tế', 'trật tự quản lý kinh tế và chức vụ', 'quản lý kinh tế và chức vụ', 'trật tự kinh tế và chức vụ',
  'kinh tế và quản lý chức vụ', 'tham nhũng kinh tế buôn lậu', 'sử dụng công nghệ cao', 'công nghệ cao', 'hình sự', 'mua bán người',
]);
const TOI_ID = wordId('tội'), PHAM_ID = wordId('phạm'), VE_ID = wordId('về'), TRA_ID = wordId('tra'), NA_ID = wordId('nã');
/** Length of "tội phạm (về) <field or acronym>" at k, after an investigating unit ("điều tra", "truy nã", CSĐT); else 0. */
function crimeRemitLen(toks: Token[], k: number): number {
  const p = toks[k - 1];
  // "Đội CSĐTTP về ma túy": the unit's acronym already spells "tội phạm"; its field follows "về"
  if (p?.acro && p.f.endsWith('tp') && toks[k]?.w === VE_ID && toks[k].gap === Gap.Space && toks[k + 1]?.gap === Gap.Space) {
    const t = toks[k + 1];
    if (t.acro && !t.num) return 2;
    const field = matchAt(toks, k + 1, CRIME_FIELD_TABLE);
    return field ? 1 + field.len : 0;
  }
  if (toks[k]?.w !== TOI_ID || !p || !(p.w === TRA_ID || p.w === NA_ID || p.acro) || toks[k].gap !== Gap.Space || toks[k + 1]?.w !== PHAM_ID || toks[k + 1].gap !== Gap.Space) return 0;
  let q = k + 2;
  if (toks[q]?.w === VE_ID && toks[q].gap === Gap.Space) q++;
  const t = toks[q];
  if (!t || t.gap !== Gap.Space) return 0;
  if (t.acro && !t.num) return q + 1 - k;
  const field = matchAt(toks, q, CRIME_FIELD_TABLE);
  return field ? q + field.len - k : 0;
}

/**
 * Length of "phòng(,) chống tội phạm (về) <field or acronym>" at k right after a unit's "Cảnh sát" ("Cục Cảnh sát phòng, chống
 * tội phạm về môi trường"), or of its "tội phạm ..." when "Phòng chống" was read with the capitals; else 0.
 */
function crimeFoughtLen(toks: Token[], k: number): number {
  let q = k;
  const t = toks[k];
  if (t?.w === PHONG_WORD) {
    const c = toks[k + 1];
    if (t.gap !== Gap.Space || c?.w !== CHONG_WORD || (c.gap !== Gap.Space && c.gap !== Gap.Comma) || k < 2 || toks[k - 1].w !== SAT_ID || toks[k - 2].w !== CANH_ID) return 0;
    q += 2;
  } else if (!(t?.w === TOI_ID && k >= 4 && toks[k - 1].w === CHONG_WORD && toks[k - 2].w === PHONG_WORD && toks[k - 3].w === SAT_ID && toks[k - 4].w === CANH_ID)) return 0;
  if (toks[q]?.w !== TOI_ID || toks[q].gap !== Gap.Space || toks[q + 1]?.w !== PHAM_ID || toks[q + 1].gap !== Gap.Space) return 0;
  q += 2;
  if (toks[q]?.w === VE_ID && toks[q].gap === Gap.Space) q++;
  const f = toks[q];
  if (!f || f.gap !== Gap.Space) return 0;
  if (f.acro && !f.num) return q + 1 - k;
  const field = matchAt(toks, q, CRIME_FIELD_TABLE);
  return field ? q + field.len - k : 0;
}

const DOTTED_LEVEL_IDS = new Set(['q', 'h', 'p', 'tx', 'tp'].map(wordId));
const TP_WORD = wordId('tp');
/** Token k is "Q", "H", "P", "TX" or "TP" written with ". " before a capitalised name that is no sentence opener. */
function dottedLevelAt(toks: Token[], k: number, text: string): boolean {
  const t = toks[k], n = toks[k + 1];
  if (!t || !n || !t.cap || !DOTTED_LEVEL_IDS.has(t.w) || n.gap !== Gap.Break || !n.cap || n.num) return false;
  if (n.s - t.e !== 2 || text.charCodeAt(t.e) !== 46 || text.charCodeAt(t.e + 1) !== 32) return false;
  return !isNotNameWord(n) && !(n.k & ORG_TABLE.bit && matchAt(toks, k + 1, ORG_TABLE)) && !(n.k & STOP_TABLE.bit && matchAt(toks, k + 1, STOP_TABLE)) && !startsFamilyName(toks, k + 1);
}
/** "Q.Ngô Quyền", "P.Bến Nghé", "H.Bình Chánh", "TX.Sơn Tây": a level word abbreviated and glued to the name. */
function gluedLevelAt(t: Token): boolean {
  const f = t.f;
  return t.cap && f.length > 2 && ((f.charCodeAt(1) === 46 && (f[0] === 'q' || f[0] === 'p' || f[0] === 'h')) || (f.length > 3 && (f.startsWith('tx.') || f.startsWith('tp.'))));
}
/** A head whose first word is written in capitals (UBND, BCH Đảng bộ, VKSND tối cao, TP.HCM...). */
const ACRONYM_HEAD_START = /^[^\s\p{Ll}]+(\s|$)/u;
const POLICE_SHORT_HEADS = new Set(['CA', 'CATP', 'CAT', 'CAQ', 'CAH', 'CAP']);
// (longer ones are also written as words: "Unesco", "Nato", "Asean")
const SHORT_ACRONYM_HEADS = new Set(ORG_HEADS.filter((h) => /^[A-ZĐ]{2,3}$/.test(h.head)).map((h) => h.head));
/** Heads that end with an administrative level word ("Đảng ủy xã"): the unit's name follows them as it follows the level. */
const UNIT_LEVEL_WORDS = new Set(['xã', 'phường', 'thị trấn', 'huyện', 'quận', 'tỉnh']);
const LEVEL_ENDING_HEADS = new Set(ORG_HEADS.filter((h) => h.needs === 'place' && [...UNIT_LEVEL_WORDS].some((l) => h.head.endsWith(' ' + l))).map((h) => h.head));
const CAT_ID = wordId('cat'), CATP_ID = wordId('catp'), CAQ_ID = wordId('caq'), CAH_ID = wordId('cah'), CAP_ID = wordId('cap');

const SCIENCE_TABLE = rareTable(['khoa học']);
const HIEP_WORD = wordId('hiệp');
/** "Hội Khoa học Lịch sử tỉnh X", "Hội Khoa học và Kỹ thuật Việt Nam": in an association's name "Khoa học" (science) is its field, no faculty's "Khoa".
 * Not for a member "Hội" inside "Liên hiệp (các) Hội Khoa học …": the union is the body, its fragment would be a second entry.
 * An academy's "Khoa học" too: scienceOfAcademy rules on it. */
function scienceOfAssociation(toks: Token[], j: number, k: number, head: OrgHead | null): boolean {
  if (head && head.head === ACADEMY_HEAD) return scienceOfAcademy(toks, k);
  if (!head || !ASSOCIATION_HEADS.has(head.head) || !matchAt(toks, k, SCIENCE_TABLE)) return false;
  const before = toks[j - 1 - head.head.split(' ').length]?.w; // j is the name's first token, after the head
  return before !== CAC_WORD && before !== HIEP_WORD;
}
const ACADEMY_HEAD = 'Viện Hàn lâm';
// (not the arts academies, private bodies: "Viện Hàn lâm Khoa học và Nghệ thuật Điện ảnh Mỹ" gives the Oscars)
const SCIENCE_AND_ARTS_TABLE = rareTable(['khoa học và nghệ thuật']);
/** "Viện Hàn lâm Khoa học Nga", "Viện Hàn lâm Khoa học xã hội Việt Nam": an academy's "Khoa học" is its field, no faculty's "Khoa"
 * (only the sciences' academy with a comma or "và" after its field was read: "Viện Hàn lâm Khoa học và Công nghệ Việt Nam"). */
function scienceOfAcademy(toks: Token[], k: number): boolean {
  return !!matchAt(toks, k, SCIENCE_TABLE) && !matchAt(toks, k, SCIENCE_AND_ARTS_TABLE);
}
/** Words that begin with a business or media head word and are no such head. */
const NOT_A_HEAD_TABLE = rareTable(['báo chí', 'báo cáo', 'phòng ngừa', 'phòng chống']);

/** A number among toks[from, end): "Vùng Cảnh sát biển 1" is a unit, "Vùng Vịnh" a region. */
function hasNumber(toks: Token[], from: number, end: number): boolean {
  for (let q = from; q < end; q++) if (toks[q].num) return true;
  return false;
}

/**
 * "Vùng 3 Hải quân", "Vùng Cảnh sát biển 2": a naval or coast-guard region's number has one or two digits within its first
 * words; not "Mã Vùng Mới 1Sơn La22212" (a table of area codes), "Vùng 16.7-16.8" (a price band), "quay số 04.23456789".
 */
function hasRegionNumber(toks: Token[], from: number, end: number): boolean {
  for (let q = from; q < end && q < from + 4; q++) if (toks[q].num && toks[q].e - toks[q].s <= 2 && isUnitNumber(toks[q])) return true;
  return false;
}
/** A unit's number is digits alone ("số 388"), not a phone number or a price ("quay số 04.23456789", "16.7-16.8", "1Sơn"). */
function isUnitNumber(t: Token): boolean {
  const f = t.f;
  for (let c = 0; c < f.length; c++) if (!isDigitCode(f.charCodeAt(c))) return false;
  return true;
}

/** Wards are often named after a person in full ("phường Trần Hưng Đạo"); a district so written is mostly its head's name. */
const PHUONG_ID = wordId('phường');

const LIEN_WORD = wordId('liên');
const QUAN_WORD = wordId('quản'), LY_WORD = wordId('lý');
const MODE_PAIR_TABLE = rareTable(['đường bộ đường sắt', 'đường bộ đường thủy', 'đường thủy đường bộ', 'đường sắt đường bộ']);
const NAME_CLOSING_WORDS = new Set(['và', 'thuộc', 'của']);
// ("Vụ Giáo dục thể chất để ...": a purpose clause closes a short rest of two words, not after a syllable that completed a capital)
const PURPOSE_WORDS = new Set(['để', 'nhằm']);
const NUOC_WORD = lexiconWordId('nước'), NGOAI_WORD = lexiconWordId('ngoài'), TRONG_WORD = lexiconWordId('trong');
/** "(lao động) ngoài nước", "(đầu tư) nước ngoài", "(thị trường) trong nước": a remit's reach, whose first or last word would end a name. */
function isDomesticOrForeign(toks: Token[], q: number): boolean {
  const t = toks[q];
  return (t.w === NGOAI_WORD && (toks[q - 1].w === NUOC_WORD || toks[q + 1]?.w === NUOC_WORD)) || (t.w === TRONG_WORD && toks[q + 1]?.w === NUOC_WORD && toks[q + 1].gap === Gap.Space);
}
// "giáo dục đại học", "đào tạo đại học" (higher education) name a field, whatever its case
const EDUCATION_FIELD_TABLE = rareTable(['giáo dục', 'đào tạo']);
/**
 * "Vụ Giáo dục Đại học": a capitalised "Đại học" right after "Giáo dục" or "Đào tạo", with no name after it, is the field's
 * level, no university (not "phòng Đào tạo Đại học Thủy lợi", a university's office).
 */
function educationLevelAt(toks: Token[], k: number, o: { readonly len: number; readonly value: OrgHead }): boolean {
  return o.value.head === 'Đại học' && k >= 2 && toks[k].gap === Gap.Space && matchAt(toks, k - 2, EDUCATION_FIELD_TABLE)?.len === 2 && !isNameWord(tokAt(toks, k + o.len));
}
/** Lower-case words that head bodies elsewhere and describe a remit after a name ("Vụ Giáo dục đại học", "Cục Tài chính doanh nghiệp", "Cục Kỹ thuật binh chủng"). */
const REMIT_HEAD_WORDS_TABLE = rareTable(['đại học', 'doanh nghiệp', 'ngân hàng', 'hợp tác xã', 'binh chủng']);
/**
 * A word a name's lower-case rest reads (sentenceCaseEnd, closedLowerRestEnd): spaced, no capital or number, and no stop word
 * unless a domestic/foreign qualifier, a name that opens with one, or inside a noun.
 */
function restWordAt(toks: Token[], q: number): boolean {
  const t = toks[q];
  // ("Quân ủy Trung ương phụ trách chung,": a charge is no part of the name's sentence-case rest)
  return t.gap === Gap.Space && !t.cap && !t.num && !(t.w === PHU_REMIT_ID && inChargeAt(toks, q))
    && !(t.k & STOP_TABLE.bit && matchAt(toks, q, STOP_TABLE) && !isDomesticOrForeign(toks, q) && !matchAt(toks, q, STOP_LED_NAME_WORDS_TABLE) && !stopInsideNoun(toks, q));
}
/** A head at k ends the name before it (a lower-case remit word that also heads businesses does not). */
function headEndsName(toks: Token[], k: number): boolean {
  return !!matchAt(toks, k, ORG_TABLE) && (toks[k].cap || !matchAt(toks, k, REMIT_HEAD_WORDS_TABLE));
}
function sentenceCaseEnd(toks: Token[], end: number, max: number, text: string): number {
  if (!text || (toks[end] && toks[end].k & ORG_TABLE.bit && headEndsName(toks, end))) return end;
  // ("Đội Công an phụ trách xã (...)": a charge right after the name opens no long remit either)
  if (toks[end] !== undefined && toks[end].w === PHU_REMIT_ID && inChargeAt(toks, end)) return end;
  let q = end;
  // ("liên tỉnh", "liên huyện": inter-provincial is a remit's word, no level)
  while (q < toks.length && q - end < max && restWordAt(toks, q) && (toks[q - 1].w === LIEN_WORD || !isLevelAt(toks, q))) q++;
  if (q === end || (q - end === max && toks[q]?.gap === Gap.Space && !toks[q].cap)) {
    // "Cục Nhà giáo và Cán bộ quản lý cơ sở giáo dục thuộc Bộ GD-ĐT": a long remit closed by the ministry it belongs to
    const p = longRemitEnd(toks, end, text);
    if (p > q) return p;
    // "Cục Quản lý chất lượng nông, lâm, thủy sản (Bộ NN&PTNT)", "Cục Khảo thí và Kiểm định chất lượng giáo dục (Bộ GD-ĐT)":
    // a long remit closed by its ministry in brackets
    const l = listedRemitEnd(toks, end);
    if (l > q) return l;
  }
  if (q === end) return end;
  const n = toks[q];
  // ("Cục Quản lý chất lượng nông, lâm, thủy sản (Bộ ...)": a listed remit that a comma does not close)
  if (n && n.gap === Gap.Comma) { const l = listedRemitEnd(toks, end); if (l > q) return l; }
  let after = text.charCodeAt(toks[q - 1].e);
  if (after === 32) after = text.charCodeAt(toks[q - 1].e + 1);
  // a comma, full stop, bracket or colon; not a quote ("Cục Đường sắt đành “đánh” ...")
  // ("Vụ Công nghiệp nặng cho biết": what a body does next also closes it)
  // ("Phòng Quản lý vận tải - Sở GTVT Hà Nội": or a dash before the parent body of a chain)
  // ("Giám đốc Cơ quan Phòng thủ tên lửa Jim Syring": a foreign person's name closes two words or more too; not "đảng
  // Cộng hòa bang Nam Dakota", whose state is no person)
  const closed = !n || (n.gap !== Gap.Space && (after === 44 || after === 46 || after === 40 || after === 41 || after === 58 || after === 59)) || startsFamilyName(toks, q) || (q - end >= 2 && startsForeignPerson(text, toks, q))
    || (n.gap === Gap.Dash && n.cap && n.k & ORG_TABLE.bit && !!matchAt(toks, q, ORG_TABLE))
    || ((NAME_CLOSING_WORDS.has(n.f) || (PURPOSE_WORDS.has(n.f) && q - end <= 2 && max > 2)) && !!toks[q + 1] && toks[q + 1].gap === Gap.Space) || (n.gap === Gap.Space && (!!matchAt(toks, q, SAYS_TABLE) || saidAt(toks, q)))
    || (n.cap && CONNECTIVE_FIRST_IDS.has(n.w) && opensNextSentence(toks, q));
  if (closed && n && n.w === VA_WORD && n.gap === Gap.Space) {
    const r = remitAfterVaEnd(toks, q + 1, text);
    if (r > 0) return r;
    const c = toks[q + 1]?.gap === Gap.Space && !toks[q + 1].cap ? closedRemitAfterVaEnd(toks, q + 1) : -1;
    if (c > 0) return c;
    // ("Cục Kỹ thuật an toàn và Môi trường Công nghiệp": a second field in sentence case, closed as a whole)
    const f = toks[q + 1]?.gap === Gap.Space && toks[q + 1].cap ? secondSentenceCaseFieldEnd(toks, q, text) : -1;
    if (f > 0) return f;
  }
  return closed ? q : end;
}

const TP_LEVEL_WORD = wordId('tp');
/** "TP. Hồ Chí Minh": the city's dotted level word at k, then a known place (its family-name-like first word notwithstanding). */
function dottedCityAt(toks: Token[], k: number, text: string): boolean {
  const t = toks[k], n = toks[k + 1];
  return n.gap === Gap.Break && n.s - t.e === 2 && text.charCodeAt(t.e) === 46 && text.charCodeAt(t.e + 1) === 32 && !!matchAt(toks, k + 1, PLACE_TABLE);
}
/**
 * "Phòng Quản lý thi và kiểm định chất lượng giáo dục,", "Hiệp hội Xe khách liên tỉnh và du lịch TP.HCM": a second
 * lower-case field after "và", closed by punctuation or the place the body serves; else -1.
 */
function remitAfterVaEnd(toks: Token[], k: number, text: string): number {
  let q = k;
  while (q < toks.length && q - k < 9 && toks[q].gap === Gap.Space && !toks[q].cap && !toks[q].num && !(toks[q].k & STOP_TABLE.bit && matchAt(toks, q, STOP_TABLE)) && !isLevelAt(toks, q)) q++;
  if (q === k || q - k >= 9) return -1;
  const n = toks[q];
  if (!n) return q;
  // ("... và thủy sản tỉnh Bến Tre": the unit it serves, after its level word; "... và môi trường TP Hồ Chí Minh", "TP. Hồ
  // Chí Minh": the city's "TP" is a level word in capitals, its dot no sentence's end)
  const tp = n.gap === Gap.Space && n.acro && n.w === TP_LEVEL_WORD;
  const lvl = n.gap === Gap.Space && (!n.cap || tp) ? isLevelAt(toks, q) : 0;
  if (lvl && toks[q + lvl]?.cap && (toks[q + lvl].gap === Gap.Space || (tp && dottedCityAt(toks, q, text)))) {
    let e = q + lvl;
    while (e < toks.length && e - q - lvl < 4 && toks[e].cap && !toks[e].acro && (e === q + lvl || toks[e].gap === Gap.Space || toks[e].gap === Gap.Dash)) e++;
    return e;
  }
  if (n.gap === Gap.Space) {
    const place = n.cap ? matchAt(toks, q, PLACE_TABLE) : null;
    if (place && (!toks[q + place.len] || toks[q + place.len].gap !== Gap.Space || !toks[q + place.len].cap)) return q + place.len;
    // ("Cục Kỹ thuật an toàn và môi trường công nghiệp đã yêu cầu", "... nông lâm sản và thủy sản cho biết": what the body
    // does next closes the second field as it closes the first; not a second party, "... và chính quyền địa phương đã")
    if (!n.cap && (matchAt(toks, q, SAYS_TABLE) || predicateAt(toks, q)) && !matchAt(toks, k, OTHER_PARTY_TABLE)) return q;
    return n.acro && n.f.startsWith('tp') && n.f.length > 3 ? q + 1 : -1;
  }
  let after = text.charCodeAt(toks[q - 1].e);
  if (after === 32) after = text.charCodeAt(toks[q - 1].e + 1);
  // ("Phòng Quản lý xây dựng và phát triển đô thị - Sở Xây dựng": or a dash before the parent body of a chain)
  return after === 44 || after === 46 || after === 40 || after === 41 || after === 58 || after === 59 || dashBeforeParentAt(toks, q) ? q : -1;
}
/** A dash at q before a capitalised body's head: the parent body of a chain. */
function dashBeforeParentAt(toks: Token[], q: number): boolean {
  const n = toks[q];
  return n.gap === Gap.Dash && n.cap && !!(n.k & ORG_TABLE.bit) && !!matchAt(toks, q, ORG_TABLE);
}

/** `end`, or the end of a lower-case remit after "và" at `end` that closes as closedRemitAfterVaEnd reads it. */
function vaRemitEnd(toks: Token[], end: number): number {
  const n = toks[end + 1];
  if (toks[end].gap !== Gap.Space || !n || n.gap !== Gap.Space || n.cap || n.num) return end;
  const r = closedRemitAfterVaEnd(toks, end + 1);
  return r > 0 ? r : end;
}
const REMIT_VERB_TABLE = rareTable(['quản lý', 'nghiên cứu']);
const OTHER_PARTY_TABLE = rareTable(['chính quyền', 'nhân dân', 'người dân', 'lực lượng', 'đơn vị', 'ngành', 'địa phương', 'doanh nghiệp', 'cựu chiến binh', 'giáo dục chủ nghĩa']);
/** The bracket opening at q holds the body's acronym or its parent body. */
function bracketClosesRemit(toks: Token[], q: number): boolean {
  const n = toks[q];
  if (n.acro && !n.num && toks[q + 1]?.gap !== Gap.Space) return true;
  const at = n.cap && n.k & ORG_TABLE.bit ? matchAt(toks, q, ORG_TABLE) : null;
  const parent = at ? parseOrgAt(toks, q, { at }) : null;
  return !!parent && parent.agency;
}
/**
 * End of lower-case remit words after "và" at k closed by a country or province, a level word and its unit, an international
 * parent, or a bracket holding the body's acronym or its parent body; else -1 (rare: kept out of sentenceCaseEnd).
 */
function closedRemitAfterVaEnd(toks: Token[], k: number): number {
  // ("Ban quản lý Chùa Hương và chính quyền huyện X", "... và công an huyện Y": a second body or its people, not a remit)
  if (matchAt(toks, k, OTHER_PARTY_TABLE) || (toks[k].k & ORG_TABLE.bit && matchAt(toks, k, ORG_TABLE))) return -1;
  let q = k;
  // ("và quản lý chất lượng giáo dục Sở GD-ĐT": a remit's verb is no clause here, the closers below are a body's own)
  // ("và an toàn đập, Tổng cục Thủy lợi": a stop word inside a noun of the remit runs on)
  while (q < toks.length && q - k < 6 && toks[q].gap === Gap.Space && !toks[q].cap && !toks[q].num && !(toks[q].k & STOP_TABLE.bit && matchAt(toks, q, STOP_TABLE) && !matchAt(toks, q, REMIT_VERB_TABLE) && !stopInsideNoun(toks, q)) && !isLevelAt(toks, q)) q++;
  const n = toks[q];
  if (q === k || !n) return -1;
  if (n.gap === Gap.Paren) return bracketClosesRemit(toks, q) ? q : -1;
  // ("Cục Quản lý nhà và thị trường bất động sản - Bộ Xây dựng": a dash before the parent body of a chain)
  if (n.gap === Gap.Dash) return n.cap && n.k & ORG_TABLE.bit && bracketClosesRemit(toks, q) ? q : -1;
  if (n.gap === Gap.Comma) return ownerBodyAt(toks, q) ? q : -1;
  if (n.gap !== Gap.Space) return -1;
  const lvl = n.cap ? 0 : isLevelAt(toks, q);
  if (lvl) {
    let e = q + lvl;
    // ("và phát triển nông thôn (Bộ NN-PTNT)": "nông thôn" is the countryside, closed by the bracket; it opens no village's name)
    if (toks[e]?.gap === Gap.Paren) return bracketClosesRemit(toks, e) ? e : -1;
    while (e < toks.length && e - q - lvl < 4 && toks[e].cap && !toks[e].acro && (toks[e].gap === Gap.Space || (e > q + lvl && toks[e].gap === Gap.Dash))) e++;
    return e > q + lvl ? e : -1;
  }
  if (!n.cap) return n.w === THUOC_WORD && ownerBodyAt(toks, q) ? q : -1;
  const place = matchAt(toks, q, PLACE_TABLE) ?? matchAt(toks, q, INTERNATIONAL_PARENT_TABLE);
  if (place) return !isNameWord(tokAt(toks, q + place.len)) ? q + place.len : -1;
  return ownerBodyAt(toks, q) ? q : -1;
}

/**
 * The body a remit after "và" belongs to starts at q, right after it, after a comma or after "thuộc" ("Cục Nhà giáo và cán bộ
 * quản lý cơ sở giáo dục, Bộ GD&ĐT", "phòng Khảo thí và quản lý chất lượng giáo dục Sở GD-ĐT", "Ủy ban Quốc phòng và an ninh
 * thuộc Hội đồng Liên bang"): that closes the remit as part of the name.
 */
function ownerBodyAt(toks: Token[], q: number): boolean {
  const n = toks[q];
  const b = n.w === THUOC_WORD && n.gap === Gap.Space ? toks[q + 1] : n;
  if (!b || !b.cap || (b.gap !== Gap.Space && (b !== n || b.gap !== Gap.Comma)) || !(b.k & ORG_TABLE.bit)) return false;
  const at = matchAt(toks, b === n ? q : q + 1, ORG_TABLE);
  const parent = at ? parseOrgAt(toks, b === n ? q : q + 1, { at }) : null;
  return !!parent && parent.agency;
}

// (not "đã": "do Tổng cục Dạy nghề xây dựng đã được" — a verb may come between)
// ("Vụ Giáo dục đại học nhận định", "Cục Bản quyền tác giả khẳng định", "Cục Văn hóa cơ sở không đồng tình": a verb of saying
// or a head's stance closes a remit as "cho biết" does; not "thông tin" or "đánh giá", a remit's own words: "Cục An toàn thông tin")
const SAYS_TABLE = rareTable(['cho biết', 'cho rằng', 'cho hay']);
const SAID_TABLE = rareTable(['nói', 'nhận định', 'khẳng định', 'nhấn mạnh', 'chia sẻ', 'thừa nhận', 'xác nhận', 'giải thích', 'lý giải', 'tiết lộ', 'không đồng tình']);
const CHINH_WORD = wordId('chính'), THUC_WORD = wordId('thức'), THUONG_WORD = wordId('thường');
/**
 * A verb of saying at q closes the rest before it; not after an adverb the rest read ("Binh chủng Đặc công từng khẳng định",
 * "... Thế giới chính thức xác nhận": the predicate opened before the verb).
 */
function saidAt(toks: Token[], q: number): boolean {
  const p = toks[q - 1];
  return !!matchAt(toks, q, SAID_TABLE) && !ASPECT_WORD_IDS.has(p.w) && p.w !== THUONG_WORD && !(p.w === THUC_WORD && toks[q - 2]?.w === CHINH_WORD);
}
// ("Hội đồng Di sản văn hóa quốc gia", "Ủy ban An toàn sinh học quốc gia": a national council's remit closed by "quốc gia" too)
const WORLD_REACH_TABLE = rareTable(['thế giới', 'quốc tế', 'toàn cầu', 'quốc gia']);
/** End of up to three lower-case words closed by "thế giới", "quốc tế" or "toàn cầu" right after `end`; else -1. */
function worldReachEnd(toks: Token[], end: number): number {
  for (let q = end; q < toks.length && q - end < 4; q++) {
    const t = toks[q];
    if (t.gap !== Gap.Space || t.cap || t.num) return -1;
    const reach = q > end ? matchAt(toks, q, WORLD_REACH_TABLE) : null;
    if (reach) return q + reach.len;
    if (t.k & STOP_TABLE.bit && matchAt(toks, q, STOP_TABLE) || isLevelAt(toks, q)) return -1;
  }
  return -1;
}

const NATIONAL_WORD_TABLE = rareTable(['quốc gia']);
/**
 * A listed remit (a comma among its words, ending at q) closed by the nation it serves: "quốc gia" or a country
 * ("Trung tâm Điều phối hiến, ghép tạng quốc gia", "Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải Việt Nam"); its end, else -1.
 */
function nationalListEnd(toks: Token[], end: number, q: number): number {
  let listed = false;
  for (let x = end + 1; x < q && !listed; x++) listed = toks[x].gap === Gap.Comma;
  // ("Cục Nghiên cứu châu Á Quốc gia, chế độ Triều Tiên": a name already closed by its nation before the comma)
  if (!listed || (end >= 2 && matchAt(toks, end - 2, NATIONAL_WORD_TABLE)) || (end >= 1 && matchAt(toks, end - 1, NATIONAL_WORD_TABLE))) return -1;
  if (q - end >= 3 && toks[q - 1].gap === Gap.Space && matchAt(toks, q - 2, NATIONAL_WORD_TABLE)) return q;
  const b = toks[q];
  const c = b && b.gap === Gap.Space && b.cap ? matchAt(toks, q, COUNTRY_TABLE) : null;
  const after = c ? toks[q + c.len] : undefined;
  return c && !(after && after.gap === Gap.Space && after.cap) ? q + c.len : -1;
}

/** End of up to eight lower-case words (commas among them too), right before "(" and a capitalised public body; else -1. */
function listedRemitEnd(toks: Token[], end: number): number {
  let q = end;
  while (q < toks.length && q - end < 8 && (toks[q].gap === Gap.Space || toks[q].gap === Gap.Comma) && !toks[q].cap && !toks[q].num) {
    // ("Cục Chăn nuôi, thú y": a comma right after the name lists another body, not a field)
    if (toks[q].gap === Gap.Comma && q === end) return -1;
    if (toks[q].k & STOP_TABLE.bit && toks[q].w !== VA_WORD && matchAt(toks, q, STOP_TABLE)) {
      // ("Cục Quản lý rượu, thuốc lá, súng và chất nổ của Mỹ": a listed remit closed by whose body it is)
      const owner = toks[q].w === CUA_WORD && q > end + 1 ? ofParentEnd(toks, q) : q;
      return owner > q ? owner : nationalListEnd(toks, end, q);
    }
    q++;
  }
  const b = toks[q];
  if (q === end || !b) return -1;
  const national = nationalListEnd(toks, end, q);
  if (national > 0) return national;
  // ("Cục An ninh kinh tế nông lâm ngư nghiệp (A86, Bộ Công an)": the unit's code before its parent in the brackets)
  const p = b.gap === Gap.Paren && b.acro && b.num && toks[q + 1]?.gap === Gap.Comma ? q + 1 : q;
  const o = toks[p];
  // ("Văn phòng Phát triển nguồn nhân lực, Bộ Lao động Đài Loan": or its ministry after a comma)
  if (!((o.gap === Gap.Paren || (o.gap === Gap.Comma && q - end >= 2)) || p > q) || !o.cap || !(o.k & ORG_TABLE.bit)) return -1;
  const parent = parseOrgAt(toks, p, {});
  return parent && parent.agency && (o.gap !== Gap.Comma || p > q || MINISTRY_HEADS.has(parent.head.head)) ? q : -1;
}
const THUOC_WORD = wordId('thuộc'), TRUC_WORD = wordId('trực'), CUA_WORD = wordId('của');
/** `end`, or the end of up to four lower-case words after it that run up to "thuộc". */
function remitBeforeThuoc(toks: Token[], end: number): number {
  for (let q = end; q < toks.length && q - end <= 4; q++) {
    const t = toks[q];
    if (t.gap !== Gap.Space || t.cap || t.num) return end;
    // ("trực thuộc": directly under)
    if (t.w === THUOC_WORD) return q > end && toks[q - 1].w === TRUC_WORD ? q - 1 : q;
    // (stop words may be the remit's own: "Trung tâm Y tế dự phòng thuộc Sở Y tế"; "thuộc" closes it)
    if (isLevelAt(toks, q)) return end;
  }
  return end;
}
const STATE_UNIT_HEADS = new Set(['Viện', 'Trung tâm']);
const COUNTING_WORD_IDS = new Set(['một', 'các', 'những', 'mỗi', 'nhiều'].map(wordId));
// the parents whose institutes and centres are public units: ministries, their departments, a province's departments
// (a department read by its own head, "Sở Y tế", "Sở Xây dựng", is a department too; social insurance is a state body)
const STATE_PARENT_HEADS = new Set(['Bộ', 'Tổng cục', 'Cục', 'Sở', 'Bộ Tư lệnh', 'Văn phòng Quốc hội', 'Văn phòng Chính phủ',
  'Sở Tư pháp', 'Sở Y tế', 'Sở Tài chính', 'Sở Nội vụ', 'Sở Xây dựng', 'Sở Công Thương', 'BHXH', 'Bảo hiểm xã hội']);
// (clinics, venues, schools and firms by their first remit word, whoever owns them)
const NOT_STATE_UNIT_TABLE = rareTable(['tim', 'tim mạch', 'huyết học', 'bỏng', 'mắt', 'răng', 'răng hàm mặt', 'lão khoa', 'nhi', 'ung bướu',
  'chấn thương', 'phổi', 'da liễu', 'tai mũi họng', 'nội tiết', 'y học', 'y dược', 'sản', 'phụ sản', 'tâm thần', 'điều dưỡng', 'phục hồi chức năng',
  'thương mại', 'hội nghị', 'hội chợ', 'triển lãm', 'tiệc cưới', 'mua sắm', 'giải trí', 'ngoại ngữ', 'tin học', 'đào tạo', 'giáo dục', 'dạy nghề',
  'kinh doanh', 'dịch vụ', 'thể thao', 'chiếu phim',
  // (nutrition institutes and centres run the nutrition clinics: blind reviewers twice judged "Viện Dinh dưỡng Quốc gia"
  // taken as a body worse, as the guideline leaves hospitals out; the tuning golds take no research institute either)
  'dinh dưỡng']);
/**
 * An institute's or centre's name read to `end` is a state parent's unit: the parent closes the name ("... Bộ Y tế") or
 * follows it in brackets, after a dash, or after "(trực) thuộc"/"của" (the name then stops before it). Rare: kept out of parseOrgAt.
 */
function isStateUnit(toks: Token[], bodyStart: number, end: number, text: string): boolean {
  for (let q = bodyStart + 1; q < end; q++) {
    if (!(toks[q].k & ORG_TABLE.bit) || !toks[q].cap || toks[q].gap !== Gap.Space) continue;
    const parent = parseOrgAt(toks, q, { text });
    if (parent && parent.end === end) return parent.agency && STATE_PARENT_HEADS.has(parent.head.head);
  }
  const n = toks[end];
  if (!n) return false;
  let q = end;
  if (n.gap === Gap.Space && (n.w === TRUC_WORD || n.w === THUOC_WORD || n.w === CUA_WORD)) {
    q = n.w === TRUC_WORD && toks[end + 1]?.w === THUOC_WORD ? end + 2 : end + 1;
    if (toks[q]?.gap !== Gap.Space) return false;
  } else if (n.gap !== Gap.Paren && n.gap !== Gap.Dash) return false;
  const b = toks[q];
  if (!b?.cap || !(b.k & ORG_TABLE.bit)) return false;
  const parent = parseOrgAt(toks, q, { text });
  return !!parent && parent.agency && STATE_PARENT_HEADS.has(parent.head.head);
}
/** At `end`: "thuộc X" or "(… thuộc X": X a capitalised public body. */
function underStateBody(toks: Token[], end: number, text: string): boolean {
  const t = toks[end];
  if (t?.w === TRUC_WORD && t.gap === Gap.Space && toks[end + 1]?.w === THUOC_WORD) end++;
  if (!t || (t.gap !== Gap.Space && t.gap !== Gap.Paren)) return false;
  let q = end;
  while (q < toks.length && q - end < 5 && toks[q].w !== THUOC_WORD && !toks[q].cap && !toks[q].num && (q === end || toks[q].gap === Gap.Space)) q++;
  const b = toks[q + 1];
  if (toks[q]?.w !== THUOC_WORD || (q > end && toks[q].gap !== Gap.Space) || !b?.cap || b.gap !== Gap.Space || !(b.k & ORG_TABLE.bit)) return false;
  const parent = parseOrgAt(toks, q + 1, { text });
  return !!parent && parent.agency;
}
const QUAN_LY_TABLE = rareTable(['quản lý']);
/**
 * End of up to seven lower-case words ("quản lý" and "và" among them) right before "thuộc" and a capitalised body, or before
 * "của" and a public body ("Tổng cục Tiêu chuẩn đo lường chất lượng của Bộ Khoa học và Công nghệ"); else -1.
 */
function longRemitEnd(toks: Token[], end: number, text: string): number {
  let q = end;
  while (q < toks.length && q - end < 7 && toks[q].gap === Gap.Space && !toks[q].cap && !toks[q].num && toks[q].w !== THUOC_WORD && toks[q].w !== CUA_WORD) {
    const ql = toks[q].w === VA_WORD ? 1 : matchAt(toks, q, QUAN_LY_TABLE)?.len ?? 0;
    if (ql) { q += ql; continue; }
    // ("tài sản nước ngoài": a remit's reach is no stop)
    if (toks[q].k & STOP_TABLE.bit && matchAt(toks, q, STOP_TABLE) && !isDomesticOrForeign(toks, q) || isLevelAt(toks, q)) return -1;
    q++;
  }
  const n = toks[q], b = toks[q + 1];
  if (q === end || !n || n.gap !== Gap.Space || !b?.cap || b.gap !== Gap.Space || !(b.k & ORG_TABLE.bit) || !matchAt(toks, q + 1, ORG_TABLE)) return -1;
  if (n.w === THUOC_WORD) return q;
  // (after "của" only a public body owns the remit: not "... của Công ty X")
  return n.w === CUA_WORD && q - end >= 2 && !!parseOrgAt(toks, q + 1, { text })?.agency ? q : -1;
}

const ADMIN_LEVEL_TABLE = table(['tỉnh', 'thành phố', 'tp', 'tp.', 'huyện', 'huyện đảo', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn']);
const HEALTH_TABLE = rareTable(['y tế']);
/** Centres that are businesses or venues, not public services. */
const NOT_PUBLIC_CENTRE_TABLE = table(['thương mại', 'hội nghị', 'tiệc cưới', 'mua sắm', 'triển lãm', 'giải trí', 'ngoại ngữ', 'tin học', 'thương mại dịch vụ']);
/**
 * End of a centre's name that runs, in any case, to a level word and a place ("Y tế huyện Đắk Hà"),
 * or -1: a centre with no place, with a commercial name, or broken by a verb or punctuation.
 */
function placedServiceEnd(toks: Token[], j: number, text: string): number {
  for (let k = j; k < toks.length && k - j < 12; k++) {
    const t = toks[k];
    if (t.gap !== Gap.Space && !(k > j && joinedInsideName(toks, k, text))) return -1;
    if (t.num || (k > j && t.acro && t.k & ORG_TABLE.bit)) return -1;
    if (matchAt(toks, k, NOT_PUBLIC_CENTRE_TABLE)) return -1;
    // ("Trung tâm y tế huyện X", in lower case, is the district's clinic, a hospital; "Trung tâm Y tế huyện X" the health service)
    // ("Trung tâm y tế dự phòng tỉnh X", preventive medicine, is no clinic: the province's health service)
    if (k === j && !t.cap && matchAt(toks, k, HEALTH_TABLE) && !(tokAt(toks, k + 2)?.w === DU_ID && tokAt(toks, k + 3)?.w === PHONG_WORD)) return -1;
    // ("Trung tâm quỹ đất TP Huế": the city's level word is written in capitals)
    const lvl = k > j && (!t.cap || t.w === TP_WORD) ? matchAt(toks, k, ADMIN_LEVEL_TABLE)?.len ?? 0 : 0;
    if (lvl) {
      let q = k + lvl;
      // ("Trung tâm Y tế Dự phòng TP Hải Phòng": a province's name whose last word is a head, read whole)
      const province = isNameWord(toks[q]) ? matchAt(toks, q, PROVINCE_TABLE) : null;
      if (province && !isNameWord(tokAt(toks, q + province.len)) && notNameWordInside(toks, q + 1, q + province.len)) return q + province.len;
      while (q < k + lvl + 4 && isNameWord(toks[q]) && !isNotNameWord(toks[q])) q++;
      if (q > k + lvl) return q;
      k += lvl - 1; // "xã hội" is no commune
      continue;
    }
    // ("Y tế dự phòng": "dự" of "dự phòng" (preventive) attends nothing)
    if (t.w === DU_ID && k > j && tokAt(toks, k + 1)?.w === PHONG_WORD && toks[k + 1].gap === Gap.Space) { k++; continue; }
    // "Trung tâm Y tế Dự phòng Hà Nội", "Trung tâm Quản lý điều hành giao thông đô thị Hà Nội": a public health
    // or managing centre closed by its province, with no level word
    if (k > j + 1 && t.cap && t.k & PROVINCE_TABLE.bit && publicServiceCentre(toks, j)) {
      const p = matchAt(toks, k, PROVINCE_TABLE);
      if (p && !isNameWord(tokAt(toks, k + p.len))) return k + p.len;
    }
    // ("Trung tâm Quản lý và điều hành giao thông đô thị Hà Nội": managing "and" operating, one remit, as "Quản lý điều hành" is)
    if (t.w === VA_WORD && k === j + 2 && matchAt(toks, j, QUAN_LY_TABLE)?.len === 2) continue;
    // ("Trung tâm Dịch vụ việc làm Hà Nội": "làm" of "việc làm" is the remit's noun)
    if (k > j && !t.cap && t.f !== 'có' && matchAt(toks, k, STOP_TABLE) && !matchAt(toks, k, STOP_LED_NAME_WORDS_TABLE) && !stopInsideNoun(toks, k)) return -1;
  }
  return -1;
}
/** One of the words from s to e would end a name read word by word ("Phòng" of "Hải Phòng"). */
function notNameWordInside(toks: Token[], s: number, e: number): boolean {
  for (let q = s; q < e; q++) if (isNotNameWord(toks[q])) return true;
  return false;
}
/** Services of the state, named "Y tế", "Pháp y", "Kiểm soát bệnh tật" or "Quản lý" (managing) in capitals; not "Điều hành" (a firm's operations centre too). */
const PUBLIC_SERVICE_TABLE = rareTable(['y tế', 'pháp y', 'kiểm soát bệnh tật', 'quản lý']);
/** Services only the state runs, a centre named by one in either case ("Trung tâm dịch vụ việc làm Hà Nội", "Trung tâm hành chính công Đồng Nai"). */
const STATE_SERVICE_CENTRE_TABLE = rareTable(STATE_SERVICE_CENTRE_REMITS);
function publicServiceCentre(toks: Token[], j: number): boolean {
  return toks[j].cap ? !!matchAt(toks, j, PUBLIC_SERVICE_TABLE) || !!matchAt(toks, j, STATE_SERVICE_CENTRE_TABLE) : !!matchAt(toks, j, STATE_SERVICE_CENTRE_TABLE);
}

/** At k, after a dash: a country, and before the dash an international body's acronym ("ASEAN – Hoa Kỳ", "EU-Nhật Bản"). */
function bodyCountryPairAt(toks: Token[], k: number): boolean {
  return matchAt(toks, k - 1, INTERNATIONAL_PARENT_TABLE)?.len === 1 && !!matchAt(toks, k, COUNTRY_TABLE);
}
/** At k, after a country and a dash, an international body closing the name ("Nga - NATO", "Hoa Kỳ - ASEAN"): its end, or -1. */
function countryBodyPairEnd(toks: Token[], k: number): number {
  const b = matchAt(toks, k, INTERNATIONAL_PARENT_TABLE);
  const close = b ? toks[k + b.len] : undefined;
  return b && (!close || close.gap !== Gap.Space || (!close.cap && !close.num)) ? k + b.len : -1;
}

/** After a common middle name the word before is a family name, no place's ("xã Bình Châu Nguyễn Văn Cao"). */
const MIDDLE_NAME_IDS = new Set(COMMON_MIDDLE_NAMES.map(wordId));
/** ("Hội Nông dân xã Khai Thái  Theo anh ...": a family word followed by a sentence opener starts no person; it ends the place.) */
function familyWordBeforeOpener(toks: Token[], k: number): boolean {
  const n = toks[k + 1];
  // (not "Ông", "Bà": an honorific after an unknown place does not stop the name's reading; nor an opener before a capital,
  // a middle name: "xã Khai Trần Sáng Tùng")
  return !!n && n.cap && n.gap === Gap.Space && SENTENCE_OPENER_IDS.has(n.w) && !isNameWord(tokAt(toks, k + 2)) && !matchAt(toks, k + 1, HONORIFIC_TABLE);
}
const DH_ID = wordId('đh');
/** Words of a name that open with a stop word: "tối cao" (supreme), "dự phòng" (preventive). */
const STOP_LED_NAME_WORDS_TABLE = rareTable(['tối cao', 'dự phòng', 'giao thông', ...STOP_SYLLABLE_NOUNS]);
/** The stop word at q is inside a noun of a name begun one or two words before ("an toàn", "khẩn cấp", "công nghệ thông tin"). */
export function stopInsideNoun(toks: Token[], q: number): boolean {
  return q > 0 && (lenOrNone(matchAt(toks, q - 1, STOP_COMPOUND_TABLE)) >= 2 || (q > 1 && lenOrNone(matchAt(toks, q - 2, STOP_COMPOUND_TABLE)) >= 3));
}

const VA_WORD = wordId('và');
/** "Phòng Cảnh sát PCCC và CNCH": two acronyms of one remit joined by "và". */
function joinsAcronyms(toks: Token[], k: number): boolean {
  const p = toks[k - 1], n = toks[k + 1];
  return !!p && p.acro && !!n && n.acro && n.gap === Gap.Space && !n.num && !(n.k & ORG_TABLE.bit && matchAt(toks, k + 1, ORG_TABLE)) && !matchAt(toks, k + 1, PLACE_TABLE);
}
const FIELD_TABLE = rareTable(NAME_FIELDS);
/** Fields that are a Vietnamese ministry of their own: "Bộ Công an và Quốc phòng" is two ministries written short. */
const MINISTRY_FIELD_TABLE = rareTable(['quốc phòng', 'công an', 'ngoại giao', 'nội vụ', 'tư pháp', 'tài chính', 'công thương', 'xây dựng', 'y tế',
  'giao thông', 'kế hoạch', 'tài nguyên', 'giáo dục', 'nông nghiệp', 'lao động', 'văn hóa', 'khoa học', 'thông tin']);
/** Length of a capitalised field at k (not another body's head): "Mỏ", "Nhi đồng"; else 0. */
function fieldLenAt(toks: Token[], k: number, head: OrgHead | null): number {
  const t = toks[k];
  if (!t || !t.cap || t.acro || t.num) return 0;
  const f = matchAt(toks, k, FIELD_TABLE);
  if (!f || (t.k & ORG_TABLE.bit && matchAt(toks, k, ORG_TABLE))) return 0;
  if ((head?.head === 'Bộ' || head?.head === 'Sở') && matchAt(toks, k, MINISTRY_FIELD_TABLE)) return 0;
  return f.len;
}
/** End of ", Field ... và Field" from the separator at k (a comma gap or "và"), closed by "và"; else -1. */
function coordinatedFieldsEnd(toks: Token[], k: number, head: OrgHead | null): number {
  let q = k;
  for (let items = 0; items < 6; items++) {
    const t = toks[q];
    if (!t) return -1;
    let f: number;
    const va = t.w === VA_WORD && t.gap === Gap.Space;
    if (va) { f = q + 1; if (toks[f]?.gap !== Gap.Space) return -1; }
    else if (t.gap === Gap.Comma) f = q;
    else return -1;
    const len = fieldLenAt(toks, f, head);
    if (!len) return -1;
    q = f + len;
    // ("Giám sát, Kiểm tra Chất lượng và Kiểm dịch": an item may be two fields, the second capitalised too)
    if (toks[q]?.gap === Gap.Space) q += fieldLenAt(toks, q, head);
    if (va) return q;
  }
  return -1;
}
/** Committees and departments whose later fields may be listed in lower case (not associations: "Hội Phụ nữ, thanh niên" are two). */
const LOWER_FIELD_LIST_HEADS = new Set(['Ủy ban', 'Uỷ ban', 'Cục', 'Tổng cục', 'Vụ']);
const COMMITTEE_HEADS = new Set(['Ủy ban', 'Uỷ ban']);
/**
 * End of ", field, ... và field" from the comma at k with items in either case, some in lower case ("Ủy ban Khoa học, công
 * nghệ và môi trường", "Ủy ban Văn hóa, Giáo dục, Thanh niên, thiếu niên và nhi đồng của Quốc hội"), closed by "và" or by
 * its owner ("Ủy ban Tài chính, ngân sách của Quốc hội"); else -1.
 */
function lowerFieldsEnd(toks: Token[], k: number, head: OrgHead | null, afterSector: boolean): number {
  // (or, in a committee's name, from "và" right after a sector read whole, "Khoa học, công nghệ", "Khoa học công nghệ";
  // not a department's: "Cục Thú y và quản lý thị trường" are two)
  if (head === null || !LOWER_FIELD_LIST_HEADS.has(head.head) || (toks[k].gap !== Gap.Comma && !(afterSector && COMMITTEE_HEADS.has(head.head)))) return -1;
  let q = k;
  for (let items = 0; items < 6; items++) {
    const t = toks[q];
    if (!t || t.num) return -1;
    const va = t.w === VA_WORD && t.gap === Gap.Space;
    if (!va && t.gap !== Gap.Comma) return -1;
    const f = va ? q + 1 : q;
    const n = toks[f];
    if (!n || n.num || n.gap !== (va ? Gap.Space : Gap.Comma)) return -1;
    const len = n.cap ? fieldLenAt(toks, f, head) : lenOrNone(matchAt(toks, f, FIELD_TABLE));
    if (len <= 0) return -1;
    q = f + len;
    if (va || (head.head !== 'Cục' && ofParentEnd(toks, q) > q)) return q;
  }
  return -1;
}
/** Sub-units named with the force they belong to right after their own name. */
const FORCE_UNIT_HEADS = new Set(['Đội', 'Phòng']);
// (associations too: "Hội Cấp cứu và Chống độc Việt Nam"; a province's branch as its Cục: "Chi cục Chăn nuôi và Thú y")
const FIELD_DEPARTMENT_HEADS = new Set(['Cục', 'Vụ', 'Phòng', 'Ban', 'Viện', 'Trung tâm', 'Tổng cục', 'Chi cục', 'Hội', 'Hiệp hội', 'Liên đoàn']);
function isLowerWordAt(toks: Token[], k: number): boolean {
  const t = toks[k];
  return !!t && t.gap === Gap.Space && !t.cap && !t.num;
}
/** "và" at k joins a department's second field: a capitalised word that opens no body, place, person or post. */
function joinsSecondField(toks: Token[], k: number, head: OrgHead | null, anchors: number, pendingLower: number, lastWasPlace: boolean): boolean {
  const n = toks[k + 1];
  // (both fields in sentence case: "Cục Thuế và Kho bạc" are two bodies)
  // ("Hiệp hội Doanh nghiệp Nhỏ và Vừa (DNNVV)": a one-word field closed by the whole name's acronym may follow a capital)
  const acronymAfter = toks[k + 2]?.gap === Gap.Paren && toks[k + 2].acro && !toks[k + 2].num;
  // ("Vụ Trang thiết bị và Công trình y tế": a first field closed by a compound's lower-case syllables)
  if (!head || !FIELD_DEPARTMENT_HEADS.has(head.head) || anchors === 0 || (pendingLower !== 1 && !(pendingLower === 0 && (acronymAfter || !toks[k - 1].cap))) || lastWasPlace) return false;
  const remitOpener = !!n && !!matchAt(toks, k + 1, NOT_A_HEAD_TABLE);
  // (a family name opens a person, unless a lower-case syllable completes it: "Cục Văn thư và Lưu trữ")
  if (!n || n.gap !== Gap.Space || !n.cap || n.acro || n.num || (isNotNameWord(n) && !remitOpener) || (isFamilyWord(n) && !isLowerWordAt(toks, k + 2))) return false;
  // ("Phòng ngừa", "Phòng chống" open a remit, not a department)
  if (n.k & (ORG_TABLE.bit | PLACE_TABLE.bit | POSITION_TABLE.bit | RANK_TABLE.bit | HONORIFIC_TABLE.bit | LEVEL_TABLE.bit)
    && ((matchAt(toks, k + 1, ORG_TABLE) && !remitOpener) || matchAt(toks, k + 1, PLACE_TABLE) || matchAt(toks, k + 1, POSITION_TABLE) || matchAt(toks, k + 1, RANK_TABLE) || matchAt(toks, k + 1, HONORIFIC_TABLE) || matchAt(toks, k + 1, LEVEL_TABLE))) return false;
  const after = toks[k + 2];
  if (acronymAfter) return true;
  return !!after && after.gap === Gap.Space && !after.cap && !after.num && (!matchAt(toks, k + 2, STOP_TABLE) || !!matchAt(toks, k + 1, STOP_COMPOUND_TABLE));
}

const OCEAN_TABLE = rareTable(OCEANS_NAMED_WITH_PLACES);
/** A capitalised honorific at k that is a country ("Anh", Britain) closing a name: no Vietnamese name word after it (kept out of parseBody). */
function countryNotHonorificAt(toks: Token[], k: number, text: string): boolean {
  const t = toks[k];
  if (!t.cap || t.gap !== Gap.Space || k === 0 || toks[k - 1].cap) return false;
  const c = matchAt(toks, k, COUNTRY_TABLE);
  if (!c) return false;
  const n = toks[k + c.len];
  return !n || n.gap !== Gap.Space || !n.cap || (isForeignNameWord(text, n) && !matchAt(toks, k + c.len, PLACE_TABLE));
}
/** Heads whose name may hold two fields each written in sentence case ("Cục Quan hệ lao động và Tiền lương"). */
const SECOND_FIELD_HEADS = new Set([...FIELD_DEPARTMENT_HEADS, 'Bộ', 'Ủy ban', 'Uỷ ban', 'Văn phòng', 'Hội đồng', 'Ban Quản lý', 'Cơ quan']);
/**
 * At "và" (k) after a first field with lower-case words: a capitalised second field (no body, place, person or post) and
 * its words up to a closer (punctuation, "cho biết", what a body does, a person's name, the place served, which it keeps); its end, else -1.
 */
function secondSentenceCaseFieldEnd(toks: Token[], k: number, text: string): number {
  const n = toks[k + 1];
  if (!n || n.gap !== Gap.Space || !n.cap || n.acro || n.num || isNotNameWord(n) || startsFamilyName(toks, k + 1)) return -1;
  if (n.k & (ORG_TABLE.bit | PLACE_TABLE.bit | POSITION_TABLE.bit | RANK_TABLE.bit | HONORIFIC_TABLE.bit | LEVEL_TABLE.bit)
    && (matchAt(toks, k + 1, ORG_TABLE) || matchAt(toks, k + 1, PLACE_TABLE) || matchAt(toks, k + 1, POSITION_TABLE) || matchAt(toks, k + 1, RANK_TABLE) || matchAt(toks, k + 1, HONORIFIC_TABLE) || matchAt(toks, k + 1, LEVEL_TABLE))) return -1;
  let q = k + 2;
  while (q < toks.length && q - k <= 7) {
    const t = toks[q];
    if (t.gap !== Gap.Space || t.num || t.acro) break;
    if (t.cap) {
      if (isNotNameWord(t) || startsFamilyName(toks, q) || (t.k & (ORG_TABLE.bit | PLACE_TABLE.bit | POSITION_TABLE.bit) && (matchAt(toks, q, ORG_TABLE) || matchAt(toks, q, PLACE_TABLE) || matchAt(toks, q, POSITION_TABLE)))) break;
    } else if (t.k & (STOP_TABLE.bit | LEVEL_TABLE.bit) && ((matchAt(toks, q, STOP_TABLE) && !matchAt(toks, q - 1, STOP_COMPOUND_TABLE)) || isLevelAt(toks, q))) break;
    q++;
  }
  if (q - k > 7) return -1;
  const c = toks[q];
  if (!c) return q;
  if (c.gap !== Gap.Space) {
    let after = text.charCodeAt(toks[q - 1].e);
    if (after === 32) after = text.charCodeAt(toks[q - 1].e + 1);
    // ("... và Thông tin điện tử - Bộ TT&TT": or a dash before the parent body)
    return after === 44 || after === 46 || after === 40 || after === 41 || after === 58 || after === 59 || (c.gap === Gap.Dash && c.cap && !!matchAt(toks, q, ORG_TABLE)) ? q : -1;
  }
  if (c.cap) {
    // ("... và Thông tin thị trường lao động TP.HCM", "... Việt Nam": the place it serves closes the name and belongs to it)
    const place = matchAt(toks, q, PLACE_TABLE);
    if (place) return !isNameWord(tokAt(toks, q + place.len)) ? q + place.len : -1;
    // ("... và An ninh quốc gia Quốc hội Iran": the parent body named right after, which the name keeps)
    const parent = c.k & ORG_TABLE.bit && q - k > 2 ? parseOrgAt(toks, q, { text }) : null;
    if (parent && parent.agency && parent.end > q + 1) return parent.end;
    return startsFamilyName(toks, q) ? q : -1;
  }
  const lvl = isLevelAt(toks, q);
  if (lvl) {
    let e = q + lvl;
    while (e < toks.length && e - q - lvl < 4 && toks[e].cap && !toks[e].acro && (e === q + lvl || toks[e].gap === Gap.Space || toks[e].gap === Gap.Dash)) e++;
    return e > q + lvl ? e : -1;
  }
  // ("... và Môi trường Công nghiệp làm Trưởng đoàn": or a verb, after two fields whose capitals mark the name's extent)
  // ("... và Tiền lương được thành lập", "... và Thông tin điện tử cho hay": or a function word after a field of two words or more)
  return matchAt(toks, q, BODY_ACTS_TABLE) || c.w === LAM_WORD || (q - k > 2 && !!matchAt(toks, q, STOP_TABLE)) ? q : -1;
}
const LAM_WORD = wordId('làm');

const CSDT_ID = wordId('csđt'), ANDT_ID = wordId('anđt');
/** End of "CSĐT/ANĐT <named police force>" at k, or -1. */
function investigationBodyOf(toks: Token[], k: number): number {
  const t = toks[k], n = toks[k + 1];
  if (!t || !(t.w === CSDT_ID || t.w === ANDT_ID) || t.gap !== Gap.Space || !n || n.gap !== Gap.Space || !n.cap || !(n.k & ORG_TABLE.bit)) return -1;
  const force = parseOrgAt(toks, k + 1, {});
  return force && force.agency && PARENT_FORCE_HEADS.has(force.head.head) ? force.end : -1;
}
const CQDT_ID = wordId('cqđt'), DIEU_ID = wordId('điều');
/** The name ending at `end` is an investigation body's: "... CSĐT", "... ANĐT", "... điều tra". */
function investigatesAt(toks: Token[], end: number): boolean {
  const t = toks[end - 1];
  return t.w === CSDT_ID || t.w === ANDT_ID || t.w === CQDT_ID || (t.w === TRA_ID && toks[end - 2].w === DIEU_ID);
}
/** End of the police force or ministry after the dash at k ("- Công an tỉnh X", "- Bộ Công an"), or k. */
function dashedForceEnd(toks: Token[], k: number, text: string): number {
  const t = toks[k];
  if (!t.cap || !(t.k & ORG_TABLE.bit)) return k;
  const force = parseOrgAt(toks, k, { text });
  return force && force.agency && PARENT_FORCE_HEADS.has(force.head.head) ? force.end : k;
}

/** "Tình báo Quốc gia", "Tình báo Trung ương": a country's service named by its level, a name after "Cơ quan". */
function isNationalServiceAt(toks: Token[], k: number): boolean {
  const o = matchAt(toks, k, ORG_TABLE);
  return !!o && o.value.needs === 'country' && o.len >= 3;
}
const VIET_NAM_TABLE = rareTable(['việt nam']);
/** Centres that are venues, research or policy institutes, or markets: "Trung tâm Văn hóa Pháp", "Trung tâm Nghiên cứu ...". */
const CULTURE_TABLE = rareTable(['văn hóa', 'nghiên cứu', 'tài chính', 'an ninh', 'ung thư']);
/** The name toks[from, end) ends with a country other than Việt Nam. */
function endsWithForeignCountry(toks: Token[], from: number, end: number): boolean {
  for (let q = end - 1; q >= from && q >= end - 3; q--) {
    if (matchAt(toks, q, COUNTRY_TABLE)?.len === end - q) return !matchAt(toks, q, VIET_NAM_TABLE);
    // "Trung tâm Đa dạng sinh học ASEAN": a centre of an international body is that body's agency
    if (matchAt(toks, q, INTERNATIONAL_PARENT_TABLE)?.len === end - q) return true;
  }
  return false;
}

const TRADE_FIELD_TABLE = rareTable(['thương mại']);
const VN_ID = wordId('vn'), CHAU_ID = wordId('châu');
/** "Việt Nam" or its acronym "VN" at k, the seat of a foreign body's office here. */
function seatedInVietNam(toks: Token[], k: number): boolean {
  return !!matchAt(toks, k, VIET_NAM_TABLE) || toks[k]?.w === VN_ID;
}
/** The name ends with a continent ("châu Âu"): a regional chamber's members' home. */
function endsWithContinent(toks: Token[], end: number): boolean {
  return end >= 2 && toks[end - 2].w === CHAU_ID && toks[end - 1].cap;
}
/** The name toks[from, end) ends with a country or province, "Quốc gia" or "Trung ương". */
function endsWithPlaceOrNation(toks: Token[], from: number, end: number): boolean {
  if (end - from >= 2 && matchAt(toks, end - 2, NATION_LEVEL_TABLE)?.len === 2) return true;
  for (let q = end - 1; q >= from && q >= end - 4; q--) if (matchAt(toks, q, PLACE_TABLE)?.len === end - q) return true;
  return false;
}
const NATION_LEVEL_TABLE = rareTable(['quốc gia', 'trung ương']);
const ROMAN_NUMERAL_RE = /^[ivx]+$/;
/**
 * toks[from, end) ends with "Quốc gia" or "Trung ương", in either case, maybe then a Roman number: a centre of the
 * central state ("Trung tâm Khuyến nông quốc gia", "Trung tâm Lưu trữ Quốc gia IV" beside the I, II and III).
 */
function endsWithNationLevel(toks: Token[], from: number, end: number): boolean {
  const last = toks[end - 1];
  const e = last.acro && ROMAN_NUMERAL_RE.test(last.f) ? end - 1 : end;
  return e - 2 >= from && matchAt(toks, e - 2, NATION_LEVEL_TABLE)?.len === 2;
}

const GENERAL_STAFF_HEAD = 'Bộ Tổng Tham mưu';
const STAFFED_FORCE_TABLE = rareTable(['quân đội', 'lực lượng vũ trang', 'các lực lượng vũ trang', 'liên quân']);
/** "Bộ Tổng tham mưu quân đội Nga", "Bộ Tổng Tham mưu liên quân Hàn Quốc": a general staff names the forces of its country; else `end`. */
function staffOfForceEnd(toks: Token[], end: number): number {
  const f = toks[end]?.gap === Gap.Space ? matchAt(toks, end, STAFFED_FORCE_TABLE) : null;
  const c = f && toks[end + f.len]?.gap === Gap.Space ? matchAt(toks, end + f.len, COUNTRY_TABLE) : null;
  return c ? end + f!.len + c.len : end;
}
/** The court heads that hold a lower-case instance or level ("Tòa án phúc thẩm", "Tòa phúc thẩm liên bang"). */
const DESCRIBED_COURT_HEADS = new Set(DESCRIBED_COURT_HEAD_NAMES);
const LOWER_COURT_HEADS = new Set(['Tòa phúc thẩm', 'Tòa sơ thẩm', 'Tòa thượng thẩm', ...DESCRIBED_COURT_HEADS]);
const PHIEN_ID = wordId('phiên');
const BASE_COURT_TABLE = phraseTable(ORG_HEADS.filter((h) => h.head === 'Tòa án' || h.head === 'Tòa phúc thẩm' || h.head === 'Tòa sơ thẩm').map((h) => [h.head, h] as [string, OrgHead]), false);
/** "Tòa Phúc thẩm Liên bang", "Tòa án Liên bang": written in capitals the instance or level is the name after the court's own head. */
function courtHeadAsWritten(toks: Token[], i: number, m: { readonly len: number; readonly value: OrgHead }): { readonly len: number; readonly value: OrgHead } {
  for (let q = i + 1; q < i + m.len; q++) if (toks[q].cap) return matchAt(toks, i, BASE_COURT_TABLE) ?? m;
  return m;
}
/** "tòa phúc thẩm San Francisco", "tòa phúc thẩm liên bang Mỹ": a lower-case court before a foreign country or city is that court;
 * before a province it is a hearing's court ("phiên tòa phúc thẩm Hà Nội"), no named body. */
function foreignCourtSeatAt(toks: Token[], i: number, k: number): boolean {
  return !matchAt(toks, k, PROVINCE_TABLE) && !(i > 0 && toks[i - 1].w === PHIEN_ID) && !afterIndefiniteOne(toks, i);
}
const MOT_ID = wordId('một');
/** "một tòa án phúc thẩm liên bang Mỹ", "Một Tòa án phúc thẩm ...": "một" right before counts courts, it names none. */
function afterIndefiniteOne(toks: Token[], i: number): boolean {
  return i > 0 && toks[i - 1].w === MOT_ID && toks[i].gap === Gap.Space;
}
/**
 * A court read by its lower-case instance or level names one court, unless "một" stands before it, or the words after it
 * open the next sentence: "Các" ("Tòa phúc thẩm liên bang Các bang ở Mỹ ..."), or, after a head opening its sentence
 * (a caption glued to the text), a capitalised word in sentence case that is no place ("Tòa sơ thẩm liên bang Hệ thống tòa án Mỹ").
 */
function describedCourtNamesOne(toks: Token[], i: number, len: number): boolean {
  if (afterIndefiniteOne(toks, i)) return false;
  const k = i + len, b = toks[k];
  if (!b || b.gap !== Gap.Space || !b.cap || b.acro) return true;
  if (isNotNameWord(b)) return false;
  const n = toks[k + 1];
  return !((i === 0 || toks[i].gap === Gap.Break) && n && n.gap === Gap.Space && !n.cap && !n.num
    && !matchAt(toks, k, PLACE_TABLE) && !matchAt(toks, k, COUNTRY_TABLE) && !isLevelAt(toks, k));
}

const POLICE_UNIT_HEADS = new Set(['Phòng', 'Đội', 'Cục']);
const CANH_ID = wordId('cảnh'), SAT_ID = wordId('sát');
/** Fire and rescue remits by their acronyms ("PCCC", "CNCH", "PCCC&CNCH"), as tokens fold them. */
const FIRE_RESCUE_ACRONYMS = new Set(['pccc', 'cnch', 'pccc&cnch']);
/** Words at k of "PCCC", "PCCC&CNCH" or "PCCC và CNCH" (spaced by a space only), or 0. */
function fireRescueAcronymsLen(toks: Token[], k: number): number {
  const t = toks[k];
  if (!t || t.gap !== Gap.Space || !t.acro || !FIRE_RESCUE_ACRONYMS.has(t.f)) return 0;
  const v = toks[k + 1], n = toks[k + 2];
  return v?.w === VA_WORD && v.gap === Gap.Space && n?.gap === Gap.Space && n.acro && FIRE_RESCUE_ACRONYMS.has(n.f) ? 3 : 1;
}
/**
 * End of a lower-case police unit's name from k (after "cảnh sát"): up to six lower-case words and a crime remit,
 * then its force ("Công an tỉnh X", kept in the name) or a comma before it; else -1.
 */
function sentenceCasePoliceUnitEnd(toks: Token[], k: number, text: string): number {
  const j = k;
  // ("Phòng cảnh sát PCCC và CNCH, Công an tỉnh Quảng Trị": a fire and rescue remit written by its acronyms)
  const acros = fireRescueAcronymsLen(toks, k);
  if (acros) k += acros;
  // ("Phòng cảnh sát giao thông Công an Thanh Hóa": "giao thông" hands nothing over)
  else while (k < toks.length && k - j < 6 && toks[k].gap === Gap.Space && !toks[k].cap && !toks[k].num && !(toks[k].k & STOP_TABLE.bit && matchAt(toks, k, STOP_TABLE) && !matchAt(toks, k, STOP_LED_NAME_WORDS_TABLE)) && !isLevelAt(toks, k)) {
    const remit = crimeRemitLen(toks, k);
    k += remit || 1;
  }
  if (k === j) return -1;
  const n = toks[k];
  if (!n || !n.cap || !(n.k & ORG_TABLE.bit)) return -1;
  const parent = parseOrgAt(toks, k, { text });
  if (!parent || !parent.agency || !PARENT_FORCE_HEADS.has(parent.head.head)) return -1;
  // ("... kinh tế-Công an tỉnh Tây Ninh": a bare dash joins the force as a space does; " - " is a chain's cut)
  if (n.gap === Gap.Space || (n.gap === Gap.Dash && n.s === toks[k - 1].e + 1)) return parent.end;
  return n.gap === Gap.Comma || n.gap === Gap.Dash || n.gap === Gap.Paren ? k : -1;
}

/**
 * End of a unit's lower-case name from k (up to six words, a crime remit among them) joined to its force by a space or a
 * bare dash (the force kept in the name), or closed by "(" before it; else -1. ("Phòng giáo dục, Công an thành phố": a
 * comma lists another body.)
 */
const DOI_WORD = wordId('đội');
/** Words before "phòng"/"đội" that make another word of them: văn phòng, quốc phòng, dự phòng, bộ đội, quân đội. */
const NOT_PHONG_UNIT_BEFORE_IDS = new Set(['văn', 'quốc', 'dự', 'đề', 'biên', 'trụ', 'cơ', 'căn', 'các', 'những'].map(wordId));
const BO_ID = wordId('bộ'), QUAN_ARMY_ID = wordId('quân'), CAN_ID = wordId('cán');
/** The lower-case "phòng"/"đội" at i is the second syllable of another word ("văn phòng", "quốc phòng", "bộ đội", "quân đội"; not "cán bộ đội"). */
function unitWordInCompound(toks: Token[], i: number): boolean {
  if (i === 0 || toks[i].gap !== Gap.Space) return false;
  const b = toks[i - 1].w;
  if (toks[i].w === PHONG_WORD) return NOT_PHONG_UNIT_BEFORE_IDS.has(b);
  return b === QUAN_ARMY_ID || (b === BO_ID && !(i > 1 && toks[i - 2].w === CAN_ID && toks[i - 1].gap === Gap.Space));
}
/** Police units' remits written by their acronyms ("phòng CSGT", "đội CSHS"). Folded. */
const POLICE_UNIT_ACRONYMS = new Set(['csgt', 'cshs', 'cskt', 'csmt', 'csđt', 'cscđ', 'pccc', 'pccc&cnch', 'csqlhc', 'cstt']);
/** Index of a provincial police department's code in brackets among tokens [from, end), else -1. */
function innerCodeBracket(toks: Token[], from: number, end: number): number {
  for (let q = from; q < end; q++) if (toks[q].gap === Gap.Paren && POLICE_DEPARTMENT_CODE_RE.test(toks[q].f)) return q;
  return -1;
}
/** A provincial police department's code, folded ("pc45", "pa83", "pc52"). */
const POLICE_DEPARTMENT_CODE_RE = /^p[ackv]\d\d$/;
/**
 * After a lower-case "phòng"/"đội" (k is the next word): "cảnh sát ..." or a police remit's acronym (with its number, "CSGT số 3"),
 * then its force right after a space, capitalised or lower-case ("công an tỉnh Lạng Sơn"), kept in the name; the force's end, else -1.
 */
function lowerPoliceUnitEnd(toks: Token[], k: number, text: string): number {
  const t = toks[k];
  let q: number;
  if (t.w === CANH_ID && toks[k + 1]?.w === SAT_ID && toks[k + 1].gap === Gap.Space) {
    q = k + 2;
    const acros = fireRescueAcronymsLen(toks, q);
    if (acros) q += acros;
    else while (q < toks.length && q - k < 8 && toks[q].gap === Gap.Space && !toks[q].cap && !toks[q].num && !(toks[q].k & STOP_TABLE.bit && matchAt(toks, q, STOP_TABLE) && !matchAt(toks, q, STOP_LED_NAME_WORDS_TABLE)) && !isLevelAt(toks, q)) q += crimeRemitLen(toks, q) || 1;
    // ("phòng cảnh sát Công an huyện": "cảnh sát" alone is no unit's remit)
    if (q === k + 2) return -1;
  } else if ((t.acro && POLICE_UNIT_ACRONYMS.has(t.f)) || (t.cap && POLICE_DEPARTMENT_CODE_RE.test(t.f))) {
    // (or the department's code: "phòng PC45 Công an tỉnh Lâm Đồng")
    q = k + 1;
    if (toks[q]?.w === SO_ID && toks[q].gap === Gap.Space && toks[q + 1]?.num && toks[q + 1].gap === Gap.Space) q += 2;
  } else return -1;
  // "phòng Cảnh sát truy nã tội phạm (PC52) Công an tỉnh Lào Cai": the unit's code in brackets, then its force; the name ends
  // before the code, which bracketAt reads as its other name
  const code = toks[q];
  if (q > k + 1 && code?.gap === Gap.Paren && code.cap && POLICE_DEPARTMENT_CODE_RE.test(code.f) && toks[q + 1] && toks[q + 1].k & ORG_TABLE.bit && CLOSING_BRACKET_RE.test(text.slice(code.e, toks[q + 1].s))) {
    const force = parseOrgAt(toks, q + 1, { text, lowerHead: true });
    return force && force.agency && POLICE_FORCE_HEADS.has(force.head.head) && force.end > q + 2 ? force.end : -1;
  }
  const n = toks[q];
  if (!n || n.gap !== Gap.Space || !(n.k & ORG_TABLE.bit)) return -1;
  const parent = parseOrgAt(toks, q, { text, lowerHead: true });
  return parent && parent.agency && POLICE_FORCE_HEADS.has(parent.head.head) && parent.end > q + 1 ? parent.end : -1;
}
const SENTENCE_CASE_UNIT_HEADS = new Set(['Phòng', 'Đội']);
const POLICE_FORCE_HEADS = new Set(['Công an', 'CA', 'CATP', 'CAT']);
function lowerUnitOfForceEnd(toks: Token[], k: number, text: string): number {
  const j = k;
  while (k < toks.length && k - j < 6 && toks[k].gap === Gap.Space && !toks[k].cap && !toks[k].num && !(toks[k].k & STOP_TABLE.bit && matchAt(toks, k, STOP_TABLE)) && !isLevelAt(toks, k)) {
    const remit = crimeRemitLen(toks, k);
    k += remit || 1;
  }
  const n = toks[k];
  if (k === j || !n || !n.cap || !(n.k & ORG_TABLE.bit) || !(n.gap === Gap.Space || n.gap === Gap.Paren || (n.gap === Gap.Dash && n.s === toks[k - 1].e + 1))) return -1;
  const parent = parseOrgAt(toks, k, { text });
  if (!parent || !parent.agency || !PARENT_FORCE_HEADS.has(parent.head.head)) return -1;
  // (in brackets only a police force: "Phòng ... (Bộ Tài chính)" may be any office)
  if (n.gap === Gap.Paren) return POLICE_FORCE_HEADS.has(parent.head.head) ? k : -1;
  return parent.end;
}

const PRIVATE_SITE_TABLE = rareTable(['chung cư', 'tòa nhà', 'công viên nước', 'khu vui chơi', 'siêu thị', 'trung tâm thương mại']);
// ("Hội nhà văn Hà Nội", "Liên đoàn bóng đá Việt Nam": associations and federations named in sentence case too)
// ("Văn phòng đăng ký đất đai tỉnh X", "Văn phòng công tố Seoul": offices too; not a business's representative office)
// ("Trung ương Hội sinh viên Việt Nam": an association's centre, named as the association is)
const PLACED_SENTENCE_CASE_HEADS = new Set(['Tổng cục', 'Cục', 'Chi cục', 'Hội đồng', 'Ủy ban', 'UB', 'Cơ quan', 'Ban Quản lý', 'Sở Cảnh sát', 'Cảng vụ', 'Hội', 'Hội hữu nghị', 'Liên đoàn', 'Văn phòng',
  'Trung ương Hội', 'T.Ư Hội', 'TƯ Hội', 'TW Hội',
  'Hiệp hội', 'Tổng hội', 'Thương hội', 'Tổng thương hội', 'Viện Hàn lâm']);
const DAI_ID = wordId('đại'), BAN_VILLAGE_ID = wordId('bản'), XA_LEVEL_ID = wordId('xã');
const DU_ID = wordId('dự'), AN_ID = wordId('án');
/** Lower-case words of the stop list that are a remit's nouns ("Ban quản lý dự án"). */
const REMIT_NOUN_TABLE = rareTable(['dự án', 'hàng không', 'các khu', 'thông tin', 'quản lý', 'cấp nước', 'cấp thoát nước', 'cấp điện', 'công trình', 'giao thông', 'đăng ký', ...STOP_SYLLABLE_NOUNS]);
// ("Cục bồi thường Nhà nước": a state-wide department closed by "Nhà nước" like "Quốc gia")
const QUOC_GIA_TABLE = rareTable(['quốc gia', 'nhà nước']);
const PROGRAMME_TABLE = rareTable(['chương trình', 'dự án', 'đề án']);
const VILLAGE_LEVEL_TABLE = rareTable(['thôn', 'ấp', 'bản', 'xóm', 'khu phố', 'tổ dân phố', 'làng', 'khu dân cư']);
/**
 * "Cục thuế TP Hà Nội", "Chi cục kiểm lâm TP.Cần Thơ", "Đội quản lý trật tự đô thị Q.1": after a lower-case remit, a level
 * written short ("TP", "TP.", glued "TP.Cần", "Q.1") and its place close the name as a level word does; the end, else -1.
 */
function shortLevelPlaceEnd(toks: Token[], k: number, head: OrgHead, opts: ParseOptions): number {
  const n = toks[k];
  if (!(n.acro && isLevelAt(toks, k)) && !gluedLevelAt(n)) return -1;
  const body = parseBody(toks, k, head, !!opts.title, opts.text);
  return body.placeAnchors > 0 ? body.end : -1;
}
/**
 * End of a sentence-case name after a head: two to seven lower-case words, then a country or province, "Quốc
 * gia", a level word and its place, or (for a project board) a capitalised project name; else -1.
 */
function placedSentenceCaseEnd(toks: Token[], j: number, head: OrgHead, opts: ParseOptions): number {
  // ("Cơ quan công an huyện X": a lower-case body after the head is that body, read on its own)
  // ("Cơ quan phòng thủ tên lửa": a lower-case "phòng" before another lower-case word is no department)
  const inner = toks[j].k & ORG_TABLE.bit ? matchAt(toks, j, ORG_TABLE) : null;
  // ("Hiệp hội doanh nghiệp Nhật Bản tại Việt Nam": an association's members are no business of their own)
  const members = inner && ASSOCIATION_HEADS.has(head.head) && MEMBER_KIND_HEADS.has(inner.value.head);
  if (matchAt(toks, j - 1, NOT_BODY_TABLE) || (inner && !members && !(inner.len === 1 && inner.value.needs === 'name' && toks[j + 1]?.gap === Gap.Space && !toks[j + 1].cap && !toks[j + 1].num))) return -1;
  // a building's or a park's management board is the owner's, no public body ("Ban quản lý chung cư X")
  if (head.head === 'Ban Quản lý' && matchAt(toks, j, PRIVATE_SITE_TABLE)) return -1;
  if (head.head === 'Văn phòng' && toks[j].w === DAI_ID) return -1;
  let k = j;
  // (a project board's remit is long: "Ban quản lý dự án đầu tư xây dựng hệ thống cấp nước Sông Đà")
  const most = head.head === 'Ban Quản lý' ? 11 : 7;
  while (k < toks.length && k - j < most) {
    const t = toks[k];
    if (t.gap !== Gap.Space || t.cap || t.num) break;
    const noun = matchAt(toks, k, REMIT_NOUN_TABLE);
    if (noun) { k += noun.len; continue; }
    if (matchAt(toks, k, STOP_TABLE) || isLevelAt(toks, k)) break;
    k++;
  }
  const n = toks[k];
  const national = NATIONAL_SENTENCE_CASE_HEADS.has(head.head) ? lowerNationalBodyEnd(toks, j) : -1;
  if (national > 0) return national;
  // "Ban quản lý dự án đường sắt (Bộ GTVT)", "Ban quản lý dự án đường sắt sẽ ...": a project board named by its project
  if (head.head === 'Ban Quản lý' && k - j >= 3 && k - j < most && toks[j].w === DU_ID && toks[j + 1].w === AN_ID
    && (!n || n.gap !== Gap.Space || (!n.cap && !n.num && (!!matchAt(toks, k, BODY_ACTS_TABLE) || NAME_CLOSING_WORDS.has(n.f) || n.f === 'tại' || n.f === 'với')))) return k;
  // "Ban Quản lý dự án 2 (PMU 2)": a ministry's project board named by its number
  // (closed by punctuation, a capital or a verb; not a count: "Ban quản lý dự án 3 năm qua")
  if (head.head === 'Ban Quản lý' && k === j + 2 && toks[j].w === DU_ID && n?.gap === Gap.Space && n.num && n.e - n.s <= 3 && numberedBoardClosed(toks[k + 1], toks, k + 1)) return k + 1;
  if (k === j || !n || n.gap !== Gap.Space) return -1;
  // "Cơ quan phòng thủ tên lửa của Mỹ", "Cơ quan quản lý Thực phẩm và Dược phẩm của Mỹ": a foreign agency's remit, then whose it is
  if (OF_PARENT_HEADS.has(head.head)) {
    let f = n.cap ? fieldLenAt(toks, k, head) : 0;
    if (f) { const c = coordinatedFieldsEnd(toks, k + f, head); f = c > 0 ? c - k : f; }
    const e = ofParentEnd(toks, k + f);
    if (e > k + f) return e;
  }
  if (n.cap) {
    const pair = BILATERAL_HEADS.has(head.head) ? shortCountryPairEnd(toks, k) : -1;
    if (pair > 0) return pair;
    const place = matchAt(toks, k, PLACE_TABLE);
    // ("Thái Bình Dương": a place name that runs on is no place)
    // ("Hội doanh nghiệp hàng Việt Nam chất lượng cao": members' goods named after the country, the name runs on)
    const after = place ? toks[k + place.len] : undefined;
    const runsOn = members && !!after && after.gap === Gap.Space && !after.cap && !after.num && !(after.k & STOP_TABLE.bit && matchAt(toks, k + place!.len, STOP_TABLE));
    // ("... Hàn Quốc Roh Jae-cheon nói": a person named after the country still closes it)
    if (place) return (toks[k + place.len]?.cap && toks[k + place.len].gap === Gap.Space && !(matchAt(toks, k, COUNTRY_TABLE)?.len === place.len && personAfterCountry(toks, k + place.len))) || runsOn ? -1 : countryPairEnd(toks, k + place.len);
    if (matchAt(toks, k, QUOC_GIA_TABLE)) return k + 2;
    // ("Ban Quản lý dự án Chương trình nước sạch ...": a programme's name is no body's)
    // ("Cục quản lý Dược", "Cục quản lý Khám chữa bệnh": "quản lý" and the capitalised field it manages)
    const managed = k - j === 2 && !!matchAt(toks, j, QUAN_LY_TABLE);
    const short = shortLevelPlaceEnd(toks, k, head, opts);
    if (short > 0) return short;
    if ((head.head !== 'Ban Quản lý' && !managed) || n.acro || matchAt(toks, k, PROGRAMME_TABLE) || startsFamilyName(toks, k) || isNotNameWord(n) || (n.k & ORG_TABLE.bit && matchAt(toks, k, ORG_TABLE))) return -1;
    const body = parseBody(toks, k, head, !!opts.title, opts.text);
    // ("Cục quản lý Dược mất 25 ...": a count after the field's verb is no part of it)
    if (managed) for (let q = k + 1; q < body.end; q++) if (toks[q].num) { let e = q; while (e > k + 1 && !toks[e - 1].cap) e--; return e; }
    return body.anchors > 0 ? body.end : -1;
  }
  if (isLevelAt(toks, k)) {
    const body = parseBody(toks, k, head, !!opts.title, opts.text);
    return body.placeAnchors > 0 ? body.end : -1;
  }
  return -1;
}

const ZONE_BOARD_HEAD = 'Ban Quản lý';
/** The zones a province's management board runs, in either case: industrial, export-processing, economic, high-tech. */
const ZONE_KIND_TABLE = rareTable(['kcn', 'kcx', 'kkt', 'kcnc', 'khu công nghiệp', 'khu chế xuất', 'khu kinh tế', 'khu công nghệ cao']);
/** A second kind after "và" or a dash ("các KCN và chế xuất", "các khu công nghiệp – khu chế xuất"). */
const SECOND_ZONE_KIND_TABLE = rareTable(['chế xuất', 'kcx', 'khu chế xuất', 'kkt', 'khu kinh tế', 'kcn', 'khu công nghiệp', 'kcnc', 'khu công nghệ cao']);
/**
 * "Ban Quản lý các KCN Hà Nội", "ban Quản lý các KCN và chế xuất Hà Nội": the board of a province's zones, named by their
 * kind ("các" before it, a second kind after "và" or a dash) and closed by the province: the end; minus the end when nothing
 * names them (a type and its remit, "Ban Quản lý các khu công nghiệp sẽ ...", "... tỉnh cho biết"); -1 for no zones' board
 * (a zone named in capitals, "Ban Quản lý Khu kinh tế Dung Quất", is read as any name is).
 */
function zoneBoardEnd(toks: Token[], j: number): number {
  let k = toks[j].w === CAC_WORD ? j + 1 : j;
  const zone = tokAt(toks, k)?.gap === Gap.Space ? matchAt(toks, k, ZONE_KIND_TABLE) : null;
  if (!zone) return -1;
  k += zone.len;
  const joiner = tokAt(toks, k);
  const q = joiner && joiner.gap === Gap.Space && joiner.w === VA_WORD ? k + 1 : k;
  const second = tokAt(toks, q) && toks[q].gap === (q > k ? Gap.Space : Gap.Dash) ? matchAt(toks, q, SECOND_ZONE_KIND_TABLE) : null;
  if (second) k = q + second.len;
  const t = tokAt(toks, k);
  // ("Ban Quản lý Khu công nghệ cao (Khu CNC) Đà Nẵng": a bracket after the kind is read as any name's)
  if (t && t.gap === Gap.Paren) return -1;
  if (!t || t.gap !== Gap.Space || (!t.cap && !t.num && !isLevelAt(toks, k))) return -k;
  const lvl = isLevelAt(toks, k);
  const p = toks[k + lvl];
  const place = p && p.gap === Gap.Space && p.cap ? matchAt(toks, k + lvl, PLACE_TABLE) : null;
  if (place) return k + lvl + place.len;
  // ("Ban Quản lý KKT tỉnh làm chủ đầu tư": a bare level word names no province, as "Sở GDĐT tỉnh" names none)
  return lvl > 0 && !(p && p.gap === Gap.Space && (p.cap || p.num)) ? -(k + lvl) : -1;
}

const PROJECT_BOARD_REMIT_TABLE = rareTable(PROJECT_BOARD_REMITS);
/**
 * "Ban quản lý dự án đầu tư xây dựng các công trình giao thông Đà Nẵng", "Ban Quản lý Dự án Đầu tư Xây dựng các công trình
 * Dân dụng và Công nghiệp Đà Nẵng": a province's project board, its sector's works read whole ("các", "và" inside) and closed
 * by its place: the end; minus the remit's end with no place (a type alone, "... dân dụng và công nghiệp tỉnh cho biết");
 * -1 for no such remit.
 */
function projectBoardEnd(toks: Token[], j: number): number {
  const remit = matchAt(toks, j, PROJECT_BOARD_REMIT_TABLE);
  if (!remit) return -1;
  const k = j + remit.len;
  const t = tokAt(toks, k);
  const lvl = t && t.gap === Gap.Space ? isLevelAt(toks, k) : 0;
  const p = tokAt(toks, k + lvl);
  const place = p && p.gap === Gap.Space && p.cap ? matchAt(toks, k + lvl, PLACE_TABLE) : null;
  return place ? k + lvl + place.len : -k;
}

// (not "Hội", whose lower-case word may be an event's: "Hội nghị quốc gia"; not a department, whose remit runs on past it:
// "Cục đăng ký quốc gia giao dịch bảo đảm"; not "Cơ quan", a type before a list: "Cơ quan chuyên trách bảo vệ an ninh quốc gia, trật tự")
const NATIONAL_SENTENCE_CASE_HEADS = new Set(['Hội đồng', 'Ủy ban', 'UB', 'Văn phòng']);
/**
 * "Hội đồng tiền lương quốc gia", "Ủy ban bầu cử quốc gia đã ...": up to seven lower-case remit words from j closed by a
 * lower-case "quốc gia" that no country, number or "của" follows (the placed and owner readings take those): the end after it, else -1.
 */
function lowerNationalBodyEnd(toks: Token[], j: number): number {
  for (let q = j; q < toks.length && q - j < 7;) {
    const t = toks[q];
    if (t.gap !== Gap.Space || t.cap || t.num) return -1;
    if (q > j && matchAt(toks, q, NATIONAL_WORD_TABLE)) {
      const n = toks[q + 2];
      // ("Ủy ban bầu cử quốc gia Campuchia", "... quốc gia của Nhật Bản": a foreign state's own, closed by its country)
      const c = n && n.gap === Gap.Space && n.cap && n.k & COUNTRY_TABLE.bit && !matchAt(toks, q + 2, VIET_NAM_TABLE) ? matchAt(toks, q + 2, COUNTRY_TABLE) : null;
      const after = c ? toks[q + 2 + c.len] : undefined;
      if (c) return after && after.gap === Gap.Space && after.cap ? -1 : q + 2 + c.len;
      if (n && n.w === CUA_WORD) return foreignOwnerEnd(toks, q + 2);
      return n && n.gap === Gap.Space && (n.cap || n.num) ? -1 : q + 2;
    }
    // ("bầu cử", "tổ chức": a noun whose first word is a stop word elsewhere)
    const noun = matchAt(toks, q, STOP_COMPOUND_TABLE) ?? matchAt(toks, q, REMIT_NOUN_TABLE);
    if (noun) { q += noun.len; continue; }
    if ((t.k & STOP_TABLE.bit && matchAt(toks, q, STOP_TABLE)) || isLevelAt(toks, q)) return -1;
    q++;
  }
  return -1;
}

const COUNTED_UNIT_TABLE = rareTable(['năm', 'tháng', 'ngày', 'tuần', 'giờ', 'lần', 'người']);
/** After a project board's number, `a` at q closes its name: nothing, punctuation, a capital, or a verb or function word that counts nothing. */
function numberedBoardClosed(a: Token | undefined, toks: Token[], q: number): boolean {
  return !a || a.gap !== Gap.Space || (a.cap && !a.num) || (!a.num && !!matchAt(toks, q, STOP_TABLE) && !matchAt(toks, q, COUNTED_UNIT_TABLE));
}

/** Stop-list words read whole inside an association's lower-case name: members' nouns ("cán bộ nhà tù") and fields ("nhỏ và vừa"). */
const MEMBER_OR_FIELD_TABLE = table(['cán bộ', 'người', 'nhân viên', 'chiến sĩ',
  // (fields whose second word alone would end the name: "doanh nghiệp nhỏ và vừa", "vận tải hàng không", "bảo vệ an toàn")
  'nhỏ và vừa', 'hàng không', 'an toàn']);
// (what the association itself thinks or does, read as its subject: "Hiệp hội hiểu rõ khó khăn", "Hiệp hội vui mừng vì")
const ASSOCIATION_VERB_TABLE = table(['rằng', 'thấy', 'tới', 'sẵn sàng', 'vốn', 'hiểu', 'vui mừng', 'tôn vinh', 'khuyến nghị', 'mong', 'mong muốn',
  'hoan nghênh', 'lo ngại', 'đánh giá cao', 'khuyến cáo', 'ước', 'nhận thấy']);
/** End of a lower-case association name: to a capitalised place or name, or two to four words closed by a verb or punctuation. */
const OVERSEAS_ASSOCIATION_HEADS = new Set(['Hội', 'Tổng hội', 'Hiệp hội']);
const NHA_MEMBER_ID = wordId('nhà');
const VIET_ID = wordId('việt'), NAM_ID = wordId('nam'), THU_ID = wordId('thủ'), DO_ID = wordId('đô'), TAI_ID = wordId('tại'), O_ID = wordId('ở');
/**
 * From "người" (j): "người Việt (Nam) tại/ở (thủ đô) <place>", the place a country or city of the gazetteer or up to three
 * capitalised words ("Saint Petersburg", "Viêng Chăn"); its end, else -1. Rare: an association's head before "người" only.
 */
function overseasCommunityEnd(toks: Token[], j: number): number {
  let q = j + 1;
  if (toks[q]?.w !== VIET_ID || !toks[q].cap || toks[q].gap !== Gap.Space) return -1;
  q++;
  if (toks[q]?.w === NAM_ID && toks[q].cap && toks[q].gap === Gap.Space) q++;
  if (!toks[q] || toks[q].gap !== Gap.Space || (toks[q].w !== TAI_ID && toks[q].w !== O_ID)) return -1;
  q++;
  if (toks[q]?.w === THU_ID && toks[q].gap === Gap.Space && toks[q + 1]?.w === DO_ID && toks[q + 1].gap === Gap.Space) q += 2;
  if (!isNameWord(toks[q])) return -1;
  const p = matchAt(toks, q, PLACE_TABLE);
  if (p) return q + p.len;
  let e = q;
  while (e < q + 3 && isNameWord(toks[e]) && !isNotNameWord(toks[e])) e++;
  return e > q && !isNameWord(toks[e]) ? e : -1;
}
function sentenceCaseAssociationEnd(toks: Token[], j: number, head: OrgHead, opts: ParseOptions): number {
  let k = j;
  let inner = 0; // words past a member's or field's first, read as one ("nhỏ và vừa")
  while (k < toks.length && k - j < 6 + inner) {
    const t = toks[k];
    if (t.gap !== Gap.Space || t.cap || t.num) break;
    const member = matchAt(toks, k, MEMBER_OR_FIELD_TABLE);
    if (member) { k += member.len; inner += member.len - 1; continue; }
    // ("Hiệp hội các nhà bán lẻ Indonesia", "các nhà làm phim": "nhà" and its trade are one member noun, even a trade that alone ends a name)
    if (t.w === NHA_MEMBER_ID && isLowerWordAt(toks, k + 1)) { k += 2; inner++; continue; }
    if ((t.f !== 'các' || k > j) && matchAt(toks, k, STOP_TABLE)) break;
    if (matchAt(toks, k, ASSOCIATION_VERB_TABLE) || isLevelAt(toks, k)) break;
    k++;
  }
  if (k === j || (k === j + 1 && toks[j].f === 'các')) return -1;
  const n = toks[k];
  // "Hiệp hội quay phim Mỹ": the name ends at its country or place
  const place = n && n.gap === Gap.Space ? matchAt(toks, k, PLACE_TABLE) : null;
  if (place) return k + place.len;
  if (n && n.gap === Gap.Space && (n.cap || n.acro)) {
    const body = parseBody(toks, k, head, !!opts.title, opts.text);
    return body.anchors > 0 ? body.end : -1;
  }
  if (n && n.gap === Gap.Space && isLevelAt(toks, k)) {
    const body = parseBody(toks, k, head, !!opts.title, opts.text);
    return body.placeAnchors > 0 ? body.end : -1;
  }
  // ("Hiệp hội các trường đại học, cao đẳng Việt Nam": its members' kinds listed with a comma, closed by its country or place)
  const listed = n && n.gap === Gap.Comma && !n.cap ? listedKindToPlaceEnd(toks, k) : -1;
  if (listed > 0) return listed;
  // ("Hiệp hội các nhà": "nhà" is always completed by its trade)
  return k - j - inner <= 4 && k - j >= 2 && toks[k - 1].w !== NHA_MEMBER_ID ? k : -1;
}

/** Forces a police or border unit belongs to, written after the unit's code. */
const PARENT_FORCE_HEADS = new Set(['Công an', 'CA', 'CATP', 'CAT', 'Bộ', 'Bộ Chỉ huy BĐBP', 'Bộ đội Biên phòng', 'Bộ Chỉ huy Quân sự', 'Bộ CHQS']);
const PARTY_BOARD_HEADS = new Set(['Ban Bí thư', 'Ban Tổ chức Trung ương']);
const PARTY_LEVEL_TABLE = rareTable(['trung ương đảng', 'trung ương', 'đảng', 't.ư đảng', 't.ư', 'tw đảng', 'tw']);
const LOWER_SELF_HEADS = new Set(['Chính phủ', 'Quốc hội']);
const LOWER_SEAT_HEADS = new Set(['Điện Kremlin', 'Lầu Năm Góc']);
// ("Phủ Tổng thống": the president's office, like "Văn phòng Tổng thống", written alone in reports from one country)
const BARE_COUNTRY_BODIES = new Set(['Hạ viện', 'Thượng viện', 'Thủy quân lục chiến', 'Phủ Tổng thống', 'Phủ Thủ tướng']);
/** Words for a member or a vessel of a service: "lính Thủy quân lục chiến" is a soldier, not the service. */
const GENERIC_MEMBERS_BEFORE = new Set(['vị', 'các', 'những']);
const MEMBER_WORDS = new Set(['lính', 'binh', 'sĩ', 'sỹ', 'tàu', 'quân', 'nghị', 'viên']);

/** A unit named in sentence case, not after a place: "Kiểm lâm Cơ động", "Cảnh sát giao thông". */
function sentenceCaseUnit(toks: Token[], j: number, end: number): boolean {
  const t = toks[j], n = toks[j + 1];
  return end > j + 1 && t.cap && !t.acro && !isNotNameWord(t) && !matchAt(toks, j, PLACE_TABLE) && n.gap === Gap.Space && !n.cap && !n.num;
}

const COMPANY_HEADS = new Set(['Công ty', 'Cty', 'Tổng công ty', 'Tập đoàn']);
/** Function words that a company's lower-case name may still hold ("quản lý và xây dựng"). */
const COMPANY_NAME_WORD_TABLE = table(['và', 'quản lý', 'xây dựng', 'phát triển', 'thương mại', 'dịch vụ', 'sản xuất', 'đầu tư']);
/** End of a company named by its lower-case trade (up to eight words) and then one to three capitalised words; else -1. */
function lowerTradeCompanyEnd(toks: Token[], j: number): number {
  let q = j;
  while (q < toks.length && q - j < 8 && toks[q].gap === Gap.Space && !toks[q].cap && !toks[q].num) {
    const w = matchAt(toks, q, COMPANY_NAME_WORD_TABLE);
    if (w) { q += w.len; continue; }
    if (toks[q].k & STOP_TABLE.bit && matchAt(toks, q, STOP_TABLE) || isLevelAt(toks, q)) return -1;
    q++;
  }
  if (q === j) return -1;
  // "Tổng công ty tư vấn thiết kế Giao thông Vận tải": a sector in the name
  const sector = toks[q]?.cap ? matchAt(toks, q, SECTOR_TABLE, true) : null;
  let e = q + (sector?.len ?? 0);
  while (!sector && e < toks.length && e - q < 3 && isNameWord(toks[e]) && !(e > q && startsFamilyName(toks, e)) && !isNotNameWord(toks[e])
    && !(toks[e].k & (POSITION_TABLE.bit | RANK_TABLE.bit | ORG_TABLE.bit) && (matchAt(toks, e, POSITION_TABLE) || matchAt(toks, e, RANK_TABLE) || matchAt(toks, e, ORG_TABLE)))) e++;
  if (e === q || startsFamilyName(toks, q)) return -1;
  // the name ends the title: punctuation, a function word or verb, or the end of the text follows
  return !toks[e] || toks[e].gap !== Gap.Space || (!toks[e].cap && !!matchAt(toks, e, STOP_TABLE)) ? e : -1;
}

/** End of a company's lower-case name run on from `end` when punctuation closes it within eight words; else `end`. */
function companyNameEnd(toks: Token[], end: number, text: string): number {
  let q = end;
  while (q < toks.length && q - end < 8 && toks[q].gap === Gap.Space && !toks[q].cap && (toks[q].num || matchAt(toks, q, COMPANY_NAME_WORD_TABLE) || !matchAt(toks, q, STOP_TABLE)) && !isLevelAt(toks, q)) q++;
  if (q === end || q - end < 2) return end;
  const after = text.charCodeAt(toks[q - 1].e);
  const closed = q >= toks.length || (toks[q].gap !== Gap.Space && (after === 44 || after === 46 || after === 41 || after === 59));
  return closed ? q : end;
}

const SO_HEAD_WORD = wordId('sở');
/** Words before "phòng"/"sở" that make another word of them: văn phòng, quốc phòng, trụ sở, cơ sở. */
const PHONG_SO_COMPOUND_FIRSTS = new Set(['văn', 'quốc', 'dự', 'đề', 'biên', 'trụ', 'cơ', 'căn', 'các', 'những'].map(wordId));
/** Sectors that are a force or a service of their own, not an office's ("trụ sở công an huyện"). */
const FORCE_SECTOR_TABLE = rareTable(['công an', 'quốc phòng', 'an ninh', 'thanh tra']);
/** End of "<lower-case sector> <level> <Place>" after a lower-case "phòng"/"sở" at i, or -1. */
function lowerSectorOfficeEnd(toks: Token[], i: number, text: string): number {
  if (i > 0 && PHONG_SO_COMPOUND_FIRSTS.has(toks[i - 1].w) && toks[i].gap === Gap.Space) return -1;
  const sector = matchAt(toks, i + 1, SECTOR_TABLE, true);
  if (!sector || matchAt(toks, i + 1, FORCE_SECTOR_TABLE)) return -1;
  const q = i + 1 + sector.len;
  for (let r = i + 2; r < q; r++) if (toks[r].cap) return -1;
  const lvl = toks[q]?.gap === Gap.Space && !toks[q].cap ? isLevelAt(toks, q) : 0;
  const n = toks[q + lvl];
  if (!lvl || !n || !n.cap || n.gap !== Gap.Space) return -1;
  const body = parseBody(toks, q, LEVEL_PLACE_HEAD, false, text);
  return body.placeAnchors > 0 ? body.end : -1;
}

const DEPARTMENT_SECTOR_ACRONYM_TABLE = rareTable(DEPARTMENT_SECTOR_ACRONYMS);
/** At i, a lower-case "sở": its sector's acronym, then its province or a level word and a capital ("sở GTVT TP.HCM"). */
function lowerDepartmentAcronymAt(toks: Token[], i: number): boolean {
  const a = toks[i + 1];
  if (!a || !a.acro || a.gap !== Gap.Space || (i > 0 && PHONG_SO_COMPOUND_FIRSTS.has(toks[i - 1].w) && toks[i].gap === Gap.Space)) return false;
  const sector = matchAt(toks, i + 1, DEPARTMENT_SECTOR_ACRONYM_TABLE);
  const n = sector ? toks[i + 1 + sector.len] : undefined;
  if (!sector || !n || n.gap !== Gap.Space) return false;
  return !!matchAt(toks, i + 1 + sector.len, PROVINCE_TABLE) || (isLevelAt(toks, i + 1 + sector.len) > 0 && !!tokAt(toks, i + 2 + sector.len)?.cap);
}
/**
 * At i, a lower-case "phòng": its sector's acronym, then a district's or city's level word and its capitalised or numbered name
 * ("phòng GD-ĐT quận Hai Bà Trưng", "phòng TN&MT huyện X"); a province with no level names no district's office.
 */
function districtOfficeAcronymAt(toks: Token[], i: number): boolean {
  const a = toks[i + 1];
  if (!a || !a.acro || a.gap !== Gap.Space || (i > 0 && PHONG_SO_COMPOUND_FIRSTS.has(toks[i - 1].w) && toks[i].gap === Gap.Space)) return false;
  const sector = matchAt(toks, i + 1, DEPARTMENT_SECTOR_ACRONYM_TABLE);
  const q = sector ? i + 1 + sector.len : -1;
  if (!sector || toks[q]?.gap !== Gap.Space) return false;
  const level = matchAt(toks, q, DISTRICT_LEVEL_TABLE);
  const place = level ? toks[q + level.len] : undefined;
  return !!place && place.gap === Gap.Space && (place.cap || place.num);
}
/** Sectors of a district's specialised offices (the "Phòng" of every district): named by one alone, no one body. */
/** Three digits or more at the start of a number: a room's number, not a unit's. */
function isRoomNumber(t: Token): boolean {
  const f = t.f;
  return f.length >= 3 && isDigitCode(f.charCodeAt(0)) && isDigitCode(f.charCodeAt(1)) && isDigitCode(f.charCodeAt(2));
}
function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
const DISTRICT_OFFICE_SECTOR_TABLE = rareTable(['giáo dục và đào tạo', 'giáo dục đào tạo', 'giáo dục', 'y tế', 'tài chính', 'tài chính kế hoạch',
  'nội vụ', 'tư pháp', 'văn hóa', 'văn hóa thông tin', 'văn hóa và thông tin', 'văn hóa thể thao', 'kinh tế', 'kinh tế hạ tầng',
  'tài nguyên và môi trường', 'tài nguyên môi trường', 'lao động thương binh và xã hội', 'lao động thương binh xã hội',
  'nông nghiệp và phát triển nông thôn', 'nông nghiệp', 'quản lý đô thị',
  // and the same written short
  'gd-đt', 'gd&đt', 'gdđt', 'tn-mt', 'tn&mt', 'tnmt', 'lđ-tb&xh', 'lđtb&xh', 'lđtbxh', 'nn&ptnt', 'nn-ptnt', 'vh-tt', 'vhtt', 'tc-kh', 'tckh', 'kt-ht', 'ktht', 'qlđt']);
const OFFICE_FUNCTION_TABLE = rareTable(OFFICE_FUNCTIONS);
const BO_HEAD_WORD = wordId('bộ'), CAN_WORD = wordId('cán');
/** Last words of who speaks for a ministry: "người phát ngôn bộ ngoại giao", "quan chức bộ quốc phòng". */
// ("phát ngôn viên bộ ngoại giao Trung Quốc Cảnh Sảng": the spokesman's name follows the country)
const MINISTRY_STAFF_WORDS = new Set(['ngôn', 'chức', 'viên']);
/** End of "<lower-case sector> <Country>" after "Bộ"/"bộ" at i ("cán bộ ngoại giao Mỹ" is an officer, not the ministry); else -1. */
function lowerSectorMinistryEnd(toks: Token[], i: number): number {
  if (i > 0 && toks[i].gap === Gap.Space && (toks[i - 1].w === CAN_WORD || (!toks[i].cap && !LOWER_MINISTRY_AFTER.has(toks[i - 1].f) && !MINISTRY_STAFF_WORDS.has(toks[i - 1].f)))) return -1;
  const sector = matchAt(toks, i + 1, SECTOR_TABLE);
  if (!sector) return -1;
  const q = i + 1 + sector.len;
  for (let r = i + 2; r < q; r++) if (toks[r].cap) return -1;
  const c = toks[q]?.gap === Gap.Space && toks[q].cap ? matchAt(toks, q, COUNTRY_TABLE) : null;
  if (!c) return toks[i].cap ? homeMinistryEnd(toks, q) : -1;
  const e = q + c.len;
  // ("Bộ văn hóa Mỹ Nhàn": a capital after the country is a person's name; after who speaks for the ministry, that person's)
  return toks[e]?.gap === Gap.Space && toks[e].cap && !(i > 0 && !toks[i].cap && MINISTRY_STAFF_WORDS.has(toks[i - 1].f) && personAfterCountry(toks, e)) ? -1 : e;
}

/**
 * "Thứ trưởng Bộ xây dựng", "Bộ y tế khuyến cáo": a capitalised "Bộ" and its whole sector in lower case, no country after it,
 * is the Vietnamese ministry; q is the sector's end. Not when a capital runs on ("Bộ tài chính Tây Ban Nha" is read by the country).
 */
function homeMinistryEnd(toks: Token[], q: number): number {
  const n = toks[q];
  return n !== undefined && n.gap === Gap.Space && (n.cap || n.num) && !holderAfterSector(toks, q) ? -1 : q;
}
/** "Thứ trưởng Bộ tài chính Huỳnh Quang Hải": at q, after the sector, a person's full name (no place) holds the post; the ministry ends before it. */
function holderAfterSector(toks: Token[], q: number): boolean {
  return startsFamilyName(toks, q) && !matchAt(toks, q, PLACE_TABLE);
}

/** First words of a police, inspection or rescue team's remit (not a sports, arts or volunteer team's: "Đội pháo hoa", "Đội văn nghệ"). */
const TEAM_REMIT_FIRST_TABLE = rareTable(['cảnh sát', 'điều tra', 'tuần tra', 'trinh sát', 'thanh tra', 'quản lý', 'kiểm soát', 'kiểm tra', 'chỉ huy',
  'hình sự', 'tham mưu', 'cơ động', 'chữa cháy', 'phòng cháy', 'kiểm lâm', 'an ninh', 'phòng ngừa', 'phòng chống', 'cứu hộ', 'cứu nạn', 'đặc nhiệm', 'giám sát']);
const PHIA_WORD = wordId('phía');
const COMPASS_TABLE = rareTable(['bắc', 'nam', 'đông', 'tây', 'đông bắc', 'đông nam', 'tây bắc', 'tây nam']);
/**
 * End of a team's remit in lower case, two to eight words from a police or inspection remit word, then its place ("quận
 * Hoàng Mai") or compass side ("phía Bắc"), closed by punctuation, "thuộc" or what the team does; else -1 (a capital
 * or any other word after it leaves the name open: "Đội pháo hoa nước Ý", "Đội hình sự đặc nhiệm xuống hiện trường").
 */
function lowerRemitTeamEnd(toks: Token[], j: number, head: OrgHead, text: string): number {
  const remit = matchAt(toks, j, TEAM_REMIT_FIRST_TABLE);
  if (!remit) return -1;
  // (the remit's first words are read: "quản lý", "kiểm tra" are stop words elsewhere)
  let k = j + remit.len;
  while (k < toks.length && k - j < 8) {
    const t = toks[k];
    if (t.gap !== Gap.Space || t.num) break;
    if (t.cap) {
      const short = shortLevelPlaceEnd(toks, k, head, { text });
      if (short > 0) { k = short; break; }
      // ("Đội tuần tra phía Bắc": the side it patrols)
      if (toks[k - 1].w !== PHIA_WORD || matchAt(toks, k, COMPASS_TABLE)?.len !== 1) return -1;
      k++;
      break;
    }
    if (isLevelAt(toks, k)) {
      const body = parseBody(toks, k, head, false, text);
      if (body.placeAnchors === 0) return -1;
      k = body.end;
      break;
    }
    // ("Đội quản lý trật tự đô thị", "Đội kiểm tra giao thông": a remit's nouns that the stop list holds)
    const noun = t.k & STOP_TABLE.bit ? matchAt(toks, k, REMIT_NOUN_TABLE) : null;
    if (noun) { k += noun.len; continue; }
    if (t.k & STOP_TABLE.bit && matchAt(toks, k, STOP_TABLE)) break;
    k++;
  }
  if (k - j < 2) return -1;
  const n = toks[k];
  if (n === undefined) return k;
  // ("Đội tuần tra, kiểm soát đường bộ ...", "Đội cảnh sát trật tự, cơ động": a second remit after the comma is the same name's)
  if (n.gap === Gap.Comma && matchAt(toks, k, TEAM_REMIT_FIRST_TABLE)) return -1;
  // ("Đội cứu hộ cho biết", "Đội tuần tra ...": a remit of one phrase names a unit only with the body it belongs to after it)
  if (k - j === remit.len) return (n.gap === Gap.Comma || n.gap === Gap.Paren) && n.cap || (n.gap === Gap.Space && n.w === THUOC_WORD) ? k : -1;
  if (n.gap !== Gap.Space) return k;
  return n.w === THUOC_WORD || !!matchAt(toks, k, BODY_ACTS_TABLE) || !!matchAt(toks, k, SAYS_TABLE) ? k : -1;
}
const LOWER_REMIT_DEPARTMENT_HEADS = new Set(['Cục', 'Tổng cục', 'Chi cục', 'Vụ']);
/** First words of a department's remit besides the fields and sectors: its forces and its trades ("Cục cảnh sát hình sự", "Cục tác chiến điện tử"). */
const DEPARTMENT_REMIT_FIRST_TABLE = rareTable(['cảnh sát', 'tác chiến', 'dự trữ', 'điều tra', 'tình báo', 'khảo thí', 'bảo vệ', 'trồng trọt', 'chăn nuôi',
  'phòng chống', 'báo chí', 'phát thanh', 'quân lực', 'quân huấn', 'tuyên huấn', 'cứu hộ', 'cứu nạn', 'kiểm soát', 'kiểm tra', 'đối ngoại', 'an ninh', 'hậu cần']);
/** Remits that no province's department has: the department named by one alone is the ministry's. */
const NATIONAL_ONLY_REMIT_TABLE = rareTable(['chống tham nhũng', 'phòng chống tham nhũng']);
/** Activities that alone name no one department ("Cục quản lý", "Cục bảo vệ", "Cục cảnh sát"). */
const GENERIC_REMIT_TABLE = rareTable(['quản lý', 'bảo vệ', 'cảnh sát', 'phòng chống', 'điều tra', 'kiểm tra', 'kiểm soát', 'phát triển', 'hợp tác', 'tổ chức',
  'nghiên cứu', 'phát thanh', 'tình báo', 'an ninh', 'dịch vụ', 'kỹ thuật', 'cứu hộ', 'cứu nạn', 'hậu cần', 'đối ngoại', 'thông tin', 'quân lực', 'quân huấn',
  'tuyên huấn', 'tác chiến', 'cán bộ', 'kế hoạch', 'đào tạo', 'tài chính']);
/**
 * End of a department's remit in lower case from j: two to twelve words opening with a field, a sector or a force ("tổ chức
 * cán bộ", "quản lý giá", "cảnh sát kinh tế"), with no stop word (but a field's own words), level word or number, closed by a
 * comma, a bracket, a dash before a capital, ";" or "." or "và"; else -1. Not a remit that is one sector ("Cục thuế": type and
 * sector, which names no one body), nor a verb after the head ("Cục cấp giấy phép", "Vụ va chạm" is a case). Rare: kept out of parseOrgAt.
 */
/** Head i opens a sentence or a clause after a full stop or a semicolon ("... khác nhau. Tổng cục thi hành án dân sự Bộ Tư pháp"). */
function sentenceOpensAfter(toks: Token[], i: number, text: string | undefined): boolean {
  const c = text?.charCodeAt(toks[i - 1].e);
  return c === 59 || c === 46;
}
function lowerRemitDepartmentEnd(toks: Token[], j: number, text: string, national: boolean): number {
  if (!matchAt(toks, j, FIELD_TABLE) && !matchAt(toks, j, SECTOR_TABLE) && !matchAt(toks, j, DEPARTMENT_REMIT_FIRST_TABLE)) return -1;
  let k = j;
  while (k < toks.length && k - j < 12) {
    const t = toks[k];
    // ("cảnh sát phòng, chống tội phạm": the comma of "phòng, chống" is inside the remit)
    if (k > j && t.gap !== Gap.Space && !joinedInsideName(toks, k, text)) break;
    // (a capital after the remit ends it only as the ministry it belongs to)
    if (t.cap && k > j && t.gap === Gap.Space) return ministryAfterRemitEnd(toks, k, text);
    if (t.cap || t.num || isLevelAt(toks, k)) return -1;
    if (t.k & STOP_TABLE.bit && matchAt(toks, k, STOP_TABLE)) {
      // ("tổ chức cán bộ", "quản lý giá": stop words that are a field's own words run on)
      const field = matchAt(toks, k, FIELD_TABLE);
      if (!field) break;
      k += field.len;
      continue;
    }
    k++;
  }
  // ("Tổng cục thuế", "Tổng cục cảnh sát": a general department exists once, so its sector alone names it; "Cục thuế" is any province's)
  // ("Cục chống tham nhũng": a remit only a ministry's department has names the one national department)
  if (k === j || (!national && matchAt(toks, j, NATIONAL_ONLY_REMIT_TABLE)?.len !== k - j && (k - j < 2 || matchAt(toks, j, SECTOR_TABLE)?.len === k - j || matchAt(toks, j, GENERIC_REMIT_TABLE)?.len === k - j))) return -1;
  const n = toks[k];
  if (n === undefined) return k;
  if (n.gap === Gap.Comma || n.gap === Gap.Paren || (n.gap === Gap.Dash && n.cap)) return k;
  // ("Tổng cục cảnh sát cho biết", "Cục nghệ thuật biểu diễn đang ...": or what the body does next)
  if (n.gap === Gap.Space) return n.w === VA_WORD ? secondRemitAfterVaEnd(toks, k, text) : !!matchAt(toks, k, BODY_ACTS_TABLE) || !!matchAt(toks, k, SAYS_TABLE) ? k : -1;
  const c = text.charCodeAt(toks[k - 1].e);
  return n.gap === Gap.Break && (c === 59 || c === 46) ? k : -1;
}

/**
 * At "và" (k) after a department's lower-case remit: the second field that belongs to the name, in sentence case ("Cục khảo
 * thí và Kiểm định chất lượng giáo dục (Bộ GD-ĐT)") or lower case closed by its parent or place ("... và an toàn đập, Tổng cục
 * Thủy lợi"), read as after a capitalised remit; else `k`, the name closing before "và" as it did.
 */
function secondRemitAfterVaEnd(toks: Token[], k: number, text: string): number {
  const n = toks[k + 1];
  if (!n || n.gap !== Gap.Space || n.num) return k;
  const e = n.cap ? secondSentenceCaseFieldEnd(toks, k, text) : closedRemitAfterVaEnd(toks, k + 1);
  return e > 0 ? e : k;
}

const PARENT_MINISTRY_HEADS = new Set(['Bộ', 'Bộ Tổng Tham mưu']);
/** "Cục tác chiến Bộ Tổng tham mưu ...", "Cục trồng trọt Bộ Nông nghiệp và ...": a remit in lower case closed by its ministry, named in full; the ministry's end or -1. */
function ministryAfterRemitEnd(toks: Token[], k: number, text: string): number {
  if (!(toks[k].k & ORG_TABLE.bit)) return -1;
  const o = matchAt(toks, k, ORG_TABLE);
  if (!o || !PARENT_MINISTRY_HEADS.has(o.value.head)) return -1;
  const parent = parseOrgAt(toks, k, { text });
  return parent && parent.agency && parent.end > k + 1 ? parent.end : -1;
}

/** End of a bare business head after a union's head ("Công đoàn Tổng công ty", "Công đoàn Công ty") with no capital in the next three words; else -1. */
function unionOfUnnamedFirmEnd(toks: Token[], k: number): number {
  const t = toks[k];
  if (!t || t.gap !== Gap.Space || !(t.k & ORG_TABLE.bit)) return -1;
  const o = matchAt(toks, k, ORG_TABLE);
  if (!o || o.value.agency) return -1;
  // (a firm's lower-case legal form or trade comes before its capitalised name: "Công ty cổ phần Hợp tác X")
  const e = k + o.len;
  for (let q = e; q < e + 3 && q < toks.length && toks[q].gap === Gap.Space; q++) if (toks[q].cap || toks[q].acro || toks[q].num) return -1;
  return e;
}

/**
 * parseOrgAt can read an agency after this head (without a title): an agency's head, or one of the few others that some
 * path reads a state body from: a state centre or institute (stateCentreMatch, the Viện matches, isStateUnit), a "sở ..."
 * written lower-case before its sector (specialHeadMatch). A business's, school's or paper's head is read as no agency.
 * Keep in step with those paths.
 */
export function mayReadAgency(head: OrgHead): boolean {
  return head.agency || STATE_UNIT_HEADS.has(head.head) || head.head.startsWith('Sở ');
}

/** The organization name that starts at token i, if any. */
export function parseOrgAt(toks: Token[], i: number, given: ParseOptions = {}): OrgMatch | null {
  const t = toks[i];
  if (!t) return null;
  // (callers pass eight shapes of options: read through one shape, the property loads here and in the helpers stay monomorphic)
  const opts = sameShapeOptions(given);
  if (opts.levelPlace) {
    const body = parseBody(toks, i, LEVEL_PLACE_HEAD, false, opts.text);
    return orgMatch(i, body.end, LEVEL_PLACE_HEAD, i, body.end > i && body.placeAnchors > 0, -1);
  }
  const m0 = opts.at ?? matchAt(toks, i, ORG_TABLE);
  if (!m0) return null;
  let m = m0.len > 2 && DESCRIBED_COURT_HEADS.has(m0.value.head) ? courtHeadAsWritten(toks, i, m0) : m0;
  // ("một tòa án phúc thẩm liên bang Mỹ", "Tòa phúc thẩm liên bang Các bang": read as before the described courts, by the court's own head)
  if (m.len > 2 && DESCRIBED_COURT_HEADS.has(m.value.head) && !describedCourtNamesOne(toks, i, m.len)) {
    const base = matchAt(toks, i, BASE_COURT_TABLE);
    if (!base) return null;
    m = base;
  }
  const head = m.value;
  // ("Phái đoàn EU tại Việt Nam", "Phái đoàn Mỹ": read by no head, as before the bare mission head, unless at an international body)
  if (head.head === BARE_MISSION_HEAD && !missionAtInternationalBody(toks, i + m.len)) return null;
  // "BỘ GIAO THÔNG VẬN TẢI THƯ CHÚC MỪNG...": a head word in an all-capitals headline reads no name's end
  if (t.acro && !ACRONYM_HEAD_START.test(head.head)) return null;
  // "ca" is a shift or a case; only "CA", "CATP" written in capitals are the police
  if (!t.acro && POLICE_SHORT_HEADS.has(head.head)) return null;
  // "cuộc thi Who are you?": a short acronym head (WHO, EU, FBI) names its body only written in capitals
  if (!t.acro && m.len === 1 && SHORT_ACRONYM_HEADS.has(head.head)) return null;
  // a bare "CA" (a photo credit too) names a police force only before a level word or a province
  if (head.head === 'CA' && (toks[i + 1]?.gap !== Gap.Space || toks[i + 1].s - t.e !== 1 || !(isLevelAt(toks, i + 1) || matchAt(toks, i + 1, PLACE_TABLE) || gluedLevelAt(toks[i + 1])))) return null;
  const special = specialHeadMatch(toks, i, t, m, head, opts);
  if (special !== undefined) return special;
  if (!t.cap && !lowerHeadAccepted(toks, i, m, opts)) return null;
  const r = namedOrgAt(toks, i, t, m, head, opts);
  return r && head.head === FOOTBALL_FEDERATION_SHORT_HEAD ? footballFederationEnd(toks, r) : r;
}

/**
 * "LĐBĐ Việt Nam VFF", "Chủ tịch LĐBĐ Thế giới 3/ ...": a federation named by its country or region ends there, before an
 * acronym glued after it with no bracket or a lone number of a numbered list.
 */
function footballFederationEnd(toks: Token[], r: OrgMatch): OrgMatch {
  let e = r.end;
  const last = toks[e - 1];
  if (e - 1 > r.bodyStart && last.gap === Gap.Space && (last.num || (last.acro && !matchAt(toks, e - 1, PLACE_TABLE)))) e--;
  return e === r.end ? r : orgMatch(r.start, e, r.head, r.bodyStart, r.agency, bracketAt(toks, e));
}

// parseOrgAt keeps only its common path (most calls end there), so that V8 optimises it early in a run; the
// rest is read by the two functions below.
/** Units named by a number or a remit, unions, work groups, cells and lower-case offices: the match, null, or undefined to read on. */
function specialHeadMatch(toks: Token[], i: number, t: Token, m: { readonly len: number; readonly value: OrgHead }, head: OrgHead, opts: ParseOptions): OrgMatch | null | undefined {
  // "Văn phòng Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh X", "Văn phòng Ủy ban Quốc gia về biến đổi khí hậu":
  // the office of a body named in full right after it ends where that body ends, when its own read stops short
  if (head.head === OFFICE_HEAD && t.cap) {
    const b = toks[i + m.len];
    if (b && b.gap === Gap.Space && b.cap && b.k & ORG_TABLE.bit) {
      const inner = parseOrgAt(toks, i + m.len, { text: opts.text });
      if (inner && inner.agency) {
        const own = namedOrgAt(toks, i, t, m, head, opts);
        if (!own || own.end < inner.end) return orgMatch(i, inner.end, head, i + m.len, true, bracketAt(toks, inner.end));
        return own;
      }
    }
  }
  // "Quân khu miền Đông (EMD) của Nga", "Quân khu phía Tây": a military district named by its quarter of the country
  if (head.head === MILITARY_DISTRICT_HEAD && t.cap && m.len === 2) { const e = quarterNamedDistrictEnd(toks, i + 2); if (e > 0) return orgMatch(i, e, head, i + 2, true, bracketAt(toks, e)); }
  // "Sư đoàn bộ binh số 4", "lữ đoàn cơ giới đổ bộ đường không số 79": a unit's arm in lower case, then its number
  if (head.needs === 'number') {
    const e = describedUnitEnd(toks, i + m.len, t.cap);
    if (e > 0) return orgMatch(i, e, head, i + m.len, true, bracketAt(toks, e));
    // ("Khu Quản lý Đường thủy nội địa": a management zone is named by its number only; else no head was read)
    if (MANAGEMENT_ZONE_HEADS.has(head.head)) return null;
  }
  // "Đội quản lý thị trường số 4", "Đội cảnh sát giao thông số 6": a team's remit in lower case, then "số" and its number
  if (head.head === 'Đội' && t.cap && tokAt(toks, i + m.len)?.gap === Gap.Space && !toks[i + m.len].cap) {
    const e = describedUnitEnd(toks, i + m.len, false);
    if (e > 0) return orgMatch(i, e, head, i + m.len, true, bracketAt(toks, e));
    // "Đội điều tra tổng hợp, Công an huyện X", "Đội thanh tra xây dựng quận Hoàng Mai": a police or inspection team named
    // by its remit alone, mid-sentence (a capital at a sentence's start names nothing)
    const r = t.gap === Gap.Space && i > 0 && !toks[i + m.len].num ? lowerRemitTeamEnd(toks, i + m.len, head, opts.text ?? '') : -1;
    if (r > 0) return orgMatch(i, r, head, i + m.len, true, bracketAt(toks, r));
  }
  // "Tòa phúc thẩm liên bang khu vực 9": a court named by its circuit's number
  // ("tòa phúc thẩm liên bang khu vực 9": a federal court in lower case too)
  if (LOWER_COURT_HEADS.has(head.head) && (t.cap || head.head.endsWith(' liên bang'))) {
    const e = describedUnitEnd(toks, i + m.len, true);
    // ("tòa phúc thẩm liên bang thứ 2": an ordinal counts courts, it names none)
    if (e > 0 && toks[e - 2].f !== 'thứ') return orgMatch(i, e, head, i + m.len, true, bracketAt(toks, e));
  }
  // "Chủ tịch Công đoàn Tổng công ty thăm": the union of the firm the story is about, named by the firm's head alone:
  // the post's whole name, no body of its own
  if (UNION_HEADS.has(head.head)) { const e = unionOfUnnamedFirmEnd(toks, i + m.len); if (e > 0) return orgMatch(i, e, head, i + m.len, false, -1); }
  if (head.head === 'Tổ công tác') return governmentWorkGroup(toks, i, m.len, head);
  if (head.head === PARTY_CELL_HEAD) return partyCellMatch(toks, i, m.len, head, opts);
  if (head.head === GROUP_OF_HEAD) return groupOfMatch(toks, i, m.len, head);
  if (head.needs === 'remit') return remitNamedMatch(toks, i, m.len, head);
  // "phòng văn hóa huyện Đông Cuông", "phòng giáo dục quận Liên Chiểu": a unit's office written all in lower case, named by its place
  if (!t.cap && opts.lowerHead && (m.len === 1 || head.head.startsWith('Sở ')) && (t.w === PHONG_WORD || t.w === SO_HEAD_WORD) && toks[i + 1]?.gap === Gap.Space && !toks[i + 1].cap && toks[i + 1].k & SECTOR_TABLE.bit) {
    const e = lowerSectorOfficeEnd(toks, i, opts.text ?? '');
    if (e > 0) return orgMatch(i, e, head, i + 1, true, -1);
  }
  // "phòng CSGT Công an tỉnh X", "đội cảnh sát hình sự Công an huyện Y": a police unit written lower-case right before its force
  if (!t.cap && opts.lowerHead && m.len === 1 && (t.w === PHONG_WORD || t.w === DOI_WORD) && toks[i + 1]?.gap === Gap.Space && !unitWordInCompound(toks, i)) {
    const e = lowerPoliceUnitEnd(toks, i + 1, opts.text ?? '');
    // (the unit's code in brackets before its force is inside the name: "phòng Cảnh sát hình sự (PC45) Công an tỉnh Tiền Giang")
    if (e > 0) { const code = innerCodeBracket(toks, i + 2, e); return orgMatch(i, e, head, i + 1, true, code >= 0 ? code : bracketAt(toks, e)); }
  }
  // "Bộ ngoại giao Mỹ", "bộ quốc phòng Nga": a country's ministry with its sector written in lower case
  if (t.w === BO_HEAD_WORD && m.len === 1 && i + 1 < toks.length && toks[i + 1].gap === Gap.Space && !toks[i + 1].cap && toks[i + 1].k & SECTOR_TABLE.bit) {
    const e = lowerSectorMinistryEnd(toks, i);
    if (e > 0) return orgMatch(i, e, head, i + 1, true, bracketAt(toks, e));
  }
  return undefined;
}
const QUOC_ID = wordId('quốc'), HOI_ID = wordId('hội');
/** "Bộ Quốc Phòng Nhật Bản", "Bộ trưởng Quốc Phòng Mỹ", "Ảnh: Quốc Hội": a "Phòng" or "Hội" right after "Quốc" is the compound's second syllable, no head. */
function closesQuocCompound(toks: Token[], i: number): boolean {
  const w = toks[i].w;
  return (w === PHONG_WORD || w === HOI_ID) && toks[i - 1].w === QUOC_ID;
}
/** The name after a head that parseOrgAt has accepted. */
function namedOrgAt(toks: Token[], i: number, t: Token, m: { readonly len: number; readonly value: OrgHead }, head: OrgHead, opts: ParseOptions): OrgMatch | null {
  const notBody = matchAt(toks, i, NOT_BODY_TABLE);
  if (notBody && notBody.len >= m.len) return null;
  // "Đoàn Hùng Thắng" is a person: a family-name head followed by capitalised syllables only.
  if (m.len === 1 && isFamilyWord(t) && isNameWord(tokAt(toks, i + 1)) && isNameWord(tokAt(toks, i + 2))) return null;
  // "Vụ" opening a sentence is mostly "the case of" (Vụ De Gea...), not a department.
  if (head.head === 'Vụ' && t.gap === Gap.Break) return null;
  if (m.len === 1 && i > 0 && t.gap === Gap.Space && closesQuocCompound(toks, i)) return null;
  // ("Chủ tịch Quốc hội bang Norbert Kartmann": a person's name after "bang" names no state)
  // ("Quốc hội bang Hessen Norbert Kartmann": a state of one word, then its head's name)
  if (SUBNATIONAL_HEADS.has(head.head) && startsForeignPerson(opts.text ?? '', toks, i + m.len) && !isNameWord(tokAt(toks, i + m.len + 2))) return null;
  const bodyStart = i + m.len;
  const bt = tokAt(toks, bodyStart);
  // "Đoàn Ủy ban Quân lực Thượng viện Hoa Kỳ", "Đoàn Quốc hội": a delegation of a body is that body's visit, no body of its own
  // (one call taken on every read, so that a first delegation throws no optimised code away)
  if (delegationHeadAt(toks, m.len, head, bodyStart, opts)) return null;
  // "Ban Quản lý các KCN Hà Nội", "Trưởng ban Quản lý các khu công nghiệp tỉnh Bắc Ninh": a province's zones' board
  if (head.head === ZONE_BOARD_HEAD && bt?.gap === Gap.Space) {
    const e = zoneBoardEnd(toks, bodyStart);
    if (e !== -1) return orgMatch(i, Math.abs(e), head, bodyStart, e > 0, bracketAt(toks, Math.abs(e)));
    const p = bt.w === DU_ID ? projectBoardEnd(toks, bodyStart) : -1;
    if (p !== -1) return orgMatch(i, Math.abs(p), head, bodyStart, p > 0, bracketAt(toks, Math.abs(p)));
  }
  // (every branch of sentenceCaseHeadMatch reads a capitalised head or a title's)
  if (t.cap || opts.title) {
    const named = sentenceCaseHeadMatch(toks, i, t, head, bodyStart, bt, opts);
    if (named !== undefined) return named;
  }
  return headedBodyAt(toks, i, t, head, bodyStart, bt, opts);
}
/** Centres, institutes, companies, units and remits named in sentence case after their head: the match, null, or undefined to read on. */
function sentenceCaseHeadMatch(toks: Token[], i: number, t: Token, head: OrgHead, bodyStart: number, bt: Token | undefined, opts: ParseOptions): OrgMatch | null | undefined {
  // "Ban Chỉ đạo điều hành giá", "Ban Chỉ đạo phòng chống tham nhũng tỉnh Nghệ An": a steering committee named by its remit in lower case
  if (STEERING_HEADS.has(head.head) && t.cap && bt?.gap === Gap.Space && !bt.cap && !bt.num) {
    const e = steeringLowerRemitEnd(toks, bodyStart, opts.text ?? '');
    if (e > 0) return orgMatch(i, e, head, bodyStart, true, bracketAt(toks, e));
  }
  // "Trung tâm Y tế huyện Đắk Hà", "Trung tâm bảo trợ trẻ em ... tỉnh Quảng Ninh": a state centre named with its place
  if (head.head === 'Trung tâm' && t.cap) {
    const centre = stateCentreMatch(toks, i, head, bodyStart, opts);
    if (centre) return centre;
  }
  // "Viện Vệ sinh dịch tễ Trung ương", "Viện Nghiên cứu quản lý kinh tế Trung ương": an institute of the central state
  if (head.head === 'Viện' && t.cap && !opts.title) {
    const institute = nationalInstituteMatch(toks, i, head, bodyStart, opts) ?? provincialInstituteMatch(toks, i, t, head, bodyStart, opts) ?? foreignNationalInstituteMatch(toks, i, head, bodyStart)
      ?? scienceInstituteMatch(toks, i, t, head, bodyStart);
    if (institute) return institute;
  }
  // "Hiệp hội du lịch Đà Nẵng", "Hiệp hội cán bộ nhà tù": an association named in sentence case
  // "Giám đốc Công ty đầu tư và phát triển công nghệ Nhật Quang": a company's trade in lower case, then its name
  if (opts.title && COMPANY_HEADS.has(head.head) && bt?.gap === Gap.Space && !bt.cap && !bt.num) {
    const e = lowerTradeCompanyEnd(toks, bodyStart);
    if (e > 0) return orgMatch(i, e, head, bodyStart, false, bracketAt(toks, e));
  }
  // "Phòng cảnh sát truy nã tội phạm Công an tỉnh Khánh Hòa": a police unit named in sentence case before its force
  if (POLICE_UNIT_HEADS.has(head.head) && t.cap && bt?.w === CANH_ID && bt.gap === Gap.Space && toks[bodyStart + 1]?.w === SAT_ID) {
    const e = sentenceCasePoliceUnitEnd(toks, bodyStart + 2, opts.text ?? '');
    if (e > 0) return orgMatch(i, e, head, bodyStart, true, bracketAt(toks, e));
  }
  // "Đội hình sự Công an quận X", "Phòng an ninh chính trị nội bộ (Công an tỉnh Y)": any unit in sentence case right before its force
  // (not a post, "Đội trưởng hình sự", nor a word inside a longer name; a post before it is no name)
  else if (SENTENCE_CASE_UNIT_HEADS.has(head.head) && t.cap && bt !== undefined && bt.gap === Gap.Space && !bt.cap && !bt.num && !POST_END_WORDS.has(bt.f) && !(i > 0 && t.gap === Gap.Space && toks[i - 1].cap && !(toks[i - 1].k & POSITION_TABLE.bit))) {
    const e = lowerUnitOfForceEnd(toks, bodyStart, opts.text ?? '');
    if (e > 0) return orgMatch(i, e, head, bodyStart, true, bracketAt(toks, e));
  }
  // "Cơ quan điều tra Công an tỉnh X", "Cơ quan điều tra của Viện KSND Tối cao": the investigation body of a named force or procuracy
  // (one call taken on every read, like the delegation test)
  const investigation = investigationBodyEnd(toks, t, head, bodyStart, opts);
  if (investigation > 0) return orgMatch(i, investigation, head, bodyStart, true, bracketAt(toks, investigation));
  // "Ủy ban về các vấn đề xã hội (của Quốc hội)", "Ủy ban các vấn đề quốc tế": a committee or department of affairs
  if (t.cap && bt && bt.gap === Gap.Space && (bt.w === VE_ID || bt.w === CAC_WORD) && AFFAIRS_HEADS.has(head.head)) {
    let e = affairsRemitEnd(toks, bodyStart);
    // (the name keeps the parliament it belongs to, as "Ủy ban Kinh tế của Quốc hội" does: "Ủy ban về các vấn đề xã hội của Quốc hội")
    if (e > 0 && toks[e]?.w === CUA_WORD) e = parentAfterOfEnd(toks, e, opts.text);
    if (e > 0) return orgMatch(i, e, head, bodyStart, true, bracketAt(toks, e));
  }
  // "Tổng cục du lịch Hàn Quốc", "Hội đồng an ninh Quốc gia", "Ban quản lý dự án đường sắt đô thị Cát Linh": a body's
  // remit in sentence case, closed by the country or place it serves
  if (PLACED_SENTENCE_CASE_HEADS.has(head.head) && t.cap && bt && bt.gap === Gap.Space && !bt.cap && !bt.num) {
    let e = placedSentenceCaseEnd(toks, bodyStart, head, opts);
    // "Hội đồng hương Quảng Trị tại Hà Nội": a home-town association names where it sits
    if (e > 0 && AT_PLACE_HEADS.has(head.head)) e = seatAfterEnd(toks, e);
    if (e > 0) return orgMatch(i, e, head, bodyStart, head.agency, bracketAt(toks, e));
  }
  if (t.cap && bt?.gap === Gap.Space && !bt.cap && !bt.num) {
    // "Đồn Biên phòng cửa khẩu quốc tế Cầu Treo": a border post named by its crossing
    if (BORDER_POST_HEADS.has(head.head)) {
      const e = borderPostEnd(toks, bodyStart, head, opts);
      if (e >= 0) return orgMatch(i, e, head, bodyStart, true, bracketAt(toks, e));
    }
    // "Tổ chức các nước xuất khẩu dầu mỏ (OPEC)", "Cơ quan phòng chống ma túy (DEA)": a sentence-case name its acronym closes
    if (ACRONYM_CLOSED_HEADS.has(head.head)) {
      const e = acronymClosedEnd(toks, bodyStart, opts.text ?? '');
      if (e > 0) return orgMatch(i, e, head, bodyStart, true, e);
    }
  }
  // "Cục tác chiến điện tử;", "Vụ tổ chức cán bộ và thanh tra Bộ": a department's remit all in lower case, closed by punctuation or "và"
  if (t.cap && bt !== undefined && bt.gap === Gap.Space && !bt.cap && !bt.num && i > 0 && LOWER_REMIT_DEPARTMENT_HEADS.has(head.head) && (t.gap !== Gap.Break || sentenceOpensAfter(toks, i, opts.text))) {
    const e = lowerRemitDepartmentEnd(toks, bodyStart, opts.text ?? '', head.head === 'Tổng cục');
    if (e > 0) return orgMatch(i, e, head, bodyStart, true, bracketAt(toks, e));
  }
  // "Hội người Việt Nam tại Nhật Bản", "Tổng hội người Việt Nam tại Lào": the association of Vietnamese abroad, named by where they live
  if (OVERSEAS_ASSOCIATION_HEADS.has(head.head) && t.cap && bt?.w === NGUOI_WORD && bt.gap === Gap.Space) {
    const e = overseasCommunityEnd(toks, bodyStart);
    if (e > 0) return orgMatch(i, e, head, bodyStart, true, bracketAt(toks, e));
  }
  if (head.head === 'Hiệp hội' && t.cap && bt && bt.gap === Gap.Space && !bt.cap && !bt.num) {
    const e = sentenceCaseAssociationEnd(toks, bodyStart, head, opts);
    if (e < 0) return null;
    return orgMatch(i, e, head, bodyStart, true, -1);
  }
  return undefined;
}
const SUPREME_COURT_HEAD = 'Tòa án tối cao';
/** The body after its head: a country's or international organ, or a name read by parseBody. */
function headedBodyAt(toks: Token[], i: number, t: Token, head: OrgHead, bodyStart: number, bt: Token | undefined, opts: ParseOptions): OrgMatch | null {
  let end = bodyStart;
  let agency = head.agency;
  if (head.needs === 'self' || head.needs === 'country') {
    const d = head.needs === 'country' ? serviceDescriptorLen(toks, end) : STATE_NAMED_SELF_HEADS.has(head.head) ? stateFormLen(toks, end) : 0;
    const c = toks[end + d] && toks[end + d].gap === Gap.Space ? matchAt(toks, end + d, COUNTRY_TABLE) : null;
    if (c) end += d;
    // ("Quốc hội nước Việt Nam Dân chủ Cộng hòa": the state's formal name runs to its end)
    if (c) end += c.len + (STATE_NAMED_SELF_HEADS.has(head.head) ? republicAfterCountryLen(toks, end + c.len) : 0);
    else if (head.head === GENERAL_STAFF_HEAD) end = staffOfForceEnd(toks, end);
    // ("Tòa án Tối cao Liên bang": likewise a federation's highest court)
    else if ((head.head === 'Quốc hội' || head.head === SUPREME_COURT_HEAD) && federalAt(toks, end)) end += 2;
    // "Hội đồng Bảo an Liên Hiệp Quốc": an organ names the international body it belongs to
    else if (head.needs === 'self' && toks[end]?.gap === Gap.Space) {
      const parent = matchAt(toks, end, INTERNATIONAL_PARENT_TABLE);
      // ("Tổ chức Lương thực và Nông nghiệp của Liên hợp quốc": the parent after "của")
      const ofParent = !parent && toks[end].w === CUA_WORD && toks[end + 1]?.gap === Gap.Space ? matchAt(toks, end + 1, INTERNATIONAL_PARENT_TABLE) : null;
      if (parent) end += parent.len;
      else if (ofParent) end += 1 + ofParent.len;
      // "Ban Bí thư Trung ương Đảng", "Ban Tổ chức Trung ương Đảng": a central party board names its party
      // (not the party of another country: "Ban Tổ chức Trung ương Đảng Cộng sản Trung Quốc" keeps its party apart)
      else if (PARTY_BOARD_HEADS.has(head.head)) {
        const level = matchAt(toks, end, PARTY_LEVEL_TABLE);
        if (level && !(toks[end + level.len - 1].f === 'đảng' && toks[end + level.len]?.cap && toks[end + level.len].gap === Gap.Space)) end += level.len;
      }
    }
    // "Ban chấp hành Trung ương Đảng Cộng sản Trung Quốc": a central committee names a foreign communist party in full
    // (not "Việt Nam": Vietnam's own is written and keyed as "Trung ương Đảng")
    if (head.needs === 'self' && end === bodyStart && toks[end - 1].w === PARTY_WORD) end = foreignCommunistPartyEnd(toks, end);
    // ("Bộ Chính trị Đảng Cộng sản Cuba": a politburo names a foreign communist party in full; Vietnam's own stays "Bộ Chính trị")
    else if (end === bodyStart && PARTY_BOARD_OF_PARTY_HEADS.has(head.head) && toks[end]?.w === PARTY_WORD && toks[end].gap === Gap.Space) end = foreignPartyOfBoardEnd(toks, end);
    // "Hạ viện", "Thủy quân lục chiến" written capitalised alone still name the country's one body
    if (head.needs === 'country') agency &&= !!c || (t.cap && end === bodyStart && BARE_COUNTRY_BODIES.has(head.head) && !(i > 0 && t.gap === Gap.Space && !toks[i - 1].cap && MEMBER_WORDS.has(toks[i - 1].f)));
  } else {
    const body = parseBody(toks, bodyStart, head, !!opts.title, opts.text);
    end = head === PARTY_HEAD ? partyNameEnd(toks, bodyStart, body.end) : body.end;
    // "Phó Giám đốc Công ty Cổ phần quản lý và xây dựng cầu đường 3,": in a title a company's name ends at punctuation
    if (opts.title && COMPANY_HEADS.has(head.head) && body.anchors > 0) end = companyNameEnd(toks, end, opts.text ?? '');
    // ("văn phòng Bộ TP. Hồ Chí Minh": a ministry is named by its sector; a place alone names none)
    if (head.head === 'Bộ' && bt !== undefined && bt.gap === Gap.Space && isLevelAt(toks, bodyStart)) agency = false;
    // "Sở Văn hóa, Thể thao (VH&TT) TP.HCM": the sector's acronym in brackets, then the place
    // ("Phó ban An toàn giao thông (ATGT) TP.HCM": a board named by its sector in its head)
    const placed = body.placeAnchors === 0 && ((head.head === 'Sở' && end > bodyStart) || (SECTOR_BOARD_HEADS.has(head.head) && end === bodyStart))
      ? placeAfterSectorAcronymEnd(toks, end, opts.text ?? '') : -1;
    // (the name is kept as written, the acronym inside it: it is the sector's, no alias of the body)
    if (placed > 0) end = placed;
    // A Sở needs its place after the sector: "Sở GTVT" alone is type and sector.
    if (head.needs === 'place' || head.head === 'Sở') agency &&= body.placeAnchors > 0 || placed > 0;
    // ("Phòng Giáo dục", "Phòng Tài chính": a district's office named by type and sector alone, like "Sở GTVT")
    else if (head.head === 'Phòng' && body.placeAnchors === 0 && matchAt(toks, bodyStart, DISTRICT_OFFICE_SECTOR_TABLE, true)?.len === end - bodyStart) agency = false;
    // ("Phòng Tài chính - Kế toán", "phòng Hành chính": a desk every business has, alone; the whole name, whatever it anchored)
    if (head.head === 'Phòng' && matchAt(toks, bodyStart, OFFICE_FUNCTION_TABLE, true)?.len === end - bodyStart) agency = false;
    // ("tại Phòng 302B, số 94 Bà Triệu", "Phòng 417, B1": a room; a police unit's number has one or two digits, "Phòng 5")
    if (head.head === 'Phòng' && bt?.num && isRoomNumber(bt)) agency = false;
    // "Ban quản lý thôn Liên Sơn": a village's self-managing board is no state body
    if (head.head === 'Ban Quản lý' && matchAt(toks, bodyStart, VILLAGE_LEVEL_TABLE)) agency = false;
    // "Ban Chỉ đạo liên ngành VSATTP các quận": an interbranch committee is one body only by its level ("... Trung ương", "... tỉnh X")
    if (INTERBRANCH_STEERING_HEADS.has(head.head) && !(bt?.gap === Gap.Space && isLevelAt(toks, bodyStart) > 0)) agency = false;
    // "Trại giam Parnamirim ở bang Rio Grande do Norte": a prison abroad is a building, no unit of a police force
    if (PRISON_HEADS.has(head.head) && isForeignNameWord(opts.text ?? '', bt)) agency = false;
    // "Thanh tra Bộ", "Thanh tra Sở": a body's type and its parent's bare type name no one body (like "Công an tỉnh")
    if (end === bodyStart + 1 && (bt!.w === BO_HEAD_WORD || bt!.w === SO_HEAD_WORD)) agency = false;
    // "Đội Việt Nam" is a team; a police "Đội" has a unit name or number
    // "Đội Việt Nam" is a team; a police "Đội" has a unit name or number, or a sector in sentence case ("Đội Kiểm lâm Cơ động")
    if (head.head === 'Đội') agency &&= body.anchors > body.placeAnchors || sentenceCaseUnit(toks, bodyStart, end);
    if (body.nonAgency) agency = false;
    else if (head.needs === 'number') agency &&= body.anchors > 0 && (bt!.num || bt!.cap) && (head.head !== 'Vùng' || hasRegionNumber(toks, bodyStart, end));
    else agency &&= body.anchors > 0 || placed > 0;
    // "Viện Chiến lược và Chính sách Bộ Y tế", "Trung tâm Đăng kiểm tàu cá (Tổng cục Thủy sản)": a ministry's or
    // department's institute or centre is its public unit (not a clinic or a venue)
    // ("một Viện Nghiên cứu của Bộ": one of its institutes, no named one)
    if (!agency && t.cap && STATE_UNIT_HEADS.has(head.head) && end > bodyStart + 1 && !opts.title && !matchAt(toks, bodyStart, NOT_STATE_UNIT_TABLE)
      && !(i > 0 && t.gap === Gap.Space && COUNTING_WORD_IDS.has(toks[i - 1].w))) agency = isStateUnit(toks, bodyStart, end, opts.text ?? '');
    // "Cơ quan cảnh sát điều tra (Bộ Công an)": named by law, a body alone
    const namedByLaw = head.head.startsWith('Cơ quan ') && body.anchors === 0;
    if (namedByLaw) {
      end = bodyStart; agency = true;
      // "Cơ quan Cảnh sát điều tra công an tỉnh Quảng Nam": the police it belongs to, written lower-case, stays in the name
      const parent = bt?.gap === Gap.Space && !bt.cap ? parseOrgAt(toks, bodyStart, { lowerHead: true, text: opts.text }) : null;
      if (parent && parent.agency && LOWER_PLACED_HEADS.has(parent.head.head)) end = parent.end;
    }
    // "Ủy ban liên Chính phủ về hợp tác song phương Việt Nam-Lào": an intergovernmental committee named by its remit and countries
    if (end === bodyStart && t.cap && head.head === 'Ủy ban liên Chính phủ' && bt?.w === VE_ID && bt.gap === Gap.Space) {
      const e = remitToCountriesEnd(toks, bodyStart);
      if (e > 0) { end = e; agency = true; }
    }
    // "Cơ quan Công an": the type of a body and no name or place is no one body
    // ("Cơ quan Tình báo quốc gia" is named: a national service of three words is more than a type)
    if (head.head === 'Cơ quan' && end > bodyStart && matchAt(toks, bodyStart, ORG_TABLE)?.len === end - bodyStart && !isNationalServiceAt(toks, bodyStart)) agency = false;
    // "Mặt trận Tổ quốc và các tổ chức chính trị - xã hội": capitalised alone it is the one national front
    if (head.head === 'Mặt trận Tổ quốc' && t.cap && end === bodyStart && !isLevelAt(toks, bodyStart) && bt?.gap !== Gap.Paren) return orgMatch(i, end, head, bodyStart, true, bracketAt(toks, end));
    // "Hội Nông dân tích cực tuyên truyền", "lực lượng Công an nhân dân": a nationwide organization named alone
    // (not inside a newspaper's or school's name: "Báo Công an nhân dân")
    if (NATIONWIDE_BODY_HEADS.has(head.head) && t.cap && end === bodyStart && !isLevelAt(toks, bodyStart) && !afterNonAgencyHead(toks, i) && namesNationalGuard(toks, i, head, bodyStart)) return orgMatch(i, end, head, bodyStart, true, bracketAt(toks, end));
    if (end === bodyStart && !opts.title && !namedByLaw) return null;
    if (head.head === 'Tổ chức' && bt && matchAt(toks, bodyStart, ORG_TABLE)) return null;
    // "Bộ 6 số", "Hội 3 người": a count after the head, not a body's name
    if (head.needs === 'name' && bt?.num && COUNTED_HEADS.has(head.head)) agency = false;
  }
  return closedOrgMatch(toks, i, t, head, bodyStart, bt, end, agency, opts);
}
const PRISON_HEADS = new Set(['Trại giam', 'Trại tạm giam']);
const JOINED_ASSOCIATION_HEADS = new Set(['Hội', 'Hiệp hội', 'Tổng hội']);
/**
 * "Hiệp hội Gỗ| và Lâm sản Việt Nam", "Hội Bảo vệ| Người tiêu dùng Việt Nam": an association's name cut at "và" before a capital
 * or at "người" runs on, within eight words with no other stop word, number or head, to Việt Nam or a province that nothing
 * capitalised follows; its end, else `end`.
 */
function joinedAssociationEnd(toks: Token[], end: number): number {
  const n = toks[end];
  if (!n || n.gap !== Gap.Space || !((n.w === VA_WORD && toks[end + 1]?.cap && toks[end + 1].gap === Gap.Space) || n.w === NGUOI_WORD)) return end;
  for (let q = end + 1; q < toks.length && q - end <= 8; q++) {
    const t = toks[q];
    if (t.gap !== Gap.Space || t.num) return end;
    const place = t.cap ? matchAt(toks, q, VIET_NAM_TABLE) ?? matchAt(toks, q, PROVINCE_TABLE) : null;
    if (place) {
      const a = toks[q + place.len];
      return a && a.gap === Gap.Space && (a.cap || a.num) ? end : q + place.len;
    }
    if (t.w === NGUOI_WORD) continue;
    if ((t.k & STOP_TABLE.bit && matchAt(toks, q, STOP_TABLE)) || (t.cap && t.k & ORG_TABLE.bit && matchAt(toks, q, ORG_TABLE)) || isLevelAt(toks, q)) return end;
  }
  return end;
}
/** The name read to `end`, run on by what may close it: a remit after "về", whose body it is, its seat, its acronym. */
function closedOrgMatch(toks: Token[], i: number, t: Token, head: OrgHead, bodyStart: number, bt: Token | undefined, end: number, agency: boolean, opts: ParseOptions): OrgMatch {
  // "tòa phúc thẩm Theo cáo trạng": a lower-case court's name ends with its number or place ("Khu vực Tư pháp số 9")
  if (!t.cap && LOWER_COURT_HEADS.has(head.head) && agency && !lowerCourtNamed(toks, bodyStart, end)) agency = false;
  // "cơ quan Thuế", "cơ quan Điều tra" are kinds of body; written lower-case a named one closes with its country or Quốc gia
  if (!t.cap && head.head === 'Cơ quan' && agency && !endsWithPlaceOrNation(toks, bodyStart, end) && investigationBodyOf(toks, bodyStart) !== end) agency = false;
  // "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng": a steering committee is named with its remit after "về"
  if (STEERING_HEADS.has(head.head) && t.cap && agency && end > bodyStart && toks[end]?.w === VE_ID && toks[end].gap === Gap.Space) {
    const e = steeringRemitEnd(toks, end + 1);
    if (e > 0) end = e;
  } else if (STEERING_HEADS.has(head.head) && agency && end === bodyStart + 1 && bt?.num && toks[end]?.gap === Gap.Space && !toks[end].cap) {
    end = numberedCommitteeLevelEnd(toks, end);
  } else if (toks[end]?.w === VE_ID && agency && t.cap && end === bodyStart + 2 && NATIONAL_REMIT_HEADS.has(head.head)) {
    const e = nationalRemitEnd(toks, end);
    if (e > 0) end = e;
    else end = Math.max(end, nationalClosedRemitEnd(toks, end));
  } else if (agency && t.cap && end > bodyStart && STATE_REMIT_HEADS.has(head.head)) {
    end = stateRemitEnd(toks, end);
  }
  if (agency && t.cap && end > bodyStart && toks[end]?.gap === Gap.Comma && LISTED_FIELD_HEADS.has(head.head)) end = listedFieldEnd(toks, head.head, bodyStart, end, opts.text ?? '');
  if (agency && t.cap && end > bodyStart && head.head === 'Ủy ban liên Chính phủ' && toks[end]?.w === VE_ID && toks[end].gap === Gap.Space) { const e = jointCommitteeRemitEnd(toks, end); if (e > 0) end = e; }
  // "Cao ủy Liên hợp quốc về người tị nạn (UNHCR)": a remit in lower case before the body's acronym
  if (head.needs === 'name' && toks[end]?.f === 'về' && toks[end].gap === Gap.Space) {
    let k = end + 1;
    while (k < toks.length && k - end <= 5 && toks[k].gap === Gap.Space && !toks[k].cap && !toks[k].num) k++;
    const b = toks[k];
    if (k > end + 1 && b && b.gap === Gap.Paren && b.acro && toks[k + 1]?.gap !== Gap.Space) end = k;
  }
  // "Hiệp hội Gỗ và Lâm sản Việt Nam", "Hội Tiêu chuẩn và Bảo vệ người tiêu dùng Việt Nam": an association of two trades, or of
  // people ("người"), read on to the country or province that closes its name
  if (agency && t.cap && end > bodyStart && JOINED_ASSOCIATION_HEADS.has(head.head)) end = joinedAssociationEnd(toks, end);
  // "Ủy ban Kinh tế của Quốc hội", "Cơ quan Tình báo Trung ương của Mỹ": a committee or agency closed by whose it is
  // ("Đảng Dân tiến của Nhật Bản", "Cục Thống kê lao động của Mỹ": any named body closed by its country, as the gold writes it)
  if (agency && t.cap && (OF_PARENT_HEADS.has(head.head) || OF_COUNTRY_HEADS.has(head.head)) && end > bodyStart) {
    // ("Bộ An ninh quốc gia của Triều Tiên": a national body's "quốc gia" in lower case, then whose it is)
    const national = toks[end]?.gap === Gap.Space && toks[end + 2]?.w === CUA_WORD && matchAt(toks, end, QUOC_GIA_TABLE)?.len === 2 ? foreignOwnerEnd(toks, end + 2) : -1;
    end = national > 0 ? national : ofParentEnd(toks, end);
  }
  // Embassies and home-town associations name where they sit: "Đại sứ quán Việt Nam tại Hà Lan".
  // "Viện Pháp tại Việt Nam": a country's cultural institute abroad is its state's body, like an embassy
  const countryInstitute = head.head === 'Viện' && t.cap && end > bodyStart && isCountryAlone(toks, bodyStart, end);
  // "Cơ quan Hợp tác quốc tế Hàn Quốc tại Việt Nam": a foreign state's agency names its office here by where it sits
  // (not elsewhere: "Cơ quan Tình báo Trung ương Mỹ tại Đức bị lộ" tells where something happened)
  // ("Phòng Thương mại Mỹ tại Việt Nam (AmCham)": a foreign chamber of commerce names its office here the same way)
  const agencyAbroad = (head.head === 'Cơ quan' || (head.head === 'Phòng' && matchAt(toks, bodyStart, TRADE_FIELD_TABLE) !== null)) && t.cap && agency && end > bodyStart
    && toks[end]?.f === 'tại' && seatedInVietNam(toks, end + 1) && (endsWithForeignCountry(toks, bodyStart, end) || endsWithContinent(toks, end));
  // ("Đại sứ quán Qatar ở Washington": a mission's seat after "ở" too)
  const afterEnd = tokAt(toks, end);
  let seatedAtInternationalBody = false;
  if ((AT_PLACE_HEADS.has(head.head) || countryInstitute || agencyAbroad) && afterEnd !== undefined && (afterEnd.f === 'tại' || (afterEnd.f === 'ở' && MISSION_HEADS.has(head.head))) && afterEnd.gap === Gap.Space && tokAt(toks, end + 1)?.gap === Gap.Space) {
    // ("... tại Liên hợp quốc": a mission to an international body)
    const p = seatMatch(toks, end + 1, head, opts.text ?? '');
    seatedAtInternationalBody = !!p && head.head === BARE_MISSION_HEAD && !!matchAt(toks, end + 1, INTERNATIONAL_PARENT_TABLE);
    if (p) end += 1 + p.len;
    if (p && countryInstitute) agency = true;
  }
  // (a bare "Phái đoàn" is a body only as a country's mission at an international body)
  if (head.head === BARE_MISSION_HEAD && !seatedAtInternationalBody) agency = false;
  // "Cơ quan CSĐT - Bộ Công an": an investigation body names its force after a dash too (a title is cut there instead)
  if (tokAt(toks, end)?.gap === Gap.Dash && !opts.title && agency && head.head.startsWith('Cơ quan') && investigatesAt(toks, end)) end = dashedForceEnd(toks, end, opts.text ?? '');
  // An acronym in brackets right after the name: "(ANTQ)".
  const bracket = bracketAt(toks, end);
  const b = toks[end];
  if (bracket >= 0 && head.needs !== 'place') end = forceAfterUnitCode(toks, end, opts.text ?? '');
  return orgMatch(i, end, head, bodyStart, agency, bracket);
}

/** "Đoàn" at i is read as the delegation of the public body after it (not "Đoàn Thanh tra ...", an inspection team). */
export function readsAsDelegation(toks: Token[], i: number, text: string): boolean {
  const m = matchAt(toks, i, ORG_TABLE), bt = toks[i + 1];
  if (!m || m.len !== 1 || m.value.head !== 'Đoàn' || !bt || bt.gap !== Gap.Space || !bt.cap || !(bt.k & ORG_TABLE.bit)) return false;
  return !matchAt(toks, i, NOT_BODY_TABLE) && delegationOfBody(toks, i + 1, { text });
}
function delegationHeadAt(toks: Token[], len: number, head: OrgHead, bodyStart: number, opts: ParseOptions): boolean {
  if (len !== 1 || head.head !== 'Đoàn' || opts.title) return false;
  const bt = toks[bodyStart];
  return !!bt && bt.gap === Gap.Space && bt.cap && (bt.k & ORG_TABLE.bit) !== 0 && delegationOfBody(toks, bodyStart, opts);
}
/** At k (after "Đoàn"): a public body named in full, not a force whose name holds "Đoàn"'s units ("Bộ đội Biên phòng"). */
function delegationOfBody(toks: Token[], k: number, opts: ParseOptions): boolean {
  const at = matchAt(toks, k, ORG_TABLE);
  const inner = at ? parseOrgAt(toks, k, { text: opts.text, at }) : null;
  // (a force's youth union: "Bí thư Đoàn CAQ Nam Từ Liêm")
  return !!inner && inner.agency && inner.end > k && inner.head.head !== 'Bộ đội Biên phòng' && !PARENT_FORCE_HEADS.has(inner.head.head) && !POLICE_SHORT_HEADS.has(inner.head.head);
}
const INVESTIGATING_PARENT_HEADS = new Set([...PARENT_FORCE_HEADS, 'Viện kiểm sát nhân dân', 'Viện Kiểm sát nhân dân', 'VKSND', 'Viện KSND', 'Viện Kiểm sát', 'Viện kiểm sát',
  'Viện kiểm sát nhân dân tối cao', 'VKSND tối cao', 'Viện KSND tối cao', 'Viện Kiểm sát quân sự', 'Viện kiểm sát quân sự', 'VKS quân sự']);
function investigationBodyEnd(toks: Token[], t: Token, head: OrgHead, bodyStart: number, opts: ParseOptions): number {
  return t.cap && toks[bodyStart]?.w === DIEU_ID && head.head === 'Cơ quan' ? investigationOfForceEnd(toks, bodyStart, opts.text ?? '') : -1;
}
/** End of "điều tra [của] <force, ministry or procuracy>" at k, or -1 (rare: kept out of parseOrgAt). */
function investigationOfForceEnd(toks: Token[], k: number, text: string): number {
  if (toks[k + 1]?.w !== TRA_ID || toks[k + 1].gap !== Gap.Space) return -1;
  let q = k + 2;
  if (toks[q]?.w === CUA_WORD && toks[q].gap === Gap.Space) q++;
  const p = toks[q];
  if (!p || p.gap !== Gap.Space || !p.cap || !(p.k & ORG_TABLE.bit)) return -1;
  const at = matchAt(toks, q, ORG_TABLE);
  const parent = at ? parseOrgAt(toks, q, { text, at }) : null;
  return parent && parent.agency && INVESTIGATING_PARENT_HEADS.has(parent.head.head) ? parent.end : -1;
}

/** The place a body sits at k, or for a mission the international body it is sent to. */
function seatMatch(toks: Token[], k: number, head: OrgHead, text: string): { readonly len: number } | null {
  const p = matchAt(toks, k, PLACE_TABLE) ?? (MISSION_HEADS.has(head.head) ? matchAt(toks, k, INTERNATIONAL_PARENT_TABLE) : null);
  if (p) return p;
  // "tại thủ đô Kabul", "tại TP. Hồ Chí Minh": the city word before the seat's name
  // (not an association's: "Hội đồng Kinh doanh ASEAN - Mỹ tại thủ đô Washington" is where a meeting was)
  const city = CITY_SEAT_HEADS.has(head.head) ? matchAt(toks, k, SEAT_CITY_TABLE) : null;
  const c = city ? toks[k + city.len] : undefined;
  // ("TP. HCM": the abbreviation's full stop reads as a sentence break)
  const afterCity = !!c && (c.gap === Gap.Space || (c.gap === Gap.Break && toks[k].f === 'tp' && text.slice(toks[k].e, c.s) === '. '));
  if (city && afterCity) {
    const named = matchAt(toks, k + city.len, PLACE_TABLE);
    if (named) return { len: withCountryAfter(toks, k, city.len + named.len) };
  }
  if (!MISSION_HEADS.has(head.head)) return null;
  // a mission's foreign seat: any capitalised name after the city word ("thành phố Rotterdam"), else an unaccented
  // foreign one ("tại Bamako"); a name run on by more capitals may be a person's ("tại Phi-li-pin A.Hơ-rê-ra")
  const from = city && afterCity ? k + city.len : k;
  let q = from;
  while (q < from + 3 && (q === from ? toks[q]?.cap && !toks[q].num : isNameWord(toks[q])) && (from > k || isAsciiNameWord(text, toks[q]))) q++;
  if (q === from || (toks[q]?.cap && toks[q].gap === Gap.Space)) return null;
  let foreign = from > k;
  for (let r = from; r < q && !foreign; r++) foreign = isForeignNameWord(text, toks[r]);
  if (!foreign) return null;
  return { len: from > k ? withCountryAfter(toks, k, q - k) : q - k };
}
/** "tại thủ đô Manila của Philippines": a city after its city word may be named with its country; the seat's new length. */
function withCountryAfter(toks: Token[], k: number, len: number): number {
  const of = toks[k + len];
  const country = of?.w === CUA_WORD && of.gap === Gap.Space && toks[k + len + 1]?.gap === Gap.Space ? matchAt(toks, k + len + 1, COUNTRY_TABLE) : null;
  return country ? len + 1 + country.len : len;
}
const SEAT_CITY_TABLE = rareTable(['thủ đô', 'thành phố', 'tp', 'tp.']);
// (missions and courts, named by their city; not associations)
const CITY_SEAT_HEADS = new Set([...MISSION_HEADS, ...SEATED_COURT_HEADS]);

// (not "cấp tỉnh": "Ban Chỉ đạo 896 cấp tỉnh" is every province's, a kind, which the golds leave out)
const COMMITTEE_LEVEL_TABLE = rareTable(['tỉnh', 'thành phố', 'huyện', 'quận']);
/**
 * "Ban Chỉ đạo 389 tỉnh": a committee named by its number is the province's or district's the text is about with the level
 * word alone (no unit's name after it), as the golds write it; else `end` (rare: kept out of parseOrgAt).
 */
function numberedCommitteeLevelEnd(toks: Token[], end: number): number {
  const lvl = matchAt(toks, end, COMMITTEE_LEVEL_TABLE);
  const n = lvl ? toks[end + lvl.len] : undefined;
  // ("Ban Chỉ đạo 389 tỉnh Thanh Hóa": a named unit is read by the level path already; "tỉnh ủy" is no level)
  if (!lvl || (n && n.gap === Gap.Space && (n.cap || n.num || n.f === 'ủy' || n.f === 'uỷ'))) return end;
  return end + lvl.len;
}

/** "Đồn Biên phòng cửa khẩu quốc tế Cầu Treo": a border post named by its crossing; the end of that name, or -1 (rare: kept out of parseOrgAt). */
/** "Hội đồng hương Quảng Trị tại Hà Nội": a home-town association's name runs on to where it sits (rare: kept out of parseOrgAt). */
function seatAfterEnd(toks: Token[], e: number): number {
  return toks[e]?.f === 'tại' && toks[e].gap === Gap.Space && toks[e + 1]?.gap === Gap.Space ? e + 1 + (matchAt(toks, e + 1, PLACE_TABLE)?.len ?? -1) : e;
}
function borderPostEnd(toks: Token[], bodyStart: number, head: OrgHead, opts: ParseOptions): number {
  let q = bodyStart;
  while (q < toks.length && q - bodyStart < 4 && toks[q].gap === Gap.Space && !toks[q].cap && !toks[q].num && !(toks[q].k & STOP_TABLE.bit && matchAt(toks, q, STOP_TABLE))) q++;
  const body = q > bodyStart && toks[q]?.cap && toks[q].gap === Gap.Space && !isNotNameWord(toks[q]) ? parseBody(toks, q, head, !!opts.title, opts.text) : null;
  return body && body.anchors > 0 ? body.end : -1;
}

/** "công an Hà Nội", "công an TP.HCM": a lower-case police force before a province's name, with no level word, is that province's. */
function provinceForceAt(toks: Token[], k: number, head: OrgHead): boolean {
  const t = toks[k];
  return head.head === 'Công an' && t !== undefined && t.cap && t.gap === Gap.Space && (t.k & PLACE_TABLE.bit) !== 0 && !!matchAt(toks, k, PROVINCE_TABLE);
}
const ASSOCIATION_LOWER_HEADS = new Set(['Hội', 'Hiệp hội', 'Tổng hội', 'Liên đoàn']);
/** Last words of an association's posts: chủ tịch, giám đốc, tổng thư ký. */
const ASSOCIATION_POST_LAST_IDS = new Set(['tịch', 'đốc', 'ký'].map(wordId));
// a people's committee's or council's, a party committee's or a deputies' delegation's office is a body of its own
// ("Chánh Văn phòng UBND TPHCM": Văn phòng UBND TPHCM, beside a ministry's or department's office, which is not: "Chánh văn phòng Sở GDĐT")
const OWN_OFFICE_HEADS = new Set(['UBND', 'Ủy ban nhân dân', 'HĐND', 'Hội đồng nhân dân', 'Tỉnh ủy', 'Thành ủy', 'Huyện ủy', 'Quận ủy', 'Thị ủy',
  'Đoàn Đại biểu Quốc hội', 'Đoàn ĐBQH', 'Đoàn ĐB Quốc hội', 'Đoàn ĐB QH']);
/** The capitalised body at k (after "Chánh Văn phòng") is one whose office is an agency in itself, named with its place ("UBND TP" names none). */
export function ownOfficeBodyAt(toks: Token[], k: number, text: string): boolean {
  const o = matchAt(toks, k, ORG_TABLE);
  if (!o || !OWN_OFFICE_HEADS.has(o.value.head)) return false;
  const body = parseOrgAt(toks, k, { text });
  return !!body && body.agency && body.end > k + o.len;
}
/** A head written in lower case names a body only in these settings ("bộ Y tế", "công an tỉnh X", "hải quân Nhật Bản"). */
function lowerHeadAccepted(toks: Token[], i: number, m: { readonly len: number; readonly value: OrgHead }, opts: ParseOptions): boolean {
  const t = toks[i];
  const head = m.value;
  // the word after the head's first word: "sở Y tế tỉnh Hòa Bình" is read from "Y"
  const after = toks[i + m.len + (head.needs === 'country' ? serviceDescriptorLen(toks, i + m.len) : 0)];
  // ("Trưởng ban Tổ chức Trung ương, Trưởng ban...": a capital after a comma belongs to the next clause)
  const next = after?.cap && after.gap === Gap.Space ? after : toks[i + 1];
  if (!next || next.gap !== Gap.Space) return false;
  // "đảng Bảo thủ", "đảng cực hữu Jobbik": a party is written lower-case before its name
  const partyDescriptor = t.w === PARTY_WORD && m.len === 1 && !!matchAt(toks, i + 1, PARTY_DESCRIPTOR_TABLE);
  // ("Liên đoàn Luật sư tỉnh Đắc Lắc": the federation's own "đoàn" opens no bar association)
  if (head.head === 'Đoàn Luật sư' && i > 0 && t.gap === Gap.Space && toks[i - 1].w === LIEN_WORD) return false;
  // "công an tỉnh Bình Dương": a lower-case body of a named unit is that unit's body
  const lvl = (LOWER_PLACED_HEADS.has(head.head) || LOWER_PLACED_STATION_HEADS.has(head.head)) && after?.gap === Gap.Space ? isLevelAt(toks, i + m.len) : 0;
  const levelPlaced = (lvl > 0 && toks[i + m.len + lvl]?.gap === Gap.Space && (!!toks[i + m.len + lvl].cap || numberedWardAt(toks, i + m.len, lvl)))
    || (LOWER_PLACED_HEADS.has(head.head) && after?.gap === Gap.Space && dottedLevelAt(toks, i + m.len, opts.text ?? ''))
    || provinceForceAt(toks, i + m.len, head)
    // "công an H.Đại Lộc": the level word glued to the unit's name
    || (LOWER_PLACED_HEADS.has(head.head) && after?.gap === Gap.Space && gluedLevelAt(after));
  if (!next.cap && !partyDescriptor && !levelPlaced) return false;
  return lowerHeadInSetting(toks, i, t, m, head, after, levelPlaced, opts);
}
const DISTRICT_LEVEL_TABLE = rareTable(['quận', 'huyện', 'thị xã', 'thành phố', 'tp', 'tp.']);
/** At k, a capitalised sector, then a district's or city's level word and its capitalised or numbered name ("Giáo dục và Đào tạo quận Hai Bà Trưng"). */
function districtOfficeAt(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (!t || !t.cap || t.acro || t.gap !== Gap.Space) return false;
  const sector = matchAt(toks, k, SECTOR_TABLE, true);
  if (!sector || toks[k + sector.len]?.gap !== Gap.Space) return false;
  const level = matchAt(toks, k + sector.len, DISTRICT_LEVEL_TABLE);
  const place = level ? toks[k + sector.len + level.len] : undefined;
  return !!place && place.gap === Gap.Space && (place.cap || place.num);
}
/** "Trưởng phòng Phòng Tổng hợp": the post's own "phòng" is followed by the body's capitalised head, which opens the body. */
function headRepeatedAfter(toks: Token[], i: number): boolean {
  const next = toks[i + 1];
  return next !== undefined && next.w === toks[i].w && next.cap && next.gap === Gap.Space;
}
/** lowerHeadAccepted past its common path (most lower-case heads have no capital after them): the settings that accept one. */
function lowerHeadInSetting(toks: Token[], i: number, t: Token, m: { readonly len: number; readonly value: OrgHead }, head: OrgHead, after: Token | undefined, levelPlaced: boolean, opts: ParseOptions): boolean {
  const lowerOk = opts.title
    || (opts.lowerHead && LOWER_HEADS.has(t.f) && m.len === 1 && i > 0 && LOWER_HEAD_AFTER.has(toks[i - 1].f) && (t.w !== VU_WORD || POST_END_WORDS.has(toks[i - 1].f)) && !headRepeatedAfter(toks, i))
    // "Theo cục Hàng không dân dụng Australia": a department written lower-case after a preposition
    || (opts.lowerHead && (t.f === 'cục' || t.f === 'bộ') && m.len === 1 && i > 0 && t.gap === Gap.Space && LOWER_MINISTRY_AFTER.has(toks[i - 1].f) && toks[i + 1]?.cap && !toks[i + 1].acro)
    // "Hiện cục Dự trữ Liên bang Mỹ", "phản ánh lên cục Đăng Kiểm", "được cục NTBD cập nhật": a department written lower-case
    // before its capitalised name or acronym, after any word but those of another word ("rốt cục", "bưu cục", "giật cục") or a count
    || (opts.lowerHead && t.w === CUC_WORD && (m.len === 1 || head.head.startsWith('Cục ')) && toks[i + 1]?.cap && toks[i + 1].gap === Gap.Space && !isFamilyWord(toks[i + 1])
      && !(i > 0 && t.gap === Gap.Space && NOT_DEPARTMENT_CUC_BEFORE_IDS.has(toks[i - 1].w)))
    // "phòng Kỹ thuật hình sự", "tổ công tác phòng Cảnh sát môi trường", "đội Cảnh sát hình sự, Công an thị xã Dĩ An": a police
    // department or team written lower-case before its capitalised branch, which names it as the capitalised head would
    || (opts.lowerHead && (t.w === PHONG_WORD || t.w === DOI_WORD) && m.len === 1 && toks[i + 1]?.cap && toks[i + 1].gap === Gap.Space && !unitWordInCompound(toks, i)
      && !(i > 0 && t.gap === Gap.Space && COUNTED_UNIT_BEFORE_IDS.has(toks[i - 1].w)) && !!matchAt(toks, i + 1, POLICE_BRANCH_NAME_TABLE))
    // "chính quyền bang Johor", "cảnh sát bang Victoria": a federal state's body written lower-case before the state's name
    || (opts.lowerHead && SUBNATIONAL_HEADS.has(head.head) && !!after?.cap && after.gap === Gap.Space)
    // "đoàn luật sư Hà Nội": a bar association written lower-case before its province
    || (opts.lowerHead && head.head === 'Đoàn Luật sư' && after?.gap === Gap.Space && !!matchAt(toks, i + m.len, PROVINCE_TABLE))
    // "thanh tra Sở Y tế TP.HCM", "theo thanh tra Bộ Nội vụ": a ministry's or department's inspectorate written lower-case
    // (not an inspection: "đoàn thanh tra Bộ Công Thương", "khi thanh tra Sở Văn hóa", "Tổng thanh tra Chính phủ")
    // ("thanh tra Bộ giám sát": "Bộ" alone is no named parent)
    || (opts.lowerHead && head.head === 'Thanh tra' && !!after?.cap && after.gap === Gap.Space && !!matchAt(toks, i + m.len, INSPECTED_PARENT_TABLE)
      && !(i > 0 && t.gap === Gap.Space && NOT_INSPECTORATE_BEFORE_IDS.has(toks[i - 1].w)) && !!parseOrgAt(toks, i + m.len, { text: opts.text })?.agency)
    // "quốc hội Triều Tiên", "chính phủ Mỹ": a state's body written lower-case before its country
    || (opts.lowerHead && head.needs === 'self' && m.len === 2 && LOWER_SELF_HEADS.has(head.head) && !!matchAt(toks, i + 2, COUNTRY_TABLE))
    // "Trưởng đoàn Đại biểu Quốc hội": a longer head whose first word is the post's last
    || (opts.lowerHead && m.len > 1 && i > 0 && t.gap === Gap.Space && (toks[i - 1].f === 'trưởng' || toks[i - 1].f === 'phó'))
    // "Chánh văn phòng UBND TP HCM": the post's own "văn phòng" before a body whose office is a body of its own
    || (opts.lowerHead && head.head === 'Văn phòng' && i > 0 && t.gap === Gap.Space && toks[i - 1].f === 'chánh' && !!after?.cap && ownOfficeBodyAt(toks, i + m.len, opts.text ?? ''))
    // "Cán bộ phòng Giáo dục và Đào tạo quận Hai Bà Trưng": a district's office written lower-case, its sector capitalised, then its level and place
    // (also listed after a comma: "UBND phường Máy Tơ, phòng Kinh tế quận Ngô Quyền, phòng Y tế quận Ngô Quyền")
    || (opts.lowerHead && t.w === PHONG_WORD && m.len === 1 && (t.gap === Gap.Space || t.gap === Gap.Comma) && (districtOfficeAt(toks, i + 1) || districtOfficeAcronymAt(toks, i)))
    // "bộ Y tế", "sở Y tế Hòa Bình": a ministry or department head before a capitalised sector
    || (opts.lowerHead && (t.f === 'bộ' || t.f === 'sở') && (i === 0 || toks[i].gap !== Gap.Space || LOWER_MINISTRY_AFTER.has(toks[i - 1].f) || (!toks[i - 1].num && !NOT_MINISTRY_BEFORE_IDS.has(toks[i - 1].w)))
      && !!matchAt(toks, i + 1, SECTOR_TABLE, true))
    // "sở GTVT Hà Nội", "đại diện sở NN-PTNT Quảng Trị": a department written lower-case with its sector's acronym, then its province
    || (opts.lowerHead && t.w === SO_HEAD_WORD && m.len === 1 && lowerDepartmentAcronymAt(toks, i))
    || (opts.lowerHead && t.f === 'đảng' && m.len === 1)
    // "điện Kremlin", "lầu Năm Góc": a seat of power whose own name is capitalised
    || (opts.lowerHead && LOWER_SEAT_HEADS.has(head.head) && !!toks[i + 1]?.cap)
    // "tòa phúc thẩm Khu vực Tư pháp số 9": a court written lower-case before its capitalised name
    || (opts.lowerHead && LOWER_COURT_HEADS.has(head.head) && !!tokAt(toks, i + m.len)?.cap && toks[i + m.len].gap === Gap.Space && (!matchAt(toks, i + m.len, PLACE_TABLE) || foreignCourtSeatAt(toks, i, i + m.len)))
    // "cơ quan An ninh Quốc gia", "cơ quan Tình báo Trung ương Mỹ": a capitalised name after a lower-case "cơ quan"
    // ("cơ quan Mỹ" is any US agency: the name opens with more than the country)
    || (opts.lowerHead && head.head === 'Cơ quan' && !!toks[i + 2]?.cap && !toks[i + 2].acro && !isFamilyWord(toks[i + 2]) && !matchAt(toks, i + 2, PLACE_TABLE)
      // ("cơ quan Hải quan Nigeria" is the customs itself, described; "cơ quan Tình báo Trung ương Mỹ" is named so)
      && (!(toks[i + 2].k & ORG_TABLE.bit) || isNationalServiceAt(toks, i + 2)))
    // "cơ quan CSĐT Công an TP.Cần Thơ": the investigation body of a named force, written lower-case
    || (opts.lowerHead && head.head === 'Cơ quan' && investigationBodyOf(toks, i + 2) > 0)
    // "cơ quan Cảnh sát điều tra Công an tỉnh Hà Nam": the investigation body named by law, of a named force
    || (opts.lowerHead && m.len > 2 && head.head.startsWith('Cơ quan ') && forceAt(toks, i + m.len))
    || (opts.lowerHead && levelPlaced)
    // "Phó chủ tịch hội Ung thư Việt Nam", "Chủ tịch tổng hội Y học": an association written lower-case right after its post
    || (opts.lowerHead && ASSOCIATION_LOWER_HEADS.has(head.head) && i > 0 && t.gap === Gap.Space && ASSOCIATION_POST_LAST_IDS.has(toks[i - 1].w))
    // "đoàn ĐBQH TP.HCM": a province's delegation of deputies, written lower-case before the province
    // (a foreign parliament's visiting delegation is no standing body: "đoàn đại biểu Quốc hội Cuba")
    || (opts.lowerHead && DELEGATION_HEADS.has(head.head) && !!after?.cap && after.gap === Gap.Space && !!matchAt(toks, i + m.len, PROVINCE_TABLE))
    // ("thành ủy TP.HCM", "tỉnh ủy Hà Tĩnh", "huyện ủy Lương Sơn": also a unit whose name is an acronym or opens with a family name)
    || (opts.lowerHead && LOWER_COMMITTEE_HEADS.has(head.head) && !!after?.cap && after.gap === Gap.Space
      && ((!after.acro && !isNotNameWord(after) && !startsFamilyName(toks, i + m.len)) || committeeUnitAt(toks, i + m.len)))
    // "lãnh sự quán Afghanistan", "đại sứ quán Mỹ tại Hà Nội": a state's mission written lower-case before its country
    // ("các đại sứ quán Mỹ" are many)
    || (opts.lowerHead && MISSION_HEADS.has(head.head) && !!matchAt(toks, i + m.len, COUNTRY_TABLE) && !(i > 0 && GENERIC_MEMBERS_BEFORE.has(toks[i - 1].f)))
    // "hải quân Nhật Bản": a service of a country
    // ("các đơn vị quân đội Việt Nam": units of a service are no one body)
    || (head.needs === 'country' && !!matchAt(toks, i + m.len + serviceDescriptorLen(toks, i + m.len), COUNTRY_TABLE) && !(i > 0 && GENERIC_MEMBERS_BEFORE.has(toks[i - 1].f)));
  return lowerOk;
}
/** "Trung tâm Y tế huyện Đắk Hà", "Trung tâm Dự báo ... Trung ương": a centre that is a state agency, or null (kept out of parseOrgAt). */
function stateCentreMatch(toks: Token[], i: number, head: OrgHead, bodyStart: number, opts: ParseOptions): OrgMatch | null {
  const bt = tokAt(toks, bodyStart);
  const placed = placedServiceEnd(toks, bodyStart, opts.text ?? '');
  if (placed > 0) return orgMatch(i, placed, head, bodyStart, true, -1);
  const lowerNational = bt && !bt.cap && !opts.title ? lowerNationalCentreEnd(toks, bodyStart) : -1;
  if (lowerNational > 0) return orgMatch(i, lowerNational, head, bodyStart, true, bracketAt(toks, lowerNational));
  // "Trung tâm Dự báo Khí tượng Thủy văn Trung ương": a centre of the central state is a state agency
  const central = bt?.cap && bt.gap === Gap.Space && !opts.title ? parseBody(toks, bodyStart, head, !!opts.title, opts.text) : null;
  if (central && !central.nonAgency && central.end > bodyStart + 2 && endsWithNationLevel(toks, bodyStart + 1, central.end) && !matchAt(toks, bodyStart, CULTURE_TABLE) && !matchAt(toks, bodyStart, NOT_PUBLIC_CENTRE_TABLE)) {
    // ("Trung tâm Điều phối quốc gia về ghép bộ phận cơ thể người,": its remit after "về", closed by punctuation)
    const afterCentre = tokAt(toks, central.end);
    const remit = afterCentre !== undefined && afterCentre.w === VE_ID && afterCentre.gap === Gap.Space ? remitAfterVeEnd(toks, central.end + 1, false) : -1;
    const end = remit > 0 ? remit : central.end;
    return orgMatch(i, end, head, bodyStart, true, bracketAt(toks, end));
  }
  // "Trung tâm Xuất khẩu Nga": a centre named with a foreign country is that state's agency
  const national = central;
  // (a cultural centre abroad is a venue: "Trung tâm Văn hóa Pháp")
  if (national && !national.nonAgency && national.end > bodyStart + 1 && !matchAt(toks, bodyStart, NOT_PUBLIC_CENTRE_TABLE) && !matchAt(toks, bodyStart, CULTURE_TABLE) && endsWithForeignCountry(toks, bodyStart + 1, national.end)) return orgMatch(i, national.end, head, bodyStart, true, bracketAt(toks, national.end));
  // "Trung tâm Kiểm soát và Phòng ngừa Dịch bệnh của Mỹ (CDC)": the country after "của" is that state's too; not a venue, a study
  // centre or a think tank ("Trung tâm Nghiên cứu ... của Mỹ", "Trung tâm An ninh mới của Mỹ"), nor one acronym ("Trung tâm PIR của Nga")
  if (national && !national.nonAgency && national.end > bodyStart + 1 && toks[national.end]?.w === CUA_WORD && !matchAt(toks, bodyStart, NOT_STATE_CENTRE_TABLE)) {
    const e = foreignOwnerEnd(toks, national.end);
    if (e > 0) return orgMatch(i, e, head, bodyStart, true, bracketAt(toks, e));
  }
  // "Trung tâm Hỗ trợ xuất khẩu (đơn vị sự nghiệp trực thuộc Cục Xúc tiến thương mại)": a centre under a state body is a state agency
  if (central && !central.nonAgency && central.end > bodyStart && !matchAt(toks, bodyStart, NOT_PUBLIC_CENTRE_TABLE)) {
    const e = remitBeforeThuoc(toks, central.end);
    if (underStateBody(toks, e, opts.text ?? '')) return orgMatch(i, e, head, bodyStart, true, -1);
  }
  if (central && !central.nonAgency && endsWithProvinceOrViet(toks, bodyStart, central.end)) return orgMatch(i, central.end, head, bodyStart, true, bracketAt(toks, central.end));
  const lowerLevel = !opts.title && bt?.cap ? capitalisedCentreLowerLevelEnd(toks, bodyStart) : -1;
  if (lowerLevel > 0) return orgMatch(i, lowerLevel, head, bodyStart, true, bracketAt(toks, lowerLevel));
  const underState = !opts.title && bt && !bt.cap ? lowerCentreUnderStateEnd(toks, bodyStart, opts.text ?? '') : -1;
  if (underState > 0) return orgMatch(i, underState, head, bodyStart, true, -1);
  return null;
}
/**
 * "Trung tâm đăng kiểm tàu cá trực thuộc Tổng cục Thủy sản", "Trung tâm quản lý và điều hành giao thông đô thị Hà Nội (Sở GTVT
 * Hà Nội)": a centre named in sentence case, its remit all in lower case (and its city's name), is a public unit when a
 * ministry's or department's body follows it in brackets, after a dash or after "(trực) thuộc"/"của", as its capitalised form
 * is (isStateUnit); not a venue's, firm's or clinic's first remit word. Its end, else -1. Rare: the other reads came first.
 */
function lowerCentreUnderStateEnd(toks: Token[], j: number, text: string): number {
  const bt = toks[j];
  if (bt.gap !== Gap.Space || bt.num || bt.acro || CENTRE_REMIT_STOP_IDS.has(bt.w) || matchAt(toks, j, NOT_STATE_CENTRE_TABLE) || matchAt(toks, j, NOT_STATE_UNIT_TABLE) || matchAt(toks, j, HEALTH_TABLE)) return -1;
  let k = j + 1;
  for (; k < toks.length && k - j < 12; k++) {
    const t = toks[k];
    if (t.gap !== Gap.Space || t.cap || t.num || t.w === THUOC_WORD || (t.w === TRUC_WORD && toks[k + 1]?.w === THUOC_WORD)) break;
    // (a function word or a level word ends the read: a placed centre is placedServiceEnd's)
    if (CENTRE_REMIT_STOP_IDS.has(t.w) || isLevelAt(toks, k)) return -1;
  }
  // ("... giao thông đô thị Hà Nội": the city it serves closes the remit)
  const c = toks[k];
  if (c && c.cap && c.gap === Gap.Space) {
    const p = matchAt(toks, k, PROVINCE_TABLE);
    if (!p) return -1;
    k += p.len;
  }
  return k - j >= 2 && isStateUnit(toks, j, k, text) ? k : -1;
}
/** End of "của <a foreign country>" at `end` closing the name (no capitalised word running on), or -1. Rare: kept out of parseOrgAt. */
function foreignOwnerEnd(toks: Token[], end: number): number {
  const o = toks[end], c = toks[end + 1];
  if (!o || o.w !== CUA_WORD || o.gap !== Gap.Space || !c?.cap || c.gap !== Gap.Space || matchAt(toks, end + 1, WORD_NOT_COUNTRY_TABLE) || matchAt(toks, end + 1, VIET_NAM_TABLE)) return -1;
  const p = matchAt(toks, end + 1, COUNTRY_TABLE);
  const n = p ? toks[end + 1 + p.len] : undefined;
  return !p || (n && n.gap === Gap.Space && n.cap) ? -1 : end + 1 + p.len;
}
/**
 * "Trung tâm Dự báo khí tượng thủy văn trung ương", "Trung tâm Chẩn đoán thú y trung ương": a centre whose capitalised remit runs on
 * in lower case to "trung ương" or "quốc gia" is the central state's unit, as it is with a capital level or all in lower case
 * (read by the same words, so no venue's "Trung tâm Hội nghị quốc gia"); its end, else -1. Rare: the other reads came first.
 */
function capitalisedCentreLowerLevelEnd(toks: Token[], j: number): number {
  const e = lowerNationalCentreEnd(toks, j);
  // ("Trung tâm Tên lửa quốc gia mang tên Viện sĩ Makeyev": the name runs on past "mang tên", to an end not read here)
  return e > 0 && toks[e]?.w === MANG_ID && toks[e + 1]?.w === TEN_ID ? -1 : e;
}
const MANG_ID = wordId('mang'), TEN_ID = wordId('tên');
// (the remit's own words may be stop words elsewhere, "an toàn", "quản lý": only these end it)
const REMIT_STOP_WORDS = ['của', 'tại', 'ở', 'thuộc', 'cho', 'đã', 'đang', 'sẽ', 'vừa', 'là', 'được', 'bị', 'có', 'với', 'về', 'đến', 'từ', 'khi', 'này', 'nói'];
// (a centre's remit may join two fields with "và"; "vì" names a cause, not a remit: "Trung tâm vì quyền lợi quốc gia")
const CENTRE_REMIT_STOP_IDS = new Set([...REMIT_STOP_WORDS, 'vì', 'trên', 'các'].map(wordId));
/**
 * "Trung tâm dự báo khí tượng thủy văn Trung ương", "Trung tâm điều phối ghép tạng quốc gia": a centre named in lower case
 * whose remit runs, with no function word, place or other head, to the central or national level is the central state's
 * unit, as its capitalised form is (not a venue's or firm's first remit word; not a foreign country's, read as foreign bodies are); its end, else -1.
 */
function lowerNationalCentreEnd(toks: Token[], j: number): number {
  const bt = toks[j];
  if (bt.gap !== Gap.Space || bt.num || bt.acro || CENTRE_REMIT_STOP_IDS.has(bt.w) || matchAt(toks, j, NOT_STATE_CENTRE_TABLE) || matchAt(toks, j, HEALTH_TABLE)) return -1;
  for (let k = j + 1; k < toks.length && k - j < 10; k++) {
    const t = toks[k];
    if (t.gap !== Gap.Space || t.num) return -1;
    const level = t.acro && CENTRE_ACRONYM_IDS.has(t.w) ? 1 : matchAt(toks, k, NATION_LEVEL_TABLE)?.len ?? 0;
    if (level) {
      const n = toks[k + level];
      return n && n.gap === Gap.Space && (n.cap || n.num) ? -1 : k + level;
    }
    // (a lower-case word opens no head or place: "dự báo" is no newspaper)
    if (CENTRE_REMIT_STOP_IDS.has(t.w) || (t.cap && t.k & (PLACE_TABLE.bit | ORG_TABLE.bit) && (matchAt(toks, k, PLACE_TABLE) || matchAt(toks, k, ORG_TABLE))) || isLevelAt(toks, k)) return -1;
  }
  return -1;
}
const INSTITUTE_REMIT_STOP_IDS = new Set([...REMIT_STOP_WORDS, 'và'].map(wordId));
/** The three regions a state institute may serve, closing its name ("Viện Khoa học Thủy lợi miền Nam"). */
const INSTITUTE_REGION_TABLE = rareTable(['miền nam', 'miền bắc', 'miền trung']);
/** Institutes that are hospitals, by their first remit word. */
// (Pasteur institutes are labs and clinics; a Buddhist studies institute is religious)
// (nor the nutrition institute: see NOT_STATE_UNIT_TABLE)
const CLINIC_INSTITUTE_TABLE = rareTable(['ung thư', 'huyết học truyền máu', 'lao', 'lao và bệnh phổi', 'nhi đồng', 'châm cứu', 'pasteur', 'phật học']);
/**
 * An institute whose name closes with "Trung ương" or "Quốc gia" is a unit of the central state, as such a centre is; not a
 * clinic ("Viện Huyết học - Truyền máu Trung ương", by its first remit word) nor a school's ("... Học viện Chính trị Quốc gia"). Rare: kept out of parseOrgAt.
 */
function nationalInstituteMatch(toks: Token[], i: number, head: OrgHead, bodyStart: number, opts: ParseOptions): OrgMatch | null {
  if (!publicInstituteRemitAt(toks, bodyStart)) return null;
  // (the remit read word by word, in any case, up to the level: a function word, number, place or other head first ends it)
  for (let k = bodyStart + 1; k < toks.length && k - bodyStart < 12; k++) {
    const t = toks[k];
    if (t.gap !== Gap.Space && !(t.gap === Gap.Dash && t.cap) || t.num) return null;
    // ("Viện Kiểm nghiệm thuốc T.Ư": the central level written short, as a centre's is; "Viện Khoa học Thủy lợi miền Nam",
    // "Viện Sinh thái học miền Nam": the state's institutes serve one of the three regions, a name's lower-case close)
    const level = t.acro && CENTRE_ACRONYM_IDS.has(t.w) ? { len: 1 } : matchAt(toks, k, NATION_LEVEL_TABLE) ?? (k - bodyStart >= 2 ? matchAt(toks, k, INSTITUTE_REGION_TABLE) : null);
    if (level) {
      let end = k + level.len, n = toks[end];
      // ("Viện Văn hóa Nghệ thuật Quốc gia Việt Nam": the country it serves closes the name)
      if (n && n.gap === Gap.Space && matchAt(toks, end, VIET_NAM_TABLE)) { end += 2; n = toks[end]; }
      // ("Viện Y tế Quốc gia Nhật Bản", "... Quốc gia của Hàn Quốc", "... Quốc gia (Nhật)": a country's own institute, read as foreign bodies are)
      if (n && n.gap === Gap.Space && (n.cap || n.num)) return null;
      const owner = n && n.w === CUA_WORD && n.gap === Gap.Space ? end + 1 : n && n.gap === Gap.Paren ? end : -1;
      if (owner > 0 && toks[owner]?.cap && matchAt(toks, owner, COUNTRY_TABLE)) return null;
      return orgMatch(i, end, head, bodyStart, true, bracketAt(toks, end));
    }
    if (INSTITUTE_REMIT_STOP_IDS.has(t.w) || (t.k & (PLACE_TABLE.bit | ORG_TABLE.bit | LEVEL_TABLE.bit) && (matchAt(toks, k, PLACE_TABLE) || matchAt(toks, k, ORG_TABLE) || isLevelAt(toks, k)))) return null;
  }
  return null;
}
// (a research institute so named is as often a school or a think tank: "Viện Nghiên cứu Chính sách Quốc gia Nhật Bản", GRIPS)
const RESEARCH_REMIT_TABLE = rareTable(['nghiên cứu']);
/**
 * "Viện Ung thư quốc gia Hoa Kỳ", "Viện Y tế Quốc gia Mỹ": an institute whose remit closes with "quốc gia" and then a foreign
 * country is that state's national institute, a public body, as a centre so named is (nationalInstituteMatch leaves it: at home
 * a cancer institute is a clinic); not with "của" before the country or more capitals after it. Rare: the other reads came first.
 */
function foreignNationalInstituteMatch(toks: Token[], i: number, head: OrgHead, bodyStart: number): OrgMatch | null {
  const bt = tokAt(toks, bodyStart);
  if (!bt || !bt.cap || bt.gap !== Gap.Space || matchAt(toks, bodyStart, NOT_STATE_UNIT_TABLE) || matchAt(toks, bodyStart, RESEARCH_REMIT_TABLE)) return null;
  for (let k = bodyStart + 1; k < toks.length && k - bodyStart < 8; k++) {
    const t = toks[k];
    if (t.gap !== Gap.Space || t.num || t.acro || INSTITUTE_REMIT_STOP_IDS.has(t.w)) return null;
    if (!matchAt(toks, k, QUOC_GIA_TABLE)) continue;
    const c = toks[k + 2]?.gap === Gap.Space && toks[k + 2].cap ? matchAt(toks, k + 2, COUNTRY_TABLE) : null;
    if (!c || matchAt(toks, k + 2, VIET_NAM_TABLE)) return null;
    const end = k + 2 + c.len, n = toks[end];
    return n && n.gap === Gap.Space && n.cap ? null : orgMatch(i, end, head, bodyStart, true, bracketAt(toks, end));
  }
  return null;
}
const HOC_ID = wordId('học');
/** Sciences an institute is named by that make it no research body of the state: clinics', faiths', the sciences in general ("Viện Khoa học ..." runs on). */
const NOT_STATE_SCIENCE_TABLE = rareTable(['khoa học', 'y học', 'y dược học', 'dược học', 'huyết học', 'phật học', 'kinh thánh học', 'thần học']);
/**
 * "Viện Hải dương học", "Viện Toán học", "Viện Xã hội học": an institute named by one science alone (a capitalised word, up to two
 * lower-case ones, then "học"), maybe then its place or Việt Nam, is one of the state's research institutes; not a clinic's or a
 * faith's, not inside a longer name, nor a university's ("Viện Toán học của Đại học Oxford", "Viện Toán học Đại học X"). Rare:
 * the other reads came first.
 */
function scienceInstituteMatch(toks: Token[], i: number, t: Token, head: OrgHead, bodyStart: number): OrgMatch | null {
  // (a capital before it in mid-sentence opens a longer name, "Nhạc Viện"; a sentence's first word does not, "Theo Viện Toán học")
  if ((i > 1 && t.gap === Gap.Space && toks[i - 1].cap && toks[i - 1].gap === Gap.Space) || !publicInstituteRemitAt(toks, bodyStart) || toks[bodyStart].acro || matchAt(toks, bodyStart, NOT_STATE_SCIENCE_TABLE)) return null;
  let end = -1;
  for (let k = bodyStart + 1; k < toks.length && k - bodyStart <= 3; k++) {
    const w = toks[k];
    if (w.gap !== Gap.Space || w.cap || w.num || (w.k & STOP_TABLE.bit && matchAt(toks, k, STOP_TABLE))) return null;
    if (w.w === HOC_ID) { end = k + 1; break; }
  }
  if (end < 0) return null;
  const p = toks[end];
  // ("Viện Hải dương học Nha Trang": a provincial city, a district's unit, names where it sits)
  const place = p && p.gap === Gap.Space && p.cap ? matchAt(toks, end, VIET_NAM_TABLE) ?? matchAt(toks, end, PLACE_TABLE) ?? twoWordDistrictAt(toks, end) : null;
  if (place) end += place.len;
  // (closed by punctuation or what the institute does, "Viện Toán học tổ chức"; not by "và", "của" or a lower-case word that runs
  // the science on: "Viện Nhân chủng học và Lịch sử quốc gia Mexico", "Viện Sinh học phân tử")
  const n = toks[end];
  if (n && n.gap === Gap.Space && (n.cap || n.num || n.w === CUA_WORD || n.w === VA_WORD || !(n.k & STOP_TABLE.bit && matchAt(toks, end, STOP_TABLE)))) return null;
  return orgMatch(i, end, head, bodyStart, true, bracketAt(toks, end));
}
/** The institute's remit opens at k, capitalised and spaced, and is no clinic's or hospital's. */
function publicInstituteRemitAt(toks: Token[], k: number): boolean {
  const bt = tokAt(toks, k);
  return !!bt && bt.cap && bt.gap === Gap.Space && !matchAt(toks, k, NOT_STATE_UNIT_TABLE) && !matchAt(toks, k, CLINIC_INSTITUTE_TABLE);
}
/**
 * "Viện Nghiên cứu phát triển TP.HCM", "Viện Quy hoạch xây dựng Hà Nội": an institute whose remit is closed by its province
 * (or Việt Nam) is that place's public institute; not a longer name's last word ("Nhạc Viện Thành phố Hồ Chí Minh", a conservatory).
 */
function provincialInstituteMatch(toks: Token[], i: number, t: Token, head: OrgHead, bodyStart: number, opts: ParseOptions): OrgMatch | null {
  if ((i > 0 && t.gap === Gap.Space && toks[i - 1].cap) || !publicInstituteRemitAt(toks, bodyStart)) return null;
  const body = parseBody(toks, bodyStart, head, false, opts.text);
  return !body.nonAgency && endsWithProvinceOrViet(toks, bodyStart, body.end, NOT_STATE_UNIT_TABLE) ? orgMatch(i, body.end, head, bodyStart, true, bracketAt(toks, body.end)) : null;
}
/** Centres that are venues, businesses, media or sport grounds, by their first remit word: no public service however placed. */
const NOT_STATE_CENTRE_TABLE = rareTable(['thương mại', 'hội nghị', 'hội chợ', 'triển lãm', 'văn hóa', 'nghệ thuật', 'nghiên cứu', 'kinh doanh', 'điện lực',
  'nhiệt điện', 'điều độ', 'truyền hình', 'kỷ lục', 'thể thao', 'thể dục', 'tim mạch', 'chăm sóc khách hàng', 'logistics', 'dữ liệu', 'tài chính', 'an ninh',
  'ung thư', 'đào tạo bóng đá', 'bóng đá', 'giải trí', 'mua sắm', 'tiệc cưới', 'ngoại ngữ', 'tin học', 'chiếu phim', 'điện ảnh', 'sản xuất', 'trọng tài', 'tiếng', 'anh ngữ', 'giáo dục thường xuyên', 'gdtx', 'hành chính']);
/**
 * "Trung tâm Bảo tồn voi Đắk Lắk", "Trung tâm Vũ trụ Việt Nam": a centre whose capitalised remit is closed by its province or by
 * Việt Nam is that place's public service; not a venue or business ("Trung tâm Hội chợ Triển lãm Sài Gòn"), nor one with a
 * brand's acronym in its name ("Trung tâm Kinh doanh VNPT Đắk Lắk"). Rare: kept out of stateCentreMatch.
 */
function endsWithProvinceOrViet(toks: Token[], from: number, end: number, notPublicTable = NOT_STATE_CENTRE_TABLE): boolean {
  if (end - from < 2 || matchAt(toks, from, notPublicTable) || !toks[from].cap) return false;
  let place = -1;
  // (longest first: "TP.HCM" before its "HCM")
  for (let q = Math.max(from + 1, end - 4); q < end; q++) {
    if (matchAt(toks, q, PROVINCE_TABLE)?.len === end - q || matchAt(toks, q, VIET_NAM_TABLE)?.len === end - q) { place = q; break; }
  }
  // ("Thái Bình Dương" holds "Bình Dương": a place begun before the province is another place)
  if (place < 0 || (place - 1 >= from && (matchAt(toks, place - 1, PLACE_TABLE)?.len ?? 0) > 1)) return false;
  // (a dash between capitalised fields is inside the name: "Trung tâm Xúc tiến Đầu tư - Thương mại - Du lịch tỉnh Tiền Giang")
  for (let q = from; q < place; q++) if (toks[q].acro || toks[q].gap !== Gap.Space && q > from && !(toks[q].gap === Gap.Dash && toks[q].cap)) return false;
  return true;
}

/** "Ban chấp hành Trung ương Đảng Cộng sản Trung Quốc": after a party's centre, a foreign communist party named in full; its end, or `end` (rare: kept out of parseOrgAt). */
function foreignCommunistPartyEnd(toks: Token[], end: number): number {
  if (toks[end]?.gap !== Gap.Space || !matchAt(toks, end, COMMUNIST_TABLE)) return end;
  const country = toks[end + 2]?.gap === Gap.Space ? matchAt(toks, end + 2, COUNTRY_TABLE) : null;
  return country && !(toks[end + 2].f === 'việt' || toks[end + 2].f === 'vn') ? end + 2 + country.len : end;
}
/** A work group named by its remit after "về" (rare: kept out of parseOrgAt). */
function remitNamedMatch(toks: Token[], i: number, len: number, head: OrgHead): OrgMatch | null {
  const e = toks[i].cap && tokAt(toks, i + len)?.w === VE_ID && toks[i + len].gap === Gap.Space ? workingGroupRemitEnd(toks, i + len + 1) : -1;
  return e > 0 ? orgMatch(i, e, head, i + len, true, bracketAt(toks, e)) : null;
}
/** A lower-case court's name ends with its number or place ("Khu vực Tư pháp số 9"). */
function lowerCourtNamed(toks: Token[], bodyStart: number, end: number): boolean {
  return toks[end - 1].num || endsWithPlaceOrNation(toks, bodyStart, end);
}
/** toks[from, end) is a country's name and nothing more. */
function isCountryAlone(toks: Token[], from: number, end: number): boolean {
  return matchAt(toks, from, COUNTRY_TABLE)?.len === end - from;
}
const GOVERNMENT_OWNER_TABLE = rareTable(['thủ tướng chính phủ', 'thủ tướng', 'chính phủ']);
/** "Tổ công tác của Thủ tướng (Chính phủ)", "Tổ công tác của Chính phủ": a work group named by whose it is; any other is no one body. */
function governmentWorkGroup(toks: Token[], i: number, len: number, head: OrgHead): OrgMatch | null {
  const of = toks[i + len], owner = toks[i + len + 1];
  if (!toks[i].cap || of?.w !== CUA_WORD || of.gap !== Gap.Space || !owner?.cap || owner.gap !== Gap.Space) return null;
  const m = matchAt(toks, i + len + 1, GOVERNMENT_OWNER_TABLE);
  if (!m) return null;
  const end = i + len + 1 + m.len;
  return orgMatch(i, end, head, i + len, true, -1);
}

const AFFAIRS_HEADS = new Set(['Ủy ban', 'UB', 'Vụ', 'Cục', 'Ban']);
const AFFAIRS_TABLE = rareTable(['các vấn đề']);
/** End of "(về) các vấn đề <one to four lower-case words>" from k, closed by punctuation, "của" or the parent body; else -1. */
function affairsRemitEnd(toks: Token[], k: number): number {
  let q = toks[k].w === VE_ID ? k + 1 : k;
  if (!toks[q] || toks[q].gap !== Gap.Space || !matchAt(toks, q, AFFAIRS_TABLE)) return -1;
  q += 3;
  const from = q;
  // ("xã hội" is social, no commune here)
  while (q < toks.length && q - from < 4 && toks[q].gap === Gap.Space && !toks[q].cap && !toks[q].num && toks[q].w !== CUA_WORD && !matchAt(toks, q, STOP_TABLE)) q++;
  if (q === from) return -1;
  const n = toks[q];
  return !n || n.gap !== Gap.Space || n.w === CUA_WORD || (n.cap && !!matchAt(toks, q, ORG_TABLE)) || !!matchAt(toks, q, BODY_ACTS_TABLE) ? q : -1;
}

/** `of` (at "của"), or the end of the public body named right after it. */
function parentAfterOfEnd(toks: Token[], of: number, text: string | undefined): number {
  const n = toks[of + 1];
  const p = n && n.gap === Gap.Space && n.cap && n.k & ORG_TABLE.bit ? parseOrgAt(toks, of + 1, { text }) : null;
  return p && p.agency && p.end > of + 1 ? p.end : of;
}

const GROUP_OF_HEAD = 'Nhóm các';
const GROUP_ACRONYM_RE = /^[a-z]\d{1,2}$/;
/** "Nhóm các nền kinh tế phát triển và mới nổi hàng đầu thế giới (G20)": a group of states named by what its members are, closed by its acronym; else none. */
function groupOfMatch(toks: Token[], i: number, len: number, head: OrgHead): OrgMatch | null {
  const j = i + len;
  let q = j;
  if (!toks[i].cap) return null;
  while (q < toks.length && q - j < 12 && toks[q].gap === Gap.Space && !toks[q].cap && !toks[q].num) q++;
  const b = toks[q];
  // ("(G7)", "(G20)": a capital and a count are the acronym too)
  if (q - j < 2 || !b || b.gap !== Gap.Paren || !(b.acro || (b.cap && GROUP_ACRONYM_RE.test(b.f))) || toks[q + 1]?.gap === Gap.Space || toks[q + 1]?.gap === Gap.Comma) return null;
  return orgMatch(i, q, head, j, true, q);
}

export const PARTY_CELL_HEAD = 'Ban cán sự đảng';
/** "Ban cán sự đảng Bộ Tài chính": the party's cell is named by the one body it sits in, and ends where that body ends. */
function partyCellMatch(toks: Token[], i: number, len: number, head: OrgHead, opts: ParseOptions): OrgMatch | null {
  const b = toks[i + len];
  if (!toks[i].cap || !b || b.gap !== Gap.Space || !b.cap) return null;
  const inner = parseOrgAt(toks, i + len, { title: opts.title, text: opts.text });
  if (!inner || inner.end <= i + len || (!inner.agency && !opts.title)) return null;
  return orgMatch(i, inner.end, head, i + len, inner.agency, inner.bracket);
}

const OFFICE_HEAD = 'Văn phòng';
const MANAGEMENT_ZONE_HEADS = new Set(['Khu quản lý', 'Khu Quản lý']);
const SO_ID = wordId('số'), KHONG_ID = wordId('không');
/**
 * End of one to six lower-case words and "số N" (or, after a capitalised head, "N") from j, with "và M" for a
 * pair of units ("Không đoàn tiêm kích số 388 và 419"); else -1.
 */
function describedUnitEnd(toks: Token[], j: number, capHead: boolean): number {
  let q = j;
  while (q < toks.length && q - j < 7) {
    const t = toks[q];
    if (t.gap !== Gap.Space || t.cap || t.num || t.w === SO_ID) break;
    // ("Đội quản lý thị trường số 4": a remit's nouns that open with a stop word)
    const noun = t.k & STOP_TABLE.bit ? matchAt(toks, q, REMIT_NOUN_TABLE) : null;
    if (noun) { q += noun.len; continue; }
    // ("đường không", "phòng không": "không" is the air, not "not")
    if (t.w !== KHONG_ID && t.k & STOP_TABLE.bit && matchAt(toks, q, STOP_TABLE)) return -1;
    q++;
  }
  // ("Tiểu đoàn số 42": after a capitalised head the number may follow "số" at once)
  if ((q === j && !(capHead && toks[q]?.w === SO_ID)) || q - j > 6) return -1;
  if (toks[q]?.w === SO_ID && toks[q].gap === Gap.Space) q++;
  else if (!capHead) return -1;
  const n = toks[q];
  if (!n || !n.num || n.gap !== Gap.Space || !isUnitNumber(n)) return -1;
  q++;
  if (toks[q]?.w === VA_WORD && toks[q].gap === Gap.Space && toks[q + 1]?.num && toks[q + 1].gap === Gap.Space) q += 2;
  return q;
}

/** Mass organizations and forces with a branch at every level: named alone they are the organization itself. */
const NATIONWIDE_BODY_HEADS = new Set(['Hội Nông dân', 'Hội Cựu chiến binh', 'Hội Liên hiệp Phụ nữ', 'Hội LHPN', 'Công an nhân dân', 'Đoàn Luật sư',
  'Hội Người cao tuổi', 'Hội Chữ thập đỏ', 'Hội Khuyến học', 'Hội Cựu thanh niên xung phong',
  // the Youth Union's central committee ("Bí thư Trung ương Đoàn", "Bí thư thứ nhất T.Ư Đoàn")
  'Trung ương Đoàn', 'T.Ư Đoàn', 'TƯ Đoàn', 'TW Đoàn',
  // the national border guard ("phối hợp với Bộ đội Biên phòng"), unlike "Bộ đội Biên phòng tỉnh X"
  'Bộ đội Biên phòng']);
/** The Youth Union's centre is written with a capital "Đoàn"; the border guard alone is the national force only written as a name ("Bộ đội Biên phòng", not "Bộ đội biên phòng") and with no acronym of a province's after it ("(BĐBP) tỉnh X"). */
function namesNationalGuard(toks: Token[], i: number, head: OrgHead, bodyStart: number): boolean {
  // ("Trung ương đoàn kết": the Youth Union is "Đoàn" with its capital, not the verb "đoàn kết")
  if (head.head.endsWith(' Đoàn')) return toks[bodyStart - 1].cap;
  if (head.head !== 'Bộ đội Biên phòng') return true;
  const b = toks[bodyStart];
  return toks[bodyStart - 2].cap && !(b && b.gap === Gap.Paren && isLevelAt(toks, bodyStart + 1));
}
/** Token i closes the head of a school, newspaper or business of one or two words ("Báo", "Học viện"). */
function afterNonAgencyHead(toks: Token[], i: number): boolean {
  for (let d = 1; d <= 2 && i - d >= 0; d++) {
    if (toks[i - d + 1].gap !== Gap.Space) return false;
    const o = toks[i - d].k & ORG_TABLE.bit ? matchAt(toks, i - d, ORG_TABLE) : null;
    if (o && o.len === d && !o.value.agency) return true;
  }
  return false;
}

/** "Ủy ban hợp tác Lào - Việt Nam": the end of the other countries after a dash (a bilateral body), or `end`. */
function countryPairEnd(toks: Token[], end: number): number {
  for (let n = 0; n < 2 && toks[end]?.gap === Gap.Dash; n++) {
    const c = matchAt(toks, end, COUNTRY_TABLE);
    if (!c) break;
    // ("cao tốc Hà Nội - Lào Cai": a province whose first word is a country's name, read whole)
    const province = toks[end + c.len]?.gap === Gap.Space ? matchAt(toks, end, PROVINCE_TABLE) : null;
    end += province && province.len > c.len ? province.len : c.len;
  }
  return end;
}

/**
 * End of a working group's remit from k (after "về"): one to eight words, the first of them maybe capitalised,
 * up to a function word, verb, capital, number or punctuation; "và" goes on when punctuation closes the rest
 * within three words ("tiêu chuẩn và hợp chuẩn;"). Else -1.
 */
function workingGroupRemitEnd(toks: Token[], k: number): number {
  let q = k;
  for (; q < toks.length && q - k < 8; q++) {
    const t = toks[q];
    if (t.gap !== Gap.Space || t.num || (t.cap && q > k) || t.acro) break;
    if (t.w === VA_WORD && q > k) {
      let r = q + 1;
      while (r < toks.length && r - q <= 3 && toks[r].gap === Gap.Space && !toks[r].cap && !toks[r].num && !(toks[r].k & STOP_TABLE.bit && matchAt(toks, r, STOP_TABLE))) r++;
      if (r > q + 1 && (r >= toks.length || toks[r].gap !== Gap.Space)) return r;
      break;
    }
    // ("về người khuyết tật", "về các lực lượng": the remit's first word may be one that ends names elsewhere)
    if (q > k && t.k & STOP_TABLE.bit && matchAt(toks, q, STOP_TABLE)) break;
    if (isLevelAt(toks, q)) break;
  }
  return q > k ? q : -1;
}

/** A police or military force that a unit belongs to starts at k, right after a space ("Công an tỉnh Hà Nam"). */
function forceAt(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (!t || !t.cap || t.gap !== Gap.Space || !(t.k & ORG_TABLE.bit)) return false;
  const o = matchAt(toks, k, ORG_TABLE);
  return !!o && PARENT_FORCE_HEADS.has(o.value.head);
}

const BORDER_POST_HEADS = new Set(['Đồn Biên phòng', 'Đồn biên phòng']);
/** Heads of agencies that foreign and international bodies are translated with (not "Bộ", "Phòng", "Hội": a device, a defence, a syndrome). */
// ("Đảng Nền cộng hòa tiến bước (REM)": a foreign party's sentence-case name too)
const ACRONYM_CLOSED_HEADS = new Set(['Tổ chức', 'Cơ quan', 'Ủy ban', 'UB', 'Cục', 'Tổng cục', 'Liên đoàn', 'Liên minh', 'Cao ủy', 'Hội đồng', 'Hiệp hội', 'Đảng']);
/** End of two to eight lower-case words right before "(ACRONYM)" closed by ")" (the acronym's token is the end); else -1. */
function acronymClosedEnd(toks: Token[], j: number, text: string): number {
  let q = j;
  while (q < toks.length && q - j < 8 && toks[q].gap === Gap.Space && !toks[q].cap && !toks[q].num) q++;
  // ("Tổ chức các nước châu Mỹ (OAS)", "Tổ chức nghiên cứu không gian Ấn Độ (ISRO)": capitalised words after the lower-case
  // remit, a continent's or a country's name, before the acronym; a foreign word is a brand's or a group's own name:
  // "Cơ quan xếp hạng tín nhiệm Standard & Poors", "Tổ chức nhân đạo quốc tế Social Progress Imperative")
  if (q - j >= 2) while (q < toks.length && q - j < 10 && toks[q].gap === Gap.Space && toks[q].cap && !toks[q].acro && !toks[q].num && !isForeignNameWord(text, toks[q])) q++;
  const b = toks[q];
  if (q - j < 2 || !b || b.gap !== Gap.Paren || !b.acro || b.num || toks[q + 1]?.gap === Gap.Space || bracketAt(toks, q) !== q) return -1;
  // (the words are checked only once the bracket is seen: most lower-case runs after a head have none)
  for (let r = j + 1; r < q; r++) if (toks[r].w !== VA_WORD && toks[r].k & STOP_TABLE.bit && matchAt(toks, r, STOP_TABLE)) return -1;
  return q;
}

const COMMUNIST_TABLE = rareTable(['Cộng sản']);
const OF_PARENT_HEADS = new Set(['Ủy ban', 'UB', 'Hội đồng', 'Cơ quan']);
const OF_COUNTRY_HEADS = new Set(['Đảng', 'Bộ', 'Bộ Tư lệnh', 'Bộ Chỉ huy', 'Cục', 'Tổng cục', 'Hiệp hội', 'Hội', 'Liên minh', 'Liên đoàn', 'Văn phòng', 'Viện Hàn lâm', 'Tổ chức']);
// ("Ủy ban pháp luật của Thượng viện Mỹ": a chamber, then its country)
// ("Ủy ban Đối ngoại của Hội đồng Liên bang", "Ủy ban Quốc phòng của Duma Quốc gia Nga", "Ủy ban Đối ngoại của Nghị viện châu Âu":
// the other names of chambers; the officials' titles already read them so)
// ("Ủy ban Tư pháp của QH": the parliament's acronym, as "LHQ" is the UN's)
const OWNER_BODY_TABLE = rareTable(['quốc hội', 'qh', 'chính phủ', 'liên hợp quốc', 'liên hiệp quốc', 'lhq', 'thượng viện', 'hạ viện',
  'hội đồng liên bang', 'duma quốc gia', 'nghị viện']);
/** End of "của <country, Quốc hội, Chính phủ, the UN>" at `end`, or `end`. */
function ofParentEnd(toks: Token[], end: number): number {
  const t = toks[end], n = toks[end + 1];
  if (!t || t.w !== CUA_WORD || t.gap !== Gap.Space || !n || n.gap !== Gap.Space || !n.cap) return end;
  const p = matchAt(toks, end + 1, COUNTRY_TABLE) ?? matchAt(toks, end + 1, OWNER_BODY_TABLE);
  // ("của Mỹ Donald Trump" ends at the country; "của Mỹ phẩm" is no country)
  if (!p || matchAt(toks, end + 1, WORD_NOT_COUNTRY_TABLE)) return end;
  let e = end + 1 + p.len;
  // ("của Quốc hội Ukraine": the parliament's country)
  const c = toks[e]?.gap === Gap.Space && matchAt(toks, end + 1, OWNER_BODY_TABLE) ? matchAt(toks, e, COUNTRY_TABLE) : null;
  if (c) e += c.len;
  return e;
}

/**
 * The token of "của" whose owner (a country, a parliament, the government, the UN) closes the name read to `end`
 * ("Bộ Quốc phòng của Nga", "Ủy ban Kinh tế của Quốc hội"), else -1.
 */
export function ownerOfAt(toks: Token[], from: number, end: number): number {
  for (let q = end - 2; q > from; q--) if (toks[q].w === CUA_WORD) return ofParentEnd(toks, q) === end ? q : -1;
  return -1;
}

/** The token at `end` if it is an acronym or a one-word name in brackets right after a name ("(ANTQ)"), else -1. */
const WEB_ADDRESS_RE = /\.[a-z]{2,}$/;
function bracketAt(toks: Token[], end: number): number {
  const b = toks[end];
  // an acronym or a one-word name; "(P.1)", "(Q.3)" are addresses
  // ("(NZfootball.co.nz)": a website is no name of the body)
  return b && b.gap === Gap.Paren && (b.acro || (b.cap && !/\d/.test(b.f) && b.e - b.s > 3 && !WEB_ADDRESS_RE.test(b.f)) || shortSelfNamedBodyAt(toks, end)) && toks[end + 1]?.gap !== Gap.Space ? end : -1;
}
/** "Cục Dự trữ Liên bang Mỹ (Fed)": a short mixed-case word in brackets that is a body's own name. */
function shortSelfNamedBodyAt(toks: Token[], k: number): boolean {
  if (!toks[k].cap) return false;
  const m = matchAt(toks, k, ORG_TABLE);
  return !!m && m.len === 1 && m.value.needs === 'self' && m.value.agency;
}

const SECTOR_BOARD_HEADS = new Set(['Ban An toàn giao thông']);
/** After a sector's acronym in brackets at `end` ("Sở Văn hóa, Thể thao (VH&TT) TP.HCM"), the end of the place named next; else -1. */
function placeAfterSectorAcronymEnd(toks: Token[], end: number, text: string): number {
  const b = toks[end];
  const n = toks[end + 1];
  if (!b || b.gap !== Gap.Paren || !b.acro || b.num || !text.startsWith(') ', b.e) || !n) return -1;
  // (the place's first word follows the bracket, not a space: read it here, the rest as after a level word)
  if (n.acro && n.f.startsWith('tp') && n.f.length > 3) return end + 2;
  const lvl = isLevelAt(toks, end + 1);
  if (!lvl) { const place = n.cap ? matchAt(toks, end + 1, PLACE_TABLE) : null; return place ? end + 1 + place.len : -1; }
  const name = toks[end + 1 + lvl];
  // ("(TT&TT) TP. Đà Nẵng": the level word may be written short with its full stop)
  if (!name || !name.cap) return -1;
  if (name.gap === Gap.Break) {
    const place = text.startsWith('. ', toks[end + lvl].e) ? matchAt(toks, end + 1 + lvl, PLACE_TABLE) : null;
    return place ? end + 1 + lvl + place.len : -1;
  }
  if (name.gap !== Gap.Space) return -1;
  const place = parseBody(toks, end + 1 + lvl, LEVEL_PLACE_HEAD, false, text);
  return place.placeAnchors > 0 ? place.end : -1;
}

/** "Phòng Cảnh sát hình sự (PC45) Công an tỉnh Gia Lai": after a police unit's code in brackets at `end`, the force it belongs to. */
function forceAfterUnitCode(toks: Token[], end: number, text: string): number {
  const b = toks[end];
  if (!b || b.gap !== Gap.Paren || !UNIT_CODE_RE.test(b.f) || !text.startsWith(') ', b.e) || !toks[end + 1]?.cap) return end;
  const parent = parseOrgAt(toks, end + 1, { text });
  return parent && parent.agency && PARENT_FORCE_HEADS.has(parent.head.head) ? parent.end : end;
}

const PARTY_WORD = wordId('đảng');
const PARTY_STANCE_TABLE = rareTable(['đối lập', 'cầm quyền', 'cực hữu', 'cực tả', 'trung hữu', 'trung tả', 'cánh hữu', 'cánh tả', 'dân túy', 'đối lập chính']);
const PARTY_PREDICATE_TABLE = rareTable([...PARTY_PREDICATE_WORDS, ...PREDICATE_AFTER_APPOSITION]);
/**
 * "đảng Xã hội cánh tả": the party's stance after its name is no part of it; the name ends before it.
 * ("đảng Dân chủ hài lòng.", "Đảng Cộng hòa kiểm soát,": nor is what it does, read as a lower-case rest closed by punctuation)
 */
function partyNameEnd(toks: Token[], from: number, end: number): number {
  for (let q = from + 1; q < end; q++) if (!toks[q].cap && toks[q].gap === Gap.Space && (matchAt(toks, q, PARTY_STANCE_TABLE) || (toks[from].cap && matchAt(toks, q, PARTY_PREDICATE_TABLE)))) return q;
  return end;
}
const isOpenQuote = (c: number) => c === 34 || c === 0x201c;
const isCloseQuote = (c: number) => c === 34 || c === 0x201d;
/**
 * 'đảng đối lập "Batkivshina"': a party named in quotes after "đảng" (and its stance). The quoted name's tokens
 * [start, end), or null.
 */
export function quotedPartyAt(toks: Token[], i: number, text: string): [number, number] | null {
  if (toks[i].w !== PARTY_WORD) return null;
  let k = i + 1;
  const stance = toks[k]?.gap === Gap.Space ? matchAt(toks, k, PARTY_STANCE_TABLE) : null;
  if (stance) k += stance.len;
  const t = toks[k];
  if (!t || !t.cap || t.s - toks[k - 1].e !== 2 || text.charCodeAt(t.s - 2) !== 32 || !isOpenQuote(text.charCodeAt(t.s - 1))) return null;
  for (let q = k; q < toks.length && q < k + 5; q++) {
    if (q > k && (toks[q].gap !== Gap.Space && toks[q].gap !== Gap.Dash)) return null;
    if (isCloseQuote(text.charCodeAt(toks[q].e))) return [k, q + 1];
  }
  return null;
}

/** Agency heads by their folded word, the first listed winning (built once, not folded per call). */
const impliedHeads = new Map<string, OrgHead>();
for (const h of ORG_HEADS) if (h.agency && !impliedHeads.has(foldForMatch(h.head))) impliedHeads.set(foldForMatch(h.head), h);

/** An organization whose head is built into a post ("Trưởng phòng CSGT Hà Nội" → phòng CSGT Hà Nội). */
export function parseImpliedOrg(toks: Token[], j: number, headWord: string, text = ''): OrgMatch | null {
  const t = toks[j];
  if (!t || t.gap !== Gap.Space || !(t.cap || t.acro)) return null;
  const head = impliedHeads.get(foldForMatch(headWord)) ?? null;
  const body = parseBody(toks, j, head, false, text);
  if (body.end === j || body.anchors === 0) return null;
  // "Trưởng khoa Hồi sức tích cực,": a unit's lower-case name runs to the punctuation after it
  // (not past a province's name that closes the body: "Trưởng ban Kinh tế ngân sách HĐND TP.HCM thẳng thắn:", the speaker's manner)
  let end = body.end;
  // (or to "thuộc" and the parent it opens, where the title is cut: "Trưởng phòng Tuyên truyền và Hỗ trợ người nộp thuế thuộc
  // Cục Thuế"; a stop word opening a noun of the name reads on: "người nộp thuế")
  if (!endsWithProvince(toks, j, end)) while (end < toks.length && end - body.end < 3 && toks[end].gap === Gap.Space && !toks[end].cap && !toks[end].num
    && !(matchAt(toks, end, STOP_TABLE) && !(end === body.end && matchAt(toks, end, STOP_LED_NAME_WORDS_TABLE))) && !isLevelAt(toks, end)) end++;
  if (end > body.end && end < toks.length && toks[end].gap === Gap.Space && !(toks[end].w === THUOC_WORD && toks[end + 1]?.cap)) end = body.end;
  if (head) end = forceAfterUnitCode(toks, end, text);
  return orgMatch(j - 1, end, head ?? ORG_HEADS[0], j, !!head, -1);
}

// ---- keys for merging surface forms ---------------------------------------------------------

/** A province's letters with no tone, diacritic, space or dash, "c" read as "k": its spellings share them ("Đăk Lăk", "Kontum"). */
const provinceLetters = (n: string) => foldForMatch(n).normalize('NFD').replace(/[\u0300-\u036f\s–-]/g, '').replace(/đ/g, 'd').replace(/c/g, 'k');
/** A province's other spellings (not its short forms, "BR-VT", nor another place's name, "Huế"), each to its name's folded form. */
const PROVINCE_SPELLING_TABLE = phraseTable(OLD_PROVINCES.flatMap((p) => p.variants.filter((v) => provinceLetters(v) === provinceLetters(p.name))
  .map((v) => [v, foldForMatch(p.name).replace(/\s*[–-]\s*/g, ' ')] as [string, string])), false);
const CITY_TABLE = table(OLD_PROVINCES.filter((p) => p.city).flatMap((p) => [p.name, ...p.variants]));
function isCityAt(toks: Token[], k: number): boolean {
  return !!matchAt(toks, k, CITY_TABLE);
}
/** Token k names a city keyed without its level word: a centrally-run city, or a capitalised name that is no province's. */
function cityNamedAlone(toks: Token[], k: number): boolean {
  const t = toks[k];
  return isCityAt(toks, k) || (t.cap && !t.num && !matchAt(toks, k, PROVINCE_TABLE));
}
const UNIT_CODE_RE = /^p[a-zđ]\d+$/;
/** toks[.., end) ends with a head that needs a place (Công an, UBND), started after `from`. */
function endsWithPlacedHead(toks: Token[], from: number, end: number): boolean {
  for (let q = end - 1; q > from && q >= end - 3; q--) {
    const o = toks[q].cap && toks[q].k & ORG_TABLE.bit ? matchAt(toks, q, ORG_TABLE) : null;
    if (o && o.len === end - q) return o.value.needs === 'place';
  }
  return false;
}
function capsRun(toks: Token[], from: number, end: number): boolean {
  for (let q = from; q < end; q++) if (!toks[q].cap && !toks[q].num) return false;
  return true;
}
const MINISTRY_HEADS = new Set(['Bộ', 'Tổng cục', 'Cục']);
const NUMBERED_LEVEL_IDS = new Set(['quận', 'phường', 'p.', 'q.'].map(wordId));
const ABBREVIATED_LEVELS = new Map([['q', 'quận'], ['p', 'phường'], ['h', 'huyện']]);
const EDUCATION_BODY_HEADS = new Set(['phòng', 'sở', 'bộ']);
const CITY_NAMES = new Set(OLD_PROVINCES.filter((p) => p.city).flatMap((p) => [p.name, ...p.variants]).map((n) => foldForMatch(n)));
const PROVINCE_NAMES = new Set(OLD_PROVINCES.flatMap((p) => [p.name, ...p.variants]).map((n) => foldForMatch(n)));
/** Token k is "tp.X" and X, with the words after it (before `end`), is keyed without its level word: a centrally-run city, or no province's name. */
function gluedCityAt(toks: Token[], k: number, end: number): boolean {
  let name = toks[k].f.slice(3);
  for (let q = k + 1; ; q++) {
    if (CITY_NAMES.has(name)) return true;
    if (PROVINCE_NAMES.has(name)) return false;
    if (q >= end || q > k + 3 || toks[q].gap !== Gap.Space) return true;
    name += ' ' + toks[q].f;
  }
}

// ("Liên Hiệp Quốc" is "Liên Hợp Quốc": the UN's two spellings, whether read from the name or from an acronym's expansion in the text)
const UN_OTHER_SPELLING = foldForMatch('liên hiệp quốc'), UN_SPELLING = foldForMatch('liên hợp quốc');
const unSpelling = (key: string) => key.includes(UN_OTHER_SPELLING) ? key.replace(UN_OTHER_SPELLING, UN_SPELLING) : key;
/** Folded, acronyms spelled out, "và" and punctuation dropped: one key for all forms of a name. */
export function expandedKey(s: string, local?: Map<string, string>): string {
  if (local) return computeExpandedKey(s, local);
  // titles and bodies repeat from document to document: each is keyed once
  return sharedExpandedKey(s);
}
const sharedExpandedKey = memoizeString((s) => computeExpandedKey(s));
function computeExpandedKey(s: string, local?: Map<string, string>): string {
  // "Vương quốc Campuchia" and "Campuchia" name one country.
  const words = foldForMatch(s.normalize('NFC')).replace(/["()]/g, ' ').replace(/(^|\s)vương quốc\s/g, ' ').split(/[\s,]+/);
  const out: string[] = [];
  for (let w of words) {
    w = w.replace(/^[.\-–]+|[.\-–:;]+$/g, '');
    if (UNIT_CODE_RE.test(w)) continue; // PC45, PA92: the same unit with or without its code
    if (!w || w === 'và' || w === '-' || w === '–' || w === '&') continue;
    const exp = local?.get(w) ?? ACRONYM_KEYS.get(acronymForm(w)) ?? (w.startsWith('tp.') && w.length > 3 ? 'thành phố ' + (ACRONYM_KEYS.get(w.slice(3)) ?? w.slice(3)) : undefined);
    if (exp) out.push(exp);
    else out.push(w.replace(/[-–&]/g, ' '));
  }
  return unSpelling(out.join(' ').replace(/\s+/g, ' ').trim());
}

const HOANG_F = foldForMatch('hoàng');
/** expandedKey of the words toks[start, end), read from the tokens' folded forms (no regex on the hot path). */
export function tokensKey(toks: Token[], start: number, end: number, local?: Map<string, string>): string {
  let out = '';
  for (let k = start; k < end; k++) {
    let w = toks[k].f;
    // ("Đại sứ quán Việt Nam ở Malaysia" is the one "tại Malaysia")
    if (w === 'ở') w = 'tại';
    // ("VH,TT&DL" is keyed like "VHTT&DL")
    if (k + 1 < end && toks[k + 1].gap === Gap.Comma && commaJoinedAcronym(toks, k + 1)) w += toks[++k].f;
    // ("Bộ GD - ĐT" is keyed like "Bộ GD-ĐT")
    while (k + 1 < end && toks[k + 1].gap === Gap.Dash && toks[k + 1].acro && dashJoinedAcronym(toks, k + 1)) w += toks[++k].f;
    // ("Sở GD ĐT Hà Nội" is keyed like "Sở GD-ĐT": a listed fields' acronym written in two parts with a space)
    if (k + 1 < end && toks[k].acro && toks[k + 1].acro && toks[k + 1].gap === Gap.Space && spaceJoinedAcronym(toks, k + 1)) w += toks[++k].f;
    // (a unit code opens with "p": the regex is run only then)
    // ("Phòng PC67" alone keeps it: the head alone would key every coded department as one)
    if (w === 'và' || (w.charCodeAt(0) === 112 && UNIT_CODE_RE.test(w) && !(k === end - 1 && k === start + 1))) continue;
    // "Công an Quảng Nam" is "Công an tỉnh Quảng Nam"; "UBND Hà Nội" is "UBND TP Hà Nội".
    if (w === 'tỉnh' && toks[k + 1]?.cap && k + 1 < end) continue;
    // ("thành phố Sakai" is "tỉnh Sakai" and "Sakai": a city that no province shares its name with, like a province)
    if ((w === 'tp' || w === 'tp.') && k + 1 < end && cityNamedAlone(toks, k + 1)) continue;
    if (w === 'thành' && toks[k + 1]?.f === 'phố' && k + 2 < end && cityNamedAlone(toks, k + 2)) { k++; continue; }
    if (w === 'vương' && toks[k + 1]?.f === 'quốc' && k + 2 < end) { k++; continue; }
    // ("Hải quân Hoàng gia Anh" is "Hải quân Anh", "Quân đội Hoàng gia Campuchia" "quân đội Campuchia": a royal force keyed by its country)
    if (w === HOANG_F && k > start && toks[k + 1]?.f === 'gia' && k + 2 < end && matchAt(toks, k + 2, COUNTRY_TABLE)) { k++; continue; }
    // ("Cảnh sát quốc gia Indonesia" is "Cảnh sát Indonesia": a country has one police force; not an army, "Quân đội Quốc gia Libya"
    // is one side's army, not "quân đội Libya")
    if (w === 'quốc' && k > start && toks[k - 1].f === 'sát' && toks[k + 1]?.f === 'gia' && k + 2 < end && matchAt(toks, k + 2, COUNTRY_TABLE)) { k++; continue; }
    // ("Hải quân Cộng hòa Singapore", "... nước Cộng hòa Cuba" are keyed by the country alone)
    // (not a party's "Cộng hòa": "đảng Cộng hòa Mỹ" is the Republicans; not "Ngân hàng Nhà nước Việt Nam")
    if ((w === 'cộng' || w === 'nước' || STATE_FORM_ACRONYMS.has(w)) && k + 1 < end && k > start && toks[k - 1].w !== PARTY_WORD) { const skip = stateWordsBeforeCountry(toks, k, end); if (skip > 0) { k += skip - 1; continue; } }
    // ("... nước Việt Nam Dân chủ Cộng hòa" is keyed "... Việt Nam": the formal name's closing words)
    if (w === 'dân' && k + 4 === end && k > start + 1 && toks[k - 1].f === 'nam' && toks[k - 2].f === 'việt' && republicAfterCountryLen(toks, k) > 0) break;
    // ("Bộ Quốc phòng LB Nga" is "Bộ Quốc phòng Nga": the federation written short before its country)
    if (w === 'lb' && toks[k].acro && k + 1 < end && matchAt(toks, k + 1, COUNTRY_TABLE)) continue;
    // ("UBND tỉnh Đắk Lăk" is "UBND tỉnh Đắk Lắk": a province's other spelling is keyed by its name)
    if (toks[k].k & PROVINCE_TABLE.bit && toks[k].cap) {
      const v = matchAt(toks, k, PROVINCE_SPELLING_TABLE);
      if (v && k + v.len <= end) { out += (out ? ' ' : '') + v.value; k += v.len - 1; continue; }
    }
    // "Phòng Giáo dục quận X" is the short form of "Phòng Giáo dục và Đào tạo quận X"
    if (w === 'giáo' && k > start && EDUCATION_BODY_HEADS.has(toks[k - 1].f) && toks[k + 1]?.f === 'dục' && k + 1 < end && (k + 2 >= end || isLevelAt(toks, k + 2) > 0 || !!matchAt(toks, k + 2, PLACE_TABLE))) {
      out += (out ? ' ' : '') + 'giáo dục đào tạo'; k++; continue;
    }
    // "công an Q. Tân Phú" is "Công an quận Tân Phú": a level abbreviated before its full stop
    if (toks[k].cap && k + 1 < end && toks[k + 1].gap === Gap.Break && (w.length === 1 ? ABBREVIATED_LEVELS.has(w) : w === 'tx')) {
      out += (out ? ' ' : '') + (w === 'tx' ? 'thị xã' : ABBREVIATED_LEVELS.get(w)); continue;
    }
    // "TP.HCM" is keyed like "TP. HCM" and "TP HCM": the level word before a city is dropped
    const cityAfterTp = w.startsWith('tp') && w.length > 3 && isCityAt(toks, k) ? w.slice(w[2] === '.' ? 3 : 2) : '';
    // (a word with no joiner is its own acronym form, already looked up: no regex replace for it)
    const joined = w.includes('-') || w.includes('&') || w.includes('.');
    // (an acronym is written with a capital: "đầu tư" is no "TƯ")
    const capital = toks[k].cap;
    let exp = local?.get(w) ?? (cityAfterTp ? ACRONYM_KEYS.get(cityAfterTp) ?? cityAfterTp : undefined) ?? (capital ? ACRONYM_KEYS.get(w) ?? (joined ? ACRONYM_KEYS.get(acronymForm(w)) : undefined) : undefined);
    // "TP.Cần Thơ" is keyed like "TP. Cần Thơ": the city's first word is glued to the level word
    if (!exp && w.length > 3 && w.startsWith('tp.')) exp = (gluedCityAt(toks, k, end) ? '' : 'thành phố ') + (ACRONYM_KEYS.get(w.slice(3)) ?? w.slice(3));
    // "CA Q.Ngô Quyền", "UBND P.Bến Nghé": a level word abbreviated and glued to the unit's name
    if (!exp && w.length > 2 && w.charCodeAt(1) === 46) exp = ABBREVIATED_LEVELS.get(w[0]) !== undefined ? ABBREVIATED_LEVELS.get(w[0]) + ' ' + w.slice(2) : undefined;
    if (!exp && w.length > 3 && w.startsWith('tx.')) exp = 'thị xã ' + w.slice(3);
    if (!exp && joined) exp = w.replace(/[-&.]+/g, ' ').trim();
    // "CATP. Hải Phòng" and "CA Hải Phòng", "CAT Nghệ An" and "Công an Nghệ An": a level inside an acronym before a named place
    if (exp && k + 1 < end && toks[k + 1].cap && (exp.endsWith(' thành phố') || exp.endsWith(' tỉnh')) && POLICE_SHORT_HEADS.has(toks[k].f.toUpperCase())) exp = 'công an';
    out += (out ? ' ' : '') + (exp ?? w);
  }
  // "Ủy ban Thường vụ Quốc hội", "Thường vụ Quốc hội" and "UBTVQH" are one body
  out = unSpelling(out);
  if (out.startsWith('ủy ban thường vụ quốc hội')) return out.slice(7);
  // "BCH Trung ương Đảng" and "Trung ương Đảng" are one body ("Ban Chấp hành Trung ương" alone is the party's too)
  if (out === 'ban chấp hành trung ương') return 'trung ương đảng';
  return out.startsWith('ban chấp hành trung ương đảng') ? out.slice(14) : out;
}

// ---- per-document cache ---------------------------------------------------------------------

/** At k: the number of words of "Cộng hòa", "nước" or "nước Cộng hòa" right before a country inside [k, end), else 0 (rare: kept out of tokensKey). */
function stateWordsBeforeCountry(toks: Token[], k: number, end: number): number {
  let q = k;
  if (toks[q].f === 'nước') {
    q++;
    // ("nước Việt Nam Dân chủ Cộng hòa" is keyed "Việt Nam": its closing words are skipped below)
    const c = q < end && toks[q].cap ? matchAt(toks, q, COUNTRY_TABLE) : null;
    if (c && republicAfterCountryLen(toks, q + c.len) > 0) return 1;
  }
  // ("nước CHXHCN Việt Nam", "Cộng hòa Dân chủ Nhân dân Lào": the formal name's middle is skipped too)
  if (toks[q] && STATE_FORM_ACRONYMS.has(toks[q].f)) q++;
  else {
    if (toks[q]?.f !== 'cộng' || toks[q + 1]?.f !== 'hòa') return 0;
    q += 2;
    q += toks[q]?.gap === Gap.Space ? matchAt(toks, q, STATE_FORM_MIDDLE_TABLE)?.len ?? 0 : 0;
  }
  return q < end && toks[q].cap && matchAt(toks, q, COUNTRY_TABLE) ? q - k : 0;
}

export interface DocAnalysis {
  toks: Token[];
  /** pool generation the tokens belong to: a later document reuses the pooled objects */
  generation: number;
  /** acronyms the text itself introduces in brackets: folded acronym → expansion */
  localAcronyms: Map<string, string>;
  /** indices of the tokens that may open an organization head, in order (pooled like the tokens) */
  orgAt: number[];
  /** indices of the tokens "csgt", in order (pooled like the tokens) */
  csgtAt: number[];
  /** indices of the tokens with a capital and a digit (PC45, U23), in order (pooled like the tokens) */
  codeAt: number[];
}
const ORG_POSITIONS: number[] = [];
const CSGT_POSITIONS: number[] = [];
const CODE_POSITIONS: number[] = [];

const cache = new WeakMap<ExtractContext, DocAnalysis>();

// One pool of token objects, reused from document to document: no garbage per word.
const TOKEN_POOL: Token[] = [];
let poolGeneration = 0;

// The document analysed last: its fields ask again several times, answered without a WeakMap lookup.
let currentCtx: ExtractContext | null = null;
let currentAnalysis: DocAnalysis | null = null;

export function analyse(ctx: ExtractContext): DocAnalysis {
  // (only analyse moves the pool's generation, so the last document's tokens are still its own)
  if (ctx === currentCtx) return currentAnalysis!;
  // The document left behind is kept only if the acronyms it introduced must outlive its tokens
  // (an empty map is as good as a new one): no WeakMap entry per document.
  if (currentCtx && currentAnalysis!.localAcronyms.size > 0) cache.set(currentCtx, currentAnalysis!);
  const had = cache.get(ctx);
  // Tokens of an earlier document are overwritten now; that document re-reads its own if asked again.
  poolGeneration++;
  const a: DocAnalysis = { toks: tokenize(ctx.text, ctx.folded, TOKEN_POOL, ORG_POSITIONS, CSGT_POSITIONS, CODE_POSITIONS), generation: poolGeneration, localAcronyms: had?.localAcronyms ?? new Map(), orgAt: ORG_POSITIONS, csgtAt: CSGT_POSITIONS, codeAt: CODE_POSITIONS };
  currentCtx = ctx;
  currentAnalysis = a;
  return a;
}

function initial(f: string): string {
  return f.normalize('NFD')[0] ?? '';
}

/** If acronym token `acro` spells the initials of the last words before it, the expansion. */
export function acronymExpansion(toks: Token[], endTok: number, acro: Token): string | null {
  const letters = [...acro.f.replace(/[^\p{L}]/gu, '')].map((c) => c.normalize('NFD')[0]);
  const n = letters.length;
  if (n < 2 || endTok - n < 0) return null;
  for (let k = 0; k < n; k++) {
    const tk = toks[endTok - n + k];
    const c = initial(tk.f);
    const want = letters[k];
    if (c !== want && !(want === 'đ' && c === 'd') && !(want === 'd' && c === 'đ')) return null;
  }
  return toks.slice(endTok - n, endTok).map((t) => t.f).join(' ');
}
