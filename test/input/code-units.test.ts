import { describe, expect, it } from 'vitest';
import { CodeUnits } from '../../src/input/code-units.js';

describe('CodeUnits', () => {
  it('gives a string as its UTF-16 code units, then a 0', () => {
    const units = new CodeUnits().of('Hà Nội');
    expect(Array.from(units.subarray(0, 7))).toEqual([...'Hà Nội'].map((c) => c.charCodeAt(0)).concat(0));
  });

  it('grows for a string longer than its buffer, keeping every unit', () => {
    const long = 'ạ'.repeat((1 << 16) + 5);
    const units = new CodeUnits().of(long);
    expect(units.length).toBeGreaterThan(long.length);
    expect(units[0]).toBe(0x1ea1);
    expect(units[long.length - 1]).toBe(0x1ea1);
    expect(units[long.length]).toBe(0);
  });
});
