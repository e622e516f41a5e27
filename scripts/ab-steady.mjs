#!/usr/bin/env node
// Steady-state cost of two builds, side by side in one process: both warmed on the same files, then run in
// alternating chunks of 100 documents, so a loaded machine slows both alike (back-to-back runs on a shared host
// differ by 20-50 % from one minute to the next; chunks 100 documents apart do not). It measures optimised code
// only: warm-up and compile cost show in whole `--jobs 2` runs and in scripts/jit-trace.mjs.
// Usage: node scripts/ab-steady.mjs BUILD_A BUILD_B [DIR=/tmp/baomoi-2017] [N=3000] [ROUNDS=3]
//   (a build is a checkout with dist/ built; B/A < 1 means B is faster)
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [buildA, buildB, dir = '/tmp/baomoi-2017', nArg = '3000', roundsArg = '3'] = process.argv.slice(2);
if (!buildA || !buildB) {
  console.error('usage: node scripts/ab-steady.mjs BUILD_A BUILD_B [DIR] [N] [ROUNDS]');
  process.exit(2);
}
const load = async (build) => (await import(pathToFileURL(join(resolve(build), 'dist/index.js')).href)).extract;
const builds = [
  { name: 'A', extract: await load(buildA), timings: {}, ms: 0 },
  { name: 'B', extract: await load(buildB), timings: {}, ms: 0 },
];
const files = readdirSync(dir).filter((f) => /\.(txt|html?)$/.test(f)).sort().slice(0, Number(nArg));
const bufs = files.map((f) => readFileSync(join(dir, f)));
const run = (b, from, to, timings) => {
  for (let i = from; i < to; i++) JSON.stringify(b.extract(bufs[i], { path: files[i], timings }));
};
// two warm passes each: later passes run optimised code only
for (let pass = 0; pass < 2; pass++) for (const b of builds) run(b, 0, bufs.length);
const CHUNK = 100;
const rounds = Number(roundsArg);
for (let r = 0; r < rounds; r++) {
  for (let c = 0; c < bufs.length; c += CHUNK) {
    // which build goes first alternates, so neither always meets the other's cache leftovers
    const order = (c / CHUNK + r) % 2 ? builds : [builds[1], builds[0]];
    for (const b of order) {
      const t0 = performance.now();
      run(b, c, Math.min(c + CHUNK, bufs.length), b.timings);
      b.ms += performance.now() - t0;
    }
  }
}
const docs = rounds * bufs.length;
const [a, b] = builds;
const per = (ms) => (ms / docs).toFixed(4);
console.log(`${bufs.length} docs x ${rounds}: A ${per(a.ms)} ms/doc, B ${per(b.ms)} ms/doc, B/A ${(b.ms / a.ms).toFixed(3)} (serialisation included)`);
for (const k of Object.keys(a.timings).sort((x, y) => a.timings[y] - a.timings[x])) {
  console.log(`  ${k.padEnd(12)} A ${per(a.timings[k])}  B ${per(b.timings[k] ?? 0)}  B/A ${((b.timings[k] ?? 0) / a.timings[k]).toFixed(3)}`);
}
