// The CLI end to end, spawned as a user would run it.
import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentRecord } from '../../src/record/schema.js';
import { ROOT, runCli } from '../helpers/cli.js';

const SEED = 'fixtures/bca-20200107.txt';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnpress-cli-'));
  writeFileSync(join(dir, 'a.txt'), 'Tin thứ nhất\nNgày 6/2, Công an tỉnh Nghệ An ra quân.\n');
  writeFileSync(join(dir, 'b.txt'), 'Tin thứ hai\nSáng 7-1, UBND tỉnh Quảng Nam họp.\n');
  copyFileSync(join(ROOT, SEED), join(dir, 'seed.txt'));
});

describe('vnpress extract', () => {
  it('prints one JSON object for one input, with Vietnamese unescaped', () => {
    const r = runCli(['extract', SEED]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const rec = JSON.parse(r.stdout);
    expect(DocumentRecord.parse(rec).id).toBe('bca-20200107');
    expect(rec.title).toBe('Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc triển khai công tác năm 2020');
    expect(rec.publishedAt).toBe('2020-01-07T17:57:00+07:00');
    expect(r.stdout).toContain('Bộ Công an');
    expect(r.stdout).not.toMatch(/\\u[0-9a-f]{4}/i);
  });

  it('prints an array for several inputs and walks directories', () => {
    const r = runCli(['extract', dir, '--quiet']);
    expect(r.status).toBe(0);
    const recs = JSON.parse(r.stdout);
    expect(recs.map((x: { id: string }) => x.id)).toEqual(['a', 'b', 'seed']);
  });

  it('writes one ndjson line per input, each a valid record', () => {
    const r = runCli(['extract', join(dir, 'a.txt'), join(dir, 'b.txt'), '--format', 'ndjson', '-q']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(DocumentRecord.safeParse(JSON.parse(l)).success).toBe(true);
  });

  it('expands glob patterns', () => {
    const r = runCli(['extract', `${dir}/*.txt`, '--format', 'ndjson', '-q']);
    expect(r.stdout.trim().split('\n')).toHaveLength(3);
  });

  it('reads stdin with "-" and takes --id', () => {
    const r = runCli(['extract', '-', '--id', 'from-stdin', '--format', 'ndjson'], {
      input: 'Tiêu đề\nNgày 6/2, Bộ Công an tổ chức hội nghị.\n',
    });
    expect(r.status).toBe(0);
    const rec = JSON.parse(r.stdout);
    expect(rec.id).toBe('from-stdin');
    expect(rec.source.path).toBe('-');
    expect(rec.title).toBe('Tiêu đề');
  });

  it('adds the text with --include-text, and every span slices to its mention text', () => {
    const r = runCli(['extract', SEED, '--include-text']);
    const rec = JSON.parse(r.stdout);
    expect(rec.text.length).toBeGreaterThan(1000);
    const all = [rec.eventDate, ...rec.dates, rec.evidence.title, rec.evidence.publishedAt];
    for (const m of all.filter(Boolean)) expect(rec.text.slice(m.span[0], m.span[1])).toBe(m.text);
  });

  it('writes --out atomically and leaves no temporary file', () => {
    const out = join(dir, 'out', '..', 'records.jsonl');
    const r = runCli(['extract', join(dir, 'a.txt'), '--format', 'ndjson', '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(1);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('fails at start, with exit 2 and one line, when --out cannot be written', () => {
    const r = runCli(['extract', SEED, '--out', join(dir, 'no-such-dir', 'x.json')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('no-such-dir');
    expect(existsSync(join(dir, 'no-such-dir'))).toBe(false);
  });

  it('names a missing file, keeps the other records and exits 1', () => {
    const r = runCli(['extract', join(dir, 'a.txt'), join(dir, 'missing.txt'), '--format', 'ndjson']);
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`${join(dir, 'missing.txt')}: no such file or directory`);
    expect(r.stderr).toMatch(/1 ok, 1 failed/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports errors as JSON lines with --errors ndjson', () => {
    const r = runCli(['extract', join(dir, 'missing.txt'), '--errors', 'ndjson', '-q']);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stderr.trim())).toEqual({ type: 'error', path: join(dir, 'missing.txt'), reason: 'no such file or directory' });
  });

  it('exits 2 on usage errors without a stack trace', () => {
    const r = runCli(['extract', SEED, '--format', 'xml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/invalid/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(runCli(['frobnicate']).status).toBe(2);
  });

  it('shows examples and exit codes in --help', () => {
    const r = runCli(['extract', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('130');
  });
});

describe('vnpress extract --format csv', () => {
  it('writes one row per document, quoted so that it parses back', () => {
    const r = runCli(['extract', dir, '--format', 'csv', '-q']);
    expect(r.status).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(3);
    const seed = rows.find((x) => x.id === 'seed')!;
    expect(seed.title).toBe('Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc triển khai công tác năm 2020');
    expect(seed.category).toBe('Hoạt động ngành | Tin hoạt động');
    expect(seed.eventDate).toBe('2020-01-07');
  });

  it('writes one row per entity with spans in the entities layout', () => {
    const r = runCli(['extract', SEED, '--format', 'csv', '--csv-layout', 'entities', '--include-text']);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual(['id', 'field', 'name', 'rank', 'title', 'organization', 'kind', 'start', 'end', 'text']);
    const text = readFileSync(join(ROOT, SEED), 'utf8');
    for (const row of rows) {
      expect(row.id).toBe('bca-20200107');
      expect(text.slice(Number(row.start), Number(row.end))).toBe(row.text);
    }
    expect(rows.some((x) => x.field === 'eventDate' && x.name === '2020-01-07')).toBe(true);
  });

  it('starts with a UTF-8 BOM only with --bom', () => {
    expect(runCli(['extract', SEED, '--format', 'csv', '--bom']).stdout.startsWith('\uFEFFid,')).toBe(true);
    expect(runCli(['extract', SEED, '--format', 'csv']).stdout.startsWith('id,')).toBe(true);
  });
});

describe('vnpress schema', () => {
  it('prints the committed JSON Schema', () => {
    const r = runCli(['schema']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(join(ROOT, 'schemas/record.schema.json'), 'utf8')));
  });
});
