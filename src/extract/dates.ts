// Date mentions and the event date. One pass finds number pairs and "d tháng m"; the cue words around
// each decide whether it is a date; the event-date refiner then weighs where and how each date is written.
import type { DateMention } from '../record/schema.js';
import {
  BACKGROUND_CUES, DAY_WORD_TAILS, DAY_WORDS, DOCUMENT_CUES, EARLIER_YEAR_AFTER, HOLIDAY_CUES, MEDIA_WORDS,
  ARREST_WORDS, CHRONICLE_TRIAL_WORDS, INCIDENT_WORDS, NOT_DOCUMENT_AFTER_CUE, NOT_DOCUMENT_BEFORE_CUE, SAME_DAY_EARLIER_CUES, NOT_ARREST_AFTER_BAT, BACK_THEN_AFTER, CUOC_NON_EVENT_TAILS, FOLLOW_UP_HEADLINE_WORDS, VU_COMPOUND_HEADS, DISCLOSURE_WORDS, INVESTIGATION_CUES, NOT_DATE_AFTER, NOT_DATE_BEFORE, RECENT_PAST_AFTER, RELATIVE_DAY_PHRASES, NOT_VERB_AFTER_DAY, WEAK_DATE_CUES, SPEECH_VERBS, SPEAKER_HEADLINE_POSTS,
  DIGEST_HEADLINE_WORDS, NEWS_WIRES, INITIAL_REPORT_OPENERS, AFTERMATH_HEADLINE_WORDS, CREATION_VERBS, CLIP_SPREAD_VERBS,
  AHEAD_HEADLINE_WORDS, PREPARATION_NOUN_HEADS, FROM_NOW_WORDS, BROADCAST_WORDS, ISSUED_DOCUMENT_KINDS, ISSUING_VERBS, NATIONAL_HOLIDAY_DAYS,
  ORDINAL_BEFORE_THU, YEAR_GLUED_PREFIXES, VESSEL_NUMBER_CUES,
} from '../lexicon/dates.js';
import { foldForMatch } from '../input/normalize.js';
import { abbreviationDot, perDocument, sentenceAround, type ExtractContext } from './context.js';

// Lexicon words are written naturally; the text is matched in folded form (hoạt → họat), so fold them too.
// Patterns on the folded (lower-case) text write a letter as [a-zà-ỹ] and go without the u flag: a \p{L}
// class makes each pattern compile about ten times slower, a cost paid again for every one of them.
const alt = (words: string[]) =>
  words.map(foldForMatch).sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');

/**
 * Matched on the folded text; every match starts at a digit so the scan stays cheap. Groups: 1 day,
 * 2 range end day, 3 separator, 4 month, 5/6 year; or 7 month, 8 year when written "d tháng m năm y".
 * A year before 1900 only in a full date or after "năm" ("ngày 30 tháng 9 năm 1862"), never after a comma
 * ("Ngày 5/6, 1600 cảnh sát ..." is a count).
 */
// A day span's link may close on "hết" or open on "cho" ("từ ngày 23 đến hết ngày 25-2", "từ 23 cho đến 25/2"):
// the span gives its first day.
const DATE_RE = new RegExp(
  String.raw`(\d{1,2})(?:\s*(?:[-–]|(?:cho\s+)?(?:đến|tới)(?:\s+hết)?|và)\s*(?:ngày\s+)?(\d{1,2}))?` +
    String.raw`(?:([/.-]| [-–] |[/-] | [/-])(\d{1,2})(?:\3((?:1[5-9]|20)\d\d)|\s*(?:năm|,)\s+((?:19|20)\d\d|(?<=năm\s+)1[5-8]\d\d))?` +
    String.raw`|\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*((?:19|20)\d\d|(?<=năm\s*)1[5-8]\d\d))?)` +
    String.raw`(?![\p{N}\p{L}]|[/.,]\p{N})`,
  'gu',
);
/** "mồng 8/1 âm lịch", "(26/5 âm lịch)": a lunar day, not a calendar date. */
// "ngày 10/1(AL)", "(10/1 ÂL)": the abbreviation in brackets.
const LUNAR_AFTER_RE = /^\s*\)?\s*(?:\(?\s*âm lịch(?![a-zà-ỹ])|\(\s*[aâ]l\s*\)|[aâ]l\s*\))/;
/** "sinh ngày 9/2/1964", "ngày sinh 15/8": a person's birthday dates no event ("học sinh", "phát sinh" are other words). */
const BIRTH_DAY_BEFORE_RE =
  /(?:(?<![a-zà-ỹ])(?<!(?:học|thí|dân|hy|vệ|phát|giáng|nghiên cứu|tái|hồi|nảy|cộng|nữ|nam)\s)sinh(?:\s+vào)?\s+ngày|(?<![a-zà-ỹ])(?:ngày sinh|sn))\s*:?\s*$/;
/** A number glued to a word, a number or a decimal/fraction mark is part of something else. */
const GLUED_BEFORE = /[\p{L}\p{N}/.,:]/u;

/** Day word (+ tails) right before the number: "chiều ngày ", "tối nay (", "hôm thứ ". */
const STRONG_CUE_RE = new RegExp(
  String.raw`(?<![a-zà-ỹ])(?:${alt(DAY_WORDS)})(?:\s+(?:${alt(DAY_WORD_TAILS)}|\d))*\s*,?\s*\(?\s*$`, '');
const BARE_ORDINAL_RE = /^thứ\s*$/;
/** "vị trí thứ ", "xếp thứ ", "lần thứ ": "thứ" after these counts ranks or times, it names no weekday. */
const ORDINAL_FRAME_BEFORE_RE = new RegExp(String.raw`(?<![a-zà-ỹ])(?:${alt(ORDINAL_BEFORE_THU)})\s+$`, '');
const ORDINAL_FRAME_REACH = 12;
const BRACKET_LAST_RE = /\(\s*$/;
/** "18 giờ 11.2", "18 giờ 30 phút 11/2", "19h 15.3" (not "11:25 08/02", a posting stamp). */
const CLOCK_CUE_RE = /(?<![\d:,.])\d{1,2}\s*(?:giờ(?:\s+\d{1,2}(?:\s*phút)?)?|h)\s*,?\s*$/;
/** "| 11:25 08/02/2017": a portal's posting stamp inside the text, not an event. */
const CLOCK_BEFORE_RE = /\d{1,2}[:h]\d{2}\s*,?\s*$/;
const WEAK_CUE_RE = new RegExp(String.raw`(?<![a-zà-ỹ])(?:${alt(WEAK_DATE_CUES)})\s*$`, '');
const NOT_BEFORE_RE = new RegExp(String.raw`(?<![a-zà-ỹ])(?:${alt(NOT_DATE_BEFORE)})(?:\s+số)?\s*:?\s*$`, '');
// A count word on the next line ("20/5\nNgày 19/5, ...") does not count the number.
// "Điểm Break 2/8 (25%)": a ratio glossed by its percentage.
const NOT_AFTER_RE = new RegExp(String.raw`^[^\S\n]*(?:%|\(\s*\d+(?:[.,]\d+)?\s*%|(?:${alt(NOT_DATE_AFTER)})(?![a-zà-ỹ]))`, '');
/** "Chiều mùng 5 Tết (2-2), em đi ...": the solar date glossing a day of Tết is the event's day, not a holiday's. */
const LUNAR_DAY_GLOSS_RE = /(?:mùng|mồng)\s+\d{1,2}\s+tết\s*\(\s*(?:tức\s+)?(?:ngày\s+)?$/;
// ")" between ends the holiday's reach: "(Ảnh: Quốc Khánh/TTXVN) Ngày 16/5" names a photographer.
const HOLIDAY_RE = new RegExp(String.raw`(?<![a-zà-ỹ])(?:${alt(HOLIDAY_CUES)})(?![a-zà-ỹ])[^.;,)]{0,32}$`, '');
/**
 * "trước, trong và sau lễ 30/4", "nghỉ lễ 2-9", "lễ 30/4 - 1/5": "lễ" right before a national holiday's day, or before
 * another one and its link, names the holiday.
 */
const HOLIDAY_NAMED_BEFORE_RE = /(?<![a-zà-ỹ])lễ\s(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*(?:[-–,]|và)\s*)?$/;
/** HOLIDAY_RE on the words after the window's last stop or bracket: no cue holds one, so none can start before it. */
function holidayBefore(before: string): boolean {
  let from = before.length;
  for (; from > 0; from--) {
    const c = before.charCodeAt(from - 1);
    if (c === 46 || c === 59 || c === 44 || c === 41) break;
  }
  return HOLIDAY_RE.test(from === 0 ? before : before.slice(from));
}
// A bill under debate ("thảo luận dự án Luật Đường sắt ngày 30/5") or a place between ("Luật Quy hoạch tại
// Quốc hội ngày 26/5") makes the date a session's, not the document's. "Ủy ban Kiểm tra kỷ luật ... ngày 10/5" names no law.
const DOCUMENT_RE = new RegExp(
  String.raw`(?:(?<![a-zà-ỹ])(?<!(?:dự án|dự thảo|${alt(NOT_DOCUMENT_BEFORE_CUE)})\s)(?:${alt(DOCUMENT_CUES)})(?![a-zà-ỹ])` +
    String.raw`(?!\s+(?:${alt(NOT_DOCUMENT_AFTER_CUE)})(?![a-zà-ỹ]))(?:(?!\s(?:tại|ở)\s)[^.;]){0,40}|\d+\/[a-zà-ỹ\d-]+\s+|\d+\/[\d/-]*[a-zà-ỹ][a-zà-ỹ\d/-]*\s*,?\s+ngày\s+)$`, '');
/**
 * "Tại văn bản giả mạo Cục quản lý Công sản ghi số 971 ngày 8/5/2017": a number and its day cite a document named
 * earlier in the sentence, however far the document word is.
 */
const NUMBERED_DAY_BEFORE_RE = /(?<![a-zà-ỹ])số\s+\d+\s*,?\s+ngày\s+$/;
const DOCUMENT_WORD_RE = new RegExp(String.raw`(?<![a-zà-ỹ])(?:${alt(DOCUMENT_CUES)})(?![a-zà-ỹ])`, '');
/**
 * "thực hiện ý kiến kết luận của Thủ tướng tại cuộc họp với ba bộ ... ngày 12/3/2017": the day a directive being
 * carried out was given, however far its meeting is named from the word; background like a document's date ("theo
 * kết luận giám định ... vào ngày 3/10" reports a finding instead).
 */
const DIRECTIVE_BASIS_RE = new RegExp(
  String.raw`(?<![a-zà-ỹ])(?:${alt(['thực hiện', 'triển khai', 'quán triệt'])})\s+(?:[a-zà-ỹ]+\s+){0,3}?` +
    String.raw`(?:${alt(['kết luận', 'chỉ đạo'])})(?![a-zà-ỹ])[^.;]{0,160}$`, '');
/** "hồi tháng 3" (back in March), not a clock time ("hồi 19 giờ") nor a word ("hồi phục"). */
const BACKGROUND_RE = new RegExp(
  String.raw`(?<![a-zà-ỹ])(?:${alt(BACKGROUND_CUES)}|${alt(['hồi'])}\s+(?:${alt(BACK_THEN_AFTER)}))(?![a-zà-ỹ])`, '');
/**
 * "năm ngày trước khi phiến quân tấn công thành phố hôm 23/5", "cho tới khi đặc nhiệm tới vào ngày 10.6": a day
 * inside a "before / until" clause is the point the main clause is measured from, not its event.
 */
// A bare "trước khi" often joins two acts of one day ("sát hại 3 con trước khi tự sát hôm 5-2"): only a measured span counts.
// No leading lookbehind: it would be tried at every offset of the lead.
const BEFORE_WHEN_RE = /(?:(?:ngày|tuần|tháng|năm|giờ|tiếng|hôm)\s+trước|cho\s+(?:tới|đến))\s+khi(?![a-zà-ỹ])[^,;:]*$/;
/**
 * "hơn 460 người thiệt mạng từ khi trận chiến bắt đầu vào ngày 23.5", "kể từ khi ông nhậm chức ngày 20/1": a day inside a
 * "since" clause is the point a tally or a span runs from, as well; not the day it runs to ("kể từ khi ... (tính đến ngày 30/6)").
 */
const SINCE_WHEN_RE = /(?:^|\s)từ\s+khi(?![a-zà-ỹ])(?:(?!\s(?:đến|tới)\s)[^,;:])*$/;
// A part of the day dates the story's own news, even there ("kiểm soát đám cháy kể từ khi nhận được tin báo vào sáng 14/6").
const SINCE_DAY_PART_RE = /(?:sáng|trưa|chiều|tối|đêm|khuya)/;
/**
 * "kéo dài đến khoảng ngày 05/07", "từ nay đến hết ngày 31/3", "gia hạn hợp đồng thuê nhà đến ngày 30/6/2018": when a
 * spell, a wait or a term ends, not an event.
 */
// "báo cáo Thủ tướng trước ngày 28-2", "chậm nhất ngày 30/6": a deadline, not an event.
// "Bộ quy định đến hết ngày 10/2 là các trường phải ...", "từ năm 2015 đến hết ngày 8/6/2017": "đến hết" (to the end of) closes a term.
const UNTIL_BEFORE_RE = new RegExp(
  String.raw`(?<![a-zà-ỹ])(?:(?:kéo dài|gia hạn|từ nay|từ giờ)(?:\s+[a-zà-ỹ]+){0,8}?\s+(?:đến|tới)(?:\s+(?:${alt(['khoảng', 'hết'])}))?|(?:đến|tới)\s+hết|trước|chậm nhất)\s*$`, '');
/**
 * "... người đồng cấp Pháp Emmanuel Macron, người vừa nhậm chức Tổng thống hôm 14/5", "Phạm Tuấn Thành, người đã lái
 * chiếc Camry đâm chết 3 học sinh vào ngày 14/05": a clause set after a name to say who the person is tells an earlier
 * act of theirs, background to the story. What the person then says ("người đã chụp ... cho biết ngày 8/2, ...") is not.
 */
const PERSON_APPOSITIVE_BEFORE_RE = /,\s*người\s+(?:vừa|mới|đã|từng)\s(?:(?!cho biết|cho hay|kể lại|nói)[^,.;:!?()])*$/;
/**
 * "Theo BHXH tỉnh, đến ngày 31/5/2017, toàn tỉnh có gần 2,6 triệu người ...", "Tính đến ngày 6/2, có 73% ý kiến": a
 * tally's cut-off, a bare day with a figure right after, not an event. "Đến sáng 6/2, Bộ đã có công văn" (a part of the
 * day) and "Đến ngày 7/7, các huyện đã hoàn thành việc chi trả" (no figure) tell acts.
 */
const CUTOFF_BEFORE_RE = /(?:(?<![a-zà-ỹ])tính\s+|(?:^|[,;:(])\s*)(?:đến|tới)(?:\s+hết)?\s*$/;
const FIGURE_AFTER_RE = /^(?:[^.;!?\n]|\.(?!\s)){0,64}?\d/;
/** "Đến ngày 3/7 đã có thêm 11 người ...": a rise by that day is news of the day, not a running total. */
const RISE_AFTER_RE = /^(?:[^.;!?\n\d]){0,24}?(?<![a-zà-ỹ])thêm(?![a-zà-ỹ])/;
function tallyCutoff(folded: string, cueText: string, start: number, end: number): boolean {
  const bareDay = folded.startsWith('ngày', start) ? !folded.slice(start, end).includes('nay') : isDigitAt(folded, start);
  return bareDay && CUTOFF_BEFORE_RE.test(cueText) && FIGURE_AFTER_RE.test(folded.slice(end, end + 72))
    && !RISE_AFTER_RE.test(folded.slice(end, end + 32));
}
/**
 * "Sau ngày 30/9/2017, tuyến đường sắt sẽ vận hành thử", "xuất hóa đơn sau ngày 1/7/2016", "từ sau ngày 11/9": the day a
 * rule, a term or an era starts from, the mirror of "trước ngày 28-2"; not "Giá vàng giao sau hôm thứ Sáu (2/6)" (futures).
 */
const AFTER_DAY_BEFORE_RE = /(?<![a-zà-ỹ])(?<!giao\s)sau\s+(?:ngày\s+)?$/;
function fromDayOn(cueText: string): boolean {
  return cueText.includes('sau') && AFTER_DAY_BEFORE_RE.test(cueText);
}
/** "Từ ngày 1-1-2018 trở đi, tiền lương tháng đóng BHXH sẽ ...", "từ ngày 1.7.2004 trở về sau": the same, said after the day. */
const ONWARD_AFTER_RE = /^\s*\)?\s*trở\s+(?:đi|về\s+sau)(?![a-zà-ỹ])/;
function onwardFromDay(after: string): boolean {
  return after.includes('trở') && ONWARD_AFTER_RE.test(after);
}
/** "tăng 250.000 đồng so với giá bán chiều 05/02", "so với phiên 5/6": a comparison's reference point, not an event. */
const COMPARED_WITH_RE = /(?<![a-zà-ỹ])so với(?:\s+[^\s\d,.;:()]+){0,4}\s*$/;
/** "Điển hình gần đây, lúc 0 giờ 20 phút ngày 25/1, ...", "Chẳng hạn, ngày 3/5 ...": a sentence opened as an example of a trend. */
const EXAMPLE_OPENING_RE = /^\s*(?:điển hình|ví dụ|chẳng hạn)(?:\s+(?:như|là|gần đây|mới đây|nhất))*\s*[,:]/;
/**
 * "đội ngũ kỹ thuật 24/7", "giao dịch 24/7", "Golf 24/7: ...": round the clock (24 hours, 7 days), not 24 July. A day
 * word ("ngày 24/7") or a bracket ("Thứ Hai (24/7)") still makes it a day.
 */
const ROUND_THE_CLOCK = '24/7';
const isDigitAt = (s: string, at: number) => s.charCodeAt(at) >= 48 && s.charCodeAt(at) <= 57;
/** "chỉ 14,2% (1/7)", "100% (2/2)", a tie-break "7-6(7/3)": a bracketed ratio glossing a percentage or a score. */
const RATIO_GLOSS_BEFORE_RE = /(?:%\s*\(?|\d\()\s*$/;
/** "Dù đã chỉ trích CNN hôm 1/7 nhưng ... tiếp tục ... vào ngày hôm sau": a day inside a concession is what the news outdoes. */
// Not "Tuy nhiên" (however), and the concession ends at "nhưng".
const CONCESSIVE_OPENING_RE = /^\s*(?:mặc dù|dù|tuy|dẫu)(?![a-zà-ỹ])(?!\s+(?:nhiên|vậy|thế)(?![a-zà-ỹ]))(?:(?!nhưng)[^,;:])*$/;
/**
 * "tập trung chuẩn bị cho trận gặp Jordan vào ngày 13/6 tới", "trả lời phỏng vấn ... trước thềm chuyến thăm chính thức
 * nước này từ ngày 4-8/6", "có buổi tập để chuẩn bị cho trận mở màn bảng E vào 18h ngày 22/5": the day of what is
 * prepared for, or on the eve of, is not the day of the preparing act (which a later day may tell). Within its clause; not
 * a day told as today's ("chuẩn bị cho trận giao hữu ... vào tối nay (7/2)" previews the day's own match).
 */
/** How far past the first day prepared for the preparing act's own day may be written. */
const PREPARED_ACT_REACH = 500;
const PREPARED_FOR_BEFORE_RE =
  /(?<![a-zà-ỹ])(?:chuẩn bị\s+(?:cho|tham dự|tham gia)|trước thềm)(?![a-zà-ỹ])(?:(?!\sthì\s)[^,;:.!?"“”]){0,90}$/;
/** "mức thấp nhất kể từ ngày 31/1": a record's reference point, not an event of the story. */
const RECORD_SINCE_RE = /(?<![a-zà-ỹ])(?<!thứ\s)(?:nhất|đầu tiên|kỷ lục)(?:\s+[a-zà-ỹ]+){0,5}\s+kể\s+từ\s*$/;
const INVESTIGATION_RE = new RegExp(String.raw`(?<![a-zà-ỹ])(?:${alt(INVESTIGATION_CUES)})(?![a-zà-ỹ])`, '');

const EARLIER_YEAR_AFTER_RE = new RegExp(String.raw`^\s*\)?\s*(?:${alt(EARLIER_YEAR_AFTER)})(?![a-zà-ỹ])`, '');
const RECENT_PAST_AFTER_RE = new RegExp(String.raw`^\s*\)?\s*(?:${alt(RECENT_PAST_AFTER)})(?![a-zà-ỹ])`, '');
/**
 * "báo chí Nhật ngày 17/6", "tờ Sunday Telegraph ra ngày 2-7": the date a medium reported, not "họp báo ngày 8-2",
 * "thông báo", "cảnh báo", "báo cáo", nor a statement sent to or told to the press ("gửi báo chí chiều 7/2").
 */
const MEDIA_BEFORE_RE = new RegExp(
  String.raw`(?<![a-zà-ỹ])(?<!(?:họp|ban|gặp|thông|cảnh|gửi|với)\s)(?:${alt(MEDIA_WORDS)})(?!\s+cáo)(?:\s+[a-zà-ỹ0-9.&-]+){0,4}?\s*$`, '');
/** A date that opens its clause ("..., từ ngày 13 đến 15/6 vừa qua, ...") rather than qualifying a noun. */
const CLAUSE_OPENING_RE = /(?:^|[,.;:\n])\s*(?:[a-zà-ỹ]+\s+){0,2}$/;
/** "bắt" arrests, but not in "bắt cóc" (kidnap), "bắt đầu", "bắt tay", "bắt gặp", "bắt buộc", "bắt nạt". */
const ARREST_RE = new RegExp(
  String.raw`(?<![a-zà-ỹ])(?:${alt(ARREST_WORDS)})(?![a-zà-ỹ])(?!\s+(?:${alt(NOT_ARREST_AFTER_BAT)})(?![a-zà-ỹ]))`, '');
const DISCLOSURE_RE = new RegExp(String.raw`(?<![a-zà-ỹ])(?:${alt(DISCLOSURE_WORDS)})(?![a-zà-ỹ])`, '');
/** How far after a report date the event it reports may be written. */
const REPORTED_EVENT_WINDOW = 700;
/** How far after a medium's report date the incident it reports may be dated ("Vụ việc xảy ra từ ngày 23-5" in a quote). */
const REPORTED_INCIDENT_WINDOW = 1400;
/** An undated relative day phrase closing its clause: "vào cuối tuần, ...", "Hôm qua, ..."; not a habit ("mỗi cuối tuần"). */
// Also "Yonhap hôm nay đưa tin ...", "Tổng thống hôm qua cho biết ...": a day word between a subject and its reporting verb or
// tense word dates the clause; before other words it is often a noun's ("Thời tiết hôm nay có ...") or a span.
const RELATIVE_DAY_RE = new RegExp(
  String.raw`(?:${alt(RELATIVE_DAY_PHRASES)})(?=\s*[,.;:])|(?<![a-zà-ỹ])(?:${alt(['hôm nay', 'hôm qua', 'sáng nay', 'chiều nay', 'tối nay', 'sáng qua', 'chiều qua', 'tối qua', 'đêm qua'])})` +
    String.raw`(?=\s+(?:${alt(['đã', 'vừa', 'đưa tin', 'cho biết', 'cho hay', 'tuyên bố', 'thông báo', 'công bố', 'khẳng định', 'xác nhận', 'phát biểu'])})(?![a-zà-ỹ]))` +
    String.raw`|(?<=[a-zà-ỹ]\s)(${alt(['hôm nay', 'hôm qua', 'sáng nay', 'chiều nay', 'tối nay', 'sáng qua', 'chiều qua', 'tối qua', 'đêm qua'])})` +
    String.raw`(?=\s+(?!(?:${alt(NOT_VERB_AFTER_DAY)})(?![a-zà-ỹ]))[a-zà-ỹ])`, 'g');
/** "Triều Tiên hôm nay phóng ...", "Reuters hôm qua dẫn lời ...": a named subject, its day, then its verb. */
const NAMED_SUBJECT_BEFORE_RE = /(?:\p{Lu}[\p{L}\p{N}.'-]*|\p{N})\s+$/u;
/**
 * "trở về quê nhà hồi tuần trước.", "hồi đầu tuần này": a relative phrase set back in the past ("hồi" = back then)
 * closing a clause is an earlier act's time, not the news's day; "Hồi đầu tuần, ISRO cho biết ..." opening its clause
 * still dates the news.
 */
const BACK_THEN_BEFORE_RE = /[a-zà-ỹ\d)"”]\s+hồi\s+$/;
/** Checked in code, not as a lookbehind at every position of the lead: a word start, not after a habit word. */
const HABIT_BEFORE_RE = /(?:[a-zà-ỹ]|(?<![a-zà-ỹ])(?:mỗi|hằng|hàng|các|mấy)\s)$/;
/** A year written in a sentence: after năm, a slash or dash, or inside a capitalised name ("... 2017"). */
// 18xx counts so that "(19/5/1890 – 19/5/2017)" writes two years, not "the one year" of the sentence.
// The mark before the year is checked by hand: a leading lookbehind would be tried at every offset.
const YEAR_RE = /((?:1[89]|20)\d\d)(?![\p{N}]|[.,]\d)/gu;
const NOT_BEFORE_YEAR_RE = /[\p{N}.,]/u;
/** "6.2017", "30.5.2017": a year after a dot that follows a one- or two-digit number. */
function dottedDateYear(s: string, at: number): boolean {
  if (s[at - 1] !== '.' || !isDigit(s[at - 2])) return false;
  const run = isDigit(s[at - 3]) ? 2 : 1;
  return !isDigit(s[at - 2 - run]);
}
/** Birth years ("SN 1976", "sinh năm 1976") date a person, not the sentence's event; "mùa tuyển sinh 2017" (admissions) and "học sinh" (pupils) are other words. */
const BIRTH_YEAR_BEFORE = /(?:(?<![\p{L}])sn|(?<!(?:tuyển|học)\s)sinh(?:\s+năm)?)\s*$/iu;
/** "Đoàn Quốc Huy (sinh ngày 21/7/2003, ngụ ...)", "(SN 12/3/1990)": a full birth date's year dates the person too. */
const BIRTH_DATE_BEFORE = /(?:(?<![\p{L}])sn|sinh(?:\s+ngày)?)\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]$/iu;
/** "cuối những năm 1970", "thập niên 1990": a decade, not a year written in the sentence ("những năm 1995-1997" writes two years). */
const DECADE_BEFORE = /(?<![\p{L}])(?:những năm|thập niên|thập kỷ|thập kỉ)\s*$/iu;
/** "(1962, trú xã ...)": a residence after the year makes it a person's birth year ("mùa thứ 4 (2017)" is an edition's). */
const BRACKETED_BIRTH_AFTER = /^\s*[,;]\s*(?:trú|ngụ|ở|quê|thường trú|tạm trú|hộ khẩu|nơi)(?![\p{L}])/iu;
/**
 * "tàu đóng theo Nghị định 67/2014/NĐ-CP", "Bộ luật số 100/2015/QH13": a document number's year, then a slash and the
 * issuer's code, dates the document, not the day told; unless the day's act issues it ("ký ban hành Nghị định số
 * 08/2017/NĐ-CP").
 */
const DOCUMENT_CODE_AFTER_RE = /^\/\p{Lu}/u;
// "(ban hành theo Thông tư 02/2017/TT-BYT)": issued under the document, not the document issued.
const ISSUED_DOCUMENT_BEFORE_RE = /(?<![\p{L}])(?:ban hành|ký|thông qua)(?!\s+(?:theo|kèm))(?:\s+\p{L}+){0,3}\s+(?:số\s+)?\d+\/$/u;
function documentNumberYear(sentence: string, at: number): boolean {
  return sentence[at - 1] === '/' && DOCUMENT_CODE_AFTER_RE.test(sentence.slice(at + 4, at + 6))
    && !ISSUED_DOCUMENT_BEFORE_RE.test(sentence.slice(Math.max(0, at - 48), at));
}
/**
 * "Ngày 6-2, UBND TP ban hành Kế hoạch ... thực hiện Chỉ thị số 15-CT/TU, ngày 16-12-2016": a year closing a full date of
 * another month dates that other day: of a later month than the day's, mostly of the year before the day told, and of
 * any month when it is before the story's own (the latest year it writes: "xử vụ tai nạn ... vào ngày 6/2/2011"); beside
 * it no year can be told the day's. A start or a time ahead of the story's year ("kết hôn vào ngày 31/10/2017", "kể từ
 * ngày 1/7/2017") and an earlier month of it ("vụ việc xảy ra ngày 15-4-2017") are as often of the same year. Not a
 * span's or a list's end ("từ 25/3 đến 20/4/2016", "ngày 30/6 và 1/7/2017"): that year is the first day's too.
 */
const FULL_DATE_HEAD_RE = /(?<!\d)\d{1,2}\s*[/.-]\s*(\d{1,2})\s*[/.-]$/;
/** "kể từ ngày 1/7/2017", "kết thúc vào 26/2/2017": a start or a term ahead, in the story's year as often as not. */
const BOUND_AHEAD_BEFORE_RE = /(?<![\p{L}])(?:từ|vào)(?:\s+[\p{L}\d]+){0,4}\s*$/u;
const SERIES_LINK_BEFORE_RE = /(?:[-–,]|(?<![\p{L}])(?:đến|tới|và|rạng)(?:\s+(?:hết|sáng|ngày))*)\s*$/u;
function anotherMonthsFullDate(ctx: ExtractContext, sentence: string, at: number, month: number, year: string): boolean {
  const head = FULL_DATE_HEAD_RE.exec(sentence.slice(Math.max(0, at - 9), at));
  if (!head || Number(head[1]) === month) return false;
  const headStart = at - head[0].length;
  const before = sentence.slice(Math.max(0, headStart - 32), headStart);
  if (SERIES_LINK_BEFORE_RE.test(before.slice(-16))) return false;
  if (Number(year) < storyYearOf(ctx)) return true;
  return Number(head[1]) > month && !BOUND_AHEAD_BEFORE_RE.test(before);
}
/** "gia hạn hợp đồng đến năm 2021", "gia hạn trừng phạt ... đến cuối năm 2018": a target or deadline year, not the year the event happened. */
const TARGET_YEAR_BEFORE = /(?<![\p{L}])(?:đến|tới|trước)\s+(?:(?:hết|cuối|đầu|giữa)\s+)?năm\s*$/iu;
/**
 * "bàn giải pháp chống buôn lậu từ nay đến cuối năm 2017": a span from the present to a year's end ends in the present
 * year, which is then the event's; "từ nay đến năm 2020" stays a target (read on the folded text).
 */
const FROM_NOW_TO_YEAR_END_BEFORE = new RegExp(
  String.raw`(?<![a-zà-ỹ])(?:${alt(FROM_NOW_WORDS)})\s+(?:đến|tới)\s+(?:hết|cuối)\s+năm\s*$`, '');
function fromNowToYearEnd(folded: string, yearAt: number): boolean {
  return FROM_NOW_TO_YEAR_END_BEFORE.test(folded.slice(Math.max(0, yearAt - 32), yearAt));
}
/**
 * "khuyến khích đổi ... trước ngày 31/12/2020", "chậm tiến độ đến sau năm 2020", "dự kiến hoàn thành vào ngày 30-4-2018",
 * "dự kiến diễn ra vào tháng 7 hoặc tháng 8-2018": a deadline's or a plan's year closing a date or a month, later than the
 * story's own (the latest year it writes outside targets); beside it no year can be told the event's (a full date of the event's own day still gives its year). Not a span's end
 * ("từ ngày 5-5 đến 10-5-2017").
 */
const TARGET_DATE_YEAR_BEFORE =
  /(?<![\p{L}])(?:(?<!\d\s{0,2}(?:ngày\s+)?)(?:đến|tới|trước|sau|hạn)\s+(?:hết\s+)?(?:ngày\s+)?(?:\d{1,2}\s*[/.-]\s*)?\d{1,2}\s*[/.-]\s*|(?:đến|tới|trước)\s+(?:hết\s+)?tháng\s+\d{1,2}\s*[/.-]\s*|sau\s+năm\s+|(?:dự kiến|hoàn thành)(?:\s+[^\s,.;:]+){0,6}?\s+(?:vào\s+)?(?:ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*|tháng\s+\d{1,2}\s*[/.-]\s*|năm\s+))$/iu;
/** "hồi tháng 11/2016", "giữa năm 2012", "xảy ra vào năm 2015", "so với năm 2012", "từ 2030": another time. */
const OTHER_TIME_YEAR_BEFORE =
  /(?<![\p{L}])(?:hồi|vào|từ|kể từ|giữa|so với|cùng kỳ)\s+(?:(?:đầu|cuối|giữa)\s+)?(?:tháng\s+\d{1,2}\s*[/.-]\s*|năm\s+)?$/iu;
/**
 * "Ngày 22/6, Mỹ ngừng nhập thịt ... sau vụ bê bối bị phát giác hồi tháng 3/2017": a past month a few months earlier in
 * the calendar than the date's is mostly recent background of the same year, and the one year written is then the date's
 * ("bị bắt cóc hồi tháng 11/2016", told on 16/6, cannot be). Further back it is as often an old story recalled ("máy bay
 * gặp nạn hồi tháng 3/2014", told on 14/7). A comparison with the same period ("so với", "cùng kỳ") is another year's.
 */
const RECENT_MONTHS = 11;
const EARLIER_MONTH_BEFORE = /(?<![\p{L}])(?:hồi|vào|từ|kể từ)\s+(?:(?:đầu|cuối|giữa)\s+)?tháng\s+(\d{1,2})\s*[/.-]\s*$/iu;
function earlierMonthSameYear(before: string, month: number): boolean {
  const m = EARLIER_MONTH_BEFORE.exec(before);
  return m !== null && Number(m[1]) < month && month - Number(m[1]) <= RECENT_MONTHS;
}
/**
 * "Luật Hợp tác xã năm 2012", "luật Đất đai 2013", "Công ước UNCLOS 1982": a year inside a law's name. A lower-case word
 * after "luật" names no law ("vi phạm luật trong chiến dịch tranh cử năm 2014" writes the sentence's one year), but a
 * capitalised "Luật" does ("Luật đất đai năm 2013", "Luật hợp tác xã (HTX) năm 2012", not "Luật sư"); the name may
 * hold its bracketed acronym.
 */
const LAW_NAME_YEAR_BEFORE =
  /(?<![\p{L}])(?:Luật(?!\s+sư)|luật(?=\s+(?:\p{Lu}|\d))|LUẬT|[Bb]ộ [Ll]uật|BỘ LUẬT|BLHS|BLTTHS|[Cc]ông [Ưư]ớc|CÔNG ƯỚC|[Hh]iến [Pp]háp|HIẾN PHÁP|UNCLOS)(?![\p{L}])(?:[^,.;:()]|\(\p{Lu}[\p{Lu}&]*\)){0,40}$/u;
/**
 * "quyết toán ngân sách năm 2015", "cuộc bầu cử quốc hội năm 2016": the calendar year a settled account, an audit,
 * a review or an election covers, not the year of the event told ("tổng kết lễ hội Xuân 2017" names one).
 */
const RETROSPECTIVE_YEAR_BEFORE =
  /(?<![\p{L}])(?:quyết toán|kiểm toán|bầu cử|tổng kết|sơ kết|niên độ|tài khóa)(?![\p{L}])(?:[^,.;:()]{0,40}\s)?năm\s*$/iu;
/**
 * "Chiều 11.7, ... Báo cáo Sơ kết 6 tháng đầu năm 2017", "sơ kết công tác quý I năm 2017": a review of part of a year is
 * held within that year, so its year is the day's (a whole year's or a fourth quarter's is held in the next).
 */
const PART_YEAR_REVIEWED_BEFORE = /(?<![\p{L}\p{N}])(?:(?:[1-9]|1[01])\s+tháng(?:\s+đầu)?|nửa đầu|quý\s+(?:I{1,3}|[123]))\s+năm\s*$/iu;
/**
 * "điều tra Nga can thiệp bầu cử Mỹ 2016", "chiến dịch tranh cử 2016 của Trump": a year written bare after an election
 * or a campaign names it (recalled in 2017 stories), not the year of the day told. With "năm" after a campaign ("vi
 * phạm luật trong chiến dịch tranh cử năm 2014") the held gold takes the sentence's one year: left to the rules above.
 */
const ELECTION_YEAR_BEFORE = /(?<![\p{L}])(?:bầu cử|tranh cử)(?:\s+[^\s,.;:()]+){0,3}\s+$/iu;
const NAM_LAST_RE = /(?<![\p{L}])năm\s*$/u;
function electionYear(wider: string): boolean {
  return wider.includes('cử') && ELECTION_YEAR_BEFORE.test(wider) && !NAM_LAST_RE.test(wider);
}
/** "tiểu thuyết cùng tên xuất bản năm 2009", "Ra đời năm 2009, ...": a work's or a body's year (folded text). */
const CREATED_YEAR_BEFORE_RE = new RegExp(String.raw`(?<![a-zà-ỹ])(?:${alt(CREATION_VERBS)})\s+(?:vào\s+|từ\s+)?năm\s*$`, '');
function createdInYear(folded: string, at: number): boolean {
  return CREATED_YEAR_BEFORE_RE.test(folded.slice(Math.max(0, at - 24), at));
}
/** "2016-17", "2016/17": a season's short second year (not "2016/17/..." nor a longer number). */
const SEASON_SHORT_END_AFTER = /^\s*[-–/]\s*\d\d(?![\p{N}/.,-]|\s*[-–/]\s*\d)/u;
/** "2017 - 2018": the first year of a span counts as a year written in the sentence too. */
const YEAR_RANGE_AFTER = /^\s*[-–]\s*(?:19|20)\d\d/u;
const YEAR_CUE_BEFORE = /(?:(?<![\p{L}])(?:năm|tháng|niên khóa|khóa|mùa)\s*|[/\-–]\s*|\d\.)$/u;
/** A plate number ("BKS Lào UN-2043", "biển số 29A-2043"), not a year ("EXPO-2017", "lần thứ VI-2017"). */
const PLATE_BEFORE = /(?<![\p{L}])(?:bks|bksx|biển số|biển kiểm soát)(?![\p{L}])[^,;.]*-$/iu;
/**
 * "tàu QN2040", "lựu pháo M1938", "tàu QN 2040", "sà lan số hiệu HD 2043": one or two capitals glued to four digits, or
 * set off from them after a vessel word, are a registration or a model's code, not a year.
 */
const CODE_LETTERS_BEFORE_RE = /(?<![\p{L}\p{N}])(\p{Lu}{1,2})([ -]?)$/u;
const VESSEL_CUE_BEFORE_RE = new RegExp(String.raw`(?<![a-zà-ỹ])(?:${alt(VESSEL_NUMBER_CUES)})(?:\s+\S+){0,3}\s+$`, '');
function registrationNumber(sentence: string, at: number): boolean {
  const c = sentence[at - 1];
  if (c === undefined || (c !== ' ' && c !== '-' && c.toLowerCase() === c)) return false;
  const code = CODE_LETTERS_BEFORE_RE.exec(sentence.slice(Math.max(0, at - 4), at));
  if (!code) return false;
  if (!code[2]) return !YEAR_GLUED_PREFIXES.includes(code[1]);
  const codeStart = at - code[0].length;
  return VESSEL_CUE_BEFORE_RE.test(foldForMatch(sentence.slice(Math.max(0, codeStart - 40), codeStart)));
}
const CAPITALISED_OR_QUOTE_BEFORE = /(?:(?<![\p{L}])\p{Lu}[\p{L}\p{N}]*|["“'‘])\s*$/u;
/**
 * "Olympic Hóa học quốc tế 2017 tại Thái Lan", "giải U17 Quốc gia 2017 chiều 30/6", "giữa kỳ 2017 (VBF)": a year closing a
 * name (before a day word or the name's acronym), not a count ("2000 người").
 */
const YEAR_CLOSING_NAME_AFTER =
  /^(?:\s*[,;:)]|\s*\.(?!\d)|\s+(?:tại|ở|diễn ra|đã|sẽ|vừa|được|đều|của|này|và|với|đang|ngày|hôm|sáng|trưa|chiều|tối|đêm)(?![\p{L}])|\s*\(\p{Lu}+\))/u;
const QUANTITY_BEFORE = /(?<![\p{L}])(?:khoảng|hơn|gần|trên|dưới|có|với|là|tới|đến|số|tổng|thêm|mất|thu|bán|mua)\s*$/iu;

/**
 * "từ ngày 01/07/2014 đến hết năm 2016", "niên độ 1/10/2015 – 30/9/2016": the bounds of a period (a review,
 * a fiscal year, an eligibility window), not an event. Groups: 1 end year alone; 2 day, 3 month, 4 year.
 */
const PERIOD_END_AFTER_RE =
  /^\s*(?:[-–]|đến|tới)\s*(?:(?:hết|ngày)\s+)*(?:năm\s+((?:19|20)\d\d)|(\d{1,2})[/.-](\d{1,2})(?:[/.-]((?:19|20)\d\d))?)(?!\d)/;
/** Cheap first look: a period's end follows a dash, "đến" or "tới". */
const PERIOD_GATE_RE = /^\s*[-–đt]/;
/** An event's range spans days ("3 – 8/3"); a longer span is a period. */
const PERIOD_MIN_DAYS = 31;

/** How far `from` → the end written after it reaches, in days (31-day months); -1 when no end is written. */
function periodLength(after: string, year: string | undefined, month: number, day: number): number {
  const p = PERIOD_END_AFTER_RE.exec(after);
  if (!p) return -1;
  const startYear = Number(year ?? 0);
  if (p[1]) return startYear && Number(p[1]) < startYear ? -1 : 372;
  const endYear = p[4] ? Number(p[4]) : startYear;
  let days = (Number(p[3]) - month) * 31 + Number(p[2]) - day + (startYear && endYear ? (endYear - startYear) * 372 : 0);
  if (days < 0 && !p[4]) days += 372;
  return days;
}

const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const CUE_WINDOW = 48;
/** A part of the day ("sáng nay", "chiều"), or "hôm": an event's time. */
/** A full d/m/yyyy date in `s` whose year is `year` (one pattern compiled once, not one per date). */
const FULL_DATE_RE = /\d[/.-]\d{1,2}[/.-](\d{4})/g;
function hasFullDateIn(s: string, year: string): boolean {
  FULL_DATE_RE.lastIndex = 0;
  for (let m = FULL_DATE_RE.exec(s); m; m = FULL_DATE_RE.exec(s)) if (m[1] === year) return true;
  return false;
}

const DAY_PART_RE = new RegExp(String.raw`(?<![a-zà-ỹ])(?:${alt(['sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'hôm'])})(?![a-zà-ỹ])`, '');
/** ">> Xem thêm: CLIP HOT NGÀY 29/6: ...": a link to another story, dated for that story. */
const NEXT_PART_CUE = foldForMatch('đón đọc');
const RELATED_LINK_RE = /(?<![a-zà-ỹ])(?:xem thêm|đọc thêm|tin liên quan|bài liên quan)\s*:/;
/**
 * "Xú - Thể thao Việt Nam | 08:55 08/02/2017 Tin liên quan Điểm tin tối 07/02: ...": a portal's block of related
 * headlines after the byline, with no colon; every date from there on is another story's.
 */
const RELATED_BLOCK_RE = /Tin liên quan\s+\p{Lu}/u;
/** The byline's posting stamp right before the block ("| 08:55 08/02/2017 "). */
const STAMP_BEFORE_RE = /\d{1,2}:\d{2}\s+\d{1,2}\/\d{1,2}\/\d{4}\s*$/;
/** Without a stamp, only a block in the text's last part closes it: a box of links mid-article does not. */
const RELATED_BLOCK_TAIL = 0.6;
const relatedBlockStart = perDocument((ctx): number => {
  // Such blocks close portal copies, which carry their posting time: other texts are not searched at all.
  if (ctx.publishedAt === null) return Infinity;
  const first = ctx.text.indexOf('Tin liên quan');
  if (first < 0) return Infinity;
  const m = RELATED_BLOCK_RE.exec(ctx.text.slice(first));
  if (!m) return Infinity;
  const at = first + m.index;
  return STAMP_BEFORE_RE.test(ctx.text.slice(Math.max(0, at - 24), at)) || at >= ctx.text.length * RELATED_BLOCK_TAIL ? at : Infinity;
});

/** What the refiner needs beyond the record fields. */
interface DateCues {
  strongCue: boolean;
  sentenceInitial: boolean;
  holiday: boolean;
  legalText: boolean;
  background: boolean;
  /** Recounted from the investigation: background when the headline reports the arrest or charge. */
  investigation: boolean;
  /** The year of a full date written in the date's sentence, when the date itself has none. */
  restatedYear: string | null;
  /** Background only as "Trước đó, ...": the incident itself when the story has no later dated event. */
  toldBeforeThat: boolean;
  /** "... hạ cánh tại sân bay ngày 21/3. Ảnh: AFP": a photo's date, maybe a file photo; weaker than the text's. */
  caption: boolean;
  /** "sinh ngày 9/2/1964": background, and a long-past one shows the text recounts a life. */
  birthday: boolean;
  /** "chuẩn bị cho trận gặp Jordan ngày 13/6 tới", "trước thềm chuyến thăm từ ngày 4-8/6": background, the day prepared for. */
  preparedFor: boolean;
}
const cuesOf = new WeakMap<DateMention, DateCues>();
/** A date strongly cued as an event's, not a holiday's, a legal text's, background's or a caption's. */
const datesStoryEvent = (cues: DateCues) => cues.strongCue && !cues.holiday && !cues.legalText && !cues.background && !cues.caption;

const TWO_DIGITS = Array.from({ length: 32 }, (_, n) => String(n).padStart(2, '0'));
const pad = (n: number) => TWO_DIGITS[n];

const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\t' || c === '\u00a0';

/** Dates of one sentence ("từ ngày 3/5 đến 5/5", a list of days) ask for its year once. */
interface SentenceYear { text: string; start: number; end: number; month: number; year: string | null; sawYear: boolean }
let lastSentenceYear: SentenceYear | null = null;
/** Whether the sentence last read writes a year closing a full date ("22-5-2017"), taken or not: the same-day test needs one. */
let sentenceSawYear = false;
function sentenceYearMemo(ctx: ExtractContext, start: number, end: number, month: number): SentenceYear {
  const memo = lastSentenceYear;
  if (memo && memo.text === ctx.text && memo.start === start && memo.end === end && memo.month === month) return memo;
  sentenceSawYear = false;
  const year = singleSentenceYear(ctx, start, end, month);
  lastSentenceYear = { text: ctx.text, start, end, month, year, sawYear: sentenceSawYear };
  return lastSentenceYear;
}

/**
 * "Trao đổi với PV chiều 19.5, ông Đoán cho biết: Đúng là ... chăn nuôi heo năm 2012": words quoted after a colon are
 * the speaker's, and a year in them dates what he recalls, not the day he spoke.
 */
const SPEECH_COLON_RE = /:\s*["“]?\s*\p{Lu}/u;
const SPEECH_VERB_BEFORE_RE = new RegExp(String.raw`(?<![a-zà-ỹ])(?:${alt(SPEECH_VERBS)})\s*$`, '');
function speechStart(text: string, from: number, sEnd: number): number {
  // Each colon in turn: a list's colon ("bốn nghề chính: sĩ, nông") may come before the speaker's.
  for (let colon = text.indexOf(':', from); colon >= 0 && colon < sEnd; colon = text.indexOf(':', colon + 1)) {
    if (!SPEECH_COLON_RE.test(text.slice(colon, colon + 4))) continue;
    if (SPEECH_VERB_BEFORE_RE.test(foldForMatch(text.slice(Math.max(from, colon - 16), colon)))) return colon;
  }
  return sEnd;
}

function singleSentenceYear(ctx: ExtractContext, start: number, end: number, month: number): string | null {
  let found: string | null = null;
  const sentence = ctx.text.slice(start, end);
  YEAR_RE.lastIndex = 0;
  for (let m = YEAR_RE.exec(sentence); m; m = YEAR_RE.exec(sentence)) {
    if (isDateMark(sentence[m.index - 1]) && isDigit(sentence[m.index - 2])) sentenceSawYear = true;
    // Not "12017" nor "3,2017": and the next offset is tried, as the lookbehind would. A dot after a day or month
    // number closes a date ("30.5.2017", "tháng 1.2017"): four digits after a dot are no thousands group.
    if (m.index > 0 && NOT_BEFORE_YEAR_RE.test(sentence[m.index - 1]) && !dottedDateYear(sentence, m.index)) { YEAR_RE.lastIndex = m.index + 1; continue; }
    if (registrationNumber(sentence, m.index)) continue;
    const before = sentence.slice(Math.max(0, m.index! - 14), m.index!);
    if (BIRTH_YEAR_BEFORE.test(sentence.slice(Math.max(0, m.index! - 20), m.index!))) continue;
    if (m[1].endsWith('0') && before.includes('n') && DECADE_BEFORE.test(before) && !YEAR_RANGE_AFTER.test(sentence.slice(m.index + 4, m.index + 16))) continue;
    if (isDateMark(sentence[m.index - 1]) && BIRTH_DATE_BEFORE.test(sentence.slice(Math.max(0, m.index - 24), m.index))) continue;
    if (documentNumberYear(sentence, m.index!)) continue;
    // "ông Lò Văn K. (1962, trú xã ...)": a birth year bracketed after a name.
    if (sentence[m.index! - 1] === '(' && BRACKETED_BIRTH_AFTER.test(sentence.slice(m.index! + 4, m.index! + 16))) continue;
    if (sentence[m.index! - 1] === '-' && PLATE_BEFORE.test(sentence.slice(Math.max(0, m.index! - 28), m.index!))) continue;
    if (isDateMark(sentence[m.index - 1]) && anotherMonthsFullDate(ctx, sentence, m.index, month, m[1])) return null;
    // A target year ("đến năm 2021") or another time ("hồi tháng 11/2016") is not the event's; beside it no
    // year can be told the event's.
    if (TARGET_YEAR_BEFORE.test(before) && !fromNowToYearEnd(ctx.folded, start + m.index!)) return null;
    const wider = sentence.slice(Math.max(0, m.index! - 48), m.index!);
    if (TARGET_DATE_YEAR_BEFORE.test(wider) && laterThanStory(ctx, m[1])) return null;
    if (OTHER_TIME_YEAR_BEFORE.test(wider) && !earlierMonthSameYear(wider, month)) return null;
    if (LAW_NAME_YEAR_BEFORE.test(wider) || (wider.includes('năm') && RETROSPECTIVE_YEAR_BEFORE.test(wider) && !PART_YEAR_REVIEWED_BEFORE.test(wider))
      || electionYear(wider)) continue;
    if (before.includes('năm') && createdInYear(ctx.folded, start + m.index)) continue;
    const after = sentence.slice(m.index! + 4, m.index! + 16);
    // "Ngoại hạng Anh 2016-17", "mùa giải 2016/17": a season writes two years, as "2017 - 2018" does.
    if (SEASON_SHORT_END_AFTER.test(after)) return null;
    if (!YEAR_CUE_BEFORE.test(before) && !CAPITALISED_OR_QUOTE_BEFORE.test(before) && !YEAR_RANGE_AFTER.test(after)
      && (QUANTITY_BEFORE.test(before) || !YEAR_CLOSING_NAME_AFTER.test(after))) continue;
    if (found && found !== m[1]) return null;
    found = m[1];
  }
  // An 18xx year only shows that a sentence writes two years; alone it is history, not the event's year.
  if (found === null || found.startsWith('18')) return null;
  return isLongPastYear(ctx, found) ? null : found;
}
/** A year after the story's own, when the text writes one outside targets ("tới hết ngày 8/3/2017" alone tells none). */
function laterThanStory(ctx: ExtractContext, year: string): boolean {
  const story = storyYearOf(ctx);
  return story > 0 && Number(year) > story;
}
/**
 * "Sáng 12/7, ... an táng liệt sĩ hy sinh ... Tết Mậu Thân 1968" in a 2017 story: a sentence's one year long before
 * the story's own dates a recalled event, not the day told (a recent "Giải thưởng WIPO 2016" still is the day's).
 */
function isLongPastYear(ctx: ExtractContext, year: string): boolean {
  return Number(year) <= Math.max(storyYearOf(ctx), partOfYearOf(ctx)) - HISTORY_YEARS;
}
/**
 * "Sau nhiều năm tìm kiếm, đến đầu 2017, ...", "cuối 2016": a part of a year with no "năm" also tells the story's time
 * ("đến đầu 2017" is mostly reached by then in the corpus; "tới cuối 2020", "trước giữa 2018" are targets).
 */
const PART_OF_YEAR_RE = /(?<![a-zà-ỹ])(tới |trước |hết )?(?:đầu|cuối|giữa) ((?:19|20)\d\d)(?!\d)/g;
const PART_OF_YEAR_GATE_RE = /(?:đầu|cuối|giữa) [12]/;
const partOfYearOf = perDocument((ctx): number => {
  let latest = 0;
  // One search first: most texts write no "đầu/cuối/giữa" before a year, and the full pattern is tried at every offset.
  const f = ctx.folded;
  if (!PART_OF_YEAR_GATE_RE.test(f)) return 0;
  PART_OF_YEAR_RE.lastIndex = 0;
  for (let m = PART_OF_YEAR_RE.exec(ctx.folded); m; m = PART_OF_YEAR_RE.exec(ctx.folded)) {
    if (!m[1] && Number(m[2]) > latest) latest = Number(m[2]);
  }
  return latest;
});

/** d/m/yyyy, d-m-yyyy, d.m.yyyy: a full date; groups 1 day, 2 month, 3 year. */
const FULL_DMY_RE = /(?<![\p{N}])(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)(?![\p{N}])/gu;
/**
 * "Sáng 22-5, ... nhân kỷ niệm 90 năm ngày sinh của ông (22-5-1927 - 22-5-2017)": the sentence writes the same day
 * in full, so its year is the date's; of an anniversary's several years, the latest is the day being marked.
 */
function sameDayFullDateYear(text: string, start: number, end: number, day: number, month: number): string | null {
  const sentence = text.slice(start, end);
  // Cheap gate: a full date needs two separators after a digit; most sentences have none.
  if (!/\d[/.-]\d{1,2}[/.-]\d/.test(sentence)) return null;
  let year: string | null = null;
  FULL_DMY_RE.lastIndex = 0;
  for (let m = FULL_DMY_RE.exec(sentence); m; m = FULL_DMY_RE.exec(sentence)) {
    if (Number(m[1]) === day && Number(m[2]) === month && (year === null || m[3] > year)) year = m[3];
  }
  return year;
}

/**
 * "... dự kiến thăm Anh trong năm 2017 Trước các nghị sĩ ngày 6.2, ...": a photo caption glued to the next sentence
 * with no stop; a capitalised clause opener after a word or a number starts that sentence.
 */
const GLUED_OPENER_RE = /[\p{L}\p{N})"”] (?:Trước|Theo|Tại|Trong|Khi|Vào|Sau|Cùng|Hôm|Ngày|Sáng|Trưa|Chiều|Tối|Đêm)\s/gu;
const OPENER_AFTER_SPACE_RE = / (?:Trước|Theo|Tại|Trong|Khi|Vào|Sau|Cùng|Hôm|Ngày|Sáng|Trưa|Chiều|Tối|Đêm)\s/;
function gluedSentenceStart(text: string, sentenceStart: number, at: number): number {
  if (at - sentenceStart < 24) return sentenceStart;
  const lead = text.slice(sentenceStart, at);
  // Cheap first look for a space and an opener: most sentences hold none, and the full pattern is tried at every letter.
  if (!OPENER_AFTER_SPACE_RE.test(lead)) return sentenceStart;
  let from = sentenceStart;
  GLUED_OPENER_RE.lastIndex = 0;
  for (let m = GLUED_OPENER_RE.exec(lead); m; m = GLUED_OPENER_RE.exec(lead)) from = sentenceStart + m.index + 2;
  return from;
}

/**
 * "(trong Hội thảo ... diễn ra ngày 16/5)", "(tăng 29,6% so với ca 1 ngày 5/2)": a date deep inside a bracketed aside
 * qualifies what the bracket explains; a gloss right after the bracket ("(tức ngày 6/2)", "(ngày 6/2)") is not this.
 */
const ASIDE_MIN_REACH = 20;
const GLOSS_OPENING_RE = /^\(\s*(?:tức|nhằm|ngày|mùng|mồng|\d)/;
/** "(giờ địa phương, ngày 14/5)": a date right after a comma in the bracket glosses the time too. */
const TWO_WORDS_RE = /[a-zà-ỹ]+\s+[a-zà-ỹ]+/;
function insideAside(folded: string, sStart: number, at: number): boolean {
  const open = folded.lastIndexOf('(', at);
  if (open < sStart || at - open < ASIDE_MIN_REACH || folded.lastIndexOf(')', at) > open) return false;
  if (GLOSS_OPENING_RE.test(folded.slice(open, open + 8))) return false;
  // "(VTV6 trực tiếp 17 giờ ngày 11-6)": a live broadcast's time is the match's own.
  if (folded.slice(open, at).includes('trực tiếp')) return false;
  return TWO_WORDS_RE.test(folded.slice(Math.max(open, folded.lastIndexOf(',', at)) + 1, at));
}

/** Year from publishedAt, moved one year when the month is far from the publishing month. */
function yearFromPublished(publishedAt: string, month: number): string {
  const year = Number(publishedAt.slice(0, 4));
  const diff = month - Number(publishedAt.slice(5, 7));
  return String(diff > 6 ? year - 1 : diff < -6 ? year + 1 : year);
}

/** "iPhone 6/6 Plus", "bộ đôi iPhone 7/7 Plus": two models of a product line, not a day. */
const MODEL_AFTER_RE = /^ (?:Plus|Pro|Max|Mini|Edge|Lite)(?![\p{L}])/u;
const LATIN_WORD_BEFORE_RE = /[A-Za-z] $/;
function productModel(text: string, start: number, end: number): boolean {
  return MODEL_AFTER_RE.test(text.slice(end, end + 7)) && LATIN_WORD_BEFORE_RE.test(text.slice(start - 2, start));
}

/** Words that may follow a date; any other word after "từ 2-3" makes it a count ("từ 2-3 nông dân"). */
const DATE_FOLLOWERS = new Set([
  'tại', 'và', 'vừa', 'qua', 'tới', 'này', 'năm', 'đến', 'ở', 'là', 'với', 'đã', 'sẽ', 'khi', 'theo', 'trên',
  'cho', 'nhằm', 'sau', 'trước', 'của', 'được', 'do', 'thì', 'mới', 'tức', 'hằng', 'hàng', 'cùng', 'nhưng',
]);
const NEXT_WORD_RE = /^\s+([a-zà-ỹ]+)/;

/** What separates two items of a list: a comma or "và" after a few words ("2/3 Thái Lan, 1/2 ..."). */
const LIST_NEXT_RE = /^[^\d.;:!?\n]*(?:,|\svà)\s*$/;
const LIST_NEXT_REACH = 32;

/**
 * "1/2 muỗng cà phê", "chỉ bằng 1/3", "3/4 bình", "tranh 3/4": with no day word, no "từ/vào/đến" and no bracket,
 * a slash pair read as a common fraction (numerator below a denominator up to 4) is a fraction, not 1 February.
 */
const FRACTION_MAX_DENOMINATOR = 4;
function commonFraction(day: number, lastDay: number, month: number, before: string, after: string): boolean {
  if (lastDay !== day || day >= month || month > FRACTION_MAX_DENOMINATOR || /\(\s*$/.test(before)) return false;
  return !WEAK_CUE_RE.test(before) || fractionAfterCue(before, after);
}
/**
 * "với 6/7 chiến thắng", "giành 3/5 trận", "4/4 làng đều giữ vững": with no cue at all, a slash pair whose first number is
 * the smaller or the same, with a lower-case noun (no date's follower) right after it, counts a share of things, not a day.
 */
const SESSION_BEFORE_RE = /(?<![a-zà-ỹ])phiên\s*$/;
function shareOfCount(day: number, lastDay: number, month: number, before: string, after: string, nextChar: string | undefined): boolean {
  // "Giá vàng phiên 6/6 chạm mức cao nhất": a trading session's day.
  if (lastDay !== day || day > month || WEAK_CUE_RE.test(before) || /\(\s*$/.test(before) || SESSION_BEFORE_RE.test(before)) return false;
  if (nextChar === undefined || nextChar.toLowerCase() !== nextChar || nextChar.toUpperCase() === nextChar) return false;
  const next = NEXT_WORD_RE.exec(after);
  return next !== null && !DATE_FOLLOWERS.has(next[1]);
}
/** "chiếm tới 1/3", "chưa đến 2/3", "dài tới 3/4": a share reached, not a day. */
const SHARE_REACHED_BEFORE_RE = /(?<![a-zà-ỹ])(?:chiếm|chưa|dài|cao|rộng|nặng|lên|xuống)\s+(?:đến|tới)\s*$/;
/**
 * "vào đến 2/3 bồn", "hướng vào 1/3 đoạn sóng", "từ 1/2 đến 1/3 so với": after a weak cue, a fraction still reads as
 * one when a share is reached or a noun, not a date's follower, comes right after it.
 */
function fractionAfterCue(before: string, after: string): boolean {
  if (SHARE_REACHED_BEFORE_RE.test(before)) return true;
  const next = NEXT_WORD_RE.exec(after);
  return next !== null && !DATE_FOLLOWERS.has(next[1]);
}

/** "từ 3-4 năm tới", "từ 5-6 năm nay": "năm" after a dash pair is a count of years unless a year follows it. */
const YEAR_AFTER_NAM_RE = /^\s+năm\s+(?:19|20)\d\d/;
function weakDashDate(before: string, after: string): boolean {
  if (!WEAK_CUE_RE.test(before)) return false;
  const next = NEXT_WORD_RE.exec(after);
  return !next || (DATE_FOLLOWERS.has(next[1]) && (next[1] !== 'năm' || YEAR_AFTER_NAM_RE.test(after)));
}

/**
 * A span's first number after "tháng" or glued to a number ("từ tháng 3 đến 31-12-2016", "từ năm 2014 đến hết ngày
 * 31/12/2016") is a month or a year's tail, not a day: -1 drops the match; a link that only the span reading knows
 * ("đến hết", "cho đến") gives back where its end date starts, as read before the link was known; 0 keeps the match.
 */
const MONTH_BEFORE_RE = /(?<![a-zà-ỹ])tháng\s+$/;
function notSpanStart(folded: string, m: RegExpExecArray): number {
  const at = m.index;
  if (!(at > 0 && GLUED_BEFORE.test(folded[at - 1])) && !MONTH_BEFORE_RE.test(folded.slice(Math.max(0, at - 8), at))) return 0;
  const endAt = m[0].indexOf(m[2], m[1].length);
  const link = m[0].slice(m[1].length, endAt);
  return link.includes('hết') || link.includes('cho') ? at + endAt : -1;
}

/**
 * "trong đêm 9 và rạng sáng 10-2", "Tối 6 và sáng 7/6", "Đêm ngày 1, rạng sáng ngày 2.6", "(ngày 13, 14 và 15/6)": days
 * listed or spanned, each with its own part of the day, before the one that carries the month; the span gives its first day.
 */
const DAY_PART_SPAN_BEFORE_RE =
  /(?<![a-zà-ỹ])(?:(?:đêm|tối|sáng|chiều|trưa|khuya)\s+)?(?:ngày|đêm|tối|sáng|chiều|trưa|khuya)\s+(\d{1,2})(?:\s*,\s*\d{1,2})*(\s*(?:,|và|đến|tới|[-–])?\s*(?:rạng\s+)?(?:(?:sáng|trưa|chiều|tối|đêm|khuya|ngày)(?:\s+(?:ngày|nay))?\s+)?)$/;
const SPAN_LINK_RE = /[,–-]|(?<![a-zà-ỹ])(?:và|đến|tới|rạng)(?![a-zà-ỹ])/;
/** How many days a listed span may cover. */
const DAY_PART_SPAN_DAYS = 3;
/** The first day and where it is written, when the number at `at` (day `day`) closes such a span; else null. */
function dayPartSpanFirst(folded: string, at: number, day: number): { day: number; start: number } | null {
  const before = folded.slice(Math.max(0, at - 40), at);
  // Cheap first look: no digit shortly before the number, no span.
  if (!/\d\D{1,24}$/.test(before)) return null;
  const m = DAY_PART_SPAN_BEFORE_RE.exec(before);
  // A link ("và", a comma, a dash) or "rạng" between the numbers: "ngày 9 10/2" and "trong ngày 2 ngày 5 và 6.2" are no span.
  if (!m || !SPAN_LINK_RE.test(m[2])) return null;
  const first = Number(m[1]);
  if (first >= day || day - first > DAY_PART_SPAN_DAYS) return null;
  return { day: first, start: at - before.length + m.index };
}

/**
 * "... mốc thời gian là Mùng Hai Tết Mậu Thân 1968  Ngày 28/6, trao đổi với PV ...": a capitalised day word mid-line
 * opens a sentence glued to a caption; a holiday named before it is the caption's, not this day's. Weekday names
 * ("Quốc khánh Chủ nhật (2/9)") and "Mùng" are capitalised inside a sentence too.
 */
const NOT_OPENER_CUE_RE = /^(?:chủ|thứ|mùng|mồng)/;
function opensGluedSentence(text: string, folded: string, start: number, sStart: number): boolean {
  return start === sStart && start > 0 && text[start - 1] === ' ' && /\p{Lu}/u.test(text[start]) && !NOT_OPENER_CUE_RE.test(folded.slice(start, start + 5));
}

/**
 * "Người Mỹ cầm bảng ... tại Los Angeles hôm 3.2 Theo CNN, 97 công ty ... nộp đơn kiện vào tối 5.2": a date running
 * with no stop into a capitalised clause opener closes a photo caption glued to the text.
 */
const GLUED_OPENER_AFTER_RE = /^\)? (?:Theo|Trước|Tại|Trong|Khi|Vào|Sau|Cùng|Hôm|Ngày|Sáng|Trưa|Chiều|Tối|Đêm) /;
function gluedToNextSentence(text: string, end: number): boolean {
  return text.charCodeAt(end) <= 41 && GLUED_OPENER_AFTER_RE.test(text.slice(end, end + 8));
}

export function extractDates(ctx: ExtractContext): DateMention[] {
  const { folded, text } = ctx;
  const out: DateMention[] = [];
  // Where the end date of a period just seen stops: a date starting before it closes that period.
  let periodEnd = -1;
  // Where the last number pair read as a count or ratio ends.
  let countEnd = -LIST_NEXT_REACH;
  DATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE_RE.exec(folded))) {
    if (m[2] !== undefined) {
      const from = notSpanStart(folded, m);
      if (from > 0) DATE_RE.lastIndex = from;
      if (from !== 0) continue;
    }
    if (m.index > 0 && GLUED_BEFORE.test(folded[m.index - 1])) continue;
    const textual = m[7] !== undefined;
    const day = Number(m[1]);
    const month = Number(textual ? m[7] : m[4]);
    if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month]) continue;
    const lastDay = Number(m[2] ?? m[1]);
    if (lastDay < day || lastDay > DAYS_IN_MONTH[month]) continue;
    const written = textual ? m[8] : (m[5] ?? m[6]);
    let start = m.index;
    let end = start + m[0].length;
    const lunarTail = folded.slice(end, end + 14);
    if ((lunarTail.includes('âm lịch') || lunarTail.includes('l)')) && LUNAR_AFTER_RE.test(lunarTail)) continue;
    // Look for the line start only inside the window: a search back to it is quadratic on one-line texts.
    const window = folded.slice(Math.max(0, start - CUE_WINDOW), start);
    const before = window.slice(window.lastIndexOf('\n') + 1);
    let strong = STRONG_CUE_RE.exec(before);
    let ordinalGloss = false;
    if (strong && strong[0].startsWith('thứ')
      && ORDINAL_FRAME_BEFORE_RE.test(before.slice(Math.max(0, strong.index - ORDINAL_FRAME_REACH), strong.index))) {
      // "giành vị trí thứ 6/10 tại giải": a rank out of a field, no date at all.
      if (BARE_ORDINAL_RE.test(strong[0])) { countEnd = end; continue; }
      // "Hội nghị lần thứ 2 sáng 17/5": an ordinal, then maybe a day word of its own.
      const ordinal = strong[0];
      strong = STRONG_CUE_RE.exec(before.slice(strong.index + 3));
      // "kết thúc Kỳ họp lần thứ 3 (21/6) vừa qua": a bracket after the ordinal glosses the numbered event's day.
      ordinalGloss = strong === null && BRACKET_LAST_RE.test(ordinal);
    }
    // "thứ 4/5" alone is an ordinal ("thất bại thứ 4/5 trận"); "hôm thứ 9/5" is a weekday.
    if (strong && BARE_ORDINAL_RE.test(strong[0])) strong = null;
    // "vào lúc 18 giờ 11.2": a clock time right before the number pair makes it the day of a timed event.
    const clockCue = strong === null && (before.includes('giờ') || before.includes('h')) && CLOCK_CUE_RE.test(before);
    // "01 giờ 12 phút 7.1 giây": after a clock time, a count word still makes the number a count.
    if (clockCue && NOT_AFTER_RE.test(folded.slice(end, end + 16))) continue;
    const hasDayWord = strong !== null || clockCue || ordinalGloss;
    // "Ngày 6 – 2, ông ... ký": a dash set off by spaces is a date only after a day word and before the clause's comma;
    // "ngày 2 - 3 lần", "ngày 6 - 8 (chính hội ...)" are counts and spans. A mark spaced on one side only ("Sáng 11/ 5",
    // "Ngày 7- 2") is a slip of the keyboard in a date, but only after a day word.
    // "ngày 1 1 /5": a number split by a typo before the spaced mark is no day.
    if (m[3] !== undefined && m[3].length > 1 && (strong === null || (m[3].length === 3 && folded[end] !== ',')
      || (m[3][0] === ' ' && isDigit(before[before.length - 2])))) continue;
    if (!hasDayWord) {
      // "chỉ bằng 2/3 Thái Lan, 1/2 Trung Quốc": the next pair of a list of ratios is a ratio too.
      if (NOT_BEFORE_RE.test(before) || RATIO_GLOSS_BEFORE_RE.test(before) || NOT_AFTER_RE.test(folded.slice(end, end + 16))
        || (m.index - countEnd < LIST_NEXT_REACH && LIST_NEXT_RE.test(folded.slice(countEnd, m.index)))) {
        countEnd = end;
        continue;
      }
      if (m[0] === ROUND_THE_CLOCK && before[before.length - 1] !== '(') continue;
      if (text[end] === ' ' && productModel(text, m.index, end)) continue;
      const sep = textual ? ' ' : m[3];
      // "d.m" is a decimal and "d-m" a score or a count unless a day word says otherwise.
      if (!written && (textual || sep === '.' || (sep === '-' && !weakDashDate(before, folded.slice(end, end + 12))))) continue;
      if (!written && sep === '/' && (commonFraction(day, lastDay, month, before, folded.slice(end, end + 12))
        || (text[end] === ' ' && shareOfCount(day, lastDay, month, before, folded.slice(end, end + 12), text[end + 1])))) { countEnd = end; continue; }
    }
    if (strong) {
      start -= strong[0].length;
      if (strong[0].includes('(') && folded[end] === ')') end++;
    }
    const [sentenceStart, sEnd] = sentenceAround(text, m.index);
    // "... ở trường chuyên Bạc Liêu Chiều 5.2, ...": a capitalised day word starts a sentence after a caption with no stop.
    const sStart = strong && start > sentenceStart && /\p{Lu}/u.test(text[start]) ? start : gluedSentenceStart(text, sentenceStart, start);
    let year: string | null = written ?? null;
    let implied = false;
    const sentenceYears = written ? null : sentenceYearMemo(ctx, sStart, speechStart(text, end, sEnd), month);
    const sentenceYear = sentenceYears?.year ?? null;
    // Restating a date takes a year only from a full date in its sentence ("(27/7/2017), ngày 1/7"), not "giữa năm 2016".
    const restatedYear = sentenceYear && hasFullDateIn(text.slice(sStart, sEnd), sentenceYear) ? sentenceYear : null;
    if (!year) {
      year = sentenceYear ?? (sentenceYears?.sawYear ? sameDayFullDateYear(text, sStart, sEnd, day, month) : null)
        ?? (ctx.publishedAt ? yearFromPublished(ctx.publishedAt, month) : null);
      implied = year !== null;
    }
    const mention: DateMention = {
      value: `${year ?? 'XXXX'}-${pad(month)}-${pad(day)}`,
      text: text.slice(start, end),
      span: [start, end],
      yearImplied: implied,
    };
    const lead = folded.slice(sStart, m.index);
    const cueText = folded.slice(Math.max(sStart, start - CUE_WINDOW), start);
    const beforeThat = lead.includes('trước đó');
    const periodAfter = folded.slice(end, end + 40);
    // An announced span ("lễ hội sẽ được tổ chức ... từ 29/4 đến hết 24/6") is the event's own time.
    const period = m.index < periodEnd
      || (PERIOD_GATE_RE.test(periodAfter) && PERIOD_END_AFTER_RE.test(periodAfter) && periodLength(periodAfter, written, month, day) > PERIOD_MIN_DAYS
        && !WILL_RE.test(folded.slice(sStart, sEnd)));
    if (period && m.index >= periodEnd) periodEnd = end + PERIOD_END_AFTER_RE.exec(periodAfter)![0].length;
    // The caption rule may start the sentence at an upper-case day word: look back from the line's own start.
    const linkLead = folded.slice(sentenceStart, m.index);
    // "Mời độc giả đón đọc kỳ tiếp theo vào 7h, ngày 8/2": when the next part of a serial comes out.
    const birthday = (before.includes('sinh') || before.includes('sn')) && BIRTH_DAY_BEFORE_RE.test(before);
    const otherBackground = birthday
      || ((linkLead.includes('thêm') || linkLead.includes('liên quan')) && RELATED_LINK_RE.test(linkLead))
      || linkLead.includes(NEXT_PART_CUE)
      || start >= relatedBlockStart(ctx)
      || BACKGROUND_RE.test(beforeThat ? lead.replaceAll('trước đó', '') : lead)
      || EARLIER_YEAR_AFTER_RE.test(folded.slice(end, end + 16))
      || (lead.includes(' khi') && (BEFORE_WHEN_RE.test(lead) || (SINCE_WHEN_RE.test(lead) && !(strong && SINCE_DAY_PART_RE.test(strong[0])))))
      || ((lead.includes('dù') || lead.includes('tuy')) && CONCESSIVE_OPENING_RE.test(lead))
      // Cheap word tests first: these two patterns rarely apply.
      || (cueText.includes('kể') && RECORD_SINCE_RE.test(cueText))
      || (cueText.includes('so với') && COMPARED_WITH_RE.test(cueText))
      || ((lead.includes('điển hình') || lead.includes('ví dụ') || lead.includes('chẳng hạn')) && EXAMPLE_OPENING_RE.test(lead))
      || ((cueText.includes('đến') || cueText.includes('tới') || cueText.includes('trước') || cueText.includes('chậm')) && UNTIL_BEFORE_RE.test(cueText))
      || (lead.includes('người') && PERSON_APPOSITIVE_BEFORE_RE.test(lead))
      || ((cueText.includes('đến') || cueText.includes('tới')) && tallyCutoff(folded, cueText, start, end))
      || fromDayOn(cueText) || onwardFromDay(folded.slice(end, end + 16));
    // "... chuẩn bị cho Asian Cup 2019 ngày 10/3 vừa qua": a day marked as past is no day prepared for.
    const preparedFor = (lead.includes('chuẩn bị') || lead.includes('trước thềm')) && PREPARED_FOR_BEFORE_RE.test(lead)
      && !(strong && TODAY_IN_RE.test(strong[0])) && !RECENT_PAST_AFTER_RE.test(folded.slice(end, end + 16));
    cuesOf.set(mention, {
      strongCue: hasDayWord,
      sentenceInitial: hasDayWord && /^[\s\p{P}]*(?:\p{L}+\s+){0,3}$/u.test(lead),
      holiday: (holidayBefore(before) && !LUNAR_DAY_GLOSS_RE.test(before) && !opensGluedSentence(text, folded, start, sStart))
        || (before.includes('lễ ') && NATIONAL_HOLIDAY_DAYS.some(([hd, hm]) => hd === day && hm === month) && HOLIDAY_NAMED_BEFORE_RE.test(before)),
      // "... Bộ luật hình sự làm nóng nghị trường sáng nay 24/5": a part of the day times an event, never a document.
      legalText: CLOCK_BEFORE_RE.test(before)
        || (!(strong && DAY_PART_RE.test(strong[0])) && DOCUMENT_RE.test(folded.slice(Math.max(sStart, m.index - CUE_WINDOW), m.index)))
        // "Thực hiện chỉ đạo của tỉnh, ngày 8/2, ..." opens the main clause with its own date.
        || ((lead.includes('kết luận') || lead.includes('chỉ đạo')) && DIRECTIVE_BASIS_RE.test(lead) && !CLAUSE_OPENING_RE.test(lead))
        || (before.includes('số') && NUMBERED_DAY_BEFORE_RE.test(before) && DOCUMENT_WORD_RE.test(lead)),
      // "(khởi hành lúc 15h20 chiều nay 16.6)": today's own day is never an aside.
      background: beforeThat || otherBackground || period || preparedFor
        || (lead.includes('(') && !(strong && strong[0].includes('nay')) && insideAside(folded, sStart, start)),
      preparedFor,
      toldBeforeThat: beforeThat && !otherBackground,
      investigation: INVESTIGATION_RE.test(lead),
      restatedYear,
      caption: CAPTION_AFTER_RE.test(folded.slice(end, end + 12)) || gluedToNextSentence(text, end),
      birthday,
    });
    const spanFirst = dayPartSpanFirst(folded, m.index, day);
    if (spanFirst) Object.assign(mention, { value: mention.value.slice(0, 8) + pad(spanFirst.day), text: text.slice(Math.min(start, spanFirst.start), end), span: [Math.min(start, spanFirst.start), end] });
    out.push(mention);
  }
  return out;
}

/**
 * Whether a date written with its own year belongs to an earlier year than the story ("Ngày 31-5-2010, công ty
 * ký hợp đồng" recounted under a report of 27-6): the story's year is publishedAt's, else the latest year the
 * text writes. A December date may precede a January story.
 */
function fromAnotherYear(ctx: ExtractContext, dates: DateMention[], d: DateMention): boolean {
  if (d.yearImplied || d.value.startsWith('XXXX')) return false;
  let storyYear = ctx.publishedAt ? Number(ctx.publishedAt.slice(0, 4)) : 0;
  if (!storyYear) {
    for (const other of dates) {
      if (!other.yearImplied && !other.value.startsWith('XXXX')) storyYear = Math.max(storyYear, Number(other.value.slice(0, 4)));
    }
  }
  const year = Number(d.value.slice(0, 4));
  return year !== storyYear && !(year === storyYear - 1 && d.value.slice(5, 7) === '12');
}

/** What the headline says, asked by several rules for the same document; each test runs once, on demand. */
class HeadlineFacts {
  private readonly text: string;
  private arrestSeen?: boolean;
  private disclosureSeen?: boolean;
  private followUpSeen?: boolean;
  private findingSeen?: boolean;
  private incidentSeen?: boolean;
  constructor(ctx: ExtractContext) { this.text = ctx.folded.slice(0, ctx.bodyStart); }
  get arrest() { return (this.arrestSeen ??= ARREST_RE.test(this.text)); }
  get disclosure() { return (this.disclosureSeen ??= DISCLOSURE_RE.test(this.text)); }
  get followUp() {
    return (this.followUpSeen ??= QUESTION_OR_QUOTE_RE.test(this.text) || SPEAKER_HEADLINE_RE.test(this.text) || hasPhrase(this.text, FOLLOW_UP_PHRASES));
  }
  get finding() { return (this.findingSeen ??= FINDING_HEADLINE_RE.test(this.text)); }
  get incident() { return (this.incidentSeen ??= INCIDENT_HEADLINE_RE.test(this.text)); }
}
const headlineFacts = perDocument((ctx) => new HeadlineFacts(ctx));

/** The sentence of a date mention; the event-date rules ask for the picked one several times. */
let lastSentence: { text: string; offset: number; bounds: [number, number] } | null = null;
function sentenceOf(ctx: ExtractContext, offset: number): [number, number] {
  if (lastSentence && lastSentence.text === ctx.text && lastSentence.offset === offset) return lastSentence.bounds;
  lastSentence = { text: ctx.text, offset, bounds: sentenceAround(ctx.text, offset) };
  return lastSentence.bounds;
}

/** Cheap word test before the statement patterns: every statement verb holds one of these. */
const mayReport = (text: string) =>
  text.includes('cho ') || text.includes('xác nhận') || text.includes('thông ') || text.includes('công bố');

/** The rest of the picked date's sentence, and whether the date opens its clause; asked by several rules. */
// A class, not an object literal with a getter: a literal's accessor is set up anew, slowly, on every pick.
class PickedClause {
  private openingMemo: boolean | undefined;
  constructor(private readonly ctx: ExtractContext, private readonly picked: DateMention, readonly rest: string, readonly sEnd: number) {}
  /** Asked by some rules only: tested on demand. */
  get opening(): boolean {
    return (this.openingMemo ??= cuesOf.get(this.picked)!.sentenceInitial || opensClause(this.ctx, this.picked));
  }
}
let lastClause: { picked: DateMention; clause: PickedClause } | null = null;
function clauseOf(ctx: ExtractContext, picked: DateMention): PickedClause {
  if (lastClause?.picked !== picked) {
    const sEnd = sentenceOf(ctx, picked.span[0])[1];
    lastClause = { picked, clause: new PickedClause(ctx, picked, ctx.folded.slice(picked.span[1], sEnd), sEnd) };
  }
  return lastClause.clause;
}

/** A line end, or . ! ? before a space or the end: where a sentence ends (as sentenceAround has it, ellipsis aside,
 * and a dot after an abbreviation skipped by abbreviationDot). */
const SENTENCE_END_RE = /\n|[.!?](?=[ \n\t\u00a0]|$)/g;

/** "Ảnh: Reuters", "(Nguồn: AFP)": a photo credit starting a sentence. */
const CAPTION_START_RE = /^\(?\s*(?:ảnh|nguồn)\s*:/;
/**
 * "Công an huyện ... vừa tạm giữ Đặng Văn V. (SN 1975, trú tại ...) để làm rõ ...": a name's one-letter initial, its dot,
 * then the bracketed birth year or home goes on with the same sentence (abbreviationDot wants a capital after the dot).
 */
function initialBeforeBracket(text: string, dot: number): boolean {
  return text.charCodeAt(dot + 1) === 32 && text.charCodeAt(dot + 2) === 40 && dot > 1
    && isCapitalLetter(text[dot - 1]) && isSpace(text[dot - 2]);
}
const isCapitalLetter = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
/** At most one caption and its credit are skipped before the lead. */
const MAX_LEAD_CAPTIONS = 2;
/** End of the lead: the first two sentences of the body (the sapo and the opening sentence), photo captions aside. */
const leadEnd = perDocument(findLeadEnd);
function findLeadEnd(ctx: ExtractContext): number {
  const { text } = ctx;
  let p = ctx.bodyStart;
  let captions = 0;
  for (let i = 0; i < 2; i++) {
    while (p < text.length && isSpace(text[p])) p++;
    if (p >= text.length) break;
    const start = p;
    // Where sentenceAround would end the sentence, found by a native scan rather than a walk.
    SENTENCE_END_RE.lastIndex = p;
    let stop = SENTENCE_END_RE.exec(text);
    while (stop && stop[0] === '.' && (abbreviationDot(text, stop.index) || initialBeforeBracket(text, stop.index))) {
      stop = SENTENCE_END_RE.exec(text);
    }
    p = !stop ? text.length : stop[0] === '\n' ? stop.index : stop.index + 1;
    // "Một vụ phóng thử tên lửa. Ảnh: AP." opening the body is a photo caption, not the lead.
    if (captions < MAX_LEAD_CAPTIONS && (CAPTION_START_RE.test(ctx.folded.slice(start, start + 8))
      || CAPTION_START_RE.test(ctx.folded.slice(p, p + 9).trimStart()))) { captions++; i--; }
  }
  return p;
}

/** The lead's undated relative day phrase ("cuối tuần", "hôm qua"), outside any date mention; null if none. */
function leadRelativePhrase(ctx: ExtractContext, dates: DateMention[], end: number): string | null {
  const lead = ctx.folded.slice(ctx.bodyStart, end);
  // Every relative day phrase holds one of these words; most leads hold none.
  if (!lead.includes('nay') && !lead.includes('qua') && !lead.includes('mai') && !lead.includes('kia')
    && !lead.includes('tuần')) return null;
  RELATIVE_DAY_RE.lastIndex = 0;
  for (const m of lead.matchAll(RELATIVE_DAY_RE)) {
    if (HABIT_BEFORE_RE.test(lead.slice(Math.max(0, m.index! - 5), m.index!))) continue;
    // "trở về quê nhà hồi tuần trước. Ngày 19/6, gia đình ... thông báo": "hồi" sets the week back as background.
    if (BACK_THEN_BEFORE_RE.test(lead.slice(Math.max(0, m.index! - 8), m.index!))) continue;
    const at = ctx.bodyStart + m.index!;
    // Only after a name: "Super Bowl hôm qua" is a noun's day too, but "trận giao hữu tối nay" and "phiên hôm nay" are the
    // very day a later date often writes out.
    if (m[1] && !NAMED_SUBJECT_BEFORE_RE.test(ctx.text.slice(Math.max(0, at - 24), at))) continue;
    if (!dates.some((d) => d.span[0] <= at && at < d.span[1])) return m[0];
  }
  return null;
}

/** A later date that resolves the lead's phrase: "giao dịch cuối tuần (20/5)" after "Chốt phiên cuối tuần, ...". */
function resolvedLater(ctx: ExtractContext, dates: DateMention[], phrase: string, from: number): DateMention | null {
  for (const d of dates) {
    if (d.span[0] < from) continue;
    const cues = cuesOf.get(d);
    if (!cues || cues.holiday || cues.legalText || cues.background) continue;
    const digit = ctx.folded.slice(d.span[0], d.span[1]).search(/\d/);
    const before = ctx.folded.slice(Math.max(0, d.span[0] + digit - phrase.length - 4), d.span[0] + digit);
    if (before.replace(/[\s(,]+$/u, '').endsWith(phrase)) return d;
  }
  return null;
}

/**
 * "Sáng nay, khách sạn Ruby bất ngờ phát hỏa ... Thông tin ban đầu, khoảng 9h30 sáng 7/2, ...": past a lead dated only
 * relatively, the day told right after what was first learnt of the incident is the lead's own (not under an arrest
 * headline, where the crime behind the catch is background).
 */
const INITIAL_REPORT_BEFORE_RE = new RegExp(
  String.raw`(?<![a-zà-ỹ])(?:${alt(INITIAL_REPORT_OPENERS)})\s*,\s*(?:(?:${alt(['vào', 'lúc', 'khoảng'])})\s+)*(?:\d{1,2}\s*(?:giờ|h|g)\s*(?:\d{1,2}\s*(?:phút)?\s*)?)?$`, '');
function firstFoundOfLead(ctx: ExtractContext, chosen: DateMention): DateMention | null {
  const before = ctx.folded.slice(Math.max(0, chosen.span[0] - 64), chosen.span[0]);
  if (!before.includes('đầu') || !INITIAL_REPORT_BEFORE_RE.test(before) || headlineFacts(ctx).arrest) return null;
  return chosen;
}

const WEEK_SPAN_PHRASES = new Set(['tuần qua', 'tuần trước', 'tuần này'].map(foldForMatch));
/**
 * "Tuần qua, giá vàng ..." then "phiên thứ hai (12/6)", "phiên 16/6", ...: a week's review is a span, and a span gives
 * its first day, the first day the body tells.
 */
function weekOpening(ctx: ExtractContext, dates: DateMention[], phrase: string): DateMention | null {
  // Only a review opening its lead with the week ("Tuần qua, ..."), not "nắng nóng kéo dài tuần qua".
  if (!WEEK_SPAN_PHRASES.has(phrase.replace(/\s+/g, ' ')) || !ctx.folded.slice(ctx.bodyStart, ctx.bodyStart + 40).trimStart().startsWith(phrase)) return null;
  for (const d of dates) {
    const cues = cuesOf.get(d);
    if (d.span[0] < ctx.bodyStart || !cues || cues.holiday || cues.legalText || cues.background || cues.caption) continue;
    return d;
  }
  return null;
}

/** The date a newspaper or agency reported on, not necessarily the event's (checked for the pick only). */
function isReportDate(ctx: ExtractContext, d: DateMention): boolean {
  const sStart = sentenceOf(ctx, d.span[0])[0];
  const from = Math.max(sStart, d.span[0] - CUE_WINDOW);
  return MEDIA_BEFORE_RE.test(ctx.folded.slice(from, d.span[0])) || SOURCE_NAMED_BEFORE_RE.test(ctx.text.slice(from, d.span[0]));
}
/**
 * "AP ngày 13/7 dẫn tin ...", "Hãng RIA Novosti tối ngày 5/6 dẫn thông báo ...": a wire service named bare as the subject of
 * its day, which then reports; not a photo credit before a sentence's opening day ("Ảnh: AFP  Ngày 23/5, ...").
 */
const WIRE_NAMED_BEFORE_RE = new RegExp(String.raw`(?<![\p{L}\p{N}]|(?:Ảnh|Nguồn|ảnh|nguồn)\s*:\s*)(?:${NEWS_WIRES.join('|')})\s+$`, 'u');
function wireReportDate(ctx: ExtractContext, d: DateMention): boolean {
  const c = ctx.text[d.span[0]];
  return c !== c.toUpperCase() && WIRE_NAMED_BEFORE_RE.test(ctx.text.slice(Math.max(0, d.span[0] - CUE_WINDOW), d.span[0]));
}
/** "Theo Jane's ngày 10/3, ...": a named source's report opening its sentence, written in the text's own case. */
const SOURCE_NAMED_BEFORE_RE = /(?<![\p{L}])Theo\s+(?:\p{Lu}[\p{L}\p{N}.&'-]*\s+){1,4}$/u;

/** Marked as just past ("vừa qua"): the event a report is about. */
const isRecentPast = (ctx: ExtractContext, d: DateMention) =>
  RECENT_PAST_AFTER_RE.test(ctx.folded.slice(d.span[1], d.span[1] + 16));

const opensClause = (ctx: ExtractContext, d: DateMention) =>
  CLAUSE_OPENING_RE.test(ctx.folded.slice(Math.max(0, d.span[0] - 24), d.span[0]));

/** Follow-up words of a headline, as folded word sequences looked up in a set rather than one long pattern. */
const FOLLOW_UP_PHRASES = new Set([...FOLLOW_UP_HEADLINE_WORDS, ...DISCLOSURE_WORDS].map(foldForMatch));
const QUESTION_OR_QUOTE_RE = /\?|:\s*["“'‘]/;
/** A post (see SPEAKER_HEADLINE_POSTS), a few words of its body or holder, a colon: the holder's statement is the headline. */
const SPEAKER_HEADLINE_RE = new RegExp(String.raw`^\s*(?:(?:phó|nguyên|cựu|tân)\s+)?(?:${alt(SPEAKER_HEADLINE_POSTS)})(?![a-zà-ỹ])[^:.!?\n]{0,60}:\s`, '');
const WORD_RE = /[a-zà-ỹ]+/g;
/** Whether the text holds one of the phrases (one to three words) as whole words. */
function hasPhrase(text: string, phrases: Set<string>): boolean {
  const words = text.match(WORD_RE) ?? [];
  for (let i = 0; i < words.length; i++) {
    if (phrases.has(words[i])) return true;
    if (i + 1 < words.length) {
      const two = `${words[i]} ${words[i + 1]}`;
      if (phrases.has(two) || (i + 2 < words.length && phrases.has(`${two} ${words[i + 2]}`))) return true;
    }
  }
  return false;
}
/** "Vào lúc 7 giờ ngày 18/5, ... đã tìm thấy thi thể ông L.": the aftermath of the accident the headline tells. */
const BODY_FOUND_RE = /(?<![a-zà-ỹ])(?:tìm thấy|phát hiện|vớt được|trục vớt|vớt)(?:\s+[a-zà-ỹ]+){0,2}\s+(?:thi thể|xác)(?![a-zà-ỹ])/;
/** Cheap word test before BODY_FOUND_RE: every finding verb holds one of these. */
const mayFindBody = (text: string) => text.includes('tìm thấy') || text.includes('phát hiện') || text.includes('vớt');
const FINDING_HEADLINE_RE = /(?<![a-zà-ỹ])(?:tìm thấy|phát hiện|vớt|thi thể|xác)(?![a-zà-ỹ])/;
const RELATIVE_TAIL_RE = /(?<![a-zà-ỹ])(?:nay|qua|mai|kia)(?![a-zà-ỹ])/;
const TIME_ANCHOR_BEFORE_RE = new RegExp(
  String.raw`(?:(?<![a-zà-ỹ])(?:${alt(['vào', 'khoảng', 'lúc', 'giờ', 'phút'])})|\d\s*h(?:\d\d)?)\s*(?:[a-zà-ỹ]+\s*)?$`, '');
/**
 * An incident or contest named as an object mid-sentence ("ra lệnh điều tra vụ cháy ...", "trong cuộc bầu
 * cử vòng 2 ngày 7/5", "thông tin về sự cố nổ ... xảy ra tối 30/5"), not the subject that happens.
 */
const INCIDENT_OBJECT_RE = new RegExp(
  String.raw`(?:vụ|sự cố|cuộc(?!\s+(?:${alt(CUOC_NON_EVENT_TAILS)})(?![a-zà-ỹ])))\s+([a-zà-ỹ]+)((?:\s+[^\s,;:.]+){0,20})\s*$`, '');
/** The word before the incident noun: there must be one (the noun is an object), and not "nhiệm" of "nhiệm vụ". */
const WORD_BEFORE_RE = /([a-zà-ỹ]+)\s+$/;
const VU_COMPOUND_HEAD_SET = new Set(VU_COMPOUND_HEADS.map(foldForMatch));
/** "tin về vụ ...", "sau vụ ...": the incident as what is talked about or reacted to. */
const TOPIC_BEFORE = new Set(['về', 'sau'].map(foldForMatch));
/** "24 và 25-6", "13 đến 15/6": a date written as a span of days. */
const DAY_SPAN_RE = /\d\s*(?:[-–]|và|đến|tới)\s*(?:ngày\s+)?\d{1,2}[/.-]\d/;
/** "Ảnh: ứng viên tại ... ngày 12/5": a date inside a photo caption. */
const CAPTION_LEAD_RE = /(?<![a-zà-ỹ])(?:ảnh|nguồn)\s*:/;
/** "... ngày 4/4. Ảnh: EPA", "... ngày 16.3.2016 - Ảnh: Reuters": a photo caption's date. */
const CAPTION_AFTER_RE = /^[\s.)]*(?:[-–]\s*)?\(?\s*(?:ảnh|nguồn)\s*:/;
/** How far before its date an incident noun is looked for, in characters (20 words and some). */
const INCIDENT_NOUN_REACH = 180;
/** The first date of the story must sit this close to the body start for the follow-up rule. */
const FOLLOW_UP_NOUN_WITHIN = 800;
/** The incident as subject of its own verb ("vụ cháy xảy ra", "cuộc trò chuyện ... là điềm báo"). */
const HAPPENS_RE = /(?<![a-zà-ỹ])(?:xảy ra|diễn ra|là)(?![a-zà-ỹ])/;
/** "tính đến 5 giờ sáng ngày 6/2": a count as of a time, not a follow-up event. */
const AS_OF_BEFORE_RE = /(?<![a-zà-ỹ])(?:tính|cho) đến(?:\s+\S+){0,3}\s*$/;
/** Announced ahead ("sẽ", "dự kiến", "... tới"): not the follow-up that already happened. */
const AHEAD_BEFORE_RE = /(?<![a-zà-ỹ])(?:sẽ|dự kiến|trước khi)(?![a-zà-ỹ])/;
const AHEAD_AFTER_RE = /^\s*\)?\s*tới(?![a-zà-ỹ])/;
/** "ngày 11/5 cũng nói rằng": the date of a statement about the incident. */
const SAYS_AFTER_RE = /^[\s,]*(?:(?:cũng|đã|vừa)\s+)?(?:cho biết|cho hay|xác nhận|thông tin|nói|tuyên bố|khẳng định)(?![a-zà-ỹ])/;
/** How far after a noun's date its follow-up may be written, and how many days later it may be. */
const FOLLOW_UP_WINDOW = 700;
const FOLLOW_UP_DAYS = 14;

/** A date inside a clause opened by "sau khi" (after ...), before its comma: not the main clause's time. */
const AFTER_CLAUSE_RE = /(?:^|[,;:]\s*)(?:[a-zà-ỹ]+\s+){0,2}?sau khi(?![a-zà-ỹ])[^,;:]*$/;

const dayOfYear = (d: DateMention) => Number(d.value.slice(5, 7)) * 31 + Number(d.value.slice(8, 10));

/**
 * "... điều tra vụ cháy ở London sáng 14/6 làm 17 người chết." then "Phát biểu ngày 15/6, Thủ tướng ...";
 * "điện chúc mừng ... trong cuộc bầu cử ngày 7/5, được ... gửi sáng 8/5": a lead date inside a noun phrase
 * dates what the story follows up; the next date written a few days later is the story's own.
 */
function laterLeadOpener(ctx: ExtractContext, dates: DateMention[], picked: DateMention, at: number): DateMention | null {
  if (picked.span[0] - ctx.bodyStart > FOLLOW_UP_NOUN_WITHIN || clauseOf(ctx, picked).opening) return null;
  const sStart = sentenceOf(ctx, picked.span[0])[0];
  // The incident noun sits at most ~20 words before the date.
  const before = ctx.folded.slice(Math.max(sStart, picked.span[0] - INCIDENT_NOUN_REACH), picked.span[0]);
  // "Sau khi ông Rouhani tái đắc cử ... ngày 19/5, nhiều lãnh đạo ... đã gửi lời chúc mừng": the date is the
  // subordinate clause's, and the main clause's own act is the one a later date tells.
  if (before.includes('sau khi') && AFTER_CLAUSE_RE.test(before)) return followUpAfter(ctx, dates, picked, at);
  // Cheap tests first: most leads name no incident and no agent at all.
  const agent = before.includes('do ');
  if (!agent && !before.includes('vụ ') && !before.includes('cuộc ') && !before.includes('sự cố ')) return null;
  if (RELATIVE_TAIL_RE.test(ctx.folded.slice(picked.span[0], picked.span[1]))) return null;
  if (agent && agentClauseBefore(ctx, picked, before)) return followUpAfter(ctx, dates, picked, at);
  if (!before.includes('vụ ') && !before.includes('cuộc ') && !before.includes('sự cố ')) return null;
  const incident = INCIDENT_OBJECT_RE.exec(before);
  if (!incident) return null;
  const head = WORD_BEFORE_RE.exec(before.slice(Math.max(0, incident.index - 16), incident.index));
  if (!head || VU_COMPOUND_HEAD_SET.has(head[1])) return null;
  // "Được tin về vụ sập cầu ... xảy ra vào ngày 12.9": news about an incident makes it the topic even when told as
  // happening. Otherwise "xảy ra vào khoảng 21h tối 5-2" is the verb's own time, and "vụ cháy xảy ra" the subject.
  if (!TOPIC_BEFORE.has(head[1])
    && (TIME_ANCHOR_BEFORE_RE.test(ctx.folded.slice(Math.max(0, picked.span[0] - 16), picked.span[0])) || HAPPENS_RE.test(incident[2]))) return null;
  return followUpAfter(ctx, dates, picked, at);
}
/**
 * "dự luật ... do Thượng viện thông qua hôm 14/6", "cuộc đột kích ... do Tổng thống ra lệnh ngày 29/1": a noun's agent
 * clause (a named body or person after "do", not a cause: "chết do trúng bom"), its verb and its day, nothing between.
 */
const AGENT_CLAUSE_BEFORE_RE = /(?<![a-zà-ỹ])do\s+(?:[^\s,;:.()]+\s+){1,8}(?:vào\s+|hôm\s+)?$/;
const UPPER_RE = /\p{Lu}/u;
function agentClauseBefore(ctx: ExtractContext, picked: DateMention, before: string): boolean {
  const m = AGENT_CLAUSE_BEFORE_RE.exec(before);
  if (!m) return false;
  let agentAt = picked.span[0] - before.length + m.index + 2;
  while (isSpace(ctx.text[agentAt])) agentAt++;
  return UPPER_RE.test(ctx.text[agentAt]) && !isRecentPast(ctx, picked);
}

/** The next date a few days after `picked`, written as its own told event: the story's follow-up. */
function followUpAfter(ctx: ExtractContext, dates: DateMention[], picked: DateMention, at: number): DateMention | null {
  for (let i = at + 1; i < dates.length; i++) {
    const next = dates[i];
    if (next.span[0] - picked.span[1] > FOLLOW_UP_WINDOW) return null;
    if (next.value.slice(5) === picked.value.slice(5)) continue;
    const nextCues = cuesOf.get(next)!;
    if (!nextCues.strongCue || nextCues.holiday || nextCues.legalText || nextCues.background) continue;
    // "đêm 5/2 rạng sáng 6/2" is one night.
    const between = ctx.folded.slice(picked.span[1], next.span[0]);
    if (between.length < 20 && /^[\s\p{L}]*$/u.test(between)) return null;
    // "tính đến ... 6/2" counts as of a time; a statement only reports.
    if (CAPTION_AFTER_RE.test(ctx.folded.slice(next.span[1], next.span[1] + 12))
      || AS_OF_BEFORE_RE.test(ctx.folded.slice(Math.max(0, next.span[0] - 30), next.span[0]))
      || SAYS_AFTER_RE.test(ctx.folded.slice(next.span[1], next.span[1] + 24)) || isReportDate(ctx, next)) continue;
    const gap = (dayOfYear(next) - dayOfYear(picked) + 372) % 372;
    if (gap < 1 || gap > FOLLOW_UP_DAYS || fromAnotherYear(ctx, dates, next)) return null;
    const nStart = sentenceAround(ctx.text, next.span[0])[0];
    // "Thỏa thuận ngừng bắn ..., có hiệu lực từ trưa ngày 9/7": the day a measure takes effect is set ahead, not done.
    const ahead = AHEAD_BEFORE_RE.test(ctx.folded.slice(nStart, next.span[0]))
      || AHEAD_AFTER_RE.test(ctx.folded.slice(next.span[1], next.span[1] + 8)) || takesEffect(ctx, next);
    return ahead ? null : next;
  }
  return null;
}

const ZONE_AFTER = String.raw`^\s*[(,]?\s*(?:theo\s+)?(?:${alt(['giờ'])})\s+`;
const VIETNAM_TIME_AFTER_RE = new RegExp(ZONE_AFTER + String.raw`(?:${alt(['việt nam', 'hà nội', 'vn'])})(?![a-zà-ỹ])`, '');
const OTHER_TIME_AFTER_RE = new RegExp(ZONE_AFTER + String.raw`[a-zà-ỹ]`, '');

/**
 * "Sáng ngày 8-2 (giờ Việt Nam)" then "Cuối ngày 7-2 theo giờ Mỹ, phiên điều trần bắt đầu": the event
 * happened on the local day; the Vietnamese-time date is when it reached Vietnam.
 */
function localDateBehind(ctx: ExtractContext, dates: DateMention[], picked: DateMention): DateMention | null {
  if (!VIETNAM_TIME_AFTER_RE.test(ctx.folded.slice(picked.span[1], picked.span[1] + 24))) return null;
  for (const d of dates) {
    if (d === picked || d.span[0] < ctx.bodyStart) continue;
    const after = ctx.folded.slice(d.span[1], d.span[1] + 24);
    if (!OTHER_TIME_AFTER_RE.test(after) || VIETNAM_TIME_AFTER_RE.test(after)) continue;
    if (d.value.slice(5) === dayBefore(picked.value.slice(5))) return d;
  }
  return null;
}

/** "MM-DD" of the day before; 1 March gives 28 February (the year is unknown here). */
function dayBefore(monthDay: string): string {
  const month = Number(monthDay.slice(0, 2));
  const day = Number(monthDay.slice(3));
  if (day > 1) return `${pad(month)}-${pad(day - 1)}`;
  const prev = month === 1 ? 12 : month - 1;
  return `${pad(prev)}-${pad(prev === 2 ? 28 : DAYS_IN_MONTH[prev])}`;
}

/** Whether `event` falls within two months before `report` (across New Year too). */
function shortlyBefore(event: DateMention, report: DateMention): boolean {
  return (dayOfYear(report) - dayOfYear(event) + 372) % 372 <= 62;
}

/**
 * The main event's date. Press leads open with it ("Ngày 7/1, ...", "Sáng 6-2, ..."): take the first
 * body date written with a day word that is not a holiday, a legal text's date or background; then
 * any such body date; the headline's date only when the body has none. Only background dates
 * ("Trước đó, ngày 16/5" under an undated arrest) give none: the article's own event is undated.
 * A medium's report date gives way to the just-past event it reports ("từ ngày 13 đến 15/6 vừa qua");
 * a lead that dates its event only relatively ("hôm qua") leaves later dates to side events.
 */
export function pickEventDate(ctx: ExtractContext, dates: DateMention[]): DateMention | null {
  const mention = pickEventMention(ctx, dates);
  if (!mention) return null;
  const picked = headlineActAhead(ctx, dates, mention) ?? mention;
  // "Thứ Hai 6/2, ... (năm 1947 ...)": a sentence's year long before the story's is another time's, not the day's.
  if (picked.yearImplied && !ctx.publishedAt && !picked.value.startsWith('XXXX')
    && Number(picked.value.slice(0, 4)) <= storyYearOf(ctx) - HISTORY_YEARS) {
    return withRestatedYear(ctx, dates, { ...picked, value: 'XXXX' + picked.value.slice(4), yearImplied: false });
  }
  return withSameDaySentenceYear(ctx, dates, withRestatedYear(ctx, dates, picked));
}

/** The act a headline announces: the two words after "sẽ", "sắp", "dự kiến" ("Ông Trump sẽ chơi golf với ..." → "chơi golf"). */
const HEADLINE_ACT_RE = new RegExp(String.raw`(?<![a-zà-ỹ])(?<!(?:${alt(PREPARATION_NOUN_HEADS)})\s+)(?:${alt(AHEAD_HEADLINE_WORDS)})\s+([a-zà-ỹ]+\s+[a-zà-ỹ]+)(?![a-zà-ỹ])`, '');
/** How far past the picked day the announced act's own upcoming day may be written. */
const HEADLINE_ACT_REACH = 1500;
const TERM_START_BEFORE_RE = /(?<![a-zà-ỹ])từ\s*$/;
/**
 * "Ông Trump sẽ chơi golf với Thủ tướng Nhật Shinzo Abe" over "Theo Reuters ngày 6.2, ..." then "... chơi golf với ông Abe
 * ... vào ngày 11.2 tới": "Chuẩn bị xét xử vụ nhắn tin ..." over "Ngày 10/7, ông ... luật sư" then "Tòa dự kiến sẽ đưa vụ
 * án ra xét xử vào ngày 9/8 tới": a headline that announces an act, and a later upcoming day ("... tới") whose sentence
 * names that act, gives the announced event, which gives its own date. Not a term's start ("Từ 1/8 tới, các bệnh viện
 * ..."): a rule taking effect is no event, and the act that set it stays.
 */
function headlineActAhead(ctx: ExtractContext, dates: DateMention[], picked: DateMention): DateMention | null {
  if (picked.span[0] < ctx.bodyStart) return null;
  const act = HEADLINE_ACT_RE.exec(ctx.folded.slice(0, ctx.bodyStart));
  if (!act || AHEAD_AFTER_RE.test(ctx.folded.slice(picked.span[1], picked.span[1] + 8))) return null;
  const words = act[1].replace(/\s+/g, ' ');
  for (const d of dates) {
    if (d.span[0] <= picked.span[0]) continue;
    if (d.span[0] - picked.span[0] > HEADLINE_ACT_REACH) break;
    if (!AHEAD_AFTER_RE.test(ctx.folded.slice(d.span[1], d.span[1] + 8))) continue;
    const cues = cuesOf.get(d);
    if (!cues || cues.holiday || cues.legalText || cues.background || cues.caption) continue;
    if (TERM_START_BEFORE_RE.test(ctx.folded.slice(Math.max(0, d.span[0] - 6), d.span[0]))) continue;
    const gap = (dayOfYear(d) - dayOfYear(picked) + 372) % 372;
    if (gap < 1 || gap > 186) continue;
    const [sStart, sEnd] = sentenceOf(ctx, d.span[0]);
    if (ctx.folded.slice(sStart, sEnd).replace(/\s+/g, ' ').includes(words)) return d;
  }
  return null;
}

/**
 * "Ngày thơ Việt Nam ... (diễn ra vào 11/2 - tức Rằm tháng Giêng)" in the sapo, told again in the body "Ngày thơ ...
 * lần thứ 15 (năm 2017) ... sẽ diễn ra vào 11/2": the one year of that restating sentence is the same event's explicit
 * year. Only a year written before the day in that sentence, and only when no other mention of the day gives another
 * year; an earlier year than the story's or a recalled one stays out.
 */
const NO_YEAR_BEFORE_RE = new RegExp(String.raw`(?<![a-zà-ỹ])(?:những năm|thập niên|thập kỷ|${alt(DOCUMENT_CUES)})\s*(?:số\s*)?$`, '');
/** The words up to the first year after a sentence-opening day, the year written "năm 2017" (not a name's "Asian Cup 2019"). */
const YEAR_OF_WORK_BEFORE_RE = /^(?:(?!\d{4})[^])*(?<![a-zà-ỹ])năm\s+$/;
function withSameDaySentenceYear(ctx: ExtractContext, dates: DateMention[], picked: DateMention): DateMention {
  if (!picked.value.startsWith('XXXX')) return picked;
  const monthDay = picked.value.slice(4);
  let year: string | null = null;
  for (const d of dates) {
    if (d.span[0] === picked.span[0] || !d.yearImplied || d.value.startsWith('XXXX') || !d.value.endsWith(monthDay)) continue;
    const cues = cuesOf.get(d);
    if (!cues || cues.background || cues.holiday || cues.legalText) continue;
    const y = d.value.slice(0, 4);
    // The year frames the day ahead of it ("LHP Berlin 2017 ... diễn ra vào ngày 9-19/2"); one after it often names
    // another time ("tối 13/6 tại bảng C vòng loại Asian Cup 2019"); a decade ("từ cuối những năm 1990") or a
    // document's number ("Công văn 2039 ... nêu rõ từ ngày 1/7") is none.
    const at = ctx.text.lastIndexOf(y, d.span[0]);
    const [dStart, dEnd] = sentenceAround(ctx.text, d.span[0]);
    // "Sáng nay (7/2), Bí thư ... làm việc với Quận ủy về công tác ... năm 2017.": a restating day that opens its sentence
    // is that sentence's time, and the first year after it, written "năm 2017", frames the same work. It must be the
    // story's year, a term's span ("nhiệm kỳ 2015-2020") aside.
    const opens = at < dStart && cues.strongCue && /^[\s\p{P}]*$/u.test(ctx.text.slice(dStart, d.span[0]));
    const yearAfter = opens ? ctx.folded.indexOf(y, d.span[1]) : -1;
    const framedAfter = yearAfter >= 0 && yearAfter < dEnd && YEAR_OF_WORK_BEFORE_RE.test(ctx.folded.slice(d.span[1], yearAfter))
      && Number(y) === latestYearFrom(ctx.folded, y.slice(0, 2), true);
    // Not a year before the story's: one in a sentence run on past a caption ("phúc thẩm ngày 15-5 Trước đó, vào
    // tháng 4-2016") is another time's.
    if ((!framedAfter && Number(y) < storyYearOf(ctx)) || yearsAgoAround(ctx, picked, d)) continue;
    if (!framedAfter && (at < dStart || NO_YEAR_BEFORE_RE.test(ctx.folded.slice(Math.max(0, at - 16), at)))) continue;
    if (year !== null && year !== y) return picked;
    year = y;
  }
  return year ? { ...picked, value: year + monthDay, yearImplied: true } : picked;
}

/** "Quyết định khởi tố vụ án hình sự số 52 ngày ": a document named by the act it records (group 1, its first two words). */
const ACT_DOCUMENT_BEFORE_RE = new RegExp(
  String.raw`(?<![a-zà-ỹ])(?:${alt(['quyết định', 'thông báo', 'kết luận', 'biên bản'])})\s+([a-zà-ỹ]+\s+[a-zà-ỹ]+)[^.;:]{0,60}?\s+số\s+[\d\w/.-]*\d[\d\w/.-]*\s*,?\s*ngày\s*$`, '');
/**
 * "Ngày 23/6, Công an ... đã quyết định khởi tố ..." told on as "Quyết định khởi tố vụ án hình sự số 52 ngày 23/6/2017":
 * the document records the lead's own act (its words are in the lead's sentence), so its year, the story's, is the act's.
 * A decree only cited ("Nghị định số 47/2016/NĐ-CP ngày 1/7/2016") names no act.
 */
function recordsSameAct(ctx: ExtractContext, dates: DateMention[], picked: DateMention, d: DateMention): boolean {
  if (d.yearImplied || d.value.startsWith('XXXX') || fromAnotherYear(ctx, dates, d)) return false;
  const digitAt = d.span[0] + ctx.folded.slice(d.span[0], d.span[1]).search(/\d/);
  const act = ACT_DOCUMENT_BEFORE_RE.exec(ctx.folded.slice(Math.max(0, digitAt - 120), digitAt));
  if (!act) return false;
  const [ps, pe] = sentenceOf(ctx, picked.span[0]);
  return ctx.folded.slice(ps, pe).replace(/\s+/g, ' ').includes(act[1].replace(/\s+/g, ' '));
}

/**
 * "Ngày 1/7, đại lễ ... diễn ra" in the sapo, restated in the body in a sentence that writes the one
 * year ("... (27/7/2017), ngày 1/7, đại lễ ..."), or the same day written with its year: that year is the same event's.
 */
function withRestatedYear(ctx: ExtractContext, dates: DateMention[], picked: DateMention): DateMention {
  if (!picked.value.startsWith('XXXX')) return picked;
  const monthDay = picked.value.slice(4);
  for (const d of dates) {
    const cues = cuesOf.get(d);
    if (d.span[0] === picked.span[0] || !cues || cues.background || cues.holiday || !d.value.endsWith(monthDay)) continue;
    // "Từ 1/7, ..." told of a rule "có hiệu lực từ ngày 1/7/2017": the day it takes effect is the same day, with its year.
    // "Ngày 23/6, Công an ... khởi tố ..." told on as "Quyết định khởi tố ... số 52 ngày 23/6/2017": a document of the
    // same day in the story's year records that act; one of another year is an older text's.
    if (cues.legalText && !takesEffect(ctx, d) && !recordsSameAct(ctx, dates, picked, d)) continue;
    // The same day written elsewhere with its own year ("Tin nổi bật ngày 7/2/2017" over "... ngày 7/2") is that year.
    const ownYear = !d.yearImplied && !d.value.startsWith('XXXX') && (d.span[0] < picked.span[0] || !recountsSameDayEarlier(ctx, picked));
    const year = cues.restatedYear ?? (ownYear ? d.value.slice(0, 4) : null);
    // "Sáng 21.6, ... Nhớ lại ngày 21.6 của 40 năm trước, ngày 21.6.1977": the same day of a year long past is recalled.
    if (year && (Number(year) <= storyYearOf(ctx) - HISTORY_YEARS || yearsAgoAround(ctx, picked, d))) continue;
    if (year) return { ...picked, value: year + monthDay, yearImplied: true };
  }
  return picked;
}

/** "cách đây 40 năm", "40 năm trước": the sentence measures back whole years, so the same day written elsewhere is an anniversary's. */
const YEARS_AGO_RE = /(?<![a-zà-ỹ])cách đây\s+\d+\s+năm|\d\s+năm\s+(?:trước|về trước)(?![a-zà-ỹ])/;
function yearsAgoAround(ctx: ExtractContext, picked: DateMention, d: DateMention): boolean {
  const [ps, pe] = sentenceOf(ctx, picked.span[0]);
  if (ctx.folded.slice(ps, pe).includes('năm') && YEARS_AGO_RE.test(ctx.folded.slice(ps, pe))) return true;
  const [ds, de] = sentenceAround(ctx.text, d.span[0]);
  return YEARS_AGO_RE.test(ctx.folded.slice(ds, de));
}

const TAKES_EFFECT_BEFORE_RE = /(?<![a-zà-ỹ])hiệu lực(?:\s+thi hành)?(?:\s+(?:kể\s+)?từ)?(?:\s+ngày)?\s*$/;
function takesEffect(ctx: ExtractContext, d: DateMention): boolean {
  const before = ctx.folded.slice(Math.max(0, d.span[0] - 32), d.span[0]);
  return before.includes('hiệu lực') && TAKES_EFFECT_BEFORE_RE.test(before);
}

const SAME_DAY_EARLIER_RE = new RegExp(String.raw`(?<![a-zà-ỹ])(?:${alt(SAME_DAY_EARLIER_CUES)})(?![a-zà-ỹ])`, '');
/**
 * "Ngày 6-2, ... kỷ niệm 65 năm ... lên ngôi vào ngày 6-2-1952", "Ngày 16-5, TAND xử phúc thẩm ... Tối 16-5-2016,
 * Huy đến ...": a later full date of that day may be the earlier event's.
 */
function recountsSameDayEarlier(ctx: ExtractContext, picked: DateMention): boolean {
  const [start, end] = sentenceOf(ctx, picked.span[0]);
  return SAME_DAY_EARLIER_RE.test(ctx.folded.slice(0, ctx.bodyStart)) || SAME_DAY_EARLIER_RE.test(ctx.folded.slice(start, end));
}

/** "Vụ việc xảy ra vào chiều 22/5": an incident's occurrence (not "diễn ra", said of planned events too). */
const OCCURRED_BEFORE_RE = /(?<![a-zà-ỹ])xảy ra(?:\s+(?:vào|từ|hôm|lúc|khoảng))*\s*$/;
/** "xác nhận sự việc xảy ra vào ngày 8.5": the statement dates the event it confirms. */
const HAPPENED_BEFORE_RE = /(?<![a-zà-ỹ])(?:xảy ra|diễn ra)(?:\s+(?:vào|từ|hôm|trong))?\s*$/;
/** Date d told as when something took place ("xảy ra vào ngày 8.5", "diễn ra từ"): the 24 characters before it. */
function toldAsHappening(ctx: ExtractContext, d: DateMention): boolean {
  return HAPPENED_BEFORE_RE.test(ctx.folded.slice(Math.max(0, d.span[0] - 24), d.span[0]));
}
/** "xảy ra một vụ đuối nước tại hồ bơi X vào ": the incident, its place, then its time, in one clause. */
const OCCURRED_THEN_AT_RE = /(?<![a-zà-ỹ])xảy ra(?![a-zà-ỹ])[^.;:"“”]{0,100}\s(?:vào|hôm|lúc)(?:\s+(?:khoảng|lúc))?\s*$/;
/** What may stand between a statement's verb and the date opening what it reports: ": Lúc 20 giờ 15 phút ". */
const REPORTED_OPENING_RE =
  new RegExp(String.raw`^\s*[:,]?\s*"?\s*(?:(?:vào|từ)\s+)?(?:(?:${alt(['lúc', 'khoảng', 'hồi'])})\s+)?` +
    String.raw`(?:\d{1,2}\s*(?:giờ|h|g)\s*(?:\d{1,2}\s*(?:phút|')?\s*)?)?$`, '');
/** "Theo đó, khoảng 14h30 ngày 23/5, ...": the sentence after a statement tells what it reported. */
const ELABORATION_OPENERS = ['theo đó', 'cụ thể', ...INITIAL_REPORT_OPENERS];
/** "Thông tin ban đầu cho biết, ...": the opener may carry its own verb before the comma. */
const ELABORATION_OPENER_RE = new RegExp(String.raw`^\s*(?:${alt(ELABORATION_OPENERS)})(?:\s+cho\s+(?:biết|thấy|hay))?\s*,`, '');
/**
 * "... - ảnh Hoàng Lan Theo thông tin ban đầu, khoảng 7 giờ ngày 18-9, ...": the opener right before the date's
 * clause when an inline photo caption, with no stop of its own, starts the sentence.
 */
const ELABORATION_BEFORE_RE = new RegExp(
  String.raw`(?<![a-zà-ỹ])(?:${alt(ELABORATION_OPENERS)})\s*,\s*(?:(?:${alt(['vào', 'lúc', 'khoảng'])})\s+)*(?:\d{1,2}\s*(?:giờ|h)\s*(?:\d{1,2}\s*(?:phút)?\s*)?)?$`, '');
/** "Vụ việc xảy ra vào ...", "Sự việc xảy ra lúc ...": a sentence that opens by telling when the incident took place. */
const OCCURRED_OPENER_RE = /^\s*(?:vụ việc|sự việc|vụ án|vụ tai nạn|vụ cháy)\s+xảy ra(?![a-zà-ỹ])/;
/** "cho biết", "thông tin về ..." (not "kiểm soát thông tin"): a statement's verb. */
const STATEMENT_RE = /(?<![a-zà-ỹ])(?:cho(?: (?:báo chí|phóng viên|pv))? (?:biết|hay)|xác nhận|thông báo|công bố|thông tin(?=\s*(?:về|rằng|bước đầu|[,:])))(?![a-zà-ỹ])/;
/** Room for the longest opener and its verb ("theo thông tin điều tra ban đầu cho biết,"). */
const OPENER_REACH = 48;
/** "Công an huyện đang phối hợp ... điều tra, xử lý hai đối tượng": an investigation reported as under way tells of it too. */
const INVESTIGATING_RE = /(?<![a-zà-ỹ])đang(?:\s+(?:phối hợp|khẩn trương|tích cực|tiến hành|tập trung))?(?:\s+[^\s,.;:]+){0,10}?\s+(?:điều tra|xác minh|làm rõ)(?![a-zà-ỹ])/;
const INITIAL_INFO_RE = new RegExp(String.raw`^\s*(?:${alt(INITIAL_REPORT_OPENERS)})`, '');
/** How many days before a statement an incident told "theo thông tin ban đầu" may be to be the story's. */
const RECENT_INCIDENT_DAYS = 7;
/** How far after the statement's verb the event it confirms is dated in the same sentence. */
const STATED_EVENT_REACH = 60;
/** How many days before a statement the event it reports may be. */
const REPORTED_DAYS = 31;

/** Where in `next` the first opener word sits, or -1. */
function openerAt(next: string): number {
  let at = -1;
  for (const w of ['ban đầu', 'bước đầu', 'theo đó', 'cụ thể']) {
    const i = next.indexOf(w);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  return at;
}

/**
 * "Sáng 9.5, bà Hiệu trưởng xác nhận sự việc xảy ra vào ngày 8.5 ..." or "Ngày 24/5, ông ... cho biết, người
 * dân đã phát hiện thi thể ... Theo đó, khoảng 14h30 ngày 23/5, ...": a statement opening the lead dates
 * the event it reports, a few days before; under a headline that tells the event, that date is the event's.
 */
function eventInStatement(ctx: ExtractContext, dates: DateMention[], picked: DateMention, at: number): DateMention | null {
  const { rest, opening, sEnd } = clauseOf(ctx, picked);
  const investigating = rest.includes('đang ') && INVESTIGATING_RE.exec(rest);
  if (!opening || (!investigating && !mayReport(rest))) return null;
  const stated = STATEMENT_RE.exec(rest);
  const verb = stated ?? investigating;
  const headline = headlineFacts(ctx);
  if (!verb || headline.followUp) return null;
  // "Tìm thấy thi thể ..." over "xác nhận đã tìm thấy thi thể ... xảy ra ngày 8/6": the statement's act is
  // the headline's, undated; the date it names is the drowning's. "Theo đó, ..." may still date the finding.
  const findingStated = mayFindBody(rest) && BODY_FOUND_RE.test(rest) && headline.finding;
  const arrestHeadline = headline.arrest;
  const verbEnd = picked.span[1] + verb.index + verb[0].length;
  let nextStart = sEnd;
  while (nextStart < ctx.text.length && isSpace(ctx.text[nextStart])) nextStart++;
  const elaborated = ELABORATION_OPENER_RE.test(ctx.folded.slice(nextStart, nextStart + OPENER_REACH));
  // Cheap word test first: most next sentences hold no opener at all.
  // An inline photo caption may come before the opener ("... - ảnh gđ cung cấp Theo đó, chiều tối 3-7, ...").
  const occurredOpens = !elaborated && OCCURRED_OPENER_RE.test(ctx.folded.slice(nextStart, nextStart + 24));
  const opener = elaborated || occurredOpens ? 0 : openerAt(ctx.folded.slice(nextStart, nextStart + 200));
  // The sentence that holds the opener: a name's initial before it ("Chị Bùi Thị Th. vẫn chưa ...") may end the one at nextStart.
  const nextEnd = opener >= 0 ? sentenceAround(ctx.text, nextStart + opener)[1] : sEnd;
  for (let i = at + 1; i < dates.length && dates[i].span[0] < nextEnd; i++) {
    const d = dates[i];
    const dCues = cuesOf.get(d)!;
    if (d.span[0] < verbEnd || !dCues.strongCue || dCues.holiday || dCues.legalText || dCues.background) continue;
    const gap = (dayOfYear(picked) - dayOfYear(d) + 372) % 372;
    if (gap < 1 || gap > REPORTED_DAYS || fromAnotherYear(ctx, dates, d)) continue;
    // Under an arrest headline only the arrest's own date will do; the crime behind it is background.
    if (arrestHeadline) {
      const [dStart, dEnd] = sentenceAround(ctx.text, d.span[0]);
      if (!ARREST_RE.test(ctx.folded.slice(dStart, dEnd))) continue;
    }
    if (d.span[0] >= nextStart && !stated) {
      // An investigation under way is elaborated only by what was first learnt, a few days before it.
      if (gap <= RECENT_INCIDENT_DAYS && INITIAL_REPORT_BEFORE_RE.test(ctx.folded.slice(Math.max(nextStart, d.span[0] - 64), d.span[0]))) return d;
      continue;
    }
    if (d.span[0] >= nextStart) {
      // "Theo đó, ..." opens the sentence; "Theo thông tin ban đầu, ..." dates the incident only when recent:
      // a find weeks before a statement is background to the new step.
      if (ELABORATION_OPENER_RE.test(ctx.folded.slice(nextStart, nextStart + 16)) && !INITIAL_INFO_RE.test(ctx.folded.slice(nextStart, nextStart + OPENER_REACH))) return d;
      if (gap <= RECENT_INCIDENT_DAYS && ELABORATION_BEFORE_RE.test(ctx.folded.slice(Math.max(nextStart, d.span[0] - 60), d.span[0]))) return d;
      // "Vụ việc xảy ra vào tầm 18h20' chiều tối ngày 6-6, ...": the next sentence dates the incident the statement is about.
      if (occurredOpens && gap <= RECENT_INCIDENT_DAYS) return d;
      continue;
    }
    if (findingStated || !stated) continue;
    // "cho biết: Lúc 20 giờ 15 phút tối 19/5, ...": the reported clause opens with its own date.
    if (REPORTED_OPENING_RE.test(ctx.folded.slice(verbEnd, d.span[0]))) return d;
    // "xác nhận sự việc xảy ra vào ngày 8.5": the confirmed event; not one named far into the statement's object.
    if (d.span[0] - verbEnd <= STATED_EVENT_REACH && toldAsHappening(ctx, d)) return d;
    // "cho biết, trên địa bàn vừa xảy ra một vụ đuối nước tại hồ bơi X vào chiều ngày 15/6": the place between.
    if (OCCURRED_THEN_AT_RE.test(ctx.folded.slice(verbEnd, d.span[0]))) return d;
  }
  return null;
}

/** How far after a statement's date the incident it tells is written ("cho biết ... vào chiều 17-6" or a sentence or two on). */
const TOLD_INCIDENT_REACH = 320;
/** How many days before the statement the incident it tells may be. */
const TOLD_INCIDENT_DAYS = 3;
/**
 * "Sáng 17/5, trên mạng xã hội xuất hiện clip ... đánh hội đồng", "Ngày 11/5, mạng xã hội lan truyền đoạn video ...":
 * the day a clip surfaced online opens the lead; the story is the incident it shows. Right after the date: a place
 * online then the spreading verb, or the clip itself and its verb later in the clause.
 */
const CLIP_SURFACED_AFTER_RE = new RegExp(
  String.raw`^[\s,)]*(?:(?:trên|tại)\s[^,.;:]{0,60}?|(?:cộng đồng mạng|dân mạng|cư dân mạng|mạng xã hội|facebook)\s+(?:đã\s+)?|(?:một\s+)?(?:${alt(['đoạn'])}\s+)?(?:video\s+)?(?:clip|video)(?![a-zà-ỹ])[^.;:]{0,200}?\s)` +
  String.raw`(?:${alt(CLIP_SPREAD_VERBS)})(?![a-zà-ỹ])`, '');
/**
 * "Sự việc xảy ra vào khoảng 9h20' sáng 8/5", "vụ đánh hội đồng xảy ra tại phòng học ..., vào sáng ngày 12/5": the
 * incident's day, in the clause that tells it took place (its place and clock time may come between).
 */
const INCIDENT_OCCURRED_BEFORE_RE = /(?<![a-zà-ỹ])xảy ra(?![a-zà-ỹ])[^.;:"“”]{0,100}$/;
/**
 * The day the incident a surfaced clip shows took place, told later (within the reported-incident window) as "xảy ra",
 * a few days to a month before the clip's day; null when the lead tells no clip surfacing or no such day is written.
 */
function incidentOfSurfacedClip(ctx: ExtractContext, dates: DateMention[], picked: DateMention, at: number): DateMention | null {
  const { rest } = clauseOf(ctx, picked);
  // Cheap word test first: most leads hold no clip.
  if ((!rest.includes('clip') && !rest.includes('video')) || !CLIP_SURFACED_AFTER_RE.test(rest)) return null;
  for (let i = at + 1; i < dates.length; i++) {
    const d = dates[i];
    if (d.span[0] - picked.span[1] > REPORTED_INCIDENT_WINDOW) break;
    const cues = cuesOf.get(d)!;
    if (cues.holiday || cues.legalText || cues.background || cues.caption) continue;
    const gap = (dayOfYear(picked) - dayOfYear(d) + 372) % 372;
    if (gap < 1 || gap > REPORTED_DAYS || fromAnotherYear(ctx, dates, d)) continue;
    const before = ctx.folded.slice(Math.max(0, d.span[0] - 110), d.span[0]);
    if (!before.includes('xảy ra')) continue;
    if (INCIDENT_OCCURRED_BEFORE_RE.test(before)) return d;
  }
  return null;
}

const UPDATE_OPENING_RE = /^(?:đến|tới)(?:\s+(?:rạng|sáng|trưa|chiều|tối|đêm|khuya|hôm|nay|ngày))*\s*\(?\s*$/;
const UPDATE_INCIDENT_DAYS = 3;
const CLOCK_BEFORE_DAY_RE = /\d{1,2}\s*(?:h|giờ)\s*\d{0,2}(?:\s*phút)?\s*$/;
const UPDATE_INCIDENT_WINDOW = 600;
/**
 * "Đến chiều 9.7, nạn nhân thứ 2 ... đã tử vong. Theo ..., khoảng 17h30 ngày 8.7, anh T. và anh H. ... rơi xuống", "Đến
 * rạng sáng nay (28/6), Công an quận ... vẫn đang phối hợp ... Trước đó, tối ngày 27/6, ...": a lead opening "Đến <day>,"
 * tells where an incident stands by then; the incident itself, told one to three days earlier in the next sentences
 * after "Trước đó" or at its clock time, is what the story is about. "Tính đến <day>" counts as of a day (a tally), and a forecast ("sẽ") is no incident.
 */
function incidentBehindUpdate(ctx: ExtractContext, dates: DateMention[], picked: DateMention, at: number): DateMention | null {
  // Only the body's first date, in the lead.
  if (picked.span[0] < ctx.bodyStart || picked.span[0] >= leadEnd(ctx)) return null;
  if (at > 0 && dates[at - 1].span[0] >= ctx.bodyStart) return null;
  const [sStart, sEnd] = sentenceAround(ctx.text, picked.span[0]);
  const opening = ctx.folded.slice(sStart, picked.span[0]).trimStart();
  // Cheap first letter test: most leads open otherwise.
  if ((opening[0] !== 'đ' && opening[0] !== 't') || !UPDATE_OPENING_RE.test(opening)) return null;
  if (WILL_RE.test(ctx.folded.slice(sStart, sEnd))) return null;
  for (let i = at + 1; i < dates.length; i++) {
    const d = dates[i];
    if (d.span[0] - picked.span[1] > UPDATE_INCIDENT_WINDOW) return null;
    if (d.value.slice(5) === picked.value.slice(5)) continue;
    const cues = cuesOf.get(d)!;
    const gap = (dayOfYear(picked) - dayOfYear(d) + 372) % 372;
    if (!cues.strongCue || cues.holiday || cues.legalText || cues.caption) return null;
    if (gap < 1 || gap > UPDATE_INCIDENT_DAYS || fromAnotherYear(ctx, dates, d)) return null;
    // Told as the incident: after "Trước đó", or at its clock time ("khoảng 17h30 ngày 8.7"); a state's start ("bắt đầu
    // nứt vào sáng 30-5") under an act done by the day is not.
    if (!cues.toldBeforeThat && !CLOCK_BEFORE_DAY_RE.test(ctx.folded.slice(Math.max(0, d.span[0] - 20), d.span[0]))) return null;
    const [dStart, dEnd] = sentenceAround(ctx.text, d.span[0]);
    return WILL_RE.test(ctx.folded.slice(dStart, dEnd)) ? null : d;
  }
  return null;
}

/** "cho biết", "xác nhận", "phản ánh với báo": someone telling what happened. */
const STATED_OR_COMPLAINED_RE = /(?<![a-zà-ỹ])(?:cho(?: (?:báo chí|phóng viên|pv))? (?:biết|hay)|xác nhận|phản ánh)(?![a-zà-ỹ])/;
/**
 * "Ngày 19.6, chị H. phản ánh với Thanh Niên việc vào ngày 17.6, em gái chị ... bị đánh", "Chỉ huy Hạm đội 7 ngày 18-6
 * cho biết tàu ... bị đâm vào rạng sáng 17-6": the story's first date is the day someone told of an incident, and the
 * incident's own day, one to three days before, is written in what they told, in the same sentence (not "Trước đó", a
 * span, a paper's or a broadcast's day, "liên quan đến" a named earlier case, nor an arrest headline's other acts).
 */
const BROADCAST_BEFORE_RE = /(?<![a-zà-ỹ])(?:bản tin|phóng sự|phát sóng|đăng tải|bài viết)(?![a-zà-ỹ])/;
function nearEarlierIncident(ctx: ExtractContext, dates: DateMention[], picked: DateMention, at: number): DateMention | null {
  // Only the body's first date, near its start.
  if (picked.span[0] - ctx.bodyStart > FOLLOW_UP_NOUN_WITHIN || picked.span[0] < ctx.bodyStart) return null;
  if (at > 0 && dates[at - 1].span[0] >= ctx.bodyStart) return null;
  const { rest, sEnd } = clauseOf(ctx, picked);
  const sStart = sentenceOf(ctx, picked.span[0])[0];
  // Cheap word tests first: most first sentences tell no statement.
  if (!rest.includes('cho ') && !rest.includes('xác nhận') && !rest.includes('phản ánh')) return null;
  if (!STATED_OR_COMPLAINED_RE.test(rest)) return null;
  const headline = headlineFacts(ctx);
  // "Tìm thấy thi thể ..." over "xác nhận đã tìm thấy thi thể ... đuối nước xảy ra ngày 8/6": the finding is the story.
  if (headline.followUp || (mayFindBody(rest) && BODY_FOUND_RE.test(rest) && headline.finding) || isReportDate(ctx, picked)) return null;
  for (let i = at + 1; i < dates.length; i++) {
    const d = dates[i];
    if (d.span[0] >= sEnd || d.span[0] - picked.span[1] > TOLD_INCIDENT_REACH) return null;
    const cues = cuesOf.get(d)!;
    if (!datesStoryEvent(cues)) continue;
    const gap = (dayOfYear(picked) - dayOfYear(d) + 372) % 372;
    if (gap < 1 || gap > TOLD_INCIDENT_DAYS || fromAnotherYear(ctx, dates, d)) continue;
    // The sentence up to the day: a case named "liên quan đến" is an earlier one, and a broadcast's or a paper's day
    // ("phản ánh trong phóng sự ... phát tối 7.2") or another time zone's is not the incident's.
    const told = ctx.folded.slice(sStart, d.span[0]);
    if (DAY_SPAN_RE.test(ctx.folded.slice(d.span[0], d.span[1])) || told.includes('liên quan')) continue;
    if (isReportDate(ctx, d) || OTHER_TIME_AFTER_RE.test(ctx.folded.slice(d.span[1], d.span[1] + 24)) || BROADCAST_BEFORE_RE.test(told)) continue;
    const [dStart, dEnd] = sentenceAround(ctx.text, d.span[0]);
    const sentence = ctx.folded.slice(dStart, dEnd);
    if (WILL_RE.test(sentence) || (headline.arrest && !ARREST_RE.test(sentence))) continue;
    return d;
  }
  return null;
}

/**
 * "Sáng 21/5, Giám đốc Bệnh viện ... cho biết ... Trước đó, vào lúc 15 giờ chiều 20/5, Trung tâm y tế huyện tiếp nhận
 * 6 nạn nhân" under "5 người trong một gia đình bị ngộ độc ...": a statement made the day after the incident that the
 * headline tells reports it, and the incident's day, told "Trước đó", is the event's. Days later the statement is a
 * new step of its own ("Sau nhiều ngày truy tìm, chiều 8.2, Công an ... cho biết đã lập biên bản").
 */
function incidentDayBeforeStatement(ctx: ExtractContext, dates: DateMention[], picked: DateMention, at: number): DateMention | null {
  // Only the body's first date, near its start, opening a statement.
  if (picked.span[0] < ctx.bodyStart || picked.span[0] - ctx.bodyStart > FOLLOW_UP_NOUN_WITHIN) return null;
  if (at > 0 && dates[at - 1].span[0] >= ctx.bodyStart) return null;
  const { rest } = clauseOf(ctx, picked);
  if (!mayReport(rest) || !STATEMENT_RE.test(rest)) return null;
  const headline = headlineFacts(ctx);
  if (!headline.incident || headline.arrest || headline.followUp || headline.disclosure) return null;
  if (NOT_INCIDENT_NEWS_HEADLINE_RE.test(ctx.folded.slice(0, ctx.bodyStart))) return null;
  const previousDay = dayBefore(picked.value.slice(5));
  for (let i = at + 1; i < dates.length && dates[i].span[0] - picked.span[1] <= REPORTED_EVENT_WINDOW; i++) {
    const d = dates[i];
    const cues = cuesOf.get(d)!;
    if (!cues.toldBeforeThat) continue;
    // The first day told "Trước đó" decides.
    if (!cues.strongCue || cues.holiday || cues.legalText || cues.caption || !d.value.endsWith(previousDay)) return null;
    return fromAnotherYear(ctx, dates, d) ? null : d;
  }
  return null;
}
const INCIDENT_IN_PHRASE_RE = /(?<![a-zà-ỹ])(?:trong|sau|về|của|với)\s+(?:vụ|cuộc|sự cố|sự việc)(?![a-zà-ỹ])/;
const JUST_DONE_RE = /(?<![a-zà-ỹ])vừa(?![a-zà-ỹ])(?!\s+(?:phải|đủ|qua)(?![a-zà-ỹ]))/;
/**
 * "Chiều 25/5, Phòng PC47 ... cho biết, đơn vị này vừa bắt một đối tượng ..." then "Khoảng 3h30 ngày 22/5, tại Trạm CSGT
 * ...": a statement opening the lead tells what was just done ("vừa"), and the very next sentence opens with its day, a
 * few days before; "Sáng 18.5, ... xác nhận sự việc ... Bà Hạnh cho biết, việc chẳng lành xảy ra hôm 16.5" tells when it
 * took place. That day is the event's, the statement's only the day it was told.
 */
function incidentOpeningNextSentence(ctx: ExtractContext, dates: DateMention[], picked: DateMention, at: number): DateMention | null {
  // Only the body's first date, near its start, opening a statement.
  if (picked.span[0] < ctx.bodyStart || picked.span[0] - ctx.bodyStart > FOLLOW_UP_NOUN_WITHIN) return null;
  if (at > 0 && dates[at - 1].span[0] >= ctx.bodyStart) return null;
  const clause = clauseOf(ctx, picked);
  if (!mayReport(clause.rest) || !STATEMENT_RE.test(clause.rest) || !clause.opening) return null;
  const justDone = clause.rest.includes('vừa') && JUST_DONE_RE.test(clause.rest);
  // A follow-up headline ("Lời khai ...", "Vì sao ...") makes the statement the news, unless it tells what was just done.
  if (!justDone && headlineFacts(ctx).followUp) return null;
  let nextStart = clause.sEnd;
  while (nextStart < ctx.text.length && isSpace(ctx.text[nextStart])) nextStart++;
  if (nextStart >= ctx.text.length) return null;
  const [, nextEnd] = sentenceAround(ctx.text, nextStart);
  for (let i = at + 1; i < dates.length && dates[i].span[0] < nextEnd; i++) {
    const d = dates[i];
    if (d.span[0] < nextStart) continue;
    // The next sentence's first date decides.
    const cues = cuesOf.get(d)!;
    const gap = (dayOfYear(picked) - dayOfYear(d) + 372) % 372;
    if (!datesStoryEvent(cues) || gap < 1 || gap > RECENT_INCIDENT_DAYS || fromAnotherYear(ctx, dates, d)) return null;
    // "Theo cảnh sát, 22 người đã thiệt mạng trong vụ đánh bom xảy ra tối 22/5": an incident named inside another clause
    // ("trong vụ ...") is not what the sentence tells as taking place.
    const happened = !headlineFacts(ctx).followUp && HAPPENED_BEFORE_RE.test(ctx.folded.slice(Math.max(nextStart, d.span[0] - 24), d.span[0]))
      && !INCIDENT_IN_PHRASE_RE.test(ctx.folded.slice(nextStart, d.span[0]));
    const opens = justDone && REPORTED_OPENING_RE.test(ctx.folded.slice(nextStart, d.span[0]));
    return (happened || opens) && !WILL_RE.test(ctx.folded.slice(nextStart, nextEnd)) ? d : null;
  }
  return null;
}

/**
 * The headline's news is a later step, not the incident: what was done after it ("Họp khẩn sau va chạm chìm tàu",
 * "giải thể sau vụ bạo hành"; not "tử vong sau khi lao xuống sông"), an aftermath word (AFTERMATH_HEADLINE_WORDS),
 * or news of a known case ("Vụ trâu húc người ...: Bắn trâu ...", "Nghi án ...: ...").
 */
const NOT_INCIDENT_NEWS_HEADLINE_RE = new RegExp(
  String.raw`(?<![a-zà-ỹ])(?:sau(?!\s+khi)|${alt(AFTERMATH_HEADLINE_WORDS)})(?![a-zà-ỹ])|^\s*(?:vụ|nghi án)\s[^:\n]*:`, '');

/** A statement announcing what is to come: "cho hay, ... sẽ", "thông báo ... dự kiến". */
const ANNOUNCING_RE = /(?<![a-zà-ỹ])(?:cho biết|cho hay|thông tin|xác nhận|thông báo|công bố)(?![a-zà-ỹ])/;
const WILL_RE = /(?<![a-zà-ỹ])(?:sẽ|dự kiến)(?![a-zà-ỹ])/;

/**
 * "Mở đoàn tàu cho người dân tham quan từ 20/5" over "Ngày 19/5, ông ... cho hay, bắt đầu từ 9h sáng 20/5, đơn
 * vị sẽ mở ...": the headline dates an announced event, and the statement (or the sentence after it) gives
 * that date with "sẽ"; the announced event gives its own date.
 */
function headlineDateInBody(ctx: ExtractContext, dates: DateMention[], headline: DateMention, picked: DateMention, at: number): DateMention | null {
  const monthDay = headline.value.slice(4);
  if (picked.value.endsWith(monthDay)) return null;
  const sEnd = sentenceOf(ctx, picked.span[0])[1];
  if (!ANNOUNCING_RE.test(ctx.folded.slice(picked.span[1], sEnd))) return null;
  const nextEnd = sentenceAround(ctx.text, Math.min(ctx.text.length - 1, sEnd + 1))[1];
  for (let i = at + 1; i < dates.length && dates[i].span[0] < nextEnd; i++) {
    const d = dates[i];
    const cues = cuesOf.get(d)!;
    if (!d.value.endsWith(monthDay) || cues.holiday || cues.legalText || cues.background) continue;
    const [dStart, dEnd] = sentenceOf(ctx, d.span[0]);
    if (WILL_RE.test(ctx.folded.slice(dStart, dEnd))) return d;
  }
  return null;
}

const INCIDENT_HEADLINE_RE = new RegExp(String.raw`(?<![a-zà-ỹ])(?:${alt(INCIDENT_WORDS)})(?![a-zà-ỹ])`, '');

/**
 * "Cháy tại cảng cá Tiên Châu" over "... điều tra nguyên nhân. Trước đó, khoảng 23 giờ 30 ngày 4/6, ngư dân
 * phát hiện đám cháy": with no other date, under a headline that tells an incident (not an arrest, a charge or a
 * follow-up), the "Trước đó" date is the incident's own.
 */
function incidentToldBeforeThat(ctx: ExtractContext, dates: DateMention[]): DateMention | null {
  // Most texts without a picked date have no "Trước đó" date either: skip the headline tests for them.
  if (!dates.some((d) => cuesOf.get(d)?.toldBeforeThat)) return null;
  const headline = headlineFacts(ctx);
  if (headline.arrest || headline.followUp || headline.disclosure) return null;
  if (!headline.incident) return null;
  // "Khoảng 8h30 sáng nay, ..." in the lead: the incident is dated only relatively; "Trước đó" is an earlier one.
  if (leadRelativePhrase(ctx, dates, leadEnd(ctx))) return null;
  for (const d of dates) {
    const cues = cuesOf.get(d)!;
    if (d.span[0] < ctx.bodyStart || !cues.toldBeforeThat || !cues.strongCue || cues.holiday || cues.legalText) continue;
    const sStart = sentenceAround(ctx.text, d.span[0])[0];
    const ahead = AHEAD_BEFORE_RE.test(ctx.folded.slice(sStart, d.span[0]))
      || AHEAD_AFTER_RE.test(ctx.folded.slice(d.span[1], d.span[1] + 8));
    return ahead ? null : d;
  }
  return null;
}

/** How far after an announced date the sentence-opening report date may be written. */
const REPORT_OVER_ANNOUNCED_WINDOW = 600;
/** A plan is announced up to two months ahead. */
const ANNOUNCED_DAYS = 62;
const BRIEFING_RE = /(?<![a-zà-ỹ])(?:họp báo|buổi họp|hội nghị|phiên họp)(?![a-zà-ỹ])/;

/**
 * "... sẽ họp phiên bế mạc vào ngày 21/6/2017." then "Chiều 19/5, tại Nhà Quốc hội, ... chủ trì buổi họp báo":
 * a lead date inside a clause that announces what will happen is the plan; a later sentence opening with its
 * own earlier day, told as done, is the event reported (the briefing where the plan was announced).
 */
function reportOverAnnounced(ctx: ExtractContext, dates: DateMention[], picked: DateMention, at: number): DateMention | null {
  const [sStart] = sentenceOf(ctx, picked.span[0]);
  const lead = ctx.folded.slice(sStart, picked.span[0]);
  if (!WILL_RE.test(lead) || clauseOf(ctx, picked).opening) return null;
  // "Ngày 10/3, khai mạc Lễ hội ..." over the plan: the headline makes the announced event the story.
  const monthDay = picked.value.slice(4);
  if (dates.some((d) => d.span[0] < ctx.bodyStart && d.value.endsWith(monthDay))) return null;
  for (let i = at + 1; i < dates.length; i++) {
    const d = dates[i];
    if (d.span[0] - picked.span[1] > REPORT_OVER_ANNOUNCED_WINDOW) return null;
    const cues = cuesOf.get(d)!;
    if (!cues.sentenceInitial || cues.holiday || cues.legalText || cues.background) continue;
    const gap = (dayOfYear(picked) - dayOfYear(d) + 372) % 372;
    if (gap < 1 || gap > ANNOUNCED_DAYS || fromAnotherYear(ctx, dates, d)) return null;
    const [dStart, dEnd] = sentenceAround(ctx.text, d.span[0]);
    const sentence = ctx.folded.slice(dStart, dEnd);
    // Only the briefing or statement that gives the plan ("thông báo dự kiến ..."), itself not ahead;
    // a later dated fact is the plan's background.
    if (WILL_RE.test(ctx.folded.slice(dStart, d.span[0])) || AHEAD_AFTER_RE.test(ctx.folded.slice(d.span[1], d.span[1] + 8))) return null;
    return ANNOUNCING_RE.test(sentence) || BRIEFING_RE.test(sentence) ? d : null;
  }
  return null;
}

/**
 * "Tối 2/6, Thủ tướng Theresa May trả lời chất vấn ... Ảnh: AFP/TTXVN", "... (Nguồn: EPA/TTXVN)": a sentence that ends
 * in, or is followed by, a photo credit is a caption; its day is the photo's, never the story's.
 */
function captionSentence(ctx: ExtractContext, d: DateMention): boolean {
  const end = sentenceOf(ctx, d.span[0])[1];
  return CAPTION_LEAD_RE.test(ctx.folded.slice(d.span[1], end)) || CAPTION_AFTER_RE.test(ctx.folded.slice(end, end + 16));
}
/**
 * "Tổng thống Pháp Emmanuel Macron diễu hành hôm 14/5 sau lễ nhậm chức. Ảnh: AFP Cơ quan an ninh Pháp vừa bắt giữ ...":
 * a caption opening a paragraph line dates the photo (often a file one), not the story; its day stands only as the first
 * plain date. A body sentence a bare credit follows mid-paragraph ("Tối 8/6, ông Comey đã ra điều trần ... Ảnh: EPA")
 * often tells the story's own day: it stays.
 */
function openingCaption(ctx: ExtractContext, d: DateMention): boolean {
  const [sStart, end] = sentenceOf(ctx, d.span[0]);
  let p = sStart - 1;
  while (p >= 0 && (ctx.text[p] === ' ' || ctx.text[p] === '\t')) p--;
  if (p >= 0 && ctx.text[p] !== '\n') return false;
  // The credit names a source ("Ảnh: AFP", "(Nguồn: AFP/TTXVN)"); "Ảnh: ứng viên tại ..." opens a caption of its own
  // after a body sentence.
  const credit = CREDIT_AFTER_RE.exec(ctx.text.slice(end, end + 24));
  // On the caption's own line: "Ảnh: ..." opening the next line labels another photo ("Chiều 7/2, ... giai đoạn 1.\nẢnh:
  // Thứ trưởng ... phát biểu"), after a lead that tells the story's day.
  return credit !== null && !credit[0].includes('\n') && CAPTION_AFTER_RE.test(ctx.folded.slice(end, end + 16));
}
/** How many days after a caption's day the story's own day must be for the caption to be a file photo's. */
const FILE_PHOTO_DAYS = 7;
/**
 * A strongly cued day written later in the body, over a week after the caption's (or the caption's of an earlier year):
 * the caption shows an earlier occasion. A lead sentence a credit follows ("Sáng nay 30/6, ... Ảnh: Reuters") tells
 * the story's day, and the body's later days are its background, a day or so before.
 */
function laterStoryDay(ctx: ExtractContext, dates: DateMention[], caption: DateMention, at: number): boolean {
  const earlierYear = captionOfEarlierYear(ctx, caption);
  for (let i = at + 1; i < dates.length; i++) {
    const d = dates[i];
    const cues = cuesOf.get(d)!;
    if (!datesStoryEvent(cues) || isHistory(ctx, d)) continue;
    if (!d.yearImplied && !d.value.startsWith('XXXX') && captionOfEarlierYear(ctx, d)) continue;
    const gap = (dayOfYear(d) - dayOfYear(caption) + 372) % 372;
    if (earlierYear || (gap > FILE_PHOTO_DAYS && gap < 186)) return true;
  }
  return false;
}
/** The credit's first word after its colon: a capitalised source. */
const CREDIT_AFTER_RE = /^[\s.)]*(?:[-–]\s*)?\(?\s*\p{L}+\s*:\s*\p{Lu}/u;
// "chuẩn bị" after a noun head names the preparation itself ("hoàn tất khâu chuẩn bị Kỳ họp thứ 3"), announcing nothing.
const AHEAD_HEADLINE_RE = new RegExp(String.raw`(?<![a-zà-ỹ])(?<!(?:${alt(PREPARATION_NOUN_HEADS)})\s+)(?:${alt(AHEAD_HEADLINE_WORDS)})(?![a-zà-ỹ])`, '');
const CLAUSE_BREAK_RE = /[,;:"“”]/g;
const OPENING_VAO_RE = /(?<![a-zà-ỹ])vào\s+$/;
/**
 * "... dự kiến khai mạc vào ngày 22/5, bế mạc sáng 21/6." then "Sáng 17/5, Ủy ban Thường vụ Quốc hội cho ý kiến ...";
 * "Ngoại trưởng ... hy vọng vòng hòa đàm, dự kiến diễn ra vào ngày 14/7 tới, ..." then "Ngày 26/6, Ngoại trưởng ... bày tỏ
 * hy vọng ...": a lead date its own clause announces ahead ("sẽ", "dự kiến", "... tới") is the plan; when the next date
 * written after that sentence opens a sentence with an earlier day, told as done, that act is what the story reports
 * (reportOverAnnounced asks that sentence for a briefing or an announcing verb instead). Not under a headline that
 * itself announces ("Tổng thống ... sẽ chấp nhận đơn từ chức", "sắp thăm", "chuẩn bị có bài diễn văn"): there the plan is
 * the story. Nor a day told in a photo caption.
 */
function doneDayAfterPlannedLead(ctx: ExtractContext, dates: DateMention[], picked: DateMention, at: number): DateMention | null {
  if (picked.span[0] >= leadEnd(ctx)) return null;
  const [sStart, sEnd] = sentenceOf(ctx, picked.span[0]);
  const lead = ctx.folded.slice(sStart, picked.span[0]);
  // The clause of the date: "... nói ... sẽ không thể ...", Reuters dẫn lời ông Kelly ... hôm 7/2" quotes a plan, dates none.
  let clauseStart = 0;
  for (const m of lead.matchAll(CLAUSE_BREAK_RE)) clauseStart = m.index! + 1;
  const clause = lead.slice(clauseStart);
  const aheadAfter = AHEAD_AFTER_RE.test(ctx.folded.slice(picked.span[1], picked.span[1] + 8));
  if (!aheadAfter && !((clause.includes('sẽ') || clause.includes('dự kiến')) && WILL_RE.test(clause))) return null;
  if (clauseOf(ctx, picked).opening || AHEAD_HEADLINE_RE.test(ctx.folded.slice(0, ctx.bodyStart))) return null;
  const monthDay = picked.value.slice(4);
  if (dates.some((d) => d.span[0] < ctx.bodyStart && d.value.endsWith(monthDay))) return null;
  // Only the first date written past the plan's sentence (the plan's other days in it aside).
  let i = at + 1;
  while (i < dates.length && dates[i].span[0] < sEnd) i++;
  const d = dates[i];
  if (!d || d.span[0] - picked.span[1] > REPORT_OVER_ANNOUNCED_WINDOW) return null;
  const cues = cuesOf.get(d)!;
  if (!cues.sentenceInitial || cues.holiday || cues.legalText || cues.background || cues.caption || captionSentence(ctx, d)) return null;
  // "Vào ngày 18/1, ca khúc cán mốc một tỷ lượt xem": a sentence opened "Vào ngày ..." recounts a fact behind the plan.
  if (OPENING_VAO_RE.test(ctx.folded.slice(Math.max(0, d.span[0] - 6), d.span[0]))) return null;
  const gap = (dayOfYear(picked) - dayOfYear(d) + 372) % 372;
  if (gap < 1 || gap > ANNOUNCED_DAYS || fromAnotherYear(ctx, dates, d)) return null;
  // Itself announced ahead ("Ngày 20/5, hội nghị sẽ ..." is another plan): no act is reported.
  const dStart = sentenceAround(ctx.text, d.span[0])[0];
  if (WILL_RE.test(ctx.folded.slice(dStart, d.span[0])) || AHEAD_AFTER_RE.test(ctx.folded.slice(d.span[1], d.span[1] + 8))) return null;
  return d;
}

/**
 * An issued instrument named right before its date: "Nghị quyết 19-2017/NQ-CP ngày 6/2/2017"; a notice only as
 * where something is said ("trong Thông báo số 60/TB-VPCP ngày ..."), not one checked or forged.
 */
const ISSUED_INSTRUMENT_BEFORE_RE = new RegExp(
  String.raw`(?<![a-zà-ỹ])(?:${alt(['nghị quyết', 'quyết định', 'nghị định', 'thông tư', 'chỉ thị'])}|(?:trong|tại)\s+thông báo)(?:\s+số)?\s+[\d\w/.-]*\d[\d\w/.-]*\s*,?\s*(?:ban hành\s+|ký\s+)?(?:vào\s+)?ngày\s*$`, '');

// "Theo đó, trong Thông báo số ..." (accordingly) names no basis.
const BASIS_BEFORE_RE = new RegExp(
  String.raw`(?<![a-zà-ỹ])(?:${alt(['thực hiện', 'thực thi', 'theo', 'căn cứ', 'quy định tại', 'hướng dẫn', 'áp dụng'])})(?![a-zà-ỹ])(?!\s+đó(?![a-zà-ỹ]))`, '');

/**
 * "Đó là mục tiêu được nêu tại Nghị quyết 19-2017/NQ-CP ngày 6/2/2017 ..." with no other date: the story is
 * the instrument, so its issue date is the event's. Only in the lead, with the year written, of the story's year.
 */
function instrumentInLead(ctx: ExtractContext, dates: DateMention[]): DateMention | null {
  // (half the texts write no date: their lead's end is never needed)
  if (dates.length === 0) return null;
  const end = leadEnd(ctx);
  for (const d of dates) {
    if (d.span[0] >= end) break;
    if (d.span[0] < ctx.bodyStart || d.yearImplied || d.value.startsWith('XXXX') || !cuesOf.get(d)?.legalText) continue;
    // The span may hold its day word ("ngày 6/2/2017"): look before the number itself.
    const digitAt = d.span[0] + ctx.folded.slice(d.span[0], d.span[1]).search(/\d/);
    const before = ctx.folded.slice(Math.max(ctx.bodyStart, digitAt - 60), digitAt);
    if (!ISSUED_INSTRUMENT_BEFORE_RE.test(before) || fromAnotherYear(ctx, dates, d)) continue;
    // "tiếp tục thực hiện Chỉ thị số 11-CT/TW ngày ...", "được thực thi theo Thông tư ...": a basis, not the story.
    const clause = ctx.folded.slice(Math.max(ctx.bodyStart, sentenceOf(ctx, d.span[0])[0]), digitAt);
    return BASIS_BEFORE_RE.test(clause) ? null : d;
  }
  return null;
}

/** "Bộ Tài chính vừa ban hành Thông tư ...", "vừa ký Quyết định ..." (not "đăng ký", "thư ký"). */
const ISSUED_IN_LEAD_RE = /(?<![a-zà-ỹ])(?:ban hành|(?<!(?:đăng|thư)\s)ký)(?![a-zà-ỹ])/;
/** "Quyết định có hiệu lực thi hành từ 15/8/2017.", "Thông tư này có hiệu lực ...": a sentence whose subject is the document. */
const DOCUMENT_SUBJECT_RE = new RegExp(String.raw`^\s*(?:${alt(['thông tư', 'quyết định', 'nghị định', 'nghị quyết', 'chỉ thị', 'quy định', 'quy chế'])})(?![a-zà-ỹ])[^,;:]*$`, '');
/**
 * "Thông tư 31 của Bộ Xây dựng quy định về phân hạng nhà chung cư có hiệu lực từ ngày 15-2." with no other date the
 * lead rule takes: the story is the new rule, and the day it takes effect is its announced event. Only in the lead or in
 * a sentence whose subject is the document ("Quyết định có hiệu lực thi hành từ 15/8/2017."), not a rule of an earlier
 * year cited as background ("Luật BHXH năm 2014 có hiệu lực thi hành từ ngày 1/1/2016").
 */
function documentTakingEffect(ctx: ExtractContext, dates: DateMention[]): DateMention | null {
  // Only when the headline or the lead tells the document issued or signed: a rule cited in a feature ("Nghị định 155/2016
  // ... có hiệu lực từ ngày 1-2" over "Tìm đủ cách dẹp nạn xả rác") is its background.
  // Cheap test first: most texts write no day after "hiệu lực".
  for (const d of dates) {
    if (d.span[0] < ctx.bodyStart || !takesEffect(ctx, d) || fromAnotherYear(ctx, dates, d)) continue;
    const sStart = sentenceOf(ctx, d.span[0])[0];
    if (d.span[0] >= leadEnd(ctx) && !DOCUMENT_SUBJECT_RE.test(ctx.folded.slice(sStart, d.span[0]))) continue;
    return ISSUED_IN_LEAD_RE.test(ctx.folded.slice(0, leadEnd(ctx))) ? d : null;
  }
  return null;
}

/** "công văn do Thứ trưởng ... ký ngày 14/9", "văn bản gửi ngày 5/6": a letter signed or sent, not a law. */
const LETTER_SIGNED_BEFORE_RE = new RegExp(
  String.raw`(?<![a-zà-ỹ])(?:${alt(['văn bản', 'công văn', 'công điện', 'thư'])})(?:\s+số\s+\S+)?(?:\s+(?:do|của)\s+[^,.;:]{1,60}?)?` +
    String.raw`\s+(?:${alt(['ký', 'gửi'])})(?:\s+(?:${alt(['vào', 'ngày', 'hôm'])}))*\s*$`, '');

/**
 * "Theo báo X, công văn do Thứ trưởng ... ký ngày 14/9 nêu: ..." with no other date the lead rule takes (a photo's
 * day at most): a letter sent is the act the story reports, unlike a law, so its day is the event's.
 */
function letterSignedInLead(ctx: ExtractContext, dates: DateMention[]): DateMention | null {
  if (dates.length === 0) return null;
  const end = leadEnd(ctx);
  for (const d of dates) {
    if (d.span[0] >= end) break;
    if (d.span[0] < ctx.bodyStart || !cuesOf.get(d)?.legalText) continue;
    const digitAt = d.span[0] + ctx.folded.slice(d.span[0], d.span[1]).search(/\d/);
    const before = ctx.folded.slice(Math.max(ctx.bodyStart, digitAt - 100), digitAt);
    // Cheap word test first: most legal dates follow no signing verb.
    if (!before.includes('ký') && !before.includes('gửi')) continue;
    if (!LETTER_SIGNED_BEFORE_RE.test(before) || fromAnotherYear(ctx, dates, d)) continue;
    const clause = ctx.folded.slice(Math.max(ctx.bodyStart, sentenceOf(ctx, d.span[0])[0]), digitAt);
    return BASIS_BEFORE_RE.test(clause.replace(/^\s*theo\s+[^,]*,/, '')) ? null : d;
  }
  return null;
}

const ISSUED_DOCUMENT_WORDS = ISSUED_DOCUMENT_KINDS.flat();
/**
 * "X vừa có Công văn số 23/TB ...", "X vừa ban hành quyết định ...", "Mới đây, Cục CSGT (C67) có văn bản số ...": the
 * body tells a document just issued. Group 1 is the document's word. Not "vừa có ý kiến", nor a document only cited.
 */
const JUST_ISSUED_RE = new RegExp(
  String.raw`(?<![a-zà-ỹ])(?:vừa|mới đây\s*,[^.;:!?\n]{0,80}?)\s+(?:${alt(ISSUING_VERBS)})\s+(${alt(ISSUED_DOCUMENT_WORDS)})(?![a-zà-ỹ])`, '');
/** A document's own date: "Công văn số 23/TB ngày ", "văn bản số 2916/C67-P9, ngày ", "Văn bản số 3861/NHNN-PC của NHNN ngày ". */
const DOCUMENT_DATE_BEFORE_RE = new RegExp(
  String.raw`(?<![a-zà-ỹ])(${alt(ISSUED_DOCUMENT_WORDS)})(?:\s+số)?\s+[\d\w/.&-]*\d[\d\w/.&-]*\s*,?\s*(?:(?:của|do)\s+[^,.;:()]{1,60}?\s*,?\s*)?(?:ban hành\s+|ký\s+)?(?:vào\s+)?ngày\s*$`, '');
/** "Trước việc Cục ... vừa có văn bản", "Sau khi Bộ ... ban hành": the document in a clause the story's act answers. */
const SUBORDINATE_BEFORE_RE = /(?<![a-zà-ỹ])(?:việc|khi)(?![a-zà-ỹ])/;
const ISSUING_TAIL_RE = new RegExp(String.raw`(?:\s+vừa)?\s+(?:${alt(ISSUING_VERBS)})\s+(?:${alt(ISSUED_DOCUMENT_WORDS)})$`, '');
/** How far into the body the just-issued document is told. */
const JUST_ISSUED_REACH = 800;
const FOLDED_DOCUMENT_KINDS = ISSUED_DOCUMENT_KINDS.map((kind) => kind.map(foldForMatch));
const documentKind = (word: string) => {
  const w = word.replace(/\s+/g, ' ');
  return FOLDED_DOCUMENT_KINDS.findIndex((kind) => kind.includes(w));
};

/**
 * "Cơ quan CSĐT ... vừa có Công văn số 23/TB ngày 10/1/2017 hồi đáp đơn ... hủy hoại tài sản ... vào ngày 4/7/2016", or
 * "Ngân hàng Nhà nước vừa có văn bản yêu cầu ..." told on as "Văn bản số 3861/NHNN-PC của Ngân hàng Nhà nước ngày
 * 24-5-2017 nêu rõ": the document just issued is the story's act, so its own date, written with its number, is the
 * event's, over the earlier days that the document answers. Only a document of the story's year, one of the same kind,
 * written at or after the body tells it issued, with no story date before it, and not one cited as a basis.
 */
function justIssuedDocument(ctx: ExtractContext, dates: DateMention[]): DateMention | null {
  // Cheap word tests first: most bodies tell no document just issued.
  const near = ctx.folded.slice(ctx.bodyStart, ctx.bodyStart + JUST_ISSUED_REACH);
  if (!near.includes('vừa') && !near.includes('mới đây')) return null;
  const issued = JUST_ISSUED_RE.exec(near);
  if (!issued) return null;
  const kind = documentKind(issued[1]);
  const from = ctx.bodyStart + issued.index;
  const [sStart, sEnd] = sentenceOf(ctx, from);
  // The subject, up to "vừa" or the issuing verb: "Liên quan đến ..., mới đây, Sở TTTT tỉnh Ninh Bình".
  // "Trước việc Cục CSGT vừa có văn bản số ... , hàng trăm doanh nghiệp ... đang nháo nhào": a document told in a
  // subordinate clause is what the story's act answers, not the act.
  const subject = ctx.folded.slice(sStart, from + issued[0].length).replace(ISSUING_TAIL_RE, '');
  if (SUBORDINATE_BEFORE_RE.test(subject.slice(subject.lastIndexOf(',') + 1))) return null;
  // The issuer's last two words ("... Ngân hàng Nhà nước Việt Nam vừa có văn bản"): a document told on past the sentence
  // must name it ("Văn bản số 3861/NHNN-PC của Ngân hàng Nhà nước Việt Nam ngày ..."), not be another body's cited one.
  const issuer = subject.replace(/[^a-zà-ỹ\d\s]/g, ' ').trim().split(/\s+/).slice(-2);
  for (const d of dates) {
    if (d.span[0] < ctx.bodyStart) continue;
    const cues = cuesOf.get(d);
    if (!cues || cues.holiday) continue;
    if (d.span[0] < from) {
      if (datesStoryEvent(cues)) return null;
      continue;
    }
    const digitAt = d.span[0] + ctx.folded.slice(d.span[0], d.span[1]).search(/\d/);
    const before = ctx.folded.slice(Math.max(ctx.bodyStart, digitAt - 120), digitAt);
    const own = DOCUMENT_DATE_BEFORE_RE.exec(before);
    if (!own || documentKind(own[1]) !== kind) {
      // A story date before the document's own: the document is not what the story dates.
      if (datesStoryEvent(cues)) return null;
      continue;
    }
    if (d.yearImplied || d.value.startsWith('XXXX') || fromAnotherYear(ctx, dates, d)) continue;
    if (d.span[0] >= sEnd && !(issuer.length === 2 && issuer.every((w) => own[0].includes(w)))) continue;
    // "theo đúng quy định tại ... Công văn số 3851 ngày ...": a document cited as a basis.
    const clause = ctx.folded.slice(Math.max(ctx.bodyStart, sentenceOf(ctx, d.span[0])[0]), digitAt);
    if (BASIS_BEFORE_RE.test(clause.slice(Math.max(0, clause.length - 120)))) continue;
    return d;
  }
  return null;
}

/** A clause opened by a month alone: "Cụ thể, trong những ngày đầu tháng 4/2017, Vietlott nhận được ...". */
const MONTH_CLAUSE_RE =
  /(?:^|[,.;:\n])\s*(?:[a-zà-ỹ]+\s+){0,4}tháng\s+(\d{1,2})(?:\s*[/.-]\s*(?:19|20)\d\d|\s+năm\s+(?:19|20)\d\d)?\s*,/g;
/** How far into the body the month-only clause of the main event is looked for. */
const LEAD_MONTH_REACH = 700;

/**
 * The main event dated by month only, then "Trong cuộc họp ngày 10/3/2017, ..." of an earlier month: that
 * date is what led up to the event, which itself has no day (null).
 */
function beforeLeadMonth(ctx: ExtractContext, chosen: DateMention): boolean {
  const upTo = Math.min(chosen.span[0], ctx.bodyStart + LEAD_MONTH_REACH);
  const body = ctx.folded.slice(ctx.bodyStart, upTo);
  if (!body.includes('tháng')) return false;
  const month = Number(chosen.value.slice(5, 7));
  MONTH_CLAUSE_RE.lastIndex = 0;
  // "Đầu tháng 06.2014, ..." opening the lead, then "ngày 11.06.2014" paragraphs on: an episode of a month-dated story.
  for (const m of body.matchAll(MONTH_CLAUSE_RE)) {
    const leadMonth = Number(m[1]);
    if (month < leadMonth && leadMonth - month <= 2) return true;
    if (month === leadMonth && chosen.span[0] >= leadEnd(ctx) && ctx.bodyStart + m.index! < leadEnd(ctx)) return true;
  }
  return false;
}

/** "vừa đề nghị", "mới đây": just done; not "vừa bi vừa hài" (both ... and), "vừa phải", "vừa đủ". */
const JUST_NOW_RE = /(?<![a-zà-ỹ])(?:vừa(?![a-zà-ỹ])(?!\s+(?:phải|đủ|vặn|ý)(?![a-zà-ỹ]))(?!(?:\s+[a-zà-ỹ]+){1,3}\s+vừa(?![a-zà-ỹ]))|mới đây(?![a-zà-ỹ]))/;
/** "vừa nhận được phản ánh", "vừa tiếp nhận đơn tố cáo": a complaint or a report just received. */
const JUST_RECEIVED_RE = /(?<![a-zà-ỹ])vừa\s+(?:nhận được|tiếp nhận|nhận)\s+(?:(?:được|nhiều|một|các)\s+)?(?:phản ánh|đơn|thư|tin báo|khiếu nại|tố cáo)(?![a-zà-ỹ])/;
/** The body before the date tells its news as just done ("vừa đề nghị"), with no date of its own. */
function justNowBefore(ctx: ExtractContext, dates: DateMention[], chosen: DateMention): boolean {
  const lead = ctx.folded.slice(ctx.bodyStart, chosen.span[0]);
  if (!lead.includes('vừa') || !JUST_NOW_RE.test(lead)) return false;
  // "Báo Đấu thầu vừa nhận được phản ánh của nhà thầu ... Nhà thầu phản ánh cho biết, sáng 25/5/2017, ...": the news just
  // received is a complaint, and the day it tells is the incident complained of, the story's event.
  if (lead.includes('nhận') && JUST_RECEIVED_RE.test(lead)) return false;
  const earlier = dates.filter((d) => d.span[0] >= ctx.bodyStart && d.span[0] < chosen.span[0]);
  if (earlier.length === 0) return true;
  // Only background before it ("Trước đó, ngày 31/12/2015, ..."): the text recounts a record, and the day is one more
  // step of it, unless told as planned ("Lễ trao giải sẽ được tổ chức vào ngày 16/11/2017"): an announced event's own day.
  if (!earlier.every((d) => cuesOf.get(d)?.background)) return false;
  const [start, end] = sentenceOf(ctx, chosen.span[0]);
  return !WILL_RE.test(ctx.folded.slice(start, end));
}

/**
 * "đợi đến 1/1/2018", "chưa mở cửa cho đến ngày 27/5", "nợ xấu đến 30/9/2012 là 17,21%": when a wait, a term or a tally
 * ends, not an occurrence; as the first body date past an undated lead, it leaves the story undated.
 */
const UNTIL_DAY_BEFORE_RE = /(?<![a-zà-ỹ])(?<!xảy\s)(?:đến|tới)(?:\s+(?:hết|ngày))*\s*$/;
/** "Đến ngày 6/2, lãi suất ... tiếp tục giảm", "nhưng đến ngày 8-2, chị Ph. đến công an báo": "by that day" opens an act. */
const UNTIL_OPENING_RE = /(?:^|[.,;:!?\n]|(?<![a-zà-ỹ])(?:nhưng|mà|thì|rồi))\s*(?:đến|tới)(?:\s+(?:hết|ngày))*\s*$/;
/** How far into the body an as-of report may date the story. */
const AS_OF_REPORT_REACH = 700;
function untilPastUndatedLead(ctx: ExtractContext, dates: DateMention[], chosen: DateMention): boolean {
  const before = ctx.folded.slice(Math.max(0, chosen.span[0] - 24), chosen.span[0]);
  // Cheap word test first; "Sự cố xảy đến ngày 15/4" (befell) is the incident's own day.
  if ((!before.includes('đến') && !before.includes('tới')) || !UNTIL_DAY_BEFORE_RE.test(before) || UNTIL_OPENING_RE.test(before)) return false;
  // "đến hôm nay (5/7) thì ...", "Đến sáng 8/2": a part of a day times an act, not a term's end.
  if (DAY_PART_RE.test(ctx.folded.slice(chosen.span[0], chosen.span[1]))) return false;
  // "Tính đến ngày 11/5, tỷ giá USD/VND ... ở mức 22.685 đồng" near the body's start: an as-of report opening its clause
  // dates how things stand (one deep in a feature does not date the feature).
  const digitAt = chosen.span[0] + ctx.folded.slice(chosen.span[0], chosen.span[1]).search(/\d/);
  if (chosen.span[0] - ctx.bodyStart <= AS_OF_REPORT_REACH && asOfOpening(ctx.folded, sentenceOf(ctx, chosen.span[0])[0], digitAt)) return false;
  return !dates.some((d) => d.span[0] >= ctx.bodyStart && d.span[0] < chosen.span[0]);
}

/** How far past the lead a day written with its own year is no longer the news's own. */
const DEEP_RECORD_REACH = 800;
/**
 * "Thời điểm góp vốn đều là ngày 15/11/2014.", "Dự kiến phim sẽ ra rạp vào ngày 13/12/2017.", "Đến 13.12.2003, Saddam
 * ... bị bắt": a day written with its own year far past an undated lead recounts a record, a term or a plan of a feature;
 * the press writes the news's own day without its year. "xảy ra vào ngày 5/1/2017" and "chiều nay 7/2/2017" stay.
 */
function deepRecordDay(ctx: ExtractContext, chosen: DateMention): boolean {
  return !chosen.yearImplied && !chosen.value.startsWith('XXXX') && chosen.span[0] - leadEnd(ctx) > DEEP_RECORD_REACH
    && !TODAY_IN_RE.test(chosen.text) && !toldAsHappening(ctx, chosen);
}

/** "đến 22/8/2021", "dự kiến hoàn thành 30/6/2018": a deadline or a plan, not a later event. */
const AHEAD_CUE_BEFORE_RE = /(?<![a-zà-ỹ])(?:đến|tới|trước|hạn)(?:\s+(?:hết|ngày))*\s*$/;

/**
 * "Tính đến ngày 03/7/2017 đã xuất được 32.891 tấn": an as-of count opening its clause tells its day as reached, not
 * ahead (a term's "thời gian thu phí tính đến 16/9/2037" runs on from a noun).
 */
const AS_OF_CLAUSE_BEFORE_RE = /(?<![a-zà-ỹ])tính\s+(?:đến|tới)(?:\s+(?:hết|ngày))*\s*$/;
function asOfOpening(folded: string, sentenceStart: number, digitAt: number): boolean {
  const from = Math.max(sentenceStart, digitAt - 24);
  const before = folded.slice(from, digitAt);
  // Cheap word test first: most days have no "tính" before them.
  if (!before.includes('tính')) return false;
  const m = AS_OF_CLAUSE_BEFORE_RE.exec(before);
  if (!m) return false;
  const opening = before.slice(0, m.index);
  return /[,;:(]\s*$/.test(opening) || (from === sentenceStart && opening.trim() === '');
}

/** Whether the text tells, as having happened, a day of a later year than `chosen`'s written year. */
function laterYearTold(ctx: ExtractContext, dates: DateMention[], chosen: DateMention): boolean {
  if (chosen.yearImplied || chosen.value.startsWith('XXXX')) return false;
  const year = chosen.value.slice(0, 4);
  for (const d of dates) {
    if (d.yearImplied || d.value.startsWith('XXXX') || d.value.slice(0, 4) <= year) continue;
    const digitAt = d.span[0] + ctx.folded.slice(d.span[0], d.span[1]).search(/\d/);
    const [start, end] = sentenceAround(ctx.text, d.span[0]);
    if (AHEAD_CUE_BEFORE_RE.test(ctx.folded.slice(Math.max(0, digitAt - 16), digitAt)) && !asOfOpening(ctx.folded, start, digitAt)) continue;
    if (!WILL_RE.test(ctx.folded.slice(start, end))) return true;
  }
  return false;
}

/**
 * "Tối ngày 17/12/2016, Công an ... phục kích bắt giữ ... Chiều 6/4/2017, ngay sau khi vừa xuống máy bay, Hiếu đã bị
 * trinh sát tóm gọn": a chronicle past an undated lead recounts its earlier years, and the first day of its latest year
 * that opens a sentence with its own year is the step the story reports ("Từ ngày 22-23/6/2017, vụ án được đưa ra xét
 * xử lần hai") when it tells a catch or a trial. A day in the middle of a sentence is more often a record cited; none such leaves the story undated,
 * and so does a latest year before the story's own or a chronicle that runs over years (a feature's history, an
 * old case retold: "Tháng 11/2008, ... Ngày 2/6/2010, tòa án ... tuyên").
 */
function latestYearStep(ctx: ExtractContext, dates: DateMention[], chosen: DateMention): DateMention | null {
  let latest = '';
  for (const d of dates) {
    if (d.yearImplied || d.value.startsWith('XXXX') || d.value <= latest) continue;
    const [start, end] = sentenceAround(ctx.text, d.span[0]);
    if (!WILL_RE.test(ctx.folded.slice(start, end))) latest = d.value;
  }
  const year = latest.slice(0, 4);
  // Only the year after the first day's, and the story's own: a feature that recounts history ("Ngày 20/3/2003 Tổng thống George W. Bush ra lệnh tấn
  // công Iraq") or an old case ("Ngày 27/6/2013, Mỹ Xuân bị tuyên án") tells no dated news.
  if (!year || Number(year) - Number(chosen.value.slice(0, 4)) !== 1 || Number(year) < storyYearOf(ctx)) return null;
  for (const d of dates) {
    if (d.span[0] <= chosen.span[0] || d.yearImplied || !d.value.startsWith(year)) continue;
    const cues = cuesOf.get(d);
    if (!cues || !cues.sentenceInitial || cues.holiday || cues.legalText || cues.background || cues.caption) continue;
    const [start, end] = sentenceAround(ctx.text, d.span[0]);
    const sentence = ctx.folded.slice(start, end);
    if (WILL_RE.test(sentence)) continue;
    // Only a catch or a trial closes a chronicle: a decision, an inspection or an apology of the year is one more record.
    return ARREST_RE.test(sentence) || CHRONICLE_TRIAL_RE.test(sentence) ? d : null;
  }
  return null;
}
const CHRONICLE_TRIAL_RE = new RegExp(String.raw`(?<![a-zà-ỹ])(?:${alt(CHRONICLE_TRIAL_WORDS)})(?![a-zà-ỹ])`, '');

/**
 * Past an undated lead, "một clip vào buổi trưa 26/2/2015" in a story that writes "đầu tháng 5/2017": a day written with
 * a year before the story's recounts the background, not the story's own event.
 */
function ofEarlierYearThanStory(ctx: ExtractContext, chosen: DateMention): boolean {
  if (chosen.yearImplied || chosen.value.startsWith('XXXX')) return false;
  // A year just before may still be the story's own ("lập ngày 20/12/2016" in a story written in early 2017), and a
  // "năm" year may be a plan's ("từ năm 2019 trở đi", "chương trình ... năm 2019"): two years back from a date's or a
  // month's year ("tháng 5/2017"), three from a "năm" year.
  const year = Number(chosen.value.slice(0, 4));
  const written = yearsWrittenOf(ctx);
  return year <= written.dated - EARLIER_STORY_YEARS || year <= written.any - EARLIER_STORY_YEARS - 1;
}
const EARLIER_STORY_YEARS = 2;
/** As storyYearOf without spans of years ("nhiệm kỳ 2017-2021", ahead of the story): of dates and months, and of any. */
const yearsWrittenOf = perDocument((ctx): { dated: number; any: number } => {
  if (ctx.publishedAt) return { dated: Number(ctx.publishedAt.slice(0, 4)), any: Number(ctx.publishedAt.slice(0, 4)) };
  return {
    dated: latestYearFrom(ctx.folded, '20', true, true) || latestYearFrom(ctx.folded, '19', true, true),
    any: latestYearFrom(ctx.folded, '20', true) || latestYearFrom(ctx.folded, '19', true),
  };
});

/** A year written after "năm" or in a full date: what the latest of them is tells the story's own time. */
// A target ("đến năm 2030", "định hướng năm 2035", "vào năm 2035", "năm 2020 và năm 2030") or a span's end
// ("2016 - 2020") is ahead of the story, not its time.
const TARGET_BEFORE_RE = /(?<![a-zà-ỹ])(?:đến|đên|tới|trước|nhìn|hướng|hết|sau|vào|và)\s(?:(?:ngày|tháng)\s)?$/;
const SPAN_END_AFTER_RE = /^\s*[-–]\s*\d/;
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isDateMark = (c: string | undefined) => c === '/' || c === '.' || c === '-';
/** How many years before the story's a day must be to be history (a 2017 feature recalling 17.7.1913). */
const HISTORY_YEARS = 10;

/** The latest year of the century `prefix` ("20", "19") written after "năm" or closing a date, found by native search. */
function latestYearFrom(folded: string, prefix: string, noSpans = false, datesOnly = false): number {
  let latest = 0;
  for (let at = folded.indexOf(prefix); at >= 0; at = folded.indexOf(prefix, at + 2)) {
    if (!isDigit(folded[at + 2]) || !isDigit(folded[at + 3]) || isDigit(folded[at + 4]) || isDigit(folded[at - 1])) continue;
    const year = Number(folded.slice(at, at + 4));
    if (year <= latest) continue;
    let from = at;
    if (isDateMark(folded[at - 1]) && isDigit(folded[at - 2])) {
      // "d/m/yyyy" or "m/yyyy": back to the date's first digit; "16/9/2037" is one date, not "6/" and "9/".
      from -= 1;
      while (from > 0 && (isDigit(folded[from - 1]) || isDateMark(folded[from - 1]))) from--;
      // "nhiệm kỳ 2017-2021", "giai đoạn 2017-2020": a span of years ends ahead of the story, it is no date.
      if (noSpans && at - from === 5 && isDigit(folded[from + 1]) && isDigit(folded[from + 2])) continue;
    } else if (!datesOnly && folded.startsWith('năm', at - 4) && folded[at - 1] === ' ') from -= 4;
    else continue;
    if (SPAN_END_AFTER_RE.test(folded.slice(at + 4, at + 8))) continue;
    if (TARGET_BEFORE_RE.test(folded.slice(Math.max(0, from - 16), from))) continue;
    latest = year;
  }
  return latest;
}
/** The story's year: publishedAt's, else the latest year written after "năm" or in a date (targets aside). */
const storyYearOf = perDocument((ctx): number => {
  if (ctx.publishedAt) return Number(ctx.publishedAt.slice(0, 4));
  // Any year of this century is later than every year of the last.
  return latestYearFrom(ctx.folded, '20') || latestYearFrom(ctx.folded, '19');
});
/** A day written with a year long before the story's: the story recalls it, it is not the story's event. */
function isHistory(ctx: ExtractContext, d: DateMention): boolean {
  // An implied year is publishedAt's (never history) or the sentence's one year: that says nothing of the day itself.
  if (d.yearImplied || d.value.startsWith('XXXX')) return false;
  return Number(d.value.slice(0, 4)) <= storyYearOf(ctx) - HISTORY_YEARS;
}

/** "Sau khi báo đăng, ngày 10-7-2017, ...", "Ngay sau khi bài viết được đăng tải, ngày 9/12": what the press piece brought about. */
const AFTER_PRESS_RE =
  /(?<![a-zà-ỹ])sau khi\s+(?:báo|bài báo|bài viết|báo chí)(?![a-zà-ỹ])[^.;]{0,40}?(?:đăng|phản ánh|nêu|thông tin)[^.;]*$/;
/**
 * "Báo X số ra ngày 18-6-2017 đăng bài ... Sau khi báo đăng, ngày 10-7-2017, UBND tỉnh đã có công văn ...": a
 * follow-up of a press piece; the response it brought about is the story's event, not the piece's date.
 */
function responseToPress(ctx: ExtractContext, dates: DateMention[], picked: DateMention, at: number): DateMention | null {
  for (let i = at + 1; i < dates.length; i++) {
    const d = dates[i];
    if (d.span[0] - picked.span[1] > REPORTED_EVENT_WINDOW) return null;
    const cues = cuesOf.get(d)!;
    if (!datesStoryEvent(cues)) continue;
    const sStart = sentenceAround(ctx.text, d.span[0])[0];
    const lead = ctx.folded.slice(sStart, d.span[0]);
    if (lead.includes('sau khi') && AFTER_PRESS_RE.test(lead)) return d;
  }
  return null;
}

/** "chiều nay (10.2)", "hôm nay (6-2)": the day the story is told in, glossed. */
/** "Trao đổi với phóng viên Dân Việt chiều nay (10.2)", "trả lời báo chí sáng nay (6/2)". */
const PRESS_TALK_BEFORE_RE = /(?<![a-zà-ỹ])(?:trao đổi|trả lời|chia sẻ|nói)\s+với\s+(?:phóng viên|pv|báo|báo chí)(?![a-zà-ỹ])|(?:trả lời|trao đổi)\s+(?:phóng viên|pv|báo chí)(?![a-zà-ỹ])/;
const TODAY_IN_RE = /(?<![\p{L}])nay(?![\p{L}])/iu;
const TODAY_CUE_RE = /(?<![a-zà-ỹ])nay\s*\(?\s*$/;
/**
 * No dated lead, and "... đơn gửi ngày 23.1 mới đây" past it, then "Trao đổi với phóng viên chiều nay (10.2)":
 * the story's own day is today's, glossed; the earlier day is what it looks back on.
 */
function todayLater(ctx: ExtractContext, dates: DateMention[], pickedAt: number): DateMention | null {
  for (let i = pickedAt + 1; i < dates.length; i++) {
    const d = dates[i];
    const cues = cuesOf.get(d)!;
    if (!datesStoryEvent(cues)) continue;
    if (!d.text.includes('nay') && !d.text.includes('Nay')) continue;
    const folded = ctx.folded.slice(d.span[0], d.span[1]);
    const digit = folded.search(/\d/);
    if (digit <= 3 || !folded.includes('nay') || !TODAY_CUE_RE.test(folded.slice(0, digit))) continue;
    // Only a word given to the press today; "đến sáng nay (6.2) ..." updates, and "hôm nay (8/2) ... sẽ" forecasts.
    const sStart = sentenceAround(ctx.text, d.span[0])[0];
    if (PRESS_TALK_BEFORE_RE.test(ctx.folded.slice(Math.max(sStart, d.span[0] - 60), d.span[0]))) return d;
  }
  return null;
}

/** "Chiều qua (7/2)", "sáng nay (8/2)", "hôm qua (6-2)": a relative day glossed with its date. */
const GLOSSED_RELATIVE_RE = /(?<![a-zà-ỹ])(?:nay|qua)\s*\(\s*$/;
/**
 * "Theo đó, Vòng loại ... sẽ được tổ chức từ ngày 17/3 đến 31/3 ..." then "Chiều qua (7/2), lãnh đạo VOV có buổi làm
 * việc ...": a first date told as planned gives way to the day the text glosses as yesterday or today, told as done:
 * that is when the story's news happened.
 */
function glossedDayOverPlan(ctx: ExtractContext, dates: DateMention[], picked: DateMention, at: number): DateMention | null {
  // A plan dated from today ("vào lúc 15h chiều nay (25/5)", "sáng mai (14/6)") is a preview's or a forecast's own news.
  if (RELATIVE_TAIL_RE.test(ctx.folded.slice(picked.span[0], picked.span[1]))) return null;
  const [sStart] = sentenceOf(ctx, picked.span[0]);
  if (!WILL_RE.test(ctx.folded.slice(sStart, picked.span[0]))) return null;
  for (let i = at + 1; i < dates.length; i++) {
    const d = dates[i];
    const cues = cuesOf.get(d)!;
    if (!datesStoryEvent(cues)) continue;
    const folded = ctx.folded.slice(d.span[0], d.span[1]);
    const digit = folded.search(/\d/);
    if (digit <= 3 || !GLOSSED_RELATIVE_RE.test(folded.slice(0, digit))) continue;
    const [dStart, dEnd] = sentenceAround(ctx.text, d.span[0]);
    if (WILL_RE.test(ctx.folded.slice(dStart, dEnd)) || AHEAD_AFTER_RE.test(ctx.folded.slice(d.span[1], d.span[1] + 8))) continue;
    // Only a day before the plan's: the news that announced it.
    const gap = (dayOfYear(picked) - dayOfYear(d) + 372) % 372;
    return gap >= 1 && gap <= ANNOUNCED_DAYS && !fromAnotherYear(ctx, dates, d) ? d : null;
  }
  return null;
}

/** A photo's day written with a year before the story's (publishedAt's, else the latest "năm"/date year it writes). */
function captionOfEarlierYear(ctx: ExtractContext, d: DateMention): boolean {
  if (d.yearImplied || d.value.startsWith('XXXX')) return false;
  return Number(d.value.slice(0, 4)) < storyYearOf(ctx);
}

/** A digest's words opening the headline line, a few more words, then its day: "Tin thể thao HOT ", "Điểm tin mới ngày ". */
const DIGEST_BEFORE_RE = new RegExp(String.raw`^\s*(?:${alt(DIGEST_HEADLINE_WORDS)})(?![a-zà-ỹ])[^:.!?\n]{0,40}$`, '');
/** "Tin vui từ 1/7: ...": a day that starts or ends something is that thing's, not the digest's. */
const DIGEST_NOT_DAY_RE = /(?<![a-zà-ỹ])(?:từ|đến|tới|trước|sau|dịp)\s*$/;
/** The day closes the digest's label: a colon, a dash or bar, or the line's end. */
const DIGEST_AFTER_RE = /^\s*\)?\s*(?::|[-–|]\s|\n|$)/;
/**
 * "Tin thế giới 23/5: Hàn Quốc bắn ...", "Điểm tin tối 28/06: Martial ...": a digest of several stories has no one main
 * event; its own day is the record's, whatever day its first item tells.
 */
function digestHeadline(ctx: ExtractContext, headline: DateMention): boolean {
  const lineStart = ctx.folded.lastIndexOf('\n', headline.span[0] - 1) + 1;
  const before = ctx.folded.slice(lineStart, headline.span[0]);
  return DIGEST_BEFORE_RE.test(before) && !DIGEST_NOT_DAY_RE.test(before)
    && DIGEST_AFTER_RE.test(ctx.folded.slice(headline.span[1], headline.span[1] + 4));
}

/** A day span's first and last day and month: "từ ngày 6 - 8/6", "từ 6 đến 8-6". */
const DAY_SPAN_PARTS_RE = /(\d{1,2})\s*(?:[-–]|và|đến|tới)\s*(?:hết\s+)?(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})/;
/**
 * "... thăm cấp Nhà nước tới Việt Nam từ ngày 6 - 8/6. Sáng 7/6, tại Phủ Chủ tịch, ...": a visit's or a meeting's span
 * frames the story, and a later day of it opening the very next sentence is the day the story tells.
 */
function dayWithinSpanNext(ctx: ExtractContext, dates: DateMention[], picked: DateMention, at: number): DateMention | null {
  const next = dates[at + 1];
  if (!next) return null;
  const span = DAY_SPAN_PARTS_RE.exec(picked.text);
  // "trong hai ngày 3 và 4/6, ... xảy ra ba vụ đuối nước": two days of a tally, told one by one; a visit runs "từ ... đến".
  if (!span || span[0].includes('và')) return null;
  const cues = cuesOf.get(next)!;
  if (!cues.sentenceInitial || cues.holiday || cues.legalText || cues.background || cues.caption) return null;
  const day = Number(next.value.slice(8, 10));
  if (next.value.slice(5, 7) !== picked.value.slice(5, 7) || day <= Number(span[1]) || day > Number(span[2])) return null;
  // The very next sentence: nothing but spaces between the span's sentence and the day's.
  const pickedEnd = sentenceOf(ctx, picked.span[0])[1];
  const nextStart = sentenceOf(ctx, next.span[0])[0];
  return nextStart >= pickedEnd && ctx.text.slice(pickedEnd, nextStart).trim() === '' ? next : null;
}

/**
 * "sẽ", "sắp", "dự kiến", "tới đây", "tối nay", "ngày mai": a headline or lead that tells what is ahead or today's
 * (a match preview: "trận giao hữu tối nay", "ở trận đấu tới đây").
 */
const AHEAD_WORD_RE = /(?<![a-zà-ỹ])(?:sẽ|sắp|dự kiến|chuẩn bị|tới đây|(?:hôm|sáng|trưa|chiều|tối|đêm) nay|(?:ngày|sáng|chiều|tối) mai)(?![a-zà-ỹ])/;
/**
 * "Trận chung kết ... sẽ diễn ra ... vào rạng sáng 24/5 tới", "tòa án sẽ đưa ra phán quyết vào ngày 30/6 tới" past a
 * lead that tells only what has happened: a later event named in passing, not the story's.
 */
function aheadPastLead(ctx: ExtractContext, headline: DateMention | null, chosen: DateMention): boolean {
  // "Ngày 4-3 công bố giải Fair-play": a headline's own day announces the event; "hôm nay (21/5)" is today's.
  if (headline || TODAY_IN_RE.test(chosen.text) || TODAY_CUE_RE.test(ctx.folded.slice(Math.max(0, chosen.span[0] - 8), chosen.span[0]))) return false;
  // A day marked as coming ("24/5 tới"), or one with no day word in a sentence of what will be ("Phim sẽ khởi chiếu tại
  // Việt Nam từ 26/5"). "sẽ" before a day word as often tells the story's own announced event ("Phiên sơ thẩm dự kiến
  // diễn ra vào ngày 30/6" under "Nhật Bản xét xử ...").
  if (!AHEAD_AFTER_RE.test(ctx.folded.slice(chosen.span[1], chosen.span[1] + 8))) {
    let [start, end] = sentenceOf(ctx, chosen.span[0]);
    if (cuesOf.get(chosen)!.strongCue) {
      if (!aheadInClauseUnderDoneLead(ctx, start, chosen)) return false;
    } else {
      // "“... sẽ hỗ trợ ...”, Bộ Quốc phòng Mỹ cho biết ...": what a closed quote says is ahead is not the date's.
      start = Math.max(start, ctx.text.lastIndexOf('”', chosen.span[0]));
      if (!WILL_RE.test(ctx.folded.slice(start, end))) return false;
    }
  }
  return !AHEAD_WORD_RE.test(ctx.folded.slice(0, leadEnd(ctx)));
}
/**
 * "Liên đoàn bóng đá Hàn Quốc vừa công bố danh sách ..." then "Theo kế hoạch, U22 Hàn Quốc sẽ hội quân ... ngày 8/7";
 * "Mới đây, Huyền My bất ngờ khoe những hình ảnh ..." then "Bộ sưu tập ... sẽ được trình diễn vào tối 15/7": under a lead
 * that tells a done act ("vừa", "mới đây") and no plan, a day word in a clause that itself says "sẽ" or "dự kiến" before
 * the day names a later act in passing (a squad meets, a phone goes on sale, a post is left, a singer flies home). Only the date's own clause: "..., theo AFP ngày 21/5 dẫn lời" after a
 * quote that says "sẽ" is a report's day.
 */
function aheadInClauseUnderDoneLead(ctx: ExtractContext, sentenceStart: number, chosen: DateMention): boolean {
  let clauseStart = 0;
  const before = ctx.folded.slice(sentenceStart, chosen.span[0]);
  for (const m of before.matchAll(CLAUSE_BREAK_RE)) clauseStart = m.index! + 1;
  const clause = before.slice(clauseStart);
  if (!(clause.includes('sẽ') || clause.includes('dự kiến')) || !WILL_RE.test(clause)) return false;
  // "Lễ trao giải sẽ được tổ chức ... vào ngày 16/11/2017" after "Ban tổ chức vừa phát động giải thưởng": an event to be
  // held is as often the one the story announces.
  if (clause.includes('tổ chức')) return false;
  // "Trong đợt Tết vừa qua, ..." (just past) times the lead; it tells no done act.
  const lead = ctx.folded.slice(ctx.bodyStart, leadEnd(ctx));
  return JUST_NOW_RE.test(lead.includes('vừa qua') ? lead.replace(JUST_PAST_RE, '') : lead);
}
const JUST_PAST_RE = /(?<![a-zà-ỹ])vừa\s+qua(?![a-zà-ỹ])/g;

/** "Đến chiều 31-5, ": a lead opened by the day a state is reported as of. */
const AS_OF_OPENING_RE = /^[\s\p{P}]*(?:tính\s+)?(?:đến|tới)\s*$/u;
const STILL_RE = /(?<![a-zà-ỹ])(?:vẫn|chưa)(?![a-zà-ỹ])/;
/** How many days before the as-of day the event that began the state may be. */
const STILL_SINCE_DAYS = 3;
/**
 * "Đến chiều 31-5, gần chục hộ dân ... vẫn thấp thỏm" then "... bắt đầu xuất hiện tình trạng nứt nhẹ vào sáng 30-5": a lead
 * telling how things still stand by a day reports an event of a day or so before, and the body dates it.
 */
function stillAsOfLead(ctx: ExtractContext, dates: DateMention[], picked: DateMention, at: number): DateMention | null {
  if (picked.span[0] >= leadEnd(ctx)) return null;
  const [sStart, sEnd] = sentenceOf(ctx, picked.span[0]);
  const opening = ctx.folded.slice(sStart, picked.span[0]);
  // Cheap word tests first: most leads open with no "đến".
  if (opening.length > 12 || !AS_OF_OPENING_RE.test(opening) || !STILL_RE.test(ctx.folded.slice(picked.span[1], sEnd))) return null;
  for (let i = at + 1; i < dates.length; i++) {
    const d = dates[i];
    if (d.span[0] - picked.span[1] > REPORTED_EVENT_WINDOW) return null;
    const cues = cuesOf.get(d)!;
    if (!datesStoryEvent(cues)) continue;
    const gap = (dayOfYear(picked) - dayOfYear(d) + 372) % 372;
    if (gap < 1 || gap > STILL_SINCE_DAYS || fromAnotherYear(ctx, dates, d)) continue;
    return d;
  }
  return null;
}

/** A headline that asks ("... bôi nhọ 'em bé Aleppo'?", "Bao giờ hết dựa người nổi tiếng?"): an analysis or opinion piece. */
const QUESTION_HEADLINE_RE = /\?\s*$/;
/** A clock time ending right before a day ("16h30 ", "21 giờ ", "8 giờ 30 phút "). */
const CLOCK_TIME_TAIL = String.raw`\d{1,2}\s*(?:h|giờ)\s*\d{0,2}(?:\s*phút)?\s*$`;
/** "..., khoảng 16h30 ngày 30.6, ...", "? 8h30 ngày 16/3, ...": a clock time opening the clause before its day. */
const CLOCK_OPENING_BEFORE_RE = new RegExp(String.raw`(?:^|[,.;:!?\n])\s*(?:[a-zà-ỹ]+\s+){0,2}` + CLOCK_TIME_TAIL, '');
/** "Trao đổi với Lao Động vào chiều 19.6, ông ...", "Trả lời báo chí ngày 29/6, ...": the paper's own talk with the speaker. */
const PRESS_TALK_OPENING_BEFORE_RE = /(?:^|[,.;:!?\n])\s*(?:khi\s+)?(?:trao đổi|trả lời|chia sẻ|nói chuyện)(?![a-zà-ỹ])[^,.;:!?\n]*$/;
/** "Trận chung kết ... diễn ra lúc 20h 11/6": the day of the event the piece previews. */
const TAKES_PLACE_BEFORE_RE = /(?<![a-zà-ỹ])diễn ra(?![a-zà-ỹ])[^,.;:!?\n]{0,24}$/;
/**
 * "Đón xem tập 5 ... được phát sóng lúc 21h ngày 9/7": a broadcast slot at a clock time is the airing the piece previews;
 * a broadcast cited without its hour ("cuộc phỏng vấn phát sóng ngày 28/5") is background.
 */
const BROADCAST_SLOT_BEFORE_RE = new RegExp(String.raw`(?<![a-zà-ỹ])(?:${alt(BROADCAST_WORDS)})(?![a-zà-ỹ])`
  + String.raw`[^,.;:!?\n]{0,16}` + CLOCK_TIME_TAIL, '');
/** A day-month as written ("3-6", "17.5", "7/6"), to find it again where the date reader took no date. */
const DAY_MONTH_TOKEN_RE = /(\d{1,2})\s*([-/.])\s*(\d{1,2})(?!.*\d{1,2}\s*[-/.]\s*\d)/;
/**
 * "... trong hai ngày thi 2 và 3-6 vừa qua" early on, "dự thi ... trong hai ngày 2 và 3-6 vừa qua" past the middle: the
 * piece wrote the day in its first half too (there in a shape read as no date), so the day is its topic's.
 */
function dayWrittenInFirstHalf(ctx: ExtractContext, chosen: DateMention): boolean {
  const m = DAY_MONTH_TOKEN_RE.exec(chosen.text);
  if (!m) return false;
  const token = new RegExp(String.raw`(?<!\d)${m[1]}\s*[${m[2]}]\s*${m[3]}(?!\d)`);
  return token.test(ctx.text.slice(ctx.bodyStart, ctx.text.length >> 1));
}
/** A day told as today's ("Sáng nay (8/6), lực lượng cứu nạn đã tìm thấy"): the piece reports today's news. */
function todayDated(ctx: ExtractContext, d: DateMention): boolean {
  return TODAY_IN_RE.test(d.text) || TODAY_CUE_RE.test(ctx.folded.slice(Math.max(0, d.span[0] - 12), d.span[0]));
}
/**
 * Under a question headline that dates nothing, with a lead that dates nothing, a day written inside a sentence past the
 * text's middle ("tên lửa mà Triều Tiên giới thiệu trong cuộc duyệt binh ngày 15.4", "Kênh CNN ngày 20/6 dẫn lời") is
 * background the piece draws on, not a dated main event. A day opening its clause ("Cuối cùng, ngày 4/6, cô chính thức
 * chia sẻ", "khoảng 16h30 ngày 30.6, ..."), the paper's talk with a speaker, today's day ("chiều nay (10.2)") and the day
 * a previewed event takes place ("diễn ra lúc 20h 11/6") as often tell the news the piece asks about: they stay.
 */
function backgroundOfQuestionPiece(ctx: ExtractContext, dates: DateMention[], chosen: DateMention): boolean {
  if (chosen.span[0] * 2 < ctx.text.length || !QUESTION_HEADLINE_RE.test(ctx.text.slice(0, ctx.bodyStart))) return false;
  const end = leadEnd(ctx);
  for (const d of dates) if (d.span[0] >= ctx.bodyStart && d.span[0] < end) return false;
  if (clauseOf(ctx, chosen).opening) return false;
  for (const d of dates) if (todayDated(ctx, d)) return false;
  const sStart = sentenceOf(ctx, chosen.span[0])[0];
  const before = ctx.folded.slice(Math.max(sStart, chosen.span[0] - 120), chosen.span[0]);
  return !CLOCK_OPENING_BEFORE_RE.test(before) && !PRESS_TALK_OPENING_BEFORE_RE.test(before)
    && !TAKES_PLACE_BEFORE_RE.test(before) && !BROADCAST_SLOT_BEFORE_RE.test(before) && !dayWrittenInFirstHalf(ctx, chosen);
}

/**
 * "Bầu Đức tin lứa Công Phượng vô địch SEA Games, U22 Indonesia sợ Việt Nam là những thông tin chính bóng đá Việt 9/7.":
 * past the lead, a video digest's blurb embedded in the story dates the digest, not the story's event (a digest
 * story itself tells it in its headline or lead).
 */
const DIGEST_BLURB_BEFORE_RE = new RegExp(
  String.raw`(?<![a-zà-ỹ])là\s+(?:những|các)\s+(?:${alt(['thông tin', 'tin tức', 'tin'])})\s+(?:${alt(['chính', 'nổi bật', 'đáng chú ý', 'hot'])})(?![a-zà-ỹ])[^.;!?]{0,60}$`, '');
function digestBlurbPastLead(ctx: ExtractContext, d: DateMention): boolean {
  if (d.span[0] < leadEnd(ctx)) return false;
  const before = ctx.folded.slice(Math.max(0, d.span[0] - 90), d.span[0]);
  return before.includes('là ') && DIGEST_BLURB_BEFORE_RE.test(before);
}

function pickEventMention(ctx: ExtractContext, dates: DateMention[]): DateMention | null {
  let firstPlain: DateMention | null = null;
  let headline: DateMention | null = null;
  let picked: DateMention | null = null;
  let pickedAt = -1;
  let historySeen = false;
  let preparedAt = -1;
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i];
    const cues = cuesOf.get(d);
    if (d.span[0] < ctx.bodyStart) {
      if (!headline && !cues?.holiday && !cues?.background) headline = d;
      continue;
    }
    // The preparing act is dated right after the day prepared for ("... chuẩn bị cho trận mở màn ... ngày 22/5. Đúng
    // 14h30 ngày 20/5, ..."), or not at all: a day far on is another step of the build-up (a later match, a training).
    if (preparedAt >= 0 && d.span[0] - preparedAt > PREPARED_ACT_REACH) {
      // Nor is a weakly cued day between (a file photo's caption, "trong chuyến thăm ... từ ngày 16 – 17/01/2017. Ảnh: ...").
      if (firstPlain && firstPlain.span[0] > preparedAt) firstPlain = null;
      break;
    }
    if (cues?.preparedFor && preparedAt < 0) preparedAt = d.span[0];
    if (!cues || cues.holiday || cues.legalText) continue;
    if (cues.birthday && isHistory(ctx, d)) historySeen = true;
    if (cues.background || (cues.investigation && headlineFacts(ctx).arrest)) continue;
    // Once a text recalls history, a later day written with its own year is one more step of the chronicle;
    // only a day told without a year ("Ngày 27/1, ...", "6-7/2 vừa qua") is news again.
    if (isHistory(ctx, d)) { historySeen = true; continue; }
    if (digestBlurbPastLead(ctx, d)) continue;
    if (historySeen && !d.yearImplied && !d.value.startsWith('XXXX')) continue;
    if (cues.strongCue && !cues.caption && !(openingCaption(ctx, d) && laterStoryDay(ctx, dates, d, i))) { picked = d; pickedAt = i; break; }
    // "Edward Snowden ngày 9/10/2013. Ảnh: AFP": a file photo's own year, not the story's, dates no event of it.
    if (cues.caption && captionOfEarlierYear(ctx, d)) continue;
    firstPlain ??= d;
  }
  if (headline && digestHeadline(ctx, headline)) return headline;
  const issued = justIssuedDocument(ctx, dates);
  if (issued) return issued;
  if (picked) {
    const day = dayWithinSpanNext(ctx, dates, picked, pickedAt);
    if (day) return day;
  }
  if (picked) {
    const shown = incidentOfSurfacedClip(ctx, dates, picked, pickedAt) ?? incidentBehindUpdate(ctx, dates, picked, pickedAt);
    if (shown) return shown;
  }
  // A wire's own dated report reads like a medium's, but a day "vừa qua" past it is its background ("Hôm 8/5 vừa qua, ...").
  const wire = picked !== null && !isReportDate(ctx, picked) && wireReportDate(ctx, picked);
  if (picked && (wire || isReportDate(ctx, picked))) {
    const response = responseToPress(ctx, dates, picked, pickedAt);
    if (response) return response;
    for (let i = pickedAt + 1; i < dates.length; i++) {
      const d = dates[i];
      if (d.span[0] - picked.span[0] > REPORTED_INCIDENT_WINDOW) break;
      const cues = cuesOf.get(d)!;
      if (!cues.strongCue || cues.holiday || cues.legalText || cues.background) continue;
      if (!wire && isRecentPast(ctx, d) && shortlyBefore(d, picked) && opensClause(ctx, d)) return d;
      // "Theo Jane's ngày 10/3, ... diễn ra từ ngày 1/3": an earlier day told after the report is what it reports.
      const gap = (dayOfYear(picked) - dayOfYear(d) + 372) % 372;
      if (gap < 1 || gap > REPORTED_DAYS || cues.caption || fromAnotherYear(ctx, dates, d)) continue;
      // Only a day told as taking place ("diễn ra từ ngày 1/3") or a span of days ("trong hai ngày 11 và 12-8"):
      // other earlier days are the report's background.
      // "Tờ Politico ngày 30/5 đưa tin, ông X xác nhận xin từ chức từ ngày 18/5": the report's own sentence tells its news.
      if (!toldAsHappening(ctx, d)
        && !DAY_SPAN_RE.test(ctx.folded.slice(d.span[0], d.span[1])) && d.span[0] >= sentenceOf(ctx, picked.span[0])[1]) continue;
      // "Ảnh: ứng viên tại Newcastle ngày 12/5": a photo's day, not what the report tells; "sẽ": a forecast.
      const [dStart, dEnd] = sentenceAround(ctx.text, d.span[0]);
      if (!CAPTION_LEAD_RE.test(ctx.folded.slice(dStart, d.span[0])) && !WILL_RE.test(ctx.folded.slice(dStart, dEnd))) return d;
    }
  }
  if (picked && picked.span[0] >= leadEnd(ctx)) {
    const today = todayLater(ctx, dates, pickedAt);
    if (today) return today;
  }
  if (picked) {
    const glossed = glossedDayOverPlan(ctx, dates, picked, pickedAt);
    if (glossed) return glossed;
  }
  if (picked) {
    const began = stillAsOfLead(ctx, dates, picked, pickedAt);
    if (began) return began;
  }
  if (picked) {
    const stated = eventInStatement(ctx, dates, picked, pickedAt);
    if (stated) return stated;
    const told = nearEarlierIncident(ctx, dates, picked, pickedAt) ?? incidentDayBeforeStatement(ctx, dates, picked, pickedAt)
      ?? incidentOpeningNextSentence(ctx, dates, picked, pickedAt);
    if (told) return told;
    const opener = laterLeadOpener(ctx, dates, picked, pickedAt) ?? reportOverAnnounced(ctx, dates, picked, pickedAt)
      ?? doneDayAfterPlannedLead(ctx, dates, picked, pickedAt);
    if (opener) return opener;
    const local = localDateBehind(ctx, dates, picked);
    if (local) return local;
  }
  if (picked && headline) {
    const announced = headlineDateInBody(ctx, dates, headline, picked, pickedAt);
    if (announced) return announced;
  }
  if (!picked) {
    const letter = letterSignedInLead(ctx, dates);
    if (letter) return letter;
  }
  if (!picked && !firstPlain && !headline) {
    const incident = incidentToldBeforeThat(ctx, dates) ?? instrumentInLead(ctx, dates) ?? documentTakingEffect(ctx, dates);
    if (incident) return incident;
  }
  const chosen = picked ?? firstPlain ?? headline;
  if (chosen && chosen.span[0] >= ctx.bodyStart && beforeLeadMonth(ctx, chosen)) return null;
  // Past the lead, a date of an earlier year than the text's latest ("Ngày 30-11-2015, công trình được cấp phép"
  // beside "ngày 15-4-2016") recounts a record, not the story's event.
  if (chosen && chosen.span[0] >= leadEnd(ctx) && laterYearTold(ctx, dates, chosen)) return latestYearStep(ctx, dates, chosen);
  if (chosen && chosen.span[0] >= leadEnd(ctx) && ofEarlierYearThanStory(ctx, chosen)) return null;
  if (chosen && chosen.span[0] >= leadEnd(ctx) && aheadPastLead(ctx, headline, chosen)) return null;
  // "Bộ ... vừa đề nghị ..." in an undated lead: the news is undated, and a day written with its year past the
  // lead ("thông xe từ ngày 2/9/2014") recounts a record.
  // "Vụ việc xảy ra trong ngày 5/1/2017": the incident's own day stays.
  // "Trận đấu ... sẽ diễn ra vào 18h chiều nay 7/2/2017": today's day is the story's, however its lead reads.
  if (chosen && chosen.span[0] >= leadEnd(ctx) && !chosen.yearImplied && !chosen.value.startsWith('XXXX') && !TODAY_IN_RE.test(chosen.text)
    && justNowBefore(ctx, dates, chosen)
    && !toldAsHappening(ctx, chosen)) return null;
  if (chosen && chosen.span[0] >= leadEnd(ctx) && untilPastUndatedLead(ctx, dates, chosen)) return null;
  if (chosen && deepRecordDay(ctx, chosen)) return null;
  if (chosen && !headline && chosen.span[0] >= leadEnd(ctx) && backgroundOfQuestionPiece(ctx, dates, chosen)) return null;
  if (chosen && chosen.span[0] >= ctx.bodyStart) {
    const end = leadEnd(ctx);
    // A headline date ("Điểm tin sáng 6/2") is what the lead's "sáng nay" means.
    // "Vụ việc xảy ra vào chiều 22/5": the incident's own date, whatever day the lead's statement was made.
    const occurred = !headline && OCCURRED_BEFORE_RE.test(ctx.folded.slice(Math.max(0, chosen.span[0] - 24), chosen.span[0]));
    const phrase = chosen.span[0] >= end && !occurred ? leadRelativePhrase(ctx, dates, end) : null;
    if (phrase) return headline ?? resolvedLater(ctx, dates, phrase, end) ?? weekOpening(ctx, dates, phrase) ?? firstFoundOfLead(ctx, chosen);
  }
  return chosen;
}
