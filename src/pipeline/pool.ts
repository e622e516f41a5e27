// Worker-thread fan-out. Batches of tasks go to the least busy worker (two in flight each, so none waits
// on the main thread); results are handled one at a time, awaiting the sink, so a slow stdout stalls
// dispatch instead of piling results in memory. With `ordered`, a reorder buffer of `window` batches
// restores input order, and no batch is started beyond it.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CsvLayout, OutputFormat } from '../output/writers.js';
import { jitSituation, LATE_RUN_PART, lateStopFor, setOptimising, tuneJitForWorkers } from './jit.js';
import { ReorderBuffer } from './reorder.js';
import type { TaskSource } from './source.js';
import type { BatchResult, Task, TaskOptions } from './tasks.js';

export interface WorkerConfig {
  format: OutputFormat;
  csvLayout?: CsvLayout;
  task: TaskOptions;
  stats: boolean;
}

export interface PoolOptions {
  jobs: number;
  batchSize: number;
  ordered: boolean;
  /** Reorder window, in batches. */
  window: number;
  config: WorkerConfig;
  stopped?: () => boolean;
  /** Test hook: a worker URL other than the built one. */
  workerUrl?: URL;
  /**
   * This thread is one of the jobs: jobs - 1 workers are started, and batches given to this thread are extracted
   * here between its other work. A second isolate's start-up (module load, warm-ups) and its optimising compiles
   * of every hot function cost as much as a tenth of a whole `--jobs 2` run's CPU, and this thread is idle but
   * for writing.
   */
  localJob?: boolean;
}

const IN_FLIGHT_PER_WORKER = 2;
/** Past this many worker deaths, workers are not replaced (they may not even load); the main thread carries on. */
const MAX_RESPAWNS = 4;
// V8 grows each isolate's heap lazily: two unlimited workers peak at ~320 MB RSS on the corpus with under
// 30 MB live each. An 8 MB young generation and a 96 MB old-generation cap keep the process near 170-190 MB
// from a 5,000-file run to the whole corpus (2 workers). A document too big for the cap kills only
// its worker: the batch is then redone in the main thread, which has no cap.
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 96 };

interface Slot {
  /** null for this thread's own job (see PoolOptions.localJob). */
  worker: Worker | null;
  inFlight: Map<number, Task[]>;
  dead: boolean;
}

type Event =
  | { type: 'tasks'; tasks: Task[] }
  | { type: 'result'; result: BatchResult }
  | { type: 'crash'; slot: Slot; reason: string }
  | { type: 'orphan'; seq: number; tasks: Task[] }
  | { type: 'tick' };

export async function runPool(source: TaskSource, opts: PoolOptions, handle: (r: BatchResult) => Promise<void>): Promise<void> {
  const url = opts.workerUrl ?? new URL('./worker.js', import.meta.url);
  const cores = availableParallelism();
  tuneJitForWorkers(opts.jobs, cores);
  // (the run's last part starts no optimising compile, when the source knows how much is left: see LATE_RUN_PART)
  let lateStop = !!source.remaining && lateStopFor(jitSituation(opts.jobs, cores));
  let optimiserOff = false;
  let handedOut = 0;
  let finished = 0;
  /** Switches TurboFan off once the inputs not yet extracted (still to come, or handed out and not back) are under LATE_RUN_PART of those done. */
  const lateCheck = () => {
    const left = source.remaining!();
    if (left !== null && left + handedOut - finished < LATE_RUN_PART * finished) {
      lateStop = false;
      optimiserOff = true;
      setOptimising(false);
    }
  };
  const events: Event[] = [];
  let wake: (() => void) | null = null;
  const post = (e: Event) => {
    events.push(e);
    if (wake) { const w = wake; wake = null; w(); }
  };
  const nextEvent = async (): Promise<Event> => {
    while (!events.length) await new Promise<void>((r) => (wake = r));
    return events.shift()!;
  };

  const spawn = (): Slot => {
    const worker = new Worker(url, { workerData: opts.config, resourceLimits: WORKER_LIMITS });
    const slot: Slot = { worker, inFlight: new Map(), dead: false };
    worker.on('message', (result: BatchResult) => {
      slot.inFlight.delete(result.seq);
      post({ type: 'result', result });
    });
    let reason = 'worker stopped';
    worker.on('error', (e) => { reason = `worker crashed: ${e.message}`; });
    worker.on('exit', (code) => {
      if (reason === 'worker stopped') reason = `worker exited with code ${code}`;
      if (!slot.dead) post({ type: 'crash', slot, reason });
    });
    return slot;
  };
  const slots = Array.from({ length: opts.localJob ? opts.jobs - 1 : opts.jobs }, spawn);
  // This thread's own job: its batches wait here, in order, and are extracted when no answer or input waits.
  const local: Slot | null = opts.localJob ? { worker: null, inFlight: new Map(), dead: false } : null;
  if (local) slots.push(local);
  let runLocal: ((seq: number, tasks: Task[]) => BatchResult) | null = null;
  const localBatch = async (): Promise<BatchResult> => {
    const [seq, tasks] = local!.inFlight.entries().next().value as [number, Task[]];
    if (!runLocal) runLocal = await localRunner(opts.config);
    const result = runLocal(seq, tasks);
    local!.inFlight.delete(seq);
    return result;
  };

  const reorder = opts.ordered ? new ReorderBuffer<BatchResult>(opts.window) : null;
  let nextSeq = 0;
  let fetching = false;
  let sourceDone = false;
  const stopped = () => opts.stopped?.() ?? false;

  let respawns = 0;
  const freest = () => {
    let best: Slot | null = null;
    for (const s of slots) if (!best || s.inFlight.size < best.inFlight.size) best = s;
    return best;
  };
  const hasRoom = () => {
    const s = freest();
    return s ? s.inFlight.size < IN_FLIGHT_PER_WORKER : unhandled < IN_FLIGHT_PER_WORKER;
  };
  // Batches sent and not yet handled. A slot forgets a batch when its answer arrives (so a later crash does
  // not redo it), but the answer may still wait in the event queue: only this count says when all is done.
  let unhandled = 0;
  const dispatch = (tasks: Task[]) => {
    const seq = nextSeq++;
    unhandled++;
    handedOut += tasks.length;
    const slot = freest();
    if (slot) {
      slot.inFlight.set(seq, tasks);
      slot.worker?.postMessage({ seq, tasks });
    } else {
      post({ type: 'orphan', seq, tasks }); // no worker left: done in this thread
    }
  };
  const redo = async (seq: number, tasks: Task[], why: string) => {
    const { processBatch } = await import('./tasks.js');
    const redone = processBatch(seq, tasks, opts.config.task, null, opts.config.stats);
    if (why) redone.errors = redone.errors.map((e) => ({ ...e, reason: `${e.reason} (after ${why})` }));
    await deliver(redone);
  };
  const deliver = async (result: BatchResult) => {
    unhandled--;
    finished += result.ok + result.errors.length;
    if (lateStop) lateCheck();
    if (!reorder) return handle(result);
    reorder.put(result.seq, result);
    for (const r of reorder.drain()) await handle(r);
  };

  // An interrupt must not wait for input that may never come (an idle stdin).
  const ticker = opts.stopped ? setInterval(() => { if (stopped()) post({ type: 'tick' }); }, 200) : null;
  ticker?.unref();
  try {
    for (;;) {
      while (!fetching && !sourceDone && !stopped() && hasRoom() && (!reorder || reorder.accepts(nextSeq))) {
        const got = source.next(opts.batchSize);
        if (Array.isArray(got)) {
          if (got.length) dispatch(got);
          else sourceDone = true;
        } else {
          fetching = true;
          got.then(
            (tasks) => post({ type: 'tasks', tasks }),
            (e: Error) => post({ type: 'tasks', tasks: [{ kind: 'error', path: '-', reason: e.message }] }),
          );
        }
      }
      if (!fetching && !unhandled && (sourceDone || stopped())) break;
      if (local && local.inFlight.size && !events.length) {
        await deliver(await localBatch());
        // (the workers' answers and the input that came meanwhile are queued by the event loop: let them in)
        await new Promise<void>((r) => setImmediate(r));
        continue;
      }
      const ev = await nextEvent();
      if (ev.type === 'tasks') {
        fetching = false;
        if (ev.tasks.length) dispatch(ev.tasks);
        else sourceDone = true;
      } else if (ev.type === 'result') {
        await deliver(ev.result);
      } else if (ev.type === 'crash') {
        // A dead worker loses no input: its batches are redone here, where each failure is caught per task.
        const i = slots.indexOf(ev.slot);
        ev.slot.dead = true;
        const lost = [...ev.slot.inFlight];
        ev.slot.inFlight.clear();
        if (i >= 0) {
          if (!stopped() && respawns++ < MAX_RESPAWNS) slots[i] = spawn();
          else slots.splice(i, 1);
        }
        for (const [seq, tasks] of lost) await redo(seq, tasks, ev.reason);
      } else if (ev.type === 'orphan') {
        await redo(ev.seq, ev.tasks, '');
      }
      if (stopped()) break;
    }
  } finally {
    if (optimiserOff) setOptimising(true);
    if (ticker) clearInterval(ticker);
    for (const s of slots) s.dead = true;
    await Promise.all(slots.map((s) => s.worker?.terminate()));
  }
}

/**
 * Extraction in this thread as a worker does it (src/pipeline/worker.ts): the same warm-ups first, and the same
 * serialiser, so the batch's text is what a worker would have sent as bytes.
 */
async function localRunner(config: WorkerConfig): Promise<(seq: number, tasks: Task[]) => BatchResult> {
  const [{ processBatch }, { createWriter }, { warmUpInput }, { warmUpLocations }, { warmUpAgencies }, { warmUpOfficials }] = await Promise.all([
    import('./tasks.js'), import('../output/writers.js'), import('../input/document.js'), import('../extract/locations.js'),
    import('../extract/agencies.js'), import('../extract/foreign-officials.js'),
  ]);
  warmUpInput();
  warmUpLocations();
  warmUpAgencies();
  warmUpOfficials();
  const serialize = config.format === 'json' ? null : createWriter({ format: config.format, csvLayout: config.csvLayout }).record;
  return (seq, tasks) => processBatch(seq, tasks, config.task, serialize, config.stats);
}
