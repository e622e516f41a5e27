// Where tasks come from: the lazy stream of input paths, or the lines of ndjson inputs. Pulled in
// batches, so memory holds a batch, never the corpus.
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { describeFsError, type InputItem, type InputTally } from './inputs.js';
import type { Task } from './tasks.js';

export interface TaskSource {
  /**
   * Up to `max` tasks; an empty array means the source is done. Synchronous when tasks are at hand,
   * a promise when it has to wait for input; it never waits to fill a batch once it has one task.
   */
  next(max: number): Task[] | Promise<Task[]>;
  /** Stop reading (an interrupt, a closed stdout): an open stdin would keep the process alive. */
  close?(): void;
  /** How many tasks are still to come, when the source knows it; null when not (yet). */
  remaining?(): number | null;
}

/** Paths from expandInputs (a lazy generator): each batch is pulled on demand. `tally` is the expansion's (see InputTally). */
export function itemSource(items: Iterator<InputItem>, tally?: InputTally): TaskSource {
  let done = false;
  return {
    remaining: () => (done ? 0 : tally && tally.open === 0 ? tally.left : null),
    next(max) {
      const out: Task[] = [];
      while (!done && out.length < max) {
        const r = items.next();
        if (r.done) done = true;
        else out.push(r.value);
      }
      return out;
    },
  };
}

/** Lines of ndjson from one stream; blank lines are skipped. The stream is read only as fast as batches are taken. */
function streamLines(stream: Readable, name: string): TaskSource & { close(): void } {
  const chunks = stream.setEncoding('utf8')[Symbol.asyncIterator]() as AsyncIterator<string>;
  let pending: Task[] = [];
  let carry = '';
  let lineNo = 0;
  let ended = false;

  const split = (text: string, final: boolean) => {
    let from = 0;
    for (;;) {
      const nl = text.indexOf('\n', from);
      if (nl < 0) break;
      push(text.slice(from, nl));
      from = nl + 1;
    }
    carry = text.slice(from);
    if (final && carry) { push(carry); carry = ''; }
  };
  const push = (raw: string) => {
    lineNo++;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim()) pending.push({ kind: 'line', where: `${name}:${lineNo}`, source: name, line });
  };
  const take = (max: number): Task[] => {
    if (pending.length <= max) { const out = pending; pending = []; return out; }
    return pending.splice(0, max);
  };
  const fill = async (max: number): Promise<Task[]> => {
    while (!pending.length && !ended) {
      let r: IteratorResult<string>;
      try {
        r = await chunks.next();
      } catch (e) {
        ended = true;
        return [{ kind: 'error', path: name, reason: describeFsError(e) }];
      }
      if (r.done) { ended = true; split(carry, true); }
      else split(carry + r.value, false);
    }
    return take(max);
  };
  return { next: (max) => (pending.length ? take(max) : fill(max)), close: () => { stream.destroy(); } };
}

/** ndjson lines from each path in turn ("-" is stdin); a file that cannot be opened becomes one error task. */
export function ndjsonSource(paths: string[], stdin: Readable = process.stdin): TaskSource {
  let i = 0;
  let current: (TaskSource & { close(): void }) | null = null;
  const advance = async (max: number): Promise<Task[]> => {
    for (;;) {
      if (!current) {
        if (i >= paths.length) return [];
        const p = paths[i++];
        if (p === '-') current = streamLines(stdin, '-');
        else {
          const opened = await openStream(p);
          if ('error' in opened) return [{ kind: 'error', path: p, reason: describeFsError(opened.error) }];
          current = streamLines(opened.stream, p);
        }
      }
      const got = await current.next(max);
      if (got.length) return got;
      current = null;
    }
  };
  return {
    close() {
      current?.close();
      i = paths.length;
    },
    next(max) {
      if (!current) return advance(max);
      const got = current.next(max);
      if (!Array.isArray(got)) return got.then((g) => (g.length ? g : ((current = null), advance(max))));
      if (got.length) return got;
      current = null;
      return advance(max);
    },
  };
}

function openStream(path: string): Promise<{ stream: Readable } | { error: unknown }> {
  return new Promise((resolve) => {
    const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
    stream.once('open', () => resolve({ stream }));
    stream.once('error', (error) => resolve({ error }));
  });
}
