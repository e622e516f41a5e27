// The batch CLI end to end: worker threads, ordering, one output line per good input, failures counted.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../helpers/cli.js';

// Short made-up bulletins in press style; enough files (> 32) that the CLI really starts workers.
const PLACES = ['Hà Nội', 'Đà Nẵng', 'Cần Thơ', 'tỉnh Quảng Nam', 'TP Hồ Chí Minh', 'tỉnh Nghệ An'];
const bulletin = (i: number) =>
  `Bản tin số ${i}: ${PLACES[i % PLACES.length]} ra quân làm sạch kênh rạch\n` +
  `Sáng ${1 + (i % 28)}/${1 + (i % 12)}/2024, UBND ${PLACES[(i + 1) % PLACES.length]} tổ chức lễ ra quân.\n` +
  `Đồng chí Nguyễn Văn ${String.fromCharCode(65 + (i % 26))}, Phó Chủ tịch UBND, phát biểu chỉ đạo. `.repeat(1 + (i % 4)) + '\n';

const GOOD = 90;
let dir: string;
let ids: string[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnpress-batch-'));
  ids = [];
  for (let i = 0; i < GOOD; i++) {
    const id = `tin-${String(i).padStart(3, '0')}`;
    ids.push(id);
    writeFileSync(join(dir, `${id}.txt`), bulletin(i));
  }
  writeFileSync(join(dir, 'qua-lon.txt'), 'Bản tin dài\n' + 'Nội dung lặp lại. '.repeat(400)); // over --max-bytes 4000
  mkdirSync(join(dir, 'thu-muc.txt')); // a directory named like an input
});

afterAll(() => {
  for (const p of [dir, `${dir}-in.jsonl`, `${dir}-out.jsonl`]) rmSync(p, { recursive: true, force: true });
});

const ARGS = ['--format', 'ndjson', '--max-bytes', '4000'];
const idsOf = (stdout: string) => stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l).id as string);

describe('extract DIR --jobs N', () => {
  it('writes exactly one line per good input, names and counts the failed ones', () => {
    const r = runCli(['extract', dir, ...ARGS, '--jobs', '2']);
    expect(r.status).toBe(1);
    expect(idsOf(r.stdout).sort(), r.stderr).toEqual(ids);
    const errors = r.stderr.split('\n').filter((l) => l.includes(dir));
    expect(errors).toHaveLength(2);
    expect(errors.find((l) => l.includes('qua-lon.txt'))).toMatch(/over --max-bytes 4000/);
    expect(errors.find((l) => l.includes('thu-muc.txt'))).toMatch(/is a directory/);
    expect(r.stderr).toMatch(new RegExp(`vnpress: ${GOOD} ok, 2 failed in [\\d.]+ s`));
  });

  it('--ordered gives the same bytes as one thread; unordered the same set of records', () => {
    const one = runCli(['extract', dir, ...ARGS, '--jobs', '1']);
    const ordered = runCli(['extract', dir, ...ARGS, '--jobs', '2', '--ordered']);
    const unordered = runCli(['extract', dir, ...ARGS, '--jobs', '3']);
    expect(idsOf(one.stdout), one.stderr).toEqual(ids);
    expect(ordered.stdout).toBe(one.stdout);
    const sorted = (s: string) => s.split('\n').filter(Boolean).sort();
    expect(sorted(unordered.stdout)).toEqual(sorted(one.stdout));
  });

  it('--errors ndjson: one JSON line per failed input', () => {
    const r = runCli(['extract', dir, ...ARGS, '--jobs', '2', '--errors', 'ndjson', '--quiet']);
    const lines = r.stderr.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.type, l.path.split('/').pop()]).sort()).toEqual([['error', 'qua-lon.txt'], ['error', 'thu-muc.txt']]);
  });

  it('json and csv keep their shape when records come from workers', () => {
    const json = runCli(['extract', dir, '--max-bytes', '4000', '--jobs', '2', '--quiet']);
    const arr = JSON.parse(json.stdout) as { id: string }[];
    expect(arr.map((x) => x.id).sort()).toEqual(ids);
    const csv = runCli(['extract', dir, '--format', 'csv', '--max-bytes', '4000', '--jobs', '2', '--quiet']);
    const rows = parseCsv(csv.stdout, { columns: true }) as { id: string }[];
    expect(rows.map((x) => x.id).sort()).toEqual(ids);
  });

  it('--out with workers writes the file whole', () => {
    const out = join(dir, '..', `${dir.split('/').pop()}-out.jsonl`);
    const r = runCli(['extract', dir, ...ARGS, '--jobs', '2', '--out', out, '--quiet']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const written = spawnSync('cat', [out], { encoding: 'utf8' }).stdout;
    expect(idsOf(written).sort()).toEqual(ids);
  });

  it('prints no progress bar when stderr is not a terminal', () => {
    const r = runCli(['extract', dir, ...ARGS, '--jobs', '2']);
    expect(r.stderr).not.toMatch(/docs\/s|ETA|\u001b\[|\r/);
  });
});

describe('--input-format ndjson', () => {
  const lines = [
    JSON.stringify({ id: 'a1', text: 'Hội nghị tại Đà Nẵng\nSáng 2/3/2024, UBND thành phố Đà Nẵng họp.' }),
    '',
    JSON.stringify({ id: 7, html: '<html><head><title>Tin Huế</title></head><body><h1>Tin Huế</h1><p>Chiều 4/5/2024, tỉnh Thừa Thiên Huế khai mạc lễ hội.</p></body></html>' }),
    '{"id": "broken", "text": ',
    JSON.stringify({ text: 'không có id' }),
    JSON.stringify({ id: 'no-body', title: 'x' }),
  ].join('\n') + '\n';

  for (const jobs of ['1', '2']) {
    it(`reads {"id","text"|"html"} lines from stdin, ids from the lines (--jobs ${jobs})`, () => {
      const r = runCli(['extract', '--input-format', 'ndjson', '-f', 'ndjson', '--jobs', jobs], { input: lines });
      expect(r.status).toBe(1);
      const records = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
      expect(records.map((x) => x.id).sort(), r.stderr).toEqual(['7', 'a1']);
      expect(records.find((x) => x.id === '7').source.format).toBe('html');
      expect(records.find((x) => x.id === 'a1').source).toMatchObject({ format: 'text', path: '-' });
      const errs = r.stderr.split('\n').filter((l) => l.startsWith('vnpress: -:'));
      expect(errs).toEqual([
        'vnpress: -:4: not a JSON line',
        'vnpress: -:5: line has no "id"',
        'vnpress: -:6: line has no "text" or "html" string',
      ]);
      expect(r.stderr).toMatch(/2 ok, 3 failed/);
    });
  }

  for (const jobs of ['1', '2']) {
    it(`streams each record before stdin ends, and an interrupt on an idle stdin exits 130 (--jobs ${jobs})`, async () => {
      const child = spawn(process.execPath, [BIN, 'extract', '--input-format', 'ndjson', '-f', 'ndjson', '--jobs', jobs], { cwd: ROOT });
      let out = '';
      let err = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (err += d));
      child.stdin.write(JSON.stringify({ id: 'first', text: 'Tin sáng\nSáng 2/3/2024, tỉnh Nghệ An họp.' }) + '\n');
      for (let waited = 0; !out.includes('\n') && waited < 10_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
      expect(JSON.parse(out).id).toBe('first'); // written while stdin is still open
      child.kill('SIGINT');
      const code = await new Promise((r) => child.on('close', r));
      expect(code).toBe(130);
      expect(err).toContain('interrupted');
    });
  }

  it('reads ndjson files given as paths', () => {
    const file = join(dir, '..', `${dir.split('/').pop()}-in.jsonl`);
    writeFileSync(file, ids.map((id, i) => JSON.stringify({ id, text: bulletin(i) })).join('\n') + '\n');
    const r = runCli(['extract', file, '--input-format', 'ndjson', '-f', 'ndjson', '--jobs', '2', '--ordered']);
    expect(r.status).toBe(0);
    expect(idsOf(r.stdout)).toEqual(ids);
  });

  it('works as a GNU parallel --pipe filter: one record per line, none lost', (ctx) => {
    if (spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status !== 0) {
      ctx.skip('GNU parallel is not installed (apt-get install -y parallel)');
    }
    const input = ids.map((id, i) => JSON.stringify({ id, text: bulletin(i) })).join('\n') + '\n';
    const r = spawnSync('parallel', ['--pipe', '-N', '25', '--will-cite', process.execPath, BIN, 'extract', '--input-format', 'ndjson', '-f', 'ndjson', '--jobs', '1', '--quiet'], {
      cwd: ROOT, input, encoding: 'utf8', timeout: 60_000,
    });
    expect(r.status).toBe(0);
    expect(idsOf(r.stdout).sort(), r.stderr).toEqual(ids);
  });
});
