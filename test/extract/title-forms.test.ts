// Short and full forms of one post: one title, in its fuller form.
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/extract/context.js';
import { extractOfficials } from '../../src/extract/officials.js';
import { findForeignOfficials } from '../../src/extract/foreign-officials.js';
import { lacksLowerWords, withoutShortFormPosts } from '../../src/extract/title-forms.js';
import { documentFromText } from '../../src/input/document.js';

const titlesOf = (text: string, name: string) => {
  const ctx = createContext(documentFromText(text));
  const found = extractOfficials(ctx);
  found.push(...findForeignOfficials(ctx, found));
  return found.find((o) => o.name === name)?.positions.map((p) => p.text);
};

describe('lacksLowerWords', () => {
  const table: [string, string, boolean][] = [
    ['Tổng Giám đốc tập đoàn sản xuất ô tô điện Tesla Inc', 'Tổng Giám đốc Tesla Inc', true],
    ['Hiệu trưởng Trường trung học phổ thông Trưng Vương', 'Hiệu trưởng Trường Trưng Vương', true],
    // (capitalised words between are another body: "Chủ tịch Quân ủy Trung ương Trung Quốc" is no "Chủ tịch Trung Quốc")
    ['Chủ tịch Quân ủy Trung ương Trung Quốc', 'Chủ tịch Trung Quốc', false],
    ['Giám đốc Công ty TNHH Thương mại Xuất nhập khẩu Hoàng Gia Phát', 'Giám đốc Công ty Hoàng Gia Phát', false],
    // (the body's "của", a standing in lower case: the same post)
    ['thư ký báo chí của Tổng thống Nga', 'Thư ký báo chí Tổng thống Nga', true],
    // (a term is another title as written: "Tổng thống đắc cử của Pháp" beside "Tổng thống Pháp")
    ['Tổng thống đắc cử của Pháp', 'Tổng thống Pháp', false],
    ['Tổng thống sắp mãn nhiệm của Pháp', 'Tổng thống Pháp', false],
    ['Phó chủ tịch mảng kinh doanh của Uber', 'Phó Chủ tịch kinh doanh Uber', true],
    // (a number, a place after "tại", a word that makes another post, a deputy: not the same post written short)
    ['Tổng thống thứ 45 của Mỹ', 'Tổng thống Mỹ', false],
    ['Giám đốc phó phụ trách kỹ thuật Công ty Alpha', 'Giám đốc Công ty Alpha', false],
    ['Giám đốc tập đoàn Tesla', 'Giám đốc Tesla', true],
    ['Giám đốc hãng Tesla', 'Giám đốc Tesla', true],
    ['Đại sứ Mỹ tại Hà Nội', 'Đại sứ Mỹ', false],
    ['nguyên Phó Giám đốc VDB', 'Nguyên Giám đốc VDB', false],
    ['Nhà đồng sáng lập Airbnb', 'nhà sáng lập Airbnb', false],
  ];
  it.each(table)('%s / %s', (long, short, want) => expect(lacksLowerWords(long, short)).toBe(want));
});

describe('withoutShortFormPosts', () => {
  it('keeps the fuller of two posts, whichever pass read them', () => {
    const post = (text: string, s: number) => ({ title: text, organization: null, text, span: [s, s + text.length] as [number, number] });
    const o = { name: 'Dmitry Peskov', rank: null, rankMention: null, mentions: [], positions: [post('Thư ký báo chí Tổng thống Nga', 0), post('thư ký báo chí của Tổng thống Nga', 100)] };
    withoutShortFormPosts([[o]]);
    expect(o.positions.map((p) => p.text)).toEqual(['thư ký báo chí của Tổng thống Nga']);
  });
});

describe('a body described in lower case, then named, is one post with the body named alone', () => {
  it('keeps the fuller form', () => {
    expect(titlesOf('Ông Elon Musk, Tổng Giám đốc Tesla Inc (trái) tuyên bố rút khỏi hội đồng. Sau đó, ông Elon Musk, Tổng Giám đốc tập đoàn sản xuất ô tô điện Tesla Inc cho biết.', 'Elon Musk'))
      .toEqual(['Tổng Giám đốc tập đoàn sản xuất ô tô điện Tesla Inc']);
  });
});

describe('legislature leaders and team leaders are posts', () => {
  const table: [string, string, string[]][] = [
    ['Lãnh đạo đa số ở Thượng viện, nghị sỹ Cộng hòa Mitch McConnel trả lời trên kênh Bloomberg rằng mọi việc ổn.', 'Mitch McConnel', ['Lãnh đạo đa số ở Thượng viện', 'nghị sỹ Cộng hòa']],
    ['Lãnh đạo thiểu số Thượng viện Chuck Schumer bình luận về sự thất vọng.', 'Chuck Schumer', ['Lãnh đạo thiểu số Thượng viện']],
    ['Thủ lĩnh phe thiểu số tại Hạ viện Nancy Pelosi cho biết.', 'Nancy Pelosi', ['Thủ lĩnh phe thiểu số tại Hạ viện']],
    ['“Trưởng toán, Trung tá Danil và 3 sĩ quan của anh đã được gọi về Moskva để nhận thưởng”, ông nói.', 'Danil', ['Trưởng toán']],
  ];
  it.each(table)('%s', (text, name, want) => expect(titlesOf(text, name)).toEqual(want));
});
