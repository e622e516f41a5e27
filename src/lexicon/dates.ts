// Words around a date that tell what kind of date it is. All in matching form (lower-case, tone-folded).

/** Day parts and day words that make a bare number pair a date ("sáng 7/1", "hôm nay (6-2)"). */
export const DAY_WORDS = [
  'rạng sáng', 'sáng sớm', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'hôm', 'ngày', 'mùng', 'mồng',
  'thứ', 'chủ nhật',
];

/** Words that may follow a day word before the number ("tối nay (13.5)", "hôm thứ hai 9/5"). */
export const DAY_WORD_TAILS = [
  'nay', 'qua', 'mai', 'kia', 'hôm', 'ngày', 'trước', 'sau', 'cùng', 'thứ', 'hai', 'ba', 'tư', 'năm', 'sáu',
  'bảy', 'chủ nhật', 'mùng', 'mồng', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'sớm', 'muộn',
];

/** Weaker cues: enough for "d/m" and "d-m", not for "d.m" (decimals). */
export const WEAK_DATE_CUES = ['vào', 'từ', 'đến', 'tới', 'dịp', 'trước', 'sau', 'hạn', 'cuối', 'đầu', 'giữa', 'lúc', 'hết', 'kể từ'];

/** A number pair after these is an address, a document number, a ratio, a class or a knockout round ("vòng 1/8"), not a date. */
export const NOT_DATE_BEFORE = [
  'số', 'ngõ', 'ngách', 'hẻm', 'kiệt', 'nhà', 'đường', 'phố', 'quảng trường', 'công viên', 'cầu', 'sân vận động',
  'trường', 'chung cư', 'lô', 'phòng', 'căn hộ', 'tổ', 'khoản', 'điều', 'tỷ lệ', 'tỉ lệ', 'tỷ số', 'tỉ số',
  'khoảng', 'gần', 'hơn', 'chiếm', 'còn', 'bằng', 'lớp', 'phiên bản', 'biển số', 'mã', 'tỷ số là', 'thắng', 'thua',
  'hòa', 'nghị định', 'quyết định', 'thông tư', 'nghị quyết', 'chỉ thị', 'công văn', 'luật', 'kết luận', 'tuyến',
  'quốc lộ', 'tỉnh lộ', 'km', 'thương binh', 'hạng', 'vòng',
  // "có 6/10 môn thi", "có 4/5 chú lợn": a share of a count.
  'có',
  // Tennis stats: "Điểm Break 4/7"; a profile's win-loss box: "Thắng - Thua trong năm  21/9".
  'break', 'thắng - thua trong năm', 'thắng - thua sự nghiệp',
];

/** A number pair followed by these counts things ("3-5 đợt", "25.5 điểm"). */
export const NOT_DATE_AFTER = [
  'ngày', 'tháng', 'tuần', 'tuổi', 'người', 'lần', 'đợt', 'giờ', 'tiếng', 'phút', 'giây', 'km', 'kg', 'tấn', 'triệu',
  'tỷ', 'tỉ', 'nghìn', 'ngàn', 'điểm', 'bàn', 'trận', 'vòng', 'học sinh', 'hộ', 'số', 'dân số', 'diện tích',
  'tổng', 'trong số', 'lượng', 'thành viên', 'phiếu', 'đại biểu', 'cử tri', 'trường hợp', 'kinh phí', 'vốn',
  'thời gian', 'năm qua', 'm', 'cm', 'mm', 'ha', 'usd', 'đồng', 'độ', 'sao', 'chiếc', 'con', 'căn', 'cây', 'xe',
  // A player's profile box: "Thi đấu chuyên nghiệp  2013 16/5  Thắng - Thua trong năm".
  'thắng - thua',
];

/** Holidays: a date right after these names the holiday, not the reported event ("Quốc khánh ... 3/3"). */
export const HOLIDAY_CUES = [
  'quốc khánh', 'ngày quốc tế', 'quốc tế lao động', 'quốc tế phụ nữ', 'ngày phụ nữ', 'thiếu nhi', 'nhà giáo', 'thầy thuốc', 'giải phóng', 'thống nhất đất nước',
  'ngày chiến thắng', 'kỷ niệm', 'thành lập', 'ngày sinh', 'sinh nhật', 'ngày thương binh', 'thương binh liệt sĩ', 'thương binh - liệt sĩ', 'liệt sĩ', 'độc lập',
  'cách mạng tháng', 'tết', 'valentine', 'lễ tình nhân', 'giáng sinh', 'noel', 'giỗ tổ', 'vu lan', 'truyền thống',
  'dịp',
];

/** Dates tied to a legal text are its issue or effect date, background to the event. */
export const DOCUMENT_CUES = [
  'nghị định', 'quyết định', 'thông tư', 'nghị quyết', 'chỉ thị', 'công văn', 'văn bản', 'luật', 'hiệp định',
  'ban hành', 'ký', 'hiệu lực', 'công điện', 'tờ trình', 'kết luận', 'thông báo số', 'kế hoạch số', 'bản án',
  // "Theo biên bản kiểm tra ngày 25/5 của Đội thanh tra": the minutes cited, not the story's act.
  'biên bản',
];

/** Words that make a document cue something else: "kỷ luật" (discipline), "pháp luật" (the law at large), "thư ký". */
export const NOT_DOCUMENT_BEFORE_CUE = ['kỷ', 'kỉ', 'pháp', 'thư'];
/** "luật sư" (a lawyer), not a law. */
export const NOT_DOCUMENT_AFTER_CUE = ['sư'];

/**
 * Stories that recount an earlier event on the same day of the month: an anniversary ("kỷ niệm 65 năm") or a
 * trial (the crime a year before). There a later full date of the lead's day names that earlier event.
 */
export const SAME_DAY_EARLIER_CUES = [
  'kỷ niệm', 'kỉ niệm', 'năm ngày', 'xét xử', 'xử phúc thẩm', 'xử sơ thẩm', 'phiên tòa', 'phiên xử', 'tuyên án', 'tòa án', 'tand',
];

/** Sentence openers that mark an earlier, background event. */
export const BACKGROUND_CUES = ['trước đó', 'trước đây', 'năm ngoái', 'từng', 'cách đây'];

/** "hồi" marks back-then only before a time word ("hồi tháng 12", "hồi đầu năm"); "hồi 20h" is a clock time. */
export const BACK_THEN_AFTER = [
  'tháng', 'năm', 'đầu', 'cuối', 'giữa', 'trước', 'tuần', 'ngày', 'đó', 'ấy', 'xưa', 'nhỏ', 'còn', 'mùng', 'mồng',
];

/**
 * Openers that recount what investigators found ("Theo điều tra ban đầu, khoảng 21h ngày 14/5, ..."):
 * the crime behind an article about the arrest, charge or trial, so background there.
 */
export const INVESTIGATION_CUES = [
  'theo điều tra ban đầu', 'theo kết quả điều tra', 'kết luận điều tra', 'tài liệu điều tra', 'cáo trạng',
  'hồ sơ vụ án',
];

/**
 * Openers that tell what was first learnt of an incident ("Theo thông tin ban đầu, ...", "Thông tin bước đầu, ...",
 * "Theo kết quả điều tra ban đầu, ..."): after a dated statement they date the incident it reports.
 */
export const INITIAL_REPORT_OPENERS = ['', 'theo '].flatMap((by) =>
  ['thông tin', 'báo cáo', 'điều tra', 'kết quả điều tra', 'thông tin điều tra'].flatMap((what) =>
    ['ban đầu', 'bước đầu'].map((when) => `${by}${what} ${when}`)));

/** Words right after a date that put it in an earlier year ("hôm 19-12 năm ngoái"): background. */
export const EARLIER_YEAR_AFTER = ['năm ngoái', 'năm trước', 'năm rồi', 'năm cũ'];

/**
 * Day-anchored relative phrases. In the lead with no date behind them ("vào cuối tuần, ...") they date
 * the main event only relatively, so a date written later belongs to a side event. Each holds "nay",
 * "qua", "mai", "kia" or "tuần": the matcher looks for those words first.
 */
export const RELATIVE_DAY_PHRASES = [
  'hôm qua', 'hôm nay', 'hôm kia', 'sáng nay', 'trưa nay', 'chiều nay', 'tối nay', 'đêm nay', 'sáng qua',
  'trưa qua', 'chiều qua', 'tối qua', 'đêm qua', 'rạng sáng nay', 'rạng sáng qua', 'ngày hôm qua', 'cuối tuần',
  'cuối tuần qua', 'cuối tuần này', 'cuối tuần trước', 'tuần qua', 'tuần trước', 'đầu tuần', 'đầu tuần này',
  'tuần này', 'ngày mai', 'sáng mai', 'chiều mai', 'tối mai',
];

/** Words after "X hôm nay" that make the day a noun's ("U23 Malaysia chiều nay như ...", "TP.HCM hôm nay lẫn ..."), not the subject's act. */
export const NOT_VERB_AFTER_DAY = [
  'như', 'lẫn', 'tại', 'ở', 'trên', 'dưới', 'của', 'và', 'với', 'khiến', 'là', 'thì', 'mà', 'sau', 'trước', 'giữa', 'theo',
  'cho', 'so', 'từ', 'vào', 'trong', 'ngoài', 'hay', 'hoặc', 'nữa', 'này', 'đó', 'ấy',
];

/** Media that a report date hangs on ("báo chí Nhật ngày 17/6", "hãng tin AP ngày 3/2"). */
export const MEDIA_WORDS = ['báo chí', 'báo', 'tờ', 'hãng tin', 'hãng thông tấn', 'thông tấn xã', 'đài', 'kênh', 'trang'];

/**
 * Wire services and broadcasters named bare before the day they reported ("AP ngày 13/7 dẫn tin ...", "Reuters hôm 5/2
 * đưa tin"), as "Theo Reuters ngày 5/2" and "hãng tin AP ngày 3/2" already are; matched in the text's own case.
 */
export const NEWS_WIRES = [
  'AP', 'AFP', 'Reuters', 'CNN', 'BBC', 'Yonhap', 'Kyodo', 'TASS', 'Sputnik', 'RIA Novosti', 'Interfax', 'Xinhua', 'Tân Hoa xã',
  'KCNA', 'NHK', 'Bloomberg', 'CNBC', 'Fox News', 'NBC News', 'ABC News', 'CBS News', 'Al Jazeera',
];

/** Words that start a span at the present ("từ nay đến cuối năm 2017"): the span's year's end is this year's. */
export const FROM_NOW_WORDS = ['từ nay', 'từ giờ', 'từ bây giờ', 'từ đây'];

/** Verbs of airing a programme ("được phát sóng lúc 21h ngày 9/7"). */
export const BROADCAST_WORDS = ['phát sóng', 'lên sóng', 'công chiếu', 'trình chiếu'];

/** A date followed by these is an event that just happened ("từ ngày 13 đến 15/6 vừa qua"). */
export const RECENT_PAST_AFTER = ['vừa qua', 'vừa rồi', 'mới đây'];

/** Police actions that a lead reports after the fact ("cho biết đã bắt giam nghi can"). */
export const ARREST_WORDS = [
  'truy tố', 'bắt giam', 'bắt giữ', 'bắt khẩn cấp', 'tạm giữ', 'tạm giam', 'khởi tố', 'bắt', 'truy nã', 'đầu thú',
  // the press's idioms for a catch: "Băng cướp táo tợn ở HN sa lưới", "Nhóm trộm bị tóm gọn"
  'sa lưới', 'tóm gọn',
];

/** What closes a chronicle told over two years besides a catch (ARREST_WORDS): the case brought to trial or sentenced. */
export const CHRONICLE_TRIAL_WORDS = ['xét xử', 'xử phúc thẩm', 'xử sơ thẩm', 'tuyên án', 'tuyên phạt', 'lĩnh án'];

/** A headline with these is about the report itself ("Hé lộ nguyên nhân..."), so the report date stands. */
export const DISCLOSURE_WORDS = ['hé lộ', 'tiết lộ', 'công bố', 'cho biết', 'xác định', 'làm rõ', 'thông tin', 'nguyên nhân', 'kết luận'];

/** Words that make "vụ" part of another word ("nhiệm vụ", "dịch vụ"), not an incident ("vụ cháy"). */
export const VU_COMPOUND_HEADS = [
  'nhiệm', 'dịch', 'phục', 'nghĩa', 'chức', 'nghiệp', 'sự', 'thời', 'mùa', 'công', 'tài', 'giáo', 'quân', 'đặc',
  'học', 'chính', 'ngoại', 'thương', 'lao', 'điệp', 'hình', 'thường',
];

/** Words after "cuộc" that make it life or a game ("cuộc sống"), not an event. */
export const CUOC_NON_EVENT_TAILS = ['sống', 'đời', 'chơi', 'tình'];

/**
 * Headline words that make the story the follow-up itself (a suspension, a penalty, the truth behind a
 * rumour, what someone said), so the day it was reported stands rather than the incident's.
 */
export const FOLLOW_UP_HEADLINE_WORDS = [
  'đình chỉ', 'thực hư', 'sự thật', 'vì sao', 'tại sao', 'lời khai', 'xử phạt', 'phạt', 'đề nghị', 'điều tra',
  'vào cuộc', 'kỷ luật', 'chưa', 'xin lỗi', 'lên tiếng', 'nói gì', 'yêu cầu', 'chỉ đạo', 'kiểm tra', 'xác minh',
  'giải thích', 'trả lời', 'bác bỏ', 'phản hồi', 'thông tin mới', 'diễn biến mới', 'tiếp tục', 'kiến nghị',
  'kết quả', 'tìm ra', 'xem xét',
];

/**
 * Posts and ranks that open a headline quoting their holder without quote marks ("Bí thư tỉnh X: Dừng ngay ...",
 * "Bộ trưởng Y tế: Không để ..."): the statement is the news, as with a quoted one.
 */
export const SPEAKER_HEADLINE_POSTS = [
  'chủ tịch', 'thủ tướng', 'bộ trưởng', 'thứ trưởng', 'tổng thống', 'bí thư', 'tổng bí thư', 'giám đốc', 'tổng giám đốc',
  'chánh án', 'chánh văn phòng', 'chánh thanh tra', 'cục trưởng', 'vụ trưởng', 'viện trưởng', 'đại sứ', 'người phát ngôn',
  'phát ngôn viên', 'ngoại trưởng', 'chủ nhiệm', 'trưởng ban', 'trưởng phòng', 'thống đốc', 'thị trưởng', 'tư lệnh',
  'đại tướng', 'thượng tướng', 'trung tướng', 'thiếu tướng', 'đại tá', 'thượng tá',
];

/**
 * Words opening a news digest's headline, then its day ("Tin thế giới 23/5: ...", "Điểm tin tối 28/6: ...", "Bản tin
 * Giao thông 9/2/2017: ..."): the items are many, and the digest's own day is the record's.
 */
export const DIGEST_HEADLINE_WORDS = ['tin', 'điểm tin', 'bản tin', 'tin tức'];

/** Words after "bắt" that make another verb, not an arrest ("bắt cóc", "bắt đầu"). */
export const NOT_ARREST_AFTER_BAT = ['cóc', 'đầu', 'tay', 'gặp', 'buộc', 'nạt', 'chước', 'mắt', 'nhịp', 'sóng', 'kịp', 'trend'];

/**
 * Headline words that tell an incident (a fire, a crash, an attack, a poisoning, a death): its date is the
 * story's even when the body tells it "Trước đó, ..." after the police or hospital follow-up.
 */
export const INCIDENT_WORDS = [
  'cháy', 'hỏa hoạn', 'nổ', 'tai nạn', 'tai biến', 'va chạm', 'tông', 'đâm', 'chém', 'bắn', 'đánh', 'giết', 'sát hại',
  'cướp', 'trộm', 'rượt', 'truy sát', 'hành hung', 'ngộ độc', 'chết', 'tử vong', 'thiệt mạng', 'tử nạn', 'treo cổ',
  'tự tử', 'đuối nước', 'mất tích', 'rơi', 'sập', 'lật', 'chìm', 'sạt lở', 'lũ', 'động đất', 'bị thương', 'nhập viện',
  'cứu sống', 'cấp cứu', 'thi thể', 'xác', 'ma túy', 'buôn lậu', 'hàng lậu', 'hiếp dâm', 'xâm hại', 'tấn công',
  'bỏng', 'cuốn trôi', 'lừa đảo', 'côn đồ', 'đe dọa', 'bạo hành', 'hỗn chiến', 'nổ súng',
];

/**
 * Headline words that make the news a step after the incident, not the incident itself: a search's end ("Tìm thấy thi
 * thể ...", "Đã tìm được danh tính ..."), the victims' health ("Diễn biến sức khỏe ...", "... đã qua cơn nguy kịch"), a
 * forensic test ("Lấy mẫu giám định ..."), aid ("xin kinh phí hỗ trợ ..."). "sau" (after the incident) is tested in code.
 */
export const AFTERMATH_HEADLINE_WORDS = ['tìm thấy', 'tìm được', 'sức khỏe', 'qua cơn', 'giám định', 'hỗ trợ'];

/** Verbs that open quoted speech after a colon ("ông X cho biết: ..."); a year in the speech is not the speaking day's. */
export const SPEECH_VERBS = [
  'cho biết', 'cho hay', 'xác nhận', 'nói', 'khẳng định', 'nhấn mạnh', 'chia sẻ', 'phân tích', 'bày tỏ', 'phát biểu',
  'tâm sự', 'kể', 'trả lời', 'giải thích', 'thừa nhận', 'tiết lộ', 'nhận định', 'đánh giá', 'thông tin', 'tuyên bố',
];

/**
 * Verbs that date a work or a body before "năm": "tiểu thuyết ... xuất bản năm 2009", "Bitcoin ra đời năm 2009". The year
 * is the work's, not the day's told in the sentence.
 */
export const CREATION_VERBS = ['xuất bản', 'ra đời', 'thành lập', 'sáng tác', 'chế tạo'];

/**
 * A headline that announces what is ahead ("... sẽ chấp nhận đơn từ chức", "sắp thăm Hoa Kỳ", "chuẩn bị có bài diễn
 * văn", "... tới đây"): the plan is the story. The announcing words of AHEAD_WORD_RE (extract/dates.ts).
 */
export const AHEAD_HEADLINE_WORDS = ['sẽ', 'sắp', 'dự kiến', 'chuẩn bị', 'tới đây'];

/** A noun head before "chuẩn bị" ("khâu chuẩn bị", "công tác chuẩn bị"): the preparation named, not announced. */
export const PREPARATION_NOUN_HEADS = ['khâu', 'công tác', 'việc', 'sự', 'quá trình', 'giai đoạn'];

/**
 * Kinds of document that a body "vừa có" or "vừa ban hành" (has just issued): the issue is the story's act. One inner
 * list is one kind; a letter is written as any of its words ("vừa có văn bản" told again as "Công văn số 3861 ngày ...").
 */
export const ISSUED_DOCUMENT_KINDS = [
  ['văn bản', 'công văn', 'công điện'], ['quyết định'], ['chỉ thị'], ['thông tư'], ['nghị quyết'], ['thông báo'], ['kế hoạch'],
];
/** Verbs of issuing a document ("vừa có công văn", "vừa ban hành quyết định", "vừa ra thông báo", "vừa gửi văn bản"). */
export const ISSUING_VERBS = ['có', 'ban hành', 'ký ban hành', 'ra', 'gửi', 'phát đi'];

/** Days of the national holidays, named as "lễ 30/4", "nghỉ lễ 2-9" (day, month). */
export const NATIONAL_HOLIDAY_DAYS: [number, number][] = [[1, 1], [30, 4], [1, 5], [2, 9]];

/** Verbs of a clip or video surfacing online ("trên mạng xã hội xuất hiện clip", "đoạn video ... được chia sẻ"). */
export const CLIP_SPREAD_VERBS = [
  'xuất hiện', 'lan truyền', 'đăng tải', 'đăng lên', 'chia sẻ', 'phát tán', 'xôn xao', 'gây xôn xao', 'gây sốt', 'rộ lên',
];

/**
 * Words right before "thứ" that make it an ordinal, not a weekday: a rank out of a field ("giành vị trí thứ 6/10 tại
 * giải", "xếp thứ 3/63 tỉnh", "đứng thứ 8/116 quốc gia", "xếp hạng thứ 47/127"), an occurrence ("Hội nghị lần thứ 2 sáng
 * 17/5") or a league round ("ở lượt trận thứ 5 ngày 9/7").
 */
export const ORDINAL_BEFORE_THU = ['vị trí', 'xếp', 'đứng', 'xếp hạng', 'lần', 'lượt trận'];

/**
 * One or two capitals glued to a year are a code's letters ("tàu QN2040", "lựu pháo M1938"), save these, which write a year:
 * "DL2017" (dương lịch), "Spanish GP2017" (Grand Prix).
 */
export const YEAR_GLUED_PREFIXES = ['DL', 'GP'];

/** Words before a vessel's registration ("tàu QN 2040", "sà lan mang số hiệu HD 2043", "số hiệu HP-1995"). */
export const VESSEL_NUMBER_CUES = ['tàu', 'ghe', 'sà lan', 'thuyền', 'xuồng', 'số hiệu', 'số đăng ký'];
