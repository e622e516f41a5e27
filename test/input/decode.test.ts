// Bytes → text: every encoding fault an archive of Vietnamese press has, with the expected text and warning.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeBytes, decodeWellFormedUtf8, sniffUtf16 } from '../../src/input/decode.js';
import { decodedFacts } from '../../src/input/decoded-memo.js';
import { foldForMatch, foldText } from '../../src/input/normalize.js';
import { plainlyNfc } from '../../src/input/offsets.js';
import {
  TCVN3_TABLE,
  VNI_TABLE,
  convertTcvn3,
  convertVni,
  detectLegacy,
} from '../../src/input/legacy.js';
import { documentFromBytes, documentFromString, htmlNestingDepth, refusalReason } from '../../src/input/load.js';
import { VI_SENTENCE } from '../helpers/records.js';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

/** Unicode → VNI-Windows bytes, using the first (canonical) key for each letter. */
function toVniBytes(text: string): Uint8Array {
  const reverse = new Map<string, string>();
  for (const [legacy, letter] of VNI_TABLE) if (!reverse.has(letter)) reverse.set(letter, legacy);
  const glyphs = [...text.normalize('NFC')].map((ch) => reverse.get(ch) ?? ch).join('');
  return new Uint8Array(Buffer.from(glyphs, 'latin1'));
}
const toTcvn3Bytes = (text: string) => new Uint8Array(iconv.encode(text.normalize('NFC'), 'tcvn'));
/** TCVN3 (ABC) has no capital toned vowels (VN1 puts them below 0xA0): phrases it can write. */
const abcWritable = (text: string) => toTcvn3Bytes(text).every((b) => b >= 0xa0 || (b >= 0x20 && b < 0x80) || b === 0x0a);

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
/** Unicode → Windows-1258 as Vietnamese software writes it: base letters precomposed, tone as a combining mark. */
function toCp1258Bytes(text: string): Uint8Array {
  const spelled = [...text.normalize('NFC')].map((ch) => {
    const d = ch.normalize('NFD');
    const tones = d.match(TONE_MARKS)?.join('') ?? '';
    return d.replace(TONE_MARKS, '').normalize('NFC') + tones;
  }).join('');
  return new Uint8Array(iconv.encode(spelled, 'windows-1258'));
}

describe('BOMs and UTF-16', () => {
  const cases: [string, Uint8Array, string][] = [
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Hà Nội')]), 'utf-8'],
    ['UTF-16 LE with BOM', new Uint8Array([0xff, 0xfe, ...iconv.encode('Hà Nội', 'utf-16le')]), 'utf-16le'],
    ['UTF-16 BE with BOM', new Uint8Array([0xfe, 0xff, ...iconv.encode('Hà Nội', 'utf-16be')]), 'utf-16be'],
    ['UTF-16 LE without BOM', new Uint8Array(iconv.encode('Bộ Công an tổ chức hội nghị', 'utf-16le')), 'utf-16le'],
    ['UTF-16 BE without BOM', new Uint8Array(iconv.encode('Bộ Công an tổ chức hội nghị', 'utf-16be')), 'utf-16be'],
  ];
  it.each(cases)('%s', (_name, bytes, encoding) => {
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe(encoding);
    expect(d.text).toMatch(/^(Hà Nội|Bộ Công an tổ chức hội nghị)$/);
    expect(d.text.startsWith('\uFEFF')).toBe(false);
  });

  it('says when UTF-16 had no BOM', () => {
    expect(decodeBytes(new Uint8Array(iconv.encode('Bộ Công an tổ chức', 'utf-16le'))).warnings[0]).toMatch(/UTF-16LE \(no byte order mark\)/);
  });

  it('plain ASCII and Vietnamese UTF-8 are not taken for UTF-16', () => {
    expect(sniffUtf16(utf8('Thủ tướng Chính phủ'))).toBeNull();
    expect(sniffUtf16(utf8('hello world'))).toBeNull();
  });

  it('drops the odd last byte of UTF-16 with a warning', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...iconv.encode('Huế', 'utf-16le'), 0x41]);
    const d = decodeBytes(bytes);
    expect(d.text).toBe('Huế');
    expect(d.warnings.join()).toMatch(/odd number of bytes/);
  });
});

describe('invalid UTF-8', () => {
  it('a file cut in the middle of its last character keeps its text and warns', () => {
    const whole = utf8('Quảng Ngãi, ngày 5/3 tại huyện Bình Sơn, tỉnh Quảng Ngãi');
    const cut = new Uint8Array([...whole, ...utf8('ệ').subarray(0, 2)]);
    const d = decodeBytes(cut);
    expect(d.encoding).toBe('utf-8');
    expect(d.text.startsWith('Quảng Ngãi, ngày 5/3')).toBe(true);
    expect(d.warnings).toEqual(['invalid UTF-8: file ends in the middle of a character (dropped)']);
  });

  it('a few stray bytes in UTF-8 are replaced and counted', () => {
    const bytes = new Uint8Array([...utf8('Đà Nẵng '), 0xff, ...utf8(' Huế '), 0xfe, ...utf8(' Cần Thơ')]);
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.warnings[0]).toMatch(/2 byte sequence\(s\) replaced/);
  });

  it('Windows-1258 without any declaration is recognised and composed to NFC', () => {
    const bytes = toCp1258Bytes(VI_SENTENCE);
    expect(bytes.includes(0x3f)).toBe(false); // no '?' for unencodable letters
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe('windows-1258');
    expect(d.text.normalize('NFC')).toBe(VI_SENTENCE);
    expect(d.warnings[0]).toMatch(/Windows-1258/);
  });
});

describe('NUL bytes', () => {
  it('are removed from the text, with a count', () => {
    const d = decodeBytes(new Uint8Array([...utf8('Hà Nội'), 0, 0, ...utf8(' Huế')]));
    expect(d.text).toBe('Hà Nội Huế');
    expect(d.warnings).toContain('removed 2 NUL character(s)');
  });
});

describe('legacy TCVN3 (ABC) and VNI', () => {
  // Phrases as press writes them, each in its legacy form.
  const phrases = [
    'Việt Nam', 'Hà Nội', 'Thủ tướng Chính phủ', 'Đại hội Đảng', 'Ủy ban nhân dân tỉnh Quảng Ngãi',
    'Thượng tướng', 'phường Bến Nghé, quận 1', 'Bộ trưởng Bộ Công an', 'hội nghị tổng kết năm 2019',
  ];

  it.each(phrases)('VNI "%s" converts back', (phrase) => {
    expect(convertVni(Buffer.from(toVniBytes(phrase)).toString('latin1'))).toBe(phrase);
  });

  it.each(phrases.filter(abcWritable))('TCVN3 "%s" converts back', (phrase) => {
    expect(convertTcvn3(Buffer.from(toTcvn3Bytes(phrase)).toString('latin1'))).toBe(phrase.normalize('NFC'));
  });

  it('known VNI spellings', () => {
    expect(convertVni('Haø Noäi')).toBe('Hà Nội');
    expect(convertVni('Vieät Nam')).toBe('Việt Nam');
    expect(convertVni('Thuû töôùng')).toBe('Thủ tướng');
    expect(convertVni('ÑAÏI HOÄI')).toBe('ĐẠI HỘI');
  });

  it('known TCVN3 spellings', () => {
    expect(convertTcvn3('Hµ Néi')).toBe('Hà Nội');
    expect(convertTcvn3('ViÖt Nam')).toBe('Việt Nam');
    expect(convertTcvn3('§¹i héi')).toBe('Đại hội');
  });

  it('the TCVN3 table agrees with the TCVN 5712 code page for 0xA1..0xFF', () => {
    for (let b = 0xa1; b <= 0xff; b++) expect(TCVN3_TABLE.get(b)).toBe(iconv.decode(Buffer.from([b]), 'tcvn'));
  });

  const raw: [string, Uint8Array, 'tcvn3' | 'vni'][] = [
    ['TCVN3 bytes', toTcvn3Bytes(VI_SENTENCE), 'tcvn3'],
    ['VNI bytes', toVniBytes(VI_SENTENCE), 'vni'],
    ['TCVN3 glyphs saved as UTF-8', utf8(Buffer.from(toTcvn3Bytes(VI_SENTENCE)).toString('latin1')), 'tcvn3'],
    ['VNI glyphs saved as UTF-8', utf8(Buffer.from(toVniBytes(VI_SENTENCE)).toString('latin1')), 'vni'],
  ];

  it.each(raw)('%s: detected and named in a warning, left as is by default', (_name, bytes, enc) => {
    const d = decodeBytes(bytes);
    expect(d.warnings.join(' ')).toContain(enc === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI-Windows');
    expect(d.warnings.join(' ')).toMatch(/not converted \(use --legacy-encoding\)/);
    expect(d.text).not.toContain('Hà Nội');
  });

  it.each(raw)('%s: converted with legacyEncoding auto', (_name, bytes, enc) => {
    const d = decodeBytes(bytes, undefined, { legacyEncoding: 'auto' });
    expect(d.encoding).toBe(enc);
    expect(d.text).toBe(VI_SENTENCE);
    expect(d.warnings.join(' ')).toMatch(/converted from legacy/);
  });

  it('strings carry legacy glyphs too (library calls, ndjson lines)', () => {
    const glyphs = Buffer.from(toTcvn3Bytes(VI_SENTENCE)).toString('latin1');
    expect(documentFromString(glyphs).warnings.join()).toMatch(/legacy TCVN3 \(ABC\) encoding; not converted/);
    const doc = documentFromString(glyphs, 'text', { legacyEncoding: 'auto' });
    expect(doc.text).toBe(VI_SENTENCE);
    expect(doc.encoding).toBe('tcvn3');
  });

  it('real Unicode Vietnamese is never taken for legacy text', () => {
    expect(detectLegacy(VI_SENTENCE)).toBeNull();
    const d = decodeBytes(utf8(VI_SENTENCE), undefined, { legacyEncoding: 'auto' });
    expect(d).toEqual({ text: VI_SENTENCE, encoding: 'utf-8', warnings: [] });
  });

  it('French or German Latin-1 text is not taken for legacy Vietnamese', () => {
    const french = 'Le ministère a présenté à la presse les résultats économiques de l’année. Les élèves étaient très nombreux à la fête.';
    expect(decodeBytes(utf8(french), undefined, { legacyEncoding: 'auto' }).text).toBe(french);
    expect(decodeBytes(new Uint8Array(iconv.encode('Müller über Größe und Äpfel für Straße', 'latin1'))).warnings.join()).not.toMatch(/legacy/);
  });
});

describe('refusalReason: bytes that are not a text', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]);
  const cases: [string, Uint8Array, RegExp | null][] = [
    ['empty', new Uint8Array(), /^empty file$/],
    ['whitespace only', utf8(' \n\t\r\n  '), /whitespace only/],
    ['BOM and whitespace', new Uint8Array([0xef, 0xbb, 0xbf, 0x20, 0x0a]), /whitespace only/],
    ['UTF-16 whitespace', new Uint8Array([0xff, 0xfe, 0x20, 0, 0x0a, 0]), /whitespace only/],
    ['PNG', png, /PNG image/],
    ['zip', zip, /zip archive/],
    ['gzip', new Uint8Array([0x1f, 0x8b, 8, 0]), /gzip/],
    ['PDF', utf8('%PDF-1.7\n'), /PDF/],
    ['mostly NUL', new Uint8Array([...new Array(200).fill(0), ...utf8('abc')]), /NUL bytes/],
    ['control bytes', new Uint8Array(Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), /control bytes/],
    ['Vietnamese text', utf8(VI_SENTENCE), null],
    ['text with two NULs', new Uint8Array([...utf8(VI_SENTENCE), 0, 0]), null],
    ['UTF-16 text without BOM', new Uint8Array(iconv.encode(VI_SENTENCE, 'utf-16le')), null],
  ];
  it.each(cases)('%s', (_name, bytes, want) => {
    const why = refusalReason(bytes);
    if (want) expect(why).toMatch(want);
    else expect(why).toBeNull();
  });
});

describe('documents from odd bytes', () => {
  it('NFD input gives NFC text whose spans quote it', () => {
    const doc = documentFromBytes(utf8(VI_SENTENCE.normalize('NFD')), 'a.txt');
    expect(doc.text).toBe(VI_SENTENCE.normalize('NFC'));
  });

  it.each([['CRLF', '\r\n'], ['CR', '\r']])('%s line ends become \\n', (_name, eol) => {
    const doc = documentFromBytes(utf8(`Dòng một${eol}Dòng hai${eol}`), 'a.txt');
    expect(doc.text).toBe('Dòng một\nDòng hai\n');
    expect(doc.segments.map((s) => doc.text.slice(s.start, s.end))).toEqual(['Dòng một', 'Dòng hai']);
  });

  it('English text is read, with a warning that it is not Vietnamese', () => {
    const doc = documentFromBytes(utf8('The ministry held a meeting on Monday to review the results of the year and plan the next one.'), 'en.txt');
    expect(doc.warnings.join()).toMatch(/does not look like Vietnamese/);
  });

  it('Vietnamese text gets no language warning', () => {
    expect(documentFromBytes(utf8(VI_SENTENCE), 'vi.txt').warnings).toEqual([]);
  });

  it('deeply nested HTML is flattened, quickly, keeping its paragraphs', () => {
    const html = '<html><body>' + '<div>'.repeat(50_000) + '<p>Tại Hà Nội sáng nay</p>' + '</div>'.repeat(50_000) + '</body></html>';
    expect(htmlNestingDepth(html)).toBeGreaterThan(50_000);
    const t0 = performance.now();
    const doc = documentFromBytes(utf8(html), 'deep.html');
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(doc.warnings.join()).toMatch(/nested about \d+ levels/);
  });

  it('ordinary page depth is not flattened', () => {
    expect(htmlNestingDepth('<html><body><div><p>a<br>b</p><img src=x><div><span>c</span></div></div></body></html>')).toBe(5);
  });
});

describe('decodeWellFormedUtf8: the one-loop decoder in front of the fatal TextDecoder', () => {
  const fatal = new TextDecoder('utf-8', { fatal: true });
  const strict = (bytes: Uint8Array): string | null => {
    try { return fatal.decode(bytes); } catch { return null; }
  };

  it.each([
    ['Vietnamese text', utf8('Sáng 5/3/2024, Thủ tướng Phạm Minh Chính dự lễ khánh thành ở Đà Nẵng.')],
    ['an astral character (a surrogate pair)', utf8('Chúc mừng 😀 năm mới')],
    ['the highest code point', new Uint8Array([0x41, 0xf4, 0x8f, 0xbf, 0xbf])],
    ['U+FFFF and U+D7FF', new Uint8Array([0xef, 0xbf, 0xbf, 0xed, 0x9f, 0xbf])],
    ['a BOM after the first character (kept, as TextDecoder keeps it)', new Uint8Array([0x41, 0xef, 0xbb, 0xbf])],
  ])('decodes %s exactly as TextDecoder does', (_what, bytes) => {
    expect(decodeWellFormedUtf8(bytes)).toBe(strict(bytes));
  });

  it.each([
    ['a leading BOM (TextDecoder drops it)', [0xef, 0xbb, 0xbf, 0x41]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['an overlong 2-byte form', [0xc0, 0x80]],
    ['an overlong 3-byte form', [0xe0, 0x80, 0x80]],
    ['an overlong 4-byte form', [0xf0, 0x80, 0x80, 0x80]],
    ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a cut-off character at the end', [0x41, 0xe1, 0xba]],
    ['a lone continuation byte', [0x41, 0x80]],
    ['Windows-1258 bytes', [0x48, 0xe0, 0x20, 0x4e, 0xf4, 0x69]],
  ])('leaves %s to the full decoder', (_what, bytes) => {
    expect(decodeWellFormedUtf8(new Uint8Array(bytes))).toBeNull();
  });

  it('agrees with the fatal TextDecoder on arbitrary bytes: the same string, or null where it would not give that string', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const got = decodeWellFormedUtf8(bytes);
        if (got !== null) expect(got).toBe(strict(bytes));
        else expect(strict(bytes) === null || (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)).toBe(true);
      }),
      { numRuns: 20_000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const bytes = utf8(s);
        if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return;
        expect(decodeWellFormedUtf8(bytes)).toBe(strict(bytes));
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('decodeWellFormedUtf8: what it notes on the way is what the later scans would find', () => {
  const noted = (text: string) => {
    const got = decodeWellFormedUtf8(utf8(text));
    expect(got).toBe(text);
    const facts = decodedFacts(got!)!;
    return { plainNfc: facts.plainNfc, hasNul: facts.hasNul, folded: foldText(got!) };
  };

  it.each([
    ['plain Vietnamese', 'Sáng 5/3, Thủ tướng dự lễ ở Đà Nẵng – “khánh thành”.', true, false],
    ['a CR line end', 'Hà Nội\r\nNgày 6/2', false, false],
    ['a NUL', 'Bộ Y tế\0 thông báo', true, true],
    ['a combining tone mark (not NFC-plain)', 'Ha\u0300 Nội', false, false],
    ['an emoji (surrogates)', 'Chúc mừng 😀 năm mới', false, false],
    ['new-style tone placement', 'Hoà Bình, thuỷ lợi, Khánh Hoà, QUÝ', true, false],
    ['a capital sigma (folds by its place in the word)', 'ΣΟΦΙΑ ở Hà Nội', false, false],
    ['exotic spaces and quotes', 'Ông\u00a0A nói: «Tôi» ‘đồng ý’\tvà', true, false],
  ])('%s', (_what, text, plainNfc, hasNul) => {
    const got = noted(text);
    expect(got.plainNfc).toBe(plainNfc);
    expect(got.plainNfc).toBe(plainlyNfc(text));
    expect(got.hasNul).toBe(hasNul);
    expect(got.folded).toBe(foldForMatch(text));
  });

  it('the fold taken while decoding is foldText of the text, on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: fc.constantFrom(...'oOuUàáảãạèéẻẽẹỳýỷỹỵÀÝ a'), maxLength: 12 }), (s, tones) => {
        const text = s + tones;
        const bytes = utf8(text);
        if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return;
        const got = decodeWellFormedUtf8(bytes)!;
        const facts = decodedFacts(got)!;
        expect(facts.plainNfc).toBe(plainlyNfc(got));
        expect(facts.hasNul).toBe(got.includes('\0'));
        expect(foldText(got)).toBe(foldForMatch(got));
      }),
      { numRuns: 5_000 },
    );
  });
});
