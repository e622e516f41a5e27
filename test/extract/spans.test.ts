// The span contract on every fixture: text.slice(start, end) === mention.text for every value in a record.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { ROOT } from '../helpers/cli.js';
import { expectValidRecord, spansOf } from '../helpers/records.js';

function fixtureFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return fixtureFiles(p);
    return /\.(txt|html?)$/i.test(name) ? [p] : [];
  });
}

const files = fixtureFiles(join(ROOT, 'fixtures'));

describe('spans index the document text', () => {
  it('has fixtures to check', () => expect(files.length).toBeGreaterThan(0));

  for (const file of files) {
    it(relative(ROOT, file), () => {
      const record = expectValidRecord(extract(readFileSync(file), { path: file, includeText: true }));
      expect(spansOf({ ...record, text: undefined }).length).toBeGreaterThan(0);
    });
  }
});
