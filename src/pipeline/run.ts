// A batch run: pull tasks, extract them (in this thread, or on worker threads), stream output to the sink,
// report failures, count.
import type { CsvLayout, OutputFormat, RecordWriter } from '../output/writers.js';
import type { Sink } from '../output/sink.js';
import { InputError } from './errors.js';
import type { InputItem } from './inputs.js';
import { runPool } from './pool.js';
import { itemSource, type TaskSource } from './source.js';
import { LatencyHistogram, formatStats, statsEnabled } from './stats.js';
import type { BatchResult, TaskOptions } from './tasks.js';

// The extractors (and their lexicons, cheerio, ~30 MB and 0.2 s) load only where documents are extracted:
// in the workers, or here when running in-process.
const loadTasks = () => import('./tasks.js');

export interface BatchOptions extends TaskOptions {
  /** Worker threads; 1 (the default) extracts in this thread. */
  jobs?: number;
  /** Keep input order when jobs > 1. */
  ordered?: boolean;
  /** Tasks per message to a worker. */
  batchSize?: number;
  /** Reorder window in batches (with `ordered`). */
  window?: number;
  /** Needed with jobs > 1: workers serialise records themselves. */
  format?: OutputFormat;
  csvLayout?: CsvLayout;
}

export interface BatchSummary {
  ok: number;
  failed: number;
  ms: number;
  bytes: number;
}

export interface BatchHooks {
  onError(err: InputError): void;
  /** Called after each batch, for progress. */
  onProgress?(done: number, bytes: number): void;
  /** Set by a signal handler: stop taking new inputs. */
  stopped?(): boolean;
}

// Each batch is a message each way, a wake-up of the main thread and a write: at 64 documents (~45 KB of
// output) the main thread, which shares the cores with the workers, does a quarter of the rounds it did at 16.
export const DEFAULT_BATCH_SIZE = 64;
export const DEFAULT_WINDOW = 16;

/** Waits for `p`, or gives up (empty) once `stopped()`: an interrupt must not wait on an idle stdin. */
function untilStopped<T>(p: Promise<T[]>, stopped: () => boolean): Promise<T[]> {
  let timer: NodeJS.Timeout | undefined;
  const poll = new Promise<T[]>((resolve) => {
    timer = setInterval(() => { if (stopped()) resolve([]); }, 200);
  });
  return Promise.race([p, poll]).finally(() => clearInterval(timer));
}

export async function runBatch(
  input: TaskSource | Iterable<InputItem>,
  opts: BatchOptions,
  writer: RecordWriter,
  sink: Sink,
  hooks: BatchHooks,
): Promise<BatchSummary> {
  const t0 = performance.now();
  const source: TaskSource = 'next' in input && typeof input.next === 'function' && !(Symbol.iterator in input)
    ? (input as TaskSource)
    : itemSource((input as Iterable<InputItem>)[Symbol.iterator]());
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  const taskOptions: TaskOptions = {
    inputFormat: opts.inputFormat, includeText: opts.includeText, id: opts.id, maxBytes: opts.maxBytes, legacyEncoding: opts.legacyEncoding,
  };
  const histogram = statsEnabled() ? new LatencyHistogram() : null;
  // Once the reader is gone (`| head`), extracting the rest would only burn CPU.
  const sinkClosed = (sink as Partial<{ closed: () => boolean }>).closed;
  const stopped = () => !!hooks.stopped?.() || !!sinkClosed?.();
  let ok = 0;
  let failed = 0;
  let bytes = 0;

  const handle = async (r: BatchResult) => {
    let out = r.text;
    if (r.records) for (const rec of r.records) out += writer.record(rec);
    for (const e of r.errors) hooks.onError(new InputError(e.path, e.reason));
    if (out) await sink.write(out);
    if (r.data) await sink.write(r.data);
    ok += r.ok;
    failed += r.errors.length;
    bytes += r.bytes;
    if (histogram && r.latencies) for (const ms of r.latencies) histogram.add(ms);
    hooks.onProgress?.(ok + failed, bytes);
  };

  await sink.write(writer.start());
  if ((opts.jobs ?? 1) > 1 && opts.format) {
    await runPool(source, {
      jobs: opts.jobs!,
      batchSize,
      ordered: !!opts.ordered,
      window: opts.window ?? DEFAULT_WINDOW,
      config: { format: opts.format, csvLayout: opts.csvLayout, task: taskOptions, stats: !!histogram },
      stopped,
      localJob: true,
    }, handle);
  } else {
    const { processBatch } = await loadTasks();
    const serialize = writer.record.bind(writer);
    for (let seq = 0; !stopped(); seq++) {
      const got = source.next(batchSize);
      const tasks = Array.isArray(got) ? got : await untilStopped(got, stopped);
      if (!tasks.length) break;
      await handle(processBatch(seq, tasks, taskOptions, serialize, !!histogram));
    }
  }
  source.close?.();
  await sink.write(writer.end());
  const ms = performance.now() - t0;
  if (histogram) process.stderr.write(formatStats(histogram, ms, bytes));
  return { ok, failed, ms, bytes };
}
