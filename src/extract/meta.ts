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
const POSTED_LINE = /^\s*(?:Đăng lúc|Cập nhật lúc|Ngày đăng:?)\s*(\d{1,2}):(\d{2})\s*(?:,\s*)?(?:ngày\s*)?(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/i;
const ATTRIBUTION_LINE = /^\s*(?:Theo|Nguồn\s*:)\s+(.{2,120}?)\s*$/;

const pad = (n: string | number) => String(n).padStart(2, '0');

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
    out.titleMention = mentionAt(text, head.start, head.end);
    out.title = out.titleMention.text;
    out.bodyStart = head.end;
    i++;
  }
  // A posting line may follow the headline within the next two lines.
  for (let j = i; j < Math.min(lines.length, i + 2); j++) {
    const seg = lines[j];
    const m = POSTED_LINE.exec(text.slice(seg.start, seg.end));
    if (!m) continue;
    const [, hh, mi, dd, mm, yyyy] = m;
    out.publishedAt = `${yyyy}-${pad(mm)}-${pad(dd)}T${pad(hh)}:${mi}:00+07:00`;
    out.publishedAtMention = mentionAt(text, seg.start, seg.end);
    out.bodyStart = seg.end;
    break;
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
