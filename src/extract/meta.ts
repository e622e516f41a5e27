// Headline, portal lines ("Chuyên mục:", "Đăng lúc ..."), and the closing "Theo ..." attribution.
import type { Mention } from '../record/schema.js';
import { mentionAt, type ExtractContext } from './context.js';

export interface MetaResult {
  title: string | null;
  titleMention: Mention | null;
  category: string[];
  publishedAt: string | null;
  publishedAtMention: Mention | null;
  attribution: string | null;
  attributionMention: Mention | null;
  /** Offset after the headline and portal lines, where the article proper starts. */
  bodyStart: number;
}

const CATEGORY_LINE = /^\s*Chuyên mục\s*:\s*(.+?)\s*$/;
const POSTED_CUE = String.raw`^\s*(?:Đăng lúc|Đăng ngày|Cập nhật lúc|Cập nhật|Ngày đăng|Thời gian đăng|Xuất bản)\s*:?\s*(?:(?:Thứ\s+\S+|Chủ nhật)\s*,\s*)?`;
const CLOCK = String.raw`(\d{1,2})\s*[:h]\s*(\d{2})`;
const DAY = String.raw`(?:ngày\s*)?(\d{1,2})[/-](\d{1,2})[/-](\d{4})`;
/** "Đăng lúc 17:57 07/01/2020" (time first) or "Cập nhật: 07/01/2020, 17:57" (date first). */
const POSTED_TIME_FIRST = new RegExp(`${POSTED_CUE}${CLOCK}\\s*(?:,\\s*|-\\s*)?${DAY}\\s*(?:\\(?GMT\\+7\\)?)?\\s*$`, 'i');
const POSTED_DATE_FIRST = new RegExp(`${POSTED_CUE}${DAY}\\s*(?:,\\s*|-\\s*|lúc\\s*)?${CLOCK}\\s*(?:\\(?GMT\\+7\\)?)?\\s*$`, 'i');
/** A byline closing a portal copy: "Tiểu Lam - Thể thao Việt Nam | 11:02 06/02/2017" (often run into the body). */
const BYLINE_POSTED = /\|[ \t]?(\d{1,2}):(\d{2})[ \t]+(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?!\d)/;
/** A closing source line names an outlet, not a person's view ("Theo ông A, ..." is a sentence). */
const ATTRIBUTION_LINE = /^\s*(?:Theo|Nguồn\s*:)\s+(?!(?:ông|bà|anh|chị|các|những|đó|đây|đấy)\s)([^,;:!?]{2,80}?)\s*\.?\s*$/u;

const pad = (n: string | number) => String(n).padStart(2, '0');

const validDay = (dd: string, mm: string) => Number(dd) >= 1 && Number(dd) <= 31 && Number(mm) >= 1 && Number(mm) <= 12;

const QUOTE = /["'“”‘’«»]/;

/** The headline keeps its closing ? ! … (part of the wording); only spaces and a pair of wrapping quotes go. */
// Zero-width spaces and BOMs pasted at a headline's edge are not part of it (\s has neither).
const EDGE_BLANK = /[\s\u200b\u200c\u200d\u2060\ufeff]/;

function headlineAt(text: string, start: number, end: number): Mention {
  while (start < end && EDGE_BLANK.test(text[start])) start++;
  while (end > start && EDGE_BLANK.test(text[end - 1])) end--;
  if (end - start > 2 && QUOTE.test(text[start]) && QUOTE.test(text[end - 1])) {
    // Only when the quotes wrap the whole line, not "A" ... "B".
    if (!QUOTE.test(text.slice(start + 1, end - 1))) { start++; end--; }
  }
  return { text: text.slice(start, end), span: [start, end] };
}

export function extractMeta(ctx: ExtractContext): MetaResult {
  const { text } = ctx;
  const lines = ctx.doc.segments.filter((s) => s.kind !== 'caption');
  const out: MetaResult = {
    title: null, titleMention: null, category: [], publishedAt: null, publishedAtMention: null,
    attribution: null, attributionMention: null, bodyStart: 0,
  };
  let i = 0;
  // Portal copies open with "Chuyên mục: A, B" before the headline.
  const first = lines[0];
  if (first) {
    const m = CATEGORY_LINE.exec(text.slice(first.start, first.end));
    if (m) {
      out.category = m[1].split(/\s*,\s*/).filter(Boolean);
      i = 1;
    }
  }
  const head = lines[i];
  if (head) {
    out.titleMention = headlineAt(text, head.start, head.end);
    out.title = out.titleMention.text;
    out.bodyStart = head.end;
    i++;
  }
  // A posting line may follow the headline within the next two lines.
  for (let j = i; j < Math.min(lines.length, i + 2); j++) {
    const seg = lines[j];
    const line = text.slice(seg.start, seg.end);
    let hh: string, mi: string, dd: string, mm: string, yyyy: string;
    const t = POSTED_TIME_FIRST.exec(line);
    if (t) [, hh, mi, dd, mm, yyyy] = t;
    else {
      const d = POSTED_DATE_FIRST.exec(line);
      if (!d) continue;
      [, dd, mm, yyyy, hh, mi] = d;
    }
    out.publishedAt = `${yyyy}-${pad(mm)}-${pad(dd)}T${pad(hh)}:${mi}:00+07:00`;
    out.publishedAtMention = mentionAt(text, seg.start, seg.end);
    out.bodyStart = seg.end;
    break;
  }
  if (!out.publishedAt && text.includes('|')) {
    const b = BYLINE_POSTED.exec(text.slice(out.bodyStart));
    if (b && Number(b[1]) < 24 && Number(b[2]) < 60 && validDay(b[3], b[4])) {
      const [, hh, mi, dd, mm, yyyy] = b;
      out.publishedAt = `${yyyy}-${pad(mm)}-${pad(dd)}T${pad(hh)}:${mi}:00+07:00`;
      const start = out.bodyStart + b.index + b[0].indexOf(hh);
      out.publishedAtMention = mentionAt(text, start, out.bodyStart + b.index + b[0].length);
    }
  }
  const last = lines[lines.length - 1];
  if (last && lines.length > 1) {
    const line = text.slice(last.start, last.end);
    const m = ATTRIBUTION_LINE.exec(line);
    if (m) {
      const start = last.start + line.indexOf(m[1]);
      out.attributionMention = mentionAt(text, start, start + m[1].length);
      out.attribution = out.attributionMention.text;
    }
  }
  const pm = ctx.doc.meta;
  if (pm.title) { out.title = pm.title; out.titleMention = null; }
  if (pm.publishedAt && !out.publishedAt) out.publishedAt = pm.publishedAt;
  if (pm.category?.length && !out.category.length) out.category = pm.category;
  if (pm.attribution && !out.attribution) out.attribution = pm.attribution;
  return out;
}
