// Checks every robustness test applies to output: each line a valid record, every span verbatim.
import { expect } from 'vitest';
import { DocumentRecord } from '../../src/record/schema.js';

type Spanned = { text: string; span: [number, number] };

/** Every object in a record that has both `text` and `span` (mentions, dates, positions, evidence). */
export function spansOf(value: unknown, out: Spanned[] = []): Spanned[] {
  if (Array.isArray(value)) value.forEach((v) => spansOf(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.text === 'string' && Array.isArray(o.span)) out.push(o as Spanned);
    for (const [k, v] of Object.entries(o)) if (k !== 'text') spansOf(v, out);
  }
  return out;
}

/** Asserts the record validates and, when it carries its text, that every span quotes it exactly. */
export function expectValidRecord(value: unknown): DocumentRecord {
  const parsed = DocumentRecord.safeParse(value);
  if (!parsed.success) throw new Error(`record does not match the schema: ${parsed.error.message}`);
  const record = parsed.data;
  if (record.text !== undefined) {
    for (const m of spansOf({ ...record, text: undefined })) {
      expect(m.span[0]).toBeLessThanOrEqual(m.span[1]);
      expect(m.span[1]).toBeLessThanOrEqual(record.text.length);
      expect(record.text.slice(m.span[0], m.span[1])).toBe(m.text);
    }
  }
  return record;
}

/** Parses ndjson output: every non-empty line must be a whole, valid record. */
export function ndjsonRecords(stdout: string): DocumentRecord[] {
  if (stdout) expect(stdout.endsWith('\n')).toBe(true);
  return stdout.split('\n').filter(Boolean).map((line) => expectValidRecord(JSON.parse(line)));
}

/** A sentence of ordinary Vietnamese press text (written for these tests). */
export const VI_SENTENCE =
  'Sáng 7/1, tại Hà Nội, Bộ Công an tổ chức hội nghị tổng kết công tác năm 2019. ' +
  'Thượng tướng Tô Lâm, Bộ trưởng Bộ Công an chủ trì hội nghị.\n';
