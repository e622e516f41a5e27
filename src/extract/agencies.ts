// Named public bodies: every organization name whose head (Bộ, Cục, Công an, UBND...) is followed
// by a distinctive name or place; surface forms of one body are merged by an acronym-expanded key.
import type { Agency, Location, Mention, Official } from '../record/schema.js';
import { createContext, type ExtractContext } from './context.js';
// (OrgMatch objects made here too, never spread: `{ ...m }` makes another hidden class, and each first meeting of it threw away the parser's optimised code)
import { documentFromString } from '../input/load.js';
import { CLAUSE_OPENER_WORDS, FOOTBALL_FEDERATION_SHORT_HEAD, GLUED_OPENER_EXTRA_WORDS, NAME_FIELDS, ORG_HEADS, RELIGIOUS_NAME_WORDS, SECTORS, SENTENCE_OPENER_WORDS } from '../lexicon/organizations.js';
import { ACRONYMS } from '../lexicon/acronyms.js';
import { COUNTRIES, FOREIGN_CITIES, SINO_NAMING_COUNTRIES } from '../lexicon/places.js';
import { FOREIGN_BODY_NAMES, FOREIGN_SEAT_NAMES, SEAT_AS_HOUSE_WORDS, SEAT_AS_PLACE_WORDS } from '../lexicon/foreign-bodies.js';
import { foldForMatch, withoutMarks } from '../input/normalize.js';
import { OLD_PROVINCES } from '../lexicon/provinces.js';
import { RANKS } from '../lexicon/ranks.js';
import { NAMESAKE_PLACES } from '../lexicon/personal-names.js';
import { acronymExpansion, SECTOR_TABLE, analyse, startsFamilyName, isNameWord, tokenAt, expandedKey, ASSOCIATION_HEADS, COUNTRY_FORMS_FOLDED, orgMatch, STOP_TABLE, isForeignNameWord, isWordLetter, COUNTRY_TABLE, PARTY_CELL_HEAD, PARTY_HEAD, quotedPartyAt, lexiconWordId, ownOfficeBodyAt, isFamilyWord, Gap, isLevelAt, LEVEL_TABLE, matchAt, ORG_TABLE, CLOSING_BRACKET_RE, ownerOfAt, parseOrgAt, mayReadAgency, phraseTable, placeAcrossBracketEnd, placeAfterAcronymBracket, readsAsDelegation, PLACE_TABLE, RANK_TABLE, tokAt, tokensKey, VIETNAMESE_SYLLABLE_RE, type OrgMatch, type Token } from './organization-parse.js';

const NHA_ID = lexiconWordId('nhà'), TOA_ID = lexiconWordId('tòa'), BAN_ID = lexiconWordId('ban');
/** Id of a word compared with a token's folded text (-2, matching no token, if the word is not in folded form). */
const exactWordId = (w: string) => (foldForMatch(w) === w ? lexiconWordId(w) : -2);
const CUC_ID = exactWordId('cục'), NUOC_ID = exactWordId('nước');
/**
 * Words that open the next sentence or a caption, glued with a capital to a name when its full stop is lost ("Cục BVTV Tiếp
 * đến,", "UBND huyện Minh Hóa Ngoài trường hợp", "Công đoàn TP Ảnh: Hồng Đào", "Cục Quản lý Y dược cổ truyền Đến nay").
 * Not "các"/"những", which title-case names hold ("Ban Quản lý Các khu công nghiệp"), nor "ông"/"bà", places' syllables
 * ("Đồn Biên phòng Cát Bà").
 */
const NOT_GLUED_OPENER_WORDS = ['các', 'những', 'ông', 'bà'];
const GLUED_OPENER_IDS = new Set([...SENTENCE_OPENER_WORDS, ...CLAUSE_OPENER_WORDS, ...GLUED_OPENER_EXTRA_WORDS]
  .filter((w) => !NOT_GLUED_OPENER_WORDS.includes(w)).map(lexiconWordId));
/**
 * The name without a capitalised sentence opener as its last word, not its body's first word nor a place's syllable ("Đại
 * Từ", "Vĩnh Tuy"): the opener has a lower-case word after it, or the colon of a photo credit. Null when there is none.
 */
function withoutGluedOpener(toks: Token[], m: OrgMatch, text: string): OrgMatch | null {
  const q = m.end - 1;
  const t = toks[q];
  if (!t.cap || t.acro || t.gap !== Gap.Space || q <= m.bodyStart || !GLUED_OPENER_IDS.has(t.w)) return null;
  const n = toks[m.end];
  if (!(n && n.gap === Gap.Space && !n.cap && !n.num) && text.charCodeAt(t.e) !== 58) return null;
  for (let p = q - 1; p >= m.bodyStart && q - p <= 3; p--) if ((matchAt(toks, p, PLACE_TABLE)?.len ?? 0) > q - p) return null;
  // ("huyện Đại Từ": right after a level word and one syllable it may be the unit's name; right after the level word alone no
  // one-syllable unit is named by an opener, "Hội đồng Kiến trúc-Quy hoạch TP Theo quyết định")
  if (isLevelAt(toks, q - 2) > 0 && toks[q - 1].cap) return null;
  return orgMatch(m.start, q, m.head, m.bodyStart, m.agency, m.bracket < q ? m.bracket : -1);
}

/**
 * A sports team after a lower-case "đội", not a unit: the name opens with a place or country ("đội Hà Nội T&T", "đội Thụy
 * Sỹ"), a foreign name ("đội Lazio", "đội Pogba"), a lone letter ("đội B") or an acronym no unit is known by ("đội SLNA",
 * "đội SHB Đà Nẵng", "đội HAGL"); units open with their remit ("đội CSGT", "đội Cảnh sát hình sự", "đội QLTT số 6").
 */
function teamAfterLowerSquadWord(toks: Token[], i: number, m: OrgMatch, text: string): boolean {
  if (toks[i].cap || m.head.head !== 'Đội' || m.bodyStart >= m.end) return false;
  const b = toks[m.bodyStart];
  if (b.gap !== Gap.Space || b.num) return false;
  if (b.acro) return b.e - b.s === 1 || (!/\d/.test(b.f) && ACRONYMS[b.f.toUpperCase()] === undefined);
  return b.e - b.s === 1 || !!matchAt(toks, m.bodyStart, PLACE_TABLE) || isForeignNameWord(text, b);
}

/** Measures a count or an amount is given in, after a number that closes a name. */
const MEASURE_IDS = new Set(['triệu', 'tỷ', 'tỉ', 'nghìn', 'ngàn', 'đồng', 'usd', 'km', 'kg', 'tấn', 'chiếc', 'người', 'tuổi'].map(lexiconWordId));
/** Spans of time, a count only when no date follows ("Công an phường X 4 ngày," but "UBND quận 2 ngày 7-2"). */
const SPAN_IDS = new Set(['ngày', 'tháng', 'năm', 'giờ'].map(lexiconWordId));
const NUMBERED_BY_IDS = new Set(['số', 'vực', 'khu'].map(lexiconWordId));
/**
 * The name without a count or amount read as its last word ("Công an quận Hải Châu 10 triệu đồng", "UBND phường Trung Tự 30
 * tháng tù", "đảng Công lý 5%"): a number after the body's own words (not right after its head, a level word or "số":
 * "Sư đoàn 356", "quận 2", "Đội CSGT số 6"), a measure after it. Null when there is none; a body left with no name is dropped.
 * A numbered unit's number is its own, after a branch word too ("Lữ đoàn Công binh 229 năm nay").
 */
function withoutCountedNumber(toks: Token[], m: OrgMatch, text: string): OrgMatch | null {
  if (m.head.needs === 'number') return null;
  const q = m.end - 1;
  const t = toks[q];
  if (!t.num || q <= m.bodyStart || t.gap !== Gap.Space) return null;
  const p = toks[q - 1];
  if (p.num || NUMBERED_BY_IDS.has(p.w) || isLevelAt(toks, q - 1) > 0) return null;
  const n = toks[m.end];
  const measured = text.charCodeAt(t.e) === 37 || (!!n && n.gap === Gap.Space && (MEASURE_IDS.has(n.w) || (SPAN_IDS.has(n.w) && !toks[m.end + 1]?.num)));
  return measured ? orgMatch(m.start, q, m.head, m.bodyStart, m.agency, m.bracket < q ? m.bracket : -1) : null;
}

const CREDIT_WORD_IDS = new Set(['ảnh', 'nguồn', 'theo', 'clip', 'video'].map(lexiconWordId));
const EVENT_WORDS = new Set(['đỉnh', 'nghị', 'đàn', 'lễ', 'năm', 'tuần', 'hội']);
/** The G groupings, written with one capital and digits (no acronym to the tokenizer), read like one inside an event's name. */
const GROUPING_IDS = new Set(['g7', 'g8', 'g20'].map(lexiconWordId));
const GROUP_OF_HEAD = 'Nhóm các';

const EVENT_NAME_WORDS = new Set(['cup', 'championship', 'championships', 'games', 'open', 'awards', 'award', 'summit', 'forum', 'suzuki', 'league', 'world', 'expo', 'festival']);

/** Two-word event heads: "tuần lễ cấp cao APEC", "hội nghị các bộ trưởng ... APEC". Keyed by the second word. */
const EVENT_HEADS = new Map([['lễ', 'tuần'], ['nghị', 'hội'], ['đỉnh', 'thượng'], ['đàn', 'diễn'], ['cao', 'cấp']]);
/** Words that end an event's name before a body: the body runs or joins the event ("Diễn đàn do VCCI phối hợp tổ chức"). */
const EVENT_AGENT_IDS = new Set(['do', 'bởi', 'của', 'với', 'và', 'cùng'].map(lexiconWordId));
/** An event head within the few words before token i, in the same clause and the same name. */
function inEventName(toks: Token[], i: number): boolean {
  for (let k = i - 1; k > 0 && k >= i - 8; k--) {
    if (EVENT_AGENT_IDS.has(toks[k].w)) return false;
    if (EVENT_HEADS.get(toks[k].f) === toks[k - 1].f && toks[k].gap === Gap.Space) return true;
    if (toks[k].gap !== Gap.Space) return false;
  }
  return false;
}

const AGREEMENT_ID = lexiconWordId('định'), HIEP_ID = lexiconWordId('hiệp');
/** "Hiệp định ..." or "FTA" within the ten words before token i (a dash's partner), in the same clause ("tự do" is no agent here). Rare: an acronym after a dash only. */
function inAgreementName(toks: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 10; k--) {
    if ((k > 0 && toks[k].w === AGREEMENT_ID && toks[k - 1].w === HIEP_ID) || (toks[k].acro && toks[k].f === 'fta')) return true;
    if (toks[k].gap !== Gap.Space && toks[k].gap !== Gap.Dash) return false;
  }
  return false;
}
/**
 * A G grouping that names no group of states: its summit, in brackets after the event's description ("hội nghị thượng đỉnh
 * nhóm 20 nền kinh tế lớn nhất thế giới (G20)", further back than a name's eight words), or, written bare, any word but one of
 * its members or its leaders before it ("các nước G7", "nhóm G8", "lãnh đạo G20", "Tuyên bố chung của G7"; not the coffee
 * "cà phê G7", the phone "LG V30 và G7", "trước thềm G20").
 */
function groupingNotStates(toks: Token[], i: number): boolean {
  const gap = toks[i].gap;
  if (gap === Gap.Space) return !GROUP_MEMBER_IDS.has(toks[i - 1].w);
  if (gap !== Gap.Paren) return false;
  for (let k = i - 1; k > 0 && k >= i - 16; k--) {
    if (EVENT_HEADS.get(toks[k].f) === toks[k - 1].f && toks[k].gap === Gap.Space) return true;
    if (toks[k].gap !== Gap.Space) return false;
  }
  return false;
}
/** Last words of a grouping's members, leaders or partners before its name ("nước", "nhóm", "khối", "lãnh đạo", "thành viên", "đối tác", "ngoại trưởng"), and "của". */
const GROUP_MEMBER_IDS = new Set(['nước', 'nhóm', 'khối', 'đạo', 'viên', 'tác', 'trưởng', 'của'].map(lexiconWordId));

/**
 * Words after an international body's acronym that make it an event's name: the year of the event ("Năm APEC 2017", "phục
 * vụ APEC 2017"), or a tournament's words within the next three capitalised ones ("FIFA U20 World Cup", "AFC Champions League").
 */
function acronymOpensEvent(toks: Token[], k: number, text: string): boolean {
  const t = toks[k];
  if (t.num) return t.e - t.s === 4 && (text.startsWith('20', t.s) || text.startsWith('19', t.s));
  for (let q = k; q < toks.length && q < k + 3 && toks[q].gap === Gap.Space && (toks[q].cap || toks[q].num); q++) if (EVENT_NAME_WORDS.has(toks[q].f)) return true;
  return false;
}

const CONVENTION_ID = exactWordId('ước'), OF_ID = exactWordId('của');
/** Right before i: "Công ước" or "Công ước của" (a convention named after the body). */
function afterConventionWord(toks: Token[], i: number): boolean {
  const k = toks[i - 1].w === OF_ID && i > 1 && toks[i - 1].gap === Gap.Space ? i - 2 : i - 1;
  return toks[k].w === CONVENTION_ID && k > 0 && toks[k - 1].w === CONG_ID && toks[k].gap === Gap.Space;
}

/** Heads that are also the inner words of longer heads (Ban Tổ chức, Hội Liên hiệp, Tổng Liên đoàn Lao động). */
const HEAD_INNER_WORDS = new Set(['Tổ chức', 'Liên hiệp', 'Liên đoàn Lao động', 'LĐLĐ', 'Vệ binh Cách mạng', 'Vệ binh Cách mạng Hồi giáo', 'Vệ binh Quốc gia']);
/** Guards written with or without "Lực lượng" and "Hồi giáo" are one body ("Lực lượng Vệ binh Cách mạng Hồi giáo Iran", "Vệ binh Cách mạng Iran"). */
const GUARD_HEADS = new Set(['Lực lượng Vệ binh Cách mạng', 'Lực lượng Vệ binh Cách mạng Hồi giáo', 'Lực lượng Vệ binh Quốc gia', 'Vệ binh Cách mạng Hồi giáo']);
/** First words of business heads of two or more words ("Tập đoàn", "Tổng công ty"): a head right after one is inside it. */
const BUSINESS_HEAD_FIRST_WORDS = new Set(ORG_HEADS.filter((h) => !h.agency && h.head.includes(' ')).map((h) => lexiconWordId(h.head.split(' ')[0])));
/** First words of a head that make one word with the head after them: "Tổng" Lãnh sự quán, "Hiệp" Hội, "Ủy" Ban, "Chi" Cục. */
// ("Chi Cục Thú y tỉnh Hà Tĩnh": a branch department written with a capital "Cục" is no "Cục" of its own)
const SAME_BODY_PREFIX_IDS = new Set(['tổng', 'hiệp', 'ủy', 'chi'].map(lexiconWordId));
const CUC_PREFIX_IDS = new Set(['tổng', 'chi'].map(lexiconWordId));
const PARTY_CENTRE_HEADS = new Set(['Trung ương Đảng', 'T.Ư Đảng', 'TƯ Đảng', 'TW Đảng']);
const SUB_UNIT_HEADS = new Set(['Phòng', 'Ban', 'Đội', 'Văn phòng', 'Ban Quản lý']);
const THUOC_ID = lexiconWordId('thuộc'), CUA_ID = lexiconWordId('của'), QUAN_ID = lexiconWordId('quan');
/** The words at k attach a business as parent: " - Công ty ...", ", Tập đoàn ...", "thuộc Công ty ...". */
function ofBusinessAt(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (!t) return false;
  const at = (t.gap === Gap.Dash || t.gap === Gap.Comma) ? k : t.gap === Gap.Space && (t.w === THUOC_ID || t.w === CUA_ID) && toks[k + 1]?.gap === Gap.Space ? k + 1 : -1;
  if (at < 0 || !toks[at].cap) return false;
  const o = matchAt(toks, at, ORG_TABLE);
  return !!o && !o.value.agency && BUSINESS_HEADS.has(o.value.head);
}
/** Heads of hospitals, schools and institutes, whose departments are theirs, no public body's. */
const SCHOOL_HOSPITAL_HEADS = new Set(['Bệnh viện', 'BV', 'Trường', 'Trường Đại học', 'Đại học', 'ĐH', 'Trường ĐH', 'Học viện', 'Viện']);
/**
 * After the unit m: "(Bệnh viện X", " - Trường Y", "thuộc Học viện Z", or ", Bệnh viện X" after a name that holds no place
 * ("Phòng Giáo dục huyện X, Trường Y" lists two bodies).
 */
function ofSchoolOrHospitalAt(toks: Token[], m: OrgMatch): boolean {
  const t = tokAt(toks, m.end);
  if (!t) return false;
  const at = t.gap === Gap.Dash || t.gap === Gap.Comma || t.gap === Gap.Paren ? m.end : t.gap === Gap.Space && t.w === THUOC_ID && toks[m.end + 1]?.gap === Gap.Space ? m.end + 1 : -1;
  if (at < 0 || !toks[at].cap || !(toks[at].k & ORG_TABLE.bit)) return false;
  const o = matchAt(toks, at, ORG_TABLE);
  if (!o || o.value.agency || !SCHOOL_HOSPITAL_HEADS.has(o.value.head)) return false;
  if (t.gap !== Gap.Comma) return true;
  for (let q = m.bodyStart; q < m.end; q++) if (toks[q].k & (LEVEL_TABLE.bit | PLACE_TABLE.bit) && (matchAt(toks, q, LEVEL_TABLE) || matchAt(toks, q, PLACE_TABLE))) return false;
  return true;
}
const CHANH_ID = exactWordId('chánh');
/** Token k opens a body that needs a name or place after its head (UBND, Bộ, Ban, Sở...). */
function startsNamedBody(toks: Token[], k: number): boolean {
  const o = toks[k] && toks[k].gap === Gap.Space && toks[k].cap ? matchAt(toks, k, ORG_TABLE) : null;
  return !!o && o.value.agency && (o.value.needs === 'name' || o.value.needs === 'place');
}
const POST_LAST_WORD_IDS = new Set(['tướng', 'tịch', 'thư', 'trưởng', 'đốc'].map(exactWordId));
const BUSINESS_HEADS = new Set(['Tập đoàn', 'Tổng công ty', 'Công ty', 'Ngân hàng', 'Xí nghiệp', 'Nhà máy', 'Doanh nghiệp', 'Hợp tác xã']);

/** Token i closes a capitalised head of a business, school or paper of one to three words ("Xí nghiệp", "Học viện", "Nhà xuất bản"). */
function afterCapitalisedNonAgencyHead(toks: Token[], i: number): boolean {
  for (let d = 1; d <= 3 && i - d >= 0; d++) {
    if (toks[i - d + 1].gap !== Gap.Space) return false;
    const t = toks[i - d];
    // ("tin báo Công an thị trấn X", "Hội trường UBND": lower-case, such a word is no head)
    const o = t.cap && t.k & ORG_TABLE.bit ? matchAt(toks, i - d, ORG_TABLE) : null;
    if (o && o.len === d && !o.value.agency) return true;
  }
  return false;
}
/** Token i follows ") " closing the bracketed acronym of a business's, school's or paper's head ("Nhà Xuất bản (NXB) Hội ..."). */
function bracketedNonAgencyHeadBefore(toks: Token[], i: number, text: string): boolean {
  const a = toks[i - 1];
  if (toks[i].s - a.e !== 2 || text.charCodeAt(a.e) !== 41 || !(a.k & ORG_TABLE.bit)) return false;
  const o = matchAt(toks, i - 1, ORG_TABLE);
  return !!o && o.len === 1 && !o.value.agency;
}
const QUANTIFIER_IDS = new Set(['các', 'những', 'số', 'nhiều', 'mọi', 'mỗi'].map(lexiconWordId));
function capitalAfterHead(toks: Token[], from: number, end: number): boolean {
  for (let q = from; q < end; q++) if (toks[q].cap || toks[q].num) return true;
  return false;
}

/**
 * Cities abroad and the city territories (Hong Kong, Ma Cao): "cảnh sát Seoul", "Cảnh sát Hong Kong" name that city's
 * one police force. (A country's police is left out: the gold takes "cảnh sát Anh", "cảnh sát Mỹ" as no one body.)
 */
const CITY_TERRITORY_FORMS = COUNTRIES.filter((c) => c.forms.some((f) => f === 'Hong Kong' || f === 'Ma Cao')).flatMap((c) => c.forms);
const POLICE_CITY_TABLE = phraseTable([...FOREIGN_CITIES.flatMap((c) => c.forms), ...CITY_TERRITORY_FORMS].map((f) => [f, true] as [string, boolean]), false);
const CANH_ID = lexiconWordId('cảnh'), SAT_ID = lexiconWordId('sát');
/**
 * "cảnh sát Seoul" at token i: a foreign city's police, which no head word opens ("cảnh" is in the head list as the
 * first word of "Cảnh sát biển", so the tokenizer lists it). Null when not so, or inside the last body read ("Sở Cảnh sát London").
 */
function cityPoliceAt(ctx: ExtractContext, toks: Token[], i: number, prev: Found | undefined): Found | null {
  const city = toks[i + 2];
  if (toks[i + 1]?.w !== SAT_ID || toks[i + 1].gap !== Gap.Space || !city || city.gap !== Gap.Space) return null;
  // ("Cảnh sát quốc gia Indonesia", "Cảnh sát Quốc gia Philippines (PNP)": a country's national police, keyed by its country)
  const national = city.w === POLICE_QUOC_ID ? nationalPoliceLen(toks, i) : 0;
  if (!city.cap && !national) return null;
  const m = national ? (toks[i].cap ? countryPoliceAt(ctx, toks, i, national) : lowerCountryPoliceAt(toks, i, national))
    : matchAt(toks, i + 2, POLICE_CITY_TABLE) ?? (toks[i].cap ? countryPoliceAt(ctx, toks, i) : lowerCountryPoliceAt(toks, i));
  if (!m) return null;
  const end = i + 2 + national + m.len;
  // ("Cảnh sát New York Times" names no police)
  if ((toks[end]?.gap === Gap.Space && toks[end].cap) || (prev && prev.m.end > i)) return null;
  const s = toks[i].s, e = toks[end - 1].e;
  // "Cảnh sát Liên bang Mỹ (FBI)": the acronym in brackets is the force's other name
  const b = toks[end];
  const bracket = b !== undefined && b.gap === Gap.Paren && b.acro && ctx.text.charCodeAt(b.e) === 41 ? end : -1;
  const om: OrgMatch = { start: i, end, head: POLICE_HEAD, bodyStart: i + 2, agency: true, bracket };
  const acronymAlias: Mention | null = bracket >= 0 ? { text: ctx.text.slice(b.s, b.e), span: [b.s, b.e] } : null;
  return { m: om, text: ctx.text.slice(s, e), name: ctx.text.slice(s, e), span: [s, e], acronymAlias, sameAs: null, keyStart: i, nameAlias: null };
}
const POLICE_HEAD = { head: 'Cảnh sát', needs: 'place', agency: true } as const;
/**
 * "Cảnh sát Indonesia thông báo": a country's police written capitalised in the body is that country's force, as the golds
 * read it (lower-case "cảnh sát Mỹ" is police in general; a headline's capital says nothing). Rare: kept out of cityPoliceAt.
 */
function countryPoliceAt(ctx: ExtractContext, toks: Token[], i: number, d = 0): { readonly len: number } | null {
  return toks[i].s >= ctx.bodyStart && toks[i + 2 + d].k & COUNTRY_TABLE.bit ? matchAt(toks, i + 2 + d, COUNTRY_TABLE) : null;
}
const POLICE_QUOC_ID = lexiconWordId('quốc'), POLICE_GIA_ID = lexiconWordId('gia');
/** 2 when "quốc gia" (either case) after "cảnh sát" at i comes before a capitalised country word, else 0. Rare: a "quốc" after "cảnh sát" only. */
function nationalPoliceLen(toks: Token[], i: number): number {
  const g = toks[i + 3], c = toks[i + 4];
  return g?.w === POLICE_GIA_ID && g.gap === Gap.Space && !!c && c.cap && c.gap === Gap.Space && !!(c.k & COUNTRY_TABLE.bit) ? 2 : 0;
}

/** Words right before a lower-case "cảnh sát" that make it officers, not the force: counts, "viên", "sĩ quan", "quan chức", "nữ". */
// (and its places, vehicles, units and pupils: "một sở cảnh sát Trung Quốc", "đồn cảnh sát", "xe cảnh sát", "các đơn vị cảnh sát", "một nhóm
// cảnh sát", "nữ sinh cảnh sát Nga", "vụ cảnh sát ... sát hại"; a count, "1 cảnh sát Philippines")
const OFFICERS_BEFORE_IDS = new Set(['một', 'các', 'những', 'hai', 'ba', 'bốn', 'nhiều', 'vài', 'mấy', 'viên', 'chức', 'nữ', 'cựu', 'người', 'gã', 'tên', 'anh', 'chàng',
  'sở', 'đồn', 'trạm', 'xe', 'vị', 'vụ', 'nhóm', 'toán', 'sinh'].map(lexiconWordId));
const QUAN_OFFICER_ID = lexiconWordId('quan'), SI_ID = lexiconWordId('sĩ');
/** "cảnh sát Mỹ", "cảnh sát Hoa Kỳ" written lower-case: the US has no one national police, so it is police in general there. */
// (nor Việt Nam's, whose police is "Công an": "cảnh sát Việt Nam" is police in general)
const US_FORM_IDS = new Set(['mỹ', 'hoa', 'việt'].map(lexiconWordId));
/**
 * "cảnh sát Brazil gửi Tòa án Tối cao", "Stefan bị cảnh sát Campuchia cáo buộc": a country's police written lower-case is that
 * country's force as it is capitalised, unless officers are meant ("một cảnh sát Indonesia", "sĩ quan cảnh sát Anh") or the
 * country polices by its states and cities ("cảnh sát Mỹ").
 * Rare: kept out of cityPoliceAt.
 */
function lowerCountryPoliceAt(toks: Token[], i: number, d = 0): { readonly len: number } | null {
  if (!(toks[i + 2 + d].k & COUNTRY_TABLE.bit) || US_FORM_IDS.has(toks[i + 2 + d].w)) return null;
  if (i > 0 && toks[i].gap === Gap.Space) {
    const b = toks[i - 1].w;
    if (OFFICERS_BEFORE_IDS.has(b) || toks[i - 1].num || (b === QUAN_OFFICER_ID && i > 1 && toks[i - 2].w === SI_ID)) return null;
  }
  return matchAt(toks, i + 2 + d, COUNTRY_TABLE);
}
const FORCE_HEAD = { head: 'Lực lượng', needs: 'country', agency: true } as const;
const VU_WORD_ID = lexiconWordId('vũ'), TRANG_ID = lexiconWordId('trang');
const MANY_BEFORE_IDS = new Set(['các', 'những', 'vị'].map(lexiconWordId));
// ("Lực lượng Houthi tại Yemen", "Lực lượng Đặc nhiệm của Mỹ": where a force is, or whose, is no part of its name)
const NOT_IN_FORCE_NAME_IDS = new Set(['tại', 'của', 'ở', 'được', 'và', 'do', 'với', 'cho'].map(lexiconWordId));
/**
 * "Lực lượng Dân chủ Syria (SDF)", "Lực lượng Hạt nhân Chiến lược Nga", "lực lượng vũ trang Nga": a force named in title case
 * (each capitalised syllable with at most one lower-case one after it) and closed by its country is that one body; so is a
 * country's "lực lượng vũ trang" in lower case. Null when a head inside the name reads it ("Lực lượng Không quân Nga"), when a
 * country comes first ("Lực lượng Syria được Mỹ hậu thuẫn"), inside a capitalised name ("Ủy ban Lực lượng Vũ trang ..."),
 * or after "các" (many forces). The caller has checked that toks[i] is "lực".
 */
function countryForceAt(toks: Token[], i: number, text: string): Found | null {
  if (toks[i + 1]?.w !== LUONG_ID || toks[i + 1].gap !== Gap.Space) return null;
  if (i > 0 && toks[i].gap === Gap.Space && (toks[i - 1].cap || MANY_BEFORE_IDS.has(toks[i - 1].w))) return null;
  let k = i + 2;
  if (!toks[i].cap) {
    // (lower case: only the armed forces, "lực lượng vũ trang Nga")
    if (toks[k]?.w !== VU_WORD_ID || toks[k + 1]?.w !== TRANG_ID || toks[k + 1].gap !== Gap.Space) return null;
    k += 2;
  } else {
    // ("Lực lượng Vũ trang Cách mạng Colombia": a force the head list names is read by its head; "Lực lượng Cảnh sát quốc gia
    // Indonesia" is the country's police, read as such and keyed with "Cảnh sát Indonesia")
    if (matchAt(toks, i, ORG_TABLE) || (toks[i + 2]?.w === CANH_ID && toks[i + 3]?.w === SAT_ID)) return null;
    // ("Lực lượng Tác chiến đặc biệt Nga", "Lực lượng Vệ binh cách mạng Iran": a capitalised word may take up to three lower-case
    // ones, past the first none that is a stop word or opens another body: "Lực lượng Tiger quân đội Syria")
    let lastCap = i + 2;
    for (; k < i + 7; k++) {
      const t = toks[k];
      if (!t || t.gap !== Gap.Space || t.num) return null;
      if (k > i + 2 && t.k & COUNTRY_TABLE.bit && t.cap && matchAt(toks, k, COUNTRY_TABLE)) break;
      if (t.cap) lastCap = k;
      if (t.cap ? (t.k & COUNTRY_TABLE.bit && matchAt(toks, k, COUNTRY_TABLE)) || (t.k & ORG_TABLE.bit && matchAt(toks, k, ORG_TABLE))
        : k === i + 2 || k - lastCap > 3 || NOT_IN_FORCE_NAME_IDS.has(t.w) || (!toks[k - 1].cap && ((t.k & STOP_TABLE.bit && !!matchAt(toks, k, STOP_TABLE)) || (t.k & ORG_TABLE.bit && !!matchAt(toks, k, ORG_TABLE))))) return null;
    }
  }
  const t = toks[k];
  const c = t !== undefined && t.gap === Gap.Space && t.cap && t.k & COUNTRY_TABLE.bit ? matchAt(toks, k, COUNTRY_TABLE) : null;
  if (!c) return null;
  const end = k + c.len;
  if (!toks[i].cap && armyNamedToo(text, toks[k].s, toks[end - 1].e)) return null;
  // ("Lực lượng Hỗn hợp Mỹ - Hàn", "lực lượng vũ trang Mỹ - Hàn": two countries' joint forces are no one state's)
  // (not its acronym after a dash: "Lực lượng Dân chủ Syria - SDF")
  if ((toks[end]?.gap === Gap.Space || (toks[end]?.gap === Gap.Dash && !toks[end].acro)) && toks[end].cap) return null;
  const s = toks[i].s, e = toks[end - 1].e;
  // ("Lực lượng Dân chủ Syria (SDF)": the acronym in brackets is the force's other name)
  const b = toks[end];
  const bracket = b !== undefined && b.gap === Gap.Paren && b.acro && text.charCodeAt(b.e) === 41 ? end : -1;
  const acronymAlias: Mention | null = bracket >= 0 ? { text: text.slice(b.s, b.e), span: [b.s, b.e] } : null;
  return { m: orgMatch(i, end, FORCE_HEAD, i + 2, true, bracket), text: text.slice(s, e), name: text.slice(s, e), span: [s, e], acronymAlias, sameAs: null, keyStart: i, nameAlias: null };
}

/** "lực lượng vũ trang Nga" in a text that also writes "quân đội Nga": the one military, already read by its army's name. */
function armyNamedToo(text: string, countryStart: number, countryEnd: number): boolean {
  return text.includes('uân đội ' + text.slice(countryStart, countryEnd));
}

/** "Cơ quan Tình báo Trung ương Mỹ": the service at i is the whole name of the "Cơ quan" just read (rare: kept out of findAgencyNames). */
function isWholeServiceOfOuter(toks: Token[], i: number, at: NonNullable<ReturnType<typeof matchAt<OrgMatch['head']>>>, found: Found[], text: string): boolean {
  if (i <= 1 || toks[i - 1].w !== QUAN_ID || at.value.needs !== 'country') return false;
  const outer = found.length > 0 ? found[found.length - 1] : undefined;
  if (!outer || outer.m.head.head !== 'Cơ quan' || outer.m.bodyStart !== i || outer.m.start >= i) return false;
  const inner = parseOrgAt(toks, i, { lowerHead: true, text, at });
  return !!inner && inner.end === outer.m.end;
}
/** The head at i opens the name of the numbered unit just read, right after its head word ("Vùng Cảnh sát biển 3"). */
function armOfNumberedUnit(toks: Token[], i: number, found: Found[]): boolean {
  const outer = found.length > 0 ? found[found.length - 1] : undefined;
  return !!outer && outer.m.bodyStart === i && outer.m.head.needs === 'number' && outer.m.end > i + 1 && toks[i].gap === Gap.Space;
}
/** The head at i, ending where the last body ends, reads that body again ("Tổng Lãnh sự quán X", "đảng Liên minh Dân chủ"). */
function repeatsLastBody(toks: Token[], i: number, m: OrgMatch, last: OrgMatch): boolean {
  return i === last.start + 1 && i < last.bodyStart ? SAME_BODY_PREFIX_IDS.has(toks[i - 1].w) && m.head.needs !== 'self'
    : i === last.bodyStart && last.start < i && last.head === PARTY_HEAD && ASSOCIATION_HEADS.has(m.head.head);
}
/** The body m is its head and one acronym, closing a bracket, and the body before it has the same head ("(Hội đồng TIFA)"). */
function headWithAcronym(toks: Token[], m: OrgMatch, prev: OrgMatch): boolean {
  const a = toks[m.end - 1], after = toks[m.end];
  // (not a parent named by its place: "Công an quận 5 (Công an TP.HCM)")
  return m.end - m.bodyStart === 1 && a.acro && !a.num && m.head.head === prev.head.head && prev.end - prev.bodyStart > 1 && (!after || after.gap !== Gap.Space)
    && !(a.k & PLACE_TABLE.bit && matchAt(toks, m.end - 1, PLACE_TABLE)) && !isLevelAt(toks, m.end - 1);
}
/**
 * The body m is a self-named body's acronym and more, opening a bracket right after a longer body: that body's short form with
 * where it sits ("Hiệp hội Thương mại Hoa Kỳ tại Việt Nam (AmCham VN)"); an acronym alone in brackets is read as the alias already.
 */
function selfNamedWithPlace(toks: Token[], m: OrgMatch, prev: OrgMatch): boolean {
  return m.head.needs === 'self' && m.bodyStart === m.start + 1 && m.end - m.start > 1 && prev.end - prev.start > 2 && toks[m.start].cap && !toks[m.start].num;
}
/** The body a bracketed name repeats (rare: kept out of findAgencyNames). */
function sameAsOf(prev: Found, prevIndex: number): number {
  return prev.sameAs ?? prevIndex;
}
/** "Đội Tuần duyên Mỹ": a "Đội" wrapped around a whole service is that service, keyed by it. */
function serviceKeyStart(toks: Token[], i: number, m: OrgMatch, text: string): number {
  if (matchAt(toks, m.bodyStart, ORG_TABLE)?.value.needs !== 'country') return i;
  const inner = parseOrgAt(toks, m.bodyStart, { lowerHead: true, text });
  return inner && inner.agency && inner.end === m.end ? m.bodyStart : i;
}

/** "... hai nước. Đoàn Nguyên", "Ảnh: Đoàn Nguyên.": a family-name head whose short name closes the text or follows a credit is a byline. */
function isBylineName(toks: Token[], i: number, m: OrgMatch, text: string): boolean {
  return (m.end === toks.length || (i > 0 && toks[i].gap === Gap.Break && CREDIT_WORD_IDS.has(toks[i - 1].w) && text.charCodeAt(toks[i - 1].e) === 58))
    && isFamilyWord(toks[i]) && m.end - m.bodyStart <= 2 && toks[i].gap !== Gap.Space;
}

const BAO_ID = lexiconWordId('báo');
const CHINH_ID = lexiconWordId('chính');
/** Words before "báo" that make it a newspaper (read, cited, credited, its reporter), unlike "thông báo", "trình báo", "họp báo", "tình báo". */
const NEWSPAPER_CUE_IDS = new Set(['theo', 'trên', 'đọc', 'tờ', 'pv', 'viên', 'ảnh', 'nguồn'].map(lexiconWordId));
/** The head at i is inside another name: a post's standing rank, a business's head, a place, a person, a building (checked before parsing). */
function insideAnotherName(toks: Token[], i: number, at: NonNullable<ReturnType<typeof matchAt<OrgMatch['head']>>>, found: Found[], text: string): boolean {
  // "Phó Thủ tướng Thường trực Chính phủ", "Phó Chủ tịch Thường trực UBND tỉnh": "Thường trực" after a post is the
  // post's standing rank; the body is what follows it
  if (i > 0 && POST_LAST_WORD_IDS.has(toks[i - 1].w) && toks[i].gap === Gap.Space && at.value.head.startsWith('Thường trực')) return true;
  // "Chánh Văn phòng UBND TP.HCM": "Chánh Văn phòng" is the post, the body is the one whose office it heads
  // (not an office named after a post or a body in itself: "Chánh Văn phòng Tổng thống Ukraine", "Văn phòng Nhà Trắng")
  if (i > 0 && toks[i].gap === Gap.Space && toks[i - 1].w === CHANH_ID && at.value.head === 'Văn phòng' && startsNamedBody(toks, i + at.len) && !ownOfficeBodyAt(toks, i + at.len, text)) return true;
  // ("chính phủ Tổng thống Syria Bashar al-Assad": the government of a president, not his office "Phủ Tổng thống")
  if (i > 0 && toks[i - 1].w === CHINH_ID && at.value.head.startsWith('Phủ ') && !toks[i].cap) return true;
  // "Tập Đoàn Vàng bạc đá quý DOJI": a head word inside a business's head is no body
  if (i > 0 && toks[i].gap === Gap.Space && toks[i - 1].cap && BUSINESS_HEAD_FIRST_WORDS.has(toks[i - 1].w)) {
    const outerHead = matchAt(toks, i - 1, ORG_TABLE);
    if (outerHead && outerHead.len > 1 && !outerHead.value.agency) return true;
  }
  // "Ban" in "Tây Ban Nha" is part of a place name.
  if (i > 0 && toks[i].gap === Gap.Space && toks[i - 1].cap && (toks[i - 1].k & PLACE_TABLE.bit)) {
    const p = matchAt(toks, i - 1, PLACE_TABLE);
    if (p && p.len > 1) return true;
  }
  // "thôn Sở Hạ", "xã Đoàn Thượng", "hồ Hội Sơn": a head right after a village's, commune's or lake's word opens that place's name
  // (not a body of the next unit: "bí thư xã Đoàn xã Phú Hải")
  if (i > 0 && toks[i].gap === Gap.Space && !toks[i - 1].cap && PLACE_NAME_BEFORE_IDS.has(toks[i - 1].w) && !levelAfterHead(toks, i + at.len)) return true;
  // "tòa nhà Quốc hội Anh": a building named after the body it houses
  if (i > 1 && toks[i].gap === Gap.Space && toks[i - 1].w === NHA_ID && toks[i - 2].w === TOA_ID && toks[i - 1].gap === Gap.Space) return true;
  // "theo báo Công an TP.HCM", "trên báo Quân đội nhân dân": a head right after a lower-case "báo" read, cited or credited is a newspaper's name
  if (i > 1 && toks[i].gap === Gap.Space && toks[i - 1].w === BAO_ID && !toks[i - 1].cap && NEWSPAPER_CUE_IDS.has(toks[i - 2].w)) return true;
  // "Xí nghiệp Liên hiệp Bột ngọt", "Nhà xuất bản Hội Nhà văn": a head right after a business's, school's or paper's head is inside that name
  if (i > 0 && toks[i].gap === Gap.Space && afterCapitalisedNonAgencyHead(toks, i)) return true;
  // "Nhà Xuất bản (NXB) Hội Nhà văn": or after that head's acronym in brackets
  if (i > 0 && toks[i - 1].gap === Gap.Paren && toks[i - 1].acro && bracketedNonAgencyHeadBefore(toks, i, text)) return true;
  // "Đinh Bộ Lĩnh": a head right after a family name is inside a person's or street's name
  // (not after "Đoàn" read as a delegation: "Đoàn Ủy ban Quân lực Thượng viện Hoa Kỳ")
  if (i > 0 && toks[i].gap === Gap.Space && toks[i - 1].cap && isFamilyWord(toks[i - 1]) && !(toks[i - 1].w === DOAN_ID && readsAsDelegation(toks, i - 1, text))) return true;
  // "Ban cán sự đảng UBND TP": the party word of a cell that names no one body is no party either
  if (i > 1 && toks[i].gap === Gap.Space && toks[i - 1].w === SU_ID && toks[i - 2].w === CAN_ID && toks[i].w === DANG_ID) return true;
  // "Tòa nhà Tổng Cục 2", "Tổng Cục lâm nghiệp": a capital "Cục" after "Tổng" or "Chi" is the tail of that head, even where
  // the whole head reads no body
  if (i > 0 && toks[i].w === CUC_ID && toks[i].gap === Gap.Space && toks[i - 1].cap && CUC_PREFIX_IDS.has(toks[i - 1].w)) return true;
  // "Tổng cục Hải quan Việt Nam": a service right after a department head is that department's sector
  if (i > 0 && toks[i].gap === Gap.Space && toks[i - 1].w === CUC_ID && at.value.needs === 'country') return true;
  // "Cơ quan Tình báo Trung ương Mỹ": a country's service that is the whole name after "Cơ quan" is that body, not another
  if (isWholeServiceOfOuter(toks, i, at, found, text)) return true;
  // "Vùng Cảnh sát biển 3": the service named right after a numbered unit's head is that unit's arm, no body of its own
  if (armOfNumberedUnit(toks, i, found)) return true;
  // "Thượng nghị viện Mỹ": the chamber's "nghị viện" is no parliament of its own
  if (i > 0 && toks[i].gap === Gap.Space && CHAMBER_WORD_IDS.has(toks[i - 1].w) && at.value.head === 'Nghị viện') return true;
  if (policeWordOfPost(toks, i)) return true;
  return false;
}
const DON_ID = exactWordId('đồn');
/** "Đồn Công an Co Mạ": the police word of a commune's post is the post's name, no force of its own ("Công an Co Mạ"). */
// (the word before read once, its capital first: a second 'i - 1' first reached at a post, after optimisation, deopted insideAnotherName)
function policeWordOfPost(toks: Token[], i: number): boolean {
  if (i <= 0 || toks[i].gap !== Gap.Space) return false;
  const prev = toks[i - 1];
  return prev.cap && prev.w === DON_ID;
}
const TRAFFIC_INSPECTORATE_HEAD = 'TTGT';
/** Two-word phrases as keys of their two lexicon word ids ("<id> <id>"), to test the two tokens before a body. */
const wordIdPairs = (phrases: string[]) => new Set(phrases.map((p) => p.split(' ').map((w) => lexiconWordId(foldForMatch(w))).join(' ')));
/** The words before a body that make it part of a building's or portal's name ("Trụ sở", "Cổng Thông tin điện tử", "Cổng TTĐT"). */
const SEAT_OR_PORTAL_PAIRS = wordIdPairs(['trụ sở', 'điện tử', 'cổng ttđt']);
function inSeatOrPortalName(toks: Token[], i: number): boolean {
  return i >= 2 && toks[i].gap === Gap.Space && toks[i - 1].gap === Gap.Space && SEAT_OR_PORTAL_PAIRS.has(toks[i - 2].w + ' ' + toks[i - 1].w);
}
const QUAN_ARMY_ID = lexiconWordId(foldForMatch('quân'));
/** Two-word forces before a government ("quân đội", "lực lượng", "binh sĩ", "binh lính"), as the ids of their two words. */
const FORCES_PAIRS = wordIdPairs(['quân đội', 'lực lượng', 'binh sĩ', 'binh lính']);
/** Token i follows, by a space, a word for troops: "quân", or one of the two-word forces. */
function afterForcesWord(toks: Token[], i: number): boolean {
  if (i < 1 || toks[i].gap !== Gap.Space) return false;
  if (toks[i - 1].w === QUAN_ARMY_ID) return true;
  return i >= 2 && toks[i - 1].gap === Gap.Space && FORCES_PAIRS.has(toks[i - 2].w + ' ' + toks[i - 1].w);
}
const CHAMBER_WORD_IDS = new Set(['thượng', 'hạ'].map(lexiconWordId));
const DOAN_ID = lexiconWordId(foldForMatch('đoàn'));
function levelAfterHead(toks: Token[], k: number): boolean {
  const t = toks[k];
  return t !== undefined && (t.k & LEVEL_TABLE.bit) !== 0 && matchAt(toks, k, LEVEL_TABLE) !== null;
}
/** Words of villages, communes and lakes, whose names may open with a head word ("thôn Hội Khánh", "xã Đội Bình"). */
const PLACE_NAME_BEFORE_IDS = new Set(['thôn', 'xóm', 'ấp', 'làng', 'xã', 'khóm', 'hồ', 'đập'].map(exactWordId));
const CAN_ID = lexiconWordId('cán'), SU_ID = lexiconWordId('sự'), DANG_ID = lexiconWordId('đảng');
function lowerAt(toks: Token[], k: number): boolean {
  const t = tokAt(toks, k);
  return t !== undefined && !t.cap && !t.num;
}
const LABOUR_HEAD = 'Công đảng', GANG_ID = exactWordId('băng');
const AD_HOC_BOARD_HEADS = new Set(ORG_HEADS.filter((h) => h.agency && (h.head === 'Ban' || h.head === 'Hội đồng' || h.head === 'Tiểu ban')));
/**
 * Tasks that name a board set up for one case, exam, prize or discipline, or a company's audit board (true); an appraisal's
 * or acceptance's board (false) is one only written bare: named with its project the golds keep it
 * ("Hội đồng Thẩm định dự án cao tốc Bắc - Nam").
 */
const AD_HOC_TASK_TABLE = phraseTable([
  ...['chuyên án', 'chấm thi', 'coi thi', 'ra đề', 'phúc khảo', 'chung khảo', 'sơ khảo', 'chấm giải', 'tuyển dụng',
    'tuyển sinh', 'xét tuyển', 'kiểm soát', 'kỷ luật', 'bình chọn', 'giải báo chí', 'giải thưởng'].map((w) => [w, true] as [string, boolean]),
  ...['thẩm định', 'nghiệm thu'].map((w) => [w, false] as [string, boolean]),
], false);
const QUOC_ID = exactWordId('quốc'), GIA_ID = exactWordId('gia'), NUOC_WORD_ID = exactWordId('nước'), TRUNG_ID = exactWordId('trung'), UONG_ID = exactWordId('ương');
/** The board's name holds another body's head, an acronym, or the state's level ("quốc gia", "Nhà nước", "Trung ương"). */
function ofParentOrState(toks: Token[], m: OrgMatch): boolean {
  for (let q = m.bodyStart + 1; q < m.end; q++) {
    const t = toks[q], w = t.w, next = toks[q + 1]?.w;
    if ((w === QUOC_ID && next === GIA_ID) || (w === NHA_ID && next === NUOC_WORD_ID) || (w === TRUNG_ID && next === UONG_ID)) return true;
    if (t.acro && !t.num) return true;
    if (t.cap && t.k & ORG_TABLE.bit && matchAt(toks, q, ORG_TABLE)?.value.agency) return true;
  }
  return false;
}
function namesAdHocTask(toks: Token[], k: number, end: number): boolean {
  const w = toks[k].w;
  if (w < 0 || w >= AD_HOC_TASK_TABLE.firsts.length || AD_HOC_TASK_TABLE.firsts[w] === null) return false;
  const task = matchAt(toks, k, AD_HOC_TASK_TABLE);
  return task !== null && (task.value || k + task.len === end);
}
/** First words of the administrative levels a body is "of" ("tỉnh", "TP", "thành phố", "thị xã"); not "trung ương", "khu vực". */
const LEVEL_FIRST_IDS = new Set(['tỉnh', 'huyện', 'quận', 'xã', 'phường', 'tp', 'thành', 'thị'].map(exactWordId));
/** Words after a level word that make another word of it ("tỉnh ủy", "tỉnh lộ", "xã hội", "Huyện đoàn"). */
const LEVEL_COMPOUND_IDS = new Set(['ủy', 'đoàn', 'lộ', 'hội', 'đội', 'trưởng', 'viên', 'nhà'].map(exactWordId));
/** At k a level word with no place after it: the next word is no name, number or second word of the level's compound. */
function closesOnBareLevel(toks: Token[], k: number): boolean {
  const lv = matchAt(toks, k, LEVEL_TABLE);
  if (!lv) return false;
  // (capitalised, only the city's "TP": "Tỉnh ủy" is no level word)
  if (toks[k].cap && !toks[k].acro) return false;
  const next = tokAt(toks, k + lv.len);
  return next === undefined || next.gap !== Gap.Space || (!next.cap && !next.num && !LEVEL_COMPOUND_IDS.has(next.w));
}
/** The body's name holds a place or a country ("MTTQ Việt Nam", "Phòng CSGT Hà Nội"). */
function namesPlace(toks: Token[], m: OrgMatch): boolean {
  for (let q = m.bodyStart; q < m.end; q++) if (toks[q].k & PLACE_TABLE.bit && matchAt(toks, q, PLACE_TABLE)) return true;
  return false;
}
/** "Ban Quản lý KKT tỉnh", "Văn phòng UBND TP ra văn bản": a body closed by a bare level word names no place, a type and a level
 * (not a body named in itself or with a place, whose own unit the level word opens: "Đoàn đại biểu Quốc hội tỉnh", "Ủy ban MTTQ Việt Nam thành phố"). */
function closedByBareLevel(toks: Token[], m: OrgMatch): boolean {
  return m.head.needs !== 'self' && closesOnBareLevel(toks, m.end) && !namesPlace(toks, m);
}
/** "Ban Chuyên án", "Ban Chấm thi", "Hội đồng Thẩm định", "Ban Kiểm soát công ty": a board named by its one task (a case, an exam,
 * an appraisal, a prize, a company's audit) is no public body, as the golds read them; not one of a named parent or of the whole
 * state ("Ban Kỷ luật VFF", "Hội đồng thẩm định Nhà nước", "Ban Tuyển sinh ... Bộ Quốc phòng"). */
function namesOneTask(toks: Token[], m: OrgMatch): boolean {
  return m.bodyStart < m.end && namesAdHocTask(toks, m.bodyStart, m.end) && !ofParentOrState(toks, m);
}
/** "băng đảng MS-13": a gang is no party; "Công đảng Jeremy Corbyn", "Công đảng Australia": Labour's party word is no party of its own. */
function noPartyOfItsOwn(toks: Token[], i: number, prevFound: Found | undefined): boolean {
  if (i > 0 && toks[i].gap === Gap.Space && toks[i - 1].w === GANG_ID) return true;
  return !!prevFound && prevFound.m.start === i - 1 && prevFound.m.head.head === LABOUR_HEAD;
}
/** "Ban chấp hành Đảng bộ Viện Kiểm" of "... Viện Kiểm sát Nhân dân tỉnh": a name that ends inside another body's head was cut mid-word. */
function endsInsideHead(toks: Token[], m: OrgMatch): boolean {
  for (let q = Math.max(m.bodyStart, m.end - 3); q < m.end; q++) {
    const t = toks[q];
    if (t.cap && t.k & ORG_TABLE.bit) { const h = matchAt(toks, q, ORG_TABLE); if (h && q + h.len > m.end) return true; }
  }
  return false;
}
const SO_ID = exactWordId('sở');
/**
 * The inspectorate's parent is "Sở" and its sector, as acronyms or written out, with no place after it ("Thanh tra Sở GTVT",
 * "Thanh tra Sở NN-PTNT", "chánh Thanh tra Sở Xây dựng nói").
 */
function inspectsBareDepartment(toks: Token[], m: OrgMatch): boolean {
  const so = toks[m.bodyStart];
  if (!so || so.w !== SO_ID || m.end - m.bodyStart < 2) return false;
  const sectorWritten = matchAt(toks, m.bodyStart + 1, SECTOR_TABLE)?.len === m.end - m.bodyStart - 1;
  if (!sectorWritten) for (let q = m.bodyStart + 1; q < m.end; q++) if (!toks[q].acro || (q > m.bodyStart + 1 && toks[q].gap === Gap.Space)) return false;
  return !namesPlace(toks, m);
}
/** The national broadcasters' channels by their acronym (VTV3, VOV1, HTV7, VTC14): media, whose boards and offices are none. */
const BROADCAST_CHANNEL_RE = /^(?:VTV|VOV|HTV|VTC)\d*$/;
/** The body read at i names no one public body of its own: part of the last one, an event, a business's unit, a byline. */
function notOneBody(toks: Token[], i: number, m: OrgMatch, prevFound: Found | undefined, text: string): boolean {
  // "Giao Thanh tra Sở GTVT chủ trì": the inspectorate of a department named by its sector's acronym alone, no place, is a
  // type, as "Thanh tra Sở Xây dựng" and a bare "Sở GDĐT" are
  if (m.head.head === 'Thanh tra' && inspectsBareDepartment(toks, m)) return true;
  // "Một số Hiệp hội doanh nghiệp", "các Ban quản lý dự án": a type in sentence case after a quantifier is many bodies, no one
  if (i > 0 && toks[i].gap === Gap.Space && QUANTIFIER_IDS.has(toks[i - 1].w) && !capitalAfterHead(toks, m.bodyStart, m.end)) return true;
  // "Trưởng ban VTV3", "Ban Thời sự VTV": a board closed by a channel's name is the channel's, media
  if (m.end > m.bodyStart && toks[m.end - 1].acro && BROADCAST_CHANNEL_RE.test(text.slice(toks[m.end - 1].s, toks[m.end - 1].e))) return true;
  // "Ban Tổ chức Chương trình ...": an event's organizing board, not "Tổ chức Chương"
  if (m.head.head === 'Tổ chức' && i > 0 && toks[i].gap === Gap.Space && toks[i - 1].w === BAN_ID) return true;
  // "Tổng Lãnh sự quán X", "Hiệp Hội X", "Ủy Ban X", "đảng Liên minh Dân chủ": a head read after the first word of the last
  // body's head (or right after a party's), ending with it, is that body again (a committee's parent is kept, as the gold
  // keeps it: "Trung ương Hội Nông dân Việt Nam", "Ủy ban Kiểm tra Tỉnh ủy X", "Ủy ban Thường vụ Quốc hội")
  if (prevFound && m.end === prevFound.m.end && repeatsLastBody(toks, i, m, prevFound.m)) return true;
  // "Ban Tuyên giáo Trung ương Đảng": the party's centre closing a board's name is that board's level, no body of its own
  if (PARTY_CENTRE_HEADS.has(m.head.head) && prevFound && prevFound.m.start < i && prevFound.m.end >= m.end) return true;
  // "Ban Tổ chức Trung ương", "Hội Liên hiệp Phụ nữ", "Tổng Liên đoàn Lao động": the words of a longer head are not a body inside it
  // ("Ban Cán sự Đảng Bộ Công Thương": nor is "Đảng Bộ" read as a party committee inside the cell's head)
  if (prevFound && prevFound.m.start < i && i < prevFound.m.bodyStart && (HEAD_INNER_WORDS.has(m.head.head) || prevFound.m.head.head === PARTY_CELL_HEAD)) return true;
  // "Hội Liên hiệp Thanh niên Việt Nam", "Hội Liên hiệp Văn học nghệ thuật": a federation's words right after an association's
  // head, ending with it, are that association's name, no body of their own
  if (prevFound && i === prevFound.m.bodyStart && m.end === prevFound.m.end && ASSOCIATION_HEADS.has(m.head.head) && ASSOCIATION_HEADS.has(prevFound.m.head.head)) return true;
  // "Đội TTGT Q.Bình Thủy": the traffic inspectors of a unit's name are that team's remit, no district's inspectorate
  if (m.head.head === TRAFFIC_INSPECTORATE_HEAD && prevFound && i === prevFound.m.bodyStart && m.end === prevFound.m.end) return true;
  // "tại Trụ sở Chính phủ", "Cổng Thông tin điện tử Chính phủ": the government inside a building's or portal's name is none
  if (m.head.head === 'Chính phủ' && toks[i].cap && inSeatOrPortalName(toks, i)) return true;
  // "quân chính phủ Syria", "lực lượng chính phủ Ukraine": a government's troops are its army, not the government (as the golds read it)
  if (m.head.head === 'Chính phủ' && !toks[i].cap && afterForcesWord(toks, i)) return true;
  // "Ủy ban liên Chính phủ Việt Nam - Lào": the governments of an intergovernmental body are not one of them
  if (m.head.head === 'Chính phủ' && prevFound && prevFound.m.head.head === 'Ủy ban liên Chính phủ' && prevFound.m.start < i && i < prevFound.m.bodyStart) return true;
  // An international body's acronym inside an event's name is not that body ("Hội nghị Thượng đỉnh APEC").
  if (m.head.needs === 'self' && (toks[i].acro || GROUPING_IDS.has(toks[i].w)) && i > 0 && toks[i].gap === Gap.Space && (EVENT_WORDS.has(toks[i - 1].f) || inEventName(toks, i))) return true;
  if (GROUPING_IDS.has(toks[i].w) && i > 0 && groupingNotStates(toks, i)) return true;
  // "Hiệp định Thương mại tự do Việt Nam - EU (EVFTA)": the partner after a dash inside an agreement's name is the document's title's
  if (m.head.needs === 'self' && toks[i].acro && toks[i].gap === Gap.Dash && inAgreementName(toks, i)) return true;
  // "Công ước Liên hợp quốc về Luật Biển", "Công ước của LHQ về ...": the body that names a convention is the document's title's
  if (m.head.needs === 'self' && i > 0 && toks[i].gap === Gap.Space && afterConventionWord(toks, i)) return true;
  // "Hội nghị thượng đỉnh Nhóm các nền kinh tế ... (G20)": a group of states described inside its summit's name is the event's
  if (m.head.head === GROUP_OF_HEAD && i > 0 && toks[i].gap === Gap.Space && (EVENT_WORDS.has(toks[i - 1].f) || inEventName(toks, i))) return true;
  // "AFF Cup 2016", "FIFA Awards": a tournament or show named after the body
  const afterName = tokAt(toks, m.end);
  if (m.head.needs === 'self' && toks[i].acro && afterName?.gap === Gap.Space && EVENT_NAME_WORDS.has(afterName.f)) return true;
  if (m.head.needs === 'self' && toks[i].acro && afterName?.gap === Gap.Space && (afterName.cap || afterName.num) && acronymOpensEvent(toks, m.end, text)) return true;
  // "Phòng Cảnh sát Phòng cháy chữa cháy Công an tỉnh X": a sub-unit's head before a lower-case word inside the last body,
  // ending with it, is a word of that body's name (not "Đội 3 Phòng CSGT Hà Nội", whose parent is named inside it)
  if (prevFound && prevFound.m.start < i && m.end === prevFound.m.end && SUB_UNIT_HEADS.has(m.head.head) && lowerAt(toks, m.bodyStart)) return true;
  // "Tòa án Phúc thẩm Vùng thứ 9": a numbered region closing a court's name is its judicial circuit, no command of its own
  if (m.head.head === 'Vùng' && prevFound && prevFound.m.start < i && m.end === prevFound.m.end && prevFound.m.head.head.startsWith('Tòa')) return true;
  // "phòng Kế hoạch - Kinh doanh - Công ty TNHH X": a department of a business is the business's, no public body
  if (SUB_UNIT_HEADS.has(m.head.head) && ofBusinessAt(toks, m.end)) return true;
  // "Trưởng phòng Kế hoạch Tổng hợp (Bệnh viện Bạch Mai)", "Ban Đào tạo, Đại học Quốc gia": a hospital's or school's department
  if (SUB_UNIT_HEADS.has(m.head.head) && ofSchoolOrHospitalAt(toks, m)) return true;
  // "bộ Y tế nước này": a lower-case ministry of a country not named is a type and a sector
  if (!toks[i].cap && afterName?.w === NUOC_ID && afterName.gap === Gap.Space) return true;
  // (the rarer shapes below are each gated by a cheap test first and read in small functions of their own)
  if (afterName !== undefined && afterName.gap === Gap.Space && afterName.k & LEVEL_TABLE.bit && LEVEL_FIRST_IDS.has(afterName.w) && closedByBareLevel(toks, m)) return true;
  if (AD_HOC_BOARD_HEADS.has(m.head) && namesOneTask(toks, m)) return true;
  if (m.head === PARTY_HEAD && noPartyOfItsOwn(toks, i, prevFound)) return true;
  // "Thượng tướng Phòng Phong Huy": a head right after a rank is a person's family name (a rank is never written before a body)
  if (m.bodyStart === i + 1 && i > 0 && toks[i].gap === Gap.Space && RANK_LAST_IDS.has(toks[i - 1].w) && afterRank(toks, i)) return true;
  // "... hai nước. Đoàn Nguyên": a family-name head whose name closes the text is the writer's byline
  // ("Ảnh: Đoàn Nguyên.": or a photo's credit)
  if (m.bodyStart === i + 1 && toks[i].cap && isBylineName(toks, i, m, text)) return true;
  // "Ban Chấp hành Trung ương Đoàn khóa X", "BCH T.Ư Hội NDVN": the central committee of the body named next, not the party's
  if (m.head.needs === 'self' && PARTY_CENTRAL_COMMITTEE_HEADS.has(m.head.head) && afterName?.gap === Gap.Space && afterName.cap && afterName.w !== DANG_ID && opensAgencyHead(toks, m.end)) return true;
  // "Cục Quản lý", "Vụ Quản lý", "Cục Điều tra", "Cục Cảnh sát": a remit's verb or the force's word alone is a name cut
  // before its lower-case object ("Cục Quản lý dược", "Cục Điều tra chống buôn lậu", "Cục Cảnh sát phòng chống tội phạm ..."), no body as read
  // ("Tổng cục Cảnh sát" is the whole name of the police's general department)
  if (m.end === m.bodyStart + 2 && REMIT_VERB_FIRST_IDS.has(toks[m.bodyStart].w) && isRemitVerbAt(toks, m.bodyStart) && (toks[m.bodyStart].w !== CANH_ID || BRANCH_UNIT_HEADS.has(m.head.head))) return true;
  if (m.end === m.bodyStart + 1 && m.head !== PARTY_HEAD && (m.head.needs === 'name' || m.head.needs === 'place') && cutAfterOneSyllable(toks, m, text)) return true;
  if (m.end > m.bodyStart && endsInsideHead(toks, m)) return true;
  // "XH Đội Tr T H B BT BB Điểm": a league table's header, its columns' letters after "Đội", no unit's name
  if (m.head.head === 'Đội' && m.end > m.bodyStart + 2 && shortColumnLetters(toks, m.bodyStart)) return true;
  // "trên đường Đội Cấn cao 18 tầng": a street named after a person called "Đội", no team
  if (m.head.head === 'Đội' && i > 0 && toks[i].gap === Gap.Space && STREET_WORD_IDS.has(toks[i - 1].w)) return true;
  // "công tác Thanh tra 6 tháng đầu năm": a number followed by a unit of time is a duration, no unit's number
  // (not a date after the unit: "Đội 5 ngày 3/4 bắt giữ")
  if (m.end === m.bodyStart + 1 && afterName !== undefined && afterName.gap === Gap.Space && toks[m.bodyStart].num && TIME_UNIT_IDS.has(afterName.w) && !toks[m.end + 1]?.num) return true;
  return false;
}
/** Words of a street or lane before its name. */
const STREET_WORD_IDS = new Set(['đường', 'phố', 'ngõ', 'ngách', 'hẻm'].map(exactWordId));
/** Three words from k, each capitalised letters of one or two, no acronym of a body: a table's column heads ("Tr T H B"). */
function shortColumnLetters(toks: Token[], k: number): boolean {
  for (let q = k; q < k + 3; q++) { const t = toks[q]; if (!t || !t.cap || t.num || t.e - t.s > 2 || t.gap !== Gap.Space) return false; }
  return true;
}
/** Last words of the ranks ("tướng", "tá", "úy"): the cheap test before the rank table. */
const RANK_LAST_IDS = new Set(RANKS.map((r) => lexiconWordId(foldForMatch(r.split(' ').pop()!))).filter((id) => id >= 0));
/** A rank of one or two words ends right before i. */
function afterRank(toks: Token[], i: number): boolean {
  return (i >= 2 && toks[i - 1].gap === Gap.Space && matchAt(toks, i - 2, RANK_TABLE)?.len === 2) || matchAt(toks, i - 1, RANK_TABLE)?.len === 1;
}
const REMIT_VERB_FIRST_IDS = new Set(['quản', 'điều', 'cảnh'].map(exactWordId));
/** Units named by the police branch they are ("Cục Cảnh sát giao thông", "Phòng Cảnh sát hình sự"): "Cảnh sát" alone is cut. */
const BRANCH_UNIT_HEADS = new Set(['Cục', 'Phòng', 'Đội']);
const QUAN_VERB_ID = exactWordId('quản'), LY_ID = exactWordId('lý'), DIEU_ID = exactWordId('điều'), TRA_ID = exactWordId('tra');
/** At k "Quản lý", "Điều tra" or "Cảnh sát" (the force's word, cut before "phòng chống tội phạm ..." as well). */
function isRemitVerbAt(toks: Token[], k: number): boolean {
  const second = toks[k + 1], first = toks[k].w;
  return second.gap === Gap.Space && second.w === (first === QUAN_VERB_ID ? LY_ID : first === DIEU_ID ? TRA_ID : SAT_ID);
}
/** The party's central committee written without "Đảng" (keyed as "Trung ương Đảng"). */
const PARTY_CENTRAL_COMMITTEE_HEADS = new Set(['Ban Chấp hành Trung ương', 'BCH Trung ương', 'BCH TW', 'BCH TƯ', 'BCH T.Ư', 'Ban Chấp hành T.Ư', 'Ban Chấp hành TW', 'Ban Chấp hành TƯ']);
// (not "tuần": "Đội 5 tuần tra" patrols)
const TIME_UNIT_IDS = new Set(['tháng', 'năm', 'ngày', 'quý', 'giờ', 'tiếng', 'phút'].map(exactWordId));
/** Fields named by one word, that make a department's whole name ("Tổng cục Thuế", "Tổng cục Giá", "Cục Dược"). */
const ONE_WORD_FIELDS = new Set([...NAME_FIELDS.filter((f) => !f.includes(' ')), 'giá', 'dược'].map(foldForMatch));
const LETTERS_ONLY_RE = /^\p{L}+$/u;
/**
 * "Phòng Vi - rút", "Cục Văn bản" cut, "Sở Khanh", "thôn Sở Hạ", "Đoàn Loan": a Vietnamese head whose whole name is one
 * capitalised Vietnamese syllable (no place, field, acronym, numeral or foreign word) is a name cut short or no body at all.
 * (Read: "Đảng Xanh", "Cục II", "Tổng cục Thuế", "Trạm kiểm lâm Đakrông", "Hội hữu nghị Nga-Việt", "Liên đoàn Arập (AL)".)
 */
function cutAfterOneSyllable(toks: Token[], m: OrgMatch, text: string): boolean {
  const t = toks[m.bodyStart];
  // (a one-letter word is a numeral or an initial: "Cục I", "Vụ V")
  if (!t.cap || t.acro || t.num || t.e - t.s < 2 || m.bracket >= 0 || isForeignNameWord(text, t)) return false;
  const f = t.f;
  if (!LETTERS_ONLY_RE.test(f) || ONE_WORD_FIELDS.has(f) || !VIETNAMESE_SYLLABLE_RE.test(withoutMarks(f))) return false;
  // ("Hội hữu nghị Trung - Việt": two names paired by a dash)
  const after = toks[m.end];
  if (after !== undefined && after.gap === Gap.Dash && after.cap) return false;
  return !(t.k & PLACE_TABLE.bit && matchAt(toks, m.bodyStart, PLACE_TABLE)) && !(t.k & COUNTRY_TABLE.bit && matchAt(toks, m.bodyStart, COUNTRY_TABLE));
}
function opensAgencyHead(toks: Token[], k: number): boolean {
  return (toks[k].k & ORG_TABLE.bit) !== 0 && matchAt(toks, k, ORG_TABLE)?.value.agency === true;
}
/** The party's central boards, whose "Trung ương" may open a mass body's centre instead ("Ban Chấp hành Trung ương Đoàn"). */
const MASS_BODY_BOARD_HEADS = new Set([...PARTY_CENTRAL_COMMITTEE_HEADS, 'Ban Bí thư']);
/** The centre of a mass body ("Trung ương Đoàn", "T.Ư Hội Nông dân Việt Nam"). */
const MASS_BODY_CENTRE_HEADS = new Set(['Trung ương Đoàn', 'Trung ương Hội', 'T.Ư Đoàn', 'TƯ Đoàn', 'TW Đoàn', 'T.Ư Hội', 'TƯ Hội', 'TW Hội']);
/**
 * "Ban Chấp hành Trung ương Đoàn khóa X", "Ban Bí thư Trung ương Đoàn", "BCH TW Hội Nông dân Việt Nam": a central board whose
 * "Trung ương" opens a mass body's centre is that body's board, a body of its own named in full (the centre is read after it,
 * as before); null when the board is the party's ("Ban Chấp hành Trung ương Đảng", or nothing named after it).
 */
function massBodyBoardAt(toks: Token[], i: number, m: OrgMatch, text: string): Found | null {
  const after = tokAt(toks, m.end);
  if (!after || after.gap !== Gap.Space || !after.cap || after.w === DANG_ID) return null;
  for (let q = m.end - 2; q < m.end; q++) {
    if (q <= i || !(toks[q].k & ORG_TABLE.bit)) continue;
    const c = parseOrgAt(toks, q, { text });
    // ("Ban Chấp hành Trung ương Hội Chữ thập đỏ": not a centre whose name was cut inside a longer head)
    if (!c || !c.agency || c.end <= m.end || !MASS_BODY_CENTRE_HEADS.has(c.head.head) || endsInsideHead(toks, orgMatch(c.start, c.end, c.head, c.start + 1, c.agency, c.bracket))) continue;
    const s = toks[i].s, e = toks[c.end - 1].e;
    const name = text.slice(s, e);
    return { m: orgMatch(i, c.end, m.head, m.bodyStart, true, c.bracket), text: name, name, span: [s, e], acronymAlias: null, sameAs: null, keyStart: i, nameAlias: null };
  }
  return null;
}
const UNITED_NATIONS_FORMS = new Set(['liên hợp quốc', 'liên hiệp quốc', 'lhq'].map(foldForMatch));
/**
 * "Quỹ Nhi đồng của Liên hợp quốc (UNICEF)", "Chương trình môi trường Liên Hiệp Quốc (UNEP)": the UN after a lower-case word
 * closes an agency's name, and an acronym that does not spell the UN is that agency's (its organs' names run on in lower case).
 */
function unitedNationsAt(text: string, toks: Token[], i: number, m: OrgMatch): boolean {
  // (its own English acronym, "Liên Hợp Quốc (UN)", stays its alias; so does any acronym of the UN written alone)
  return i > 0 && toks[i].gap === Gap.Space && !toks[i - 1].cap && m.end - i <= 3 && toks[m.bracket].f !== 'un' && UNITED_NATIONS_FORMS.has(foldForMatch(text.slice(toks[i].s, toks[m.end - 1].e)));
}
/** A provincial police department's code, folded ("pc67", "pa83"). */
const PROVINCIAL_CODE_RE = /^p[ackv]\d\d$/;
/** The acronym in brackets after the name, when it is another name of the whole body (its expansion noted for the document). */
function acronymAliasOf(toks: Token[], i: number, m: OrgMatch, prevFound: Found | undefined, text: string, localAcronyms: Map<string, string>): Mention | null {
  let acronymAlias: Mention | null = null;
  if (m.bracket >= 0) {
    const b = toks[m.bracket];
    // ("Hiệp định ... ASEAN (ATIGA)", "tách khỏi EU (Brexit)": a body written as an acronym has no other acronym; the bracket names
    // the longer phrase it closes) ("UBND phường Hải Yên (TP. Móng Cái)": nor is a level word that the bracket goes on after one)
    if ((m.end - i === 1 && toks[i].acro) || text.charCodeAt(b.e) === 46) return null;
    // ("Đội CSGT An Sương (PC67)", "Đội CSGT số 4 (PC67 - Công an TP.Hà Nội)": a team's bracketed department code is its parent's name)
    if (m.head.head === 'Đội' && PROVINCIAL_CODE_RE.test(b.f)) return null;
    const exp = acronymExpansion(toks, m.end, b);
    if (exp) localAcronyms.set(b.f, exp);
    // An acronym of the whole name (not of its last words) is another name of the body.
    // ("Chương trình Phát triển của Liên hợp quốc (UNDP)": a body inside a longer name lends the acronym to that name)
    const insideLonger = !!prevFound && prevFound.m.start < i && prevFound.m.end >= m.end;
    // ("UBND Q.1 (TP.HCM)": a place in brackets says where the body is, it is no other name of it)
    // ("Hội đồng Bảo an Liên Hợp Quốc (LHQ)": an acronym of just the parent body closing a named organ is the parent's)
    const letters = exp ? b.f.replace(/[^\p{L}]/gu, '').length : 0;
    // ("đại biểu Quốc hội (ĐBQH)": an acronym spelling words before the name is the longer phrase's)
    if ((!exp || (m.end - letters <= m.bodyStart && m.end - letters >= i)) && !insideLonger && !(i > 1 && toks[i - 1].w === CUA_ID && toks[i - 2].cap && !toks[i - 2].acro) && !(!exp && unitedNationsAt(text, toks, i, m)) && !matchAt(toks, m.bracket, PLACE_TABLE)
      && !(exp && m.head.needs === 'self' && m.end - letters === m.bodyStart && m.bodyStart > i && opensAgencyHead(toks, m.bodyStart))) acronymAlias = { text: text.slice(b.s, b.e), span: [b.s, b.e] };
  }
  return acronymAlias;
}

/** A party named by its quoted name (rare: kept out of findAgencyNames). */
function quotedPartyFound(toks: Token[], qs: number, qe: number, text: string): Found {
  const s = toks[qs].s, e = toks[qe - 1].e;
  const m: OrgMatch = { start: qs, end: qe, head: PARTY_HEAD, bodyStart: qs, agency: true, bracket: -1 };
  return { m, text: text.slice(s, e), name: text.slice(s, e), span: [s, e], acronymAlias: null, sameAs: null, keyStart: qs, nameAlias: null };
}

const RELIGION_TABLE = phraseTable(RELIGIOUS_NAME_WORDS.map((w) => [w, true] as [string, boolean]), false);
/**
 * Words before a faith that make it a state's, its guard's or the states' body's name ("Cộng hòa Hồi giáo Iran",
 * "Vệ binh Cách mạng Hồi giáo", "Tổ chức Hợp tác Hồi giáo").
 */
const STATE_BEFORE_FAITH_IDS = new Set(['hòa', 'mạng', 'tác'].map(lexiconWordId));
/** The body's name holds a faith: a religious body ("Hội đồng Hồi giáo Indonesia"), or a group named as a faith's state (IS). */
function namesReligiousBody(toks: Token[], m: OrgMatch): boolean {
  for (let q = m.bodyStart; q < m.end; q++) {
    const w = toks[q].w;
    if (w >= 0 && w < RELIGION_TABLE.firsts.length && RELIGION_TABLE.firsts[w] !== null && matchAt(toks, q, RELIGION_TABLE) && !(q > m.bodyStart && STATE_BEFORE_FAITH_IDS.has(toks[q - 1].w))) return true;
  }
  return false;
}

/** Boards and councils named after the road or line they build or appraise ("Ban Quản lý dự án đường cao tốc Đà Nẵng - Quảng Ngãi"). */
const ROUTE_NAMED_HEADS = new Set(['Ban Quản lý', 'Ban quản lý', 'Hội đồng', 'Ban']);
const ROUTE_WORD_IDS = new Set(['tốc', 'đường', 'tuyến', 'lộ', 'sắt'].map(lexiconWordId));
/** The board read to the route's far end after the dash: one or two capitalised words ("- Quảng Ngãi", "- Nam"); else the board as read. */
function withRouteEnd(toks: Token[], m: OrgMatch): OrgMatch {
  let route = false;
  for (let q = m.bodyStart; q < m.end - 1 && !route; q++) route = ROUTE_WORD_IDS.has(toks[q].w) && !toks[q].cap;
  const far = toks[m.end];
  if (!route || !far.cap || far.acro || far.num) return m;
  const two = toks[m.end + 1];
  const end = two && two.gap === Gap.Space && two.cap && !two.acro && !two.num ? m.end + 2 : m.end + 1;
  // (a third capital is a new name: the route's end is not found)
  const after = toks[end];
  if (after && after.gap === Gap.Space && after.cap) return m;
  return orgMatch(m.start, end, m.head, m.bodyStart, m.agency, m.bracket);
}
const LIEN_ID = lexiconWordId('liên');

/**
 * A force's branch named by its city or province ("CSGT Hà Nội", "Cảnh sát PCCC TP.HCM", "Cảnh sát giao thông tỉnh X"):
 * its own body in the golds. Not an organization head (the post parser would cut "Trưởng phòng CSGT (PC67) Công an TP X"
 * at it), so read here only, and only standing alone.
 */
const POLICE_BRANCH_TABLE = phraseTable([['cảnh sát giao thông', true], ['cảnh sát pccc', true], ['cảnh sát pccc và cnch', true], ['csgt', true],
  // the fire police spelled out ("Cảnh sát phòng cháy chữa cháy tỉnh Đồng Nai", "Cảnh sát PC&CC TP HCM")
  ['cảnh sát phòng cháy chữa cháy', true], ['cảnh sát pc&cc', true]] as [string, boolean][], false);
const POLICE_BRANCH_HEAD = { head: 'CSGT', needs: 'place', agency: true } as const;
/**
 * The other branches, taken capitalised and only right before their force ("Cảnh sát cơ động Công an Hà Nội"). (Not "Cảnh sát
 * điều tra": written so, it is the force's "Cơ quan Cảnh sát điều tra" cut short.)
 */
const FORCE_BRANCH_TABLE = phraseTable(['cảnh sát cơ động', 'cảnh sát hình sự', 'cảnh sát đường thủy', 'cảnh sát môi trường',
  'cảnh sát kinh tế', 'cảnh sát quản lý hành chính', 'cảnh sát truy nã'].map((p) => [p, true] as [string, boolean]), false);
const CONG_ID = lexiconWordId('công'), LUC_ID = lexiconWordId('lực'), LUONG_ID = lexiconWordId('lượng');
const TIME_WORD_IDS = new Set(['ngày', 'tháng', 'năm', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'hôm', 'khoảng', 'lúc', 'sau', 'trước', 'trong', 'tại'].map(lexiconWordId));
// ("Trưởng phòng CSGT Hà Nội", "Đội trưởng CSGT ...": the unit's name inside a post)
const UNIT_WORD_IDS = new Set(['phòng', 'đội', 'trạm', 'cục', 'tổ', 'trưởng', 'phó'].map(lexiconWordId));
function branchPoliceAt(toks: Token[], i: number, found: Found[], text: string): Found | null {
  const at = matchAt(toks, i, POLICE_BRANCH_TABLE);
  if (!at) {
    const branch = toks[i].cap ? matchAt(toks, i, FORCE_BRANCH_TABLE) : null;
    return branch && toks[i + branch.len]?.w === CONG_ID && !notBranchByPlace(toks, i, branch.len, found) ? forceQualifiedBranchAt(toks, i, branch.len, text) : null;
  }
  if (notBranchByPlace(toks, i, at.len, found)) return null;
  if (toks[i + at.len].w === CONG_ID) return forceQualifiedBranchAt(toks, i, at.len, text);
  const m = parseOrgAt(toks, i, { lowerHead: true, text, at: { len: at.len, value: POLICE_BRANCH_HEAD } });
  if (!m || !m.agency || m.end <= m.bodyStart || m.bracket >= 0) return null;
  // ("CSGT Ngày 6.2, ...", "CSGT Hà Tĩnh Chiều tối 30/6": a sentence's time is no place)
  if (TIME_WORD_IDS.has(toks[m.bodyStart].w) || TIME_WORD_IDS.has(toks[m.end - 1].w)) return null;
  // ("CSGT Khi ...", "CSGT Dự ...": a headline run into the next sentence; one word must be a known place)
  if (m.end - m.bodyStart === 1 && !matchAt(toks, m.bodyStart, PLACE_TABLE)) return null;
  const s = toks[i].s, e = toks[m.end - 1].e;
  const name = text.slice(s, e);
  return { m, text: name, name, span: [s, e], acronymAlias: null, sameAs: null, keyStart: i, nameAlias: null };
}
/** "Cảnh sát PCCC công an tỉnh Ninh Thuận", "CSGT Công an TP Thanh Hóa": the branch of a force named by its place, read whole. */
function forceQualifiedBranchAt(toks: Token[], i: number, len: number, text: string): Found | null {
  if (toks[i + len].gap !== Gap.Space) return null;
  const m = parseOrgAt(toks, i + len, { lowerHead: true, text });
  if (!m || !m.agency || m.head.head !== 'Công an' || m.end <= m.bodyStart || m.bracket >= 0) return null;
  const s = toks[i].s, e = toks[m.end - 1].e;
  const name = text.slice(s, e);
  return { m: orgMatch(i, m.end, POLICE_BRANCH_HEAD, i + len, m.agency, m.bracket), text: name, name, span: [s, e], acronymAlias: null, sameAs: null, keyStart: i, nameAlias: null };
}
/**
 * The branch head at i is a unit's remit inside a body read ("Phòng CSGT Quảng Nam", "Trạm CSGT Thăng Bình") or a post,
 * opens another unit's name ("Cảnh sát giao thông Đội 14"), or follows
 * "lực lượng" (the force in general).
 */
function notBranchByPlace(toks: Token[], i: number, len: number, found: Found[]): boolean {
  for (let f = found.length - 1; f >= 0 && f >= found.length - 4; f--) if (found[f].m.start < i && found[f].m.end > i) return true;
  const n = toks[i + len];
  if (!n || (n.w !== CONG_ID && matchAt(toks, i + len, ORG_TABLE))) return true;
  if (i > 0 && toks[i].gap === Gap.Space && UNIT_WORD_IDS.has(toks[i - 1].w)) return true;
  return i >= 2 && toks[i - 1].w === LUONG_ID && toks[i - 2].w === LUC_ID;
}
/** "CSGT Hà Nội": "CSGT" opens no head, so its branches are looked for apart (by the folded text), then put in text order. */
function addTrafficPoliceBranches(toks: Token[], found: Found[], text: string, folded: string, csgtAt: number[]): void {
  // (the tokens "csgt" the tokenizer noted, each followed by a space: no search of the whole text)
  for (let x = 0; x < csgtAt.length; x++) {
    const i = csgtAt[x];
    if (folded.charCodeAt(toks[i].e) !== 32) continue;
    let at = found.length;
    while (at > 0 && found[at - 1].m.start > i) at--;
    const b = branchPoliceAt(toks, i, at === found.length ? found : found.slice(0, at), text);
    if (b) found.splice(at, 0, b);
  }
}
/** A dash inside the body: two names paired ("Công Thương - Tài chính"). */
function pairedInside(toks: Token[], m: OrgMatch): boolean {
  for (let q = m.bodyStart + 1; q < m.end; q++) if (toks[q].gap === Gap.Dash) return true;
  return false;
}

/** A party committee's, a council's or a federation's boards, by their remit in sentence case ("Ban tuyên giáo", "Ban kỷ luật"). */
const REMIT_BOARD_TABLE = phraseTable(['tuyên giáo', 'dân vận', 'nội chính', 'kiểm tra', 'tổ chức', 'kinh tế', 'pháp chế', 'văn hóa xã hội', 'dân tộc',
  'đô thị', 'kỷ luật', 'trọng tài', 'thi đua khen thưởng', 'đối ngoại',
  // a government's board searching for fallen soldiers' remains, and a body's citizens' reception board
  'công tác đặc biệt', 'tiếp công dân'].map((p) => [p, true] as [string, boolean]), false);
const TO_ID = exactWordId('tổ');
/** Committees whose "Ban tổ chức" is their organization board (an event's "Ban tổ chức" is no body). */
const PARTY_COMMITTEE_HEADS = new Set(['Tỉnh ủy', 'Thành ủy', 'Huyện ủy', 'Quận ủy', 'Thị ủy', 'Đảng ủy', 'Đảng ủy xã']);
const REMIT_BOARD_HEAD = { head: 'Ban', needs: 'name', agency: true } as const;
/**
 * "Ban kỷ luật Liên đoàn bóng đá Việt Nam", "Ban tuyên giáo Tỉnh ủy Nghệ An": a board named by its remit in lower case right
 * before the body it belongs to is a named sub-unit of it (the parent stays a body of its own). Null when none stands before i.
 */
function remitBoardOf(toks: Token[], i: number, m: OrgMatch, prev: Found | undefined, text: string): Found | null {
  for (let j = i - 2; j >= i - 4 && j >= 1; j--) {
    const ban = toks[j - 1];
    if (ban.w !== BAN_ID || !ban.cap || toks[j].gap !== Gap.Space || toks[j].cap || matchAt(toks, j, REMIT_BOARD_TABLE)?.len !== i - j) continue;
    for (let q = j + 1; q < i; q++) if (toks[q].gap !== Gap.Space) return null;
    if (toks[j].w === TO_ID && !PARTY_COMMITTEE_HEADS.has(m.head.head)) return null;
    const from = j - 1;
    // (a board read whole already, "Ủy Ban kiểm tra tỉnh ủy X", is not read again)
    if (prev && prev.m.start <= from && prev.m.end >= m.end) return null;
    const s = toks[from].s, e = toks[m.end - 1].e;
    const name = text.slice(s, e);
    return { m: orgMatch(from, m.end, REMIT_BOARD_HEAD, j, m.agency, -1), text: name, name, span: [s, e], acronymAlias: null, sameAs: null, keyStart: from, nameAlias: null };
  }
  return null;
}

const PROJECT_BOARD_HEADS = new Set(['Ban Quản lý', 'Ban quản lý']);
const DU_ID = exactWordId('dự'), AN_ID = exactWordId('án');
/** "Ban Quản lý dự án 2": a ministry's numbered project board (PMU), its "dự án" in lower case (rare: kept out of findAgencyNames). */
function numberedProjectBoardAt(toks: Token[], i: number, len: number, text: string): Found | null {
  const d = toks[i + len], a = toks[i + len + 1], n = toks[i + len + 2];
  if (!d || !a || !n || d.w !== DU_ID || a.w !== AN_ID || !n.num || d.gap !== Gap.Space || a.gap !== Gap.Space || n.gap !== Gap.Space) return null;
  const end = i + len + 3, s = toks[i].s, e = toks[end - 1].e;
  const name = text.slice(s, e);
  const m: OrgMatch = { start: i, end, head: PROJECT_BOARD_HEAD, bodyStart: i + len, agency: true, bracket: -1 };
  return { m, text: name, name, span: [s, e], acronymAlias: null, sameAs: null, keyStart: i, nameAlias: null };
}
const PROJECT_BOARD_HEAD = { head: 'Ban Quản lý', needs: 'number', agency: true } as const;

/** Heads of a place's branch whose bare form names the one national body: the State Treasury, the General Confederation of Labour. */
const NATIONAL_WHEN_BARE_HEADS = new Set(['Kho bạc Nhà nước', 'KBNN', 'Tổng Liên đoàn Lao động', 'Tổng LĐLĐ']);
/** The head's capitalised words are capitalised at i ("Kho bạc Nhà nước", not "Kho bạc nhà nước"). */
function capitalisedAsHead(toks: Token[], i: number, head: string): boolean {
  const words = head.split(' ');
  for (let k = 0; k < words.length; k++) if (words[k] !== words[k].toLowerCase() && !toks[i + k]?.cap) return false;
  return true;
}
/**
 * "Kho bạc Nhà nước cho biết", "huy động qua KBNN": written capitalised with no place, the head is the national body
 * (not before a name, place or bare level word: "Kho bạc Nhà nước quận", "Tổng LĐLĐ Việt Nam" is read whole). Rare: kept out of findAgencyNames.
 */
function nationalBodyAt(toks: Token[], i: number, len: number, head: OrgMatch['head'], text: string): Found | null {
  const end = i + len, next = toks[end];
  // ("kho bạc nhà nước", "Kho bạc nhà nước": a treasury in general; its state word is capitalised when it names the body)
  if (!capitalisedAsHead(toks, i, head.head) || (next !== undefined && next.gap === Gap.Space && (next.cap || levelAfterHead(toks, end)))) return null;
  // "Kho bạc Nhà nước (KBNN)": the acronym in brackets is its other name
  const bracket = next !== undefined && next.gap === Gap.Paren && next.acro && text.charCodeAt(next.e) === 41 ? end : -1;
  const s = toks[i].s, e = toks[end - 1].e;
  const m: OrgMatch = { start: i, end, head, bodyStart: end, agency: true, bracket };
  const acronymAlias: Mention | null = bracket >= 0 ? { text: text.slice(next.s, next.e), span: [next.s, next.e] } : null;
  return { m, text: text.slice(s, e), name: text.slice(s, e), span: [s, e], acronymAlias, sameAs: null, keyStart: i, nameAlias: null };
}

/** "Tòa án nhân dân (TAND) tỉnh Đắk Lắk": a head of a place's body, its acronym in brackets, then the place (rare: kept out of findAgencyNames). */
function placedAcrossBracketAt(toks: Token[], i: number, len: number, head: OrgMatch['head'], text: string): Found | null {
  const end = toks[i].cap ? placeAfterAcronymBracket(text, toks, i + len) : -1;
  if (end < 0) return null;
  const m: OrgMatch = { start: i, end, head, bodyStart: i + len, agency: true, bracket: i + len };
  const s = toks[i].s, e = toks[end - 1].e;
  const name = text.slice(s, e);
  return { m, text: name, name, span: [s, e], acronymAlias: null, sameAs: null, keyStart: i, nameAlias: null };
}
/** A place's body head read with no place right after it: its place after its acronym in brackets, or the national body. */
function bareHeadBodyAt(toks: Token[], i: number, len: number, head: OrgMatch['head'], text: string, last: Found | undefined): Found | null {
  // (not the inner words of the body just read: "Liên đoàn Lao động" of "Tổng Liên đoàn Lao động (LĐLĐ) Việt Nam")
  if (last && last.m.start < i && last.m.end > i) return null;
  const across = toks[i + len]?.gap === Gap.Paren ? placedAcrossBracketAt(toks, i, len, head, text) : null;
  return across ?? (NATIONAL_WHEN_BARE_HEADS.has(head.head) ? nationalBodyAt(toks, i, len, head, text) : null);
}
/** The body's key, leaving out an acronym in brackets inside its name ("Sở Thông tin và Truyền thông (TT-TT) Phú Yên" is "Sở TT-TT Phú Yên"). */
function keyWithoutInnerAcronym(text: string, toks: Token[], start: number, end: number, local: Map<string, string>): string {
  for (let q = start + 1; q < end - 1; q++) {
    const t = toks[q];
    if (t.gap === Gap.Paren && t.acro && CLOSING_BRACKET_RE.test(text.slice(t.e, toks[q + 1].s))) return tokensKey(toks, start, q, local) + ' ' + tokensKey(toks, q + 1, end, local);
  }
  return tokensKey(toks, start, end, local);
}

/** The name of f written without the acronym in brackets inside it ("Sở Thông tin và Truyền thông Phú Yên"), or null. */
function withoutInnerAcronym(text: string, toks: Token[], f: Found): string | null {
  for (let q = f.m.start + 1; q < f.m.end - 1; q++) {
    const t = toks[q];
    if (t.gap === Gap.Paren && t.acro && t.s > f.span[0] && CLOSING_BRACKET_RE.test(text.slice(t.e, toks[q + 1].s))) return text.slice(f.span[0], toks[q - 1].e) + ' ' + text.slice(toks[q + 1].s, f.span[1]);
  }
  return null;
}

interface Found {
  m: OrgMatch; text: string; /** the name, without a unit code written inside it */ name: string; span: [number, number]; acronymAlias: Mention | null;
  sameAs: number | null; keyStart: number;
  /** a party's own name written after "đảng" and a descriptor ("Mặt trận Dân tộc" of "đảng cực hữu Mặt trận Dân tộc") */
  nameAlias: Mention | null;
}

/**
 * The capitalised name after a lower-case party word and its descriptor ("cực hữu", "cánh hữu", "đối lập"), or a foreign
 * name right after it ("đảng Tomin First no Kai"): the golds name such a party either way. Null for "đảng Dân chủ".
 */
function partyOwnName(toks: Token[], m: OrgMatch, text: string): Mention | null {
  let q = m.bodyStart;
  while (q < m.end && !toks[q].cap) q++;
  if (q >= m.end - 1 && (q === m.end || !isForeignNameWord(text, toks[q]))) return null;
  if (q === m.bodyStart && !isForeignNameWord(text, toks[q])) return null;
  const s = toks[q].s, e = toks[m.end - 1].e;
  return { text: text.slice(s, e), span: [s, e] };
}

/** Organization names in the text that name one public body, in text order. */
/**
 * "Cục An ninh kinh tế nông lâm ngư nghiệp (A86, Bộ Công an)", "Bộ Công nghiệp nặng (Bộ Công Thương)", "Vụ Thanh tra kinh tế
 * ngành (Vụ 1)": lower-case words left after a capitalised name, running with no function word, verb or level to a bracket
 * that holds the body's unit code or a body (its parent or short form), are the remit's own: the name ends at the bracket.
 */
const UNIT_CODE_RE = /^[a-zđ]{1,3}\d{1,3}$/;
function remitTailBeforeCodeBracket(toks: Token[], m: OrgMatch): OrgMatch | null {
  const first = toks[m.end];
  if (!first || first.gap !== Gap.Space || first.cap || first.num || m.head.needs !== 'name' || !toks[m.start].cap) return null;
  let k = m.end;
  for (; k < toks.length && k - m.end < 6; k++) {
    const t = toks[k];
    if (t.gap !== Gap.Space) break;
    if (t.cap || t.num || t.acro || (t.k & STOP_TABLE.bit && matchAt(toks, k, STOP_TABLE)) || (t.k & LEVEL_TABLE.bit && matchAt(toks, k, LEVEL_TABLE))) return null;
  }
  const b = toks[k];
  if (k === m.end || !b || b.gap !== Gap.Paren || !b.cap) return null;
  // (a unit code holds a digit: "A86", "C67", "PC52"; a body in brackets opens with its head)
  const code = UNIT_CODE_RE.test(b.f);
  const body = !code && b.k & ORG_TABLE.bit ? matchAt(toks, k, ORG_TABLE) : null;
  return code || body?.value.agency ? orgMatch(m.start, k, m.head, m.bodyStart, m.agency, -1) : null;
}

export function findAgencyNames(ctx: ExtractContext): Found[] {
  const { toks, localAcronyms, orgAt, csgtAt } = analyse(ctx);
  const text = ctx.text;
  const found: Found[] = [];
  // (only the tokens that may open a head, listed by the tokenizer)
  for (let x = 0, n = orgAt.length; x < n; x++) {
    const i = orgAt[x];
    // 'đảng đối lập "Batkivshina"': the party is its quoted name
    const quoted = quotedPartyAt(toks, i, text);
    if (quoted) {
      found.push(quotedPartyFound(toks, quoted[0], quoted[1], text));
      continue;
    }
    const force = toks[i].w === LUC_ID ? countryForceAt(toks, i, text) : null;
    if (force) {
      found.push(force);
      continue;
    }
    // (no head phrase here: parseOrgAt reads none, every check below ends in skipping it)
    const at = matchAt(toks, i, ORG_TABLE);
    if (!at) {
      const police = toks[i].w === CANH_ID ? cityPoliceAt(ctx, toks, i, found[found.length - 1]) ?? branchPoliceAt(toks, i, found, text) : null;
      if (police) found.push(police);
      continue;
    }
    // (a business's, school's or paper's head, 5 a document, parses to no agency: every check below ends in skipping it)
    if (!mayReadAgency(at.value)) continue;
    // A lower-case head (10 a document, 97 % of them read as no name) is parsed before the look around it: with no board
    // to read in its place, a head parsed to nothing is skipped either way, and both tests only read.
    const lowerFirst = !toks[i].cap && !PROJECT_BOARD_HEADS.has(at.value.head) && !(at.value.agency && at.value.needs === 'place');
    if (!lowerFirst && insideAnotherName(toks, i, at, found, text)) continue;
    const parsed = parseOrgAt(toks, i, { lowerHead: true, text, at });
    if (lowerFirst && (!parsed || !parsed.agency || parsed.end <= parsed.start || insideAnotherName(toks, i, at, found, text))) continue;
    if (!parsed || !parsed.agency || parsed.end <= parsed.start) {
      const board = PROJECT_BOARD_HEADS.has(at.value.head) ? numberedProjectBoardAt(toks, i, at.len, text)
        : !parsed && at.value.agency && at.value.needs === 'place' ? bareHeadBodyAt(toks, i, at.len, at.value, text, found[found.length - 1]) : null;
      if (board) found.push(board);
      continue;
    }
    let m = toks[parsed.end]?.gap === Gap.Dash && ROUTE_NAMED_HEADS.has(parsed.head.head) ? withRouteEnd(toks, parsed) : parsed;
    m = remitTailBeforeCodeBracket(toks, m) ?? m;
    m = withoutGluedOpener(toks, m, text) ?? m;
    m = withoutCountedNumber(toks, m, text) ?? m;
    // "Chi cục Quản lý thị trường (QLTT) tỉnh Sóc Trăng": a name cut at its acronym in brackets runs on to the place after it
    const placeEnd = placeAcrossBracketEnd(text, toks, m);
    const across = placeEnd > 0 && !namesPlace(toks, m);
    // (an acronym that is the whole body's other name stays its alias: "Đảng Tự do Dân chủ (LDP) Nhật Bản")
    // (not the initials of its remit: "QLTT" alone is the field, no other name of "Chi cục Quản lý thị trường (QLTT) tỉnh Sóc Trăng")
    const acrossAlias = across ? acronymAliasOf(toks, i, m, found[found.length - 1], text, localAcronyms) : null;
    const acrossAliasKept = acrossAlias && !acronymExpansion(toks, m.end, toks[m.end]) ? acrossAlias : null;
    if (across) m = orgMatch(m.start, placeEnd, m.head, m.bodyStart, m.agency, m.bracket);
    const prevFound = found[found.length - 1];
    const massBoard = MASS_BODY_BOARD_HEADS.has(m.head.head) ? massBodyBoardAt(toks, i, m, text) : null;
    if (massBoard) {
      found.push(massBoard);
      continue;
    }
    if (notOneBody(toks, i, m, prevFound, text)) continue;
    if (namesReligiousBody(toks, m)) continue;
    if (teamAfterLowerSquadWord(toks, i, m, text)) continue;
    // ("CQĐT và VKS", "CQĐT Chiều 21": "CQĐT" names a body only with the force it belongs to right after it)
    if (m.head.head === 'CQĐT' && !opensAgencyHead(toks, m.bodyStart)) continue;
    // "Liên Bộ Tài chính - Công Thương": two ministries acting jointly are one body, named with "Liên"
    const from = m.head.head === 'Bộ' && i > 0 && toks[i - 1].w === LIEN_ID && toks[i].gap === Gap.Space && pairedInside(toks, m) ? i - 1 : i;
    const s = toks[from].s;
    const e = toks[m.end - 1].e;
    const acronymAlias = across ? acrossAliasKept : m.bracket >= 0 ? acronymAliasOf(toks, i, m, prevFound, text, localAcronyms) : null;
    // "Interpol (Tổ chức Cảnh sát Hình sự Quốc tế)": the bracketed name is the same body.
    const prev = found[found.length - 1];
    // ("Hội đồng Thương mại và Đầu tư Việt Nam – Hoa Kỳ (Hội đồng TIFA)": the same head with an acronym, in brackets, is its short form)
    const sameAs = prev && toks[i].gap === Gap.Paren && prev.m.end === i && (prev.m.end - prev.m.start === 1 || headWithAcronym(toks, m, prev.m)) ? sameAsOf(prev, found.length - 1) : null;
    // ("(AmCham VN)": the acronym alone is the alias, the place after it the seat the name before says already)
    if (prev && sameAs === null && prev.acronymAlias === null && toks[i].gap === Gap.Paren && prev.m.end === i && selfNamedWithPlace(toks, m, prev.m)) {
      const pm = prev.m;
      found[found.length - 1] = { ...prev, m: orgMatch(pm.start, pm.end, pm.head, pm.bodyStart, pm.agency, i), acronymAlias: { text: text.slice(toks[i].s, toks[i].e), span: [toks[i].s, toks[i].e] } };
      continue;
    }
    // "Đội Tuần duyên Mỹ": a "Đội" wrapped around a whole service is that service, keyed by it
    const keyStart = m.head.head === 'Đội' ? serviceKeyStart(toks, i, m, text) : from;
    // "Phòng Cảnh sát hình sự (PC45) Công an tỉnh Gia Lai" is named without the unit code inside it
    // (not a remit's acronym before the place: the name is written as the gold copies it, "Sở Văn hóa, Thể thao (VH&TT) TP.HCM")
    const inner = m.bracket >= 0 && m.bracket < m.end - 1 && !across ? toks[m.bracket] : null;
    const whole = text.slice(s, e);
    const name = inner ? text.slice(s, toks[m.bracket - 1].e) + ' ' + text.slice(toks[m.bracket + 1].s, e) : whole;
    // "đảng cực hữu Mặt trận Dân tộc": the party's own name is another form of it (lower-case "đảng" only: "Đảng" opens the name)
    const nameAlias = m.head === PARTY_HEAD && !toks[i].cap ? partyOwnName(toks, m, text) : null;
    // ("Ban Thường vụ Tỉnh ủy Nghệ An", "BTV Tỉnh đoàn Hà Tĩnh": a committee's standing board is its leadership board, no body of
    // its own by the guideline, as "Ban Giám đốc" is not; the committee it leads is read as the body)
    // (a board's remit is one to four words after a capitalised "Ban")
    if (i >= 3 && toks[i].gap === Gap.Space && (toks[i - 3].w === BAN_ID || toks[i - 4]?.w === BAN_ID || toks[i - 5]?.w === BAN_ID)) {
      const board = remitBoardOf(toks, i, m, found[found.length - 1], text);
      if (board) found.push(board);
      // ("Ban dân vận Trung ương Đảng": the party's centre closing a board's name is its level, no body of its own)
      if (board && PARTY_CENTRE_HEADS.has(m.head.head)) continue;
    }
    found.push({ m, text: whole, name, span: [s, e], acronymAlias, sameAs, keyStart, nameAlias });
    // (the words "chi nhánh" right after the name, its acronym in brackets between: one test on the next token)
    const branch = toks[m.end]?.w === CHI_ID || toks[m.end + 1]?.w === CHI_ID ? branchOf(toks, m, s, text) : null;
    if (branch) found.push(branch);
  }
  addTrafficPoliceBranches(toks, found, text, ctx.folded, csgtAt);
  return found;
}

const CHI_ID = lexiconWordId('chi'), NHANH_ID = lexiconWordId('nhánh');
const BRANCH_KEY_WORDS = ' ' + expandedKey('chi nhánh') + ' ';
/** National bodies with a branch in each province ("Ngân hàng Nhà nước chi nhánh Quảng Ninh", "VCCI Chi nhánh Cần Thơ"). */
const BRANCHED_BODY_HEADS = new Set(['Ngân hàng Nhà nước', 'NHNN', 'VCCI', 'Kho bạc Nhà nước', 'KBNN']);
const CHAMBER_OF_COMMERCE_RE = /^Phòng Thương mại và Công nghiệp Việt Nam\b/i;
/**
 * "Ngân hàng Nhà nước Việt Nam Chi nhánh huyện Hòa Vang", "Phòng Thương mại và Công nghiệp Việt Nam (VCCI) Chi nhánh TP HCM":
 * a national body's branch named by its place is a body of its own (the golds of three sets take it; the parent stays one too).
 * Null unless "chi nhánh" and a place (a known one, or a capitalised name after a level word) follow the name.
 */
function branchOf(toks: Token[], m: OrgMatch, s: number, text: string): Found | null {
  if (!BRANCHED_BODY_HEADS.has(m.head.head) && !CHAMBER_OF_COMMERCE_RE.test(text.slice(s, s + 48))) return null;
  let q = m.end;
  // (the body's acronym in brackets before the words: "(VCCI) Chi nhánh")
  const bracketed = toks[q]?.gap === Gap.Paren && toks[q].acro && q + 1 < toks.length && CLOSING_BRACKET_RE.test(text.slice(toks[q].e, toks[q + 1].s));
  if (bracketed) q++;
  if (toks[q]?.w !== CHI_ID || (!bracketed && toks[q].gap !== Gap.Space) || toks[q + 1]?.w !== NHANH_ID || toks[q + 1].gap !== Gap.Space) return null;
  q += 2;
  const level = matchAt(toks, q, LEVEL_TABLE);
  if (level) q += level.len;
  if (toks[q]?.gap !== Gap.Space || !(toks[q].cap || toks[q].acro)) return null;
  const place = matchAt(toks, q, PLACE_TABLE);
  let end = q + (place?.len ?? 0);
  if (!place) {
    if (!level) return null;
    while (end < toks.length && end - q < 3 && toks[end].cap && !toks[end].num && toks[end].gap === Gap.Space) end++;
  }
  const e = toks[end - 1].e;
  const name = text.slice(s, e);
  return { m: orgMatch(m.start, end, m.head, m.bodyStart, true, m.bracket), text: name, name, span: [s, e], acronymAlias: null, sameAs: null, keyStart: m.start, nameAlias: null };
}

const ARMY_HEAD = 'Quân đội';
/** Key of "quân đội chính phủ X": the army of a country's government is the country's army, one body with "quân đội X". */
const ARMY_OF_GOVERNMENT_KEY = expandedKey('quân đội chính phủ') + ' ', ARMY_KEY = expandedKey('quân đội') + ' ';
/** Key mark of a "Quân đội X" mention whose name goes on with a capitalised word. */
const ARMY_NAME_GOES_ON = '\u2026';
/** Token k, right after a name, is a capitalised word in the same run (no acronym): the name written goes on. */
const continuesCapitalised = (toks: Token[], k: number): boolean => { const t = toks[k]; return !!t && t.gap === Gap.Space && t.cap && !t.acro && !t.num; };
const FOOTBALL_FEDERATION_KEY = expandedKey('liên đoàn bóng đá');

interface Group { key: string; first: number; forms: Map<string, string>; mentions: Mention[] }

// ---- foreign bodies read from their own lexicon (the foreign-officials developer's hook) ----
/** [form, key of its body, seat]: the forms of one body share the key of the first. */
const FOREIGN_BODIES: readonly (readonly [string, string, boolean])[] = [
  ...FOREIGN_BODY_NAMES.flatMap((forms) => forms.map((n) => [n, foldForMatch(forms[0]), false] as const)),
  ...FOREIGN_SEAT_NAMES.map((n) => [n, foldForMatch(n), true] as const),
];
// One scan of the text per group of forms sharing their first two words ("Đại hội đồng Liên Hợp Quốc", "Đại hội đồng LHQ"),
// for the prefix the group's forms share; a form is looked for only where its group's prefix occurs.
const FOREIGN_BODY_PREFIXES: string[] = [];
/** Per form of FOREIGN_BODIES, the index of its group's prefix. */
const FOREIGN_BODY_GROUP: number[] = FOREIGN_BODIES.map(([name]) => {
  const twoWords = name.split(' ').slice(0, 2).join(' ');
  let g = FOREIGN_BODY_PREFIXES.findIndex((p) => p.startsWith(twoWords));
  if (g < 0) return FOREIGN_BODY_PREFIXES.push(name) - 1;
  const p = FOREIGN_BODY_PREFIXES[g];
  let n = 0;
  while (n < p.length && n < name.length && p.charCodeAt(n) === name.charCodeAt(n)) n++;
  FOREIGN_BODY_PREFIXES[g] = p.slice(0, n);
  return g;
});
/** Per group, whether the text being read holds its prefix (set by foreignPrefixesIn). */
const FOREIGN_PREFIX_SEEN = new Uint8Array(FOREIGN_BODY_PREFIXES.length);
/** Marks which groups' prefixes the text holds; true if any does. */
function foreignPrefixesIn(text: string): boolean {
  let any = false;
  for (let g = 0; g < FOREIGN_BODY_PREFIXES.length; g++) {
    const seen = text.includes(FOREIGN_BODY_PREFIXES[g]);
    FOREIGN_PREFIX_SEEN[g] = seen ? 1 : 0;
    any ||= seen;
  }
  return any;
}
/** Some form of FOREIGN_BODIES occurs in the text. */
function foreignBodyIn(text: string): boolean {
  return foreignPrefixesIn(text) && FOREIGN_BODIES.some(([name], f) => FOREIGN_PREFIX_SEEN[FOREIGN_BODY_GROUP[f]] === 1 && text.includes(name));
}
const SEAT_AS_PLACE = new Set(SEAT_AS_PLACE_WORDS.map(foldForMatch));
const SEAT_AS_HOUSE = new Set(SEAT_AS_HOUSE_WORDS.map(foldForMatch));
/** After a seat's name: it receives a new master or is described as a residence ("Nhà Xanh vừa đón", "Nhà Xanh - nơi ở"). */
const SEAT_AS_HOUSE_AFTER_RE = /(?: vừa| đã)? đón | ?[-–,(] ?nơi /y;
/** A seat written as the building: where something happens, its master or its taking over, a residence. */
function seatAsBuilding(folded: string, at: number, e: number): boolean {
  if (SEAT_AS_PLACE.has(foldedWordsBefore(folded, at, 1))) return true;
  if (foldedWordsBefore(folded, at, 4).split(' ').some((w) => SEAT_AS_HOUSE.has(w))) return true;
  SEAT_AS_HOUSE_AFTER_RE.lastIndex = e;
  return SEAT_AS_HOUSE_AFTER_RE.test(folded);
}
/**
 * "Đại Hội đồng Liên hợp quốc": the parser read it from its second word as a body of its own ("Hội đồng Liên hợp quốc");
 * that mention (from s, the second word, to e, the name's end) is no body, and a group left with no mention goes.
 */
function dropTailReadings(groups: Map<string, Group>, s: number, e: number): void {
  for (const [key, g] of groups) {
    if (!g.mentions.some((m) => m.span[1] === e && m.span[0] === s)) continue;
    g.mentions = g.mentions.filter((m) => !(m.span[1] === e && m.span[0] === s));
    if (g.mentions.length === 0) groups.delete(key);
  }
}
/** A name folded with its spaces and dashes left out: "Liên minh Kinh tế Á-Âu" and "Liên minh kinh tế Á - Âu" read alike. */
const looseForm = (name: string) => foldForMatch(name).replace(/[\s\-–]/g, '');
/** The group read by its head whose form is the lexicon's name written another way ("Liên minh Kinh tế Á-Âu (EAEU)"), or undefined. */
function groupWrittenLooselyAs(groups: Map<string, Group>, name: string): Group | undefined {
  const loose = looseForm(name);
  for (const g of groups.values()) for (const f of g.forms.keys()) if (looseForm(f) === loose) return g;
  return undefined;
}
/**
 * Foreign and international bodies with no head word in the organization table ("Liên minh châu Phi", "Nhà Xanh"): each
 * mention outside a name read already and outside an event's name joins its group; a seat only where it acts.
 */
function addForeignBodies(ctx: ExtractContext, groups: Map<string, Group>): void {
  const { text, folded } = ctx;
  if (!foreignPrefixesIn(text)) return;
  for (let f = 0; f < FOREIGN_BODIES.length; f++) {
    if (FOREIGN_PREFIX_SEEN[FOREIGN_BODY_GROUP[f]] === 0) continue;
    const [name, key, seat] = FOREIGN_BODIES[f];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const e = at + name.length;
      if (isWordLetter(text.charCodeAt(at - 1)) || isWordLetter(text.charCodeAt(e))) continue;
      // (a session or an event of the body is no mention of it acting: "phiên họp Đại hội đồng LHQ", "Hội nghị thượng đỉnh Liên minh châu Phi")
      const before = foldedWordsBefore(folded, at, 1);
      if (EVENT_WORDS.has(before) || before === 'họp' || (seat && seatAsBuilding(folded, at, e))) continue;
      let inside = false;
      for (const g of groups.values()) if (g.mentions.some((m) => m.span[0] <= at && e <= m.span[1])) { inside = true; break; }
      if (inside) continue;
      dropTailReadings(groups, text.indexOf(' ', at) + 1, e);
      let g = groups.get(key) ?? groupWrittenLooselyAs(groups, name);
      if (!g) groups.set(key, (g = { key, first: at, forms: new Map(), mentions: [] }));
      if (!g.forms.has(name.toLowerCase())) g.forms.set(name.toLowerCase(), name);
      g.mentions.push({ text: name, span: [at, e] });
      g.first = Math.min(g.first, at);
    }
  }
}

// A provincial police department's code (PC45 criminal police, PA83 security, PC67 traffic, PK fire, PV logistics), not one
// inside a document number ("số 129/PC44-Đ2", "KH-CAHN-PV11") nor a longer code ("PK20E"); or a ministry department's code
// (C46, A84) beside its ministry ("C46 (Bộ Công an)", "C54 - Bộ Công an"), as "C30" alone may be anything
const POLICE_CODE_RE = /(?<![\p{L}\p{N}/-])(?:P[ACKV]\d\d(?![\p{L}\p{N}/]|-[\p{L}\p{N}])|[AC]\d\d(?=\)?\s*[(,–-]?\s*(?:[Bb]ộ Công an|BCA)(?![\p{L}\p{N}])))/gu;
// ("Phòng CSGT đường bộ - đường sắt, PC67, Công an TP HCM": a code right after a department, or in brackets, is its other name)
const CODE_AFTER_UNIT_RE = /^\s*\(\s*$|^\s*[,–-]?\s*$/;
const CODE_IN_BRACKETS_RE = /^\s*\(\s*$/;
const TEAM_KEY_RE = /^(?:đội|tổ|trạm) /;
/** A department written by its code alone ("Phòng PC67"). */
const BARE_CODED_DEPARTMENT_RE = /^phòng (p[a-z]\d+[a-z]?)$/;
/** The code of a department written by its code alone ("phòng pc67"), else ''. */
function bareCodeOf(g: Group): string {
  if (!g.key.startsWith('phòng ')) return '';
  for (const form of g.forms.keys()) { const m = BARE_CODED_DEPARTMENT_RE.exec(form); if (m) return m[1]; }
  return '';
}
const MINISTRY_UNIT_KEY_RE = /^(?:cục|viện) /;
function policeCodeIn(text: string): boolean {
  POLICE_CODE_RE.lastIndex = 0;
  return POLICE_CODE_RE.test(text);
}
/** "phòng Cảnh sát truy nã tội phạm (PC52)": the department's name, in any case, closes just before the code's bracket. */
function nameWrittenBefore(text: string, bracketAt: number, g: Group): boolean {
  const end = text.charCodeAt(bracketAt - 1) === 32 ? bracketAt - 1 : bracketAt;
  for (const form of g.forms.keys()) {
    if (form.length <= end && text.slice(end - form.length, end).toLowerCase() === form) return true;
  }
  return false;
}
/**
 * "lực lượng PC47 Công an TP.HCM", "đại diện PA83- Bộ Công an": a police department named by its code alone is a body of its
 * own in the golds; after or inside its department's name the code is that department's other name.
 */
function addPoliceUnitCodes(text: string, groups: Map<string, Group>): void {
  const codes: RegExpExecArray[] = [];
  POLICE_CODE_RE.lastIndex = 0;
  for (let m = POLICE_CODE_RE.exec(text); m; m = POLICE_CODE_RE.exec(text)) codes.push(m);
  // (a code that is a department's other name anywhere in the text is that department's wherever it stands alone)
  const owners = new Map<string, Group>();
  for (const m of codes) {
    const at = m.index, e = at + m[0].length;
    for (const g of groups.values()) {
      // (a code some body already holds as its other name stays that body's)
      if (g.forms.has(m[0].toLowerCase())) { owners.set(m[0], g); break; }
      // (a team's code is its parent department's: "Đội 10 PC46 Công an TP Hà Nội", "Đội CSGT số 4 (PC67)")
      // (a ministry's code after a comma is the next body of a list, "Cục Hải quan TP.HCM, C74 - Bộ Công an": only in brackets is it a name)
      // ("Phòng PA71, PC67, PC54 Công an ...": a department named by its code owns no other code, the next is a list's)
      const bare = bareCodeOf(g);
      if (bare) { if (bare === m[0].toLowerCase()) { owners.set(m[0], g); break; } continue; }
      const provincial = m[0].charCodeAt(0) === 80;
      const unit = provincial ? g.key.startsWith('phòng ') : MINISTRY_UNIT_KEY_RE.test(g.key);
      if (!unit && TEAM_KEY_RE.test(g.key)) continue;
      // "Cơ quan CSĐT (PC46) Công an tỉnh Quảng Ninh": a code alone in brackets after any other body is its other name
      const bracketed = text.charCodeAt(at - 1) === 40 && text.charCodeAt(e) === 41;
      const owns = (unit || bracketed) && (g.mentions.some((x) => (x.span[0] <= at && e <= x.span[1])
        || (x.span[1] <= at && at - x.span[1] <= 3 && (provincial ? CODE_AFTER_UNIT_RE : CODE_IN_BRACKETS_RE).test(text.slice(x.span[1], at))))
        || (bracketed && unit && nameWrittenBefore(text, at - 1, g)));
      if (owns) { owners.set(m[0], g); break; }
    }
  }
  for (const m of codes) {
    const key = m[0].toLowerCase();
    let g = owners.get(m[0]) ?? groups.get(key);
    if (!g) groups.set(key, (g = { key, first: m.index, forms: new Map(), mentions: [] }));
    if (!g.forms.has(key)) g.forms.set(key, m[0]);
    // (a code read as the bracketed acronym of its body is already one of its mentions)
    if (!g.mentions.some((x) => x.span[0] === m.index && x.span[1] === m.index + m[0].length)) g.mentions.push({ text: m[0], span: [m.index, m.index + m[0].length] });
  }
}

/** Groups keyed "<two-word unit head> ... <number>" whose words all appear in a longer one of the same head and number are that unit. */
/** ("Công an quận 1" beside "Công an phường Bến Thành quận 1": the longer is a ward's body inside that district, not the same) */
function wardInsideOnly(short: string[], long: string[]): boolean {
  return (long.includes('phường') && !short.includes('phường')) || (long.includes('xã') && !short.includes('xã'));
}
function mergeNumberedUnits(groups: Map<string, Group>): void {
  let numbered: Group[] | null = null;
  for (const g of groups.values()) {
    const c = g.key.charCodeAt(g.key.length - 1);
    if (c >= 48 && c <= 57) (numbered ??= []).push(g);
  }
  if (!numbered || numbered.length < 2) return;
  const words = (g: Group) => g.key.split(' ');
  for (const g of numbered) {
    const w = words(g);
    if (w.length < 4) continue;
    const into = numbered.find((o) => {
      if (o === g || !groups.has(o.key) || o.key.length <= g.key.length) return false;
      const ow = words(o);
      return ow[0] === w[0] && ow[1] === w[1] && ow[ow.length - 1] === w[w.length - 1] && w.every((x) => ow.includes(x)) && !wardInsideOnly(w, ow);
    });
    if (!into) continue;
    absorbGroup(groups, into, g);
  }
}

/** A team written by its number alone: "Đội 14", "đội 3". */
const BARE_TEAM_KEY_RE = /^đội (\d+)$/;
/**
 * "Đội 14" beside "Đội Quản lý thị trường số 14", "Đội 10" beside "Đội CSGT số 10 Công an Hà Nội": a team's number alone is
 * the one team of that number named in full, and an alias of it.
 */
function mergeBareTeams(groups: Map<string, Group>): void {
  // (most texts name no such team: no copy of the groups then)
  let bareTeams: Group[] | null = null;
  for (const g of groups.values()) if (g.key.startsWith('đội ') && BARE_TEAM_KEY_RE.test(g.key)) (bareTeams ??= []).push(g);
  if (!bareTeams) return;
  for (const g of bareTeams) {
    const bare = BARE_TEAM_KEY_RE.exec(g.key)!;
    const number = ' ' + bare[1];
    let into: Group | null = null, count = 0;
    for (const o of groups.values()) {
      if (o === g || !o.key.startsWith('đội ')) continue;
      const at = o.key.indexOf(number, 3);
      if (at < 0 || (at + number.length < o.key.length && o.key.charCodeAt(at + number.length) !== 32)) continue;
      into = o;
      count++;
    }
    if (count !== 1 || !into) continue;
    absorbGroup(groups, into, g);
  }
}
/** A country's lower-case written forms ("mỹ", "hoa kỳ"; "syria", "xy-ri") to one id per country, for countries written more than one way. */
const COUNTRY_FORM_IDS = new Map<string, number>();
// (keys are folded, and a dashed transcription is keyed by its syllables: "xy ri")
COUNTRIES.forEach((c, id) => { if (c.forms.length > 1) for (const f of c.forms) COUNTRY_FORM_IDS.set(foldForMatch(f).replace(/-/g, ' '), id); });
/** The last words of COUNTRY_FORM_IDS' keys: a group key ending in no such word ends in no country form (most do not). */
const COUNTRY_FORM_LAST_WORDS = new Set([...COUNTRY_FORM_IDS.keys()].map((k) => k.slice(k.lastIndexOf(' ') + 1)));
/** The group key's closing country, as [the key before it, the country's id], or null. */
function closingCountry(key: string): [string, number] | null {
  if (!COUNTRY_FORM_LAST_WORDS.has(key.slice(key.lastIndexOf(' ') + 1))) return null;
  // (a country is written in one to four words: "mỹ", "hoa kỳ", "hợp chủng quốc hoa kỳ")
  for (let at = key.lastIndexOf(' '), words = 0; at > 0 && words < 4; at = key.lastIndexOf(' ', at - 1), words++) {
    const id = COUNTRY_FORM_IDS.get(key.slice(at + 1));
    if (id !== undefined) return [key.slice(0, at), id];
  }
  return null;
}
/**
 * "Hải quân Mỹ" beside "Hải quân Hoa Kỳ", "quân đội Xy-ri" beside "quân đội Syria": one body whose country is written two
 * ways; the shorter form joins the longer as its alias.
 */
function mergeCountryForms(groups: Map<string, Group>): void {
  let byBody: Map<string, Group> | null = null;
  for (const g of [...groups.values()]) {
    const c = closingCountry(g.key);
    if (!c) continue;
    const id = c[0] + '\u0000' + c[1];
    const other = (byBody ??= new Map()).get(id);
    if (!other) { byBody.set(id, g); continue; }
    const [into, from] = other.key.length >= g.key.length ? [other, g] : [g, other];
    absorbGroup(groups, into, from);
    byBody.set(id, into);
  }
}
const FORCE_WORD_KEY = 'lực lượng ';
/** A service keyed with "lực lượng" before it ("lực lượng không quân syria") takes the group keyed without it. */
function mergeForceWord(groups: Map<string, Group>): void {
  for (const g of [...groups.values()]) {
    if (!g.key.startsWith(FORCE_WORD_KEY) || groups.get(g.key) !== g) continue;
    const short = groups.get(g.key.slice(FORCE_WORD_KEY.length));
    if (short && short !== g) absorbGroup(groups, g, short);
  }
}
/** "Quốc hội liên bang" beside the one "Quốc hội Australia" of the text: that country's parliament, written without it. */
function mergeFederalParliament(groups: Map<string, Group>): void {
  const g = groups.get('quốc hội liên bang');
  if (!g) return;
  let into: Group | null = null;
  for (const o of groups.values()) {
    if (o === g || !o.key.startsWith('quốc hội ')) continue;
    if (into) return;
    into = o;
  }
  if (into) absorbGroup(groups, into, g);
}
/** The last word of a form is an acronym of two to six capitals ("Cục NTBD", "Ban KTTW"), no digit: the form's head before it, or ''. */
function headBeforeAcronym(form: string): string {
  const at = form.lastIndexOf(' ');
  if (at <= 0 || form.length - at - 1 < 2 || form.length - at - 1 > 6) return '';
  for (let q = at + 1; q < form.length; q++) { const c = form.charCodeAt(q); if (!((c >= 65 && c <= 90) || c === 0x110)) return ''; }
  return form.slice(0, at);
}
/** Capitals without their marks, "Đ" as "D": the initials of a name compare with an acronym written either way. */
const plainCapitals = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'D').toUpperCase();
/**
 * The initials of a name written in full after the head ("Nghệ thuật biểu diễn" -> "NTBD"; "Trung ương" also as "TW"), or ''
 * when fewer than two words or a word is an acronym itself.
 */
function nameInitials(rest: string, centreAsTw: boolean): string {
  const words = rest.replace(/ và | & /g, ' ').split(/[\s\-–]+/).filter((w) => w.length > 0);
  if (words.length < 2) return '';
  let out = '';
  for (let q = 0; q < words.length; q++) {
    const w = words[q];
    if (w.length > 1 && w === w.toUpperCase()) return '';
    if (centreAsTw && q + 1 < words.length && w.toLowerCase() === 'trung' && words[q + 1].toLowerCase() === 'ương') { out += 'TW'; q++; continue; }
    out += w[0];
  }
  return plainCapitals(out);
}
/**
 * "Cục NTBD" beside "Cục Nghệ thuật biểu diễn", "Ban KTTW" beside "Ban Kinh tế Trung ương": a head and an acronym that spells
 * the initials of the one body of the text named in full with the same head is that body, and an alias of it.
 */
function mergeInitialsAcronyms(groups: Map<string, Group>): void {
  for (const g of [...groups.values()]) {
    if (!groups.has(g.key)) continue;
    let head = '', acronym = '';
    for (const form of g.forms.values()) { head = headBeforeAcronym(form); if (head) { acronym = plainCapitals(form.slice(head.length + 1)); break; } }
    if (!head) continue;
    const prefix = head.toLowerCase() + ' ';
    let into: Group | null = null, count = 0;
    for (const o of groups.values()) {
      if (o === g) continue;
      for (const form of o.forms.values()) {
        if (!form.toLowerCase().startsWith(prefix)) continue;
        const rest = form.slice(prefix.length);
        if (nameInitials(rest, false) !== acronym && nameInitials(rest, true) !== acronym) continue;
        if (into !== o) { into = o; count++; }
        break;
      }
    }
    if (count === 1 && into) absorbGroup(groups, into, g);
  }
}
/** One body's forms, mentions and first place join another's, and its own group goes. */
function absorbGroup(groups: Map<string, Group>, into: Group, from: Group): void {
  for (const [k, v] of from.forms) into.forms.set(k, v);
  into.mentions.push(...from.mentions);
  into.first = Math.min(into.first, from.first);
  groups.delete(from.key);
}
/** Village words after a team's number: "Đội 5, thôn Ngọc Lặc", "trú tại Đội 11, xã X" is an address (a farm brigade's hamlet). */
const ADDRESS_AFTER_TEAM_RE = /^,? (?:thôn|xóm|xã|ấp|bản|phường|thị trấn|làng) /;
/** Every mention of a bare-numbered team opens an address. */
function teamOnlyAsAddress(ctx: ExtractContext, g: Group): boolean {
  return g.key.startsWith('đội ') && BARE_TEAM_KEY_RE.test(g.key) && g.mentions.every((m) => ADDRESS_AFTER_TEAM_RE.test(ctx.folded.slice(m.span[1], m.span[1] + 14)));
}

/** A police unit's key without its force and the city's level word: "phòng csgt công an tp hà nội" -> "phòng csgt hà nội"; '' for no unit of a force. */
function unitKeyWithoutForce(key: string): string {
  if (!(key.startsWith('phòng ') || key.startsWith('đội '))) return '';
  const at = key.indexOf(' công an ');
  if (at < 0) return '';
  let rest = key.slice(at + 9);
  if (rest.startsWith('tp ')) rest = rest.slice(3);
  else if (rest.startsWith('thành phố ')) rest = rest.slice(10);
  return key.slice(0, at + 1) + rest;
}
/** Level words of a local unit inside a body's key; a body named without it ("Công an Hương Sơn") may be that unit's. */
const LOCAL_LEVEL_KEYS = [' huyện ', ' quận ', ' thị xã ', ' thành phố ', ' xã ', ' phường ', ' thị trấn '];
/** Of those, the district's: a short form names a district's body, more often than a commune's of the same name. */
const DISTRICT_LEVEL_KEYS = new Set([' huyện ', ' quận ', ' thị xã ', ' thành phố ']);
/** Province names, folded: "Công an Hà Tĩnh" is the province's police, not "Công an thành phố Hà Tĩnh". */
const PROVINCE_NAME_KEYS = new Set(OLD_PROVINCES.flatMap((p) => [p.name, ...p.variants]).map((n) => foldForMatch(n)));
/**
 * "Công an Hương Sơn" beside "Công an huyện Hương Sơn", "UBND Thanh Trì" beside "UBND huyện Thanh Trì": a body named
 * with its district's name and no level word is the one district body of that name (not a province's, not one of two units).
 */
function mergeLevelLessForms(groups: Map<string, Group>): void {
  let withLevel: Map<string, { g: Group; level: string }[]> | null = null;
  for (const g of groups.values()) {
    for (const level of LOCAL_LEVEL_KEYS) {
      const at = g.key.indexOf(level);
      if (at < 0) continue;
      const short = g.key.slice(0, at) + ' ' + g.key.slice(at + level.length);
      const list = (withLevel ??= new Map()).get(short);
      if (list) list.push({ g, level });
      else withLevel.set(short, [{ g, level }]);
    }
  }
  if (!withLevel) return;
  for (const [short, list] of withLevel) {
    const g = groups.get(short);
    if (!g || list.length !== 1 || !DISTRICT_LEVEL_KEYS.has(list[0].level)) continue;
    const { g: into, level } = list[0];
    const place = into.key.slice(into.key.indexOf(level) + level.length);
    if (PROVINCE_NAME_KEYS.has(place) || !groups.has(into.key)) continue;
    absorbGroup(groups, into, g);
  }
}
/** A police department named by its code: "Phòng PC49 Công an TP Hà Nội", "phòng PC45 ...". */
const CODED_DEPARTMENT_RE = /^phòng (p[a-z]\d+[a-z]?) /;
/** "Phòng PC45 Công an tỉnh Hưng Yên": a department's form opening with the code. */
function writtenWithCode(g: Group, code: string): boolean {
  for (const form of g.forms.keys()) if (form.startsWith('phòng ' + code + ' ')) return true;
  return false;
}
/**
 * "Phòng PC49 Công an thành phố Hà Nội" beside "Phòng Cảnh sát ... (PC49) Công an thành phố Hà Nội": the department named
 * by its code is the one department of that force whose name holds the code as its alias.
 */
function mergeCodedDepartments(groups: Map<string, Group>): void {
  for (const g of [...groups.values()]) {
    if (!g.key.startsWith('phòng ') || !groups.has(g.key)) continue;
    let code = '';
    for (const form of g.forms.keys()) { const m = CODED_DEPARTMENT_RE.exec(form); if (m) { code = m[1]; break; } }
    // ("Phòng PC45" alone, keyed with its code: the one department that holds the code, of whatever force)
    const bare = !code ? bareCodeOf(g) : '';
    if (bare) code = bare;
    if (!code) continue;
    // (the code is dropped from the key: what is left after "phòng" is the force)
    const force = bare ? '' : g.key.slice(5);
    let into: Group | null = null, count = 0;
    for (const o of groups.values()) {
      if (o === g || !o.key.startsWith('phòng ') || !o.key.endsWith(force) || !(o.forms.has(code) || (bare && writtenWithCode(o, code)))) continue;
      into = o;
      count++;
    }
    if (count !== 1 || !into) continue;
    absorbGroup(groups, into, g);
  }
}
/** Short forms of a police unit written without its force ("Phòng CSGT Quảng Nam") join the unit written with it. */
function mergeUnitsWithoutForce(groups: Map<string, Group>): void {
  // (most texts name no such unit: no copy of the groups then)
  let any = false;
  for (const k of groups.keys()) if (unitKeyWithoutForce(k)) { any = true; break; }
  if (!any) return;
  for (const g of [...groups.values()]) {
    const short = unitKeyWithoutForce(g.key);
    if (!short || !groups.has(g.key)) continue;
    // (the short form may keep the city's level word: "Đội CSGT TP Thanh Hóa")
    const cityAt = g.key.indexOf(' công an ') + 9;
    const level = g.key.startsWith('tp ', cityAt) ? 'tp ' : g.key.startsWith('thành phố ', cityAt) ? 'thành phố ' : '';
    const withLevel = level ? short.slice(0, cityAt - 9 + 1) + level + short.slice(cityAt - 9 + 1) : '';
    for (const k of [short, withLevel]) {
      const other = k ? groups.get(k) : undefined;
      if (!other || other === g) continue;
      absorbGroup(groups, g, other);
    }
  }
}

/** A place after "csgt" or a unit's force, without the province's or city's level word: "tỉnh ninh bình" -> "ninh bình". */
const PLACE_LEVEL_RE = /^(?:tỉnh|thành phố|tp\.?) ?/;
/** Keys spell "CSGT" out. */
const TRAFFIC_KEY = 'cảnh sát giao thông ';
/** The place a traffic police unit serves, its force written or not ("đội csgt công an tp thanh hóa", "phòng csgt quảng ninh"); '' for none. */
function trafficUnitPlace(key: string): string {
  const head = key.startsWith('phòng ' + TRAFFIC_KEY) ? 6 : key.startsWith('đội ' + TRAFFIC_KEY) ? 4 : 0;
  if (!head) return '';
  return servedPlace(key.slice(head + TRAFFIC_KEY.length));
}
/** The place after the traffic police's name, its force and level word dropped ("công an tỉnh ninh bình" -> "ninh bình"). */
function servedPlace(rest: string): string {
  return (rest.startsWith('công an ') ? rest.slice(8) : rest).replace(PLACE_LEVEL_RE, '');
}
/**
 * "CSGT Ninh Bình" beside "Phòng CSGT Công an tỉnh Ninh Bình", "CSGT Thanh Hóa" beside "Đội CSGT Công an TP Thanh Hóa", "CSGT
 * quận 12" beside "Đội CSGT quận 12": the traffic police named by its place alone is the one traffic unit of that place the text
 * names with its head, and an alias
 * of it (a numbered team, "Đội CSGT số 6 Công an Hà Nội", is one team of many: no alias).
 */
function mergeBareTrafficPolice(groups: Map<string, Group>): void {
  // (most texts name no bare "CSGT <place>": no copy of the groups then)
  let bare: Group[] | null = null;
  for (const g of groups.values()) if (g.key.startsWith(TRAFFIC_KEY)) (bare ??= []).push(g);
  if (!bare) return;
  for (const g of bare) {
    const place = servedPlace(g.key.slice(TRAFFIC_KEY.length));
    let into: Group | null = null, count = 0;
    for (const o of groups.values()) {
      if (o === g || trafficUnitPlace(o.key) !== place) continue;
      into = o;
      count++;
    }
    // (the unit's own form stays the name: "CSGT thành phố Vinh" is not joined to a shorter "Đội CSGT TP Vinh")
    if (count !== 1 || !into || !place || longestForm(g) > longestForm(into)) continue;
    absorbGroup(groups, into, g);
  }
}
const longestForm = (g: Group) => { let n = 0; for (const f of g.forms.values()) n = Math.max(n, f.length); return n; };

/** The bracketed acronym read as the owner's alias goes to the body it spells (its mention and form). */
function moveAcronymForm(owner: Group, to: Group, acronym: Mention): void {
  const form = acronym.text.toLowerCase();
  owner.forms.delete(form);
  to.forms.set(form, acronym.text);
  const at = owner.mentions.findIndex((x) => x.span[0] === acronym.span[0] && x.span[1] === acronym.span[1]);
  if (at >= 0) to.mentions.push(...owner.mentions.splice(at, 1));
}
/** A board keyed "ban ... <acronym>" is the board keyed with the full name of the body that acronym was introduced for. */
function mergeBoardsOfAcronym(groups: Map<string, Group>, aliasOwner: Map<string, Group>): void {
  for (const g of [...groups.values()]) {
    if (!g.key.startsWith('ban ') || !groups.has(g.key)) continue;
    for (const [acronym, owner] of aliasOwner) {
      if (!g.key.endsWith(' ' + acronym) || !groups.has(owner.key)) continue;
      const into = groups.get(g.key.slice(0, g.key.length - acronym.length) + owner.key);
      if (into && into !== g) absorbGroup(groups, into, g);
      break;
    }
  }
}

const POLICE_INVESTIGATION_SHORT_KEY = 'cơ quan điều tra công an ';
const POLICE_BODY_KEY = 'cơ quan công an ';
const PRIME_MINISTER_BEFORE = foldForMatch('thủ tướng ');
/**
 * One of the mentions is written "Thủ tướng Chính phủ" with no country after it, the Vietnamese Prime Minister's title: before
 * his name, or alone ("Quyết định số 2186/QĐ-TTg của Thủ tướng Chính phủ về việc ...", "kiến nghị Thủ tướng Chính phủ cho phép");
 * a foreign one is written with his country (not "... Chính phủ nước Lào", read as that body).
 */
const VIETNAM_GOVERNMENT_KEY = 'chính phủ việt nam';
function ofThePrimeMinister(ctx: ExtractContext, mentions: Mention[]): boolean {
  // (nor with his country in brackets: "bà Thủ tướng Chính phủ (Ba Lan)")
  return mentions.some((m) => ctx.folded.startsWith(PRIME_MINISTER_BEFORE, m.span[0] - PRIME_MINISTER_BEFORE.length) && !ctx.folded.startsWith(' (', m.span[1]));
}

/** Every written form of Việt Nam and of the countries whose people's names the press writes in Sino-Vietnamese ("Lưu Chấn Dân"). */
const HOME_OR_SINO_COUNTRY_KEYS = new Set(COUNTRIES.filter((e) => SINO_NAMING_COUNTRIES.includes(e.forms[0])).flatMap((e) => e.forms.map(foldForMatch)));
/** The words after `gl` characters of a group key end with a foreign country's written form ("quốc hội cộng hòa cuba"). */
function endsWithForeignCountry(key: string, gl: number): boolean {
  for (let at = key.length, words = 0; at > gl && words < 4; words++) {
    at = key.lastIndexOf(' ', at - 1);
    const tail = key.slice(at + 1);
    if (COUNTRY_FORMS_FOLDED.has(tail)) return !HOME_OR_SINO_COUNTRY_KEYS.has(tail);
  }
  return false;
}
/**
 * "Chủ tịch Quốc hội Nguyễn Thị Kim Ngân" beside "Quốc hội Cuba": a bare body written before a Vietnamese full name is the
 * post of a Vietnamese official, so Việt Nam's own body, not the foreign one the text names in full (only a bare form and
 * its earliest longer name are looked at: a few string compares, then one token lookup per mention).
 */
function heldByVietnameseOfficial(toks: Token[], g: { readonly key: string; readonly mentions: Mention[] }, longer: string): boolean {
  if (!endsWithForeignCountry(longer, g.key.length)) return false;
  return g.mentions.some((m) => {
    const i = tokenAt(toks, m.span[1]);
    return toks[i]?.s === m.span[1] + 1 && toks[i].gap === Gap.Space && startsFamilyName(toks, i) && isNameWord(toks[i + 2]);
  });
}

/** Seats of power that the press names as their government ("Nhà Trắng cho biết") and also as a building ("gặp tại Nhà Trắng"). */
const SEAT_KEYS = new Set(['nhà trắng', 'điện kremlin', 'lầu năm góc', 'phủ tổng thống', 'phủ thủ tướng'].map(foldForMatch));
/** The n folded words that end right before `at` (each skipping the spaces before it), joined by one space. */
function foldedWordsBefore(folded: string, at: number, n: number): string {
  let words = '';
  for (let e = at, i = 0; i < n; i++) {
    while (e > 0 && folded.charCodeAt(e - 1) === 32) e--;
    let s = e;
    while (s > 0 && folded.charCodeAt(s - 1) > 32) s--;
    words = i ? folded.slice(s, e) + ' ' + words : folded.slice(s, e);
    e = s;
  }
  return words;
}
/**
 * A seat of power written only as where things happen or a move in or out ("tại Nhà Trắng", "rời Nhà Trắng"): a building, as the golds read it, no body acting.
 * (in quotes it is a nickname or the building's name: "ông chủ “Nhà trắng”" is Real Madrid's president, "gọi là “Nhà Trắng”")
 */
function seatOnlyAsPlace(ctx: ExtractContext, g: Group): boolean {
  return SEAT_KEYS.has(g.key) && g.mentions.every((m) => SEAT_AS_PLACE.has(foldedWordsBefore(ctx.folded, m.span[0], 1)) || quotedAt(ctx.text, m.span) || seatOfItsMaster(ctx.folded, m.span[0]));
}
const MASTER_WORD = foldForMatch('chủ'), MASTER_WORDS = foldForMatch('chủ nhân');
/** "ông chủ Nhà Trắng", "chủ nhân Điện Kremlin": the president, a person; the seat is his house, no body acting (four golds of five). */
function seatOfItsMaster(folded: string, at: number): boolean {
  return foldedWordsBefore(folded, at, 1) === MASTER_WORD || foldedWordsBefore(folded, at, 2) === MASTER_WORDS;
}
/** The span is written in quotes. */
function quotedAt(text: string, span: readonly [number, number]): boolean {
  const o = text.charCodeAt(span[0] - 1), c = text.charCodeAt(span[1]);
  return (o === 0x201c || o === 34) && (c === 0x201d || c === 34);
}

/**
 * Words before a bloc's acronym that make it a market or an area ("thị trường EU", "khu vực ASEAN"), not the body; or its
 * member economies or the summit it hosts ("các nền kinh tế APEC", "phục vụ sự kiện APEC": the g7 and g18 golds take no APEC).
 */
const AREA_BEFORE = new Set(['thị trường', 'khu vực', 'sự kiện', 'phục vụ'].map(foldForMatch));
// (not "kinh tế" alone: "Cộng đồng Kinh tế ASEAN" is the bloc's community)
const ECONOMIES_BEFORE = foldForMatch('nền kinh tế');
/** A one-word body (a bloc's acronym) written only as a market or an area: no body acting, as the golds read it. */
function blocOnlyAsArea(ctx: ExtractContext, g: Group): boolean {
  return g.mentions.every((m) => !m.text.includes(' ') && (AREA_BEFORE.has(foldedWordsBefore(ctx.folded, m.span[0], 2)) || foldedWordsBefore(ctx.folded, m.span[0], 3) === ECONOMIES_BEFORE || listedAsMarket(ctx.folded, m.span[0], m.span[1])));
}
/** Number words before a body's name that make it several bodies ("hai Chính phủ", "ba Quốc hội"). Folded. */
// (not "các", "những": "các Bộ Công an, Quốc phòng" lists named bodies; not digits: "ngày 6.2 UBND", "số 4 CATP")
const COUNT_WORDS = ['hai', 'ba', 'bốn'].map(foldForMatch);
/**
 * "hai Đảng, hai Chính phủ, hai Quân đội", "quan hệ giữa hai Quốc hội": a body written only after a number word is the two
 * countries' bodies, no one body (the g5 gold leaves "hai Chính phủ" out). No allocation: the folded text is read in place.
 */
function countedOnly(folded: string, g: Group): boolean {
  if (!countableKey(g.key)) return false;
  return g.mentions.every((m) => {
    const s = m.span[0];
    if (folded.charCodeAt(s - 1) !== 32) return false;
    // (not the ordinal: "lần thứ hai Ủy ban ...", "ngày thứ hai TAND ...")
    for (const w of COUNT_WORDS) if (folded.startsWith(w, s - w.length - 1) && (s - w.length - 1 === 0 || folded.charCodeAt(s - w.length - 2) === 32) && !folded.startsWith(ORDINAL_WORD, s - w.length - 5)) return true;
    return false;
  });
}
const ORDINAL_WORD = foldForMatch('thứ ');
/** Bodies every state has, written bare: "Chính phủ", "Quốc hội", "Bộ Chính trị", a ministry by its sector ("Bộ Ngoại giao"). A named one ("chính phủ Mỹ", "đảng Cộng hòa") after "hai" opens a list of two named bodies. */
const COUNTABLE_KEYS = new Set(['chính phủ', 'quốc hội', 'bộ chính trị', 'quân đội', 'ban bí thư'].map(foldForMatch));
function countableKey(key: string): boolean {
  if (COUNTABLE_KEYS.has(key)) return true;
  if (!key.startsWith('bộ ')) return false;
  let spaces = 0;
  for (let q = 0; q < key.length; q++) if (key.charCodeAt(q) === 32) spaces++;
  return spaces <= 3 && !closingCountry(key);
}
const MARKET_WORD = foldForMatch('thị trường');
/**
 * "thị trường Mỹ, EU, Nhật Bản", "những thị trường khó tính như Hoa Kỳ, EU", "thị trường truyền thống như Trung Quốc, Nga, Ấn Độ,
 * ASEAN": a bloc in a list of countries under "thị trường" earlier in its sentence is a market, as the golds read it (six of six).
 */
function listedAsMarket(folded: string, s: number, e: number): boolean {
  const from = Math.max(0, s - 100);
  const market = folded.lastIndexOf(MARKET_WORD, s);
  // ("Về thị trường, Mỹ và EU áp thuế": a heading word, no list under it)
  if (market < from || folded.charCodeAt(market + MARKET_WORD.length) !== 32) return false;
  for (let q = market; q < s; q++) { const c = folded.charCodeAt(q); if (c === 46 || c === 59 || c === 58 || c === 10) return false; }
  return countryAcross(folded, s, -1) || countryAcross(folded, e, 1);
}
/** Across ", " or " và " from at (backwards when dir < 0), a country's name of one to three words. */
function countryAcross(folded: string, at: number, dir: number): boolean {
  let p = at;
  if (dir < 0) {
    if (folded.startsWith(', ', p - 2)) p -= 2;
    else if (folded.startsWith(' và ', p - 4)) p -= 4;
    else return false;
    for (let n = 0, w = p; n < 3; n++) {
      while (w > 0 && folded.charCodeAt(w - 1) !== 32 && folded.charCodeAt(w - 1) !== 44) w--;
      if (COUNTRY_FORMS_FOLDED.has(folded.slice(w, p))) return true;
      if (folded.charCodeAt(w - 1) !== 32) return false;
      w--;
    }
    return false;
  }
  if (folded.startsWith(', ', p)) p += 2;
  else if (folded.startsWith(' và ', p)) p += 4;
  else return false;
  for (let n = 0, w = p; n < 3; n++) {
    while (w < folded.length && isWordLetter(folded.charCodeAt(w))) w++;
    if (COUNTRY_FORMS_FOLDED.has(folded.slice(p, w))) return true;
    if (folded.charCodeAt(w) !== 32) return false;
    w++;
  }
  return false;
}

/** The Front's heads and its country, as written lower-cased: what is left after them in a name is a place ("MTTQ Việt Nam TP.HCM"). */
const FRONT_NAME_RE = /^(?:mttq|mặt trận tổ quốc|mặt trận tq)(?: việt nam| vn)?(?= |$)/;
/**
 * "Chủ tịch Ủy ban MTTQ Việt Nam TP.HCM": a place's Front read only inside its committee's name is no body of its own, as the
 * golds read it (none of three takes it; the national Front, "Ủy ban Trung ương MTTQ Việt Nam", stays its parent).
 */
function frontBranchOnlyInCommittee(ctx: ExtractContext, g: Group): boolean {
  // (every Front key starts with "m": a cheap test before the pattern)
  if (g.key.charCodeAt(0) !== 109) return false;
  for (const f of g.forms.keys()) {
    const head = FRONT_NAME_RE.exec(f);
    if (!head || head[0].length === f.length) return false;
  }
  return g.mentions.every((m) => foldedWordsBefore(ctx.folded, m.span[0], 2) === 'ủy ban' || foldedWordsBefore(ctx.folded, m.span[0], 1) === 'ub');
}

/** Verbs of a remit that need their object ("Bảo vệ", "Phòng chống", "Hỗ trợ"). Folded, each after a space. */
const OBJECT_VERB_ENDS = ['bảo vệ', 'phòng chống', 'chống', 'hỗ trợ', 'quản lý', 'bảo tồn', 'chăm sóc', 'xúc tiến'].map((w) => ' ' + foldForMatch(w));
const OBJECT_VERB_LAST_CHARS = new Set(OBJECT_VERB_ENDS.flatMap((e) => [e.slice(-1), e.slice(-1).toUpperCase()].map((c) => c.charCodeAt(0))));
/**
 * "Cục Cảnh sát Phòng chống" of "... Phòng chống tội phạm sử dụng công nghệ cao", "Hội Tiêu chuẩn và Bảo vệ" of "... Bảo vệ người
 * tiêu dùng Việt Nam": a name whose every form ends on a remit's verb was cut before its object, no body's name.
 */
function cutBeforeObject(g: Group): boolean {
  for (const f of g.forms.keys()) {
    // (folding keeps each end's last letter, in either case, and makes none of them: most forms are sent back unfolded)
    if (!OBJECT_VERB_LAST_CHARS.has(f.charCodeAt(f.length - 1))) return false;
    const folded = foldForMatch(f);
    if (!OBJECT_VERB_ENDS.some((end) => folded.endsWith(end))) return false;
  }
  return true;
}

/** A squad named by its coach or its age class ("đội HLV Park Hang-seo", "đội U.23", "Đội U22 Việt Nam"): a team, no public body. */
const SQUAD_RE = /^đội (?:hlv|u[.-]?\d\d)(?![\p{L}])/u;
function sportSquad(g: Group): boolean {
  if (!g.key.startsWith('đội ')) return false;
  for (const f of g.forms.keys()) if (!SQUAD_RE.test(f)) return false;
  return true;
}

const BARE_COMMITTEE_ENDS = ['tỉnh ủy', 'thành ủy', 'huyện ủy', 'quận ủy', 'thị ủy'].map((w) => ' ' + foldForMatch(w));
/**
 * "Trưởng ban Tuyên giáo Thành ủy", with no place written for it in the text: a board of a bare committee is a type and a
 * level, no one body (named with the place, "Ban Tuyên giáo Thành ủy Đà Nẵng", the short form has joined it by now).
 */
function boardOfBareCommittee(key: string): boolean {
  return key.startsWith('ban ') && BARE_COMMITTEE_ENDS.some((end) => key.endsWith(end));
}

/** Departments that exist only in a province or district: without a place they are a type and a sector ("Sở Giao thông Vận tải"). */
const PROVINCIAL_HEADS = new Set(['Sở', 'Chi cục']);
/** Words of the fields and sectors departments are named after ("lao", "động", "thương", "binh", "thủy", "sản"). */
const FIELD_WORDS = new Set([...NAME_FIELDS, ...SECTORS].flatMap((f) => foldForMatch(f).split(' ')));
/**
 * The body's name holds more than a type and a sector: a place, a country, a level word, or a capitalised word or acronym
 * of no field ("Sở Y tế tỉnh", "Chi cục Hải quan cửa khẩu Tân Sơn Nhất", "Sở VH-TT TP.Đà Nẵng", "Chi cục QLĐB III").
 */
function namesMoreThanSector(toks: Token[], m: OrgMatch): boolean {
  for (let q = m.bodyStart; q < m.end; q++) {
    const t = toks[q];
    if (t.k & (PLACE_TABLE.bit | COUNTRY_TABLE.bit) && (matchAt(toks, q, PLACE_TABLE) || matchAt(toks, q, COUNTRY_TABLE))) return true;
    // (a level word, not one of a compound: "Xã Hội" of "Thương Binh Xã Hội")
    if (t.k & LEVEL_TABLE.bit && matchAt(toks, q, LEVEL_TABLE) && !(q + 1 < m.end && LEVEL_COMPOUND_IDS.has(toks[q + 1].w))) return true;
    if ((t.cap || t.num) && !FIELD_WORDS.has(t.f) && !(t.acro && ACRONYMS[t.f.toUpperCase()] !== undefined)) return true;
    // (a parent body named inside: "Sở Giao dịch NHNN", "Sở Giao dịch Ngân hàng Nhà nước")
    if (t.cap && q > m.bodyStart && t.k & ORG_TABLE.bit && matchAt(toks, q, ORG_TABLE)?.value.needs === 'self') return true;
  }
  return false;
}
const SO_HEAD_ID = lexiconWordId('Sở');
/** A place written straight after the name, or after a level word ("Cam Ranh", "tỉnh Quảng Bình"). */
function placeAt(toks: Token[], q: number): boolean {
  if (matchAt(toks, q, PLACE_TABLE)) return true;
  const level = matchAt(toks, q, LEVEL_TABLE);
  return !!level && !!matchAt(toks, q + level.len, PLACE_TABLE);
}
/**
 * A department cut before its place or written with its parent department and that one's place:
 * "Chi cục Hải quan sân bay quốc tế Cam Ranh", "Chi cục Thủy lợi - Sở NN&PTNT tỉnh Hậu Giang",
 * "Chi cục ATVSTP (Sở Y tế TPHCM)", "Chi cục An toàn vệ sinh thực phẩm (VSATTP) tỉnh Quảng Bình".
 */
function placedAfter(text: string, toks: Token[], m: OrgMatch): boolean {
  let q = m.end;
  const gap = toks[q]?.gap;
  if (gap === undefined || gap === Gap.Break) return false;
  if ((gap === Gap.Space || gap === Gap.Paren) && placeAt(toks, q)) return true;
  // the name's acronym in brackets before its parent: "(ATVSTP) Sở Y tế TPHCM" reads as if the acronym were not there
  // (not before a place: "(VSATTP) tỉnh Quảng Bình" is the body's own place, its name is read cut and written whole elsewhere)
  if (toks[q].acro && gap === Gap.Paren && toks[q + 1] && CLOSING_BRACKET_RE.test(text.slice(toks[q].e, toks[q + 1].s))) q++;
  const t = toks[q];
  // the parent Sở of a Chi cục, named with its place
  if (m.head.head !== 'Chi cục' || t.w !== SO_HEAD_ID) return false;
  const parent = parseOrgAt(toks, q);
  return !!parent && namesMoreThanSector(toks, parent);
}
/** Boards that every party committee or council has ("Ban Nội chính", "Ban Đô thị"): bare, a type and a field, no one body. */
const BOARD_FIELD_KEYS = new Set(['tuyên giáo', 'dân vận', 'nội chính', 'kiểm tra', 'đô thị', 'pháp chế', 'kinh tế', 'văn hóa xã hội', 'dân tộc']
  .map((f) => foldForMatch('ban ' + f)));
/** Every mention of the board stands with no parent after a dash or in brackets ("Ban Nội chính - Văn phòng Chính phủ", "ban Pháp chế (VCCI)"). */
function boardOfNoParent(ctx: ExtractContext, g: Group): boolean {
  return g.mentions.every((m) => {
    let p = m.span[1];
    while (ctx.text.charCodeAt(p) === 32) p++;
    const c = ctx.text.charCodeAt(p);
    return c !== 45 && c !== 0x2013 && c !== 40;
  });
}

/** "Bộ Quốc phòng của Nga", "Ủy ban Kinh tế của Quốc hội": a body's name closed by whose it is. */
function ownedByName(toks: Token[], f: Found): boolean {
  return f.text.includes(' của ') && ownerOfAt(toks, f.m.bodyStart, f.m.end) > 0;
}
/** The key without its last "của": "bộ tài chính của việt nam" → "bộ tài chính việt nam". */
function ownerlessKey(key: string): string {
  const i = key.lastIndexOf(' của ');
  return i < 0 ? key : key.slice(0, i) + key.slice(i + 4);
}

export function extractAgencies(ctx: ExtractContext): Agency[] {
  const found = findAgencyNames(ctx);
  const { toks, localAcronyms, codeAt } = analyse(ctx);
  // (a unit's code is written with a capital and digits: a text with no such word is not searched for one)
  const mayHoldCode = codeAt.length > 0;
  if (!found.length && !foreignBodyIn(ctx.text) && !(mayHoldCode && policeCodeIn(ctx.text))) return [];
  const groups = new Map<string, Group>();
  const keys: string[] = [];
  const aliasOwner = new Map<string, Group>();
  const acronymForm = new Map<string, Mention>();
  const placeless = new Set<string>();
  const placedByContext = new Set<string>();
  for (const f of found) {
    let key = f.sameAs !== null ? keys[f.sameAs] : keyWithoutInnerAcronym(ctx.text, toks, f.keyStart, f.m.end, localAcronyms);
    // "Cơ quan điều tra Công an tỉnh X" is that force's "Cơ quan Cảnh sát điều tra", written short
    // ("CQĐT Công an tỉnh X" too)
    if ((f.m.head.head === 'Cơ quan' || f.m.head.head === 'CQĐT') && key.startsWith(POLICE_INVESTIGATION_SHORT_KEY)) key = 'cơ quan cảnh sát ' + key.slice(8);
    // "Cơ quan Công an tỉnh X" is "Công an tỉnh X" named as a body: one body, the fuller form its name
    else if (f.m.head.head === 'Cơ quan' && key.startsWith(POLICE_BODY_KEY)) key = key.slice(8);
    else if (GUARD_HEADS.has(f.m.head.head)) key = key.replace('lực lượng ', '').replace(' hồi giáo', '');
    else if (f.m.head.head === ARMY_HEAD && key.startsWith(ARMY_OF_GOVERNMENT_KEY)) key = ARMY_KEY + key.slice(ARMY_OF_GOVERNMENT_KEY.length);
    // ("Quân đội Syria Tự do (FSA)": a "Quân đội X" read short of the capitalised name going on is the rebels' force, not the
    // government's army written in the same text: kept out of that group, as before the fold)
    else if (f.m.head.head === ARMY_HEAD && key.startsWith(ARMY_KEY) && continuesCapitalised(toks, f.m.end) && ctx.folded.includes(ARMY_OF_GOVERNMENT_KEY + key.slice(ARMY_KEY.length))) key += ARMY_NAME_GOES_ON;
    // ("LĐBĐ Anh" and "Liên đoàn bóng đá Anh" are one federation; the short head is kept out of ACRONYMS, which the places read)
    else if (f.m.head.head === FOOTBALL_FEDERATION_SHORT_HEAD) key = FOOTBALL_FEDERATION_KEY + key.slice(key.indexOf(' '));
    // ("Công an H.Đắk Đoa" and "Công an H.Đăk Đoa": the Central Highlands' "Đắk" is written both ways)
    if (key.includes('đắk')) key = key.replaceAll('đắk', 'đăk');
    // ("Bộ Tài chính của Việt Nam" beside "Bộ Tài chính Việt Nam": one body, written with and without "của")
    if (f.sameAs === null && ownedByName(toks, f)) key = ownerlessKey(key);
    keys.push(key);
    if (PROVINCIAL_HEADS.has(f.m.head.head) && !namesMoreThanSector(toks, f.m)) {
      // (one mention written with its place places the body)
      if (placedAfter(ctx.text, toks, f.m)) placedByContext.add(key);
      else placeless.add(key);
    }
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, first: f.span[0], forms: new Map(), mentions: [] }));
    // "Công an huyện X" over "công an huyện X": the capitalised form names the body
    const lower = f.name.toLowerCase();
    const had = g.forms.get(lower);
    if (!had || had[0] === had[0].toLowerCase()) g.forms.set(lower, f.name);
    // "Sở Giáo dục và Đào tạo (GD-ĐT) Hà Nội" is also read without the acronym inside it: that form is an alias
    if (f.name === f.text && f.text.includes('(')) {
      const bare = withoutInnerAcronym(ctx.text, toks, f);
      if (bare) g.forms.set(bare.toLowerCase(), bare);
    }
    g.mentions.push({ text: f.text, span: f.span });
    if (f.nameAlias) {
      g.forms.set(f.nameAlias.text.toLowerCase(), f.nameAlias.text);
      g.mentions.push(f.nameAlias);
    }
    if (f.acronymAlias) {
      const acronymKey = tokensKey(toks, f.m.bracket, f.m.bracket + 1);
      aliasOwner.set(acronymKey, g);
      acronymForm.set(acronymKey, f.acronymAlias);
      // "Cục NTBD" after "Cục Nghệ thuật Biểu diễn (NTBD)": the head written with the acronym is the same body
      // (not a place in brackets: "UBND Q.1 (TP.HCM)" is no "UBND TP.HCM")
      if (f.m.bodyStart > f.m.start && !matchAt(toks, f.m.bracket, PLACE_TABLE)) aliasOwner.set(tokensKey(toks, f.m.start, f.m.bodyStart) + ' ' + acronymKey, g);
      g.forms.set(f.acronymAlias.text.toLowerCase(), f.acronymAlias.text);
      g.mentions.push(f.acronymAlias);
    }
  }
  addForeignBodies(ctx, groups);
  if (mayHoldCode) addPoliceUnitCodes(ctx.text, groups);
  // "NATO" alone is the body that "Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO)" introduced.
  for (const [k, owner] of aliasOwner) {
    const g = groups.get(k);
    if (!g || g === owner) continue;
    // ("Ban Kỷ luật Liên đoàn bóng đá Việt Nam (VFF)": an acronym spelling the tail of the name is its parent's, not the board's)
    const form = acronymForm.get(k);
    if (form && owner.key.endsWith(' ' + k)) { moveAcronymForm(owner, g, form); continue; }
    for (const [fk, v] of g.forms) owner.forms.set(fk, v);
    owner.mentions.push(...g.mentions);
    groups.delete(k);
  }
  // "Ban kỷ luật VFF" beside "Ban kỷ luật Liên đoàn bóng đá Việt Nam (VFF)": the board of a body named by its acronym
  if (aliasOwner.size > 0 && groups.size > 1) mergeBoardsOfAcronym(groups, aliasOwner);
  // "Ủy ban MTTQ Việt Nam" beside "Ủy ban Trung ương MTTQ Việt Nam": the national body is its central committee;
  // "Quân đội Việt Nam" beside "Quân đội nhân dân Việt Nam": one body, written without its "nhân dân" (one pass for both)
  if (groups.size > 1) for (const g of [...groups.values()]) {
    // (a group merged away earlier in this pass is skipped)
    if (groups.get(g.key) !== g) continue;
    const centre = g.key.includes(' trung ương ');
    if (!centre && !g.key.includes(' nhân dân ')) continue;
    const short = groups.get(g.key.replace(centre ? ' trung ương ' : ' nhân dân ', ' '));
    if (!short || short === g) continue;
    absorbGroup(groups, g, short);
  }
  // "lữ đoàn cơ giới số 72" beside "lữ đoàn bộ binh cơ giới số 72": a numbered unit named with fewer of its arm's words
  if (groups.size > 1) mergeNumberedUnits(groups);
  // "Đội 14" beside "Đội Quản lý thị trường số 14": the number alone is that team
  if (groups.size > 1) mergeBareTeams(groups);
  // "Phòng CSGT Hà Nội" beside "Phòng CSGT Công an TP Hà Nội": a police unit named with its place, its force left out
  if (groups.size > 1) mergeUnitsWithoutForce(groups);
  // "CSGT Ninh Bình" beside "Phòng CSGT Công an tỉnh Ninh Bình": the force's one traffic unit of that place
  if (groups.size > 1) mergeBareTrafficPolice(groups);
  if (groups.size > 1) mergeLevelLessForms(groups);
  if (groups.size > 1) mergeCodedDepartments(groups);
  if (groups.size > 1) mergeCountryForms(groups);
  if (groups.size > 1) mergeFederalParliament(groups);
  // "Lực lượng Không quân Vũ trụ Nga" beside "Không quân Vũ trụ Nga": one force, written with and without its "lực lượng"
  if (groups.size > 1) mergeForceWord(groups);
  // "Cục NTBD" beside "Cục Nghệ thuật biểu diễn": a head and the initials of one body's name written in full
  if (groups.size > 1) mergeInitialsAcronyms(groups);
  // A short form that begins exactly one longer name is that body (Tổng cục Chính trị → ... Quân đội nhân dân Việt Nam).
  const list = [...groups.values()];
  for (const g of list) {
    // (length and the space after the prefix checked first: no string built per pair)
    const gk = g.key, gl = gk.length;
    // (not a branch: "Ngân hàng Nhà nước chi nhánh Quảng Ninh" is a body of its own beside the bank)
    const longer = list.filter((o) => o !== g && o.key.length > gl && o.key.charCodeAt(gl) === 32 && o.key.startsWith(gk) && groups.has(o.key) && !o.key.startsWith(BRANCH_KEY_WORDS, gl));
    if (!longer.length) continue;
    // ("Chính phủ" beside "Chính phủ Lào" and "Chính phủ Việt Nam": a bare government names neither of two,
    // unless it is the Prime Minister's, "Thủ tướng Chính phủ Nguyễn Xuân Phúc": then it is Việt Nam's)
    if (longer.length > 1 && gk === 'chính phủ') {
      const home = longer.find((o) => o.key === VIETNAM_GOVERNMENT_KEY);
      if (home && ofThePrimeMinister(ctx, g.mentions)) absorbGroup(groups, home, g);
      continue;
    }
    // ("Thủ tướng Chính phủ Nguyễn Xuân Phúc" beside "Chính phủ Lào": the Prime Minister's government is Việt Nam's, not the other)
    if (gk === 'chính phủ' && !longer[0].key.endsWith(' việt nam') && ofThePrimeMinister(ctx, g.mentions)) continue;
    const into = longer.reduce((a, b) => (b.first < a.first ? b : a));
    if (heldByVietnameseOfficial(toks, g, into.key)) {
      // (then it joins Việt Nam's own body when the text names it so: "Quốc hội Việt Nam")
      const home = longer.find((o) => o.key.endsWith(' việt nam') || o.key.endsWith(' vn'));
      if (home) absorbGroup(groups, home, g);
      continue;
    }
    absorbGroup(groups, into, g);
  }
  return [...groups.values()]
    .filter((g) => !seatOnlyAsPlace(ctx, g) && !teamOnlyAsAddress(ctx, g) && !blocOnlyAsArea(ctx, g) && !countedOnly(ctx.folded, g) && !frontBranchOnlyInCommittee(ctx, g) && !sportSquad(g) && !cutBeforeObject(g) && !boardOfBareCommittee(g.key) && !(BOARD_FIELD_KEYS.has(g.key) && boardOfNoParent(ctx, g)) && !(placeless.has(g.key) && !placedByContext.has(g.key)))
    .sort((a, b) => a.first - b.first)
    .map((g) => {
      const forms = [...g.forms.values()];
      const name = forms.reduce((best, f) => (f.length > best.length ? f : best), forms[0]);
      return {
        name,
        aliases: forms.filter((f) => f !== name),
        mentions: g.mentions.sort((a, b) => a.span[0] - b.span[0]),
      };
    });
}

// A worker runs the organisation parser with a high interrupt budget (pipeline/jit.ts): tokenize and matchAt are
// optimised within the first document, the parser within a few thousand, and each branch first met in optimised
// code throws that code away to be compiled again (an 8,000-document run compiled tokenize 5 times, parseOrgAt and
// matchAt 4 and 5). These lines walk those branches once at load, so that the first compile has their feedback.
// (every line is a shape of the parser's own examples; a text ending on a head reads past the last token)
const WARM_UP_LINES = [
  'Bộ Kế hoạch & Đầu tư, Sở Y tế (TP.HCM), Bộ GD - ĐT, LĐ-TB&XH; Kinh tế-Xã hội; Cát Linh- Hà Đông, Hà Nội -Hải Phòng – Bà Rịa - Vũng Tàu.',
  'TS.Lê Văn An, PGS.TS Trần Văn Bình, Ths.Bs Đào Văn Cường, nay.Theo báo cáo 1.000 đồng; Phan Văn Công-Trưởng Công an huyện Đông Anh, al-Assad, St.Petersburg\u00a0và\tM’nông.',
  'Cơ quan Cảnh sát điều tra Công an tỉnh Quảng Nam, Cơ quan điều tra của Viện KSND Tối cao, CQĐT Công an TP Hà Nội và Cơ quan Tình báo Trung ương Mỹ (CIA).',
  'Vụ De Gea. Đoàn Quốc hội thăm Đoàn Hùng Thắng; Chủ tịch Quốc hội bang Hessen Norbert Kartmann, chính quyền bang Johor, đoàn luật sư Hà Nội.',
  'công an tỉnh Bình Dương, công an phường 5, công an Q. Tân Phú, thanh tra Sở Y tế TP.HCM, theo cục Hàng không dân dụng Australia, sở Y tế Hòa Bình, bộ ngoại giao Mỹ.',
  'đảng cực hữu Mặt trận Dân tộc, đảng đối lập "Batkivshina", Đảng Tự do Dân chủ (LDP) Nhật Bản, Hải quân Cộng hòa Singapore, Bộ Quốc phòng LB Nga, UBND Q.1 (TP.HCM).',
  'Sư đoàn bộ binh số 4, Đội cảnh sát giao thông số 6, Đội 14, Phòng Cảnh sát hình sự (PC45) Công an tỉnh Gia Lai, Phòng 302B, Tòa án nhân dân (TAND) tỉnh Đắk Lắk.',
  'Chi cục Quản lý thị trường (QLTT) tỉnh Sóc Trăng, Sở Văn hóa, Thể thao (VH&TT) TP.HCM, Ủy ban về các vấn đề xã hội của Quốc hội, Ban Chỉ đạo Trung ương về phòng, chống tham nhũng.',
  'Interpol (Tổ chức Cảnh sát Hình sự Quốc tế), Liên Bộ Tài chính - Công Thương, Ban Thường vụ Tỉnh ủy Nghệ An, BTV Tỉnh ủy, Trung tâm Y tế huyện Đắk Hà, Viện Vệ sinh dịch tễ Trung ương.',
  'Liên hợp quốc, Đại hội đồng LHQ, Nhà Xanh vừa đón, Cảnh sát Hong Kong, CSGT TP Hà Nội, Ban Quản lý dự án 2, Công ty đầu tư Nhật Quang, Trường Đại học Y Hà Nội, Chính phủ',
  'Phòng Giáo dục và Đào tạo quận Liên Chiểu, Phòng Giáo dục quận Liên Chiểu, đảng',
  'Ủy ban, nhân dân và Ủy ban - nhân dân; đảng "Nước Nga Thống nhất" và đảng đối lập "Tự do" nói rằng',
  // (round 37's rare reads, each first met after optimisation on the full corpus, which threw its function away:
  // "điều tra" after a unit's acronym or second descriptor (closedNameEnd), an intergovernmental committee's remit (closedOrgMatch))
  'Đội CSHS điều tra làm rõ, phối hợp Phòng Cảnh sát hình sự điều tra vụ án, Ủy ban liên Chính phủ Việt Nam-Belarus về hợp tác kinh tế-thương mại.',
  'Theo công an tỉnh',
  'Ông đến công an huyện',
  'Ông đến thăm Đoàn',
  // (branches first met past document 4,000 of a worker's run, each of which threw away optimised code (a jit-trace with
  // --trace-deopt-verbose names the line), in the parsers' own examples: a numbered steering board with its level word, a
  // border post, an office of a named body, a country and an international body across a dash, a lower-case force after
  // its investigation body, "nước này", a federation inside an association, a dashed quoted party, "TX." glued and spaced)
  'Ban Chỉ đạo 389 tỉnh đã họp, Đồn Biên phòng cửa khẩu quốc tế Cầu Treo, Văn phòng Ủy ban Quốc gia về biến đổi khí hậu.',
  'Hội đồng Nga - NATO, Hội đồng Doanh nghiệp Hoa Kỳ - ASEAN, Cơ quan Cảnh sát điều tra công an tỉnh Quảng Nam, theo bộ Y tế nước này.',
  'Hội Liên hiệp Thanh niên Việt Nam, đảng "Dân chủ - Tự do" nói, Công an TX.Sơn Tây, Công an TX. Hương Thủy và Công an huyện Tân Thành',
  // (the same for a worker given the corpus's second half: a party cell's word, a kingdom, a friendship society paired
  // with a one-syllable country, an association's lower-case second field after a dash, one unit's name written at two levels)
  'Ban cán sự đảng UBND TP họp với Đại sứ quán Vương quốc Thái Lan, Hội Hữu nghị Nga - Việt, Hội Hồi sức - cấp cứu và chống độc Việt Nam, Công an huyện Tân Thành và Công an xã Tân Thành.',
  // (and a text ending right after a head or a name: reads past the last token)
  'Theo Cơ quan Tình báo Trung ương Mỹ',
  'Ông vào Đảng',
  'Ông đến công an',
  'Bộ',
  // (two calls a worker first made past document 2,500, each throwing optimised code away: a force named with its
  // country, read by countryForceAt, and a court head of three words or more, in findAgencyNames and parseOrgAt)
  'Lực lượng Dân chủ Syria (SDF) và lực lượng vũ trang Nga, một tòa án phúc thẩm liên bang Mỹ và Tòa phúc thẩm liên bang khu vực 9.',
  // (and past document 8,000: a politburo naming a foreign party, and a text closed by a politburo or an association's
  // head, read past the last token)
  'Bộ Chính trị Đảng Cộng sản Cuba họp.',
  'Ông vào Bộ Chính trị',
  'Ông vào Hội',
  // (a central committee followed by a capitalised word, past document 14,000: notOneBody's compare)
  'Hội nghị lần thứ 5 Ban Chấp hành Trung ương Khóa XII về kinh tế.',
  // (a mass body's central board, kept by findAgencyNames: first met past document 4,000 of the corpus's second half)
  'Ban Chấp hành Trung ương Đoàn khóa X họp.',
  // (two calls first made past a pool run's late-run stop (src/pipeline/jit.ts), where a deopt leaves the function in
  // baseline code to the run's end: a numbered brigade before a lower-case word, in notOneBody, a worker's document
  // 12,800, and a district's traffic inspectors' team, document 13,200; the republic's formal name closing a body's, in
  // tokensKey, document 16,100)
  'Lữ đoàn 65 ngày mới thành lập, ông Lưu, nguyên Đội trưởng Đội TTGT quận Thốt Nốt.',
  'Ông giữ chức vụ Phó Thủ tướng Chính phủ nước Việt Nam Dân chủ Cộng hòa.',
  // (and a capitalised one-letter word past Latin-1, no internalised string, after a body's head: parseBody's compare,
  // a worker's document 11,600)
  'Liên minh Ả Rập trong ngày 3.8.1990 cũng đưa ra nghị quyết.',
  // (a state's police, "Cảnh sát bang", read by headedBodyAt: document 13,200)
  'Cảnh sát bang cho biết sân bay sẽ bị đóng cửa.',
];
const NAMESAKE_PLACE_SET = new Set(NAMESAKE_PLACES);
/** The form, read alone, is one agency whole (not a bare head, "Hội đồng", nor a type and level, "UBND tỉnh"). */
function readWhole(form: string): boolean {
  return form.indexOf(' ') > 0 && extractAgencies(createContext(documentFromString(form + ' cho biết.'))).some((a) => a.name === form);
}
/**
 * "Phó Tham mưu trưởng Bộ Tham mưu liên hợp Quân ủy Trung ương Thiệu Nguyên Minh", "Thành ủy TP Tất Thành Cang": the holder
 * named right after a post's body, when no surname or foreign name told the parser where the body ends, is no part of the
 * body's name. Forms ending in the name of an official the record holds (two words or more, not a place's name: "Đoàn TNCS
 * Hồ Chí Minh" keeps it) are cut before it; a form left with one word (a bare head) is dropped, and an agency with no form left too.
 */
export function withoutOfficialNames(agencies: Agency[], officials: readonly Official[], locations: readonly Location[]): Agency[] {
  if (!agencies.length || !officials.length) return agencies;
  let names: string[] | null = null;
  for (const o of officials) {
    if (o.name.indexOf(' ') < 0 || NAMESAKE_PLACE_SET.has(o.name) || locations.some((l) => l.name === o.name || l.aliases.includes(o.name))) continue;
    (names ??= []).push(' ' + o.name);
  }
  if (!names) return agencies;
  // (memoised: readWhole extracts the rest anew, and a form is met again in the mentions)
  const cuts = new Map<string, string>();
  const cut = (form: string): string => {
    for (const n of names!) {
      if (!form.endsWith(n)) continue;
      let c = cuts.get(form);
      if (c === undefined) { const rest = form.slice(0, form.length - n.length).replace(/[\s,;:–-]+$/u, ''); c = readWhole(rest) ? rest : ''; cuts.set(form, c); }
      return c;
    }
    return form;
  };
  let changed = false;
  const out: Agency[] = [];
  for (const a of agencies) {
    if (![a.name, ...a.aliases].some((f) => cut(f) !== f)) { out.push(a); continue; }
    changed = true;
    const forms = [...new Set([a.name, ...a.aliases].map(cut).filter((f) => f))];
    if (!forms.length) continue;
    const name = forms.reduce((x, y) => (y.length > x.length ? y : x));
    const mentions = a.mentions.map((m) => { const t = cut(m.text); return t === m.text || !t ? m : { text: t, span: [m.span[0], m.span[0] + t.length] as [number, number] }; });
    // (the cut name may be another agency's already: one body)
    const same = out.find((o) => o.name === name || o.aliases.includes(name));
    if (same) { for (const f of forms) if (f !== same.name && !same.aliases.includes(f)) same.aliases.push(f); same.mentions.push(...mentions); continue; }
    out.push({ name, aliases: forms.filter((f) => f !== name), mentions });
  }
  return changed ? out : agencies;
}

export function warmUpAgencies(): void {
  // V8 keeps no feedback for a function until it has run a few times: by the second round the parsers have it (more
  // rounds give no more optimised compiles later, and run unoptimised at every thread's start)
  for (let round = 0; round < 2; round++) {
    for (const line of WARM_UP_LINES) {
      const ctx = createContext(documentFromString(line, 'text'));
      extractAgencies(ctx);
      // (the other fields match before the text's start and past its end too, and over commas and dashes: "Bà Rịa - Vũng Tàu")
      const { toks } = analyse(ctx);
      for (let i = -1; i <= toks.length; i++) matchAt(toks, i, PLACE_TABLE) ?? matchAt(toks, i, ORG_TABLE, true);
    }
  }
}
