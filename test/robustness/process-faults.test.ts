// Faults around the process rather than the input: a reader that goes away, signals mid-batch,
// an --out that cannot be written. Output must hold whole records only, or nothing.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../helpers/cli.js';
import { VI_SENTENCE, ndjsonRecords } from '../helpers/records.js';

let dir: string;
let corpus: string;
const DOCS = 3000;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnpress-process-'));
  chmodSync(dir, 0o755);
  corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  // Enough documents that a run lasts well past the moment a signal is sent.
  const body = VI_SENTENCE.repeat(25);
  for (let i = 0; i < DOCS; i++) writeFileSync(join(corpus, `${String(i).padStart(5, '0')}.txt`), `Bài số ${i}\n${body}`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run { status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

/** Starts the CLI, sends `signal` once it has produced output (stdout data, or the --out temp file), collects the rest. */
function interruptMidway(args: string[], signal: NodeJS.Signals, outDir?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    let sent = false;
    const send = () => { if (!sent) { sent = true; child.kill(signal); } };
    child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; if (stdout.length > 50_000) send(); });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    const poll = outDir
      ? setInterval(() => { if (readdirSync(outDir).some((n) => n.endsWith('.tmp'))) setTimeout(send, 300); }, 20)
      : null;
    child.on('close', (status, sig) => { if (poll) clearInterval(poll); resolve({ status, signal: sig, stdout, stderr }); });
  });
}

describe('a reader that goes away', () => {
  it('`| head -1` ends quietly: no EPIPE trace, one whole line out', () => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" extract "${corpus}" -f ndjson --jobs 1 | head -1`], {
      cwd: ROOT, encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 26,
    });
    expect(r.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
    expect(r.status).toBe(0);
    expect(ndjsonRecords(r.stdout)).toHaveLength(1);
  });

  it('with worker threads too', () => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" extract "${corpus}" -f ndjson --jobs 2 | head -1`], {
      cwd: ROOT, encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 26,
    });
    expect(r.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
    expect(r.status).toBe(0);
    expect(ndjsonRecords(r.stdout)).toHaveLength(1);
  });
});

describe('signals mid-batch', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('%s with stdout: exit 130, only whole valid lines', async (signal) => {
    const r = await interruptMidway(['extract', corpus, '-f', 'ndjson', '--jobs', '1'], signal);
    expect(r.status).toBe(130);
    expect(r.stderr).toMatch(/vnpress: interrupted/);
    const records = ndjsonRecords(r.stdout);
    expect(records.length).toBeGreaterThan(0);
    expect(records.length).toBeLessThan(DOCS);
  });

  it.each([['SIGINT', '1'], ['SIGTERM', '1'], ['SIGINT', '2']] as const)('%s with --out (jobs %s): exit 130, no file under the final name, no temp file left', async (signal, jobs) => {
    const outDir = mkdtempSync(join(dir, 'out-'));
    const out = join(outDir, 'all.jsonl');
    const r = await interruptMidway(['extract', corpus, '-f', 'ndjson', '--jobs', jobs, '--out', out], signal, outDir);
    expect(r.status).toBe(130);
    expect(r.stderr).toMatch(/vnpress: interrupted/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(outDir)).toEqual([]);
  });

  it('json array on stdout stays a parseable array when interrupted', async () => {
    const r = await interruptMidway(['extract', corpus, '-f', 'json', '--jobs', '1'], 'SIGINT');
    expect(r.status).toBe(130);
    const parsed = JSON.parse(r.stdout) as unknown[];
    expect(Array.isArray(parsed)).toBe(true);
    expect(parsed.length).toBeGreaterThan(0);
  });

  it('an uninterrupted --out run leaves exactly the final file, all records valid', () => {
    const outDir = mkdtempSync(join(dir, 'done-'));
    const out = join(outDir, 'some.jsonl');
    const r = runCli(['extract', join(corpus, '00001.txt'), join(corpus, '00002.txt'), '-f', 'ndjson', '--out', out]);
    expect(r.status).toBe(0);
    expect(readdirSync(outDir)).toEqual(['some.jsonl']);
    expect(ndjsonRecords(readFileSync(out, 'utf8'))).toHaveLength(2);
  });
});

describe('unwritable --out fails at start, one line naming the path, exit 2', () => {
  const one = () => join(corpus, '00001.txt');
  it.each([
    ['a directory that does not exist', () => join(dir, 'no-such-dir', 'x.jsonl'), /directory does not exist$/],
    ['an existing directory', () => dir, /is a directory$/],
    ['a path under a regular file', () => join(one(), 'x.jsonl'), /a parent of it is not a directory$/],
  ])('%s', (_name, target, reason) => {
    const path = target();
    const r = runCli(['extract', one(), '--out', path]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`cannot write --out ${path}: `);
    expect(lines[0]).toMatch(reason);
  });

  it('a directory without write permission', () => {
    const locked = mkdtempSync(join(dir, 'locked-'));
    chmodSync(locked, 0o555);
    // root writes anywhere, so as root the CLI runs as an unprivileged user instead.
    const asUser = userInfo().uid === 0 ? { uid: 65534, gid: 65534 } : {};
    const path = join(locked, 'x.jsonl');
    const r = runCli(['extract', one(), '--out', path], asUser);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`vnpress: cannot write --out ${path}: not writable\n`);
    expect(readdirSync(locked)).toEqual([]);
  });
});

describe('the exit status contract is documented', () => {
  it('--help lists 0, 1, 2 and 130', () => {
    const r = runCli(['extract', '--help']);
    for (const code of ['0 ', '1 ', '2 ', '130 ']) expect(r.stdout).toMatch(new RegExp(`^\\s+${code}`, 'm'));
  });
});
