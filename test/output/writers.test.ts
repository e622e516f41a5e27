import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { createWriter } from '../../src/output/writers.js';
import { extract } from '../../src/index.js';
import type { DocumentRecord } from '../../src/record/schema.js';

function render(format: 'json' | 'ndjson' | 'csv', records: DocumentRecord[], extra: object = {}) {
  const w = createWriter({ format, expected: records.length, ...extra });
  return w.start() + records.map((r) => w.record(r)).join('') + w.end();
}

const a = extract('Tin "một", có dấu phẩy\nNgày 6/2, họp.\n', { id: 'a' });
const b = extract('Tin hai\nDòng thứ hai\n', { id: 'b' });

describe('writers', () => {
  it('json: a bare object for one record, an array for several, an empty array for none', () => {
    expect(JSON.parse(render('json', [a])).id).toBe('a');
    expect(JSON.parse(render('json', [a, b])).map((r: DocumentRecord) => r.id)).toEqual(['a', 'b']);
    expect(JSON.parse(render('json', [], { expected: 3 }))).toEqual([]);
  });

  it('ndjson: exactly one line per record', () => {
    const out = render('ndjson', [a, b]);
    expect(out.endsWith('\n')).toBe(true);
    expect(out.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'b']);
  });

  it('csv documents: quotes and commas survive a round trip; multi-valued cells joined by " | "', () => {
    const withList = { ...a, category: ['Pháp luật', 'An ninh, trật tự'], warnings: ['x'] };
    const rows = parse(render('csv', [withList, b]), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(2);
    expect(rows[0].title).toBe('Tin "một", có dấu phẩy');
    expect(rows[0].category).toBe('Pháp luật | An ninh, trật tự');
    expect(rows[0].eventDate).toBe('XXXX-02-06');
    expect(rows[1].eventDate).toBe('');
  });

  it('csv entities: header only when nothing was found, BOM first when asked', () => {
    const out = render('csv', [b], { csvLayout: 'entities', bom: true });
    expect(out.startsWith('\uFEFFid,field,name,rank,title,organization,kind,start,end,text')).toBe(true);
    expect(parse(out.slice(1), { columns: true })).toEqual([]);
  });
});
