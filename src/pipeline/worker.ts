// A worker thread: reads and extracts the tasks it is sent, and sends back serialised output, so the
// main thread only writes strings.
import { parentPort, workerData } from 'node:worker_threads';
import { warmUpLocations } from '../extract/locations.js';
import { createWriter } from '../output/writers.js';
import { processBatch, type Task } from './tasks.js';
import type { WorkerConfig } from './pool.js';

const config = workerData as WorkerConfig;
// ndjson and csv records serialise independently; the json array needs separators, so the main thread does it.
const serialize = config.format === 'json' ? null : createWriter({ format: config.format, csvLayout: config.csvLayout }).record;

const utf8 = new TextEncoder();

// A worker lives for a long run: the locations pass is walked through its rare branches before V8 optimises it.
warmUpLocations();

parentPort!.on('message', (msg: { seq: number; tasks: Task[] }) => {
  const result = processBatch(msg.seq, msg.tasks, config.task, serialize, config.stats);
  if (!result.text) {
    parentPort!.postMessage(result);
    return;
  }
  // Encoded here, the output is transferred, not cloned, and the main thread (which shares the cores
  // with the workers) writes it without encoding it. TextEncoder gives a buffer of its own (never pooled).
  const data = utf8.encode(result.text);
  result.data = data;
  result.text = '';
  parentPort!.postMessage(result, [data.buffer as ArrayBuffer]);
});
