#!/usr/bin/env node
// Builds nothing: runs dist/ over ../shared/gold/dev and scores it. Usage: node scripts/dev-score.mjs [--verbose]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { extract } from '../dist/index.js';

const goldDir = new URL('../../shared/gold/dev/', import.meta.url).pathname;
const files = readdirSync(goldDir).filter((f) => f.endsWith('.txt')).sort();
const lines = files.map((f) => JSON.stringify(extract(readFileSync(join(goldDir, f)), { path: f })));
const out = join(tmpdir(), `vnpress-dev-${process.pid}.jsonl`);
writeFileSync(out, lines.join('\n') + '\n');
const args = ['../shared/eval/score.mjs', '--gold', goldDir, '--pred', out, ...process.argv.slice(2)];
process.stdout.write(execFileSync('node', args, { cwd: new URL('..', import.meta.url).pathname, encoding: 'utf8' }));
