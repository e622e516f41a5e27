#!/usr/bin/env node
// Builds nothing: runs dist/ over ../shared/gold/dev and scores it. Usage: node scripts/dev-score.mjs [--verbose]
// From a checkout elsewhere (a worktree under /tmp), VNPRESS_SHARED=/path/to/shared names the shared folder.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { extract } from '../dist/index.js';

const shared = process.env.VNPRESS_SHARED ?? new URL('../../shared/', import.meta.url).pathname;
const goldDir = join(shared, 'gold/dev/');
const files = readdirSync(goldDir).filter((f) => f.endsWith('.txt')).sort();
const lines = files.map((f) => JSON.stringify(extract(readFileSync(join(goldDir, f)), { path: f })));
const out = join(tmpdir(), `vnpress-dev-${process.pid}.jsonl`);
writeFileSync(out, lines.join('\n') + '\n');
const args = [join(shared, 'eval/score.mjs'), '--gold', goldDir, '--pred', out, ...process.argv.slice(2)];
process.stdout.write(execFileSync('node', args, { cwd: new URL('..', import.meta.url).pathname, encoding: 'utf8' }));
