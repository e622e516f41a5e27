// The one source of truth for a record: TypeScript types, JSON Schema and CSV columns all derive from here.
import { z } from 'zod';

/** `[start, end)` character offsets into the document text (decoded, NFC). */
export const Span = z
  .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
  .describe('[start, end) character offsets into the document text (decoded, NFC-normalized)');

/** A piece of the document: the words a value was read from. */
export const Mention = z.object({
  text: z.string().describe('the document text at span, verbatim'),
  span: Span,
});

export const DateMention = z.object({
  value: z.string().describe('TIMEX-style date: YYYY-MM-DD, or XXXX-MM-DD when the year is unknown'),
  text: z.string(),
  span: Span,
  yearImplied: z
    .boolean()
    .describe('true when the year was not written in the phrase but taken from publishedAt or the sentence'),
});

export const ProvinceRef = z.object({
  code: z.string().describe('official code of the province as named in the text (pre- or post-2025 list)'),
  name: z.string(),
  currentCode: z.string().describe('code of the province it belongs to since 1 July 2025'),
  currentName: z.string(),
});

export const LocationKind = z.enum(['country', 'region', 'province', 'district', 'commune', 'village']);
export const Location = z.object({
  name: z.string().describe('proper name without the administrative word (tỉnh, huyện, xã...)'),
  kind: LocationKind,
  aliases: z.array(z.string()),
  province: ProvinceRef.nullable().optional(),
  mentions: z.array(Mention),
});

export const Position = z.object({
  title: z.string().describe('the position head, e.g. "Thứ trưởng"'),
  organization: z.string().nullable().describe('the organization attached to the title, if written'),
  text: z.string().describe('the whole title as written, e.g. "Thứ trưởng Bộ Công an"'),
  span: Span,
});

export const Official = z.object({
  name: z.string().describe('fullest written form of the name, without honorifics'),
  rank: z.string().nullable().describe('military or police rank as written'),
  rankMention: Mention.nullable(),
  positions: z.array(Position),
  mentions: z.array(Mention),
});

export const Agency = z.object({
  name: z.string().describe('fullest written form'),
  aliases: z.array(z.string()),
  mentions: z.array(Mention),
});

export const InitiativeKind = z.enum(['model', 'movement', 'programme', 'campaign', 'plan', 'project', 'contest', 'other']);
export const Initiative = z.object({
  name: z.string(),
  kind: InitiativeKind,
  aliases: z.array(z.string()),
  mentions: z.array(Mention),
});

export const InputFormat = z.enum(['text', 'html']);
export const Source = z.object({
  path: z.string().nullable().describe('input path, "-" for stdin, null for library calls'),
  sha256: z.string().describe('hex sha256 of the input bytes'),
  bytes: z.number().int().nonnegative(),
  format: InputFormat,
  encoding: z.string().describe('encoding the input was decoded from'),
  url: z.string().nullable().optional().describe('canonical URL, from HTML'),
});

export const Evidence = z.object({
  title: Mention.nullable(),
  publishedAt: Mention.nullable(),
  attribution: Mention.nullable(),
});

export const DocumentRecord = z.object({
  id: z.string(),
  source: Source,
  title: z.string().nullable(),
  category: z.array(z.string()),
  author: z.string().nullable().optional(),
  publishedAt: z.string().nullable().describe('ISO 8601 with +07:00 when the text states it'),
  attribution: z.string().nullable().describe('the source named in "Theo ..." at the end of the article'),
  evidence: Evidence.describe('where title, publishedAt and attribution were read; null when they came from HTML metadata'),
  eventDate: DateMention.nullable(),
  dates: z.array(DateMention),
  locations: z.array(Location),
  officials: z.array(Official),
  agencies: z.array(Agency),
  initiatives: z.array(Initiative),
  warnings: z.array(z.string()),
  text: z.string().optional().describe('the document text that spans index (with --include-text)'),
});

export type Span = z.infer<typeof Span>;
export type Mention = z.infer<typeof Mention>;
export type DateMention = z.infer<typeof DateMention>;
export type ProvinceRef = z.infer<typeof ProvinceRef>;
export type LocationKind = z.infer<typeof LocationKind>;
export type Location = z.infer<typeof Location>;
export type Position = z.infer<typeof Position>;
export type Official = z.infer<typeof Official>;
export type Agency = z.infer<typeof Agency>;
export type InitiativeKind = z.infer<typeof InitiativeKind>;
export type Initiative = z.infer<typeof Initiative>;
export type InputFormat = z.infer<typeof InputFormat>;
export type Source = z.infer<typeof Source>;
export type DocumentRecord = z.infer<typeof DocumentRecord>;

/** JSON Schema of a record, as written to schemas/record.schema.json. */
export function recordJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DocumentRecord, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return { $id: 'https://vnpress.dev/schemas/record.schema.json', title: 'vnpress record', ...schema };
}
