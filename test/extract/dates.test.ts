// Date shapes of Vietnamese press → values; false dates; event-date picking; spans quote the text.
import { describe, expect, it } from 'vitest';
import { createContext, type ExtractContext } from '../../src/extract/context.js';
import { extractDates, pickEventDate } from '../../src/extract/dates.js';
import { documentFromText } from '../../src/input/document.js';

function ctxOf(text: string, publishedAt: string | null = null, bodyStart = 0): ExtractContext {
  const ctx = createContext(documentFromText(text));
  ctx.publishedAt = publishedAt;
  ctx.bodyStart = bodyStart;
  return ctx;
}

const datesOf = (text: string, publishedAt: string | null = null) => extractDates(ctxOf(text, publishedAt));

describe('date shapes', () => {
  const table: [string, string, boolean][] = [
    ['Ngày 07/01/2020, tại Hà Nội, hội nghị khai mạc.', '2020-01-07', false],
    ['Sáng 7/1, đoàn công tác làm việc với tỉnh.', 'XXXX-01-07', false],
    ['Chiều ngày 6-2, Công an quận cho biết.', 'XXXX-02-06', false],
    ['Tối nay (13.5), em sẽ lên máy bay.', 'XXXX-05-13', false],
    ['Hôm nay (6-2), trường tổ chức lễ khai giảng.', 'XXXX-02-06', false],
    ['Ngày 6 tháng 2 năm 2017, UBND tỉnh họp.', '2017-02-06', false],
    ['Vào ngày 4 tháng 7, ông đăng dòng tweet.', 'XXXX-07-04', false],
    ['Ngày 7.2, Bộ trưởng làm việc với thành phố.', 'XXXX-02-07', false],
    ['Từ ngày 3 – 8/3, công viên mở cửa lễ hội.', 'XXXX-03-03', false],
    ['Giá vé vào khu đền bắt đầu từ 1/2 là 37 USD một người.', 'XXXX-02-01', false],
    ['Lễ hội sẽ diễn ra từ 1/3 tới hết ngày 8/3 tại công viên.', 'XXXX-03-01', false],
    ['Lễ hội diễn ra từ ngày 11 đến ngày 13/2 tại khu du lịch.', 'XXXX-02-11', false],
    ['Giáo viên tập huấn từ ngày 23 đến hết ngày 25-2 tại Đà Nẵng.', 'XXXX-02-23', false],
    ['Phiên chất vấn sẽ diễn ra từ ngày 12 đến hết 14-6 tới.', 'XXXX-06-12', false],
    ['Hội chợ mở cửa từ ngày 8 cho đến ngày 17/7 tại công viên.', 'XXXX-07-08', false],
    ['Liên minh họp vào hôm thứ 9/5 tại Copenhagen.', 'XXXX-05-09', false],
    ['Thứ Hai (9/5), Thủ tướng tiếp đoàn.', 'XXXX-05-09', false],
    // 24 July is still a day after a day word or in a bracket (bare "24/7" is round the clock).
    ['Ngày 24/7, đoàn công tác làm việc với tỉnh.', 'XXXX-07-24', false],
    ['Thứ Hai (24/7), Thủ tướng tiếp đoàn.', 'XXXX-07-24', false],
    ['Rạng sáng 10/7 theo giờ Hà Nội, đoàn đến nơi.', 'XXXX-07-10', false],
    ['Trưa 4/6, lãnh đạo thành phố đón tàu.', 'XXXX-06-04', false],
    ['Đêm 7/5, tổ tuần tra phát hiện vụ việc.', 'XXXX-05-07', false],
    ['Sáng 11/ 5, ban tổ chức khai mạc hội nghị.', 'XXXX-05-11', false],
    ['Ngày 7- 2, phòng cảnh sát môi trường cho biết.', 'XXXX-02-07', false],
    ['Ngày 13 /5, các cuộc họp tiếp tục diễn ra.', 'XXXX-05-13', false],
    ['Ngày 6 – 2, giám đốc công ty ký văn bản gửi sở.', 'XXXX-02-06', false],
    ['Chiều 8 - 7, trưởng công an huyện cho báo chí hay vụ việc.', 'XXXX-07-08', false],
    ['Trận đấu diễn ra vào lúc 18 giờ 11.2 trên sân Thống Nhất.', 'XXXX-02-11', false],
    ['Buổi lễ bắt đầu lúc 8 giờ 30 phút 15.3 tại hội trường.', 'XXXX-03-15', false],
    ['Chương trình phát sóng lúc 20h 5/9 trên kênh VTV1.', 'XXXX-09-05', false],
    // A year before 1900 is the phrase's own: a history's day, not a day of the story's year.
    ['Câu chuyện bắt đầu vào ngày 30 tháng 9 năm 1862, khi cô được gả.', '1862-09-30', false],
    ['Trận hỏa hoạn tại thành Edo ngày 2/3/1657 khiến 100.000 người chết.', '1657-03-02', false],
    ['Ngày 5/6, 1600 cảnh sát được huy động.', 'XXXX-06-05', false],
  ];
  it.each(table)('%s → %s', (text, value, implied) => {
    const [d] = datesOf(text);
    expect(d?.value).toBe(value);
    expect(d?.yearImplied).toBe(implied);
  });

  it.each([
    ['Chiếc cúp FA Cup mà Arsenal giành được tại Wembley hôm 27/5 mùa 2016/17 đã giúp HLV tại vị.', 'XXXX-05-27'],
    ['Thông tin do Costa cung cấp hôm qua (8/6) khiến chân sút vô địch Ngoại hạng Anh 2016-17 phải ra đi.', 'XXXX-06-08'],
    // a single year closing a name still dates the sentence
    ['Ngày 5.7, Sở có công văn về vòng loại Lễ hội Chọi trâu Đồ Sơn 2017.', '2017-07-05'],
  ])('takes no year from a season written with a short second year: %s', (text, value) => {
    expect(datesOf(text)[0].value).toBe(value);
  });

  it.each([
    ['Ngày 6-2, UBND TP ban hành Kế hoạch số 23/KH-UBND thực hiện Chỉ thị số 15-CT/TU, ngày 16-12-2016, của Thành ủy.', 'XXXX-02-06'],
    ['Ngày 7/2, Viện KSND Tối cao có văn bản yêu cầu kiểm tra lại vụ án chìm tàu xảy ra ngày 2/8/2013 tại vùng biển Cần Giờ.', 'XXXX-02-07'],
    ['Ngày 6/2, Bộ trưởng ký quyết định thay thế Nghị định số 19 ban hành ngày 22/3/2016 về kinh doanh khí.', 'XXXX-02-06'],
    // an earlier month's full date of a year before the story's (its latest year written)
    ['Ngày 31/5, tòa xử vụ tai nạn xảy ra vào ngày 6/2/2011 tại cầu. Phiên tòa năm 2017 kéo dài.', 'XXXX-05-31'],
    // a time ahead of the story's year, an earlier month's date of it, a span's end: the year is the day's too
    ['Sáng nay (5/7), công ty cho biết cặp đôi sẽ kết hôn vào ngày 31/10/2017.', '2017-07-05'],
    ['Chiều ngày 11/5, 5 nhà mạng ký cam kết ngăn chặn tin nhắn rác kể từ ngày 1/7/2017.', '2017-05-11'],
    ['Chiều 13-6, liên quan đến vụ việc xảy ra ngày 15-4-2017 tại xã Đồng Tâm, cơ quan điều tra đã khởi tố vụ án.', '2017-06-13'],
    ['Việc ủy quyền điều hành chỉ là tạm thời từ 25-3 đến 20-4-2016 do gia đình bận.', '2016-03-25'],
  ])('takes no year from a full date of another month, another time\'s: %s', (text, value) => {
    expect(datesOf(text)[0].value).toBe(value);
  });

  it.each([
    ['Phim chuyển thể từ tiểu thuyết cùng tên xuất bản năm 2009 của nhà văn, sẽ khởi chiếu trên toàn quốc từ ngày 3/3.', 'XXXX-03-03'],
    ['Ra đời năm 2009, đồng tiền ảo này đã lên tới đỉnh điểm 3.000 USD vào ngày 12/6 vừa qua.', 'XXXX-06-12'],
    // not a year the day's sentence tells some other way
    ['Sáng 3/3, lễ ra mắt các sách xuất bản trong năm 2017 diễn ra tại Hà Nội.', '2017-03-03'],
    ['Chiều 6/2, Tổng công ty tổ chức lễ tổng kết đường hoa Xuân Đinh Dậu 2017.', '2017-02-06'],
  ])('takes no year of a work or a body made that year: %s', (text, value) => {
    expect(datesOf(text)[0].value).toBe(value);
  });

  it('takes the one year written in the same sentence', () => {
    const [d] = datesOf('Ngày 5.7, Sở có công văn về vòng loại Lễ hội Chọi trâu Đồ Sơn 2017.');
    expect(d).toMatchObject({ value: '2017-07-05', yearImplied: true });
  });

  // The phrases of sentenceAround's abbreviation table (context.test.ts): the dot does not cut off the year.
  it.each(['TP. Vinh', 'Tp. Hồ Chí Minh', 'TX. Sơn Tây', 'TT. Cẩm Xuyên', 'Q. Hải Châu', 'H. Thái Thụy', 'P. Bến Nghé',
    'X. Điền Hải', 'ThS. Nguyễn Văn An', 'Ths. Nguyễn Văn An', 'TS. Lê Minh Hà', 'GS. Trần Văn Bình', 'PGS. Đào Ngọc Diễn',
    'PGS.TS. Đào Ngọc Diễn', 'BS. Vũ Hồng Ngọc'])('takes the year written after "%s" in the same sentence', (name) => {
    expect(datesOf(`Ngày 14/6, ${name} dự lễ khai mạc Festival Hoa 2017.`)[0].value).toBe('2017-06-14');
  });
  it.each(['chị X. Chiều', 'anh H. Ông', 'Nguyễn Văn T. Lúc', 'tuyển ĐH. Khi'])('takes no year past "%s": an initial ends the sentence', (words) => {
    expect(datesOf(`Ngày 14/6, ${words} đó có Festival Hoa 2017.`)[0].value).toBe('XXXX-06-14');
  });

  it('takes no year from the calendar year an audit, a settled budget, a review or an election covers', () => {
    expect(datesOf('Ngày 18/5, phe đối lập đòi kiểm lại kết quả cuộc bầu cử quốc hội năm 2016.')[0].value)
      .toBe('XXXX-05-18');
    expect(datesOf('Sáng 4/6, Sở trả lời về kiến nghị trong báo cáo kiểm toán quyết toán ngân sách địa phương năm 2015.')[0].value)
      .toBe('XXXX-06-04');
    expect(datesOf('Ngày 12/5, Liên chi hội tổ chức tổng kết và trao Giải báo chí năm 2016.')[0].value).toBe('XXXX-05-12');
    // A year closing the reviewed event's name is its own.
    expect(datesOf('Chiều 6/2, Tổng công ty tổ chức lễ tổng kết đường hoa Xuân Đinh Dậu 2017.')[0].value).toBe('2017-02-06');
  });
  it.each([
    ['Chiều 11.7, Sở Tư pháp có Báo cáo Sơ kết 6 tháng đầu năm 2017 công tác phổ biến pháp luật.', '2017-07-11'],
    ['Chiều 10/7, Bộ Tư pháp tổ chức hội nghị trực tuyến sơ kết công tác tư pháp 6 tháng đầu năm 2017.', '2017-07-10'],
    ['Sáng 12/4, Công an tỉnh sơ kết công tác quý I năm 2017.', '2017-04-12'],
    // A whole year's review or a fourth quarter's is held the next year.
    ['Sáng 12/1, Công an tỉnh tổng kết công tác quý IV năm 2016.', 'XXXX-01-12'],
    ['Ngày 10/1, ngành tổng kết công tác 12 tháng năm 2016.', 'XXXX-01-10'],
  ])('a review of part of a year is held in that year: %s', (text, value) => {
    expect(datesOf(text)[0].value).toBe(value);
  });
  it.each([
    ['Bộ Tư pháp Mỹ ngày 17/5 đã chỉ định cựu Giám đốc FBI Robert Mueller giám sát vụ điều tra Nga can thiệp bầu cử Mỹ 2016.', 'XXXX-05-17'],
    ['Ngày 13-6, Bộ trưởng Tư pháp Jeff Sessions điều trần, lên án cáo buộc thông đồng với Nga can thiệp quá trình bầu cử tổng thống Mỹ 2016.', 'XXXX-06-13'],
    ['Ngày 9.5, ông Trump sa thải Giám đốc FBI James Comey, người điều tra cáo buộc chiến dịch tranh cử 2016 của Trump có liên hệ với Nga.', 'XXXX-05-09'],
    // Not: an election's year far from the word, with the day's own event named in between.
    ['Sáng 20/5, cử tri bầu cử tại điểm bỏ phiếu của Đại hội thể thao toàn quốc 2017.', '2017-05-20'],
    ['Ngày 19/5/2017, cử tri Iran đi bầu cử tổng thống.', '2017-05-19'],
  ])('takes no year from the election or campaign it names: %s', (text, value) => {
    expect(datesOf(text)[0].value).toBe(value);
  });

  it('takes no year from a birth year bracketed after a name', () => {
    expect(datesOf('Khoảng 16 giờ 30 ngày 21-1, ông Lò Văn K. (1962, trú xã Yên Hòa) đang chạy xe máy thì bị tấn công.')[0].value)
      .toBe('XXXX-01-21');
    // A bracketed edition year is still the event's.
    expect(datesOf('Chiều nay, 8/2, Giọng hát Việt mùa thứ 4 (2017) chính thức tổ chức họp báo.')[0].value).toBe('2017-02-08');
  });

  it('takes a year closing an event name, not a count of things', () => {
    expect(datesOf('Ngày 14/7, Cục cho biết kết quả kỳ thi Olympic Hóa học quốc tế 2017 tại Thái Lan.')[0].value)
      .toBe('2017-07-14');
    // A space left before the full stop still closes the name.
    expect(datesOf('Hôm nay (22/6), thí sinh hoàn thành hai môn thi của kỳ thi THPT quốc gia 2017 . Buổi chiều thi Toán.')[0].value)
      .toBe('2017-06-22');
    expect(datesOf('Sáng 2/9, lễ hội thu hút trên 2000 .')[0].value).toBe('XXXX-09-02');
    expect(datesOf('Sáng 2/9, lễ hội thu hút trên 2000 người tham dự.')[0].value).toBe('XXXX-09-02');
    expect(datesOf('Ngày 5/6, xã trồng thêm 2000 cây xanh.')[0].value).toBe('XXXX-06-05');
    // "với ..." and "đang ..." go on after a name ("... 2017 với chủ đề"), not after a count.
    expect(datesOf('Hôm nay (23/6), các thí sinh tiếp tục kỳ thi THPT quốc gia 2017 với bài thi tổ hợp.')[0].value)
      .toBe('2017-06-23');
    expect(datesOf('19h30 ngày 11-2, lễ khai mạc Năm du lịch quốc gia 2017 với chủ đề “Sắc màu Tây Bắc” sẽ được tổ chức.')[0].value)
      .toBe('2017-02-11');
    expect(datesOf('Sáng 5/6, giải bóng đá học sinh 2017 đang bước vào vòng chung kết.')[0].value).toBe('2017-06-05');
    expect(datesOf('Ngày 5/6, xã đón hơn 2000 với nhiều đoàn khách.')[0].value).toBe('XXXX-06-05');
  });

  it.each([
    ['Diễn đàn Doanh nghiệp Việt Nam giữa kỳ 2017 (VBF) diễn ra tại khách sạn ngày 16/6 với nhiều trăn trở.', '2017-06-16'],
    ['U17 HAGL gặp U17 PVF ở trận khai mạc giải U17 Quốc gia 2017 chiều 30/6 trên sân Thống Nhất.', '2017-06-30'],
    ['Tại diễn đàn giữa kỳ 2017 ngày 16-6, Phó Thủ tướng phát biểu.', '2017-06-16'],
    // A count before the day word is no name's year; nor a bracket that is no acronym.
    ['Tuyến đường cần hơn 2000 ngày công, khởi công sáng 30/6.', 'XXXX-06-30'],
    ['Sáng 30/6, xã đón 2017 (tăng 5%) lượt khách.', 'XXXX-06-30'],
  ])('takes a name\'s year before a day word or an acronym in brackets: %s', (text, value) => {
    expect(datesOf(text)[0].value).toBe(value);
  });

  it('reads no date from a portal\'s related-headlines block after its byline stamp', () => {
    const text = 'Tiền đạo vẫn đặt mục tiêu vô địch\nĐội bóng đã bất bại 15 trận liên tiếp nhưng vẫn kém đội đầu bảng 14 điểm. ' +
      'Xú - Thể thao Việt Nam | 08:55 08/02/2017 Tin liên quan Điểm tin tối 07/02: Derby vì sao Real; Huyền thoại chỉ trích đội nhà';
    // The byline stamp is the copy's posting time, as the meta extractor reads it.
    const ctx = ctxOf(text, '2017-02-08T08:55', text.indexOf('\n'));
    expect(pickEventDate(ctx, extractDates(ctx))).toBeNull();
  });

  it('takes no year from a later deadline or plan in the sentence, when the text writes the story\'s own year', () => {
    const event = (text: string) => {
      const ctx = ctxOf(text);
      return extractDates(ctx)[0].value;
    };
    expect(event('Từ ngày 1/6, Bộ khuyến khích đổi giấy phép trước ngày 31/12/2020 thay vì bắt buộc. Năm 2017 đã có nhiều người đổi.'))
      .toBe('XXXX-06-01');
    expect(event('Ngày 19-5, ông Tiến cho biết dự án dự kiến sẽ hoàn thành vào ngày 30-4-2018. Kế hoạch năm 2017 đạt 37%.'))
      .toBe('XXXX-05-19');
    // The span's own end still gives its year, and a text with no year outside targets keeps it.
    expect(event('Hội nghị họp từ ngày 5-5 đến 10-5-2017 tại Hà Nội. Năm 2016 hội nghị đã họp.')).toBe('2017-05-05');
    expect(event('Lễ hội diễn ra từ ngày 3/3 (Quốc khánh) tới hết ngày 8/3/2017 tại công viên.')).toBe('2017-03-03');
  });

  it('takes no year from a sentence that writes a span of two years', () => {
    expect(datesOf('Hôm nay (3/7), Sở công bố điểm chuẩn năm học 2017 - 2018.')[0].value).toBe('XXXX-07-03');
    expect(datesOf('Sáng 6-2, Phó Thủ tướng họp về phương án giai đoạn 2016-2020.')[0].value).toBe('XXXX-02-06');
    expect(datesOf('Sáng 6-2, trường công bố quyết định bổ nhiệm nhiệm kỳ 2014–2019.')[0].value).toBe('XXXX-02-06');
  });

  it('takes no year from an anniversary span that writes two years, an old one too', () => {
    expect(datesOf('Kỷ niệm 127 năm ngày sinh Bác (19/5/1890 – 19/5/2017), sáng 17-5, công an tỉnh trồng cây.')
      .find((d) => d.text === 'sáng 17-5')?.value).toBe('XXXX-05-17');
    expect(datesOf('Nhân dịp kỷ niệm (19-5-1890/ 19-5-2017), sáng 18/5, đoàn đại biểu vào Lăng.')
      .find((d) => d.text === 'sáng 18/5')?.value).toBe('XXXX-05-18');
  });

  it('takes the year of the same day written in full in its sentence, the latest of an anniversary\'s', () => {
    expect(datesOf('Sáng 22-5, thành phố tổ chức lễ đặt tên đường nhân kỷ niệm 90 năm ngày sinh của ông (22-5-1927 - 22-5-2017).')[0])
      .toMatchObject({ value: '2017-05-22', yearImplied: true });
    // Another day in full gives nothing beyond the sentence's one year.
    expect(datesOf('Kỷ niệm ngày sinh (19/5/1890 – 19/5/2017), sáng 17-5, đoàn viên trồng cây.')
      .find((d) => d.text === 'sáng 17-5')?.value).toBe('XXXX-05-17');
  });

  it('ends a sentence at an ellipsis before a capital: a later year is another sentence\'s', () => {
    expect(datesOf('Thủ tướng phát biểu tại phiên thảo luận tổ diễn ra chiều nay 25-5… Ông cho biết kinh tế năm 2016 gặp khó khăn.')[0].value)
      .toBe('XXXX-05-25');
    // Before a lower-case word an ellipsis goes on with the sentence.
    expect(datesOf('Ngày 5-6, thành phố trồng hoa, cây cảnh… và thảm cỏ cho Lễ hội Xuân 2017.')[0].value).toBe('2017-06-05');
  });

  it('takes the one year of the sentence whatever period it names ("về ... trong năm 2016"), as the guideline writes', () => {
    expect(datesOf('Sáng 7-2, làm việc với quận về tình hình kinh tế - xã hội trong năm 2016, Bí thư chất vấn công an quận.')[0].value)
      .toBe('2016-02-07');
    expect(datesOf('Ngày 6/2, Chủ tịch UBND TP đã giao 84 đầu việc cho 17 sở, ngành trong năm 2017.')[0].value).toBe('2017-02-06');
  });

  it('takes no year from a sentence that writes a target year ("đến năm 2021"), even beside another', () => {
    expect(datesOf('Hôm qua (06/07), cầu thủ được gia hạn hợp đồng đến năm 2021.')[0].value).toBe('XXXX-07-06');
    expect(datesOf('Sáng 6/2, Thủ tướng đặt mục tiêu đến năm 2030 xuất khẩu tôm đạt 10 tỷ USD vào năm 2025.')[0].value)
      .toBe('XXXX-02-06');
  });

  it('takes no year from a target written as part of a year ("đến cuối năm 2018", "tính đến hết năm 2016"), but one named without a bound', () => {
    expect(datesOf('Ngày 29/6, Thủ tướng cho biết Chính phủ muốn gia hạn các biện pháp trừng phạt đến cuối năm 2018.')[0].value)
      .toBe('XXXX-06-29');
    expect(datesOf('Số liệu công bố ngày 12/6 cho thấy tính đến hết năm 2016, vốn đầu tư đã vượt mốc 50 tỷ USD.')[0].value)
      .toBe('XXXX-06-12');
    expect(datesOf('Ngày 6/2, công ty báo lãi cuối năm 2016 tăng mạnh.')[0].value).toBe('2016-02-06');
  });

  it.each([
    // A span from the present to a year's end ends in the present year: the event's.
    ['Ngày 28/6, tại buổi sơ kết, tỉnh bàn giải pháp chống buôn lậu từ nay đến cuối năm 2017.', '2017-06-28'],
    ['Sáng 5/7, huyện đặt mục tiêu từ giờ đến hết năm 2017 giải ngân toàn bộ vốn.', '2017-07-05'],
    // Not: a target year with no year's end, nor a year's end with no start at the present.
    ['Ngày 28/6, tỉnh bàn giải pháp từ nay đến năm 2020.', 'XXXX-06-28'],
    ['Ngày 29/6, Chính phủ muốn gia hạn các biện pháp trừng phạt đến cuối năm 2018.', 'XXXX-06-29'],
  ])('takes the year of a span from now to its end ("từ nay đến cuối năm 2017"): %s', (text, value) => {
    expect(datesOf(text)[0].value).toBe(value);
  });

  it.each([
    ['Chiều 31.5, ông Tấn công bố quyết định ký ngày 30.5.2017, về việc bổ nhiệm giám đốc từ 1.6.2017.', '2017-05-31'],
    ['Ngày 6.2, sở họp về tình hình thu ngân sách tháng 1.2017 của thành phố.', '2017-02-06'],
  ])('takes the year of a dotted date or month in the sentence: %s', (text, value) => {
    expect(datesOf(text)[0].value).toBe(value);
  });

  it('takes no year from a decimal comma or a longer number before the dot', () => {
    expect(datesOf('Ngày 6.2, kho bạc thu 3,2017 triệu USD.')[0].value).toBe('XXXX-02-06');
    expect(datesOf('Ngày 6.2, mã hàng 123.2017 được kiểm tra.')[0].value).toBe('XXXX-02-06');
  });

  it('takes no year from speech quoted after a colon; a colon of a ticker is no speech', () => {
    expect(datesOf('Trao đổi với PV chiều 19.5, ông Đoán cho biết: Đúng là có hộ tăng đàn, dựa theo kinh nghiệm chăn nuôi heo năm 2012.')[0].value)
      .toBe('XXXX-05-19');
    expect(datesOf('Sáng 30/6, Ngân hàng Sacombank (HOSE: STB) đã tổ chức đại hội cổ đông thường niên 2017.')[0].value).toBe('2017-06-30');
    // a list's colon before the speaker's does not hide it
    expect(datesOf('Tối 7/2, dân xem diễn trò với bốn nghề chính: sĩ, nông, công, thương Bà Cam cho biết: "Năm 1993 khôi phục lễ hội, tôi rất tự hào".')[0].value)
      .toBe('XXXX-02-07');
    // nor does the list's colon make a speaker of it
    expect(datesOf('Sáng 30/6, đại hội bầu ba chức danh: chủ tịch, phó chủ tịch và thư ký nhiệm kỳ 2017.')[0].value).toBe('2017-06-30');
  });

  it('takes no year from a code with a dash ("BKS Lào UN-2043")', () => {
    expect(datesOf('Vào lúc 14 giờ 30 ngày 5.6, tổ công tác kiểm tra xe khách mang BKS Lào UN-2043.')[0].value).toBe('XXXX-06-05');
  });

  it.each([
    ['Theo thông tin ban đầu, ngày 21/5, đoàn du khách du lịch trên tàu Công Nghĩa QN2040 tới vùng biển Cát Bà.', 'XXXX-05-21'],
    ['Một du khách chết vào tối 21.5 trên tàu Công Nghĩa QN 2040 lúc đang tham quan vùng biển Cát Bà.', 'XXXX-05-21'],
    ['Ngày 1.7, lực lượng làm nhiệm vụ đã bắt 3 sà lan mang số hiệu HD 2043 đang khai thác cát.', 'XXXX-07-01'],
    ['Ngày 11/7, tàu thứ nhất mang số hiệu HP-1995 bị bắt giữ.', 'XXXX-07-11'],
    ['Ngày 9/6, bảo tàng trưng bày lựu pháo M1938 của Liên Xô.', 'XXXX-06-09'],
    // Glued letters that write a year, and a capitalised name before a spaced year, still date the sentence.
    ['Sáng 10/5, Giáo hội tổ chức Đại lễ Phật đản PL.2561 - DL2017 tại chùa Quán Sứ.', '2017-05-10'],
    ['Ngày 14/6, ông Trần Văn Bình dự lễ khai mạc Giải U17 QG 2017 tại Hà Nội.', '2017-06-14'],
  ])('takes no year from a registration or a model code ("tàu QN2040"): %s', (text, value) => {
    expect(datesOf(text)[0].value).toBe(value);
  });

  it.each([
    ['Khai mạc Hội nghị Quan chức cao cấp lần thứ 2 sáng 17/5 tại Hà Nội.', 'XXXX-05-17', 'sáng 17/5'],
    ['Đây là phiên xét xử thứ ba sau lần đầu bị hoãn và lần thứ hai ngày 30/6.', 'XXXX-06-30', 'ngày 30/6'],
    ['Tấm vé còn lại sẽ thuộc về đội thắng ở lượt trận thứ 5 ngày 9/7.', 'XXXX-07-09', 'ngày 9/7'],
    // A bracket right after the ordinal glosses the numbered event's day.
    ['Ông cho biết, kết thúc Kỳ họp lần thứ 3 (21/6) vừa qua, Ủy ban đã chuyển chất vấn.', 'XXXX-06-21', '21/6'],
  ])('reads no weekday in an ordinal ("lần thứ 2"): %s', (text, value, quoted) => {
    const [d] = datesOf(text);
    expect(d?.value).toBe(value);
    expect(d?.text).toBe(quoted);
  });

  it('still takes an edition year glued by a dash ("lần thứ VI-2017")', () => {
    expect(datesOf('Khai mạc Festival Di sản lần thứ VI-2017, tối 9/6, Phó Thủ tướng phát biểu.')[0].value).toBe('2017-06-09');
  });

  it.each([
    ['Ngày 16/6, phía Việt Nam tiếp nhận 2 ngư dân bị bắt cóc hồi tháng 11/2016.', 'XXXX-06-16'],
    ['Ngày 15.6, hai dự án cao ốc bỏ hoang giữa năm 2012 đã đổ xong phần móng.', 'XXXX-06-15'],
    ['Ngày 17/6, tòa xét xử vụ ám sát xảy ra vào năm 2015.', 'XXXX-06-17'],
    ['Ngày 18/6, tỷ lệ đi bỏ phiếu giảm so với năm 2012.', 'XXXX-06-18'],
    ['Ngày 16/6, chuyên gia lo Hà Nội cấm xe máy từ 2030.', 'XXXX-06-16'],
  ])('takes no year from another time in the sentence: %s', (text, value) => {
    expect(datesOf(text)[0].value).toBe(value);
  });

  it.each([
    ['Ngày 22/6, Mỹ ngừng nhập khẩu thịt bò sau vụ bê bối bị phát giác hồi tháng 3/2017.', '2017-06-22'],
    ['Chiều 8-2, sở trả lời về sự việc học sinh bị bỏng (hồi đầu tháng 1-2017).', '2017-02-08'],
    ['Ngày 22/5, nguồn tin cho biết 6 người bị bắt giữ từ tháng 3/2017.', '2017-05-22'],
    // Months further back in the calendar too: the guideline takes the sentence's one year.
    ['Ngày 6.6, tòa tuyên án ba bị cáo gây ra vụ án hồi tháng 1.2017.', '2017-06-06'],
    ['Ngày 21/6, đồng ruble xuống mức thấp nhất kể từ tháng 2/2017.', '2017-06-21'],
    // A comparison with the same period is another year's.
    ['Ngày 18/6, lượng khách giảm so với cùng kỳ tháng 3/2016.', 'XXXX-06-18'],
  ])('takes the year of a past month earlier in the calendar, which may be the same year: %s', (text, value) => {
    expect(datesOf(text)[0].value).toBe(value);
  });

  it.each([
    ['Chiều 17/6, Ban Chỉ đạo sơ kết 5 năm thực hiện Luật Hợp tác xã năm 2012.', 'XXXX-06-17'],
    ['Từ ngày 12 đến 16-6, các nước khẳng định UNCLOS 1982 là khung pháp lý.', 'XXXX-06-12'],
    ['Chiều nay (20-6), Quốc hội sẽ thông qua BLHS 2015.', 'XXXX-06-20'],
    ['Ngày 12/6, đại biểu góp ý vào dự thảo luật Đất đai 2013 sửa đổi.', 'XXXX-06-12'],
    ['Sáng 5/7, Quốc hội bàn về bộ luật hình sự năm 2015.', 'XXXX-07-05'],
    // A capitalised "Luật" names a law before a lower-case word too, and its name may hold its acronym in brackets.
    ['Sáng 7-7, Bộ tổ chức Hội nghị sơ kết thi hành Luật hợp tác xã (HTX) năm 2012 trong lĩnh vực nông nghiệp.', 'XXXX-07-07'],
    ['Ngày 10/6, đoàn kiểm tra việc thi hành Luật đất đai năm 2013 tại huyện.', 'XXXX-06-10'],
    // but not "Luật sư" (a lawyer)
    ['Ngày 10/6, Luật sư Nguyễn Văn A tham gia phiên tòa xử vụ án năm 2016.', '2016-06-10'],
    // "luật" before a lower-case word names no law: the sentence's one year is written.
    ['Ngày 8/6, thẩm phán khẳng định hai ứng viên đã vi phạm luật trong chiến dịch tranh cử năm 2014.', '2014-06-08'],
  ])('takes no year from a law\'s name: %s', (text, value) => {
    expect(datesOf(text)[0].value).toBe(value);
  });

  it.each([
    ['Ngày 10.6, UBND tỉnh nhận văn bản về khắc phục động cơ tàu vỏ thép đóng theo Nghị định 67/2014/NĐ-CP.', 'XXXX-06-10'],
    ['Ngày 24-5, Quốc hội thảo luận về Bộ luật Hình sự (BLHS) số 100/2015/QH13.', 'XXXX-05-24'],
    ['Từ ngày 1/6 tới, Thông tư số 02/2017/TT-BYT của Bộ Y tế chính thức có hiệu lực.', 'XXXX-06-01'],
    // The day's act issues the document: its year is the day's.
    ['Ngày 8-2, Thủ tướng Chính phủ đã ký ban hành Nghị định số 08/2017/NĐ-CP quy định về lưu chiểu.', '2017-02-08'],
    ['Ngày 1.6 tới, các bệnh viện sẽ áp dụng giá dịch vụ mới (ban hành theo Thông tư 02/2017/TT-BYT).', 'XXXX-06-01'],
    // A month and year ("tháng 6/2014") are no document number, nor is a year beside a number with no year.
    ['Ngày 10.6, xã báo cáo về số tàu hỏng trong tháng 6/2014.', '2014-06-10'],
    ['Ngày 10.6, xã ra Quyết định 1954/QĐ-UBND về tàu vỏ thép năm 2014.', '2014-06-10'],
  ])('takes no year from a document number ("67/2014/NĐ-CP") unless the day issues it: %s', (text, value) => {
    expect(datesOf(text)[0].value).toBe(value);
  });

  it.each([
    ['Đến đầu 2017, tỉnh mới tìm được mộ. Sáng 12/7, tỉnh an táng các liệt sĩ hy sinh dịp Tết Mậu Thân 1968.', 'XXXX-07-12'],
    ['Cuối 2016, dự án khởi công. Ngày 3/5, họ tưởng niệm nạn nhân trận lũ năm 1999.', 'XXXX-05-03'],
    // A recent year beside the story's is still the day's, and with nothing later in the text the one year stands.
    ['Đến đầu 2017, giải được mở rộng. Chiều 15/5, Ban tổ chức công bố Giải thưởng WIPO 2016.', '2016-05-15'],
    ['Sáng 12/7, tỉnh an táng các liệt sĩ hy sinh dịp Tết Mậu Thân 1968.', '1968-07-12'],
    // A target part of a year ("tới cuối 2030") is ahead of the story, not its time.
    ['Dự án hoàn thành tới cuối 2030. Ngày 4/6, xã họp bàn về quy hoạch năm 2017.', '2017-06-04'],
  ])('takes no sentence year long before the story\'s own ("đầu 2017"): %s', (text, value) => {
    const dates = datesOf(text);
    expect(dates.find((d) => d.value.endsWith(value.slice(4)))?.value).toBe(value);
  });

  it.each([
    // A photo caption glued to the next sentence with no stop: a capitalised opener after a word starts that sentence.
    ['Tổng thống dự kiến thăm Anh trong năm 2017 Trước các nghị sĩ ngày 6.2, chủ tịch Hạ viện phản đối chuyến thăm.', 'XXXX-02-06'],
    ['Đội tuyển tập luyện trước giải đấu năm 2017 Chiều 5/2, đội bước vào trận mở màn.', 'XXXX-02-05'],
    // No opener after a space: one sentence, its one year.
    ['Tổng thống dự kiến thăm Anh trong năm 2017, và các nghị sĩ ngày 6.2 đã phản đối chuyến thăm.', '2017-02-06'],
  ])('takes no year from a glued caption before a capitalised opener: %s', (text, value) => {
    expect(datesOf(text)[0].value).toBe(value);
  });

  it('takes no year from a lone 18xx year: that is history', () => {
    expect(datesOf('Ngày 7/2, Ngoại trưởng nhắc tới hiệp ước ký năm 1855.')[0].value).toBe('XXXX-02-07');
  });

  it('takes no year from a decade ("cuối những năm 1970", "thập niên 1990"): a decade is no year', () => {
    expect(datesOf('Ông Brzezinski, cố vấn an ninh quốc gia cuối những năm 1970, đã qua đời hôm thứ Sáu (26/5).')[0].value).toBe('XXXX-05-26');
    expect(datesOf('Ngày 2/7, tờ SCMP đưa tin nạn đói vào thập niên 1990 ở Triều Tiên đã châm ngòi cho một cuộc di cư.')[0].value).toBe('XXXX-07-02');
    expect(datesOf('Ngày 2/7, tờ SCMP đưa tin nạn đói vào Những năm 1990 ở Triều Tiên.')[0].value).toBe('XXXX-07-02');
    // A year written beside the decade is still the sentence's one year.
    expect(datesOf('Ngày 2/7/2017, tờ SCMP nhắc lại nạn đói những năm 1990.')[0].value).toBe('2017-07-02');
    expect(datesOf('Ngày 16/5, Triều Tiên tiếp tục chính sách từ những năm 1990, trong năm 2017 này.')[0].value).toBe('2017-05-16');
    // "những năm 1995-1997" is a span of two years, not a decade: no one year.
    expect(datesOf('Ngày 13-6, chúng tôi trao đổi với các cựu tuyển thủ gắn bó với ông trong những năm 1995-1997.')[0].value).toBe('XXXX-06-13');
  });

  it('does not take a year from another sentence, nor a birth year', () => {
    expect(datesOf('Năm 2016 trời mưa nhiều. Sáng 3/2, xe khách bị cháy.')[0].value).toBe('XXXX-02-03');
    expect(datesOf('Sáng 3/2, tài xế (SN 1976) điều khiển xe.')[0].value).toBe('XXXX-02-03');
    // a full birth date too
    expect(datesOf('Ngày 20/6, Công an tỉnh đưa Đoàn Quốc H. (sinh ngày 21/7/2003, ngụ TP Cà Mau) về trụ sở.')[0].value).toBe('XXXX-06-20');
    expect(datesOf('Tối 21-6, Công an thị xã điều tra vụ việc khiến bé gái D.T.H.K (SN 1/5/2017; tạm trú phường Bình An) tử vong.')[0].value).toBe('XXXX-06-21');
    // but not another full date of the sentence ("ban hành ngày 22/3/2016"; of a later month, see the full-date rows above)
    expect(datesOf('Ngày 6/5, Bộ trình dự thảo thay thế Nghị định số 19 của Chính phủ ban hành ngày 22/3/2016.')[0].value).toBe('2016-05-06');
  });

  it.each([
    ['Chiều 10.2, Trường ĐH Văn hóa công bố phương án tuyển sinh 2017.', '2017-02-10'],
    ['Tại cuộc họp sáng 8-5, Thứ trưởng thông tin quy chế tuyển sinh năm 2017 cho phép đăng ký không giới hạn.', '2017-05-08'],
    // still a birth year after "sinh" on its own
    ['Sáng 3/2, tài xế Nguyễn Văn A (sinh năm 1976) điều khiển xe.', 'XXXX-02-03'],
  ])('"tuyển sinh" (admissions) is no birth: %s', (text, value) => {
    expect(datesOf(text)[0].value).toBe(value);
  });

  it('takes the year from publishedAt, as implied', () => {
    expect(datesOf('Sáng 7/1, hội nghị khai mạc.', '2020-01-07T17:57:00+07:00')[0]).toMatchObject({
      value: '2020-01-07', yearImplied: true,
    });
    // A December date in a January article is last year's.
    expect(datesOf('Ngày 28/12, đoàn đã về nước.', '2020-01-07T17:57:00+07:00')[0].value).toBe('2019-12-28');
  });

  it('gives nothing for relative phrases or a month without a day', () => {
    expect(datesOf('Hôm qua, mưa lớn gây ngập.')).toEqual([]);
    expect(datesOf('Trong tháng 3, lực lượng chức năng kiểm tra 20 cơ sở.')).toEqual([]);
    expect(datesOf('Phiên họp thường kỳ tháng 6/2017 của Chính phủ.')).toEqual([]);
  });
});

describe('days spanned with their own parts of the day give the first day', () => {
  it.each([
    ['Nhiều vụ lở đất xảy ra trên đảo Ba-li trong đêm 9 và rạng sáng 10-2.', 'XXXX-02-09', 'đêm 9 và rạng sáng 10-2'],
    ['Tối 6 và sáng 7/6, tổ công tác kiểm tra hai cơ sở.', 'XXXX-06-06', 'Tối 6 và sáng 7/6'],
    ['Đêm ngày 1, rạng sáng ngày 2.6, Đội CSGT dẫn đoàn tuần tra.', 'XXXX-06-01', 'Đêm ngày 1, rạng sáng ngày 2.6'],
    ['Đêm 23 rạng sáng 24/5, khu vực núi xảy ra mưa lớn.', 'XXXX-05-23', 'Đêm 23 rạng sáng 24/5'],
    ['Quốc hội dành 3 ngày chất vấn (ngày 13, 14 và 15/6).', 'XXXX-06-13', 'ngày 13, 14 và 15/6'],
    ['Hai đêm nhạc diễn ra vào ngày 23, 24/6 tới đây.', 'XXXX-06-23', 'ngày 23, 24/6'],
    // No link between the numbers: "trong ngày 2 ngày 5 và 6.2" is a typo, not a span from the 2nd.
    ['Ban giải quyết khiếu nại họp trong ngày 2 ngày 5 và 6.2 xem xét tình huống.', 'XXXX-02-05', null],
    // A day after the one with the month is another month's end, not this span's start.
    ['Trong đêm 30 và sáng 1/7, đoàn đến nơi.', 'XXXX-07-01', null],
    // A number with no day word before it is no day ("lúc 8 giờ, sáng 9/2").
    ['Lúc 8, sáng 9/2, đoàn xuất phát.', 'XXXX-02-09', null],
  ] as [string, string, string | null][])('%s → %s', (text, value, quoted) => {
    const [d] = datesOf(text);
    expect(d?.value).toBe(value);
    if (quoted) expect(d?.text).toBe(quoted);
  });
});

describe('a month or a year before a span link is no first day', () => {
  it.each([
    ['Hồ sơ tiếp nhận từ tháng 3 đến 31-12-2016 là 11.081 hồ sơ.', []],
    ['Nhập khẩu từ tháng 1 đến ngày 20/6/2017 tăng mạnh.', []],
    ['Tính từ tháng 6/2014 đến hết ngày 31/12/2016, có 147 khuyến nghị.', ['2016-12-31']],
    ['Trưng bày từ cuối tháng 5 đến hết ngày 30/6/2017.', ['2017-06-30']],
  ])('%s', (text, values) => {
    expect(datesOf(text).map((d) => d.value)).toEqual(values);
  });
});

describe('seconds after a clock time are not dates', () => {
  it('reads "01 giờ 12 phút 7.1 giây" as a time', () => {
    expect(datesOf('Vào hồi 01 giờ 12 phút 7.1 giây (giờ GMT) ngày 5/2, trận động đất xảy ra.').map((d) => d.value)).toEqual(['XXXX-02-05']);
  });
});

describe('product models are not dates', () => {
  it.each([
    ['Trung Quốc đã gỡ bỏ lệnh cấm bán iPhone 6/6 Plus tại thị trường này.', 0],
    ['Find 7 đạt doanh số chỉ thua bộ đôi iPhone 7/7 Plus trong quý.', 0],
    // a day word makes it a day; no model word after it, a day still
    ['Ngày 6/6 Plus được bán tại Hà Nội.', 1],
    ['Triển lãm Vietnam Expo 7/7 tại Hà Nội thu hút khách.', 1],
  ])('%s → %i dates', (text, count) => {
    expect(datesOf(text).length).toBe(count);
  });
});

describe('ratios are not dates', () => {
  it.each([
    'Điểm Break 2/8 (25%) trong trận bán kết.',
    'Ông là thương binh 2/4 và đã nghỉ hưu.',
    'Giao bóng 1 ăn điểm 37/62 (60%), điểm trên lưới 3/4 ( 75 %).',
    // Common fractions with no day word, no "từ/vào/đến" and no bracket.
    'Thêm 1/2 muỗng cà phê mật ong vào cốc trà.',
    'Giá mận chỉ bằng 1/3 giá mận hậu.',
    'Xe phải đổ đầy ít nhất 3/4 bình nhiên liệu.',
    'Italia thắng trận tranh hạng 3/4 sau loạt luân lưu.',
    'Trong số này, có 6/10 môn thi đạt giải cả đội.',
    'Khi vắng anh, tỷ lệ thắng chỉ còn 14,2% (1/7).',
    'Anh thắng với các tỷ số 7-6(7/3), 6-2.',
    'Giao bóng 2 ăn điểm 54% 1/2 Cứu Break 4/7 8 Số game cầm giao bóng 9.',
    // A player's profile box: the win-loss record of the year and of the career.
    'Thi đấu chuyên nghiệp  2013 16/5  Thắng - Thua trong năm  21/9 1  Danh hiệu năm',
    'Thắng - Thua trong năm  11/8 1  Danh hiệu năm',
    // A dash pair before "năm" with no year after it counts years.
    'Hãng kỳ vọng sản xuất đại trà trong khoảng từ 3-4 năm tới.',
    'Người mua có thể vay trong thời gian từ 5-7 năm.',
  ])('%s', (text) => {
    expect(datesOf(text)).toEqual([]);
  });

  it.each([
    ['Vé tham quan tăng giá từ 1/2.', 'XXXX-02-01'],
    // A day equal to its month with a date's follower after it stays a day.
    ['Hội nghị khai mạc 4/4 tại Hà Nội.', 'XXXX-04-04'],
    ['Giá vàng thế giới phiên 6/6 chạm mức cao nhất của 7 tháng.', 'XXXX-06-06'],
    // "trong năm" without the box's "Thắng - Thua" before it, and "Thắng" alone after the pair: the day stays.
    ['Trận thắng đậm nhất trong năm 16/5 vẫn được nhắc lại.', 'XXXX-05-16'],
    ['Chung kết 16/5 Thắng lợi thuộc về đội chủ nhà.', 'XXXX-05-16'],
    ['Ngày Quốc tế Hạnh phúc năm nay (20/3) có nhiều hoạt động; tuần sau (1/4) sẽ có hội chợ.', 'XXXX-04-01'],
    ['Hôm qua 1/3, đoàn đến thăm xã.', 'XXXX-03-01'],
    // A bare pair before a date's follower or a capitalised word stays a date.
    ['Lễ hội khai mạc 6/7 tại quảng trường thành phố.', 'XXXX-07-06'],
    ['Giá vàng 6/7 Giảm mạnh đầu phiên.', 'XXXX-07-06'],
  ])('a day cue, a weak cue or a bracket keeps the date: %s', (text, value) => {
    expect(datesOf(text).map((d) => d.value)).toContain(value);
  });
});

describe('false dates', () => {
  const table: string[] = [
    'Đội tuyển thắng 2-1 trong trận chung kết.',
    'Mỗi ngày 2 - 3 lần, mỗi lần uống một cốc.',
    'Đội khách dẫn 2- 1 sau hiệp một.',
    'Các phiên họp liên quan, ngày 1 1 /5, vẫn tiếp tục.',
    'Tỷ số chung cuộc 3 /1 nghiêng về đội chủ nhà.',
    'Hội làng mở từ ngày 6 - 8 (chính hội ngày mùng 8).',
    'Cuộc thi diễn ra lúc 17:57 hôm đó.',
    'Theo Nghị định 100/2019/NĐ-CP về xử phạt.',
    'Quyết định số 12/2017/QĐ-UBND được ban hành.',
    'Gia đình ở số 3/5 đường Lê Lợi.',
    'Sản lượng chỉ bằng 2/3 nước láng giềng, 1/2 nước lớn nhất khu vực.',
    'Lớp học có 3/4 học sinh nữ và 1/5 học sinh dân tộc.',
    'Khoảng 1/3 số hộ dân chưa có nước sạch.',
    'Đội bóng bị loại ở vòng 1/8 giải vô địch.',
    'Ngày vía Thần Tài (mùng 10/1 âm lịch) người dân đi mua vàng.',
    'Lễ hội diễn ra vào ngày 15/1 Âm lịch hằng năm.',
    'Người dân đi lễ vào ngày 10/1(AL) để cầu tài lộc.',
    'Chợ phiên họp vào ngày 5/5 (ÂL) mỗi năm.',
    'Vòng 1/16 cúp quốc gia có nhiều bất ngờ.',
    'Mỗi năm đơn vị tổ chức 3-5 đợt ra quân.',
    'Trang trại cử từ 2-3 nông dân đi giao hàng.',
    'Cô đạt 25.5 điểm, môn Toán 8.20 điểm.',
    'Lãi suất tăng 7.2% so với cùng kỳ.',
    'Gọi số 0912.345.678 để được hỗ trợ.',
    'Phiên bản 1.2.3 sửa nhiều lỗi.',
    'Tắt Wi-Fi, dùng 3/4G khi ra ngoài.',
    // A fraction after a weak cue: a share reached, or a noun right after it.
    'Xe nhập khẩu từ khu vực này hiện đã chiếm đến 1/3 trên tổng lượng xe.',
    'Sau đó cho nước ấm vào đến 2/3 bồn rồi ngâm chân.',
    'Thuyền trưởng hướng mũi tàu vào 1/3 đoạn sóng rồi vượt qua.',
    'Tại 9 bang, chưa đến 2/3 trẻ em được chủng ngừa đầy đủ.',
    'Con rắn dài tới 3/4 chiều rộng của con đường.',
    'Đây là thất bại thứ 4/5 trận gần nhất.',
    // A smaller number over a larger with a lower-case noun right after: a share of a count.
    'Đội bóng khép lại mùa giải với 6/7 chiến thắng gần nhất.',
    // All of a count ("4/4 làng", "7/7 thử nghiệm"): the two numbers are equal.
    'Có 25 gia đình đạt danh hiệu gia đình văn hóa tiêu biểu, 4/4 làng đều giữ vững danh hiệu.',
    'Theo đó 7/7 thử nghiệm đối chứng cho kết quả tương tự.',
    // Round the clock (24 hours, 7 days), not 24 July.
    'Tổng đài hỗ trợ khách hàng hoạt động 24/7 trong dịp Tết.',
    'Golf 24/7: Tay golf trẻ đoạt giải lớn.',
    'Các nhân viên bảo vệ canh giữ 24/7. Ảnh: ArchDaily.',
    'Công an xác định 5/9 nạn nhân bị thương nặng.',
    // A rank out of a field after "vị trí thứ", "xếp thứ", "đứng thứ" (ORDINAL_BEFORE_THU).
    'Đội bóng chuyền nữ giành vị trí thứ 6/10 tại Giải bóng chuyền VĐQG.',
    'Anh chỉ cán đích ở vị trí thứ 6/8 với thời gian 46 giây 51.',
    'Sau 4 vòng đấu, đội bóng phố Núi xếp thứ 4/12, xem ra cũng khó.',
    'Chung cuộc, anh đứng thứ 2/9 sau khi bị phạt đền.',
  ];
  it.each(table)('%s', (text) => {
    expect(datesOf(text)).toEqual([]);
  });
});

/** About 950 characters without a date: puts what follows far past the lead. */
const FILLER = 'Người dân trong khu vực cho biết tình hình vẫn ổn định và mọi hoạt động diễn ra bình thường. '.repeat(10);

describe('event date', () => {
  function eventOf(text: string): string | null {
    const headlineEnd = text.indexOf('\n');
    const ctx = ctxOf(text, null, headlineEnd < 0 ? 0 : headlineEnd);
    return pickEventDate(ctx, extractDates(ctx))?.value ?? null;
  }
  const table: [string, string, string | null][] = [
    ['lead date beats holiday dates and the headline',
      'Hoa hồng khoe sắc dịp 8/3\nTừ ngày 3 – 8/3, công viên mở lễ hội.\nLễ hội chào mừng Quốc khánh Bulgaria 3/3 và ngày Quốc tế Phụ nữ 8/3.',
      'XXXX-03-03'],
    ['a day glossed after an ordinal ("Kỳ họp lần thứ 3 (21/6)") is still strongly cued once no weekday is read in it',
      'Ủy ban chuyển chất vấn về Grab, Uber đến Chính phủ\nKết thúc Kỳ họp lần thứ 3 (21/6), Ủy ban Thường vụ Quốc hội đã chuyển chất vấn của đại biểu đến lãnh đạo Chính phủ. Sáng 25/6, Văn phòng Chính phủ cho biết đã nhận văn bản.',
      'XXXX-06-21'],
    ['a rank out of a field ("giành vị trí thứ 6/10") dates nothing',
      'Bóng chuyền nữ chuẩn bị cho mùa giải\nĐội bóng chính thức khai xuân.\nSau khi thăng hạng, đội thi đấu khá ấn tượng, giành vị trí thứ 6/10 tại Giải bóng chuyền VĐQG.',
      null],
    ['first of two dates in the lead',
      'Tài xế taxi bị xác định\nChiều 20/5, Đội CSGT cho biết đã xác định lái xe vượt đèn đỏ chiều hôm trước (19/5).',
      'XXXX-05-20'],
    ['a report cited by its number and day ("Báo cáo số 196/BC-UBND ngày ...") is a document\'s date, not an event',
      'Hiệp hội đề xuất gỡ vướng\nHiệp hội có văn bản gửi Sở Tài chính. Cần coi đây là một sắc thuế như đề xuất tại Báo cáo số 15/BC-UBND ngày 8/11/2013 đã trình Chính phủ.',
      null],
    ['"tháng 2/2017, ngày 16/5" is no document number: the day stays',
      'Vụ việc ở trường tiểu học\nLiên quan đến vụ việc gây xôn xao giữa tháng 2/2017, ngày 16/5, đại diện công an thông tin kết quả điều tra.',
      'XXXX-05-16'],
    ['a victory in a match ("chiến thắng trước ... vào tối 7/2") is no holiday: its day is the event\'s',
      'Cổ động viên gây chú ý\nTrong chiến thắng trước đội khách vào tối 7/2, một cổ động viên gây ấn tượng trên khán đài.',
      'XXXX-02-07'],
    ['"Ngày Chiến thắng 9/5" names the holiday, not a dated event',
      'Mừng ngày lễ lớn\nNga tổ chức nhiều hoạt động mừng Ngày Chiến thắng 9/5 năm nay. Các cựu binh dự lễ.',
      null],
    ['"người phụ nữ" (a woman) is no Women\'s Day: the accident\'s day stays',
      'Xe tải tông người đi bộ\nXe tải chạy nhanh tông vào người phụ nữ sang đường. Khoảng 18h tối 6/2, trên địa bàn ấp xảy ra vụ tai nạn.',
      'XXXX-02-06'],
    ['"Ngày Phụ nữ Việt Nam 20/10" names the holiday',
      'Quà tặng bán chạy\nNhiều món quà được ưa chuộng nhân Ngày Phụ nữ Việt Nam 20/10 năm nay. Các cửa hàng kéo dài giờ mở cửa.',
      null],
    ['a decree date is background',
      'Xử phạt vi phạm\nTheo Nghị định số 46/2016/NĐ-CP ngày 26/5/2016, mức phạt tăng. Sáng 3/4, Công an quận ra quân.',
      'XXXX-04-03'],
    ['headline date only when the body has none',
      'Đoàn đại biểu thăm đơn vị ngày 9/7\nĐoàn công tác đã trao quà cho cán bộ, chiến sĩ.',
      'XXXX-07-09'],
    ['a medium\'s report date gives way to the incident it reports, dated further on in a quote',
      'Giáo viên đẩy học sinh từ mái nhà\nĐài NDTV hôm 29-5 đưa tin vụ việc xảy ra ở tỉnh Punjab. ' + 'Bé gái kể lại với truyền thông mọi chuyện khi tỉnh dậy trong bệnh viện của thành phố. '.repeat(8) +
        'Ông Malik cho biết: "Vụ việc xảy ra từ ngày 23-5 nhưng trường không thông báo".',
      'XXXX-05-23'],
    ['a rule told "Từ 1/7" takes the year of the day it "có hiệu lực từ ngày 1/7/2017"',
      'Từ 1/7, đăng ảnh trẻ em lên mạng phải xin phép\nTừ 1/7 tới, tổ chức cung cấp dịch vụ mạng phải có sự đồng ý của cha mẹ. Nghị định này có hiệu lực từ ngày 1/7/2017.',
      '2017-07-01'],
    ['a decree\'s own date of that day gives no year',
      'Từ 1/7, tăng lương cơ sở\nTừ 1/7 tới, lương cơ sở tăng. Điều này được nêu tại Nghị định số 47/2016/NĐ-CP ngày 1/7/2016.',
      'XXXX-07-01'],
    ['a week\'s review opening "Tuần qua," gives the first day the body tells',
      'Giá vàng tuần qua\nTuần qua, thị trường vàng không có nhiều biến động. Giá vàng lình xình ở vùng thấp.\nGiá vàng mở cửa phiên thứ hai (12/6) ở mức 36,25 triệu đồng. Phiên 16/6, giá gần như không đổi. Giá giảm trong ngày 14/6.',
      'XXXX-06-12'],
    ['a week told as a complement ("kéo dài tuần qua") leaves later days to side events',
      'Hà Nội đón mưa\nTrạm đo vừa ghi nhận mưa, chấm dứt nắng nóng kéo dài tuần qua.\nMưa bắt đầu lúc 17h50. Từ gần sáng mai và ngày kia (7/6), Bắc Bộ có mưa rào.',
      null],
    ['a birthday is no event',
      'Barca bổ nhiệm HLV mới\nBarca chính thức bổ nhiệm HLV mới. HLV Ernesto Valverde sinh ngày 9/2/1964, từng dẫn dắt Bilbao.',
      null],
    ['a day of pupils is not a birthday',
      'Cuộc thi tìm hiểu\nSở phối hợp tổ chức cuộc thi cho các em học sinh vào ngày 11/4 tại thành phố.',
      'XXXX-04-11'],
    ['the same day of a year recalled "40 năm trước" gives the event no year',
      'Thủ tướng trở lại chiến khu\nSáng 21.6, Thủ tướng quay lại nơi mà cách đây 40 năm ông lần đầu đặt chân tới. Nhớ lại ngày 21.6 của 40 năm trước, ngày 21.6.1977, ông kể lại chuyến đi.',
      'XXXX-06-21'],
    ['a match today keeps its day under a lead that tells of "năm vừa qua"',
      'U23 mong khởi đầu hanh thông\nHLV khẳng định đội sẽ quyết tâm cao nhất. Ông nói thêm về đối thủ.\nNăm vừa qua, họ cũng đạt những thành tích ấn tượng. Trận đấu sẽ diễn ra vào 18h chiều nay 7/2/2017 tại sân Thống Nhất.',
      '2017-02-07'],
    ['the year of the same event restated in a sentence that writes it',
      'Đại lễ cầu siêu\nNgày 1/7, đại lễ diễn ra tại nghĩa trang.\nNhân kỷ niệm 70 năm ngày Thương binh (27/7/2017), ngày 1/7, đại lễ cầu siêu diễn ra.',
      '2017-07-01'],
    ['the same day written with its year in the headline gives the lead date that year',
      'Tin nổi bật trên báo ngày 7/2/2017\nNhững tin bài đáng chú ý ngày 7/2 gồm tai nạn và giao thông.',
      '2017-02-07'],
    ['the same day written with its year further on gives the lead date that year',
      'Tiểu thương phản đối đóng cửa chợ\nNgày 6-2, hàng trăm tiểu thương tập trung trước cổng chợ. Chợ đã đóng cửa vào sáng 6-2-2017 mà không báo trước.',
      '2017-02-06'],
    ['an anniversary: a later full date of the same day is the original event’s',
      'Kỷ niệm ngày trị vì\nNgày 6-2, Vương quốc Anh kỉ niệm 65 năm ngày Nữ hoàng trị vì. Bà lên ngôi vào ngày 6-2-1952 khi mới 25 tuổi.',
      'XXXX-02-06'],
    ['past the lead, a day of an earlier year than another day the text tells is a record, not the event',
      'Thi công làm nứt nhà bên cạnh\nBà Dung phản ánh nhà bị nứt do công trình bên cạnh. Phóng viên đã đến kiểm tra. Ngày 30-11-2015, công trình được cấp giấy phép xây dựng. Giấy phép được điều chỉnh vào ngày 15-4-2016.',
      null],
    ['but a chronicle\'s first sentence-opening day of its latest year is the step the story reports',
      'Triệt phá xưởng sản xuất ma túy\nCông an quận vừa triệt phá xưởng sản xuất ma túy lớn. Đội trinh sát đã phát hiện nguồn cung.\nTối ngày 17/12/2016, Công an quận đã phục kích bắt giữ một đối tượng. Chiều 6/4/2017, ngay sau khi vừa xuống máy bay, kẻ cầm đầu đã bị trinh sát tóm gọn.',
      '2017-04-06'],
    ['a span of days opening its sentence counts as that step ("Từ ngày 22-23/6/2017, ...")',
      'Đại gia đòi tiền người đẹp\nNgười đẹp thường gắn với đại gia. Nhiều người đẹp nhờ đại gia mà có cuộc sống viên mãn.\nVụ án thu hút sự quan tâm của công chúng. Tại phiên tòa sơ thẩm lần đầu ngày 21/9/2016, cô đã kêu oan. Từ ngày 22-23/6/2017, vụ án được đưa ra xét xử lần hai.',
      '2017-06-22'],
    ['nor a step of the latest year that tells no catch or trial (an apology, a decision)',
      'Yêu cầu bồi thường oan sai\nÔng Long đã làm đơn yêu cầu bồi thường gửi lên tòa án. Ông nêu ra 6 khoản bồi thường.\nNgày 20/10/2016, cơ quan điều tra ra quyết định đình chỉ vụ án. Ngày 25/4/2017, tòa án đã tổ chức xin lỗi công khai ông Long.',
      null],
    ['nor one of a chronicle that runs over years (an old case retold)',
      'Vụ án rúng động\nNữ sinh viên 19 tuổi đã bị mất tích bí ẩn trong phòng. Một tháng sau, thi thể được tìm thấy.\nNgày 12/12/2007, hắn hãm hiếp một cô sinh viên tại gara. Ngày 2/6/2010, tòa án tuyên án tử hình kẻ thủ ác.',
      null],
    ['but not a planned step of the latest year ("sẽ")',
      'Thi công làm nứt nhà bên cạnh\nBà Dung phản ánh nhà bị nứt do công trình bên cạnh. Phóng viên đã đến kiểm tra. Ngày 30-11-2015, công trình được cấp giấy phép xây dựng. Giấy phép được điều chỉnh vào ngày 15-4-2016. Ngày 20-5-2016, công trình sẽ được kiểm tra lại.',
      null],
    ['past an undated lead, a day two years before a month the story writes is background',
      'Kỷ luật cán bộ đánh bài\nHuyện ủy đã kỷ luật các cán bộ tham gia đánh bài ăn tiền.\nĐầu tháng 5/2017, trên mạng xuất hiện đoạn clip. Theo xác minh, một clip được quay vào buổi trưa 26/2/2015 tại phòng trực.',
      null],
    ['a day of the year just before the story\'s own stays the event',
      'Giám đốc sở kê khai tài sản\nSở đã công khai bản kê khai tài sản của lãnh đạo.\nTừ cuối năm 2016 tới đầu năm 2017, sở công khai các bản kê khai. Bản kê khai được lập ngày 20/12/2016 và được tiếp nhận.',
      '2016-12-20'],
    ['a span of years ("nhiệm kỳ 2017-2021") is no later story year',
      'Đại hội cổ đông ngân hàng\nNgân hàng sẽ bầu lại thành viên hội đồng quản trị nhiệm kỳ 2017-2021.\nNgân hàng đã công bố tài liệu họp. Sáng 30/6/2017, ngân hàng chính thức tổ chức đại hội đồng cổ đông thường niên.',
      '2017-06-30'],
    ['a plan\'s "năm" year two years on does not make the story\'s day background',
      'Trường chuẩn bị kỳ thi\nNhà trường đã phổ biến quy chế thi cho giáo viên.\nTheo lộ trình, từ năm 2019 trở đi học sinh thi theo cách mới. Ngày 8/2/2017, trường tổ chức cho giáo viên học tập quy chế thi.',
      '2017-02-08'],
    ['a later year only as a deadline does not make the lead-less date a record',
      'Khởi công cầu mới\nCầu nối hai bờ sông được xây bằng vốn tỉnh. Công trình rộng 12 m. Ngày 15-2-2017, tỉnh khởi công cầu, thi công đến ngày 30-6-2018.',
      '2017-02-15'],
    ['an as-of count ("Tính đến ngày 03/7/2017 đã ...") tells a later year as done: the lead-less earlier date is a record',
      'Dự án alumin báo lãi\nĐoàn kiểm tra của Bộ vừa đến kiểm tra thực địa tại hai dự án. Dự án cũng đã nộp ngân sách.\nDự án Tân Rai đã vận hành, sản xuất thương mại từ 01/10/2013. Theo đó, từ ngày 30/9/2016, nhà máy được đưa vào chạy thử. Tính đến ngày 03/7/2017 đã xuất được 32.891 tấn alumin.',
      null],
    ['"tính đến" with no later year changes nothing: the deadline row still keeps its day',
      'Khởi công cầu mới\nCầu nối hai bờ sông được xây bằng vốn tỉnh. Công trình rộng 12 m. Ngày 15-2-2017, tỉnh khởi công cầu. Tính đến ngày 20-2-2017 đã thi công 5% khối lượng.',
      '2017-02-15'],
    ['"tính đến" inside a clause, after its noun, is a term\'s end, not an as-of count: the day stays',
      'Cho thuê đất công\nHuyện đã cho doanh nghiệp thuê khu đất ven sông. Diện tích gần 2 ha.\nNgày 30/9/2016, huyện ký hợp đồng với thời hạn thuê tính đến ngày 31/12/2018.',
      '2016-09-30'],
    ['a deadline "đến ngày" of a later year still is no record-maker',
      'Khởi công đường mới\nTuyến đường được xây bằng vốn tỉnh. Công trình rộng 12 m. Ngày 15-2-2017, tỉnh khởi công tuyến đường, phải hoàn thành đến ngày 30-6-2018.',
      '2017-02-15'],
    ['a month-dated lead: a day of that month paragraphs on is an episode',
      'Trận chiến ở biên giới\nĐầu tháng 06.2014, quân đội mở cuộc tấn công dọc biên giới. Các đơn vị triển khai từ phía nam.\nChiến dịch kéo dài nhiều tuần. Đặc biệt, ngày 11.06.2014, một đợt pháo kích dữ dội đánh vào doanh trại.',
      null],
    ['monthly figures: "tháng 1/2017, ..." opening the lead, a day of that month further on is a figure’s date',
      'Thu ngân sách tháng 1\nTrong tháng 1/2017, thu ngân sách ước đạt 97 nghìn tỷ đồng. Chi ngân sách ước đạt 87 nghìn tỷ đồng.\nTính đến ngày 31/1/2017, tổng dư nợ tăng nhẹ.',
      null],
    ['a trial: the crime told later on the same day a year before keeps the lead date yearless',
      'Đánh tình địch dập phổi\nNgày 16-5, TAND thành phố xử phúc thẩm, tuyên y án sơ thẩm đối với bị cáo. Tối 16-5-2016, bị cáo đến khu trọ tìm người yêu.',
      'XXXX-05-16'],
    ['"kỷ luật" in a body’s name is no law: the date is the announcement’s',
      'Quan chức bị cách chức\nỦy ban Kiểm tra kỷ luật trung ương ngày 10/5 ra thông báo khai trừ ông khỏi đảng.',
      'XXXX-05-10'],
    ['"tờ Pháp luật" names a paper, not a law: the recounted time is a date',
      'Trốn dưới gầm giường để trộm tivi\nCông an đã bắt tạm giam đối tượng. Theo tờ Pháp luật, khoảng 20h ngày 7/5, đối tượng đột nhập ngôi nhà.',
      'XXXX-05-07'],
    ['a photo caption’s date (often a file photo) gives way to the text’s own dated lead',
      'Hàn Quốc nêu điều kiện hợp tác\nMột góc khu công nghiệp ở Seoul ngày 22/5. (Nguồn: AFP/TTXVN) Theo Yonhap, Hàn Quốc ngày 23/5 tuyên bố sẽ thúc đẩy hợp tác.',
      'XXXX-05-23'],
    ['a caption credited after a dash ("... ngày 16.3.2016 - Ảnh: Reuters") gives way to the lead too',
      'Triều Tiên thả sinh viên Mỹ\nSinh viên bị đưa ra tòa án ngày 16.3.2016 - Ảnh: Reuters Ngày 13.6, Ngoại trưởng Mỹ cho biết sinh viên đã được thả.',
      'XXXX-06-13'],
    ['but a dash that is no credit\'s ("ngày 16.3 - hạn chót") leaves the date in the text',
      'Nộp hồ sơ dự thi\nThí sinh nộp hồ sơ ngày 16.3 - ảnh hưởng của thời tiết không lớn. Ngày 20.3, trường công bố danh sách.',
      'XXXX-03-16'],
    ['a caption date still dates a story that writes no other date',
      'Máy bay hạ cánh khẩn cấp\nMáy bay hạ cánh tại sân bay Nội Bài ngày 21/3. Ảnh: TTXVN. Hãng cho biết không ai bị thương.',
      'XXXX-03-21'],
    ['a deadline ("trước ngày 10/2") is not the event: the directive itself is undated',
      'Sắp có phương án xử lý dự án thua lỗ\nBộ yêu cầu các tập đoàn lập báo cáo tổng thể, gửi lãnh đạo Bộ trước ngày 10/2/2017.',
      null],
    ['a deadline gives way to the meeting that set it',
      'Xử lý dự án thua lỗ\nCác đơn vị báo cáo trước ngày 10/2. Ngày 23/1, Thứ trưởng đã chủ trì cuộc họp của Ban chỉ đạo.',
      'XXXX-01-23'],
    ['a deadline in the headline ("... trước ngày 10/2") is no event, even when the body writes no date',
      'Hà Nội đốc thúc hoàn thiện đồ án quy hoạch trước ngày 10/2\nUBND Thành phố vừa ban hành thông báo chỉ đạo việc lập quy hoạch chung đô thị.',
      null],
    ['nor "trước 30/6" with no day word',
      'Phải giảm số phó giám đốc sở trước 30/6\nTại họp báo thường kỳ chiều nay, Thứ trưởng cho biết sẽ kiểm tra.',
      null],
    ['but a headline\'s own event day stays when the body writes no date',
      'Hà Nội họp bàn đồ án quy hoạch ngày 10/2\nUBND Thành phố vừa ban hành thông báo chỉ đạo việc lập quy hoạch chung đô thị.',
      'XXXX-02-10'],
    ['a clause after a name saying who the person is (", người vừa ... hôm 14/5") is background',
      'Tạm giam tài xế\nCơ quan điều tra đã ra lệnh tạm giam Phạm Văn T., người đã lái xe đâm chết 3 học sinh vào ngày 14/05 vừa qua. Hôm nay 17/05, Phòng Cảnh sát hình sự cho biết thêm.',
      'XXXX-05-17'],
    ['so no dated event is left when the story\'s own act is undated',
      'Thư từ biệt của cựu giám đốc\nCựu giám đốc FBI James Comey, người vừa bị cách chức hôm 9/5, đã gửi một bức thư từ biệt tới nhân viên.',
      null],
    ['but what the person then tells is not background',
      'Đám cưới gây chú ý\nAnh Lê Cường, người đã chụp lại khoảnh khắc trên cho biết ngày 8/2, anh đi ngang địa bàn xã.',
      'XXXX-02-08'],
    ['a tally\'s cut-off ("đến ngày X, ... có N") is no event',
      'Chấn chỉnh lạm dụng quỹ bảo hiểm\nTỉnh đề ra nhiều giải pháp. Theo cơ quan bảo hiểm, đến ngày 31/5/2017, toàn tỉnh có gần 2,6 triệu người tham gia.',
      null],
    ['"Tính đến ngày X" with a figure is a cut-off; the meeting is the event',
      'Giải ngân vốn đầu tư\nTính đến ngày 20/1, vốn cam kết đạt 1.423 triệu USD. Sáng 6/2, Sở đã họp với các doanh nghiệp.',
      'XXXX-02-06'],
    ['"Đến sáng X" tells an act, not a cut-off',
      'Bộ yêu cầu xử lý vụ bạo hành\nSau khi loạt bài được đăng, đến sáng 6/2, Bộ đã có công văn số 301 chỉ đạo xử lý.',
      'XXXX-02-06'],
    ['a completion "đến ngày X" with no figure right after stays the report\'s day',
      'Hoàn thành chi trả bồi thường\nCác tỉnh đang chi trả. Tính đến ngày 7/7, các huyện thuộc tỉnh đã hoàn thành việc chi trả cho các đối tượng bị thiệt hại.',
      'XXXX-07-07'],
    ['a lead told "hôm nay" before its reporting verb is undated; an earlier dated launch is background',
      'Đề xuất tăng tên lửa đánh chặn\nThượng nghị sĩ sẽ đưa dự luật ra trước quốc hội, Yonhap hôm qua đưa tin. Mỹ hiện có 30 tên lửa đánh chặn. Giới chức cho biết Triều Tiên sáng 14/5 phóng tên lửa.',
      null],
    ['"hôm nay thông báo" in the lead leaves an earlier incident undated as the story\'s day',
      'Ngoại trưởng thông báo cuộc gặp\nNgoại trưởng Nga hôm nay thông báo hai tổng thống sẽ gặp nhau. Hai bên sẽ bàn về Syria. Ông Trump hôm 10/5 tiếp ông Lavrov tại Nhà Trắng.',
      null],
    ['a named subject, its "hôm nay", then any verb dates the lead relatively: a deeper day is background',
      'Hà Nội đưa xe buýt mới vào chạy\nSở Giao thông Hà Nội hôm nay đưa thêm 20 xe buýt vào tuyến. Các xe đều có wifi. Tuyến này khai trương ngày 3/5 với 10 xe.',
      null],
    ['"chiều qua" after a person\'s name, then a visit: the earlier dated fire is background',
      'Thủ tướng thăm nạn nhân\nThủ tướng Lê Văn A chiều qua đến thăm các gia đình bị nạn. Ông động viên người dân. Đám cháy xảy ra vào sớm 14/6 tại khu nhà.',
      null],
    ['"hôm qua" after a name but before a preposition is the name\'s day, not an act: the dated day stays',
      'Giải đấu khép lại\nTrận chung kết Cúp Quốc gia hôm qua tại Hà Nội rất hấp dẫn. Khán giả đến đông. Ngày 6/2, ban tổ chức trao cúp cho đội vô địch.',
      'XXXX-02-06'],
    ['a statement told "cho báo chí hay" dates the incident it reports, like "cho biết"',
      'Say rượu, cháu đánh chết ông\nChiều 8 – 7, trưởng công an huyện cho báo chí hay khoảng 17 giờ chiều 7-7 tại xã, sau khi uống rượu về, người cháu dùng gậy đánh ông nội.',
      'XXXX-07-07'],
    ['"hôm nay" naming a noun ("Thời tiết hôm nay có") leaves the dated forecast day',
      'Thời tiết\nThời tiết hôm nay có biến chuyển rõ rệt. Dự báo: đêm mai (08/02), không khí lạnh sẽ ảnh hưởng.',
      'XXXX-02-08'],
    ['only a background date: the article’s own event is undated',
      'Khởi tố hai giám đốc buôn hàng giả\nCông an thành phố cho biết đã khởi tố vụ án. Trước đó, ngày 16/5, lực lượng chức năng kiểm tra kho hàng.',
      null],
    ['the crime as investigators recount it, under an arrest headline',
      'Bắt giam tài xế gây tai nạn\nCông an tỉnh đã khởi tố, bắt tạm giam tài xế. Theo điều tra ban đầu, khoảng 21h ngày 14/5, tài xế điều khiển ô tô đâm vào nhóm học sinh.',
      null],
    ['the same recount under a headline about the crash itself',
      'Ô tô đâm nhóm học sinh\nVụ tai nạn khiến ba em tử vong. Theo điều tra ban đầu, khoảng 21h ngày 14/5, tài xế điều khiển ô tô đâm vào nhóm học sinh.',
      'XXXX-05-14'],
    ['a sapo date inside the incident named as object gives way to the next opening date',
      'Thủ tướng ra lệnh điều tra vụ cháy\nThủ tướng đã ra lệnh điều tra vụ cháy chung cư ở thủ đô sáng 14/6 làm 17 người chết.\nPhát biểu ngày 15/6, Thủ tướng nhấn mạnh người dân cần câu trả lời.',
      'XXXX-06-15'],
    ['the day a measure agreed in the sapo takes effect ("có hiệu lực từ") is no follow-up event',
      'Hai nước thống nhất ngừng bắn\nThỏa thuận được thông báo sau cuộc hội đàm đầu tiên giữa hai tổng thống hôm 7/7.\nThỏa thuận ngừng bắn, có hiệu lực từ trưa ngày 9/7, được thông báo sau cuộc hội đàm.',
      'XXXX-07-07'],
    ['a mishap ("sự cố") named as the topic of a statement gives way to the next opening date, as "vụ" does',
      'Nổ ở nhà máy: Tổng cục lên tiếng\nĐó là thông tin của Tổng cục về sự cố nổ lớn tại lò vôi của nhà máy xảy ra tối 30/5.\nSáng 31/5, phóng viên đã liên lạc với ông Thức, Phó Tổng cục trưởng.',
      'XXXX-05-31'],
    ['a mishap as subject keeps its own date',
      'Nổ ở nhà máy\nSự cố nổ lớn tại lò vôi xảy ra tối 30/5 khiến khu công nghiệp rung chuyển.\nSáng 31/5, phóng viên đã liên lạc với ông Thức, Phó Tổng cục trưởng.',
      'XXXX-05-30'],
    ['the incident as subject keeps its own date',
      'Nam thanh niên rơi xuống sông\nVụ tai nạn xảy ra vào khoảng 21h tối 5-2-2017, tại cầu.\nSáng 6-2, chỉ huy đội cứu hộ cho biết vẫn đang tìm kiếm.',
      '2017-02-05'],
    ['"hồi" before a clock time is not back-then',
      'Xe container bốc cháy trên cầu\nChiếc xe bốc cháy trên cầu hồi 19 giờ 15 phút tối nay (6-2) khiến nhiều người hoảng loạn.',
      'XXXX-02-06'],
    ['"hồi" inside a word (Hồi giáo) is not back-then',
      'Hãng công nghệ phản đối sắc lệnh\nNgười dân đoàn kết với cộng đồng Hồi giáo ngày 3/2 tại Los Angeles.',
      'XXXX-02-03'],
    ['"hồi tháng trước" is back-then',
      'Ngôi đền được trùng tu\nNgôi đền đang được trùng tu. Hồi tháng trước, ngày 3/2, ngôi đền bị cháy một phần.',
      null],
    ['a capitalised day word after a caption with no stop opens its own sentence',
      'Phó giám đốc Sở bị phản ánh\nÔng từng dạy học ở trường chuyên Chiều 5.2, nhiều giáo viên bất bình khi nghe băng ghi âm.',
      'XXXX-02-05'],
    ['the local day behind a Vietnamese-time lead date',
      'Chưa có phán quyết về sắc lệnh\nSáng ngày 8-2 (giờ Việt Nam), phiên điều trần vẫn chưa có kết luận.\nCuối ngày 7-2 theo giờ Mỹ, phiên điều trần bắt đầu tại tòa phúc thẩm.',
      'XXXX-02-07'],
    ['a Vietnamese-time date stands when no local date is written',
      'Tàu đổ bộ thành công\nRạng sáng 10/7 (giờ Hà Nội), tàu đã hạ cánh an toàn.',
      'XXXX-07-10'],
    ['no date at all', 'Vì sao đường ngập?\nSáng nay, mưa lớn gây ngập nhiều tuyến phố.', null],
    ['background sentence loses to the event',
      'Vụ cháy xe khách\nTrước đó, ngày 3/2, xe xuất phát từ bến. Trưa 8/2, Trung tá Trần Văn A cho biết.',
      'XXXX-02-08'],
    ['a date in last year is background',
      'Chính sách tị nạn\nỦy ban vừa tuyên bố có thể trừng phạt. Vụ tấn công hôm 19-12 năm ngoái khiến nhiều người chết. Trong cuộc họp báo ngày 8-2 vừa rồi, ông Phó Chủ tịch cho biết.',
      'XXXX-02-08'],
    ['a press report date gives way to the just-past event it reports',
      'Hải quân hai nước tập trận chung\nHai tàu vừa tập trận chung ở Biển Đông, báo chí Nhật ngày 17/6/2017 cho biết.\nTheo tờ báo, từ ngày 13 đến ngày 15/6 vừa qua, hai tàu đã tập trận chung.',
      'XXXX-06-13'],
    ['a press report date stands when no reported event is dated',
      'Bầu cử: khoảng cách thu hẹp\nKết quả thăm dò công bố trên báo Times ngày 1/6 cho thấy đảng cầm quyền vẫn dẫn trước. Ảnh: ứng viên tại Newcastle ngày 12/5.',
      'XXXX-06-01'],
    ['a lead dated only relatively leaves later dates to side events',
      'Tổng thống bị chỉ trích\nÔng lại hứng chỉ trích từ nghị sĩ.\nTrong bài phỏng vấn vào cuối tuần, Tổng thống bình luận về chính sách. Bình luận gây tranh cãi. Ngày 4/2, ông điện đàm với lãnh đạo nước khác.',
      null],
    ['"Hôm qua," opening the lead', 'Mưa lớn gây ngập\nHôm qua, mưa lớn gây ngập nhiều tuyến phố. Người dân khổ sở. Ngày 2/2, thành phố từng ngập tương tự.', null],
    ['a habit ("mỗi cuối tuần") is not a relative date',
      'Duy trì đường đèn\nThành phố giữ đèn và bật sáng vào mỗi cuối tuần. Việc giữ đèn còn chờ tính toán.\nSáng 6-2, Phó Chủ tịch UBND thành phố chủ trì cuộc họp.',
      'XXXX-02-06'],
    ['a headline date anchors the lead\'s "sáng nay"',
      'Điểm tin sáng 6/2: đội tuyển có lịch giao hữu\nĐây là những tin đáng chú ý sáng nay. Đội tuyển sẽ đá giao hữu. Trận đấu diễn ra vào ngày 24/3 tới.',
      'XXXX-02-06'],
    ['a later mention resolves the lead\'s relative phrase',
      'Giá vàng tăng\nGiá vàng thế giới tăng mạnh.\nChốt phiên cuối tuần, giá vàng đứng ở mức cao. Giới đầu tư kỳ vọng nhiều. Trong giao dịch cuối tuần (20/5), giá vàng trong nước tăng nhẹ.',
      'XXXX-05-20'],
    ['a police report of an arrest under a headline about the crime: the report\'s day, not the crime told behind it',
      'Chồng truy sát vợ trong đêm\nNgày 6-6, Công an huyện cho biết đã bắt giam nghi can để điều tra.\nTrước đó, nghi can dùng dao đâm vợ. Khoảng 21 giờ ngày 4-6, người dân nghe tiếng kêu cứu.',
      'XXXX-06-06'],
    ['the arrest report stands when the headline is about the arrest',
      'Bắt nghi can truy sát vợ\nNgày 6-6, Công an huyện cho biết đã bắt giam nghi can để điều tra.\nKhoảng 21 giờ ngày 4-6, người dân nghe tiếng kêu cứu.',
      'XXXX-06-06'],
    ['the report stands when the headline is about what it disclosed',
      'Hé lộ nguyên nhân vụ cháy chung cư\nNgày 23/6, cảnh sát cho biết đã bắt giữ hai người liên quan.\nĐám cháy bùng phát vào khoảng 1h sáng 14/6.',
      'XXXX-06-23'],
    ['a record\'s reference point ("thấp nhất kể từ ngày 31/1") is not the session\'s date',
      'Dầu thô kéo chứng khoán đảo chiều\nKết thúc phiên 6/2, chỉ số Dow Jones giảm. Giá dầu xuống mức thấp nhất kể từ ngày 31/1.',
      'XXXX-02-06'],
    ['"cao nhất kể từ hôm 4/5" alone leaves the session undated',
      'Giá dầu lao dốc\nĐây là ngày giao dịch tồi tệ nhất kể từ hôm 4/5.', null],
    ['an ordinal "lần thứ nhất ... từ ngày 11" is the event itself',
      'Hủy ngày hội hoa\nNgày hội hoa lần thứ nhất sẽ diễn ra từ ngày 11 đến ngày 13/2 tới tại khu du lịch.', 'XXXX-02-11'],
    ['a lead date inside a named contest gives way to the follow-up written days later',
      'Tổng thống Nga sẵn sàng hợp tác\nĐây là nội dung điện chúc mừng ông vừa đắc cử trong cuộc bầu cử vòng 2 ngày 7/5, được Tổng thống gửi sáng 8/5.',
      'XXXX-05-08'],
    ['a lead date inside an incident named as object gives way to the later finding',
      'Tai nạn ở Gia Lai: Đã có kết quả giám định\nCông an tỉnh cho biết đã có kết quả giám định đối với tài xế, người gây ra vụ tai nạn thảm khốc hôm 7/5, khiến 13 người tử vong.\nLiên quan vụ tai nạn xảy ra ngày 7/5, Trưởng phòng cho biết: "Theo kết quả giám định của Viện Khoa học Hình sự vào ngày 17/5, mẫu máu không có chất cấm".',
      'XXXX-05-17'],
    ['a lead date inside a named agent\'s clause ("do Thượng viện thông qua hôm 14/6") gives way to the act told days later',
      'Nhà Trắng vận động giảm nhẹ dự luật\nNhà Trắng đang vận động các nghị sĩ để giảm nhẹ dự luật do Thượng viện thông qua hôm 14/6. Nỗ lực này nhằm tránh một cuộc đối đầu.\nHôm 20/6, một hạ nghị sĩ đã đệ trình yêu cầu xem xét lại dự luật.',
      'XXXX-06-20'],
    ['"do" before a lower-case word is a cause or a compound ("máy bay do thám"), not an agent: the lead date stays',
      'Máy bay Mỹ lại bay gần biên giới\nNga phát hiện máy bay do thám của Mỹ ngày 9/5 gần bờ biển.\nHôm 12/5, Bộ Quốc phòng Nga thông báo đã điều chiến đấu cơ.',
      'XXXX-05-09'],
    ['a complaint dates the incident it tells right after ("phản ánh ... việc vào ngày 17.6, ...")',
      'Nữ sinh bị đánh ngất xỉu\nNgày 19.6, chị Hoa bức xúc phản ánh với chính quyền việc vào ngày 17.6, em gái chị bị một nhóm thanh niên đánh đến ngất xỉu.',
      'XXXX-06-17'],
    ['a statement\'s day gives way to the incident it tells a day before ("cho biết tàu ... bị đâm vào rạng sáng 17-6")',
      'Tàu chiến suýt chìm\nChỉ huy hạm đội ngày 18-6 cho biết tàu khu trục sau khi bị tàu hàng đâm vào rạng sáng 17-6 đã suýt chìm giữa biển.',
      'XXXX-06-17'],
    ['an earlier day told "Trước đó" after a statement stays background',
      'Bé trai bị thương ở trường\nChiều ngày 8/2, ông T., Chánh Văn phòng Sở, cho biết đã chỉ đạo nhà trường kiểm tra. Trước đó, vào trưa ngày 6/2, cháu A. bị rơi xuống hố.',
      'XXXX-02-08'],
    ['an earlier case named "liên quan" in a statement stays background',
      'Tình hình các nạn nhân\nNgày 9/6, ông H. cho biết: Liên quan vụ tai nạn trên quốc lộ ngày 8/6, hai nạn nhân đã qua cơn nguy kịch.',
      'XXXX-06-09'],
    ['a case named "Liên quan đến" at the sentence start is an earlier one, however far from the day',
      'Cô gái bị tạt axit có nguy cơ hỏng mắt\nLiên quan đến vụ việc nghi can chém người rồi tạt axit vì mâu thuẫn nhỏ, ngày 3-7 bác sĩ Khoa cho biết, trong ngày 2-7 bệnh viện tiếp nhận bốn nạn nhân.',
      'XXXX-07-03'],
    ['a broadcast\'s day named in a statement is not the incident\'s',
      'Bộ thừa nhận cán bộ đi lễ\nNgày 8.2, Bộ cho biết người được phản ánh trong bản tin thời sự lúc 19h tối 7.2 là cán bộ của Cục.',
      'XXXX-02-08'],
    ['an incident told four days before a statement is past the reach',
      'Cháy kho hàng\nNgày 12/5, ông T. cho biết vụ cháy ở kho hàng tối 8/5 gây thiệt hại lớn.',
      'XXXX-05-12'],
    ['an incident told in a later sentence is left to the statement rules',
      'Cháy kho hàng\nNgày 12/5, ông T. cho biết kho hàng bị thiệt hại lớn. Ông nói vụ cháy bùng lên tối 11/5.',
      'XXXX-05-12'],
    ['one night written as two days is not a follow-up',
      'Tái diễn biểu tình\nKhoảng 500.000 người đã tham gia các cuộc biểu tình phản đối chính phủ trong đêm 5/2 rạng sáng 6/2 ở nước này.',
      'XXXX-02-05'],
    ['a count "tính đến" a later time, a photo caption and a statement are not follow-ups',
      'Cháy quán massage\nÍt nhất 18 người thiệt mạng trong vụ cháy quán massage hôm 5/2. Tính đến 5 giờ sáng ngày 6/2, 18 người thiệt mạng. Cảnh sát phong tỏa hiện trường ngày 6/2. Ảnh: AP. Ông thị trưởng ngày 7/2 cho biết sẽ điều tra.',
      'XXXX-02-05'],
    ['"nhiệm vụ" is not an incident',
      'Hợp tác chống IS\nBa binh sĩ chết do trúng bom của máy bay đang thực hiện nhiệm vụ tại thị trấn ở Xy-ri hôm 9-2 vừa qua.\nNgày 10-2, Bộ Tổng Tham mưu cho biết hai nước sẽ phối hợp.',
      'XXXX-02-09'],
    ['an announced day after "trước khi" is not a follow-up',
      'Lo ngại biểu tình trước bầu cử\nMột cuộc biểu tình phản đối Thị trưởng ngày 7.2 khiến cảnh sát cấm biểu tình trước khi diễn ra bầu cử vào ngày 15.2.',
      'XXXX-02-07'],
    ['a state reported ("đang tạm giữ") under an arrest headline: the report\'s day, not the arrest told after it',
      'Bắt nam thanh niên cướp dây chuyền\nNgày 19.5, Công an quận cho biết, đang tạm giữ hình sự đối tượng. Theo điều tra ban đầu, khoảng 17h ngày 17.5, đối tượng giật dây chuyền. Qua camera, công an bắt gọn đối tượng vào ngày 18.5.',
      'XXXX-05-19'],
    ['an interview date under an arrest headline: the interview\'s day, not the crime told "Trước đó"',
      'Bắt đối tượng đâm gục bí thư thị trấn\nSáng 18/5, trao đổi với phóng viên, trưởng công an huyện cho biết đang tạm giữ một đối tượng. Trước đó, trưa 16/5, tại trụ sở thị trấn đã xảy ra vụ tấn công.',
      'XXXX-05-18'],
    ['a state report under a headline about the incident: the report\'s day, not the incident\'s',
      'Va chạm xe máy, đôi nam nữ tử vong\nSáng 7/2, Công an thành phố cho biết đang xác minh làm rõ một vụ tai nạn. Thông tin ban đầu cho biết, khoảng 16h ngày 6/2, hai xe máy va chạm.',
      'XXXX-02-07'],
    ['a statement the day after the incident a headline tells, the incident told "Trước đó": the incident\'s day',
      'Năm người bị ngộ độc nấm rừng\nSáng 21/5, Giám đốc bệnh viện cho biết khoa cấp cứu đang tích cực điều trị cho 6 nạn nhân. Trước đó, lúc 15 giờ chiều 20/5, trung tâm y tế huyện tiếp nhận 6 nạn nhân.',
      'XXXX-05-20'],
    ['so with "Sáng nay, 6.2" and a clock time before the day',
      'Người đàn ông rơi xuống sông Hồng mất tích\nSáng nay, 6.2, thông tin từ lực lượng cảnh sát quận cho biết, đơn vị đang tìm kiếm một người đàn ông. Trước đó, khoảng 21 giờ 10 phút ngày 5.2, người này dừng xe giữa cầu.',
      'XXXX-02-05'],
    ['"sau khi" in the headline still tells the incident',
      'Anh trai tử vong sau khi lao xuống sông cứu em\nSáng 18-6, UBND xã xác nhận, trên địa bàn xã vừa xảy ra một vụ đuối nước. Trước đó, vào khoảng 16h chiều 17-6, H. cùng em trai ra sông tắm.',
      'XXXX-06-17'],
    ['but not under a headline of what was done after it ("Họp khẩn sau va chạm")',
      'Họp khẩn sau va chạm chìm tàu\nNgày 20/5, cảng vụ hàng hải cho biết đã cử lực lượng điều tiết luồng. Trước đó, lúc 20h15 tối 19/5, tại luồng cảng xảy ra vụ đâm va giữa hai tàu.',
      'XXXX-05-20'],
    ['nor under a search\'s end ("Tìm thấy thi thể")',
      'Tìm thấy thi thể 2 học sinh tắm suối bị lũ cuốn\nChiều 9/6, Phó chủ tịch UBND huyện cho biết lực lượng cứu hộ vừa tìm thấy thi thể hai em. Trước đó, chiều 8/6, bảy học sinh rủ nhau đến suối tắm thì bị lũ cuốn trôi.',
      'XXXX-06-09'],
    ['nor under news of the victims\' health',
      'Diễn biến sức khỏe của 14 nạn nhân bị ong tấn công\nChiều 8/6, chính quyền xã cho biết sức khỏe các nạn nhân đã ổn định. Trước đó, vào lúc 14 giờ 30 phút ngày 7/6, 14 người bị đàn ong tấn công.',
      'XXXX-06-08'],
    ['nor under news of a known case ("Vụ ...: ...")',
      'Vụ trâu húc người ở Đồ Sơn: Bắn trâu số 18 để lấy mẫu xét nghiệm\nChiều tối 2.7, Công an quận cho biết đã lấy mẫu xét nghiệm. Trước đó, 11h45 ngày 1.7, trâu số 18 húc chủ tử vong.',
      'XXXX-07-02'],
    ['a state report under a follow-up headline (a suspension) stands',
      'Tạm đình chỉ trường mầm non\nNgày 6-2, trao đổi với PV, phó trưởng phòng cho biết trường bị đình chỉ. Clip được chia sẻ trên mạng xã hội ngày 5-2 vừa qua.',
      'XXXX-02-06'],
    ['a state report under a question headline stands',
      'Vì sao số liệu tai nạn khác nhau?\nNgày 7/2, trao đổi với Báo Giao thông, chánh văn phòng cho biết số liệu đang xác minh. Vụ tai nạn xảy ra hôm 26/1.',
      'XXXX-02-07'],
    ['an act done ("đã bắt giam") is not a state report: the arrest headline keeps it',
      'Bắt nghi can cướp tài sản\nNgày 7.2, Công an huyện cho biết đã bắt giam đối tượng. Trước đó, sáng 6.2, đối tượng cướp tài sản.',
      'XXXX-02-07'],
    ['a headline\'s announced date, given with "sẽ" by the statement, beats the statement\'s day',
      'Mở đoàn tàu cho người dân tham quan từ 20/5\nNgày 19/5, ông Phó Tổng Giám đốc cho hay, bắt đầu từ 9h sáng 20/5, đơn vị sẽ mở cửa nhà ga.',
      'XXXX-05-20'],
    ['a box of links early in the text, with no byline stamp before it, leaves the article\'s own date',
      'Công an phá đường dây đánh bạc\nTin liên quan Bắt nhóm đánh bạc ở Hà Nội\nNgày 8/6, Công an tỉnh cho biết đã triệt phá một đường dây đánh bạc qua mạng với quy mô lớn. ' + 'Các đối tượng khai nhận hành vi vi phạm. '.repeat(4),
      'XXXX-06-08'],
    ['"Tin liên quan đến ..." in a sentence is no link block: the date after it stays',
      'Tin mới về vụ cháy\nTin liên quan đến vụ cháy được công an xác nhận chiều 7/2 tại trụ sở.',
      'XXXX-02-07'],
    ['a file photo\'s day of an earlier year ("... ngày 16/4/2016. Ảnh: AFP") dates no event of a 2017 story',
      'Ngân hàng có thể mất việc làm\nNgười dân tham gia biểu tình tại thủ đô ngày 16/4/2016. Ảnh: AFP Theo đánh giá của viện nghiên cứu, năm 2017 ngành tài chính sẽ mất nhiều việc làm.',
      null],
    ['a photo\'s day of the story\'s own year still dates it when the text has no other',
      'Lễ khai xuân thị trường\nQuang cảnh lễ khai xuân do Sở Giao dịch tổ chức ngày 6/2/2017. Ảnh: VGP Dự buổi lễ có nhiều lãnh đạo năm 2017.',
      '2017-02-06'],
    ['a digest headline ("Tin thế giới 15/5: ...") dates the record, not its first item',
      'Tin thế giới 15/5: Triều Tiên thử tên lửa, máy bay trinh sát rơi\nTriều Tiên công bố ảnh vụ thử tên lửa vào sáng sớm 14/5 dưới sự giám sát của lãnh đạo.',
      'XXXX-05-15'],
    ['a sports digest with a later fixture in its items keeps its own day',
      'Tin thể thao HOT 27/5: Võ sĩ không dám khinh địch\nVõ sĩ sẽ gặp đối thủ người Úc tranh đai vô địch ngày 2/7 sắp tới tại Brisbane.',
      'XXXX-05-27'],
    ['a digest\'s day in brackets after a day part ("ĐIỂM TIN SÁNG (6.2):")',
      'ĐIỂM TIN SÁNG (6.2): CLB dùng tiền dụ dỗ HLV\nĐội tuyển xác nhận vào ngày 24.3 tới sẽ đá giao hữu với Đài Loan.',
      'XXXX-02-06'],
    ['a digest named for its day with no colon ("Tin hoạt động CĐ ngày 8.2")',
      'Tin hoạt động CĐ ngày 8.2\nNgày 7.2, Chủ tịch Công đoàn tỉnh dự lễ phát động tháng công nhân.',
      'XXXX-02-08'],
    ['"Tin vui từ 1/7: ..." is no digest: the day is what starts then, and the lead date stays',
      'Tin vui từ 1/7: lương cơ sở tăng\nChiều 11/5, Bộ Nội vụ cho biết lương cơ sở tăng kể từ ngày 1/7.',
      'XXXX-05-11'],
    ['a headline opening with another word ("Tin đồn") and no colon after the day is no digest',
      'Tin đồn sáp nhập lan rộng sau ngày 3/5 khiến cổ phiếu giảm\nSáng 8/5, công ty phát đi thông cáo bác bỏ tin đồn.',
      'XXXX-05-08'],
    ['a headline date written without "sẽ" in the body leaves the lead date',
      'Cam kết chặn tin nhắn rác từ ngày 1/7\nChiều ngày 11/5, các nhà mạng cho biết đã ký cam kết ngăn chặn tin nhắn rác kể từ ngày 1/7.',
      'XXXX-05-11'],
    ['a body found the next day under a headline about the accident: the finding told first, not the accident behind it',
      'Hai người thiệt mạng do giông tố trên biển\nChiếc mủng bị lật khiến hai vợ chồng gặp nạn.\nTrưởng công an huyện xác nhận: Vào lúc 7 giờ ngày 18/5, lực lượng chức năng đã tìm thấy thi thể ông L. Đây là một trong hai nạn nhân gặp nạn do lật mủng vào khoảng 15 giờ ngày 17/5.',
      'XXXX-05-18'],
    ['a body found under a headline about the finding keeps the finding\'s date',
      'Phát hiện thi thể nam thanh niên dưới chân đồi\nSáng 6/2, người dân phát hiện thi thể một người đàn ông. Nạn nhân đã mất tích từ ngày 3/2.',
      'XXXX-02-06'],
    ['a post holder\'s statement as the headline, unquoted after the colon, keeps the interview\'s date',
      'Bí thư tỉnh: Dừng ngay hủ tục treo trâu tại lễ hội\nSáng 6/2, trao đổi với chúng tôi, bà Bí thư Tỉnh ủy cho biết hủ tục sẽ được bỏ. Ngay sau khi tiếp nhận thông tin, trong chiều 5/2, Thanh tra Bộ đã gọi điện chỉ đạo.',
      'XXXX-02-06'],
    ['a place before the colon is a dateline, not a speaker: the interview\'s day, not the act told after it',
      'Yên Bái: Dừng ngay hủ tục treo trâu tại lễ hội\nSáng 6/2, trao đổi với chúng tôi, bà Bí thư Tỉnh ủy cho biết hủ tục sẽ được bỏ. Ngay sau khi tiếp nhận thông tin, trong chiều 5/2, Thanh tra Bộ đã gọi điện chỉ đạo.',
      'XXXX-02-06'],
    ['a quoted statement headline keeps the report\'s date',
      'Nghi phạm sát hại cô gái: \'Chuyến đi này chắc không về\'\nChiều 9/2, sau 3 ngày phát hiện thi thể cô gái, nghi phạm đã ra đầu thú. Nghi phạm khai chiều 1/2 gọi điện cho nạn nhân.',
      'XXXX-02-09'],
    ['"quốc tế" as an adjective is no holiday ("được quốc tế công nhận ... ngày 5/6")',
      'Yemen cắt đứt quan hệ với Qatar\nChính phủ được quốc tế công nhận của Yemen ngày 5/6 đã cắt đứt quan hệ với Qatar.',
      'XXXX-06-05'],
    ['"Ngày Quốc tế Phụ nữ 8/3" is a holiday',
      'Hoa hồng dịp lễ\nNhân Ngày Quốc tế Phụ nữ 8/3, sáng 6/3, công đoàn tặng hoa.', 'XXXX-03-06'],
    ['a statement confirming "sự việc xảy ra vào ngày 8.5" dates the event',
      'Thầy giáo bị sa thải vì tát học sinh\nSáng 9.5, bà Hiệu trưởng xác nhận sự việc xảy ra vào ngày 8.5 khi thầy đi nhắc nhở học sinh.',
      'XXXX-05-08'],
    ['"Theo đó, ... ngày 23/5" after a statement tells the event it reported',
      'Thi thể trẻ sơ sinh trôi trên sông\nNgày 24/5, ông Chủ tịch UBND xã cho biết, người dân đã phát hiện thi thể trôi trên sông. Theo đó, khoảng 14h30 ngày 23/5, một số bà con đi dọc bờ sông thì phát hiện sự việc.',
      'XXXX-05-23'],
    ['"Theo đó, ..." after an inline photo caption still tells the event the statement reported',
      'Bé trai mất tích nghi bị bắt cóc\nSáng 4-7, Trưởng Công an thị xã cho biết đang tổ chức tìm kiếm cháu bé. Cháu bé trước khi mất tích - ảnh gia đình cung cấp Theo đó, chiều tối 3-7, công an tiếp nhận trình báo của gia đình.',
      'XXXX-07-03'],
    ['a caption with no opener after it leaves the statement\'s date',
      'Bé trai mất tích nghi bị bắt cóc\nSáng 4-7, Trưởng Công an thị xã cho biết đang tổ chức tìm kiếm cháu bé. Cháu bé trước khi mất tích - ảnh gia đình cung cấp Chiều tối 3-7, công an tiếp nhận trình báo của gia đình.',
      'XXXX-07-04'],
    ['an event named far into the statement\'s object does not date it, nor under a results headline',
      'Đã có kết quả xét nghiệm của 24 người cứu nạn\nChiều 2.7, Trung tâm đã thông báo kết quả xét nghiệm 17 nhân viên y tế và 7 người dân tham gia cứu người trong vụ tai nạn giao thông xảy ra ngày 30.6 tại tỉnh.',
      'XXXX-07-02'],
    ['"kiểm soát thông tin" is no statement verb',
      'Bộ ra tay vụ bạo hành trẻ\nNgày 6/2 Bộ có công văn về việc chỉ đạo, kiểm soát thông tin bạo hành trẻ. Theo đó, ngày 5/2, một số báo đã đăng tải thông tin.',
      'XXXX-02-06'],
    ['a finding headline keeps the statement that confirms the finding',
      'Tìm thấy thi thể hai học sinh bị đuối nước\nNgày 10/6, UBND xã xác nhận đã tìm thấy thi thể hai học sinh bị đuối nước xảy ra ngày 8/6.',
      'XXXX-06-10'],
    ['under an arrest headline the statement\'s date stands unless the arrest itself is dated ("bắt cóc" is no arrest)',
      'Bắt giữ đối tượng bắt cóc tống tiền giám đốc\nNgày 6/6, công an huyện cho biết, đơn vị vừa bắt giữ đối tượng. Theo đó, đối tượng gây ra vụ bắt cóc, tống tiền xảy ra vào rạng sáng ngày 7/5.',
      'XXXX-06-06'],
    ['under an arrest headline a dated arrest after "Theo đó" is the event',
      'Bắt 4 tên cướp dùng dao bầu\nChiều 5/6, Công an thành phố thông tin về việc bắt giữ 4 đối tượng cướp tài sản. Theo đó, khoảng 3h00 ngày 4/6, tổ công tác phát hiện, bắt giữ 4 đối tượng.',
      'XXXX-06-04'],
    ['a date written with an older year is backstory, not the crime behind an arrest report',
      'Trưởng phòng chiếm đoạt 3,4 tỷ đồng\nChiều 27-6, Cơ quan điều tra cho biết đã khởi tố, bắt tạm giam bị can. Ngày 31-5-2010, công ty ký hợp đồng với hợp tác xã. Từ ngày 5-6-2012 đến ngày 4-7-2012, bị can bán hàng ra ngoài.',
      'XXXX-06-27'],
    ['a statement whose reported clause opens with its own date ("cho biết: Lúc 20 giờ 15 phút tối 19/5")',
      'Cứu 8 thuyền viên sau va chạm\nSáng 20/5, Cảng vụ Hàng hải cho biết: Lúc 20 giờ 15 phút tối 19/5, tại luồng cảng xảy ra vụ va chạm giữa hai tàu.',
      'XXXX-05-19'],
    ['an arrest confirmed with its own date under an arrest headline',
      'Bắt giám đốc văn phòng đăng ký đất đai\nSáng 27-6, ông Giám đốc Sở xác nhận chiều 26-6, công an tỉnh đã bắt tạm giam ông H.',
      'XXXX-06-26'],
    ['the end of a spell ("kéo dài đến khoảng ngày 05/07") is not the event',
      'Mưa lớn diện rộng ở phía Bắc\nMưa lớn có khả năng kéo dài đến khoảng ngày 05/07. Ở vùng núi đêm qua và sáng sớm nay 27/6 đã có mưa to.',
      'XXXX-06-27'],
    ['nor the end of an offer ("từ nay đến hết ngày 31/3")',
      'Thi sáng tác biểu trưng\nThời gian nhận tác phẩm từ nay đến hết ngày 31/3.', null],
    ['nor the day of an example given for a trend ("Điển hình gần đây, ... ngày 25/1")',
      'Bi kịch tai nạn ngày Tết\nXe công nông gây nhiều vụ tai nạn. Điển hình gần đây, lúc 0 giờ 20 phút ngày 25/1, một xe công nông lật trên quốc lộ.', null],
    ['... ("Ví dụ, ... ngày 15/2")',
      'Lo ngại an toàn thực phẩm\nNhiều vụ ngộ độc xảy ra. Ví dụ, 81 người bị ngộ độc sau khi ăn cỗ cưới ở Hà Giang ngày 15/2.', null],
    ['nor a comparison\'s reference point ("so với giá bán chiều 05/02")',
      'Người người mua vàng ngày vía Thần Tài\nCửa hàng niêm yết giá 37,4 triệu/lượng (tăng 250.000 đồng) so với giá bán chiều 05/02.', null],
    ['... while the day the price is told of stays the event',
      'Giá vàng giảm\nSáng 6/2, giá vàng miếng giảm 100.000 đồng so với phiên 5/2.', 'XXXX-02-06'],
    ['nor a term closed by "đến hết" alone, a rule\'s deadline or a tally\'s cut-off',
      'Tuyển sinh đại học\nCho nên, Bộ quy định đến hết ngày 10/2 là các trường phải đăng ký chỉ tiêu.', null],
    ['... a balance at "đến hết ngày 31/12/2016"',
      'Lợi nhuận nhà máy tăng\nVốn chủ sở hữu của nhà máy đến hết ngày 31/12/2016 đạt 1.737 tỷ đồng.', null],
    ['... so a later day of the story stays its event',
      'Cấm phương tiện qua cầu\nThời gian thi công kể từ hôm nay đến hết ngày 31/5. Hôm nay (16/5), sở cho biết đã cắm biển.', 'XXXX-05-16'],
    ['nor the day a rule or a term runs from ("sau ngày 10/2, ... sẽ bị xử lý"), the mirror of "trước ngày"',
      'Hà Nội ra tối hậu thư với nhà xe\nSở GTVT khẳng định sau ngày 10/2, các doanh nghiệp không chấp hành sẽ bị xử lý nghiêm.', null],
    ['... nor "xuất hóa đơn sau ngày 1/7/2016", "Từ sau ngày 11/9"',
      'Truy thu thuế ô tô nhập khẩu\nDoanh nghiệp phải nộp thuế với xe xuất hóa đơn sau ngày 1/7/2016. Từ sau ngày 11/9, Mỹ đổi chiến lược.', null],
    ['... nor "Từ ngày 1-1-2018 trở đi", "từ ngày 1.7.2004 trở về sau": the same said after the day',
      '"Xé" lương để lách luật\nTừ ngày 1-1-2018 trở đi, tiền lương tháng đóng BHXH sẽ bao gồm lương và phụ cấp. Việc giao đất từ ngày 1.7.2004 trở về sau chưa hoàn thành.', null],
    ['but "trở" after a day is not always onward ("ngày 5/6 trở lại")',
      'Đội tuyển hội quân\nCác cầu thủ đã trở về câu lạc bộ. Sáng 5/6 trở lại, các cầu thủ tập trung tại Hà Nội.', 'XXXX-06-05'],
    ['... so a later day of the story stays its event',
      'Đường sắt Cát Linh\nSau ngày 30/9/2017, tuyến đường sắt sẽ vận hành thử. Sáng ngày 4/2, Phó Thủ tướng đi kiểm tra thực tế.', 'XXXX-02-04'],
    ['a future contract\'s price "giao sau hôm thứ Sáu (2/6)" is no term: the session\'s day stays',
      'Giá vàng tăng tuần thứ tư\nGiá vàng giao sau hôm thứ Sáu (2/6) đóng cửa ở mức cao nhất kể từ tháng 4.', 'XXXX-06-02'],
    ['a date running with no stop into a capitalised opener closes a glued photo caption: the text\'s own day wins',
      'Hãng công nghệ kiện lệnh cấm\nNgười dân cầm biểu ngữ tại Los Angeles hôm 3.2 Theo CNN, 97 công ty đã nộp đơn kiện lên tòa án vào tối 5.2.',
      'XXXX-02-05'],
    ['... but a lower-case word after the date glues nothing: the lead\'s day stays',
      'Hãng công nghệ kiện lệnh cấm\nNgười dân biểu tình tại Los Angeles hôm 3.2 theo lời kêu gọi, trước khi 97 công ty nộp đơn kiện vào tối 5.2.',
      'XXXX-02-03'],
    ['a holiday closing a caption with no stop does not reach the capitalised day word opening the next sentence',
      'Ngôi mộ tập thể\nBức ảnh ghi mốc thời gian là Mùng Hai Tết Mậu Thân 1968  Ngày 28/6, trao đổi với PV, ông Thắng cho biết sẽ khảo sát.',
      'XXXX-06-28'],
    ['... while a holiday before a lower-case day word still names that day',
      'Chợ hoa xuân\nNgười dân nô nức mua hoa dịp Tết ngày 28/1 năm nay. Chợ hoa mở cửa đến khuya.',
      null],
    ['... and a capitalised weekday inside a sentence opens nothing ("Quốc khánh Chủ nhật (2/9)")',
      'Du lịch tăng mạnh\nLượng khách tăng dịp nghỉ lễ Quốc khánh Chủ nhật (2/9) năm nay. Các khách sạn kín phòng.',
      null],
    ['a photo credit that reads like a holiday ("Ảnh: Quốc Khánh") does not reach past its bracket',
      'Khai mạc giải bóng bàn\nTay vợt thi đấu vòng loại. (Ảnh: Quốc Khánh/TTXVN) Ngày 16/5, tại nhà thi đấu tỉnh, giải khai mạc.',
      'XXXX-05-16'],
    ['under an incident headline, a "Trước đó" date with no other date is the incident\'s',
      'Cháy tại cảng cá, 7 tàu cá bị hư hại\nCơ quan chức năng đang điều tra nguyên nhân vụ việc. Trước đó, vào khoảng 23 giờ 30 phút ngày 4/6, ngư dân phát hiện đám cháy.',
      'XXXX-06-04'],
    ['not under a headline about a policy, nor when the lead dates the incident "sáng nay"',
      'Khánh thành trung tâm dữ liệu\nDoanh nghiệp đã khánh thành trung tâm mới. Trước đó, ngày 11/5, Thủ tướng đã phê duyệt chủ trương.',
      null],
    ['an incident dated "sáng nay" in the lead leaves an earlier "Trước đó" incident aside',
      'Hai thanh niên bị vây đánh\nCông an giải cứu 2 người bị đánh.\nKhoảng 8h30 sáng nay, người dân vây quanh 2 người lạ mặt. Trước đó, vào chiều tối 3/7, một cháu bé mất tích.',
      null],
    ['the solar date glossing a day of Tết ("mùng 10 Tết (ngày 6/2)") is the event\'s day',
      'Người Sài Gòn đi mua cá lóc ngày vía Thần Tài\nTừ sáng sớm mùng 10 Tết (ngày 6/2), người Sài Gòn đổ xô đi mua đồ cúng.',
      'XXXX-02-06'],
    ['the start of a reviewed period ("từ ngày 01/07/2014 đến hết năm 2016") is not an event',
      'Bộ rà soát doanh nghiệp\nBộ đã rà soát các doanh nghiệp cổ phần hóa từ ngày 01/07/2014 đến hết năm 2016.', null],
    ['nor either bound of a fiscal year or an eligibility window',
      'Lợi nhuận giảm\nNiên độ 1/10/2015 – 30/9/2016 công ty lỗ. Ngày 6/2, cổ phiếu giảm sàn.', 'XXXX-02-06'],
    ['a short range is the event\'s own ("từ 6/2 - 11/2")',
      'Ngân hàng lì xì khách hàng\nNgân hàng tặng lì xì cho khách gửi tiền từ 6/2 - 11/2.', 'XXXX-02-06'],
    ['an announced span keeps its first day',
      'Lễ hội pháo hoa\nLễ hội sẽ được tổ chức vào tối thứ 7 từ 29/4 đến hết 24/6.', 'XXXX-04-29'],
    ['a story about an instrument, with no other date, takes its issue date',
      'Sắp có thẻ điện tử\nThủ tướng vừa ban hành Chỉ thị 05/CT-TTg ngày 6/2/2017 về thi hành án dân sự.', '2017-02-06'],
    ['not when the lead only implements or follows an instrument',
      'Tăng cường tiếp công dân\nThành phố tiếp tục thực hiện Chỉ thị số 15-CT/TU ngày 16/12/2016 của Thành ủy.', null],
    ['nor an instrument of an earlier year than the story',
      'Quy định mới\nQuy định nêu tại Thông tư 15/2014/TT-BCA ngày 4/4/2014 được sửa bằng Thông tư 20/2017/TT-BCA ngày 5/5/2017.', '2017-05-05'],
    ['a plan in the sapo gives way to the briefing that announced it',
      'Lễ hội cà phê\nLễ hội sẽ được tổ chức từ ngày 8-3 đến 13-3.\nSáng 6-2 tại Hà Nội, Ban Chỉ đạo công bố chương trình lễ hội.', 'XXXX-02-06'],
    ['the briefing may "thông báo dự kiến" the plan',
      'Quốc hội sẽ họp\nQuốc hội sẽ bế mạc vào ngày 21/6.\nChiều 19/5, Tổng Thư ký chủ trì buổi họp báo, thông báo dự kiến nội dung kỳ họp.', 'XXXX-05-19'],
    ['not when the headline dates the planned event',
      'Ngày 10/3, khai mạc Lễ hội\nLễ hội sẽ khai mạc ngày 10/3.\nSáng 6/2, Ban Chỉ đạo tổ chức họp báo về lễ hội.', 'XXXX-03-10'],
    ['nor for a later dated fact that is not the announcement',
      'Năm ca khúc tranh giải\nCác ca khúc sẽ tranh tài tại lễ trao giải vào ngày 12/2.\nVào ngày 18/1, ca khúc cán mốc một tỷ lượt xem.', 'XXXX-02-12'],
    ['an event dated by month only leaves an earlier month\'s date aside',
      'Công ty gia nhập hiệp hội\nCông ty vừa nhận thư chấp nhận. Cụ thể, trong những ngày đầu tháng 4/2017, công ty nhận được thư. Trong thư, ông Chủ tịch viết: “Trong cuộc họp ngày 10/3/2017, Ủy ban đã công nhận hồ sơ.”',
      null],
    ['but not a later date after the month clause',
      'Tổng kết quý\nTrong tháng 4, toàn tỉnh xảy ra 20 vụ tai nạn. Sáng 5/5, Ban An toàn giao thông họp.', 'XXXX-05-05'],
    ['a link to another story ("Xem thêm: CLIP HOT NGÀY 29/6") leaves the headline\'s date',
      'CLIP HOT NGÀY 1/7: Xe container hất văng CSGT\nNhững clip ấn tượng trong ngày. ( CHI TIẾT ) >> Xem thêm: CLIP HOT NGÀY 29/6: Tai nạn trên quốc lộ.',
      'XXXX-07-01'],
    ['a part of the day times an event even right after a law\'s name',
      'Kinh doanh đa cấp làm nóng nghị trường\nBổ sung tội mới vào dự thảo Bộ luật hình sự làm nóng nghị trường sáng nay 24/5.', 'XXXX-05-24'],
    ['an incident that "xảy ra vào chiều 22/5" keeps its date beside a lead\'s "sáng nay" statement',
      'Chui gầm xe ăn vạ\nĐội trưởng cho biết sáng nay, đơn vị vừa xử lý một thanh niên. Vụ việc xảy ra vào chiều 22/5, tổ tuần tra phát hiện đôi nam nữ.',
      'XXXX-05-22'],
    ['a bill under debate dates its session, not a document',
      'Thảo luận luật\nĐại biểu phát biểu tại phiên thảo luận dự án Luật Đường sắt (sửa đổi) ngày 30/5.', 'XXXX-05-30'],
    ['so does a place between a law and its date',
      'Quy hoạch chồng quy hoạch\nThảo luận về Luật Quy hoạch tại Quốc hội ngày 26/5, đại biểu nêu thực trạng.', 'XXXX-05-26'],
    ['minutes cited ("Theo biên bản kiểm tra ngày 25/5 của ...") date a document, not the story',
      'Tạm ngừng thi công dự án\nPhó Chủ tịch UBND phường cho biết phường đã ra thông báo ngừng thi công. Theo biên bản kiểm tra ngày 25/5 của Đội thanh tra xây dựng quận, chủ đầu tư đã xây hai tòa nhà.',
      null],
    ['but a day opening the clause where minutes are drawn up is the act',
      'Xử phạt cơ sở vi phạm\nNgày 5/6, đoàn kiểm tra liên ngành đã lập biên bản vi phạm hành chính đối với cơ sở.',
      'XXXX-06-05'],
    ['a lead telling how things still stand by a day ("Đến chiều 31-5, ... vẫn") gives the day the body says it began',
      'Sạt lở uy hiếp người dân\nĐến chiều 31-5, gần chục hộ dân vẫn thấp thỏm khi thấy vết nứt trước nhà. Chị H cho biết mặt đường bắt đầu nứt nhẹ vào sáng 30-5, sau đó nhanh chóng lan rộng.',
      'XXXX-05-30'],
    ['but not when the lead tells an act done by that day',
      'Sạt lở uy hiếp người dân\nĐến chiều 31-5, chính quyền đã di dời các hộ dân. Chị H cho biết mặt đường bắt đầu nứt nhẹ vào sáng 30-5, sau đó nhanh chóng lan rộng.',
      'XXXX-05-31'],
    ['nor a day more than three days before',
      'Sạt lở uy hiếp người dân\nĐến chiều 31-5, gần chục hộ dân vẫn thấp thỏm khi thấy vết nứt trước nhà. Chị H cho biết mặt đường bắt đầu nứt nhẹ vào sáng 20-5, sau đó nhanh chóng lan rộng.',
      'XXXX-05-31'],
    ['a lead telling where an incident stands by a day ("Đến chiều 9.7, ... đã tử vong") gives the incident told at its clock time',
      'Sập giàn giáo, 2 thợ xây tử vong\nĐến chiều 9.7, nạn nhân thứ 2 bị ngã giàn giáo đã tử vong. Theo thông tin từ UBND thành phố, khoảng 17h30 ngày 8.7, hai anh đang làm việc trên tầng 5 thì giàn giáo bị sập.',
      'XXXX-07-08'],
    ['or the incident told after "Trước đó"',
      '3 học sinh đuối nước\nĐến trưa ngày 9/6, lực lượng cứu hộ đã tìm thấy thi thể hai học sinh mất tích tại vực đập.\nTrước đó, vào chiều ngày 8/6, nhóm 7 em học sinh rủ nhau đi tắm thác.',
      'XXXX-06-08'],
    ['but not an incident more than three days before the update',
      'Sập giàn giáo, 2 thợ xây tử vong\nĐến chiều 9.7, nạn nhân thứ 2 bị ngã giàn giáo đã tử vong. Theo thông tin từ UBND thành phố, khoảng 17h30 ngày 2.7, hai anh đang làm việc trên tầng 5 thì giàn giáo bị sập.',
      'XXXX-07-09'],
    ['nor a lead that does not open with "Đến <day>"',
      'Sập giàn giáo, 2 thợ xây tử vong\nChiều 9.7, nạn nhân thứ 2 bị ngã giàn giáo đã tử vong. Theo thông tin từ UBND thành phố, khoảng 17h30 ngày 8.7, hai anh đang làm việc trên tầng 5 thì giàn giáo bị sập.',
      'XXXX-07-09'],
    ['the ministry "Lao động-Thương binh và Xã hội" is no holiday',
      'Ra mắt Cục mới\nLễ ra mắt Cục do Bộ Lao động-Thương binh và Xã hội tổ chức ngày 30/5 tại Hà Nội.', 'XXXX-05-30'],
    ['a relative phrase with its date behind it',
      'Công bố điểm chuẩn lớp 10\nTheo Sở, hôm nay (3/7), Sở sẽ công bố điểm chuẩn năm học 2017 - 2018.', 'XXXX-07-03'],
    ['a named source\'s report date gives way to the earlier day it reports',
      'Hải quân diễn tập chung\nTheo Jane\'s ngày 10/3, hai hạm đội đã phối hợp nhịp nhàng. Bộ Quốc phòng cho biết, cuộc diễn tập diễn ra từ ngày 1/3 và kéo dài một tuần.',
      'XXXX-03-01'],
    ['so does a news agency\'s, even a few sentences on',
      'Xung đột lan rộng\nHãng tin AFP ngày 14-8 cho biết xung đột đang lan rộng. Vùng biên nằm dưới quyền kiểm soát của chính quyền. Nhiều dân thường phải sơ tán. Các đợt pháo kích diễn ra từ ngày 11 đến 12-8 nhằm vào các kho hậu cần.',
      'XXXX-08-11'],
    ['so does a wire service named bare as the subject of its day',
      'Nhật Bản tố tàu Triều Tiên chĩa súng vào tàu cá\nNhóm thủy thủ đã chĩa súng vào tàu cá Nhật Bản, AP ngày 13/7 dẫn tin từ Chánh văn phòng Nội các cho hay. Vụ việc diễn ra hôm 7/7, ở khu vực cách bờ biển khoảng 500 km.',
      'XXXX-07-07'],
    ['and a wire\'s report of a launch made the day before',
      'Triều Tiên tuyên bố bắn thử thành công loại tên lửa mới\nHãng thông tấn trung ương Triều Tiên KCNA ngày 9/6 đưa tin Bình Nhưỡng đã phóng thử thành công một loạt tên lửa hành trình trong ngày 8/6.',
      'XXXX-06-08'],
    ['not a photo credit before a sentence\'s opening day',
      'Thủ tướng Anh thông báo đã nhận dạng được nghi phạm\nHiện trường vụ nổ. Ảnh: AFP  Ngày 23/5, Thủ tướng Anh cho biết cảnh sát đã biết nhận dạng của nghi phạm. Theo cảnh sát, 22 người đã thiệt mạng trong vụ đánh bom xảy ra tối 22/5 giờ địa phương.',
      'XXXX-05-23'],
    ['nor a wire\'s background day "vừa qua" a month before its report',
      'Triều Tiên đã gần một vụ phóng tên lửa liên lục địa?\nYonhap ngày 10/6 trích dẫn một bài xã luận cho biết, nước này đã gần một vụ thử. Hôm 8/5 vừa qua, Quân đội Hàn Quốc cho biết, Triều Tiên đã bắn một số tên lửa.',
      'XXXX-06-10'],
    ['a statement\'s next sentence opening "Theo thông tin ban đầu," dates the incident it reports',
      'Ngộ độc sau tiệc cưới\nNgày 9-5, Trung tâm Y tế huyện cho biết gần 20 người đã nhập viện. Theo thông tin ban đầu, khoảng 8 giờ ngày 7-5, gia đình ông T. tổ chức tiệc cưới.',
      'XXXX-05-07'],
    ['so does "Theo kết quả điều tra ban đầu,", an investigation\'s first finding',
      '2 anh em ruột dùng gạch ném chết đồng hương\nNgày 12/6, Cơ quan Cảnh sát điều tra Công an tỉnh cho biết vừa bắt giữ hai anh em ruột để điều tra về hành vi giết người. Theo kết quả điều tra ban đầu, đêm 11/6, hai anh em đến dự tiệc sinh nhật của một người bạn.',
      'XXXX-06-11'],
    ['and "Thông tin điều tra bước đầu,"',
      'Bé gái bị gã hàng xóm xâm hại\nSáng 29-5, Trưởng Công an huyện cho biết đã ra quyết định khởi tố bị can. Thông tin điều tra bước đầu, ngày 24-5, bị can đến nhà hàng xóm chơi.',
      'XXXX-05-24'],
    ['but not under a headline telling the catch ("sa lưới"): the crime behind it is background',
      'Băng cướp táo tợn ở HN sa lưới\nNgày 28.6, Công an quận cho biết đã bắt giữ nhóm đối tượng tấn công lái xe. Theo điều tra ban đầu, rạng sáng ngày 21.6, các đối tượng đi trộm tài sản của lái xe tải.',
      'XXXX-06-28'],
    ['nor an investigation\'s finding weeks before the statement',
      'Người đàn ông tử vong bên sông\nNgày 28/6, Công an huyện cho biết đã xác định danh tính nạn nhân. Theo điều tra ban đầu, ngày 2/6, người dân phát hiện thi thể.',
      'XXXX-06-28'],
    ['an investigation reported under way ("đang phối hợp ... điều tra") is elaborated by "Thông tin ban đầu," as a statement is',
      'Bị dân vây bắt, nghi phạm trộm chó giả chết\nNgày 16.5, Công an huyện An Lão đang phối hợp với Công an xã Quang Trung (huyện An Lão) điều tra, xử lý hai đối tượng trộm chó. Thông tin ban đầu, tối 15.5, người dân bắt quả tang hai đối tượng.',
      'XXXX-05-15'],
    ['but only by what was first learnt: "Theo đó" a week before stays the investigation\'s day',
      'Phát hiện thi thể người phụ nữ dưới ao bèo\nNgày 26/6, Công an huyện đang phối hợp làm rõ cái chết bất thường của một phụ nữ. Theo đó, vào ngày 20/6, gia đình ông O. thông báo lên chính quyền địa phương.',
      'XXXX-06-26'],
    ['even after an inline photo caption with no stop of its own',
      'Cán bộ bị thương khi truy bắt nhóm khai thác cát\nNgày 20-9, Công an huyện cho biết một cán bộ bị thương. Bãi cát ven sông bị đào xới - ảnh Hoàng Lan Theo thông tin ban đầu, khoảng 7 giờ ngày 18-9, tổ công tác đã bắt quả tang 2 thuyền.',
      'XXXX-09-18'],
    ['or after a name\'s initial that ends a sentence before the caption ("Chị Bùi Thị Th. vẫn ...")',
      'Gọi bạn gái ra khỏi nhà, nổ súng\nSáng 29-5, ông Nguyễn Văn D, Chủ tịch UBND xã, xác nhận trên địa bàn xã vừa xảy ra vụ nổ súng. Chị Bùi Thị Th. vẫn chưa qua cơn nguy kịch, đang được cấp cứu tại bệnh viện Theo thông tin ban đầu, vào khoảng 8 giờ ngày 28-5, người dân nghe thấy 2 tiếng nổ.',
      'XXXX-05-28'],
    ['but not a day with no opener right before it in that sentence',
      'Gọi bạn gái ra khỏi nhà, nổ súng\nSáng 29-5, ông Nguyễn Văn D, Chủ tịch UBND xã, xác nhận trên địa bàn xã vừa xảy ra vụ nổ súng. Chị Bùi Thị Th. vẫn chưa qua cơn nguy kịch, theo thông tin ban đầu từ bệnh viện, ngày 28-5 chị đã được mổ.',
      'XXXX-05-29'],
    ['so does a next sentence opening "Vụ việc xảy ra vào ..."',
      'Sát hại vợ rồi phóng hỏa đốt nhà\nNgày 7-6, Đại tá Nguyễn Văn A, Trưởng Công an thành phố, cho biết công tác khám nghiệm hiện trường vụ án vừa xảy ra đã hoàn tất. Vụ việc xảy ra vào tầm 18h20 chiều tối ngày 6-6, người dân phát hiện căn nhà bốc cháy.',
      'XXXX-06-06'],
    ['but not an incident told there weeks before the statement',
      'Sát hại vợ rồi phóng hỏa đốt nhà\nNgày 7-6, Đại tá Nguyễn Văn A, Trưởng Công an thành phố, cho biết đã khởi tố vụ án. Vụ việc xảy ra vào tối ngày 16-5, người dân phát hiện căn nhà bốc cháy.',
      'XXXX-06-07'],
    ['news about an incident ("Được tin về vụ sập cầu ... xảy ra vào ngày 12.9") leaves the day to the reaction told next',
      'Thăm hỏi sau vụ sập cầu\nĐược tin về vụ sập cầu xảy ra vào ngày 12.9.2017 tại miền bắc Italy làm nhiều người thiệt mạng, Chủ tịch nước đã gửi điện thăm hỏi. Ngày 13.9.2017, Người phát ngôn Bộ Ngoại giao bày tỏ sự chia buồn.',
      '2017-09-13'],
    ['a letter signed in the lead is the act reported, over a photo caption\'s day',
      'Giám đốc trung tâm bị đề nghị kiểm điểm\nTheo Tuổi Trẻ, công văn do Thứ trưởng Lê Văn C ký ngày 14/9 nêu rõ yêu cầu của Bộ. Ông D phát biểu tại hội thảo ngày 10/9. Ảnh: Tuổi Trẻ',
      'XXXX-09-14'],
    ['but a law\'s signing date stays background',
      'Bộ trả lời cử tri\nNghị định số 10/2017/NĐ-CP do Thủ tướng ký ngày 14/9 quy định rõ mức phạt. Ông D phát biểu tại hội thảo ngày 10/9. Ảnh: Tuổi Trẻ',
      'XXXX-09-10'],
    ['the day a directive being carried out was given is background, however far its meeting is named',
      'Chấn chỉnh khâu đấu thầu thuốc\nTrao đổi bên lề hội nghị, ông E cho biết quy trình còn nhiều bất cập. Thủ tướng yêu cầu Bộ Y tế thực hiện nghiêm ý kiến kết luận của Thủ tướng tại cuộc họp với Bộ Tài chính, Bộ Y tế và Bảo hiểm xã hội Việt Nam ngày 12/3/2017.',
      null],
    ['but a finding reported "theo kết luận" keeps its day',
      'Tài xế vượt nồng độ cồn\nTrung tá F cho biết: "Theo kết luận giám định của Phân viện Khoa học hình sự vào ngày 3/10, nồng độ cồn của tài xế vượt mức cho phép".',
      'XXXX-10-03'],
    ['news told as just done ("vừa đề nghị") with no date: a later day written with its year is a record',
      'Chậm trả vốn cho công trình cầu\nViệc hoàn vốn chưa thể thực hiện. Bộ Tài chính vừa đề nghị lùi thời hạn thanh toán. Công trình đã hoàn thành, thông xe từ ngày 2/9/2014.',
      null],
    ['so is a day after only background days ("Trước đó, ngày ...")',
      'Truy tố giám đốc làm giả kiểm định công tơ điện\nViện kiểm sát vừa hoàn tất cáo trạng truy tố bị can. Trước đó, ngày 31/12/2015, cơ quan cảnh sát điều tra kiểm tra kho hàng. Ngày 24/12/2015, bị can nhận được đơn hàng của một người đàn ông.',
      null],
    ['nor a planned day after background ("sẽ"): an announced event\'s own day',
      'Giải thưởng Nhân tài Đất Việt 2017\nBan tổ chức vừa phát động giải thưởng. Trước đó, ngày 10/3/2016, giải thưởng năm trước đã trao. Lễ trao giải sẽ được tổ chức tại Hà Nội vào ngày 16/11/2017.',
      '2017-11-16'],
    ['but an incident told as taking place on that day stays',
      'Nữ sinh bị bỏng trong phòng thực hành\nTrên mạng xã hội vừa xuất hiện một dòng chia sẻ của nữ sinh. Em cho biết mình bị bỏng nặng. Vụ việc xảy ra trong ngày 5/1/2017 tại phòng thực hành.',
      '2017-01-05'],
    ['a day written with its own year far past an undated lead recounts a record: no event date',
      `Chủ sân golf là ai?\nCông ty có vốn điều lệ ban đầu 200 tỷ đồng. Công ty từng được định giá 3.600 tỷ đồng.\n${FILLER}Thời điểm góp vốn đều là ngày 15/11/2014.`,
      null],
    ['so is a planned day told with its year deep in a feature',
      `Ngô Thanh Vân góp mặt trong siêu phẩm\nTạp chí tiết lộ dàn diễn viên mới của bom tấn. Nữ diễn viên sẽ thủ vai nữ phi công.\n${FILLER}Dự kiến phim sẽ ra rạp vào ngày 13/12/2017.`,
      null],
    // A headline that asks nothing here: under a question headline these days inside a sentence are a piece's background (round 39).
    ['but the same day right past the lead stays',
      'Lộ diện chủ sân golf\nCông ty có vốn điều lệ ban đầu 200 tỷ đồng. Công ty từng được định giá 3.600 tỷ đồng.\nThời điểm góp vốn đều là ngày 15/11/2014.',
      '2014-11-15'],
    ['and a deep day written without its year stays',
      `Lộ diện chủ sân golf\nCông ty có vốn điều lệ ban đầu 200 tỷ đồng. Công ty từng được định giá 3.600 tỷ đồng.\n${FILLER}Doanh nghiệp đã tăng vốn điều lệ từ ngày 15/5 vừa qua.`,
      'XXXX-05-15'],
    ['and so does a deep incident told as taking place on its day',
      `Nữ sinh bị bỏng\nTrên mạng xã hội xuất hiện một dòng chia sẻ của nữ sinh. Em cho biết mình bị bỏng nặng.\n${FILLER}Vụ việc xảy ra trong ngày 5/1/2017 tại phòng thực hành.`,
      '2017-01-05'],
    ['"vừa ... vừa ..." (both ... and) is not news just done',
      'Bản phối gây sốt\nNhiều người thích thú: "Vừa bi vừa hài". Anh Tài, chủ nhân bản phối, được mời biểu diễn ngày 6/6/2017 tại Cần Thơ.',
      '2017-06-06'],
    ['past a lead dated only "sáng nay", the day told right after "Thông tin ban đầu," is the incident\'s own',
      'Khách sạn phát hỏa, Cảnh sát PCCC giải cứu 4 người\nSáng nay, khách sạn Ruby bất ngờ phát hỏa dữ dội. Lực lượng PCCC đã giải cứu 4 người.\nThông tin ban đầu, khoảng 9h30 sáng 7/2, người dân sống cạnh khách sạn thấy khói bốc lên.',
      'XXXX-02-07'],
    ['so is it after "Thông tin bước đầu, vào"',
      'Hơn 100 giang hồ đập phá quán karaoke\nSáng nay, Trưởng phòng Tham mưu Công an tỉnh cho biết đang điều tra vụ việc. Thông tin bước đầu, vào sáng ngày 13/6, hơn 100 người lạ mặt đi trên 6 ô tô đến quán karaoke.',
      'XXXX-06-13'],
    ['not under an arrest headline: the crime behind the catch',
      'Bắt khẩn 3 nghi can thuê giang hồ chém người\nSáng nay, Cơ quan CSĐT đã bắt khẩn cấp 3 đối tượng. Đối tượng đang bị truy nã. Nhóm này gồm nhiều người.\nNhiều người chứng kiến vụ việc. Thông tin điều tra bước đầu, khoảng 1g sáng ngày 8/7, một người đàn ông ngồi ăn tối cùng bạn.',
      null],
    ['nor a later day without the opener',
      'Đào trộm mộ tìm vàng\nChiều nay, Công an thị xã lấy lời khai của các đối tượng.\nCác đối tượng khai nhận đào mộ. Ngày 2/7, Hà rủ 4 đối tượng cùng đi đào mộ.',
      null],
    ['a photo caption opening the body is not the lead: the lead\'s "hôm qua" still dates the news relatively',
      'Tên lửa đủ khả năng mang đầu đạn\nMột vụ phóng thử tên lửa. Ảnh: KCNA. Hãng thông tấn KCNA cho hay nhà lãnh đạo đích thân giám sát vụ phóng hôm qua. Tên lửa bay 787 km. Các nước họp khẩn. Hội đồng Bảo an sẽ họp kín ngày 16/5 để thảo luận.',
      null],
    ['or a span of days the report tells of',
      'Xung đột lan rộng\nHãng tin AFP ngày 14-8 cho biết xung đột đang lan rộng. Vùng biên nằm dưới quyền kiểm soát của chính quyền. Nhiều dân thường phải sơ tán. Lực lượng chính phủ trong hai ngày 11 và 12-8 liên tiếp pháo kích các kho hậu cần.',
      'XXXX-08-11'],
    ['but not a forecast span',
      'Rét đậm kéo dài\nTheo AccuWeather ngày 7/2, không khí lạnh tăng cường. Rét sâu nhất sẽ rơi vào 2 ngày 5-6/2 tới.',
      'XXXX-02-07'],
    ['but not for an earlier day recounted as background',
      'Nhà Trắng bác đề xuất\nHãng tin AP ngày 10/5 cho biết Nhà Trắng bác bỏ lời kêu gọi. Ông Trump hôm 9/5 bất ngờ sa thải giám đốc FBI.',
      'XXXX-05-10'],
    ['a day inside a measured "N ngày trước khi" clause is the point measured from, not the event',
      'Quân đội biết trước kế hoạch tấn công\nQuân đội đã nhận được tin tình báo vài ngày trước khi nhóm vũ trang tấn công thị trấn hôm 23/5. Trong báo cáo, tướng Cruz nói: "Hôm 18/5/2017, tin tình báo cho thấy nhóm này đang tập kết."',
      '2017-05-18'],
    ['nor a day inside "cho tới khi" (until)',
      'Tổng thống nói không nhờ đồng minh\nTổng thống nói không biết gì cho tới khi lính đặc nhiệm đến thành phố vào ngày 10.6. Giao tranh vẫn tiếp diễn.',
      null],
    ['nor a day inside "từ khi" / "kể từ khi" (since): the point a tally runs from',
      'Biệt đội cảm tử ở Marawi\nHơn 460 người đã thiệt mạng từ khi trận chiến tại Marawi bắt đầu vào ngày 23.5, trong đó có 82 thành viên của lực lượng an ninh.',
      null],
    ['the since-day gives way to the day of the news',
      'Long An chưa biết thắng\nTừ khi HLV về với đội kể từ sau sự cố ngày 19-2 trên sân Thống Nhất, đội mới có một trận hòa. Trong trận thua TP.HCM chiều 24-6, Long An chơi tốt.',
      'XXXX-06-24'],
    ['but a since-day written with its part of the day dates the news itself',
      'Hỏa hoạn ở London\nCác quan chức cho biết lực lượng chức năng đã mất hơn 24 giờ để kiểm soát đám cháy kể từ khi nhận được tin báo vào sáng 14/6.',
      'XXXX-06-14'],
    ['but the day a "since" span runs to is no since-day',
      'Thời jailbreak đã qua\nĐã 347 ngày kể từ khi bản jailbreak iOS cuối cùng ra mắt (tính đến ngày 30/6).',
      'XXXX-06-30'],
    ['but a bare "trước khi" joining two acts keeps the day',
      'Thảm kịch gia đình\nMột người đàn ông đã sát hại vợ tại nhà riêng trước khi tự sát hôm 5-2 vì nợ nần.',
      'XXXX-02-05'],
    ['a medium\'s report gives way to the earlier day told in the same sentence',
      'Giám đốc truyền thông từ chức\nTờ Politico ngày 30/5 đưa tin, ông giám đốc truyền thông xác nhận đã xin từ chức từ ngày 18/5. Ông sẽ làm việc thêm ít lâu.',
      'XXXX-05-18'],
    ['a statement names the incident, its place, then its day: the incident\'s day',
      'Cháu bé chết đuối ở hồ bơi\nSáng 17/6, ông trưởng phòng Lao động huyện cho biết, trên địa bàn vừa xảy ra một vụ đuối nước tại hồ bơi của thị trấn vào chiều ngày 15/6. Học sinh xấu số 9 tuổi.',
      'XXXX-06-15'],
    ['a day written with a year long before the story\'s is history, not the event',
      'Cuộc sống ở tiểu vương quốc\nNăm 2016, thu nhập bình quân đầu người đạt mức cao nhất thế giới. Dòng họ cầm quyền từ đầu thế kỷ trước. Ngày 17.7.1913, vị tiểu vương đầu tiên lên nắm quyền.',
      null],
    ['after history, a day told without a year is news again',
      'Lệnh cấm giống đạo luật cũ\nCác nhà sử học so sánh hai văn bản trong năm 2017. Người nhập cư đến cảng New York hôm 27/5/1920. Ngày 27/1, tổng thống ký sắc lệnh hành pháp.',
      'XXXX-01-27'],
    ['but a later day written with its year is one more step of the chronicle',
      'Đòi bồi thường vì bị xử oan\nBà cho biết đã gửi đơn lên tòa trong năm 2017. Ngày 21/3/2001, cơ quan điều tra khởi tố bà. Ngày 26/12/2014, tòa tuyên bà vô tội.',
      null],
    ['a target year ("đến 16/9/2037") does not make the story\'s time',
      'Thời gian thu phí kéo dài\nKiểm toán nhà nước vừa công bố kết quả. Đợt kiểm toán chốt số liệu, thời gian thu phí tính đến 16/9/2037. Ngày 4/10/2016, đoàn kiểm toán bắt đầu làm việc.',
      '2016-10-04'],
    ['no dated lead: a word given to the press today ("chiều nay (10.2)") over an earlier day looked back on',
      'Lãnh đạo tỉnh nói gì về dự án?\nNhiều hộ nuôi cá chưa được trả tiền. Họ lo lắng vì nợ nần chồng chất. Trong đơn gửi các cơ quan chức năng ngày 23.1 mới đây, các hộ dân đề nghị làm rõ. Trao đổi với phóng viên chiều nay (10.2), Phó Chủ tịch tỉnh cho biết sẽ kiểm tra.',
      'XXXX-02-10'],
    ['but not a state "đến sáng nay (6.2)" updating an incident',
      'Thử súng tự chế, cháu bị thương\nBệnh nhi được đưa vào viện cấp cứu. Các bác sĩ đã phẫu thuật. Tối 1/2, cậu bé bị đạn bắn trúng mắt. Đến sáng nay (6.2) thị lực của cháu tiến triển tốt.',
      'XXXX-02-01'],
    ['a follow-up of a press piece: the response it brought about, not the issue\'s date',
      'Thanh tra dự án bến cá\nBáo Tiền Phong số ra ngày 18-6-2017 đăng bài phản ánh sai phạm tại dự án bến cá. Bài báo nêu nhiều hộ dân chưa được đền bù.\nSau khi báo đăng, ngày 10-7-2017, UBND tỉnh đã có công văn yêu cầu thanh tra dự án.',
      '2017-07-10'],
    ['a sentence\'s year long before the story\'s is another time\'s: the day keeps no year',
      'Nữ hoàng kỷ niệm 65 năm trị vì\nNữ hoàng đạt cột mốc hiếm có trong năm 2017. Thứ Hai 6/2, bà lặng lẽ ở lại điền trang như mọi năm kể từ khi vua cha mất năm 1952.',
      'XXXX-02-06'],
    ['"thông báo" is no medium: the announced day stands',
      'Công ty họp cổ đông bất thường\nHĐQT công ty thông báo thứ Năm ngày 16/2/2017 là ngày diễn ra đại hội. Danh sách cổ đông được chốt vào ngày 17/1/2017.',
      '2017-02-16'],
    ['a caption glued to the lead with no stop: its year is not the lead sentence\'s',
      'Thủ tướng phản đối chuyến thăm\nThủ tướng nói sẽ ngăn chuyến đi. Tổng thống dự kiến sang thăm trong năm 2017 Trước báo giới ngày 6.2, Thủ tướng tuyên bố phản đối chuyến thăm.',
      'XXXX-02-06'],
    ['a notice of the Government Office in the lead is the story',
      'Yêu cầu công khai giá điện\nThủ tướng vừa yêu cầu công khai giá điện. Theo đó, trong Thông báo số 60/TB-VPCP ngày 06/02/2017, Thủ tướng yêu cầu tập đoàn minh bạch chi phí.',
      '2017-02-06'],
    ['a lease extended to a day is a term, not the event',
      'Xin chưa trả nhà\nÔng đề nghị gia hạn hợp đồng thuê nhà ở công vụ đến ngày 30/6/2018. Sáng 13/6, một lãnh đạo bộ xác nhận việc này.',
      'XXXX-06-13'],
    ['a late part of the day ("chiều muộn") dates the lead',
      'Lên núi xin lộc\nNhiều lời đồn về các hang trên núi. Chiều muộn 6-2, chúng tôi ghé vào một quán nước dưới chân núi.',
      'XXXX-02-06'],
    ['a day inside a concession ("Dù ... nhưng") is what the news goes beyond',
      'Giá xe bắt đầu giảm\nThuế nhập khẩu ô tô đã giảm. Dù thuế giảm từ ngày 1.1.2017 nhưng giá xe vẫn giữ nguyên suốt Tết. Từ ngày 6.2, nhiều mẫu xe hạ giá.',
      'XXXX-02-06'],
    ['"Tuy nhiên" (however) is no concession',
      'Kiểm tra cơ sở sản xuất\nNhiều cơ sở bị phản ánh. Tuy nhiên trong ngày 5/2, đoàn kiểm tra của Sở đã đến làm việc với công ty.',
      'XXXX-02-05'],
    ['a day deep inside a bracketed aside qualifies what the bracket explains, not the story',
      'Không nên tăng thuế xăng\nChuyên gia phản bác ý kiến của ông chủ tịch hiệp hội (trong hội thảo về thị trường xăng dầu diễn ra ngày 16/5) rằng người dân phải đóng thêm thuế.',
      null],
    ['but a gloss opening the bracket, after a comma in it, or of today stays the day',
      'Triều Tiên phóng tên lửa\nQuân đội cho biết: "Vào 5h27 hôm nay (giờ địa phương, ngày 14/5), Triều Tiên vừa phóng một tên lửa".',
      'XXXX-05-14'],
    ['a flight leaving "(... chiều nay 16.6)" is today\'s story',
      'Máy bay hạ cánh nhầm sân bay\nChuyến bay từ Hà Nội đi Cần Thơ (khởi hành lúc 15h20 chiều nay 16.6) đã phải bay vòng rồi hạ cánh ở sân bay khác.',
      'XXXX-06-16'],
    ['the day the next part of a serial comes out is not the story\'s',
      'Góc khuất của những trùm mafia\nCâu chuyện về một băng nhóm khét tiếng ở Ý. Mời độc giả đón đọc phần tiếp theo vào 4h ngày 25/5/2017.',
      null],
    ['a number and its day cite a document named earlier in the sentence, however far',
      'Cảnh báo văn bản giả mạo\nBộ Tài chính vừa cảnh báo hai văn bản giả mạo. Tại văn bản giả mạo Cục Quản lý công sản gửi Bộ Tài chính ghi số 971 ngày 8/5/2017 có nội dung sai.',
      null],
    ['a numbered unit with no document word keeps its day',
      'Xử kiện sắc lệnh nhập cư\nTòa phúc thẩm khu vực số 9 ngày 7/2 đã mở phiên điều trần về sắc lệnh.',
      'XXXX-02-07'],
    ['a visit\'s span, then a day of it opening the next sentence: that day is the story\'s',
      'Đưa quan hệ hai nước đi vào chiều sâu\nTổng thống thăm cấp Nhà nước tới Việt Nam từ ngày 6 - 8/6. Sáng 7/6, tại Phủ Chủ tịch, Chủ tịch nước chủ trì lễ đón.',
      'XXXX-06-07'],
    ['two days told with "và" are a tally\'s: the span gives its first day',
      'Ba vụ đuối nước\nTrong hai ngày 3 và 4/6, trên địa bàn tỉnh xảy ra ba vụ đuối nước. Chiều 4/6, cháu K. đi tắm ở ao.',
      'XXXX-06-03'],
    ['a span\'s day not in the very next sentence leaves the span its first day',
      'Đưa quan hệ hai nước đi vào chiều sâu\nTổng thống thăm cấp Nhà nước tới Việt Nam từ ngày 6 - 8/6. Hai bên ký nhiều văn kiện. Sáng 7/6, Chủ tịch nước chủ trì lễ đón.',
      'XXXX-06-06'],
    ['a live broadcast\'s bracket gives the match\'s own day',
      'U-20 World Cup: Venezuela sẽ vượt qua nghịch cảnh\nHai đội có mặt ở trận chung kết đã đi vào lịch sử (VTV6 trực tiếp 17 giờ ngày 11-6).',
      'XXXX-06-11'],
    ['a day marked as coming ("24/5 tới") past a lead that tells what happened is a later event',
      'Trung vệ trả giá đắt vì ẩu đả\nNhững phút cuối trận bán kết, hai cầu thủ đã xô xát. Cả hai nhận thẻ đỏ. Anh sẽ bị treo giò trong trận chung kết diễn ra vào rạng sáng 24/5 tới.',
      null],
    ['a day with no day word in a sentence of what will be, past a lead of what happened, is a later event',
      'Johnny Depp nhớ nụ hôn với bạn diễn\nTại buổi họp báo, Johnny Depp nhắc lại nụ hôn cách đây 17 năm. Anh vẫy chào người hâm mộ. Phim sẽ khởi chiếu tại Việt Nam từ 26/5.',
      null],
    ['but "sẽ" before a day word may tell the story\'s own announced event',
      'Nhật Bản xét xử cựu lãnh đạo TEPCO\nĐây là án kiện hình sự đầu tiên về thảm họa. Các bị cáo bị buộc tội tắc trách. Phiên sơ thẩm dự kiến diễn ra vào ngày 30/6 tại Tokyo.',
      'XXXX-06-30'],
    ['but not under a lead that previews today\'s match',
      'U23 Việt Nam gặp U23 Malaysia\nĐội tuyển quyết thắng trong trận giao hữu tối nay trên sân Thống Nhất. Đây là trận đầu năm. Trận đấu diễn ra vào lúc 18h00 ngày 7/2 tới.',
      'XXXX-02-07'],
    ['nor under a headline that writes its day',
      'Ngày 4-3 công bố giải Fair-play\nBan tổ chức vừa công bố ba đề cử. Kết quả được giữ kín. Giải sẽ công bố tại Ngày hội tổ chức ngày 4-3 tới tại TP.HCM.',
      'XXXX-03-04'],
    ['a cut-off day with a rise right after it ("đã có thêm") is the news of that day, not a running total',
      'Số người nghi phơi nhiễm tăng lên 35 người\nĐến ngày 3/7 đã có thêm 11 người nghi bị phơi nhiễm khi cứu hộ vụ tai nạn xảy ra ngày 30/6.',
      'XXXX-07-03'],
    ['a running total at a cut-off day stays no event',
      'Số người nghi phơi nhiễm là 35 người\nĐến ngày 3/7 đã có 35 người nghi bị phơi nhiễm khi cứu hộ vụ tai nạn xảy ra ngày 30/6.',
      'XXXX-06-30'],
    ['a wait\'s end past an undated lead ("cố đợi đến 1/1/2018") dates no event',
      'Thị trường ô tô biến động ra sao\nLượng ô tô nhập khẩu tăng đột biến, nhiều người kỳ vọng sẽ có sự giảm giá. Câu trả lời vẫn còn bỏ ngỏ.\nNgười tiêu dùng cố đợi đến 1/1/2018 để mua xe.',
      null],
    ['a tally\'s end past an undated lead ("hiện có đến ngày 31/12/2016 là ...") dates no event',
      'Chi hơn 1.200 tỷ sắm ô tô công\nCác bộ ngành vẫn mua thêm xe. Kiểm toán đã chỉ ra nhiều bất cập.\nTheo báo cáo, tổng số xe công hiện có đến ngày 31/12/2016 là 37.286 chiếc.',
      null],
    ['a display\'s end ("trưng bày ... cho đến ngày 28/2") past an undated lead dates no event',
      'Chiêm ngưỡng viên đá quý\nViên đá được cất giấu suốt 60 năm. Gia đình quyết định gửi bảo tàng.\nViên đá sẽ được trưng bày ở sảnh bảo tàng cho đến ngày 28/2 rồi chuyển vào kho.',
      null],
    ['"Đến ngày 6/2," opening its clause tells an act by that day, not a term\'s end',
      'Lãi suất liên ngân hàng giảm sâu\nQua mùa cao điểm, thanh khoản ổn định. Lãi suất điều chỉnh nhanh.\nĐến ngày 6/2, lãi suất chào bình quân tiếp tục xu hướng giảm mạnh.',
      'XXXX-02-06'],
    ['"nhưng đến ngày 8-2, ..." opens an act too',
      'Tìm ra kẻ giết người nhờ hình xăm\nHình xăm giúp nhận dạng nạn nhân. Công an lần theo các đầu mối.\nMột số người đến trình báo nhưng đến ngày 8-2, chị Ph. đến công an báo em gái mất tích.',
      'XXXX-02-08'],
    ['a part of a day after "đến" ("đến hôm nay (5/7) thì ...") times an act',
      'Bác sĩ được tại ngoại\nCác bác sĩ đồng nghiệp vui mừng. Nhiều người chia sẻ tin vui.\nCác bác sĩ chờ mong hồi âm đến hôm nay (5/7) thì bác sĩ Lương đã được tại ngoại.',
      'XXXX-07-05'],
    ['"xảy đến ngày 15/4" (befell) is the incident\'s own day',
      'Cậu bé nguy kịch vì gai bưởi\nCháu bé giẫm phải gai bưởi. Vết thương tưởng như nhỏ.\nSự cố xảy đến ngày 15/4 khi cháu đi chơi trong vườn.',
      'XXXX-04-15'],
    ['a term\'s end after an earlier body date leaves that date the event\'s',
      'Triển lãm công nghệ\nTriển lãm thu hút giới trẻ. Nhiều thiết bị mới được giới thiệu.\nNgày 3/6, triển lãm khai mạc. Triển lãm tiếp diễn đến ngày 14/6 tại trung tâm thương mại.',
      'XXXX-06-03'],
    ['a date inside a "Sau khi" clause opening the lead gives way to the main clause\'s act told a day later',
      'Cộng đồng quốc tế chúc mừng Tổng thống Iran\nSau khi ông Rouhani tái đắc cử trong cuộc bầu cử diễn ra ngày 19/5, nhiều lãnh đạo đã gửi lời chúc mừng.\nTrên mạng xã hội Twitter, ngày 20/5, bà Mogherini đã hoan nghênh chiến thắng của ông.',
      'XXXX-05-20'],
    ['a "Sau khi" clause\'s date stays when no later day is told',
      'Cộng đồng quốc tế chúc mừng Tổng thống Iran\nSau khi ông Rouhani tái đắc cử trong cuộc bầu cử diễn ra ngày 19/5, nhiều lãnh đạo đã gửi lời chúc mừng.\nBà Mogherini đã hoan nghênh chiến thắng của ông.',
      'XXXX-05-19'],
    ['a "Sau khi" clause\'s date stays when the later day is ahead ("sẽ")',
      'Cộng đồng quốc tế chúc mừng Tổng thống Iran\nSau khi ông Rouhani tái đắc cử trong cuộc bầu cử diễn ra ngày 19/5, nhiều lãnh đạo đã gửi lời chúc mừng.\nÔng sẽ tuyên thệ nhậm chức vào ngày 25/5 tại Tehran.',
      'XXXX-05-19'],
    ['a first date told as planned gives way to a later day glossed as yesterday, told as done',
      'Lần đầu tổ chức giải Futsal\nNăm nay, VOV phối hợp với VFF tổ chức giải lần đầu tiên. Theo đó, vòng loại sẽ được tổ chức từ ngày 17/3 đến 31/3 tại Nhà thi đấu Quân khu 5. Chiều qua (7/2), lãnh đạo VOV có buổi làm việc với Bộ Tư lệnh Quân khu 5 để rà soát công tác tổ chức.',
      'XXXX-02-07'],
    ['but not a plan dated from today, a preview\'s own news',
      'Trước trận U20 Việt Nam - U20 Pháp\nHLV đã có tính toán đường xa. Trận đấu sẽ diễn ra vào lúc 15h chiều nay (25/5) trên sân Cheonan. Hôm qua (24/5), trong cuộc họp rút kinh nghiệm, HLV nhắc các cầu thủ.',
      'XXXX-05-25'],
    ['a statement sent to the press is the story, not a medium\'s report',
      'Bộ lý giải việc trình văn bản\nTrong văn bản gửi báo chí chiều 7/2, Bộ cho hay văn bản đã được trình trong phiên họp diễn ra hôm 3/2 vừa qua.',
      'XXXX-02-07'],
    ['the same day told again after a year that frames it ("... lần thứ 15 (năm 2017) ... sẽ diễn ra vào 11/2") takes that year',
      'Nhiều điểm mới tại Ngày thơ Việt Nam\nCon đường thi nhân sẽ được mở tại Ngày thơ Việt Nam lần thứ 15 (diễn ra vào 11/2 - tức Rằm tháng Giêng). Theo ông Thiều, Ngày thơ Việt Nam lần thứ 15 (năm 2017) sẽ diễn ra vào 11/2 tại Văn Miếu.',
      '2017-02-11'],
    ['a year closing the event\'s name before the restated span ("LHP Berlin 2017 ... diễn ra vào ngày 9-19/2")',
      'LHP Berlin: Fan cắm trại chờ săn vé\nNhiều người hâm mộ cắm trại qua đêm. Sự kiện lần thứ 67 sẽ khai mạc vào ngày 9/2 với bộ phim Django. LHP Berlin 2017 diễn ra vào ngày 9-19/2, sẽ khai mạc với phim tiểu sử.',
      '2017-02-09'],
    ['not a year written after the restated day, another event\'s ("tối 13/6 tại vòng loại Asian Cup 2019")',
      'Tuyển Việt Nam hòa Jordan\nTối 13/6, tuyển Việt Nam có trận hòa trên sân Jordan. Diễn biến chính trận Việt Nam hòa 0-0 trước Jordan tối 13/6 tại bảng C vòng loại Asian Cup 2019.',
      'XXXX-06-13'],
    ['not a decade ("từ cuối những năm 1990 ... sáng 23-5")',
      'Máy bay chiến đấu rơi gần biên giới\nMáy bay mất liên lạc với trạm kiểm soát hôm 23-5. Không quân bắt đầu dùng loại máy bay này từ cuối những năm 1990 và xác nhận máy bay cất cánh sáng 23-5.',
      'XXXX-05-23'],
    ['not a document\'s number ("Công văn 2039 ... nêu rõ từ ngày 1/7")',
      'Những chính sách có hiệu lực từ tháng 7\nMức lương cơ sở từ ngày 1/7 là 1.300.000 đồng. Công văn 2039 của Bảo hiểm xã hội nêu rõ từ ngày 1/7 áp dụng mức lương cơ sở mới.',
      'XXXX-07-01'],
    ['a day written with a year long before the story\'s is history, not the event ("ngày 30 tháng 9 năm 1862")',
      'Khám phá dinh thự ma\nCâu chuyện bắt đầu vào ngày 30 tháng 9 năm 1862, khi cô được gả vào gia tộc. Sáng 5 tháng 9 năm 1922, bà qua đời.',
      null],
    ['not when the restated day\'s year is earlier than the story\'s latest ("năm 2017" elsewhere)',
      'Trao giải cuộc thi ảnh\nSáng 15-5, ban tổ chức trao giải cuộc thi. Giải thưởng WIPO 2016 được trao vào sáng 15-5 tại Hà Nội. Cuộc thi năm 2017 sẽ mở vào ngày 1-9-2017.',
      'XXXX-05-15'],
    ['with no later year in the text, that year is the restated day\'s',
      'Trao giải cuộc thi ảnh\nSáng 15-5, ban tổ chức trao giải cuộc thi. Giải thưởng WIPO 2016 được trao vào sáng 15-5 tại Hà Nội.',
      '2016-05-15'],
    ['a statement of what was just done ("cho biết, vừa ...") gives way to the day opening the next sentence',
      'Thừa Thiên Huế: Phát hiện số lượng lớn hàng nhập lậu\nNgày 11/7, Phòng cảnh sát kinh tế Công an tỉnh cho biết, vừa phối hợp với lực lượng chức năng phát hiện số lượng lớn rượu nhập lậu.\nNgày 9/7 tại đường tránh thành phố Huế, lực lượng chức năng đã dừng hai xe ô tô.',
      'XXXX-07-09'],
    ['with a clock time before the day ("Vào khoảng 23h ngày 10/6, ...")',
      'Taxi tông xe máy trong đêm\nSáng 11/6, thông tin từ Công an huyện cho biết, trên địa bàn vừa xảy ra vụ tai nạn giữa xe máy và xe taxi. Vào khoảng 23h ngày 10/6, trên QL1A chiếc xe taxi chạy theo hướng Nam – Bắc.',
      'XXXX-06-10'],
    ['a statement confirming an incident, then "xảy ra hôm 16.5" in the next sentence',
      'Bí thư thị trấn bị đâm gục tại trụ sở\nSáng 18.5, trao đổi với PV qua điện thoại, bà Phó Chủ tịch huyện xác nhận sự việc nghiêm trọng trên. Bà Hạnh cho biết, việc chẳng lành xảy ra hôm 16.5, khi ông Khuyên đang đi bộ trước sân.',
      'XXXX-05-16'],
    ['under a headline with a follow-up word ("tiếp tục bị bắt") too, when the statement tells what was just done',
      'Quảng Nam: Vừa ra tù, tiếp tục bị bắt vì ma túy\nChiều 25/5, Phòng Cảnh sát điều tra tội phạm về ma túy cho biết, đơn vị này vừa bắt một đối tượng về hành vi tàng trữ trái phép chất ma túy.\nKhoảng 3h30 ngày 22/5, tại Trạm CSGT Thăng Bình, Phòng PC47 tiến hành kiểm tra hành chính xe khách.',
      'XXXX-05-22'],
    ['not without "vừa": the statement\'s own news stands',
      'Hoàn tất hồ sơ vụ buôn lậu\nNgày 11/7, Phòng cảnh sát kinh tế Công an tỉnh cho biết đã hoàn tất hồ sơ chuyển cơ quan điều tra.\nNgày 9/7, lực lượng chức năng đã dừng hai xe ô tô.',
      'XXXX-07-11'],
    ['an as-of report opening its clause near the start of an undated story dates it',
      'Vàng - USD những ngày khác lạ\nHai thị trường đang diễn biến lặng sóng khác lạ.\nTỷ giá USD/VND đã có diễn biến lặng sóng trong hơn 4 tháng đầu năm. Tính đến ngày 11/5, tỷ giá USD/VND tại Vietcombank mua vào và bán ra tương ứng ở mức 22.685 và 22.755 đồng/USD.',
      'XXXX-05-11'],
    ['but not a term\'s end past an undated lead ("kéo dài ... đến ngày 30/6")',
      'Giá thuê nhà tăng mạnh\nNhiều người thuê nhà đang phải trả giá cao hơn.\nHợp đồng của các hộ dân được gia hạn đến ngày 30/6, sau đó phải trả giá thuê mới theo thị trường.',
      null],
    ['a new rule issued in the lead, with no dated event: the day it takes effect',
      'Doanh nghiệp sữa được tự xác định giá bán lẻ\nBộ Công Thương đã ban hành Thông tư 08/2017 quy định về đăng ký giá sữa. Thông tư có hiệu lực từ ngày 10-8-2017.\nTheo đó, thương nhân có quyền tự xác định giá bán lẻ.',
      '2017-08-10'],
    ['or told at the end by a sentence whose subject is the document',
      'Cơ chế điều chỉnh mức giá bán lẻ điện\nThủ tướng Chính phủ vừa ban hành Quyết định 24/2017/QĐ-TTg quy định về cơ chế điều chỉnh giá điện. Theo đó, giá được tính lại hằng năm.\nBộ Công Thương kiểm tra chi phí sản xuất. Quyết định có hiệu lực thi hành từ 15/8/2017.',
      '2017-08-15'],
    ['not a rule cited in a feature whose lead tells no issuing',
      'Tìm đủ cách dẹp nạn xả rác\nBến xe thu về hơn 63 triệu đồng tiền xử phạt hành vi xả rác.\nNghị định 155/2016 của Chính phủ quy định về xử phạt chính thức có hiệu lực từ ngày 1/2.',
      null],
    ['not a rule of an earlier year than the story\'s (the instrument issued in the lead is the story)',
      'Thay đổi cách đóng bảo hiểm\nBộ Tài chính vừa ban hành Thông tư 10/2017/TT-BTC ngày 5/2/2017 về bảo hiểm. Luật BHXH năm 2014 có hiệu lực thi hành từ ngày 1/1/2016.',
      '2017-02-05'],
    ['not a day more than a week before the statement',
      'Phát hiện hàng nhập lậu\nNgày 21/7, Phòng cảnh sát kinh tế cho biết, vừa phát hiện số lượng lớn rượu nhập lậu.\nNgày 9/7, lực lượng chức năng đã dừng hai xe ô tô.',
      'XXXX-07-21'],
  ];
  it.each(table)('%s', (_why, text, value) => {
    expect(eventOf(text)).toBe(value);
  });
});

describe('spans', () => {
  it('every mention quotes the text at its span', () => {
    const text = 'Tin nhanh\nSáng 7/1, tối nay (13.5), ngày 6 tháng 2 năm 2017 và từ ngày 3 – 8/3 là các mốc.';
    const dates = datesOf(text);
    expect(dates.length).toBe(4);
    for (const d of dates) expect(text.slice(d.span[0], d.span[1])).toBe(d.text);
    expect(dates.map((d) => d.text)).toEqual(['Sáng 7/1', 'tối nay (13.5)', 'ngày 6 tháng 2 năm 2017', 'ngày 3 – 8/3']);
  });
});

// Round 38, from the tuning misses (edtune): each rule's rows, with at least one it must not change.
describe('round 38 tuning: the event date', () => {
  function eventOf(text: string): string | null {
    const headlineEnd = text.indexOf('\n');
    const ctx = ctxOf(text, null, headlineEnd < 0 ? 0 : headlineEnd);
    return pickEventDate(ctx, extractDates(ctx))?.value ?? null;
  }
  const table: [string, string, string | null][] = [
    ['a plan in the lead ("dự kiến khai mạc vào ngày 22/5") gives way to the next sentence\'s earlier day, told as done',
      'Cơ bản hoàn tất khâu chuẩn bị Kỳ họp thứ 3\nDự kiến thời gian tiến hành kỳ họp là 22,5 ngày làm việc và dự kiến khai mạc vào ngày 22/5, bế mạc sáng 21/6.\nSáng 17/5, Ủy ban Thường vụ Quốc hội cho ý kiến về việc chuẩn bị Kỳ họp thứ 3 của Quốc hội.',
      'XXXX-05-17'],
    ['"... vào ngày 14/7 tới" in the lead, then "Ngày 26/6, ... bày tỏ hy vọng"',
      'Nga hy vọng vòng hòa đàm Astana thúc đẩy tiến trình hòa giải\nNgoại trưởng Nga Sergey Lavrov hy vọng vòng hòa đàm Syria, dự kiến diễn ra tại Astana vào ngày 14/7 tới, sẽ giúp thúc đẩy hòa giải.\nNgày 26/6, Ngoại trưởng Nga Sergey Lavrov bày tỏ hy vọng rằng vòng hòa đàm sẽ thành công.',
      'XXXX-06-26'],
    ['not under a headline that announces the plan itself',
      'Tổng thống Hàn Quốc sẽ chấp nhận đơn từ chức của trưởng công tố\nTân Tổng thống Moon Jae-in sẽ chấp nhận đơn từ chức của Trưởng Cơ quan công tố vào ngày 12/5.\nHôm 11/5, tân Tổng thống Moon đã ra lệnh cho thư ký tìm hiểu vụ việc.',
      'XXXX-05-12'],
    ['not when a date of another time comes first past the plan',
      'Năm ca khúc tranh giải Ghi âm của năm\nNăm ca khúc sẽ tranh tài ở hạng mục quan trọng của giải Grammy lần thứ 59 vào ngày 12/2.\nHello là đĩa đơn phát hành ngày 20/11/2015. Vào ngày 18/1, Hello cán mốc một tỷ lượt xem.',
      'XXXX-02-12'],
    ['not a "sẽ" quoted in another clause before a done day',
      'Bộ trưởng Mỹ hối tiếc vì vội vã thực thi lệnh cấm\n"Những đối tượng nguy hiểm sẽ không thể lên máy bay tới Mỹ", Reuters dẫn lời ông Kelly nói với Ủy ban Quốc hội hôm 7/2.\nNgày 27/1, Tổng thống Donald Trump ban hành sắc lệnh.',
      'XXXX-02-07'],
    ['a day from a photo caption ("... quan tâm. Ảnh: AFP/TTXVN") never takes over from the plan',
      'Đảng Bảo thủ Anh có thể không giành đa số quá bán\nĐảng Bảo thủ có khả năng chỉ giành được 305 ghế trong cuộc bầu cử diễn ra vào ngày 8/6 tới, thiếu 21 ghế để đạt đa số.\nTối 2/6, Thủ tướng Theresa May trả lời chất vấn trực tiếp trên truyền hình BBC về những vấn đề cử tri quan tâm. Ảnh: AFP/TTXVN Theo kết quả thăm dò dư luận, số ghế đảng Bảo thủ có thể giành được đã giảm.',
      'XXXX-06-08'],
    ['nor a caption closed by a bracketed credit ("(Nguồn: EPA/TTXVN)")',
      'Đảng Bảo thủ Anh có thể không giành đa số quá bán\nĐảng Bảo thủ có khả năng chỉ giành được 305 ghế trong cuộc bầu cử diễn ra vào ngày 8/6 tới, thiếu 21 ghế để đạt đa số.\nTối 2/6, Thủ tướng Theresa May trả lời chất vấn trên truyền hình BBC. (Nguồn: EPA/TTXVN) Theo kết quả thăm dò dư luận, số ghế đảng Bảo thủ có thể giành được đã giảm.',
      'XXXX-06-08'],
    ['a headline that announces with "chuẩn bị" keeps the plan',
      'Tổng thống Mỹ chuẩn bị có bài diễn văn về chính sách đối với Cuba\nNgười phát ngôn Nhà Trắng khẳng định Tổng thống Donald Trump sẽ có bài diễn văn tại Miami vào ngày 16/6 về chính sách đối với Cuba.\nNgày 15/6, người phát ngôn Nhà Trắng khẳng định Tổng thống sẽ có bài diễn văn tại Miami.',
      'XXXX-06-16'],
    ['but not a credit that closes the caption before the day\'s sentence ("Ảnh: Trọng Đức - TTXVN Sáng 17/5, ...")',
      'Cơ bản hoàn tất khâu chuẩn bị Kỳ họp thứ 3\nQuốc hội dự kiến khai mạc vào ngày 22/5, bế mạc sáng 21/6.\nPhiên họp thứ 10 của Ủy ban Thường vụ Quốc hội. Ảnh: Trọng Đức - TTXVN Sáng 17/5, Ủy ban Thường vụ Quốc hội cho ý kiến về việc chuẩn bị Kỳ họp thứ 3 của Quốc hội.',
      'XXXX-05-17'],
  ];
  it.each(table)('%s', (_why, text, value) => {
    expect(eventOf(text)).toBe(value);
  });
});

// Round 39, from the judged tuning articles (edtune): a question headline over an undated lead heads an analysis or
// opinion piece; a day inside a sentence past its middle is background. Rows it must not change too.
describe('round 39 tuning: background days of question pieces', () => {
  function eventOf(text: string): string | null {
    const headlineEnd = text.indexOf('\n');
    const ctx = ctxOf(text, null, headlineEnd < 0 ? 0 : headlineEnd);
    return pickEventDate(ctx, extractDates(ctx))?.value ?? null;
  }
  const lead = 'Vụ thử mới nhất có thể chỉ nhằm gây sức ép, giới quan sát nhận định.\nTheo các chuyên gia, tên lửa này không có gì mới. ';
  const table: [string, string, string | null][] = [
    ['a parade named inside a sentence, deep in a question piece: background',
      'Triều Tiên thử tên lửa chỉ nhằm nắn gân Mỹ?\n' + lead + 'Nó giống tên lửa mà Triều Tiên giới thiệu trong cuộc duyệt binh ngày 15.4.',
      null],
    ['a report named inside a sentence, deep in a question piece: background',
      'Sắp có làn sóng tăng giá mới của đồng USD?\nNhiều nhà đầu tư đã bán ra đồng USD trong thời gian gần đây.\nGiới phân tích chia rẽ về triển vọng. Trong một báo cáo ra ngày 6/2, ngân hàng nhấn mạnh tiền lương đã giảm tốc.',
      null],
    ['a day of record inside a sentence past the lead of a question piece: background',
      'Chủ sân golf là ai?\nCông ty có vốn điều lệ ban đầu 200 tỷ đồng. Công ty từng được định giá 3.600 tỷ đồng.\nThời điểm góp vốn đều là ngày 15/11/2014.',
      null],
    ['the same day under a headline that asks nothing stays',
      'Triều Tiên thử tên lửa chỉ nhằm nắn gân Mỹ\n' + lead + 'Nó giống tên lửa mà Triều Tiên giới thiệu trong cuộc duyệt binh ngày 15.4.',
      'XXXX-04-15'],
    ['a day opening its clause tells the news the piece asks about',
      'Hạ Vi nói gì khi chia tay?\nNgười đẹp đã lên tiếng sau nhiều tin đồn.\nHai người từng nhiều lần hợp rồi tan. Cuối cùng, ngày 4/6, Hạ Vi chính thức chia sẻ cô và bạn trai đã chia tay.',
      'XXXX-06-04'],
    ['a clock time opening the clause before the day ("khoảng 16h30 ngày 30.6") opens it too',
      'Vì sao tài xế hất văng cảnh sát xuống đường?\nTài xế đã bị bắt khẩn cấp.\nTài xế khai do bức xúc. Như báo đã thông tin, khoảng 16h30 ngày 30.6, tài xế điều khiển xe container hất văng chiến sĩ xuống đường.',
      'XXXX-06-30'],
    ['the paper\'s own talk with a speaker ("Trao đổi với Lao Động vào chiều 19.6") stays',
      'Có ảnh chân dung mới được gọi điện: có phiền phức?\nQuy định mới khiến nhiều người khó chịu.\nNhiều khách hàng bất bình. Tuy nhiên, trao đổi với Lao Động vào chiều 19.6, Cục trưởng cho biết quy định là cần thiết.',
      'XXXX-06-19'],
    ['the day a previewed event takes place ("diễn ra lúc 20h 11/6") stays',
      'Wawrinka chặn bước Nadal lên đỉnh?\nNadal đang thẳng tiến đến danh hiệu thứ 10.\nWawrinka là đối thủ khó chịu nhất. Trận chung kết diễn ra lúc 20h 11/6, giờ Việt Nam.',
      'XXXX-06-11'],
    // Mended after the round-39 review (edfix): the reviewer's wrong nulls, and the shapes that stay background.
    ['a broadcast slot at a clock time ("được phát sóng lúc 21h ngày 9/7") is the airing the piece previews: it stays',
      'Phải chăng một cuộc tranh cãi mới sẽ xảy ra?\nMột cuộc xung đột mới lại diễn ra giữa các huấn luyện viên.\nCác thí sinh bước vào thử thách mới. Đón xem tập 5 được phát sóng lúc 21h ngày 9/7 trên kênh VTV3.',
      'XXXX-07-09'],
    ['a broadcast cited without its hour ("cuộc phỏng vấn phát sóng ngày 28/5") stays background',
      'Kim Jong Un có vũ khí mật?\nMột chuyên gia cảnh báo về nguy cơ mới.\nCăng thẳng leo thang. Trong cuộc phỏng vấn phát sóng ngày 28/5, Bộ trưởng Quốc phòng Mỹ cảnh báo xung đột.',
      null],
    ['a day told as today\'s elsewhere ("Sáng nay (8/6), ... tìm thấy") makes the piece news: its day stays',
      'Máy bay rơi ở Myanmar có gì đặc biệt?\nĐây là loại máy bay vận tải quân sự tầm trung.\nMáy bay có bốn động cơ. Chiếc máy bay mất tích khi đang bay về Yangon hôm 7/6. Sáng nay (8/6), lực lượng cứu nạn đã tìm thấy 3 thi thể.',
      'XXXX-06-07'],
    ['a day the piece wrote in its first half too, in a shape read as no date ("hai ngày thi 2 và 3-6"): it stays',
      'Điểm chuẩn lớp 10 sẽ giảm mạnh?\nGiáo viên nhận định đề năm nay khó sau hai ngày thi 2 và 3-6 vừa qua.\nĐề toán có nhiều câu khó. Đề văn hay nhưng khó đạt điểm cao. Học sinh lớp 9 dự thi tuyển sinh lớp 10 trong hai ngày 2 và 3-6 vừa qua.',
      'XXXX-06-02'],
    ['another day-month in the first half (a score "2-3") does not keep a background day',
      'Điểm chuẩn lớp 10 sẽ giảm mạnh?\nGiáo viên nhận định đề năm nay khó.\nĐiểm chuẩn có thể giảm 2-3 điểm. Năm ngoái, học sinh dự thi tuyển sinh lớp 10 trong hai ngày 4 và 5-6.',
      null],
  ];
  it.each(table)('%s', (_why, text, value) => {
    expect(eventOf(text)).toBe(value);
  });
});

// Round 41, from corpus audits of undated leads: a name's initial before a bracket does not end the lead's sentence, a
// later event named with "sẽ" in passing past a lead that tells a done act dates nothing, nor does the day of what is
// prepared for ("chuẩn bị cho", "trước thềm").
describe('round 41 tuning: the event date', () => {
  function eventOf(text: string): string | null {
    const headlineEnd = text.indexOf('\n');
    const ctx = ctxOf(text, null, headlineEnd < 0 ? 0 : headlineEnd);
    return pickEventDate(ctx, extractDates(ctx))?.value ?? null;
  }
  const table: [string, string, string | null][] = [
    ['a name\'s initial before its bracket ("Đặng Văn V. (SN 1975, ...)") goes on with the lead\'s sentence: the next one is the lead\'s',
      'Bố xâm hại con gái\nCông an huyện vừa tạm giữ Đặng Văn V. (SN 1975, trú tại xã Thụy Lâm) để làm rõ hành vi.\nNgày 23/6/2017, Công an huyện nhận được đơn của chị D. tố cáo chồng.',
      '2017-06-23'],
    ['a day with its year past an undated "vừa" lead still gives way to it',
      'Bố xâm hại con gái\nCông an huyện vừa tạm giữ một người đàn ông để làm rõ hành vi. Người này đã bị bắt.\nNgày 23/6/2017, Công an huyện nhận được đơn của chị D. tố cáo chồng.',
      null],
    ['"Theo kế hoạch, ... sẽ hội quân ... ngày 8/7" past a lead that tells a done act: a later event named in passing',
      'U22 Hàn Quốc gọi 4 ngôi sao U20\nLiên đoàn bóng đá Hàn Quốc vừa công bố danh sách đội U22. Đội nằm ở bảng I cùng Việt Nam.\nĐội hình có nhiều cầu thủ trẻ. Theo kế hoạch, U22 Hàn Quốc sẽ hội quân tại Trung tâm Paju ngày 8/7.',
      null],
    ['"Bộ sưu tập ... sẽ được trình diễn vào tối 15/7" past "mới đây, ... khoe những hình ảnh"',
      'Huyền My xinh đẹp như một nàng công chúa\nThời gian gần đây, Á hậu khá im ắng. Tuy nhiên, mới đây, Huyền My bất ngờ khoe những hình ảnh mới nhất.\nCô mặc váy hoa. Bộ sưu tập của nhà thiết kế sẽ được trình diễn vào tối 15/7 tại thủ đô Hà Nội.',
      null],
    ['not under a lead that tells no done act: the announced act keeps its day',
      'Huyền My xinh đẹp như một nàng công chúa\nThời gian gần đây, Á hậu khá im ắng. Cô dành thời gian luyện tập.\nCô mặc váy hoa. Bộ sưu tập của nhà thiết kế sẽ được trình diễn vào tối 15/7 tại thủ đô Hà Nội.',
      'XXXX-07-15'],
    ['nor under a lead timed "vừa qua" (just past), which tells no done act',
      'Nghi án quay lại\nTrong đợt Tết vừa qua, hai người đều có mặt tại Sapa. Cả hai đến Hà Nội chung thời điểm.\nTrong phần bình luận, cô tiết lộ cô sẽ có mặt tại Hà Nội ngày 3/2.',
      'XXXX-02-03'],
    ['nor an event to be held ("sẽ tổ chức"): as often the one the story announces',
      'Thi sáng tác biểu trưng Festival Biển\nUBND tỉnh Khánh Hòa vừa phát động cuộc thi sáng tác biểu trưng Festival Biển Nha Trang. Yêu cầu đặt ra của cuộc thi là sáng tạo.\nFestival lần thứ 8 sẽ tổ chức vào mùa hè năm nay (từ ngày 10-13/6) với gần 50 hoạt động.',
      'XXXX-06-10'],
    ['the day of what is prepared for ("để chuẩn bị cho trận mở màn ... vào 18h ngày 22/5") is not the training\'s: a later day tells it',
      'U20 New Zealand tập khung giờ lạ\nU20 New Zealand có buổi tập đặc biệt để chuẩn bị cho trận mở màn bảng E vào 18h ngày 22/5.\nĐúng 14h30 ngày 20/5, các cầu thủ ra sân tập.',
      'XXXX-05-20'],
    ['nor the day of a visit an interview is given on the eve of ("Trước thềm chuyến thăm ... từ ngày 4 - 8/6")',
      'Thủ tướng trả lời phỏng vấn báo chí Nhật Bản\nTrước thềm chuyến thăm chính thức Nhật Bản từ ngày 4 - 8/6 của Thủ tướng, báo chí Nhật Bản đã phỏng vấn Thủ tướng.',
      null],
    ['a match prepared for tonight ("vào tối nay (7/2)") is the day\'s own story',
      'U23 Việt Nam tìm chiến thắng\nU23 Việt Nam có ít thời gian để chuẩn bị cho trận giao hữu với U23 Malaysia vào tối nay (7/2).',
      'XXXX-02-07'],
    ['a day opening its own clause after the frame ("..., chiều 3/6, ...") stays',
      'Hà Đức Chinh gãy xương sườn\nVừa được gọi lên tuyển để chuẩn bị cho trận đấu vòng loại, chiều 3/6, tiền đạo Hà Đức Chinh đã bị chấn thương.',
      'XXXX-06-03'],
    ['a day far past the day prepared for is another step of the build-up, not the preparing act\'s',
      'Buffon vui vẻ khi trở lại tập luyện\nThủ môn Buffon cùng đồng đội chuẩn bị cho trận gặp Liechtenstein diễn ra sáng ngày 12/6.\n' +
        'Các cầu thủ tập luyện hăng say dưới sự chỉ đạo của ban huấn luyện. '.repeat(8) + 'Tuyển Italy từng thắng đối thủ này hôm 6/9.',
      null],
    ['nor a file photo\'s caption between ("trong chuyến thăm ... từ ngày 16 – 17/01/2017. Ảnh: ...")',
      'Thủ tướng trả lời phỏng vấn\nTrước thềm chuyến thăm chính thức Nhật Bản từ ngày 4 - 8/6 của Thủ tướng, báo chí Nhật Bản đã đăng bài phỏng vấn.\n' +
        'Hai Thủ tướng trong chuyến thăm từ ngày 16 – 17/01/2017. Ảnh: TTXVN ' + 'Hai bên đã trao đổi về nhiều vấn đề hợp tác trong khu vực. '.repeat(8) + 'Đài NHK ngày 3/6 cho biết thêm.',
      null],
    ['a day marked as past ("ngày 10/3 vừa qua") is no day prepared for',
      'HLV đau đầu trước ngày tập trung\nSau khi công bố danh sách đội tuyển chuẩn bị cho Asian Cup ngày 10/3 vừa qua, HLV gặp nhiều khó khăn.',
      'XXXX-03-10'],
    ['a document just issued ("vừa có Công văn số 23/TB ngày 10/1/2017") is the act, over the earlier day it answers',
      'Công an huyện không khởi tố hành vi hủy hoại tài sản\nCơ quan Cảnh sát điều tra Công an huyện Hải Hậu vừa có Công văn số 23/TB ngày 10/1/2017 hồi đáp đơn của ông Trần Thanh Bình. Nội dung đơn tố cáo ông Lợi có hành vi dùng máy múc hủy hoại tài sản vào ngày 4/7/2016.',
      '2017-01-10'],
    ['"Mới đây, Cục ... có văn bản số 2916/C67-P9, ngày 31/5/2017": the same, with the subject between',
      'Quả đắng khi mua xe trả góp\nViệc xử lý vi phạm đang gây hoang mang. Mới đây, Cục Cảnh sát giao thông (C67) có văn bản số 2916/C67-P9, ngày 31/5/2017 về việc xử lý vi phạm hành chính đối với phương tiện thế chấp trong ngân hàng.',
      '2017-05-31'],
    ['an undated "vừa có văn bản" lead, the letter told on by its number and day; not the one cited "theo đúng quy định tại"',
      'Người mua xe trả góp được giữ giấy đăng ký bản chính\nNgân hàng Nhà nước Việt Nam vừa có văn bản yêu cầu các tổ chức tín dụng thực hiện nghiêm việc giao bản chính giấy đăng ký xe.\n' +
        'Ông Tuấn cho biết việc này theo đúng quy định tại Nghị định số 163/2006/NĐ-CP và Công văn số 3851/NHNH-PC ngày 23/5/2017 của NHNN. ' +
        'Văn bản số 3861/NHNN-PC của Ngân hàng Nhà nước Việt Nam ngày 24-5-2017 nêu rõ yêu cầu này.',
      '2017-05-24'],
    ['not a document of another kind than the one told issued ("vừa ban hành Thông tư" beside a cited "Quyết định số ... ngày")',
      'Quy định mới về thuế\nBộ Tài chính vừa ban hành Thông tư hướng dẫn thuế. Thủ tướng đã ký Quyết định số 12/QĐ-TTg ngày 5/3/2017 phê duyệt đề án.',
      null],
    ['nor a document told issued after a story date ("Ngày 5/6, ... vừa có công văn số ... ngày 2/6/2017")',
      'Sở yêu cầu kiểm tra\nNgày 5/6, Sở Y tế cho biết vừa có công văn số 12/SYT ngày 2/6/2017 yêu cầu các bệnh viện kiểm tra.',
      '2017-06-05'],
    ['nor a document told in a clause that the story\'s act answers ("Trước việc Cục ... vừa có văn bản số ... ngày ...")',
      'Doanh nghiệp vận tải nháo nhào vì thông báo mới\nTrước việc Cục Cảnh sát giao thông (Bộ Công an) vừa có văn bản số 2916/C67-P9 ngày 31/5/2017 về việc xử lý vi phạm hành chính, hàng trăm doanh nghiệp vận tải tại Hải Phòng đang nháo nhào liên hệ với ngân hàng.',
      null],
    ['past its sentence, only a document that names the issuer: not another body\'s cited one ("tại Văn bản số 573/TTg-KTN ngày 5/4/2016")',
      'Dự án giao thầu cấp bách có lỗi hẹn?\nUBND TP. Hà Nội vừa có văn bản đề nghị Bộ Nông nghiệp và Phát triển nông thôn thỏa thuận phương án thiết kế dự án.\n' +
        'Công trình là một trong 8 công trình cấp bách đã được Thủ tướng cho phép áp dụng cơ chế đặc thù tại Văn bản số 573/TTg-KTN ngày 5/4/2016.',
      null],
    ['the issuer named past its sentence, after "Liên quan đến ..., mới đây, Sở ... vừa có văn bản"',
      'Có Thẻ nhà báo mới tiếp\nLiên quan đến những quy định về việc cung cấp thông tin cho báo chí, mới đây, Sở Thông tin và Truyền thông (TTTT) tỉnh Ninh Bình vừa có văn bản gửi các sở, ban ngành.\n' +
        'Cụ thể, tại công văn số 314, do bà Trần Thị Thảo – Phó Giám đốc Sở TTTT tỉnh Ninh Bình ký ngày 7.4.2017, nêu rõ chế độ làm việc với báo chí.',
      '2017-04-07'],
    ['the lead\'s day told again as the dated decision of the same act ("Quyết định khởi tố ... số 52 ngày 23/6/2017") takes its year',
      'Khởi tố vụ án hình sự, khởi tố bị can\nNgày 23/6, Công an thành phố Yên Bái đã quyết định khởi tố vụ án hình sự, khởi tố bị can Lê Duy Phong.\nTheo đó, Quyết định khởi tố vụ án hình sự số 52 ngày 23/6/2017 do Thủ trưởng Cơ quan Cảnh sát điều tra ký.',
      '2017-06-23'],
    ['not a decision of the same day in an earlier year than the story\'s ("Quyết định khởi tố ... ngày 23/6/2016" beside 2017)',
      'Khởi tố vụ án\nNgày 23/6, Công an thành phố đã quyết định khởi tố vụ án hình sự.\nVụ án liên quan Quyết định khởi tố vụ án số 12 ngày 23/6/2016. Vụ việc tái diễn ngày 20/5/2017.',
      'XXXX-06-23'],
    ['nor a document that records another act than the lead\'s ("Quyết định xử phạt ... số 8 ngày 23/6/2017" under "khởi tố")',
      'Khởi tố vụ án\nNgày 23/6, Công an thành phố đã quyết định khởi tố vụ án hình sự.\nTrước đó, công ty đã nhận Quyết định xử phạt hành chính số 8 ngày 23/6/2017 của Sở.',
      'XXXX-06-23'],
    ['a teaser\'s day restated to open the lead, whose "năm 2017" after it frames the same work, takes that year (a term "2015-2020" aside)',
      '500 công an mà nạn trộm cắp cứ tăng?\n"Mấy anh công an đi đâu hết rồi?" - Bí thư chất vấn Công an Quận 2 trong buổi làm việc sáng nay (7/2).\n' +
        'Sáng nay (7/2), Bí thư Thành ủy TP Hồ Chí Minh Đinh La Thăng đã có buổi làm việc với Quận ủy Quận 2 về công tác thực hiện nhiệm vụ phát triển – xã hội năm 2017. Ông Hưng báo cáo kết quả theo Nghị quyết nhiệm kỳ 2015-2020.',
      '2017-02-07'],
    ['not a year after the restating day that closes a name ("vòng loại Asian Cup 2019")',
      'Tuyển Việt Nam đấu Jordan\nTuyển Việt Nam sẽ gặp Jordan tối nay (13/6).\nTối nay (13/6), tuyển Việt Nam gặp Jordan tại bảng C vòng loại Asian Cup 2019.',
      'XXXX-06-13'],
    ['"lễ" right before a national holiday\'s day names the holiday ("trước, trong và sau lễ 30/4"), no event',
      'Họp báo tình hình kinh tế xã hội\nThành phố tập trung đảm bảo an ninh trật tự trong thời gian trước, trong và sau lễ 30/4.\nBà Hường cho biết hiện việc chuẩn bị đã xong.',
      null],
    ['nor after "nghỉ lễ" ("dịp nghỉ lễ 2-9"); a ceremony\'s own day ("lễ ... ngày 5/6") stays',
      'Khai mạc lễ hội\nSau ba ngày nghỉ lễ 2-9, nhân viên trở lại làm việc. Sáng 5/9, thành phố tổ chức lễ khai mạc.',
      'XXXX-09-05'],
    ['nor the second day of a holiday pair ("Dịp đó, lễ 30/4 - 1/5, cơ quan tôi được nghỉ 4 ngày")',
      'Vệt son môi trên áo\nTôi năm nay 55 tuổi. Dịp đó, lễ 30/4 - 1/5, cơ quan tôi được nghỉ 4 ngày.',
      null],
    ['past an undated lead that tells a complaint just received ("vừa nhận được phản ánh"), the day it tells is the incident\'s',
      'Nhà thầu kêu khó mua hồ sơ\nBáo Đấu thầu vừa nhận được phản ánh của nhà thầu là bị làm khó trong việc mua hồ sơ yêu cầu. Gói thầu do Cục Kiểm định Hải quan mời thầu.\n' +
        'Nhà thầu phản ánh cho biết, sáng 25/5/2017, Nhà thầu đến mua hồ sơ tại Cục Kiểm định Hải quan, bị bảo vệ chặn hỏi đi đâu.',
      '2017-05-25'],
    ['nor a "sẽ" outside the date\'s clause ("..., theo AFP ngày 21/5 dẫn lời ...")',
      'Khách du lịch - vũ khí kinh tế mới\nTrung Quốc vừa hạn chế các tour du lịch sang Hàn Quốc. Các công ty lữ hành bị ảnh hưởng nặng.\n"Nếu bạn không thuận theo ý muốn của Bắc Kinh, họ sẽ giáng đòn kinh tế", theo AFP ngày 21/5 dẫn lời một nhà phân tích.',
      'XXXX-05-21'],
  ];
  it.each(table)('%s', (_why, text, value) => {
    expect(eventOf(text)).toBe(value);
  });
});

describe('round 42 tuning: the event date', () => {
  function eventOf(text: string): string | null {
    const headlineEnd = text.indexOf('\n');
    const ctx = ctxOf(text, null, headlineEnd < 0 ? 0 : headlineEnd);
    return pickEventDate(ctx, extractDates(ctx))?.value ?? null;
  }
  const table: [string, string, string | null][] = [
    ['a caption opening the body line dates the photo: the story\'s day after it wins',
      'Bắt nghi phạm âm mưu tấn công Tổng thống\nMột thanh niên đã bị cảnh sát bắt giữ.\nTổng thống diễu hành hôm 14/5 sau lễ nhậm chức. Ảnh: AFP Cơ quan an ninh vừa bắt giữ một nam thanh niên. Khi bị bắt hôm 28/6, nghi phạm đã dùng dao đe dọa cảnh sát.',
      'XXXX-06-28'],
    ['the same with the credit in brackets',
      'Iraq sắp tuyên bố chiến thắng\nChỉ huy quân đội cho hay nước này sẽ tuyên bố chiến thắng.\nKhói bốc lên từ khu vực al-Shifaa ngày 15/6 khi binh sỹ tham gia chiến dịch. (Nguồn: AFP/TTXVN) Theo AFP, ngày 30/6, Trung tướng Abdulghani al-Assadi cho hay nước này sẽ tuyên bố chiến thắng.',
      'XXXX-06-30'],
    ['a body sentence a bare credit follows mid-paragraph keeps its day',
      'Ông Comey điều trần\nCựu Giám đốc FBI nói nhiều điều.\nNhiều người theo dõi. Tối 8/6, ông Comey đã ra điều trần công khai trước Ủy ban. Ảnh: EPA Ông Comey cũng cho rằng luật pháp không quy định. Hôm 9/5 vừa qua, ông bị sa thải.',
      'XXXX-06-08'],
    ['a lead sentence a credit follows keeps its day over the body\'s day before it',
      'Chủ tịch dự lễ duyệt binh\nChủ tịch tham gia lễ duyệt binh.\nSáng nay 30/6, Chủ tịch đã tham gia lễ diễu binh tại doanh trại. Ảnh: Reuters Ông đáp máy bay xuống vào thứ Năm (29/6), lần đầu ông đến thăm.',
      'XXXX-06-30'],
    ['a caption of an earlier year gives way to the story\'s day',
      'Tổng thống sắp chơi golf với Thủ tướng\nTổng thống sẽ chơi golf với Thủ tướng trong tuần này.\nThủ tướng và Tổng thống bắt tay hôm 17/11/2016 tại New York. Ảnh: Nikkei Ông dự kiến chào đón Thủ tướng tại Nhà Trắng vào ngày 10/2.',
      'XXXX-02-10'],
    ['"Ảnh:" opening the next line labels another photo: the lead keeps its day',
      'Đổi mã vùng\nCác doanh nghiệp báo cáo công tác chuẩn bị.\nChiều 7/2, tại Cục Viễn thông, đại diện các doanh nghiệp đã báo cáo công tác chuẩn bị.\nẢnh: Thứ trưởng phát biểu tại cuộc họp. Ngày 20/2, các doanh nghiệp đã chuyển đổi mã vùng.',
      'XXXX-02-07'],
    // (a span writes two years, and the guideline takes only "the one year written in the same sentence")
    ['a day told beside an anniversary\'s span takes no year from it',
      'Lãnh đạo vào Lăng viếng Bác\nCác vị lãnh đạo đã vào Lăng viếng.\nNhân dịp kỷ niệm 127 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890-19/5/2017), sáng 18/5, Đoàn đại biểu đã vào Lăng viếng.',
      'XXXX-05-18'],
    ['written with dots and spaced dashes',
      'Hội thảo về Tổng Bí thư\nHội thảo khoa học được tổ chức.\nKỷ niệm 110 năm ngày sinh Tổng Bí thư Trường Chinh (9.2.1907 - 9.2.2017), chiều 7/2, Ban Tuyên giáo tổ chức hội thảo.',
      'XXXX-02-07'],
    ['not a day of another season than the anniversary\'s',
      'Chủ tịch nước tiếp Đại sứ\nChủ tịch nước tiếp Đại sứ.\nTrong bối cảnh hai nước kỷ niệm 45 năm quan hệ ngoại giao (8/11/1972 - 8/11/2017), chiều 7/6, Chủ tịch nước tiếp Đại sứ.',
      'XXXX-06-07'],
  ];
  it.each(table)('%s', (_why, text, value) => {
    expect(eventOf(text)).toBe(value);
  });
});

describe('round 43 tuning: the event date', () => {
  function eventOf(text: string): string | null {
    const headlineEnd = text.indexOf('\n');
    const ctx = ctxOf(text, null, headlineEnd < 0 ? 0 : headlineEnd);
    return pickEventDate(ctx, extractDates(ctx))?.value ?? null;
  }
  const table: [string, string, string | null][] = [
    ['a clip surfacing online dates the incident it shows, told later as "xảy ra"',
      'Xe ôm đánh nhau\nHai nhóm tài xế lao vào đánh nhau.\nSáng 9/5, trên nhiều trang mạng xã hội đăng tải đoạn video ghi lại cảnh tài xế lao vào đánh nhau. Theo tìm hiểu của PV, sự việc trên xảy ra vào khoảng 9h20\' sáng 8/5 tại ngã tư.',
      'XXXX-05-08'],
    ['the clip first, its verb later in the clause; the place between "xảy ra" and the day',
      'Nữ sinh bị đánh\nMột nữ sinh bị đánh.\nSáng 17/5, đoạn video hơn 4 phút ghi cảnh nhóm nữ sinh đánh bạn xuất hiện trên mạng xã hội. Đại diện nhà trường cho biết vụ đánh hội đồng xảy ra tại phòng học khối lớp 9, vào sáng ngày 12/5/2017.',
      '2017-05-12'],
    ['a clip spread by the online crowd ("cư dân mạng lan truyền")',
      'Xe tải đổ bia\nNgười dân nhặt bia giúp tài xế.\nNgày 5/7, mạng xã hội lan truyền một đoạn clip ghi lại cảnh xe tải gặp nạn. Người dân kể lại, sự việc xảy ra vào khoảng 15 giờ 30 phút chiều 4/7.',
      'XXXX-07-04'],
    ['a statement about a clip is the news: the clip does not surface in its clause',
      'Xác minh tài xế xe bồn\nTriệu tập tài xế xe bồn.\nNgày 12-5, liên quan đến thông tin chiếc xe bồn được ghi lại trong 1 đoạn clip đăng tải trên mạng xã hội, Công an quận xác nhận đã triệu tập lái xe. Được biết, sự việc xảy ra vào khoảng 17h40 ngày 7-5.',
      'XXXX-05-12'],
    ['a day told as "diễn ra" (a planned event) is not the clip\'s incident',
      'Tổng thống lên máy bay\nVideo gây sốt.\nNgày 8/7, trên mạng xã hội lan truyền video Tổng thống lên chuyến bay về nước. Hội nghị diễn ra trong 2 ngày từ 7 đến 8/7.',
      'XXXX-07-08'],
    ['an incident more than a month before the clip is background',
      'Người phụ nữ ăn vạ\nClip gây bức xúc.\nNgày 12/7, mạng xã hội lan truyền clip ghi lại cảnh một phụ nữ ngồi trên nắp capo xe taxi. Được biết, sự việc này xảy ra vào sáng ngày 11/5.',
      'XXXX-07-12'],
    ['a lead\'s relative week set back with "hồi" is background: the day told after the lead is the news',
      'Tiêm kích bay sát máy bay tuần tra\nMột tiêm kích đã bay cách máy bay tuần tra 6 m hồi đầu tuần này. Quan chức hai bên cho rằng cuộc chạm trán an toàn.\nCác quan chức nói với báo chí rằng vụ việc diễn ra vào ngày 9/5 trên không phận quốc tế.',
      'XXXX-05-09'],
    ['"hồi tuần trước" then the news\'s own day',
      'Cậu bé qua đời\nCậu trở về Mỹ trong tình trạng không còn mô não.\n17 tháng sau khi bị giam, cậu trở về quê nhà hồi tuần trước. Ngày 19/6, gia đình thông báo cậu qua đời.',
      'XXXX-06-19'],
    ['"Hồi đầu tuần, ... cho biết" opening the lead still dates the news: a later record stays background',
      'Ấn Độ sắp phóng 104 vệ tinh\nHồi đầu tuần, Tổ chức nghiên cứu không gian cho biết quốc gia này sẽ phóng cùng lúc 104 vệ tinh.\nTrong tổng số 104 vệ tinh này có 3 vệ tinh của Ấn Độ. Được biết, vào ngày 22/6/2016, Cơ quan vũ trụ Ấn Độ đã phóng cùng lúc 20 vệ tinh.',
      null],
    ['without "hồi" the lead\'s own relative week still dates the news: a day past the lead is a side event',
      'Cậu bé qua đời\nCậu trở về Mỹ trong tình trạng không còn mô não.\nGia đình thông báo cậu qua đời tuần trước. Ngày 19/6, bạn bè tổ chức lễ tưởng niệm.',
      null],
    ['a video digest\'s blurb past the lead dates the digest, not the story',
      'Chớ lạc quan với U22\nBóng đá cần sự tỉnh táo.\nChúng ta luôn tự tin trước mỗi kỳ SEA Games. Tuy nhiên, câu trả lời là nỗi thất vọng lớn. Bầu Đức tin lứa Công Phượng vô địch SEA Games, U22 Indonesia sợ Việt Nam là những thông tin chính bóng đá Việt 9/7. Điều nguy hiểm hơn là sự chủ quan.',
      null],
    ['past the blurb, the story\'s own day is still read',
      'Chỉ là trận giao hữu\nHLV khá căng thẳng.\nĐầu Xuân không nhắc chuyện không vui năm cũ. Võ Huy Toàn tái xuất là những tin chính bóng đá Việt ngày 7/2. Trong buổi tập cuối cùng chiều 6/2, HLV cố gắng tạo không khí tích cực.',
      'XXXX-02-06'],
    ['a digest told in the lead keeps its day',
      'Công Phượng nên ngồi dự bị\nCông Phượng có thể ngồi dự bị, Võ Huy Toàn tái xuất là những tin chính bóng đá Việt ngày 7/2.\nHLV chưa công bố đội hình.',
      'XXXX-02-07'],
  ];
  it.each(table)('%s', (_why, text, value) => {
    expect(eventOf(text)).toBe(value);
  });
});

describe('round 45 tuning: the day of the act a headline announces', () => {
  function eventOf(text: string): string | null {
    const headlineEnd = text.indexOf('\n');
    const ctx = ctxOf(text, null, headlineEnd < 0 ? 0 : headlineEnd);
    return pickEventDate(ctx, extractDates(ctx))?.value ?? null;
  }
  const table: [string, string, string | null][] = [
    ['the headline\'s act ("sẽ chơi golf") told later with its upcoming day gives that day, over the report\'s',
      'Ông Trump sẽ chơi golf với Thủ tướng Nhật Shinzo Abe\nTổng thống Mỹ dự định sẽ chơi golf với ông Abe tuần này.\nTheo Reuters ngày 6.2, phát biểu trên Đài Westwood One, ông Trump cho rằng chơi golf sẽ giúp hiểu người khác hơn. Tuy nhiên ông Trump không xác nhận liệu ông có đặt cược khi chơi golf với ông Abe tại khu nghỉ dưỡng Mar-a-Lago vào ngày 11.2 tới hay không.',
      'XXXX-02-11'],
    ['"Chuẩn bị xét xử" and the court\'s planned trial day "xét xử vào ngày 9/8 tới"',
      'Chuẩn bị xét xử vụ nhắn tin khủng bố Chủ tịch tỉnh Bắc Ninh\nVụ án sắp được đưa ra xét xử.\nNgày 10/7, ông Giang Hồng Thanh, luật sư, cho biết đã nhận được thông báo của tòa. Theo đó, Tòa dự kiến sẽ đưa vụ án ra xét xử vào ngày 9/8 tới.',
      'XXXX-08-09'],
    ['an upcoming day whose sentence names another act is not the headline\'s ("tiếp ông Abe", not "chơi golf")',
      'Ông Trump sẽ chơi golf với Thủ tướng Nhật Shinzo Abe\nTổng thống Mỹ dự định sẽ chơi golf với ông Abe tuần này.\nTheo Reuters ngày 6.2, phát biểu trên Đài Westwood One, ông Trump cho rằng chơi golf sẽ giúp hiểu người khác hơn. Theo dự kiến, ông Trump sẽ tiếp ông Abe tại Nhà Trắng vào ngày 10.2 tới.',
      'XXXX-02-06'],
    ['a term starting on the day ("Từ 1/8 tới, ...") is no announced event: the act that set it stays',
      'Hà Nội: Sẽ tăng viện phí từ 1/8 tới\nHĐND thành phố đã thông qua nghị quyết.\nChiều 4/7, HĐND TP Hà Nội đã thông qua Nghị quyết quy định giá dịch vụ khám bệnh. Từ 1/8 tới, các bệnh viện sẽ tăng viện phí với người không có thẻ bảo hiểm y tế.',
      'XXXX-07-04'],
    ['a headline that announces nothing leaves the told day',
      'Ông Trump chơi golf với Thủ tướng Nhật Shinzo Abe\nHai nhà lãnh đạo gặp nhau.\nTheo Reuters ngày 6.2, ông Trump cho rằng chơi golf sẽ giúp hiểu người khác hơn. Ông sẽ chơi golf với ông Abe vào ngày 11.2 tới.',
      'XXXX-02-06'],
  ];
  it.each(table)('%s', (_why, text, value) => {
    expect(eventOf(text)).toBe(value);
  });
});
