// Position heads: the words for a post in an organization, before or after a person's name.
// Matched on the folded text (lower case, one tone placement); output keeps the text as written.

/** Posts as written in the press. A post may take Phó/nguyên/cựu/Quyền before it (see POSITION_PREFIXES). */
export const POSITION_HEADS: readonly string[] = [
  // state and party leaders
  // the body after a post is read as an organization: "Chủ tịch Quốc hội", "Ủy viên Bộ Chính trị"
  'Tổng Bí thư', 'Chủ tịch nước', 'Thủ tướng', 'Ủy viên', 'Thường trực Ban Bí thư',
  // a member of a company's board holds a post in it (a band's or club's member does not)
  'Thành viên HĐQT', 'Thành viên Hội đồng quản trị', 'Thành viên hội đồng quản trị',
  'Bí thư', 'Bí thư thứ nhất', 'Chủ tịch', 'GĐ', 'PGĐ', 'CEO', 'Thư ký báo chí',
  // a head of state's communications secretary, beside the press secretary ("Phó thư ký truyền thông Nhà Trắng Sarah Huckabee Sanders")
  'Thư ký truyền thông',
  // a co-chair ("đồng" already opens the scan as the honorific "đồng chí")
  'Đồng Chủ tịch', 'Chủ nhiệm', 'Trưởng ban', 'Tổng Thư ký', 'Tổng thư ký', 'Thư ký',
  // other co-posts, of a programme, a body or an armed group ("David Wright, đồng giám đốc Chương trình An ninh Toàn cầu",
  // "Omarkhayam Maute - đồng chỉ huy của nhóm chiến binh Maute"; matched folded, so in any case)
  'Đồng giám đốc', 'Đồng chủ nhiệm', 'Đồng chỉ huy',
  'đại biểu', 'Đại biểu', 'ĐB', 'ĐBQH',
  // ministries and departments
  'Bộ trưởng', 'Thứ trưởng', 'Tổng cục trưởng', 'Cục trưởng', 'Chi cục trưởng', 'Vụ trưởng', 'Viện trưởng',
  // (the director's acronym after "Tổng" written out: "Tổng GĐ công ty Cascon")
  'Giám đốc', 'Tổng giám đốc', 'TGĐ', 'Tổng GĐ', 'Giám đốc điều hành', 'Tổng giám đốc điều hành', 'Chánh văn phòng', 'Chánh Văn phòng',
  'Chánh thanh tra', 'Chánh Thanh tra', 'Chánh án',
  // a court division's chief: "Phó Chánh tòa Hình sự TAND TP.HCM"
  'Chánh tòa', 'Chánh Tòa', 'Thủ trưởng', 'Trưởng phòng', 'Trưởng khoa', 'Trưởng đoàn',
  'Trưởng đại diện', 'Trưởng Đại diện', 'Trưởng trạm', 'Trưởng đồn', 'Đồn trưởng', 'Trạm trưởng',
  'Đội trưởng', 'Đội phó', 'Tổ trưởng', 'Tổ phó', 'Cục phó', 'Chi cục phó', 'Vụ phó', 'Viện phó', 'Trạm phó', 'Đồn phó',
  // a deputy head named by the unit: "Phó phòng Dự báo khí tượng", "Phó ban Tuyên giáo"
  'Phó phòng', 'Phó Phòng', 'Phó ban', 'Phó Ban', 'Phó chi cục', 'Phó Chi cục', 'Phó văn phòng', 'Phó Văn phòng', 'Phó khoa', 'Phó Khoa',
  // a commune's or district's deputy police chief: "Phó Công an xã"
  'Phó Công an', 'Phó công an',
  // forest ranger stations (Hạt Kiểm lâm)
  'Hạt trưởng', 'Hạt phó',
  // village and neighbourhood heads
  'Phó thôn', 'Xóm trưởng', 'Trưởng xóm', 'Phó ấp',
  'Đảng ủy viên', 'Chánh VP',
  // a transport inspectorate's chief, written with its acronym ("nguyên Phó Chánh TTGT TP Cần Thơ")
  'Chánh TTGT',
  // members of a province's, city's or district's party committee ("X, Tỉnh ủy viên, Giám đốc Sở ...")
  'Tỉnh ủy viên', 'Thành ủy viên', 'Huyện ủy viên', 'Quận ủy viên', 'Thị ủy viên', 'Trưởng thôn', 'Trưởng ấp', 'Trưởng bản', 'Trưởng khu phố',
  'Trưởng', 'Hiệu trưởng', 'Hiệu phó', 'Chủ tịch HĐQT', 'Chủ tịch hội đồng quản trị', 'Chủ tịch hội đồng thành viên', 'Tổng biên tập', 'Thống đốc', 'Kiểm toán trưởng',
  // armed forces
  'Tư lệnh', 'Chính ủy', 'Chính trị viên', 'Chỉ huy trưởng', 'Chỉ huy phó', 'Tham mưu trưởng',
  'Tổng Tham mưu trưởng', 'Sư đoàn trưởng', 'Trung đoàn trưởng', 'Tiểu đoàn trưởng', 'Lữ đoàn trưởng',
  'Đại đội trưởng', 'Hạm trưởng', 'Tùy viên Quốc phòng', 'Tùy viên',
  // foreign and diplomatic
  'Đại sứ', 'Tổng Lãnh sự', 'Tổng lãnh sự', 'Lãnh sự', 'Tổng thống', 'Ngoại trưởng', 'Thị trưởng',
  // a province's governor abroad or of old, its province after it ("Tỉnh trưởng Balochistan X", "Phó tỉnh trưởng Quảng Đông")
  'Tỉnh trưởng',
  // an ambassador's full style ("Đại sứ đặc mệnh toàn quyền Nga tại Việt Nam X"): one post, its country after it
  'Đại sứ đặc mệnh toàn quyền',
  // a king by his country ("vua Qatar X"; alone, "Vua" and "nhà vua" also name champions and kings of old)
  'Quốc vương', 'Thủ lĩnh', 'Lãnh tụ', 'Vua',
  // a Gulf emir, by his country or alone ("Tiểu vương Qatar Sheikh Tamim", "Tiểu vương Tamim bin Hamad al-Thani của Qatar");
  // never before "quốc", the emirate ("Tiểu vương quốc Ả Rập Thống nhất": see POSITION_NOT_BEFORE)
  'Tiểu vương',
  // queens and emperors, by their country or alone ("Nữ hoàng Anh Elizabeth II", "Hoàng đế Napoleon")
  'Nữ hoàng', 'Hoàng đế',
  // a crown prince, the heir's office, before a foreign name or with his country ("Thái tử Mohammed bin Salman", "Phó thái
  // tử ...", "Thái tử Anh Charles"); in lower case only with a country and a name. (A prince, "Hoàng tử", is a rank of
  // birth, no post: "hoàng tử Anh William" is left out.)
  'Thái tử',
  // Japan's emperor, his country in the word ("Nhật hoàng Akihito")
  'Nhật hoàng',
  // the chief executive of a special administrative region ("Trưởng Đặc khu hành chính Hong Kong X", "trưởng đặc khu Macau")
  'Trưởng Đặc khu hành chính', 'Trưởng Đặc khu', 'Đặc khu trưởng',
  // (the same post with the region's words in the other order: "Trưởng Khu hành chính đặc biệt Hong Kong X")
  'Trưởng Khu hành chính đặc biệt',
  // the head of the Catholic Church and of the Vatican state ("Giáo hoàng Francis")
  'Giáo hoàng',
  // envoys and diplomatic ranks below ambassador; trade representatives; state councillors; attorneys general
  // China's State Councillor: "Ủy viên Quốc vụ (viện) Trung Quốc X" ("Quốc vụ" alone is no body the org reader knows)
  'Ủy viên Quốc vụ', 'Ủy viên Quốc vụ viện',
  // a Minister of State (UK, France, Singapore, Cambodia): "Quốc vụ khanh Bộ Quốc phòng Campuchia X", "Quốc vụ khanh thứ nhất Bộ Tài chính X"
  'Quốc vụ khanh', 'Quốc vụ khanh thứ nhất', 'Quốc vụ khanh cao cấp',
  // a special representative, an envoy's post, in either case ("Joseph Yun, đại diện đặc biệt của Mỹ về chính sách Triều Tiên")
  'đại diện đặc biệt', 'Đại diện đặc biệt',
  'Đặc phái viên', 'Đặc sứ', 'Tham tán', 'Tham tán Công sứ', 'Công sứ', 'Đại biện', 'Điều phối viên',
  'Đại diện Thương mại', 'Tổng chưởng lý', 'Thủ hiến', 'người đứng đầu', 'Người đứng đầu', 'người phụ trách', 'Người phụ trách', 'Cố vấn', 'cố vấn', 'nhà lãnh đạo', 'Nhà lãnh đạo', 'Tổng tư lệnh', 'Bộ trưởng Quốc phòng', 'Bộ trưởng Ngoại giao',
  // a firm's or bank's chief economist or strategist: a post, not the occupation "chuyên gia" ("nhà kinh tế trưởng của IHS")
  'nhà kinh tế trưởng', 'Nhà kinh tế trưởng', 'chuyên gia kinh tế trưởng', 'Chuyên gia kinh tế trưởng', 'chiến lược gia trưởng', 'Chiến lược gia trưởng',
  // elected members of foreign legislatures
  'Nghị sĩ', 'nghị sĩ', 'Nghị sỹ', 'nghị sỹ', 'Thượng nghị sĩ', 'Thượng nghị sỹ', 'Hạ nghị sĩ', 'Hạ nghị sỹ',
  // spokespeople and officers of a case
  'phát ngôn viên', 'Phát ngôn viên', 'Người phát ngôn', 'người phát ngôn', 'Lãnh đạo',
  // a commune police post (not a rank or an occupation): "anh X (công an viên)"
  'công an viên', 'Công an viên',
  // owners of an establishment (a school, a workshop) hold its top post
  'chủ cơ sở', 'Chủ cơ sở',
  // a private enterprise's owner is its head by law ("bà X (chủ doanh nghiệp tư nhân Võ Minh)", "ông Y, chủ DNTN Trường Tín")
  'chủ doanh nghiệp tư nhân', 'Chủ doanh nghiệp tư nhân', 'chủ DNTN', 'Chủ DNTN',
  // "Ths. X, phụ trách trung tâm Chống độc": in charge of a unit (with a unit only)
  'phụ trách', 'Phụ trách',
  'điều tra viên', 'Điều tra viên', 'kiểm sát viên', 'Kiểm sát viên', 'Thẩm phán', 'thẩm phán',
  'Công tố viên', 'công tố viên',
  // civil-service inspectors and controllers hold a post in their body ("ông X, kiểm soát viên thị trường", "thanh tra viên Y")
  'Thanh tra viên', 'thanh tra viên', 'Kiểm soát viên', 'kiểm soát viên', 'Kiểm soát viên thị trường', 'kiểm soát viên thị trường', 'Chấp hành viên', 'chấp hành viên',
  // a city or county police chief abroad ("Cảnh sát trưởng Ian Hopkins"); a company's chief accountant
  'Cảnh sát trưởng', 'Kế toán trưởng',
  // state auditor and inspector general ("Tổng Kiểm toán Nhà nước", "Tổng Thanh tra Chính phủ"); prison wardens
  'Tổng Kiểm toán Nhà nước', 'Tổng Kiểm toán', 'Tổng Thanh tra Chính phủ', 'Tổng Thanh tra', 'Giám thị',
  // head nurses; residential-area heads
  // (posts whose first word is a frequent word of its own, "hội", "quốc", "cao", are left out: each
  // such word would open the candidate scan on nearly every document for a post seldom written)
  'Điều dưỡng trưởng', 'Trưởng khu dân cư',
  // smaller military units ("Trung đội trưởng", "Tiểu đội trưởng")
  'Trung đội trưởng', 'Tiểu đội trưởng',
  // a commander of a named force ("Chỉ huy Lực lượng ..."): with a body only
  'Chỉ huy',
  // an assistant to a post or body ("Trợ lý Bộ trưởng", "trợ lý Đại diện thương mại Hoa Kỳ"); with a body only
  'Trợ lý', 'trợ lý',
  // founders hold the top post of what they founded ("nhà sáng lập Facebook", "đồng sáng lập Uber", "Founder của Công ty X")
  'nhà sáng lập', 'Nhà sáng lập', 'nhà đồng sáng lập', 'Nhà đồng sáng lập', 'đồng sáng lập', 'Đồng sáng lập', 'Founder', 'Co-founder',
  'người sáng lập', 'Người sáng lập', 'người đồng sáng lập', 'Người đồng sáng lập',
  // a company's department head ("Trưởng bộ phận truyền thông Ngân hàng X")
  'Trưởng bộ phận', 'trưởng bộ phận', 'Phó bộ phận',
  // a hospital's unit head ("Trưởng đơn vị Mắt, Bệnh viện Nhi đồng 1"; capitalised only: "thủ trưởng đơn vị" is anyone's superior)
  'Trưởng đơn vị',
  // a legislature's party leaders ("lãnh đạo phe thiểu số tại Hạ viện")
  'lãnh đạo phe thiểu số', 'Lãnh đạo phe thiểu số', 'lãnh đạo phe đa số', 'Lãnh đạo phe đa số',
  'lãnh đạo phe Dân chủ', 'Lãnh đạo phe Dân chủ', 'lãnh đạo phe Cộng hòa', 'Lãnh đạo phe Cộng hòa',
  // (written without "phe", or with "thủ lĩnh": "Lãnh đạo đa số ở Thượng viện", "thủ lĩnh phe thiểu số tại Hạ viện")
  'lãnh đạo đa số', 'Lãnh đạo đa số', 'lãnh đạo thiểu số', 'Lãnh đạo thiểu số',
  'thủ lĩnh phe đa số', 'Thủ lĩnh phe đa số', 'thủ lĩnh phe thiểu số', 'Thủ lĩnh phe thiểu số',
  // a special forces team's leader ("Trưởng toán, Trung tá X")
  'Trưởng toán',
  // a university department's head ("Trưởng bộ môn Luật hình sự"); the vice-chair written short ("PCT UBND TP X")
  'Trưởng bộ môn', 'trưởng bộ môn', 'PCT',
  // the Church's hierarchy holds posts ("Tổng giám mục X", "Hồng y X"; a priest, "linh mục", is an occupation;
  // "Giám mục" alone is left out: it is mostly inside a body's name, "Hội đồng Giám mục", "Tòa Giám mục")
  'Tổng giám mục', 'Tổng Giám mục', 'Hồng y',
  // a pagoda's abbot, with the pagoda only ("Trụ trì chùa Bàng Long")
  'Trụ trì', 'trụ trì',
];
/** Party leaders in a legislature: their chamber may follow after "tại", "ở" or "của" ("... tại Thượng viện Mỹ"). */
/**
 * Posts written as acronyms that the shared acronym list (bodies and fields) does not spell out: where the text also
 * writes the post in full ("PCT Woodward" beside "Phó chủ tịch Ed Woodward"), the two are one title in its fuller form.
 */
export const POST_ACRONYMS: Readonly<Record<string, string>> = { PCT: 'phó chủ tịch', PGĐ: 'phó giám đốc', PTGĐ: 'phó tổng giám đốc' };
export const PARTY_LEADER_POSTS: readonly string[] = ['lãnh đạo phe thiểu số', 'lãnh đạo phe đa số', 'lãnh đạo phe dân chủ', 'lãnh đạo phe cộng hòa',
  'lãnh đạo thiểu số', 'lãnh đạo đa số', 'thủ lĩnh phe thiểu số', 'thủ lĩnh phe đa số'];
/** Chambers of a legislature. */
export const LEGISLATIVE_CHAMBERS: readonly string[] = ['Thượng viện', 'Hạ viện', 'thượng viện', 'hạ viện', 'Quốc hội'];

/**
 * A person's occupation or field written after the name before the post ("PGS-TS X, chuyên gia kinh tế, nguyên Viện trưởng
 * ...", "BS Y, chuyên khoa ngoại lồng ngực, Phó giám đốc Trung tâm ..."): read past to the post. No post itself.
 */
export const OCCUPATION_BEFORE_POST: readonly string[] = [
  'chuyên gia', 'chuyên khoa', 'giảng viên', 'giảng viên cao cấp', 'giảng viên chính', 'nghiên cứu viên', 'nghiên cứu viên cao cấp',
  'nhà nghiên cứu', 'nhà khoa học', 'nhà kinh tế', 'kỹ sư', 'kiến trúc sư', 'thầy thuốc nhân dân', 'thầy thuốc ưu tú',
  'nhà giáo nhân dân', 'nhà giáo ưu tú',
];

/**
 * Occupations written before a name as a style, like a degree ("Nhà thơ Hữu Thỉnh, Chủ tịch Hội Nhà văn Việt Nam", "nhạc sĩ
 * Dương Thụ, Trưởng ban Giám khảo"): they show that a name follows, a pen name with no family name too; alone they make
 * no official.
 */
export const OCCUPATION_CUES: readonly string[] = [
  'nhà thơ', 'nhà văn', 'nhạc sĩ', 'nhạc sỹ', 'họa sĩ', 'họa sỹ', 'nghệ sĩ', 'nghệ sỹ', 'đạo diễn', 'nhà nghiên cứu', 'nhà sử học',
  'nhà khoa học', 'nhà điêu khắc', 'nhà phê bình', 'kiến trúc sư', 'kts', 'doanh nhân', 'nghệ nhân',
];

/** Posts that only follow "kiêm" ("Hiệu phó kiêm quản lý trường ..."): alone they are verbs. */
export const POSITION_AFTER_KIEM: readonly string[] = ['quản lý', 'phụ trách', 'giám đốc', 'trưởng'];

/**
 * Words written before a post that stay part of the title ("nguyên Bộ trưởng", "Phó Giám đốc", "cố Thủ tướng": the
 * late; "cố vấn" stays a post, read as the longer match).
 */
export const POSITION_PREFIXES: readonly string[] = ['phó', 'nguyên', 'cựu', 'cố', 'quyền', 'tân', 'đương kim'];
/** Words before a post that make it the post sought, not held ("ứng cử viên tổng thống Pháp X" is a candidate). */
export const POST_SOUGHT_BEFORE: readonly string[] = ['ứng viên', 'ứng cử viên'];
/** Terms of office: kept right after a post ("Tổng thống mãn nhiệm"), cut after its body ("Tổng thống Mỹ sắp mãn nhiệm"). */
export const TENURE_TERMS: readonly string[] = ['tiền nhiệm', 'đương nhiệm', 'mãn nhiệm', 'vừa mãn nhiệm', 'sắp mãn nhiệm', 'đắc cử', 'mới đắc cử', 'vừa đắc cử',
  // the holder at the time told of, and one elected again ("Tổng thống đương thời Jacques Chirac", "Tổng thống tái đắc cử X")
  'đương thời', 'tái đắc cử', 'vừa tái đắc cử'];

/** Words written after a post that stay part of it ("Phó Thủ tướng Thường trực"). */
export const POSITION_SUFFIXES: readonly string[] = ['thường trực', 'thứ nhất', 'cao cấp', 'cấp cao', 'đặc biệt', 'danh dự', 'lâm thời', 'chuyên trách',
  // an alternate member ("Ủy viên dự khuyết Trung ương Đảng")
  'dự khuyết',
  // a supreme leader or commander ("Lãnh tụ tối cao Iran", "thủ lĩnh tối cao IS")
  'tối cao',
  // the term, between a post and its holder ("Tổng thống tiền nhiệm Barack Obama", "Thủ tướng đương nhiệm Tây Ban Nha X")
  ...TENURE_TERMS];

/**
 * Founders' posts, lower case: founding a firm or a site is no post held in it, so a person named only as its founder is
 * no official (the tuning golds leave out "người sáng lập ... GiapSchool", "New Oriental Education", "Wikileaks": g9, g17).
 * The post stays a title beside another post or a rank.
 */
export const FOUNDER_POST_TITLES: readonly string[] = ['nhà sáng lập', 'người sáng lập', 'đồng sáng lập', 'nhà đồng sáng lập', 'người đồng sáng lập', 'founder', 'co-founder'];

/** Founders written "người ...": mostly in apposition, the capitalised words right after are what was founded ("người sáng lập Stray Rescue, Randy Grim"). */
export const FOUNDER_PERSON_POSTS: readonly string[] = ['người sáng lập', 'người đồng sáng lập'];

/**
 * Posts whose organization type is built into the word: "Trưởng phòng CSGT Hà Nội" is the head of
 * "phòng CSGT Hà Nội". Key: folded post; value: folded organization head word.
 */
export const POSITION_IMPLIED_ORG: Readonly<Record<string, string>> = {
  'trưởng phòng': 'phòng', 'trưởng ban': 'ban', 'trưởng khoa': 'khoa', 'trưởng đoàn': 'đoàn',
  'trưởng trạm': 'trạm', 'trưởng đồn': 'đồn', 'cục trưởng': 'cục', 'vụ trưởng': 'vụ', 'viện trưởng': 'viện',
  'đội trưởng': 'đội', 'đội phó': 'đội', 'chi cục trưởng': 'chi cục', 'tổng cục trưởng': 'tổng cục',
  'chánh văn phòng': 'văn phòng', 'chánh thanh tra': 'thanh tra', 'chánh tòa': 'tòa',
  'cục phó': 'cục', 'chi cục phó': 'chi cục', 'vụ phó': 'vụ', 'viện phó': 'viện', 'trạm phó': 'trạm', 'đồn phó': 'đồn',
  'hạt trưởng': 'hạt', 'hạt phó': 'hạt', 'trưởng bộ phận': 'bộ phận', 'phó bộ phận': 'bộ phận',
  'trưởng bộ môn': 'bộ môn',
  'phó phòng': 'phòng', 'phó ban': 'ban', 'phó công an': 'công an', 'phó chi cục': 'chi cục', 'phó văn phòng': 'văn phòng', 'phó khoa': 'khoa',
};

/**
 * Units of POSITION_IMPLIED_ORG that the organizations lexicon lists as no head: a company's department ("bộ phận"), a
 * ranger or dyke station ("hạt"), a school's department ("bộ môn") and a court's division ("tòa" of "Chánh tòa Hình
 * sự"), read from the post's own word only.
 */
export const IMPLIED_UNITS_WITHOUT_HEAD: ReadonlySet<string> = new Set(['hạt', 'bộ phận', 'bộ môn', 'tòa']);

/** Posts that are only a post with an organization after them ("Trưởng Công an xã", "Lãnh đạo Bộ X"). */
export const POSITION_NEEDS_ORG: ReadonlySet<string> = new Set(['trưởng', 'lãnh đạo', 'ủy viên', 'thư ký', 'phụ trách', 'trợ lý', 'quản lý', 'chỉ huy', 'người đứng đầu', 'người phụ trách', 'điều phối viên', 'vua', 'trụ trì']);

/** Posts that name a country or place after them, not a body ("Đại sứ Australia tại Việt Nam"). */
export const POSITION_TAKES_PLACE: ReadonlySet<string> = new Set([
  'đại sứ', 'đại sứ đặc mệnh toàn quyền', 'tổng lãnh sự', 'lãnh sự', 'tùy viên quốc phòng', 'tùy viên', 'tổng thống', 'ngoại trưởng',
  'thủ tướng', 'bộ trưởng quốc phòng', 'bộ trưởng ngoại giao', 'thị trưởng', 'tỉnh trưởng', 'đặc phái viên', 'đặc sứ', 'tham tán', 'công sứ', 'đại biện',
  'đại diện thương mại', 'tổng chưởng lý', 'thủ hiến', 'cảnh sát trưởng', 'vua', 'quốc vương', 'nữ hoàng', 'hoàng đế', 'thái tử',
  'trưởng đặc khu hành chính', 'trưởng đặc khu', 'đặc khu trưởng', 'trưởng khu hành chính đặc biệt', 'đại biểu quốc hội', 'nhà lãnh đạo',
  // a head of state by the state's full name ("Chủ tịch nước Cộng hòa Nhân dân Trung Hoa X")
  'chủ tịch nước',
]);

/** Posts that are titles even written in lower case ("đại biểu Mai Sĩ Tiến", ", điều tra viên"). */
export const POSITION_LOWER_CASE_OK: ReadonlySet<string> = new Set([
  'đại biểu', 'điều tra viên', 'kiểm sát viên', 'thẩm phán', 'phát ngôn viên', 'người phát ngôn', 'đại diện đặc biệt',
  'nghị sĩ', 'nghị sỹ', 'thượng nghị sĩ', 'thượng nghị sỹ', 'hạ nghị sĩ', 'hạ nghị sỹ', 'công tố viên', 'nhà lãnh đạo', 'chủ cơ sở', 'công an viên',
  'chủ doanh nghiệp tư nhân', 'chủ dntn',
  'thanh tra viên', 'kiểm soát viên', 'kiểm soát viên thị trường', 'chấp hành viên',
  'lãnh đạo phe thiểu số', 'lãnh đạo phe đa số', 'lãnh đạo phe dân chủ', 'lãnh đạo phe cộng hòa',
  'lãnh đạo thiểu số', 'lãnh đạo đa số', 'thủ lĩnh phe thiểu số', 'thủ lĩnh phe đa số',
  'nhà kinh tế trưởng', 'chuyên gia kinh tế trưởng', 'chiến lược gia trưởng',
]);

/**
 * Verbs and auxiliaries that open the predicate after "NAME, lower-case post Body": the post is closed and
 * the named person is the subject ("A, giám đốc Hiệp hội X cho biết", "B, chủ tịch Sở Y đã ký").
 */
export const PREDICATE_AFTER_APPOSITION: readonly string[] = [
  'cho biết', 'nói', 'cho rằng', 'khẳng định', 'nhấn mạnh', 'phát biểu', 'tuyên bố', 'chia sẻ', 'thừa nhận',
  'giải thích', 'nhận định', 'bày tỏ', 'cảnh báo', 'xác nhận', 'trả lời', 'đánh giá', 'nêu rõ', 'lưu ý',
  'tiết lộ', 'thông tin', 'kêu gọi', 'đề nghị', 'nhận xét', 'phủ nhận', 'bác bỏ', 'nhắc lại', 'viết',
  'cho hay', 'thông báo', 'báo cáo', 'trao đổi', 'đề xuất', 'chỉ đạo', 'yêu cầu', 'kiến nghị', 'lý giải', 'tâm sự', 'kể',
  'làm', 'ký', 'ký kết', 'dẫn đầu', 'chủ trì', 'đồng chủ trì', 'thừa nhận', 'xác định', 'kết luận',
  'phân tích', 'mô tả', 'hy vọng', 'khuyến cáo', 'dự báo', 'ước tính', 'lo ngại', 'cam kết', 'nhận thấy', 'chỉ rõ', 'thay mặt', 'trình bày',
  'đã', 'vừa', 'cũng', 'đang', 'sẽ', 'từng',
];

/**
 * What a leader does at an event, after "Leader A, Post Body": with PREDICATE_AFTER_APPOSITION, the verbs that end a second
 * post run on without a comma ("Thủ tướng A, Chủ tịch Hội đồng Thi đua - Khen thưởng Trung ương tặng Cờ thi đua").
 */
export const CEREMONY_VERBS: readonly string[] = [
  'tặng', 'trao', 'trao tặng', 'tới', 'đến', 'dự', 'tham dự', 'thăm', 'tiếp', 'gửi', 'khai mạc', 'bế mạc', 'kiểm tra', 'làm việc',
  'chúc mừng', 'tổ chức', 'đề nghị', 'giao', 'ghi nhận', 'biểu dương', 'đánh giá', 'tham gia', 'điều hành',
];

/** Number words before a post in apposition to a list of names: "A và B, hai cựu Bộ trưởng ...". */
export const COUNT_WORDS: ReadonlySet<string> = new Set(['hai', 'ba', 'bốn', 'năm', 'cả hai']);

/** Words before a post that make it plural or generic ("các đại biểu"): no one person is named. */
export const PLURAL_WORDS: ReadonlySet<string> = new Set(['các', 'những', 'nhiều', 'mọi', 'vị', 'hai', 'ba']);

/**
 * Posts that are no post before one word: the word joins them into another noun ("Tiểu vương quốc", the emirate; the
 * emir is "Tiểu vương"). Checked wherever post words are matched.
 */
export const POSITION_NOT_BEFORE: Readonly<Record<string, string>> = { 'tiểu vương': 'quốc' };

/** Honorifics written before a name; never part of it. */
// ("Ayatollah", a Shia cleric's honorific, is no part of the name: "lãnh tụ Iran Ayatollah Ali Khamenei")
export const HONORIFICS: readonly string[] = ['đồng chí', 'ông', 'bà', 'anh', 'chị', 'ngài', 'cô', 'thầy', 'đ/c', 'ayatollah',
  // Buddhist clergy, before a monk's or nun's religious name ("Hòa thượng Thích Thanh Nhiễu, Phó Chủ tịch ...")
  'hòa thượng', 'thượng tọa', 'đại đức', 'ni sư', 'ni trưởng', 'sư thầy',
  // Cambodia's honorific for its top leaders, also transcribed ("Thủ tướng Campuchia Samdech Techo Hun Sen", "Xamdech Say Chhum")
  'samdech', 'samdech techo', 'xamdech',
  // the Gulf monarchies' honorific for their ruling families ("Quốc vương Qatar Sheikh Tamim bin Hamad Al Thani")
  'sheikh', 'sheik', 'sheikha',
  // ("Emir", the ruler's style, written before "Sheikh": "Tiểu vương Qatar Emir Sheikh Tamim"; alone it is a given name, Emir Kusturica)
  'emir sheikh',
  // British honours written before a knight's or dame's name ("hậu duệ của Sir Ralph Rayner, một cựu nghị sĩ ở Anh")
  'sir', 'dame'];

/**
 * Degrees and honours written short before a name, alone or chained by dots ("TS", "PGS.TS", "ThS.BS", "BS.CKII"):
 * glued to the name by a bare dot ("TS.Lê Viết Khuyến") they still end before it. Lower case.
 */
export const DEGREE_ABBREVIATIONS: readonly string[] = [
  'gs', 'pgs', 'ts', 'tskh', 'ths', 'cn', 'bs', 'bsck', 'ck', 'cki', 'ckii', 'ds', 'ks', 'kts', 'ls', 'nsnd', 'nsưt', 'ngnd', 'ngưt',
];

/**
 * Degrees written short and chained before a name, in the order the press writes them: an academic title, a science degree,
 * then a profession, joined by dots or dashes ("PGS.TS", "TS.BS", "TS-BS", "GS-TSKH", "PGS.TS.BS", "PGS-TS-BS", "ThS-BS").
 */
const ACADEMIC_TITLES = ['gs', 'pgs'], SCIENCE_DEGREES = ['ts', 'tskh', 'ths', 'cn'], PROFESSIONS = ['bs', 'bsck', 'bscki', 'bsckii', 'ds', 'ks', 'kts', 'ls'];
export const DEGREE_CHAINS: readonly string[] = ['.', '-'].flatMap((j) => [
  ...ACADEMIC_TITLES.flatMap((a) => SCIENCE_DEGREES.map((d) => a + j + d)),
  ...ACADEMIC_TITLES.flatMap((a) => PROFESSIONS.map((p) => a + j + p)),
  ...SCIENCE_DEGREES.flatMap((d) => PROFESSIONS.map((p) => d + j + p)),
  ...ACADEMIC_TITLES.flatMap((a) => SCIENCE_DEGREES.flatMap((d) => PROFESSIONS.map((p) => a + j + d + j + p))),
]);

/**
 * Verbs that give the person before them a post ("ông X làm Bộ trưởng Nội vụ", "X vừa đắc cử tổng
 * thống Pháp", "bà Y được bổ nhiệm giữ chức Phó Giám đốc Sở"). Read after PREDICATE_AUXILIARIES.
 */
export const PREDICATE_GIVING_POST: readonly string[] = [
  'làm', 'là', 'giữ chức', 'giữ chức vụ', 'giữ cương vị', 'giữ vị trí', 'đắc cử', 'tái đắc cử', 'trúng cử', 'tái trúng cử', 'thắng cử', 'trở thành',
  'đảm nhận chức', 'đảm nhận chức vụ', 'đảm nhận vị trí', 'đảm nhiệm chức', 'đảm nhiệm chức vụ', 'đảm nhiệm vị trí',
  'đảm nhận cương vị', 'đảm nhiệm cương vị', 'nắm giữ chức vụ', 'nắm giữ vị trí', 'nắm giữ cương vị',
  'giữ vai trò', 'nắm giữ vai trò', 'đảm nhận vai trò', 'đảm nhiệm vai trò',
  'nhậm chức', 'kiêm nhiệm', 'lên làm', 'thôi giữ chức', 'thôi làm',
  // leaving a post: "có đơn xin thôi Ủy viên Bộ Chính trị"
  'thôi', 'xin thôi', 'xin thôi giữ chức', 'xin thôi làm', 'có đơn xin thôi', 'có đơn xin thôi giữ chức',
];

/** Verbs that give a post only in the passive, after "được" ("X được bầu làm Chủ tịch"; "X bổ nhiệm Y" is X appointing). */
export const PREDICATE_GIVING_POST_PASSIVE: readonly string[] = [
  'bầu làm', 'bầu giữ chức', 'bầu', 'bầu lại làm', 'bổ nhiệm làm', 'bổ nhiệm giữ chức', 'bổ nhiệm', 'chỉ định làm', 'cử làm',
  'giao làm', 'giao giữ chức', 'phân công làm', 'điều động làm', 'điều động giữ chức', 'luân chuyển làm', 'đề cử làm',
];

/** Auxiliaries between a name and a verb giving a post: "vừa được bầu làm", "hiện là", "sẽ trở thành". */
export const PREDICATE_AUXILIARIES: ReadonlySet<string> = new Set([
  'vừa', 'đã', 'được', 'sẽ', 'đang', 'hiện', 'cũng', 'từng', 'tiếp tục', 'chính thức', 'lại', 'mới', 'vẫn',
  'khi đó', 'lúc đó', 'hiện nay', 'vốn', 'khi ấy', 'lúc ấy', 'trước đây', 'trước đó', 'nay',
  // a post taken later ("X, người sau này trở thành Phó Tổng thống"): it tells who the person is, but is no title of the mention
  'sau đó', 'sau này',
  // a post held no longer or still: "không còn là Bí thư", "còn làm Chủ tịch"
  'không còn', 'còn', 'đều',
]);

/**
 * Moves between a name and the verb giving a post, with where to: "X chuyển lên Trung ương là Chủ tịch ...",
 * "X về Hà Nội làm Chủ tịch ...". Read after PREDICATE_AUXILIARIES; up to a few words of destination follow.
 */
export const PREDICATE_MOVES: readonly string[] = [
  'chuyển lên', 'chuyển về', 'chuyển sang', 'chuyển ra', 'chuyển công tác về', 'chuyển công tác sang', 'chuyển công tác lên',
  'điều về', 'điều động về', 'luân chuyển về', 'về', 'lên', 'sang', 'ra',
];

/** A company officer's function after "Giám đốc": "Giám đốc marketing Công ty X", "Giám đốc truyền thông Nhà Trắng". */
export const DIRECTOR_FUNCTIONS: readonly string[] = [
  'marketing', 'tiếp thị', 'kinh doanh', 'kỹ thuật', 'nhân sự', 'truyền thông', 'sản xuất', 'bán hàng', 'chiến lược',
  'pháp lý', 'công nghệ', 'vận hành', 'thể thao', 'đối ngoại', 'sáng tạo', 'thương mại', 'tài chính', 'an ninh',
  'điều hành', 'tài chính điều hành', 'công nghệ thông tin', 'quan hệ công chúng',
  'nghệ thuật', 'sản phẩm', 'đào tạo', 'chuyên môn', 'y khoa', 'đối tác', 'khu vực', 'quốc gia', 'toàn cầu', 'đầu tư',
];

/** Village and neighbourhood heads: a title in lower case only after the holder's name ("ông X, trưởng thôn Y, cho biết"). */
export const POSITION_LOWER_CASE_AFTER_NAME: ReadonlySet<string> = new Set([
  'trưởng thôn', 'phó thôn', 'trưởng ấp', 'phó ấp', 'trưởng bản', 'trưởng khu phố', 'xóm trưởng', 'trưởng xóm', 'tổ trưởng', 'tổ phó',
  'kế toán trưởng', 'trụ trì',
]);

/** The country a post is of, named by pointing back ("Ngoại trưởng nước này Julia Bishop"): read past, no part of the title. */
export const HOST_COUNTRY_REFERENCES: readonly string[] = ['nước này', 'nước chủ nhà', 'nước sở tại', 'nước bạn', 'nước láng giềng', 'nước đó'];

/**
 * Capitalised unit words the body parser does not know as heads, which a director or chair still heads as a unit named
 * after them ("Giám đốc Khu Quản lý giao thông đô thị số 1", "Giám đốc Chương trình An ninh Trung Đông", "Phó chủ tịch
 * Quỹ Phòng chống tự tử"). Read after a name, to the apposition's close.
 */
export const UNIT_WORDS_AFTER_POST: readonly string[] = [
  'khu', 'chương trình', 'dự án', 'quỹ', 'hãng', 'mạng lưới', 'diễn đàn', 'nhóm', 'thư viện', 'nhà hát', 'đề án', 'bảo tàng',
];

/**
 * Words that name a route or a project by its two ends over a dash ("dự án Tân Vũ – Lạch Huyện", "đường cao tốc Nội Bài - Lào
 * Cai"): the capitalised name after the dash is the route's other end, not a parent unit cut off the title.
 */
export const ROUTE_HEADS: readonly string[] = ['dự án', 'tuyến', 'tuyến đường', 'cao tốc', 'đường cao tốc', 'đường sắt', 'đường dây', 'đường ống'];

/**
 * A body's board and a company's legal form, which a post's short form may leave out ("Chủ tịch Him Lam" beside "Chủ tịch
 * HĐQT CTCP Him Lam"): both are one post, in the fuller form.
 */
export const BOARD_OR_FIRM_FORM_WORDS: readonly string[] = [
  'hội đồng quản trị', 'hđqt', 'hội đồng thành viên', 'hđtv', 'ủy ban trung ương', 'ubtư', 'ubtw', 'của',
  'công ty', 'cty', 'tổng công ty', 'tập đoàn', 'công ty cổ phần', 'cổ phần', 'ctcp', 'cp', 'tnhh', 'trách nhiệm hữu hạn', 'một thành viên', 'mtv',
];
