import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { expandInputs, lookahead, type InputTally } from '../../src/pipeline/inputs.js';
import { itemSource, ndjsonSource, type TaskSource } from '../../src/pipeline/source.js';
import type { Task } from '../../src/pipeline/tasks.js';

const made: string[] = [];
afterAll(() => { for (const d of made) rmSync(d, { recursive: true, force: true }); });

async function drain(source: TaskSource, max: number): Promise<Task[][]> {
  const batches: Task[][] = [];
  for (;;) {
    const got = await source.next(max);
    if (!got.length) return batches;
    expect(got.length).toBeLessThanOrEqual(max);
    batches.push(got);
  }
}

describe('itemSource', () => {
  it('pulls paths lazily in batches of at most max', () => {
    let pulled = 0;
    function* paths() {
      for (let i = 0; i < 5; i++) { pulled++; yield { kind: 'file' as const, path: `f${i}.txt` }; }
    }
    const source = itemSource(paths());
    const first = source.next(2) as Task[];
    expect(first.map((t) => (t as { path: string }).path)).toEqual(['f0.txt', 'f1.txt']);
    expect(pulled).toBe(2);
    expect((source.next(10) as Task[]).length).toBe(3);
    expect(source.next(10)).toEqual([]);
  });
});

describe('itemSource over expandInputs: how many inputs are left', () => {
  it('knows the count once every directory is listed, and not before', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnpress-tally-'));
    made.push(dir);
    for (const f of ['a.txt', 'b.txt', 'c.html']) writeFileSync(join(dir, f), 'x');
    const sub = join(dir, 'sub');
    mkdirSync(sub);
    for (const f of ['d.txt', 'e.txt']) writeFileSync(join(sub, f), 'x');
    writeFileSync(join(dir, 'notes.md'), 'x');
    const tally: InputTally = { left: 0, open: 0 };
    const source = itemSource(expandInputs([dir], tally), tally);
    expect(source.remaining!()).toBeNull(); // nothing listed yet
    const seen: number[] = [];
    const counts: (number | null)[] = [];
    for (;;) {
      const got = source.next(1) as Task[];
      if (!got.length) break;
      seen.push(got.length);
      counts.push(source.remaining!());
    }
    // a.txt, b.txt, c.html, then (notes.md and sub not yet looked at) sub/d.txt, sub/e.txt
    expect(seen.length).toBe(5);
    expect(counts).toEqual([null, null, null, 1, 0]);
    expect(source.remaining!()).toBe(0);
  });

  it('counts a flat directory from its listing on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnpress-tally-'));
    made.push(dir);
    for (let i = 0; i < 7; i++) writeFileSync(join(dir, `f${i}.txt`), 'x');
    const tally: InputTally = { left: 0, open: 0 };
    const source = itemSource(expandInputs([dir, join(dir, 'f0.txt')], tally), tally);
    expect((source.next(3) as Task[]).length).toBe(3);
    expect(source.remaining!()).toBeNull(); // the second path is still to come
    expect((source.next(4) as Task[]).length).toBe(4);
    expect(source.remaining!()).toBeNull();
    expect((source.next(4) as Task[]).length).toBe(1);
    expect(source.remaining!()).toBe(0);
    const flat: InputTally = { left: 0, open: 0 };
    const one = itemSource(expandInputs([dir], flat), flat);
    expect((one.next(2) as Task[]).length).toBe(2);
    expect(one.remaining!()).toBe(5);
  });

  it('gives no count without a tally', () => {
    expect(itemSource([{ kind: 'file' as const, path: 'a.txt' }][Symbol.iterator]()).remaining!()).toBeNull();
  });
});

describe('lookahead', () => {
  it('peeks without losing values', () => {
    const a = lookahead([1, 2, 3][Symbol.iterator](), 2);
    expect(a).toMatchObject({ head: [1, 2], exhausted: false });
    expect([...{ [Symbol.iterator]: () => a.iterator }]).toEqual([1, 2, 3]);
    const b = lookahead([1][Symbol.iterator](), 2);
    expect(b).toMatchObject({ head: [1], exhausted: true });
    expect([...{ [Symbol.iterator]: () => b.iterator }]).toEqual([1]);
  });
});

describe('ndjsonSource', () => {
  it('splits lines across chunk boundaries, skips blank lines, drops CR, numbers lines for errors', async () => {
    const chunks = ['{"id":"a","text":"Hà N', 'ội"}\r\n\n{"id":"b","te', 'xt":"Huế"}\n   \n{"id":"c","html":"<p>Đà Nẵng</p>"}'];
    const batches = await drain(ndjsonSource(['-'], Readable.from(chunks)), 10);
    const lines = batches.flat() as Extract<Task, { kind: 'line' }>[];
    expect(lines.map((l) => [l.where, JSON.parse(l.line).id])).toEqual([['-:1', 'a'], ['-:3', 'b'], ['-:5', 'c']]);
    expect(JSON.parse(lines[0].line).text).toBe('Hà Nội');
    expect(lines.every((l) => l.source === '-')).toBe(true);
  });

  it('reads files in turn and turns a missing one into a single error task', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnpress-src-'));
    made.push(dir);
    const a = join(dir, 'a.jsonl');
    writeFileSync(a, Array.from({ length: 5 }, (_, i) => JSON.stringify({ id: `a${i}`, text: 'Tin ngắn.' })).join('\n') + '\n');
    const batches = await drain(ndjsonSource([a, join(dir, 'missing.jsonl'), a]), 3);
    const tasks = batches.flat();
    expect(tasks).toHaveLength(11);
    expect(tasks[5]).toEqual({ kind: 'error', path: join(dir, 'missing.jsonl'), reason: 'no such file or directory' });
    expect((tasks[10] as { where: string }).where).toBe(`${a}:5`);
  });

  it('reports a directory given as an ndjson file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnpress-src-'));
    made.push(dir);
    const tasks = (await drain(ndjsonSource([dir]), 4)).flat();
    expect(tasks).toEqual([{ kind: 'error', path: dir, reason: 'is a directory' }]);
  });
});
