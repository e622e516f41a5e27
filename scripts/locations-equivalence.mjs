#!/usr/bin/env node
// Runs only extractLocations over corpus docs: times it and saves or compares its output, so a
// speed-up can be checked to change nothing. Contexts are built up front; only locations is timed.
// Usage: node scripts/locations-equivalence.mjs [--dist DIR=dist] [--corpus DIR=/tmp/baomoi-2017]
//          [--n 5000] [--first] [--save FILE | --compare FILE] [--rounds 5]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const dist = resolve(opt('dist', 'dist'));
const corpus = opt('corpus', '/tmp/baomoi-2017');
const n = Number(opt('n', 5000));
const rounds = Number(opt('rounds', 5));
const load = (p) => import(pathToFileURL(join(dist, p)).href);
const { documentFromBytes } = await load('input/load.js');
const { createContext } = await load('extract/context.js');
const { extractMeta } = await load('extract/meta.js');
const { extractLocations } = await load('extract/locations.js');

// An even spread over the corpus, not just its first files (--first: the first n, as field-timings reads).
const all = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort();
const step = args.includes('--first') ? 1 : Math.max(1, Math.floor(all.length / n));
const files = all.filter((_, i) => i % step === 0).slice(0, n);
const contexts = files.map((f) => {
  const doc = documentFromBytes(readFileSync(join(corpus, f)), f, 'auto', {});
  const ctx = createContext(doc);
  const meta = extractMeta(ctx);
  ctx.bodyStart = meta.bodyStart;
  ctx.publishedAt = meta.publishedAt;
  return ctx;
});

const outputs = contexts.map((ctx) => extractLocations(ctx)); // also the warm-up
let best = Infinity;
for (let r = 0; r < rounds; r++) {
  const t0 = performance.now();
  for (const ctx of contexts) extractLocations(ctx);
  best = Math.min(best, performance.now() - t0);
}
console.log(`${contexts.length} docs: locations ${(best / contexts.length).toFixed(4)} ms/doc (best of ${rounds})`);

const json = JSON.stringify(outputs.map((locs, i) => ({ file: files[i], locs })));
const save = opt('save');
const compare = opt('compare');
if (save) writeFileSync(save, json);
if (compare) {
  const want = JSON.parse(readFileSync(compare, 'utf8'));
  const got = JSON.parse(json);
  let diff = 0;
  for (let i = 0; i < want.length; i++) {
    if (JSON.stringify(want[i]) !== JSON.stringify(got[i])) {
      if (diff++ < 5) console.log(`DIFF ${want[i].file}\n  want ${JSON.stringify(want[i].locs)}\n  got  ${JSON.stringify(got[i].locs)}`);
    }
  }
  console.log(diff ? `${diff} docs differ` : `identical on ${want.length} docs`);
  process.exitCode = diff ? 1 : 0;
}
