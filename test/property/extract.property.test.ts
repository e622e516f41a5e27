// Properties of extract() over generated input: it never throws, every record validates against
// the schema, and every span quotes the document text exactly.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { extract } from '../../src/index.js';
import { expectValidRecord } from '../helpers/records.js';

/** Pieces press texts are made of: ranks, posts, agencies, places, dates, numbers, punctuation. */
const PRESS_TOKENS = [
  'Thượng tướng', 'Đại tá', 'Trung tá', 'Thiếu tướng', 'đồng chí', 'ông', 'bà', 'Bộ trưởng', 'Thứ trưởng', 'Chủ tịch',
  'Phó Chủ tịch', 'Giám đốc', 'Bí thư', 'Bộ Công an', 'Công an tỉnh', 'UBND', 'HĐND', 'Sở', 'Ban', 'Tỉnh ủy', 'Thành ủy',
  'Quân khu', 'Bộ Chỉ huy Quân sự', 'tỉnh', 'thành phố', 'TP.', 'TP', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thôn',
  'ấp', 'bản', 'Hà Nội', 'Quảng Ngãi', 'Đắk Lắk', 'Thừa Thiên - Huế', 'Bà Rịa - Vũng Tàu', 'Việt Nam', 'Lào',
  'ngày', 'tháng', 'năm', 'sáng', 'chiều', 'hôm qua', 'vừa qua', 'phong trào', 'mô hình', 'chương trình', 'cuộc vận động',
  'kế hoạch', 'đề án', 'dự án', 'hội thi', '"', '“', '”', '(', ')', ',', '.', ';', ':', '-', '–', '/', '\n', '\n\n', '\r\n',
  'Theo', 'Nguyễn Văn A', 'Trần Thị B', 'Lê', 'Phạm', 'Tô Lâm', 'hoà', 'hòa', 'thuỷ', 'thủy', '…', '\u00a0', '\t',
];

const number = fc.integer({ min: 0, max: 3000 }).map(String);
const dateLike = fc
  .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1900, max: 2100 }), fc.nat(3))
  .map(([d, m, y, form]) => [`${d}/${m}/${y}`, `${d}/${m}`, `ngày ${d} tháng ${m} năm ${y}`, `${d}-${m}-${y}`][form]);
const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PRESS_TOKENS) },
  { weight: 2, arbitrary: number },
  { weight: 2, arbitrary: dateLike },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);
const separator = fc.constantFrom(' ', ' ', ' ', '', '  ', ', ', '\n');
/** Vietnamese-like press text: tokens with spacing, optionally decomposed (NFD) or upper-cased. */
const vietnameseLike = fc
  .tuple(fc.array(fc.tuple(token, separator), { maxLength: 120 }), fc.constantFrom('as is', 'NFD', 'upper'))
  .map(([parts, form]) => {
    const s = parts.map(([t, sep]) => t + sep).join('');
    return form === 'NFD' ? s.normalize('NFD') : form === 'upper' ? s.toUpperCase() : s;
  });

const htmlLike = fc
  .array(fc.oneof(vietnameseLike, fc.constantFrom('<p>', '</p>', '<div>', '</div>', '<b>', '<br>', '<title>', '</title>', '<html>', '<body>', '<script>', '&amp;', '&#7879;', '<!--', '-->', '<')), { maxLength: 20 })
  .map((parts) => '<html><body>' + parts.join(''));

// PROPERTY_RUNS=10 runs ten times as many cases (for a longer hunt than CI does).
const SCALE = Number(process.env.PROPERTY_RUNS ?? 1);
const RUNS = { numRuns: 300 * SCALE };

function check(input: string | Uint8Array, options: Parameters<typeof extract>[1] = {}) {
  const record = extract(input, { includeText: true, ...options });
  expectValidRecord(record);
}

describe('extract on generated input', () => {
  it('arbitrary Unicode strings (any code point, lone surrogates included)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => check(s)), RUNS);
  });

  it('arbitrary grapheme strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => check(s)), RUNS);
  });

  it('Vietnamese-like press text (also NFD and upper case)', () => {
    fc.assert(fc.property(vietnameseLike, (s) => check(s)), { numRuns: 500 * SCALE });
  });

  it('the same text given as UTF-8 bytes', () => {
    fc.assert(fc.property(vietnameseLike, (s) => check(new Uint8Array(Buffer.from(s, 'utf8')), { path: 'a.txt' })), RUNS);
  });

  it('arbitrary bytes (any encoding guess, NULs, binary)', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), (b) => check(b, { path: 'x.txt' })), RUNS);
  });

  it('arbitrary Latin-1 text and bytes with legacy conversion on (any table)', () => {
    const legacy = fc.constantFrom('auto', 'tcvn3', 'vni') as fc.Arbitrary<'auto' | 'tcvn3' | 'vni'>;
    const latin1 = fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)), maxLength: 400 });
    fc.assert(fc.property(latin1, legacy, (s, enc) => check(s, { legacyEncoding: enc })), RUNS);
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), legacy, (b, enc) => check(b, { path: 'x.txt', legacyEncoding: enc })), RUNS);
  });

  it('HTML-like strings, broken markup included', () => {
    fc.assert(fc.property(htmlLike, (s) => check(s, { inputFormat: 'html' })), { numRuns: 200 * SCALE });
  });
});
