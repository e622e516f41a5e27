// Date mentions and the event date. One parser per expression shape; the event-date picker refines afterwards.
import type { DateMention } from '../record/schema.js';
import type { ExtractContext } from './context.js';

/** First-cut parser: dd/mm/yyyy and dd/mm after "ngày". Issue "Accuracy" widens it. */
const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}))?(?![\d/-])/g;

const pad = (n: number) => String(n).padStart(2, '0');

export function extractDates(ctx: ExtractContext): DateMention[] {
  const out: DateMention[] = [];
  const pubYear = ctx.publishedAt ? ctx.publishedAt.slice(0, 4) : null;
  for (const m of ctx.text.matchAll(NUMERIC_DATE)) {
    const d = Number(m[1]);
    const mo = Number(m[2]);
    if (d < 1 || d > 31 || mo < 1 || mo > 12) continue;
    const written = m[3] ?? null;
    const year = written ?? pubYear ?? 'XXXX';
    const start = m.index!;
    out.push({
      value: `${year}-${pad(mo)}-${pad(d)}`,
      text: m[0],
      span: [start, start + m[0].length],
      yearImplied: !written && year !== 'XXXX',
    });
  }
  return out;
}

/** The main event's date: the first date mention in the article body. */
export function pickEventDate(ctx: ExtractContext, dates: DateMention[]): DateMention | null {
  return dates.find((d) => d.span[0] >= ctx.bodyStart) ?? null;
}
