import { describe, expect, it } from 'vitest';
import { cleanWithMap, plainlyNfc } from '../../src/input/offsets.js';
import { documentFromText } from '../../src/input/document.js';

describe('clean text and its offset map', () => {
  it('leaves NFC text with \\n untouched and maps offsets to themselves', () => {
    const { text, map } = cleanWithMap('Công an tỉnh Nghệ An\nNgày 6/2');
    expect(text).toBe('Công an tỉnh Nghệ An\nNgày 6/2');
    expect(map.isIdentity).toBe(true);
    expect(map.toSource(7)).toBe(7);
  });

  it('composes NFD Vietnamese and maps each clean offset back to the decomposed source', () => {
    const source = 'Nghệ An, Hà Tĩnh'.normalize('NFD');
    const { text, map } = cleanWithMap(source);
    expect(text).toBe('Nghệ An, Hà Tĩnh');
    const start = text.indexOf('Hà Tĩnh');
    expect(source.slice(map.toSource(start), map.toSource(text.length)).normalize('NFC')).toBe('Hà Tĩnh');
  });

  it('turns CRLF and CR into \\n, mapping past the dropped characters', () => {
    const source = 'Dòng một\r\nDòng hai\rDòng ba';
    const { text, map } = cleanWithMap(source);
    expect(text).toBe('Dòng một\nDòng hai\nDòng ba');
    const at = text.indexOf('Dòng ba');
    expect(source.slice(map.toSource(at))).toBe('Dòng ba');
    expect(source.slice(map.toSource(text.indexOf('Dòng hai')), map.toSource(text.indexOf('Dòng hai') + 8))).toBe('Dòng hai');
  });

  it('gives a text Document a sourceOffset only when cleaning moved offsets', () => {
    expect(documentFromText('a\nb').sourceOffset).toBeUndefined();
    const doc = documentFromText('Tiêu đề\r\nThân bài');
    expect(doc.text).toBe('Tiêu đề\nThân bài');
    expect(doc.sourceOffset!(doc.text.indexOf('Thân'))).toBe('Tiêu đề\r\n'.length);
    expect(doc.segments.map((s) => s.kind)).toEqual(['title', 'body']);
  });
});

describe('plainlyNfc: the scan that spares most articles the ICU check', () => {
  it.each([
    ['precomposed Vietnamese with quotes and dashes', 'Ông Nguyễn Văn Ảnh – “Chủ tịch” UBND tỉnh…', true],
    ['plain ASCII', 'Ha Noi, 5/3/2024', true],
    ['a combining tone mark (NFD)', 'Vie\u0302\u0323t Nam', false],
    ['a CR', 'Tiêu đề\r\nThân bài', false],
    ['a letter outside the known blocks (Cyrillic)', 'Путин', false],
    ['a zero-width space', 'Hà\u200bNội', false],
  ])('%s → %s', (_what, text, expected) => {
    expect(plainlyNfc(text)).toBe(expected);
  });

  it('never says yes to a text that is not NFC: every unit it accepts is NFC and composes with nothing before it', () => {
    const accepted: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (plainlyNfc(String.fromCharCode(c))) accepted.push(c);
    expect(accepted.length).toBeGreaterThan(0x300);
    const before = ['a', 'A', 'e', 'o', 'u', 'ơ', 'ư', 'â', 'ê', 'ô', 'ă', 'y', 'E', '\u1100', ' '];
    for (const c of accepted) {
      const ch = String.fromCharCode(c);
      expect(ch.normalize('NFC')).toBe(ch);
      for (const b of before) expect((b + ch).normalize('NFC')).toBe(b + ch);
    }
  });

  it('cleanWithMap gives the same text and map whichever check decides', () => {
    for (const text of ['Sáng 5/3, tại Hà Nội.', 'Hoà – “Thuỷ”', 'Sa\u0301ng 5/3', 'A\r\nB', 'Путин đến Hà Nội']) {
      const { text: clean, map } = cleanWithMap(text);
      expect(clean).toBe(text.replace(/\r\n?/g, '\n').normalize('NFC'));
      expect(map.isIdentity).toBe(clean === text);
    }
  });
});
