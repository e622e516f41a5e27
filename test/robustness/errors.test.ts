// The error contract's formatting: one stderr line per failure whatever the path holds; JSON lines for pipelines.
import { describe, expect, it } from 'vitest';
import { InputError, formatInputError, formatInterrupted, formatSummary } from '../../src/pipeline/errors.js';

describe('formatInputError', () => {
  it.each([
    ['a/b.txt', 'empty file', 'vnpress: a/b.txt: empty file\n'],
    ['bài viết/Hà Nội.txt', 'permission denied', 'vnpress: bài viết/Hà Nội.txt: permission denied\n'],
    ['bad\nname.txt', 'no such file or directory', 'vnpress: bad\\nname.txt: no such file or directory\n'],
    ['x.txt', 'extraction failed: line one\r\nline two\u0000', 'vnpress: x.txt: extraction failed: line one\\r\\nline two\\x00\n'],
  ])('text: %j', (path, reason, line) => {
    const out = formatInputError(new InputError(path, reason), 'text');
    expect(out).toBe(line);
    expect(out.split('\n')).toHaveLength(2);
  });

  it('ndjson keeps the path exactly, one JSON line', () => {
    const out = formatInputError(new InputError('bad\nname.txt', 'empty file'), 'ndjson');
    expect(out.endsWith('\n') && out.indexOf('\n') === out.length - 1).toBe(true);
    expect(JSON.parse(out)).toEqual({ type: 'error', path: 'bad\nname.txt', reason: 'empty file' });
  });
});

describe('summary and interruption lines', () => {
  it('text', () => {
    expect(formatSummary({ ok: 35432, failed: 0, ms: 24240 }, 'text')).toBe('vnpress: 35432 ok, 0 failed in 24.24 s\n');
    expect(formatInterrupted('text')).toBe('vnpress: interrupted\n');
  });
  it('ndjson', () => {
    expect(JSON.parse(formatSummary({ ok: 3, failed: 1, ms: 1234 }, 'ndjson'))).toEqual({ type: 'summary', ok: 3, failed: 1, seconds: 1.23 });
    expect(JSON.parse(formatInterrupted('ndjson'))).toEqual({ type: 'interrupted' });
  });
});
