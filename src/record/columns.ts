// CSV columns, derived from the record schema: adding a field to the schema without a column fails to compile.
import type { DocumentRecord } from './schema.js';

export const CELL_SEPARATOR = ' | ';
const join = (xs: Array<string | null | undefined>) => xs.filter((x): x is string => !!x).join(CELL_SEPARATOR);

type Cell = string | number | null;
/** One CSV column per record field (null: the field has no documents-layout column). */
export const DOCUMENT_COLUMNS: { [K in keyof Required<DocumentRecord>]: ((r: DocumentRecord) => Cell) | null } = {
  id: (r) => r.id,
  source: (r) => r.source.path,
  title: (r) => r.title,
  category: (r) => join(r.category),
  author: (r) => r.author ?? null,
  publishedAt: (r) => r.publishedAt,
  attribution: (r) => r.attribution,
  evidence: null,
  eventDate: (r) => r.eventDate?.value ?? null,
  dates: (r) => join(r.dates.map((d) => d.value)),
  locations: (r) => join(r.locations.map((l) => l.name)),
  officials: (r) =>
    join(r.officials.map((o) => [o.rank, o.name].filter(Boolean).join(' ') + (o.positions.length ? ` (${o.positions.map((p) => p.text).join('; ')})` : ''))),
  agencies: (r) => join(r.agencies.map((a) => a.name)),
  initiatives: (r) => join(r.initiatives.map((i) => i.name)),
  warnings: (r) => join(r.warnings),
  text: null,
};

export const DOCUMENT_HEADER = Object.entries(DOCUMENT_COLUMNS)
  .filter(([, f]) => f)
  .map(([k]) => (k === 'source' ? 'path' : k));

export function documentRow(r: DocumentRecord): Cell[] {
  return Object.values(DOCUMENT_COLUMNS)
    .filter((f): f is (r: DocumentRecord) => Cell => !!f)
    .map((f) => f(r));
}

/** Entities layout: one row per extracted entity mention group. */
export const ENTITY_HEADER = ['id', 'field', 'name', 'rank', 'title', 'organization', 'kind', 'start', 'end', 'text'] as const;
export type EntityRow = Record<(typeof ENTITY_HEADER)[number], Cell>;

export function entityRows(r: DocumentRecord): Cell[][] {
  const rows: EntityRow[] = [];
  const base = { id: r.id, rank: null, title: null, organization: null, kind: null };
  const first = (m: { text: string; span: [number, number] }[]) => m[0] ?? { text: null, span: [null, null] };
  if (r.eventDate) {
    rows.push({ ...base, field: 'eventDate', name: r.eventDate.value, start: r.eventDate.span[0], end: r.eventDate.span[1], text: r.eventDate.text });
  }
  for (const l of r.locations) {
    const m = first(l.mentions);
    rows.push({ ...base, field: 'location', name: l.name, kind: l.kind, start: m.span[0], end: m.span[1], text: m.text });
  }
  for (const o of r.officials) {
    const m = first(o.mentions);
    if (!o.positions.length) rows.push({ ...base, field: 'official', name: o.name, rank: o.rank, start: m.span[0], end: m.span[1], text: m.text });
    for (const p of o.positions) {
      rows.push({ ...base, field: 'official', name: o.name, rank: o.rank, title: p.title, organization: p.organization, start: p.span[0], end: p.span[1], text: p.text });
    }
  }
  for (const a of r.agencies) {
    const m = first(a.mentions);
    rows.push({ ...base, field: 'agency', name: a.name, start: m.span[0], end: m.span[1], text: m.text });
  }
  for (const i of r.initiatives) {
    const m = first(i.mentions);
    rows.push({ ...base, field: 'initiative', name: i.name, kind: i.kind, start: m.span[0], end: m.span[1], text: m.text });
  }
  return rows.map((row) => ENTITY_HEADER.map((k) => row[k]));
}
