// Named places: administrative word + capitalised name (huyện Quỳnh Lưu), and gazetteer names
// (provinces, countries, regions, foreign cities) where they stand as places. One pass over the
// words; every lookup is a Map/trie keyed by folded syllables, built once at module load.
import { memoizeString, ownString, type MemoLimit } from './memo.js';
import { foldForMatch, withoutMarks } from '../input/normalize.js';
import { decodedUnits } from '../input/decoded-memo.js';
import { CodeUnits } from '../input/code-units.js';
import { ACRONYMS } from '../lexicon/acronyms.js';
import {
  COUNTRIES, DISTRICTS, DISTRICT_PROVINCE_CODES, PLACE_GLUED_OPENING_PHRASES, CONTEXT_ONLY_CITY_INITIALS, CONTEXT_ONLY_COMPOUNDS, CONTEXT_ONLY_FIRM_REGIONS, CONTEXT_ONLY_FORMS, SENTENCE_SUBJECT_COUNTRY_FORMS, FEATURE_DISTRICT_PROVINCE_CODES, FOREIGN_CITIES, FORMER_PROVINCES, MANY_COUNTRIES_BEFORE_WORDS, ONE_COUNTRY_NOUN_WORDS, UNIT_HOLDER_POST_WORDS, WATER_BEFORE_NUOC_WORDS, LAND_NICKNAMES, MOUNTAIN_RANGE_NAMES, NOT_PLACE_NAMES, REGIONS, VIETNAM_CITIES, type PlaceEntry,
  GIVEN_NAME_SYLLABLES_BEFORE_COUNTRY, PROVINCE_UNIT_BRANDS,
} from '../lexicon/places.js';
import { COMMON_SURNAMES, PLACE_CLAUSE_OPENING_PHRASES, RARER_SURNAMES, SURNAMES_OPENING_NO_UNIT } from '../lexicon/personal-names.js';
import { CITY_ONLY_VARIANTS, OLD_PROVINCES, PROVINCE_KEYS, PROVINCE_PREFIX_WORDS, provinceRef, resolveProvince, type OldProvince } from '../lexicon/provinces.js';
import type { Location, LocationKind, Mention } from '../record/schema.js';
import { createContext, isSmall, perDocument, type ExtractContext } from './context.js';
import { documentFromString } from '../input/load.js';

// ---------------------------------------------------------------------------------------------
// Lexicon tries

interface GazEntry {
  id: string;
  kind: LocationKind;
  canonical: string;
  province?: OldProvince;
  continent: boolean;
  contextOnly: boolean;
  /** A newspaper or club name with a place inside (Bayern Munich): matched only to be skipped. */
  blocked?: boolean;
  /** Which syllables of the written form are capitalised; the text must capitalise them too. */
  caps: boolean[];
  /** caps as bits (syllable k is bit k), read without touching the array. */
  capsMask: number;
  /** A city whose bare name is also its football club's. */
  club?: boolean;
  /** A district: bare, a place only where an address puts it. */
  addressOnly?: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: GazEntry;
  /** The form had a dash or dot before this syllable (Bà Rịa-Vũng Tàu, TP.HCM): any such gap is fine. */
  flexGap: boolean;
  /** Some child has flexGap. */
  flexChild: boolean;
}

const WORD_RE = /[\p{L}\p{N}]+/gu;
const newNode = (): TrieNode => ({ next: new Map(), flexGap: false, flexChild: false });

function syllables(form: string): { keys: string[]; caps: boolean[]; gaps: string[] } {
  const keys: string[] = [];
  const caps: boolean[] = [];
  const gaps: string[] = [];
  let last = 0;
  for (const m of form.matchAll(WORD_RE)) {
    gaps.push(form.slice(last, m.index));
    last = m.index + m[0].length;
    keys.push(foldForMatch(m[0]));
    caps.push(m[0][0] !== m[0][0].toLowerCase());
  }
  return { keys, caps, gaps };
}

function addToTrie(root: TrieNode, form: string, entry: GazEntry, read = syllables(form)): void {
  const { keys, caps, gaps } = read;
  let node = root;
  keys.forEach((k, i) => {
    let child = node.next.get(k);
    if (!child) node.next.set(k, (child = newNode()));
    if (i > 0 && gaps[i] !== ' ') child.flexGap = node.flexChild = true;
    node = child;
  });
  if (caps.length > 30) throw new Error(`gazetteer form too long for its capitals mask: ${form}`);
  let capsMask = 0;
  caps.forEach((capital, k) => { if (capital) capsMask |= 1 << k; });
  if (!node.entry) node.entry = gazEntry(entry, caps, capsMask);
  // The same place written with fewer capitals (vùng Vịnh beside Vùng Vịnh): only the capitals of both are required.
  else if (node.entry.id === entry.id) node.entry = gazEntry(node.entry, node.entry.caps.map((c, k) => c && caps[k]), node.entry.capsMask & capsMask);
}
/** Every entry built at this one site, all fields in one order: one object shape where entries are read (no wrong-map deopts). */
function gazEntry(e: GazEntry, caps: boolean[], capsMask: number): GazEntry {
  return {
    id: e.id, kind: e.kind, canonical: e.canonical, province: e.province, continent: e.continent, contextOnly: e.contextOnly,
    blocked: e.blocked, caps, capsMask, club: e.club, addressOnly: e.addressOnly,
  };
}

const GAZ = newNode();
const CONTEXT_ONLY = new Set(CONTEXT_ONLY_FORMS.map((f) => foldForMatch(f)));
// Bare "Hồ Chí Minh" is the President (tư tưởng Hồ Chí Minh); the city needs TP./Thành phố, added below.
const NOT_BARE = new Set(['Hồ Chí Minh', 'HCM', 'Thành phố Hồ Chí Minh', 'TP. Hồ Chí Minh', 'TP HCM']);

for (const o of OLD_PROVINCES) {
  const entry: GazEntry = { id: `p:${o.code}`, kind: 'province', canonical: o.name, province: o, continent: false, contextOnly: false, caps: [], capsMask: 0 };
  for (const f of [o.name, ...o.variants]) if (!NOT_BARE.has(f) && !CITY_ONLY_VARIANTS.has(f)) addToTrie(GAZ, f, entry);
  // The city read as its province was (clubs, address chains), but one place of its own: Huế beside Thừa Thiên - Huế.
  for (const f of o.variants) if (CITY_ONLY_VARIANTS.has(f)) addToTrie(GAZ, f, { ...entry, id: `c:${o.code}`, canonical: f });
}
for (const [f, code] of Object.entries(CONTEXT_ONLY_CITY_INITIALS)) {
  const o = OLD_PROVINCES.find((x) => x.code === code)!;
  addToTrie(GAZ, f, { id: `p:${o.code}`, kind: 'province', canonical: o.name, province: o, continent: false, contextOnly: true, caps: [], capsMask: 0 });
}
function addPlaces(list: readonly PlaceEntry[]): void {
  for (const e of list) {
    for (const f of e.forms) {
      // (the form's syllables read once, for the one-word test and the trie)
      const read = syllables(f);
      const single = read.keys;
      addToTrie(GAZ, f, {
        id: `g:${e.forms[0]}`, kind: e.kind, canonical: e.forms[0], continent: !!e.continent,
        contextOnly: (single.length === 1 && CONTEXT_ONLY.has(single[0])) || CONTEXT_ONLY_FIRM_REGIONS.includes(f), caps: [], capsMask: 0, club: !!e.club,
        addressOnly: !!e.addressOnly,
      }, read);
    }
  }
}
addPlaces(COUNTRIES);
addPlaces(REGIONS);
addPlaces(FOREIGN_CITIES);
addPlaces(VIETNAM_CITIES);
addPlaces(FORMER_PROVINCES);
for (const f of [...NOT_PLACE_NAMES, ...MOUNTAIN_RANGE_NAMES]) {
  addToTrie(GAZ, f, { id: `x:${f}`, kind: 'region', canonical: f, continent: false, contextOnly: false, blocked: true, caps: [], capsMask: 0 });
}
// Last: a name that is also a province's or a town's keeps that entry. Names opening with a common
// surname (Lê Chân, Ngô Quyền) are persons and streets as often: left to the administrative word.
const COMMON_SURNAME_KEYS = new Set(COMMON_SURNAMES.map((k) => foldForMatch(k)));
const ROOTS_BEFORE_DISTRICTS = new Set(GAZ.next.keys());
addPlaces(DISTRICTS.filter((e) => !COMMON_SURNAME_KEYS.has(syllables(e.forms[0]).keys[0])));
// Those left out, by their folded words: read only where an address chain ends in a province (ở Hoàng Mai, Hà Nội).
const SURNAME_DISTRICTS = new Set(DISTRICTS.map((e) => syllables(e.forms[0]).keys).filter((k) => COMMON_SURNAME_KEYS.has(k[0])).map((k) => k.join(' ')));
// First syllables only districts have (Văn, Quốc, Hoàn ...) are mostly given names: the main pass does
// not stop at them (that would cost a look-up in every person's name); address rules look them up.
const DISTRICT_ONLY_ROOTS = new Set([...GAZ.next.keys()].filter((k) => !ROOTS_BEFORE_DISTRICTS.has(k)));

interface AdminWord {
  kind: LocationKind;
  /** A number may follow (quận 1, phường 12, ấp 3); the name then keeps its administrative word. */
  numbered: boolean;
  /** Minimum capitalised syllables: "bản", "làng" are common nouns too (bản Hiến pháp). */
  minWords: number;
  /** Abbreviation (TP, TX): a dot may sit between it and the name, and it must be written in capitals. */
  abbrev: boolean;
  /** Province-level (tỉnh, thành phố): prefer a gazetteer province at the name. */
  provinceLevel: boolean;
  /** Any gazetteer place at the name is preferred (xứ Hàn is Korea). */
  anyGaz?: boolean;
  /** Most syllables of a name not in the gazetteer (xứ Nghệ, xứ Bavaria). */
  maxWords?: number;
  /** A name not in the gazetteer must look foreign (khu vực Donbass; not khu vực Đền Thượng). */
  foreignOnly?: boolean;
  /** Only after a comma and with a dot before the name (", P.Xuân An"). */
  listOnly?: boolean;
  /** Only before a comma and a commune or district with its unit word (khu Tiên Xá, phường Hạp Lĩnh). */
  unitAfter?: boolean;
  /** A post named after its commune (Đồn Biên phòng Hải Hòa); not one named after a border gate or port. */
  post?: boolean;
  /** Only a gazetteer place names it (Trạm CSGT Diễn Châu; not Trạm CSGT Quốc lộ 1A). */
  gazOnly?: boolean;
  /** The word a one-letter abbreviation stands for: Q.1 is one place with quận 1. */
  spelledOut?: string;
  /** Only before a comma or a bracket and its ward or town (KP.1, P.Đông Lương); a numbered one is one place with its spelled-out form. */
  wardAfter?: boolean;
}

// Phrases are looked up syllable by syllable in a trie of folded words, so that no string is joined
// per lookup (joining words and hashing the result was a large share of the time).
interface PhraseNode<T> {
  value: T | undefined;
  next: Map<string, PhraseNode<T>> | undefined;
}
type PhraseTrie<T> = Map<string, PhraseNode<T>>;
function addPhrase<T>(trie: PhraseTrie<T>, words: string[], value: T): void {
  let level = trie;
  let node: PhraseNode<T> | undefined;
  for (const word of words) {
    node = level.get(word);
    if (!node) level.set(word, (node = { value: undefined, next: undefined }));
    level = node.next ??= new Map();
  }
  node!.value = value;
}
/** A set of folded phrases, with tries to read them forwards from their first word or backwards from their last. */
type PhraseSet = Set<string> & {
  forward: PhraseTrie<true>; backward: PhraseTrie<true>;
  /** Gates of the phrases' first and last words. */
  firstGate: Uint32Array; lastGate: Uint32Array;
};
function phraseSet(phrases: readonly string[]): PhraseSet {
  const set = new Set(phrases.map(foldForMatch));
  const forward: PhraseTrie<true> = new Map();
  const backward: PhraseTrie<true> = new Map();
  for (const phrase of set) {
    const words = phrase.split(' ');
    addPhrase(forward, words, true);
    addPhrase(backward, words.reverse(), true);
  }
  return Object.assign(set, { forward, backward, firstGate: wordGate(forward.keys()), lastGate: wordGate(backward.keys()) });
}

const ADMIN_WORDS = new Map<string, AdminWord>();
const ADMIN_TRIE: PhraseTrie<AdminWord> = new Map();
function admin(forms: string[], kind: LocationKind, opts: Partial<AdminWord> = {}): void {
  for (const f of forms) {
    // every field in one order (not a spread of opts): one object shape where admin words are read
    const word: AdminWord = {
      kind, numbered: opts.numbered ?? false, minWords: opts.minWords ?? 1, abbrev: opts.abbrev ?? false, provinceLevel: opts.provinceLevel ?? false,
      anyGaz: opts.anyGaz, maxWords: opts.maxWords, foreignOnly: opts.foreignOnly, listOnly: opts.listOnly, unitAfter: opts.unitAfter, post: opts.post,
      gazOnly: opts.gazOnly, spelledOut: opts.spelledOut, wardAfter: opts.wardAfter,
    };
    ADMIN_WORDS.set(syllables(f).keys.join(' '), word);
    addPhrase(ADMIN_TRIE, syllables(f).keys, word);
  }
}
admin(['tỉnh', 'tỉnh ủy', 'tỉnh đội'], 'province', { provinceLevel: true });
admin(['thành phố', 'thủ đô', 'thành ủy', 'thành đội'], 'province', { provinceLevel: true });
admin(['tp', 't.p'], 'province', { provinceLevel: true, abbrev: true });
admin(['quận', 'quận ủy'], 'district', { numbered: true });
admin(['huyện', 'huyện ủy', 'huyện đội', 'thị xã', 'thị ủy'], 'district');
admin(['tx'], 'district', { abbrev: true });
// One-letter abbreviations (P.Xuân An, H.Bù Đăng, Q.3) are also bylines' initials (H.Anh): taken only
// with their dot, right after a comma of an address (listOnly).
admin(['p'], 'commune', { numbered: true, abbrev: true, listOnly: true, spelledOut: 'phường' });
admin(['q'], 'district', { numbered: true, abbrev: true, listOnly: true, spelledOut: 'quận' });
admin(['h'], 'district', { abbrev: true, listOnly: true });
admin(['x', 'tt'], 'commune', { abbrev: true, listOnly: true });
admin(['xã', 'thị trấn', 'đảng ủy xã'], 'commune');
// The police of a unit by its initials (CAQ Hoàn Kiếm, CAH Ba Vì, CAP Quang Trung): the unit's place, as in Công an quận ...
admin(['caq', 'cah'], 'district', { abbrev: true });
admin(['cap', 'cax'], 'commune', { abbrev: true });
admin(['phường'], 'commune', { numbered: true });
admin(['thôn'], 'village', { numbered: true });
// (khối phố: the central provinces' word for a ward's block, Khối phố 9)
admin(['ấp', 'xóm', 'khu phố', 'khối phố'], 'village', { numbered: true });
// Southern addresses shorten khu phố to KP ("KP.1, P.Đông Lương", "KP 7, phường Bình Hưng Hòa B", "KP.Phước Lý (P.Xuân Yên)"):
// taken only before its ward or town, since KP is also other initials (KP Boateng, KP Án).
admin(['kp'], 'village', { numbered: true, abbrev: true, spelledOut: 'khu phố', wardAfter: true });
// A residential group is a place by its name (tổ dân phố Nam Sơn 1); by its number alone (tổ dân phố 42) it is not.
admin(['tổ dân phố'], 'village');
admin(['bản', 'làng'], 'village', { minWords: 2 });
// "khu" is a hamlet in northern addresses (trú tại khu Đồng Tranh, phường Tứ Minh), elsewhere any area (khu Borough Market).
// (numbered too, where its commune follows: "khu 3, thị trấn Hùng Sơn" in Phú Thọ and Quảng Ninh)
admin(['khu'], 'village', { maxWords: 3, unitAfter: true, numbered: true });
// Villages of the Central Highlands (buôn, bon) and wards' blocks in the Mekong (khóm): buôn is also the verb
// "trade" (buôn Rolex), so like khu each is read only where its commune follows (buôn Ea Nao, xã Hòa Thuận).
admin(['buôn', 'bon'], 'village', { maxWords: 3, unitAfter: true });
// (khóm is numbered too, where its ward follows: "khóm 4, thị trấn Rạch Gốc", "khóm 1, phường 5"; alone, "khóm 5" may be a clump)
admin(['khóm'], 'village', { maxWords: 3, unitAfter: true, numbered: true });
// Nghệ An's and Hà Tĩnh's towns number their blocks (trú tại khối 7, phường Quán Bàu): "khối" is also a school year or a bloc
// (khối 12, khối ASEAN), so it is read only where its commune follows.
admin(['khối'], 'village', { numbered: true, unitAfter: true });
// Border posts bear their commune's name (Đồn Biên phòng Trà Cổ), a place inside a body's name.
admin(['đồn biên phòng', 'đồn bp'], 'commune', { maxWords: 3, post: true });
// Traffic police stations and forest rangers' county offices bear their district's name (Trạm CSGT Thăng Bình, Hạt Kiểm
// lâm Mường Lát): a place inside a body's name, which the guideline takes. Only a gazetteer place: "Trạm CSGT Km 17".
admin(['trạm csgt', 'hạt kiểm lâm'], 'district', { anyGaz: true, gazOnly: true, post: true });
// Unknown names after xứ are mostly nicknames (xứ Kim Chi, xứ Tango); only foreign place names are kept.
admin(['xứ'], 'region', { anyGaz: true, maxWords: 1, foreignOnly: true });
admin(['khu vực', 'vùng'], 'region', { anyGaz: true, maxWords: 1, foreignOnly: true });
// Foreign units: hạt is a county (hạt Northampton), bang a state (bang Ohio).
admin(['hạt'], 'district', { maxWords: 3, foreignOnly: true });
admin(['bang'], 'province', { anyGaz: true, maxWords: 2, foreignOnly: true });

const ADMIN_FIRST = new Set([...ADMIN_WORDS.keys()].map((k) => k.split(' ')[0]));
// Any word that can start an administrative word, a gazetteer name or a route cue.
// Words after which a bare capitalised name is a home address (trú tại Nghi Trung, Nghi Lộc, Nghệ An).
const ADDRESS_CUES = new Set(['tại', 'ở', 'trú', 'ngụ', 'quê'].map(foldForMatch));
// Words after which a run of foreign-looking capitalised words is a foreign place (lớn lên ở Virginia Beach).
const FOREIGN_CUES = new Set(['tại', 'ở', 'đến', 'tới', 'từ', 'sang', 'ô' /* ngoại ô: suburb */].map(foldForMatch));
// "đoạn Phan Thiết - Dầu Giây": a stretch of road between two places is a route too (only with its dash).
const STRETCH = foldForMatch('đoạn');
const FIRST_SYLLABLES = new Set([...ADMIN_FIRST, ...[...GAZ.next.keys()].filter((k) => !DISTRICT_ONLY_ROOTS.has(k)), ...ADDRESS_CUES, ...FOREIGN_CUES, 'tuyến', 'hướng', 'tiếng', STRETCH]);
// The same, for a word written in lower case: most gazetteer names must start with a capital, so
// frequent syllables such as "từ", "thành", "hội" are skipped at once.
const LOWER_FIRST_SYLLABLES = new Set([...ADMIN_FIRST, ...ADDRESS_CUES, ...FOREIGN_CUES, 'tuyến', 'hướng', 'tiếng', STRETCH]);
for (const [k, node] of GAZ.next) if (hasLowerStart(node)) LOWER_FIRST_SYLLABLES.add(k);
// Lower-case foreign cues that also start an administrative word, a lower-case name or an address chain.
const CUE_OR_NAME_START = new Set([...LOWER_FIRST_SYLLABLES].filter((k) => !FOREIGN_CUES.has(k) || ADDRESS_CUES.has(k) || ADMIN_FIRST.has(k)));
// Both sets by the hash the word scan computes, their letters kept as code units: a candidate word
// is tested, and its key taken, without slicing it out of the text.
// The flags also say which cue sets hold the word, so the main pass tests bits instead of sets.
const IN_FIRST = 1;
const IN_LOWER_FIRST = 2;
const ROUTE_WORD = 4;
const LANGUAGE_WORD = 8;
const FOREIGN_CUE = 16;
const CUE_OR_NAME = 32;
const ADDRESS_CUE = 64;
const ADMIN_START = 128;
const firstStrings: string[] = [];
const firstFlags: number[] = [];
const cueFlags = (k: string): number => (k === 'tuyến' || k === 'hướng' || k === STRETCH ? ROUTE_WORD : 0) | (k === 'tiếng' ? LANGUAGE_WORD : 0)
  | (FOREIGN_CUES.has(k) ? FOREIGN_CUE : 0) | (CUE_OR_NAME_START.has(k) ? CUE_OR_NAME : 0) | (ADDRESS_CUES.has(k) ? ADDRESS_CUE : 0)
  | (ADMIN_FIRST.has(k) ? ADMIN_START : 0);
for (const k of FIRST_SYLLABLES) { firstStrings.push(k); firstFlags.push(IN_FIRST | (LOWER_FIRST_SYLLABLES.has(k) ? IN_LOWER_FIRST : 0) | cueFlags(k)); }
for (const k of LOWER_FIRST_SYLLABLES) if (!FIRST_SYLLABLES.has(k)) { firstStrings.push(k); firstFlags.push(IN_LOWER_FIRST | cueFlags(k)); }
const FIRST_FLAGS = Uint8Array.from(firstFlags);
const FIRST_TABLE = syllableTable(firstStrings);


/**
 * Syllables in an open-addressing table keyed by the scan's hash, their letters kept as code units, so a word of the
 * text is looked up without slicing it. slots: slot → 1 + index into the list (0 is empty); mask: table size - 1.
 */
interface SyllableTable { hashes: Int32Array; charStart: Int32Array; chars: Uint16Array; slots: Int32Array; mask: number }
function syllableTable(strings: string[]): SyllableTable {
  const hashes = Int32Array.from(strings, syllableHash);
  const charStart = new Int32Array(strings.length + 1);
  strings.forEach((k, idx) => { charStart[idx + 1] = charStart[idx] + k.length; });
  const chars = new Uint16Array(charStart[strings.length]);
  strings.forEach((k, idx) => { for (let c = 0; c < k.length; c++) chars[charStart[idx] + c] = k.charCodeAt(c); });
  let size = 1;
  while (size < strings.length * 4) size <<= 1;
  const slots = new Int32Array(size);
  strings.forEach((_, idx) => {
    let slot = (hashes[idx] ^ (hashes[idx] >>> 15)) & (size - 1);
    while (slots[slot]) slot = (slot + 1) & (size - 1);
    slots[slot] = idx + 1;
  });
  return { hashes, charStart, chars, slots, mask: size - 1 };
}

/** Index of word j in the table, or -1: the word's code units are compared in place. */
function findSyllable(t: SyllableTable, w: Words, j: number): number {
  const hash = w.hashes[2 * j + 1];
  const s = w.start[j];
  const len = w.end[j] - s;
  const u = w.units;
  for (let slot = (hash ^ (hash >>> 15)) & t.mask; ; slot = (slot + 1) & t.mask) {
    const idx = t.slots[slot] - 1;
    if (idx < 0) return -1;
    if (t.hashes[idx] !== hash) continue;
    const c0 = t.charStart[idx];
    if (t.charStart[idx + 1] - c0 !== len) continue;
    let k = 0;
    while (k < len && t.chars[c0 + k] === u[s + k]) k++;
    if (k === len) return idx;
  }
}

/** The hash wordsOf computes while reading a word's folded characters. */
function syllableHash(key: string): number {
  let h = 0;
  for (let k = 0; k < key.length; k++) h = (Math.imul(h, 31) + key.charCodeAt(k)) | 0;
  return h;
}
// Hash gates of the main pass (one bit per slot), so most words are skipped without slicing them out
// of the text. Small enough (4 KB, 512 B) to stay in cache while other fields run between documents.
const CAPITAL_GATE_BITS = 1 << 15;
const LOWER_GATE_BITS = 1 << 12;
const CAPITAL_GATE = new Uint32Array(CAPITAL_GATE_BITS >>> 5);
const LOWER_GATE = new Uint32Array(LOWER_GATE_BITS >>> 5);
const gateSlot = (h: number, bits: number): number => (h ^ (h >>> 15)) & (bits - 1);
const inGate = (gate: Uint32Array, slot: number): number => (gate[slot >>> 5] >>> (slot & 31)) & 1;

// Hash gates of the words a lexicon test reads, so that most words are passed over without slicing
// them out of the text: a gate may let a few other words through, never stop a member. 4096 bits
// for a small set, more for a large one.
function wordGate(words: Iterable<string>, bits = 1 << 12): Uint32Array {
  const gate = new Uint32Array(bits >>> 5);
  for (const k of words) {
    const slot = gateSlot(syllableHash(k), bits);
    gate[slot >>> 5] |= 1 << (slot & 31);
  }
  return gate;
}
/** Word j may be one of the gate's words (never for j outside the text). */
const maybeWord = (gate: Uint32Array, w: Words, j: number): boolean =>
  j >= 0 && j < w.n && inGate(gate, gateSlot(w.hashes[2 * j + 1], gate.length << 5)) === 1;
/** A set of words with its gate. */
interface GatedWords { set: ReadonlySet<string> | ReadonlyMap<string, unknown>; gate: Uint32Array }
const gated = (set: ReadonlySet<string> | ReadonlyMap<string, unknown>, bits?: number): GatedWords => ({ set, gate: wordGate(set.keys(), bits) });
/** Word j is in the set. */
const wordIn = (w: Words, j: number, words: GatedWords): boolean => maybeWord(words.gate, w, j) && words.set.has(keyAt(w, j));
for (const k of FIRST_SYLLABLES) {
  const slot = gateSlot(syllableHash(k), CAPITAL_GATE_BITS);
  CAPITAL_GATE[slot >>> 5] |= 1 << (slot & 31);
}
for (const k of LOWER_FIRST_SYLLABLES) {
  const slot = gateSlot(syllableHash(k), LOWER_GATE_BITS);
  LOWER_GATE[slot >>> 5] |= 1 << (slot & 31);
}
// Gate of the gazetteer's later syllables (second word on), by the scan's hash.
const GAZ_LATER_GATE_BITS = 1 << 16;
const GAZ_LATER_GATE = new Uint32Array(GAZ_LATER_GATE_BITS >>> 5);
// Gate of the gazetteer's first syllables: large, so it gets as many bits as the candidate gate.
const GAZ_ROOT_GATE_BITS = 1 << 15;
const GAZ_ROOT_GATE = wordGate(GAZ.next.keys(), GAZ_ROOT_GATE_BITS);
function gateLaterSyllables(node: TrieNode): void {
  for (const [key, child] of node.next) {
    const slot = gateSlot(syllableHash(key), GAZ_LATER_GATE_BITS);
    GAZ_LATER_GATE[slot >>> 5] |= 1 << (slot & 31);
    gateLaterSyllables(child);
  }
}
for (const root of GAZ.next.values()) gateLaterSyllables(root);

// The gazetteer's later syllables, interned: the walk takes a word's key from here, unsliced and with
// its hash already computed, and a word that is none of them ends the walk at once.
const laterStrings: string[] = [];
const laterSeen = new Set<string>();
function collectLater(node: TrieNode): void {
  for (const [key, child] of node.next) {
    if (!laterSeen.has(key)) { laterSeen.add(key); laterStrings.push(key); }
    collectLater(child);
  }
}
for (const root of GAZ.next.values()) collectLater(root);
const LATER_TABLE = syllableTable(laterStrings);
/** Word j's key if it is a later syllable of some gazetteer name, else undefined. */
function laterKey(w: Words, j: number): string | undefined {
  if (w.keyStamp[j] === keyStamp) return w.key[j] as string;
  const idx = findSyllable(LATER_TABLE, w, j);
  if (idx < 0) return undefined;
  w.keyStamp[j] = keyStamp;
  w.key[j] = laterStrings[idx];
  return laterStrings[idx];
}
// The gazetteer's first syllables in a table read by the scan's hash: a name's first word is found in place,
// not by a Map look-up of its sliced key (the key is kept for keyAt, as a slice would have been).
const rootStrings = [...GAZ.next.keys()];
const ROOT_NODES = rootStrings.map((k) => GAZ.next.get(k)!);
const ROOT_TABLE = syllableTable(rootStrings);
function rootAt(w: Words, j: number): TrieNode | undefined {
  const idx = findSyllable(ROOT_TABLE, w, j);
  if (idx < 0) return undefined;
  if (w.keyStamp[j] !== keyStamp) {
    w.keyStamp[j] = keyStamp;
    w.key[j] = rootStrings[idx];
  }
  return ROOT_NODES[idx];
}
function hasLowerStart(node: TrieNode): boolean {
  if (node.entry && !node.entry.caps[0]) return true;
  for (const child of node.next.values()) if (hasLowerStart(child)) return true;
  return false;
}
// Words that open a sentence, never a unit name: "Ảnh: TP Về nguyên nhân..." is a photo credit.
const NOT_NAME_START = new Set(
  [
    'về', 'theo', 'trong', 'tại', 'sau', 'khi', 'ngày', 'hiện', 'trước', 'đây', 'đó', 'các', 'những', 'một', 'người',
    'với', 'cùng', 'nhưng', 'và', 'do', 'để', 'vì', 'nếu', 'còn', 'tháng', 'chiều', 'sáng', 'tối',
    'trưa', 'đêm', 'hôm', 'đến', 'qua', 'cho', 'là', 'có', 'được', 'bị', 'thì', 'mà', 'ảnh',
  ].map(foldForMatch),
);
// Sentence openers that end no place name (Ba Vì, Đông Hà: vì and hà do): a capitalised one after a name, then a
// lower-case word, is the next sentence glued on by a lost full stop or a caption.
const SENTENCE_OPENERS = new Set(
  ['theo', 'được', 'trong', 'tại', 'sau', 'khi', 'hiện', 'trước', 'các', 'những', 'một', 'người', 'với', 'nhưng', 'để', 'nếu',
    'thì', 'mà', 'ảnh', 'về', 'do', 'là', 'bị', 'cùng', 'cũng', 'tuy', 'ngoài', 'bên', 'riêng', 'còn', 'chiều', 'sáng', 'tối', 'trưa', 'đêm', 'hôm', 'ngày', 'tháng',
    // (a weather bulletin's flattened headings: "Tây Nguyên Mây thay đổi", "Hà Nội Nhiều mây")
    'nhiều', 'trời', 'mây',
    // ("thành phố biển Vũng Tàu Chỉ hơn 4 giờ ...": "only" opens the next sentence)
    'chỉ',
    // ("huyện Bố Trạch Nhóm của Quỳnh", "thành phố Mexico Đoạn video trên": a caption's lost full stop; not "Có",
    // whose "Có lẽ" after a person's name would make it a place: "của Nga - Mỹ Có lẽ")
    'nhóm', 'đoạn'].map(foldForMatch),
);
// Words before an administrative word that make it plural: its list of names follows (các tỉnh A, B và C).
const PLURAL_BEFORE = new Set(['các', 'những', 'hai', 'ba', 'bốn', 'năm', 'nhiều'].map(foldForMatch));

// Lower-case words after which a one-letter unit word is an address (thuộc P.12, tại Q.3, TX La Gi và H. Tuy Phong).
// (and the home-address words: trú H.Lệ Thủy, ngụ P.5)
const ADDRESS_LINKS = new Set(['tại', 'ở', 'thuộc', 'và', 'trú', 'ngụ', 'quê'].map(foldForMatch));
// Bodies named by their unit in short (Công an H.Long Mỹ, UBND P.Bến Nghé): a one-letter unit word after them is no initial.
const BODIES_BEFORE_UNIT = phraseSet([
  'công an', 'ca', 'ubnd', 'hđnd', 'ủy ban nhân dân', 'tand', 'vksnd', 'viện ksnd', 'mttq', 'đảng ủy', 'huyện ủy', 'quận ủy', 'thị ủy',
  'huyện đoàn', 'quận đoàn', 'địa bàn',
  // police and inspectorate units by their initials: Đội TTGT Q.Cái Răng, Cảnh sát PCCC Q. Gò Vấp, CSGT H.Thuận Nam
  'csgt', 'ttgt', 'pccc',
]);
// First syllables of compound nouns ending in "bản" (phiên bản, văn bản, kịch bản, cơ bản).
// (mộc bản: woodblocks, Mộc bản Triều Nguyễn)
const BAN_COMPOUNDS = new Set(['phiên', 'văn', 'kịch', 'nguyên', 'cơ', 'xuất', 'tái', 'dịch', 'kiếm', 'bản', 'hồ', 'căn', 'tư', 'mộc'].map(foldForMatch));

// Words before a bare name that make it a demonym, a language, a war or a route: not a place.
const NOT_PLACE_BEFORE = phraseSet(
  [
    'người', 'con người', 'dân tộc', 'thế hệ trẻ', 'cựu chiến binh', 'cựu binh', 'tiếng', 'chống', 'gốc', 'kiều bào', 'việt kiều',
    'hướng', 'tuyến', 'phong cách', 'tư tưởng', 'kiểu', 'dạng', 'chất lượng', 'ngoại ngữ', 'thứ tiếng',
    // currencies named after their country (đô la Mỹ, đô la Singapore)
    'đô la', 'đôla', 'đồng đô la',
    // and the đồng after its amount (26.000 tỷ đồng Việt Nam), as the currency, not the country
    'tỷ đồng', 'tỉ đồng', 'triệu đồng', 'nghìn đồng', 'ngàn đồng', 'trăm đồng', 'đồng tiền', 'tiền đồng',
    // honorifics and person words: ông Đức, chị Nga, cháu Mỹ
    'ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'bác', 'cụ', 'thầy', 'cháu', 'bé', 'vợ', 'chồng', 'mẹ',
    'bố', 'cha', 'dì', 'cậu', 'đồng chí', 'thượng tọa', 'hòa thượng', 'đại đức', 'ni sư', 'đại biểu', 'tên', 'đối tượng', 'nghi phạm', 'bị can', 'bị cáo', 'nạn nhân',
    // kinds of things: dao Thái Lan is a knife, tàu ngầm lớp Ohio a submarine class
    'dao', 'lớp',
    // (a knife described first: dao nhọn Thái Lan, dao gọt hoa quả Thái Lan)
    'dao nhọn', 'gọt hoa quả', 'gọt trái cây',
    // a disease named after where it was found (viêm não Nhật Bản: Japanese encephalitis)
    'viêm não',
    // winds are named by direction (gió mùa Đông Bắc)
    'gió', 'gió mùa',
    // people and arts of a country (nhạc sĩ Việt Nam, ca sĩ Hà thành): demonym-like. Tourists are left
    // out: annotators read "du khách Australia" as where the visitor comes from.
    'nhạc sĩ', 'ca sĩ', 'nghệ sĩ', 'họa sĩ', 'nhà văn', 'nhà thơ', 'nhà báo', 'tác giả', 'cầu thủ', 'vận động viên', 'vđv', 'tuyển thủ',
    // a player by his position, of a club or a country (cựu tiền vệ Monaco, tiền đạo Brazil)
    'tiền vệ', 'tiền đạo', 'hậu vệ', 'trung vệ', 'thủ môn', 'thủ thành', 'danh thủ', 'tay vợt',
    'binh sĩ', 'lính', 'công dân', 'ngư dân', 'doanh nhân', 'du học sinh', 'sinh viên',
    'nhà khoa học', 'chuyên gia', 'người mẫu', 'diễn viên',
    // a country's star, a player or an entertainer (ngôi sao Hàn Quốc, sao trẻ Brazil, SAO trẻ Venezuela)
    'ngôi sao', 'sao trẻ',
    // a country's or a club's fans by the press's initials (các CĐV Italy, CĐV Hải Phòng), as "cổ động viên Thái Lan"
    'cđv',
    // a club by its country or city (đội bóng Tây Ban Nha, đội bóng Đức Hannover 96): a team, as the guideline has them, no place
    'đội bóng',
    // (and more people by their trade or state: tay đua Phần Lan, đạo diễn Hàn Quốc, bà nội trợ Mỹ, cố vấn Mỹ, bà bầu
    // Trung Quốc; tuning gold leaves them 4 of 4 in g16, g21, g23. Not "tỷ phú": the gold takes "tỷ phú New York" 2 of 2)
    'võ sĩ', 'võ sư', 'tay đua', 'kỳ thủ', 'golf thủ', 'bác sĩ', 'y tá', 'đạo diễn', 'nội trợ', 'bà bầu',
    'cố vấn', 'nhà nghiên cứu', 'học giả', 'nhà thiết kế', 'vũ công', 'điệp viên', 'nhà sư', 'phi công', 'thủy thủ', 'đầu bếp', 'tin tặc',
    // a pageant's title names its contest, not a place (Á hậu Việt Nam 2014, Hoa khôi Đồng bằng sông Cửu Long 2015).
    // Not "người đẹp", "mỹ nhân", "siêu mẫu": annotators read "mỹ nhân Hải Phòng" as where she comes from.
    'hoa hậu', 'á hậu', 'hoa khôi', 'á khôi', 'nam vương',
    // a person of a country (cô gái Ấn Độ, đàn ông Úc) and its myths (thần thoại Hy Lạp, nữ thần Athena)
    'cô gái', 'chàng trai', 'con gái', 'con trai', 'thiếu nữ', 'cậu bé', 'bé gái', 'bé trai', 'đàn ông', 'thần thoại', 'nữ thần', 'vị thần',
    // a person's blood or mixed descent is a demonym too (mang trong mình dòng máu Tây Ban Nha, con lai Hàn)
    'dòng máu', 'con lai',
    // a peer's title (Công tước xứ Cambridge)
    'tước xứ',
    // a league is an event named after its country (giải vô địch Bồ Đào Nha, giải VĐQG Hà Lan)
    'giải vô địch', 'giải vđqg',
    // a match is its teams' (trận Barcelona - Roma)
    'trận', 'âm nhạc', 'điện ảnh', 'văn học', 'thi ca', 'hội họa', 'nhạc', 'tân nhạc',
  ],
);
// A group of people of a country, written in lower case (nhóm thanh niên Việt Nam, nữ sinh Việt Nam, nông dân Hàn
// Quốc): demonym-like, as "cựu chiến binh Mỹ". In capitals they open a body's name, whose place counts (Hội Nông dân Việt Nam).
const PEOPLE_GROUPS_BEFORE = phraseSet(
  ['thanh niên', 'thiếu niên', 'nữ sinh', 'nam sinh', 'học sinh', 'trẻ em', 'phụ nữ', 'nông dân', 'công nhân', 'trí thức',
    // a sport's public and commentators (khán giả Việt Nam, cổ động viên Thái Lan)
    'khán giả', 'bình luận viên', 'cổ động viên', 'người hâm mộ',
    // a country's people and traders (nhân dân Việt Nam, người dân Mỹ, toàn dân Mỹ, thương lái Trung Quốc)
    'dân', 'thương lái',
    // a country's investors and refugees (nhà đầu tư Nhật Bản, người tị nạn Syria): who they are, as "doanh nhân" (tuning golds 2 of 2)
    'nhà đầu tư', 'tị nạn',
    // and its workers and migrants (người lao động Mexico, người di cư Syria), as "công nhân", "người tị nạn"
    'người lao động', 'người di cư', 'người nhập cư'],
);
/**
 * A lower-case people's word right before word i (both syllables in lower case: thanh niên, not Thanh niên), not
 * closing a body's or a school's name a capital opens just before it (Hội Liên hiệp thanh niên Việt Nam, Học viện
 * Thanh thiếu niên Việt Nam); a capital that only opens the sentence opens no name (Hai thanh niên Trung Quốc ...).
 */
function peopleOfPlace(w: Words, i: number): boolean {
  if (i < 2 || w.cap[i - 1] || w.cap[i - 2] || !phraseBefore(w, i, PEOPLE_GROUPS_BEFORE)) return false;
  // "nhân dân" closes longer names (Lực lượng vũ trang nhân dân Việt Nam) and a state's (Cộng hòa dân chủ nhân dân Lào).
  const people = keyAt(w, i - 1) === DAN;
  if (people && i >= 3 && keyAt(w, i - 3) === CHU) return false;
  for (let k = i - 3; k >= i - (people ? 6 : 4) && k >= 0; k--) {
    // (a list ends the look-back: Chính phủ và nhân dân Tiệp Khắc, quân và dân Liên Xô)
    if (!w.plain[k + 1] || (people && wordIn(w, k, LIST_CONJUNCTION_WORDS))) break;
    // (a sentence's first capital still opens a people's body: Quân đội nhân dân Việt Nam)
    if (w.cap[k] && (!isSentenceStart(w, k) || (people && k >= i - 4))) return false;
  }
  return true;
}
const DAN = foldForMatch('dân');
const CHU = foldForMatch('chủ');
// Words before a name that say "this is a place": needed for continents and one-syllable countries.
const PLACE_CONTEXT_BEFORE = phraseSet(
  [
    // (đất: the land of a country, trên đất Đức)
    'nước', 'xứ', 'đất', 'tại', 'ở', 'sang', 'đến', 'tới', 'từ', 'của', 'với', 'giữa', 'thăm', 'về', 'phía',
    'khắp', 'toàn', 'cùng', 'hoặc', 'như', 'gồm', 'quốc gia', 'khu vực', 'bên', 'rời', 'đất nước', 'nước bạn',
    // a state visit's host (chuyến công du Pháp)
    'công du',
    'thị trường', 'vùng', 'cả', 'tận', 'qua', 'trong', 'ngoài', 'nội', 'đi', 'quanh',
    // a country's officials and a leader's counterpart (quan chức Pháp, người đồng cấp Nga)
    'quan chức', 'đồng cấp', 'nguyên thủ',
    // a country's press and authorities (báo chí Anh, giới chức Mỹ): the country itself, unlike "người Anh"
    'báo chí', 'báo giới', 'truyền thông', 'giới chức', 'nhà chức trách', 'chính quyền',
    // its state, forces, leaders and football written in lower case (chính phủ Đức, quân đội Pháp, bóng đá Anh)
    'chính phủ', 'quân đội', 'hải quân', 'không quân', 'lục quân', 'lãnh đạo', 'bóng đá', 'quê nhà',
    // and its football federation by the press's initials (LĐBĐ Anh), as "liên đoàn bóng đá Anh"
    'lđbđ',
    // the country in its history (phát xít Đức, đế chế Anh)
    'phát xít', 'đế chế',
    // a state as the object of sanctions, charges and attacks (trừng phạt Nga, cáo buộc Nga, nhằm vào Nga)
    'trừng phạt', 'cáo buộc', 'nhằm vào', 'chỉ trích', 'đối với',
  ],
);
// Lower-case words for a state's leaders and forces, before its name and a foreign person's (lãnh đạo Palestine Mahmoud Abbas).
const LEADER_WORDS_BEFORE = phraseSet(['nước', 'đồng cấp', 'lãnh đạo', 'nhà lãnh đạo', 'chính phủ', 'chính quyền', 'giới chức', 'quân đội', 'hải quân', 'không quân', 'ngoại trưởng', 'tổng thống', 'thủ tướng']);
// Words before a continent that make it an adjective (kiến trúc châu Âu, Ngân hàng Trung ương châu Âu), not a place.
// (betting odds: "Tỷ lệ châu Á", "kèo châu Âu" are the Asian and European handicaps)
// Heads of the public bodies a continent names (phrases are read up to three words back: "hàng trung ương" is Ngân hàng Trung ương).
const CONTINENT_BODY_HEADS = phraseSet(['liên minh', 'ủy ban', 'nghị viện', 'hội đồng', 'tòa án', 'hàng trung ương']);
const CONTINENT_ADJ_BEFORE = phraseSet(['kiểu', 'phong cách', 'mái vòm', 'kiến trúc', 'lối', 'chuẩn', 'tiêu chuẩn', 'mẫu', 'tỷ lệ', 'tỉ lệ', 'kèo', 'đồng tiền chung', 'trung ương',
  // a federation's initials, as its name spelt out (LĐBĐ châu Á, Liên đoàn bóng đá châu Á)
  'lđbđ']);
// A company's short heads (Cty, CTCP, TCty), read as "công ty" is.
const COMPANY_SHORT_HEAD_WORDS = ['cty', 'ctcp', 'tcty'];
// Head words of venues, businesses, schools, events, natural features and routes: a place inside
// their names is not taken (Bảo tàng Phụ nữ Việt Nam).
/**
 * Palaces of culture and sport, tourist areas and post offices named after their place (Cung Văn hóa Hữu nghị Hà Nội, khu
 * du lịch Quốc gia Sơn Trà, Bưu điện huyện Ba Vì, tờ Bưu điện Washington): venues, and institutions before a unit word.
 */
const CULTURE_POST_HEADS = ['cung văn hóa', 'cung thể thao', 'cung thiếu nhi', 'khu du lịch', 'bưu điện'];
const VENUE_HEADS = phraseSet(
  [
    'bảo tàng', 'bệnh viện', 'trường', 'đại học', 'đh', 'đhqg', 'học viện', 'công ty', ...COMPANY_SHORT_HEAD_WORDS,
    // an exchange named after its city (sàn London, sàn New York, Sở Giao dịch Chứng khoán Hà Nội: a state-owned company)
    'sàn', 'sở giao dịch', 'sở gdck', 'tập đoàn', 'tổng công ty', 'ngân hàng',
    // (an airport's official name, Cảng hàng không quốc tế Cam Ranh: "không" is no clause word there)
    'khách sạn', 'nhà hát', 'sân vận động', 'svđ', 'sân bay', 'cảng hàng không', 'sân', 'cảng', 'ga', 'công viên', 'chợ', 'siêu thị',
    'báo', 'đài', 'thông tấn xã', 'tạp chí',
    // an online paper named after its readers' country (Báo điện tử Giáo dục Việt Nam)
    'báo điện tử', 'tạp chí điện tử', 'giải', 'cúp', 'huy chương', 'hội chợ', 'liên hoan', 'lhp', 'thảm đỏ', 'lễ hội', 'festival', 'hội nghị', 'hội thảo',
    'diễn đàn', 'triển lãm', 'cầu', 'đường', 'phố', 'sông', 'núi', 'vịnh', 'đảo', 'hồ', 'nhà văn hóa', 'quỹ',
    'hoa hậu', 'tuần lễ', 'câu lạc bộ', 'clb', 'kênh', 'cao tốc', 'quốc lộ', 'tỉnh lộ', 'xa lộ', 'đại lộ',
    'khu công nghiệp', 'kcn', 'đêm nhạc', 'tòa nhà', 'nhà máy', 'thương hiệu', 'trung tâm thương mại',
    'tuyến', 'đèo', 'bến', 'bến xe', 'nhà chờ', 'trại giam', 'nhà tù', 'hòn', 'nhà thờ', 'chùa', 'đền', 'tạp chí', 'nhà xuất bản', 'nxb', 'hãng',
    // agreements named after the city where they were signed (Thỏa thuận Khí hậu Paris, Hiệp định Geneva)
    'hiệp định', 'thỏa thuận', 'hiệp ước', 'công ước',
    'đoàn nghệ thuật', 'dự án', 'khu đô thị', 'chung cư', 'show', 'giải đấu', 'tour', 'bản tin',
    'bài hát', 'ca khúc', 'bộ phim', 'phim', 'cuốn sách', 'tác phẩm', 'album', 'cuộc thi',
    'thpt', 'thcs', 'ptth', 'tiểu học', 'mầm non', 'cao đẳng', 'giáo hội', 'đa khoa', 'bv', 'bvđk', 'bán đảo',
    // a business's branch named after its place (Vietcombank chi nhánh Thủ Đức; not "mở chi nhánh tại Thượng Hải")
    'chi nhánh',
    // road junctions named after where the road leads (Ngã ba Huế)
    'ngã ba', 'ngã tư', 'ngã năm', 'ngã sáu', 'nút giao', 'vòng xoay', 'bùng binh',
    // (Cung Thể thao Quần Ngựa, Cung Hữu nghị)
    ...CULTURE_POST_HEADS, 'cung hữu nghị',
    // state groups' and banks' provincial units carry their province (VNPT Vĩnh Long, Viettel Hà Nội, Agribank Bến Tre)
    ...PROVINCE_UNIT_BRANDS,
    // power plants named after their place (thủy điện Lai Châu, Nhà máy nhiệt điện Thái Bình 1): tuning gold 3 of 3 untaken
    'thủy điện', 'nhiệt điện',
    // a coastal or riverside road named after its places (tuyến đường ven biển Đà Nẵng - Hội An, đường bộ ven biển Hải Phòng)
    'đường ven biển', 'bộ ven biển', 'đường ven sông',
  ],
);
// A company's proper name may describe its trade at length (Công ty xổ số điện toán Việt Nam).
// (and works, cooperatives and sole proprietorships: Xí nghiệp xây dựng tư nhân số 1 Lai Châu, Hợp tác xã Thương mại quận 3,
// Doanh nghiệp tư nhân Xây dựng số 1 tỉnh Điện Biên; the guideline takes no place inside a business's name)
const BUSINESS_HEADS = phraseSet(['công ty', 'tổng công ty', 'tập đoàn', 'ngân hàng', 'xí nghiệp', 'hợp tác xã', 'doanh nghiệp']);
// ("doanh nghiệp" only as "doanh nghiệp tư nhân": "các doanh nghiệp FDI Hàn Quốc" are a country's firms)
const DOANH = foldForMatch('doanh');
const BUSINESS_HEAD_TRIE = BUSINESS_HEADS.forward;
// Capitalised heads whose names go on in lower case: companies, and schools and hospitals (Cao đẳng y tế Hưng Yên).
// (and exchanges, Sở Giao dịch chứng khoán Hà Nội, and broadcasters, Đài truyền hình Việt Nam as Đài Truyền hình Việt Nam;
// a lower-case "đài truyền hình Mỹ" is the country's television, a place as "truyền thông Mỹ")
const DESCRIBED_HEADS = new Set([...BUSINESS_HEADS, ...['cao đẳng', 'đại học', 'đh', 'học viện', 'trung cấp', 'bệnh viện', 'sở giao dịch', 'đài',
  // (and a company's short heads: CTCP Công nghiệp cao su miền Nam, TCty Lương thực Miền Nam)
  ...COMPANY_SHORT_HEAD_WORDS].map(foldForMatch)]);
// Shows and fairs named for a two-syllable trade before their city (triển lãm ô tô Geneva, triển lãm hàng không Paris,
// hội chợ đồ gỗ Bình Dương): the trade is no clause, the place the event's name.
const TRADE_EVENT_HEADS = new Set(['triển lãm', 'hội chợ', 'liên hoan', 'tuần lễ'].map(foldForMatch));
// A place name never runs across these lower-case words (venue look-back stops here).
const CLAUSE_WORDS = new Set(
  ['tại', 'ở', 'của', 'và', 'với', 'cho', 'thuộc', 'trên', 'trong', 'từ', 'đến', 'về', 'là', 'có', 'được', 'nhưng', 'khi', 'như'].map(foldForMatch),
);
// (surname lists are lexicon data: see src/lexicon/personal-names.ts)
const SURNAMES = new Set(COMMON_SURNAMES.map(foldForMatch));
// Province names that are also common words when written in lower case.
const LOWER_COMMON_WORDS = new Set(['hòa bình', 'hải dương', 'thái bình', 'bình dương', 'bình định'].map(foldForMatch));
const STREET_HEADS = new Set(['đường', 'phố', 'ngõ', 'ngách', 'hẻm', 'kiệt'].map(foldForMatch));
const COMPASS = new Set(['bắc', 'nam', 'đông', 'tây', 'trung'].map(foldForMatch));
// "Cộng hòa Bulgaria", "Vương quốc Hà Lan": an official-style form, an alias of the country.
// (and their initials, as the press writes them: CHLB Đức, CHDCND Lào, CHXHCN Việt Nam, CHND Trung Hoa, CHDC Congo)
const STATE_PREFIXES = phraseSet(['cộng hòa', 'vương quốc', 'liên bang', 'hợp chủng quốc', 'chlb', 'chdcnd', 'chxhcn', 'chnd', 'chdc']);

// ---------------------------------------------------------------------------------------------
// Words of one document

interface Words {
  n: number;
  text: string;
  folded: string;
  start: Int32Array;
  end: Int32Array;
  /** Folded word, sliced on first use (most words are never looked at): read it with keyAt. */
  key: (string | undefined)[];
  /** key[j] holds this document's word when keyStamp[j] is the current stamp. */
  keyStamp: Int32Array;
  /** Word j's syllableHash is hashes[2j+1]. */
  hashes: Int32Array;
  /** gazAt(w, j) is gazMemo[j] when gazStamp[j] is the current stamp. */
  gazStamp: Int32Array;
  gazMemo: ([GazEntry, number] | undefined)[];
  /** The folded text as code units. */
  units: Uint16Array;
  /** The text as code units. */
  textUnits: Uint16Array;
  /** Words capitals[0, capitalCount) are the capitalised ones, in order. */
  capitalCount: number;
  capitals: Int32Array;
  /** Words numbersAfterCapital[0, gaugeSpots) are numbers one space after a capitalised word. */
  gaugeSpots: number;
  numbersAfterCapital: Int32Array;
  /**
   * Words candidates[0, candidateCount), in order, may start something the main pass reads (by their
   * hash and case); the others are skipped unsliced.
   */
  candidateCount: number;
  candidates: Int32Array;
  cap: Uint8Array;
  num: Uint8Array;
  /** The text between word i-1 and word i is exactly one space. */
  plain: Uint8Array;
}

// Reused between documents: one extraction at a time per thread.
function newBuffers(c: number) {
  return {
    cap: c, start: new Int32Array(c), end: new Int32Array(c), candidates: new Int32Array(c), capA: new Uint8Array(c),
    num: new Uint8Array(c), plain: new Uint8Array(c), key: new Array<string | undefined>(c).fill(undefined),
    keyStamp: new Int32Array(c), bounds: new Int32Array(2 * c), hashes: new Int32Array(2 * c), numbersAfterCapital: new Int32Array(c), capitals: new Int32Array(c),
    gazStamp: new Int32Array(c), gazMemo: new Array<[GazEntry, number] | undefined>(c).fill(undefined),
  };
}
// (sized past the corpus's longest article, as the code units are: a first growth met mid-run threw wordsOf's optimised code
// away once V8 had optimised it during the warm-up, ~2 MB)
let buffers = newBuffers(1 << 15);
function buffersFor(maxWords: number): typeof buffers {
  if (buffers.cap < maxWords) buffers = newBuffers(Math.max(maxWords, buffers.cap * 2, 1024));
  return buffers;
}
// Which document's words the key cache holds: bumping it empties the cache without a store per word.
let keyStamp = 0;

/** Letters (Vietnamese included) and digits; quotes, dashes and other punctuation split words. */
function isWordChar(c: number): boolean {
  if (c < 0xc0) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x206f) && !(c >= 0x3000 && c <= 0x303f) && c !== 0xfeff;
}

// isWordChar as a table: one load per character in the word scan.
const WORD_CHAR = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) WORD_CHAR[c] = isWordChar(c) ? 1 : 0;

const foldedUnits = new CodeUnits();
const textUnits = new CodeUnits();

function wordsOf(text: string, folded: string): Words {
  const len = folded.length;
  const b = buffersFor((len >> 1) + 2);
  // (the UTF-8 decoder's own units of this text when it gave it, else copies)
  const decoded = decodedUnits(text, folded);
  const f = decoded !== null ? decoded.folded : foldedUnits.of(folded);
  // Branch-free boundary scan: every change between word and non-word characters is recorded
  // (even slots open a word, odd ones close it, with the word's hash); a branch per character
  // mispredicted at every word edge.
  const bounds = b.bounds;
  const hashes = b.hashes;
  let inWord = 0;
  let h = 0;
  let nb = 0;
  for (let p = 0; p <= len; p++) {
    const c = f[p];
    const wc = WORD_CHAR[c];
    bounds[nb] = p;
    hashes[nb] = h;
    nb += wc ^ inWord;
    h = (Math.imul(h, 31) + c) & -wc;
    inWord = wc;
  }
  const n = nb >> 1;
  const { start, end, candidates, capA: cap, num, plain, numbersAfterCapital, capitals } = b;
  let candidateCount = 0;
  let gaugeSpots = 0;
  let capitalCount = 0;
  keyStamp = (keyStamp + 1) | 0 || 1; // 0 is what fresh buffers hold
  // Per word, also without branches: both gates are read and the word's case picks one.
  const t = decoded !== null ? decoded.text : textUnits.of(text);
  let last = 0;
  for (let k = 0; k < n; k++) {
    const s = bounds[2 * k];
    const e = bounds[2 * k + 1];
    const hash = hashes[2 * k + 1];
    start[k] = s;
    end[k] = e;
    const c0 = t[s];
    const capital = +(c0 !== f[s]);
    cap[k] = capital;
    capitals[capitalCount] = k;
    capitalCount += capital;
    candidates[candidateCount] = k;
    candidateCount += (inGate(CAPITAL_GATE, gateSlot(hash, CAPITAL_GATE_BITS)) & capital)
      | (inGate(LOWER_GATE, gateSlot(hash, LOWER_GATE_BITS)) & (capital ^ 1));
    const number = +((c0 - 48) >>> 0 < 10);
    num[k] = number;
    const plainGap = +(s - last === 1) & +(t[last] === 32);
    plain[k] = plainGap;
    // a number one space after a capitalised word: where a rain-gauge reading may stand
    numbersAfterCapital[gaugeSpots] = k;
    gaugeSpots += number & plainGap & cap[k - 1 < 0 ? 0 : k - 1] & +(k > 0);
    last = e;
  }
  plain[0] = 0;
  return {
    n, text, folded, start, end, key: b.key, keyStamp: b.keyStamp, hashes, textUnits: t, gazStamp: b.gazStamp, gazMemo: b.gazMemo, units: f, candidateCount, candidates, cap, num, plain,
    gaugeSpots, numbersAfterCapital, capitalCount, capitals,
  };
}

/** Folded word j, or undefined outside the text (like reading past the end of an array). */
function keyAt(w: Words, j: number): string {
  if (j < 0 || j >= w.n) return undefined as unknown as string;
  if (w.keyStamp[j] !== keyStamp) {
    w.keyStamp[j] = keyStamp;
    w.key[j] = w.folded.slice(w.start[j], w.end[j]);
  }
  return w.key[j] as string;
}
/** Folded words [s, s+len) joined by spaces: a multi-word gazetteer key. */
function runKey(w: Words, s: number, len: number): string {
  let key = keyAt(w, s);
  for (let k = s + 1; k < s + len; k++) key += ' ' + keyAt(w, k);
  return key;
}

/** IN_FIRST / IN_LOWER_FIRST for word j (0 if neither); a word found there gets its key without a slice. */
function firstSyllableFlags(w: Words, j: number): number {
  const idx = findSyllable(FIRST_TABLE, w, j);
  if (idx < 0) return 0;
  if (w.keyStamp[j] !== keyStamp) {
    w.keyStamp[j] = keyStamp;
    w.key[j] = firstStrings[idx];
  }
  return FIRST_FLAGS[idx];
}

/**
 * The code unit at p, or -1 outside the text (where charCodeAt gives NaN): the same answer to every
 * comparison with a character, without the out-of-bounds read that throws optimised code away.
 */
function codeAt(text: string, p: number): number {
  return p >= 0 && p < text.length ? text.charCodeAt(p) : -1;
}
/** Text between word i-1 and word i (for i = 0, from the start of the text). */
/** gapOf(w, i) === '.', by char code (a sliced gap string of another kind deopted the string compare). i > 0. */
function dotGap(w: Words, i: number): boolean {
  return w.start[i] - w.end[i - 1] === 1 && w.text.charCodeAt(w.end[i - 1]) === 46;
}
/** The gap before word i is a comma, spaces around it allowed. */
function commaGap(w: Words, i: number): boolean {
  return /^\s*,\s*$/.test(gapOf(w, i));
}
function gapOf(w: Words, i: number): string {
  return w.text.slice(i > 0 ? w.end[i - 1] : 0, w.start[i]);
}

const SENTENCE_BREAK = /[.!?:;\n"“”(\[…]/;
const isSentenceStart = (w: Words, i: number): boolean => i === 0 || SENTENCE_BREAK.test(gapOf(w, i));
const plainGap = (g: string): boolean => g === ' ';
const dashOrDotGap = (g: string): boolean => /^\s?[-–.]\s?$/.test(g) || g === ' ';

/**
 * Words of the longest phrase of `trie` (at most three) written from word s with single spaces
 * between its words and ending before word `limit`; 0 for none.
 */
function longestAt<T>(w: Words, s: number, trie: PhraseTrie<T>, limit = w.n): number {
  if (s < 0 || s >= limit) return 0;
  let node = trie.get(keyAt(w, s));
  let best = node?.value !== undefined ? 1 : 0;
  for (let k = 2; node && k <= 3 && s + k <= limit; k++) {
    if (!w.plain[s + k - 1]) break;
    node = node.next?.get(keyAt(w, s + k - 1));
    if (node?.value !== undefined) best = k;
  }
  return best;
}

/** Words [s, s+k) are a phrase of `trie`, written with single spaces. */
function isPhrase<T>(w: Words, s: number, k: number, trie: PhraseTrie<T>): boolean {
  if (s < 0 || s + k > w.n) return false;
  let node = trie.get(keyAt(w, s));
  for (let j = s + 1; node && j < s + k; j++) {
    if (!w.plain[j]) return false;
    node = node.next?.get(keyAt(w, j));
  }
  return node?.value !== undefined;
}

/** A phrase of 1-3 words ending right before word i (same clause) that is in `set`. */
function phraseBefore(w: Words, i: number, set: PhraseSet): boolean {
  if (i === 0 || !w.plain[i] || !maybeWord(set.lastGate, w, i - 1)) return false;
  let node = set.backward.get(keyAt(w, i - 1));
  for (let k = 1; node; k++) {
    if (node.value) return true;
    if (k === 3) return false;
    const s = i - k - 1;
    if (s < 0 || !w.plain[s + 1]) return false;
    node = node.next?.get(keyAt(w, s));
  }
  return false;
}

/** Words of the longest phrase of `set` starting at word j (0 for none): phraseBefore's mirror. */
function phraseAt(w: Words, j: number, set: PhraseSet): number {
  return maybeWord(set.firstGate, w, j) ? longestAt(w, j, set.forward) : 0;
}

/**
 * Longest gazetteer entry starting at word i: [entry, word count]. `loose` (a place cue or a unit word
 * before) lets a province's later syllables be written in lower case (từ Quảng trị trở ra), unless
 * the lower-case phrase is a common word (hòa bình, hải dương).
 */
function gazAt(w: Words, i: number, loose: Looseness = false): [GazEntry, number] | undefined {
  // The same word is often asked again (the main pass, then a name's neighbour): strict answers are kept per word.
  if (loose || i < 0 || i >= w.n) return gazWalk(w, i, loose);
  if (w.gazStamp[i] === keyStamp) return w.gazMemo[i];
  const found = gazWalk(w, i, false);
  w.gazStamp[i] = keyStamp;
  w.gazMemo[i] = found;
  return found;
}
/**
 * 'unit': right after a province-level unit word, where "tỉnh Hòa bình" can only be the province; 'district': after a
 * district's or a commune's word, where "quận Cầu giấy" can only be the district (a later syllable in lower case).
 */
type Looseness = boolean | 'unit' | 'district';
function gazWalk(w: Words, i: number, loose: Looseness): [GazEntry, number] | undefined {
  let node: TrieNode | undefined = GAZ;
  let entry: GazEntry | undefined;
  let len = 0;
  for (let j = i; j < w.n; j++) {
    // Only a syllable written after a dash or dot in some form may follow anything but one space.
    if (j > i && !w.plain[j] && !node!.flexChild) break;
    // Most words after a name's first syllable continue no name: the hash gate skips them unsliced.
    let child: TrieNode | undefined;
    if (j > i) {
      const key = inGate(GAZ_LATER_GATE, gateSlot(w.hashes[2 * j + 1], GAZ_LATER_GATE_BITS)) ? laterKey(w, j) : undefined;
      child = key === undefined ? undefined : node!.next.get(key);
    } else child = maybeWord(GAZ_ROOT_GATE, w, j) ? rootAt(w, j) : undefined;
    if (j > i && !(child?.flexGap ? dashOrDotGap(gapOf(w, j)) : w.plain[j])) break;
    node = child;
    if (!node) break;
    if (node.entry) { entry = node.entry; len = j - i + 1; }
  }
  if (!entry) return undefined;
  for (let k = 0; k < len; k++) {
    if ((entry.capsMask >>> k) & 1 && !w.cap[i + k]) {
      if (lowerCountryTail(entry, k, len, w, i)) continue;
      if (loose === 'district') { if (k === 0 || entry.kind !== 'district') return undefined; continue; }
      if (!loose || k === 0 || !entry.province || (loose !== 'unit' && LOWER_COMMON_WORDS.has(foldName(entry.canonical)))) return undefined;
    }
  }
  return [entry, len];
}

/**
 * A country's closing syllables in lower case after its capitalised first ("Nhật bản", "Hàn quốc", "Thổ Nhĩ kỳ"): a
 * common misspelling in the press; no country name reads as a common word that way, unlike provinces (Hòa bình). Only a
 * lower-case tail: "Tòa thánh Vatican" is the Holy See's own name, not the country's.
 */
function lowerCountryTail(entry: GazEntry, k: number, len: number, w: Words, i: number): boolean {
  if (k === 0 || entry.kind !== 'country' || w.cap[i] !== 1) return false;
  for (let m = k; m < len; m++) if (w.cap[i + m] === 1) return false;
  return true;
}

/** Administrative word starting at word i: [word, word count]. */
function adminAt(w: Words, text: string, i: number): [AdminWord, number] | undefined {
  if (!wordIn(w, i, ADMIN_FIRST_WORDS)) return undefined;
  // the longest administrative word at i
  let node = ADMIN_TRIE.get(keyAt(w, i));
  let a = node?.value;
  let k = 1;
  for (let len = 2; node && len <= 3 && i + len <= w.n; len++) {
    if (!w.plain[i + len - 1]) break;
    node = maybeWord(ADMIN_LATER_GATE, w, i + len - 1) ? node.next?.get(keyAt(w, i + len - 1)) : undefined;
    if (node?.value) { a = node.value; k = len; }
  }
  if (!a) return undefined;
  if (a.abbrev && text[w.start[i]] !== text[w.start[i]].toUpperCase()) return undefined;
  // (the police initials, CAQ and CAP, only in capitals: "La'Cap" is a name)
  if (a.abbrev && w.end[i] - w.start[i] === 3 && !isAcronym(text, w, i)) return undefined;
  // "Thương binh và Xã Hội", "Đảng Xã Hội": the word society written in title case, no commune.
  if (w.cap[i] && societyAt(w, i)) return undefined;
  // "Bản", "Làng" written capitalised mid-name are not village words (Nhật Bản, Làng Sen).
  if (a.minWords > 1 && w.cap[i]) return undefined;
  // A capitalised "Khu" opens an area's name (Khu Kinh tế ...) or a hamlet's, read with its name (unknownUnit); with a
  // number it is the unit word of an address all the same (Khóm 7, thị trấn Sông Đốc; Khu 2, phường Bình Hàn).
  if (a.unitAfter && w.cap[i] && !(a.numbered && i + k < w.n && w.num[i + k] === 1)) return undefined;
  return [a, k];
}

const HOI = foldForMatch('hội');
/** "Xã Hội" ending a capitalised name (communes named Hội go on: xã Hội Xuân). */
function societyAt(w: Words, i: number): boolean {
  return keyAt(w, i) === 'xã' && i + 1 < w.n && w.plain[i + 1] === 1 && keyAt(w, i + 1) === HOI && !(i + 2 < w.n && w.plain[i + 2] && w.cap[i + 2]);
}

// Second fields of a school's name after "và" (Đại học Khoa học và Công nghệ Trung Quốc, Trường ĐH Khoa học Xã hội và Nhân
// văn, Đại học Kinh tế và Khoa học Chính trị London): the name goes on past the conjunction.
const SCHOOL_FIELDS_AFTER_AND = new Set(['công nghệ', 'nhân văn', 'truyền thông', 'tuyên truyền', 'khoa học', 'kỹ thuật', 'kinh doanh',
  'du lịch', 'nông lâm', 'ngoại ngữ', 'quản trị', 'xã hội', 'thể thao', 'nghệ thuật', 'môi trường', 'thương mại'].map(foldForMatch));
const SCHOOL_HEAD_KEYS = new Set(['trường', 'đại học', 'đh', 'học viện', 'cao đẳng'].map(foldForMatch));
/** Word j is a "và" that a school's second field follows, before word i (the place). */
function schoolFieldAfterAnd(w: Words, j: number, i: number): boolean {
  return j + 2 < i && keyAt(w, j) === VA && w.cap[j + 1] === 1 && w.plain[j + 1] === 1 && w.plain[j + 2] === 1
    && SCHOOL_FIELDS_AFTER_AND.has(keyAt(w, j + 1) + ' ' + keyAt(w, j + 2));
}

/** Inside the name of a venue, business, school, event, route or natural feature? */
function insideVenueName(w: Words, i: number, international = true): boolean {
  let lowerRun = 0;
  // Past a school's "và" only a school's head closes the name: "Viện Hàn lâm Khoa học và Công nghệ Việt Nam" is a
  // state body, whose place counts.
  let schoolAnd = false;
  for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
    if (!w.plain[j + 1] && !(j + 1 === i && /^ ?["“]$/.test(gapOf(w, i)))) return false;
    // "sân bay quốc tế Nội Bài", "cảng quốc tế Cam Ranh": "quốc tế" describes the venue, no clause.
    if (international && lowerRun === 0 && !w.cap[j] && w.cap[j + 1] && maybeWord(TE_GATE, w, j) && internationalAt(w, j)) { j--; continue; }
    // Venue heads ending at word j, read backwards: one word, then two, then three. A word no head
    // ends with (by its scan hash) is passed over unsliced.
    if (!maybeWord(VENUE_LAST_GATE, w, j)) {
      if (w.cap[j] || w.num[j]) {
        if (lowerRun >= 2 && !isAcronym(w.text, w, j)) return false;
        if (lowerRun < 2) lowerRun = 0;
      } else {
        if (maybeWord(CLAUSE_GATE, w, j) && CLAUSE_WORDS.has(keyAt(w, j))) {
          if (schoolAnd || !schoolFieldAfterAnd(w, j, i)) return false;
          schoolAnd = true;
          continue;
        }
        if (++lowerRun > 4) return false;
      }
      continue;
    }
    const last = keyAt(w, j);
    let node = VENUE_HEADS.backward.get(last);
    // A capitalised head starts a proper name, which may describe itself at length in lower case.
    // "pháo đài Raqa" (stronghold) is war-report speech for the city, not a broadcaster (đài).
    if (last === 'đài' && j > 0 && keyAt(w, j - 1) === 'pháo') return false;
    // "trên sân nhà Pleiku": the home ground is in that town.
    if (last === 'sân' && keyAt(w, j + 1) === 'nhà') return false;
    if (last === DUONG && (travelWayAt(w, j) || transportDepartmentAt(w, j))) return false;
    // ("Hội Nhà báo Việt Nam": a journalist, in any case, is no newspaper)
    const compound = (j > 0 && w.plain[j] && (!w.cap[j - 1] || (last === BAO && keyAt(w, j - 1) === NHA)) && notVenueCompound(keyAt(w, j - 1), last)
      && !(last === PHO && streetFoodBefore(w, j - 1)))
      || (j + 1 < i && w.plain[j + 1] && notVenueCompound(last, keyAt(w, j + 1)));
    if (node?.value && !compound) {
      if (schoolAnd && !(SCHOOL_HEAD_KEYS.has(last) && w.cap[j] === 1)) return false;
      return lowerRun < 2 || (w.cap[j] === 1 && lowerRun <= 4 && DESCRIBED_HEADS.has(last) && (last !== DAI || broadcasterAt(w, j))) || railwayAt(w, j, lowerRun, i);
    }
    if (j >= 1 && w.plain[j]) {
      const first = keyAt(w, j - 1);
      // "tàu sân bay Mỹ" is an aircraft carrier, not an airport.
      if (first === 'sân' && last === 'bay' && j > 1 && keyAt(w, j - 2) === 'tàu') return false;
      // A capitalised "Diễn đàn ..." is a standing international body (APEC's own name), not an event.
      if (first === 'diễn' && last === 'đàn' && w.cap[j - 1]) return false;
      node = node?.next?.get(first);
      // "Ngân hàng Trung ương châu Âu", "Ngân hàng Nhà nước Việt Nam": a state body, whose place counts.
      if (node?.value && first === 'ngân' && stateBankAfter(w, j + 1)) return false;
      if (node?.value) {
        // (a capitalised head: "các nhà khoa học Viện Hàn lâm ..." reads no "học viện")
        if (schoolAnd && !(SCHOOL_HEAD_KEYS.has(first + ' ' + last) && w.cap[j - 1] === 1)) return false;
        return lowerRun < 2 || (w.cap[j - 1] === 1 && lowerRun <= 4 && DESCRIBED_HEADS.has(first + ' ' + last)) || (lowerRun === 2 && TRADE_EVENT_HEADS.has(first + ' ' + last));
      }
      if (node && j >= 2 && w.plain[j - 1]) {
        node = node.next?.get(keyAt(w, j - 2));
        if (node?.value && schoolAnd) return false;
        if (node?.value) return lowerRun < 2 || (w.cap[j - 2] === 1 && lowerRun <= 4 && DESCRIBED_HEADS.has(keyAt(w, j - 2) + ' ' + first + ' ' + last));
      }
    }
    if (w.cap[j] || w.num[j]) {
      // Past a long lower-case description only an acronym (Ngân hàng TMCP ...) may still lead to a company head.
      if (lowerRun >= 2 && !isAcronym(w.text, w, j)) return false;
      if (lowerRun < 2) lowerRun = 0;
    } else {
      if (CLAUSE_WORDS.has(keyAt(w, j))) return false;
      if (++lowerRun > 4) return false;
    }
  }
  return false;
}

const DAI = foldForMatch('đài');
// A broadcaster's "Đài" goes on with its medium (Đài truyền hình, Đài phát thanh, Đài tiếng nói); a weather
// station's (Đài khí tượng thủy văn Nam Bộ) is a state body, whose place counts.
const BROADCAST_WORDS = new Set(['truyền', 'phát', 'tiếng'].map(foldForMatch));
function broadcasterAt(w: Words, j: number): boolean {
  return j + 1 < w.n && w.plain[j + 1] === 1 && BROADCAST_WORDS.has(keyAt(w, j + 1));
}
const DUONG = foldForMatch('đường');
// Words of going after "đường": "lên đường tới Berlin", "trên đường sang Pháp" are a journey, no street.
const WAY_MOTION_WORDS = new Set(['tới', 'sang', 'đi', 'ra', 'vào', 'lên', 'xuống', 'qua'].map(foldForMatch));
const CUC = foldForMatch('cục');
/** "Tổng cục Đường bộ Việt Nam", "Cục Đường sắt VN": a capitalised "Đường" after "Cục" names a state department, whose place counts. */
function transportDepartmentAt(w: Words, j: number): boolean {
  return j > 0 && w.cap[j] === 1 && w.plain[j] === 1 && keyAt(w, j - 1) === CUC
    && (w.cap[j - 1] === 1 || (j > 1 && w.plain[j - 1] === 1 && w.cap[j - 2] === 1 && keyAt(w, j - 2) === 'tổng'));
}
/** Word j is a lower-case "đường" followed by a word of going. */
function travelWayAt(w: Words, j: number): boolean {
  return !w.cap[j] && w.plain[j + 1] === 1 && !w.cap[j + 1] && WAY_MOTION_WORDS.has(keyAt(w, j + 1));
}

const TE = foldForMatch('tế');
// (and "quốc gia", national: "Học viện Âm nhạc quốc gia Việt Nam", "Bảo tàng Lịch sử quốc gia Việt Nam")
const TE_GATE = wordGate([TE, foldForMatch('gia')]);
/** Words j-1, j are a lower-case "quốc tế" (international) or "quốc gia" (national), written with one space. */
function internationalAt(w: Words, j: number): boolean {
  if (j < 1 || w.plain[j] !== 1 || w.cap[j - 1] || keyAt(w, j - 1) !== QUOC) return false;
  const key = keyAt(w, j);
  // ("tour các quốc gia Đông Nam Á": countries, a noun, not "national")
  return key === TE || (key === GIA && !(j > 1 && PLURAL_BEFORE_NATION.has(keyAt(w, j - 2))));
}
const PLURAL_BEFORE_NATION = new Set(['các', 'những', 'nhiều', 'mọi'].map(foldForMatch));

// Lower-case words whose last syllable is a venue head: "thị trường Mỹ" is a market, "yêu cầu Nga" a demand,
// "cảnh báo Triều Tiên" a warning; none of them is a school, a bridge or a newspaper named after a place.
const NOT_VENUE_COMPOUNDS = new Set(
  [
    'thị trường', 'môi trường', 'chiến trường', 'hiện trường', 'thương trường', 'lập trường', 'quan trường',
    'yêu cầu', 'nhu cầu', 'toàn cầu', 'cảnh báo', 'thông báo', 'tình báo', 'dự báo', 'hòa giải', 'lý giải',
    // ... or its first syllable: "báo chí Anh" is the British press, not a paper named Chí Anh
    'báo chí', 'báo giới', 'báo cáo', 'giải pháp', 'giải quyết', 'giải thích', 'đường lối', 'báo đài',
    // "trường hợp Triều Tiên" is the case of North Korea, no school; "cầu thủ xứ Nghệ" a player, no bridge
    'trường hợp', 'cầu thủ', 'nhà báo',
    // "giải phóng miền Nam", "giải cứu nông sản Việt Nam": verbs, no prize or tournament (giải) named after a place
    'giải phóng', 'giải cứu', 'giải tỏa', 'giải ngân', 'giải trình',
    // "trên đường phố Hà Nội", "đường phố Milan": a city's streets, no street named after it
    'đường phố',
  ].map(foldForMatch),
);
const BAO = foldForMatch('báo');
const NHA = foldForMatch('nhà');
const PHO = foldForMatch('phố');
const AM_THUC = [foldForMatch('ẩm'), foldForMatch('thực')];
/** "ẩm thực đường phố Việt Nam" (word k is "đường"): street food, read as before 'đường phố' was a compound (no place). */
function streetFoodBefore(w: Words, k: number): boolean {
  return k >= 2 && w.plain[k] === 1 && w.plain[k - 1] === 1 && keyAt(w, k - 2) === AM_THUC[0] && keyAt(w, k - 1) === AM_THUC[1];
}
// The same, by first syllable: no string is joined to look one up.
const NOT_VENUE_PAIRS = new Map<string, Set<string>>();
for (const compound of NOT_VENUE_COMPOUNDS) {
  const space = compound.indexOf(' ');
  const first = compound.slice(0, space);
  if (!NOT_VENUE_PAIRS.has(first)) NOT_VENUE_PAIRS.set(first, new Set());
  NOT_VENUE_PAIRS.get(first)!.add(compound.slice(space + 1));
}
const notVenueCompound = (first: string, second: string): boolean => NOT_VENUE_PAIRS.get(first)?.has(second) === true;
/** Words k, k+1 are "trung ương" or "nhà nước": a central bank, not a business. */
function stateBankAfter(w: Words, k: number): boolean {
  const a = keyAt(w, k);
  const b = keyAt(w, k + 1);
  return (a === 'trung' && b === 'ương') || (a === 'nhà' && b === 'nước');
}
/** "đường sắt đô thị Cát Linh - Hà Đông": a railway's name may say what kind it is before its legs (from word i). */
function railwayAt(w: Words, j: number, lowerRun: number, i: number): boolean {
  return lowerRun <= 3 && keyAt(w, j) === 'đường' && keyAt(w, j + 1) === 'sắt' && dashedLegAt(w, i);
}

/**
 * A place closing a long company name in title case ("Tổng công ty Cổ phần Xuất nhập khẩu Việt Nam",
 * "Công ty Cổ phần Nước và Môi trường Việt Nam"): back over single spaces to a capitalised business head.
 */
// (and "cùng", along with: "Hợp tác xã Lễ Pháp cùng thôn Lễ Pháp" are two parties; "khu vực", "vùng": "kinh tế HTX
// khu vực Tây Nguyên" is the sector in a region, no company named after it)
const MOTION_WORDS = new Set(['vào', 'ra', 'sang', 'tới', 'qua', 'rời', 'cùng', 'vực', 'vùng'].map(foldForMatch));
function insideCompanyName(w: Words, i: number): boolean {
  let lowerRun = 0;
  let reach = i - 12;
  for (let j = i - 1; j >= 0 && j >= reach; j--) {
    if (!w.plain[j + 1] && !tradeDashAt(w, j, i)) return false;
    if (maybeWord(CLAUSE_OR_MOTION_GATE, w, j)) {
      const key = keyAt(w, j);
      if ((CLAUSE_WORDS.has(key) || (MOTION_WORDS.has(key) && !w.cap[j])) && !(key === 'và' && (w.cap[j + 1] || tradeAfterAnd(w, j + 1)))) return false;
      // (the "và" joining two trades is no word of a clause's run)
      if (key === 'và') continue;
    }
    // a company's name has a few lower-case words in a row (Xổ số điện toán, một thành viên, công nghiệp than khoáng
    // sản); a clause has more. The head's own lower-case syllable (Tập đoàn) is none of them.
    if (!w.cap[j]) {
      // a lower-case head whose capitalised name runs up to the place (tổng công ty Xây lắp dầu khí Việt Nam);
      // right before the place it is the country's companies (các công ty Việt Nam)
      if (maybeWord(BUSINESS_FIRST_GATE, w, j)) {
        const head = businessHeadAt(w, j, i);
        if (head >= 2 && j + head < i && w.cap[j + head]) return !(keyAt(w, j) === 'ngân' && stateBankAfter(w, j + 2)) && !allianceBefore(w, j);
      }
      const legal = legalFormEndingAt(w, j);
      if (legal) { j -= legal - 1; reach -= legal; continue; }
      if (!headTail(w, j, i) && ++lowerRun > 5) return false;
      continue;
    }
    lowerRun = 0;
    if (maybeWord(BUSINESS_FIRST_GATE, w, j) && businessHeadAt(w, j, i) >= 2) return !(keyAt(w, j) === 'ngân' && stateBankAfter(w, j + 2)) && !allianceBefore(w, j);
    // the press's short company heads, whose names describe the trade as the long ones do (CTCP Công nghiệp cao su miền Nam,
    // Cty CP Giống cây trồng Kiên Giang, TCT Bảo đảm ATHH miền Nam)
    if (wordIn(w, j, COMPANY_SHORT_HEADS)) return !allianceBefore(w, j);
  }
  return false;
}

/** Words of a business head at j before limit (0 if none); "doanh nghiệp" counts only with its "tư nhân" (4 words). */
function businessHeadAt(w: Words, j: number, limit: number): number {
  const head = longestAt(w, j, BUSINESS_HEAD_TRIE, limit);
  if (head !== 2 || keyAt(w, j) !== DOANH) return head;
  return j + 3 < limit && w.plain[j + 2] === 1 && w.plain[j + 3] === 1 && legalFormEndingAt(w, j + 3) === 2 ? 4 : 0;
}

/** "Liên minh Hợp tác xã tỉnh Khánh Hòa", "Liên minh HTX Việt Nam": the cooperatives' alliance is a body, whose place counts (head at j). */
function allianceBefore(w: Words, j: number): boolean {
  return j >= 2 && w.plain[j] === 1 && w.plain[j - 1] === 1 && keyAt(w, j - 1) === 'minh' && keyAt(w, j - 2) === 'liên';
}

// Words after "và" that start another party or a place, not a second trade of the same company.
const NOT_TRADE_AFTER_AND = gated(new Set(['các', 'những', 'nhiều', 'mọi', 'cả', 'người', 'nhân', 'bà', 'ông', 'doanh', 'đối', 'cơ'].map(foldForMatch)));
/**
 * "Công ty cổ phần Tư vấn đầu tư và đầu tư Việt Nam", "Tổng công ty Máy động lực và máy nông nghiệp Việt Nam": a second
 * trade in lower case after "và" inside a company's name (word k), not another party (các doanh nghiệp, người dân) or a unit.
 */
function tradeAfterAnd(w: Words, k: number): boolean {
  return k < w.n && w.plain[k] === 1 && !w.cap[k] && !wordIn(w, k, NOT_TRADE_AFTER_AND) && !wordIn(w, k, ADMIN_FIRST_WORDS);
}

// The company's legal form spelt out (TNHH MTV): words of its head, not of a clause.
// (and "tư nhân", private: Xí nghiệp xây dựng tư nhân số 1 ...)
const LEGAL_FORMS = [['trách', 'nhiệm', 'hữu', 'hạn'], ['một', 'thành', 'viên'], ['tư', 'nhân']].map((p) => p.map(foldForMatch));
/** Lower-case word j closes "trách nhiệm hữu hạn" or "một thành viên" (written in one line): its length, else 0. */
function legalFormEndingAt(w: Words, j: number): number {
  const last = keyAt(w, j);
  for (const form of LEGAL_FORMS) {
    const n = form.length;
    if (last !== form[n - 1] || j < n - 1) continue;
    let k = 1;
    while (k < n && w.plain[j - k + 1] === 1 && keyAt(w, j - k) === form[n - 1 - k]) k++;
    if (k === n) return n;
  }
  return 0;
}

/**
 * "Tập đoàn Than - Khoáng sản Việt Nam", "Bưu chính – Viễn thông Việt Nam": a dash joining two trades inside a
 * company's name, the second (capitalised, one or two words) running up to the place.
 */
function tradeDashAt(w: Words, j: number, i: number): boolean {
  return i - j >= 2 && i - j <= 3 && w.cap[j + 1] === 1 && DASH_GAP.test(gapOf(w, j + 1));
}

/** Lower-case word j closes a business head opening at j-1 (Tập đoàn, Ngân hàng). */
function headTail(w: Words, j: number, i: number): boolean {
  return j > 0 && w.cap[j - 1] === 1 && maybeWord(BUSINESS_FIRST_GATE, w, j - 1) && businessHeadAt(w, j - 1, i) >= 2;
}

// Heads of institutions whose names carry their unit (Bệnh viện Đa khoa tỉnh ..., Trường THPT huyện ...);
// one-syllable heads such as Cầu, Trường or Dự án are too often part of other names.
const INSTITUTION_HEADS = new Set(
  [
    'bệnh viện', 'bv', 'bvđk', 'đại học', 'đh', 'đhqg', 'học viện', 'cao đẳng', 'thpt', 'thcs', 'tiểu học', 'mầm non', 'nhà văn hóa',
    'công ty', 'tổng công ty', 'ngân hàng', 'tập đoàn', 'khách sạn', 'bảo tàng', 'sân vận động', 'svđ', 'clb', 'câu lạc bộ',
    'trạm y tế', 'trung tâm y tế', 'nhà hát',
    // a bank's branch named by its unit (Sacombank, Chi nhánh quận 8 TP HCM), and the palaces, tourist areas and post offices
    // so named (Cung Văn hóa Thanh niên quận 1, Khu du lịch thị xã Sầm Sơn)
    'chi nhánh', ...CULTURE_POST_HEADS,
  ].map(foldForMatch),
);

const INSTITUTION_FIRST = new Set([...INSTITUTION_HEADS].map((k) => k.split(' ')[0]));

// Gates of the words the venue and company look-backs test.
const VENUE_LAST_GATE = wordGate(VENUE_HEADS.backward.keys());
const CLAUSE_GATE = wordGate(CLAUSE_WORDS);
const CLAUSE_OR_MOTION_GATE = wordGate([...CLAUSE_WORDS, ...MOTION_WORDS]);
const BUSINESS_FIRST_GATE = wordGate(BUSINESS_HEAD_TRIE.keys());
const INSTITUTION_FIRST_GATE = wordGate(INSTITUTION_FIRST);

/**
 * Stricter than insideVenueName, for units: an institution head (bệnh viện, Trường THPT, BV) within a
 * few words before, reached without a clause word; "yêu cầu Chủ tịch UBND quận ..." has no venue.
 */
function insideProperVenueName(w: Words, i: number): boolean {
  let lower = 0;
  // "bệnh viện đa khoa (BVĐK) huyện Việt Yên", "Trung tâm Y tế (TTYT) huyện Phù Mỹ": the head's acronym in brackets
  // right before the unit word belongs to the name; the walk reads it and its brackets as one plain word.
  const bracketed = i > 1 && !w.plain[i] && bracketedAcronymBefore(w, i) ? i - 1 : -1;
  for (let j = i - 1; j >= 0 && j >= i - 7; j--) {
    if (!w.plain[j + 1] && j + 1 !== bracketed && j !== bracketed) return false;
    if (maybeWord(INSTITUTION_FIRST_GATE, w, j)) {
      const key = keyAt(w, j);
      if (INSTITUTION_FIRST.has(key)) {
        if (INSTITUTION_HEADS.has(key) || (j + 1 < i && INSTITUTION_HEADS.has(key + ' ' + keyAt(w, j + 1)))) return true;
        if (j + 2 < i && INSTITUTION_HEADS.has(key + ' ' + keyAt(w, j + 1) + ' ' + keyAt(w, j + 2))) return true;
      }
    }
    if (!w.cap[j] && !w.num[j] && ((maybeWord(CLAUSE_GATE, w, j) && CLAUSE_WORDS.has(keyAt(w, j))) || ++lower > 3)) return false;
  }
  return false;
}

/** Word i-1 is an acronym in brackets, one space before word i: "(BVĐK) huyện". */
function bracketedAcronymBefore(w: Words, i: number): boolean {
  const j = i - 1;
  return w.start[i] - w.end[j] === 2 && w.text.charCodeAt(w.end[j]) === 41 /* ) */ && w.text.charCodeAt(w.start[j] - 1) === 40 /* ( */
    && isAcronym(w.text, w, j);
}

/**
 * A word written like a foreign proper name: plain Latin letters, capitalised, not an acronym; or with the acute, tilde
 * or diaeresis of Spanish and Portuguese names (Táchira, Michoacán, Curaçao) where the letters make no Vietnamese syllable.
 */
const looksForeign = (text: string, w: Words, j: number): boolean => {
  const s = text.slice(w.start[j], w.end[j]);
  return s.length >= 4 && (/^[A-Z][a-z]+$/.test(s) || accentedForeign(s));
};
/** Táchira, Michoacán: Latin letters with a Spanish or Portuguese accent that make no Vietnamese syllable. */
const accentedForeign = (s: string): boolean =>
  /^[A-ZÁÉÍÓÚ][a-záéíóúñüçãõ]+$/.test(s) && /[^A-Za-z]/.test(s) && !VIET_SYLLABLE.test(s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''));

/**
 * Length of the capitalised run at word j that can be a unit name: up to `max` words, cut before a
 * surname (a person's name follows), an abbreviated administrative word (Hóc Môn TP.HCM) or a
 * province written right after it (Nghi Lộc Nghệ An).
 */
function nameRun(w: Words, text: string, j: number, max: number): number {
  let len = 0;
  // words joined by a hyphen to a foreign word before them (Rheinland-Pfalz) do not count against max
  let joins = 0;
  while (j + len < w.n && len - joins < max + 1 && (len === 0 || (w.plain[j + len] && w.cap[j + len]) || foreignParticleJoin(text, w, j, j + len) || highlandApostrophe(w, j + len - 1) || arabicArticleJoin(w, j + len)
    || foreignHyphenJoin(text, w, j + len) || transcriptionJoin(text, w, j, j + len))) {
    if (len > 0) {
      const a = wordIn(w, j + len, ADMIN_FIRST_WORDS) ? adminAt(w, text, j + len) : undefined;
      if (a && a[0].abbrev && !a[0].listOnly) break;
      // An acronym after a name is a label (Q. Bình Thạnh ĐT: 08...), not part of it.
      const s1 = w.start[j + len] + 1;
      if (s1 < w.end[j + len] && text.charCodeAt(s1) !== w.folded.charCodeAt(s1) && isAcronym(text, w, j + len)
        && !/[\dIVX]$/.test(text.slice(w.start[j + len], w.end[j + len]))) break;
      // "huyện Đak Đoa Theo tổng hợp ...", "TP. Pleiku Được biết": a lost full stop; the next sentence opens here.
      if (gluedSentenceAt(w, j + len)) break;
      // ("quận Gò Vấp Phát hiện sự việc": a caption's opener, cut only after a two-syllable name: "xã Hòa Phát hiện có")
      if (len >= 2 && gluedCaptionOpener(w, j + len)) break;
      if (postOrRankAt(w, j + len)) break;
      // "xã Hà Ninh Ông Quý cho biết": a lost full stop before an honorific and a name (not "Cầu Ông Lãnh").
      if (len >= 2 && wordIn(w, j + len, HONORIFIC_WORDS) && j + len + 1 < w.n && w.cap[j + len + 1] && w.plain[j + len + 1]) break;
      // "xã Bồn Trì Ngày 9/5": a date opens after the name.
      if (wordIn(w, j + len, DATE_WORD_WORDS) && w.num[j + len + 1]) break;
      const g = wordIn(w, j + len, NAME_STOP_ROOT_WORDS) ? gazAt(w, j + len) : undefined;
      if (g?.[0].blocked) break;
      // (after two syllables at least: "phường Hiệp Bình Phước", "Nguyễn Thái Bình" end in a province's name)
      if (g && g[1] >= 2 && g[0].province && len >= 2 && !(j + len + g[1] < w.n && w.cap[j + len + g[1]] && w.plain[j + len + g[1]])) break;
    }
    len++;
    if (foreignHyphenJoin(text, w, j + len) || transcriptionJoin(text, w, j, j + len)) joins++;
  }
  for (let k = 1; k < len; k++) if (wordIn(w, j + k, SURNAME_WORDS) && len - k >= 2) { runJoins = 0; return k; }
  runJoins = joins;
  return len;
}
/** Hyphen joins in the name nameRun last read (counted as one word with the word before). */
let runJoins = 0;

/** Two-word phrases as their folded first word and the set of folded second words after it. */
function secondWordsByFirst(phrases: Iterable<string>): Map<string, Set<string>> {
  const byFirst = new Map<string, Set<string>>();
  for (const phrase of phrases) {
    const [first, second] = foldForMatch(phrase).split(' ');
    let seconds = byFirst.get(first);
    if (!seconds) byFirst.set(first, (seconds = new Set()));
    seconds.add(second);
  }
  return byFirst;
}
// Two-word openers after a place name: the next sentence glued on by a lost full stop or a caption.
const GLUED_OPENERS = secondWordsByFirst(PLACE_CLAUSE_OPENING_PHRASES);
const GLUED_OPENER_GATE = wordGate(GLUED_OPENERS.keys());
/** Word k opens the next sentence, glued on by a lost full stop: an opener ("Theo", "Được") and a lower-case word after it. */
function gluedSentenceAt(w: Words, k: number): boolean {
  return k + 1 < w.n && !w.cap[k + 1] && w.plain[k + 1] === 1 && (wordIn(w, k, SENTENCE_OPENER_WORDS) || gluedOpener(w, k));
}

// Posts and ranks written as two syllables, the first capitalised: no unit's name ends in their first syllable
// followed by the second, so "thành phố Vũng Tàu Thủ tướng ...", "quận Nam Từ Liêm Thượng úy ..." lost a full stop.
const GLUED_POSTS = secondWordsByFirst(['thủ tướng', 'chủ tịch', 'bí thư', 'giám đốc', 'phó chủ', 'phó giám', 'phó bí', 'phó thủ', 'tổng bí',
  'thượng úy', 'thượng tá', 'thượng sĩ', 'thiếu úy', 'thiếu tá', 'thiếu tướng', 'trung úy', 'trung tá', 'trung tướng',
  'đại úy', 'đại tá', 'đại tướng', 'cơ quan']);
const GLUED_POST_GATE = wordGate(GLUED_POSTS.keys());
/** Word k (capitalised) and the lower-case word after it are a post or a rank, opening the next sentence. */
function postOrRankAt(w: Words, k: number): boolean {
  return k + 1 < w.n && !w.cap[k + 1] && w.plain[k + 1] === 1 && maybeWord(GLUED_POST_GATE, w, k)
    && GLUED_POSTS.get(keyAt(w, k))?.has(keyAt(w, k + 1)) === true;
}

const GLUED_CAPTION_OPENERS = secondWordsByFirst(PLACE_GLUED_OPENING_PHRASES);
const GLUED_CAPTION_GATE = wordGate(GLUED_CAPTION_OPENERS.keys());
/** Word k (capitalised) and the lower-case word after it open a caption or sentence glued on (PLACE_GLUED_OPENING_PHRASES). */
function gluedCaptionOpener(w: Words, k: number): boolean {
  return k + 1 < w.n && !w.cap[k + 1] && w.plain[k + 1] === 1 && maybeWord(GLUED_CAPTION_GATE, w, k)
    && GLUED_CAPTION_OPENERS.get(keyAt(w, k))?.has(keyAt(w, k + 1)) === true;
}

/** Word j (capitalised) and the lower-case word after it make such an opener. */
function gluedOpener(w: Words, j: number): boolean {
  return maybeWord(GLUED_OPENER_GATE, w, j) && GLUED_OPENERS.get(keyAt(w, j))?.has(keyAt(w, j + 1)) === true;
}

/** "thành phố Deir al-Zor": word k is an Arabic article after a name's word, or the word the article's dash joins. */
function arabicArticleJoin(w: Words, k: number): boolean {
  return w.plain[k] === 1 ? arabicArticleAt(w, k) : k > 1 && w.plain[k - 1] === 1 && arabicArticleAt(w, k - 1);
}
/** "bang Rheinland-Pfalz", "bang Saxony-Anhalt": word k joined by a tight hyphen to the foreign word before it. */
function foreignHyphenJoin(text: string, w: Words, k: number): boolean {
  return k > 0 && k < w.n && w.start[k] - w.end[k - 1] === 1 && text.charCodeAt(w.end[k - 1]) === 45 /* - */
    && foreignWord(text, w, k - 1) && foreignWord(text, w, k);
}
const CONSONANT_LETTER = /^[BCDĐFGHJKLMNPQRSTVWXZ]$/;
/**
 * "thủ đô Tô-ki-ô", "thành phố Ma-ra-uy", "Niu Y-oóc": a foreign name in Vietnamese transcription goes on over
 * lower-case syllables joined by tight hyphens (word k). Not after a name the gazetteer knows ("Long Biên-sân vận
 * động", "Iran-một" lost a space) nor onto an administrative word ("Văn Khúc-xã Du Tiến").
 */
function transcriptionJoin(text: string, w: Words, j: number, k: number): boolean {
  if (k <= j || k >= w.n || w.num[k] || w.start[k] - w.end[k - 1] !== 1 || text.charCodeAt(w.end[k - 1]) !== 45 /* - */) return false;
  // a capitalised piece only inside a chain already joined (Aire-sur-la-Lys, Pas-de-Calais)
  if (w.cap[k]) return !w.cap[k - 1] && k - 1 > j;
  // "phim X-quang" is no place; "vùng Omaha-ông Warren Buffett" lost its spaces before a person
  if ((k - 1 === j && w.end[j] - w.start[j] < 2 && CONSONANT_LETTER.test(text.charAt(w.start[j]))) || wordIn(w, k, ADMIN_FIRST_WORDS) || wordIn(w, k, HONORIFIC_WORDS)) return false;
  // "ông Bang Hyun-woo": a capitalised unit word after an honorific is a surname, and the name a person's
  if (j >= 2 && w.cap[j - 1] && wordIn(w, j - 2, HONORIFIC_WORDS)) return false;
  // the first hyphen only is tested against the gazetteer: past it the run is already a transcription
  if (w.cap[k - 1]) { const g = gazAt(w, j); if (g && j + g[1] === k) return false; }
  return true;
}
const TWO_LETTER_ONSETS = new Set(['tr', 'ch', 'kh', 'th', 'ph', 'nh', 'ng', 'gi']);
const HONORIFIC_WORDS = gated(new Set(['ông', 'bà'].map(foldForMatch)));
/**
 * "Cư M’gar", "Đắk R’lấp", "xã B’Lá": a Central Highlands name's one-letter onset joined by an apostrophe to its syllable
 * (word k+1); or a two-letter onset before a lower-case syllable (xã Tr'hy, Quảng Nam's Cơ Tu names).
 */
function highlandApostrophe(w: Words, k: number): boolean {
  const e = w.end[k];
  const len = e - w.start[k];
  if ((len !== 1 && !(len === 2 && k + 1 < w.n && !w.cap[k + 1] && TWO_LETTER_ONSETS.has(keyAt(w, k)))) || !w.cap[k] || k + 1 >= w.n || w.start[k + 1] !== e + 1 || w.num[k + 1]) return false;
  const c = w.text.charCodeAt(e);
  return c === 8217 || c === 39;
}

/** "Cagayan de Oro", "Lanao del Norte": a foreign name goes on over a lower-case particle at k to a capitalised word. */
function foreignParticleJoin(text: string, w: Words, j: number, k: number): boolean {
  return w.plain[k] === 1 && w.cap[k] === 0 && k + 1 < w.n && w.plain[k + 1] === 1 && w.cap[k + 1] === 1
    && wordIn(w, k, FOREIGN_PARTICLE_WORDS) && foreignWord(text, w, j);
}

const isAcronym = (text: string, w: Words, j: number): boolean => {
  const start = w.start[j];
  const end = w.end[j];
  if (end - start < 2) return false;
  // Read unit by unit: a word upper-cases to itself when every unit does (upper-casing needs no context).
  const t = w.textUnits;
  let digitsOnly = true;
  for (let p = start; p < end; p++) {
    const c = t[p];
    let same = UPPER_SAME[c];
    if (same === UPPER_UNKNOWN) same = learnUpper(c);
    if (same === 0) return false;
    if (same === UPPER_BY_STRING) return slowAcronym(text.slice(start, end));
    if (c < 48 || c > 57) digitsOnly = false;
  }
  return !digitsOnly;
};
const slowAcronym = (s: string): boolean => s.length >= 2 && s === s.toUpperCase() && !/^\d+$/.test(s);
// Per code unit: 1 if toUpperCase keeps it, 0 if it changes it; surrogate halves, and units whose
// upper case starts with themselves (could a longer word still read the same?), go to the string test.
const UPPER_UNKNOWN = 3;
const UPPER_BY_STRING = 2;
const UPPER_SAME = new Uint8Array(0x10000).fill(UPPER_UNKNOWN);
function learnUpper(c: number): number {
  let same = UPPER_BY_STRING;
  if (c < 0xd800 || c > 0xdfff) {
    const ch = String.fromCharCode(c);
    const upper = ch.toUpperCase();
    same = upper === ch ? 1 : upper.startsWith(ch) ? UPPER_BY_STRING : 0;
  }
  UPPER_SAME[c] = same;
  return same;
}

// ---------------------------------------------------------------------------------------------
// Collecting

interface Hit {
  id: string;
  kind: LocationKind;
  /** Name as written (without the administrative word, except numbered units). */
  name: string;
  mention: Mention;
  province?: OldProvince;
  canonical?: string;
  /** An official-style or prefixed written form: alias only, never the name. */
  aliasOnly?: boolean;
}

/** Every hit built here, all fields in one order: one object shape where hits are read (group). */
function newHit(id: string, kind: LocationKind, name: string, m: Mention, province: OldProvince | undefined, canonical: string | undefined, aliasOnly: boolean | undefined): Hit {
  return { id, kind, name, mention: m, province, canonical, aliasOnly };
}

function mention(text: string, s: number, e: number): Mention {
  return { text: text.slice(s, e), span: [s, e] };
}

const HCM_CODE = '79';

/**
 * Bare gazetteer hit at word i, if it stands as a place here. Kept small, the rare tests in functions of
 * their own: V8 optimises a function only after work in proportion to its bytecode, and a rare branch
 * reached first in optimised code throws the whole function back to the interpreter.
 */
function bareHit(ctx: ExtractContext, w: Words, i: number, lastPlaceEnd: number, lastCountryEnd: number, g = gazAt(w, i)): [Hit, number] | undefined {
  if (!g || g[0].blocked) return undefined;
  const entry = g[0];
  const len = g[1];
  // A district is asked first whether an address puts it here: most are given names in a person's name.
  if (entry.addressOnly && !addressPlaced(ctx, w, i, len, lastPlaceEnd)) return undefined;
  const next = i + len;
  if (next < w.n && w.num[next] === 1 && i > 0 && w.cap[i - 1] === 1 && acronymEditionAround(ctx.text, w, i, next)) return undefined;
  const titleBefore = i > 0 && !w.cap[i - 1] && (titleBeforeName(ctx.text, w, i, next, entry) || envoyPostBefore(w, i) || judgeSeatBefore(ctx.text, w, i, next));
  // Part of a longer capitalised name (Samsung Việt Nam, Dallas Mavericks, Nguyễn Thị Mỹ)?
  if (next < w.n && w.cap[next] && w.plain[next] && !titleBefore && !sentenceOpensAt(w, i, next) && capitalAfterJoins(ctx.text, w, next)
    && !headingAfterBodyProvince(w, i, next, entry)) return undefined;
  const statePrefix = w.plain[i] ? statePrefixBefore(w, i) : 0;
  if (len === 1 && entry.kind === 'country' && givenNameBefore(w, i, lastPlaceEnd)) return undefined;
  if (!statePrefix && i > 0 && w.cap[i - 1] && w.plain[i] && !lowerNameAfterCapital(w, i) && (capitalBeforeJoins(ctx.text, w, i, entry, lastPlaceEnd) || districtClosedBy(w, i, len))) return undefined;
  if (notPlaceHere(ctx, w, i, len, entry, lastPlaceEnd)) return undefined;
  if (entry.contextOnly && len === 1 && compoundAfter(w, i)) return undefined;
  const contextOnly = entry.contextOnly || (len > 1 && lowerTailOfContextName(w, i, len, entry));
  if ((contextOnly || entry.continent) && !contextNameStands(ctx, w, i, len, entry, contextOnly, statePrefix, titleBefore, lastPlaceEnd, lastCountryEnd)) return undefined;
  if (entry.kind === 'region' && (ageGroupBefore(ctx.text, w, i) || regionEventEdition(ctx.text, w, i + len) || phraseBefore(w, i, QUALIFIER_WORDS))) return undefined;
  if (entry.kind === 'region' || (i > 0 && w.cap[i - 1] === 1 && !entry.province)) {
    const part = regionOrPartHit(ctx.text, w, i, len, entry);
    if (part !== undefined) return part ?? undefined;
  }
  return gazetteerHit(ctx.text, w, i, len, entry, statePrefix);
}

const GIVEN_BEFORE_COUNTRY = gated(new Set(GIVEN_NAME_SYLLABLES_BEFORE_COUNTRY.map(foldForMatch)));
/** "Ảnh: Như Ý", "Bộ trưởng Chu Ngọc Anh": a capitalised given-name syllable right before a one-syllable country makes a person's name. */
function givenNameBefore(w: Words, i: number, lastPlaceEnd: number): boolean {
  return i > 0 && w.plain[i] === 1 && w.cap[i - 1] === 1 && i - 1 !== lastPlaceEnd && wordIn(w, i - 1, GIVEN_BEFORE_COUNTRY);
}

/**
 * A region or a foreign place read with the words around it (kept out of bareHit: rare): a region that only
 * qualifies a noun (null: no place), the country after "miền Nam", a compass part of a foreign place (Đông
 * Jerusalem); undefined when none applies.
 */
function regionOrPartHit(text: string, w: Words, i: number, len: number, entry: GazEntry): [Hit, number] | null | undefined {
  const next = i + len;
  if (entry.kind === 'region') {
    if (i > 0 && !w.cap[i - 1] && regionAsModifier(w, i, next)) return null;
    if (next < w.n && w.plain[next] && w.cap[next] && keyAt(w, i) === 'miền') return regionOfForeignCountry(text, w, i, len);
    return undefined;
  }
  if ((entry.kind === 'country' || entry.kind === 'province') && entry.canonical !== 'Việt Nam' && foreignCompassPartAt(w, i - 1)) {
    return bodyNamedByCompassPart(w, i - 1) ? null : [compassRegionHit(text, w, i - 1, next), len];
  }
  return undefined;
}

/**
 * A country followed by a foreign person's name (Thủ tướng Nhật Bản Shinzo Abe) still stands alone.
 * So does a one-syllable one after a state post, when the name is foreign (Thủ tướng Đức Angela Merkel).
 * A foreign city after a city post likewise (Thị trưởng New York Rudy Giuliani).
 */
function titleBeforeName(text: string, w: Words, i: number, next: number, entry: GazEntry): boolean {
  if (entry.kind === 'region') return next < w.n && regionTitledBeforeName(text, w, i, next);
  return entry.kind === 'country'
    ? next - i >= 2 || (next < w.n && (foreignWord(text, w, next) || initialDotName(text, w, next)) && (bodyOrTitleBefore(w, i) || phraseBefore(w, i, LEADER_WORDS_BEFORE)))
    : next < w.n && foreignCityTitled(text, w, i, next, entry);
}
/**
 * "Tổng thống Nga V.Putin", "Ngoại trưởng Nga X.La-vrốp", "Thủ tướng Anh T.Mây": the state press writes a foreign
 * leader's name as an initial glued by a dot to the surname. A capital alone, a dot, then a capital.
 */
function initialDotName(text: string, w: Words, j: number): boolean {
  const e = w.end[j];
  return w.cap[j] === 1 && e - w.start[j] === 1 && text.charCodeAt(e) === 46 /* . */ && j + 1 < w.n && w.cap[j + 1] === 1 && w.start[j + 1] <= e + 2;
}

const [PHU, TRACH] = ['phụ', 'trách'].map(foldForMatch);
/**
 * "Chủ tịch Hội đồng châu Âu Donald Tusk", "Trợ lý Ngoại trưởng Mỹ phụ trách Đông Á Susan Thornton": a region closing a
 * public body's name or a post's remit, then its holder's foreign name: the region stands alone, as it does without the name.
 */
function regionTitledBeforeName(text: string, w: Words, i: number, next: number): boolean {
  if (!foreignWord(text, w, next)) return false;
  return phraseBefore(w, i, CONTINENT_BODY_HEADS) || (keyAt(w, i - 1) === TRACH && keyAt(w, i - 2) === PHU);
}

/**
 * "tại Hà Nội Theo tìm hiểu", "ở Trung Quốc Các cổ đông": a capitalised opener, then a lower-case word, is the next
 * sentence glued on by a lost full stop or a flattened heading, not more of the name (but "Ảnh: Hà Nam Trước đó"
 * names the photographer).
 */
function sentenceOpensAt(w: Words, i: number, j: number): boolean {
  return (gluedSentenceAt(w, j) || gluedPersonAt(w, j)) && !photoCreditBefore(w, i);
}

/**
 * "Giám đốc Công an Nghệ An Tôi cho rằng", "UBND tỉnh Nghệ An Dân mình ...": a province's whole name closing a body's, then a
 * capitalised word and a lower-case one (capitalAfterJoins has found no place or surname in it) is a heading or quote run on
 * with no full stop, as the agencies' parse reads it (strayAfterProvince), not a longer name.
 */
function headingAfterBodyProvince(w: Words, i: number, next: number, entry: GazEntry): boolean {
  return entry.kind === 'province' && entry.province !== undefined && next + 1 < w.n && !w.cap[next + 1] && w.plain[next + 1] === 1
    && plainGap(gapOf(w, next + 1)) && (bodyOrTitleBefore(w, i) || localBodyBefore(w, i));
}
const [CONG_KEY, AN_KEY] = ['công', 'an'].map(foldForMatch);
const LOCAL_BODY_ACRONYMS = new Set(['ubnd', 'hđnd', 'ubmttq'].map(foldForMatch));
/** A province's police or people's committee right before word i, without the level word ("Công an Nghệ An", "UBND Hà Nội"). */
function localBodyBefore(w: Words, i: number): boolean {
  if (i > 0 && LOCAL_BODY_ACRONYMS.has(keyAt(w, i - 1))) return true;
  return i > 1 && w.cap[i - 2] === 1 && keyAt(w, i - 1) === AN_KEY && keyAt(w, i - 2) === CONG_KEY;
}

const ELDER_HONORIFICS = new Set(['ông', 'bà'].map(foldForMatch));
/** "... kinh nghiệm của Mỹ Ông Sái Công Hồng cho biết": a caption's "Ông"/"Bà" and a name open the next sentence. */
function gluedPersonAt(w: Words, j: number): boolean {
  return j + 1 < w.n && w.cap[j + 1] === 1 && w.plain[j + 1] === 1 && ELDER_HONORIFICS.has(keyAt(w, j)) && wordIn(w, j + 1, SURNAME_WORDS);
}

const PHOTO_CREDIT = foldForMatch('ảnh');
/** "Ảnh: Hà Nam", "Ảnh : PRESIDENCY MALDIVES": the capitalised run starting at or before word i follows a photo credit. */
function photoCreditBefore(w: Words, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    if (gapOf(w, k + 1).includes(':')) return keyAt(w, k) === PHOTO_CREDIT;
    if (!w.cap[k]) return false;
  }
  return false;
}

/**
 * "Hiện trường vụ cháy (ảnh HẢI DƯƠNG)", "(Ảnh: Hanoi.gov.vn)", "(Ảnh: Tiền Phong)": the name right after a bracketed photo credit
 * word (at prev) is its photographer or source, no place.
 */
function bracketedCreditBefore(text: string, w: Words, prev: number): boolean {
  return codeAt(text, w.start[prev] - 1) === 40 /* ( */ && w.end[prev] - w.start[prev] === 3 && keyAt(w, prev) === PHOTO_CREDIT;
}

/** The capitalised word after a name continues it (no surname, no place, no inner capital). */
function capitalAfterJoins(text: string, w: Words, next: number): boolean {
  return !wordIn(w, next, SURNAME_WORDS) && !gazAt(w, next) && !innerCapital(text, w, next);
}

/** Words of a capitalised state prefix joined to the name by one space (Cộng hòa Séc, Liên bang Nga), or 0. */
function statePrefixBefore(w: Words, i: number): number {
  for (let k = 1; k <= 3; k++) {
    if (i - k < 0 || !w.cap[i - k]) continue;
    if (maybeWord(STATE_PREFIXES.firstGate, w, i - k) && isPhrase(w, i - k, k, STATE_PREFIXES.forward)) return k;
  }
  return 0;
}

/**
 * "(Chương Mỹ - Hà Nội)", "TTYT H.Phù Mỹ": the name closes a district's whose first syllable the pass does not stop at
 * (so no sentence start or bracket before that syllable frees it): the district's, read by the address passes, no country.
 */
function districtClosedBy(w: Words, i: number, len: number): boolean {
  const g = gazAt(w, i - 1);
  return g !== undefined && g[0].addressOnly === true && g[1] === len + 1;
}

const TET = foldForMatch('tết');
const MUA = foldForMatch('mùa');
/**
 * "sau Tết miền Bắc sẽ có mưa", "phía Đông châu Âu", "khu vực Nam đồng bằng Bắc Bộ": a name opening in lower case after one
 * capitalised compass word or Tết is no later part of a name (14 corpus articles; not after longer capitalised runs, which
 * are names of shows, prizes and firms: Next Top châu Á, Quả bóng Vàng châu Phi, Đất Xanh miền Bắc).
 */
function lowerNameAfterCapital(w: Words, i: number): boolean {
  if (w.cap[i] === 1 || (i >= 2 && w.cap[i - 2] === 1 && !isSentenceStart(w, i - 2))) return false;
  // (a season is no direction: Đại hội Thể thao mùa Đông châu Á)
  return (wordIn(w, i - 1, COMPASS_WORDS) && !(i >= 2 && keyAt(w, i - 2) === MUA)) || keyAt(w, i - 1) === TET;
}

/**
 * A capitalised word before the name makes it part of a longer name, unless it only opens the sentence
 * (but a surname does not).
 */
function capitalBeforeJoins(text: string, w: Words, i: number, entry: GazEntry, lastPlaceEnd: number): boolean {
  const prev = i - 1;
  // (a foreign word opening a sentence joins too: "Denzel Washington", "Joaquin Phoenix", "Sporting Lisbon", "Toyota Việt Nam")
  return (!isSentenceStart(w, prev) || wordIn(w, prev, SURNAME_WORDS) || foreignWord(text, w, prev))
    && !isAcronym(text, w, prev) && prev !== lastPlaceEnd && !wordIn(w, prev, CAPITAL_PREPOSITION_WORDS)
    // "Sở Công Thương Hà Nội", "Bộ trưởng Công Thương Việt Nam": a state body's sector in title case, then its place.
    && (surnameInRunBefore(w, i) || !bodyOrTitleBefore(w, i) || rarerSurnameOpensBefore(w, prev)) && !(entry.province && delegationBefore(w, prev))
    && !(entry.kind !== 'region' && !entry.province && compassRunBefore(w, i));
}

/** What is written around the name makes it no place: a team, a club, a people, a venue, a byline... */
function notPlaceHere(ctx: ExtractContext, w: Words, i: number, len: number, entry: GazEntry, lastPlaceEnd: number): boolean {
  const prev = i - 1;
  if (prev >= 0 && w.plain[i] && teamOrLongerNameBefore(w, prev)) return true;
  if (entry.kind !== 'country' && isClubName(ctx, w, i)) return true;
  if (entry.club && clubCity(ctx, w, i, len, lastPlaceEnd)) return true;
  if ((entry.kind !== 'country' || entry.club) && prev > 0 && w.cap[prev] && ctx.text.charCodeAt(w.start[i] - 1) === 40 /* ( */ && gapOf(w, i) === ' (' && clubAfterPlayer(ctx, w, i, len)) return true;
  if (phraseBefore(w, i, NOT_PLACE_BEFORE) && !landOfRole(w, i) && !associationOfPeople(w, i) && !(entry.province && homeProvinceOf(w, i))
    && !declaredBefore(w, i)) return true;
  if (prev >= 0 && !w.cap[prev] && wordIn(w, prev, MATERIAL_WORDS)) return true;
  if (prev >= 0 && bracketedCreditBefore(ctx.text, w, prev)) return true;
  if (prev > 0 && elidedDeBefore(ctx.text, w, i)) return true;
  if (entry.kind !== 'country' && entry.kind !== 'region' && phraseBefore(w, i, WARSHIP_BEFORE)) return true;
  if (entry.kind === 'country' ? countryNotPlace(ctx, w, i) || (seaBefore(w, i) && seaNamedAfter(w, i, entry)) : entry.kind === 'region' && regionNotPlace(ctx.text, w, i, len)) return true;
  if (insideVenueName(w, i) || dashedVenueName(w, i) || insideCompanyName(w, i)) return true;
  if (entry.kind === 'province' && entry.province === undefined && i > 1 && cityOfAgreement(w, i)) return true;
  if (notPlaceAfter(ctx, w, i, len, entry)) return true;
  if (len === 1 && entry.kind === 'country' && givenNameOfPerson(w, i)) return true;
  if (entry.kind === 'district' && entry.province === undefined && len === 2 && playerListed(ctx, w, i, len)) return true;
  // last: it may scan the whole document once
  return entry.province !== undefined && entry.kind === 'province' && provinceClub(ctx, w, i, len, lastPlaceEnd);
}

/**
 * "Giro d’Italia", "derby d’Italia", "Vall d’Hebron", "Internazionali BNL d'Italia": a place glued to a foreign "d’"
 * (de elided) is the tail of a foreign name (a race, a match, a hospital), which the guideline does not take.
 */
function elidedDeBefore(text: string, w: Words, i: number): boolean {
  const d = i - 1;
  if (w.end[d] - w.start[d] !== 1 || text.charCodeAt(w.start[d]) !== 100 /* d */ || w.end[d] + 1 !== w.start[i]) return false;
  const q = text.charCodeAt(w.end[d]);
  // (after a word and a space: "d’" opens no sentence)
  return (q === 0x2019 || q === 39 || q === 0x2018) && text.charCodeAt(w.start[d] - 1) === 32;
}
/**
 * "Văn Thanh, Đông Triều, Công Phượng", "như Đông Triều, Tiến Dụng…": in a football report a town's name listed beside a
 * two-syllable name the gazetteer does not know is a player's (the press names players by their given names). Corpus:
 * 18 articles gave "Đông Triều" so, and the list rule then read the players after it as places.
 */
function playerListed(ctx: ExtractContext, w: Words, i: number, len: number): boolean {
  const next = i + len;
  const before = i >= 2 && LIST_GAP.test(gapOf(w, i)) && givenNamePair(w, i - 2);
  const after = !before && next + 1 < w.n && LIST_GAP.test(gapOf(w, next)) && givenNamePair(w, next);
  return (before || after) && isSportsDoc(ctx);
}
/** Length of the same province's other written form in brackets at word i ("Bà Rịa – Vũng Tàu (BR-VT)"), else 0. */
function bracketedAliasLength(text: string, w: Words, i: number, entry: GazEntry): number {
  if (!BRACKET_OPEN_GAP.test(gapOf(w, i))) return 0;
  const a = gazAt(w, i);
  if (!a || a[0].province?.code !== entry.province!.code) return 0;
  return text.charCodeAt(w.end[i + a[1] - 1]) === 41 /* ) */ ? a[1] : 0;
}
const BRACKET_OPEN_GAP = /^\s?\($/;
/** Words j and j+1 are capitalised, one space apart, and no gazetteer name starts at the first ("Tuấn Anh" is no "Anh"). */
function givenNamePair(w: Words, j: number): boolean {
  return w.cap[j] === 1 && w.cap[j + 1] === 1 && w.plain[j + 1] === 1 && !w.num[j] && gazAt(w, j) === undefined;
}

// "tuyên bố Moscow ủng hộ ...", "công bố Hà Nội ...": bố (father) is the last syllable of a verb here, no person word.
// (a declaration's name is no place: "Tuyên bố Hà Nội", "bản tuyên bố Cairo")
const BO = foldForMatch('bố');
const VERBS_ENDING_IN_BO = new Set(['tuyên', 'công', 'phân', 'ban'].map(foldForMatch));
const BAN_DOCUMENT = foldForMatch('bản');
function declaredBefore(w: Words, i: number): boolean {
  return i >= 2 && w.plain[i] === 1 && w.plain[i - 1] === 1 && keyAt(w, i - 1) === BO && w.cap[i - 2] === 0 && VERBS_ENDING_IN_BO.has(keyAt(w, i - 2))
    && !(i >= 3 && keyAt(w, i - 3) === BAN_DOCUMENT);
}

// Warships bear the names of cities and states (tàu ngầm hạt nhân Michigan, tàu ngầm Krasnodar, tàu sân bay Liêu Ninh):
// a city after the ship's noun is the ship. A country after it is whose ship it is (tàu sân bay Mỹ), and stays.
const WARSHIP_BEFORE = phraseSet(['tàu ngầm', 'tàu sân bay', 'tàu khu trục', 'tàu tuần dương', 'tàu hộ vệ', 'tàu đổ bộ', 'chiến hạm',
  'tuần dương hạm', 'khu trục hạm', 'mẫu hạm', 'ngầm hạt nhân', 'bay hạt nhân', 'trục tên lửa']);
// Lower-case words that put a one-syllable country where it is (tại Đức, nước Anh), not a person of that name.
const COUNTRY_CUES_BEFORE = phraseSet(['tại', 'ở', 'nước', 'xứ', 'đất', 'sang', 'đến', 'tới', 'từ', 'thăm', 'rời', 'khắp', 'toàn', 'phía', 'quốc gia',
  'đất nước', 'thị trường', 'khu vực', 'vùng', 'chính phủ', 'chính quyền', 'quân đội', 'hải quân', 'không quân', 'lãnh đạo', 'quan chức',
  'giới chức', 'nhà chức trách', 'báo chí', 'báo giới', 'truyền thông', 'bóng đá', 'phát xít', 'đế chế']);
const VA = foldForMatch('và');
// ("HUY PHẠM Nước Đức": a photo credit, then the country)
const STATE_WORDS = gated(new Set(['nước', 'xứ'].map(foldForMatch)));
/**
 * "chia tay với Đức", "cùng Nga lừa đảo", "Mỹ là em gái của Nhựt": a one-syllable country name after a lower-case
 * word, in a text that names a Vietnamese person whose full name ends in it (Nguyễn Thành Đức), is that person
 * called by the given name, unless a place word precedes it or it stands in a list of countries (Ý, Đức, Pháp).
 */
function givenNameOfPerson(w: Words, i: number): boolean {
  // (one space, a comma or a bracket after the word before: not 'và "Anh là đối tác')
  if (i < 1 || w.cap[i - 1] || !(w.plain[i] || commaGap(w, i) || gapOf(w, i) === ' (') || phraseBefore(w, i, COUNTRY_CUES_BEFORE) || !fullNameEndsIn(w, i)) return false;
  // ("Bộ trưởng Thương mại Anh Philip Hammond": a post's country before its holder's name)
  if (i + 1 < w.n && w.cap[i + 1] && w.plain[i + 1]) return false;
  const before = commaGap(w, i) ? i - 1 : keyAt(w, i - 1) === VA ? i - 2 : -1;
  const after = i + 1 < w.n && commaGap(w, i + 1) ? i + 1 : keyAt(w, i + 1) === VA ? i + 2 : -1;
  return !(before >= 0 && w.cap[before] && gazAt(w, before)) && !(after >= 0 && after < w.n && w.cap[after] && gazAt(w, after));
}

// Per document, per name: whether a full name ends in it (computed once: a linear scan of the words).
let fullNameWords: Words | undefined;
const fullNameSeen = new Map<string, boolean>();
/** A capitalised surname and one or two more capitalised words, then word i's name ending the name, one space apart, somewhere in the text. */
function fullNameEndsIn(w: Words, i: number): boolean {
  if (fullNameWords !== w) {
    fullNameWords = w;
    fullNameSeen.clear();
  }
  const key = keyAt(w, i);
  let seen = fullNameSeen.get(key);
  if (seen === undefined) {
    seen = false;
    const len = w.end[i] - w.start[i];
    const first = w.folded.charCodeAt(w.start[i]);
    // (only capitalised words can end the name: their list is walked, not every word)
    for (let c = 0; c < w.capitalCount && !seen; c++) {
      const k = w.capitals[c];
      if (k < 2 || w.end[k] - w.start[k] !== len || w.folded.charCodeAt(w.start[k]) !== first || keyAt(w, k) !== key) continue;
      if (!w.plain[k] || !w.plain[k - 1] || !w.cap[k - 1] || !w.cap[k - 2] || wordIn(w, k - 1, STATE_WORDS)) continue;
      // (the name ends there: not Mai Hoàng Mỹ Trang)
      if (k + 1 < w.n && w.cap[k + 1] && w.plain[k + 1]) continue;
      seen = anySurname(w, k - 2) || (k >= 3 && w.plain[k - 2] === 1 && w.cap[k - 3] === 1 && anySurname(w, k - 3));
    }
    fullNameSeen.set(key, seen);
  }
  return seen;
}
function anySurname(w: Words, j: number): boolean {
  // (not a place's first word: Thái Bình Dương, Hà Nội)
  return (wordIn(w, j, SURNAME_WORDS) || MORE_SURNAMES.has(keyAt(w, j))) && !gazAt(w, j);
}

/**
 * "thỏa thuận hòa bình Minsk", "thỏa thuận về biến đổi khí hậu Paris", "đàm phán Geneva", "Tuyên bố chung Lima": an
 * agreement or talks named after a foreign city, its head up to six lower-case words before (sets' gold 10/10 no place).
 */
function cityOfAgreement(w: Words, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
    if (!w.plain[j + 1]) return false;
    const heads = phraseAt(w, j, AGREEMENT_HEADS);
    if (heads > 0 && j + heads <= i) {
      const key = keyAt(w, j);
      // talks only right before the city: "đang đàm phán về khả năng Moscow ..." is the verb
      if (key === 'đàm' || key === 'hòa') return j + heads === i;
      return key !== 'tuyên' || (w.cap[j] === 1 && !isSentenceStart(w, j));
    }
    if (w.cap[j] || w.num[j] || wordIn(w, j, AGREEMENT_STOP_WORDS)) return false;
  }
  return false;
}
// Heads of agreements and talks; "tuyên bố" only in capitals (lower case it is the verb "declare").
const AGREEMENT_HEADS = phraseSet(['thỏa thuận', 'hiệp định', 'hiệp ước', 'công ước', 'nghị định thư', 'đàm phán', 'hòa đàm', 'tuyên bố']);
// Words of a clause between the head and the city (thỏa thuận này dù Washington ..., hiệp ước đã bị Washington khước từ,
// thỏa thuận giữa Washington và London); "về" is not one (thỏa thuận về biến đổi khí hậu Paris).
const AGREEMENT_STOP_WORDS = gated(new Set([...[...CLAUSE_WORDS].filter((k) => k !== foldForMatch('về')),
  ...['này', 'đó', 'dù', 'đã', 'bị', 'giữa', 'đang', 'sẽ', 'mà', 'không', 'rằng', 'nếu', 'vì', 'do', 'để', 'thì'].map(foldForMatch)]));

/** "HMS Prince of Wales": a foreign particle joins the name to a longer one; "U23 Malaysia", "U.22 Việt Nam": an age-group team. */
function teamOrLongerNameBefore(w: Words, prev: number): boolean {
  if (prev > 0 && !w.cap[prev] && wordIn(w, prev, FOREIGN_PARTICLE_WORDS) && w.cap[prev - 1]) return true;
  if (isAgeTeam(w, prev)) return true;
  return prev > 0 && w.num[prev] !== 0 && dotGap(w, prev) && w.end[prev - 1] - w.start[prev - 1] === 1 && keyAt(w, prev - 1) === 'u';
}

/** A country's people, national team or one of a list of demonyms, rather than the country. */
function countryNotPlace(ctx: ExtractContext, w: Words, i: number): boolean {
  const prev = i - 1;
  if (peopleOfPlace(w, i)) return true;
  if (prev >= 0 && w.plain[i] && keyAt(w, prev) === QUYEN && boxingAt(w, i)) return true;
  if (prev > 0 && w.plain[i] && !w.cap[prev] && sportOfCountryBefore(w, i)) return true;
  if (prev >= 0 && w.plain[i] && wordIn(w, prev, TEAM_WORD_WORDS) && nationalTeamBefore(ctx.text, w, i) && isSportsDoc(ctx)) return true;
  if (prev > 0 && w.plain[i] && !w.cap[prev] && wordIn(w, prev, TEAM_DESCRIPTOR_END_WORDS) && describedTeamBefore(w, prev) && isSportsDoc(ctx)) return true;
  // (only after a comma or a conjunction, read from the code units before any slicing)
  return prev >= 0 && (ctx.text.charCodeAt(w.end[prev]) === 44 /* , */ || wordIn(w, prev, LIST_CONJUNCTION_WORDS)) && demonymListBefore(w, i);
}

// "bóng đá Việt Nam", "futsal Nhật Bản", "giải điền kinh Thái Lan mở rộng": a country's sport, its teams or its
// tournament, an adjective use like a demonym (tuning golds 4 of 4 leave the country out). A body of the sport keeps its
// country as a place: "Liên đoàn bóng đá Việt Nam" (~500 corpus articles write a sport before a country).
const SPORT_BEFORE = phraseSet(['bóng đá', 'bóng chuyền', 'bóng rổ', 'bóng bàn', 'bóng ném', 'quần vợt', 'futsal', 'điền kinh', 'thể thao',
  'bơi lội', 'cầu lông', 'cờ vua']);
const SPORT_BODY_BEFORE = phraseSet(['liên đoàn', 'hiệp hội', 'hội', 'tổng cục', 'cục', 'ủy ban', 'vụ', 'sở', 'trung tâm', 'viện', 'học viện',
  'báo', 'tạp chí', 'trường', 'đài', 'câu lạc bộ', 'clb', 'thể dục', 'văn hóa']);
/** Words before country i read a lower-case sport (one or two words) that no body's name opens. */
function sportOfCountryBefore(w: Words, i: number): boolean {
  if (!phraseBefore(w, i, SPORT_BEFORE)) return false;
  const len = i > 1 && w.plain[i - 1] && SPORT_BEFORE.has(keyAt(w, i - 2) + ' ' + keyAt(w, i - 1)) ? 2 : 1;
  // (a capitalised sport inside a sentence opens a name: "Liên đoàn Bóng đá Việt Nam", "báo Thể thao Việt Nam")
  if (w.cap[i - len] && !isSentenceStart(w, i - len)) return false;
  return !phraseBefore(w, i - len, SPORT_BODY_BEFORE);
}

// "vô địch quyền Anh", "Tổ chức quyền Anh thế giới": boxing, not England; unlike the power words that end in "quyền"
// (chính quyền Anh, chủ quyền, cầm quyền, thẩm quyền, nhân quyền), whose country is a place.
const QUYEN = foldForMatch('quyền');
const ANH = foldForMatch('Anh');
const POWER_BEFORE_QUYEN = new Set(['chính', 'chủ', 'cầm', 'thẩm', 'nhân', 'đặc', 'toàn', 'độc', 'nắm', 'giành', 'lộng', 'tước', 'bản', 'công', 'dân', 'nữ', 'tác', 'thực', 'quân', 'chuyên', 'tiếm', 'trao', 'phân', 'ủy', 'quyền'].map(foldForMatch));
/** Word i is "Anh" after a "quyền" (word i-1) that no power word opens: the sport. */
function boxingAt(w: Words, i: number): boolean {
  return keyAt(w, i) === ANH && !(i >= 2 && w.plain[i - 1] && POWER_BEFORE_QUYEN.has(keyAt(w, i - 2)));
}

const PHIA = foldForMatch('phía');
/** A region's people, a sea, a compass direction or a part of a foreign country, rather than Vietnam's region. */
function regionNotPlace(text: string, w: Words, i: number, len: number): boolean {
  const prev = i - 1;
  const next = i + len;
  if (peopleOfPlace(w, i)) return true;
  if (prev >= 0 && (text.charCodeAt(w.end[prev]) === 44 /* , */ || wordIn(w, prev, LIST_CONJUNCTION_WORDS)) && demonymListBefore(w, i)) return true;
  // "biển Baltic", "vùng biển Caribe": a sea, a natural feature (ven biển miền Trung is the coast's land).
  if (seaBefore(w, i) && foreignWord(text, w, i)) return true;
  // "Hỷ thần: Đông Bắc", "Hướng: Tây Nam": a compass direction as a label's value; "về phía Tây Bắc" a direction.
  if (compassAfterColon(w, i, len) || (prev >= 0 && w.plain[i] && keyAt(w, prev) === PHIA && allCompass(w, i, len))) return true;
  // "Manchester, Tây Bắc nước Anh": a compass part of a foreign country, not Vietnam's region.
  if (next < w.n && w.plain[next] && allCompass(w, i, len)
    && ((keyAt(w, next) === 'nước' && keyAt(w, next + 1) !== 'ta') || foreignPlaceAt(w, next))) return true;
  // "miền Tây nước Đức", "miền Trung nước Mỹ": the same with "miền" before the compass words.
  if (next < w.n && w.plain[next] && keyAt(w, next) === 'nước' && keyAt(w, next + 1) !== 'ta' && keyAt(w, i) === 'miền' && allCompass(w, i + 1, len - 1)) return true;
  // "PV/VOV-Đông Bắc": a broadcaster's regional bureau in a byline.
  return prev >= 0 && gapOf(w, i) === '-' && isAcronym(text, w, prev);
}

/** What follows the name makes it no place: a club's apposition, a compound, a byline, a code, a route's leg, a match. */
function notPlaceAfter(ctx: ExtractContext, w: Words, i: number, len: number, entry: GazEntry): boolean {
  const text = ctx.text;
  const prev = i - 1;
  const last = i + len - 1;
  const next = last + 1;
  if (entry.kind !== 'country' && clubApposition(ctx, w, last)) return true;
  // "Iran-Contra": a tight hyphen to a capitalised word that is no place makes a compound name.
  if (next < w.n && gapOf(w, next) === '-' && foreignWord(text, w, next) && !gazAt(w, next)) return true;
  if (isByline(ctx, w, i, last)) return true;
  // "Phi Long/VOV.VN": an acronym glued to a word by a dot closes a web address; "IFF-VN" is a code.
  if (len === 1 && acronymInCode(w, i) && isAcronym(text, w, i)) return true;
  // "Phúc Vũ - Thể thao Việt Nam | 20:35 28/06/2017": the outlet's name in a byline, before its posting time.
  if (w.end[last] + 1 < text.length && text.charCodeAt(w.end[last] + 1) === 124 /* | */ && POSTED_AT.test(text.slice(w.end[last], w.end[last] + 10))) return true;
  if (entry.kind === 'country') return (prev >= 0 && wordIn(w, prev, MATCH_VERB_END_WORDS) && phraseBefore(w, i, MATCH_VERBS) && sportsNear(ctx, w, i)) || currencyNamed(w, i, next)
    || beautyNamed(w, len, next) || stockIndexAfter(w, next);
  // "Vĩnh Hảo (Bình Thuận) - Phan Thiết (Bình Thuận)": the leg after a bracketed province and a dash is a route's end.
  if (prev >= 0 && text.charCodeAt(w.end[prev]) === 41 /* ) */ && ROUTE_LEG_GAP.test(gapOf(w, i))) return true;
  // "Điện Biên - Nguyễn Chí Thanh": a crossing of streets, the second named after a person.
  return next < w.n && w.cap[next] !== 0 && wordIn(w, next, SURNAME_WORDS) && /^\s?[-–]\s?$/.test(gapOf(w, next));
}

// "VN-index", "VN-INDEX", "VN- Index": the stock exchange's index named with the country's initials, no place (the
// title-case "VN-Index" already joins as a compound name; 14 corpus articles had VN only from the other spellings).
const INDEX_KEY = foldForMatch('index');
function stockIndexAfter(w: Words, next: number): boolean {
  return next < w.n && keyAt(w, next) === INDEX_KEY && /^\s?-\s?$/.test(gapOf(w, next));
}

// "Mỹ nhân đẹp nhất Đài Loan", "Mỹ nữ 17 tuổi", "Mỹ nam họ Trần": mỹ (beautiful) opening a word for a beauty, not America
// (~190 corpus mentions, mostly entertainment headlines); "sang Mỹ nhân dịp ..." is America on the occasion of a visit.
const MY_KEY = foldForMatch('Mỹ');
const BEAUTY_WORDS = new Set(['nhân', 'nữ', 'nam'].map(foldForMatch));
const OCCASION_AFTER_NHAN = new Set(['dịp', 'chuyến', 'ngày', 'kỷ', 'lễ', 'tết', 'sự', 'cơ'].map(foldForMatch));
const NHAN = foldForMatch('nhân');
function beautyNamed(w: Words, len: number, next: number): boolean {
  if (len !== 1 || next >= w.n || w.cap[next] || !w.plain[next] || keyAt(w, next - 1) !== MY_KEY) return false;
  const key = keyAt(w, next);
  if (!BEAUTY_WORDS.has(key)) return false;
  return key !== NHAN || next + 1 >= w.n || !w.plain[next + 1] || !OCCASION_AFTER_NHAN.has(keyAt(w, next + 1));
}

const DONG = foldForMatch('đồng');
// Money words before "Việt Nam đồng" (tiền, tờ tiền, 20 tỉ): the currency, not "Việt Nam đồng hành/đồng ý".
const MONEY_BEFORE = new Set(['tiền', 'tỷ', 'tỉ', 'triệu', 'nghìn', 'ngàn', 'trăm', 'vạn'].map(foldForMatch));
/** "12 tỷ Việt Nam đồng", "tiền Việt Nam đồng": the country's currency names no place (as đô la Mỹ). */
function currencyNamed(w: Words, i: number, next: number): boolean {
  return next < w.n && w.plain[next] === 1 && keyAt(w, next) === DONG && i > 0 && w.plain[i] === 1 && MONEY_BEFORE.has(keyAt(w, i - 1));
}

// "vòng loại U23 châu Á", "giải U-19 Đông Nam Á", "VCK U21 châu Âu": a region after an age group names the tournament.
const AGE_GROUP_END = /(?:^|[^\p{L}\d])U[-. ]?\d{2}$/u;
/** Word i (a region) follows an age group and one space: U23, U-19, U.22. */
function ageGroupBefore(text: string, w: Words, i: number): boolean {
  const s = w.start[i];
  return w.plain[i] === 1 && s >= 4 && isDigitCode(text.charCodeAt(s - 2)) && AGE_GROUP_END.test(text.slice(Math.max(0, s - 6), s - 1));
}
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

// "giải vô địch cờ vua châu Á 2017", "Liên hoan Cồng chiêng Tây Nguyên 2017", "vòng loại châu Á": a region then the year
// of an edition, or after "vòng loại" (qualifiers), names a tournament, festival or award, not a place (tuning golds 5 of 5).
const EDITION_YEAR = /^(?:19|20)\d\d$/;
const QUALIFIER_WORDS = phraseSet(['vòng loại']);
/** Word k, one space after a region, is a year. */
function regionEventEdition(text: string, w: Words, k: number): boolean {
  return k < w.n && w.num[k] === 1 && w.plain[k] === 1 && EDITION_YEAR.test(text.slice(w.start[k], w.end[k]));
}

/**
 * "APEC Việt Nam 2017", "ITB Berlin 2017", "VĐQG Italia 2016/17": an acronym, the place, then an edition's year name an event,
 * whose place the guideline does not take. Not a body's acronym (UBND Hà Nội) nor an age group's team (U19 Việt Nam 2016).
 */
function acronymEditionAround(text: string, w: Words, i: number, next: number): boolean {
  const prev = i - 1;
  return w.plain[i] === 1 && regionEventEdition(text, w, next) && isAcronym(text, w, prev) && !BODY_ACRONYMS.has(keyAt(w, prev).replace(/[-&.]/g, ''))
    && !adminAt(w, text, prev) && !ageGroupBefore(text, w, i);
}

// Countries whose own name is a one-syllable context-only form (Anh): see lowerTailOfContextName.
const CONTEXT_ONLY_NAMES = new Set(CONTEXT_ONLY_FORMS);
/**
 * "Anh quốc" (words i to i+len, a lower-case tail read by lowerCountryTail) is the country Anh with a lower-case "quốc",
 * so it places only where "Anh" would: "ở Anh quốc", "từ Anh quốc", but not "hãng siêu xe Anh quốc", "tay đua Anh quốc",
 * "người đẹp Anh quốc". ("Nhật bản" and "Hàn quốc" are Nhật Bản and Hàn Quốc, which need no context.)
 */
function lowerTailOfContextName(w: Words, i: number, len: number, entry: GazEntry): boolean {
  return entry.kind === 'country' && w.cap[i + len - 1] === 0 && CONTEXT_ONLY_NAMES.has(entry.canonical);
}

/** A name that places only in context (a short country, a continent) stands here; contextOnly: entry's, or its lower-case tail's. */
function contextNameStands(ctx: ExtractContext, w: Words, i: number, len: number, entry: GazEntry, contextOnly: boolean, statePrefix: number, titleBefore: boolean,
  lastPlaceEnd: number, lastCountryEnd: number): boolean {
  const prev = i - 1;
  const next = i + len;
  const listed = (prev === lastPlaceEnd && commaGap(w, i)) || (prev - 1 === lastPlaceEnd && LIST_CONJUNCTIONS.has(keyAt(w, prev)));
  // (a city's initials: after a place word or listed only, see CONTEXT_ONLY_CITY_INITIALS)
  if (entry.province) return listed || phraseBefore(w, i, CITY_INITIALS_BEFORE);
  // Eurasia is mostly a qualifier (Liên minh Á-Âu, Hội nghị cấp cao khu vực Á - Âu, quốc gia Á - Âu): a place as the landmass.
  if (entry.canonical === EURASIA) return phraseBefore(w, i, LANDMASS_BEFORE);
  // A continent closing a public body's name is a place inside an agency's name, as the guideline takes them (Liên minh
  // châu Âu, Ủy ban châu Âu, Ngân hàng Trung ương châu Âu; the tuning golds take it in 6 of 10 articles).
  if (entry.continent && phraseBefore(w, i, CONTINENT_BODY_HEADS)) return true;
  // It is an adjective after a style word (kiến trúc châu Âu) or another body's name (Liên đoàn bóng đá châu Âu).
  if (entry.continent && (phraseBefore(w, i, CONTINENT_ADJ_BEFORE) || bodyOrTitleBefore(w, i))) return false;
  const sentenceSubject = entry.continent && isSentenceStart(w, i);
  // A lower-case "châu" is the continent.
  const lowerContinent = entry.continent && !w.cap[i];
  if (!statePrefix && !listed && !sentenceSubject && !lowerContinent && !(phraseBefore(w, i, PLACE_CONTEXT_BEFORE) && !phraseBefore(w, i, LUXURY_SANG))
    && !inCountryList(ctx, w, i, lastCountryEnd) && !inBrackets(ctx, w, i, len) && !(entry.kind === 'country' && bodyOrTitleBefore(w, i))
    && !(contextOnly && clauseSubjectCountry(ctx, w, i, next)) && !opensCountryList(w, next) && !nearOrSuperlativeBefore(w, i)
    && !(contextOnly && subjectPairWithCountry(ctx, w, i, next)) && !(contextOnly && sentenceSubjectCountry(ctx, w, i, next, entry))) return false;
  return !(contextOnly && next < w.n && w.cap[next] && w.plain[next] && !titleBefore);
}

const CITY_INITIALS_BEFORE = phraseSet(['ở', 'tại', 'ra', 'vào', 'về', 'đến', 'tới', 'từ', 'khắp', 'sang']);
// "mẫu SUV hạng sang Anh", "hãng xe siêu sang Anh quốc": luxury (sang) is no "sang" (to go to) before a place.
const LUXURY_SANG = phraseSet(['hạng sang', 'siêu sang']);
const EURASIA = 'Á-Âu';
const LANDMASS_BEFORE = phraseSet(['lục địa', 'đại lục', 'ở', 'tại']);

// "rơi xuống vùng biển gần Nga", "nhà đầu tư lớn nhất Châu Á": nearness and a superlative's domain are places; so are a
// territory's sovereign (quần đảo Virgin thuộc Anh), a maker or leader (do Đức chế tạo) and a host (chủ nhà Nga).
// ("cho" is not: "muốn cho Đức gặp ba" is a child called Đức)
const NEAR_OR_SUPERLATIVE = phraseSet(['gần', 'nhất', 'thuộc', 'do', 'chủ nhà']);
const HANG = foldForMatch('hạng');
/** One of those words, in lower case, right before word i. */
function nearOrSuperlativeBefore(w: Words, i: number): boolean {
  // (not a league's rank: "Giải bóng đá hạng nhất Pháp")
  return !w.cap[i - 1] && phraseBefore(w, i, NEAR_OR_SUPERLATIVE) && !(i > 1 && keyAt(w, i - 2) === HANG);
}

// (with the title a team holds: "nhà vô địch châu Âu" is a champion, not a place; the golds leave it 2 of 2)
const TEAM_NOUNS = phraseSet(['đội', 'đội bóng', 'đội tuyển', 'đại diện', 'đội khách', 'vị khách', 'vô địch']);
const COUNTRY_NOUNS = phraseSet(['quốc gia', 'nước', 'đảo quốc', 'đất nước', 'vương quốc', 'nền kinh tế', 'thành viên']);
const UNIT_BEFORE_DOI = new Set(['hạm', 'quân', 'bộ', 'phân', 'liên', 'trung', 'tiểu'].map(foldForMatch));
const DEMONSTRATIVES = new Set(['này', 'đó', 'kia', 'ấy'].map(foldForMatch));
/**
 * A region (words i to next) that only qualifies the noun before it: a team's (đội bóng Nam Mỹ) or one country's,
 * pointed at with a demonstrative (quốc gia Đông Nam Á này). Tuning gold: 4 of 4 untaken; "7 nước Trung Đông" is.
 */
function regionAsModifier(w: Words, i: number, next: number): boolean {
  // (a fleet or an army is a unit: Hạm đội Baltic, quân đội miền Bắc)
  if (phraseBefore(w, i, TEAM_NOUNS)) return !UNIT_BEFORE_DOI.has(keyAt(w, i - 2));
  return (next < w.n && w.plain[next] === 1 && plainGap(gapOf(w, next)) && DEMONSTRATIVES.has(keyAt(w, next)) && phraseBefore(w, i, COUNTRY_NOUNS))
    // (a country's name after it is read with the region as before: quốc gia Trung Á Georgia)
    || (!(next < w.n && w.cap[next] && w.plain[next]) && oneCountryOfRegion(w, i));
}

/**
 * "quốc gia Trung Đông", "một nước châu Âu", "đất nước Nam Mỹ": one country of the region, named by it without a
 * demonstrative too (the region qualifies the noun, as the guideline's continents used as adjectives); tuning gold
 * leaves it 5 of 6 (g10, g15, g35, g41, g42). Several countries (các nước châu Âu, 2 quốc gia Trung Đông, Hiệp hội Các
 * quốc gia Đông Nam Á) are the region's, which the gold takes.
 */
const ONE_COUNTRY_NOUNS = phraseSet(ONE_COUNTRY_NOUN_WORDS);
const MANY_BEFORE_COUNTRY = new Set(MANY_COUNTRIES_BEFORE_WORDS.map(foldForMatch));
// (words that make "nước" a country with them, đất nước, nhà nước, or water, vùng nước châu Á: Asian waters, a place)
const NUOC_COMPOUND_FIRST = new Set(['đất', 'nhà'].map(foldForMatch));
const WATER_BEFORE_NUOC = new Set(WATER_BEFORE_NUOC_WORDS.map(foldForMatch));
function oneCountryOfRegion(w: Words, i: number): boolean {
  if (!phraseBefore(w, i, ONE_COUNTRY_NOUNS)) return false;
  const last = keyAt(w, i - 1);
  const s = last === GIA || last === QUOC || NUOC_COMPOUND_FIRST.has(keyAt(w, i - 2)) ? i - 2 : i - 1;
  if (w.cap[s]) return false;
  if (s === 0 || !w.plain[s]) return true;
  // (a capital before closes a name: "Nhà nước Đông Á" of IS)
  return !w.cap[s - 1] && w.num[s - 1] !== 1 && !MANY_BEFORE_COUNTRY.has(keyAt(w, s - 1)) && !WATER_BEFORE_NUOC.has(keyAt(w, s - 1));
}

/**
 * "miền Nam Philippines", "miền Đông Ukraine": the part of a foreign country names the country, not Vietnam's
 * region; the sets' gold takes the country alone 10 times in 14 (in 7 sets of 10). So does a province's side (sideOfProvince).
 */
function regionOfForeignCountry(text: string, w: Words, i: number, len: number): [Hit, number] | undefined {
  const next = i + len;
  const c = gazAt(w, next);
  if (!c || !(c[0].kind === 'country' ? c[0].canonical !== 'Việt Nam' : sideOfProvince(w, i, c[0]))) return undefined;
  const country = gazetteerHit(text, w, next, c[1], c[0], 0);
  return [country[0], len + c[1]];
}

const TRUNG = foldForMatch('trung');
/**
 * "miền Nam California", "miền Tây Nghệ An", "miền Đông Quảng Nam": the side of a province or foreign state is a part of it,
 * not the region of Vietnam. Not "miền Trung Quảng Nam" (the region, then one of its provinces) nor after a unit word
 * (tỉnh miền Tây Long An: the kind of province it is).
 */
function sideOfProvince(w: Words, i: number, c: GazEntry): boolean {
  if (c.kind !== 'province') return false;
  return !c.province || (keyAt(w, i + 1) !== TRUNG && (i === 0 || (!w.cap[i - 1] && !ADMIN_FIRST.has(keyAt(w, i - 1)))));
}

/**
 * "phía Tây London", "cực Bắc Nhật Bản": a direction from the place, which alone is named; "phương Tây" is the West ("miền" is read with its region);
 * "Thế vận hội mùa Đông PyeongChang": "mùa Đông" is winter, the city the games' host.
 */
const DIRECTION_BEFORE_COMPASS = new Set(['miền', 'phía', 'hướng', 'cực', 'bờ', 'mạn', 'phương', 'mùa'].map(foldForMatch));
const FOREIGN_COMPASS = new Set(['đông', 'tây', 'bắc', 'nam'].map(foldForMatch));
/**
 * "Đông Jerusalem", "Tây London": a capitalised compass word (s) right before a foreign city or country names a part of
 * it, a region of its own. Not after another capitalised word (a person's name: Hoài Nam) or a direction word, nor "Trung" (Trung - Nga: China).
 */
function foreignCompassPartAt(w: Words, s: number): boolean {
  return w.plain[s] === 1 && plainGap(gapOf(w, s + 1)) && FOREIGN_COMPASS.has(keyAt(w, s))
    && (s === 0 || (!w.cap[s - 1] ? !DIRECTION_BEFORE_COMPASS.has(keyAt(w, s - 1)) : isSentenceStart(w, s)));
}

// Heads of bodies and institutions named after a compass part of a foreign land (Southern California, Western Washington).
const COMPASS_NAMED_HEADS = phraseSet(['trung tâm', 'tòa', 'tòa án', 'đại học', 'trung học', 'trường', 'học viện', 'viện', 'bệnh viện', 'bộ chỉ huy', 'bộ tư lệnh', 'hội', 'quỹ']);
/**
 * "Trung tâm Hồi giáo Nam California", "tòa quận Tây Washington", "trường trung học Nam Seattle": the compass part (at s)
 * ends the body's own name, a head at most two name words before it; neither the part nor the land is taken.
 */
function bodyNamedByCompassPart(w: Words, s: number): boolean {
  for (let k = s; k > 0 && k >= s - 2; k--) {
    if (!w.plain[k]) return false;
    if (phraseBefore(w, k, COMPASS_NAMED_HEADS)) return true;
    // only a name's words lie between (Hồi giáo), no preposition (các bệnh viện ở Đông Aleppo)
    if (k < 2 || !(w.cap[k - 1] || w.cap[k - 2])) return false;
  }
  return false;
}

/** A region hit over words [s, end). */
function compassRegionHit(text: string, w: Words, s: number, end: number): Hit {
  const name = text.slice(w.start[s], w.end[end - 1]);
  return newHit(`n:${foldName(name)}`, 'region', name, mention(text, w.start[s], w.end[end - 1]), undefined, undefined, undefined);
}

function gazetteerHit(text: string, w: Words, i: number, len: number, entry: GazEntry, statePrefix: number): [Hit, number] {
  const last = i + len - 1;
  const s = statePrefix ? w.start[i - statePrefix] : w.start[i];
  const hcm = entry.province?.code === HCM_CODE;
  const hit = newHit(entry.id, entry.kind, text.slice(w.start[i], w.end[last]), mention(text, s, w.end[last]),
    entry.province, hcm ? 'Hồ Chí Minh' : undefined, statePrefix > 0 || hcm || countryInitials(text, w, i, len, entry));
  return [hit, len];
}

/** A country written by its initials (TQ, VN): an alias, the name being the full form where that is written too. */
function countryInitials(text: string, w: Words, i: number, len: number, entry: GazEntry): boolean {
  return len === 1 && entry.kind === 'country' && w.end[i] - w.start[i] < entry.canonical.length && isAcronym(text, w, i);
}

const BIEN = foldForMatch('biển');
function seaBefore(w: Words, i: number): boolean {
  return i > 0 && w.plain[i] === 1 && !w.cap[i - 1] && keyAt(w, i - 1) === BIEN;
}
// Where a thing falls or sails: "rơi xuống biển Nhật Bản", "tập trận trên biển Philippines" name the sea (a natural
// feature, like Biển Đông); "vùng biển Nhật Bản" (its waters), "bờ biển" and "Cảnh sát biển Nhật Bản" keep the country.
const ON_SEA_WORDS = gated(new Set(['xuống', 'ra', 'trên', 'ở', 'tại', 'vào', 'khơi', 'qua', 'giữa'].map(foldForMatch)));
/** "xuống biển Nhật Bản": a foreign country after "biển" and a word of falling or sailing is the sea named after it. */
function seaNamedAfter(w: Words, i: number, entry: GazEntry): boolean {
  return i > 1 && entry.canonical !== 'Việt Nam' && w.plain[i - 1] === 1 && !w.cap[i - 2] && wordIn(w, i - 2, ON_SEA_WORDS);
}
/** The acronym at word i is glued by a dot to the word before it (VOV.VN), by a dash to another acronym (IFF-VN) or to a number (VN-30). */
function acronymInCode(w: Words, i: number): boolean {
  if (i + 1 < w.n && w.num[i + 1] === 1 && w.start[i + 1] - w.end[i] === 1 && w.text.charCodeAt(w.end[i]) === 45 /* - */) return true;
  if (i === 0 || w.start[i] - w.end[i - 1] !== 1) return false;
  const c = w.text.charCodeAt(w.end[i - 1]);
  return c === 46 /* . */ || (c === 45 /* - */ && isAcronym(w.text, w, i - 1));
}
// folded form → folded syllables that make it a common word (Ý định, Anh hùng, Nhật ký)
const CONTEXT_COMPOUNDS = new Map(Object.entries(CONTEXT_ONLY_COMPOUNDS).map(([f, rest]) => [foldForMatch(f), new Set(rest.map(foldForMatch))]));
/** The one-syllable name at i opens a common word with the lower-case syllable after it ("ký Ý định thư", "của Anh hùng"). */
function compoundAfter(w: Words, i: number): boolean {
  const next = i + 1;
  return next < w.n && !w.cap[next] && w.plain[next] === 1 && CONTEXT_COMPOUNDS.get(keyAt(w, i))?.has(keyAt(w, next)) === true;
}
const GOC = foldForMatch('gốc');
/** "cầu thủ gốc Nghệ An": "gốc" before a Vietnamese province is where one comes from (as quê), not a people (gốc Việt, gốc Hoa). */
function homeProvinceOf(w: Words, i: number): boolean {
  return !w.cap[i - 1] && keyAt(w, i - 1) === GOC;
}
const HOI_WORD = foldForMatch('hội');
const HOI_PREFIXES = new Set(['hiệp', 'tổng'].map(foldForMatch));
/**
 * "Hội Nhà văn Việt Nam", "Hội sinh viên Việt Nam", "Hiệp hội Doanh nhân Việt Nam": the people's word before the
 * place opens an association's name (a body, whose place counts), not a demonym.
 */
function associationOfPeople(w: Words, i: number): boolean {
  for (let k = 1; k <= 3; k++) {
    const s = i - k;
    if (s < 1 || !w.plain[s] || keyAt(w, s - 1) !== HOI_WORD) continue;
    if (!isPhrase(w, s, k, NOT_PLACE_BEFORE.forward)) continue;
    const h = s - 1;
    return w.cap[h] === 1 || (h > 0 && w.cap[h - 1] === 1 && w.plain[h] === 1 && HOI_PREFIXES.has(keyAt(w, h - 1)));
  }
  return false;
}
const XU = foldForMatch('xứ');
// Only these make a land written with "xứ" a demonym (người xứ Nghệ, gốc xứ Nghệ); role words do not (trung vệ xứ Nghệ).
const NOT_LAND_BEFORE = phraseSet(['người', 'con người', 'dân tộc', 'gốc', 'tước']);
/** "cựu trung vệ xứ Nghệ", "cô gái xứ Thanh": a land named with "xứ" is a place after a role word, as "nước Mỹ" is. */
function landOfRole(w: Words, i: number): boolean {
  return keyAt(w, i) === XU && !phraseBefore(w, i, NOT_LAND_BEFORE);
}

/**
 * "đội tuyển Việt Nam", "ĐT Jordan", "tuyển quốc gia Nhật Bản" in a sports report: a national team,
 * not its country (an olympiad's "đội tuyển Mỹ" stands for the country).
 * ĐT only as a word of its own: "Sở GD-ĐT Nghệ An", "KH&ĐT" are bodies' sectors.
 */
function nationalTeamBefore(text: string, w: Words, i: number): boolean {
  const prev = i - 1;
  const k = keyAt(w, prev);
  // (not the verb: xét tuyển, trúng tuyển)
  if (k === TUYEN) return !(prev > 0 && w.plain[prev] && NOT_TEAM_TUYEN.has(keyAt(w, prev - 1)));
  if (k === GIA) return keyAt(w, prev - 1) === QUOC && keyAt(w, prev - 2) === TUYEN && w.plain[prev] === 1;
  // ĐT, ĐTQG: upper case, after a space or the sentence start, not joined to another acronym
  if (text.charCodeAt(w.start[prev] + 1) !== 84 /* T */) return false;
  return prev === 0 || (/^\s+$/.test(gapOf(w, prev)) && !(w.cap[prev - 1] && isAcronym(text, w, prev - 1)));
}
/**
 * "đội tuyển bóng chuyền nữ Việt Nam", "tuyển futsal Nhật Bản", "đội tuyển trẻ Thái Lan": a national team named by its
 * sport, sex or age between "tuyển" and the country (word last, read back over at most four such words).
 */
function describedTeamBefore(w: Words, last: number): boolean {
  for (let k = last; k > 0 && k > last - 4; k--) {
    if (w.cap[k] || !w.plain[k + 1] || !TEAM_DESCRIPTORS.has(keyAt(w, k))) return false;
    if (keyAt(w, k - 1) === TUYEN) return !(k > 1 && NOT_TEAM_TUYEN.has(keyAt(w, k - 2)));
  }
  return false;
}
// Words of a team's sport, sex or age (bóng chuyền nữ, futsal, trẻ, quần vợt); the last word of one ends the description.
const TEAM_DESCRIPTORS = new Set(['nữ', 'nam', 'futsal', 'bóng', 'đá', 'chuyền', 'rổ', 'ném', 'bàn', 'cầu', 'lông', 'quần', 'vợt', 'điền', 'kinh', 'bơi', 'lội', 'bắn', 'súng', 'cờ', 'vua', 'trẻ', 'bãi', 'biển'].map(foldForMatch));
const TEAM_DESCRIPTOR_END_WORDS = gated(new Set(['nữ', 'nam', 'futsal', 'đá', 'chuyền', 'rổ', 'ném', 'bàn', 'lông', 'vợt', 'kinh', 'bơi', 'lội', 'súng', 'vua', 'trẻ', 'biển'].map(foldForMatch)));
const [TUYEN, GIA, QUOC] = ['tuyển', 'gia', 'quốc'].map(foldForMatch);
const NOT_TEAM_TUYEN = new Set(['xét', 'trúng', 'tuyển', 'ứng'].map(foldForMatch));
const TEAM_WORDS = new Set(['tuyển', 'gia', 'đt', 'đtqg'].map(foldForMatch));

// Separators of a list of countries: "A, B và C", "A hay B", "A hoặc B".
const LIST_CONJUNCTIONS = new Set(['và', 'hay', 'hoặc'].map(foldForMatch));
/**
 * "người Hà Lan, Anh, Mỹ hay Tây Ban Nha", "gốc Brazil, Uruguay hoặc châu Phi": a list of countries
 * opened by a demonym's word is a list of demonyms, every name of it. Walks back over the countries
 * and regions before word i to the word that opens the list.
 */
function demonymListBefore(w: Words, i: number): boolean {
  let first = i;
  for (let items = 0; items < 12; items++) {
    let end: number;
    if (LIST_GAP.test(gapOf(w, first))) end = first - 1;
    else if (plainGap(gapOf(w, first)) && first >= 2 && w.plain[first - 1] && !w.cap[first - 1] && wordIn(w, first - 1, LIST_CONJUNCTION_WORDS)) {
      end = first - 2;
      if (!(plainGap(gapOf(w, first - 1)) || LIST_GAP.test(gapOf(w, first - 1)))) return false;
    } else return false;
    let start = -1;
    for (let s = end; s >= 0 && s > end - 4; s--) {
      const g = gazAt(w, s);
      if (g && s + g[1] - 1 === end && (g[0].kind === 'country' || g[0].kind === 'region')) { start = s; break; }
      if (!w.plain[s]) break;
    }
    if (start < 0) return false;
    first = start;
    if (phraseBefore(w, first, DEMONYM_BEFORE)) return true;
  }
  return false;
}
// The demonym words of NOT_PLACE_BEFORE whose country lists are demonyms too.
// (not "quốc tịch": a nationality names its country, as annotators read "quốc tịch Hà Lan")
const DEMONYM_BEFORE = phraseSet(['người', 'gốc', 'dòng máu', 'công dân', 'kiều bào', 'binh sĩ', 'lính', 'cầu thủ', 'tiền đạo', 'tiền vệ', 'hậu vệ', 'thủ môn', 'ngư dân', 'doanh nhân', 'du học sinh', 'sinh viên', 'nghệ sĩ', 'ca sĩ', 'diễn viên', 'người mẫu', 'chuyên gia', 'nhà khoa học', 'vận động viên', 'tuyển thủ', 'hoa hậu', 'á hậu', 'nhà đầu tư', 'tị nạn']);

/**
 * A bare district where an address puts it: after tại/ở/trú/thuộc, opening a bracket, before a
 * province ("Mỹ Tú, Sóc Trăng", "(Mỹ Đức, Hà Nội)"), or listed after another place.
 */
function addressPlaced(ctx: ExtractContext, w: Words, i: number, len: number, lastPlaceEnd: number): boolean {
  const prev = i - 1;
  const text = ctx.text;
  // (read on the characters around the name: most districts met are given names, asked in every name)
  if (prev >= 0 && w.plain[i] && !w.cap[prev]) {
    if (wordIn(w, prev, DISTRICT_CUE_WORDS)) return true;
    // a road's stretch or route names its ends, not places (đoạn Mai Sơn (Ninh Bình) - Vinh)
    const k = keyAt(w, prev);
    if (k === STRETCH || k === TUYEN_ROUTE) return false;
  }
  const before = codeAt(text, w.start[i] - 1);
  if (before === 40 /* ( */ || (before === 32 && codeAt(text, w.start[i] - 2) === 40)) return true;
  if (prev === lastPlaceEnd) {
    // listed after a place, or read by a list of units ("4 quận: A, B, C và D")
    const gap = gapOf(w, i);
    if (LIST_GAP.test(gap) || /:\s*$/.test(gap) || (w.plain[i] && keyAt(w, prev) === 'và')) return true;
    // "Buôn Đôn (Đắk Lắk), Phong Điền (Cần Thơ)": the list goes on after a bracketed province (players and clubs in sport).
    if (BRACKET_LIST_GAP.test(gap) && !isSportsDoc(ctx)) return true;
  }
  if (prev - 1 === lastPlaceEnd && w.plain[i] && keyAt(w, prev) === 'và') return true;
  const next = i + len;
  if (next >= w.n) return false;
  const after = text.charCodeAt(w.end[next - 1]);
  if (after !== 44 /* , */ && after !== 40 /* ( */ && !(after === 32 && text.charCodeAt(w.end[next - 1] + 1) === 40)) return false;
  if (!COUNTRY_AFTER_GAP.test(gapOf(w, next))) return false;
  const unit = wordIn(w, next, ADMIN_FIRST_WORDS) ? adminAt(w, text, next) : undefined;
  if (!gazAt(w, next)?.[0].province && !(unit !== undefined && unit[0].provinceLevel)) return false;
  // in a sports report "Xuân Trường (Gia Lai)" is a player and his club
  return !(gapOf(w, next).includes('(') && isSportsDoc(ctx));
}
const BRACKET_LIST_GAP = /^\)\s*[,;]\s*$/;
// Words before a home address (quê gốc Hải Hậu - Nam Định, trú Hữu Lũng - Lạng Sơn).
const HOME_WORDS = gated(new Set(['quê', 'gốc', 'trú', 'ngụ', 'tại', 'ở'].map(foldForMatch)));
const DISTRICT_CUES = new Set([...ADDRESS_CUES, foldForMatch('thuộc')]);
const TUYEN_ROUTE = foldForMatch('tuyến');

/** "(Đoàn Hưng Yên)", "– Đoàn Nghệ An": a province's deputies in the National Assembly, not a person surnamed Đoàn. */
function delegationBefore(w: Words, prev: number): boolean {
  return prev > 0 && keyAt(w, prev) === DOAN && /[(–-]\s*$/.test(gapOf(w, prev));
}
const DOAN = foldForMatch('đoàn');

/** A foreign city right after a city post (Thị trưởng, Thống đốc), then a foreign person's name. */
function foreignCityTitled(text: string, w: Words, i: number, next: number, entry: GazEntry): boolean {
  return entry.kind === 'province' && !entry.province && foreignWord(text, w, next)
    && phraseBefore(w, i, CITY_POSTS_BEFORE);
}
const CITY_POSTS_BEFORE = phraseSet(['thị trưởng', 'phó thị trưởng', 'thống đốc', 'phó thống đốc']);

// An envoy's post names where the envoy serves, then the holder: "Đại sứ Mỹ tại Hà Nội Ted Osius", "Đại sứ Nga tại Mỹ Sergei Kislyak".
const ENVOY_POSTS = phraseSet(['đại sứ', 'tổng lãnh sự', 'lãnh sự', 'trưởng đại diện', 'đặc phái viên', 'giám đốc quốc gia']);
const POSTED_AT_WORDS = new Set(['tại', 'ở'].map(foldForMatch));
/** Word i follows "tại" or "ở" that closes an envoy's post written over one to six plain-spaced words before. */
function envoyPostBefore(w: Words, i: number): boolean {
  if (i < 3 || w.plain[i] !== 1 || !POSTED_AT_WORDS.has(keyAt(w, i - 1))) return false;
  for (let k = i - 2; k >= 1 && k >= i - 7; k--) {
    if (!w.plain[k + 1]) return false;
    if (w.cap[k] && phraseBefore(w, k, ENVOY_POSTS)) return true;
  }
  return false;
}

// A judge's or court's seat then the judge's foreign name: "thẩm phán liên bang ở Seattle James Robart", "Thẩm phán Tòa án
// Địa hạt tại Seattle James Robarts": the seat is a place, not the first word of the name.
const JUDGE_POSTS = phraseSet(['thẩm phán', 'chánh án', 'quan tòa', 'tòa án', 'tòa phúc thẩm']);
/** Word i follows "tại" or "ở" closing a judge's post or a court written over one to five plain-spaced words, and a foreign two-word name follows the place ending before `next`. */
function judgeSeatBefore(text: string, w: Words, i: number, next: number): boolean {
  if (i < 3 || w.plain[i] !== 1 || !POSTED_AT_WORDS.has(keyAt(w, i - 1))) return false;
  if (next + 1 >= w.n || !w.plain[next] || !w.plain[next + 1] || !foreignWord(text, w, next) || !foreignWord(text, w, next + 1)) return false;
  for (let k = i - 1; k >= 2 && k >= i - 5; k--) {
    if (!w.plain[k]) return false;
    if (phraseBefore(w, k, JUDGE_POSTS)) return true;
  }
  return false;
}

/**
 * "cáo buộc Nga can thiệp", "được Anh trao trả", "sau khi Đức đầu hàng": a capitalised one-syllable
 * country as the subject of a clause, after a word that opens one. Not when the document writes the
 * word as the end of a person's name (Tuấn Anh ... khi Anh về): then it is that person.
 */
function clauseSubjectCountry(ctx: ExtractContext, w: Words, i: number, next: number): boolean {
  if (i === 0 || next >= w.n || w.plain[i] !== 1) return false;
  // "sau khi Nga, Mỹ loan tin": subjects listed with a country after the comma
  if (w.text.charCodeAt(w.end[i]) === 44 /* , */) return commaGap(w, next) && gazAt(w, next)?.[0].kind === 'country' && phraseBefore(w, i, CLAUSE_OPENERS_BEFORE);
  if (w.plain[next] !== 1 || w.cap[next] || w.num[next]) return false;
  if (wordIn(w, next, NOT_AFTER_BARE_COUNTRY_WORDS) || !phraseBefore(w, i, CLAUSE_OPENERS_BEFORE)) return false;
  return !endsPersonName(ctx.text, ctx.text.slice(w.start[i], w.end[i]));
}
/**
 * "Nga và Trung Quốc kêu gọi...", "Trong khi đó, Đức và Iran...": a short country form opening a sentence or a clause
 * as one of two subjects, the other a country that is never a personal name. Not when the text writes the form
 * after another capitalised word (Thúy Nga: a person).
 */
function subjectPairWithCountry(ctx: ExtractContext, w: Words, i: number, next: number): boolean {
  if (next + 1 >= w.n || keyAt(w, next) !== 'và' || w.plain[next] !== 1 || !plainGap(gapOf(w, next + 1))) return false;
  // (after a comma, only a clause's opening: "Trong khi đó, Nga và ..."; "3 ngoại ngữ Anh, Đức và Italy" lists languages)
  // (or after a lower-case verb or preposition: "kêu gọi Nga và Iran sử dụng ...", "chỉ sau Nga và Mỹ", not where the pair
  // names a person's ancestry or nationality or a cuisine: "hai dòng máu Áo và Philippines", "quốc tịch Đức và Iran")
  if (!isSentenceStart(w, i) && !(commaGap(w, i) && !w.cap[i - 1])
    && !(plainGap(gapOf(w, i)) && !w.cap[i - 1] && !phraseBefore(w, i, ORIGIN_WORDS) && !isSportsDoc(ctx))) return false;
  const other = gazAt(w, next + 1);
  if (!other || other[0].kind !== 'country' || other[0].contextOnly) return false;
  return !endsPersonName(ctx.text, ctx.text.slice(w.start[i], w.end[i]));
}
/**
 * "Nga sẽ xem xét ...", "[Nga quan ngại khi ...]", "Nga và khủng hoảng Qatar": a short country form of
 * SENTENCE_SUBJECT_COUNTRY_FORMS opening a sentence before a lower-case word, in a text that never writes it in a
 * person's name (after a capital, an honorific or a kin word). A cold branch of contextNameStands.
 */
function sentenceSubjectCountry(ctx: ExtractContext, w: Words, i: number, next: number, entry: GazEntry): boolean {
  if (next >= w.n || next !== i + 1 || w.plain[next] !== 1 || w.cap[next] || w.num[next] || !SUBJECT_COUNTRY_NAMES.has(entry.canonical)) return false;
  if (!(i === 0 || OPENING_GAP.test(gapOf(w, i))) || wordIn(w, next, NOT_AFTER_BARE_COUNTRY_WORDS)) return false;
  const word = ctx.text.slice(w.start[i], w.end[i]);
  return !endsPersonName(ctx.text, word) && !personWordBeforeAnywhere(ctx.folded, foldForMatch(word));
}
const SUBJECT_COUNTRY_NAMES = new Set(SENTENCE_SUBJECT_COUNTRY_FORMS);
// A sentence's or a headline's opening: a full stop, a bracket or a colon before, or a quote glued to the word (not a
// closing quote after a nickname: "“nữ quái” Nga và ...").
const OPENING_GAP = /[.!?\n[(…:;]|["“]$/;
const PERSON_WORD_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${['ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'bác', 'cụ', 'cháu', 'bé', 'mẹ', 'con', 'vợ', 'chồng', 'bạn', 'nàng', 'thầy']
  .map(foldForMatch).join('|')})\s$`, 'u');
/** The folded text writes `word` right after a person word somewhere (chị Nga, bạn Nga). */
function personWordBeforeAnywhere(folded: string, word: string): boolean {
  for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
    if (at > 1 && PERSON_WORD_BEFORE.test(folded.slice(Math.max(0, at - 8), at)) && !/\p{L}/u.test(folded.charAt(at + word.length))) return true;
  }
  return false;
}
const ORIGIN_WORDS = phraseSet(['dòng máu', 'lai', 'quốc tịch', 'nhà hàng', 'món', 'ẩm thực']);
const CLAUSE_OPENERS_BEFORE = phraseSet(['được', 'bị', 'rằng', 'khi', 'nếu', 'việc', 'cáo buộc', 'vấn đề', 'trong khi', 'mà']);
// "Đức cha", "Đức ông": a bishop's and a monsignor's style, not Germany.
const NOT_AFTER_BARE_COUNTRY = new Set(['cha', 'ông', 'bà', 'mẹ', 'thầy'].map(foldForMatch));
const CAPITAL_BEFORE = /\p{Lu}\p{Ll}*\s$/u;
/** The text writes `word` right after another capitalised word somewhere (Tuấn Anh). */
function endsPersonName(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at > 1 && CAPITAL_BEFORE.test(text.slice(Math.max(0, at - 12), at))) return true;
  }
  return false;
}

/** "ở Tây Bắc Hama": only compass words, capitalised, stand right before word i (a part of the foreign place). */
function compassRunBefore(w: Words, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && w.cap[k] && w.plain[k + 1] && wordIn(w, k, COMPASS_WORDS)) k--;
  return k < i - 1 && !(k >= 0 && w.cap[k] && w.plain[k + 1]);
}

/** A country, or a foreign city or province (Tây Bắc Hama), at word j. */
function foreignPlaceAt(w: Words, j: number): boolean {
  const g = gazAt(w, j);
  return g !== undefined && (g[0].kind === 'country' || (g[0].kind === 'province' && !g[0].province && !g[0].blocked));
}

/** A region's name after a colon made of compass words only; its own function, a cold branch of bareHit. */
function compassAfterColon(w: Words, i: number, len: number): boolean {
  return /:\s*$/.test(gapOf(w, i)) && allCompass(w, i, len);
}
function allCompass(w: Words, i: number, len: number): boolean {
  for (let k = i; k < i + len; k++) if (!COMPASS.has(keyAt(w, k))) return false;
  return true;
}

// A preposition written with a capital (after a quote or a lost full stop) opens no longer name: "Tại Detroit".
const CAPITAL_PREPOSITIONS = new Set(['tại', 'ở', 'về', 'theo', 'trong', 'sau', 'khi', 'từ', 'đến', 'với', 'cùng', 'và', 'do', 'để', 'vì', 'nếu', 'qua', 'cho', 'trước'].map(foldForMatch));
const FOREIGN_PARTICLES = new Set(['of', 'de', 'du', 'des', 'del', 'la', 'le', 'van', 'von', 'di', 'da', 'dos', 'the']);
/** Word j reads u + two digits (U23, u19), checked on its code units without slicing it. */
function isAgeTeam(w: Words, j: number): boolean {
  const s = w.start[j];
  const u = w.units;
  return w.end[j] - s === 3 && u[s] === 117 && (u[s + 1] - 48) >>> 0 < 10 && (u[s + 2] - 48) >>> 0 < 10;
}

/** "McCullough", "DeVos": a capital inside the word starts a new (person's) name. */
function innerCapital(text: string, w: Words, j: number): boolean {
  const s = text.slice(w.start[j] + 1, w.end[j]);
  return s !== s.toLowerCase() && s !== s.toUpperCase();
}

/** "THPT chuyên Hà Nội - Amsterdam": the name after the dash belongs to the same venue. */
function dashedVenueName(w: Words, i: number): boolean {
  if (i < 2 || !w.cap[i - 1] || !/^\s?[-–]\s?$/.test(gapOf(w, i))) return false;
  let s = i - 1;
  while (s > 0 && w.plain[s] && w.cap[s - 1] && i - s < 4) s--;
  // (not over "quốc tế": "sân bay quốc tế Changi – Singapore" names the country after the dash)
  return insideVenueName(w, s, false);
}

// Words before an opponent in a match report (thắng Chile, trước Chile ở bán kết): the country is its team.
const MATCH_VERBS = phraseSet(['gặp', 'thắng', 'hạ', 'đánh bại', 'thua', 'hòa', 'trước', 'vs', 'đối đầu', 'đấu với', 'hủy diệt', 'vùi dập']);
const MATCH_VERB_ENDS = new Set([...MATCH_VERBS].map((k) => k.slice(k.lastIndexOf(' ') + 1)));
const SPORTS_WORDS = /bán kết|chung kết|tứ kết|vòng bảng|vòng loại|giao hữu|\bcup\b|tỷ số|tỉ số|bàn thắng|ghi bàn|hiệp (?:1|2|một|hai)|trận đấu/;
/** A sports word within the sentence around word i. */
function sportsNear(ctx: ExtractContext, w: Words, i: number): boolean {
  const from = Math.max(0, w.start[i] - 80);
  const window = ctx.folded.slice(from, w.end[i] + 80);
  return SPORTS_WORDS.test(window);
}

// A football report: several of these words in the document (counted once per document).
const SPORTS_DOC_WORDS = /v-league|v\.league|\bhlv\b|ghi bàn|bàn thắng|tiền đạo|tiền vệ|hậu vệ|thủ môn|trận đấu|vòng đấu|đội khách|chủ nhà|sân nhà|derby|\bclb\b|cầu thủ|vô địch/g;
const isSportsDoc = perDocument((ctx) => (currentWords !== undefined && currentWords.folded === ctx.folded ? sportsWordCount(currentWords) : sportsRegexCount(ctx.folded)) >= 3);
/** SPORTS_DOC_WORDS' matches in the text, up to 3. */
function sportsRegexCount(folded: string): number {
  let n = 0;
  SPORTS_DOC_WORDS.lastIndex = 0;
  for (let m; n < 3 && (m = SPORTS_DOC_WORDS.exec(folded));) if (m[0] !== HOST || !houseOwnerAt(folded, m.index, m.index + HOST.length)) n++;
  return n;
}
// "chủ nhà" is the host team, and as often a house's or a business's owner: "vợ chồng chủ nhà", "con chủ nhà", "chủ nhà
// hàng", "chủ nhà trọ". Those are no sports word.
const HOST = foldForMatch('chủ nhà');
const OWNER_FAMILY_BEFORE_RE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${['gia đình', 'vợ chồng', 'con'].map(foldForMatch).join('|')}) $`, 'u');
const OWNED_AFTER_RE = new RegExp(String.raw`^ (?:${['hàng', 'trọ', 'máy', 'nghỉ', 'xe', 'đất', 'thuốc', 'sách'].map(foldForMatch).join('|')})(?![\p{L}])`, 'u');
function houseOwnerAt(folded: string, start: number, end: number): boolean {
  return OWNER_FAMILY_BEFORE_RE.test(folded.slice(Math.max(0, start - 10), start)) || OWNED_AFTER_RE.test(folded.slice(end, end + 7));
}
// The same words read off the word scan (a hash gate on each word instead of a regex over every character):
// pairs by their first syllable (a longer syllable ending in it too, as the regex matches inside words: nghi bàn,
// yêu cầu thủy sản), the second as a prefix; hlv, clb whole; derby anywhere; v-league, v.league.
const SPORTS_PAIRS = new Map<string, string[]>();
for (const [a, b] of [['ghi', 'bàn'], ['nghi', 'bàn'], ['bàn', 'thắng'], ['tiền', 'đạo'], ['tiền', 'vệ'], ['hậu', 'vệ'], ['chậu', 'vệ'], ['thủ', 'môn'],
  ['trận', 'đấu'], ['vòng', 'đấu'], ['đội', 'khách'], ['chủ', 'nhà'], ['sân', 'nhà'], ['cầu', 'thủ'], ['vô', 'địch']]) {
  const list = SPORTS_PAIRS.get(a);
  if (list) list.push(b);
  else SPORTS_PAIRS.set(a, [b]);
}
const SPORTS_FIRST_GATE = wordGate([...SPORTS_PAIRS.keys(), 'hlv', 'clb', 'derby', 'v']);
/** Word k ends with an ASCII letter, digit or underscore at its edge (where the regex's \b would fail). */
const asciiWordAt = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const [HOST_FIRST, HOST_SECOND] = ['chủ', 'nhà'].map(foldForMatch);
function sportsWordCount(w: Words): number {
  let n = 0;
  for (let k = 0; k < w.n; k++) {
    if (!maybeWord(SPORTS_FIRST_GATE, w, k)) continue;
    const key = keyAt(w, k);
    const seconds = SPORTS_PAIRS.get(key);
    if (seconds !== undefined) {
      if (k + 1 < w.n && w.plain[k + 1]) {
        const next = keyAt(w, k + 1);
        for (const b of seconds) {
          if (!next.startsWith(b)) continue;
          if (key === HOST_FIRST && b === HOST_SECOND && houseOwnerAt(w.folded, w.start[k], w.end[k + 1])) break;
          n++;
          k++;
          break;
        }
      }
    } else if (key === 'hlv' || key === 'clb') {
      if (!asciiWordAt(codeAt(w.folded, w.start[k] - 1)) && !asciiWordAt(codeAt(w.folded, w.end[k]))) n++;
    } else if (key === 'derby') n++;
    else if (key === 'v' && k + 1 < w.n && w.start[k + 1] === w.end[k] + 1 && (w.units[w.end[k]] === 45 || w.units[w.end[k]] === 46) && keyAt(w, k + 1).startsWith('league')) { n++; k++; }
    if (n === 3) return n;
  }
  return n;
}
/** Acronyms of bodies ("UBND Hà Nội" is the place's committee); other capitals before a place in a football report are a sponsor's. */
const BODY_ACRONYMS = new Set(Object.keys(ACRONYMS).map((k) => foldForMatch(k).replace(/[-&.]/g, '')));
const TEAM_NOUNS_BEFORE = phraseSet(['á quân', 'đội khách', 'đội chủ nhà', 'tân binh', 'nhà vô địch', 'đương kim vô địch', 'đội bóng']);
/**
 * In a football report, a province after a sponsor's brand (FLC Thanh Hóa, SHB Đà Nẵng, B.Bình Dương)
 * or a team noun (á quân Hải Phòng, đội khách X) names the club, not the place.
 */
function isClubName(ctx: ExtractContext, w: Words, i: number): boolean {
  const prev = i - 1;
  if (prev < 0) return false;
  const brand = w.cap[prev] && isAcronym(ctx.text, w, prev) && (w.plain[i] || gapOf(w, i) === '.')
    && !BODY_ACRONYMS.has(keyAt(w, prev).replace(/[-&.]/g, '')) && !adminAt(w, ctx.text, prev);
  const glued = w.cap[prev] && gapOf(w, i) === '.' && w.end[prev] - w.start[prev] <= 3 && !adminAt(w, ctx.text, prev);
  if (!brand && !glued && !phraseBefore(w, i, TEAM_NOUNS_BEFORE)) return false;
  return isSportsDoc(ctx);
}

/**
 * In a football report a club's city written bare is the club (Barcelona bổ nhiệm HLV ...); with a
 * place word before it (thành Madrid, ở Liverpool) it is the city.
 */
function clubCity(ctx: ExtractContext, w: Words, i: number, len: number, lastPlaceEnd: number): boolean {
  if (phraseBefore(w, i, CITY_WORDS_BEFORE) && !transferTo(w, i)) return false;
  // "các thành phố Moscow, Sochi và Kazan": a list that a place opened goes on with places.
  if ((i - 1 === lastPlaceEnd && LIST_GAP.test(gapOf(w, i))) || (i - 2 === lastPlaceEnd && keyAt(w, i - 1) === 'và')) return false;
  // "(London)", "Vientiane, Lào": a city placed in brackets or by its country.
  const next = i + len;
  if (inBrackets(ctx, w, i, len) || (next < w.n && COUNTRY_AFTER_GAP.test(gapOf(w, next)) && gazAt(w, next)?.[0].kind === 'country')) return false;
  // last: the first ask of a document scans its whole text
  return isSportsDoc(ctx);
}
const COUNTRY_AFTER_GAP = /^\s*[,(]\s*$/;
const TO_WORDS = new Set(['đến', 'tới'].map(foldForMatch));
const CHUYEN = foldForMatch('chuyển');
/** "chuyển đến Liverpool", "chuyển tới Lyon": a player's transfer goes to the club, not to the city (in a football report). */
function transferTo(w: Words, i: number): boolean {
  return i > 1 && w.plain[i] === 1 && w.plain[i - 1] === 1 && TO_WORDS.has(keyAt(w, i - 1)) && keyAt(w, i - 2) === CHUYEN;
}

/**
 * "Andrea Belotti (Torino)", "Tấn Tài (Bình Định)": in a sports report a city or province alone in
 * brackets right after a person's name is the player's club. Not after a place (Đồ Sơn (Hải Phòng)),
 * a unit word or a venue (huyện Long Hồ (Vĩnh Long), sân Thống Nhất (TP.HCM)).
 */
function clubAfterPlayer(ctx: ExtractContext, w: Words, i: number, len: number): boolean {
  if (!inBrackets(ctx, w, i, len)) return false;
  const last = i - 1;
  let s = last;
  while (s > 0 && s > last - 3 && w.cap[s - 1] && w.plain[s]) s--;
  if (s === last && !foreignWord(ctx.text, w, last)) return false;
  const g = gazAt(w, s);
  // (a place's name opening a longer run is a given name: "Anh Hùng (Hải Phòng)", the player, not England)
  if ((g && !g[0].addressOnly && s + g[1] > last) || isAcronym(ctx.text, w, s)) return false;
  if (s > 0 && !w.cap[s - 1] && (adminAt(w, ctx.text, s - 1) || (s > 1 && adminAt(w, ctx.text, s - 2)) || insideVenueName(w, s))) return false;
  return isSportsDoc(ctx);
}
/**
 * In a football report a province written bare is its club ("gặp Hải Phòng", "Nam Định có 20 điểm", "Long An -
 * Hải Phòng"), as the golds read it; a place word before it (tại, ở, quê, ra), a list that a place opened, brackets
 * or a comma after another name (SVĐ Thống Nhất, TP.HCM) keep the province.
 */
function provinceClub(ctx: ExtractContext, w: Words, i: number, len: number, lastPlaceEnd: number): boolean {
  if (i > 0 && !clubGap(w, i) && !resultListSubject(w, i, len)) return false;
  if (phraseBefore(w, i, CITY_WORDS_BEFORE) || phraseBefore(w, i, HOME_WORDS_BEFORE)) return false;
  if (i - 1 === lastPlaceEnd && LIST_GAP.test(gapOf(w, i))) return false;
  // "các tỉnh, thành phố như Lào Cai, Quảng Ninh": provinces named as provinces; "Liên đoàn bóng đá Hà Nội",
  // "Hội golf Hà Nội": a body's place
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    if (wordIn(w, k, PROVINCE_NOUN_WORDS) || (k >= i - 4 && wordIn(w, k, SPORTS_BODY_WORDS) && (w.cap[k] || keyAt(w, k - 1) === LIEN))) return false;
  }
  if (i - 2 === lastPlaceEnd && keyAt(w, i - 1) === 'và') return false;
  if (inBrackets(ctx, w, i, len)) return false;
  return isSportsDoc(ctx);
}
// "Kết quả: Đà Nẵng đánh bại Thanh Hóa 5-1, Khánh Hòa thua TP HCM 2-3, Long An thua Cần Thơ 0-2": a results list, each
// item a team beating or losing to another (tuning g11 22448990; "<province> thắng/thua ... 2-1" in 19 corpus articles).
const RESULT_VERBS = new Set(['thắng', 'thua', 'đánh', 'cầm'].map(foldForMatch));
const RESULT_VERB_SECOND = new Map([['đánh', 'bại'], ['cầm', 'hòa']].map(([a, b]) => [foldForMatch(a), foldForMatch(b)]));
/** The province (words i to i+len) after a comma is the subject of a result: a match verb follows it. */
function resultListSubject(w: Words, i: number, len: number): boolean {
  const k = i + len;
  if (k + 1 >= w.n || !w.plain[k] || gapOf(w, k) !== ' ' || !LIST_GAP.test(gapOf(w, i)) || !RESULT_VERBS.has(keyAt(w, k))) return false;
  const second = RESULT_VERB_SECOND.get(keyAt(w, k));
  return second === undefined || keyAt(w, k + 1) === second;
}
/** What stands before a club: a lower-case word, a fixture's dash, a list of clubs, a sentence's start (not a body's name: UBND Thanh Hóa). */
function clubGap(w: Words, i: number): boolean {
  if (w.plain[i]) return !w.cap[i - 1];
  const gap = gapOf(w, i);
  if (DASH_GAP.test(gap)) return !placeEndsAt(w, i - 1);
  if (LIST_GAP.test(gap)) return clubBeforeComma(w, i);
  return isSentenceStart(w, i);
}
/** "Huế, Bình Phước có ...": a comma after another bare province (a list of clubs). */
function clubBeforeComma(w: Words, i: number): boolean {
  if (!LIST_GAP.test(gapOf(w, i))) return false;
  for (let s = i - 1; s >= 0 && s >= i - 3; s--) {
    const g = gazAt(w, s);
    if (g && s + g[1] === i) return g[0].province !== undefined && (s === 0 || !adminAt(w, w.text, s - 1));
  }
  return false;
}
/** A gazetteer place that is no province ends at word k ("Tiên Yên – Quảng Ninh" is a district and its province). */
function placeEndsAt(w: Words, k: number): boolean {
  for (let s = k; s >= 0 && s >= k - 2; s--) {
    const g = gazAt(w, s);
    if (g && s + g[1] === k + 1) return !g[0].blocked && g[0].province === undefined;
  }
  return false;
}
// tỉnh, (thành) phố, (địa) phương
const PROVINCE_NOUN_WORDS = gated(new Set(['tỉnh', 'phố', 'phương'].map(foldForMatch)));
// Capitalised heads of bodies (Hội, Hiệp hội, Liên đoàn/Liên minh, Sở, Ủy ban, Cục, Công an, Đảng ủy) and a lower-case "liên đoàn".
const SPORTS_BODY_WORDS = gated(new Set(['hội', 'hiệp', 'liên', 'sở', 'ủy', 'cục', 'công', 'đảng', 'đoàn'].map(foldForMatch)));
const LIEN = foldForMatch('liên');
// (and nouns of a place's people, leaders and life: người dân, Chủ tịch, du lịch, kinh tế, giao thông, trung tâm, đô thị)
const HOME_WORDS_BEFORE = phraseSet(['người dân', 'nhân dân', 'chủ tịch', 'du lịch', 'kinh tế', 'giao thông', 'trung tâm', 'đô thị', 'ngụ', 'giờ', 'thời tiết', 'lên', 'xuống', 'quê', 'ra', 'vào', 'về', 'từ', 'trú', 'sinh', 'người', 'tỉnh', 'khu vực', 'địa bàn', 'miền']);
// Only words that place something: "cho Barcelona", "với Barcelona", "của Barcelona" are about the club.
const CITY_WORDS_BEFORE = phraseSet(['thành', 'thành phố', 'thủ đô', 'xứ', 'đất', 'vùng', 'tại', 'ở', 'đến', 'tới', 'thăm', 'khắp', 'quanh', 'nước', 'gồm']);

/** A name alone on the last line of the text is the author's byline (Chi Lê), not a place. */
function isByline(ctx: ExtractContext, w: Words, i: number, last: number): boolean {
  if (last !== w.n - 1 || ctx.text.slice(w.end[last]).trim() !== '') return false;
  // a two-word byline opening the last sentence: "... điều tra. Lưu Huế" (not "Tại Huế")
  const s = i > 0 && w.cap[i - 1] && w.plain[i] && !wordIn(w, i - 1, CAPITAL_PREPOSITION_WORDS) ? i - 1 : i;
  return opensSentence(w, s) || reporterBefore(w, s);
}

const SENTENCE_END_GAP = /[.!?…]\s+$/;
/** Word s opens the text, a line or a sentence. */
function opensSentence(w: Words, s: number): boolean {
  return s === 0 || gapOf(w, s).includes('\n') || SENTENCE_END_GAP.test(gapOf(w, s));
}

const BYLINE_DASH = /^ ?[-–] ?$/;
/** "... gồ ghề. Đỗ Loan-Vĩnh Phú": a reporter's name of two to four words opening the last sentence, then a dash before word s. */
function reporterBefore(w: Words, s: number): boolean {
  if (s < 2 || !BYLINE_DASH.test(gapOf(w, s))) return false;
  let k = s - 1;
  while (k > 0 && s - k < 4 && w.cap[k - 1] && w.plain[k] === 1) k--;
  // (not a route's first leg: "Hà Nội - Hải Dương")
  return s - k >= 2 && w.cap[k] === 1 && !gazAt(w, k) && opensSentence(w, k);
}

const POSTED_AT = /^ \| \d{1,2}:\d{2}/;

/** "gắn bó với Khánh Hòa, một đội bóng ...": a province named for its club. */
function clubApposition(ctx: ExtractContext, w: Words, last: number): boolean {
  const rest = ctx.folded.slice(w.end[last], w.end[last] + 24);
  return CLUB_APPOSITION.test(rest);
}
const CLUB_APPOSITION = /^\s*[,(–-]\s*(?:một|là) (?:đội bóng|câu lạc bộ|clb)\b/;

/** ", Bỉ tăng 10,6%" after other countries in the same sentence: a list of countries. */
/** "7 đội quốc tế: Anh, Úc, Áo, ...": a one-syllable country that opens a list of countries (two more follow). */
function opensCountryList(w: Words, next: number): boolean {
  if (next >= w.n || !/^\s*,\s*$/.test(gapOf(w, next))) return false;
  const second = gazAt(w, next);
  if (!second || second[0].kind !== 'country') return false;
  const third = next + second[1];
  // "..., Nga, Belarus thì xa xôi quá": after a comma, a pair is a list too when its second country is named in full (no
  // short form) and the clause goes on in lower case after it ("Anh, Mỹ là tên con chó" opens a sentence: a name).
  if (!second[0].contextOnly && third < w.n && w.plain[third] && !w.cap[third] && plainGap(gapOf(w, third))
    && /^\s*,\s*$/.test(gapOf(w, next - 1))) return true;
  return third < w.n && (/^\s*,\s*$/.test(gapOf(w, third)) || (keyAt(w, third) === 'và' && w.plain[third] !== 0)) && gazAt(w, third + (keyAt(w, third) === 'và' ? 1 : 0))?.[0].kind === 'country';
}

function inCountryList(ctx: ExtractContext, w: Words, i: number, lastCountryEnd: number): boolean {
  if (lastCountryEnd < 0 || i - lastCountryEnd > 12 || !/^[%)"”]*\s*[,;]\s*$/.test(gapOf(w, i))) return false;
  return !/[!?\n]|\.\s/.test(ctx.text.slice(w.end[lastCountryEnd], w.start[i]));
}

// Capitalised heads of a state body or a state post: the country closing its name is a place
// (Bộ Ngoại thương Nga, Đại sứ quán Pháp, Thủ tướng Anh).
const STATE_BODY_HEADS = phraseSet([
  'bộ', 'sở', 'đại sứ quán', 'lãnh sự quán', 'tổng lãnh sự quán', 'chính phủ', 'quốc hội', 'quân đội', 'hải quân', 'không quân',
  'lục quân', 'tổng thống', 'phó tổng thống', 'thủ tướng', 'ngoại trưởng', 'đại sứ', 'bộ trưởng', 'thứ trưởng', 'tòa án',
  'ngân hàng trung ương', 'ủy ban', 'quốc vương', 'nữ hoàng', 'hoàng gia', 'nhà vua', 'thái tử', 'hoàng tử', 'tổng cục',
  // associations and international bodies named with their area (Hiệp hội Xổ số châu Á Thái Bình Dương)
  'hiệp hội', 'liên đoàn', 'liên minh', 'tổ chức', 'diễn đàn',
]);
/** A capitalised state-body or post head within three words before word i, in the same phrase. */
function bodyOrTitleBefore(w: Words, i: number): boolean {
  for (let s = i - 1; s >= 0 && s >= i - 4; s--) {
    if (!w.plain[s + 1]) return false;
    if (w.cap[s]) {
      if (maybeWord(STATE_BODY_HEADS.firstGate, w, s) && (longestAt(w, s, STATE_BODY_HEADS.forward, i) || centralBankAt(w, s, i))) return true;
    } else if (CLAUSE_WORDS.has(keyAt(w, s))) return false;
  }
  return false;
}
/**
 * "Ngân hàng Trung ương Anh", "Ngân hàng trung ương Nga": a state's central bank right before word i (four words, past
 * longestAt's three, so its STATE_BODY_HEADS entry alone never matched; that entry keeps "ngân" in the gate).
 */
function centralBankAt(w: Words, s: number, i: number): boolean {
  return s + 4 === i && keyAt(w, s) === NGAN && keyAt(w, s + 1) === HANG_BANK && stateBankAfter(w, s + 2) && w.plain[s + 2] === 1 && w.plain[s + 3] === 1;
}
const [NGAN, HANG_BANK] = ['ngân', 'hàng'].map(foldForMatch);

/**
 * "Đại biểu Quốc hội Lưu Bình Nhưỡng", "Bộ trưởng Lưu Bình Nhưỡng": a rarer surname opening the capitalised run right
 * after a title makes the name a person's given name (here Pyongyang's). It must open the run: after another capital it
 * may close a body's name (Đại học Nông Lâm Thái Nguyên, Tòa án Cấp Cao Hà Nội).
 */
function rarerSurnameOpensBefore(w: Words, prev: number): boolean {
  return prev > 0 && !w.cap[prev - 1] && w.plain[prev] === 1 && MORE_SURNAMES.has(keyAt(w, prev));
}

/** A surname in the capitalised run right before word i: the name ends a person's (Trần Tuấn Anh, Trương Hòa Bình). */
function surnameInRunBefore(w: Words, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3 && w.cap[k] && w.plain[k + 1]; k--) if (wordIn(w, k, SURNAME_WORDS)) return true;
  return false;
}

/** "tờ Express (Anh)": a country alone in brackets. */
function inBrackets(ctx: ExtractContext, w: Words, i: number, len: number): boolean {
  const after = i + len < w.n ? gapOf(w, i + len) : ctx.text.slice(w.end[i + len - 1]);
  return /\($/.test(gapOf(w, i)) && after.startsWith(')');
}

// A number after these is a date or a time (Bồn Trì Ngày 9/5), not part of a hamlet's name.
const DATE_WORDS = new Set(['ngày', 'tháng', 'năm', 'giờ', 'sáng', 'chiều', 'tối', 'đêm', 'trưa', 'lúc'].map(foldForMatch));

const KHU = foldForMatch('khu');
/** "al-Bab" is two words, "Al-Ba'ath" three: the name goes on over an apostrophe. */
function arabicNameLength(w: Words, j: number): number {
  return apostropheJoined(w, j + 1) ? 3 : 2;
}
/** "tỉnh Al-Raqqa" is the Raqqa of the gazetteer. */
function arabicNameEntry(w: Words, j: number): GazEntry | undefined {
  const g = gazAt(w, j + 1);
  return g && g[1] === 1 && !g[0].blocked ? g[0] : undefined;
}
/** Word k+1 follows word k over a lone apostrophe, in lower case (Ba'ath). */
function apostropheJoined(w: Words, k: number): boolean {
  const c = w.text.charCodeAt(w.end[k]);
  return k + 1 < w.n && (c === 39 || c === 8217) && w.start[k + 1] === w.end[k] + 1 && w.cap[k + 1] === 0;
}
/** "thị trấn al-Bab", "thành phố Al-Bab": an Arabic article joined by a dash to a capitalised word, one name. */
function arabicArticleAt(w: Words, j: number): boolean {
  const s = w.start[j];
  // (al-, or el- as Egypt writes it: El-Minya)
  return w.end[j] - s === 2 && (w.units[s] === 97 || w.units[s] === 101) && w.units[s + 1] === 108 && j + 1 < w.n && w.start[j + 1] - w.end[j] === 1
    && w.text.charCodeAt(w.end[j]) === 45 /* - */ && w.cap[j + 1] === 1;
}
/** After a comma at word j, a commune or district with its unit word (", phường Tứ Minh", ", X.Yên Thọ"). */
function unitFollows(w: Words, j: number): boolean {
  if (j >= w.n || w.text.charCodeAt(w.end[j - 1]) !== 44 /* , */ || !commaGap(w, j) || !wordIn(w, j, ADMIN_FIRST_WORDS)) return false;
  const a = adminAt(w, w.text, j);
  return a !== undefined && (a[0].kind === 'commune' || a[0].kind === 'district');
}

const GLUED_QUARTER = /^K[Pp](\d{1,3})$/;
/** "KP3, thị trấn Tân Túc", "KP1, P.Xuân An": a quarter's number glued to KP, one word the pass does not stop at, read back from its ward or town at i. */
function gluedQuarterBefore(text: string, w: Words, i: number, hits: Hit[]): void {
  const k = i - 1;
  const s = w.start[k];
  if (text.charCodeAt(s) !== 75 /* K */ || w.end[k] - s < 3 || !wardFollows(w, i)) return;
  const number = GLUED_QUARTER.exec(text.slice(s, w.end[k]))?.[1];
  if (number === undefined) return;
  hits.push(newHit(`n:${foldName(`khu phố ${number}`)}`, 'village', text.slice(s, w.end[k]), mention(text, s, w.end[k]), undefined, undefined, undefined));
}

const WARD_FIRST_WORDS = new Set(['phường', 'p', 'thị', 'tt'].map(foldForMatch));
/** Word j, after a comma or an opening bracket, starts a ward or a town with its unit word (", P.Đông Lương", " (phường 5)", ", thị trấn Tân Túc"). */
function wardFollows(w: Words, j: number): boolean {
  if (j >= w.n || !/^(?:, ?| \()$/.test(gapOf(w, j)) || !WARD_FIRST_WORDS.has(keyAt(w, j))) return false;
  return adminAt(w, w.text, j)?.[0].kind === 'commune';
}

// What a village is known for, between "làng" and its name (làng nghề Bát Tràng, làng lụa Vạn Phúc, làng chài Vung Viêng).
const VILLAGE_DESCRIPTORS = phraseSet(['nghề', 'nghề truyền thống', 'gốm', 'gốm sứ', 'lụa', 'hoa', 'cổ', 'chài', 'biển', 'rèn', 'mộc', 'đúc đồng', 'tranh', 'du lịch', 'văn hóa']);
function craftVillage(w: Words, i: number, j: number): number {
  return keyAt(w, i) === LANG ? phraseAt(w, j, VILLAGE_DESCRIPTORS) : 0;
}
const LANG = foldForMatch('làng');
// "trình làng Panamera" is a launch; "trong làng Kpop", "cả làng Facebook" a scene, not a village.
const NOT_VILLAGE_BEFORE_LANG = new Set(['trình', 'trong', 'cả'].map(foldForMatch));
/** "làng Bzaah", "làng Qibya": a foreign village is often one word long (a Vietnamese one after "làng" is two: làng Sen is a lotus village's nickname). */
function foreignVillage(text: string, w: Words, j: number): boolean {
  return j > 1 && keyAt(w, j - 1) === LANG && foreignWord(text, w, j) && !NOT_VILLAGE_BEFORE_LANG.has(keyAt(w, j - 2));
}

// (a city's trade or age: "thành phố cảng Busan", "thành phố cổ Palmyra", "thành phố biển Nha Trang")
const UNIT_DESCRIPTORS = phraseSet(['miền núi', 'biên giới', 'ven biển', 'vùng cao', 'đảo', 'trung du', 'đồng bằng', 'nghèo', 'vùng sâu',
  'cảng', 'cổ', 'biển', 'duyên hải', 'du lịch', 'công nghiệp', 'lịch sử',
  // (a resort town: "thị trấn nghỉ dưỡng Guaruja", "thành phố nghỉ mát Cannes")
  'nghỉ dưỡng', 'nghỉ mát']);

/**
 * Administrative word + name at word i (huyện Quỳnh Lưu, TP.HCM, quận 1). Kept small like bareHit: the
 * rarer tests and the reading of the name live in functions of their own.
 */
function adminHit(ctx: ExtractContext, w: Words, i: number): [Hit, number] | undefined {
  const a = adminAt(w, ctx.text, i);
  if (!a) return undefined;
  const aw = a[0];
  const alen = a[1];
  // "khu" is mostly a common noun (khu dân cư, khu đô thị): passed over unless a capital follows
  if (aw.unitAfter && !(i + alen < w.n && (w.cap[i + alen] === 1 || (aw.numbered && w.num[i + alen] === 1)))) return undefined;
  // "xứ Thanh" is a written form of Thanh Hóa in the gazetteer, the word xứ its own: the bare pass reads it
  // (not "xứ Thanh Hóa", the province's own name after the word)
  if (aw.foreignOnly && provinceFormAtUnitWord(w, i, alen)) return undefined;
  // "tỉnh miền núi Bắc Kạn", "huyện đảo Lý Sơn": what kind of unit it is, between the unit word and its name
  let j = i + alen;
  const described = j < w.n && w.plain[j] && !w.cap[j] && !aw.abbrev ? unitDescriptor(w, aw, i, j) || foreignUnitCompass(ctx.text, w, aw, j) : 0;
  // (a trade, then the side of the country: "thành phố cảng Đông Bắc Tobruk")
  const side = described && j + described < w.n && w.plain[j + described] ? compassBeforeForeignName(ctx.text, w, j + described) : 0;
  if (side) j += described + side;
  else if (described && j + described < w.n && w.plain[j + described] && w.cap[j + described] && !compassNamed(w, j + described)) j += described;
  else if (portEpithetAt(w, j)) j++;
  if (j >= w.n || !unitWordStands(ctx.text, w, i, j, aw)) return undefined;
  // "Bệnh viện Đa khoa tỉnh Hòa Bình", "Trường THPT huyện ...": a unit inside a venue's name is not taken.
  // ("Công ty TNHH MTV Xổ số kiến thiết tỉnh An Giang": so is one inside a company's; "các công ty Việt muốn thâm
  // nhập khu vực Đông Nam Á" names a region, read by the company look-back's lower-case head)
  if (insideProperVenueName(w, i) || (aw.kind !== 'region' && insideCompanyName(w, i))) return venueUnitSkipped(w, j);
  let len: number;
  let numbered = false;
  unitNameEntry = undefined;
  if (aw.numbered && w.num[j]) {
    len = 1;
    numbered = true;
  } else if (arabicArticleAt(w, j)) {
    len = arabicNameLength(w, j);
    unitNameEntry = arabicNameEntry(w, j);
  } else {
    len = unitNameLength(ctx.text, w, j, aw, described);
    if (len < 0) return undefined;
  }
  const entry = unitNameEntry;
  if (len === 3 && !entry && aw.kind !== 'province' && personAfterUnitPost(w, i, j)) return undefined;
  // "tại Xã Đàn": a capitalised unit word mid-sentence before one syllable is a street or area name.
  if (len === 1 && !entry && !numbered && w.cap[i] === 1 && !aw.abbrev && !aw.provinceLevel && i > 0 && !w.cap[i - 1] && !isSentenceStart(w, i)) return undefined;
  if (aw.unitAfter && !unitFollows(w, j + len)) return undefined;
  if (aw.wardAfter && !wardFollows(w, j + len)) return undefined;
  if (aw.post && (described || wordIn(w, j, GATE_WORDS))) return undefined;
  if (aw.provinceLevel && routeLegUnit(w, i, j + len)) return routeSkipped(w, i);
  return unitHit(ctx.text, w, i, j, len, numbered, entry, aw);
}

// (and a hamlet's head and deputy: "trưởng thôn Nguyễn Văn Trịnh", "phó thôn Đỗ Văn Khuyến")
const POST_BEFORE_UNIT = phraseSet(['chủ tịch', 'bí thư', 'trưởng', 'phó']);
const PERSON_MIDDLE_NAMES = new Set(['văn', 'thị', 'đình'].map(foldForMatch));
/**
 * "cựu Chủ tịch xã Nguyễn Văn Sơn", "Phó Chủ tịch huyện Hồ Thị Kim": a post of the unit, the unit left unnamed, then its
 * holder (surname, Văn or Thị, given name), not a commune named after a person (the ward's name follows "UBND phường").
 */
function personAfterUnitPost(w: Words, i: number, j: number): boolean {
  return i >= 2 && w.plain[i] === 1 && w.plain[j + 1] === 1 && w.plain[j + 2] === 1 && PERSON_MIDDLE_NAMES.has(keyAt(w, j + 1))
    && SURNAMES.has(keyAt(w, j)) && phraseBefore(w, i, POST_BEFORE_UNIT);
}

const CANG = foldForMatch('cảng');
/** "thành phố Cảng Hải Phòng": the port city's epithet, capitalised, before a name the gazetteer knows (3 corpus mentions, all Hải Phòng). */
function portEpithetAt(w: Words, j: number): boolean {
  return j + 1 < w.n && w.cap[j] === 1 && w.end[j] - w.start[j] === 4 && w.plain[j + 1] === 1 && w.cap[j + 1] === 1 && keyAt(w, j) === CANG && gazAt(w, j + 1) !== undefined;
}

/** A province's written form opens with the unit word at i (xứ Thanh), no longer name opening after it. */
function provinceFormAtUnitWord(w: Words, i: number, alen: number): boolean {
  const g = gazAt(w, i);
  return g !== undefined && g[0].province !== undefined && (gazAt(w, i + alen)?.[1] ?? 0) < g[1] - alen + 1;
}

const COMPASS_SIDE_WORDS = new Set(['miền', 'phía'].map(foldForMatch));
/**
 * "tỉnh miền Đông Paktika", "thành phố miền Nam Marawi", "bang miền Bắc Rakhine": where in its country a foreign unit lies,
 * between the unit word and a foreign name (words from j); the unit is the place, the side of the country no region of
 * its own. Not before a country, a region or a Vietnamese name (các tỉnh miền Trung Quảng Nam, tỉnh miền Tây Nam Bộ).
 */
function foreignUnitCompass(text: string, w: Words, aw: AdminWord, j: number): number {
  if (!COMPASS_SIDE_WORDS.has(keyAt(w, j)) || !(aw.kind === 'province' || aw.kind === 'district' || aw.kind === 'commune')) return 0;
  let k = j + 1;
  while (k < j + 3 && k < w.n && w.cap[k] && w.plain[k] && FOREIGN_COMPASS.has(keyAt(w, k))) k++;
  if (k === j + 1 || k >= w.n || !w.plain[k] || !(foreignWord(text, w, k) || accentedForeign(text.slice(w.start[k], w.end[k])))) return 0;
  const g = gazAt(w, k);
  return g && (g[0].kind === 'country' || g[0].kind === 'region') ? 0 : k - j;
}

/**
 * "thành phố cảng Đông Bắc Tobruk": capitalised compass words (one or two) after a unit's descriptor, then a foreign
 * name that is no country or region: the side of the country the unit lies in, passed over to the unit's name.
 */
function compassBeforeForeignName(text: string, w: Words, k0: number): number {
  let k = k0;
  while (k < k0 + 2 && k < w.n && w.cap[k] && w.plain[k] && FOREIGN_COMPASS.has(keyAt(w, k))) k++;
  if (k === k0 || k >= w.n || !w.plain[k] || !foreignWord(text, w, k)) return 0;
  const g = gazAt(w, k);
  return g && (g[0].kind === 'country' || g[0].kind === 'region') ? 0 : k - k0;
}

/** "thành phố cảng Đông Bắc": a side of the country (a compass word and nothing more of a name), not the unit's name. */
function compassNamed(w: Words, k: number): boolean {
  return COMPASS.has(keyAt(w, k)) && (k + 1 >= w.n || !w.plain[k + 1] || !w.cap[k + 1] || COMPASS.has(keyAt(w, k + 1)));
}

function unitDescriptor(w: Words, aw: AdminWord, i: number, j: number): number {
  return aw.kind === 'province' || aw.kind === 'district' || aw.kind === 'commune' ? phraseAt(w, j, UNIT_DESCRIPTORS) : craftVillage(w, i, j);
}

/** The unit word at i, its name opening at j, is written as a unit word (not a compound, a neighbour, a street's name). */
function unitWordStands(text: string, w: Words, i: number, j: number, aw: AdminWord): boolean {
  const gap = gapOf(w, j);
  if (!(gap === ' ' || (aw.abbrev && /^\.\s?$/.test(gap)))) return false;
  if (aw.listOnly && listOnlyRejected(text, w, i, j, gap) && !(aw.kind === 'district' && knownDistrictNamed(w, j))) return false;
  if (aw.abbrev && abbreviationInName(text, w, i, j, aw)) return false;
  if (unitWordInCompound(text, w, i, j, aw)) return false;
  // A capitalised unit word after a street word is part of the street's name (đường Xã Đàn).
  const capitalWord = w.cap[i] === 1 && !aw.abbrev && !aw.provinceLevel;
  return !(capitalWord && i > 0 && w.plain[i] && STREET_HEADS.has(keyAt(w, i - 1)));
}

/**
 * "Sơn Tùng M-TP. Kim Chi", "Sơn Tùng M-TP Vào năm 2015": an abbreviated unit word hyphened onto a letter before it is a name's
 * (the singer's stage name, no place after it); "R.Firmino, P.Coutinho hay A.Lallana": a one-letter one
 * before a foreign word is a player's initial (a ward or district so abbreviated has a Vietnamese name).
 */
function abbreviationInName(text: string, w: Words, i: number, j: number, aw: AdminWord): boolean {
  if (i > 0 && text.charCodeAt(w.start[i] - 1) === 45 /* - */ && w.end[i - 1] === w.start[i] - 1 && w.end[i - 1] - w.start[i - 1] === 1) return true;
  return aw.listOnly === true && w.end[i] - w.start[i] === 1 && foreignWord(text, w, j);
}

/**
 * "Chi cục Thuế H.Nhơn Trạch", "khu vực Q. Tân Bình": a district of the gazetteer, two syllables or more, after H. or Q.
 * written outside an address list; a byline's initial is followed by a given name (H.Anh), not a district's.
 */
function knownDistrictNamed(w: Words, j: number): boolean {
  const g = gazAt(w, j);
  return g !== undefined && g[1] >= 2 && g[0].kind === 'district' && g[0].province === undefined;
}

/** A unit word read only in an address or a list (P., Q.) that is written elsewhere. */
function listOnlyRejected(text: string, w: Words, i: number, j: number, gap: string): boolean {
  return gap === ' ' || i === 0 || !(/,\s*$/.test(gapOf(w, i)) || (w.plain[i] && wordIn(w, i - 1, ADDRESS_LINK_WORDS)) || bracketedAddress(w, i, j)
    || phraseBefore(w, i, BODIES_BEFORE_UNIT))
    || (!w.num[j] && isAcronym(text, w, j));
}

/** The unit word closes a compound noun or a phrase that names no unit. */
function unitWordInCompound(text: string, w: Words, i: number, j: number, aw: AdminWord): boolean {
  const key = keyAt(w, i);
  // "phiên bản Galaxy S8", "văn bản Hiến pháp": bản closing a compound noun is no village.
  if (aw.minWords > 1 && i > 0 && w.plain[i] && wordIn(w, i - 1, BAN_COMPOUND_WORDS) && key === 'bản') return true;
  // "bản Limited Edition", "bản Yaris G": a product's version (bản = edition), not a hamlet, when the name is foreign.
  if (aw.minWords > 1 && key === 'bản' && foreignWord(text, w, j)) return true;
  if (i === 0) return false;
  // "tiểu khu 554, xã Đăk Tờ Re" is mostly a forest compartment (lô 8, khoảnh 7, tiểu khu 554), no hamlet.
  if (key === 'khu') return keyAt(w, i - 1) === 'tiểu';
  // "hàng xóm" is a neighbour.
  if (key === 'xóm') return keyAt(w, i - 1) === 'hàng';
  // "HLV lão làng Gordon Strachan", "nghệ sĩ lão làng Trung Dân": a veteran, not a village; "các bô lão làng Sình" are its elders.
  // "già làng Trần Văn Hành", "Già làng A Jáp": a village elder, the name after it a person's (19 of 20 corpus values after it)
  if (key === 'làng') return (keyAt(w, i - 1) === 'lão' && keyAt(w, i - 2) !== 'bô') || keyAt(w, i - 1) === ELDER;
  // "trở thành đội Đông Nam Á đầu tiên": "trở thành" is to become; its "thành" opens no unit word.
  if (key === 'thành') return keyAt(w, i - 1) === 'trở';
  // "nông thôn", "hợp tác xã", "xã hội" are not units.
  if (key === 'thôn') return keyAt(w, i - 1) === 'nông';
  // "liên bang" is federal (thẩm phán liên bang ...), "cái bang" a beggars' gang; "Hublot Big Bang Broderie" a watch.
  if (key === 'bang') return keyAt(w, i - 1) === 'liên' || keyAt(w, i - 1) === 'cái' || (w.cap[i] === 1 && w.plain[i] === 1 && foreignWord(text, w, i - 1));
  // "tán tỉnh Tuyết" (flirt with), "bất tỉnh", "thức tỉnh", "tươi tỉnh": the verb, no province.
  if (key === 'tỉnh') return TINH_VERB_FIRST.has(keyAt(w, i - 1));
  // "giáo xứ" is a parish, "Công tước xứ Cambridge" a peer's title.
  if (key === 'xứ') return keyAt(w, i - 1) === 'giáo' || keyAt(w, i - 1) === 'tước';
  // "hợp tác xã" is a cooperative, "thông tấn xã" a news agency, "bà xã"/"ông xã" a spouse; the "xã" of a "thị xã" already read (and
  // rejected, as in "Bệnh viện đa khoa thị xã ...") opens no commune.
  if (key === 'xã') return XA_COMPOUNDS.has(keyAt(w, i - 1)) || (keyAt(w, i - 1) === 'tấn' && keyAt(w, i - 2) === 'thông' && gapOf(w, i) === ' ') || xinhuaAt(w, i);
  return false;
}
const ELDER = foldForMatch('già');
const TINH_VERB_FIRST = new Set(['tán', 'bất', 'thức', 'tươi', 'hồi'].map(foldForMatch));
const [TAN, HOA] = ['tân', 'hoa'].map(foldForMatch);
/**
 * "Ảnh: Tân Hoa Xã Hàng nghìn khán giả", "Theo Tân Hoa xã Hồng Anh/VOV": the Xinhua agency's "xã" opens no commune (9 corpus values
 * after it, none a place). Not after a unit word: "thôn Tân Hoa xã Hòa Phú" is an address without its comma.
 */
function xinhuaAt(w: Words, i: number): boolean {
  return i >= 2 && w.plain[i] === 1 && w.plain[i - 1] === 1 && keyAt(w, i - 1) === HOA && keyAt(w, i - 2) === TAN && !(i >= 3 && w.plain[i - 2] === 1 && wordIn(w, i - 3, ADMIN_FIRST_WORDS));
}
// ("tấn" only in "thông tấn xã": "đường Lê Trọng Tấn, xã An Khánh" and "5 tấn, xã X" open a commune)
const XA_COMPOUNDS = new Set(['tác', 'bà', 'ông', 'thị']);

/** The gazetteer entry of the name unitNameLength (or an Arabic name) read last, if any. */
let unitNameEntry: GazEntry | undefined;

const LAND_NICKNAME_KEYS = new Set(LAND_NICKNAMES.map(foldForMatch));
/** Words of the unit's name at j (its gazetteer entry in unitNameEntry), or -1 when no name follows. */
function unitNameLength(text: string, w: Words, j: number, aw: AdminWord, described: number): number {
  if (!w.cap[j] || wordIn(w, j, NOT_NAME_START_WORDS)) return -1;
  let entry: GazEntry | undefined;
  let len = 0;
  if (aw.provinceLevel || aw.anyGaz) {
    const g = gazAt(w, j, aw.provinceLevel && 'unit');
    if (g && !g[0].blocked && (g[0].province || g[0].kind === 'province' || aw.anyGaz)) [entry, len] = g;
  }
  if (aw.foreignOnly && !entry && LAND_NICKNAME_KEYS.has(keyAt(w, j))) return -1;
  if (aw.gazOnly && !entry) return -1;
  // "các tỉnh ven biển Trung Bộ": a described unit word before a region names the region.
  // "làng nghề Việt Nam" is the country's craft villages, not one of them
  if (described && aw.kind === 'village' && gazAt(w, j)) return -1;
  if (!entry && described) {
    const g = gazAt(w, j);
    if (g && g[0].kind === 'region') [entry, len] = g;
  }
  unitNameEntry = entry;
  if (!entry && blockedNameAt(w, j)) return -1;
  return entry ? len : gazetteerRunAtLeast(w, j, unknownUnitNameLength(text, w, j, aw, described), aw.kind === 'district' || aw.kind === 'commune');
}
/** "vùng Alps", "khu vực Himalaya": a name the gazetteer holds as no place (NOT_PLACE_NAMES: a mountain range, an ocean) after a unit word. */
function blockedNameAt(w: Words, j: number): boolean {
  const g = gazAt(w, j);
  return g !== undefined && g[0].blocked === true && !(j + g[1] < w.n && w.cap[j + g[1]] && w.plain[j + g[1]]);
}

/**
 * A gazetteer name read whole when the name run after a unit word stops inside it: "TP Thủ Dầu Một xe ba gác" (the
 * run ends at the numeral "Một"), "TP Phan Rang - Tháp Chàm", "các tỉnh Tây Nam bộ" (lower-case "bộ").
 */
function gazetteerRunAtLeast(w: Words, j: number, len: number, districtWord = false): number {
  if (len < 1) return len;
  const g = gazAt(w, j);
  if (g && !g[0].blocked && g[1] > len && g[0].kind !== 'country') return g[1];
  // "quận Cầu giấy", "huyện Cẩm xuyên": a district's name with a later syllable mistyped in lower case
  if (districtWord && j + len < w.n && w.plain[j + len] && !w.cap[j + len]) {
    const d = gazAt(w, j, 'district');
    if (d && !d[0].blocked && d[1] > len) return d[1];
  }
  return len;
}

// Hamlets are often named by their position in the commune: "thôn Đông, xã Quảng Thanh", "xóm Trung (xã Bình Cảng)".
const COMPASS_HAMLET_WORDS = new Set(['thôn', 'xóm', 'ấp'].map(foldForMatch));
/** Word j, a compass word, names the hamlet whose word is before it, and a comma, a bracket or a full stop closes it. */
function compassHamlet(w: Words, j: number): boolean {
  // (in lower case: "Báo Ấp Bắc" is a newspaper)
  return j > 0 && gapOf(w, j) === ' ' && !w.cap[j - 1] && COMPASS_HAMLET_WORDS.has(keyAt(w, j - 1))
    && (j + 1 >= w.n || /^\s?[,;(.]/.test(gapOf(w, j + 1)));
}

/**
 * "phố phường Thủ đô vắng", "quận Thủ đô", "TP.Thủ tướng yêu cầu": a capitalised unit word of two syllables (thủ đô) or a post
 * opening the next sentence, its second word in lower case, is no name after the unit word (4 corpus values "Thủ").
 */
function unitWordOrPostAsName(text: string, w: Words, j: number): boolean {
  if (j + 1 >= w.n || w.cap[j + 1] || w.plain[j + 1] !== 1) return false;
  if (postOrRankAt(w, j)) return true;
  return wordIn(w, j, ADMIN_FIRST_WORDS) && (adminAt(w, text, j)?.[1] ?? 0) >= 2;
}

// Posts held over a foreign unit, whose holder's name follows the unit's: "Thống đốc tỉnh Ulyanovsk Sergei Morozov".
const UNIT_HOLDER_POSTS = phraseSet(UNIT_HOLDER_POST_WORDS);
/**
 * "Trưởng công tố tỉnh Manisa Akif Celalettin Simsek cho biết", "Cảnh sát hạt Cobb Joe Hernandez": a post before the unit
 * word, then a run of three foreign words or more after it: the first is the unit, the rest its holder (8 corpus values
 * ran on into the name; 6 are cut).
 */
function holderAfterForeignUnit(text: string, w: Words, j: number, len: number): boolean {
  if (len < 3 || !foreignWord(text, w, j) || !foreignWord(text, w, j + len - 1)) return false;
  // spaced words (not Aulnay-sous-Bois), then the holder's verb in lower case (not "quận Northeast Penang Island, cho biết")
  if (w.plain[j + 1] !== 1 || w.plain[j + 2] !== 1 || j + len >= w.n || w.plain[j + len] !== 1 || w.cap[j + len] === 1) return false;
  return phraseBefore(w, j - 1, UNIT_HOLDER_POSTS) || (j >= 2 && phraseBefore(w, j - 2, UNIT_HOLDER_POSTS));
}

/** Words of a unit's name at j that is no gazetteer name, or -1. */
function unknownUnitNameLength(text: string, w: Words, j: number, aw: AdminWord, described: number): number {
  // "Thành ủy Thành phố Hồ Chí Minh": the second unit word names the place ("Thành ủy TP HCM" is in the gazetteer).
  if (aw.provinceLevel && unitWordAt(w, text, j)) return -1;
  if (unitWordOrPostAsName(text, w, j)) return -1;
  const max = aw.maxWords ?? 4;
  if (isAcronym(text, w, j)) {
    // "tại TP.HCM Bộ cũng...": a province's acronym is its whole name; a capital after it opens the next sentence or a team's number
    return wordIn(w, j, PROVINCE_FIRST_WORDS) && resolveProvince(keyAt(w, j)) ? 1 : -1;
  }
  let len = nameRun(w, text, j, max);
  const joins = runJoins;
  // (not a Roman numeral's district or ward: "quận I.", "phường V là"; a hamlet's "thôn V. Đ" is an initial)
  if (len === 1 && w.end[j] - w.start[j] === 1 && initialAt(text, w, j) && !(aw.kind !== 'village' && /[IVX]/.test(text[w.start[j]]))) return -1;
  // "ngoại thành Thủ đô Điểm đầu của dự án", "thành phố Phát hiện ...": the name a caption's opener, after a lost full stop
  if (len === 1 && gluedCaptionOpener(w, j)) return -1;
  // "HĐQT TP Bank": a short unit word before a business's English word is the business's name (TPBank), no city.
  if (len === 1 && aw.abbrev && FOREIGN_NON_PLACE_WORDS.has(keyAt(w, j)) && plainLatinCapitalised(text, w, j)) return -1;
  if (len === 1) {
    const cut = oneSyllableCut(text, w, j, aw);
    if (cut) return cut;
  }
  // "ở TP. Ngoài ra, ...": the short unit word ended a sentence; the next one opens here.
  // Only Vinh and Huế are cities one syllable long; other words there open a sentence (Theo, Dự, Các, Bí thư).
  if (len === 1 && aw.abbrev && gapOf(w, j).length > 1 && j + 1 < w.n && w.plain[j + 1] && !w.cap[j + 1] && !wordIn(w, j, ONE_SYLLABLE_CITY_WORDS)) return -1;
  // "trụ sở LĐLĐ TP. Phó Chủ tịch ...": the same, before a post.
  if (len === 1 && aw.abbrev && gapOf(w, j).length > 1 && postOrRankAt(w, j + 1) && !wordIn(w, j, ONE_SYLLABLE_CITY_WORDS)) return -1;
  // "ngân sách TP. Ông Cường cho biết": the same, before an honorific.
  if (aw.abbrev && gapOf(w, j).length > 1 && wordIn(w, j, HONORIFIC_WORDS)) return -1;
  if (holderAfterForeignUnit(text, w, j, len)) len = 1;
  else if (len - joins > max) return -1;
  // "trú bản Chiềng, xã Tri Lễ": a one-syllable hamlet is its commune's.
  // (a foreign name is often one word: "tỉnh miền Đông Paktika")
  if ((len < aw.minWords && !(len === 1 && (unitFollows(w, j + 1) || foreignVillage(text, w, j)))) || (described && len < 2 && !foreignWord(text, w, j) && !accentedForeign(text.slice(w.start[j], w.end[j])))) return -1;
  // "Chủ tịch Hội Nông dân huyện Phan Thị Hải Yến cho hay": a woman's full name after a bare unit word, then her
  // verb, is its head's name (a ward named after a woman is followed by its district: "phường Bùi Thị Xuân, quận ...")
  if (len >= 3 && wordIn(w, j, SURNAME_WORDS) && keyAt(w, j + 1) === 'thị' && j + len < w.n && w.plain[j + len] && !w.cap[j + len]) return -1;
  if (aw.foreignOnly && !looksForeign(text, w, j) && !shortForeignOpener(text, w, j, len)) return -1;
  // Every Vietnamese province is in the gazetteer: "Chánh văn phòng UBND tỉnh Nguyễn Hồng Quang"
  // names the person after an already named province.
  if (aw.provinceLevel && len >= 2 && personNameAt(w, j, len) && !gazAt(w, j, true)
    && !provinceFrom(w, text, j, j + len - 1)) return -1;
  // "Chủ tịch UBND quận Nguyễn Song Hào", "Bí thư Huyện ủy Hồ Xuân Trăng": every district is in the gazetteer as well
  // (those named after a person too), so a three-word person's name there is the post's holder.
  if (aw.kind === 'district' && !aw.abbrev && !aw.foreignOnly && len >= 3 && personNameAt(w, j, len) && !gazAt(w, j, true)
    && !surnameDistrict(w, j, 2) && !surnameDistrict(w, j, 3)) return -1;
  // "các tỉnh Bắc bộ", "các tỉnh Bắc và Trung Trung Bộ": a compass word alone names a region part, not a unit.
  if (len === 1 && COMPASS.has(keyAt(w, j)) && !compassHamlet(w, j)) return -1;
  // Hamlets and residential groups are often numbered after their name (tổ dân phố Nam Sơn 1, ấp Tân Hòa 2).
  if (aw.kind === 'village' && j + len < w.n && w.num[j + len] && w.plain[j + len] && /^\d{1,2}$/.test(text.slice(w.start[j + len], w.end[j + len]))
    && !wordIn(w, j + len - 1, DATE_WORD_WORDS) && !/^[/.\-:]\d/.test(text.slice(w.end[j + len], w.end[j + len] + 2))) len++;
  else if (aw.kind === 'commune' && len >= 2 && numberedCommuneAt(text, w, j + len) && !adminAt(w, text, j + len - 1)) len++;
  return len;
}

/**
 * "thôn V. Đ, xã Th. Ph", "H.B.N cảm thán", "Q.T đã có": one letter after a unit word, then a dot or a lower-case word, is an
 * initial (a name withheld, a person's), no unit's name; "bản U, xã Tam Văn" stays (and, by the caller, a Roman numeral
 * above a village: "quận I.").
 */
function initialAt(text: string, w: Words, j: number): boolean {
  return text.charCodeAt(w.end[j]) === 46 /* . */ || (j + 1 < w.n && w.plain[j + 1] === 1 && !w.cap[j + 1] && !w.num[j + 1]);
}

// Lower-case words that may follow a unit's one-syllable name: "thị trấn Lim thuộc huyện Tiên Du", "huyện Mao cho biết",
// "thị trấn Nghèn xảy ra", "huyện Mậu hiện được", "tỉnh Trat giáp biên giới" (and unit words: "thị trấn Cồn huyện Hải Hậu").
const AFTER_ONE_SYLLABLE_NAME = gated(new Set([...CLAUSE_WORDS,
  ...['đã', 'đang', 'vừa', 'sẽ', 'cũng', 'bị', 'để', 'nằm', 'giáp', 'hiện', 'xảy', 'thì', 'mà', 'nay', 'cách', 'ra',
    // (and common predicates: "xã Ka nói rằng", "xã Ka tổ chức", "xã Ka đạt chuẩn", "xã Ka gặp khó khăn")
    'nói', 'tổ', 'đạt', 'gặp'].map(foldForMatch)]));
/**
 * "quận Liên quan đến", "thành phố Hoa phượng đỏ", "Thành phố Giáo dục", "phường Láng hạ", "cấp tỉnh Từ ngày 15/01": one
 * syllable after a unit word of a commune or above, then a lower-case word that no name is followed by, is a word cut in
 * two or the next sentence's opener, no unit's name (a rare real name is lost: "tỉnh Mie tặng"). -1 then; a district
 * opening with a surname and mistyped in lower case ("quận Lê chân", "quận Ngô quyền") gives its length; 0: no ruling.
 */
function oneSyllableCut(text: string, w: Words, j: number, aw: AdminWord): number {
  if (aw.kind === 'village' || aw.kind === 'region' || aw.foreignOnly || j + 1 >= w.n || w.plain[j + 1] !== 1 || w.cap[j + 1] || w.num[j + 1]) return 0;
  if (wordIn(w, j + 1, AFTER_ONE_SYLLABLE_NAME) || wordIn(w, j + 1, ADMIN_FIRST_WORDS)) return 0;
  if (wordIn(w, j, ONE_SYLLABLE_CITY_WORDS) || foreignWord(text, w, j) || gazAt(w, j)) return 0;
  // (a district mistyped in lower case is read whole by gazetteerRunAtLeast: "huyện Cẩm xuyên"; a word that is no Vietnamese
  // syllable is a foreign or highland name: "tỉnh Bôlykhamxay thuê", "huyện Lắk phải")
  if ((gazAt(w, j, 'district')?.[1] ?? 0) > 1 || !VIET_SYLLABLE.test(withoutMarks(keyAt(w, j)))) return 0;
  if (wordIn(w, j, SURNAME_WORDS)) for (let len = 2; len <= 3; len++) if (w.plain[j + len - 1] && surnameDistrict(w, j, len)) return len;
  return -1;
}

/**
 * "bang New England", "hạt San Bernardino": a foreign name opening with a three-letter word (New, San, Rio), which looksForeign
 * leaves out, then a foreign word (2 corpus misses of New England, 2 of San ...; the gazetteer holds New York, New Jersey).
 */
function shortForeignOpener(text: string, w: Words, j: number, len: number): boolean {
  if (len < 2 || w.end[j] - w.start[j] !== 3 || w.plain[j + 1] !== 1 || !/^[A-Z][a-z]{2}$/.test(text.slice(w.start[j], w.end[j])) || !looksForeign(text, w, j + 1)) return false;
  // not a run cut before a particle it leaves out: "bang Rio Grande do Norte" is no "Rio Grande"
  const k = j + len;
  return !(k + 1 < w.n && w.plain[k] === 1 && !w.cap[k] && w.plain[k + 1] === 1 && w.cap[k + 1] === 1);
}

/**
 * Communes and wards split in two keep their number after the name (xã Quế Xuân 2, phường Mỹ Đình 1, Khan Chak Angre
 * Leu 2): one digit closed by a comma, a bracket or a full stop, not a count or a decimal (xã Vĩnh Tân 2,4 triệu m3,
 * xã Vĩnh Thái 1 nam thanh niên). Names of one syllable are left alone: "156 Xã Đàn 2" is a street.
 */
function numberedCommuneAt(text: string, w: Words, k: number): boolean {
  if (k >= w.n || !w.num[k] || !w.plain[k] || w.end[k] - w.start[k] !== 1) return false;
  const c = text.charCodeAt(w.start[k]);
  return c >= 49 && c <= 57 && NUMBER_CLOSED_RE.test(text.slice(w.end[k], w.end[k] + 2));
}
// (a bracket closed before a full stop or a comma too: "(xã Tam Xuân 2).")
const NUMBER_CLOSED_RE = /^(?:[,;.)](?:\s|$)|\)[.,;]| \(|$)/;

function unitHit(text: string, w: Words, i: number, j: number, len: number, numbered: boolean, entry: GazEntry | undefined, aw: AdminWord): [Hit, number] | undefined {
  const last = j + len - 1;
  const nameStart = numbered ? w.start[i] : w.start[j];
  const nameEnd = entry || numbered ? w.end[last] : gluedCaptionCut(text, w.start[j], w.end[last]);
  const name = text.slice(nameStart, nameEnd);
  const province = entry?.province ?? (numbered ? undefined : provinceFrom(w, text, j, last));
  const hcm = province?.code === HCM_CODE;
  const kind: LocationKind = province || entry ? (entry?.kind ?? 'province') : aw.kind === 'province' ? 'district' : aw.kind;
  // (a city's initials after its unit word are its name: "TP. HCM Trần Văn Dũng")
  if (entry?.contextOnly && !entry.province && j + len < w.n && w.cap[j + len] && w.plain[j + len]) return undefined;
  // (a province's city with its city word is a place of its own: TP Huế is not Thừa Thiên - Huế)
  const id = province ? (entry?.province === province && entry.canonical !== province.name ? `t:${province.code}` : `p:${province.code}`) : entry ? entry.id
    : `n:${foldName(numbered && aw.spelledOut ? `${aw.spelledOut} ${text.slice(w.start[j], w.end[last])}` : name)}`;
  const hit = newHit(id, kind, name,
    // Every written form of Ho Chi Minh City is an alias, the administrative word included.
    hcm ? mention(text, w.start[i], w.end[last]) : mention(text, nameStart, nameEnd),
    province, hcm ? 'Hồ Chí Minh' : undefined, hcm);
  // the descriptor words between unit word and name (huyện ven biển Hải Lăng) are read too
  return [hit, j - i + len];
}

// Captions and schedule labels glued on without a space by a lost line break: "xã Tân HưngHình thức cắt điện",
// "quận Bình TânẢnh: ...", "Phường Phú DiễnHình thức" (power-cut schedules: 107 corpus mentions, photo captions: 2).
const GLUED_CAPTION_TAILS = ['Hình', 'Ảnh'];
/** The end of a unit's name [s, e) before a caption word glued to its last syllable (a lower-case letter, then the word), else e. */
function gluedCaptionCut(text: string, s: number, e: number): number {
  // (cheap gate: the name's last code unit is the tail's "h")
  if (text.charCodeAt(e - 1) !== 104) return e;
  for (const tail of GLUED_CAPTION_TAILS) {
    const cut = e - tail.length;
    if (cut - 1 > s && text.startsWith(tail, cut) && isSmall(text.charCodeAt(cut - 1))) return cut;
  }
  // "thành phố Hạ Long Ảnh: Văn Đức/TTXVN": a photo credit after a space, its colon closing it
  if (e - 4 > s && text.charCodeAt(e) === 58 /* : */ && text.charCodeAt(e - 4) === 32 && text.startsWith('Ảnh', e - 3)) return e - 4;
  return e;
}

/**
 * Where the main pass goes on after a unit inside a venue's name ("Bệnh viện đa khoa thị xã Hồng Lĩnh"):
 * past the unit's name, which neither its last unit syllable (xã) nor the bare name may read again.
 */
let venueUnitEnd = -1;
/** Past a route's legs from its first leg's unit word at i (cold: its own function). */
function routeSkipped(w: Words, i: number): undefined {
  venueUnitEnd = routePairsAfter(w, routeLegsEnd(w, i)) + 1;
  return undefined;
}
function venueUnitSkipped(w: Words, j: number): undefined {
  let e = j;
  while (e < w.n && e - j < 4 && w.cap[e] && (e === j || w.plain[e])) e++;
  // (a province written over a dash, "tỉnh Bà Rịa - Vũng Tàu", is passed over whole: no "Vũng Tàu" after it)
  const g = gazAt(w, j);
  if (g && j + g[1] > e) e = j + g[1];
  venueUnitEnd = e;
  return undefined;
}

/**
 * resolveProvince of the text from word j to word last, asked only when word j can open a written province
 * (the first word of a province's key, or tỉnh/thành phố/TP before one): most unit names cannot, and are not sliced.
 */
function provinceFrom(w: Words, text: string, j: number, last: number): OldProvince | undefined {
  return wordIn(w, j, PROVINCE_FIRST_WORDS) ? resolveProvince(text.slice(w.start[j], w.end[last])) : undefined;
}

function unitWordAt(w: Words, text: string, j: number): boolean {
  return adminAt(w, text, j)?.[0].provinceLevel === true;
}

/**
 * "(P. Trung Liệt, quận Đống Đa)", "(Q.3)": a one-letter unit word opening a bracket, before a number or
 * a name of two words or more ("(H.Anh)" is a byline's initial).
 */
function bracketedAddress(w: Words, i: number, j: number): boolean {
  if (codeAt(w.text, w.start[i] - 1) !== 40 /* ( */) return false;
  // "(P.2)" alone after a headline is its part two: a numbered ward in brackets needs the rest of its address
  if (w.num[j] === 1) return keyAt(w, i) !== 'p' || w.text.charCodeAt(w.end[j]) === 44 /* , */;
  return j + 1 < w.n && w.plain[j + 1] === 1 && w.cap[j + 1] === 1;
}

// Rarer surnames, tested only after a province-level unit word: every province is in the gazetteer,
// so an unknown run there opening with one is the person who holds the post (Thành ủy Thân Thị Thư).
const MORE_SURNAMES = new Set(RARER_SURNAMES.map(foldForMatch));
/** A capitalised run of `len` words at j that reads as a Vietnamese person's name: a common surname first, or three words with a rarer one or Văn/Thị second. */
function personNameAt(w: Words, j: number, len: number): boolean {
  if (wordIn(w, j, SURNAME_WORDS)) return true;
  // Two syllables after a rarer surname are mostly a misspelt unit (TP Hà Nôi): a person has three.
  if (len < 3) return false;
  const middle = keyAt(w, j + 1);
  return MORE_SURNAMES.has(keyAt(w, j)) || middle === 'thị' || middle === 'văn';
}

const MINORITY_SURNAMES = new Set(SURNAMES_OPENING_NO_UNIT.map(foldForMatch));

/**
 * "tại Đồng Văn, Mèo Vạc (Hà Giang)": bare names right before a bracketed province are its units,
 * when they form a list or follow a place word (tại, ở, từ...). Names that open with a surname, follow
 * a person word or sit inside a venue's name (hồ Ba Bể) are left.
 */
/** A run of `len` words at s that is no gazetteer name, or exactly a district's (read by address rules). */
// "đỉnh lũ trên sông Thao tại Yên Bái, sông Cầu tại Đáp Cầu", "sông Thương tại Phủ Lạng Thương": a flood bulletin's gauge
// on a river is named by the commune or town where it stands (tuning g7 22473111; "sông <X> tại Đáp Cầu" in 10 corpus articles).
const SONG = foldForMatch('sông');
const TAI = foldForMatch('tại');
/** Word i is "tại" after "sông" and a river's one or two capitalised words: the unknown name after it is a place. */
function gaugeStationAfter(ctx: ExtractContext, w: Words, i: number): [Hit, number] | undefined {
  if (i < 2 || keyAt(w, i) !== TAI || !w.cap[i - 1] || gapOf(w, i) !== ' ') return undefined;
  const river = keyAt(w, i - 2) === SONG ? i - 2 : i > 2 && w.cap[i - 2] && keyAt(w, i - 3) === SONG ? i - 3 : -1;
  if (river < 0 || w.cap[river] || !w.plain[river + 1]) return undefined;
  // (a capitalised run of two or three words, no known place, venue, body or acronym: Đáp Cầu, Phủ Lạng Thương)
  const j = i + 1;
  const len = nameRun(w, ctx.text, j, 3);
  if (len < 2 || len > 3 || gazAt(w, j) || isAcronym(ctx.text, w, j) || wordIn(w, j, NOT_NAME_START_WORDS) || wordIn(w, j, BODY_OPENER_WORDS)
    || VENUE_HEADS.has(keyAt(w, j)) || VENUE_HEADS.has(keyAt(w, j) + ' ' + keyAt(w, j + 1))) return undefined;
  return [unknownUnit(ctx, w, j, len, 'commune'), len];
}

function districtAfterCue(ctx: ExtractContext, w: Words, j: number, lastPlaceEnd: number, lastCountryEnd: number): [Hit, number] | undefined {
  if (!maybeWord(GAZ_ROOT_GATE, w, j) || !DISTRICT_ONLY_ROOTS.has(keyAt(w, j))) return undefined;
  const g = gazAt(w, j);
  return g?.[0].addressOnly ? bareHit(ctx, w, j, lastPlaceEnd, lastCountryEnd, g) : undefined;
}

/**
 * "gồm Quảng Ninh, Bố Trạch, Quảng Trạch": a list of places goes on through a district whose first syllable the
 * main pass does not stop at (it opens given names), after a comma or "và". Returns the hit and the word after it.
 */
function districtListedAfter(ctx: ExtractContext, w: Words, j: number, lastPlaceEnd: number, lastCountryEnd: number): [Hit, number] | undefined {
  if (j < 1 || j + 1 >= w.n) return undefined;
  let k = j;
  if (w.cap[j]) {
    // a comma right after the place, then at most one space (read on the characters: no slice per place)
    const comma = w.end[j - 1];
    const gap = w.start[j] - comma;
    if (ctx.text.charCodeAt(comma) !== 44 /* , */ || gap > 2 || (gap === 2 && ctx.text.charCodeAt(comma + 1) !== 32)) return undefined;
  } else if (w.plain[j] && w.plain[j + 1] && w.cap[j + 1] && keyAt(w, j) === 'và') k = j + 1;
  else return undefined;
  // (not after a country: "tại Ulsan, Hàn Quốc, Xuân Trường cùng đồng đội" is a player)
  if (!w.cap[k] || lastCountryEnd === lastPlaceEnd) return undefined;
  const hit = districtAfterCue(ctx, w, k, lastPlaceEnd, lastCountryEnd);
  return hit && !isSportsDoc(ctx) ? [hit[0], k + hit[1]] : undefined;
}

function districtRun(w: Words, s: number, len: number): boolean {
  const g = gazAt(w, s);
  return !g || (g[0].addressOnly === true && g[1] === len);
}

/** "Buôn Đôn (Đắk Lắk), Phong Điền (Cần Thơ)": a known district right after a bracketed province continues a list of them. */
function districtAfterBracketedProvince(ctx: ExtractContext, w: Words, s: number): boolean {
  return s > 0 && BRACKET_LIST_GAP.test(gapOf(w, s)) && gazAt(w, s)?.[0].addressOnly === true && !isSportsDoc(ctx);
}

// The same districts by folded name, for a test against the province in the bracket.
const DISTRICT_PROVINCES = new Map([...DISTRICT_PROVINCE_CODES].map(([name, codes]) => [syllables(name).keys.join(' '), codes]));
/** "Hữu Lũng (Lạng Sơn) 40.5 độ": a known district before the bracketed province it lies in names its place, cue or not. */
function districtOfBracketedProvince(ctx: ExtractContext, w: Words, s: number, len: number, provinceAt: number): boolean {
  const g = gazAt(w, provinceAt);
  if (!g?.[0].province || isSportsDoc(ctx)) return false;
  const code = g[0].province.code;
  // a road's stretch names its ends (đoạn Yên Lập (Phú Thọ) - Đoan Hùng), a dash before one joins a route, a crossing
  // or a school's name (ngã tư Quang Trung – Hai Bà Trưng (Hà Nội), Trường THPT Trần Phú-Hoàn Kiếm (Hà Nội))
  if (s > 0 && (/[-–]\s*$/.test(gapOf(w, s)) || (w.plain[s] && (keyAt(w, s - 1) === STRETCH || keyAt(w, s - 1) === TUYEN_ROUTE)))) return false;
  if (provinceAt + g[1] < w.n && /^\)\s?[-–]/.test(gapOf(w, provinceAt + g[1]))) return false;
  return DISTRICT_PROVINCES.get(runKey(w, s, len))?.includes(code) === true;
}

const FEATURE_DISTRICT_PROVINCES = new Map([...FEATURE_DISTRICT_PROVINCE_CODES].map(([name, codes]) => [syllables(name).keys.join(' '), codes]));
const LIST_LINK_WORDS = new Set(['và', 'như', 'gồm'].map(foldForMatch));
/**
 * "Cần Thơ, Hạ Long (Quảng Ninh) và Nha Trang", "Đồng Văn (Hà Giang) và Tam Đảo (Vĩnh Phúc)": a district named after a natural
 * feature, before its own province in brackets, at a list's item (after punctuation, và, như, gồm); after another word it is
 * mostly the feature's ("quy hoạch Sơn Trà (Đà Nẵng)", tuning g14, g18; ~10 corpus articles).
 */
function featureDistrictOfBracketedProvince(ctx: ExtractContext, w: Words, s: number, len: number, provinceAt: number): boolean {
  if (s > 0 && gapOf(w, s) === ' ' && !LIST_LINK_WORDS.has(keyAt(w, s - 1))) return false;
  const code = gazAt(w, provinceAt)?.[0].province?.code;
  return code !== undefined && FEATURE_DISTRICT_PROVINCES.get(runKey(w, s, len))?.includes(code) === true && !isSportsDoc(ctx);
}

/** First word of the longest capitalised run ending at word e (from s on) that is a district of the province at provinceAt, or -1. */
function districtOfProvinceBefore(ctx: ExtractContext, w: Words, s: number, e: number, provinceAt: number): number {
  const code = gazAt(w, provinceAt)?.[0].province?.code;
  if (!code || isSportsDoc(ctx)) return -1;
  for (let k = s; k < e; k++) {
    if (isAcronym(ctx.text, w, k)) continue;
    if (DISTRICT_PROVINCES.get(runKey(w, k, e - k + 1))?.includes(code)) return k;
  }
  return -1;
}

function unitsBeforeBracket(ctx: ExtractContext, w: Words, provinceAt: number, hits: Hit[]): void {
  if (!/^\s?\($/.test(gapOf(w, provinceAt))) return;
  const runs: [number, number][] = [];
  let e = provinceAt - 1;
  // (a run before the first that is no district, "Cần Thơ, Hạ Long (Quảng Ninh)", ends the list: those after it stand)
  walk: while (runs.length < 4 && e >= 0 && w.cap[e]) {
    let s = e;
    while (s > 0 && e - s < 4 && w.plain[s] && w.cap[s - 1]) s--;
    const len = e - s + 1;
    if (len < 2 || len > 4 || wordIn(w, s, SURNAME_WORDS) || wordIn(w, s, MINORITY_SURNAME_WORDS) || isAcronym(ctx.text, w, s)) break;
    for (let k = s; k <= e; k++) if (isAcronym(ctx.text, w, k) || wordIn(w, k, NOT_NAME_START_WORDS)) break walk;
    if (!districtRun(w, s, len) || (wordIn(w, s, ADMIN_FIRST_WORDS) && adminAt(w, ctx.text, s)) || insideVenueName(w, s) || phraseBefore(w, s, NOT_PLACE_BEFORE)) break;
    if (VENUE_HEADS.has(keyAt(w, s)) || VENUE_HEADS.has(keyAt(w, s) + ' ' + keyAt(w, s + 1))) break;
    runs.push([s, len]);
    const gap = s > 0 ? gapOf(w, s) : '';
    if (/^\s*,\s*$/.test(gap) && w.cap[s - 1]) e = s - 1;
    else if (gap === ' ' && keyAt(w, s - 1) === 'và' && s > 1 && w.cap[s - 2] && w.plain[s - 1]) e = s - 2;
    else break;
  }
  if (!runs.length) return;
  const [first] = runs[runs.length - 1];
  if (runs.length < 2 && !phraseBefore(w, first, PLACE_CONTEXT_BEFORE) && !districtAfterBracketedProvince(ctx, w, first)
    && !districtOfBracketedProvince(ctx, w, first, runs[0][1], provinceAt) && !featureDistrictOfBracketedProvince(ctx, w, first, runs[0][1], provinceAt)) return;
  const taken = new Set(hits.map((h) => h.mention.span[0]));
  for (const [s, len] of runs) if (!taken.has(w.start[s])) hits.push(unknownUnit(ctx, w, s, len, 'district'));
}

/**
 * "số 69 Phan Đình Phùng, Ba Đình, Hà Nội", "(Hoàng Mai, Hà Nội)": a bare name between commas (or
 * an opening bracket) right before a province is its district, as an address writes it.
 */
function unitBeforeProvince(ctx: ExtractContext, w: Words, provinceAt: number, hits: Hit[], lastPlaceEnd: number): void {
  // a comma right before the province, tested on its characters before the gap is sliced
  const start = w.start[provinceAt];
  if (codeAt(ctx.text, start - 1) !== 44 && codeAt(ctx.text, start - 2) !== 44) return;
  if (!/^\s?,\s?$/.test(gapOf(w, provinceAt))) return;
  const e = provinceAt - 1;
  let s = e;
  while (s > 0 && e - s < 3 && w.plain[s] && w.cap[s - 1]) s--;
  const len = e - s + 1;
  // A district of that very province is its district whatever opens the run or comes before it (Cầu Giấy, Hà Nội;
  // ở tít tận Thạch Thành, Thanh Hóa): its first word may be a venue's head (Cầu, Chợ, Núi), not read as one here.
  const own = s > 0 && len >= 2 ? districtOfProvinceBefore(ctx, w, s, e, provinceAt) : -1;
  if (own >= 0) {
    if (!insideVenueName(w, own) && !hits.some((h) => h.mention.span[0] === w.start[own])) hits.push(unknownUnit(ctx, w, own, e - own + 1, 'district'));
    return;
  }
  if (s < 1 || len < 2 || !w.cap[s] || !/(?:,|\()\s?$/.test(gapOf(w, s))) return;
  // A surname may open it only inside brackets that close after the province, (Hoàng Mai, Hà Nội), or
  // between a unit and its province (phường Hoàng Liệt, Hoàng Mai, Hà Nội).
  const bracketed = (/\(\s?$/.test(gapOf(w, s)) && ctx.text.slice(w.end[provinceAt], w.end[provinceAt] + 12).includes(')')) || s - 1 === lastPlaceEnd;
  if ((!bracketed && wordIn(w, s, SURNAME_WORDS) && !surnameDistrict(w, s, len)) || wordIn(w, s, MINORITY_SURNAME_WORDS) || wordIn(w, s, NOT_NAME_START_WORDS)) return;
  for (let k = s; k <= e; k++) if (isAcronym(ctx.text, w, k) || !w.cap[k]) return;
  if (!districtRun(w, s, len) || (wordIn(w, s, ADMIN_FIRST_WORDS) && adminAt(w, ctx.text, s)) || insideVenueName(w, s)) return;
  if (VENUE_HEADS.has(keyAt(w, s)) || VENUE_HEADS.has(keyAt(w, s) + ' ' + keyAt(w, s + 1))) return;
  hits.push(unknownUnit(ctx, w, s, len, 'district'));
}

/**
 * "ĐB Nguyễn Văn A (Hoàn Kiếm)", "(Hoàng Mai)": a district alone in brackets, where the main pass does not stop (its first
 * syllable opens given names). Not in a sports report, where a bracket after a name holds the player's club.
 */
function bracketedDistricts(ctx: ExtractContext, w: Words, hits: Hit[]): void {
  const text = ctx.text;
  let taken: Set<number> | undefined;
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    const j = wordStartingAt(w, at + 1);
    if (j < 0 || !w.cap[j] || !maybeWord(BRACKET_DISTRICT_GATE, w, j)) continue;
    const key = keyAt(w, j);
    let len = 0;
    if (DISTRICT_ONLY_ROOTS.has(key)) {
      const g = gazAt(w, j);
      if (g?.[0].addressOnly) len = g[1];
    } else if (SURNAME_WORDS.set.has(key) && surnameDistrict(w, j, 2)) len = 2;
    if (!len) continue;
    const closed = text.charCodeAt(w.end[j + len - 1]) === 41 /* ) */;
    const listed = !closed && text.charCodeAt(w.end[j + len - 1]) === 44 /* , */ ? bracketedDistrictListEnd(w, j + len) : -1;
    if ((!closed && listed < 0) || isSportsDoc(ctx)) continue;
    taken ??= new Set(hits.map((h) => h.mention.span[0]));
    if (!taken.has(w.start[j])) hits.push(unknownUnit(ctx, w, j, len, 'district'));
    // (the later items: those the main pass did not take)
    for (let k = j + len; k < listed; ) {
      const g = gazAt(w, k)!;
      if (!taken.has(w.start[k])) hits.push(unknownUnit(ctx, w, k, g[1], 'district'));
      k += g[1];
      if (k < listed && keyAt(w, k) === 'và') k++;
    }
  }
}

/**
 * "(Ứng Hòa, Đống Đa)", "(Phong Điền, Quảng Điền, Hương Trà, Phú Vang, Phú Lộc)": a bracket that lists districts of the
 * gazetteer and nothing else, after its first item (j: the second's first word). The word after the last item, or -1.
 */
function bracketedDistrictListEnd(w: Words, j: number): number {
  for (let k = j; k < w.n; ) {
    if (!w.cap[k]) return -1;
    const g = gazAt(w, k);
    if (!g || g[0].blocked || !g[0].addressOnly) return -1;
    const after = w.end[k + g[1] - 1];
    const c = w.text.charCodeAt(after);
    k += g[1];
    if (c === 41 /* ) */) return k;
    if (c === 44 /* , */ && LIST_GAP.test(gapOf(w, k))) continue;
    if (c === 32 && k + 1 < w.n && w.plain[k] && keyAt(w, k) === 'và' && w.plain[k + 1]) { k++; continue; }
    return -1;
  }
  return -1;
}
// First syllables of the districts read only by bracketedDistricts: most brackets hold other words, passed over unsliced.
const BRACKET_DISTRICT_GATE = wordGate([...DISTRICT_ONLY_ROOTS, ...[...SURNAME_DISTRICTS].map((k) => k.split(' ')[0])]);
/** Index of the word starting at character offset p, or -1 (binary search over word starts). */
function wordStartingAt(w: Words, p: number): number {
  let lo = 0;
  let hi = w.n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = w.start[mid];
    if (s === p) return mid;
    if (s < p) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Units written right before a province: after a comma (Ba Đình, Hà Nội) or a dash (Hữu Lũng - Lạng Sơn). */
function unitsBeforeProvince(ctx: ExtractContext, w: Words, provinceAt: number, hits: Hit[], lastPlaceEnd: number): void {
  unitBeforeProvince(ctx, w, provinceAt, hits, lastPlaceEnd);
  unitDashProvince(ctx, w, provinceAt, hits);
}

/**
 * "(Hữu Lũng - Lạng Sơn)", "quê gốc Hải Hậu - Nam Định": a district and its province joined by a dash, in brackets
 * or after a home-address word.
 */
function unitDashProvince(ctx: ExtractContext, w: Words, provinceAt: number, hits: Hit[]): void {
  const start = w.start[provinceAt];
  const c1 = codeAt(ctx.text, start - 1);
  const c2 = codeAt(ctx.text, start - 2);
  if (c1 !== 45 && c1 !== 8211 && c2 !== 45 && c2 !== 8211) return;
  if (!DASH_GAP.test(gapOf(w, provinceAt))) return;
  const e = provinceAt - 1;
  let s = e;
  while (s > 0 && e - s < 3 && w.plain[s] && w.cap[s - 1]) s--;
  const len = e - s + 1;
  if (s < 1 || len < 2 || !w.cap[s]) return;
  const bracketed = /\(\s?$/.test(gapOf(w, s)) && ctx.text.charCodeAt(w.end[provinceAt + (gazAt(w, provinceAt)?.[1] ?? 1) - 1]) === 41 /* ) */;
  if (!bracketed && !(w.plain[s] && wordIn(w, s - 1, HOME_WORDS))) return;
  if ((wordIn(w, s, SURNAME_WORDS) && !surnameDistrict(w, s, len)) || wordIn(w, s, MINORITY_SURNAME_WORDS) || wordIn(w, s, NOT_NAME_START_WORDS)) return;
  for (let k = s; k <= e; k++) if (isAcronym(ctx.text, w, k)) return;
  if (!districtRun(w, s, len) || (wordIn(w, s, ADMIN_FIRST_WORDS) && adminAt(w, ctx.text, s)) || insideVenueName(w, s)) return;
  if (VENUE_HEADS.has(keyAt(w, s)) || VENUE_HEADS.has(keyAt(w, s) + ' ' + keyAt(w, s + 1))) return;
  if (hits.some((h) => h.mention.span[0] === w.start[s])) return;
  hits.push(unknownUnit(ctx, w, s, len, 'district'));
}
const DASH_GAP = /^\s?[-–]\s?$/;

const LIST_GAP = /^\s*,\s*$/;
// Words that open a list of places (đô thị vệ tinh như A, B, C; gồm A, B).
const LIST_OPENERS = new Set(['như', 'gồm', 'tại', 'ở', 'về', 'từ'].map(foldForMatch));
/**
 * "như Sóc Sơn, Xuân Mai, Sơn Tây, Phú Xuyên": a known town in a comma list opened by như, gồm, tại...
 * makes the bare names listed before it towns too (those after it are read by listAfter).
 */
function unitsListedBefore(ctx: ExtractContext, w: Words, townAt: number, hits: Hit[]): void {
  const runs: [number, number][] = [];
  let e = townAt - 1;
  while (runs.length < 5 && e > 0 && w.cap[e]) {
    let s = e;
    while (s > 0 && e - s < 2 && w.plain[s] && w.cap[s - 1]) s--;
    const len = e - s + 1;
    if (len < 2 || wordIn(w, s, SURNAME_WORDS) || wordIn(w, s, MINORITY_SURNAME_WORDS) || wordIn(w, s, NOT_NAME_START_WORDS)) return;
    for (let k = s; k <= e; k++) if (isAcronym(ctx.text, w, k)) return;
    if (!districtRun(w, s, len) || (wordIn(w, s, ADMIN_FIRST_WORDS) && adminAt(w, ctx.text, s)) || insideVenueName(w, s)) return;
    if (VENUE_HEADS.has(keyAt(w, s)) || VENUE_HEADS.has(keyAt(w, s) + ' ' + keyAt(w, s + 1))) return;
    runs.push([s, len]);
    if (s < 1) return;
    const gap = gapOf(w, s);
    if (LIST_GAP.test(gap) && w.cap[s - 1]) { e = s - 1; continue; }
    // the list's opener: "như Sóc Sơn, ..."
    if (gap === ' ' && !w.cap[s - 1] && wordIn(w, s - 1, LIST_OPENER_WORDS)) break;
    return;
  }
  if (!runs.length) return;
  const taken = new Set(hits.map((h) => h.mention.span[0]));
  for (const [s, len] of runs) if (!taken.has(w.start[s])) hits.push(unknownUnit(ctx, w, s, len, 'district'));
}

/**
 * "số 408 Điện Biên Phủ, P11,Q10, TP.HCM": ward and district written as P and Q glued to their numbers, dotless,
 * in an address before its province (the word at provinceAt). Named as written, one place with "quận 10".
 */
function gluedUnitsBefore(ctx: ExtractContext, w: Words, provinceAt: number, hits: Hit[]): void {
  const text = ctx.text;
  const found: Hit[] = [];
  for (let k = provinceAt - 1; k >= 0 && LIST_GAP.test(gapOf(w, k + 1)); k--) {
    const s = w.start[k];
    const e = w.end[k];
    const c = text.charCodeAt(s);
    if ((c !== 80 /* P */ && c !== 81 /* Q */) || e - s < 2 || e - s > 3 || !/^\d+$/.test(text.slice(s + 1, e))) break;
    const name = text.slice(s, e);
    const unit = c === 80 ? 'phường' : 'quận';
    found.push(newHit(`n:${foldName(`${unit} ${name.slice(1)}`)}`, c === 80 ? 'commune' : 'district', name, mention(text, s, e), undefined, undefined, undefined));
  }
  for (let f = found.length - 1; f >= 0; f--) hits.push(found[f]);
}

/** A capitalised run in brackets right after a unit: its parent unit (xã Kỳ Tây (Kỳ Anh)). */
function parentInBrackets(ctx: ExtractContext, w: Words, j: number, childKind: LocationKind): [Hit, number] | undefined {
  if (j >= w.n || !/^\s?\($/.test(gapOf(w, j)) || !w.cap[j]) return undefined;
  let len = 1;
  while (j + len < w.n && len < 4 && w.plain[j + len] && w.cap[j + len]) len++;
  const after = j + len < w.n ? gapOf(w, j + len) : ctx.text.slice(w.end[j + len - 1], w.end[j + len - 1] + 1);
  if (!after.startsWith(')')) return undefined;
  // handled as a bare gazetteer name, unless a district the main pass does not stop at (xã Trung Hòa (Cầu Giấy))
  if (!districtRun(w, j, len)) return undefined;
  // "Hiệp hội Bất động sản TP.HCM (Horea)": a province has no parent in brackets outside the gazetteer; that is a short name.
  if (childKind === 'province') return undefined;
  // "xã Ea Kao (TP Buôn Ma Thuột)": a unit with its own word is read by the main pass.
  if (wordIn(w, j, ADMIN_FIRST_WORDS) && adminAt(w, ctx.text, j)) return undefined;
  // "Sở Giao thông Vận tải tỉnh Bắc Ninh (GTVT)": an acronym in brackets abbreviates the body before it.
  // (khu vực Đông Nam Á (ASEAN) is the region's own short name, kept.)
  if (len === 1 && childKind !== 'region' && childKind !== 'country' && isAcronym(ctx.text, w, j)) return undefined;
  const name = ctx.text.slice(w.start[j], w.end[j + len - 1]);
  return [newHit(`n:${foldName(name)}`, UP[childKind], name, mention(ctx.text, w.start[j], w.end[j + len - 1]), undefined, undefined, undefined), len];
}

const UP: Record<LocationKind, LocationKind> = {
  village: 'commune', commune: 'district', district: 'province', province: 'province', region: 'region', country: 'country',
};

/** An unknown name run at word j that ends at a list separator, a bracket, the sentence end or a province. */
function boundedRun(ctx: ExtractContext, w: Words, j: number, countryOpens = false): number {
  if (j >= w.n || !w.cap[j] || wordIn(w, j, NOT_NAME_START_WORDS) || wordIn(w, j, ADMIN_FIRST_WORDS) && adminAt(w, ctx.text, j)) return 0;
  // (a run opening with a surname is a person's name unless it is a district's: Hoàng Mai, Lý Nhân)
  const len = wordIn(w, j, SURNAME_WORDS) ? surnameDistrictLength(w, j) : nameRun(w, ctx.text, j, 4);
  if (len < 2 || len > 4 || isAcronym(ctx.text, w, j) || venueWordInRun(ctx.text, w, j, len)) return 0;
  // A run that opens with a known name (Nhật Bản Than...) or a venue word (Đền Trần) is not an unknown unit.
  const g = gazAt(w, j);
  // (a district's name read as an address is a run too, and a longer one opening with it is another unit: Tân Phú Trung;
  // in a list of communes a one-syllable country opens one too: Mỹ Xuân)
  if (g && !g[0].addressOnly && (!g[0].contextOnly || g[1] >= len) && !(countryOpens && g[0].kind === 'country' && g[1] === 1)) return 0;
  if (VENUE_HEADS.has(keyAt(w, j)) || VENUE_HEADS.has(keyAt(w, j) + ' ' + keyAt(w, j + 1))) return 0;
  const end = j + len;
  if (end >= w.n) return len;
  const gap = gapOf(w, end);
  if (/^\s*[,.;:()…]/.test(gap)) return len;
  if (w.plain[end] && (keyAt(w, end) === 'và' || gazAt(w, end)?.[0].province)) return len;
  return 0;
}

/**
 * "tại Press Club Hà Nội", "tại Park Hyatt Saigon Hotel, Quận 1": a run of foreign words with an English word of a venue or a
 * body (club, hotel, tower...) names no unit of an address (a highland village's "Ea Bar" is no bar: "Ea" is no foreign word).
 */
function venueWordInRun(text: string, w: Words, j: number, len: number): boolean {
  let venue = false;
  for (let k = j; k < j + len; k++) {
    if (!foreignWord(text, w, k)) return false;
    if (FOREIGN_NON_PLACE_WORDS.has(keyAt(w, k))) venue = true;
  }
  return venue;
}

/** Words of the district opening with a surname at word s that ends a capitalised run (Hoàng Mai, Dương Minh Châu), or 0. */
function surnameDistrictLength(w: Words, s: number): number {
  for (let len = 2; len <= 3; len++) {
    if (s + len > w.n || !w.plain[s + len - 1] || !w.cap[s + len - 1]) return 0;
    if (!(s + len < w.n && w.plain[s + len] && w.cap[s + len]) && surnameDistrict(w, s, len)) return len;
  }
  return 0;
}
/** Words [s, s+len) are a district whose name opens with a surname (Hoàng Mai, Lê Chân). */
function surnameDistrict(w: Words, s: number, len: number): boolean {
  if (len < 2 || len > 3 || s + len > w.n) return false;
  return SURNAME_DISTRICTS.has(runKey(w, s, len));
}

function unknownUnit(ctx: ExtractContext, w: Words, j: number, len: number, kind: LocationKind): Hit {
  // "trú tại Khu Tân Lập, Cẩm Thủy, ...": the hamlet's unit word written with a capital is no part of its name.
  if (len >= 2 && keyAt(w, j) === KHU) { j++; len--; kind = 'village'; }
  // (a list item too: "Xã Canh Nậu, Dị NậuHình thức cắt điện")
  const end = gluedCaptionCut(ctx.text, w.start[j], w.end[j + len - 1]);
  const name = ctx.text.slice(w.start[j], end);
  const province = wordIn(w, j, PROVINCE_FIRST_WORDS) ? resolveProvince(name) : undefined;
  return newHit(province ? `p:${province.code}` : `n:${foldName(name)}`, province ? 'province' : kind, name,
    mention(ctx.text, w.start[j], end), province, undefined, undefined);
}

/** The kind one level below a unit's: what a bare name before it in an address is. */
const DOWN: Partial<Record<LocationKind, LocationKind>> = { province: 'district', district: 'commune', commune: 'village' };

/**
 * "trú tại Nghi Trung, Nghi Lộc, Nghệ An", "quê ở Hải Hậu, Nam Định": bare names in an address chain
 * that ends in a province are units. Returns the hits of the names before the province and the
 * index of the province's first word.
 */
function addressChain(ctx: ExtractContext, w: Words, i: number): [Hit[], number] | undefined {
  let j = i + 1;
  if (j >= w.n || !w.plain[j]) return undefined;
  const runs: [number, number][] = [];
  // The unit that ends the chain: a bare province (Nghệ An) or a unit with its word (tỉnh Bình Thuận).
  let endKind: LocationKind | undefined;
  while (runs.length < 3) {
    const len = boundedRun(ctx, w, j);
    if (!len) return undefined;
    runs.push([j, len]);
    j += len;
    if (j >= w.n) return undefined;
    const gap = gapOf(w, j);
    if (!(gap === ' ' || /^\s*,\s*$/.test(gap))) return undefined;
    if (gazAt(w, j)?.[0].province) { endKind = 'province'; break; }
    if (gap === ' ') return undefined;
    if (wordIn(w, j, ADMIN_FIRST_WORDS)) {
      const unit = adminHit(ctx, w, j);
      if (!unit || unit[0].kind === 'village') return undefined;
      endKind = unit[0].kind === 'country' || unit[0].kind === 'region' ? 'province' : unit[0].kind;
      break;
    }
  }
  if (!endKind) return undefined;
  // Kinds step down from the unit that ends the chain: [..., commune, district] before a province.
  const kinds: LocationKind[] = [];
  let kind: LocationKind = endKind;
  for (let k = runs.length - 1; k >= 0; k--) { kind = DOWN[kind] ?? 'village'; kinds[k] = kind; }
  // The closing unit itself is read by the main pass, which takes it right after a place.
  return [runs.map(([s, len], k) => unknownUnit(ctx, w, s, len, kinds[k])), j];
}

/**
 * "(Hoàng Liệt, Hoàng Mai, Hà Nội)", "Địa chỉ: Thượng Khuông, Hưng Thịnh, Bình Giang, Hải Dương": an address
 * written bare, opened by a bracket, a colon or an address word, names its commune (and village) before the district
 * and the province that close it. The address shape, not the names, decides: a run opening with a surname is a
 * person or a street (Nguyễn Trãi, Thanh Xuân, Hà Nội), and a run after any other word (Trường Mầm non Quang Thuận,
 * Bạch Thông) is a venue's.
 */
function unitsBeforeDistrict(ctx: ExtractContext, w: Words, hits: Hit[]): void {
  let taken: Set<number> | undefined;
  const found: Hit[] = [];
  for (const district of hits) {
    if (district.kind !== 'district' || district.province) continue;
    const ds = wordStartingAt(w, district.mention.span[0]);
    if (ds < 1 || !LIST_GAP.test(gapOf(w, ds))) continue;
    // the province that closes the address, right after a comma (read on the gazetteer: its mention may be merged later)
    let next = ds + 1;
    while (next < w.n && w.end[next - 1] < district.mention.span[1]) next++;
    if (next >= w.n || !LIST_GAP.test(gapOf(w, next)) || !gazAt(w, next)?.[0].province) continue;
    const runs: [number, number][] = [];
    let e = ds - 1;
    let opened = false;
    while (runs.length < 2 && e > 0 && w.cap[e]) {
      let s = e;
      while (s > 0 && e - s < 2 && w.plain[s] && w.cap[s - 1]) s--;
      const len = e - s + 1;
      if (len < 2 || s < 1 || wordIn(w, s, SURNAME_WORDS) || wordIn(w, s, MINORITY_SURNAME_WORDS) || wordIn(w, s, NOT_NAME_START_WORDS)) break;
      let acronym = false;
      for (let k = s; k <= e; k++) if (isAcronym(ctx.text, w, k)) acronym = true;
      if (acronym || !districtRun(w, s, len) || (wordIn(w, s, ADMIN_FIRST_WORDS) && adminAt(w, ctx.text, s)) || insideVenueName(w, s)) break;
      if (VENUE_HEADS.has(keyAt(w, s)) || VENUE_HEADS.has(keyAt(w, s) + ' ' + keyAt(w, s + 1))) break;
      runs.push([s, len]);
      const gap = gapOf(w, s);
      if (ADDRESS_OPENING_GAP.test(gap) || (w.plain[s] && !w.cap[s - 1] && wordIn(w, s - 1, HOME_WORDS))) { opened = true; break; }
      if (!LIST_GAP.test(gap)) break;
      e = s - 1;
    }
    if (!opened) continue;
    taken ??= new Set(hits.map((h) => h.mention.span[0]));
    let kind: LocationKind = 'district';
    for (const [s, len] of runs) {
      kind = DOWN[kind] ?? 'village';
      if (!taken.has(w.start[s])) found.push(unknownUnit(ctx, w, s, len, kind));
    }
  }
  hits.push(...found);
}
// A bracket or a label's colon right before an address.
const ADDRESS_OPENING_GAP = /[(:]\s*$/;

/** The words of the document being read (isSportsDoc reads them). */
let currentWords: Words | undefined;

export function extractLocations(ctx: ExtractContext): Location[] {
  const w = wordsOf(ctx.text, ctx.folded);
  currentWords = w;
  const hits: Hit[] = [];
  let lastPlaceEnd = -2;
  let lastCountryEnd = -100;
  let nextCandidate = 0;
  for (let i = 0; i < w.n; ) {
    if (i === lastPlaceEnd + 1) {
      const listed = districtListedAfter(ctx, w, i, lastPlaceEnd, lastCountryEnd);
      if (listed) { hits.push(listed[0]); i = listed[1]; lastPlaceEnd = i - 1; continue; }
    }
    // on to the first candidate word at or after i
    while (nextCandidate < w.candidateCount && w.candidates[nextCandidate] < i) nextCandidate++;
    if (nextCandidate === w.candidateCount) break;
    i = w.candidates[nextCandidate];
    const flags = firstSyllableFlags(w, i);
    if (!(flags & (w.cap[i] ? IN_FIRST : IN_LOWER_FIRST))) { i++; continue; }
    if (flags & ROUTE_WORD) { const end = travelDirectionEnd(w, i); if (end >= 0) { i = end + 1; continue; } }
    // Route and direction phrases name no place: tuyến Móng Cái – Hòa Bình, hướng Sơn La.
    // (a capitalised one that opens a name of the gazetteer is that name: Hướng Hóa)
    if (flags & ROUTE_WORD && i + 1 < w.n && w.plain[i + 1] && !(w.cap[i] && gazAt(w, i))
      && (keyAt(w, i) === STRETCH ? dashedLegAt(w, i + 1) : w.cap[i + 1] || routeUnitWord(w, i + 1))) {
      // "theo hướng thị trấn Phố Mới - Đại Xuân": a unit word may open the first leg.
      const j = w.cap[i + 1] ? i + 1 : i + routeUnitWord(w, i + 1);
      i = routePairsAfter(w, routeLegsEnd(w, j)) + 1;
      continue;
    }
    // "tiếng Nga, Anh, Tây Ban Nha và Đức": every name of a language list is a language.
    if (flags & LANGUAGE_WORD && !(i > 0 && w.plain[i] && NOT_LANGUAGE_BEFORE.has(keyAt(w, i - 1)))) {
      i = w.cap[i] ? i + 1 : skipLanguageList(w, i + 1);
      continue;
    }
    if (flags & FOREIGN_CUE) {
      const foreign = i + 1 < w.n && w.cap[i + 1] ? foreignPlaceAfterCue(ctx, w, i + 1) ?? birthplaceAfterCue(ctx, w, i) : undefined;
      if (foreign) {
        hits.push(foreign[0]);
        i = i + 1 + foreign[1];
        lastPlaceEnd = i - 1;
        continue;
      }
      // A lower-case cue that starts nothing else (từ, đến, sang) is done with.
      if (!w.cap[i] && !(flags & CUE_OR_NAME)) { i++; continue; }
    }
    if (flags & ADDRESS_CUE) {
      // Cue words start no name themselves.
      const chain = !w.cap[i] && i + 1 < w.n && w.cap[i + 1] ? addressChain(ctx, w, i) : undefined;
      if (chain) {
        hits.push(...chain[0]);
        i = chain[1];
        lastPlaceEnd = i - 1;
        continue;
      }
      // "ở Hoàn Kiếm": a district whose first syllable the pass does not stop at
      const district = !w.cap[i] && i + 1 < w.n && w.cap[i + 1] && w.plain[i + 1] ? districtAfterCue(ctx, w, i + 1, lastPlaceEnd, lastCountryEnd) ?? gaugeStationAfter(ctx, w, i) : undefined;
      if (district) {
        hits.push(district[0]);
        i = i + 1 + district[1];
        lastPlaceEnd = i - 1;
      } else i++;
      continue;
    }
    // Both look for an administrative word at i first.
    const colonList = flags & ADMIN_START ? colonListStart(ctx, w, i) : undefined;
    const counted = colonList ?? (flags & ADMIN_START ? likeListStart(ctx, w, i) : undefined);
    if (counted) {
      // (after "như" or "gồm" the plural unit word promised a list: its last name may run into the clause)
      i = listAfter(ctx, w, counted[0], counted[1], hits, true, counted !== colonList);
      lastPlaceEnd = i - 1;
      continue;
    }
    venueUnitEnd = -1;
    const ah = flags & ADMIN_START ? adminHit(ctx, w, i) : undefined;
    if (venueUnitEnd > i) { i = venueUnitEnd; continue; }
    if (ah) {
      if (ah[0].province) gluedUnitsBefore(ctx, w, i, hits);
      else if (ah[0].kind === 'commune' && i > 0) gluedQuarterBefore(ctx.text, w, i, hits);
      hits.push(ah[0]);
      const plural = i > 0 && w.plain[i] && (wordIn(w, i - 1, PLURAL_WORDS) || (w.num[i - 1] === 1 && smallCount(w, i - 1)));
      const unitAt = i;
      i += ah[1];
      lastPlaceEnd = i - 1;
      const parent = parentInBrackets(ctx, w, i, ah[0].kind);
      // ("Trạm CSGT Thăng Bình (Phòng CSGT Quảng Nam)": a station's parent in brackets is its body, read as one)
      if (parent && adminAt(w, ctx.text, unitAt)?.[0].gazOnly) { i = parentsAfter(ctx, w, i, ah[0].kind, hits); lastPlaceEnd = i - 1; continue; }
      if (parent) { hits.push(parent[0]); i += parent[1]; }
      else if (w.num[i - 1] && i < w.n && w.num[i] && ctx.text.charCodeAt(w.end[i - 1]) === 44 /* , */) i = numberedListAfter(ctx, w, i - ah[1], i, ah[0].kind, hits);
      else if (plural) i = listAfter(ctx, w, i, ah[0].kind, hits, false, true);
      else if (!ah[0].province && i < w.n && (ctx.text.charCodeAt(w.end[i - 1]) === 44 /* , */ || foreignPairAt(ctx.text, w, i)) && foreignWord(ctx.text, w, i - 1)) i = foreignUnitsAfter(ctx, w, i, ah[0].kind, hits);
      else i = parentsAfter(ctx, w, unitPairAfter(ctx, w, i, ah[0].kind, hits), ah[0].kind, hits);
      lastPlaceEnd = i - 1;
      continue;
    }
    if (flags & ADMIN_START && keyAt(w, i) === QUAN_KEY) {
      const end = pairedDistrictList(ctx, w, i, hits);
      if (end > 0) { i = end; lastPlaceEnd = i - 1; continue; }
    }
    // Every name written in lower case (miền Bắc, châu Âu, đồng bằng ...) has two words or more: a
    // lower-case word whose next word continues no name (đồng in "tỷ đồng") is passed over at once.
    if (!w.cap[i] && !(i + 1 < w.n && inGate(GAZ_LATER_GATE, gateSlot(w.hashes[2 * (i + 1) + 1], GAZ_LATER_GATE_BITS)))) { i++; continue; }
    let g = gazAt(w, i);
    if (!g && w.cap[i] && i + 1 < w.n && !w.cap[i + 1] && w.plain[i + 1] && phraseBefore(w, i, PLACE_CONTEXT_BEFORE)) g = gazAt(w, i, true);
    if (g?.[0].blocked) { i += g[1]; continue; }
    const bh = bareHit(ctx, w, i, lastPlaceEnd, lastCountryEnd, g);
    if (bh) {
      // (a bracketed district is the parent of the commune before it: ở Cẩm Duệ (Cẩm Xuyên))
      if ((bh[0].province || bh[0].kind === 'district') && inBrackets(ctx, w, i, bh[1])) unitsBeforeBracket(ctx, w, i, hits);
      else if (bh[0].province && i - 1 !== lastPlaceEnd) unitsBeforeProvince(ctx, w, i, hits, lastPlaceEnd);
      // (players' given names are listed the same way in a football report: Văn Toàn, Công Phượng)
      const townInList = bh[0].kind === 'district' && !bh[0].province && i > 0 && LIST_GAP.test(gapOf(w, i)) && !isSportsDoc(ctx);
      if (townInList) unitsListedBefore(ctx, w, i, hits);
      hits.push(bh[0]);
      i += bh[1];
      if (townInList) i = listAfter(ctx, w, i, 'district', hits);
      lastPlaceEnd = i - 1;
      if (bh[0].kind === 'country') lastCountryEnd = i - 1;
      continue;
    }
    // A rejected name is not searched again inside (châu Á - Thái Bình Dương holds no Thái Bình).
    i += g && g[1] > 1 ? g[1] : 1;
    // (nor its short form bracketed after it: "VNPT Bà Rịa – Vũng Tàu (BR-VT)")
    if (g?.[0].province && i < w.n) i += bracketedAliasLength(ctx.text, w, i, g[0]);
  }
  if (mayHoldGaugeList(w)) hits.push(...gaugeStations(ctx, w, hits));
  if (ctx.text.indexOf('(') >= 0) bracketedDistricts(ctx, w, hits);
  unitsBeforeDistrict(ctx, w, hits);
  addLaterMentions(ctx, w, hits);
  if (ctx.text.includes('VOV')) dropBureauBylines(ctx.text, hits);
  dropScoreSides(ctx.text, hits);
  return group(hits);
}

// "Vũ Lợi/VOV-Tây Bắc", "PV/VOV - Paris", "VOV miền Trung": the radio's bureau, part of a media name, not a place of the story.
const VOV_BUREAU_BEFORE = /VOV\s?[-–]?\s?$/;
// A match score between two capitalised sides: "PSG 2-1 Lille", "Leicester 0-3 Man United", "SLNA hòa TP.HCM 1-1 Sài Gòn".
const SCORE_AFTER_SIDE = /^ ?\d ?[-–] ?\d(?![\d/.,%°]) ?\p{Lu}/u;
const SCORE_BEFORE_SIDE = /\p{Lu}[\p{L}.]* \d ?[-–] ?\d ?$/u;
/** A digit at p, or a space at p and a digit next to it in direction `step` (where a score's digit may stand). */
function digitOrSpacedDigit(text: string, p: number, step: number): boolean {
  const c = codeAt(text, p);
  return c === 32 ? isDigitCode(codeAt(text, p + step)) : isDigitCode(c);
}
/**
 * A city or province beside a match score is a club (the guideline: teams are no places; the tuning gold leaves
 * Leicester out). Countries stay: the golds take them as national teams.
 */
function dropScoreSides(text: string, hits: Hit[]): void {
  let kept = 0;
  for (const h of hits) {
    const [s, e] = h.mention.span;
    // (both patterns need a digit at the name's edge, maybe one space away: most names have none, and go unsliced)
    const club = h.kind !== 'country' && ((digitOrSpacedDigit(text, e, 1) && SCORE_AFTER_SIDE.test(text.slice(e, e + 8)))
      || (digitOrSpacedDigit(text, s - 1, -1) && SCORE_BEFORE_SIDE.test(text.slice(Math.max(0, s - 24), s))));
    if (!club) hits[kept++] = h;
  }
  hits.length = kept;
}

function dropBureauBylines(text: string, hits: Hit[]): void {
  let kept = 0;
  for (const h of hits) {
    const s = h.mention.span[0];
    if (!VOV_BUREAU_BEFORE.test(text.slice(Math.max(0, s - 6), s))) hits[kept++] = h;
  }
  hits.length = kept;
}

// One Vietnamese syllable written without marks: onset, a vowel group, a final. Foreign names fail it.
const VIET_SYLLABLE = new RegExp(
  '^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?'
  + '(?:uye|uya|uyu|oai|oay|oao|oeo|uay|uoi|uou|ieu|yeu|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ye|[aeiouy])'
  + '(?:ch|ng|nh|[cmnpt])?$',
);
/** A capitalised word in plain Latin letters that cannot be a Vietnamese syllable (Detroit, Beach, Chile). */
function foreignWord(text: string, w: Words, j: number): boolean {
  if (!w.cap[j] || w.end[j] - w.start[j] < 3) return false;
  return plainLatinCapitalised(text, w, j) && !VIET_SYLLABLE.test(keyAt(w, j));
}
/** /^[A-Z][a-z]+$/ on word j, read off the word scan's code units (no slice and regex per word). */
function plainLatinCapitalised(text: string, w: Words, j: number): boolean {
  if (text !== w.text) return /^[A-Z][a-z]+$/.test(text.slice(w.start[j], w.end[j]));
  const t = w.textUnits;
  const e = w.end[j];
  let p = w.start[j];
  // (a capital alone is no match: the pattern wants at least one lower-case letter after it)
  if (e - p < 2 || t[p] - 65 >>> 0 > 25) return false;
  for (p++; p < e; p++) if (t[p] - 97 >>> 0 > 25) return false;
  return true;
}
// Words that make a foreign capitalised run a body, a venue or an event rather than a place.
const FOREIGN_NON_PLACE_WORDS = new Set([
  'inc', 'corp', 'corporation', 'company', 'group', 'bank', 'capital', 'holdings', 'ltd', 'llc', 'university', 'college',
  'school', 'institute', 'academy', 'club', 'fc', 'united', 'league', 'cup', 'games', 'open', 'festival', 'hotel', 'resort',
  'center', 'centre', 'tower', 'hall', 'stadium', 'arena', 'airport', 'street', 'avenue', 'road', 'mall', 'square',
  'studio', 'studios', 'news', 'times', 'post', 'journal', 'press', 'media', 'pictures', 'records', 'motors', 'airlines',
  'airways', 'house', 'museum', 'gallery', 'hospital', 'church', 'palace', 'garden', 'gardens', 'bridge', 'lake', 'river',
  'mountain', 'island', 'bay', 'tv', 'radio', 'magazine', 'foundation', 'fund', 'council', 'party', 'army', 'navy',
  'store', 'shop', 'market', 'restaurant', 'cafe', 'bar', 'show', 'awards', 'prize', 'tour', 'week', 'fashion',
  'software', 'systems', 'technology', 'technologies', 'liga', 'serie', 'ligue', 'bundesliga', 'premier', 'championship',
  // natural features and race tracks, no places (Godrej Mangroves, Typhoon Lagoon, Brands Hatch Circuit)
  'mangroves', 'forest', 'lagoon', 'reef', 'canyon', 'desert', 'circuit', 'raceway', 'speedway',
  // English function words open titles and brands (The Face, Your Business Software), not places
  'the', 'your', 'my', 'our', 'this', 'and', 'for', 'with',
]);

// English words that end the name of a town ("Virginia Beach", "Beverly Hills"); "City" is mostly a club.
const PLACE_CLASS_WORDS = new Set(['beach', 'springs', 'heights', 'falls', 'hills', 'county', 'valley', 'township', 'harbor', 'harbour']);

/**
 * "Tại Sunnyvale, California", "lớn lên ở Virginia Beach": after a place cue, a run of one to three
 * capitalised Latin words with at least one that cannot be Vietnamese is a foreign place when a
 * known foreign place follows after a comma (City, State) or it ends in a town word (Beach, Hills).
 * Other runs after "ở"/"tại" are mostly clubs, stadiums, companies and people (ở Camp Nou, tại
 * Google). Returns the hit and its word count.
 */
function foreignPlaceAfterCue(ctx: ExtractContext, w: Words, j: number): [Hit, number] | undefined {
  if (j >= w.n || !w.cap[j] || !w.plain[j] || transferToClub(ctx, w, j)) return undefined;
  let len = 0;
  let foreign = false;
  while (j + len < w.n && len < 4 && (len === 0 || (w.plain[j + len] && w.cap[j + len]) || hyphenedPartAt(ctx.text, w, j + len))) {
    const s = ctx.text.slice(w.start[j + len], w.end[j + len]);
    if (!/^[A-Z][a-z]+$/.test(s) || FOREIGN_NON_PLACE_WORDS.has(keyAt(w, j + len))) return undefined;
    if (foreignWord(ctx.text, w, j + len)) foreign = true;
    len++;
  }
  if (!foreign || len > 3) return undefined;
  const g = gazAt(w, j);
  if (g && g[1] >= len) return undefined; // a known name: the gazetteer pass reads it
  const end = j + len;
  const after = end < w.n ? gapOf(w, end) : '.';
  if (end < w.n && /^[-–]/.test(after)) return undefined;
  const classWord = len >= 2 ? PLACE_CLASS_WORDS.has(keyAt(w, end - 1)) : COUNTY_SUFFIX.test(ctx.text.slice(w.start[j], w.end[j]));
  if (!classWord && !countryInBracketsAfter(ctx, w, j, end, after) && !facilityTown(w, j, len)) {
    if (!/^\s*,\s*$/.test(after) || end >= w.n) return undefined;
    // "ở Norfolk, nước Anh": the country named with its word (one word: "ở Red Bull Ring, nước Áo" is a circuit)
    const state = gazAt(w, len === 1 && keyAt(w, end) === 'nước' && w.plain[end + 1] ? end + 1 : end);
    if ((!state || state[0].province || !(state[0].kind === 'province' || state[0].kind === 'country')) && !foreignUnitAt(ctx.text, w, end)
      && !compassSideAt(w, end)) return undefined;
  } else if (!(end >= w.n || /^\s*[,.;:()!?–-]/.test(after) || !w.cap[end])) return undefined;
  const name = ctx.text.slice(w.start[j], w.end[end - 1]);
  // "f:" ids are not searched for later bare mentions: the same words elsewhere are often a person or a club.
  return [newHit(`f:${foldName(name)}`, 'province', name, mention(ctx.text, w.start[j], w.end[end - 1]), undefined, undefined, undefined), len];
}

// The Arabic article written capitalised before a tight hyphen: "Al-Tanaf", "El-Arish".
const ARTICLE_BEFORE_HYPHEN = new Set(['al', 'el']);
/**
 * "ở Saint-Pierre", "căn cứ tại Al-Tanaf": a capitalised word after a tight hyphen goes on with the foreign name before
 * it (one of the two written like a foreign word, or the article Al/El before it), not cut off at the hyphen.
 */
function hyphenedPartAt(text: string, w: Words, k: number): boolean {
  if (!w.cap[k] || w.start[k] - w.end[k - 1] !== 1 || text.charCodeAt(w.end[k - 1]) !== 45 /* - */) return false;
  return foreignWord(text, w, k) && (foreignWord(text, w, k - 1) || ARTICLE_BEFORE_HYPHEN.has(keyAt(w, k - 1)));
}

// A plant, a base, a head office or a polling station stands in a town: "nhà máy tại Relizane", "căn cứ ở Hmeymim".
const FACILITY_NOUNS = phraseSet(['nhà máy', 'căn cứ', 'căn cứ quân sự', 'trụ sở', 'trụ sở chính', 'văn phòng', 'đại bản doanh', 'cơ sở', 'điểm bầu cử', 'trại tị nạn']);
/**
 * "xây dựng nhà máy tại Tiaret và ...", "điểm bầu cử ở Saint-Pierre ngày 17/6": after a facility noun and "tại" or "ở"
 * (not a move's "đến", "sang"), a foreign run of one or two words is the town it stands in, with no state or country
 * after it (~25 corpus articles; a club or a firm is not where a plant stands). A capital after it (a person) still stops it.
 */
function facilityTown(w: Words, j: number, len: number): boolean {
  if (len > 2) return false;
  const cue = keyAt(w, j - 1);
  if ((cue !== TAI && cue !== O_CUE) || !phraseBefore(w, j - 1, FACILITY_NOUNS)) return false;
  // ("ở Lanao del Sur", "ở Hammam al-Alil": a foreign particle after the run goes on with the name, not read here)
  const next = j + len;
  if (next >= w.n || w.cap[next] === 1 || w.plain[next] === 0) return true;
  const key = keyAt(w, next);
  return !wordIn(w, next, FOREIGN_PARTICLE_WORDS) && !(/^[a-z]+$/.test(key) && !VIET_SYLLABLE.test(key));
}

/**
 * "chuyển tới Fulham, Bristol, Newcastle" in a football report: a player's move goes to clubs, and the first one, unknown
 * to the gazetteer, would open a list of places ("Fulham, <city>" read as a town and its state).
 */
function transferToClub(ctx: ExtractContext, w: Words, j: number): boolean {
  return transferTo(w, j) && isSportsDoc(ctx);
}

const O_CUE = foldForMatch('ở');
/**
 * "có trụ sở ở Providence (Mỹ)", "tại Halle (Đức)": after ở or tại (not đến, sang, từ: "sang Zenit (Nga)" is a club's move),
 * the run's country in brackets right after it, closed there, makes it a town of that country (~50 corpus articles).
 */
function countryInBracketsAfter(ctx: ExtractContext, w: Words, j: number, end: number, after: string): boolean {
  if (end >= w.n || !/^ ?\($/.test(after)) return false;
  const cue = keyAt(w, j - 1);
  if (cue !== TAI && cue !== O_CUE) return false;
  const state = gazAt(w, end);
  return state !== undefined && state[0].kind === 'country' && ctx.text.charCodeAt(w.end[end + state[1] - 1]) === 41 /* ) */;
}

// "sinh ra ở", "lớn lên tại", "chào đời ở": where someone was born or grew up is a place.
const BIRTH_VERBS = new Map([['ra', 'sinh'], ['lên', 'lớn'], ['đời', 'chào']].map(([b, a]) => [foldForMatch(b), foldForMatch(a)]));
const BIRTH_VERB_GATE = wordGate(BIRTH_VERBS.keys());
const BIRTHPLACE_WORD = /^\p{Lu}\p{Ll}+$/u;
/**
 * "sinh ra ở Viandar de la Vera", "lớn lên ở Santa Rosa": a foreign town after a cue (word i) that follows a verb of birth
 * or growing up needs no class word or country after it. Up to four capitalised words (and particles between them),
 * one at least written like a foreign word; a venue or a company (Bệnh viện ..., Google Inc) is no town.
 */
function birthplaceAfterCue(ctx: ExtractContext, w: Words, i: number): [Hit, number] | undefined {
  if (i < 2 || !w.plain[i] || !w.plain[i - 1] || w.cap[i] || !maybeWord(BIRTH_VERB_GATE, w, i - 1)
    || BIRTH_VERBS.get(keyAt(w, i - 1)) !== keyAt(w, i - 2)) return undefined;
  const j = i + 1;
  if (!w.plain[j]) return undefined;
  let len = 0;
  let words = 0;
  let foreign = false;
  while (j + len < w.n && words < 5 && (len === 0 || w.plain[j + len])) {
    const k = j + len;
    if (!w.cap[k]) {
      // (particles may pair up: "de la", "van der")
      let m = k;
      while (m < w.n && m - k < 2 && !w.cap[m] && w.plain[m] && wordIn(w, m, FOREIGN_PARTICLE_WORDS)) m++;
      if (m === k || m >= w.n || !w.cap[m] || !w.plain[m]) break;
    } else {
      if (!BIRTHPLACE_WORD.test(ctx.text.slice(w.start[k], w.end[k])) || FOREIGN_NON_PLACE_WORDS.has(keyAt(w, k))) return undefined;
      if (foreignWord(ctx.text, w, k)) foreign = true;
      words++;
    }
    len++;
  }
  if (!foreign || words > 4 || gazAt(w, j)) return undefined;
  const end = j + len;
  if (end < w.n && /^[-–]/.test(gapOf(w, end))) return undefined;
  const name = ctx.text.slice(w.start[j], w.end[end - 1]);
  return [newHit(`f:${foldName(name)}`, 'province', name, mention(ctx.text, w.start[j], w.end[end - 1]), undefined, undefined, undefined), len];
}

// "ở Sirnak, phía Đông Nam nước này", "tại Avignon, miền Nam nước Pháp": where in its country the town lies.
const SIDE_WORDS = new Set(['miền', 'phía', 'vùng'].map(foldForMatch));
/** Words from k read "(ở) miền/phía/vùng" and a compass word. */
function compassSideAt(w: Words, k: number): boolean {
  if (k < w.n && keyAt(w, k) === 'ở') k++;
  return k + 1 < w.n && w.plain[k + 1] === 1 && SIDE_WORDS.has(keyAt(w, k)) && COMPASS.has(keyAt(w, k + 1));
}

// English counties are named by their suffix (ở Hertfordshire, tại Yorkshire).
const COUNTY_SUFFIX = /^[A-Z][a-z]{2,}shire$/;

/** "ở Ludwigshafen, bang Rheinland-Pfalz", "tại Klang, bang Selangor": a lower-case state or province word at k before a foreign name. */
function foreignUnitAt(text: string, w: Words, k: number): boolean {
  return k + 1 < w.n && !w.cap[k] && FOREIGN_UNIT_WORDS.has(keyAt(w, k)) && w.plain[k + 1] === 1 && foreignWord(text, w, k + 1);
}
const FOREIGN_UNIT_WORDS = new Set(['bang', 'hạt', 'tỉnh', 'vùng'].map(foldForMatch));

// "danh tiếng", "nổi tiếng", "lên tiếng": no language follows.
const NOT_LANGUAGE_BEFORE = new Set(['danh', 'nổi', 'lên', 'tai', 'mang'].map(foldForMatch));
/** Length of a lower-case unit word at j opening a route leg (thị trấn Phố Mới - Đại Xuân), else 0. */
/** What a route carries, written between "tuyến" and its legs: "tuyến du lịch Hà Nội - Lào Cai - Sa Pa". */
const ROUTE_KINDS = phraseSet(['du lịch', 'đường sắt', 'xe buýt', 'buýt', 'bay', 'cao tốc', 'đường bộ', 'đường thủy', 'vận tải', 'xe khách', 'tàu',
  'tàu điện', 'metro']);
// What kind of line it is, after its kind: tuyến đường sắt trên cao Cát Linh – Hà Đông, tuyến buýt nhanh Kim Mã - Yên Nghĩa.
const ROUTE_DESCRIPTORS = phraseSet(['trên cao', 'đô thị', 'ngầm', 'nhanh']);

function routeUnitWord(w: Words, j: number): number {
  // "tuyến du lịch Hà Nội - Lào Cai": the kind of route, then its legs
  let kind = phraseAt(w, j, ROUTE_KINDS);
  if (kind) {
    if (j + kind < w.n && w.plain[j + kind] && !w.cap[j + kind]) kind += phraseAt(w, j + kind, ROUTE_DESCRIPTORS);
    if (!(j + kind < w.n && w.plain[j + kind] && w.cap[j + kind])) return 0;
    let e = j + kind;
    while (e + 1 < w.n && w.cap[e + 1] && w.plain[e + 1]) e++;
    return e + 1 < w.n && w.cap[e + 1] && /^\s?[-–]\s?$/.test(gapOf(w, e + 1)) ? kind : 0;
  }
  if (!wordIn(w, j, ADMIN_FIRST_WORDS)) return 0;
  const a = adminAt(w, w.text, j);
  if (!a || a[0].abbrev) return 0;
  let k = j + a[1];
  if (!(k < w.n && w.plain[k] && w.cap[k])) return 0;
  // Only a route with a second leg (X - Y): "chạy về hướng xã Yên Thành, huyện ..." is a place.
  while (k + 1 < w.n && w.cap[k + 1] && w.plain[k + 1]) k++;
  return k + 1 < w.n && /^\s?[-–]\s?$/.test(gapOf(w, k + 1)) ? a[1] : 0;
}

// "theo hướng từ huyện Đắk Tô về TP Kon Tum", "hướng Vĩnh Long đi TP Hồ Chí Minh": a direction of travel names the
// two ends of a road, no place (the guideline's "hướng Sơn La"); a motion verb, not a dash, joins its legs.
const HUONG_WORD = foldForMatch('hướng');
const TU_WORD = foldForMatch('từ');
const MOTION_VERBS = new Set(['đi', 'về', 'ra', 'vào', 'lên', 'xuống', 'tới', 'đến', 'sang'].map(foldForMatch));
/** The last word of a travel direction's second leg when a lower-case "hướng" at i opens one, else -1. */
function travelDirectionEnd(w: Words, i: number): number {
  if (w.cap[i] || keyAt(w, i) !== HUONG_WORD) return -1;
  let j = i + 1;
  if (j < w.n && w.plain[j] && !w.cap[j] && keyAt(w, j) === TU_WORD) j++;
  const firstEnd = directionLegEnd(w, j);
  const verb = firstEnd + 1;
  if (firstEnd < 0 || !(verb < w.n && w.plain[verb] && !w.cap[verb] && MOTION_VERBS.has(keyAt(w, verb)))) return -1;
  return directionLegEnd(w, verb + 1);
}
/** The last word of a direction's leg at j (a lower-case unit word may open it: huyện Đắk Tô), else -1. */
function directionLegEnd(w: Words, j: number): number {
  if (!(j < w.n && w.plain[j])) return -1;
  if (!w.cap[j]) {
    const unit = adminAt(w, w.text, j);
    if (!unit) return -1;
    j += unit[1];
    if (!(j < w.n && w.plain[j])) return -1;
  }
  if (!w.cap[j]) return -1;
  // a name of the gazetteer may hold a dash (Bà Rịa - Vũng Tàu)
  const name = gazAt(w, j);
  return Math.max(legWordsEnd(w, j), name ? j + name[1] - 1 : -1);
}

const ROUTE_LEG_GAP = /\)\s?[-–]\s?$/;
/** A capitalised name at word j, then a dash and another capitalised name: two legs of a route. */
function dashedLegAt(w: Words, j: number): boolean {
  if (!w.cap[j]) return false;
  j = legWordsEnd(w, j);
  return j + 1 < w.n && w.cap[j + 1] === 1 && /^\s?[-–]\s?$/.test(gapOf(w, j + 1));
}
const TP_WORD = 'tp';
/** The last word of the capitalised leg name opening at j; "TP.HCM", "TP. Hồ Chí Minh" are one leg. */
function legWordsEnd(w: Words, j: number): number {
  while (j + 1 < w.n && w.cap[j + 1] && (w.plain[j + 1] || (/^\.\s?$/.test(gapOf(w, j + 1)) && keyAt(w, j) === TP_WORD))) j++;
  return j;
}
/** The last word of a route's dashed legs from word j (up to four legs: TP.HCM - Long Thành - Dầu Giây). */
function routeLegsEnd(w: Words, j: number): number {
  for (let legs = 0; legs < 3; legs++) {
    j = legWordsEnd(w, j);
    if (j + 1 < w.n && w.cap[j + 1] && /^\s?[-–]\s?$/.test(gapOf(w, j + 1))) j += 1;
    else break;
  }
  return legWordsEnd(w, j);
}
// A road or line written before its legs: "cao tốc TP.HCM - Trung Lương", "đường sắt TP.HCM - Cần Thơ".
const ROUTE_HEADS_BEFORE = phraseSet(['tuyến', 'cao tốc', 'đường sắt', 'đường bay', 'xe khách']);
/** A city's unit word at i (its name ending before word end) opens the first leg of a route: no place, as tuyến Móng Cái – Hòa Bình. */
function routeLegUnit(w: Words, i: number, end: number): boolean {
  return i > 0 && !w.cap[i - 1] && end < w.n && w.cap[end] === 1 && /^\s?[-–]\s?$/.test(gapOf(w, end)) && phraseBefore(w, i, ROUTE_HEADS_BEFORE);
}

/**
 * "tuyến đường sắt Hà Nội - Hải Phòng, Hà Nội - Lạng Sơn", "đoạn Trung Lương - Mỹ Thuận và Mỹ Thuận - Cần Thơ": more
 * routes listed after a route (word j its last), each a dashed pair after a comma or "và". Returns the last word read.
 */
function routePairsAfter(w: Words, j: number): number {
  for (let pairs = 0; pairs < 4 && j + 2 < w.n; pairs++) {
    let k = j + 1;
    if (!w.cap[k] && keyAt(w, k) === 'và' && w.plain[k] && plainGap(gapOf(w, k + 1))) k++;
    else if (!LIST_GAP.test(gapOf(w, k))) break;
    if (!dashedLegAt(w, k)) break;
    while (k + 1 < w.n && w.cap[k + 1] && w.plain[k + 1]) k++;
    k++;
    while (k + 1 < w.n && w.cap[k + 1] && w.plain[k + 1]) k++;
    j = k;
  }
  return j;
}

/** The end of the list of capitalised names starting at word j (languages after "tiếng"). */
function skipLanguageList(w: Words, j: number): number {
  if (j >= w.n || !w.cap[j] || !w.plain[j]) return j;
  while (j < w.n) {
    while (j + 1 < w.n && w.cap[j + 1] && w.plain[j + 1]) j++;
    const k = j + 1;
    if (k >= w.n) return k;
    const gap = gapOf(w, k);
    if (/^\s*,\s*$/.test(gap) && w.cap[k]) { j = k; continue; }
    if ((gap === ' ' || /^\s*,\s*$/.test(gap)) && keyAt(w, k) === 'và' && k + 1 < w.n && w.plain[k + 1] && w.cap[k + 1]) { j = k + 1; continue; }
    return k;
  }
  return j;
}

/** "4 quận: Hoàn Kiếm, Ba Đình, ...": a counted unit word and a colon; [the first name's word, the units' kind]. */
function colonListStart(ctx: ExtractContext, w: Words, i: number): [number, LocationKind] | undefined {
  if (i === 0 || !w.plain[i] || !wordIn(w, i, ADMIN_FIRST_WORDS) || !(w.num[i - 1] === 1 || wordIn(w, i - 1, PLURAL_WORDS))) return undefined;
  const a = adminAt(w, ctx.text, i);
  if (!a || a[0].abbrev || a[0].listOnly) return undefined;
  const j = i + a[1];
  if (j >= w.n || !w.cap[j] || !/^\s*:\s*$/.test(gapOf(w, j))) return undefined;
  return [j, a[0].kind];
}

// "các xã như Nhơn Đức, Hiệp Phước", "các phường lân cận như Bạch Mai", "các huyện đồng bằng như: Phong Điền": plural
// sub-provincial units, a lower-case description, then "như" or "gồm" open a list of their names (tuning g1, g3).
const LIKE_LIST_WORDS = new Set(['như', 'gồm'].map(foldForMatch));
const MAX_LIKE_DESCRIPTION = 12;
/** The first name's word and the units' kind, when word i is such a unit word. */
function likeListStart(ctx: ExtractContext, w: Words, i: number): [number, LocationKind] | undefined {
  if (i === 0 || !w.plain[i] || !(wordIn(w, i - 1, PLURAL_WORDS) || countedUnitAt(w, i))) return undefined;
  const a = adminAt(w, ctx.text, i);
  if (!a || a[0].kind === 'province' || a[0].kind === 'region' || a[0].abbrev || a[0].listOnly || a[0].foreignOnly || a[0].unitAfter || a[0].post || a[0].minWords > 1) return undefined;
  for (let k = i + a[1]; k < w.n && k <= i + a[1] + MAX_LIKE_DESCRIPTION; k++) {
    if (w.cap[k] || !/^\s*,?\s*$/.test(gapOf(w, k)) || gapOf(w, k).includes('\n')) return undefined;
    if (!w.plain[k] || !LIKE_LIST_WORDS.has(keyAt(w, k))) continue;
    const j = k + 1;
    // (a colon may stand after the list word: "gồm: Lượng Minh, ...", "như: Phong Điền")
    return j < w.n && w.cap[j] && /^\s*:?\s*$/.test(gapOf(w, j)) && !gapOf(w, j).includes('\n') ? [j, a[0].kind] : undefined;
  }
  return undefined;
}

/** "3 xã bị ảnh hưởng gồm: ...", "4/4 xã trên địa bàn thị xã gồm: ...": a count, a share's too, opens the list as "các". */
function countedUnitAt(w: Words, i: number): boolean {
  return w.num[i - 1] === 1 && smallCount(w, i - 1);
}

/** "các thành phố Bắc Kinh, Hangzhou, Thượng Hải, và Shenzhen": every name of the list is a unit. */
/** "4 huyện Hải Lăng, Triệu Phong, Vĩnh Linh với ...": a list's last name, after two or more, may run into the clause. */
function lastOfList(ctx: ExtractContext, w: Words, k: number, items: number, promised: boolean, afterAnd: boolean): number {
  if (items < (promised ? 1 : 2) || !((afterAnd && promised) || /^\s*,\s*$/.test(gapOf(w, k))) || wordIn(w, k, SURNAME_WORDS) || wordIn(w, k, NOT_NAME_START_WORDS) || isAcronym(ctx.text, w, k)
    || wordIn(w, k, BODY_OPENER_WORDS)) return 0;
  const len = nameRun(w, ctx.text, k, 3);
  if (len < 2 || len > 3 || k + len >= w.n || w.cap[k + len] || !w.plain[k + len] || gazAt(w, k)) return 0;
  for (let m = k; m < k + len; m++) if (isAcronym(ctx.text, w, m)) return 0;
  return len;
}

/**
 * "các thị trấn Vôi, Kép (Bắc Giang)", "các xã Trà Cang, Trà Tập và Xốp": a one-syllable name listed after a plural unit word,
 * closed by a bracket, a comma, "và" or the sentence's end; not a surname, an honorific or an acronym (a person's name
 * or a body's opens there).
 */
function oneSyllableListItem(text: string, w: Words, k: number, promised: boolean, afterAnd: boolean): number {
  if (!promised || !(afterAnd || /^\s*,\s*$/.test(gapOf(w, k))) || wordIn(w, k, SURNAME_WORDS) || wordIn(w, k, NOT_NAME_START_WORDS)
    || wordIn(w, k, BODY_OPENER_WORDS) || wordIn(w, k, HONORIFIC_WORDS) || wordIn(w, k, ADMIN_FIRST_WORDS) || COMPASS.has(keyAt(w, k))
    || isAcronym(text, w, k) || w.end[k] - w.start[k] < 2) return 0;
  if (k + 1 >= w.n) return 1;
  // (a dot glued to the next word is a brand's or an abbreviation's: Co.opmart, Tp.Hồ Chí Minh)
  const gap = gapOf(w, k + 1);
  if (/^\s*[,(;]/.test(gap) || /^\.\s/.test(gap)) return 1;
  return gap === ' ' && w.plain[k + 1] && keyAt(w, k + 1) === 'và' && !afterAnd ? 1 : 0;
}

/**
 * A foreign name listed after a unit word, with the words its tight hyphens join: "các bang Hessen và Rheinland-Pfalz để ..."
 * (not cut at the hyphen). Not when a capitalised word follows (a longer name the gazetteer does not know).
 */
function foreignListItem(text: string, w: Words, k: number): number {
  if (!looksForeign(text, w, k)) return 0;
  let len = 1;
  while (foreignHyphenJoin(text, w, k + len)) len++;
  return k + len < w.n && w.plain[k + len] && w.cap[k + len] ? 0 : len;
}

/**
 * `promised`: a plural unit word opened the list (các xã, 2 phường), so a second name follows: it may close the list
 * after "và" or run into the clause (các phường Minh Khai, Vĩnh Tuy đã ...; 2 xã Phước Thái và Long Phước bị ...).
 */
function listAfter(ctx: ExtractContext, w: Words, j: number, kind: LocationKind, hits: Hit[], afterColon = false, promised = false): number {
  let items = 1; // the unit that opened the list
  while (j < w.n) {
    const gap = gapOf(w, j);
    let k = j;
    let afterAnd = false;
    // the list's first name, after "4 quận:"
    if (afterColon && /^\s*:?\s*$/.test(gap)) afterColon = false;
    else if (/^\s*,\s*$/.test(gap)) { if (keyAt(w, k) === 'và' && k + 1 < w.n && w.plain[k + 1]) { k++; afterAnd = true; } }
    else if (gap === ' ' && keyAt(w, k) === 'và' && k + 1 < w.n && w.plain[k + 1]) { k++; afterAnd = true; }
    else return j;
    if (!w.cap[k]) return j;
    const g = gazAt(w, k);
    if (g && !g[0].blocked && !(g[0].addressOnly && k + g[1] < w.n && w.cap[k + g[1]] && w.plain[k + g[1]])) {
      const bh = bareHit(ctx, w, k, k - 1, -100, g);
      const opensLonger = !bh && promised && k + g[1] < w.n && w.cap[k + g[1]] === 1 && w.plain[k + g[1]] === 1;
      if (!opensLonger) {
        if (!bh) return j;
        // ("các thôn Cửa Lần, Hồng Hà 1, Hồng Hà 2": a known name numbered as a hamlet is that hamlet)
        const numbered = kind === 'village' && hamletNumberAt(w, k + bh[1]) ? 1 : 0;
        hits.push(numbered ? unknownUnit(ctx, w, k, bh[1] + 1, kind) : bh[0]);
        items++;
        j = k + bh[1] + numbered;
        continue;
      }
    }
    const len = boundedRun(ctx, w, k, promised) || foreignListItem(ctx.text, w, k) || (kind === 'village' ? numberedHamletItem(ctx.text, w, k) : 0)
      || lastOfList(ctx, w, k, items, promised, afterAnd)
      || oneSyllableListItem(ctx.text, w, k, promised, afterAnd);
    if (!len) return j;
    hits.push(unknownUnit(ctx, w, k, len, kind === 'province' ? 'district' : kind));
    items++;
    j = k + len;
  }
  return j;
}

/**
 * Hamlets are numbered after their names (tổ dân phố Nam Sơn 1, ấp Tân Hòa 2), in lists too: "các thôn Cửa Lần, Hồng Hà 1,
 * Hồng Hà 2". Word j is such a number (one or two digits, one space after the name) closing its list item.
 */
function hamletNumberAt(w: Words, j: number): boolean {
  if (!(j < w.n && w.num[j] === 1 && w.plain[j] === 1 && w.end[j] - w.start[j] <= 2)) return false;
  // (the list's last hamlet may run into its clause: "Hồng Hà 2 cùng người dân"; not a count: "Hòa Bình 2 hộ")
  return numberClosesItem(w, j) || (j + 1 < w.n && w.plain[j + 1] === 1 && !w.cap[j + 1] && HAMLET_CLAUSE_WORDS.has(keyAt(w, j + 1)));
}
const HAMLET_CLAUSE_WORDS = new Set(['cùng', 'đã', 'bị', 'được', 'đều', 'cũng', 'vẫn', 'thuộc', 'của', 'ở', 'tại'].map(foldForMatch));
/** A name of one to three capitalised words at word k and its hamlet's number: the item's length, or 0. */
function numberedHamletItem(text: string, w: Words, k: number): number {
  if (wordIn(w, k, NOT_NAME_START_WORDS) || wordIn(w, k, SURNAME_WORDS) || isAcronym(text, w, k)) return 0;
  const len = nameRun(w, text, k, 3);
  return len >= 1 && len <= 3 && hamletNumberAt(w, k + len) ? len + 1 : 0;
}

/**
 * "các quận 3, 5, 6, 10, Phú Nhuận, Bình Thạnh": numbers listed after a numbered unit are units of the same word
 * (quận 5), and names may follow them. A number must close its item (not "quận 1, 3 người", "quận 1, 2/9").
 */
function numberedListAfter(ctx: ExtractContext, w: Words, unitAt: number, j: number, kind: LocationKind, hits: Hit[]): number {
  const text = ctx.text;
  // (the unit word as written before its first number: "quận ", "Q.")
  const unit = text.slice(w.start[unitAt], w.start[j - 1]);
  let items = 1;
  while (j < w.n) {
    const gap = gapOf(w, j);
    let k = j;
    if (!LIST_GAP.test(gap)) {
      if (!(gap === ' ' && keyAt(w, j) === 'và' && j + 1 < w.n && w.num[j + 1] && w.plain[j + 1])) break;
      k = j + 1;
    }
    if (!w.num[k] || w.end[k] - w.start[k] > 2 || !numberClosesItem(w, k)) break;
    const name = unit + text.slice(w.start[k], w.end[k]);
    hits.push(newHit(`n:${foldName(name)}`, kind, name, mention(text, w.start[k], w.end[k]), undefined, undefined, undefined));
    items++;
    j = k + 1;
  }
  return items > 1 ? listAfter(ctx, w, j, kind, hits) : j;
}
const QUAN_KEY = foldForMatch('quận');
const HUYEN_KEY = foldForMatch('huyện');
const AND_KEY = foldForMatch('và');
/**
 * "qua các quận, huyện Bình Chánh, Bình Tân, 6, 5, 1, và 2", "Các quận, huyện: 2, 7, 8, 9, 12, Gò Vấp": after the paired
 * unit words of Hồ Chí Minh City's lists a bare number is a numbered district (quận 6), and names are districts too. Taken
 * only when the list holds such a number (a names-only list is read by the gazetteer). Word i is "quận"; returns the
 * word after the list, or -1.
 */
function pairedDistrictList(ctx: ExtractContext, w: Words, i: number, hits: Hit[]): number {
  const j = i + 1;
  if (j + 1 >= w.n || keyAt(w, j) !== HUYEN_KEY || !/^(?:, ?|\/| )$/.test(gapOf(w, j))) return -1;
  if (!/^:? $/.test(gapOf(w, j + 1)) || !(w.cap[j + 1] || w.num[j + 1])) return -1;
  const text = ctx.text;
  const unit = text.slice(w.start[i], w.end[i]) + ' ';
  const found: Hit[] = [];
  let numbers = 0;
  let k = j + 1;
  let first = true;
  while (k < w.n) {
    let item = k;
    if (!first) {
      const gap = gapOf(w, k);
      if (!LIST_GAP.test(gap) && gap !== ' ') break;
      if (keyAt(w, k) === AND_KEY && k + 1 < w.n && w.plain[k + 1]) item = k + 1;
      else if (gap === ' ') break;
    }
    if (w.num[item] && w.end[item] - w.start[item] <= 2 && numberClosesItem(w, item)) {
      const name = unit + text.slice(w.start[item], w.end[item]);
      found.push(newHit(`n:${foldName(name)}`, 'district', name, mention(text, w.start[item], w.end[item]), undefined, undefined, undefined));
      numbers++;
      k = item + 1;
    } else if (first && w.plain[item]) {
      // ("huyện Bình Chánh, ...": the unit word and its first name, as read anywhere)
      const unitHit = adminHit(ctx, w, j);
      if (!unitHit) break;
      found.push(unitHit[0]);
      k = j + unitHit[1];
    } else if (w.cap[item]) {
      const end = listAfter(ctx, w, first ? item : k, 'district', found, first, true);
      if (end === (first ? item : k)) break;
      k = end;
    } else break;
    first = false;
  }
  if (!numbers) return -1;
  hits.push(...found);
  return k;
}
/** After the number: a comma, "và", a bracket, the sentence's end, or the text's. */
function numberClosesItem(w: Words, k: number): boolean {
  if (k + 1 >= w.n) return true;
  const gap = gapOf(w, k + 1);
  if (gap === ' ') return keyAt(w, k + 1) === 'và' || (w.cap[k + 1] === 1 && !w.num[k + 1]);
  return /^\s*(?:[,;)]|\.\s|…)/.test(gap) || /^\s*\.?\s*$/.test(gap) && gap.includes('\n');
}

/**
 * "tỉnh Osaka, Hyogo, Nara": one-word foreign names listed after a foreign unit are units of its level.
 * A name of two capitalised words (thành phố Sakai, Hitoshi Kato) or a known place ends the list.
 */
// Lower-case words after a listed foreign name that place it (cách: at a distance from; thuộc, của: in).
const PLACING_AFTER = new Set(['cách', 'thuộc', 'của', 'gần', 'ở', 'tại', 'phía'].map(foldForMatch));
function foreignUnitsAfter(ctx: ExtractContext, w: Words, j: number, kind: LocationKind, hits: Hit[]): number {
  while (j < w.n) {
    let k = j;
    if (LIST_GAP.test(gapOf(w, k))) { if (keyAt(w, k) === 'và' && k + 1 < w.n && w.plain[k + 1]) k++; }
    else if (gapOf(w, k) === ' ' && keyAt(w, k) === 'và' && k + 1 < w.n && w.plain[k + 1]) k++;
    else return j;
    if (!w.cap[k] || !foreignWord(ctx.text, w, k)) return j;
    // a unit of the gazetteer in the list (tỉnh Osaka, Hyogo, Nara) keeps it going
    const known = knownUnitInList(ctx, w, k);
    if (known) { hits.push(known[0]); j = k + known[1]; continue; }
    if (gazAt(w, k) || (k + 1 < w.n && w.cap[k + 1] && w.plain[k + 1])) return j;
    // "ở bang Georgia, Winner đã tuyên bố": after a comma, a name and then a lower-case word other than "và" opens a clause
    // (its subject, a person named earlier), no further unit.
    // (not before a word that places it: "làng Koramatan, Masiu cách TP Marawi", nor an Arabic article: "Rasm al-Abdeh")
    if (k === j && k + 1 < w.n && w.plain[k + 1] && !w.cap[k + 1] && !w.num[k + 1] && !wordIn(w, k + 1, LIST_CONJUNCTION_WORDS)
      && !PLACING_AFTER.has(keyAt(w, k + 1)) && !arabicArticleAt(w, k + 1)) return j;
    hits.push(unknownUnit(ctx, w, k, 1, kind));
    j = k + 1;
  }
  return j;
}

/**
 * "thị trấn Arbin và Harasta", "bang Pahang và Terengganu": "và" at word i, then a one-word foreign name (a second unit of
 * the same word), not a person's first name before a surname (thành phố Tanta và Ahmed Ali).
 */
function foreignPairAt(text: string, w: Words, i: number): boolean {
  if (!(i + 1 < w.n && w.plain[i] === 1 && w.plain[i + 1] === 1 && w.cap[i + 1] === 1 && keyAt(w, i) === 'và' && foreignWord(text, w, i + 1))) return false;
  // (then the clause's end or a word that places it: "Boston và Mark nói chuyện" is a person's subject)
  // (a quote after it may hold a nickname: Patrick "Paddy" McGahn; a bracket its country: Chita (Nga))
  const k = i + 2;
  return k >= w.n || (w.plain[k] ? !w.cap[k] && PLACING_AFTER.has(keyAt(w, k)) : CLAUSE_END_GAP.test(gapOf(w, k)));
}
const CLAUSE_END_GAP = /^\s*[,.;:!?…(]/;

/** A foreign province or city of the gazetteer at word k, listed after a foreign unit. */
function knownUnitInList(ctx: ExtractContext, w: Words, k: number): [Hit, number] | undefined {
  const g = gazAt(w, k);
  if (!g || g[0].blocked || g[0].kind !== 'province' || g[0].province) return undefined;
  return bareHit(ctx, w, k, k - 1, -100, g);
}

/**
 * "xã Diễn Lộc và Diễn Thắng, huyện Diễn Châu": a second commune or village after "và" shares the one unit word.
 * Only a bounded two-word name that is no person's (surname first, one-letter part: Y Huân) and no body's, closed by
 * punctuation, "và" or a province (three words are mostly a person: Vàng Ghia Nếnh, Thoại Ngọc Hầu). Returns the
 * word after the pair, or j.
 */
function unitPairAfter(ctx: ExtractContext, w: Words, j: number, kind: LocationKind, hits: Hit[]): number {
  if ((kind !== 'commune' && kind !== 'village') || j + 1 >= w.n || gapOf(w, j) !== ' ' || keyAt(w, j) !== 'và' || !w.plain[j + 1]) return j;
  const k = j + 1;
  if (!w.cap[k] || wordIn(w, k, BODY_OPENER_WORDS)) return j;
  const len = boundedRun(ctx, w, k);
  if (len !== 2 || w.end[k] - w.start[k] < 2 || w.end[k + 1] - w.start[k + 1] < 2) return j;
  hits.push(unknownUnit(ctx, w, k, len, kind));
  return k + len;
}

/** "xã Xuân Thới Thượng, Hóc Môn)": bare names after a unit, up to the province, are its parents. */
function parentsAfter(ctx: ExtractContext, w: Words, j: number, kind: LocationKind, hits: Hit[]): number {
  if (kind === 'province' || kind === 'country' || kind === 'region') return j;
  for (let up = 0; up < 2 && j < w.n; up++) {
    if (!/^\s*,\s*$/.test(gapOf(w, j))) return j;
    const g = gazAt(w, j);
    if (g && !g[0].addressOnly) return j;
    const len = boundedRun(ctx, w, j);
    if (!len) return j;
    kind = UP[kind];
    hits.push(unknownUnit(ctx, w, j, len, kind));
    j += len;
  }
  return j;
}

/**
 * A name first written with its administrative word (huyện Hóc Môn) is the same place when written
 * bare later (..., Hóc Môn): those are its mentions too.
 */
function addLaterMentions(ctx: ExtractContext, w: Words, hits: Hit[]): void {
  let byFirst: Map<string, [string[], Hit][]> | undefined;
  // Hashes of the first words, so that other words are passed over without slicing them out.
  const firstHashes: number[] = [];
  for (const h of hits) {
    if (h.id.charCodeAt(0) !== 110 /* n: a name outside the gazetteer */ || !h.name.includes(' ') || /\d/.test(h.name)) continue;
    // Unknown names are runs of words joined by single spaces, so the folded text splits like the name.
    const keys = ctx.folded.slice(h.mention.span[0], h.mention.span[1]).split(' ');
    byFirst ??= new Map();
    const list = byFirst.get(keys[0]);
    if (list) list.push([keys, h]);
    else {
      byFirst.set(keys[0], [[keys, h]]);
      firstHashes.push(syllableHash(keys[0]));
    }
  }
  if (!byFirst) return;
  const taken = new Set(hits.map((h) => h.mention.span[0]));
  for (let q = 0; q < w.capitalCount; q++) {
    const i = w.capitals[q];
    if (!firstHashes.includes(w.hashes[2 * i + 1])) continue;
    const list = byFirst.get(keyAt(w, i));
    if (!list || taken.has(w.start[i])) continue;
    for (const [keys, h] of list) {
      const last = i + keys.length - 1;
      if (last >= w.n) continue;
      let k = 1;
      while (k < keys.length && w.plain[i + k] && keyAt(w, i + k) === keys[k]) k++;
      if (k < keys.length) continue;
      if (i > 0 && w.plain[i] && w.cap[i - 1]) continue;
      if (last + 1 < w.n && w.plain[last + 1] && w.cap[last + 1]) continue;
      if (insideVenueName(w, i)) continue;
      hits.push(newHit(h.id, h.kind, h.name, mention(ctx.text, w.start[i], w.end[last]), h.province, h.canonical, h.aliasOnly));
      taken.add(w.start[i]);
      break;
    }
  }
}

const GAUGE_READING = /^ \d+(?:[,.]\d+)?\s?mm\b/;

/**
 * Can gaugeStations find three readings? A reading stands at a number one space after a capitalised
 * word, and its "mm" lies in that number's word or one of the next two ("36mm", "36,2mm", "36,2 mm").
 */
function mayHoldGaugeList(w: Words): boolean {
  if (w.gaugeSpots < 3) return false;
  const u = w.units;
  let spots = 0;
  for (let q = 0; q < w.gaugeSpots; q++) {
    const i = w.numbersAfterCapital[q];
    const last = Math.min(i + 2, w.n - 1);
    let found = false;
    for (let p = w.start[i] + 1; p < w.end[last] && !found; p++) found = u[p] === 109 && u[p - 1] === 109;
    if (found && ++spots >= 3) return true;
  }
  return false;
}

/**
 * Rain-gauge lists ("Xuân Đỉnh 36,2mm, Cầu Giấy 28,7mm..."): the stations are named after the wards
 * and districts they stand in, and the guidelines count units named in such lists. Only a list of
 * three or more readings counts, so a lone "Hà Nội 50mm" phrase does not.
 */
function gaugeStations(ctx: ExtractContext, w: Words, found: Hit[]): Hit[] {
  const taken = new Set(found.map((h) => h.mention.span[0]));
  const out: Hit[] = [];
  let readings = 0;
  for (let i = 0; i < w.n; i++) {
    if (!w.num[i] || i === 0 || !w.cap[i - 1] || !GAUGE_READING.test(ctx.text.slice(w.end[i - 1], w.end[i - 1] + 12))) continue;
    readings++;
    let s = i - 1;
    while (s > 0 && i - s < 4 && w.cap[s - 1] && w.plain[s]) s--;
    if (CLAUSE_WORDS.has(keyAt(w, s))) s++;
    // Stations named after a street (a person's name), a lake (Hồ ...) or one syllable are not units.
    if (s >= i - 1 || wordIn(w, s, SURNAME_WORDS) || keyAt(w, s) === 'hồ') continue;
    const name = ctx.text.slice(w.start[s], w.end[i - 1]);
    if (taken.has(w.start[s])) continue;
    const g = gazAt(w, s);
    out.push(newHit(g ? g[0].id : `n:${foldName(name)}`, g ? g[0].kind : 'commune', name,
      mention(ctx.text, w.start[s], w.end[i - 1]), g?.[0].province, undefined, undefined));
  }
  return readings >= 3 ? out : [];
}

// Names recur within and across documents: their matching form is memoised (foldForMatch runs four regexes).
// The limit and the maps are kept here so that the warm-up takes the emptying branch once: a full cache is
// emptied every few thousand documents, and a branch first taken then would throw the optimised callers away.
const memoLimit: MemoLimit = { max: 4096 };
const memoCaches: Map<string, unknown>[] = [];
function memoized(fn: (s: string) => string): (s: string) => string {
  return memoizeString(fn, memoLimit, memoCaches);
}
const foldName = memoized(foldForMatch);

/** Letters without marks: a name written with a wrong tone mark (Hốc Môn for Hóc Môn) is the same place. */
const baseLetters = memoized(withoutMarks);

/** A name's matching key and its base letters, kept together: grouping asks for both at every hit. */
interface NameKeys { key: string; base: string }
const nameKeyCache = new Map<string, NameKeys>();
memoCaches.push(nameKeyCache);
function nameKeys(name: string): NameKeys {
  let keys = nameKeyCache.get(name);
  if (!keys) {
    if (nameKeyCache.size >= memoLimit.max) nameKeyCache.clear();
    const key = foldName(name);
    keys = { key, base: baseLetters(key) };
    nameKeyCache.set(ownString(name), keys);
  }
  return keys;
}

/**
 * A province's city written bare ("Huế") is the city where its city word names it once ("TP. Huế", t:); else,
 * beside the province ("Huế: ..." over "tỉnh Thừa Thiên - Huế"), the province, as the golds read it; alone, itself.
 */
function placeCityHits(hits: Hit[]): void {
  for (const h of hits) {
    if (h.id.charCodeAt(0) !== 99 /* c */) continue;
    const code = h.id.slice(2);
    if (hits.some((o) => o.id === `t:${code}`)) h.id = `t:${code}`;
    else if (hits.some((o) => o.id === `p:${code}`)) h.id = `p:${code}`;
  }
}

// The widest kind a group's hits name is its kind.
const KIND_RANK: Record<LocationKind, number> = { country: 0, region: 1, province: 2, district: 3, commune: 4, village: 5 };

const DISTRICT_RANK = KIND_RANK.district;
/**
 * "UBND tỉnh Phủ Yên", "Quảng Nình", "Hà Nôi" beside the province written right: a province misspelt in its marks,
 * read as no province, is an alias of that province (the guideline's "other surface forms"); a district that is
 * really so named (Phù Yên) keeps its own entry. Returns the province hit's id, or undefined.
 */
function provinceMisspelt(h: Hit, base: string, hits: Hit[]): string | undefined {
  if (h.province || DISTRICT_PROVINCE_CODES.has(h.name)) return undefined;
  for (const o of hits) if (o.kind === 'province' && o.province && nameKeys(o.canonical ?? o.name).base === base) return o.id;
  return undefined;
}
/** The name written most often; the first written of those on a tie. */
function mostWritten(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [name, count] of counts) if (count > bestCount) { best = name; bestCount = count; }
  return best;
}

function group(hits: Hit[]): Location[] {
  for (const h of hits) if (h.id.charCodeAt(0) === 99 /* c */) { placeCityHits(hits); break; }
  const byId = new Map<string, { hits: Hit[]; keys: string[] }>();
  const nameToId = new Map<string, string>();
  // by kind rank
  const baseToIdByKind: (Map<string, string> | undefined)[] = [undefined, undefined, undefined, undefined, undefined, undefined];
  for (const h of hits) {
    // Two places written with the same name make one location (tỉnh Hòa Bình, thành phố Hòa Bình).
    const { key: nk, base } = nameKeys(h.canonical ?? h.name);
    // Same letters, other marks, same level: a misspelling (Hốc Môn, Khánh Hóa). At another level it is
    // another place (huyện Thạch Hà, xã Thạch Hạ).
    const rank = KIND_RANK[h.kind];
    let baseToId = baseToIdByKind[rank];
    if (!baseToId) baseToIdByKind[rank] = baseToId = new Map();
    let g = byId.get(h.id);
    const id = g ? h.id : nameToId.get(nk) ?? baseToId.get(base) ?? (rank === DISTRICT_RANK ? provinceMisspelt(h, base, hits) : undefined) ?? h.id;
    if (!nameToId.has(nk)) nameToId.set(nk, id);
    if (!baseToId.has(base)) baseToId.set(base, id);
    if (!g) g = byId.get(id);
    if (!g) byId.set(id, (g = { hits: [], keys: [] }));
    g.hits.push(h);
    g.keys.push(nk);
  }
  const out: Location[] = [];
  for (const { hits: hs, keys } of byId.values()) {
    let name: string;
    if (hs.length === 1) name = hs[0].canonical || hs[0].name;
    else {
      const counts = new Map<string, number>();
      for (const h of hs) if (!h.aliasOnly) counts.set(h.name, (counts.get(h.name) ?? 0) + 1);
      const canonical = hs.find((h) => h.canonical)?.canonical;
      name = canonical ?? mostWritten(counts) ?? hs[0].name;
      if (!canonical && counts.size === 0) name = hs[0].name;
    }
    // Each written form once, by its matching form; the name's own form is no alias. A hit's name
    // folds to the key it was grouped by unless it has a canonical name.
    const aliases: string[] = [];
    // The name is mostly a hit's own, whose key is known.
    let nameKey: string | undefined;
    for (let x = 0; x < hs.length && nameKey === undefined; x++) if ((hs[x].canonical ?? hs[x].name) === name) nameKey = keys[x];
    const seen = [nameKey ?? foldName(name)];
    for (let x = 0; x < hs.length; x++) {
      const h = hs[x];
      const nameKey = h.canonical == null ? keys[x] : foldName(h.name);
      if (!seen.includes(nameKey)) { seen.push(nameKey); aliases.push(h.name); }
      if (h.mention.text === h.name) continue;
      const textKey = foldName(h.mention.text);
      if (!seen.includes(textKey)) { seen.push(textKey); aliases.push(h.mention.text); }
    }
    const province = hs.find((h) => h.province)?.province;
    let kind = hs[0].kind;
    for (const h of hs) if (KIND_RANK[h.kind] < KIND_RANK[kind]) kind = h.kind;
    const mentions: Mention[] = [];
    for (const h of hs) mentions.push(h.mention);
    // Mostly found in text order already; the sort is stable, so a sorted list stays as it is.
    let sorted = true;
    for (let x = 1; x < mentions.length && sorted; x++) sorted = mentions[x - 1].span[0] <= mentions[x].span[0];
    if (!sorted) mentions.sort((a, b) => a.span[0] - b.span[0]);
    out.push({ name, kind, aliases, province: province ? provinceRef(province) : null, mentions });
  }
  return out;
}

// Gated forms of the word sets tested at many words (wordIn).
const SURNAME_WORDS = gated(SURNAMES);
// A key's first word, as the scan splits words (a key's first word is the folded first word of any form it matches).
const firstWordOf = (key: string): string => {
  let e = 0;
  while (e < key.length && isWordChar(key.charCodeAt(e))) e++;
  return key.slice(0, e);
};
const PROVINCE_FIRST_WORDS = gated(new Set([...PROVINCE_KEYS, ...PROVINCE_PREFIX_WORDS].map(firstWordOf)));
const ADDRESS_LINK_WORDS = gated(ADDRESS_LINKS);
const LIST_OPENER_WORDS = gated(LIST_OPENERS);
const SENTENCE_OPENER_WORDS = gated(SENTENCE_OPENERS);
const BAN_COMPOUND_WORDS = gated(BAN_COMPOUNDS);
// (and "TCT", Tổng công ty written short, read by this rule only)
const COMPANY_SHORT_HEADS = gated(new Set([...COMPANY_SHORT_HEAD_WORDS, 'tct', 'htx', 'dntn'].map(foldForMatch)));
const PLURAL_WORDS = gated(PLURAL_BEFORE);
/** Word j is a count of units (2 xã, 12 phường), not a code or a year (Ban Chỉ đạo 389 tỉnh): 2 to 99. */
function smallCount(w: Words, j: number): boolean {
  const len = w.end[j] - w.start[j];
  return len <= 2 && !(len === 1 && w.text.charCodeAt(w.start[j]) <= 49 /* 0, 1 */);
}
const FOREIGN_PARTICLE_WORDS = gated(FOREIGN_PARTICLES);
const MATCH_VERB_END_WORDS = gated(MATCH_VERB_ENDS);
const CAPITAL_PREPOSITION_WORDS = gated(CAPITAL_PREPOSITIONS);
const DATE_WORD_WORDS = gated(DATE_WORDS);
const ADMIN_FIRST_WORDS = gated(ADMIN_FIRST);
// Second and third words of administrative words (thành phố, tổ dân phố).
const ADMIN_LATER_GATE = wordGate([...ADMIN_WORDS.keys()].flatMap((k) => k.split(' ').slice(1)));
const NOT_NAME_START_WORDS = gated(NOT_NAME_START);
const COMPASS_WORDS = gated(COMPASS);
// Border gates, ports and islands a post may be named after (Đồn Biên phòng Cửa khẩu Quốc tế Cầu Treo, Hòn Chuối): no commune.
const GATE_WORDS = gated(new Set(['cửa', 'cảng', 'ckqt', 'ckq', 'hòn', 'đảo'].map(foldForMatch)));
// Head words of bodies: a list of units does not run on into "Hội Nội khoa ...", "Sở Y tế ...".
const BODY_OPENER_WORDS = gated(new Set(['hội', 'sở', 'bộ', 'cục', 'viện', 'phòng', 'bệnh', 'ủy', 'hiệp', 'ban', 'đội'].map(foldForMatch)));
// The cities whose name is one syllable: "TP. Vinh đã ...", but "ở TP. Ngoài ra, ..." ended a sentence at TP.
const ONE_SYLLABLE_CITY_WORDS = gated(new Set(['vinh', 'huế'].map(foldForMatch)));
const NOT_AFTER_BARE_COUNTRY_WORDS = gated(NOT_AFTER_BARE_COUNTRY);
const MINORITY_SURNAME_WORDS = gated(MINORITY_SURNAMES);
// Roots nameRun looks up (it stops only at a blocked name or a province): not those of districts alone,
// which open many given names (Văn, Quốc, Xuân).
const NAME_STOP_ROOT_WORDS: GatedWords = { set: GAZ.next, gate: wordGate([...GAZ.next.keys()].filter((k) => !DISTRICT_ONLY_ROOTS.has(k)), GAZ_ROOT_GATE_BITS) };
const TEAM_WORD_WORDS = gated(TEAM_WORDS);
const DISTRICT_CUE_WORDS = gated(DISTRICT_CUES);
const LIST_CONJUNCTION_WORDS = gated(LIST_CONJUNCTIONS);
// Steel named by its maker's country or works (thép Trung Quốc, vỏ thép Hàn Quốc, gang thép Thái Nguyên): an
// origin or a company, no place; in capitals a body's sector (Hiệp hội Thép Việt Nam), whose place counts.
const MATERIAL_WORDS = gated(new Set(['thép'].map(foldForMatch)));

// ---------------------------------------------------------------------------------------------
// Warm-up
// V8 optimises the pass after a few hundred documents; a branch first taken after that has no type
// feedback, so the optimised code is thrown away and the big caller compiled again (about six times
// a run). One made-up document walks the rare branches first. Records are unchanged: the pass keeps
// no state between documents but its caches. It costs ~35 ms, so only long runs (the pipeline's
// workers) take it, not a library call or a short in-process run.
const WARM_UP_LINES = [
  'Xe khách chạy tuyến Hà Nội - Lào Cai - Sa Pa, theo hướng thị trấn Phố Mới - Đại Xuân, qua đoạn Phan Thiết - Dầu Giây.',
  'Sách in bằng tiếng Nga, Anh, Tây Ban Nha và Đức. Tiếng Việt được dạy ở Lào.',
  'Lượng mưa đo được: Tam Đảo 120mm, Vĩnh Yên 85mm, Phúc Yên 60mm, Đồng Hới 45mm.',
  'Ông về TP.HCM rồi ra Thành phố Hồ Chí Minh, nay sống ở Sài Gòn; bà ở Hà Nội, Hà thành.',
  'Tàu tập trận trên biển Baltic. Manchester, Tây Bắc nước Anh. Quân tiến đến thị trấn Ithriya ở Tây Bắc Hama.',
  'Chủ tịch Hội Nông dân huyện Phan Thị Hải Yến cho hay. Đồn Biên phòng Cửa khẩu Quốc tế Cầu Treo và Đồn Biên phòng Trà Cổ.',
  'Tổng công ty Cổ phần Xuất nhập khẩu Việt Nam vay Ngân hàng Nhà nước Việt Nam. Sân vận động Quốc gia Mỹ Đình đông khách.',
  'Anh lớn lên ở Virginia Beach, sau đó sống tại Detroit ở bang Michigan.',
  'Người dân phường Hiệp Bình Phước, xã Nguyễn Thái Bình và tỉnh Hòa bình.',
  'Nghệ An, Hà Tĩnh. (Hữu Lũng - Lạng Sơn), quê gốc Hải Hậu - Nam Định, số 69 Phan Đình Phùng, Ba Đình, Hà Nội.',
  'Các tỉnh Quảng Bình, Quảng Trị và Thừa Thiên Huế; 4 quận: Hoàn Kiếm, Ba Đình, Đống Đa và Tây Hồ.',
  'Ông trú tại thôn Đông, xã Kỳ Tây (Kỳ Anh), ở Cẩm Duệ (Cẩm Xuyên). Buôn Đôn (Đắk Lắk), Phong Điền (Cần Thơ).',
  'Đội tuyển Việt Nam thắng Thái Lan ở bán kết; cầu thủ Xuân Trường (Hà Nội) ghi bàn. HLV người Hàn Quốc hài lòng.',
  'Thủ tướng Nhật Bản Shinzo Abe gặp Thị trưởng New York. Đại sứ quán Pháp tại Việt Nam. (P.2) và (Q.3).',
  'các thành phố Bắc Kinh, Hangzhou, Thượng Hải, và Shenzhen; xứ Nghệ, châu Âu, miền Đông Ukraine, Cộng hòa Bulgaria.',
  'Đoàn bay từ sân bay quốc tế Nội Bài sang Cộng hòa Bulgaria. Anh lớn lên ở Virginia Beach cùng gia đình.',
  'Người dân thôn Nguyễn Văn Thái Bình Mới về ở Hải dương (Xóm Mới, Nghệ An). Nhà văn hóa thiếu nhi Hà Nội mở cửa.',
  'Tổng thống Cộng hòa Bulgaria thăm Việt Nam; Cộng hòa Bulgaria là bạn lâu năm.',
  'ĐB Nguyễn Văn An (Hoàn Kiếm) nói. Quận Hoàn Kiếm có 18 phường. Ông ở số 5, Khu Ba Gò, Đồng Nai.',
  'Ở huyện Mường Tè Liên quan đến vụ việc, công an vào cuộc.',
  // round 28: branches first taken mid-run threw gazWalk, nameRun, adminAt, adminHit, fullNameEndsIn, insideCompanyName
  // and foreignPlaceAfterCue away (a recompile each)
  'Ông Nguyễn Văn Anh Tuấn và bà Nguyễn Thị Mai Anh nói. Đội bóng Anh thắng. Ông Bang Hyun-woo đến thành phố Bucheon-si, quận Cầu giấy. Thông tấn xã Việt Nam.',
  'Chụp X-quang ở xã X-men. Ông vay ngân hàng Vietcombank thương mại Việt Nam, sống ở Norfolk, nước Anh. CAQ Hoàn Kiếm.',
  'Tập đoàn công nghiệp cao su VN và rổ VN-30 của ABC-VN. Minh Anh/BAODIENTU.VN',
  // round 12: numbered lists, apostrophe and Arabic names, a direction, a lost full stop, provinces as clubs
  'Giá thuê ở các quận 3, 5, 6, 10, Phú Nhuận, Bình Thạnh và Q.1, 4 và 7; tổ dân phố 42, xã Cư Dly M’nông, huyện Cư M’gar.',
  'Phiến quân ở thành phố Deir al-Zor, cách thủ đô 200km về phía Tây Bắc. Trụ sở xã Hà Ninh Ông Quý cho biết. Ngân sách TP. Ông Cường nói.',
  'Hải Phòng gặp Khánh Hòa; Long An - Hải Phòng; Huế, Bình Phước có 17 điểm; anh ghi bàn cho Đà Nẵng, trận đấu tại Hà Nội.',
  // round 13: steel, described national teams, listed routes, agreements after a city, hyphenated foreign units
  'Tàu vỏ thép Hàn Quốc; tuyển bóng chuyền nữ Việt Nam; tuyến Hà Nội - Hải Phòng, Hà Nội - Lạng Sơn và Yên Viên - Lào Cai.',
  'Nga phá hoại thỏa thuận hòa bình Minsk và đàm phán Geneva; cầu thủ xứ Nghệ sống ở bang Rheinland-Pfalz, vùng Gilgit-Baltistan.',
  'Ông sinh ra ở Ludwigshafen, bang Rheinland-Pfalz, rồi sống tại Klang, bang Selangor.',
];
// A football report of its own: the football-report count stops at its third word, so these are its first three.
const SPORTS_WARM_UP = 'Trận derby ở V-League, HLV của FLC Thanh Hóa gặp SHB Đà Nẵng; đội khách Hải Phòng thua.';
// (and one whose count meets a bracketed acronym and V.League spelt with a dot)
const SPORTS_WARM_UP_2 = '[HLV] trận derby ở V.League, đội khách Hải Phòng thua.';
export function warmUpLocations(): void {
  const text = WARM_UP_LINES.join('\n');
  // V8 keeps no feedback for a function until it has run a few times. The last round takes the paths met later in
  // a run: caches emptied when full, a longer document (the word buffers start large enough for any corpus article).
  // (two rounds before it are enough: more give no more optimised compiles later, and run unoptimised at every
  // thread's start)
  for (let round = 0; round < 3; round++) {
    const last = round === 2;
    if (last) {
      memoLimit.max = 0;
      for (const cache of memoCaches) cache.clear();
    }
    const doc = last ? `${text}\n${text}` : text;
    extractLocations(createContext(documentFromString(doc, 'text')));
    extractLocations(createContext(documentFromString(SPORTS_WARM_UP, 'text')));
    extractLocations(createContext(documentFromString(SPORTS_WARM_UP_2, 'text')));
  }
  memoLimit.max = 4096;
}
