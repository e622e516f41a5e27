// One unit of work (a file, stdin, or an ndjson line) → a record. Shared by the in-process path and the workers.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { extract } from '../extract/index.js';
import type { LegacyOption } from '../input/decode.js';
import { readBounded, refusalReason, TooLargeError, type InputFormatOption } from '../input/load.js';
import type { DocumentRecord } from '../record/schema.js';
import { InputError } from './errors.js';
import { describeFsError, type InputItem } from './inputs.js';

/** A line of `--input-format ndjson`: `where` names it in errors (`file:line`), `source` is the file or "-". */
export interface LineTask {
  kind: 'line';
  where: string;
  source: string;
  line: string;
}

export type Task = InputItem | LineTask;

export interface TaskOptions {
  inputFormat: InputFormatOption;
  includeText: boolean;
  /** Record id for a single input (from --id). */
  id?: string;
  /** Refuse inputs larger than this many bytes. */
  maxBytes: number;
  /** Convert legacy TCVN3/VNI inputs (--legacy-encoding). */
  legacyEncoding?: LegacyOption;
}

function tooBig(path: string, size: number, maxBytes: number): InputError {
  return new InputError(path, `file is ${size} bytes, over --max-bytes ${maxBytes}`);
}

/** Reads a file, checking its size first so a huge file is refused without being loaded. */
export function readInput(item: InputItem, maxBytes: number): Uint8Array {
  if (item.kind === 'error') throw new InputError(item.path, item.reason);
  if (item.kind === 'stdin') {
    let bytes: Buffer;
    try {
      bytes = readBounded(0, maxBytes) as Buffer;
    } catch (e) {
      if (e instanceof TooLargeError) throw new InputError(item.path, `stdin is over --max-bytes ${maxBytes}; not read further`);
      throw new InputError(item.path, describeFsError(e));
    }
    if (bytes.length > maxBytes) throw tooBig(item.path, bytes.length, maxBytes);
    return bytes;
  }
  let fd: number;
  try {
    fd = openSync(item.path, 'r');
  } catch (e) {
    throw new InputError(item.path, describeFsError(e));
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new InputError(item.path, 'is a directory');
    if (st.size > maxBytes) throw tooBig(item.path, st.size, maxBytes);
    // Pipes and /dev/fd/N report no size: read them to the end (and check the size after).
    if (!st.isFile()) {
      try {
        return readBounded(fd, maxBytes);
      } catch (e) {
        if (e instanceof TooLargeError) throw new InputError(item.path, `over --max-bytes ${maxBytes}; not read further`);
        throw e;
      }
    }
    // A regular file is read at the size fstat gave (readFileSync would fstat it again).
    const bytes = Buffer.allocUnsafe(st.size);
    let got = 0;
    while (got < st.size) {
      const n = readSync(fd, bytes, got, st.size - got, got);
      if (n === 0) break;
      got += n;
    }
    return got < st.size ? bytes.subarray(0, got) : bytes;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(item.path, describeFsError(e));
  } finally {
    closeSync(fd);
  }
}

function fromLine(task: LineTask, opts: TaskOptions): DocumentRecord {
  if (task.line.length > opts.maxBytes) throw tooBig(task.where, task.line.length, opts.maxBytes);
  let obj: unknown;
  try {
    obj = JSON.parse(task.line);
  } catch {
    throw new InputError(task.where, 'not a JSON line');
  }
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw new InputError(task.where, 'expected a JSON object with "id" and "text" or "html"');
  const { id, text, html } = obj as { id?: unknown; text?: unknown; html?: unknown };
  if ((typeof id !== 'string' && typeof id !== 'number') || id === '') throw new InputError(task.where, 'line has no "id"');
  const body = typeof text === 'string' ? text : typeof html === 'string' ? html : null;
  if (body === null) throw new InputError(task.where, 'line has no "text" or "html" string');
  return extract(body, {
    id: String(id),
    path: task.source,
    inputFormat: typeof text === 'string' ? 'text' : 'html',
    includeText: opts.includeText,
    legacyEncoding: opts.legacyEncoding,
  });
}

/**
 * Extracts one task; every failure becomes an InputError naming the input, never a crash. `read` is the
 * file's bytes (or the error reading it gave) when they were read ahead.
 */
export function processTask(task: Task, opts: TaskOptions, read?: Uint8Array | InputError): DocumentRecord {
  if (task.kind === 'line') {
    try {
      return fromLine(task, opts);
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError(task.where, `extraction failed: ${(e as Error).message}`);
    }
  }
  if (read instanceof InputError) throw read;
  const bytes = read ?? readInput(task, opts.maxBytes);
  const refused = refusalReason(bytes);
  if (refused) throw new InputError(task.path, refused);
  try {
    return extract(bytes, {
      path: task.path, inputFormat: opts.inputFormat, includeText: opts.includeText, id: opts.id, legacyEncoding: opts.legacyEncoding,
    });
  } catch (e) {
    throw new InputError(task.path, `extraction failed: ${(e as Error).message}`);
  }
}

/** What a batch of tasks gave: records already serialised (or as objects for the json array), and failures. */
export interface BatchResult {
  seq: number;
  /** The batch's output, records in task order, when a serialiser was given. */
  text: string;
  /** `text` as UTF-8, when a worker sends it: the main thread writes the bytes as they are. */
  data?: Uint8Array;
  /** The records themselves, when no serialiser was given. */
  records?: DocumentRecord[];
  errors: { path: string; reason: string }[];
  ok: number;
  bytes: number;
  /** Per-document ms, only when stats are on. */
  latencies?: number[];
}

/**
 * A batch's output encoded record by record into one reused buffer: a worker sends bytes, and a string of
 * 64 records built by + would be flattened (copied) whole before encoding. ~2 µs a document less.
 */
export class Utf8Batch {
  private buf = new Uint8Array(1 << 17);
  private used = 0;
  private readonly encoder = new TextEncoder();

  add(text: string): void {
    // a UTF-16 unit takes at most 3 bytes
    if (this.buf.length - this.used < text.length * 3) {
      const grown = new Uint8Array(Math.max(this.buf.length * 2, this.used + text.length * 3));
      grown.set(this.buf.subarray(0, this.used));
      this.buf = grown;
    }
    this.used += this.encoder.encodeInto(text, this.buf.subarray(this.used)).written;
  }

  /** The bytes added since the last take, in a buffer of their own (only they are sent), or undefined for none. */
  take(): Uint8Array | undefined {
    if (!this.used) return undefined;
    const bytes = this.buf.slice(0, this.used);
    this.used = 0;
    return bytes;
  }
}

/** A batch stops reading ahead once it holds this many bytes; the rest of its files are read at their turn. */
export const READ_AHEAD_BYTES = 4 << 20;

/**
 * The batch's files read one after another before any is extracted (each with the same limit and the same
 * errors as at its turn): the kernel's open and read paths stay warm in the caches, and the extractors' code
 * and tables are not evicted by them between documents (in-process CPU over 4,000 corpus files: reading
 * ~35 -> ~11 µs a document). A failed read keeps its InputError for the task's turn, so errors come in task
 * order as before. Stdin and ndjson lines are read at their turn.
 */
function readAhead(tasks: Task[], maxBytes: number, readMs: number[] | undefined): (Uint8Array | InputError | undefined)[] {
  const read = new Array<Uint8Array | InputError | undefined>(tasks.length);
  let held = 0;
  for (let i = 0; i < tasks.length && held < READ_AHEAD_BYTES; i++) {
    const task = tasks[i];
    if (task.kind !== 'file') continue;
    const t0 = readMs ? performance.now() : 0;
    try {
      const bytes = readInput(task, maxBytes);
      held += bytes.byteLength;
      read[i] = bytes;
    } catch (e) {
      read[i] = e instanceof InputError ? e : new InputError(task.path, describeFsError(e));
    }
    if (readMs) readMs[i] = performance.now() - t0;
  }
  return read;
}

export function processBatch(
  seq: number,
  tasks: Task[],
  opts: TaskOptions,
  serialize: ((r: DocumentRecord) => string) | null,
  withLatencies = false,
  /** With a serialiser: the output goes here, and into `data`, instead of `text`. */
  bytesOut?: Utf8Batch,
): BatchResult {
  const result: BatchResult = { seq, text: '', errors: [], ok: 0, bytes: 0 };
  if (!serialize) result.records = [];
  if (withLatencies) result.latencies = [];
  const readMs = withLatencies ? new Array<number>(tasks.length).fill(0) : undefined;
  const read = readAhead(tasks, opts.maxBytes, readMs);
  for (let i = 0; i < tasks.length; i++) {
    const task = tasks[i];
    const t0 = withLatencies ? performance.now() - readMs![i] : 0;
    try {
      const bytes = read[i];
      read[i] = undefined; // (each file's bytes go with its turn)
      const record = processTask(task, opts, bytes);
      if (!serialize) result.records!.push(record);
      else if (bytesOut) bytesOut.add(serialize(record));
      else result.text += serialize(record);
      result.ok++;
      result.bytes += record.source.bytes;
    } catch (e) {
      const err = e instanceof InputError ? e : new InputError(task.kind === 'line' ? task.where : task.path, `extraction failed: ${(e as Error).message}`);
      result.errors.push({ path: err.path, reason: err.reason });
    }
    if (withLatencies) result.latencies!.push(performance.now() - t0);
  }
  if (bytesOut) result.data = bytesOut.take();
  return result;
}
