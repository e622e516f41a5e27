// The pool with a stand-in worker (fixtures/fake-worker.mjs): ordering, window, and no lost input on a crash.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPool, type PoolOptions } from '../../src/pipeline/pool.js';
import { itemSource } from '../../src/pipeline/source.js';
import type { BatchResult } from '../../src/pipeline/tasks.js';

const made: string[] = [];
afterAll(() => { for (const d of made) rmSync(d, { recursive: true, force: true }); });
const fakeWorker = new URL('./fixtures/fake-worker.mjs', import.meta.url);
const options = (over: Partial<PoolOptions>): PoolOptions => ({
  jobs: 2,
  batchSize: 4,
  ordered: false,
  window: 3,
  config: { format: 'ndjson', task: { inputFormat: 'auto', includeText: false, maxBytes: 1e6 }, stats: false },
  workerUrl: fakeWorker,
  ...over,
});
const files = (names: string[]) => itemSource(names.map((path) => ({ kind: 'file' as const, path }))[Symbol.iterator]());
const names = Array.from({ length: 50 }, (_, i) => `doc${String(i).padStart(2, '0')}.txt`);

async function collect(opts: PoolOptions, inputs: string[]) {
  const results: BatchResult[] = [];
  await runPool(files(inputs), opts, async (r) => { results.push(r); });
  return results;
}
const linesOf = (results: BatchResult[]) => results.map((r) => r.text).join('').split('\n').filter(Boolean);

describe('runPool', () => {
  it('unordered: every input exactly once, though batches finish out of order', async () => {
    const results = await collect(options({}), names);
    const seqs = results.map((r) => r.seq);
    expect(seqs).not.toEqual([...seqs].sort((a, b) => a - b)); // the fake worker answers every third batch late
    expect(linesOf(results).sort()).toEqual(names);
  });

  it('ordered: input order restored, and no batch started beyond the reorder window', async () => {
    const results = await collect(options({ ordered: true, window: 2 }), names);
    expect(results.map((r) => r.seq)).toEqual(results.map((_, i) => i));
    expect(linesOf(results)).toEqual(names);
  });

  it('a slow sink loses nothing: answers queued while it writes are still handled', async () => {
    for (const ordered of [false, true]) {
      const results: BatchResult[] = [];
      await runPool(files(names), options({ ordered }), async (r) => {
        await new Promise((ok) => setTimeout(ok, 10)); // like stdout waiting for 'drain'
        results.push(r);
      });
      expect(linesOf(results).sort()).toEqual(names);
    }
  });

  it('a worker that dies loses no input: its batches are redone in the main thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnpress-pool-'));
    made.push(dir);
    const inputs = Array.from({ length: 30 }, (_, i) => join(dir, i === 13 ? 'crash.txt' : `doc${String(i).padStart(2, '0')}.txt`));
    for (const p of inputs) writeFileSync(p, 'Bản tin ngắn\nSáng 5/3/2024, tỉnh Quảng Nam tổ chức hội nghị.\n');
    const results = await collect(options({ ordered: true }), inputs);
    expect(results.flatMap((r) => r.errors)).toEqual([]);
    // the dead worker's batches (the one it died on, and any queued behind it) come back as records
    const redone = results.filter((r) => r.records);
    expect(redone.length).toBeGreaterThanOrEqual(1);
    expect(redone.some((r) => r.records!.some((rec) => rec.source.path === inputs[13]))).toBe(true);
    const paths = results.flatMap((r) => (r.records ? r.records.map((rec) => rec.source.path!) : linesOf([r])));
    expect(paths).toEqual(inputs); // ordered, each once
  });

  it('localJob: this thread extracts some batches itself, beside jobs - 1 workers; ordered output keeps every input once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnpress-pool-'));
    made.push(dir);
    const inputs = Array.from({ length: 40 }, (_, i) => join(dir, `local${String(i).padStart(2, '0')}.txt`));
    for (const p of inputs) writeFileSync(p, 'Bản tin\nSáng 6/5/2024, tỉnh Quảng Trị khai mạc hội chợ.\n');
    const results = await collect(options({ ordered: true, localJob: true }), inputs);
    expect(results.flatMap((r) => r.errors)).toEqual([]);
    expect(results.map((r) => r.seq)).toEqual(results.map((_, i) => i));
    // the stand-in worker answers with bare paths; this thread's batches are real ndjson records
    const lines = linesOf(results);
    const local = lines.filter((l) => l.startsWith('{'));
    expect(local.length).toBeGreaterThan(0);
    expect(local.length).toBeLessThan(inputs.length);
    expect(JSON.parse(local[0]).locations[0].name).toBe('Quảng Trị');
    expect(lines.map((l) => (l.startsWith('{') ? JSON.parse(l).source.path : l))).toEqual(inputs);
  });

  it('workers that cannot start: a bounded number of replacements, then the main thread does the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnpress-pool-'));
    made.push(dir);
    const inputs = Array.from({ length: 40 }, (_, i) => join(dir, `tin${String(i).padStart(2, '0')}.txt`));
    for (const p of inputs) writeFileSync(p, 'Bản tin\nChiều 4/5/2024, tỉnh Nghệ An khai mạc hội chợ.\n');
    const results = await collect(options({ ordered: true, workerUrl: new URL('./fixtures/dead-worker.mjs', import.meta.url) }), inputs);
    expect(results.flatMap((r) => r.errors)).toEqual([]);
    expect(results.flatMap((r) => r.records!.map((rec) => rec.source.path))).toEqual(inputs);
  });
});
