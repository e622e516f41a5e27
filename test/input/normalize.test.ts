import { describe, expect, it } from 'vitest';
import { foldForMatch, foldText, withoutMarks } from '../../src/input/normalize.js';

// The single-pass table fold of document texts must read exactly like the regex fold of short strings.

describe('foldText and foldForMatch', () => {
  it.each([
    ['Thanh Hoá', 'thanh hóa'],
    ['KHOẺ MẠNH', 'khỏe mạnh'],
    ['Thuỷ lợi, quý, tuỳ', 'thủy lợi, qúy, tùy'],
    ['“Đoàn kết”', '"đòan kết"'],
    ['‘Ông’ Trump’s', "'ông' trump's"],
    ['UBND\u00a0tỉnh\u2009Hà\tNội', 'ubnd tỉnh hà nội'],
    ['«Hòa bình»', '"hòa bình"'],
  ])('%s → %s', (input, want) => {
    expect(foldForMatch(input)).toBe(want);
    expect(foldText(input)).toBe(want);
  });

  it.each([
    ['Greek final sigma', 'ΟΔΥΣΣΕΥΣ'],
    ['dotted capital I lower-cases to two units', 'İstanbul Hoà'],
    ['astral letter', '𐐀 Hoà'],
    ['lone surrogate', 'a\ud800b'],
    ['NUL', 'a\u0000Hoà'],
  ])('%s takes the regex path, same length', (_, input) => {
    expect(foldText(input)).toBe(foldForMatch(input));
    expect(foldText(input)).toHaveLength(input.length);
  });

  it('keeps the length of a long text', () => {
    const long = 'Bộ trưởng Bộ Y tế “Hoà” '.repeat(3000);
    expect(foldText(long)).toBe(foldForMatch(long));
  });
});

describe('withoutMarks', () => {
  it.each([
    ['hốc môn', 'hoc mon'],
    ['hóc môn', 'hoc mon'],
    ['đồng hới', 'dong hoi'],
    ['nguyễn', 'nguyen'],
    ['frías', 'frias'],
    ['donald trump', 'donald trump'],
    ['nguye\u0302\u0303n', 'nguyen'],
  ])('%s → %s', (word, letters) => {
    expect(withoutMarks(word)).toBe(letters);
  });

  // The unit table must read as the normalizer does where NFD reorders marks across units or splits a unit in several.
  it.each([
    ['a mark outside U+0300-036F', 'a\u0323\u05b0\u0301ê'],
    ['a Hangul syllable', '한 đồng'],
    ['an astral letter', '𐐀 hồ'],
    ['a ligature', 'ﬁlm ở'],
  ])('%s reads as NFD then marks removed', (_, word) => {
    expect(withoutMarks(word)).toBe(word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd'));
  });
});
