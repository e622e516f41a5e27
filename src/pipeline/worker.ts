// A worker thread: reads and extracts the tasks it is sent, and sends back serialised output, so the
// main thread only writes strings.
import { parentPort, workerData } from 'node:worker_threads';
import { createWriter } from '../output/writers.js';
import { processBatch, type Task } from './tasks.js';
import type { WorkerConfig } from './pool.js';

const config = workerData as WorkerConfig;
// ndjson and csv records serialise independently; the json array needs separators, so the main thread does it.
const serialize = config.format === 'json' ? null : createWriter({ format: config.format, csvLayout: config.csvLayout }).record;

parentPort!.on('message', (msg: { seq: number; tasks: Task[] }) => {
  parentPort!.postMessage(processBatch(msg.seq, msg.tasks, config.task, serialize, config.stats));
});
