// Every bad input a user's archive can hold, run through the CLI as a user would: exit status,
// the one stderr line naming the file and the reason, and every stdout line a valid record.
import iconv from 'iconv-lite';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VNI_TABLE } from '../../src/input/legacy.js';
import { spawnSync } from 'node:child_process';
import { BIN, runCli } from '../helpers/cli.js';
import { VI_SENTENCE, ndjsonRecords } from '../helpers/records.js';

let dir: string;
const at = (name: string) => join(dir, name);
const put = (name: string, bytes: Uint8Array | string) => { writeFileSync(at(name), bytes); return at(name); };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnpress-faults-'));
  chmodSync(dir, 0o755); // readable by the unprivileged user of the permission test
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `extract` on one input; stdout is ndjson with text so spans can be checked. */
function extractOne(path: string, ...extra: string[]) {
  const r = runCli(['extract', path, '-f', 'ndjson', '--include-text', ...extra], { maxBuffer: 1 << 28 });
  expect(r.stderr).not.toMatch(/^\s+at /m); // never a stack trace
  return { ...r, records: ndjsonRecords(r.stdout) };
}

/** A refused input: exit 1, no record, exactly one error line naming the file, then the summary. */
function expectRefused(path: string, reason: RegExp, ...extra: string[]) {
  const r = extractOne(path, ...extra);
  expect(r.status).toBe(1);
  expect(r.records).toHaveLength(0);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines[0]).toMatch(new RegExp(`^vnpress: ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
  expect(lines[0]).toMatch(reason);
  expect(lines.slice(1)).toEqual([expect.stringMatching(/^vnpress: 0 ok, 1 failed/)]);
}

/** A read input: exit 0, one valid record, with the given warning (or none). */
function expectRecord(path: string, warning: RegExp | null, ...extra: string[]) {
  const r = extractOne(path, ...extra);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(r.records).toHaveLength(1);
  const rec = r.records[0];
  if (warning) expect(rec.warnings.join('\n')).toMatch(warning);
  else expect(rec.warnings).toEqual([]);
  return rec;
}

const utf8 = (s: string) => Buffer.from(s, 'utf8');
const hasVietnameseEntities = (rec: { locations: unknown[]; agencies: unknown[] }) => rec.locations.length + rec.agencies.length > 0;

describe('empty or non-text content', () => {
  it('empty file', () => expectRefused(put('empty.txt', ''), /empty file$/));
  it('whitespace-only file', () => expectRefused(put('blank.txt', ' \n\t \r\n  '), /whitespace only$/));
  it('PNG under a .txt name', () => {
    expectRefused(put('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])), /binary file \(PNG image\)/);
  });
  it('zip under a .txt name', () => {
    expectRefused(put('archive.txt', Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(64, 7)])), /binary file \(zip archive\)/);
  });
  it('mostly NUL bytes', () => expectRefused(put('zeros.txt', Buffer.alloc(4096)), /NUL bytes/));
  it('text with a few NUL bytes is read, the NULs dropped and counted', () => {
    const rec = expectRecord(put('nul.txt', Buffer.concat([utf8('Hà Nội\0\0 '), utf8(VI_SENTENCE)])), /removed 2 NUL/);
    expect(rec.text).not.toContain('\0');
  });
});

describe('encoding faults', () => {
  it('truncated multi-byte character at the end: record kept, warning', () => {
    const rec = expectRecord(put('cut.txt', Buffer.concat([utf8(VI_SENTENCE + 'Nghệ'), utf8('ệ').subarray(0, 2)])), /ends in the middle of a character/);
    expect(rec.text).toContain('Nghệ');
  });
  it('UTF-16 LE with BOM', () => {
    const rec = expectRecord(put('le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(VI_SENTENCE, 'utf-16le')])), null);
    expect(rec.source.encoding).toBe('utf-16le');
    expect(rec.text).toBe(VI_SENTENCE);
    expect(hasVietnameseEntities(rec)).toBe(true);
  });
  it('UTF-16 BE with BOM', () => {
    const rec = expectRecord(put('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(VI_SENTENCE, 'utf-16be')])), null);
    expect(rec.source.encoding).toBe('utf-16be');
    expect(rec.text).toBe(VI_SENTENCE);
  });
  it('Windows-1258 without declaration', () => {
    // Vietnamese software writes base letters precomposed and the tone as a combining mark.
    const spelled = [...VI_SENTENCE].map((ch) => {
      const d = ch.normalize('NFD');
      const tone = d.match(/[\u0300\u0301\u0303\u0309\u0323]/)?.[0] ?? '';
      return d.replace(tone, '').normalize('NFC') + tone;
    }).join('');
    const rec = expectRecord(put('cp1258.txt', iconv.encode(spelled, 'windows-1258')), /Windows-1258/);
    expect(rec.source.encoding).toBe('windows-1258');
    expect(rec.text).toBe(VI_SENTENCE);
  });
  it('NFD Vietnamese: text is NFC and spans quote it', () => {
    const rec = expectRecord(put('nfd.txt', utf8(VI_SENTENCE.normalize('NFD'))), null);
    expect(rec.text).toBe(VI_SENTENCE);
    expect(hasVietnameseEntities(rec)).toBe(true);
  });
  it.each([['CRLF', '\r\n'], ['CR', '\r']])('%s line ends', (name, eol) => {
    const rec = expectRecord(put(`${name}.txt`, utf8((VI_SENTENCE + VI_SENTENCE).replace(/\n/g, eol))), null);
    expect(rec.text).toBe(VI_SENTENCE + VI_SENTENCE);
  });

  const tcvn3 = () => iconv.encode(VI_SENTENCE, 'tcvn');
  const vni = () => {
    const reverse = new Map<string, string>();
    for (const [legacy, letter] of VNI_TABLE) if (!reverse.has(letter)) reverse.set(letter, legacy);
    return Buffer.from([...VI_SENTENCE].map((ch) => reverse.get(ch) ?? ch).join(''), 'latin1');
  };
  it.each([['TCVN3', 'TCVN3 \\(ABC\\)', tcvn3], ['VNI', 'VNI-Windows', vni]])('%s: detected and named, not converted by default', (name, label, bytes) => {
    const rec = expectRecord(put(`${name}.txt`, bytes()), new RegExp(`legacy ${label} encoding; not converted \\(use --legacy-encoding\\)`));
    expect(rec.text).not.toContain('Hà Nội');
  });
  it.each([['TCVN3', 'tcvn3', tcvn3], ['VNI', 'vni', vni]])('%s: converted with --legacy-encoding', (name, enc, bytes) => {
    const rec = expectRecord(put(`${name}-conv.txt`, bytes()), /converted from legacy/, '--legacy-encoding');
    expect(rec.source.encoding).toBe(enc);
    expect(rec.text).toBe(VI_SENTENCE);
    expect(hasVietnameseEntities(rec)).toBe(true);
  });
  it('VNI text in an ndjson line is converted with --legacy-encoding', () => {
    const line = JSON.stringify({ id: 'old-1', text: vni().toString('latin1') }) + '\n';
    const plain = runCli(['extract', '--input-format', 'ndjson', '-f', 'ndjson', '--jobs', '1', '-q'], { input: line });
    expect(ndjsonRecords(plain.stdout)[0].warnings.join()).toMatch(/legacy VNI-Windows encoding; not converted/);
    const r = runCli(['extract', '--input-format', 'ndjson', '-f', 'ndjson', '--jobs', '1', '-q', '--include-text', '--legacy-encoding'], { input: line });
    expect(r.status).toBe(0);
    const [rec] = ndjsonRecords(r.stdout);
    expect(rec.text).toBe(VI_SENTENCE);
    expect(rec.source.encoding).toBe('vni');
  });
});

describe('odd content', () => {
  it('a 50 MB file is refused past --max-bytes without being read', () => {
    const path = at('huge.txt');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024); // sparse: no 50 MB written to the test disk
    closeSync(fd);
    const t0 = performance.now();
    expectRefused(path, /file is 52428800 bytes, over --max-bytes 20971520$/);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
  it('--max-bytes applies to small limits too', () => {
    expectRefused(put('small.txt', VI_SENTENCE.repeat(10)), /over --max-bytes 100$/, '--max-bytes', '100');
  });
  it('stdin past --max-bytes is refused', () => {
    const r = runCli(['extract', '-', '--max-bytes', '1000', '-f', 'ndjson'], { input: VI_SENTENCE.repeat(100) });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^vnpress: -: stdin is over --max-bytes 1000/);
  });
  it('malformed HTML', () => {
    const html = '<html><body><p>Sáng 7/1 tại <b>Hà Nội<p>Bộ Công an tổ chức hội nghị <div><span></p></div></td></table><p>Thượng tướng Tô Lâm';
    const r = extractOne(put('broken.html', html));
    expect(r.status).toBe(0);
    expect(r.records).toHaveLength(1);
  });
  it('HTML nested 100,000 levels deep', () => {
    const html = '<html><body>' + '<div>'.repeat(100_000) + '<p>Sáng 7/1, tại Hà Nội, Bộ Công an tổ chức hội nghị.</p>' + '</div>'.repeat(100_000) + '</body></html>';
    const t0 = performance.now();
    const r = extractOne(put('deep.html', html));
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(r.status).toBe(0);
    expect(r.records[0].warnings.join()).toMatch(/nested about \d+ levels deep/);
  });
  it('English text: a record with a warning and no Vietnamese entities', () => {
    const english = 'The committee met on Monday to review the annual report. Members discussed the budget, ' +
      'the schedule for next year and the training programme for new staff. The meeting ended in the afternoon.\n';
    const rec = expectRecord(put('english.txt', english), /does not look like Vietnamese/);
    expect(rec.officials).toEqual([]);
    expect(rec.agencies).toEqual([]);
    expect(rec.locations).toEqual([]);
    expect(rec.initiatives).toEqual([]);
  });
  it('an extremely long line (300 KB, no line break)', () => {
    const rec = expectRecord(put('long.txt', VI_SENTENCE.trim().repeat(2000)), null);
    expect(rec.text!.length).toBeGreaterThan(250_000);
  });
});

describe('filesystem faults', () => {
  it('missing path', () => expectRefused(at('nowhere.txt'), /no such file or directory$/));

  it('a directory with no inputs where a file was expected', () => {
    mkdirSync(at('empty-dir.txt'));
    expectRefused(at('empty-dir.txt'), /directory has no \.txt, \.htm or \.html files$/);
  });

  it('stdin that is a directory', () => {
    const r = runCli(['extract', '-', '-f', 'ndjson'], { stdio: [openSync(dir, 'r'), 'pipe', 'pipe'] });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^vnpress: -: is a directory$/m);
  });

  it('symlink loops in a directory walk are reported or skipped, the rest is read', () => {
    const tree = at('tree');
    mkdirSync(join(tree, 'sub'), { recursive: true });
    writeFileSync(join(tree, 'sub', 'ok.txt'), VI_SENTENCE);
    symlinkSync('..', join(tree, 'sub', 'parent')); // directory loop
    symlinkSync('b.txt', join(tree, 'a.txt')); // file loop a → b → a
    symlinkSync('a.txt', join(tree, 'b.txt'));
    const r = runCli(['extract', tree, '-f', 'ndjson']);
    expect(r.status).toBe(1);
    expect(ndjsonRecords(r.stdout)).toHaveLength(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toContain(`vnpress: ${join(tree, 'a.txt')}: too many levels of symbolic links`);
    expect(lines).toContain(`vnpress: ${join(tree, 'b.txt')}: too many levels of symbolic links`);
    expect(lines.at(-1)).toMatch(/^vnpress: 1 ok, 2 failed/);
  });

  it('unreadable file (permissions)', () => {
    const path = put('secret.txt', VI_SENTENCE);
    chmodSync(path, 0o000);
    // root reads anything, so as root the CLI runs as an unprivileged user instead.
    const asUser = userInfo().uid === 0 ? { uid: 65534, gid: 65534 } : {};
    const r = runCli(['extract', path, '-f', 'ndjson'], asUser);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(`vnpress: ${path}: permission denied`);
  });

  it('good and bad inputs together: the good ones are written, exit 1, one line per failure', () => {
    const good = put('good.txt', VI_SENTENCE);
    const r = runCli(['extract', good, at('nowhere.txt'), at('empty.txt'), good, '-f', 'ndjson']);
    expect(r.status).toBe(1);
    expect(ndjsonRecords(r.stdout)).toHaveLength(2);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `vnpress: ${at('nowhere.txt')}: no such file or directory`,
      `vnpress: ${at('empty.txt')}: empty file`,
      expect.stringMatching(/^vnpress: 2 ok, 2 failed in/),
    ]);
  });

  it('--errors ndjson gives machine-readable error lines', () => {
    const r = runCli(['extract', put('good2.txt', VI_SENTENCE), at('nowhere.txt'), at('photo.txt'), '-f', 'ndjson', '--errors', 'ndjson', '-q']);
    expect(r.status).toBe(1);
    expect(r.stderr.trimEnd().split('\n').map((l) => JSON.parse(l))).toEqual([
      { type: 'error', path: at('nowhere.txt'), reason: 'no such file or directory' },
      { type: 'error', path: at('photo.txt'), reason: 'binary file (PNG image), not a text' },
    ]);
  });

  it('--errors ndjson also gives the summary as a JSON line', () => {
    const r = runCli(['extract', at('good2.txt'), at('nowhere.txt'), '-f', 'ndjson', '--errors', 'ndjson']);
    expect(r.stderr.trimEnd().split('\n').map((l) => JSON.parse(l))).toEqual([
      { type: 'error', path: at('nowhere.txt'), reason: 'no such file or directory' },
      { type: 'summary', ok: 1, failed: 1, seconds: expect.any(Number) },
    ]);
  });

  it('a closed stderr (2>&-) is no crash', () => {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" extract "${at('nowhere.txt')}" "${at('good2.txt')}" -f ndjson 2>&-`], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(ndjsonRecords(r.stdout)).toHaveLength(1);
  });
});
