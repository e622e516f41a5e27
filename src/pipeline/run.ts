// A batch run: expand inputs, extract each, stream records to the sink, report failures, count.
import { readFileSync } from 'node:fs';
import { extract, type ExtractOptions } from '../extract/index.js';
import type { InputFormatOption } from '../input/load.js';
import type { RecordWriter } from '../output/writers.js';
import type { Sink } from '../output/sink.js';
import { InputError } from './errors.js';
import { describeFsError, type InputItem } from './inputs.js';

export interface BatchOptions {
  inputFormat: InputFormatOption;
  includeText: boolean;
  /** Record id for a single input (from --id). */
  id?: string;
  /** Refuse files larger than this many bytes. */
  maxBytes: number;
}

export interface BatchSummary {
  ok: number;
  failed: number;
  ms: number;
}

export interface BatchHooks {
  onError(err: InputError): void;
  /** Called after each input, for progress. */
  onProgress?(done: number, bytes: number): void;
  /** Set by a signal handler: stop taking new inputs. */
  stopped?(): boolean;
}

export function readInput(item: InputItem, maxBytes: number): Uint8Array {
  if (item.kind === 'error') throw new InputError(item.path, item.reason);
  let bytes: Buffer;
  try {
    bytes = item.kind === 'stdin' ? readFileSync(0) : readFileSync(item.path);
  } catch (e) {
    throw new InputError(item.path, describeFsError(e));
  }
  if (bytes.length > maxBytes) {
    throw new InputError(item.path, `file is ${bytes.length} bytes, over --max-bytes ${maxBytes}`);
  }
  return bytes;
}

export function extractItem(item: InputItem, opts: BatchOptions): ReturnType<typeof extract> {
  const bytes = readInput(item, opts.maxBytes);
  const extractOptions: ExtractOptions = {
    path: item.path,
    inputFormat: opts.inputFormat,
    includeText: opts.includeText,
    id: opts.id,
  };
  try {
    return extract(bytes, extractOptions);
  } catch (e) {
    throw new InputError(item.path, `extraction failed: ${(e as Error).message}`);
  }
}

/** Sequential run; records are written in input order as soon as each is ready. */
export async function runBatch(
  items: Iterable<InputItem>,
  opts: BatchOptions,
  writer: RecordWriter,
  sink: Sink,
  hooks: BatchHooks,
): Promise<BatchSummary> {
  const t0 = performance.now();
  let ok = 0;
  let failed = 0;
  let bytes = 0;
  await sink.write(writer.start());
  for (const item of items) {
    if (hooks.stopped?.()) break;
    try {
      const record = extractItem(item, opts);
      bytes += record.source.bytes;
      await sink.write(writer.record(record));
      ok++;
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      failed++;
      hooks.onError(e);
    }
    hooks.onProgress?.(ok + failed, bytes);
  }
  await sink.write(writer.end());
  return { ok, failed, ms: performance.now() - t0 };
}
