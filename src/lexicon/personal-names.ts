import { MOVEMENT_NAME_WORDS } from './foreign-officials.js';

// Vietnamese family names (họ): a name starting with one of these is a person, not a place or body.
export const FAMILY_NAMES: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
  'Dương', 'Lý', 'Đào', 'Đoàn', 'Đinh', 'Trương', 'Lâm', 'Mai', 'Trịnh', 'Lương', 'Phùng', 'Tô', 'Tạ', 'Hà',
  'Cao', 'Chu', 'Châu', 'Quách', 'Thái', 'Lưu', 'Triệu', 'Hứa', 'Văn', 'Vương', 'La', 'Lại', 'Kiều',
  'Khúc', 'Kim', 'Lục', 'Mạc', 'Nghiêm', 'Nông', 'Quan', 'Tăng', 'Thân', 'Tôn', 'Trình', 'Tống',
  'Diệp', 'Doãn', 'Giang', 'Hàn', 'Hầu', 'Khổng', 'Khương', 'Lò', 'Lữ', 'Mạch', 'Ninh', 'Phí',
  'Quản', 'Sầm', 'Thạch', 'Thào', 'Vi', 'Viên', 'Y', 'Âu', 'Đàm', 'Giáp', 'Hồng', 'Khuất', 'Lã',
  'Mẫn', 'Nhâm', 'Tiêu', 'Cù', 'Cấn', 'Bạch', 'Biện', 'Cam', 'Chế', 'Chử', 'Danh', 'Điêu', 'Khiếu', 'Từ', 'Đồng',
  // (not Uông, Thiều: they open place names, "Uông Bí", "Thiều Quan")
  'Tòng', 'Lường', 'Giàng', 'Bế', 'Ung', 'Ưng', 'Sùng',
  // Sino-Vietnamese readings of Chinese surnames (Bành Thanh Hoa, Vưu Quyền), none opening a place name
  'Bành', 'Vưu', 'Đới', 'Khưu',
];

/** Capitalised words that start sentences or captions and so can follow a name without being part of it. */
export const NOT_NAME_WORDS: readonly string[] = [
  'Ngành', 'Ảnh', 'Theo', 'Sau', 'Trong', 'Tại', 'Ông', 'Bà', 'Phát', 'Ngày', 'Chiều', 'Sáng',
  'Tối', 'Trưa', 'Đêm', 'Đây', 'Đó', 'Khi', 'Các', 'Những', 'Người', 'Năm', 'Với', 'Và',
  'Trả', 'Nhưng', 'Để', 'Về', 'Cho', 'Nguồn', 'Video', 'Clip', 'Hội', 'Lễ', 'Buổi',
  'Thay', 'Tham', 'Trước', 'Cũng', 'Được', 'Đã', 'Sẽ', 'Nhiều', 'Một',
  'Bộ', 'Cục', 'Sở', 'Phòng', 'Ban', 'Ủy', 'Tỉnh', 'Huyện',
  'Quận', 'Xã', 'Phường', 'Báo', 'PV', 'Bí', 'Giám', 'Trưởng',
  // function words that open a clause (a lost full stop: "... Maria Zakharova Còn ..."), never given names
  'Chưa', 'Vẫn', 'Còn', 'Nếu', 'Dù', 'Bị', 'Mà', 'Rồi',
];

/**
 * Side words of a photo caption's note on where a person stands ("Bà X (thứ 2 từ phải sang) - Chủ tịch ...", "Ông Y (bên
 * trái), Tổ trưởng ...", "Z (giữa) - Giám đốc ..."): a bracket right after a name with one of these among its first words
 * places the person in the picture, and the post after it is still that person's. Folded.
 */
export const PICTURE_SIDE_WORDS: readonly string[] = ['trái', 'phải', 'giữa'];

/** Words a capitalised syllable may begin after a rank ("Thượng tá An ninh"): not a name. Folded. */
export const NOT_NAME_PHRASES: readonly string[] = [
  'an ninh', 'cảnh sát', 'công an', 'hải quân', 'không quân', 'biên phòng', 'quân đội', 'quân y', 'tình báo',
  'phòng không', 'đặc công', 'pháo binh', 'bộ binh', 'thông tin', 'hậu cần', 'kỹ thuật', 'hoa hồng',
  // armed groups named with the Arabic article, one word like an Arabic surname ("thủ lĩnh al-Qaeda"), and armed or political
  // movements named by one foreign word ("người phát ngôn của Taliban Zabihullah Mujahid"): the movements' list, with two spellings it lacks
  'al-shabab', 'al-aqsa', ...MOVEMENT_NAME_WORDS,
];

/** People whose name is also a place's: after a post they are the person ("Chủ tịch Hồ Chí Minh"). */
export const NAMESAKE_PLACES: readonly string[] = ['Hồ Chí Minh'];

/** Monuments and venues named after a person: "Tượng đài Chủ tịch Hồ Chí Minh" names no one. Folded. */
export const VENUE_BEFORE_NAMESAKE: readonly string[] = [
  'tượng đài', 'tượng', 'lăng', 'đền thờ', 'nhà tưởng niệm', 'khu tưởng niệm', 'khu di tích', 'di tích', 'bảo tàng',
  'quảng trường', 'công viên', 'nhà sàn', 'khu lưu niệm', 'nhà lưu niệm', 'giải thưởng', 'giải', 'đường', 'trường',
];

/** Years of the sexagenary cycle ("Tết Đinh Dậu") are written like two-syllable names: stems and branches. */
export const CYCLE_STEMS: readonly string[] = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'];
export const CYCLE_BRANCHES: readonly string[] = ['Tý', 'Sửu', 'Dần', 'Mão', 'Mẹo', 'Thìn', 'Tỵ', 'Tị', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'];

/** Capitalised words that open bodies, never a person's name ("Giám đốc Khu Quản lý ...", "Quỹ Bảo vệ ..."). Officials only. */
// ("The" opens an English title, a show or a band, never a person: "Hoàng tử The Voice")
export const NOT_PERSON_START_WORDS: readonly string[] = ['Khu', 'Quỹ', 'Cty', 'Hãng', 'Tp', 'The'];

/** Common middle names, in lower case: they follow a family name ("Nguyễn Văn Cao", "Trần Đình Trọng"). */
export const COMMON_MIDDLE_NAMES: readonly string[] = [
  'văn', 'thị', 'đình', 'hữu', 'đức', 'ngọc', 'công', 'quang', 'minh', 'xuân', 'thanh', 'trung', 'duy', 'quốc', 'bá', 'thế',
];

/** Words of NOT_NAME_WORDS that are also middle names, right after a family name ("Lê Bộ Lĩnh", "Trần Sáng Tùng"). */
export const MIDDLE_NAMES_AMONG_NOT_NAME_WORDS: readonly string[] = ['Bộ', 'Hội', 'Năm', 'Phát', 'Sáng', 'Ban', 'Tham'];

// Surnames that tell a person from a place after a unit word (used folded by the locations pass).
/** Common surnames: a capitalised run after huyện/xã that reaches one is a person's name (... Nguyễn Văn A). */
export const COMMON_SURNAMES: readonly string[] = [
  'nguyễn', 'trần', 'lê', 'phạm', 'hoàng', 'huỳnh', 'phan', 'vũ', 'võ', 'đặng', 'bùi', 'đỗ', 'ngô', 'dương', 'đinh',
  'trịnh', 'đoàn', 'lương', 'trương', 'tạ', 'lý', 'quách',
];
/** Rarer Kinh surnames: three capitalised words opening with one after a province-level unit word are its post-holder. */
export const RARER_SURNAMES: readonly string[] = [
  'tất', 'thân', 'mai', 'lâm', 'kiều', 'triệu', 'tô', 'đào', 'đàm', 'nông', 'lại', 'mạc', 'chu', 'lưu', 'lục',
  'vương', 'hứa', 'khổng', 'doãn', 'tôn', 'phùng', 'nghiêm', 'hầu', 'lã', 'lò', 'giàng', 'cầm', 'âu', 'thái', 'hồ',
  'cao', 'hà', 'châu',
];
/**
 * Surnames that open no unit name: ethnic-minority ones of the north (Lò Văn Pọm, Giàng A Páo), a monk's Thích, and
 * rarer Kinh ones. A run opening with one before "(Province)" is a person.
 */
export const SURNAMES_OPENING_NO_UNIT: readonly string[] = [
  'lò', 'giàng', 'sùng', 'vàng', 'hờ', 'mùa', 'thào', 'lầu', 'cà', 'quàng', 'lù', 'ly', 'hạng', 'tòng', 'thích',
  'tống', 'lưu', 'lại', 'mạc', 'kiều', 'triệu', 'khổng', 'phùng', 'vương', 'hứa', 'diệp', 'thân', 'nông', 'hầu',
];

/**
 * A capitalised word and the lower-case word after it that together open a clause ("Không thể", "Kết luận", "Tuy
 * nhiên"): after two name syllables or more they start the next sentence, glued on by a lost full stop ("... Trần Văn
 * Nam Kết luận hội nghị ..."), and are no part of the name. For people's names (officials).
 */
export const CLAUSE_OPENING_PHRASES: readonly string[] = [
  'không thể', 'không có', 'không chỉ', 'không phải', 'không được', 'không nên', 'không ai', 'tuy nhiên', 'tuy vậy',
  'vì sao', 'vì vậy', 'vì thế', 'do đó', 'do vậy', 'kết luận', 'kết thúc', 'mới đây', 'gần đây', 'ngoài ra',
  'từ đó', 'từ khi', 'từ năm', 'hiện nay', 'hiện tại', 'hiện đang', 'có thể', 'có lẽ', 'bên cạnh', 'riêng về',
  'đang là', 'đang được', 'là người', 'là một', 'thì ra', 'chỉ có', 'chỉ cần', 'dự kiến', 'đời sống', 'gia đình',
  'vợ chồng', 'đón xem', 'xem thêm', 'phát biểu', 'chia sẻ', 'cho biết', 'khẳng định', 'nhấn mạnh', 'trao đổi', 'thông tin',
  // a caption with no full stop ("Trung tá Đào Trung Hiếu Mỗi lần như vậy, ..."): "Mỗi", "Lúc" are never given names
  'mỗi lần', 'mỗi khi', 'mỗi ngày', 'mỗi năm', 'lúc này', 'lúc đó',
];

/**
 * The same for place names ("xã Đồng Tâm Liên quan đến ...", "Nam Ossetia Tình hình ..."), a narrower list: it was
 * built and checked on the corpus for locations, where names run on over fewer words than people's do. Pairs, not
 * single words: Liên, Tình, Đồng end many names (Kim Liên, Hữu Tình, Hải Đồng).
 */
export const PLACE_CLAUSE_OPENING_PHRASES: readonly string[] = [
  'liên quan', 'tình hình', 'tình trạng', 'lực lượng', 'ngoài ra', 'bên cạnh', 'đồng thời', 'vụ việc', 'thông tin',
  'nguồn tin', 'mặc dù', 'từ đó',
];

/**
 * Words that end a firm's or an institution's name in English, never a person's surname alone ("CEO Qatar Airways",
 * "CEO Ford Motor", "Chủ tịch Tập đoàn Qatar Petroleum"): a post's one-word holder read as one of them is its body. Lower case.
 */
export const BODY_FORM_WORDS: readonly string[] = [
  'airways', 'airlines', 'airport', 'motor', 'motors', 'pharma', 'petroleum', 'software', 'bank', 'college', 'university',
  'group', 'holdings', 'corporation', 'corp', 'inc', 'ltd', 'electronics', 'telecom', 'studios', 'entertainment',
  'foundation', 'institute', 'industries', 'technologies', 'energy', 'media', 'club',
];

/**
 * Words for a street, a ward or an institution, which are often named after a person ("đường Phạm Văn Đồng", "phường
 * Lê Lợi", "Trường ĐH Y khoa Phạm Ngọc Thạch", "BV Bạch Mai"): a name right after one, with no post, rank or honorific
 * of its own before it, is the place's or the institution's name, not a person. Folded.
 */
export const NAMED_AFTER_PERSON_HEADS: readonly string[] = [
  'đường', 'tuyến đường', 'phố', 'đại lộ', 'phường', 'xã', 'quận', 'huyện', 'thị trấn', 'thành phố', 'tp',
  'trường', 'thpt', 'thcs', 'ptcs', 'ptth', 'tiểu học', 'mầm non', 'đại học', 'đh', 'học viện', 'y khoa', 'y dược',
  'bệnh viện', 'bv', 'quảng trường', 'công viên', 'bảo tàng', 'tượng đài', 'lăng', 'đền thờ', 'nhà lưu niệm',
  'khu lưu niệm', 'khu di tích', 'sân vận động', 'giải thưởng',
];
