import { describe, expect, it } from 'vitest';
import { createContext, mentionAt, perDocument, sentenceAround } from '../../src/extract/context.js';
import { documentFromText } from '../../src/input/document.js';

describe('sentenceAround', () => {
  const text = 'Ngày 5.7, đoàn công tác làm việc. Sáng 6/7, hội nghị khai mạc!\nDòng mới';
  it.each([
    ['đoàn', 'Ngày 5.7, đoàn công tác làm việc.'],
    ['hội nghị', 'Sáng 6/7, hội nghị khai mạc!'],
    ['mới', 'Dòng mới'],
  ])('the sentence around "%s" is "%s" (a dot inside "5.7" does not end it)', (word, sentence) => {
    const [s, e] = sentenceAround(text, text.indexOf(word));
    expect(text.slice(s, e).trim()).toBe(sentence);
  });

  const dotted = 'Chiều nay 25-5… Phát biểu tại hội nghị năm 2017, ông nói. Gạo, muối… và dầu ăn được phát.';
  it.each([
    ['Chiều', 'Chiều nay 25-5…'], // an ellipsis before a capital ends a sentence
    ['Phát biểu', 'Phát biểu tại hội nghị năm 2017, ông nói.'],
    ['dầu', 'Gạo, muối… và dầu ăn được phát.'], // before a lower-case word it goes on
  ])('with ellipses, the sentence around "%s" is "%s"', (word, sentence) => {
    const [s, e] = sentenceAround(dotted, dotted.indexOf(word));
    expect(dotted.slice(s, e).trim()).toBe(sentence);
  });

  // A dot after a dotted abbreviation before a capital goes on; the same phrases run through the dates scan in dates.test.ts.
  it.each([
    ['Tối 14/6, tại quảng trường, TP. Vinh tổ chức lễ kỷ niệm.', 'Vinh'],
    ['Sáng 3/4, Tp. Hồ Chí Minh khai mạc hội chợ.', 'Hồ Chí Minh'],
    ['Ngày 9/5, UBND TX. Sơn Tây ra quyết định.', 'Sơn Tây'],
    ['Ngày 9/5, lũ tràn qua TT. Cẩm Xuyên trong đêm.', 'Cẩm Xuyên'],
    ['Ngày 2/3, công an Q. Hải Châu bắt giữ đối tượng.', 'Hải Châu'],
    ['Ngày 2/3, hội nghị tại H. Thái Thụy bế mạc.', 'Thái Thụy'],
    ['Ngày 2/3, người dân P. Bến Nghé dọn vệ sinh.', 'Bến Nghé'],
    ['Ngày 2/3, nông dân X. Điền Hải thu hoạch lúa.', 'Điền Hải'],
    ['Ngày 5/6, ThS. Nguyễn Văn An trình bày báo cáo.', 'Nguyễn'],
    ['Ngày 5/6, Ths. Nguyễn Văn An trình bày báo cáo.', 'Nguyễn'],
    ['Ngày 5/6, TS. Lê Minh Hà trình bày báo cáo.', 'Lê Minh'],
    ['Ngày 5/6, GS. Trần Văn Bình trình bày báo cáo.', 'Trần'],
    ['Ngày 5/6, PGS. Đào Ngọc Diễn trình bày báo cáo.', 'Đào'],
    ['Ngày 5/6, PGS.TS. Đào Ngọc Diễn trình bày báo cáo.', 'Đào'],
    ['Ngày 5/6, BS. Vũ Hồng Ngọc khám cho bệnh nhân.', 'Vũ'],
  ])('"%s" is one sentence (around "%s")', (text, word) => {
    const [s, e] = sentenceAround(text, text.indexOf(word));
    expect([s, e]).toEqual([0, text.length]);
    const [s2, e2] = sentenceAround(text, 0);
    expect([s2, e2]).toEqual([0, text.length]);
  });

  it.each([
    ['Ngày 2/3, hàng xóm giúp chị X. Chiều cùng ngày, công an đến.', 'Chiều'], // an initial ends a sentence
    ['Ngày 2/3, công an bắt anh H. Ông này khai nhận.', 'Ông'], // a unit letter needs two capitalised words
    ['Ngày 2/3, vụ án do Nguyễn Văn T. Lúc đó trời tối.', 'Lúc'], // T is no unit
    ['Ngày 2/3, thí sinh xét tuyển ĐH. Khi tổ chức thi, ...', 'Khi'], // "ĐH." ends sentences
    ['Ngày 2/3, Bộ TT&TT. Đến nay đã xong.', 'Đến'], // "&TT" is part of a name
    ['Ngày 2/3, đoàn về TP. sau đó họp.', 'sau'], // before a lower-case word it is no name
  ])('"%s" ends before "%s"', (text, word) => {
    const at = text.indexOf(word);
    expect(sentenceAround(text, 0)[1]).toBe(at - 1);
    expect(sentenceAround(text, at)[0]).toBe(at - 1); // from the space after the dot
  });

  // A stop whose space was lost ends the sentence before a capitalised word, as the tokenizer splits it.
  it.each([
    ['Quận 2 bàn nhiệm vụ phát triển năm 2017.Tại buổi làm việc, ông Hưng báo cáo.', 'Tại'],
    ['Bí thư làm việc với Quận ủy sáng ngày 8/2.Bí thư Đinh La Thăng phát biểu.', 'Bí thư Đinh'],
    ['Ông Hưng trong ngày 8.2.Theo quy định, đơn được gửi.', 'Theo'],
    ['Tên lửa bay được khoảng 500km.Bộ Quốc phòng Hàn Quốc cho biết.', 'Bộ Quốc'],
    ['Phòng GD-ĐT xác minh sự việc.Sở Giáo dục và Đào tạo vào cuộc.', 'Sở'],
    ['Khói bốc lên dội liên tiếp lên bầu trời…Câu chuyện được kể lại.', 'Câu'],
    ['Cuộc đời thật lắm bất công...Thằng bé không nói gì.', 'Thằng'],
    ['Ông có phải là lãnh đạo thế giới?Tạp chí Forbes đã xếp hạng.', 'Tạp'],
    ['Đội tuyển đứng thứ 21.Huy chương vàng thuộc về Nga.', 'Huy'],
  ])('"%s" ends, glued, before "%s"', (text, word) => {
    const at = text.indexOf(word);
    expect(sentenceAround(text, 0)[1]).toBe(at);
    expect(sentenceAround(text, at)[0]).toBe(at);
    expect(sentenceAround(text, text.length - 1)[0]).toBe(at);
  });

  it.each([
    ['Ngày 3/4, TP.HCM khai mạc hội chợ.'],
    ['Ngày 3/4, Tp.Hồ Chí Minh khai mạc hội chợ.'],
    ['Ngày 3/4, Ths.Nguyễn Văn An trình bày.'],
    ['Ngày 3/4, TS.Lê Minh Hà trình bày.'],
    ['Ngày 3/4, mưa lớn ở TT.Huế và Q.1.'],
    ['Ngày 3/4, người dân P.Bến Nghé dọn vệ sinh.'],
    ['Ngày 3/4, ông M.Dô-y-rơ đến Hà Nội.'],
    ['Ngày 3/4, đội U23.Việt Nam tập luyện.'],
    ['Ngày 3/4, báo VnExpress.net đưa tin, giá tăng 1.000 đồng.'],
    ['Ngày 3/4, Thống đốc thành phố St.Petersburg phát biểu.'],
    ['Ngày 3/4, Sanna.KH thắng Than.QN.'], // a club's code after the dot is no sentence
    ['Ngày 3/4, gạo, muối…và dầu ăn được phát.'], // before a lower-case word it goes on
  ])('"%s" is one sentence, its unspaced dots no ends', (text) => {
    expect(sentenceAround(text, 0)).toEqual([0, text.length]);
    expect(sentenceAround(text, text.length - 2)).toEqual([0, text.length]);
  });
});

describe('mentionAt', () => {
  it('trims quotes, brackets and punctuation but keeps the span on the text', () => {
    const text = 'mô hình “Camera phòng, chống tội phạm”…';
    const m = mentionAt(text, 8, text.length);
    expect(m.text).toBe('Camera phòng, chống tội phạm');
    expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
  });
});

describe('perDocument', () => {
  it('computes once per document and again for the next one', () => {
    let calls = 0;
    const wordCount = perDocument((ctx) => (calls++, ctx.text.split(' ').length));
    const a = createContext(documentFromText('Một hai ba'));
    const b = createContext(documentFromText('Bốn năm'));
    expect([wordCount(a), wordCount(a), wordCount(b), wordCount(b)]).toEqual([3, 3, 2, 2]);
    expect(calls).toBe(2);
  });
});
