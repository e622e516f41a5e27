#!/usr/bin/env node
// Batch benchmark (npm run bench): the CLI over the whole baomoi-2017 corpus with --jobs 1 and 2, a
// 5,000-file run, and compromise's nlp() on a 300-document sample as the general-purpose JS baseline.
// Usage: node scripts/bench.mjs [CORPUS.tar.gz]   (default ../shared/corpus/baomoi-2017.tar.gz)
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/vnpress.js');
const tarball = process.argv[2] ?? join(ROOT, '../shared/corpus/baomoi-2017.tar.gz');
const SUBSET = 5000;
const SAMPLE = 300;

const tmp = mkdtempSync(join(tmpdir(), 'vnpress-bench-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
process.on('SIGINT', () => process.exit(130));

function log(s = '') { process.stdout.write(s + '\n'); }

// 1. The corpus, extracted to a temporary folder.
let t = performance.now();
const tar = spawnSync('tar', ['xzf', tarball, '-C', tmp], { stdio: 'inherit' });
if (tar.status !== 0) { console.error(`bench: cannot extract ${tarball}`); process.exit(2); }
const corpus = join(tmp, readdirSync(tmp).find((d) => statSync(join(tmp, d)).isDirectory()));
const names = readdirSync(corpus).filter((n) => /\.(txt|html?)$/i.test(n)).sort();
let corpusBytes = 0;
for (const n of names) corpusBytes += statSync(join(corpus, n)).size;
log(`corpus: ${names.length} files, ${(corpusBytes / 1e6).toFixed(1)} MB, extracted in ${((performance.now() - t) / 1000).toFixed(1)} s to ${tmp}`);

// 2. The first 5,000 files (hard links, no copies) for the memory comparison and the per-document figure.
const subset = join(tmp, `subset-${SUBSET}`);
mkdirSync(subset);
let subsetBytes = 0;
for (const n of names.slice(0, SUBSET)) { linkSync(join(corpus, n), join(subset, n)); subsetBytes += statSync(join(subset, n)).size; }

function countLines(path) {
  return new Promise((resolve, reject) => {
    let n = 0;
    createReadStream(path).on('data', (b) => { for (let i = b.indexOf(10); i >= 0; i = b.indexOf(10, i + 1)) n++; }).on('end', () => resolve(n)).on('error', reject);
  });
}

/** One CLI run, as a user would start it; the pipeline's own figures come from its VNPRESS_STATS line. */
function runCli(dir, jobs, files, bytes) {
  const out = join(tmp, `out-${jobs}-${files}.jsonl`);
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [BIN, 'extract', dir, '--format', 'ndjson', '--out', out, '--jobs', String(jobs), '--quiet'], {
      env: { ...process.env, VNPRESS_STATS: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', async (code) => {
      const wallMs = performance.now() - t0;
      const statsLine = stderr.split('\n').find((l) => l.startsWith('vnpress-stats '));
      const stats = statsLine ? JSON.parse(statsLine.slice('vnpress-stats '.length)) : {};
      const lines = code === 0 || code === 1 ? await countLines(out) : -1;
      const failures = stderr.split('\n').filter((l) => l && !l.startsWith('vnpress-stats ')).length;
      resolve({ jobs, files, bytes, code, wallMs, lines, failures, ...stats });
    });
  });
}

const fmt = (r) =>
  `--jobs ${r.jobs}, ${String(r.files).padStart(6)} files: ${(r.wallMs / 1000).toFixed(2).padStart(6)} s wall, ` +
  `${Math.round(r.files / (r.wallMs / 1000)).toLocaleString('en-US').padStart(6)} docs/s, ${(r.bytes / 1e6 / (r.wallMs / 1000)).toFixed(1).padStart(5)} MB/s, ` +
  `p50 ${r.p50Ms?.toFixed(3)} ms, p99 ${r.p99Ms?.toFixed(2)} ms, peak RSS ${r.maxRssMB} MB, ` +
  `CPU ${(r.cpuMs / 1000).toFixed(1)} s (in documents ${(r.docMs / 1000).toFixed(1)} s), ` +
  `lines ${r.lines}/${r.files}${r.lines + r.failures === r.files ? '' : ' MISMATCH'}${r.failures ? ` (${r.failures} failed)` : ''}`;

// 3. The CLI runs.
log('\nvnpress CLI, ndjson to --out:');
const full1 = await runCli(corpus, 1, names.length, corpusBytes); log('  ' + fmt(full1));
const full2 = await runCli(corpus, 2, names.length, corpusBytes); log('  ' + fmt(full2));
const sub2 = await runCli(subset, 2, SUBSET, subsetBytes); log('  ' + fmt(sub2));
const sub1 = await runCli(subset, 1, SUBSET, subsetBytes); log('  ' + fmt(sub1));

// 4. compromise on an evenly spread sample, in this process (its load time excluded).
const { default: nlp } = await import('compromise');
const step = Math.floor(names.length / SAMPLE);
const sample = Array.from({ length: SAMPLE }, (_, i) => readFileSync(join(corpus, names[i * step]), 'utf8'));
for (const text of sample.slice(0, 10)) nlp(text).people().out('array'); // warm-up
t = performance.now();
let found = 0;
for (const text of sample) {
  const doc = nlp(text);
  found += doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
}
const compromiseMs = (performance.now() - t) / SAMPLE;
const vnpressWallMs = sub1.wallMs / SUBSET; // one thread, whole CLI run (start-up included) per document
const vnpressDocMs = sub1.docMs / SUBSET; // one thread, time inside documents (read + extract + serialise)
log(`\ncompromise nlp(text) + .people() .places() .organizations(), ${SAMPLE} docs: ${compromiseMs.toFixed(2)} ms/doc (${found} entities)`);
log(`vnpress --jobs 1 over ${SUBSET} files: ${vnpressWallMs.toFixed(3)} ms/doc wall (${vnpressDocMs.toFixed(3)} ms/doc inside documents)`);
log(`speed ratio: ${(compromiseMs / vnpressWallMs).toFixed(0)}x per document (${(compromiseMs / vnpressDocMs).toFixed(0)}x on in-document time)`);

// 5. The bars from the issue.
const rssDrift = Math.abs(full2.maxRssMB - sub2.maxRssMB) / sub2.maxRssMB;
const bars = [
  [`full corpus --jobs 2 in <= 10 s`, full2.wallMs <= 10_000, `${(full2.wallMs / 1000).toFixed(2)} s`],
  [`>= 3,500 docs/s with --jobs 2`, names.length / (full2.wallMs / 1000) >= 3500, `${Math.round(names.length / (full2.wallMs / 1000))} docs/s`],
  [`peak RSS <= 300 MB`, Math.max(full1.maxRssMB, full2.maxRssMB) <= 300, `${Math.max(full1.maxRssMB, full2.maxRssMB)} MB`],
  [`RSS within 10% between ${SUBSET} files and the corpus`, rssDrift <= 0.1, `${(100 * rssDrift).toFixed(1)}%`],
  [`>= 200x faster than compromise per document`, compromiseMs / vnpressWallMs >= 200, `${(compromiseMs / vnpressWallMs).toFixed(0)}x`],
  [`one line per input (no record lost or duplicated)`, [full1, full2, sub1, sub2].every((r) => r.lines + r.failures === r.files), ''],
];
log('\nbars:');
for (const [what, ok, got] of bars) log(`  ${ok ? 'PASS' : 'FAIL'}  ${what}${got ? `: ${got}` : ''}`);
