#!/usr/bin/env node
// Whole records from a dist build over corpus docs: saves or compares them (every field, every span),
// and times each field inside the pipeline, best of N rounds (the box is shared; one pass is noisy).
// A speed-up is checked to change nothing by saving with the old build and comparing with the new.
// Usage: node scripts/extract-equivalence.mjs [--dist DIR=dist] [--corpus DIR=/tmp/baomoi-2017]
//          [--n 5000] [--first] [--save FILE | --compare FILE [--ignore field,field]] [--rounds 5]
// --ignore skips record fields another change is expected to move (e.g. locations while it is being worked on).
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
const { extract } = await load('index.js');
const { documentFromBytes } = await load('input/load.js');
const { createContext } = await load('extract/context.js');
const { extractMeta } = await load('extract/meta.js');
const { extractDates, pickEventDate } = await load('extract/dates.js');
const { extractAgencies } = await load('extract/agencies.js');
const { extractLocations } = await load('extract/locations.js');
const { extractOfficials } = await load('extract/officials.js');
const { extractInitiatives } = await load('extract/initiatives.js');

// An even spread over the corpus, not just its first files (--first: the first n, as field-timings reads).
const all = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort();
const step = args.includes('--first') ? 1 : Math.max(1, Math.floor(all.length / n));
const files = all.filter((_, i) => i % step === 0).slice(0, n);
const bufs = files.map((f) => readFileSync(join(corpus, f)));

// The records, as the library returns them (also the warm-up).
const records = bufs.map((b, i) => extract(b, { path: files[i] }));

// Per-field time in pipeline order: documents are decoded up front, the context is timed as its own field.
const docs = bufs.map((b, i) => documentFromBytes(b, files[i], 'auto', {}));
const fields = ['context', 'meta', 'dates', 'agencies', 'locations', 'officials', 'initiatives'];
const best = Object.fromEntries(fields.map((f) => [f, Infinity]));
let bestTotal = Infinity;
for (let r = 0; r < rounds; r++) {
  const sum = Object.fromEntries(fields.map((f) => [f, 0]));
  for (const doc of docs) {
    let t = performance.now(), u;
    const ctx = createContext(doc);
    u = performance.now(); sum.context += u - t; t = u;
    const meta = extractMeta(ctx);
    ctx.bodyStart = meta.bodyStart;
    ctx.publishedAt = meta.publishedAt;
    u = performance.now(); sum.meta += u - t; t = u;
    pickEventDate(ctx, extractDates(ctx));
    u = performance.now(); sum.dates += u - t; t = u;
    extractAgencies(ctx);
    u = performance.now(); sum.agencies += u - t; t = u;
    extractLocations(ctx);
    u = performance.now(); sum.locations += u - t; t = u;
    extractOfficials(ctx);
    u = performance.now(); sum.officials += u - t; t = u;
    extractInitiatives(ctx);
    u = performance.now(); sum.initiatives += u - t;
  }
  for (const f of fields) best[f] = Math.min(best[f], sum[f]);
  bestTotal = Math.min(bestTotal, fields.reduce((a, f) => a + sum[f], 0));
}
const per = (ms) => (ms / docs.length).toFixed(4);
console.log(`${docs.length} docs, best of ${rounds} rounds (ms/doc):`);
for (const f of fields) console.log(`  ${f.padEnd(12)} ${per(best[f])}`);
console.log(`  ${'ctx+ag+off'.padEnd(12)} ${per(best.context + best.agencies + best.officials)}`);
console.log(`  ${'all fields'.padEnd(12)} ${per(bestTotal)}`);

const json = JSON.stringify(records.map((rec, i) => ({ file: files[i], rec })));
const save = opt('save');
const compare = opt('compare');
if (save) writeFileSync(save, json);
if (compare) {
  const want = JSON.parse(readFileSync(compare, 'utf8'));
  const got = JSON.parse(json);
  const ignore = new Set((opt('ignore') ?? '').split(',').filter(Boolean));
  for (const rows of [want, got]) for (const row of rows) for (const k of ignore) delete row.rec[k];
  let diff = 0;
  for (let i = 0; i < want.length; i++) {
    const a = want[i].rec, b = got[i]?.rec;
    if (want[i].file !== got[i]?.file) { diff++; console.log(`DIFF file order ${want[i].file} ${got[i]?.file}`); continue; }
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    if (diff++ < 5) {
      const keys = Object.keys(a).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
      for (const k of keys) console.log(`DIFF ${want[i].file} .${k}\n  want ${JSON.stringify(a[k]).slice(0, 600)}\n  got  ${JSON.stringify(b[k]).slice(0, 600)}`);
    }
  }
  const what = ignore.size ? `records but ${[...ignore].join(', ')}` : 'whole records';
  console.log(diff ? `${diff} docs differ` : `identical on ${want.length} docs (${what})`);
  process.exitCode = diff ? 1 : 0;
}
