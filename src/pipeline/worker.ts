// A worker thread: reads and extracts the tasks it is sent, and sends back serialised output, so the
// main thread only writes strings.
import { parentPort, workerData } from 'node:worker_threads';
import { warmUpAgencies } from '../extract/agencies.js';
import { warmUpOfficials } from '../extract/foreign-officials.js';
import { warmUpLocations } from '../extract/locations.js';
import { warmUpInput } from '../input/document.js';
import { createWriter } from '../output/writers.js';
import { processBatch, Utf8Batch, type Task } from './tasks.js';
import type { WorkerConfig } from './pool.js';

const config = workerData as WorkerConfig;
// ndjson and csv records serialise independently; the json array needs separators, so the main thread does it.
const serialize = config.format === 'json' ? null : createWriter({ format: config.format, csvLayout: config.csvLayout }).record;

// Encoded here, the output reaches the main thread (which shares the cores with the workers) as bytes it writes
// without encoding them.
const bytesOut = new Utf8Batch();

// A worker lives for a long run: the input cleaning and the locations, agencies and officials passes are walked through their
// rare branches before V8 optimises them.
warmUpInput();
warmUpLocations();
warmUpAgencies();
warmUpOfficials();

parentPort!.on('message', (msg: { seq: number; tasks: Task[] }) => {
  const result = processBatch(msg.seq, msg.tasks, config.task, serialize, config.stats, serialize ? bytesOut : undefined);
  // Copied, not transferred (~45 KB a batch): the first buffer detached in this thread would throw away the optimised
  // code of every function that reads a typed array (decoder, tokenizer, ...: ~20 recompiles a worker), and what is
  // compiled after checks for detached buffers.
  parentPort!.postMessage(result);
});
