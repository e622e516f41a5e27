// Head word + name → initiative name and kind; descriptions, shows and events are not initiatives.
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/extract/context.js';
import { extractInitiatives } from '../../src/extract/initiatives.js';
import { documentFromText } from '../../src/input/document.js';

const initiativesOf = (text: string) => extractInitiatives(createContext(documentFromText(text)));

describe('named initiatives', () => {
  const table: [string, string, string][] = [
    ['Nhân rộng mô hình “Camera phòng, chống tội phạm” ở các xã.', 'Camera phòng, chống tội phạm', 'model'],
    ['Tổng kết phong trào Toàn dân bảo vệ ANTQ đã có chuyển biến.', 'Toàn dân bảo vệ ANTQ', 'movement'],
    ['Đơn vị thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới.',
      'Chương trình mục tiêu quốc gia xây dựng nông thôn mới', 'programme'],
    ['Chín năm qua, chương trình “Trái tim cho em” đã hỗ trợ nhiều em nhỏ.', 'Trái tim cho em', 'programme'],
    ['Triển khai cuộc vận động “Phát huy truyền thống, cống hiến tài năng” trong đơn vị.',
      'Phát huy truyền thống, cống hiến tài năng', 'campaign'],
    ['Thanh niên tham gia chiến dịch “giải cứu thịt lợn” ở nhiều tỉnh.', 'giải cứu thịt lợn', 'campaign'],
    ['Lực lượng chức năng mở đợt cao điểm “Tấn công trấn áp tội phạm” dịp Tết.', 'Tấn công trấn áp tội phạm', 'campaign'],
    ['Lễ hội có Cuộc thi bình chọn “Nữ hoàng Hoa Hồng” cho du khách.', 'Nữ hoàng Hoa Hồng', 'contest'],
    ['Samsung phát động Chương trình hiến máu tình nguyện Samsung “Chung dòng máu Việt 2017”.',
      'Chung dòng máu Việt 2017', 'programme'],
    ['Tỉnh đoàn triển khai đề án “Hỗ trợ thanh niên khởi nghiệp” giai đoạn mới.', 'Hỗ trợ thanh niên khởi nghiệp', 'project'],
    ['Thủ tướng đồng ý bổ sung đường dây mới vào Quy hoạch điện VII, kèm tiến độ.', 'Quy hoạch điện VII', 'plan'],
    ['Nhiều công trình thuộc Quy hoạch điện 7 bị chậm tiến độ.', 'Quy hoạch điện 7', 'plan'],
  ];
  it.each(table)('%s', (text, name, kind) => {
    const found = initiativesOf(text);
    expect(found.map((i) => [i.name, i.kind])).toEqual([[name, kind]]);
  });

  it('a list of quoted names after one head word gives one initiative each', () => {
    const text = 'Hiệu quả như mô hình “Liên kết vùng giáp ranh an toàn”; mô hình “Dòng họ tự quản về ANTT”, “Tổ liên gia tự quản”, “Camera phòng, chống tội phạm”…';
    expect(initiativesOf(text).map((i) => [i.name, i.kind])).toEqual([
      ['Liên kết vùng giáp ranh an toàn', 'model'],
      ['Dòng họ tự quản về ANTT', 'model'],
      ['Tổ liên gia tự quản', 'model'],
      ['Camera phòng, chống tội phạm', 'model'],
    ]);
  });

  it('yearly editions and short forms make one entry with aliases', () => {
    const text = 'Tiếp nối chương trình “Chung dòng máu Việt 2016”, công ty phát động chương trình “Chung dòng máu Việt 2017”. Chiến dịch “Chung dòng máu Việt” thu hút nhiều người.';
    const [one, ...rest] = initiativesOf(text);
    expect(rest).toEqual([]);
    expect(one.kind).toBe('programme');
    expect(new Set([one.name, ...one.aliases])).toEqual(
      new Set(['Chung dòng máu Việt 2016', 'Chung dòng máu Việt 2017', 'Chung dòng máu Việt']));
  });

  it('an acronym form is an alias of the spelled-out form', () => {
    const text = 'Đẩy mạnh phong trào Toàn dân bảo vệ an ninh Tổ quốc. Kết quả phong trào Toàn dân bảo vệ ANTQ rất rõ.';
    const found = initiativesOf(text);
    expect(found).toHaveLength(1);
    expect(found[0].name).toBe('Toàn dân bảo vệ an ninh Tổ quốc');
    expect(found[0].aliases).toEqual(['Toàn dân bảo vệ ANTQ']);
  });

  it('a head-word form with an acronym and a phase is the same programme as the spelled-out short form', () => {
    const text = 'Hội thảo chương trình “Khoa học & Công nghệ phục vụ xây dựng NTM”. Đại biểu nghe báo cáo thực hiện Chương trình KH&CN phục vụ xây dựng NTM giai đoạn 2016-2020 tại tỉnh.';
    const found = initiativesOf(text);
    expect(found).toHaveLength(1);
    expect(found[0].name).toBe('Chương trình KH&CN phục vụ xây dựng NTM giai đoạn 2016-2020');
    expect(found[0].aliases).toEqual(['Khoa học & Công nghệ phục vụ xây dựng NTM']);
  });

  it('a contest named with and without its capitalised head is one entry', () => {
    const text = 'Học sinh đoạt giải Cuộc thi Viết thư quốc tế UPU lần thứ 46. Đây là lần thứ ba em tham gia cuộc thi “Viết thư quốc tế UPU”.';
    const found = initiativesOf(text);
    expect(found).toHaveLength(1);
    expect(found[0].aliases).toEqual(['Viết thư quốc tế UPU']);
  });

  it('a capitalised head\'s name and the same words without the head (or its year) are one entry', () => {
    const text = 'Tàu đến trong khuôn khổ Chương trình Đối tác Thái Bình Dương 2017. Số người tham gia chương trình Đối tác Thái Bình Dương (PP17) là 104 người.';
    expect(initiativesOf(text).map((i) => [i.name, i.aliases])).toEqual([
      ['Chương trình Đối tác Thái Bình Dương 2017', ['Đối tác Thái Bình Dương']]]);
  });

  it('a headless form met between a short and a full capitalised-head form joins them', () => {
    const text = 'Đẩy mạnh Cuộc vận động người Việt ưu tiên dùng hàng Việt. Sở gắn với Cuộc Vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” giai đoạn mới. Phó Trưởng ban chỉ đạo “Cuộc vận động người Việt Nam ưu tiên dùng hàng Việt Nam” phát biểu.';
    const found = initiativesOf(text);
    expect(found.map((i) => i.name)).toEqual(['Cuộc vận động người Việt Nam ưu tiên dùng hàng Việt Nam']);
    expect(new Set(found[0].aliases)).toEqual(new Set(['Cuộc vận động người Việt ưu tiên dùng hàng Việt', 'Người Việt Nam ưu tiên dùng hàng Việt Nam']));
  });

  it('two phases of a plan, or two heads, stay two entries', () => {
    const text = 'Bộ rà soát Quy hoạch phát triển công nghiệp xi măng Việt Nam giai đoạn 2011-2020 và trình Quy hoạch phát triển công nghiệp xi măng Việt Nam giai đoạn 2017-2025 lên Chính phủ.';
    expect(initiativesOf(text)).toHaveLength(2);
  });
});

describe('not initiatives', () => {
  const table: string[] = [
    'Ủy ban triển khai chương trình xây dựng cụm tuyến dân cư vượt lũ.',
    'Đoàn viên tham gia phong trào hiến máu tình nguyện.',
    'Tham mưu thực hiện kế hoạch bảo đảm ANTT phục vụ Đại hội.',
    'Cô làm giám khảo trong chương trình "Biến đổi hoàn hảo" trên sóng truyền hình.',
    'Liên hoan có nhiều hoạt động như: chương trình “Hành trình đến Cần Giờ”.',
    'Đêm qua diễn ra chương trình giao lưu “Thắp sáng ước mơ”.',
    'Chương trình do Quỹ Tấm lòng Việt phối hợp tổ chức.',
    'Sinh viên được theo học chương trình Đại học Luật tại Hà Nội.',
    'Phát biểu tại chương trình Chủ tịch Quốc hội Nguyễn Thị Kim Ngân biểu dương.',
    'Quốc hội thảo luận dự án Luật Đầu tư công sửa đổi.',
    'Nhóm bạn trẻ thực hiện dự án âm nhạc “khủng” trong năm nay.',
    // A launch is one event; the quotes name the book or the film.
    'Ban tổ chức chương trình ra mắt cuốn sách “Khởi nghiệp tuổi 20” đã xin phép thành phố.',
    'Nhà văn có mặt tại chương trình giới thiệu bộ phim “Mùa hè xanh” ở rạp.',
    '"Em đã sẵn sàng dự cuộc thi" - Huy nói. "Cuộc thi sẽ diễn ra vào ngày mai".',
    // A quoted software's name after the plan that deploys it; a tourist spot a firm builds.
    'Bộ ban hành Công văn để hướng dẫn và lên kế hoạch Triển khai phần mềm “Xây dựng Thực đơn Cân bằng Dinh dưỡng” đến các Sở.',
    'Ông Lưu Văn Trung ký quyết định thu hồi giấy chứng nhận đầu tư đối với Dự án điểm du lịch sinh thái thác Lưu Ly, xã Nâm N’Jang.',
    // A headline's result after a contest's name is no part of it (and three words are too few for one).
    '4 học sinh thi Olympic hóa quốc tế đạt 3 HCV, 1 HCB',
    // Festivals, pageants and news bulletins named after a head word.
    'Mở đầu cho chương trình Hội xuân Yên Tử là nghi thức rước lễ.',
    'Các thí sinh của cuộc thi Người đẹp Kinh Bắc đã du xuân.',
    // Singing, look-alike and beauty contests.
    'Năm 16 tuổi, cô đăng ký cuộc thi Tiếng hát truyền hình năm 2005 và đoạt giải Tư.',
    'Anh từng tham gia cuộc thi Tìm kiếm gương mặt áo dài nữ sinh ở trường.',
    'Cô vừa đăng quang cuộc thi “Nữ hoàng sắc đẹp toàn cầu” tổ chức ở nước ngoài.',
    'Cô từng dẫn chương trình Thời sự 19 giờ trên VTV1.',
    // Shows: by the station after the name, an episode, an interview, a talk show.
    'Ông từng nói trong chương trình “Chào buổi sáng” của đài MSNBC rằng ông lo ngại.',
    'Clip chương trình "Bạn muốn hẹn hò" tập 242 được chia sẻ nhiều.',
    'Ông tuyên bố trong cuộc phỏng vấn với chương trình "Thời gian Chủ nhật" trên kênh 1.',
    'Chị chia sẻ trong chương trình tọa đàm ‘Tôi chọn sự sống’ hôm qua.',
    // Parties and armed groups called movements.
    'Ứng cử viên Emmanuel Macron lập phong trào Tiến bước (En Marche) năm ngoái.',
    // A party or a protest quoted by its name: the political words of its sentence say so.
    'Tụt dốc nhanh nhất là phong trào cực tả “Nước Pháp bất khuất” với mức ủng hộ giảm.',
    'Với 66% số phiếu, ứng cử viên của Phong trào "Tiến bước" đã giành chiến thắng.',
    'Israel không kích phong trào Hồi giáo Hamas tại Dải Gaza.',
    'Được biết, phong trào Hezbollah al-Nujaba là một phần của lực lượng này.',
    // Banks' offers and investors' projects are commercial.
    'Ngân hàng thực hiện chương trình “Hái Lộc Đầu Xuân” tặng khách hàng gửi tiền mới.',
    'Tỉnh trao giấy chứng nhận đăng ký đầu tư dự án "Khu liên hợp sản xuất gang thép" cho công ty.',
    // A capitalised head before a business's building, a numbered document, a body or a per-province kind.
    'Công ty mở bán Dự án chung cư cao cấp bên bờ sông Hàn trong tháng này.',
    'Dự án Khu du lịch sinh thái ven biển hiện đang tạm dừng thi công vì chưa được cấp phép.',
    'Sở đã ban hành Kế hoạch 125/KH-UBND về phòng chống thiên tai.',
    'Ông là Giám đốc Ban Quản lý Dự án đầu tư xây dựng công trình giao thông tỉnh.',
    '16 tỉnh đã ban hành Quy hoạch bảo tồn đa dạng sinh học cấp tỉnh.',
    // Family planning is a field, not a plan.
    'Ông là Chi cục trưởng Chi cục Dân số và Kế hoạch hóa gia đình thành phố Hà Nội.',
    'Số liệu của Ủy ban Y tế và Kế hoạch gia đình Nhà nước Trung Quốc cho thấy dân số tăng.',
    // The sports Olympics is a games, not a contest of learning.
    'Đoàn thể thao chuẩn bị cho Olympic Tokyo 2020 với nhiều vận động viên trẻ.',
    // The quotes name the goods promoted, not the campaign.
    'Nga mở chiến dịch quảng bá rầm rộ hàng hóa “Made in Moscow” ra nước ngoài.',
    // School curricula and scale models.
    'Thí sinh học chương trình Giáo dục THPT phải dự thi 4 bài thi.',
    'Thí sinh theo học chương trình GDTX cấp THPT dự thi 3 bài.',
    'Dàn siêu xe chỉ là xe mô hình Giám đốc Công an thành phố nói.',
    // Scare quotes after a project, a plan or a programme.
    'Bộ sẽ xử lý những dự án nghìn tỷ “đắp chiếu” trong năm nay.',
    'Đây là các dự án đầu tiên “xông đất” tỉnh năm 2017.',
    'Truyền thông tiết lộ kế hoạch chuyển nhượng “động trời” của câu lạc bộ.',
    'Mục đích là để chương trình “hiệu quả hơn” trong năm tới.',
    // A plural before a lower-case head is a kind of movement; foreign words are not a Vietnamese programme.
    'Họ chống các phong trào Hồi giáo cực đoan trong khu vực.',
    'Giai đoạn đầu của chương trình Digital Village trị giá khoảng 62 triệu USD.',
    // Talent shows and pageants by the words of their name; a quiz question is not a contest name.
    'Khởi My đoạt giải cuộc thi Tiếng ca học đường năm ấy.',
    'Cô từng là Á khôi cuộc thi "Ngôi sao hình thể 2016" ở Hưng Yên.',
    'Một tờ báo tổ chức cuộc thi trả lời câu hỏi: “Nếu bảo tàng cháy, bạn cứu bức tranh nào?” Câu trả lời hay nhất.',
    // An episode, an award night, a parliament's agenda, a party, a unit of an institute, a country's model.
    'Tham gia chương trình Mẹ chồng nàng dâu tập 10 là hai mẹ con.',
    // A page with three show or award words names a show or an award night, even far from the cue.
    'Chương trình “Vinh quang Việt Nam” có nhiều điểm mới. Ba mươi tập thể được vinh danh. Khán giả đến tôn vinh họ.',
    'Quốc hội kiên quyết rút khỏi Chương trình xây dựng luật các dự án chưa bảo đảm chất lượng.',
    'Người đứng đầu đảng Phong trào Dân chủ Brazil kêu gọi tổng thống từ chức.',
    'Ông là đồng giám đốc Chương trình An ninh Toàn cầu UCS tại Mỹ.',
    'Việc mô tả công việc được làm theo mô hình Cộng hòa dân chủ Đức.',
    // Military operations and weapon designs; a show named with its channel; a choir contest; a curriculum.
    'Mỹ sử dụng trong chiến dịch “Bão táp sa mạc” hơn 20 loại máy bay.',
    // A part number, a document number and a count are not editions.
    'Chính phủ bố trí vốn cho Dự án thành phần 1 và Dự án thành phần 2 của tuyến đường.',
    'Sở ban hành Kế hoạch số 8 về phòng chống dịch.',
    'Thành phố từng thực hiện Đề án chặt hạ 7.600 cây xanh.',
    'Tổng thống tuyên bố mở chiến dịch “Lá chắn phía nam” ở vùng xung đột.',
    'Tổng cộng có 6 tàu ngầm Đề án 941 được chế tạo cho hải quân Liên Xô.',
    'Anh tâm sự thẳng thắn trong chương trình “Góc khuất” của On Sports.',
    'Tối qua đã diễn ra lễ khai mạc Hội thi hợp xướng quốc tế Hội An năm 2017.',
    'Đề thi dựa vào chuẩn kiến thức của chương trình Trung học cơ sở.',
    // A polity's way of doing things, not a named model.
    'Ông không bị gò bó trong lý thuyết, mô hình Xô Viết cũ mà vận dụng linh hoạt.',
    'Nhiều nước học theo mô hình Singapore mới trong quản lý đô thị.',
    // A fund is named by a lower-case head only; a capitalised one is a body, a foreign name someone's own savings.
    'Tổ chức do Quỹ “Vì người nghèo” hỗ trợ xây nhà.',
    'Tôi bắt đầu lập quỹ "Mardi Gras" cho chuyến đi.',
  ];
  it.each(table)('%s', (text) => {
    expect(initiativesOf(text)).toEqual([]);
  });
});

describe('names that stay initiatives', () => {
  const table: [string, string, string][] = [
    ['Các cơ quan đẩy mạnh sáng kiến "Một vành đai, một con đường" của Trung Quốc.', 'Một vành đai, một con đường', 'other'],
    ['Đề xuất mỗi học sinh đóng tiền để lập quỹ "Giải cứu giáo viên tiểu học" gây tranh cãi.', 'Giải cứu giáo viên tiểu học', 'other'],
    ['Đoàn viên được vay vốn từ quỹ “Trợ vốn phát triển kinh tế gia đình” của công đoàn.', 'Trợ vốn phát triển kinh tế gia đình', 'other'],
    // An acronym with an adjective is a kind of body's model, not a polity's way.
    ['Các tỉnh nghiên cứu xây dựng mô hình HTX kiểu mới trong nông nghiệp.', 'HTX kiểu mới', 'model'],
    ['Nghiên cứu nhân rộng mô hình kiểm tra “một cửa, một lần dừng” tại các cửa khẩu.', 'một cửa, một lần dừng', 'model'],
    ['Nông dân hưởng ứng phong trào “Tết trồng cây đời đời nhớ ơn Bác Hồ” ở các xã.',
      'Tết trồng cây đời đời nhớ ơn Bác Hồ', 'movement'],
    ['Phát động phong trào thi đua "Mừng Đảng, mừng Xuân" trong công nhân.', 'Mừng Đảng, mừng Xuân', 'movement'],
    ['Trường đạt giải B Hội thi “Đồ dùng đồ chơi sáng tạo” cấp huyện.', 'Đồ dùng đồ chơi sáng tạo', 'contest'],
    ['Các em tham gia chương trình “Tết đảo xa, quà đất liền” và gửi thư ra đảo. Theo VTC', 'Tết đảo xa, quà đất liền', 'programme'],
    ['Em đạt giải ba cuộc thi Khoa học kỹ thuật quốc tế tổ chức tại Mỹ.', 'Khoa học kỹ thuật quốc tế', 'contest'],
    ['Hai bộ đã thực hiện Đề án kiểm soát mất cân bằng giới tính.', 'Đề án kiểm soát mất cân bằng giới tính', 'project'],
    ['Sau 4 năm thực hiện Đề án cơ cấu lại hệ thống các tổ chức tín dụng, nợ xấu giảm.',
      'Đề án cơ cấu lại hệ thống các tổ chức tín dụng', 'project'],
    // Written with the capitalised head, the phase belongs to the name.
    ['Thủ tướng phê duyệt Chương trình mục tiêu quốc gia Giảm nghèo bền vững giai đoạn 2016 - 2020.',
      'Chương trình mục tiêu quốc gia Giảm nghèo bền vững giai đoạn 2016 - 2020', 'programme'],
    ['Bộ đã phê duyệt Chương trình phát triển ngành cơ khí chế tạo giai đoạn 2021-2030.',
      'Chương trình phát triển ngành cơ khí chế tạo giai đoạn 2021-2030', 'programme'],
    // A capitalised Dự án, Kế hoạch or Quy hoạch in mid-sentence heads a proper name.
    ['Vốn cho Dự án nút giao thông khác mức ở cửa ngõ phía tây thành phố chưa được bố trí.',
      'Dự án nút giao thông khác mức ở cửa ngõ phía tây thành phố', 'project'],
    // A capitalised plan named by its field and a code is one however short, an army's too (a plan, not an operation).
    ['Liên quân sẽ áp dụng “Kế hoạch tác chiến 4D” vào nội dung cuộc diễn tập quân sự chung thường niên.',
      'Kế hoạch tác chiến 4D', 'plan'],
    ['Hai nước sẽ diễn tập theo Kế hoạch Tác chiến 5015 của quân đội.', 'Kế hoạch Tác chiến 5015', 'plan'],
    ['Khoản này nằm trong Kế hoạch đầu tư công trung hạn giai đoạn 2016 – 2020 của Bộ.',
      'Kế hoạch đầu tư công trung hạn giai đoạn 2016 – 2020', 'plan'],
    ['Ông phát biểu về Quy hoạch tổng thể phát triển khu du lịch quốc gia ven biển.',
      'Quy hoạch tổng thể phát triển khu du lịch quốc gia ven biển', 'plan'],
    ['Quốc hội bàn việc triển khai Dự án Cảng hàng không quốc tế ở miền Đông.',
      'Dự án Cảng hàng không quốc tế ở miền Đông', 'project'],
    ['Theo ông Tanaka, Trưởng Dự án hỗ trợ phát triển DNNVV Việt Nam, cần thêm thời gian.',
      'Dự án hỗ trợ phát triển DNNVV Việt Nam', 'project'],
    // A horizon and a paired field name written with a dash stay in an official plan's name.
    ['Tỉnh thực hiện Quy hoạch tổng thể phát triển kinh tế - xã hội tỉnh đến năm 2020, tầm nhìn đến năm 2030.',
      'Quy hoạch tổng thể phát triển kinh tế - xã hội tỉnh đến năm 2020, tầm nhìn đến năm 2030', 'plan'],
    // (a contest's paired field "Khoa học - Kỹ thuật" goes on past its dash, not cut to "Khoa học")
    ['Em đạt giải ba cuộc thi Khoa học - Kỹ thuật quốc tế tại Mỹ năm nay.', 'Khoa học - Kỹ thuật quốc tế', 'contest'],
    ['Đội tuyển tham gia Hội thi thể dục - thể thao Công nhân viên chức tỉnh tại sân vận động.',
      'Hội thi thể dục - thể thao Công nhân viên chức tỉnh', 'contest'],
    // (a dash after other words still ends the name: only the listed pair runs on)
    ['Nhà trường tổ chức cuộc thi Khoa học trẻ - Kỹ thuật viên nhí tại hội trường.', 'Khoa học trẻ', 'contest'],
    // The organising board of a programme names it.
    ['Ông là Phó trưởng Ban Tổ chức Chương trình Nông dân sản xuất kinh doanh giỏi cả nước năm 2017, cho biết thêm.',
      'Chương trình Nông dân sản xuất kinh doanh giỏi cả nước năm 2017', 'programme'],
    // An academic olympiad is a contest; its year belongs to the name.
    ['Bốn học sinh dự thi Olympic Vật lý quốc tế 2017 tại Indonesia đều đoạt giải.', 'Olympic Vật lý quốc tế 2017', 'contest'],
  ];
  it.each(table)('%s', (text, name, kind) => {
    expect(initiativesOf(text).map((i) => [i.name, i.kind])).toEqual([[name, kind]]);
  });
});

describe('long capitalised-head names', () => {
  it.each([
    // Through connectives to the clause end, an acronym of the words before it kept inside.
    ['Thủ tướng kết luận tại cuộc họp về Đề án thành lập cơ quan chuyên trách làm đại diện chủ sở hữu với doanh nghiệp nhà nước (DNNN) và vốn nhà nước tại DN. Thủ tướng nói thêm.',
      'Đề án thành lập cơ quan chuyên trách làm đại diện chủ sở hữu với doanh nghiệp nhà nước (DNNN) và vốn nhà nước tại DN', 'project'],
    // A title-case name goes on after "và"; its own acronym in brackets closes it.
    ['Cục phối hợp với Dự án Hỗ trợ Chính sách Thương mại và Đầu tư của châu Âu (EU-MUTRAP) tổ chức hội thảo.',
      'Dự án Hỗ trợ Chính sách Thương mại và Đầu tư của châu Âu', 'project'],
    // Its owner and its year, up to the clause end; a capitalised document after "và" is another name.
    ['Quốc hội xem xét, thông qua Nghị quyết về Chương trình hoạt động giám sát của Quốc hội năm 2018; Nghị quyết về xử lý nợ xấu.',
      'Chương trình hoạt động giám sát của Quốc hội năm 2018', 'programme'],
    ['Bộ sẽ xây dựng Chương trình quốc gia giáo dục cha mẹ trong chăm sóc và phát triển trẻ thơ; ngoài ra còn lập cơ sở dữ liệu.',
      'Chương trình quốc gia giáo dục cha mẹ trong chăm sóc và phát triển trẻ thơ', 'programme'],
    // A capitalised head opening a quotation names all that is quoted.
    ['Công ty được hướng dẫn xây dựng “Đề án sản xuất thịt gà chế biến theo chuỗi khép kín để xuất khẩu sang thị trường Nhật Bản”, trình Bộ phê duyệt.',
      'Đề án sản xuất thịt gà chế biến theo chuỗi khép kín để xuất khẩu sang thị trường Nhật Bản', 'project'],
    ['Ngành cần tập trung xây dựng “Đề án xuất khẩu sản phẩm chăn nuôi ở dạng thịt đông lạnh, thịt chế biến, trứng gia cầm” để làm cơ sở đầu tư.',
      'Đề án xuất khẩu sản phẩm chăn nuôi ở dạng thịt đông lạnh, thịt chế biến, trứng gia cầm', 'project'],
  ])('%s', (text, name, kind) => {
    expect(initiativesOf(text).map((i) => [i.name, i.kind])).toEqual([[name, kind]]);
  });

  it.each([
    // A verb, a number, a recipient, a purpose, a comma or an owning body before the clause ends: the first cut stands.
    ['Tỉnh triển khai Đề án nâng cao chất lượng nguồn nhân lực và đào tạo nghề đã được phê duyệt năm ngoái.', 'Đề án nâng cao chất lượng nguồn nhân lực'],
    ['Bộ phê duyệt Đề án triển khai thi hành án tử hình bằng tiêm thuốc độc cho 15 Công an địa phương.', 'Đề án triển khai thi hành án tử hình bằng tiêm thuốc độc'],
    ['Bộ yêu cầu trình Chương trình hành động phát triển ngành tôm Việt Nam để sớm xem xét, phê duyệt.', 'Chương trình hành động phát triển ngành tôm Việt Nam'],
    // A proper name closing the name goes on only in title case; "tại" + a place is where, not the name.
    ['Quốc hội thông qua việc triển khai Dự án Cảng hàng không quốc tế Long Thành với đa số phiếu tán thành.', 'Dự án Cảng hàng không quốc tế Long Thành'],
    ['Các đại biểu thảo luận Quy hoạch tổng thể phát triển khu du lịch quốc gia tại hội trường.', 'Quy hoạch tổng thể phát triển khu du lịch quốc gia'],
  ])('keeps the first cut: %s', (text, name) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual([name]);
  });

  it('takes no ministry for a plan ("Bộ Kế hoạch và Đầu tư") and no quoted speech for a name', () => {
    expect(initiativesOf('Bộ Kế hoạch và Đầu tư chủ trì phối hợp với các bộ liên quan rà soát nội dung.')).toEqual([]);
    // (a span of years and a document's number are no code; a lower-case plan in a war is no name)
    expect(initiativesOf('Tỉnh triển khai Kế hoạch phát triển 5 năm trong quân sự.')).toEqual([]);
    // a party body after a lower-case head is the plan's owner, not its name
    expect(initiativesOf('Hội nghị cho ý kiến dự thảo đề án BCH Trung ương Đoàn khóa XI và làm công tác cán bộ.')).toEqual([]);
    expect(initiativesOf('Hội nghị bàn chương trình Ban Chấp hành Đảng bộ tỉnh khóa mới.')).toEqual([]);
    expect(initiativesOf('Ủy ban thông qua Kế hoạch số 2015 về việc diễn tập quân sự.')).toEqual([]);
    expect(initiativesOf('Quân đội lập kế hoạch tác chiến 4D trong diễn tập quân sự.')).toEqual([]);
    expect(initiativesOf('Đại diện Bộ Kế hoạch & Đầu tư hướng dẫn tiêu chí phân bổ vốn cho các địa phương.')).toEqual([]);
    expect(initiativesOf('Dự thảo Luật Quy hoạch tạo sự đồng thuận về quy hoạch tổng thể.')).toEqual([]);
    // A document after "và" or a manner ("theo quy định") ends the run; the short cut alone names nothing.
    expect(initiativesOf('Quốc hội thông qua Chương trình hoạt động giám sát của Quốc hội và Nghị quyết về việc thành lập Đoàn giám sát.')).toEqual([]);
    expect(initiativesOf('Các văn bản phải sửa theo Quy hoạch chung xây dựng nêu trên theo quy định của pháp luật hiện hành.')).toEqual([]);
    expect(initiativesOf('Ông nói: “Dự án này cần hơn 6 triệu khối cát san lấp và thêm vốn”.')).toEqual([]);
  });
});

describe('contests named by what is contested', () => {
  it.each([
    // Two to four lower-case words after a capitalised contest head name it; a list item after ":" or ";" too.
    ['Trong khuôn khổ lễ hội sẽ có nhiều sự kiện như: Hội thi tạc tượng gỗ các dân tộc Tây Nguyên; triển lãm ảnh.', 'Hội thi tạc tượng gỗ các dân tộc Tây Nguyên'],
    ['Lễ hội gồm hội chợ cà phê, hội thảo về cà phê; Hội thi nhà nông đua tài; Lễ hội đường phố.', 'Hội thi nhà nông đua tài'],
    ['Tác phẩm của em đoạt giải Bạc tại Cuộc thi truyện tranh quốc tế (International Manga Award) lần thứ 10.', 'Cuộc thi truyện tranh quốc tế'],
    ['Em từng giành giải nhất Cuộc thi Violin quốc tế tại Thái Lan năm 2014.', 'Cuộc thi Violin quốc tế'],
    // A verb of winning ends the name: the result is the sentence's.
    ['Bệnh viện tham gia hội thi Sáng kiến cải tiến mô hình huấn luyện cấp toàn quân đạt 1 giải Nhất, được Bộ Quốc phòng khen.',
      'Sáng kiến cải tiến mô hình huấn luyện cấp toàn quân'],
  ])('%s', (text, name) => {
    expect(initiativesOf(text).map((i) => [i.name, i.kind])).toEqual([[name, 'contest']]);
  });

  it.each([
    // A connective after the short name carries it on: the cut is no name.
    'Tỉnh đoàn tổng kết Cuộc thi báo chí viết về công tác Đoàn và phong trào thanh thiếu nhi.',
    'Lễ hội có Hội thi cứu hộ trên biển và hội thi ẩm thực.',
    'Hàng năm, Cuộc thi quy tụ trên 1.500 học sinh ưu tú.',
    // Two syllables are a description ("Hội thi ẩm thực"); a contest in brackets is an aside; other heads still need five words.
    'Huyện tổ chức Hội thi ẩm thực, thu hút nhiều đội.',
    'Các sự kiện (Hội thi nhà nông đua tài) diễn ra sôi nổi.',
    'Tỉnh triển khai Chương trình hành động cụ thể, thu hút nhiều đơn vị.',
  ])('no name: %s', (text) => {
    expect(initiativesOf(text)).toEqual([]);
  });
});

describe('a capitalised "Đề án" named by four syllables', () => {
  it.each([
    ['Tuy nhiên, ngày 6/4, Tập đoàn Novaland đã xin rút khỏi Đề án tái cơ cấu Sacombank vì cho rằng các điều kiện chưa phù hợp.', 'Đề án tái cơ cấu Sacombank'],
    ['Trung ương tiếp tục thảo luận Đề án cải cách tiền lương tại Hội nghị lần thứ 7.', 'Đề án cải cách tiền lương'],
    ['Hiện nay, Đề án tái cấu trúc Sacombank sau sáp nhập đã được Ngân hàng Nhà nước phê duyệt.', 'Đề án tái cấu trúc Sacombank'],
    // "và" before a verb joins two clauses.
    ['Sau 1 năm, làng đã xin phép thí điểm Đề án thu phí tham quan và bắt đầu triển khai thu phí từ 25/12/2016.', 'Đề án thu phí tham quan'],
  ])('%s', (text, name) => {
    expect(initiativesOf(text).map((i) => [i.name, i.kind])).toEqual([[name, 'project']]);
  });

  it.each([
    // Cut at a list's comma, before a number or at a connective that goes on: a part, not the name.
    'Quyết định của Thủ tướng về việc phê duyệt Đề án đầu tư xây dựng, cải tạo, nâng cấp các bệnh viện chuyên khoa và một số bệnh viện đa khoa tuyến tỉnh sử dụng nguồn vốn trái phiếu Chính phủ.',
    'Ban Chấp hành thảo luận về Đề án tổng kết 15 năm thực hiện Nghị quyết Trung ương 5.',
    'Làng xin phép thí điểm Đề án thu phí tham quan và phát triển du lịch cộng đồng từ tháng 12.',
    // Three syllables are a bare verb; another head with four syllables may be a description.
    'Theo Đề án tái cơ cấu được Thủ tướng phê duyệt, Công ty mẹ tiếp tục giữ vốn.',
    'Bộ đã ban hành Kế hoạch đổi số thuê bao từ tháng trước.',
  ])('no name: %s', (text) => {
    expect(initiativesOf(text)).toEqual([]);
  });
});

describe('an agenda cut at "của", closed by its owner and year', () => {
  it.each([
    ['Quốc hội đã biểu quyết thông qua dự thảo Nghị quyết về Chương trình giám sát của Quốc hội năm 2018.', 'Chương trình giám sát của Quốc hội năm 2018'],
    ['HĐND xem xét Chương trình giám sát của HĐND tỉnh năm 2018 và dự thảo Luật Hỗ trợ doanh nghiệp.', 'Chương trình giám sát của HĐND tỉnh năm 2018'],
  ])('%s', (text, name) => {
    expect(initiativesOf(text).map((i) => [i.name, i.kind])).toEqual([[name, 'programme']]);
  });

  it.each([
    // A time after a connective is the sentence's; with no year the agenda is the agenda in general.
    'Các Ủy ban thực hiện Chương trình giám sát của Ủy ban trong năm 2018.',
    'Các Ủy ban thực hiện Chương trình giám sát của Quốc hội theo quy định.',
  ])('no name: %s', (text) => {
    expect(initiativesOf(text)).toEqual([]);
  });
});

describe('two spaces between words end an unquoted name', () => {
  it.each([
    ['Xem thêm: Thể lệ cuộc thi Truyện ngắn smartphone  Gửi tác phẩm (không quá 500 chữ) dự thi.', 'Truyện ngắn smartphone'],
    // One space goes on.
    ['Xem thêm: Thể lệ cuộc thi Truyện ngắn smartphone Gửi tác phẩm (không quá 500 chữ) dự thi.', 'Truyện ngắn smartphone Gửi tác phẩm'],
  ])('%s', (text, name) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual([name]);
  });
});

describe('a counted slogan quoted after a described plan', () => {
  it('is a name, lower-case as it is', () => {
    expect(initiativesOf('Hai bên thực hiện tốt quy hoạch phát triển “hai hành lang - một vành đai,” thúc đẩy hợp tác thực chất.').map((i) => [i.name, i.kind]))
      .toEqual([['hai hành lang - một vành đai', 'plan']]);
  });
  it.each([
    // Other lower-case quotes after a described plan or project are scare quotes; one counted part is no slogan.
    'Tỉnh có nhiều dự án đầu tư “nghìn tỷ” đắp chiếu nhiều năm.',
    'Bộ trình kế hoạch phát triển “hai hành lang kinh tế” trong năm nay.',
  ])('not: %s', (text) => {
    expect(initiativesOf(text)).toEqual([]);
  });
});

describe('idioms and manners at a name\'s end', () => {
  it.each([
    // "đến tay" (to the hands of) is one idiom: the name goes on through it.
    ['Sở Công Thương đánh giá Chương trình bán lẻ thịt lợn VietGAP giá sỉ trực tiếp đến tay người tiêu dùng của thành phố đã đạt hiệu quả.',
      'Chương trình bán lẻ thịt lợn VietGAP giá sỉ trực tiếp đến tay người tiêu dùng'],
    // A scale after the name ("trên quy mô toàn quốc") is the sentence's manner.
    ['Bộ quyết định đồng hành để triển khai Dự án Nâng cao chất lượng bữa ăn học đường trên quy mô toàn quốc thông qua phần mềm mới.',
      'Dự án Nâng cao chất lượng bữa ăn học đường'],
  ])('%s', (text, name) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual([name]);
  });

  it('"đến" alone still ends a name', () => {
    expect(initiativesOf('Sở đánh giá Chương trình bán lẻ thịt lợn VietGAP giá sỉ trực tiếp đến người tiêu dùng của thành phố.').map((i) => i.name))
      .toEqual(['Chương trình bán lẻ thịt lợn VietGAP giá sỉ trực tiếp']);
  });
});

describe('a plan\'s area after "trên địa bàn" is part of its name', () => {
  it.each([
    ['Sở hướng dẫn các cơ sở đăng ký Chương trình phát triển sản phẩm lưu niệm du lịch trên địa bàn thành phố để hưởng các chính sách hỗ trợ.',
      'Chương trình phát triển sản phẩm lưu niệm du lịch trên địa bàn thành phố'],
    // A short lower-case list item before it, and a unit written short.
    ['Sở GTVT TP.HCM vừa gửi văn bản về dự thảo Đề án thu phí sử dụng tạm thời lòng đường, hè phố trên địa bàn TP. Xung quanh mức phí còn nhiều ý kiến.',
      'Đề án thu phí sử dụng tạm thời lòng đường, hè phố trên địa bàn TP'],
    // The unit's name, then the phase after it.
    ['UBND thành phố phê duyệt Quy hoạch vận tải hành khách bằng taxi trên địa bàn thành phố Hà Nội đến năm 2030, lộ trình thực hiện 2017-2020.',
      'Quy hoạch vận tải hành khách bằng taxi trên địa bàn thành phố Hà Nội đến năm 2030'],
  ])('%s', (text, name) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual([name]);
  });

  it.each([
    // A list item that holds a function word is the sentence going on; no unit after "trên địa bàn", no area.
    ['Tỉnh thực hiện Kế hoạch xây dựng nông thôn mới, nhưng vẫn chậm trên địa bàn tỉnh từ đầu năm.', 'Kế hoạch xây dựng nông thôn mới'],
    ['Sở triển khai Kế hoạch tuyên truyền chuyển đổi mã vùng trên địa bàn rộng lớn từ đầu tháng 12.', 'Kế hoạch tuyên truyền chuyển đổi mã vùng'],
  ])('keeps the cut: %s', (text, name) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual([name]);
  });
});

describe('acronyms inside a capitalised head\'s name', () => {
  it.each([
    // A common noun's acronym early in the name goes on with the rest.
    ['Ngành sẽ trình Đề án hỗ trợ DN nhỏ tiếp cận vốn vay ưu đãi; đồng thời rà soát thủ tục.',
      'Đề án hỗ trợ DN nhỏ tiếp cận vốn vay ưu đãi'],
    // The year after a closing acronym is the name's.
    ['Các nước rà soát Kế hoạch hành động triển khai Tầm nhìn ASEAN 2025 và hợp tác biển.',
      'Kế hoạch hành động triển khai Tầm nhìn ASEAN 2025'],
    // A long name or an edition number closed by its acronym ends there.
    ['Tỉnh đã thực hiện Chương trình mục tiêu quốc gia xây dựng NTM chính là nhờ sự đồng lòng của nhân dân.',
      'Chương trình mục tiêu quốc gia xây dựng NTM'],
    ['Thủ tướng bổ sung vào Quy hoạch điện VII điều chỉnh các hạng mục lưới truyền tải.', 'Quy hoạch điện VII'],
  ])('%s', (text, name) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual([name]);
  });
});

describe('short capitalised-head names written twice', () => {
  it('a three- or four-word name the text repeats is the effort\'s name', () => {
    const text = 'Bộ đã ban hành Kế hoạch đổi số thuê bao từ tháng trước. Các nhà mạng đang thực hiện Kế hoạch đổi số thuê bao theo lộ trình.';
    expect(initiativesOf(text).map((i) => [i.name, i.kind])).toEqual([['Kế hoạch đổi số thuê bao', 'plan']]);
  });

  it.each([
    // Written once, a short capitalised phrase may be a description.
    'Bộ đã ban hành Kế hoạch đổi số thuê bao từ tháng trước.',
    // A building site, or a name cut before a dash: not taken on repetition.
    'Chủ đầu tư Dự án bãi đỗ xe ngầm đã xin lỗi. Dự án bãi đỗ xe ngầm bị tạm dừng.',
  ])('not: %s', (text) => {
    expect(initiativesOf(text)).toEqual([]);
  });
});

describe('capitalised-head names with a list, closed by their phase or year', () => {
  it.each([
    ['Chính phủ vừa duyệt Đề án tổng thể sắp xếp, tái cơ cấu Tổng công ty Đường sắt Việt Nam (VNR) giai đoạn 2017-2020 theo đề nghị của Bộ.',
      'Đề án tổng thể sắp xếp, tái cơ cấu Tổng công ty Đường sắt Việt Nam (VNR) giai đoạn 2017-2020', 'project'],
    ['Các tổ thảo luận về dự kiến Chương trình xây dựng luật, pháp lệnh năm 2019 của Quốc hội.',
      'Chương trình xây dựng luật, pháp lệnh năm 2019', 'programme'],
    ['Tỉnh ủy ban hành Chương trình công tác kiểm tra, giám sát năm 2018 để các cấp ủy thực hiện.',
      'Chương trình công tác kiểm tra, giám sát năm 2018', 'programme'],
    ['Bộ trình Quy hoạch thăm dò, khai thác và sử dụng quặng sắt đến năm 2030 để Thủ tướng xem xét.',
      'Quy hoạch thăm dò, khai thác và sử dụng quặng sắt đến năm 2030', 'plan'],
  ])('%s', (text, name, kind) => {
    expect(initiativesOf(text).map((i) => [i.name, i.kind])).toEqual([[name, kind]]);
  });

  it.each([
    // A phase right after the comma times the sentence; "trong năm ..." after a list is the sentence's time too.
    ['Theo Quy hoạch phát triển điện lực VII, đến năm 2025, công suất nguồn điện tăng gấp đôi.', ['Quy hoạch phát triển điện lực VII']],
    ['Cần kiện toàn ban chỉ đạo để triển khai Chương trình kịp thời, hiệu quả, đúng hướng trong năm 2018.', []],
    // With no year, the legislative agenda is the agenda in general.
    ['Quốc hội rút khỏi Chương trình xây dựng luật các dự án chưa bảo đảm chất lượng.', []],
    ['Bộ đề nghị đưa dự án vào Chương trình xây dựng luật, pháp lệnh để trình Quốc hội.', []],
  ])('keeps the cut: %s', (text, names) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual(names);
  });
});

describe('plans named by a scope word, "về" and a topic', () => {
  it.each([
    // The topic runs through its connectives to the first verb or purpose; a verb may open it.
    ['Thái Lan còn xây dựng Kế hoạch Quốc gia về trao quyền cho người khuyết tật nhằm hướng dẫn thực hiện chính sách.',
      'Kế hoạch Quốc gia về trao quyền cho người khuyết tật', 'plan'],
    // A bank's word in the sentence ("hạn mức") does not make the state's own plan an offer.
    ['Nước này lập Kế hoạch Quốc gia về hỗ trợ người cao tuổi nhằm quy định hạn mức trợ cấp và dịch vụ chăm sóc.',
      'Kế hoạch Quốc gia về hỗ trợ người cao tuổi', 'plan'],
    ['Bộ sẽ trình Thủ tướng phê duyệt Kế hoạch hành động quốc gia về con tôm để phát triển bền vững.',
      'Kế hoạch hành động quốc gia về con tôm', 'plan'],
    ['Hai nước tích cực thực hiện Kế hoạch Tổng thể về Kết nối ASEAN; hợp tác với các đối tác.',
      'Kế hoạch Tổng thể về Kết nối ASEAN', 'plan'],
    ['Từ năm 2011, xã triển khai thực hiện Chương trình mục tiêu quốc gia về xây dựng NTM, đời sống đổi thay.',
      'Chương trình mục tiêu quốc gia về xây dựng NTM', 'programme'],
    // A list closed by "và" stays in the topic, and a phase after it too.
    ['Ông cho biết, Kế hoạch hành động quốc gia về chăm sóc sức khỏe bà mẹ, trẻ sơ sinh và trẻ em giai đoạn 2010-2015 đã kết thúc.',
      'Kế hoạch hành động quốc gia về chăm sóc sức khỏe bà mẹ, trẻ sơ sinh và trẻ em giai đoạn 2010-2015', 'plan'],
    // A comma with no "và" closing a short list, or a long clause after it, ends the topic.
    ['Tỉnh xây dựng Kế hoạch hành động về an ninh lương thực, tăng cường năng lực cho nông dân.',
      'Kế hoạch hành động về an ninh lương thực', 'plan'],
    ['Việt Nam tham gia Kế hoạch tổng thể về kết nối ASEAN, tích cực triển khai các dự án đường cao tốc, cảng biển và sân bay.',
      'Kế hoạch tổng thể về kết nối ASEAN', 'plan'],
  ])('%s', (text, name, kind) => {
    expect(initiativesOf(text).map((i) => [i.name, i.kind])).toEqual([[name, kind]]);
  });

  it('takes no topic after "về" as a verb of motion, and no scope word with no "về"', () => {
    expect(initiativesOf('Ông nói Kế hoạch quốc gia về sau sẽ được sửa đổi.')).toEqual([]);
    expect(initiativesOf('Đoàn bàn về Kế hoạch tổng thể của tỉnh trong năm tới.')).toEqual([]);
  });
});

describe('campaigns quoted after the verb that answers or launches them', () => {
  it.each([
    ['Nhân dân trong tỉnh hưởng ứng “Tết trồng cây đời đời nhớ ơn Bác Hồ” xuân Đinh Dậu.', 'Tết trồng cây đời đời nhớ ơn Bác Hồ'],
    ['Huyện đoàn phát động “Chung dòng máu Việt 2017” trên địa bàn.', 'Chung dòng máu Việt 2017'],
    ['Hội thảo là một trong chuỗi sự kiện hưởng ứng “Tháng hành động Quốc gia về phòng chống bạo lực gia đình” năm nay.',
      'Tháng hành động Quốc gia về phòng chống bạo lực gia đình'],
  ])('%s', (text, name) => {
    expect(initiativesOf(text).map((i) => [i.name, i.kind])).toEqual([[name, 'campaign']]);
  });

  it.each([
    // A day of observance, a lower-case quotation, a quote further on, a shop's offer.
    'Tỉnh hưởng ứng “Ngày toàn dân phòng, chống mua bán người” bằng nhiều hoạt động.',
    'Dân làng hưởng ứng "chiến tranh nhân dân" chống giặc.',
    'Ông phát động phong trào thi đua, nói rằng "Làm việc hết mình" là khẩu hiệu.',
    'Siêu thị phát động “Mua sắm thả ga” với nhiều ưu đãi cho khách hàng.',
  ])('no campaign: %s', (text) => {
    expect(initiativesOf(text)).toEqual([]);
  });
});

describe('a project that is someone\'s entry or work', () => {
  it.each([
    ['Giải ba thuộc về em Phạm Huy (Trường THPT Thị xã Quảng Trị) với dự án “Cánh tay robot cho người khuyết tật”.', []],
    ['Cô ấy rất thành công với đề án “Nghiên cứu quy trình chế tạo hệ dẫn hướng nano”.', []],
    // "đối với" (as for) is not this "với"; a project named after another verb stays.
    ['Đối với dự án “Khu nhà ở hộ gia đình cho nhân viên Cty Formosa”, FHS sẽ xây dựng.',
      [['Khu nhà ở hộ gia đình cho nhân viên Cty Formosa', 'project']]],
    ['Tỉnh đoàn triển khai đề án “Hỗ trợ thanh niên khởi nghiệp” giai đoạn mới.', [['Hỗ trợ thanh niên khởi nghiệp', 'project']]],
  ] as [string, [string, string][]][])('%s', (text, expected) => {
    expect(initiativesOf(text).map((i) => [i.name, i.kind])).toEqual(expected);
  });
});

describe('themed years', () => {
  it.each([
    ['Thành phố quyết liệt thực hiện “Năm Kỷ cương hành chính 2017” trong toàn ngành.', 'Năm Kỷ cương hành chính 2017'],
    ['Hai bên tổ chức tốt “Năm đoàn kết hữu nghị Việt Nam - Lào 2017” với nhiều hoạt động.', 'Năm đoàn kết hữu nghị Việt Nam - Lào 2017'],
    // The year named before the copula: the theme needs no year of its own.
    ['Chủ tịch UBND TP nhấn mạnh năm 2017 là “Năm kỷ cương hành chính”, theo đó TP chọn tác phong cán bộ.', 'Năm kỷ cương hành chính'],
    ['Năm 2016, Bộ NN&PTNT chọn là “Năm cao điểm hành động về vệ sinh trong lĩnh vực nông nghiệp”.',
      'Năm cao điểm hành động về vệ sinh trong lĩnh vực nông nghiệp'],
    ['Đại sứ quán xác định năm 2016 là “Năm ngoại giao phục vụ phát triển kinh tế và tăng cường hợp tác Việt-Séc”.',
      'Năm ngoại giao phục vụ phát triển kinh tế và tăng cường hợp tác Việt-Séc'],
  ])('%s', (text, name) => {
    expect(initiativesOf(text).map((i) => [i.name, i.kind])).toEqual([[name, 'other']]);
  });

  it.each([
    // A time, not a theme; no year at the end; a title with "Năm" in lower case after it.
    'Ông nói “Năm nay mọi việc sẽ tốt đẹp hơn 2017” rồi cười.',
    'Trường tổng kết “Năm học thành công 2017” với nhiều thành tích.',
    'Hai bên nhất trí tổ chức “Năm hữu nghị” với nhiều hoạt động.',
    'Phim “Năm tháng vội vã” ra mắt năm 2017.',
    // A copula with no year word before it; a year word with no copula; a one-word theme.
    'Bài hát được đặt tên là “Năm anh em trên một chiếc xe tăng” từ đó.',
    'Năm 2017, các đơn vị tổ chức “Năm hữu nghị Việt Nam” sôi nổi.',
    'Ông nói năm nay là “Năm vui” của cả nhà.',
  ])('no themed year: %s', (text) => {
    expect(initiativesOf(text)).toEqual([]);
  });
});

describe('a named policy quoted with its capitalised head', () => {
  it.each([
    ['Ông Moon được cho là sẽ khôi phục lại "Chính sách Ánh dương" của cựu Tổng thống Kim Dae-jung.', 'Chính sách Ánh dương'],
    ['Ấn Độ đẩy mạnh “Chính sách Hành động hướng Đông” với các nước ASEAN.', 'Chính sách Hành động hướng Đông'],
  ])('%s', (text, name) => {
    expect(initiativesOf(text).map((i) => [i.name, i.kind])).toEqual([[name, 'other']]);
  });

  it.each([
    // A principle after a lower-case head; a quoted sentence opening with the head; a lower-case name after it.
    'Mỹ không tôn trọng chính sách “Một Trung Quốc” của Bắc Kinh.',
    'Ông nói “Chính sách tiền tệ đang phải thực hiện nhiều mục tiêu” tại hội nghị.',
    'Bài viết “Chính sách mới của Đảng” được nhiều người đọc.',
  ])('no quoted policy: %s', (text) => {
    expect(initiativesOf(text)).toEqual([]);
  });
});

describe('a known place of three capitals inside a name is no person', () => {
  it.each([
    ['Công ty ký hợp đồng gói thầu thuộc Dự án Cải thiện môi trường nước Nam Bình Dương – Giai đoạn 2 với Ban Quản lý dự án.', 'Dự án Cải thiện môi trường nước Nam Bình Dương', 'project'],
    ['Trước đó, chương trình Đối tác Thái Bình Dương 2017 đã diễn ra tại Đà Nẵng.', 'Đối tác Thái Bình Dương 2017', 'programme'],
    // "mang tính" (of the nature of) ends a name: the words after it describe it.
    ['Tỉnh triển khai Dự án Hỗ trợ nông dân trồng rau an toàn mang tính chất thí điểm tại xã.', 'Dự án Hỗ trợ nông dân trồng rau an toàn', 'project'],
  ])('%s', (text, name, kind) => {
    expect(initiativesOf(text).map((i) => [i.name, i.kind])).toEqual([[name, kind]]);
  });

  it.each([
    // A place after a surname is a given name; a place that reads as a person stays one; no place, a person.
    'Tỉnh tham gia Dự án Hỗ trợ cán bộ Nguyễn Thái Bình tại xã.',
    'Thành phố thực hiện Dự án cải tạo kênh Tàu Hũ TP Hồ Chí Minh đã xong.',
    'Thủ tướng dự chương trình Gặp gỡ Hà Tĩnh Nguyễn Văn An hôm qua.',
    // A foreign person's two words after the place; a place alone after the head is a unit's remit.
    'Giám đốc Chương trình Đồng bằng Hà Lan Hermen Borst cho biết.',
    'Brian Eyler, giám đốc chương trình Đông Nam Á thuộc Viện nghiên cứu Stimson cho biết.',
  ])('still read as a person: %s', (text) => {
    expect(initiativesOf(text)).toEqual([]);
  });
});

describe('spans', () => {
  it('every mention quotes the text at its span', () => {
    const text = 'Các mô hình “Camera phòng, chống tội phạm”, “Tổ tự quản” và phong trào Toàn dân bảo vệ ANTQ được nhân rộng.';
    const found = initiativesOf(text);
    expect(found.length).toBe(3);
    for (const i of found) for (const m of i.mentions) expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
  });
});

describe('counted slogans after a policy or a framework', () => {
  it.each([
    ['Thành phố tiếp tục áp dụng chủ trương "bốn tăng, hai giảm" trong tuyển sinh.', 'bốn tăng, hai giảm'],
    ['Doanh nghiệp được hưởng chủ trương “5 đồng hành, 3 hỗ trợ” của tỉnh.', '5 đồng hành, 3 hỗ trợ'],
    ['Hai bên kết nối khuôn khổ “Ba trục, Hai vùng” với các sáng kiến khu vực.', 'Ba trục, Hai vùng'],
  ])('%s', (text, name) => {
    expect(initiativesOf(text).map((i) => [i.name, i.kind])).toEqual([[name, 'other']]);
  });

  it.each([
    'Nhà chùa không chủ trương “dâng sao, giải hạn” cho phật tử.',
    'Ông đưa ra chủ trương “Nước Mỹ trên hết” khi tranh cử.',
    'Đây được coi là chủ trương “nóng” của thành phố.',
    'Trong khuôn khổ “Tuần lễ văn hóa”, nhiều hoạt động được tổ chức.',
  ])('no slogan: %s', (text) => {
    expect(initiativesOf(text)).toEqual([]);
  });
});

describe('frameworks named after a capitalised "Khuôn khổ"', () => {
  it('a framework\'s name, and the next one listed after a semicolon', () => {
    const text = 'Các nước thảo luận việc triển khai Khuôn khổ đánh giá tiến độ cải cách thủ tục hải quan; Khuôn khổ hỗ trợ doanh nghiệp nhỏ tham gia chuỗi cung ứng; các hiệp định khác.';
    expect(initiativesOf(text).map((i) => [i.name, i.kind])).toEqual([
      ['Khuôn khổ đánh giá tiến độ cải cách thủ tục hải quan', 'other'],
      ['Khuôn khổ hỗ trợ doanh nghiệp nhỏ tham gia chuỗi cung ứng', 'other'],
    ]);
  });

  it.each([
    'Trong khuôn khổ hội nghị, hai bên ký nhiều văn bản hợp tác quan trọng.',
    'Thời gian thực hiện Khuôn khổ này là từ năm 2017 đến năm 2025.',
    // A semicolon list of events or bodies does not open a name without one read right before it.
    'Sự kiện gồm: triển lãm ảnh; Kế hoạch phát triển du lịch cộng đồng của tỉnh được giới thiệu.',
  ])('no framework: %s', (text) => {
    expect(initiativesOf(text)).toEqual([]);
  });
});

describe('long official names', () => {
  it.each([
    // A list item "liên quan đến ..." inside the name, closed by the phase.
    ['Ông A, Trưởng Ban Chỉ đạo Đề án tổng thể cải cách thủ tục cấp phép, hồ sơ doanh nghiệp và các dữ liệu liên quan đến quản lý thuế giai đoạn 2016-2020 cho biết.',
      'Đề án tổng thể cải cách thủ tục cấp phép, hồ sơ doanh nghiệp và các dữ liệu liên quan đến quản lý thuế giai đoạn 2016-2020'],
    // More than fourteen words before the year: the plan names a whole document inside it.
    ['Bộ vừa phê duyệt Quy hoạch chung xây dựng Khu chăn nuôi tập trung ứng dụng công nghệ sinh học tỉnh Long An đến năm 2035. Theo đó ...',
      'Quy hoạch chung xây dựng Khu chăn nuôi tập trung ứng dụng công nghệ sinh học tỉnh Long An đến năm 2035'],
    ['Hai bên ký Kế hoạch hợp tác giữa Chính phủ nước Cộng hòa Xã hội Chủ nghĩa Việt Nam và Chính phủ Vương quốc Campuchia năm 2018; Biên bản kỳ họp.',
      'Kế hoạch hợp tác giữa Chính phủ nước Cộng hòa Xã hội Chủ nghĩa Việt Nam và Chính phủ Vương quốc Campuchia năm 2018'],
  ])('%s', (text, name) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual([name]);
  });
});

describe('a second horizon or a phase "giai đoạn đến" closing a plan\'s name', () => {
  it.each([
    ['Thủ tướng phê duyệt Quy hoạch phát triển ngành cơ khí Việt Nam đến năm 2025, định hướng đến năm 2035. Theo đó ...',
      'Quy hoạch phát triển ngành cơ khí Việt Nam đến năm 2025, định hướng đến năm 2035'],
    ['Bộ điều chỉnh Quy hoạch phát triển lưới điện truyền tải miền Trung đến năm 2020, có xét đến năm 2030. Các nội dung khác giữ nguyên.',
      'Quy hoạch phát triển lưới điện truyền tải miền Trung đến năm 2020, có xét đến năm 2030'],
    ['Nhà ga mới phù hợp Quy hoạch phát triển Cảng hàng không quốc tế Cam Ranh giai đoạn đến năm 2025 và định hướng sau đó.',
      'Quy hoạch phát triển Cảng hàng không quốc tế Cam Ranh giai đoạn đến năm 2025'],
    // A phase and a horizon of 45 characters and more.
    ['Đó là mục tiêu của Đề án Tái cơ cấu ngành than giai đoạn 2016-2020, định hướng đến năm 2025 vừa được phê duyệt.',
      'Đề án Tái cơ cấu ngành than giai đoạn 2016-2020, định hướng đến năm 2025'],
    ['Tỉnh lập Đề án phát triển nông nghiệp hữu cơ tỉnh Lâm Đồng giai đoạn 2018 - 2022, tầm nhìn 2030 để trình Hội đồng.',
      'Đề án phát triển nông nghiệp hữu cơ tỉnh Lâm Đồng giai đoạn 2018 - 2022, tầm nhìn 2030'],
    // The second horizon written without its comma.
    ['Các dự án được giao theo Quy hoạch phát triển Điện lực Quốc gia giai đoạn 2011 - 2020 có xét đến năm 2030 được Thủ tướng phê duyệt.',
      'Quy hoạch phát triển Điện lực Quốc gia giai đoạn 2011 - 2020 có xét đến năm 2030'],
    ['Ông phát biểu về Đề án tăng cường quản lý phương tiện giao thông đường bộ giai đoạn 2017 - 2020 tầm nhìn 2030, ông Quân nói.',
      'Đề án tăng cường quản lý phương tiện giao thông đường bộ giai đoạn 2017 - 2020 tầm nhìn 2030'],
    // The acronym of the name in brackets, then its phase.
    ['Tổ chức hội nghị theo Kế hoạch Chiến lược Một sức khỏe quốc gia phòng chống bệnh truyền lây giữa động vật và người (OHSP) giai đoạn 2016-2020, ngày 12/7.',
      'Kế hoạch Chiến lược Một sức khỏe quốc gia phòng chống bệnh truyền lây giữa động vật và người (OHSP) giai đoạn 2016-2020'],
    ['Văn kiện trong khuôn khổ Chương trình quốc gia Việt Nam của Cơ quan phòng chống ma túy và tội phạm Liên hợp quốc (UNODC) giai đoạn 2012-2017 được ký năm 2012.',
      'Chương trình quốc gia Việt Nam của Cơ quan phòng chống ma túy và tội phạm Liên hợp quốc (UNODC) giai đoạn 2012-2017'],
    // (a bracket with no phase after it is not read: the name stays cut)
    ['Văn kiện trong khuôn khổ Chương trình quốc gia Việt Nam của Cơ quan phòng chống ma túy và tội phạm Liên hợp quốc (UNODC) được ký năm 2012.',
      'Chương trình quốc gia Việt Nam của Cơ quan phòng chống ma túy và tội phạm Liên hợp quốc'],
    // "Y tế" is a word written with its capital, no one-letter acronym ending the name.
    ['Bộ trình Kế hoạch điều chỉnh quy hoạch tổng thể ngành Y tế giai đoạn đến năm 2020 tầm nhìn đến năm 2030. Theo ông A, ...',
      'Kế hoạch điều chỉnh quy hoạch tổng thể ngành Y tế giai đoạn đến năm 2020 tầm nhìn đến năm 2030'],
    // (a horizon word with no year after it is the sentence going on)
    ['Tỉnh thực hiện Quy hoạch phát triển du lịch giai đoạn 2016 - 2020 định hướng phát triển bền vững.',
      'Quy hoạch phát triển du lịch giai đoạn 2016 - 2020'],
  ])('%s', (text, name) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual([name]);
  });
});

describe('a capitalised-head name run through "và" to its phase, then the verb', () => {
  it.each([
    ['Dự án nằm trong Quy hoạch phát triển mạng lưới sản xuất và phân phối xi măng giai đoạn đến 2020, có xét đến năm 2030 được Bộ phê duyệt.',
      'Quy hoạch phát triển mạng lưới sản xuất và phân phối xi măng giai đoạn đến 2020, có xét đến năm 2030'],
    ['Tỉnh thực hiện Chương trình phát triển nhà ở và hạ tầng đô thị giai đoạn 2016-2020 đã đạt nhiều kết quả.',
      'Chương trình phát triển nhà ở và hạ tầng đô thị giai đoạn 2016-2020'],
  ])('%s', (text, name) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual([name]);
  });

  it('a phase the sentence goes on from is the sentence\'s time: the cut at "và" stands', () => {
    expect(initiativesOf('Tỉnh triển khai Chương trình phát triển nhà ở xã hội và hạ tầng đô thị năm 2017 tăng mạnh.').map((i) => i.name))
      .toEqual(['Chương trình phát triển nhà ở xã hội']);
  });
});

describe('a capitalised head and its number', () => {
  it('the number of two characters or more is the whole name; the words after it are the sentence', () => {
    const text = 'Ban Chỉ đạo Đề án 896 cấp tỉnh có nhiệm vụ ban hành kế hoạch. Thành viên Ban Chỉ đạo Đề án 896 cấp tỉnh hoạt động kiêm nhiệm.';
    expect(initiativesOf(text).map((i) => [i.name, i.aliases])).toEqual([['Đề án 896', []]]);
  });
});

describe('a sentence-case name after a lower-case head, run through "và"', () => {
  it.each([
    ['Nhiều họa sĩ đang tham gia chương trình Di sản Việt Nam và giao lưu văn hóa do Bộ Ngoại giao tổ chức.',
      'Di sản Việt Nam và giao lưu văn hóa'],
    ['Bộ đã phê duyệt đề án Thí điểm quản lý và giám sát xe hợp đồng điện tử theo lộ trình mới.',
      'Thí điểm quản lý và giám sát xe hợp đồng điện tử'],
    ['Nhật Bản cho vay vốn để thực hiện chương trình Cải cách thể chế và nâng cao năng lực quản trị (ICG) trong 3 năm.',
      'Cải cách thể chế và nâng cao năng lực quản trị'],
  ])('%s', (text, name) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual([name]);
  });

  it.each([
    // Running into a capital, or out of words, is the sentence going on: the cut at "và" stands.
    ['Tỉnh nhân rộng phong trào Toàn dân bảo vệ an ninh Tổ quốc và xây dựng Công an xã vững mạnh.', 'Toàn dân bảo vệ an ninh Tổ quốc'],
    ['Xã thực hiện phong trào Thi đua lao động giỏi và phấn đấu hoàn thành sớm mọi chỉ tiêu kinh tế năm nay của địa phương.', 'Thi đua lao động giỏi'],
  ])('keeps the cut: %s', (text, name) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual([name]);
  });
});

describe('a route or a pair written with a dash, and a city abbreviation, inside a capitalised-head name', () => {
  it.each([
    ['Bộ đang triển khai Dự án xây dựng đường cao tốc Cà Mau - Cần Thơ, do Tổng công ty làm chủ đầu tư.',
      'Dự án xây dựng đường cao tốc Cà Mau - Cần Thơ'],
    ['Hai bên ký Kế hoạch hành động chiến lược Việt Nam - Nhật Bản, tăng cường tin cậy.',
      'Kế hoạch hành động chiến lược Việt Nam - Nhật Bản'],
    // (a pair inside a name is part of it, written once or twice)
    ['Hai bên rà soát Kế hoạch hợp tác Việt Nam - Lào năm ngoái. Kế hoạch hợp tác Việt Nam - Lào đạt nhiều kết quả.',
      'Kế hoạch hợp tác Việt Nam - Lào'],
    ['Thành phố đẩy nhanh Dự án cải thiện môi trường nước TP.HCM; các dự án khác đang chờ vốn.',
      'Dự án cải thiện môi trường nước TP.HCM'],
    ['Lễ khởi công Dự án Đầu tư xây dựng tuyến đường bộ ven biển đoạn qua TP. Đà Nẵng diễn ra sáng nay.',
      'Dự án Đầu tư xây dựng tuyến đường bộ ven biển đoạn qua TP. Đà Nẵng'],
    // (an en dash as well as a hyphen)
    ['Các đoàn tàu phục vụ cho Dự án đường sắt đô thị tuyến Cát Linh – Hà Đông. Đoàn tàu đầu tiên đã về.',
      'Dự án đường sắt đô thị tuyến Cát Linh – Hà Đông'],
  ])('%s', (text, name) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual([name]);
  });

  it.each([
    // A far end of two or more capitalised words running into the sentence's verb closes the name there.
    ['Đại diện Dự án đường sắt đô thị Nhổn - Ga Hà Nội lấy lại hình ảnh trên mạng.', 'Dự án đường sắt đô thị Nhổn - Ga Hà Nội'],
    ['Ông ký văn bản về mặt bằng Dự án xây dựng đường cao tốc Đà Nẵng – Quảng Ngãi gửi Chủ tịch tỉnh.', 'Dự án xây dựng đường cao tốc Đà Nẵng – Quảng Ngãi'],
    ['Hai bên ký khoản vay bổ sung cho Dự án đường sắt đô thị Cát Linh - Hà Đông giữa Chính phủ Việt Nam và ngân hàng.',
      'Dự án đường sắt đô thị Cát Linh - Hà Đông'],
    ['Tuyến ống số 2 của Dự án cấp nước chuỗi đô thị Sơn Tây - Hòa Lạc - Xuân Mai - Miếu Môn - Hà Nội - Hà Đông với công suất 300.000 m3 chậm tiến độ.',
      'Dự án cấp nước chuỗi đô thị Sơn Tây - Hòa Lạc - Xuân Mai - Miếu Môn - Hà Nội - Hà Đông'],
  ])('a closing far end: %s', (text, name) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual([name]);
  });

  it.each([
    // A lower-case word after the dash, or one capitalised word before a lower-case one (a phrase, a phase): the cut at the dash stands.
    ['Tỉnh thông qua Kế hoạch phát triển du lịch tỉnh Quảng Ninh - một trong những trọng tâm năm nay.', 'Kế hoạch phát triển du lịch tỉnh Quảng Ninh'],
    ['Ông ký gói thầu thuộc Dự án Cải thiện môi trường nước Nam Bình Dương – Giai đoạn 2 với Ban Quản lý.',
      'Dự án Cải thiện môi trường nước Nam Bình Dương'],
  ])('keeps the cut: %s', (text, name) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual([name]);
  });
});

describe('a short form in brackets after a long name', () => {
  it('the bracketed head and code is an alias, and a name written with either form is one entry', () => {
    const text = 'Ông A, Trưởng Ban Chỉ đạo Đề án tổng thể cải cách thủ tục cấp phép, hồ sơ doanh nghiệp và các dữ liệu liên quan đến quản lý thuế giai đoạn 2016-2020 (Đề án 712) cho biết. '
      + 'Ban Chỉ đạo ban hành Kế hoạch triển khai thực hiện Đề án 712 năm 2018. Ban Chỉ đạo Đề án 712 họp định kỳ. '
      + 'Ông đã ký Quyết định ban hành Kế hoạch triển khai thực hiện Đề án tổng thể cải cách thủ tục cấp phép, hồ sơ doanh nghiệp và các dữ liệu liên quan đến quản lý thuế năm 2018.';
    expect(initiativesOf(text).map((i) => [i.name, i.aliases])).toEqual([
      ['Đề án tổng thể cải cách thủ tục cấp phép, hồ sơ doanh nghiệp và các dữ liệu liên quan đến quản lý thuế giai đoạn 2016-2020', ['Đề án 712']],
      ['Kế hoạch triển khai thực hiện Đề án tổng thể cải cách thủ tục cấp phép, hồ sơ doanh nghiệp và các dữ liệu liên quan đến quản lý thuế năm 2018',
        ['Kế hoạch triển khai thực hiện Đề án 712 năm 2018']],
    ]);
  });

  it('a bracket that is no code of the same head is left alone', () => {
    const text = 'Tỉnh triển khai Chương trình phát triển nông nghiệp công nghệ cao giai đoạn 2016-2020 (theo Quyết định số 12) trên toàn tỉnh.';
    expect(initiativesOf(text).map((i) => [i.name, i.aliases])).toEqual([
      ['Chương trình phát triển nông nghiệp công nghệ cao giai đoạn 2016-2020', []],
    ]);
  });
});

describe('a programme known by its number after a lower-case head', () => {
  it.each([
    ['Bộ Y tế đang thực hiện đề án 1816 chuyển giao kỹ thuật cho tuyến dưới.', '1816', 'project'],
    ['Nhiều xã được hỗ trợ từ chương trình 135, xây dựng nông thôn mới.', '135', 'programme'],
  ])('%s', (text, name, kind) => {
    expect(initiativesOf(text).map((i) => [i.name, i.kind])).toEqual([[name, kind]]);
  });

  it.each([
    'Khán giả theo dõi chương trình 120 phút trực tiếp.',
    'Tỉnh thông qua đề án 300 tỷ đồng cho giao thông.',
    'Trường hoàn thành chương trình 2017 đúng hạn.',
    'Đơn vị đã làm xong chương trình 12. Sau đó nghỉ hè.',
  ])('no name: %s', (text) => {
    expect(initiativesOf(text)).toEqual([]);
  });
});

describe('a project\'s title naming its line or section by two ends after a comma', () => {
  it.each([
    ['Nhà ga La Khê thuộc Dự án Đường sắt đô thị Hà Nội, tuyến Cát Linh - Hà Đông đã cơ bản hoàn thành.',
      'Dự án Đường sắt đô thị Hà Nội, tuyến Cát Linh - Hà Đông'],
    ['Từ Dự án Xây dựng tuyến tàu điện ngầm số 2 TP.HCM, Tuyến Bến Thành - Tham Lương; rồi các dự án khác.',
      'Dự án Xây dựng tuyến tàu điện ngầm số 2 TP.HCM, Tuyến Bến Thành - Tham Lương'],
    ['Sở trình báo cáo tiền khả thi Dự án xây dựng đường vành đai 1, đoạn Hoàng Cầu - Voi Phục theo chỉ đạo.',
      'Dự án xây dựng đường vành đai 1, đoạn Hoàng Cầu - Voi Phục'],
    // (after a lower-case "dự án", the capitalised work and its section; a lower-case word may open the far end)
    ['Bộ bàn việc trả nợ vốn vay của dự án Tuyến đường sắt đô thị thí điểm TP Hà Nội, đoạn Nhổn - ga Hà Nội, ông A nói.',
      'Tuyến đường sắt đô thị thí điểm TP Hà Nội, đoạn Nhổn - ga Hà Nội'],
  ])('%s', (text, name) => {
    expect(initiativesOf(text).map((i) => [i.name, i.kind])).toEqual([[name, 'project']]);
  });

  it.each([
    // A section described in words, not by its two named ends: the cut at the comma stands.
    ['Hà Nội khởi công Dự án mở rộng đường vành đai 3, đoạn từ cầu Mai Dịch đến cầu Thăng Long.', 'Dự án mở rộng đường vành đai 3'],
    ['Tỉnh đẩy nhanh Dự án xây dựng đường vành đai 1, tuyến đường dài 5 km qua Hà Nội.', 'Dự án xây dựng đường vành đai 1'],
  ])('keeps the cut: %s', (text, name) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual([name]);
  });

  it('the title written with and without the comma is one entry', () => {
    const text = 'Báo cáo Dự án xây dựng đường vành đai 1, đoạn Hoàng Cầu - Voi Phục. Sau đó Dự án xây dựng đường vành đai 1 đoạn Hoàng Cầu - Voi Phục được duyệt.';
    expect(initiativesOf(text).map((i) => [i.name, i.aliases])).toEqual([
      ['Dự án xây dựng đường vành đai 1, đoạn Hoàng Cầu - Voi Phục', ['Dự án xây dựng đường vành đai 1 đoạn Hoàng Cầu - Voi Phục']],
    ]);
  });
});

describe('a quoted project or plan on a showbiz page', () => {
  it('is an album, a film or a music video, not a public effort', () => {
    const text = 'Nữ ca sĩ vừa ra mắt MV mới trước đông đảo khán giả. Sau dự án “Buông tay đi”, cô cùng nhiều nghệ sĩ lên sân khấu.';
    expect(initiativesOf(text)).toEqual([]);
  });

  it('the same quoted project on a page with no show words stays', () => {
    const text = 'Tỉnh đoàn cùng các đoàn viên triển khai dự án “Ánh sáng vùng cao” tại ba xã biên giới.';
    expect(initiativesOf(text).map((i) => [i.name, i.kind])).toEqual([['Ánh sáng vùng cao', 'project']]);
  });
});

describe('one or two words cut at a function word after a lower-case head', () => {
  it.each([
    // The sentence goes on in lower case: the words were cut mid-phrase, not named.
    ['Chi Pu ra đảo để tham gia chương trình Sinh viên với biển đảo Tổ quốc trong vai trò đồng hành.', []],
    ['Tối qua, Ban tổ chức trao giải hội thi Hành trình theo chân Bác cho các đội.', []],
    ['Đừng xây theo phong trào Cũng đưa ra quan điểm về vấn đề này.', []],
    // Closed by punctuation, a two-word name stands; three words go on as before.
    ['Ông Macron đã từ chức Chủ tịch phong trào Tiến bước.', [['Tiến bước', 'movement']]],
    ['Quận nhân rộng mô hình Nhà tạm lánh dành cho phụ nữ bị bạo lực gia đình.', [['Nhà tạm lánh', 'model']]],
  ] as [string, [string, string][]][])('%s', (text, expected) => {
    expect(initiativesOf(text).map((i) => [i.name, i.kind])).toEqual(expected);
  });
});

describe('a campaign quoted with no Vietnamese letter', () => {
  it.each([
    // A foreign police or security operation, or a club's transfer chase.
    ['Cảnh sát cho biết trong một chiến dịch quy mô lớn mang tên "Spectrum", họ bắt giữ 20 người.', []],
    ['Một chiến dịch mang tên "Blue Shield" (tạm dịch: Khiên xanh) cũng được triển khai.', []],
    // A Vietnamese name stays, and so does a foreign name after another head.
    ['Thành phố phát động chiến dịch "Nụ cười Đà Nẵng" nhằm vận động người dân.', [['Nụ cười Đà Nẵng', 'campaign']]],
    ['Học sinh tham gia chương trình “Silicon Valley Immersion Trip” dành cho lớp 9.', [['Silicon Valley Immersion Trip', 'programme']]],
  ] as [string, [string, string][]][])('%s', (text, expected) => {
    expect(initiativesOf(text).map((i) => [i.name, i.kind])).toEqual(expected);
  });
});

describe('a "chiến dịch" on a page of war is an operation', () => {
  it.each([
    // Two military words elsewhere on the page; the campaign's own sentence names no weapon.
    ['Cuộc chiến tranh vùng Vịnh kéo dài nhiều tháng. Xe tăng Anh dùng chủ yếu tại chiến dịch “Bão táp sa mạc” là dòng Challenger. Các binh sĩ được huấn luyện kỹ.', []],
    ['Mỹ bắt đầu chiến dịch "Nhổ tận gốc" chống lại IS ở Iraq. Các đợt không kích do hải quân và không quân phối hợp.', []],
    // One military word is not a war page; other heads on a war page are the army's own movements.
    ['Đơn vị có nhiều binh sĩ trẻ. Họ tham gia chiến dịch “Hành trình đỏ” hiến máu tình nguyện năm nay.', [['Hành trình đỏ', 'campaign']]],
    ['Hải quân và không quân diễn tập trên biển. Trong đơn vị, cuộc vận động “Phát huy truyền thống, cống hiến tài năng” được đẩy mạnh.',
      [['Phát huy truyền thống, cống hiến tài năng', 'campaign']]],
  ] as [string, [string, string][]][])('%s', (text, expected) => {
    expect(initiativesOf(text).map((i) => [i.name, i.kind])).toEqual(expected);
  });
});

describe('stage, screen and radio words count towards a showbiz page', () => {
  it.each([
    // Two show cues and one page word: the programme is a show, the project a film.
    ['Buổi ghi hình có nhiều khán giả và nghệ sĩ. NSND Hoàng Minh kể lại kỷ niệm trong chương trình “Ký ức tuổi thơ”.', []],
    ['Giờ cao điểm trên Mekong FM là cụm chương trình “Nhịp sống phương Nam”. Kênh phát sóng cả ngày, có radio trực tuyến.', []],
    ['Dự án điện ảnh “Ánh trăng xa” có dàn diễn viên trẻ. Bộ phim sẽ đến với khán giả từ tháng sau.', []],
    // The page words alone, with no show cue, leave a public programme.
    ['Đạo diễn và NSND Hoàng Minh ủng hộ chương trình “Trái tim cho em” giúp trẻ em bị bệnh tim.', [['Trái tim cho em', 'programme']]],
    // A word that holds a page word inside is not it ("FMCG").
    ['Hai ca sĩ đến dự cùng khán giả. Ngành FMCG tham gia chương trình “Áo ấm cho em” cho trẻ vùng cao.', [['Áo ấm cho em', 'programme']]],
  ] as [string, [string, string][]][])('%s', (text, expected) => {
    expect(initiativesOf(text).map((i) => [i.name, i.kind])).toEqual(expected);
  });
});

describe('a public work that a state project builds, named by its place', () => {
  it.each([
    // After a lower-case "dự án", the capitalised work and its place are the name.
    ['Quốc hội thảo luận việc tái định cư dự án Cảng hàng không quốc tế Phan Thiết trong chiều nay.',
      'Cảng hàng không quốc tế Phan Thiết'],
    ['Đoàn thanh tra làm việc tại dự án Cảng cá Mỹ Tân (Ninh Thuận) từ tuần trước.', 'Cảng cá Mỹ Tân'],
    ['Tỉnh phê duyệt dự án Bệnh viện Đa khoa tỉnh Kon Tum với tổng vốn lớn.', 'Bệnh viện Đa khoa tỉnh Kon Tum'],
    // A capitalised "Dự án" with a short public work's name, which ends at its place.
    ['Đồng thời, Dự án Bảo tàng Thiên văn ở Khu công nghệ cao Hòa Lạc đang được xây dựng.', 'Dự án Bảo tàng Thiên văn'],
    ['Đây là hợp phần của Dự án Trung tâm Dữ liệu quốc gia, giúp tiết kiệm nhiều chi phí.', 'Dự án Trung tâm Dữ liệu quốc gia'],
    ['Hai bên bàn việc hỗ trợ cho Dự án Đại học Việt-Đức, theo đề nghị của Bộ.', 'Dự án Đại học Việt-Đức'],
    // What follows the place is the sentence: a time, a count, a dash, the same head again.
    ['Đại biểu thảo luận dự án Cảng hàng không quốc tế Phan Thiết chiều 8-6 tại hội trường.', 'Cảng hàng không quốc tế Phan Thiết'],
    ['Không thể tách dự án Cảng hàng không quốc tế Phan Thiết 1 lần nữa.', 'Cảng hàng không quốc tế Phan Thiết'],
    ['Liên quan đến dự án Cảng hàng không quốc tế Phan Thiết – công trình quan trọng quốc gia, Chủ tịch nói.',
      'Cảng hàng không quốc tế Phan Thiết'],
    ['Quốc hội đồng ý tách Dự án Cảng hàng không quốc tế Phan Thiết thành Dự án thành phần để làm trước.',
      'Dự án Cảng hàng không quốc tế Phan Thiết'],
  ])('%s', (text, name) => {
    expect(initiativesOf(text).map((i) => [i.name, i.kind])).toEqual([[name, 'project']]);
  });

  it('two works at one place are one project, the other form an alias', () => {
    const text = 'Đại biểu bàn về dự án Sân bay Phan Thiết. Sau đó, dự án Cảng hàng không quốc tế Phan Thiết được thông qua.';
    expect(initiativesOf(text).map((i) => [i.name, i.aliases])).toEqual([
      ['Cảng hàng không quốc tế Phan Thiết', ['Sân bay Phan Thiết']],
    ]);
  });

  it.each([
    // A lower-case work before the place is a description (golds split on it).
    'Nhiều ý kiến về dự án sân bay Phan Thiết trong phiên họp.',
    'Tỉnh đẩy nhanh dự án cầu Phước Lộc để thông xe.',
    // A company's works, a work with no place of its own, plural kinds, a management board.
    'Ngân hàng cho Công ty Cổ phần Mía đường vay để làm dự án Trung tâm Chế biến Nông sản Lam Hà.',
    'Tỉnh kêu gọi đầu tư dự án Cảng cá và khu hậu cần nghề cá.',
    'Tỉnh rà soát các dự án Bệnh viện Đa khoa tuyến huyện.',
    'Ông là Giám đốc Ban Quản lý dự án Đường sắt đô thị Hà Nội.',
  ])('not a named public work: %s', (text) => {
    expect(initiativesOf(text)).toEqual([]);
  });
});

describe('a capitalised Sáng kiến heads an initiative\'s own name', () => {
  it.each([
    ['Cuộc họp toàn thể lần thứ mười của Sáng kiến toàn cầu chống buôn lậu hạt giống đã kết thúc hôm qua.',
      'Sáng kiến toàn cầu chống buôn lậu hạt giống'],
    // (a short run through "và" closed by a comma is the name's own)
    ['Hai bên lập nhóm làm việc về Sáng kiến hợp tác dự trữ lương thực và hợp tác cứu trợ, đồng thời ký biên bản.',
      'Sáng kiến hợp tác dự trữ lương thực và hợp tác cứu trợ'],
  ])('%s', (text, name) => {
    expect(initiativesOf(text).map((i) => [i.name, i.kind])).toEqual([[name, 'other']]);
  });

  it.each([
    // The body that runs it, named in a person's title; a lower-case "sáng kiến" is an idea.
    'Theo ông A, cựu giám đốc tổ chức Sáng kiến phòng thủ tên lửa toàn cầu, quả bom có thể nổ ở độ cao lớn.',
    'Đây là sáng kiến đặt phòng khám vệ tinh tại trạm y tế phường.',
  ])('not one: %s', (text) => {
    expect(initiativesOf(text)).toEqual([]);
  });
});

describe('a capitalised head\'s name run on through "và" to a comma', () => {
  it.each([
    ['Tỉnh đã lập Đề án kết nối giao thông và tăng cường vận tải hàng hóa hai chiều theo trục đường bộ.',
      'Đề án kết nối giao thông và tăng cường vận tải hàng hóa hai chiều'],
    ['Vốn được bố trí cho Chương trình hỗ trợ giảm nghèo nhanh và bền vững đối với 61 huyện nghèo.',
      'Chương trình hỗ trợ giảm nghèo nhanh và bền vững'],
    // A time right after "và" is the sentence's: the cut stays.
    ['Bản cập nhật phát hành qua Chương trình Người dùng nội bộ Windows và hiện tại đang được đẩy nhanh.',
      'Chương trình Người dùng nội bộ Windows'],
  ])('%s', (text, name) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual([name]);
  });
});

describe('a capitalised Chiến lược closed by its horizon names a national strategy', () => {
  it.each([
    ['Nghị quyết của Bộ Chính trị về Chiến lược cải cách hành chính đến năm 2020 được quán triệt.', 'Chiến lược cải cách hành chính đến năm 2020'],
    ['Năm 2012, nước này công bố Chiến lược xuất khẩu quốc gia giai đoạn 2012-2020, ưu tiên châu Á.', 'Chiến lược xuất khẩu quốc gia giai đoạn 2012-2020'],
    ['Kế hoạch phù hợp với Chiến lược Phát triển Kinh tế-Xã hội 2011-2020 của đất nước.', 'Chiến lược Phát triển Kinh tế-Xã hội 2011-2020'],
  ])('%s', (text, name) => {
    expect(initiativesOf(text).map((i) => [i.name, i.kind])).toEqual([[name, 'plan']]);
  });

  it.each([
    // No horizon, lower case, a strategist, a strategic partnership, a hostile strategy in quotes.
    'Việt Nam xây dựng Chiến lược thương hiệu ngành thực phẩm trong năm nay.',
    'Tỉnh cần có chiến lược phát triển du lịch đến năm 2025.',
    'Chiến lược gia người Đức trả lời: "Đương nhiên là không rồi, chúng tôi đã vượt qua nhiều trận đấu".',
    'Hai nước thiết lập quan hệ Đối tác Chiến lược Toàn diện năm 2016.',
    'Các thế lực thù địch thực hiện Chiến lược “Diễn biến hòa bình” chống phá.',
  ])('not one: %s', (text) => {
    expect(initiativesOf(text)).toEqual([]);
  });
});

describe('a long official title quoted in full after its head', () => {
  it.each([
    ['HĐND thành phố thông qua đề án “Tăng cường quản lý phương tiện giao thông đường bộ nhằm giảm ùn tắc giao thông và ô nhiễm môi trường trên địa bàn thành phố, giai đoạn 2017-2020, tầm nhìn 2030” với đa số phiếu.',
      'Tăng cường quản lý phương tiện giao thông đường bộ nhằm giảm ùn tắc giao thông và ô nhiễm môi trường trên địa bàn thành phố, giai đoạn 2017-2020, tầm nhìn 2030'],
    ['Thủ tướng vừa phê duyệt Đề án “Đào tạo, bồi dưỡng nhà giáo và cán bộ quản lý cơ sở giáo dục đáp ứng yêu cầu đổi mới căn bản, toàn diện giáo dục phổ thông giai đoạn 2016 – 2020, định hướng đến năm 2025” trong tuần.',
      'Đào tạo, bồi dưỡng nhà giáo và cán bộ quản lý cơ sở giáo dục đáp ứng yêu cầu đổi mới căn bản, toàn diện giáo dục phổ thông giai đoạn 2016 – 2020, định hướng đến năm 2025'],
  ])('%s', (text, name) => {
    expect(initiativesOf(text).map((i) => [i.name, i.kind])).toEqual([[name, 'project']]);
  });

  it.each([
    // Past the usual length, speech after a colon, or a quotation with a sentence inside, is no title.
    'Đại biểu phụ trách thẩm tra các dự án này cũng nhấn mạnh: "Cả hai dự án trên đều không bảo đảm thời hạn trình hồ sơ, chúng tôi cũng rất băn khoăn về một số nội dung của nguồn vốn cho tiểu dự án giải phóng mặt bằng còn chưa theo đơn giá năm nay, có thể còn hơn".',
    'Nhóm học sinh dự thi với dự án “Găng tay chuyển ngữ tương thích với điện thoại thông minh qua bluetooth hỗ trợ người câm điếc. Một em khác của trường chuyên tỉnh bạn thì dự thi với phần mềm học hóa học tích hợp công nghệ AR”.',
  ])('not one: %s', (text) => {
    expect(initiativesOf(text)).toEqual([]);
  });
});

describe('an action plan named by the document it implements', () => {
  it.each([
    ['Quảng Ninh cần triển khai quyết liệt Kế hoạch hành động của Tỉnh thực hiện các Nghị quyết của Chính phủ về cải thiện môi trường đầu tư kinh doanh, nâng cao năng lực cạnh tranh. Tập trung tháo gỡ khó khăn.',
      'Kế hoạch hành động của Tỉnh thực hiện các Nghị quyết của Chính phủ về cải thiện môi trường đầu tư kinh doanh, nâng cao năng lực cạnh tranh'],
    // The sentence's verb ends it.
    ['Ở cơ sở, Chương trình hành động của MTTQ thực hiện Nghị quyết Trung ương 4 khóa XII về công tác xây dựng Đảng được triển khai đồng bộ.',
      'Chương trình hành động của MTTQ thực hiện Nghị quyết Trung ương 4 khóa XII về công tác xây dựng Đảng'],
    // A comma before a function word ends it; a comma inside the topic before a verb does not.
    ['Bộ quán triệt Chương trình hành động của Chính phủ triển khai Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương khóa XII về tăng cường xây dựng, chỉnh đốn Đảng; các nhiệm vụ khác.',
      'Chương trình hành động của Chính phủ triển khai Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương khóa XII về tăng cường xây dựng, chỉnh đốn Đảng'],
    ['Thành phố triển khai Chương trình hành động tiếp tục đẩy mạnh thực hiện Nghị quyết số 36-NQ/TW của Bộ Chính trị; coi đây là trọng tâm.',
      'Chương trình hành động tiếp tục đẩy mạnh thực hiện Nghị quyết số 36-NQ/TW của Bộ Chính trị'],
  ])('%s', (text, name) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual([name]);
  });

  it('a plan named inside the implemented document is read on its own', () => {
    const text = 'Chính phủ ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết của Quốc hội về Kế hoạch phát triển kinh tế - xã hội 5 năm 2016 – 2020; các nghị quyết khác.';
    expect(initiativesOf(text).map((i) => i.name)).toEqual([
      'Chương trình hành động của Chính phủ thực hiện Nghị quyết của Quốc hội về Kế hoạch phát triển kinh tế - xã hội 5 năm 2016 – 2020',
      'Kế hoạch phát triển kinh tế - xã hội 5 năm 2016 – 2020',
    ]);
  });

  it.each([
    // A lower-case "các nghị quyết đó" names no document; a bare action programme is a description.
    'Ban Thường vụ đã ban hành Chương trình hành động của Tỉnh ủy thực hiện các nghị quyết đó.',
    'Nhắc lại Chương trình hành động của Chính phủ, Thủ tướng nêu rõ yêu cầu.',
  ])('not one: %s', (text) => {
    expect(initiativesOf(text)).toEqual([]);
  });
});

describe('one plan written with and without a comma', () => {
  it('the shorter form is an alias', () => {
    const text = 'Tỉnh công bố Quy hoạch xây dựng Công viên địa chất toàn cầu Cao nguyên đá Đồng Văn tỉnh Hà Giang đến năm 2030. Chủ tịch tỉnh khẳng định việc phê duyệt Quy hoạch xây dựng Công viên địa chất toàn cầu Cao nguyên đá, tỉnh Hà Giang đến năm 2030 có ý nghĩa.';
    const found = initiativesOf(text);
    expect(found.map((i) => [i.name, i.aliases])).toEqual([[
      'Quy hoạch xây dựng Công viên địa chất toàn cầu Cao nguyên đá Đồng Văn tỉnh Hà Giang đến năm 2030',
      ['Quy hoạch xây dựng Công viên địa chất toàn cầu Cao nguyên đá, tỉnh Hà Giang đến năm 2030'],
    ]]);
  });
});

describe('an honouring programme quoted by its own name', () => {
  it.each([
    ['Các tập thể, cá nhân được tôn vinh trong chương trình "Vinh quang Việt Nam - Dấu ấn 30 năm đổi mới" do Tổng Liên đoàn Lao động tổ chức.',
      'Vinh quang Việt Nam - Dấu ấn 30 năm đổi mới'],
    ['Hội Chữ thập đỏ vừa tổ chức chương trình “Tôn vinh người hiến máu tiêu biểu năm 2017” hưởng ứng ngày thế giới tôn vinh người hiến máu.',
      'Tôn vinh người hiến máu tiêu biểu năm 2017'],
  ])('%s', (text, name) => {
    expect(initiativesOf(text).map((i) => [i.name, i.kind])).toEqual([[name, 'programme']]);
  });

  it('a name read without quotes in such a sentence stays out', () => {
    expect(initiativesOf('Tổng cục Chính trị giới thiệu chương trình Gặp mặt, tôn vinh điển hình tiên tiến toàn quân.')).toEqual([]);
  });
});

describe('a club\'s plans and campaigns on a football page', () => {
  it.each([
    'Tuy nhiên Chelsea bất ngờ lên kế hoạch nẫng tay trên “Quỷ đỏ” vụ tiền đạo người Tây Ban Nha.',
    'Là chủ nhà, đội bóng này chắc chắn đã có sự chuẩn bị cho chiến dịch “săn vàng” trên sân nhà.',
    'Đám cưới của họ khởi đầu cho một phong trào “WAGS” khi vợ và bạn gái của các cầu thủ trở thành tâm điểm.',
  ])('not one: %s', (text) => {
    expect(initiativesOf(text)).toEqual([]);
  });
});

describe('an unquoted name cut before the connective its last word needs', () => {
  it.each([
    ['Trong đó có mô hình Nhà tạm lánh dành cho phụ nữ bị bạo lực gia đình của Trung tâm.', 'Nhà tạm lánh'],
    ['Bức ảnh đoạt giải Cuộc thi nhiếp ảnh quốc tế dành cho trẻ em của năm nay.', 'Cuộc thi nhiếp ảnh quốc tế'],
  ])('%s', (text, name) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual([name]);
  });

  it('a name of one word once the dangling one is dropped is none', () => {
    expect(initiativesOf('Nhiều nơi có mô hình NTM gắn với du lịch sinh thái.')).toEqual([]);
  });
});

describe('a road or a line after a lower-case "dự án"', () => {
  it.each([
    ['Hai bên đẩy mạnh việc triển khai dự án Tuyến đường cao tốc Hà Nội-Vientiane; tiếp tục tìm nguồn vốn.', 'Tuyến đường cao tốc Hà Nội-Vientiane'],
    ['Nhiều công trình trọng điểm, trong đó có dự án Đường dây 500kV mạch 3 Vũng Áng - Dốc Sỏi - Pleku 2, đã khởi công.',
      'Đường dây 500kV mạch 3 Vũng Áng - Dốc Sỏi - Pleku 2'],
  ])('%s', (text, name) => {
    expect(initiativesOf(text).map((i) => [i.name, i.kind])).toEqual([[name, 'project']]);
  });
});

describe('a capitalised "Mô hình" or "Phong trào" in mid-text', () => {
  it.each([
    // A sentence glued to a caption, a party, a country's development model: no named model or movement.
    'Một hộ trồng táo xanh tại Thuần Mỹ, Ba Vì. Ảnh: Diệu Thu Mô hình đầu tiên Thuần Mỹ triển khai vận động tích tụ ruộng đất.',
    'Tình cảm đó hiện nay được hiện thân bởi Phong trào 5 sao chống EU ở Italy.',
    'Sau khi liên minh tiến lên và Phong trào dân chủ giành chiến thắng lớn ở cuộc bầu cử Quốc hội.',
  ])('not one: %s', (text) => {
    expect(initiativesOf(text)).toEqual([]);
  });

  it('a quoted name after it still is one', () => {
    expect(initiativesOf('Các địa phương đẩy mạnh Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” trong năm.').map((i) => i.name))
      .toEqual(['Toàn dân đoàn kết xây dựng đời sống văn hóa']);
  });
});

describe('a capitalised-head name with a lower-case list, closed by its clause', () => {
  it.each([
    ['Sở Khoa học và Công nghệ xây dựng Đề án bổ sung nhiệm vụ nghiên cứu, bảo tồn và phát triển các loài cây dược liệu của tỉnh. Sở Công thương sẽ phối hợp.',
      'Đề án bổ sung nhiệm vụ nghiên cứu, bảo tồn và phát triển các loài cây dược liệu của tỉnh'],
    ['Bộ sẽ tiếp tục triển khai Đề án xây dựng, phát triển chuỗi cung ứng nông sản thực phẩm an toàn; đẩy mạnh các chương trình khác.',
      'Đề án xây dựng, phát triển chuỗi cung ứng nông sản thực phẩm an toàn'],
    // A place after a comma is not an item of the list.
    ['Gói thầu số 8 thuộc Dự án Tu bổ, tôn tạo di tích đền Kiếp Bạc, thị xã Chí Linh; gói thầu khác.', 'Dự án Tu bổ, tôn tạo di tích đền Kiếp Bạc'],
  ])('%s', (text, name) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual([name]);
  });

  it('a proper name before the comma closes the name: what follows is the sentence', () => {
    const text = 'Hai bên nhằm triển khai thực chất Kế hoạch hành động chiến lược Việt Nam - Đức, tăng cường hiểu biết, tin cậy lẫn nhau.';
    expect(initiativesOf(text).map((i) => i.name)).toEqual(['Kế hoạch hành động chiến lược Việt Nam - Đức']);
  });
});

describe('degree courses, forums and "loại vừa"', () => {
  it.each([
    'Học bổng chương trình Cao học có giá trị 2.500 NZD mỗi năm.',
    'Học bổng chương trình Thạc Sỹ có giá trị 5.000 NZD mỗi năm.',
    'Cũng trong khuôn khổ chương trình Diễn đàn, Thủ tướng đã trao tặng món quà.',
  ])('not one: %s', (text) => {
    expect(initiativesOf(text)).toEqual([]);
  });

  it('"vừa" after "loại" is a size, not "just": the name goes on', () => {
    expect(initiativesOf('Khoản tài trợ sẽ được phân bổ cho Dự án Phát triển Các Đô thị loại vừa (MCDP) trong năm.').map((i) => i.name))
      .toEqual(['Dự án Phát triển Các Đô thị loại vừa']);
  });
});

describe('a quoted title of a piece of writing that opens with a head word', () => {
  it('is no initiative', () => {
    expect(initiativesOf('Anh đưa bản đồ lên mạng nhằm minh họa cho bài viết “Dự án đường sắt đô thị Hà Nội” trên trang bách khoa mở.')).toEqual([]);
  });
  it('a quoted capitalised head elsewhere still names one', () => {
    expect(initiativesOf('Cần tập trung xây dựng “Đề án xuất khẩu sản phẩm chăn nuôi ở dạng thịt đông lạnh” trong năm.').map((i) => i.name))
      .toEqual(['Đề án xuất khẩu sản phẩm chăn nuôi ở dạng thịt đông lạnh']);
  });
});

describe('a capitalised-head name read through "đổi mới"', () => {
  it('runs on with its list to the end of the clause', () => {
    const text = 'Bộ trưởng làm việc với Phó Thủ tướng về khảo sát, xây dựng Đề án đổi mới cơ chế quản lý, cơ chế tài chính, tổ chức lại hệ thống đơn vị sự nghiệp công lập. Nhiều nơi đã làm.';
    expect(initiativesOf(text).map((i) => i.name)).toEqual([
      'Đề án đổi mới cơ chế quản lý, cơ chế tài chính, tổ chức lại hệ thống đơn vị sự nghiệp công lập',
    ]);
  });
  it('cut at a connective or an unclosed list, it is only a part of a name: none', () => {
    expect(initiativesOf('Theo Phó Thủ tướng, Đề án đổi mới cơ chế hoạt động của đơn vị sự nghiệp công lập trình Hội nghị Trung ương lần thứ 6.')).toEqual([]);
  });
});

describe('two proper names joined by "và" close a capitalised-head name together', () => {
  it.each([
    ['Thủ tướng yêu cầu phân kỳ đầu tư Dự án nâng cấp tuyến đường bộ nối 2 tỉnh Phú Yên và Gia Lai, đoạn trên địa bàn tỉnh.',
      'Dự án nâng cấp tuyến đường bộ nối 2 tỉnh Phú Yên và Gia Lai'],
    ['Hai bên triển khai Chương trình hợp tác giữa Việt Nam và Belarus trong các lĩnh vực kinh tế, khoa học và văn hóa.',
      'Chương trình hợp tác giữa Việt Nam và Belarus'],
    ['Thứ trưởng sang làm việc, triển khai Kế hoạch hợp tác giữa hai Bộ Ngoại giao Việt Nam và Nga giai đoạn 2017-2018, Thứ trưởng Nga đã đến.',
      'Kế hoạch hợp tác giữa hai Bộ Ngoại giao Việt Nam và Nga giai đoạn 2017-2018'],
    // A body after "và" is another party of the sentence; a lower-case word after the capitals leaves the first cut.
    ['Ông làm việc về Dự án nâng cấp tuyến đường bộ nối tỉnh Phú Yên và Bộ Giao thông vận tải đã thống nhất.',
      'Dự án nâng cấp tuyến đường bộ nối tỉnh Phú Yên'],
    ['Hai bên bàn Chương trình hợp tác giữa Việt Nam và Lào mở rộng thị trường, tăng kim ngạch.', 'Chương trình hợp tác giữa Việt Nam'],
  ])('%s', (text, name) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual([name]);
  });

  it('the route written with a dash is the same project', () => {
    const text = 'Theo báo cáo, Dự án nâng cấp tuyến đường bộ nối 2 tỉnh Phú Yên và Gia Lai, đoạn qua tỉnh, chậm tiến độ. Bộ đề nghị bố trí vốn cho Dự án nâng cấp tuyến đường nối Phú Yên - Gia Lai trong năm.';
    const found = initiativesOf(text);
    expect(found.map((i) => [i.name, i.aliases])).toEqual([
      ['Dự án nâng cấp tuyến đường bộ nối 2 tỉnh Phú Yên và Gia Lai', ['Dự án nâng cấp tuyến đường nối Phú Yên - Gia Lai']],
    ]);
  });
});

describe('a capitalised head written again in lower case inside its name', () => {
  it('the outer words describe the inner name: no initiative from them', () => {
    expect(initiativesOf('Hai lần Thủ tướng có ý kiến Dự án đầu tư dự án nâng cấp tuyến đường bộ nối hai tỉnh, đoạn trên địa phận tỉnh.')).toEqual([]);
  });
  it('a public work before the lower-case head keeps its name', () => {
    expect(initiativesOf('Báo cáo về việc tách nội dung bồi thường của Dự án Cảng hàng không quốc tế Long Thành thành dự án thành phần.').map((i) => i.name))
      .toEqual(['Dự án Cảng hàng không quốc tế Long Thành']);
  });
});

describe('a capitalised-head name run through connectives to the phase that closes its clause', () => {
  it.each([
    ['Thủ tướng vừa phê duyệt Đề án tăng cường năng lực quản lý và thực thi có hiệu quả pháp luật bảo hộ quyền tác giả, quyền liên quan đến năm 2020, định hướng đến năm 2025.',
      'Đề án tăng cường năng lực quản lý và thực thi có hiệu quả pháp luật bảo hộ quyền tác giả, quyền liên quan đến năm 2020, định hướng đến năm 2025'],
    ['Hoạt động này chưa được quy định trong Quy hoạch chi tiết bảo tồn và phát huy giá trị di sản vịnh Hạ Long đến năm 2020. Doanh nghiệp phản đối.',
      'Quy hoạch chi tiết bảo tồn và phát huy giá trị di sản vịnh Hạ Long đến năm 2020'],
    ['Tỉnh đã hoàn thành Chương trình công tác của Chính phủ năm 2015 được giao.', 'Chương trình công tác của Chính phủ năm 2015'],
  ])('%s', (text, name) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual([name]);
  });

  it.each([
    // After a comma, a verb after the phase belongs to the next clause.
    ['Theo Quy hoạch tổng thể phát triển vật liệu xây dựng của Thủ tướng Chính phủ, nhu cầu cát xây dựng của nước ta năm 2015 là 92 triệu m3.',
      'Quy hoạch tổng thể phát triển vật liệu xây dựng'],
    // A verb before the phase: the sentence's time.
    ['Tỉnh thực hiện Chương trình phát triển nhà ở xã hội và hạ tầng đô thị đã hoàn thành đến năm 2020.', 'Chương trình phát triển nhà ở xã hội'],
  ])('keeps the cut: %s', (text, name) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual([name]);
  });

  it('another document named inside the run is not joined to the first', () => {
    expect(initiativesOf('Quy hoạch phù hợp với Chiến lược quy hoạch tổng thể phát triển du lịch Việt Nam và điều chỉnh quy hoạch chung thành phố đến năm 2020, tầm nhìn đến năm 2030.'))
      .toEqual([]);
  });
});

describe('a plan named by its document number', () => {
  it('ends at the number, however short its words', () => {
    expect(initiativesOf('Đây là yêu cầu đặt ra trong Kế hoạch liên tịch số 02/KHLT/UBND-UBMTTQ của UBND TP Hà Nội và Ủy ban MTTQ thành phố về tổ chức hội nghị năm 2017.').map((i) => i.name))
      .toEqual(['Kế hoạch liên tịch số 02/KHLT/UBND-UBMTTQ']);
  });
  it('a number with no words before it is no name', () => {
    expect(initiativesOf('Công an tỉnh thực hiện Kế hoạch số 15/KH-UBND của UBND tỉnh về bảo đảm an ninh.')).toEqual([]);
  });
});

describe('yearly plans written with "năm" and their year', () => {
  it('two years are two plans', () => {
    const text = 'Quốc hội thảo luận dự kiến Chương trình xây dựng luật, pháp lệnh năm 2018 và điều chỉnh Chương trình xây dựng luật, pháp lệnh năm 2017.';
    expect(initiativesOf(text).map((i) => [i.name, i.aliases])).toEqual([
      ['Chương trình xây dựng luật, pháp lệnh năm 2018', []],
      ['Chương trình xây dựng luật, pháp lệnh năm 2017', []],
    ]);
  });
});

describe('a contest\'s foreign name with an acronym and its year', () => {
  it.each([
    ['Em được Bộ chọn tham dự cuộc thi Intel ISEF 2017 và giành giải Ba.', ['Intel ISEF 2017']],
    // No year: a foreign name entered or held is no edition ("tại cuộc thi The Face mùa một").
    ['Sau thành công từ cuộc thi The Face mùa một, cô tiếp tục xuất hiện.', []],
    ['Một vài thí sinh nổi bật tại cuộc thi Các thí sinh sẽ tiếp tục các hoạt động.', []],
  ])('%s', (text, names) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual(names);
  });
});

describe('"ở" after a lower-case head\'s unquoted name', () => {
  it.each([
    ['Tỉnh nhân rộng mô hình Hệ thống thông tin đất đai đa mục tiêu ở 3 địa điểm của tỉnh.', ['Hệ thống thông tin đất đai đa mục tiêu']],
    // A capitalised head's official name holds its scope; "nhà ở" is one word.
    ['Bộ ban hành Kế hoạch hành động khẩn cấp bảo tồn các loài linh trưởng ở Việt Nam đến năm 2025, tầm nhìn 2030.',
      ['Kế hoạch hành động khẩn cấp bảo tồn các loài linh trưởng ở Việt Nam đến năm 2025, tầm nhìn 2030']],
    ['Tỉnh nhân rộng mô hình Nhà ở an toàn cho người nghèo tại các xã.', ['Nhà ở an toàn']],
  ])('%s', (text, names) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual(names);
  });
});

describe('an agenda named by its horizon year', () => {
  it.each([
    ['Việt Nam cam kết thực hiện Chương trình Nghị sự 2030 vì sự phát triển bền vững của Liên hợp quốc.', ['Chương trình Nghị sự 2030']],
    // Named inside an action plan, it is read on its own.
    ['Thủ tướng đã ban hành Kế hoạch hành động quốc gia để thực hiện Chương trình Nghị sự 2030 về Phát triển Bền vững, với mục tiêu loại bỏ lao động trẻ em.',
      ['Kế hoạch hành động quốc gia để thực hiện Chương trình Nghị sự 2030 về Phát triển Bền vững', 'Chương trình Nghị sự 2030']],
    // ... and is no short form of a plan that names it.
    ['Tỉnh ban hành Chương trình hành động thực hiện Chương trình nghị sự vì sự phát triển bền vững đến năm 2030. Chương trình này bám sát Chương trình nghị sự 2030 của Liên hợp quốc.',
      ['Chương trình hành động thực hiện Chương trình nghị sự vì sự phát triển bền vững đến năm 2030', 'Chương trình nghị sự 2030']],
    // A meeting's agenda is no programme.
    ['Hội nghị thông qua Chương trình nghị sự của kỳ họp thứ ba.', []],
  ])('%s', (text, names) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual(names);
  });
});

describe('a programme that is a performance', () => {
  it.each([
    ['Các đoàn hợp xướng sẽ tham gia trình diễn trong chương trình “Giai điệu quốc tế” vào các ngày 8 và 9/6 tại phố cổ.', []],
    // The "trình" of "chương trình" before "Diễn đàn" is no performance.
    ['Trong khuôn khổ chương trình Diễn đàn, Thủ tướng trao tặng món quà của Chương trình Thương hiệu Thực phẩm Việt Nam cho khách.',
      ['Chương trình Thương hiệu Thực phẩm Việt Nam']],
  ])('%s', (text, names) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual(names);
  });
});

describe('a sentence-case name after a lower-case head, run through its scope to the full stop', () => {
  it.each([
    ['Tỉnh cấp kinh phí cho Sở thực hiện đề án Phát triển công nghệ thông tin trong hoạt động cơ quan nhà nước tỉnh.',
      ['Phát triển công nghệ thông tin trong hoạt động cơ quan nhà nước tỉnh']],
    ['UBND thành phố vừa phê duyệt đề án Nâng cao hiệu quả quản lý thuế trong kinh doanh bán lẻ xăng dầu trên địa bàn.',
      ['Nâng cao hiệu quả quản lý thuế trong kinh doanh bán lẻ xăng dầu trên địa bàn']],
    // A verb, a number or a capital before the full stop is the sentence going on: the cut stands.
    ['Huyện thực hiện chương trình Phát triển kinh tế biển của tỉnh đã đạt kết quả tốt.', ['Phát triển kinh tế biển']],
    ['Xã triển khai đề án Hỗ trợ nông dân làm giàu trong năm 2017.', ['Hỗ trợ nông dân làm giàu']],
    ['Sở thực hiện đề án Nâng cao chất lượng giáo dục trên địa bàn tỉnh Quảng Nam.', ['Nâng cao chất lượng giáo dục']],
    // Its owner after "của" is not its name.
    ['Bệnh viện tham gia chương trình Sức khỏe Việt Nam của ngành y tế.', ['Sức khỏe Việt Nam']],
    // A movement's name is a slogan: its scope stays out.
    ['Xã phát động phong trào Toàn dân bảo vệ an ninh Tổ quốc trong các khu dân cư.', ['Toàn dân bảo vệ an ninh Tổ quốc']],
  ])('%s', (text, names) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual(names);
  });
});

describe('a capitalised action month named by its cause', () => {
  it.each([
    ['UBND thành phố đã tổ chức phát động Tháng hành động vì trẻ em năm 2017 với chủ đề “Triển khai Luật trẻ em”.',
      ['Tháng hành động vì trẻ em năm 2017']],
    ['Bộ phát động Tháng hành động về An toàn vệ sinh lao động năm 2017 tại Hà Nội.',
      ['Tháng hành động về An toàn vệ sinh lao động năm 2017']],
    ['Hưởng ứng Tháng hành động quốc gia về phòng, chống HIV/AIDS, công an ra quân.',
      ['Tháng hành động quốc gia về phòng, chống HIV/AIDS']],
    // A time word after the cause is the sentence's, not the name's.
    ['Nhân dịp Tháng hành động vì trẻ em năm nay, tỉnh tặng quà.', ['Tháng hành động vì trẻ em']],
    // No cause, a lower-case head (a description), or a sentence-initial capital: no name.
    ['Trong Tháng hành động này, xã ra quân dọn vệ sinh.', []],
    ['Hưởng ứng tháng hành động vì an toàn thực phẩm năm 2017, xã ra quân.', []],
    ['Tháng hành động vì trẻ em năm 2017 diễn ra từ ngày 1/6.', []],
  ])('%s', (text, names) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual(names);
  });
});

describe('round 27b: a friendship year named by the two states (Năm đoàn kết hữu nghị Việt Nam - Lào 2017)', () => {
  it.each([
    ['Nhằm thiết thực kỷ niệm Năm đoàn kết hữu nghị Việt Nam-Lào, Lào-Việt Nam 2017, ngày 14/7 tại thủ đô Vientiane, hai bên giao lưu. '
      + 'Hai nước đang tổ chức hàng loạt hoạt động kỷ niệm Năm đoàn kết hữu nghị Lào-Việt Nam, Việt Nam-Lào. Trung tướng khẳng định.',
      ['Năm đoàn kết hữu nghị Việt Nam-Lào, Lào-Việt Nam 2017']],
    ['Hai bên nhất trí Năm Hữu nghị Việt Nam - Ấn Độ 2017 sẽ có nhiều hoạt động.', ['Năm Hữu nghị Việt Nam - Ấn Độ 2017']],
    ['Tiếp tục các hoạt động kỷ niệm Năm đoàn kết hữu nghị 2017; tuyên truyền sâu rộng.', ['Năm đoàn kết hữu nghị 2017']],
    // "Việt" is Việt Nam written short: one entry, named by the longest form
    ['Phối hợp tổ chức tốt Năm đoàn kết hữu nghị Việt-Lào 2017 Về định hướng hợp tác. Đưa ra định hướng tổ chức tốt Năm đoàn kết hữu nghị Việt Nam-Lào 2017 kỷ niệm 55 năm.',
      ['Năm đoàn kết hữu nghị Việt Nam-Lào 2017']],
    // no pair and no year: a year of friendship in general, not the named one
    ['Năm hữu nghị của hai nước đã khép lại.', []],
    // a lower-case "năm" is the word year
    ['Một năm hữu nghị Việt Nam - Lào 2017 đầy ý nghĩa.', []],
  ])('%s', (text, names) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual(names);
  });
});

describe('round 28: a nationwide movement named with no head word', () => {
  it.each([
    ['Bộ trưởng phát động Tết trồng cây trong toàn ngành Giáo dục đầu năm mới.', [['Tết trồng cây', 'movement']]],
    ['Trên đường đi tham gia Tết trồng cây do trường phát động, em nhặt được ví.', [['Tết trồng cây', 'movement']]],
    // its slogan written on after it is part of the name
    ['Quận Đống Đa phát động Tết trồng cây đời đời nhớ ơn Bác Hồ năm nay.', [['Tết trồng cây đời đời nhớ ơn Bác Hồ', 'movement']]],
    // quoted, the campaign verb reads it once (and keeps its own kind)
    ['Tỉnh tổ chức lễ hưởng ứng “Tết trồng cây đời đời nhớ ơn Bác Hồ” do Chủ tịch nước phát động.',
      [['Tết trồng cây đời đời nhớ ơn Bác Hồ', 'campaign']]],
    // lower case it is the season's custom, not the movement's name
    ['Mùa xuân là tết trồng cây của cả làng.', []],
  ] as [string, [string, string][]][])('%s', (text, expected) => {
    expect(initiativesOf(text).map((i) => [i.name, i.kind])).toEqual(expected);
  });
});

describe('round 28: a centre after a lower-case "dự án" is a site, not a project', () => {
  it.each([
    'Tỉnh kêu gọi đầu tư dự án Trung tâm logistics Cái Mép Hạ trong năm nay.',
    'Tỉnh hỗ trợ nhà đầu tư triển khai dự án Trung tâm nghề cá tỉnh Bà Rịa-Vũng Tàu.',
    'Đây là đơn vị hưởng lợi từ dự án Trung tâm sản xuất lúa giống chất lượng cao xã Khánh Trung.',
  ])('%s', (text) => {
    expect(initiativesOf(text)).toEqual([]);
  });

  it('a capitalised Dự án still names its centre', () => {
    expect(initiativesOf('Đây là hợp phần của Dự án Trung tâm Dữ liệu quốc gia, giúp tiết kiệm chi phí.').map((i) => i.name))
      .toEqual(['Dự án Trung tâm Dữ liệu quốc gia']);
  });
});

describe('the syllable "Y" with its capital inside a name', () => {
  it.each([
    ['Bộ ban hành Kế hoạch phát triển ngành Y học cổ truyền đến năm 2025 tại các tỉnh.', ['Kế hoạch phát triển ngành Y học cổ truyền đến năm 2025']],
    // (another single capital before a lower-case word is still no name: a film's title, then the sentence)
    ['Nhiều khán giả xem Kế hoạch A nức nở khóc thương các thành viên.', []],
  ])('%s', (text, names) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual(names);
  });
});

describe('round 37: a name cut at a number that goes on as a quantity', () => {
  it.each([
    'Công ty dược đồng ý viện trợ thuốc theo chương trình Tasigna Copay tức bệnh nhân đồng chi trả 4%, tương đương 42 triệu đồng.',
    'Hệ thống có công suất 4.280 m3/ngày đêm của Dự án xử lý chất thải rắn sinh hoạt công suất 3.000 tấn/ngày.',
    'Thông tư chưa quy định cụ thể tiêu chí xác định Dự án tăng năng lực sản xuất ít nhất 20%. Điều này gây khó khăn.',
    'Theo đó, Chương trình thanh tra cá da trơn nhập khẩu sớm hơn 1 tháng là theo yêu cầu của Quốc hội.',
    'Tập đoàn xây dựng Đề án chuyển Trung tâm Điều độ hệ thống điện Quốc gia thành Công ty trách nhiệm hữu hạn một thành viên Vận hành hệ thống điện.',
  ])('%s', (text) => {
    expect(initiativesOf(text)).toEqual([]);
  });

  it.each([
    // (a code number, a document number and a year stay: they are the name's)
    ['Sau một năm rưỡi Bộ GTVT triển khai Đề án 24, nhiều ý kiến cho rằng xe hợp đồng còn bất cập.', 'Đề án 24'],
    ['Theo đó, Dự án đường dây 500kV mạch 3 sẽ hoàn thành trong vòng 18 tháng.', 'Dự án đường dây 500kV mạch 3'],
    ['Tỉnh ban hành Kế hoạch hành động số 45/KH-UBND ngày 05/8/2011 của UBND tỉnh về việc thực hiện Nghị quyết.', 'Kế hoạch hành động số 45/KH-UBND'],
  ])('%s', (text, name) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual([name]);
  });
});

describe('round 37: the press\'s short forms of public works after a lower-case "dự án"', () => {
  it.each([
    ['Ông nói về khoản vốn 250 triệu USD phát sinh cho dự án ĐSĐT Cát Linh - Hà Đông, chiều 10/5.', 'ĐSĐT Cát Linh - Hà Đông'],
    ['Bộ nêu các kiến nghị về cơ chế di dân, tái định cư để thực hiện dự án CHK Long Thành. Ngoài ra, Bộ đề xuất thêm.', 'CHK Long Thành'],
    ['Công tác tổ chức đấu thầu tại dự án BVĐK tỉnh Lạng Sơn (dự án chuyển tiếp) còn nhiều sai phạm.', 'BVĐK tỉnh Lạng Sơn'],
  ])('%s', (text, name) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual([name]);
  });

  it.each([
    // (a short form with no named place after it names no work)
    'Các nhà thầu dự án ĐSĐT đều chậm tiến độ trong năm qua.',
    'Nhà đầu tư dự án CHK vẫn chưa được chọn.',
  ])('%s', (text) => {
    expect(initiativesOf(text)).toEqual([]);
  });
});

describe('round 37: a student\'s entry named by its author, a syllabus and a degree course', () => {
  it.each([
    'Phạm Huy là tác giả của đề án “Cánh tay robot dành cho người khuyết tật” cũng bày tỏ vui mừng.',
    'Sau nhiều năm mày mò, dự án “Cánh tay robot cho người khuyết tật” của Phạm Huy đã nhận giải ba.',
    'Đề thi được thiết kế dựa trên chủ trương bám sát chương trình SGK Lịch sử 12, các câu hỏi đều quen thuộc.',
    'Một năm sau, Minh tiếp tục nhận học bổng tiến sĩ chương trình Hóa hữu cơ tại ĐH Pennsylvania.',
    'Anh nhận học bổng tiến sỹ chương trình Hóa hữu cơ tại ĐH Pennsylvania.',
    'Chị nhận học bổng thạc sỹ chương trình Quản trị kinh doanh tại Anh.',
  ])('%s', (text) => {
    expect(initiativesOf(text)).toEqual([]);
  });

  it.each([
    // (a body owns the project; a programme is named after other words)
    ['Các đối tác đã tổ chức lễ khởi động dự án “Con thuyền mơ ước” của Trung tâm MCD cho thanh thiếu niên.', 'Con thuyền mơ ước'],
    ['Bộ Công Thương triển khai Chương trình Xúc tiến thương mại quốc gia năm 2017 tại các huyện.', 'Chương trình Xúc tiến thương mại quốc gia năm 2017'],
  ])('%s', (text, name) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual([name]);
  });
});

describe('round 37: a public work named by a place of two capitalised words after its own word', () => {
  it.each([
    ['Quỹ OFID đã ký Hiệp định vay tài trợ cho Dự án Cầu Đầm Vạc (Dam Vac Bridge Project) với khoản vay 21,8 triệu USD.', 'Dự án Cầu Đầm Vạc'],
  ])('%s', (text, name) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual([name]);
  });

  it.each([
    // (a person's name after a capitalised "Dự án" is still no name of a work)
    'Theo báo cáo, Dự án Nguyễn Văn Minh đang được triển khai.',
  ])('%s', (text) => {
    expect(initiativesOf(text)).toEqual([]);
  });
});

describe('round 37: "chính là" after a name is the sentence', () => {
  it.each([
    'Chính quyền điện tử được ủng hộ và Đề án Thành phố thông minh chính là chìa khóa giải mã những bất cập.',
  ])('%s', (text) => {
    expect(initiativesOf(text).map((i) => i.name)).not.toContain('Đề án Thành phố thông minh chính');
  });
});

describe('round 37: an unquoted name that ends on a plural noun was cut inside a description', () => {
  it.each([
    'Bộ yêu cầu các tỉnh xây dựng Kế hoạch triển khai thực hiện các quy định tại chỉ thị này. Hàng năm tổng hợp báo cáo.',
    'Công đoàn tiếp tục thực hiện Đề án đầu tư xây dựng các thiết chế của công đoàn tại các KCN-KCX trong năm nay.',
    'Sở đề nghị cung cấp Quy hoạch Cảng Hàng không quốc tế Tân Sơn Nhất các thời kỳ (1995-2017) để nghiên cứu.',
  ])('%s', (text) => {
    expect(initiativesOf(text)).toEqual([]);
  });

  it.each([
    // (a quoted name may end on one; a plural further inside the name does not count)
    ['Tỉnh phát động phong trào thi đua “Doanh nghiệp sản xuất, kinh doanh giỏi, hoàn thành vượt mức các chỉ tiêu” năm 2017.',
      'Doanh nghiệp sản xuất, kinh doanh giỏi, hoàn thành vượt mức các chỉ tiêu'],
    ['Bộ đang triển khai Đề án hỗ trợ các doanh nghiệp khởi nghiệp sáng tạo quốc gia tại nhiều tỉnh.', 'Đề án hỗ trợ các doanh nghiệp khởi nghiệp sáng tạo quốc gia'],
  ])('%s', (text, name) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual([name]);
  });
});

describe('round 37: a road chainage glued by "+" is one word of the name', () => {
  it.each([
    ['Nhà thầu thi công công trình thuộc Dự án Sửa chữa hư hỏng mặt đường đoạn Km213+608-Km215+775, tỉnh Hà Giang.',
      'Dự án Sửa chữa hư hỏng mặt đường đoạn Km213+608-Km215+775'],
  ])('%s', (text, name) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual([name]);
  });

  it.each([
    // (no name is cut at the "+": a chainage alone after a lower-case head names nothing)
    'Xe tải gặp nạn tại đoạn Km213+608 của dự án mở rộng quốc lộ.',
  ])('%s', (text) => {
    expect(initiativesOf(text)).toEqual([]);
  });
});

describe('round 38 (initrec): themed years after a plan or a theme, a plan\'s area after a short lead', () => {
  it.each([
    ['Bộ tổ chức hội nghị triển khai kế hoạch Năm cao điểm hành động vệ sinh ATTP trong lĩnh vực nông nghiệp 2017, do Bộ chủ trì.',
      'Năm cao điểm hành động vệ sinh ATTP trong lĩnh vực nông nghiệp 2017'],
    ['Hội nghị triển khai kế hoạch Năm cao điểm hành động vệ sinh an toàn thực phẩm (ATTP) trong lĩnh vực nông nghiệp 2017 diễn ra hôm qua.',
      'Năm cao điểm hành động vệ sinh an toàn thực phẩm (ATTP) trong lĩnh vực nông nghiệp 2017'],
    ['Liên đoàn đôn đốc công nhân thực hiện tốt chủ đề năm 2017 “Kỷ cương hành chính” của thành phố.', 'Kỷ cương hành chính'],
    ['Với chủ đề của năm 2017 là “Vì lợi ích đoàn viên”, công đoàn sẽ thực hiện nhiều việc.', 'Vì lợi ích đoàn viên'],
    ['Trong thời gian tới, thành phố sẽ lập Đề án thu phí phương tiện cơ giới vào một số khu vực trên địa bàn thành phố.',
      'Đề án thu phí phương tiện cơ giới vào một số khu vực trên địa bàn thành phố'],
    ['Thành phố khởi công Dự án Đầu tư xây dựng tuyến đường bộ ven biển đoạn qua địa bàn thành phố Hải Phòng và 9 km trên địa bàn tỉnh Thái Bình.',
      'Dự án Đầu tư xây dựng tuyến đường bộ ven biển đoạn qua địa bàn thành phố Hải Phòng và 9 km trên địa bàn tỉnh Thái Bình'],
  ])('%s', (text, name) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual([name]);
  });

  it.each([
    // (times and a tourism year are no theme; a verb before the year leaves it; a lower-case quote is no theme)
    'Các trường xây dựng kế hoạch Năm học 2017 và gửi về Sở.',
    'Tỉnh ban hành kế hoạch Năm du lịch quốc gia 2017 với nhiều sự kiện.',
    'Ông cho biết kế hoạch Năm cao điểm đã được triển khai từ năm 2017.',
    'Hội nghị bàn chủ đề năm 2017 “kỷ cương” và nhiều việc khác.',
  ])('%s', (text) => {
    expect(initiativesOf(text)).toEqual([]);
  });

  it.each([
    // (a lead with a verb or a function word in it is the sentence, not the area)
    ['Tỉnh triển khai Đề án phát triển du lịch cộng đồng vào đầu năm sau trên địa bàn tỉnh Lào Cai.',
      'Đề án phát triển du lịch cộng đồng vào đầu năm sau trên địa bàn tỉnh Lào Cai'],
  ])('%s', (text, name) => {
    expect(initiativesOf(text).map((i) => i.name)).not.toContain(name);
  });
});

describe('round 38 (initrec): a list of quoted examples after a plural described head and "như"', () => {
  it.each([
    ['Bất chấp nhiều chiến dịch khuyến khích và hỗ trợ khởi nghiệp của chính phủ như “Sản xuất tại Ấn Độ” (Made in India), “Ấn Độ Khởi nghiệp”…, thực tế cho thấy điều ngược lại.',
      ['Sản xuất tại Ấn Độ', 'Ấn Độ Khởi nghiệp']],
    ['Thành phố tập trung thực hiện các dự án có tính đột phá để tạo ra chuỗi sản phẩm du lịch mới như “Xây dựng làng quê - làng nghề sinh thái Cẩm Kim,” “Phát triển bền vững xã đảo Tân Hiệp giai đoạn 2017 - 2025”.',
      ['Xây dựng làng quê - làng nghề sinh thái Cẩm Kim', 'Phát triển bền vững xã đảo Tân Hiệp giai đoạn 2017 - 2025']],
    ['Xuất hiện ngày càng nhiều mô hình hiến máu mới tại các địa phương, như: “Ngày hiến máu lớn”, “Tuyến phố hiến máu”… Nhờ đó đã cứu sống người bệnh.',
      ['Ngày hiến máu lớn', 'Tuyến phố hiến máu']],
  ])('%s', (text, names) => {
    expect(initiativesOf(text).map((i) => i.name)).toEqual(names);
  });

  it.each([
    // (films named as the category, one quoted comparison, goods, a lower-case list, no plural before the head)
    'Nam diễn viên góp mặt trong nhiều dự án phim lớn như "Võ lâm ngoại sử", "Tứ đại danh bổ".',
    'Theo ông, các chương trình hiện nay giống như “Nồi lẩu thập cẩm”.',
    'Công ty tung ra nhiều chiến dịch quảng bá sản phẩm như “Cà phê Sạch”, “Trà Xanh Tươi”.',
    'Đoàn viên tham gia các phong trào như “thanh niên tình nguyện”, “tiếp sức mùa thi”.',
    'Ông từng làm dự án lớn như “Đại siêu thị Miền Nam”, “Tổ hợp Sông Hồng”.',
  ])('%s', (text) => {
    expect(initiativesOf(text)).toEqual([]);
  });
});

describe('round 38 (initrec): one name written with "thành phố" and with "TP." is one entry', () => {
  it('merges the two city forms as aliases', () => {
    const found = initiativesOf('Thành phố khởi công Dự án Đầu tư xây dựng tuyến đường bộ ven biển đoạn qua địa bàn thành phố Hải Phòng và 9 km trên địa bàn tỉnh Thái Bình. '
      + 'Vốn góp của Nhà nước cho Dự án Đầu tư xây dựng tuyến đường bộ ven biển đoạn qua địa bàn TP. Hải Phòng và 9 km trên địa bàn tỉnh Thái Bình là 411 tỷ đồng.');
    expect(found.map((i) => [i.name, i.aliases])).toEqual([[
      'Dự án Đầu tư xây dựng tuyến đường bộ ven biển đoạn qua địa bàn thành phố Hải Phòng và 9 km trên địa bàn tỉnh Thái Bình',
      ['Dự án Đầu tư xây dựng tuyến đường bộ ven biển đoạn qua địa bàn TP. Hải Phòng và 9 km trên địa bàn tỉnh Thái Bình']]]);
  });

  it('keeps two cities apart', () => {
    const found = initiativesOf('Tỉnh triển khai Đề án thu phí sử dụng tạm thời lòng đường, hè phố trên địa bàn thành phố Hải Dương. '
      + 'Tỉnh cũng xem xét Đề án thu phí sử dụng tạm thời lòng đường, hè phố trên địa bàn TP. Chí Linh trong năm nay.');
    expect(found.length).toBe(2);
  });
});

describe('round 41: a programme closed by its phase is no show, even on a showbiz page', () => {
  const page = 'Bản tin được phát sóng trên kênh truyền hình, với nhiều phóng sự và khán giả theo dõi. ';
  it.each([
    [`${page}Hai bên ký kết Chương trình phối hợp tuyên truyền về phong trào công nhân giai đoạn 2017 - 2022.`,
      [['Chương trình phối hợp tuyên truyền về phong trào công nhân giai đoạn 2017 - 2022', 'programme']]],
    // not: a programme with no phase on that page stays a show
    [`${page}Khán giả đón xem chương trình “Giai điệu tự hào” tối nay.`, []],
  ] as [string, [string, string][]][])('%s', (text, expected) => {
    expect(initiativesOf(text).map((i) => [i.name, i.kind])).toEqual(expected);
  });
});

describe('round 44: a capitalised "Dự án" with a lower-case public work and its place', () => {
  it.each([
    ['Bộ khẩn trương đẩy nhanh tiến độ đầu tư Dự án sân bay Long Thành đã được Quốc hội thông qua chủ trương.', 'Dự án sân bay Long Thành'],
    ['Tỉnh đề nghị bố trí ngân sách Trung ương hỗ trợ cho Dự án đường ĐT 725; một số dự án khác đang chờ.', 'Dự án đường ĐT 725'],
    ['Bộ trưởng kiểm tra tiến độ Dự án cầu Vàm Cống trong chuyến công tác.', 'Dự án cầu Vàm Cống'],
  ])('%s', (text, name) => {
    expect(initiativesOf(text).map((i) => [i.name, i.kind])).toEqual([[name, 'project']]);
  });

  it.each([
    // a route cut at its dash is half a name
    'Theo Bộ Giao thông Vận tải, Dự án cao tốc Bắc - Nam đoạn Hà Nội – Thành phố Hồ Chí Minh có tổng chiều dài lớn.',
    // a company's works, a lower-case head (golds split on it), a sentence-initial head
    'Ông cho biết Dự án cầu Vàm Cống do Công ty cổ phần Đầu tư làm chủ đầu tư.',
    'Nhiều ý kiến về dự án sân bay Long Thành trong phiên họp.',
    'Dự án sân bay Long Thành đã được Quốc hội thông qua.',
    // a work with no capitalised place right after it
    'Bộ đẩy nhanh Dự án đường dây điện trong năm.',
  ])('%s names no project', (text) => {
    expect(initiativesOf(text)).toEqual([]);
  });
});
