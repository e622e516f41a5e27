// The record id from a path: the file name without its last extension.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stemOf } from '../../src/extract/index.js';

/** The rule as it was first written: the last path part, its last extension removed unless nothing is left. */
const stemByRegex = (path: string) => {
  const base = path.split(/[\\/]/).pop() ?? path;
  return base.replace(/\.[^.]+$/, '') || base;
};

describe('stemOf', () => {
  it.each([
    ['/tmp/baomoi-2017/21395276.txt', '21395276'],
    ['corpus\\2017\\bai-viet.html', 'bai-viet'],
    ['a.b.c', 'a.b'],
    ['trailing-dot.', 'trailing-dot.'],
    ['.hidden', '.hidden'],
    ['dir/', ''],
    ['no-extension', 'no-extension'],
    ['x/y.d/tin..txt', 'tin.'],
  ])('%s → %s', (path, stem) => {
    expect(stemOf(path)).toBe(stem);
    expect(stemOf(path)).toBe(stemByRegex(path));
  });

  it('is the regex rule on arbitrary paths', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '.', '/', '\\', '\n', 'ệ', ' '), maxLength: 12 }), (path) => {
        expect(stemOf(path)).toBe(stemByRegex(path));
      }),
      { numRuns: 20_000 },
    );
  });
});
