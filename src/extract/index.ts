// Runs every field extractor over one Document and assembles the record.
import * as crypto from 'node:crypto';
import type { Document } from '../input/document.js';
import type { LegacyOption } from '../input/decode.js';
import { documentFromBytes, documentFromString, type InputFormatOption } from '../input/load.js';
import type { DocumentRecord } from '../record/schema.js';
import { extractAgencies, withoutOfficialNames } from './agencies.js';
import { createContext } from './context.js';
import { extractDates, pickEventDate } from './dates.js';
import { extractInitiatives } from './initiatives.js';
import { extractLocations } from './locations.js';
import { extractMeta } from './meta.js';
import { findForeignOfficials } from './foreign-officials.js';
import { extractOfficials } from './officials.js';

export interface ExtractOptions {
  /** Record id; defaults to the file stem of `path`, else "document". */
  id?: string;
  /** Where the input came from, for `source.path`. */
  path?: string | null;
  /** How to read the input; `auto` looks at the path extension and the content. */
  inputFormat?: InputFormatOption;
  /** Convert legacy TCVN3/VNI bytes: `auto` converts whichever is detected (default: only warn). */
  legacyEncoding?: LegacyOption;
  /** Add the document text that spans index to the record. */
  includeText?: boolean;
  /** When given, milliseconds spent per field are added to it. */
  timings?: FieldTimings;
}

export type FieldTimings = Record<string, number>;

/** The file name without its last extension (as `basename` then `/\.[^.]+$/` removed, or the name if that leaves nothing). */
export function stemOf(path: string): string {
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot >= 0 && dot < base.length - 1 ? base.slice(0, dot) || base : base;
}

// crypto.hash (Node 20.12+) is one call: a Hash object per document cost more than hashing its 3.5 KB.
const sha256Hex: (bytes: Uint8Array) => string = typeof crypto.hash === 'function'
  ? (bytes) => crypto.hash('sha256', bytes, 'hex')
  : (bytes) => crypto.createHash('sha256').update(bytes).digest('hex');

function timed<T>(timings: FieldTimings | undefined, field: string, run: () => T): T {
  if (!timings) return run();
  const t0 = performance.now();
  const out = run();
  timings[field] = (timings[field] ?? 0) + performance.now() - t0;
  return out;
}

/** Extract a record from text or HTML (a string) or from raw bytes (decoded here). */
export function extract(input: string | Uint8Array, options: ExtractOptions = {}): DocumentRecord {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const doc = timed(options.timings, 'input', () =>
    typeof input === 'string'
      ? documentFromString(input, options.inputFormat, { legacyEncoding: options.legacyEncoding })
      : documentFromBytes(input, options.path ?? null, options.inputFormat, { legacyEncoding: options.legacyEncoding }),
  );
  return extractDocument(doc, bytes, options);
}

/** Extract a record from an already built Document; `bytes` are the input it came from. */
export function extractDocument(doc: Document, bytes: Uint8Array, options: ExtractOptions = {}): DocumentRecord {
  const t = options.timings;
  const ctx = createContext(doc);
  const meta = timed(t, 'meta', () => extractMeta(ctx));
  ctx.bodyStart = meta.bodyStart;
  ctx.publishedAt = meta.publishedAt;
  const dates = timed(t, 'dates', () => extractDates(ctx));
  const eventDate = timed(t, 'eventDate', () => pickEventDate(ctx, dates));
  const agencies = timed(t, 'agencies', () => extractAgencies(ctx));
  const locations = timed(t, 'locations', () => extractLocations(ctx));
  const officials = timed(t, 'officials', () => {
    const found = extractOfficials(ctx);
    found.push(...findForeignOfficials(ctx, found));
    return found;
  });
  const initiatives = timed(t, 'initiatives', () => extractInitiatives(ctx));
  const path = options.path ?? null;
  const record: DocumentRecord = {
    id: options.id ?? (path && path !== '-' ? stemOf(path) : 'document'),
    source: {
      path,
      sha256: sha256Hex(bytes),
      bytes: bytes.byteLength,
      format: doc.format,
      encoding: doc.encoding,
      url: doc.meta.url ?? null,
    },
    title: meta.title,
    category: meta.category,
    author: doc.meta.author ?? null,
    publishedAt: meta.publishedAt,
    attribution: meta.attribution,
    evidence: { title: meta.titleMention, publishedAt: meta.publishedAtMention, attribution: meta.attributionMention },
    eventDate,
    dates,
    locations,
    officials,
    agencies: withoutOfficialNames(agencies, officials, locations),
    initiatives,
    warnings: [...doc.warnings],
  };
  if (options.includeText) record.text = doc.text;
  return record;
}
