#!/usr/bin/env node
// One pool worker's work in this thread, for instruction counts: the warm-ups a worker runs, then the first N files of
// DIR (sorted) read, extracted and serialised as ndjson, as processBatch does. Run it under valgrind with a worker's V8
// flags and --single-threaded (compiles are then synchronous, so TurboFan's work is counted with the rest):
//   valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
//     node --single-threaded --interrupt-budget=600000 --regexp-tier-up-ticks=0 [V8 FLAGS] scripts/worker-like.mjs BUILD DIR N
// It prints the output's length and a checksum, so two builds or flag sets can be told to give the same records.
// (Round 41: the first 6,000 corpus files, about 27.1 G instructions; 8–20 minutes of wall time on a loaded 2-core host.)
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [buildArg = '.', dir = '/tmp/baomoi-2017', nArg = '6000'] = process.argv.slice(2);
const dist = (p) => pathToFileURL(join(resolve(buildArg), 'dist', p)).href;
const { warmUpInput } = await import(dist('input/document.js'));
const { warmUpLocations } = await import(dist('extract/locations.js'));
const { warmUpAgencies } = await import(dist('extract/agencies.js'));
const { warmUpOfficials } = await import(dist('extract/foreign-officials.js'));
const { createWriter } = await import(dist('output/writers.js'));
const { extract } = await import(dist('index.js'));
warmUpInput();
warmUpLocations();
warmUpAgencies();
warmUpOfficials();
const serialize = createWriter({ format: 'ndjson' }).record;
const files = readdirSync(dir).filter((f) => /\.(txt|html?)$/.test(f)).sort().slice(0, Number(nArg));
let chars = 0;
let sum = 0;
for (const f of files) {
  const line = serialize(extract(readFileSync(join(dir, f)), { path: join(dir, f) }));
  chars += line.length;
  for (let i = 0; i < line.length; i += 7) sum = (Math.imul(sum, 31) + line.charCodeAt(i)) | 0;
}
console.log(`${files.length} files, output ${chars} chars, checksum ${sum}`);
