// The file sink: text and UTF-8 bytes (what workers send) written in order, whole, under the final name only at commit.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
});
