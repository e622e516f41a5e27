#!/usr/bin/env node
// Per-field extraction cost over corpus files, in one thread: where the time goes.
// Usage: node scripts/field-timings.mjs [DIR=/tmp/baomoi-2017] [N=3000]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../dist/index.js';

const dir = process.argv[2] ?? '/tmp/baomoi-2017';
const n = Number(process.argv[3] ?? 3000);
const files = readdirSync(dir).sort().slice(0, n);
const bufs = files.map((f) => readFileSync(join(dir, f)));
const bytes = bufs.reduce((a, b) => a + b.length, 0);
for (let i = 0; i < Math.min(200, bufs.length); i++) extract(bufs[i], { path: files[i] }); // warm-up
const timings = {};
const t0 = performance.now();
for (let i = 0; i < bufs.length; i++) extract(bufs[i], { path: files[i], timings });
const ms = performance.now() - t0;
console.log(`${bufs.length} docs, ${(bytes / 1e6).toFixed(1)} MB: ${ms.toFixed(0)} ms, ${(bufs.length / (ms / 1000)).toFixed(0)} docs/s, ${(ms / bufs.length).toFixed(3)} ms/doc`);
for (const [k, v] of Object.entries(timings).sort((a, b) => b[1] - a[1])) {
  console.log(`  ${k.padEnd(12)} ${(v / bufs.length).toFixed(4)} ms/doc  ${((100 * v) / ms).toFixed(1)}%`);
}
