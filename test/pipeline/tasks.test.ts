// A batch's output as the workers send it: bytes encoded record by record must be the batch's text in UTF-8;
// and a batch that reads its files ahead gives the records and errors reading each at its turn gave.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { processBatch, processTask, READ_AHEAD_BYTES, Utf8Batch, type Task, type TaskOptions } from '../../src/pipeline/tasks.js';
import { InputError } from '../../src/pipeline/errors.js';

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

  it('each take is a buffer of its own, exactly the bytes (only those bytes are sent to the main thread)', () => {
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

describe('processBatch: files read ahead, records and errors as one by one', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vnpress-batch-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string): Task => {
    writeFileSync(join(dir, name), text);
    return { kind: 'file', path: join(dir, name) };
  };
  const opts: TaskOptions = { inputFormat: 'auto', includeText: false, maxBytes: 400 };
  const one = (tasks: Task[]) => {
    const out: { records: string[]; errors: string[] } = { records: [], errors: [] };
    for (const t of tasks) {
      try {
        out.records.push(JSON.stringify(processTask(t, opts)));
      } catch (e) {
        out.errors.push(`${(e as InputError).path}: ${(e as InputError).reason}`);
      }
    }
    return out;
  };
  const batched = (tasks: Task[], withLatencies = false) => {
    const r = processBatch(0, tasks, opts, (rec) => JSON.stringify(rec) + '\n', withLatencies);
    return { r, records: r.text.split('\n').filter(Boolean), errors: r.errors.map((e) => `${e.path}: ${e.reason}`) };
  };

  it('good files, a missing one, an empty one, a directory and one over --max-bytes, in task order', () => {
    mkdirSync(join(dir, 'thu-muc.txt'));
    const tasks: Task[] = [
      file('a.txt', 'Hà Nội: Thủ tướng dự lễ khánh thành cầu Nhật Tân sáng 4/1.\n'),
      { kind: 'file', path: join(dir, 'khong-co.txt') },
      file('rong.txt', ''),
      { kind: 'file', path: join(dir, 'thu-muc.txt') },
      file('lon.txt', 'Đà Nẵng '.repeat(100)),
      { kind: 'error', path: join(dir, '*.htm'), reason: 'pattern matched no files' },
      file('b.txt', 'Chủ tịch UBND tỉnh Quảng Nam đã đến thăm huyện Núi Thành.\n'),
    ];
    const want = one(tasks);
    const got = batched(tasks, true);
    expect(got.records).toEqual(want.records);
    expect(got.errors).toEqual(want.errors);
    expect(got.errors).toHaveLength(5);
    expect(got.errors[0]).toMatch(/khong-co\.txt: no such file/);
    expect(got.errors[3]).toMatch(/over --max-bytes 400/);
    expect(got.r.ok).toBe(2);
    expect(got.r.latencies).toHaveLength(tasks.length);
    expect(got.r.latencies!.every((ms) => ms >= 0)).toBe(true);
  });

  it('past the read-ahead budget the rest are read at their turn, with the same records and errors', () => {
    const big: TaskOptions = { ...opts, maxBytes: READ_AHEAD_BYTES * 2 };
    const tasks: Task[] = [
      file('trang.txt', ' \n'.repeat(READ_AHEAD_BYTES / 2 + 1)), // fills the budget (refused: whitespace only)
      file('sau.txt', 'Bộ Y tế họp tại Hà Nội ngày 3/5.\n'),
      { kind: 'file', path: join(dir, 'van-khong-co.txt') },
    ];
    const r = processBatch(0, tasks, big, (rec) => JSON.stringify(rec) + '\n');
    expect(r.errors.map((e) => e.reason)).toEqual(['no text: whitespace only', 'no such file or directory']);
    expect(r.text).toBe(JSON.stringify(processTask(tasks[1], big)) + '\n');
  });
});
