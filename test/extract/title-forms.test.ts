// Short and full forms of one post: one title, in its fuller form.
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/extract/context.js';
import { extractOfficials } from '../../src/extract/officials.js';
import { findForeignOfficials } from '../../src/extract/foreign-officials.js';
import { fullerWrittenPost, lacksLowerWords, sameWrittenPost, withoutShortFormPosts } from '../../src/extract/title-forms.js';
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

describe('sameWrittenPost', () => {
  const table: [string, string, boolean][] = [
    // an acronym for the words its letters open, on either side
    ['Cục trưởng Cục Nghệ thuật biểu diễn', 'Cục trưởng Cục NTBD', true],
    ['Nguyên Giám đốc Sở Quy hoạch Kiến trúc HN', 'nguyên Giám đốc Sở QHKT Hà Nội', true],
    ['Tổng Giám đốc Thông tấn xã Việt Nam', 'Tổng Giám đốc TTXVN', true],
    ['nguyên Phó Chủ tịch UBND TP Hà Nội', 'nguyên PCT UBND TP Hà Nội', true],
    // "cựu" for "nguyên", an acronym's separators
    ['cựu trưởng phòng TN-MT huyện Mỹ Đức', 'nguyên Trưởng Phòng TN&MT huyện Mỹ Đức', true],
    ['nguyên Bộ trưởng Tư pháp', 'Cựu Bộ trưởng Tư pháp', true],
    // the short form stops at the level word of the place the full one names
    ['cựu Bí thư Đảng ủy xã Đồng Tâm', 'nguyên bí thư Đảng ủy xã', true],
    ['cựu PGĐ Văn phòng đăng ký đất đai huyện Mỹ Đức', 'nguyên Phó giám đốc văn phòng đăng ký đất đai huyện', true],
    // a chair of a commune, district or province written without the people's committee ("Chủ tịch xã" is its chair)
    ['nguyên Chủ tịch UBND xã Đồng Tâm', 'cựu Chủ tịch xã', true],
    ['Phó Chủ tịch Ủy ban nhân dân tỉnh Nghệ An', 'Phó Chủ tịch tỉnh Nghệ An', true],
    ['Chủ tịch HĐND xã Đồng Tâm', 'Chủ tịch xã', false],
    ['Chủ tịch UBND xã Đồng Tâm', 'Chủ tịch huyện', false],
    ['Bí thư UBND xã Đồng Tâm', 'Bí thư xã', false],
    // another post, another body, or words left out that are not a place after its level word
    ['Phó Cục trưởng Cục HKVN', 'Cục trưởng Cục Hàng không Việt Nam', false],
    ['Cục trưởng Cục HKVN', 'Phó Cục trưởng Cục Hàng không Việt Nam', false],
    ['Phó Tổng giám đốc Công ty Alpha', 'PGĐ Công ty Alpha', false],
    ['Giám đốc Sở Y tế tỉnh Nghệ An', 'Giám đốc Sở Y tế', false],
    ['Phó Giám đốc Trung tâm hiến ghép tạng Quốc gia', 'Phó giám đốc TT', false],
    ['Chủ tịch UBND huyện Mỹ Đức', 'Chủ tịch UBND xã', false],
    ['Bí thư Tỉnh ủy Nghệ An', 'Bí thư Tỉnh ủy Hà Tĩnh', false],
  ];
  it.each(table)('%s / %s', (long, short, want) => expect(sameWrittenPost(long, short)).toBe(want));
  it('keeps the form with more words, or the first of two as long', () => {
    const at = (text: string, s: number) => ({ text, span: [s, s + text.length] as [number, number] });
    expect(fullerWrittenPost(at('Cục trưởng Cục Nghệ thuật biểu diễn', 50), at('Cục trưởng Cục NTBD', 0))).toBe(true);
    expect(fullerWrittenPost(at('Cục trưởng Cục NTBD', 0), at('Cục trưởng Cục Nghệ thuật biểu diễn', 50))).toBe(false);
    expect(fullerWrittenPost(at('cựu trưởng phòng TN-MT huyện Mỹ Đức', 0), at('nguyên Trưởng Phòng TN&MT huyện Mỹ Đức', 90))).toBe(true);
    expect(fullerWrittenPost(at('nguyên Trưởng Phòng TN&MT huyện Mỹ Đức', 90), at('cựu trưởng phòng TN-MT huyện Mỹ Đức', 0))).toBe(false);
  });
});

describe('one post written with an acronym, "cựu" or without its place is one title, the fuller', () => {
  it('keeps the form written out', () => {
    expect(titlesOf('Ông Nguyễn Văn An, Cục trưởng Cục NTBD cho biết. Cục trưởng Cục Nghệ thuật biểu diễn Nguyễn Văn An nói thêm.', 'Nguyễn Văn An'))
      .toEqual(['Cục trưởng Cục Nghệ thuật biểu diễn']);
    expect(titlesOf('Bị cáo Phạm Hữu Sách (SN 1965, cựu trưởng phòng TN-MT huyện Mỹ Đức) bị truy tố. Phạm Hữu Sách (nguyên Trưởng Phòng TN&MT huyện Mỹ Đức) gây thiệt hại.', 'Phạm Hữu Sách'))
      .toEqual(['cựu trưởng phòng TN-MT huyện Mỹ Đức']);
    expect(titlesOf('Ông Lê Đình Thuần (nguyên Chủ tịch UBND xã Đồng Tâm) bị truy tố. Cụ thể, cựu Chủ tịch xã Lê Đình Thuần đã cấp đất trái thẩm quyền.', 'Lê Đình Thuần'))
      .toEqual(['nguyên Chủ tịch UBND xã Đồng Tâm']);
  });
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
