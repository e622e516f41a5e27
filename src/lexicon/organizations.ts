// Organization heads and the words around organization names in Vietnamese press.
// Heads are matched on folded text; what must follow a head decides whether a body is named.

/**
 * What a head needs after it to name one body:
 * - name:  a capitalised name or acronym (`Cục Xây dựng phong trào...`, `Bộ Công an`);
 * - place: an administrative unit or place (`Công an tỉnh Hà Tĩnh`, `UBND TP.HCM`, `Thành ủy Đà Nẵng`);
 * - self:  the head is a name in itself (`Chính phủ`, `Quốc hội`, `Liên Hợp Quốc`);
 * - number: a unit number or a name (`Sư đoàn 5`, `Quân khu 7`, `Đội CSGT số 6`);
 * - country: a country (`Hạ viện Nhật Bản`, `Không quân Mỹ`); alone it names no one body;
 * - remit: "về" and what it works on (`Nhóm công tác về phát triển nguồn nhân lực`, `Tiểu ban về tiêu chuẩn và hợp chuẩn`).
 */
export type OrgRequirement = 'name' | 'place' | 'self' | 'number' | 'country' | 'remit';

export interface OrgHead {
  head: string;
  needs: OrgRequirement;
  /** false for businesses, schools, hospitals, media: valid inside a title, not an agency. */
  agency: boolean;
}

const h = (needs: OrgRequirement, agency: boolean, heads: string[]): OrgHead[] =>
  heads.map((head) => ({ head, needs, agency }));

/** A federal state's or region's own bodies, named by its unit word ("Quốc hội bang Hessen", "Chính quyền Vùng Lazio"); read lower-case too. */
export const SUBNATIONAL_BODY_HEADS: readonly string[] = ['Chính quyền', 'Quốc hội', 'Nghị viện', 'Thượng viện', 'Hạ viện', 'Cảnh sát', 'Tòa án tối cao', 'Chính phủ']
  .flatMap((b) => [`${b} bang`, `${b} tiểu bang`, `${b} vùng`]);

/** Foreign courts named by their instance or federal level in lower case, then their country or seat ("Tòa án phúc thẩm liên bang Mỹ"). */
export const DESCRIBED_COURT_HEAD_NAMES: readonly string[] = ['Tòa án phúc thẩm', 'Tòa án sơ thẩm', 'Tòa án liên bang', 'Tòa án phúc thẩm liên bang', 'Tòa phúc thẩm liên bang', 'Tòa sơ thẩm liên bang'];
/** A country's or region's football federation written short ("LĐBĐ Anh", "LĐBĐ Đông Nam Á"); written out it is a "Liên đoàn". */
export const FOOTBALL_FEDERATION_SHORT_HEAD = 'LĐBĐ';

export const ORG_HEADS: readonly OrgHead[] = [
  ...h('name', true, [
    'Bộ', 'Cục', 'Tổng cục', 'Chi cục', 'Vụ', 'Sở', 'Phòng', 'Ban', 'Hội', 'Hiệp hội', 'Liên hiệp', 'Liên đoàn',
    // ("UBKT Tỉnh ủy Sơn La": an inspection committee by its acronym, named by its party committee)
    // ("CQĐT Công an tỉnh X": an investigation body by its acronym, named by its force)
    'UBKT', 'CQĐT', 'Văn phòng', 'Cơ quan', 'Ủy ban', 'Hội đồng', 'Tổ chức', 'Đảng ủy', 'Bộ Tư lệnh', 'Bộ Chỉ huy', 'Đoàn',
    'Trung ương Đoàn', 'Trung ương Hội',
    // (the centre written short: "T.Ư Hội Nông dân Việt Nam", "TƯ Đoàn TNCS Hồ Chí Minh")
    'T.Ư Đoàn', 'TƯ Đoàn', 'TW Đoàn', 'T.Ư Hội', 'TƯ Hội', 'TW Hội', 'Thanh tra', 'Viện Kiểm sát', 'Viện kiểm sát', 'Đội', 'Bảo hiểm xã hội',
    // forest ranger stations and port authorities of a district or province ("Hạt Kiểm lâm huyện X", "Cảng vụ Hàng hải Y")
    'Hạt Kiểm lâm', 'Hạt kiểm lâm', 'Hạt KL', 'Cảng vụ',
    // a city's police department abroad ("Sở Cảnh sát New York", "Sở cảnh sát thủ đô London")
    'Sở Cảnh sát',
    // bilateral bodies named by their countries ("Ủy ban liên Chính phủ Việt Nam - Lào", "Hội hữu nghị Việt - Trung")
    // (and a parliament's friendship group or league, "Nhóm Nghị sĩ hữu nghị Việt Nam - Cuba", "Liên minh Nghị sĩ hữu nghị Nhật - Việt")
    'Nhóm Nghị sĩ hữu nghị', 'Nhóm Nghị sỹ hữu nghị', 'Liên minh Nghị sĩ hữu nghị', 'Liên minh Nghị sỹ hữu nghị',
    'Ủy ban liên Chính phủ', 'Hội hữu nghị', 'Đại sứ quán', 'Tổng Lãnh sự quán', 'Tổng lãnh sự quán',
    'Lãnh sự quán', 'Bộ đội Biên phòng', 'Cảnh sát biển',
    // the investigation bodies named by law: "Cơ quan cảnh sát điều tra (Bộ Công an)"
    'Cơ quan cảnh sát điều tra', 'Cơ quan an ninh điều tra',
    'Mặt trận Tổ quốc', 'Ủy ban Mặt trận Tổ quốc', 'Đảng bộ', 'Chi bộ', 'Quân ủy', 'Ban Chỉ đạo',
    'Ban chỉ đạo',
    // an interbranch steering committee, named by its level and remit ("Ban Chỉ đạo liên ngành Trung ương về VSATTP")
    'Ban Chỉ đạo liên ngành', 'Ban chỉ đạo liên ngành', 'Ban Quản lý', 'Liên minh', 'Tòa án', 'Ủy ban Trung ương',
    // the party's cell inside a ministry or state body ("Ban cán sự đảng Bộ Tài chính"); bare, it names no one body
    'Ban cán sự đảng',
    // groups of states named by what their members are, read only with their acronym ("Nhóm các nước công nghiệp phát triển (G7)")
    'Nhóm các',
    // courts named by their instance ("tòa phúc thẩm Khu vực Tư pháp số 9")
    'Tòa phúc thẩm', 'Tòa sơ thẩm', 'Tòa thượng thẩm',
    ...DESCRIBED_COURT_HEAD_NAMES,
    // political parties ("Đảng Cộng hòa", "đảng Bảo thủ") and UN-style high commissions
    'Đảng', 'Cao ủy',
    // chambers of commerce and federations of associations ("Tổng thương hội Trung Hoa tại Hongkong"); the national
    // academies written in sentence case ("Viện Hàn lâm khoa học công nghệ VN")
    'Tổng hội', 'Thương hội', 'Tổng thương hội', 'Viện Hàn lâm',
    // military courts and procuracies, named by their region or command ("Tòa án quân sự Quân khu 9", "Tòa án quân sự Băng Cốc")
    'Tòa án quân sự', 'Tòa án Quân sự', 'Viện Kiểm sát quân sự', 'Viện kiểm sát quân sự', 'Viện Kiểm sát Quân sự', 'VKS quân sự',
    // the state's hydro-meteorological stations ("Đài Khí tượng Thủy văn khu vực Nam Bộ", "Đài KTTV tỉnh Bình Định")
    'Đài Khí tượng Thủy văn', 'Đài Khí tượng thủy văn', 'Đài KTTV',
    // fishermen's and other trade unions of a place ("Nghiệp đoàn Nghề cá phường Vĩnh Thọ")
    'Nghiệp đoàn',
    // trade unions of a branch, zone, firm or ministry ("Công đoàn Giáo dục Việt Nam", "Công đoàn các Khu công nghiệp tỉnh X")
    'Công đoàn', 'Công đoàn các', 'Công đoàn ngành', 'Công đoàn Ngành',
    // home-town associations, named by the home place ("Hội đồng hương Đức Hòa", "Hội đồng hương Quảng Trị tại Hà Nội")
    'Hội đồng hương',
    // the Prime Minister's and the Government's standing work group ("Tổ công tác của Thủ tướng"); read only so
    'Tổ công tác',
    // traffic police, forest ranger and border stations, named by their district or road ("Trạm CSGT Thăng Bình")
    'Trạm CSGT', 'Trạm Cảnh sát giao thông', 'Trạm Kiểm lâm', 'Trạm kiểm lâm', 'Trạm Biên phòng', 'Trạm Kiểm soát biên phòng',
    // a district's veterinary, crop and quarantine stations, public services of the state ("Trạm Thú y huyện Phúc Thọ", "Trạm kiểm
    // dịch Bắc Nghệ An"); a health station ("Trạm Y tế") is a clinic, no agency
    'Trạm Thú y', 'Trạm Chăn nuôi và Thú y', 'Trạm Trồng trọt', 'Trạm Trồng trọt và Bảo vệ thực vật', 'Trạm Bảo vệ thực vật', 'Trạm BVTV',
    'Trạm Khuyến nông', 'Trạm kiểm dịch', 'Trạm kiểm dịch động vật', 'Trạm kiểm dịch thực vật',
    // a traffic safety board, often written in sentence case, named by its place or as national ("Ban an toàn giao thông tỉnh Bắc Ninh")
    'Ban An toàn giao thông', 'Ban ATGT',
    // "UB" is "Ủy ban" written short ("UB Tư pháp Quốc hội", "Chủ nhiệm UB Kinh tế", "UB Trung ương MTTQ Việt Nam")
    'UB', 'UB Trung ương', 'UBTƯ', 'UBTW',
  ]),
  // Legislatures and armed services of a country: "Hạ viện Nhật Bản", "Không quân Mỹ", "hải quân Nhật Bản".
  ...h('country', true, [
    'Hạ viện', 'Thượng viện', 'Hải quân', 'Không quân', 'Lục quân', 'Thủy quân lục chiến',
    // the chambers written in full ("Thượng nghị viện Mỹ"), not read from their "nghị viện"
    'Thượng nghị viện', 'Hạ nghị viện',
    'Lực lượng Phòng vệ', 'Lực lượng Phòng vệ Biển', 'Lực lượng Phòng vệ Trên không', 'Lực lượng Phòng vệ Mặt đất',
    'Tuần duyên', 'Lực lượng Quốc phòng',
    // a coast guard written out in Vietnamese ("lực lượng bảo vệ bờ biển Nhật Bản"); "bờ biển" alone is a shore
    'Lực lượng bảo vệ bờ biển',
    // a country's army, parliament and customs: "quân đội Pháp", "Nghị viện châu Âu", "Hải quan Nigeria"
    'Quân đội', 'Nghị viện', 'Hải quan',
    // China's army, named as a liberation army with its country ("Quân Giải phóng Nhân dân Trung Quốc (PLA)")
    'Quân giải phóng nhân dân', 'Quân đội giải phóng nhân dân',
    // a state council, the cabinet of a one-party state, named with its country ("Quốc vụ viện Trung Quốc")
    'Quốc vụ viện',
    // a head of state's or government's office, named with its country ("Phủ Tổng thống Hàn Quốc")
    'Phủ Tổng thống', 'Phủ Thủ tướng',
    // the US trade office ("Đại diện thương mại Hoa Kỳ", USTR) is named with its country
    'Đại diện thương mại', 'Văn phòng Đại diện thương mại',
    // a country's intelligence service named without a head word ("Giám đốc Tình báo Quốc gia Mỹ")
    'Tình báo Quốc gia', 'Tình báo Trung ương',
    // central banks, named with their country ("Ngân hàng Nhân dân Trung Quốc", "Ngân hàng Trung ương châu Âu")
    'Ngân hàng Nhân dân', 'Ngân hàng Trung ương', 'Ngân hàng Dự trữ', 'Ngân hàng Quốc gia', 'Ngân hàng Dự trữ Liên bang',
    // guards of a state, named with their country ("Lực lượng Vệ binh Cách mạng Hồi giáo Iran", "Vệ binh Quốc gia Ukraine"),
    // and Cuba's defence ministry ("Bộ các Lực lượng vũ trang Cách mạng Cu-ba")
    'Vệ binh Cách mạng', 'Vệ binh Cách mạng Hồi giáo', 'Lực lượng Vệ binh Cách mạng', 'Lực lượng Vệ binh Cách mạng Hồi giáo',
    'Vệ binh Quốc gia', 'Lực lượng Vệ binh Quốc gia', 'Bộ các Lực lượng vũ trang Cách mạng',
    // a state's permanent mission, named with its country and where it sits ("Phái đoàn thường trực Việt Nam tại Liên hợp quốc")
    'Phái đoàn thường trực', 'Phái đoàn thường trú', 'Phái đoàn đại diện thường trực', 'Phái đoàn đại diện thường trú',
    // (written without "thường trực", a country's mission named with the international body it sits at: "Phái đoàn Việt Nam tại
    // Liên Hợp Quốc"; alone, "Phái đoàn Mỹ" is a visiting delegation, read so in organization-parse.ts)
    'Phái đoàn',
  ]),
  ...h('place', true, [
    'Công an', 'UBND', 'Ủy ban nhân dân', 'HĐND', 'Hội đồng nhân dân', 'Tòa án nhân dân', 'TAND',
    'Viện kiểm sát nhân dân', 'Viện Kiểm sát nhân dân', 'VKSND', 'Viện KSND', 'Tỉnh ủy', 'Thành ủy', 'Huyện ủy', 'Quận ủy',
    // (the party's regional committees of the resistance years: "Xứ ủy Nam kỳ", "Khu ủy Sài Gòn - Gia Định")
    'Xứ ủy', 'Khu ủy',
    // (a province's bloc of party bodies: "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Quảng Trị")
    'Đảng ủy Khối các cơ quan', 'Đảng ủy Khối doanh nghiệp', 'Đảng ủy Khối Doanh nghiệp',
    'Thị ủy', 'Đảng ủy xã', 'Ủy ban MTTQ', 'UB MTTQ', 'MTTQ', 'UBMTTQ', 'Bộ CHQS', 'Ban CHQS', 'Bộ Chỉ huy Quân sự', 'Ban Chỉ huy Quân sự',
    'Bộ Chỉ huy quân sự', 'Ban Chỉ huy quân sự', 'Bộ Chỉ huy BĐBP', 'LLVT', 'Lực lượng vũ trang',
    'Công an nhân dân', 'Hội Nông dân', 'Hội Cựu chiến binh', 'Hội Liên hiệp Phụ nữ', 'Đoàn Luật sư',
    // mass organizations with a branch at every level ("Hội Người cao tuổi xã X", "Hội Chữ thập đỏ tỉnh Y")
    'Hội Người cao tuổi', 'Hội Chữ thập đỏ', 'Hội Khuyến học', 'Hội Cựu thanh niên xung phong',
    // unions of associations, named with their country or place ("Liên hiệp các tổ chức hữu nghị Việt Nam")
    'Liên hiệp các tổ chức hữu nghị', 'Liên hiệp các Hội Khoa học và Kỹ thuật', 'Liên hiệp các Hội Văn học nghệ thuật',
    'Liên đoàn Lao động', 'Tổng Liên đoàn Lao động', 'LĐLĐ', 'Tổng LĐLĐ',
    FOOTBALL_FEDERATION_SHORT_HEAD,
    // the Youth Union of a province, city or district ("Tỉnh đoàn Nghệ An", "Thành đoàn TP.HCM")
    'Tỉnh đoàn', 'Thành đoàn', 'Huyện đoàn', 'Quận đoàn', 'Thị đoàn',
    // the state treasury and social insurance of a place
    'Kho bạc Nhà nước', 'KBNN', 'BHXH', 'Hội LHPN',
    // police of a unit written short: "CATP. Hải Phòng", "CA Hải Phòng", "CAQ Hà Đông", "CAP Lý Thái Tổ" (a ward's)
    'CA', 'CATP', 'CAT', 'CAQ', 'CAH', 'CAP',
    // the traffic inspectorate of a city or district written short ("TTGT TP Cần Thơ", "TTGT Q.Ninh Kiều"); written out, its
    // "giao thông" runs on into "vận tải" and the place ("Thanh tra Giao thông vận tải tỉnh Kon Tum"), read by "Thanh tra"
    'TTGT',
    // a party committee's executive and a province's delegation of deputies name their place
    // (its standing board named with its place, "Ban Thường vụ Tỉnh ủy X", is read as a body by agencies.ts)
    'Ủy ban Kiểm tra Tỉnh ủy', 'Ủy ban Kiểm tra Thành ủy', 'Ủy ban Kiểm tra Huyện ủy', 'Ủy ban Kiểm tra Quận ủy', 'Ủy ban Kiểm tra Thị ủy',
    // a party committee's organization commission ("Ban Tổ chức Tỉnh ủy Nghệ An"), unlike an event's organizing board
    'Ban Tổ chức Tỉnh ủy', 'Ban Tổ chức Thành ủy', 'Ban Tổ chức Huyện ủy', 'Ban Tổ chức Quận ủy', 'Ban Tổ chức Thị ủy',
    // disaster-response commands of a province or district ("Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh X")
    'Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn', 'Ban Chỉ huy Phòng chống lụt bão và Tìm kiếm cứu nạn', 'Ban Chỉ huy Phòng chống lụt bão',
    'Ban Chỉ huy PCTT&TKCN', 'Ban Chỉ huy PCTT và TKCN', 'Ban Chỉ huy PCLB&TKCN', 'Ban Chỉ huy PCLB và TKCN',
    'Ban Chấp hành Đảng bộ', 'BCH Đảng bộ', 'Đoàn Đại biểu Quốc hội', 'Đoàn ĐBQH', 'Đoàn ĐB Quốc hội', 'Đoàn ĐB QH',
    'Sở Tư pháp', 'Sở Y tế', 'Sở Tài chính', 'Sở Nội vụ', 'Sở Xây dựng', 'Sở Công Thương',
  ]),
  // Working groups of international forums (APEC, ASEAN), named by their remit after "về".
  ...h('remit', true, [
    'Nhóm công tác', 'Nhóm đặc trách', 'Nhóm chuyên trách', 'Nhóm Bạn', 'Nhóm Đối thoại', 'Nhóm Liên lạc', 'Nhóm tiếp xúc', 'Tiểu ban',
  ]),
  // the armed services of Vietnam and Russia's aerospace forces ("Quân chủng Phòng không - Không quân", "Không quân Vũ trụ Nga"),
  // and the arms within them, named the same way ("Binh chủng Công binh", "Binh chủng Đặc công")
  ...h('name', true, ['Quân chủng', 'Binh chủng']),
  // (also written without the dash, the second service in lower case too)
  ...h('self', true, ['Quân chủng Phòng không - Không quân', 'Quân chủng Phòng không Không quân', 'Quân chủng Phòng không không quân',
    // (the armour arm written with a dash, whose second half would be read as a name of its own)
    'Binh chủng Tăng - Thiết giáp', 'Binh chủng Tăng – Thiết giáp']),
  ...h('country', true, ['Không quân Vũ trụ', 'Lực lượng Không quân Vũ trụ']),
  // a federal state's or region's own bodies, named by it ("Quốc hội bang Hessen", "chính quyền bang Johor", "Chính quyền Vùng Lazio")
  ...h('name', true, [...SUBNATIONAL_BODY_HEADS]),
  ...h('number', true, [
    'Quân khu', 'Quân đoàn', 'Sư đoàn', 'Lữ đoàn', 'Trung đoàn', 'Tiểu đoàn', 'Đại đội', 'Hải đoàn', 'Binh đoàn', 'Không đoàn',
    'Vùng', 'Hải đội', 'Đồn Biên phòng', 'Đồn biên phòng', 'Hạm đội', 'Phi đội', 'Quân đoàn Lê dương',
    // a city transport department's numbered management zones ("Khu quản lý giao thông đô thị số 2")
    'Khu quản lý', 'Khu Quản lý',
  ]),
  ...h('self', true, [
    // (the government's name from 1981 to 1992)
    'Hội đồng Bộ trưởng',
    // the South's liberation army of the war years ("các chiến sĩ Quân giải phóng Miền Nam Việt Nam"); bare, "quân giải phóng" is any troops
    'Quân giải phóng miền Nam', 'Quân giải phóng miền Nam Việt Nam',
    // a parliamentary state's cabinet ("Nội các Nhật Bản", "Nội các Anh")
    'Nội các',
    'Chính phủ', 'Quốc hội', 'Bộ Chính trị', 'Ban Bí thư', 'Ban Tổ chức Trung ương', 'Ban Tổ chức TW', 'Ban Tổ chức T.Ư', 'Ban Tổ chức TƯ',
    // the police's national forensic institute, unlike research institutes ("Viện Khoa học hình sự (Bộ Công an)")
    'Viện Khoa học hình sự', 'Ban Chấp hành Trung ương', 'Trung ương Đảng',
    // "Ủy viên T.Ư Đảng", "TW Đảng": the party's central committee written short
    'T.Ư Đảng', 'TƯ Đảng', 'TW Đảng',
    'Ban Chấp hành Trung ương Đảng', 'BCH Trung ương Đảng', 'BCH Trung ương', 'BCH TW', 'BCH TƯ',
    // (the centre written "T.Ư" as well: "BCH T.Ư Đảng")
    'BCH T.Ư Đảng', 'BCH T.Ư', 'Ban Chấp hành T.Ư Đảng', 'Ban Chấp hành T.Ư', 'Ban Chấp hành TW', 'Ban Chấp hành TƯ',
    'Thường vụ Quốc hội', 'Ủy ban Thường vụ Quốc hội', 'Quân đội nhân dân Việt Nam', 'Công an nhân dân Việt Nam',
    // (the army and the police written by their national acronyms with the country: "Tổng cục Chính trị QĐND Việt Nam";
    // "QĐND" alone is as often the army's newspaper, "Báo QĐND")
    'QĐND Việt Nam', 'QĐNDVN', 'CAND Việt Nam',
    // the party committees of the central bodies' and state firms' blocs ("Bí thư Đảng ủy Khối các cơ quan Trung ương")
    'Đảng ủy Khối các cơ quan Trung ương', 'Đảng ủy Khối các cơ quan TƯ', 'Đảng ủy Khối các cơ quan TW', 'Đảng ủy Khối các cơ quan T.Ư',
    'Đảng ủy Khối Doanh nghiệp Trung ương', 'Đảng ủy Khối doanh nghiệp Trung ương', 'Đảng ủy Khối Doanh nghiệp TƯ',
    // the US central bank, often in lower case ("Cục dự trữ liên bang Mỹ (Fed)", "Cục Dự trữ Liên bang")
    'Cục Dự trữ Liên bang',
    // a country's highest court, named by its rank ("Tòa án tối cao Mỹ", "Tòa án tối cao")
    'Tòa án tối cao', 'Tòa án nhân dân tối cao', 'TAND tối cao', 'Viện kiểm sát nhân dân tối cao', 'VKSND tối cao', 'Viện KSND tối cao',
    // the high courts and procuracies, named with where they sit ("TAND cấp cao tại Hà Nội")
    'TAND cấp cao', 'Tòa án nhân dân cấp cao', 'VKSND cấp cao', 'Viện kiểm sát nhân dân cấp cao',
    'Viện KSND cấp cao', 'Tòa án cấp cao', 'Viện kiểm sát cấp cao',
    'Văn phòng Chính phủ', 'Văn phòng Quốc hội', 'Văn phòng Chủ tịch nước', 'Văn phòng Trung ương Đảng',
    'Liên Hợp Quốc', 'Liên hợp quốc', 'Liên Hiệp Quốc', 'Hội đồng Bảo an', 'Hội đồng châu Âu', 'Hội đồng Châu Âu',
    // the party's inspection committees ("Ủy ban kiểm tra Trung ương", "Ủy ban Kiểm tra Tỉnh ủy X")
    'Ủy ban Kiểm tra Trung ương', 'Lầu Năm Góc', 'Nhà Trắng',
    'Điện Kremlin', 'Liên minh châu Âu', 'Liên minh Châu Âu', 'Ủy ban châu Âu', 'Ủy ban Châu Âu', 'Quỹ Tiền tệ Quốc tế',
    'Ngân hàng Thế giới', 'Tổ chức Y tế Thế giới', 'Tổ chức Thương mại Thế giới', 'Kiểm toán Nhà nước', 'Ngân hàng Nhà nước',
    // the US space agency, written by its acronym alone; the State Bank, by its own ("Thống đốc NHNN", "theo NHNN")
    'NASA', 'NHNN',
    // the Government Office, the Government Inspectorate and the State Audit by their own acronyms ("Chủ nhiệm VPCP", "theo KTNN")
    'VPCP', 'TTCP', 'KTNN',
    // the State Securities Commission and the supreme court and procuracy by theirs ("theo yêu cầu của UBCKNN", "Chánh án TANDTC")
    'UBCKNN', 'TANDTC', 'VKSNDTC',
    // the US Central Command (CENTCOM), in either case; its "Trung tâm" is no centre's head, "Trung ương" no level
    'Bộ Tư lệnh Trung tâm', 'Bộ Tư lệnh trung tâm', 'Bộ Chỉ huy Trung tâm', 'Bộ Chỉ huy trung tâm',
    'Bộ Tư lệnh Trung ương', 'Bộ Tư lệnh trung ương', 'Bộ Chỉ huy Trung ương',
    'Interpol', 'ASEAN', 'NATO', 'EU', 'WHO', 'WTO', 'IMF', 'UNESCO', 'UNICEF', 'APEC', 'FAO', 'UNDP',
    'IAEA', 'OPEC', 'VCCI', 'QH', 'FBI', 'CIA', 'LHQ', 'Bộ Tổng Tham mưu',
    // Japan's trade agency and the foreign chambers of commerce here (associations, as VCCI is) by the acronyms the press writes
    // alone ("Các đánh giá của Eurocham, Amcham, Jetro"); bracketed after "Phòng Thương mại Mỹ tại Việt Nam" they are its alias
    'JETRO', 'Jetro', 'EuroCham', 'Eurocham', 'AmCham', 'Amcham',
    'Công đảng', 'Thường trực Chính phủ', 'Thường trực Quốc hội', 'Thường vụ QH', 'Ủy ban Thường vụ QH', 'UBTVQH',
    'UB Thường vụ Quốc hội', 'UB Thường vụ QH', 'UB TVQH', 'UB Kiểm tra Trung ương',
    // the party's central inspection committee by its acronym ("đơn gửi UBKT Trung ương", "UBKT T.Ư")
    'UBKT Trung ương', 'UBKT T.Ư', 'UBKT TƯ', 'UBKT TW',
    // UN and other international agencies by their Vietnamese names (an organ's "Liên Hợp Quốc" is read after them)
    'Tổ chức Lương thực và Nông nghiệp', 'Chương trình Phát triển Liên Hợp Quốc', 'Chương trình Phát triển của Liên Hợp Quốc', 'Chương trình Phát triển LHQ',
    'Quỹ Nhi đồng Liên Hợp Quốc', 'Quỹ Dân số Liên Hợp Quốc', 'Chương trình Lương thực Thế giới', 'Chương trình Môi trường Liên Hợp Quốc',
    // the Mekong River Commission and Viet Nam's national Mekong committee ("Ủy hội sông Mekong quốc tế", "Ủy ban sông Mê Kông Việt Nam")
    'Ủy hội sông Mekong', 'Ủy hội sông Mê Kông', 'Ủy hội sông Mê Công', 'Ủy ban sông Mekong', 'Ủy ban sông Mê Kông', 'Ủy ban sông Mê Công',
    'Ủy hội sông Mekong quốc tế', 'Ủy hội sông Mê Kông quốc tế', 'Ủy hội sông Mê Công quốc tế',
    'Tổ chức Lao động Quốc tế', 'Tổ chức Di cư Quốc tế', 'Cơ quan Năng lượng Nguyên tử Quốc tế', 'Ngân hàng Phát triển châu Á',
    'Tổ chức Hàng hải Quốc tế', 'Tổ chức Hàng không Dân dụng Quốc tế', 'Tổ chức Khí tượng Thế giới', 'Tổ chức Sở hữu trí tuệ Thế giới',
    // international federations and agencies written by their acronym
    'FIFA', 'UEFA', 'AFC', 'AFF', 'IOC', 'OCA', 'ILO', 'UNHCR', 'UNEP', 'WFP', 'OECD', 'OSCE', 'ICAO', 'IMO',
    'Tổng LĐLĐVN', 'WEF', 'ADB', 'AIIB', 'Europol', 'EC', 'UNFPA', 'UNODC', 'UNCTAD', 'WIPO', 'IFAD', 'FATF', 'VFF',
    // the World Bank by its acronym, as its sister ADB is (109 corpus mentions, every one the bank's)
    'WB',
    // more UN organs and international agencies by their acronym (the UN system's public list; JICA, KOICA, USAID: donors'
    // state agencies), and the G groupings the press names as actors ("các nước G7", "Nga rời G8"; a summit's name gives none)
    'IOM', 'UNAIDS', 'UN-Habitat', 'UNIDO', 'UN Women', 'UNV', 'ITU', 'UNWTO', 'UNFCCC', 'OHCHR', 'UNOPS',
    'ESCAP', 'ICRC', 'IFRC', 'IPU', 'JICA', 'KOICA', 'USAID', 'G7', 'G8', 'G20',
    // foreign state agencies the press names by their acronym alone ("Fed tăng lãi suất", "bị FSB bắt giữ", "làm việc cho KGB"):
    // central banks, security and intelligence services, health and drug regulators. Not ECB and FSB: alone they were
    // more often a car's brake aid and a business school or a translation credit ("Dịch từ FSB") than the bodies, so
    // they count only beside their full names (acronyms.ts)
    'Fed', 'KGB', 'GRU', 'MI5', 'MI6', 'NSA', 'FDA', 'CDC',
  ]),
  // a commune's police post in the highlands, named by its commune ("tổ công tác Đồn Công an Co Mạ"), as a border post is
  ...h('name', true, ['Đồn Công an', 'Đồn công an']),
  // the police's prisons and detention camps, units of their force, named by their place or force ("Trại giam Xuân Lộc",
  // "Trại Tạm giam Công an tỉnh Yên Bái")
  ...h('name', true, ['Trại giam', 'Trại tạm giam']),
  // a country's prosecution service, in Vietnamese its procuracy's old name ("Viện Công tố Nga", "Viện công tố Pháp"), as "Viện Kiểm sát" is
  ...h('name', true, ['Viện Công tố', 'Viện công tố']),
  // Not agencies, but an organization a title may name ("Tổng Giám đốc Tập đoàn Viettel").
  ...h('name', false, [
    // rebel armies ("Lực lượng vũ trang Cách mạng Colombia (FARC)"), not a province's LLVT
    'Lực lượng vũ trang Cách mạng',
    // "Cty" is the press's short form of "Công ty" ("Giám đốc Cty MHBS")
    'Tập đoàn', 'Tổng công ty', 'Công ty', 'Cty', 'Tổ hợp', 'Ngân hàng', 'Trường', 'Trường Đại học', 'Đại học',
    // ("ĐH Quốc gia TPHCM": the press writes a university "ĐH")
    'ĐH', 'Trường ĐH',
    'Học viện', 'Bệnh viện', 'Viện', 'Báo', 'Tạp chí', 'Đài', 'Đài Truyền hình', 'Đài Tiếng nói', 'Trung tâm', 'Hợp tác xã',
    'Câu lạc bộ', 'CLB', 'BV', 'Nhà máy', 'Khoa', 'Trạm', 'Đồn', 'Giáo hội', 'Xí nghiệp', 'Doanh nghiệp',
    // a bank's branch office ("nguyên phó giám đốc Phòng giao dịch Hòa Hưng")
    'Phòng giao dịch', 'Chi nhánh',
    'Nhà xuất bản', 'NXB',
    // unions of cooperatives trade as businesses ("Liên hiệp HTX Thương mại TP.HCM", Saigon Co.op)
    'Liên hiệp HTX', 'Liên hiệp Hợp tác xã',
    // law firms are businesses ("Văn phòng Luật sư X", "Công ty Luật X")
    'Văn phòng Luật sư', 'Văn phòng luật sư', 'Công ty Luật', 'Công ty luật',
    // stock and commodity exchanges are state-owned companies ("Chủ tịch HĐQT Sở Giao dịch Chứng khoán TP.HCM", "Sở GDCK Hà Nội")
    'Sở Giao dịch Chứng khoán', 'Sở GDCK', 'Sở GD Chứng khoán', 'Sở Giao dịch hàng hóa',
  ]),
];

/**
 * Sector names after Bộ/Sở/Ủy ban, folded, without punctuation and "và": lets a name run over
 * commas and "và" (`Bộ Văn hóa, Thể thao và Du lịch`) and tells a sector from a place.
 */
export const SECTORS: readonly string[] = [
  'giáo dục và đào tạo', 'y tế', 'tài chính', 'công an', 'quốc phòng', 'ngoại giao', 'tư pháp', 'nội vụ',
  'công thương', 'xây dựng', 'giao thông vận tải', 'giao thông và vận tải', 'kế hoạch và đầu tư',
  'lao động thương binh và xã hội', 'văn hóa thể thao và du lịch', 'văn hóa thể thao', 'văn hóa và thông tin',
  'nông nghiệp và phát triển nông thôn', 'nông nghiệp và môi trường', 'tài nguyên và môi trường',
  'thông tin và truyền thông', 'khoa học và công nghệ', 'văn hóa', 'du lịch', 'thanh tra', 'ngoại vụ',
  'dân tộc', 'lao động', 'giáo dục', 'thể thao', 'kinh tế', 'quy hoạch kiến trúc', 'thông tin truyền thông',
  // foreign cabinets ("Bộ trưởng Môi trường Anh") and chambers ("Liên đoàn Thương mại và Công nghiệp")
  'môi trường', 'năng lượng', 'thương mại', 'nông nghiệp', 'công nghiệp', 'an ninh nội địa', 'nội địa',
  'thương mại và công nghiệp', 'công nghiệp và thương mại', 'ngoại thương', 'di trú', 'nhập cư', 'y tế và dịch vụ nhân sinh',
  'kinh tế thương mại và công nghiệp', 'thương mại công nghiệp và năng lượng', 'tài chính và kinh tế', 'giao thông', 'cựu chiến binh', 'an ninh',
  // "không" would end a name as a function word: "Cục Hàng không dân dụng"
  'hàng không', 'hàng không dân dụng',
  // departments' remits whose words would end a name as stop words or run on past a sentence-case cut
  'hậu cần', 'hậu cần kỹ thuật', 'chống tham nhũng', 'phòng chống tham nhũng', 'quản lý thị trường', 'xuất nhập cảnh',
  'quản lý xuất nhập cảnh', 'thi hành án dân sự', 'thi hành án', 'khám chữa bệnh', 'quản lý khám chữa bệnh', 'an toàn thực phẩm',
  'bảo vệ thực vật', 'thú y', 'kiểm lâm',
  // safety remits, whose second word "toàn" would end a name as a stop word ("Chi cục An toàn vệ sinh thực phẩm")
  'an toàn giao thông', 'an toàn vệ sinh thực phẩm', 'vệ sinh an toàn thực phẩm', 'an toàn lao động', 'an toàn thông tin',
  'an toàn bức xạ và hạt nhân', 'an toàn hàng hải', 'an toàn thực phẩm và dinh dưỡng',
];

/**
 * Fields a ministry, committee or agency is named after, that may be listed with commas and "và" inside one
 * name (`Bộ Năng lượng và Mỏ`, `Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng`). Written
 * capitalised in the name; folded here.
 */
export const NAME_FIELDS: readonly string[] = [
  'thể thao', 'du lịch', 'vận tải', 'mỏ', 'khoáng sản', 'địa chất', 'năng lượng', 'thanh niên', 'thiếu niên', 'nhi đồng',
  'thanh thiếu niên', 'trẻ em', 'gia đình', 'phụ nữ', 'bình đẳng giới', 'dân số', 'đào tạo', 'dạy nghề', 'giáo dục', 'văn hóa', 'thông tin',
  'truyền thông', 'bưu chính', 'viễn thông', 'công nghệ', 'khoa học', 'kỹ thuật', 'đổi mới', 'môi trường', 'tài nguyên',
  'biến đổi khí hậu', 'khí hậu', 'thủy lợi', 'thủy sản', 'lâm nghiệp', 'ngư nghiệp', 'nông nghiệp', 'phát triển nông thôn',
  'nông thôn', 'lương thực', 'thực phẩm', 'dược phẩm', 'thuốc', 'mỹ phẩm', 'y tế', 'dịch vụ', 'xã hội', 'an sinh', 'phúc lợi',
  'việc làm', 'lao động', 'thương binh', 'người có công', 'công nghiệp', 'thương mại', 'xuất khẩu', 'nhập khẩu', 'đầu tư',
  'kế hoạch', 'tài chính', 'ngân sách', 'kinh tế', 'tiền tệ', 'ngân hàng', 'bảo hiểm', 'thuế', 'hải quan', 'xây dựng',
  'nhà ở', 'đô thị', 'quy hoạch', 'giao thông', 'công chính', 'hàng hải', 'hàng không', 'đường sắt', 'cảng', 'biển', 'hải đảo',
  'khí tượng', 'thủy văn', 'quản lý', 'pháp luật', 'pháp chế', 'tư pháp', 'nhân quyền', 'dân tộc', 'tôn giáo', 'miền núi',
  'quốc phòng', 'an ninh', 'đối ngoại', 'hợp tác', 'hợp tác quốc tế', 'phát triển', 'nghiên cứu', 'thống kê', 'tiêu chuẩn',
  'đo lường', 'chất lượng', 'kiểm định', 'thi đua', 'khen thưởng', 'cán bộ', 'tổ chức', 'nội vụ', 'ngoại thương', 'nước',
  'vệ sinh', 'dinh dưỡng', 'du lịch', 'di sản', 'gia đình', 'cứu trợ', 'nhân đạo', 'phòng chống thiên tai', 'tìm kiếm cứu nạn',
  // publishing's three trades ("Cục Xuất bản, In và Phát hành")
  'xuất bản', 'in', 'phát hành',
  // prices, which a department manages ("Cục Quản lý giá", "Tổng cục giá")
  'giá',
  // the arts ("Cục Nghệ thuật biểu diễn", "Cục Mỹ thuật, Nhiếp ảnh và Triển lãm", "Cục điện ảnh Việt Nam")
  'nghệ thuật', 'biểu diễn', 'mỹ thuật', 'nhiếp ảnh', 'triển lãm', 'điện ảnh',
  // the remits that departments list in their names ("Tổng cục Quản lý Chất lượng, Kiểm tra và Kiểm dịch", "Cục Phát thanh,
  // Truyền hình và Thông tin điện tử", "Vụ Kế hoạch, Tài chính và Tổng hợp", "Cục Chăn nuôi và Thú y")
  'kiểm tra', 'kiểm dịch', 'giám sát', 'phát thanh', 'truyền hình', 'tổng hợp', 'chăn nuôi', 'thú y', 'trồng trọt',
  'bảo vệ thực vật', 'văn thư', 'lưu trữ', 'chính sách', 'báo chí', 'kiểm toán', 'kế toán', 'đất đai', 'đo đạc', 'bản đồ',
];

/** Administrative level words: alone after a head they name no body (`Công an tỉnh`, `UBND TP`). */
export const LEVEL_WORDS: readonly string[] = [
  'tỉnh', 'thành phố', 'tp', 'tp.', 'quận', 'huyện', 'huyện đảo', 'thị xã', 'xã', 'phường', 'thị trấn', 'thôn', 'ấp', 'bản',
  'trung ương', 'tw', 'khu vực', 'địa phương', 'đặc khu',
];

/** Leadership boards and the like: `Ban Giám đốc ...` is not a body of its own. */
export const NOT_A_BODY_AFTER_HEAD: readonly string[] = [
  // member bodies of a federation ("các Liên đoàn thành viên Đông Nam Á") are no one body; "Ban Mê (Thuột)" is a city
  'liên đoàn thành viên', 'hội thành viên', 'hiệp hội thành viên', 'ban mê',
  // the US president's office room ("cuộc gặp tại Phòng Bầu dục")
  'phòng bầu dục',
  // the nationwide union system, whose body is the Tổng Liên đoàn ("Điều lệ Công đoàn Việt Nam", "Đại hội Công đoàn Việt Nam")
  'công đoàn việt nam',
  'ban giám đốc', 'ban giám hiệu', 'ban chỉ huy', 'ban lãnh đạo', 'ban thường vụ', 'ban thường trực', 'ban biên tập', 'ban tổ chức',
  'ban cán sự', 'ban chấp hành', 'ban bạn đọc', 'liên hiệp vương quốc', 'hội đồng quản trị', 'hội đồng xét xử', 'hội đồng thành viên',
  'hội chứng', 'văn phòng công chứng', 'hội thảo', 'hội tụ', 'hội nhập', 'hội trường', 'hội ngộ', 'hội đàm', 'hội họa', 'hội ý',
  'hội họp', 'hội quán', 'hội phí', 'hội thẩm', 'hội sở', 'hội đường', 'ban điều hành', 'ủy ban điều hành', 'ban giám khảo', 'hội đồng giám khảo', 'ban quản trị', 'hội an', 'hội nghị',
  // a high-level delegation is a visit's party, no body ("Đoàn cấp cao Việt Nam")
  'đoàn cấp cao',
  // a "hội" of rich kids is a circle of people, no association ("Hội con nhà giàu Dubai")
  'hội con nhà giàu',
  'tổ chức hội', 'đoàn công tác', 'đoàn kiểm tra', 'đoàn đại biểu', 'đoàn thanh tra', 'bộ phận', 'đội tuyển',
  // a country's sports delegation to games is its team ('Đoàn Thể thao Việt Nam tham dự SEA Games', 'Đoàn TTVN có 476 VĐV')
  // (written with its country: "Liên đoàn thể thao Đông Nam Á" is a federation, whose head ends on "đoàn")
  'đoàn thể thao việt nam', 'đoàn ttvn',
  'bộ luật', 'bộ đội', 'bộ môn', 'bộ máy', 'bộ sưu tập', 'bộ hồ sơ', 'bộ đề', 'bộ trưởng', 'hội viên',
  'đội bóng', 'phòng khám', 'phòng họp', 'lực lượng chức năng', 'đội ngũ', 'vùng biển', 'vùng đất',
  // a standing committee names its parent ("Ủy ban Thường vụ Quốc hội"); alone it is no body
  'ủy ban thường vụ', 'bộ quy tắc', 'bộ tiêu chí', 'bộ tiêu chuẩn', 'bộ công cụ', 'bộ sách', 'lực lượng công an',
  // festivals: "Hội Xuân Yên Tử", "Hội Lim", "hội làng" ("Hội" before a season or a festival word)
  'hội xuân', 'hội lim', 'hội làng', 'hội đền', 'hội chùa', 'hội đình', 'hội đua', 'hội vật', 'hội gióng', 'hội chợ', 'hội thi',
  'hội diễn', 'hội thao', 'hội trại', 'hội khỏe', 'hội hoa', 'hội sách', 'hội báo', 'hội mùa', 'hội đua thuyền', 'đảng viên', 'đảng phái', 'đảng phí', 'đảng kỳ', 'đảng tịch',
];

/**
 * Lower-case words and phrases that end an organization name: function words and the verbs that
 * follow a body's name in press sentences (tổ chức, dự, chủ trì...). Folded.
 */
export const NAME_STOP_WORDS: readonly string[] = [
  'và', 'với', 'của', 'khác', 'giữa', 'cho', 'tại', 'trong', 'ngoài', 'đã', 'đang', 'sẽ', 'vừa', 'mới', 'là', 'có', 'không',
  'được', 'bị', 'về', 'đến', 'từ', 'theo', 'do', 'để', 'khi', 'thì', 'mà', 'nhưng', 'hay', 'hoặc', 'cũng',
  'còn', 'các', 'những', 'một', 'này', 'đó', 'kia', 'nhằm', 'qua', 'trên', 'dưới', 'sau', 'trước', 'cùng',
  'thuộc', 'tổ chức', 'dự', 'chủ trì', 'phát biểu', 'cho biết', 'tham dự', 'tiếp', 'tiến hành', 'triển khai',
  'thực hiện', 'phối hợp', 'ra', 'vào', 'lên', 'xuống', 'nói', 'hỏi', 'đề nghị', 'yêu cầu', 'chỉ đạo', 'ký',
  'ban hành', 'gửi', 'nhận', 'thăm', 'làm', 'bắt', 'khởi tố', 'xử lý', 'kiểm tra', 'phát hiện', 'đánh giá',
  'trao', 'tặng', 'khen', 'công bố', 'thông báo', 'họp', 'gặp', 'ông', 'bà', 'anh', 'chị', 'đồng chí', 'năm',
  'ngày', 'tháng', 'lúc', 'sáng', 'chiều', 'tối', 'hôm', 'nay', 'lãnh đạo', 'cán bộ', 'chiến sĩ', 'người',
  'nhân viên', 'đạt', 'ghi nhận', 'biểu dương', 'nhấn mạnh', 'khẳng định', 'cho rằng', 'đề xuất', 'kiến nghị',
  'báo cáo', 'tiếp nhận', 'chủ động', 'cần', 'phải', 'đề ra', 'xác định', 'truy tố', 'xét xử',
  'tuyên', 'quyết định', 'ra quyết định', 'vẫn', 'luôn', 'rất', 'đều', 'chưa', 'nên', 'như', 'nếu', 'vì',
  'bởi', 'ở', 'trở thành', 'gồm', 'tham gia', 'hỗ trợ', 'giúp', 'tăng cường', 'đẩy mạnh', 'tiếp tục', 'cử',
  'mời', 'đón', 'tiếp đón', 'trực tiếp', 'đứng', 'nêu', 'trả lời', 'giải thích', 'cảnh báo', 'phê duyệt',
  'đồng ý', 'chấp thuận', 'từ chối', 'chỉ', 'lập', 'thành lập', 'hướng dẫn', 'tuyên bố', 'tuyên truyền',
  'vận động', 'phát động', 'ủng hộ', 'quản lý', 'trực', 'giao', 'chịu', 'nhiều', 'mọi', 'mỗi', 'toàn',
  'số liệu', 'cũ', 'nhân dịp', 'hiện', 'hiện nay', 'đây', 'ấy', 'chức', 'chức vụ', 'kiêm', 'giữ',
  'liên tục', 'thay đổi', 'điều chuyển', 'dừng', 'giành', 'nằm', 'bên', 'căn cứ', 'sang', 'quy định', 'cấp',
  'xin', 'bàn giao', 'tiếp xúc', 'làm việc', 'cảnh cáo', 'xử phạt', 'phạt', 'thu hồi', 'tạm giữ', 'bắt giữ',
  'ký kết', 'kết luận', 'tổng kết', 'khai mạc', 'bế mạc', 'ra mắt', 'mở', 'đóng', 'tìm', 'đưa', 'nhằm',
  'bác', 'khẳng', 'đăng', 'đăng tải', 'cung cấp', 'trình', 'thông tin', 'xác nhận', 'phản hồi', 'ghi',
  'lý giải', 'lưu ý', 'nghiên cứu', 'rà soát', 'hoàn thành', 'ước tính', 'dự kiến', 'dự báo', 'bày tỏ',
  'nhận định', 'tập trung', 'xây dựng kế hoạch', 'vẫn chưa', 'tuy nhiên', 'lại', 'đi', 'đứng ra', 'muốn',
  'có thể', 'đồng thời', 'bổ nhiệm', 'miễn nhiệm', 'kỷ luật', 'cách chức', 'mua', 'bán', 'chi', 'thu',
  'đồng loạt', 'cầm quyền', 'đối lập', 'khám xét', 'đột kích', 'tập trận', 'thao diễn',
  // "Đại hội Đảng bộ quận X lần thứ I": a congress's ordinal follows the body
  'lần thứ', 'trở nên', 'trở lại',
  // what a council or agency does to a country: "Hội đồng Bảo an kêu gọi Triều Tiên"
  'kêu gọi', 'lên án', 'thông qua', 'áp đặt', 'trừng phạt', 'cáo buộc', 'công nhận', 'phản đối', 'bác bỏ', 'chỉ trích',
  'hối thúc', 'thúc giục', 'cấm', 'điều tra về',
  // what a body does next: "Văn phòng X soạn thảo...", "Ủy ban Tình báo Thượng viện xoay quanh" (not "tham mưu": Hội đồng tham mưu trưởng liên quân)
  'soạn thảo', 'xoay quanh',
  // a body's acts in reports of checks and cases ("Ban CAX ... xác minh", "Phòng Công thương quyết toán sai")
  'xác minh', 'quyết toán', 'làm rõ', 'thu giữ', 'lập biên bản', 'cho hay', 'triệu tập', 'thẩm tra',
  // what a ministry does to a rule ("Bộ Tài chính sửa đổi Điều 12"), and where ("Cục Thuế nơi doanh nghiệp đóng trụ sở")
  'sửa đổi', 'bổ sung', 'nơi',
  // a career told in sequence ("Chủ nhiệm Ủy ban Kế hoạch rồi Phó chủ tịch UBND tỉnh")
  'rồi',
  // what a body says or admits ("Tổng cục Du lịch chia sẻ", "Bộ X thừa nhận")
  'chia sẻ', 'thừa nhận', 'khuyến cáo', 'tiết lộ', 'lên tiếng', 'phản bác',
  // who leads a delegation ("Bộ trưởng Bộ Quốc phòng dẫn đầu Đoàn đại biểu ...")
  'dẫn đầu', 'đứng đầu',
  // what a body finds or says, with the clause after it ("Thanh tra Chính phủ thấy rằng", "Ủy ban Đối ngoại Hạ viện rằng ...")
  'rằng', 'thấy',
  // what an inspectorate orders after a fine ("Thanh tra Sở buộc 3 phòng khám tháo gỡ quảng cáo")
  'buộc',
  // what a body is sent a file for ("chuyển Thanh tra Chính phủ tham khảo, phục vụ công tác thanh tra")
  'tham khảo',
];

/**
 * Nouns of body names that hold a syllable of NAME_STOP_WORDS ("thu", "cấp", "toàn", "đăng"): read whole, they do not
 * end the name ("Ủy ban Khẩn cấp", "Hội đồng nghiệm thu Nhà nước", "Cục đăng kiểm Việt Nam", "Viện Kiểm nghiệm an toàn ...").
 */
export const STOP_SYLLABLE_NOUNS: readonly string[] = [
  'khẩn cấp', 'nghiệm thu', 'đăng kiểm', 'an toàn',
  // ("Vụ Công nghệ thông tin", "Phòng Quản lý công nghệ thông tin": information technology, whose "thông tin" also means to inform)
  'công nghệ thông tin',
  // ("Ủy ban Thị trường mở Liên bang": the open market, whose "mở" also means to open)
  'thị trường mở',
  // the people a body serves, opened by the stop word "người" ("Phòng Tuyên truyền và Hỗ trợ người nộp thuế", "Hội Bảo trợ
  // người khuyết tật", "Hội Người cao tuổi")
  'người nộp thuế', 'người tiêu dùng', 'người khuyết tật', 'người cao tuổi', 'người có công', 'người lao động',
];

/**
 * Fields of one syllable that are a word in themselves ("Cục Thuế", "Tổng cục Thuế"): no lower-case word after them completes
 * them ("Tổng cục Thuế tính từ ngày ...", "Cục Thuế đồng tình"), only their compounds, read whole ("Liên minh Thuế quan", "Cơ quan
 * Thuế vụ"). Folded.
 */
export const WHOLE_SYLLABLE_FIELDS: readonly string[] = ['thuế'];
export const WHOLE_SYLLABLE_FIELD_COMPOUNDS: readonly string[] = ['thuế quan', 'thuế vụ'];

/**
 * Services only the state runs: a centre whose remit opens with one, in either case, and is closed by its province (with or
 * without a level word) is that province's public service unit ("Trung tâm dịch vụ việc làm Hà Nội", "Trung tâm Hành chính công
 * Đồng Nai", "Trung tâm y tế dự phòng Hà Nội", "Trung tâm đăng kiểm xe cơ giới Đà Nẵng"). Folded.
 */
export const STATE_SERVICE_CENTRE_REMITS: readonly string[] = [
  'dịch vụ việc làm', 'hành chính công', 'phát triển quỹ đất', 'y tế dự phòng', 'đăng kiểm', 'bảo trợ xã hội', 'công tác xã hội',
  'nuôi dưỡng', 'cai nghiện', 'trợ giúp pháp lý', 'quan trắc', 'khuyến nông', 'nước sạch', 'giám định', 'kiểm soát bệnh tật',
];

/**
 * The remits of a province's project boards under the 2014 Construction Law: each builds one sector's works ("Ban quản lý
 * dự án đầu tư xây dựng (các) công trình dân dụng và công nghiệp Hà Nội", "... giao thông Đà Nẵng", "... nông nghiệp và
 * phát triển nông thôn tỉnh X"). Folded.
 */
export const PROJECT_BOARD_REMITS: readonly string[] = ['công trình', 'các công trình'].flatMap((works) =>
  ['dân dụng và công nghiệp', 'giao thông', 'nông nghiệp và phát triển nông thôn'].map((sector) => `dự án đầu tư xây dựng ${works} ${sector}`));

/**
 * The desks every business or body has ("Phòng Tài chính - Kế toán", "phòng Hành chính", "phòng Môi giới" of a brokerage):
 * a "Phòng" named by one of them alone, with no parent or place after it, is no one body. Folded.
 */
export const OFFICE_FUNCTIONS: readonly string[] = [
  'hành chính', 'nhân sự', 'kế toán', 'tài chính kế toán', 'kế toán tài chính', 'hành chính nhân sự', 'tổ chức hành chính',
  'hành chính tổng hợp', 'kinh doanh', 'bán hàng', 'vật tư', 'xuất nhập khẩu', 'marketing', 'tổng đài', 'môi giới',
  'chăm sóc khách hàng', 'dịch vụ khách hàng',
];

/** What a unit fights, after "chống" in its name ("Cục Điều tra chống buôn lậu", "Trung tâm Chỉ huy chống khủng bố"). Folded. */
export const THREATS_FOUGHT: readonly string[] = [
  'buôn lậu', 'khủng bố', 'ma túy', 'tham nhũng', 'tội phạm', 'tội phạm ma túy', 'hàng giả', 'gian lận thương mại',
  'buôn lậu và gian lận thương mại', 'buôn lậu gian lận thương mại và hàng giả', 'rửa tiền', 'doping', 'mua bán người',
];

/** The kind of members' firms an association is named by, after their head ("Hiệp hội DN nhỏ và vừa", "Hiệp hội BV tư nhân"). */
export const MEMBER_KIND_TAILS: readonly string[] = ['tư nhân', 'nhỏ và vừa', 'vừa và nhỏ', 'ngoài công lập'];

/** Lower-case words that may close a name after its last capitalised word (`Phòng Cảnh sát hình sự`). */
export const NAME_TAIL_WORDS: readonly string[] = [
  'hình sự', 'điều tra', 'kinh tế', 'ma túy', 'giao thông', 'cơ động', 'đường bộ', 'đường sắt', 'đường thủy',
  'trật tự', 'xã hội', 'môi trường', 'phòng cháy', 'chữa cháy', 'cứu nạn', 'cứu hộ', 'biểu diễn', 'quốc gia',
  'quốc tế', 'trung ương', 'nhân dân', 'tối cao', 'hành chính', 'an ninh', 'quân sự', 'nội bộ', 'đối ngoại',
  'chính trị', 'pháp chế', 'tổng hợp', 'tư pháp', 'dân sự', 'thương mại', 'nông thôn', 'đô thị', 'tài chính',
  'thế giới', 'tổ quốc', 'việt nam', 'phụ nữ', 'thanh niên', 'nông dân', 'cựu chiến binh', 'số',
  ...MEMBER_KIND_TAILS,
];

/** Countries and one-word places: end a name and never take a lower-case syllable after them. */
export const COUNTRY_NAMES: readonly string[] = [
  'Việt Nam', 'Lào', 'Campuchia', 'Trung Quốc', 'Nhật Bản', 'Hàn Quốc', 'Triều Tiên', 'Thái Lan', 'Malaysia',
  'Singapore', 'Indonesia', 'Philippines', 'Myanmar', 'Brunei', 'Ấn Độ', 'Australia', 'Úc', 'New Zealand',
  'Mỹ', 'Hoa Kỳ', 'Canada', 'Mexico', 'Brazil', 'Argentina', 'Cuba', 'Nga', 'Ukraine', 'Belarus', 'Pháp',
  'Đức', 'Ý', 'Italy', 'Tây Ban Nha', 'Bồ Đào Nha', 'Hà Lan', 'Bỉ', 'Thụy Sĩ', 'Thụy Điển', 'Na Uy',
  'Phần Lan', 'Đan Mạch', 'Ba Lan', 'Séc', 'Hungary', 'Áo', 'Hy Lạp', 'Thổ Nhĩ Kỳ', 'Iran', 'Iraq', 'Syria',
  'Israel', 'Palestine', 'Ai Cập', 'Saudi Arabia', 'Ả Rập Xê Út', 'Qatar', 'UAE', 'Nam Phi', 'Nigeria',
  'Kenya', 'Mông Cổ', 'Kazakhstan', 'Pakistan', 'Afghanistan', 'Bangladesh', 'Sri Lanka', 'Nepal',
  'Đài Loan', 'Hong Kong', 'Hồng Kông', 'Chile', 'Peru', 'Colombia', 'Venezuela', 'Mozambique', 'Angola',
  'Romania', 'Bulgaria', 'Serbia', 'Slovakia', 'Ireland', 'Scotland', 'Vương quốc Anh', 'Huế', 'Châu Âu', 'châu Âu', 'Vương quốc Campuchia', 'Vương quốc Hà Lan',
  'Vương quốc Thái Lan', 'Liên bang Nga', 'Cộng hòa Séc', 'VN',
  // federal states named with "Liên bang" ("chính phủ Liên bang Hoa Kỳ")
  'Liên bang Hoa Kỳ', 'Liên bang Mỹ', 'Liên bang Đức', 'Cộng hòa Liên bang Đức', 'Liên bang Australia', 'Liên bang Malaysia', 'Liên bang Myanmar',
];

/**
 * Faiths and their orders: a body named by one is a religious body, which the guideline keeps out of agencies
 * ("Hội đồng Hồi giáo Indonesia", "Ban Trị sự Giáo hội Phật giáo tỉnh X", "Hội đồng Giám mục Việt Nam").
 * A state named by its faith is read apart (see agencies.ts: "Cộng hòa Hồi giáo Iran", "Vệ binh Cách mạng Hồi giáo").
 */
export const RELIGIOUS_NAME_WORDS: readonly string[] = [
  'hồi giáo', 'phật giáo', 'công giáo', 'thiên chúa giáo', 'tin lành', 'giám mục', 'ulema', 'giáo hội', 'hội thánh',
  'cao đài', 'hòa hảo', 'chính thống giáo', 'do thái giáo', 'ấn độ giáo',
  // the administration word of a church's or a clan's own boards ("Hội đồng Trị sự" of the Sangha, "Ban Trị sự Nguyễn Phước tộc"):
  // no public body has it
  'trị sự',
  // the group that names itself an Islamic state, by its acronyms ("Tổ chức IS" beside "Tổ chức Nhà nước Hồi giáo tự xưng")
  'IS', 'ISIS', 'ISIL',
];

/**
 * One-syllable short forms of countries written in pairs across a dash ("Hội Hữu nghị Nga - Việt", "Nhật-Việt",
 * "Trung - Việt"): alone they name no place, after a country and a dash they are the pair's second country.
 */
export const PAIRED_COUNTRY_SHORT_FORMS: readonly string[] = [
  'Việt', 'Trung', 'Nhật', 'Hàn', 'Triều', 'Ấn', 'Xô', 'Tiệp', 'Thái', 'Mông', 'Miến', 'Hoa',
];

/**
 * What a steering committee steers, written in lower case right after "Ban Chỉ đạo": whole remits ("Ban Chỉ đạo điều hành giá",
 * "Ban Chỉ đạo phòng chống tham nhũng tỉnh Nghệ An", "Ban Chỉ đạo thi quốc gia"). A one-word remit names a body only with its
 * place ("Ban Chỉ đạo thi tỉnh Trà Vinh"). Folded.
 */
export const STEERING_REMITS: readonly string[] = [
  'quốc gia', 'điều hành giá', 'phòng chống tham nhũng', 'chống tham nhũng', 'chống buôn lậu', 'cải cách tư pháp', 'cải cách hành chính',
  'giải phóng mặt bằng', 'thi', 'thi quốc gia', 'tuyển sinh', 'thi hành án dân sự', 'giảm nghèo', 'tổng điều tra dân số',
];

/** Oceans whose names hold a province's or a country's ("Thái Bình", "Ấn Độ"): inside a command's name they are no place. */
export const OCEANS_NAMED_WITH_PLACES: readonly string[] = [
  'Thái Bình Dương', 'Ấn Độ Dương', 'Ấn Độ - Thái Bình Dương', 'Ấn Độ-Thái Bình Dương',
];

/**
 * Words that, capitalised right after a body's name, open the next sentence whatever follows, a lost full stop before them
 * ("Sở GTVT TP HCM Theo Sở GTVT", "Bộ TT&TT Chiều ngày 7/6", "UBND tỉnh Yên Bái Ông Đỗ Đức Duy"). Folded.
 */
export const SENTENCE_OPENER_WORDS: readonly string[] = ['theo', 'chiều', 'sáng', 'trưa', 'đêm', 'hôm', 'ông', 'bà', 'việc', 'cùng', 'ngày', 'đến', 'trên', 'qua', 'do'];

/**
 * Two-word sentence connectives: written with a capital inside a body's name, even after its lower-case tail, they open the
 * next sentence after a lost full stop ("Cục Y dược cổ truyền Tuy nhiên, Bộ trưởng ..."). Folded; no name holds them. Narrower
 * than personal-names' CLAUSE_OPENING_PHRASES, whose "thông tin", "gia đình", "đời sống" are fields of bodies' names.
 */
export const SENTENCE_CONNECTIVES: readonly string[] = ['tuy nhiên', 'tuy vậy', 'do đó', 'vì vậy', 'vì thế', 'ngoài ra', 'đồng thời', 'mặt khác', 'hiện nay', 'bên cạnh đó', 'trong khi đó',
  // ("thanh tra TP Sau đó,": also right after a level word, where no unit is named so)
  'sau đó', 'trước đó', 'khi đó', 'từ đó'];

/**
 * Function words that open a clause: written with a capital and a lower-case word after them inside a body's name, they are
 * the next sentence after a lost full stop (a caption's credit: "Ảnh: Công an TP.HCM Trước đó, ..."). Folded. Not words that
 * open names in title case ("Quỹ Vì người nghèo", "Hội Người cao tuổi", "Ban Tiếp công dân"), nor places' last syllables
 * ("Thủ Dầu Một", "Vĩnh Tuy").
 */
export const CLAUSE_OPENER_WORDS: readonly string[] = [
  'theo', 'sau', 'trong', 'tại', 'đây', 'đó', 'khi', 'các', 'những', 'với', 'nhưng', 'để', 'cũng', 'được', 'đã', 'sẽ',
  'nhiều', 'chưa', 'vẫn', 'còn', 'nếu', 'dù', 'bị', 'mà', 'rồi', 'trước', 'như', 'hiện', 'ngoài', 'lúc', 'ngay',
  // ("Ủy ban liên Chính phủ Việt Nam – Lào  Lần đầu tiên ...")
  'lần',
];

/**
 * Heads of legal documents: written with a capital right after a body's name they open the next sentence after a lost full
 * stop ("Bộ Y tế  Thông tư quy định ...", "Tổng cục Thủy lợi  Quyết định 25 ..."); no body's name goes on with one. Folded.
 */
export const DOCUMENT_HEADS: readonly string[] = ['thông tư', 'công văn', 'quyết định', 'nghị định', 'nghị quyết', 'chỉ thị'];

/**
 * Verbs that open a body's predicate right after its name is complete, never words of a remit: "Cục Thú y tham mưu",
 * "Ban Dân nguyện tập hợp", "Vụ Pháp chế thay mặt Bộ Y tế", "ban Tuyên giáo Trung ương dẫn chứng:". Folded.
 */
export const PREDICATE_AFTER_BODY_NAME: readonly string[] = ['tham mưu', 'tập hợp', 'thay mặt', 'dẫn chứng', 'chúc mừng', 'hy vọng', 'phát hành',
  'phản ánh', 'duy trì', 'củng cố', 'hứa',
  // what a person does at a body ("đến Cơ quan CSĐT Bộ Công an đầu thú"), or its staff ("Ban quản lý rừng ... lấn chiếm")
  'đầu thú', 'khai báo', 'lấn chiếm'];
/** ("Hội đồng tham mưu trưởng liên quân": the chiefs of staff, a post, no verb) */
export const PREDICATE_AFTER_BODY_NAME_NOT_BEFORE: Readonly<Record<string, string>> = { 'tham mưu': 'trưởng' };

/** Caption and time openers glued to a body's name with a lost full stop, besides the two lists above ("Công đoàn TP Ảnh:"). Folded. */
export const GLUED_OPENER_EXTRA_WORDS: readonly string[] = ['tiếp', 'tối', 'ảnh', 'từ'];

/**
 * What a party does or how it fares, right after its name and never part of it (with the predicates in
 * PREDICATE_AFTER_APPOSITION): "đảng Dân chủ hài lòng", "Đảng Cộng hòa kiểm soát", "đảng Dân chủ hô vang:".
 */
export const PARTY_PREDICATE_WORDS: readonly string[] = [
  'hài lòng', 'hoan nghênh', 'kiểm soát', 'hô vang', 'ủng hộ', 'phản đối', 'chỉ trích', 'cáo buộc', 'chiếm', 'giành', 'thắng',
  'khá', 'muốn', 'lên tiếng', 'tố cáo', 'đề cử', 'bỏ phiếu', 'nắm giữ', 'kế thừa', 'thất bại', 'chiến thắng',
];

/** Parents that the official names of their own committees carry after "của" ("Ủy ban Tư pháp của Quốc hội", "Ban Dân
 *  nguyện của Ủy ban Thường vụ Quốc hội", "Ban Chỉ đạo cải cách hành chính của Chính phủ", "Tổ công tác của Thủ tướng
 *  Chính phủ", "Ban Kinh tế - Ngân sách của HĐND TP"): a title is not cut before them. */
export const PARENT_IN_OFFICIAL_NAME: readonly string[] = ['Quốc hội', 'QH', 'Ủy ban Thường vụ Quốc hội', 'UB Thường vụ Quốc hội', 'UBTVQH',
  'Chính phủ', 'CP', 'Thủ tướng', 'Thủ tướng Chính phủ', 'HĐND', 'Hội đồng nhân dân'];
