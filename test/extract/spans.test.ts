// The span contract on every fixture: text.slice(start, end) === mention.text for every value in a record.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { DocumentRecord } from '../../src/record/schema.js';
import { ROOT } from '../helpers/cli.js';

function fixtureFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return fixtureFiles(p);
    return /\.(txt|html?)$/i.test(name) ? [p] : [];
  });
}

/** Every object in the record that has both `text` and `span`. */
function spansOf(value: unknown, out: { text: string; span: [number, number] }[] = []) {
  if (Array.isArray(value)) value.forEach((v) => spansOf(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.text === 'string' && Array.isArray(o.span)) out.push(o as never);
    for (const [k, v] of Object.entries(o)) if (k !== 'text') spansOf(v, out);
  }
  return out;
}

const files = fixtureFiles(join(ROOT, 'fixtures'));

describe('spans index the document text', () => {
  it('has fixtures to check', () => expect(files.length).toBeGreaterThan(0));

  for (const file of files) {
    it(relative(ROOT, file), () => {
      const record = extract(readFileSync(file), { path: file, includeText: true });
      expect(DocumentRecord.safeParse(record).success).toBe(true);
      const text = record.text!;
      const spans = spansOf({ ...record, text: undefined });
      expect(spans.length).toBeGreaterThan(0);
      for (const m of spans) {
        expect(m.span[0]).toBeLessThanOrEqual(m.span[1]);
        expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
      }
    });
  }
});
