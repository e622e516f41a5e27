// Title boundaries after "của": a person owning the post is no part of the title.
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/extract/context.js';
import { extractOfficials } from '../../src/extract/officials.js';
import { findForeignOfficials } from '../../src/extract/foreign-officials.js';
import { withoutPostsOfAnother, withoutRunOnHonorifics } from '../../src/extract/title-owner.js';
import { documentFromText } from '../../src/input/document.js';
import type { Position } from '../../src/record/schema.js';

const titlesOf = (text: string, name: string) => {
  const ctx = createContext(documentFromText(text));
  const found = extractOfficials(ctx);
  found.push(...findForeignOfficials(ctx, found));
  return found.find((o) => o.name === name)?.positions.map((p) => p.text);
};

describe('a post owned by a named person is kept as written, "của" and the owner too', () => {
  // (round 42: a cut before "của Putin" was tried; two blind reviewers judged every sampled cut worse than the title as written)
  const table: [string, string, string[]][] = [
    ['Tổng thống Nga Vladimir Putin đã trao thưởng, thư ký báo chí của Putin, ông Dmitri Peskov cho biết.', 'Dmitri Peskov', ['thư ký báo chí của Putin']],
    ['Tổng thống Mỹ Donald Trump đã ký. Ông Michael Caputo, cố vấn chính trị của ông Trump, cho biết.', 'Michael Caputo', ['cố vấn chính trị của ông Trump']],
    ['Ông Gary Cohn, cố vấn kinh tế hàng đầu của Tổng thống Donald Trump, cho biết.', 'Gary Cohn', ['cố vấn kinh tế hàng đầu của Tổng thống Donald Trump']],
    ['Ông Paul Manafort, cựu Chủ tịch chiến dịch tranh cử của Trump, đã bị truy tố. Tổng thống Trump nói.', 'Paul Manafort', ['cựu Chủ tịch chiến dịch tranh cử của Trump']],
  ];
  it.each(table)('%s', (text, name, want) => expect(titlesOf(text, name)).toEqual(want));
});

describe('a post read on into the next sentence, glued with no stop', () => {
  const post = (text: string, title: string, s = 0): Position => ({ title, organization: text.length > title.length ? text.slice(title.length + 1) : null, text, span: [s, s + text.length] });
  const person = (name: string, positions: Position[]) => ({ name, rank: null, rankMention: null, mentions: [{ text: name, span: [500, 500 + name.length] as [number, number] }], positions });
  it('is cut before the holder\'s own name and the honorific', () => {
    const o = person('Võ Văn Hoan', [post('Chánh Văn phòng UBND TP.HCM Võ Văn Hoan Ông', 'Chánh Văn phòng', 10)]);
    withoutRunOnHonorifics([[o]]);
    expect(o.positions).toEqual([{ title: 'Chánh Văn phòng', organization: 'UBND TP.HCM', text: 'Chánh Văn phòng UBND TP.HCM', span: [10, 37] }]);
  });
  it('is dropped when closed by another name or a firm: the post of the person before', () => {
    const a = person('Trần Bá Dương', [post('Tổng giám đốc Tập đoàn Thành Công Ông', 'Tổng giám đốc'), post('Chủ tịch HĐQT Tập đoàn Trường Hải', 'Chủ tịch', 60)]);
    const b = person('Vũ Văn Tiền', [post('Chủ tịch FPT Trương Gia Bình Ông', 'Chủ tịch')]);
    const list = [a, b];
    withoutRunOnHonorifics([list]);
    expect(list.map((o) => [o.name, o.positions.map((p) => p.text)])).toEqual([['Trần Bá Dương', ['Chủ tịch HĐQT Tập đoàn Trường Hải']]]);
  });
  it('leaves a place named Bà and a post closed otherwise', () => {
    const o = person('Nguyễn Văn A', [post('Giám đốc Bệnh viện đa khoa Cát Bà', 'Giám đốc')]);
    withoutRunOnHonorifics([[o]]);
    expect(o.positions.map((p) => p.text)).toEqual(['Giám đốc Bệnh viện đa khoa Cát Bà']);
  });
});

describe('a post closed by another titled official\'s name is theirs', () => {
  const at = (text: string, s: number, title = text): Position => ({ title, organization: null, text, span: [s, s + text.length] });
  const person = (name: string, s: number, positions: Position[]) => ({ name, rank: null, rankMention: null, mentions: [{ text: name, span: [s, s + name.length] as [number, number] }], positions });
  it('drops it from the person it was read for', () => {
    // "Chủ nhiệm Tổng cục Chính trị Nguyễn Chí Thanh, Tổng Bí thư Trường Chinh, ..."
    const thanh = person('Nguyễn Chí Thanh', 28, [at('Chủ nhiệm Tổng cục Chính trị', 0), at('Tổng Bí thư Trường Chinh', 46)]);
    const chinh = person('Trường Chinh', 58, [at('Tổng Bí thư', 46)]);
    withoutPostsOfAnother([[thanh, chinh]]);
    expect(thanh.positions.map((p) => p.text)).toEqual(['Chủ nhiệm Tổng cục Chính trị']);
    expect(chinh.positions.map((p) => p.text)).toEqual(['Tổng Bí thư']);
  });
  it('and the person with it, when no post or rank is left', () => {
    const anh = person('Phạm Anh', 39, [at('Thứ trưởng Bộ NN&PTNT Vũ Văn Tám', 0)]);
    const tam = person('Vũ Văn Tám', 22, [at('Thứ trưởng Bộ NN&PTNT', 0)]);
    const list = [anh, tam];
    withoutPostsOfAnother([list]);
    expect(list.map((o) => o.name)).toEqual(['Vũ Văn Tám']);
  });
  it('keeps a post for another, its own ("cố vấn kinh tế cho Tổng thống Mỹ Ronald Reagan")', () => {
    const roberts = person('Paul Craig Roberts', 0, [at('nguyên cố vấn kinh tế cho Tổng thống Mỹ Ronald Reagan', 20)]);
    const reagan = person('Ronald Reagan', 60, [at('Tổng thống Mỹ', 46)]);
    withoutPostsOfAnother([[roberts, reagan]]);
    expect(roberts.positions.map((p) => p.text)).toEqual(['nguyên cố vấn kinh tế cho Tổng thống Mỹ Ronald Reagan']);
  });
});

describe('a post in capitals closing the text before a one-word name', () => {
  // (fast-check's counterexample: a unit named after a person read past the last token)
  it('is read without a crash', () => {
    const ctx = createContext(documentFromText('BỘ TRƯỞNG THÔN Phạm'));
    expect(() => extractOfficials(ctx)).not.toThrow();
  });
});
