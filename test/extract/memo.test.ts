import { describe, expect, it } from 'vitest';
import { memoizeString, ownString } from '../../src/extract/memo.js';

describe('memoizeString', () => {
  it('computes once per key and gives the same answer again', () => {
    let calls = 0;
    const upper = memoizeString((s) => { calls++; return s.toUpperCase(); });
    expect(upper('Bộ Công an')).toBe('BỘ CÔNG AN');
    expect(upper('Bộ Công an')).toBe('BỘ CÔNG AN');
    expect(calls).toBe(1);
  });

  it('stays within its bound by starting over when full', () => {
    let calls = 0;
    const id = memoizeString((s) => { calls++; return s; }, 2);
    id('a'); id('b'); id('c'); id('a');
    expect(calls).toBe(4);
  });

  it('copies keys so that cached names do not hold their documents', () => {
    const doc = 'Thượng tướng Tô Lâm, Bộ trưởng Bộ Công an, '.repeat(200);
    const slice = doc.slice(21, 45);
    expect(ownString(slice)).toBe(slice);
    expect(ownString('ngắn')).toBe('ngắn');
  });

  it('keeps every code unit, a lone surrogate too', () => {
    const odd = 'Bộ Công an \uD800 tỉnh Hà Tĩnh';
    expect(ownString(odd)).toBe(odd);
  });
});
