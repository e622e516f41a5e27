// Vietnamese provinces and centrally-run cities, before and after the 1 July 2025 merger.
//
// Sources:
// - Pre-2025 codes: the GSO list of administrative units (Quyết định 124/2004/QĐ-TTg, as updated), 63 units.
// - The 34 units and which old provinces form each: Nghị quyết 202/2025/QH15 (12 June 2025), following
//   the list annexed to Nghị quyết 60-NQ/TW (12 April 2025).
// - Post-2025 codes: Quyết định 19/2025/QĐ-TTg (Bảng danh mục và mã số các đơn vị hành chính Việt Nam,
//   in force 1 July 2025), as published by baochinhphu.vn on 4 July 2025. A merged unit keeps the code of
//   the old province that hosts its administrative centre (e.g. Lào Cai 15 from Yên Bái, Bắc Ninh 24
//   from Bắc Giang).
import { foldForMatch } from '../input/normalize.js';

export interface ProvinceEntry {
  code: string;
  name: string;
  /** Centrally-run city (thành phố trực thuộc trung ương). */
  city: boolean;
  /** Other written forms besides `name`, as Vietnamese press writes them (matched folded). */
  variants: string[];
}

export interface OldProvince extends ProvinceEntry {
  /** Code of the post-2025 unit this province now belongs to. */
  currentCode: string;
}

const p = (code: string, name: string, currentCode: string, variants: string[] = [], city = false): OldProvince => ({
  code, name, currentCode, variants, city,
});

/** The 63 provinces and centrally-run cities in force until 30 June 2025, by GSO code. */
export const OLD_PROVINCES: readonly OldProvince[] = [
  p('01', 'Hà Nội', '01', ['Hà thành', 'Hanoi'], true),
  p('02', 'Hà Giang', '08'),
  p('04', 'Cao Bằng', '04'),
  p('06', 'Bắc Kạn', '19', ['Bắc Cạn']),
  p('08', 'Tuyên Quang', '08'),
  p('10', 'Lào Cai', '15'),
  p('11', 'Điện Biên', '11'),
  p('12', 'Lai Châu', '12'),
  p('14', 'Sơn La', '14'),
  p('15', 'Yên Bái', '15'),
  p('17', 'Hòa Bình', '25'),
  p('19', 'Thái Nguyên', '19'),
  p('20', 'Lạng Sơn', '20'),
  p('22', 'Quảng Ninh', '22'),
  p('24', 'Bắc Giang', '24'),
  p('25', 'Phú Thọ', '25'),
  p('26', 'Vĩnh Phúc', '25'),
  p('27', 'Bắc Ninh', '24'),
  p('30', 'Hải Dương', '31'),
  p('31', 'Hải Phòng', '31', [], true),
  p('33', 'Hưng Yên', '33'),
  p('34', 'Thái Bình', '33'),
  p('35', 'Hà Nam', '37'),
  p('36', 'Nam Định', '37'),
  p('37', 'Ninh Bình', '37'),
  p('38', 'Thanh Hóa', '38', ['xứ Thanh']),
  p('40', 'Nghệ An', '40'),
  p('42', 'Hà Tĩnh', '42'),
  p('44', 'Quảng Bình', '44'),
  p('45', 'Quảng Trị', '44'),
  p('46', 'Thừa Thiên Huế', '46', ['Thừa Thiên - Huế', 'Thừa Thiên – Huế', 'TT-Huế', 'TT Huế', 'Huế']),
  p('48', 'Đà Nẵng', '48', [], true),
  p('49', 'Quảng Nam', '48'),
  p('51', 'Quảng Ngãi', '51'),
  p('52', 'Bình Định', '52'),
  p('54', 'Phú Yên', '66'),
  p('56', 'Khánh Hòa', '56'),
  p('58', 'Ninh Thuận', '56'),
  p('60', 'Bình Thuận', '68'),
  p('62', 'Kon Tum', '51', ['Kontum']),
  p('64', 'Gia Lai', '52'),
  p('66', 'Đắk Lắk', '66', ['Đăk Lăk', 'Đắk Lăk', 'Đăk Lắk', 'Đắc Lắc', 'Daklak', 'Dak Lak']),
  p('67', 'Đắk Nông', '68', ['Đăk Nông', 'Đắc Nông', 'Dak Nong']),
  p('68', 'Lâm Đồng', '68'),
  p('70', 'Bình Phước', '75'),
  p('72', 'Tây Ninh', '80'),
  p('74', 'Bình Dương', '79'),
  p('75', 'Đồng Nai', '75'),
  p('77', 'Bà Rịa - Vũng Tàu', '79', ['Bà Rịa – Vũng Tàu', 'Bà Rịa-Vũng Tàu', 'BR-VT', 'BRVT']),
  p('79', 'Hồ Chí Minh', '79', ['TP.HCM', 'TPHCM', 'TP HCM', 'HCM', 'Sài Gòn', 'Sài thành', 'Thành phố Hồ Chí Minh', 'TP. Hồ Chí Minh'], true),
  p('80', 'Long An', '80'),
  p('82', 'Tiền Giang', '82'),
  p('83', 'Bến Tre', '86'),
  p('84', 'Trà Vinh', '86'),
  p('86', 'Vĩnh Long', '86'),
  p('87', 'Đồng Tháp', '82'),
  p('89', 'An Giang', '91'),
  p('91', 'Kiên Giang', '91'),
  p('92', 'Cần Thơ', '92', [], true),
  p('93', 'Hậu Giang', '92'),
  p('94', 'Sóc Trăng', '92'),
  p('95', 'Bạc Liêu', '96'),
  p('96', 'Cà Mau', '96'),
];

const n = (code: string, name: string, city = false, variants: string[] = []): ProvinceEntry => ({ code, name, city, variants });

/** The 34 provincial units from 1 July 2025 (Quyết định 19/2025/QĐ-TTg codes). */
export const NEW_PROVINCES: readonly ProvinceEntry[] = [
  n('01', 'Hà Nội', true),
  n('04', 'Cao Bằng'),
  n('08', 'Tuyên Quang'),
  n('11', 'Điện Biên'),
  n('12', 'Lai Châu'),
  n('14', 'Sơn La'),
  n('15', 'Lào Cai'),
  n('19', 'Thái Nguyên'),
  n('20', 'Lạng Sơn'),
  n('22', 'Quảng Ninh'),
  n('24', 'Bắc Ninh'),
  n('25', 'Phú Thọ'),
  n('31', 'Hải Phòng', true),
  n('33', 'Hưng Yên'),
  n('37', 'Ninh Bình'),
  n('38', 'Thanh Hóa'),
  n('40', 'Nghệ An'),
  n('42', 'Hà Tĩnh'),
  n('44', 'Quảng Trị'),
  n('46', 'Huế', true),
  n('48', 'Đà Nẵng', true),
  n('51', 'Quảng Ngãi'),
  n('52', 'Gia Lai'),
  n('56', 'Khánh Hòa'),
  n('66', 'Đắk Lắk'),
  n('68', 'Lâm Đồng'),
  n('75', 'Đồng Nai'),
  n('79', 'Hồ Chí Minh', true),
  n('80', 'Tây Ninh'),
  n('82', 'Đồng Tháp'),
  n('86', 'Vĩnh Long'),
  n('91', 'An Giang'),
  n('92', 'Cần Thơ', true),
  n('96', 'Cà Mau'),
];

const OLD_BY_CODE = new Map(OLD_PROVINCES.map((o) => [o.code, o]));
const NEW_BY_CODE = new Map(NEW_PROVINCES.map((o) => [o.code, o]));

export function oldProvinceByCode(code: string): OldProvince | undefined {
  return OLD_BY_CODE.get(code);
}
export function newProvinceByCode(code: string): ProvinceEntry | undefined {
  return NEW_BY_CODE.get(code);
}

/** Matching key of a written province form: folded, dashes and dots as spaces, spaces collapsed. */
export function provinceKey(s: string): string {
  return foldForMatch(s.normalize('NFC')).replace(/[-–.]/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Variants that alone name the province's capital city as well: "Huế" is the city, "Thừa Thiên Huế" the province,
 * two places where both are written (as Vũng Tàu beside Bà Rịa - Vũng Tàu). They still resolve to the province.
 */
export const CITY_ONLY_VARIANTS: ReadonlySet<string> = new Set(['Huế']);

const BY_KEY = new Map<string, OldProvince>();
for (const o of OLD_PROVINCES) for (const v of [o.name, ...o.variants]) BY_KEY.set(provinceKey(v), o);
// Strip the administrative word so "tỉnh Nghệ An", "TP. Đà Nẵng" resolve too.
const ADMIN_PREFIX = /^(tinh|tỉnh|thành phố|tp|thanh pho)\s+/;
/** Every key a written form is matched by, and the administrative words that may stand before one: what a form can open with. */
export const PROVINCE_KEYS: readonly string[] = [...BY_KEY.keys()];
export const PROVINCE_PREFIX_WORDS: readonly string[] = ['tinh', 'tỉnh', 'thành', 'tp', 'thanh'];

function resolveUncached(written: string): OldProvince | undefined {
  const key = provinceKey(written);
  return BY_KEY.get(key) ?? BY_KEY.get(key.replace(ADMIN_PREFIX, ''));
}

// Names recur from article to article, and folding one runs several regexes: answers are kept
// (null: no province), in a map cleared when full.
const RESOLVED = new Map<string, OldProvince | null>();

/** The pre-2025 province a written form names (any variant, with or without tỉnh/TP.), if any. */
export function resolveProvince(written: string): OldProvince | undefined {
  let province = RESOLVED.get(written);
  if (province === undefined) {
    if (RESOLVED.size >= 4096) RESOLVED.clear();
    province = resolveUncached(written) ?? null;
    // A copy as the key: a slice of a document would keep the whole document alive.
    RESOLVED.set(written.length < 13 ? written : Buffer.from(written, 'utf16le').toString('utf16le'), province);
  }
  return province ?? undefined;
}

/** The record's province reference for a pre-2025 province. */
export function provinceRef(o: OldProvince): { code: string; name: string; currentCode: string; currentName: string } {
  const now = NEW_BY_CODE.get(o.currentCode)!;
  return { code: o.code, name: o.name, currentCode: now.code, currentName: now.name };
}
