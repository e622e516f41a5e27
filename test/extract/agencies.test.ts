// Organization names → agencies: where a name ends, what is not a body, and which forms are one body.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractAgencies, warmUpAgencies, withoutOfficialNames } from '../../src/extract/agencies.js';
import { extractOfficials } from '../../src/extract/officials.js';
import { createContext } from '../../src/extract/context.js';
import { documentFromText } from '../../src/input/document.js';

const agenciesOf = (text: string) => extractAgencies(createContext(documentFromText(text)));
const namesOf = (text: string) => agenciesOf(text).map((a) => a.name);

describe('where an organization name ends', () => {
  const table: [string, string[]][] = [
    ['Thiếu tướng Nguyễn Duy Ngọc, Thứ trưởng Bộ Công an dự và phát biểu.', ['Bộ Công an']],
    ['Trung tướng Trần Thị Ngọc Đẹp, Cục trưởng Cục Xây dựng phong trào bảo vệ ANTQ chủ trì Hội nghị.', ['Cục Xây dựng phong trào bảo vệ ANTQ']],
    ['Dưới sự lãnh đạo của Đảng ủy Công an Trung ương, các đơn vị đã hoàn thành.', ['Đảng ủy Công an Trung ương']],
    ['Anh đến Cơ quan Cảnh sát điều tra Công an tỉnh Hà Tĩnh gửi đơn.', ['Cơ quan Cảnh sát điều tra Công an tỉnh Hà Tĩnh', 'Công an tỉnh Hà Tĩnh']],
    ['Ông công tác tại phòng Cảnh sát hình sự Công an tỉnh Nghệ An.', ['phòng Cảnh sát hình sự Công an tỉnh Nghệ An', 'Công an tỉnh Nghệ An']],
    ['Thiếu tá Nguyễn Tiến Đạt - Trưởng Công an phường Láng Hạ (quận Đống Đa) cho biết.', ['Công an phường Láng Hạ']],
    ['Ông Võ Thành Thống, Chủ tịch UBND TP.Cần Thơ, đưa thêm 4 kiến nghị.', ['UBND TP.Cần Thơ']],
    ['Đại úy Trần Quang Chinh, Đội phó Đội CSGT số 6, cho biết.', ['Đội CSGT số 6']],
    ['Bộ Kế hoạch và Đầu tư đề xuất phương án mới.', ['Bộ Kế hoạch và Đầu tư']],
    // a clause after what the body finds or says is no part of its name
    // after a ministry named whole by its sector or acronym, lower-case words and a capital are what it does
    ['Các bộ ngành đề nghị Bộ Công an tham mưu Đảng, Nhà nước các giải pháp.', ['Bộ Công an']],
    ['Thủ tướng giao Bộ KH-ĐT, Bộ Tài chính tổng hợp Dự án vào Danh mục.', ['Bộ KH-ĐT', 'Bộ Tài chính']],
    ['Bộ Y tế thanh tra Phòng khám đa khoa Tâm Đức ngay trong tuần.', ['Bộ Y tế']],
    ['Thủ tướng yêu cầu Bộ VHTTDL khẩn trương hoàn thiện Nghị định này.', ['Bộ VHTTDL']],
    ['Trường nhận được thông tin chính thức từ Bộ GD-ĐT số lượng thí sinh đăng ký.', ['Bộ GD-ĐT']],
    ['Gửi văn bản trước ngày 15/5 để Bộ GTVT tổng hợp, báo cáo.', ['Bộ GTVT']],
    ['Bộ Ngoại giao phản ứng việc Trung Quốc điều tàu.', ['Bộ Ngoại giao']],
    // a legal document's head or "Lần" after a name opens the next sentence, a lost full stop between
    ['Vụ trưởng Vụ Kế hoạch, Bộ Y tế  Thông tư quy định mức tối đa khung giá.', ['Vụ Kế hoạch', 'Bộ Y tế']],
    ['Tổng cục Thủy lợi  Quyết định 25 quy định rõ.', ['Tổng cục Thủy lợi']],
    ['Gửi Sở Văn hóa, UBND quận Đồ Sơn Công văn do ông Nguyễn Kim Pha ký.', ['UBND quận Đồ Sơn']],
    ['Kỳ họp lần thứ 39 Ủy ban liên Chính phủ Việt Nam – Lào  Lần đầu tiên hai Thủ tướng đồng chủ trì.', ['Ủy ban liên Chính phủ Việt Nam – Lào']],
    // (the state it belongs to, or a qualifier before its country, goes on)
    ['Theo Bộ Y tế công cộng Thái Lan, số ca bệnh tăng.', ['Bộ Y tế công cộng Thái Lan']],
    ['Theo Bộ Y tế bang Aragua, dịch đã lan rộng.', ['Bộ Y tế bang Aragua']],
    ['Đoàn làm việc với Bộ GD và ĐT về kỳ thi.', ['Bộ GD và ĐT']],
    // after any body's name read whole, a predicate's verb and what follows are no part of it
    ['Theo nhận định của Bộ (do Cục Thú y tham mưu), nguyên nhân là ô nhiễm.', ['Cục Thú y']],
    ['Báo cáo của Tổng cục Thống kê từng cho biết, số thuê bao tăng.', ['Tổng cục Thống kê']],
    ['Các vấn đề lớn cần đề xuất Ban Dân nguyện tập hợp, nhất là vấn đề ở tầm quốc gia.', ['Ban Dân nguyện']],
    ['Ông Nguyễn Huy Quang, Vụ trưởng Vụ Pháp chế thay mặt Bộ Y tế đã có phát ngôn.', ['Vụ Pháp chế', 'Bộ Y tế']],
    ['Trưởng ban Tuyên giáo Trung ương dẫn chứng: ở địa phương nào cũng vậy.', ['ban Tuyên giáo Trung ương']],
    ['Văn phòng Thành ủy tham mưu, đề xuất phương án.', ['Văn phòng Thành ủy']],
    ['Bộ NN&PTNT giao cục Thú y củng cố, phát huy tổ công tác.', ['Bộ NN&PTNT', 'cục Thú y']],
    ['Đến ngày 7-12-2016, Dũng đến Cơ quan CSĐT Bộ Công an đầu thú.', ['Cơ quan CSĐT Bộ Công an', 'Bộ Công an']],
    // ("tham mưu trưởng" is the chiefs' post, no verb)
    ['Hội đồng tham mưu trưởng liên quân Mỹ cho biết.', ['Hội đồng tham mưu trưởng liên quân Mỹ']],
    ['Thanh tra Chính phủ thấy rằng dự án có sai phạm.', ['Thanh tra Chính phủ', 'Chính phủ']],
    ['Ông cảnh báo Ủy ban Đối ngoại Hạ viện rằng mối quan hệ Nga - Mỹ xấu đi.', ['Ủy ban Đối ngoại Hạ viện', 'Hạ viện']],
    ['Theo Văn phòng Thủ tướng Nhật Bản, cuộc gặp sẽ diễn ra vào tuần tới.', ['Văn phòng Thủ tướng Nhật Bản']],
    ['Sở Văn hóa, Thể thao Hải Phòng đã có công văn.', ['Sở Văn hóa, Thể thao Hải Phòng']],
    ['Vụ trưởng Vụ Pháp chế, Bộ Quốc phòng Nga phát biểu.', ['Vụ Pháp chế', 'Bộ Quốc phòng Nga']],
    ['Trung ương Đoàn TNCS Hồ Chí Minh tổ chức giải thưởng.', ['Trung ương Đoàn TNCS Hồ Chí Minh', 'Đoàn TNCS Hồ Chí Minh']],
    ['Thủ tướng cắt băng khánh thành Đại sứ quán Việt Nam tại Hà Lan.', ['Đại sứ quán Việt Nam tại Hà Lan']],
    ['Trung tướng Đỗ Căn, Phó Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam, đến thăm.',
      ['Tổng cục Chính trị Quân đội nhân dân Việt Nam', 'Quân đội nhân dân Việt Nam']],
    ['Ông Nguyễn Trung Nghĩa, Chỉ huy trưởng Ban CHQS huyện Đức Thọ cho biết.', ['Ban CHQS huyện Đức Thọ']],
    ['Các chiến sĩ Trung đoàn 841 tuyên thệ dưới Quân kỳ.', ['Trung đoàn 841']],
    // the service right after a numbered unit's head is that unit's arm, no body of its own (a bare one still is)
    ['Các lực lượng của tỉnh, Vùng Cảnh sát biển 3, Trung tâm Tìm kiếm phối hợp.', ['Vùng Cảnh sát biển 3']],
    ['Bộ Tư lệnh Vùng Cảnh sát biển 2 cho biết.', ['Bộ Tư lệnh Vùng Cảnh sát biển 2', 'Vùng Cảnh sát biển 2']],
    ['Tàu của Hải đội 301 thuộc Vùng Cảnh sát biển 4 cập cảng.', ['Hải đội 301', 'Vùng Cảnh sát biển 4']],
    ['Cảnh sát biển 3 phối hợp với ngư dân.', ['Cảnh sát biển 3']],
    ['Phòng CSGT Bắc Ninh dừng xe tải BKS 99C-061.47.', ['Phòng CSGT Bắc Ninh']],
    ['Cơ quan Năng lượng Nguyên tử Iran Ali Akbar Salehi cho biết.', ['Cơ quan Năng lượng Nguyên tử Iran']],
    ['UBND quận Hai Bà Trưng và Công an quận Hai Bà Trưng phối hợp.', ['UBND quận Hai Bà Trưng', 'Công an quận Hai Bà Trưng']],
    // a district named after a person, after its level word or its party committee; a person after a level is no place
    ['Ban Thường vụ Huyện ủy Trần Văn Thời đã họp.', ['Huyện ủy Trần Văn Thời']],
    ['UBND huyện Hoàng Su Phì chỉ đạo các xã.', ['UBND huyện Hoàng Su Phì']],
    ['Chủ tịch UBND huyện Nguyễn Văn Thành cho biết.', []],
    ['Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) họp. NATO tuyên bố.', ['Tổ chức Hiệp ước Bắc Đại Tây Dương']],
    ['Công an Quảng Nam và Công an tỉnh Quảng Nam là một.', ['Công an tỉnh Quảng Nam']],
    // parties, written capitalised or lower-case, with a left/right descriptor
    ['Ông bị nghị sĩ Đảng Dân chủ chỉ trích.', ['Đảng Dân chủ']],
    ['Công đảng rút ngắn khoảng cách so với đảng Bảo thủ.', ['Công đảng', 'đảng Bảo thủ']],
    ['Ở Tây Ban Nha, đảng cực tả Podemos lên tiếng.', ['đảng cực tả Podemos']],
    // a capitalised syllable whose word ends in a stop word: "Độc lập" is independent, its "lập" no "to set up"
    ['Tuy nhiên đảng Độc lập Anh lại từ chối hoãn chiến dịch tranh cử.', ['đảng Độc lập Anh']],
    ['Đảng Độc lập Vương quốc Anh (UKIP) tuyên bố.', ['Đảng Độc lập Vương quốc Anh']],
    // an organ names its international parent; a remit before the acronym belongs to the name
    ['Bà phát biểu ở Hội đồng bảo an Liên Hợp Quốc hôm qua.', ['Hội đồng bảo an Liên Hợp Quốc', 'Liên Hợp Quốc']],
    ['Cao ủy Liên hợp quốc về người tị nạn (UNHCR) hỗ trợ.', ['Cao ủy Liên hợp quốc về người tị nạn', 'Liên hợp quốc']],
    // legislatures and services of a country
    ['Ông là Chủ tịch Ủy ban An ninh Thượng viện Pháp.', ['Ủy ban An ninh Thượng viện Pháp', 'Thượng viện Pháp']],
    // a federation's parliament with no country after it; beside the one country's parliament it is that one
    ['Năm 1990, ông được bầu làm nghị sỹ của Quốc hội Liên bang, sau đó.', ['Quốc hội Liên bang']],
    ['Bà cho con bú tại phòng họp Quốc hội liên bang. Quốc hội Australia đã đồng ý.', ['Quốc hội Australia']],
    ['Cuộc bầu cử Quốc hội Liên bang Đức diễn ra ngày 24/9.', ['Quốc hội Liên bang Đức']],
    // a federal state's or region's own bodies, in either case, named by it; "bang" with no name is no one body
    ['Quốc hội bang Hessen và Chính quyền bang Hessen đã đồng ý.', ['Quốc hội bang Hessen', 'Chính quyền bang Hessen']],
    ['Theo chính quyền bang Johor, vụ việc đang được điều tra.', ['chính quyền bang Johor']],
    ['Cảnh sát bang Victoria cho biết.', ['Cảnh sát bang Victoria']],
    ['Chính quyền Vùng Lazio ký thỏa thuận.', ['Chính quyền Vùng Lazio']],
    ['Sau đó cảnh sát bang đã bắt giữ nghi phạm.', []],
    ['Chủ tịch Quốc hội bang Norbert Kartmann đánh giá cao.', []],
    ['Chủ tịch Quốc hội bang Hessen Norbert Kartmann đánh giá cao.', ['Quốc hội bang Hessen']],
    ['Hai tàu của hải quân Ấn Độ và Không quân Hàn Quốc tham gia.', ['hải quân Ấn Độ', 'Không quân Hàn Quốc']],
    ['Tàu của hải quân hoàng gia Anh cập cảng cùng Hạm đội 3.', ['hải quân hoàng gia Anh', 'Hạm đội 3']],
    ['Trọng tài kiểm tra theo chuẩn của UEFA.', ['UEFA']],
    ['Thường trực Chính phủ họp chiều nay.', ['Thường trực Chính phủ', 'Chính phủ']],
    // lower-case ministries and departments before a sector
    ['Hội đồng làm việc như bộ Tài chính yêu cầu.', ['bộ Tài chính']],
    ['Ông Khánh, Giám đốc sở Xây dựng tỉnh Nam Định cho biết.', ['sở Xây dựng tỉnh Nam Định']],
    // a capitalised "Bộ" with its whole sector in lower case and no country is the Vietnamese ministry
    ['Đoàn công tác của Bộ xây dựng làm việc với tỉnh.', ['Bộ xây dựng']],
    ['Bộ y tế khuyến cáo người dân không tự ý dùng thuốc.', ['Bộ y tế']],
    // a department whose remit is all lower case, closed by punctuation or "và"
    ['Đơn vị phối hợp với Cục tác chiến điện tử; Bệnh viện 108 tổ chức.', ['Cục tác chiến điện tử']],
    ['Mời thêm Vụ tổ chức cán bộ và thanh tra Bộ dự họp.', ['Vụ tổ chức cán bộ']],
    ['Lãnh đạo Cục cảnh sát phòng chống tội phạm sử dụng công nghệ cao (Bộ Công an) cho biết.', ['Cục cảnh sát phòng chống tội phạm sử dụng công nghệ cao', 'Bộ Công an']],
    ['Công ty hoạt động khi chưa được Cục cấp giấy phép, nay đã bị phạt.', []], // the head is the subject of a verb
    ['Theo Cục thuế, số thu đã tăng.', []], // type and sector, no one body
    // a remit only a ministry's department has names the one national department by itself
    ['Ông Đạt, Cục trưởng Cục chống tham nhũng (Thanh tra Chính phủ), cho rằng.', ['Cục chống tham nhũng', 'Thanh tra Chính phủ', 'Chính phủ']],
    ['Theo Cục quản lý thị trường, số vụ đã tăng.', []], // any province's
    ['Ông nói Cục trưởng, Vụ trưởng đều có mặt.', []], // posts
    ['Trụ sở Công an huyện Nam Đàn và cán bộ Công an xã.', ['Công an huyện Nam Đàn']],
    // where the name stops: a province after a named unit, a TP. written with a space, a count after verbs
    ['Cơ quan điều tra Công an huyện Củ Chi TP.HCM cho biết.', ['Cơ quan điều tra Công an huyện Củ Chi', 'Công an huyện Củ Chi']],
    ['Ý kiến của Thành ủy TP. HCM được ghi nhận.', ['Thành ủy TP. HCM']],
    ['Bộ Công an đồng loạt khám xét 6 địa điểm.', ['Bộ Công an']],
    ['Liên đoàn Thương mại và Công nghiệp Việt Nam tổ chức hội nghị.', ['Liên đoàn Thương mại và Công nghiệp Việt Nam']],
    // a field whose first word also opens sentences ("Phát triển") goes on with the name after a lower-case syllable
    ['Tên lửa do Tổ chức Nghiên cứu Phát triển Quốc phòng Ấn Độ chế tạo.', ['Tổ chức Nghiên cứu Phát triển Quốc phòng Ấn Độ']],
    ['Các chiến sĩ Sư đoàn Không quân 372 và Tiểu đoàn Đặc công 1.', ['Sư đoàn Không quân 372', 'Tiểu đoàn Đặc công 1']],
    // sentence-case names run on to punctuation, a person's name or "và"
    ['Ngày 14/7, Cục Quản lý chất lượng (Bộ GD-ĐT) cho biết kết quả.', ['Cục Quản lý chất lượng', 'Bộ GD-ĐT']],
    ['Cục trưởng Cục Khám chữa bệnh Lương Văn Hòa dẫn đoàn công tác.', ['Cục Khám chữa bệnh']],
    ['Ông làm việc tại Cục Đường thủy nội địa và Cục Hàng hải.', ['Cục Đường thủy nội địa', 'Cục Hàng hải']],
    ['Văn bản của Thanh tra Bộ Văn hóa, Thể thao và Du lịch nêu rõ.', ['Thanh tra Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Văn hóa, Thể thao và Du lịch']],
    // an inspectorate written lower-case before its ministry or department; not an inspection or its team
    ['Theo thanh tra Bộ Y tế, sai phạm đã rõ.', ['thanh tra Bộ Y tế', 'Bộ Y tế']],
    ['Sau đó, thanh tra Sở Y tế TP.HCM đã xử phạt.', ['thanh tra Sở Y tế TP.HCM', 'Sở Y tế TP.HCM']],
    ['Kết quả của đoàn thanh tra Bộ Công Thương cho thấy.', ['Bộ Công Thương']],
    ['Khi thanh tra Sở Xây dựng Đà Nẵng thì phát hiện sai phạm.', ['Sở Xây dựng Đà Nẵng']],
    ['Công an, thanh tra Bộ giám sát tất cả các khâu chấm thi.', []],
    // a bar association written lower-case before its province or level; no province, no one body
    ['Luật sư Trương Anh Tú, đoàn luật sư Hà Nội khẳng định.', ['đoàn luật sư Hà Nội']],
    ['Ông Tám, phó chủ nhiệm đoàn luật sư tỉnh Bà Rịa - Vũng Tàu cho biết.', ['đoàn luật sư tỉnh Bà Rịa - Vũng Tàu']],
    ['Cả đoàn luật sư Nguyễn Văn A rời phiên tòa.', []],
    ['Ông Tòng, Phó Chủ nhiệm Liên đoàn Luật sư tỉnh Đắc Lắc nói.', ['Liên đoàn Luật sư tỉnh Đắc Lắc']],
    ['Cục Đường sắt đành “đánh” công văn.', ['Cục Đường sắt']], // a quote does not close a name
    // a body named by law; a lower-case police of a named unit
    ['Cơ quan cảnh sát điều tra (Bộ Công an) vừa hoàn tất kết luận.', ['Cơ quan cảnh sát điều tra', 'Bộ Công an']],
    ['Ngày 4-6, Cơ quan điều tra, công an tỉnh Bình Phước cho biết.', ['công an tỉnh Bình Phước']],
    ['Công an TP Vinh giao cho Đội CSHS điều tra làm rõ.', ['Công an TP Vinh', 'Đội CSHS']],
    // a body ends at its country or before a foreign person with one unaccented surname
    ['Phát ngôn viên Bộ Ngoại giao Trung Quốc Hoa Xuân Oánh nói.', ['Bộ Ngoại giao Trung Quốc']],
    ['Giám đốc Cơ quan Tình báo quốc gia Dan Coats đồng ý.', ['Cơ quan Tình báo quốc gia']],
    ['Cán bộ Công an huyện Ia Grai có mặt.', ['Công an huyện Ia Grai']], // a place after a level word
    // state centres named with a place; "Phòng, chống" and "HIV/AIDS" stay inside a name
    ['Trung tâm Phòng, chống HIV/AIDS tỉnh Kon Tum hướng dẫn Trung tâm Y tế huyện Đắk Hà xử lý.',
      ['Trung tâm Phòng, chống HIV/AIDS tỉnh Kon Tum', 'Trung tâm Y tế huyện Đắk Hà']],
    ['Khu đất dành cho Trung tâm bảo trợ xã hội tỉnh Bình Định được giao.', ['Trung tâm bảo trợ xã hội tỉnh Bình Định']],
    // party standing boards and executives, a province's deputies, the party's central committee
    // a standing board of a committee is its leadership board (by the guideline, as "Ban Giám đốc"): only the committee it leads
    ['Ban Thường vụ Tỉnh ủy Nghệ An họp.', ['Tỉnh ủy Nghệ An']],
    ['Tại buổi làm việc, Ban Thường vụ Thành ủy Đà Nẵng thống nhất.', ['Thành ủy Đà Nẵng']],
    ['Ủy ban Điều hành WLA đã công nhận hồ sơ.', []],
    // the party centre written short, alone and closing a central board
    ['Ông Nguyễn Văn A, Ủy viên T.Ư Đảng, Bí thư Tỉnh ủy Lào Cai phát biểu.', ['T.Ư Đảng', 'Tỉnh ủy Lào Cai']],
    ['Theo thông báo của Ban Bí thư T.Ư, ông xin thôi nhiệm vụ.', ['Ban Bí thư T.Ư']],
    // the front capitalised alone is the one national body; before a bracketed acronym it reads on
    ['Xây dựng chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội vững mạnh.', ['Mặt trận Tổ quốc']],
    // associations named after their members' kind, with a name after it
    ['Ông là Chủ tịch Liên minh Hợp tác xã Việt Nam từ năm 2015.', ['Liên minh Hợp tác xã Việt Nam']],
    ['Đoàn thăm Hiệp hội Doanh nghiệp Nhật Bản tại Đà Nẵng hôm qua.', ['Hiệp hội Doanh nghiệp Nhật Bản tại Đà Nẵng']],
    ['Ông Mại, Chủ tịch Hiệp hội Doanh nghiệp đầu tư nước ngoài, cho biết.', []],
    // an international body's remit in sentence case closed by its reach; a centre of an international body
    ['63 vùng chim được Tổ chức Bảo tồn chim thế giới công bố.', ['Tổ chức Bảo tồn chim thế giới']],
    ['Vườn được Trung tâm Đa dạng sinh học ASEAN công nhận.', ['Trung tâm Đa dạng sinh học ASEAN', 'ASEAN']],
    // UN agencies by their Vietnamese names, their parent after "của"; the acronym is the whole name's
    ['Tổ chức Lương thực và Nông nghiệp của Liên hợp quốc (FAO) đã ghi nhận.', ['Tổ chức Lương thực và Nông nghiệp của Liên hợp quốc', 'Liên hợp quốc']],
    ['Chương trình Phát triển của Liên hợp quốc (UNDP) và UBND tỉnh Quảng Ninh đã tổ chức.', ['Chương trình Phát triển của Liên hợp quốc', 'Liên hợp quốc', 'UBND tỉnh Quảng Ninh']],
    // a UN organization's field written as a list, closed by the UN (after "của" too); not a list the UN does not close
    ['Đảo được Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc (UNESCO) công nhận.', ['Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc', 'Liên hợp quốc']],
    ['Ông gửi lời cảm ơn tới Tổ chức Giáo dục, Khoa học và Văn hóa của Liên Hợp Quốc (UNESCO), các tổ chức quốc tế.', ['Tổ chức Giáo dục, Khoa học và Văn hóa của Liên Hợp Quốc', 'Liên Hợp Quốc']],
    ['Tổ chức Y tế Thế giới, Ngân hàng Thế giới và Quỹ Tiền tệ Quốc tế (IMF) cho biết.', ['Tổ chức Y tế Thế giới', 'Ngân hàng Thế giới', 'Quỹ Tiền tệ Quốc tế']],
    ['Hội Nông dân, Phụ nữ và Cựu chiến binh Liên hợp quốc đã đến.', ['Hội Nông dân', 'Liên hợp quốc']],
    // a second lower-case field after "và", closed by what the body does next; a second party is no field
    ['Cục Kỹ thuật an toàn và môi trường công nghiệp đã yêu cầu Sở Công Thương Phú Yên báo cáo.', ['Cục Kỹ thuật an toàn và môi trường công nghiệp', 'Sở Công Thương Phú Yên']],
    ['Ông A, đại diện Cục Quản lý chất lượng nông lâm sản và thủy sản cho biết.', ['Cục Quản lý chất lượng nông lâm sản và thủy sản']],
    ['Phòng Cảnh sát hình sự và chính quyền địa phương đã vào cuộc.', ['Phòng Cảnh sát hình sự']],
    ['Cục Quản lý dược và doanh nghiệp đã thống nhất.', ['Cục Quản lý dược']],
    // the fire police's "phòng cháy và chữa cháy" is one remit, its number and force read on; the rescue remit in either order
    ['Đại tá A, Trưởng phòng Cảnh sát phòng cháy và chữa cháy số 3 (Cảnh sát PCCC Hà Nội) cho biết.', ['phòng Cảnh sát phòng cháy và chữa cháy số 3', 'Cảnh sát PCCC Hà Nội']],
    ['Cục Cảnh sát Phòng cháy và chữa cháy tổ chức kiểm tra nghiệm thu.', ['Cục Cảnh sát Phòng cháy và chữa cháy']],
    ['Phòng Cảnh sát phòng cháy và chữa cháy Công an tỉnh Nghệ An đã đến.', ['Phòng Cảnh sát phòng cháy và chữa cháy Công an tỉnh Nghệ An', 'Công an tỉnh Nghệ An']],
    ['Phòng Cảnh sát Phòng cháy chữa cháy và cứu hộ, cứu nạn (Công an tỉnh Hải Dương) huy động người.', ['Phòng Cảnh sát Phòng cháy chữa cháy và cứu hộ, cứu nạn', 'Công an tỉnh Hải Dương']],
    ['Phòng Cảnh sát phòng cháy và người dân đã dập lửa.', ['Phòng Cảnh sát phòng cháy']],
    // after a name closed by its place a dash goes on only to another place
    ['Phòng Quản lý xuất nhập cảnh – Công an tỉnh Lạng Sơn - Nơi tài xế phản ánh.', ['Phòng Quản lý xuất nhập cảnh', 'Công an tỉnh Lạng Sơn']],
    ['Hội Hữu nghị Việt Nam - Ấn Độ tổ chức gặp mặt.', ['Hội Hữu nghị Việt Nam - Ấn Độ']],
    // safety remits: "toàn" inside "An toàn" does not end the name; the acronym keys like the words
    ['Chi cục An toàn vệ sinh thực phẩm Đà Nẵng xác nhận.', ['Chi cục An toàn vệ sinh thực phẩm Đà Nẵng']],
    ['Ban An toàn giao thông tỉnh Nghệ An tổ chức ra quân.', ['Ban An toàn giao thông tỉnh Nghệ An']],
    ['Ủy ban An toàn giao thông Quốc gia vừa có văn bản. Ủy ban ATGT Quốc gia cho biết thêm.', ['Ủy ban An toàn giao thông Quốc gia']],
    // a capitalised syllable completed by words that alone end a name (do, chức, cán bộ)
    ['Ông Nguyễn Văn A, Vụ trưởng Vụ Tổ chức cán bộ, cho biết.', ['Vụ Tổ chức cán bộ']],
    // a head's stance right after the lower-case rest closes the name as "cho biết" does
    ['Bà Nguyễn Thị Kim Phụng, Vụ trưởng Vụ Giáo dục đại học nhận định, chưa có kết quả thi.', ['Vụ Giáo dục đại học']],
    ['Bà Ninh Thị Thu Hương, Phó cục trưởng Cục Văn hóa cơ sở không đồng tình với ý kiến này.', ['Cục Văn hóa cơ sở']],
    ['Cục Quản lý cạnh tranh nhấn mạnh trong quá trình thực hiện.', ['Cục Quản lý cạnh tranh']],
    // (not after a name its place closed: "bức xúc" is how the head spoke, no remit)
    ['Ông Trần Văn D, Chủ tịch UBND xã Xuân Hòa bức xúc nói.', ['UBND xã Xuân Hòa']],
    ['Khi Tổng cục Du lịch nói đây là ý kiến chỉ đạo.', ['Tổng cục Du lịch']],
    // (not an adverb before it: how often the body said it is no word of its name)
    ['Lữ đoàn đặc công 1- Binh chủng Đặc công từng khẳng định Đặc công Việt Nam rất coi trọng võ thuật.', ['Lữ đoàn đặc công 1', 'Binh chủng Đặc công']],
    ['Liên minh Tự do Dân sự Mỹ đệ đơn kiện.', ['Liên minh Tự do Dân sự Mỹ']],
    ['Công an Thủ đô tăng cường tuần tra.', ['Công an Thủ đô']],
    ['Hội LHPN Thủ đô chia sẻ những thiệt hại.', ['Hội LHPN Thủ đô']],
    ['Phòng Tổ chức cán bộ Công an tỉnh Nghệ An cho biết.', ['Phòng Tổ chức cán bộ Công an tỉnh Nghệ An', 'Công an tỉnh Nghệ An']],
    // a short acronym head names its body only in capitals
    ['Cô tham gia cuộc thi Who are you? năm ngoái.', []],
    ['Theo WHO, dịch đang lan rộng.', ['WHO']],
    ['Hội đồng tham mưu trưởng liên quân Mỹ cho biết.', ['Hội đồng tham mưu trưởng liên quân Mỹ']],
    // a remit listing its fields, closed by its ministry in brackets
    ['Cục trưởng Cục Quản lý chất lượng nông, lâm, thủy sản (Bộ NN&PTNT) cho biết.', ['Cục Quản lý chất lượng nông, lâm, thủy sản', 'Bộ NN&PTNT']],
    ['Theo Cục Khảo thí và Kiểm định chất lượng giáo dục (Bộ GD-ĐT), kỳ thi diễn ra.', ['Cục Khảo thí và Kiểm định chất lượng giáo dục', 'Bộ GD-ĐT']],
    // a second capitalised field after "và" takes a remit as long as a first one, closed as any sentence-case remit is
    ['Ông Chất, Trưởng phòng Quản lý thi và Kiểm định chất lượng giáo dục cho biết.', ['phòng Quản lý thi và Kiểm định chất lượng giáo dục']],
    ['Ông Dũng, Phó Cục trưởng Cục Quản lý Xây dựng và Chất lượng công trình giao thông, cho biết.', ['Cục Quản lý Xây dựng và Chất lượng công trình giao thông']],
    ['Ông Dũng, Phó Cục trưởng Cục Quản lý Xây dựng và Chất lượng công trình giao thông đường bộ cao tốc vừa ký.', ['Cục Quản lý Xây dựng và Chất lượng']],
    // a steering committee is named with its remit after "về" when the remit is closed
    ['Ban Chỉ đạo Trung ương về phòng, chống tham nhũng đã họp phiên thứ 11.', ['Ban Chỉ đạo Trung ương về phòng, chống tham nhũng']],
    // an interbranch committee named by its level, then its remit; with no level it is every unit's, no one body
    ['Theo Ban Chỉ đạo liên ngành Trung ương về VSATTP, năm nay có nhiều vụ ngộ độc.', ['Ban Chỉ đạo liên ngành Trung ương về VSATTP']],
    ['Ban chỉ đạo liên ngành tỉnh Nghệ An kiểm tra các cơ sở.', ['Ban chỉ đạo liên ngành tỉnh Nghệ An']],
    ['Ban Chỉ đạo liên ngành VSATTP các quận cũng như cơ quan chức năng vào cuộc.', []],
    // (closed by a verb or date word; two remits joined by "và"; not closed by a word that runs on inside a noun phrase)
    ['Ban chỉ đạo Nhà nước về các công trình trọng điểm ngành năng lượng làm việc tại tỉnh.', ['Ban chỉ đạo Nhà nước về các công trình trọng điểm ngành năng lượng']],
    // (its office ends where the committee ends)
    ['Văn phòng Ban Chỉ đạo Trung ương về chính sách nhà ở và thị trường bất động sản họp.', ['Văn phòng Ban Chỉ đạo Trung ương về chính sách nhà ở và thị trường bất động sản', 'Ban Chỉ đạo Trung ương về chính sách nhà ở và thị trường bất động sản']],
    ['Ban chỉ đạo Trung ương về phòng chống thiên tai nhận định mùa mưa bão năm nay.', ['Ban chỉ đạo Trung ương về phòng chống thiên tai']],
    ['Ban chỉ đạo Trung ương về phòng chống thiên tai ngày 27-5 đã có công điện.', ['Ban chỉ đạo Trung ương về phòng chống thiên tai']],
    ['Theo Ban chỉ đạo Trung ương về phòng chống thiên tai và tìm kiếm cứu nạn, mưa lớn.', ['Ban chỉ đạo Trung ương về phòng chống thiên tai và tìm kiếm cứu nạn']],
    ['Ban Chỉ đạo Nhà nước về đổi mới cơ chế hoạt động đơn vị sự nghiệp công lập đã họp.', ['Ban Chỉ đạo Nhà nước về đổi mới cơ chế hoạt động đơn vị sự nghiệp công lập']],
    ['Ban Chỉ đạo Trung ương về phòng chống thiên tai của nước bạn gửi.', ['Ban Chỉ đạo Trung ương']],
    ['Ban Chỉ đạo Trung ương về phòng chống thiên tai thường xuyên theo dõi diễn biến.', ['Ban Chỉ đạo Trung ương']],
    ['Thủ tướng yêu cầu Ban Chỉ đạo Quốc gia về tìm kiếm, quy tập hài cốt liệt sĩ phải lập danh sách.', ['Ban Chỉ đạo Quốc gia']],
    ['Các chỉ đạo của Ban chỉ đạo Trung ương về phòng, chống tham nhũng do Tổng Bí thư đứng đầu.', ['Ban chỉ đạo Trung ương về phòng, chống tham nhũng']],
    ['Báo cáo về Ban Chỉ đạo Trung ương về phòng chống thiên tai và các cơ quan liên quan.', ['Ban Chỉ đạo Trung ương về phòng chống thiên tai']],
    ['Công điện của Ban chỉ đạo Trung ương về phòng chống thiên tai về ứng phó mưa lũ.', ['Ban chỉ đạo Trung ương về phòng chống thiên tai']],
    ['Ban Chỉ đạo Trung ương về phòng chống thiên tai và tăng cường theo dõi.', ['Ban Chỉ đạo Trung ương về phòng chống thiên tai']],
    ['Thủ tướng đề nghị Ủy ban Quốc gia về biến đổi khí hậu cần thay đổi cách làm.', ['Ủy ban Quốc gia về biến đổi khí hậu']],
    ['Đó là nhận định của Trung tâm Dự báo Khí tượng Thủy văn Trung ương về diễn biến thời tiết ngày 9/5.', ['Trung tâm Dự báo Khí tượng Thủy văn Trung ương']],
    // a writer's byline closing the text is a person, a body there is still a body
    ['Việc lấy ý kiến sẽ kéo dài đến hết ngày 10/3. Đoàn Bổng', []],
    ['Bài viết của luật sư Nguyễn Văn A/Đoàn Luật sư Hà Nội', ['Đoàn Luật sư Hà Nội']],
    // a centre under a state body is a state agency; under a business it is not
    ['Cán bộ thuộc Trung tâm Hỗ trợ xuất khẩu (đơn vị sự nghiệp trực thuộc Cục Xúc tiến thương mại) đi lễ.', ['Trung tâm Hỗ trợ xuất khẩu', 'Cục Xúc tiến thương mại']],
    ['Việc quản lý do Trung tâm Thể thao trực thuộc Sở VH-TT TP Đà Nẵng đảm nhận.', ['Trung tâm Thể thao', 'Sở VH-TT TP Đà Nẵng']],
    ['Trung tâm Y tế dự phòng thuộc Sở Y tế tỉnh Nghệ An cho biết.', ['Trung tâm Y tế dự phòng', 'Sở Y tế tỉnh Nghệ An']],
    ['Trung tâm Thương mại Vincom thuộc Tập đoàn Vingroup mở cửa.', []],
    // (so is one named in sentence case, its remit all in lower case, with the city it serves; not a venue's or clinic's)
    ['Sản phẩm đóng tàu ra thì Trung tâm đăng kiểm tàu cá trực thuộc Tổng cục Thủy sản cấp giấy.', ['Trung tâm đăng kiểm tàu cá', 'Tổng cục Thủy sản']],
    ['Ông Hải, Giám đốc Trung tâm quản lý và điều hành giao thông đô thị Hà Nội (Sở GTVT Hà Nội) cho hay.',
      ['Trung tâm quản lý và điều hành giao thông đô thị Hà Nội', 'Sở GTVT Hà Nội']],
    ['Trung tâm điều hành đèn tín hiệu giao thông và vận tải công cộng (Sở GTVT Đà Nẵng) cho biết.', ['Trung tâm điều hành đèn tín hiệu giao thông và vận tải công cộng', 'Sở GTVT Đà Nẵng']],
    ['Trung tâm thương mại thuộc Sở Công Thương mở cửa.', []],
    ['Trung tâm y tế thuộc Sở Y tế tỉnh Nghệ An khám bệnh.', ['Sở Y tế tỉnh Nghệ An']],
    ['Trung tâm dạy nghề và giới thiệu việc làm thuộc Công ty Điện lực Hà Nội khai giảng.', []],
    // a ministry's or department's institute or centre is its public unit: parent after the name, in brackets, after a dash
    ['Theo Viện Chiến lược Bộ GTVT, dự án cần thêm vốn.', ['Viện Chiến lược Bộ GTVT', 'Bộ GTVT']],
    ['Viện Năng lượng nguyên tử (Bộ Khoa học và Công nghệ) cho biết.', ['Viện Năng lượng nguyên tử', 'Bộ Khoa học và Công nghệ']],
    ['Trung tâm Đăng kiểm tàu cá - Tổng cục Thủy sản ký kết hợp đồng.', ['Trung tâm Đăng kiểm tàu cá', 'Tổng cục Thủy sản']],
    // (a department read by its own head, "Sở Y tế", and the social insurance are state parents too; a firm is not)
    ['Ông Lê Văn A, Giám đốc Trung tâm Pháp y (Sở Y tế TP Đà Nẵng) cho biết.', ['Trung tâm Pháp y', 'Sở Y tế TP Đà Nẵng']],
    ['Ông Dương Tuấn Đức, Giám đốc Trung tâm Giám định và Thanh toán đa tuyến phía Bắc (BHXH Việt Nam), cũng cung cấp thêm.',
      ['Trung tâm Giám định và Thanh toán đa tuyến phía Bắc', 'BHXH Việt Nam']],
    ['Trung tâm Dịch vụ khách hàng (Tổng công ty Điện lực TP.HCM) cho biết.', []],
    ['Trung tâm Thông tin Bộ Y tế công bố số liệu.', ['Trung tâm Thông tin Bộ Y tế', 'Bộ Y tế']],
    ['Bệnh nhân được chuyển đến Viện Tim mạch (Bộ Y tế) cấp cứu.', ['Bộ Y tế']], // a clinic, whoever owns it
    ['Viện Nghiên cứu Kinh tế (Tập đoàn Vingroup) công bố.', []], // a firm's institute
    ['Việc này do một Viện Nghiên cứu của Bộ Xây dựng thực hiện.', ['Bộ Xây dựng']], // one of its institutes, unnamed
    // a centre whose capitalised remit closes on its province or on Việt Nam is that place's public service
    ['Trung tâm Bảo tồn voi Đắk Lắk vừa đưa con voi về rừng.', ['Trung tâm Bảo tồn voi Đắk Lắk']],
    ['Các kỹ sư của Trung tâm Vũ trụ Việt Nam lắp ráp vệ tinh.', ['Trung tâm Vũ trụ Việt Nam']],
    ['Trung tâm Giáo dục và Lao động xã hội Quảng Ninh tiếp nhận học viên.', ['Trung tâm Giáo dục và Lao động xã hội Quảng Ninh']],
    ['Trung tâm Kinh doanh VNPT Đắk Lắk khuyến mãi.', []],
    ['Ông làm việc tại Trung tâm Hội chợ Triển lãm Hà Nội.', []],
    ['Trung tâm Cảnh báo Sóng thần Thái Bình Dương phát tin.', []],
    // a police unit's acronym that spells "tội phạm" keeps its field after "về"
    ['Đội CSĐTTP về ma túy, Công an huyện Hạ Hòa phát hiện đối tượng.', ['Đội CSĐTTP về ma túy', 'Công an huyện Hạ Hòa']],
    ['Nghị quyết của BCH Đảng bộ tỉnh Nghệ An (khóa XVII).', ['BCH Đảng bộ tỉnh Nghệ An', 'Đảng bộ tỉnh Nghệ An']],
    ['Ông là Trưởng đoàn Đại biểu Quốc hội tỉnh Hà Nam.', ['đoàn Đại biểu Quốc hội tỉnh Hà Nam', 'Quốc hội']],
    ['Ủy viên BCH Trung ương Đảng và Trung ương Đảng.', ['BCH Trung ương Đảng']],
    // sector and sentence-case units
    ['Đội Kiểm lâm Cơ động tỉnh Tuyên Quang phát hiện xe.', ['Đội Kiểm lâm Cơ động tỉnh Tuyên Quang']],
    ['Theo cục Hàng không dân dụng Australia, việc này hợp pháp.', ['cục Hàng không dân dụng Australia']],
    ['Hiệp hội cán bộ nhà tù khẳng định như vậy.', ['Hiệp hội cán bộ nhà tù']],
    ['Hiệp hội du lịch Đà Nẵng kiến nghị.', ['Hiệp hội du lịch Đà Nẵng']],
    // a sentence-case association: a field holding a stop word read whole; the association's own verb or "các nhà" with its trade cut off names none
    ['Hiệp hội doanh nghiệp nhỏ và vừa Việt Nam nêu thực trạng.', ['Hiệp hội doanh nghiệp nhỏ và vừa Việt Nam']],
    ['Hiệp hội doanh nghiệp nhỏ và vừa cho biết kỳ vọng.', ['Hiệp hội doanh nghiệp nhỏ và vừa']],
    ['Hiệp hội bảo vệ an toàn người tiêu dùng Mỹ cảnh báo.', ['Hiệp hội bảo vệ an toàn người tiêu dùng Mỹ']],
    ['Hiệp hội các nhà Sản xuất Ôtô Việt Nam cho biết.', ['Hiệp hội các nhà Sản xuất Ôtô Việt Nam']],
    // two trades joined by "và", or people ("người"), read on to the country or province closing the name; a list of bodies stays two
    ['Ông Quyền, Phó Chủ tịch Hiệp hội Gỗ và Lâm sản Việt Nam cho biết.', ['Hiệp hội Gỗ và Lâm sản Việt Nam']],
    ['Bộ Công Thương xử phạt Hội Tiêu chuẩn và Bảo vệ người tiêu dùng Việt Nam (Vinastas) do thông tin không chính xác.',
      ['Bộ Công Thương', 'Hội Tiêu chuẩn và Bảo vệ người tiêu dùng Việt Nam']],
    ['Hội Nông dân và Hội Phụ nữ Việt Nam phối hợp.', ['Hội Nông dân', 'Hội Phụ nữ Việt Nam']],
    ['Du khách đổ về Hội An và Quảng Nam dịp lễ.', []],
    ['Theo đó, Hiệp hội hiểu rõ khó khăn của doanh nghiệp.', []],
    ['Hiệp hội vui mừng vì những thành tựu mà báo chí đạt được.', []],
    // a capitalised two-word connective after a name, even after its lower-case tail, opens the next sentence
    ['Bằng khen cho các cá nhân của Cục Y dược cổ truyền Tuy nhiên, Bộ trưởng cũng nêu rõ.', ['Cục Y dược cổ truyền']],
    ['Ông là Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Tuy nhiên, ông cho rằng.', ['Ủy ban Trung ương MTTQ Việt Nam', 'MTTQ Việt Nam']],
    ['Bộ Tài chính Vì vậy, cần sửa quy định.', ['Bộ Tài chính']],
    ['UBND phường Vĩnh Tuy cho biết.', ['UBND phường Vĩnh Tuy']],
    ['Ông Huy, phó chánh thanh tra TP Sau đó, người dân đã giữ 38 cán bộ.', []], // after a level word too: no unit "Sau"
    ['Công an TP Sơn La cho biết.', ['Công an TP Sơn La']],
    // a shrine's name after its lower-case kind is whole: the next lower-case word is the clause's verb
    ['Ban Tổ chức bố trí cán bộ Ban Quản lý Di tích đền Trần chốt tại các ban thờ.', ['Ban Quản lý Di tích đền Trần']],
    ['Ban Quản lý đền Trần kiểm soát chặt chẽ tình hình an ninh trật tự.', ['Ban Quản lý đền Trần']],
    ['Sở Y tế tỉnh Nghệ An và Ban Quản lý Di tích Côn Sơn cho biết.', ['Sở Y tế tỉnh Nghệ An', 'Ban Quản lý Di tích Côn Sơn']],
    // a federation's second capitalised field after "và", as a department's or association's
    ['Hội nghị do VCCI phối hợp với Liên đoàn Công nghiệp và Giới chủ Hà Lan tổ chức.', ['VCCI', 'Liên đoàn Công nghiệp và Giới chủ Hà Lan']],
    // Japan's trade agency and the foreign chambers by their acronyms, as VCCI; a chamber's acronym bracketed after its office
    // "tại Việt Nam" is the alias of the chamber named with where it sits, no second body
    ['Các báo cáo của VCCI, Jetro cũng cho thấy môi trường kinh doanh được cải thiện.', ['VCCI', 'Jetro']],
    ['Các đánh giá của Eurocham, Amcham, Jetro… cũng cho thấy môi trường kinh doanh.', ['Eurocham', 'Amcham', 'Jetro']],
    ['Ông Herb Cochran, cố vấn Phòng Thương mại Mỹ tại Việt Nam (Amcham) khẳng định.', ['Phòng Thương mại Mỹ tại Việt Nam']],
    ['Ông Tomaso, Phó Chủ tịch Phòng Thương mại và Công nghiệp châu Âu tại VN (EuroCham) cho biết.', ['Phòng Thương mại và Công nghiệp châu Âu tại VN']],
    ['Trước đề nghị của Hiệp hội Doanh nghiệp châu Âu (Eurocham), Bộ đã trả lời. Eurocham hoan nghênh.', ['Hiệp hội Doanh nghiệp châu Âu']],
    // a self-named acronym opening a bracket with the seat after it is the alias too: the acronym alone, later written bare
    ['Ông Herb Cochran, Cố vấn Hiệp hội Thương mại Hoa Kỳ tại Việt Nam (AmCham VN) cho biết.', ['Hiệp hội Thương mại Hoa Kỳ tại Việt Nam']],
    ['Hiệp hội Thương mại Mỹ tại Việt Nam (AmCham Việt Nam tại TP. Hồ Chí Minh) phối hợp tổ chức. AmCham tổ chức sự kiện.', ['Hiệp hội Thương mại Mỹ tại Việt Nam']],
    // (not a Vietnamese chamber's seat, nor where a foreign chamber's event took place)
    ['Phòng Thương mại Việt Nam tại Lào đã họp.', ['Phòng Thương mại Việt Nam']],
    ['Theo khảo sát của JETRO, 60% doanh nghiệp Nhật có lãi. Jetro cho biết thêm.', ['JETRO']],
    ['Liên đoàn Bóng đá và Ban Trọng tài cho biết.', ['Liên đoàn Bóng đá', 'Ban Trọng tài']],
    // a year closes no name but a number after a head may still name a unit
    ['Sư đoàn 2 và Liên đoàn Bóng đá Anh họp năm 2016.', ['Sư đoàn 2', 'Liên đoàn Bóng đá Anh']],
    // "cán bộ quản lý" (managers) inside a department's second field: its "quản lý" does not end the name
    ['18- Cục Nhà giáo và Cán bộ quản lý giáo dục; 19- Cục Công nghệ thông tin;', ['Cục Nhà giáo và Cán bộ quản lý giáo dục', 'Cục Công nghệ thông tin']],
    ['Phòng Tổ chức cán bộ Công an tỉnh Nghệ An quản lý hồ sơ.', ['Phòng Tổ chức cán bộ Công an tỉnh Nghệ An', 'Công an tỉnh Nghệ An']],
    ['Ông Tutum, Chủ tịch Hiệp hội các nhà bán lẻ Indonesia nói.', ['Hiệp hội các nhà bán lẻ Indonesia']],
    ['Hiệp hội các nhà làm phim tỉnh Sơn Đông đến thăm.', ['Hiệp hội các nhà làm phim tỉnh Sơn Đông']],
    // a state's body written lower-case before its country; bare legislatures and the marines
    ['Một ủy ban quốc hội Triều Tiên gửi thư cho chính phủ Mỹ.', ['quốc hội Triều Tiên', 'chính phủ Mỹ']],
    ['Dự luật phải được Hạ viện thông qua.', ['Hạ viện']],
    ['Chào đón Hải quân Mỹ, Thủy quân lục chiến và Đội Tuần duyên Mỹ.', ['Hải quân Mỹ', 'Thủy quân lục chiến', 'Đội Tuần duyên Mỹ']],
    ['Bà là trợ lý Đại diện thương mại Hoa Kỳ.', ['Đại diện thương mại Hoa Kỳ']],
    // a country's army, parliament and customs
    ['Sau khi quân đội Pháp rút đi, vùng này yên ổn.', ['quân đội Pháp']],
    // China's army, a liberation army named with its country; the South's of the war years by its region; bare, any troops
    ['Theo Quân Giải phóng Nhân dân Trung Quốc (PLA), cuộc tập trận diễn ra.', ['Quân Giải phóng Nhân dân Trung Quốc']],
    ['Tàu chiến của Quân giải phóng nhân dân Trung Quốc đã tới.', ['Quân giải phóng nhân dân Trung Quốc']],
    ['Các chiến sĩ Quân giải phóng Miền Nam Việt Nam cũng vẫn bắn hạ máy bay.', ['Quân giải phóng Miền Nam Việt Nam']],
    ['Đó là dấu vết còn lại của những cánh quân giải phóng từ phía Tây.', []],
    ['Đảng này bị nghi nhận tiền từ Nghị viện châu Âu.', ['Nghị viện châu Âu']],
    ['Theo báo cáo, Hải quan Nigeria đã thu giữ 3 tấn hàng.', ['Hải quan Nigeria']],
    ['Tổng cục Hải quan Việt Nam vừa công bố số liệu.', ['Tổng cục Hải quan Việt Nam']],
    // a place name after its level word may hold a school or post word (Đồn, Trạm, Trường)
    ['Người nhà đã báo Công an thị xã Ba Đồn tìm kiếm.', ['Công an thị xã Ba Đồn']],
    ['Ông làm việc tại UBND xã Trạm Tấu từ năm ngoái.', ['UBND xã Trạm Tấu']],
    // the highest court and procuracy are named by their rank, with no place
    ['Vụ kiện được đưa lên Tòa án tối cao xem xét.', ['Tòa án tối cao']],
    ['Chánh án Tòa án nhân dân tối cao Lê Văn A dự họp.', ['Tòa án nhân dân tối cao']],
    ['VKSND tối cao đã kháng nghị bản án.', ['VKSND tối cao']],
    ['Theo Viện Pháp tại Việt Nam, triển lãm mở cửa tự do.', ['Viện Pháp tại Việt Nam']],
    // an association abroad keeps where it sits; an investigation body keeps its lower-case police
    ['Giám đốc Hiệp hội Gạo tại Anh cho biết video là giả.', ['Hiệp hội Gạo tại Anh']],
    ['Bà đến Cơ quan Cảnh sát điều tra công an tỉnh Quảng Nam tố cáo.', ['Cơ quan Cảnh sát điều tra công an tỉnh Quảng Nam', 'công an tỉnh Quảng Nam']],
    // a foreign word is no syllable that the lower-case word after it completes (a Vietnamese one may be: "Cục Y tế")
    ['Trong khi đó, đảng MoDem sử dụng chiến thuật khác.', ['đảng MoDem']],
    ['Theo khảo sát, đảng Podemos khó giành đa số.', ['đảng Podemos']],
    ['Cục Y tế dự phòng cho biết.', ['Cục Y tế dự phòng']],
    // an institute named for the central state, its remit in any case; not a clinic, a school's, or a foreign state's
    ['Theo Viện Kiểm nghiệm an toàn vệ sinh thực phẩm Quốc gia, mẫu đạt chuẩn.', ['Viện Kiểm nghiệm an toàn vệ sinh thực phẩm Quốc gia']],
    ['Ông Cung, Viện trưởng Viện Nghiên cứu quản lý kinh tế Trung ương, nói.', ['Viện Nghiên cứu quản lý kinh tế Trung ương']],
    // the central level written short, one of the three regions served; the nutrition institute runs clinics, as a hospital does
    ['đề nghị Viện Kiểm nghiệm thuốc T.Ư, Viện Kiểm nghiệm thuốc TP.HCM hoặc các trung tâm kiểm nghiệm tỉnh lấy mẫu.', ['Viện Kiểm nghiệm thuốc T.Ư', 'Viện Kiểm nghiệm thuốc TP.HCM']],
    ['Ông giao cho Sở GTVT TP phối hợp với Viện Khoa học Thủy lợi miền Nam tiến hành các bước.', ['Viện Khoa học Thủy lợi miền Nam']],
    ['Nguyên Giám đốc Trung tâm Khám, tư vấn dinh dưỡng, Viện Dinh dưỡng Quốc gia, cho biết.', []],
    ['Theo Viện Dinh dưỡng quốc gia – Bộ Y tế, trẻ cần bổ sung vitamin A.', ['Bộ Y tế']],
    ['Theo Viện Dinh dưỡng, trẻ cần bổ sung vitamin A.', []],
    // an institute named by one science alone, maybe with where it sits; not a faith's or clinic's, nor a university's
    ['Giấy phép yêu cầu Viện Hải dương học thu thập thông tin, số liệu môi trường nền.', ['Viện Hải dương học']],
    ['Theo các nhà khoa học Viện Hải dương học Nha Trang, rạn san hô bị hủy hoại.', ['Viện Hải dương học Nha Trang']],
    ['Theo Viện Xã hội học, tỷ lệ này tăng.', ['Viện Xã hội học']],
    ['Ông làm việc tại Viện Toán học của Đại học Oxford khi đó.', []],
    ['Hội thảo do Viện Phật học Việt Nam tổ chức.', []],
    // (nor a science run on by "và" or in lower case)
    ['Các nhà khảo cổ Viện Nhân chủng học và Lịch sử quốc gia Mexico đã phát hiện.', []],
    ['Các nhà khoa học ở Viện Sinh học phân tử giải thích rằng.', []],
    ['Viện Văn hóa Nghệ thuật Quốc gia Việt Nam tổ chức hội thảo.', ['Viện Văn hóa Nghệ thuật Quốc gia Việt Nam']],
    ['Bệnh nhân được chuyển lên Viện Huyết học - Truyền máu Trung ương điều trị.', []],
    ['Ông là Viện trưởng Viện Xây dựng Đảng- Học viện Chính trị Quốc gia.', []],
    ['Viện Nghiên cứu Chính sách Quốc gia Nhật Bản cho biết.', []],
    ['Chuyên gia Kwak Gil-sub của Viện An ninh Quốc gia của Hàn Quốc cho biết.', []],
    ['Viện Pasteur cho biết dịch bệnh đã lan ra cả quốc gia.', []],
    // an institute whose remit is closed by its province or city is that place's institute; not a clinic so placed
    ['Hội thảo do Viện Nghiên cứu phát triển TP.HCM tổ chức.', ['Viện Nghiên cứu phát triển TP.HCM']],
    ['Đại diện Viện Quy hoạch xây dựng Hà Nội cho biết.', ['Viện Quy hoạch xây dựng Hà Nội']],
    ['Bệnh nhân được chuyển đến Viện Tim TP.HCM cấp cứu.', []],
    ['Buổi hòa nhạc tại Nhạc Viện Thành phố Hồ Chí Minh diễn ra tối qua.', []], // a conservatory's last word
    ['Theo nghiên cứu của Viện Thái Bình Dương, nước thải tăng.', []], // an ocean, not Bình Dương
    ['Kết quả xét nghiệm của Viện Pasteur TP.HCM cho thấy.', []],
    // the party's organization commission with the centre written "TƯ", as with "TW" and "T.Ư"; an event's organizing board is none
    ['Nguyên Phó Ban Tổ chức TƯ Nguyễn Đình Hương chia sẻ.', ['Ban Tổ chức TƯ']],
    ['Ban Tổ chức đã nhận được 417 tác phẩm.', []],
    // "lẫn" joins two bodies, never two words of one name
    ['Cả Bộ Quốc phòng lẫn Bộ Ngoại giao Nga đều đe dọa.', ['Bộ Quốc phòng', 'Bộ Ngoại giao Nga']],
    ['Cả đảng Dân chủ lẫn Cộng hòa đều phản đối.', ['đảng Dân chủ']],
    // an investigation body written "CQĐT" before its force is a body of its own; bare, it names none
    ['CQĐT Công an tỉnh Phú Thọ cho biết đã khởi tố vụ án.', ['CQĐT Công an tỉnh Phú Thọ', 'Công an tỉnh Phú Thọ']],
    ['Theo CQĐT CAH Chư Păh, vụ việc đang được điều tra.', ['CQĐT CAH Chư Păh', 'CAH Chư Păh']],
    ['CQĐT Bộ Công an quyết định tách vụ án.', ['CQĐT Bộ Công an', 'Bộ Công an']],
    ['CQĐT đã khởi tố vụ án.', []],
    ['Hồ sơ đã được CQĐT và VKS thống nhất.', []],
    ['Theo CQĐT, Chiều 21/6 đối tượng đã ra đầu thú.', []],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('what is not an agency', () => {
  const table: string[] = [
    'Công tác phối hợp giữa các ban, bộ, ngành, đoàn thể được duy trì.',
    'Thông tư quy định trách nhiệm của Công an các đơn vị, địa phương.',
    'Bí thư Thành ủy cho biết sẽ kiểm tra.', // a bare Thành ủy
    'Lãnh đạo UBND TP cho biết đã chỉ đạo xử lý.', // type and level only
    'Ông gửi đơn xin lỗi tới Ban Giám đốc.', // leadership board
    'Sở Giao thông Vận tải chưa trả lời.', // type and sector, no place
    'Quỷ đỏ mang về Siêu cúp Anh 2016 và cúp Liên đoàn 2016/2017.', // a year right after a head: a cup's season
    'Theo Luật Bảo hiểm xã hội 2014, người lao động được hưởng.', // a law's year
    'Hội nghị tổng kết diễn ra sáng nay.',
    'Cầu thủ Đoàn Văn Hậu ghi bàn.', // a person named Đoàn
    'Hội nghị Thượng đỉnh APEC diễn ra tại Đà Nẵng.', // APEC inside an event name
    'Ông tham gia phong trào bảo vệ an ninh Tổ quốc.',
    'Theo Bộ luật Hình sự, hành vi này bị xử lý.', // a law code
    'Đội Việt Nam giành ngôi vô địch.', // a team
    'Sở GTVT chưa trả lời.', // type and sector
    'Anh học tại phòng Đào tạo Trường ĐH Bách khoa.', // a school's office
    'Đường Đinh Bộ Lĩnh bị ngập.',
    'Bộ 6 số may mắn kỳ này là 04 – 19 – 22.', // a count after Bộ
    'Phiên họp của Ủy ban Thường vụ sáng nay.', // a standing committee with no parent
    'Các đơn vị quân đội Việt Nam đón đoàn.', // the army as a general word
    'Đảng và Nhà nước luôn quan tâm.', // Đảng as a general word
    'Hồ sơ đã gửi UBND TP. Về phía Sở, ông cho biết.', // TP. ends a sentence
    'Khai hội Xuân Yên Tử theo tin trên báo VOV.', // a festival; media
    'Năng lực của ông bộc lộ ở AFF Cup 2016.', // a tournament named after the body
    'Người biểu tình tập trung trước tòa nhà Quốc hội Anh.', // a building
    'Lực lượng vũ trang tỉnh vững mạnh; lực lượng vũ trang tỉnh Đồng Nai diễn tập.',
    'Hướng tới tuần lễ cấp cao APEC ở Đà Nẵng.', // an event name two words back
    'Thành công của hội nghị các bộ trưởng phụ trách thương mại APEC vừa qua.',
    'Ban thường vụ Tỉnh ủy họp.', // a standing board with a level only
    'Trung tâm Thương mại tỉnh Bình Dương khai trương.', // a commercial centre
    'Khu đất của Trung tâm bảo trợ rộng 1.200 m2.', // a centre with no place
    'Ba lính thủy quân lục chiến bị thương.', // marines as soldiers
    'Hiệp hội này đã lên tiếng.',
    'Các đơn vị quân đội Việt Nam đã đón đoàn tàu.', // units of a service, no one body
    'Vụ việc đã được báo cho Cơ quan Công an xử lý.', // a body's type and no name
    'Bộ trưởng bộ Y tế nước này phủ nhận tin đồn.', // a ministry of a country not named
    'Viện Pháp ngữ tại Hà Nội mở lớp mới.', // an institute named by a language, not a state
    'Luật sư Trần B, Văn phòng Luật sư Minh An, cho biết.', // a law firm is a business
    'Ảnh: CA  Kiểm tra xe vi phạm.', // a photo credit
    'Hội đồng hợp tác kinh tế Thái Bình Dương họp.', // an ocean is no province
    'Các nước Vùng Vịnh trở nên giàu có.', // a region, not a military zone
    'Mã Vùng Cũ  Mã Vùng Mới  1Sơn La22212 2Lai Châu 231213', // a table of area codes, no region's number
    'Việc phân công bà Ngân tại Phòng Tài chính - Kế toán, nhiệm vụ tổng hợp quyết toán.', // a desk every business has
    'Ông Tứ, Trưởng phòng Hành chính của bệnh viện, cho biết.',
    'Chị Hoàng Ngân - Trưởng phòng Marketing của Trung tâm dưỡng lão cho biết.',
    'Vùng 16.7-16.8 hôm nay thể hiện sức cản rất mạnh.', // a price band
    'Trước khi đổi mã vùng khách hàng quay số 04.23456789.', // a phone number after "số"
    'Tập Đoàn Vàng bạc đá quý DOJI niêm yết giá vàng.', // "Đoàn" inside a business's head
    'Ông là tỉnh ủy viên từ năm ngoái.', // a committee member, not the committee
    'BỘ GIAO THÔNG VẬN TẢI THƯ CHÚC MỪNG NHÂN NGÀY BÁO CHÍ', // an all-capitals headline
    'Lễ khai mạc tại Trung tâm Hội nghị Quốc gia.', // a venue
    'Ban quản lý chung cư Gemek Tower cho biết sẽ sửa thang máy.', // a building's management board
    'Hội đồng kêu gọi Triều Tiên ngừng thử tên lửa.', // a verb and its object, not a remit and its country
    'Theo cơ quan Mỹ, vụ việc nghiêm trọng.', // any agency of the country
    'Hiệp thương bổ sung nhân sự Ban Thường trực.', // a standing board with no parent
    'Bị cáo kháng cáo lên tòa phúc thẩm Theo cáo trạng thì.', // a caption runs on after a lower-case court
    'Buổi triển lãm ở Trung tâm Văn hóa Pháp và Trung tâm Nghiên cứu Ba Lan.', // venues and research centres
    'Theo cơ quan Thuế, đến cơ quan Điều tra làm việc, rồi tới cơ quan CSĐT trình báo.', // kinds of body written lower-case
    'Bà Hạnh, Trưởng phòng Kế hoạch - Kinh doanh - Công ty TNHH Khai thác điểm đỗ xe cho biết.', // a company's department
    'Ca sĩ hát ở ca Hà Nội, ngân hàng trung ương nào cũng vậy.', // lower-case ca; a bank type with no country
  ];
  it.each(table)('%s', (text) => {
    expect(namesOf(text)).toEqual([]);
  });
});

describe('surface forms of one body', () => {
  it('an acronym introduced in brackets makes the short form an alias of the full name', () => {
    const a = agenciesOf('Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc (ANTQ) tổ chức hội nghị. Cục trưởng Cục Xây dựng phong trào bảo vệ ANTQ chủ trì.');
    expect(a).toHaveLength(1);
    expect(a[0].name).toBe('Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc');
    expect(a[0].aliases).toEqual(['Cục Xây dựng phong trào bảo vệ ANTQ']);
  });
  it('UBND and Ủy ban nhân dân, GD-ĐT and Giáo dục và Đào tạo are one body each', () => {
    const a = agenciesOf('Ủy ban nhân dân tỉnh Quảng Nam họp. UBND tỉnh Quảng Nam chỉ đạo. Bộ GD-ĐT và Bộ Giáo dục và Đào tạo.');
    expect(a.map((x) => [x.name, x.aliases])).toEqual([
      ['Ủy ban nhân dân tỉnh Quảng Nam', ['UBND tỉnh Quảng Nam']],
      ['Bộ Giáo dục và Đào tạo', ['Bộ GD-ĐT']],
    ]);
  });
  it('a short form beginning one longer name is its alias, and "Vương quốc" is dropped when matching', () => {
    const a = agenciesOf('Phòng CSGT Công an tỉnh Hà Tĩnh kiểm tra. Phòng CSGT cho biết. Bộ Quốc phòng Vương quốc Campuchia và Bộ Quốc phòng Campuchia.');
    expect(a.map((x) => x.name)).toEqual(['Phòng CSGT Công an tỉnh Hà Tĩnh', 'Công an tỉnh Hà Tĩnh', 'Bộ Quốc phòng Vương quốc Campuchia']);
    expect(a[0].aliases).toEqual(['Phòng CSGT']);
  });
  it('a royal force is keyed by its country, and the UN\'s two spellings are one body (also through an acronym in brackets)', () => {
    const a = agenciesOf('Tàu của Hải quân Hoàng gia Australia (RAN) đến. Tàu của Hải quân Australia cập cảng Tiên Sa. Quân đội Hoàng gia Campuchia và quân đội Campuchia là một.');
    expect(a.map((x) => [x.name, x.aliases])).toEqual([['Hải quân Hoàng gia Australia', ['Hải quân Australia']], ['Quân đội Hoàng gia Campuchia', ['quân đội Campuchia']]]);
    const u = agenciesOf('Liên Hiệp Quốc (LHQ) họp. Các quan chức Liên Hợp Quốc đến. LHQ nói.');
    expect(u.map((x) => x.name)).toHaveLength(1);
    // (another country's force stays apart)
    expect(namesOf('Hải quân Hoàng gia Anh và Hải quân Mỹ tập trận.')).toEqual(['Hải quân Hoàng gia Anh', 'Hải quân Mỹ']);
  });
  it('"Hội LHTN" is "Hội Liên hiệp Thanh niên" written short, as "Hội LHPN" is', () => {
    const a = agenciesOf('T.Ư Hội Liên hiệp Thanh niên Việt Nam trao giải. T.Ư Hội LHTN Việt Nam cho biết.');
    expect(a.map((x) => [x.name, x.aliases])).toEqual([['T.Ư Hội Liên hiệp Thanh niên Việt Nam', ['T.Ư Hội LHTN Việt Nam']], ['Hội Liên hiệp Thanh niên Việt Nam', ['Hội LHTN Việt Nam']]]);
  });
  it('"CQĐT" before a force is the force\'s "Cơ quan CSĐT" written short', () => {
    const a = agenciesOf('Cơ quan CSĐT Công an tỉnh Sơn La đã bắt giữ. CQĐT Công an tỉnh Sơn La cho biết thêm.');
    expect(a.map((x) => [x.name, x.aliases])).toEqual([
      ['Cơ quan CSĐT Công an tỉnh Sơn La', ['CQĐT Công an tỉnh Sơn La']],
      ['Công an tỉnh Sơn La', []],
    ]);
  });
  it('after "của" and an acronym, the bracketed acronym is still the body\'s own (not a longer name\'s, as after "Chương trình Phát triển của")', () => {
    const a = agenciesOf('Vốn vay ODA của Cơ quan Hợp tác quốc tế Nhật Bản (JICA) là 85%. Đại diện JICA cho biết.');
    expect(a.map((x) => [x.name, x.aliases])).toEqual([['Cơ quan Hợp tác quốc tế Nhật Bản', ['JICA']]]);
  });
  it('an acronym name and its bracketed full name are one body', () => {
    const a = agenciesOf('Theo cơ quan quốc tế Interpol (Tổ chức Cảnh sát Hình sự Quốc tế), danh sách đã được gửi.');
    expect(a).toHaveLength(1);
    expect(a[0].name).toBe('Tổ chức Cảnh sát Hình sự Quốc tế');
    expect(a[0].aliases).toEqual(['Interpol']);
  });
  it('a country\'s national police and its police are one body; a national army is not the country\'s army', () => {
    const a = agenciesOf('Cảnh sát Indonesia cho biết. Cảnh sát quốc gia Indonesia bắt giữ hai người.');
    expect(a.map((x) => [x.name, x.aliases])).toEqual([['Cảnh sát quốc gia Indonesia', ['Cảnh sát Indonesia']]]);
    expect(namesOf('Quân đội Quốc gia Libya tấn công, Quân đội Libya rút lui.')).toEqual(['Quân đội Quốc gia Libya', 'Quân đội Libya']);
  });
  it('the same head with an acronym in brackets right after a name is its short form', () => {
    const a = agenciesOf('Hai bên họp Hội đồng Thương mại và Đầu tư Việt Nam – Hoa Kỳ (Hội đồng TIFA). Hai bên thống nhất.');
    expect(a.map((x) => [x.name, x.aliases])).toEqual([['Hội đồng Thương mại và Đầu tư Việt Nam – Hoa Kỳ', ['Hội đồng TIFA']]]);
    // (another head in brackets is another body)
    expect(namesOf('Hội đồng Thương mại và Đầu tư Việt Nam – Hoa Kỳ (Ủy ban TIFA) họp.')).toHaveLength(2);
    // (nor a parent named by its place)
    expect(namesOf('Chiều 31/5, Công an quận 5 (Công an TP.HCM) cho biết.')).toEqual(['Công an quận 5', 'Công an TP.HCM']);
  });
  it('TP.HCM and TP. HCM, UBTVQH and Ủy ban Thường vụ Quốc hội are one body each', () => {
    const a = agenciesOf('Sở GD-ĐT TP. HCM công bố. Theo Sở GD-ĐT TP.HCM, điểm tăng. Ủy ban Thường vụ Quốc hội họp. UBTVQH thảo luận.');
    expect(a.map((x) => [x.name, x.aliases])).toEqual([
      ['Sở GD-ĐT TP. HCM', ['Sở GD-ĐT TP.HCM']],
      ['Ủy ban Thường vụ Quốc hội', ['Thường vụ Quốc hội', 'UBTVQH']],
      ['Quốc hội', []],
    ]);
  });
  it('an American agency and its acronym written apart are one body', () => {
    const a = agenciesOf('Nhà Trắng báo cho cơ quan Tình báo Trung ương Mỹ. Một cựu nhân viên CIA bình luận.');
    expect(a.map((x) => [x.name, x.aliases])).toEqual([['Nhà Trắng', []], ['cơ quan Tình báo Trung ương Mỹ', ['CIA']]]);
  });
  it('CA Q.Ngô Quyền and Công an quận Ngô Quyền, UBND Q.Tân Bình and UBND quận Tân Bình are one body each', () => {
    const a = agenciesOf('Chiến sĩ công tác tại CA Q.Ngô Quyền - Công an quận Ngô Quyền xác nhận. UBND Q.Tân Bình và UBND quận Tân Bình.');
    expect(a.map((x) => [x.name, x.aliases])).toEqual([
      ['Công an quận Ngô Quyền', ['CA Q.Ngô Quyền']],
      ['UBND quận Tân Bình', ['UBND Q.Tân Bình']],
    ]);
  });
  it('a bracketed acronym after a sentence-case name is its alias', () => {
    const a = agenciesOf('Tổng cục du lịch Hàn Quốc (KTO) chọn cô làm đại sứ. KTO cho biết thêm.');
    expect(a.map((x) => [x.name, x.aliases])).toEqual([['Tổng cục du lịch Hàn Quốc', ['KTO']]]);
  });
  it('BHXH and Bảo hiểm xã hội, Hội LHPN and Hội Liên hiệp Phụ nữ are one body each', () => {
    const a = agenciesOf('BHXH tỉnh Nghệ An và Bảo hiểm xã hội tỉnh Nghệ An. Hội LHPN tỉnh Hà Tĩnh và Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh.');
    expect(a.map((x) => [x.name, x.aliases])).toEqual([
      ['Bảo hiểm xã hội tỉnh Nghệ An', ['BHXH tỉnh Nghệ An']],
      ['Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh', ['Hội LHPN tỉnh Hà Tĩnh']],
    ]);
  });
  it('Tổng LĐLĐVN, Tổng LĐLĐ Việt Nam and Tổng Liên đoàn Lao động Việt Nam are one body (expansions fold like the text)', () => {
    const a = agenciesOf('Phó Chủ tịch Tổng LĐLĐVN phát biểu. Tổng LĐLĐ Việt Nam và Tổng Liên đoàn Lao động Việt Nam. LĐLĐ tỉnh Nghệ An.');
    expect(a.map((x) => [x.name, x.aliases])).toEqual([
      ['Tổng Liên đoàn Lao động Việt Nam', ['Tổng LĐLĐVN', 'Tổng LĐLĐ Việt Nam']],
      ['LĐLĐ tỉnh Nghệ An', []],
    ]);
  });
  it('a police remit written by its acronym and in full is one unit', () => {
    const a = agenciesOf('Đội Cảnh sát điều tra tội phạm về TTXH bắt giữ. Đội Cảnh sát điều tra tội phạm về trật tự xã hội cho biết.');
    expect(a.map((x) => [x.name, x.aliases])).toEqual([
      ['Đội Cảnh sát điều tra tội phạm về trật tự xã hội', ['Đội Cảnh sát điều tra tội phạm về TTXH']],
    ]);
  });
  it('Chính phủ counts inside Thủ tướng Chính phủ', () => {
    expect(namesOf('Thủ tướng Chính phủ Nguyễn Xuân Phúc phát biểu.')).toEqual(['Chính phủ']);
  });
});

describe('seed document bca-20200107', () => {
  it('gives exactly its three agencies, with every mention quoting the text', () => {
    const text = readFileSync(new URL('../../fixtures/bca-20200107.txt', import.meta.url), 'utf8');
    const ctx = createContext(documentFromText(text));
    const a = extractAgencies(ctx);
    expect(a.map((x) => x.name).sort()).toEqual(['Bộ Công an', 'Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc', 'Đảng ủy Công an Trung ương']);
    for (const x of a) for (const m of x.mentions) expect(ctx.text.slice(m.span[0], m.span[1])).toBe(m.text);
  });
});

describe('organization-name boundaries (units, party boards, places after a level word)', () => {
  const table: [string, string[]][] = [
    // an honorific-looking syllable and a person's full name right after a level word belong to the place
    ['Trưởng Công an huyện Cô Tô xác nhận vụ việc.', ['Công an huyện Cô Tô']],
    ['Chủ tịch Ủy ban Nhân dân huyện Cô Tô thăm gia đình.', ['Ủy ban Nhân dân huyện Cô Tô']],
    ['Hội Chữ Thập đỏ huyện Cô Tô trao quà.', ['Hội Chữ Thập đỏ huyện Cô Tô']],
    ['Ông Dương Anh, Chủ tịch UBND phường Phạm Đình Hổ cho biết.', ['UBND phường Phạm Đình Hổ']],
    ['VKSND quận Nam Từ Liêm đã truy tố.', ['VKSND quận Nam Từ Liêm']],
    ['Trưởng phòng CSGT quận Trần Lưu Hoa cho biết thêm.', ['phòng CSGT']], // a district head's name, not a district
    ['Trưởng phòng GD-ĐT quận Trần Lưu Hoa cho biết thêm.', []], // (and a district office by type and sector alone is none)
    // central party boards name the party's centre; the organization commission is no organizing board
    ['Ban Bí thư Trung ương Đảng tổ chức hội nghị.', ['Ban Bí thư Trung ương Đảng']],
    ['Ông là Trưởng ban Tổ chức Trung ương Đảng.', ['ban Tổ chức Trung ương Đảng']],
    ['Theo Ban Tuyên giáo Trung ương Đảng, hội nghị thành công.', ['Ban Tuyên giáo Trung ương Đảng']],
    ['Ban Tổ chức Thành ủy Đà Nẵng công bố quyết định.', ['Ban Tổ chức Thành ủy Đà Nẵng', 'Thành ủy Đà Nẵng']],
    // a police unit's remit after "tội phạm về", and its force after a bracketed unit code
    ['Phó Đội trưởng Đội Cảnh sát điều tra tội phạm về TTXH, Công an huyện Kiến Thụy cho biết.',
      ['Đội Cảnh sát điều tra tội phạm về TTXH', 'Công an huyện Kiến Thụy']],
    ['Phòng Cảnh sát điều tra tội phạm về trật tự xã hội, Công an tỉnh Nghệ An đã bắt nghi can.',
      ['Phòng Cảnh sát điều tra tội phạm về trật tự xã hội', 'Công an tỉnh Nghệ An']],
    ['Phòng CSĐT tội phạm về ma túy (PC47) Công an tỉnh Điện Biên triệt phá chuyên án.',
      ['Phòng CSĐT tội phạm về ma túy Công an tỉnh Điện Biên', 'Công an tỉnh Điện Biên']],
    ['Trưởng phòng Cảnh sát Hình sự (PC45) Công an tỉnh Gia Lai nói.', ['phòng Cảnh sát Hình sự Công an tỉnh Gia Lai', 'Công an tỉnh Gia Lai']],
    ['Đại hội Đảng bộ quận Hoàng Mai lần thứ III khai mạc.', ['Đảng bộ quận Hoàng Mai']], // a congress's ordinal
    // a press office is no newspaper; central banks are named with their country
    ['Cơ quan Báo chí Điện Kremlin cho biết trong bức điện.', ['Cơ quan Báo chí Điện Kremlin', 'Điện Kremlin']],
    ['Lo ngại chính sách tiền tệ của Ngân hàng Nhân dân Trung Quốc.', ['Ngân hàng Nhân dân Trung Quốc']],
    ['Ngân hàng Dự trữ Ấn Độ dỡ bỏ giới hạn, còn Ngân hàng trung ương châu Âu giữ lãi suất.', ['Ngân hàng Dự trữ Ấn Độ', 'Ngân hàng trung ương châu Âu']],
    // police written short: CATP, CAQ, CAH, and CA before a province
    ['Một lãnh đạo CATP. Hải Phòng xác nhận; báo cáo gửi CA Hải Phòng.', ['CATP. Hải Phòng']],
    ['Tổ công tác Đội CSHS CAQ Hoàng Mai bắt quả tang.', ['Đội CSHS CAQ Hoàng Mai', 'CAQ Hoàng Mai']],
    // a remit in sentence case closed by the country, the nation or a place
    ['Anh làm việc tại Hội đồng an ninh Quốc gia dưới thời ông Obama.', ['Hội đồng an ninh Quốc gia']],
    ['Cô được Tổng cục du lịch Hàn Quốc chọn làm đại sứ.', ['Tổng cục du lịch Hàn Quốc']],
    ['Cơ quan thuế Tây Ban Nha hoàn tất hồ sơ.', ['Cơ quan thuế Tây Ban Nha']],
    ['Cục quản lý thị trường tỉnh Quảng Nam kiểm tra cửa hàng.', ['Cục quản lý thị trường tỉnh Quảng Nam']],
    ['Theo Ban quản lý dự án Đường sắt đô thị Hà Nội, đoàn tàu đã về.', ['Ban quản lý dự án Đường sắt đô thị Hà Nội']],
    ['Cảm ơn Hội đồng hương Quảng Trị tại Hà Nội đã hỗ trợ.', ['Hội đồng hương Quảng Trị tại Hà Nội']],
    ['Nhà Trắng báo cho cơ quan Tình báo Trung ương Mỹ và cơ quan An ninh Quốc gia.', ['Nhà Trắng', 'cơ quan Tình báo Trung ương Mỹ', 'cơ quan An ninh Quốc gia']],
    ['Sau đó Cơ quan công an huyện Thạch Thất cho đi khám lại.', ['công an huyện Thạch Thất']],
    // a department of two fields joined by "và", and a long remit closed by "thuộc" and its ministry
    ['Sáng 6/2, Cục Nhà giáo và Cán bộ quản lý cơ sở giáo dục thuộc Bộ GD-ĐT ra công văn.', ['Cục Nhà giáo và Cán bộ quản lý cơ sở giáo dục', 'Bộ GD-ĐT']],
    ['Cục Thuế và Kho bạc nhà nước phối hợp.', ['Cục Thuế']], // two bodies, not one name
    ['Ông Chính, Trưởng ban Tổ chức Trung ương, Trưởng ban chỉ đạo giải, chủ trì.', ['ban Tổ chức Trung ương']],
    ['Theo kết luận của Viện Khoa học Hình sự (Bộ Công an), mẫu máu có ma túy.', ['Viện Khoa học Hình sự', 'Bộ Công an']],
    // courts written lower-case before their name; a country's intelligence service with no head word
    ['Phiên điều trần diễn ra tại tòa phúc thẩm Khu vực Tư pháp số 9 của Mỹ.', ['tòa phúc thẩm Khu vực Tư pháp số 9']],
    // a numbered region closing a court's name is its circuit, no command (a military court's region is one)
    ['Hôm qua (7/2), Tòa án Phúc thẩm Vùng thứ 9 nghe tranh luận.', ['Tòa án Phúc thẩm Vùng thứ 9']],
    ['Tòa án quân sự Quân khu 9 xét xử vụ án.', ['Tòa án quân sự Quân khu 9', 'Quân khu 9']],
    ['Ngày 11/5, Giám đốc Tình báo Quốc gia Mỹ (DNI) phát biểu.', ['Tình báo Quốc gia Mỹ']],
    ['Giám đốc Cơ quan Tình báo quốc gia Dan Coats đồng ý.', ['Cơ quan Tình báo quốc gia']],
    ['Theo cơ quan Hải quan Nigeria, lô hàng bị giữ.', ['Hải quan Nigeria']],
    ['Bộ Ngoại thương Nga chi tiền cho Trung tâm Xuất khẩu Nga.', ['Bộ Ngoại thương Nga', 'Trung tâm Xuất khẩu Nga']],
    // the foreign country after "của" is the centre's owner too; not a study centre, think tank, venue or a lone acronym's
    ['Theo Trung tâm Kiểm soát và Phòng ngừa Dịch bệnh của Mỹ (CDC), số ca tăng.', ['Trung tâm Kiểm soát và Phòng ngừa Dịch bệnh của Mỹ']],
    ['Trung tâm Kiểm soát và phòng ngừa bệnh tật của Hoa Kỳ cho biết.', ['Trung tâm Kiểm soát và phòng ngừa bệnh tật của Hoa Kỳ']],
    ['Trung tâm Cảnh báo bão của Mỹ cho biết.', ['Trung tâm Cảnh báo bão của Mỹ']],
    ['Theo Trung tâm PIR của Nga, điều đó đúng.', []],
    ['Trung tâm An ninh mới của Mỹ nhận định.', []],
    ['Trung tâm Nghiên cứu Chiến lược và Quốc tế của Mỹ nhận định.', []],
    ['Trung tâm Văn hóa của Pháp mở cửa.', []],
    // a party named in quotes after "đảng" and its stance
    ['Lãnh đạo đảng đối lập "Batkivshina" của Ukraine lên tiếng.', ['Batkivshina']],
    ['Trong khi đảng cực hữu “Mặt trận Quốc gia” chỉ giành 18%.', ['Mặt trận Quốc gia']],
    // a unit's long remit before its force
    ['Cán bộ của Phòng Quản lý xuất nhập cảnh Công an Hà Nội giảm.', ['Phòng Quản lý xuất nhập cảnh Công an Hà Nội', 'Công an Hà Nội']],
    // a dash spaced on one side only still joins the two ends of a name
    ['Phó Tổng Giám đốc Ban quản lý dự án đường sắt đô thị Cát Linh- Hà Đông cho hay.', ['Ban quản lý dự án đường sắt đô thị Cát Linh- Hà Đông']],
    ['Chủ nhiệm Ủy ban Quốc phòng- An ninh trình bày.', ['Ủy ban Quốc phòng- An ninh']],
    // a service's words inside a unit's name; a unit's number ends it; a region is no unit
    // a province's project board: its sector's works read whole, closed by its place; with no place a type alone
    ['Theo Ban Quản lý Dự án Đầu tư Xây dựng các công trình Dân dụng và Công nghiệp Đà Nẵng, tiến độ đảm bảo.',
      ['Ban Quản lý Dự án Đầu tư Xây dựng các công trình Dân dụng và Công nghiệp Đà Nẵng']],
    ['Ban quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp TP Hà Nội vừa trình UBND thành phố.',
      ['Ban quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp TP Hà Nội']],
    ['Ông Lê Minh Tuấn, Phó Giám đốc Ban quản lý dự án đầu tư xây dựng các công trình giao thông Đà Nẵng lý giải.',
      ['Ban quản lý dự án đầu tư xây dựng các công trình giao thông Đà Nẵng']],
    ['Thành lập Ban Quản lý dự án đầu tư xây dựng công trình nông nghiệp và phát triển nông thôn tỉnh (trên cơ sở ban cũ).', []],
    // (a body's desk with its body after it is that body's department)
    ['Trưởng phòng Hành chính - Tổng hợp Sở Y tế tỉnh Nghệ An cho biết.', ['phòng Hành chính - Tổng hợp Sở Y tế tỉnh Nghệ An', 'Sở Y tế tỉnh Nghệ An']],
    // a lower-case party committee before a unit whose name is an acronym or opens with a family name; not before a person
    ['Ông Nguyễn Thiện Nhân - Bí thư thành ủy TP.HCM, nhận thư.', ['thành ủy TP.HCM']],
    ['Tuy nhiên, Bí thư tỉnh ủy Hà Tĩnh Lê Đình Sơn cho biết.', ['tỉnh ủy Hà Tĩnh']],
    ['Bí thư thành ủy Nguyễn Thiện Nhân cho biết.', []],
    ['Quân nhân Vùng 3 Hải quân nhận đất.', ['Vùng 3 Hải quân']],
    ['Tàu của Bộ Tư lệnh Vùng Cảnh sát biển 2 tuần tra.', ['Bộ Tư lệnh Vùng Cảnh sát biển 2', 'Vùng Cảnh sát biển 2']],
    ['Chủ tịch Liên minh Nghị viện Thế giới đến thăm.', ['Liên minh Nghị viện Thế giới']],
    ['Tàu của Cơ quan Hải dương Quốc gia bắt được cá.', ['Cơ quan Hải dương Quốc gia']], // an ocean, not the province
    ['Hôm 9/5, Giám đốc Cục Điều tra Liên bang Mỹ Comey bị sa thải.', ['Cục Điều tra Liên bang Mỹ']],
    // departments' remits that hold a stop word or run on past a verb
    ['Tổng Thanh tra giao Cục Chống tham nhũng thực hiện thanh tra.', ['Cục Chống tham nhũng']],
    ['Sĩ quan Tổng cục Hậu cần cần được bố trí.', ['Tổng cục Hậu cần']],
    ['Tại buổi lễ, Cục Quản lý thị trường vinh dự đón nhận huân chương.', ['Cục Quản lý thị trường']],
    // the high court is named with where it sits
    ['Ngày 30/6, TAND Cấp cao tại Hà Nội đã xử phúc thẩm.', ['TAND Cấp cao tại Hà Nội']],
    // the high procuracy and court written with the short "Viện KSND" or no "nhân dân"; a seat after "TP. " with its space
    ['Viện KSND cấp cao tại TP.HCM đã kháng nghị.', ['Viện KSND cấp cao tại TP.HCM']],
    ['Tòa án cấp cao tại Đà Nẵng mở phiên phúc thẩm.', ['Tòa án cấp cao tại Đà Nẵng']],
    ['Hồ sơ được chuyển tới VKSND cấp cao tại TP. Hồ Chí Minh.', ['VKSND cấp cao tại TP. Hồ Chí Minh']],
    ['VKSND cấp cao tại cuộc họp đã nêu rõ.', ['VKSND cấp cao']], // no place after "tại"
    // a mission's seat: a city after its city word (with its country), an unaccented foreign city alone
    ['Ông Ali đến Lãnh sự quán Thổ Nhĩ Kỳ tại thành phố Rotterdam hôm qua.', ['Lãnh sự quán Thổ Nhĩ Kỳ tại thành phố Rotterdam']],
    ['Đại sứ quán Mỹ tại thủ đô Manila của Philippines cho biết.', ['Đại sứ quán Mỹ tại thủ đô Manila của Philippines']],
    ['Đại sứ quán Mỹ tại Bamako đã cảnh báo.', ['Đại sứ quán Mỹ tại Bamako']],
    ['Lãnh sự quán Pháp tại TP. HCM cấp giấy khai sinh.', ['Lãnh sự quán Pháp tại TP. HCM']],
    ['Đại sứ quán Việt Nam tại Cộng hòa Dân chủ Đức trước đây.', ['Đại sứ quán Việt Nam']], // a Vietnamese word is no foreign city
    ['Đại sứ quán Mỹ tại Phi-li-pin A.Hơ-rê-ra cho biết.', ['Đại sứ quán Mỹ']], // capitals run on: a person
    ['Đại sứ quán Đức ở thủ đô Kabul bị thương.', ['Đại sứ quán Đức ở thủ đô Kabul']],
    ['Thủ tướng dự tọa đàm với Hội đồng Kinh doanh ASEAN - Mỹ tại thủ đô Washington.', ['Hội đồng Kinh doanh ASEAN - Mỹ', 'ASEAN']], // an association's "tại" is where it met
    // numbered wards and districts; levels abbreviated and glued to the name
    ['Công an phường 1 và UBND quận 3 phối hợp với Công an quận 10.', ['Công an phường 1', 'UBND quận 3', 'Công an quận 10']],
    // police units in sentence case before their force; the party's inspection committees; central state centres
    ['Ngày 7/7, Phòng cảnh sát truy nã tội phạm Công an tỉnh Khánh Hòa đã bắt.', ['Phòng cảnh sát truy nã tội phạm Công an tỉnh Khánh Hòa', 'Công an tỉnh Khánh Hòa']],
    ['Phòng cảnh sát hình sự, Công an tỉnh Vĩnh Phúc đã phối hợp.', ['Phòng cảnh sát hình sự', 'Công an tỉnh Vĩnh Phúc']],
    // ("hàng không" is aviation, not "không" negating: a remit read on to its country)
    ['Theo Cục hàng không Việt Nam, chuyến bay bị hủy.', ['Cục hàng không Việt Nam']],
    ['Cục hàng không Liên bang Mỹ (FAA) coi nó là một máy bay siêu nhẹ.', ['Cục hàng không Liên bang Mỹ']],
    ['Cục hàng không cho biết chuyến bay bị hủy.', []],
    // ("giao thông" opens with a stop word but hands nothing over)
    ['Liên quan vụ việc, Phòng cảnh sát giao thông Công an Thanh Hóa cũng xử phạt lái xe.', ['Phòng cảnh sát giao thông Công an Thanh Hóa', 'Công an Thanh Hóa']],
    ['Đội cảnh sát giao thông Công an huyện Bình Chánh cho biết.', ['Đội cảnh sát giao thông Công an huyện Bình Chánh', 'Công an huyện Bình Chánh']],
    ['Ông đến Phòng cảnh sát giao thông để làm việc.', []],
    ['Ông bị Ủy ban kiểm tra Huyện ủy Thanh Bình kỷ luật.', ['Ủy ban kiểm tra Huyện ủy Thanh Bình', 'Huyện ủy Thanh Bình']],
    ['Theo Ủy ban kiểm tra Trung ương, vi phạm là nghiêm trọng.', ['Ủy ban kiểm tra Trung ương']],
    ['Theo Trung tâm Dự báo Khí tượng Thủy văn Trung ương, đêm nay mưa to.', ['Trung tâm Dự báo Khí tượng Thủy văn Trung ương']],
    // (in lower case too, when the remit runs to the central or national level with no function word, place or head)
    ['Theo dự báo của Trung tâm dự báo khí tượng thủy văn Trung ương, trời rét.', ['Trung tâm dự báo khí tượng thủy văn Trung ương']],
    ['Trung tâm khí tượng và thủy văn Trung ương dự báo mưa lớn.', ['Trung tâm khí tượng và thủy văn Trung ương']],
    ['Trung tâm dự báo KTTV T.Ư cho biết trời rét.', ['Trung tâm dự báo KTTV T.Ư']],
    ['Ông Phúc, Phó giám đốc Trung tâm hiến ghép tạng Quốc gia trao hoa.', ['Trung tâm hiến ghép tạng Quốc gia']],
    // (not a cause after "vì", a venue's remit, a foreign country's centre, or a remit that a place breaks)
    ['Chủ tịch Trung tâm vì quyền lợi quốc gia ở Washington nhận định.', []],
    ['Trung tâm văn hóa quốc gia tổ chức lễ hội.', []],
    ['Theo Trung tâm giám sát động đất quốc gia Pakistan, dư chấn mạnh.', []],
    ['Trung tâm tiếp nhận Hà Nội quốc gia mở cửa.', []],
    ['Chủ tịch Hội đồng châu Âu phát biểu.', ['Hội đồng châu Âu']],
    ['Trung tâm Kiểm soát và Phòng ngừa dịch bệnh Mỹ (CDC) cho biết.', ['Trung tâm Kiểm soát và Phòng ngừa dịch bệnh Mỹ']],
    // mass organizations and state services of a place
    ['Phòng Cảnh sát PCCC và CNCH Công an tỉnh Bình Dương dập lửa.', ['Phòng Cảnh sát PCCC và CNCH Công an tỉnh Bình Dương', 'Công an tỉnh Bình Dương']],
    // two threats a unit fights, joined by "và", and the force it belongs to right after
    ['Đồn Biên phòng Bắc Sơn phối hợp với Đội Đặc nhiệm phòng chống ma túy và tội phạm Bộ đội Biên phòng tỉnh Quảng Ninh bắt giữ.',
      ['Đồn Biên phòng Bắc Sơn', 'Đội Đặc nhiệm phòng chống ma túy và tội phạm Bộ đội Biên phòng tỉnh Quảng Ninh', 'Bộ đội Biên phòng tỉnh Quảng Ninh']],
    ['Phòng Phòng chống ma túy và tội phạm (BĐBP Hà Tĩnh) đã chủ trì.', ['Phòng Phòng chống ma túy và tội phạm']],
    // (not a second body after "và", nor one threat, which is read with what follows it)
    // a fire police unit's rescue remit written out after "và", commas and all, and its force
    ['Phòng Cảnh sát PCCC và cứu nạn cứu hộ Công an tỉnh Long An điều 2 xe chữa cháy.', ['Phòng Cảnh sát PCCC và cứu nạn cứu hộ Công an tỉnh Long An', 'Công an tỉnh Long An']],
    ['Liên hệ Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ để nghiệm thu.', ['Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ']],
    ['Phòng Cảnh sát PCCC và Công an huyện Tân Lạc phối hợp.', ['Phòng Cảnh sát PCCC', 'Công an huyện Tân Lạc']],
    ['Cục Phòng chống ma túy và Công an tỉnh phối hợp.', ['Cục Phòng chống ma túy']],
    ['Đội Đặc nhiệm phòng chống ma túy và Công an huyện Quế Phong phối hợp.', ['Đội Đặc nhiệm', 'Công an huyện Quế Phong']],
    ['Tỉnh đoàn Nghệ An và Thành đoàn TP.HCM cùng Huyện đoàn Quỳnh Lưu tổ chức.', ['Tỉnh đoàn Nghệ An', 'Thành đoàn TP.HCM', 'Huyện đoàn Quỳnh Lưu']],
    ['Tổng Liên đoàn Lao động Việt Nam và Liên đoàn Lao động tỉnh Nghệ An.', ['Tổng Liên đoàn Lao động Việt Nam', 'Liên đoàn Lao động tỉnh Nghệ An']],
    ['Kho bạc Nhà nước tỉnh Bắc Giang chi trả đúng hạn.', ['Kho bạc Nhà nước tỉnh Bắc Giang']],
    // committees, fronts and military commands of a unit written lower-case; a placed unit ends the name
    ['Hồ sơ chuyển đến ủy ban nhân dân xã Tân Lập và tỉnh ủy Nghệ An.', ['ủy ban nhân dân xã Tân Lập', 'tỉnh ủy Nghệ An']],
    ['Chiến sĩ bộ chỉ huy quân sự tỉnh Quảng Bình có mặt.', ['bộ chỉ huy quân sự tỉnh Quảng Bình']],
    ['Vụ việc được mặt trận tổ quốc huyện Can Lộc giám sát.', ['mặt trận tổ quốc huyện Can Lộc']],
    ['Ảnh: Bộ Quốc phòng Mỹ Hãng Sputnik dẫn nguồn tin.', ['Bộ Quốc phòng Mỹ']], // a caption's next sentence
    // a clause's opener after a caption's lost full stop ends the name; a place's last syllable or a title-case name word does not
    ['Hung thủ bị bắt. Ảnh: Công an TP.HCM Trước đó, hắn đã trốn.', ['Công an TP.HCM']],
    ['Ảnh: Công an Điện Biên Theo hồ sơ, hắn đã trốn.', ['Công an Điện Biên']],
    ['Ảnh: Bộ Công Thương Các doanh nghiệp phải nộp.', ['Bộ Công Thương']],
    ['Ảnh: Sở Tài nguyên và Môi trường Kon Tum Với mong muốn giảm ô nhiễm.', ['Sở Tài nguyên và Môi trường Kon Tum']],
    ['Ảnh: Công an TP Thủ Dầu Một cung cấp.', ['Công an TP Thủ Dầu Một']],
    ['Hội Người cao tuổi huyện Như Xuân tổ chức.', ['Hội Người cao tuổi huyện Như Xuân']],
    // a credit, a time of day or a person's honorific after a name closed by its acronym or place opens the next sentence,
    // whatever follows; not inside a place read word by word nor where a place begins
    ['Bản tin của Công an TPHCM Theo Thanh Minh', ['Công an TPHCM']],
    ['Bà Trà về công tác tại Văn phòng Bộ TT&TT Chiều ngày 7/6/2017, hội nghị diễn ra.', ['Văn phòng Bộ TT&TT', 'Bộ TT&TT']],
    ['Ông Duy được bầu làm Chủ tịch UBND tỉnh Yên Bái Ông Đỗ Đức Duy sinh năm 1970.', ['UBND tỉnh Yên Bái']],
    ['Phòng Giáo dục quận Hai Bà Trưng tổ chức hội thi.', ['Phòng Giáo dục quận Hai Bà Trưng']],
    ['Sở GD&ĐT Bà Rịa - Vũng Tàu tổ chức hội thi.', ['Sở GD&ĐT Bà Rịa - Vũng Tàu']],
    ['Tổ chức Theo dõi Nhân quyền công bố báo cáo.', ['Tổ chức Theo dõi Nhân quyền']],
    ['Cán bộ Công an tỉnh Sóc Trăng Việc học tập và làm theo tấm gương của Bác.', ['Công an tỉnh Sóc Trăng']],
    ['Đại diện Cảng vụ Hải Phòng Do thời tiết xấu, tàu phải neo.', ['Cảng vụ Hải Phòng']],
    ['Ông Lam, Cục trưởng Cục Việc làm cho biết.', ['Cục Việc làm']],
    ['Liên minh Do Thái thế giới lên tiếng.', ['Liên minh Do Thái thế giới']],
    // a province's delegation of deputies written lower-case before its unit; a foreign parliament's visiting one is no body
    ['ĐBQH Lưu Bình Nhưỡng, đoàn ĐBQH tỉnh Bến Tre, cho biết.', ['đoàn ĐBQH tỉnh Bến Tre']],
    ['ĐBQH Trịnh Ngọc Thúy, đoàn ĐBQH TP.HCM. Bà cho biết.', ['đoàn ĐBQH TP.HCM']],
    ['Các vị trong đoàn đại biểu Quốc hội thành phố Hà Nội đồng tình.', ['đoàn đại biểu Quốc hội thành phố Hà Nội', 'Quốc hội']],
    ['Chủ tịch nước tiếp đoàn đại biểu Quốc hội Cuba.', ['Quốc hội Cuba']],
    ['Trưởng Ban Tổ chức T.Ư dự lễ.', ['Ban Tổ chức T.Ư']],
    // a parent force with a level and no place names no one body
    ['Ông A, Thủ trưởng Cơ quan CSĐT Công an tỉnh cho biết.', []],
    ['Theo Viện KSND tỉnh Bình Dương, hồ sơ đã trả.', ['Viện KSND tỉnh Bình Dương']],
    ['Theo cơ quan CSĐT Công an huyện Kiến Thụy, vụ việc đang được làm rõ.', ['cơ quan CSĐT Công an huyện Kiến Thụy', 'Công an huyện Kiến Thụy']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
  it('a unit code inside the name is kept by the mention and left out of the name', () => {
    const text = 'Phòng Cảnh sát hình sự (PC45) Công an tỉnh Tiền Giang cho biết.';
    const [a] = agenciesOf(text);
    expect(a.name).toBe('Phòng Cảnh sát hình sự Công an tỉnh Tiền Giang');
    expect(a.aliases).toContain('PC45');
    for (const m of a.mentions) expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
    expect(a.mentions[0].text).toBe('Phòng Cảnh sát hình sự (PC45) Công an tỉnh Tiền Giang');
  });
  it('TP.Cần Thơ and TP. Cần Thơ, Phòng Giáo dục and Phòng Giáo dục và Đào tạo are one body each', () => {
    const a = agenciesOf('Công an TP.Cần Thơ phối hợp. Công an TP. Cần Thơ cho biết. Phòng Giáo dục quận Hai Bà Trưng chỉ đạo. Phòng Giáo dục và Đào tạo quận Hai Bà Trưng xác nhận.');
    expect(a.map((x) => [x.name, x.aliases])).toEqual([
      ['Công an TP. Cần Thơ', ['Công an TP.Cần Thơ']],
      ['Phòng Giáo dục và Đào tạo quận Hai Bà Trưng', ['Phòng Giáo dục quận Hai Bà Trưng']],
    ]);
  });
});

describe('names with listed fields, owners, country pairs, arms and remits', () => {
  const table: [string, string[]][] = [
    // fields listed with "và" and commas inside one name; a Vietnamese ministry after "và" is a second ministry
    ['Ông là Bộ trưởng Bộ Năng lượng và Mỏ của nước bạn.', ['Bộ Năng lượng và Mỏ']],
    ['Đại diện Bộ Công chính và Vận tải Lào có mặt.', ['Bộ Công chính và Vận tải Lào']],
    ['Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng đã thẩm tra dự luật.', ['Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng']],
    ['Bộ Công an và Quốc phòng đã thống nhất.', ['Bộ Công an']],
    ['Bộ Tài chính và Ngân hàng Nhà nước cùng báo cáo.', ['Bộ Tài chính', 'Ngân hàng Nhà nước']],
    // a department's listed remits (inspection, quarantine, broadcasting, general affairs), an item of two fields
    ['Tổng cục Quản lý Chất lượng, Kiểm tra và Kiểm dịch ban hành tiêu chuẩn.', ['Tổng cục Quản lý Chất lượng, Kiểm tra và Kiểm dịch']],
    ['Tổng cục Giám sát, Kiểm tra Chất lượng và Kiểm dịch quốc gia Trung Quốc cảnh báo.', ['Tổng cục Giám sát, Kiểm tra Chất lượng và Kiểm dịch quốc gia Trung Quốc']],
    ['Theo Cục Phát thanh, Truyền hình và Thông tin điện tử, việc này sai.', ['Cục Phát thanh, Truyền hình và Thông tin điện tử']],
    ['Ông B, Vụ trưởng Vụ Kế hoạch, Tài chính và Tổng hợp được giao nhiệm vụ.', ['Vụ Kế hoạch, Tài chính và Tổng hợp']],
    // (a committee's or department's later fields in lower case, closed by "và"; not an association's, nor a field list closed by no field)
    ['Ông Phan Xuân Dũng, Chủ nhiệm Ủy ban Khoa học, công nghệ và môi trường của Quốc hội cho biết.', ['Ủy ban Khoa học, công nghệ và môi trường của Quốc hội', 'Quốc hội']],
    ['Ủy ban Văn hóa, giáo dục, thanh niên, thiếu niên và nhi đồng của Quốc hội thẩm tra.', ['Ủy ban Văn hóa, giáo dục, thanh niên, thiếu niên và nhi đồng của Quốc hội', 'Quốc hội']],
    ['Theo Cục Phát thanh, truyền hình và thông tin điện tử, việc này sai.', ['Cục Phát thanh, truyền hình và thông tin điện tử']],
    ['Ủy ban Văn hóa, Giáo dục, Thanh niên, thiếu niên và nhi đồng của Quốc hội đã họp.', ['Ủy ban Văn hóa, Giáo dục, Thanh niên, thiếu niên và nhi đồng của Quốc hội', 'Quốc hội']],
    ['Ủy ban Văn hóa, Giáo dục, Thanh thiếu niên và Nhi đồng của Quốc hội đã họp.', ['Ủy ban Văn hóa, Giáo dục, Thanh thiếu niên và Nhi đồng của Quốc hội', 'Quốc hội']],
    ['Ông Nguyễn Đức Hải, Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội cho biết.', ['Ủy ban Tài chính, Ngân sách của Quốc hội', 'Quốc hội']],
    ['Ủy ban Khoa học công nghệ và môi trường của Quốc hội đã họp.', ['Ủy ban Khoa học công nghệ và môi trường của Quốc hội', 'Quốc hội']],
    ['Cục Thuế và hải quan tỉnh phối hợp.', ['Cục Thuế']],
    ['Ủy ban Kinh tế, Ủy ban Tài chính đã họp.', ['Ủy ban Kinh tế', 'Ủy ban Tài chính']],
    ['Hội Phụ nữ, thanh niên và nông dân xã đã tham gia.', ['Hội Phụ nữ']],
    ['Ủy ban Kinh tế, các bộ và ngành đã họp.', ['Ủy ban Kinh tế']],
    // (not a list of bodies: a body's head after the comma opens the next one; a field with no place names no body)
    ['Cục Quản lý chất lượng, Bộ Giáo dục và Đào tạo nhận được đơn.', ['Cục Quản lý chất lượng', 'Bộ Giáo dục và Đào tạo']],
    ['Sở Nông nghiệp và PTNT, Chi cục Chăn nuôi và Thú y phối hợp.', []],
    // "của" and whose body it is
    ['Ủy ban Tư pháp của Quốc hội họp phiên toàn thể.', ['Ủy ban Tư pháp của Quốc hội', 'Quốc hội']],
    ['Cơ quan phòng thủ tên lửa của Mỹ vừa thử thành công.', ['Cơ quan phòng thủ tên lửa của Mỹ']],
    ['Cơ quan quản lý Thực phẩm và Dược phẩm của Mỹ cấm loại thuốc này.', ['Cơ quan quản lý Thực phẩm và Dược phẩm của Mỹ']],
    // (a chamber's other names: the Federation Council, the State Duma, a parliament)
    ['Chủ tịch Ủy ban Đối ngoại của Hội đồng Liên bang (Thượng viện Nga) Konstantin Kossatchev tuyên bố.', ['Ủy ban Đối ngoại của Hội đồng Liên bang', 'Hội đồng Liên bang', 'Thượng viện Nga']],
    ['Phó chủ tịch Ủy ban Quốc phòng của Duma Quốc gia Yuriy Shvytkin nói với Sputnik.', ['Ủy ban Quốc phòng của Duma Quốc gia']],
    ['Ủy ban Đối ngoại của Nghị viện châu Âu vừa ra báo cáo.', ['Ủy ban Đối ngoại của Nghị viện châu Âu', 'Nghị viện châu Âu']],
    // (not a body owning another: a chamber's lower-case word, "của" a member's)
    ['Ủy ban Đối ngoại của nghị viện nhiều nước phản đối.', ['Ủy ban Đối ngoại']],
    // a dash inside a province's or a bilateral body's name stays, however spaced
    ['Ông là Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu.', ['UBND tỉnh Bà Rịa - Vũng Tàu']],
    ['Tỉnh ủy tỉnh Bà Rịa -Vũng Tàu ra nghị quyết.', ['Tỉnh ủy tỉnh Bà Rịa -Vũng Tàu']],
    ['Kỳ họp của Ủy ban liên Chính phủ Việt Nam - Campuchia khai mạc.', ['Ủy ban liên Chính phủ Việt Nam - Campuchia']],
    ['Ủy ban hợp tác Lào - Việt Nam tổ chức gặp mặt.', ['Ủy ban hợp tác Lào - Việt Nam']],
    ['Hội hữu nghị Việt Nam - Campuchia trao quà.', ['Hội hữu nghị Việt Nam - Campuchia']],
    // numbered units with their arm in lower case, upper or lower head
    ['Binh sĩ của Trung đoàn pháo binh số 12 tham gia.', ['Trung đoàn pháo binh số 12']],
    ['Quân đội điều lữ đoàn cơ giới đổ bộ đường không số 25 tới.', ['lữ đoàn cơ giới đổ bộ đường không số 25']],
    ['Máy bay của Không đoàn tiêm kích số 20 và 21 cất cánh.', ['Không đoàn tiêm kích số 20 và 21']],
    // a sub-unit closed by its police force; a department's sector running on in sentence case
    ['Đội CSĐT tổng hợp Công an quận 3 đã có mặt.', ['Đội CSĐT tổng hợp Công an quận 3', 'Công an quận 3']],
    ['Phòng Cảnh sát Hình sự Công an tỉnh Bắc Giang điều tra làm rõ.', ['Phòng Cảnh sát Hình sự Công an tỉnh Bắc Giang', 'Công an tỉnh Bắc Giang']],
    ['Vụ trưởng Vụ Công nghiệp nhẹ cho biết như vậy.', ['Vụ Công nghiệp nhẹ']],
    // well-known bodies named without a further name; nationwide organizations alone
    ['Kiểm toán Nhà nước đã kiến nghị thu hồi.', ['Kiểm toán Nhà nước']],
    ['Ngân hàng Nhà nước điều chỉnh lãi suất.', ['Ngân hàng Nhà nước']],
    ['Hội Nông dân và Hội Người cao tuổi cùng ra quân dọn vệ sinh.', ['Hội Nông dân', 'Hội Người cao tuổi']],
    ['Anh là cán bộ trong lực lượng Công an nhân dân.', ['Công an nhân dân']],
    ['Hạt Kiểm lâm huyện Mường Lát tuần tra rừng.', ['Hạt Kiểm lâm huyện Mường Lát']],
    ['Cảng vụ Hàng hải Quảng Ninh cấm tàu ra khơi.', ['Cảng vụ Hàng hải Quảng Ninh']],
    ['Sở cảnh sát thủ đô Paris phong tỏa hiện trường.', ['Sở cảnh sát thủ đô Paris']],
    // (the army's "chính phủ" is whose army it is, no government acting: the golds take none of four such)
    ['Giao tranh giữa quân đội chính phủ Syria và phiến quân.', ['quân đội chính phủ Syria']],
    ['Ban quản lý vịnh Nha Trang họp báo.', ['Ban quản lý vịnh Nha Trang']],
    // working groups of international forums, named by their remit
    ['Cuộc họp của Nhóm công tác về thương mại điện tử bắt đầu.', ['Nhóm công tác về thương mại điện tử']],
    ['Tiểu ban về tiêu chuẩn và hợp chuẩn; các nhóm khác cũng họp.', ['Tiểu ban về tiêu chuẩn và hợp chuẩn']],
    // joint, national and intergovernmental committees whose remit closes with the pair of countries they serve
    ['Kỳ họp Ủy ban Hỗn hợp về Hợp tác Kinh tế Việt Nam – Italy được ký nhân chuyến thăm.', ['Ủy ban Hỗn hợp về Hợp tác Kinh tế Việt Nam – Italy']],
    ['Kỳ họp lần thứ 39 Ủy ban liên Chính phủ về hợp tác song phương Việt Nam-Lào diễn ra.', ['Ủy ban liên Chính phủ về hợp tác song phương Việt Nam-Lào']],
    // (a remit in sentence case with no country after it is not read: the name stops at its qualifier)
    ['Ủy ban Hỗn hợp về Thương mại và Đầu tư đã họp.', ['Ủy ban Hỗn hợp']],
    // two countries glued by a dash close the name as one country does; a verb after them is the sentence's
    ['Những thành tựu ấy sẽ được Hội Hữu nghị Việt Nam-Cuba kế thừa và phát huy.', ['Hội Hữu nghị Việt Nam-Cuba']],
    ['Kỳ họp Ủy ban liên Chính phủ Việt-Lào diễn ra hôm qua.', ['Ủy ban liên Chính phủ Việt-Lào']],
    ['Hội Hữu nghị Việt Nam-Cuba tỉnh Nghệ An tổ chức mít tinh.', ['Hội Hữu nghị Việt Nam-Cuba tỉnh Nghệ An']],
    // the investigation body named by law, written lower-case before its force; a mass organization's central level
    ['Hiện cơ quan Cảnh sát điều tra Công an tỉnh Ninh Bình đang tạm giữ.', ['cơ quan Cảnh sát điều tra Công an tỉnh Ninh Bình', 'Công an tỉnh Ninh Bình']],
    ['Giải do Trung ương Hội Nông dân Việt Nam chủ trì.', ['Trung ương Hội Nông dân Việt Nam', 'Hội Nông dân Việt Nam']],
    // a project board's long remit before its capitalised name; a delegation of deputies inside an office's name
    ['Ông là Giám đốc Ban quản lý dự án đầu tư xây dựng hệ thống cấp nước Sông Hồng, cho biết.', ['Ban quản lý dự án đầu tư xây dựng hệ thống cấp nước Sông Hồng']],
    ['Văn phòng Đoàn ĐB Quốc hội tỉnh Nam Định đã tiếp nhận.', ['Văn phòng Đoàn ĐB Quốc hội tỉnh Nam Định', 'Đoàn ĐB Quốc hội tỉnh Nam Định', 'Quốc hội']],
    ['Văn phòng Tổng Chưởng lý bang Texas cho biết.', ['Văn phòng Tổng Chưởng lý bang Texas']],
    ['Văn phòng Tỉnh trưởng tỉnh Sirnak cho biết chiếc trực thăng gặp nạn.', ['Văn phòng Tỉnh trưởng tỉnh Sirnak']],
    // a border post named by its crossing; a sentence-case name closed by its acronym; "quản lý" and a capitalised field
    ['Đồn Biên phòng cửa khẩu Lao Bảo bắt giữ đối tượng.', ['Đồn Biên phòng cửa khẩu Lao Bảo']],
    ['Tổ chức các nước xuất khẩu dầu mỏ (OPEC) nhất trí giảm sản lượng.', ['Tổ chức các nước xuất khẩu dầu mỏ']],
    ['Cục quản lý Dược đã thu hồi giấy phép.', ['Cục quản lý Dược']],
    ['Ban quản lý dự án đường sắt (Bộ GTVT) lên tiếng.', ['Ban quản lý dự án đường sắt', 'Bộ GTVT']],
    ['Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An tổ chức gặp mặt.', ['Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An']],
    // a place whose first word is a broadcaster's head; a long remit does not run on to a verb
    ['Trưởng Văn phòng Kinh tế và Văn hóa Đài Bắc phát biểu.', ['Văn phòng Kinh tế và Văn hóa Đài Bắc']],
    ['Cục Quản lý xuất nhập cảnh xem xét, giải quyết hồ sơ.', ['Cục Quản lý xuất nhập cảnh']],
    ['Theo định hướng của Thanh tra Chính phủ và Kế hoạch thanh tra năm nay.', ['Thanh tra Chính phủ', 'Chính phủ']],
    // associations and federations in sentence case, closed by their place; a circuit court by its number; the services
    ['Hội nhà báo tỉnh Lào Cai tổ chức hội thảo.', ['Hội nhà báo tỉnh Lào Cai']],
    ['Liên đoàn quần vợt Việt Nam đã chốt danh sách.', ['Liên đoàn quần vợt Việt Nam']],
    ['Tòa phúc thẩm liên bang khu vực 4 giữ nguyên phán quyết.', ['Tòa phúc thẩm liên bang khu vực 4']],
    ['Chính ủy Quân chủng Phòng không – Không quân dự lễ.', ['Quân chủng Phòng không – Không quân']],
    // (one force, written with its "lực lượng" or not)
    ['Máy bay của lực lượng Không quân Vũ trụ Nga không kích.', ['lực lượng Không quân Vũ trụ Nga']],
    // disaster-response commands and state offices named in sentence case before their place
    ['Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh Quảng Trị yêu cầu sơ tán.', ['Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh Quảng Trị']],
    ['Văn phòng đăng ký đất đai tỉnh Long An trả hồ sơ.', ['Văn phòng đăng ký đất đai tỉnh Long An']],
    ['Theo Cục Bản quyền tác giả, đơn đã được tiếp nhận.', ['Cục Bản quyền tác giả']],
    ['Hiệp hội Doanh nghiệp châu Âu (EuroCham) kiến nghị.', ['Hiệp hội Doanh nghiệp châu Âu']],
    ['Hội hữu nghị Việt - Trung và Hội Hữu nghị đối ngoại nhân dân Trung Quốc gặp mặt.', ['Hội hữu nghị Việt - Trung', 'Hội Hữu nghị đối ngoại nhân dân Trung Quốc']],
    // a bilateral body's lower-case kind, then its two countries as short forms or glued by a dash
    ['Hai nước tận dụng sức mạnh của Ủy ban hợp tác Việt - Trung, kết hợp chiến lược phát triển.', ['Ủy ban hợp tác Việt - Trung']],
    ['Bà Khampheuy Keokinnaly, Phó Chủ tịch Ủy ban hợp tác Lào-Việt Nam, dự tiệc.', ['Ủy ban hợp tác Lào-Việt Nam']],
    ['Chủ tịch Ủy ban đoàn kết Ấn Độ-Việt Nam bang Tây Bengal phát biểu khai mạc.', ['Ủy ban đoàn kết Ấn Độ-Việt Nam']],
    ['Hội doanh nghiệp Hàn-Việt tổ chức hội thảo.', ['Hội doanh nghiệp Hàn-Việt']],
    // a second lower-case field after "và" closed by the city written "TP" (its dot no sentence's end); a dot before anything else still closes
    ['Ông Đặng Văn Khoa, chủ tịch Hội Bảo vệ thiên nhiên và môi trường TP. Hồ Chí Minh, nhận định.', ['Hội Bảo vệ thiên nhiên và môi trường TP. Hồ Chí Minh']],
    ['Hiệp hội Xe khách liên tỉnh và du lịch TP Hồ Chí Minh kiến nghị.', ['Hiệp hội Xe khách liên tỉnh và du lịch TP Hồ Chí Minh']],
    ['Phòng Quản lý thi và kiểm định chất lượng TP. Sau đó ông về nhà.', ['Phòng Quản lý thi']],
    // "hồi sức cấp cứu" is one field, its "cấp" no stop
    ['GS Nguyễn Gia Bình, Chủ tịch Hội Hồi sức cấp cứu và chống độc Việt Nam, lên tiếng.', ['Hội Hồi sức cấp cứu và chống độc Việt Nam']],
    ['Hội Hồi sức cấp cứu Việt Nam kiến nghị.', ['Hội Hồi sức cấp cứu Việt Nam']],
    // a province whose first word opens sentences ("Bà"), after a lower-case word of the name; a person after it still closes it
    ['Ông Trần Văn Danh, Cục trưởng Cục Hải quan Bà Rịa - Vũng Tàu, xác nhận với báo chí.', ['Cục Hải quan Bà Rịa - Vũng Tàu']],
    ['Chi cục Hải quan Bà Rịa-Vũng Tàu đã kiểm tra lô hàng.', ['Chi cục Hải quan Bà Rịa-Vũng Tàu']],
    ['Theo Cục Hải quan Bà Nguyễn Thị An cho biết lô hàng đã về.', ['Cục Hải quan']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });

  const notBodies: string[] = [
    'Theo Báo Công an nhân dân, vụ việc đang được làm rõ.',
    'Nhóm tiêu chí về chất lượng được chấm điểm.',
    'Thủ tướng Liên hiệp Vương quốc Anh phát biểu.',
    'Ban quản lý thôn Đông Xá họp dân.',
    'Phó trưởng Ban Tổ chức Chương trình Vì người nghèo phát biểu.',
    'Hội thảo khoa học Việt Nam học lần thứ năm khai mạc.',
    'Trận đấu tại Liên đoàn giữa Liverpool và Arsenal.',
    'Văn phòng đại diện Samsung tại Hà Nội tuyển dụng.',
    // a body named inside a publisher's name of three words, or after its acronym in brackets
    'Cuốn sách do Nhà xuất bản Hội Nhà văn phát hành.',
    'Tác phẩm in tại Nhà xuất bản Công an nhân dân năm 2003.',
    'Cục vừa có công văn gửi Nhà Xuất bản (NXB) Hội Nhà văn yêu cầu thu hồi cuốn sách.',
  ];
  it.each(notBodies)('%s', (text) => {
    expect(namesOf(text)).toEqual([]);
  });

  it('spells out the police, market and project acronyms when keying (QLTT, CSMT, QLDA)', () => {
    const a = agenciesOf('Cục Quản lý thị trường tỉnh Nam Định và Cục QLTT tỉnh Nam Định phối hợp với Đội CSMT Công an huyện Ý Yên, tức Đội Cảnh sát môi trường Công an huyện Ý Yên.');
    expect(a.map((x) => [x.name, x.aliases])).toEqual([
      ['Cục Quản lý thị trường tỉnh Nam Định', ['Cục QLTT tỉnh Nam Định']],
      ['Đội Cảnh sát môi trường Công an huyện Ý Yên', ['Đội CSMT Công an huyện Ý Yên']],
      ['Công an huyện Ý Yên', []],
    ]);
  });

  it('merges a numbered unit named with fewer of its arm\'s words into the fuller name of the same number', () => {
    const a = agenciesOf('Lữ đoàn bộ binh cơ giới số 93 rút khỏi thị trấn. Sau đó lữ đoàn cơ giới số 93 và lữ đoàn cơ giới số 17 tái chiếm.');
    expect(a.map((x) => [x.name, x.aliases])).toEqual([
      ['Lữ đoàn bộ binh cơ giới số 93', ['lữ đoàn cơ giới số 93']],
      ['lữ đoàn cơ giới số 17', []],
    ]);
  });

  it('takes the head written with a bracketed acronym as the same body, but not a place in brackets', () => {
    const a = agenciesOf('Cục trưởng Cục Nghệ thuật Biểu diễn (NTBD) cho biết, Cục NTBD đã có văn bản. UBND Q.1 (TP.HCM) ra quân; UBND TP.HCM chỉ đạo.');
    expect(a.map((x) => [x.name, x.aliases])).toEqual([
      ['Cục Nghệ thuật Biểu diễn', ['NTBD', 'Cục NTBD']],
      ['UBND Q.1', []],
      ['UBND TP.HCM', []],
    ]);
  });

  it('keys a field written by its acronym and VN as the expanded name', () => {
    const a = agenciesOf('Ông Hồng, Cục trưởng Cục Đường thủy nội địa Việt Nam cho biết, Cục ĐTNĐ VN đã ký.');
    expect(a.map((x) => [x.name, x.aliases])).toEqual([['Cục Đường thủy nội địa Việt Nam', ['Cục ĐTNĐ VN']]]);
  });

  it('keys "Q." with its full stop as "quận"', () => {
    const a = agenciesOf('Bà đến công an Q. Tân Phú trình báo. Công an quận Tân Phú vào cuộc.');
    expect(a.map((x) => [x.name, x.aliases])).toEqual([['Công an quận Tân Phú', ['công an Q. Tân Phú']]]);
  });

  it('keys a lower-case "tư" as a word, not the acronym TƯ', () => {
    const a = agenciesOf('Theo Bộ KH&ĐT, Bộ Kế hoạch và đầu tư đã đề nghị.');
    expect(a.map((x) => [x.name, x.aliases])).toEqual([['Bộ Kế hoạch và đầu tư', ['Bộ KH&ĐT']]]);
  });
});

describe('second fields after "và", paired modes, a body\'s next act, standing posts', () => {
  const table: [string, string[]][] = [
    // a second lower-case field after "và", closed by punctuation or by the place served
    ['Bà là Trưởng phòng Quản lý thi và kiểm định chất lượng giáo dục, Sở GD-ĐT Hà Nội.', ['phòng Quản lý thi và kiểm định chất lượng giáo dục', 'Sở GD-ĐT Hà Nội']],
    ['Ông A, Phó Chủ tịch Hiệp hội Xe khách liên tỉnh và du lịch TP.HCM cho biết.', ['Hiệp hội Xe khách liên tỉnh và du lịch TP.HCM']],
    ['Chi cục Quản lý chất lượng Nông lâm sản và thủy sản Quảng Ngãi vừa cho biết.', ['Chi cục Quản lý chất lượng Nông lâm sản và thủy sản Quảng Ngãi']],
    // a province's branch joins a capitalised second field as its Cục does; two bodies in sentence case stay two
    ['Ông Chuyên, Chi cục trưởng Chi cục Chăn nuôi và Thú y tỉnh Đắk Lắk cho biết.', ['Chi cục Chăn nuôi và Thú y tỉnh Đắk Lắk']],
    ['Chi cục Đê điều và Phòng chống lụt bão Hà Nội đã kiểm tra.', ['Chi cục Đê điều và Phòng chống lụt bão Hà Nội']],
    ['Theo Chi cục Trồng trọt và Bảo vệ thực vật Quảng Trị, dịch đã giảm.', ['Chi cục Trồng trọt và Bảo vệ thực vật Quảng Trị']],
    // (a type and a sector, no body of its own: nor is the treasury read into it)
    ['Chi cục Thuế và Kho bạc Nhà nước huyện phối hợp thu.', []],
    ['Chi cục Thuế và Kho bạc Nhà nước huyện Nam Đàn phối hợp thu.', ['Kho bạc Nhà nước huyện Nam Đàn']],
    // a second field led by "quản lý" and closed by the body it belongs to, right after, after a comma or after "thuộc"
    ['Bà Hoa, Trưởng phòng Giáo dục thường xuyên và quản lý chất lượng Sở GD-ĐT Long An cho biết.', ['phòng Giáo dục thường xuyên và quản lý chất lượng', 'Sở GD-ĐT Long An']],
    ['Theo Cục Khảo thí và quản lý chất lượng, Bộ GD&ĐT vừa ban hành hướng dẫn.', ['Cục Khảo thí và quản lý chất lượng', 'Bộ GD&ĐT']],
    ['Ông Ivanov, thành viên Ủy ban Quốc phòng và an ninh thuộc Hội đồng Liên bang Nga nói.', ['Ủy ban Quốc phòng và an ninh', 'Hội đồng Liên bang Nga']],
    // "Phòng" or "Hội" right after "Quốc" is "quốc phòng" or "quốc hội" written in capitals, no office or association of its own
    ['Theo Bộ Quốc Phòng Nhật Bản, vụ thử thành công.', ['Bộ Quốc Phòng Nhật Bản']],
    ['Bộ trưởng Quốc Phòng Mỹ James Mattis đã đến Litva.', []],
    ['Theo Phòng Thương mại Trung Quốc, giá tăng.', ['Phòng Thương mại Trung Quốc']],
    // a second capitalised field after one lower-case syllable, closed by a function word, a dash before the parent,
    // the country served or the parent body named right after (which the name keeps)
    ['Cục Quan hệ lao động và Tiền lương được thành lập trên cơ sở hợp nhất.', ['Cục Quan hệ lao động và Tiền lương']],
    ['Ủy ban Chứng khoán và Hối đoái Mỹ cho biết cơ quan này đã điều tra.', ['Ủy ban Chứng khoán và Hối đoái Mỹ']],
    ['Ông A, Cục trưởng Cục Phát thanh truyền hình và Thông tin điện tử - Bộ TT&TT cho biết.', ['Cục Phát thanh truyền hình và Thông tin điện tử', 'Bộ TT&TT']],
    ['Ông Ozerov, Chủ tịch Ủy ban Chính sách đối ngoại và An ninh quốc gia Quốc hội Iran nói.', ['Ủy ban Chính sách đối ngoại và An ninh quốc gia Quốc hội Iran', 'Quốc hội Iran']],
    ['Ban Quản lý Di tích và Rừng Quốc gia Yên Tử nhận định.', ['Ban Quản lý Di tích và Rừng Quốc gia Yên Tử']],
    // (a first field that ends on a capital too, when the second one closes as a whole)
    ['Ông Tuấn, Cục trưởng Cục Công tác Đảng và Công tác quần chúng cho biết.', ['Cục Công tác Đảng và Công tác quần chúng']],
    ['Ủy ban Bảo tồn Cá và Động vật Hoang dã Florida (FWC) cho biết.', ['Ủy ban Bảo tồn Cá và Động vật Hoang dã Florida']],
    ['Chỉ thị 11 của Ban Bí thư và Chỉ thị 33 của Chính phủ vẫn còn hiệu lực.', ['Ban Bí thư', 'Chính phủ']],
    ['Tổng cục Du lịch và Hiệp hội Du lịch TP Đà Nẵng đã họp.', ['Tổng cục Du lịch', 'Hiệp hội Du lịch TP Đà Nẵng']],
    // (a first field closed by a capital, or a body or a hospital after "và": two bodies)
    ['Cục Thuế và Hải quan phối hợp kiểm tra.', ['Cục Thuế']],
    ['Cục Quản lý dược và Bệnh viện Bạch Mai đã ký kết.', ['Cục Quản lý dược']],
    // (no closing mark after the second field: it is another subject)
    ['Phòng Pháp chế và kế hoạch huyện đã làm.', ['Phòng Pháp chế']],
    ['Cục Thú y và quản lý thị trường đã kiểm tra.', ['Cục Thú y']],
    // a listed remit (a comma among its words) closed by the nation it serves; not after a name already closed by "Quốc gia"
    ['Gia đình gọi tới Trung tâm Điều phối hiến, ghép mô quốc gia để xin hiến tạng.', ['Trung tâm Điều phối hiến, ghép mô quốc gia']],
    ['Ông Huệ chủ trì họp Hội đồng Tư vấn chính sách tài chính, tiền tệ quốc gia chiều qua.', ['Hội đồng Tư vấn chính sách tài chính, tiền tệ quốc gia']],
    ['Lệnh cấm của Cơ quan Quản lý điện ảnh, truyền hình và phát thanh Trung Quốc kéo dài 3 năm.', ['Cơ quan Quản lý điện ảnh, truyền hình và phát thanh Trung Quốc']],
    ['Theo bài viết cho Cục Nghiên cứu châu Á Quốc gia, chế độ Triều Tiên sẽ sụp đổ.', ['Cục Nghiên cứu châu Á Quốc gia']],
    // a numbered steering committee with the level word alone is that province's or district's; "cấp tỉnh" is every one's
    ['Ông Hải, Trưởng Ban Chỉ đạo 389 tỉnh cho biết số vụ buôn lậu giảm.', ['Ban Chỉ đạo 389 tỉnh']],
    ['Ban Chỉ đạo 389 tỉnh Nghệ An đã họp.', ['Ban Chỉ đạo 389 tỉnh Nghệ An']],
    ['Văn bản do Trưởng Ban Chỉ đạo 896 cấp tỉnh ký.', ['Ban Chỉ đạo 896']],
    ['Ban chỉ đạo 389 các huyện đã họp.', ['Ban chỉ đạo 389']],
    // one traffic police unit for two modes
    ['Theo Phòng CSGT đường bộ, đường sắt Công an tỉnh Nghệ An, xe đã bị giữ.', ['Phòng CSGT đường bộ, đường sắt', 'Công an tỉnh Nghệ An']],
    ['Lãnh đạo Phòng Cảnh sát giao thông đường bộ - đường sắt (Công an tỉnh Đồng Nai) cho biết.', ['Phòng Cảnh sát giao thông đường bộ - đường sắt', 'Công an tỉnh Đồng Nai']],
    // what the body does next is no part of its name
    ['CAH Tương Dương phối hợp với Ban CAX Tam Quang xác minh, lấy lời khai.', ['CAH Tương Dương', 'Ban CAX Tam Quang']],
    ['Phòng Công thương quyết toán sai nhiều hạng mục.', ['Phòng Công thương']],
    // an abbreviated level word with its full stop and a space, capitalised or lower-case head
    ['Ông ấy đến công an Q. Gò Vấp trình báo.', ['công an Q. Gò Vấp']],
    ['Chủ tịch UBND H. Phù Cát ký quyết định.', ['UBND H. Phù Cát']],
    ['Anh đến Công an TP. Pleiku trình báo.', ['Công an TP. Pleiku']],
    ['Ông là Trưởng Công an P. Bến Nghé, Q. 1.', ['Công an P. Bến Nghé']],
    // (a sentence opener after "TP." is no name)
    ['Theo Công an TP. Hiện nay vụ việc đã rõ.', []],
    // a unit's inspectorate written lower-case
    ['Kết luận của thanh tra tỉnh Quảng Ngãi cho thấy sai phạm.', ['thanh tra tỉnh Quảng Ngãi']],
    // associations, chambers and academies named in sentence case, closed by where they sit
    ['Hiệp hội doanh nghiệp Nhật Bản tại Việt Nam cho biết.', ['Hiệp hội doanh nghiệp Nhật Bản tại Việt Nam']],
    ['Tổng thương hội Trung Hoa tại Hongkong đã họp.', ['Tổng thương hội Trung Hoa tại Hongkong']],
    ['Ông là Chủ tịch Viện Hàn lâm khoa học công nghệ VN.', ['Viện Hàn lâm khoa học công nghệ VN']],
    // a head of state's office, the old government's name, the party's regional committees
    ['Phủ tổng thống Hàn Quốc cho biết.', ['Phủ tổng thống Hàn Quốc']],
    ['Theo Hội đồng Bộ trưởng, quyết định có hiệu lực.', ['Hội đồng Bộ trưởng']],
    ['Ông từng là Bí thư Xứ ủy Nam kỳ.', ['Xứ ủy Nam kỳ']],
    // a foreign communist party's central committee in full; the city "Ban Mê" and member federations are no body
    ['Ban chấp hành Trung ương Đảng Cộng sản Trung Quốc họp.', ['Ban chấp hành Trung ương Đảng Cộng sản Trung Quốc', 'Đảng Cộng sản Trung Quốc']],
    ['Cà phê Ban Mê nổi tiếng khắp nơi.', []],
    ['Cuộc họp các Liên đoàn thành viên Đông Nam Á, tại Nha Trang.', []],
    // "Chánh Văn phòng" is a post: the body is the one whose office it heads (not an office named after a post)
    // (a people's committee's, council's or party committee's office named with its place is a body of its own, in either case;
    // a department's is not, nor one whose parent names no place)
    ['Chánh Văn phòng UBND TP.HCM Võ Văn Hoan thông tin.', ['Văn phòng UBND TP.HCM', 'UBND TP.HCM']],
    ['Ông Võ Văn Hoan, Chánh văn phòng UBND TP HCM, đã thông tin rõ.', ['văn phòng UBND TP HCM', 'UBND TP HCM']],
    ['Ông Lê Hoàng Đức - Phó Chánh văn phòng UBND quận Hai Bà Trưng (Hà Nội), cho hay.', ['văn phòng UBND quận Hai Bà Trưng', 'UBND quận Hai Bà Trưng']],
    ['Ông Nguyễn Văn Tứ, Chánh Văn phòng Tỉnh ủy Trà Vinh, phát biểu.', ['Văn phòng Tỉnh ủy Trà Vinh', 'Tỉnh ủy Trà Vinh']],
    ['Ông A, Chánh văn phòng Sở GDĐT tỉnh Quảng Trị, đi xe khách.', ['Sở GDĐT tỉnh Quảng Trị']],
    ['Chánh Văn phòng UBND TP Võ Văn Hoan đề xuất.', []],
    ['Ông giữ chức vụ Chánh Văn phòng Thành ủy từ ngày 1/7/2017.', []],
    ['Ông Hoan, Chánh Văn phòng Ban An toàn giao thông tỉnh Vĩnh Phúc cho biết.', ['Ban An toàn giao thông tỉnh Vĩnh Phúc']],
    ['Chánh Văn phòng Tổng thống Ukraine nói.', ['Văn phòng Tổng thống Ukraine']],
    // a province whose first word is an honorific
    ['Ông là Bí thư Tỉnh ủy Bà Rịa - Vũng Tàu.', ['Tỉnh ủy Bà Rịa - Vũng Tàu']],
    ['UBND tỉnh gặp Bà Nguyễn Thị A.', []],
    // a purpose clause closes a short sentence-case rest
    ['Bộ cho phép thành lập Vụ Giáo dục thể chất để có điều kiện chăm lo.', ['Vụ Giáo dục thể chất']],
    // a team's lower-case remit, then its number
    ['Đội quản lý thị trường số 4 đã kiểm tra cửa hàng.', ['Đội quản lý thị trường số 4']],
    // a police or inspection team named by its remit alone, mid-sentence: closed by its place, its side, punctuation or "thuộc"
    // (a remit of one phrase only before the body it belongs to; not a second remit after a comma, a show team, a sentence's start)
    ['Thiếu tá Nguyễn Đình Hoàng, Đội trưởng Đội điều tra tổng hợp, Công an huyện Can Lộc (Hà Tĩnh), cho biết.', ['Đội điều tra tổng hợp', 'Công an huyện Can Lộc']],
    ['Thiếu tá Lê Ngọc Sáng, Đội trưởng Đội tuần tra phía Bắc thuộc Phòng CSGT Công an Hà Tĩnh, cho biết.',
      ['Đội tuần tra phía Bắc', 'Phòng CSGT Công an Hà Tĩnh', 'Công an Hà Tĩnh']],
    ['Theo biên bản kiểm tra ngày 25/5 của Đội thanh tra xây dựng quận Hoàng Mai, hiện chủ đầu tư đã xây.', ['Đội thanh tra xây dựng quận Hoàng Mai']],
    ['Ông Vũ Đức Hưng, Đội trưởng Đội trinh sát, Phòng Cảnh sát điều tra tội phạm về ma túy cho biết.', ['Đội trinh sát', 'Phòng Cảnh sát điều tra tội phạm về ma túy']],
    ['Sàn nhà đầy phân và rác Đội cứu hộ cho biết phân trải khắp sàn nhà.', []],
    ['Ông A, Đội trưởng Đội pháo hoa nước Ý cho biết.', []],
    ['Sau đó Đội hình sự đặc nhiệm xuống hiện trường.', []],
    ['Theo thông tin của Đội tuần tra, kiểm soát đường bộ cao tốc số 2, Cục CSGT.', ['Cục CSGT']],
    // what a ministry does to a rule is no part of its name
    ['Thông tư của Bộ Tài chính sửa đổi Điều 12 Thông tư số 156.', ['Bộ Tài chính']],
    // what a "Quản lý" department manages runs on to a close; a second field may close with the unit it serves
    ['Ông Quyền, Trưởng phòng Quản lý hành nghề y dược tư nhân. Tại buổi làm việc, ông nói.', ['phòng Quản lý hành nghề y dược tư nhân']],
    ['Cục Quản lý tài nguyên nước, Bộ TN&MT cho biết.', ['Cục Quản lý tài nguyên nước', 'Bộ TN&MT']],
    // (run into a verb, the name is cut to its remit's verb: no body as read)
    ['Cục Quản lý tài nguyên nước thanh tra việc thực hiện.', []],
    ['Ông Nhuận, chi cục trưởng Chi cục Quản lý chất lượng nông lâm và thủy sản tỉnh Bến Tre, cho biết.', ['Chi cục Quản lý chất lượng nông lâm và thủy sản tỉnh Bến Tre']],
    // a federal state named with "Liên bang"
    ['Theo chính phủ Liên bang Hoa Kỳ, điều đó đúng.', ['chính phủ Liên bang Hoa Kỳ']],
    // the Youth Union's central committee named alone
    ['Ông là Bí thư Trung ương Đoàn.', ['Trung ương Đoàn']],
    // (the centre written short: "T.Ư Đoàn", "TW Đoàn"; a lower-case "đoàn" is a delegation)
    ['Bí thư thứ nhất T.Ư Đoàn Lê Quốc Phong phát biểu.', ['T.Ư Đoàn']],
    ['Bằng khen của TW Đoàn được trao cho em.', ['TW Đoàn']],
    // the traffic inspectorate of a city, its acronym too; inside a team's name it is the team's remit
    ['Ông A, Phó Chánh TTGT TP Cần Thơ, cho biết.', ['TTGT TP Cần Thơ']],
    ['Ông B, Chánh Thanh tra Giao thông vận tải tỉnh Kon Tum cho biết.', ['Thanh tra Giao thông vận tải tỉnh Kon Tum']],
    // a government's troops ("quân chính phủ", "lực lượng chính phủ") are no government; the government acting is one
    ['Mỹ bắn hạ máy bay của quân chính phủ Syria hôm qua.', []],
    ['Binh sĩ chính phủ Ukraine và phe ly khai giao tranh.', []],
    ['Đoàn xe lực lượng chính phủ Syria bị tấn công, chính phủ Syria phản đối.', ['chính phủ Syria']],
    // the government inside a building's or portal's name is none; acting elsewhere it is one
    ['Chiều 10/5, tại Trụ sở Chính phủ, ông A tiếp đoàn khách.', []],
    ['Tọa đàm tại Cổng Thông tin điện tử Chính phủ sáng nay.', []],
    ['Tại trụ sở Chính phủ, Thủ tướng nói Chính phủ sẽ hỗ trợ.', ['Chính phủ']],
    ['Đội TTGT Q.Bình Thủy phối hợp với TTGT TP.Cần Thơ kiểm tra.', ['Đội TTGT Q.Bình Thủy', 'TTGT TP.Cần Thơ']],
    ['Lực lượng thanh tra giao thông và TTGT đã có mặt.', []],
    // a transport department's numbered management zone; unnumbered it names no one zone
    ['Khu quản lý giao thông đô thị số 2 đã nhiều lần sửa chữa.', ['Khu quản lý giao thông đô thị số 2']],
    ['Khu quản lý đã tiến hành sửa chữa.', []],
    // the Mekong River Commission and Viet Nam's Mekong committee, named by their river; another river's names none here
    ['Ông A, nguyên Phó Tổng thư ký Ủy ban sông Mê Kông cho rằng đề xuất hợp lý.', ['Ủy ban sông Mê Kông']],
    ['Ủy hội sông Mekong quốc tế cảnh báo mực nước giảm.', ['Ủy hội sông Mekong quốc tế']],
    ['Nước sông Mê Kông đang giảm.', []],
    ['Ông Công, Phó Giám đốc Khu Quản lý Đường thủy nội địa, cho biết.', []],
    ['Đoàn công tác T.Ư đoàn kết với địa phương.', []],
    ['Các cơ quan Trung ương đoàn kết với địa phương.', []],
    // "Thường trực" after a post is the post's rank
    ['Phó Thủ tướng Thường trực Chính phủ Trương Hòa Bình nhấn mạnh.', ['Chính phủ']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe('one body read once: compound heads, "&" for "và", heads inside business names, cabinets, delegations', () => {
  const table: [string, string[]][] = [
    // a head whose first word makes one word with the next head is one body, not two
    ['Ông tới thăm Tổng Lãnh sự quán Việt Nam tại Osaka hôm qua.', ['Tổng Lãnh sự quán Việt Nam tại Osaka']],
    ['Theo Hiệp Hội bất động sản Việt Nam, nguồn cung giảm.', ['Hiệp Hội bất động sản Việt Nam']],
    ['Tổng Cục Lâm nghiệp đã có ý kiến.', ['Tổng Cục Lâm nghiệp']],
    // a branch department with a capital "Cục" is one body, no "Cục" inside it
    ['Lực lượng chức năng phối hợp với Chi Cục Thú y tỉnh Hà Tĩnh kiểm tra.', ['Chi Cục Thú y tỉnh Hà Tĩnh']],
    ['Ông Nguyễn Văn A, Chi Cục trưởng Chi Cục thú y tỉnh Lạng Sơn cho biết.', ['Chi Cục thú y tỉnh Lạng Sơn']],
    ['Phòng Trinh sát phối hợp với Chi Cục Hải quan Cầu Treo, Công an huyện Hương Sơn.', ['Phòng Trinh sát', 'Chi Cục Hải quan Cầu Treo', 'Công an huyện Hương Sơn']],
    // (also where the whole head reads no body: a building, a name in lower case)
    ['Cắt điện tại Tòa nhà Tổng Cục 2 số 18 đường Phạm Hùng.', []],
    ['Tổng Cục lâm nghiệp, Bộ NN&PTNT vừa có văn bản hỏa tốc.', ['Bộ NN&PTNT']],
    // (a committee's parent stays a body of its own)
    ['Trung ương Hội Nông dân Việt Nam phối hợp tổ chức.', ['Trung ương Hội Nông dân Việt Nam', 'Hội Nông dân Việt Nam']],
    ['Ông dự họp Ủy ban Kiểm tra Tỉnh ủy Nghệ An hôm nay.', ['Ủy ban Kiểm tra Tỉnh ủy Nghệ An', 'Tỉnh ủy Nghệ An']],
    ['Ban cán sự Đảng Bộ GTVT họp thường kỳ.', ['Ban cán sự Đảng Bộ GTVT', 'Bộ GTVT']],
    // a party named after an alliance is one party
    ['Với sự ủng hộ của đảng Liên minh Dân chủ, chính phủ tồn tại.', ['đảng Liên minh Dân chủ']],
    // the front's committee written as one acronym
    ['Ông là nguyên Chủ tịch UBMTTQ Việt Nam tỉnh Long An.', ['UBMTTQ Việt Nam tỉnh Long An']],
    // a spaced "&" is the name's "và"
    ['Thứ trưởng Bộ Kế hoạch & Đầu tư cho biết.', ['Bộ Kế hoạch & Đầu tư']],
    ['Tỉnh đã giao Sở Tài nguyên & Môi trường chủ trì.', []],
    ['Bộ Thông tin & Truyền thông vừa thông qua quyết định.', ['Bộ Thông tin & Truyền thông']],
    // a head right after a capitalised business, school or paper head is inside that name
    ['Ông về làm Phó Tổng giám đốc Xí nghiệp Liên hiệp Bột ngọt kiêm giám đốc.', []],
    ['Báo Công an TP Đà Nẵng đã thông tin trước đó.', []],
    ['Ông là giáo sư tại Học viện Hải quân Mỹ.', []],
    // (lower-case, such a word is no head: a report, a hall)
    ['Nhận được tin báo Công an thị trấn Khoái Châu đã có mặt.', ['Công an thị trấn Khoái Châu']],
    // an island district's level word is two words ("huyện đảo Cô Tô"); alone it names no body
    ['Chủ tịch UBND huyện đảo Cô Tô cho biết.', ['UBND huyện đảo Cô Tô']],
    ['Công an huyện đảo đã có mặt.', []],
    // a career told in sequence
    ['Ông làm Chủ nhiệm Ủy ban Kế hoạch rồi Phó chủ tịch UBND tỉnh Long An.', ['Ủy ban Kế hoạch', 'UBND tỉnh Long An']],
    // a parliamentary state's cabinet; a high-level delegation is no body
    ['Chánh văn phòng Nội các Nhật Bản cho biết.', ['Nội các Nhật Bản']],
    ['Đoàn cấp cao Việt Nam đến thăm Nhật Bản.', []],
    // national bodies by their own acronyms; inside a document's number they name none
    ['Trái phiếu được phát hành khi có sự chấp thuận của UBCKNN.', ['UBCKNN']],
    ['Ông Nguyễn Hòa Bình, Chánh án TANDTC cho rằng, các ý kiến đều đúng.', ['TANDTC']],
    ['Phó viện trưởng VKSNDTC Nguyễn Hải Phong đã trao quyết định.', ['VKSNDTC']],
    ['Thông tư liên tịch số 06/2008/TTLT/BCA-VKSNDTC-TANDTC ngày 25/12/2008 hướng dẫn thi hành.', []],
    // (a circle of rich kids is no association; an association of a kind of people is)
    ['Hội con nhà giàu Dubai lại khoe siêu xe.', []],
    ['Hội Con nhà giàu Thụy Sĩ gây chú ý.', []],
    ['Hội Người cao tuổi Việt Nam tổ chức mừng thọ.', ['Hội Người cao tuổi Việt Nam']],
    // a country's sports delegation to games is its team; a federation whose head ends on "đoàn" stays as it was read
    ['Đoàn Thể thao Việt Nam sẽ có 6 VĐV tranh tài tại Đại hội.', []],
    ['Chính thức: Đoàn TTVN cắt giảm 8 Phó đoàn dự SEA Games 29.', []],
    ['VFF đề nghị Tổng cục TDTT và Đoàn Thể thao Việt Nam xem xét.', ['VFF', 'Tổng cục TDTT']],
    ['Bí thư Đoàn Thanh niên Bộ Văn hóa, Thể thao và Du lịch cho biết.', ['Đoàn Thanh niên Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Văn hóa, Thể thao và Du lịch']],
    // a lower-case "vụ" after a preposition is a case, after a post the department
    ['Sản lượng giảm vì ảnh hưởng của vụ Galaxy Note 7.', []],
    ['Hiện trường của vụ TNGT trên QL6.', []],
    // any named body closed by "của" and its country, as the gold writes it
    ['Ông Tanaka của Đảng Dân tiến của Nhật Bản cho biết.', ['Đảng Dân tiến của Nhật Bản']],
    ['Theo Cục Thống kê của Mỹ, số liệu tăng.', ['Cục Thống kê của Mỹ']],
    // emulation and reward, "thi đua khen thưởng", in sentence case: "khen" is no verb ending the name after "thi đua"
    ['Chương trình nhận được sự chỉ đạo của Hội đồng Thi đua khen thưởng T.Ư và Tổng LĐLĐVN.', ['Hội đồng Thi đua khen thưởng T.Ư', 'Tổng LĐLĐVN']],
    ['Hội đồng Thi đua khen thưởng tỉnh Nghệ An họp xét.', ['Hội đồng Thi đua khen thưởng tỉnh Nghệ An']],
    ['Bộ Công an khen thưởng Ban chuyên án.', ['Bộ Công an']],
    // (a command too, and its short form later is the same body)
    ['Về phía Mỹ, Bộ Chỉ huy Thái Bình Dương của Mỹ (PACOM) cũng xác nhận. Bộ Chỉ huy Thái Bình Dương cho biết.', ['Bộ Chỉ huy Thái Bình Dương của Mỹ']],
    ['Bộ Tư lệnh Lực lượng Đặc nhiệm của Mỹ cho biết.', ['Bộ Tư lệnh Lực lượng Đặc nhiệm của Mỹ']],
    ['Bộ Tư lệnh Vùng 2 của Hải quân cho biết.', ['Bộ Tư lệnh Vùng 2', 'Vùng 2']],
    // a district's office written all in lower case, named by its place
    ['Trưởng phòng văn hóa huyện Đông Cuông cho biết.', ['phòng văn hóa huyện Đông Cuông']],
    ['Lãnh đạo phòng giáo dục quận Liên Chiểu cho biết.', ['phòng giáo dục quận Liên Chiểu']],
    ['Hồ sơ gửi sở y tế tỉnh Kiên Giang.', ['sở y tế tỉnh Kiên Giang']],
    ['Ông làm ở phòng tài nguyên và môi trường huyện Gia Lâm.', ['phòng tài nguyên và môi trường huyện Gia Lâm']],
    // (a force's own sector, or "sở" inside another word, is no office)
    ['Đối tượng bị đưa về trụ sở công an huyện Hóc Môn.', ['công an huyện Hóc Môn']],
    // a foreign surname alone after the country, closing the clause, is the person
    ['Đoàn gồm Thứ trưởng Bộ Ngoại giao Belarus Rybakov, Đại sứ Belarus.', ['Bộ Ngoại giao Belarus']],
    // military courts and procuracies, named by their region or command (the command inside is its parent)
    ['Vụ án được xét xử tại Tòa án quân sự Băng Cốc hôm qua.', ['Tòa án quân sự Băng Cốc']],
    ['Viện Kiểm sát quân sự Quân khu 7 truy tố bị can.', ['Viện Kiểm sát quân sự Quân khu 7', 'Quân khu 7']],
    ['Tòa án quân sự Trung ương tuyên án.', ['Tòa án quân sự Trung ương']],
    // the state's hydro-meteorological stations
    ['Đài Khí tượng Thủy văn khu vực đồng bằng Bắc Bộ cho biết.', ['Đài Khí tượng Thủy văn khu vực đồng bằng Bắc Bộ']],
    ['Đài KTTV tỉnh Bình Định cho biết.', ['Đài KTTV tỉnh Bình Định']],
    // a state-wide department closed by "Nhà nước"
    ['Cục trưởng Cục bồi thường Nhà nước (Bộ Tư pháp) cho biết.', ['Cục bồi thường Nhà nước', 'Bộ Tư pháp']],
    // a seat of power written lower-case before its capitalised name
    ['Về phía Nga, điện Kremlin cho biết.', ['điện Kremlin']],
    ['Trận chiến ở điện Biên Phủ.', []],
    // a centre named with its city, the level word in capitals
    ['Việc giải phóng mặt bằng thuộc Trung tâm quỹ đất TP Huế.', ['Trung tâm quỹ đất TP Huế']],
    // a fishermen's union of a ward; a chamber closing a committee after "của"
    ['Ông Tính, Chủ tịch Nghiệp đoàn Nghề cá phường Vĩnh Thọ, cho biết.', ['Nghiệp đoàn Nghề cá phường Vĩnh Thọ']],
    ['Chủ tịch Ủy ban pháp luật của Thượng viện Mỹ cho biết.', ['Ủy ban pháp luật của Thượng viện Mỹ', 'Thượng viện Mỹ']],
    // a foreign surname after a party's name is its candidate (not a name after the party's stance)
    ['Ông giúp ứng cử viên đảng Cộng hòa Trump đánh bại đối thủ.', ['đảng Cộng hòa']],
    ['Ở Hungary, đảng cực hữu Jobbik lên tiếng.', ['đảng cực hữu Jobbik']],
    // a photo's credit with a family-name head is a person
    ['Ông Thơ tại buổi họp báo. Ảnh: Đoàn Nguyên. Khoảng 10 năm trước.', []],
    // a head right after a rank is a person's family name
    ['Ông sẽ gặp Tổng tham mưu trưởng quân đội Trung Quốc, Thượng tướng Phòng Phong Huy. Bộ Ngoại giao Mỹ cho biết.', ['quân đội Trung Quốc', 'Bộ Ngoại giao Mỹ']],
    ['Phòng Quản lý xuất nhập cảnh cho biết.', ['Phòng Quản lý xuất nhập cảnh']],
    // a syllable completed by a stop word, a second field of an association, a remit run on to its acronym
    ['Phó vụ trưởng Vụ Công chức, viên chức thông tin thêm.', ['Vụ Công chức']],
    ['GS Bình đại diện cho Hội Cấp cứu và Chống độc Việt Nam xin phép.', ['Hội Cấp cứu và Chống độc Việt Nam']],
    ['Kho vũ khí đã được Tổ chức Cấm phổ biến vũ khí hóa học (OPCW) kiểm tra.', ['Tổ chức Cấm phổ biến vũ khí hóa học']],
    // what a body says next; a ministry named by a place alone is none
    ['Lãnh đạo Tổng cục Du lịch chia sẻ thêm.', ['Tổng cục Du lịch']],
    ['Đại diện văn phòng Bộ TP. Hồ Chí Minh có mặt.', []],
    // a type in sentence case after a quantifier is many bodies; a jury is no body
    ['Một số Hiệp hội doanh nghiệp chưa thực hiện tốt vai trò.', []],
    ['Hội đồng Giám khảo sẽ phỏng vấn các ứng viên.', []],
    // a board closed by a broadcaster's channel is media's; a board of a ministry is kept
    ['Chị Loan sẽ làm Trưởng ban VTV3 từ ngày 1/7.', []],
    ['Nhà báo Minh, Phó trưởng Ban Thời sự VTV1 cho biết.', []],
    ['Theo Ban Tuyên giáo Tỉnh ủy Nghệ An, năm nay có 5 đợt.', ['Ban Tuyên giáo Tỉnh ủy Nghệ An', 'Tỉnh ủy Nghệ An']],
    ['Ý kiến của các Bộ Công an, Quốc phòng.', ['Bộ Công an']],
    // a one-word second field closed by the whole name's acronym
    ['Chủ tịch Hiệp hội Doanh nghiệp Nhỏ và Vừa (DNNVV) Nguyễn Văn Thân nói.', ['Hiệp hội Doanh nghiệp Nhỏ và Vừa']],
    // a district's health centre written lower-case is its clinic, a hospital; capitalised, the health service
    ['Các nạn nhân được sơ cứu tại Trung tâm y tế huyện Quỳ Châu.', []],
    ['Sở hướng dẫn Trung tâm Y tế huyện Đắk Hà xử lý.', ['Trung tâm Y tế huyện Đắk Hà']],
    // a listed remit closed by whose body it is
    ['Theo Cục Quản lý rượu, thuốc lá, súng và chất nổ của Mỹ, vụ việc đang được điều tra.', ['Cục Quản lý rượu, thuốc lá, súng và chất nổ của Mỹ']],
    ['Cục Chăn nuôi, thú y của tỉnh đã vào cuộc.', ['Cục Chăn nuôi']],
    // an association's second field after a dash in lower case, closed by its country
    ['GS Bình, Chủ tịch Hội Hồi sức - cấp cứu và chống độc Việt Nam, đã ký đơn.', ['Hội Hồi sức - cấp cứu và chống độc Việt Nam']],
    ['Hội Nông dân - một tổ chức lớn.', ['Hội Nông dân']],
    // a home-town association, named by its home place (a country's name may open it) and where it sits
    ['Gia đình chú Tám, thay mặt Hội đồng hương Đức Hòa, chúc mừng.', ['Hội đồng hương Đức Hòa']],
    ['Hội đồng hương Quảng Trị tại Hà Nội tổ chức gặp mặt.', ['Hội đồng hương Quảng Trị tại Hà Nội']],
    // a union of cooperatives trades as a business; the national cooperative alliance is a mass organization
    ['HTX sau này chuyển đổi thành Liên hiệp HTX thương mại TP (SaiGon Co.op).', []],
    ['Liên minh Hợp tác xã Việt Nam tổ chức hội nghị.', ['Liên minh Hợp tác xã Việt Nam']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe('a city keyed without its level word when no province shares its name', () => {
  const table: [string, string[][]][] = [
    ['Hội Hữu nghị Nhật-Việt thành phố Sakai, Hội Hữu nghị Nhật-Việt tỉnh Sakai và Hội Hữu nghị Nhật-Việt Sakai.',
      [['Hội Hữu nghị Nhật-Việt thành phố Sakai', 'Hội Hữu nghị Nhật-Việt tỉnh Sakai', 'Hội Hữu nghị Nhật-Việt Sakai']]],
    ['UBND TP.Vinh, UBND TP Vinh và UBND thành phố Vinh.', [['UBND thành phố Vinh', 'UBND TP.Vinh', 'UBND TP Vinh']]],
    // (a city named like its province is another body than the province's)
    ['UBND TP.Hà Tĩnh, UBND TP Hà Tĩnh và UBND tỉnh Hà Tĩnh.', [['UBND TP.Hà Tĩnh', 'UBND TP Hà Tĩnh'], ['UBND tỉnh Hà Tĩnh']]],
    ['UBND TP.Cần Thơ và UBND thành phố Cần Thơ.', [['UBND thành phố Cần Thơ', 'UBND TP.Cần Thơ']]],
    // the Prime Minister's "Chính phủ" is Việt Nam's, not a foreign government's named beside it
    ['Đoàn đại biểu Chính phủ Lào tới theo lời mời của Thủ tướng Chính phủ Nguyễn Xuân Phúc.', [['Chính phủ Lào'], ['Chính phủ']]],
    ['Chính phủ Mỹ cho biết. Những bí mật của Chính phủ bị lộ.', [['Chính phủ Mỹ', 'Chính phủ']]],
    // (the Prime Minister's title alone, with no name after it, as a decision cites it)
    ['Quyết định số 2186/QĐ-TTg của Thủ tướng Chính phủ về việc điều chỉnh danh mục. Chính phủ Pháp tài trợ.', [['Chính phủ'], ['Chính phủ Pháp']]],
    ['Bộ kiến nghị Thủ tướng Chính phủ cho phép chuyển đổi. Đây là dự án do Chính phủ Nhật Bản tài trợ.', [['Chính phủ'], ['Chính phủ Nhật Bản']]],
    // (but a foreign Prime Minister's, his country in brackets, is that government)
    ['Bà Thủ tướng Chính phủ (Ba Lan) nói. Chính phủ Ba Lan phản đối.', [['Chính phủ Ba Lan', 'Chính phủ']]],
    // (the state's formal name is read as the government's own: one body with "Chính phủ Lào")
    ['Thủ tướng Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào dẫn đầu đoàn đại biểu Chính phủ Lào.', [['Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào', 'Chính phủ Lào']]],
    // (and beside "Chính phủ Việt Nam" written too, it is that one, though another country's is named)
    ['Thủ tướng Chính phủ Nguyễn Xuân Phúc tiếp đoàn Chính phủ Hà Lan. Chính phủ Việt Nam luôn ủng hộ.', [['Chính phủ Việt Nam', 'Chính phủ'], ['Chính phủ Hà Lan']]],
    // (not a bare government of no Prime Minister: "hai Chính phủ" is merged into neither, and written only so, is no one body)
    ['Hiệp định giữa hai Chính phủ. Chính phủ Hà Lan và Chính phủ Việt Nam ký.', [['Chính phủ Hà Lan'], ['Chính phủ Việt Nam']]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(agenciesOf(text).map((a) => [a.name, ...a.aliases])).toEqual(expected);
  });
});

describe('a clause word glued on by a lost full stop ends a name', () => {
  const table: [string, string[]][] = [
    ['Thông báo được gửi tới Bộ Quốc phòng Mỹ Dù vậy, kế hoạch chưa được công bố.', ['Bộ Quốc phòng Mỹ']],
    ['Báo cáo của Cục An toàn thực phẩm Còn đối với hàng nhập khẩu, việc kiểm tra chặt hơn.', ['Cục An toàn thực phẩm']],
    ['Phiên tòa lưu động tại UBND phường Bị cáo khai nhận hành vi.', []],
    // a caption glued to the next sentence's date: the day part and its date open that sentence
    ['Lãnh đạo Tỉnh ủy Phú Yên Sáng 8-2, đoàn công tác đến thăm.', ['Tỉnh ủy Phú Yên']],
    ['Đại diện Sở Tài nguyên và Môi trường Cà Mau Chiều 4.7, sở đã có văn bản.', ['Sở Tài nguyên và Môi trường Cà Mau']],
    ['Trụ sở UBND xã Tân Lập Ngày 16-5, cơ quan điều tra cho biết.', ['UBND xã Tân Lập']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe('a full stop with no space after it ends the sentence and the name', () => {
  const table: [string, string[]][] = [
    ['Đoàn đã đến làm việc với Huyện ủy Bảo Yên.Sáng nay, đoàn tiếp tục đi thăm.', ['Huyện ủy Bảo Yên']],
    ['Báo cáo gửi Sở Y tế Lào Cai.Theo báo cáo, số ca mắc tăng.', ['Sở Y tế Lào Cai']],
    // after a number, with or without its unit, too
    ['Tên lửa bay được khoảng 500km.Bộ Quốc phòng Hàn Quốc nói rằng thiết bị đã rơi.', ['Bộ Quốc phòng Hàn Quốc']],
    ['Kế hoạch được duyệt ngày 22/4/2017.Bộ Y tế yêu cầu các sở triển khai.', ['Bộ Y tế']],
    // an abbreviation with no vowel keeps its dot: the city is still the name
    ['Ông được giao làm việc tại UBND Tp.Hồ Chí Minh.', ['UBND Tp.Hồ Chí Minh']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe('names whose inner words would end them elsewhere', () => {
  const table: [string, string[]][] = [
    // air defence: "không" is part of the service's name, with or without the dash
    ['Đơn vị tư vấn thuộc Quân chủng Phòng không Không quân đã trình phương án.', ['Quân chủng Phòng không Không quân']],
    ['Bộ Tư lệnh Quân chủng Phòng không không quân tổ chức diễn tập.', ['Bộ Tư lệnh Quân chủng Phòng không không quân', 'Quân chủng Phòng không không quân']],
    ['Các chiến sĩ Sư đoàn Phòng không 375 trực sẵn sàng chiến đấu.', ['Sư đoàn Phòng không 375']],
    // a second field that opens with a family name's word, completed by a lower-case syllable
    ['Theo Cục Văn thư và Lưu trữ nhà nước (Bộ Nội vụ), hồ sơ đã được số hóa.', ['Cục Văn thư và Lưu trữ nhà nước', 'Bộ Nội vụ']],
    ['Cục Thuế và Lê Văn Hùng cùng ký biên bản.', ['Cục Thuế']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe('acronyms of listed fields written with a comma', () => {
  const table: [string, string[][]][] = [
    ['Thứ trưởng Bộ VH,TT&DL dự lễ. Bộ Văn hóa, Thể thao và Du lịch sẽ tổng kết.', [['Bộ Văn hóa, Thể thao và Du lịch', 'Bộ VH,TT&DL']]],
    ['Phó Giám đốc Sở VH,TT TPHCM cho biết.', [['Sở VH,TT TPHCM']]],
    ['Cán bộ Bộ LĐ,TB&XH về hưu kể lại.', [['Bộ LĐ,TB&XH']]],
    // a comma with a space lists two things
    ['Sở VH, TT chưa trả lời.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(agenciesOf(text).map((a) => [a.name, ...a.aliases])).toEqual(expected);
  });
});

describe('acronyms of listed fields written in parts around a spaced dash', () => {
  const table: [string, string[][]][] = [
    ['Theo Bộ GD - ĐT, kỳ thi sẽ diễn ra. Bộ GD-ĐT cho biết thêm.', [['Bộ GD - ĐT', 'Bộ GD-ĐT']]],
    ['Bộ NN – PTNT vừa ban hành thông tư.', [['Bộ NN – PTNT']]],
    ['Sở TN - MT tỉnh Quảng Ngãi đã kiểm tra.', [['Sở TN - MT tỉnh Quảng Ngãi']]],
    ['Bộ VH – TT&DL đã có quyết định.', [['Bộ VH – TT&DL']]],
    // (a unit and its parent force across the dash are two bodies: the parts joined are no acronym)
    ['Phòng CSHS – CATP Cần Thơ đã bắt giữ.', [['Phòng CSHS'], ['CATP Cần Thơ']]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(agenciesOf(text).map((a) => [a.name, ...a.aliases])).toEqual(expected);
  });
});

describe('a body inside a newspaper\'s name after a lower-case "báo" that is cited or credited', () => {
  const table: [string, string[]][] = [
    ['Theo báo Công an TP. HCM, vụ việc xảy ra lúc 16h.', []],
    ['Theo thông tin trên báo Công an TP HCM, chiều 19/6, người dân phát hiện.', []],
    ['Đối tượng tại cơ quan công an. (Ảnh: báo Công an Nghệ An)', []],
    // (not reported to the police, nor announced by them: there "báo" is a verb)
    ['Chị Lan đã trình báo Công an phường Bến Nghé.', ['Công an phường Bến Nghé']],
    ['Theo thông báo Công an tỉnh Nghệ An đã bắt hai đối tượng.', ['Công an tỉnh Nghệ An']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe('a name that ends inside another body\'s head was cut mid-head and names no body', () => {
  const table: [string, string[]][] = [
    ['Ông bị cách chức Ủy viên Ban chấp hành Đảng bộ Viện Kiểm sát Nhân dân tỉnh nhiệm kỳ 2015 – 2020.', []],
    // (not the party's board cut mid-head: the mass body's board, read whole; see massBodyBoardAt)
    ['Nghị quyết được Ban Bí thư Trung ương Đoàn thông qua năm 2016.', ['Ban Bí thư Trung ương Đoàn', 'Trung ương Đoàn']],
    // (a whole head inside the name, or one that closes it, is kept)
    ['Đảng bộ Viện Kiểm sát Nhân dân tỉnh Quảng Trị tổ chức đại hội.', ['Đảng bộ Viện Kiểm sát Nhân dân tỉnh Quảng Trị', 'Viện Kiểm sát Nhân dân tỉnh Quảng Trị']],
    ['Thanh tra Sở Y tế Hà Nội đã kiểm tra cơ sở này.', ['Thanh tra Sở Y tế Hà Nội', 'Sở Y tế Hà Nội']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe("a country's police named in a headline only", () => {
  it('takes no body from the headline line', () => {
    const text = 'Cảnh sát Anh bắt 12 nghi phạm\nNhiều người bị thương trong vụ tấn công.';
    const ctx = createContext(documentFromText(text));
    ctx.bodyStart = text.indexOf('\n') + 1;
    expect(extractAgencies(ctx).map((a) => a.name)).toEqual([]);
  });
});

describe('national centres, city police abroad, the government work group, lower-case departments', () => {
  const table: [string, string[]][] = [
    // a centre of the central state, its level in either case, maybe numbered, maybe with its remit after "về"
    ['Tài liệu do Trung tâm Lưu trữ quốc gia III lưu giữ.', ['Trung tâm Lưu trữ quốc gia III']],
    ['Theo Trung tâm Khuyến nông quốc gia, vụ này năng suất cao.', ['Trung tâm Khuyến nông quốc gia']],
    ['Anh đến Trung tâm Điều phối quốc gia về ghép bộ phận cơ thể người, đăng ký hiến tạng.', ['Trung tâm Điều phối quốc gia về ghép bộ phận cơ thể người']],
    ['Hội thảo diễn ra tại Trung tâm Hội nghị quốc gia, kéo dài hai ngày.', []],
    // a foreign city's police; a country's police capitalised in the body, or lower-case as the force acting (not officers, and
    // not the US's, police in general there)
    ['Theo cảnh sát Manchester, nghi phạm đã bị bắt.', ['cảnh sát Manchester']],
    ['Cảnh sát Hong Kong phong tỏa khu vực.', ['Cảnh sát Hong Kong']],
    ['Sở Cảnh sát London cho biết đã điều tra.', ['Sở Cảnh sát London']],
    ['Cảnh sát Anh đang truy tìm nghi phạm.', ['Cảnh sát Anh']],
    ['Người dân nói cảnh sát Mỹ đến muộn.', []],
    ['Một báo cáo của cảnh sát Brazil gửi tòa án cho thấy ông nhận hối lộ.', ['cảnh sát Brazil']],
    ['Stefan bị cảnh sát Campuchia cáo buộc hành hạ bé trai.', ['cảnh sát Campuchia']],
    ['Một cảnh sát Indonesia bị thương trong vụ nổ.', []],
    ['Hai sĩ quan cảnh sát Anh đã có mặt.', []],
    ['Nhiều cảnh sát Pháp được huy động.', []],
    ['Ít nhất 1 cảnh sát Philippines đã thiệt mạng.', []],
    ['Máy tính ở một sở cảnh sát Trung Quốc bị nhiễm mã độc.', []],
    ['Nữ sinh cảnh sát Nga bị đuổi học.', []],
    ['Ngân hàng cũng như cảnh sát Việt Nam còn thiếu nhân sự.', []],
    // a country's national police, "quốc gia" in either case before the country; not officers, nor police in general
    ['Cảnh sát Quốc gia Philippines (PNP) cho biết.', ['Cảnh sát Quốc gia Philippines']],
    ['Lực lượng Cảnh sát quốc gia Indonesia đã bắt giữ hai nghi phạm.', ['Cảnh sát quốc gia Indonesia']],
    ['Theo cảnh sát quốc gia Pháp, nghi phạm đã bị bắt.', ['cảnh sát quốc gia Pháp']],
    ['Một cảnh sát quốc gia Pháp bị thương.', []],
    ['Họ báo cảnh sát quốc gia ngay trong đêm.', []],
    // a state's national army or guard: "Quốc gia" between the service and its country
    ['Binh sĩ thuộc Quân đội Quốc gia Libya (LNA) đã tấn công căn cứ.', ['Quân đội Quốc gia Libya']],
    ['Vệ binh Quốc gia Ukraine tấn công.', ['Vệ binh Quốc gia Ukraine']],
    // a national body's lower-case "quốc gia", then whose it is
    ['Sau đó, Bộ An ninh quốc gia của Triều Tiên tiếp tục cáo buộc.', ['Bộ An ninh quốc gia của Triều Tiên']],
    ['Cục Thống kê quốc gia của Anh công bố số liệu.', ['Cục Thống kê quốc gia của Anh']],
    // a body named in sentence case to "quốc gia", then a foreign country (not Việt Nam's, not a name running on)
    ['Ủy ban bầu cử quốc gia Campuchia thông báo kết quả.', ['Ủy ban bầu cử quốc gia Campuchia']],
    ['Ủy ban bầu cử quốc gia của Campuchia thông báo kết quả.', ['Ủy ban bầu cử quốc gia của Campuchia']],
    ['Ủy ban bầu cử quốc gia Việt Nam thông báo kết quả.', []],
    ['Quân đội quốc gia Afghanistan tiến công.', ['Quân đội quốc gia Afghanistan']],
    // the Prime Minister's or the Government's work group; any other work group names no one body
    ['Tổ công tác của Thủ tướng làm việc với tập đoàn chiều nay.', ['Tổ công tác của Thủ tướng']],
    ['Tổ công tác của Chính phủ kiểm tra Bộ Y tế.', ['Tổ công tác của Chính phủ', 'Chính phủ', 'Bộ Y tế']],
    ['Tổ công tác đã lập biên bản vi phạm.', []],
    // a lower-case department after the post or office that names it
    ['Ông Hải, Chánh Thanh tra sở Y tế tỉnh Nghệ An cho biết.', ['sở Y tế tỉnh Nghệ An']],
    ['Bà Lan, Chánh Văn phòng sở Giáo dục và Đào tạo tỉnh An Giang cho biết.', ['sở Giáo dục và Đào tạo tỉnh An Giang']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe('a bare dash between a Vietnamese syllable and a capitalised word joins two words of a name', () => {
  const table: [string, string[]][] = [
    ['Ủy ban Kinh tế-Xã hội của Quốc hội thẩm tra dự án.', ['Ủy ban Kinh tế-Xã hội của Quốc hội', 'Quốc hội']],
    // a police unit's force after a bare dash stays in its name; a spaced dash cuts the chain
    ['Theo Phòng Cảnh sát kinh tế-Công an tỉnh Tây Ninh, vụ việc đang xác minh.', ['Phòng Cảnh sát kinh tế-Công an tỉnh Tây Ninh', 'Công an tỉnh Tây Ninh']],
    ['Theo Phòng Cảnh sát kinh tế - Công an tỉnh Tây Ninh, vụ việc đang xác minh.', ['Phòng Cảnh sát kinh tế', 'Công an tỉnh Tây Ninh']],
    ['Ban Văn hóa - Xã hội HĐND tỉnh Nghệ An giám sát.', ['Ban Văn hóa - Xã hội HĐND tỉnh Nghệ An', 'HĐND tỉnh Nghệ An']],
    ['Ông Hòa làm việc tại Bộ Lao động-Thương binh & Xã hội nhiều năm.', ['Bộ Lao động-Thương binh & Xã hội']],
    // a commune whose name ends in "Xã", a party named "Xã hội" with its stance after it
    ['Ông Nghiệp, Trưởng Công an xã Tứ Xã cho biết.', ['Công an xã Tứ Xã']],
    ['Ứng viên của đảng Xã hội cánh tả thua cuộc.', ['đảng Xã hội']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe("what a party does after its name is no part of it (a lower-case rest closed by punctuation)", () => {
  const table: [string, string[]][] = [
    ['Thái độ hòa hoãn của ông Trump với Nga không được đảng Dân chủ hài lòng.', ['đảng Dân chủ']],
    ['Tuy nhiên, phía Đảng Dân chủ lo ngại.', ['Đảng Dân chủ']],
    ['Động thái này được nhiều người đảng Dân chủ hoan nghênh.', ['đảng Dân chủ']],
    ['Ông bị Hạ viện do đảng Cộng hòa kiểm soát, bác bỏ.', ['Hạ viện', 'đảng Cộng hòa']],
    ['Các nghị sĩ đảng Dân chủ hô vang: “Chỉ cần một phiếu”.', ['đảng Dân chủ']],
    // a party's own lower-case rest stays; a stance with no capitalised name is no party
    ['Ông Abe, Chủ tịch Đảng Dân chủ tự do, phát biểu.', ['Đảng Dân chủ tự do']],
    ['Ứng viên đảng Nền Cộng hòa tiến bước.', ['đảng Nền Cộng hòa tiến bước']],
    ['Việc làm ngơ với PVV không dễ, do đảng cực hữu vốn cam kết chống Hồi giáo hóa Hà Lan.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe('stations, missions and appeal courts named by where they are', () => {
  const table: [string, string[]][] = [
    ['Tổ tuần tra thuộc Trạm CSGT Tân Lạc (Phòng CSGT Hòa Bình) phát hiện xe vi phạm.', ['Trạm CSGT Tân Lạc', 'Phòng CSGT Hòa Bình']],
    ['Ông Hoàng, Trạm trưởng Trạm kiểm lâm Mường Tè cho biết.', ['Trạm kiểm lâm Mường Tè']],
    ['Tổ tuần tra của Trạm CSGT quốc lộ lập biên bản.', []],
    // a mission's seat after "ở" as after "tại", one body either way
    ['Buổi tiệc diễn ra tại Đại sứ quán Pháp ở Hà Nội tối qua.', ['Đại sứ quán Pháp ở Hà Nội']],
    ['Đại sứ quán Việt Nam ở Lào tổ chức lễ. Đại sứ quán Việt Nam tại Lào cho biết thêm.', ['Đại sứ quán Việt Nam tại Lào']],
    ['Năm 2009, Tòa phúc thẩm TAND tối cao tại Đà Nẵng y án.', ['Tòa phúc thẩm TAND tối cao tại Đà Nẵng', 'TAND tối cao']],
    // a lower-case remit closed by a dash before its parent body (a chain of units)
    ['Hồ sơ nộp về Phòng Quản lý vận tải - Sở Giao thông vận tải Hà Nội trước ngày 5.', ['Phòng Quản lý vận tải', 'Sở Giao thông vận tải Hà Nội']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe('a remit reaching abroad or at home, whose words would end a name', () => {
  const table: [string, string[]][] = [
    ['Ông Tùng, Cục trưởng Cục Quản lý lao động ngoài nước cho biết.', ['Cục Quản lý lao động ngoài nước']],
    ['Theo Cục Đầu tư nước ngoài (Bộ KH&ĐT), vốn đăng ký tăng.', ['Cục Đầu tư nước ngoài', 'Bộ KH&ĐT']],
    ['Theo Vụ Thị trường trong nước (Bộ Công Thương), giá ổn định.', ['Vụ Thị trường trong nước', 'Bộ Công Thương']],
    // "ngoài" alone still ends the name
    ['Cục Thuế ngoài việc thu thuế còn hướng dẫn.', ['Cục Thuế']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe("a country's ministry with its sector in lower case", () => {
  const table: [string, string[]][] = [
    ['Theo Bộ quốc phòng Nga, các máy bay đã trở về căn cứ.', ['Bộ quốc phòng Nga']],
    ['Người phát ngôn bộ ngoại giao Trung Quốc cho biết như vậy.', ['bộ ngoại giao Trung Quốc']],
    ['Bộ tài chính Tây Ban Nha ra thông báo.', ['Bộ tài chính Tây Ban Nha']],
    // an officer of the service, a person named after the country
    ['Một cán bộ ngoại giao Mỹ cho biết.', []],
    ['Ông gặp Bộ văn hóa Mỹ Nhàn hôm qua.', []],
    // a ministry with no country is still the one ministry of the story's state, as the golds read it
    ['Bộ quốc phòng cho biết.', ['Bộ quốc phòng']],
    // the post's holder named after it: the ministry ends before the person (not before a place: "Bộ y tế Hà Nội" is none)
    ['Tại họp báo, Thứ trưởng Bộ tài chính Huỳnh Quang Hải đã giới thiệu.', ['Bộ tài chính']],
    ['Chánh văn phòng, kiêm người phát ngôn của Bộ nội vụ Nguyễn Tiến Thành điều hành họp báo.', ['Bộ nội vụ']],
    ['Bộ y tế Hà Nội cho biết.', []],
    // after a ministry's sector alone "điều tra" is what it does, not a descriptor of its name
    ['Gia đình đề nghị Bộ Công an điều tra làm rõ.', ['Bộ Công an']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe("a district office named by type and sector alone is no one body", () => {
  const table: [string, string[]][] = [
    ['Thí sinh nộp đơn phúc khảo về Phòng Giáo dục, hạn chót cuối tháng.', []],
    ['Đoàn kiểm tra gồm Phòng Kinh tế, Phòng Y tế và UBND phường Máy Chai.', ['UBND phường Máy Chai']],
    ['Các trường gửi danh sách về Phòng GD-ĐT các quận.', []],
    // with its place it is one; a chamber of commerce or a police office keeps its name
    ['Lãnh đạo Phòng Giáo dục quận Hai Bà Trưng đã kiểm tra.', ['Phòng Giáo dục quận Hai Bà Trưng']],
    ['Phòng TN&MT quận 1 cho biết.', ['Phòng TN&MT quận 1']],
    ['Phòng Thương mại và Công nghiệp tổ chức diễn đàn.', ['Phòng Thương mại và Công nghiệp']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe('numbered units and councils named after a post', () => {
  const table: [string, string[]][] = [
    ['Các chiến sĩ Tiểu đoàn số 42 hành quân.', ['Tiểu đoàn số 42']],
    ['Vụ kiện lên tới Tòa phúc thẩm số 9 ở San Francisco.', ['Tòa phúc thẩm số 9']],
    ['Đội số 5 về nhất.', []],
    // the joint chiefs of staff, in either case, closed by their country even before a person's name
    ['Theo Hội đồng Tham mưu trưởng Liên quân Hàn Quốc (JCS), tên lửa rơi xuống biển.', ['Hội đồng Tham mưu trưởng Liên quân Hàn Quốc']],
    ['Phát ngôn viên Hội đồng tham mưu trưởng Hàn Quốc Roh Jae-cheon cho biết.', ['Hội đồng tham mưu trưởng Hàn Quốc']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe('fields whose second syllable ends names elsewhere', () => {
  const table: [string, string[]][] = [
    ['Theo Cục Việc làm (Bộ LĐTBXH), số lao động tăng.', ['Cục Việc làm', 'Bộ LĐTBXH']],
    ['Ông Việt, Trưởng phòng Việc làm - An toàn lao động (Sở LĐ-TB&XH TP Hà Nội), cho biết.', ['phòng Việc làm - An toàn lao động', 'Sở LĐ-TB&XH TP Hà Nội']],
    // (its lower-case rest closed by "đã" and a verb is its name's too: agbound)
    ['Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp đã họp.', ['Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp']],
    ['Theo Cục Người có công, hồ sơ đã được duyệt.', ['Cục Người có công']],
    ['Theo Văn phòng Đăng ký đất đai tỉnh Đồng Nai, hồ sơ tồn đọng nhiều.', ['Văn phòng Đăng ký đất đai tỉnh Đồng Nai']],
    ['Ủy ban Bầu cử Quốc gia Hàn Quốc công bố kết quả.', ['Ủy ban Bầu cử Quốc gia Hàn Quốc']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe('a lower-case remit word that heads businesses elsewhere, the centre level, investigation bodies and their force', () => {
  const table: [string, string[]][] = [
    // "đại học", "doanh nghiệp" after a department's field are its remit, not a university or a business
    ['Đại diện Vụ Giáo dục đại học (Bộ GD-ĐT) cho biết chỉ tiêu tăng.', ['Vụ Giáo dục đại học', 'Bộ GD-ĐT']],
    ['Ông Tiến, Phó Cục trưởng Cục Tài chính doanh nghiệp, cho biết.', ['Cục Tài chính doanh nghiệp']],
    ['Theo Vụ Giáo dục ĐH, điểm sàn là 15.', ['Vụ Giáo dục ĐH']],
    // (capitalised too, "Giáo dục Đại học" is higher education; with a name after it, "Đại học" is a university)
    ['Bà Nguyễn Thị Kim Phụng - Vụ trưởng Vụ Giáo dục Đại học, Bộ GD-ĐT cho biết.', ['Vụ Giáo dục Đại học', 'Bộ GD-ĐT']],
    ['Các trường gửi về Bộ GD&ĐT (qua Vụ Giáo dục Đại học) trước ngày 28/2.', ['Bộ GD&ĐT', 'Vụ Giáo dục Đại học']],
    ['Ông A, Trưởng phòng Đào tạo Đại học Thủy lợi cho biết.', []],
    // "T.Ư" is the centre: it closes the name, no tail runs on after it
    ['Theo Ban Kinh tế T.Ư thế giới hiện có hai mô hình.', ['Ban Kinh tế T.Ư']],
    ['Sau đó BCH T.Ư Đảng đã thảo luận kỹ. Ông là Ủy viên T.Ư Đảng.', ['BCH T.Ư Đảng']],
    // an investigation body named with its force after a dash, keyed with the undashed form
    ['Ngày 31/5, Cơ quan CSĐT - Bộ Công an đã tống đạt quyết định.', ['Cơ quan CSĐT - Bộ Công an', 'Bộ Công an']],
    ['Cơ quan Cảnh sát điều tra – Công an tỉnh Bình Dương cho biết. Cơ quan Cảnh sát điều tra Công an tỉnh Bình Dương đã bắt.',
      ['Cơ quan Cảnh sát điều tra – Công an tỉnh Bình Dương', 'Công an tỉnh Bình Dương']],
    // "tối cao" (supreme) is no evening: the country after it still closes the name
    ['Theo Văn phòng Công tố tối cao Hàn Quốc, số người bị bắt tăng.', ['Văn phòng Công tố tối cao Hàn Quốc']],
    // "dự phòng" (preventive) attends nothing either
    ['Cục Y tế dự phòng (Bộ Y tế) nhận định dịch sẽ tăng.', ['Cục Y tế dự phòng', 'Bộ Y tế']],
    // forest rangers written "KL", and a district written "H."
    ['Hạt KL H. Phù Cát và Hạt Kiểm lâm huyện Phù Cát là một.', ['Hạt Kiểm lâm huyện Phù Cát']],
    // a university written "ĐH" is no agency
    ['Ông Nghĩa, Phó Giám đốc ĐH Quốc gia TPHCM cho biết.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe('a police unit named in sentence case right before its force', () => {
  const table: [string, string[]][] = [
    ['Trung tá Thạch, Đội trưởng Đội hình sự Công an quận Thanh Khê cho biết.', ['Đội hình sự Công an quận Thanh Khê', 'Công an quận Thanh Khê']],
    ['Một cán bộ thuộc Phòng kỹ thuật hình sự Công an tỉnh Khánh Hòa cho biết.', ['Phòng kỹ thuật hình sự Công an tỉnh Khánh Hòa', 'Công an tỉnh Khánh Hòa']],
    // the force in brackets closes the unit's name
    ['Sau đó Phòng an ninh chính trị nội bộ (Công an tỉnh Quảng Trị) đã vào cuộc.', ['Phòng an ninh chính trị nội bộ', 'Công an tỉnh Quảng Trị']],
    // a comma lists another body; a post is no unit; a ministry in brackets may own any office
    ['UBND chỉ đạo Phòng giáo dục, Công an thành phố vào cuộc.', []],
    ['Ông Tuấn, Đội trưởng hình sự Công an quận 5, cho biết.', ['Công an quận 5']],
    // (a general department exists once: its sector in lower case names it, see organization-parse.test.ts)
    ['Theo website Tổng Cục thuế (Bộ Tài chính), ông là người đại diện.', ['Tổng Cục thuế', 'Bộ Tài chính']],
    // a head word inside a longer unit's name is no unit of its own
    ['Lực lượng Phòng Cảnh sát Phòng cháy chữa cháy Công an tỉnh Tây Ninh đã tìm thấy.', ['Phòng Cảnh sát Phòng cháy chữa cháy Công an tỉnh Tây Ninh', 'Công an tỉnh Tây Ninh']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe('one body written with and without "nhân dân" or "LB", a name closed by a foreign holder', () => {
  const table: [string, string[]][] = [
    ['Tin vui với Quân đội Việt Nam. Nguồn vũ khí của Quân đội nhân dân Việt Nam tăng.', ['Quân đội nhân dân Việt Nam']],
    ['Ngày 16/5, Bộ Quốc phòng LB Nga cho biết. Bộ Quốc phòng Nga nói thêm.', ['Bộ Quốc phòng LB Nga']],
    ['Giám đốc Cơ quan Phòng thủ tên lửa Jim Syring khẳng định.', ['Cơ quan Phòng thủ tên lửa']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe("a hospital's, school's or institute's department is theirs, no public body", () => {
  const table: [string, string[]][] = [
    ['Ông Hùng, Trưởng phòng Kế hoạch Tổng hợp (Bệnh viện Bạch Mai) cho biết.', []],
    ['Ông Đức, Trưởng ban Đào tạo, Đại học Quốc gia Hà Nội cho biết.', []],
    ['Ông Tuyến, Phòng Thực nghiệm, Viện Nghiên cứu và ứng dụng tiềm năng con người khuyến cáo.', []],
    // a district office with its place before a school is another body in a list
    ['Đoàn gồm Phòng Giáo dục huyện Đông Anh, Trường THCS Dục Tú.', ['Phòng Giáo dục huyện Đông Anh']],
    ['Ông Quân, Trưởng phòng Tổ chức cán bộ, Viện Kiểm sát nhân dân tỉnh Quảng Trị cho biết.',
      ['phòng Tổ chức cán bộ', 'Viện Kiểm sát nhân dân tỉnh Quảng Trị']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe('an association written lower-case right after its post', () => {
  const table: [string, string[]][] = [
    ['Ông Đức, Phó chủ tịch hội Ung thư Việt Nam, cho biết.', ['hội Ung thư Việt Nam']],
    ['Bà Xuyên - Chủ tịch tổng hội Y học tặng hoa.', ['tổng hội Y học']],
    ['Ông Khanh - Tổng thư ký hiệp hội Chăn nuôi gia cầm Việt Nam cho biết.', ['hiệp hội Chăn nuôi gia cầm Việt Nam']],
    // not after other words: "xã hội Việt Nam" is society
    ['Đây là vấn đề của xã hội Việt Nam hiện nay.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe('a public health centre named by its province', () => {
  const table: [string, string[]][] = [
    ['Trung tâm Y tế Dự phòng Hà Nội đã phun hóa chất diện rộng.', ['Trung tâm Y tế Dự phòng Hà Nội']],
    ['Ông Dân, Giám đốc Trung tâm Y tế dự phòng tỉnh Cà Mau cho biết.', ['Trung tâm Y tế dự phòng tỉnh Cà Mau']],
    ['Theo bản giám định của Trung tâm Pháp y Hậu Giang, tỉ lệ thương tích là 6%.', ['Trung tâm Pháp y Hậu Giang']],
    // a centre of another kind named by a province is no health service
    ['Trung tâm Tiếng Anh Hà Nội khai giảng lớp mới.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe("a unit's two-word name before its head's full name", () => {
  const table: [string, string[]][] = [
    ['Phó Chủ tịch UBND xã Bình Châu Nguyễn Quang Trung cho biết.', ['UBND xã Bình Châu']],
    ['Phó Chủ tịch UBND huyện Gia Lâm Nguyễn Ngọc Thuần khẳng định.', ['UBND huyện Gia Lâm']],
    // a middle name after the family name: the place ended before the family name
    ['Chủ tịch UBND tỉnh TT-Huế Nguyễn Văn Cao cho biết.', ['UBND tỉnh TT-Huế']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe('a one-letter number or vowel is not completed by the next word', () => {
  const table: [string, string[]][] = [
    ['Thanh tra Chính phủ giao Cục I thanh tra tại UBND TP Hà Nội.', ['Thanh tra Chính phủ', 'Chính phủ', 'Cục I', 'UBND TP Hà Nội']],
    ['Tổ chức Động vật châu Á cam kết hỗ trợ.', ['Tổ chức Động vật châu Á']],
    ['Chủ tịch Hiệp hội Y khoa phát biểu.', ['Hiệp hội Y khoa']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe("a room's number of three digits or more is no unit's number", () => {
  const table: [string, string[]][] = [
    ['Nhà thầu có địa chỉ tại Phòng 215A, số 12 phố Huế, phường Phạm Đình Hổ.', []],
    ['Nơi đăng ký thường trú: Phòng 508, nhà B2, phường Trung Hòa.', []],
    ['Họ nghe thấy tiếng động lạ ngay trong Phòng 316 của khách sạn.', []],
    // a police department's number has one or two digits
    ['Trinh sát Phòng 4, Cục Cảnh sát hình sự đã bắt giữ đối tượng.', ['Phòng 4', 'Cục Cảnh sát hình sự']],
    ['Lãnh đạo Phòng 12 Cục CSGT cho biết.', ['Phòng 12 Cục CSGT', 'Cục CSGT']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('a traffic police unit written in full runs on to its force or place ("giao" alone hands over)', () => {
  const table: [string, string[]][] = [
    ['Trung úy Hải thuộc Phòng Cảnh sát giao thông Công an tỉnh Quảng Bình cho biết.', ['Phòng Cảnh sát giao thông Công an tỉnh Quảng Bình', 'Công an tỉnh Quảng Bình']],
    ['Tổ công tác của Đội Cảnh sát giao thông huyện Cam Lâm phát hiện chiếc xe.', ['Đội Cảnh sát giao thông huyện Cam Lâm']],
    ['Chiến sĩ Đội Cảnh sát giao thông số 9 đã dừng xe kiểm tra.', ['Đội Cảnh sát giao thông số 9']],
    ['Đội Thanh tra giao thông số 2 quận Cái Răng lập biên bản.', ['Đội Thanh tra giao thông số 2 quận Cái Răng']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('a managing centre closed by its province with no level word', () => {
  const table: [string, string[]][] = [
    ['Giám đốc Trung tâm Quản lý điều hành giao thông đô thị Hà Nội cho biết giá vé giữ nguyên.', ['Trung tâm Quản lý điều hành giao thông đô thị Hà Nội']],
    // (managing "and" operating is one remit; another word after "và" still ends it)
    ['Ông Trần Chí Trung - Giám đốc Trung tâm Quản lý và điều hành vận tải hành khách công cộng TP.HCM cho biết đã đình chỉ tài xế.',
      ['Trung tâm Quản lý và điều hành vận tải hành khách công cộng TP.HCM']],
    ['Trung tâm Quản lý và điều hành giao thông đô thị Hà Nội cho biết.', ['Trung tâm Quản lý và điều hành giao thông đô thị Hà Nội']],
    ['Trung tâm Y tế và trường học huyện Đắk Hà tham gia.', []],
    ['Theo Trung tâm Quản lý hầm đường bộ Đà Nẵng, xe tải phải đi chậm.', ['Trung tâm Quản lý hầm đường bộ Đà Nẵng']],
    // an operations centre may be a firm's
    ['Lãnh đạo Trung tâm Điều hành Mạng FPT Cần Thơ tham dự.', []],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('"UB" for "Ủy ban", the investigation body of a named force, a bare parent type', () => {
  const table: [string, string[]][] = [
    ['Ngày 31/5, UB Tư pháp Quốc hội đã có văn bản gửi Bộ Công an.', ['UB Tư pháp Quốc hội', 'Quốc hội', 'Bộ Công an']],
    ['Theo Chủ nhiệm UB Kinh tế Vũ Hồng Thanh, cả hai dự án đều cần.', ['UB Kinh tế']],
    ['Chủ tịch UB Trung ương MTTQ Việt Nam dự lễ.', ['UB Trung ương MTTQ Việt Nam', 'MTTQ Việt Nam']],
    ['Phó chủ nhiệm UB Khoa học-Công nghệ và Môi trường của Quốc hội bày tỏ quan điểm.', ['UB Khoa học-Công nghệ và Môi trường của Quốc hội', 'Quốc hội']],
    ['Đường sắt sẽ báo cáo với Bộ GTVT và UB ATGT những khó khăn.', ['Bộ GTVT', 'UB ATGT']],
    ['Ngày 7/2, Cơ quan điều tra Công an tỉnh Cao Bằng khởi tố vụ án.', ['Cơ quan điều tra Công an tỉnh Cao Bằng', 'Công an tỉnh Cao Bằng']],
    ['Lực lượng gồm Cơ yếu và Cơ quan điều tra của Viện KSND Tối cao.', ['Cơ quan điều tra của Viện KSND Tối cao', 'Viện KSND Tối cao']],
    ['Cơ quan điều tra Bộ Quốc phòng đã vào cuộc.', ['Cơ quan điều tra Bộ Quốc phòng', 'Bộ Quốc phòng']],
    // (the kind of body alone names none)
    ['Cơ quan điều tra xác định đây là vụ án mạng.', []],
    ['Thanh tra Bộ đã gọi điện cho lãnh đạo Sở Y tế Hà Nội.', ['Sở Y tế Hà Nội']],
    ['Lực lượng CSGT phối hợp cùng Thanh tra Sở xử lý vi phạm.', []],
    // a province after its level word, one syllable mistyped in lower case
    ['Cơ quan Cảnh sát điều tra Công an tỉnh Hưng yên đã khám phá vụ án.', ['Cơ quan Cảnh sát điều tra Công an tỉnh Hưng yên', 'Công an tỉnh Hưng yên']],
    ['Luật sư Thư (Đoàn luật sư tỉnh Long an – bảo vệ cho bị cáo) cho biết.', ['Đoàn luật sư tỉnh Long an']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
  it('keys "Cơ quan điều tra Công an X" as that force\'s "Cơ quan Cảnh sát điều tra": the bare legal name is its alias', () => {
    const [a, b] = agenciesOf('Cơ quan Cảnh sát điều tra đã khởi tố. Cơ quan điều tra Công an tỉnh Hòa Bình đưa ra kết luận.');
    expect(a.name).toBe('Cơ quan điều tra Công an tỉnh Hòa Bình');
    expect(a.aliases).toEqual(['Cơ quan Cảnh sát điều tra']);
    expect(b.name).toBe('Công an tỉnh Hòa Bình');
  });
  it('keys a body written with and without "của" before its owner as one body', () => {
    const [a, ...rest] = agenciesOf('Quỹ làm việc với Bộ Tài chính Việt Nam. Quỹ sẽ làm việc với Bộ Tài chính của Việt Nam để thúc đẩy hợp tác.');
    expect(a.name).toBe('Bộ Tài chính của Việt Nam');
    expect(a.aliases).toEqual(['Bộ Tài chính Việt Nam']);
    expect(rest).toEqual([]);
    // (two owners stay two bodies)
    expect(namesOf('Bộ Quốc phòng của Nga cho biết. Bộ Quốc phòng của Mỹ bác bỏ.')).toEqual(['Bộ Quốc phòng của Nga', 'Bộ Quốc phòng của Mỹ']);
  });
  it('keys "UB" as "Ủy ban": the short and the full form are one body', () => {
    const [a, ...rest] = agenciesOf('UB Kinh tế của Quốc hội nêu băn khoăn. Ủy ban Kinh tế của Quốc hội đề nghị.');
    expect(a.name).toBe('Ủy ban Kinh tế của Quốc hội');
    expect(a.aliases).toEqual(['UB Kinh tế của Quốc hội']);
    expect(rest.map((x) => x.name)).toEqual(['Quốc hội']);
  });
});

describe('guards of a state, a state\'s "Cộng hòa" before its country, a second remit after "và"', () => {
  const table: [string, string[]][] = [
    ['Các đơn vị của Lực lượng Vệ binh Cách mạng Hồi giáo Iran đã phóng tên lửa.', ['Lực lượng Vệ binh Cách mạng Hồi giáo Iran']],
    ['Ba thành viên cấp cao của Vệ binh Cách mạng Iran bị bắt giữ.', ['Vệ binh Cách mạng Iran']],
    ['Lực lượng Vệ binh quốc gia Ukraine đã được điều động.', ['Lực lượng Vệ binh quốc gia Ukraine']],
    ['Ông là Bộ trưởng Bộ các Lực lượng vũ trang Cách mạng Cu-ba.', ['Bộ các Lực lượng vũ trang Cách mạng Cu-ba']],
    // (a rebel army is no state body)
    ['Nhóm phiến quân Lực lượng vũ trang Cách mạng Colombia (FARC) ký thỏa thuận.', []],
    ['Tàu của Hải quân Cộng hòa Singapore cập cảng.', ['Hải quân Cộng hòa Singapore']],
    // (who leads a delegation is no word of the body)
    ['Bộ trưởng Bộ Quốc phòng dẫn đầu Đoàn đại biểu quân sự cấp cao Việt Nam thăm Cuba.', ['Bộ Quốc phòng']],
    ['Theo Cục Quản lý Thực phẩm và dược phẩm Hoa Kỳ (FDA), thuốc này an toàn.', ['Cục Quản lý Thực phẩm và dược phẩm Hoa Kỳ']],
    ['Tổ chức Nông nghiệp và lương thực Liên hiệp quốc cảnh báo.', ['Tổ chức Nông nghiệp và lương thực Liên hiệp quốc', 'Liên hiệp quốc']],
    // (a second body or people after "và" are not the name's)
    ['Bộ Y tế và các bộ ngành liên quan đã họp.', ['Bộ Y tế']],
    ['Tổng cục Thuế và doanh nghiệp đã phối hợp.', ['Tổng cục Thuế']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
  it('keys a guard with or without "Lực lượng" and "Hồi giáo", a state with or without "nước Cộng hòa", as one body', () => {
    expect(namesOf('Lực lượng Vệ binh Cách mạng Hồi giáo Iran cho biết. Vệ binh Cách mạng Iran cũng vậy.')).toEqual(['Lực lượng Vệ binh Cách mạng Hồi giáo Iran']);
    expect(namesOf('Bộ các Lực lượng vũ trang cách mạng nước Cộng hòa Cuba cho biết. Bộ các lực lượng vũ trang cách mạng Cuba cũng vậy.'))
      .toEqual(['Bộ các Lực lượng vũ trang cách mạng nước Cộng hòa Cuba']);
    expect(namesOf('Tàu Hải quân Cộng hòa Singapore và Hải quân Singapore.')).toEqual(['Hải quân Cộng hòa Singapore']);
    // (a party's "Cộng hòa" and the state bank's "Nhà nước" are words of the name)
    expect(namesOf('Các nghị sĩ đảng Cộng hòa Mỹ và đảng Cộng hòa.')).toEqual(['đảng Cộng hòa Mỹ']);
    expect(namesOf('Ngân hàng Nhà nước Việt Nam cho biết. Ngân hàng Nhà nước sẽ điều hành.')).toEqual(['Ngân hàng Nhà nước Việt Nam']);
  });
  it('keys "Ban Chấp hành Trung ương" alone as the party\'s central committee', () => {
    const [a] = agenciesOf('Ban Chấp hành Trung ương Đảng họp. Ban Chấp hành Trung ương đã quyết định.');
    expect(a.name).toBe('Ban Chấp hành Trung ương Đảng');
    expect(a.aliases).toEqual(['Ban Chấp hành Trung ương']);
  });
});

describe('a state\'s permanent mission and a body\'s delegation', () => {
  const table: [string, string[]][] = [
    ['Thủ tướng gặp cán bộ Phái đoàn đại diện thường trú Việt Nam ở Liên Hợp Quốc.', ['Phái đoàn đại diện thường trú Việt Nam ở Liên Hợp Quốc', 'Liên Hợp Quốc']],
    ['Trưởng Phái đoàn thường trực Việt Nam tại Liên hợp quốc cho biết.', ['Phái đoàn thường trực Việt Nam tại Liên hợp quốc', 'Liên hợp quốc']],
    // (a mission with no state is no one body)
    ['Phái đoàn đã làm việc với các cơ quan chức năng.', []],
    // written without "thường trực", a mission at an international body; a visiting delegation, or one in a city, is none
    ['Phái đoàn Triều Tiên tại Liên Hợp Quốc cũng cho rằng.', ['Phái đoàn Triều Tiên tại Liên Hợp Quốc', 'Liên Hợp Quốc']],
    ['Phái đoàn Mỹ đã ra giá 100 triệu USD.', []],
    ['Phái đoàn Mỹ tại Hà Nội họp báo.', []],
    ['Ông Bruno Angelet, Trưởng Phái đoàn EU tại Việt Nam cho biết.', ['EU']], // (no mission read: the post's title stays whole)
    // the delegation of a body names that body, not one of its own
    ['Bộ trưởng tiếp Đoàn Ủy ban Quân lực Thượng viện Hoa Kỳ do Thượng nghị sỹ John McCain dẫn đầu.', ['Ủy ban Quân lực Thượng viện Hoa Kỳ', 'Thượng viện Hoa Kỳ']],
    ['Đoàn Quốc hội Việt Nam đến thăm.', ['Quốc hội Việt Nam']],
    ['Đoàn Thanh niên Cộng sản Hồ Chí Minh tổ chức.', ['Đoàn Thanh niên Cộng sản Hồ Chí Minh']],
    ['Anh Đoàn Công Hậu cho biết.', []],
    // (an inspection team names no body)
    ['Đoàn Thanh tra Nhật Bản làm việc tại công ty.', []],
    // (a police force's youth union is a body of its own)
    ['Thượng úy Long, Bí thư Đoàn CAQ Nam Từ Liêm cho biết.', ['Đoàn CAQ Nam Từ Liêm']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('a lower-case remit runs on to its ministry or general department after a comma', () => {
  const table: [string, string[]][] = [
    ['Ông Trinh, Cục trưởng Cục Khảo thí và Kiểm định chất lượng giáo dục, Bộ GD-ĐT cho biết.', ['Cục Khảo thí và Kiểm định chất lượng giáo dục', 'Bộ GD-ĐT']],
    ['Hàng được gửi đi thuộc Tổng cục Tiêu chuẩn đo lường chất lượng, Bộ KH-CN xét nghiệm.', ['Tổng cục Tiêu chuẩn đo lường chất lượng', 'Bộ KH-CN']],
    ['Đội kiểm soát miền Trung (Cục Điều tra chống buôn lậu, Tổng cục Hải quan) kiểm tra.', ['Cục Điều tra chống buôn lậu', 'Tổng cục Hải quan']],
    // (not a clause that a verb ends before the comma)
    ['Cục Thuế yêu cầu nộp thuế, Bộ Tài chính cho biết.', ['Cục Thuế', 'Bộ Tài chính']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('an international body and a country paired across a dash inside a name', () => {
  const table: [string, string[]][] = [
    ['Ông dự tọa đàm với Hội đồng Kinh doanh ASEAN – Hoa Kỳ và dự lễ trao.', ['Hội đồng Kinh doanh ASEAN – Hoa Kỳ', 'ASEAN']],
    ['Đại diện Hội đồng Kinh doanh ASEAN-Hàn Quốc cho biết.', ['Hội đồng Kinh doanh ASEAN-Hàn Quốc']],
    // (a meeting is no body)
    ['Hội nghị Bộ trưởng ASEAN-EU diễn ra hôm qua.', []],
    // a country, then the international body after the dash
    ['Ngày 13.7, cuộc họp của Hội đồng Nga – NATO ở cấp đại sứ sẽ diễn ra.', ['Hội đồng Nga – NATO', 'NATO']],
    ['tại cuộc họp khai mạc của Ủy ban Ukraine — NATO. Ông nhấn mạnh.', ['Ủy ban Ukraine — NATO', 'NATO']],
    ['ông Li Yuan, Giám đốc Trung tâm Trung Quốc – ASEAN kiến nghị.', ['Trung tâm Trung Quốc – ASEAN', 'ASEAN']],
    // (not a ministry's country: "Bộ" is no bilateral body; not a body run on by a capital after it)
    ['Bộ Ngoại giao Nga - NATO đã có tranh cãi.', ['Bộ Ngoại giao Nga', 'NATO']],
    ['Hội đồng Nga – NATO Tổng thư ký nói.', ['Hội đồng Nga', 'NATO']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('a coast guard written out; a fleet is named without the country it belongs to', () => {
  const table: [string, string[]][] = [
    ['7 thủy thủ mất tích, theo thông tin từ Lực lượng bảo vệ bờ biển Nhật Bản.', ['Lực lượng bảo vệ bờ biển Nhật Bản']],
    ['Một phát ngôn viên của lực lượng bảo vệ bờ biển Philippines cho hay.', ['lực lượng bảo vệ bờ biển Philippines']],
    // (a fleet's "của <country>" is whose it is, not its name: the reviewer's reading of 10 corpus articles, 9 wrong with it)
    ['Phát ngôn viên của Hạm đội số 7 của Hoa Kỳ cho biết.', ['Hạm đội số 7']],
    ['Hạm đội Bảy của Mỹ ra thông cáo.', ['Hạm đội Bảy']],
    ['chiếc thứ 5 sẽ được biên chế cho Hạm đội Thái Bình Dương của Nga.', ['Hạm đội Thái Bình Dương']],
    // (no country: a shore's guard in general; a fleet of a service keeps the service apart)
    ['được hai xuồng của lực lượng bảo vệ bờ biển và một máy bay.', []],
    ['Hạm đội 7 của Hải quân Mỹ cho biết.', ['Hạm đội 7', 'Hải quân Mỹ']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('a president\'s government is no presidential office; a team\'s bracketed department code is the department', () => {
  const table: [string, [string, string[]][]][] = [
    ['Sean Spicer nói rằng chính phủ  Tổng thống Syria Bashar al-Assad có nhiều dấu hiệu.', []],
    ['phản ứng của chính phủ Tổng thống Mỹ Donald Trump đối với Nga.', []],
    // (the office itself, written without "chính")
    ['Ông đến phủ Tổng thống Hàn Quốc hôm qua.', [['phủ Tổng thống Hàn Quốc', []]]],
    ['Đầu tháng 3, Đội CSGT An Sương (PC67) khi tuần tra đã phát hiện.', [['Đội CSGT An Sương', []], ['PC67', []]]],
    ['lãnh đạo Đội CSGT số 4 (PC67 - Công an TP.Hà Nội) cho biết.', [['Đội CSGT số 4', []], ['PC67', []], ['Công an TP.Hà Nội', []]]],
    // (a department's own code stays its other name)
    ['Phòng CSGT (PC67) Công an TP Hà Nội cho biết.', [['Phòng CSGT Công an TP Hà Nội', ['PC67']], ['Công an TP Hà Nội', []]]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(agenciesOf(text).map((a) => [a.name, a.aliases])).toEqual(expected);
  });
});

describe('a sentence-case police unit named by its fire and rescue acronyms', () => {
  const table: [string, string[]][] = [
    ['Đội cảnh sát PCCC và cứu nạn cứu hộ trung tâm (Phòng cảnh sát PCCC và CNCH, Công an tỉnh Quảng Trị) cho biết.', ['Phòng cảnh sát PCCC và CNCH', 'Công an tỉnh Quảng Trị']],
    ['Phòng cảnh sát PCCC&CNCH Công an tỉnh Quảng Nam đã đến.', ['Phòng cảnh sát PCCC&CNCH Công an tỉnh Quảng Nam', 'Công an tỉnh Quảng Nam']],
    // (no force after it: a numbered fire station is not read)
    ['Phòng cảnh sát PCCC số 1 cho biết.', []],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('a ward\'s police written by its initials, like CAQ and CAH', () => {
  const table: [string, string[]][] = [
    ['Trực ban CAP Hòa Thọ Đông (Q. Cẩm Lệ, TP Đà Nẵng) tiếp nhận người thanh niên.', ['CAP Hòa Thọ Đông']],
    ['người dân phối hợp với CAP Quang Trung, quận Đống Đa bắt giữ.', ['CAP Quang Trung']],
    // (no ward named after it)
    ['Đây là CAP thứ hai của dự án.', []],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('a parliament\'s friendship group named by its two countries', () => {
  const table: [string, string[]][] = [
    ['Thượng tướng Võ Trọng Việt, Chủ tịch Nhóm Nghị sĩ hữu nghị Việt Nam - Cuba cho biết.', ['Nhóm Nghị sĩ hữu nghị Việt Nam - Cuba']],
    ['Nhóm Nghị sỹ Hữu nghị Việt-Nhật đã đến thăm.', ['Nhóm Nghị sỹ Hữu nghị Việt-Nhật']],
    ['Nhóm Nghị sỹ hữu nghị Đức - Việt nhằm tăng cường hợp tác.', ['Nhóm Nghị sỹ hữu nghị Đức - Việt']],
    // (no countries: the group of each parliament, no one body)
    ['Nhóm Nghị sỹ hữu nghị của Quốc hội hai nước gặp nhau.', ['Quốc hội']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('one body whose country is written two ways', () => {
  const table: [string, [string, string[]][]][] = [
    ['Hải quân Hoa Kỳ cho hay tàu bị thủng. Tàu USS Fitzgerald của Hải quân Mỹ.', [['Hải quân Hoa Kỳ', ['Hải quân Mỹ']]]],
    ['Quân đội Xy-ri tiến vào. Lực lượng của quân đội Syria rút.', [['Quân đội Xy-ri', ['quân đội Syria']]]],
    ['Đảng Cộng sản Cuba và Đảng Cộng sản Cu-ba.', [['Đảng Cộng sản Cu-ba', ['Đảng Cộng sản Cuba']]]],
    // (two countries are two bodies)
    ['Hải quân Mỹ và Hải quân Nga tập trận.', [['Hải quân Mỹ', []], ['Hải quân Nga', []]]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(agenciesOf(text).map((a) => [a.name, a.aliases])).toEqual(expected);
  });
});

describe('a national or federal committee or agency named with its remit after "về"', () => {
  const table: [string, string[]][] = [
    ['Thủ tướng, Chủ tịch Ủy ban Quốc gia về biến đổi khí hậu, chủ trì cuộc họp.', ['Ủy ban Quốc gia về biến đổi khí hậu']],
    ['Chính phủ, Ủy ban Quốc gia về biến đổi khí hậu đã chỉ đạo nhiều chương trình.', ['Chính phủ', 'Ủy ban Quốc gia về biến đổi khí hậu']],
    ['Ủy ban Quốc gia về người cao tuổi Việt Nam đã họp tổng kết.', ['Ủy ban Quốc gia về người cao tuổi Việt Nam']],
    ['Ông nhận Kỷ niệm chương của Cơ quan Liên bang về hợp tác kỹ thuật quân sự Nga.', ['Cơ quan Liên bang về hợp tác kỹ thuật quân sự Nga']],
    // a named committee's "về" belongs to the sentence
    ['Ủy ban An toàn giao thông quốc gia về việc xây dựng đường gom đã có ý kiến.', ['Ủy ban An toàn giao thông quốc gia']],
    // a remit closed by the pair of countries it serves is read whole; one cut at another capital is not taken half-read
    ['Ông phát biểu tại Ủy ban Quốc gia về quan hệ Mỹ-Trung ở New York.', ['Ủy ban Quốc gia về quan hệ Mỹ-Trung']],
    ['Chủ tịch Hội đồng Quốc gia về các trường Đại học Nicaragua nhấn mạnh.', ['Hội đồng Quốc gia']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe("the party's cell of a ministry or state body", () => {
  const table: [string, string[]][] = [
    ['Ban cán sự đảng Bộ Tài chính đã họp phiên thường kỳ.', ['Ban cán sự đảng Bộ Tài chính', 'Bộ Tài chính']],
    ['Ông bị cách chức Bí thư Ban Cán sự Đảng Bộ Công Thương nhiệm kỳ trước.', ['Ban Cán sự Đảng Bộ Công Thương', 'Bộ Công Thương']],
    ['Đề án được Ban cán sự đảng Chính phủ thông qua.', ['Ban cán sự đảng Chính phủ', 'Chính phủ']],
    // the cell ends where its body ends, not at the sentence's next verb
    ['Ban Cán sự Đảng Bộ Văn hóa, Thể thao và Du lịch thống nhất đề xuất.', ['Ban Cán sự Đảng Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Văn hóa, Thể thao và Du lịch']],
    // a cell of no one named body is none, and its party word no party
    ['Sở sẽ báo cáo Ban cán sự đảng UBND TP xem xét.', []],
    ['Ông là Bí thư Ban cán sự đảng, Bộ trưởng Bộ Y tế.', ['Bộ Y tế']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('fields whose second syllable is a level word, a passive or a duty, and a second field after them', () => {
  const table: [string, string[]][] = [
    ['Theo Cục Xuất bản, In và Phát hành, cuốn sách phải thu hồi.', ['Cục Xuất bản, In và Phát hành']],
    ['Sách phải nộp lưu chiểu cho Cục Xuất bản, trong vòng 10 ngày.', ['Cục Xuất bản']],
    ['Bộ Y tế (Vụ Trang thiết bị và Công trình y tế) đề nghị các sở rà soát.', ['Bộ Y tế', 'Vụ Trang thiết bị và Công trình y tế']],
    ['Báo cáo gửi Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia, các cơ quan liên quan.', ['Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia', 'Ban Chỉ đạo 389 quốc gia']],
    ['Philippines kiện lên Tòa án Trọng tài Thường trực ở The Hague.', ['Tòa án Trọng tài Thường trực']],
    ['Ông Tuấn, Trưởng phòng Nhà ở và Thị trường Bất động sản (Sở Xây dựng Quảng Bình) cho rằng.', ['phòng Nhà ở và Thị trường Bất động sản', 'Sở Xây dựng Quảng Bình']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('committees of affairs, and a plural after what a department manages or funds', () => {
  const table: [string, string[]][] = [
    ['Ông Lợi, Phó Chủ nhiệm Ủy ban về các vấn đề xã hội của Quốc hội cho biết.', ['Ủy ban về các vấn đề xã hội của Quốc hội', 'Quốc hội']],
    ['Bà Lan, Ủy viên Ủy ban Về các vấn đề xã hội Quốc hội phát biểu.', ['Ủy ban Về các vấn đề xã hội', 'Quốc hội']],
    ['Ủy ban các vấn đề xã hội đã họp chiều qua.', ['Ủy ban các vấn đề xã hội']],
    ['Hồ sơ phải qua Cục Quản lý các hoạt động xây dựng (Bộ Xây dựng) thẩm định.', ['Cục Quản lý các hoạt động xây dựng', 'Bộ Xây dựng']],
    ['Ông Trung, Vụ phó Vụ Quản lý các khu kinh tế - Bộ Kế hoạch và Đầu tư, cho rằng.', ['Vụ Quản lý các khu kinh tế', 'Bộ Kế hoạch và Đầu tư']],
    ['Bà Hiền, Vụ trưởng Vụ Tài chính các ngân hàng và tổ chức tài chính, Bộ Tài chính cho biết.', ['Vụ Tài chính các ngân hàng và tổ chức tài chính', 'Bộ Tài chính']],
    // a plural of units after the remit is the sentence's, not the name's
    ['Theo Cục Quản lý thị trường, các địa phương phải báo cáo.', ['Cục Quản lý thị trường']],
    ['Sở Y tế các tỉnh, thành phố phải báo cáo.', []],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('the national border guard named alone', () => {
  const table: [string, string[]][] = [
    ['Công an huyện phối hợp với Bộ đội Biên phòng chia làm nhiều tổ.', ['Bộ đội Biên phòng']],
    ['Bộ Tư lệnh Bộ đội Biên phòng vừa có công điện.', ['Bộ Tư lệnh Bộ đội Biên phòng', 'Bộ đội Biên phòng']],
    // a province's guard, and the guard written as a common noun, are not the national force
    ['Đại diện Bộ đội Biên phòng tỉnh Quảng Trị cho biết.', ['Bộ đội Biên phòng tỉnh Quảng Trị']],
    ['Các lực lượng công an, bộ đội biên phòng đã có mặt.', []],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('a group of states named by what its members are, closed by its acronym', () => {
  const table: [string, string[]][] = [
    ['Ông dự họp với Nhóm các nước công nghiệp phát triển (G7) tại Italy.', ['Nhóm các nước công nghiệp phát triển']],
    ['Lãnh đạo Nhóm các nền kinh tế phát triển và mới nổi hàng đầu thế giới (G20) nhóm họp tại Đức.', ['Nhóm các nền kinh tế phát triển và mới nổi hàng đầu thế giới']],
    // without its acronym, or before a list in brackets, it is no body
    ['Nhóm các bạn trẻ đã lập quỹ.', []],
    ['Nhóm các chỉ báo dao động (RSI, STO) đang suy giảm.', []],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
  it('keeps the acronym as an alias', () => {
    expect(agenciesOf('Nhóm các nước công nghiệp phát triển (G7) họp.')[0].aliases).toEqual(['G7']);
  });
});

describe('a seat of power written only as where things happen', () => {
  const table: [string, string[]][] = [
    ['Tổng thống sẽ tiếp vị khách tại Nhà Trắng vào ngày 10/2.', []],
    ['Ông từng làm cố vấn ở Nhà Trắng và sau đó đến thăm Nhà Trắng lần nữa.', []],
    ['Vụ ám sát xảy ra ngay bên ngoài Điện Kremlin.', []],
    ['Tổng thống ký sắc lệnh tại Lầu Năm Góc.', []],
    // the president's office written alone is a body when it acts, a building where things happen
    ['Ông tuyên thệ nhậm chức tại Phủ Tổng thống hôm qua.', []],
    ['Mặc dù Phủ Tổng thống ngay lập tức phủ nhận thông tin.', ['Phủ Tổng thống']],
    ['Ông Park, người phát ngôn của Phủ tổng thống, được dẫn lời cho biết.', ['Phủ tổng thống']],
    ['Ông là Vụ trưởng Vụ Nghiên cứu, Phủ Thủ tướng.', ['Vụ Nghiên cứu', 'Phủ Thủ tướng']],
    // (a move in or out of it too, as for the other seats)
    ['Đây là chuyến đi đầu tiên kể từ khi ông rời Nhà Trắng.', []],
    ['Ông bị buộc phải rời khỏi Nhà Trắng.', []],
    ['Quyết định của Nhà Trắng khiến ông rời Nhà Trắng.', ['Nhà Trắng']],
    // its master is the president, a person; under it or by its walls, a building
    ['Ông chủ Nhà Trắng khẳng định sắc lệnh này nhằm bảo vệ nước Mỹ.', []],
    ['Chủ nhân Điện Kremlin đáp. Ông Putin trong Phòng tình huống ở Điện Kremlin.', []],
    ['Lễ đặt hoa bên tường Điện Kremlin, tưởng niệm các anh hùng.', []],
    ['Ông chủ Nhà Trắng khẳng định. Nhà Trắng cho biết sẽ xem xét.', ['Nhà Trắng']],
    // in quotes, a nickname (Real Madrid's) or the building's name; a seat also named acting is still the body
    ['Thế nhưng bí mật của người đứng đầu “Nhà trắng” đã bị bại lộ.', []],
    ['Sở dĩ gọi là “Nhà Trắng” là bởi sơn bên ngoài của tòa nhà. Nhà Trắng cho biết.', ['Nhà Trắng']],
    // acting once anywhere in the text, it is the body
    ['Nhà Trắng cho biết cuộc gặp ở Nhà Trắng sẽ diễn ra sớm.', ['Nhà Trắng']],
    ['Người phát ngôn Điện Kremlin bác bỏ thông tin.', ['Điện Kremlin']],
    ['Lầu Năm Góc xác nhận vụ việc.', ['Lầu Năm Góc']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('a body named by a faith is a religious body, not an agency', () => {
  const table: [string, string[]][] = [
    ['Hội đồng Hồi giáo Indonesia đã ra phán quyết.', []],
    ['Ông là Trưởng ban Trị sự Phật giáo tỉnh Bình Dương.', []],
    ['Hội đồng Giám mục Việt Nam ra thư chung.', []],
    // a church's or a clan's board named by its administration word alone
    ['Hòa thượng Danh Lung, Ủy viên Thường trực Hội đồng Trị sự, cho biết.', []],
    ['Sáng 6/7, Hội đồng Trị sự Nguyễn Phước Tộc đã tìm thấy vị trí huyệt táng.', []],
    ['Đại diện Ban Trị sự Nguyễn Phước tộc đã liên hệ với các cơ quan.', []],
    ['Tổ chức Nhà nước Hồi giáo tự xưng đã nhận trách nhiệm.', []],
    // a state named by its faith, and its guard, are still public bodies
    ['Lực lượng Vệ binh Cách mạng Hồi giáo Iran phóng tên lửa.', ['Lực lượng Vệ binh Cách mạng Hồi giáo Iran']],
    ['Bộ Ngoại giao Cộng hòa Hồi giáo Iran cho biết.', ['Bộ Ngoại giao Cộng hòa Hồi giáo Iran']],
    ['Ban Tôn giáo Chính phủ làm việc với tỉnh.', ['Ban Tôn giáo Chính phủ', 'Chính phủ']],
    ['Hội đồng quản trị Sở Giao dịch chứng khoán TP.HCM họp.', []],
    ['Hội đồng Nhân dân tỉnh Thừa Thiên Huế làm việc với Ban Trị sự.', ['Hội đồng Nhân dân tỉnh Thừa Thiên Huế']],
    ['Tổ chức Hợp tác Hồi giáo họp khẩn.', ['Tổ chức Hợp tác Hồi giáo']],
    // the militant group by its acronym
    ['Tổ chức IS thừa nhận gây ra vụ tấn công.', []],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('a police unit named with its place, its force left out, is the unit written with it', () => {
  const table: [string, string[]][] = [
    ['Đề xuất của Trưởng phòng CSGT Công an TP Hà Nội được chú ý. Phòng CSGT Hà Nội cho biết.', ['phòng CSGT Công an TP Hà Nội', 'Công an TP Hà Nội']],
    ['Phòng CSGT Công an tỉnh Quảng Nam vừa ra quân. Phòng CSGT Quảng Nam cho biết.', ['Phòng CSGT Công an tỉnh Quảng Nam', 'Công an tỉnh Quảng Nam']],
    ['Đội CSGT Công an TP Thanh Hóa lập chốt. Đội CSGT TP Thanh Hóa cho biết.', ['Đội CSGT Công an TP Thanh Hóa', 'Công an TP Thanh Hóa']],
    // alone, the short form is the unit's name
    ['Phòng CSGT Hà Nội cho biết.', ['Phòng CSGT Hà Nội']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
  it('keeps the short form as an alias', () => {
    expect(agenciesOf('Phòng CSGT Công an tỉnh Quảng Nam vừa ra quân. Phòng CSGT Quảng Nam cho biết.')[0].aliases).toEqual(['Phòng CSGT Quảng Nam']);
  });
});

describe('the traffic police named by its place alone is the one traffic unit of that place written in full', () => {
  const table: [string, string[][]][] = [
    ['CSGT Ninh Bình cho biết, đã có văn bản báo cáo. Phòng CSGT Công an tỉnh Ninh Bình xác nhận.',
      [['Phòng CSGT Công an tỉnh Ninh Bình', 'CSGT Ninh Bình'], ['Công an tỉnh Ninh Bình']]],
    ['Trung tá Phạm Việt Giang, Đội phó Đội CSGT Công an TP Thanh Hóa, cho biết. CSGT Thanh Hóa đã truy tìm chiếc xe.',
      [['Đội CSGT Công an TP Thanh Hóa', 'CSGT Thanh Hóa'], ['Công an TP Thanh Hóa']]],
    ['Xe va chạm với xe ô tô CSGT huyện Quế Phong. Đội CSGT Công an huyện Quế Phong xác nhận.',
      [['Đội CSGT Công an huyện Quế Phong', 'CSGT huyện Quế Phong'], ['Công an huyện Quế Phong']]],
    // (the unit written without its force too; not when the bare form is the longer, which would become the name)
    ['CSGT quận 12 lập chốt. Đội CSGT quận 12 cho biết.', [['Đội CSGT quận 12', 'CSGT quận 12']]],
    ['CSGT Quảng Ninh phát hiện xe vi phạm. Phòng CSGT Quảng Ninh cho biết.', [['Phòng CSGT Quảng Ninh', 'CSGT Quảng Ninh']]],
    ['CSGT thành phố Vinh lập chốt. Đội CSGT TP Vinh cho biết.', [['CSGT thành phố Vinh'], ['Đội CSGT TP Vinh']]],
    // a numbered team is one of the city's many: not the city's traffic police
    ['CSGT Hà Nội tăng cường tuần tra. Đội CSGT số 6 Công an Hà Nội lập chốt.',
      [['CSGT Hà Nội'], ['Đội CSGT số 6 Công an Hà Nội'], ['Công an Hà Nội']]],
    // two traffic units of the place: neither is the one meant
    ['CSGT Thanh Hóa vào cuộc. Phòng CSGT Công an tỉnh Thanh Hóa và Đội CSGT Công an TP Thanh Hóa phối hợp.',
      [['CSGT Thanh Hóa'], ['Phòng CSGT Công an tỉnh Thanh Hóa'], ['Công an tỉnh Thanh Hóa'], ['Đội CSGT Công an TP Thanh Hóa'], ['Công an TP Thanh Hóa']]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(agenciesOf(text).map((a) => [a.name, ...a.aliases])).toEqual(expected);
  });
});

describe('a board named by its remit in lower case before the body it belongs to', () => {
  const table: [string, string[][]][] = [
    ['Ban kỷ luật Liên đoàn bóng đá Việt Nam xem xét lại pha vào bóng.', [['Ban kỷ luật Liên đoàn bóng đá Việt Nam'], ['Liên đoàn bóng đá Việt Nam']]],
    ['Ban công tác đặc biệt Chính phủ Lào đã họp.', [['Ban công tác đặc biệt Chính phủ Lào'], ['Chính phủ Lào']]],
    ['Ban tiếp công dân Thành ủy Hà Nội đã tiếp dân.', [['Ban tiếp công dân Thành ủy Hà Nội'], ['Thành ủy Hà Nội']]],
    // (no parent body after the remit: no board read by it)
    ['Ban công tác đặc biệt làm Trưởng đoàn.', []],
    ['Tham dự có Phó Trưởng Ban dân vận Trung Ương Đảng Nguyễn Văn Hùng.', [['Ban dân vận Trung Ương Đảng']]],
    ['Trưởng Ban đô thị HĐND TP Hà Nội Nguyễn Nguyên Quân cho hay.', [['Ban đô thị HĐND TP Hà Nội'], ['HĐND TP Hà Nội']]],
    // (a committee read whole is not read again from its "Ban")
    ['Ngày 11/5, Ủy Ban kiểm tra tỉnh ủy Sóc Trăng đã họp.', [['Ủy Ban kiểm tra tỉnh ủy Sóc Trăng'], ['tỉnh ủy Sóc Trăng']]],
    // the board of a body named by its acronym is the board named with the body's full name
    ['Ban kỷ luật Liên đoàn bóng đá Việt Nam (VFF) đã đưa ra án phạt. Ban kỷ luật VFF cho biết.',
      [['Ban kỷ luật Liên đoàn bóng đá Việt Nam', 'Ban kỷ luật VFF'], ['Liên đoàn bóng đá Việt Nam', 'VFF']]],
    // an event's organizing board is no body: "Ban tổ chức" is a party committee's only
    ['Ban tổ chức Bộ Công an cho biết.', [['Bộ Công an']]],
    ['Ban tổ chức Huyện ủy Yên Thành cho biết.', [['Ban tổ chức Huyện ủy Yên Thành'], ['Huyện ủy Yên Thành']]],
    ['Ban tổ chức V-League đã họp.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(agenciesOf(text).map((a) => [a.name, ...a.aliases])).toEqual(expected);
  });
});

describe("a national acronym and its full name are one body; an acronym spelling a name's tail is its parent's", () => {
  const table: [string, string[][]][] = [
    ['VFF đã họp. Liên đoàn bóng đá Việt Nam cho biết. Ban kỷ luật VFF cũng vào cuộc.',
      [['Liên đoàn bóng đá Việt Nam', 'VFF'], ['Ban kỷ luật VFF']]],
    ['Ban Kỷ luật Liên đoàn bóng đá Việt Nam (VFF) ra quyết định. VFF cho biết.',
      [['Ban Kỷ luật Liên đoàn bóng đá Việt Nam'], ['Liên đoàn bóng đá Việt Nam', 'VFF']]],
    ['Cao ủy Liên hợp quốc (LHQ) về nhân quyền cho biết. LHQ cáo buộc IS.',
      [['Cao ủy Liên hợp quốc'], ['Liên hợp quốc', 'LHQ']]],
    // (an acronym of the whole name stays the body's own)
    ['Sở Giáo dục và Đào tạo (GD-ĐT) Hà Nội cho biết.', [['Sở Giáo dục và Đào tạo (GD-ĐT) Hà Nội', 'Sở Giáo dục và Đào tạo Hà Nội']]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(agenciesOf(text).map((a) => [a.name, ...a.aliases])).toEqual(expected);
  });
});

describe("a state's mission written lower-case before its country", () => {
  const table: [string, string[]][] = [
    ['Một quả bom phát nổ gần lãnh sự quán Afghanistan ở thành phố.', ['lãnh sự quán Afghanistan']],
    ['Nhân viên đại sứ quán Nga cho biết.', ['đại sứ quán Nga']],
    ['Ông đã đến đại sứ quán Mỹ tại Hà Nội.', ['đại sứ quán Mỹ tại Hà Nội']],
    // many missions, or one with no country, are no one body
    ['Các đại sứ quán Mỹ đóng cửa.', []],
    ['Ông đến đại sứ quán để làm thủ tục.', []],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('the State Bank written by its acronym alone', () => {
  const table: [string, string[]][] = [
    ['Thống đốc NHNN Lê Minh Hưng trình bày tờ trình.', ['NHNN']],
    ['Theo NHNN, tín dụng tăng 9%.', ['NHNN']],
    // beside its full name it is that body
    ['Ngân hàng Nhà nước Việt Nam cho biết. Sau đó NHNN sẽ điều hành.', ['Ngân hàng Nhà nước Việt Nam']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe("a head word opening a village's, commune's or lake's name, and the Oval Office", () => {
  const table: [string, string[]][] = [
    ['Ông Lê Văn Khi, trú thôn Hội Khánh (xã Mỹ Hòa).', []],
    ['Họ vào khu vực đầu nguồn hồ Hội Sơn phát dọn thực bì.', []],
    ['Chủ rừng ở xã Ban Mế, huyện Si Ma Cai cho biết.', []],
    ['Cuộc gặp diễn ra tại Phòng Bầu dục hôm 10/5.', []],
    // a body of the next unit, and a unit named so, are still read
    ['Bí thư xã Đoàn xã Phú Hải cho biết.', ['Đoàn xã Phú Hải']],
    ['UBND xã Đoàn Thượng tổ chức lễ.', ['UBND xã Đoàn Thượng']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe("the party's inspection committees by their acronym", () => {
  const table: [string, string[]][] = [
    ['Ông đã gửi đơn đến UBKT Trung ương tố cáo bà Thanh.', ['UBKT Trung ương']],
    ['Ủy ban Kiểm tra Trung ương họp. Theo kết luận của UBKT Trung ương, bà đã ký.', ['Ủy ban Kiểm tra Trung ương']],
    ['UBKT Tỉnh ủy Nghệ An đã kỷ luật ông.', ['UBKT Tỉnh ủy Nghệ An', 'Tỉnh ủy Nghệ An']],
    // alone, it names no one committee
    ['Theo UBKT, ông đã vi phạm.', []],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('two ministries acting jointly, named with "Liên"', () => {
  const table: [string, string[]][] = [
    ['Liên Bộ Tài chính - Công Thương vừa điều chỉnh giá xăng.', ['Liên Bộ Tài chính - Công Thương']],
    ['Theo liên Bộ Công Thương - Tài chính, giá xăng tăng. Bộ Công Thương cho biết.', ['liên Bộ Công Thương - Tài chính', 'Bộ Công Thương']],
    // one ministry after "Liên" is that ministry
    ['Liên Bộ Tài chính cho biết.', ['Bộ Tài chính']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('a board named after the road it builds runs to the road\'s far end after the dash', () => {
  const table: [string, string[]][] = [
    ['Ban Quản lý dự án đường cao tốc Đà Nẵng - Quảng Ngãi cho biết.', ['Ban Quản lý dự án đường cao tốc Đà Nẵng - Quảng Ngãi']],
    ['Ban quản lý khai thác cao tốc Hà Nội - Hải Phòng đã lắp camera.', ['Ban quản lý khai thác cao tốc Hà Nội - Hải Phòng']],
    // a dash before a person is no route
    ['Ban Quản lý Đường sắt đô thị Hà Nội - Ông Nguyễn Văn An cho biết.', ['Ban Quản lý Đường sắt đô thị Hà Nội']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('a remit\'s lower-case tail running to a bracket with the unit\'s code or a body', () => {
  const table: [string, string[]][] = [
    ['Theo Cục An ninh kinh tế nông lâm ngư nghiệp (A86, Bộ Công an) cho biết.', ['Cục An ninh kinh tế nông lâm ngư nghiệp', 'Bộ Công an']],
    ['Lực lượng Cục Cảnh sát giao thông đường bộ đường sắt (C67) cho biết.', ['Cục Cảnh sát giao thông đường bộ đường sắt']],
    ['Cán bộ, công chức Vụ Thanh tra kinh tế ngành (Vụ 1) nhằm rút kinh nghiệm.', ['Vụ Thanh tra kinh tế ngành']],
    ['Giấy phép do Bộ Công nghiệp nặng (Bộ Công Thương) cấp cho công ty.', ['Bộ Công nghiệp nặng', 'Bộ Công Thương']],
    // a verb, a function word or a level before the bracket, or no code or body in it: the name ends where it did
    ['Việc UBND TP Hà Nội chuyển giao sân vận động (SVĐ) cho tư nhân.', ['UBND TP Hà Nội']],
    ['Bộ Công an đồng loạt khám xét (PC45) nhiều nơi.', ['Bộ Công an', 'PC45']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('"Khoa học" in an association\'s name is its field, no faculty', () => {
  const table: [string, string[]][] = [
    ['Hội Khoa học Lịch sử tỉnh Thừa Thiên- Huế tổ chức hội thảo.', ['Hội Khoa học Lịch sử tỉnh Thừa Thiên- Huế']],
    ['Liên hiệp Hội Khoa học và Kỹ thuật Việt Nam tổ chức hội thảo.', ['Liên hiệp Hội Khoa học và Kỹ thuật Việt Nam']],
    // a member "Hội" inside the union's name is no second body (reviewer: a duplicate fragment in 4 corpus articles)
    ['Liên hiệp các Hội Khoa học và Kỹ thuật (KH&KT) Việt Nam tổ chức hội thảo.', ['Liên hiệp các Hội Khoa học và Kỹ thuật (KH&KT) Việt Nam']],
    ['Liên hiệp các Hội Khoa học và Kỹ thuật TP Đà Nẵng tổ chức hội thảo.', ['Liên hiệp các Hội Khoa học và Kỹ thuật TP Đà Nẵng']],
    // an academy or a faculty keeps its reading
    ['Viện Hàn lâm Khoa học và Nghệ thuật Điện ảnh Mỹ trao giải.', []],
    ['Trưởng Khoa Khoa học xã hội Trường Đại học X cho biết.', []],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('a body every state has, written only after a number word', () => {
  const table: [string, string[]][] = [
    ['Trong bối cảnh hai Đảng, hai Chính phủ, hai Quân đội và nhân dân hai nước gắn bó.', []],
    ['Hai bên thống nhất tham vấn định kỳ giữa hai Bộ Ngoại giao về các vấn đề cùng quan tâm.', []],
    // named bodies listed after "hai", an ordinal, or the body written once more on its own: kept
    ['Thỏa thuận giữa hai chính phủ Mỹ và Việt Nam được ký.', ['chính phủ Mỹ']],
    ['Kỳ họp lần thứ hai Ủy ban hỗn hợp Việt Nam - Sudan được tổ chức.', ['Ủy ban hỗn hợp Việt Nam - Sudan']],
    ['Quan hệ giữa hai Chính phủ tốt đẹp. Chính phủ đã chỉ đạo các bộ.', ['Chính phủ']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('national bodies written by their own acronym or a name of their own', () => {
  const table: [string, string[]][] = [
    ['Bộ trưởng, Chủ nhiệm VPCP Mai Tiến Dũng chủ trì họp báo.', ['VPCP']],
    ['Theo kết luận của TTCP, sai phạm kéo dài. KTNN cũng đã kiểm toán.', ['TTCP', 'KTNN']],
    // the US Central Command, its "Trung tâm" no centre's head, in either case
    ['Trong chuyến thăm Bộ Chỉ huy trung tâm tại Tampa, Florida, ông Trump nói.', ['Bộ Chỉ huy trung tâm']],
    ['Ngày 4-7, Bộ Tư lệnh Trung tâm Mỹ (CENTCOM) cho biết.', ['Bộ Tư lệnh Trung tâm Mỹ']],
    // a document number's office code is no mention
    ['Theo văn bản 571/VPCP-KTTH ngày 19-1-2017, Bộ Tài chính đề nghị.', ['Bộ Tài chính']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
  it('is an alias of the full name written beside it', () => {
    const a = agenciesOf('Văn phòng Chính phủ (VPCP) đã có văn bản. VPCP cho biết.');
    expect(a.map((x) => [x.name, x.aliases])).toContainEqual(['Văn phòng Chính phủ', ['VPCP']]);
  });
});

describe("a bloc's acronym written only as a market or an area", () => {
  const table: [string, string[]][] = [
    ['Xuất khẩu thịt gà sang thị trường EU tăng mạnh.', []],
    ['Xe nhập từ các nước trong khu vực ASEAN có thuế 0%.', []],
    // its member economies and the summit it hosts: no body acting; its economic community still names the bloc
    ['Ông gặp các bộ trưởng thương mại của các nền kinh tế APEC.', []],
    ['Các công trình phục vụ cho sự kiện APEC là rất quan trọng.', []],
    ['Sân bay quốc tế Đà Nẵng phục vụ APEC đã sẵn sàng.', []],
    ['Do Cộng đồng Kinh tế ASEAN đã có hiệu lực, thuế giảm.', ['ASEAN']],
    // acting once anywhere in the text, it is the body
    ['EU cho biết sẽ xem xét. Hàng vào thị trường EU tăng.', ['EU']],
    ['ASEAN ra tuyên bố chung.', ['ASEAN']],
    // listed among countries under "thị trường", before or after one of them
    ['Bắc Giang mở rộng sang các thị trường Mỹ, EU, Nhật Bản, Hàn Quốc.', []],
    ['Với các thị trường truyền thống như Trung Quốc, Nga, Ấn Độ, ASEAN… hàng vẫn khó vào.', []],
    ['Cần tháo gỡ vướng mắc tại thị trường Mỹ và EU vì xuất khẩu giảm.', []],
    // no market over the list, or "thị trường" as a heading: the body
    ['Các nước và tổ chức quốc tế như Mỹ, Nhật Bản, EU đã hỗ trợ.', ['EU']],
    ['Về thị trường, Mỹ và EU đã áp thuế chống bán phá giá.', ['EU']],
    ['Thị trường chung vẫn khó. Anh rời khỏi EU, Mỹ phản đối.', ['EU']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('a mass organization\'s centre written short, and a federation\'s words inside an association\'s name', () => {
  const table: [string, string[]][] = [
    ['Anh A, Phó Chủ tịch T.Ư Hội Liên hiệp Thanh niên Việt Nam phát biểu.', ['T.Ư Hội Liên hiệp Thanh niên Việt Nam', 'Hội Liên hiệp Thanh niên Việt Nam']],
    ['TƯ Đoàn TNCS Hồ Chí Minh tổ chức lễ.', ['TƯ Đoàn TNCS Hồ Chí Minh', 'Đoàn TNCS Hồ Chí Minh']],
    ['Hội Liên hiệp Thanh niên Việt Nam tổ chức.', ['Hội Liên hiệp Thanh niên Việt Nam']],
    ['Hội Liên hiệp Văn học Nghệ thuật Hà Nội trao giải.', ['Hội Liên hiệp Văn học Nghệ thuật Hà Nội']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe("an army's arms named like its services", () => {
  const table: [string, string[]][] = [
    ['Ngày 22/5, Binh chủng Đặc công tổ chức cuộc diễn tập thực binh.', ['Binh chủng Đặc công']],
    ['Bộ Tư lệnh Binh chủng Công binh tổ chức lễ kỷ niệm.', ['Bộ Tư lệnh Binh chủng Công binh', 'Binh chủng Công binh']],
    // (a lower-case remit is taken whole when punctuation closes it)
    ['Tập đoàn có tiền thân từ Binh chủng Thông tin liên lạc. Nay đã lớn mạnh.', ['Binh chủng Thông tin liên lạc']],
    ['Đây là tin vui với Binh chủng Tăng – Thiết giáp khi xe tăng được nâng cấp.', ['Binh chủng Tăng – Thiết giáp']],
    ['Ông gia nhập Binh chủng Lính thủy Đánh bộ Mỹ sau khi tốt nghiệp.', ['Binh chủng Lính thủy Đánh bộ Mỹ']],
    // lower case it is a remit after another body's name, or no body at all
    ['Viện sửa xe thiết giáp cho Cục Kỹ thuật binh chủng. Viện còn làm nhiều việc khác.', ['Cục Kỹ thuật binh chủng']],
    ['Anh chọn binh chủng nào khi nhập ngũ?', []],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('a body closed by a bare level word is a type and a level, no one body', () => {
  const table: [string, string[]][] = [
    ['Có 7 dự án do Ban Quản lý KKT tỉnh làm chủ đầu tư.', []],
    ['Sau cuộc họp hôm nay Văn phòng UBND TP ra văn bản.', []],
    ['Trước Tết, Ban ATGT tỉnh và Phòng CSGT Bắc Ninh đã đẩy mạnh tuyên truyền.', ['Phòng CSGT Bắc Ninh']],
    ['Đại diện Chi cục Quản lý thị trường 63 tỉnh, thành phố dự hội nghị.', []],
    ['Đội điều tra phối hợp với Cục Hải quan tỉnh tạm giữ xe tải.', []],
    // (a place written after the level word, a body named in itself, or one holding a place stays a body)
    ['Ban ATGT tỉnh Bắc Ninh tổ chức tuyên truyền.', ['Ban ATGT tỉnh Bắc Ninh']],
    ['Ông là Trưởng đoàn đại biểu Quốc hội tỉnh.', ['Quốc hội']],
    ['Thành ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam thành phố tổ chức lễ.', ['Ủy ban MTTQ Việt Nam', 'MTTQ Việt Nam']],
    // ("tỉnh ủy", "xã hội": a level word's compound is another word)
    ['Ủy ban Các vấn đề xã hội của Quốc hội họp.', ['Ủy ban Các vấn đề xã hội của Quốc hội', 'Quốc hội']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe("Labour's party word is no party of its own", () => {
  const table: [string, string[]][] = [
    ['Trong cuộc tranh luận với thủ lĩnh Công đảng Jeremy Corbyn, bà May nói.', ['Công đảng']],
    ['Lãnh đạo Công đảng Australia Bill Shorten phát biểu.', ['Công đảng Australia']],
    ['Công đảng rút ngắn khoảng cách so với đảng Bảo thủ.', ['Công đảng', 'đảng Bảo thủ']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('a board named by its one task is no public body', () => {
  const table: [string, string[]][] = [
    ['Ban Chuyên án đã bắt đối tượng tại Lào Cai.', []],
    ['Điểm chấm lại của Tổ phúc khảo thuộc Ban Chấm thi là điểm chính thức.', []],
    ['Ông cho biết Hội đồng Thẩm định dự án cao tốc đang xem xét các phương án.', []],
    ['Cổ đông duyệt thù lao cho Hội đồng quản trị và Ban Kiểm soát công ty.', []],
    ['Hội đồng Chung khảo Giải Báo chí đã chọn 95 tác phẩm.', []],
    ['Hội đồng coi thi tỉnh Quảng Ngãi báo cáo sự việc.', []],
    // (one of a named parent, or of the whole state, is that body's unit)
    ['Ban Kỷ luật VFF quyết định phạt cầu thủ.', ['Ban Kỷ luật VFF', 'VFF']],
    ['Hồ sơ được trình Hội đồng thẩm định Nhà nước xem xét.', ['Hội đồng thẩm định Nhà nước']],
    ['Ban Giải phóng mặt bằng huyện Ba Vì cho biết.', ['Ban Giải phóng mặt bằng huyện Ba Vì']],
    // (an appraisal's board is one only written bare: named with what it appraises, the golds keep it)
    ['Theo Hội đồng Thẩm định, dự án chưa đạt yêu cầu.', []],
    ['Hội đồng thẩm định giá đất tỉnh Lào Cai họp.', ['Hội đồng thẩm định giá đất tỉnh Lào Cai']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe("a party's own name after a lower-case party word and its descriptor is another form of it", () => {
  const table: [string, string, string[]][] = [
    ['Phe cánh hữu dẫn trước đảng cực hữu Mặt trận Dân tộc của bà Marine Le Pen.', 'đảng cực hữu Mặt trận Dân tộc', ['Mặt trận Dân tộc']],
    ['Ở Tây Ban Nha, đảng cực tả Podemos lên tiếng.', 'đảng cực tả Podemos', ['Podemos']],
    // (a foreign name right after the party word)
    ['Theo kết quả, đảng Tomin First no Kai của bà Koike đã thắng.', 'đảng Tomin First no Kai', ['Tomin First no Kai']],
    // (a party named by its Vietnamese words is that name with its party word; a capitalised "Đảng" opens the name)
    ['Ông bị nghị sĩ đảng Dân chủ chỉ trích.', 'đảng Dân chủ', []],
    ['Thủ tướng cho biết Đảng Dân chủ Tự do đã thất bại.', 'Đảng Dân chủ Tự do', []],
  ];
  it.each(table)('%s', (text, name, aliases) => {
    const [a] = agenciesOf(text);
    expect([a.name, a.aliases]).toEqual([name, aliases]);
    for (const m of a.mentions) expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
  });
});

describe('a gang is no party', () => {
  const table: [string, string[]][] = [
    ['Cảnh sát bắt thủ lĩnh băng đảng Yamaguchi-gumi tại Kobe.', []],
    ['Băng đảng MS-13 gây án ở nhiều bang.', []],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe("an acronym of just the parent closing a named organ is the parent's", () => {
  const table: [string, [string, string[]][]][] = [
    ['Nước này vi phạm các nghị quyết của Hội đồng Bảo an Liên Hợp Quốc (LHQ). LHQ cho biết sẽ xem xét.',
      [['Hội đồng Bảo an Liên Hợp Quốc', []], ['Liên Hợp Quốc', ['LHQ']]]],
    // (an acronym of the whole name stays the body's own)
    ['Chủ tịch Quốc hội Việt Nam (QH) phát biểu.', [['Quốc hội Việt Nam', ['QH']]]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(agenciesOf(text).map((a) => [a.name, a.aliases])).toEqual(expected);
  });
});

describe("a force's branch named by its city or province", () => {
  const table: [string, string[]][] = [
    ['CSGT Đà Nẵng lập biên bản xử phạt tài xế.', ['CSGT Đà Nẵng']],
    ['Cảnh sát PCCC TP.HCM đã điều 5 xe chữa cháy đến hiện trường.', ['Cảnh sát PCCC TP.HCM']],
    ['Cảnh sát giao thông Hà Nội ra quân bảo đảm trật tự.', ['Cảnh sát giao thông Hà Nội']],
    ['Nhận tin báo, Cảnh sát PCCC quận Gò Vấp huy động nhiều xe.', ['Cảnh sát PCCC quận Gò Vấp']],
    ['Bị CSGT tỉnh Quảng Nam ra hiệu dừng xe, tài xế bỏ chạy.', ['CSGT tỉnh Quảng Nam']],
    // the unit's remit inside a body or a post, not a branch of its own
    ['Phòng CSGT Quảng Nam xác nhận sự việc.', ['Phòng CSGT Quảng Nam']],
    ['Đại tá Trần Văn An, Trưởng phòng CSGT Hà Nội cho biết.', ['phòng CSGT Hà Nội']],
    // the force in general, or a sentence's time after the acronym
    ['Lực lượng CSGT Hà Nội tăng cường tuần tra.', []],
    ['Tài xế chống đối CSGT Ngày 6.2, đội phó cho biết.', []],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
    for (const a of agenciesOf(text)) for (const m of a.mentions) expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
  });
});

describe("a trade union named by its branch, zone, firm or sector", () => {
  const table: [string, string[]][] = [
    ['Hội thi do Công đoàn Giáo dục Việt Nam phối hợp với nhà trường tổ chức.', ['Công đoàn Giáo dục Việt Nam']],
    ['Ông Tô Văn Lâm, Chủ tịch Công đoàn các Khu công nghiệp tỉnh Đồng Nai cho biết, năm nay tốt.', ['Công đoàn các Khu công nghiệp tỉnh Đồng Nai']],
    ['Sáng nay, Công đoàn ngành Y tế tổ chức lễ tôn vinh.', ['Công đoàn ngành Y tế']],
    ['Bà Lê Thị Hoa, Chủ tịch Công đoàn Công ty Giày Hưng Thịnh, cho biết năm nay tốt.', ['Công đoàn Công ty Giày Hưng Thịnh']],
    ['Thành lập Công đoàn Công ty cổ phần Thép Nam Sơn thuộc LĐLĐ quận Ba Đình.', ['Công đoàn Công ty cổ phần Thép Nam Sơn', 'LĐLĐ quận Ba Đình']],
    // the office of a body named in full right after it ends where that body ends; its read was not cut by the post word
    ['Theo Văn phòng Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh Lai Châu, mưa lớn.', ['Văn phòng Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh Lai Châu', 'Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh Lai Châu']],
    ['Văn phòng Ủy ban Quốc gia về biến đổi khí hậu cho biết.', ['Văn phòng Ủy ban Quốc gia về biến đổi khí hậu', 'Ủy ban Quốc gia về biến đổi khí hậu']],
    ['Ông A, Chánh Văn phòng Bộ Công an, cho biết.', ['Bộ Công an']],
    // a party committee named by the hospital or firm it sits in is a party body; the hospital alone is none
    ['Đảng ủy Bệnh viện Đa khoa huyện Gia Viễn tổ chức hội nghị.', ['Đảng ủy Bệnh viện Đa khoa huyện Gia Viễn']],
    ['Ông A, Bí thư Đảng bộ Bệnh viện Đa khoa huyện Thường Xuân, phát biểu.', ['Đảng bộ Bệnh viện Đa khoa huyện Thường Xuân']],
    ['Bệnh viện Đa khoa huyện Gia Viễn tổ chức hội nghị.', []],
    // the firm the story is about, by its head word alone: the union's post, no body of its own
    ['Điều đáng nói là Công đoàn Tổng công ty kịp thời giúp đỡ công nhân.', []],
    // the nationwide union system, whose body is the Tổng Liên đoàn
    ['Theo Điều lệ Công đoàn Việt Nam, đoàn viên đóng phí hằng tháng.', []],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
    for (const a of agenciesOf(text)) for (const m of a.mentions) expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
  });
});

describe("a force's branch named by its force and the force's place", () => {
  const table: [string, string[]][] = [
    ['Cảnh sát PCCC công an tỉnh Bình Thuận đã điều động 4 xe chữa cháy.', ['Cảnh sát PCCC công an tỉnh Bình Thuận', 'công an tỉnh Bình Thuận']],
    ['Theo CSGT Công an TP Vinh, tài xế đã bỏ chạy.', ['CSGT Công an TP Vinh', 'Công an TP Vinh']],
    // inside a unit, or the force in general: the unit and the force only
    ['Trung tá Lê Văn Hùng, Đội phó Đội CSGT Công an TP Thanh Hóa cho biết.', ['Đội CSGT Công an TP Thanh Hóa', 'Công an TP Thanh Hóa']],
    ['Lực lượng CSGT Công an tỉnh Nghệ An tăng cường tuần tra.', ['Công an tỉnh Nghệ An']],
    // the other branches, capitalised and right before their force
    ['Cán bộ huyện và chiến sĩ Cảnh sát cơ động Công an Hà Nội đã có mặt.', ['Cảnh sát cơ động Công an Hà Nội', 'Công an Hà Nội']],
    ['Từ lời khai, Cảnh sát hình sự Công an thị xã Dĩ An truy bắt Minh.', ['Cảnh sát hình sự Công an thị xã Dĩ An', 'Công an thị xã Dĩ An']],
    // lower-case, after "lực lượng", or joined by "của": the force only
    ['Hôm qua, cảnh sát hình sự Công an huyện Yên Thành đã có mặt.', ['Công an huyện Yên Thành']],
    ['Lực lượng Cảnh sát cơ động Công an tỉnh Nghệ An tăng cường tuần tra.', ['Công an tỉnh Nghệ An']],
    ['Lực lượng CSGT, Cảnh sát hình sự của Công an huyện Hưng Nguyên có mặt.', ['Công an huyện Hưng Nguyên']],
    // the investigation body cut short: no branch of its own
    ['Hai đối tượng đã bị Cảnh sát điều tra Công an tỉnh Thái Nguyên ra quyết định.', ['Công an tỉnh Thái Nguyên']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
    for (const a of agenciesOf(text)) for (const m of a.mentions) expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
  });
});

describe("a committee's standing board and boards of a bare committee", () => {
  const table: [string, string[][]][] = [
    // a standing board is the committee's leadership board, no body of its own (the guideline's "Ban Giám đốc"): the committee is
    ['Trước đó, Ban Thường vụ Thành ủy Đà Nẵng đã công bố quyết định điều động.', [['Thành ủy Đà Nẵng', []]]],
    ['BTV Tỉnh đoàn Hà Tĩnh đã quyết định khen thưởng.', [['Tỉnh đoàn Hà Tĩnh', []]]],
    ['Ban Thường vụ Tỉnh ủy Nghệ An họp. BTV Tỉnh ủy Nghệ An thống nhất.', [['Tỉnh ủy Nghệ An', []]]],
    ['Ban Thường vụ Đảng ủy Bộ Tài chính đã kiểm điểm.', [['Đảng ủy Bộ Tài chính', []], ['Bộ Tài chính', []]]],
    // with a level only, or before no committee: no one body
    ['Ông được bầu vào Ban Thường vụ Quận ủy và giữ chức Bí thư.', []],
    ['Ban Thường vụ Hội họp mặt hội viên.', []],
    // a board of a bare committee is a type and a level, unless the text names it with its place too
    ['Ông Dũng thôi giữ chức Trưởng ban Tuyên giáo Thành ủy để nhận công tác mới.', []],
    ['Ông là Trưởng Ban Tuyên giáo Thành ủy Đà Nẵng. Ban Tuyên giáo Thành ủy đã họp.',
      [['Ban Tuyên giáo Thành ủy Đà Nẵng', ['Ban Tuyên giáo Thành ủy']], ['Thành ủy Đà Nẵng', []]]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(agenciesOf(text).map((a) => [a.name, a.aliases])).toEqual(expected);
  });
});

describe('a name cut to one syllable, and a duration after a head', () => {
  const table: [string, string[]][] = [
    ['Theo kết quả xét nghiệm của Phòng Vi - rút đường ruột, bệnh nhân đã khỏi.', []],
    ['Vụ đuối nước xảy ra tại thôn Sở Hạ, xã Ninh Sở khiến hai em tử vong.', []],
    ['Ông Tùng cho biết việc này. Đoàn Loan', []],
    ['Bác chỉ thị cho Bộ Tổng chỉ huy rút các lực lượng chiến đấu.', []],
    // one-word fields, foreign words, places, paired names, numerals and bracketed acronyms are names
    ['Theo Tổng cục Thuế, số thu ngân sách tăng.', ['Tổng cục Thuế']],
    ['Cục Dược đã thu hồi giấy phép lưu hành.', ['Cục Dược']],
    ['Đảng Xanh giành thêm ghế trong quốc hội.', ['Đảng Xanh']],
    ['Hội hữu nghị Nga-Việt tổ chức gặp mặt.', ['Hội hữu nghị Nga-Việt']],
    ['Trạm kiểm lâm Đakrông đã lập biên bản.', ['Trạm kiểm lâm Đakrông']],
    ['Cục II cho biết đã nhận hồ sơ.', ['Cục II']],
    // a number then a unit of time is a duration; a date after a unit's number is not
    ['Hội nghị sơ kết công tác Thanh tra 6 tháng đầu năm 2017 diễn ra hôm qua.', []],
    ['Đội 5 ngày 3/4 bắt giữ hai đối tượng.', ['Đội 5']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('a body that runs an event, the police named as a body, a bare board of a committee', () => {
  const table: [string, string[][]][] = [
    // an acronym after "do", "của", "với" runs or joins the event, it is not inside the event's name
    ['Diễn đàn do VCCI phối hợp với Đại sứ quán tổ chức.', [['VCCI', []]]],
    // (the General Assembly is a body itself, from the foreign-bodies lexicon)
    ['Ông phát biểu tại Diễn đàn của Đại hội đồng LHQ năm 2014.', [['Đại hội đồng LHQ', []], ['LHQ', []]]],
    // (also with a capital "Hội", which is no council of the UN)
    ['Chủ tịch Đại Hội đồng Liên hợp quốc Peter Thompson cho biết.', [['Đại Hội đồng Liên hợp quốc', []], ['Liên hợp quốc', []]]],
    ['Hội nghị Thượng đỉnh APEC diễn ra tại Đà Nẵng.', []],
    // "Cơ quan Công an" and the force are one body
    ['Nhận tin báo, Cơ quan Công an tỉnh Vĩnh Long đến hiện trường. Công an tỉnh Vĩnh Long cho biết.',
      [['Cơ quan Công an tỉnh Vĩnh Long', ['Công an tỉnh Vĩnh Long']]]],
    // a board every committee has, bare: no one body; with a parent after a dash or in brackets, or named in full, it is
    ['Ban Nội chính cũng đang chuẩn bị báo cáo tới đoàn giám sát.', []],
    ['Trưởng ban Pháp chế (VCCI) trình bày báo cáo.', [['ban Pháp chế', ['VCCI']]]],
    ['Mời thêm Ban Nội chính - Văn phòng Chính phủ dự họp.', [['Ban Nội chính', []], ['Văn phòng Chính phủ', []], ['Chính phủ', []]]],
    ['Ban Nội chính Tỉnh ủy Cao Bằng cho biết. Ban Nội chính cũng đang chuẩn bị.',
      [['Ban Nội chính Tỉnh ủy Cao Bằng', ['Ban Nội chính']], ['Tỉnh ủy Cao Bằng', []]]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(agenciesOf(text).map((a) => [a.name, a.aliases])).toEqual(expected);
  });
});

describe('a provincial department named by type and sector alone', () => {
  const table: [string, string[]][] = [
    ['Sở Lao Động và Thương Binh Xã Hội cho biết đã nhận hồ sơ.', []],
    ['Theo Chi cục An toàn vệ sinh thực phẩm, có 3 ca ngộ độc.', []],
    ['Hàng được Chi cục Hải quan kiểm tra trước khi thông quan.', []],
    // with a place, a named post, a number, or written in full elsewhere in the text, it is one body
    ['Sở Lao động Thương binh và Xã hội tỉnh Nghệ An cho biết.', ['Sở Lao động Thương binh và Xã hội tỉnh Nghệ An']],
    ['Chi cục Hải quan cửa khẩu sân bay quốc tế Tân Sơn Nhất phát hiện vụ việc.', ['Chi cục Hải quan cửa khẩu sân bay quốc tế Tân Sơn Nhất']],
    ['Chi cục QLĐB III đã sửa xong mặt đường.', ['Chi cục QLĐB III']],
    ['Sở Giao dịch NHNN cho biết đã bơm vốn.', ['Sở Giao dịch NHNN', 'NHNN']],
    ['Sở GTVT TP.Cần Thơ cho biết. Sở GTVT đã kiểm tra.', ['Sở GTVT TP.Cần Thơ']],
    // placed by its parent department after a dash or in brackets, or by a place its name was cut before
    ['Theo Chi cục Thủy lợi - Sở Nông nghiệp và Phát triển Nông thôn tỉnh Hậu Giang, đê đã vỡ.',
      ['Chi cục Thủy lợi', 'Sở Nông nghiệp và Phát triển Nông thôn tỉnh Hậu Giang']],
    ['Chi cục Thủy lợi (Sở NN&PTNT Hà Nội) cho biết.', ['Chi cục Thủy lợi', 'Sở NN&PTNT Hà Nội']],
    ['Chi cục Thủy lợi (CCTL) Sở Y tế TPHCM đã phối hợp kiểm tra.', ['Chi cục Thủy lợi', 'Sở Y tế TPHCM']],
    // its acronym in brackets before its own place: the name runs on to the place
    ['Chi cục Thủy lợi (CCTL) tỉnh Hà Tĩnh cho biết.', ['Chi cục Thủy lợi (CCTL) tỉnh Hà Tĩnh']],
    // a parent with no place places nothing; a body named after it in a list is no parent
    ['Chi cục Thủy lợi (CCTL) cho biết.', []],
    ['Chi cục Thủy lợi - Sở Nông nghiệp cho biết.', []],
    ['Chi cục Thủy sản, Trung tâm Y tế huyện Long Hồ cùng tham gia.', ['Trung tâm Y tế huyện Long Hồ']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe("a mass body's central committee", () => {
  const table: [string, string[]][] = [
    // its name in lower case: the centre is read before the association, which stays a body of its own
    ['Trung ương Hội sinh viên Việt Nam đã tiến hành trao giải.', ['Trung ương Hội sinh viên Việt Nam', 'Hội sinh viên Việt Nam']],
    // the executive committee of the body named next is not the party's central committee
    // (and the board itself is that body's board, named in full)
    ['Ban Chấp hành Trung ương Hội Nông dân Việt Nam họp phiên thứ 5.', ['Ban Chấp hành Trung ương Hội Nông dân Việt Nam', 'Trung ương Hội Nông dân Việt Nam', 'Hội Nông dân Việt Nam']],
    ['BCH Trung ương Đoàn khóa X họp.', ['BCH Trung ương Đoàn', 'Trung ương Đoàn']],
    ['Khai mạc Hội nghị Ban Chấp hành Trung ương Đoàn lần thứ 11.', ['Ban Chấp hành Trung ương Đoàn', 'Trung ương Đoàn']],
    ['Hội nghị nghe báo cáo kiểm điểm Ban Bí thư Trung ương Đoàn năm 2016.', ['Ban Bí thư Trung ương Đoàn', 'Trung ương Đoàn']],
    // (the party's own boards stay as before)
    ['Hội nghị Ban Chấp hành Trung ương Đảng lần thứ 5 bế mạc.', ['Ban Chấp hành Trung ương Đảng']],
    ['Ông là Ủy viên Ban Chấp hành Trung ương, Bí thư Tỉnh ủy Nghệ An.', ['Ban Chấp hành Trung ương', 'Tỉnh ủy Nghệ An']],
    ['Hội Nông dân Việt Nam trao quà cho hội viên.', ['Hội Nông dân Việt Nam']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('a numbered project board', () => {
  const table: [string, string[][]][] = [
    ['Đại diện chủ đầu tư là Ban Quản lý dự án 2 (PMU 2) cũng cho biết.', [['Ban Quản lý dự án 2', []]]],
    ['Ban quản lý dự án 1 đã bàn giao. Ban QLDA 1 cho biết.', [['Ban quản lý dự án 1', ['Ban QLDA 1']]]],
    // with no number it names no one board
    ['Ban quản lý dự án đã bàn giao mặt bằng.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(agenciesOf(text).map((a) => [a.name, a.aliases])).toEqual(expected);
  });
});

describe("a remit's verb alone after a head is a name cut short", () => {
  const table: [string, string[]][] = [
    ['Hồ sơ nộp Cục Quản lý dược mất 25 ngày.', []],
    // (the crimes a police department fights are read as its name now)
    ['Lô hàng vừa bị Cục Cảnh sát phòng chống tội phạm buôn lậu bắt giữ.', ['Cục Cảnh sát phòng chống tội phạm buôn lậu']],
    // the police's general department is named "Tổng cục Cảnh sát" in full; a branch after "Cảnh sát" is read
    ['Phó tổng Cục trưởng Tổng cục Cảnh sát cho biết.', ['Tổng cục Cảnh sát']],
    ['Cục Cảnh sát giao thông cho biết.', ['Cục Cảnh sát giao thông']],
    // the object capitalised or a place after it: the whole name is read
    ['Cục Quản lý Dược cho biết đã thu hồi.', ['Cục Quản lý Dược']],
    ['Cục Quản lý thị trường tỉnh Nghệ An kiểm tra.', ['Cục Quản lý thị trường tỉnh Nghệ An']],
    // "chống" and the threat fought close the name (organization-parse's THREATS_FOUGHT)
    ['Cục Điều tra chống buôn lậu - Tổng cục Hải quan cho biết.', ['Cục Điều tra chống buôn lậu', 'Tổng cục Hải quan']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('the national body a place\'s branch head names when written bare', () => {
  const table: [string, string[][]][] = [
    ['Bộ Tài chính đã yêu cầu Kho bạc Nhà nước không thanh toán tiếp vốn.', [['Bộ Tài chính'], ['Kho bạc Nhà nước']]],
    ['Kho bạc Nhà nước (KBNN) huy động được 5.600 tỷ đồng. KBNN cho biết.', [['Kho bạc Nhà nước', 'KBNN']]],
    ['Ông Hiệp, Tổng giám đốc Kho bạc Nhà nước, cho biết.', [['Kho bạc Nhà nước']]],
    ['Cơ quan này đã xin ý kiến của Tổng Liên đoàn Lao động, Bộ Tư pháp.', [['Tổng Liên đoàn Lao động'], ['Bộ Tư pháp']]],
    // a place's treasury keeps its place; the bare form after it is that one, written short
    ['Kho bạc Nhà nước tỉnh Nghệ An cho biết. Kho bạc Nhà nước đã chi.', [['Kho bạc Nhà nước tỉnh Nghệ An', 'Kho bạc Nhà nước']]],
    // not a type and a bare level word, nor lower-case "kho bạc" (a treasury in general)
    ['Kho bạc Nhà nước quận đã chi trả.', []],
    ['Tiền nộp vào kho bạc nhà nước hoặc Kho bạc nhà nước nơi cư trú.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(agenciesOf(text).map((a) => [a.name, ...a.aliases])).toEqual(expected);
  });
});

describe('a team written by its number alone', () => {
  const table: [string, string[][]][] = [
    ['Lô hàng bị Đội 14 tạm giữ. Đội Quản lý thị trường số 14 cho biết.', [['Đội Quản lý thị trường số 14', 'Đội 14']]],
    ['Tại trụ sở Đội 10, Đội CSGT số 10 Công an Hà Nội trao trả tài sản.', [['Đội CSGT số 10 Công an Hà Nội', 'Đội 10'], ['Công an Hà Nội']]],
    // two teams of its number: neither is the one meant
    ['Đội 1 trực. Đội CSGT số 1 và Đội Cảnh sát cơ động số 1 hỗ trợ.', [['Đội 1'], ['Đội CSGT số 1'], ['Đội Cảnh sát cơ động số 1']]],
    // (no longer name of the same number: "Đội 10" is not "Đội CSGT số 1")
    ['Đội CSGT số 1 và Đội 10 phối hợp.', [['Đội CSGT số 1'], ['Đội 10']]],
    // a farm brigade's number before its hamlet or commune is an address
    ['Nạn nhân trú tại Đội 14, bản Pa Lếch, xã Thanh Chăn.', []],
    ['Chị Hà (Đội 5, thôn Ngọc Lặc, xã Ngọc Sơn) cho biết.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(agenciesOf(text).map((a) => [a.name, ...a.aliases])).toEqual(expected);
  });
});

describe('a name read across its acronym in brackets to its place', () => {
  const table: [string, string[][]][] = [
    ['Chi cục Quản lý thị trường (QLTT) tỉnh Sóc Trăng cho biết. Chi cục QLTT tỉnh Sóc Trăng đã xử phạt.',
      [['Chi cục Quản lý thị trường (QLTT) tỉnh Sóc Trăng', 'Chi cục Quản lý thị trường tỉnh Sóc Trăng', 'Chi cục QLTT tỉnh Sóc Trăng']]],
    ['Ngày 9/5, Tòa án nhân dân (TAND) tỉnh Đắk Lắk mở phiên tòa. TAND tỉnh Đắk Lắk tuyên phạt.', [['Tòa án nhân dân (TAND) tỉnh Đắk Lắk', 'Tòa án nhân dân tỉnh Đắk Lắk', 'TAND tỉnh Đắk Lắk']]],
    ['Theo báo cáo của Hiệp hội Bất động sản (BĐS) TP Hồ Chí Minh, giá tăng.', [['Hiệp hội Bất động sản (BĐS) TP Hồ Chí Minh', 'Hiệp hội Bất động sản TP Hồ Chí Minh']]],
    // a foreign body's own acronym stays its alias; a head's inner words are not read again
    ['Đảng Tự do Dân chủ (LDP) Nhật Bản giành đa số. LDP cho biết.', [['Đảng Tự do Dân chủ (LDP) Nhật Bản', 'Đảng Tự do Dân chủ Nhật Bản', 'LDP']]],
    ['Hội đồng phối hợp Tổng Liên đoàn Lao động (LĐLĐ) Việt Nam tổ chức.', [['Tổng Liên đoàn Lao động (LĐLĐ) Việt Nam', 'Tổng Liên đoàn Lao động Việt Nam']]],
    // an acronym inside a name read whole is left out of its key: the short form is the same body
    ['Sở Thông tin và Truyền thông (TT-TT) Phú Yên cho biết. Sở TT-TT Phú Yên đã kiểm tra.',
      [['Sở Thông tin và Truyền thông (TT-TT) Phú Yên', 'Sở Thông tin và Truyền thông Phú Yên', 'Sở TT-TT Phú Yên']]],
    // the name is read, and annotated, with and without the acronym inside it
    ['Phó Giám đốc Sở Giáo dục và Đào tạo (GD-ĐT) Hà Nội Phạm Xuân Tiến khẳng định.', [['Sở Giáo dục và Đào tạo (GD-ĐT) Hà Nội', 'Sở Giáo dục và Đào tạo Hà Nội']]],
    ['Đại diện Sở Văn hóa, Thể thao (VH&TT) TP.HCM cho hay.', [['Sở Văn hóa, Thể thao (VH&TT) TP.HCM', 'Sở Văn hóa, Thể thao TP.HCM']]],
    // not a place in brackets, nor a body's other name with no place after it, nor a longer name after the place
    ['UBND Q.1 (TP.HCM) cho biết.', [['UBND Q.1']]],
    ['Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) họp.', [['Tổ chức Hiệp ước Bắc Đại Tây Dương', 'NATO']]],
    ['Hiệp hội Bất động sản (BĐS) Hà Nội Land cho biết.', [['Hiệp hội Bất động sản', 'BĐS']]],
    // a body written as an acronym takes no acronym in brackets after it: the bracket names the longer phrase it closes
    // (an agreement's partner after a dash is no body at all since round 42: "Hiệp định ... Việt Nam - EU (EVFTA)")
    ['Hiệp định Thương mại hàng hóa ASEAN (ATIGA) có hiệu lực.', [['ASEAN']]],
    ['Sau khi Anh tuyên bố tách khỏi EU (Brexit), giá giảm.', [['EU']]],
    ['Liên minh châu Âu (EU) cho biết. EU sẽ họp.', [['Liên minh châu Âu', 'EU']]],
    // nor is a level word that a place in brackets goes on after an acronym
    ['Công an quận Thủ Đức (TP. HCM) bắt Nguyễn Thạch Bảo.', [['Công an quận Thủ Đức']]],
    // the national level after the bracket closes the name as a place would, in either case
    ['Ngay khi sự việc xảy ra, Ủy ban An toàn giao thông (ATGT) quốc gia đã gửi công văn.', [['Ủy ban An toàn giao thông (ATGT) quốc gia', 'Ủy ban An toàn giao thông quốc gia']]],
    ['Sau thông báo của Ủy ban Kiểm tra (UBKT) Trung ương về các sai phạm.', [['Ủy ban Kiểm tra (UBKT) Trung ương', 'Ủy ban Kiểm tra Trung ương']]],
    // (not before a longer name, nor after a contest's head, which is no body)
    ['Ban Chấp hành (BCH) Trung ương Đoàn lần thứ 1 họp.', [['Trung ương Đoàn']]],
    ['Theo đó, kỳ thi trung học phổ thông (THPT) quốc gia năm 2017 đã được tổ chức.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(agenciesOf(text).map((a) => [a.name, ...a.aliases])).toEqual(expected);
  });
});
describe('round 20: numbered wards and districts', () => {
  const table: [string, string[][]][] = [
    // a lower-case force of a numbered ward or urban district is that unit's force, as of a named one
    ['Ông được công an phường 1 mời lên làm việc.', [['công an phường 1']]],
    ['Nhận tin báo, công an quận 7 có mặt khám nghiệm hiện trường.', [['công an quận 7']]],
    ['Ông bị công an phường Láng Hạ mời lên.', [['công an phường Láng Hạ']]],
    // (not a number of another level word, nor a count after the force)
    ['Lực lượng công an tỉnh 3 năm qua đã bắt giữ.', []],
    ['Sau đó công an 2 xã đã phối hợp.', []],
    // a lower-case force before a province's name, with no level word, is that province's (not before a district's)
    ['Chúng tôi cùng với công an Hà Nội, cảnh sát khu vực phát phiếu.', [['công an Hà Nội']]],
    ['Xe tới huyện Hậu Lộc thì bị công an Thanh Hóa giữ lại.', [['công an Thanh Hóa']]],
    ['Công an TP Hà Nội cho biết, công an Hà Nội đã vào cuộc.', [['Công an TP Hà Nội', 'công an Hà Nội']]],
    ['Ông bị công an Hoàn Kiếm mời lên.', []],
    // a district's force is not the force of a ward inside it
    ['Công an phường Bến Thành quận 1 đã bắt. Sau đó, Công an quận 1 đang đi tuần tra.', [['Công an phường Bến Thành quận 1'], ['Công an quận 1']]],
    ['Đội 14 và Đội Quản lý thị trường số 14 kiểm tra.', [['Đội Quản lý thị trường số 14', 'Đội 14']]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(agenciesOf(text).map((a) => [a.name, ...a.aliases])).toEqual(expected);
  });
});
describe('round 20: a place\'s Front read only inside its committee', () => {
  const table: [string, string[]][] = [
    ['Ông Huỳnh Đảm, nguyên Chủ tịch Ủy ban MTTQ Việt Nam TP.HCM, phản ánh.', ['Ủy ban MTTQ Việt Nam TP.HCM']],
    ['Chủ tịch UB MTTQ tỉnh Nghệ An cho biết.', ['UB MTTQ tỉnh Nghệ An']],
    // the national Front stays the parent of its central committee; a Front written alone is read
    ['Ủy ban Trung ương MTTQ Việt Nam tổ chức hội nghị.', ['Ủy ban Trung ương MTTQ Việt Nam', 'MTTQ Việt Nam']],
    ['Ủy ban MTTQ tỉnh Nghệ An phối hợp với MTTQ tỉnh Nghệ An.', ['Ủy ban MTTQ tỉnh Nghệ An', 'MTTQ tỉnh Nghệ An']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});
describe('round 20: an agency\'s acronym after the UN that closes its name', () => {
  const table: [string, string[][]][] = [
    ['Quỹ Nhi đồng của Liên hợp quốc (UNICEF) cho rằng.', [['Liên hợp quốc'], ['UNICEF']]],
    ['Chương trình môi trường Liên Hiệp Quốc (UNEP) cho biết.', [['Liên Hiệp Quốc'], ['UNEP']]],
    // the UN's own acronyms stay its aliases; an organ named whole keeps its acronym
    ['Theo số liệu của Liên Hợp Quốc (UN) cho thấy.', [['Liên Hợp Quốc', 'UN']]],
    ['Theo báo cáo của Liên hợp quốc (LHQ), số người tăng.', [['Liên hợp quốc', 'LHQ']]],
    ['Cao ủy Liên hợp quốc về người tị nạn (UNHCR) hỗ trợ.', [['Cao ủy Liên hợp quốc về người tị nạn', 'UNHCR'], ['Liên hợp quốc']]],
    ['Các nước thành viên của Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) họp.', [['Tổ chức Hiệp ước Bắc Đại Tây Dương', 'NATO']]],
    // an acronym that spells words before the name is the longer phrase's ("đại biểu Quốc hội", "trái phiếu Chính phủ")
    ['Các đại biểu Quốc hội (ĐBQH) đã thảo luận.', [['Quốc hội']]],
    ['Quốc hội (QH) đã thảo luận.', [['Quốc hội', 'QH']]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(agenciesOf(text).map((a) => [a.name, ...a.aliases])).toEqual(expected);
  });
});
describe('round 20: a squad named by its coach or age class is a team', () => {
  const table: [string, string[]][] = [
    ['Anh Thắng đúng khi xây dựng lối đá của đội U.23 mang hình bóng của đội tuyển.', []],
    ['Ông thầy trẻ của đội U-22 quốc gia cũng có lý lẽ.', []],
    ['Cô nhanh chóng vào đội HLV Minh Tú.', []],
    ['Blossom quyết định trở thành chiến binh của đội HLV Bee Namthip.', []],
    // a police team written lower-case stays a body
    ['Anh là Đội trưởng đội CSGT số 3 Công an quận 1.', ['đội CSGT số 3 Công an quận 1', 'Công an quận 1']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});
describe('round 21: a committee of affairs keeps the parliament it belongs to', () => {
  const table: [string, string[]][] = [
    ['Ủy ban Về các vấn đề xã hội của Quốc hội thẩm tra dự án luật.', ['Ủy ban Về các vấn đề xã hội của Quốc hội', 'Quốc hội']],
    ['Bà Thúy Anh, Chủ nhiệm Ủy ban Các vấn đề xã hội của Quốc hội cho biết.', ['Ủy ban Các vấn đề xã hội của Quốc hội', 'Quốc hội']],
    // with no parliament after it the committee ends at its remit
    ['Ủy ban về các vấn đề xã hội đã họp phiên toàn thể.', ['Ủy ban về các vấn đề xã hội']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});
describe('round 21: a stock or commodity exchange is a state-owned company', () => {
  const table: [string, string[]][] = [
    ['Cổ phiếu được niêm yết trên Sở Giao dịch Chứng khoán TP.HCM từ hôm nay.', []],
    ['Theo Sở GDCK Hà Nội, thanh khoản tăng.', []],
    ['Giá dầu trên Sở Giao dịch hàng hóa New York giảm.', []],
    // the State Bank's operations office is the bank's unit; a department of transport is no exchange
    ['Sở Giao dịch Ngân hàng Nhà nước thông báo.', ['Sở Giao dịch Ngân hàng Nhà nước', 'Ngân hàng Nhà nước']],
    ['Sở Giao thông vận tải Hà Nội cho biết.', ['Sở Giao thông vận tải Hà Nội']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
  it('keeps the exchange in a title', () => {
    const ctx = createContext(documentFromText('Ông Trần Đắc Sinh, Chủ tịch HĐQT Sở Giao dịch Chứng khoán TP.HCM cho biết.'));
    expect(extractAgencies(ctx).map((a) => a.name)).toEqual([]);
  });
});
describe('round 21: international agencies and the G groupings by their acronym', () => {
  const table: [string, string[]][] = [
    ['Theo UNAIDS, số ca nhiễm mới đã giảm.', ['UNAIDS']],
    ['Đại diện UN Women và UN-Habitat phát biểu.', ['UN Women', 'UN-Habitat']],
    ['JICA tài trợ vốn cho dự án.', ['JICA']],
    ['Giá điện đang thấp hơn các nước G7.', ['G7']],
    ['Việt Nam và các nước thành viên G20 phát triển tốt đẹp.', ['G20']],
    ['Nga không muốn bám vào nhóm G8.', ['G8']],
    // a grouping that names its summit is the event's, not the body
    ['Hai ông gặp nhau bên lề hội nghị thượng đỉnh G20 tại Hamburg.', []],
    ['Ông dự hội nghị thượng đỉnh 20 nền kinh tế lớn thế giới (G20) tại Đức.', []],
    ['Ông dự Hội nghị Bộ trưởng Ngoại giao nhóm 20 nền kinh tế hàng đầu thế giới (G20) tại Bonn.', []],
    ['Sóng gió trước thềm G20 tại Đức.', []],
    ['Trung Quốc tổ chức Hội nghị cấp cao G20 tại Hàng Châu.', []],
    // a bare grouping needs its members or leaders before it: a brand or a phone of the same name is none
    ['Các nhà lãnh đạo G7 hy vọng ông Trump sẽ ở lại.', ['G7']],
    ['Tài giấu ma túy vào hộp cà phê G7 gửi sang Nga.', []],
    ['Lộ bản thiết kế của LG V30 và G7.', []],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});
describe('round 21: a group of states described inside its summit\'s name is the event\'s', () => {
  const table: [string, string[]][] = [
    ['Thủ tướng dự Hội nghị Thượng đỉnh Nhóm các nền kinh tế phát triển và mới nổi hàng đầu thế giới (G20) tại Đức.', []],
    ['Ông tới Hamburg dự hội nghị thượng đỉnh Nhóm các nước công nghiệp phát triển (G7).', []],
    // standing for the group itself, it is a body
    ['Nhóm các nền kinh tế phát triển và mới nổi hàng đầu thế giới (G20) đã mời Việt Nam.', ['Nhóm các nền kinh tế phát triển và mới nổi hàng đầu thế giới']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});
describe('round 21: an international body\'s acronym before a year or a tournament\'s words names the event', () => {
  const table: [string, string[]][] = [
    ['Xe dành riêng để phục vụ APEC 2017 vừa cập cảng.', []],
    ['Việt Nam giành vé dự FIFA U20 World Cup 2017.', []],
    ['Đội bóng thi đấu tại AFC Champions League.', []],
    // the body acting, or with its members, stays
    ['Các nền kinh tế thành viên APEC nhất trí.', ['APEC']],
    ['FIFA đã phạt Liên đoàn bóng đá Việt Nam.', ['FIFA', 'Liên đoàn bóng đá Việt Nam']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});
describe('round 21: a name cut on its remit\'s verb, before the verb\'s object, is no body\'s name', () => {
  const table: [string, string[]][] = [
    // (a police department's fought crimes are read with its name: no name cut on the verb)
    ['Cục Cảnh sát Phòng chống tội phạm sử dụng công nghệ cao (C50) cho biết.', ['Cục Cảnh sát Phòng chống tội phạm sử dụng công nghệ cao']],
    // (round 41: read whole to the country that closes it; the people a body serves, "người tiêu dùng", belong to its name)
    ['Hội Tiêu chuẩn và Bảo vệ người tiêu dùng Việt Nam (Vinastas) cho biết.', ['Hội Tiêu chuẩn và Bảo vệ người tiêu dùng Việt Nam']],
    // a remit with its object, or a sector that ends in a like word, stays
    ['Cục Bảo vệ thực vật cho biết.', ['Cục Bảo vệ thực vật']],
    ['Bộ Quốc phòng cho biết.', ['Bộ Quốc phòng']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('round 23: foreign agencies by their acronym, lower-case ministries, national councils in sentence case', () => {
  const table: [string, string[]][] = [
    // a foreign state agency written by its acronym alone, or as the other name of its full form
    ['Giới đầu tư tin rằng Fed sẽ tăng lãi suất.', ['Fed']],
    ['Nghi phạm đã bị KGB bắt giữ hôm nay.', ['KGB']],
    // not an acronym that alone more often names a car part or a school than the body
    ['Xe có các tính năng VSC, ECB, TRAC.', []],
    ['Học viên MBA của Viện Quản trị Kinh doanh FSB nhận học bổng. (Dịch từ FSB)', []],
    ['Cơ quan An ninh Liên bang Nga (FSB) cho biết.', ['Cơ quan An ninh Liên bang Nga']],
    ['Cục Dự trữ Liên bang Mỹ (Fed) sẽ họp. Fed cho biết.', ['Cục Dự trữ Liên bang Mỹ']],
    ['Lãi suất do Fed quyết định, còn fed là một từ tiếng Anh.', ['Fed']],
    ['Thành viên Cục dự trữ liên bang Mỹ Fed sẽ phát biểu. Giới đầu tư chờ Fed.', ['Cục dự trữ liên bang Mỹ']],
    // an international body's Vietnamese name and its acronym written apart are one body; another body's acronym is not
    ['Chủ tịch Liên minh Nghị viện Thế giới Saber Chowdhury và Tổng thư ký IPU Martin Chungong dự họp.', ['Liên minh Nghị viện Thế giới']],
    ['Hiệp hội các quốc gia Đông Nam Á ra tuyên bố. ASEAN kêu gọi kiềm chế.', ['Hiệp hội các quốc gia Đông Nam Á']],
    ['Quỹ Tiền tệ Quốc tế cho biết. WHO khuyến cáo.', ['Quỹ Tiền tệ Quốc tế', 'WHO']],
    // the partner after a dash inside an agreement's name is the document's; the body acting elsewhere still counts
    ['Hai bên thúc đẩy phê chuẩn Hiệp định Thương mại tự do Việt Nam - EU (EVFTA) trong năm nay.', []],
    ['Theo FTA Việt Nam – EU, thuế sẽ giảm.', []],
    ['Hiệp định Thương mại tự do Việt Nam-EU được ký. EU cam kết hỗ trợ.', ['EU']],
    ['Quan hệ Việt Nam - EU phát triển tốt.', ['EU']],
    // the World Bank by its acronym alone, and as the other name of its Vietnamese one
    ['Các tổ chức như UNDP, UNESCO, WB, ADB đã hợp tác với tỉnh.', ['UNDP', 'UNESCO', 'WB', 'ADB']],
    ['Ngân hàng Thế giới cho vay vốn. Theo WB, dự án hiệu quả.', ['Ngân hàng Thế giới']],
    // a lower-case ministry before its capitalised sector after any word, not one making a compound with "bộ" or a count
    ['Cái này do bộ Xây dựng chủ trì thẩm định.', ['bộ Xây dựng']],
    ['Các cán bộ Công an tỉnh đã có mặt.', []],
    ['Ông phát biểu trước Câu lạc bộ Kinh tế Minnesota.', []],
    ['Hai bộ Y tế Việt Nam, Lào cần phối hợp.', []],
    // a council or committee whose lower-case remit closes with a lower-case "quốc gia"
    ['Hội đồng tiền lương quốc gia đã họp phiên thứ hai.', ['Hội đồng tiền lương quốc gia']],
    ['Theo Hội đồng di sản văn hóa quốc gia, hồ sơ đã đủ.', ['Hội đồng di sản văn hóa quốc gia']],
    ['Ủy ban bầu cử quốc gia cho biết kết quả.', ['Ủy ban bầu cử quốc gia']],
    ['Hội đồng an ninh quốc gia Mỹ cho biết.', ['Hội đồng an ninh quốc gia Mỹ']],
    ['Hội nghị quốc gia về giáo dục diễn ra hôm qua.', []],
    ['Cục an ninh quốc gia 3 người đã đến.', []],
    ['Ông Ngọc, Cục trưởng Cục đăng ký quốc gia giao dịch bảo đảm, Bộ Tư pháp cho biết.', ['Bộ Tư pháp']],
    ['Các cơ quan gồm: Cơ quan chuyên trách bảo vệ an ninh quốc gia, trật tự, an toàn xã hội.', []],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe("a post's own lower-case head before the body's capitalised one", () => {
  const table: [string, string[]][] = [
    ['Ông E, Trưởng phòng Phòng Tài chính và kế hoạch huyện Đức Thọ cho biết.', ['Phòng Tài chính và kế hoạch huyện Đức Thọ']],
    ['Ông F, Trưởng phòng Phòng Tổng hợp cho biết.', ['Phòng Tổng hợp']],
    ['Ông C, Phó trưởng ban Ban Cơ yếu Chính phủ cho biết.', ['Ban Cơ yếu Chính phủ', 'Chính phủ']],
    // (no repeated head: the post's "phòng" opens the body)
    ['Ông D, Trưởng phòng Tổng hợp Sở Y tế tỉnh Nghệ An cho biết.', ['phòng Tổng hợp Sở Y tế tỉnh Nghệ An', 'Sở Y tế tỉnh Nghệ An']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe("a police department named by its code", () => {
  const table: [string, string[][]][] = [
    ['Tham dự có đại diện PA83- Bộ Công an và các đơn vị.', [['PA83'], ['Bộ Công an']]],
    ['Lực lượng PC47 đã bắt giữ đối tượng. Sau đó PC47 bàn giao.', [['PC47']]],
    ['Công an quận Bình Thạnh, PC47, PC54 đã phối hợp.', [['Công an quận Bình Thạnh'], ['PC47'], ['PC54']]],
    // after or inside its department's name, or alone in brackets after a body, the code is that body's other name
    ['Lực lượng Phòng CSGT đường bộ - đường sắt, PC67, Công an TP HCM đã tạm phong tỏa. PC67 cho biết.',
      [['Phòng CSGT đường bộ - đường sắt', 'PC67'], ['Công an TP HCM']]],
    ['Ngày 21.5, Cơ quan CSĐT (PC46) Công an tỉnh Quảng Ninh cho biết.', [['Cơ quan CSĐT Công an tỉnh Quảng Ninh', 'PC46'], ['Công an tỉnh Quảng Ninh']]],
    // (in brackets after its department's name written again in lower case, the code is still that department's, named in
    // full with its force there)
    ['Đối tượng đã bị Phòng Cảnh sát truy nã tội phạm (Công an tỉnh Lào Cai) bắt giữ. Công an huyện Si-Ma-Cai đã phối hợp với phòng Cảnh sát truy nã tội phạm (PC52) Công an tỉnh Lào Cai.',
      [['phòng Cảnh sát truy nã tội phạm Công an tỉnh Lào Cai', 'PC52', 'Phòng Cảnh sát truy nã tội phạm'], ['Công an tỉnh Lào Cai'], ['Công an huyện Si-Ma-Cai']]],
    // (a team's code is its parent department's)
    ['Lực lượng Đội 10 PC46 Công an thành phố Hà Nội đã bắt.', [['Đội 10 PC46 Công an thành phố Hà Nội'], ['PC46'], ['Công an thành phố Hà Nội']]],
    // (not a code inside a document number, nor a longer code)
    ['Công an đã khởi tố theo quyết định số 129/PC44-Đ2 và kế hoạch 199/KH-CAHN-PV11 về kiểm tra.', []],
    ['Trung đoàn Cảnh sát cơ động PK20E đã phối hợp.', [['Trung đoàn Cảnh sát cơ động PK20E']]],
    // a ministry department's code beside its ministry; in brackets after its department, its other name
    ['Hồ sơ đã được chuyển sang C46 (Bộ Công an) để tiếp tục điều tra.', [['C46'], ['Bộ Công an']]],
    ['Cục trưởng Cục Cảnh sát hình sự (C45, Bộ Công an), đánh giá vụ cướp rất nghiêm trọng.', [['Cục Cảnh sát hình sự', 'C45'], ['Bộ Công an']]],
    ['Kết quả khám nghiệm của Viện Khoa học hình sự (C54 – Bộ Công an) trùng khớp.', [['Viện Khoa học hình sự', 'C54'], ['Bộ Công an']]],
    // (after a comma it is the next body of a list; alone it may be anything)
    ['Lực lượng Cục Hải quan TP.HCM, C74 - Bộ Công an đã phát hiện.', [['Cục Hải quan TP.HCM'], ['C74'], ['Bộ Công an']]],
    ['Ông A lái xe Mercedes C30 về nhà.', []],
  ];
  it.each(table)('%s', (text, bodies) => {
    expect(agenciesOf(text).map((a) => [a.name, ...a.aliases])).toEqual(bodies);
  });
});

describe('a chamber written in full', () => {
  const table: [string, string[]][] = [
    ['Dự luật đã được Thượng nghị viện Mỹ thông qua.', ['Thượng nghị viện Mỹ']],
    ['Ông A, Chủ tịch Hạ nghị viện Anh phát biểu.', ['Hạ nghị viện Anh']],
    // (a parliament with no chamber word stays one)
    ['Nghị viện châu Âu đã bỏ phiếu.', ['Nghị viện châu Âu']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('a police unit named by the crimes it fights', () => {
  const table: [string, string[]][] = [
    ['Cục Cảnh sát phòng chống tội phạm về môi trường, Bộ Công an đã lấy mẫu.', ['Cục Cảnh sát phòng chống tội phạm về môi trường', 'Bộ Công an']],
    ['Cục Cảnh sát phòng, chống tội phạm sử dụng công nghệ cao cho biết.', ['Cục Cảnh sát phòng, chống tội phạm sử dụng công nghệ cao']],
    ['Cục Cảnh sát Phòng chống tội phạm sử dụng công nghệ cao cho biết.', ['Cục Cảnh sát Phòng chống tội phạm sử dụng công nghệ cao']],
    ['Phòng Cảnh sát phòng chống tội phạm về môi trường Công an tỉnh Quảng Ninh phát hiện.',
      ['Phòng Cảnh sát phòng chống tội phạm về môi trường Công an tỉnh Quảng Ninh', 'Công an tỉnh Quảng Ninh']],
    // (no crime named after "tội phạm": the unit's name is cut, no body)
    ['Cục Cảnh sát phòng chống tội phạm và các đơn vị đã họp.', []],
    // (the verb "phòng chống" after a force that is no unit names none)
    ['Lực lượng cảnh sát phòng chống tội phạm về ma túy đã bắt.', []],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('the fire police spelled out, named by its place', () => {
  const table: [string, string[]][] = [
    ['Cảnh sát Phòng cháy chữa cháy tỉnh Đồng Nai điều nhiều xe.', ['Cảnh sát Phòng cháy chữa cháy tỉnh Đồng Nai']],
    ['Đại tá A, Giám đốc Cảnh sát PC&CC TP HCM tới hiện trường.', ['Cảnh sát PC&CC TP HCM']],
    // (the spelled-out and the acronym forms are one body)
    ['Cảnh sát phòng cháy chữa cháy TP.HCM đã điều 10 xe. Theo Cảnh sát PCCC TP.HCM, vụ cháy lớn.', ['Cảnh sát phòng cháy chữa cháy TP.HCM']],
    // (the force in general, with no place, is no body)
    ['Lực lượng cảnh sát phòng cháy chữa cháy đã đến.', []],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('a lower-case police or council before its unit with the level word glued on', () => {
  const table: [string, string[]][] = [
    ['Đơn vị đã phối hợp với lực lượng công an H.Đại Lộc xuống hiện trường.', ['công an H.Đại Lộc']],
    ['Theo công an P.Cầu Kho, vụ việc đang được điều tra.', ['công an P.Cầu Kho']],
    // (a lone letter after the dot is no unit's name)
    ['Hiện công an H.Đ cho biết sẽ xử lý.', []],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('what a department manages, closed by the aspect word of the next verb', () => {
  const table: [string, string[]][] = [
    ['Cục Quản lý cạnh tranh đang yêu cầu công ty này bổ sung hồ sơ.', ['Cục Quản lý cạnh tranh']],
    ['Cục Quản lý đấu thầu cũng vừa có ý kiến gửi Bộ.', ['Cục Quản lý đấu thầu']],
    // (with no object before the aspect word, "Cục Quản lý" is a name cut short; a verb with no aspect word closes nothing)
    ['Cục Quản lý đã ký văn bản.', []],
    ['Bộ Công Thương đề nghị Cục Quản lý cạnh tranh gửi công văn.', ['Bộ Công Thương']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe("a district's body named without its level word, and Đắk written two ways, are one body", () => {
  const table: [string, [string, string[]][]][] = [
    ['Công an huyện Hương Sơn vào cuộc. Công an Hương Sơn đã bắt giữ.', [['Công an huyện Hương Sơn', ['Công an Hương Sơn']]]],
    ['UBND Thanh Trì đã họp. Chủ tịch UBND huyện Thanh Trì chỉ đạo.', [['UBND huyện Thanh Trì', ['UBND Thanh Trì']]]],
    ['Công an thị xã Dĩ An cho biết. Công an Dĩ An đã xác minh.', [['Công an thị xã Dĩ An', ['Công an Dĩ An']]]],
    ['Công an H.Đăk Đoa vào cuộc. Theo công an H.Đắk Đoa, vụ việc rõ.', [['Công an H.Đăk Đoa', ['công an H.Đắk Đoa']]]],
    // a province's name without a level is the province's body; a commune's body of the district's name is another one
    ['Công an Hà Tĩnh và Công an thành phố Hà Tĩnh phối hợp.', [['Công an Hà Tĩnh', []], ['Công an thành phố Hà Tĩnh', []]]],
    ['Công an Quảng Xương và Công an xã Quảng Xương họp.', [['Công an Quảng Xương', []], ['Công an xã Quảng Xương', []]]],
    ['Công an Hương Sơn, Công an huyện Hương Sơn và Công an xã Hương Sơn họp.',
      [['Công an Hương Sơn', []], ['Công an huyện Hương Sơn', []], ['Công an xã Hương Sơn', []]]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(agenciesOf(text).map((a) => [a.name, a.aliases])).toEqual(expected);
  });
});

describe("a police department named by its code is the one department of its force with that code", () => {
  const table: [string, [string, string[]][]][] = [
    ['Phòng Cảnh sát hình sự (PC45) Công an tỉnh Sóc Trăng vào cuộc. Phòng PC45 Công an tỉnh Sóc Trăng đã bắt giữ.',
      [['Phòng Cảnh sát hình sự Công an tỉnh Sóc Trăng', ['PC45', 'Phòng PC45 Công an tỉnh Sóc Trăng']], ['Công an tỉnh Sóc Trăng', []]]],
    // (another force's department of the same code is another body)
    ['Phòng Cảnh sát hình sự (PC45) Công an tỉnh Sóc Trăng vào cuộc. Phòng PC45 Công an tỉnh Bạc Liêu phối hợp.',
      [['Phòng Cảnh sát hình sự Công an tỉnh Sóc Trăng', ['PC45']], ['Công an tỉnh Sóc Trăng', []], ['Phòng PC45 Công an tỉnh Bạc Liêu', []], ['Công an tỉnh Bạc Liêu', []]]],
    // "Phòng PC45" with no force written: the one department that holds the code
    ['Phòng Cảnh sát hình sự (PC45) Công an tỉnh Gia Lai cho biết. Phòng PC45 đã bắt.',
      [['Phòng Cảnh sát hình sự Công an tỉnh Gia Lai', ['PC45', 'Phòng PC45']], ['Công an tỉnh Gia Lai', []]]],
    // (the code alone later is that department; two departments named by code alone stay two)
    ['Tổ trưởng tổ công tác của Phòng PC67, Công an tỉnh Phú Thọ tử vong. Cán bộ PC67 đã đến.',
      [['Phòng PC67', ['PC67']], ['Công an tỉnh Phú Thọ', []]]],
    ['Phòng PC45 và Phòng PC67 phối hợp. PC67 đã đến hiện trường.', [['Phòng PC45', ['PC45']], ['Phòng PC67', ['PC67']]]],
    // (a department named by its code owns no code listed after it)
    ['Phòng PC47 phối hợp với Phòng PA71, PC67, PC54 Công an tỉnh Quảng Trị bắt.',
      [['Phòng PC47', ['PC47']], ['Phòng PA71', ['PA71']], ['PC67', []], ['PC54', []], ['Công an tỉnh Quảng Trị', []]]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(agenciesOf(text).map((a) => [a.name, a.aliases])).toEqual(expected);
  });
});

describe("an association named by the kind of its members' firms", () => {
  const table: [string, string[]][] = [
    ['Ông Thân, Chủ tịch Hiệp hội DN nhỏ và vừa Việt Nam cho biết.', ['Hiệp hội DN nhỏ và vừa Việt Nam']],
    ['Hiệp hội Y tế tư nhân đã kiến nghị.', ['Hiệp hội Y tế tư nhân']],
    // hospitals as members, named by their kind or their country: the association is a body, a hospital alone is not
    ['Chủ tịch Hiệp hội Bệnh viện tư nhân Việt Nam nhấn mạnh.', ['Hiệp hội Bệnh viện tư nhân Việt Nam']],
    ['Hiệp hội BV tư nhân VN đã ký kết quy chế.', ['Hiệp hội BV tư nhân VN']],
    ['Bệnh viện tư nhân Hồng Ngọc đã ký kết quy chế.', []],
    // (then the place it serves; a bare level word is none)
    ['Hiệp hội Doanh nghiệp nhỏ và vừa TP Đà Nẵng mong tổ chức diễn đàn.', ['Hiệp hội Doanh nghiệp nhỏ và vừa TP Đà Nẵng']],
    ['Hiệp hội DN nhỏ và vừa tỉnh đã họp.', []],
    // (a ministry's sector is never of private firms: "tư nhân hóa" is what it does)
    ['Bộ Tài chính tư nhân hóa các doanh nghiệp.', ['Bộ Tài chính']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe('warm-up before a long run', () => {
  // The warm-up only trains V8 on rare branches: it reuses the token pool, so a document read before it is read again.
  it('leaves the bodies read from a document unchanged, the same context asked again', () => {
    const ctx = createContext(documentFromText('Ông Nguyễn Văn An, Giám đốc Sở Y tế tỉnh Hà Tĩnh, làm việc với Cục Quản lý dược (Bộ Y tế).'));
    const read = () => extractAgencies(ctx).map((a) => [a.name, a.aliases, a.mentions.map((m) => m.span)]);
    const before = read();
    warmUpAgencies();
    expect(read()).toEqual(before);
    expect(before.map(([name]) => name)).toEqual(['Sở Y tế tỉnh Hà Tĩnh', 'Cục Quản lý dược', 'Bộ Y tế']);
  });
});

describe('a supreme body named by its country after "Tối cao"', () => {
  const table: [string, string[]][] = [
    ['Thư ký Hội đồng An ninh Quốc gia Tối cao Iran Ali Shamkhani cho rằng việc giải phóng Mosul là thắng lợi.', ['Hội đồng An ninh Quốc gia Tối cao Iran']],
    ['Ông được Hội đồng Tư pháp Tối cao Italy bổ nhiệm.', ['Hội đồng Tư pháp Tối cao Italy']],
    // (a capitalised "Tối" alone, no "cao", still opens the next clause)
    ['Ông Trần Văn Minh, Phó Chủ tịch UBND huyện Tối hôm qua đã đến hiện trường.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe('sub-departments and preventive-medicine centres named in sentence case by their place', () => {
  const table: [string, string[]][] = [
    ['Ông Nguyễn Văn A, Chi cục trưởng Chi cục quản lý thị trường thành phố Hà Nội cho biết.', ['Chi cục quản lý thị trường thành phố Hà Nội']],
    ['Chi cục kiểm lâm tỉnh Quảng Nam đã lập biên bản.', ['Chi cục kiểm lâm tỉnh Quảng Nam']],
    ['Theo Chi cục thú y tỉnh Hà Tĩnh, dịch đã được khống chế.', ['Chi cục thú y tỉnh Hà Tĩnh']],
    ['Trung tâm y tế dự phòng tỉnh Lâm Đồng cho biết số ca mắc giảm.', ['Trung tâm y tế dự phòng tỉnh Lâm Đồng']],
    // (a district's clinic, written in lower case, is a hospital; a bare level word names no place)
    ['Bệnh nhân được đưa vào Trung tâm y tế huyện Đắk Hà cấp cứu.', []],
    ['Trung tâm y tế dự phòng tỉnh vừa cho biết.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe('a department named by a lower-case remit and then its ministry', () => {
  const table: [string, string[]][] = [
    ['Trung tướng Sergey Rudskoy, Cục trưởng Cục tác chiến Bộ Tổng tham mưu quân đội Nga, cho biết.',
      ['Cục tác chiến Bộ Tổng tham mưu quân đội Nga', 'Bộ Tổng tham mưu quân đội Nga', 'quân đội Nga']],
    ['Công an tỉnh Nghệ An phối hợp với Cục phòng chống tội phạm ma túy Bộ Công an bắt quả tang.', ['Công an tỉnh Nghệ An', 'Cục phòng chống tội phạm ma túy Bộ Công an', 'Bộ Công an']],
    // (a department with no remit is no name: "Cục" alone, then the ministry)
    ['Cục đã đề xuất với Bộ GTVT về việc này.', ['Bộ GTVT']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe("a general staff named with its country's forces", () => {
  const table: [string, string[]][] = [
    ['Theo Bộ Tổng tham mưu quân đội Nga, các cuộc không kích vẫn tiếp tục.', ['Bộ Tổng tham mưu quân đội Nga', 'quân đội Nga']],
    ['Bộ Tổng Tham mưu liên quân Hàn Quốc cho biết Triều Tiên đã phóng tên lửa.', ['Bộ Tổng Tham mưu liên quân Hàn Quốc']],
    // (forces with no country after them are no part of the name)
    ['Bộ Tổng tham mưu quân đội đã cho biết.', ['Bộ Tổng tham mưu']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe('foreign courts named by instance or federal level in lower case, then their country, seat or circuit', () => {
  const table: [string, string[]][] = [
    ['Tòa án phúc thẩm liên bang Mỹ ngày 7/2 sẽ điều trần về lệnh cấm.', ['Tòa án phúc thẩm liên bang Mỹ']],
    ['Tổng thống đang đối mặt với trận đấu pháp lý tại tòa phúc thẩm San Francisco, nơi các thẩm phán tự do chiếm đa số.', ['tòa phúc thẩm San Francisco']],
    ['Bộ Tư pháp Mỹ đã kháng cáo lên tòa phúc thẩm liên bang khu vực 9 nhằm phản đối phán quyết.', ['Bộ Tư pháp Mỹ', 'tòa phúc thẩm liên bang khu vực 9']],
    ['Anh Ali được trở lại Mỹ nhờ quyết định của tòa án liên bang California.', ['tòa án liên bang California']],
    // (written in capitals the level is the name, as before; an ordinal counts courts; a hearing's court before a province is no body)
    ['Ông Obama liên tục bị Tòa án Liên bang ngăn chặn các sắc lệnh.', ['Tòa án Liên bang']],
    ['Đây là tòa phúc thẩm liên bang thứ 2 chặn sắc lệnh.', []],
    ['Tại phiên tòa phúc thẩm Hà Nội hôm qua, bị cáo kêu oan.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe("a government's army is the country's army, one body with it", () => {
  const table: [string, [string, string[]][]][] = [
    ['Quân đội Syria cho biết. Ngày 20/2, quân đội chính phủ Syria đã tiến vào thị trấn.', [['quân đội chính phủ Syria', ['Quân đội Syria']]]],
    // (another country's army stays apart; with no country the government's army names no one body)
    ['Quân đội Iraq và quân đội chính phủ Syria phối hợp.', [['Quân đội Iraq', []], ['quân đội chính phủ Syria', []]]],
    ['Giao tranh giữa phiến quân và quân đội chính phủ vẫn chưa kết thúc.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(agenciesOf(text).map((a) => [a.name, a.aliases])).toEqual(expected);
  });
});

describe("a football federation written short, 'LĐBĐ' and its country or region", () => {
  const table: [string, [string, string[]][]][] = [
    ['Cầu thủ này bị LĐBĐ Anh phạt nặng.', [['LĐBĐ Anh', []]]],
    ['Liên đoàn Bóng đá Malaysia đã gửi đơn. Sau đó LĐBĐ Malaysia cho biết thêm.', [['Liên đoàn Bóng đá Malaysia', ['LĐBĐ Malaysia']]]],
    ['Chủ tịch LĐBĐ Việt Nam (VFF) Lê Hùng Dũng phát biểu.', [['LĐBĐ Việt Nam', ['VFF']]]],
    ['LĐBĐ Đông Nam Á (AFF) vừa công bố lịch thi đấu.', [['LĐBĐ Đông Nam Á', ['AFF']]]],
    // (a bare "LĐBĐ" names no one federation)
    ['Ông được LĐBĐ mời làm giám sát trận đấu.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(agenciesOf(text).map((a) => [a.name, a.aliases])).toEqual(expected);
  });
});

describe('a described court after "một", or glued to the next sentence, names none', () => {
  const table: [string, string[]][] = [
    ['Đến ngày 9/2, một tòa án phúc thẩm liên bang Mỹ đã từ chối khôi phục sắc lệnh.', []],
    ['Một Tòa án phúc thẩm liên bang Mỹ dự kiến ra phán quyết về lệnh cấm nhập cư.', []],
    ['Sắc lệnh theo đề nghị của Tổng thống Trump. Tòa sơ thẩm liên bang Hệ thống tòa án Mỹ tương đối phức tạp.', []],
    ['Cho đến khi tòa án ra phán quyết tiếp theo. Tòa phúc thẩm liên bang Các bang ở Mỹ được chia làm 9 khu vực.', []],
    // (a court named as before stays)
    ['Ngày 9/2, tòa án phúc thẩm liên bang Mỹ đã từ chối khôi phục sắc lệnh.', ['tòa án phúc thẩm liên bang Mỹ']],
    ['Sau đó, Tòa phúc thẩm liên bang Mỹ đã họp. Tòa án phúc thẩm liên bang Khu vực số 9 đã bác đơn.', ['Tòa phúc thẩm liên bang Mỹ', 'Tòa án phúc thẩm liên bang Khu vực số 9']],
    ['Bộ Tư pháp nộp đơn lên tòa phúc thẩm liên bang San Francisco.', ['Bộ Tư pháp', 'tòa phúc thẩm liên bang San Francisco']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe("a 'Quân đội X' whose name goes on is not the government's army", () => {
  const table: [string, [string, string[]][]][] = [
    ['Thị trấn bị quân đội chính phủ Syria bao vây từ phía nam còn lực lượng nổi dậy Quân đội Syria Tự do (FSA) bao vây từ phía bắc.', [['quân đội chính phủ Syria', []], ['Quân đội Syria', []]]],
    // (the country's army written plain is still one body with the government's)
    ['Quân đội Syria cho biết. Ngày 20/2, quân đội chính phủ Syria đã tiến vào thị trấn.', [['quân đội chính phủ Syria', ['Quân đội Syria']]]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(agenciesOf(text).map((a) => [a.name, a.aliases])).toEqual(expected);
  });
});

describe("a short football federation ends at its country: no glued acronym, list number or website", () => {
  const table: [string, [string, string[]][]][] = [
    ['Năm nay, LĐBĐ Việt Nam VFF đã quyết định thành lập đội tuyển U19.', [['LĐBĐ Việt Nam', ['VFF']]]],
    ['Trang web chính thức của LĐBĐ New Zealand (NZfootball.co.nz) đánh giá cao đội bóng.', [['LĐBĐ New Zealand', []]]],
    ['Theo website của Nhà Trắng (Whitehouse.gov), đoàn xe đã tới.', [['Nhà Trắng', []]]],
    // (an acronym in brackets stays the alias)
    ['LĐBĐ Đông Nam Á (AFF) vừa công bố lịch thi đấu.', [['LĐBĐ Đông Nam Á', ['AFF']]]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(agenciesOf(text).map((a) => [a.name, a.aliases])).toEqual(expected);
  });
  it('a lone list number after the federation is no part of the title', () => {
    const text = '1/ Richard Scudamore - GĐĐH giải Ngoại hạng Anh 2/ Gianni Infantino - Chủ tịch LĐBĐ Thế giới 3/ Jorge Mendes - Siêu cò 4/ Aleksander Ceferin - Chủ tịch LĐBĐ châu Âu 5/ Lionel Messi';
    const titles = extractOfficials(createContext(documentFromText(text))).flatMap((o) => o.positions.map((p) => p.text));
    expect(titles).toEqual(expect.arrayContaining(['Chủ tịch LĐBĐ Thế giới', 'Chủ tịch LĐBĐ châu Âu']));
  });
});

describe("a department's lower-case remit goes on after \"và\" to a second field closed as a name", () => {
  const table: [string, string[]][] = [
    ['Ông Mai Văn Trinh, Cục trưởng Cục khảo thí và Kiểm định chất lượng giáo dục (Bộ Giáo dục và Đào tạo), cho biết.', ['Cục khảo thí và Kiểm định chất lượng giáo dục', 'Bộ Giáo dục và Đào tạo']],
    ['Ông Sái Công Hồng - Phó cục trưởng Cục khảo thí và Kiểm định chất lượng, Bộ GD&ĐT, cho biết.', ['Cục khảo thí và Kiểm định chất lượng', 'Bộ GD&ĐT']],
    ['Theo Vụ Quản lý công trình thủy lợi và an toàn đập, Tổng cục Thủy lợi, đến 15 giờ ngày 6/2 đã có 528 hồ chứa.', ['Vụ Quản lý công trình thủy lợi và an toàn đập', 'Tổng cục Thủy lợi']],
    ['Ông Trịnh Trường Sơn, Phó Cục trưởng Cục Quản lý nhà và thị trường bất động sản - Bộ Xây dựng, khẳng định.', ['Cục Quản lý nhà và thị trường bất động sản', 'Bộ Xây dựng']],
    ['Đoàn đặc nhiệm số 1 - Cục phòng chống tội phạm và ma túy (Bộ Tư lệnh Biên phòng) bắt giữ tàu.', ['Cục phòng chống tội phạm và ma túy', 'Bộ Tư lệnh Biên phòng']],
    // (a second body after "và" is not the remit; nor lower-case words with no closer)
    ['Cục cảnh sát kinh tế và Công an tỉnh Nghệ An đã bắt giữ.', ['Công an tỉnh Nghệ An']],
    ['Cục cảnh sát kinh tế và cảnh sát giao thông đã bắt giữ.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe("a state's parliament, government or politburo named with the state's formal name", () => {
  const table: [string, [string, string[]][]][] = [
    ['Ông Esteban Lazo, Ủy viên Bộ Chính trị Đảng Cộng sản Cuba, Chủ tịch Quốc hội Cộng hòa Cuba đã tiếp đoàn.',
      [['Bộ Chính trị Đảng Cộng sản Cuba', []], ['Đảng Cộng sản Cuba', []], ['Quốc hội Cộng hòa Cuba', []]]],
    ['Chủ tịch Quốc hội nước Cộng hòa Dân chủ Nhân dân Lào Pany Yathotou đã tiếp đoàn.', [['Quốc hội nước Cộng hòa Dân chủ Nhân dân Lào', []]]],
    ['Chủ tịch Quốc hội Cộng hòa Liên bang Myanmar đã tiếp đoàn.', [['Quốc hội Cộng hòa Liên bang Myanmar', []]]],
    ['Thủ tướng Chính phủ Cộng hòa Belarus đã tiếp đoàn.', [['Chính phủ Cộng hòa Belarus', []]]],
    // (the formal name and the country alone key one body; Vietnam's own keys with its bare "Quốc hội", "Chính phủ")
    ['Quốc hội Cuba đã họp. Quốc hội nước Cộng hòa Cuba đã quyết định.', [['Quốc hội nước Cộng hòa Cuba', ['Quốc hội Cuba']]]],
    ['Chủ tịch Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam đã ký. Quốc hội đã quyết định.', [['Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam', ['Quốc hội']]]],
    ['Thay mặt Chính phủ nước CHXHCN Việt Nam, Chính phủ đã cam kết.', [['Chính phủ nước CHXHCN Việt Nam', ['Chính phủ']]]],
    ['Đoàn cán bộ Bộ Quốc phòng Lào đến thăm. Bộ Quốc phòng Cộng hòa dân chủ nhân dân Lào cảm ơn.', [['Bộ Quốc phòng Cộng hòa dân chủ nhân dân Lào', ['Bộ Quốc phòng Lào']]]],
    // (Vietnam's own politburo stays "Bộ Chính trị"; a "Cộng hòa" with no country after it is no state's name)
    ['Ông là Ủy viên Bộ Chính trị Đảng Cộng sản Việt Nam.', [['Bộ Chính trị', []], ['Đảng Cộng sản Việt Nam', []]]],
    ['Quốc hội Cộng hòa hóa các đạo luật.', [['Quốc hội', []]]],
    // (a formal state name runs to its end: "Dân chủ Cộng hòa" after "Việt Nam" is part of it, and keys with Vietnam's own)
    ['Năm 1946, Tiến quân ca được Quốc hội nước Việt Nam Dân chủ Cộng hòa chọn làm Quốc ca. Quốc hội đã họp.', [['Quốc hội nước Việt Nam Dân chủ Cộng hòa', ['Quốc hội']]]],
    ['Ông giữ chức Phó Thủ tướng Chính phủ nước Việt Nam Dân chủ Cộng hòa. Sau đó ông là chuyên gia của Chính phủ Việt Nam. Chính phủ đã giao việc.',
      [['Chính phủ nước Việt Nam Dân chủ Cộng hòa', ['Chính phủ Việt Nam', 'Chính phủ']]]],
    // (the formal name with "Liên bang" and the short "<body> <country>" are one body)
    ['Đoàn đại biểu Quốc hội nước Cộng hòa Liên bang Myanmar đã tới. Quốc hội Myanmar cảm ơn.', [['Quốc hội nước Cộng hòa Liên bang Myanmar', ['Quốc hội Myanmar']]]],
    ['Chủ tịch Quốc hội Cộng hòa Liên bang Myanmar đã tiếp đoàn. Quốc hội Myanmar cảm ơn.', [['Quốc hội Cộng hòa Liên bang Myanmar', ['Quốc hội Myanmar']]]],
    // (not another state's "Cộng hòa" after its country: "Quốc hội Việt Nam" is read alone before a clause)
    ['Quốc hội Việt Nam dân chủ hóa đời sống.', [['Quốc hội Việt Nam', []]]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(agenciesOf(text).map((a) => [a.name, a.aliases])).toEqual(expected);
  });
});

describe('a police unit written lower-case right before its force', () => {
  const table: [string, string[]][] = [
    ['Ông Hải, Phó trưởng phòng cảnh sát PCCC công an tỉnh Lạng Sơn cho biết.', ['phòng cảnh sát PCCC công an tỉnh Lạng Sơn', 'công an tỉnh Lạng Sơn']],
    ['Ngày 9-5, Trung tá Trần Văn Kỳ, Trưởng phòng cảnh sát hình sự Công an Trà Vinh cho biết.', ['phòng cảnh sát hình sự Công an Trà Vinh', 'Công an Trà Vinh']],
    ['Khoảng 20 giờ, đội cảnh sát hình sự Công an quận Phú Nhuận phối hợp với công an phường 7.', ['đội cảnh sát hình sự Công an quận Phú Nhuận', 'Công an quận Phú Nhuận', 'công an phường 7']],
    ['Người phụ nữ lăng mạ đội CSGT số 3 Công an TP. Hà Nội.', ['đội CSGT số 3 Công an TP. Hà Nội', 'Công an TP. Hà Nội']],
    ['Cán bộ đội CSGT Công an huyện Mỹ Đức đã bắt giữ.', ['đội CSGT Công an huyện Mỹ Đức', 'Công an huyện Mỹ Đức']],
    // (not "bộ đội", not "cảnh sát" with no remit, not a unit cut from its force by a comma)
    ['Bộ đội CSGT Công an huyện Đông Anh đến.', ['Công an huyện Đông Anh']],
    ['Cán bộ phòng cảnh sát Công an huyện Đông Anh đã bắt.', ['Công an huyện Đông Anh']],
    ['Theo phòng cảnh sát kinh tế, Công an tỉnh Lạng Sơn, năm nay.', ['Công an tỉnh Lạng Sơn']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe("a centre's province whose last word is a head word is read whole", () => {
  const table: [string, string[]][] = [
    ['Ông A, Giám đốc Trung tâm Y tế Dự phòng TP Hải Phòng cho biết.', ['Trung tâm Y tế Dự phòng TP Hải Phòng']],
    ['Theo Trung tâm Y tế Dự phòng thành phố Hải Phòng, năm nay.', ['Trung tâm Y tế Dự phòng thành phố Hải Phòng']],
    // (a province with no such word is read as before)
    ['Dự án Trung tâm nghề cá tỉnh Bà Rịa-Vũng Tàu. Ông Triết cho biết.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe('a centre of a service only the state runs, closed by its province with or without a level word', () => {
  const table: [string, string[]][] = [
    ['Bà Liễu, Phó Giám đốc Trung tâm dịch vụ việc làm Hà Nội chia sẻ.', ['Trung tâm dịch vụ việc làm Hà Nội']],
    ['Theo Trung tâm Dịch vụ việc làm Hà Nội, năm nay nhu cầu tăng.', ['Trung tâm Dịch vụ việc làm Hà Nội']],
    ['Theo Trung tâm hành chính công Đồng Nai, năm nay hồ sơ tăng.', ['Trung tâm hành chính công Đồng Nai']],
    ['Theo Trung tâm đăng kiểm xe cơ giới Đà Nẵng, năm nay xe tăng.', ['Trung tâm đăng kiểm xe cơ giới Đà Nẵng']],
    ['Theo Trung tâm y tế dự phòng Hà Nội, năm nay ca bệnh tăng.', ['Trung tâm y tế dự phòng Hà Nội']],
    // (a lower-case health centre is the district's clinic; a bare "dịch vụ" is any firm's)
    ['Theo Trung tâm y tế Hà Nội, năm nay ca bệnh tăng.', []],
    ['Theo Trung tâm dịch vụ Hà Nội, năm nay khách tăng.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe("a listed fields' acronym written in two parts with a space keys with its other forms", () => {
  const table: [string, [string, string[]][]][] = [
    ['Sở GD ĐT Hà Nội đã điều động giáo viên. Sở Giáo dục và Đào tạo Hà Nội lưu ý thí sinh.', [['Sở Giáo dục và Đào tạo Hà Nội', ['Sở GD ĐT Hà Nội']]]],
    ['Bộ GD ĐT đã họp. Bộ Giáo dục và Đào tạo cho biết.', [['Bộ Giáo dục và Đào tạo', ['Bộ GD ĐT']]]],
    ['Sở NN&PT NT Bình Định và Sở NN&PTNT Bình Định là một.', [['Sở NN&PT NT Bình Định', ['Sở NN&PTNT Bình Định']]]],
    // (two parts that make no known acronym stay apart)
    ['Bộ VH TT đã họp. Bộ Văn hóa Thông tin cho biết.', [['Bộ VH TT', []], ['Bộ Văn hóa Thông tin', []]]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(agenciesOf(text).map((a) => [a.name, a.aliases])).toEqual(expected);
  });
});

describe("an association's members or fields listed with a comma, closed by its country", () => {
  const table: [string, string[]][] = [
    ['Bà Nga, Giám đốc Trung tâm Kiểm định chất lượng giáo dục thuộc Hiệp hội các trường đại học, cao đẳng Việt Nam cho rằng.', ['Trung tâm Kiểm định chất lượng giáo dục', 'Hiệp hội các trường đại học, cao đẳng Việt Nam']],
    ['Theo Hội Văn học, nghệ thuật Việt Nam, năm nay có nhiều tác phẩm.', ['Hội Văn học, nghệ thuật Việt Nam']],
    // (a list with a function word in it is of other parties)
    ['Hiệp hội doanh nghiệp, nhà đầu tư và người dân Việt Nam đều ủng hộ.', ['Hiệp hội doanh nghiệp']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe('an international body that names a convention is the document title\'s, no body acting', () => {
  const table: [string, string[]][] = [
    ['Các bên cần tuân thủ luật pháp quốc tế, nhất là Công ước Liên hợp quốc về Luật Biển (UNCLOS) 1982.', []],
    ['Nước này thông qua Công ước của Liên hợp quốc về chống tội phạm có tổ chức.', []],
    // (the body named apart in the same text stays)
    ['Liên hợp quốc kêu gọi các nước thực hiện Công ước Liên hợp quốc về Luật Biển.', ['Liên hợp quốc']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe("a head that ends with its level word reads a commune named like a family name", () => {
  const table: [string, string[]][] = [
    ['Thông là Trưởng công an xã, kiêm ủy viên Ban chấp hành Đảng ủy xã Đồng Lương.', ['Đảng ủy xã Đồng Lương']],
    ['Theo Đảng ủy xã Hà Lâm, năm nay xã đạt chuẩn.', ['Đảng ủy xã Hà Lâm']],
    // (a person's full name after it is no commune)
    ['Bí thư Đảng ủy xã Nguyễn Văn An cho biết.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe("a two-word district named like a person right after its body's head", () => {
  const table: [string, string[]][] = [
    ['Ngày 8/2, trong quá trình điều tra, Công an Thạch Hà phát hiện một hộ dân có lợn ốm.', ['Công an Thạch Hà']],
    ['Ngày 9/2, Công an Hà Đông chặn bắt xe vi phạm.', ['Công an Hà Đông']],
    ['Ban CHQS huyện, Huyện đoàn Thạch Hà phối hợp tổ chức lớp bồi dưỡng.', ['Huyện đoàn Thạch Hà']],
    // (a third capitalised word makes a person's full name; a team's remit "TTGT" reads no district)
    ['Theo Công an Hà Văn Đông, năm nay.', []],
    ['Theo Đội TTGT Ninh Kiều, năm nay.', ['Đội TTGT']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe("a lower-case ministry of a country after who speaks for it, the speaker's name after the country", () => {
  const table: [string, string[]][] = [
    ['Tuần trước, phát ngôn viên bộ ngoại giao Trung Quốc Cảnh Sảng đã nhấn mạnh rằng cuộc tập trận không nên nhắm vào nước thứ ba.', ['bộ ngoại giao Trung Quốc']],
    ['Phát ngôn viên bộ ngoại giao Trung Quốc Hoa Xuân Oánh đã nói.', ['bộ ngoại giao Trung Quốc']],
    // (with no speaker before it a capital after the country is a person's name)
    ['Bộ văn hóa Mỹ Nhàn đã nói.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe('the association of Vietnamese abroad, named by where they live', () => {
  const table: [string, string[]][] = [
    ['Đại diện Hội người Việt tại Saint Petersburg cho biết.', ['Hội người Việt tại Saint Petersburg']],
    ['Theo Tổng hội người Việt Nam tại Lào, năm nay có nhiều hoạt động.', ['Tổng hội người Việt Nam tại Lào']],
    ['Ông A, Chủ tịch Hội người Việt Nam ở Nhật Bản cho biết.', ['Hội người Việt Nam ở Nhật Bản']],
    // (no place named after "ở": no one association)
    ['Hội người Việt ở đây rất đông.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe("the board of a province's zones, named by their kind and closed by the province", () => {
  const table: [string, string[]][] = [
    ['Ông Phạm Quốc Tuấn - Trưởng ban Quản lý các KCN Hà Nội - đồng chủ trì hội nghị.', ['ban Quản lý các KCN Hà Nội']],
    ['Ông Phạm Khắc Tuấn, Trưởng ban Quản lý các KCN và chế xuất Hà Nội cho biết.', ['ban Quản lý các KCN và chế xuất Hà Nội']],
    ['Thông tin từ Ban quản lý KCN – KCX TPHCM cho biết.', ['Ban quản lý KCN – KCX TPHCM']],
    ['Ban quản lý Khu kinh tế Quảng Ninh Nguyễn Mạnh Tuấn cho hay.', ['Ban quản lý Khu kinh tế Quảng Ninh']],
    // (the zones' kind with nothing naming them is a type and its remit; a zone named in capitals is read as any name)
    ['Ban Quản lý Các khu công nghiệp sẽ tiến hành rà soát.', []],
    ['Ông Nguyễn Anh Triết, Trưởng Ban Quản lý Các khu công nghiệp tỉnh cho biết, tỉnh đang quan tâm.', []],
    ['Ban quản lý Khu kinh tế đã trao giấy chứng nhận.', []],
    ['Ban Quản lý Khu kinh tế Dung Quất cho biết.', ['Ban Quản lý Khu kinh tế Dung Quất']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe("a one-syllable field that is a word in itself takes no lower-case word after it", () => {
  const table: [string, string[]][] = [
    ['Căn cứ báo cáo rà soát của Tổng cục Thuế tính từ ngày 1/7/2014 có 60 trường hợp.', ['Tổng cục Thuế']],
    ['Cơ sở dữ liệu được Tổng cục Thuế xây dựng tập trung.', ['Tổng cục Thuế']],
    ['Toàn bộ nợ chưa được Cục Thuế tổng hợp vào báo cáo.', ['Cục Thuế']],
    // (its compounds are read whole)
    ['Liên minh Thuế quan Nga - Belarus - Kazakhstan họp.', ['Liên minh Thuế quan Nga - Belarus - Kazakhstan']],
    ['Cơ quan Thuế vụ Mỹ cho biết.', ['Cơ quan Thuế vụ Mỹ']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe('a "Sở" named by one capitalised word and no sector is a person\'s name', () => {
  const table: [string, string[]][] = [
    ['Trong bộ phim Sở Kiều truyền kỳ đang gây bão có hình ảnh chú chim.', []],
    ['Anh ta đúng là một gã Sở Khanh lừa tình.', []],
    // (a sector, a place or a parent named after it keeps the body)
    ['Sở Cứu hỏa London cho biết.', ['Sở Cứu hỏa London']],
    ['Giá bán USD của Sở Giao dịch NHNN tăng lên.', ['Sở Giao dịch NHNN', 'NHNN']],
    ['Sở Di trú Mỹ cho biết.', ['Sở Di trú Mỹ']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe("a state council, named with its country", () => {
  const table: [string, string[]][] = [
    ['Ủy viên Quốc vụ viện Trung Quốc Dương Khiết Trì cho biết.', ['Quốc vụ viện Trung Quốc']],
    ['Theo Quốc vụ viện Trung Quốc, kế hoạch sẽ được công bố.', ['Quốc vụ viện Trung Quốc']],
    // (alone it names no one body)
    ['Ủy viên Quốc vụ viện Dương Khiết Trì cho biết.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe("a province's other spelling keys with its name", () => {
  const table: [string, string[]][] = [
    ['Ông Nguyễn Tuấn Hà, Phó Chủ tịch UBND tỉnh Đắk Lắk cho biết. Theo UBND tỉnh Đắk Lăk, lễ hội sẽ kéo dài.', ['UBND tỉnh Đắk Lắk']],
    ['Công an tỉnh Kontum phối hợp. Công an tỉnh Kon Tum cho biết.', ['Công an tỉnh Kon Tum']],
    // (a short form is no spelling: it stays a form of its own, as before)
    ['UBND tỉnh BR-VT và UBND tỉnh Bà Rịa - Vũng Tàu họp.', ['UBND tỉnh BR-VT', 'UBND tỉnh Bà Rịa - Vũng Tàu']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe("a country's force named in title case, or its armed forces in lower case, closed by the country", () => {
  const table: [string, string[]][] = [
    ['Các nhà hoạt động cho biết Lực lượng Dân chủ Syria (SDF) đã tiến vào thành phố.', ['Lực lượng Dân chủ Syria']],
    // a capitalised word of a force's name may take up to three lower-case ones, none a stop word or another body's head
    ['16 sĩ quan thuộc Lực lượng Tác chiến đặc biệt Nga (SSO) được thưởng.', ['Lực lượng Tác chiến đặc biệt Nga']],
    ['Lực lượng Vệ binh cách mạng Iran bắn tên lửa.', ['Lực lượng Vệ binh cách mạng Iran']],
    ['Lực lượng Đặc nhiệm đang hoạt động ở Nga.', []],
    ['Lực lượng Tiger quân đội Syria tiến công.', ['quân đội Syria']],
    // Russia's aerospace forces, the space arm after a dash
    ['Binh sĩ SSO cùng với Không quân-Vũ trụ Nga (VKS) đã có đóng góp.', ['Không quân-Vũ trụ Nga']],
    ['Không quân - Vũ trụ Nga không kích.', ['Không quân - Vũ trụ Nga']],
    // (written with and without its "lực lượng", one force)
    ['Lực lượng Không quân Vũ trụ Nga đã không kích. Trong khu vực của lực lượng Không quân-Vũ trụ Nga ở Syria.', ['Lực lượng Không quân Vũ trụ Nga']],
    ['Họ kêu gọi tăng cường sức mạnh của Lực lượng Hạt nhân Chiến lược Nga.', ['Lực lượng Hạt nhân Chiến lược Nga']],
    ['Ông từng phục vụ trong Lực lượng Đặc nhiệm Hàn Quốc.', ['Lực lượng Đặc nhiệm Hàn Quốc']],
    ['Thượng tướng Sergei Surovikin, Tư lệnh lực lượng vũ trang Nga đang hoạt động tại Syria, cho biết.', ['lực lượng vũ trang Nga']],
    // (not beside the same country's army: "quân đội Nga" already names that one military)
    ['Quân đội Nga tập trận. Tư lệnh lực lượng vũ trang Nga đang hoạt động tại Syria cho biết.', ['Quân đội Nga']],
    // (a head inside the name still reads it as before)
    ['Máy bay của Lực lượng Không quân Syria cất cánh.', ['Không quân Syria']],
    // not: a country first, a place or owner, many forces, joint forces, a rebel army the head list keeps out
    ['Lực lượng Syria được Mỹ hậu thuẫn đã tới.', []],
    ['Tin cho biết Lực lượng Houthi tại Yemen đã tấn công.', []],
    ['Các lực lượng vũ trang Syria tiến tới.', []],
    ['Nguy cơ xung đột giữa lực lượng vũ trang Mỹ - Hàn và Triều Tiên tăng lên.', []],
    ['Lực lượng Vũ trang Cách mạng Colombia (FARC) giao nộp vũ khí.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe("the army and the police by their national acronyms with the country", () => {
  const table: [string, string[]][] = [
    ['Sáng 10-2, Tổng cục Chính trị QĐND Việt Nam tổ chức gặp mặt.', ['Tổng cục Chính trị QĐND Việt Nam', 'QĐND Việt Nam']],
    // (one body with its full form)
    ['Quân đội nhân dân Việt Nam và QĐND Việt Nam là một.', ['Quân đội nhân dân Việt Nam']],
    // not: the acronym alone, the army's newspaper
    ['Theo báo QĐND, vụ việc xảy ra hôm qua.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe("a province's whole name closes a body: a capital after it is the next sentence or a person", () => {
  const table: [string, string[]][] = [
    ['LS NGUYỄN TOÀN THIỆN, Chủ nhiệm Đoàn LS tỉnh Bình Thuận Không nên cá biệt hóa Về nguyên tắc, tôi ủng hộ.', ['Đoàn LS tỉnh Bình Thuận']],
    ['LS LƯU VĂN TÁM, Phó Chủ nhiệm Đoàn LS tỉnh Bà Rịa-Vũng Tàu Khó chứng minh vi phạm Tôi cho rằng quy định ổn.', ['Đoàn LS tỉnh Bà Rịa-Vũng Tàu']],
    ['Theo đề nghị của UBND tỉnh Gia Lai Kpă Thuyên đã được bổ nhiệm.', ['UBND tỉnh Gia Lai']],
    ['Ảnh: Công an Vĩnh Long Thấy vậy, đối tượng bỏ chạy.', ['Công an Vĩnh Long']],
    // (a district, ocean or another place that runs on from a province's name stays whole; so does a unit after a commune's)
    ['Ông Y, Chủ tịch UBND thành phố Điện Biên Phủ cho biết.', ['UBND thành phố Điện Biên Phủ']],
    ['Bộ Tư lệnh Mỹ khu vực Thái Bình Dương cho biết, hai máy bay đã bay qua.', ['Bộ Tư lệnh Mỹ khu vực Thái Bình Dương']],
    ['Chi cục Hải quan cửa khẩu cảng Sài Gòn Khu vực 1 cho biết.', ['Chi cục Hải quan cửa khẩu cảng Sài Gòn Khu vực 1']],
    ['UBND phường Phú Thọ Hòa đã họp.', ['UBND phường Phú Thọ Hòa']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe("a head and an acronym spelling the initials of the one body named in full with that head", () => {
  const table: [string, string[]][] = [
    ['Ông Nguyễn Đăng Chương, nguyên Cục trưởng Cục Nghệ thuật biểu diễn, cho biết. Những sai phạm tại Cục NTBD đã được xử lý.', ['Cục Nghệ thuật biểu diễn']],
    ['Ban Kinh tế Trung ương tổ chức hội thảo. Theo Ban KTTW, dự thảo sẽ được hoàn thiện.', ['Ban Kinh tế Trung ương']],
    ['Bộ Tài chính đã có văn bản. Theo Bộ TC, số thu tăng.', ['Bộ Tài chính']],
    // not: initials of two bodies with that head, or of none
    ['Cục Quản lý thị trường, Cục Quản lý tài nguyên và Cục QLT đã họp.', ['Cục Quản lý thị trường', 'Cục Quản lý tài nguyên', 'Cục QLT']],
    ['Sở GTVT Hà Nội và Sở Giao thông Vận tải TP.HCM họp.', ['Sở GTVT Hà Nội', 'Sở Giao thông Vận tải TP.HCM']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe('a steering committee named by a remit in lower case', () => {
  const table: [string, string[]][] = [
    ['Bộ Công Thương phối hợp với Bộ Tài chính báo cáo Ban Chỉ đạo điều hành giá trước khi báo cáo Thủ tướng Chính phủ.',
      ['Bộ Công Thương', 'Bộ Tài chính', 'Ban Chỉ đạo điều hành giá', 'Chính phủ']],
    ['Sáng 1/7, Ban Chỉ đạo điều hành giá đã họp.', ['Ban Chỉ đạo điều hành giá']],
    ['Lập Ban Chỉ đạo quốc gia về triển khai dự án cao tốc Bắc - Nam', ['Ban Chỉ đạo quốc gia']],
    ['Ban Chỉ đạo phòng chống tham nhũng tỉnh Nghệ An đã họp.', ['Ban Chỉ đạo phòng chống tham nhũng tỉnh Nghệ An']],
    ['Ban Chỉ đạo thi tỉnh Trà Vinh đã có bước chuẩn bị tốt.', ['Ban Chỉ đạo thi tỉnh Trà Vinh']],
    // not: a one-word remit with no place, a remit that runs on (listed, or a verb after it), a verb after the head
    ['Ban chỉ đạo thi yêu cầu phải đảm bảo ít nhất một điểm thi.', []],
    ['Thường trực Ban chỉ đạo chống buôn lậu, gian lận thương mại và hàng giả tỉnh Cà Mau chủ trì.', []],
    ['Do Ban Chỉ đạo quốc gia vận động hiến máu tình nguyện chỉ đạo.', []],
    ['Ban Chỉ đạo thực hiện tốt nhiệm vụ.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe("a parliamentary friendship league, named by its two countries", () => {
  const table: [string, string[]][] = [
    ['Ông Takeshi, Chủ tịch Liên minh nghị sĩ hữu nghị Fukuoka - Việt Nam cho biết.', ['Liên minh nghị sĩ hữu nghị Fukuoka - Việt Nam']],
    ['Chủ tịch Liên minh Nghị sĩ hữu nghị Nhật - Việt Toshihiro Nakai cho biết.', ['Liên minh Nghị sĩ hữu nghị Nhật - Việt']],
    ['Chủ tịch Hội hữu nghị Nga - Việt Ivan Petrov cho biết.', ['Hội hữu nghị Nga - Việt']],
    // not: the leagues in general
    ['Các Liên minh nghị sĩ hữu nghị với Việt Nam đã đến thăm.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe("a district's veterinary, crop or quarantine station", () => {
  const table: [string, string[]][] = [
    ['Trạm Thú y huyện Phúc Thọ đã có mặt tại khu vực.', ['Trạm Thú y huyện Phúc Thọ']],
    ['Lực lượng Trạm kiểm dịch Bắc Nghệ An phối hợp với Công an tỉnh Nghệ An.', ['Trạm kiểm dịch Bắc Nghệ An', 'Công an tỉnh Nghệ An']],
    ['Trạm Chăn nuôi và Thú y thị xã Sông Cầu khuyến cáo người dân.', ['Trạm Chăn nuôi và Thú y thị xã Sông Cầu']],
    // not: a station named by its level alone, the stations of many districts, a health station
    ['Trạm Thú y huyện đã báo cáo lên UBND huyện.', []],
    ['Trạm Thú y các huyện đã họp.', []],
    ['Trạm Y tế xã Hòa An đã khám cho người dân.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe("a party body's term closes its name", () => {
  const table: [string, string[]][] = [
    ['Nghị quyết Đại hội Đảng bộ quận khóa V, nhiệm kỳ 2015-2020 đã được thông qua.', []],
    ['Đại hội Đảng bộ tỉnh Nghệ An khóa XVIII đã họp.', ['Đảng bộ tỉnh Nghệ An']],
    // (not a word ending in the same syllable: "Tài khóa")
    ['Ông Hà Quang Tuyến, Vụ trưởng Vụ Hệ thống Tài khóa Quốc gia, xác nhận.', ['Vụ Hệ thống Tài khóa Quốc gia']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe('the open market, whose "mở" is no verb ending the name', () => {
  const table: [string, string[]][] = [
    ['Theo Ủy ban Thị trường mở Liên bang (FOMC), lãi suất sẽ tăng.', ['Ủy ban Thị trường mở Liên bang']],
    ['Ủy ban Thị trường mở Liên bang Mỹ đã họp.', ['Ủy ban Thị trường mở Liên bang Mỹ']],
    // (not a market body that opens something)
    ['Ủy ban Thị trường đã mở phiên họp.', ['Ủy ban Thị trường']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe("a province's centre whose fields are joined by dashes", () => {
  const table: [string, string[]][] = [
    ['Ông Đoàn Văn Phương, Giám đốc Trung tâm Xúc tiến Đầu tư - Thương mại - Du lịch tỉnh Tiền Giang ủng hộ phương án.',
      ['Trung tâm Xúc tiến Đầu tư - Thương mại - Du lịch tỉnh Tiền Giang']],
    ['Trung tâm Xúc tiến Đầu tư Thương mại Du lịch tỉnh Tiền Giang ủng hộ.', ['Trung tâm Xúc tiến Đầu tư Thương mại Du lịch tỉnh Tiền Giang']],
    // (not a chain cut at the dash into a parent with no place)
    ['Trung tâm Thông tin - Sở Giáo dục và Đào tạo cho biết.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe("a district's office written lower-case, its sector capitalised, then its level and place", () => {
  const table: [string, string[]][] = [
    ['Cán bộ phòng Giáo dục và Đào tạo quận Hai Bà Trưng đã đến trường.', ['phòng Giáo dục và Đào tạo quận Hai Bà Trưng']],
    ['Cùng ngày, lãnh đạo phòng Giáo dục TP Thanh Hóa đã làm việc với gia đình.', ['phòng Giáo dục TP Thanh Hóa']],
    // also listed after a comma, beside the district's stations written lower-case before their level and place
    ['Đoàn kiểm tra gồm UBND phường Máy Tơ, trạm Thú y quận Ngô Quyền, phòng Kinh tế quận Ngô Quyền, phòng Y tế quận Ngô Quyền.',
      ['UBND phường Máy Tơ', 'trạm Thú y quận Ngô Quyền', 'phòng Kinh tế quận Ngô Quyền', 'phòng Y tế quận Ngô Quyền']],
    ['Trong khi chờ kết luận, phòng Giáo dục quận Hai Bà Trưng đã đình chỉ hoạt động của nhóm lớp.', ['phòng Giáo dục quận Hai Bà Trưng']],
    ['Cán bộ trạm thú y huyện Phúc Thọ đã lấy mẫu.', ['trạm thú y huyện Phúc Thọ']],
    ['Lực lượng hạt kiểm lâm huyện Tương Dương đã có mặt.', ['hạt kiểm lâm huyện Tương Dương']],
    // not: a room, or an office with no place; a station with no place
    ['Anh ấy ở phòng Văn hóa và Thông tin.', []],
    ['Chúng tôi đến trạm thú y, phòng kinh tế để hỏi.', []],
    // the office by its sector's acronym, then its level and place (a province alone, or a bare level, names no district's office)
    ['Vào ngày nghỉ nên phòng GD-ĐT quận Hai Bà Trưng đã phối hợp với nhà trường.', ['phòng GD-ĐT quận Hai Bà Trưng']],
    ['Ông cho biết, phòng GD&ĐT huyện Krông Ana đã đến thăm em học sinh.', ['phòng GD&ĐT huyện Krông Ana']],
    ['Đại diện phòng GD-ĐT quận đã đến.', []],
    ['Đại diện phòng GD-ĐT Hà Nội đã đến.', []],
    ['Lãnh đạo phòng Giáo dục huyện đã họp.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe("a national body's branch named by its place is a body of its own", () => {
  const table: [string, string[]][] = [
    ['UBND tỉnh cũng đề nghị Ngân hàng Nhà nước chi nhánh Quảng Ninh chỉ đạo các ngân hàng.', ['Ngân hàng Nhà nước', 'Ngân hàng Nhà nước chi nhánh Quảng Ninh']],
    ['Ông Rượu có đến Ngân hàng Nhà nước Việt Nam Chi nhánh huyện Hòa Vang gửi 90 đồng.', ['Ngân hàng Nhà nước Việt Nam', 'Ngân hàng Nhà nước Việt Nam Chi nhánh huyện Hòa Vang']],
    ['Hội thảo do Phòng Thương mại và Công nghiệp Việt Nam (VCCI) Chi nhánh TP HCM tổ chức mới đây.',
      ['Phòng Thương mại và Công nghiệp Việt Nam', 'Phòng Thương mại và Công nghiệp Việt Nam (VCCI) Chi nhánh TP HCM']],
    ['Hội thảo do VCCI Chi nhánh Cần Thơ tổ chức.', ['VCCI', 'VCCI Chi nhánh Cần Thơ']],
    // (no place: every province's branch, or a bare level word, names no one branch)
    ['Ngân hàng Nhà nước chi nhánh các tỉnh phải báo cáo.', ['Ngân hàng Nhà nước']],
    ['Ngân hàng Nhà nước chi nhánh Thành phố cho biết.', ['Ngân hàng Nhà nước']],
    // (not a body with branches in every province: a business's branch is no body)
    ['Bộ Tài chính chi nhánh Hà Nội không có.', ['Bộ Tài chính']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('a level written short ("TP", "TP.", "Q.1") closes a lower-case remit as a level word does', () => {
  const table: [string, string[]][] = [
    ['Theo Cục thuế TP Hà Nội, có 134 đơn vị nợ thuế.', ['Cục thuế TP Hà Nội']],
    ['Ông Nguyễn Minh Tiến, Chi cục trưởng Chi cục vệ sinh an toàn thực phẩm TP Đà Nẵng, cho biết.', ['Chi cục vệ sinh an toàn thực phẩm TP Đà Nẵng']],
    ['Lãnh đạo Cục thi hành án dân sự TP. Hà Nội cũng thừa nhận.', ['Cục thi hành án dân sự TP. Hà Nội']],
    ['Bị cáo Đoàn Vũ Duy (nguyên Đội trưởng Đội cơ động đường bộ TP.Cần Thơ), đến nay vẫn không khai gì.', ['Đội cơ động đường bộ TP.Cần Thơ']],
    ['Ông Phúc thay mặt Hội đồng nghĩa vụ quân sự P.7 đã công khai xin lỗi.', ['Hội đồng nghĩa vụ quân sự P.7']],
    // a team's remit whose nouns the stop list holds ("quản lý", "giao thông")
    ['Theo ông Phạm Nhất Trí, Đội phó Đội quản lý trật tự đô thị Q.1, căn cứ theo Nghị định 155.', ['Đội quản lý trật tự đô thị Q.1']],
    ['Ông Lập, nguyên cán bộ Đội thanh tra giao thông quận Cái Răng, bị bắt.', ['Đội thanh tra giao thông quận Cái Răng']],
    ['Ông Dũng là cán bộ Đội quản lý xây dựng quận Hoàng Mai.', ['Đội quản lý xây dựng quận Hoàng Mai']],
    // not: a one-phrase remit with no body or place after it
    ['Đội quản lý đã có mặt tại hiện trường.', []],
    // not: a team that is no public body, nor a short level with no place after it
    ['Đội hình thi đấu TP.HCM gồm 5 vận động viên.', []],
    ['Cơ quan chức năng TP Đà Lạt đã vào cuộc.', []],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('a number after a ministry, or after a verb that completes no capital, is a count, not the name', () => {
  const table: [string, string[]][] = [
    ['Hai bên ký thỏa thuận hợp tác đào tạo giữa Bộ Quốc phòng 2 nước.', ['Bộ Quốc phòng']],
    ['Theo báo cáo của Bộ Quốc phòng 2016 có nhiều thay đổi.', ['Bộ Quốc phòng']],
    ['Sau đó Bộ Tài chính chuyển 385 tỷ đồng cho tỉnh.', ['Bộ Tài chính']],
    ['Sau đợt kiểm tra, Cục QLĐB tước 77 giấy phép lái xe.', ['Cục QLĐB']],
    // the name's own number stays: a word completing its capital, or a word that numbers the unit
    ['Đồn Biên phòng 42 và Tiểu đoàn Phòng hóa 78 phối hợp tuần tra.', ['Đồn Biên phòng 42', 'Tiểu đoàn Phòng hóa 78']],
    ['Lãnh đạo Bộ Tư lệnh Hải quân vùng 1 đã có mặt.', ['Bộ Tư lệnh Hải quân vùng 1']],
    ['Chi cục KDTV vùng 1 Hải Phòng đã kiểm tra lô hàng.', ['Chi cục KDTV vùng 1 Hải Phòng']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('a capitalised remit run on in lower case and closed by "quốc gia" is one national body', () => {
  const table: [string, string[]][] = [
    ['Hồ sơ đã được Hội đồng Di sản văn hóa quốc gia thông qua.', ['Hội đồng Di sản văn hóa quốc gia']],
    ['Ủy ban An toàn sinh học quốc gia đã họp.', ['Ủy ban An toàn sinh học quốc gia']],
    ['Cơ quan Giám sát chất lượng quốc gia thông báo rằng có 18 công viên vi phạm.', ['Cơ quan Giám sát chất lượng quốc gia']],
    // not: "quốc gia" after a verb and its object, or after a place that closed the name
    ['Bộ Quốc phòng bảo vệ chủ quyền quốc gia.', ['Bộ Quốc phòng']],
    ['Ủy ban Châu Âu đe dọa an ninh quốc gia.', ['Ủy ban Châu Âu']],
    // (a national prize's jury read whole is of the whole state, as "Hội đồng Giải Báo chí Quốc gia" already was; the gold keeps it)
    ['Hội đồng Chung khảo Giải Báo chí quốc gia đã chọn 95 tác phẩm.', ['Hội đồng Chung khảo Giải Báo chí quốc gia']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('a two-word district opening with a family name, right after its level word, is whole before a person', () => {
  const table: [string, string[]][] = [
    ['Chủ tịch UBND huyện Thạch Hà Trần Việt Hà cho biết: “Một thực tế rất đáng lo ngại”.', ['UBND huyện Thạch Hà']],
    ['Phó Chủ tịch UBND quận Ngô Quyền Trần Hữu Xuân khẳng định như vậy.', ['UBND quận Ngô Quyền']],
    ['Phó Chủ tịch Ủy ban nhân dân quận Lê Chân Phạm Văn Tân cho biết.', ['Ủy ban nhân dân quận Lê Chân']],
    // not: a province after the district is where it is, no person
    ['Giám đốc Công an quận Hoàng Mai Hà Nội cho biết.', ['Công an quận Hoàng Mai']],
    // not: a district with no person after it reads as before
    ['UBND huyện Thạch Hà đã họp.', ['UBND huyện Thạch Hà']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('the secretariats of the regional and world bodies are bodies of their own', () => {
  const table: [string, string[]][] = [
    ['Đại diện của Cục Hành động Đối ngoại châu Âu và Ban thư ký ASEAN tham dự.', ['Cục Hành động Đối ngoại châu Âu', 'Ban thư ký ASEAN', 'ASEAN']],
    ['Giám đốc điều hành Ban Thư ký APEC Alan Bollard cho biết.', ['Ban Thư ký APEC', 'APEC']],
    // (not the summit: an event's name gives no body)
    ['Hội nghị Thượng đỉnh APEC diễn ra tại Đà Nẵng.', []],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('the international courts written with "Tòa" for "Tòa án" are bodies', () => {
  const table: [string, string[]][] = [
    ['Thủ tướng sẽ có các cuộc gặp gỡ lãnh đạo Tòa Công lý Quốc tế và Tòa Trọng tài Quốc tế. Bên cạnh đó.', ['Tòa Công lý Quốc tế', 'Tòa Trọng tài Quốc tế']],
    ['Bà Inada cho rằng phán quyết của Tòa trọng tài thường trực đối với vụ kiện của Philippines phải có giá trị.', ['Tòa trọng tài thường trực']],
    // not: the bare "Tòa Trọng tài", which also opens another body's name
    ['Tòa Trọng tài tuyên bố yêu sách đường lưỡi bò là phi pháp.', []],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('a lower-case "sở" with its sector\'s acronym, then its province, is the department', () => {
  const table: [string, string[]][] = [
    ['“Các trang trại lợn ở Quảng Trị cứ bán một con là lỗ 1 triệu đồng”, đại diện sở NN-PTNT Quảng Trị chia sẻ.', ['sở NN-PTNT Quảng Trị']],
    ['Yên ứ giao thông trên cầu nên sở GTVT TP HCM xây dựng thêm hai nhánh.', ['sở GTVT TP HCM']],
    ['Vào chiều tối 10/5, tại Sân bay Vinh, sở GD&ĐT tỉnh Nghệ An cũng tổ chức lễ đón.', ['sở GD&ĐT tỉnh Nghệ An']],
    ['Bà Huệ là vợ của ông Phạm Sỹ Quý – Giám đốc sở TNMT tỉnh Yên Bái.', ['sở TNMT tỉnh Yên Bái']],
    // not: an acronym of no sector after "trụ sở", "cơ sở"; nor a sector's acronym with no province after it
    ['Cơ quan chức năng đã kiểm tra cơ sở MN Sen Vàng.', []],
    ['Ông đề nghị sở GD&ĐT tiếp tục tạo điều kiện.', []],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('a sentence-case name its acronym closes may end with a continent\'s or a country\'s capitalised name', () => {
  const table: [string, string[]][] = [
    ['Ông sẽ hợp tác chặt chẽ với Brazil, Colombia cùng Tổ chức các nước châu Mỹ (OAS) liên quan đến vấn đề này.', ['Tổ chức các nước châu Mỹ']],
    ['Các nước thành viên Hội đồng hợp tác vùng Vịnh (GCC) đã cắt quan hệ.', ['Hội đồng hợp tác vùng Vịnh']],
    ['Theo Ủy ban Kiểm tra kỷ luật Trung Quốc (CCDI), ông đã bị điều tra.', ['Ủy ban Kiểm tra kỷ luật Trung Quốc']],
    // not: a foreign word after the remit is a firm's or a group's own name
    ['Theo Cơ quan xếp hạng tín nhiệm Standard & Poors (S&P), triển vọng là ổn định.', []],
    ['Theo Tổ chức nhân đạo quốc tế Social Progress Imperative (SPI), chỉ số đã tăng.', []],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('a department with its remit in lower case is read at a sentence\'s start as inside it', () => {
  const table: [string, string[]][] = [
    ['Tài sản nằm rải rác nhiều nơi. Tổng Cục thi hành án dân sự Bộ Tư pháp đã thành lập một tổ xử lý tài sản.', ['Tổng Cục thi hành án dân sự Bộ Tư pháp', 'Bộ Tư pháp']],
    ['Thị trường chờ số liệu. Cục thống kê lao động cho biết, 222.000 việc làm đã được tạo ra.', ['Cục thống kê lao động']],
    // not: a heading's line with no close after the remit
    ['Tin tức\nCục thuế tăng cường kiểm tra\nNội dung bài viết.', []],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('the inspectorate of a department named by its sector alone (acronym or written out), with no place, is a type', () => {
  const table: [string, string[]][] = [
    ['Giao Thanh tra Sở GTVT chủ trì, phối hợp kiểm tra, xử lý nghiêm đối với các hành vi vi phạm.', []],
    ['Các đơn vị như Thanh tra Bộ NN-PTNT, Thanh tra Sở NN-PTNT các tỉnh đã vào cuộc.', ['Thanh tra Bộ NN-PTNT', 'Bộ NN-PTNT']],
    // not: one with its place stays, and so does a ministry's
    ['Giao Thanh tra Sở GTVT TP.HCM chủ trì.', ['Thanh tra Sở GTVT TP.HCM', 'Sở GTVT TP.HCM']],
    // the sector written out, as a bare "Sở Xây dựng" is a type too
    ['Ông Nguyễn Văn Hùng, chánh Thanh tra Sở Xây dựng nói rằng sẽ kiểm tra lại toàn bộ.', []],
    ['Thanh tra Sở Xây dựng Hà Nội cho biết đã lập biên bản.', ['Thanh tra Sở Xây dựng Hà Nội', 'Sở Xây dựng Hà Nội']],
    // what an inspectorate orders ("buộc") is no part of its name
    ['Ngoài việc xử phạt hành chính, Thanh tra Sở buộc 3 phòng khám trên tháo gỡ quảng cáo.', []],
    ['Thanh tra Sở Y tế Hà Nội buộc phòng khám đóng cửa.', ['Thanh tra Sở Y tế Hà Nội', 'Sở Y tế Hà Nội']],
    // nor what a body is sent a file for ("tham khảo")
    ['Bộ Tài chính gửi Thủ tướng chuyển Thanh tra Chính phủ tham khảo, phục vụ công tác thanh tra.', ['Bộ Tài chính', 'Thanh tra Chính phủ', 'Chính phủ']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('a family word ending a commune\'s name before a sentence opener (a lost full stop) is the place\'s, no person\'s', () => {
  const table: [string, string[]][] = [
    ['Anh Nguyễn Tiến Cường – Chủ tịch Hội Nông dân xã Khai Thái  Theo anh Cường, cây rau cần đã được trồng hơn chục năm.', ['Hội Nông dân xã Khai Thái']],
    ['Ông Lê Văn Tâm, Chủ tịch UBND xã Tân Thái Chiều 5/6, ông Tâm cho biết đã chỉ đạo khắc phục.', ['UBND xã Tân Thái']],
    // not: a family word before a person's full name still opens the person
    ['Chủ tịch UBND xã Bình Châu Nguyễn Quang Trung cho biết, xã đã vào cuộc.', ['UBND xã Bình Châu']],
    // not: an opener-like middle name before a given name ("Trần Sáng Tùng") is the person's
    ['Chủ tịch UBND xã Khai Trần Sáng Tùng cho biết, xã đã vào cuộc.', ['UBND xã Khai']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('a bare body before a Vietnamese official\'s full name is Việt Nam\'s, not the foreign body named in full', () => {
  const table: [string, string[]][] = [
    ['Chủ tịch Quốc hội Lào Pany Yathotou đã hội đàm với Chủ tịch Quốc hội Nguyễn Thị Kim Ngân tại Hà Nội.', ['Quốc hội Lào', 'Quốc hội']],
    ['Người phát ngôn Bộ Ngoại giao Lê Thị Thu Hằng nêu rõ quan điểm trước tuyên bố của Bộ Ngoại giao Singapore.', ['Bộ Ngoại giao', 'Bộ Ngoại giao Singapore']],
    // and joins Việt Nam's body when the text names it in full
    ['Chủ tịch Quốc hội Cuba Esteban Lazo đã gặp Chủ tịch Quốc hội Nguyễn Thị Kim Ngân; hai bên ca ngợi quan hệ giữa Quốc hội Việt Nam và Quốc hội Cuba.', ['Quốc hội Cuba', 'Quốc hội Việt Nam']],
    // not: the bare form before a foreign name is that country's body
    ['Chủ tịch Quốc hội Lào Pany Yathotou cho biết, Chủ tịch Quốc hội Pany Yathotou sẽ thăm Việt Nam.', ['Quốc hội Lào']],
    // not: Chinese names are written like Vietnamese ones, so a bare form beside a Chinese body joins it
    ['Phía Trung Quốc có Thứ trưởng Bộ Ngoại giao Lưu Chấn Dân; Bộ Ngoại giao Trung Quốc đã ra tuyên bố.', ['Bộ Ngoại giao Trung Quốc']],
    // (every written form of a Sino-naming place counts, taken from the gazetteer: "Hongkong" as "Hồng Kông")
    ['Ông là Chủ tịch Hội đồng Lập pháp Hongkong. Chủ tịch Hội đồng Lập pháp Lương Quân Ngạn cho biết.', ['Hội đồng Lập pháp Hongkong']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('a committee "của QH" is owned by the parliament written as its acronym, as "của Quốc hội" is', () => {
  const table: [string, string[]][] = [
    ['ĐB Lê Thị Nga (Chủ nhiệm Ủy ban Tư pháp của QH) cũng nhìn nhận kỷ luật chưa nghiêm.', ['Ủy ban Tư pháp của QH', 'QH']],
    ['Theo UB Các vấn đề xã hội của QH, số vụ việc đã giảm.', ['UB Các vấn đề xã hội của QH', 'QH']],
    ['Ông Vũ Hồng Thanh, Chủ nhiệm Ủy ban Kinh tế của Quốc hội cho biết.', ['Ủy ban Kinh tế của Quốc hội', 'Quốc hội']],
    // not: "QH" after "của" with no committee before it is only the parliament
    ['Đây là ý kiến của QH về dự án luật.', ['QH']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('round 37 recall audit: public bodies behind a head word read elsewhere as a faculty, a clinic or a venue', () => {
  const table: [string, string[]][] = [
    // an academy's "Khoa học" is its field, no faculty's "Khoa" (audit line 24)
    ['Ông A, chuyên gia tư vấn các vấn đề xã hội Viện Hàn lâm Khoa học Xã hội Việt Nam chia sẻ.', ['Viện Hàn lâm Khoa học Xã hội Việt Nam']],
    ['Nghiên cứu do Viện Hàn lâm Khoa học Nga tài trợ.', ['Viện Hàn lâm Khoa học Nga']],
    ['Viện Hàn lâm Khoa học Trung Quốc (CAS) cho biết.', ['Viện Hàn lâm Khoa học Trung Quốc']],
    // not: the arts academies are private bodies (the Oscars)
    ['Viện Hàn lâm Khoa học và Nghệ thuật Mỹ công bố danh sách.', []],
    // a centre whose capitalised remit runs in lower case to "trung ương" or "quốc gia" is the central state's (audit line 183)
    ['Mẫu vịt chết tại xã Phụng Thượng do Trung tâm Chẩn đoán thú y trung ương xét nghiệm.', ['Trung tâm Chẩn đoán thú y trung ương']],
    ['Theo Trung tâm Dự báo khí tượng thủy văn trung ương, bão số 1 suy yếu.', ['Trung tâm Dự báo khí tượng thủy văn trung ương']],
    // not: a venue so named, nor a name running on past "mang tên"
    ['Đêm nhạc diễn ra tại Trung tâm Hội nghị quốc gia.', []],
    ['Dẫn đầu là Trung tâm Tên lửa quốc gia mang tên Viện sĩ Makeyev.', []],
    // a foreign country's national institute, named with the country (audit line 80)
    ['Theo Viện Ung thư quốc gia Hoa Kỳ, năm 2016 gần 13.000 phụ nữ mắc bệnh.', ['Viện Ung thư quốc gia Hoa Kỳ']],
    ['Theo phân tích từ Viện Y tế quốc gia Mỹ, các cặp vợ chồng béo phì giảm khả năng thụ thai.', ['Viện Y tế quốc gia Mỹ']],
    // not: a home clinic so named, nor a foreign one
    ['Bệnh nhân được chuyển lên Viện Ung thư quốc gia điều trị.', []],
    ['Viện Tim mạch quốc gia Pháp cho biết.', []],
    ['Giáo sư Kenichi Ohno, Viện Nghiên cứu Chính sách Quốc gia Nhật Bản trả lời phỏng vấn.', []],
    // a commune's police post named by its commune, one body (audit line 83); its police word is no force of its own
    ['Tổ công tác Đồn Công an Co Mạ do đồng chí Lường Quang Học làm tổ trưởng đã phát hiện.', ['Đồn Công an Co Mạ']],
    ['Thiếu tá Nguyễn Văn Hùng, Trưởng Đồn Công an Tam Lãnh cho biết.', ['Đồn Công an Tam Lãnh']],
    // not: a police post with no name
    ['Anh đến Đồn Công an trình báo.', []],
    // the police's prisons and detention camps, named by their force or place; lower-case or unnamed, a camp is a place
    ['Phạm nhân được đưa về Trại Tạm giam Công an tỉnh Yên Bái.', ['Trại Tạm giam Công an tỉnh Yên Bái', 'Công an tỉnh Yên Bái']],
    ['Ông Tiền chấp hành án tại Trại giam Xuân Lộc (Bộ Công an).', ['Trại giam Xuân Lộc', 'Bộ Công an']],
    ['Hắn bị đưa về trại giam Công an tỉnh Khánh Hòa.', ['Công an tỉnh Khánh Hòa']],
    ['Anh được ra trại giam sau phiên xử.', []],
    ['Trại giam Parnamirim ở bang Rio Grande do Norte của Brazil.', []], // a prison abroad, a building
    // a country's prosecution service written "Viện Công tố" (after-audit line 28)
    ['Ông Yuri Chaika, Viện trưởng Viện Công tố Nga cho biết.', ['Viện Công tố Nga']],
    ['Chiến dịch do cơ quan chống khủng bố của Viện công tố Pháp tiến hành.', ['Viện công tố Pháp']],
    // not: with no country or name
    ['Viện công tố đã khởi tố vụ án.', []],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

// Round 37 precision audit (agaudit): values from a random corpus sample that the guideline judges wrong or off-boundary.
describe('agaudit: a capitalised sentence opener glued to a name after a lost full stop is no part of it', () => {
  const table: [string, string[]][] = [
    ['Thứ trưởng thăm bộ phận CCHC tại Cục BVTV Tiếp đến, tổ chức tập huấn cho doanh nghiệp.', ['Cục BVTV']],
    ['Cán bộ trong huyện. UBND huyện Minh Hóa Ngoài trường hợp này còn có nhiều người khác.', ['UBND huyện Minh Hóa']],
    ['Thứ trưởng trao Cờ cho Cục Quản lý Y dược cổ truyền Đến nay đã có 56 tỉnh có bệnh viện.', ['Cục Quản lý Y dược cổ truyền']],
    ['Vụ án thuộc Bộ Tư lệnh Bộ đội Biên phòng Như đã thông tin, ngày 9-7, công an phối hợp.', ['Bộ Tư lệnh Bộ đội Biên phòng']],
    // (a photo credit's colon after the opener)
    ['Bà Yến báo cáo về hoạt động Công đoàn Ngành Y tế Ảnh: Hồng Đào. Trong dịp Tết, các cấp đã vận động.', ['Công đoàn Ngành Y tế']],
    // (right after a level word too: no one-syllable unit is named by an opener)
    ['Đà Nẵng thành lập Hội đồng Kiến trúc-Quy hoạch TP Theo quyết định, Hội đồng có 22 thành viên.', ['Hội đồng Kiến trúc-Quy hoạch TP']],
    // not: an opener-like syllable of a place after its level word
    ['Ông Nam làm việc với UBND huyện Đại Từ đã họp bàn.', ['UBND huyện Đại Từ']],
    // not: a name's own first word after its head ("Tiếp công dân"), nor "Các" inside a title-case name
    ['Ông Nam làm việc với Ban Tiếp công dân Trung ương về vụ việc.', ['Ban Tiếp công dân Trung ương']],
    ['Ban Quản lý Các khu công nghiệp tỉnh Bắc Ninh đã họp.', ['Ban Quản lý Các khu công nghiệp tỉnh Bắc Ninh']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('agaudit: a team after a lower-case "đội" is no unit', () => {
  const table: [string, string[]][] = [
    ['SVĐ Hòa Xuân hiện giao cho đội SHB Đà Nẵng sử dụng miễn phí.', []],
    ['Trận đấu giữa đội Hà Nội T&T và đội SLNA diễn ra tối qua.', []],
    ['Các cầu thủ đội Lazio Pallacanestro 1932 đã tới.', []],
    ['Đội A gặp đội B thi đấu.', []],
    // not: units named by their remit or a known unit acronym
    ['Lực lượng đội CSGT số 3 Công an TP. Hà Nội và đội Cảnh sát hình sự đã có mặt.', ['đội CSGT số 3 Công an TP. Hà Nội', 'Công an TP. Hà Nội', 'đội Cảnh sát hình sự']],
    ['Lực lượng đội PCCC và đội TTGT quận Ninh Kiều, đội Thanh tra giao thông đã có mặt.', ['đội TTGT quận Ninh Kiều']],
    // not: a capitalised "Đội" with the same words
    ['Đội Cảnh sát giao thông Hà Nội đã có mặt.', ['Đội Cảnh sát giao thông Hà Nội']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('agaudit: a count or amount after a name is no part of it', () => {
  const table: [string, string[]][] = [
    ['Giám đốc Công an thành phố Đà Nẵng thưởng nóng Công an quận Hải Châu 10 triệu đồng về thành tích.', ['Công an thành phố Đà Nẵng', 'Công an quận Hải Châu']],
    ['Tòa tuyên phạt, UBND phường Trung Tự 30 tháng tù giam.', ['UBND phường Trung Tự']],
    ['Kết quả: đảng Nhân dân 7% và đảng Công lý 5%.', ['đảng Nhân dân', 'đảng Công lý']],
    // not: a numbered unit, a numbered district or a unit's number after "số" / "khu vực", or a date after the span word
    ['UBND quận 2 ngày 7-2 đã họp. Tòa phúc thẩm khu vực 9 ngày 9/2 ra phán quyết. Đội CSGT số 6 ngày mai làm việc.', ['UBND quận 2', 'Tòa phúc thẩm khu vực 9', 'Đội CSGT số 6']],
    // not: a numbered unit's own number after its branch word
    ['Lữ đoàn Công binh 229 năm nay được giao nhiệm vụ mới.', ['Lữ đoàn Công binh 229']],
    ['Sư đoàn Phòng không 367 người lính đã có mặt.', ['Sư đoàn Phòng không 367']],
    // a lower-case syllable completing the last capital's word, whose word ends in a stop word ("hàng không": air, no "not")
    ['Bộ trưởng gửi thư khen Đội An ninh Cảng hàng không Thọ Xuân đã trả lại tài sản.', ['Đội An ninh Cảng hàng không']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('agaudit: "điều tra" after a unit\'s descriptor is what the unit does', () => {
  const table: [string, string[]][] = [
    ['Đơn vị đang phối hợp Phòng Cảnh sát hình sự điều tra vụ cố ý gây thương tích.', ['Phòng Cảnh sát hình sự']],
    ['Trưởng Công an quận Hoàn Kiếm đã chỉ đạo Đội Cảnh sát hình sự điều tra, xác minh vụ việc.', ['Công an quận Hoàn Kiếm', 'Đội Cảnh sát hình sự']],
    // not: right after the capitalised field it is the unit's own descriptor
    ['Cơ quan An ninh điều tra Bộ Công an đã khởi tố vụ án.', ['Cơ quan An ninh điều tra Bộ Công an', 'Bộ Công an']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('agaudit: a lower-case second remit after "và" closed by a dash before the parent body', () => {
  const table: [string, string[]][] = [
    ['Cán bộ, công chức Phòng Quản lý xây dựng và phát triển đô thị - Sở Xây dựng Hà Nội thực hiện nhiệm vụ.', ['Phòng Quản lý xây dựng và phát triển đô thị', 'Sở Xây dựng Hà Nội']],
    // not: a dash before a place or a person is no parent body
    ['Phòng Quản lý xây dựng và phát triển đô thị - Nguyễn Văn An cho biết.', ['Phòng Quản lý xây dựng']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('agaudit: a lower-case remit closed by "cho rằng" / "cho hay", as by "cho biết"', () => {
  const table: [string, string[]][] = [
    ['Ông Lê Trường Giang, Chủ tịch Hội Y tế công cộng cho rằng, người dân bức xúc.', ['Hội Y tế công cộng']],
    ['Đại diện Vụ Đối tác công tư cho hay, dự án đã được duyệt.', ['Vụ Đối tác công tư']],
    // not: after a ministry's sector alone the words are what it does
    ['Bộ Công an điều tra cho rằng vụ việc có dấu hiệu tội phạm.', ['Bộ Công an']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('agcut: a field written as a list after the head, closed by its last item after "và"', () => {
  const table: [string, string[]][] = [
    ['Ông Nguyễn Công Khanh, Cục trưởng Cục Quốc tịch, hộ tịch và chứng thực cho biết thêm.', ['Cục Quốc tịch, hộ tịch và chứng thực']],
    ['Ủy ban Hợp tác giáo dục, khoa học và công nghệ; mong muốn ủy ban hoạt động hiệu quả.', ['Ủy ban Hợp tác giáo dục, khoa học và công nghệ']],
    ['Cục Phòng chống Rượu, Thuốc lá, Súng đạn và Chất nổ (ATF) đã có mặt.', ['Cục Phòng chống Rượu, Thuốc lá, Súng đạn và Chất nổ']],
    ['Phòng Cảnh sát Phòng cháy, chữa cháy và cứu hộ, cứu nạn (Công an tỉnh Hải Dương) khẩn trương triển khai.', ['Phòng Cảnh sát Phòng cháy, chữa cháy và cứu hộ, cứu nạn', 'Công an tỉnh Hải Dương']],
    // a ministry's list only with the country it serves
    ['Thỏa thuận với Bộ Giáo dục, văn hóa, thể thao, khoa học và công nghệ Nhật Bản. Một số lĩnh vực khác.', ['Bộ Giáo dục, văn hóa, thể thao, khoa học và công nghệ Nhật Bản']],
    // not: a list of bodies or of things, a complete ministry then the sentence's list
    ['Bộ Ngoại giao, quân đội và các cơ quan khác của nước này bị tấn công.', ['Bộ Ngoại giao']],
    ['Theo Cục Bảo vệ thực vật, dịch rầy nâu và bệnh vàng lùn, lùn xoắn lá lúa tái bộc phát.', ['Cục Bảo vệ thực vật']],
    ['Ông được Bộ Công Thương, Cờ thi đua và Bằng khen của UBND tỉnh.', ['Bộ Công Thương']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('agcut: a steering committee\'s known remit after "về", whatever verb follows', () => {
  const table: [string, string[]][] = [
    ['Ban Chỉ đạo TƯ về phòng, chống tham nhũng theo dõi, chỉ đạo xét xử.', ['Ban Chỉ đạo TƯ về phòng, chống tham nhũng']],
    ['Ban chỉ đạo T.Ư về Phòng chống tham nhũng quan tâm và chỉ đạo vụ án.', ['Ban chỉ đạo T.Ư về Phòng chống tham nhũng']],
    // not: whose committee it is after the remit is read as before
    ['Ban Chỉ đạo Trung ương về phòng, chống tham nhũng của nước bạn gửi thư.', ['Ban Chỉ đạo Trung ương']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('agcut: a long lower-case remit closed by "của" and the public body it belongs to, or by "thuộc" past its reach', () => {
  const table: [string, string[]][] = [
    ['Tổng cục Tiêu chuẩn đo lường chất lượng của Bộ Khoa học và Công nghệ cho biết.', ['Tổng cục Tiêu chuẩn đo lường chất lượng', 'Bộ Khoa học và Công nghệ']],
    ['Kỳ thi có sự tham gia Cục Phòng chống tội phạm công nghệ cao của Bộ Công an. Lực lượng này đã triển khai.', ['Cục Phòng chống tội phạm công nghệ cao', 'Bộ Công an']],
    ['Văn phòng Kiểm soát tài sản nước ngoài thuộc Bộ Tài chính Mỹ từ ngày 1/6 cấm giao dịch.', ['Văn phòng Kiểm soát tài sản nước ngoài', 'Bộ Tài chính Mỹ']],
    // not: what a body does, before another's papers
    ['Cục Thuế kiểm tra hồ sơ của Bộ Tài chính.', ['Cục Thuế', 'Bộ Tài chính']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('agcut: an intergovernmental committee\'s remit after its countries and "về", dashes inside', () => {
  const table: [string, string[]][] = [
    ['Ủy ban liên Chính phủ Việt Nam-Belarus về hợp tác kinh tế-thương mại và khoa học kỹ thuật nhằm nâng cao hiệu quả.', ['Ủy ban liên Chính phủ Việt Nam-Belarus về hợp tác kinh tế-thương mại và khoa học kỹ thuật']],
    ['Phiên họp Ủy ban liên chính phủ Việt - Nga về hợp tác kinh tế - thương mại và khoa học - kỹ thuật lần thứ 20.', ['Ủy ban liên chính phủ Việt - Nga về hợp tác kinh tế - thương mại và khoa học - kỹ thuật']],
    ['Kỳ họp Ủy ban liên Chính phủ Việt Nam - Séc về hợp tác kinh tế, dự kiến tổ chức tại Hà Nội.', ['Ủy ban liên Chính phủ Việt Nam - Séc về hợp tác kinh tế']],
    // not: "về việc", the sentence's "about"
    ['Ủy ban liên Chính phủ Việt Nam - Lào về việc này đã thống nhất.', ['Ủy ban liên Chính phủ Việt Nam - Lào']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('agbound: a long lower-case rest closed by an aspect word and its verb, or by a dash before the parent body', () => {
  const table: [string, string[]][] = [
    ['Cơ quan chức năng phối hợp Cục Lao động ngoài nước đã vận động 1.251 lao động về nước.', ['Cục Lao động ngoài nước']],
    ['Tuy nhiên, Hội đồng Xét duyệt di sản phi vật thể quốc gia đã đưa lễ hội vào danh mục.', ['Hội đồng Xét duyệt di sản phi vật thể quốc gia']],
    ['Ông Bùi Đức Thụ, Phó trưởng Ban Công tác đại biểu vừa xác nhận tại phiên họp.', ['Ban Công tác đại biểu']],
    ['Đội Thủ tục hành lý xuất khẩu – Chi cục Hải quan cửa khẩu sân bay quốc tế Nội Bài phát hiện trong hành lý.', ['Đội Thủ tục hành lý xuất khẩu', 'Chi cục Hải quan cửa khẩu sân bay quốc tế Nội Bài']],
    ['Việc này khiến nguyên Cục trưởng Cục Đê điều & Phòng chống lụt bão – ông Nguyễn Ty Niên vô cùng lo lắng.', ['Cục Đê điều & Phòng chống lụt bão']],
    ['Thiếu tướng Nguyễn Ngọc Thế, Cục trưởng Cục An ninh kinh tế nông lâm ngư nghiệp - Tổng cục An ninh (Bộ Công an), cũng chia sẻ.', ['Cục An ninh kinh tế nông lâm ngư nghiệp', 'Tổng cục An ninh', 'Bộ Công an']],
    // not: after a descriptor an aspect word closes nothing (a police unit's verb runs before it)
    ['Phòng Cảnh sát hình sự khám nghiệm hiện trường đã xác định nguyên nhân.', ['Phòng Cảnh sát hình sự']],
    // not: a body after "do"/"mà" is the agent, the words after it its verb
    ['Đề án do Tổng cục Dạy nghề xây dựng đã được hoàn thiện để trình Bộ.', ['Tổng cục Dạy nghề']],
    // not: a field that is a word in itself, nor a rest that "việc" opens
    ['Đại diện Cục Thuế cam kết sẽ xem xét và kiến nghị.', ['Cục Thuế']],
    ['Theo người đứng đầu Vụ Chính sách thuế việc tăng khung sẽ không ảnh hưởng tới giá xăng dầu.', ['Vụ Chính sách']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('agbound: a national body\'s remit after "về" in any case, closed by punctuation, a verb of saying, an aspect word or a connective', () => {
  const table: [string, string[]][] = [
    ['Theo ông Trương Đình Tuyển (thành viên Hội đồng Quốc gia về Phát triển bền vững và Nâng cao năng lực cạnh tranh), vấn đề là thể chế.', ['Hội đồng Quốc gia về Phát triển bền vững và Nâng cao năng lực cạnh tranh']],
    ['Ủy ban Nhà nước về người Việt Nam ở nước ngoài cho biết nhiệm kỳ mới bắt đầu.', ['Ủy ban Nhà nước về người Việt Nam ở nước ngoài']],
    ['Ủy ban Nhà nước về hàng không dân dụng của Campuchia sau đó đã có thông báo.', ['Ủy ban Nhà nước về hàng không dân dụng của Campuchia']],
    // not: a body named inside the words after "về", nor "về việc"
    ['Ông A, Hội đồng Quốc gia về các trường Đại học Nicaragua Telémaco Talavera nhấn mạnh.', ['Hội đồng Quốc gia']],
    ['Hội đồng Nhà nước về việc này đã họp.', ['Hội đồng Nhà nước']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('agbound: a foreign party\'s sentence-case name closed by its acronym in brackets', () => {
  const table: [string, string[]][] = [
    ['Đảng Nền cộng hòa tiến bước (REM) của Tổng thống Emmanuel Macron giành chiến thắng lớn.', ['Đảng Nền cộng hòa tiến bước']],
    ['Số phiếu của đảng Liên minh vì phong trào nhân dân (UMP), tiền thân của đảng khác, giảm mạnh.', ['đảng Liên minh vì phong trào nhân dân']],
    // not: the party's stance before its acronym
    ['Đảng Dân chủ cầm quyền (DPJ) thua trong cuộc bầu cử.', ['Đảng Dân chủ']],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe('round 41: police departments and departments written lower-case before their capitalised branch, code or name', () => {
  const table: [string, string[]][] = [
    // a police department or team before its capitalised branch, alone or with its force after a comma
    ['Công an huyện Ân Thi, phòng Kỹ thuật hình sự tổ chức trục vớt nạn nhân.', ['Công an huyện Ân Thi', 'phòng Kỹ thuật hình sự']],
    ['Trước đó, tổ công tác phòng Cảnh sát môi trường cũng đã bắt quả tang 2 tàu.', ['phòng Cảnh sát môi trường']],
    ['Ngày 2/7, đội Cảnh sát hình sự, Công an thị xã Dĩ An đã điều tra.', ['đội Cảnh sát hình sự', 'Công an thị xã Dĩ An']],
    // its code in brackets before its force, inside the name; its code alone before the force
    ['Cơ quan này phối hợp với phòng Cảnh sát truy nã tội phạm (PC52) Công an tỉnh Lào Cai bắt giữ đối tượng.',
      ['phòng Cảnh sát truy nã tội phạm Công an tỉnh Lào Cai', 'Công an tỉnh Lào Cai']],
    ['Ngay khi sự việc xảy ra, phòng PC45 Công an tỉnh Lâm Đồng đã tung toàn bộ lực lượng.', ['phòng PC45 Công an tỉnh Lâm Đồng', 'Công an tỉnh Lâm Đồng']],
    // a department before its capitalised name or acronym
    ['Hiện cục Dự trữ Liên bang Mỹ (FED) đang cân nhắc tăng lãi suất.', ['cục Dự trữ Liên bang Mỹ']],
    ['Tiến quân ca được cục NTBD cập nhật vào danh sách.', ['cục NTBD']],
    // a district's judgment enforcement department by its short remit
    ['Căn nhà bị Chi cục Thi hành án quận 10 bán đấu giá.', ['Chi cục Thi hành án quận 10']],
    // not: a patrol met, a room, "rốt cục", "bưu cục", "kỳ cục"
    ['Anh đã gặp một đội Cảnh sát giao thông đang làm nhiệm vụ.', []],
    ['Rốt cục Murray cũng thắng. Bưu cục Madeira vẫn mở cửa. Chiêu tạo dáng kỳ cục Lima gây chú ý.', []],
    ['Trang trí phòng Valentine thật lãng mạn.', []],
    // a military district named by its quarter of the country (not one whose quarter runs on: "miền Tây Nam Bộ")
    ['Bộ phận báo chí của Quân khu miền Đông (EMD) của Nga cho biết.', ['Quân khu miền Đông']],
    ['Quân khu phía Đông của Nga hoàn tất cuộc tập trận.', ['Quân khu phía Đông']],
    ['Ông từng chiến đấu ở Quân khu miền Tây Nam Bộ.', []],
    // not: a league table's header, a street named after a man called "Đội"
    ['Xếp hạng bảng A XH Đội Tr T H B BT BB Điểm 1 TP.HCM 4 3 0 1 6 6 9', []],
    ['Chung cư nằm trên đường Đội Cấn cao 18 tầng.', []],
  ];
  it.each(table)('%s', (text, names) => {
    expect(namesOf(text)).toEqual(names);
  });
});

describe("an official's name after a post's body is no part of the body's name", () => {
  const m = (text: string) => ({ text, span: [0, text.length] as [number, number] });
  const official = (name: string) => ({ name, rank: null, rankMention: null, positions: [], mentions: [m(name)] });
  const agency = (name: string, aliases: string[] = []) => ({ name, aliases, mentions: [m(name)] });
  const table: [string, string[], string, [string, string[]][]][] = [
    ['Thượng viện Bang California Kevin de Leon', [], 'Kevin de Leon', [['Thượng viện Bang California', []]]],
    ['Ủy ban Chứng khoán Nhà nước - Vũ Bằng', [], 'Vũ Bằng', [['Ủy ban Chứng khoán Nhà nước', []]]],
    // (what is left is no body by itself: a type and a level, a bare head)
    ['UBND tỉnh Trần Châu', [], 'Trần Châu', []],
    ['Hội đồng Harun Khan', [], 'Harun Khan', []],
    // (a place's namesake stays: the youth union is named after him)
    ['Đoàn TNCS Hồ Chí Minh', [], 'Hồ Chí Minh', [['Đoàn TNCS Hồ Chí Minh', []]]],
  ];
  it.each(table)('%s', (name, aliases, person, expected) => {
    expect(withoutOfficialNames([agency(name, aliases)], [official(person)], []).map((a) => [a.name, a.aliases])).toEqual(expected);
  });
  it('joins a cut name to the agency already written so', () => {
    const out = withoutOfficialNames([agency('Quân ủy Trung ương'), agency('Quân ủy Trung ương Thiệu Nguyên Minh')], [official('Thiệu Nguyên Minh')], []);
    expect(out.map((a) => a.name)).toEqual(['Quân ủy Trung ương']);
    expect(out[0].mentions).toHaveLength(2);
  });
});

describe('a unit\'s charge ("phụ trách") after its name is no part of it', () => {
  const table: [string, string[]][] = [
    ['Võ Hoàng Anh (nguyên Đội trưởng Đội 3 phụ trách quận Ninh Kiều) bị tuyên 15 năm tù.', ['Đội 3']],
    ['Đoàn Vũ Duy (nguyên Đội trưởng Đội 11 phụ trách địa bàn quận Bình Thủy) tù chung thân.', ['Đội 11']],
    ['Tổ công tác của Cục CSGT phụ trách tuyến Pháp Vân – Ninh Bình đã dừng xe.', ['Cục CSGT']],
    // (nor in a name's sentence-case rest closed by punctuation)
    ['Theo nguyên tắc: Quân ủy Trung ương phụ trách chung, chiến khu phụ trách tác chiến.', ['Quân ủy Trung ương']],
    // (a unit named without its charge stays as it was)
    ['Đội 7 Thanh tra giao thông đã lập biên bản.', ['Đội 7 Thanh tra giao thông']],
    // (nor does a charge right after the name open a long remit)
    ['Ngày 27-5, một lãnh đạo Đội Công an phụ trách xã (Công an huyện Đông Anh, Hà Nội) cho biết đang xác minh.', ['Đội Công an', 'Công an huyện Đông Anh']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe('a federation\'s highest court; "Tòa án liên bang" alone is a body type and a level, no agency', () => {
  const table: [string, string[]][] = [
    ['Cuộc chiến pháp lý có thể sẽ diễn ra tại Tòa án Tối cao Liên bang. Khi đó, phán quyết là cuối cùng.', ['Tòa án Tối cao Liên bang']],
    ['Vụ việc nhiều khả năng sẽ được đưa lên Tòa án Tối cao để có phán quyết cuối cùng.', ['Tòa án Tối cao']],
    // (blind reviewers judged the bare federal court worse 6 times of 8: a body type plus a level word)
    ['Các nghị sĩ đã ký vào đơn kiện ông Trump ra Tòa án liên bang với cáo buộc vi hiến.', []],
    ['Tòa án liên bang ở thành phố Seattle đã ra phán quyết.', []],
    ['Họ kiện về sắc lệnh của tân Tổng thống lên tòa án liên bang.', []],
    ['Một Tòa án liên bang đã ra phán quyết tạm dừng sắc lệnh.', []],
    ['Các Tòa án liên bang đều bác đơn.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe('a task given to a body, or "tiếp tục" and its verb, closes the lower-case rest of its name', () => {
  const table: [string, string[]][] = [
    ['Thứ trưởng giao Vụ Kết cấu hạ tầng giao thông rà soát, phối hợp cùng Tổng cục Đường bộ.', ['Vụ Kết cấu hạ tầng giao thông', 'Tổng cục Đường bộ']],
    ['Thanh tra Chính phủ giao Cục Giải quyết khiếu nại tố cáo phối hợp chặt chẽ với UBND TP Hà Nội.', ['Thanh tra Chính phủ', 'Chính phủ', 'Cục Giải quyết khiếu nại tố cáo', 'UBND TP Hà Nội']],
    ['Bộ Công an yêu cầu Tổng cục Cảnh sát phòng chống tội phạm nhanh chóng làm rõ vụ việc.', ['Bộ Công an', 'Tổng cục Cảnh sát phòng chống tội phạm']],
    ['Sở giao Phòng Quản lý xây dựng và phát triển đô thị tiếp tục kiểm tra.', ['Phòng Quản lý xây dựng và phát triển đô thị']],
    ['Phòng CSHS đã giao cho Đội Điều tra trọng án phối hợp với Phòng Kỹ thuật hình sự.', ['Phòng CSHS', 'Đội Điều tra trọng án', 'Phòng Kỹ thuật hình sự']],
    // (one word before the task is as often its adverb: the name stays as it was read)
    ['Bộ trưởng yêu cầu Tổng cục Du lịch sớm hoàn thiện dự thảo.', ['Tổng cục Du lịch']],
    ['Bộ yêu cầu Tổng cục Thủy sản tổng rà soát các tàu cá.', ['Tổng cục Thủy sản']],
    // (with no verb of assigning before it, a task word closes nothing: the name stays as it was read)
    ['Vụ Kết cấu hạ tầng giao thông rà soát lại các dự án.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});
