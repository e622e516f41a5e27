#!/usr/bin/env node
// Whole `--jobs 2` runs of two builds started at the same moment, round after round: both meet the same load,
// so their user CPU compares even on a busy shared host. Back to back, one build's runs spread by 10-20 % under
// a load of 20 on 2 cores (12.5-15.1 s on 8,000 files); started together, three runs of one build differed by
// 0.3 %. Start-up, compiles and GC are all in it, unlike scripts/ab-steady.mjs.
// Usage: node scripts/whole-run-pairs.mjs BUILD_A BUILD_B [DIR=/tmp/baomoi-2017] [ROUNDS=3] [-- extra node flags for B]
//   (B/A < 1 means B costs less)
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

const argv = process.argv.slice(2);
const dash = argv.indexOf('--');
const [buildA, buildB, dir = '/tmp/baomoi-2017', roundsArg = '3'] = dash < 0 ? argv : argv.slice(0, dash);
const flagsB = dash < 0 ? [] : argv.slice(dash + 1);
if (!buildA || !buildB) {
  console.error('usage: node scripts/whole-run-pairs.mjs BUILD_A BUILD_B [DIR] [ROUNDS] [-- node flags for B]');
  process.exit(2);
}

/** One run: wall seconds and the child's user and system CPU seconds (all its threads), from getrusage. */
function runOnce(build, flags) {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    // /usr/bin/time is not everywhere: the child reports its own rusage when it exits
    const child = spawn(process.execPath, [...flags, '--import', 'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write(`\\nrusage ${u.userCPUTime} ${u.systemCPUTime}\\n`)})',
      join(resolve(build), 'bin/vnpress.js'), 'extract', dir, '-f', 'ndjson', '--jobs', '2', '-q', '-o', '/dev/null'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => { err += d; });
    child.on('error', fail);
    child.on('close', (code) => {
      const m = /rusage (\d+) (\d+)/.exec(err);
      if (code !== 0 || !m) return fail(new Error(`${build} exited ${code}: ${err.slice(-400)}`));
      done({ wall: (performance.now() - t0) / 1000, user: Number(m[1]) / 1e6, sys: Number(m[2]) / 1e6 });
    });
  });
}

const rounds = Number(roundsArg);
const sum = { A: 0, B: 0 };
for (let r = 1; r <= rounds; r++) {
  const [a, b] = await Promise.all([runOnce(buildA, []), runOnce(buildB, flagsB)]);
  sum.A += a.user;
  sum.B += b.user;
  const f = (x) => `${x.wall.toFixed(1)} s wall ${x.user.toFixed(2)} s user ${x.sys.toFixed(2)} s sys`;
  console.log(`round ${r}: A ${f(a)} | B ${f(b)} | user B/A ${(b.user / a.user).toFixed(3)}`);
}
console.log(`user CPU B/A over ${rounds} rounds: ${(sum.B / sum.A).toFixed(3)}`);
