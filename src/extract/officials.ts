// Named officials: a person's name with a rank or a post written before it ("Thiếu tướng Nguyễn
// Duy Ngọc", "Bộ trưởng Bộ GD-ĐT Phùng Xuân Nhạ") or in apposition after it (", Thứ trưởng Bộ
// Công an"). All mentions of one person are merged; later "ông Ngọc" joins "Nguyễn Duy Ngọc".
import { memoizeString, ownString } from './memo.js';
import { foldForMatch, withoutMarks } from '../input/normalize.js';
import { ACRONYMS } from '../lexicon/acronyms.js';
import { BODY_FORM_WORDS, CLAUSE_OPENING_PHRASES, CYCLE_BRANCHES, CYCLE_STEMS, MIDDLE_NAMES_AMONG_NOT_NAME_WORDS, NAMED_AFTER_PERSON_HEADS, NAMESAKE_PLACES, NOT_NAME_PHRASES, NOT_PERSON_START_WORDS, PICTURE_SIDE_WORDS, VENUE_BEFORE_NAMESAKE } from '../lexicon/personal-names.js';
import { CONTEXT_ONLY_FORMS, NOT_PLACE_NAMES, VIETNAM_CITIES } from '../lexicon/places.js';
import { OLD_PROVINCES } from '../lexicon/provinces.js';
import { NAME_FIELDS, PARENT_IN_OFFICIAL_NAME } from '../lexicon/organizations.js';
import {
  COUNT_WORDS, DIRECTOR_FUNCTIONS, HOST_COUNTRY_REFERENCES, POST_ACRONYMS, PLURAL_WORDS, POSITION_LOWER_CASE_AFTER_NAME, POSITION_AFTER_KIEM, POSITION_IMPLIED_ORG, POSITION_LOWER_CASE_OK, POSITION_NEEDS_ORG, POSITION_PREFIXES, POSITION_SUFFIXES,
  POSITION_TAKES_PLACE, PARTY_LEADER_POSTS, LEGISLATIVE_CHAMBERS, POST_SOUGHT_BEFORE,
  CEREMONY_VERBS, PREDICATE_AFTER_APPOSITION, PREDICATE_AUXILIARIES, PREDICATE_GIVING_POST, PREDICATE_GIVING_POST_PASSIVE, PREDICATE_MOVES, OCCUPATION_BEFORE_POST,
  UNIT_WORDS_AFTER_POST, FOUNDER_PERSON_POSTS, FOUNDER_POST_TITLES, DEGREE_CHAINS, OCCUPATION_CUES, ROUTE_HEADS, BOARD_OR_FIRM_FORM_WORDS,
} from '../lexicon/positions.js';
import { fullerWrittenPost, lacksLowerWords } from './title-forms.js';
import { NEWS_WIRES } from '../lexicon/dates.js';
import { ASIAN_FAMILY_NAMES, BODY_NAME_END_WORDS, CLAUSE_BREAK_WORDS, COMMON_GIVEN_NAMES, PLACE_LEVEL_WORDS } from '../lexicon/foreign-officials.js';
import type { Mention, Official, Position } from '../record/schema.js';
import { abbreviationDot, isSmall, type ExtractContext } from './context.js';
import {
  analyse, expandedKey, quotedPartyAt, lexiconWordId, isFamilyWord, Gap, isForeignNameWord, startsFamilyName, HONORIFIC_TABLE, matchAt, isNotNameWord, ORG_TABLE, parseImpliedOrg, parseOrgAt,
  phraseTable, PLACE_TABLE, POSITION_TABLE, STOP_TABLE, RANK_TABLE, SECTOR_TABLE, COUNTRY_TABLE, LEVEL_TABLE, stopInsideNoun, strayAfterProvince, type OrgMatch, type Token, VIETNAMESE_SYLLABLE_RE, VIETNAMESE_BARE_SYLLABLE_RE,
  COUNTRY_FORMS_FOLDED, idSet,
} from './organization-parse.js';

// Lexicon keys folded like the tokens they are compared with (hoà → hòa).
const foldedSet = (xs: Iterable<string>) => new Set([...xs].map((x) => foldForMatch(x)));
const IMPLIED_ORG = new Map(Object.entries(POSITION_IMPLIED_ORG).map(([k, v]) => [foldForMatch(k), v]));
const NEEDS_ORG = foldedSet(POSITION_NEEDS_ORG);
const TAKES_PLACE = foldedSet(POSITION_TAKES_PLACE);
const LOWER_CASE_OK = foldedSet(POSITION_LOWER_CASE_OK);
const LOWER_CASE_AFTER_NAME = foldedSet(POSITION_LOWER_CASE_AFTER_NAME);
// word-id sets: a token's id is read without slicing its text
/** word-id flags for the sets asked of nearly every word: an array read, not a hash lookup */
const idFlags = (xs: Iterable<string>) => {
  const ids = [...xs].map(lexiconWordId);
  const flags = new Uint8Array(Math.max(0, ...ids) + 1);
  for (const id of ids) flags[id] = 1;
  return flags;
};
const hasId = (flags: Uint8Array, w: number) => w >= 0 && w < flags.length && flags[w] === 1;
const PLURAL = idFlags(PLURAL_WORDS);
const COUNT_IDS = idFlags(COUNT_WORDS);
const CONTEXT_ONLY = foldedSet(CONTEXT_ONLY_FORMS);
const table = (xs: readonly string[]) => phraseTable(xs.map((x) => [x, true] as [string, boolean]));
// ("X, nguyên là Thẩm phán ...": a former post told with its copula, kept as written)
const PREFIX_TABLE = table([...POSITION_PREFIXES, 'nguyên là']);
const KIEM_TABLE = table(POSITION_AFTER_KIEM);
// compared by word id: reading a token's text slices it
const CHO_ID = lexiconWordId('cho'), THUOC_ID = lexiconWordId('thuộc'), DANG_ID = lexiconWordId('đảng');
const KIEM_ID = lexiconWordId('kiêm'), LA_ID = lexiconWordId('là'), THEO_ID = lexiconWordId('theo'), VA_ID = lexiconWordId('và');
const SUFFIX_TABLE = table(POSITION_SUFFIXES);
const DIRECTOR_FUNCTION_TABLE = table(DIRECTOR_FUNCTIONS);
const PREDICATE_TABLE = table(PREDICATE_AFTER_APPOSITION);
/** A predicate at i, unless its word is inside a noun of a name ("thông tin" in "Phòng Quản lý công nghệ thông tin" is no verb). */
function predicateAt(toks: Token[], i: number): boolean {
  return !!matchAt(toks, i, PREDICATE_TABLE) && !stopInsideNoun(toks, i) && !steeringBoardAt(toks, i);
}
const CHI_ID = lexiconWordId('chỉ'), DAO_ID = lexiconWordId('đạo');
/** "Trưởng ban chỉ đạo kỳ thi": after "ban", "chỉ đạo" names the steering board, not the verb "directs". */
function steeringBoardAt(toks: Token[], i: number): boolean {
  return i > 0 && toks[i].w === CHI_ID && toks[i - 1].w === BAN_ID && toks[i].gap === Gap.Space && toks[i + 1]?.w === DAO_ID;
}
/** A stop word at i that ends a name, read as the org parse reads it. */
function stopWordAt(toks: Token[], i: number): boolean {
  return !!matchAt(toks, i, STOP_TABLE) && !stopInsideNoun(toks, i) && !steeringBoardAt(toks, i);
}
const GIVING_POST_TABLE = table(PREDICATE_GIVING_POST);
const GIVING_POST_PASSIVE_TABLE = table(PREDICATE_GIVING_POST_PASSIVE);
const BAN_ID = lexiconWordId('ban');
/** A standing board written without "Ban" after "Ủy viên": "Ủy viên Thường vụ Tỉnh ủy", "Ủy viên BTV Thành ủy". */
const MEMBER_BOARD_TABLE = table(['thường vụ', 'btv']);
/** A party or state body's boards, named by the body after them ("Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc"). */
const BOARD_OF_BODY_TABLE = table(['ban thường vụ', 'ban chấp hành', 'ban chấp hành trung ương', 'ban thường trực', 'ban cán sự', 'ban cán sự đảng']);
/** A board of one of boards at k and the body it leads right after it ("Ban Thường vụ | Tỉnh ủy Nghệ An"): that body, else null. */
function bodyLedByBoard(text: string, toks: Token[], k: number, boards: ReturnType<typeof table>): OrgMatch | null {
  const board = matchAt(toks, k, boards);
  const pe = board ? k + board.len : -1;
  const parent = board && toks[pe]?.gap === Gap.Space && toks[pe].cap ? parseOrgAt(toks, pe, { title: true, text }) : null;
  return parent && parent.end > pe ? parent : null;
}
const PARTY_CELL_TABLE = table(['ban cán sự đảng', 'ban cán sự']);
/**
 * "Ủy viên Ban cán sự đảng, Thứ trưởng Bộ Công thương": the party's cell written bare inside a chain of posts is the
 * cell of the body the chain names next, and is the post's unit as written; its end, else -1. Only before a comma.
 */
function bareCellEnd(toks: Token[], k: number): number {
  const cell = matchAt(toks, k, PARTY_CELL_TABLE);
  return cell && toks[k + cell.len]?.gap === Gap.Comma ? k + cell.len : -1;
}
const DUOC_ID = lexiconWordId('được'), NGUOI_ID = lexiconWordId('người'), VAI_TRO_ID = lexiconWordId('trò');
const CENTRAL_IDS = idSet(['t.ư', 'tư', 'tw', 'ương']);
/** First words that can open a post-giving predicate after a name: a cheap gate before the phrase tables. */
const PREDICATE_FIRST_IDS = new Set(
  [...PREDICATE_AUXILIARIES, ...PREDICATE_GIVING_POST, ...PREDICATE_GIVING_POST_PASSIVE, ...PREDICATE_MOVES, 'thuộc'].map((x) => lexiconWordId(x.split(' ')[0])),
);
const AUXILIARY_TABLE = table([...PREDICATE_AUXILIARIES]);
const MOVE_TABLE = table(PREDICATE_MOVES);
/** "không còn là", "còn làm": whether the post is still held is the story, not the person's title */
const STILL_OR_NO_LONGER_IDS = idSet(['không', 'còn']);
/**
 * "X – người hiện đang giữ vai trò Chủ tịch HĐQT ...", "X, người sau này trở thành Phó Tổng thống": a relative clause
 * right after the name that tells the post now held (or taken later in the story) is an apposition, its post a title;
 * one told without these ("người từng là Bí thư ...") is a post held before, no title of the mention.
 */
const RELATIVE_HOLDING_IDS = idSet(['hiện', 'đang', 'nay', 'sau']);
/** verbs of leaving a post ("thôi làm", "xin thôi", "có đơn xin thôi"): the post left is no title */
const LEAVING_IDS = idSet(['thôi', 'xin', 'có']);
const MAX_DESTINATION_WORDS = 4;
const UNIT_NUMBER_RE = /^\d{1,2}$/;
/**
 * A unit's number right after a post naming its unit ("Trưởng phòng 3"): digits only, the clause closed or a capital
 * after it, or "thuộc" or the holder's verb ("giữ chức Trưởng phòng 5 năm" counts years).
 */
function numberedUnitAt(text: string, toks: Token[], k: number): boolean {
  const t = toks[k], next = toks[k + 1];
  return !!t && t.gap === Gap.Space && t.num && UNIT_NUMBER_RE.test(text.slice(t.s, t.e))
    && (!next || next.gap !== Gap.Space || next.cap || next.w === THUOC_ID || predicateAt(toks, k + 1));
}
const NOT_NAME_PHRASE_TABLE = table(NOT_NAME_PHRASES);
const NAMESAKE_TABLE = table(NAMESAKE_PLACES);
const CLAUSE_OPENING_TABLE = phraseTable(CLAUSE_OPENING_PHRASES.map((x) => [x, true] as [string, boolean]), false);
const NOT_PERSON_START = new Set(NOT_PERSON_START_WORDS.map(lexiconWordId));
const CYCLE_YEAR_TABLE = table(CYCLE_STEMS.flatMap((stem) => CYCLE_BRANCHES.map((branch) => stem + ' ' + branch)));
const VENUE_TABLE = table(VENUE_BEFORE_NAMESAKE);
const NAMED_AFTER_PERSON_TABLE = phraseTable(NAMED_AFTER_PERSON_HEADS.map((x) => [x, true] as [string, boolean]), false);
/** First words of compounds ending in "trường" that are no school: môi trường, thị trường, hiện trường... */
const NOT_SCHOOL_BEFORE_TRUONG = idSet(['môi', 'thị', 'thương', 'chiến', 'hiện', 'lập', 'sân', 'nhà', 'phi', 'công']);
const TRUONG_SCHOOL_ID = lexiconWordId('trường');
/** A street's, ward's or institution's head word ends right before token i ("đường |Phạm Văn Đồng"). */
function namedAfterPersonHeadBefore(toks: Token[], i: number): boolean {
  if (toks[i].gap !== Gap.Space) return false;
  for (let v = 1; v <= 2 && i - v >= 0; v++) {
    if (matchAt(toks, i - v, NAMED_AFTER_PERSON_TABLE)?.len !== v || (v === 2 && toks[i - 1].gap !== Gap.Space)) continue;
    return !(v === 1 && toks[i - 1].w === TRUONG_SCHOOL_ID && i > 1 && toks[i - 1].gap === Gap.Space && NOT_SCHOOL_BEFORE_TRUONG.has(toks[i - 2].w));
  }
  return false;
}
const ANH_ID = lexiconWordId('ảnh');
/** Wire services credited for a photo ("Ảnh: Reuters"), one word each. */
const NEWS_WIRE_WORDS = new Set(NEWS_WIRES.filter((w) => !w.includes(' ')));
/** Token i is a wire service credited for a photo ("Ảnh: Sputnik Boris Nemtsov ..."): the next caption's words follow it. */
export function wireCreditAt(text: string, toks: Token[], i: number): boolean {
  return photoCreditBefore(text, toks, i) && NEWS_WIRE_WORDS.has(text.slice(toks[i].s, toks[i].e));
}
/** "Ảnh: Hồng Vĩnh Chủ tịch nước chúc mừng ...": a photo credit right before token i, run on into the next caption. */
export function photoCreditBefore(text: string, toks: Token[], i: number): boolean {
  return i > 0 && toks[i - 1].w === ANH_ID && toks[i - 1].cap && text.slice(toks[i - 1].e, toks[i].s).trim() === ':';
}
const MAX_NAME_TOKENS = 4;
/** Lower-case particles of European and Arabic names (von der Leyen, van Gaal, bin Salman). */
const NAME_PARTICLES = idSet(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'dela', 'dos', 'das', 'bin', 'ibn', 'al', 'el', 'le', 'ter', 'ten', 'zu']);
const ARABIC_PARTICLES = idSet(['bin', 'al', 'ibn', 'bint']);
/** Arabic names written with their article: "al-Attiyah", "bin-Salman" (lower-case, then a capital after the hyphen). */
const HYPHEN_PARTICLE_RE = /^(?:al|el|ad|ar|as|ash|at|az|ibn|bin|abd|abu|ben)-\p{Lu}/u;
function isHyphenParticleName(text: string, t: Token): boolean {
  if (t.cap || t.e - t.s < 4) return false;
  const c2 = text.charCodeAt(t.s + 2), c3 = text.charCodeAt(t.s + 3);
  return (c2 === 45 || c3 === 45 || text.charCodeAt(t.s + 4) === 45) && HYPHEN_PARTICLE_RE.test(text.slice(t.s, t.s + 6));
}
/** Posts held in companies: a single word after them is a brand (Giám đốc Vingroup), not a surname. */
// (a company's board chair written out, "Chủ tịch Hội đồng quản trị", is one too)
const BUSINESS_POST_RE = /giám đốc|gđ$|chủ tịch$|ceo|hđqt|hđtv|quản trị$|sáng lập|founder/;
const BOARD_RE = /^(hđqt|hđtv|hội đồng quản trị|hội đồng thành viên)$/;
const BOARD_HEAD_RE = /(hđqt|hđtv|hội đồng quản trị|hội đồng thành viên)$/;
/** Words that can open an official's mention: a rank, a post, its prefix, an honorific. */
const START_BITS = RANK_TABLE.bit | POSITION_TABLE.bit | PREFIX_TABLE.bit | HONORIFIC_TABLE.bit;
if (!PREFIX_TABLE.bit) throw new Error('the post prefix table needs its bit: declare it before rarer tables');
const ADVISER_RE = /^cố vấn/;
/** Posts written right before their firm's brand and a foreign holder ("CEO Facebook Mark Zuckerberg", "nhà sáng lập Alibaba Jack Ma"). */
const BRAND_FIRST_POSTS = foldedSet(['ceo', 'nhà sáng lập', 'nhà đồng sáng lập', 'đồng sáng lập', 'người sáng lập', 'người đồng sáng lập', 'founder', 'co-founder']);
const FOUNDER_POSTS = foldedSet(FOUNDER_PERSON_POSTS);
const MAX_FOUNDED_BODY_WORDS = 6;
const NAME_CHAR_RE = /^[\p{L}][\p{L}'’-]*$/u;
/** Which code units below LETTER_TABLE_END are \p{L}: NAME_CHAR_RE read by char codes, without slicing (Vietnamese is below it). */
const LETTER_TABLE_END = 0x2000;
/** \p{L} and \p{Lu} of each code unit below LETTER_TABLE_END, as bits (read by isNameChars and hasTwoCapitals). */
const LETTER = 1, UPPER = 2;
const LETTER_CLASS = new Uint8Array(LETTER_TABLE_END);
for (let c = 0; c < LETTER_TABLE_END; c++) {
  const ch = String.fromCharCode(c);
  LETTER_CLASS[c] = (/\p{L}/u.test(ch) ? LETTER : 0) | (/\p{Lu}/u.test(ch) ? UPPER : 0);
}
/** NAME_CHAR_RE.test(text.slice(s, e)), by char codes (the regex only past the table). */
function isNameChars(text: string, s: number, e: number): boolean {
  if (e <= s) return false;
  for (let p = s; p < e; p++) {
    const c = text.charCodeAt(p);
    if (c < LETTER_TABLE_END) {
      if (LETTER_CLASS[c] & LETTER) continue;
      if (p > s && (c === 39 || c === 45)) continue;
      return false;
    }
    if (c === 0x2019 && p > s) continue;
    return NAME_CHAR_RE.test(text.slice(s, e));
  }
  return true;
}
/** Matching form of a title or body (they repeat across documents: each is folded once). */
const foldedTitle = memoizeString(foldForMatch);

function isCountryAt(toks: Token[], k: number): boolean {
  return !!matchAt(toks, k, COUNTRY_TABLE);
}

const QUYEN_ID = lexiconWordId('quyền');
const TOI_ID = lexiconWordId('tối');
const ACRONYM_POST_IDS = idSet(['đb', 'đbqh']);
/** First syllables of compounds ending in "quyền" (government, human rights, authority, powers): not "quyền" (acting). */
const QUYEN_COMPOUND_IDS = idSet(['chính', 'nhân', 'thẩm', 'chủ', 'đặc', 'toàn', 'bản', 'độc', 'uy', 'thần', 'quản', 'pháp', 'vương', 'thực',
  'dân', 'nữ', 'bình', 'cường', 'lộng', 'tác', 'phân', 'cầm', 'nắm', 'giành', 'tranh', 'trao', 'ủy', 'có', 'quyền', 'đương', 'binh', 'công', 'lợi', 'dưới']);

interface ParsedPosition { endTok: number; position: Position; nameAfterBracket?: boolean }

const VUA_ID = lexiconWordId('vua');
/** "vợ vua Tự Đức": a king named only to say whose relative someone is (the annotators leave him out). */
const KIN_OF_KING_IDS = idSet(['vợ', 'con', 'cha', 'mẹ', 'cháu', 'chắt', 'em', 'phi', 'hậu', 'thiếp']);
// (a monarch's post is read only before a foreign name: "Nhật Hoàng, Thủ tướng Shinzo Abe" is no chain of two posts)
const MONARCH_HEADS = foldedSet(['nữ hoàng', 'hoàng đế', 'nhật hoàng', 'thái tử']);
/**
 * "vua Gia Long", "Vua Trần Nhân Tông": a king of old named right after the bare word, in any case (a king of a
 * country has the country first: "Vua Tây Ban Nha Felipe VI"). The name has two syllables or more and is no place.
 */
function kingByName(text: string, toks: Token[], k: number, titleTok: number): ParsedPosition | null {
  const n = toks[k + 1];
  if (k > 0 && toks[k].gap === Gap.Space && KIN_OF_KING_IDS.has(toks[k - 1].w)) return null;
  if (!n || n.gap !== Gap.Space || !n.cap || n.acro || (n.k & PLACE_TABLE.bit && matchAt(toks, k + 1, PLACE_TABLE)) || parseName(toks, text, k + 1) < k + 3) return null;
  const s = toks[titleTok].s, e = toks[k].e;
  return { nameAfterBracket: false, endTok: k + 1, position: { title: text.slice(s, e), organization: null, text: text.slice(s, e), span: [s, e] } };
}

const VAI_ID = lexiconWordId('vai');
/** The post at i opens a quote ("\" Thái tử Samsung \"") or follows "vai", a role played ("vai Thái tử Shin"). */
function styleAsNickOrRole(text: string, toks: Token[], i: number): boolean {
  if (toks[i].gap === Gap.Space && toks[i - 1].w === VAI_ID) return true;
  let c = toks[i].s - 1;
  while (c >= 0 && text.charCodeAt(c) === 32) c--;
  const q = c >= 0 ? text.charCodeAt(c) : 0;
  return q === 34 || q === 0x201c;
}

/** Acronyms written in brackets after a body inside a title, folded → the body's key ("fbi" → "cục điều tra liên bang mỹ"). */
const bracketBodies = new Map<string, string>();

// Rare branches of parsePosition live in small functions of their own: a cold branch first taken then deopts
// and recompiles only the small function, not the big one.

/** Positions whose body is widened are built here, all fields in the literal's order: one object shape where posts are read. */
function newPosition(title: string, organization: string | null, text: string, span: [number, number]): Position {
  return { title, organization, text, span };
}

/** "khi bầu cử ĐBQH, ông X": a deputy written short with no name right after it. */
function acronymPostUnnamed(toks: Token[], k: number): boolean {
  return ACRONYM_POST_IDS.has(toks[k].w) && toks[k + 1]?.gap !== Gap.Space;
}

/** "Cố vấn an ninh quốc gia H.R. McMaster": a sector in lower case, then the holder's name; where that name starts, or -1. */
function holderAfterLowSector(text: string, toks: Token[], headEnd: number, sectorLen: number): number {
  let q = headEnd + sectorLen;
  while (q < toks.length && q - headEnd < 5 && toks[q].gap === Gap.Space && !toks[q].cap && !toks[q].num && !stopWordAt(toks, q)) q++;
  // (and the country it serves: "cố vấn an ninh quốc gia Mỹ Michael Flynn", "cố vấn luật Washington Noah Purcell")
  // (or the union it serves, by its acronym: "Ủy viên thương mại EU Cecilia Malmstrom")
  const served = toks[q]?.gap === Gap.Space && toks[q].cap ? matchAt(toks, q, PLACE_TABLE) ?? (toks[q].acro && !toks[q].num ? ONE_WORD : null) : null;
  if (served && toks[q + served.len]?.gap === Gap.Space && startsHolderName(text, toks, q + served.len)) q += served.len;
  return toks[q]?.gap === Gap.Space && startsHolderName(text, toks, q) ? q : -1;
}

/** A family name at r + 1 and "Văn" or "Thị" after it: a Vietnamese name starts at r + 1, not at r. */
function middleNameThird(toks: Token[], r: number): boolean {
  return toks[r + 2]?.gap === Gap.Space && MIDDLE_NAMES.has(toks[r + 2].w) && toks[r + 1].gap === Gap.Space && startsFamilyName(toks, r + 1);
}

/**
 * "Chủ tịch UBND phường Phạm Đình Hổ": wards and communes are named after people. After a named
 * person the name is the unit's; before a name, only when a second name follows it. The post's new end.
 */
function unitNamedAfterPersonEnd(text: string, toks: Token[], end: number, apposition: boolean): number {
  const q = parseName(toks, text, end);
  // a unit's name has two syllables or more; Văn and Thị are middle names
  for (let r = end + 2; q > end && !MIDDLE_NAMES.has(toks[end + 1]?.w) && r <= end + 4; r++) {
    if (toks[r]?.gap !== Gap.Space || !toks[r - 1].cap || !toks[r - 2].cap) break;
    // (not a family name that ends the unit's own name: "Trường THPT Phan Bội Châu Nguyễn Thị Hoa", the holder's middle name second)
    if (startsFamilyName(toks, r) && !MIDDLE_NAMES.has(toks[r].w) && parseName(toks, text, r) >= r + 2 && !middleNameThird(toks, r)) return r;
  }
  if (q > end && apposition && !(toks[q]?.gap === Gap.Space && toks[q].cap)) return q;
  // before a name, two syllables closed at once are the unit's own name, not its head's: a Vietnamese full name has
  // three ("Phó Viện trưởng VKSND huyện Triệu Phong, ...", "Trưởng ấp Bình Phú cho biết")
  if (q === end + 2 && !apposition && !(toks[q]?.gap === Gap.Space && toks[q].cap) && !isForeignNameWord(text, toks[end]) && !isForeignNameWord(text, toks[end + 1])) return q;
  return end;
}

/** School levels a school's name follows ("Trường THPT Phan Đình Phùng", "Trường Mầm non Hoa Sen"). */
/** A school's type ends at k ('ĐH', 'Đại học', 'Học viện'), the school's own name after it ('ĐH Y Hà Nội'). */
// (not "CĐ": also a trade union, "Chủ tịch CĐ Giáo dục")
const SCHOOL_ACRONYM_IDS = idSet(['đh', 'hv']);
const DAI_ID = lexiconWordId('đại'), HOC_ID = lexiconWordId('học'), VIEN_ID = lexiconWordId('viện');
const MAX_SCHOOL_NAME_WORDS = 6;
/** A school's name in capitals from k ("Nông Lâm TP.HCM", "Y Hà Nội"); its end. */
function schoolNameEnd(toks: Token[], k: number): number {
  let q = k;
  while (q < toks.length && q - k < MAX_SCHOOL_NAME_WORDS && toks[q].gap === Gap.Space && (toks[q].cap || toks[q].acro) && !toks[q].num
    && !matchAt(toks, q, POSITION_TABLE) && !matchAt(toks, q, RANK_TABLE) && !matchAt(toks, q, HONORIFIC_TABLE)) {
    // (its city in sentence case: "Nông Lâm Thành phố Hồ Chí Minh")
    const place = q > k ? matchAt(toks, q, PLACE_TABLE) : null;
    if (place) return q + place.len;
    q++;
  }
  return q;
}
function endsWithSchoolType(toks: Token[], k: number): boolean {
  const w = toks[k - 1].w;
  if (SCHOOL_ACRONYM_IDS.has(w)) return true;
  // (not "Hạ viện", "Thượng viện", "Bộ Tài nguyên và Môi trường": only the two-word types)
  return k >= 2 && ((w === HOC_ID && toks[k - 2].w === DAI_ID) || (w === VIEN_ID && toks[k - 2].w === HOC_ID));
}
const Y_ID = lexiconWordId('y'), KHOA_ID = lexiconWordId('khoa');
/** "Hiệu trưởng trường ĐH Y khoa |Phạm Ngọc Thạch": a medical school's type ends at k; its own name (a person's, a city's) follows. */
function endsWithMedicalSchool(toks: Token[], k: number): boolean {
  return k >= 3 && toks[k - 1].w === KHOA_ID && toks[k - 2].w === Y_ID && toks[k - 2].cap && endsWithSchoolType(toks, k - 2);
}
const BV_ID = lexiconWordId('bv'), BENH_ID = lexiconWordId('bệnh');
/** "Trưởng khoa Nhi BV |Bạch Mai": a post read up to a hospital's type word, its own name after it (capitalised type only). */
function endsWithHospitalType(toks: Token[], k: number): boolean {
  const w = toks[k - 1].w;
  return w === BV_ID || (k >= 2 && w === VIEN_ID && toks[k - 2].w === BENH_ID && toks[k - 2].cap && toks[k - 1].gap === Gap.Space);
}
const SCHOOL_LEVEL_TABLE = table(['THPT', 'THCS', 'PTTH', 'PTCS', 'PTDTNT', 'Tiểu học', 'Mầm non', 'Phổ thông', 'THPT chuyên', 'Trung học phổ thông', 'Trung học cơ sở']);
function endsWithSchoolLevel(toks: Token[], end: number): boolean {
  return matchAt(toks, end - 1, SCHOOL_LEVEL_TABLE)?.len === 1 || matchAt(toks, end - 2, SCHOOL_LEVEL_TABLE)?.len === 2 || matchAt(toks, end - 3, SCHOOL_LEVEL_TABLE)?.len === 3;
}
/** A school's level ends at end, or starts right before it and runs on ("THPT| chuyên"). */
const schoolLevelBefore = (toks: Token[], end: number): boolean => endsWithSchoolLevel(toks, end) || !!matchAt(toks, end - 1, SCHOOL_LEVEL_TABLE);
const SCHOOL_KIND_TABLE = table(['chuyên', 'dân lập', 'tư thục', 'bán công', 'quốc tế']);
/**
 * "Trường THCS - THPT Nguyễn Tất Thành", "trường THPT chuyên Lê Hồng Phong", "Trường THPT dân lập Đinh Tiên Hoàng": after a
 * school's level, a second level after a dash (no chain of parent units) or a lower-case kind is still its type, when the
 * school's name follows in capitals. The type's new end, else end.
 */
function schoolKindEnd(toks: Token[], end: number): number {
  let q = end;
  if (toks[q].gap === Gap.Dash && toks[q].cap) q += matchAt(toks, q, SCHOOL_LEVEL_TABLE)?.len ?? 0;
  if (toks[q]?.gap === Gap.Space && !toks[q].cap) q += matchAt(toks, q, SCHOOL_KIND_TABLE)?.len ?? 0;
  return q > end && toks[q]?.gap === Gap.Space && toks[q].cap && !toks[q].num ? q : end;
}

/**
 * "Hiệu trưởng trường THPT Phan Đình Phùng cho hay": schools are mostly named after people. A name right after the
 * school's level is the school's when it closes at once (punctuation, a predicate, lower case); when a second full
 * name follows, that one is the holder ("... THPT Phan Đình Phùng Nguyễn Thị Huyền").
 */
function schoolNamedAfterPersonEnd(text: string, toks: Token[], end: number, apposition: boolean): number {
  const second = unitNamedAfterPersonEnd(text, toks, end, apposition);
  if (second !== end) return second;
  const q = parseName(toks, text, end);
  if (q < end + 2 || !startsFamilyName(toks, end)) return end;
  // the school's city read on into the name ("trường THPT Lương Thế Vinh Hà Nội cũng ..."): the name ends before it
  for (let r = end + 2; r < q; r++) {
    const place = matchAt(toks, r, PLACE_TABLE);
    if (place && r + place.len >= q) return closesAtOnce(text, toks, r + place.len) ? r + place.len : end;
  }
  return closesAtOnce(text, toks, q) ? q : end;
}

/** The school's name ends at q: punctuation or lower case follows, or a capitalised clause opener ("THPT X Theo bà Loan, ..."). */
function closesAtOnce(text: string, toks: Token[], q: number): boolean {
  const next = toks[q];
  if (!(next?.gap === Gap.Space && next.cap)) return true;
  // a capitalised clause opener glued on by a lost full stop closes it too ("... Trường THPT Phan Đình Phùng Theo bà Loan, ...")
  return isNotNameWord(next) && !startsHolderName(text, toks, q);
}

/** "Ủy viên T.Ư Đảng": 1 when the party follows the Central Committee written short, else 0. */
function centralPartyLen(toks: Token[], end: number): number {
  return toks[end]?.gap === Gap.Space && toks[end].w === DANG_ID && toks[end].cap && CENTRAL_IDS.has(toks[end - 1].w) ? 1 : 0;
}

/** 'Phó đại diện đảng "Khối Petr Poroshenko" Irina Lutsenko': where the officer's name starts after a quoted party, or -1. */
function quotedPartyHolderAt(text: string, toks: Token[], headEnd: number): number {
  if (toks[headEnd]?.gap !== Gap.Space || toks[headEnd].w !== DANG_ID) return -1;
  const quoted = quotedPartyAt(toks, headEnd, text);
  return quoted && startsHolderName(text, toks, quoted[1]) && toks[quoted[1]].gap === Gap.Break ? quoted[1] : -1;
}

/**
 * "Phó Vụ trưởng phụ trách, Vụ Giáo dục Tiểu học": in charge, closed by punctuation (or by the body in charge of:
 * "Phó giám đốc phụ trách BHXH TP Hà Nội"); how many tokens the remit adds to the post's head, else 0.
 */
function inChargeLen(text: string, toks: Token[], headEnd: number): number {
  const inCharge = toks[headEnd]?.gap === Gap.Space ? matchAt(toks, headEnd, REMIT_TABLE) : null;
  if (!inCharge) return 0;
  const charged = toks[headEnd + inCharge.len];
  return !charged || charged.gap !== Gap.Space || (charged.cap && (charged.acro || !!parseOrgAt(toks, headEnd + inCharge.len, { title: true, text }))) ? inCharge.len : 0;
}

type OrgAt = NonNullable<ReturnType<typeof parseOrgAt>>;
/** org over other tokens, built with parseOrgAt's fields in its order (a spread gave another object shape: wrong-map deopts). */
function orgSpan(org: OrgAt, start: number, end: number): OrgAt {
  return { start, end, head: org.head, bodyStart: org.bodyStart, agency: org.agency, bracket: org.bracket };
}
/**
 * "Phó Giám đốc công ty Phạm Văn Đức": the body's name stops inside a person's name, so the name is the holder's
 * (after a named person it is the body's name: "A, Giám đốc Công ty Lê Văn Hoa cho biết"). org's body starts with a family name.
 */
function bodyCutAtHolder(text: string, toks: Token[], org: OrgAt, apposition: boolean): OrgAt {
  if (toks[org.end]?.gap === Gap.Space
    && toks[org.end].cap && !(startsFamilyName(toks, org.end) && !MIDDLE_NAMES.has(toks[org.end].w) && parseName(toks, text, org.end) >= org.end + 2)
    && parseName(toks, text, org.bodyStart) > org.end) {
    return orgSpan(org, org.start, apposition ? parseName(toks, text, org.bodyStart) : org.bodyStart);
  }
  return org;
}

/**
 * "Trưởng đoàn Đại biểu Quốc hội tỉnh X": the post's own word at k opens a longer body head. Written in lower case
 * ("Trưởng đoàn đại biểu Quốc hội tỉnh Bắc Ninh"), the body is read through its level word to its place.
 */
function bodyFromPostWord(text: string, toks: Token[], k: number): OrgAt | null {
  const org = parseOrgAt(toks, k, { title: true, text });
  if (org || toks[k].cap) return org;
  const head = matchAt(toks, k, ORG_TABLE);
  const at = k + (head?.len ?? 0);
  if (!head || toks[at]?.gap !== Gap.Space || !(matchAt(toks, at, UNIT_LEVEL_TABLE) || matchAt(toks, at, PROVINCE_LEVEL_TABLE))) return null;
  const place = parseOrgAt(toks, at, { title: true, levelPlace: true, text });
  return place && place.agency && place.end > at + 1 ? orgSpan(place, k, place.end) : null;
}

/** A place name that ends at end - 1 or end - 2 and runs on over the dash at end ("châu Á - Thái Bình Dương"): its end, else end. */
function dashRegionEnd(toks: Token[], end: number): number {
  for (let p = end - 1; p >= end - 2 && p >= 0; p--) {
    if (!(toks[p].k & PLACE_TABLE.bit)) continue;
    const m = matchAt(toks, p, PLACE_TABLE);
    if (m && p + m.len > end) return p + m.len;
  }
  return end;
}

/** A sector's name at k written with a dash between its fields ("Tài nguyên - Môi trường", "Văn hóa - Thể thao"): its end, else k. */
function dashedSectorEnd(toks: Token[], k: number): number {
  const m = matchAt(toks, k, SECTOR_TABLE, true);
  if (!m) return k;
  for (let q = k + 1; q < k + m.len; q++) if (toks[q].gap === Gap.Comma || (toks[q].gap === Gap.Dash && !toks[q].cap)) return k;
  return k + m.len;
}

/** At the dash at end: a sector's name begun in the words before it and written on over the dash; its end, else end. */
function sectorOverDashEnd(toks: Token[], orgStart: number, end: number): number {
  for (let q = Math.max(orgStart, end - 3); q < end; q++) {
    if (!toks[q].cap) continue;
    const e = dashedSectorEnd(toks, q);
    if (e > end) return e;
  }
  return end;
}

const BRANCH_TABLE = table(['chi nhánh']);
/**
 * At the dash at end: "Giám đốc Vietcombank - Chi nhánh Đắk Lắk", "nguyên Giám đốc Ngân hàng TMCP Phát triển TPHCM - Chi nhánh
 * Thăng Long": the body's branch and its capitalised name after the dash is the unit the post heads, a child, not a parent unit
 * the title is cut at; its end, else end.
 */
function branchAfterDashEnd(text: string, toks: Token[], end: number): number {
  const b = matchAt(toks, end, BRANCH_TABLE);
  if (!b) return end;
  let e = end + b.len;
  while (e < toks.length && e - end - b.len < MAX_ROUTE_END_WORDS && toks[e].gap === Gap.Space && (toks[e].cap || toks[e].acro) && !toks[e].num
    && !startsHolderName(text, toks, e) && !matchAt(toks, e, POSITION_TABLE)) e++;
  return e > end + b.len ? e : end;
}

const ROUTE_HEAD_TABLE = table(ROUTE_HEADS);
const MAX_ROUTE_END_WORDS = 4;
/**
 * At the dash at end: "Giám đốc tư vấn dự án Tân Vũ – Lạch Huyện", "Giám đốc Ban Quản lý dự án đường cao tốc Đà Nẵng -
 * Quảng Ngãi": a route or project named by its two ends, the capitalised end before the dash opened by a route word, goes
 * on to its other end (capitalised words that open no body or post); its end, else end.
 */
function routeEndAfterDash(toks: Token[], orgStart: number, end: number): number {
  let q = end - 1;
  // (a route's ends are places, not codes: "Dự án SRDP – IWMC Hà Tĩnh Phan Thành Biển" is no route)
  while (q > orgStart && end - q < MAX_ROUTE_END_WORDS && toks[q].cap && !toks[q].num && !toks[q].acro && toks[q].gap === Gap.Space) q--;
  // (q: the last word before the route's first end, which opens with a capital)
  if (q === end - 1 || toks[q].cap || !toks[q + 1].cap) return end;
  let opened = false;
  for (let len = 1; len <= 3 && q + 1 - len >= orgStart && !opened; len++) opened = matchAt(toks, q + 1 - len, ROUTE_HEAD_TABLE)?.len === len;
  if (!opened) return end;
  let e = end;
  while (e < toks.length && e - end < MAX_ROUTE_END_WORDS && toks[e].cap && !toks[e].num && !toks[e].acro && (e === end || toks[e].gap === Gap.Space)
    && !matchAt(toks, e, ORG_TABLE) && !matchAt(toks, e, POSITION_TABLE) && !(e > end && startsFamilyName(toks, e))) e++;
  return e;
}

/**
 * At the dash at end, after a body whose name ends on two capitalised syllables: two more capitalised syllables closed at once
 * by punctuation or the person's predicate are the other half of a paired name ("Dầu Tiếng - Phước Hòa", "Nhiêu Lộc - Thị
 * Nghè"), not a parent. Not a known place ("Agribank Cam Đường - Lào Cai": the province is the parent's place), a body, a
 * post or a person. Its end, else end.
 */
function pairedNameAfterDashEnd(text: string, toks: Token[], end: number): number {
  const a = toks[end - 2], b = toks[end - 1], c = toks[end], d = toks[end + 1];
  if (!d || !a.cap || !b.cap || a.acro || b.acro || a.num || b.num || b.gap !== Gap.Space || !c.cap || c.acro || c.num || !d.cap || d.acro || d.num || d.gap !== Gap.Space) return end;
  const n = toks[end + 2];
  if (n && n.gap === Gap.Space && !predicateAt(toks, end + 2)) return end;
  if (matchAt(toks, end, PLACE_TABLE) || matchAt(toks, end, ORG_TABLE) || matchAt(toks, end, POSITION_TABLE) || matchAt(toks, end, RANK_TABLE)
    || matchAt(toks, end, HONORIFIC_TABLE) || startsFamilyName(toks, end) || isForeignNameWord(text, c)) return end;
  return end + 2;
}

/** Fields a unit names in pairs over a dash, beyond NAME_FIELDS ("gây mê – hồi sức", "học sinh - sinh viên", "bay - sân bay"). */
const DASHED_FIELD_TABLE = table([...NAME_FIELDS, 'hồi sức', 'chống độc', 'xét nghiệm', 'thần kinh', 'sinh viên', 'học sinh', 'sân bay', 'đường bộ',
  'kiến trúc', 'kế toán', 'hành chính', 'tổng hợp', 'tự động hóa', 'kinh doanh', 'quản trị', 'nhân sự', 'pháp lý', 'luật', 'tổ chức cán bộ']);
/**
 * At the dash at end, after a unit's name: a field in lower case closed at once by punctuation or the person's verb is the unit's
 * own second field ("Vụ Công tác học sinh - sinh viên,", "Phòng Tài chính - kế hoạch cho biết"), not a parent unit; its end, else end.
 */
function dashedFieldEnd(toks: Token[], end: number): number {
  const t = toks[end];
  // (a field that is also the person's verb is the verb: "Trưởng công an thị xã Ba Đồn - thông tin.")
  if (t.num || predicateAt(toks, end)) return end;
  if (t.cap) return capitalDashedFieldEnd(toks, end);
  const m = matchAt(toks, end, DASHED_FIELD_TABLE);
  if (!m) return end;
  const e = end + m.len, n = toks[e];
  return !n || n.gap !== Gap.Space || (!n.cap && predicateAt(toks, e)) ? e : end;
}

/**
 * At the dash at end: a capitalised second field, maybe with its body's province, closed at once by punctuation or the person's
 * verb is still the unit's name ("Sở văn hóa - Thể thao TP Hồ Chí Minh đã", "Trường ĐH Kinh tế - Luật TP.HCM,"); a parent unit
 * after the dash opens with a unit word, not a field, and is still cut. Its end, else end.
 */
function capitalDashedFieldEnd(toks: Token[], end: number): number {
  const m = matchAt(toks, end, DASHED_FIELD_TABLE);
  if (!m) return end;
  let e = end + m.len;
  if (toks[e]?.gap === Gap.Space) {
    const lvl = matchAt(toks, e, PROVINCE_LEVEL_TABLE)?.len ?? 0;
    const p = toks[e + lvl]?.cap && (lvl === 0 || toks[e + lvl].gap === Gap.Space) ? matchAt(toks, e + lvl, PLACE_TABLE) : null;
    if (p) e += lvl + p.len;
  }
  const n = toks[e];
  return !n || n.gap !== Gap.Space || (!n.cap && predicateAt(toks, e)) ? e : end;
}

/** Tokens before end close with a field ("giáo dục", "Hành chính", "phát triển nông thôn"). */
function endsWithField(toks: Token[], end: number): boolean {
  for (let p = end - 1; p >= end - 3 && p >= 0; p--) if (matchAt(toks, p, DASHED_FIELD_TABLE)?.len === end - p) return true;
  return false;
}
/**
 * At the comma at end, after a unit whose name ends in a field: a second field (in either case; maybe its own second field
 * over a dash, an acronym and the unit's place) closed at once by punctuation or the person's verb is the unit's name, not
 * the next post ("Trưởng phòng giáo dục, đào tạo huyện Cẩm Mỹ (Đồng Nai),", "Công ty cổ phần Du lịch, dịch vụ HP (thuộc ...)",
 * "Trưởng phòng Hành chính, Quản trị - Tổ chức cán bộ."). Its end, else end.
 */
function commaFieldEnd(toks: Token[], end: number): number {
  const t = toks[end];
  if (t.num || t.acro || !endsWithField(toks, end)) return end;
  let e = end;
  // (a list of three fields or more: "Vụ Kế hoạch, Tài chính, Tổng hợp (Thanh tra Chính phủ)")
  while (toks[e]?.gap === Gap.Comma && !predicateAt(toks, e)) {
    // (a field that also heads a body is the parent unit: "Trưởng Bộ phận Truyền thông, Ngân hàng SHB xác nhận")
    const m = matchAt(toks, e, DASHED_FIELD_TABLE);
    if (!m || matchAt(toks, e, ORG_TABLE)) break;
    e += m.len;
  }
  if (e === end) return end;
  // (the list's last field joined by "và": "Trung tâm Xúc tiến đầu tư, thương mại và du lịch Lâm Đồng,")
  if (toks[e]?.gap === Gap.Space && toks[e].w === VA_ID && toks[e + 1]?.gap === Gap.Space) {
    const last = matchAt(toks, e + 1, DASHED_FIELD_TABLE);
    if (last && !matchAt(toks, e + 1, ORG_TABLE)) e += 1 + last.len;
  }
  if (toks[e]?.gap === Gap.Dash) { const d = toks[e].cap ? capitalDashedFieldEnd(toks, e) : dashedFieldEnd(toks, e); return d > e ? d : end; }
  if (toks[e]?.gap === Gap.Space && toks[e].acro) e++;
  e = acronymPlaceEnd(toks, e);
  const n = toks[e];
  return !n || n.gap !== Gap.Space || (!n.cap && predicateAt(toks, e)) ? e : end;
}

/** "Viện Phan Châu Trinh": a body named after a person, its name read one syllable in; the body read on to the name's end. */
function bodyNamedAfterPerson(text: string, toks: Token[], org: OrgAt, headEnd: number): OrgAt {
  if (org.end - 1 === org.bodyStart && org.end - 1 > headEnd && toks[org.end]?.gap === Gap.Space && startsFamilyName(toks, org.end - 1)) {
    const named = parseName(toks, text, org.end - 1);
    if (named > org.end) return orgSpan(org, org.start, named);
  }
  return org;
}

/** "Tổng giám đốc VNPT Phạm Đức Long", "Phó Chủ tịch EC, ông ...": a body written by its acronym (token headEnd is one). */
function acronymBodyAt(text: string, toks: Token[], headEnd: number): boolean {
  const n = toks[headEnd];
  if (n.num || matchAt(toks, headEnd, LEVEL_TABLE) || NOT_BODY_ACRONYMS.has(n.f) || (hasId(PERSON_CUE_FIRST, n.w) && matchAt(toks, headEnd, PERSON_CUE_TABLE))
    || parseName(toks, text, headEnd) >= 0) return false;
  const after = toks[headEnd + 1];
  // (or a known place: "Giám đốc BVĐK Hòa Bình", "Chủ tịch UBMTTQVN TPHCM"; not after a post in capitals, where the "acronym"
  // is the next word of a caption in capitals: "Ảnh: ĐẠI SỨ QUÁN MỸ")
  return !after || after.gap !== Gap.Space || !after.cap || parseName(toks, text, headEnd + 1) > 0 || (!toks[headEnd - 1].acro && !!matchAt(toks, headEnd + 1, PLACE_TABLE));
}

/** "Chủ tịch Phòng thương mại và công nghiệp Việt Nam (VCCI)": the body's acronym in brackets after the post, so that
 * "Chủ tịch VCCI" elsewhere is the same post (the body parse gives no bracket for a name in sentence case). */
function noteBracketedAcronym(text: string, toks: Token[], orgStart: number, end: number, e: number): void {
  const b = toks[end];
  if (text.charCodeAt(b.e) === 41 && !b.num && !bracketBodies.has(b.f)) bracketBodies.set(b.f, expandedKey(text.slice(toks[orgStart].s, e)));
}

/** A body's capitalised head run on in sentence case from end: the post's new end. */
function sentenceCaseBodyEnd(text: string, toks: Token[], end: number): number {
  const run = sentenceCaseRunEnd(text, toks, end);
  const owned = run > end && toks[run]?.gap === Gap.Space && toks[run].w === CUA_ID ? ownerTail(text, toks, run + 1) : -1;
  const e = owned > run ? owned : run;
  // (closed by punctuation or the predicate; "và" may be inside the name, so it closes only before the next person)
  if (e > end && toks[e - 1].w !== VA_ID && (!toks[e] || toks[e].gap !== Gap.Space || !!predicateAt(toks, e))) return e;
  if (e > end + 1 && toks[e - 1].w === VA_ID && toks[e]?.gap === Gap.Space && (matchAt(toks, e, HONORIFIC_TABLE) || (toks[e].cap && hasId(PERSON_CUE_FIRST, toks[e].w) && matchAt(toks, e, PERSON_CUE_TABLE)))) return e - 1;
  if (e === end + MAX_SENTENCE_CASE_WORDS) return longSentenceCaseBodyEnd(text, toks, end);
  return end;
}

/** A long sentence-case body is shorter than this: up to ten words. */
const MAX_LONG_SENTENCE_CASE_WORDS = 11;
/**
 * "ông X, Trưởng phòng Quản lý khai thác hạ tầng giao thông đường bộ (Sở GTVT TP.HCM)", "Phó giám đốc Trung tâm Nghiên cứu
 * tội phạm học và điều tra tội phạm (Học viện ...)": a run that filled the sentence-case cap reads on a few words more, kept
 * only when punctuation closes it (the recall audits cut both titles at their capitals). end when it does not.
 */
function longSentenceCaseBodyEnd(text: string, toks: Token[], end: number): number {
  const r = sentenceCaseRunEnd(text, toks, end, MAX_LONG_SENTENCE_CASE_WORDS);
  if (!(r > end + MAX_SENTENCE_CASE_WORDS && r < end + MAX_LONG_SENTENCE_CASE_WORDS && toks[r - 1].w !== VA_ID && (!toks[r] || toks[r].gap !== Gap.Space))) return end;
  // (a remit of two parts joined by "và", or the parent body in brackets after it: a clause run on has neither,
  // "Viện nghiên cứu phát triển xã hội nêu quan điểm,"; "kiêm" opens a second post)
  let joined = false;
  for (let q = end; q < r; q++) { if (toks[q].w === KIEM_ID) return end; if (toks[q].w === VA_ID) joined = true; }
  return joined || (!!toks[r] && text.slice(toks[r - 1].e, toks[r].s).includes('(')) ? r : end;
}

/** A unit's number closing its name: "Trung đoàn bộ binh số 1", "Cục tác chiến đặc biệt số 1". */
const NUMBERED_UNIT_END_RE = / số \d{1,3}$/;
/** A province's or city's level word before a capitalised name: a body placed by it ("Tòa án tỉnh Mondulkiri"). */
const PLACED_BODY_RE = /(?:^| )(?:tỉnh|thành phố|tp\.?) \p{Lu}/iu;
/**
 * "phát ngôn viên Tòa án tỉnh Mondulkiri của Campuchia", "Thị trưởng thành phố Mosul của Iraq": a body already placed by its
 * province or city, then "của" and the country, ends at the place (the title ends where its body does).
 */
export function countryOfPlacedBodyCut(p: Position): Position {
  const c = p.text.lastIndexOf(' của ');
  if (c < 0 || p.organization === null) return p;
  // ("Cục trưởng Cục tác chiến đặc biệt số 1 của Quân đội Myanmar": a numbered unit is named whole, its parent after "của" cut as at "thuộc")
  const numbered = NUMBERED_UNIT_END_RE.test(p.text.slice(0, c));
  if (!numbered && (!COUNTRY_FORMS_FOLDED.has(foldForMatch(p.text.slice(c + 5))) || !PLACED_BODY_RE.test(p.text.slice(0, c)))) return p;
  const cut = p.text.length - c;
  if (p.organization.length <= cut) return p;
  return { title: p.title, organization: p.organization.slice(0, p.organization.length - cut), text: p.text.slice(0, c), span: [p.span[0], p.span[1] - cut] };
}

/** After a name, a party's standing closed by punctuation: ", thủ lĩnh Công đảng đối lập, cho biết"; its length, else 0. */
function closedStandingLen(toks: Token[], end: number): number {
  const closedStanding = toks[end]?.gap === Gap.Space ? matchAt(toks, end, PARTY_STANDING_TABLE) : null;
  return closedStanding && toks[end + closedStanding.len]?.gap !== Gap.Space ? closedStanding.len : 0;
}

const TERM_ID = lexiconWordId('khóa');
// (ROMAN_NUMERAL_RE, defined below with the regnal numbers, is read only once documents are parsed)
const isRomanNumeral = (t: Token | undefined): boolean => !!t && t.cap && ROMAN_NUMERAL_RE.test(t.f);
/**
 * "đại biểu Quốc hội khóa XIV", "Ủy viên Trung ương Đảng khóa X, XI, XII": a body's term written right after it; its
 * length, else 0. Read past, or the holder's name after it was lost ("đại biểu Quốc hội khóa XIII Bùi Thị An").
 */
function termOfOfficeLen(toks: Token[], end: number): number {
  const term = toks[end];
  if (!term || term.w !== TERM_ID || term.gap !== Gap.Space || toks[end + 1]?.gap !== Gap.Space || !isRomanNumeral(toks[end + 1])) return 0;
  let q = end + 2;
  // (a list of terms: ", XI, XII", "và XIII")
  for (;;) {
    const t = toks[q];
    if (t?.gap === Gap.Comma && isRomanNumeral(t)) q++;
    else if (t?.gap === Gap.Space && t.w === VA_ID && toks[q + 1]?.gap === Gap.Space && isRomanNumeral(toks[q + 1])) q += 2;
    else break;
  }
  return q - end;
}

/** "ĐBQH khóa XI Nguyễn Ngọc Trân": the deputy's post written short takes its legislature's term, as "đại biểu Quốc hội khóa XI" does. */
function deputyTermLen(toks: Token[], end: number): number {
  return toks[end]?.w === TERM_ID ? termOfOfficeLen(toks, end) : 0;
}
const LIEN_ID = lexiconWordId('liên'), BANG_ID = lexiconWordId('bang');
/**
 * "Thẩm phán liên bang James Robart", ", thẩm phán liên bang ở Seattle,": "liên bang" (federal) after the post's head
 * is part of the post; not the state's name "Liên bang Nga". Its length, else 0.
 */
function federalLen(toks: Token[], headEnd: number): number {
  const t = toks[headEnd];
  if (!t || t.w !== LIEN_ID || t.gap !== Gap.Space || toks[headEnd + 1]?.w !== BANG_ID || toks[headEnd + 1].gap !== Gap.Space) return 0;
  // (capitalised before a place it is the state's name; in lower case the country follows the post: "thẩm phán liên bang Mỹ")
  const after = toks[headEnd + 2];
  return t.cap && after && after.gap === Gap.Space && after.cap && matchAt(toks, headEnd + 2, PLACE_TABLE) ? 0 : 2;
}

// (word ids, last word first: compared without slicing the words before every post)
const POST_SOUGHT_WORDS = POST_SOUGHT_BEFORE.map((x) => foldForMatch(x).split(' ').reverse().map(lexiconWordId));

/** The words right before token i say the post is sought ("ứng cử viên tổng thống"): no one holds it. */
function postSoughtBefore(toks: Token[], i: number): boolean {
  for (const ws of POST_SOUGHT_WORDS) {
    let j = 0;
    while (j < ws.length && i - 1 - j >= 0 && toks[i - 1 - j].w === ws[j] && toks[i - j].gap === Gap.Space) j++;
    if (j === ws.length) return true;
  }
  return false;
}

/** The word may open a post (a prefix's, a post's or, after "kiêm", a bare function's first word); false only when no table can match there. */
function opensPostBits(t: Token | undefined, afterKiem: boolean): boolean {
  if (!t) return false;
  if (afterKiem && KIEM_TABLE.bit === 0) return true;
  return (t.k & (PREFIX_TABLE.bit | POSITION_TABLE.bit | (afterKiem ? KIEM_TABLE.bit : 0))) !== 0;
}

const PALACE_HEAD_IDS = idSet(['phủ', 'dinh', 'nhà']);
const CUP_ID = lexiconWordId('cúp');
/**
 * "tại Phủ Chủ tịch, Đại sứ X", "Dinh Tổng thống Malacanang", "Cúp Nhà Vua Tây Ban Nha Barca": a capitalised post
 * after a capitalised "Phủ"/"Dinh" names a palace (after "Cúp Nhà", a cup), no one's post (not "chính phủ Tổng thống X").
 */
function palaceAt(toks: Token[], i: number): boolean {
  const head = toks[i - 1];
  if (!head.cap || !toks[i].cap) return false;
  return head.f === 'nhà' ? i > 1 && toks[i - 2].w === CUP_ID && head.gap === Gap.Space : i < 2 || toks[i - 2].f !== 'chính' || head.gap !== Gap.Space;
}

/** A post starting at token i: [Phó/nguyên...] head [Thường trực] [organization or place]. */
function parsePosition(text: string, toks: Token[], i: number, allowPlural = false, apposition = false, afterKiem = false, predicate = false): ParsedPosition | null {
  // most words asked open no post: their first-word bits say so before any other test
  if (!opensPostBits(toks[i], afterKiem)) return null;
  if (i > 0 && postSoughtBefore(toks, i)) return null;
  // "chính quyền Tổng thống Trump": "quyền" ends a compound here, it is no acting post
  if (i > 0 && toks[i].w === QUYEN_ID && toks[i].gap === Gap.Space && QUYEN_COMPOUND_IDS.has(toks[i - 1].w)) return null;
  if (i > 0 && toks[i].gap === Gap.Space && PALACE_HEAD_IDS.has(toks[i - 1].w) && palaceAt(toks, i)) return null;
  let k = i;
  // "tân Tổng thống Mỹ" (newly in office): "tân" and what precedes it are no part of the post, unlike nguyên/cựu
  let titleTok = i;
  for (let guard = 0; guard < 3; guard++) {
    const p = matchAt(toks, k, PREFIX_TABLE);
    if (!p || toks[k + p.len]?.gap !== Gap.Space) break;
    // "Phó phòng", "Phó ban": the prefix opens a post of its own
    // (unless the prefix opens a longer post: "Phó Chi cục trưởng")
    if ((matchAt(toks, k, POSITION_TABLE)?.len ?? 0) > p.len + (matchAt(toks, k + p.len, POSITION_TABLE)?.len ?? 0)) break;
    // ("đương kim", in office now, likewise: "đương kim Thủ tướng Singapore X")
    if (toks[k].f === 'tân' || toks[k].f === 'đương') titleTok = k + p.len;
    k += p.len;
  }
  const m = matchAt(toks, k, POSITION_TABLE) ?? (afterKiem ? matchAt(toks, k, KIEM_TABLE) : null);
  if (!m) return null;
  if (toks[k].w === VUA_ID && m.len === 1) { const king = kingByName(text, toks, k, titleTok); if (king) return king; }
  let headF = toks[k].f;
  for (let q = k + 1; q < k + m.len; q++) headF += ' ' + toks[q].f;
  // ("Đại Sứ Quán Cuba": the embassy written in title case, not an envoy named "Quán Cuba")
  if (m.len === 2 && toks[k + 2]?.f === 'quán' && toks[k + 2].gap === Gap.Space && headF === 'đại sứ') return null;
  // "khi bầu cử ĐBQH, ông X": a deputy written short is a title only with the name right after it
  if (m.len === 1 && !apposition && acronymPostUnnamed(toks, k)) return null;
  // "lãnh đạo Bộ", "các đại biểu": a description, not a person's post; "bộ trưởng Quốc phòng Mỹ James
  // Mattis" is a post written lower-case, kept only with a capitalised body and a name after it
  const lowerPost = !toks[i].cap && k === i && !LOWER_CASE_OK.has(headF) && !afterKiem && !(apposition && LOWER_CASE_AFTER_NAME.has(headF));
  // a one-syllable post in lower case is mostly the end of another word ("thứ trưởng" → "trưởng")
  // (but "vua Qatar X": a king by his country)
  if (lowerPost && m.len < 2 && !(TAKES_PLACE.has(headF) && toks[k + 1]?.gap === Gap.Space && toks[k + 1].cap && isCountryAt(toks, k + 1))) return null;
  if (!allowPlural && i > 0 && toks[i].gap === Gap.Space && hasId(PLURAL, toks[i - 1].w)) return null;
  let headEnd = k + m.len;
  // (after a name, "..., Lãnh đạo tối cao của Iran đã ..." is mostly the next clause's subject: "tối cao" is read there only before a name)
  const suf = toks[headEnd]?.gap === Gap.Space && !(apposition && toks[headEnd].w === TOI_ID) ? matchAt(toks, headEnd, SUFFIX_TABLE) : null;
  if (suf) headEnd += suf.len;
  else headEnd += federalLen(toks, headEnd);
  // "Phó Vụ trưởng phụ trách, Vụ Giáo dục Tiểu học": in charge, closed by punctuation
  if (!suf) headEnd += inChargeLen(text, toks, headEnd);
  // "Giám đốc marketing Công ty X": the officer's function, lower-case, then the company ("kinh doanh vàng" is a trade)
  // (one in charge of a function heads it too: "Phụ trách kinh doanh Công ty X", "Phụ trách chuyên môn BV Y")
  // (written in capitals, "Giám đốc Nhân sự", "Giám đốc Pháp lý", it is the function whatever follows: no trade, no country)
  const director = headF.endsWith('giám đốc');
  const fnCap = director && toks[headEnd]?.cap === true;
  const fn = (director || headF === 'phụ trách') && toks[headEnd]?.gap === Gap.Space && (!toks[headEnd].cap || fnCap) ? matchAt(toks, headEnd, DIRECTOR_FUNCTION_TABLE) : null;
  const afterFn = fn ? toks[headEnd + fn.len] : undefined;
  if (fn && (fnCap || !afterFn || afterFn.gap !== Gap.Space || afterFn.cap || afterFn.f === 'của')) headEnd += fn.len;
  let end = headEnd;
  // (computed here, on the hot path: a cold branch's own 'headEnd + 1' would deopt the whole function)
  const afterHead = headEnd + 1;
  let orgStart = -1;
  let bracket = -1;
  /** a lower-case post read up to its holder's name */
  let holderAfter = false;
  const n = toks[headEnd];
  if (n && n.gap === Gap.Space) {
    let org = parseOrgAt(toks, headEnd, { title: true, text });
    // "Ủy viên Ban Thường vụ Tỉnh ủy": a board is no body alone, but with the body it leads it is the post's unit
    // (read past the board when the body it gives stops short: "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam")
    if (n.cap && n.w === BAN_ID) {
      const parent = bodyLedByBoard(text, toks, headEnd, BOARD_OF_BODY_TABLE);
      if (parent && parent.end > (org?.end ?? 0)) org = orgSpan(parent, headEnd, parent.end);
    } else if (headF === 'ủy viên' && !suf) {
      // "Ủy viên Thường vụ Tỉnh ủy", "Ủy viên BTV Đảng ủy Công an Trung ương": the board without "Ban", then the body it leads
      const parent = bodyLedByBoard(text, toks, headEnd, MEMBER_BOARD_TABLE);
      if (parent) org = orgSpan(parent, headEnd, parent.end);
    }
    // "Phó Giám đốc công ty Phạm Văn Đức": the body's name stops inside a person's name, so the name is the holder's
    if (org && org.bodyStart > headEnd && org.bodyStart < org.end && startsFamilyName(toks, org.bodyStart)) org = bodyCutAtHolder(text, toks, org, apposition);
    // "Viện Phan Châu Trinh": a body named after a person, its name read one syllable in
    if (org) org = bodyNamedAfterPerson(text, toks, org, headEnd);
    // ("Tổng Bí thư Trường Chinh": a pen name, no school)
    if (org && org.end === headEnd + 2 && n.w === TRUONG_SCHOOL_ID && penNameAfterPostAt(toks, headEnd)) org = null;
    if (org) bracket = org.bracket;
    const implied = IMPLIED_ORG.get(headF);
    // "Trưởng đoàn Đại biểu Quốc hội tỉnh X": the post's own word opens a longer body head
    const fromPost = implied && !org && (matchAt(toks, headEnd - 1, ORG_TABLE)?.len ?? 0) > 1 ? bodyFromPostWord(text, toks, headEnd - 1) : null;
    const cell = !org && n.cap && n.w === BAN_ID ? bareCellEnd(toks, headEnd) : -1;
    if (org && org.end > headEnd) { orgStart = headEnd; end = org.end; }
    else if (cell > 0) { orgStart = headEnd; end = cell; }
    else if (fromPost && fromPost.bodyStart > headEnd && fromPost.end > headEnd) { orgStart = headEnd; end = fromPost.end; }
    else if (implied) {
      const io = parseImpliedOrg(toks, headEnd, implied, text);
      if (io) {
        orgStart = headEnd;
        end = io.end;
        // "Phó Khoa Tai Mũi Họng BV chia sẻ": the person's verb is no part of the unit
        for (let q = headEnd + 1; q < end; q++) if (!toks[q].cap && predicateAt(toks, q)) { end = q; break; }
        // "Trưởng ban Tuyên giáo Tỉnh ủy": the unit's parent body written right after it
        const parent = toks[end]?.gap === Gap.Space && toks[end].cap ? parseOrgAt(toks, end, { title: true, text }) : null;
        if (parent && parent.end > end) end = parent.end;
      } else if (numberedUnitAt(text, toks, headEnd)) {
        // "Trưởng phòng 3, Cục An ninh ...", "Phó trưởng phòng 8 C45": a unit known by its number, then maybe its parent
        orgStart = headEnd;
        end = afterHead;
        const parent = toks[end]?.gap === Gap.Space && toks[end].cap ? parseOrgAt(toks, end, { title: true, text }) : null;
        if (parent && parent.end > end) end = parent.end;
      }
    } else {
      // "Bộ trưởng Tài chính Mỹ", "Tổng thống Iran", "Đại sứ Australia tại Việt Nam"
      const sector = matchAt(toks, headEnd, SECTOR_TABLE);
      let sectorEnd = sector && toks[headEnd].cap ? headEnd + sector.len : headEnd;
      // ("nguyên Bộ trưởng Tài nguyên - Môi trường": a ministry's joined fields written over a dash are its one name)
      if (toks[headEnd].cap && toks[sectorEnd]?.gap === Gap.Dash) sectorEnd = Math.max(sectorEnd, dashedSectorEnd(toks, headEnd));
      // ("Bộ trưởng Văn hóa, Thể thao và Du lịch": the remit listed on with commas)
      if (sectorEnd > headEnd && toks[sectorEnd]?.gap === Gap.Comma) sectorEnd = fieldListEnd(text, toks, sectorEnd);
      // (capitalised: "cố vấn pháp lý" is no adviser of France)
      const p = toks[sectorEnd]?.gap === Gap.Space && toks[sectorEnd].cap ? matchAt(toks, sectorEnd, PLACE_TABLE) : null;
      if (sectorEnd > headEnd) { orgStart = headEnd; end = sectorEnd; }
      const beforeName = p && startsFamilyName(toks, sectorEnd + p.len);
      if (p && (sectorEnd > headEnd || TAKES_PLACE.has(headF) || isCountryAt(toks, sectorEnd) || beforeName)) {
        orgStart = headEnd;
        end = sectorEnd + p.len;
        const at = toks[end];
        if (at && AT_IDS.has(at.w) && at.gap === Gap.Space && toks[end + 1]?.gap === Gap.Space) {
          // "Đại sứ Mỹ tại Liên Hiệp Quốc", "Đại sứ Trung Quốc ở Washington": posted to a country, a capital or an international body
          const q = matchAt(toks, end + 1, PLACE_TABLE);
          const body = q ? null : matchAt(toks, end + 1, ORG_TABLE);
          if (q) end += 1 + q.len;
          else if (body && body.value.needs === 'self') end += 1 + body.len;
        }
      }
    }
    // "Thượng nghị sĩ Cộng hòa John McCain": a legislator's party, named short
    if (orgStart < 0 && n.cap && SEAT_TITLES.has(headF)) { const party = matchAt(toks, headEnd, SEAT_PARTY_TABLE); if (party) { orgStart = headEnd; end = headEnd + party.len; } }
    // "lãnh đạo phe đa số tại Thượng viện Mỹ": a party leader's chamber
    if (orgStart < 0 && PARTY_LEADERS.has(headF)) { const ch = chamberEnd(toks, headEnd); if (ch > 0) { orgStart = headEnd; end = ch; } }
    // "Chủ tịch nước Cộng hòa Nhân dân Trung Hoa", "Chủ tịch nước CHXHCN Việt Nam": a state by its full name
    if (orgStart < 0 && n.cap && TAKES_PLACE.has(headF)) { const st = stateFullNameEnd(toks, headEnd); if (st > 0) { orgStart = headEnd; end = st; } }
    // "Chủ tịch Quốc hội Cộng hòa Liên bang Myanmar": a national body, then its state by the full name
    else if (orgStart >= 0 && toks[end]?.gap === Gap.Space && toks[end].cap && hasId(STATE_FORM_FIRST, toks[end].w)) { const st = stateFullNameEnd(toks, end); if (st > 0) end = st; }
    const lowSector = !n.cap ? matchAt(toks, headEnd, SECTOR_TABLE) : null;
    const sectorHolder = orgStart < 0 && lowSector ? holderAfterLowSector(text, toks, headEnd, lowSector.len) : -1;
    if (sectorHolder >= 0) { orgStart = headEnd; end = sectorHolder; holderAfter = true; }
    if (orgStart < 0) {
      // "Bộ trưởng phụ trách vấn đề Brexit David Davis": a remit in lower case, then what it is about
      const remit = parseRemit(text, toks, headEnd, apposition);
      if (remit > headEnd) { orgStart = headEnd; end = remit; }
    }
    if (orgStart < 0 && n.cap && isForeignNameWord(text, n) && startsFamilyName(toks, headEnd + 1) && toks[headEnd + 1].gap === Gap.Space
      && brandedHolderAt(text, toks, headEnd + 1, headF)) {
      // "Chủ tịch Hội đồng quản trị Oceanbank Hà Văn Thắm": a brand, then a Vietnamese full name
      orgStart = headEnd; end = afterHead;
    }
    // "Giám đốc Agribank chi nhánh huyện Hòa Vang Trần Văn Bình": a one-word brand, then its branch named by the place
    if (orgStart < 0 && n.cap && !n.num && toks[afterHead]?.w === BRANCH_FIRST_ID && BUSINESS_POST_RE.test(headF)) {
      const branch = branchPlaceLen(toks, afterHead);
      if (branch > 0) { orgStart = headEnd; end = afterHead + branch; }
    }
    // "CEO Facebook Mark Zuckerberg": after a company post, three foreign words are a brand and a two-word name
    if (orgStart < 0 && n.cap && BRAND_FIRST_POSTS.has(headF) && !(FOUNDER_POSTS.has(headF) && (apposition || (toks[i].gap === Gap.Comma && toks[headEnd + 3]?.gap === Gap.Comma))) && isForeignNameWord(text, n) && parseName(toks, text, headEnd) === headEnd + 3
      && isForeignNameWord(text, toks[headEnd + 1]) && isForeignNameWord(text, toks[headEnd + 2])) { orgStart = headEnd; end = afterHead; }
    if (orgStart < 0 && n.cap && FOUNDER_POSTS.has(headF) && !startsFamilyName(toks, headEnd)) {
      let q = afterHead;
      while (q < toks.length && q - headEnd < MAX_FOUNDED_BODY_WORDS && toks[q].gap === Gap.Space && toks[q].cap && !toks[q].num) q++;
      orgStart = headEnd; end = q;
    }
    if (orgStart < 0 && n.cap) {
      // "Chủ tịch Tottenham - Daniel Levy": a brand or club, then its head's name after a dash
      let q = headEnd + 1;
      while (q < toks.length && q - headEnd < 4 && toks[q].gap === Gap.Space && toks[q].cap && !toks[q].num) q++;
      if (toks[q]?.gap === Gap.Dash && startsHolderName(text, toks, q) && toks[q + 1].gap === Gap.Space) { orgStart = headEnd; end = q; }
      // ("CEO Audi Mỹ - ông Scott Keogh": the company, a dash, an honorific and the holder)
      else if (toks[q]?.gap === Gap.Dash && BUSINESS_POST_RE.test(headF) && matchAt(toks, q, HONORIFIC_TABLE)) { orgStart = headEnd; end = q; }
      // "Giám đốc Grab Việt Nam, ông Nguyễn Tuấn Anh": the brand, then the holder after a comma and an honorific
      // (or a degree: "Giám đốc ĐH Đà Nẵng, GS.TS Trần Văn Nam")
      else if (toks[q]?.gap === Gap.Comma && BUSINESS_POST_RE.test(headF) && (matchAt(toks, q, HONORIFIC_TABLE) || (toks[q].cap && hasId(PERSON_CUE_FIRST, toks[q].w) && !!matchAt(toks, q, PERSON_CUE_TABLE)))
        && (!startsHolderName(text, toks, headEnd) || foreignBrandBeforeHonorific(text, toks, headEnd, q))) { orgStart = headEnd; end = q; }
    }
    if (orgStart < 0 && n.cap && !n.acro) {
      // "Giám đốc Tình báo Quốc gia Mỹ (DNI) Dan Coats": a body with no head word, known by the acronym after it
      let q = headEnd;
      while (q - headEnd < 6 && toks[q]?.gap === Gap.Space && !toks[q].num && !matchAt(toks, q, POSITION_TABLE) && !matchAt(toks, q, RANK_TABLE)) q++;
      const b = toks[q];
      // ("Đại biểu Phạm Văn A (TP.HCM) chất vấn": a Vietnamese name with no holder after the bracket is the holder, the bracket its place)
      if (q - headEnd >= 2 && toks[q - 1].cap && b && b.gap === Gap.Paren && b.acro && !b.num && text.charCodeAt(b.e) === 41
        && !(startsFamilyName(toks, headEnd) && parseName(toks, text, headEnd) === q && !startsHolderName(text, toks, q + 1))) { orgStart = headEnd; end = q; bracket = q; }
    }
    // "Ủy viên T.Ư", "Ủy viên TW Đảng": the Central Committee by its short form
    if (orgStart < 0 && n.acro && CENTRAL_IDS.has(n.w)) { orgStart = headEnd; end = afterHead; }
    if (orgStart < 0 && n.acro && acronymBodyAt(text, toks, headEnd)) { orgStart = headEnd; end = acronymPlaceEnd(toks, afterHead); }
  }
  // "Trưởng BTC giải Nguyễn Minh Ngọc", ", Trưởng BTC lễ hội cho biết": an event's organizing board written short, then the event
  if (orgStart < 0 && n && n.gap === Gap.Space && n.w === BTC_ID && BOARD_HEAD_POSTS.has(headF)) { orgStart = headEnd; end = organizingBoardEnd(text, toks, headEnd + 1, apposition); }
  if (orgStart < 0 && n && n.gap === Gap.Space && SERVES_POST.has(headF) && matchAt(toks, headEnd, POSITION_TABLE)) {
    // "Trợ lý Tổng Bí thư", "Thư ký Thủ tướng": an assistant to a post
    // ("Trợ lý Ngoại trưởng Mỹ Thomas Shannon": a full name right after is the assistant's; a surname alone,
    // "Phát ngôn viên Tổng thống Trump", is the served post's holder)
    const served = parsePosition(text, toks, headEnd);
    const holderEnd = served ? parseName(toks, text, served.endTok) : -1;
    // (a served post in lower case, "trợ lý giám đốc FBI Paul Abbate", "quyền trợ lý ngoại trưởng Mỹ Susan Thornton", is read
    // only with its capitalised body and the assistant's full name after it, as a lower-case post alone is)
    if (served && (n.cap ? holderEnd < 0 || holderEnd - served.endTok >= 2 : holderEnd - served.endTok >= 2 && served.position.organization !== null)) {
      orgStart = headEnd; end = served.endTok;
      if (!n.cap) holderAfter = true;
    }
  }
  // "Tổ trưởng tổ công tác đặc biệt", "tổ phó tổ thẩm định": a group's head and its unit, lower case or not
  if (orgStart < 0 && n && n.gap === Gap.Space && n.w === TO_ID && m.len === 2 && toks[k].w === TO_ID && GROUP_HEAD_IDS.has(toks[k + 1].w)) {
    const unit = groupUnitEnd(text, toks, headEnd);
    if (unit > headEnd + 1) { orgStart = headEnd; end = unit; }
  }
  if (orgStart < 0 && apposition && n && n.gap === Gap.Space) {
    const tail = appositionTail(text, toks, headEnd, headF, predicate);
    if (tail > headEnd) { orgStart = headEnd; end = tail; }
  }
  // ("Chủ tịch TP Nguyễn Đức Chung": the city's level word written short and capitalised, then the holder; not a
  // foreign city's name, "Thống đốc TP Saint Petersburg", read as before)
  if (orgStart < 0 && n && n.gap === Gap.Space && (!n.cap || (n.f === 'tp' && !!toks[afterHead] && !isForeignNameWord(text, toks[afterHead]))) && matchAt(toks, headEnd, LEVEL_TABLE)) {
    // "Chủ tịch xã Ninh Xá": a post of an administrative unit
    const place = parseOrgAt(toks, headEnd, { title: true, levelPlace: true, text });
    const levelLen = matchAt(toks, headEnd, LEVEL_TABLE)?.len ?? 0;
    // "với Chủ tịch xã Nguyễn Văn Sĩ. Đang họp": before a family name and nothing after it, the unit is unnamed
    const unnamedUnit = !apposition && !!place && startsFamilyName(toks, headEnd + levelLen) && parseName(toks, text, headEnd + levelLen) === place.end
      && !(toks[place.end]?.gap === Gap.Space && toks[place.end].cap);
    // (a full name of three syllables: "huyện Thạch Hà" is a district)
    const bareLevel = (endsWithUnitLevel(toks, headEnd + levelLen) || endsWithProvinceLevel(toks, headEnd + levelLen)) && startsFamilyName(toks, headEnd + levelLen) && (!place || !place.agency || unnamedUnit)
      && parseName(toks, text, headEnd + levelLen) >= headEnd + levelLen + 3;
    // "ông X - Bí thư thị trấn - bất ngờ bị đâm": the unit named before, its level word alone after the post
    const closedLevel = (!place || !place.agency || place.end <= headEnd + levelLen) && endsWithUnitLevel(toks, headEnd + levelLen) && (apposition || !toks[headEnd + levelLen] || toks[headEnd + levelLen].gap !== Gap.Space);
    if (bareLevel || closedLevel) { orgStart = headEnd; end = headEnd + levelLen; }
    else if (place && place.agency) { orgStart = headEnd; end = place.end; }
  }
  // (a village head's own word is its level: "Trưởng thôn Nội Trung Nguyễn Văn A")
  if (orgStart < 0 && toks[headEnd]?.gap === Gap.Space && toks[headEnd].cap && endsWithUnitLevel(toks, headEnd)) orgStart = headEnd;
  // ("Trưởng thôn 8", "bà X, trưởng xóm 18, cho biết": a village known by its number alone)
  if (orgStart < 0 && numberedUnitAt(text, toks, headEnd) && endsWithUnitLevel(toks, headEnd)) { orgStart = headEnd; end = headEnd + 1; }
  if (orgStart >= 0 && toks[end]?.gap === Gap.Space && toks[end].cap && (endsWithUnitLevel(toks, end) || toks[end - 1].w === WARD_POLICE_ID)) {
    // "Chủ tịch UBND phường Phạm Đình Hổ": wards and communes are named after people. After a named
    // person the name is the unit's; before a name, only when a second name follows it.
    end = unitNamedAfterPersonEnd(text, toks, end, apposition);
    // ("Trưởng thôn Bình An 2, xã Lộc Vĩnh": a village numbered after its name)
    if (end > orgStart && numberedUnitAt(text, toks, end)) end++;
  } else if (orgStart >= 0 && toks[end] && schoolLevelBefore(toks, end) && (end = schoolKindEnd(toks, end)) >= 0 && toks[end].gap === Gap.Space && toks[end].cap) {
    end = schoolNamedAfterPersonEnd(text, toks, end, apposition);
  } else if (orgStart >= 0 && toks[end]?.gap === Gap.Space && toks[end].cap && (endsWithHospitalType(toks, end) || endsWithMedicalSchool(toks, end))) end = schoolNamedAfterPersonEnd(text, toks, end, apposition);
  // "Đại biểu Quốc hội tỉnh Ninh Thuận Nguyễn Sỹ Cương": a deputy's province (the delegation) after the assembly
  if (orgStart >= 0 && end === orgStart + 2 && toks[end]?.gap === Gap.Space && toks[orgStart].w === QUOC_ID && headF === 'đại biểu') end = delegationEnd(toks, end, text);
  // "Cố vấn An ninh Quốc gia Michael Flynn", "Ủy viên T.Ư Đảng Ngô Thị Thanh Hằng": a body or remit read short runs on in
  // capitals to the holder's name
  if (orgStart >= 0 && !apposition && bracket !== end && toks[end]?.gap === Gap.Space && toks[end].cap && !toks[end].num && !startsHolderName(text, toks, end)) {
    let q = end;
    // (sentence case: a capital on the first syllable of each word, "An ninh Quốc gia")
    while (q < toks.length && q - end < 4 && toks[q].gap === Gap.Space && (toks[q].cap || toks[q - 1].cap) && !toks[q].num && !startsHolderName(text, toks, q) && (!isForeignNameWord(text, toks[q]) || !!matchAt(toks, q, PLACE_TABLE))
      && !matchAt(toks, q, POSITION_TABLE) && !matchAt(toks, q, RANK_TABLE) && !matchAt(toks, q, HONORIFIC_TABLE)) q++;
    // (not a name's own first word: "Lim Hng Kiang", "U Htin Kyaw")
    // (nor a school's: "Trưởng Bộ môn Nhi ĐH Y Hà Nội" names no "Y Hà Nội")
    if (q > end && q < toks.length && toks[q].gap === Gap.Space && startsHolderName(text, toks, q) && parseName(toks, text, q - 1) <= q && !endsWithSchoolType(toks, q)) end = q;
  }
  // ("ông X, Trưởng phòng Đào tạo Trường ĐH Nông Lâm TP.HCM,": after a name, a school's type runs on to its name)
  if (apposition && orgStart >= 0 && toks[end]?.gap === Gap.Space && toks[end].cap && endsWithSchoolType(toks, end)) end = schoolNameEnd(toks, end);
  // "Ủy viên T.Ư Đảng", "Ủy viên BCH TW Đảng": the Central Committee written short, then its party
  if (orgStart >= 0) end += centralPartyLen(toks, end);
  // "bà X – Trưởng phòng giáo dục quận Liên Chiểu cho biết": after a name, a unit in lower case down to its place
  if (orgStart < 0 && apposition && n && n.gap === Gap.Space && !n.cap && !n.num) {
    const unit = lowerUnitAtPlace(toks, headEnd);
    if (unit > headEnd) { orgStart = headEnd; end = unit; }
  }
  // "bà X, Phó Giám đốc Cty TNHH Quản lý và Kinh doanh chợ nông sản Thủ Đức cho biết": after a name, a company's
  // name runs on in lower case to the punctuation or predicate that closes the apposition
  // ("Chen Tong, Giám đốc công ty vệ sĩ tư nhân Zhongzhou Tewei nói rằng": the legal form in lower case, the brand in capitals)
  if (apposition && n && n.gap === Gap.Space && (n.cap || (n.k & ORG_TABLE.bit) !== 0)) {
    const company = companyEnd(text, toks, headEnd);
    if (company > end) { orgStart = headEnd; end = company; }
  }
  // ("ông X, Giám đốc Khu Quản lý giao thông đô thị số 1": a unit word the body parser does not know, and its name)
  if (apposition && orgStart < 0 && n && n.gap === Gap.Space && n.cap) {
    const unit = unitAfterPostEnd(text, toks, headEnd);
    if (unit > headEnd) { orgStart = headEnd; end = unit; }
  }
  // (before the holder too: "Giám đốc Bảo tàng Hà Nội Nguyễn Tiến Đà", "Giám đốc Nhà hát Trương Nhuận")
  if (!apposition && orgStart < 0 && n && n.gap === Gap.Space && n.cap) {
    const unit = unitBeforeHolderEnd(text, toks, headEnd);
    if (unit > headEnd) { orgStart = headEnd; end = unit; holderAfter = true; }
  }
  // "ông X, Chi cục trưởng Chi cục bảo vệ môi trường, Sở ...": after a name, a body's capitalised head runs on in
  // lower case (sentence case) to the punctuation or predicate that closes the apposition
  if (apposition && orgStart >= 0 && toks[orgStart].cap && toks[end]?.gap === Gap.Space && !toks[end].cap && !toks[end].num && runsOnInSentenceCase(toks, orgStart, end, IMPLIED_ORG.has(headF) && !matchAt(toks, orgStart, ORG_TABLE))) {
    end = sentenceCaseBodyEnd(text, toks, end);
  }
  // ("ông X, Viện trưởng Viện nghiên cứu phát triển xã hội nêu ...": a head alone, its lower-case name longer than that run)
  if ((apposition || predicate) && orgStart >= 0 && toks[end]?.gap === Gap.Space && !toks[end].cap && !toks[end].num && bareHeadAt(toks, orgStart, end)) end = bareHeadNameEnd(text, toks, end, apposition);
  // after a name, whom the post serves and where: ", Giám đốc PR của HTC cho biết", ", cố vấn quân sự của Nga tại Syria và ..."
  let ownerClosed = false;
  if (apposition && toks[end]?.gap === Gap.Space) {
    let q = end;
    // (a lower-case post's own function: "cố vấn quân sự"; after "Lãnh đạo tối cao" the post is the next clause's subject)
    // ("nguyên Trưởng đoàn tư vấn giám sát của Công ty X": a unit the post's own word names, in lower case)
    const ownUnit = IMPLIED_ORG.has(headF);
    // ("Phó giám đốc phát triển sản phẩm của Ford": a director's function in lower case, then the company)
    // (a vice president's too: "Phó Chủ tịch Marketing của Audi Mỹ", the company's officer for a function)
    if (orgStart < 0 && toks[i].cap && !ownUnit && (headF.endsWith('giám đốc') || vicePresidentAt(toks, k, headF))) q = toks[end]?.cap ? titleCaseFunctionEnd(text, toks, end) : directorFunctionEnd(toks, end);
    // ("kiêm" opens a second post, a title of its own: "Chánh Văn phòng kiêm người phát ngôn của UBND tỉnh X")
    else if (orgStart < 0 && (!toks[i].cap || ownUnit)) while (q < toks.length && q - end < (ownUnit ? 4 : 2) && toks[q].gap === Gap.Space && !toks[q].cap && !toks[q].num && toks[q].w !== CUA_ID && toks[q].w !== KIEM_ID && !predicateAt(toks, q)) q++;
    let owned = toks[q]?.gap === Gap.Space && toks[q].w === CUA_ID ? ownerTail(text, toks, q + 1) : -1;
    // ("ông X, Giám đốc Kinh doanh của Kaspersky Lab cho biết": after a function, a brand of two foreign words is the owner, as
    // it is right after the post, not a holder's name)
    if (owned < 0 && q > end && toks[q]?.w === CUA_ID) owned = closedOwnerRunEnd(toks, q + 1);
    // (or only where: ", Trưởng đại diện của TASS tại Washington,")
    const placed = owned < 0 && orgStart >= 0 && q === end ? postedAt(toks, end) : -1;
    const e = Math.max(owned, placed);
    if (e > end && closesApposition(toks, e)) { if (orgStart < 0) orgStart = headEnd; end = e; ownerClosed = true; }
  }
  // "nguyên Hiệu trưởng nhà trường": the school the story is about, named by the generic word
  if (orgStart < 0 && n && n.gap === Gap.Space && !n.cap && n.w === NHA_ID) {
    const school = matchAt(toks, headEnd, OWN_SCHOOL_TABLE);
    if (school) { orgStart = headEnd; end = headEnd + school.len; }
  }
  if (orgStart >= 0) end += pointedBodyLen(toks, orgStart, end);
  if (orgStart >= 0 && toks[end]?.w === BRANCH_FIRST_ID) end += branchPlaceLen(toks, end);
  // (the term is part of the title only for the legislature a deputy was elected to, "đại biểu Quốc hội khóa XIV"; a chair's
  // or a member's term, "Chủ tịch Hội X khóa IV", says when, and the golds and the round's reviewer end those at the body)
  let bodyEndBeforeTerm = -1, termEnd = -1;
  if (orgStart >= 0) {
    const term = termOfOfficeLen(toks, end);
    if (term && !(toks[end - 1].w === HOI_ID && toks[end - 2]?.w === QUOC_ID)) { bodyEndBeforeTerm = end; termEnd = end + term; }
    end += term;
  } else if (headF === 'đbqh') end += deputyTermLen(toks, end);
  if (orgStart >= 0 && toks[end]?.gap === Gap.Break) end = pastMiddleInitial(text, toks, end);
  // (a degree before the holder's name is no part of the body: "Giám đốc Bệnh viện Bạch Mai PGS.TS X")
  while (orgStart >= 0 && end > orgStart + 1 && toks[end - 1].cap && hasId(PERSON_CUE_FIRST, toks[end - 1].w) && matchAt(toks, end - 1, PERSON_CUE_TABLE)?.len === 1) end--;
  // "chỉ huy cấp cao của IS là Abu Aisha", "Tổng giám đốc của công ty X là ông Y": the post's owner after "của", then "là" and its holder
  // (not whom an assistant serves: "trợ lý của Nam là X", "cố vấn của Trump là Y" name the person served)
  if (!apposition && !holderAfter && toks[end]?.w === CUA_ID && toks[end].gap === Gap.Space && !SERVES_POST.has(headF)) {
    const owned = ownerBeforeHolder(text, toks, end, !(i > 0 && toks[i - 1].w === DELEGATION_ID));
    if (owned > end) { if (orgStart < 0) orgStart = end; end = owned; holderAfter = true; }
    // (not after a standing, "Tổng thống đắc cử của Pháp X": the foreign pass reads it and keeps "Tổng thống Pháp" beside it)
    else if (orgStart < 0 && !suf) { const o = ownerThenForeignHolder(text, toks, end); if (o > end) { orgStart = end; end = o; holderAfter = true; } }
  }
  // "Trụ trì chùa Bàng Long", "trụ trì Thiền viện Trúc Lâm": an abbot's pagoda, its kind word in either case, then its name
  if (orgStart < 0 && headF === 'trụ trì' && n && n.gap === Gap.Space) {
    const kind = matchAt(toks, headEnd, TEMPLE_TABLE);
    const nameEnd = kind && toks[headEnd + kind.len]?.gap === Gap.Space ? capitalRunEnd(toks, headEnd + kind.len) : -1;
    // (and where it stands abroad: "Trụ trì chùa Bàng Long tại Lào kiêm ...")
    if (kind && nameEnd > headEnd + kind.len) { orgStart = headEnd; end = Math.max(nameEnd, postedAt(toks, nameEnd)); }
  }
  // ("các lãnh đạo Jack Ma và Joseph Tsai": a plural is a description of several, not a post)
  const bareLeader = orgStart < 0 && !apposition && NEEDS_ORG.has(headF) && headF === 'lãnh đạo' && !(i > 0 && hasId(PLURAL, toks[i - 1].w))
    && leaderBeforeForeignName(text, toks, headEnd);
  if (orgStart < 0 && NEEDS_ORG.has(headF) && !bareLeader) return null;
  // "Nữ hoàng Elizabeth II": without a country a queen or emperor is one only before a foreign name ("Nữ hoàng Hoa Hồng" is a pageant's)
  if (orgStart < 0 && MONARCH_HEADS.has(headF) && !(n && n.gap === Gap.Space && isForeignNameWord(text, n))) return null;
  // ("\" Thái tử Samsung \" Lee Jae Yong", "vai Thái tử Shin": a monarch's style in quotes is a nickname, after "vai" an actor's role)
  if (MONARCH_HEADS.has(headF) && i > 0 && styleAsNickOrRole(text, toks, i)) return null;
  // the party's standing ("đảng Lao động đối lập") ends the title: the golds write it there
  let standingLen = 0;
  if (orgStart >= 0 && toks[orgStart].f === 'đảng' && toks[end]?.gap === Gap.Space) {
    const standing = matchAt(toks, end, PARTY_STANDING_TABLE);
    if (standing && parseName(toks, text, end + standing.len) > 0) standingLen = standing.len;
  }
  // after a name, a party's standing closed by punctuation: ", thủ lĩnh Công đảng đối lập, cho biết"
  if (apposition && orgStart >= 0 && !standingLen) standingLen = closedStandingLen(toks, end);
  // a lower-case post before a party and a name: "thủ lĩnh đảng cực hữu Jobbik G. Vona"
  const partyLed = orgStart >= 0 && toks[orgStart].f === 'đảng' && toks[end + standingLen]?.gap === Gap.Space && parseName(toks, text, end + standingLen) > 0;
  // after a name, a lower-case post closed by punctuation is that person's (", trưởng khoa Thận nhân tạo,")
  // (or by a remit of that post: ", trợ lý Đại diện thương mại Hoa Kỳ phụ trách khu vực châu Á")
  // (or by the person's predicate after a named body: ", giám đốc Hiệp hội Gạo tại Anh cho biết")
  // (a bare post closed at once: "anh X (trưởng đoàn) bị thương")
  const closedApposition = apposition && (ownerClosed || orgStart >= 0 ? (ownerClosed || !toks[end + standingLen] || toks[end + standingLen].gap !== Gap.Space || toks[orgStart].f === 'của'
    || ((toks[orgStart].cap || toks[end - 1].cap) && (!!matchAt(toks, end, REMIT_TABLE) || !!predicateAt(toks, end)))) : (!toks[end] || toks[end].gap !== Gap.Space));
  // 'Phó đại diện đảng "Khối Petr Poroshenko" Irina Lutsenko': a party named in quotes, then its officer's name
  const quotedPartyEnd = orgStart < 0 ? quotedPartyHolderAt(text, toks, headEnd) : -1;
  const quotedParty = quotedPartyEnd >= 0;
  if (quotedParty) { orgStart = headEnd; end = quotedPartyEnd; holderAfter = true; }
  // ("tổng thống Mỹ hiện nay, Donald Trump": the tenure, then the holder after a comma)
  const heldAfterTenure = lowerPost && orgStart >= 0 && toks[orgStart].cap && heldAfterComma(text, toks, end);
  // "hiệu phó Đỗ Thanh Hân", "giám đốc Nguyễn Văn A": a bare post of two words or more right before a full Vietnamese name,
  // as "phó giám đốc Nguyễn Văn A" already is (see LOWER_BARE_NOT_POST for the exceptions)
  const bareBeforeFullName = lowerPost && orgStart < 0 && !apposition && m.len > 1 && !LOWER_BARE_NOT_POST.has(headF) && end === headEnd && !!n && n.gap === Gap.Space
    && startsFamilyName(toks, headEnd) && parseName(toks, text, headEnd) >= headEnd + 3;
  if (lowerPost && !predicate && !closedApposition && !partyLed && !holderAfter && !heldAfterTenure && !bareBeforeFullName && !bareLeader
    && (orgStart < 0 || !toks[orgStart].cap || end >= toks.length || toks[end].gap !== Gap.Space || parseName(toks, text, end) < 0)) {
    // "trưởng phòng văn hóa huyện X, ông Nguyễn Anh Tiến": a lower-case unit down to its place, then the holder after a comma
    const unit = apposition || !n || n.gap !== Gap.Space || n.cap ? -1 : lowerUnitHeld(text, toks, headEnd);
    if (unit < 0) return null;
    orgStart = headEnd; end = unit; standingLen = 0;
  }
  // "Chủ tịch Hiệp hội X TP.HCM Theo ông Y, ...": a caption run on into the next sentence's opening word
  if (orgStart >= 0 && end - orgStart >= 2 && (hasId(OPENER_FIRST, toks[end - 1].w) || hasId(OPENER_FIRST, toks[end - 2].w))) end -= sentenceOpenerAtEnd(toks, orgStart, end);
  // "ông X, Chủ tịch Công đoàn các Khu công nghiệp tỉnh An Giang cho biết": after a name, words the body's parse left run on
  // unpunctuated to the person's predicate or the apposition's close
  if (apposition && !standingLen && bracket !== end && !quotedParty && toks[end]?.gap === Gap.Space) {
    const run = runToPredicateEnd(text, toks, end);
    if (run > end) { if (orgStart < 0) orgStart = end; end = run; }
  }
  // ", Phó hiệu trưởng Đại học Khoa học Xã hội và Nhân văn cho rằng": "và" inside the body's capitalised name
  if (apposition && orgStart >= 0 && !standingLen && bracket !== end && toks[end]?.w === VA_ID) end = joinedCapitalNameEnd(text, toks, end);
  // "Giám đốc Ngân hàng nhà nước (NHNN) tỉnh Tiền Giang": the body's acronym in brackets, then its place
  if (bracket === end && orgStart >= 0) { const placed = placeAfterBracketEnd(text, toks, end); if (placed > 0) { end = placed; bracket = -1; } }
  // "Đặc phái viên Liên hợp quốc về vấn đề Syria": an envoy's or adviser's remit after "về" is part of the post
  // (read again when a shorter reading stopped inside it: "đặc phái viên về các vấn đề an ninh và hòa bình ở ...")
  if (!standingLen && REMIT_POSTS.has(headF)) end = Math.max(end, envoyRemitEnd(text, toks, toks[end]?.w === VE_ID ? end : headEnd));
  // "khu vực châu Á - Thái Bình Dương": a region's name written over a dash is read whole, not cut at the dash
  if (!standingLen && toks[end]?.gap === Gap.Dash) end = dashRegionEnd(toks, end);
  // "nguyên Bộ trưởng Tài nguyên - Môi trường vụ Formosa", "Sở Văn hóa - Thể thao tỉnh X": a sector's fields over a dash are one name
  if (!standingLen && orgStart >= 0 && toks[end]?.gap === Gap.Dash && toks[end].cap) end = sectorOverDashEnd(toks, orgStart, end);
  // "Giám đốc Vietcombank - Chi nhánh Đắk Lắk": the branch the post heads, after the dash
  if (!standingLen && orgStart >= 0 && toks[end]?.gap === Gap.Dash) end = branchAfterDashEnd(text, toks, end);
  // "dự án Tân Vũ – Lạch Huyện": a route named by its two ends is read whole, not cut at the dash
  if (!standingLen && orgStart >= 0 && end > orgStart + 1 && toks[end]?.gap === Gap.Dash) end = routeEndAfterDash(toks, orgStart, end);
  // "Công ty Khai thác thủy lợi Dầu Tiếng - Phước Hòa, do ...": after a name, a body named by two places over a dash is read whole
  if (!standingLen && apposition && orgStart >= 0 && end > orgStart + 2 && toks[end]?.gap === Gap.Dash) end = pairedNameAfterDashEnd(text, toks, end);
  // "Vụ Công tác học sinh - sinh viên,", "khoa Phẫu thuật gây mê – hồi sức": a second field in lower case over a dash is read whole
  if (!standingLen && orgStart >= 0 && end > orgStart && toks[end]?.gap === Gap.Dash) end = dashedFieldEnd(toks, end);
  // "Trưởng phòng giáo dục, đào tạo huyện Cẩm Mỹ (Đồng Nai),": a unit's two fields parted by a comma are read whole
  if (!standingLen && orgStart >= 0 && end > orgStart + 1 && toks[end]?.gap === Gap.Comma) end = commaFieldEnd(toks, end);
  if (!standingLen && orgStart >= 0 && end > orgStart + 1 && toks[end]?.w === DELEGATION_ID) end = youthUnionCentreEnd(toks, end);
  const s = toks[titleTok].s;
  let textEnd = end === termEnd && !standingLen ? bodyEndBeforeTerm : end + standingLen;
  if (orgStart >= 0 && !REMIT_POSTS.has(headF)) textEnd = remitAfterBodyCut(toks, orgStart, textEnd);
  // "Tổ trưởng tổ công tác ... của Phòng PC67, Công an tỉnh Phú Thọ": the unit's parent body after "của" is cut off (read on
  // still, so the apposition closes where it did)
  if (orgStart >= 0 && textEnd - orgStart > 2) textEnd = parentBodyCut(toks, orgStart, textEnd, headF);
  const e = toks[textEnd - 1].e + (quotedParty ? 1 : 0); // (the closing quote)
  const titleEnd = toks[(orgStart < 0 ? end : orgStart) - 1].e;
  // "Giám đốc Cục Điều tra liên bang Mỹ (FBI) James Comey": the name follows the body's acronym
  const b = bracket === end && orgStart >= 0 ? toks[end] : undefined;
  const nameAfterBracket = !!b && !!toks[end + 1] && toks[end + 1].s - b.e === 2 && text.charCodeAt(b.e) === 41 && text.charCodeAt(b.e + 1) === 32;
  if (b) bracketBodies.set(b.f, expandedKey(text.slice(toks[orgStart].s, e)));
  else if (orgStart >= 0 && toks[end]?.gap === Gap.Paren && toks[end].acro) noteBracketedAcronym(text, toks, orgStart, end, e);
  return {
    nameAfterBracket: nameAfterBracket || quotedParty,
    endTok: nameAfterBracket ? end + 1 : end + standingLen,
    position: {
      title: text.slice(s, titleEnd),
      organization: orgStart < 0 ? null : text.slice(toks[orgStart].s, e),
      text: text.slice(s, e),
      span: [s, e],
    },
  };
}

/**
 * "Chủ nhiệm Ủy ban Kiểm tra Trung ương Đoàn chủ trì", "Bí thư thứ nhất Ban Chấp hành Trung ương Đoàn Lê Quốc Phong":
 * a capitalised "Đoàn" after "Trung ương" (or TƯ, T.Ư, TW) is the Youth Union's, the body's last word, not a family name opening the
 * holder's (the holder, if any, follows it). Its end, else end.
 */
function youthUnionCentreEnd(toks: Token[], end: number): number {
  const t = toks[end];
  const c = toks[end - 1];
  return t.cap && t.gap === Gap.Space && CENTRAL_IDS.has(c.w) && (c.f !== 'ương' || toks[end - 2].f === 'trung') ? end + 1 : end;
}

/** Posts named by a remit: "đặc phái viên về các vấn đề an ninh", "cố vấn cao cấp về chống khủng bố". */
const REMIT_POSTS = foldedSet(['đặc phái viên', 'đặc sứ', 'đại diện đặc biệt', 'cố vấn', 'trợ lý', 'điều phối viên', 'điều tra viên']);
const MAX_REMIT_WORDS = 14;
const REMIT_CLOSE_TABLE = table(['dưới thời', 'dự kiến', 'trong', 'khi', 'tại', 'hôm']);
/**
 * At k "về" after an envoy's post: the remit runs to punctuation, a verb or the holder's name (through "và", "ở",
 * "của" and the body after it). Its end, or k when no remit word follows.
 */
function envoyRemitEnd(text: string, toks: Token[], k: number): number {
  if (toks[k]?.w !== VE_ID || toks[k].gap !== Gap.Space) return k;
  let q = k + 1;
  // (another post ends it: "cố vấn về đạo đức dưới thời tổng thống X" serves that post's holder)
  while (q < toks.length && q - k <= MAX_REMIT_WORDS && toks[q].gap === Gap.Space && !predicateAt(toks, q) && !matchAt(toks, q, HONORIFIC_TABLE)
    && !matchAt(toks, q, POSITION_TABLE) && !matchAt(toks, q, REMIT_CLOSE_TABLE)
    && !(toks[q].cap && !toks[q].acro && (startsHolderName(text, toks, q) || isForeignNameWord(text, toks[q])) && !matchAt(toks, q, PLACE_TABLE) && !matchAt(toks, q, ORG_TABLE))) q++;
  if (q - k > MAX_REMIT_WORDS) return k;
  return q > k + 1 ? q : k;
}

/** Lower-case bare posts that before a name are mostly no post: a class teacher, a leader of a movement or of old (a team's captain is one). */
const LOWER_BARE_NOT_POST = foldedSet(['chủ nhiệm', 'lãnh tụ', 'thủ lĩnh']);
const QUOC_ID = lexiconWordId('quốc'), HOI_ID = lexiconWordId('hội');
const PROVINCE_LEVEL_IDS = idSet(['tỉnh', 'thành', 'tp', 'tp.']);

const DELEGATION_ID = lexiconWordId('đoàn');
/** "đại biểu Quốc hội đoàn TP HCM": the delegation's word, then its province, maybe after its level ("Đoàn Văn Thắng" is a name). */
function delegationPlaceEnd(toks: Token[], k: number): number {
  let at = k + 1;
  if (toks[at]?.gap !== Gap.Space) return k;
  at += matchAt(toks, at, PROVINCE_LEVEL_TABLE)?.len ?? 0;
  const place = toks[at]?.gap === Gap.Space && toks[at].cap ? matchAt(toks, at, PLACE_TABLE) : null;
  return place ? at + place.len : k;
}
/** After "đại biểu Quốc hội" at k: the end of a province named with its level word ("tỉnh Hà Tĩnh", "TP Hồ Chí Minh"), or k. */
function delegationEnd(toks: Token[], k: number, text: string): number {
  if (toks[k - 1].w === HOI_ID && toks[k].w === DELEGATION_ID) return delegationPlaceEnd(toks, k);
  if (toks[k - 1].w !== HOI_ID) return k;
  if (toks[k].cap && toks[k].f.startsWith('tp.')) return gluedCityEnd(toks, k);
  if (!PROVINCE_LEVEL_IDS.has(toks[k].w)) return k;
  const level = matchAt(toks, k, PROVINCE_LEVEL_TABLE);
  const at = level ? k + level.len : -1;
  // "TP. Hải Phòng": the level written short with a dot before the name
  const dotted = at === k + 1 && toks[at]?.gap === Gap.Break && toks[at].s - toks[k].e === 2 && text.charCodeAt(toks[k].e) === 46;
  const place = at > 0 && (toks[at]?.gap === Gap.Space || dotted) && toks[at].cap ? matchAt(toks, at, PLACE_TABLE) : null;
  return place ? at + place.len : k;
}
const PROVINCE_NAME_KEYS = new Set(OLD_PROVINCES.flatMap((o) => [o.name, ...o.variants]).map((n) => foldForMatch(n)));
/** Provinces and cities named after "TP." (folded). */
const DOTTED_CITY_KEYS = new Set([...PROVINCE_NAME_KEYS, ...VIETNAM_CITIES.flatMap((c) => c.forms).map((n) => foldForMatch(n))]);
const CLOSING_CITY_LEVEL_RE = / T[Pp]$/;
const DOTTED_CITY_AFTER_RE = /^\. (\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,3})/u;
/**
 * "ông X, chủ tịch Hội Bảo vệ thiên nhiên và môi trường TP. Hồ Chí Minh, nhận định", "Giám đốc BVĐK TP. Hòa Bình": a post
 * closed at the city's short level word, its dot read as a stop, goes on to the city's name (a province or a city known).
 */
export function dottedCityExtended(text: string, p: Position): Position {
  const m = DOTTED_CITY_AFTER_RE.exec(text.slice(p.span[1], p.span[1] + 40));
  if (!m) return p;
  const words = m[1].split(' ');
  for (let n = words.length; n > 0; n--) {
    const name = words.slice(0, n).join(' ');
    if (!DOTTED_CITY_KEYS.has(foldForMatch(name))) continue;
    const add = 2 + name.length;
    const t = text.slice(p.span[0], p.span[1] + add);
    return { title: p.title, organization: p.organization === null ? null : p.organization + text.slice(p.span[1], p.span[1] + add), text: t, span: [p.span[0], p.span[1] + add] };
  }
  return p;
}
/** Each post closed at "TP" before a dot extended to its city (see dottedCityExtended). */
export function dottedCitiesExtended(text: string, list: Official[]): void {
  for (const o of list) for (let q = 0; q < o.positions.length; q++) if (CLOSING_CITY_LEVEL_RE.test(o.positions[q].text) && text.charCodeAt(o.positions[q].span[1]) === 46) o.positions[q] = dottedCityExtended(text, o.positions[q]);
}
/** "TP.Hải Phòng" at k: a city glued to its short level word; the end of its name, or k. */
function gluedCityEnd(toks: Token[], k: number): number {
  let name = toks[k].f.slice(3);
  for (let q = k + 1; q <= k + 3; q++) {
    if (PROVINCE_NAME_KEYS.has(name)) return q;
    if (toks[q]?.gap !== Gap.Space) return k;
    name += ' ' + toks[q].f;
  }
  return k;
}

/**
 * After a post and a brand in plain letters, a Vietnamese name at k: three syllables or more, or after a company's
 * post two ("Phó Tổng Giám đốc Viettel Hoàng Sơn": no Vietnamese name opens with such a brand).
 */
/**
 * "Chủ tịch Real Madrid, ông Ramon Calderon", "Tổng giám đốc Whole Foods, ông John Mackey": a foreign run that reads
 * like a name, closed by a comma at q and followed by an honorific and a name, is the company; the person is the one
 * after the honorific. (A Vietnamese full name there stays the holder.)
 */
function foreignBrandBeforeHonorific(text: string, toks: Token[], headEnd: number, q: number): boolean {
  return !startsFamilyName(toks, headEnd) && honorificNameAt(text, toks, q);
}
/** An honorific at q, then a name of two words or more. */
function honorificNameAt(text: string, toks: Token[], q: number): boolean {
  const hon = matchAt(toks, q, HONORIFIC_TABLE);
  const at = hon ? q + hon.len : -1;
  return at > 0 && toks[at]?.gap === Gap.Space && parseName(toks, text, at) >= at + 2;
}

function brandedHolderAt(text: string, toks: Token[], k: number, headF: string): boolean {
  const e = parseName(toks, text, k);
  return e >= k + 3 || (e === k + 2 && BUSINESS_POST_RE.test(headF) && !isForeignNameWord(text, toks[k + 1]));
}

const MAX_OWNER_DESCRIPTOR_WORDS = 3, MAX_OWNER_NAME_WORDS = 8;
/**
 * After a post, "của" at token c and whose post it is: a body, brand or place in capitals, maybe after a few lower-case
 * words ("của khủng bố IS", "của công ty Thép X"), then "là" and a full name. Returns the token of "là", or -1.
 */
function ownerBeforeHolder(text: string, toks: Token[], c: number, commaOk: boolean): number {
  let q = c + 1;
  while (q < toks.length && q - c <= MAX_OWNER_DESCRIPTOR_WORDS && toks[q].gap === Gap.Space && !toks[q].cap && !toks[q].acro && !toks[q].num
    && toks[q].w !== LA_ID && !COMPANY_NAME_STOP_IDS.has(toks[q].w) && !predicateAt(toks, q) && !matchAt(toks, q, HONORIFIC_TABLE)) q++;
  let e = ownerTail(text, toks, q);
  // ("của Inter Milan, ông Piero Ausilio": a foreign run that reads like a name is the owner when the comma, an honorific and the name follow)
  if (e < 0 && commaOk && toks[q]?.cap && !startsFamilyName(toks, q)) { const r = ownerRunEnd(toks, q); if (r > q && toks[r]?.gap === Gap.Comma && honorificNameAt(text, toks, r)) return r; }
  // (a brand's name read on in capitals: "Thép Hòa Phát Dung Quất")
  while (e > q && e - q < MAX_OWNER_NAME_WORDS && toks[e]?.gap === Gap.Space && toks[e].cap && !toks[e].num) e++;
  // (or a comma, an honorific and the name: "Giám đốc thể thao của Inter Milan, ông Piero Ausilio"; not after "Đoàn",
  // whose "đại biểu ... của Quốc hội Cuba, đồng chí X" is a delegation's, not X's post)
  return e > c + 1 && (toks[e]?.w === LA_ID && nameAfterLa(text, toks, e) >= 0 || commaOk && toks[e]?.gap === Gap.Comma && honorificNameAt(text, toks, e)
    || commaOk && bracketedAcronymThenHonorific(text, toks, e)) ? e : -1;
}

/**
 * "Tổng giám đốc của Juventus Giuseppe Marotta", "chủ tịch của Everton Bill Kenwright": after "của" at c, a country or one
 * foreign word (a club, a brand), then straight on a foreign full name of two or three words, closed by a lower-case
 * word or punctuation. Returns the owner's end (the holder follows), or -1.
 */
function ownerThenForeignHolder(text: string, toks: Token[], c: number): number {
  const j = c + 1, t = toks[j];
  if (!t || t.gap !== Gap.Space || !t.cap || t.num || t.acro) return -1;
  const country = isCountryAt(toks, j) ? matchAt(toks, j, COUNTRY_TABLE) : null;
  const e = country ? j + country.len : isForeignNameWord(text, t) && !startsFamilyName(toks, j) ? j + 1 : -1;
  if (e < 0 || toks[e]?.gap !== Gap.Space || !toks[e].cap) return -1;
  const nameEnd = parseName(toks, text, e);
  if (nameEnd < e + 2 || nameEnd > e + 3 || (toks[nameEnd]?.gap === Gap.Space && toks[nameEnd].cap)) return -1;
  for (let q = e; q < nameEnd; q++) if (!isForeignNameWord(text, toks[q])) return -1;
  return e;
}

/** Parties a legislator is named by, short ("Thượng nghị sĩ Cộng hòa", "Hạ nghị sỹ Dân chủ"). */
const SEAT_PARTY_TABLE = table(['Cộng hòa', 'Dân chủ']);
const PARTY_LEADERS = foldedSet(PARTY_LEADER_POSTS);
const CHAMBER_TABLE = table(LEGISLATIVE_CHAMBERS);
const CHAMBER_LINK_IDS = idSet(['tại', 'ở', 'của']);
/** "tại Thượng viện (Mỹ)" at k: the end of the chamber and its country, or -1. */
function chamberEnd(toks: Token[], k: number): number {
  const at = toks[k];
  if (!at || at.gap !== Gap.Space || !CHAMBER_LINK_IDS.has(at.w) || toks[k + 1]?.gap !== Gap.Space) return -1;
  const ch = matchAt(toks, k + 1, CHAMBER_TABLE);
  if (!ch) return -1;
  const e = k + 1 + ch.len;
  const country = toks[e]?.gap === Gap.Space ? matchAt(toks, e, COUNTRY_TABLE) : null;
  return country ? e + country.len : e;
}
/** A state's form before its country's name ("Cộng hòa Nhân dân Trung Hoa", "CHXHCN Việt Nam", "Vương quốc Hà Lan"). */
const STATE_FORM_TABLE = table(['Cộng hòa', 'Cộng hòa Nhân dân', 'Cộng hòa xã hội chủ nghĩa', 'Cộng hòa Dân chủ Nhân dân', 'Cộng hòa Liên bang', 'Cộng hòa Hồi giáo',
  'Cộng hòa Dân chủ', 'Cộng hòa Ả Rập', 'CH', 'CHND', 'CHXHCN', 'CHDCND', 'CHDC', 'CHLB', 'Vương quốc', 'Liên bang', 'Hợp chủng quốc', 'Nhà nước']);
const STATE_FORM_FIRST = idFlags(['cộng', 'ch', 'chnd', 'chxhcn', 'chdcnd', 'chdc', 'chlb', 'vương', 'hợp']);
/** The end of a state's full name at k (its form, then a country), or -1. */
function stateFullNameEnd(toks: Token[], k: number): number {
  const form = matchAt(toks, k, STATE_FORM_TABLE);
  if (!form || toks[k + form.len]?.gap !== Gap.Space || !toks[k + form.len].cap) return -1;
  const country = matchAt(toks, k + form.len, PLACE_TABLE);
  return country && isCountryAt(toks, k + form.len) ? k + form.len + country.len : -1;
}

const TO_ID = lexiconWordId('tổ');
/** Last words of a group's head posts: "tổ trưởng", "tổ phó" (read with the post's first word "tổ"). */
const GROUP_HEAD_IDS = idSet(['trưởng', 'phó']);
const MAX_GROUP_UNIT_WORDS = 12;
const SO_ID = lexiconWordId('số');
const SCHOOL_WORD_IDS = idSet(['trường', 'thpt', 'thcs', 'đường', 'phố', 'chợ', 'phường', 'xã', 'huyện', 'quận', 'tỉnh', 'thôn', 'ấp']);
/** A person's name at q names a school, street, market or place written just before it ("trường THPT Lê Quý Đôn"). */
const namedAfterPerson = (toks: Token[], q: number) => q > 0 && toks[q].gap === Gap.Space && SCHOOL_WORD_IDS.has(toks[q - 1].w);
const GROUP_UNIT_STOP_IDS = idSet(['của', 'tại', 'ở', 'là', 'kiêm', 'và', 'thuộc', 'khi', 'với', 'về']);
/**
 * The unit after "tổ trưởng": "tổ" and its name, in any case, up to punctuation, a holder's name, a predicate or a
 * clause word ("tổ công tác đặc biệt Y14/141 Công an TP Hà Nội", "tổ thẩm định độc lập"). Returns its end token.
 */
function groupUnitEnd(text: string, toks: Token[], k: number): number {
  let q = k + 1;
  while (q < toks.length && q - k < MAX_GROUP_UNIT_WORDS && toks[q].gap === Gap.Space && !GROUP_UNIT_STOP_IDS.has(toks[q].w)
    // (a code closes the unit's name before lower case: "Tổ TTKS nhắc nhở ..." runs into the verb; "Đội CSGT số 6" goes on)
    && !((toks[q - 1].acro || toks[q - 1].num) && !toks[q].cap && !toks[q].num && toks[q].w !== SO_ID)
    && !matchAt(toks, q, HONORIFIC_TABLE) && !predicateAt(toks, q) && !matchAt(toks, q, RANK_TABLE) && !matchAt(toks, q, POSITION_TABLE)) {
    if (startsHolderName(text, toks, q)) {
      // ("chợ Lương Văn Can": a market, school or place named after a person is read whole)
      if (!namedAfterPerson(toks, q)) break;
      q = Math.max(q + 1, parseName(toks, text, q));
    } else q++;
  }
  return q;
}

/**
 * What a post written after a name may end with, when no body was read: "của" and whom or what it
 * serves ("Tổng thư ký của En Marche", "cố vấn cao cấp của ông Trump"), a brand closed by punctuation
 * ("(cựu Tổng giám đốc Oceanbank)"), or a lower-case unit closed by punctuation ("Giám đốc trung tâm,").
 */
function headWordCount(headF: string): number {
  let n = 1;
  for (let p = 0; p < headF.length; p++) if (headF.charCodeAt(p) === 32) n++;
  return n;
}

/**
 * A body after a department named in lower case: a company or body head at a token in (from, to], its name closed by
 * the apposition's end; the body's end, or -1.
 */
function departmentBodyEnd(text: string, toks: Token[], from: number, to: number): number {
  for (let r = from; r <= to && r < toks.length; r++) {
    // (a second post joined by "kiêm" is a title of its own)
    if (toks[r].w === KIEM_ID || (toks[r].k & POSITION_TABLE.bit && matchAt(toks, r, POSITION_TABLE))) return -1;
    if (toks[r].gap !== Gap.Space || !(toks[r].k & (ORG_TABLE.bit | COMPANY_TABLE.bit)) || toks[r].w === CUA_ID) continue;
    const company = companyEnd(text, toks, r);
    const org = company > 0 || !toks[r].cap ? null : parseOrgAt(toks, r, { title: true, text });
    const e = company > 0 ? company : org && org.end > r + 1 ? org.end : -1;
    if (e > 0 && closesApposition(toks, e) && !hasHolderInside(toks, r, e)) return e;
  }
  return -1;
}

const MAX_UNIT_NAME_WORDS = 3;
/** Kinds of Buddhist house an abbot (trụ trì) heads. */
const TEMPLE_TABLE = table(['chùa', 'thiền viện', 'tu viện', 'tịnh xá', 'tịnh thất']);
/** The end of a run of up to three capitalised words (no acronym or number) from q. */
function capitalRunEnd(toks: Token[], q: number): number {
  let c = q;
  while (c < toks.length && c - q < MAX_UNIT_NAME_WORDS && toks[c].gap === Gap.Space && toks[c].cap && !toks[c].acro && !toks[c].num) c++;
  return c;
}

/** Syllables of a unit named in lower case after its post's own unit word ("Trưởng phòng an ninh chính trị nội bộ,"). */
const MAX_OWN_UNIT_WORDS = 6;

/** A post at j that no name follows, closed by punctuation or a predicate (whom an assistant serves); its end, or -1. */
function servedPostEnd(text: string, toks: Token[], j: number): number {
  if (!(toks[j].k & POSITION_TABLE.bit) || !matchAt(toks, j, POSITION_TABLE)) return -1;
  const p = parsePosition(text, toks, j);
  if (!p || p.nameAfterBracket) return -1;
  const e = p.endTok;
  // (or by what the post is about: "trợ lý đặc biệt của Tổng thống Mỹ về quan hệ với Nga")
  return e >= toks.length || toks[e].gap !== Gap.Space || (!toks[e].cap && (!!predicateAt(toks, e) || toks[e].w === VE_ID)) ? e : -1;
}
const VE_ID = lexiconWordId('về');

const BO_ID = lexiconWordId('bộ'), PHAN_ID = lexiconWordId('phận');
/** "Bộ phận Nghiên cứu": a firm's department capitalised, as "bộ phận nghiên cứu" is in lower case ("Bộ" alone is a ministry's head, no name). */
const departmentAt = (toks: Token[], k: number): boolean => toks[k].w === BO_ID && toks[k + 1]?.w === PHAN_ID && toks[k + 1].gap === Gap.Space;
function appositionTail(text: string, toks: Token[], k: number, headF: string, predicate: boolean): number {
  const t = toks[k];
  if (t.f === 'của' && toks[k + 1]?.gap === Gap.Space) {
    let j = k + 1;
    const org = parseOrgAt(toks, j, { title: true, text });
    if (org && org.end > j) return org.end;
    // ", trợ lý của Tổng thống Mỹ,": whom the post serves, by that one's post closed at once
    const served = toks[j].cap ? servedPostEnd(text, toks, j) : -1;
    if (served > 0) return served;
    const hon = matchAt(toks, j, HONORIFIC_TABLE);
    if (hon && toks[j + hon.len]?.gap === Gap.Space) j += hon.len;
    // ("chủ nhiệm của Chương trình An ninh Toàn cầu,": a unit the body parser does not know, read whole, not cut at "Chương")
    const unit = hon ? j : unitAfterPostEnd(text, toks, j);
    if (unit > j) return unit;
    const q = matchAt(toks, j, POSITION_TABLE) ? j : ownerRunEnd(toks, j);
    return q > j ? q : -1;
  }
  const closedAt = (q: number) => q >= toks.length || toks[q].gap !== Gap.Space;
  if (t.cap && !t.num && closedAt(k + 1) && isNameChars(text, t.s, t.e)) return k + 1;
  if ((t.cap || t.acro) && !t.num && !startsHolderName(text, toks, k) && !NOT_BODY_ACRONYMS.has(t.f) && (!isNotNameWord(t) || departmentAt(toks, k))) {
    // "Tổng Giám đốc Microsoft Việt Nam chia sẻ", "Phó Giám đốc Vườn quốc gia Vũ Quang cho biết": a body with no
    // known head, in sentence case (ending on a capital), closed by punctuation or by the person's predicate
    let q = k + 1;
    while (q < toks.length && q - k < 7 && toks[q].gap === Gap.Space && !toks[q].num && !predicateAt(toks, q) && !(toks[q].cap && isNotNameWord(toks[q]))
      && toks[q].w !== CHO_ID && !(toks[q - 1].cap && opensCircumstance(toks, q)) && (toks[q].cap || toks[q].acro || toks[q - 1].cap || (q - 2 >= k && toks[q - 2].cap) || (q - 3 >= k && toks[q - 3].cap))
      && !startsHolderName(text, toks, q)) q++;
    // (two Vietnamese syllables closed at once end the body's name: "Vườn quốc gia Vũ Quang cho biết")
    if (!closedAt(q) && parseName(toks, text, q) === q + 2 && !isForeignNameWord(text, toks[q]) && !isForeignNameWord(text, toks[q + 1])
      && (closedAt(q + 2) || predicateAt(toks, q + 2))) q += 2;
    // (a run closed at once by punctuation or "thuộc" stands as it is: "Tổ chống cướp giật thuộc Đội CSHS")
    const closedAsIs = q > k + 1 && (closedAt(q) || toks[q].w === THUOC_ID);
    if (!closedAsIs) while (q > k + 1 && !toks[q - 1].cap && !toks[q - 1].acro) q--;
    // (one foreign word after a state post is its holder's surname: "..., Tổng thống Trump nói")
    const surname = q === k + 1 && isForeignNameWord(text, t) && !BUSINESS_POST_RE.test(headF);
    // (or by where or when the person spoke: "Giám đốc Nhà hát Chèo Hà Nội trước ngày khai màn")
    const closed = closedAsIs || closedAt(q) || predicateAt(toks, q) || (toks[q].w === CHO_ID && toks[q + 1]?.cap)
      || (q - k >= 2 && toks[q - 1].cap && opensCircumstance(toks, q));
    if (closed && !surname) return q;
  }
  if (!t.cap && !t.num && matchAt(toks, k, ORG_TABLE)) {
    let q = k;
    while (q < toks.length && q - k < 5 && toks[q].gap === Gap.Space && !toks[q].cap && !toks[q].num && !stopWordAt(toks, q)) q++;
    if (q > k && closedAt(q)) return q;
    // "Bí thư chi bộ thôn Đồng Lư cho biết", "Chi cục trưởng chi cục kiểm lâm tỉnh Ninh Bình,": a unit in sentence
    // case down to its place, closed by punctuation or by the person's predicate
    q = k + 1;
    let capStart = -1;
    while (q < toks.length && q - k < 8 && toks[q].gap === Gap.Space && !toks[q].num && !predicateAt(toks, q) && !(!toks[q].cap && capStart > 0)) {
      if (toks[q].cap && capStart < 0) capStart = q;
      q++;
    }
    // (the capitalised part is a place after a level word, or a name that is no person's: "công ty Nguyễn Văn Bình" is left alone)
    const placed = capStart > 0 && (!!matchAt(toks, capStart - 1, LEVEL_TABLE) || !!matchAt(toks, capStart - 2, LEVEL_TABLE));
    if (capStart > 0 && (closedAt(q) || predicateAt(toks, q)) && (placed || !startsHolderName(text, toks, capStart))) return q;
    // ("Giám đốc chi nhánh ngân hàng SHB tại Cẩm Phả)": where the unit is, then the apposition closes
    const where = capStart > 0 && !startsHolderName(text, toks, capStart) ? postedAt(toks, q) : -1;
    if (where > q && closedAt(where)) return where;
    // ("Phó Giám đốc trung tâm điều phối ghép tạng quốc gia cho biết": all in lower case, closed by the person's predicate)
    if (capStart < 0) {
      let r = k + 1;
      while (r < toks.length && r - k < MAX_LOWER_UNIT_NAME && toks[r].gap === Gap.Space && !toks[r].cap && !toks[r].num && !DEMONSTRATIVE_IDS.has(toks[r].w)
        && !predicateAt(toks, r)) r++;
      // (closed by a verb of speaking: "làm" of "việc làm" is no predicate here)
      if (r > k + 1 && r < toks.length && toks[r].gap === Gap.Space && predicateAt(toks, r) && !WEAK_PREDICATE_IDS.has(toks[r].w)) return r;
    }
  }
  // "bà X, Trưởng phòng nghiên cứu khoa học, cho biết": a post naming its unit's kind, the unit's name in lower case closed at once
  // (told by the predicate, only capitalised: "là trưởng ban tuyển sinh," in lower case is a role told of someone)
  if (!t.cap && !t.num && IMPLIED_ORG.has(headF) && (!predicate || toks[k - headWordCount(headF)]?.cap || (toks[k - headWordCount(headF) - 1]?.cap && !!matchAt(toks, k - headWordCount(headF) - 1, PREFIX_TABLE)))) {
    let q = k;
    while (q < toks.length && q - k < MAX_OWN_UNIT_WORDS && toks[q].gap === Gap.Space && !toks[q].cap && !toks[q].num && !DESCRIBING_WORDS.has(toks[q].w) && !COMPANY_NAME_STOP_IDS.has(toks[q].w)
      && !DEMONSTRATIVE_IDS.has(toks[q].w) && !predicateAt(toks, q)) q++;
    if (q > k && closedAt(q)) return q;
    // "Trưởng phòng kinh doanh Công ty CP Công viên nước Đầm Sen xác nhận", "Trưởng phòng truyền thông công ty Urenco cho hay":
    // the department in lower case, then the body it belongs to, closing the apposition
    if (q > k) { const e = departmentBodyEnd(text, toks, k + 1, q); if (e > 0) return e; }
    // ("Trưởng ban quản lý di tích chùa Hương cho biết": the unit's own name in capitals, no person's, closed at once)
    if (q > k + 1 && q < toks.length && toks[q].gap === Gap.Space && toks[q].cap && !toks[q].acro && !startsFamilyName(toks, q)) {
      const c = capitalRunEnd(toks, q);
      if (closedAt(c) || (!toks[c].cap && !!predicateAt(toks, c))) return c;
    }
    // ("Trưởng bộ phận tuyển sinh UEF,": the body by its acronym, closed at once)
    if (q > k && q + 1 < toks.length && toks[q].gap === Gap.Space && toks[q].acro && !toks[q].num && closedAt(q + 1)) return q + 1;
  }
  if (!t.cap && !t.num) {
    // "(trưởng đoàn cán bộ Vũng Tàu)": a lower-case description of the unit ending with its place, then punctuation
    let q = k;
    // (no superlative or age: "Tổng thống trẻ nhất lịch sử Pháp", "đội trưởng cũ Dortmund" describe the person)
    while (q < toks.length && q - k < 4 && toks[q].gap === Gap.Space && !toks[q].cap && !toks[q].num && !DESCRIBING_WORDS.has(toks[q].w)) q++;
    const place = q > k && toks[q]?.gap === Gap.Space && toks[q].cap ? matchAt(toks, q, PLACE_TABLE) : null;
    if (place && closedAt(q + place.len)) return q + place.len;
    // (a town below the province gazetteer: "cán bộ Vũng Tàu)")
    let c = q;
    while (q > k && c < toks.length && c - q < 3 && toks[c].gap === Gap.Space && toks[c].cap && !toks[c].acro && !toks[c].num) c++;
    if (c > q && closedAt(c) && !startsFamilyName(toks, q)) return c;
  }
  return -1;
}

/** A Vietnamese full name (family name and two syllables) starts in toks[s, e). */
function hasHolderInside(toks: Token[], s: number, e: number): boolean {
  for (let q = s; q + 2 < e + 1 && q < e; q++) if (startsFamilyName(toks, q) && toks[q + 2]?.gap === Gap.Space && toks[q + 2].cap && q + 2 < e) return true;
  return false;
}

const MAX_LOWER_UNIT_WORDS = 5;
const MAX_LOWER_UNIT_NAME = 12;
/** "bệnh viện này": a unit named by pointing, not by name. */
const DEMONSTRATIVE_IDS = idSet(['này', 'đó', 'ấy', 'kia', 'nọ']);
/** One-syllable predicates that also end common nouns ("việc làm", "chữ ký"). */
const WEAK_PREDICATE_IDS = idSet(['làm', 'ký', 'kể', 'viết']);
const MAKE_ID = lexiconWordId('làm');
/**
 * "Văn bản do ông X - Phó Tổng cục trưởng Tổng cục Thuế ký.", "thượng tá Y – Phó thủ trưởng Cơ quan Cảnh sát điều tra ký –":
 * a weak predicate right before punctuation is the holder's verb closing the clause, unless it ends a noun or a post
 * ("Phòng Đăng ký,", "Ban Thư ký,").
 */
function weakPredicateClosesClause(toks: Token[], q: number): boolean {
  const n = toks[q + 1];
  if (n && n.gap === Gap.Space) return false;
  return !stopInsideNoun(toks, q) && !(q > 0 && (matchAt(toks, q - 1, POSITION_TABLE)?.len ?? 0) >= 2);
}
/** "làm" at q, then a post in lower case, maybe after its prefix: the verb gives the post ("làm trưởng đoàn", "làm phó trưởng
 *  đoàn"), it ends no noun of a name. */
function weakPredicateGivesPost(toks: Token[], q: number): boolean {
  if (toks[q].w !== MAKE_ID || toks[q + 1]?.gap !== Gap.Space || toks[q + 1].cap) return false;
  const post = q + 1 + (toks[q + 1].k & PREFIX_TABLE.bit && toks[q + 2]?.gap === Gap.Space ? matchAt(toks, q + 1, PREFIX_TABLE)?.len ?? 0 : 0);
  return (toks[post].k & POSITION_TABLE.bit) !== 0 && !!matchAt(toks, post, POSITION_TABLE);
}
/** "Richard M. Nixon", "A.P. Moller-Maersk": an initial's dot read as a sentence's end cuts a foreign name inside a
 * title; after a foreign word and an initial, the foreign words after the dot go on. Returns the new end, or end. */
function pastMiddleInitial(text: string, toks: Token[], end: number): number {
  const init = toks[end - 1];
  if (!init?.cap || text.charCodeAt(init.e) !== 46 || text.charCodeAt(init.e + 1) !== 32 || !isForeignNameWord(text, toks[end])) return end;
  const single = init.e - init.s === 1 && isForeignNameWord(text, toks[end - 2]) && init.gap === Gap.Space;
  if (!single && !INITIALS_RE.test(text.slice(init.s, init.e))) return end;
  let q = end + 1;
  while (q < toks.length && q - end < 2 && toks[q].gap === Gap.Space && isForeignNameWord(text, toks[q])) q++;
  return q;
}
const BRANCH_SECOND_ID = lexiconWordId('nhánh');
/**
 * "Giám đốc Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Đồng Nai Trần Quốc Tuấn", "Giám đốc Vietcombank chi nhánh Đắk Lắk":
 * a body's branch named by its known place (after a level word or not) belongs to the post; the holder's name follows.
 * Its length ("chi nhánh", the level word, the place), or 0.
 */
function branchPlaceLen(toks: Token[], end: number): number {
  if (toks[end].gap !== Gap.Space || toks[end + 1]?.w !== BRANCH_SECOND_ID || toks[end + 1].gap !== Gap.Space) return 0;
  let q = end + 2;
  const level = toks[q]?.gap === Gap.Space ? matchAt(toks, q, LEVEL_TABLE) : null;
  if (level) q += level.len;
  const place = toks[q]?.gap === Gap.Space && toks[q].cap ? matchAt(toks, q, PLACE_TABLE) : null;
  return place ? q + place.len - end : 0;
}
/** A company word written right before a name ("Công ty", "Cty", "Tập đoàn", "CTCP", with "cổ phần" or "TNHH" after it). */
const FIRM_BEFORE_NAME_RE = /(?:công ty|cty|tập đoàn|ctcp)(?: cổ phần| tnhh)? $/i;
/** The name of candidate c is written elsewhere in the text right after a company word: it is a firm's name. */
function namedAsFirm(text: string, toks: Token[], c: Candidate): boolean {
  const name = text.slice(toks[c.nameStart].s, toks[c.nameEnd - 1].e);
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    if (FIRM_BEFORE_NAME_RE.test(text.slice(Math.max(0, at - 20), at))) return true;
  }
  return false;
}
const THIS_ID = lexiconWordId('này');
/** "Chủ tịch UBND huyện này", "Phó giám đốc Trung tâm này": a body given only by its type or level, then "này"
 * pointing at the one already named; the pointer belongs to the title. Returns 1 to take it, else 0. */
function pointedBodyLen(toks: Token[], orgStart: number, end: number): number {
  const t = toks[end];
  if (!t || t.gap !== Gap.Space || t.w !== THIS_ID) return 0;
  if (endsWithUnitLevel(toks, end) || endsWithProvinceLevel(toks, end)) return 1;
  for (let j = Math.max(orgStart, end - 3); j < end; j++) if (matchAt(toks, j, ORG_TABLE)?.len === end - j) return 1;
  return 0;
}
/** "này", "trên" (the one above) after a post point at a unit already named. */
const POINTING_IDS = idSet(['này', 'đó', 'ấy', 'kia', 'nọ', 'trên', 'nói trên']);
/** A lower-case unit at k down to its place ("phòng văn hóa huyện X"), then a comma, an honorific and the holder; the unit's end, or -1. */
function lowerUnitHeld(text: string, toks: Token[], k: number): number {
  const e = lowerUnitAtPlace(toks, k);
  if (e < 0 || toks[e]?.gap !== Gap.Comma) return -1;
  const hon = matchAt(toks, e, HONORIFIC_TABLE);
  return hon && toks[e + hon.len]?.gap === Gap.Space && startsHolderName(text, toks, e + hon.len) ? e : -1;
}

/** "phòng giáo dục quận Liên Chiểu": lower-case words, a level word and its place's name, not run on into capitals. Returns the end or -1. */
function lowerUnitAtPlace(toks: Token[], k: number): number {
  let q = k;
  while (q < toks.length && q - k < MAX_LOWER_UNIT_WORDS && toks[q].gap === Gap.Space && !toks[q].cap && !toks[q].num && !matchAt(toks, q, LEVEL_TABLE)
    && !predicateAt(toks, q) && !COMPANY_NAME_STOP_IDS.has(toks[q].w)) q++;
  const level = q > k && toks[q]?.gap === Gap.Space ? matchAt(toks, q, LEVEL_TABLE) : null;
  if (!level) return -1;
  const s = q + level.len;
  const place = toks[s]?.gap === Gap.Space && toks[s].cap ? matchAt(toks, s, PLACE_TABLE) : null;
  let e = s + (place?.len ?? 0);
  if (!place) while (e < toks.length && e - s < 3 && toks[e].gap === Gap.Space && toks[e].cap && !toks[e].acro && !toks[e].num) e++;
  // (capitals running on are another name: the unit's end is not known)
  return e > s && !(toks[e]?.gap === Gap.Space && toks[e].cap) ? e : -1;
}

/** A company's legal form written right after its head ('TNHH', 'CP', 'cổ phần'). */
const LEGAL_FORM_IDS = idSet(['tnhh', 'cp', 'cổ', 'mtv']);
/** Company heads: a company's name is mostly lower-case words after its legal form ("Công ty TNHH dịch vụ kỹ thuật X"). */
const COMPANY_TABLE = table(['công ty', 'cty', 'tổng công ty', 'tập đoàn', 'ctcp', 'hợp tác xã', 'htx', 'doanh nghiệp tư nhân', 'dntn']);
/** Words that end a company's name read on in lower case: where, when, with whom the person spoke. */
const COMPANY_NAME_STOP_IDS = idSet(['tại', 'ở', 'trong', 'khi', 'với', 'về', 'từ', 'đến', 'trên', 'để', 'nhằm', 'vì', 'do', 'là', 'được', 'bị', 'thì', 'này', 'đó', 'nên', 'mà', 'rằng', 'thuộc',
  // (another party joins: "Tập đoàn X và một số người khác")
  'một', 'các', 'những', 'nhiều', 'cùng', 'bên']);
const MAX_COMPANY_WORDS = 18;
/** A legal form that opens with a stop word: "TNHH một thành viên". */
const LEGAL_FORM_TABLE = table(['một thành viên']);

/** Units whose names also run on in lower case, down to a capitalised place or brand ("Trung tâm y tế quân dân y Bạch Long Vĩ"). */
const LONG_NAMED_UNIT_TABLE = table(['trung tâm', 'ban quản lý', 'nhà máy', 'xí nghiệp', 'nhà hát', 'vườn quốc gia', 'khu bảo tồn', 'bệnh viện', 'trường']);

const MAX_RUN_TO_PREDICATE = 10;
const CAC_ID = lexiconWordId('các');
/** Words that end a run to the predicate: when and why, a second post, a clause of its own. */
const RUN_STOP_IDS = idSet(['ngày', 'sáng', 'chiều', 'tối', 'trưa', 'hôm', 'đêm', 'năm', 'tháng', 'khóa', 'nhiệm', 'kiêm', 'lên', 'đưa', 'ra',
  // (a description of the person, not the body's name: "Tổng thống trẻ nhất lịch sử Pháp")
  'nhất', 'trẻ', 'cũ', 'mới', 'tiên']);
/**
 * End of words after a title at k that run on, with no punctuation, no person and no clause word, to the predicate or
 * the punctuation that closes an apposition, ending on a capital, an acronym or a level word; k when they do not.
 */
function runToPredicateEnd(text: string, toks: Token[], k: number): number {
  // (lower case after a capitalised name is mostly the person's verb: "Chủ tịch UBND tỉnh Quảng Ninh đánh trống khai hội Yên Tử")
  const first = toks[k];
  if (headingAfterProvince(text, toks, k)) return k;
  if (!first.cap && !first.acro && (toks[k - 1].cap || toks[k - 1].acro) && first.w !== VA_ID && first.w !== CAC_ID && first.w !== CUA_ID
    && !matchAt(toks, k, UNIT_LEVEL_TABLE) && !matchAt(toks, k, PROVINCE_LEVEL_TABLE)) return k;
  let q = k;
  // ("các" stays inside a name here: "Công đoàn các Khu công nghiệp")
  while (q < toks.length && q - k < MAX_RUN_TO_PREDICATE && toks[q].gap === Gap.Space && !(COMPANY_NAME_STOP_IDS.has(toks[q].w) && toks[q].w !== CAC_ID) && !RUN_STOP_IDS.has(toks[q].w)
    && !predicateAt(toks, q) && !matchAt(toks, q, HONORIFIC_TABLE) && !matchAt(toks, q, REMIT_TABLE)
    && !((toks[q].cap || toks[q - 1].w === VA_ID) && (startsHolderName(text, toks, q) || matchAt(toks, q, POSITION_TABLE) || matchAt(toks, q, PREFIX_TABLE) || matchAt(toks, q, RANK_TABLE)
      || (hasId(PERSON_CUE_FIRST, toks[q].w) && matchAt(toks, q, PERSON_CUE_TABLE))))) q++;
  if (q === k) return k;
  // (or by the clause's particle: ", Phó Trưởng phòng đào tạo Trường ĐH X thì cho rằng")
  const closed = q === toks.length || toks[q].gap !== Gap.Space || !!predicateAt(toks, q) || clauseParticleAt(toks, q);
  const last = toks[q - 1];
  // (a number ends it only after a capital or a level word: "Quân đội 108", "phường 6"; not "góp 1,2 tỷ")
  // (or after "số": "Giám đốc dự án tuyến đường sắt đô thị số 1 cho biết")
  const numbered = last.num && q - 2 >= k && (toks[q - 2].cap || toks[q - 2].w === SO_ID || !!matchAt(toks, q - 2, UNIT_LEVEL_TABLE)) && text.charCodeAt(last.e) !== 47;
  if (!closed || !(last.cap || last.acro || numbered || !!matchAt(toks, q - 1, UNIT_LEVEL_TABLE) || !!matchAt(toks, q - 1, PROVINCE_LEVEL_TABLE))) return k;
  // (capitals alone are a name, "ông Comey, Tổng thống Trump đã", unless a place or acronyms: "Sở Y tế Hà Nội cho biết")
  return runHasLowerWord(toks, k, q) || (matchAt(toks, k, PLACE_TABLE)?.len ?? 0) === q - k || allAcronyms(toks, k, q) ? q : k;
}
/**
 * "Giám đốc Công an Nghệ An Tôi cho rằng", "... Công an Nghệ An Dân mình rất tốt": after a province's whole name, a capitalised
 * word that opens no place, body, level or name is a heading or a quote run on with no full stop (as the agencies' parse reads it).
 */
function headingAfterProvince(text: string, toks: Token[], k: number): boolean {
  const t = toks[k];
  // (the province test before the name test: it fails at once unless a province's name ends right before k)
  return !!t && t.gap === Gap.Space && t.cap && !t.acro && !t.num && toks[k - 1].cap && strayAfterProvince(toks, k) && !startsHolderName(text, toks, k);
}
function runHasLowerWord(toks: Token[], s: number, e: number): boolean {
  // (a name's particle is no lower-case word: "Tamin bin Hamad", "Michael van Straalem")
  for (let q = s; q < e; q++) if (!toks[q].cap && !toks[q].num && !toks[q].acro && !NAME_PARTICLES.has(toks[q].w)) return true;
  return false;
}
function allAcronyms(toks: Token[], s: number, e: number): boolean {
  for (let q = s; q < e; q++) if (!toks[q].acro) return false;
  return true;
}

/** An honorific at q that opens a person's name, ending the company's; a capitalised one after the brand's first word with no
 * name after it is the brand's own last word ("Công ty TNHH xử lý nước Trâm Anh cho biết"). */
function honorificInCompanyName(toks: Token[], q: number): boolean {
  if (!matchAt(toks, q, HONORIFIC_TABLE)) return false;
  const next = toks[q + 1];
  return !(toks[q].cap && toks[q - 1].cap && !toks[q - 1].acro && !(next && next.gap === Gap.Space && next.cap));
}

/** End of a company's (or such a unit's) name at k read to the punctuation or predicate that closes it, or -1 when nothing closes it. */
function companyEnd(text: string, toks: Token[], k: number): number {
  const company = matchAt(toks, k, COMPANY_TABLE);
  const head = company ?? matchAt(toks, k, LONG_NAMED_UNIT_TABLE);
  if (!head) return -1;
  let q = k + head.len;
  while (q < toks.length && q - k < MAX_COMPANY_WORDS && toks[q].gap === Gap.Space && !(COMPANY_NAME_STOP_IDS.has(toks[q].w) && !matchAt(toks, q, LEGAL_FORM_TABLE)) && !predicateAt(toks, q)
    && !clauseParticleAt(toks, q) && !honorificInCompanyName(toks, q) && !(toks[q].num && q > k + head.len) && !(toks[q].cap && (matchAt(toks, q, POSITION_TABLE) || matchAt(toks, q, RANK_TABLE)))) q++;
  if (q === k + head.len) return -1;
  const second = company ? secondFieldEnd(text, toks, k + head.len, q) : -1;
  if (second > 0) return second;
  const closed = q === toks.length || toks[q].gap !== Gap.Space || !!predicateAt(toks, q);
  // (a company's name may end in lower case when short; a unit's ends on its place or brand, and holds no person's name)
  // (after its legal form, closed by punctuation, the capitals ending a registered company's name are its brand, not a person:
  // "ông X, Giám đốc công ty TNHH Thương mại xuất nhập khẩu Hoàng Gia Phát (quận 2)")
  const brandEnded = !!company && LEGAL_FORM_IDS.has(toks[k + head.len].w) && q < toks.length && toks[q].gap !== Gap.Space && toks[q - 1].cap;
  if ((!company || !toks[k].cap) && (!(toks[q - 1].cap || toks[q - 1].acro) || (hasHolderInside(toks, k + head.len, q) && !brandEnded))) return -1;
  // (a lower-case legal form ending on two foreign words closed by a comma: those may be the next person's name, in a list)
  if (!toks[k].cap && q - 2 > k + head.len && isForeignNameWord(text, toks[q - 1]) && isForeignNameWord(text, toks[q - 2]) && !predicateAt(toks, q)) return -1;
  return closed && (toks[q - 1].cap || toks[q - 1].acro || toks[q - 1].num || q - k <= 8) ? q : -1;
}

/**
 * "Công ty Cổ phần Hóa dầu và Xơ sợi Dầu khí (PVTEX)", "Công ty cổ phần Đầu tư xây dựng và Quản lý đường bộ 2 cho biết":
 * a company named by two fields joined by "và", the second capitalised (sentence case), maybe ending on a unit number,
 * closed by punctuation or the person's verb. The end of the name, or -1 (no such field, or not closed).
 */
function secondFieldEnd(text: string, toks: Token[], from: number, q: number): number {
  let va = -1;
  for (let r = from + 1; r < q - 1; r++) if (toks[r].w === VA_ID && !toks[r].cap) { va = r; break; }
  if (va < 0) return -1;
  const f = toks[va + 1];
  // (not another body, post or person after "và": "Tập đoàn X và Tổng công ty Y", "Công ty X và ông Y")
  if (!f.cap || f.acro || matchAt(toks, va + 1, COMPANY_TABLE) || matchAt(toks, va + 1, ORG_TABLE) || startsHolderName(text, toks, va + 1)) return -1;
  let e = q;
  // (a unit number closing the name: "đường bộ 2")
  if (e < toks.length && toks[e].num && toks[e].gap === Gap.Space && !toks[e - 1].num) e++;
  const closed = e === toks.length || toks[e].gap !== Gap.Space || !!predicateAt(toks, e);
  return closed && e > va + 1 ? e : -1;
}

/** Particles of the person's clause, never a name's last word: "thì" after its subject, "lại"/"cũng" before the verb
 *  ("... Công ty Cổ phần Đại Dương lại cho rằng", "Phó Chủ tịch Kinh doanh của Senet thì ..."). */
const CLAUSE_PARTICLE_IDS = idSet(['thì', 'lại', 'cũng', 'vẫn']);
function clauseParticleAt(toks: Token[], q: number): boolean {
  const t = toks[q];
  if (t.cap || !CLAUSE_PARTICLE_IDS.has(t.w)) return false;
  const n = toks[q + 1];
  return t.w === THI_ID || !n || n.gap !== Gap.Space || !!predicateAt(toks, q + 1);
}

const NHA_ID = lexiconWordId('nhà');
const CUA_ID = lexiconWordId('của');
const AT_IDS = idSet(['tại', 'ở']);

/** After "của": a body, a place or a brand in capitals. Returns its end, with "tại" and a place after it, or -1. */
function ownerTail(text: string, toks: Token[], j: number): number {
  const t = toks[j];
  if (!t || t.gap !== Gap.Space || !(t.cap || t.acro) || t.num || startsHolderName(text, toks, j)) return -1;
  const org = parseOrgAt(toks, j, { title: true, text });
  let e = org && org.end > j ? org.end : j + (matchAt(toks, j, PLACE_TABLE)?.len ?? 0);
  // (the person's verb is no part of the body: "của Tập đoàn Vàng bạc đá quý Phú Quý chia sẻ")
  for (let q = j + 1; q < e; q++) if (!toks[q].cap && predicateAt(toks, q)) { e = q; break; }
  if (e === j) e = ownerRunEnd(toks, j);
  const at = postedAt(toks, e);
  return at > e ? at : e;
}

/**
 * A brand in capitals after "của", in sentence case too ("Truyền hình FPT"), and its region after it ("Ford châu Á Thái
 * Bình Dương"). Returns its end.
 */
const OCEAN_TABLE = table(['Thái Bình Dương', 'Đại Tây Dương', 'Ấn Độ Dương']);
function ownerRunEnd(toks: Token[], j: number): number {
  let e = j;
  while (e < toks.length && e - j < 4 && toks[e].gap === Gap.Space && !toks[e].num && !(e > j && toks[e].k & PLACE_TABLE.bit && matchAt(toks, e, PLACE_TABLE))
    && (toks[e].cap || toks[e].acro || (e > j && toks[e - 1].cap && !COMPANY_NAME_STOP_IDS.has(toks[e].w) && toks[e + 1]?.gap === Gap.Space && toks[e + 1].acro && !toks[e + 1].num))) e++;
  // (a region of two names: "châu Á Thái Bình Dương")
  for (let n = 0; n < 2 && e > j && toks[e]?.gap === Gap.Space; n++) {
    const region = matchAt(toks, e, OCEAN_TABLE) ?? matchAt(toks, e, PLACE_TABLE);
    if (!region) break;
    e += region.len;
  }
  return e;
}

/** The body read from s to e may run on in sentence case: a body head, then at most one capitalised word, the first
 *  ("Trung tâm", "Trung tâm Dự báo", "Viện Nghiên cứu"), and not a body whole already: by its head alone ("Bộ Công
 *  an"), by its sector, or ending on a level word or a proper name in capitals ("Công an huyện Phú Xuyên", "DOJI"). */
function runsOnInSentenceCase(toks: Token[], s: number, e: number, implied: boolean): boolean {
  // (a post whose own word names the unit, "Trưởng phòng Quản lý thi ...", has its unit's name at s)
  const head = implied ? null : matchAt(toks, s, ORG_TABLE);
  if (!implied && (!head || head.len > e - s || head.value.needs === 'self')) return false;
  const b = s + (head?.len ?? 0);
  // ("Tòa án Tối cao Mỹ": a place written after the name closes it)
  if (toks[e - 1].cap && b < e - 1 && matchAt(toks, e - 1, PLACE_TABLE)) return false;
  if (b < e && (matchAt(toks, b, SECTOR_TABLE)?.len ?? 0) >= e - b) return false;
  // (a head written as its acronym is a whole name, "Phó Giám đốc CATP biểu dương ...": the words after it are the clause;
  // so is a head that needs a place, read whole with its sector: "Giám đốc Sở Y tế ký quyết định", not "Sư đoàn hộ tống số ba")
  if (b >= e) return !implied && !toks[s].acro && (head!.value.needs === 'name' || head!.value.needs === 'number');
  for (let q = b; q < e; q++) if (toks[q].acro || (toks[q].cap && q > b) || matchAt(toks, q, LEVEL_TABLE)) return false;
  return true;
}

const MAX_SENTENCE_CASE_WORDS = 7;
/** The end of a body's name read on from k in lower case (and capitalised place or acronym words), stopping
 *  at a function word, "của", the predicate, an honorific, a post or a person's name; -1 when nothing was read. */
function sentenceCaseRunEnd(text: string, toks: Token[], k: number, maxWords = MAX_SENTENCE_CASE_WORDS): number {
  let q = k;
  while (q < toks.length && q - k < maxWords && toks[q].gap === Gap.Space && !toks[q].num && toks[q].w !== CUA_ID
    // (a stop word inside a noun of the name reads on: "Vụ trang thiết bị và công trình y tế", "Văn phòng chính sách nhà ở")
    && !(COMPANY_NAME_STOP_IDS.has(toks[q].w) && !stopInsideNoun(toks, q))
    && !CIRCUMSTANCE_IDS.has(toks[q].w) && !matchAt(toks, q, PARTY_STANDING_TABLE) && !matchAt(toks, q, REMIT_TABLE)
    // ("Trung tâm Dịch vụ việc làm": a weak predicate ends a noun inside the name; not before a post it gives:
    // "Phó Giám đốc Sở Y tế làm trưởng đoàn")
    && !(predicateAt(toks, q) && (!WEAK_PREDICATE_IDS.has(toks[q].w) || weakPredicateGivesPost(toks, q) || weakPredicateClosesClause(toks, q))) && !matchAt(toks, q, HONORIFIC_TABLE)
    // (a degree opens the next person: "Viện trưởng Viện nghiên cứu tôn giáo và GS-TS X")
    && !(toks[q].cap && (matchAt(toks, q, POSITION_TABLE) || matchAt(toks, q, RANK_TABLE) || startsHolderName(text, toks, q) || (hasId(PERSON_CUE_FIRST, toks[q].w) && matchAt(toks, q, PERSON_CUE_TABLE))))) q++;
  return q > k ? q : -1;
}

/** A capitalised body head that needs a name, and nothing else from s to e ("Viện", "Trung tâm", "Phòng"). */
function bareHeadAt(toks: Token[], s: number, e: number): boolean {
  if (!toks[s].cap || toks[s].acro) return false;
  const head = matchAt(toks, s, ORG_TABLE);
  return head?.len === e - s && head.value.needs === 'name';
}

const MAX_BARE_HEAD_NAME_WORDS = 14;
const THI_ID = lexiconWordId('thì');
const BARE_HEAD_NAME_STOP_IDS = idSet(['bằng', 'có', 'nêu', 'xảy', 'gồm', 'theo', 'sau', 'trước', 'tái', 'vẫn', 'lại', 'thay']);
/** After a bare head, its name in lower case read up to what closes the apposition: punctuation, the predicate,
 *  "thì", "kiêm", a weak predicate ("Cục phòng chống tham nhũng làm phó đoàn") or a place after "tại"/"ở" (kept
 *  when punctuation or the predicate follows it: "Tổng hội người Việt Nam tại Lào,"); k when none does. */
function bareHeadNameEnd(text: string, toks: Token[], k: number, apposition = false): number {
  let run = sentenceCaseRunEnd(text, toks, k, MAX_BARE_HEAD_NAME_WORDS);
  if (toks[run < 0 ? k : run]?.w === CAC_ID) { const past = bareNamePastPlural(text, toks, k, run); if (past > 0) return past; }
  if (run < 0) return k;
  for (let q = k; q < run; q++) {
    if (toks[q].w === KIEM_ID) return q;
    // (the clause goes on: "Chi cục quản lý đất đai xảy ra mâu thuẫn", "Viện X nêu quan điểm", "... bằng hình thức:")
    if (BARE_HEAD_NAME_STOP_IDS.has(toks[q].w)) { run = q; break; }
  }
  if (run === k) return k;
  const closes = (q: number) => !toks[q] || toks[q].gap !== Gap.Space || predicateAt(toks, q) || toks[q].w === THI_ID || BARE_HEAD_NAME_STOP_IDS.has(toks[q].w);
  // (or "thuộc" and its parent, where a title is cut: "Giám đốc Viện nghiên cứu Katif thuộc Trung tâm ...")
  if (toks[run - 1].w !== VA_ID && (closes(run) || parentAfterThuoc(toks, run))) return run;
  // (after the holder's name, a proper name in capitals that ends the lower-case name, then the close: "Chủ tịch Hội đồng trị
  // sự Nguyễn Phước Tộc cho biết", "Giám đốc Trung tâm y tế quân dân y Bạch Long Vĩ cho biết"; before the holder it is the holder)
  if (apposition && toks[run - 1].w !== VA_ID) {
    const proper = properNameInBareHeadEnd(toks, run);
    if (proper > run && (closes(proper) || parentAfterThuoc(toks, proper))) return proper;
  }
  // (or the unit's number, then the close: "Bệnh viện dã chiến cấp 2 trình bày", "Công ty phát điện 1,"; not a capital
  // after it, where the name goes on: "Trường cấp 2 Suối Bau", "Công ty cổ phần xuất nhập khẩu 29 Hà Nội")
  if (toks[run - 1].w !== VA_ID && numberedUnitAt(text, toks, run) && !(toks[run + 1]?.gap === Gap.Space && toks[run + 1].cap)) return run + 1;
  for (let q = k + 1; q < run; q++) if (WEAK_PREDICATE_IDS.has(toks[q].w) && predicateAt(toks, q)) return toks[q - 1].w === VA_ID ? k : q;
  if (toks[run - 1].w === VA_ID || !AT_IDS.has(toks[run].w)) return k;
  const placed = postedAt(toks, run);
  if (placed < 0) return k;
  return closes(placed) ? placed : run;
}

const MAX_PROPER_NAME_IN_BARE_HEAD_WORDS = 4;
/** End of up to four plain capitalised words from k (no acronym, number, post, rank or honorific among them); k when none. */
function properNameInBareHeadEnd(toks: Token[], k: number): number {
  let q = k;
  while (q - k < MAX_PROPER_NAME_IN_BARE_HEAD_WORDS && toks[q]?.gap === Gap.Space && toks[q].cap && !toks[q].acro && !toks[q].num
    && !matchAt(toks, q, POSITION_TABLE) && !matchAt(toks, q, RANK_TABLE) && !matchAt(toks, q, HONORIFIC_TABLE)
    && !(hasId(PERSON_CUE_FIRST, toks[q].w) && matchAt(toks, q, PERSON_CUE_TABLE))) q++;
  return q;
}

/**
 * "ông X, Phó Giám đốc Trung tâm quản lý và khai thác các công trình thủy sản tỉnh Khánh Hòa cho biết", "Tướng Y, cựu chỉ huy Bộ
 * tư lệnh các lực lượng chung cho rằng": "các" inside a bare head's lower-case name is the plural of what the body works on,
 * not another party. The name read on past it when the person's predicate or a capitalised place then closes it; else -1.
 */
function bareNamePastPlural(text: string, toks: Token[], k: number, run: number): number {
  const at = run < 0 ? k : run;
  const next = toks[at + 1];
  // (one "các", between the head or a lower-case word and a lower-case noun: "cảm ơn các nhà hảo tâm." is the clause)
  // ("Giám đốc Trung tâm và các cán bộ cho biết": after "và", another party)
  if (toks[at].gap !== Gap.Space || toks[at - 1].w === VA_ID || !next || next.gap !== Gap.Space || next.cap || next.num || COMPANY_NAME_STOP_IDS.has(next.w) || predicateAt(toks, at + 1)) return -1;
  const rest = sentenceCaseRunEnd(text, toks, at + 1, MAX_BARE_HEAD_NAME_WORDS - (at - k));
  if (rest < 0 || toks[rest - 1].w === VA_ID) return -1;
  const close = toks[rest];
  return close?.gap === Gap.Space ? (predicateAt(toks, rest) ? rest : -1) : toks[rest - 1].cap ? rest : -1;
}

const MAX_JOINED_NAME_WORDS = 6;
/**
 * "và" at v after a body read to a capital, then a capitalised field of the same name ("Đại học Khoa học Xã hội và Nhân văn",
 * "Văn phòng Luật sư X và Cộng sự", "Cục Quản lý Nhà và Thị trường Bất động sản", "Giám đốc vùng Mỹ và Canada") up to what
 * closes the apposition (punctuation, the predicate, "thuộc", "của", "tại"/"ở"). Its end; v when "và" joins another party: a
 * person, a post, a rank, an honorific, a degree, another body or an acronym ("và Đại tá X", "và Sở Tài chính", "và FLC Faros").
 */
export function joinedCapitalNameEnd(text: string, toks: Token[], v: number): number {
  const f = toks[v + 1];
  if (toks[v]?.w !== VA_ID || toks[v].gap !== Gap.Space || !toks[v - 1].cap || !f || f.gap !== Gap.Space || !f.cap || f.acro || f.num) return v;
  if (matchAt(toks, v - 1, UNIT_LEVEL_TABLE) || matchAt(toks, v - 1, PROVINCE_LEVEL_TABLE)) return v;
  if (startsHolderName(text, toks, v + 1) || matchAt(toks, v + 1, POSITION_TABLE) || matchAt(toks, v + 1, RANK_TABLE) || matchAt(toks, v + 1, HONORIFIC_TABLE)
    || matchAt(toks, v + 1, PREFIX_TABLE) || matchAt(toks, v + 1, ORG_TABLE) || (hasId(PERSON_CUE_FIRST, f.w) && matchAt(toks, v + 1, PERSON_CUE_TABLE))) return v;
  let run = sentenceCaseRunEnd(text, toks, v + 1, MAX_JOINED_NAME_WORDS);
  if (run < 0 || toks[run - 1].w === VA_ID) return v;
  // (lower case after a foreign name is the clause: "tiểu bang Washington và Minnesta lập luận")
  for (let q = v + 2; q < run; q++) if (!toks[q].cap && isForeignNameWord(text, toks[q - 1])) { run = q; break; }
  const c = toks[run];
  return !c || c.gap !== Gap.Space || predicateAt(toks, run) || c.w === THUOC_ID || c.w === CUA_ID || AT_IDS.has(c.w) ? run : v;
}

const UNIT_AFTER_POST_TABLE = phraseTable(UNIT_WORDS_AFTER_POST.map((x) => [x, true] as [string, boolean]), false);
/** After a name, a unit the body parser does not know ("Khu Quản lý giao thông đô thị số 1", "Chương trình Không phổ biến
 *  vũ khí hạt nhân Đông Á") and its name, read to the apposition's close; its end, or k when nothing closes it. */
function unitAfterPostEnd(text: string, toks: Token[], k: number): number {
  const unit = matchAt(toks, k, UNIT_AFTER_POST_TABLE);
  if (!unit || toks[k + unit.len]?.gap !== Gap.Space) return k;
  let run = sentenceCaseRunEnd(text, toks, k + unit.len, MAX_BARE_HEAD_NAME_WORDS);
  if (run < 0) return k;
  // (a unit numbered after its name: "Khu Quản lý giao thông đô thị số 1")
  if (toks[run]?.num && toks[run].gap === Gap.Space && toks[run - 1].w === SO_ID) run++;
  // (and what closes it: punctuation, the predicate, "thuộc" and its parent, a clause word)
  const next = toks[run];
  // ("... Chương trình An ninh Toàn cầu tại Liên minh ...": or where it sits)
  return !next || next.gap !== Gap.Space || predicateAt(toks, run) || next.w === THUOC_ID || next.w === THI_ID || BARE_HEAD_NAME_STOP_IDS.has(next.w) || AT_IDS.has(next.w) ? run : k;
}

/** Before a holder, such a unit word capitalised and its capitalised name, then the holder's full name ("Giám đốc Bảo tàng Hà Nội
 *  Nguyễn Tiến Đà"); the unit's end, or k. */
const MAX_UNIT_BEFORE_HOLDER_WORDS = 7;
function unitBeforeHolderEnd(text: string, toks: Token[], k: number): number {
  const unit = matchAt(toks, k, UNIT_AFTER_POST_TABLE);
  if (!unit) return k;
  // (in sentence case, ending on a capital: "Nhà hát kịch TPHCM Trần Khánh Hoàng")
  let q = k + unit.len;
  while (q < toks.length && q - k < MAX_UNIT_BEFORE_HOLDER_WORDS && toks[q].gap === Gap.Space && !toks[q].num && !startsHolderName(text, toks, q)
    && (toks[q].cap || (!COMPANY_NAME_STOP_IDS.has(toks[q].w) && !predicateAt(toks, q)))) q++;
  // (a name of its own first: "Chủ tịch Quỹ Harbinger Phil Falcone" is read as before)
  return q > k + unit.len && q < toks.length && toks[q - 1].cap && toks[q].gap === Gap.Space && startsHolderName(text, toks, q) && parseName(toks, text, q) >= q + 2 ? q : k;
}

/** "thuộc" at k, then its parent unit: a capitalised word or a level word ("thuộc Bộ Y tế", "thuộc huyện Gia Lâm"). */
function parentAfterThuoc(toks: Token[], k: number): boolean {
  const t = toks[k], p = toks[k + 1];
  return !!t && t.w === THUOC_ID && t.gap === Gap.Space && !!p && p.gap === Gap.Space && (p.cap || !!matchAt(toks, k + 1, LEVEL_TABLE));
}

const PARENT_IN_NAME_TABLE = table(PARENT_IN_OFFICIAL_NAME);
/**
 * The text's end token cut before "của" and a parent body by its head word ("của Phòng PC67", "của Bộ Chính trị", "của Sở
 * Tài chính Quảng Trị"), when the post's own unit is named before it: the guideline ends a title where the directly attached
 * body ends. Named is: a body head with a capitalised word or number of its own ("Vụ Tổ chức Cán bộ", "Đoàn Kiểm tra số
 * 471"), the unit a post's own word names, capitalised ("Trưởng phòng Marketing"), or a group a group head leads ("Tổ
 * trưởng tổ công tác ..."). Not a country or place after "của" ("Bộ Chỉ huy Thái Bình Dương của Mỹ"); not a unit in lower
 * case ("Ủy ban thường trực của Hội đồng X", "Trưởng đoàn đàm phán của EU": the owner names it), one named by its head word
 * alone, a branch or a function ("Bí thư Đảng ủy của Cục NTBD", "Giám đốc Chi nhánh TP.HCM của Công ty X", "Giám đốc Quốc
 * gia của ADB"), nor a second post joined by "kiêm" that the owner closes; nor before a parent the body's official name
 * carries (PARENT_IN_OFFICIAL_NAME).
 */
function parentBodyCut(toks: Token[], orgStart: number, textEnd: number, headF: string): number {
  for (let q = orgStart + 2; q < textEnd - 1; q++) {
    if (toks[q].w === KIEM_ID) return textEnd;
    if (toks[q].w !== CUA_ID || toks[q].gap !== Gap.Space) continue;
    const t = toks[q + 1];
    if (t.gap !== Gap.Space || !t.cap || (t.k & PLACE_TABLE.bit && matchAt(toks, q + 1, PLACE_TABLE)) || !matchAt(toks, q + 1, ORG_TABLE)
      || matchAt(toks, q + 1, PARENT_IN_NAME_TABLE)) return textEnd;
    return unitNamedBefore(toks, orgStart, q, headF) ? q : textEnd;
  }
  return textEnd;
}
/** The unit from orgStart to q is named on its own (see parentBodyCut). */
function unitNamedBefore(toks: Token[], orgStart: number, q: number, headF: string): boolean {
  const first = toks[orgStart];
  if (first.w === TO_ID && (headF === 'tổ trưởng' || headF === 'tổ phó')) return true;
  if (!first.cap || matchAt(toks, orgStart, BRANCH_TABLE)) return false;
  if (IMPLIED_ORG.has(headF)) return true;
  const unit = matchAt(toks, orgStart, ORG_TABLE);
  if (!unit) return false;
  for (let r = orgStart + unit.len; r < q; r++) if (toks[r].cap || toks[r].num) return true;
  return false;
}

/** "tại Syria" after a post's body: where it serves. Returns the end of the place, or -1. */
function postedAt(toks: Token[], k: number): number {
  if (!toks[k] || toks[k].gap !== Gap.Space || !AT_IDS.has(toks[k].w) || toks[k + 1]?.gap !== Gap.Space || !toks[k + 1].cap) return -1;
  const p = matchAt(toks, k + 1, PLACE_TABLE);
  if (p) return k + 1 + p.len;
  let e = k + 1;
  while (e < toks.length && e - k <= 3 && toks[e].gap === Gap.Space && toks[e].cap && !toks[e].acro && !toks[e].num) e++;
  return e;
}

/** The post at k is "Phó Chủ tịch" (one head, or "Phó" read as its prefix). */
const vicePresidentAt = (toks: Token[], k: number, headF: string) => headF === 'phó chủ tịch' || (headF === 'chủ tịch' && k > 0 && toks[k - 1].f === 'phó');
const MAX_DIRECTOR_FUNCTION_WORDS = 4;
/** A director's function in lower case from k up to "của" ("phát triển sản phẩm", "chính sách toàn cầu"); where "của" is, else k. */
function directorFunctionEnd(toks: Token[], k: number): number {
  let q = k;
  while (q < toks.length && q - k < MAX_DIRECTOR_FUNCTION_WORDS && toks[q].gap === Gap.Space && !toks[q].cap && !toks[q].num && toks[q].w !== CUA_ID && toks[q].w !== KIEM_ID
    && !COMPANY_NAME_STOP_IDS.has(toks[q].w) && !DESCRIBING_WORDS.has(toks[q].w) && !predicateAt(toks, q)) q++;
  return q > k && toks[q]?.gap === Gap.Space && toks[q].w === CUA_ID ? q : k;
}
/** The same function in title case ("Phó Giám Đốc Phát triển Sản Phẩm của Ford"): capitalised words, none a name's. */
function titleCaseFunctionEnd(text: string, toks: Token[], k: number): number {
  let q = k;
  while (q < toks.length && q - k < MAX_DIRECTOR_FUNCTION_WORDS && toks[q].gap === Gap.Space && !toks[q].acro && !toks[q].num
    && (toks[q].cap ? !startsHolderName(text, toks, q) : q > k && toks[q - 1].cap && toks[q].w !== CUA_ID && !COMPANY_NAME_STOP_IDS.has(toks[q].w))) q++;
  return q > k && toks[q]?.gap === Gap.Space && toks[q].w === CUA_ID ? q : k;
}

/**
 * "ông X, Chủ tịch HĐQT Maseco đánh cồng ...": after a named person and a company post, one foreign-spelt word then a
 * lower-case word is the company's brand, though the clause goes on unclosed (no holder's name is that one word).
 */
function brandBeforeLowerCase(text: string, toks: Token[], brandAt: number, nextName: number): boolean {
  const t = toks[nextName];
  // (not a function, "Phó Chủ tịch Marketing của Audi", nor a brand whose branch follows, "Vietcombank chi nhánh Đắk Lắk")
  return nextName === brandAt + 1 && !!t && t.gap === Gap.Space && !t.cap && !t.num && t.w !== BRANCH_FIRST_ID && isForeignNameWord(text, toks[brandAt])
    && !matchAt(toks, brandAt, DIRECTOR_FUNCTION_TABLE);
}
const BRANCH_FIRST_ID = lexiconWordId('chi');

/**
 * "Michael Dell, CEO Dell Technologies, ...": after a named person, a company post's capitalised run up to nextName, closed
 * at once or before a lower-case word, is the company: the post with it, or null.
 */
function withBrandRun(text: string, toks: Token[], p: ParsedPosition, nextName: number): Position | null {
  if (!(nextName > p.endTok && nextName - p.endTok <= 3 && p.position.organization === null && BUSINESS_POST_RE.test(foldedTitle(p.position.title))
    && !startsFamilyName(toks, p.endTok) && (closesApposition(toks, nextName) || brandBeforeLowerCase(text, toks, p.endTok, nextName)))) return null;
  const e = toks[nextName - 1].e;
  return newPosition(p.position.title, text.slice(toks[p.endTok].s, e), text.slice(p.position.span[0], e), [p.position.span[0], e]);
}

/** A capitalised owner at j read by ownerRunEnd and closed as an apposition is: its end, or -1. */
function closedOwnerRunEnd(toks: Token[], j: number): number {
  if (!toks[j] || toks[j].gap !== Gap.Space || !(toks[j].cap || toks[j].acro)) return -1;
  const e = ownerRunEnd(toks, j);
  return e > j && closesApposition(toks, e) ? e : -1;
}
/** An apposition ends at k: punctuation, the person's predicate, or "và" and the next party. */
function closesApposition(toks: Token[], k: number): boolean {
  const t = toks[k];
  return !t || t.gap !== Gap.Space || t.w === VA_ID || !!predicateAt(toks, k);
}
const OWN_SCHOOL_TABLE = table(['nhà trường']);
/** Words after a body's name that tell where or when the person spoke, closing an apposition. */
const CIRCUMSTANCE_IDS = idSet(['tại', 'ở', 'trong', 'trước', 'sau', 'khi', 'trên', 'bên']);

/** Token q opens where or when the person spoke (not "tại Lào" of "Hội người Việt Nam tại Lào": a country after it is the body's). */
function opensCircumstance(toks: Token[], q: number): boolean {
  return CIRCUMSTANCE_IDS.has(toks[q].w) && !(toks[q + 1]?.gap === Gap.Space && toks[q + 1].cap && isCountryAt(toks, q + 1));
}

const SERVES_POST = new Set(['trợ lý', 'thư ký', 'cố vấn', 'người phát ngôn', 'phát ngôn viên']);
const DESCRIBING_WORDS = idSet(['nhất', 'cũ', 'mới', 'trẻ', 'đầu', 'tiên', 'ở', 'tại', 'trong', 'từ', 'về', 'với', 'cho', 'thay', 'ông', 'bà', 'là', 'và', 'được', 'bị', 'đã']);

/** After ", đảng đối lập lớn nhất," (a lower-case body word opening a short description), the name's token; else k. */
function skipBodyDescription(text: string, toks: Token[], k: number): number {
  if (!matchAt(toks, k, ORG_TABLE)) return k;
  let q = k + 1;
  while (q < toks.length && q - k < 7 && toks[q].gap === Gap.Space && !toks[q].cap) q++;
  if (toks[q]?.gap !== Gap.Comma) return k;
  const e = parseName(toks, text, q);
  const named = e > q + 1 && (startsFamilyName(toks, q) || isForeignNameWord(text, toks[q]) && isForeignNameWord(text, toks[q + 1]));
  return named ? q : k;
}

const MIDDLE_NAMES = idSet(['văn', 'thị']);
/** A ward's police written short ("Trưởng CAP Lý Thái Tổ"): its ward's name follows it, as after "phường". */
const WARD_POLICE_ID = lexiconWordId('cap');
const UNIT_LEVEL_TABLE = table(['quận', 'huyện', 'thị xã', 'xã', 'phường', 'thị trấn', 'thôn', 'ấp', 'bản']);
const PROVINCE_LEVEL_TABLE = table(['tỉnh', 'thành phố', 'tp']);
/** Tokens before `end` close with a province's level word ("Chánh Thanh tra tỉnh" before its holder's name). */
function endsWithProvinceLevel(toks: Token[], end: number): boolean {
  return matchAt(toks, end - 1, PROVINCE_LEVEL_TABLE)?.len === 1 || matchAt(toks, end - 2, PROVINCE_LEVEL_TABLE)?.len === 2;
}
/** Capitalised words that open a sentence and never end a body's name (a caption is often glued to the next paragraph). */
const OPENER_PHRASES = ['Theo', 'Trong', 'Hiện', 'Qua', 'Thay', 'Tuy nhiên', 'Ngoài ra', 'Liên quan', 'Bên cạnh'];
const OPENER_FIRST = idFlags(OPENER_PHRASES.map((x) => x.split(' ')[0]));
const OPENER_TABLE = table(OPENER_PHRASES);
/** How many tokens before `end` are such an opener glued on after the body (0: none). */
function sentenceOpenerAtEnd(toks: Token[], orgStart: number, end: number): number {
  // (the last word may open a two-word opener cut off by its comma: "... Cà Mau Tuy nhiên, ...")
  const last = end - 1;
  if (last > orgStart && toks[last].cap && toks[last].gap === Gap.Space && matchAt(toks, last, OPENER_TABLE)) return 1;
  const two = end - 2;
  return two > orgStart && toks[two].cap && toks[two].gap === Gap.Space && matchAt(toks, two, OPENER_TABLE)?.len === 2 ? 2 : 0;
}
/** After a body's acronym in brackets at token b: the end of the place written right after ") " (a province or
 * country, or a level word and its capitalised name), or -1. Rare: kept out of the post's hot path. */
function placeAfterBracketEnd(text: string, toks: Token[], b: number): number {
  const acro = toks[b];
  const k = b + 1;
  const t = toks[k];
  if (!t || t.s !== acro.e + 2 || text.charCodeAt(acro.e) !== 41 || text.charCodeAt(acro.e + 1) !== 32) return -1;
  if (t.cap) { const p = matchAt(toks, k, PLACE_TABLE); return p ? k + p.len : -1; }
  const lvl = matchAt(toks, k, PROVINCE_LEVEL_TABLE)?.len ?? matchAt(toks, k, UNIT_LEVEL_TABLE)?.len ?? 0;
  if (!lvl) return -1;
  const p = toks[k + lvl]?.gap === Gap.Space && toks[k + lvl].cap ? matchAt(toks, k + lvl, PLACE_TABLE) : null;
  if (p) return k + lvl + p.len;
  // (a district or commune: up to three capitalised syllables, not a person's name)
  let q = k + lvl;
  while (q < toks.length && q - k - lvl < 3 && toks[q].gap === Gap.Space && toks[q].cap && !toks[q].acro && !toks[q].num) q++;
  return q > k + lvl && lvl > 0 && !matchAt(toks, k, PROVINCE_LEVEL_TABLE) && !startsFamilyName(toks, k + lvl) ? q : -1;
}
/**
 * "Giám đốc BVĐK huyện Thường Xuân": a body known by its acronym alone, then its level word in lower case and the place.
 * Returns the end past the place, or k when none follows (a province's name must be a known place).
 */
function acronymPlaceEnd(toks: Token[], k: number): number {
  const t = toks[k];
  if (!t || t.gap !== Gap.Space) return k;
  // (a known place written right after the acronym: "BVĐK Hòa Bình")
  if (t.cap) return k + (matchAt(toks, k, PLACE_TABLE)?.len ?? 0);
  const prov = matchAt(toks, k, PROVINCE_LEVEL_TABLE)?.len ?? 0;
  const lvl = prov || (matchAt(toks, k, UNIT_LEVEL_TABLE)?.len ?? 0);
  if (!lvl || toks[k + lvl]?.gap !== Gap.Space || !toks[k + lvl].cap) return k;
  const p = matchAt(toks, k + lvl, PLACE_TABLE);
  if (p) return k + lvl + p.len;
  if (prov || startsFamilyName(toks, k + lvl)) return k;
  // (a district or commune: up to three capitalised syllables, stopped by a holder's name after it)
  let q = k + lvl;
  while (q < toks.length && q - k - lvl < 3 && toks[q].gap === Gap.Space && toks[q].cap && !toks[q].acro && !toks[q].num
    && !(q > k + lvl && startsFamilyName(toks, q) && toks[q + 1]?.gap === Gap.Space && toks[q + 1].cap)) q++;
  return q;
}
/** Tokens before `end` close with a level word below the province and no name ("UBND phường"). */
function endsWithUnitLevel(toks: Token[], end: number): boolean {
  return matchAt(toks, end - 1, UNIT_LEVEL_TABLE)?.len === 1 || matchAt(toks, end - 2, UNIT_LEVEL_TABLE)?.len === 2;
}

/** "thủ lĩnh đảng cực hữu Jobbik đối lập G. Vona": a party's standing between its name and its leader's. */
const PARTY_STANDING_TABLE = table(['đối lập', 'cầm quyền']);

const BTC_ID = lexiconWordId('btc');
const BOARD_HEAD_POSTS = new Set(['trưởng', 'phó trưởng', 'trưởng ban', 'phó trưởng ban', 'phó ban']);
/** What an organizing board organizes, in lower case after "BTC" ("Trưởng BTC giải", "Trưởng BTC lễ hội Đền Trần"). */
const ORGANIZED_EVENT_TABLE = table(['giải', 'giải đấu', 'lễ hội', 'chương trình', 'cuộc thi', 'hội thi', 'liên hoan', 'hội chợ', 'ngày hội', 'hội diễn', 'festival', 'lễ', 'cuộc đua']);
const MAX_EVENT_NAME_WORDS = 6;
/** After "BTC" at k - 1: the event it organizes, a lower-case event word and/or its capitalised name ("giải V-League", "DIFF 2017"),
 *  stopping before the holder's Vietnamese name when the post comes before it ("V-League" reads as a foreign name); the board's end. */
function organizingBoardEnd(text: string, toks: Token[], k: number, apposition: boolean): number {
  let q = k;
  const event = toks[q]?.gap === Gap.Space ? matchAt(toks, q, ORGANIZED_EVENT_TABLE) : null;
  if (event) q += event.len;
  const s = q;
  while (q < toks.length && q - s < MAX_EVENT_NAME_WORDS && toks[q].gap === Gap.Space && (toks[q].cap || (toks[q].num && q > s))
    && !(!apposition && startsFamilyName(toks, q) && startsHolderName(text, toks, q)) && !matchAt(toks, q, POSITION_TABLE) && !matchAt(toks, q, HONORIFIC_TABLE)) q++;
  return q;
}

/** Acronyms after a post that name a role, not a body: "trợ lý HLV" is an assistant coach. */
const NOT_BODY_ACRONYMS = new Set(['hlv', 'bs', 'ts', 'pgs', 'gs', 'ths', 'cđv', 'btc']);

const REMIT_TABLE = phraseTable([['phụ trách', true]] as [string, boolean][]);
const PHU_ID = lexiconWordId('phụ');

/** "Phó Chủ tịch Phòng Thương mại Mỹ phụ trách các vấn đề quốc tế", "Đội trưởng Đội 3 phụ trách quận Ninh Kiều": the title
 *  ends with the body; a remit after it is no part of it (the golds end there). The text's end token, cut there or not. */
function remitAfterBodyCut(toks: Token[], orgStart: number, textEnd: number): number {
  for (let q = orgStart + 1; q < textEnd; q++) {
    if (toks[q].w !== PHU_ID || toks[q].gap !== Gap.Space || !matchAt(toks, q, REMIT_TABLE)) continue;
    // (the body's acronym in brackets goes with the remit: "Liên minh châu Âu (EU) phụ trách ...")
    return toks[q - 1].gap === Gap.Paren && q - 1 > orgStart ? q - 1 : q;
  }
  return textEnd;
}
/** End of a remit after a post ("phụ trách vấn đề Brexit") when a name follows it, or -1. */
function parseRemit(text: string, toks: Token[], k: number, closedOk = false): number {
  const r = toks[k]?.gap === Gap.Space ? matchAt(toks, k, REMIT_TABLE) : null;
  if (!r) return -1;
  let j = k + r.len;
  // (after a name the person's predicate closes it, ", thư ký phụ trách đối nội cho biết", and "thuộc" cuts it at its parent)
  while (j < toks.length && j - k < (closedOk ? 8 : 6) && toks[j].gap === Gap.Space && !toks[j].cap && !toks[j].num
    && !(closedOk && (toks[j].w === THUOC_ID || predicateAt(toks, j)))) j++;
  // ("phụ trách Brexit David Davis": what the remit is about may follow at once)
  if (j === k + r.len && !(toks[j]?.gap === Gap.Space && toks[j].cap)) return -1;
  // after a name: "bà X làm Bộ trưởng phụ trách các vùng lãnh thổ hải ngoại;" closed by punctuation
  if (closedOk && (j === toks.length || toks[j].gap !== Gap.Space || toks[j].w === THUOC_ID || (!toks[j].cap && predicateAt(toks, j)))) return j;
  if (toks[j]?.gap !== Gap.Space) return -1;
  // after a name, the remit runs on in capitals too, to what closes the apposition: ", Phó Tổng giám đốc phụ trách
  // Khối vốn của Ngân hàng X (VCB) cho biết", " - Phó chủ tịch phụ trách mảng Chống mã độc của Bkav cho biết"
  if (closedOk && toks[j].cap) { const run = remitRunEnd(text, toks, j, k + r.len); if (run > 0) return run; }
  // one capitalised word the remit is about, then the name
  if (!startsFamilyName(toks, j) && toks[j + 1]?.gap === Gap.Space && parseName(toks, text, j + 1) >= j + 3) return j + 1;
  if (parseName(toks, text, j) > 0 && (startsFamilyName(toks, j) || isForeignNameWord(text, toks[j]) && isForeignNameWord(text, toks[j + 1]))) return j;
  return -1;
}

const MAX_REMIT_RUN = 12;
/**
 * From j inside a remit that opened at s: words of any case, with no person, post, honorific or clause word, to the
 * punctuation or the person's predicate that closes the apposition; where they end, or -1 when nothing closes them.
 */
function remitRunEnd(text: string, toks: Token[], j: number, s: number): number {
  let q = j;
  while (q < toks.length && q - s < MAX_REMIT_RUN && toks[q].gap === Gap.Space && !toks[q].num && !RUN_STOP_IDS.has(toks[q].w) && toks[q].w !== THUOC_ID
    && !(!toks[q].cap && predicateAt(toks, q)) && !matchAt(toks, q, HONORIFIC_TABLE)
    && !(toks[q].cap && (startsHolderName(text, toks, q) || matchAt(toks, q, POSITION_TABLE) || matchAt(toks, q, PREFIX_TABLE) || matchAt(toks, q, RANK_TABLE)))) q++;
  if (q === j) return -1;
  // (the title is cut at "thuộc" and its parent unit)
  const closed = q === toks.length || toks[q].gap !== Gap.Space || toks[q].w === THUOC_ID || (!toks[q].cap && !!predicateAt(toks, q));
  // (it ends on a name, an acronym or a lower-case word of the remit, never on "của" or "và" left open)
  return closed && toks[q - 1].w !== CUA_ID && toks[q - 1].w !== VA_ID ? q : -1;
}

function startsTitleWord(toks: Token[], k: number): boolean {
  // (a length check, not toks[k + 1]?.: a read past the end deopts the callers this is inlined into)
  if (toks[k].k & PREFIX_TABLE.bit && k + 1 < toks.length && toks[k + 1].gap === Gap.Space && matchAt(toks, k + 1, POSITION_TABLE)) return true; // "Phó Bí thư"
  if (matchAt(toks, k, RANK_TABLE) || matchAt(toks, k, POSITION_TABLE)) return true;
  const org = matchAt(toks, k, ORG_TABLE);
  // "Đoàn Xuân Vinh": a family name that is also a body word ("đoàn"), before two name syllables
  // (the length checked first: reading past the end deopted readName, which inlines this, twice a run)
  return !!org && !(org.len === 1 && k + 2 < toks.length && isFamilyWord(toks[k]) && isPlainNameWord(toks[k + 1]) && isPlainNameWord(toks[k + 2]) && !matchAt(toks, k + 1, PLACE_TABLE))
    && !honouredTwoSyllableName(toks, k) && !(toks[k].w === TRUONG_SCHOOL_ID && penNameAfterPostAt(toks, k));
}
/** "Tổng Bí thư Trường Chinh đã ...": right after a post, "Trường" and one name syllable closed at once by punctuation or the
 *  predicate is a holder's two-syllable pen name; a school's name goes on ("Trường Tiểu học", "Trường Chính trị tỉnh"). */
function penNameAfterPostAt(toks: Token[], k: number): boolean {
  const next = toks[k + 2];
  return k > 1 && toks[k].gap === Gap.Space && isPlainNameWord(toks[k + 1]) && !matchAt(toks, k + 1, PLACE_TABLE)
    && (!next || (next.gap !== Gap.Space && next.gap !== Gap.Dash) || (!next.cap && (next.w === LA_ID || next.w === VA_ID || !!predicateAt(toks, k + 2))))
    && (matchAt(toks, k - 1, POSITION_TABLE)?.len === 1 || matchAt(toks, k - 2, POSITION_TABLE)?.len === 2) && !HIEU_IDS.has(toks[k - 1].w) && !HIEU_IDS.has(toks[k - 2].w);
}
const HIEU_IDS = idSet(['hiệu']);
/** "ông Đoàn Phương - Chủ tịch ...": after "ông"/"bà", such a family name and one name syllable set off by punctuation. */
function honouredTwoSyllableName(toks: Token[], k: number): boolean {
  const next = toks[k + 2];
  return k > 0 && toks[k].gap === Gap.Space && KIN_HONORIFIC_IDS.has(toks[k - 1].w) && isFamilyWord(toks[k]) && isPlainNameWord(toks[k + 1])
    && !matchAt(toks, k + 1, PLACE_TABLE) && (!next || next.gap === Gap.Comma || next.gap === Gap.Dash || next.gap === Gap.Paren);
}

const isPlainNameWord = (t: Token | undefined) => !!t && t.gap === Gap.Space && t.cap && !t.acro && !t.num;

/** A word inside a name ends it only when it opens a rank, a post or a multi-word body ("Nguyễn Văn Viện" is a name). */
function endsName(toks: Token[], k: number): boolean {
  if (matchAt(toks, k, RANK_TABLE) || matchAt(toks, k, POSITION_TABLE)) return true;
  // "Võ Công Trí Phó Bí thư": a prefix opening a post
  if (toks[k].k & PREFIX_TABLE.bit && toks[k + 1]?.gap === Gap.Space && matchAt(toks, k, PREFIX_TABLE) && matchAt(toks, k + 1, POSITION_TABLE)) return true;
  const org = matchAt(toks, k, ORG_TABLE);
  return !!org && (org.len > 1 || toks[k + 1]?.gap === Gap.Space && (toks[k + 1].acro || !!matchAt(toks, k + 1, ORG_TABLE)));
}

/** Sentence-opening words that are also common given names (third syllable of a name). */
const GIVEN_NAME_WORDS = idSet(['năm', 'phát', 'sáng', 'hội', 'huyện', 'tham', 'thay', 'tỉnh', 'ban', 'nhiều', 'được']);
const MIDDLE_NAME_WORDS = idSet(MIDDLE_NAMES_AMONG_NOT_NAME_WORDS.map((w) => w.toLowerCase()));
/** Words that open a body ("Quỹ ...", "Báo ...") and are also given names ("Nguyễn Văn Quỹ", "Trần Mạnh Báo"). */
const BODY_GIVEN_NAME_WORDS = idSet(['quỹ', 'báo', 'khu', 'sở', 'bộ']);
/** Such a word closes the name as its third syllable after a family name when punctuation follows, not a body's next word. */
function bodyWordClosesName(toks: Token[], k: number, j: number): boolean {
  const v = toks[j + 1];
  return (!v || v.gap !== Gap.Space) && isFamilyWord(toks[k]);
}

/**
 * Sentence openers, level and post words that are also given names ("ông Vũ Quang Các, Vụ trưởng ...", "ông Lê Tiến Trưởng,
 * Tổng giám đốc ...", "ông Huỳnh Ngọc Quận, Phó chủ tịch ..."): the third syllable after a family name only when a comma,
 * dash or bracket closes the name at once (run on, or after a full stop, they open the next words).
 */
const CLOSED_GIVEN_NAME_WORDS = idSet(['các', 'tại', 'trưởng', 'quận', 'phường', 'lễ', 'để']);
function givenNameSetOff(toks: Token[], k: number, j: number): boolean {
  const v = toks[j + 1];
  return isFamilyWord(toks[k]) && !!v && (v.gap === Gap.Comma || v.gap === Gap.Dash || v.gap === Gap.Paren);
}

/**
 * "Dương Trung Quốc", "Nguyễn Việt Nam": after a family name alone, a two-word country that closes the run is the
 * person's middle and given name; not when a capitalised word runs into the family word ("Hội Đông Y Việt Nam").
 */
function countryWordsCloseName(toks: Token[], k: number, j: number): boolean {
  if (j !== k + 1 || !isFamilyWord(toks[k]) || matchAt(toks, j, COUNTRY_TABLE)!.len !== 2) return false;
  if (k > 0 && toks[k].gap === Gap.Space && toks[k - 1].cap && !toks[k - 1].acro && !isNotNameWord(toks[k - 1])) return false;
  const next = toks[j + 2];
  return !next || next.gap !== Gap.Space || !next.cap;
}

/**
 * "ông Nguyễn Quốc Hội, Chủ tịch CLB ...": after "ông"/"bà" and a lone family name, "Quốc Hội" closing the run is the
 * given name, not the National Assembly (not after "Đoàn": "đoàn Quốc hội" is its delegation).
 */
function honouredAssemblyName(toks: Token[], k: number, j: number): boolean {
  if (j !== k + 1 || k === 0 || toks[j].w !== QUOC_ID || toks[k].w === DELEGATION_ID || !KIN_HONORIFIC_IDS.has(toks[k - 1].w) || !isFamilyWord(toks[k])) return false;
  const hoi = toks[j + 1], next = toks[j + 2];
  return !!hoi && hoi.w === HOI_ID && hoi.cap && hoi.gap === Gap.Space && (!next || next.gap !== Gap.Space || !next.cap);
}

/** parseName's answers for the current document, by token (-2: not asked yet): it is asked of a word again and again. */
let nameCache = new Int32Array(1024);

/** A person's name at token k: capitalised words, not a place, post or body. Returns the end token. */
function parseName(toks: Token[], text: string, k: number): number {
  if (k < 0 || k >= toks.length) return -1;
  const known = nameCache[k];
  if (known !== -2) return known;
  return (nameCache[k] = readName(toks, text, k));
}

function isUnaccented(text: string, t: Token): boolean {
  for (let p = t.s; p < t.e; p++) if (text.charCodeAt(p) > 0x7a) return false;
  return true;
}

function readName(toks: Token[], text: string, k: number): number {
  const t = toks[k];
  if (!t || t.num || !(t.cap || isHyphenParticleName(text, t))) return -1;
  // "H.R. McMaster": initials, then a capitalised surname after ". "
  const initials = t.acro && initialsBeforeSurname(text, toks, k, t);
  // ("Ông NGUYỄN VĂN CÔNG, Giám đốc ...": a name in capitals, read when a family name opens it)
  const capsName = t.acro && !initials && startsCapsName(text, toks, k);
  if ((t.acro && !initials && !capsName) || isNotNameWord(t) || NOT_PERSON_START.has(t.w) || startsTitleWord(toks, k)) return -1;
  // "F.Hollande", "V.Putin": an initial glued to a foreign surname, one word
  if (!initials && t.cap && !t.acro && text.charCodeAt(t.s + 1) === 46 && isGluedInitialName(text, t)) return k + 1;
  if (!initials && !isNameChars(text, t.s, t.e)) return -1;
  if (brandBeforeVietnameseName(text, toks, k)) return -1;
  let j = k + 1;
  let particles = 0;
  // (a name in capitals stops at three syllables: in a headline in capitals the verb follows at once)
  const maxTokens = capsName ? capsNameTokens(text, toks, k) : MAX_NAME_TOKENS;
  while (j < toks.length && j - k - particles < maxTokens) {
    const u = toks[j];
    // "Ursula von der Leyen": lower-case particles inside a foreign name, before its capitalised part
    if (u.gap === Gap.Space && !u.cap && NAME_PARTICLES.has(u.w) && isForeignNameWord(text, t)) {
      const q = pastParticles(toks, j);
      if (q < 0) break;
      particles += q - j; j = q; continue;
    }
    // an initial: "V. Putin"
    const afterInitial = u.gap === Gap.Break && (toks[j - 1].e - toks[j - 1].s === 1 || (j - 1 === k && initials)) && text.slice(toks[j - 1].e, u.s) === '. ';
    // "Nguyễn Văn Năm", "Nguyễn Minh Phát": a given name that elsewhere opens a sentence, when nothing capitalised follows
    // (the bound tested, not read past: a name closing the text deopted this out of bounds)
    const givenName = (isNotNameWord(u) && j - k >= 2 && GIVEN_NAME_WORDS.has(u.w) && !(j + 1 < toks.length && toks[j + 1].gap === Gap.Space && (toks[j + 1].cap || toks[j + 1].num)))
      || (j - k === 2 && BODY_GIVEN_NAME_WORDS.has(u.w) && bodyWordClosesName(toks, k, j))
      || (j - k === 2 && CLOSED_GIVEN_NAME_WORDS.has(u.w) && givenNameSetOff(toks, k, j));
    // "Lê Bộ Lĩnh": such a word as the middle name, between a family name and one given name that closes the name
    const middleName = !givenName && j - k === 1 && isFamilyWord(t) && MIDDLE_NAME_WORDS.has(u.w) && closesAfterMiddleName(toks, j);
    // "George W.Bush": a middle initial glued to the surname closes a foreign name
    if (u.gap === Gap.Space && text.charCodeAt(u.s + 1) === 46 && gluedInitialCloses(text, toks, k, u)) { j++; break; }
    // 'John C. "Jack" Lee': a nickname in quotes inside a foreign name, then its surname
    // (its end computed on the hot path: the rare branch's own 'j += 2' deopted readName)
    const pastNickname = j + 2;
    if (u.gap === Gap.Break && u.cap && !afterInitial && isForeignNameWord(text, t) && quotedNicknameAt(text, toks, j)) { j = pastNickname; continue; }
    if ((u.gap !== Gap.Space && !afterInitial) || !(u.cap || isHyphenParticleName(text, u)) || (u.acro && !(capsName && isCapsSyllable(text, u))) || u.num || (isNotNameWord(u) && !givenName && !middleName) || (NOT_PERSON_START.has(u.w) && !givenName)
      || (!givenName && !middleName && endsName(toks, j) && !honouredAssemblyName(toks, k, j))) break;
    // "Samsung Việt Nam" is a company of a country, not a name (one-word countries are also given names)
    if ((toks[j].k & COUNTRY_TABLE.bit) && (matchAt(toks, j, COUNTRY_TABLE)?.len ?? 0) > 1 && !countryWordsCloseName(toks, k, j)) break;
    if (!isNameChars(text, u.s, u.e)) break;
    // "Trần Thanh Nam Kết luận ...": the next sentence glued on by a lost full stop
    if (j - k >= 2 && opensClause(toks, j)) break;
    // "Theresa May Vì Brexit mà ...": a caption's foreign name, then the body's first word
    if (hasId(FOREIGN_NAME_CLOSERS, u.w) && closesForeignName(text, toks, k, j)) break;
    if (markedWordClosesForeignName(text, toks, k, j, u)) break;
    // "Tamim Bin Hamad Al Thani": an Arabic name's particles written capitalised count no more than in lower case
    particles += arabicParticleCount(toks, j, u);
    j++;
  }
  // "CTCP Bia Sài Gòn": a run that is no family name and no foreign name ends before a place
  if (j - k >= 2 && !isFamilyWord(t)) j = placeInside(toks, k, j);
  // "Hà Nội Nguyễn Đức Chung" is no name; "Hàn Mạnh Thắng" is (Hàn is a place only in context).
  const place = matchAt(toks, k, PLACE_TABLE);
  if (place && !(place.len === 1 && (CONTEXT_ONLY.has(t.f) || isFamilyWord(t))) && !namesakeAfterPost(toks, k, place.len) && !honouredForeignPlaceName(text, toks, k, j, place.len)) return -1;
  if (j - k === 1 && matchAt(toks, k, NOT_NAME_PHRASE_TABLE)) return -1;
  // "tết Đinh Dậu": a year of the sexagenary cycle
  if (j - k === 2 && matchAt(toks, k, CYCLE_YEAR_TABLE)) return -1;
  // "Park Soo - Hyun": a Korean given name's hyphen written spaced, its last syllable short and closing the name
  return j + spacedHyphenTail(text, toks, k, j);
}

/**
 * "Chủ tịch FPT Software Hoàng Nam Tiến", "Chủ tịch HĐTV Vinalines Lê Anh Sơn": a foreign word (the brand's last) right
 * before a Vietnamese full name of three syllables is no part of that name, which starts at its family name (an official
 * named so after a post is rare; after an honorific readName keeps him: "ông Peter Nguyễn Văn Hùng").
 */
function brandBeforeVietnameseName(text: string, toks: Token[], k: number): boolean {
  const n = toks[k + 1];
  if (!n || n.gap !== Gap.Space || !isFamilyWord(n) || isFamilyWord(toks[k]) || !isForeignNameWord(text, toks[k])) return false;
  // (not a region or place after the brand: "Brand Finance Châu Á Thái Bình Dương")
  if (matchAt(toks, k + 1, PLACE_TABLE)) return false;
  // (not after an honorific: "ông Peter Nguyễn Văn Hùng", a foreign given name before a Vietnamese full name)
  if (k > 0 && KIN_HONORIFIC_IDS.has(toks[k - 1].w)) return false;
  // (the bound tested, not read past: a brand three words before the text's end deopted this out of bounds)
  for (let q = k + 1; q <= k + 3; q++) { const u = q < toks.length ? toks[q] : undefined; if (!u || u.gap !== Gap.Space || !u.cap || u.acro || isForeignNameWord(text, u)) return false; }
  return true;
}

/**
 * Sentence openers written with Vietnamese marks, never part of a foreign name: after a foreign
 * name in plain letters they open the next sentence glued on ("Chủ tịch Perez Thế nhưng ...").
 */
const FOREIGN_NAME_CLOSERS = idFlags(['vì', 'cùng', 'thế', 'chính', 'tại', 'với', 'để', 'từ', 'trước', 'dù', 'nếu', 'đây', 'đó', 'đến', 'bởi', 'những', 'các', 'một', 'ông', 'bà']);
const DE_ID = lexiconWordId('đệ');
/**
 * "Thống đốc Georgy Poltavchenko Cuộc họp ...", "CEO General Electric Chiếc xe ...": after a foreign name of foreign
 * words only, a Vietnamese syllable written with marks, then a lower-case word, is the next sentence's opening glued on
 * by a lost full stop (the closers above, for any such word). Not a family name ("Eric Nguyễn"), not before a capital
 * ("Ksor Phước Hà"), not a regnal "Đệ" ("Elizabeth Đệ Nhị") nor "Quốc" ("Duma Quốc gia").
 */
function markedWordClosesForeignName(text: string, toks: Token[], k: number, j: number, u: Token): boolean {
  // (the cached foreign-word test first; then a mark in the word, then the syllable's letters)
  if (!isForeignNameWord(text, toks[k]) || isUnaccented(text, u) || u.w === DE_ID || u.w === QUOC_ID || isFamilyWord(u)) return false;
  const next = toks[j + 1];
  if (!next || next.gap !== Gap.Space || next.cap || next.num) return false;
  for (let q = k + 1; q < j; q++) if (!isForeignNameWord(text, toks[q])) return false;
  return isVietnameseSyllable(u.f);
}

/** toks[j] (a closer) ends the name [k, j) when the name is foreign, in plain letters ("Vì Brexit mà": what follows may be capitalised). */
function closesForeignName(text: string, toks: Token[], k: number, j: number): boolean {
  if (!isForeignNameWord(text, toks[k])) return false;
  for (let q = k + 1; q < j; q++) if (!isUnaccented(text, toks[q])) return false;
  return true;
}

/** toks[j] is one quoted word ('"Jack"', '“Hawk”') between name words: a space and a quote before, a quote and a space after, then a capitalised word. */
function quotedNicknameAt(text: string, toks: Token[], j: number): boolean {
  const u = toks[j], v = toks[j + 1];
  const open = text.charCodeAt(u.s - 1), before = text.charCodeAt(u.s - 2);
  if ((open !== 34 && open !== 8220) || before !== 32 || !v || !v.cap || v.acro || v.num) return false;
  const close = text.charCodeAt(u.e);
  return (close === 34 || close === 8221) && v.s === u.e + 2 && text.charCodeAt(u.e + 1) === 32 && !u.acro && !u.num;
}

/** "H.R. McMaster": initials, then a capitalised surname after ". " (t = toks[k], an acronym). */
function initialsBeforeSurname(text: string, toks: Token[], k: number, t: Token): boolean {
  return isInitials(text, t) && k + 1 < toks.length && toks[k + 1].gap === Gap.Break && text.slice(t.e, toks[k + 1].s) === '. ' && toks[k + 1].cap && !toks[k + 1].acro;
}
/** "Tamim Bin Hamad Al Thani": 1 for an Arabic particle written capitalised inside a name (u = toks[j]), else 0. */
function arabicParticleCount(toks: Token[], j: number, u: Token): number {
  return u.cap && ARABIC_PARTICLES.has(u.w) && toks[j + 1]?.gap === Gap.Space && toks[j + 1].cap ? 1 : 0;
}
/** "Park Soo - Hyun": 1 when a two-syllable name [k, j) goes on past a spaced hyphen to its last syllable, else 0. */
function spacedHyphenTail(text: string, toks: Token[], k: number, j: number): number {
  return j - k === 2 && toks[j]?.gap === Gap.Dash && spacedHyphenSyllable(text, toks, k, j) ? 1 : 0;
}

// (the rare branches of readName, apart so that V8 compiles the hot loop small)
/** "F.Hollande": a capital, a dot, then a capitalised surname in plain letters that is no Vietnamese syllable ("Q.Bình" is a district). */
function isGluedInitialName(text: string, t: Token): boolean {
  if (text.charCodeAt(t.s + 1) === 46 && isGluedInitialTransliteration(text, t)) return true;
  if (t.e - t.s < 5) return false;
  const c0 = text.charCodeAt(t.s), c2 = text.charCodeAt(t.s + 2);
  if (c0 < 65 || c0 > 90 || c2 < 65 || c2 > 90) return false;
  for (let p = t.s + 3; p < t.e; p++) { const c = text.charCodeAt(p); if (c < 97 || c > 122) return false; }
  return !VIETNAMESE_SYLLABLE_RE.test(text.slice(t.s + 2, t.e).toLowerCase());
}
/**
 * "Ê.Ma-crông", "P.Gen-ti-lô-ni", "T.Mây": an initial glued to a surname transliterated in syllables (hyphenated, or one
 * syllable with Vietnamese letters) is a foreign name.
 */
const GLUED_INITIAL_HYPHENATED_RE = /^\p{Lu}\.\p{Lu}\p{Ll}*(?:-\p{Ll}+)+$/u;
const GLUED_INITIAL_SYLLABLE_RE = /^\p{Lu}\.\p{Lu}[a-z]*[^\x00-\x7f]\p{Ll}*$/u;
const UPPER_RE = /\p{Lu}/u;
function isGluedInitialTransliteration(text: string, t: Token): boolean {
  if (t.e - t.s < 5) return false;
  const word = text.slice(t.s, t.e);
  if (GLUED_INITIAL_HYPHENATED_RE.test(word)) return true;
  // (one syllable only where no capitalised word follows: "P.Phú Mỹ" is a ward, "phường Phú Mỹ")
  return GLUED_INITIAL_SYLLABLE_RE.test(word) && !(text.charCodeAt(t.e) === 32 && UPPER_RE.test(text.charAt(t.e + 1)));
}
/** "Konstantin V.Vnukov": the glued initial-and-surname u closes a foreign name opened by t = toks[k]. */
function gluedInitialCloses(text: string, toks: Token[], k: number, u: Token): boolean {
  // ("I-ta-li-a P.Gen-ti-lô-ni": a transliteration's glued initial is its given name's, so it opens a name)
  return u.cap && !isFamilyWord(toks[k]) && isGluedInitialName(text, u) && !isGluedInitialTransliteration(text, u);
}
/** A capitalised word at j that opens a clause with the lower-case word after it ("Không thể", "Tuy nhiên"). */
function opensClause(toks: Token[], j: number): boolean {
  const v = toks[j + 1];
  return !!v && v.gap === Gap.Space && !v.cap && !v.num && !!matchAt(toks, j, CLAUSE_OPENING_TABLE);
}
/** Past one or two lower-case particles at j ("von der") when a capitalised name word follows; -1 otherwise. */
function pastParticles(toks: Token[], j: number): number {
  let q = j;
  while (q < j + 2 && toks[q]?.gap === Gap.Space && !toks[q].cap && NAME_PARTICLES.has(toks[q].w)) q++;
  return toks[q]?.gap === Gap.Space && toks[q].cap && !toks[q].acro && !toks[q].num ? q : -1;
}

/** The middle-name word at j is followed by one given name that closes the name ("Lê Bộ Lĩnh"). */
function closesAfterMiddleName(toks: Token[], j: number): boolean {
  return isPlainNameWord(toks[j + 1]) && !isNotNameWord(toks[j + 1])
    && !(toks[j + 2]?.gap === Gap.Space && toks[j + 2].cap) && !matchAt(toks, j + 1, SECTOR_TABLE) && !matchAt(toks, j + 1, PLACE_TABLE) && !matchAt(toks, j + 1, ORG_TABLE)
    && (matchAt(toks, j, ORG_TABLE)?.len ?? 0) <= 1;
}

/** Where the run [k, j) ends before a place's name of two words or more inside it (j when none). */
function placeInside(toks: Token[], k: number, j: number): number {
  for (let q = k + 1; q < j; q++) if ((toks[q].k & PLACE_TABLE.bit) && (matchAt(toks, q, PLACE_TABLE)?.len ?? 0) > 1) return q;
  return j;
}

/** The gap of a hyphen typed with a space on one side or both, "Kyo - Ahn", "Kyo –Ahn", "Kyo- Ahn" (a hyphen, or an en dash spaced on one side). */
function spacedHyphenGap(text: string, s: number, e: number): boolean {
  const gap = text.slice(s, e);
  // (an en dash spaced on both sides is a dash between two things: "Ankie Broekers – Knol" is left as before)
  return gap === ' - ' || gap === ' -' || gap === ' –' || gap === '- ' || gap === '– ';
}
/** "Park Soo - Hyun": the two words at k, then the word at j after a spaced hyphen, closing a Korean given name. */
function spacedHyphenSyllable(text: string, toks: Token[], k: number, j: number): boolean {
  const t = toks[k], u = toks[j];
  return u.cap && !u.acro && u.e - u.s <= 5 && spacedHyphenGap(text, toks[j - 1].e, u.s)
    // (Korean syllables are often Vietnamese ones too, "Soo", "Hyun": unaccented, with one word foreign)
    && isUnaccented(text, t) && isUnaccented(text, toks[k + 1]) && isUnaccented(text, u) && (isForeignNameWord(text, t) || isForeignNameWord(text, toks[k + 1]) || isForeignNameWord(text, u))
    && isNameChars(text, u.s, u.e)
    && !(toks[j + 1]?.gap === Gap.Space && toks[j + 1].cap) && !matchAt(toks, j, PLACE_TABLE) && !matchAt(toks, j, POSITION_TABLE);
}

/** A name of two words or more at k that is a person's: a family name, two foreign words, or initials ("H.R. McMaster"). */
function startsHolderName(text: string, toks: Token[], k: number): boolean {
  const t = toks[k];
  if (!t || !t.cap || t.num) return false;
  // the cheap tests first: this is asked of every word of a run
  // ("Jean-Yves Le Drian": a foreign first name, then any capitalised word, or an Arabic article glued to one: "Tướng Najmi al-Nakoua")
  const n = toks[k + 1];
  // ("V.Putin": one word, an initial glued to a foreign surname)
  if (text.charCodeAt(t.s + 1) === 46 && !t.acro && isGluedInitialName(text, t)) return true;
  if (!(startsFamilyName(toks, k) || isInitials(text, t) || isForeignNameWord(text, t) && !!n && ((n.cap && !n.acro) || isHyphenParticleName(text, n)) && (isForeignNameWord(text, n) || n.gap === Gap.Space))) return false;
  return parseName(toks, text, k) >= k + 2;
}

/**
 * "Tổng thống nước này Moon Jae-in", "Thủ tướng nước này Lee Hsien-loong": two unaccented capitalised words, one not
 * spelt as a Vietnamese syllable by the strict test (the loose one takes "Moon", "Lee"), that read as a name.
 */
function startsRomanisedName(text: string, toks: Token[], k: number): boolean {
  const t = toks[k], n = toks[k + 1];
  if (!n || n.gap !== Gap.Space || !t.cap || !n.cap || t.acro || n.acro || t.num || n.num) return false;
  if (!isUnaccented(text, t) || !isUnaccented(text, n)) return false;
  if (VIETNAMESE_BARE_SYLLABLE_RE.test(t.f) && VIETNAMESE_BARE_SYLLABLE_RE.test(n.f)) return false;
  return parseName(toks, text, k) >= k + 2;
}

/** A Vietnamese syllable written in capitals: letters only, short (not an acronym such as UBND with a family-name look). */
function isCapsSyllable(text: string, t: Token): boolean {
  if (!t.acro || t.num || t.e - t.s > 7) return false;
  for (let p = t.s; p < t.e; p++) {
    const c = text.charCodeAt(p);
    if (c >= LETTER_TABLE_END || !(LETTER_CLASS[c] & UPPER)) return false;
  }
  return true;
}

/**
 * How many syllables a name in capitals at k may take: three, or four when a fourth capital syllable is closed by a comma or
 * a dash ("Bà LÊ THỊ THANH TÂM, Phó Giám đốc ...", "Ông PHAN NGUYỄN NHƯ KHUÊ, Phó Đoàn ..."); a headline's verb runs on.
 */
function capsNameTokens(text: string, toks: Token[], k: number): number {
  const fourth = toks[k + 3], after = toks[k + 4];
  // (not inside a line in capitals: "TỔNG BÍ THƯ ... - NHÀ LÝ LUẬN XUẤT SẮC, NHÀ LÃNH ĐẠO")
  if (k > 0 && toks[k].gap === Gap.Space && isCapsSyllable(text, toks[k - 1])) return 3;
  // (or the line's end, under a body: "Chủ tịch Ủy ban MTTQ Việt Nam TP.HCM TÔ THỊ BÍCH CHÂU" signing a quote)
  if (!fourth || !toks[k + 2]) return 3;
  const closed = !after || after.gap === Gap.Comma || after.gap === Gap.Dash || lineEndsAt(text, fourth);
  return closed && toks[k + 2].gap === Gap.Space && fourth.gap === Gap.Space && isCapsSyllable(text, toks[k + 2]) && isCapsSyllable(text, fourth) ? 4 : 3;
}

/** Only spaces, then a line break, after the word. */
function lineEndsAt(text: string, t: Token | undefined): boolean {
  if (!t) return false;
  let p = t.e;
  while (p < text.length && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
  return p >= text.length || text.charCodeAt(p) === 10 || text.charCodeAt(p) === 13;
}

/** "NGUYỄN VĂN CÔNG": a family name in capitals, then another syllable in capitals. */
function startsCapsName(text: string, toks: Token[], k: number): boolean {
  const t = toks[k], n = toks[k + 1];
  return !!t && t.acro && isFamilyWord(t) && isCapsSyllable(text, t) && !!n && n.gap === Gap.Space && isCapsSyllable(text, n) && !matchAt(toks, k, PLACE_TABLE);
}

const INITIALS_RE = /^(?:\p{Lu}\.){1,3}\p{Lu}$/u;
/** "H.R" of "H.R. McMaster": capital initials joined by dots (the last dot is the token's gap). */
function isInitials(text: string, t: Token | undefined): boolean {
  return !!t && t.acro && t.e - t.s <= 7 && text.charCodeAt(t.e) === 46 && INITIALS_RE.test(text.slice(t.s, t.e));
}

/**
 * "ông Orlando Oramas", "bà Victoria Nuland": after "ông"/"bà", a one-word foreign place in plain letters followed by
 * more foreign name words (no place among them) is a given name (such holders were lost).
 */
function honouredForeignPlaceName(text: string, toks: Token[], k: number, j: number, len: number): boolean {
  if (len !== 1 || j < k + 2 || k === 0 || toks[k].gap !== Gap.Space || !KIN_HONORIFIC_IDS.has(toks[k - 1].w) || !isUnaccented(text, toks[k])) return false;
  for (let q = k + 1; q < j; q++) if (!isUnaccented(text, toks[q]) || matchAt(toks, q, PLACE_TABLE)) return false;
  return true;
}

/** "Chủ tịch Hồ Chí Minh": a person named like a place, right after a post and not in a venue's name. */
function namesakeAfterPost(toks: Token[], k: number, len: number): boolean {
  if (matchAt(toks, k, NAMESAKE_TABLE)?.len !== len || toks[k].gap !== Gap.Space) return false;
  for (let back = 1; back <= 3 && k - back >= 0; back++) {
    if (matchAt(toks, k - back, POSITION_TABLE)?.len !== back) continue;
    const s = k - back;
    if (toks[s].gap !== Gap.Space) return true;
    for (let v = 1; v <= 3 && s - v >= 0; v++) if (matchAt(toks, s - v, VENUE_TABLE)?.len === v) return false;
    return true;
  }
  return false;
}

interface Candidate {
  nameStart: number;
  nameEnd: number;
  rank: Mention | null;
  positions: Position[];
  /** written with a rank or a post (not only an honorific) */
  titled: boolean;
  /** the post before the name is a company post */
  businessPost: boolean;
  /** the length of a lower-case word glued to the name's last word by a lost space ("Rex Tillersoncũng"); set only then */
  gluedTail?: number;
}

/**
 * "Ngoại trưởng Mỹ Rex Tillersoncũng tuyên bố", "Phó Thủ tướng Phạm Bình Minhcho biết": a clause word glued to the name's last
 * word by a lost space. Only accented words, or "cho" after an accented or Vietnamese name ("Nacho", "Sancho" are names).
 */
function gluedTailLen(text: string, toks: Token[], c: Candidate): number {
  const t = toks[c.nameEnd - 1];
  if (t.e - t.s < 5) return 0;
  for (const tail of GLUED_TAILS) {
    const cut = t.e - tail.length;
    if (cut - t.s < 3 || !text.startsWith(tail, cut) || !isSmall(text.charCodeAt(cut - 1))) continue;
    if (tail !== 'cho') return tail.length;
    let accented = false;
    for (let p = t.s; p < cut; p++) if (text.charCodeAt(p) > 0x7a) { accented = true; break; }
    return accented || isFamilyWord(toks[c.nameStart]) ? tail.length : 0;
  }
  return 0;
}
const GLUED_TAILS = ['cũng', 'đã', 'và', 'là', 'của', 'được', 'khẳng', 'tại', 'với', 'cho'];

const PERSON_IN_CHARGE_RE = /^người phụ trách$/i;
const CAPITAL_RE = /\p{Lu}/u;
/**
 * "người phụ trách" holds a post only over a named body ("người phụ trách sản phẩm của Microsoft", "người phụ trách Phòng
 * Kế toán"); in charge of a task ("anh Quý Tâm - người phụ trách phần ảnh") the person is no official.
 */
function withoutTaskInCharge(cands: Candidate[]): void {
  for (let j = cands.length - 1; j >= 0; j--) {
    const c = cands[j];
    const kept = c.positions.filter((p) => !PERSON_IN_CHARGE_RE.test(p.title) || (p.organization !== null && CAPITAL_RE.test(p.organization)));
    if (kept.length === c.positions.length) continue;
    c.positions = kept;
    if (!kept.length && !c.rank) cands.splice(j, 1);
  }
}

/** Posts written in apposition after a name: ", Thứ trưởng Bộ Công an", " - Chánh văn phòng Sở GDĐT". */
const MAX_SECOND_POST_WORDS = 12;
/** A cheap look before parsing a second post: its words run from k to punctuation (a comma unless after a capacity)
 *  and none opens a person's name, so the post is no next person's. */
function closedWithoutHolder(text: string, toks: Token[], k: number, anyClose: boolean): boolean {
  let q = k + 1;
  while (q < toks.length && toks[q].gap === Gap.Space) {
    if (q - k >= MAX_SECOND_POST_WORDS) return false;
    if (postHolderOpensAt(text, toks, q)) return false;
    q++;
  }
  return q < toks.length && (toks[q].gap === Gap.Comma || (anyClose && toks[q].gap !== Gap.Space)) || (anyClose && q === toks.length);
}

const MOT_ID = lexiconWordId('một');
const OCCUPATION_TABLE = table(OCCUPATION_BEFORE_POST);
const MAX_OCCUPATION_WORDS = 8;
/**
 * At k an occupation or field ("chuyên gia sinh thái", "Giảng viên cao cấp") closed by a comma or dash: the token after
 * that punctuation, where the post may start; else k.
 */
function pastOccupation(toks: Token[], k: number): number {
  const occ = matchAt(toks, k, OCCUPATION_TABLE);
  if (!occ) return k;
  let q = k + occ.len;
  // (lower-case words only: a capitalised word may be a person, "chuyên gia Nguyễn Văn A")
  while (q < toks.length && q - k < MAX_OCCUPATION_WORDS && toks[q].gap === Gap.Space && !toks[q].cap && !toks[q].num && !predicateAt(toks, q)) q++;
  // (the bound tested, not read past: an occupation closing the text deopted appositions out of bounds)
  const t = q < toks.length ? toks[q] : undefined;
  // (the post capitalised, or opened by "nguyên", "cựu", "phó")
  return t && (t.gap === Gap.Comma || t.gap === Gap.Dash) && (t.cap || !!matchAt(toks, q, PREFIX_TABLE)) ? q : k;
}
/** Vague heads after "một" (a member of a group, one of the leaders of something): no post of one named person. */
const VAGUE_AFTER_ONE = table(['thành viên', 'lãnh đạo', 'quan chức']);
/** Past "một" before a lower-case post that is no vague head ("một lãnh đạo Công an tỉnh" after a newspaper's name). */
function pastIndefinite(toks: Token[], k: number): number {
  const n = toks[k + 1];
  return n && n.gap === Gap.Space && !n.cap && !matchAt(toks, k + 1, VAGUE_AFTER_ONE) ? k + 1 : k;
}
// ("đồng thời (là)": a second post held at once, "Tập Cận Bình, đồng thời là Chủ tịch Quân ủy Trung ương,")
const CAPACITY_TABLE = table(['trên cương vị', 'với cương vị', 'ở cương vị', 'với tư cách', 'trong vai trò', 'với vai trò', 'đồng thời']);
const AT_THE_TIME_TABLE = phraseTable(['lúc đó là', 'khi đó là', 'lúc ấy là', 'khi ấy là', 'thời điểm đó là', 'lúc đó đang là', 'khi đó đang là', 'thời điểm đó đang là', 'lúc ấy đang là', 'khi ấy đang là', 'hiện là', 'hiện đang là', 'hiện nay là', 'lúc bấy giờ là']
  .map((x) => [x, true] as [string, boolean]), false);
// (not "bố": "công bố ông X được bầu" is an announcement)
const KIN_IDS = idSet(['vợ', 'chồng', 'con', 'cha', 'mẹ', 'em', 'cháu', 'rể', 'dâu', 'trai', 'gái', 'nữ']);
const KIN_HONORIFIC_IDS = idSet(['ông', 'bà', 'anh', 'chị', 'cô']);
/**
 * The name ending before k is the relative a person is told by ("X, em trai bà Thoa, hiện là ...", "Y - chồng bà Thanh
 * làm giám đốc"): a kin word, then an honorific, then the name ("anh trai Kim Moo Young", with no honorific, is the relative himself).
 */
function namedAsKin(toks: Token[], k: number): boolean {
  for (let q = k - 1; q > 1 && q >= k - 5 && toks[q].gap === Gap.Space; q--) {
    if (!KIN_HONORIFIC_IDS.has(toks[q - 1].w) || toks[q - 1].gap !== Gap.Space) continue;
    // (the kin word right before the honorific, or before "của": "ái nữ của ông Thản")
    const kin = toks[q - 2].w === CUA_ID && q > 2 && toks[q - 2].gap === Gap.Space ? toks[q - 3] : toks[q - 2];
    if (KIN_IDS.has(kin.w)) return true;
  }
  return false;
}
/** ", 38 tuổi," at the comma k after a name: the token after the age's closing comma, else k. */
function pastAgeAside(toks: Token[], k: number): number {
  const age = toks[k + 1], next = toks[k + 2];
  return age && age.gap === Gap.Space && age.f === 'tuổi' && next && next.gap === Gap.Comma && k + 2 < toks.length ? k + 2 : k;
}
const PLACE_POST_PREFIX_RE = /^(?:phó|nguyên|cựu|quyền|tân) /;
/** A post that names its place after it ("Tỉnh trưởng", "Thị trưởng"), whatever Phó/nguyên/cựu/quyền/tân before it. */
export function takesPlacePost(title: string): boolean {
  return TAKES_PLACE.has(foldedTitle(title).replace(PLACE_POST_PREFIX_RE, ''));
}
function appositions(text: string, toks: Token[], k: number, out: Position[], afterTheo = false, spaceFirst = false, cued = Cue.None): number {
  let first = true;
  while (k < toks.length) {
    const g = toks[k].gap;
    if (!(g === Gap.Comma || g === Gap.Dash || (first && g === Gap.Paren) || (first && spaceFirst && g === Gap.Space))) break;
    if (first && g === Gap.Comma && toks[k].f === 'sinh') {
      // "Ông X, sinh ngày 23 tháng 11 năm 1968, Ủy viên ...": past the birth date to the post
      let q = k + 1;
      while (q < toks.length && q - k < 12 && toks[q].gap === Gap.Space) q++;
      if (toks[q]?.gap !== Gap.Comma) break;
      k = q;
    }
    // "Kyle Milliken, 38 tuổi, Trưởng ban ...": past the age set off by commas to the post
    if (first && g === Gap.Comma && toks[k].num) k = pastAgeAside(toks, k);
    if (first && g === Gap.Paren && opensPersonDetail(text, toks, k)) {
      // "A (44 tuổi, nguyên phó giám đốc ...)", "B (sinh năm 1989, trú tại ...) - Giám đốc Công ty ...": past the age and address to the post
      const at = postAfterPersonDetail(text, toks, k);
      if (at < 0) break;
      k = at;
    } else if (first && g === Gap.Paren && toks[k].cap && toks[k].k & ORG_TABLE.bit && matchAt(toks, k, ORG_TABLE) && !(toks[k].k & POSITION_TABLE.bit && matchAt(toks, k, POSITION_TABLE))) {
      // "Luật sư X (Đoàn Luật sư Hà Nội, Giám đốc Cty Luật TNHH Y)": the body the person belongs to, then the post after the comma
      const at = postAfterPersonDetail(text, toks, k);
      if (at > 0) k = at;
    }
    // "Trần Văn Quân (lúc đó là Chủ tịch xã X)", "Võ Nguyên Giáp, khi ấy là Phó Chủ tịch ...": the post held at the time of the story
    if (first && g !== Gap.Space && !toks[k].cap) {
      const at = matchAt(toks, k, AT_THE_TIME_TABLE);
      const then = at && (g === Gap.Paren || !namedAsKin(toks, k)) ? at : null;
      if (then && toks[k + then.len]?.gap === Gap.Space && toks[k + then.len].cap) k += then.len;
    }
    // "Mike Pence, trên cương vị là Chủ tịch Thượng viện Mỹ,": the capacity the person acts in, then the post
    const capacity = g !== Gap.Paren && !toks[k].cap ? matchAt(toks, k, CAPACITY_TABLE) : null;
    if (capacity && !(first && namedAsKin(toks, k))) {
      let q = k + capacity.len;
      if (toks[q]?.w === LA_ID && toks[q].gap === Gap.Space) q++;
      if (toks[q]?.gap === Gap.Space && toks[q].cap) k = q;
    }
    // "X, chuyên gia kinh tế, nguyên Viện trưởng ...": the person's occupation or field, then the post
    if (first && (g === Gap.Comma || g === Gap.Dash)) k = pastOccupation(toks, k);
    // "Michael Flynn, một cố vấn an ninh quốc gia": one of the posts' holders, the post without "một"
    const one = first && g === Gap.Comma && toks[k].w === MOT_ID ? pastIndefinite(toks, k) : k;
    // ("cô X, chủ nhiệm nhóm lớp mầm non Y cho biết": after a name told by its honorific, a post of two words or more
    // in lower case and its unit in lower case, read as after a capitalised bare post)
    const p = parsePosition(text, toks, one, false, true)
      ?? (cued !== Cue.None && cued !== Cue.FullName && first && !afterTheo && one === k && (g === Gap.Comma || g === Gap.Dash) && !toks[k].cap ? lowerPostWithUnit(text, toks, k, cued) : null);
    // (a bare post after "một" is left to the reading of its whole lower-case run)
    if (!p || (one !== k && p.position.organization === null)) break;
    if (postAndGivenNameSubject(text, toks, p)) break;
    // A post followed by a name belongs to that next person; a bare post followed by a verb is the next clause's subject.
    const after = toks[p.endTok];
    const nextName = after && after.gap === Gap.Space ? parseName(toks, text, p.endTok) : -1;
    const branded = withBrandRun(text, toks, p, nextName);
    if (branded) {
      p.position = branded;
      p.endTok = nextName;
    } else if (nextName === p.endTok + 1 && !startsHolderName(text, toks, p.endTok) && (nextName >= toks.length || toks[nextName].gap !== Gap.Space)) {
      // "bà X - Ủy viên HĐQT Vietcombank (...)": one closed word after the post is its company's brand
      const e = after.e;
      const orgAt = p.position.organization ? p.position.span[1] - p.position.organization.length : after.s;
      p.position = newPosition(p.position.title, text.slice(orgAt, e), text.slice(p.position.span[0], e), [p.position.span[0], e]);
      p.endTok = nextName;
    } else if (nextName === p.endTok + 2 && !isForeignNameWord(text, after) && !isForeignNameWord(text, toks[p.endTok + 1])
      // (the bound tested, not read past: a name closing the text deopted appositions out of bounds)
      && (nextName >= toks.length || toks[nextName].gap !== Gap.Space || !!predicateAt(toks, nextName))) {
      // "ông X, Trưởng thôn Giáp Trung, ...", "ông Y - Trưởng khoa Z Bệnh viện Bạch Mai cho hay": after a named
      // person, two Vietnamese syllables closed at once name the unit, not a second person
      const e = toks[nextName - 1].e;
      const orgAt = p.position.organization ? p.position.span[1] - p.position.organization.length : after.s;
      p.position = newPosition(p.position.title, text.slice(orgAt, e), text.slice(p.position.span[0], e), [p.position.span[0], e]);
      p.endTok = nextName;
    } else if (nextName > 0 && (startsHolderName(text, toks, p.endTok) || (isForeignNameWord(text, after) && !BUSINESS_POST_RE.test(foldedTitle(p.position.title))))) break;
    else if (after?.gap === Gap.Break && bracketedAcronymThenHolder(text, toks, p.endTok - 1)) break;
    // (a head that names its board, "Chủ tịch Hội đồng thành viên", stands alone)
    // (unless "và" and the next person of a list follow: "A, nguyên Giám đốc và B, nguyên Phó giám đốc ...")
    if (after && after.gap === Gap.Space && !after.cap && after.w !== KIEM_ID && p.position.organization === null && !LOWER_CASE_OK.has(foldedTitle(p.position.title))
      && !BOARD_HEAD_RE.test(foldedTitle(p.position.title)) && !(after.w === VA_ID && nextInList(text, toks, p.endTok + 1))) {
      // "ông X, Giám đốc trung tâm giới thiệu việc làm Đồng Nai, cho biết": after a name told by its honorific the
      // post is that person's, its unit read on in lower case to what closes it
      // (not after "Theo ông X,": there the post opens the next clause, "Theo ông Y, Tổng thống có quyền ...")
      const e = cued !== Cue.None && first && !afterTheo && (g === Gap.Comma || g === Gap.Dash) ? lowerUnitClosedEnd(text, toks, p.endTok)
        : first && g === Gap.Paren ? unitBeforeParentInBracket(text, toks, p.endTok) : -1;
      // (the verb at once after the bare post only when the name opens its clause: "về trường hợp ông X, Tổng bí thư cho hay" is not X's post)
      // (or when the verb gives the person a second post: "do trung tá X – Phó đội trưởng làm tổ trưởng")
      if (e < 0 || (e === p.endTok && g !== Gap.Paren && cued !== Cue.ClauseStart && !weakPredicateGivesPost(toks, e))) break;
      if (e > p.endTok) withBodyTo(text, toks, p, e);
    }
    // "Ngài X – Chủ tịch Hội Y, Tỉnh trưởng Tỉnh Nakhon Phanom cùng ...": a later post that names its place, read bare before
    // a capital (the place unread), is the next guest's of a list, not this person's
    if (!first && after && after.gap === Gap.Space && after.cap && p.position.organization === null && takesPlacePost(p.position.title)) break;
    // "ông Comey, nhà lãnh đạo Nga cho rằng": a leader named by a country and run on into a verb is the next clause's subject
    if (after && after.gap === Gap.Space && (p.position.title.endsWith('nhà lãnh đạo') || p.position.title.endsWith('Nhà lãnh đạo'))) break;
    // "Theo ông Putin, cựu giám đốc FBI giống với ...": after "Theo X," a lower-case post run on into a verb is the next clause's subject
    if (afterTheo && first && after && after.gap === Gap.Space && !after.cap && !after.num && after.w !== KIEM_ID && !matchAt(toks, p.endTok, REMIT_TABLE)
      && p.position.title === p.position.title.toLowerCase()) break;
    out.push(p.position);
    k = kiemPosts(text, toks, p.endTok, out, true);
    first = false;
    // a unit code after a dash: "Trưởng phòng An ninh điều tra - PA92"
    if (toks[k]?.gap === Gap.Dash && toks[k].acro) k++;
  }
  return k;
}

/** State posts named by a body or sector, never by a one-syllable unit: written with a given name alone ("Thứ trưởng Biên"). */
const GIVEN_NAME_POSTS = foldedSet(['bộ trưởng', 'thứ trưởng', 'chủ tịch', 'phó chủ tịch', 'bí thư', 'phó bí thư', 'tổng bí thư', 'thủ tướng', 'phó thủ tướng',
  'giám đốc', 'phó giám đốc', 'tổng giám đốc', 'chánh án', 'chủ nhiệm', 'tổng thống']);
const FORMER_PREFIX_RE = /^(?:nguyên|cựu) /;
/**
 * "ông X, nguyên Cục trưởng Cục NTBD, Thứ trưởng Biên cho hay": a post, then one capitalised Vietnamese syllable (no place, body
 * or acronym) and the verb, is someone named by post and given name, the next clause's subject; not X's post.
 */
function postAndGivenNameSubject(text: string, toks: Token[], p: ParsedPosition): boolean {
  const org = p.position.organization;
  if (org === null || org.includes(' ')) return false;
  const t = toks[p.endTok - 1];
  // (not a unit the post's own word names, "Trưởng khoa Sản", "trưởng xóm Kha", nor a body read before a term, "Chủ tịch VFF khóa V")
  return org.length === t.e - t.s && GIVEN_NAME_POSTS.has(foldedTitle(p.position.title).replace(FORMER_PREFIX_RE, '')) && t.cap && !t.acro && !t.num && toks[p.endTok - 2]?.gap === Gap.Space && !!predicateAt(toks, p.endTok) && !isForeignNameWord(text, t)
    && !matchAt(toks, p.endTok - 1, PLACE_TABLE) && !matchAt(toks, p.endTok - 1, ORG_TABLE) && !matchAt(toks, p.endTok - 1, SECTOR_TABLE);
}
const MAX_LOWER_UNIT_RUN = 10, MAX_PLAIN_UNIT_RUN = 5;
/**
 * How the name before an apposition was told: no honorific, an honorific, an honorific opening its clause, or no honorific
 * but a Vietnamese full name (see fullVietnameseName), which reads a capitalised post's unit as an honorific does, but
 * no post written in lower case.
 */
const enum Cue { None, Honorific, ClauseStart, FullName }
/**
 * "Lahur Talabany, chỉ huy lực lượng chống khủng bố ..., nói": a foreign full name opening its clause, with nothing
 * before it, tells a person as an honorific does (a Vietnamese name there may be a street's or a school's).
 */
/** The posts after such a subject (see foreignClauseSubject); none when the unit runs on past "ở"/"tại" (read by the foreign pass whole). */
function foreignSubjectPosts(text: string, toks: Token[], nameEnd: number, after: Position[]): number {
  const e = appositions(text, toks, nameEnd, after, false, false, Cue.ClauseStart);
  if (e === nameEnd || !(toks[e]?.gap === Gap.Space && (toks[e].w === TAI_ID || toks[e].w === O_ID))) return e;
  after.length = 0;
  return nameEnd;
}
const O_ID = lexiconWordId('ở');
function foreignClauseSubject(toks: Token[], i: number, foreignName: boolean, k: number, nameAt: number): boolean {
  return foreignName && k === i && nameAt === i && (i === 0 || toks[i].gap === Gap.Comma || toks[i].gap === Gap.Break);
}
/** Words that describe the holder rather than name a unit ("Tổng thống trẻ nhất", "Tổng thống tiền nhiệm"): nothing is read past them. */
const TENURE_OR_RANKING_IDS = idSet(['nhất', 'trẻ', 'tiền', 'đương', 'mới', 'cũ', 'kế', 'sắp']);
/**
 * After a bare post at k: a unit's name in lower case (capitalised places and brands inside it) read to the
 * punctuation, the person's verb or a word that ends a unit ("thuộc", "ở", "tại") that closes it. Returns its end
 * (k when the verb follows the post at once), or -1 when nothing closes it or a person's name is inside it.
 */
function lowerUnitClosedEnd(text: string, toks: Token[], k: number): number {
  let q = k;
  while (q < toks.length && q - k < MAX_LOWER_UNIT_RUN && toks[q].gap === Gap.Space && !endsLowerUnit(toks, q)) q++;
  const stop = toks[q];
  // (closed by punctuation, the person's verb, or the unit's parent or place; not by "của", "và", "các", a number
  // or a clause word: an owner, a second post or the clause follows, "Tổng Giám đốc góp 1,24% vốn", "Vụ trưởng các vấn đề ...")
  const verb = !!stop && stop.gap === Gap.Space && !stop.cap && !!predicateAt(toks, q);
  const closed = !stop || stop.gap !== Gap.Space || UNIT_PARENT_OR_PLACE_IDS.has(stop.w) || verb;
  if (!closed || (q > k && hasHolderInside(toks, k, q))) return -1;
  // (a long run only names a unit when it ends on its place or brand: "công ty chạy xe mô tô rất nhanh," and
  // "xóm trưởng nơi gia đình hai bé sinh sống cho biết" are the clause)
  if (q - k > MAX_PLAIN_UNIT_RUN && !(toks[q - 1].cap || toks[q - 1].acro)) return -1;
  // ("Giám đốc nhà máy ... ở Kang Hwa cho biết": where the unit is, in capitals, then what closes it; a place in
  // capitals not closed so is left unread, "giám đốc Viện X tại Trung tâm Woodrow Wilson")
  // ("tại" before lower case is a firm's or body's own name read elsewhere, "giám đốc chính sách tại quỹ ...": left unread)
  const at = q > k ? postedAt(toks, q) : -1;
  if (at < 0) return stop?.w === TAI_ID ? -1 : q;
  return !toks[at] || toks[at].gap !== Gap.Space || (!toks[at].cap && !!predicateAt(toks, at)) ? at : -1;
}
const UNIT_PARENT_OR_PLACE_IDS = idSet(['thuộc', 'tại', 'ở']);
/**
 * "Dương Minh Tâm (37 tuổi, nguyên Phó Chánh Thanh tra giao thông thuộc Sở GTVT TP Cần Thơ)": in brackets after a name,
 * a bare post and its unit in lower case up to "thuộc" are the person's post, cut at its parent unit. The end, or -1.
 */
function unitBeforeParentInBracket(text: string, toks: Token[], k: number): number {
  const e = lowerUnitClosedEnd(text, toks, k);
  return e >= 0 && toks[e]?.w === THUOC_ID && toks[e].gap === Gap.Space ? e : -1;
}
const TAI_ID = lexiconWordId('tại');
/** Token q ends a unit's lower-case name read after a bare post (see lowerUnitClosedEnd). */
function endsLowerUnit(toks: Token[], q: number): boolean {
  const t = toks[q];
  if (COMPANY_NAME_STOP_IDS.has(t.w) || t.w === CUA_ID || t.w === VA_ID || t.num || TENURE_OR_RANKING_IDS.has(t.w) || CLAUSE_TIME_IDS.has(t.w)) return true;
  // (a one-syllable predicate inside a noun goes on, "việc làm", "đăng ký"; not "làm" before a post, "làm trưởng đoàn")
  if (!t.cap && predicateAt(toks, q)) return !WEAK_PREDICATE_IDS.has(t.w) || (toks[q + 1]?.gap === Gap.Space && !!matchAt(toks, q + 1, POSITION_TABLE));
  return !!matchAt(toks, q, HONORIFIC_TABLE) || (t.cap && !!(matchAt(toks, q, POSITION_TABLE) || matchAt(toks, q, RANK_TABLE)));
}
/** "sau khi", "trước khi": the clause goes on. */
const CLAUSE_TIME_IDS = idSet(['sau', 'trước']);
/** A lower-case post of two words or more at k and its lower-case unit closed after it (see lowerUnitClosedEnd), or null. */
function lowerPostWithUnit(text: string, toks: Token[], k: number, cued: Cue): ParsedPosition | null {
  const m = matchAt(toks, k, POSITION_TABLE);
  if (!m || m.len < 2) return null;
  const head = k + m.len;
  const e = toks[head]?.gap === Gap.Space ? lowerUnitClosedEnd(text, toks, head) : -1;
  if (e < 0 || (e === head && cued !== Cue.ClauseStart)) return null;
  const s = toks[k].s, end = toks[e - 1].e;
  return { endTok: e, position: newPosition(text.slice(s, toks[head - 1].e), e > head ? text.slice(toks[head].s, end) : null, text.slice(s, end), [s, end]) };
}
/** The bare post p given the unit read from its end to token e. */
function withBodyTo(text: string, toks: Token[], p: ParsedPosition, e: number): void {
  const s = p.position.span[0], end = toks[e - 1].e;
  p.position = newPosition(p.position.title, text.slice(toks[p.endTok].s, end), text.slice(s, end), [s, end]);
  p.endTok = e;
}

/** A list's next person at k: a full name (or an honorific and a name), then a comma and a post. */
function nextInList(text: string, toks: Token[], k: number): boolean {
  const t = toks[k];
  if (!t || t.gap !== Gap.Space) return false;
  const hon = matchAt(toks, k, HONORIFIC_TABLE);
  const at = hon && toks[k + hon.len]?.gap === Gap.Space ? k + hon.len : k;
  if (!startsHolderName(text, toks, at)) return false;
  const e = parseName(toks, text, at);
  return toks[e]?.gap === Gap.Comma && !!(matchAt(toks, e, POSITION_TABLE) || matchAt(toks, e, PREFIX_TABLE));
}

/**
 * A post given by the verb after a name: "ông X làm Bộ trưởng Nội vụ", "X vừa đắc cử tổng thống Pháp",
 * "bà Y thuộc đảng Xã hội làm Bộ trưởng ...". Returns the token after the posts, or k.
 */
function predicatePosts(text: string, toks: Token[], k: number, out: Position[], titled: boolean, timed = false, afterNote = false): number {
  // "X, người từng là Bí thư ...", "X – người đang giữ vai trò Chủ tịch ...": the post in a relative clause after the name
  const relative = (toks[k]?.gap === Gap.Comma || toks[k]?.gap === Gap.Dash) && toks[k].w === NGUOI_ID && toks[k + 1]?.gap === Gap.Space;
  if (!toks[k] || !(relative || PREDICATE_FIRST_IDS.has(toks[k].w))) return k;
  let j = relative ? k + 1 : k;
  // the person's party between name and verb: "bà Y thuộc đảng Xã hội làm ...", "X, thuộc đảng Bảo thủ được làm ..."
  if (toks[j]?.w === THUOC_ID && (toks[j].gap === Gap.Space || toks[j].gap === Gap.Comma) && toks[j + 1]?.gap === Gap.Space && toks[j + 1].w === DANG_ID && toks[j + 2]?.cap) {
    let q = j + 3;
    while (q < toks.length && q - j < 6 && toks[q].gap === Gap.Space && !matchAt(toks, q, AUXILIARY_TABLE) && !matchAt(toks, q, GIVING_POST_TABLE)) q++;
    j = q;
  }
  // (after a bracketed note the verb's first word follows the closing bracket: "X (SN 1965) là ...")
  const spaced = (q: number) => toks[q]?.gap === Gap.Space || (afterNote && q === k);
  if (!spaced(j)) return k;
  let usedPastAux = false, holding = false;
  for (let guard = 0; guard < 3 && spaced(j); guard++) {
    const aux = matchAt(toks, j, AUXILIARY_TABLE);
    if (!aux) break;
    if (STILL_OR_NO_LONGER_IDS.has(toks[j].w)) usedPastAux = true;
    if (RELATIVE_HOLDING_IDS.has(toks[j].w)) holding = true;
    j += aux.len;
  }
  const passive = j > k && toks[j - 1].w === DUOC_ID;
  let verb = !spaced(j) ? null : matchAt(toks, j, GIVING_POST_TABLE) ?? (passive ? matchAt(toks, j, GIVING_POST_PASSIVE_TABLE) : null);
  // "chuyển lên Trung ương là Chủ tịch ...", "về Hà Nội làm ...": a move and where to, then the verb
  const move = !verb && toks[j]?.gap === Gap.Space ? matchAt(toks, j, MOVE_TABLE) : null;
  if (move) {
    let q = j + move.len;
    while (q < toks.length && q - j - move.len < MAX_DESTINATION_WORDS && toks[q].gap === Gap.Space && !matchAt(toks, q, GIVING_POST_TABLE)) q++;
    const v = toks[q]?.gap === Gap.Space && q > j + move.len ? matchAt(toks, q, GIVING_POST_TABLE) : null;
    if (v) { j = q; verb = v; }
  }
  if (!verb || toks[j + verb.len]?.gap !== Gap.Space) return k;
  // ("đảm nhận vai trò thư ký trường quay", "giữ vai trò quan trọng": after "vai trò" a part or a role; only a capitalised post is one)
  if (toks[j + verb.len - 1].w === VAI_TRO_ID && !toks[j + verb.len].cap) return k;
  // ("giữ cương vị Giám đốc": the verb's own "vị" is no plural classifier before the post, as "vị" in "các vị Giám đốc" is)
  const p = parsePosition(text, toks, j + verb.len, toks[j + verb.len - 1].f === 'vị', true, false, true);
  if (!p) return k;
  let n = toks[p.endTok];
  if (p.position.organization === null && n && n.gap === Gap.Space && n.cap && !n.acro && !startsFamilyName(toks, p.endTok) && !(isForeignNameWord(text, n) && isForeignNameWord(text, toks[p.endTok + 1]))) {
    // "làm Bộ trưởng Chuyển giao Sinh thái": a remit in sentence case, each word capitalised on its first syllable
    let q = p.endTok + 1;
    while (q < toks.length && q - p.endTok < 6 && toks[q].gap === Gap.Space && (toks[q].cap || toks[q - 1].cap) && !toks[q].num && !(toks[q - 1].cap && opensCircumstance(toks, q))
      && !(toks[q - 1].cap && !toks[q].cap && hasId(RUN_CLOSING_IDS, toks[q].w))
      && !startsFamilyName(toks, q) && !(isForeignNameWord(text, toks[q]) && isForeignNameWord(text, toks[q + 1]))) q++;
    const s = toks[p.endTok].s, e = toks[q - 1].e;
    p.position = newPosition(p.position.title, text.slice(s, e), text.slice(p.position.span[0], e), [p.position.span[0], e]);
    p.endTok = q;
    n = toks[q];
  }
  // "làm Giám đốc Sở Nguyễn Văn A": a name after the post is its holder, not ours
  if (n && n.gap === Gap.Space && parseName(toks, text, p.endTok) > 0) return k;
  // "do Thứ trưởng X làm chủ tịch (hội đồng kỷ luật)": a bare role beside a held post is a task, not a title
  // (an appointment is a title even so: "X được chỉ định làm Ngoại trưởng")
  const org = p.position.organization;
  const appointed = passive && !matchAt(toks, j, GIVING_POST_TABLE);
  if (titled && !appointed && (org === null || org[0] === org[0].toLowerCase())) return p.endTok;
  // "lớp do cô X làm chủ nhiệm": a class teacher; "siêu mẫu X là trưởng ban tuyển sinh": a bare lower-case role of an event
  if (org === null && (foldedTitle(p.position.title) === 'chủ nhiệm'
    || (p.position.title === p.position.title.toLowerCase() && !BUSINESS_POST_RE.test(foldedTitle(p.position.title))))) return k;
  // a post held no longer, or told by a move or a relative clause, tells who the person is, but is no title of the mention
  // (a bare lower-case post in the clause is cut short of its remit: "người sau đó trở thành giám đốc chiến dịch tranh cử")
  if (relative && holding && org === null && p.position.title === p.position.title.toLowerCase()) holding = false;
  // ("thời gian bà X làm Chủ tịch HĐQT", "sau khi ông Y trúng cử Tổng thống": a post the subject of a time clause takes, or held then)
  if (move || (relative && !appointed && !holding) || usedPastAux || LEAVING_IDS.has(toks[j].w) || timed) { predicateHeld = true; return p.endTok; }
  out.push(p.position);
  return kiemPosts(text, toks, p.endTok, out);
}

/** Lower-case words that close a capitalised run after a post given by a verb ("làm Giám đốc Nhà hát Tuổi Trẻ từ ngày 1/6"). */
const RUN_CLOSING_IDS = idFlags(['từ', 'thay', 'và', 'kể', 'vào', 'cho', 'với', 'đến', 'cùng', 'để', 'nhằm']);

/** Verbs whose object is appointed to a post: "bổ nhiệm ông X làm ...". */
const APPOINTING_TABLE = table(['bổ nhiệm', 'chỉ định', 'bầu', 'cử', 'đề cử', 'điều động', 'phân công', 'đề cử', 'đề bạt', 'bổ nhiệm lại', 'bầu lại']);
const AS_POST_TABLE = table(['làm', 'trở thành', 'giữ chức', 'giữ chức vụ', 'vào vị trí', 'vào chức', 'vào chức vụ', 'giữ cương vị', 'giữ vị trí']);
const MAX_APPOINTMENT_GAP = 6;

/** In a capitalised run longer than a name from `start`: the family name that opens a name closing the run, or -1. */
function holderInsideRun(text: string, toks: Token[], start: number, nameEnd: number): number {
  let runEnd = nameEnd;
  while (runEnd < toks.length && runEnd - start < 8 && toks[runEnd].gap === Gap.Space && toks[runEnd].cap && !toks[runEnd].num && !toks[runEnd].acro) runEnd++;
  if (toks[runEnd]?.gap === Gap.Space && toks[runEnd].cap) return -1;
  for (let m = start + 1; m <= runEnd - 2; m++) if (startsFamilyName(toks, m) && !MIDDLE_NAMES.has(toks[m].w) && parseName(toks, text, m) === runEnd) return m;
  return -1;
}

/** An appointing verb ends just before token i. */
function endsAppointingVerb(toks: Token[], i: number): boolean {
  for (let back = 1; back <= 3 && i - back >= 0; back++) if (matchAt(toks, i - back, APPOINTING_TABLE)?.len === back) return true;
  return false;
}

/** After an appointed person's name at k: a few lower-case words, "làm" and the post. Returns the token after it, or k. */
function appointedPost(text: string, toks: Token[], k: number, out: Position[]): number {
  let q = k;
  while (q < toks.length && q - k < MAX_APPOINTMENT_GAP && toks[q].gap === Gap.Space && !toks[q].num && !matchAt(toks, q, AS_POST_TABLE)) q++;
  const as = toks[q]?.gap === Gap.Space ? matchAt(toks, q, AS_POST_TABLE) : null;
  if (!as || toks[q + as.len]?.gap !== Gap.Space) return k;
  const p = parsePosition(text, toks, q + as.len, false, true, false, true);
  // ("làm Giám đốc Sở Nguyễn Văn A": a name after the post is its holder, not ours; a bare lower-case role is a task)
  if (!p || (toks[p.endTok]?.gap === Gap.Space && parseName(toks, text, p.endTok) > 0)) return k;
  if (p.position.organization === null && p.position.title === p.position.title.toLowerCase()) return k;
  out.push(p.position);
  return p.endTok;
}

/** Last words of a time clause's opener: "khi", "sau khi", "kể từ khi", "lúc", "thời gian", "thời điểm", "từ thời". */
const TIME_CLAUSE_LAST_IDS = idSet(['khi', 'lúc', 'gian', 'điểm', 'thời']);
const THOI_GIAN_FIRST_ID = lexiconWordId('thời');
/**
 * "trong quãng thời gian bà Thoa làm Chủ tịch HĐQT công ty", "sau khi ông Trump trúng cử Tổng thống": the mention at i is the
 * subject of a time clause, so a post its verb gives is the story's background, not a title of the mention (the golds keep the
 * person and leave the post out, as for a post held no longer).
 */
function timeClauseBefore(toks: Token[], i: number): boolean {
  const t = toks[i - 1];
  if (i < 1 || toks[i].gap !== Gap.Space || !TIME_CLAUSE_LAST_IDS.has(t.w)) return false;
  // ("thời gian", "thời điểm": the noun whole; "thời" alone after "từ": "từ thời ông X làm Bộ trưởng")
  if (t.f === 'gian' || t.f === 'điểm') return i > 1 && toks[i - 1].gap === Gap.Space && toks[i - 2].w === THOI_GIAN_FIRST_ID;
  if (t.f === 'thời') return i > 1 && toks[i - 1].gap === Gap.Space && toks[i - 2].f === 'từ';
  return true;
}

/** Set by predicatePosts when a predicate shows the person holds a post that is no title. */
let predicateHeld = false;

const ONE_WORD = { len: 1 };

/** "(Mỹ) " at token k: a country alone in brackets. Returns the token after ") ", or -1. */
function countryInBrackets(text: string, toks: Token[], k: number): number {
  const c = matchAt(toks, k, COUNTRY_TABLE);
  const after = c ? toks[k + c.len] : undefined;
  return after && after.gap === Gap.Break && text.slice(toks[k + c!.len - 1].e, after.s) === ') ' ? k + c!.len : -1;
}

/** After "(" at token k: the token after "), " when an honorific follows it, else -1. */
function pastBracketNote(text: string, toks: Token[], k: number): number {
  if (text.charCodeAt(toks[k].s - 1) === 41 || !text.slice(toks[k - 1].e, toks[k].s).includes('(')) return -1;
  for (let q = k + 1; q < toks.length && q - k < 30; q++) {
    const sep = text.slice(toks[q - 1].e, toks[q].s);
    if (sep.includes('(')) return -1;
    if (!sep.includes(')')) continue;
    // ("Người phát ngôn Ủy ban Bầu cử Quốc gia (NEC) ông Hang Puthea": no comma after a body's acronym alone)
    return closesBracketNote(text, toks, q) && matchAt(toks, q, HONORIFIC_TABLE) ? q : -1;
  }
  return -1;
}

/** Token k follows a bracketed note closed by "),", or a body's acronym closed by ")" alone ("(NEC) ông X"). */
function closesBracketNote(text: string, toks: Token[], k: number): boolean {
  const closed = text.slice(toks[k - 1].e, toks[k].s).replace(/[\s"”’]/g, '');
  return closed === '),' || (closed === ')' && toks[k - 1].acro && toks[k - 1].gap === Gap.Paren) || acronymBracketThenDash(toks, k, closed);
}

/** "Giám đốc điều hành của Hewlett-Packard (HP) - bà Meg Whitman": a body's acronym alone in brackets, closed and set off
 *  by a dash, closes the note as a comma would (the dash is the apposition's; the audit found the holder lost there). */
function acronymBracketThenDash(toks: Token[], k: number, closed: string): boolean {
  return (closed === ')-' || closed === ')–') && toks[k - 1].acro && toks[k - 1].gap === Gap.Paren;
}

/** "của Bộ Ngoại giao Mỹ (DOS), ông John Kirby": a body's acronym in brackets at q, then an honorific and a name. */
function bracketedAcronymThenHonorific(text: string, toks: Token[], q: number): boolean {
  const sep = closedAcronymBracketAt(text, toks, q);
  return (sep === ') ' || sep === '), ' || sep === ') - ' || sep === ') – ') && honorificNameAt(text, toks, q + 1);
}

/** At q a body's acronym alone in brackets: what closes it up to the next token ("" when q is no such bracket). */
function closedAcronymBracketAt(text: string, toks: Token[], q: number): string {
  const a = toks[q];
  if (!a || a.gap !== Gap.Paren || !a.acro || a.num || text.charCodeAt(a.e) !== 41 || !toks[q + 1]) return '';
  return text.slice(a.e, toks[q + 1].s);
}

/** "Dan Coats, người đứng đầu Cơ quan An ninh Quốc gia (NSA) Mike Rogers": the body's acronym in brackets at q, then at
 *  once a name: the post before it is that next person's, not the apposition of the name before. */
const bracketedAcronymThenHolder = (text: string, toks: Token[], q: number): boolean =>
  closedAcronymBracketAt(text, toks, q) === ') ' && startsHolderName(text, toks, q + 1);

/** A place's name of two words or more runs across token k from one or two words before it. */
function continuesPlaceName(toks: Token[], k: number): boolean {
  if ((toks[k - 1].k & PLACE_TABLE.bit) && (matchAt(toks, k - 1, PLACE_TABLE)?.len ?? 0) > 1) return true;
  return k > 1 && toks[k - 1].gap === Gap.Space && (toks[k - 2].k & PLACE_TABLE.bit) !== 0 && (matchAt(toks, k - 2, PLACE_TABLE)?.len ?? 0) > 2;
}

/** Token i continues a capitalised run opened by a level word: "quận Nam Từ Liêm". */
function insidePlaceName(toks: Token[], i: number): boolean {
  let q = i;
  while (q > 0 && i - q < 3 && toks[q].gap === Gap.Space && toks[q - 1].cap && !toks[q - 1].acro && !toks[q - 1].num) q--;
  return q < i && q > 0 && toks[q].gap === Gap.Space && !!matchAt(toks, q - 1, LEVEL_TABLE);
}

/** A post ends just before token k ("Ngoại trưởng" before "và"). */
function endsPost(toks: Token[], k: number): boolean {
  for (let back = 1; back <= 3 && k - back >= 0; back++) if (matchAt(toks, k - back, POSITION_TABLE)?.len === back) return true;
  return false;
}

const ALSO_TABLE = table(['đồng thời là', 'đồng thời', 'kiêm']);
/** A post's tenure written between it and its holder: "Bộ trưởng Quốc phòng sắp mãn nhiệm, X". */
const TENURE_TABLE = table(['sắp mãn nhiệm', 'mãn nhiệm', 'đương nhiệm', 'tiền nhiệm', 'kế nhiệm', 'mới', 'sắp mãn nhiệm',
  // when it was held: "Thủ tướng Ấn Độ lúc đó là ông X", "tổng thống Mỹ hiện nay, Donald Trump"
  'lúc đó', 'khi đó', 'lúc ấy', 'khi ấy', 'lúc bấy giờ', 'khi bấy giờ', 'bấy giờ', 'hiện nay', 'hiện tại', 'thời đó', 'thời điểm đó', 'thời ấy']);

/** After a post at k: its tenure, a comma and a holder's full name ("hiện nay, Donald Trump"). */
function heldAfterComma(text: string, toks: Token[], k: number): boolean {
  const tenure = toks[k]?.gap === Gap.Space ? matchAt(toks, k, TENURE_TABLE) : null;
  return !!tenure && toks[k + tenure.len]?.gap === Gap.Comma && startsHolderName(text, toks, k + tenure.len);
}

/** Descriptions after a name that make the person an official with no post written: ", một quan chức ...". */
const OFFICIAL_DESCRIPTION_TABLE = table(['quan chức', 'một quan chức', 'cựu quan chức', 'một cựu quan chức']);

/** The last word of a capacity before a post ("với vai trò", "trên cương vị", "với tư cách", "cương vị được giao như"). */
const CAPACITY_BEFORE_POST = idSet(['trò', 'vị', 'cách', 'như']);

/** Words before a name that make it the owner or the agent of what follows, not the verb's subject. */
const AGENT_OR_OWNER_BEFORE = new Set(['thời', 'của', 'được', 'bị'].map(lexiconWordId));

/** Words opening a bracket of a person's particulars in crime news: age, birth year, address. */
const PERSON_DETAIL_WORDS = idSet(['sinh', 'sn', 'trú', 'ngụ', 'quê', 'thường', 'địa']);

const YEAR_RE = /^(?:1[89]|20)\d\d$/;
function opensPersonDetail(text: string, toks: Token[], k: number): boolean {
  const t = toks[k];
  // (the years of birth and death, "X (1904 – 1997), nguyên Bộ trưởng ...", or of birth alone)
  if (t.num) return (toks[k + 1]?.gap === Gap.Space && toks[k + 1].f === 'tuổi') || YEAR_RE.test(text.slice(t.s, t.e));
  // (a photo's marker: "PGS-TS X (ảnh), Hiệu trưởng ...")
  return PERSON_DETAIL_WORDS.has(t.w) || (t.w === ANH_ID && text.charCodeAt(t.e) === 41) || (!t.cap && pictureSideNote(toks, k));
}

const PICTURE_SIDE_IDS = idSet(PICTURE_SIDE_WORDS);
/** Words of a caption's side note read for its side word ("ngoài cùng bên trái", "thứ hai từ phải sang"). */
const MAX_SIDE_NOTE_WORDS = 6;
/** The bracket opening at token k places a person in a photo: a side word among its first words, before any comma or close. */
function pictureSideNote(toks: Token[], k: number): boolean {
  for (let q = k; q < toks.length && q - k < MAX_SIDE_NOTE_WORDS && (q === k || toks[q].gap === Gap.Space); q++) if (PICTURE_SIDE_IDS.has(toks[q].w)) return true;
  return false;
}

/** Words of a bracket's particulars read to the post (an address may name four units: "Khu Tân Lập, Cẩm Thủy, Cẩm Phả, Quảng Ninh"). */
const MAX_PERSON_DETAIL_WORDS = 40;
/** The token where a post starts after a bracket of particulars: after a comma inside it, or after ") - ". Else -1. */
function postAfterPersonDetail(text: string, toks: Token[], k: number): number {
  for (let q = k + 1; q < toks.length && q - k < MAX_PERSON_DETAIL_WORDS; q++) {
    const g = toks[q].gap;
    // (a dash inside the bracket: "1904 – 1997", "quê Bà Rịa – Vũng Tàu")
    if (g === Gap.Space || g === Gap.Dash) continue;
    if (g === Gap.Comma) {
      if (matchAt(toks, q, POSITION_TABLE) || matchAt(toks, q, PREFIX_TABLE)) return q;
      continue;
    }
    if (g === Gap.Break) {
      // ("ngụ quận Ninh Kiều, TP. Cần Thơ) - Giám đốc ...": the full stop of a unit's abbreviation ends no sentence)
      if (abbreviationDot(text, toks[q - 1].e)) continue;
      const sep = text.slice(toks[q - 1].e, toks[q].s).replace(/\s+/g, '');
      // ("SN 1972, trú tại ...; Giám đốc Công ty X)": a semicolon inside the bracket too
      if ((sep === ')-' || sep === ')–' || sep === '),' || sep === ';') && (matchAt(toks, q, POSITION_TABLE) || matchAt(toks, q, PREFIX_TABLE))) return q;
      // ("X (SN 1989) là Phó giám đốc Công ty Y": the bracket closed, then "là" and the post, capitalised)
      if (sep === ')' && toks[q].w === LA_ID && toks[q + 1]?.gap === Gap.Space && toks[q + 1].cap
        && (matchAt(toks, q + 1, POSITION_TABLE) || matchAt(toks, q + 1, PREFIX_TABLE))) return q + 1;
    }
    return -1;
  }
  return -1;
}

/** Seats of elected members, written bare before the name. */
const SEAT_TITLES = foldedSet(['đại biểu', 'đb', 'đbqh', 'nghị sĩ', 'nghị sỹ', 'thượng nghị sĩ', 'thượng nghị sỹ', 'hạ nghị sĩ', 'hạ nghị sỹ']);
/** (a seat named with its party only is still bare: "nghị sĩ Cộng hòa X, Chủ tịch Ủy ban ...") */
const SEAT_PARTIES = foldedSet(['Cộng hòa', 'Dân chủ']);
/** A seat bare, or with its party or Vietnamese assembly ("đại biểu Quốc hội", "đại biểu HĐND"): its holder's other post may follow a comma. */
const SEAT_ASSEMBLY_RE = /^(?:quốc hội|qh|hđnd|hội đồng nhân dân|đảng )/;
const isSeat = (p: Position) => SEAT_TITLES.has(foldedTitle(p.title)) && (p.organization === null || SEAT_PARTIES.has(foldedTitle(p.organization)) || SEAT_ASSEMBLY_RE.test(foldedTitle(p.organization)));
const MAX_SEAT_NOTE_WORDS = 5;

/**
 * After a seat's holder at the bracket k ("Đại biểu X (Khánh Hòa), Phó Chủ nhiệm Ủy ban ..."): a short note closed by
 * "), ", then the holder's post, closed by punctuation or (with a body of two words or more) run on into the verb.
 */
function postAfterSeatNote(text: string, toks: Token[], k: number, after: Position[], appEnd: number): number {
  let q = k + 1;
  while (q < toks.length && q - k <= MAX_SEAT_NOTE_WORDS && toks[q].gap === Gap.Space) q++;
  const t = toks[q];
  if (!t || q - k > MAX_SEAT_NOTE_WORDS || !t.cap || t.s - toks[q - 1].e !== 3 || text.charCodeAt(t.s - 3) !== 41 || text.charCodeAt(t.s - 2) !== 44) return appEnd;
  const p = closedPostAt(text, toks, q, false);
  if (!p) return appEnd;
  after.push(p.position);
  return p.endTok;
}
/**
 * The post naming its body that starts at token q and is closed: by the bracket it sits in (`inBracket`), or by
 * punctuation, or (with a body of two words or more) run on into the verb. Null otherwise.
 */
function closedPostAt(text: string, toks: Token[], q: number, inBracket: boolean) {
  const p = parsePosition(text, toks, q, false, true);
  if (!p || p.position.organization === null || p.nameAfterBracket) return null;
  const n = toks[p.endTok];
  const closed = inBracket
    ? !n || n.gap === Gap.Paren || n.gap === Gap.Break || text.charCodeAt(n.s - 1) === 41 || text.slice(toks[p.endTok - 1].e, n.s).includes(')')
    : !n || n.gap !== Gap.Space || (p.position.organization.includes(' ') && !n.cap && !!predicateAt(toks, p.endTok));
  return closed ? p : null;
}
/**
 * "Đại biểu X (Bí thư Tỉnh ủy Sóc Trăng) đề nghị", "Thứ trưởng Bộ Y tế X (Trưởng ban Chỉ đạo Y) cho biết", "ĐBQH X - Chủ
 * tịch HĐQT Ngân hàng Y cho rằng": after a post's holder, a post naming its body in brackets or after a dash is the same
 * person's (closed by the bracket, punctuation or the verb; a name after it is the next person's).
 */
function postAfterHolder(text: string, toks: Token[], k: number, after: Position[], appEnd: number): number {
  const t = toks[k];
  if (!t.cap || (t.gap === Gap.Paren && text.charCodeAt(t.s - 1) !== 40)) return appEnd;
  const p = closedPostAt(text, toks, k, t.gap === Gap.Paren) ?? (t.gap === Gap.Dash ? dashedPostRunOn(text, toks, k) : null);
  if (!p) return appEnd;
  after.push(p.position);
  return p.endTok;
}
/**
 * "Phó Thủ tướng X - Trưởng ban Chỉ đạo 389 quốc gia biểu dương", "đại biểu Quốc hội Y - Phó Trưởng đoàn ĐBQH tỉnh Đắk Lắk
 * về việc": after a titled holder and a dash, a post naming its body and run on into lower-case words is still the
 * holder's (closedPostAt wants a predicate it knows); a capital after it is the next holder's name.
 */
function dashedPostRunOn(text: string, toks: Token[], q: number): ParsedPosition | null {
  const p = parsePosition(text, toks, q, false, true);
  if (!p || p.position.organization === null) return null;
  const n = toks[p.endTok];
  // (only a body closed by a capitalised word, "Quốc gia" too: "Ban chỉ đạo | kỳ thi ...", "Ủy ban | các vấn đề xã hội", "Trung ương | về cải cách ..." were read short)
  return n && n.gap === Gap.Space && !n.cap && (toks[p.endTok - 1].cap || toks[p.endTok - 2].cap) && !BODY_RUNS_ON_IDS.has(n.w) && (n.w !== VE_ID || toks[p.endTok + 1]?.w === VIEC_ID) ? p : null;
}
const BODY_RUNS_ON_IDS = idSet(['các', 'và', 'của', 'những']);
const VIEC_ID = lexiconWordId('việc');
const isBareSeat = (p: Position) => (p.organization === null || SEAT_PARTIES.has(foldedTitle(p.organization))) && SEAT_TITLES.has(foldedTitle(p.title));

const TUONG_ID = lexiconWordId('tướng');
/** Words that "tướng" ends in lower case (prime minister, grades, a football coach called a general, the plural, chess: "cờ tướng"): no bare general follows. */
const TUONG_COMPOUND_IDS = idSet(['thủ', 'chủ', 'vị', 'các', 'những', 'nhiều', 'hai', 'ba', 'danh', 'dũng', 'tể', 'nữ', 'mãnh', 'lão', 'hổ', 'chân', 'thay', 'tiểu',
  'đại', 'trung', 'thiếu', 'thượng', 'chuẩn', 'thống', 'phó', 'tướng', 'cựu', 'viên', 'tân', 'làm', 'lên', 'phong', 'tá', 'bộ', 'kiện', 'nguyên', 'ông', 'cố', 'cờ']);
/** Degrees and honours written before a name ("PGS.TS Lưu Trang, Phó Hiệu trưởng", "NSND Thúy Mùi - Giám đốc Nhà hát"):
 * like an honorific, they show a person's name follows; alone they make no official. */
const PERSON_CUES: readonly string[] = [
  'tiến sĩ', 'tiến sỹ', 'ts', 'ts.', 'tskh', 'pgs', 'gs', 'ths', 'thạc sĩ', 'thạc sỹ',
  'giáo sư', 'phó giáo sư', 'nsnd', 'nsưt', 'nghệ sĩ nhân dân', 'nghệ sĩ ưu tú', 'nhà giáo ưu tú', 'nhà giáo nhân dân', 'ngnd', 'ngưt',
  'bs', 'bác sĩ', 'bác sỹ', 'kỹ sư', 'ks', 'nhà báo', 'luật sư', 'ls', 'bs.ckii', 'bs.cki', 'ds', 'dược sĩ',
  // (chained: "TS.BS", "PGS-TS-BS")
  ...DEGREE_CHAINS,
  // (writers, artists and the like: "Nhà thơ Hữu Thỉnh, Chủ tịch Hội Nhà văn Việt Nam")
  ...OCCUPATION_CUES,
];
const PERSON_CUE_TABLE = phraseTable(PERSON_CUES.map((x) => [x, true] as [string, boolean]), false);
const PERSON_CUE_FIRST = idFlags(PERSON_CUES.map((x) => x.split(' ')[0]));
/** First words that open a mention without a rank, post or honorific bit: degrees and a bare "Tướng" (one array read per word). */
const OTHER_START = idFlags([...PERSON_CUES.map((x) => x.split(' ')[0]), 'tướng']);
const BARE_GENERAL = { len: 1 };
/** "Tướng Joseph Dunford", "tướng James Mattis": a general named without his grade, before a full name (not the end of
 * "Thủ Tướng"; in lower case not the end of a compound either: "thủ tướng", "vị tướng", "thay tướng"). */
function bareGeneralAt(text: string, toks: Token[], k: number): { len: number } | null {
  const t = toks[k];
  if (!t || t.w !== TUONG_ID || (k > 0 && t.gap === Gap.Space && (toks[k - 1].cap || (!t.cap && TUONG_COMPOUND_IDS.has(toks[k - 1].w))))) return null;
  // ("tướng Khieu Sopheak", "Tướng Myat Min Oo": a romanised name whose words the foreign-word test does not know)
  // ("tướng không quân Mỹ Matt Isler": a service and the general's country before the name)
  return toks[k + 1]?.gap === Gap.Space && (startsHolderName(text, toks, k + 1) || startsRomanisedName(text, toks, k + 1) || generalOfServiceAt(text, toks, k + 1)) ? BARE_GENERAL : null;
}

/**
 * "Trung tướng Mỹ Richard Clark", "Thượng tướng Trung Quốc Phòng Phong Huy": the officer's country between rank and
 * name; its length, or 0. (A one-word country only before a foreign name: "Đại tá Anh Tuấn", "Thiếu tá Đức Anh" are names.)
 */
function officerCountryLen(text: string, toks: Token[], k: number): number {
  const t = toks[k];
  if (!t || t.gap !== Gap.Space || !t.cap) return 0;
  const c = matchAt(toks, k, COUNTRY_TABLE);
  const n = c ? toks[k + c.len] : undefined;
  if (!n || n.gap !== Gap.Space || parseName(toks, text, k + c!.len) < k + c!.len + 2) return 0;
  return c!.len > 1 || (isForeignNameWord(text, n) && isForeignNameWord(text, toks[k + c!.len + 1])) ? c!.len : 0;
}

// (no token bit: a rare table, and a bit taken here would shift the bits of the tables built after it)
const ARMY_TABLE = phraseTable([['Quân đội', true]] as [string, boolean][], false);
/**
 * "Trung tướng Lục quân Mỹ Stephen Townsend", "Tướng quân đội Mỹ Mark Herling": a service (or the army) between the rank
 * and the officer's country and name; its length, or 0. (The service alone before the name is read by postsBeforeName.)
 */
function serviceOfCountryLen(text: string, toks: Token[], k: number, svc: { len: number } | null): number {
  const len = svc ? svc.len : k < toks.length && toks[k].gap === Gap.Space ? matchAt(toks, k, ARMY_TABLE)?.len ?? 0 : 0;
  return len > 0 && officerCountryLen(text, toks, k + len) > 0 ? len : 0;
}

function generalOfServiceAt(text: string, toks: Token[], k: number): boolean {
  return serviceOfCountryLen(text, toks, k, matchAt(toks, k, SERVICE_TABLE)) > 0;
}

/** Armed services written between an officer's rank and name. */
// (and a police force or a career soldier's status: "Thiếu tá Cảnh sát giao thông X", "Thiếu tá QNCN X")
const SERVICE_TABLE = table(['Hải quân', 'Không quân', 'Lục quân', 'Thủy quân lục chiến', 'Lục chiến', 'QNCN', 'Cảnh sát giao thông', 'CSGT',
  'Cảnh sát cơ động', 'CSCĐ', 'Biên phòng', 'Bộ đội Biên phòng']);

/** "Hiệu phó kiêm quản lý trường X": posts joined by "kiêm", each a title. Returns the token after them. */
function kiemPosts(text: string, toks: Token[], k: number, out: Position[], afterName = false): number {
  // (a comma may set the joined post off: "Phó giám đốc Sở X, kiêm Chủ tịch Hội Y")
  while (toks[k]?.w === KIEM_ID && (toks[k].gap === Gap.Space || toks[k].gap === Gap.Comma) && toks[k + 1]?.gap === Gap.Space) {
    const p = parsePosition(text, toks, k + 1, false, true, true);
    if (!p) break;
    // "ông X, Phó tổng giám đốc Viettel kiêm Tổng giám đốc Viettel Telecom, ...": after the holder's name, as for the first post
    const after = toks[p.endTok];
    const brandEnd = afterName && after && after.gap === Gap.Space && p.position.organization === null ? parseName(toks, text, p.endTok) : -1;
    const branded = withBrandRun(text, toks, p, brandEnd);
    if (branded) {
      p.position = branded;
      p.endTok = brandEnd;
    }
    out.push(p.position);
    k = p.endTok;
  }
  return k;
}

/**
 * After "Post:" a list of names, each maybe with its own posts after a dash, separated by ";", ","
 * or "và": every name holds the post. Returns the token after the list, or -1.
 */
function colonList(text: string, toks: Token[], k: number, posts: Position[], out: Candidate[], plural = false): number {
  const t = toks[k];
  if (!t || t.gap !== Gap.Break || text.slice(toks[k - 1].e, t.s).trim() !== ':') return -1;
  // "các đồng chí Ủy viên Bộ Chính trị: Thủ tướng A; Thượng tướng B, Post": members listed by their other posts too
  const members = plural && posts.length === 1 && MEMBER_RE.test(foldedTitle(posts[0].text));
  let last = -1;
  // (members parted by commas, then a semicolon: the semicolon closes the members' group, "A, B; Post C; lãnh đạo ...")
  let itemSep = '';
  for (let guard = 0; guard < (members ? 16 : 8); guard++) {
    const at = k;
    const e = parseName(toks, text, at);
    const nameFirst = e >= at + 2 && (startsFamilyName(toks, at) || isForeignNameWord(text, toks[at]) && isForeignNameWord(text, toks[at + 1]));
    if (members && !nameFirst) {
      const item = memberItem(text, toks, at, posts[0], out);
      if (item < 0) break;
      last = item;
      const n = toks[item];
      if (!n) break;
      const sep = text.slice(toks[item - 1].e, n.s).trim();
      if (itemSep === ',' && sep === ';') break;
      if (sep === ';' || sep === ',') { k = item; itemSep ||= sep; }
      else if (n.w === VA_ID && n.gap === Gap.Space) k = item + 1;
      else break;
      continue;
    }
    if (!nameFirst) break;
    const after: Position[] = [];
    const end = appositions(text, toks, e, after);
    out.push({ nameStart: at, nameEnd: e, rank: null, positions: [...posts, ...after], titled: true, businessPost: false });
    last = end;
    const n = toks[end];
    if (!n) break;
    const sep = text.slice(toks[end - 1].e, n.s).trim();
    if (members && itemSep === ',' && sep === ';') break;
    if (sep === ';' || sep === ',') { k = end; itemSep ||= sep; }
    else if (n.f === 'và' && n.gap === Gap.Space) k = end + 1;
    else break;
  }
  return last;
}

const MEMBER_RE = /^(?:ủy|uỷ) viên /;

/** The post read from i is plural: "các Ủy viên ...", "các đồng chí Ủy viên ...". */
function pluralHead(toks: Token[], i: number): boolean {
  if (i === 0) return false;
  if (hasId(PLURAL, toks[i - 1].w)) return true;
  return i > 2 && toks[i - 1].f === 'chí' && toks[i - 2].w === DONG_ID && hasId(PLURAL, toks[i - 3].w);
}

/**
 * An item of a members' list led by a rank or post ("Thủ tướng Chính phủ A", "Thượng tướng B, Post") or a plural post
 * ("các Phó Thủ tướng: A, B"): its people hold the shared membership too. Returns the token after it, or -1
 * (a list of other members, "các đồng chí Ủy viên T.Ư Đảng: ...", is a list of its own).
 */
function memberItem(text: string, toks: Token[], at: number, member: Position, out: Candidate[]): number {
  const t = toks[at];
  if (!t || !(t.k & START_BITS) && !hasId(PLURAL, t.w)) return -1;
  const from = out.length;
  let end: number;
  if (hasId(PLURAL, t.w)) {
    const post = toks[at + 1];
    if (!post || post.gap !== Gap.Space || !post.cap || !(post.k & (POSITION_TABLE.bit | PREFIX_TABLE.bit)) || MEMBER_RE.test(foldedTitle(text.slice(post.s, toks[at + 2]?.e ?? post.e)) + ' ')) return -1;
    end = pluralPostAt(text, toks, at + 1, out);
  } else {
    if (!t.cap) return -1;
    end = candidateFrom(text, toks, at, false, out);
  }
  if (out.length === from || end <= at) return -1;
  for (let c = from; c < out.length; c++) if (out[c].titled) out[c].positions.unshift(member);
  return end;
}

/**
 * "theo Koji Takayanagi – Chủ tịch FamilyMart", "Theo Ben Feuer, chủ tịch Nhóm luật ...": after "theo" a foreign name set off
 * by a comma or a dash, then a post, is the source person, not a paper ("Theo The Japan Times, Bộ trưởng ..." keeps "The" out;
 * a post with a one-word name right after it, "Theo Diario Gol, chủ tịch Perez", names Perez).
 */
function sourcePersonAt(toks: Token[], i: number): boolean {
  if (toks[i - 1].w !== THEO_ID || toks[i].w === THE_ID) return false;
  let k = i + 1;
  while (k < toks.length && k < i + MAX_NAME_TOKENS && toks[k].gap === Gap.Space && toks[k].cap) k++;
  const post = toks[k];
  if (!post || (post.gap !== Gap.Comma && post.gap !== Gap.Dash) || !(post.k & (POSITION_TABLE.bit | PREFIX_TABLE.bit))) return false;
  const m = matchAt(toks, k, POSITION_TABLE) ?? matchAt(toks, k, PREFIX_TABLE);
  if (!m) return false;
  const after = toks[k + m.len];
  // ("chủ tịch Perez đã chọn": a capitalised word alone after a lower-case post is its holder)
  return !(after && after.gap === Gap.Space && after.cap && !post.cap && !(toks[k + m.len + 1]?.gap === Gap.Space && toks[k + m.len + 1].cap));
}
const THE_ID = lexiconWordId('the');

/** Words before a newspaper or channel's name ("theo The Japan Times"): what follows is no person. */
const MEDIA_CUES = idSet(['the', 'theo', 'báo', 'tờ', 'hãng', 'kênh', 'đài', 'tạp', 'chí', 'trang']);

/** Words for a ship before its name: "tàu sân bay Đô đốc Kuznetsov", "chiến hạm Đô đốc Makarov". */
const SHIP_TABLE = table(['tàu', 'tàu sân bay', 'tàu khu trục', 'tàu tuần dương', 'tàu ngầm', 'chiến hạm', 'soái hạm', 'khu trục hạm', 'tuần dương hạm', 'hàng không mẫu hạm']);
const SHIP_WORDS = new Set(['tàu', 'hạm', 'bay', 'trục', 'dương', 'ngầm']);

/** The rank at token i is part of a ship's name: a ship word just before it, or a ship word then a dash. */
function isShipName(text: string, toks: Token[], i: number): boolean {
  if (i === 0) return false;
  if (toks[i].gap === Gap.Space) return SHIP_WORDS.has(toks[i - 1].f) && (toks[i - 1].f === 'tàu' || !!matchAt(toks, i - 2, SHIP_TABLE) || !!matchAt(toks, i - 3, SHIP_TABLE) || !!matchAt(toks, i - 1, SHIP_TABLE))
    || shipBeforeRank(text, toks, i);
  // "tàu sân bay duy nhất của Nga – Đô đốc Kuznetsov"
  if (toks[i].gap !== Gap.Dash) return shipBeforeRank(text, toks, i);
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) if (matchAt(toks, k, SHIP_TABLE)) return true;
  return false;
}

/**
 * The rare shapes of a ship's name (see isShipName): quoted ("chiến hạm “Đô đốc Essen”"), after a lower-case word or two
 * of its class ("tàu khu trục nhỏ Đô đốc Essen", "tàu khu trục sân bay Đô đốc Kuznetsov"), or the second of two ships
 * ("tàu khu trục Đô đốc Essen và Đô đốc Grigorovich"). Not across a word that makes the officer someone aboard ("tàu của").
 */
function shipBeforeRank(text: string, toks: Token[], i: number): boolean {
  // (a quote is no token: the rank's gap is then a break, the quote alone between the words)
  const quoted = toks[i].gap === Gap.Break && toks[i].s - toks[i - 1].e === 2 && QUOTE_CHARS.includes(text[toks[i].s - 1]);
  if (toks[i].gap !== Gap.Space && !quoted) return false;
  // "Đô đốc Essen và Đô đốc Grigorovich" after a ship's word: the second ship
  if (i > 2 && toks[i - 1].w === VA_ID && toks[i - 2].cap && isShipName(text, toks, rankStartBefore(toks, i - 1))) return true;
  // (the class's words, then at most two more: "nhỏ", "sân bay")
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const t = toks[k];
    const m = matchAt(toks, k, SHIP_TABLE);
    if (m && k + m.len >= i - 2) return true;
    if (t.cap || SHIP_GAP_STOP_IDS.has(t.w) || t.gap !== Gap.Space) return false;
  }
  return false;
}
const QUOTE_CHARS = '"“\'‘';
/** The first token of the rank and name that end right before token e ("Đô đốc Essen" before "và"), or e. */
function rankStartBefore(toks: Token[], e: number): number {
  for (let k = e - 2; k >= 0 && k >= e - 4; k--) if (matchAt(toks, k, RANK_TABLE)) return k;
  return e;
}
const SHIP_GAP_STOP_IDS = idSet(['của', 'do', 'cho', 'với', 'và', 'là', 'chở', 'trên', 'thuộc', 'cùng', 'có', 'tại', 'ở', 'từ', 'mà', 'được', 'bị', 'lên', 'xuống', 'rời']);

/** Tokens of the current document that are a count word after a comma (", hai cựu Bộ trưởng"): where listAppositions looks. */
const countCommas: number[] = [];

/** Names of ships met in the current document (a later "ông Kuznetsov" is then no official either). */
const shipNames = new Set<string>();

function findCandidates(ctx: ExtractContext): Candidate[] {
  // (cleared whether empty or not: a guarded clear first met in optimised code deopted findCandidates, twice a run)
  shipNames.clear();
  bracketBodies.clear();
  const { toks } = analyse(ctx);
  if (nameCache.length < toks.length) nameCache = new Int32Array(toks.length * 2);
  nameCache.fill(-2, 0, toks.length);
  const text = ctx.text;
  const out: Candidate[] = [];
  countCommas.length = 0;
  // (most documents that name no official have no word a title is read from: every name in them stays untitled)
  if (!titleWordIn(toks)) return out;
  let countScan = 0;
  let i = 0;
  const n = toks.length;
  for (;;) {
    // (listAppositions' commas, gathered in this pass rather than by a second one over every word)
    // (the last words too, by this same loop: a separate tail loop ran too rarely to have type feedback and deopted findCandidates)
    const scanTo = i < n ? i : n;
    for (; countScan < scanTo; countScan++) if (toks[countScan].gap === Gap.Comma && hasId(COUNT_IDS, toks[countScan].w)) countCommas.push(countScan);
    if (i >= n) break;
    // most words are lower-case and open nothing: a tight loop over them, each word read once, before any lookup
    let t = toks[i];
    for (;;) {
      if (t.gap === Gap.Comma && i >= countScan && hasId(COUNT_IDS, t.w)) countCommas.push(i);
      if (t.k & START_BITS || (t.cap && mayOpenCapitalised(text, toks, i, t)) || ++i === n) break;
      t = toks[i];
    }
    if (countScan <= i) countScan = i + 1;
    if (i === n) break;
    i = candidateAt(text, toks, i, out);
  }
  listAppositions(text, toks, out);
  return out;
}


const CAP_ID = lexiconWordId('cấp');
const NHIEM_ID = lexiconWordId('nhiệm'), SUCCESSION_IDS = idSet(['tiền', 'kế']);
/** First words of every table a title is read from, and "tướng", "cấp", "nhiệm" (see titleWordAt): one array read per word. */
const TITLE_FIRST_WORDS = (() => {
  const tables = [POSITION_TABLE, RANK_TABLE, KIEM_TABLE, OFFICIAL_DESCRIPTION_TABLE];
  const flags = new Uint8Array(Math.max(TUONG_ID, CAP_ID, NHIEM_ID, ...tables.map((x) => x.starts.length)) + 1);
  for (const x of tables) for (let w = 0; w < x.starts.length; w++) if (x.starts[w] >= 0) flags[w] = 1;
  flags[TUONG_ID] = flags[CAP_ID] = flags[NHIEM_ID] = 1;
  return flags;
})();
/**
 * Whether any word opens what makes a candidate titled (titleWordAt). Without one every name stays untitled and
 * extractOfficials makes no person (see someTitled): about half the documents, whose names are then not read at all.
 */
function titleWordIn(toks: Token[]): boolean {
  for (let i = 0; i < toks.length; i++) if (hasId(TITLE_FIRST_WORDS, toks[i].w) && titleWordAt(toks, i)) return true;
  return false;
}
/**
 * Token i opens what makes a candidate titled: a rank or bare "tướng" (postsBeforeName), a post (parsePosition matches
 * POSITION_TABLE, or KIEM_TABLE after "kiêm"), an official described ("quan chức") or a counterpart ("người đồng cấp",
 * "người tiền nhiệm": counterpartAt).
 */
function titleWordAt(toks: Token[], i: number): boolean {
  const w = toks[i].w;
  if (w === TUONG_ID || matchAt(toks, i, POSITION_TABLE) || matchAt(toks, i, RANK_TABLE) || matchAt(toks, i, KIEM_TABLE) || matchAt(toks, i, OFFICIAL_DESCRIPTION_TABLE)) return true;
  return i > 0 && (w === CAP_ID || w === NHIEM_ID) && (toks[i - 1].w === DONG_ID || SUCCESSION_IDS.has(toks[i - 1].w));
}

/**
 * A capitalised word with no title bits opens a candidate only as a family or foreign name, a person cue or "tướng",
 * or after "tướng" or a counterpart's words ("đồng cấp", "đồng nhiệm phía"): every other one (most place and body words) candidateAt passes over, so the scan does.
 */
function mayOpenCapitalised(text: string, toks: Token[], i: number, t: Token): boolean {
  if (isFamilyWord(t) || hasId(OTHER_START, t.w) || isForeignNameWord(text, t) || koreanNameAt(text, toks, i)) return true;
  const w = i > 0 ? toks[i - 1].w : -1;
  return w === TUONG_ID || COUNTERPART_TRIGGER_IDS.has(w) || (hasId(PERSON_CUE_LAST, w) && lowerCueBefore(toks, i));
}

/** The lower-case cue before i follows "về" (about): "Nói thêm về nghệ sĩ X, người đứng đầu Nhà hát ... chia sẻ" (the post opens the next clause;
 * after "với" it is the person's: "trao đổi với nghệ sĩ X, nguyên giám đốc Nhà hát ..."). */
function cueAddressed(toks: Token[], i: number): boolean {
  for (let len = 1; len <= 2; len++) {
    const a = i - len;
    if (a > 0 && matchAt(toks, a, PERSON_CUE_TABLE)?.len === len) return toks[a].gap === Gap.Space && toks[a - 1].w === VE_ID;
  }
  return false;
}
const ASIAN_FAMILY_FIRST = idFlags(ASIAN_FAMILY_NAMES);
const HYPHENED_SYLLABLES_RE = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
/**
 * "Lee Byong-ho – lãnh đạo NIS", "Moon Sang-gyun, người phát ngôn": a romanised Korean family name that spells a Vietnamese
 * syllable too ("Lee", "Moon", "Song"), then a given name of two syllables joined by a hyphen, is a foreign name.
 */
function koreanNameAt(text: string, toks: Token[], i: number): boolean {
  const n = toks[i + 1];
  return hasId(ASIAN_FAMILY_FIRST, toks[i].w) && !!n && n.gap === Gap.Space && n.cap && !n.acro && HYPHENED_SYLLABLES_RE.test(text.slice(n.s, n.e));
}
/** Last words of the person cues: where lowerCueBefore looks back. */
const PERSON_CUE_LAST = idFlags(PERSON_CUES.map((x) => x.split(' ').pop()!));
/**
 * "bác sĩ Hạ Bá Chân, Giám đốc Bệnh viện ...", "nhạc sĩ Phó Đức Phương, giám đốc Trung tâm ...": a degree or occupation
 * in lower case right before the capitalised word at i shows a name opens there, one with a rarer family name or a pen name
 * too (the post after it, read as for any name, makes the official; the cue alone makes none).
 */
function lowerCueBefore(toks: Token[], i: number): boolean {
  if (toks[i].gap !== Gap.Space || toks[i].acro) return false;
  for (let len = 1; len <= 2 && i - len >= 0; len++) {
    const a = i - len;
    if (toks[a].cap || (len > 1 && toks[a + 1].gap !== Gap.Space)) return false;
    if (matchAt(toks, a, PERSON_CUE_TABLE)?.len === len) return true;
  }
  return false;
}

/**
 * "lãnh đạo Kim Jong-un": the bare word for a leader, with no body, right before a foreign full name (a place or body there
 * is the post's own: "lãnh đạo Triều Tiên Kim Jong-un"; a Vietnamese name after it is left as before).
 */
function leaderBeforeForeignName(text: string, toks: Token[], k: number): boolean {
  const n = toks[k];
  if (!n || n.gap !== Gap.Space || !n.cap || matchAt(toks, k, PLACE_TABLE) || matchAt(toks, k, ORG_TABLE)) return false;
  const e = parseName(toks, text, k);
  if (e < k + 2 || !(isForeignNameWord(text, n) || isForeignNameWord(text, toks[k + 1]))) return false;
  // (a person's first word, not a club's or firm's: "lãnh đạo Aston Villa", "lãnh đạo Exxon Mobil" are their boards)
  return LEADER_NAME_FIRST.has(text.slice(n.s, n.e).toLowerCase());
}
const LEADER_NAME_FIRST = new Set([...COMMON_GIVEN_NAMES, ...ASIAN_FAMILY_NAMES]);

/** A plural post at i and the people who hold it; returns where reading goes on, or -1 when no post opens there. */
function pluralPostAt(text: string, toks: Token[], i: number, out: Candidate[]): number {
  const plural = parsePosition(text, toks, i, true);
  if (!plural) return -1;
  const e = plural.endTok;
  // "các Phó Tổng Giám đốc Oceanbank gồm A, B": the holders' list after "gồm", as after a count
  if (toks[e]?.w === GOM_ID || toks[e]?.w === BAO_ID) return Math.max(countedPostList(text, toks, i, out), i + 1);
  let next = e;
  const g = toks[e]?.gap;
  if (g === Gap.Break && !plural.nameAfterBracket) next = Math.max(next, colonList(text, toks, e, [plural.position], out, true));
  else if (g === Gap.Space || g === Gap.Dash || plural.nameAfterBracket) next = pluralHolders(text, toks, e, plural.position, out, next);
  return Math.max(next, i + 1);
}

const GOM_ID = lexiconWordId('gồm'), BAO_ID = lexiconWordId('bao');
const LIST_HONORIFIC_TABLE = table(['ông bà', 'ông', 'bà', 'đồng chí']);
const MAX_COUNTED_HOLDERS = 10;
const LIST_BREAK_RE = /^\s*[:;]\s*$/;
/**
 * A counted post at i ("2 đội phó", "8 phó trưởng ban"), then "là"/"gồm" and the list of its holders: each name with no
 * post of its own after it holds the counted one. Returns where reading goes on, or -1 when no such list follows.
 */
function countedPostList(text: string, toks: Token[], i: number, out: Candidate[], counted = true): number {
  // (a lower-case post is taken here: the count and the list of names make it a post, as after "kiêm")
  const post = parsePosition(text, toks, i, true, false, counted);
  if (!post) return -1;
  let k = post.endTok;
  const c = toks[k];
  if (!c || (c.gap !== Gap.Space && c.gap !== Gap.Comma)) return -1;
  if (c.w === BAO_ID && toks[k + 1]?.w === GOM_ID && toks[k + 1].gap === Gap.Space) k++;
  else if (c.w !== GOM_ID && (c.w !== LA_ID || !counted)) return -1;
  k++;
  // ("gồm có ông A, B")
  if (toks[k - 1].w === GOM_ID && toks[k]?.w === CO_ID && toks[k].gap === Gap.Space) k++;
  // ("gồm: A, B", "gồm các ông: A, B")
  if (toks[k] && (toks[k].w === CAC_ID) && toks[k].gap === Gap.Space) k++;
  let last = -1, closing = false;
  for (let guard = 0; guard < MAX_COUNTED_HOLDERS && k < toks.length; guard++) {
    const g = toks[k].gap;
    if (g !== Gap.Space && g !== Gap.Comma && !(g === Gap.Break && LIST_BREAK_RE.test(text.slice(toks[k - 1].e, toks[k].s)))) break;
    const hon = matchAt(toks, k, LIST_HONORIFIC_TABLE);
    let at = k;
    if (hon) {
      at = k + hon.len;
      // ("các ông: A, B")
      if (!toks[at] || (toks[at].gap !== Gap.Space && text.slice(toks[at - 1].e, toks[at].s).trim() !== ':')) break;
    }
    const e = parseName(toks, text, at);
    if (e < at + 2 || !startsFamilyName(toks, at)) break;
    const own: Position[] = [];
    const end = appositions(text, toks, e, own);
    out.push({ nameStart: at, nameEnd: e, rank: null, positions: own.length ? own : [post.position], titled: true, businessPost: false });
    last = Math.max(end, e);
    const n = toks[last];
    if (!n) break;
    const sep = text.slice(toks[last - 1].e, n.s).trim();
    if (sep === ';' || sep === ',') k = last;
    else if (n.w === VA_ID && n.gap === Gap.Space && !closing) { k = last + 1; closing = true; continue; }
    else break;
    // ("và" closes the list: "A và B; ông C, kiểm soát viên" names C with a post of his own)
    if (closing || k >= toks.length) break;
  }
  return last;
}

const CO_ID = lexiconWordId('có');
const MAX_POST_WORDS_BEFORE_LIST = 12;
/**
 * "Phó Chủ tịch Hội gồm các ông: A, B": a capitalised post with no count before it, then "gồm" and its holders. The
 * precondition, "gồm" within a post's length ahead, is a few id compares; most posts are followed by a name instead.
 */
function uncountedPostList(text: string, toks: Token[], i: number, out: Candidate[]): number {
  // ("Tổ Đại biểu Quốc hội tỉnh, gồm ...": a post's word inside a body's name)
  if (i > 0 && toks[i].gap === Gap.Space && toks[i - 1].cap) return -1;
  const end = Math.min(toks.length, i + MAX_POST_WORDS_BEFORE_LIST);
  let q = i + 1;
  while (q < end && toks[q].w !== GOM_ID && toks[q].gap !== Gap.Break) q++;
  if (q === end || toks[q].w !== GOM_ID) return -1;
  return countedPostList(text, toks, i, out, false);
}

const NGHI_ID = lexiconWordId('nghỉ');
const RETIRED_TABLE = phraseTable([['nghỉ hưu', true], ['về hưu', true]] as [string, boolean][], false);
/** "Đô đốc nghỉ hưu William Fallon": the length of "nghỉ/về hưu" at k between a rank and the name, or 0. */
function retiredLen(text: string, toks: Token[], k: number): number {
  const r = matchAt(toks, k, RETIRED_TABLE);
  if (!r || toks[k + r.len]?.gap !== Gap.Space) return 0;
  const q = k + r.len;
  return parseName(toks, text, q) > 0 && !matchAt(toks, q, PLACE_TABLE) ? r.len : 0;
}

/** "đồng thời (là)" at k, then a post: the length of the joining words, or 0 ("kiêm" is read by kiemPosts). */
function alsoPostLen(toks: Token[], k: number): number {
  const also = toks[k].w === KIEM_ID ? null : matchAt(toks, k, ALSO_TABLE);
  return also && toks[k + also.len]?.gap === Gap.Space && toks[k + also.len].cap && (matchAt(toks, k + also.len, POSITION_TABLE) || matchAt(toks, k + also.len, PREFIX_TABLE)) ? also.len : 0;
}
/** Ranks and posts from token k on, possibly a comma-separated chain, into `positions`; returns the token after them. */
function postsBeforeName(text: string, toks: Token[], k: number, positions: Position[]): number {
  const start = k;
  let rank: Mention | null = null;
  let afterBracket = false;
  // ranks and posts before the name, possibly a comma-separated chain
  for (let guard = 0; guard < 8 && k < toks.length; guard++) {
    const r = matchAt(toks, k, RANK_TABLE) ?? bareGeneralAt(text, toks, k);
    afterBracket = false;
    if (r) {
      const s = toks[k].s, e = toks[k + r.len - 1].e;
      rank ??= { text: text.slice(s, e), span: [s, e] };
      k += r.len;
      // "Thiếu tướng Hải quân ông Jack Scorby": the officer's service between rank and name
      // (the bound tested, not read past: a rank closing the text deopted this out of bounds)
      const svc = k < toks.length && toks[k].gap === Gap.Space ? matchAt(toks, k, SERVICE_TABLE) : null;
      // (not the force's place: "Thiếu tá CSGT Hà Nội")
      if (svc && toks[k + svc.len]?.gap === Gap.Space && (matchAt(toks, k + svc.len, HONORIFIC_TABLE) || (parseName(toks, text, k + svc.len) > 0 && !matchAt(toks, k + svc.len, PLACE_TABLE)))) k += svc.len;
      else if (k < toks.length && toks[k].gap === Gap.Space && !toks[k].cap && (toks[k].w === NGHI_ID || toks[k].w === VE_ID)) k += retiredLen(text, toks, k);
      else k += serviceOfCountryLen(text, toks, k, svc);
      k += officerCountryLen(text, toks, k);
    } else {
      const p = parsePosition(text, toks, k);
      if (!p) break;
      positions.push(p.position);
      k = p.endTok;
      afterBracket = !!p.nameAfterBracket;
      k = kiemPosts(text, toks, k, positions);
      k = servedLeaderPost(text, toks, k, positions);
      k = pastParentBeforeHolder(text, toks, k, p.position);
    }
    const nt = toks[k];
    if (!nt) break;
    // "Chủ tịch HAGL đồng thời là Phó chủ tịch VFF Đoàn Nguyên Đức": a second post joined by "đồng thời (là)" before the name
    if (nt.gap === Gap.Space && nt.w === DONG_ID && positions.length) { const also = alsoPostLen(toks, k); if (also) { k += also; continue; } }
    if (nt.gap === Gap.Space) continue;
    // "Trưởng phòng CSGT (CA tỉnh Kon Tum) - Đại tá Lê Đình Toàn": the unit's parent in brackets, a dash, then the holder's rank
    if (nt.gap === Gap.Paren && nt.cap && positions.length && positions[positions.length - 1].organization !== null) { const q = noteThenDashAt(text, toks, k); if (q > 0 && matchAt(toks, q, RANK_TABLE)) { k = q; continue; } }
    if ((nt.gap === Gap.Comma || nt.gap === Gap.Dash) && (matchAt(toks, k, RANK_TABLE) || matchAt(toks, k, POSITION_TABLE) || matchAt(toks, k, PREFIX_TABLE) || matchAt(toks, k, HONORIFIC_TABLE) || bareGeneralAt(text, toks, k))
      && !ownedLowerPost(toks, start, positions, k)) continue;
    // "Phó Giám đốc Sở Y tế, đồng thời là đại biểu Quốc hội X": posts joined by "đồng thời (là)"
    const also = positions.length && nt.gap === Gap.Comma ? matchAt(toks, k, ALSO_TABLE) : null;
    if (also && toks[k + also.len]?.gap === Gap.Space && (matchAt(toks, k + also.len, POSITION_TABLE) || matchAt(toks, k + also.len, PREFIX_TABLE))) { k += also.len; continue; }
    break;
  }
  chainRank = rank;
  chainAfterBracket = afterBracket;
  return k;
}

/**
 * "Cục trưởng Cục Chống tham nhũng, Thanh tra Chính phủ Phạm Trọng Đạt": a post with its unit, then after a comma (or dash) the
 * unit's parent body and a Vietnamese full name. The holder is that name; the title is cut at the comma, as the
 * guideline cuts chains of parent units. Returns the token after the parent, or k.
 */
function pastParentBeforeHolder(text: string, toks: Token[], k: number, post: Position): number {
  const c = toks[k];
  // (or after a dash: "Trưởng phòng Quản lý công nghiệp - Sở Công thương Đặng Tiến Bình cho biết")
  if (!c || (c.gap !== Gap.Comma && c.gap !== Gap.Dash) || !c.cap || post.organization === null || c.k & POSITION_TABLE.bit && matchAt(toks, k, POSITION_TABLE)) return k;
  const parent = parseOrgAt(toks, k, { title: true, text });
  const e = parent ? parent.end : -1;
  if (e <= k) return k;
  // ("Thủ trưởng Cơ quan Cảnh sát điều tra, Công an thành phố Yên Bái, Đại tá Vũ Viết Thoại": the parent set off by commas,
  // then the holder's rank and name; the loop reads the rank on)
  if (toks[e]?.gap === Gap.Comma && toks[e].cap && rankedNameAt(text, toks, e)) return e;
  if (toks[e]?.gap !== Gap.Space || !startsFamilyName(toks, e) || parseName(toks, text, e) < e + 3) return k;
  return e;
}
/** A rank at k, then at once a name. */
function rankedNameAt(text: string, toks: Token[], k: number): boolean {
  const r = matchAt(toks, k, RANK_TABLE);
  return !!r && toks[k + r.len]?.gap === Gap.Space && parseName(toks, text, k + r.len) > 0;
}

/** Posts that serve a leader, and the leaders' posts they are named by ("Đặc phái viên Tổng thống Hàn Quốc"). */
const SERVING_POSTS = new Set(['đặc phái viên', 'đặc sứ', 'cố vấn', 'trợ lý', 'thư ký', 'thư ký báo chí', 'phát ngôn viên', 'người phát ngôn'].map(foldForMatch));
const SERVED_LEADERS = new Set(['tổng thống', 'phó tổng thống', 'thủ tướng', 'chủ tịch', 'ngoại trưởng', 'quốc vương', 'tổng bí thư', 'tổng thư ký', 'bộ trưởng'].map(foldForMatch));
/**
 * "Đặc phái viên Tổng thống Hàn Quốc, Thị trưởng Seoul Park Won Soon", "Cố vấn An ninh Quốc gia Tổng thống Mỹ H.R.
 * McMaster": a post serving a leader, then the leader's post, is one title; the leader's post is not the holder's.
 * Returns the token after it, or k.
 */
function servedLeaderPost(text: string, toks: Token[], k: number, positions: Position[]): number {
  const last = positions[positions.length - 1];
  if (!last || toks[k]?.gap !== Gap.Space || !toks[k].cap || !SERVING_POSTS.has(foldedTitle(last.title))) return k;
  const leader = parsePosition(text, toks, k);
  // (a bare leader's post names the leader next: "Phát ngôn viên Tổng thống Trump, Sean Spicer")
  if (!leader || leader.position.organization === null || !SERVED_LEADERS.has(foldedTitle(leader.position.title))) return k;
  const e = leader.position.span[1];
  const org = last.organization ? `${last.organization} ${leader.position.text}` : leader.position.text;
  positions[positions.length - 1] = newPosition(last.title, org, text.slice(last.span[0], e), [last.span[0], e]);
  return leader.endTok;
}

/** A second post after the name and a comma, when it is the same person's; returns where it ends (appEnd when none). */
/** After a full name (not a surname alone: "Theo đại biểu Thúy, Chánh án ... cũng là"), a post with a body of two
 * words or more (not a surname: "Bộ trưởng Tân cho hay"; nor another seat: "ĐB Thúy, ĐB Nhưỡng đề nghị") then the verb. */
function seatPostRunsOn(text: string, toks: Token[], nameEnd: number, e2: number, first: Token, post: Position): boolean {
  return first.cap && toks[nameEnd - 1].gap === Gap.Space && toks[nameEnd - 2].cap && post.organization !== null && post.organization.includes(' ') && !isBareSeat(post)
    && (!!predicateAt(toks, e2) || headingAfterProvince(text, toks, e2));
}
const hasBody = (p: Position): boolean => p.organization !== null;
/** Words before a seat whose holder is asked or answered ("Trả lời đại biểu X, Bộ trưởng ... cho biết", "thắc mắc của đại biểu X"). */
const ADDRESSED_BEFORE = idSet(['của', 'với', 'lời', 'đáp', 'hỏi', 'cho']);
function secondPostAfter(text: string, toks: Token[], nameEnd: number, positions: Position[], after: Position[], appEnd: number, addressed: boolean, subject = false): number {
  const lowerAfter = positions.length ? toks[nameEnd] : undefined;
  if (lowerAfter && lowerAfter.gap === Gap.Comma && (!lowerAfter.cap || positions.every(isSeat)) && (lowerAfter.k & (POSITION_TABLE.bit | PREFIX_TABLE.bit))) {
    const e2 = appositions(text, toks, nameEnd, after);
    // ("đại biểu X, Ủy viên Ủy ban Tư pháp của Quốc hội đã ...": after a bare seat, a capitalised post with its body may run on into the verb)
    // (a chain of posts too: "ĐBQH X, Phó Bí thư Tỉnh ủy Y, kiêm Trưởng đoàn ĐBQH tỉnh Y cho biết", each with its body)
    if (after.length === 0 || (after.length > 1 && !after.every(hasBody))
      || (toks[e2] && toks[e2].gap === Gap.Space && (addressed || !seatPostRunsOn(text, toks, nameEnd, e2, lowerAfter, after[after.length - 1])))) after.length = 0;
    else appEnd = e2;
  } else if (lowerAfter && lowerAfter.gap === Gap.Comma && ((lowerAfter.cap && (lowerAfter.k & (POSITION_TABLE.bit | PREFIX_TABLE.bit))) || (!lowerAfter.cap && !!matchAt(toks, nameEnd, CAPACITY_TABLE)))
    && (closedWithoutHolder(text, toks, nameEnd, !lowerAfter.cap) || (lowerAfter.cap && closedByFullStop(text, toks, nameEnd)) || ((subject || listItemEnds(text, toks, nameEnd)) && lowerAfter.cap && !holderWithin(text, toks, nameEnd)))) {
    // "Phó Thủ tướng Vũ Đức Đam, Trưởng Ban Chỉ đạo quốc gia, phát biểu": a capitalised post with its body, closed by
    // punctuation, is the same person's second post (a post run on into a name or a verb is the next clause's)
    const e2 = appositions(text, toks, nameEnd, after);
    // (nor a post whose holder follows the comma: "A, Giám đốc ĐH Đà Nẵng, GS.TS B")
    const holderNext = !!toks[e2] && !fullStopAfter(text, toks, e2) && (startsHolderName(text, toks, e2) || !!matchAt(toks, e2, HONORIFIC_TABLE) || (toks[e2].cap && hasId(PERSON_CUE_FIRST, toks[e2].w) && !!matchAt(toks, e2, PERSON_CUE_TABLE)));
    // (after the capacity the person acts in, any punctuation closes it: "Mike Pence, trên cương vị là Chủ tịch Thượng viện Mỹ.")
    const closed = !toks[e2] ? !lowerAfter.cap : toks[e2].gap === Gap.Comma || (!lowerAfter.cap && toks[e2].gap !== Gap.Space) || (subject && lowerAfter.cap && subjectPostClosed(toks, e2))
      // (or by a heading or quote run on after the post's province: "ĐB X, Giám đốc Công an Nghệ An Tôi cho rằng")
      || (lowerAfter.cap && headingAfterProvince(text, toks, e2))
      // (or by the semicolon that parts the items of a list: "có Thủ tướng A, Chủ tịch Hội đồng Thi đua - Khen thưởng Trung ương; Chủ tịch ...")
      || (lowerAfter.cap && semicolonBefore(text, toks, e2))
      // (or by the full stop that ends the sentence: "tiếp Phó Chủ tịch Quốc hội Lào X, Trưởng ban Chỉ đạo xây dựng Nhà Quốc hội Lào.")
      || (lowerAfter.cap && fullStopAfter(text, toks, e2));
    if (after.length !== 1 || after[0].organization === null || !closed || holderNext || endsInSurnameAfterPlace(text, toks, e2)) after.length = 0;
    else appEnd = e2;
  }
  return appEnd;
}

/** The token before e ends on a full stop (not an initial's dot: "H. R. McMaster") and e opens the next sentence with a capital, or the text ends there. */
function fullStopAfter(text: string, toks: Token[], e: number): boolean {
  const t = toks[e], p = toks[e - 1];
  return text.charCodeAt(p.e) === 46 && p.e - p.s > 1 && (!t || (t.gap === Gap.Break && t.cap && t.s === p.e + 2));
}
/** closedWithoutHolder for a capitalised post that ends its sentence: its words from k run to a full stop, and none opens a name. */
function closedByFullStop(text: string, toks: Token[], k: number): boolean {
  let q = k + 1;
  while (q < toks.length && toks[q].gap === Gap.Space && q - k < MAX_SECOND_POST_WORDS) q++;
  return (q === toks.length || toks[q].gap === Gap.Break) && fullStopAfter(text, toks, q) && !holderWithin(text, toks, k);
}
/** From the comma at k, the words run on to a semicolon within a second post's length: the item of a list ends there. */
function listItemEnds(text: string, toks: Token[], k: number): boolean {
  let q = k + 1;
  while (q < toks.length && toks[q].gap !== Gap.Break && q - k < MAX_SECOND_POST_WORDS) q++;
  return q < toks.length && semicolonBefore(text, toks, q);
}
/** Token e opens after a semicolon (a list's next item). */
function semicolonBefore(text: string, toks: Token[], e: number): boolean {
  const t = toks[e];
  return t.gap === Gap.Break && text.slice(toks[e - 1].e, t.s).trim() === ';';
}

/** The mention at i opens its clause, not the next item of a list of holders ("Thủ tướng A, Chủ tịch B, ..."). */
function subjectOpensClause(toks: Token[], i: number, out: Candidate[]): boolean {
  return i === 0 || (toks[i].gap !== Gap.Space && !(out.length > 0 && out[out.length - 1].nameEnd === i));
}
/** closedWithoutHolder's holder test alone: a person's name opens within the words after k (the post is the next person's). */
function holderWithin(text: string, toks: Token[], k: number): boolean {
  for (let q = k + 1; q < toks.length && toks[q].gap === Gap.Space && q - k < MAX_SECOND_POST_WORDS; q++) {
    // (a province's last word opens no holder: "Công an Nghệ An Tôi cho rằng" is "Nghệ An" and a heading run on)
    if (headingAfterProvince(text, toks, q + 1)) return false;
    if (postHolderOpensAt(text, toks, q)) return true;
  }
  return false;
}
/** A person's name (not a place) opens at q, in a post's words: the post is that person's. */
function postHolderOpensAt(text: string, toks: Token[], q: number): boolean {
  const t = toks[q];
  return t.cap && !t.acro && (isFamilyWord(t) || isForeignNameWord(text, t)) && startsHolderName(text, toks, q) && !matchAt(toks, q, PLACE_TABLE);
}
const CEREMONY_VERB_TABLE = table(CEREMONY_VERBS);
/**
 * "Phó Thủ tướng Vương Đình Huệ, Trưởng Ban Kinh tế Trung ương chủ trì": when the titled name opens its clause, a second
 * capitalised post with its body may run on into the subject's verb or close the sentence (token e after it). Any other
 * lower-case word may still belong to the body ("Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp", "Ban Chỉ đạo sơ kết
 * 5 năm ...") or be the next person's clause, and the title would be cut inside it.
 */
function subjectPostClosed(toks: Token[], e: number): boolean {
  const t = toks[e];
  return t.gap === Gap.Break || (t.gap === Gap.Space && !t.cap && (predicateAt(toks, e) || !!matchAt(toks, e, CEREMONY_VERB_TABLE)));
}

/** "Giám đốc công trình là ông X": one or two lower-case words at k naming the bare post's unit, then "là" and the holder;
 * widens positions[0] and returns the token of "là" (k when not so). */
function bareUnitBeforeLa(text: string, toks: Token[], k: number, positions: Position[], lastBare: Position): number {
  let q = k;
  while (q < toks.length && q - k < 2 && toks[q].gap === Gap.Space && !toks[q].cap && !toks[q].num && toks[q].w !== LA_ID && !predicateAt(toks, q)) q++;
  if (!(q > k && toks[q]?.w === LA_ID && toks[q].gap === Gap.Space && (matchAt(toks, q + 1, HONORIFIC_TABLE) || startsHolderName(text, toks, q + 1)))) return k;
  // ("Chủ cơ sở này là bà X": a pointing word is no unit's name)
  if (!POINTING_IDS.has(toks[k].w)) {
    const e = toks[q - 1].e;
    positions[0] = newPosition(lastBare.title, text.slice(toks[k].s, e), text.slice(lastBare.span[0], e), [lastBare.span[0], e]);
  }
  return q;
}

const MAX_NOTE_WORDS = 8;

/**
 * A short note in brackets opening at token k, closed by ") "; the token after it, or -1. Commas may list its
 * places or run through its body's name ("(huyện Đức Phổ, tỉnh Quảng Ngãi)", "(Bộ Văn hóa, Thể thao và Du lịch)").
 */
function pastShortNote(text: string, toks: Token[], k: number): number {
  for (let q = k + 1; q < toks.length && q - k <= MAX_NOTE_WORDS; q++) {
    const g = toks[q].gap;
    if (g === Gap.Space || g === Gap.Dash) continue;
    // (a comma before a capital or a level word: not a clause, "(từ năm 2010, khi ...)")
    if (g === Gap.Comma && (toks[q].cap || !!matchAt(toks, q, UNIT_LEVEL_TABLE) || !!matchAt(toks, q, PROVINCE_LEVEL_TABLE))) continue;
    if (g !== Gap.Break) return -1;
    const p = toks[q - 1].e;
    if (text.charCodeAt(p) === 41) return toks[q].s === p + 2 && text.charCodeAt(p + 1) === 32 ? q : -1;
    // (only a dot inside a place's short form: "TP.Tây Ninh")
    if (toks[q].s !== p + 1 || text.charCodeAt(p) !== 46) return -1;
  }
  return -1;
}

/** The verbs that give a post after a bracketed note on the person ("X (SN 1965) là Giám đốc ..."). */
const NOTE_THEN_POST_VERB_TABLE = phraseTable(['là', 'làm', 'đang là', 'hiện là', 'hiện đang là', 'đang làm', 'giữ chức', 'giữ chức vụ', 'đang giữ chức', 'đang giữ chức vụ']
  .map((x) => [x, true] as [string, boolean]), false);

/**
 * After an honoured name, the bracket opening at k a short note (birth year, age, place, party), closed by ") ", then a
 * verb of NOTE_THEN_POST_VERB_TABLE and a capitalised post: the post is the person's. Returns the token after it, or k.
 */
function postAfterNameNote(text: string, toks: Token[], k: number, out: Position[], timed: boolean): number {
  const q = pastShortNote(text, toks, k);
  const verb = q > 0 ? matchAt(toks, q, NOTE_THEN_POST_VERB_TABLE) : null;
  const head = toks[q + (verb?.len ?? 0)];
  if (!verb || !head || head.gap !== Gap.Space || !head.cap) return k;
  const n = out.length;
  const e = predicatePosts(text, toks, q, out, false, timed, true);
  return e === q || (out.length === n && !predicateHeld) ? k : e;
}

/**
 * A short capitalised note in brackets opened at k and closed by ") - " or ") – " (the post's parent body or place, set off
 * before the holder as a dash sets off "Post Org - Đại tá X"): the token after the dash, else -1.
 */
function noteThenDashAt(text: string, toks: Token[], k: number): number {
  for (let q = k + 1; q < toks.length && q - k <= MAX_NOTE_WORDS; q++) {
    const g = toks[q].gap;
    if (g === Gap.Space) continue;
    if (g !== Gap.Break) return -1;
    const closed = text.slice(toks[q - 1].e, toks[q].s);
    return closed === ') - ' || closed === ') – ' ? q : -1;
  }
  return -1;
}

const MINISTRY_FIELD_TABLE = phraseTable(NAME_FIELDS.map((x) => [x, true] as [string, boolean]), false);
const fieldAt = (toks: Token[], k: number) => matchAt(toks, k, MINISTRY_FIELD_TABLE) ?? matchAt(toks, k, SECTOR_TABLE);
/**
 * A ministry's remit listed after its post without "Bộ", from the comma at k: capitalised fields, commas between them and
 * "và" (or "&") before the last ("Bộ trưởng Văn hóa, Thể thao và Du lịch", "Bộ trưởng Kinh tế, Công nghiệp và Thương mại
 * Nhật Bản"). Returns the list's end, or k when no "và" closes it ("Bộ trưởng Thương mại, thành viên ...").
 */
function fieldListEnd(text: string, toks: Token[], k: number): number {
  let e = k;
  while (e < toks.length && toks[e].gap === Gap.Comma && toks[e].cap && !toks[e].acro) {
    const f = fieldAt(toks, e);
    if (!f) return k;
    e += f.len;
    const v = toks[e];
    if (!v || v.gap !== Gap.Space) return k;
    const and = v.w === VA_ID && !v.cap ? e + 1 : v.cap && text.slice(toks[e - 1].e, v.s) === ' & ' ? e : -1;
    if (and < 0) continue;
    const last = toks[and]?.gap === Gap.Space && toks[and].cap ? fieldAt(toks, and) : null;
    return last ? and + last.len : k;
  }
  return k;
}

const HOST_COUNTRY_TABLE = table(HOST_COUNTRY_REFERENCES);
// (foreign levels too: "bang Arkansas")
const PLACE_LEVEL_TABLE = table(PLACE_LEVEL_WORDS);
const NUOC_ID = lexiconWordId('nước');

/**
 * Lower-case words after a post that name where it is and are no part of its title, read past when the holder
 * follows: "Ngoại trưởng nước này Julia Bishop", "Thị trưởng thành phố Little Rock thuộc bang Arkansas, ông X"
 * (a title is cut at "thuộc"). Returns the token after them, or k.
 */
function pastPlaceAside(text: string, toks: Token[], k: number, positions: Position[]): number {
  const t = toks[k];
  const last = positions[positions.length - 1];
  if (last.organization === null) {
    const e = t.w === CUA_ID ? ownerBeforeDash(text, toks, k) : pointedUnitEnd(text, toks, k);
    if (e > k) {
      // the unit joins the bare post's title: "CEO của Apple", "Chủ tịch ủy ban này"
      const end = toks[e - 1].e;
      positions[positions.length - 1] = newPosition(last.title, text.slice(toks[t.w === CUA_ID ? k + 1 : k].s, end), text.slice(last.span[0], end), [last.span[0], end]);
      return e;
    }
  }
  if (t.w === NUOC_ID) {
    const host = matchAt(toks, k, HOST_COUNTRY_TABLE);
    const q = k + (host?.len ?? 0);
    return host && toks[q]?.gap === Gap.Space && (startsHolderName(text, toks, q) || startsRomanisedName(text, toks, q)) ? q : k;
  }
  if (t.w !== THUOC_ID) return k;
  const level = matchAt(toks, k + 1, PLACE_LEVEL_TABLE);
  let q = k + 1 + (level?.len ?? 0);
  const place = toks[q]?.gap === Gap.Space && toks[q].cap ? matchAt(toks, q, PLACE_TABLE) : null;
  if (place) q += place.len;
  else if (level) while (q < toks.length && q - k < 6 && toks[q].gap === Gap.Space && toks[q].cap && !toks[q].num) q++;
  if (q === k + 1 + (level?.len ?? 0) || toks[q]?.gap !== Gap.Comma) return k;
  const hon = matchAt(toks, q, HONORIFIC_TABLE);
  return hon && toks[q + hon.len]?.gap === Gap.Space && startsHolderName(text, toks, q + hon.len) ? q : k;
}

/** Words that end a clause, so no body's lower-case tail runs over them ("tên" of "tên lửa" is a noun there). */
const BODY_TAIL_BREAK_IDS = idSet([...CLAUSE_BREAK_WORDS.filter((w) => w !== 'tên'), 'và']);
const MAX_BODY_TAIL_WORDS = 8;

/**
 * The last post's body stops at k, before a lower-case word, with its name still open: a body head and at most one
 * capitalised word ("Cơ quan Phòng thủ", not "UBND tỉnh Quảng Nam"), or the unit word of the post itself ("Trưởng Ban").
 */
function bodyReadShort(toks: Token[], k: number, last: Position): boolean {
  let s = k - 1;
  if (last.organization === null) return toks[s].cap && IMPLIED_ORG.has(foldedTitle(last.title)) && IMPLIED_ORG.get(foldedTitle(last.title)) === toks[s].f;
  const orgAt = last.span[1] - last.organization.length;
  while (s > 0 && toks[s].s > orgAt) s--;
  if (toks[s].s !== orgAt || !toks[s].cap || !runsOnInSentenceCase(toks, s, k, false)) return false;
  // ("Sở Y tế": a head and its sector make a whole body)
  for (let q = s + 1; q < k; q++) if ((matchAt(toks, q, SECTOR_TABLE)?.len ?? 0) === k - q) return false;
  return true;
}

/**
 * "Giám đốc Cơ quan Phòng thủ tên lửa Jim Syring", "Trưởng Ban đô thị HĐND TP Hà Nội Nguyễn Nguyên Quân": a body read
 * short at its first lower-case word runs on in sentence case (lower case, acronyms, places) to its holder's full name,
 * which closes at once. The tail joins the last post's body; returns the name's token, or k.
 */
function holderAfterBodyTail(text: string, toks: Token[], k: number, positions: Position[]): number {
  const last = positions[positions.length - 1];
  if (!bodyReadShort(toks, k, last)) return k;
  let q = k;
  while (q < toks.length && q - k < MAX_BODY_TAIL_WORDS) {
    const t = toks[q];
    if (t.gap === Gap.Paren && q > k) return tailBeforeNote(text, toks, k, q, positions);
    if (t.gap !== Gap.Space || t.num) return k;
    if (t.cap) {
      if (q > k && holderNameAt(text, toks, q)) {
        const e = parseName(toks, text, q);
        const full = e - q >= 3 || (e - q === 2 && (isForeignNameWord(text, t) || isForeignNameWord(text, toks[q + 1])));
        if (full && (e >= toks.length || toks[e].gap !== Gap.Space || !toks[e].cap)) break;
      }
      if (matchAt(toks, q, POSITION_TABLE) || matchAt(toks, q, RANK_TABLE) || matchAt(toks, q, HONORIFIC_TABLE)) return k;
      q += matchAt(toks, q, PLACE_TABLE)?.len ?? 1;
      continue;
    }
    if (BODY_TAIL_BREAK_IDS.has(t.w) || COMPANY_NAME_STOP_IDS.has(t.w) || DEMONSTRATIVE_IDS.has(t.w) || predicateAt(toks, q)
      || matchAt(toks, q, HONORIFIC_TABLE) || matchAt(toks, q, POSITION_TABLE) || matchAt(toks, q, RANK_TABLE)) return k;
    q++;
  }
  if (q >= toks.length || q - k >= MAX_BODY_TAIL_WORDS || !toks[q].cap) return k;
  joinBodyTail(text, toks, k, q, positions);
  return q;
}

/** The last post's body runs on over the tail [k, q). */
function joinBodyTail(text: string, toks: Token[], k: number, q: number, positions: Position[]): void {
  const last = positions[positions.length - 1];
  const end = toks[q - 1].e;
  const orgAt = last.organization === null ? toks[k].s : last.span[1] - last.organization.length;
  positions[positions.length - 1] = newPosition(last.title, text.slice(orgAt, end), text.slice(last.span[0], end), [last.span[0], end]);
}

/**
 * "Vụ trưởng Vụ thể thao quần chúng (Tổng cục TDTT) Nguyễn Ngọc Anh": the tail [k, q) ends at a bracketed note (its
 * parent body or place), and a full name opens right after it. The tail joins the body; returns the name's token, or k.
 */
function tailBeforeNote(text: string, toks: Token[], k: number, q: number, positions: Position[]): number {
  const c = pastShortNote(text, toks, q);
  if (c < 0 || !holderNameAt(text, toks, c)) return k;
  const e = parseName(toks, text, c);
  if (e - c < 3 || (e < toks.length && toks[e].gap === Gap.Space && toks[e].cap)) return k;
  joinBodyTail(text, toks, k, q, positions);
  return c;
}

/** "nhậm chức của tân trưởng đặc khu X, Chủ tịch Y Tập Cận Bình": a lower-case post owned by "của" is someone else's than the next post's holder. */
function ownedLowerPost(toks: Token[], start: number, positions: Position[], k: number): boolean {
  if (positions.length !== 1 || start === 0 || toks[start].cap || toks[start].gap !== Gap.Space) return false;
  return toks[start - 1].w === CUA_ID || lowerPostBeforeCapitalPost(toks, start, k);
}
/**
 * "Trước khi sa thải cựu giám đốc FBI, Tổng thống Trump công khai ...": a post all in lower case, mid-sentence after a prefix,
 * then a comma and a capitalised post, is the object of the clause before, not the first link of the next holder's chain.
 */
function lowerPostBeforeCapitalPost(toks: Token[], start: number, k: number): boolean {
  return toks[start + 1]?.gap === Gap.Space && !toks[start + 1].cap && !!matchAt(toks, start, PREFIX_TABLE) && toks[k].gap === Gap.Comma && toks[k].cap && !toks[start - 1].cap;
}

/**
 * "Phó Thủ tướng Belarus Semashko, Thứ trưởng Bộ Ngoại giao Belarus Rybakov, Đại sứ ...": a post read up to token e
 * whose last word is a foreign surname right after a country or place is a list's next person, not the same person's post.
 */
function endsInSurnameAfterPlace(text: string, toks: Token[], e: number): boolean {
  const last = e - 1;
  if (last < 2 || toks[last].gap !== Gap.Space || !isForeignNameWord(text, toks[last]) || matchAt(toks, last, PLACE_TABLE)) return false;
  for (let q = Math.max(0, last - 3); q < last; q++) {
    const m = matchAt(toks, q, PLACE_TABLE);
    if (m && q + m.len === last) return true;
  }
  return false;
}

/** "CEO của Apple – Tim Cook": after a bare post, "của" and a body or brand, then a dash and the holder; the dash's token, or -1. */
function ownerBeforeDash(text: string, toks: Token[], k: number): number {
  const e = ownerTail(text, toks, k + 1);
  return e > k + 1 && toks[e]?.gap === Gap.Dash && holderNameAt(text, toks, e) ? e : -1;
}

/** "Chủ tịch ủy ban này Mac Thornberry": after a bare post, a lower-case unit pointed at ("này", "đó") and the holder; the holder's token, or -1. */
function pointedUnitEnd(text: string, toks: Token[], k: number): number {
  const unit = matchAt(toks, k, ORG_TABLE) ?? matchAt(toks, k, LEVEL_TABLE);
  const q = unit ? k + unit.len : -1;
  if (q < 0 || q - k > 3 || toks[q]?.gap !== Gap.Space || !POINTED_IDS.has(toks[q].w) || toks[q + 1]?.gap !== Gap.Space) return -1;
  for (let p = k; p < q; p++) if (toks[p].cap) return -1;
  return holderNameAt(text, toks, q + 1) ? q + 1 : -1;
}
const POINTED_IDS = idSet(['này', 'đó']);

/** startsHolderName, or two name words of which the second is foreign ("Tim Cook", "Mac Thornberry": the first is also a Vietnamese syllable). */
function holderNameAt(text: string, toks: Token[], k: number): boolean {
  return startsHolderName(text, toks, k) || (!!toks[k] && toks[k].cap && !toks[k].acro && toks[k + 1]?.gap === Gap.Space && isForeignNameWord(text, toks[k + 1]) && parseName(toks, text, k) >= k + 2);
}

const DONG_ID = lexiconWordId('đồng');
/**
 * "người đồng cấp Mỹ Rex Tillerson": the counterpart of an official just named holds the same post in another country;
 * the post is not written, so the person is an official with no title. i: the first capital after "cấp".
 * Returns where reading goes on, or -1.
 */
function counterpartAt(text: string, toks: Token[], i: number, out: Candidate[]): number {
  const c = counterpartWordBefore(toks, i);
  if (c < 3 || !counterpartHeadAt(text, toks, c) || toks[c - 2].w !== NGUOI_ID || toks[c].gap !== Gap.Space || toks[c - 1].gap !== Gap.Space) return -1;
  let q = i;
  const place = toks[q].k & PLACE_TABLE.bit ? matchAt(toks, q, PLACE_TABLE) : null;
  if (place) q += place.len;
  // "người đồng nhiệm phía Mỹ, ông James Mattis": the counterpart's name after a comma and an honorific
  if (place && toks[q]?.gap === Gap.Comma && toks[q + 1]?.gap === Gap.Space && matchAt(toks, q, HONORIFIC_TABLE)?.len === 1) q++;
  if (toks[q]?.gap !== Gap.Space || !toks[q].cap) return -1;
  const e = parseName(toks, text, q);
  if (e <= q || (e === q + 1 && !isForeignNameWord(text, toks[q]))) return -1;
  out.push({ nameStart: q, nameEnd: e, rank: null, positions: [], titled: true, businessPost: false });
  return e;
}

/**
 * At c ("cấp"/"nhiệm"): "đồng" before it (a counterpart), or "tiền"/"kế" before "nhiệm": a predecessor or successor
 * ("người tiền nhiệm Barack Obama") held the same post, so is an official with no title, as the tuning golds read him (g3, g14).
 * Only in a text about a president or prime minister: elsewhere the predecessor is mostly a coach or a phone model.
 */
function counterpartHeadAt(text: string, toks: Token[], c: number): boolean {
  const w = toks[c - 1].w;
  return w === DONG_ID || (toks[c].w === NHIEM_ID && SUCCESSION_IDS.has(w) && statesmanText(text));
}
function statesmanText(text: string): boolean {
  return text.indexOf('ổng thống') >= 0 || text.indexOf('hủ tướng') >= 0;
}
const COUNTERPART_IDS = idSet(['cấp', 'nhiệm']), COUNTERPART_SIDE_IDS = idSet(['phía', 'nước']);
/** Before the capital at i: the token of "cấp"/"nhiệm" ("người đồng cấp", "người đồng nhiệm"), maybe then "nước chủ nhà", "phía"; or -1. */
function counterpartWordBefore(toks: Token[], i: number): number {
  const p = toks[i - 1].w;
  if (COUNTERPART_IDS.has(p)) return i - 1;
  if (COUNTERPART_SIDE_IDS.has(p) && i > 1 && COUNTERPART_IDS.has(toks[i - 2].w)) return i - 2;
  // "người đồng cấp nước chủ nhà Rex Tillerson": the host country for the place
  const h = i - 3;
  return h > 0 && p === NHA_ID && COUNTERPART_IDS.has(toks[h - 1].w) && toks[h].gap === Gap.Space && matchAt(toks, h, HOST_COUNTRY_TABLE)?.len === 3 ? h - 1 : -1;
}
const COUNTERPART_TRIGGER_IDS = idSet(['cấp', 'nhiệm', 'phía', 'nước', 'nhà']);

/** Reads the candidate whose words open at token i (a post, rank, honorific or name); returns where reading goes on. */
function candidateAt(text: string, toks: Token[], i: number, out: Candidate[]): number {
  const t = toks[i];
  // "tướng James Mattis": the scan stops at capitals, so a lower-case bare general is seen from the name after it
  if (i > 0 && toks[i - 1].w === TUONG_ID && t.gap === Gap.Space && !toks[i - 1].cap && bareGeneralAt(text, toks, i - 1)) return candidateFrom(text, toks, i - 1, false, out);
  if (i > 2 && t.gap === Gap.Space && COUNTERPART_TRIGGER_IDS.has(toks[i - 1].w)) { const e = counterpartAt(text, toks, i, out); if (e > 0) return e; }
  // "Ban Bí thư T.Ư, ông X", "Văn phòng Chủ tịch nước": a post's words inside a body's name are no post
  // ("Ban Giám đốc Công an tỉnh, ông X": a leadership board)
  if (i > 0 && t.gap === Gap.Space && (t.k & POSITION_TABLE.bit) && toks[i - 1].cap && (toks[i - 1].k & ORG_TABLE.bit)
    && (toks[i - 1].w === BAN_ID || (matchAt(toks, i - 1, ORG_TABLE)?.len ?? 0) > 1)) return i + 1;
  // "các Ủy viên T.Ư Đảng: A, Post; B, Post", "hai Phó Thủ tướng A và B": a plural post, then the people who hold it
  // (read whole, so no later word of it reads as one person's post: "các Phó Bí thư" is no "Bí thư")
  if (i > 0 && t.gap === Gap.Space && (t.k & (POSITION_TABLE.bit | PREFIX_TABLE.bit)) && hasId(PLURAL, toks[i - 1].w)) {
    const next = pluralPostAt(text, toks, i, out);
    if (next >= 0) return next;
  }
  // "2 đội phó là các ông A và B", "8 phó trưởng ban, gồm các ông A, Post; B; C": a counted post, then its holders' list
  if (i > 0 && t.gap === Gap.Space && (t.k & (POSITION_TABLE.bit | PREFIX_TABLE.bit)) && (toks[i - 1].num || hasId(COUNT_IDS, toks[i - 1].w))) {
    const next = countedPostList(text, toks, i, out);
    if (next >= 0) return next;
  }
  if (t.cap && (t.k & (POSITION_TABLE.bit | PREFIX_TABLE.bit))) { const next = uncountedPostList(text, toks, i, out); if (next >= 0) return next; }
  const foreignName = !(t.k & START_BITS) && (isForeignNameWord(text, t) || koreanNameAt(text, toks, i)) && toks[i + 1]?.gap === Gap.Space && isForeignNameWord(text, toks[i + 1])
    && !(i > 0 && t.gap === Gap.Space && MEDIA_CUES.has(toks[i - 1].w) && !sourcePersonAt(toks, i));
  // "Ảnh: Reuters Oleg Kalugin, cựu quan chức ...": a photo's source, then the next caption's foreign name
  // (the name after it read as one here, its two first words foreign: "Essam al-Bedaiwi" is left to the foreign pass as it was)
  // (after a wire service's name any name of two words or more: "Ảnh: Sputnik Shi Hong, tổng biên tập ...")
  // (the bound tested, not read past: a credit's name closing the text deopted this out of bounds once the gate kept
  // untitled documents, which had met it early, from reaching it)
  if (foreignName && photoCreditBefore(text, toks, i) && i + 2 < toks.length && toks[i + 2].gap === Gap.Space
    && (isForeignNameWord(text, toks[i + 2]) || wireCreditAt(text, toks, i)) && parseName(toks, text, i + 1) >= i + 3) return i + 1;
  if (!(t.k & START_BITS) && !(t.cap && isFamilyWord(t) && (!t.acro || startsCapsName(text, toks, i))) && !foreignName && !(hasId(OTHER_START, t.w) && (hasId(PERSON_CUE_FIRST, t.w) || bareGeneralAt(text, toks, i)))
    && !(t.cap && i > 0 && hasId(PERSON_CUE_LAST, toks[i - 1].w) && lowerCueBefore(toks, i))) return i + 1;
  // "công", "trợ" open posts (công tố viên, trợ lý) but mostly other words: check the post before anything else
  // ("Giáo" opens Giáo hoàng and the degree Giáo sư: a degree still opens a candidate)
  if ((t.k & START_BITS) === POSITION_TABLE.bit && !foreignName && !(t.cap && isFamilyWord(t)) && !hasId(PERSON_CUE_FIRST, t.w) && !matchAt(toks, i, POSITION_TABLE)) return i + 1;
  // "Hạ nghị sĩ Dân chủ X": the later words of a longer post open none of their own (read from its first word)
  if (i > 0 && t.gap === Gap.Space && !t.cap && (toks[i - 1].k & POSITION_TABLE.bit) && (matchAt(toks, i - 1, POSITION_TABLE)?.len ?? 0) > 1) return i + 1;
  // "Trung Quốc Vương Kiện Lâm": a post's words read across the end of a place's name
  if (i > 0 && t.gap === Gap.Space && (toks[i - 1].k & PLACE_TABLE.bit) && (matchAt(toks, i - 1, PLACE_TABLE)?.len ?? 0) > 1) return i + 1;
  // "đường Phạm Văn Đồng, Giám đốc Sở Xây dựng": a name with nothing of its own before it names the street or school
  // before it; "Ảnh: Phạm Hải Chủ tịch QH cho biết": a photo credit run on into the caption's post
  if (isFamilyWord(t) && !opensTitle(toks, i) && (namedAfterPersonHeadBefore(toks, i) || (photoCreditBefore(text, toks, i) && creditRunsOn(text, toks, i)))) return namedPlaceEnd(text, toks, i);
  // ("nhà nước", "giáo dục", "nguyên nhân", "cô gái": most lower-case words with title bits open nothing; candidateFrom would read nothing)
  if (!t.cap && lowerOpensNothing(text, toks, i)) return i + 1;
  return candidateFrom(text, toks, i, foreignName, out);
}

/**
 * A lower-case word at i that opens no rank, bare general, prefix or post, and no honorific with a name after it:
 * postsBeforeName reads nothing there and candidateFrom returns i + 1 (a lower-case word is no name itself).
 */
function lowerOpensNothing(text: string, toks: Token[], i: number): boolean {
  if (matchAt(toks, i, RANK_TABLE) || matchAt(toks, i, POSITION_TABLE) || matchAt(toks, i, PREFIX_TABLE) || bareGeneralAt(text, toks, i)) return false;
  const hon = matchAt(toks, i, HONORIFIC_TABLE);
  return !hon || (parseName(toks, text, i + hon.len) < 0 && parseName(toks, text, i) < 0);
}

/** A rank, post or honorific is read at i ("Hồng" opens "Hồng y" and the family name "Hồng Vĩnh"). */
function opensTitle(toks: Token[], i: number): boolean {
  return (toks[i].k & START_BITS) !== 0 && !!(matchAt(toks, i, POSITION_TABLE) || matchAt(toks, i, RANK_TABLE) || matchAt(toks, i, HONORIFIC_TABLE) || matchAt(toks, i, PREFIX_TABLE));
}

/** Where the place's or institution's own name from i ends: at a full name run on after it ("ĐH Y Hà Nội |Nguyễn Lân Hiếu"). */
function namedPlaceEnd(text: string, toks: Token[], i: number): number {
  const e = parseName(toks, text, i);
  for (let r = i + 2; r < e; r++) if (startsFamilyName(toks, r) && parseName(toks, text, r) >= r + 2) return r;
  return Math.max(i + 1, e);
}

/** The credit's name is followed at once by a capitalised word (no comma): the next caption, not an apposition. */
function creditRunsOn(text: string, toks: Token[], i: number): boolean {
  const e = parseName(toks, text, i);
  return e > i && toks[e]?.gap === Gap.Space && toks[e].cap;
}

/** Last words of "thay mặt", "(thừa) ủy quyền (của)": who acts for the post written next. */
const ACTS_FOR_LAST = idSet(['mặt', 'quyền', 'của']);
const HOLDING_WORDS = idSet(['giữ', 'các', 'chức', 'vụ', 'cương', 'vị', 'làm', 'đảm', 'nhiệm', 'nắm']);
const HOLDING_FIRST = idSet(['giữ', 'làm', 'đảm', 'nắm']);
const THOI_ID = lexiconWordId('thời'), GIAN_ID = lexiconWordId('gian');
const MAX_HELD_CHAIN_WORDS = 40;
/**
 * "Trong thời gian giữ các cương vị Tỉnh ủy viên, Giám đốc Sở Công thương, đồng chí X tham gia ...": posts held during the
 * time a fronted clause names are the story's past, not the titles of the name after them (the tuning golds leave them
 * out). True when the post at i is in such a chain: "thời gian", a verb of holding, then posts over commas up to i.
 */
function heldInTimeClause(toks: Token[], i: number): boolean {
  for (let q = i - 1; q >= 1 && i - q <= MAX_HELD_CHAIN_WORDS; q--) {
    if (toks[q + 1].gap === Gap.Break || toks[q + 1].gap === Gap.Paren) return false;
    if (toks[q].w !== GIAN_ID || toks[q - 1].w !== THOI_ID || toks[q].gap !== Gap.Space || !HOLDING_FIRST.has(toks[q + 1].w)) continue;
    let r = q + 1;
    while (r < i && toks[r].gap === Gap.Space && HOLDING_WORDS.has(toks[r].w)) r++;
    return r > q + 1 && toks[r].gap === Gap.Space && toks[r].cap;
  }
  return false;
}
const THAY_ID = lexiconWordId('thay'), MAT_ID = lexiconWordId('mặt'), UY_IDS = idSet(['ủy', 'uỷ']);
/** "thay (thế) ông X làm Trưởng ban": the one replaced is the object; the post after the verb is the subject's, not X's
 * (not "thay mặt ông X": on his behalf). */
// (read back past the name's own first words too: "thay nhà báo Lại Văn Sâm", a reading from "Văn Sâm")
function replacedBefore(toks: Token[], i: number): boolean {
  for (let q = i - 1; q >= 0 && q >= i - 5 && toks[q + 1].gap === Gap.Space; q--) if (toks[q].w === THAY_ID) return toks[q + 1].w !== MAT_ID;
  return false;
}
/** "thay mặt", "ủy quyền", "ủy quyền của" right before token i. */
function actsForBefore(toks: Token[], i: number): boolean {
  const a = toks[i - 1], b = toks[i - 2];
  if (a.gap !== Gap.Space) return false;
  if (a.w === MAT_ID) return b.w === THAY_ID;
  if (a.w === QUYEN_ID) return UY_IDS.has(b.w);
  return a.w === CUA_ID && b.w === QUYEN_ID && b.gap === Gap.Space && i > 2 && UY_IDS.has(toks[i - 3].w);
}
/**
 * The chain's first post is the one acted for: dropped when another post or a rank follows it after a comma. True when
 * it is the chain's only word and a comma follows (its actor is named after the comma, and read from there).
 */
function postActedFor(positions: Position[], rank: Mention | null, next: Token | undefined): boolean {
  if (positions.length > 1 || (rank !== null && rank.span[0] > positions[0].span[1])) { positions.shift(); return false; }
  return rank === null && next !== undefined && next.gap === Gap.Comma;
}

/** Words right before a post that make its holder the other party of a meeting ("gặp", "với", "tiếp", "hội kiến"). */
const MET_BEFORE = idSet(['gặp', 'với', 'tiếp', 'kiến']);
/** Capitalised words opening a clause fronted before its sentence's subject: "Tại cuộc gặp ...", "Trong cuộc điện đàm với ...". */
// ("Là người ngồi cạnh Tổng thống Trump trong cuộc gặp với nhà lãnh đạo Nga, Ngoại trưởng Tillerson cho biết": a role, fronted)
const FRONTED_OPENERS = idSet(['tại', 'trong', 'sau', 'khi', 'trước', 'tiếp', 'gặp', 'là']);
const MAX_FRONTED_CLAUSE_WORDS = 12;
/**
 * "Tại cuộc gặp Ngoại trưởng Nga, Đặc phái viên Mistura đã ...", "Trong cuộc gặp với nhà lãnh đạo Nga, Ngoại trưởng
 * Tillerson cho biết": the post at i closes a clause fronted before the subject, the subject's post and name after the
 * comma. Only when the name after the chain (from k) goes on into its verb: a name closed by a comma may be the one met.
 */
function metInFrontedClause(text: string, toks: Token[], i: number, k: number): boolean {
  if (toks[k]?.gap !== Gap.Comma) {
    const e = parseName(toks, text, k);
    if (e < 0 || toks[e]?.gap !== Gap.Space) return false;
  }
  // ("Về phần mình, tại cuộc gặp Ngoại trưởng Nga, ông Mistura": the clause opened after a comma, in lower case)
  for (let q = i - 1; q >= 0 && i - q <= MAX_FRONTED_CLAUSE_WORDS; q--) {
    if (q === 0 || toks[q].gap === Gap.Break) return toks[q].cap && FRONTED_OPENERS.has(toks[q].w);
    if (toks[q].gap === Gap.Comma) return FRONTED_OPENERS.has(toks[q].w);
    if (toks[q].gap !== Gap.Space) return false;
    // ("Ảnh: Thống Nhất/TTXVN Tiếp Giám đốc ..., Thủ tướng X": a capitalised opener after a caption's credit opens the sentence run on to it)
    if (toks[q].cap && FRONTED_OPENERS.has(toks[q].w) && (toks[q - 1].cap || toks[q - 1].acro)) return true;
  }
  return false;
}
/**
 * The posts met, up to the chain's first comma, are dropped ("Chủ tịch kiêm Giám đốc điều hành Tập đoàn X, Thủ tướng Y":
 * both of X's). True when nothing is left before the comma at `next`: the subject is read from after it.
 */
function postsMetDropped(text: string, positions: Position[], rank: Mention | null, next: Token | undefined): boolean {
  let j = 1;
  while (j < positions.length && text.slice(positions[j - 1].span[1], positions[j].span[0]).indexOf(',') < 0) j++;
  if (j < positions.length || (rank !== null && rank.span[0] > positions[0].span[1])) { positions.splice(0, j); return false; }
  return rank === null && next !== undefined && next.gap === Gap.Comma;
}

// (the gates above run on every capitalised word; what follows only where a candidate opens, kept apart so V8
// compiles and re-optimises each part on its own)
/** Ranks and posts before the name: set by postsBeforeName. */
let chainRank: Mention | null = null;
let chainAfterBracket = false;

/** "Chủ tịch FPT Software Hoàng Nam Tiến", "Chủ tịch HĐTV Vinalines Lê Anh Sơn": up to three capitalised words after the
 *  post, the last a brand's foreign word before a Vietnamese full name (brandBeforeVietnameseName keeps it out of the
 *  name), are the post's body. Returns where the name starts. */
function brandTailBeforeName(text: string, toks: Token[], k: number, positions: Position[]): number {
  const last = positions[positions.length - 1];
  for (let q = k; q < k + 3 && q < toks.length; q++) {
    const t = toks[q];
    if (t.gap !== Gap.Space || !(t.cap || t.acro) || t.num || (q === k && t.s !== last.span[1] + 1)) return k;
    if (!brandBeforeVietnameseName(text, toks, q)) continue;
    const e = t.e;
    const org = last.organization === null ? text.slice(toks[k].s, e) : last.organization + text.slice(last.span[1], e);
    positions[positions.length - 1] = newPosition(last.title, org, text.slice(last.span[0], e), [last.span[0], e]);
    return q + 1;
  }
  return k;
}

function candidateFrom(text: string, toks: Token[], i: number, foreignName: boolean, out: Candidate[]): number {
  const t = toks[i];
  const positions: Position[] = [];
  let k = postsBeforeName(text, toks, i, positions);
  if (positions.length) k = brandTailBeforeName(text, toks, k, positions);
  // "thừa ủy quyền của Thủ tướng Chính phủ, Phó Thủ tướng X": the post acted for is someone else's
  // (the one post acted for, then a comma and its actor: "thừa ủy quyền của Chủ tịch nước, đồng chí X - Bí thư Tỉnh ủy": read from the actor)
  if (positions.length && i > 1 && t.gap === Gap.Space && ACTS_FOR_LAST.has(toks[i - 1].w) && actsForBefore(toks, i) && postActedFor(positions, chainRank, toks[k])) return i + 1;
  // "Tại cuộc gặp Ngoại trưởng Nga, Đặc phái viên Mistura nhấn mạnh": the post met, in a fronted clause, is the other party's
  if (positions.length && i > 1 && t.gap === Gap.Space && MET_BEFORE.has(toks[i - 1].w) && metInFrontedClause(text, toks, i, k) && postsMetDropped(text, positions, chainRank, toks[k])) return i + 1;
  // "Trong thời gian giữ các chức vụ Bí thư Đảng ủy, Giám đốc Công ty X, bà Y": the posts of a time clause are no titles of the name after it
  if (positions.length && i > 2 && chainRank === null && heldInTimeClause(toks, i)) return k;
  // "Trưởng khoa Nhi ĐH Y Hà Nội": a post read up to a school's type word; the capitals after it are the school's name
  if (positions.length && k > i && toks[k]?.gap === Gap.Space && (endsWithSchoolType(toks, k) || endsWithHospitalType(toks, k))) return k;
  const rank = chainRank;
  const afterBracket = chainAfterBracket;
  const titled = rank !== null || positions.length > 0;
  // "Giám đốc Công ty X (có thương hiệu Y), ông Z": a bracketed note on the body, then the holder
  // ("Phó Chủ tịch Tập đoàn GE (Mỹ) Christian Bennett": the body's country in brackets, then the holder)
  let countryNoted = false, noteDashed = false;
  if (positions.length && toks[k]?.gap === Gap.Paren && !afterBracket) {
    const q = pastBracketNote(text, toks, k);
    if (q > 0) k = q;
    else {
      const country = countryInBrackets(text, toks, k);
      // ("Giám đốc Bệnh viện X (Nghệ An) Tăng Việt Hà", "Giám đốc Ban QLDA (Bộ GTVT) Lê Kim Thành": a place or parent body)
      const c = country > 0 ? country : pastShortNote(text, toks, k);
      if (c > 0 && startsHolderName(text, toks, c)) { k = c; countryNoted = true; }
      // ("Cục trưởng Cục chống tham nhũng (Thanh tra Chính phủ) - ông X": the parent in brackets, a dash, an honorific)
      else if (toks[k].cap && positions[positions.length - 1].organization !== null) { const d = noteThenDashAt(text, toks, k); if (d > 0 && matchAt(toks, d, HONORIFIC_TABLE)) { k = d; noteDashed = true; } }
    }
  } else if (positions.length && toks[k]?.gap === Gap.Space && !toks[k].cap) {
    const past = pastPlaceAside(text, toks, k, positions);
    const tail = past !== k ? k : holderAfterBodyTail(text, toks, k, positions);
    // ("Cục trưởng Cục quản lý giá (Bộ Tài chính) Nguyễn Anh Tuấn": the tail read past a bracketed note, the holder found)
    if (tail !== k && toks[tail].gap === Gap.Break) countryNoted = true;
    k = past !== k ? past : tail;
  }
  // "Chủ tịch Công đảng, đảng đối lập lớn nhất, Jeremy Corbyn": the body described again before the name
  const described = positions.length > 0 && toks[k]?.gap === Gap.Comma && !toks[k].cap ? skipBodyDescription(text, toks, k) : k;
  const skippedDescription = described !== k;
  k = described;
  let nameAt = k;
  // (a degree after a post only after a comma or dash, the post naming its body: "Giám đốc Bệnh viện Bạch Mai, PGS.TS X";
  // "(Chủ tịch), TS X" and "của tân Tổng thống, GS X" name someone else)
  // ("Hiệu trưởng PGS.TS Lưu Trang": a degree right after the post)
  // ("Đại tá, TS Vũ Hồng Quang": a rank alone, a comma, then the holder's degree)
  const cueOk = k === i || (toks[k]?.gap === Gap.Space && (rank !== null || positions.length > 0)) || ((toks[k]?.gap === Gap.Comma || toks[k]?.gap === Gap.Dash) && positions.length > 0 && positions[positions.length - 1].organization !== null
    && !(i > 0 && AGENT_OR_OWNER_BEFORE.has(toks[i - 1].w))) || (toks[k]?.gap === Gap.Comma && rank !== null && positions.length === 0);
  // (capitalised only: "nhà báo", "luật sư" in lower case are mostly no title before a name)
  const hon = matchAt(toks, k, HONORIFIC_TABLE) ?? (cueOk && toks[k]?.cap && hasId(PERSON_CUE_FIRST, toks[k].w) ? matchAt(toks, k, PERSON_CUE_TABLE) : null);
  // "Cố vấn ông Trump" is Trump's adviser, not Trump
  if (hon && toks[k].gap === Gap.Space && positions.length && ADVISER_RE.test(foldedTitle(positions[positions.length - 1].text))) return k;
  const honGapOk = k === i || !toks[k] || toks[k].gap === Gap.Space || toks[k].gap === Gap.Comma || toks[k].gap === Gap.Dash
    || (toks[k].gap === Gap.Break && positions.length > 0 && (noteDashed || closesBracketNote(text, toks, k)));
  // "tiếp Ngoại trưởng và Đại sứ Nga, ông Trump": posts joined by "và" name other people than the one after the comma
  const joinedPosts = toks[k]?.gap === Gap.Comma && i > 1 && toks[i].gap === Gap.Space && toks[i - 1].w === VA_ID && endsPost(toks, i - 1);
  // "Báo cáo với Bộ trưởng, cô X - Hiệu trưởng", "cuộc gặp của Thủ tướng, ông X": a bare post, a comma, then an honorific
  // opens another person (a post naming its body keeps its holder: "Chủ tịch UBND tỉnh, ông X")
  // (unless the post is named as the capacity held: "với vai trò Thành viên HĐQT, ông X")
  const bareThenHonorific = hon !== null && toks[k].gap === Gap.Comma && rank === null && positions.length > 0 && positions[positions.length - 1].organization === null
    && !(i > 0 && CAPACITY_BEFORE_POST.has(toks[i - 1].w));
  let named = false;
  if (hon && honGapOk && (titled || k === i) && toks[k + hon.len]?.gap === Gap.Space && !joinedPosts && !bareThenHonorific) { nameAt = k + hon.len; named = true; }
  // "Tổng thống Hàn Quốc, Park Geun-hye", "Bộ trưởng Quốc phòng sắp mãn nhiệm, Jean-Yves Le Drian": the holder after a
  // comma (and the post's tenure), not when the post is someone's owner ("cố vấn của Tổng thống, X")
  const tenure = titled && !hon && toks[k]?.gap === Gap.Space && !toks[k].cap ? matchAt(toks, k, TENURE_TABLE) : null;
  // (the bound tested, not read past: a tenure closing the text deopted this out of bounds)
  const commaAt = tenure && k + tenure.len < toks.length && toks[k + tenure.len].gap === Gap.Comma ? k + tenure.len : k;
  if (!named && titled && !hon && positions.length && toks[commaAt]?.gap === Gap.Comma && !skippedDescription && !afterBracket
    && !(i > 0 && AGENT_OR_OWNER_BEFORE.has(toks[i - 1].w)) && toks[i].gap !== Gap.Dash && !(i > 0 && endsPost(toks, i))
    && startsHolderName(text, toks, commaAt)) {
    // (not in a list "A - Post, B - Post": B's own post follows B)
    const e = parseName(toks, text, commaAt);
    if (!toks[e] || (toks[e].gap !== Gap.Dash && (toks[e].gap !== Gap.Space || !toks[e].cap))) { k = commaAt; nameAt = commaAt; named = true; }
  }
  if (countryNoted && !hon) named = true;
  if (named) { /* the holder is found */ }
  // "Chủ tịch Tottenham - Daniel Levy tuyên bố": the holder after a dash
  // (not a post inside a body's name: "Phủ Tổng thống Ấn Độ - Rashtrapati Bhavan")
  else if (titled && toks[k]?.gap === Gap.Dash && !skippedDescription && !afterBracket && holderAfterDash(text, toks, k, i)) nameAt = k;
  else if (titled && toks[k]?.gap !== Gap.Space && !skippedDescription && !afterBracket) {
    // "các đồng chí Phó Bí thư Tỉnh ủy: A – Chủ tịch UBND tỉnh; B, C": the post for each name of the list
    const listEnd = positions.length && !rank ? colonList(text, toks, k, positions, out, pluralHead(toks, i)) : -1;
    return listEnd > 0 ? listEnd : i + 1;
  }
  // "Giám đốc Công ty luật X là Richard Cullen": the post, then "là" and who holds it
  let viaLa = false;
  // "2 thẩm phán khác là A và B": "khác" (other) between the post and "là"
  if (titled && !hon && toks[k]?.f === 'khác' && toks[k].gap === Gap.Space && toks[k + 1]?.w === LA_ID) k++;
  if (tenure && k + tenure.len < toks.length && toks[k + tenure.len].w === LA_ID && toks[k + tenure.len].gap === Gap.Space) k += tenure.len;
  // "Giám đốc công trình là ông X": a bare post's unit in one or two lower-case words, then "là" and the holder
  const lastBare = titled && !hon && !rank && positions.length === 1 && positions[0].organization === null ? positions[0] : null;
  if (lastBare && toks[k]?.gap === Gap.Space && !toks[k].cap && !toks[k].num && toks[k].w !== LA_ID) k = bareUnitBeforeLa(text, toks, k, positions, lastBare);
  const laName = titled && !hon && toks[k]?.w === LA_ID ? nameAfterLa(text, toks, k) : -1;
  if (laName >= 0) { nameAt = laName; viaLa = true; }
  if (!titled && !hon && !(t.cap && (!t.acro || startsCapsName(text, toks, i)))) return i + 1;
  if ((viaLa || (named && toks[k].gap === Gap.Space)) && positions.length === 1) agentOfPostBefore(text, toks, i, positions);
  return holderAt(text, toks, i, k, nameAt, rank, positions, titled, hon !== null, viaLa, foreignName, out);
}

/**
 * "Phát ngôn viên của Tổng thống Nga là ông Dmitry Peskov", "cố vấn của Tổng thống Ukraine ông Yuri Biryukov": a post owned
 * by "của" after another post is that post's holder's; the name after "là" or an honorific holds the outer post, not this one:
 * the post becomes the outer post's body.
 */
const SU_ID = lexiconWordId('sự');
function agentOfPostBefore(text: string, toks: Token[], i: number, positions: Position[]): void {
  if (i < 2 || toks[i].gap !== Gap.Space || toks[i - 1].w !== CUA_ID || toks[i - 1].gap !== Gap.Space) return;
  for (let back = 1; back <= 3 && i - 1 - back >= 0; back++) {
    const a = i - 1 - back;
    if (matchAt(toks, a, POSITION_TABLE)?.len !== back || (a > 0 && toks[a].gap === Gap.Space && matchAt(toks, a - 1, POSITION_TABLE))) continue;
    // ("dưới sự lãnh đạo của chỉ huy ... là X": after "sự" the word is the act, leadership, not a post)
    if (a > 0 && toks[a].gap === Gap.Space && toks[a - 1].w === SU_ID) return;
    const p = positions[0], s = toks[a].s;
    positions[0] = newPosition(text.slice(s, toks[i - 2].e), text.slice(toks[i].s, p.span[1]), text.slice(s, p.span[1]), [s, p.span[1]]);
    return;
  }
}

/** The name at nameAt, after the ranks and posts read from i (k: the token after them), and the posts after the name. */
// (candidateFrom's rarer tests, apart so that their first use recompiles only them)
/**
 * "Chủ tịch Tottenham - Daniel Levy tuyên bố": the holder after a dash
 * (not a post inside a body's name: "Phủ Tổng thống Ấn Độ - Rashtrapati Bhavan", the post after a capitalised word).
 */
function holderAfterDash(text: string, toks: Token[], k: number, i: number): boolean {
  return holderNameAt(text, toks, k) && !(i > 0 && toks[i].gap === Gap.Space && toks[i - 1].cap && !toks[i - 1].num && !DASH_POST_OPENERS.has(toks[i - 1].w));
}
/** Capitalised words that open a sentence before a post and are no body's name ("Theo Chánh văn phòng Hội X - Y thì ..."). */
const DASH_POST_OPENERS = idSet(['theo', 'với', 'còn', 'khi', 'trong', 'tại', 'qua', 'hiện', 'thay', 'được', 'ngoài', 'sau', 'trước', 'cùng']);
/** "... là ông X": after a post, "là" (token k), an optional honorific and the holder's name; where the name starts, else -1. */
function nameAfterLa(text: string, toks: Token[], k: number): number {
  if (toks[k].gap !== Gap.Space || toks[k + 1]?.gap !== Gap.Space) return -1;
  const h2 = matchAt(toks, k + 1, HONORIFIC_TABLE);
  const at = h2 ? k + 1 + h2.len : k + 1;
  const e2 = parseName(toks, text, at);
  return e2 > at + 1 && (startsFamilyName(toks, at) || isForeignNameWord(text, toks[at]) || isForeignNameWord(text, toks[at + 1])) ? at : -1;
}

const COMMAND_POSTS = ['chỉ huy', 'chỉ huy trưởng', 'chỉ huy phó', 'tư lệnh', 'tư lệnh trưởng', 'đội trưởng', 'đội phó', 'trưởng', 'giám đốc',
  'trưởng phòng', 'chính ủy', 'chính uỷ', 'trưởng đồn', 'đồn trưởng', 'trưởng trạm', 'trạm trưởng', 'cục trưởng', 'trưởng ban', 'chánh văn phòng',
  'hạm trưởng', 'thuyền trưởng', 'trung đoàn trưởng', 'tiểu đoàn trưởng', 'sư đoàn trưởng', 'lữ đoàn trưởng', 'phát ngôn viên', 'người phát ngôn'];
// (no first-word bit: a rare path, and the bits are shared by every phrase table built after it)
const COMMAND_POST_TABLE = phraseTable(COMMAND_POSTS.flatMap((p) => [p, 'phó ' + p, 'nguyên ' + p, 'cựu ' + p, 'nguyên phó ' + p].map((x) => [x, true] as [string, boolean])), false);
const TRUONG_ID = lexiconWordId('trưởng');
/** Words that end a commander's unit read in lower case: its owner, parent, a second post, a list or the clause going on. */
// (and "một/các/những" opening it: a unit described, not named; "chỉ" after the head is an adverb, "chỉ huy chỉ xếp sau ...")
const COMMAND_UNIT_STOP_IDS = idSet(['của', 'thuộc', 'kiêm', 'và', 'là', 'khi', 'đã', 'vừa', 'cũng', 'đang', 'sẽ', 'từng', 'cho', 'với', 'trong', 'đến', 'được', 'bị',
  'một', 'các', 'những', 'chỉ']);
const MAX_COMMAND_UNIT_WORDS = 10;

/**
 * After a rank and a name, at the comma or dash k: a commander's post in lower case and its unit ("đội trưởng đội
 * hình sự đặc nhiệm", "chỉ huy trưởng căn cứ không quân X", "trưởng công an huyện Y"), closed by punctuation, the
 * person's verb or the unit's owner ("của"). Pushes the post and returns the token after it, or k.
 */
function rankedLowerPost(text: string, toks: Token[], k: number, out: Position[]): number {
  const t = toks[k];
  if (t.gap !== Gap.Comma && t.gap !== Gap.Dash) return k;
  const head = matchAt(toks, k, COMMAND_POST_TABLE);
  if (!head) return k;
  const unitAt = k + head.len;
  // ("trưởng thành", grown up; "trưởng" alone heads only a named body: "trưởng công an huyện X")
  if (toks[unitAt - 1].w === TRUONG_ID && (head.len === 1 || toks[unitAt - 2].f === 'phó') && !matchAt(toks, unitAt, ORG_TABLE)) return k;
  let q = unitAt;
  while (q < toks.length && q - unitAt < MAX_COMMAND_UNIT_WORDS && toks[q].gap === Gap.Space && !COMMAND_UNIT_STOP_IDS.has(toks[q].w)
    && !(!toks[q].cap && predicateAt(toks, q))) q++;
  if (q === unitAt) return k;
  const stop = toks[q];
  const closed = !stop || stop.gap !== Gap.Space || stop.w === CUA_ID || stop.w === THUOC_ID || (!stop.cap && !!predicateAt(toks, q));
  // (a unit cut at its level word, "trưởng Công an TP. Cam Ranh", is left unread)
  if (!closed || endsWithUnitLevel(toks, q) || endsWithProvinceLevel(toks, q)) return k;
  const s = toks[k].s, e = toks[q - 1].e;
  out.push(newPosition(text.slice(s, toks[unitAt - 1].e), text.slice(toks[unitAt].s, e), text.slice(s, e), [s, e]));
  return q;
}

/** After a name at the comma or dash k, a capitalised post of two words or more with lower-case words after it that no reading closed. */
function bareTitleAfterName(text: string, toks: Token[], k: number, after: Position[]): void {
  const t = toks[k];
  if (!t || (t.gap !== Gap.Comma && t.gap !== Gap.Dash) || !t.cap || !(t.k & POSITION_TABLE.bit)) return;
  const p = parsePosition(text, toks, k, false, true);
  const next = p ? toks[p.endTok] : undefined;
  // (a verb at once, "ông X, Tổng bí thư cho hay", is the next clause's subject: read elsewhere)
  if (p && p.position.organization === null && p.position.title.includes(' ') && next && next.gap === Gap.Space && !next.cap && !next.num
    && !predicateAt(toks, p.endTok)) after.push(p.position);
}

function holderAt(text: string, toks: Token[], i: number, k: number, nameAt: number, rank: Mention | null, positions: Position[], titled: boolean,
  hon: boolean, viaLa: boolean, foreignName: boolean, out: Candidate[]): number {
  let nameEnd = parseName(toks, text, nameAt);
  if (nameEnd < 0) return i + 1;
  // "Bộ Tư lệnh Thái Bình Dương Mỹ": a name does not start inside a place's name
  if (nameAt > 0 && toks[nameAt].gap === Gap.Space && continuesPlaceName(toks, nameAt)) return i + 1;
  // "Giám đốc Công ty TNHH Hoàng Anh Nguyễn Văn Hải": a brand, then the holder's full name, read as one run
  const lastBody = positions.length && nameAt === k && !hon ? positions[positions.length - 1] : null;
  const runHolder = lastBody ? holderAfterBodyRun(text, toks, nameAt, nameEnd, positions, lastBody) : -1;
  if (runHolder > 0) { nameAt = runHolder; nameEnd = runHolderEnd; }
  // "Chủ tịch Real Madrid, Florentino Perez cho biết": a bare company post, its brand closed by a comma, then the holder
  const bare = positions.length && nameAt === k && !hon && nameEnd < toks.length && toks[nameEnd].gap === Gap.Comma ? positions[positions.length - 1] : null;
  // (not the post of someone's relative or owner: "chồng của Giám đốc điều hành Facebook X, Y")
  const brandHolderEnd = bare ? holderAfterBareBrand(text, toks, i, nameAt, nameEnd, positions, bare) : -1;
  if (brandHolderEnd > 0) { nameAt = nameEnd; nameEnd = brandHolderEnd; }
  // Without a rank, post or honorific, only a family-name name with a post after it counts.
  // A post both before and after a name is rare; the later one is mostly the next clause's subject.
  const after: Position[] = [];
  const theoAt = nameAt - (nameAt > k ? nameAt - k : 0) - 1;
  // "ông Hồ Quang Bửu Chủ tịch UBND huyện Nam Trà My cho hay": a capitalised post with no comma after a full name
  const postRunsOn = !positions.length && toks[nameEnd]?.gap === Gap.Space && toks[nameEnd].cap && nameEnd - nameAt >= 2 && (!!hon || startsFamilyName(toks, nameAt))
    && startsTitleWord(toks, nameEnd) && !matchAt(toks, nameEnd, ORG_TABLE) && !matchAt(toks, nameEnd, RANK_TABLE);
  // (a name after "của"/"được" is an owner or agent: "lời xác nhận của ông Trump, Tổng thống tiền nhiệm ... ra tuyên bố")
  // (a rank tells a person as an honorific does: "Đại tá X, Phó Chánh Văn phòng làm trưởng đoàn")
  const cued = i > 0 && AGENT_OR_OWNER_BEFORE.has(toks[i - 1].w) ? Cue.None
    : !hon && !rank ? (fullVietnameseName(toks, nameAt, nameEnd) ? Cue.FullName : Cue.None)
    : i === 0 || toks[i].gap === Gap.Comma || toks[i].gap === Gap.Break ? Cue.ClauseStart : Cue.Honorific;
  let appEnd = positions.length ? nameEnd : appositions(text, toks, nameEnd, after, theoAt >= 0 && toks[theoAt].w === THEO_ID, postRunsOn, cued);
  if (appEnd === nameEnd && cued === Cue.None && !positions.length && foreignClauseSubject(toks, i, foreignName, k, nameAt)) appEnd = foreignSubjectPosts(text, toks, nameEnd, after);
  // "Trung tá X, đội trưởng đội hình sự đặc nhiệm nhận định": after a rank and a name, a commander's post in lower case
  if (rank && appEnd === nameEnd && !positions.length && nameEnd < toks.length && !toks[nameEnd].cap) appEnd = rankedLowerPost(text, toks, nameEnd, after);
  // "Thủ tướng Anh Theresa May, lãnh đạo đảng Bảo thủ, đã ...": a lower-case post closed by punctuation describes the same person
  // ("Hạ nghị sỹ X, Chủ tịch Ủy ban An ninh Hạ viện", "ĐBQH Y, Ủy viên Ủy ban ...": a bare member's seat, then the post held)
  if (positions.length && nameEnd < toks.length && toks[nameEnd].gap === Gap.Comma) appEnd = secondPostAfter(text, toks, nameEnd, positions, after, appEnd, i > 0 && toks[i].gap === Gap.Space && ADDRESSED_BEFORE.has(toks[i - 1].w), subjectOpensClause(toks, i, out));
  // "Đại biểu X (Khánh Hòa), Chủ tịch Liên đoàn Luật sư Việt Nam, cho rằng": a deputy's province in brackets, then the post
  else if (positions.length && nameEnd < toks.length && toks[nameEnd].gap === Gap.Paren && positions.every(isSeat)) {
    appEnd = postAfterSeatNote(text, toks, nameEnd, after, appEnd);
    if (appEnd === nameEnd) appEnd = postAfterHolder(text, toks, nameEnd, after, appEnd);
  } else if (positions.length && nameEnd < toks.length && (toks[nameEnd].gap === Gap.Dash || toks[nameEnd].gap === Gap.Paren)) appEnd = postAfterHolder(text, toks, nameEnd, after, appEnd);
  // "A và B, nguyên Tổng giám đốc và Phó tổng giám đốc MHBS": two names, two posts, each in turn
  if (!titled && !after.length && appEnd === nameEnd && toks[nameEnd]?.gap === Gap.Comma && nameAt > 1 && toks[nameAt - 1].w === VA_ID) {
    const pair = respectivePosts(text, toks, nameAt, nameEnd, out);
    if (pair > 0) return pair;
  }
  // "Bộ trưởng dưới thời Tổng thống Obama làm cố vấn", "được ông Trump bổ nhiệm làm": the verb's subject is someone else
  predicateHeld = false;
  // ("ông Đỗ Tịnh - chồng bà Thanh làm giám đốc": after a relative's name the verb is the person's described, not the relative's)
  let end = appEnd === nameEnd && (toks[nameEnd]?.gap === Gap.Space || toks[nameEnd]?.w === THUOC_ID || toks[nameEnd]?.w === NGUOI_ID) && !(i > 0 && AGENT_OR_OWNER_BEFORE.has(toks[i - 1].w))
    && !(PREDICATE_FIRST_IDS.has(toks[nameEnd].w) && namedAsKin(toks, nameEnd)) && !replacedBefore(toks, i) ? predicatePosts(text, toks, nameEnd, after, titled, timeClauseBefore(toks, i)) : appEnd;
  // "A, Phó hiệu trưởng nhà trường được bổ nhiệm làm Hiệu trưởng Trường X": the apposition, then the verb giving the new post
  if (appEnd > nameEnd && after.length && toks[appEnd]?.gap === Gap.Space && PREDICATE_FIRST_IDS.has(toks[appEnd].w)) end = predicatePosts(text, toks, appEnd, after, true);
  // "Ông X (SN 1965) là Giám đốc Sở ...", "bà Y (Quảng Nam) giữ chức Chủ tịch ...": a short note after an honoured name, then the verb and the post
  if (hon && !titled && !after.length && end === nameEnd && toks[nameEnd]?.gap === Gap.Paren) end = postAfterNameNote(text, toks, nameEnd, after, timeClauseBefore(toks, i));
  // "chỉ định ông X (theo đường lối bảo thủ) làm Thủ tướng": the one appointed holds the post
  if (!positions.length && !after.length && end === nameEnd && toks[nameEnd]?.gap === Gap.Space && i > 0 && toks[i].gap === Gap.Space && endsAppointingVerb(toks, i)) end = appointedPost(text, toks, nameEnd, after);
  // "Wayne White, một quan chức tình báo cấp cao ...": an official described, with no post to name
  const describedOfficial = !titled && !after.length && end === nameEnd && toks[nameEnd]?.gap === Gap.Comma && !!matchAt(toks, nameEnd, OFFICIAL_DESCRIPTION_TABLE);
  // "ông X, Giám đốc tuyển sinh Trường ĐH Y cho rằng": when nothing else is read, a capitalised post of two words or more
  // after a name told by its honorific is that person's, its unit's words unread: the bare post
  // (a Vietnamese name only: a foreign one's post is read by the foreign reading)
  // (nor after "Theo", "với", "về": "đối với ông X, Tổng Bí thư gửi lời cảm ơn" opens the next clause)
  if (!titled && !after.length && !describedOfficial && !predicateHeld && cued !== Cue.None && !foreignName && startsFamilyName(toks, nameAt)
    && !(theoAt >= 0 && toks[theoAt].w === THEO_ID) && !(i > 0 && toks[i].gap === Gap.Space && (ADDRESSED_BEFORE.has(toks[i - 1].w) || toks[i - 1].w === VE_ID))) {
    bareTitleAfterName(text, toks, nameEnd, after);
  }
  const heldSomething = after.length > 0 || describedOfficial || predicateHeld;
  // "Steve Bannon, cố vấn cao cấp của ...": a foreign name of two words or more with a post after it
  // ("bác sĩ Hạ Bá Chân, Giám đốc Bệnh viện ...": after a lower-case degree or occupation, any name with a post set off after it)
  if (!titled && !hon && (!heldSomething || !(startsFamilyName(toks, nameAt) || startsCapsName(text, toks, nameAt) || foreignName && nameEnd - nameAt >= 2
    || (appEnd > nameEnd && nameAt === i && nameEnd - nameAt >= 2 && (toks[nameEnd].gap === Gap.Comma || toks[nameEnd].gap === Gap.Dash) && i > 0 && lowerCueBefore(toks, i)
      && !cueAddressed(toks, i))))) return i + 1;
  // "quận Nam Từ Liêm, Ủy viên ...": a bare name is no name when it continues a unit's name
  if (!titled && !hon && nameAt === i && insidePlaceName(toks, i)) return i + 1;
  // ("Phó Viện trưởng VKSND huyện Triệu Phong, Phó Viện trưởng ...": two syllables after a unit's level word are its name)
  if (!titled && !hon && !rank && nameAt === i && nameEnd - nameAt === 2 && toks[i].gap === Gap.Space && endsWithUnitLevel(toks, i)) return i + 1;
  // "tàu sân bay Đô đốc Kuznetsov": a ship named after an officer
  if (rank && shipNamedAfterOfficer(text, toks, i, nameAt, nameEnd)) return nameEnd;
  const lastPost = positions[positions.length - 1];
  // (a company's board is no company: after "Ủy viên HĐQT" one word is the company's brand)
  const businessPost = !rank && !!lastPost && (lastPost.organization === null ? BUSINESS_POST_RE.test(foldedTitle(lastPost.title)) : BOARD_RE.test(foldedTitle(lastPost.organization)));
  out.push({ nameStart: nameAt, nameEnd, rank, positions: [...positions, ...after], titled: titled || heldSomething, businessPost });
  const next = Math.max(end, nameEnd);
  if (viaLa) return laListTail(text, toks, nameEnd, rank, positions, businessPost, out, next);
  return rank || positions.length ? sharedPostPartner(text, toks, i, nameAt, nameEnd, rank, positions, businessPost, out, next) : next;
}

/**
 * "tài khoản Vũ Thị Thùy Dương, Giám đốc khối kế toán để ...": a Vietnamese name of three words or more, family name first, tells
 * a person as an honorific does, so a bare post after it reads its lower-case unit on (see appositions).
 */
function fullVietnameseName(toks: Token[], s: number, e: number): boolean {
  return e - s >= 3 && startsFamilyName(toks, s);
}

/** After a name at e the clause goes on (a verb, a bracketed note, the sentence's end, or a comma before a lower-case word that opens no post). */
export function clauseGoesOnAfter(toks: Token[], e: number): boolean {
  const t = toks[e];
  if (t.gap === Gap.Break || t.gap === Gap.Paren) return true;
  if (t.cap || (t.gap !== Gap.Space && t.gap !== Gap.Comma)) return false;
  return t.gap === Gap.Space || !(t.k & (POSITION_TABLE.bit | PREFIX_TABLE.bit | RANK_TABLE.bit));
}

/**
 * The name at [s, e) is written elsewhere after a word that is no honorific or link word, mostly the end of its own post
 * ("Tổng thống Mỹ Donald Trump", "Giám đốc Sở Y tế Trần Văn Bình"): a post shared with the name before it would be the wrong one.
 */
export function postedElsewhere(text: string, s: number, e: number): boolean {
  const name = text.slice(s, e);
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (at === s || at < 2 || text.charCodeAt(at - 1) !== 32) continue;
    const word = text.slice(text.lastIndexOf(' ', at - 2) + 1, at - 1);
    if (!BARE_NAME_BEFORE.has(word.toLowerCase()) && !PUNCTUATED_END_RE.test(word)) return true;
  }
  return false;
}
const BARE_NAME_BEFORE = new Set(['ông', 'bà', 'anh', 'chị', 'cô', 'chí', 'ngài', 'và', 'của', 'với', 'cho', 'là', 'giữa', 'cùng', 'thì', 'mà', 'rằng', 'theo', 'gặp', 'tiếp', 'thăm', 'mời', 'như', 'khi', 'lúc']);
const PUNCTUATED_END_RE = /[.,;:!?"“”()]$/;

/**
 * "Thượng nghị sĩ Marco Rubio và Tom Cotton tỏ ra", "hai trung úy A và B thuộc Đội CSGT": the post or rank before a name
 * is the second name's too when "và" joins a bare name of the same kind that ends the clause. Returns where reading goes on.
 */
function sharedPostPartner(text: string, toks: Token[], i: number, nameAt: number, nameEnd: number, rank: Mention | null, positions: Position[],
  businessPost: boolean, out: Candidate[], next: number): number {
  const v = toks[nameEnd];
  if (!v || v.w !== VA_ID || v.gap !== Gap.Space || toks[nameEnd + 1]?.gap !== Gap.Space) return next;
  const at = nameEnd + 1;
  const e = parseName(toks, text, at);
  if (e < at + 2) return next;
  // (both Vietnamese or both foreign: "Thủ tướng Nguyễn Xuân Phúc và Donald Trump" is two posts)
  const vietnamese = startsFamilyName(toks, nameAt);
  if (vietnamese ? !startsFamilyName(toks, at) : startsFamilyName(toks, at) || !(isForeignNameWord(text, toks[at]) || isForeignNameWord(text, toks[at + 1]))) return next;
  // (the clause goes on after the pair: a comma or bracket may open the second name's own post)
  const after = toks[e];
  if (after && !clauseGoesOnAfter(toks, e) && !postOfNextHolder(text, toks, e)) return next;
  // ("cha con Thượng tá A và B": kin named together)
  if (i > 0 && toks[i].gap === Gap.Space && KIN_IDS.has(toks[i - 1].w)) return next;
  if (postedElsewhere(text, toks[at].s, toks[e - 1].e)) return next;
  out.push({ nameStart: at, nameEnd: e, rank, positions, titled: true, businessPost });
  return Math.max(next, e);
}

/**
 * "cựu Bộ trưởng Ngoại giao John Kerry và Madeleine Albright, cựu cố vấn an ninh quốc gia Susan Rice": at the comma e after a
 * pair, a post and then a name open the list's next holder, not the second name's own post (that has no name after it).
 */
function postOfNextHolder(text: string, toks: Token[], e: number): boolean {
  if (toks[e].gap !== Gap.Comma) return false;
  const p = parsePosition(text, toks, e, false, true);
  return !!p && toks[p.endTok]?.gap === Gap.Space && startsHolderName(text, toks, p.endTok) && parseName(toks, text, p.endTok) >= p.endTok + 2;
}

/**
 * The bare company post of a holder's name [nameAt, nameEnd) closed by a comma: when its brand is that name and the
 * holder follows, the brand joins the post (positions' last entry, bare, is replaced) and the holder's end is returned, else -1.
 */
function holderAfterBareBrand(text: string, toks: Token[], i: number, nameAt: number, nameEnd: number, positions: Position[], bare: Position): number {
  // (not the post of someone's relative or owner: "chồng của Giám đốc điều hành Facebook X, Y")
  if (bare.organization !== null || nameEnd - nameAt > 2 || (i > 0 && AGENT_OR_OWNER_BEFORE.has(toks[i - 1].w)) || !BUSINESS_POST_RE.test(foldedTitle(bare.title))) return -1;
  const holderEnd = holderAfterBrand(text, toks, nameAt, nameEnd);
  if (holderEnd > 0) {
    const e = toks[nameEnd - 1].e;
    positions[positions.length - 1] = newPosition(bare.title, text.slice(toks[nameAt].s, e), text.slice(bare.span[0], e), [bare.span[0], e]);
  }
  return holderEnd;
}

/** The holder's name end found by holderAfterBodyRun (a module variable: the caller's cold branch then needs no call). */
let runHolderEnd = -1;
/**
 * "Giám đốc Công ty TNHH Hoàng Anh Nguyễn Văn Hải": a brand, then the holder's full name, read as one run [nameAt, nameEnd).
 * The brand joins the body of the last post (lastBody, replaced in positions); where the holder starts, else -1.
 */
function holderAfterBodyRun(text: string, toks: Token[], nameAt: number, nameEnd: number, positions: Position[], lastBody: Position): number {
  if (!lastBody.organization) return holderAfterEnglishBrand(text, toks, nameAt, nameEnd, positions, lastBody);
  if (!(toks[nameEnd]?.gap === Gap.Space && toks[nameEnd].cap && !toks[nameEnd].num)) return -1;
  const holder = holderInsideRun(text, toks, nameAt, nameEnd);
  if (holder > 0) {
    const e = toks[holder - 1].e;
    positions[positions.length - 1] = newPosition(lastBody.title, text.slice(lastBody.span[1] - lastBody.organization.length, e), text.slice(lastBody.span[0], e), [lastBody.span[0], e]);
    runHolderEnd = parseName(toks, text, holder);
  }
  return holder;
}
/**
 * "Tổng Giám đốc Vietnam Airlines Dương Trí Thành": after a bare company post, a brand in unaccented capitalised
 * words, then a Vietnamese full name: the brand is the post's body and the name its holder (or -1).
 */
function holderAfterEnglishBrand(text: string, toks: Token[], nameAt: number, nameEnd: number, positions: Position[], bare: Position): number {
  if (!isUnaccented(text, toks[nameAt]) || startsFamilyName(toks, nameAt) || !BUSINESS_POST_RE.test(foldedTitle(bare.title))) return -1;
  const holder = holderInsideRun(text, toks, nameAt, nameEnd);
  if (holder < 0) return -1;
  for (let q = nameAt + 1; q < holder; q++) if (!isUnaccented(text, toks[q])) return -1;
  const e = toks[holder - 1].e;
  positions[positions.length - 1] = newPosition(bare.title, text.slice(toks[nameAt].s, e), text.slice(bare.span[0], e), [bare.span[0], e]);
  runHolderEnd = parseName(toks, text, holder);
  return holder;
}

/** "tàu sân bay Đô đốc Kuznetsov": a ship named after an officer; its name is noted. */
function shipNamedAfterOfficer(text: string, toks: Token[], i: number, nameAt: number, nameEnd: number): boolean {
  if (!isShipName(text, toks, i)) return false;
  shipNames.add(toks.slice(nameAt, nameEnd).map((x) => x.f).join(' '));
  return true;
}

const LIST_GOES_ON_IDS = idSet(['và', 'cùng', 'hay', 'hoặc', 'với']);
/**
 * The brand [s, e) of a bare company post, closed by a comma, then its holder's foreign name of two words and the verb
 * ("Chủ tịch Real Madrid, Florentino Perez cho biết"); the holder's end, or -1. Not a Vietnamese name first, nor a list.
 */
function holderAfterBrand(text: string, toks: Token[], s: number, e: number): number {
  if (startsFamilyName(toks, s) || !isForeignNameWord(text, toks[e]) && !isForeignNameWord(text, toks[e + 1])) return -1;
  const h = parseName(toks, text, e);
  const v = toks[h];
  // (closed by the verb, or by a comma before lower case: "Ramon Calderon, thương vụ ...")
  return h >= e + 2 && h - e <= 3 && !!v && (v.gap === Gap.Space || v.gap === Gap.Comma) && !v.cap && !v.num && !LIST_GOES_ON_IDS.has(v.w) ? h : -1;
}

/**
 * "A và B, nguyên Tổng giám đốc và Phó tổng giám đốc MHBS": the first name holds the first post, the second the second.
 * B is at [nameAt, nameEnd). Pushes both and returns where reading goes on, or -1.
 */
function respectivePosts(text: string, toks: Token[], nameAt: number, nameEnd: number, out: Candidate[]): number {
  if (toks[nameAt].gap !== Gap.Space || toks[nameAt - 1].gap !== Gap.Space) return -1;
  let prev = -1;
  for (let s = nameAt - 3; s >= Math.max(0, nameAt - 1 - MAX_NAME_TOKENS); s--) if (parseName(toks, text, s) === nameAt - 1 && startsHolderName(text, toks, s)) { prev = s; break; }
  if (prev < 0) return -1;
  const first = parsePosition(text, toks, nameEnd, false, true);
  const v = first ? toks[first.endTok] : undefined;
  if (!first || !v || v.w !== VA_ID || v.gap !== Gap.Space) return -1;
  const second = parsePosition(text, toks, first.endTok + 1, false, true);
  if (!second || !closesApposition(toks, second.endTok)) return -1;
  out.push({ nameStart: prev, nameEnd: nameAt - 1, rank: null, positions: [first.position], titled: true, businessPost: false });
  out.push({ nameStart: nameAt, nameEnd, rank: null, positions: [second.position], titled: true, businessPost: false });
  return second.endTok;
}

/** "hai cựu Ngoại trưởng – ông A và bà B", "các Phó Thủ tướng A, B và C": the holders of a plural post. Returns where reading goes on. */
function pluralHolders(text: string, toks: Token[], k: number, post: Position, out: Candidate[], next: number): number {
  for (let guard = 0; guard < 6; guard++) {
    const hon = matchAt(toks, k, HONORIFIC_TABLE);
    const at = hon && toks[k + hon.len]?.gap === Gap.Space ? k + hon.len : k;
    const e = parseName(toks, text, at);
    // ("Eunicio de Oliveira": a foreign name with a particle)
    if (!(startsHolderName(text, toks, at) || ((isForeignNameWord(text, toks[at]) || isForeignNameWord(text, toks[at + 1])) && e >= at + 2))) break;
    out.push({ nameStart: at, nameEnd: e, rank: null, positions: [post], titled: true, businessPost: false });
    next = Math.max(next, e);
    const t = toks[e];
    if (!t) break;
    if (t.w === VA_ID && t.gap === Gap.Space && toks[e + 1]?.gap === Gap.Space) k = e + 1;
    else if (t.gap === Gap.Comma) k = e;
    else break;
  }
  return next;
}

/** "... là A, B và C": each later name of the list holds the same post. Returns where reading goes on. */
function laListTail(text: string, toks: Token[], k: number, rank: Mention | null, positions: Position[], businessPost: boolean, out: Candidate[], next: number): number {
  for (let guard = 0; guard < 5; guard++) {
    const t = toks[k];
    if (!t) break;
    const at = t.w === VA_ID && t.gap === Gap.Space ? k + 1 : t.gap === Gap.Comma ? k : -1;
    if (at < 0 || (at > k && toks[at]?.gap !== Gap.Space)) break;
    const e = parseName(toks, text, at);
    if (e < at + 2 || !(startsFamilyName(toks, at) || isForeignNameWord(text, toks[at]) && isForeignNameWord(text, toks[at + 1]))) break;
    out.push({ nameStart: at, nameEnd: e, rank, positions, titled: true, businessPost });
    next = Math.max(next, e);
    if (at > k) break; // "và" closes the list
    k = e;
  }
  return next;
}

/** "Ash Carter và William Perry, hai cựu Bộ trưởng Quốc phòng Mỹ": one post for each name of the list. */
function listAppositions(text: string, toks: Token[], out: Candidate[]): void {
  for (const q of countCommas) {
    if (q < 1 || q + 1 >= toks.length || toks[q + 1].gap !== Gap.Space) continue;
    const p = parsePosition(text, toks, q + 1, true);
    if (!p) continue;
    const names: [number, number][] = [];
    let e = q;
    for (let guard = 0; guard < 5; guard++) {
      let s = e - 1;
      while (s > 0 && e - s < MAX_NAME_TOKENS && toks[s].gap === Gap.Space && toks[s - 1].cap && !toks[s - 1].acro) s--;
      while (s < e && parseName(toks, text, s) !== e) s++;
      if (s >= e || (toks[s].gap !== Gap.Space && toks[s].gap !== Gap.Comma && toks[s].gap !== Gap.Break)) break;
      names.push([s, e]);
      if (toks[s].gap === Gap.Space && toks[s - 1]?.f === 'và' && toks[s - 1].gap === Gap.Space) e = s - 1;
      else if (toks[s].gap === Gap.Comma && names.length > 0) e = s;
      else break;
    }
    if (names.length < 2) continue;
    for (const [s, e2] of names) out.push({ nameStart: s, nameEnd: e2, rank: null, positions: [p.position], titled: true, businessPost: false });
  }
}

/** `long` ends with the words of `short` (compared word by word, no joined strings). */
function endsWithWords(long: string[], short: string[]): boolean {
  const off = long.length - short.length;
  for (let q = 0; q < short.length; q++) if (long[off + q] !== short[q]) return false;
  return true;
}
/** Arab patronymic particles: the word after one is the father's name ("Mohammed bin Salman", son of Salman). */
const PATRONYMIC_WORDS = new Set(['bin', 'ibn', 'bint']);
/**
 * `long` ends with `short`, and not as the father's name after "bin" where `short` is a king's one name: "Quốc vương
 * Salman" is no mention of "Mohammed bin Salman", his son (the press does short a prince to his patronymic, "Thái tử
 * Salman", "cựu thái tử Nayef", and a minister to his last two names, "Ngoại trưởng Abdulrahman al-Thani").
 */
function endsWithSurname(long: string[], short: string[], kingly: boolean): boolean {
  return endsWithWords(long, short) && !(kingly && short.length === 1 && PATRONYMIC_WORDS.has(long[long.length - 2]));
}
/** Titles of a reigning monarch, folded: a father's, not his son's, when written before the patronymic's name alone. */
const KINGLY_TITLES = foldedSet(['quốc vương', 'vua', 'nhà vua', 'tiểu vương', 'hoàng đế', 'cố quốc vương', 'cựu quốc vương']);
const kinglyCandidate = (c: Candidate) => c.positions.some((p) => KINGLY_TITLES.has(foldedTitle(p.title)));
/**
 * "Esteban Lazo Hernández" in a caption beside "Juan Esteban Lazo Hernandez": the one person whose name, without its
 * acute accents, ends with this foreign name's words without theirs (only for a key with such an accent).
 */
function accentVariantOwner(people: Person[], w: string[]): Person | undefined {
  const short = unaccentedKey(w);
  if (short === null) return undefined;
  const sw = short.split(' ');
  let only: Person | undefined;
  for (const o of people) {
    if (o.key.length <= w.length) continue;
    const long = unaccentedKey(o.key);
    if (long === null || !endsWithWords(long.split(' '), sw)) continue;
    if (only) return undefined;
    only = o;
  }
  return only;
}

/** The rank one person keeps across mentions: the first written, but a grade over a bare "Tướng" ("Tướng Vincent Stewart"
 * then "Trung tướng Vincent Stewart": the grade is the rank). */
function keptRank(kept: Mention | null, other: Mention | null): Mention | null {
  if (kept === null) return other;
  return other !== null && kept.text.length === 5 && kept.text.toLowerCase() === 'tướng' && other.text.length > 5 ? other : kept;
}

/** lastTok: the last word of the name as first read (a name's last word when written once). */
interface Person { key: string[]; names: Mention[]; rank: Mention | null; positions: Position[]; first: number; lastTok: number; removed?: boolean }

/** A Vietnamese syllable by its letters ("Nơi", "Tuyên"), not a foreign name's word ("Frías", "Jr"). */
function isVietnameseSyllable(word: string): boolean {
  return VIETNAMESE_SYLLABLE_RE.test(withoutMarks(word));
}

/**
 * "Tổng thống Mỹ Donald Trump Nơi đây ...": a caption or heading ends on the name with no stop, and the next sentence's
 * first word reads as one more syllable of it. Written once, the name and that word make no one of their own where
 * the name without the word is someone in the text: the mention joins that person, without the word.
 */
function joinRunOnNames(text: string, toks: Token[], people: Person[], byName: Map<string, Person>): void {
  for (const p of people) {
    if (p.names.length !== 1 || p.key.length < 3 || !hasShorterNamesake(people, p)) continue;
    // (one or two words read on: "Donald Trump Nơi đây", "Betsy DeVos  Đảng Cộng hòa"; or a country: "Rodrigo Duterte Philippines")
    for (let extra = 1; extra <= MAX_RUN_ON_WORDS && p.key.length - extra >= 2; extra++) {
      const owner = byName.get(p.key.slice(0, -extra).join(' '));
      // (a Vietnamese name of two syllables is mostly a cut one: "Võ Công" of "Võ Công Trí")
      if (!owner || owner === p || owner.removed || (owner.key.length < 3 && owner.key.every(isVietnameseSyllable))) continue;
      const readOn = isVietnameseSyllable(p.key[p.key.length - extra]) || (extra === 1 && toks[p.lastTok].k & PLACE_TABLE.bit && !!matchAt(toks, p.lastTok, PLACE_TABLE));
      if (readOn) joinCut(text, owner, p, extra);
      break;
    }
  }
  for (const p of people) if (!p.removed && p.key.length >= 2) joinFullerName(toks, people, p);
  joinAccentVariants(people);
}

/** Only the acute accent of Spanish and Czech names (no Vietnamese letter or tone other than it). */
const ACUTE_ONLY_RE = /^[a-z\u0301' -]+$/;
/** A foreign name's key without its acute accents, or null for a name in Vietnamese letters. */
function unaccentedKey(key: string[]): string | null {
  const d = key.join(' ').normalize('NFD');
  return ACUTE_ONLY_RE.test(d) ? d.replace(/\u0301/g, '') : null;
}

/** A key with a Latin-1 accented letter and none of the Vietnamese block ("rául castro"; not "trần", not "donald trump"). */
function hasLatinAccent(key: string[]): boolean {
  let latin = false;
  for (const w of key) {
    for (let q = 0; q < w.length; q++) {
      const c = w.charCodeAt(q);
      if (c > 0x24f) return false;
      if (c >= 0xc0) latin = true;
    }
  }
  return latin;
}

/** "Rául Castro" beside "Raul Castro", "Hernández" beside "Hernandez": one foreign name written with and without its accents. */
function joinAccentVariants(people: Person[]): void {
  // (only where some name carries an accent of that kind: two plain keys are never equal)
  let any = false;
  for (let a = 0; a < people.length && !any; a++) any = !people[a].removed && hasLatinAccent(people[a].key);
  if (!any) return;
  // (each key unaccented once; most names are Vietnamese and give null)
  const keys = people.map((p) => (p.removed || p.key.length < 2 ? null : unaccentedKey(p.key)));
  for (let a = 0; a < people.length; a++) {
    const k = keys[a];
    if (k === null) continue;
    for (let b = 0; b < people.length; b++) {
      const o = people[b];
      if (b === a || keys[b] !== k || o.removed) continue;
      const p = people[a];
      o.names.push(...p.names);
      o.positions.push(...p.positions);
      o.rank = keptRank(o.rank, p.rank);
      o.first = Math.min(o.first, p.first);
      p.removed = true;
      keys[a] = null;
      break;
    }
  }
}

/** Someone else's name opens with p's first word and is shorter (tested before any key is joined). */
function hasShorterNamesake(people: Person[], p: Person): boolean {
  for (const o of people) if (o !== p && o.key.length < p.key.length && o.key[0] === p.key[0]) return true;
  return false;
}

const MAX_RUN_ON_WORDS = 2;
/** p's one mention, less its last `extra` words, joins owner. */
function joinCut(text: string, owner: Person, p: Person, extra: number): void {
  const m = p.names[0];
  let cut = m.span[1];
  for (let n = 0; n < extra; n++) {
    cut = text.lastIndexOf(' ', cut - 1);
    while (cut > m.span[0] && text.charCodeAt(cut - 1) <= 32) cut--;
  }
  if (cut <= m.span[0]) return;
  owner.names.push({ text: text.slice(m.span[0], cut), span: [m.span[0], cut] });
  owner.positions.push(...p.positions);
  owner.rank = keptRank(owner.rank, p.rank);
  owner.first = Math.min(owner.first, p.first);
  p.removed = true;
}

const BODY_FORM_WORD_SET = new Set(BODY_FORM_WORDS);

/** A seat of power's first word, never a name's ("Nhà Xanh", "Điện Elysee", "Phủ Tổng thống"). */
// (not "Dinh": a family name written without its marks, "Dinh Tien Dung")
const SEAT_HEADS = new Set(['nhà', 'điện', 'phủ']);
/**
 * "người phát ngôn Nhà Xanh Park Soo-hyun", "Tổng Thư ký Điện Elysee Alexis Kohler": the seat between the post and a
 * foreign name is the post's body, not the name's start (two words of it, then at least two capitalised words).
 */
function seatOutOfName(text: string, toks: Token[], c: Candidate): void {
  const seat = toks[c.nameStart + 1];
  // "Theo người phát ngôn Nhà Xanh, ...": the seat alone is the post's body and no one's name
  if (c.nameEnd - c.nameStart === 2) {
    if (seat.cap) { c.titled = false; c.positions = []; }
    return;
  }
  if (c.nameEnd - c.nameStart < 4) return;
  const first = toks[c.nameStart + 2];
  if (!seat.cap || !first.cap || first.gap !== Gap.Space) return;
  // (a Korean name may read as Vietnamese syllables, "Yoon Young Chan": capitalised words after the seat will do)
  for (let q = c.nameStart + 3; q < c.nameEnd; q++) if (!toks[q].cap || toks[q].gap !== Gap.Space) return;
  const s = toks[c.nameStart].s, e = seat.e;
  c.nameStart += 2;
  // the name was cut at its longest before the seat was taken off ("Yoon Young Chan"): its third word comes back
  const next = toks[c.nameEnd];
  if (c.nameEnd - c.nameStart === 2 && next && next.cap && !next.acro && next.gap === Gap.Space) c.nameEnd++;
  const last = c.positions.length ? c.positions[c.positions.length - 1] : undefined;
  // the post ends right before the seat: the seat is its body ("người phát ngôn Nhà Xanh")
  if (last && last.organization === null && last.span[1] + 1 === s) {
    c.positions[c.positions.length - 1] = { title: last.title, organization: text.slice(s, e), text: text.slice(last.span[0], e), span: [last.span[0], e] };
  }
}

/** English words that end a firm's or body's name, never a person's ("Samsung Electronics", "Keer Group"). */
const BODY_END_IDS = idSet(BODY_NAME_END_WORDS);
/**
 * "Chủ tịch Samsung Electronics Lee Kun-hee", "Chủ tịch Keer Group Zhu Shanqin": a firm's English name between the post and
 * the holder is the post's body; the name starts after its last body word. A run that ends on one, or leaves one word
 * after it ("Thành viên HĐQT CTCP Liên Việt Holdings", "chủ tịch tập đoàn Samara Business World"), names a body and no one.
 */
function bodyOutOfName(text: string, toks: Token[], c: Candidate): void {
  let cut = -1;
  for (let q = c.nameStart + 1; q < c.nameEnd; q++) if (BODY_END_IDS.has(toks[q].w)) cut = q;
  if (cut < 0) return;
  // (one word left after it is no full name either: "Hochiminh City Wings")
  if (c.nameEnd - cut < 3) { c.titled = false; c.positions = []; return; }
  const s = toks[c.nameStart].s, e = toks[cut].e;
  c.nameStart = cut + 1;
  const last = c.positions.length ? c.positions[c.positions.length - 1] : undefined;
  // the post ends right before the firm: the firm is its body ("Chủ tịch Samsung Electronics")
  if (last && last.organization === null && last.span[1] + 1 === s) {
    c.positions[c.positions.length - 1] = { title: last.title, organization: text.slice(s, e), text: text.slice(last.span[0], e), span: [last.span[0], e] };
  }
}

/** Words after a name that make another person of it ("Donald Trump Jr"). */
const GENERATION_WORDS = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/**
 * "Thượng tướng Leopoldo Cintra" beside "Leopoldo Cintra Frías", "Nguyễn Thiện" cut from "Nguyễn Thiện Nhân": a name
 * that opens the one fuller name written is that person, named short.
 */
function joinFullerName(toks: Token[], people: Person[], p: Person): void {
  let only: Person | undefined;
  for (const o of people) {
    if (o === p || o.removed || o.key.length <= p.key.length || GENERATION_WORDS.has(o.key[p.key.length])) continue;
    // ("Tổng thống Rodrigo Duterte Philippines": a country read onto the name makes no fuller name)
    if (o.names.length === 1 && toks[o.lastTok].k & PLACE_TABLE.bit && matchAt(toks, o.lastTok, PLACE_TABLE)) continue;
    // (the fuller name goes on in the short one's language: not Vietnamese words read onto a foreign name, "Betsy DeVos
    // Đảng Cộng", nor an initial onto a Vietnamese one, "Phạm Sỹ Quý P")
    const extra = o.key[p.key.length];
    // ("Mohammed bin Salman bin Abdulaziz": an Arab name goes on with its grandfather's after "bin")
    if (extra.length < 2 || (isVietnameseSyllable(extra) !== p.key.every(isVietnameseSyllable) && !PATRONYMIC_WORDS.has(extra))) continue;
    let same = true;
    for (let q = 0; q < p.key.length && same; q++) same = o.key[q] === p.key[q];
    if (!same) continue;
    if (only) return;
    only = o;
  }
  if (!only) return;
  only.names.push(...p.names);
  only.positions.push(...p.positions);
  only.rank = keptRank(only.rank, p.rank);
  only.first = Math.min(only.first, p.first);
  p.removed = true;
}

const ARAB_PARTICLES = new Set(['bin', 'ibn', 'bint', 'al', 'al-', 'el']);
const hasHyphenOrParticle = (w: string[]) => w.some((x) => x.includes('-') || ARAB_PARTICLES.has(x));
const compactName = (w: string[]) => w.join('').replaceAll('-', '');
/** Multi-word names with an Arab particle or a hyphen, by their words run together (the current document's). */
const byCompactName = new Map<string, Person>();
/** Arabic articles, written apart, hyphened or left out ("al-Assad", "Al Thani", "Assad"). */
const ARTICLE_PARTS = new Set(['al', 'el']);
/** A name's parts with hyphens as spaces and articles left out: ["abu", "bakr", "baghdadi"] of "Abu Bakr Al-Baghdadi". */
function spellingParts(w: string[]): string[] {
  const parts: string[] = [];
  for (const x of w) for (const y of x.split('-')) if (y && !ARTICLE_PARTS.has(y)) parts.push(y);
  return parts;
}
/**
 * The one person named by the same parts up to hyphens and articles, the one name ending the other ("Tổng thống Assad"
 * beside "Bashar al-Assad", "Abu Bakr Al-Baghdadi" beside "Ibrahim Abu-Bakr al-Baghdadi", "Kim Jong Un" beside "Kim
 * Jong-un"); a rare path, asked only where a name has a hyphen or particle.
 */
function spellingOwner(people: Person[], w: string[], kingly: boolean): Person | undefined {
  const parts = spellingParts(w);
  if (parts.length === 1 && parts[0].length < 4) return undefined;
  let only: Person | undefined;
  for (const o of people) {
    const op = spellingParts(o.key);
    if (!(op.length >= parts.length ? endsWithSurname(op, parts, kingly) : endsWithWords(parts, op) && op.length > 1)) continue;
    if (only) return undefined;
    only = o;
  }
  // (the fuller spelling keys the person from now on: "Abu Bakr" names read later end it)
  if (only && spellingParts(only.key).length < parts.length) only.key = w;
  return only;
}

/** Of two forms of one person's name, `a` is among the mentions more times than `b`. */
function writtenMore(names: Mention[], a: string, b: string): boolean {
  let d = 0;
  for (const m of names) if (m.text === a) d++; else if (m.text === b) d--;
  return d > 0;
}

/** Clubs and papers named with a place inside (Real Madrid, Inter Milan), folded as a candidate's words are keyed. */
const NAMED_BODY_KEYS = new Set(NOT_PLACE_NAMES.map((x) => foldForMatch(x)));

const ACCENTED_PART_RE = /[^\x00-\x7f]/;
/**
 * `long` is `short` with a double surname's second part after a hyphen ("Broekers" and "Broekers-Knol"); the part is
 * unaccented, a name's ("Trump-một" is a dash glued before the next words).
 */
export function hyphenExtends(short: string, long: string): boolean {
  return long.length > short.length + 1 && long.charCodeAt(short.length) === 45 && long.startsWith(short) && !ACCENTED_PART_RE.test(long.slice(short.length));
}
/**
 * "Ankie Broekers" beside "Ankie Broekers-Knol" (a caption writing the double surname's dash spaced, "Broekers – Knol",
 * read to its first part): the one person whose name is the other's with its last word cut at its hyphen.
 */
function doubleBarrelledOwner(people: Person[], w: string[]): Person | undefined {
  const last = w[w.length - 1], h = last.indexOf('-');
  let only: Person | undefined;
  for (const o of people) {
    if (o.key.length !== w.length) continue;
    const oLast = o.key[o.key.length - 1];
    // (the shorter form's last word is the longer's up to its hyphen, in either order of reading)
    const same = h > 0 ? hyphenExtends(oLast, last) : hyphenExtends(last, oLast);
    if (!same) continue;
    let q = 0;
    while (q < w.length - 1 && o.key[q] === w[q]) q++;
    if (q < w.length - 1) continue;
    if (only) return undefined;
    only = o;
  }
  if (only && h > 0) only.key = w;
  return only;
}

/** The one person (up to spelling of its particles) whose name opens with `given`, then "bin"/"ibn"/"bint". */
function arabGivenNameOwner(people: Person[], given: string): Person | undefined {
  let only: Person | undefined;
  for (const o of people) {
    if (o.key.length < 3 || o.key[0] !== given || (o.key[1] !== 'bin' && o.key[1] !== 'ibn' && o.key[1] !== 'bint')) continue;
    if (only && compactName(only.key) !== compactName(o.key)) return undefined;
    only ??= o;
  }
  return only;
}

/** The one person whose full name has the surname and first initial of ["v", "putin"] or ["f.hollande"]. */
function initialOwner(people: Person[], w: string[]): Person | undefined {
  const initial = w[0][0], surname = w.length === 2 ? w[1] : w[0].slice(2);
  let only: Person | undefined;
  for (const o of people) {
    if (o.key.length < 2 || o.key[o.key.length - 1] !== surname || o.key[0][0] !== initial) continue;
    if (only) return undefined;
    only = o;
  }
  return only;
}

/**
 * "Tổng thống Pu-tin" beside "Tổng thống Nga V.Pu-tin", in either order: the one person named by the surname alone and
 * by it with a glued initial, each written as one word.
 */
function gluedInitialSurnameOwner(people: Person[], word: string): Person | undefined {
  const glued = word.length > 3 && word.charCodeAt(1) === 46;
  const surname = glued ? word.slice(2) : word;
  let only: Person | undefined;
  for (const o of people) {
    if (o.key.length !== 1) continue;
    const k = o.key[0];
    if (glued ? k !== surname : !(k.length === surname.length + 2 && k.charCodeAt(1) === 46 && k.endsWith(surname))) continue;
    if (only) return undefined;
    only = o;
  }
  return only;
}

const TWO_CAPITALS_RE = /\p{Lu}\p{Lu}/u;
/** TWO_CAPITALS_RE.test(s) by char codes (the regex only past the table). */
function hasTwoCapitals(s: string): boolean {
  let prevUpper = false;
  for (let p = 0; p < s.length; p++) {
    const c = s.charCodeAt(p);
    if (c >= LETTER_TABLE_END) return TWO_CAPITALS_RE.test(s);
    const upper = (LETTER_CLASS[c] & UPPER) !== 0;
    if (upper && prevUpper) return true;
    prevUpper = upper;
  }
  return false;
}
const ACRONYM_WORDS = new Map([...Object.entries(ACRONYMS), ...Object.entries(POST_ACRONYMS)].map(([k, v]) => [k.toLowerCase(), v]));

/** "Chủ tịch QH" where the text also writes "Chủ tịch Quốc hội": the fuller form, as written there. */
/** fullerForm's answers for the current document, by the post's text (a post is mostly written more than once). */
const fullerSeen = new Map<string, Position | null>();

function fullerForm(ctx: ExtractContext, p: Position, others: Person[], self: Person): Position {
  if (!hasTwoCapitals(p.text)) return p; // no acronym to spell out
  const key = p.title.length + ' ' + p.text;
  const seen = fullerSeen.get(key);
  const out = seen !== undefined ? seen ?? p : spellOut(ctx, p);
  if (seen === undefined) fullerSeen.set(key, out === p ? null : out);
  // ("Phó TGĐ bà X" where "ông Y – Phó Tổng giám đốc" is written: the full form is someone else's post, not X's written again)
  return out !== p && heldByOther(out.span, others, self) ? p : out;
}
/** The span is inside a post read for another person than self. */
function heldByOther(span: [number, number], people: Person[], self: Person): boolean {
  for (const q of people) {
    if (q === self) continue;
    for (const pos of q.positions) if (pos.span[0] < span[1] && span[0] < pos.span[1]) return true;
  }
  return false;
}

interface SpelledOut { needle: string; len: number }
/** A post's text with its acronyms spelled out, as searched for in the folded text (null: no acronym known); the same across documents. */
const spelledOutCache = new Map<string, SpelledOut | null>();
const MAX_SPELLED_OUT = 4_096;

function spelledOut(text: string): SpelledOut | null {
  let out = spelledOutCache.get(text);
  if (out !== undefined) return out;
  const words = text.split(' ');
  let changed = false;
  const expanded = words.map((w) => {
    const e = w.length >= 2 && w === w.toUpperCase() ? ACRONYM_WORDS.get(w.toLowerCase()) : undefined;
    if (e) changed = true;
    return e ?? w.toLowerCase();
  });
  const joined = expanded.join(' ');
  out = changed ? { needle: joined.normalize('NFC'), len: joined.length } : null;
  if (spelledOutCache.size >= MAX_SPELLED_OUT) spelledOutCache.clear();
  spelledOutCache.set(ownString(text), out);
  return out;
}

function spellOut(ctx: ExtractContext, p: Position): Position {
  const spelled = spelledOut(p.text);
  if (!spelled) return p;
  const at = ctx.folded.indexOf(spelled.needle);
  if (at < 0) return p;
  const s = at, e = at + spelled.len;
  // (a post that is itself an acronym, "TGĐ", is spelled out too: its length is the spelled one's)
  const titleLen = p.organization === null ? spelled.len : spelledOut(p.title)?.len ?? p.title.length;
  return { title: ctx.text.slice(s, s + titleLen), organization: ctx.text.slice(s + titleLen + 1, e) || null, text: ctx.text.slice(s, e), span: [s, e] };
}

const LEADER_PREFIX_RE = /^nhà (?=lãnh đạo)/;
/** A post's merge key from its expanded key (posts recur across documents: each is rewritten once). */
const postKey = memoizeString((k) => k.replace(LEADER_PREFIX_RE, '').replace(DEPUTY_SHORT_RE, spellDeputy)
  // ("Hiệp hội du lịch TP Đà Nẵng" beside "Hiệp hội du lịch Đà Nẵng": a place with or without its level word)
  .replace(PLACE_LEVEL_IN_KEY_RE, ' ').trimEnd()
  // ("Giám đốc bệnh viện" beside "Giám đốc BV Đa khoa Hòa Bình": the hospital's short type word is the same post written short)
  .replace(HOSPITAL_SHORT_IN_KEY_RE, ' bệnh viện')
  // ("Thủ tướng Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào" beside "Thủ tướng Lào": a state's formal name is its country's,
  // so the short form is found as with "Thủ tướng Chính phủ CHDCND Lào"; not a party's "Cộng hòa")
  .replace(STATE_FORM_IN_KEY_RE, '')
  // ("Đại sứ Israel" beside "Đại sứ đặc mệnh toàn quyền Israel tại Việt Nam": the ambassador's full style is the same post)
  .replace(ENVOY_STYLE_IN_KEY, '')
  // ("Tổng thống đương nhiệm" beside "Tổng thống Brazil": the incumbent is the holder now, one post written short,
  // as "đương kim" before a post is left out of it)
  .replace(INCUMBENT_IN_KEY_RE, '')
  // ("Chủ tịch Hà Nội" beside "Chủ tịch UBND TP Hà Nội": the people's committee is one word of the key, so the short
  // form lacks one word, not the four its acronym spells out)
  .replace(PEOPLES_COMMITTEE_IN_KEY_RE, ' ubnd'));
const PEOPLES_COMMITTEE_IN_KEY_RE = new RegExp(' ' + expandedKey('ủy ban nhân dân') + '(?= |$)');
const ENVOY_STYLE_IN_KEY = ' ' + expandedKey('đặc mệnh toàn quyền');
// (and one elected again, or the holder at the time told of: "Tổng thống tái đắc cử" beside "Tổng thống Iran")
const INCUMBENT_IN_KEY_RE = new RegExp(' (?:' + ['đương nhiệm', 'tái đắc cử', 'vừa tái đắc cử', 'đương thời'].map((x) => expandedKey(x)).join('|') + ')(?= |$)');
// (a republic's words with its middle, or its acronym, before the country's name; "nước" stays, "Chủ tịch nước" is a post)
const STATE_FORM_IN_KEY_RE = /(?<! đảng) (?:cộng hòa(?: (?:xã hội chủ nghĩa|dân chủ nhân dân|nhân dân|liên bang))?|chxhcn|chdcnd|chnd|ch)(?= \S)/g;
const HOSPITAL_SHORT_IN_KEY_RE = / bv(?= |$)/g;
const PLACE_LEVEL_IN_KEY_RE = / (?:tp\.?|tỉnh|thành phố)(?: (?!ủy |ủy$|uỷ|đoàn|đội)|$)/g;
const DEPUTY_SHORT_RE = /^(?:phó |nguyên |cựu )?(đbqh|đb)(?= |$)/;
const spellDeputy = (m: string, short: string) => m.slice(0, m.length - short.length) + (short === 'đbqh' ? 'đại biểu quốc hội' : 'đại biểu');

// ("Sở Tài nguyên và Môi trường (TN&MT) tỉnh Yên Bái" beside "Sở TN&MT tỉnh Yên Bái": one post, the body's acronym aside)
const BRACKETED_ACRONYM_RE = / \([^()\s]+\)(?= )/g;
const withoutBracketedAcronym = (s: string) => s.replace(BRACKETED_ACRONYM_RE, '');
// ("Sở TN- MT" beside "Sở TN-MT", "Sở NN – PTNT" beside "Sở NN-PTNT": one body, its acronym's dash spaced unevenly)
const SPACED_ACRONYM_DASH_RE = /(?<=\p{Lu}) ?[-–] ?(?=\p{Lu})/gu;
const evenDashes = (s: string) => (s.includes('-') || s.includes('–') ? s.replace(SPACED_ACRONYM_DASH_RE, '-') : s);

/** A post's key without the "này" closing a body pointed at (see pointedBodyLen). */
const pointedStem = (k: string) => (k.endsWith(' này') ? k.slice(0, -4) : k);
/** self's posts as one list, each in its fullest written form; others are everyone read, to tell whose a post is. */
function mergePositions(ctx: ExtractContext, self: Person, others: Person[]): Position[] {
  // (one post, the most common case, has nothing to merge with: its merge key is not built)
  if (self.positions.length === 1) return [fullerForm(ctx, self.positions[0], others, self)];
  const byKey = new Map<string, Position>();
  for (const p0 of self.positions) {
    const p = fullerForm(ctx, p0, others, self);
    // "cựu Giám đốc FBI" where the text wrote "Cục Điều tra liên bang Mỹ (FBI)": keyed by the body's full name
    const acronymBody = p.organization && bracketBodies.size ? bracketBodies.get(foldedTitle(p.organization)) : undefined;
    // "lãnh đạo Triều Tiên" beside "nhà lãnh đạo Triều Tiên" is one post
    // ("ĐBQH" beside "đại biểu Quốc hội" is one seat, in its fuller form)
    const key = postKey(acronymBody ? expandedKey(p.title) + ' ' + acronymBody : expandedKey(evenDashes(p.text.includes('(') ? withoutBracketedAcronym(p.text) : p.text)));
    const had = byKey.get(key);
    // (the longer form, not counting a dash's spacing: "Sở TN-MT" is kept before "Sở TN- MT")
    if (!had || evenDashes(p.text).length > evenDashes(had.text).length) byKey.set(key, p);
  }
  if (byKey.size === 1) return [...byKey.values()];
  const keys = [...byKey.keys()];
  // "Thứ trưởng" beside "Thứ trưởng Bộ Công an" is the same post written short.
  // ("Giám đốc BV này" beside "Giám đốc BV Trung ương": the post pointed at, written in full elsewhere)
  const kept = [...byKey.entries()].filter(([k]) => !keys.some((o) => o !== k && o.startsWith(pointedStem(k) + ' ')));
  // (pushed, not mapped: once V8 optimises a caller of map() its results come out holey, a new array map that threw
  // away the optimised code of every reader of the posts, findForeignOfficials above all)
  const merged: Position[] = [];
  const distinct = kept.length > 1 ? withoutShortForms(kept, self) : kept;
  for (const [, p] of distinct) if (!isBareLeader(p)) merged.push(p);
  // ("lãnh đạo Vladimir Putin" beside "Tổng thống Vladimir Putin": the bare word for a leader only stands when it is all the text gives)
  if (!merged.length) for (const [, p] of distinct) merged.push(p);
  return merged.sort((a, b) => a.span[0] - b.span[0]);
}

/** "lãnh đạo", "cố lãnh đạo": the bare word for a leader, with no body (see leaderBeforeForeignName). */
const isBareLeader = (p: Position) => !p.organization && p.title.toLowerCase().endsWith('lãnh đạo');

const GIVEN_NAME_HONORIFIC_IDS = idSet(['ông', 'bà', 'anh', 'chị', 'cô']);
/**
 * "Chị Vân - Phó Chủ tịch HĐND huyện Phù Cát nói", "Bà Hương - Trưởng phòng đào tạo ...": with no fuller name
 * written, a person told by an honorific and one Vietnamese given name, then a post in apposition, is that name.
 */
function givenNameWithPostAfter(text: string, toks: Token[], c: Candidate): boolean {
  const t = toks[c.nameStart], sep = toks[c.nameEnd];
  if (c.rank || !c.positions.length || c.nameStart === 0 || t.gap !== Gap.Space || !GIVEN_NAME_HONORIFIC_IDS.has(toks[c.nameStart - 1].w)) return false;
  // (the honorific opening its clause: after "Theo", "của", "nhà" the name is the source or owner, "Theo ông Yoon, Tổng thống Moon ...")
  // (a post in brackets right after the name is the person's wherever the name stands: "đưa cho ông Phúc (Chánh Thanh tra)")
  const h = c.nameStart - 1;
  if (h > 0 && toks[h].gap === Gap.Space && sep?.gap !== Gap.Paren) return false;
  if (!sep || (sep.gap !== Gap.Dash && sep.gap !== Gap.Comma && sep.gap !== Gap.Paren) || c.positions[0].span[0] < sep.s) return false;
  return t.cap && !t.acro && isVietnameseSyllable(text.slice(t.s, t.e).toLowerCase());
}

/** Words that make another post when written in one ("Phó Tổng giám đốc" is no "Phó giám đốc"). */
const POST_CHANGING_WORDS = new Set(['tổng', 'phó', 'thứ', 'nguyên', 'cựu', 'quyền', 'cố', 'tân', 'chánh', 'đồng']);

/** `short` is `long` less one word after the first, the rest maybe cut off ("bộ trưởng y tế" of "bộ trưởng bộ y tế"). */
function lacksOneWord(long: string[], short: string[]): boolean {
  if (long.length <= short.length || long[0] !== short[0]) return false;
  let q = 1;
  while (q < short.length && long[q] === short[q]) q++;
  if (q === short.length || POST_CHANGING_WORDS.has(long[q])) return false;
  for (let r = q; r < short.length; r++) if (long[r + 1] !== short[r]) return false;
  return true;
}

/**
 * `short` is `long` less two or three words in one place after the first, the rest maybe cut off ("bộ trưởng pháp" of
 * "bộ trưởng kinh tế pháp", "chủ tịch hà nội" of "chủ tịch ubnd tp hà nội"), none of them a word that makes another post.
 */
function lacksWordRun(long: string[], short: string[]): boolean {
  if (long.length < short.length + 2 || long[0] !== short[0]) return false;
  let q = 1;
  while (q < short.length && long[q] === short[q]) q++;
  if (q === short.length || POST_CHANGING_WORDS.has(long[q])) return false;
  for (let gap = 2; gap <= 3 && q + gap <= long.length - (short.length - q); gap++) {
    if (POST_CHANGING_WORDS.has(long[q + gap - 1])) return false;
    let r = q;
    while (r < short.length && long[r + gap] === short[r]) r++;
    if (r === short.length) return true;
  }
  return false;
}

/**
 * "Bộ trưởng Y tế" beside "Bộ trưởng Bộ Y tế", "Chủ tịch tỉnh X" beside "Chủ tịch UBND tỉnh X": one post, in its fuller
 * form (the guideline's short and full forms).
 */
function withoutShortForms(kept: [string, Position][], self: Person): [string, Position][] {
  const words = kept.map(([k]) => k.split(' '));
  // (two or three words left out only when the fuller form is also written longer: the keys spell out acronyms, and
  // "Chủ tịch Ngân hàng ECB" is no fuller form of "Chủ tịch Ngân hàng Trung ương châu Âu")
  // (a post run on into its holder's name or the next sentence is no fuller form: tested only once a pair is found)
  return kept.filter(([, p], a) => !words.some((w, b) => b !== a && (lacksOneWord(w, words[a]) || lacksStandingPair(w, words[a]) || lacksBoardOrFirmForm(w, words[a])
    || (lacksWordRun(w, words[a]) && kept[b][1].text.length > p.text.length) || lacksLowerWords(kept[b][1].text, p.text)
    || fullerWrittenPost(kept[b][1], p)) && !runOnPost(kept[b][1].text, self)));
}
/** A capitalised honorific closing a post: the next sentence's subject, run on ("bí thư thành ủy TP.HCM Nguyễn Thiện Nhân Ông"). */
const HONORIFIC_CLOSING_POST_RE = / (?:Ông|Bà|Đồng chí)$/;
/** The post holds its holder's written name or closes on a capitalised honorific: a title read past its end. */
function runOnPost(text: string, self: Person): boolean {
  return HONORIFIC_CLOSING_POST_RE.test(text) || self.names.some((n) => n.text.includes(' ') && text.includes(' ' + n.text));
}

/**
 * Two words that leave the post the same when left out: its standing ("Phó Thủ tướng thường trực Chính phủ",
 * "Tổng thống đắc cử Pháp") and a state's form ("Tổng thống Cộng hòa Belarus", "Tổng thống Liên bang Nga").
 */
// ("Phó Thủ tướng Chính phủ Cộng hòa Belarus" beside "Phó Thủ tướng Cộng hòa Belarus": the cabinet named or not)
// ("Bí thư Tỉnh ủy Yên Bái" beside "Bí thư tỉnh Yên Bái", "Bí thư Thành ủy Đà Nẵng" beside "Bí thư Đà Nẵng": the party committee named or not)
const STANDING_PAIRS = foldedSet(['thường trực', 'đắc cử', 'cộng hòa', 'liên bang', 'chính phủ', 'tỉnh ủy', 'thành ủy', 'huyện ủy', 'quận ủy', 'thị ủy']);
/** `short` is `long` less one such pair after the first word. */
function lacksStandingPair(long: string[], short: string[]): boolean {
  const extra = long.length - short.length;
  if ((extra !== 2 && extra !== 4) || long[0] !== short[0]) return false;
  let q = 1;
  while (q < short.length && long[q] === short[q]) q++;
  if (!STANDING_PAIRS.has(long[q] + ' ' + long[q + 1])) return false;
  // ("Quốc hội Cộng hòa Liên bang Myanmar" beside "Quốc hội Myanmar": two such pairs)
  if (extra === 4 && !STANDING_PAIRS.has(long[q + 2] + ' ' + long[q + 3])) return false;
  for (let r = q; r < short.length; r++) if (long[r + extra] !== short[r]) return false;
  return true;
}

/** Keys of a company's or body's board and legal form, words a post's short form leaves out (see lacksBoardOrFirmForm). */
const BOARD_OR_FIRM_FORMS = BOARD_OR_FIRM_FORM_WORDS.map((x) => expandedKey(x).split(' ')).sort((x, y) => y.length - x.length);
/** words[q, e) is a run of such forms and nothing else. */
function onlyBoardOrFirmForms(words: string[], q: number, e: number): boolean {
  while (q < e) {
    const f = BOARD_OR_FIRM_FORMS.find((x) => q + x.length <= e && x.every((w, n) => words[q + n] === w));
    if (!f) return false;
    q += f.length;
  }
  return true;
}
/**
 * "Chủ tịch Him Lam" beside "Chủ tịch HĐQT CTCP Him Lam", "Chủ tịch Novaland" beside "Chủ tịch HĐQT của Novaland": `short` is
 * `long` less its board ("HĐQT", "Hội đồng thành viên", "Ủy ban Trung ương") or the company's legal form ("Công ty TNHH MTV"),
 * written in runs of one or more between the same words; one post, in its fuller form. The same last word (the body's name).
 */
function lacksBoardOrFirmForm(long: string[], short: string[]): boolean {
  if (long.length <= short.length || short.length < 2 || long[0] !== short[0] || long[long.length - 1] !== short[short.length - 1]) return false;
  let q = 0, r = 0;
  while (r < short.length) {
    if (long[q] === short[r]) { q++; r++; continue; }
    // (the left-out run ends where the short form's next word is met again)
    let e = q + 1;
    while (e < long.length && long[e] !== short[r]) e++;
    if (e === long.length || r === 0 || !onlyBoardOrFirmForms(long, q, e)) return false;
    q = e;
  }
  return q === long.length;
}

const ROMAN_NUMERAL_RE = /^(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})$/;
/**
 * "Elizabeth II", "Benedict XVI", "Abdullah II": a monarch's or pope's one-word name takes its regnal number.
 * (Only one-word names: "John McCain III" written beside "John McCain" would split one person in two.)
 */
function regnalNumberAfter(text: string, toks: Token[], c: Candidate): boolean {
  const n = toks[c.nameEnd];
  return c.nameEnd - c.nameStart === 1 && !!n && n.acro && n.gap === Gap.Space && n.e - n.s <= 5 && ROMAN_NUMERAL_RE.test(n.f) && isForeignNameWord(text, toks[c.nameEnd - 1]);
}

/**
 * "Thủ tướng I-ta-li-a P.Gen-ti-lô-ni": one word read as the holder, then a transliterated name opened by its glued
 * initial. The word qualifies the post (a country written in syllables); the holder is the initial's name.
 */
function initialNameAfterQualifier(text: string, toks: Token[], c: Candidate): void {
  const u = toks[c.nameEnd];
  if (text.charCodeAt(u.s + 1) !== 46 || !isGluedInitialTransliteration(text, u)) return;
  c.nameStart = c.nameEnd;
  c.nameEnd++;
}

const DASHED_APPOSITION_RE = /^ ?[-–] ?$/;
/**
 * "ông Chris Fossick - Giám đốc điều hành Jones Lang LaSalle Đông Nam Á": a post in apposition after an honorific's name,
 * read again as the post before a name, the body's own capitalised words. The name before the dash holds the post; the
 * words after the body are no person.
 */
function holderBeforeDashedPost(text: string, toks: Token[], cands: Candidate[]): void {
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i];
    // (one post, the name right after it: "- Viện trưởng Viện X - Nhà thơ Y - Phó Chủ tịch Hội Z" names two people)
    const post = c.positions[0];
    if (c.positions.length !== 1 || c.rank || toks[c.nameStart].gap !== Gap.Space || post.span[1] !== toks[c.nameStart].s - 1) continue;
    const at = post.span[0];
    // (the cheap test first: a dash just before the post)
    // (nothing read before the text's start: a post opening it deopted this out of bounds)
    const dash = at >= 2 ? text.charCodeAt(at - 2) : -1, before = at >= 1 ? text.charCodeAt(at - 1) : -1;
    if (dash !== 45 && dash !== 0x2013 && before !== 45 && before !== 0x2013) continue;
    const holder = cands.find((u) => !u.titled && u.positions.length === 0 && u.nameEnd - u.nameStart >= 2
      && DASHED_APPOSITION_RE.test(text.slice(toks[u.nameEnd - 1].e, at)));
    // ("ông X - Chủ tịch UBND TP X": the name written twice)
    if (!holder || text.slice(toks[holder.nameStart].s, toks[holder.nameEnd - 1].e) === text.slice(toks[c.nameStart].s, toks[c.nameEnd - 1].e)) continue;
    // (the post's body runs on over those words: "Giám đốc Bệnh viện Thẩm mỹ Kim Cương")
    const e = toks[c.nameEnd - 1].e;
    const body = post.organization === null ? text.slice(toks[c.nameStart].s, e) : post.organization + text.slice(post.span[1], e);
    holder.positions = [newPosition(post.title, body, text.slice(post.span[0], e), [post.span[0], e])];
    holder.titled = true;
    cands.splice(i, 1);
  }
}

/**
 * Whether any candidate holds a rank or a post (asked once holderBeforeDashedPost and seatOutOfName have set or cleared it).
 * Without one extractOfficials makes no person: an untitled name ("ông Ngọc", "bà Michelle Obama") only joins a titled one.
 * (1,142 of 4,000 documents with no official have candidates, all untitled: their names were keyed, sorted and looked up for nothing.)
 */
function someTitled(cands: Candidate[]): boolean {
  for (let j = 0; j < cands.length; j++) if (cands[j].titled) return true;
  return false;
}

export function extractOfficials(ctx: ExtractContext): Official[] {
  if (fullerSeen.size) fullerSeen.clear();
  const cands = findCandidates(ctx);
  if (!cands.length) return [];
  if (ctx.text.indexOf('phụ trách') >= 0) withoutTaskInCharge(cands);
  const { toks } = analyse(ctx);
  const text = ctx.text;
  if (cands.length > 1) holderBeforeDashedPost(text, toks, cands);
  for (const c of cands) {
    if (regnalNumberAfter(text, toks, c)) c.nameEnd++;
    if (c.nameEnd - c.nameStart === 1 && toks[c.nameEnd]?.gap === Gap.Space) initialNameAfterQualifier(text, toks, c);
    if (c.nameEnd - c.nameStart >= 2 && SEAT_HEADS.has(toks[c.nameStart].f)) seatOutOfName(text, toks, c);
    if (c.nameEnd - c.nameStart >= 2) bodyOutOfName(text, toks, c);
    if (c.nameEnd - c.nameStart >= 2) { const g = gluedTailLen(text, toks, c); if (g) c.gluedTail = g; }
  }
  // (the gate: most documents that name no official read only untitled names, which join no one)
  if (!someTitled(cands)) return [];
  const people: Person[] = [];
  const byName = new Map<string, Person>();
  if (byCompactName.size) byCompactName.clear();
  let particleNames = false;
  // (a foreign name with an acute accent is among the people: a shorter form may be written without it, or with it)
  let accentedNames = false;
  // ("Wilbur L.Ross" is the person of "Wilbur Ross": a glued middle initial keys as the bare surname)
  // (the length first: charCodeAt past a one-letter word's end deopted this)
  const words = (c: Candidate) => toks.slice(c.nameStart, c.nameEnd).map((t, q) => (q > 0 && t.f.length > 1 && t.f.charCodeAt(1) === 46 ? t.f.slice(2)
    : q === c.nameEnd - c.nameStart - 1 && c.gluedTail ? t.f.slice(0, t.f.length - c.gluedTail) : t.f));
  const mention = (c: Candidate): Mention => {
    const s = toks[c.nameStart].s, e = toks[c.nameEnd - 1].e - (c.gluedTail ?? 0);
    return { text: text.slice(s, e), span: [s, e] };
  };
  const add = (p: Person, c: Candidate) => {
    p.names.push(mention(c));
    p.rank = keptRank(p.rank, c.rank);
    p.positions.push(...c.positions);
  };
  // Full names first (two words or more), then short ones join the one person they end.
  const untitled: Candidate[] = [];
  // (an initial counts short: "V. Semashko" in a caption before "Vladimir Semashko" joins the full name read first)
  // (and before the surname alone, which joins it: half a word less)
  const weight = (c: Candidate) => 2 * (c.nameEnd - c.nameStart) - (c.nameEnd - c.nameStart === 2 && toks[c.nameStart].f.length === 1 ? 1 : 0);
  const ordered = [...cands].sort((a, b) => weight(b) - weight(a) || a.nameStart - b.nameStart);
  for (const c of ordered) {
    const w = words(c);
    const key = w.join(' ');
    let p = byName.get(key);
    if (!p) {
      // (the one person whose name it ends; counted without building a list)
      let only: Person | undefined, count = 0;
      const kingly = w.length === 1 && particleNames && kinglyCandidate(c);
      for (const o of people) if (o.key.length > w.length && endsWithSurname(o.key, w, kingly)) { only = o; if (++count > 1) break; }
      if (count === 1) p = only;
    }
    if (!p && w.length >= 2 && (accentedNames || hasLatinAccent(w))) p = accentVariantOwner(people, w);
    // "Nữ hoàng Elizabeth" beside "Nữ hoàng Elizabeth II": the monarch named without the regnal number
    if (!p && w.length === 1) p = people.find((o) => o.key.length === 2 && o.key[0] === w[0] && ROMAN_NUMERAL_RE.test(o.key[1]));
    // "V. Putin", "F.Hollande" beside "Vladimir Putin", "Francois Hollande": the first name by its initial
    // (a one-letter word's length first: charCodeAt past its end deopted this)
    if (!p && (w.length === 2 ? w[0].length === 1 : w.length === 1 && w[0].length > 1 && w[0].charCodeAt(1) === 46)) p = initialOwner(people, w);
    if (!p && w.length === 1) p = gluedInitialSurnameOwner(people, w[0]);
    // "Tamim bin Hamad Al-Thani" beside "Tamim bin Hamad Al Thani": one name, its particle hyphenated or not
    if (!p && w.length > 2 && hasHyphenOrParticle(w)) p = byCompactName.get(compactName(w));
    if (!p && (particleNames || hasHyphenOrParticle(w))) p = spellingOwner(people, w, w.length === 1 && kinglyCandidate(c));
    if (!p && w.length >= 2 && (particleNames || hasHyphenOrParticle(w))) p = doubleBarrelledOwner(people, w);
    // "Quốc vương Tamim" beside "Tamim bin Hamad Al Thani": an Arab name's first word, the given name, alone
    if (!p && w.length === 1) p = arabGivenNameOwner(people, w[0]);
    if (!p && w.length === 2) {
      // "Masaru Hashimoto" and "Hashimoto Masaru": a Japanese or Korean name in either order
      p = people.find((o) => o.key.length === 2 && o.key[0] === w[1] && o.key[1] === w[0]);
    }
    if (!p) {
      if (!c.titled) { if (w.length > 1) untitled.push(c); continue; } // "ông Sương" with no full name known is nobody's record
      // One word alone is a foreign surname (Tổng thống Trump), not "Giám đốc Xí nghiệp"'s "Xí".
      // ("Tổng thống al-Assad", "thủ lĩnh tối cao al-Baghdadi": an Arabic surname with its article, in lower case)
      if (w.length === 1 && !((isForeignNameWord(text, toks[c.nameStart]) || isHyphenParticleName(text, toks[c.nameStart]) || isGluedInitialTransliteration(text, toks[c.nameStart])) && !c.businessPost)
        && !givenNameWithPostAfter(text, toks, c)) continue;
      // ("CEO Qatar Airways": a firm's last word, not a surname)
      if (w.length === 1 && BODY_FORM_WORD_SET.has(w[0])) continue;
      // ("Chủ tịch Real Madrid", "Chủ tịch Inter Milan": a club or paper the places pass knows by name, not its holder)
      if (w.length === 2 && NAMED_BODY_KEYS.has(key)) continue;
      if (pairedWithCountry(key)) continue;
      // ("Chủ tịch HĐQT Đại Quang Minh" where the text writes "Công ty Đại Quang Minh": the firm, not its chair's name)
      if (c.businessPost && namedAsFirm(text, toks, c)) continue;
      p = { key: w, names: [], rank: null, positions: [], first: toks[c.nameStart].s, lastTok: c.nameEnd - 1 };
      people.push(p);
      byName.set(key, p);
      if (!accentedNames && hasLatinAccent(w)) accentedNames = true;
      if (hasHyphenOrParticle(w)) {
        particleNames = true;
        if (w.length > 2) byCompactName.set(compactName(w), p);
      }
    }
    add(p, c);
    p.first = Math.min(p.first, toks[c.nameStart].s);
  }
  // "ông Emmanuel Macron" before "Tổng thống đắc cử Pháp Macron": the full name of the one titled person it ends with
  for (const c of untitled) {
    const w = words(c);
    // only a full name written before every titled mention: a later "bà Michelle Obama" is another person
    const at = toks[c.nameStart].s;
    const owners = people.filter((o) => o.key.length < w.length && endsWithWords(w, o.key) && at < o.first);
    if (owners.length !== 1) continue;
    add(owners[0], c);
    owners[0].first = Math.min(owners[0].first, toks[c.nameStart].s);
  }
  if (people.length > 1) joinRunOnNames(text, toks, people, byName);
  const kept = people
    .filter((p) => !p.removed && !shipNames.has(p.key.join(' ')))
    .sort((a, b) => a.first - b.first);
  // (pushed, not mapped: once V8 optimised this function, map() gave holey arrays, a new map that deopted
  // findForeignOfficials, the list's next reader, at each of its sites in turn: 8 compiles of it in a worker's run)
  const officials: Official[] = [];
  for (const p of kept) {
    const names = p.names.sort((a, b) => a.span[0] - b.span[0]);
    // (on a tie of length, the form written more: "Hiroshige Seko" seven times over one "Seko Hiroshige")
    const name = names.reduce((best, m) => (m.text.length > best.text.length || (m.text.length === best.text.length && m.text !== best.text && writtenMore(names, m.text, best.text)) ? m : best), names[0]).text;
    officials.push({ name, rank: p.rank?.text ?? null, rankMention: p.rank, positions: mergePositions(ctx, p, people), mentions: names });
  }
  return officials;
}

/**
 * "Liên minh Nghị sỹ hữu nghị Fukuoka-Việt Nam", "Thủ tướng Việt Nam-Nhật Bản": a pair glued by a dash with a country
 * of two words or more on one side names a friendship or a pairing, no person (a person's hyphen joins syllables).
 */
export function pairedWithCountry(key: string): boolean {
  const d = key.indexOf('-');
  if (d < 0 || key.indexOf('-', d + 1) >= 0) return false;
  const a = key.slice(0, d), b = key.slice(d + 1);
  return (a.indexOf(' ') > 0 && COUNTRY_FORMS_FOLDED.has(a)) || (b.indexOf(' ') > 0 && COUNTRY_FORMS_FOLDED.has(b));
}

const FOUNDER_TITLE_SET = new Set(FOUNDER_POST_TITLES);
const KIEM_RE = / kiêm /;
/**
 * Named with no rank and only as a founder ("người sáng lập trang mạng Wikileaks Julian Assange"): no official (see
 * FOUNDER_POST_TITLES). Read once both passes have merged their posts (the foreign pass drops them).
 */
export function foundedOnly(o: Official, text: string): boolean {
  if (o.rank || !o.positions.length) return false;
  // ("nhà sáng lập kiêm CEO của X": a post held beside it, in the one title)
  // (the literal first: most posts are no founder's, and are not lower-cased)
  for (const p of o.positions) {
    if ((p.title.indexOf('sáng lập') < 0 && p.title.indexOf('ounder') < 0) || !FOUNDER_TITLE_SET.has(p.title.toLowerCase()) || KIEM_RE.test(p.text)) return false;
    if (postJoinedAfter(p.text, p.title.length) || postJoinedAfter(text, p.span[1])) return false;
  }
  return true;
}

/** "người sáng lập - Chủ tịch …", "nhà sáng lập và lãnh đạo Airbnb": a post joined right after the founder's, which the title did not take. */
function postJoinedAfter(text: string, end: number): boolean {
  return POST_JOINED_AFTER_RE.test(text.slice(end, end + 24));
}
// (a capital after the dash: "- cho rằng" closes an aside; after "và" a head of a firm's post, not a second founded brand)
const POST_JOINED_AFTER_RE = /^ (?:[-–] \p{Lu}|và (?:lãnh đạo|điều hành|Chủ tịch|Giám đốc|Tổng giám đốc|CEO)\b)/u;
