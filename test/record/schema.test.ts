import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentRecord, recordJsonSchema } from '../../src/record/schema.js';
import { extract } from '../../src/index.js';
import { ROOT } from '../helpers/cli.js';

describe('record schema', () => {
  it('schemas/record.schema.json is the JSON Schema generated from the zod schema (run `npm run schema` after changing it)', () => {
    const committed = JSON.parse(readFileSync(`${ROOT}/schemas/record.schema.json`, 'utf8'));
    expect(committed).toEqual(recordJsonSchema());
  });

  it('describes every top-level record field', () => {
    const props = Object.keys((recordJsonSchema() as { properties: object }).properties);
    expect(props.sort()).toEqual(Object.keys(DocumentRecord.shape).sort());
  });

  it('validates a record extracted from the seed article', () => {
    const record = extract(readFileSync(`${ROOT}/fixtures/bca-20200107.txt`), { path: 'fixtures/bca-20200107.txt' });
    expect(DocumentRecord.safeParse(record).success).toBe(true);
    expect(DocumentRecord.safeParse({ ...record, eventDate: { value: 7 } }).success).toBe(false);
  });
});
