// A batch's output as the workers send it: bytes encoded record by record must be the batch's text in UTF-8.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Utf8Batch } from '../../src/pipeline/tasks.js';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

describe('Utf8Batch: records encoded one by one into a reused buffer', () => {
  it.each([
    ['one ndjson line', ['{"title":"Thủ tướng dự lễ khánh thành ở Đà Nẵng"}\n']],
    ['several lines', ['{"id":"a"}\n', '{"id":"b","locations":["Hà Nội"]}\n', '{"id":"c"}\n']],
    ['a CSV row with quotes and an emoji', ['id,title\r\n', '"21395276","Chúc mừng 😀 ""năm mới"""\r\n']],
    ['a lone surrogate (both encoders write U+FFFD)', ['a\ud800b\n']],
    ['an empty record text among others', ['x\n', '', 'y\n']],
  ])('%s', (_what, texts) => {
    const batch = new Utf8Batch();
    for (const t of texts) batch.add(t);
    expect(batch.take()).toEqual(new TextEncoder().encode(texts.join('')));
  });

  it('grows past its first buffer and starts afresh after each take', () => {
    const batch = new Utf8Batch();
    const big = 'Ủy ban nhân dân tỉnh Quảng Nam '.repeat(6_000); // ~200 K units, well past 128 KB of bytes
    batch.add('{"a":1}\n');
    batch.add(big);
    expect(batch.take()).toEqual(utf8('{"a":1}\n' + big));
    expect(batch.take()).toBeUndefined();
    batch.add('Hà Nội\n');
    expect(batch.take()).toEqual(utf8('Hà Nội\n'));
  });

  it('each take is a buffer of its own, exactly the bytes (it is transferred to the main thread)', () => {
    const batch = new Utf8Batch();
    batch.add('Đà Nẵng\n');
    const first = batch.take()!;
    batch.add('Huế\n');
    const second = batch.take()!;
    expect(first.buffer).not.toBe(second.buffer);
    expect(first.byteLength).toBe(first.buffer.byteLength);
    expect(new TextDecoder().decode(first)).toBe('Đà Nẵng\n');
  });

  it('is the UTF-8 of the joined texts for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 30 }), { maxLength: 8 }), (texts) => {
        const batch = new Utf8Batch();
        for (const t of texts) batch.add(t);
        const joined = texts.join('');
        const got = batch.take();
        if (!joined) expect(got).toBeUndefined();
        else expect(got).toEqual(new TextEncoder().encode(joined));
      }),
      { numRuns: 2_000 },
    );
  });
});
