// Foreign officials the main officials pass leaves out: a post, its body written in sentence case or
// with a bracket, then a foreign name ("Ủy viên thương mại EU Cecilia Malmstrom", "Phó Chủ tịch Tập
// đoàn GE (Mỹ) Christian Bennett"), a post then ", ông <name>", and a foreign name in apposition
// before its post ("Fahad al Attiyah, một trong những cố vấn của hoàng gia Qatar"). Only names the
// officials pass did not already find are added; a surname it found alone is widened to the full name.
import { foldForMatch, withoutMarks } from '../input/normalize.js';
import { FOUNDER_PERSON_POSTS, POSITION_PREFIXES, POSITION_SUFFIXES, PREDICATE_AFTER_APPOSITION, TENURE_TERMS } from '../lexicon/positions.js';
import {
  FOREIGN_POST_HEADS, APPOSITION_HEAD_WORDS, VERB_LIKE_HEAD_WORDS,
  NEEDS_BODY_HEAD_WORDS, EXEMPLAR_WORDS, FIRM_POST_WORDS, HOLDER_DESCRIPTOR_WORDS, TERM_OF_OFFICE_WORDS, BODY_TYPE_WORDS, POINTED_BODY_WORDS, BODY_BEFORE_POST_WORDS,
  PLACE_LEVEL_WORDS, VENUE_WORDS, ENGLISH_BODY_WORDS, BODY_NAME_END_WORDS, CLAUSE_BREAK_WORDS, NOT_A_POST_WORDS, CAPITAL_OPENER_WORDS,
  NAME_PARTICLE_WORDS, APPOSITION_INTRO_WORDS, APPOSITION_LEAD_WORDS, TITLE_TAIL_WORDS, PREPOSITION_WORDS,
  NOT_THE_HOLDER_WORDS, OTHER_BEARER_BEFORE_WORDS, PLURAL_WORDS, SCHOOL_LEVEL_WORDS, PREDICATE_AFTER_NAME_WORDS, DEGREE_BEFORE_NAME_WORDS,
  ONE_WORD_BODY_WORDS, BRAND_PREFIXES, BRAND_SUFFIXES, STATE_POST_WORDS, SEAT_OF_POST_WORDS, REMIT_OPENER_WORDS, REMIT_NOUN_WORDS, COMMAND_POST_WORDS, ARMED_FORCES_WORDS,
  COUNTRY_FORMS_BEFORE_NAME, COMMON_GIVEN_NAMES, MOVEMENT_NAME_WORDS, ASIAN_FAMILY_NAMES,
} from '../lexicon/foreign-officials.js';
import type { Official, Position } from '../record/schema.js';
import { createContext, type ExtractContext } from './context.js';
import { withoutPostsOfAnother, withoutRankedPredicatePosts, withoutRunOnHonorifics } from './title-owner.js';
import { withoutShortFormPosts } from './title-forms.js';
import { documentFromString } from '../input/load.js';
import { clauseGoesOnAfter, countryOfPlacedBodyCut, dottedCitiesExtended, extractOfficials, joinedCapitalNameEnd, foundedOnly, hyphenExtends, pairedWithCountry, photoCreditBefore, postedElsewhere, takesPlacePost, wireCreditAt } from './officials.js';
import {
  analyse, COUNTRY_TABLE, Gap, HONORIFIC_TABLE, idSet, isForeignNameWord, isNotNameWord, isWordLetter, lexiconWordId, matchAt, ORG_TABLE, PLACE_TABLE, rareTable,
  POSITION_TABLE, RANK_TABLE, SECTOR_TABLE, STOP_TABLE, stopInsideNoun, tokenAt, type PhraseTable, type Token, VIETNAMESE_BARE_SYLLABLE_RE,
} from './organization-parse.js';

const EXTRA_HEAD_TABLE = rareTable(FOREIGN_POST_HEADS);
/** Posts read only in apposition after a name ("X, đối tác tại hãng Y"): before a name they are common nouns. */
const APPOSITION_HEAD_TABLE = rareTable(APPOSITION_HEAD_WORDS);
const PREFIX_TABLE = rareTable(POSITION_PREFIXES);
const SUFFIX_TABLE = rareTable(POSITION_SUFFIXES);
/** Terms of office, cut after a post's body, where a title ends ("Tổng thống Mỹ sắp mãn nhiệm"). */
const TENURE_AFTER_BODY_TABLE = rareTable(TENURE_TERMS);
const foldedSet = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
/** Posts that are also verbs written lower case ("lãnh đạo", "phụ trách", "quản lý"): a post only capitalised. */
const VERB_LIKE_HEADS = foldedSet(VERB_LIKE_HEAD_WORDS);
/** Posts that name no one without their body between post and name ("Thư ký báo chí Nhà Trắng"). */
const NEEDS_BODY_HEADS = foldedSet(NEEDS_BODY_HEAD_WORDS);
/** "đại diện tiêu biểu", "đại diện xuất sắc": a representative of a style or school, no post. */
const EXEMPLAR_TABLE = rareTable(EXEMPLAR_WORDS);
const DAI_ID = lexiconWordId('đại'), DIEN_ID = lexiconWordId('diện');
const FOUNDER_HEADS = foldedSet(FOUNDER_PERSON_POSTS);
/** Firm posts: right before three capitalised words, the first is the firm ("CEO Samsung Kwon Oh-hyun"). */
const FIRM_POSTS = foldedSet(FIRM_POST_WORDS);
/** Words after a post that describe its holder, not the post ("Tổng thống Mỹ khi đó Barack Obama"). */
const HOLDER_DESCRIPTOR_TABLE = rareTable(HOLDER_DESCRIPTOR_WORDS);
const MAX_DESCRIPTOR_WORDS = 3;
const TERM_OF_OFFICE_TABLE = rareTable(TERM_OF_OFFICE_WORDS);
const THU_ID = lexiconWordId('thứ'), SO_ID = lexiconWordId('số');
const REMIT_OPENER_TABLE = rareTable(REMIT_OPENER_WORDS);
const REMIT_NOUN_TABLE = rareTable(REMIT_NOUN_WORDS);
const COMMAND_POST_TABLE = rareTable(COMMAND_POST_WORDS), ARMED_FORCES_TABLE = rareTable(ARMED_FORCES_WORDS);
const VE_ID = lexiconWordId('về'), CAC_ID = lexiconWordId('các');
/** Words of a post's head and body before its remit ("Đại diện cấp cao Liên minh châu Âu (EU)"). */
const MAX_POST_BEFORE_REMIT_WORDS = 10;
/**
 * A post's remit opens at token q: "phụ trách", "đặc trách", or "về" before its matters ("về các vấn đề quốc tế"; not "về
 * nước", a verb). A remit of lower-case words is no predicate, and its "các" no plural of holders.
 */
function remitAt(toks: Token[], q: number): boolean {
  const o = matchAt(toks, q, REMIT_OPENER_TABLE);
  if (!o || toks[q].cap) return false;
  if (toks[q].w !== VE_ID) return true;
  const p = toks[q + 1]?.w === CAC_ID ? q + 2 : q + 1;
  return p < toks.length && !!matchAt(toks, p, REMIT_NOUN_TABLE);
}
/** "Tổng tư lệnh các lực lượng vũ trang Nga": after a command post, the plural names the forces it commands (COMMAND_POST_WORDS). */
function pluralOfForces(toks: Token[], q: number): boolean {
  return toks[q].w === CAC_ID && q > 0 && toks[q].gap === Gap.Space && endsAt(toks, q, COMMAND_POST_TABLE) && !!matchAt(toks, q + 1, ARMED_FORCES_TABLE);
}
/** "về các vấn đề", "phụ trách các vấn đề": the plural names the remit's matters. */
function pluralOfRemit(toks: Token[], q: number): boolean {
  return toks[q].w === CAC_ID && !toks[q].cap && q > 0 && toks[q].gap === Gap.Space && endsAt(toks, q, REMIT_OPENER_TABLE) && !!matchAt(toks, q + 1, REMIT_NOUN_TABLE);
}
/** A term or ordinal word inside a post ("vừa mãn nhiệm", the 43 of "thứ 43"): no clause break there. */
function termOfOfficeAt(toks: Token[], q: number): boolean {
  const t = toks[q];
  // (and a unit's number: "Cục trưởng Cục tác chiến đặc biệt số 1 của Quân đội Myanmar Tun Tun Naung")
  if (t.num) return q > 0 && t.gap === Gap.Space && (toks[q - 1].w === THU_ID || (toks[q - 1].w === SO_ID && !toks[q - 1].cap));
  return !t.cap && !!matchAt(toks, q, TERM_OF_OFFICE_TABLE);
}
/** Body types: a capitalised run right after one and its lower-case descriptors is the body's name ("công ty luật McGuire Woods"). */
const BODY_TYPE_TABLE = rareTable(BODY_TYPE_WORDS);
/** Bodies named by a post word after them ("Hội đồng cố vấn", "Ban thư ký"): the post word is no one's post. */
const BODY_BEFORE_POST_TABLE = rareTable(BODY_BEFORE_POST_WORDS);
/** Administrative words: the capitalised words after them are a place ("xã Ea Kao", "bang Washington"). */
const PLACE_LEVEL_TABLE = rareTable(PLACE_LEVEL_WORDS);
const VENUE_TABLE = rareTable(VENUE_WORDS);
/** English words of firm, team, media and event names: the run up to the last one is a body, not a person ("Goldman Sachs Group"). */
const ENGLISH_BODY_IDS = idSet(ENGLISH_BODY_WORDS);
/** Last words of a firm's, team's or paper's name, never of a person's ("Dell Technologies", "Vietnam Airlines", "Sky News"). */
const BODY_NAME_END_SET = new Set(BODY_NAME_END_WORDS);
/**
 * Words that end the clause between a post and a name: verbs, conjunctions, time words, kin, occupations
 * and things ("Bộ trưởng X cho biết tàu ...", "HLV", "bộ phim"). A post read across one of these is not the name's.
 */
const CLAUSE_BREAK_IDS = idSet(CLAUSE_BREAK_WORDS);
/** Occupations and things before a name: the name is no official's ("tiền vệ Paul Pogba", "bộ phim Star Wars"). */
const NOT_A_POST_TABLE = rareTable(NOT_A_POST_WORDS);
const VA_ID = lexiconWordId('và');
const KIEM_ID = lexiconWordId('kiêm');
/** Capitalised words that open a sentence or caption, never part of a post. */
const CAPITAL_OPENER_IDS = idSet(CAPITAL_OPENER_WORDS);
/** Lower-case words of foreign names (von der Leyen, bin Salman, al Attiyah). */
const NAME_PARTICLES = idSet(NAME_PARTICLE_WORDS);
/** Words between a name in apposition and its post: "X, một trong những cố vấn của ...", "Y – nguyên là ...". */
const APPOSITION_INTRO_TABLE = rareTable(APPOSITION_INTRO_WORDS);
/** Words that may open a sentence before a name in apposition ("Theo Gary Samore, quan chức ..."). */
const APPOSITION_LEAD_IDS = idSet(APPOSITION_LEAD_WORDS);
/** Degrees and occupations before a name in apposition: no post themselves, so the post after the comma is the name's. */
const DEGREE_TABLE = rareTable(DEGREE_BEFORE_NAME_WORDS);
/** Where a post in apposition after a name ends: predicates ("cho biết"), and "dưới quyền", "trong", "khi". */
// ('bị', 'đăng' only as a name's predicate: in a title they close words, "thiết bị", "quân bị", "đăng kiểm")
const TITLE_END_TABLE = rareTable([...PREDICATE_AFTER_APPOSITION, ...PREDICATE_AFTER_NAME_WORDS.filter((w) => w !== 'bị' && w !== 'đăng'), 'mong muốn', 'dưới quyền', 'dưới thời', 'trong', 'khi', 'vào', 'hồi', 'và', 'nhưng', 'thì', 'là',
  'hôm', 'ngày', 'sáng', 'chiều', 'tối', 'đêm', 'trưa', 'tuần', 'tháng', 'năm', 'lúc', 'gồm', 'tới', 'đến', 'sau', 'trước', 'mới đây', 'vừa qua',
  // a second post joined by "đồng thời là" ("cựu lãnh đạo đảng Minjoo đồng thời là ứng viên")
  'đồng thời',
  // a purpose clause ("bắt giữ ông X, cố vấn của Tổng thống Y để điều tra ...")
  'để', 'nhằm']);
/** Words a title does not end with ("Ngoại trưởng Mỹ của", "Tổng thống thứ"). */
const TITLE_TAIL_IDS = idSet(TITLE_TAIL_WORDS);
const MAX_TITLE_WORDS = 14;
const MAX_APPOSITION_TITLE_WORDS = 12;

// ---- foreign-looking words --------------------------------------------------------------------

/** Latin letters Vietnamese never writes: f, j, w, z and the accented letters of other languages. */
const ALIEN = new Uint8Array(0x100);
for (const c of [102, 106, 119, 122, 0xe4, 0xe5, 0xe6, 0xe7, 0xeb, 0xee, 0xef, 0xf1, 0xf6, 0xf8, 0xfb, 0xfc, 0xdf, 0xff]) ALIEN[c] = 1;
function isAlienLetter(c: number): boolean {
  return c < 0x100 && ALIEN[c] === 1;
}

/**
 * The word folded[s, e) cannot be a Vietnamese syllable: an alien letter, a bare-letter word outside
 * Vietnamese spelling (Spicer, Hogan, Moon, Lee), or a transcription in hyphenated parts (Ô-ba-ma, Jae-in).
 */
export function isForeignWordAt(text: string, folded: string, s: number, e: number): boolean {
  if (e - s < 2) return false;
  let ascii = true, hyphens = 0, lowerAfterHyphen = false;
  for (let p = s; p < e; p++) {
    const c = folded.charCodeAt(p);
    if (isAlienLetter(c)) return true;
    if (c === 45) {
      hyphens++;
      // (read only inside the word: a hyphen ending the text read past it, and deopted this out of bounds)
      if (p + 1 < e) {
        const n = text.charCodeAt(p + 1);
        if (n === folded.charCodeAt(p + 1) && n !== 45) lowerAfterHyphen = true;
      }
    } else if (c > 0x7a) ascii = false;
  }
  if (hyphens > 0) {
    if (lowerAfterHyphen) return true;
    // "Al-Thani": a part that is foreign makes the word foreign ("Rịa-Vũng" stays Vietnamese)
    let from = s;
    for (let p = s; p <= e; p++) {
      if (p === e || folded.charCodeAt(p) === 45) {
        if (p - from >= 2 && !isUpperPart(text, from, p) && isForeignWordAt(text, folded, from, p)) return true;
        from = p + 1;
      }
    }
    return false;
  }
  if (!ascii) return false;
  // "M.Dô", "O'Brien", "St.": initials and apostrophes are not syllables
  for (let p = s; p < e; p++) {
    const c = folded.charCodeAt(p);
    if (c < 97 || c > 122) return true;
  }
  return !VIETNAMESE_BARE_SYLLABLE_RE.test(folded.slice(s, e));
}

// Letter case by code unit, read from tables (no string built per character).
const CASE_TABLE_END = 0x2000;
const CASE = new Uint8Array(CASE_TABLE_END);
for (let c = 0; c < CASE_TABLE_END; c++) {
  const ch = String.fromCharCode(c);
  CASE[c] = ch !== ch.toLowerCase() ? 2 : ch !== ch.toUpperCase() ? 1 : 0;
}
const isUpperLetter = (c: number) => c < CASE_TABLE_END && CASE[c] === 2;
const isLowerLetter = (c: number) => c < CASE_TABLE_END && CASE[c] === 1;

/** "ASEAN" of "Trung Quốc-ASEAN", "BV" of "Mắt-BV": an acronym part says nothing of the language. */
function isUpperPart(text: string, s: number, e: number): boolean {
  for (let p = s; p < e; p++) if (isLowerLetter(text.charCodeAt(p))) return false;
  return true;
}

/** Answers per lexicon word id (0 not yet asked, 1 no, 2 yes): capitalised lexicon words recur in every document. */
const FOREIGN_BY_ID = new Uint8Array(1 << 16);
function isForeignToken(text: string, folded: string, t: Token): boolean {
  if (!t.cap || t.acro || t.num) return false;
  const w = t.w;
  if (w >= 0 && w < FOREIGN_BY_ID.length) {
    const known = FOREIGN_BY_ID[w];
    if (known !== 0) return known === 2;
    const foreign = isForeignWordAt(text, folded, t.s, t.e);
    FOREIGN_BY_ID[w] = foreign ? 2 : 1;
    return foreign;
  }
  return isForeignWordAt(text, folded, t.s, t.e);
}

/** A capitalised word that may be part of a foreign name: not a place, body, post, rank or sentence opener. */
function isNameToken(text: string, t: Token, toks: Token[], k: number): boolean {
  if (!t.cap || t.acro || t.num) return false;
  // Vietnamese words with diacritics are not parts of a foreign name, unless hyphenated (Ô-ba-ma)
  let plain = true, hyphen = false;
  for (let p = t.s; p < t.e; p++) {
    const c = text.charCodeAt(p);
    if (c === 45) hyphen = true;
    else if (c >= 48 && c <= 57) return false; // "S600", "F-16": a model's name, no person's
    else if (c > 0x7a && !isAlienLetter(c >= 0xc0 && c < 0xdf ? c + 0x20 : c)) plain = false;
  }
  if (!plain && !hyphen) return false;
  if (t.k !== 0 && (matchAt(toks, k, PLACE_TABLE) || matchAt(toks, k, COUNTRY_TABLE) || matchAt(toks, k, ORG_TABLE)
    || matchAt(toks, k, POSITION_TABLE) || matchAt(toks, k, RANK_TABLE) || matchAt(toks, k, HONORIFIC_TABLE) || isNotNameWord(t))) return placeNameAfterHonorific(toks, k);
  return true;
}

const isParticle = (t: Token | undefined): boolean => !!t && !t.cap && NAME_PARTICLES.has(t.w);
/** "al-Baghdadi", "bin-Salman": an Arabic article joined to the name by a hyphen, written lower case. */
const HYPHEN_PARTICLE_RE = /^(?:al|el|ad|ar|as|ash|at|az|ibn|bin|abd|abu|ben)-\p{Lu}/u;
function isHyphenParticleName(text: string, t: Token | undefined): boolean {
  if (!t || t.cap || t.e - t.s < 4) return false;
  const c2 = text.charCodeAt(t.s + 2), c3 = text.charCodeAt(t.s + 3), c4 = text.charCodeAt(t.s + 4);
  return (c2 === 45 || c3 === 45 || c4 === 45) && HYPHEN_PARTICLE_RE.test(text.slice(t.s, t.s + 6));
}

// ---- posts ------------------------------------------------------------------------------------

interface Head { start: number; end: number }

/**
 * A post head starting at token q (with its prefix and suffix), or null. `lowerVerbs`: a verb-like post written lower
 * case is a post too (its holder is set off after it: "đại diện thường trực của Nga tại EU – ông Vladimir Chizhov").
 */
function headAt(toks: Token[], q: number, lowerVerbs = false): Head | null {
  const t = toks[q];
  const m = matchAt(toks, q, POSITION_TABLE) ?? matchAt(toks, q, EXTRA_HEAD_TABLE);
  if (!m) return null;
  if (m.len === 2 && t.w === DAI_ID && toks[q + 1].w === DIEN_ID && exemplarAfter(toks, q + 2)) return null;
  const words = toks.slice(q, q + m.len).map((x) => x.f).join(' ');
  // ("cố lãnh đạo Kim Jong-il", "cựu trợ lý Hope Hicks": after a former-holder word a verb-like post is a noun)
  const verbLike = !t.cap && VERB_LIKE_HEADS.has(words) && !formerHolder(toks, q);
  if (verbLike && !lowerVerbs) return null;
  let start = q;
  while (start > 0 && toks[start].gap === Gap.Space && matchAt(toks, start - 1, PREFIX_TABLE)?.len === 1 && !inGovernment(toks, start - 1)) start--;
  // ("sẽ chỉ huy chiến dịch, ông X nói": after a subject or a tense word it is the verb; only a clause's or a preposition's noun)
  if (verbLike && start > 0 && toks[start].gap === Gap.Space && !NOUN_LEAD_IDS.has(toks[start - 1].w)) return null;
  let end = q + m.len;
  const suffix = toks[end]?.gap === Gap.Space ? matchAt(toks, end, SUFFIX_TABLE) : null;
  if (suffix) end += suffix.len;
  return { start, end };
}

/** "đại diện tiêu biểu (khác) của phong cách ...": an adjective of kind right after "đại diện" (EXEMPLAR_WORDS). */
function exemplarAfter(toks: Token[], q: number): boolean {
  const t = toks[q];
  return !!t && t.gap === Gap.Space && !t.cap && !!matchAt(toks, q, EXEMPLAR_TABLE);
}

/** A former or late holder's word right before token q ("cố", "cựu", "nguyên"): the post after it names its holder alone. */
function formerHolder(toks: Token[], q: number): boolean {
  return q > 0 && toks[q].gap === Gap.Space && !toks[q - 1].cap && FORMER_HOLDER_IDS.has(toks[q - 1].w);
}
const FORMER_HOLDER_IDS = idSet(['cố', 'cựu', 'nguyên']);

/**
 * Words after which a verb-like post written lower case is a noun: an agent, a preposition's object ("được đại diện ...");
 * after "khi" with no subject the verb's subject is the name after the comma ("Khi lãnh đạo Triều Tiên, ông Kim Jong Un").
 */
const NOUN_LEAD_IDS = idSet(['được', 'bởi', 'của', 'với', 'cho', 'theo', 'là', 'giữa', 'cùng', 'khi', 'một']);

/** "chính quyền Tổng thống Trump": 'quyền' closes "chính quyền" (the administration), no acting post. */
function inGovernment(toks: Token[], q: number): boolean {
  return q > 0 && toks[q].w === QUYEN_ID && toks[q - 1].w === CHINH_ID && toks[q].gap === Gap.Space;
}
const QUYEN_ID = lexiconWordId('quyền'), CHINH_ID = lexiconWordId('chính');

function headKey(toks: Token[], h: Head): string {
  let q = h.start;
  while (q < h.end && matchAt(toks, q, PREFIX_TABLE)?.len === 1 && q + 1 < h.end) q++;
  return toks.slice(q, h.end).map((x) => x.f).join(' ');
}

/** Only spaces and brackets between two tokens: "HSBC (Anh) Doreen", a country in brackets inside a post. */
function bracketGap(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c !== 32 && c !== 40 && c !== 41) return false;
  }
  return true;
}

/** A body's acronym alone in brackets right before token k, closed by ")" or ")," ("(NEC) ông", "(DOS), ông"). */
function bracketedAcronymBefore(text: string, toks: Token[], k: number): boolean {
  const a = toks[k - 1];
  return k > 1 && a.gap === Gap.Paren && a.acro && !a.num && text.charCodeAt(a.e) === 41 && (bracketGap(text, a.e, toks[k].s) || bracketCommaGap(text, a.e, toks[k].s));
}

/** "Paris (Pháp), Anne Hidalgo": a bracket closed, then a comma before the name. */
function bracketCommaGap(text: string, from: number, to: number): boolean {
  return text.charCodeAt(from) === 41 && text.charCodeAt(from + 1) === 44 && to === from + 3 && text.charCodeAt(from + 2) === 32;
}

function isClauseBreak(toks: Token[], q: number): boolean {
  const t = toks[q];
  if (t.num) return true;
  if (t.acro) return CLAUSE_BREAK_IDS.has(t.w); // "HLV"
  if (t.cap) return CAPITAL_OPENER_IDS.has(t.w); // "Tổng thống Trump  Theo Business Insider": a new sentence
  // "Nông nghiệp và nông thôn", "Vương quốc Anh và Bắc Ai-len" are one body; "Trump và vợ" is not
  if (t.w === VA_ID) return !!toks[q - 1]?.cap && !toks[q + 1]?.cap;
  return CLAUSE_BREAK_IDS.has(t.w) || !!matchAt(toks, q, NOT_A_POST_TABLE);
}

/**
 * `appositive`: the post follows the name ("X, Giám đốc ...").
 * `surname`: one word after a firm's post, a person only when the text writes the full name elsewhere.
 */
// (every field in this order at every push: one object shape, so the merge's reads of them stay monomorphic and no
// reader deopts on a shape it has not met: "wrong map" in findForeignOfficials)
interface Found { nameStart: number; nameEnd: number; position: Position | null; appositive: boolean; also: Position | null; listed: boolean; surname: boolean; ofHolder: boolean; statePost: boolean }

const THUOC_ID = lexiconWordId('thuộc');
const PHU_ID = lexiconWordId('phụ');
const PHU_TRACH_TABLE = rareTable(['phụ trách']);
/** Posts whose remit is their substance ("Trợ lý Ngoại trưởng Mỹ phụ trách các vấn đề Đông Á"): kept whole. */
const REMIT_KEPT_HEADS = new Set(['trợ lý', 'cố vấn', 'đặc phái viên', 'đặc sứ', 'điều phối viên']);
/** "Phó Chủ tịch Phòng Thương mại Mỹ phụ trách các vấn đề quốc tế X": after a capitalised body the remit is no part of the
 *  title (the golds end with the body, "(EU)" too); the title's last token, cut there or not. */
function remitAfterBodyLast(text: string, toks: Token[], head: Head, lastTok: number): number {
  let body = false;
  for (let q = head.end; q <= lastTok; q++) {
    if (toks[q].cap || toks[q].acro) body = true;
    else if (body && toks[q].w === PHU_ID && (toks[q].gap === Gap.Space || text.charCodeAt(toks[q - 1].e) === 41) && matchAt(toks, q, PHU_TRACH_TABLE)) {
      // (a sector alone is the post's own field, no body: "Thứ trưởng Ngoại giao phụ trách các vấn đề chính trị")
      if (REMIT_KEPT_HEADS.has(headKey(toks, head)) || (matchAt(toks, head.end, SECTOR_TABLE)?.len ?? 0) >= q - head.end) return lastTok;
      return toks[q - 1].gap === Gap.Paren && q - 1 > head.end ? q - 2 : q - 1;
    }
  }
  return lastTok;
}
function position(text: string, toks: Token[], head: Head, lastTok: number): Position {
  // "Chủ tịch Ủy ban Quân lực thuộc Hạ viện Mỹ": a title ends where its directly attached body ends
  for (let q = head.end + 1; q <= lastTok; q++) if (toks[q].w === THUOC_ID && !toks[q].cap) { lastTok = q - 1; break; }
  lastTok = remitAfterBodyLast(text, toks, head, lastTok);
  while (lastTok >= head.end && !toks[lastTok].cap && TITLE_TAIL_IDS.has(toks[lastTok].w)) lastTok--;
  lastTok = beforeOpenBracket(text, toks, head.end, lastTok);
  for (let q = head.end + 1; q <= lastTok; q++) {
    const term = toks[q].cap || toks[q].gap !== Gap.Space ? null : matchAt(toks, q, TENURE_AFTER_BODY_TABLE);
    if (term && q + term.len - 1 === lastTok) { lastTok = q - 1; break; }
  }
  const s = toks[head.start].s, e = toks[lastTok].e, headEnd = toks[head.end - 1].e;
  const org = lastTok >= head.end ? text.slice(toks[head.end].s, e) : null;
  return { title: text.slice(s, headEnd), organization: org, text: text.slice(s, e), span: [s, e] };
}

/** "thủ lĩnh nhóm Nhà nước Hồi giáo (IS) tự xưng Abu Bakr": a title ending inside a bracket ends before it. */
function beforeOpenBracket(text: string, toks: Token[], from: number, lastTok: number): number {
  for (let q = lastTok; q > from; q--) {
    if (toks[q].gap !== Gap.Paren) continue;
    const close = text.indexOf(')', toks[q].s);
    return close >= 0 && close < toks[lastTok].e ? lastTok : q - 1;
  }
  return lastTok;
}

/** First words of every post head read here: a word-id test before the phrase tables. */
const HEAD_FIRST = (() => {
  const ids = [...FOREIGN_POST_HEADS, 'đối tác'].map((h) => lexiconWordId(h.split(' ')[0]));
  const flags = new Uint8Array(Math.max(...ids) + 1);
  for (const id of ids) flags[id] = 1;
  return flags;
})();
const POSITION_BIT = POSITION_TABLE.bit;
const mayOpenPost = (t: Token) => (t.k & POSITION_BIT) !== 0 || (t.w >= 0 && t.w < HEAD_FIRST.length && HEAD_FIRST[t.w] === 1);
/** Cheap look back from the run at r: some word that may open a post, before punctuation other than a bracket or comma. */
function postWordBefore(text: string, toks: Token[], r: number): boolean {
  const lowest = Math.max(0, r - MAX_TITLE_WORDS - 3);
  for (let q = r - 1; q >= lowest; q--) {
    const t = toks[q];
    if (mayOpenPost(t)) return true;
    // ("Chủ tịch của CLB - ông Stan Kroenke": a dash before the name's honorific sets the name off, like a comma)
    if (t.gap === Gap.Dash && q === r - 1 && dashedHonorific(toks, q)) continue;
    if (t.gap === Gap.Dash || (t.gap === Gap.Break && !(q > 0 && (bracketGap(text, toks[q - 1].e, t.s) || bracketCommaGap(text, toks[q - 1].e, t.s))))) return false;
  }
  return false;
}

/** An honorific written lower case after a dash, right before a name ("- ông Stan Kroenke"). */
function dashedHonorific(toks: Token[], q: number): boolean {
  return !toks[q].cap && matchAt(toks, q, HONORIFIC_TABLE)?.len === 1;
}

/** Cheap look ahead from token i: a comma or dash within the next few words, then a word that may open a post. */
function postWordAfter(toks: Token[], i: number): boolean {
  for (let q = i + 1; q < toks.length && q <= i + 5; q++) {
    const g = toks[q].gap;
    if (g === Gap.Comma || g === Gap.Dash) {
      for (let p = q; p < toks.length && p <= q + 3; p++) if (mayOpenPost(toks[p])) return true;
      return g === Gap.Comma && andPostWordAfter(toks, q);
    }
    if (g !== Gap.Space) return false;
  }
  return false;
}

/** Cheap look on from the comma at q: "và" in the same clause, then a word that may open a post (secondPostAfterAnd). */
function andPostWordAfter(toks: Token[], q: number): boolean {
  for (let p = q + 1; p < toks.length && p - q <= MAX_DESCRIPTION_WORDS; p++) {
    const t = toks[p];
    if (t.gap !== Gap.Space) return false;
    if (t.w !== VA_ID) continue;
    for (let r = p + 1; r < toks.length && r <= p + 4; r++) if (mayOpenPost(toks[r])) return true;
    return false;
  }
  return false;
}

/** Honorifics written capitalised (not "Anh", which is also a country). */
const CAPITALISED_HONORIFIC_IDS = idSet(['ayatollah', 'sheikh', 'sheik', 'sheikha', 'sir', 'dame']);
/** British honours ("Sir Ralph Rayner"): no part of the name, but no comma-set-off holder either. */
const BRITISH_HONOUR_IDS = idSet(['sir', 'dame']);
/** Right after a capitalised honorific ("Quốc vương Kuwait Sheikh Sabah Al-Ahmad"). */
const afterCapitalisedHonorific = (toks: Token[], k: number): boolean =>
  k > 0 && toks[k].gap === Gap.Space && toks[k - 1].cap && CAPITALISED_HONORIFIC_IDS.has(toks[k - 1].w);
/** "Sheikh Sabah": a word that is also a place's (Sabah, in Malaysia) is the name after a capitalised honorific. */
function placeNameAfterHonorific(toks: Token[], k: number): boolean {
  return afterCapitalisedHonorific(toks, k) && !matchAt(toks, k, POSITION_TABLE) && !matchAt(toks, k, RANK_TABLE) && !matchAt(toks, k, ORG_TABLE);
}

/** The post written before the name at run start r (same clause), or null. */
/** How the name after "post," ends: a second comma ("Post, X, nói"), or its predicate ("Post, X nói"), which needs the post to open its clause. */
const enum CommaClose { None, Comma, Predicate }
/** The verb right after a name: "Đại sứ ... tại Pakistan, Omar Zakhilwal đăng tải", "Thị trưởng ..., Anne Hidalgo cho hay". */
function predicateAt(toks: Token[], e: number): boolean {
  const t = toks[e];
  if (!t || t.gap !== Gap.Space || t.cap) return false;
  return !!matchAt(toks, e, PREDICATE_TABLE) || ((t.w === NGAY_ID || t.w === HOM_ID) && predicateAfterDay(toks, e));
}
const NGAY_ID = lexiconWordId('ngày'), HOM_ID = lexiconWordId('hôm');
/** "Steffen Seibert ngày 16/6 cho biết": the day of the statement between the name and its verb. */
function predicateAfterDay(toks: Token[], e: number): boolean {
  let q = e + 1;
  while (q < toks.length && toks[q].num && q - e <= 3) q++;
  const v = toks[q];
  return q > e + 1 && !!v && v.gap === Gap.Space && !v.cap && !!matchAt(toks, q, PREDICATE_TABLE);
}
const PREDICATE_TABLE = rareTable(PREDICATE_AFTER_NAME_WORDS);
/** The post at token h opens its clause: at a sentence or comma, or after "Theo" ("Theo Thị trưởng Chitral, Maghfriat Shah"). */
function opensClause(text: string, toks: Token[], h: number): boolean {
  const t = toks[h];
  if (h === 0 || t.gap !== Gap.Space) return true;
  const p = toks[h - 1];
  // ("được Đại sứ Afghanistan tại Pakistan, Omar Zakhilwal đăng tải": the agent of a passive)
  return (APPOSITION_LEAD_IDS.has(p.w) && (h - 1 === 0 || p.gap !== Gap.Space)) || (p.w === DUOC_ID && !p.cap) || (p.cap && creditEndsAt(text, toks, h - 1));
}
const MAX_CREDIT_WORDS = 3;
/** "Ảnh: AFP/TTXVN Tổng Giám đốc IATA, Alexandre de Juniac nhận định": a photo credit's capitalised words end at token e, run on into the next paragraph. */
function creditEndsAt(text: string, toks: Token[], e: number): boolean {
  for (let q = e; q > 0 && e - q < MAX_CREDIT_WORDS; q--) {
    if (!toks[q].cap && !toks[q].acro) return false;
    if (photoCreditBefore(text, toks, q)) return true;
  }
  return false;
}

/** `ofHolder`: the post is of another post's named holder ("người phát ngôn của Tổng thống X Y, ông Z"). */
interface PostBefore { head: Head; last: number; plural?: boolean; ofHolder?: boolean }
/** `list`: a list of names follows the run, so a plural post ("các cựu Tổng thống Mỹ A và B") is each one's. */
function postBefore(text: string, folded: string, toks: Token[], r: number, close = CommaClose.None, list = false, ownerAfter = false): PostBefore | null {
  return postBeforeRead(text, folded, toks, r, close, list, false, ownerAfter)
    // (a verb-like post written lower case only when no other post is read: "Giám đốc phụ trách khu vực ..., ông X")
    ?? ((r > 1 && toks[r - 1].gap !== Gap.Space && toks[r].gap === Gap.Space && !toks[r - 1].cap) || honorificAfterBodyName(toks, r) ? postBeforeRead(text, folded, toks, r, close, list, true) : null);
}

/**
 * "lãnh đạo lực lượng cảnh sát quốc gia Philippines ông Ronald Dela Rosa": "ông" or "bà" between a body's capitalised name
 * and the name at r sets the name off like a comma, so a verb-like post written lower case before the body is a noun.
 */
function honorificAfterBodyName(toks: Token[], r: number): boolean {
  return r > 2 && toks[r].gap === Gap.Space && toks[r - 1].gap === Gap.Space && !toks[r - 1].cap && LIST_HONORIFIC_IDS.has(toks[r - 1].w) && toks[r - 2].cap;
}
/**
 * `ownerAfter`: "của" follows the name, whose body it owns ("Chỉ huy Bill Urban của hải quân Mỹ"), so a capitalised post that
 * needs its body (NEEDS_BODY_HEAD_WORDS) has it there.
 */
function postBeforeRead(text: string, folded: string, toks: Token[], r: number, close: CommaClose, list: boolean, lowerVerbs: boolean, ownerAfter = false): PostBefore | null {
  let last = r - 1;
  if (last < 0 || !postWordBefore(text, toks, r)) return null;
  // "(Anh) Doreen": a bracketed country closes the post
  // the name set off from its post by a comma or dash ("Post, X nói"), not run on ("Post (Fed) X nói")
  const setOff = toks[r].gap === Gap.Comma || toks[r].gap === Gap.Dash || (toks[r].gap === Gap.Break && bracketCommaGap(text, toks[last].e, toks[r].s));
  if (toks[r].gap === Gap.Break && (bracketGap(text, toks[last].e, toks[r].s) || (close !== CommaClose.None && bracketCommaGap(text, toks[last].e, toks[r].s)))
    && text.lastIndexOf(')', toks[r].s) > toks[last].e - 1) {
    let q = last;
    while (q > 0 && toks[q].gap !== Gap.Paren && r - q < 4) q--;
    if (toks[q].gap !== Gap.Paren) return null;
    last = q - 1;
  } else if (toks[r].gap === Gap.Comma || toks[r].gap === Gap.Dash) {
    // "Ủy viên Y tế ... Liên minh châu Âu, Vytenis Andriukaitis, cũng tuyên bố": the name set off by commas after its post
    if (close === CommaClose.None) return null;
  } else if (toks[r].gap !== Gap.Space) return null;
  let afterLa = false, honorificSetOff = false, commaHonorific = false;
  // "ông Sean Spicer" after "Thư ký báo chí Nhà Trắng,": the post is in the clause before the comma
  // ("lãnh tụ Iran Ayatollah Ruhollah Khomeini": a cleric's honorific, capitalised, is no part of the post either)
  if (last >= 1 && (!toks[last].cap || CAPITALISED_HONORIFIC_IDS.has(toks[last].w)) && matchAt(toks, last, HONORIFIC_TABLE)?.len === 1) {
    const g = toks[last].gap;
    // ("Người phát ngôn của Bộ Ngoại giao Mỹ (DOS), ông John Kirby": the body's acronym in brackets before the honorific)
    const acronymBefore = g === Gap.Break && bracketedAcronymBefore(text, toks, last);
    if (g !== Gap.Comma && g !== Gap.Dash && g !== Gap.Space && !acronymBefore) return null;
    // ("được Nữ hoàng Anh phong tước Hiệp sĩ, Sir Roger Moore": a British honour sets off no holder after a comma, only
    // written straight after the post, "Thủ tướng Anh Sir Winston Churchill")
    if (g !== Gap.Space && BRITISH_HONOUR_IDS.has(toks[last].w)) return null;
    honorificSetOff = lowerVerbs && (g !== Gap.Space || honorificAfterBodyName(toks, r)) && toks[r].gap === Gap.Space;
    commaHonorific = g !== Gap.Space && toks[r].gap === Gap.Space;
    last -= acronymBefore ? 2 : 1;
    // ("Thái tử Qatar Emir Sheikh Tamim": a ruler's style before the honorific, a two-word honorific, is no part of the post)
    if (!acronymBefore && last >= 1 && toks[last].cap && matchAt(toks, last, HONORIFIC_TABLE)?.len === 2) last--;
  } else if (last >= 1 && toks[r].gap === Gap.Space && toks[last].w === LA_ID && toks[last].gap === Gap.Space) {
    // "vua mới của Thái Lan là Maha Vajiralongkorn": the post with its unit, then "là" and its holder
    last--;
    afterLa = true;
  }
  if (last < 0) return null;
  // "Quốc vương của Baek Je", "tại sân Nou Camp": the object of a preposition is a place or body, not the holder
  if (!toks[last].cap && PREPOSITION_IDS.has(toks[last].w)) return null;
  // "Chủ tịch Hạ viện và Lord Great Chamberlain": a name right after "và" is a second person, not the post's holder
  if (last === r - 1 && toks[last].w === VA_ID && !toks[last].cap) return null;
  // "Tổng thống Mỹ khi đó": the holder's descriptor is not part of the post (a term is: "Tổng thống mãn nhiệm")
  for (let q = Math.max(1, last - MAX_DESCRIPTOR_WORDS + 1); q <= last; q++) {
    const d = matchAt(toks, q, HOLDER_DESCRIPTOR_TABLE);
    // ("nhóm Nhà nước Hồi giáo (IS) tự xưng, Đại tá X": before a comma, after a bracket, it describes the body)
    if (d && q + d.len - 1 === last && !(setOff && text.charCodeAt(toks[q].s - 2) === 41)) { last = q - 1; break; }
  }
  // (postBeforeRank's second read: a rank set off by a comma after the post, "chỉ huy …, tướng X")
  const rankSetOff = lowerVerbs && toks[r].gap === Gap.Comma;
  let lowest = Math.max(0, last - MAX_TITLE_WORDS);
  let found: Head | null = null;
  let outer = false, plural = false, innerHolder = false, innerHeadStart = -1;
  for (let q = last; q >= lowest; q--) {
    const h = headAt(toks, q, honorificSetOff || rankSetOff);
    if (h && h.end <= last + 1 && !namesCommand(toks, h)) {
      const before = toks[h.start - 1];
      // "các Bộ trưởng": no one person; "phu nhân Tổng thống", "ứng viên Tổng thống": the holder's kin or rival
      if (before && toks[h.start].gap === Gap.Space && !before.cap && PLURAL_IDS.has(before.w)) { if (!list) return null; plural = true; }
      if (before && toks[h.start].gap === Gap.Space && endsAt(toks, h.start, NOT_THE_HOLDER_TABLE)) return null;
      // ("cô con gái của tổng thống Mỹ - Ivanka Trump": the holder's kin, with "của")
      if (before && before.w === CUA_ID && toks[h.start].gap === Gap.Space && toks[h.start - 1].gap === Gap.Space && endsAt(toks, h.start - 1, KIN_TABLE)) return null;
      found = h;
      // "Thượng nghị sĩ": the longest post ending here, not "nghị sĩ" inside it
      const longer = h.start > 0 && toks[h.start].gap === Gap.Space ? headAt(toks, h.start - 1) : null;
      if (longer && longer.end >= h.end && longer.end <= last + 1) found = longer;
      // "Giám đốc điều hành (CEO) của hãng": the bracket abbreviates the post written before it, which is the head
      if (toks[found.start].gap === Gap.Paren && text.charCodeAt(toks[found.start].s - 1) === 40) found = postEndingAt(toks, found.start) ?? found;
      // "Đặc phái viên của Tổng thống Nga": the post of the post's holder is the outer one
      // ("Trợ lý Tổng thư ký LHQ", "Người phát ngôn Cao ủy ...": a post right after another is that post's body, the same)
      if (before && toks[h.start].gap === Gap.Space && (before.w === CUA_ID || postEndingAt(toks, h.start))) { q = h.start; outer = true; innerHeadStart = h.start; continue; }
      break;
    }
    if (found && !outer) break;
    // a later word of a post ("ký" of "Thư ký") is no break
    // (a remit's words do not count against the reach for its post: "Đại diện cấp cao Liên minh châu Âu (EU) phụ trách chính sách an ninh và đối ngoại X")
    if ((!found || innerHolder) && remitAt(toks, q)) lowest = Math.max(0, Math.min(lowest, q - MAX_POST_BEFORE_REMIT_WORDS));
    if (isClauseBreak(toks, q) && !insidePost(toks, q) && !termOfOfficeAt(toks, q) && !pluralOfRemit(toks, q) && !pluralOfForces(toks, q)
      && !(q === last && (setOff || commaHonorific) && pointedBody(toks, q))) { if (outer) break; return null; }
    const t = toks[q], g = t.gap;
    if (q > lowest && g !== Gap.Space && g !== Gap.Paren && !(g === Gap.Break && bracketGap(text, toks[q - 1].e, toks[q].s))) { if (outer) break; return null; }
    // "Tổng thống Putin đưa", "Tổng thống Donald Trump, ông": another person's name lies between
    // ("thủ lĩnh của tổ chức Abu Sayyaf là X": a run right after a body type is the body's name)
    // ("Thủ hiến bang New South Wales, Gladys Berejiklian": a word inside a place's name is no person's)
    if (q < last && isForeignToken(text, folded, t) && !ENGLISH_BODY_IDS.has(t.w) && isNameToken(text, t, toks, q) && !afterBodyType(toks, q) && !inPlaceName(toks, q)) {
      const n = toks[q + 1];
      // ("Tổng thống Obama và Phu nhân Michelle Obama": a name before "và" is a person too)
      const person = (!n.cap && !PREPOSITION_IDS.has(n.w))
        || (n.cap && q + 1 <= last && isForeignToken(text, folded, n) && !ENGLISH_BODY_IDS.has(n.w) && !isHyphenated(text, t));
      if (person) {
        if (outer) break;
        // "người phát ngôn của Tổng thống Thổ Nhĩ Kỳ Tayyip Erdogan, ông Ibrahim Kalin": the name closing the clause
        // holds the inner post; the post whose "của" governs it is the set-off name's (checked after the loop)
        const runStart = commaHonorific && !innerHolder && !found ? innerNameStart(text, toks, q, last) : -1;
        if (runStart < 0) return null;
        innerHolder = true;
        last = runStart - 1;
        lowest = Math.max(0, last - MAX_TITLE_WORDS);
        q = runStart;
        continue;
      }
    }
  }
  if (!found) return null;
  if (innerHolder && (!outer || found.start >= innerHeadStart)) return null;
  // "hai nghị sĩ đảng Dân chủ là A và B": a count of holders is a plural too
  if (!plural && countBefore(text, toks, found.start)) { if (!list) return null; plural = true; }
  if (found.end <= last && figureOfSpeech(toks, found)) return null;
  if (close === CommaClose.Predicate && setOff && !opensClause(text, toks, found.start)) return null;
  if (found.end === last + 1 && (afterLa || (NEEDS_BODY_HEADS.has(headKey(toks, found)) && !formerHolder(toks, found.end - headKey(toks, found).split(' ').length)
    && !(ownerAfter && toks[found.start].cap)))) return null; // "Người đứng đầu là X": a ranking
  // "Hội đồng cố vấn Donald Trump": the post word names a body
  if (found.start > 0 && toks[found.start].gap === Gap.Space && endsAt(toks, found.start, BODY_BEFORE_POST_TABLE)) return null;
  // "Tổng thống thích nhìn thấy X": only lower-case words between post and name, more than a sector's few, is a predicate
  let lower = 0, capital = false;
  for (let q = found.end; q <= last; q++) if (toks[q].cap || toks[q].acro) capital = true; else lower++;
  // (a remit is no predicate: "Cao ủy phụ trách vấn đề nhân quyền, ông Zeid Ra'ad al-Hussein")
  if (!capital && lower > 4 && !(found.end <= last && remitAt(toks, found.end))) return null;
  // a post whose last word was taken by the bracket or a descriptor is still whole
  return { head: found, last: Math.max(last, found.end - 1), plural, ofHolder: innerHolder };
}
/** "đảng này" closing a post before its set-off holder: "này" after a lower-case body word (POINTED_BODY_WORDS). */
function pointedBody(toks: Token[], q: number): boolean {
  return toks[q].w === NAY_ID && toks[q].gap === Gap.Space && !toks[q].cap && q > 1 && !toks[q - 1].cap && endsAt(toks, q, POINTED_BODY_TABLE);
}
const NAY_ID = lexiconWordId('này');
const POINTED_BODY_TABLE = rareTable(POINTED_BODY_WORDS);
/** Start of the run of name words [start, last] through token q, right after a post head; -1 when it is none. */
function innerNameStart(text: string, toks: Token[], q: number, last: number): number {
  for (let k = q; k <= last; k++) if (!toks[k].cap || toks[k].acro || (k > q && toks[k].gap !== Gap.Space)) return -1;
  while (q > 0 && toks[q].gap === Gap.Space && isNameToken(text, toks[q - 1], toks, q - 1)) q--;
  return q > 0 && toks[q].gap === Gap.Space && postEndingAt(toks, q) ? q : isPlaceBefore(toks, q) ? q : -1;
}
/** "Tổng thống Thổ Nhĩ Kỳ Tayyip Erdogan": a place word before the name, after the post. */
function isPlaceBefore(toks: Token[], q: number): boolean {
  return q > 0 && toks[q].gap === Gap.Space && (endsAt(toks, q, COUNTRY_TABLE) || endsAt(toks, q, PLACE_TABLE));
}

/** The post head that ends right before token k, or null. */
function postEndingAt(toks: Token[], k: number): Head | null {
  for (let q = k - 1; q >= Math.max(0, k - 4); q--) {
    const h = headAt(toks, q);
    if (h && h.end === k) return h;
  }
  return null;
}

/** "Bộ Tư lệnh", "Bộ Chỉ huy": a command named by its post word; the post is further back ("Tư lệnh Bộ Tư lệnh ..."). */
function namesCommand(toks: Token[], h: Head): boolean {
  return h.start > 0 && toks[h.start].gap === Gap.Space && toks[h.start - 1].w === BO_ID;
}
const BO_ID = lexiconWordId('bộ');
const ON_BEHALF_TABLE = rareTable(['thay mặt', 'thay mặt cho', 'thừa lệnh', 'thừa ủy quyền', 'ủy quyền cho', 'giúp việc cho']);
/**
 * "Vua phá lưới La Liga", "nữ hoàng nhạc pop", "Hoàng đế bất tử Rafael Nadal": a monarch's title then a lower-case
 * word that is no realm ('bang', 'nước', 'của' a country) crowns a star, not a ruler.
 */
function figureOfSpeech(toks: Token[], h: Head): boolean {
  const t = toks[h.end];
  if (t.cap || t.acro || t.num || t.gap !== Gap.Space || REALM_IDS.has(t.w) || !endsAt(toks, h.end, MONARCH_TABLE)) return false;
  if (t.w !== CUA_ID) return true;
  // "vua của người Gurkha", "vua của Thái Lan"; not "vua của Champions League"
  const n = toks[h.end + 1];
  return !n || !(n.cap ? matchAt(toks, h.end + 1, COUNTRY_TABLE) || matchAt(toks, h.end + 1, PLACE_TABLE) : REALM_IDS.has(n.w) || n.w === NGUOI_ID);
}
const MONARCH_TABLE = rareTable(['vua', 'nữ hoàng', 'hoàng đế']);
const REALM_IDS = idSet(['bang', 'nước', 'xứ', 'vương quốc', 'đế quốc', 'mới', 'cha', 'con', 'cuối cùng', 'đầu tiên', 'thứ', 'tương lai', 'kế vị']);
const NGUOI_ID = lexiconWordId('người');

/** "hai", "ba", "bốn" or a number of two or more right before the post ("năm" is also a year). */
function countBefore(text: string, toks: Token[], h: number): boolean {
  const t = toks[h - 1];
  if (!t || toks[h].gap !== Gap.Space) return false;
  if (!t.num) return !t.cap && COUNT_IDS.has(t.w);
  const c = text.charCodeAt(t.s);
  return t.e - t.s === 1 && c >= 50 && c <= 57;
}
const COUNT_IDS = idSet(['hai', 'ba', 'bốn']);
function insidePost(toks: Token[], q: number): boolean {
  for (let p = Math.max(0, q - 3); p < q; p++) {
    const h = headAt(toks, p);
    if (h && h.end > q) return true;
  }
  return false;
}
const isHyphenated = (text: string, t: Token) => text.slice(t.s, t.e).includes('-');
/** Prepositions right before a name: it is the object ("của Baek Je", "tại National Brokers"). */
const PREPOSITION_IDS = idSet(PREPOSITION_WORDS);
const CUA_ID = lexiconWordId('của'), LA_ID = lexiconWordId('là'), DUOC_ID = lexiconWordId('được');
/** Words before a post that make the named person someone else than its holder. */
const NOT_THE_HOLDER_TABLE = rareTable(NOT_THE_HOLDER_WORDS);
const PLURAL_IDS = idSet(PLURAL_WORDS);
/** Kin before "của" and a post (not 'bố', 'con', 'mẹ', which close "tuyên bố", "công ty mẹ"). */
const KIN_TABLE = rareTable(['con gái', 'con trai', 'vợ', 'chồng', 'phu nhân', 'cháu', 'con rể', 'con dâu', 'em trai', 'em gái', 'anh trai', 'chị gái', 'bạn gái', 'người tình']);

/** The post in apposition after the name ending at token e ("Gary Samore, quan chức phụ trách ..."), or null. */
function postAfter(text: string, folded: string, toks: Token[], start: number, e: number, ranked = false): { head: Head; last: number } | null {
  const sep = toks[e];
  if (!sep || (sep.gap !== Gap.Comma && sep.gap !== Gap.Dash)) return null;
  if (!mayOpenPost(sep) && !mayOpenPost(toks[e + 1] ?? sep) && !mayOpenPost(toks[e + 2] ?? sep) && !mayOpenPost(toks[e + 3] ?? sep) && !andPostWordAfter(toks, e)) return null;
  // the name opens its clause
  const open = toks[start];
  // (or after a degree or occupation: "Tiến sĩ Margaret Chan, Giám đốc ...")
  // (a photo's wire credit before it closed the last caption: "Ảnh: Reuters Essam al-Bedaiwi, Thống đốc ...")
  const afterDegree = start > 0 && open.gap === Gap.Space && !APPOSITION_LEAD_IDS.has(toks[start - 1].w) && !wireCreditAt(text, toks, start - 1);
  // (a rank before the name is no post either: "Đô đốc Harry Harris, Tư lệnh ...")
  const unopened = afterDegree && !ranked && !endsAt(toks, start, DEGREE_TABLE);
  if (unopened && !describedAsOne(toks, e)) return null;
  let q = e;
  const intro = matchAt(toks, q, APPOSITION_INTRO_TABLE);
  if (intro && !headAt(toks, q)) q += intro.len;
  // "cựu cố vấn": a prefix, then the post
  const partner = matchAt(toks, q, APPOSITION_HEAD_TABLE);
  const h0 = headAt(toks, q) ?? (matchAt(toks, q, PREFIX_TABLE) ? headAt(toks, q + 1) : null) ?? (partner ? { start: q, end: q + partner.len } : null);
  const h1 = h0 ?? (intro ? nounHeadAfterOne(toks, q) : null);
  const second = h1 ? null : secondPostAfterAnd(toks, q);
  const h = h1 ?? second;
  if (!h || h.start < q) return null;
  const last = appositionEnd(text, folded, toks, h, afterDegree);
  if (last < 0) return null;
  const joined = joinedFieldOwnerLast(text, folded, toks, h, joinedCapitalNameEnd(text, toks, last + 1) - 1, afterDegree);
  // (only a post the description alone lets in is cut there: one read before as well keeps "của" and its principal, as the
  // golds write it, "ông Sebastian Gorka, một cố vấn của Tổng thống Mỹ Donald Trump" → "cố vấn của Tổng thống Mỹ Donald Trump")
  const described = second !== null || ((unopened || !h0) && describedAsOne(toks, e));
  // ("quản lý bởi Jacky Cheung, một đối tác kinh doanh của ông Liu": mid-clause, a partner holds no post)
  if (unopened && partner && !headAt(toks, q)) return null;
  return { head: h, last: described ? describedPostEnd(toks, h, joined) : joined };
}

const O_ID = lexiconWordId('ở');
/** Words that go on describing the holder after the post: "bộ trưởng tài chính do ông Trump đề cử", "... người gốc Saudi". */
const DESCRIPTION_END_IDS = idSet(['do', 'người', 'vốn']);
/** "... cố vấn an ninh quốc gia không am hiểu nhiều về kinh tế": a negation ends the post, not in "hàng không", "phòng không", "trên không". */
const KHONG_ID = lexiconWordId('không'), AIR_WORD_IDS = idSet(['hàng', 'phòng', 'trên']);
/**
 * The end of a post read in a description (describedAsOne, secondPostAfterAnd): before "của" and another post ("cố vấn thân
 * cận của Tổng thống Mỹ Donald Trump" → "cố vấn thân cận": the post names its holder's principal, no body), and before a
 * trailing "ở" and a place ("chủ tịch Chủng viện Thần học Knox ở Florida").
 */
function describedPostEnd(toks: Token[], h: Head, last: number): number {
  for (let p = h.end; p < last; p++) {
    const t = toks[p];
    if (t.gap !== Gap.Space || t.cap) continue;
    if ((t.w === CUA_ID && headAt(toks, p + 1)) || (t.w === O_ID && toks[p + 1].cap) || DESCRIPTION_END_IDS.has(t.w)
      || (t.w === KHONG_ID && !AIR_WORD_IDS.has(toks[p - 1].w))) return p - 1;
  }
  return last;
}

/**
 * "của Isnilon Hapilon, một thủ lĩnh của nhóm Abu Sayyaf": "một" after the comma describes the name before it, so the post is
 * that name's wherever the name stands in its clause (a list of names never goes on with "một").
 */
function describedAsOne(toks: Token[], e: number): boolean {
  const t = toks[e];
  return !!t && t.gap === Gap.Comma && t.w === MOT_ID && !t.cap;
}
const MOT_ID = lexiconWordId('một');

/** "X, một chỉ huy của nhóm ...": after "một" a verb-like post written lower case is a noun ("chỉ huy", "lãnh đạo", "trợ lý"). */
function nounHeadAfterOne(toks: Token[], q: number): Head | null {
  return q > 0 && toks[q - 1].w === MOT_ID && toks[q].gap === Gap.Space ? headAt(toks, q, true) : null;
}

const MAX_DESCRIPTION_WORDS = 12;
/** Words between "và" and a second post that make it the name's own: "và là", "và cũng là", "và hiện là", "và đồng thời là". */
const AND_IS_IDS = idSet(['cũng', 'hiện']);
/** ("đồng thời" is two tokens: a word id is one syllable's) */
const DONG_ID = lexiconWordId('đồng'), THOI_ID = lexiconWordId('thời');
/** The token after the words at q that lead "là" after "và" ("cũng", "hiện", "đồng thời"), written lower case. */
function pastAndIsWords(toks: Token[], q: number): number {
  for (;;) {
    const t = toks[q];
    if (t === undefined || t.cap) return q;
    if (AND_IS_IDS.has(t.w)) q++;
    else if (t.w === DONG_ID && toks[q + 1]?.w === THOI_ID) q += 2;
    else return q;
  }
}
/**
 * "Jared Kushner, con rể và cũng là cố vấn thân cận của ...", "X, một giáo sư Tân Ước và là chủ tịch Chủng viện ...": a
 * description that holds no post, then "và là" and the post. The head after it, or null (also when a post stands inside the
 * description: it is someone else's, "con trai của Tổng thống"). ("kiêm" is left out: "đồng sáng lập kiêm giám đốc sáng tạo
 * của mạng xã hội chia sẻ hình ảnh Pinterest" would cut its post at "chia sẻ".)
 */
function secondPostAfterAnd(toks: Token[], q: number): Head | null {
  for (let p = q + 1; p < toks.length && p - q <= MAX_DESCRIPTION_WORDS; p++) {
    const t = toks[p];
    if (t.gap !== Gap.Space) return null;
    if (t.cap && mayOpenPost(t) && headAt(toks, p)) return null;
    if (t.cap || t.w !== VA_ID) continue;
    let r = pastAndIsWords(toks, p + 1);
    if (toks[r]?.w !== LA_ID) return null;
    r++;
    if (r >= toks.length || toks[r].gap !== Gap.Space) return null;
    return headAt(toks, r, true) ?? (matchAt(toks, r, PREFIX_TABLE) ? headAt(toks, r + 1, true) : null);
  }
  return null;
}

const MAX_JOINED_FIELD_WORDS = 6;
/** Words after "và" that open another party, not a second field of the post: "và các chuyên gia của ...", "và cũng là ...". */
const OTHER_PARTY_IDS = idSet(['các', 'những', 'một', 'nhiều', 'cùng', 'cũng', 'hiện', 'đồng', 'người']);
/**
 * "X, giám đốc trung tâm nghiên cứu quốc tế và khu vực của Đại học Georgetown ở Qatar, nhận định": "và" ended the post, but it
 * joins a second lower-case field, and "của" then names the owner of both, closing the apposition. The owner's last token;
 * last when "và" opens another party ("và là bạn thân của ...", "và các thiết bị của ...", "và đối thủ của ông Trump").
 */
function joinedFieldOwnerLast(text: string, folded: string, toks: Token[], h: Head, last: number, afterDegree: boolean): number {
  const v = toks[last + 1];
  // (a post ending on a capital or a number is whole: "cựu Ngoại trưởng Mỹ và đối thủ của ..."; a bare post joins a second
  // post, not a field: "tổng giám đốc và kĩ sư trưởng của chương trình ...")
  if (last < h.end || !v || v.w !== VA_ID || v.gap !== Gap.Space || toks[last].cap || toks[last].num) return last;
  let q = last + 2;
  while (q < toks.length && q - last - 2 < MAX_JOINED_FIELD_WORDS && toks[q].gap === Gap.Space && !toks[q].cap && !toks[q].num && toks[q].w !== CUA_ID
    && !OTHER_PARTY_IDS.has(toks[q].w) && !matchAt(toks, q, TITLE_END_TABLE) && !matchAt(toks, q, HONORIFIC_TABLE) && !headAt(toks, q, true)) q++;
  if (q === last + 2 || toks[q]?.w !== CUA_ID || toks[q].gap !== Gap.Space) return last;
  const owner = appositionEnd(text, folded, toks, { start: q, end: q + 1 }, afterDegree);
  if (owner <= q) return last;
  // (a named owner, and nothing after it but what closes the apposition)
  let named = false;
  for (let p = q + 1; p <= owner && !named; p++) named = toks[p].cap;
  const next = toks[owner + 1];
  return named && (!next || next.gap !== Gap.Space || !!matchAt(toks, owner + 1, TITLE_END_TABLE)) ? owner : last;
}

/** Words between a post joined by "kiêm" and the "kiêm" ("Chủ tịch HĐQT kiêm ..."): its head and a short body. */
const MAX_KIEM_POST_WORDS = 4;
/**
 * "Chủ tịch kiêm Giám đốc điều hành hãng ConocoPhilips Ryan Lance": the post joined before "kiêm" is the holder's too (the
 * post read before the name starts after it); null when no post ends right before "kiêm".
 */
function kiemPostBefore(text: string, toks: Token[], start: number): Position | null {
  const k = start - 1;
  if (k < 1 || toks[k].w !== KIEM_ID || toks[k].cap || toks[k].gap !== Gap.Space || toks[start].gap !== Gap.Space) return null;
  for (let q = k - 1; q >= 0 && k - q <= MAX_KIEM_POST_WORDS; q--) {
    const h = toks[q].cap ? headAt(toks, q) : null;
    if (h && h.end <= k) return position(text, toks, h, k - 1);
    if (toks[q].gap !== Gap.Space) return null;
  }
  return null;
}

/**
 * "giám đốc sáng tạo của hãng X": "sáng" opening "sáng tạo" is no morning, so no time word ending the post ("sáng lập" still
 * ends one: a founder is no post of the golds').
 */
function sangAsCreative(toks: Token[], p: number): boolean {
  const n = toks[p + 1];
  return toks[p].w === SANG_ID && !!n && n.gap === Gap.Space && n.w === TAO_ID;
}
const SANG_ID = lexiconWordId('sáng'), TAO_ID = lexiconWordId('tạo');
/** "một lãnh đạo lâu năm của Abu Sayyaf": "năm" closing "lâu năm" (long-serving) is no year, so no time word ending the post. */
function namAsLongServing(toks: Token[], p: number): boolean {
  return toks[p].w === NAM_ID && toks[p].gap === Gap.Space && toks[p - 1].w === LAU_ID && !toks[p - 1].cap;
}
const NAM_ID = lexiconWordId('năm'), LAU_ID = lexiconWordId('lâu');

/** The last token of the post in apposition with head h, or -1 when it is no apposition. */
function appositionEnd(text: string, folded: string, toks: Token[], h: Head, afterDegree: boolean, maxWords = MAX_APPOSITION_TITLE_WORDS): number {
  let last = h.end - 1;
  for (let p = h.end; p < toks.length && p - h.end < maxWords; p++) {
    const t = toks[p];
    if (t.gap !== Gap.Space || t.num) break;
    if (!t.cap && matchAt(toks, p, TITLE_END_TABLE) && !insidePost(toks, p) && !andInsideName(text, folded, toks, p) && !sangAsCreative(toks, p) && !namAsLongServing(toks, p)) break;
    if (p > h.end && verbAfterBodyName(toks, p)) break;
    // "Theo Foreign Policy, Tổng thống Putin ...": the post opens a clause about its own holder
    if (t.cap && !t.acro && isForeignWordAt(text, folded, t.s, t.e) && isNameToken(text, t, toks, p) && !ENGLISH_BODY_IDS.has(t.w)) {
      // (after a degree the name before the comma is a person's: "Tiến sĩ X, Giám đốc St Francis ...")
      // ("Theo William Fallon, nhà lãnh đạo Triều Tiên Kim Jong-un giấu ...": the name's first word may look Vietnamese)
      if (!afterDegree && onlyPlacesBetween(toks, h.end, nameRunStart(toks, h.end, p))) return -1;
    }
    last = p;
  }
  if (last === h.end - 1 && NEEDS_BODY_HEADS.has(headKey(toks, h))) return -1;
  return last;
}

/**
 * "người đứng đầu công ty Wing Fung Financial Group có trụ sở tại Hong Kong", "Đội trưởng đội pháo hoa Nhật Bản rà soát dàn
 * pháo": right after the body's capitalised name, a lower-case word that ends a body's name (a verb, "có") ends the post;
 * the links a post goes on through ("của", "tại", "ở", "về", "và", "kiêm": "Đại sứ Hàn Quốc tại Mỹ") are single syllables of that list, not taken.
 */
function verbAfterBodyName(toks: Token[], p: number): boolean {
  const t = toks[p];
  if (t.cap || !toks[p - 1].cap) return false;
  // (one syllable only when it is no noun's first half: "bán đảo Ả Rập", "Chương trình An ninh" go on)
  const m = matchAt(toks, p, STOP_TABLE);
  return !!m && (m.len > 1 || ONE_SYLLABLE_VERB_IDS.has(t.w)) && !stopInsideNoun(toks, p);
}
const ONE_SYLLABLE_VERB_IDS = idSet(['có', 'không', 'mà', 'cùng', 'lại', 'chịu']);

/** "Trung tâm Nghiên cứu Chiến lược và Quốc tế": "và" between two capitalised words of one body, not before a post or a foreign name. */
function andInsideName(text: string, folded: string, toks: Token[], p: number): boolean {
  const n = toks[p + 1];
  // ("Chiến lược và Quốc tế": a capitalised compound before it)
  return toks[p].w === VA_ID && (toks[p - 1].cap || (toks[p - 2]?.cap && toks[p - 1].gap === Gap.Space)) && !!n && n.cap && n.gap === Gap.Space && !headAt(toks, p + 1) && !isForeignWordAt(text, folded, n.s, n.e);
}

/** "X, cố vấn cấp cao và Giám đốc khu vực ...": a second post after "và", or null. */
function chainedPost(text: string, folded: string, toks: Token[], last: number): Position | null {
  const v = toks[last + 1];
  if (!v || v.w !== VA_ID || v.cap || v.gap !== Gap.Space || toks[last + 2]?.gap !== Gap.Space) return null;
  const at = andIsPostAt(toks, last + 2);
  const h = at > 0 ? headAt(toks, at, true) : headAt(toks, last + 2);
  if (!h || h.start !== (at > 0 ? at : last + 2)) return null;
  // ("Chủ tịch và cũng là nhà sáng lập tổ chức ...": a founder said so is no second post)
  if (at > 0 && headKey(toks, h).endsWith('sáng lập')) return null;
  // (the second post of a chain names its body in full: a longer reach)
  const end = appositionEnd(text, folded, toks, h, true, MAX_TITLE_WORDS + 2);
  return end < 0 ? null : position(text, toks, h, at > 0 ? describedPostEnd(toks, h, end) : end);
}

/**
 * "X, một thủ lĩnh của nhóm Abu Sayyaf và là người đứng đầu của IS ở Philippines": after "và", "là" (or "cũng là", "hiện
 * là") says the second post is the name's too; the token after "là", or -1.
 */
function andIsPostAt(toks: Token[], q: number): number {
  q = pastAndIsWords(toks, q);
  return q + 1 < toks.length && toks[q].w === LA_ID && !toks[q].cap && toks[q + 1].gap === Gap.Space ? q + 1 : -1;
}

// ---- names ------------------------------------------------------------------------------------

/** Where the person's name starts in the run [s, e): the whole run, or its last two words after a firm or club. */
function nameStartIn(text: string, toks: Token[], s: number, e: number, firmPost: boolean): number {
  const start = wordsNameStart(text, toks, s, e, firmPost);
  // "Thái tử Mohammed bin Salman Al Saud": an Arabic name runs on from the given name before its first "bin" (and its
  // honorific, "Sheikh Khalid bin Hamad"), never starting after it
  for (let q = s + 1; q < start; q++) {
    if (ARAB_LINK_IDS.has(toks[q].w)) return q - 2 >= s && ARAB_HONORIFIC_IDS.has(toks[q - 2].w) ? q - 2 : q - 1;
  }
  return start;
}
const ARAB_LINK_IDS = idSet(['bin', 'ibn']);
const ARAB_HONORIFIC_IDS = idSet(['sheikh', 'sheik', 'sheikha']);
function wordsNameStart(text: string, toks: Token[], s: number, e: number, firmPost: boolean): number {
  const words: number[] = [];
  for (let q = s; q < e; q++) if (!isParticle(toks[q])) words.push(q);
  // "CLB Valencia Chan Lay Hoon": a first word the text also writes alone is a club or firm
  while (words.length >= 3 && !ASIAN_FAMILY_IDS.has(toks[words[0]].w) && standsAlone(text, toks, words[0], words[1])) words.shift();
  // "Kim In Ryong", "Roh Moo Hyun": an East Asian family name opens a three-word name
  if (words.length >= 4 && ASIAN_FAMILY_IDS.has(toks[words[words.length - 3]].w)) return startWithParticles(toks, words[words.length - 3]);
  if (words.length >= 4) return lastTwo(toks, words);
  if (words.length === 3 && firmPost && words[0] === s && !givenNameAfterBodyType(text, toks, s, e)) return lastTwo(toks, words);
  return words[0] === s ? s : startWithParticles(toks, words[0]);
}
const ASIAN_FAMILY_IDS = idSet(ASIAN_FAMILY_NAMES);
const ASIAN_FAMILY = new Set(ASIAN_FAMILY_NAMES);
function startWithParticles(toks: Token[], q: number): number {
  while (isParticle(toks[q - 1])) q--;
  return q;
}
function lastTwo(toks: Token[], words: number[]): number {
  let q = words[words.length - 2];
  while (isParticle(toks[q - 1])) q--; // "Mohammed bin Salman": keep the particle with the surname
  return q;
}
/** The run's first word written elsewhere without the next one and with no honorific: a firm or club (Google, Real). */
function standsAlone(text: string, toks: Token[], first: number, second: number): boolean {
  const w = text.slice(toks[first].s, toks[first].e), next = text.slice(toks[second].s, toks[second].e);
  for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
    if (at === toks[first].s) continue;
    const after = text.charCodeAt(at + w.length), before = text.charCodeAt(at - 1);
    if ((after >= 65 && after <= 122) || after > 0xbf || (before >= 65 && before <= 122) || before > 0xbf) continue;
    if (text.startsWith(' ' + next, at + w.length)) continue;
    // "Bijan Zanganeh" beside "Bijan Namdar Zanganeh": a shorter form of the name, not a body
    const c = text.charCodeAt(at + w.length + 1);
    if (text.charCodeAt(at + w.length) === 32 && isUpperLetter(c)) continue;
    const lead = text.slice(Math.max(0, at - 5), at).trimEnd().toLowerCase();
    if (lead.endsWith('ông') || lead.endsWith('bà') || lead.endsWith('ngài')) continue;
    return true;
  }
  return false;
}

function nameKey(text: string, toks: Token[], s: number, e: number): string[] {
  const out: string[] = [];
  // "A.Tô-lê-đô" and "Tô-lê-đô": an initial is a word of its own
  for (let q = s; q < e; q++) for (const w of text.slice(toks[q].s, toks[q].e).toLowerCase().split('.')) if (w) out.push(w);
  return out;
}
const endsWith = (long: readonly string[], short: readonly string[]) =>
  long.length >= short.length && short.every((w, i) => long[long.length - short.length + i] === w);

/** Officials named with a foreign name that `officials` (the main pass) does not hold. Widens those it holds by surname. */
export function findForeignOfficials(ctx: ExtractContext, officials: Official[]): Official[] {
  const { text, folded } = ctx;
  for (let j = officials.length - 1; j >= 0; j--) if (officials[j].name.endsWith(' Quốc') && namesNationalBody(text, officials[j])) officials.splice(j, 1);
  const { toks } = analyse(ctx);
  const n = toks.length;
  const found: Found[] = [];
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (!t.cap || t.acro || t.num || !isForeignToken(text, folded, t)) continue;
    // ("Ảnh: Reuters Essam al-Bedaiwi, Thống đốc ...": the credit opens no run, the caption's name after it may)
    if (wireCreditAt(text, toks, i)) continue;
    // most foreign words have no post near them: a word-id look around before reading the run
    if (!postWordBefore(text, toks, t.gap === Gap.Break && i > 1 && toks[i - 1].cap ? withInitials(text, toks, i) : i) && !postWordAfter(toks, i)) {
      // the rest of this capitalised run has the same surroundings
      while (i + 1 < n && toks[i + 1].cap && toks[i + 1].gap === Gap.Space && !(toks[i + 1].k & POSITION_BIT)) i++;
      continue;
    }
    if (!isNameToken(text, t, toks, i)) continue;
    i = foreignRunAt(text, folded, toks, i, officials, found);
  }
  return tidyForeignOfficials(text, folded, toks, found, officials);
}

/**
 * findForeignOfficials after its scan: the runs found merged into the lists, then the lists tidied. Apart from the
 * scan, so that V8's optimising compile of the scan's loop (once a document, hot) is not also a compile of this.
 */
function tidyForeignOfficials(text: string, folded: string, toks: Token[], found: Found[], officials: Official[]): Official[] {
  const added = found.length ? merge(text, toks, found, officials) : [];
  if (found.some((f) => f.surname)) surnamesOfFirmPosts(text, folded, toks, found, officials, added);
  // "Tổng thống Trump" beside "người kế nhiệm Donald Trump": a titled surname takes the one full name written for it
  // an index loop, not for-of: the array iterator deopted here on every document whose list changed element kind (1,752 times on half the corpus)
  const bodyWords: string[] = [];
  let countryCut = false;
  for (let j = 0; j < officials.length; j++) {
    const o = officials[j];
    if (o.name.indexOf(' ') < 0 && o.mentions.length && isForeignNameWord(text, toks[tokenAt(toks, o.mentions[0].span[0])])) fullNameOfSurname(text, toks, o, officials, added);
    else if (o.rank && o.positions.length === 0 && o.rankMention) {
      // (told by the answer, not by the list's length: the push changes the list's element kind, which this read had not met and deopted on)
      if (!postBeforeRank(text, folded, toks, o, officials) && !VIETNAMESE_LETTER_RE.test(o.name)) postAfterRank(text, folded, toks, o);
    } else if (o.positions.length === 0 && !o.rank && !VIETNAMESE_LETTER_RE.test(o.name)) postOfDescribed(text, folded, toks, o);
    else if (o.positions.length && twoSpaces(o.name) && !VIETNAMESE_LETTER_RE.test(o.name)) brandBeforeName(text, toks, o);
    if (o.positions.length && twoSpaces(o.name) && !VIETNAMESE_LETTER_RE.test(o.name.slice(o.name.indexOf(' ')))) bodyBeforeName(text, folded, toks, o, bodyWords);
    if (o.positions.length && o.name.indexOf(' ', o.name.indexOf(' ') + 1) > 0 && !VIETNAMESE_LETTER_RE.test(o.name.slice(o.name.indexOf(' ')))) bodyBeforeGivenName(text, toks, o, bodyWords);
    if (o.positions.length && !VIETNAMESE_LETTER_RE.test(o.name)) outerPostOfAide(text, folded, toks, o);
    if (o.name.indexOf(' ') > 0 && !VIETNAMESE_LETTER_RE.test(o.name)) withGenerationSuffix(text, o);
    if (o.positions.length && COUNTRY_FORM_FIRST_WORDS.has(o.name.slice(0, o.name.indexOf(' ')))) countryCut ||= countryOutOfName(text, o);
  }
  if (fullerPending.length) withFullerPosts();
  // (the foreign pass's own officials too: "Tổng Thư ký điện Elysee Alexis Kohler")
  for (let j = 0; j < added.length; j++) if (added[j].positions.length && added[j].name.indexOf(' ', added[j].name.indexOf(' ') + 1) > 0) bodyBeforeGivenName(text, toks, added[j], bodyWords);
  for (let j = 0; j < added.length; j++) if (twoWordForeignName(added[j].name)) withMiddleName(text, added[j]);
  // ("Quốc vương Saudi đã cử ...": the country alone, read as the surname of a name it opened, names no one)
  if (countryCut) for (let j = officials.length - 1; j >= 0; j--) if (COUNTRY_FORMS.has(officials[j].name)) officials.splice(j, 1);
  // "Tổng giám đốc Vietnam Airlines": the main pass read a firm's name as the post's holder
  for (let j = officials.length - 1; j >= 0; j--) if (namesABody(officials[j].name)) officials.splice(j, 1);
  // ("Liên minh Nghị sỹ hữu nghị Fukuoka-Việt Nam": a pair with a country, read here as a name after "Nghị sỹ")
  for (let j = added.length - 1; j >= 0; j--) if (pairedWithCountry(foldForMatch(added[j].name))) added.splice(j, 1);
  // ("Thống đốc BoJ nói" beside "Thống đốc BoJ Haruhiko Kuroda": the body taken off a name holds no post alone)
  if (bodyWords.length) for (let j = officials.length - 1; j >= 0; j--) if (bodyWords.includes(officials[j].name)) officials.splice(j, 1);
  if (officials.length + added.length > 0) {
    mergeSpellings(text, officials, added);
    bracketedOriginals(text, officials, added);
  }
  if (officials.length > 1) mergeMarkSlips(text, officials);
  if (officials.length > 1) mergeMiddleInitials(officials);
  if (officials.length + added.length > 1) mergeHonorificShortForms(officials, added);
  if (officials.length + added.length > 1) dropPostsNamingAnother(officials, added);
  if (officials.length + added.length > 0 && ARAB_LINK_RE.test(text)) { arabFullNames(text, officials, officials, added); arabFullNames(text, added, officials, added); }
  withoutServedPersons(officials);
  withoutServedPersons(added);
  withoutFoundersOnly(text, officials);
  withoutFoundersOnly(text, added);
  // ("phát ngôn viên Tòa án tỉnh Mondulkiri của Campuchia": a placed body's country after "của" is cut, read by either pass)
  placedBodyCountriesCut(officials);
  placedBodyCountriesCut(added);
  // ("chủ tịch Hội ... TP. Hồ Chí Minh,": a post closed at "TP" before its dot goes on to the city)
  dottedCitiesExtended(text, officials);
  dottedCitiesExtended(text, added);
  // ("Chánh Văn phòng UBND TP.HCM Võ Văn Hoan Ông Võ Văn Hoan cho biết": a post read on into the next sentence)
  withoutRunOnHonorifics([officials, added]);
  // ("..., Tổng Bí thư Trường Chinh, ...": a post closed by another titled official's name is theirs)
  if (officials.length + added.length > 1) withoutPostsOfAnother([officials, added]);
  // ("Thư ký báo chí Tổng thống Nga" beside "thư ký báo chí của Tổng thống Nga": one post, the fuller, whichever pass read it)
  withoutShortFormPosts([officials, added]);
  // ("X cũng là lãnh đạo ASEAN đầu tiên tới thăm ...": a post ranked among its holders in a predicate describes the person)
  withoutRankedPredicatePosts(text, [officials, added]);
  return added;
}

function placedBodyCountriesCut(list: Official[]): void {
  for (const o of list) for (let q = 0; q < o.positions.length; q++) if (o.positions[q].text.indexOf(' của ') > 0) o.positions[q] = countryOfPlacedBodyCut(o.positions[q]);
}

const twoWordForeignName = (name: string) => name.indexOf(' ') > 0 && name.indexOf(' ', name.indexOf(' ') + 1) < 0 && !VIETNAMESE_LETTER_RE.test(name);
const MIDDLE_NAME_RE = /^(\p{Lu}[\p{Ll}'’-]+) /u;
/**
 * "truy quét Isnilon Hapilon, một chỉ huy ..." beside "Isnilon Tontoni Hapilon, một trong những lãnh đạo ...": a two-word
 * foreign name written elsewhere with one capitalised middle name between its words takes that fullest form.
 */
function withMiddleName(text: string, o: Official): void {
  const sp = o.name.indexOf(' ');
  const first = o.name.slice(0, sp + 1), last = o.name.slice(sp + 1);
  for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
    if (at > 0 && isWordLetter(text.charCodeAt(at - 1))) continue;
    const from = at + first.length;
    const m = MIDDLE_NAME_RE.exec(text.slice(from, from + 40));
    if (!m || !text.startsWith(last, from + m[0].length) || isWordLetter(text.charCodeAt(from + m[0].length + last.length))) continue;
    o.name = first + m[1] + ' ' + last;
    return;
  }
}

/** Drops in place the officials named only as founders (foundedOnly), once every post of theirs is merged in. */
function withoutFoundersOnly(text: string, list: Official[]): void {
  for (let j = list.length - 1; j >= 0; j--) if (foundedOnly(list[j], text)) list.splice(j, 1);
}

/** "Duma Quốc gia", "Vườn Quốc gia": a name whose last word opens "Quốc gia" at every mention is a body's, no person's. */
function namesNationalBody(text: string, o: Official): boolean {
  return o.mentions.every((m) => text.startsWith(' gia', m.span[1]) && !isWordLetter(text.charCodeAt(m.span[1] + 4)));
}

// (a person told by an honorific at the title's end: "người phát ngôn của bà Merkel", "Chủ tịch HĐQT thay ông Minh")
const SERVED_PERSON_RE = /^(.+?) (?:(của)|cho|thay|với) (?:ông|bà) \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*$/u;
/**
 * "người phát ngôn của bà Merkel" → "người phát ngôn": a person is no body of the post (whose post it is, "của", only
 * right after the post: "cựu Chủ tịch chiến dịch tranh cử của ông Trump" keeps the campaign's owner). Titles are
 * trimmed after the officials are read, so who holds a post does not change.
 */
function withoutServedPersons(officials: Official[]): void {
  for (let j = 0; j < officials.length; j++) {
    const ps = officials[j].positions;
    let changed = false;
    for (let q = 0; q < ps.length; q++) {
      const p = ps[q];
      if (p.text.indexOf(' ông ') < 0 && p.text.indexOf(' bà ') < 0) continue;
      const m = SERVED_PERSON_RE.exec(p.text);
      if (!m || (m[2] && m[1] !== p.title)) continue;
      const kept = m[1];
      ps[q] = { title: p.title, organization: kept.length > p.title.length ? kept.slice(p.title.length + 1) : null, text: kept, span: [p.span[0], p.span[0] + kept.length] };
      changed = true;
    }
    // (the post written elsewhere without the person is one title)
    if (changed) officials[j].positions = ps.filter((p, q) => ps.findIndex((o) => o.text === p.text) === q);
  }
}

/**
 * "sa thải ông Comey, Tổng thống Trump “bóng gió”", "Mbappe, Chủ tịch Perez muốn": a head's post whose body is another
 * official's name or surname is that official's post, not this one's. Dropped; one left with no post or rank is no official.
 */
function dropPostsNamingAnother(officials: Official[], added: Official[]): void {
  const all = [...officials, ...added];
  // (a head of state's or a president's post: "CEO Tata" beside "Ratan Tata" names the firm)
  const namesAnother = (o: Official, p: Position) => p.organization !== null && p.title.length + 1 + p.organization.length === p.text.length
    && (PRESIDENT_RE.test(p.title) || STATE_POSTS.has(p.title.toLowerCase().replace(PREFIX_RE, '')))
    && all.some((x) => x !== o && (x.name === p.organization || x.name.endsWith(' ' + p.organization)));
  for (const list of [officials, added]) {
    for (let j = list.length - 1; j >= 0; j--) {
      const o = list[j];
      if (!o.positions.some((p) => namesAnother(o, p))) continue;
      o.positions = o.positions.filter((p) => !namesAnother(o, p));
      if (o.positions.length === 0 && !o.rank) list.splice(j, 1);
    }
  }
}

/** "Robert S. Mueller III", "Joseph P. Kennedy III": a generation written after the name is part of it (in the mention too). */
function withGenerationSuffix(text: string, o: Official): void {
  for (const m of o.mentions) {
    GENERATION_RE.lastIndex = m.span[1];
    const g = GENERATION_RE.exec(text);
    if (!g || !o.name.endsWith(m.text)) continue;
    m.span = [m.span[0], m.span[1] + g[0].length];
    m.text = text.slice(m.span[0], m.span[1]);
    if (m.text.length > o.name.length) o.name = m.text;
  }
}
const GENERATION_RE = / (?:II|III|IV|Jr\.?|Sr\.?)(?![\p{L}\d])/uy;

const COUNTRY_FORMS = new Set(COUNTRY_FORMS_BEFORE_NAME);
const COUNTRY_FORM_FIRST_WORDS = new Set(COUNTRY_FORMS_BEFORE_NAME.map((x) => x.split(' ')[0]));
/**
 * "Ngoại trưởng Saudi Adel al-Jubeir": the country after the post was read as the name's first word. It goes back to
 * the post written right before it; the name and each mention that opens with it start after it.
 */
function countryOutOfName(text: string, o: Official): boolean {
  const form = COUNTRY_FORMS_BEFORE_NAME.find((f) => o.name.startsWith(f + ' '));
  if (!form) return false;
  const cut = form.length + 1;
  const name = o.name.slice(cut);
  // (the rest must still open with a capital, as a name does)
  if (name[0] === name[0].toLowerCase()) return false;
  for (const m of o.mentions) {
    if (!m.text.startsWith(form + ' ')) continue;
    const at = m.span[0];
    m.span = [at + cut, m.span[1]];
    m.text = m.text.slice(cut);
    const p = o.positions.find((q) => q.span[1] === at - 1);
    if (p) Object.assign(p, { text: p.text + ' ' + form, span: [p.span[0], at + form.length] });
  }
  o.name = name;
  return true;
}


/** A name of two or more plain words whose last is a body's ("China Zhongwang Holdings"). */
function namesABody(name: string): boolean {
  const space = name.lastIndexOf(' ');
  return space > 0 && BODY_NAME_END_SET.has(name.slice(space + 1).toLowerCase().replace(/\.$/, '')) && !VIETNAMESE_LETTER_RE.test(name);
}

/** The original spelling in brackets after a transcribed name: "Đô-nan Trăm (Donald Trump)", "Ê.Ma-crông (Emmanuel Macron)". */
const ORIGINAL_IN_BRACKETS_RE = /\((\p{Lu}[\p{L}'’.-]*(?: [\p{L}'’.-]+){0,5})\)/uy;
/** The capitalised words (initials glued or spaced, syllables hyphenated) that end right before the bracket. */
const NAME_BEFORE_BRACKET_RE = /(?:(?:\p{Lu}\.\s?)*\p{Lu}\p{Ll}*(?:-\p{Ll}+)*\s)*(?:\p{Lu}\.\s?)*\p{Lu}\p{Ll}*(?:-\p{Ll}+)*$/u;
/** A transcription hyphenates its syllables or opens with an initial; a Vietnamese or Sino-Vietnamese name ("Tập Cận Bình (Xi Jinping)") does neither and is kept as written. */
const TRANSCRIBED_RE = /-\p{Ll}|\p{Lu}\.\s?\p{Lu}/u;
const nameWords = (name: string) => name.toLowerCase().split(/[\s.]+/).filter(Boolean);

/**
 * Official press transcribes a foreign name and gives the original at first mention ("Bộ trưởng Tư pháp Mỹ Giép
 * Xét-xừn (Jeff Sessions)"): the original is a mention of the official named by the transcription and becomes the
 * name; the same person's shorter mentions ("Tổng thống Ma-crông", "ông Xét-xừn") join it.
 */
function bracketedOriginals(text: string, officials: Official[], added: Official[]): void {
  // (sought by its one-character bracket: a two-character needle is searched several times slower)
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    if (text.charCodeAt(open - 1) !== 32) continue;
    const at = open - 1;
    ORIGINAL_IN_BRACKETS_RE.lastIndex = at + 1;
    const m = ORIGINAL_IN_BRACKETS_RE.exec(text);
    if (!m) continue;
    const original = m[1];
    const words = original.split(' ');
    if (words.length < 2 || VIETNAMESE_LETTER_RE.test(original) || !isUpperLetter(words[words.length - 1].charCodeAt(0))) continue;
    // ("(Nam Phi)": Vietnamese syllables without their marks name a place, no original spelling)
    if (!words.some((w) => isForeignWordAt(w, w.toLowerCase(), 0, w.length))) continue;
    const before = NAME_BEFORE_BRACKET_RE.exec(text.slice(Math.max(0, at - 60), at));
    if (!before || !TRANSCRIBED_RE.test(before[0])) continue;
    const runKey = nameWords(before[0]);
    // the official named by the longest tail of the run, and those named by a shorter tail of it (the surname)
    const people: NamedOfficial[] = [];
    for (const o of officials) if (endsWith(runKey, nameWords(o.name))) people.push({ o, words: [], main: true });
    for (const o of added) if (endsWith(runKey, nameWords(o.name))) people.push({ o, words: [], main: false });
    if (!people.length) continue;
    people.sort((a, b) => b.o.name.length - a.o.name.length);
    const into = people[0];
    const span: [number, number] = [at + 2, at + 2 + original.length];
    for (let k = 1; k < people.length; k++) joinInto(into, people[k], into.o.name, officials, added);
    const o = into.o;
    if (!o.mentions.some((x) => x.span[0] === span[0])) o.mentions = [...o.mentions, { text: original, span }].sort((a, b) => a.span[0] - b.span[0]);
    o.name = original;
  }
}

function twoSpaces(name: string): boolean {
  const a = name.indexOf(' ');
  return a > 0 && name.indexOf(' ', a + 1) > a && name.indexOf(' ', name.indexOf(' ', a + 1) + 1) < 0;
}

/**
 * "Người phát ngôn của Tổng thống Nga, ông Dmitry Peskov": the main pass gives the name set off after it the inner post
 * ("Tổng thống Nga"); the post whose "của" governs that post is the name's.
 */
function outerPostOfAide(text: string, folded: string, toks: Token[], o: Official): void {
  for (const p of o.positions) {
    const h = tokenAt(toks, p.span[0]);
    if (h < 2 || toks[h - 1].w !== CUA_ID || toks[h - 1].cap || toks[h].gap !== Gap.Space) continue;
    const m = o.mentions.find((x) => x.span[0] > p.span[1] && x.span[0] <= p.span[1] + 6);
    if (!m || !/^, (?:ông|bà) $/.test(text.slice(p.span[1], m.span[0]))) continue;
    const before = postBefore(text, folded, toks, tokenAt(toks, m.span[0]));
    if (!before || toks[before.head.start].s >= p.span[0] || toks[before.last].e !== p.span[1]) continue;
    const outer = position(text, toks, before.head, before.last);
    p.title = outer.title; p.organization = outer.organization; p.text = outer.text; p.span = outer.span;
  }
}

/**
 * "CEO Apple Tim Cook", "Chủ tịch Fed Janet Yellen": a firm's post alone, then three foreign words whose first the
 * text also writes alone (the firm, named elsewhere), is the firm's post and a two-word name; the main pass took all three.
 */
function brandBeforeName(text: string, toks: Token[], o: Official): void {
  const name = o.name;
  for (const p of o.positions) {
    if (p.organization !== null || !FIRM_POSTS.has(p.title.toLowerCase())) continue;
    const m = o.mentions.find((x) => x.text === name && x.span[0] === p.span[1] + 1);
    if (!m) continue;
    const q = tokenAt(toks, m.span[0]);
    const brand = toks[q], first = toks[q + 1], last = toks[q + 2];
    if (!brand || !first || !last || brand.s !== m.span[0] || last.e !== m.span[1] || first.gap !== Gap.Space || last.gap !== Gap.Space) return;
    if (ASIAN_FAMILY_IDS.has(brand.w) || !isPlainWord(text, brand)) return;
    if (!isPlainWord(text, first) || !isPlainWord(text, last) || first.e - first.s < 2 || ENGLISH_BODY_IDS.has(first.w) || ENGLISH_BODY_IDS.has(last.w)) return;
    if (!standsAlone(text, toks, q, q + 1)) return;
    const personAt = first.s, brandText = text.slice(brand.s, brand.e);
    p.organization = brandText;
    p.text = text.slice(p.span[0], brand.e);
    p.span = [p.span[0], brand.e];
    o.name = text.slice(personAt, last.e);
    for (const x of o.mentions) if (x.text === name) { x.span = [x.span[0] + brandText.length + 1, x.span[1]]; x.text = o.name; }
    return;
  }
}

/**
 * "Chủ tịch Fed Janet Yellen", "Thứ trưởng Bộ ngoại giao Nga Oleg Syromolotov": the main pass took a country or body before a
 * two-word foreign name into the name; it joins the post (bodyBeforeTwoWordName), and the person joins one of that name.
 */
function bodyBeforeName(text: string, folded: string, toks: Token[], o: Official, bodyWords: string[]): void {
  const name = o.name;
  for (const m of o.mentions) {
    if (m.text !== name) continue;
    const q = tokenAt(toks, m.span[0]);
    if (q < 1 || toks[q].s !== m.span[0] || toks[q + 2]?.e !== m.span[1] || toks[q].gap !== Gap.Space) continue;
    const body = toks[q], bodyText = text.slice(body.s, body.e);
    // (the post written right before this mention takes the body; one written elsewhere keeps its own)
    const p = o.positions.find((x) => x.span[1] === body.s - 1);
    if (bodyBeforeTwoWordName(text, folded, toks, q) !== q + 1 && !(p && placeBeforeTwoWordName(text, folded, toks, q, p))) continue;
    bodyWords.push(bodyText);
    if (p) {
      p.organization = p.organization === null ? bodyText : p.organization + ' ' + bodyText;
      p.text = text.slice(p.span[0], body.e);
      p.span = [p.span[0], body.e];
    }
    o.name = text.slice(toks[q + 1].s, toks[q + 2].e);
    for (const x of o.mentions) if (x.text === name) { x.span = [toks[tokenAt(toks, x.span[0]) + 1].s, x.span[1]]; x.text = o.name; }
    return;
  }
}

/**
 * "CEO Apple Tim Cook", "Thủ tướng Cananda Justin Trudeau": a word the post's body ends with (a firm, a misspelt country)
 * was read as the first of three or more name words. A common given name second, after a word that is none, starts the
 * name there; the word joins the post written right before the mention.
 */
function bodyBeforeGivenName(text: string, toks: Token[], o: Official, bodyWords: string[]): void {
  const name = o.name;
  for (const m of o.mentions) {
    if (m.text !== name) continue;
    const p = o.positions.find((x) => x.span[1] === m.span[0] - 1);
    if (!p) continue;
    const q = tokenAt(toks, m.span[0]);
    if (toks[q]?.s !== m.span[0] || !isBodyWordBeforeGivenName(text, toks[q])) return;
    // ("Chủ tịch Hatch Beauty Christie Hefner": a body of two words, when two name words still follow)
    const two = !isGivenNameAt(text, toks, q + 1) && toks[q + 3] && toks[q + 3].e <= m.span[1] && isBodyWordBeforeGivenName(text, toks[q + 1]) ? 1 : 0;
    const body = toks[q + two], given = toks[q + two + 1];
    if (!given || toks[q + 1].gap !== Gap.Space || given.gap !== Gap.Space || !isGivenNameAt(text, toks, q + two + 1) || given.e >= m.span[1]) return;
    const bodyText = text.slice(toks[q].s, body.e);
    bodyWords.push(bodyText);
    p.organization = p.organization === null ? bodyText : p.organization + ' ' + bodyText;
    p.text = text.slice(p.span[0], body.e);
    p.span = [p.span[0], body.e];
    o.name = text.slice(given.s, m.span[1]);
    for (const x of o.mentions) if (x.text === name) { x.span = [x.span[0] + bodyText.length + 1, x.span[1]]; x.text = o.name; }
    return;
  }
}
const GIVEN_NAMES = new Set(COMMON_GIVEN_NAMES);
const isGivenNameAt = (text: string, toks: Token[], q: number) => !!toks[q] && GIVEN_NAMES.has(text.slice(toks[q].s, toks[q].e).toLowerCase());
/** A word that may end a body before a name: not a given name, an initial or an East Asian family name. */
function isBodyWordBeforeGivenName(text: string, t: Token): boolean {
  return t.e - t.s >= 2 && text.charCodeAt(t.e - 1) !== 46 && !ASIAN_FAMILY_IDS.has(t.w) && !GIVEN_NAMES.has(text.slice(t.s, t.e).toLowerCase());
}

/**
 * "Chủ tịch Perez cho biết", "giám đốc Comey nói": one foreign word after a firm's post, then a verb. The main pass
 * reads it as the firm ("Chủ tịch Vingroup cho biết"); it is a person when the text writes a full name with it elsewhere.
 */
function surnameAfterFirmPost(text: string, folded: string, toks: Token[], s: number, found: Found[]): void {
  // (a word-id look first: "Tổng thống Trump nói" is read here ten times a story)
  const firm = FIRM_POST_LAST_IDS.has(toks[s - 1].w);
  // (a head of state only lower case: "Tổng thống Trump" is the main pass's, and skipped here before any reading)
  if (!firm && (!STATE_POST_LAST_IDS.has(toks[s - 1].w) || s < 2 || toks[s - 2].cap)) return;
  const before = postBefore(text, folded, toks, s);
  if (!before || before.last !== s - 1 || before.head.end !== s) return;
  const key = headKey(toks, before.head);
  const statePost = !(firm && FIRM_POSTS.has(key));
  if (statePost && !lowerStatePost(toks, before.head, key)) return;
  found.push({ nameStart: s, nameEnd: s + 1, position: position(text, toks, before.head, before.last), appositive: false, also: null, listed: false, surname: true, ofHolder: false, statePost });
}

/**
 * "phục vụ tổng thống Obama đã": a head of state written lower case (the main pass reads only capitalised posts before a
 * surname), not a building named after the post ("phủ tổng thống Akorda").
 */
function lowerStatePost(toks: Token[], h: Head, key: string): boolean {
  if (!STATE_POSTS.has(key) || toks[h.end - key.split(' ').length].cap) return false;
  if (h.start > 0 && toks[h.start].gap === Gap.Space && SEAT_OF_POST_IDS.has(toks[h.start - 1].w)) return false;
  // "Trung tâm nghiên cứu quyền lãnh đạo tổng thống Fielding": lower-case words back to a body's type name a body
  for (let q = h.start - 1; q >= Math.max(1, h.start - MAX_BODY_NAME_WORDS); q--) {
    if (toks[q + 1].gap !== Gap.Space || PREPOSITION_IDS.has(toks[q].w) || isClauseBreak(toks, q)) return true;
    if (endsAt(toks, q + 1, BODY_TYPE_TABLE)) return false;
  }
  return true;
}
const MAX_BODY_NAME_WORDS = 6;
const STATE_POSTS = foldedSet(STATE_POST_WORDS);
const STATE_POST_LAST_IDS = idSet(STATE_POST_WORDS.map((w) => w.slice(w.lastIndexOf(' ') + 1)));
const SEAT_OF_POST_IDS = idSet(SEAT_OF_POST_WORDS);

const FIRM_POST_LAST_IDS = idSet(FIRM_POST_WORDS.map((w) => w.slice(w.lastIndexOf(' ') + 1)));

/** Each firm post's surname: joins the official of that full name, or becomes one with the full name written for it. */
function surnamesOfFirmPosts(text: string, folded: string, toks: Token[], found: Found[], officials: Official[], added: Official[]): void {
  for (const f of found) {
    if (!f.surname || !f.position) continue;
    const t = toks[f.nameStart];
    const surname = text.slice(t.s, t.e);
    const mention = { text: surname, span: [t.s, t.e] as [number, number] };
    const taken = (o: Official) => o.mentions.some((m) => m.span[0] < t.e && t.s < m.span[1]);
    if (officials.some(taken) || added.some(taken) || writtenAsBrand(text, toks, surname)) continue;
    const holder = [...officials, ...added].filter((o) => o.name.endsWith(' ' + surname) && isForeignPersonName(o.name));
    if (holder.length > 1) continue;
    if (holder.length === 1) {
      const o = holder[0];
      // ("quốc vương Salman" beside "Thái tử Mohammed bin Salman": a head of state by surname is a namesake unless he holds that post)
      if (f.statePost && o.positions.length && !sharesPost(o, f.position)) continue;
      o.mentions = [...o.mentions, mention].sort((a, b) => a.span[0] - b.span[0]);
      if (!sharesPost(o, f.position)) o.positions.push(f.position);
      continue;
    }
    const o: Official = { name: surname, rank: null, rankMention: null, positions: [f.position], mentions: [mention] };
    fullNameOfSurname(text, toks, o, officials, added);
    if (o.name !== surname) {
      if (isForeignPersonName(o.name)) added.push(o);
    } else if ((PRESIDENT_RE.test(f.position.title) || STATE_POSTS.has(f.position.title.toLowerCase().replace(PREFIX_RE, ''))) && isForeignPersonName(surname) && !readsAsBody(text, toks, surname) && !appositiveTo(text, folded, toks, f.position)) {
      // "Chủ tịch Perez", "Chủ tịch Abramovich": a club's or firm's president the text names by surname only
      const same = added.find((x) => x.name === surname) ?? officials.find((x) => x.name === surname);
      if (!same) { added.push(o); continue; }
      same.mentions = [...same.mentions, mention].sort((a, b) => a.span[0] - b.span[0]);
      if (!sharesPost(same, f.position)) same.positions.push(f.position);
    }
  }
}

const PRESIDENT_RE = /^(?:phó )?chủ tịch$/i;
const INNER_CAPITAL_RE = /^.[^.'-]*\p{Lu}/u;
/** "Eric Schmidt, Chủ tịch Alphabet bày tỏ": a post set off after a name is that name's, the word after it its body. */
function appositiveTo(text: string, folded: string, toks: Token[], p: Position): boolean {
  const h = tokenAt(toks, p.span[0]);
  return h > 0 && toks[h].gap === Gap.Comma && toks[h - 1].cap && isForeignToken(text, folded, toks[h - 1]);
}
const ONE_WORD_BODIES = foldedSet(ONE_WORD_BODY_WORDS);
/** Words before a firm's or club's name used as a place or a goal ("sang Tottenham", "tại Vinatex", "rời Atletico"). */
const PLACE_OF_BODY_IDS = idSet(['tại', 'ở', 'sang', 'đến', 'tới', 'rời', 'nhập']);
/** The word is written elsewhere as a body's: before another capitalised word ("Atletico Madrid") or as a place or goal. */
function readsAsBody(text: string, toks: Token[], word: string): boolean {
  // ("HoREA", "LeEco": a capital inside the word is a brand's)
  if (INNER_CAPITAL_RE.test(word)) return true;
  const lower = word.toLowerCase();
  if (ONE_WORD_BODIES.has(lower) || BRAND_PREFIXES.some((x) => lower.startsWith(x)) || BRAND_SUFFIXES.some((x) => lower.endsWith(x))) return true;
  for (let q = 1; q < toks.length; q++) {
    const t = toks[q];
    if (t.e - t.s !== word.length || !text.startsWith(word, t.s)) continue;
    const n = toks[q + 1];
    if (n && n.cap && n.gap === Gap.Space) return true;
    if (t.gap === Gap.Space && !toks[q - 1].cap && PLACE_OF_BODY_IDS.has(toks[q - 1].w)) return true;
  }
  return false;
}

/** The word written after a body's type ("hãng Toyota") or before an English body word ("Toyota Motor"): a firm's name. */
function writtenAsBrand(text: string, toks: Token[], word: string): boolean {
  for (let q = 1; q < toks.length; q++) {
    const t = toks[q];
    if (t.e - t.s !== word.length || !text.startsWith(word, t.s)) continue;
    if (t.gap === Gap.Space && endsAt(toks, q, BODY_TYPE_TABLE)) return true;
    const n = toks[q + 1];
    if (n && n.gap === Gap.Space && ENGLISH_BODY_IDS.has(n.w)) return true;
  }
  return false;
}

// ---- one foreign person written two ways ------------------------------------------------------

/** Letters only Vietnamese writes: a name with one is no foreign name ("Lâm Trịnh Nguyệt Nga"). */
const VIETNAMESE_LETTER_RE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
const MIN_VARIANT_LETTERS = 4;

/** Lower case without accents: "François" and "Francois", "Édouard" and "Edouard" are one spelling. */
// (a word in plain ASCII, most of them, is its own decomposition: only lower-cased, no normalising and no regex)
const plainWord = (w: string) => (ACCENTED_RE.test(w) ? w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() : w.toLowerCase());

/** At most one letter added, dropped or changed between a and b. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

interface NamedOfficial { o: Official; words: string[]; main: boolean }

/**
 * The press spells one foreign name two ways in a text ("Sergey"/"Sergei Lavrov", a typo "Mike Flyn") and
 * writes Thai, Korean and Arab leaders by the first word of the full name ("Thủ tướng Prayut" beside
 * "Prayut Chan-o-cha", "Tổng thống Park" beside "Park Geun-hye"): one person each, under the name written most.
 */
function mergeSpellings(text: string, officials: Official[], added: Official[]): void {
  const people: NamedOfficial[] = [];
  for (const o of officials) if (isForeignPersonName(o.name)) people.push({ o, words: o.name.split(' ').map(plainWord), main: true });
  for (const o of added) if (isForeignPersonName(o.name)) people.push({ o, words: o.name.split(' ').map(plainWord), main: false });
  for (const x of people) if (x.words.length === 2) respelledAsWritten(text, x.o, officials, added);
  if (people.length < 2) return;
  for (let i = 0; i < people.length; i++) {
    const a = people[i];
    if (a.words.length === 1) continue;
    for (let j = i + 1; j < people.length; j++) {
      const b = people[j];
      if (b.words.length !== a.words.length) continue;
      const barrelled = doubleBarrelledApart(a.words, b.words);
      if (!(barrelled || spelledApart(a.words, b.words) || givenNameApart(text, a, b))) continue;
      // (the double surname is the name: "Ankie Broekers-Knol" over a caption's "Ankie Broekers")
      const name = barrelled ? (a.words[a.words.length - 1].length > b.words[b.words.length - 1].length ? a.o.name : b.o.name) : moreWritten(text, a.o, b.o, a.words, b.words);
      if (name === b.o.name) joinInto(b, a, name, officials, added); else joinInto(a, b, name, officials, added);
      break;
    }
  }
  // (surnames and first words after the full names' own spellings are joined: "Sergrei"/"Sergey Lavrov" are one by then)
  for (const a of people) {
    if (a.words.length !== 1) continue;
    const b = singleOf(text, a, people);
    if (b) joinInto(b, a, b.o.name, officials, added);
  }
}

/**
 * "Cố vấn an ninh quốc gia Mike Flyn" where the text writes "Mike Flynn" untitled, and "Flynn" ten times: the official
 * takes the spelling written more (the first written on a tie), with its mentions.
 */
function respelledAsWritten(text: string, o: Official, officials: Official[], added: Official[]): void {
  const name = o.name, gap = name.indexOf(' ');
  const first = name.slice(0, gap), last = name.slice(gap + 1);
  const found = otherSpelling(text, first + ' ', last, true) ?? otherSpelling(text, ' ' + last, first, false);
  if (!found) return;
  const own = found.last ? last : first, other = found.word;
  const ours = wordCount(text, own), theirs = wordCount(text, other);
  if (theirs < ours || (theirs === ours && found.at > o.mentions[0].span[0])) return;
  const spelled = found.last ? first + ' ' + other : other + ' ' + last;
  const taken = (x: Official) => x !== o && x.name === spelled;
  if (officials.some(taken) || added.some(taken)) return;
  const mentions = [...o.mentions];
  for (let at = text.indexOf(spelled); at >= 0; at = text.indexOf(spelled, at + spelled.length)) {
    const e = at + spelled.length;
    if (isWordLetter(text.charCodeAt(e)) || isWordLetter(text.charCodeAt(at - 1))) continue;
    const overlaps = (x: Official) => x.mentions.some((m) => m.span[0] < e && at < m.span[1]);
    if (!officials.some(overlaps) && !added.some(overlaps)) mentions.push({ text: spelled, span: [at, e] });
  }
  o.name = spelled;
  o.mentions = mentions.sort((a, b) => a.span[0] - b.span[0]);
}

/** A Vietnamese name without its tone and vowel marks, in lower case: "Nguyên Xuân Phúc" and "Nguyễn Xuân Phúc" key alike. */
function unmarkedKey(name: string): string {
  return withoutMarks(name.toLowerCase());
}

/**
 * "Phó Thủ tướng Phạm Binh Minh" beside "Phạm Bình Minh" written ten times, "Thủ tướng Nguyên Xuân Phúc": a slip of
 * one mark makes a second person. Joined when the two hold the same post (or one holds none) and one spelling is
 * written more often, or is written in capitals ("NGUYỄN CHI DŨNG"); on a tie, two people may really differ by a mark.
 */
function mergeMarkSlips(text: string, officials: Official[]): void {
  let keys: (string | null)[] | null = null;
  for (let i = 0; i < officials.length; i++) {
    const a = officials[i];
    if (a.name.indexOf(' ') < 0 || !VIETNAMESE_LETTER_RE.test(a.name)) continue;
    keys ??= officials.map((o) => (o.name.indexOf(' ') > 0 ? unmarkedKey(o.name) : null));
    for (let j = i + 1; j < officials.length; j++) {
      const b = officials[j];
      if (keys[j] !== keys[i] || a.name === b.name || !sameOrNoPost(a, b)) continue;
      const ca = wordCount(text, a.name), cb = wordCount(text, b.name);
      const capsA = a.name === a.name.toUpperCase(), capsB = b.name === b.name.toUpperCase();
      const keepA = ca !== cb ? ca > cb : capsA !== capsB ? capsB : null;
      if (keepA === null) continue;
      const [into, from] = keepA ? [a, b] : [b, a];
      joinInto({ o: into, words: [], main: true }, { o: from, words: [], main: true }, into.name, officials, []);
      keys.splice(keepA ? j : i, 1);
      // (the list moved under us: read from the same place again)
      i = -1;
      break;
    }
  }
}

const MIDDLE_INITIAL_RE = / \p{Lu}\.(?= )/gu;
/**
 * "Michelle T. Friedland" and "Michelle Friedland" in one text: one judge, named in full once. The name without its
 * middle initial joins the one with it ("George H. W. Bush" and "George W. Bush", both with initials, stay two).
 */
function mergeMiddleInitials(officials: Official[]): void {
  for (let i = 0; i < officials.length; i++) {
    const full = officials[i];
    if (full.name.indexOf('. ') < 0) continue;
    const bare = full.name.replace(MIDDLE_INITIAL_RE, '');
    if (bare === full.name || bare.indexOf('. ') >= 0) continue;
    const j = officials.findIndex((o) => o.name === bare);
    if (j < 0) continue;
    joinInto({ o: full, words: [], main: true }, { o: officials[j], words: [], main: true }, full.name, officials, []);
    if (j < i) i--;
  }
}

/**
 * "Bộ trưởng Sheikh Mohammed" beside "Ngoại trưởng Sheikh Mohammed bin Abdulrahman al-Thani": an Arab honorific and the
 * given name alone are the short form of the one full name the text writes from them.
 */
function mergeHonorificShortForms(officials: Official[], added: Official[]): void {
  // (most documents name no one so: nothing is built for them)
  const isShort = (o: Official) => ARAB_HONORIFIC_SHORT_RE.test(o.name);
  if (!officials.some(isShort) && !added.some(isShort)) return;
  const people: NamedOfficial[] = [];
  for (const o of officials) people.push({ o, words: [], main: true });
  for (const o of added) people.push({ o, words: [], main: false });
  for (const short of people) {
    if (!ARAB_HONORIFIC_SHORT_RE.test(short.o.name)) continue;
    const lead = short.o.name + ' ';
    const full = people.filter((x) => x.o !== short.o && x.o.name.startsWith(lead));
    if (full.length === 1) joinInto(full[0], short, full[0].o.name, officials, added);
  }
}
const ARAB_HONORIFIC_SHORT_RE = /^(?:Sheikh|Sheik|Sheikha) \S+$/;

/**
 * "Quốc vương Tamim" beside "Sheikh Tamim bin Hamad al-Thani": an Arab given name alone, or after its honorific, takes the
 * one full "bin" name the text writes from it (the fullest form written; the honorific is no part of the name).
 */
function arabFullNames(text: string, people: Official[], officials: Official[], added: Official[]): void {
  next: for (const o of people) {
    const given = ARAB_HONORIFIC_SHORT_RE.test(o.name) ? o.name.slice(o.name.indexOf(' ') + 1) : o.name;
    if (given.indexOf(' ') >= 0 || !isUpperLetter(given.charCodeAt(0))) continue;
    let full = '';
    const found: { text: string; span: [number, number] }[] = [];
    for (let at = text.indexOf(given + ' '); at >= 0; at = text.indexOf(given + ' ', at + 1)) {
      // (not inside a longer name: "Mohammed bin Salman bin Abdulaziz")
      if (at > 0 && isWordLetter(text.charCodeAt(at - 1)) || ARAB_LINK_BEFORE.has(text.slice(Math.max(0, at - 4), at))) continue;
      ARAB_TAIL_RE.lastIndex = at + given.length;
      const m = ARAB_TAIL_RE.exec(text);
      if (!m) continue;
      const written = text.slice(at, ARAB_TAIL_RE.lastIndex);
      if (full && written !== full) continue next; // two full names: two people
      full = written;
      found.push({ text: written, span: [at, ARAB_TAIL_RE.lastIndex] });
    }
    // (someone already holds that name: the honorific merge joins them)
    if (!full || officials.some((x) => x !== o && x.name.endsWith(full)) || added.some((x) => x !== o && x.name.endsWith(full))) continue;
    o.name = full;
    o.mentions = [...o.mentions, ...found].sort((a, b) => a.span[0] - b.span[0]);
  }
}
const ARAB_LINK_RE = / (?:bin|ibn|Bin|Ibn|bint) \p{Lu}/u;
const ARAB_LINK_BEFORE = new Set(['bin ', 'ibn ', 'Bin ', 'Ibn ', 'int ']);
/** " bin Khalifa al Thani", " bin Hamad al-Thani", " bin Abdulaziz Al Saud": a father's name and the family's, after a given name. */
const ARAB_TAIL_RE = / (?:bin|ibn|Bin|Ibn|bint) \p{Lu}[\p{L}'-]*(?: (?:bin|ibn|Bin|Ibn|bint|al|Al|el|El) \p{Lu}[\p{L}'-]*| (?:al|Al|el)-\p{Lu}[\p{L}'-]*)*/uy;

/** Either holds no post, or both hold one with the same head ("Thủ tướng", "Bộ trưởng"). */
function sameOrNoPost(a: Official, b: Official): boolean {
  if (!a.positions.length || !b.positions.length) return true;
  for (const p of a.positions) for (const q of b.positions) if (p.title.toLowerCase() === q.title.toLowerCase()) return true;
  return false;
}

/** Where the text writes `fixed` beside a word a letter apart from `word` ("Mike Flynn" for "Mike Flyn"), or null. */
function otherSpelling(text: string, fixed: string, word: string, after: boolean): { word: string; at: number; last: boolean } | null {
  const plain = plainWord(word);
  if (plain.length < MIN_VARIANT_LETTERS) return null;
  for (let at = text.indexOf(fixed); at >= 0; at = text.indexOf(fixed, at + 1)) {
    let s: number, e: number;
    if (after) {
      s = e = at + fixed.length;
      while (e < text.length && isWordLetter(text.charCodeAt(e))) e++;
      // (not read before the text's start: out of bounds deopted this)
      if (at > 0 && isWordLetter(text.charCodeAt(at - 1))) continue;
    } else {
      e = s = at;
      while (s > 0 && isWordLetter(text.charCodeAt(s - 1))) s--;
      if (isWordLetter(text.charCodeAt(at + fixed.length))) continue;
    }
    const w = text.slice(s, e);
    if (w === word || w.length < MIN_VARIANT_LETTERS || !isUpperLetter(w.charCodeAt(0))) continue;
    const p = plainWord(w);
    // (the same first letter: "Maung" and "Aung" are two Burmese names)
    // (compared by code unit: a first letter past Latin-1 ("Đ") is no internalised one-letter string, which deopted this)
    if (p !== plain && p.charCodeAt(0) === plain.charCodeAt(0) && oneEditApart(p, plain)) return { word: w, at: s, last: after };
  }
  return null;
}

/** No Vietnamese letter, no Vietnamese syllable written with its accent ("Hunsen Cùng"), and a foreign word. */
function isForeignPersonName(name: string): boolean {
  if (VIETNAMESE_LETTER_RE.test(name)) return false;
  const lower = name.toLowerCase();
  let foreign = false;
  for (let s = 0, e; s < name.length; s = e + 1) {
    e = name.indexOf(' ', s);
    if (e < 0) e = name.length;
    if (isForeignWordAt(name, lower, s, e)) foreign = true;
    else if (ACCENTED_RE.test(lower.slice(s, e)) && VIETNAMESE_BARE_SYLLABLE_RE.test(plainWord(lower.slice(s, e)))) return false;
  }
  return foreign;
}
const ACCENTED_RE = /[^\x00-\x7f]/;

/** The same words but one, and that one a letter apart (both long enough to tell a typo from another name). */
function spelledApart(a: string[], b: string[]): boolean {
  let diff = -1, diffs = 0;
  for (let k = 0; k < a.length; k++) {
    if (a[k] === b[k]) continue;
    diffs++;
    diff = k;
  }
  if (diffs === 0) return true;
  if (diffs > 1) return longNameRetyped(a, b, diffs);
  const x = a[diff], y = b[diff];
  return x.length >= MIN_VARIANT_LETTERS && y.length >= MIN_VARIANT_LETTERS && oneEditApart(x, y);
}

/**
 * "Ankie Broekers" and "Ankie Broekers-Knol" (a caption writing the double surname's dash spaced, read to its first
 * part): the same words but the last, one last word the other's up to a hyphen.
 */
function doubleBarrelledApart(a: string[], b: string[]): boolean {
  const n = a.length - 1;
  if (n < 1) return false;
  for (let k = 0; k < n; k++) if (a[k] !== b[k]) return false;
  const x = a[n], y = b[n];
  return x.length < y.length ? hyphenExtends(x, y) : hyphenExtends(y, x);
}

/** "Mahn Win Khaing Than" of "Mahn Winn Khaing Thann" (a caption): two words kept, each other word a letter off. */
function longNameRetyped(a: string[], b: string[], diffs: number): boolean {
  if (a.length - diffs < 2) return false;
  for (let k = 0; k < a.length; k++) {
    const x = a[k], y = b[k];
    if (x !== y && (Math.max(x.length, y.length) < MIN_VARIANT_LETTERS || !oneEditApart(x, y))) return false;
  }
  return true;
}

/**
 * "Maksim"/"Maxim Oreshkin", "Jim"/"James Comey", "Doanld Trump" under one post: the same surname (and middle words),
 * a first name with the same initial but spelled otherwise (a transliteration, a short form, swapped letters).
 */
function givenNameApart(text: string, a: NamedOfficial, b: NamedOfficial): boolean {
  const x = a.words, y = b.words, n = x.length;
  if (n < 2 || x[0] === y[0] || x[0][0] !== y[0][0] || x[n - 1].length < MIN_VARIANT_LETTERS) return false;
  for (let k = 1; k < n; k++) if (x[k] !== y[k]) return false;
  if (!a.o.positions.some((p) => sharesPost(b.o, p))) return false;
  // (each written as often: nothing tells the typo, "Goerge"/"George W. Bush" once each, so both stay)
  return wordCount(text, firstWord(a.o.name)) !== wordCount(text, firstWord(b.o.name));
}
const firstWord = (name: string) => name.slice(0, name.indexOf(' '));

/**
 * The one full name a single word stands for: its first word, under the same post or none ("Prayut"), or its last
 * word misspelled by a letter ("Turbull" of "Malcolm Turnbull"). Two candidates (two Georges): none.
 */
function singleOf(text: string, a: NamedOfficial, people: NamedOfficial[]): NamedOfficial | null {
  const w = a.words[0];
  let found: NamedOfficial | null = null;
  for (const b of people) {
    if (b === a || b.words.length < 2) continue;
    const first = b.words[0] === w && (a.o.positions.length === 0 || a.o.positions.some((p) => sharesPost(b.o, p)));
    const last = b.words[b.words.length - 1];
    // (only when the full name's spelling is the one written more: "Sergei Lovrov" once beside "Lavrov" stays apart)
    const typo = w.length > MIN_VARIANT_LETTERS && last !== w && oneEditApart(w, last) && wordCount(text, lastWord(b.o.name)) > wordCount(text, a.o.name);
    // "Ngoại trưởng Nga Lavrov" beside "Ngoại trưởng Nga Sergey Lavrov" (and a typo "Sergrei Lavrov" that kept the surname
    // from its full name): the surname under the same post is the full name's; "bin Salman" is the son of a Salman
    const surname = last === w && !PARTICLE_WORDS.has(b.words[b.words.length - 2]) && a.o.positions.length > 0 && a.o.positions.some((p) => sharesPost(b.o, p));
    if (!first && !typo && !surname) continue;
    if (found && found.o !== b.o) return null; // (two spellings joined already are one person)
    found = b;
  }
  return found;
}

const lastWord = (name: string) => name.slice(name.lastIndexOf(' ') + 1);
const PARTICLE_WORDS = new Set(NAME_PARTICLE_WORDS);

/** The name whose spelling of the word they differ in the text writes more often (else the one mentioned more, else the first written). */
function moreWritten(text: string, a: Official, b: Official, aw: string[], bw: string[]): string {
  let k = 0;
  while (k < aw.length - 1 && aw[k] === bw[k]) k++;
  const ca = wordCount(text, a.name.split(' ')[k]), cb = wordCount(text, b.name.split(' ')[k]);
  if (ca !== cb) return ca > cb ? a.name : b.name;
  // (then the one more mentions were read for: "Ông Trump" went to "Donald Trump", not to a typo "Donal Trump")
  if (a.mentions.length !== b.mentions.length) return a.mentions.length > b.mentions.length ? a.name : b.name;
  return a.mentions[0].span[0] <= b.mentions[0].span[0] ? a.name : b.name;
}
function wordCount(text: string, name: string): number {
  let n = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    if (!isWordLetter(text.charCodeAt(at + name.length)) && !isWordLetter(text.charCodeAt(at - 1))) n++;
  }
  return n;
}

/** One post written short and long ("Ngoại trưởng", "Ngoại trưởng Nga") is one title, in its longer form ("cựu" kept as written). */
function withLongerPost(o: Official, p: Position): void {
  const long = p.text.toLowerCase();
  const at = o.positions.findIndex((q) => long.startsWith(q.text.toLowerCase() + ' ') || statedInFull(q.text.toLowerCase(), long));
  if (at >= 0) o.positions[at] = p;
}

/**
 * "Chủ tịch Quốc hội nước Cộng hòa Liên bang Myanmar" of "Chủ tịch Quốc hội Myanmar": the longer post keeps every word of
 * the shorter in order, with its first and last, and adds the state's form between them.
 */
function statedInFull(short: string, long: string): boolean {
  const a = short.split(' '), b = long.split(' ');
  if (b.length <= a.length || a.length < 2 || a[0] !== b[0] || a[a.length - 1] !== b[b.length - 1]) return false;
  let k = 0;
  for (const w of b) if (k < a.length && w === a[k]) k++;
  return k === a.length;
}

/** `from` joins `into`: mentions, posts not held yet, a rank; `from` leaves its list. */
function joinInto(into: NamedOfficial, from: NamedOfficial, name: string, officials: Official[], added: Official[]): void {
  const o = into.o, x = from.o;
  if (o === x) return;
  o.name = name;
  o.mentions = [...o.mentions, ...x.mentions].sort((m, n) => m.span[0] - n.span[0]);
  for (const p of x.positions) if (!sharesPost(o, p)) o.positions.push(p); else withLongerPost(o, p);
  if (!o.rank && x.rank) { o.rank = x.rank; o.rankMention = x.rankMention; }
  const list = from.main ? officials : added;
  const at = list.indexOf(x);
  if (at >= 0) list.splice(at, 1);
  into.words = name.split(' ').map(plainWord);
  from.o = o; // (asked again later, it is the joined person)
}

/**
 * "Người phát ngôn của lực lượng vũ trang Pakistan, Thiếu tướng Asif Ghafoor viết": a post set off by a comma
 * before a rank and a name is that officer's, when the main pass gave the officer a rank alone. True when it is given.
 */
function postBeforeRank(text: string, folded: string, toks: Token[], o: Official, officials: Official[]): boolean {
  const at = o.rankMention!.span[0];
  const r = tokenAt(toks, at);
  const t = toks[r];
  if (!t || t.s !== at) return false;
  // ("Phát ngôn viên của Không quân Mỹ Đại úy Mark Graff", "Tư lệnh ... tại Hàn Quốc là Tướng Vincent Brooks": run on, or after "là")
  // (a Vietnamese officer's run-on post is the main pass's: "Tổng Bí thư thắp hương ... Đại tướng Nguyễn Chí Thanh")
  const runOn = t.gap === Gap.Space && !VIETNAMESE_LETTER_RE.test(o.name);
  if (!runOn && t.gap !== Gap.Comma && t.gap !== Gap.Dash) return false;
  // (a rank set off by a comma tells a noun like an honorific does: "chỉ huy lực lượng đặc nhiệm Iraq, tướng X tuyên bố",
  // the verb-like post in lower case read as with "…, ông X")
  const before = postBefore(text, folded, toks, r, runOn ? CommaClose.None : CommaClose.Comma)
    ?? (t.gap === Gap.Comma ? postBeforeRead(text, folded, toks, r, CommaClose.Comma, false, true) : null);
  if (!before) return false;
  // "Là người đứng đầu chuyên án, thiếu tướng X": a role the sentence gives him, no post of a body
  const h = before.head.start;
  if (h > 0 && toks[h].gap === Gap.Space && toks[h - 1].w === LA_ID) return false;
  // "Thay mặt cho giám đốc Công an tỉnh, thượng tá X": he speaks for the post's holder
  if (h > 0 && toks[h].gap === Gap.Space && endsAt(toks, h, ON_BEHALF_TABLE)) return false;
  const p = position(text, toks, before.head, before.last);
  // ("Thủ tướng Phạm Văn Đồng, TBT Trường Chinh, Đại tướng ...": a post whose holder is named before the comma)
  const taken = (x: Official) => x.mentions.some((m) => m.span[0] < at && p.span[0] < m.span[1])
    || x.positions.some((q) => q.span[0] < p.span[1] && p.span[0] < q.span[1]);
  if (officials.some(taken)) return false;
  o.positions.push(p);
  return true;
}

/**
 * "Đô đốc Harry Harris, Tư lệnh các Lực lượng Mỹ tại Thái Bình Dương", "Trung tướng Sergei Rudskoi – người đứng đầu ...":
 * a foreign officer the main pass gave a rank alone takes the post set off after the name right after the rank.
 */
function postAfterRank(text: string, folded: string, toks: Token[], o: Official): void {
  const rankEnd = o.rankMention!.span[1];
  const m = o.mentions.find((x) => x.span[0] === rankEnd + 1);
  if (!m) return;
  const s = tokenAt(toks, m.span[0]);
  let e = s;
  while (e < toks.length && toks[e].s < m.span[1]) e++;
  if (toks[s]?.s !== m.span[0] || toks[e - 1].e !== m.span[1]) return;
  const after = postAfter(text, folded, toks, s, e, true);
  if (!after) return;
  // "Tư lệnh lực lượng Hiến binh Thống tướng Sao Sokha": the next officer's rank ends the post
  let last = after.last;
  for (let q = after.head.end; q <= last; q++) if (toks[q].cap && matchAt(toks, q, RANK_TABLE)) { last = q - 1; break; }
  if (last >= after.head.end || !NEEDS_BODY_HEADS.has(headKey(toks, after.head))) o.positions.push(position(text, toks, after.head, last));
}

/**
 * "Andrew Weiss, cựu quan chức Hội đồng An ninh Quốc gia cho rằng": the main pass makes a foreign name described as an
 * official one with no post; the description set off after the name is its post.
 */
function postOfDescribed(text: string, folded: string, toks: Token[], o: Official): void {
  for (const m of o.mentions) {
    const s = tokenAt(toks, m.span[0]);
    let e = s;
    while (e < toks.length && toks[e].s < m.span[1]) e++;
    if (toks[s]?.s !== m.span[0] || toks[e - 1].e !== m.span[1] || toks[e]?.gap !== Gap.Comma) continue;
    const after = postAfter(text, folded, toks, s, e);
    if (!after) continue;
    // a post names its body or country last ("quan chức cấp cao của Bộ Ngoại giao"); "quan chức ngoại giao", "một quan
    // chức khác của JBS", "... tại tỉnh" describe the person, or were cut short
    const p = position(text, toks, after.head, after.last);
    // ("Hội đồng An ninh Quốc gia": a sentence-case name ends on one lower-case syllable)
    const k = tokenAt(toks, p.span[1]) - 1;
    if ((toks[k].cap || (toks[k - 1].cap && toks[k].gap === Gap.Space && k - 1 > after.head.end)) && !OTHER_RE.test(p.text)) o.positions.push(p);
    return;
  }
}
const OTHER_RE = /(?:^|\s)khác(?:\s|$)/u;

/** Words before a full name that make it a relative's or another person's ("bà Michelle Obama", "con gái Ivanka Trump"). */
const OTHER_BEARER_BEFORE_IDS = idSet(OTHER_BEARER_BEFORE_WORDS);
const MAX_GIVEN_WORDS = 2;

/**
 * An official named by a foreign surname alone takes the full name the text writes for it untitled ("Donald Trump"),
 * when it writes exactly one that is no one else's mention: each such mention joins the official. None is taken when
 * one is a relative's ("bà Michelle Obama", "con gái Ivanka Trump").
 */
function fullNameOfSurname(text: string, toks: Token[], o: Official, officials: Official[], added: Official[]): void {
  const surname = o.name;
  const len = surname.length;
  let full = '';
  let found: { text: string; span: [number, number] }[] | null = null;
  for (let q = 1; q < toks.length; q++) {
    const t = toks[q];
    if (t.e - t.s !== len || !t.cap || t.gap !== Gap.Space || t.s - toks[q - 1].e !== 1 || !text.startsWith(surname, t.s) || !isForeignNameWord(text, toks[q - 1])) continue;
    if (q + 1 < toks.length && toks[q + 1].gap === Gap.Space && toks[q + 1].cap) continue;
    let g = q - 1;
    while (g > 0 && q - g < MAX_GIVEN_WORDS && toks[g].gap === Gap.Space && toks[g].s - toks[g - 1].e === 1 && isForeignNameWord(text, toks[g - 1])) g--;
    // ("Ảnh: Sputnik Boris Nemtsov từng là ...": the photo's source is no given name)
    if (g < q - 1 && wireCreditAt(text, toks, g)) g++;
    if (matchAt(toks, g, PLACE_TABLE)) continue;
    if (g > 0 && toks[g].gap === Gap.Space && OTHER_BEARER_BEFORE_IDS.has(toks[g - 1].w) && !(toks[g - 1].w === BA_ID && calledBaOnly(text, surname))) return;
    const s = toks[g].s, e = t.e;
    const taken = (x: Official) => x.mentions.some((m) => m.span[0] < e && s < m.span[1]);
    if (officials.some(taken) || added.some(taken)) continue;
    const written = text.slice(s, e);
    if (full && written !== full) return; // two first names: two people
    full = written;
    (found ??= []).push({ text: written, span: [s, e] });
  }
  if (!found) return;
  o.name = full;
  o.mentions = [...o.mentions, ...found].sort((a, b) => a.span[0] - b.span[0]);
}

const BA_ID = lexiconWordId('bà');
/**
 * "Cựu Thủ tướng Ukraine Tymoshenko ... bà Tymoshenko ... bà Yulia Tymoshenko": "bà" before the full name is the titled
 * woman herself when the text calls the surname "bà" and never "ông" ("Tổng thống Obama", "ông Obama" beside "bà
 * Michelle Obama" stay two people).
 */
function calledBaOnly(text: string, surname: string): boolean {
  const s = ' ' + surname;
  return (text.includes('bà' + s) || text.includes('Bà' + s)) && !text.includes('ông' + s) && !text.includes('Ông' + s);
}

/** The run of foreign name words around token i, with a post before or after it, into `found`; returns the run's last token. */
function foreignRunAt(text: string, folded: string, toks: Token[], i: number, officials: Official[], found: Found[]): number {
  const n = toks.length;
  // the run of name words around it
  let s = i;
  while (s > 0 && toks[s].gap === Gap.Space && (isNameToken(text, toks[s - 1], toks, s - 1) || (isParticle(toks[s - 1]) && s - 1 > 0 && toks[s - 1].gap === Gap.Space && isNameToken(text, toks[s - 2], toks, s - 2)))) s--;
  if (s > 0 && toks[s - 1].cap) s = withInitials(text, toks, s);
  if (s > 0 && toks[s].gap === Gap.Space && koreanFamilyBefore(text, toks, s)) s--;
  const e = runEnd(text, toks, s, i + 1);
  // ("người phát ngôn của Taliban Zabihullah Mujahid": the movement is the post's body, the name after it)
  if (e - s >= 3 && MOVEMENT_WORDS.has(toks[s].f)) s++;
  // ("Ảnh: Reuters Essam al-Bedaiwi, Thống đốc ...": a photo's source, then the next caption's name)
  if (e - s >= 3 && wireCreditAt(text, toks, s)) s++;
  return Math.max(e - 1, readForeignRun(text, folded, toks, s, e, officials, found));
}

/**
 * "Cho Dae-yop", "Cho Myoung-gyun": a Korean family name that is also a Vietnamese word (so no name word), right before a
 * romanised Korean given name (capital, lower case, hyphen, lower case), opens the name.
 */
function koreanFamilyBefore(text: string, toks: Token[], s: number): boolean {
  const f = toks[s - 1];
  if (!f.cap || f.acro || f.w !== CHO_ID || text.charCodeAt(f.s) !== 67) return false;
  return KOREAN_GIVEN_NAME_RE.test(text.slice(toks[s].s, toks[s].e));
}
const CHO_ID = lexiconWordId('cho');
const MOVEMENT_WORDS = new Set(MOVEMENT_NAME_WORDS);
const KOREAN_GIVEN_NAME_RE = /^[A-Z][a-z]+-[a-z]+$/;

/** Where the run of name words that starts at s ends, read on from token e. */
function runEnd(text: string, toks: Token[], s: number, e: number): number {
  const n = toks.length;
  while (e < n && toks[e].gap === Gap.Space && (isNameToken(text, toks[e], toks, e) || isHyphenParticleName(text, toks[e])
    || (isParticle(toks[e]) && e + 1 < n && toks[e + 1].gap === Gap.Space && toks[e + 1].cap))) e++;
  // "George H.W. Bush": middle initials written as one word
  if (e + 1 < n && toks[e].gap === Gap.Space && toks[e].acro && isDottedInitials(text, toks[e]) && toks[e + 1].s === toks[e].e + 2
    && text.startsWith('. ', toks[e].e) && isNameToken(text, toks[e + 1], toks, e + 1)) return runEnd(text, toks, s, e + 2);
  // "Daniel R. Russel": a middle initial
  while (e < n && e - 1 > s && toks[e - 1].e - toks[e - 1].s === 1 && text.startsWith('. ', toks[e - 1].e)
    && toks[e].s === toks[e - 1].e + 2 && isNameToken(text, toks[e], toks, e)) {
    e++;
    while (e < n && toks[e].gap === Gap.Space && isNameToken(text, toks[e], toks, e)) e++;
  }
  return e;
}

/** "H. R. McMaster", "H.R McMaster", "F. Julian Becton": initials opening the name are part of it. */
function withInitials(text: string, toks: Token[], s: number): number {
  while (s > 0) {
    const p = toks[s - 1], t = toks[s];
    const letter = p.e - p.s === 1 && isUpperLetter(text.charCodeAt(p.s));
    if (!p.cap || !(letter || (p.acro && isDottedInitials(text, p)))) break;
    // ("H. R.": a letter and its dot; "H.R McMaster": dotted initials, the last dot left out)
    const dotted = t.s === p.e + 2 && text.charCodeAt(p.e) === 46 && text.charCodeAt(p.e + 1) === 32;
    if (!dotted && !(p.acro && t.gap === Gap.Space && t.s === p.e + 1)) break;
    s--;
  }
  return s;
}

/** "H.W", "J.R": capitals one by one, a dot between each. */
function isDottedInitials(text: string, t: Token): boolean {
  const len = t.e - t.s;
  if (len < 3 || len % 2 === 0) return false;
  for (let p = t.s; p < t.e; p += 2) if (!isUpperLetter(text.charCodeAt(p)) || (p + 1 < t.e && text.charCodeAt(p + 1) !== 46)) return false;
  return true;
}

/** The next name of a list after the name ending at token q (", B", " và B", ", và ông B"), or -1. */
function listNameStart(text: string, toks: Token[], q: number): number {
  let t = toks[q];
  if (!t) return -1;
  let gap = t.gap;
  // "Ann Wagner (Đảng Cộng hòa) và Joaquin Castro": a bracket after a name
  if (gap === Gap.Paren) {
    const close = text.indexOf(')', t.s);
    if (close < 0) return -1;
    while (q < toks.length && toks[q].s < close) q++;
    t = toks[q];
    if (!t) return -1;
    gap = t.s === close + 2 && text.charCodeAt(close + 1) === 32 ? Gap.Space : t.s === close + 3 && text.startsWith(', ', close + 1) ? Gap.Comma : Gap.Break;
  }
  if (gap !== Gap.Comma && gap !== Gap.Space) return -1;
  let p = q;
  if (t.w === VA_ID && !t.cap) p++;
  else if (gap !== Gap.Comma) return -1;
  if (toks[p] && p > q && toks[p].gap !== Gap.Space) return -1;
  if (toks[p] && !toks[p].cap && LIST_HONORIFIC_IDS.has(toks[p].w) && toks[p + 1]?.gap === Gap.Space) p++;
  const n = toks[p];
  return n && n.cap && !n.acro && isNameToken(text, n, toks, p) ? p : -1;
}
const LIST_HONORIFIC_IDS = idSet(['ông', 'bà']);
const afterHonorific = (toks: Token[], s: number) => s > 0 && toks[s].gap === Gap.Space && !toks[s - 1].cap && LIST_HONORIFIC_IDS.has(toks[s - 1].w);

/**
 * "các cựu Tổng thống Mỹ George H.W. Bush và Bill Clinton", "hai nghị sĩ đảng Dân chủ là Al Green và Maxine Waters":
 * each foreign name of the list after a plural post holds it. Returns the list's last token (-1 when it is no list).
 */
function readPluralList(text: string, folded: string, toks: Token[], s: number, e: number, post: PostBefore, found: Found[]): number {
  // (the first name right after the post: "các Tổng thư ký của AIPSO B.Vinod, Metla Jagan" lost its first to the post)
  if (toks[s].gap !== Gap.Space) return -1;
  const names: number[] = [s, e];
  for (let q = e; ;) {
    const next = listNameStart(text, toks, q);
    if (next < 0) break;
    const end = runEnd(text, toks, next, next + 1);
    if (end - next < 2 || !someForeign(text, folded, toks, next, end)) break;
    names.push(next, end);
    if (toks[next - 1].w === VA_ID || toks[next - 2]?.w === VA_ID) break; // "A, B và C": C closes it
    q = end;
  }
  if (names.length < 4) return -1;
  for (let k = 0; k < names.length; k += 2) found.push({ nameStart: names[k], nameEnd: names[k + 1], position: position(text, toks, post.head, post.last), appositive: false, also: null, listed: true, surname: false, ofHolder: false, statePost: false });
  return names[names.length - 1] - 1;
}
/**
 * "Thượng nghị sĩ Marco Rubio và Tom Cotton tỏ ra": a post before one foreign name is the second's too when "và" joins a
 * bare foreign name that ends the clause (a comma or bracket after it may open its own post).
 */
function foreignPostPartner(text: string, folded: string, toks: Token[], e: number, first: Found, found: Found[]): void {
  const v = toks[e], s = e + 1;
  if (v.gap !== Gap.Space || v.cap || toks[s].gap !== Gap.Space || !toks[s].cap || toks[s].acro || !isNameToken(text, toks[s], toks, s)) return;
  const end = runEnd(text, toks, s, s + 1);
  if (end - s < 2 || !someForeign(text, folded, toks, s, end)) return;
  if (end < toks.length && !clauseGoesOnAfter(toks, end)) return;
  if (postedElsewhere(text, toks[s].s, toks[end - 1].e)) return;
  // (every field written out in Found's order: a spread built another map, which deopted findForeignOfficials at file 8,561)
  found.push({ nameStart: s, nameEnd: end, position: first.position, appositive: first.appositive, also: first.also, listed: true, surname: first.surname, ofHolder: first.ofHolder, statePost: first.statePost });
}
function someForeign(text: string, folded: string, toks: Token[], s: number, e: number): boolean {
  for (let q = s; q < e; q++) if (isForeignToken(text, folded, toks[q])) return true;
  return false;
}

// (apart from foreignRunAt so that V8 compiles each on its own)
function readForeignRun(text: string, folded: string, toks: Token[], s: number, e: number, officials: Official[], found: Found[]): number {
  const n = toks.length;
  // "New York Eric Schneiderman": a place that runs into the name is not part of it
  for (let q = Math.max(0, s - 2); q < s; q++) {
    const m = matchAt(toks, q, PLACE_TABLE);
    if (m && q + m.len > s) { s = q + m.len; break; }
  }
  if (s >= e) return -1;
  // "xã Ea Kao", "bang Washington": a place; "Miss Global Beauty Queen Vietnam 2017": an event's name
  // ("Thủ hiến bang Hessen Volker Bouffier": the place as written alone elsewhere, then its post's holder)
  // ("Bộ trưởng ... Nhật Bản Nobuteru Ishihara": "Bản" ends the country's name, no village's level word)
  const level = s > 0 && toks[s].gap === Gap.Space && endsAt(toks, s, PLACE_LEVEL_TABLE) && !endsPlaceName(toks, s);
  if (level || (s > 0 && toks[s].gap === Gap.Space && endsAt(toks, s, VENUE_TABLE))) {
    s = level ? holderAfterPlace(text, folded, toks, s, e) : -1;
    if (s < 0) return -1;
  }
  if (e < n && toks[e].gap === Gap.Space && toks[e].num) return -1;
  // "Goldman Sachs Group Lloyd Blankfein": the person's name follows the body's last English word
  for (let q = e - 1; q >= s; q--) if (ENGLISH_BODY_IDS.has(toks[q].w)) { s = q + 1; break; }
  if (s >= e) return -1;
  const words = e - s;
  // one word is a surname (the main pass reads those) unless it is a transcription (M.Dô-y-rơ)
  if (words < 2 && !isTranscription(text, toks[s]) && !afterCapitalisedHonorific(toks, s)) {
    if (e < n && !toks[e].cap && toks[e].gap === Gap.Space && toks[s].gap === Gap.Space && !toks[s].acro) surnameAfterFirmPost(text, folded, toks, s, found);
    return -1;
  }
  const before = postBefore(text, folded, toks, s, (e < n && toks[e].gap === Gap.Comma) || closesApposition(text, toks, e) || dashedApposition(toks, s, e) ? CommaClose.Comma
    : predicateAt(toks, e) ? CommaClose.Predicate : CommaClose.None, listNameStart(text, toks, e) >= 0, ownerAfterRun(toks, e));
  if (before?.plural) return readPluralList(text, folded, toks, s, e, before, found);
  if (before) {
    const firm = FIRM_POSTS.has(headKey(toks, before.head)) && before.last < before.head.end;
    // "Post, Sheikh Saif Bin Ahmed Al-Thani cho biết": after the comma the whole run is the name
    // (and after "ông": "Phó Đặc phái viên ..., ông Ramzy Ezzeldin Ramzy")
    let nameStart = toks[s].gap === Gap.Comma || toks[s].gap === Gap.Dash || afterHonorific(toks, s) || afterCapitalisedHonorific(toks, s) ? s : nameStartIn(text, toks, s, e, firm);
    // "Cố vấn Nhà nước Myanmar Aung San Suu Kyi": right after the post's country no firm opens the run, all of it is the name
    // (unless its front is someone named already: "Tổng thống Mỹ Donald Trump Steve Bannon", a caption run on)
    if (nameStart > s && toks[s].gap === Gap.Space && before.last === s - 1 && endsAt(toks, s, PLACE_TABLE)
      && !isKnownName(officials, text.slice(toks[s].s, toks[nameStart - 1].e))) nameStart = s;
    if (nameStart === s && before.last === s - 1 && e - s === 3) nameStart = bodyBeforeTwoWordName(text, folded, toks, s);
    // "Giám đốc công ty vệ sĩ tư nhân Zhongzhou Tewei": the run names the body; a person only after its name
    // ("đội bóng Hoàng gia - Florentino Perez": a name set off by a comma or dash follows the body's whole name)
    if (nameStart === s && toks[s].gap !== Gap.Comma && toks[s].gap !== Gap.Dash && !givenNameAfterBodyType(text, toks, s, e)
      && !partyNamedInVietnamese(text, folded, toks, s, e) && namesBodyFirst(text, toks, before.head.end, s)) {
      const words: number[] = [];
      for (let q = s; q < e; q++) if (!isParticle(toks[q])) words.push(q);
      if (words.length < 3) return -1;
      nameStart = lastTwo(toks, words);
    }
    // (a founder's capitalised words right after it are mostly the founded body: the whole run a holder only before a verb)
    if (nameStart === s && before.last === s - 1 && toks[s].gap === Gap.Space && FOUNDER_HEADS.has(headKey(toks, before.head)) && !predicateAt(toks, e)) return -1;
    // "tổng thống Donald Trump Steve Bannon" (a caption run on): the words taken off are a known person
    if (nameStart > s && isKnownName(officials, text.slice(toks[s].s, toks[nameStart - 1].e))) return -1;
    // a firm's name taken off the run joins the post ("Giám đốc điều hành Google")
    const last = nameStart > s ? nameStart - 1 : before.last;
    found.push({ nameStart, nameEnd: e, position: position(text, toks, before.head, last), appositive: false, also: kiemPostBefore(text, toks, before.head.start), listed: false, surname: false, ofHolder: before.ofHolder === true, statePost: false });
    if (e + 1 < n && toks[e].w === VA_ID) foreignPostPartner(text, folded, toks, e, found[found.length - 1], found);
    return -1;
  }
  const after = postAfter(text, folded, toks, s, e);
  if (after) found.push({ nameStart: s, nameEnd: e, position: position(text, toks, after.head, after.last), appositive: true, also: chainedPost(text, folded, toks, after.last), listed: false, surname: false, ofHolder: false, statePost: false });
  return -1;
}

/** "của" right after the name run ending before token e, then the body it belongs to ("Bill Urban của hải quân Mỹ"). */
function ownerAfterRun(toks: Token[], e: number): boolean {
  return e + 1 < toks.length && toks[e].w === CUA_ID && toks[e].gap === Gap.Space && !toks[e].cap && toks[e + 1].gap === Gap.Space;
}

/** A place's name of two words or more ends right before token s ("Nhật Bản", "Phần Lan"). */
function endsPlaceName(toks: Token[], s: number): boolean {
  for (let q = Math.max(0, s - 4); q < s - 1; q++) {
    const m = matchAt(toks, q, PLACE_TABLE);
    if (m && q + m.len === s) return true;
  }
  return false;
}

/**
 * Where the holder's name starts in the run [s, e) after a place's level word ("bang Hessen Volker Bouffier"): after the
 * place's words as the text writes them elsewhere closed ("tại bang Hessen."), with two name words left; else -1.
 */
function holderAfterPlace(text: string, folded: string, toks: Token[], s: number, e: number): number {
  const from = toks[s - 1].s;
  for (let k = s + 1; k <= e - 2; k++) {
    const place = folded.slice(from, toks[k - 1].e);
    for (let at = folded.indexOf(place); at >= 0; at = folded.indexOf(place, at + 1)) {
      const next = text.charCodeAt(at + place.length);
      if (at !== from && (next !== 32 || !isUpperLetter(text.charCodeAt(at + place.length + 1))) && !isWordLetter(next)) return k;
    }
  }
  return -1;
}

/**
 * The name ending before token e closes its sentence, or "cũng như" follows it: no clause of its own opens after the
 * name, so "post, name" there is an apposition ("đã sa thải giám đốc FBI, James Comey cũng như ...").
 */
function closesApposition(text: string, toks: Token[], e: number): boolean {
  const t = toks[e];
  if (!t) return true;
  if (t.gap === Gap.Space) return t.w === CUNG_ID && !t.cap && toks[e + 1]?.w === NHU_ID && toks[e + 1].gap === Gap.Space;
  const end = toks[e - 1].e;
  return t.gap === Gap.Break && text.charCodeAt(end) === 46 && (text.charCodeAt(end + 1) === 32 || text.charCodeAt(end + 1) === 10) && end - toks[e - 1].s > 1;
}
const CUNG_ID = lexiconWordId('cũng'), NHU_ID = lexiconWordId('như');
/**
 * "cựu Chủ tịch FIFA, Sepp Blatter - người được coi như ...": a name [s, e) set off by a comma or dash after a post closed by its
 * body's capitalised name, then a dash and a lower-case word, not a post, opening a description of the name: set off like a
 * second comma. (A capital after the dash may be another name; a post there is the name's own, "X - giám đốc ...", in a
 * list; a post ending in lower case before the comma may be a clause run on, "... Real Nói đâu xa, X - người".)
 */
function dashedApposition(toks: Token[], s: number, e: number): boolean {
  const t = toks[e];
  if (!t || t.gap !== Gap.Dash || t.cap || t.num || s < 1 || e - s < 2) return false;
  if ((toks[s].gap !== Gap.Comma && toks[s].gap !== Gap.Dash) || !(toks[s - 1].cap || toks[s - 1].acro)) return false;
  return !matchAt(toks, e, POSITION_TABLE) && !headAt(toks, e);
}

/** Where the capitalised run of name words ending at token p starts (not before `from`, nor into a place). */
function nameRunStart(toks: Token[], from: number, p: number): number {
  let q = p;
  while (q > from && toks[q].gap === Gap.Space && toks[q - 1].cap && !toks[q - 1].acro && ASIAN_FAMILY_IDS.has(toks[q - 1].w)) q--;
  return q;
}

/** Tokens [from, to) are all a place's words ("Tổng thống Nga Putin"), or there are none. */
function onlyPlacesBetween(toks: Token[], from: number, to: number): boolean {
  for (let q = from; q < to;) {
    const m = matchAt(toks, q, PLACE_TABLE);
    if (!m) return false;
    q += m.len;
  }
  return true;
}

function isKnownName(officials: Official[], words: string): boolean {
  const w = words.toLowerCase();
  return officials.some((o) => { const n = o.name.toLowerCase(); return n === w || w.endsWith(' ' + n) || n.endsWith(' ' + w); });
}

/**
 * "cựu chủ tịch Goldman Gary Cohn", "Thứ trưởng Bộ ngoại giao Nga Oleg Syromolotov", "Thống đốc BoJ Haruhiko Kuroda": three
 * words right after a post, the last two a foreign name and the first a country or a body (one the text writes as a body's
 * elsewhere: "ngân hàng Goldman Sachs"). The first is the post's body, the person's name the last two: returns its start.
 */
function bodyBeforeTwoWordName(text: string, folded: string, toks: Token[], s: number): number {
  const b = toks[s], f = toks[s + 1], l = toks[s + 2];
  // (not "John F. Kennedy": an initial; not "Kim Jong Un": a family name)
  if (!b.cap || !f.cap || f.acro || f.gap !== Gap.Space || l.gap !== Gap.Space || f.e - f.s < 3 || ASIAN_FAMILY_IDS.has(b.w)) return s;
  if (!isForeignToken(text, folded, f) || !(isForeignToken(text, folded, l) || isHyphenParticleName(text, l))) return s;
  return namesCountryOrBody(text, toks, s) ? s + 1 : s;
}
/**
 * "Tỉnh trưởng Balochistan Sanaullah Zehri" beside "tỉnh Balochistan": after a post that names its place, the first of
 * three foreign words, written elsewhere after a place's level word, is that place; the two after it are the name.
 */
function placeBeforeTwoWordName(text: string, folded: string, toks: Token[], s: number, p: Position): boolean {
  if (p.organization !== null || !takesPlacePost(p.title)) return false;
  const b = toks[s], f = toks[s + 1], l = toks[s + 2];
  if (!b.cap || b.acro || !f.cap || f.acro || f.gap !== Gap.Space || l.gap !== Gap.Space || ASIAN_FAMILY_IDS.has(b.w)) return false;
  if (!isForeignToken(text, folded, b) || !isForeignToken(text, folded, f) || !isForeignToken(text, folded, l)) return false;
  const word = text.slice(b.s, b.e);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at === b.s) continue;
    const q = tokenAt(toks, at);
    if (q > 0 && toks[q].s === at && toks[q].e === at + word.length && toks[q].gap === Gap.Space && !toks[q - 1].cap && endsAt(toks, q, PLACE_LEVEL_TABLE)) return true;
  }
  return false;
}
function namesCountryOrBody(text: string, toks: Token[], s: number): boolean {
  const t = toks[s], word = text.slice(t.s, t.e);
  if (matchAt(toks, s, COUNTRY_TABLE)?.len === 1 || INNER_CAPITAL_RE.test(word) || ONE_WORD_BODIES.has(word.toLowerCase())) return true;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at === t.s) continue;
    const q = tokenAt(toks, at);
    if (q < 1 || toks[q].s !== at || toks[q].e !== at + word.length) continue;
    // "Goldman Sachs", "Samsung Electronics": a body's last word after it
    const n = toks[q + 1];
    if (n && n.gap === Gap.Space && ENGLISH_BODY_IDS.has(n.w)) return true;
    // "ngân hàng Goldman", "tập đoàn Alibaba", "tại Apple": a body type or a place word before it
    if (toks[q].gap === Gap.Space && !toks[q - 1].cap && (PLACE_OF_BODY_IDS.has(toks[q - 1].w) || endsAt(toks, q, BODY_TYPE_TABLE))) return true;
  }
  return false;
}

/** Between the post and the run [from, s): a body type then only lower-case words, so the run opens with the body's name. */
function namesBodyFirst(text: string, toks: Token[], from: number, s: number): boolean {
  const countryClosed = s - 1 >= from && toks[s - 1].cap && inPlaceName(toks, s - 1);
  for (let q = s - 1; q >= from; q--) {
    const t = toks[q];
    const m = matchAt(toks, q, BODY_TYPE_TABLE);
    // ("giám đốc tình báo quốc gia Dan Coats": 'báo' closing "tình báo" is no newspaper)
    if (m && q + m.len <= s && !(q > 0 && !toks[q - 1].cap && endsAt(toks, q + 1, NOT_A_BODY_COMPOUND_TABLE))) return !tailOfCapitalisedName(toks, q);
    // an acronym or a bracket names the body already ("Tập đoàn GE (Mỹ) Christian Bennett"); school levels do not ("Trường THPT")
    if ((t.acro && !SCHOOL_LEVEL_IDS.has(t.w)) || t.num || t.gap !== Gap.Space) return false;
    // "CLB Valencia Amy Lim Hoon": the body is named already (in Vietnamese too, closed by its country: "Lực lượng Không
    // quân Mỹ Lori Hodge"; not "viện Nghiên cứu Quốc tế Freeman Spogli", named after a person)
    if (t.cap && !t.acro && (isPlainWord(text, t) || (countryClosed && !inPlaceName(toks, q)))) return false;
  }
  return false;
}
/**
 * "nghị sĩ của đảng Dân chủ Gabby Giffords", "Đảng Cộng hòa Steve Scalise": a party named in Vietnamese words (a capital, then
 * a lower-case syllable) right before a two-word foreign run: the party's name ends there, the run is its member's name.
 * ("đảng" in either case: "Đảng" capitalised is the usual form in print.)
 */
function partyNamedInVietnamese(text: string, folded: string, toks: Token[], s: number, e: number): boolean {
  if (e - s !== 2 || s < 3) return false;
  const low = toks[s - 1], cap = toks[s - 2];
  return toks[s].gap === Gap.Space && low.gap === Gap.Space && !low.cap && cap.cap && cap.gap === Gap.Space && !isForeignToken(text, folded, cap)
    && toks[s - 3].w === DANG_ID;
}
const DANG_ID = lexiconWordId('đảng');

/**
 * "chủ tịch CLB Andrea Agnelli", "Người phát ngôn của hãng Jerry Huang": a run opening with a common given name right after
 * a bare club or firm type (the body named only by its type) is the holder's name, not the body's.
 */
function givenNameAfterBodyType(text: string, toks: Token[], s: number, e: number): boolean {
  if (e - s < 2 || !isGivenNameAt(text, toks, s) || toks[s].gap !== Gap.Space) return false;
  return endsAt(toks, s, CLUB_OR_FIRM_TYPE_TABLE);
}
/** (only a club or "hãng": schools and firms are named after people, "Đại học George Mason", "công ty Oliver Design") */
const CLUB_OR_FIRM_TYPE_TABLE = rareTable(['clb', 'câu lạc bộ', 'hãng']);
/** The capitalised run through token q opens right after a body type ("tổ chức Abu Sayyaf"). */
function afterBodyType(toks: Token[], q: number): boolean {
  let r = q;
  while (r > 0 && toks[r].gap === Gap.Space && toks[r - 1].cap) r--;
  return r > 0 && toks[r].gap === Gap.Space && endsAt(toks, r, BODY_TYPE_TABLE);
}
/** Token q is a word of a place's or country's name ("Quốc" of "Hàn Quốc"). */
function inPlaceName(toks: Token[], q: number): boolean {
  for (let j = Math.max(0, q - 3); j <= q; j++) {
    if (toks[j].k === 0) continue;
    const m = matchAt(toks, j, PLACE_TABLE); // (PLACE_TABLE holds every country form)
    if (m && j + m.len > q) return true;
  }
  return false;
}
/** "Hạ viện", "Thượng viện": a lower-case body word closing a capitalised name names that body already (not "Tổng công ty"). */
function tailOfCapitalisedName(toks: Token[], q: number): boolean {
  const t = toks[q], p = toks[q - 1];
  return !t.cap && t.gap === Gap.Space && !!p && p.cap && !p.acro && !matchAt(toks, q - 1, BODY_TYPE_TABLE);
}
/** A capitalised word without Vietnamese letters (a foreign proper name: Valencia, Keangnam). */
function isPlainWord(text: string, t: Token): boolean {
  for (let p = t.s; p < t.e; p++) if (text.charCodeAt(p) > 0x7a) return false;
  return true;
}
const SCHOOL_LEVEL_IDS = idSet(SCHOOL_LEVEL_WORDS);
/** Words whose last syllable is a body type alone ('báo' a paper, 'đài' a station): "tình báo", "thông báo". */
const NOT_A_BODY_COMPOUND_TABLE = rareTable(['tình báo', 'thông báo', 'dự báo', 'cảnh báo', 'họp báo', 'phát thanh', 'lễ đài', 'khán đài']);

/** A phrase of `table` ends right before token k. */
function endsAt<T>(toks: Token[], k: number, table: PhraseTable<T>): boolean {
  for (let q = Math.max(0, k - 3); q < k; q++) {
    const m = matchAt(toks, q, table);
    if (m && q + m.len === k) return true;
  }
  return false;
}

/** A name transcribed in syllables, lower case after each hyphen: "M.Dô-y-rơ", "Éc-đô-gan" (not "Mar-a-Lago"). */
function isTranscription(text: string, t: Token): boolean {
  let hyphens = 0;
  for (let p = t.s; p < t.e; p++) {
    if (text.charCodeAt(p) !== 45) continue;
    hyphens++;
    const c = text.charCodeAt(p + 1);
    if (isUpperLetter(c)) return false;
  }
  // ("V.Pu-tin", "Ê.Ma-crông": an initial glued by its dot to a transcribed surname is a full name)
  return hyphens >= 2 || (hyphens === 1 && text.charCodeAt(t.s + 1) === 46 && isUpperLetter(text.charCodeAt(t.s)) && isUpperLetter(text.charCodeAt(t.s + 2)));
}

/** The post head of `p` is among the official's posts ("Tổng thống Mỹ" and "quyền Tổng thống"). */
function sharesPost(o: Official, p: Position): boolean {
  const head = p.title.toLowerCase().replace(PREFIX_RE, '');
  // (a post with its standing after the head is the same post: "Tổng thống đắc cử" beside "Tổng thống")
  return o.positions.some((q) => { const h = q.title.toLowerCase().replace(PREFIX_RE, ''); return h === head || h.startsWith(head + ' ') || head.startsWith(h + ' '); });
}
const PREFIX_RE = new RegExp(`^(?:(?:${POSITION_PREFIXES.join('|')}) )+`);

/** "Bộ trưởng" held, "Bộ trưởng Quốc phòng" found for the same person: the post in its fuller form. */
function withFullerPost(o: Official, p: Position): void {
  const long = p.text.toLowerCase();
  const at = o.positions.findIndex((q) => long.startsWith(q.text.toLowerCase() + ' '));
  if (at >= 0) o.positions = o.positions.map((q, n) => (n === at ? p : q));
}

/**
 * "Tổng thống Mỹ" held, "Tổng thống Mỹ thứ 43" read right before a mention `s`: the post with its term, order or state. A post
 * whose term follows its head ("Tổng thống đắc cử của Pháp" beside "Tổng thống Pháp") is one more title.
 */
function withTermOfOffice(text: string, o: Official, p: Position, s: number): void {
  if (p.span[1] > s || !HOLDER_GAP_RE.test(text.slice(p.span[1], s))) return;
  const long = p.text.toLowerCase();
  const at = o.positions.findIndex((q) => long.startsWith(q.text.toLowerCase() + ' ') && TERM_AFTER_POST_RE.test(p.text.slice(q.text.length + 1)));
  if (at >= 0) o.positions[at] = p;
  // (not when a post with a term is held already: "Tổng thống đắc cử" and "Tổng thống Pháp đắc cử" are one)
  // ("Thủ tướng đương nhiệm" beside "Thủ tướng Nhật Bản": the incumbent is the holder now, the same post written short)
  else if (TERM_IN_POST_RE.test(long) && sharesPost(o, p) && !o.positions.some((q) => TERM_IN_POST_RE.test(q.text.toLowerCase()))
    && !(INCUMBENT_AFTER_HEAD_RE.test(long) && o.positions.some((q) => q.organization))) o.positions.push(p);
}
/** "đương nhiệm" closing a post: the holder in office now. */
const INCUMBENT_AFTER_HEAD_RE = / đương nhiệm$/;
/**
 * "Chủ tịch Thượng viện" held, "Chủ tịch Thượng viện Quốc hội Hà Lan" read right before a mention `s` that the main pass
 * did not read: the same post in its fuller form (the guideline keeps one title, the fuller).
 */
const fullerBefore = (text: string, p: Position, s: number) => p.span[1] <= s && HOLDER_GAP_RE.test(text.slice(p.span[1], s));
/** Such fuller posts read in this document, given once the main pass's names have their bodies cut off ("Chủ tịch Duma Nga"). */
const fullerPending: { o: Official; p: Position }[] = [];
function withFullerPosts(): void {
  for (const { o, p } of fullerPending) {
    // (only a body or place added, capitalised: not "Tổng thống của mình", "Bộ trưởng Quốc phòng Mỹ tướng", "Tổng thống đắc cử trẻ tuổi")
    const at = o.positions.findIndex((q) => p.text.length > q.text.length + 1 && p.text.startsWith(q.text + ' ') && FULLER_TAIL_RE.test(p.text.slice(q.text.length + 1)));
    if (at >= 0) o.positions[at] = p;
  }
  fullerPending.length = 0;
}
/** The words a fuller post adds: capitalised words (a body, a place), maybe lower-case ones between, ending capitalised. */
// (or a ministry's field, one capital then lower-case words: "Bộ trưởng An ninh quốc gia", "Bộ trưởng Tài chính")
const FULLER_TAIL_RE = /^\p{Lu}[^()]*\p{Lu}\p{Ll}*$|^\p{Lu}\p{Ll}*$|^\p{Lu}\p{Ll}*(?: \p{Ll}+){1,3}$/u;
/** Between a post and its holder: nothing, a comma, "ông"/"bà", or "là" ("Chủ tịch FIFA đương nhiệm là Gianni Infantino"). */
const HOLDER_GAP_RE = /^\s*,?\s*(?:(?:ông|bà|là)\s+)?$/u;
// (or its state or province: "Thủ hiến" held, "Thủ hiến bang Hessen" read)
const TERM_AFTER_POST_RE = new RegExp(`^(?:${TERM_OF_OFFICE_WORDS.join('|')})(?: |$)|^(?:bang|tiểu bang|tỉnh|thành phố) \\p{Lu}`, 'u');
// (not an event's ordinal: "Chủ tịch APPF lần thứ 25")
const TERM_IN_POST_RE = new RegExp(`(?<! lần) (?:${TERM_OF_OFFICE_WORDS.join('|')})(?: |$)`);

/**
 * "Tiến sĩ Kenneth Mitchell, Giám đốc St Francis Bariatric Surgery Division": the main pass read the body after the post
 * as its holder; the name before the comma holds the post, so that reading (written only there) is dropped.
 */
function dropBodyReadAsHolder(officials: Official[], p: Position): void {
  for (let j = officials.length - 1; j >= 0; j--) {
    const o = officials[j];
    if (o.mentions.length !== 1 || o.positions.length !== 1 || o.rank) continue;
    const m = o.mentions[0].span, q = o.positions[0].span;
    if (q[0] === p.span[0] && p.span[0] < m[0] && m[1] <= p.span[1] + 40 && q[1] <= m[0]) officials.splice(j, 1);
  }
}

/**
 * "Thống đốc Kirov, Nikita Belykh", "Thị trưởng Plomari, ông Manolis Armenakas": the main pass read the post's place, a
 * capitalised run closed by the comma, as its holder, and the name set off after the comma is the holder. The place read
 * as a person (named once, by that run alone, holding only this post from the same post word) is dropped, and true is
 * returned; otherwise false. (Not "Tổng thống Obama, James Clapper": Obama is named in full and again.)
 */
const INNER_POST_LEAD_IDS = idSet(['của', 'thời']);
function placeReadAsHolder(text: string, toks: Token[], f: Found, officials: Official[]): boolean {
  const s = toks[f.nameStart], p = f.position;
  if (!p || f.nameEnd - f.nameStart < 2 || f.listed || f.appositive || (s.gap !== Gap.Comma && !afterHonorific(toks, f.nameStart))) return false;
  for (let j = 0; j < officials.length; j++) {
    const o = officials[j];
    if (o.rank || o.mentions.length !== 1 || o.positions.length !== 1 || o.positions[0].span[0] !== p.span[0]) continue;
    const m = o.mentions[0];
    if (m.text !== o.name || m.span[1] > s.s || m.span[0] < o.positions[0].span[1]) continue;
    const gap = text.slice(m.span[1], s.s);
    if (gap !== ', ' && gap !== ', ông ' && gap !== ', bà ') continue;
    // (the run ends the post: "Thống đốc Kirov" as the post the set-off name holds)
    if (p.span[1] !== m.span[1]) continue;
    // ("Giám đốc ... dưới thời cựu Tổng thống Obama, James Clapper": a post governed from before names a person)
    const h = tokenAt(toks, p.span[0]);
    if (h > 0 && toks[h].gap === Gap.Space && (INNER_POST_LEAD_IDS.has(toks[h - 1].w) || postEndingAt(toks, h))) continue;
    // ("Tổng thống Nga Putin, ông Donald Trump, bà A.Merkel": after the post's country the run is its holder, a list goes on)
    if (endsAt(toks, tokenAt(toks, m.span[0]), PLACE_TABLE)) continue;
    officials.splice(j, 1);
    return true;
  }
  return false;
}
function merge(text: string, toks: Token[], found: Found[], officials: Official[]): Official[] {
  const keyOf = (o: Official) => o.name.toLowerCase().split(/[\s.]+/).filter(Boolean);
  const known = officials.map((o) => ({ o, key: keyOf(o) }));
  const added: { o: Official; key: string[] }[] = [];
  for (const f of found) {
    if (f.surname) continue; // (read after the merge, against the full names written)
    const s = toks[f.nameStart].s, e = toks[f.nameEnd - 1].e;
    // a name the main pass read here already (its post cut before a term: "Tổng thống Mỹ" of "Tổng thống Mỹ thứ 43 X")
    const held = officials.find((o) => o.mentions.some((m) => m.span[0] < e && s < m.span[1]));
    if (held) { if (f.position) withTermOfOffice(text, held, f.position, s); continue; }
    // the post or name continues one the main pass read ("Trưởng Công an xã Ea Kao", "Chủ tịch THT ... Kang Hwa")
    if (f.appositive && f.position) dropBodyReadAsHolder(officials, f.position);
    const ps = f.position ? f.position.span[0] : s;
    // (the inner post of "người phát ngôn của Tổng thống X Y, ông Z" is Y's, inside Z's)
    if (!f.ofHolder && officials.some((o) => o.positions.some((p) => p.span[0] < e && ps < p.span[1])) && !placeReadAsHolder(text, toks, f, officials)) continue;
    // "Chủ tịch Tập Cận Bình chứng kiến ... Carrie Lam": a name the main pass read between the post and this one holds the post
    // (not a name the post is "của": "phát ngôn viên của Tổng thống Putin, ông Dmitry Peskov")
    // (nor a name listed with it: "các cựu Tổng thống Mỹ George H.W. Bush và Bill Clinton")
    if (ps < s && !f.listed && officials.some((o) => o.mentions.some((m) => ps <= m.span[0] && m.span[1] <= s && !text.slice(ps, m.span[0]).includes('của')))) continue;
    // "bin Abdulaziz Al Saud" after "Vua Salman": a particle does not open a name
    if (!toks[f.nameStart].cap) continue;
    const key = nameKey(text, toks, f.nameStart, f.nameEnd);
    const mention = { text: text.slice(s, e), span: [s, e] as [number, number] };
    // the main pass holds this person by a fuller or equal name, or by the same first and last name
    const holder = known.find((k) => endsWith(k.key, key) || (key.length > 1 && k.key.length > 1 && k.key[0] === key[0] && k.key[k.key.length - 1] === key[key.length - 1]));
    if (holder) { if (f.position) { withTermOfOffice(text, holder.o, f.position, s); if (fullerBefore(text, f.position, s)) fullerPending.push({ o: holder.o, p: f.position }); } continue; }
    // (or by a mention spelled apart from the name: "Abu Bakr Al-Baghdadi" of "Ibrahim Abu-Bakr al-Baghdadi")
    if (officials.some((o) => o.mentions.some((m) => m.text !== o.name && endsWith(m.text.toLowerCase().split(/[\s.]+/), key)))) continue;
    // "Obama" held alone, "Barack Obama" found here: the same person, written in full
    // (only when a post is shared: "Cố vấn Ivanka Trump" is not "Tổng thống Trump")
    const shorter = known.filter((k) => endsWith(key, k.key) || (k.key.length === 1 && k.key[0] === key[0] && ASIAN_FAMILY.has(key[0])));
    if (shorter.length === 1 && f.position && sharesPost(shorter[0].o, f.position)) {
      const o = shorter[0].o;
      o.name = mention.text;
      o.mentions = [...o.mentions, mention].sort((a, b) => a.span[0] - b.span[0]);
      shorter[0].key = key;
      withFullerPost(o, f.position);
      continue;
    }
    // (with another post: a namesake, "Cố vấn Ivanka Trump" beside "Tổng thống Trump")
    // ("Bijan Zanganeh" and "Bijan Namdar Zanganeh": first and last name agree)
    const same = added.find((a) => endsWith(a.key, key) || endsWith(key, a.key) || (key.length > 1 && a.key.length > 1 && a.key[0] === key[0] && a.key[a.key.length - 1] === key[key.length - 1]));
    if (same) {
      if (key.length > same.key.length) { same.o.name = mention.text; same.key = key; }
      same.o.mentions.push(mention);
      // the same post written again, shorter or longer, is one title (the first, as the main pass keeps it)
      if (f.position && !sharesPost(same.o, f.position)) same.o.positions.push(f.position);
      continue;
    }
    const positions = f.position ? [f.position] : [];
    if (f.also) positions.push(f.also);
    added.push({ o: { name: mention.text, rank: null, rankMention: null, positions, mentions: [mention] }, key });
  }
  // a place or body named inside someone's post ("Giám đốc nhà máy ... ở Kang Hwa") is no person
  const inPost = (name: string) => [officials, added.map((a) => a.o)].some((list) => list.some((o) => o.positions.some((p) => p.text.includes(name))));
  return added.filter((a) => !inPost(a.o.name)).map((a) => a.o);
}

// A worker runs these passes over thousands of documents, and each branch first met in optimised code throws that code
// away to be compiled again (an 8,000-document run deopted candidateAt, postsBeforeName and findForeignOfficials on a
// bare general, a retired officer, a country read as a name's first word, a firm read as a holder). These lines walk
// such branches once at a worker's start, so that the first compile has their feedback (the records are thrown away).
const WARM_UP_LINES = [
  'Ông nói tướng James Mattis, Tướng Joseph Dunford cho biết. Đô đốc nghỉ hưu William Fallon, Trung tướng về hưu Nguyễn Văn An, Thiếu tướng Hải quân ông Jack Scorby phát biểu.',
  'Quốc vương Saudi Salman tiếp Thái tử Saudi Mohammed bin Salman; Tổng giám đốc Vietnam Airlines nói. Quốc vương Saudi đã cử đoàn.',
  'Giám đốc Cục Điều tra liên bang Mỹ (FBI) James Comey, cựu Giám đốc FBI Robert Mueller; tàu sân bay Đô đốc Kuznetsov; ông Kuznetsov nói.',
  'Thiếu tướng Nguyễn Duy Ngọc, Tổng thống Donald Trump và Đại tá Lê Văn Bình; Steve Bannon, cố vấn cao cấp của ông Trump, cho biết; Cố vấn An ninh quốc gia Robert O’Brien nói.',
  'Thống đốc BoJ Haruhiko Kuroda, Thống đốc BoJ nói. Thủ tướng Nhật Bản Shinzo Abe, ông Abe và V. Putin, Vladimir Putin, Tổng thống Putin.',
  'Wayne White, một quan chức tình báo cấp cao, cho biết. Ông Lê Văn Hùng, Phó Giám đốc Sở Y tế, được bổ nhiệm làm Giám đốc Sở.',
  'Ông Nguyễn Văn Bình, người từng là Bí thư Tỉnh ủy Nghệ An, cho biết.',
  // (a body read as a name before "Quốc gia"; a capitalised word before a foreign run, as a Korean family name is)
  'Chủ tịch Duma Quốc gia cho biết. Bộ trưởng Thống nhất Hàn Quốc Cho Myoung-gyun nói.',
  // (parsePosition's numbered unit with its parent body: met first at file 15,500 of the corpus, it recompiled parsePosition)
  'Phó trưởng phòng 8 Cục Cảnh sát hình sự Nguyễn Văn Nam cho biết.',
  // (each met first between files 700 and 13,800 of the corpus, after its function was optimised: a glued initial's
  // name after a post's qualifier, whose write to a candidate's fields threw away holderAt and four closures of
  // extractOfficials; a photo credit before a caption's foreign name (candidateAt); a second post after "đồng thời là"
  // (postsBeforeName); a company's one-word brand after a dashed post (appositions); a post's served person
  // (withoutServedPersons, with the body kept)
  'Thủ tướng I-ta-li-a P.Gen-ti-lô-ni cho biết.',
  'Ảnh: Reuters Oleg Kalugin, cựu quan chức tình báo Nga.',
  'Chủ tịch Công ty Hoàng Anh đồng thời là Phó Chủ tịch Liên đoàn Bóng đá Việt Nam Nguyễn Văn Cường phát biểu.',
  'Bà Nguyễn Thị Lan - Ủy viên HĐQT Vietcombank (Hà Nội) cho biết.',
  'Ông Steffen Seibert, người phát ngôn của bà Merkel, cho biết. Ông John Smith, cố vấn an ninh cho ông Moon, nói.',
  // (branches a worker given the corpus's second half first met thousands of files in, each of which threw optimised code
  // away: a rank's service before a bare name (postsBeforeName), an Arab particle (arabicParticleCount), a name with a
  // typographic apostrophe (isNameChars in readName), a post's tenure then a comma before the holder (candidateFrom))
  'Thiếu tướng Hải quân Jack Scorby, Tổng thống Hàn Quốc sắp mãn nhiệm, Park Geun-hye, Thái tử Mohammed bin Salman Al Saud và ông Conan O’Brien nói.',
  'Tổng thống Hàn Quốc sắp mãn nhiệm, Park Geun-hye cho biết.',
  // (a movement as a post's body before the name (foreignRunAt), a body's descriptor before a comma (postBeforeRead))
  'người phát ngôn của Taliban Zabihullah Mujahid cho biết.',
  'nhóm Nhà nước Hồi giáo (IS) tự xưng, Đại tá John Smith nói.',
  // (a hyphenated Arab name met after a fuller spelling of it: a worker's document 12,060, past a pool run's late-run stop
  // (src/pipeline/jit.ts), where it threw extractOfficials' optimised code away for the rest of the run)
  'Tên Abu Bakr Al-Baghdadi, thủ lĩnh tổ chức IS đã bỏ mạng. Thủ lĩnh IS Ibrahim Abu-Bakr al-Baghdadi có mặt.',
  // (a firm's English name between a post and its holder, or ending the run (bodyOutOfName); a wire credit before a caption's
  // name (wireCreditAt); a bare post before "kiêm" (kiemPostBefore): each rare, each a candidate's or a found's write)
  'Chủ tịch Samsung Electronics Lee Kun-hee nói. Thành viên HĐQT CTCP Liên Việt Holdings. Ảnh: Reuters Essam al-Bedaiwi, Thống đốc tỉnh Minya nói.',
  'Chủ tịch kiêm Giám đốc điều hành hãng ConocoPhilips Ryan Lance đứng đầu. Ảnh: Sputnik Boris Nemtsov từng là cựu binh. Ông Nemtsov - cựu phó Thủ tướng Nga - nói.',
  // (round 37: a pair with a country read as a name, dropped from the added ones: its splice, first met after optimisation
  // on the full corpus, threw findForeignOfficials away)
  'Ông là Chủ tịch Liên minh Nghị sỹ hữu nghị Fukuoka-Việt Nam.',
  // (round 47: a glued middle initial closing a foreign name (readName), met early only in documents the title-word gate
  // now leaves unread: first met after readName was optimised, it threw that code away)
  'Cựu Tổng thống Mỹ George W.Bush cho biết.',
];
/** Walks the officials passes' rare branches before V8 optimises them (called where warmUpAgencies is). */
export function warmUpOfficials(): void {
  // V8 keeps no feedback for a function until it has run a few times
  for (let round = 0; round < 4; round++) {
    for (const line of WARM_UP_LINES) {
      const ctx = createContext(documentFromString(line, 'text'));
      const found = extractOfficials(ctx);
      found.push(...findForeignOfficials(ctx, found));
    }
  }
}
