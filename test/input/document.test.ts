// Plain-text Documents: which lines become segments.
import { describe, expect, it } from 'vitest';
import { documentFromText, hasNonSpace } from '../../src/input/document.js';

describe('hasNonSpace: /\\S/ on a stretch of the text, without slicing it', () => {
  it('agrees with /\\S/ on every code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = `\n${String.fromCharCode(c)}\n`;
      if (hasNonSpace(s, 1, 2) !== /\S/.test(s.slice(1, 2))) throw new Error(`U+${c.toString(16)} disagrees`);
    }
  });

  it.each([
    ['a line of spaces and tabs', ' \t  ', false],
    ['no-break and ideographic spaces', '\u00a0\u3000\u202f', false],
    ['a zero-width no-break space (BOM)', '\ufeff', false],
    ['a zero-width space (not a space for /\\s/)', '\u200b', true],
    ['a word after blanks', '   Hà Nội', true],
  ])('%s', (_what, text, expected) => {
    expect(hasNonSpace(`x${text}x`, 1, 1 + text.length)).toBe(expected);
  });
});

describe('documentFromText: segments', () => {
  it.each([
    ['headline then body lines, blank lines skipped', 'Tiêu đề bài báo\n\nSáng 5/3, đoàn công tác đến Huế.\n \t\nChiều cùng ngày, đoàn về Đà Nẵng.', [
      ['title', 'Tiêu đề bài báo'], ['body', 'Sáng 5/3, đoàn công tác đến Huế.'], ['body', 'Chiều cùng ngày, đoàn về Đà Nẵng.'],
    ]],
    ['a first line of no-break spaces is no title', '\u00a0\u00a0\nTin nhanh\nNội dung', [['title', 'Tin nhanh'], ['body', 'Nội dung']]],
    ['a line holding only a zero-width space is a segment', '\u200b\nTin', [['title', '\u200b'], ['body', 'Tin']]],
  ])('%s', (_what, text, expected) => {
    const doc = documentFromText(text);
    expect(doc.segments.map((s) => [s.kind, doc.text.slice(s.start, s.end)])).toEqual(expected);
  });
});
