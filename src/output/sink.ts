// Where output goes: stdout, or a file written atomically (temporary name, renamed when complete).
import { closeSync, constants, accessSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import type { Writable } from 'node:stream';

export interface Sink {
  write(chunk: string): Promise<void>;
  /** Finish: flush, and for a file rename the temporary file to its final name. */
  commit(): Promise<void>;
  /** Give up: for a file, remove the temporary file so nothing half-written remains. */
  abort(): void;
}

export class SinkError extends Error {}

/** stdout with backpressure; a closed pipe (`| head`) ends writing quietly. */
export function streamSink(stream: Writable): Sink & { closed: () => boolean } {
  let closed = false;
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') closed = true;
    else throw err;
  });
  return {
    closed: () => closed,
    write(chunk) {
      if (closed || !chunk) return Promise.resolve();
      return new Promise((resolve) => {
        const ok = stream.write(chunk);
        if (ok) resolve();
        else {
          const done = () => { stream.off('drain', done); stream.off('close', done); stream.off('error', done); resolve(); };
          stream.on('drain', done); stream.on('close', done); stream.on('error', done);
        }
      });
    },
    commit: () => Promise.resolve(),
    abort: () => {},
  };
}

/** A file sink: checks writability at once, writes to `.<name>.<pid>.tmp`, renames on commit. */
export function atomicFileSink(path: string): Sink {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  let fd: number;
  try {
    accessSync(dir, constants.W_OK);
    fd = openSync(tmp, 'w');
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'directory does not exist' : 'not writable';
    throw new SinkError(`cannot write --out ${path}: ${reason}`);
  }
  let open = true;
  return {
    write(chunk) {
      if (open && chunk) writeSync(fd, chunk);
      return Promise.resolve();
    },
    commit() {
      if (!open) return Promise.resolve();
      open = false;
      closeSync(fd);
      renameSync(tmp, path);
      return Promise.resolve();
    },
    abort() {
      if (!open) return;
      open = false;
      try { closeSync(fd); } catch { /* already closed */ }
      rmSync(tmp, { force: true });
    },
  };
}
