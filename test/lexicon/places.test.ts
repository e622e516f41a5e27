// The places gazetteer: forms are unique across entries, so one written form names one place.
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../src/input/normalize.js';
import { CONTEXT_ONLY_FORMS, COUNTRIES, DISTRICTS, FOREIGN_CITIES, NOT_PLACE_NAMES, REGIONS, VIETNAM_CITIES } from '../../src/lexicon/places.js';
import { resolveProvince } from '../../src/lexicon/provinces.js';

describe('places gazetteer', () => {
  const all = [...COUNTRIES, ...REGIONS, ...FOREIGN_CITIES, ...VIETNAM_CITIES];

  it('gives each written form to one place only', () => {
    const owner = new Map<string, string>();
    for (const e of all) {
      for (const f of e.forms) {
        const k = nameKey(f);
        expect(owner.get(k) ?? e.forms[0], `${f} is listed twice`).toBe(e.forms[0]);
        owner.set(k, e.forms[0]);
      }
    }
  });

  it('has kinds matching the lists', () => {
    for (const e of COUNTRIES) expect(e.kind).toBe('country');
    for (const e of REGIONS) expect(e.kind).toBe('region');
    for (const e of FOREIGN_CITIES) expect(e.kind).toBe('province');
  });

  it('marks continents, and context-only forms belong to some country or foreign city', () => {
    expect(REGIONS.filter((e) => e.continent).map((e) => e.forms[0])).toContain('châu Âu');
    const countryForms = new Set([...COUNTRIES, ...FOREIGN_CITIES].flatMap((e) => e.forms));
    for (const f of CONTEXT_ONLY_FORMS) expect(countryForms.has(f), f).toBe(true);
  });

  it('keeps Vietnamese cities apart from provinces, as district-level units', () => {
    for (const e of VIETNAM_CITIES) {
      expect(e.kind).toBe('district');
      for (const f of e.forms) expect(resolveProvince(f), `${f} is a province`).toBeUndefined();
    }
  });

  it('lists newspaper and club names that each contain a known place', () => {
    // (a district counts: the airport Tân Sơn Nhất holds the district Tân Sơn)
    const placeKeys = [...all, ...DISTRICTS].flatMap((e) => e.forms.map(nameKey));
    for (const n of NOT_PLACE_NAMES) {
      const k = nameKey(n);
      const hasPlace = placeKeys.some((p) => k.includes(p)) || /tp\.?\s?hcm|sài gòn|hà nội|đà nẵng|quảng ninh|nghệ an|bình dương|gia lai|quảng nam|thanh hóa|hải phòng/.test(k);
      expect(hasPlace, n).toBe(true);
    }
  });

  it('lists every UN member state, each transcription under its usual spelling', () => {
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(193);
    const formsOf = (name: string) => COUNTRIES.find((e) => e.forms[0] === name)?.forms ?? [];
    expect(formsOf('Mali')).toContain('Ma-li');
    expect(formsOf('Pakistan')).toContain('Pa-ki-xtan');
    expect(formsOf('Bờ Biển Ngà')).toContain('Cốt-đi-voa');
    for (const name of ['Gambia', 'Guinea-Bissau', 'Burkina Faso', 'Maldives', 'San Marino', 'Bahamas', 'Tuvalu']) {
      expect(formsOf(name).length, name).toBeGreaterThan(0);
    }
  });
});

describe('districts gazetteer', () => {
  it('holds each district name once, read only where an address puts it', () => {
    const names = DISTRICTS.map((e) => e.forms[0]);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['Mỹ Tú', 'Hoàn Kiếm', 'Cẩm Xuyên', 'Châu Thành']));
    for (const e of DISTRICTS) {
      expect(e.kind).toBe('district');
      expect(e.addressOnly).toBe(true);
    }
  });

  it('leaves out districts named after a natural feature', () => {
    const names = new Set(DISTRICTS.map((e) => e.forms[0]));
    for (const n of ['Phú Quốc', 'Côn Đảo', 'Trường Sa', 'Ba Vì', 'Sơn Trà']) expect(names.has(n), n).toBe(false);
  });
});
