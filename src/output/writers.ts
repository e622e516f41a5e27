// Record writers: JSON (object or array), JSON Lines, CSV (documents or entities layout).
import { createRequire } from 'node:module';
import type * as CsvStringify from 'csv-stringify/sync';
import { DOCUMENT_HEADER, ENTITY_HEADER, documentRow, entityRows } from '../record/columns.js';
import type { DocumentRecord } from '../record/schema.js';

export type OutputFormat = 'json' | 'ndjson' | 'csv';
export type CsvLayout = 'documents' | 'entities';

export interface WriterOptions {
  format: OutputFormat;
  csvLayout?: CsvLayout;
  bom?: boolean;
  /** How many records will come; json writes a bare object when it is 1. */
  expected?: number;
}

/** Turns records into output chunks; the caller writes them with backpressure. */
export interface RecordWriter {
  start(): string;
  record(r: DocumentRecord): string;
  end(): string;
}

// csv-stringify loads with the first CSV writer: ndjson and json runs (and their workers) start without it.
let stringify: typeof CsvStringify.stringify | undefined;
const csvLine = (cells: unknown[]) =>
  (stringify ??= (createRequire(import.meta.url)('csv-stringify/sync') as typeof CsvStringify).stringify)([cells as string[]], { cast: { number: String } });

export function createWriter(opts: WriterOptions): RecordWriter {
  const bom = opts.bom ? '\uFEFF' : '';
  if (opts.format === 'ndjson') {
    return { start: () => bom, record: (r) => JSON.stringify(r) + '\n', end: () => '' };
  }
  if (opts.format === 'csv') {
    const entities = opts.csvLayout === 'entities';
    return {
      start: () => bom + csvLine(entities ? [...ENTITY_HEADER] : DOCUMENT_HEADER),
      record: (r) => (entities ? entityRows(r).map(csvLine).join('') : csvLine(documentRow(r))),
      end: () => '',
    };
  }
  // json: one object for one input, otherwise an array streamed element by element.
  const single = opts.expected === 1;
  let n = 0;
  return {
    start: () => bom + (single ? '' : '['),
    record: (r) => {
      const body = JSON.stringify(r, null, 2);
      if (single) return body + '\n';
      return (n++ ? ',\n' : '\n') + body;
    },
    end: () => (single ? '' : n ? '\n]\n' : ']\n'),
  };
}
