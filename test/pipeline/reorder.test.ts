import { describe, expect, it } from 'vitest';
import { ReorderBuffer } from '../../src/pipeline/reorder.js';

describe('ReorderBuffer', () => {
  it('releases values only in sequence order', () => {
    const buf = new ReorderBuffer<string>(4);
    buf.put(2, 'c');
    buf.put(1, 'b');
    expect([...buf.drain()]).toEqual([]);
    buf.put(0, 'a');
    expect([...buf.drain()]).toEqual(['a', 'b', 'c']);
    buf.put(3, 'd');
    expect([...buf.drain()]).toEqual(['d']);
    expect(buf.size).toBe(0);
  });

  it('never accepts a sequence beyond its window, so it holds at most `window` values', () => {
    const buf = new ReorderBuffer<number>(3);
    expect([0, 1, 2, 3].map((s) => buf.accepts(s))).toEqual([true, true, true, false]);
    buf.put(1, 1);
    buf.put(2, 2);
    expect(() => buf.put(3, 3)).toThrow(RangeError);
    expect(buf.size).toBe(2);
    buf.put(0, 0);
    expect([...buf.drain()]).toEqual([0, 1, 2]);
    // the window slid: 3..5 are now inside, 6 is not
    expect([3, 5, 6].map((s) => buf.accepts(s))).toEqual([true, true, false]);
  });

  it('refuses a sequence already written or given twice', () => {
    const buf = new ReorderBuffer<number>(4);
    buf.put(0, 0);
    expect(() => buf.put(0, 0)).toThrow(/twice/);
    [...buf.drain()];
    expect(() => buf.put(0, 0)).toThrow(RangeError);
  });
});
