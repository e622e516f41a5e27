// Province data integrity: 63 pre-2025 units, 34 units from 1 July 2025, and the merger map.
import { describe, expect, it } from 'vitest';
import { NEW_PROVINCES, OLD_PROVINCES, PROVINCE_KEYS, PROVINCE_PREFIX_WORDS, provinceKey, provinceRef, resolveProvince } from '../../src/lexicon/provinces.js';

describe('province lists', () => {
  it('has 63 pre-2025 units with unique two-digit codes', () => {
    expect(OLD_PROVINCES).toHaveLength(63);
    expect(new Set(OLD_PROVINCES.map((p) => p.code)).size).toBe(63);
    for (const p of OLD_PROVINCES) expect(p.code).toMatch(/^\d\d$/);
  });

  it('has 34 post-2025 units with unique codes, 6 of them centrally-run cities', () => {
    expect(NEW_PROVINCES).toHaveLength(34);
    expect(new Set(NEW_PROVINCES.map((p) => p.code)).size).toBe(34);
    expect(NEW_PROVINCES.filter((p) => p.city).map((p) => p.name).sort()).toEqual(
      ['Cần Thơ', 'Hà Nội', 'Hải Phòng', 'Hồ Chí Minh', 'Huế', 'Đà Nẵng'].sort(),
    );
  });

  it('maps every old unit to an existing new unit, and every new unit has members', () => {
    const newCodes = new Set(NEW_PROVINCES.map((p) => p.code));
    for (const p of OLD_PROVINCES) expect(newCodes.has(p.currentCode), p.name).toBe(true);
    for (const n of NEW_PROVINCES) expect(OLD_PROVINCES.some((p) => p.currentCode === n.code), n.name).toBe(true);
  });

  it.each([
    ['Hà Nội', 'Hà Nội', '01'],
    ['Hà Giang', 'Tuyên Quang', '08'],
    ['Yên Bái', 'Lào Cai', '15'],
    ['Bắc Kạn', 'Thái Nguyên', '19'],
    ['Hòa Bình', 'Phú Thọ', '25'],
    ['Vĩnh Phúc', 'Phú Thọ', '25'],
    ['Bắc Giang', 'Bắc Ninh', '24'],
    ['Thái Bình', 'Hưng Yên', '33'],
    ['Hải Dương', 'Hải Phòng', '31'],
    ['Nam Định', 'Ninh Bình', '37'],
    ['Hà Nam', 'Ninh Bình', '37'],
    ['Quảng Bình', 'Quảng Trị', '44'],
    ['Thừa Thiên Huế', 'Huế', '46'],
    ['Quảng Nam', 'Đà Nẵng', '48'],
    ['Kon Tum', 'Quảng Ngãi', '51'],
    ['Bình Định', 'Gia Lai', '52'],
    ['Ninh Thuận', 'Khánh Hòa', '56'],
    ['Phú Yên', 'Đắk Lắk', '66'],
    ['Đắk Nông', 'Lâm Đồng', '68'],
    ['Bình Thuận', 'Lâm Đồng', '68'],
    ['Bình Phước', 'Đồng Nai', '75'],
    ['Bình Dương', 'Hồ Chí Minh', '79'],
    ['Bà Rịa - Vũng Tàu', 'Hồ Chí Minh', '79'],
    ['Long An', 'Tây Ninh', '80'],
    ['Tiền Giang', 'Đồng Tháp', '82'],
    ['Bến Tre', 'Vĩnh Long', '86'],
    ['Trà Vinh', 'Vĩnh Long', '86'],
    ['Kiên Giang', 'An Giang', '91'],
    ['Sóc Trăng', 'Cần Thơ', '92'],
    ['Hậu Giang', 'Cần Thơ', '92'],
    ['Bạc Liêu', 'Cà Mau', '96'],
  ])('%s now belongs to %s (%s)', (old, current, code) => {
    const p = resolveProvince(old)!;
    expect(provinceRef(p)).toMatchObject({ name: old, currentName: current, currentCode: code });
  });

  it.each([
    ['TP.HCM', '79'], ['TP HCM', '79'], ['Tp. Hồ Chí Minh', '79'], ['Thành phố Hồ Chí Minh', '79'], ['Sài Gòn', '79'],
    ['TPHCM', '79'], ['HCM', '79'], ['Thừa Thiên Huế', '46'], ['Thừa Thiên - Huế', '46'], ['Huế', '46'],
    ['Đắk Lắk', '66'], ['Đăk Lăk', '66'], ['Khánh Hoà', '56'], ['Khánh Hòa', '56'], ['Thanh Hoá', '38'],
    ['tỉnh Nghệ An', '40'], ['Bà Rịa-Vũng Tàu', '77'], ['Bắc Cạn', '06'],
  ])('written form %s resolves to code %s', (form, code) => {
    expect(resolveProvince(form)?.code).toBe(code);
  });

  it('does not resolve non-provinces', () => {
    expect(resolveProvince('Quỳnh Lưu')).toBeUndefined();
    expect(resolveProvince('Việt Nam')).toBeUndefined();
  });

  // Locations asks resolveProvince only where a name opens with one of these words: every written form must.
  it('lists the key of every written form, and the unit words a form may open with', () => {
    for (const p of OLD_PROVINCES) {
      for (const v of [p.name, ...p.variants]) {
        expect(PROVINCE_KEYS).toContain(provinceKey(v));
        expect(resolveProvince(`tỉnh ${v}`)?.code).toBe(p.code);
      }
    }
    expect(PROVINCE_PREFIX_WORDS).toEqual(expect.arrayContaining(['tỉnh', 'thành', 'tp']));
  });
});
