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
    const id = memoizeString((s) => { calls++; return s; }, { max: 2 });
    id('a'); id('b'); id('c'); id('a');
    expect(calls).toBe(4);
  });

  it('reads its limit when it stores, so a warm-up can lower it, and lists its map for emptying', () => {
    let calls = 0;
    const limit = { max: 4 };
    const caches: Map<string, unknown>[] = [];
    const id = memoizeString((s) => { calls++; return s; }, limit, caches);
    id('a'); id('b');
    expect(caches).toHaveLength(1);
    expect(caches[0].size).toBe(2);
    limit.max = 0;
    id('c');
    expect(caches[0].size).toBe(1);
    caches[0].clear();
    id('c');
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
