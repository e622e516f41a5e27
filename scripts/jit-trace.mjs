#!/usr/bin/env node
// What V8's optimising compiler does in one worker's run: optimised compiles, their time, and deoptimisations, by
// function. With two workers on two cores the compiler thread takes its time from the extraction, and each deopt
// throws a function's optimised code away (then runs it unoptimised until it is compiled again), so a build's
// `--jobs 2` cost is its extraction plus this. The counts hardly move with the machine's load; the times do.
// Runs the files in one child process as a worker does (locations warm-up, then extract and serialise each) with
// the interrupt budget the worker pool sets (V8's default for a build from before it), and notes how many files
// were done when each function was first compiled.
// Usage: node scripts/jit-trace.mjs [BUILD=.] [DIR=/tmp/baomoi-2017] [N=8000] [TOP=20]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const CPU_LINE = 'jit-trace cpu ';
const DOC_LINE = 'jit-trace doc ';
const DOC_MARK_EVERY = 250;

if (process.argv[2] === '--child') {
  const [build, dir, n] = process.argv.slice(3);
  const dist = (p) => pathToFileURL(join(build, 'dist', p)).href;
  const { extract } = await import(dist('index.js'));
  const { warmUpLocations } = await import(dist('extract/locations.js'));
  const { warmUpAgencies } = await import(dist('extract/agencies.js'));
  const { warmUpOfficials } = await import(dist('extract/foreign-officials.js'));
  const { warmUpInput } = await import(dist('input/document.js'));
  const files = readdirSync(dir).filter((f) => /\.(txt|html?)$/.test(f)).sort().slice(0, Number(n));
  const c0 = process.cpuUsage();
  // the same warm-ups as each worker (src/pipeline/worker.ts); builds before a warm-up have none
  warmUpInput?.();
  warmUpLocations?.();
  warmUpAgencies?.();
  warmUpOfficials?.();
  for (let i = 0; i < files.length; i++) {
    // where the run is when a function is compiled: big functions tier up late under the workers' budget
    if (i % DOC_MARK_EVERY === 0) console.log(`${DOC_LINE}${i}`);
    JSON.stringify(extract(readFileSync(join(dir, files[i])), { path: files[i] }));
  }
  const c = process.cpuUsage(c0);
  console.log(`${CPU_LINE}${((c.user + c.system) / 1e6).toFixed(2)} s (all threads) over ${files.length} files`);
} else {
  const [build = '.', dir = '/tmp/baomoi-2017', n = '8000', top = '20'] = process.argv.slice(2);
  const root = resolve(build);
  // A build from before the workers' budget (25c43e4) runs with V8's default, as its workers did.
  const jit = existsSync(join(root, 'dist/pipeline/jit.js')) ? await import(pathToFileURL(join(root, 'dist/pipeline/jit.js')).href) : null;
  const flags = ['--trace-opt', '--trace-deopt', ...(jit ? [`--interrupt-budget=${jit.BUSY_CORES_INTERRUPT_BUDGET}`] : [])];
  const child = spawnSync(process.execPath, [...flags, fileURLToPath(import.meta.url), '--child', root, dir, n], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (child.status !== 0) {
    process.stderr.write(child.stderr);
    process.exit(child.status ?? 1);
  }
  const compiles = new Map();
  const deopts = new Map();
  let compileCount = 0, compileMs = 0, deoptCount = 0, cpu = '', doc = 0;
  const COMPILED_RE = /^\[completed compiling .*?<JSFunction (\S*).*?took ([\d.]+), ([\d.]+), ([\d.]+) ms\]/;
  const BAILOUT_RE = /^\[bailout \(kind: ([^,]+), reason: (.*?)\): begin\. deoptimizing .*?<JSFunction (\S*)/;
  for (const line of child.stdout.split('\n')) {
    const c = COMPILED_RE.exec(line);
    if (c) {
      const ms = Number(c[2]) + Number(c[3]) + Number(c[4]);
      const e = compiles.get(c[1]) ?? { count: 0, ms: 0, firstDoc: doc };
      e.count++;
      e.ms += ms;
      compiles.set(c[1], e);
      compileCount++;
      compileMs += ms;
      continue;
    }
    const b = BAILOUT_RE.exec(line);
    if (b) {
      const key = `${b[3] || '(anonymous)'}: ${b[2]} (${b[1]})`;
      deopts.set(key, (deopts.get(key) ?? 0) + 1);
      deoptCount++;
      continue;
    }
    if (line.startsWith(DOC_LINE)) doc = Number(line.slice(DOC_LINE.length));
    else if (line.startsWith(CPU_LINE)) cpu = line.slice(CPU_LINE.length);
  }
  const limit = Number(top);
  console.log(`${root}: ${compileCount} optimised compiles, ${(compileMs / 1000).toFixed(2)} s compiling, ${deoptCount} deopts; CPU ${cpu}`);
  console.log('compile time by function (ms, compiles, document reached at the first compile):');
  for (const [name, e] of [...compiles].sort((x, y) => y[1].ms - x[1].ms).slice(0, limit)) console.log(`  ${e.ms.toFixed(0).padStart(7)} ${String(e.count).padStart(3)} ${String(e.firstDoc).padStart(6)}  ${name || '(anonymous)'}`);
  console.log('deopts by function and reason:');
  for (const [key, count] of [...deopts].sort((x, y) => y[1] - x[1]).slice(0, limit)) console.log(`  ${String(count).padStart(4)}  ${key}`);
}
