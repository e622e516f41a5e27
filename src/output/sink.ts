// Where output goes: stdout, or a file written atomically (temporary name, renamed when complete).
import { closeSync, constants, accessSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import type { Writable } from 'node:stream';

export interface Sink {
  /** Text, or text already encoded as UTF-8 (from a worker thread). */
  write(chunk: string | Uint8Array): Promise<void>;
  /** Finish: flush, and for a file rename the temporary file to its final name. */
  commit(): Promise<void>;
  /** Give up: for a file, remove the temporary file so nothing half-written remains. */
  abort(): void;
}

export class SinkError extends Error {}

// A batch that never waits would starve the event loop, and SIGINT/SIGTERM handlers would
// only run after the last record; so writers give the loop a turn every few milliseconds.
const YIELD_EVERY_MS = 25;
function yielder(): () => Promise<void> | undefined {
  let last = performance.now();
  return () => {
    const now = performance.now();
    if (now - last < YIELD_EVERY_MS) return undefined;
    last = now;
    return new Promise((resolve) => setImmediate(resolve));
  };
}

/** stdout with backpressure; a closed pipe (`| head`) ends writing quietly. */
export function streamSink(stream: Writable): Sink & { closed: () => boolean } {
  let closed = false;
  const maybeYield = yielder();
  // Any stream error (EPIPE from `| head`, a full disk) ends writing; it must not surface as a trace.
  stream.on('error', () => { closed = true; });
  return {
    closed: () => closed,
    write(chunk) {
      if (closed || !chunk) return Promise.resolve();
      const ok = stream.write(chunk);
      if (ok) return maybeYield() ?? Promise.resolve();
      return new Promise((resolve) => {
        const done = () => { stream.off('drain', done); stream.off('close', done); stream.off('error', done); resolve(); };
        stream.on('drain', done); stream.on('close', done); stream.on('error', done);
      });
    },
    commit: () => Promise.resolve(),
    abort: () => {},
  };
}

function describeOutError(e: unknown): string {
  switch ((e as NodeJS.ErrnoException).code) {
    case 'ENOENT': return 'directory does not exist';
    case 'ENOTDIR': return 'a parent of it is not a directory';
    case 'EACCES': case 'EPERM': case 'EROFS': return 'not writable';
    case 'EISDIR': return 'is a directory';
    default: return (e as Error).message;
  }
}

const FLUSH_BYTES = 1 << 16;

/** writeSync may write part of a buffer (a full disk); go on until all is written or it throws. */
function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.byteLength; ) {
    const n = writeSync(fd, bytes, done, bytes.byteLength - done);
    if (n <= 0) throw new Error(`write returned ${n}`);
    done += n;
  }
}

/**
 * A file sink: checks writability at once, writes to `.<name>.<pid>.tmp` beside the target and
 * renames on commit. If the process dies before commit (abort, signal, crash), the temporary file
 * is removed on exit, so the final name only ever holds a complete output.
 * A target that exists and is not a regular file (`/dev/null`, a FIFO, a terminal) is written in
 * place: renaming over it would replace the device with a plain file.
 */
export function atomicFileSink(path: string): Sink {
  const dir = dirname(path);
  let inPlace = false;
  let tmp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  let fd: number;
  try {
    // Inside the try: a path under a regular file throws ENOTDIR here, a user error like any other.
    const existing = statSync(path, { throwIfNoEntry: false });
    if (existing !== undefined && !existing.isFile() && !existing.isDirectory()) { inPlace = true; tmp = path; }
    if (existing?.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (!inPlace) accessSync(dir, constants.W_OK);
    fd = openSync(tmp, 'w');
  } catch (e) {
    throw new SinkError(`cannot write --out ${path}: ${describeOutError(e)}`);
  }
  let open = true;
  let pending: (string | Uint8Array)[] = [];
  let pendingBytes = 0;
  let pendingAllText = true;
  const maybeYield = yielder();
  const flush = () => {
    if (!pending.length) return;
    if (pendingAllText) writeSync(fd, pending.join(''));
    else writeAll(fd, Buffer.concat(pending.map((c) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : c))));
    pending = [];
    pendingBytes = 0;
    pendingAllText = true;
  };
  const cleanup = () => {
    if (!open) return;
    open = false;
    try { closeSync(fd); } catch { /* already closed */ }
    if (!inPlace) rmSync(tmp, { force: true });
  };
  process.once('exit', cleanup);
  return {
    write(chunk) {
      if (!open || !chunk) return Promise.resolve();
      pending.push(chunk);
      if (typeof chunk === 'string') pendingBytes += chunk.length;
      else { pendingBytes += chunk.byteLength; pendingAllText = false; }
      if (pendingBytes >= FLUSH_BYTES) flush();
      return maybeYield() ?? Promise.resolve();
    },
    commit() {
      if (!open) return Promise.resolve();
      flush();
      if (inPlace) {
        closeSync(fd);
        open = false;
        process.off('exit', cleanup);
        return Promise.resolve();
      }
      fsyncSync(fd);
      closeSync(fd);
      open = false;
      process.off('exit', cleanup);
      try {
        renameSync(tmp, path);
      } catch (e) {
        rmSync(tmp, { force: true });
        throw new SinkError(`cannot write --out ${path}: ${describeOutError(e)}`);
      }
      return Promise.resolve();
    },
    abort() {
      cleanup();
      process.off('exit', cleanup);
    },
  };
}
