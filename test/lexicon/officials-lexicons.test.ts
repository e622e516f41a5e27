// The rank, post, organization and acronym lexicons: shapes the extractors rely on.
import { describe, expect, it } from 'vitest';
import { ACRONYMS } from '../../src/lexicon/acronyms.js';
import { ORG_HEADS, SECTORS } from '../../src/lexicon/organizations.js';
import { FAMILY_NAMES } from '../../src/lexicon/personal-names.js';
import { IMPLIED_UNITS_WITHOUT_HEAD, POSITION_HEADS, POSITION_IMPLIED_ORG, POSITION_NEEDS_ORG } from '../../src/lexicon/positions.js';
import { RANKS } from '../../src/lexicon/ranks.js';
import { foldForMatch } from '../../src/input/normalize.js';

describe('ranks', () => {
  it.each(['Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá',
    'Đại úy', 'Thượng úy', 'Trung úy', 'Thiếu úy', 'Thượng sĩ', 'Trung sĩ', 'Hạ sĩ', 'Binh nhất', 'Binh nhì',
    'Đô đốc', 'Phó Đô đốc', 'Chuẩn Đô đốc'])('%s is a rank', (r) => {
    expect(RANKS).toContain(r);
  });
});

describe('posts', () => {
  it.each(['Bộ trưởng', 'Thứ trưởng', 'Cục trưởng', 'Giám đốc', 'Chủ tịch', 'Bí thư', 'Trưởng phòng', 'Đội trưởng',
    'Đội phó', 'Chánh văn phòng', 'Chánh án', 'Viện trưởng', 'Tư lệnh', 'Chính ủy', 'Người phát ngôn', 'Đại sứ',
    'Tổng Bí thư', 'Chủ tịch nước', 'Thủ tướng', 'Tổng giám đốc', 'Hiệu trưởng', 'Ngoại trưởng', 'Tổng thống'])('%s is a post', (p) => {
    expect(POSITION_HEADS.map(foldForMatch)).toContain(foldForMatch(p));
  });
  it('posts with a built-in organization type name a known head', () => {
    const heads = new Set(ORG_HEADS.map((h) => foldForMatch(h.head)));
    expect(Object.values(POSITION_IMPLIED_ORG).filter((org) => !heads.has(foldForMatch(org)) && !IMPLIED_UNITS_WITHOUT_HEAD.has(org))).toEqual([]);
  });
  it('the units listed as no head are not heads of the organizations lexicon', () => {
    const heads = new Set(ORG_HEADS.map((h) => foldForMatch(h.head)));
    expect([...IMPLIED_UNITS_WITHOUT_HEAD].filter((u) => heads.has(foldForMatch(u)))).toEqual([]);
  });
  it('"Trưởng" alone needs an organization after it', () => {
    expect(POSITION_NEEDS_ORG.has('trưởng')).toBe(true);
  });
});

describe('organizations', () => {
  it('businesses, schools and hospitals are heads for titles but not agencies', () => {
    const byHead = new Map(ORG_HEADS.map((h) => [h.head, h]));
    for (const h of ['Tập đoàn', 'Công ty', 'Trường', 'Bệnh viện', 'Báo']) expect(byHead.get(h)?.agency).toBe(false);
    for (const h of ['Bộ', 'Cục', 'Công an', 'UBND', 'Chính phủ', 'Quân khu']) expect(byHead.get(h)?.agency).toBe(true);
  });
  it('type-and-place heads need a place; Chính phủ is a name in itself', () => {
    const byHead = new Map(ORG_HEADS.map((h) => [h.head, h.needs]));
    expect(byHead.get('Công an')).toBe('place');
    expect(byHead.get('Thành ủy')).toBe('place');
    expect(byHead.get('Chính phủ')).toBe('self');
    expect(byHead.get('Sư đoàn')).toBe('number');
  });
  it('sectors are written folded-friendly (lower case)', () => {
    for (const s of SECTORS) expect(s).toBe(s.toLowerCase());
  });
});

describe('acronyms and family names', () => {
  it.each([['UBND', 'ủy ban nhân dân'], ['HĐND', 'hội đồng nhân dân'], ['CSGT', 'cảnh sát giao thông'], ['ANTQ', 'an ninh tổ quốc'],
    ['MTTQ', 'mặt trận tổ quốc'], ['QH', 'quốc hội']])('%s → %s', (a, e) => {
    expect(ACRONYMS[a]).toBe(e);
  });
  it('has the common family names', () => {
    for (const f of ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý']) {
      expect(FAMILY_NAMES).toContain(f);
    }
  });
});
