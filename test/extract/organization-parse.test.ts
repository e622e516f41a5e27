// Where an organization named inside a post ends (title mode of parseOrgAt), phrase by phrase.
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/extract/context.js';
import { analyse, parseOrgAt } from '../../src/extract/organization-parse.js';
import { documentFromText } from '../../src/input/document.js';

/** The organization read in title mode from the word right after `post` in `text`. */
function orgAfter(text: string, post: string): string | null {
  const ctx = createContext(documentFromText(text));
  const { toks } = analyse(ctx);
  const at = text.indexOf(post) + post.length;
  const i = toks.findIndex((t) => t.s > at);
  const m = parseOrgAt(toks, i, { title: true, text: ctx.text });
  return m && m.end > m.start ? text.slice(toks[m.start].s, toks[m.end - 1].e) : null;
}

describe('organizations inside a post', () => {
  const table: [string, string, string][] = [
    // a company named by its lower-case trade and then its name
    ['Bắt Nguyễn Văn Hợp - Giám đốc Công ty đầu tư và phát triển công nghệ Nhật Quang để điều tra.', 'Giám đốc', 'Công ty đầu tư và phát triển công nghệ Nhật Quang'],
    ['Ông Sơn, Tổng giám đốc Tổng công ty tư vấn thiết kế Giao thông Vận tải (TEDI) trước đây.', 'Tổng giám đốc', 'Tổng công ty tư vấn thiết kế Giao thông Vận tải'],
    ['Ông Suh, Giám đốc điều hành Công ty mỹ phẩm Amorepacific, là tỷ phú.', 'Giám đốc điều hành', 'Công ty mỹ phẩm Amorepacific'],
    // a police unit's remit, its code and its force
    ['Đại úy Khánh - Phó Đội trưởng Đội Cảnh sát điều tra tội phạm về TTXH, Công an huyện Kiến Thụy.', 'Phó Đội trưởng', 'Đội Cảnh sát điều tra tội phạm về TTXH'],
    ['Thượng tá Sơn, Trưởng phòng Cảnh sát Hình sự (PC45) Công an tỉnh Gia Lai cho biết.', 'Trưởng', 'phòng Cảnh sát Hình sự (PC45) Công an tỉnh Gia Lai'],
    // a party board and its party; a place after its level word
    ['Ông Chính, Trưởng ban Tổ chức Trung ương Đảng phát biểu.', 'Trưởng', 'ban Tổ chức Trung ương Đảng'],
    ['Ông Anh, Chủ tịch UBND phường Phạm Đình Hổ cho biết.', 'Chủ tịch', 'UBND phường Phạm Đình Hổ'],
    ['Ông Luân, Trưởng Công an huyện Cô Tô xác nhận.', 'Trưởng', 'Công an huyện Cô Tô'],
    // a university written "ĐH", forest rangers "Hạt KL" and a district "H.", and a remit's "đại học"
    ['Ông Nghĩa, Phó Giám đốc ĐH Quốc gia TPHCM cho biết.', 'Phó Giám đốc', 'ĐH Quốc gia TPHCM'],
    ['Ông Hòa, Phó Hạt trưởng Hạt KL H. Phù Cát, cho biết.', 'Hạt trưởng', 'Hạt KL H. Phù Cát'],
    ['Bà Phụng, Vụ trưởng Vụ Giáo dục đại học (Bộ GD-ĐT) cho biết.', 'Vụ trưởng', 'Vụ Giáo dục đại học'],
    // a route's far end after the dash is a province whose first word names a country
    ['Ông Bình, Giám đốc Ban quản lý cao tốc Nội Bài - Lào Cai cho biết.', 'Giám đốc', 'Ban quản lý cao tốc Nội Bài - Lào Cai'],
    ['Ông Minh, Chủ tịch Ủy ban liên chính phủ Việt Nam - Lào đã ký.', 'Chủ tịch', 'Ủy ban liên chính phủ Việt Nam - Lào'],
    // two fields each in sentence case, read whole up to a closer; a second field that is another body stays out
    ['Bà Đào, Giám đốc Trung tâm Dự báo nhu cầu nhân lực và Thông tin thị trường lao động TP.HCM cho biết.', 'Giám đốc', 'Trung tâm Dự báo nhu cầu nhân lực và Thông tin thị trường lao động TP.HCM'],
    ['Ông Hải, Cục trưởng Cục Quan hệ lao động và Tiền lương cho biết thêm.', 'Cục trưởng', 'Cục Quan hệ lao động và Tiền lương'],
    ['Ông Nam, Trưởng phòng Giáo dục chuyên nghiệp và Khảo thí, Sở GD-ĐT.', 'Trưởng', 'phòng Giáo dục chuyên nghiệp và Khảo thí'],
    ['Ông Quý, Phó Giám đốc Trung tâm Nghiên cứu Tội phạm học và Điều tra tội phạm đã nói.', 'Phó Giám đốc', 'Trung tâm Nghiên cứu Tội phạm học và Điều tra tội phạm'],
    ['Ông Tư, Trưởng phòng Cảnh sát hình sự và Công an huyện Bình Chánh đã bắt giữ.', 'Trưởng', 'phòng Cảnh sát hình sự'],
    ['Ông Tú, Cục trưởng Cục Quản lý chất lượng và Bộ trưởng đã họp.', 'Cục trưởng', 'Cục Quản lý chất lượng'],
    // a capitalised "Anh" after a lower-case syllable, with no name after it, is Britain closing the name; an honorific before a name is not
    ['Ông Fallon, Bộ trưởng Bộ Quốc phòng Anh cho biết.', 'Bộ trưởng', 'Bộ Quốc phòng Anh'],
    ['Bà Rudd, Bộ trưởng Bộ Nội vụ Anh Amber Rudd nói.', 'Bộ trưởng', 'Bộ Nội vụ Anh'],
    ['Ông Crowther, người đứng đầu Cơ quan Cảnh sát Giao thông Anh, nói.', 'người đứng đầu', 'Cơ quan Cảnh sát Giao thông Anh'],
    ['Ông Lâm, Phó Chủ tịch Hiệp hội Y khoa Anh Quốc cho biết.', 'Phó Chủ tịch', 'Hiệp hội Y khoa Anh Quốc'],
    ['Ông Bình, Trưởng phòng Cảnh sát kinh tế Anh Tuấn cho biết.', 'Trưởng', 'phòng Cảnh sát kinh tế'],
    // an ocean holding a province's name is part of a command's name; the province after its level word is still a place
    ['Đô đốc Harris, Tư lệnh Bộ Tư lệnh Thái Bình Dương Mỹ cho biết.', 'Tư lệnh', 'Bộ Tư lệnh Thái Bình Dương Mỹ'],
    ['Đô đốc Swift, Tư lệnh Hạm đội Thái Bình Dương của Mỹ nói.', 'Tư lệnh', 'Hạm đội Thái Bình Dương'],
    ['Đại tá Hùng, Giám đốc Công an tỉnh Thái Bình cho biết.', 'Giám đốc', 'Công an tỉnh Thái Bình'],
    // a ministry's listed fields after a comma and a space, the last pair joined by "&"; two bodies listed are not one
    ['Ông Hùng, Thứ trưởng Bộ VH, TT&DL cho biết.', 'Thứ trưởng', 'Bộ VH, TT&DL'],
    ['Ông Hùng, Thứ trưởng Bộ LĐ, TB&XH cho biết.', 'Thứ trưởng', 'Bộ LĐ, TB&XH'],
    ['Ông Hùng, Giám đốc Sở GTVT, TN&MT và Công Thương đã họp.', 'Giám đốc', 'Sở GTVT'],
    // in a title an investigation body is cut at the dash before its force
    ['Ông Hùng, Thủ trưởng Cơ quan CSĐT - Công an tỉnh Nghệ An ký lệnh.', 'Thủ trưởng', 'Cơ quan CSĐT'],
    // "Cty" is "Công ty": its name runs up to the person named after it
    ['Theo Giám đốc Cty MHBS Nguyễn Văn An, khoản nợ đã trả.', 'Giám đốc', 'Cty MHBS'],
    ['Ông Cường, GĐ Cty CP Giống cây trồng Kiên Giang cho biết.', 'GĐ', 'Cty CP Giống cây trồng Kiên Giang'],
    // a firm's capitalised word that is a family name, before a full three-word name, is the firm's; not after a place
    // or a lower-case word, nor before a name of four words
    ['Theo Phó Tổng Giám đốc Cty TNHH MTV Nam Triệu Bùi Hữu Hùng, tàu đã hỏng.', 'Phó Tổng Giám đốc', 'Cty TNHH MTV Nam Triệu'],
    ['Theo Tổng Giám đốc Công ty TNHH MTV Nam Triệu Đặng Ngọc Oanh, tàu đã hỏng.', 'Tổng Giám đốc', 'Công ty TNHH MTV Nam Triệu'],
    ['Bị cáo Thắm, nguyên Chủ tịch HĐQT Ngân hàng Đại Dương Hà Văn Thắm có mặt.', 'Chủ tịch HĐQT', 'Ngân hàng Đại Dương'],
    ['Ông Sơn, Tổng Giám đốc Tập đoàn dầu khí Việt Nam Nguyễn Vũ Trường Sơn nói.', 'Tổng Giám đốc', 'Tập đoàn dầu khí Việt Nam'],
    ['Ông Dũng, Phó giám đốc Trung tâm chống ngập Nguyễn Hoàng Anh Dũng nói.', 'Phó giám đốc', 'Trung tâm'],
    ['Ông Tư, Giám đốc Công ty Nam Triệu Bùi Hữu Hùng Anh nói.', 'Giám đốc', 'Công ty Nam'],
    // an association's members' kind of firm after its field
    ['Ông Duy, Tổng thư ký Hiệp hội BV tư nhân cho biết.', 'Tổng thư ký', 'Hiệp hội BV tư nhân'],
    ['Ông Lý, Phó Chủ tịch Hiệp hội Doanh nghiệp nhỏ và vừa khẳng định.', 'Phó Chủ tịch', 'Hiệp hội Doanh nghiệp nhỏ và vừa'],
  ];
  it.each(table)('%s', (text, post, org) => {
    expect(orgAfter(text, post)).toBe(org);
  });
});

/** The body read as agencies read it (lower-case heads allowed) from the first word of `head` in `text`; null when it names no one body. */
function bodyAt(text: string, head: string): string | null {
  const ctx = createContext(documentFromText(text));
  const { toks } = analyse(ctx);
  const at = text.indexOf(head);
  const i = toks.findIndex((t) => t.s >= at);
  const m = parseOrgAt(toks, i, { lowerHead: true, text: ctx.text });
  return m && m.agency && m.end > m.start ? text.slice(toks[m.start].s, toks[m.end - 1].e) : null;
}

describe('where a body name in sentence case ends', () => {
  const table: [string, string, string | null][] = [
    // nouns holding a stop syllable ("cấp", "thu", "đăng", "toàn") are read whole
    ['Bà sẽ chủ tọa cuộc họp với Ủy ban Khẩn cấp của chính phủ.', 'Ủy ban', 'Ủy ban Khẩn cấp'],
    ['Tổ trưởng tổ chuyên gia Hội đồng Nghiệm thu Nhà nước nói.', 'Hội đồng', 'Hội đồng Nghiệm thu Nhà nước'],
    ['Theo kết quả của Hội đồng nghiệm thu Nhà nước các công trình xây dựng.', 'Hội đồng', 'Hội đồng nghiệm thu Nhà nước'],
    ['Theo Cục đăng kiểm Việt Nam, xe sản xuất năm 2016.', 'Cục', 'Cục đăng kiểm Việt Nam'],
    ['Ông Lượng - Cục trưởng Cục Kỹ thuật an toàn và Môi trường Công nghiệp làm Trưởng đoàn.', 'Cục Kỹ', 'Cục Kỹ thuật an toàn và Môi trường Công nghiệp'],
    // (a verb after a stop syllable still ends the name)
    ['Cục Quản lý thu hồi giấy phép của 3 công ty.', 'Cục', 'Cục Quản lý'],
    // the US central bank called a "Cục" in lower case, with its country; a national reserve department is not it
    ['Khả năng Cục dự trữ liên bang Mỹ (Fed) nâng lãi suất sớm.', 'Cục', 'Cục dự trữ liên bang Mỹ'],
    ['Theo Cục dự trữ quốc gia, gạo sẽ được xuất.', 'Cục', null],
    // the party committee of a bloc of bodies, central or of a province; with no place after "tỉnh" it names none
    ['Bằng khen của Đảng ủy Khối các cơ quan Trung ương cho các đảng viên.', 'Đảng ủy', 'Đảng ủy Khối các cơ quan Trung ương'],
    ['Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Quảng Trị kết luận.', 'Đảng ủy', 'Đảng ủy Khối các cơ quan tỉnh Quảng Trị'],
    ['Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh nhận thấy vấn đề.', 'Đảng ủy', null],
    // a branch's numbered area right after its place
    ['Chi cục Hải quan cửa khẩu cảng Sài Gòn khu vực 1 phối hợp với Cục Điều tra.', 'Chi cục', 'Chi cục Hải quan cửa khẩu cảng Sài Gòn khu vực 1'],
    ['Chi cục Hải quan cửa khẩu cảng Hải Phòng khu vực I, cho biết.', 'Chi cục', 'Chi cục Hải quan cửa khẩu cảng Hải Phòng khu vực I'],
    ['Công an tỉnh Nghệ An khu vực này có 3 người.', 'Công an', 'Công an tỉnh Nghệ An'],
    // what a unit fights, after "chống"; not "chống" as a verb
    ['Chi cục phối hợp với Cục Điều tra chống buôn lậu - Tổng cục Hải quan.', 'Cục Điều', 'Cục Điều tra chống buôn lậu'],
    ['Ủy ban Phân tích chống khủng bố chiến lược (CASA) cho biết.', 'Ủy ban', 'Ủy ban Phân tích chống khủng bố chiến lược'],
    ['Cục Điều tra chống lại quyết định này.', 'Cục', 'Cục Điều tra'],
    // a general department exists once: its sector in lower case names it; a department of every province does not
    ['Gồm Tổng cục Hải quan, Tổng cục giá, UBND tỉnh Quảng Ninh.', 'Tổng cục giá', 'Tổng cục giá'],
    ['Phó tổng Cục trưởng Tổng cục cảnh sát cho biết.', 'Tổng cục cảnh', 'Tổng cục cảnh sát'],
    ['Theo website Tổng Cục thuế (Bộ Tài chính), ông là người đại diện.', 'Tổng', 'Tổng Cục thuế'],
    ['Theo Cục thuế, số thu tăng.', 'Cục', null],
    ['Tổng cục thuế sẽ triển khai kê khai.', 'Tổng', null],
    // a department's remit in lower case closed by what it does next; a remit that is one sector names none
    ['Theo ông, Cục nghệ thuật biểu diễn đang thích khổ hơn.', 'Cục', 'Cục nghệ thuật biểu diễn'],
    ['Theo ông, Cục quản lý thị trường đã ra quân.', 'Cục', null],
    ['Theo ông, Vụ va chạm giao thông đã xảy ra.', 'Vụ', null],
    // a ministry's project board named by its number; not a count after the board
    ['Đại diện chủ đầu tư là Ban Quản lý dự án 2 (PMU 2) cũng cho biết.', 'Ban', 'Ban Quản lý dự án 2'],
    ['Theo ông, Ban quản lý dự án 1, Bộ GTVT cho biết.', 'Ban', 'Ban quản lý dự án 1'],
    ['Theo ông, Ban quản lý dự án 3 năm qua đã làm.', 'Ban', null],
    // a remit after "và" closed by "nông thôn" and the parent body or acronym in brackets; the bracket opens no village, nor closes the remit when it holds neither
    ['Theo Cục Kinh tế hợp tác và phát triển nông thôn (Bộ NN-PTNT) cho biết.', 'Cục', 'Cục Kinh tế hợp tác và phát triển nông thôn'],
    ['Theo Cục Kinh tế hợp tác và phát triển nông thôn (KTHT) cho biết.', 'Cục', 'Cục Kinh tế hợp tác và phát triển nông thôn'],
    ['Theo Cục Kinh tế hợp tác và phát triển nông thôn (ông A nói) thì.', 'Cục', 'Cục Kinh tế hợp tác'],
    // "công nghệ thông tin" is one noun, though "thông tin" alone ends a name as a verb
    ['Theo Cục Công nghệ thông tin (Bộ Y tế) phối hợp.', 'Cục', 'Cục Công nghệ thông tin'],
    ['Ông Thắng, Trưởng Phòng Quản lý công nghệ thông tin của sở, đã soạn thảo.', 'Phòng', 'Phòng Quản lý công nghệ thông tin'],
    ['Ông Tài, Trưởng phòng Khảo thí - Công nghệ thông tin, cho hay.', 'phòng', 'phòng Khảo thí - Công nghệ thông tin'],
    ['Bộ Lao động thông tin về số người.', 'Bộ', 'Bộ Lao động'],
    // a steering committee's remit after "về" written as part of its name: sentence case or an acronym; not a body, place or glued dash
    ['Ban Chỉ đạo Trung ương về Phòng chống thiên tai đã họp khẩn.', 'Ban', 'Ban Chỉ đạo Trung ương về Phòng chống thiên tai'],
    ['Ban Chỉ đạo T.Ư về Phòng, chống thiên tai cho biết.', 'Ban', 'Ban Chỉ đạo T.Ư về Phòng, chống thiên tai'],
    ['Theo Ban chỉ đạo Nhà nước về Du lịch khẳng định.', 'Ban', 'Ban chỉ đạo Nhà nước về Du lịch'],
    ['Ban Chỉ đạo Trung ương về PCTT, Ủy ban Quốc gia.', 'Ban', 'Ban Chỉ đạo Trung ương về PCTT'],
    ['Ban Chỉ đạo Trung ương về Phòng Tổ chức đã gửi.', 'Ban', 'Ban Chỉ đạo Trung ương'],
    ['Ban Chỉ đạo Trung ương về Hà Nội làm việc.', 'Ban', 'Ban Chỉ đạo Trung ương'],
    ['Ban Chỉ đạo Trung ương về Phòng chống thiên tai-Ủy ban Quốc gia đã họp.', 'Ban', 'Ban Chỉ đạo Trung ương'],
    ['Ban Chỉ đạo Trung ương về Phòng chống thiên tai thường xuyên theo dõi.', 'Ban', 'Ban Chỉ đạo Trung ương'],
    ['Ban chỉ đạo Nhà nước về Kế hoạch Bảo vệ và Phát triển rừng đã họp.', 'Ban', 'Ban chỉ đạo Nhà nước'],
    // a party named "Những người ..." and a capital; a plural "Những" opens no name
    ['Đảng Những người Cộng hòa - một trong hai đảng truyền thống đã kiểm soát.', 'Đảng', 'Đảng Những người Cộng hòa'],
    ['Ông Pécresse, người đứng đầu đảng Những người Cộng hòa tại khu vực Ile-de-France, cho biết.', 'đảng', 'đảng Những người Cộng hòa'],
    ['Đảng Những người này đã đi.', 'Đảng', null],
    // two countries paired across a dash, the second by its one-syllable short form; not after a ministry's country
    ['Bạn bè Nga trong Hội Hữu nghị Nga - Việt, Hội Cựu chiến binh Nga đã dự.', 'Hội', 'Hội Hữu nghị Nga - Việt'],
    ['Ông Sato, Chủ tịch Hội Hữu nghị Nhật-Việt cho biết.', 'Hội', 'Hội Hữu nghị Nhật-Việt'],
    ['Bộ Quốc phòng Mỹ - Trung đã họp.', 'Bộ', 'Bộ Quốc phòng Mỹ'],
    // a foreign state's agency named with its office in Vietnam; not where a thing happened abroad
    ['Bộ phối hợp với Cơ quan Hợp tác quốc tế Hàn Quốc tại Việt Nam đã tổ chức Hội thảo.', 'Cơ quan', 'Cơ quan Hợp tác quốc tế Hàn Quốc tại Việt Nam'],
    ['Cơ quan Tình báo Trung ương Mỹ tại Đức bị lộ.', 'Cơ quan', 'Cơ quan Tình báo Trung ương Mỹ'],
    // an association's centre named as the association is
    ['Hội thi do Trung ương Hội sinh viên Việt Nam phối hợp tổ chức.', 'Trung ương', 'Trung ương Hội sinh viên Việt Nam'],
    // a department named "nhà nước" or "quốc gia", then its remit after "về"; not "về việc"
    ['Ông Hà – Cục trưởng Cục Giám định nhà nước về công trình xây dựng (Bộ Xây Dựng) – cho biết.', 'Cục Giám', 'Cục Giám định nhà nước về công trình xây dựng'],
    ['Cục Thống kê quốc gia về việc này cho biết.', 'Cục', 'Cục Thống kê quốc gia'],
    // a sector's acronym in brackets between the sector and the place
    ['Đại diện Sở Văn hóa, Thể thao (VH&TT) TP.HCM cho hay.', 'Sở', 'Sở Văn hóa, Thể thao (VH&TT) TP.HCM'],
    ['Trung tâm thuộc Sở Thông tin và Truyền thông (TT&TT) TP. Đà Nẵng vừa đưa vào.', 'Sở', 'Sở Thông tin và Truyền thông (TT&TT) TP. Đà Nẵng'],
    ['Giám đốc Sở Giáo dục và Đào tạo (GD&ĐT) Nguyễn Hữu Độ báo cáo.', 'Sở', null],
    // a traffic safety board by its place, or national; its type alone names none
    ['Báo cáo nhanh của Ban an toàn giao thông tỉnh Bắc Ninh cho hay.', 'Ban', 'Ban an toàn giao thông tỉnh Bắc Ninh'],
    ['Theo Ban An toàn giao thông Quốc gia Mỹ, xe.', 'Ban', 'Ban An toàn giao thông Quốc gia Mỹ'],
    ['Theo Ban An toàn giao thông, số vụ giảm.', 'Ban', null],
    ['Ông Tường, Phó ban An toàn giao thông (ATGT) TP.HCM, cho biết.', 'ban', 'ban An toàn giao thông (ATGT) TP.HCM'],
    ['Ban An toàn giao thông (ATGT) của huyện đã vào cuộc.', 'Ban', null],
  ];
  it.each(table)('%s', (text, head, body) => {
    expect(bodyAt(text, head)).toBe(body);
  });
});

describe('the tokenizer splits a degree glued to a name by a bare dot, and only a degree', () => {
  const words = (text: string) => {
    const ctx = createContext(documentFromText(text));
    return analyse(ctx).toks.map((t) => text.slice(t.s, t.e));
  };
  it.each([
    ['TS.Lê Văn Minh phát biểu', ['TS', 'Lê', 'Văn', 'Minh', 'phát', 'biểu']],
    ['PGS.TS.Nguyễn Văn Hải', ['PGS.TS', 'Nguyễn', 'Văn', 'Hải']],
    ['Ths.BS.Trần Thị Hoa', ['Ths.BS', 'Trần', 'Thị', 'Hoa']],
    // (a degree after the dot is one more of the chain, no name)
    ['Ths.Bs Đào Văn Hiếu', ['Ths.Bs', 'Đào', 'Văn', 'Hiếu']],
    // (no degree: a city and a code stay one word)
    ['Tp.Hồ Chí Minh', ['Tp.Hồ', 'Chí', 'Minh']],
    ['St.Petersburg', ['St.Petersburg']],
  ])('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});

describe('the tokenizer notes the tokens "csgt" for the traffic police branches', () => {
  const csgtWords = (text: string) => {
    const ctx = createContext(documentFromText(text));
    const { toks, csgtAt } = analyse(ctx);
    return csgtAt.map((i) => `${i}:${text.slice(toks[i].s, toks[i].e)}`);
  };
  it.each([
    ['CSGT Hà Nội và Đội CSGT số 6', ['0:CSGT', '5:CSGT']],
    ['lực lượng csgt, cảnh sát', ['2:csgt']],
    // (not a word that only holds the letters: "CSGTĐB", "TP.CSGT" read as one word)
    ['CSGTĐB và TP.CSGT', []],
  ])('%s', (text, expected) => {
    expect(csgtWords(text)).toEqual(expected);
  });
});

describe('the tokenizer notes the words with a capital and a digit, where a unit code may be read', () => {
  const codeWords = (text: string) => {
    const ctx = createContext(documentFromText(text));
    const { toks, codeAt } = analyse(ctx);
    return codeAt.map((i) => `${i}:${text.slice(toks[i].s, toks[i].e)}`);
  };
  it.each([
    ['lực lượng PC47 Công an TP.HCM và C46 (Bộ Công an)', ['2:PC47', '7:C46']],
    // (a code joined to a document number is one word: "129/PC44-Đ2" gives "PC44-Đ2")
    ['văn bản số 129/PC44-Đ2 và đội U23', ['4:PC44-Đ2', '7:U23']],
    // (not a lower-case code, a number or a capitalised word alone)
    ['pc45 năm 2017 Bộ Công an', []],
  ])('%s', (text, expected) => {
    expect(codeWords(text)).toEqual(expected);
  });
});
