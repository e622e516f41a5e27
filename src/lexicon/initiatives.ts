// Head words that introduce a named initiative, and the words that show a name is something else.
// All in matching form (lower-case, tone-folded), as ctx.folded writes them.
import type { InitiativeKind } from '../record/schema.js';

export interface InitiativeHead {
  kind: InitiativeKind;
  /** May introduce a name that is not quoted ("phong trào Toàn dân bảo vệ ANTQ"). "dự án X", "chiến dịch X"
   *  unquoted are mostly buildings, businesses and military operations, so those need quotes. */
  unquoted: boolean;
  /** Written with a capital in mid-sentence, the head is part of a proper name and needs no quotes
   *  ("trong Kế hoạch đầu tư công trung hạn giai đoạn 2016 – 2020"), unlike the lower-case "kế hoạch" of a description. */
  capitalised?: boolean;
  /** The head is itself the first word of the name and needs one of these words after it ("Olympic Toán học"). */
  needsNext?: string[];
  /** Only capitalised and closed by its phase or horizon does the head name one ("Chiến lược biển Việt Nam đến năm
   *  2020"); "chiến lược" in lower case, or with no phase, is a common word. */
  phaseOnly?: boolean;
  /** Only a counted slogan names one after this head in lower case ("chủ trương “ba tăng, ba giảm”"); other quotes are
   *  emphasis. With `capitalised`, the head written with a capital mid-sentence still opens a name ("Khuôn khổ ..."). */
  countedOnly?: boolean;
}

/**
 * A model named by a polity and a plain adjective ("mô hình Xô Viết cũ", "mô hình Mỹ mới") is that country's way,
 * like "mô hình Trung Quốc", not a named model.
 */
export const STYLE_ADJECTIVES = ['cũ', 'mới', 'truyền thống', 'cổ điển', 'hiện đại', 'kiểu cũ', 'kiểu mới'];

/** School and university subjects: "Olympic Toán học quốc tế" is a contest, "Olympic Rio" a sports games. */
export const OLYMPIAD_SUBJECTS = [
  'toán', 'toán học', 'vật lý', 'vật lí', 'hóa', 'hóa học', 'sinh', 'sinh học', 'tin', 'tin học', 'tiếng anh',
  'tiếng nga', 'tiếng pháp', 'tiếng trung', 'tiếng việt', 'ngữ văn', 'văn', 'địa', 'địa lý', 'địa lí', 'lịch sử',
  'thiên văn', 'thiên văn học', 'khoa học', 'kinh tế', 'cơ học', 'sinh viên', 'học sinh',
];

export const INITIATIVE_HEADS: Record<string, InitiativeHead> = {
  'mô hình': { kind: 'model', unquoted: true },
  'phong trào': { kind: 'movement', unquoted: true },
  'chương trình': { kind: 'programme', unquoted: true, capitalised: true },
  'cuộc vận động': { kind: 'campaign', unquoted: true, capitalised: true },
  'chiến dịch': { kind: 'campaign', unquoted: false },
  'tháng hành động': { kind: 'campaign', unquoted: true, capitalised: true },
  'đợt cao điểm': { kind: 'campaign', unquoted: false },
  'tháng cao điểm': { kind: 'campaign', unquoted: false },
  'đề án': { kind: 'project', unquoted: true, capitalised: true },
  'dự án': { kind: 'project', unquoted: false, capitalised: true },
  'kế hoạch': { kind: 'plan', unquoted: false, capitalised: true },
  'quy hoạch': { kind: 'plan', unquoted: false, capitalised: true },
  'olympic': { kind: 'contest', unquoted: false, capitalised: true, needsNext: OLYMPIAD_SUBJECTS },
  'cuộc thi': { kind: 'contest', unquoted: true, capitalised: true },
  'hội thi': { kind: 'contest', unquoted: true, capitalised: true },
  'sáng kiến': { kind: 'other', unquoted: false, capitalised: true },
  // A national strategy is a plan with its horizon: "Chiến lược phát triển nhà ở quốc gia đến năm 2020".
  'chiến lược': { kind: 'plan', unquoted: false, capitalised: true, phaseOnly: true },
  // Policies and frameworks are named as counted slogans: "chủ trương “3 đồng hành, 5 hỗ trợ”", "khuôn khổ “Hai hành lang, Một vành đai”".
  'chủ trương': { kind: 'other', unquoted: false, countedOnly: true },
  // Capitalised mid-sentence, "Khuôn khổ" heads a framework's own name ("Khuôn khổ thúc đẩy thương mại điện tử ...").
  'khuôn khổ': { kind: 'other', unquoted: false, capitalised: true, countedOnly: true },
};

/**
 * A fund set up for a cause and named in quotes after the lower-case head: lập quỹ “Trợ vốn phát triển kinh tế gia
 * đình”. A capitalised Quỹ heads a body's own name ("Quỹ Tiền tệ Quốc tế"). Rare, so looked up on its own rather than
 * in the head pattern, where one more word slows the scan of every text.
 */
export const FUND_HEAD = 'quỹ';

/**
 * Verbs whose object is a campaign or a movement: a capitalised name quoted right after them is one, with no head word
 * ("hưởng ứng “Tết trồng cây đời đời nhớ ơn Bác Hồ”", "phát động “Chung dòng máu Việt 2017”"). Rare, so looked up on
 * their own like FUND_HEAD.
 */
export const CAMPAIGN_VERBS = ['hưởng ứng', 'phát động'];
/** A day of observance ("Ngày toàn dân phòng, chống mua bán người") is responded to as well, but is a day, not an effort. */
export const NOT_CAMPAIGN_START = ['ngày', 'trại hè'];

/**
 * A state's named policy quoted whole, its capitalised head and a capitalised name ("“Chính sách Ánh dương”", "“Chính
 * sách Hướng Đông”"): the head is part of the name. A lower-case "chính sách “...”" quotes a principle or a slogan
 * ("“Một Trung Quốc”"), which is not an effort, so only the quoted head counts.
 */
export const QUOTED_POLICY_HEAD = 'Chính sách';

/**
 * A year given a theme by the state, quoted with its year ("“Năm Kỷ cương hành chính 2017”", "“Năm đoàn kết hữu nghị
 * Việt Nam - Lào 2017”"): a year-long effort named with no head word before it.
 */
export const THEMED_YEAR_WORD = 'năm';
/** Words after "Năm" that make it a time ("Năm nay ...", "Năm học 2017"), not a theme. */
export const NOT_THEME_AFTER_YEAR_WORD = ['nay', 'ngoái', 'qua', 'tới', 'sau', 'trước', 'học', 'mới', 'tháng', 'ấy', 'đó', 'này', 'tài chính'];

/** The first word of a counted slogan: a digit or a number word ("ba tăng, ba giảm", "Hai hành lang, ..."). */
export const COUNT_WORDS = ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

/** A name starting with these is a legal text, an event, a degree or an institution, not an initiative. */
export const NOT_INITIATIVE_START = [
  'luật', 'bộ luật', 'nghị định', 'nghị quyết', 'thông tư', 'chỉ thị', 'quyết định', 'pháp lệnh', 'công văn',
  'đại học', 'cao đẳng', 'thạc sĩ', 'thạc sỹ', 'tiến sĩ', 'tiến sỹ', 'cử nhân', 'cao học', 'hội nghị', 'hội thảo', 'diễn đàn', 'lễ', 'liên hoan', 'festival',
  'đại hội', 'giải thưởng', 'giải đấu', 'giải bóng', 'số', 'trường', 'bệnh viện', 'công ty', 'tập đoàn',
  'ngân hàng', 'phiên họp', 'kỳ họp',
  'kỳ thi', 'nhà nước', 'chính phủ', 'bộ', 'ủy ban', 'ubnd', 'quốc hội', 'tổ chức', 'hội đồng',
  // a party body's own plan or programme ("dự thảo đề án BCH Trung ương Đoàn khóa XI"): the body, no name
  'bch', 'ban chấp hành', 'ban thường vụ', 'tỉnh ủy', 'thành ủy', 'huyện ủy', 'quận ủy', 'đảng ủy', 'ban bí thư',
  // Festivals and fairs are one-off events, even when a programme opens them.
  'hội xuân', 'hội làng', 'hội chợ', 'hội hoa', 'ngày hội', 'đêm hội', 'đêm nhạc', 'tuần lễ', 'carnival',
  // Races are entertainment; news bulletins are shows; an opening is a ceremony.
  'marathon', 'thời sự', 'bản tin', 'khai mạc', 'bế mạc', 'quốc tế', 'cộng sản',
  // A second head word after the first is a missing full stop ("cuộc thi Cuộc thi được phát động").
  'cuộc thi', 'chương trình',
  'nội dung',
  // "mô hình Trung tâm VH-TT" is a kind of institution; a position word starts a person.
  'trung tâm', 'giám đốc', 'chủ tịch', 'bí thư', 'thủ tướng', 'tổng thống', 'bộ trưởng',
];

/**
 * A council's legislative agenda and oversight plan are named programmes only with their year ("Chương trình xây dựng
 * luật, pháp lệnh năm 2018"); without it they are the agenda in general ("rút khỏi Chương trình xây dựng luật các dự án").
 */
export const AGENDA_STARTS = ['xây dựng luật', 'giám sát'];

/** Fields of work that open with a head word, not a plan: "Chi cục Dân số - Kế hoạch hóa gia đình". */
export const FIELD_NAMES = ['kế hoạch hóa gia đình', 'kế hoạch gia đình'];

/** Sentence words that mark a TV show or an entertainment contest ("giám khảo chương trình ..."). */
export const SHOW_CUES = [
  'giám khảo', 'bgk', 'gameshow', 'game show', 'truyền hình thực tế', 'phát sóng', 'sóng truyền hình',
  'ghế nóng', 'ca sĩ', 'khán giả', 'rating', 'showbiz', 'á quân', 'quán quân', 'hoa hậu', 'người mẫu',
  'tập phim', 'lên sóng', 'livestream', 'mc', 'dẫn chương trình', 'trường quay', 'danh hài', 'diễn viên',
  'nghệ sĩ', 'khách mời', 'triệu phú', 'talk show', 'talkshow', 'cuộc phỏng vấn', 'dẫn dắt', 'btv', 'biên tập viên',
  'bản tin', 'trên kênh', 'giọng hát', 'ca khúc', 'sân khấu', 'mv', 'idol', 'clip', 'hẹn hò', 'sitcom', 'radio',
];

/**
 * Page words of stage, screen and radio that are no sentence cue (a person or a film may be named beside a public
 * programme), but count with SHOW_CUES towards a showbiz page, whose programmes are shows ("NSND ... trong chương trình
 * “...”", "cụm chương trình “...” trên Mekong FM").
 */
export const SHOWBIZ_PAGE_WORDS = [
  'nsnd', 'nsưt', 'đạo diễn', 'vai diễn', 'bộ phim', 'điện ảnh', 'đêm nhạc', 'hòa nhạc', 'liveshow', 'màn trình diễn',
  'nhóm sản xuất', 'thính giả', 'fm',
];

/** Words anywhere in a name that make it a pageant, a talent show or a display, not a public effort. */
export const ENTERTAINMENT_NAME_WORDS = [
  'hoa hậu', 'á hậu', 'người đẹp', 'hoa khôi', 'nam vương', 'siêu mẫu', 'người mẫu', 'nhan sắc', 'hình thể',
  'thời trang', 'miss', 'mister', 'ngôi sao', 'tiếng ca', 'giọng hát', 'giọng ca', 'sing', 'idol', 'got talent',
  'pháo hoa', 'hợp xướng', 'thần tượng', 'duyên dáng', 'á khôi', 'khiêu vũ', 'vũ điệu',
  // Singing and look-alike shows, beauty titles.
  'tiếng hát', 'song ca', 'sắc đẹp', 'gương mặt',
];

/** Sentence words of warfare: "chiến dịch “Bão táp sa mạc”", "tàu ngầm Đề án 941" are operations and weapons. */
export const MILITARY_CUES = [
  'máy bay', 'ném bom', 'không kích', 'oanh tạc', 'tên lửa', 'tàu ngầm', 'tàu chiến', 'tàu tuần dương', 'chiến đấu cơ',
  'diễn tập', 'không quân', 'hải quân', 'lục quân', 'thủy quân', 'chiến tranh', 'binh sĩ', 'chiến trường', 'quân sự',
  'xung đột', 'giao tranh',
];

/**
 * Sentence words of club football: a plan, campaign or movement there is a club's own ("kế hoạch nẫng tay trên “Quỷ
 * đỏ”", "chiến dịch “săn vàng”", "phong trào “WAGS”" of the players' wives), not a public effort.
 */
export const SPORT_CUES = ['tiền đạo', 'tiền vệ', 'hậu vệ', 'thủ môn', 'ghi bàn', 'đội bóng', 'cầu thủ', 'chuyển nhượng', 'sân cỏ'];

/**
 * Page words of an award night: a programme on such a page honours people, it is not a public effort. In the sentence
 * they only keep out a name read without quotes ("chương trình Gặp mặt, tôn vinh ..."): a quoted one is the honouring
 * programme's own name ("chương trình “Vinh quang Việt Nam” tôn vinh 30 tập thể").
 */
export const AWARD_CUES = ['vinh danh', 'tôn vinh'];

/** Sentence words that mark a broadcast programme (not a contest: stations organise real contests). */
export const MEDIA_CUES = [
  // Stage shows are programmes too, but one-off events. (Award nights: AWARD_CUES.)
  'khai mạc', 'bế mạc', 'tiết mục', 'nhà hát', 'ê-kíp', 'êkip', 'biểu diễn', 'video',
  'ngôi sao', 'cúp', 'truyền hình', 'phát thanh', 'vtv', 'htv', 'vtc', 'vov', 'cnn', 'bbc', 'msnbc', 'nbc', 'cbs', 'fox news',
];

/** Sentence words of a bank's or a shop's offer: "chương trình “Hái lộc đầu xuân” cho khách hàng gửi tiền". */
export const COMMERCIAL_CUES = [
  'khách hàng', 'lãi suất', 'tiền gửi', 'gửi tiền', 'hạn mức', 'khuyến mãi', 'khuyến mại', 'giảm giá', 'trúng thưởng',
  'quay số', 'chủ thẻ', 'mua sắm', 'đăng ký đầu tư', 'đăng kí đầu tư',
  'chiến lược kinh doanh', 'trình làng',
  'bất động sản',
];

/** Sentence words of a political party or an armed group: "phong trào Tiến bước của ứng cử viên ...". */
export const POLITICAL_CUES = [
  'ứng cử viên', 'ứng viên', 'tranh cử', 'bầu cử', 'hồi giáo', 'chiến binh', 'phiến quân', 'khủng bố', 'ly khai',
  'nổi dậy', 'vũ trang', 'cực đoan', 'thánh chiến', 'đối lập', 'dân túy', 'cánh hữu', 'cánh tả', 'đảng phái',
  'phe', 'cầm quyền', 'chính đảng', 'cực tả', 'cực hữu', 'trung dung',
];

/** A lower-case noun before "mô hình" makes it a scale model ("xe mô hình"); "học chương trình" is a curriculum. */
export const NOT_HEAD_BEFORE: Record<string, string[]> = {
  'mô hình': ['xe', 'máy bay', 'tàu', 'đồ chơi', 'nhà'],
  'phong trào': ['đảng'],
  // ("học bổng tiến sĩ chương trình Hóa hữu cơ": a degree course)
  'chương trình': ['học', 'học hết', 'dạy', 'giảng dạy', 'am hiểu về', 'trên', 'clip', 'xem', 'tiến sĩ', 'thạc sĩ', 'tiến sỹ', 'thạc sỹ', 'cử nhân'],
  // "Luật Quy hoạch", "Bộ Kế hoạch và Đầu tư": a law's or a body's name.
  'quy hoạch': ['luật', 'viện'],
  'kế hoạch': ['bộ', 'sở', 'vụ', 'phòng', 'ban'],
  // "Đối tác Chiến lược Toàn diện năm 2016", "Kế hoạch Chiến lược chung": "strategic", an adjective.
  'chiến lược': ['đối tác', 'quan hệ', 'kế hoạch', 'đối thoại'],
};

/** Words of a school curriculum, not a programme: "chương trình Giáo dục THPT". */
export const CURRICULUM_WORDS = ['thpt', 'thcs', 'gdtx', 'tiểu học', 'trung học', 'phổ thông', 'mầm non', 'lớp', 'dự án luật', 'sgk', 'sách giáo khoa'];

/** Descriptors after "chương trình" that make it a one-off or commercial event ("chương trình giao lưu"). */
export const ONE_OFF_DESCRIPTORS = [
  'giao lưu', 'nghệ thuật', 'văn nghệ', 'ca nhạc', 'biểu diễn', 'truyền hình', 'thực tế', 'hòa nhạc', 'gala',
  'trao giải', 'khuyến mãi', 'khuyến mại', 'ưu đãi', 'học', 'đào tạo', 'tour', 'du lịch', 'giảm giá',
  'tọa đàm', 'talk show', 'talkshow', 'hẹn hò', 'phim', 'âm nhạc', 'album', 'thời sự', 'hài', 'nghị sự',
  'biểu tượng', 'tác phẩm', 'bài hát', 'ca khúc', 'khai mạc', 'ra mắt',
];

/** Function words that end an unquoted name ("phong trào Toàn dân bảo vệ ANTQ đã ..."). */
export const NAME_STOP_WORDS = [
  // "Dự án nhiệt điện ... hồi tháng 5": a time after the name.
  'hồi tháng', 'hồi năm', 'hồi đầu', 'hồi cuối', 'hồi giữa',
  // A verb of issuing or approving closes the name ("Quy hoạch ... ban hành kèm theo").
  'ban hành', 'phê duyệt', 'xuất hiện',
  // A sentence opener after a missing full stop ("... xây dựng NTM Tuy nhiên, ...").
  'tuy nhiên', 'ngoài ra', 'bên cạnh đó', 'đồng thời',
  // A time after the name ("... Windows và hiện tại").
  'hiện tại', 'hiện nay',
  'đã', 'đang', 'sẽ', 'được', 'bị', 'là', 'của', 'cho', 'với', 'tại', 'trong', 'trên', 'và', 'nhằm', 'để', 'do',
  'theo', 'từ', 'đến', 'khi', 'thì', 'mà', 'có', 'này', 'đó', 'năm', 'giai đoạn', 'nhưng', 'cũng', 'vẫn',
  'rất', 'như', 'gồm', 'tiếp tục', 'luôn', 'ngày', 'tháng', 'hay', 'hoặc', 'vì', 'nên', 'sau', 'trước',
  'chỉ', 'thuộc', 'ra', 'vào', 'lên', 'xuống', 'về', 'còn', 'chưa', 'không', 'phải', 'cần',
  'trị giá', 'trở thành', 'kết thúc', 'diễn ra', 'bắt đầu', 'vừa', 'lần', 'bởi', 'đều', 'trao',
  // Verbs of winning: a headline's result after a contest's name ("Olympic hóa quốc tế đạt 3 HCV").
  'đạt', 'giành', 'đoạt',
  'cầm quyền', 'ghi lại', 'trở về', 'mang đến', 'mang lại', 'mang tính', 'bằng cách', 'tổ chức tại',
  // A manner after the name ("Dự án Bữa ăn học đường trên quy mô toàn quốc thông qua ...").
  'trên quy mô',
  // "Đề án Thành phố thông minh chính là chìa khóa": "chính" stresses the "là" after the name.
  'chính là',
];

/**
 * Connectives of NAME_STOP_WORDS that a capitalised head's long name may run through to the end of its clause
 * ("Dự án Hỗ trợ Chính sách Thương mại và Đầu tư của châu Âu (EU-MUTRAP)"); verbs, times, a purpose ("để", "nhằm"),
 * a recipient ("cho"), a manner ("theo quy định") and a parent ("thuộc") still end it.
 */
export const RUN_THROUGH_WORDS = ['với', 'và', 'của', 'tại', 'trong', 'trên', 'về', 'hoặc'];

/**
 * Scope connectives through which a sentence-case name after a lower-case "đề án", "chương trình" runs on to the end
 * of its clause: "đề án Phát triển công nghệ thông tin trong hoạt động cơ quan nhà nước tỉnh.". "của", "với" name its
 * owner or partner ("chương trình Sức khỏe Việt Nam của ngành y tế."), "tại", "ở" where it is talked of, "cho" whom it serves.
 */
export const LOWER_HEAD_RUN_CONNECTIVES = ['trong', 'về', 'theo', 'trên'];

/**
 * Scope words that a plan's name closes with before "về" and its topic ("Kế hoạch Quốc gia về trao quyền cho người
 * khuyết tật", "Kế hoạch tổng thể về kết nối ASEAN", "Kế hoạch hành động về an ninh lương thực"): the topic is the name's.
 */
export const TOPIC_SCOPE_WORDS = ['quốc gia', 'tổng thể', 'hành động', 'toàn cầu'];

/**
 * Words that close a name run on through "và" after a lower-case head: its organiser or owner ("... do Bộ Ngoại giao tổ
 * chức", "... của tỉnh"), a place or a manner, or the verb of the sentence. Other function words ("chỉ", "năm") may sit
 * inside a clause that goes on, so they do not close one.
 */
export const AND_RUN_CLOSING_WORDS = ['do', 'của', 'tại', 'theo', 'nhằm', 'để', 'được', 'đã', 'đang', 'sẽ', 'là', 'với', 'trong', 'cho'];

/**
 * An action plan named by what it implements: "Chương trình hành động của Chính phủ (tiếp tục) (triển khai) thực hiện
 * Nghị quyết ...". The verb, the words that may lead it, and the capitalised documents it implements.
 */
export const IMPLEMENT_VERBS = ['triển khai thực hiện', 'triển khai', 'thực hiện', 'để thực hiện'];
export const IMPLEMENT_LEADS = ['tiếp tục', 'đẩy mạnh'];
export const IMPLEMENTED_DOCUMENTS = ['nghị quyết', 'kết luận', 'chỉ thị', 'chiến lược', 'chương trình', 'kế hoạch', 'đề án'];
/** Words that end such a name: the sentence's verb, tense, purpose or manner ("... khóa XII về công tác xây dựng Đảng được triển khai"). */
export const ACTION_PLAN_CLOSING_WORDS = [
  'được', 'đã', 'đang', 'sẽ', 'là', 'bị', 'nhằm', 'để', 'theo', 'do', 'gắn', 'mà', 'thì', 'khi', 'cũng', 'vẫn', 'phải',
  'cần', 'nên',
];

/** Passive, tense and agent words after a name's closing phase: the sentence's verb follows the whole name. */
export const PHASE_CLOSING_VERBS = ['được', 'đã', 'đang', 'sẽ', 'vừa', 'do', 'là', 'bị'];

/** Documents that, capitalised inside a run, start another name ("Chương trình ... và Nghị quyết về ..."). */
export const RUN_STOP_DOCUMENTS = ['nghị quyết', 'nghị định', 'quyết định', 'thông tư', 'chỉ thị', 'luật', 'công văn', 'hiến pháp'];

/** Words between a head word and a quoted name that still belong to the head phrase cannot be these. */
export const DESCRIPTOR_BREAKERS = [
  'và', 'của', 'về', 'cho', 'với', 'trong', 'tại', 'đã', 'được', 'là', 'do', 'để', 'nhằm', 'theo', 'từ', 'khi',
  'như', 'gồm', 'có', 'không', 'chống', 'tổ chức', 'nhóm', 'thành', 'gọi', 'nói', 'hét', 'kêu', 'bằng',
  // "chiến dịch quảng bá hàng hóa “Made in ...”": the quotes name the goods or the brand, not the effort.
  'hàng hóa', 'sản phẩm', 'mặt hàng', 'thương hiệu', 'nhãn hiệu', 'nhãn hàng',
  // "chương trình ra mắt cuốn sách “...”": the quotes name the book or the film.
  'cuốn sách', 'quyển sách', 'bộ phim', 'bộ sách',
  // "kế hoạch triển khai phần mềm “Xây dựng thực đơn ...”": the quotes name the software.
  'phần mềm',
];

/** Words in a project's name that make it a business's building, estate or plant, not a public effort ("Dự án chung cư ..."). */
export const BUSINESS_PROJECT_WORDS = [
  'chung cư', 'căn hộ', 'khu đô thị', 'khu dân cư', 'nhà ở', 'tòa nhà', 'tổ hợp', 'cao ốc', 'khách sạn', 'resort',
  'biệt thự', 'condotel', 'officetel', 'khu nghỉ dưỡng', 'trung tâm thương mại', 'khu phức hợp', 'sân golf',
  'khu biệt thự', 'shophouse', 'nhà phố', 'nhà máy', 'chủ đầu tư', 'liên doanh', 'công ty',
];

/** A project named as the site itself ("Dự án Khu du lịch sinh thái ...") is a resort being built; a plan about one
 *  ("Quy hoạch tổng thể phát triển Khu du lịch quốc gia ...") is public. */
export const BUSINESS_SITE_STARTS = ['khu du lịch', 'khu vui chơi', 'điểm du lịch'];

/** Bodies named after a field ("Viện Quy hoạch ...", "Vụ Kế hoạch ..."), not a plan. */
export const FIELD_UNIT_WORDS = ['viện', 'sở', 'cục', 'vụ', 'ban', 'phòng', 'trung tâm', 'ủy ban', 'quản lý', 'qlda', 'hội'];

/** Administrative words that open a place after a comma ("Dự án Tu bổ, tôn tạo di tích đền Kiếp Bạc, thị xã Chí Linh"): not a list item. */
export const ADMIN_UNIT_WORDS = ['tỉnh', 'thành phố', 'tp', 'quận', 'huyện', 'thị xã', 'thị trấn', 'xã', 'phường'];

/** Pieces of writing and film whose quoted title may open with a head word ("bài viết “Dự án đường sắt đô thị Hà Nội”"). */
export const WORK_TITLE_WORDS = ['bài viết', 'bài báo', 'cuốn sách', 'quyển sách', 'tác phẩm', 'bộ phim', 'phim', 'tiêu đề', 'bài hát', 'ca khúc', 'chuyên mục'];

/** Words that go on with the connective an unquoted name stops at ("dành cho", "gắn với"): never its last word. */
export const DANGLING_BEFORE_CONNECTIVE = ['dành', 'gắn'];

/** Compounds that hold a function word of NAME_STOP_WORDS, or "ở", but go on with the name ("Cảng hàng không ...", "nhà ở"). */
export const STOP_WORD_COMPOUNDS = ['hàng không', 'phòng không', 'không gian', 'không khí', 'không quân', 'loại vừa', 'nhà ở', 'chỗ ở',
  // "(bán lẻ ... trực tiếp) đến tay người tiêu dùng": to the hands of, one idiom.
  'đến tay'];

/** A plan or project "cấp tỉnh" is a kind that every province drafts, not one named effort. */
export const LEVEL_KIND_TAILS = ['cấp tỉnh', 'cấp huyện', 'cấp xã', 'cấp cơ sở', 'các cấp'];

/** Paired fields written with a dash inside official names ("Quy hoạch tổng thể phát triển kinh tế - xã hội ..."). */
export const DASHED_COMPOUNDS = [
  'kinh tế - xã hội', 'văn hóa - xã hội', 'quốc phòng - an ninh', 'an ninh - quốc phòng', 'văn hóa - thể thao',
  'giáo dục - đào tạo', 'khoa học - công nghệ', 'kinh tế - kỹ thuật', 'khoa học - kỹ thuật', 'thể dục - thể thao',
];

/**
 * Public works that a state project builds, named by their place ("dự án Cảng hàng không quốc tế Long Thành", "dự án
 * sân bay Long Thành", "dự án đường sắt Cát Linh - Hà Đông", "Dự án Bảo tàng Vũ trụ"). After a lower-case "dự án", a
 * capitalised work opens the name; a lower-case one is the head phrase's and the name starts at the capital after it.
 * Businesses' buildings stay out (BUSINESS_PROJECT_WORDS). Longer forms first is not needed: the pattern sorts them.
 */
export const PUBLIC_WORKS = [
  'cảng hàng không', 'sân bay', 'cảng', 'cảng cá', 'cảng biển', 'cảng nước sâu',
  'đường sắt', 'đường sắt đô thị', 'đường sắt cao tốc', 'đường sắt trên cao', 'tuyến đường sắt', 'tuyến metro', 'metro',
  'đường cao tốc', 'cao tốc', 'đường vành đai', 'vành đai', 'quốc lộ', 'cầu', 'hầm', 'hầm đường bộ', 'nút giao', 'nhà ga',
  'bảo tàng', 'đại học', 'bệnh viện', 'vệ tinh', 'hồ chứa', 'thủy lợi', 'đê', 'kè',
  'trung tâm', 'tuyến đường', 'đường', 'kênh', 'trạm bơm',
  // the press's short forms of the same works ("dự án ĐSĐT Cát Linh - Hà Đông", "dự án CHK Long Thành", "dự án BVĐK tỉnh ...")
  'đsđt', 'chk', 'chkqt', 'bvđk',
];

/**
 * Works that open a state project's name only after a capitalised "Dự án" ("Dự án Trung tâm Dữ liệu quốc gia"): after a
 * lower-case "dự án" a centre is a business's or a province's site ("dự án Trung tâm logistics Cái Mép Hạ", "dự án
 * Trung tâm nghề cá tỉnh ..."), a building, not an initiative.
 */
export const CAPITAL_PROJECT_ONLY_WORKS = ['trung tâm'];

/** Lower-case words that may close a public work's name after its place ("Trung tâm Vệ tinh quốc gia"). */
export const PUBLIC_WORK_PLACE_TAILS = ['quốc gia', 'quốc tế', 'trung ương', 'khu vực'];

/** Sentence words of a company's own works: "dự án Trung tâm Điện lực ... (do CTCP ... làm chủ đầu tư)" is its business. */
export const PRIVATE_OWNER_CUES = ['công ty', 'ctcp', 'cổ phần', 'tnhh'];

/**
 * A national action month is named by its cause after a connective ("Tháng hành động vì trẻ em năm 2017", "Tháng hành
 * động quốc gia về phòng, chống HIV/AIDS"): the connective that opens the cause.
 */
export const ACTION_MONTH_CAUSE_LEADS = [
  'vì', 'về', 'quốc gia vì', 'quốc gia về', 'phòng, chống', 'phòng chống', 'về phòng, chống', 'quốc gia về phòng, chống',
];
/** Words after the cause that go on with the sentence, not the name ("... vì trẻ em với chủ đề ...", "... do Bộ ..."). */
export const ACTION_MONTH_CAUSE_STOPS = [
  'năm', 'với', 'do', 'là', 'được', 'đã', 'sẽ', 'đang', 'tại', 'ở', 'trong', 'trên', 'diễn', 'nhằm', 'của', 'từ', 'và',
  'cho', 'có', 'này', 'đó', 'nhân', 'theo', 'bắt', 'kéo', 'thu', 'góp', 'khi', 'vào',
];

/**
 * Nationwide movements named with no head word before them, as the press writes them year after year ("phát động Tết
 * trồng cây", "dịp Tết trồng cây"): general data, like a gazetteer's. The capitalised first word is required.
 */
export const NAMED_MOVEMENTS: Record<string, string[]> = {
  // its full slogan, written on after it with or without a comma
  'Tết trồng cây': ['đời đời nhớ ơn Bác Hồ'],
};
