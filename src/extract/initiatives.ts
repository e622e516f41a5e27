// Named models, movements, programmes... Press names them after a head word (mô hình, phong trào,
// chương trình...), usually in quotes, sometimes as a capitalised phrase; a capitalised head word in
// mid-sentence is part of the name ("thực hiện Chương trình mục tiêu quốc gia ...").
import type { Initiative, InitiativeKind, Mention } from '../record/schema.js';
import { foldForMatch, nameKey } from '../input/normalize.js';
import {
  AWARD_CUES, SPORT_CUES, COMMERCIAL_CUES, CURRICULUM_WORDS, DESCRIPTOR_BREAKERS, ENTERTAINMENT_NAME_WORDS, INITIATIVE_HEADS,
  MEDIA_CUES, MILITARY_CUES, NAME_STOP_WORDS, NOT_HEAD_BEFORE, NOT_INITIATIVE_START, ONE_OFF_DESCRIPTORS,
  COUNT_WORDS, DASHED_COMPOUNDS, RUN_THROUGH_WORDS, LOWER_HEAD_RUN_CONNECTIVES, RUN_STOP_DOCUMENTS, FUND_HEAD, STYLE_ADJECTIVES, FIELD_NAMES, LEVEL_KIND_TAILS, POLITICAL_CUES, BUSINESS_PROJECT_WORDS, BUSINESS_SITE_STARTS, FIELD_UNIT_WORDS, SHOW_CUES, SHOWBIZ_PAGE_WORDS, STOP_WORD_COMPOUNDS, TOPIC_SCOPE_WORDS, CAMPAIGN_VERBS, NOT_CAMPAIGN_START, THEMED_YEAR_WORD, NOT_THEME_AFTER_YEAR_WORD,
  AGENDA_STARTS, ADMIN_UNIT_WORDS, QUOTED_POLICY_HEAD, WORK_TITLE_WORDS, DANGLING_BEFORE_CONNECTIVE, AND_RUN_CLOSING_WORDS, ACTION_PLAN_CLOSING_WORDS, IMPLEMENT_LEADS, IMPLEMENT_VERBS, IMPLEMENTED_DOCUMENTS, PHASE_CLOSING_VERBS, PUBLIC_WORKS, PUBLIC_WORK_PLACE_TAILS, PRIVATE_OWNER_CUES, CAPITAL_PROJECT_ONLY_WORKS, NAMED_MOVEMENTS,
  ACTION_MONTH_CAUSE_LEADS, ACTION_MONTH_CAUSE_STOPS,
} from '../lexicon/initiatives.js';
import type { InitiativeHead } from '../lexicon/initiatives.js';
import { COMMON_SURNAMES, RARER_SURNAMES, SURNAMES_OPENING_NO_UNIT } from '../lexicon/personal-names.js';
import { COUNTRIES, FOREIGN_CITIES, NOT_PLACE_NAMES, REGIONS, VIETNAM_CITIES } from '../lexicon/places.js';
import { OLD_PROVINCES } from '../lexicon/provinces.js';
import type { ExtractContext } from './context.js';

// Lexicon words are written naturally; the text is matched in folded form (hoạt → họat), so fold them too.
const alt = (words: string[]) =>
  words.map(foldForMatch).sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');

const HEADS = new Map(Object.entries(INITIATIVE_HEADS).map(([w, h]) => [foldForMatch(w), h]));
/**
 * The words as one pattern with shared beginnings factored out ("c(?:uộc (?:thi|vận động)|hương trình|...)"): the
 * engine then tries far fewer branches at each offset than with a flat list of alternatives.
 */
function prefixTree(words: string[]): string {
  interface Node { end: boolean; next: Map<string, Node> }
  const root: Node = { end: false, next: new Map() };
  for (const w of words) {
    let n = root;
    for (const ch of w) {
      let child = n.next.get(ch);
      if (!child) n.next.set(ch, (child = { end: false, next: new Map() }));
      n = child;
    }
    n.end = true;
  }
  const emit = (n: Node): string => {
    const parts = [...n.next].map(([ch, child]) => (ch === ' ' ? String.raw`\s+` : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) + emit(child));
    if (parts.length === 0) return '';
    const body = parts.length === 1 ? parts[0] : `(?:${parts.join('|')})`;
    // A word that ends where a longer one goes on: the longer is tried first, as the flat list sorted longest first did.
    return n.end ? `(?:${body})?` : body;
  };
  return emit(root);
}
// No lookbehind: a leading assertion makes the engine try every offset; the letter before is checked by hand.
// The folded text is lower-case Vietnamese: [a-zà-ỹ] without the u flag scans faster than \p{L}.
const HEAD_RE = new RegExp(String.raw`(${prefixTree(Object.keys(INITIATIVE_HEADS).map(foldForMatch))})(?![a-zà-ỹ])`, 'g');
const LETTER_RE = /\p{L}/u;
/** Lower-case words of the head phrase, then an opening quote: "chương trình hiến máu tình nguyện Samsung “". */
const DESCRIPTOR_THEN_QUOTE_RE = /^((?:\s+[\p{L}\p{N}&-]+){0,8}?)\s*:?\s*(["'])/u;
const NOT_START_RE = new RegExp(String.raw`^(?:${alt(NOT_INITIATIVE_START)})(?![\p{L}])`, 'u');
const AGENDA_START_RE = new RegExp(String.raw`^(?:${alt(AGENDA_STARTS)})(?![\p{L}])`, 'u');
const LETTER_AT_END_RE = /\p{L}$/u;
/**
 * One of the words, whole, somewhere in a string. The letter before is checked by hand only where a
 * word matched: a leading lookbehind makes the engine try every offset.
 */
class WordsMatcher {
  private readonly re: RegExp;
  constructor(words: string[]) {
    this.re = new RegExp(String.raw`(?:${alt(words)})(?![\p{L}])`, 'gu');
  }
  test(s: string): boolean {
    const re = this.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) {
      // (two units back: a letter outside the BMP is one code point, as the lookbehind read it)
      if (m.index === 0 || !LETTER_AT_END_RE.test(s.slice(Math.max(0, m.index - 2), m.index))) return true;
      re.lastIndex = m.index + 1;
    }
    return false;
  }
  /** NONE when no word occurs, ONLY_MINOR when every one found is in `minor`, OTHER when another occurs. One scan. */
  grade(s: string, minor: Set<string>): number {
    const re = this.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let found = CUE_NONE;
    while ((m = re.exec(s))) {
      if (m.index === 0 || !LETTER_AT_END_RE.test(s.slice(Math.max(0, m.index - 2), m.index))) {
        if (!minor.has(m[0])) return CUE_OTHER;
        found = CUE_ONLY_MINOR;
      }
      re.lastIndex = m.index + 1;
    }
    return found;
  }
}
const CUE_NONE = 0;
const CUE_ONLY_MINOR = 1;
const CUE_OTHER = 2;
const wordsRe = (words: string[]) => new WordsMatcher(words);
const SHOW_RE = wordsRe(SHOW_CUES);
const ONE_OFF_RE = wordsRe(ONE_OFF_DESCRIPTORS);
const DESCRIPTOR_BREAK_RE = wordsRe(DESCRIPTOR_BREAKERS);
/** Media and award words in one scan: an award word alone keeps out only a name read without quotes. */
const MEDIA_RE = wordsRe([...MEDIA_CUES, ...AWARD_CUES]);
const AWARD_WORDS = new Set(AWARD_CUES.map(foldForMatch));
const SPORT_RE = wordsRe(SPORT_CUES);
const SPORT_KINDS = new Set<InitiativeKind>(['plan', 'campaign', 'movement']);
const COMMERCIAL_RE = wordsRe(COMMERCIAL_CUES);
const POLITICAL_RE = wordsRe(POLITICAL_CUES);
const MILITARY_RE = wordsRe(MILITARY_CUES);
/** A show named with its channel in the text's own case: "“Góc khuất” của On Sports", "của CCTV4". */
const CHANNEL_AFTER_RE = /^["'”’]?\s*của\s+(?:[\p{Lu}\d]*TV\d*|On\s+\p{Lu}|\p{Lu}+\s+TV)/u;
const CURRICULUM_RE = wordsRe(CURRICULUM_WORDS);
const ENTERTAINMENT_RE = wordsRe(ENTERTAINMENT_NAME_WORDS);
/** A programme named for its genre ("chương trình Nghệ thuật đường phố") is a show or an outing. */
const ONE_OFF_START_RE = new RegExp(String.raw`^(?:${alt(ONE_OFF_DESCRIPTORS)})(?![\p{L}])`, 'u');
/**
 * "các đoàn sẽ tham gia trình diễn trong chương trình “Giai điệu quốc tế”": a performance, like "biểu diễn"; not the
 * "trình" of "chương trình" before a capitalised "Diễn đàn". (Not in MEDIA_CUES: a word list cannot see the word before; a native search, as the sentence test runs at every programme head.)
 */
const PERFORM = foldForMatch('trình diễn');
const PROGRAMME_WORD_BEFORE = foldForMatch('chương ');
function performanceIn(sentence: string): boolean {
  for (let at = sentence.indexOf(PERFORM); at >= 0; at = sentence.indexOf(PERFORM, at + 1)) {
    if ((at === 0 || !LETTER_RE.test(sentence[at - 1])) && !LETTER_RE.test(sentence[at + PERFORM.length] ?? '')
      && !sentence.startsWith(PROGRAMME_WORD_BEFORE, at - PROGRAMME_WORD_BEFORE.length)) return true;
  }
  return false;
}
/** "Chương trình nghị sự 2030": an agenda named by its horizon year is a lasting programme, not a meeting's agenda. */
const AGENDA_BY_YEAR_RE = new RegExp(String.raw`^${foldForMatch('nghị sự')}\s+(?:19|20)\d\d$`, 'u');
const EPISODE_RE = /(?<![\p{L}])tập\s+\d/u;
/**
 * "đồng giám đốc Chương trình An ninh Toàn cầu" names a research unit; "các Chương trình ..." a kind. The organising
 * board of a programme ("Ban Tổ chức Chương trình ...") still names it.
 */
const UNIT_OR_PLURAL_BEFORE_RE = /(?<![\p{L}])(?:giám đốc|trưởng|thành viên|các|những|nhiều)\s+$/u;
/** "theo mô hình Cộng hòa dân chủ Đức", "áp dụng mô hình Chaebol": a country's or a firm's way, not a named model. */
const COMPARED_MODEL_BEFORE_RE = /(?<![\p{L}])(?:theo|áp dụng|kiểu|giống|như|dựa trên|trên)\s+$/u;
// (the letter before is checked by hand, as in WordsMatcher)
const SHOW_GLOBAL_RE = new RegExp(String.raw`(?:${alt([...SHOW_CUES, ...AWARD_CUES, ...SHOWBIZ_PAGE_WORDS])})(?![\p{L}])`, 'gu');
const SHOWBIZ_DOC_HITS = 3;
const SHOWBIZ_QUOTED_KINDS = new Set<InitiativeKind>(['programme', 'project', 'plan']);
/** Showbiz and entertainment pages name their shows "chương trình X" without a cue in the same sentence. */
function isShowbizDoc(folded: string): boolean {
  return distinctCuesReach(SHOW_GLOBAL_RE, folded, SHOWBIZ_DOC_HITS);
}
/** Whether the text holds `hits` different cues of the global `re`, each a word of its own (the letter before is checked here). */
function distinctCuesReach(re: RegExp, folded: string, hits: number): boolean {
  re.lastIndex = 0;
  const seen = new Set<string>();
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded))) {
    if (m.index > 0 && LETTER_AT_END_RE.test(folded.slice(Math.max(0, m.index - 2), m.index))) {
      re.lastIndex = m.index + 1;
      continue;
    }
    seen.add(m[0]);
    if (seen.size >= hits) return true;
  }
  return false;
}
const MILITARY_GLOBAL_RE = new RegExp(String.raw`(?:${alt(MILITARY_CUES)})(?![\p{L}])`, 'gu');
const WAR_PAGE_HITS = 2;
const OPERATION_HEAD = foldForMatch('chiến dịch');
/**
 * On a page of war (two military words or more, anywhere) a "chiến dịch" is an operation ("chiến dịch “Bão táp sa
 * mạc”"), although its own sentence may name no weapon; the other heads there are the army's own movements and stay.
 */
function isWarPage(folded: string): boolean {
  return distinctCuesReach(MILITARY_GLOBAL_RE, folded, WAR_PAGE_HITS);
}
/** Per head, the words that, right before it, make it something else ("xe mô hình", "học chương trình"). */
const NOT_HEAD_BEFORE_RE = new Map(Object.entries(NOT_HEAD_BEFORE).map(([h, ws]) =>
  [foldForMatch(h), new RegExp(String.raw`(?<![\p{L}])(?:${alt(ws)})\s+$`, 'u')]));
/** A show named with its station or episode: `“Chào buổi sáng” của đài MSNBC`, `“...” tập 242`. */
const SHOW_AFTER_RE = /^["'”’]?\s*(?:\([^)]{0,40}\)\s*)?(?:(?:của|trên)\s+(?:kênh|đài|sóng|vtv|htv|vtc|vov|cnn|bbc|msnbc)|tập\s+\d)/u;
/** "các phong trào Hồi giáo cực đoan": a plural before a lower-case head refers to a kind, not one named effort. */
const PLURAL_BEFORE_RE = /(?<![\p{L}])(?:các|những|nhiều)\s+$/u;
/** A party writes its own-language name in brackets: "phong trào Tiến bước (En Marche)". */
const FOREIGN_BRACKET_RE = /^\s*\([A-Za-z][A-Za-z' -]*\)/;
/** "cuộc thi Intel ISEF 2017": a contest's foreign name with an acronym and its year is that year's edition. */
const YEARLY_CONTEST_RE = /(?:^|\s)\p{Lu}{2,}[\p{Lu}\p{N}&-]*\s(?:19|20)\d\d$/u;
/** No Vietnamese letter at all: a foreign-language name (a show, a militia, a product), not a Vietnamese effort. */
const NON_ASCII_RE = /[^\x00-\x7f]/;
const STOP_WORDS = new Set(NAME_STOP_WORDS.filter((w) => !w.includes(' ')).map(foldForMatch));
/** Two- and three-word stops ("giai đoạn", "tổ chức tại"). */
const STOP_PAIRS = new Set(NAME_STOP_WORDS.filter((w) => w.includes(' ')).map(foldForMatch));
/** A list of quoted names after one head word: `“A”, “B” và “C”`. */
const NEXT_QUOTED_RE = /^\s*(?:[,;]|và|hoặc)\s*(["'])/u;
/** An activity list ("nhiều hoạt động như: ...") holds one-off programme items, not programmes. */
const ACTIVITY_LIST_RE = new RegExp(String.raw`${foldForMatch('hoạt động')}[^.]{0,60}(?:như|gồm|:)`, 'u');
const ACRONYM_RE = /^[\p{Lu}\p{N}&-]*\p{Lu}[\p{Lu}\p{N}&-]*$/u;
const UPPER_START_RE = /^\p{Lu}/u;
const TRAILING_YEAR_RE = /\s+(?:năm\s+)?(?:19|20)\d\d$/u;
const CLOSING_QUOTES = new Set(['”', '’', '»']);
/** "tại chương trình Chủ tịch ..." uses the programme as a place; three capitalised words are a person. */
const VENUE_BEFORE_RE = /(?<![\p{L}])(?:tại|ở|trong|từ|dự|xem)\s*$/u;
const PERSON_NAME_RE = /(?<![\p{L}])\p{Lu}\p{Ll}*\s+\p{Lu}\p{Ll}*\s+\p{Lu}\p{Ll}*/u;
/**
 * Three capitals that hold a known place of two words or more are no person: "Nam Bình Dương", "Đối tác Thái Bình
 * Dương 2017", "Đông Nam Á". A place after a surname is a given name ("Nguyễn Thái Bình"), and a place that reads as a
 * person ("Hồ Chí Minh") stays one.
 */
const SURNAMES = new Set([...COMMON_SURNAMES, ...RARER_SURNAMES, ...SURNAMES_OPENING_NO_UNIT]);
const TITLE_CASE_PLACE_RE = /^\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*)+$/u;
const KNOWN_PLACES = [
  ...OLD_PROVINCES.flatMap((p) => [p.name, ...p.variants]),
  ...[...COUNTRIES, ...REGIONS, ...FOREIGN_CITIES, ...VIETNAM_CITIES].flatMap((p) => p.forms),
  ...NOT_PLACE_NAMES,
].filter((n) => TITLE_CASE_PLACE_RE.test(n) && !(n.split(' ').length >= 3 && SURNAMES.has(n.slice(0, n.indexOf(' ')).toLowerCase())));
const KNOWN_PLACE_RE = new RegExp(String.raw`(?<![\p{L}])(?:${[...new Set(KNOWN_PLACES)].sort((a, b) => b.length - a.length).join('|')})(?![\p{L}])`, 'gu');
const WORD_BEFORE_RE = /(\p{L}+)\s+$/u;
/** The known places in `s` as one capitalised word each ("Hà Lan Hermen Borst" → "X Hermen Borst": still a person after it). */
const PLACE_MASK = 'X';
function maskPlaces(s: string): string {
  return s.replace(KNOWN_PLACE_RE, (place, at: number) => {
    const before = WORD_BEFORE_RE.exec(s.slice(Math.max(0, at - 12), at));
    return before && SURNAMES.has(before[1].toLowerCase()) ? place : PLACE_MASK;
  });
}
function personNameIn(s: string): boolean {
  return PERSON_NAME_RE.test(s) && PERSON_NAME_RE.test(maskPlaces(s));
}
/** A name closed by its phase or horizon ("... giai đoạn 2017 - 2022", "... đến năm 2020"): a state's or a body's own effort. */
const PHASED_NAME_RE = new RegExp(String.raw`(?:${foldForMatch('giai đoạn')}|${foldForMatch('đến năm')})\s(?:(?:19|20)\d\d\s?[-–]\s?)?(?:19|20)\d\d$`, 'u');
/** "các Dự án ..." is a kind. A project's head ("Trưởng Dự án X") still names it. */
const PROJECT_PLURAL_BEFORE_RE = /(?<![\p{L}])(?:các|những|nhiều|thành viên)\s+$/u;
/** "giai đoạn 2016 – 2020", "năm 2018", "đến năm 2020, tầm nhìn đến năm 2030": a phase or horizon closing a plan's name. */
const PHASE_TAIL_RE = new RegExp(
  String.raw`^\s+(?:${alt(['giai đoạn', 'năm', 'nhiệm kỳ', 'niên khóa', 'đến năm', 'đến', 'giai đoạn đến', 'giai đoạn đến năm'])})\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?(?![\p{N}])` +
    // (a second horizon: "đến năm 2025, định hướng đến năm 2030", "..., có xét đến năm 2025")
    // (with or without its comma: "giai đoạn 2011 - 2020 có xét đến năm 2030", "đến năm 2025 tầm nhìn đến 2030")
    String.raw`(?:(?:\s*,\s*|\s+)(?:${alt(['tầm nhìn', 'định hướng', 'có xét'])})(?:\s+${alt(['đến'])})?(?:\s+${alt(['năm'])})?\s+(?:19|20)\d\d(?![\p{N}]))?`, 'u');
/** How far a phase may run after a name: " giai đoạn 2016-2020, định hướng đến năm 2025" is 45 characters. */
const PHASE_REACH = 64;
const YEAR_RANGE_END_RE = /^\s*[-–]\s*(?:19|20)\d\d(?![\p{N}])/u;
const ENDS_IN_YEAR_RE = /(?:19|20)\d\d$/u;
const BUSINESS_PROJECT_RE = wordsRe(BUSINESS_PROJECT_WORDS);
const BUSINESS_SITE_START_RE = new RegExp(String.raw`^\s*(?:${BUSINESS_SITE_STARTS.map(foldForMatch).join('|')})(?![a-zà-ỹ])`);
const FIELD_NAME_RE = new RegExp(String.raw`^(?:${alt(FIELD_NAMES)})(?![\p{L}])`, 'u');
const FIELD_UNIT_BEFORE_RE = new RegExp(String.raw`(?<![\p{L}])(?:${alt(FIELD_UNIT_WORDS)})\s+$`, 'u');
/** "Dự án cảng ... 900 tỷ đồng": the cost after a name is not part of it. */
const COST_TAIL_RE = /\s+[\d.,]+\s+(?:tỷ|triệu|nghìn|ngàn)(?:\s+(?:đồng|usd))?$/u;
const LEVEL_KIND_RE = new RegExp(String.raw`(?<![\p{L}])(?:${alt(LEVEL_KIND_TAILS)})$`, 'u');
/** Per head that needs them, the words that must follow it ("Olympic Toán học"). */
const NEXT_WORDS = new Map(Object.entries(INITIATIVE_HEADS).filter(([, h]) => h.needsNext)
  .map(([w, h]) => [foldForMatch(w), new RegExp(String.raw`^\s+(?:${alt(h.needsNext!)})(?![\p{L}])`, 'u')]));
/** Right after the head, a counted slogan in quotes: a digit or a number word, more words, a comma ("ba tăng, ba giảm"). */
const COUNTED_AFTER_RE = new RegExp(String.raw`^\s*:?\s*["']\s*(?:\d+|${alt(COUNT_WORDS)})\s+\p{L}[^"']*,`, 'u');
/** One or two capitalised words and a plain adjective: a polity's way ("Xô Viết cũ"), see STYLE_ADJECTIVES. */
// (a name word, not an acronym: "mô hình HTX kiểu mới" is the new cooperative model)
const POLITY_STYLE_RE = new RegExp(String.raw`^(?:\p{Lu}\p{Ll}[\p{L}-]*\s+){1,2}(?:${STYLE_ADJECTIVES.join('|')})$`, 'u');
/** "Quy hoạch điện VII": a field and the edition's Roman number name a national plan (not "Kế hoạch số 8"). */
const ROMAN_EDITION_RE = /^(?!số\s)\p{Ll}+(?:\s\p{Ll}+){0,3}\s[IVX]{2,4}$/u;
/** "Quy hoạch điện 7" (not "Dự án thành phần 1", "Đề án chặt hạ 7.600"): a master plan also takes a digit. */
const DIGIT_EDITION_RE = /^(?!số\s)\p{Ll}+(?:\s\p{Ll}+){0,3}\s[1-9]$/u;
const MASTER_PLAN_HEAD = foldForMatch('quy hoạch');
function numberedEdition(headKey: string, tail: string, text: string, end: number): boolean {
  if (ROMAN_EDITION_RE.test(tail)) return true;
  return headKey === MASTER_PLAN_HEAD && DIGIT_EDITION_RE.test(tail) && !/^[.,:/]\d/.test(text.slice(end, end + 2));
}
/**
 * "Kế hoạch tác chiến 4D", "Kế hoạch Tác chiến 5015", "Kế hoạch Thương mại 100": a capitalised plan named by its field
 * and a code (digits and capitals, or a number that is no year) is a named plan however short, an army's too: a plan is
 * no operation. Not a quantity ("Kế hoạch 5 năm") nor a document number ("số 8").
 */
const CODED_PLAN_TAIL_RE = /^(?!số\s)\p{L}+(?:\s\p{L}+){0,2}\s(?:\d+\p{Lu}+|(?!19|20)\d{3,4})$/u;
const CODED_PLAN_AFTER_RE = /^\s(?!số\s)\p{L}+(?:\s\p{L}+){0,2}\s(?:\d+\p{Lu}+|(?!19|20)\d{3,4})(?![\p{L}\p{N}]|[.,/]\d)/u;
function codedPlanAt(text: string, headStart: number, headEnd: number, headKey: string): boolean {
  return headKey === PLAN_HEAD_KEY && text[headStart] === 'K' && CODED_PLAN_AFTER_RE.test(text.slice(headEnd, headEnd + 40));
}
const MAX_NAME = 160;
/** A project's official title quoted in full runs long ("đề án “Tăng cường quản lý ... giai đoạn 2017-2020, tầm nhìn 2030”"). */
const MAX_LONG_QUOTED_NAME = 280;
/** Past MAX_NAME a quotation is a title only when no sentence ends inside it and no colon opens it as speech ("quy định: “..."). */
function longQuotedName(text: string, open: number, close: number): boolean {
  let b = open - 1;
  while (b >= 0 && text[b] === ' ') b--;
  return text[b] !== ':' && !SENTENCE_INSIDE_RE.test(text.slice(open, close));
}
const MAX_SENTENCE_SIDE = 300;
const MIN_CAPITAL_HEAD_TAIL = 5;
/**
 * A contest is named by what is contested ("Hội thi tạc tượng gỗ", "Cuộc thi viết thư quốc tế"): three syllables make a name,
 * unless a connective goes on with it ("Cuộc thi báo chí viết về ...", "Hội thi cứu hộ trên biển"): then it was cut short.
 */
const MIN_CONTEST_TAIL = 3;
const CONTEST_HEADS = new Set(['hội thi', 'cuộc thi'].map(foldForMatch));
const CUT_SHORT_AFTER_RE = new RegExp(String.raw`^\s+(?:${alt(['về', 'và', 'trên', 'của', 'cho', 'với', 'trong', 'hoặc', 'ở'])})(?![\p{L}])`, 'u');
function shortContestName(ctx: ExtractContext, headKey: string, tail: string, end: number): boolean {
  const words = tail.split(' ').length;
  return CONTEST_HEADS.has(headKey) && words >= MIN_CONTEST_TAIL && words < MIN_CAPITAL_HEAD_TAIL
    && !CUT_SHORT_AFTER_RE.test(ctx.folded.slice(end, end + 8));
}
/**
 * "xin rút khỏi Đề án tái cơ cấu Sacombank vì ...", "thảo luận Đề án cải cách tiền lương tại ...": mid-sentence, a
 * capitalised "Đề án" is some body's document, and four syllables name it (5 of 6 tuning golds take such a name);
 * "Kế hoạch", "Chương trình" with four may be a description ("Kế hoạch đổi số thuê bao"). Not when it was cut short:
 * at a comma of a list ("Đề án tổng thể sắp xếp, tái cơ cấu ..."), before a number ("Đề án tổng kết 15 năm ...") or a
 * connective that goes on with it; three syllables are a bare verb ("Đề án tái cơ cấu").
 */
const PROJECT_DOCUMENT_TAIL = 4;
const PROJECT_DOCUMENT_HEAD = foldForMatch('đề án');
const CUT_AT_LIST_OR_NUMBER_RE = /^(?:,| \d)/;
function shortProjectDocumentName(ctx: ExtractContext, headKey: string, tail: string, end: number): boolean {
  return headKey === PROJECT_DOCUMENT_HEAD && tail.split(' ').length === PROJECT_DOCUMENT_TAIL && !/^\p{Lu}/u.test(tail)
    && !CUT_AT_LIST_OR_NUMBER_RE.test(ctx.text.slice(end, end + 2))
    && (!CUT_SHORT_AFTER_RE.test(ctx.folded.slice(end, end + 8)) || andThenVerb(ctx.folded, end));
}
/** "Đề án thu phí tham quan và bắt đầu triển khai ...": "và" before a verb of the stop list joins two clauses, not two parts of a name. */
function andThenVerb(folded: string, end: number): boolean {
  if (!folded.startsWith(AND_BETWEEN, end)) return false;
  const at = end + AND_BETWEEN.length;
  const w = nextWord(folded, at);
  return w !== '' && (STOP_WORDS.has(w) || (folded[at + w.length] === ' ' && stopsAt(folded, w, at + w.length + 1)));
}
/** "Chương trình giám sát của Quốc hội năm 2018": the council that owns the agenda (a capital and up to three more words), then its year. */
// (no connective in between: "của Ủy ban trong năm 2018" is the sentence's time)
const AGENDA_OWNER_YEAR_RE = /^ của \p{Lu}[\p{L}&]*(?: (?!(?:trong|tại|từ|đến|và|với|cho|về|trên|đã|sẽ|được|vào)(?![\p{L}]))[\p{L}&]+){0,3}? năm (?:19|20)\d\d(?!\d)/u;
/** An agenda cut at "của" closes with its owner and year: `span` is extended and true returned, or false. */
function agendaOwnerYear(text: string, span: [number, number]): boolean {
  const m = AGENDA_OWNER_YEAR_RE.exec(text.slice(span[1], span[1] + 48));
  if (!m) return false;
  span[1] += m[0].length;
  return true;
}
/**
 * "Chương trình phát triển sản phẩm lưu niệm du lịch trên địa bàn thành phố để ...", "Đề án thu phí sử dụng tạm thời
 * lòng đường, hè phố trên địa bàn TP.": a plan's area ("trên địa bàn" and an administrative unit, its name if written,
 * then its phase if one follows) is part of its name; so is a lower-case list item of two or three words before it
 * (not ", đoạn trên địa bàn tỉnh": one word names a section of a work, whose title the comma closes). Only where the
 * name was cut right before it (a function word stops a name at "trên"), and only a unit, not a capitalised run.
 */
const AREA_SCOPE = ' trên địa bàn ';
// (the unit as written, "TP.HCM", "TP. Hải Phòng", "tỉnh Thái Bình"; "TP. Xung quanh ..." is "TP" closing a sentence)
const AREA_SCOPE_RE = new RegExp(String.raw`^(?:, (\p{Ll}+(?: \p{Ll}+){1,2}))? trên địa bàn (?:(?:TP|Tp)(?:\.\p{Lu}+|\.? \p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*)+)?|(?:tỉnh|thành phố|quận|huyện|thị xã|thị trấn|xã|phường)(?: \p{Lu}\p{Ll}*)*|cả nước|toàn quốc)(?![\p{L}\p{N}])`, 'u');
function areaScopeEnd(ctx: ExtractContext, span: [number, number]): boolean {
  const { text } = ctx;
  const at = span[1];
  if (!text.startsWith(AREA_SCOPE, at) && !(text[at] === ',' && text.slice(at, at + 36).includes(AREA_SCOPE))) return false;
  const m = AREA_SCOPE_RE.exec(text.slice(at, at + 80));
  if (!m || (m[1] !== undefined && m[1].split(' ').some((w) => STOP_WORDS.has(foldForMatch(w))))) return false;
  let end = at + m[0].length;
  // ("TP." closing the sentence: the dot is the full stop)
  const phase = PHASE_TAIL_RE.exec(ctx.folded.slice(end, end + PHASE_REACH));
  if (phase) end += phase[0].length;
  span[1] = end;
  return true;
}
/**
 * A quoted counted slogan, two counted parts joined by a dash or a comma ("quy hoạch phát triển “hai hành lang - một
 * vành đai”"): a name however lower-case, not scare quotes. `at` is the first letter inside the quote.
 */
const COUNT_WORD = String.raw`(?:\d+|${alt(COUNT_WORDS)})`;
const COUNTED_SLOGAN_RE = new RegExp(String.raw`^${COUNT_WORD} [^"',;.\-–\n]{1,30}?\s?[-–,]\s?${COUNT_WORD} `, 'u');
function countedSloganAt(folded: string, at: number): boolean {
  return COUNTED_SLOGAN_RE.test(folded.slice(at, at + 64));
}
const MAX_UNQUOTED_WORDS = 14;
const MAX_CAPITAL_HEAD_WORDS = 20;

interface Found {
  name: string;
  kind: InitiativeKind;
  mention: Mention;
  /** A short form the text gives in brackets right after this name ("... giai đoạn 2013-2020 (Đề án 896)"). */
  shortForm?: string;
}

function sentenceStart(text: string, offset: number): number {
  let s = offset;
  while (s > 0) {
    const c = text[s - 1];
    if (c === '\n' || ((c === '.' || c === '!' || c === '?') && (text[s] === ' ' || text[s] === '\n'))) break;
    s--;
  }
  return s;
}

/** End of the sentence from `offset`: cue words further away describe something else. */
function sentenceEnd(text: string, offset: number): number {
  const limit = Math.min(text.length, offset + MAX_SENTENCE_SIDE);
  for (let e = offset; e < limit; e++) {
    const c = text[e];
    if (c === '\n') return e;
    if ((c === '.' || c === '!' || c === '?') && (e + 1 >= text.length || text[e + 1] === ' ' || text[e + 1] === '\n')) return e;
  }
  return limit;
}

/** The closing quote of a name opened at `open`, on the same line and not too far. */
function closingQuote(folded: string, open: number, quote: string, max = MAX_NAME): number {
  for (let i = open + 1; i < folded.length && i - open <= max; i++) {
    const c = folded[i];
    if (c === '\n') return -1;
    if (c === quote) {
      // An apostrophe inside a word is not the closing single quote.
      if (quote === "'" && /\p{L}/u.test(folded[i + 1] ?? '')) continue;
      return i;
    }
  }
  return -1;
}

/** A name that is a show, a curriculum or a party however it was introduced. */
function otherThing(ctx: ExtractContext, kind: InitiativeKind, s: number, e: number): boolean {
  const { folded } = ctx;
  const name = folded.slice(s, e);
  if (ENTERTAINMENT_RE.test(name)) return true;
  if (kind === 'programme') {
    if (CURRICULUM_RE.test(name) || ONE_OFF_START_RE.test(name) || EPISODE_RE.test(name)) return true;
    if (SHOW_AFTER_RE.test(folded.slice(e, e + 30)) || CHANNEL_AFTER_RE.test(ctx.text.slice(e, e + 20))) return true;
  }
  return kind === 'movement' && FOREIGN_BRACKET_RE.test(ctx.text.slice(e, e + 40).replace(/^["'”’]/, ''));
}

function quotedName(
  ctx: ExtractContext, open: number, quote: string, kind: InitiativeKind, out: Found[], lowerOk: boolean,
  vietnameseOnly = false,
): number {
  const { text, folded } = ctx;
  // A single quote opens a name only before a capital: not an apostrophe. A closing curly quote, or one
  // followed by a space or punctuation, ends a quotation instead (`dự cuộc thi" - ông A nói`).
  if (quote === "'" && !UPPER_START_RE.test(text[open + 1] ?? '')) return -1;
  if (CLOSING_QUOTES.has(text[open]) || /[\s,.;:!?)]/.test(text[open + 1] ?? ' ')) return -1;
  const close = closingQuote(folded, open, quote, MAX_LONG_QUOTED_NAME);
  if (close < 0 || (close - open > MAX_NAME && !longQuotedName(text, open, close))) return -1;
  let s = open + 1;
  let e = close;
  while (s < e && /[\s.,;:…]/.test(text[s])) s++;
  while (e > s && /[\s.,;:…!?]/.test(text[e - 1])) e--;
  const name = text.slice(s, e);
  if (!/\p{L}/u.test(name) || NOT_START_RE.test(folded.slice(s, e))) return close + 1;
  // One lower-case word in quotes is emphasis (dự án âm nhạc “khủng”), not a name.
  if (!name.includes(' ') && !/^[\p{Lu}\p{N}]/u.test(name)) return close + 1;
  // Lower-case quotes after a project, a plan or a described head are scare quotes: dự án nghìn tỷ “đắp chiếu”.
  if (!lowerOk && /^\p{Ll}/u.test(name)) return close + 1;
  if (otherThing(ctx, kind, s, e)) return close + 1;
  // A fund or a campaign with no Vietnamese letter in its name is someone's own or a foreign one: quỹ "Mardi Gras".
  if (vietnameseOnly && !NON_ASCII_RE.test(name)) return close + 1;
  // A quoted question is a quiz item: cuộc thi trả lời câu hỏi “Nếu ...?”.
  if (text[e] === '?' || text[close + 1] === '?') return close + 1;
  out.push({ name, kind, mention: { text: name, span: [s, e] } });
  return close + 1;
}

// ("+" glues a road chainage, "đoạn Km213+608-Km215+775": one word, not a cut)
const NAME_WORD_CHAR_RE = /[\p{L}\p{N}&/+\-–]/u;
/** Words of an unquoted name from `start`, up to punctuation, a dash or a function word. */
function unquotedName(ctx: ExtractContext, start: number, headEnd = -1): [number, number] | null {
  const { text, folded } = ctx;
  const words: [number, number][] = [];
  let i = start;
  let pairEnd = -1;
  // (where a closed pair's far end is the name's end: "Cát Linh - Hà Đông lấy lại")
  let closeAt = -1;
  // (the dashes and far ends of a route do not count against the word limit: "Sơn Tây - Hòa Lạc - Xuân Mai - ...")
  let pairWords = 0;
  // A capitalised head's official name may name another document inside it ("Kế hoạch triển khai thực hiện Đề án tổng thể ...").
  const maxWords = headEnd < 0 ? MAX_UNQUOTED_WORDS : MAX_CAPITAL_HEAD_WORDS;
  const head = headEnd < 0 ? '' : folded.slice(start, headEnd);
  while (words.length - pairWords < maxWords) {
    while (i < text.length && text[i] === ' ') i++;
    // Two spaces between words glue two segments of a page ("cuộc thi Truyện ngắn smartphone  Gửi tác phẩm"), not a name.
    if (words.length > 0 && i - words[words.length - 1][1] > 1) break;
    let j = i;
    // (an en dash is a word of its own too: "Cát Linh – Hà Đông" is read as the ASCII-dashed pair is)
    while (j < text.length && NAME_WORD_CHAR_RE.test(text[j])) j++;
    if (j === i) break;
    if (text[j] === '.' && j - i === 2 && CITY_ABBREVIATIONS.has(text.slice(i, j))) j = cityAbbreviationEnd(text, j);
    const w = folded.slice(i, j);
    // (the capitalised far end of a route or pair is a name: "Cần Thơ" after "Hà Nội -")
    if (i < pairEnd) {
      words.push([i, j]);
      pairWords++;
      i = j;
      if (text[i] !== ' ' || i === closeAt) break;
      continue;
    }
    if (words.length > 0 && STOP_WORDS.has(w) && !inCompound(folded, words[words.length - 1], w, j)) break;
    // After a lower-case head, "ở" says where the named effort is ("mô hình Hệ thống ... ở 3 địa điểm"); a capitalised
    // head's official name may hold its scope ("Kế hoạch ... các loài linh trưởng ở Việt Nam đến năm 2025").
    if (headEnd < 0 && words.length > 0 && w === AT_PLACE && !inCompound(folded, words[words.length - 1], w, j)) break;
    // "Dự án Long Thành thành Dự án thành phần": the same head capitalised again starts another name.
    if (i > headEnd && headEnd > 0 && text[i] !== folded[i] && sameHeadAt(folded, head, i)) break;
    // "Dự án đầu tư dự án nâng cấp ...": the head again in lower case; the words before it describe the inner name.
    if (i > headEnd && headEnd > 0 && text[i] === folded[i] && sameHeadAt(folded, head, i)) break;
    if (words.length > 0 && text[j] === ' ' && stopsAt(folded, w, j + 1)) break;
    // "nông thôn mới" ends a name; "mới chỉ đạt" goes on as a clause.
    // ("đổi mới" is one verb, renewal: "Đề án đổi mới cơ chế quản lý ..." goes on)
    if (words.length > 0 && w === NEW && !renewalAt(folded, words[words.length - 1]) && isClauseAfter(folded, j)) break;
    if ((w === '-' || w === '–') && !dashedCompound(folded, i, j)) {
      pairEnd = capitalPairEnd(text, folded, words, j);
      if (pairEnd < 0) break;
      if (pairEnd >= PAIR_CLOSES_NAME) closeAt = pairEnd -= PAIR_CLOSES_NAME;
      pairWords++;
    }
    words.push([i, j]);
    i = j;
    if (text[i] !== ' ') break;
  }
  // (a dash the next word did not go on from)
  const lastWord = words[words.length - 1];
  if (lastWord && lastWord[1] - lastWord[0] === 1 && (text[lastWord[0]] === '-' || text[lastWord[0]] === '–')) words.pop();
  // "mô hình Nhà tạm lánh dành | cho phụ nữ ...", "NTM gắn | với du lịch": a word that needs the connective the name was cut at is not its end.
  else if (lastWord && DANGLING_WORDS.has(folded.slice(lastWord[0], lastWord[1]))) words.pop();
  if (words.length < 2 || runsIntoQuantity(text, folded, words)) return null;
  // "Toàn dân bảo vệ ANTQ phát triển đa dạng": a name that ends in an acronym ends there, unless
  // capitalised words go on with it ("hỗ trợ DNNVV Việt Nam").
  let last = words.length - 1;
  for (let k = words.length - 1; k > 0; k--) {
    if (ACRONYM_RE.test(text.slice(words[k][0], words[k][1])) && !capitalLetterOfWord(text, words, k)) {
      if (k < words.length - 1 && UPPER_START_RE.test(text[words[k + 1][0]])) break;
      // "Tầm nhìn ARF 2020": the year after the acronym is the name's.
      if (k < words.length - 1 && YEAR_ONLY_RE.test(text.slice(words[k + 1][0], words[k + 1][1]))) last = k + 1;
      else if (headEnd < 0 || acronymEndsName(text, words, k, headEnd)) last = k;
      break;
    }
  }
  return [words[0][0], words[last][1]];
}

const QUANTITY_GO_ON_RE = /^(?:%|[.,]\d)/;
const DIGITS_RE = /^\d+$/;
const FIVE_OR_YEAR = foldForMatch('năm');
/**
 * "Tasigna Copay tức bệnh nhân đồng chi trả 4|%", "... công suất 3|.000 tấn", "... sớm hơn 1| tháng", "... hữu hạn một|
 * thành viên": a name cut at a number after a lower-case word that goes on as a quantity (a percent, a thousands dot, a counter or any word after
 * a count word) is a clause cut in its middle, not a name. Codes ("Đề án 896 cấp tỉnh", "mạch 3", "số 45/KH-UBND ngày")
 * and years stay.
 */
function runsIntoQuantity(text: string, folded: string, words: [number, number][]): boolean {
  const [ws, we] = words[words.length - 1];
  // (after a capitalised place the number is cut off later: "Cảng hàng không quốc tế Phan Thiết 1 lần")
  if (text[words[words.length - 2][0]] !== folded[words[words.length - 2][0]]) return false;
  if (DIGITS_RE.test(text.slice(ws, we))) {
    if (QUANTITY_GO_ON_RE.test(text.slice(we, we + 2))) return true;
    // (after digits "năm" opens a code's year: "Đề án 896 năm 2017")
    const next = text[we] === ' ' ? nextWord(folded, we + 1) : '';
    return COUNTER_AFTER_NUMBER.has(next) && next !== FIVE_OR_YEAR;
  }
  const w = folded.slice(ws, we);
  // (as the number word, "năm" is more often "year" than "five")
  return w !== FIVE_OR_YEAR && NUMBER_WORDS.has(w) && text[we] === ' ' && /\p{Ll}/u.test(text[we + 1] ?? '');
}

/**
 * "ngành Y tế", "Y học", "Y khoa": the syllable "Y" written with its capital before a lower-case one is a word (medicine),
 * no acronym ending the name. (Other single capitals stay acronyms: "Kế hoạch A nức nở ..." is a film and a sentence.)
 */
function capitalLetterOfWord(text: string, words: [number, number][], k: number): boolean {
  return words[k][1] - words[k][0] === 1 && text[words[k][0]] === 'Y' && k < words.length - 1 && /\p{Ll}/u.test(text[words[k + 1][0]]);
}

const DANGLING_WORDS = new Set(DANGLING_BEFORE_CONNECTIVE.map(foldForMatch));

const RENEW = foldForMatch('đổi');
const RENEWAL = ' ' + foldForMatch('đổi mới') + ' ';
const renewalAt = (folded: string, prev: [number, number]) => prev[1] - prev[0] === RENEW.length && folded.startsWith(RENEW, prev[0]);

function sameHeadAt(folded: string, head: string, at: number): boolean {
  return folded.startsWith(head, at) && !LETTER_RE.test(folded[at + head.length] ?? '');
}

/**
 * "Dự án đường cao tốc Đà Nẵng - Quảng Ngãi", "Kế hoạch hành động chiến lược Việt Nam - Đức": a spaced dash between two
 * capitalised words joins the two ends of a route or the two sides of a pair, inside the name.
 */
function capitalPairEnd(text: string, folded: string, words: [number, number][], dashEnd: number): number {
  const prev = words[words.length - 1];
  if (prev === undefined || !UPPER_START_RE.test(text[prev[0]]) || text[dashEnd] !== ' ' || !UPPER_START_RE.test(text[dashEnd + 1] ?? '')) return -1;
  // The capitalised end closes the name: "Cát Linh - Hà Đông giữa Chính phủ ...", "... - Hà Đông lấy lại" go on as the
  // sentence, so the name ends at the far end (flagged PAIR_CLOSES_NAME). A far end of one capitalised word before a
  // lower-case one is the start of a phrase, not a place ("Queen of Rose – Nữ hoàng ...", "... – Giai đoạn 2"): no pair.
  let i = dashEnd + 1;
  let end = i;
  let capitals = 0;
  while (UPPER_START_RE.test(text[i] ?? '')) {
    while (i < text.length && /[\p{L}\p{N}]/u.test(text[i])) i++;
    end = i;
    capitals++;
    if (text[i] !== ' ') return end;
    i++;
  }
  let j = i;
  while (j < text.length && LETTER_RE.test(text[j])) j++;
  const w = folded.slice(i, j);
  if (j === i || STOP_WORDS.has(w) || (text[j] === ' ' && stopsAt(folded, w, j + 1))) return end;
  return capitals >= 2 ? end + PAIR_CLOSES_NAME : -1;
}
/** Added to capitalPairEnd's end when the name stops there (texts are far shorter). */
const PAIR_CLOSES_NAME = 1 << 30;
/** "TP.HCM", "TP. Hải Phòng" inside a name: the city's abbreviation does not end it at its dot. */
const CITY_ABBREVIATIONS = new Set(['TP', 'Tp', 'TX']);
function cityAbbreviationEnd(text: string, dot: number): number {
  let j = dot + 1;
  if (text[j] === ' ') return UPPER_START_RE.test(text[j + 1] ?? '') ? j : dot;
  if (!UPPER_START_RE.test(text[j] ?? '')) return dot;
  while (j < text.length && /[\p{L}\p{N}]/u.test(text[j])) j++;
  return j;
}

const YEAR_ONLY_RE = /^(?:19|20)\d\d$/;
/**
 * After a capitalised head, an acronym ends the name only where the words up to it already make one ("Chương trình
 * mục tiêu quốc gia xây dựng NTM chính là ...", "Quy hoạch điện VII điều chỉnh ..."); a common noun's acronym
 * inside a short start goes on with the rest ("Đề án khuyến khích DN tự nguyện tuân thủ pháp luật Hải quan").
 */
function acronymEndsName(text: string, words: [number, number][], k: number, headEnd: number): boolean {
  if (words[k][1] - words[k][0] === 1) return true;
  let tailWords = 0;
  for (let w = 0; w <= k; w++) if (words[w][0] >= headEnd) tailWords++;
  return tailWords >= MIN_CAPITAL_HEAD_TAIL || ROMAN_NUMBER_RE.test(text.slice(words[k][0], words[k][1]));
}
const ROMAN_NUMBER_RE = /^[IVX]+$/;

/**
 * `xây dựng “Đề án sản xuất ... để xuất khẩu sang thị trường Nhật Bản”`: a capitalised head opening a quotation names
 * all that is quoted, function words and commas too. The end of the name, or -1 when the quote does not close.
 */
function quotedHeadEnd(ctx: ExtractContext, headStart: number): number {
  const { text } = ctx;
  // A quotation after a colon or opening its sentence is speech ("nói: “Dự án này cần ...”"), not a name.
  let b = headStart - 2;
  while (b >= 0 && text[b] === ' ') b--;
  if (b < 0 || text[b] === ':' || text[b] === '\n' || text[b] === '.' || text[b] === '(') return -1;
  const close = closingQuote(ctx.folded, headStart - 1, '"');
  // "về “Chương trình ... 2016 – 2021, trong đó xác định, “xây dựng ...": an opening quote does not close the name.
  if (close < 0 || text[close] === '“' || SENTENCE_INSIDE_RE.test(text.slice(headStart, close))) return -1;
  let e = close;
  while (e > headStart && /[\s.,;:…!?]/.test(ctx.text[e - 1])) e--;
  return e;
}

const WORK_TITLE_BEFORE_RE = new RegExp(String.raw`(?<![a-zà-ỹ])(?:${alt(WORK_TITLE_WORDS)})\s*$`);
const QUOTED_HEAD_KINDS = new Set<InitiativeKind>(['project', 'plan', 'programme', 'contest']);
const SENTENCE_INSIDE_RE = /[.!?]\s/;

/** Function words a long official name runs through ("Đề án thành lập cơ quan ... với doanh nghiệp ... và vốn ... tại DN"). */
const RUN_THROUGH = new Set(RUN_THROUGH_WORDS.map(foldForMatch));
const MAX_RUN_WORDS = 32;
const MIN_RUN_BASE_WORDS = 4;
/** Official documents run long; contests ("Olympic ... 2017 tại Thái Lan") and models end at the first connective. */
const RUN_ON_KINDS = new Set<InitiativeKind>(['project', 'plan', 'programme']);
/** "Sáng kiến hợp tác lưu trữ vật tư y tế và hợp tác nhân đạo": an initiative's official name runs on as a programme's does. */
const INITIATIVE_HEAD = foldForMatch('sáng kiến');
/**
 * "giải ba thuộc về em A với dự án “Cánh tay robot ...”", "gây xôn xao với dự án “100 nụ hôn ở Paris”": someone's
 * entry or work, not a public effort. "đối với dự án “...”" (as for the project) is not this "với".
 */
const OWN_WORK_BEFORE_RE = new RegExp(String.raw`(?<![a-zà-ỹ])(?:(?<!${foldForMatch('đối')}\s)${foldForMatch('với')}|${foldForMatch('tác giả')}(?: ${foldForMatch('của')})?)\s+$`);
function ownWorkBefore(folded: string, headStart: number): boolean {
  return OWN_WORK_BEFORE_RE.test(folded.slice(Math.max(0, headStart - 16), headStart));
}
/** "dự án “Cánh tay robot ...” của Phạm Huy đã nhận giải ba": a project owned by a named person is his entry. */
const OWNER_PERSON_AFTER_RE = /^\s*của\s+(\p{Lu}\p{Ll}*)\s+\p{Lu}/u;
function personOwnerAfter(ctx: ExtractContext, open: number, quote: string): boolean {
  const close = closingQuote(ctx.folded, open, quote);
  if (close < 0) return false;
  const m = OWNER_PERSON_AFTER_RE.exec(ctx.text.slice(close + 1, close + 40));
  return m !== null && SURNAMES.has(m[1].toLowerCase());
}
const BODY_WORD_AT_END_RE = new RegExp(String.raw`${foldForMatch('tổ chức')}\s+$`);
const AT = foldForMatch('tại');
const HEAD_AT_RE = new RegExp(HEAD_RE.source, 'y');
function headAt(folded: string, at: number): boolean {
  HEAD_AT_RE.lastIndex = at;
  return HEAD_AT_RE.test(folded);
}
const DOCUMENT_HEADS = RUN_STOP_DOCUMENTS.map(foldForMatch);
const YEAR_WORD = foldForMatch('năm');
const PHASE_WORD = foldForMatch('giai');
const ACRONYM_WORD_RE = /^ \p{Lu}{2,}(?![\p{L}])/u;
const acronymNext = (text: string, at: number) => ACRONYM_WORD_RE.test(text.slice(at, at + 12));
// Not a comma: "hợp tác ... trong các lĩnh vực kinh tế, khoa học, ..." goes on with a list.
const CLAUSE_END_CHARS = new Set(['.', ';', ':', '"', "'", '\n', ')', '!', '?', '…']);
/**
 * "tại cuộc họp về Đề án thành lập cơ quan chuyên trách làm đại diện chủ sở hữu với doanh nghiệp nhà nước (DNNN) và
 * vốn nhà nước tại DN.": a capitalised head's name cut at a connective goes on through connectives when the clause
 * ends before any verb, number or other stop; a bracketed acronym of the words before it stays inside. Otherwise
 * (`... tiêm thuốc độc cho 15 Công an`, `... của Bộ Ngoại giao Mỹ đã treo`) the first cut stands.
 */
function clauseRunEnd(ctx: ExtractContext, cut: number): number {
  const { text, folded } = ctx;
  if (text[cut] !== ' ') return cut;
  const first = nextWord(folded, cut + 1);
  if (!RUN_THROUGH.has(first)) return cut;
  // A name closed by a proper name ("Dự án Cảng hàng không quốc tế Long Thành với đa số phiếu") goes on only in
  // title case ("Chính sách Thương mại và Đầu tư").
  if (UPPER_START_RE.test(text[wordStartBefore(text, cut)]) && !UPPER_START_RE.test(text[cut + first.length + 2] ?? '')) return cut;
  let i = cut;
  let wordEnd = cut;
  const words: number[] = [];
  for (let n = 0; n < MAX_RUN_WORDS; n++) {
    while (text[i] === ' ') i++;
    const c = text[i];
    if (c === undefined || CLAUSE_END_CHARS.has(folded[i])) return words.length > 1 ? wordEnd : cut;
    if (c === ',') return cut;
    if (c === '(') {
      const close = text.indexOf(')', i);
      if (close < 0 || !acronymOfWordsBefore(text, text.slice(i + 1, close), words)) return words.length > 1 ? wordEnd : cut;
      i = wordEnd = close + 1;
      continue;
    }
    let j = i;
    while (j < text.length && /[\p{L}\p{N}&/-]/u.test(text[j])) j++;
    if (j === i) return cut;
    const w = folded.slice(i, j);
    // "... của Quốc hội năm 2018;": a phase closes the run when the clause ends right after it.
    if (words.length > 0 && (w === YEAR_WORD || w === PHASE_WORD)) {
      const phase = PHASE_TAIL_RE.exec(folded.slice(i - 1, i + 60));
      if (phase) {
        const end = i - 1 + phase[0].length;
        return CLAUSE_END_CHARS.has(folded[end] ?? '\n') || verbAfterPhase(text, folded, end) ? end : cut;
      }
    }
    if (/\d/.test(w[0]) || (STOP_WORDS.has(w) && !RUN_THROUGH.has(w)) || (text[j] === ' ' && stopsAt(folded, w, j + 1))) return cut;
    // A connective in capitals opens a sentence glued on ("... mạch 3 Theo kế hoạch, ...").
    if (RUN_THROUGH.has(w) && text[i] !== folded[i]) return cut;
    // "tại hội trường", "tại Thái Lan": where the effort is discussed or held ("tại DN", for doanh nghiệp, names its scope).
    if (w === AT && !acronymNext(text, j)) return cut;
    // Another capitalised head ("Dự án A và Dự án B") starts another name.
    // Another capitalised head or a document ("... và Nghị quyết về ...") starts another name.
    if (UPPER_START_RE.test(text[i]) && (headAt(folded, i) || DOCUMENT_HEADS.some((h) => folded.startsWith(h, i)))) return cut;
    words.push(i);
    i = wordEnd = j;
  }
  return cut;
}

/**
 * "Chương trình quốc gia ... Liên hợp quốc (UNODC) giai đoạn 2012-2017", "... Một sức khỏe quốc gia (OHSP) giai đoạn
 * 2016-2020": the name, cut at the bracket of its acronym, closes with the phase after it. The length of the bracket and
 * the phase, or 0.
 */
const BRACKET_ACRONYM_RE = /^ \(\p{Lu}[\p{Lu}\p{N}&-]{1,9}\)/u;
function bracketThenPhase(ctx: ExtractContext, end: number): number {
  const bracket = BRACKET_ACRONYM_RE.exec(ctx.text.slice(end, end + 14));
  if (!bracket) return 0;
  const at = end + bracket[0].length;
  const phase = PHASE_TAIL_RE.exec(ctx.folded.slice(at, at + PHASE_REACH));
  return phase ? bracket[0].length + phase[0].length : 0;
}

const MIN_PHASE_RUN_BASE_WORDS = 2;
/** Connectives a name runs through to its phase; "tại", "trong", "trên" before a phase make it the sentence's place or time. */
const PHASE_RUN_CONNECTIVES = new Set(['và', 'của', 'về', 'với', 'hoặc', 'cho'].map(foldForMatch));
/** "có hiệu quả", "có thu nhập thấp": inside a name closed by its phase, "có" qualifies (not as the word after the cut). */
const HAVE = foldForMatch('có');
/** "liên tịch số 02/KHLT/UBND-UBMTTQ": a described plan and its document's number make a name however short. */
const NUMBERED_DOCUMENT_TAIL_RE = /^\p{Ll}+(?: \p{Ll}+){0,3} số \d[\p{L}\p{N}]*\/[\p{L}\p{N}/-]+$/u;
/** "Kế hoạch liên tịch số 02/KHLT/UBND-UBMTTQ của UBND ...": the document's number closes its name. */
const DOCUMENT_NUMBER_END_RE = /\d[\p{L}\p{N}]*\/[\p{L}\p{N}/-]*$/u;
/**
 * A capitalised head's name cut at a connective ("và", "của", "về"...) goes on, through lower-case words, "có" and up to
 * two commas, to a phase or horizon that closes the clause or comes before the sentence's verb ("Quy hoạch chi tiết bảo
 * tồn và phát huy giá trị di sản vịnh Hạ Long đến năm 2020."). A verb, a time or place word, a number, another name or
 * the clause's end before any phase leaves the cut; `span` is extended and true returned only when the phase was reached.
 */
function extendToPhase(ctx: ExtractContext, span: [number, number]): boolean {
  const { text, folded } = ctx;
  const cut = span[1];
  if (!PHASE_RUN_CONNECTIVES.has(nextWord(folded, cut + 1)) || text[cut + 1] !== folded[cut + 1]) return false;
  let i = cut;
  let words = 0;
  let commas = 0;
  for (let n = 0; n < MAX_RUN_WORDS; n++) {
    if (text[i] === ',') {
      if (++commas > MAX_LIST_COMMAS || words < 2) return false;
      i++;
    }
    // (another document named inside: "Chiến lược ... và điều chỉnh quy hoạch chung ... đến năm 2020")
    if (words > 0 && headAt(folded, i + 1)) return false;
    if (text[i] !== ' ') return false;
    while (text[i] === ' ') i++;
    let j = i;
    while (j < text.length && /[\p{L}\p{N}&/-]/u.test(text[j])) j++;
    if (j === i) return false;
    const w = folded.slice(i, j);
    if (words > 1 && (w === YEAR_WORD || w === PHASE_WORD || w === TO_WORD)) {
      const phase = PHASE_TAIL_RE.exec(folded.slice(i - 1, i + PHASE_REACH));
      if (phase) {
        const end = i - 1 + phase[0].length;
        // (after a comma, a verb after the phase may be the next clause's: "..., nhu cầu cát của nước ta năm 2015 là ...")
        if (!CLAUSE_END_CHARS.has(folded[end] ?? '\n') && (commas > 0 || !verbAfterPhase(text, folded, end))) return false;
        span[1] = end;
        return true;
      }
    }
    if (/\d/.test(w[0])) return false;
    if (STOP_WORDS.has(w) && !PHASE_RUN_CONNECTIVES.has(w) && !(w === HAVE && words > 1) && !relatedTo(folded, i, w)) return false;
    if (text[j] === ' ' && stopsAt(folded, w, j + 1)) return false;
    if (UPPER_START_RE.test(text[i]) && (PHASE_RUN_CONNECTIVES.has(w) || headAt(folded, i) || DOCUMENT_HEADS.some((h) => folded.startsWith(h, i)))) return false;
    words++;
    i = j;
  }
  return false;
}

/** "... thép giai đoạn đến 2020, có xét đến năm 2025 được Bộ trưởng phê duyệt": the passive or the agent after the phase closes the name too. */
const PHASE_THEN_VERB = new Set(PHASE_CLOSING_VERBS.map(foldForMatch));
function verbAfterPhase(text: string, folded: string, end: number): boolean {
  if (text[end] !== ' ') return false;
  let j = end + 1;
  while (j < text.length && LETTER_RE.test(text[j])) j++;
  return text[end + 1] === folded[end + 1] && PHASE_THEN_VERB.has(folded.slice(end + 1, j));
}

const TOPIC_SCOPE_END_RE = new RegExp(String.raw`(?:^|\s)(?:${alt(TOPIC_SCOPE_WORDS)})$`, 'u');
const ABOUT = foldForMatch('về');
const AND = foldForMatch('và');
const MAX_TOPIC_ITEM_WORDS = 4;
/** Connectives inside a topic ("trao quyền cho người khuyết tật", "phát triển của ..."); "tại" says where, not what. */
const TOPIC_CONNECTIVES = new Set([...RUN_THROUGH_WORDS.filter((w) => w !== 'tại'), 'cho'].map(foldForMatch));
/** Words that cannot open a topic after "về": the "về" was a verb of motion or a time ("về nước", "về sau"). */
const ABOUT_STOPS = new Set(['và', 'của', 'cho', 'với', 'trong', 'trên', 'hoặc', 'là', 'đã', 'được', 'sau', 'trước', 'nước', 'đến', 'tới'].map(foldForMatch));
/**
 * "Kế hoạch Quốc gia về trao quyền cho người khuyết tật nhằm ...": after a scope word (see TOPIC_SCOPE_WORDS), "về" and
 * the topic up to the first verb, purpose, number, punctuation or other name. `cut` when no topic word follows.
 */
function topicRunEnd(ctx: ExtractContext, cut: number): number {
  const { text, folded } = ctx;
  let i = cut + 1 + ABOUT.length;
  let end = cut;
  // "về chăm sóc sức khỏe bà mẹ, trẻ sơ sinh và trẻ em": a list goes on past its commas once "và" closes it.
  let beforeList = -1;
  let itemWords = 0;
  for (let n = 0; n < MAX_RUN_WORDS; n++) {
    if (text[i] === ',' && end > cut && text[i + 1] === ' ') {
      if (beforeList < 0) beforeList = end;
      itemWords = 0;
      i++;
    }
    if (text[i] !== ' ') break;
    while (text[i] === ' ') i++;
    let j = i;
    while (j < text.length && /[\p{L}\p{N}&/-]/u.test(text[j])) j++;
    if (j === i || /\d/.test(text[i])) break;
    const w = folded.slice(i, j);
    // The topic's first word may be a verb of the stop list ("về trao quyền ..."); later ones end it.
    if (end === cut) {
      if (ABOUT_STOPS.has(w)) break;
    } else if (TOPIC_CONNECTIVES.has(w)) {
      if (w === AND && beforeList >= 0 && folded[i - 2] !== ',') beforeList = -2;
      i = j;
      continue;
    } else if (STOP_WORDS.has(w) || (text[j] === ' ' && stopsAt(folded, w, j + 1))) break;
    if (UPPER_START_RE.test(text[i]) && (headAt(folded, i) || DOCUMENT_HEADS.some((h) => folded.startsWith(h, i)))) break;
    // Items of a topic's list are short nouns; a long clause after a comma is the sentence going on.
    if (beforeList >= 0 && ++itemWords > MAX_TOPIC_ITEM_WORDS) break;
    end = i = j;
  }
  // A comma with no closing "và" after it ended the topic there.
  return beforeList >= 0 ? beforeList : end;
}

function wordStartBefore(text: string, end: number): number {
  let s = end;
  while (s > 0 && text[s - 1] !== ' ') s--;
  return s;
}

/** "doanh nghiệp nhà nước (DNNN)": the bracket abbreviates the words right before it. */
function acronymOfWordsBefore(text: string, inner: string, wordStarts: number[]): boolean {
  const acronym = inner.trim();
  if (!ACRONYM_RE.test(acronym) || acronym.length < 2 || acronym.length > wordStarts.length) return false;
  const initialsBefore = wordStarts.slice(-acronym.length).map((at) => text[at].toUpperCase()).join('');
  return initialsBefore === foldForMatch(acronym).toUpperCase().replace(/Đ/g, 'Đ');
}

const COMPOUNDS = new Set(STOP_WORD_COMPOUNDS.map(foldForMatch));
const DASHED = DASHED_COMPOUNDS.map((c) => c.split(' - ').map(foldForMatch));
/** "kinh tế - xã hội": a dash inside a paired field name goes on with the name. */
function dashedCompound(folded: string, dashStart: number, dashEnd: number): boolean {
  return DASHED.some(([left, right]) => folded.slice(dashStart - left.length - 1, dashStart - 1) === left
    && folded.startsWith(right, dashEnd + 1));
}
/** "hàng không", "không gian": a stop word inside a compound with the word before or after it. */
function inCompound(folded: string, prev: [number, number], w: string, end: number): boolean {
  return COMPOUNDS.has(folded.slice(prev[0], prev[1]) + ' ' + w) || (folded[end] === ' ' && COMPOUNDS.has(w + ' ' + nextWord(folded, end + 1)));
}

/** A two- or three-word stop ("giai đoạn", "tổ chức tại") starting with `first`. */
function stopsAt(folded: string, first: string, from: number): boolean {
  const second = nextWord(folded, from);
  const pair = first + ' ' + second;
  if (STOP_PAIRS.has(pair)) return true;
  return folded[from + second.length] === ' ' && STOP_PAIRS.has(pair + ' ' + nextWord(folded, from + second.length + 1));
}

function nextWord(folded: string, from: number): string {
  let j = from;
  while (j < folded.length && j - from < 12 && LETTER_RE.test(folded[j])) j++;
  return folded.slice(from, j);
}

/** Words after a number that make it a quantity or a time ("chương trình 120 phút", "đề án 300 tỷ"). */
const CODE_UNITS_LIST = ['giờ', 'phút', 'ngày', 'tháng', 'năm', 'tuần', 'tỷ', 'triệu', 'nghìn', 'ngàn', 'người', 'hộ', 'xã', 'km', 'ha', 'tấn', 'đồng', 'học', 'trường', 'tập', 'số', 'triệu', 'lượt', 'em', 'cháu', 'suất', 'căn', 'dự', 'chương', 'đề'];
const NEW = foldForMatch('mới');
const AT_PLACE = foldForMatch('ở');
const NEXT_LOWER_WORD_RE = /^ (\p{L}+)/u;
function isClauseAfter(folded: string, at: number): boolean {
  const next = NEXT_LOWER_WORD_RE.exec(folded.slice(at, at + 16));
  return next !== null && !STOP_WORDS.has(next[1]);
}

const MAX_LIST_WORDS = 20;
const MAX_LIST_COMMAS = 2;
const MAX_BRACKET_ACRONYM = 12;
/**
 * From the comma that cut a capitalised head's name: the list goes on ("sắp xếp, tái cơ cấu Tập đoàn Điện lực Việt Nam
 * (EVN)", "xây dựng luật, pháp lệnh") and the name closes with its phase or year. `span` is extended and true returned
 * only when the phase comes before any verb, other stop word, other name or end of clause.
 */
function listToPhase(ctx: ExtractContext, span: [number, number]): boolean {
  const { text, folded } = ctx;
  let i = span[1];
  let commas = 0;
  let itemWords = 0;
  // "Đề án đổi mới cơ chế quản lý, cơ chế tài chính, tổ chức lại hệ thống đơn vị sự nghiệp công lập.": a list of
  // lower-case items between lower-case words may also close at its clause's end with no verb in it.
  const startWords = text.slice(span[0], i).split(' ').length;
  const lowerList = startWords > 2 && /\p{Ll}/u.test(text[wordStartBefore(text, i)] ?? '') && /\p{Ll}/u.test(text[i + 2] ?? '');
  const shortStart = startWords <= MAX_SHORT_LIST_START;
  let sawAnd = false;
  for (let n = 0; n < MAX_LIST_WORDS; n++) {
    if (text[i] === ',') {
      // (", thị xã Chí Linh": a trailing place ends the list before its comma)
      if (lowerList && commas > 0 && itemWords > 1 && (sawAnd || commas > 1 || shortStart) && ADMIN_AFTER_COMMA_RE.test(folded.slice(i + 1, i + 14))) {
        span[1] = i;
        return true;
      }
      if (++commas > MAX_LIST_COMMAS || text[i + 1] !== " ") return false;
      itemWords = 0;
      i++;
    }
    if (text[i] !== ' ') {
      // (a list it is: closed by "và", of three items, or after a one-verb start, "Đề án xây dựng, phát triển ...";
      // one comma after a longer start is the sentence going on: "Đề án cơ cấu lại ... tín dụng, nợ xấu giảm")
      if (lowerList && commas > 0 && itemWords > 1 && (sawAnd || commas > 1 || shortStart) && clauseEndAt(text, i)) {
        span[1] = i;
        return true;
      }
      return false;
    }
    while (text[i] === ' ') i++;
    if (text[i] === '(') {
      const close = text.indexOf(')', i);
      if (close < 0 || close - i > MAX_BRACKET_ACRONYM || !ACRONYM_RE.test(text.slice(i + 1, close))) return false;
      i = close + 1;
      continue;
    }
    let j = i;
    while (j < text.length && /[\p{L}\p{N}&/-]/u.test(text[j])) j++;
    if (j === i || /\d/.test(text[i])) return false;
    const w = folded.slice(i, j);
    // A phase right after the comma times the sentence ("Theo Quy hoạch điện VII, đến năm 2020, ..."): no list read.
    if (n > 0 && (w === YEAR_WORD || w === PHASE_WORD || w === TO_WORD)) {
      const phase = PHASE_TAIL_RE.exec(folded.slice(i - 1, i + 60));
      if (phase) {
        span[1] = i - 1 + phase[0].length;
        return true;
      }
    }
    if ((STOP_WORDS.has(w) && !LIST_CONNECTIVES.has(w) && !relatedTo(folded, i, w)) || (text[j] === ' ' && stopsAt(folded, w, j + 1))) return false;
    if (UPPER_START_RE.test(text[i]) && (headAt(folded, i) || DOCUMENT_HEADS.some((h) => folded.startsWith(h, i)))) return false;
    if (w === AND) sawAnd = true;
    itemWords++;
    i = j;
  }
  return false;
}
const TO_WORD = foldForMatch('đến');
/** Head and one verb before a list's first comma ("Đề án xây dựng, phát triển ..."). */
const MAX_SHORT_LIST_START = 4;
const ADMIN_AFTER_COMMA_RE = new RegExp(String.raw`^ (?:${alt(ADMIN_UNIT_WORDS)})(?![a-zà-ỹ])`);
function clauseEndAt(text: string, i: number): boolean {
  const c = text[i];
  return c === undefined || c === '\n' || c === ';' || (c === '.' && (i + 1 >= text.length || text[i + 1] === ' ' || text[i + 1] === '\n'));
}
const RELATED = foldForMatch('liên quan') + ' ';
/** "các cơ sở dữ liệu liên quan đến quản lý dân cư": "đến" of "liên quan đến" goes on with the list item. */
const relatedTo = (folded: string, at: number, w: string) => w === TO_WORD && folded.startsWith(RELATED, at - RELATED.length);
/** Connectives inside such a list; "trong", "tại" before the phase make it the sentence's time ("trong năm 2017"). */
const LIST_CONNECTIVES = new Set(['và', 'của', 'về', 'với', 'hoặc'].map(foldForMatch));

/**
 * With no quote after it, a head names something only when capitalised (and allowed to be) or, if it may take an
 * unquoted name, when a capital opens the next word ("phong trào Toàn dân ..."): the common lower-case "chương trình
 * học", "mô hình sản xuất" skip the sentence tests.
 */
function namedAfterUnquoted(text: string, head: InitiativeHead, headStart: number, headEnd: number): boolean {
  if (text[headStart] !== text[headStart].toLowerCase()) return head.capitalised === true || head.unquoted;
  if (!head.unquoted) return false;
  let i = headEnd;
  while (text[i] === ' ') i++;
  return i < text.length && (UPPER_START_RE.test(text[i]) || (text[i] >= '1' && text[i] <= '9' && i === headEnd + 1));
}

const MIN_REPEATED_TAIL = 3;
/**
 * A short name after a capitalised head ("Kế hoạch chuyển đổi mã vùng") that the text writes again, head and all, is
 * the effort's proper name; written once, three words may be a description that happens to follow a capital.
 */
function repeatedShortName(text: string, tail: string, span: [number, number]): boolean {
  if (tail.split(' ').length < MIN_REPEATED_TAIL || /[\d&]/.test(tail) || !closedNameAt(text, span[0], span[1])) return false;
  const name = text.slice(span[0], span[1]);
  const after = text.indexOf(name, span[1]);
  const other = after >= 0 ? after : text.lastIndexOf(name, span[0] - 1);
  return other >= 0 && closedNameAt(text, other, other + name.length);
}
/** Not glued to a unit before it ("Phòng Tài chính- Kế hoạch ..."), nor cut before a letter, a dash, a comma or a number. */
function closedNameAt(text: string, start: number, end: number): boolean {
  if (/[-–]\s?$/.test(text.slice(Math.max(0, start - 2), start))) return false;
  return !/^(?:\p{L}|\s*[-–,]|\s+\d)/u.test(text.slice(end, end + 3));
}
/** "Dự án" with a short name is most often a building site ("Dự án bãi đỗ xe"); the rule is for plans and programmes. */
const PROJECT_HEAD = foldForMatch('dự án');

/** "triển khai Khuôn khổ A; Khuôn khổ B": after a semicolon, a capitalised head right after a name just read lists the next one. */
function listedAfterName(text: string, headStart: number, coveredTo: number): boolean {
  return coveredTo > 0 && text[coveredTo] === ';' && headStart - coveredTo <= 2;
}

/** "Đề án 896 cấp tỉnh có nhiệm vụ": a head's number of two or more characters is the whole name (not "Chương trình 5 năm"). */
const NUMBER_NAME_RE = /^ \d[\p{N}\p{Ll}/]+(?= \p{Ll})/u;
function cutAtNumber(text: string, headEnd: number, span: [number, number]): void {
  if (text[headEnd + 1] < '0' || text[headEnd + 1] > '9') return;
  const m = NUMBER_NAME_RE.exec(text.slice(headEnd, span[1]));
  if (m) span[1] = headEnd + m[0].length;
}

const STATE_DOCUMENT_HEADS = new Set(['kế hoạch', 'quy hoạch', 'đề án'].map(foldForMatch));
/** "Kế hoạch Quốc gia ...", "Đề án ..." capitalised are the state's own documents: a bank's or a shop's words in the sentence ("hạn mức") do not make them offers. */
function stateDocumentHead(text: string, headStart: number, headKey: string): boolean {
  return STATE_DOCUMENT_HEADS.has(headKey) && UPPER_START_RE.test(text[headStart]);
}

const PUBLIC_WORK_RE = new RegExp(String.raw`^(?:${alt(PUBLIC_WORKS)})(?![\p{L}])`, 'u');
/** "Bảo tàng Vũ trụ", "Trung tâm Vệ tinh quốc gia": a capitalised public work and a capitalised word of its own name after it. */
function namedPublicWork(text: string, folded: string, at: number, end: number): boolean {
  if (!UPPER_START_RE.test(text[at] ?? '')) return false;
  const m = PUBLIC_WORK_RE.exec(folded.slice(at, at + 28));
  return m !== null && /\s\p{Lu}/u.test(text.slice(at + m[0].length, end));
}
const PLURAL_TAIL_RE = new RegExp(String.raw`(?:^|\s)(?:${foldForMatch('các')}|${foldForMatch('những')})(?:\s\S+){1,2}$`, 'u');
/**
 * "xây dựng Kế hoạch triển khai thực hiện các quy định tại chỉ thị này", "Chương trình hành động triển khai các Nghị quyết
 * của Hội nghị ...": an unquoted name that ends on a plural noun ("các quy định") was cut in the middle of a description.
 */
function pluralTail(folded: string, span: [number, number]): boolean {
  return PLURAL_TAIL_RE.test(folded.slice(Math.max(span[0], span[1] - 32), span[1]));
}
/** The words after a public work's own word: "Cầu" of "Cầu Đầm Vạc" is no surname before a given name. */
function workPlace(text: string, folded: string, at: number, end: number): string {
  const m = PUBLIC_WORK_RE.exec(folded.slice(at, at + 28));
  return m ? text.slice(at + m[0].length, end) : text.slice(at, end);
}
const PRIVATE_OWNER_RE = wordsRe(PRIVATE_OWNER_CUES);
const CAPITAL_PROJECT_ONLY_RE = new RegExp(String.raw`^(?:${alt(CAPITAL_PROJECT_ONLY_WORKS.map(foldForMatch))})(?![\p{L}])`, 'u');
const PLACE_TAILS = new Set(PUBLIC_WORK_PLACE_TAILS.map(foldForMatch));
const NUMBER_WORDS = new Set(COUNT_WORDS.map(foldForMatch));
/**
 * A public work's name ends with its place: "Cảng hàng không quốc tế Long Thành chiều 8-6", "... Long Thành 1 lần",
 * "Bảo tàng Vũ trụ ở Khu công nghệ cao Hòa Lạc" end after "Long Thành", "Vũ trụ". After the last capitalised word only
 * a scope ("quốc gia"), the rest of a sentence-case word ("Vũ trụ") or a number closing the name ("Thủ Thiêm 2") stays.
 */
function publicWorkEnd(text: string, folded: string, start: number, end: number): number {
  let capitalEnd = -1;
  let sentenceCase = false;
  let lastEnd = start;
  let prevLower = true;
  const trailing: [number, number][] = [];
  for (let i = start; i < end;) {
    while (text[i] === ' ') i++;
    let j = i;
    while (j < end && text[j] !== ' ') j++;
    // ("Long Thành- công trình": a dash glued to the place)
    const wordEnd = text[j - 1] === '-' || text[j - 1] === '–' ? j - 1 : j;
    if (folded.slice(i, j) === AT_PLACE && UPPER_START_RE.test(text[j + 1] ?? '')) break;
    if (UPPER_START_RE.test(text[i])) {
      // "... Long Thành thành Dự án thành phần": another head starts another name.
      if (i > start && headAt(folded, i)) break;
      capitalEnd = wordEnd;
      sentenceCase = prevLower;
      trailing.length = 0;
      prevLower = false;
    } else {
      trailing.push([i, wordEnd]);
      prevLower = true;
    }
    lastEnd = wordEnd;
    i = j;
  }
  if (capitalEnd < 0 || trailing.length === 0) return lastEnd;
  let keep = trailing.length;
  if (keep >= 2 && PLACE_TAILS.has(folded.slice(trailing[keep - 2][0], trailing[keep - 1][1]))) keep -= 2;
  if (keep === 0) return lastEnd;
  if (keep > 1) return capitalEnd;
  const [ws, we] = trailing[0];
  const w = folded.slice(ws, we);
  if (/\d/.test(w)) return keep === trailing.length && !(text[we] === ' ' && COUNTER_AFTER_NUMBER.has(nextWord(folded, we + 1))) ? we : capitalEnd;
  // The rest of a sentence-case word ("Vũ trụ" after "Bảo tàng"), not a word after a title-case place ("Long Thành thành").
  return sentenceCase && !NUMBER_WORDS.has(w) && !STOP_WORDS.has(w) ? lastEnd : capitalEnd;
}
const COUNTER_AFTER_NUMBER = new Set([...CODE_UNITS_LIST, 'lần'].map(foldForMatch));

/**
 * After a lower-case "dự án", a capitalised public work named by its place is the state's project: "dự án Cảng hàng
 * không quốc tế Long Thành", "dự án Cảng cá Sa Kỳ". A lower-case work before a place ("dự án sân bay Long Thành",
 * "dự án cầu Phước An") is a description, and golds split on it: left out. The name's end, or undefined.
 */
function publicWorkProject(ctx: ExtractContext, headStart: number, headEnd: number, found: Found[]): number | undefined {
  const { text, folded } = ctx;
  const at = headEnd + 1;
  if (text[headEnd] !== ' ' || !UPPER_START_RE.test(text[at] ?? '') || !PUBLIC_WORK_RE.test(folded.slice(at, at + 28))) return undefined;
  if (CAPITAL_PROJECT_ONLY_RE.test(folded.slice(at, at + 12))) return undefined;
  const span = unquotedName(ctx, at);
  if (!span) return undefined;
  span[1] = publicWorkEnd(text, folded, span[0], span[1]);
  if (!namedPublicWork(text, folded, at, span[1])) return undefined;
  routeAppositive(text, span);
  const words = folded.slice(span[0], span[1]);
  if (BUSINESS_PROJECT_RE.test(words)) return undefined;
  const before = folded.slice(Math.max(0, headStart - 16), headStart);
  if (PROJECT_PLURAL_BEFORE_RE.test(before) || FIELD_UNIT_BEFORE_RE.test(before)) return undefined;
  const sentence = folded.slice(Math.max(sentenceStart(text, headStart), headStart - MAX_SENTENCE_SIDE), sentenceEnd(text, headEnd));
  if (COMMERCIAL_RE.test(sentence) || MILITARY_RE.test(sentence) || PRIVATE_OWNER_RE.test(sentence)) return undefined;
  const name = text.slice(span[0], span[1]);
  found.push({ name, kind: 'project', mention: { text: name, span } });
  return span[1];
}

/**
 * "Dự án Đường sắt đô thị Hà Nội, tuyến Cát Linh - Hà Đông", "..., đoạn Nhổn - ga Hà Nội": a project's official title
 * names the line or section it builds by its two capitalised ends after a comma; the title runs through them. A
 * section described in words (", đoạn từ cầu A đến cầu B", ", đoạn qua tỉnh X") is not read.
 */
const ROUTE_APPOSITIVE_RE = /^, (?:[Tt]uyến|[Đđ]oạn) \p{Lu}[\p{L}\p{N}]*(?: \p{Lu}[\p{L}\p{N}]*){0,3} ?[-–] ?(?:\p{Ll}+ )?\p{Lu}[\p{L}\p{N}]*(?: \p{Lu}[\p{L}\p{N}]*){0,3}/u;
function routeAppositive(text: string, span: [number, number]): boolean {
  if (text[span[1]] !== ',') return false;
  const m = ROUTE_APPOSITIVE_RE.exec(text.slice(span[1], span[1] + 80));
  if (!m) return false;
  span[1] += m[0].length;
  return true;
}

/** "Dự án Bảo tàng Vũ trụ ở ...": a capitalised project head's public work ends at its place, and a company's is not public. */
function capitalPublicWork(ctx: ExtractContext, headStart: number, headEnd: number, span: [number, number]): boolean {
  const { text, folded } = ctx;
  span[1] = publicWorkEnd(text, folded, headEnd + 1, span[1]);
  const sentence = folded.slice(Math.max(sentenceStart(text, headStart), headStart - MAX_SENTENCE_SIDE), sentenceEnd(text, headEnd));
  return !PRIVATE_OWNER_RE.test(sentence);
}

/**
 * "đẩy nhanh tiến độ đầu tư Dự án sân bay Long Thành đã được ...", "hỗ trợ cho Dự án đường ĐT 725;": after a capitalised
 * "Dự án" in mid-sentence, a lower-case public work and the capitalised place right after it name the state's project in
 * fewer words than a described head needs (the tuning golds take "Dự án sân bay Long Thành" twice). The name ends at
 * the place (publicWorkEnd); a company's works in the sentence are its business. False, and the span untouched, otherwise.
 */
function lowerWorkProject(ctx: ExtractContext, headStart: number, headEnd: number, span: [number, number]): boolean {
  const { text, folded } = ctx;
  const at = headEnd + 1;
  if (text[headEnd] !== ' ' || UPPER_START_RE.test(text[at] ?? '')) return false;
  const m = PUBLIC_WORK_RE.exec(folded.slice(at, at + 28));
  if (!m || text[at + m[0].length] !== ' ' || !UPPER_START_RE.test(text[at + m[0].length + 1] ?? '')) return false;
  if (CAPITAL_PROJECT_ONLY_RE.test(folded.slice(at, at + 12))) return false;
  const end = publicWorkEnd(text, folded, at, span[1]);
  // ("Dự án cao tốc Bắc - Nam đoạn ...": a pair cut at its dash is half a name)
  if (end <= at + m[0].length + 1 || /^ ?[-–]/.test(text.slice(end, end + 2))) return false;
  const sentence = folded.slice(Math.max(sentenceStart(text, headStart), headStart - MAX_SENTENCE_SIDE), sentenceEnd(text, headEnd));
  if (PRIVATE_OWNER_RE.test(sentence)) return false;
  span[1] = end;
  return true;
}

const ACTION_PLAN_HEADS = new Set(['chương trình', 'kế hoạch'].map(foldForMatch));
const ACTION = ' ' + foldForMatch('hành động');
/** "... quốc gia", "... của Chính phủ", then the verb that implements a document: "(tiếp tục) (triển khai) thực hiện (các) ". */
const ACTION_PLAN_LINK_RE = new RegExp(String.raw`^(?: ${alt(['quốc gia'])})?(?: ${alt(['của'])}(?: [^\s,.;:()"]+){1,4}?)? (?:(?:${alt(IMPLEMENT_LEADS)}) )*(?:${alt(IMPLEMENT_VERBS)}) (?:${alt(['các'])} )?`);
const IMPLEMENTED_DOCUMENT_RE = new RegExp(String.raw`^(?:${alt(IMPLEMENTED_DOCUMENTS)})(?![a-zà-ỹ])`);
const ACTION_PLAN_END_WORDS = new Set(ACTION_PLAN_CLOSING_WORDS.map(foldForMatch));
const ACTION_PLAN_CLAUSE_END = new Set(['.', ';', ':', '\n', '(', '?', '!', '"', "'", '…']);
const MAX_ACTION_PLAN_WORDS = 40;
/**
 * "Chương trình hành động của Chính phủ thực hiện Nghị quyết Bộ Chính trị về phát triển du lịch ...;": an action plan
 * named by the document it implements runs to the end of its clause, through connectives and a comma before a
 * lower-case verb ("xây dựng, chỉnh đốn Đảng"); a verb of the sentence, a comma before a capital or a function word,
 * or a bracket ends it. -1 when no capitalised document follows the verb, or the clause runs on too long.
 */
function actionPlanEnd(ctx: ExtractContext, at: number): number {
  const { text, folded } = ctx;
  const link = ACTION_PLAN_LINK_RE.exec(folded.slice(at, at + 90));
  if (!link) return -1;
  let i = at + link[0].length;
  if (!UPPER_START_RE.test(text[i] ?? '') || !IMPLEMENTED_DOCUMENT_RE.test(folded.slice(i, i + 12))) return -1;
  let end = -1;
  let topic = false;
  for (let n = 0; n < MAX_ACTION_PLAN_WORDS; n++) {
    let j = i;
    while (j < text.length && /[\p{L}\p{N}&/-]/u.test(text[j])) j++;
    if (j === i) return end;
    const w = folded.slice(i, j);
    if (n > 1 && ACTION_PLAN_END_WORDS.has(w)) return end;
    if (w === ABOUT) topic = true;
    end = j;
    const c = text[j];
    if (c === undefined || ACTION_PLAN_CLAUSE_END.has(folded[j])) return end;
    if (c === ',') {
      // Only a topic lists with commas ("về cải thiện môi trường ..., nâng cao năng lực ..."); elsewhere the sentence goes on.
      if (!topic || text[j + 1] !== ' ' || !/\p{Ll}/u.test(text[j + 2] ?? '') || STOP_WORDS.has(nextWord(folded, j + 2))) return end;
      i = j + 2;
    } else if (c === ' ') {
      // ("kinh tế - xã hội 5 năm 2016 – 2020": a spaced dash inside)
      i = /^ [-–] \S/.test(text.slice(j, j + 4)) ? j + 3 : j + 1;
    } else return end;
  }
  return -1;
}

/** Pushes the action plan a capitalised head names (see actionPlanEnd); false when it names none. */
function pushActionPlan(ctx: ExtractContext, headStart: number, headEnd: number, kind: InitiativeKind, found: Found[]): boolean {
  const end = actionPlanEnd(ctx, headEnd + ACTION.length);
  if (end < 0) return false;
  const name = ctx.text.slice(headStart, end);
  found.push({ name, kind, mention: { text: name, span: [headStart, end] } });
  return true;
}

const ACTION_MONTH_HEAD = foldForMatch('tháng hành động');
/** The cause after the head, its words up to a sentence word, then the year if one follows ("năm 2017", "2017"). */
const ACTION_MONTH_CAUSE_RE = new RegExp(String.raw`^ (?:${alt(ACTION_MONTH_CAUSE_LEADS)})(?: (?!(?:${alt(ACTION_MONTH_CAUSE_STOPS)})(?![\p{L}]))[\p{L}/-]+){1,10}(?: (?:${foldForMatch('năm')} )?(?:19|20)\d\d(?![\p{N}]))?(?![\p{L}\p{N}])`, 'u');
/**
 * "Tháng hành động vì trẻ em năm 2017": the capitalised head is a named action month, and its cause, opened by a
 * connective the name reader stops at, is the name. Pushes it and returns its end, or -1.
 */
function pushActionMonth(ctx: ExtractContext, headStart: number, headEnd: number, found: Found[]): number {
  const cause = ACTION_MONTH_CAUSE_RE.exec(ctx.folded.slice(headEnd, headEnd + MAX_NAME));
  if (!cause) return -1;
  const end = headEnd + cause[0].length;
  const name = ctx.text.slice(headStart, end);
  found.push({ name, kind: 'campaign', mention: { text: name, span: [headStart, end] } });
  return end;
}

const PLAIN_SPACED_RE = /^[^\s]*(?: [^\s]+)*$/;
function findAll(ctx: ExtractContext): Found[] {
  const { text, folded } = ctx;
  const found: Found[] = [];
  let coveredTo = 0;
  let showbiz: boolean | undefined;
  let warPage: boolean | undefined;
  HEAD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HEAD_RE.exec(folded))) {
    const headStart = m.index;
    const headEnd = headStart + m[0].length;
    if (headStart < coveredTo || (headStart > 0 && LETTER_RE.test(folded[headStart - 1]))) continue;
    // (most heads are written with one plain space: no replace then)
    const headKey = PLAIN_SPACED_RE.test(m[1]) ? m[1] : m[1].replace(/\s+/g, ' ');
    const head = HEADS.get(headKey);
    if (!head) continue;
    const { kind } = head;
    if (head.phaseOnly && text[headStart] === folded[headStart]) continue;
    if (NOT_HEAD_BEFORE_RE.get(headKey)?.test(folded.slice(Math.max(0, headStart - 16), headStart))) continue;
    // (one compare per "kế hoạch": see plannedThemedYear)
    if (text.startsWith(THEMED_YEAR_CAPITAL, headEnd) && headKey === PLAN_HEAD_KEY && text[headStart] === 'k') {
      const yearEnd = plannedThemedYear(ctx, headEnd, found);
      if (yearEnd > 0) { coveredTo = yearEnd; continue; }
    }
    const after = folded.slice(headEnd, headEnd + 120);
    // Cheap gate: a head that needs quotes ("dự án", "kế hoạch" in lower case) with none after it names nothing.
    if (!after.includes('"') && !after.includes("'") && !namedAfterUnquoted(text, head, headStart, headEnd)) {
      if (headKey === PROJECT_HEAD && text[headStart] === 'd') coveredTo = publicWorkProject(ctx, headStart, headEnd, found) ?? coveredTo;
      continue;
    }
    // "chủ trương", "khuôn khổ" are common words: only a counted slogan right after them goes on to the sentence tests.
    if (head.countedOnly && !COUNTED_AFTER_RE.test(after) && !(head.capitalised && text[headStart] !== folded[headStart])) continue;
    const sStart = sentenceStart(text, headStart);
    const sentence = folded.slice(Math.max(sStart, headStart - MAX_SENTENCE_SIDE), sentenceEnd(text, headEnd));
    const showy = kind === 'programme' || kind === 'contest';
    if (showy && SHOW_RE.test(sentence)) continue;
    const mediaCue = kind === 'programme' ? (performanceIn(sentence) ? CUE_OTHER : MEDIA_RE.grade(sentence, AWARD_WORDS)) : CUE_NONE;
    if (mediaCue === CUE_OTHER) continue;
    if (kind !== 'contest' && kind !== 'movement' && COMMERCIAL_RE.test(sentence) && !stateDocumentHead(text, headStart, headKey)) continue;
    if (kind !== 'contest' && kind !== 'movement' && kind !== 'model' && MILITARY_RE.test(sentence) && !codedPlanAt(text, headStart, headEnd, headKey)) continue;
    if (headKey === OPERATION_HEAD && (warPage ??= isWarPage(folded))) continue;
    const q = DESCRIPTOR_THEN_QUOTE_RE.exec(after);
    if (q && !DESCRIPTOR_BREAK_RE.test(q[1]) && !head.phaseOnly) {
      const oneOffKind = kind === 'programme' || kind === 'project';
      if (oneOffKind && ONE_OFF_RE.test(q[1])) continue;
      if (kind === 'project' && q[1].trim() === '' && (ownWorkBefore(folded, headStart) || personOwnerAfter(ctx, headEnd + q[0].length - 1, q[2]))) continue;
      if (SPORT_KINDS.has(kind) && SPORT_RE.test(sentence)) continue;
      // (a party quoted by its name is one too: phong trào cực tả “Nước Pháp bất khuất”)
      if (kind === 'movement' && POLITICAL_RE.test(sentence)) continue;
      if (kind === 'programme' && ACTIVITY_LIST_RE.test(folded.slice(sStart, headStart))) continue;
      // The whole-text showbiz scan runs only once a programme is about to be named, not at every head. On such a page a
      // quoted project or plan is an album, a film or a music video too ("dự án “Buông tay đi”").
      if (SHOWBIZ_QUOTED_KINDS.has(kind) && (showbiz ??= isShowbizDoc(folded))) continue;
      // A lower-case quoted name stands after a bare head (chiến dịch “giải cứu thịt lợn”), or after a described
      // model (mô hình kiểm tra “một cửa”); projects, plans and programmes so quoted are scare quotes.
      const described = q[1].trim() !== '';
      const lowerOk = (described ? kind === 'model' : kind !== 'project' && kind !== 'plan' && kind !== 'programme')
        || countedSloganAt(folded, headEnd + q[0].length);
      // (a campaign named with no Vietnamese letter is a foreign police or military operation: chiến dịch "Blue Shield")
      const vietnameseOnly = kind === 'campaign';
      let next = quotedName(ctx, headEnd + q[0].length - 1, q[2], kind, found, lowerOk, vietnameseOnly);
      // `mô hình “A”, “B” và “C”`: each quoted name after one head word.
      while (next > 0) {
        coveredTo = next;
        const more = NEXT_QUOTED_RE.exec(folded.slice(next, next + 12));
        if (!more) break;
        next = quotedName(ctx, next + more[0].length - 1, more[1], kind, found, lowerOk, vietnameseOnly);
      }
      if (next !== -1 || coveredTo > headStart) continue;
    }
    // (a plural head before a list of examples: see listedExamples)
    if (after.includes(EXAMPLES_WORD) && PLURAL_BEFORE_RE.test(folded.slice(Math.max(0, headStart - 10), headStart))) {
      const listEnd = listedExamples(ctx, headEnd, kind, sentence, found);
      if (listEnd > 0) { coveredTo = listEnd; continue; }
    }
    if (mediaCue === CUE_ONLY_MINOR) continue;
    const capitalHead = UPPER_START_RE.test(text[headStart]);
    if (!capitalHead && headKey === PROJECT_HEAD) {
      coveredTo = publicWorkProject(ctx, headStart, headEnd, found) ?? coveredTo;
      continue;
    }
    if (capitalHead ? !head.capitalised : !head.unquoted) continue;
    if (capitalHead) {
      // Sentence-initial capitals are grammar, not names.
      if (/^[\s"'“‘(\[–-]*$/.test(text.slice(sStart, headStart))) continue;
      // A contest after ":" or ";" is an item of a list of events ("nhiều sự kiện như: Hội thi ...; Hội thi ...").
      const before3 = text.slice(Math.max(0, headStart - 3), headStart);
      if (/\(\s*$/.test(before3) || (kind !== 'contest' && /[:;]\s*$/.test(before3) && !listedAfterName(text, headStart, coveredTo))) continue;
      // "Hội đồng Kiến trúc-Quy hoạch ...": glued to the word before, the head is part of another name.
      if (headStart > 0 && (text[headStart - 1] === '-' || text[headStart - 1] === '&')) continue;
      if (head.needsNext && !NEXT_WORDS.get(headKey)!.test(folded.slice(headEnd, headEnd + 24))) continue;
      const monthEnd = headKey === ACTION_MONTH_HEAD ? pushActionMonth(ctx, headStart, headEnd, found) : -1;
      if (monthEnd > 0) { coveredTo = monthEnd; continue; }
      if (ACTION_PLAN_HEADS.has(headKey) && folded.startsWith(ACTION, headEnd) && pushActionPlan(ctx, headStart, headEnd, kind, found)) {
        // (a plan named inside, "... về Kế hoạch phát triển kinh tế - xã hội 5 năm 2016 – 2020", is read on its own)
        coveredTo = headEnd;
        continue;
      }
      // "minh họa cho bài viết “Dự án đường sắt đô thị Hà Nội”": a quoted title of a piece of writing or a film.
      if (folded[headStart - 1] === '"' && WORK_TITLE_BEFORE_RE.test(folded.slice(Math.max(0, headStart - 16), headStart - 1))) continue;
      const quotedEnd = folded[headStart - 1] === '"' && QUOTED_HEAD_KINDS.has(kind) ? quotedHeadEnd(ctx, headStart) : -1;
      const span = quotedEnd > 0 ? [headStart, quotedEnd] as [number, number] : unquotedName(ctx, headStart, headEnd);
      if (!span) continue;
      if (quotedEnd < 0 && head.unquoted) cutAtNumber(text, headEnd, span);
      if (quotedEnd < 0 && headKey === PROJECT_HEAD && namedPublicWork(text, folded, headEnd + 1, span[1])) {
        if (!capitalPublicWork(ctx, headStart, headEnd, span)) continue;
      }
      // "Đề án tổng thể sắp xếp, tái cơ cấu Tập đoàn ... giai đoạn 2017-2020": a list inside the name, closed by its phase.
      const routeFrom = span[1];
      const routed = quotedEnd < 0 && kind === 'project' && routeAppositive(text, span);
      const listed = routed || (quotedEnd < 0 && text[span[1]] === ',' && RUN_ON_KINDS.has(kind) && listToPhase(ctx, span));
      const publicWork = headKey === PROJECT_HEAD && namedPublicWork(text, folded, headEnd + 1, span[1]);
      if ((NOT_START_RE.test(folded.slice(headEnd, span[1]).trimStart()) && !publicWork) || FIELD_NAME_RE.test(folded.slice(headStart, span[1]))) continue;

      // "giai đoạn 2016 – 2020", "năm 2018" after a capitalised head's name is part of it.
      const phase = listed ? null : PHASE_TAIL_RE.exec(folded.slice(span[1], span[1] + PHASE_REACH))
        ?? (/\d$/.test(text[span[1] - 1]) ? YEAR_RANGE_END_RE.exec(folded.slice(span[1], span[1] + 12)) : null);
      if (phase) span[1] += phase[0].length;
      // A name read through "đổi mới" is a long official one: cut at a comma or a connective it is only a part.
      if (!listed && !phase && quotedEnd < 0 && folded.slice(headEnd, span[1]).includes(RENEWAL) && !clauseEndAt(text, span[1])) continue;
      // A council's legislative or oversight agenda is named by its year ("Chương trình xây dựng luật, pháp lệnh năm 2018").
      if (AGENDA_START_RE.test(folded.slice(headEnd, span[1]).trimStart()) && !ENDS_IN_YEAR_RE.test(text.slice(span[1] - 4, span[1]))
        && !agendaOwnerYear(text, span)) continue;
      const cost = COST_TAIL_RE.exec(text.slice(headEnd, span[1]));
      if (cost) span[1] -= cost[0].length;
      // "Chương trình hành động" is a description; a proper programme name runs on or carries a number or a phase.
      // Only the heads long met unquoted take a bare number ("Chương trình 135"); "Kế hoạch 5 năm" is a span.
      let tail = text.slice(headEnd, span[1]).trim();
      // A phase or a cost closes the name; a described head of a few words may run on ("Chương trình hoạt động
      // giám sát của Quốc hội năm 2018"), a bare one ("Kế hoạch và Đầu tư", "Chương trình Phát triển") may not.
      // "Đề án tăng cường năng lực quản lý và thực thi có hiệu quả ... đến năm 2020, định hướng đến năm 2025.": run to the phase.
      const phaseRun = quotedEnd < 0 && !phase && !listed && !cost && RUN_ON_KINDS.has(kind) && text[span[1]] === ' '
        && tail.split(' ').length >= MIN_PHASE_RUN_BASE_WORDS && !DOCUMENT_NUMBER_END_RE.test(tail) && extendToPhase(ctx, span);
      if (phaseRun) tail = text.slice(headEnd, span[1]).trim();
      else if (quotedEnd < 0 && !phase && !listed && !cost && RUN_ON_KINDS.has(kind) && text[span[1]] === ' '
        && nextWord(folded, span[1] + 1) === ABOUT && TOPIC_SCOPE_END_RE.test(folded.slice(headEnd, span[1]))) {
        span[1] = topicRunEnd(ctx, span[1]);
        const topicPhase = PHASE_TAIL_RE.exec(folded.slice(span[1], span[1] + PHASE_REACH));
        if (topicPhase) span[1] += topicPhase[0].length;
        tail = text.slice(headEnd, span[1]).trim();
      } else if (quotedEnd < 0 && !phase && !listed && !cost && (RUN_ON_KINDS.has(kind) || headKey === INITIATIVE_HEAD) && tail.split(' ').length >= MIN_RUN_BASE_WORDS
        && !ENDS_IN_YEAR_RE.test(tail) && !DOCUMENT_NUMBER_END_RE.test(tail)) {
        // (a year closes the name as a phase does: "... Tầm nhìn ASEAN 2025 và hợp tác biển")
        const cut = span[1];
        span[1] = clauseRunEnd(ctx, cut);
        // "Sáng kiến hợp tác lưu trữ vật tư y tế và hợp tác nhân đạo, đồng thời ...": a short lower-case run through "và".
        if (span[1] === cut && folded.startsWith(AND_BETWEEN, cut)) span[1] = andRunEnd(ctx, cut, CAPITAL_AND_RUN_CLOSERS);
        if (span[1] === cut && folded.startsWith(AND_BETWEEN, cut)) {
          span[1] = placePairEnd(ctx, cut);
          // ("... giữa hai Bộ Ngoại giao Việt Nam và Nga giai đoạn 2017-2018": the pair's phase closes the name)
          const pairPhase = span[1] > cut ? PHASE_TAIL_RE.exec(folded.slice(span[1], span[1] + PHASE_REACH)) : null;
          if (pairPhase) span[1] += pairPhase[0].length;
        }
        tail = text.slice(headEnd, span[1]).trim();
      }
      const bracketPhase = quotedEnd < 0 && !phase && !listed && text[span[1] + 1] === '(' ? bracketThenPhase(ctx, span[1]) : 0;
      if (bracketPhase > 0) {
        span[1] += bracketPhase;
        tail = text.slice(headEnd, span[1]).trim();
      }
      if (quotedEnd < 0 && RUN_ON_KINDS.has(kind) && (areaScopeEnd(ctx, span) || areaAfterLead(ctx, span))) tail = text.slice(headEnd, span[1]).trim();
      // ("Dự án sân bay Long Thành": a short name, read only for a lower-case work and its place, see lowerWorkProject)
      const lowerWork = !publicWork && quotedEnd < 0 && headKey === PROJECT_HEAD && tail.split(' ').length < MIN_CAPITAL_HEAD_TAIL
        && lowerWorkProject(ctx, headStart, headEnd, span);
      if (lowerWork) tail = text.slice(headEnd, span[1]).trim();
      if (!(head.unquoted && /^\d/.test(tail)) && !ENDS_IN_YEAR_RE.test(tail) && !NUMBERED_DOCUMENT_TAIL_RE.test(tail) && tail.split(' ').length < MIN_CAPITAL_HEAD_TAIL
        && !lowerWork && !numberedEdition(headKey, tail, text, span[1]) && !shortContestName(ctx, headKey, tail, span[1])
        && !(headKey === PLAN_HEAD_KEY && CODED_PLAN_TAIL_RE.test(tail))
        && !shortProjectDocumentName(ctx, headKey, tail, span[1])
        && !(headKey !== PROJECT_HEAD && repeatedShortName(text, tail, span))
        && !publicWork) continue;
      // (a route's ends are places: "Tuyến Bến Thành - ..." is no person)
      if (personNameIn(routed ? text.slice(headEnd, routeFrom) : publicWork || lowerWork ? workPlace(text, folded, headEnd + 1, span[1]) : tail) || (head.phaseOnly && !ENDS_IN_YEAR_RE.test(tail))) continue;
      const programmeTail = folded.slice(headEnd, span[1]).trimStart();
      if (kind === 'programme' && ONE_OFF_START_RE.test(programmeTail) && !AGENDA_BY_YEAR_RE.test(programmeTail)) continue;
      const before = folded.slice(Math.max(0, headStart - 16), headStart);
      if (!head.unquoted) {
        // "Dự án chung cư ..." is a business's building, "... cấp tỉnh" a kind, "Viện Quy hoạch ..." a body.
        const words = folded.slice(headEnd, span[1]);
        if (BUSINESS_PROJECT_RE.test(words) || BUSINESS_SITE_START_RE.test(words) || LEVEL_KIND_RE.test(words) || /\d/.test(tail[0])) continue;
        if (PROJECT_PLURAL_BEFORE_RE.test(before) || FIELD_UNIT_BEFORE_RE.test(before)) continue;
        // "cựu giám đốc tổ chức Sáng kiến phòng thủ chiến lược Mỹ": the body that runs it, in a title.
        if (headKey === INITIATIVE_HEAD && UNIT_OR_PLURAL_BEFORE_RE.test(folded.slice(Math.max(0, headStart - 24), headStart).replace(BODY_WORD_AT_END_RE, ''))) continue;
      } else if (UNIT_OR_PLURAL_BEFORE_RE.test(before) || (kind === 'programme' && VENUE_BEFORE_RE.test(before))) continue;
      if (otherThing(ctx, kind, span[0], span[1]) || (quotedEnd < 0 && pluralTail(folded, span))) continue;
      const name = text.slice(span[0], span[1]);
      // (a programme closed by its phase, "... giai đoạn 2017 - 2022", is an official one, no show, on any page)
      if (kind === 'programme' && !PHASED_NAME_RE.test(folded.slice(span[0], span[1])) && (showbiz ??= isShowbizDoc(folded))) continue;
      const entry: Found = { name, kind, mention: { text: name, span } };
      found.push(entry);
      coveredTo = span[1];
      if (text[span[1] + 1] === '(' && text[span[1]] === ' ') coveredTo = bracketedShortForm(ctx, entry, headKey, found) ?? coveredTo;
      continue;
    }
    let nameStart = headEnd;
    while (text[nameStart] === ' ') nameStart++;
    if (!UPPER_START_RE.test(text[nameStart] ?? '')) {
      const coded = codedName(ctx, kind, nameStart);
      if (coded) {
        found.push(coded);
        coveredTo = coded.mention.span[1];
      }
      continue;
    }
    const span = unquotedName(ctx, nameStart);
    if (!span || NOT_START_RE.test(folded.slice(span[0], span[1]))) continue;
    const name = text.slice(span[0], span[1]);
    // Two capitalised words and nothing else is a place or a body ("chương trình Hà Nội").
    if (!/\s\p{Ll}/u.test(name) && name.split(' ').length < 3) continue;
    // ("giám đốc chương trình Đông Nam Á thuộc Viện ...": a place alone is a unit's remit)
    if (!/\s\p{Ll}/u.test(name) && maskPlaces(name) === PLACE_MASK) continue;
    if (kind === 'model' && POLITY_STYLE_RE.test(name)) continue;
    // (a contest's yearly edition is named where it is entered or held: "tham dự cuộc thi Intel ISEF 2017")
    const yearlyContest = kind === 'contest' && YEARLY_CONTEST_RE.test(name);
    if (personNameIn(name) || (!yearlyContest && VENUE_BEFORE_RE.test(folded.slice(Math.max(0, headStart - 8), headStart)))) continue;
    const before = folded.slice(Math.max(0, headStart - 10), headStart);
    if ((!NON_ASCII_RE.test(name) && !yearlyContest) || PLURAL_BEFORE_RE.test(before)) continue;
    if (kind === 'model' && COMPARED_MODEL_BEFORE_RE.test(before)) continue;
    if (kind === 'movement' && POLITICAL_RE.test(sentence)) continue;
    if (otherThing(ctx, kind, span[0], span[1])) continue;
    if (kind === 'programme' && (showbiz ??= isShowbizDoc(folded))) continue;
    if (RUN_ON_KINDS.has(kind)) {
      const runEnd = lowerHeadRunEnd(ctx, span[1]);
      if (runEnd > span[1]) {
        span[1] = runEnd;
        const longName = text.slice(span[0], span[1]);
        found.push({ name: longName, kind, mention: { text: longName, span } });
        coveredTo = span[1];
        continue;
      }
    }
    if (folded.startsWith(AND_BETWEEN, span[1])) {
      pushRunThroughAnd(ctx, span, kind, found);
      coveredTo = span[1];
      continue;
    }
    if (cutAtFunctionWord(text, span)) continue;
    found.push({ name, kind, mention: { text: name, span } });
    coveredTo = span[1];
  }
  const quotes = quoteMarks(folded);
  // (a text with no "quỹ" at all has none before a quote: one search for its rare "ũ" instead of a slice per quote)
  if (folded.includes(FUND) && fundBeforeQuote(folded, quotes)) findFunds(ctx, found);
  findHeadlessQuoted(ctx, quotes, found);
  findNamedMovements(ctx, found);
  if (folded.includes(FRIENDSHIP_WORDS_GATE) && (folded.includes(FRIENDSHIP_YEAR_GATE) || folded.includes(UNITY_YEAR_GATE))) findFriendshipYears(ctx, found);
  return found;
}

// "Năm đoàn kết hữu nghị Việt Nam - Lào 2017", "Năm hữu nghị Việt Nam-Campuchia": a year the two states name for their
// friendship is a programme of exchanges, named by its capitalised "Năm" (the tuning gold takes it, kind other). Only the
// friendship years: "Năm Du lịch quốc gia" is a run of festivals and events.
const FRIENDSHIP_YEAR_GATE = foldForMatch('năm hữu nghị');
const UNITY_YEAR_GATE = foldForMatch('năm đoàn kết hữu nghị');
// Both end in "hữu nghị": a search from its rare "ữ" passes over a text without it at once, where one for "năm" stops
// at every "n" (the two searches were a tenth of this pass).
const FRIENDSHIP_WORDS_GATE = foldForMatch('ữu nghị');
const FRIENDSHIP_YEAR_RE = /Năm (?:[Đđ]oàn kết )?[Hh]ữu [Nn]ghị(?=[ -])/gu;
const CAPWORDS = String.raw`\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*)*`;
const PAIR = String.raw`${CAPWORDS}(?: ?[-–] ?${CAPWORDS})+`;
// The pair of countries (written both ways round after a comma) and the year, if any, close the name.
const FRIENDSHIP_TAIL_RE = new RegExp(String.raw`^(?: ${PAIR}(?:, ${PAIR})?)?(?: (?:năm )?20\d\d)?`, 'u');
/** Each capitalised friendship year in the text not already read (in quotes, after a head). */
function findFriendshipYears(ctx: ExtractContext, found: Found[]): void {
  const { text } = ctx;
  // The same two countries, written the other way round, short or without the year, are the same year: one entry,
  // named by its longest form.
  const byCountries = new Map<string, Found[]>();
  FRIENDSHIP_YEAR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FRIENDSHIP_YEAR_RE.exec(text))) {
    const start = m.index;
    if (start > 0 && /\p{L}/u.test(text[start - 1])) continue;
    const tail = FRIENDSHIP_TAIL_RE.exec(text.slice(start + m[0].length, start + m[0].length + 90));
    if (!tail || tail[0] === '') continue;
    const end = start + m[0].length + tail[0].length;
    if (found.some((f) => f.mention.span[0] <= start && f.mention.span[1] >= end - 1)) continue;
    const written = text.slice(start, end);
    // ("Việt" is Việt Nam written short: Năm đoàn kết hữu nghị Việt-Lào 2017)
    const countries = [...new Set(tail[0].replace(/(?:năm )?20\d\d$/u, '').split(/[-–,]/).map((c) => c.trim()).filter(Boolean)
      .map((c) => (c === 'Việt' ? 'Việt Nam' : c)))].sort().join('|');
    const f: Found = { name: written, kind: 'other', mention: { text: written, span: [start, end] } };
    const same = byCountries.get(countries);
    if (same) same.push(f);
    else byCountries.set(countries, [f]);
    found.push(f);
  }
  for (const same of byCountries.values()) {
    const longest = same.reduce((a, b) => (b.name.length > a.name.length ? b : a)).name;
    for (const f of same) f.name = longest;
  }
}

const MAX_CUT_NAME_WORDS = 2;
const LOWER_WORD_NEXT_RE = /^ \p{Ll}/u;
/**
 * One or two words after a lower-case head, which the sentence goes on from in lower case, were cut at a function word
 * mid-phrase ("chương trình Sinh viên | với biển đảo Tổ quốc", "hội thi Hành trình | theo chân Bác", "mô hình RS | mới",
 * a glued paragraph: "phong trào Cũng đưa | ra ..."), not named; a name closed by punctuation stands ("phong trào Tiến bước.").
 */
function cutAtFunctionWord(text: string, span: [number, number]): boolean {
  if (!LOWER_WORD_NEXT_RE.test(text.slice(span[1], span[1] + 3))) return false;
  let words = 1;
  for (let i = span[0]; i < span[1]; i++) if (text[i] === ' ' && ++words > MAX_CUT_NAME_WORDS) return false;
  return true;
}

const LOWER_HEAD_CONNECTIVES = new Set(LOWER_HEAD_RUN_CONNECTIVES.map(foldForMatch));
const MAX_LOWER_HEAD_RUN_WORDS = 12;
const LOWER_RUN_CLAUSE_END = new Set(['.', ';', '\n']);
/**
 * A sentence-case name after a lower-case head, cut at a scope connective (see LOWER_HEAD_RUN_CONNECTIVES), goes on
 * when only lower-case words, none a verb or other stop, lead from it to the end of the clause: ending at a full stop
 * the run is the name's scope, not the sentence going on ("... trong năm 2017", "... của tỉnh đã ..." stay cut).
 * The end of the run, or `cut`.
 */
function lowerHeadRunEnd(ctx: ExtractContext, cut: number): number {
  const { text, folded } = ctx;
  if (text[cut] !== ' ' || !LOWER_HEAD_CONNECTIVES.has(nextWord(folded, cut + 1))) return cut;
  let i = cut + 1;
  for (let n = 0; n < MAX_LOWER_HEAD_RUN_WORDS; n++) {
    let j = i;
    while (j < text.length && LETTER_RE.test(text[j])) j++;
    if (j === i || text[i] !== folded[i]) return cut;
    const w = folded.slice(i, j);
    if (n > 0 && ((STOP_WORDS.has(w) && !LOWER_HEAD_CONNECTIVES.has(w)) || (text[j] === ' ' && stopsAt(folded, w, j + 1)))) return cut;
    if (j >= text.length || LOWER_RUN_CLAUSE_END.has(text[j])) return j;
    if (text[j] !== ' ') return cut;
    i = j + 1;
  }
  return cut;
}

const AND_BETWEEN = ' ' + AND + ' ';
const MAX_AND_WORDS = 8;
const AND_RUN_CLOSERS = new Set(AND_RUN_CLOSING_WORDS.map(foldForMatch));
/** After a capitalised head, a verb after the run ("... và đào tạo nghề đã được phê duyệt") may be the second item's: only an organiser, owner or purpose closes it. */
const TENSE_WORDS = new Set(['được', 'đã', 'đang', 'sẽ', 'là', 'bị', 'vừa'].map(foldForMatch));
const CAPITAL_AND_RUN_CLOSERS = new Set([...AND_RUN_CLOSERS].filter((w) => !TENSE_WORDS.has(w)));
/**
 * "chương trình Mỹ thuật Việt Nam và ngoại giao văn hóa do ... tổ chức", "đề án Thí điểm ứng dụng ... hỗ trợ và kết
 * nối hoạt động vận tải khách theo hợp đồng.": a sentence-case name after a lower-case head goes on through "và" and
 * lower-case words to a punctuation mark or a function word; a capital, a number or a long run is the sentence going on.
 */
function pushRunThroughAnd(ctx: ExtractContext, span: [number, number], kind: InitiativeKind, found: Found[]): void {
  span[1] = andRunEnd(ctx, span[1]);
  const name = ctx.text.slice(span[0], span[1]);
  found.push({ name, kind, mention: { text: name, span } });
}
const MAX_PLACE_WORDS = 3;
const TITLE_WORD_RE = /^\p{Lu}\p{Ll}*$/u;
/** Title-case words back from `end` to the lower-case word before them: "Phú Yên" in "nối 2 tỉnh Phú Yên". */
function titleWordsBefore(text: string, end: number): number {
  let count = 0;
  let e = end;
  while (count <= MAX_PLACE_WORDS) {
    const s = wordStartBefore(text, e);
    if (!TITLE_WORD_RE.test(text.slice(s, e))) return s < e && /^\p{Ll}/u.test(text[s]) ? count : 0;
    count++;
    if (s < 2 || text[s - 1] !== ' ') return 0;
    e = s - 1;
  }
  return 0;
}
/**
 * "Dự án nâng cấp tuyến đường bộ nối 2 tỉnh Phú Yên và Gia Lai, đoạn ...": two proper names of one to three title-case
 * words joined by "và", after a lower-case word, end the name together when punctuation or a function word follows.
 * A body after "và" ("... Phú Yên và Bộ Công Thương") is another party of the sentence. `cut` when none.
 */
function placePairEnd(ctx: ExtractContext, cut: number): number {
  const { text, folded } = ctx;
  const before = titleWordsBefore(text, cut);
  if (before === 0) return cut;
  const start = cut + AND_BETWEEN.length;
  if (NOT_START_RE.test(folded.slice(start, start + 16)) || headAt(folded, start)) return cut;
  let i = start;
  let end = -1;
  for (let n = 0; n < MAX_PLACE_WORDS; n++) {
    let j = i;
    while (j < text.length && LETTER_RE.test(text[j])) j++;
    if (!TITLE_WORD_RE.test(text.slice(i, j))) break;
    end = j;
    if (text[j] !== ' ') break;
    i = j + 1;
  }
  if (end < 0) return cut;
  const c = text[end];
  if (c === undefined || /[,.;:)\n]/.test(c)) return end;
  if (c !== ' ') return cut;
  const w = nextWord(folded, end + 1);
  return w !== '' && text[end + 1] === folded[end + 1] && (STOP_WORDS.has(w) || stopsAt(folded, w, end + 2 + w.length)) ? end : cut;
}

/** The end of a name run on from `cut` through "và" and lower-case words to a punctuation mark or a closing word, or `cut`. */
function andRunEnd(ctx: ExtractContext, cut: number, closers = AND_RUN_CLOSERS): number {
  const { text, folded } = ctx;
  let i = cut + AND_BETWEEN.length;
  let end = -1;
  for (let n = 0; n < MAX_AND_WORDS; n++) {
    let j = i;
    while (j < text.length && LETTER_RE.test(text[j])) j++;
    if (j === i || text[i] !== folded[i]) break;
    const w = folded.slice(i, j);
    if (STOP_WORDS.has(w) || (text[j] === ' ' && stopsAt(folded, w, j + 1)) || targetAt(folded, i)) break;
    end = j;
    if (text[j] !== ' ') break;
    i = j + 1;
  }
  // The run must close at punctuation or a function word, not run out of words or into a capital or a number.
  return end > 0 && (text[end] !== ' ' || text[end + 1] === '(' || stoppedAt(text, folded, end + 1, closers) || targetAt(folded, end + 1)) ? end : cut;
}
/** "... nhanh và bền vững đối với 61 huyện nghèo": the target closes a run through "và" (inside a name it may stay). */
const TARGET = foldForMatch('đối với');
const targetAt = (folded: string, at: number) => folded.startsWith(TARGET, at) && !LETTER_RE.test(folded[at + TARGET.length] ?? '');
function stoppedAt(text: string, folded: string, at: number, closers: Set<string>): boolean {
  let j = at;
  while (j < text.length && LETTER_RE.test(text[j])) j++;
  const w = folded.slice(at, j);
  return j > at && text[at] === folded[at] && closers.has(w);
}

const BRACKET_SHORT_FORM_RE = /^ \(([^()]{4,40})\)/u;
/** A head and a number or an acronym: the code a long name is known by ("Đề án 896", "Chương trình 135", "Dự án VietLIS"). */
const CODE_AFTER_HEAD_RE = /^ (?:\d[\p{N}\p{L}/-]*|\p{Lu}[\p{Lu}\p{N}&-]+)$/u;
/**
 * "Đề án tổng thể đơn giản hóa ... giai đoạn 2013-2020 (Đề án 896)": the same head and a code in brackets right after a
 * long name is its short form, pushed as a mention of its own and remembered on the long one so that names written
 * with either ("Kế hoạch triển khai thực hiện Đề án 896 năm 2017") make one entry. The end of the bracket, or undefined.
 */
function bracketedShortForm(ctx: ExtractContext, long: Found, headKey: string, found: Found[]): number | undefined {
  const { text, folded } = ctx;
  const at = long.mention.span[1];
  const m = BRACKET_SHORT_FORM_RE.exec(text.slice(at, at + 44));
  if (!m || !folded.startsWith(headKey, at + 2) || !CODE_AFTER_HEAD_RE.test(m[1].slice(headKey.length))) return undefined;
  const start = at + 2;
  const short = m[1];
  long.shortForm = short;
  found.push({ name: short, kind: long.kind, mention: { text: short, span: [start, start + short.length] } });
  return at + m[0].length;
}

/** "đề án 1816", "chương trình 135": a state programme known by its decision's number (three or four digits, not a year). */
const CODE_NAME_RE = /^[1-9]\d{2,3}[a-z]?(?=[,;:)]|\.(?!\d)| (\p{Ll}+))/u;
const CODED_KINDS = new Set<InitiativeKind>(['project', 'programme']);
function codedName(ctx: ExtractContext, kind: InitiativeKind, at: number): Found | undefined {
  const { text } = ctx;
  if (!CODED_KINDS.has(kind) || text[at] < '1' || text[at] > '9') return undefined;
  const m = CODE_NAME_RE.exec(text.slice(at, at + 24));
  if (!m || /^(?:19|20)\d\d$/.test(m[0]) || (m[1] !== undefined && CODE_UNITS.has(m[1]))) return undefined;
  const name = m[0];
  return { name, kind, mention: { text: name, span: [at, at + name.length] } };
}
const CODE_UNITS = new Set(CODE_UNITS_LIST);

/** Where the quote marks are, double and single, in text order: few, and found by native search. */
function quoteMarks(folded: string): number[] {
  const at: number[] = [];
  let double = folded.indexOf('"');
  let single = folded.indexOf("'");
  while (double >= 0 || single >= 0) {
    if (single < 0 || (double >= 0 && double < single)) {
      at.push(double);
      double = folded.indexOf('"', double + 1);
    } else {
      at.push(single);
      single = folded.indexOf("'", single + 1);
    }
  }
  return at;
}

/** How far before its quote a fund's "quỹ" may be: the descriptor words that findFunds reads between them. */
const FUND_QUOTE_REACH = 124;
/** A fund is named in quotes after "quỹ": with no "quỹ" shortly before any quote, there is none to look for. */
function fundBeforeQuote(folded: string, quotes: number[]): boolean {
  for (const q of quotes) if (folded.slice(Math.max(0, q - FUND_QUOTE_REACH), q).includes(FUND)) return true;
  return false;
}

const MOVEMENT_NAMES = Object.entries(NAMED_MOVEMENTS).map(([n, slogans]) => [n, foldForMatch(n), slogans.map(foldForMatch)] as const);
// Per name, its key from the first accented letter on ("ết trồng cây"): a search for "tết trồng cây" stops at every "t" of
// the text, one from a rarer letter passes over most texts at once (half the time; the name's own search only where it holds).
const MOVEMENT_GATES = MOVEMENT_NAMES.map(([, key]) => key.slice(Math.max(0, key.search(/[^\x00-\x7f]/))));
/**
 * Each movement of NAMED_MOVEMENTS written bare with its capital ("phát động Tết trồng cây trong toàn ngành"), where no
 * head word or quote has already read it: one indexOf per name.
 */
function findNamedMovements(ctx: ExtractContext, found: Found[]): void {
  const { text, folded } = ctx;
  for (let g = 0; g < MOVEMENT_NAMES.length; g++) {
    if (!folded.includes(MOVEMENT_GATES[g])) continue;
    const [name, key, slogans] = MOVEMENT_NAMES[g];
    for (let at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + key.length)) {
      let end = at + key.length;
      if (text[at] !== name[0] || (at > 0 && LETTER_RE.test(folded[at - 1])) || LETTER_RE.test(folded[end] ?? '')) continue;
      const gap = folded[end] === ',' ? 2 : 1;
      const slogan = slogans.find((t) => folded.startsWith(t, end + gap) && !LETTER_RE.test(folded[end + gap + t.length] ?? ''));
      if (slogan && folded[end + gap - 1] === ' ') end += gap + slogan.length;
      if (found.some((f) => f.mention.span[0] <= at && f.mention.span[1] >= end)) continue;
      const written = text.slice(at, end);
      found.push({ name: written, kind: 'movement', mention: { text: written, span: [at, end] } });
    }
  }
}

const NOT_CAMPAIGN_START_RE = new RegExp(String.raw`^(?:${alt(NOT_CAMPAIGN_START)})(?![\p{L}])`, 'u');
/** The verb right before the quote, "tham gia" or "thực hiện" between at most. */
const CAMPAIGN_VERB_BEFORE_RE = new RegExp(String.raw`(?<![a-zà-ỹ])(?:${alt(CAMPAIGN_VERBS)})\s+(?:(?:${alt(['tham gia', 'thực hiện'])})\s+)?$`, '');
/** Folded text writes every quote mark as '"'. */
const THEMED_YEAR_AFTER_QUOTE = foldForMatch(THEMED_YEAR_WORD) + ' ';
const THEMED_YEAR_NAME_RE = /^Năm\s+\p{L}+(?:\s+[\p{L}-]+)+\s+(?:19|20)\d\d$/u;
const NOT_THEME_RE = new RegExp(String.raw`^"${alt([THEMED_YEAR_WORD])}\s+(?:${alt(NOT_THEME_AFTER_YEAR_WORD)})(?![\p{L}])`, 'u');

/**
 * Names quoted with no head word: after a verb that answers or launches a campaign (see CAMPAIGN_VERBS), and themed
 * years (see THEMED_YEAR_WORD). One native scan for the quote marks, which are few, rather than one per cue.
 */
function findHeadlessQuoted(ctx: ExtractContext, quotes: number[], found: Found[]): void {
  const { folded } = ctx;
  // Single marks too: headlines quote in them ("Lễ hưởng ứng 'Tết trồng cây ...'").
  for (const q of quotes) {
    if (campaignVerbBefore(folded, q)) campaignObjectAt(ctx, q, found);
    else if (folded[q] === '"' && folded.startsWith(THEMED_YEAR_AFTER_QUOTE, q + 1)) themedYearAt(ctx, q, found);
    else if (folded[q] === '"' && ctx.text.startsWith(QUOTED_POLICY, q + 1)) quotedPolicyAt(ctx, q, found);
    else if (folded[q] === '"' && yearThemeBefore(folded, q)) yearThemeAt(ctx, q, found);
  }
}

const QUOTED_POLICY = QUOTED_POLICY_HEAD + ' ';
/** A quoted policy: its capitalised head, a capitalised name and nothing after it in the quotes (see QUOTED_POLICY_HEAD). */
const QUOTED_POLICY_NAME_RE = new RegExp(String.raw`^${QUOTED_POLICY}\p{Lu}[\p{L}\p{N} -]*$`, 'u');
/** The folded sentence around `at`, reaching back at most MAX_SENTENCE_SIDE characters (the heads' sentence tests read it). */
function sentenceNear(ctx: ExtractContext, at: number): string {
  return ctx.folded.slice(Math.max(sentenceStart(ctx.text, at), at - MAX_SENTENCE_SIDE), sentenceEnd(ctx.text, at));
}
/** A quoted or themed name in an advert's or a show's sentence is none (the heads' sentence tests). */
function advertOrShowAt(ctx: ExtractContext, at: number): boolean {
  const sentence = sentenceNear(ctx, at);
  return COMMERCIAL_RE.test(sentence) || SHOW_RE.test(sentence);
}
function quotedPolicyAt(ctx: ExtractContext, at: number, found: Found[]): void {
  const { text, folded } = ctx;
  const close = closingQuote(folded, at, '"');
  if (close < 0 || !QUOTED_POLICY_NAME_RE.test(text.slice(at + 1, close).trim()) || found.some((f) => f.mention.span[0] === at + 1)) return;
  if (advertOrShowAt(ctx, at)) return;
  quotedName(ctx, at, '"', 'other', found, false);
}

/** The last syllables the verb phrase may end with ("hưởng ứng", "phát động", "tham gia", "thực hiện"): a cheap gate before the pattern. */
const CAMPAIGN_PHRASE_ENDS = [...CAMPAIGN_VERBS, 'tham gia', 'thực hiện'].map((w) => foldForMatch(w.slice(w.lastIndexOf(' ') + 1)) + ' ');
function campaignVerbBefore(folded: string, q: number): boolean {
  if (q < 2 || folded[q - 1] !== ' ') return false;
  let ends = false;
  for (const e of CAMPAIGN_PHRASE_ENDS) if (folded.startsWith(e, q - e.length)) { ends = true; break; }
  return ends && CAMPAIGN_VERB_BEFORE_RE.test(folded.slice(Math.max(0, q - 32), q));
}

/** A capitalised quoted name after a campaign verb, with the sentence tests of the heads. */
function campaignObjectAt(ctx: ExtractContext, open: number, found: Found[]): void {
  const { text, folded } = ctx;
  if (!UPPER_START_RE.test(text[open + 1] ?? '') || NOT_CAMPAIGN_START_RE.test(folded.slice(open + 1, open + 12))) return;
  if (found.some((f) => f.mention.span[0] === open + 1)) return;
  const sentence = sentenceNear(ctx, open);
  if (COMMERCIAL_RE.test(sentence) || SHOW_RE.test(sentence) || MILITARY_RE.test(sentence)) return;
  quotedName(ctx, open, folded[open], 'campaign', found, false);
}

/** A quoted themed year: a capital "Năm", its theme and its year, with the sentence tests of the heads. */
function themedYearAt(ctx: ExtractContext, at: number, found: Found[]): void {
  const { text, folded } = ctx;
  if (text[at + 1] !== 'N' || NOT_THEME_RE.test(folded.slice(at, at + 20)) || found.some((f) => f.mention.span[0] === at + 1)) return;
  const close = closingQuote(folded, at, '"');
  if (close < 0 || !(THEMED_YEAR_NAME_RE.test(text.slice(at + 1, close).trim()) || themeGivenToYear(ctx, at, close))) return;
  if (advertOrShowAt(ctx, at)) return;
  quotedName(ctx, at, '"', 'other', found, false);
}

/**
 * "năm 2017 là “Năm kỷ cương hành chính”", "chọn năm nay là “Năm ...”": the year is named before, so the theme needs
 * none of its own. The copula right before the quote, and the year word a few words before it.
 */
const YEAR_GIVEN_THEME_RE = new RegExp(String.raw`(?<![a-zà-ỹ])${YEAR_WORD}(?![a-zà-ỹ])[^".;!?\n]{0,40}\s${foldForMatch('là')}\s+$`);
const THEME_WITHOUT_YEAR_RE = /^Năm(?:\s+[\p{L}-]+){2,16}$/u;
function themeGivenToYear(ctx: ExtractContext, at: number, close: number): boolean {
  return THEME_WITHOUT_YEAR_RE.test(ctx.text.slice(at + 1, close).trim()) && YEAR_GIVEN_THEME_RE.test(ctx.folded.slice(Math.max(0, at - 60), at));
}

const FUND = foldForMatch(FUND_HEAD);
/** Quoted names after a lower-case "quỹ" (see FUND_HEAD), with the sentence tests of the other heads. */
function findFunds(ctx: ExtractContext, found: Found[]): void {
  const { text, folded } = ctx;
  for (let at = folded.indexOf(FUND); at >= 0; at = folded.indexOf(FUND, at + FUND.length)) {
    const end = at + FUND.length;
    if (text[at] !== folded[at] || (at > 0 && LETTER_RE.test(folded[at - 1])) || LETTER_RE.test(folded[end] ?? '')) continue;
    const q = DESCRIPTOR_THEN_QUOTE_RE.exec(folded.slice(end, end + 120));
    if (!q || DESCRIPTOR_BREAK_RE.test(q[1])) continue;
    const sentence = folded.slice(Math.max(sentenceStart(text, at), at - MAX_SENTENCE_SIDE), sentenceEnd(text, end));
    if (COMMERCIAL_RE.test(sentence) || MILITARY_RE.test(sentence)) continue;
    quotedName(ctx, end + q[0].length - 1, q[2], 'other', found, q[1].trim() === '', true);
  }
}

/**
 * With a bracketed short form in the text, a key that names the long form (without its phase) is rewritten with the short
 * one, so "Kế hoạch triển khai thực hiện Đề án tổng thể ... năm 2017" and "... Đề án 896 năm 2017" meet. Undefined when
 * the text gives none (the common case).
 */
function shortFormContraction(found: Found[]): ((key: string) => string) | undefined {
  let pairs: [string, string, string][] | undefined;
  for (const f of found) {
    if (!f.shortForm) continue;
    const long = nameKey(f.name);
    (pairs ??= []).push([long, long.replace(PHASE_SUFFIX_RE, ''), nameKey(f.shortForm)]);
  }
  if (!pairs) return undefined;
  const all = pairs;
  // (the long form itself, phase and all, is its short form)
  return (key) => all.reduce((k, [long, base, short]) => (k === long ? short : k.replace(base, short)), key);
}

/** Initials of the words, for "an ninh Tổ quốc" ~ "ANTQ". */
const initials = (words: string[]) => words.map((w) => w[0] ?? '').join('');

/** Short and long forms: same words up to a tail that one spells out and the other abbreviates. */
function sameByAcronym(a: string, b: string): boolean {
  const wa = a.split(' ');
  const wb = b.split(' ');
  let i = 0;
  while (i < wa.length && i < wb.length && wa[i] === wb[i]) i++;
  if (i === 0) return false;
  const ta = wa.slice(i);
  const tb = wb.slice(i);
  if (ta.length === 1 && tb.length > 1) return ta[0] === initials(tb);
  if (tb.length === 1 && ta.length > 1) return tb[0] === initials(ta);
  return false;
}

/** A capitalised head word opening a name ("Chương trình KH&CN ..."), and a phase closing it ("giai đoạn 2016-2020"). */
const HEAD_PREFIX_RE = new RegExp(String.raw`^(?:${alt(Object.keys(INITIATIVE_HEADS))})\s+`, 'u');
const PHASE_SUFFIX_RE = new RegExp(String.raw`\s+(?:${alt(['giai đoạn', 'năm'])})\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?$`, 'u');
const MIN_SHARED_AFTER_ACRONYM = 2;
/**
 * "Chương trình KH&CN phục vụ xây dựng NTM giai đoạn 2016-2020" and "Khoa học & Công nghệ phục vụ xây dựng NTM":
 * without the head word and the phase, one opens with the initials of the other's first words, the rest the same.
 */
function sameByLeadingAcronym(a: string, b: string): boolean {
  const headA = HEAD_PREFIX_RE.exec(a)?.[0] ?? '';
  const headB = HEAD_PREFIX_RE.exec(b)?.[0] ?? '';
  const phaseA = PHASE_SUFFIX_RE.exec(a)?.[0] ?? '';
  const phaseB = PHASE_SUFFIX_RE.exec(b)?.[0] ?? '';
  // Two heads ("Chương trình ...", "Dự án ...") or two phases (2011-2020, 2017-2025) name two things.
  if ((headA && headB && headA !== headB) || (phaseA && phaseB && phaseA !== phaseB)) return false;
  if (!headA && !headB && !phaseA && !phaseB) return false;
  const ca = a.slice(headA.length, a.length - phaseA.length);
  const cb = b.slice(headB.length, b.length - phaseB.length);
  if (ca === cb) return true;
  const wa = ca.split(' ');
  const wb = cb.split(' ');
  let k = 0;
  while (k < wa.length && k < wb.length && wa[wa.length - 1 - k] === wb[wb.length - 1 - k]) k++;
  if (k < MIN_SHARED_AFTER_ACRONYM) return false;
  const pa = wa.slice(0, wa.length - k);
  const pb = wb.slice(0, wb.length - k);
  if (pa.length === 1 && pb.length > 1) return pa[0] === initials(pb);
  if (pb.length === 1 && pa.length > 1) return pb[0] === initials(pa);
  return false;
}

const MIN_SHORTENED_WORDS = 3;
const pairJoiner = (w: string) => (w === '-' || w === '–' ? AND : w);
/**
 * "Olympic Vật lý 2017" for "Olympic Vật lý quốc tế 2017", "Dự án cầu vượt ..." for "Dự án BT cầu vượt ...": one
 * form drops words of the other and keeps the rest in order, from the same first word.
 */
function shortenedForm(a: string, b: string): boolean {
  // (a comma one form writes and the other drops: "Cao nguyên đá, tỉnh Hà Giang", "Cao nguyên đá Đồng Văn tỉnh Hà Giang")
  // ("Phú Yên - Gia Lai", "Phú Yên và Gia Lai": the two ends of a route, joined either way)
  const wa = (a.includes(',') ? a.replace(/,/g, '') : a).split(' ').map(pairJoiner);
  const wb = (b.includes(',') ? b.replace(/,/g, '') : b).split(' ').map(pairJoiner);
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  // ("..., đoạn A - B" and "... đoạn A - B": the same words, one with the comma)
  if (short.length === long.length && short.length >= MIN_SHORTENED_WORDS && short.every((w, i) => w === long[i])) return a.includes(',') !== b.includes(',');
  if (short.length < MIN_SHORTENED_WORDS || short.length === long.length || short[0] !== long[0]) return false;
  // ("Chương trình hành động ... thực hiện Chương trình nghị sự ... 2030": the long one names the short one inside it)
  for (let i = 1; i < long.length - 1; i++) if (long[i] === short[0] && long[i + 1] === short[1]) return false;
  let j = 1;
  for (let i = 1; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
  return j === short.length;
}

const MIN_PLACE_WORDS = 2;
const PROJECT_HEAD_PREFIX = PROJECT_HEAD + ' ';
/**
 * "Sân bay Long Thành" and "Cảng hàng không quốc tế Long Thành": two public works (head word or not) that end with the
 * same place of two or more words are the one project built there.
 */
function samePlaceOfWork(a: string, b: string): boolean {
  const pa = placeAfterWork(a);
  const pb = placeAfterWork(b);
  if (pa === undefined || pb === undefined || pa === pb) return false;
  const [short, long] = pa.length <= pb.length ? [pa, pb] : [pb, pa];
  return long.endsWith(' ' + short) && short.split(' ').length >= MIN_PLACE_WORDS;
}
function placeAfterWork(key: string): string | undefined {
  const k = key.startsWith(PROJECT_HEAD_PREFIX) ? key.slice(PROJECT_HEAD_PREFIX.length) : key;
  const m = PUBLIC_WORK_RE.exec(k);
  return m && k[m[0].length] === ' ' ? k.slice(m[0].length + 1) : undefined;
}

/**
 * "Chung dòng máu Việt 2017", "... 2016" and "Chung dòng máu Việt" are one recurring effort; a year's own plan written
 * with "năm" ("Chương trình xây dựng luật, pháp lệnh năm 2017", "... năm 2018") is another document each year.
 */
function sameUpToYear(k: string, key: string, base: string): boolean {
  return k.replace(TRAILING_YEAR_RE, '') === base && !(YEAR_OF_PLAN_RE.test(k) && YEAR_OF_PLAN_RE.test(key));
}
const YEAR_OF_PLAN_RE = new RegExp(String.raw`\s${foldForMatch('năm')}\s(?:19|20)\d\d$`, 'u');
/**
 * "Chương trình Đối tác Thái Bình Dương 2017" and "(chương trình) Đối tác Thái Bình Dương", "Cuộc vận động Người Việt Nam
 * ưu tiên dùng hàng Việt Nam" and its quoted name: a capitalised head's name and the same words without the head (and
 * without a year) are one effort.
 */
function sameWithoutHead(a: string, b: string): boolean {
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  HEAD_AT_RE.lastIndex = 0;
  const head = HEAD_AT_RE.exec(long);
  if (!head || long[head[0].length] !== ' ') return false;
  return long.slice(head[0].length + 1).replace(TRAILING_YEAR_RE, '') === short.replace(TRAILING_YEAR_RE, '');
}

export function extractInitiatives(ctx: ExtractContext): Initiative[] {
  const found = findAll(ctx);
  if (found.length === 0) return [];
  const contract = shortFormContraction(found);
  const entries: (Initiative & { keys: string[] })[] = [];
  for (const f of found) {
    const key = nameKey(f.name);
    const base = key.replace(TRAILING_YEAR_RE, '');
    const short = contract?.(key);
    const entry = entries.find((e) => e.keys.some((k) => k === key || sameUpToYear(k, key, base)
      || sameByAcronym(k, key) || shortenedForm(k, key) || sameByLeadingAcronym(k, key) || sameWithoutHead(k, key)
      || (contract !== undefined && (contract(k) === short || contract(k) === key))
      || (f.kind === 'project' && e.kind === 'project' && samePlaceOfWork(k, key))
      || sameUpToCityWord(k, key)));
    if (!entry) {
      entries.push({ name: f.name, kind: f.kind, aliases: [], mentions: [f.mention], keys: [key] });
      continue;
    }
    entry.mentions.push(f.mention);
    if (entry.keys.includes(key)) continue;
    entry.keys.push(key);
    // The fullest form names the entry; the others are aliases.
    if (f.name.length > entry.name.length) {
      entry.aliases.push(entry.name);
      entry.name = f.name;
    } else entry.aliases.push(f.name);
  }
  // A headless form met before the long form joined another entry: "Cuộc vận động người Việt ưu tiên ...", then
  // “Người Việt Nam ưu tiên ...”, then "Cuộc vận động người Việt Nam ưu tiên ..." (which joined the first).
  for (let i = entries.length - 1; i > 0; i--) {
    const headless = entries[i];
    const into = entries.slice(0, i).find((e) => e.kind === headless.kind && e.keys.some((k) => headless.keys.some((h) => sameWithoutHead(k, h))));
    if (!into) continue;
    const longer = headless.name.length > into.name.length;
    into.aliases.push(...(longer ? [into.name] : [headless.name]), ...headless.aliases);
    if (longer) into.name = headless.name;
    into.mentions.push(...headless.mentions);
    into.mentions.sort((a, b) => a.span[0] - b.span[0]);
    into.keys.push(...headless.keys);
    entries.splice(i, 1);
  }
  return entries.map(({ keys: _keys, ...e }) => e);
}

// ---- Themed years named after a plan or a theme, a plan's area after a short lead, examples listed after a plural head ----

const PLAN_HEAD_KEY = foldForMatch('kế hoạch');
const THEMED_YEAR_CAPITAL = ' Năm ';
/**
 * "triển khai kế hoạch Năm cao điểm hành động vệ sinh ATTP trong lĩnh vực nông nghiệp 2017": after a lower-case
 * "kế hoạch", a capitalised "Năm", its lower-case theme (acronyms and a bracketed acronym inside) and the year closing
 * it name a themed year, the effort the plan carries out (the golds take the year, not the plan). The year must close
 * it; a verb or a time word on the way ("đã", "từ", "đến") leaves it. "Năm học", "Năm nay" are times, and a tourism
 * year is a run of festivals (see findFriendshipYears).
 */
const PLAN_THEMED_YEAR_RE = /^ (Năm(?:,? (?:\p{Ll}[\p{Ll}-]*|\p{Lu}{2,}[\p{Lu}&]*|\(\p{Lu}{2,}[\p{Lu}&-]*\))){2,20} 20\d\d)(?![\p{L}\p{N}])/u;
const NOT_PLAN_THEME_RE = new RegExp(String.raw`^ ${alt([THEMED_YEAR_WORD])} (?:${alt([...NOT_THEME_AFTER_YEAR_WORD, 'du lịch'])})(?![\p{L}])`, 'u');
const THEME_RUN_THROUGH = new Set([...RUN_THROUGH, YEAR_WORD]);
function plannedThemedYear(ctx: ExtractContext, headEnd: number, found: Found[]): number {
  const { text, folded } = ctx;
  const m = PLAN_THEMED_YEAR_RE.exec(text.slice(headEnd, headEnd + 200));
  if (!m || NOT_PLAN_THEME_RE.test(folded.slice(headEnd, headEnd + 24))) return -1;
  const s = headEnd + 1;
  const e = s + m[1].length;
  for (const w of folded.slice(s + 4, e).replace(/[,()]/g, '').split(' ')) {
    if (STOP_WORDS.has(w) && !THEME_RUN_THROUGH.has(w)) return -1;
  }
  if (found.some((f) => f.mention.span[0] === s)) return -1;
  if (advertOrShowAt(ctx, s)) return -1;
  const name = text.slice(s, e);
  found.push({ name, kind: 'other', mention: { text: name, span: [s, e] } });
  return e;
}

/**
 * "thực hiện tốt chủ đề năm 2017 “Kỷ cương hành chính” của TP Hà Nội", "Với chủ đề của năm 2017 là “Vì lợi ích đoàn
 * viên”": the theme a body gives its year, quoted after "chủ đề (của) năm", is the themed year itself (as "năm 2017
 * là “Năm kỷ cương hành chính”" is). A capital and two words at least (quotedName's own tests).
 */
const YEAR_THEME_WORD = foldForMatch('chủ đề');
const YEAR_THEME_BEFORE_RE = new RegExp(String.raw`(?<![\p{L}])${YEAR_THEME_WORD}(?: ${foldForMatch('của')})? ${YEAR_WORD}(?: (?:19|20)\d\d)?(?: ${foldForMatch('là')}|:)? $`, 'u');
const YEAR_THEME_REACH = 36;
function yearThemeBefore(folded: string, q: number): boolean {
  if (q < 12 || folded[q - 1] !== ' ') return false;
  // (the last character of "năm", a year, "là" or ":" before the space: most quotes stop here, before any slice)
  const last = folded[q - 2];
  if (last !== 'm' && last !== 'à' && last !== ':' && !(last >= '0' && last <= '9')) return false;
  const back = folded.slice(Math.max(0, q - YEAR_THEME_REACH), q);
  return back.includes(YEAR_THEME_WORD) && YEAR_THEME_BEFORE_RE.test(back);
}
function yearThemeAt(ctx: ExtractContext, at: number, found: Found[]): void {
  const { text } = ctx;
  if (!UPPER_START_RE.test(text[at + 1] ?? '') || found.some((f) => f.mention.span[0] === at + 1)) return;
  if (advertOrShowAt(ctx, at)) return;
  quotedName(ctx, at, '"', 'other', found, false);
}

/**
 * "Đề án thu phí phương tiện cơ giới vào một số khu vực trên địa bàn thành phố", "Dự án Đầu tư xây dựng tuyến đường bộ
 * ven biển đoạn qua địa bàn thành phố Hải Phòng và 9 km trên địa bàn tỉnh Thái Bình": a plan's area (see areaScopeEnd)
 * after a short lead, "vào" and up to four lower-case words, or "và" and a length, where the name was cut at the lead.
 */
const AREA_LEAD_RE = /^ (?:vào((?: \p{Ll}+){1,4})|và \d+(?:[.,]\d+)? km)(?= trên địa bàn )/u;
function areaAfterLead(ctx: ExtractContext, span: [number, number]): boolean {
  const { text } = ctx;
  const at = span[1];
  if (text[at] !== ' ' || text[at + 1] !== 'v') return false;
  const lead = AREA_LEAD_RE.exec(text.slice(at, at + 48));
  if (!lead || (lead[1] !== undefined && lead[1].trim().split(' ').some((w) => STOP_WORDS.has(foldForMatch(w))))) return false;
  const probe: [number, number] = [span[0], at + lead[0].length];
  if (!areaScopeEnd(ctx, probe)) return false;
  span[1] = probe[1];
  return true;
}

/**
 * "các dự án có tính đột phá để tạo ra chuỗi sản phẩm du lịch mới như “Xây dựng làng quê - làng nghề sinh thái Cẩm
 * Kim,” “Phát triển bền vững xã đảo Tân Hiệp ...”", "nhiều chiến dịch khuyến khích và hỗ trợ khởi nghiệp của chính phủ
 * như “Sản xuất tại Ấn Độ” (Made in India), “Ấn Độ Khởi nghiệp”": a plural head, its description (up to 16 words, past
 * the connectives that end a head phrase elsewhere) and "như" before a list of two or more capitalised quoted names give
 * each as an example of the head. One quoted name after "như" is mostly a comparison ("như “nồi lẩu”") and stays out;
 * films, books and goods named as the examples' category, in the last three words before "như" (DESCRIPTOR_BREAKERS'
 * content words: "dự án phim lớn như"), a one-off or show word right after the head (ONE_OFF_DESCRIPTORS: "chương
 * trình ca nhạc") and the sentence tests already run at the head keep shows and albums out. Gated on "như" within the
 * 120 folded characters after the head.
 */
const EXAMPLE_CATEGORY_WORDS = 3;
function lastWords(s: string, n: number): string {
  const words = s.trim().split(' ');
  return ' ' + words.slice(Math.max(0, words.length - n)).join(' ');
}
const EXAMPLES_WORD = ' ' + foldForMatch('như');
const EXAMPLES_RE = new RegExp(String.raw`^((?: [\p{L}\p{N}&-]+,?){1,16}?) ${foldForMatch('như')}:? (")`, 'u');
const EXAMPLE_CONTENT_RE = wordsRe(DESCRIPTOR_BREAKERS.filter((w) => w.includes(' ') || w === 'phim'));
const NEXT_EXAMPLE_RE = /^\s*(?:\([^()"\n]{1,40}\)\s*)?(?:[,;]\s*|(?:và|hoặc)\s+)?(")/u;
function listedExamples(ctx: ExtractContext, headEnd: number, kind: InitiativeKind, sentence: string, found: Found[]): number {
  const { folded } = ctx;
  const m = EXAMPLES_RE.exec(folded.slice(headEnd, headEnd + 160));
  if (!m || EXAMPLE_CONTENT_RE.test(lastWords(m[1], EXAMPLE_CATEGORY_WORDS))) return -1;
  if ((kind === 'programme' || kind === 'project') && ONE_OFF_START_RE.test(m[1].trimStart())) return -1;
  if (SPORT_KINDS.has(kind) && SPORT_RE.test(sentence)) return -1;
  if (kind === 'movement' && POLITICAL_RE.test(sentence)) return -1;
  if (SHOWBIZ_QUOTED_KINDS.has(kind) && isShowbizDoc(folded)) return -1;
  const items: Found[] = [];
  let next = quotedName(ctx, headEnd + m[0].length - 1, '"', kind, items, false, kind === 'campaign');
  let end = next;
  while (next > 0) {
    end = next;
    const more = NEXT_EXAMPLE_RE.exec(folded.slice(next, next + 48));
    if (!more) break;
    next = quotedName(ctx, next + more[0].length - 1, '"', kind, items, false, kind === 'campaign');
  }
  if (items.length < 2) return -1;
  found.push(...items);
  return end;
}

/**
 * "... đoạn qua địa bàn thành phố Hải Phòng và 9 km ..." and "... đoạn qua địa bàn TP. Hải Phòng và 9 km ...": one
 * name written with the city word in full and as "TP."/"TP" (the guideline's aliases). Keys are compared only when one
 * holds "tp" and the other "thành phố".
 */
const CITY_WORD_KEY = nameKey('thành phố');
const CITY_WORD_RE = new RegExp(String.raw`(?<![\p{L}])(?:tp\.?|${CITY_WORD_KEY})\s*(?=\p{L})`, 'gu');
function sameUpToCityWord(a: string, b: string): boolean {
  if (a.length === b.length) return false;
  const full = a.includes(CITY_WORD_KEY) ? a : b.includes(CITY_WORD_KEY) ? b : undefined;
  const short = full === a ? b : a;
  if (full === undefined || !short.includes('tp')) return false;
  return full.replace(CITY_WORD_RE, 'tp ') === short.replace(CITY_WORD_RE, 'tp ');
}
