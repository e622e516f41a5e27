// Pre-Unicode Vietnamese: TCVN3 (ABC, the ".Vn" fonts) and VNI-Windows. Both put Vietnamese
// letters on the high half of a Windows code page, so such a file shows as "Hµ Néi" (TCVN3)
// or "Haø Noäi" (VNI) — either as raw bytes or as UTF-8 of those glyphs. Detection decodes
// each way and counts common Vietnamese syllables; conversion runs only when asked.

export type LegacyEncoding = 'tcvn3' | 'vni';

/** Human name used in warnings. */
export const LEGACY_NAMES: Record<LegacyEncoding, string> = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI-Windows' };

/**
 * TCVN3 (TCVN 5712:1993 VN3, the "ABC" fonts): bytes 0xA1..0xFF. Bytes below 0xA1 are the
 * Windows-1252 glyphs they show as. 0xB0..0xB4 are the standalone tone marks.
 */
const TCVN3_HIGH: string =
  // A1..AF
  'ĂÂÊÔƠƯĐăâêôơưđẰ' +
  // B0..BF
  '\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ' +
  // C0..CF
  'ẮẦẨẪẤỀặầẩẫấậèỂẻẽ' +
  // D0..DF
  'éẹềểễếệìỉỄẾỒĩíịò' +
  // E0..EF
  'Ổỏõóọồổỗốộờởỡớợù' +
  // F0..FF
  'ỖủũúụừửữứựỳỷỹýỵỐ';

export const TCVN3_TABLE: ReadonlyMap<number, string> = new Map(
  [...TCVN3_HIGH].map((ch, i) => [0xa1 + i, ch] as const),
);

// VNI-Windows writes a base letter followed by a mark byte. Rows: tone none, sắc, huyền, hỏi, ngã, nặng.
const TONE_MARKS = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;
const VNI_TONE_BYTES = { lower: ['', 'ù', 'ø', 'û', 'õ', 'ï'], upper: ['', 'Ù', 'Ø', 'Û', 'Õ', 'Ï'] } as const;
const VNI_CIRCUMFLEX_BYTES = { lower: ['â', 'á', 'à', 'å', 'ã', 'ä'], upper: ['Â', 'Á', 'À', 'Å', 'Ã', 'Ä'] } as const;
const VNI_BREVE_BYTES = { lower: ['ê', 'é', 'è', 'ú', 'ü', 'ë'], upper: ['Ê', 'É', 'È', 'Ú', 'Ü', 'Ë'] } as const;
/** Letters VNI writes as one byte: ơ ư đ, and the toned i / ỵ. */
const VNI_SINGLE: ReadonlyArray<readonly [string, string]> = [
  ['ô', 'ơ'], ['Ô', 'Ơ'], ['ö', 'ư'], ['Ö', 'Ư'], ['ñ', 'đ'], ['Ñ', 'Đ'],
  ['í', 'í'], ['Í', 'Í'], ['ì', 'ì'], ['Ì', 'Ì'], ['æ', 'ỉ'], ['Æ', 'Ỉ'], ['ó', 'ĩ'], ['Ó', 'Ĩ'],
  ['ò', 'ị'], ['Ò', 'Ị'], ['î', 'ỵ'], ['Î', 'Ỵ'],
];

function buildVniTable(): Map<string, string> {
  const table = new Map<string, string>();
  const add = (legacy: string, unicode: string) => { if (!table.has(legacy)) table.set(legacy, unicode.normalize('NFC')); };
  for (const caseKey of ['lower', 'upper'] as const) {
    const up = (s: string) => (caseKey === 'upper' ? s.toUpperCase() : s);
    for (const base of ['a', 'e', 'o', 'u', 'y']) {
      for (let t = 1; t < 6; t++) add(up(base) + VNI_TONE_BYTES[caseKey][t], up(base) + TONE_MARKS[t]);
    }
    for (const base of ['a', 'e', 'o']) {
      for (let t = 0; t < 6; t++) add(up(base) + VNI_CIRCUMFLEX_BYTES[caseKey][t], up(base) + '\u0302' + TONE_MARKS[t]);
    }
    for (let t = 0; t < 6; t++) add(up('a') + VNI_BREVE_BYTES[caseKey][t], up('a') + '\u0306' + TONE_MARKS[t]);
    // ơ and ư take the plain tone bytes after their own byte.
    for (const [legacy, letter] of [['ô', 'ơ'], ['ö', 'ư']] as const) {
      for (let t = 1; t < 6; t++) add(up(legacy) + VNI_TONE_BYTES[caseKey][t], up(letter) + TONE_MARKS[t]);
    }
  }
  // Capitalised words put lower-case mark bytes after a capital vowel ("Aán").
  for (const [legacy, unicode] of [...table]) {
    const mixed = legacy[0].toUpperCase() + legacy.slice(1);
    if (legacy[0] !== legacy[0].toUpperCase()) add(mixed, unicode[0].toUpperCase() + unicode.slice(1));
  }
  for (const [legacy, unicode] of VNI_SINGLE) add(legacy, unicode);
  return table;
}

/** VNI-Windows sequences (as their Windows-1252 glyphs) → Unicode letter. Two-glyph keys win. */
export const VNI_TABLE: ReadonlyMap<string, string> = buildVniTable();

// Windows-1252 glyphs for 0x80..0x9F, so text that went through cp1252 maps back to its bytes.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const CP1252_TO_BYTE: ReadonlyMap<string, number> = new Map([...CP1252_HIGH].map((ch, i) => [ch, 0x80 + i] as const));

/** Bytes → the Windows-1252 glyphs a legacy file shows as (one char per byte). */
export function bytesToGlyphs(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    let s = '';
    for (const b of chunk) s += b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    out += s;
  }
  return out;
}

/** TCVN3 text seen as Windows-1252 glyphs → Unicode. */
export function convertTcvn3(glyphs: string): string {
  let out = '';
  for (const ch of glyphs) {
    const code = ch.charCodeAt(0);
    out += code >= 0xa1 && code <= 0xff ? TCVN3_TABLE.get(code)! : ch;
  }
  return out.normalize('NFC');
}

/** VNI-Windows text seen as Windows-1252 glyphs → Unicode. */
export function convertVni(glyphs: string): string {
  let out = '';
  for (let i = 0; i < glyphs.length; i++) {
    const pair = glyphs[i] + (glyphs[i + 1] ?? '');
    const two = pair.length === 2 ? VNI_TABLE.get(pair) : undefined;
    if (two) { out += two; i++; continue; }
    out += VNI_TABLE.get(glyphs[i]) ?? glyphs[i];
  }
  return out.normalize('NFC');
}

export function convertLegacy(glyphs: string, encoding: LegacyEncoding): string {
  return encoding === 'tcvn3' ? convertTcvn3(glyphs) : convertVni(glyphs);
}

/**
 * Syllables with diacritics that nearly every Vietnamese news text uses. A decoding that
 * yields many of them is the right one; wrong decodings yield almost none.
 */
const COMMON_SYLLABLES: ReadonlySet<string> = new Set(
  ('của và được người các những trong với một đã năm cho này không để tại về từ đến theo ' +
   'việt công nhà thành phố tỉnh huyện xã đồng ông bà là có sẽ đó khi nhiều trên lại ra ' +
   'đây hội nước quốc dân sự động hoạt chính phủ trường học đại tế xuất kinh doanh tiền ' +
   'triển phát lực lượng cũng đang vào sau trước cùng như điều kiện tình hình thời gian ' +
   'ngày tháng hiện đầu tư vụ quản lý bộ trưởng thủ tướng chủ tịch ủy ban nhân viên hàng ' +
   'đi đưa mới bị tới cao giá thị nội hà biết thì rằng vì nên nếu còn đều phải vẫn rất ' +
   'chỉ số bảo đảm tổ chức cơ sở dụng sản phẩm giải pháp cần đề án xây dựng tăng giảm ' +
   'trung ương địa phương kết quả trình hệ thống văn hóa hoá mình họ chúng tôi đội quân')
    .split(/\s+/),
);

const WORD_RE = /[\p{L}\p{M}]+/gu;

/** How many common Vietnamese syllables a text has (lower-cased, NFC). */
export function commonSyllableCount(text: string, limit = 200_000): number {
  let hits = 0;
  const sample = text.length > limit ? text.slice(0, limit) : text;
  for (const m of sample.toLowerCase().matchAll(WORD_RE)) if (COMMON_SYLLABLES.has(m[0])) hits++;
  return hits;
}

/**
 * Letters (almost) only Vietnamese uses: ă đ ĩ ũ ơ ư and the U+1EA0 block. Not â ê ô: French
 * has them, and VNI writes its tone marks with them.
 */
export function isVietnameseLetter(code: number): boolean {
  return (
    (code >= 0x1ea0 && code <= 0x1ef9) ||
    code === 0x103 || code === 0x102 || code === 0x111 || code === 0x110 ||
    code === 0x129 || code === 0x128 || code === 0x169 || code === 0x168 ||
    code === 0x1a1 || code === 0x1a0 || code === 0x1b0 || code === 0x1af
  );
}

const VIETNAMESE_LETTER_RE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;

/**
 * Fast path for the usual case: Unicode Vietnamese shows a Vietnamese-only letter within its first
 * few hundred characters, so the full count (letterStats) is needed only for the rest.
 */
export function startsVietnamese(text: string, within = 1000): boolean {
  return VIETNAMESE_LETTER_RE.test(text.length > within ? text.slice(0, within) : text);
}

export interface LetterStats {
  /** Letters (any script). */
  letters: number;
  /** Letters only Vietnamese uses (see isVietnameseLetter). */
  vietnamese: number;
  /** Latin-1 supplement and cp1252 glyphs: what legacy text shows as. */
  high: number;
}

/** One pass over the text counting what language and legacy checks need. */
export function letterStats(text: string, limit = 200_000): LetterStats {
  let letters = 0, vietnamese = 0, high = 0;
  const n = Math.min(text.length, limit);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) letters++;
      continue;
    }
    if (isVietnameseLetter(c)) { vietnamese++; letters++; continue; }
    if (c >= 0xa0 && c <= 0xff) { high++; if (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) letters++; continue; }
    if (CP1252_TO_BYTE.has(text[i])) { high++; continue; }
    if (c > 0x24f || (c >= 0x100 && c <= 0x24f)) letters++;
  }
  return { letters, vietnamese, high };
}

/** Unicode text whose chars are all single cp1252 glyphs → those bytes' glyph string; null otherwise. */
export function asGlyphs(text: string): string | null {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff && !CP1252_TO_BYTE.has(text[i])) return null;
  }
  return text;
}

/**
 * Which legacy encoding, if any, the glyph string is in: the one whose conversion gives
 * clearly more common Vietnamese syllables than the text as it stands.
 */
export function detectLegacy(glyphs: string, asIs: string = glyphs): LegacyEncoding | null {
  const base = commonSyllableCount(asIs);
  let best: LegacyEncoding | null = null;
  let bestHits = Math.max(2, base * 2);
  for (const enc of ['tcvn3', 'vni'] as const) {
    const hits = commonSyllableCount(convertLegacy(glyphs, enc));
    if (hits > bestHits) { best = enc; bestHits = hits; }
  }
  return best;
}
