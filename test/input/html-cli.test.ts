// End to end: the built CLI on saved pages (run `npx tsc -p tsconfig.build.json` first).
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('vnpress extract on saved HTML pages', () => {
  it('extracts a Windows-1258 page into a record with the page metadata', () => {
    const r = runCli(['extract', 'fixtures/html/police-daily.html']);
    expect(r.status).toBe(0);
    const rec = JSON.parse(r.stdout);
    expect(rec.id).toBe('police-daily');
    expect(rec.source).toMatchObject({ format: 'html', encoding: 'windows-1258', url: 'https://cand.example.vn/phap-luat/triet-pha-duong-day-danh-bac-qua-mang-i654321/' });
    expect(rec.title).toBe('Triệt phá đường dây đánh bạc qua mạng quy mô hơn 300 tỷ đồng');
    expect(rec.publishedAt).toBe('2022-08-19T06:30:00+07:00');
    expect(rec.author).toBe('Trần Hoài');
    expect(rec.category).toEqual(['Pháp luật', 'Vụ án']);
    expect(JSON.stringify(rec)).not.toMatch(/Sơn La|Lai Châu|Bắc Giang|Hoàn Kiếm/);
  });

  it('finds .html files in a directory and reads them as HTML', () => {
    const r = runCli(['extract', '-f', 'ndjson', '-q', 'fixtures/html']);
    expect(r.status).toBe(0);
    const recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const pages = recs.filter((x) => x.source.format === 'html').map((x) => x.id).sort();
    expect(pages).toEqual(['aggregator', 'ministry-portal', 'national-daily', 'police-daily', 'provincial-portal']);
  });

  it('--input-format text reads a page as text, markup and all', () => {
    const r = runCli(['extract', '--input-format', 'text', '--include-text', 'fixtures/html/national-daily.html']);
    expect(r.status).toBe(0);
    const rec = JSON.parse(r.stdout);
    expect(rec.source.format).toBe('text');
    expect(rec.text).toContain('<!DOCTYPE html>');
  });
});
