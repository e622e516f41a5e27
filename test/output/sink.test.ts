// The file sink: text and UTF-8 bytes (what workers send) written in order, whole, under the final name only at commit.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { execFileSync, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { atomicFileSink } from '../../src/output/sink.js';

const dir = mkdtempSync(join(tmpdir(), 'vnpress-sink-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('atomicFileSink', () => {
  it('writes text and bytes in the order given, across flushes', async () => {
    const out = join(dir, 'mixed.jsonl');
    const sink = atomicFileSink(out);
    const parts: string[] = [];
    for (let i = 0; i < 400; i++) {
      const line = `{"id":"${i}","title":"Hội nghị tại Đà Nẵng lần ${i}","note":"${'Thủ tướng '.repeat(i % 40)}"}\n`;
      parts.push(line);
      await sink.write(i % 3 === 0 ? line : utf8(line));
    }
    expect(existsSync(out)).toBe(false);
    await sink.commit();
    expect(readFileSync(out, 'utf8')).toBe(parts.join(''));
  });

  it('a BOM written as text stays first, before records sent as bytes', async () => {
    const out = join(dir, 'bom.csv');
    const sink = atomicFileSink(out);
    await sink.write('\uFEFFid,title\n');
    await sink.write(utf8('a1,Sáng 5/3 tại Huế\n'));
    await sink.commit();
    expect(readFileSync(out)).toEqual(Buffer.from('\uFEFFid,title\na1,Sáng 5/3 tại Huế\n', 'utf8'));
  });

  it('abort leaves nothing behind', async () => {
    const out = join(dir, 'gone.jsonl');
    const sink = atomicFileSink(out);
    await sink.write(utf8('{"id":"x"}\n'));
    sink.abort();
    expect(existsSync(out)).toBe(false);
  });

  it('writes a named pipe in place, like /dev/null: the reader gets every byte and the pipe stays a pipe', async () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    const received: Buffer[] = [];
    reader.stdout.on('data', (b: Buffer) => received.push(b));
    const ended = new Promise((resolve) => reader.on('close', resolve));
    const sink = atomicFileSink(fifo);
    await sink.write('{"id":"a","title":"Sáng 5/3"}\n');
    await sink.write(utf8('{"id":"b"}\n'));
    await sink.commit();
    await ended;
    expect(Buffer.concat(received).toString('utf8')).toBe('{"id":"a","title":"Sáng 5/3"}\n{"id":"b"}\n');
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
