// Word lists of the foreign-officials pass (src/extract/foreign-officials.ts), written naturally;
// the pass folds them into its word-id tables.

/** Posts of foreign states and firms that the general post list leaves out. */
export const FOREIGN_POST_HEADS: readonly string[] = [
  'CEO', 'COO', 'CFO', 'CTO', 'vua', 'Vua', 'nhà vua', 'Nhà vua', 'Thái tử', 'thái tử',
  'quan chức', 'Quan chức', 'Giáo hoàng', 'Tổng thư ký', 'Chủ tịch', 'Phó Tổng thống', 'Đại diện',
  // a state's chief prosecutor ("Tổng công tố nhà nước Hisham Barakat")
  'Tổng công tố', 'tổng công tố',
  // a high commissioner of the UN or EU ("Cao ủy Nhân quyền LHQ Zeid Ra'ad al-Hussein", "Cao ủy Thương mại EU Cecilia Malmstrom")
  'Cao ủy',
  // a chief strategist of a head of state or a firm ("Chiến lược gia trưởng Steve Bannon", "chiến lược gia trưởng thị trường của ngân hàng X")
  'Chiến lược gia trưởng', 'chiến lược gia trưởng',
];

/** Posts read only in apposition after a name ("X, đối tác tại hãng Y"): before a name they are common nouns. */
export const APPOSITION_HEAD_WORDS: readonly string[] = ['đối tác'];

/** Posts that are also verbs written lower case ("lãnh đạo", "phụ trách", "quản lý"): a post only capitalised. */
export const VERB_LIKE_HEAD_WORDS: readonly string[] = ['trưởng', 'lãnh đạo', 'phụ trách', 'quản lý', 'chỉ huy', 'trợ lý', 'thư ký', 'đại diện', 'đồng sáng lập'];

/**
 * Adjectives of kind after "đại diện" that make it a representative of a style or school, no post ("Louis van Gaal, một đại
 * diện tiêu biểu khác của phong cách Hà Lan tổng lực").
 */
export const EXEMPLAR_WORDS: readonly string[] = ['tiêu biểu', 'xuất sắc', 'điển hình', 'ưu tú', 'nổi bật', 'sáng giá', 'kiệt xuất', 'tiêu biểu nhất'];

/** Posts that name no one without their body between post and name ("Thư ký báo chí Nhà Trắng"). */
export const NEEDS_BODY_HEAD_WORDS: readonly string[] = ['đại diện', 'trưởng', 'lãnh đạo', 'ủy viên', 'thư ký', 'phụ trách', 'trợ lý', 'quản lý', 'chỉ huy', 'điều phối viên', 'quan chức'];

/** Firm posts: right before three capitalised words, the first is the firm ("CEO Samsung Kwon Oh-hyun"). */
export const FIRM_POST_WORDS: readonly string[] = ['giám đốc', 'tổng giám đốc', 'giám đốc điều hành', 'tổng giám đốc điều hành', 'ceo', 'coo', 'cfo', 'cto', 'chủ tịch'];

/** Heads of state and government written lower case: the one foreign word after one is the holder's surname ("phục vụ tổng thống Obama đã"). */
export const STATE_POST_WORDS: readonly string[] = ['tổng thống', 'phó tổng thống', 'thủ tướng', 'ngoại trưởng', 'quốc vương', 'nữ hoàng', 'hoàng đế', 'giáo hoàng', 'thủ hiến'];

/** Buildings named after a post ("phủ tổng thống Akorda", "dinh thủ tướng"): the word after is the building's name. */
export const SEAT_OF_POST_WORDS: readonly string[] = ['phủ', 'dinh', 'cung', 'điện'];

/** Words after a post that describe its holder, not the post ("Tổng thống Mỹ khi đó Barack Obama"). */
export const HOLDER_DESCRIPTOR_WORDS: readonly string[] = [
  'nước chủ nhà', 'nước sở tại',
  'khi đó', 'lúc đó', 'khi ấy', 'lúc ấy', 'thời đó', 'lúc bấy giờ', 'khi bấy giờ', 'thời điểm đó', 'hiện nay', 'hiện tại', 'tự xưng', 'tự phong', 'hiện thời',
  'bị phế truất', 'bị luận tội', 'bị lật đổ', 'bị bắt', 'bị sát hại', 'quá cố', 'đã quá cố', 'lưu vong',
];

/**
 * A post's term and order, written between the post and its holder: part of the post as written ("Tổng thống mãn nhiệm",
 * "Ngoại trưởng mới của Hàn Quốc", "Tổng thống Mỹ thứ 43"); an ordinal's number follows "thứ".
 */
export const TERM_OF_OFFICE_WORDS: readonly string[] = [
  'mãn nhiệm', 'vừa mãn nhiệm', 'sắp mãn nhiệm', 'đương nhiệm', 'đắc cử', 'vừa đắc cử', 'mới đắc cử', 'mới', 'đầu tiên', 'thứ',
];

/** Words opening a post's remit after its head ("Cao ủy phụ trách vấn đề nhân quyền", "Trợ lý Ngoại trưởng về các vấn đề chính trị"). */
export const REMIT_OPENER_WORDS: readonly string[] = ['phụ trách', 'đặc trách', 'về'];

/** Matters a remit names after "về" or "phụ trách" ("về các vấn đề quốc tế", "về chính sách an ninh và đối ngoại"). */
export const REMIT_NOUN_WORDS: readonly string[] = ['vấn đề', 'chính sách', 'lĩnh vực', 'công tác', 'quan hệ'];

/**
 * Command posts whose body is a country's forces written in the plural ("Tổng tư lệnh các lực lượng vũ trang Nga", "Tham mưu
 * trưởng các lực lượng Mỹ tại Hàn Quốc"): the "các" after them opens the body, no plural of holders or new clause.
 */
export const COMMAND_POST_WORDS: readonly string[] = ['tư lệnh', 'tổng tư lệnh', 'tham mưu trưởng', 'tổng tham mưu trưởng', 'chỉ huy', 'tổng chỉ huy'];
export const ARMED_FORCES_WORDS: readonly string[] = ['lực lượng'];

/** Body types: a capitalised run right after one and its lower-case descriptors is the body's name ("công ty luật McGuire Woods"). */
export const BODY_TYPE_WORDS: readonly string[] = [
  'công ty', 'tổng công ty', 'tập đoàn', 'hãng', 'ngân hàng', 'nhóm', 'tổ chức', 'tổ hợp', 'tổ hợp tác', 'đảng', 'quỹ', 'câu lạc bộ', 'clb',
  'đội bóng', 'viện', 'trường', 'đại học', 'bệnh viện', 'hiệp hội', 'liên đoàn', 'tờ', 'báo', 'kênh', 'đài', 'tạp chí', 'hãng tin',
  'phong trào', 'mặt trận', 'lực lượng', 'phe', 'nhà máy', 'xưởng', 'trung tâm', 'thương hiệu', 'chương trình', 'cuộc thi', 'giải',
  'cty', 'tổng cty', 'liên doanh', 'doanh nghiệp', 'dự án', 'chuỗi', 'nhà hàng', 'khách sạn', 'hệ thống',
];

/** Bodies named by a post word after them ("Hội đồng cố vấn", "Ban thư ký"): the post word is no one's post. */
export const BODY_BEFORE_POST_WORDS: readonly string[] = ['hội đồng', 'ban', 'ủy ban', 'nhóm', 'đội ngũ', 'văn phòng', 'tổ'];

/** Administrative words: the capitalised words after them are a place ("xã Ea Kao", "bang Washington"). */
export const PLACE_LEVEL_WORDS: readonly string[] = ['tỉnh', 'thành phố', 'tp', 'quận', 'huyện', 'thị xã', 'xã', 'phường', 'thị trấn', 'thôn', 'ấp', 'bản', 'buôn', 'làng', 'bang', 'tiểu bang', 'thủ đô', 'vùng', 'khu'];

/** Venues: the capitalised words right after one are its name, no post's holder ("sân bay John F. Kennedy", "sân Nou Camp"). */
export const VENUE_WORDS: readonly string[] = ['sân', 'sân bay', 'sân vận động', 'cảng', 'bến cảng', 'khách sạn', 'nhà hát', 'quảng trường', 'đại lộ', 'phố', 'đường'];

/** English words of firm, team, media and event names: the run up to the last one is a body, not a person ("Goldman Sachs Group"). */
export const ENGLISH_BODY_WORDS: readonly string[] = [
  'group', 'inc', 'corp', 'corporation', 'company', 'co', 'ltd', 'llc', 'plc', 'bank', 'holdings', 'capital', 'partners', 'ventures',
  'fund', 'foundation', 'institute', 'university', 'college', 'school', 'times', 'post', 'news', 'journal', 'motors', 'motor',
  'electronics', 'technologies', 'technology', 'airlines', 'airways', 'energy', 'oil', 'media', 'entertainment', 'pictures', 'studios',
  'records', 'cup', 'awards', 'award', 'festival', 'show', 'center', 'centre', 'hotel', 'resort', 'tower', 'plaza', 'mall', 'united',
  'city', 'fc', 'club', 'utd', 'real', 'miss', 'beauty', 'queen', 'global', 'international', 'associates', 'consulting', 'systems', 'software',
  'lab', 'labs', 'network', 'networks', 'communications', 'telecom', 'pharma', 'insurance', 'securities', 'investments', 'investment', 'trust',
  'council', 'committee', 'agency', 'association', 'federation', 'league', 'union', 'party', 'army', 'forces', 'navy', 'airport',
  'internet', 'online', 'express', 'magazine', 'review', 'daily', 'herald', 'tribune', 'street', 'press', 'reuters', 'sachs', 'morgan', 'stanley', 'lynch',
  // a firm's department after a post ("Phó Chủ tịch Marketing")
  'marketing', 'sales',
];

/** English body words that are also surnames ("Loretta Lynch", "Jeffrey Sachs"): a name may end with them. */
export const SURNAME_LIKE_BODY_WORDS: readonly string[] = ['lynch', 'morgan', 'stanley', 'sachs', 'post', 'real', 'miss', 'queen', 'press'];
/** Last words of a firm's, team's or paper's name, never of a person's ('Dell Technologies', 'Samsung Electronics', 'Sky News'). */
export const BODY_NAME_END_WORDS: readonly string[] = ENGLISH_BODY_WORDS.filter((w) => !SURNAME_LIKE_BODY_WORDS.includes(w));

/**
 * Words that end the clause between a post and a name: verbs, conjunctions, time words, kin, occupations
 * and things ("Bộ trưởng X cho biết tàu ...", "HLV", "bộ phim"). A post read across one of these is not the name's.
 */
export const CLAUSE_BREAK_WORDS: readonly string[] = [
  'cho', 'biết', 'nói', 'là', 'đã', 'đang', 'sẽ', 'vừa', 'được', 'bị', 'có', 'gặp', 'tiếp', 'với', 'cùng', 'tới', 'đến',
  'khi', 'sau', 'trước', 'nhưng', 'thì', 'mà', 'rằng', 'này', 'đó', 'ấy', 'theo', 'để', 'từ', 'bởi', 'ngày', 'tháng', 'năm',
  'lúc', 'hôm', 'trong', 'ra', 'vào', 'lên', 'như', 'nếu', 'vì', 'do', 'hay', 'hoặc', 'thay', 'cả', 'cũng', 'lại', 'còn',
  'phải', 'muốn', 'nên', 'gửi', 'mời', 'đón', 'thăm', 'chúc', 'trao', 'nhận', 'ký', 'dưới', 'thời', 'thuê', 'tên', 'trên', 'gồm', 'mua',
  'cáo', 'buộc', 'kiện', 'bắt', 'yêu', 'kêu', 'gọi', 'sa', 'thải', 'trích', 'ngợi', 'giúp', 'đưa', 'thấy', 'thích',
  'vợ', 'chồng', 'con', 'bố', 'mẹ', 'cha', 'anh', 'chị', 'em', 'bạn', 'các', 'những', 'nhiều', 'mọi', 'một',
  'hlv', 'fan', 'phim', 'cuốn', 'tàu', 'xe', 'tờ', 'kênh', 'trận', 'mùa', 'phút', 'ts', 'gs', 'vđv',
];

/** Occupations and things before a name: the name is no official's ("tiền vệ Paul Pogba", "bộ phim Star Wars"). */
export const NOT_A_POST_WORDS: readonly string[] = [
  'huấn luyện viên', 'cầu thủ', 'tiền đạo', 'tiền vệ', 'hậu vệ', 'thủ môn', 'thủ thành', 'ngôi sao', 'siêu sao', 'tân binh',
  'ca sĩ', 'diễn viên', 'đạo diễn', 'nhạc sĩ', 'người mẫu', 'luật sư', 'bác sĩ', 'phóng viên', 'nhà báo', 'tỷ phú', 'tỉ phú',
  'doanh nhân', 'võ sĩ', 'tay vợt', 'vận động viên', 'tác giả', 'nhà văn', 'tiến sĩ', 'giáo sư', 'chuyên gia', 'sinh viên',
  'nghi phạm', 'nghi can', 'bộ phim', 'ứng dụng', 'thương hiệu', 'nhãn hiệu', 'sản phẩm', 'đội tuyển', 'bàn thắng',
  'học giả', 'nhà nghiên cứu', 'nhà khoa học', 'nhà phân tích', 'nhà đầu tư', 'người', 'nhà', 'phu nhân', 'ứng viên', 'ứng cử viên',
];

/** Capitalised words that open a sentence or caption, never part of a post. */
export const CAPITAL_OPENER_WORDS: readonly string[] = ['theo', 'sau', 'trong', 'khi', 'với', 'và', 'nhưng', 'để', 'cho', 'ảnh', 'nguồn', 'video', 'clip', 'tuy', 'nếu', 'vì', 'do'];

/** Lower-case words of foreign names (von der Leyen, bin Salman, al Attiyah). */
export const NAME_PARTICLE_WORDS: readonly string[] = ['von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'dela', 'dos', 'das', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'ter', 'ten', 'zu', 'bint'];

/** Words between a name in apposition and its post: "X, một trong những cố vấn của ...", "Y – nguyên là ...". */
export const APPOSITION_INTRO_WORDS: readonly string[] = ['một trong những', 'một trong các', 'nguyên là', 'hiện là', 'là', 'một', 'đồng thời là',
  // "X, người từng làm Tư lệnh ...", "Y – người sau này làm Bộ trưởng ...": a relative clause naming the post ("người từng làm việc" names none)
  'người từng làm', 'người từng là', 'người từng giữ chức', 'người đã từng làm', 'người đã từng là', 'người đã từng giữ chức',
  'người sau này làm', 'người sau này là', 'người hiện là', 'người hiện giữ chức', 'người giữ chức', 'người đang giữ chức'];

/** Words that may open a sentence before a name in apposition ("Theo Gary Samore, quan chức ..."). */
export const APPOSITION_LEAD_WORDS: readonly string[] = ['theo', 'lời', 'ông', 'bà', 'ngài'];

/** Words a title does not end with ("Ngoại trưởng Mỹ của", "Tổng thống thứ"). */
export const TITLE_TAIL_WORDS: readonly string[] = ['của', 'ở', 'tại', 'thứ', 'gồm', 'và', 'cho', 'về', 'với', 'là', 'thuộc', 'trong'];

/** Prepositions right before a name: it is the object ("của Baek Je", "tại National Brokers"). */
export const PREPOSITION_WORDS: readonly string[] = ['của', 'tại', 'ở', 'cho', 'về', 'với', 'từ', 'trên', 'thuộc', 'bởi', 'giữa', 'sang', 'qua'];

/** Words before a post that make the named person someone else than its holder. */
export const NOT_THE_HOLDER_WORDS: readonly string[] = ['phu nhân', 'vợ', 'chồng', 'con gái', 'con trai', 'con', 'mẹ', 'bố', 'cha', 'em trai', 'em gái', 'anh trai', 'chị gái',
  'ứng viên', 'ứng cử viên', 'cháu', 'con rể', 'con dâu', 'bạn gái', 'người tình', 'cựu vợ', 'thư ký riêng'];

export const PLURAL_WORDS: readonly string[] = ['các', 'những', 'nhiều', 'mọi'];

/** Acronyms of a body's type or legal form, not its name ("Trường THPT", "Công ty TNHH"): the name still follows them. */
export const SCHOOL_LEVEL_WORDS: readonly string[] = ['thpt', 'thcs', 'th', 'ptth', 'đh', 'cđ', 'tnhh', 'mtv', 'cp', 'jsc'];

/** Words right before a full name that make it a relative's or another bearer's of the surname ("bà Michelle Obama", "con gái Ivanka Trump"). */
export const OTHER_BEARER_BEFORE_WORDS: readonly string[] = ['bà', 'vợ', 'chồng', 'con', 'gái', 'trai', 'em', 'anh', 'chị', 'cha', 'mẹ', 'bố', 'nhân', 'cháu', 'cô', 'dâu', 'rể'];

/** A name's predicate right after it: after "post, <name>" the name is the post's holder ("Thị trưởng Paris, Anne Hidalgo cho hay"). */
export const PREDICATE_AFTER_NAME_WORDS: readonly string[] = [
  'cho biết', 'cho hay', 'cho rằng', 'nói', 'khẳng định', 'nhấn mạnh', 'phát biểu', 'tuyên bố', 'chia sẻ', 'thừa nhận', 'giải thích',
  'nhận định', 'bày tỏ', 'cảnh báo', 'xác nhận', 'trả lời', 'đánh giá', 'nêu rõ', 'tiết lộ', 'thông báo', 'kêu gọi', 'đề nghị',
  'nhận xét', 'phủ nhận', 'bác bỏ', 'nhắc lại', 'viết', 'đăng', 'đăng tải', 'lưu ý', 'kể', 'thậm chí', 'cũng', 'đã', 'vừa', 'đang', 'sẽ', 'từng',
  'được', 'bị', 'tin rằng', 'hy vọng', 'lo ngại', 'cam kết', 'mô tả', 'dự báo', 'ước tính', 'phân tích', 'khuyến cáo', 'yêu cầu',
];

/** Degrees and occupations before a name set off by a comma from its post ("Tiến sĩ Kenneth Mitchell, Giám đốc ..."). */
export const DEGREE_BEFORE_NAME_WORDS: readonly string[] = [
  'tiến sĩ', 'tiến sỹ', 'giáo sư', 'phó giáo sư', 'thạc sĩ', 'ts', 'gs', 'pgs', 'ths', 'chuyên gia', 'nhà nghiên cứu', 'nhà khoa học',
  'kỹ sư', 'bác sĩ', 'luật sư', 'nhà báo', 'nhà kinh tế', 'nhà kinh tế học', 'học giả',
];

/** Public bodies written by one capitalised word, never a person's surname after a post ("Chủ tịch Fed", "Chủ tịch Duma"). */
export const ONE_WORD_BODY_WORDS: readonly string[] = ['Fed', 'Duma', 'Knesset', 'Bundestag', 'Kremlin', 'Interpol', 'Europol', 'Pentagon', 'Nasa', 'Politburo'];

/** Pieces of firm names coined from Vietnamese and English words ("Vinatex", "Sacombank", "Novaland", "Petrolimex"): no surname. */
export const BRAND_PREFIXES: readonly string[] = ['vina', 'viet', 'petro', 'sacom', 'saigon', 'hano', 'agri', 'techcom', 'nova', 'sabe', 'becamex'];
export const BRAND_SUFFIXES: readonly string[] = ['bank', 'land', 'tex', 'mex', 'com', 'corp', 'cons', 'tel', 'net', 'soft', 'gas', 'pharm', 'food', 'milk', 'group', 'tourist', 'invest', 'lott', 'sco'];

/**
 * A country written between a post and its holder in a short, adjectival or hyphenated form that the name reader took
 * for the name's first word ("Ngoại trưởng Saudi Adel al-Jubeir", "Thủ tướng Israeli Benjamin Netanyahu", "Quốc vương
 * A-rập Xê-út Abdullah"): never the first word of a person's name.
 */
export const COUNTRY_FORMS_BEFORE_NAME: readonly string[] = [
  'Saudi', 'A-rập Xê-út', 'Ả-rập Xê-út', 'Ả Rập Xê-út', 'Israeli', 'Kazakh', 'Iranian', 'Iraqi', 'Syrian', 'Afghan', 'Pakistani',
  'Turkish', 'Russian', 'Chinese', 'Korean', 'Japanese', 'Ukrainian', 'Philippine', 'Indonesian', 'Egyptian', 'Qatari', 'Emirati',
];

/**
 * Common Western and Russian given names, lower case: one as the second of three or more words after a post, with a
 * first word not among them, is where the person's name starts ("CEO Apple Tim Cook", "Thủ tướng Cananda Justin
 * Trudeau"). Names that are also Arabic or Khmer name parts (Ali, Omar, Ben, Sam) are left out: "Abu Ali al-Anbari".
 */
export const COMMON_GIVEN_NAMES: readonly string[] = [
  'aaron', 'adam', 'adrian', 'alan', 'albert', 'alex', 'alexander', 'alexandre', 'alexei', 'alexey', 'alexis', 'alice',
  'alison', 'amanda', 'amy', 'ana', 'andrea', 'andreas', 'andrei', 'andrew', 'andrey', 'angela', 'ann', 'anna', 'anne',
  'anthony', 'antonio', 'arne', 'barack', 'barbara', 'benjamin', 'bernard', 'bill', 'bob', 'boris', 'brad', 'brian',
  'bruce', 'bruno', 'carl', 'carlos', 'carol', 'caroline', 'catherine', 'charles', 'charlotte', 'chester', 'chris',
  'christian', 'christie', 'christina', 'christine', 'christopher', 'claire', 'claude', 'daniel', 'david', 'dennis',
  'diana', 'dmitri', 'dmitry', 'donald', 'douglas', 'edward', 'elena', 'elizabeth', 'elon', 'emily', 'emma', 'emmanuel',
  'eric', 'ernesto', 'francis', 'francisco', 'françois', 'frank', 'frederick', 'gary', 'george', 'gerald', 'gordon',
  'greg', 'gregory', 'hans', 'harry', 'heather', 'helen', 'henry', 'hillary', 'hugh', 'ian', 'igor', 'ivan', 'jack',
  'jacques', 'james', 'jane', 'janet', 'jason', 'jean', 'jeff', 'jeffrey', 'jennifer', 'jeremy', 'jerry', 'jessica',
  'jim', 'joe', 'john', 'jonathan', 'jorge', 'jose', 'josé', 'josep', 'joseph', 'juan', 'julia', 'julian', 'julie',
  'justin', 'karen', 'karl', 'kate', 'katherine', 'keith', 'kevin', 'klaus', 'kristina', 'lars', 'larry', 'laura',
  'lisa', 'louis', 'lucas', 'luis', 'luiz', 'maddie', 'manuel', 'marco', 'marcus', 'margaret', 'maria', 'marie', 'mark',
  'martin', 'mary', 'matthew', 'meg', 'melania', 'michael', 'michel', 'michelle', 'miguel', 'mike', 'mikhail', 'nancy',
  'natalia', 'nathan', 'nicholas', 'nick', 'nicolas', 'nikolai', 'oleg', 'oliver', 'olga', 'patricia', 'patrick', 'paul',
  'pedro', 'peter', 'philip', 'philippe', 'pierre', 'rachel', 'ralph', 'raymond', 'rebecca', 'regina', 'rex', 'richard',
  'robert', 'roger', 'ronald', 'rose', 'ruth', 'ryan', 'samuel', 'sarah', 'scott', 'sean', 'sergei', 'sergey', 'shirley',
  'sophie', 'stephen', 'steve', 'steven', 'susan', 'thomas', 'tim', 'timothy', 'tom', 'tony', 'valerie', 'valérie',
  'victor', 'viktor', 'vladimir', 'vyacheslav', 'walter', 'william', 'yuri',
  // (more, from sport, business and politics abroad, none common as a surname: "Chủ tịch Atletico Madrid Enrique Cerezo",
  // "Phó Chủ tịch Google Cloud Diane Greene"; a Spanish or Portuguese double given name whole: "Andrés Manuel", "Henrique Eduardo")
  'adriano', 'akio', 'alberto', 'alejandro', 'anatoly', 'anders', 'andres', 'andrés', 'andrzej', 'anwar', 'aurelio',
  'benigno', 'bernie', 'betsy', 'binali', 'christoph', 'chrystia', 'chuck', 'cristiano', 'diane', 'diego', 'dieter',
  'eduardo', 'emilio', 'emmanuelle', 'enrique', 'erik', 'evan', 'evgeny', 'fabio', 'felipe', 'fernando',
  'florentino', 'francesco', 'francois', 'fumio', 'gennady', 'gerhard', 'giovanni', 'giuseppe', 'gustavo', 'heinz',
  'helmut', 'henrik', 'henrique', 'herbert', 'hiroshi', 'horst', 'ignacio', 'irina', 'ivanka', 'jacinda', 'jamie',
  'jared', 'javier', 'jay', 'jens', 'joachim', 'joão', 'jon', 'jürgen', 'kamala', 'kellyanne', 'kenneth', 'kirsten',
  'konstantin', 'leonid', 'liam', 'lindsey', 'lloyd', 'loretta', 'luca', 'magnus', 'mahathir', 'malcolm', 'marcelo',
  'marine', 'mario', 'marissa', 'markus', 'masayoshi', 'massimo', 'mats', 'matteo', 'mauricio', 'maxim', 'mevlut',
  'mitch', 'mukesh', 'nadezhda', 'najib', 'narendra', 'nicola', 'nicolás', 'nikki', 'nikolay', 'olaf', 'pablo',
  'paolo', 'pavel', 'phil', 'piotr', 'prayut', 'rafael', 'rahul', 'rainer', 'ratan', 'raul', 'raúl', 'recep',
  'reince', 'ricardo', 'rick', 'roberto', 'rodrigo', 'roman', 'ruben', 'rubén', 'rudy', 'rui', 'satya', 'sebastian',
  'sebastián', 'ségolène', 'sergio', 'sheryl', 'shinzo', 'sigmar', 'silvio', 'stefan', 'stefano', 'sundar', 'sushma',
  'susilo', 'sven', 'svetlana', 'taro', 'tatiana', 'theresa', 'thorsten', 'todd', 'tomomi', 'travis', 'ursula',
  'uwe', 'valentina', 'valery', 'vitaly', 'volker', 'wilbur', 'wolfgang', 'yevgeny', 'yoshihide', 'yulia',
];

/**
 * Armed and political movements named by one foreign word: before a leader's or spokesman's name they are the post's
 * body, never the name's first word ("người phát ngôn của Taliban Zabihullah Mujahid", "thủ lĩnh Hamas Ismail Haniyeh").
 * Folded.
 */
export const MOVEMENT_NAME_WORDS: readonly string[] = ['taliban', 'hamas', 'hezbollah', 'houthi', 'al-qaeda', 'al-nusra', 'al-shabaab', 'fatah'];

/** Romanised Korean and Chinese family names: the first of three name words, never a firm. */
export const ASIAN_FAMILY_NAMES: readonly string[] = [
  'kim', 'lee', 'park', 'choi', 'jung', 'kang', 'cho', 'yoon', 'jang', 'lim', 'han', 'oh', 'seo', 'shin', 'kwon', 'hwang', 'ahn',
  'song', 'yoo', 'hong', 'jeon', 'moon', 'yang', 'son', 'bae', 'baek', 'roh', 'ri', 'pak', 'chung', 'chun', 'choe', 'ryu',
  'xi', 'li', 'wang', 'zhang', 'liu', 'chen', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'zhu', 'hu', 'guo', 'lin', 'luo', 'gao',
];

/**
 * Bodies pointed at by "này" right before a set-off holder ("lãnh đạo đảng này, ông Jeremy Corbyn", "Giám đốc điều hành
 * tập đoàn này, ông Itai Tevet"): the body named before, the post's own. Not the post alone ("Tổng thống này, X").
 */
export const POINTED_BODY_WORDS: readonly string[] = [
  ...BODY_TYPE_WORDS, 'bộ', 'cơ quan', 'nước', 'quốc gia', 'ủy ban', 'nhà mạng', 'chính phủ', 'liên minh', 'tổ chức', 'hội', 'văn phòng',
];
