// Page metadata with ordered fallbacks (as trafilatura does): structured data first, then meta tags,
// then what the page shows. Also finds the headline element, the byline and the source line.
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { PageMeta } from '../document.js';
import { hasTime, isoFromMachineDate, isoFromVisibleDate } from './dates.js';
import { classIdParts, contains, isElement, squash, textOf } from './dom.js';

export interface PageFacts {
  meta: PageMeta;
  /** The article's <h1>, when the page has one. */
  headline: Element | null;
  /** Visible headline text (h1), else the metadata title. */
  headlineText: string | null;
  /** Byline and source elements read into meta; they are not article text. */
  consumed: Set<Element>;
}

type Json = Record<string, unknown>;

const ARTICLE_TYPES = /(?:^|\b)(?:News|Reportage|Analysis|Opinion|Review|Report|Scholarly|Tech)?Article$|^BlogPosting$|^LiveBlogPosting$/;
const HOME_CRUMB = /^(?:trang chủ|trang nhất|trang chính|home|homepage|tin tức|trang đầu)$/i;
const CRUMB_SEPARATORS = /\s*(?:»|›|>|→|\/|\|)\s*/;
const SITE_WORDS = /(?:\bbáo\b|\bcổng\b|tạp chí|thông tin điện tử|\bttđt\b|điện tử|online|\bnews\b|\bportal\b|\.vn\b|\.com\b|\.net\b|tin tức|truyền hình|phát thanh)/i;
const TITLE_SEPARATOR = /\s+[|–—-]\s+|\s*[|»]\s*/;
const BYLINE_PREFIX = /^\s*(?:tác giả|bài(?:,| và)? ảnh|bài|ảnh|tin(?:,| và)? ảnh|nhóm phóng viên|pv|ctv|by)\s*[:：-]?\s*/i;
const SOURCE_PREFIX = /^\s*(?:nguồn(?: tin)?|theo|source)\s*[:：-]?\s*/i;

function jsonLdObjects($: CheerioAPI): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) { for (const x of v) visit(x); return; }
    if (!v || typeof v !== 'object') return;
    const o = v as Json;
    out.push(o);
    if (o['@graph']) visit(o['@graph']);
  };
  $('script[type="application/ld+json"]').each((_, el) => {
    const raw = $(el).text().trim();
    if (!raw) return;
    try {
      visit(JSON.parse(raw));
    } catch {
      // CMSs leave raw line breaks inside JSON strings.
      try { visit(JSON.parse(raw.replace(/[\u0000-\u001f]+/g, ' '))); } catch { /* not JSON; skip */ }
    }
  });
  return out;
}

const typesOf = (o: Json): string[] => {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
};

function nameOf(v: unknown): string | undefined {
  if (typeof v === 'string') return squash(v) || undefined;
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : undefined;
  }
  if (v && typeof v === 'object') {
    const o = v as Json;
    if (typesOf(o).includes('Organization')) return undefined;
    return nameOf(o.name);
  }
  return undefined;
}

function idOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object') {
    const o = v as Json;
    return (typeof o['@id'] === 'string' ? o['@id'] : undefined) ?? (typeof o.url === 'string' ? o.url : undefined);
  }
  return undefined;
}

function metaContent($: CheerioAPI, ...keys: string[]): string | undefined {
  for (const k of keys) {
    const v = $(`meta[property="${k}"], meta[name="${k}"], meta[itemprop="${k}"]`).first().attr('content');
    if (v && v.trim()) return squash(v);
  }
  return undefined;
}

/** Drop the site name from a <title>: "Headline - Báo X", "Headline | Site". */
export function titleWithoutSite(raw: string, siteName?: string): string {
  const title = squash(raw);
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const site = siteName?.toLowerCase();
  const isSite = (p: string) => (!!site && (p.toLowerCase() === site || site.includes(p.toLowerCase()))) || SITE_WORDS.test(p);
  let start = 0;
  let end = parts.length;
  while (end - start > 1 && isSite(parts[end - 1])) end--;
  while (end - start > 1 && isSite(parts[start])) start++;
  if (start === 0 && end === parts.length) return title;
  // Rebuild from the original so separators inside the headline stay as written.
  const kept = parts.slice(start, end).join('\u0000');
  const first = title.indexOf(parts[start]);
  const last = title.lastIndexOf(parts[end - 1]) + parts[end - 1].length;
  return kept.includes('\u0000') ? title.slice(first, last) : parts[start];
}

/** Elements outside the article: menus, headers, footers, sidebars, related lists. */
function inChrome(el: AnyNode, headline: Element | null): boolean {
  for (let n: AnyNode | null = el; n; n = n.parent) {
    if (!isElement(n)) continue;
    if (headline && contains(n, headline)) return false;
    if (['nav', 'header', 'footer', 'aside'].includes(n.name)) return true;
    const parts = classIdParts(n);
    if (parts.some((p) => /^(?:header|topbar|top|footer|sidebar|menu|nav|related|relate|other|others|most|comments?|tinkhac|lienquan|chantrang|cotrai|box)$/.test(p))) {
      if (n !== el) return true;
    }
  }
  return false;
}

function pickHeadline($: CheerioAPI, hint: string | undefined): Element | null {
  const h1s = $('h1').toArray().filter((h) => squash(textOf(h)).length > 0 && !inChrome(h, null));
  if (!h1s.length) return null;
  if (hint) {
    const key = hint.toLowerCase();
    const match = h1s.find((h) => { const t = squash(textOf(h)).toLowerCase(); return t === key || key.includes(t) || t.includes(key); });
    if (match) return match;
  }
  return h1s.reduce((a, b) => (squash(textOf(b)).length > squash(textOf(a)).length ? b : a));
}

function breadcrumbFromJsonLd(objs: Json[]): string[] {
  for (const o of objs) {
    if (!typesOf(o).includes('BreadcrumbList')) continue;
    const items = Array.isArray(o.itemListElement) ? (o.itemListElement as Json[]) : [];
    const sorted = [...items].sort((a, b) => Number(a.position ?? 0) - Number(b.position ?? 0));
    const names = sorted.map((it) => nameOf(it.name) ?? nameOf((it.item as Json | undefined)?.name)).filter((x): x is string => !!x);
    return names;
  }
  return [];
}

function breadcrumbFromPage($: CheerioAPI): string[] {
  const el = $('[itemtype*="BreadcrumbList"], nav[aria-label*="readcrumb"], ol.breadcrumb, ul.breadcrumb')
    .add($('*').filter((_, e) => isElement(e) && classIdParts(e).some((p) => /^(?:breadcrumbs?|crumbs|duongdan|navigation-path|path)$/.test(p))))
    .first();
  if (!el.length) return [];
  const items = el.find('li').length ? el.find('li') : el.find('a');
  if (items.length) return items.toArray().map((x) => squash(textOf(x))).filter(Boolean);
  return squash(el.text()).split(CRUMB_SEPARATORS).filter(Boolean);
}

const cleanCrumbs = (names: string[], title: string | undefined) =>
  names.map((n) => n.replace(/^[»›>/|\s]+|[»›>/|\s]+$/g, '')).filter((n) => n && !HOME_CRUMB.test(n) && n !== title && n.length < 80);

/** Elements that look like a byline or a source line, nearest the article first. */
function findByClass($: CheerioAPI, words: RegExp, headline: Element | null): Element[] {
  return $('body *')
    .toArray()
    .filter((e) => classIdParts(e).some((p) => words.test(p)) && !inChrome(e, headline))
    .filter((e) => { const t = squash(textOf(e)); return t.length > 1 && t.length < 100; });
}

export function readPageMeta($: CheerioAPI): PageFacts {
  const objs = jsonLdObjects($);
  const article = objs.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t))) ?? objs.find((o) => 'datePublished' in o);
  const meta: PageMeta = {};
  const consumed = new Set<Element>();
  const siteName = metaContent($, 'og:site_name', 'application-name');

  // Title: og:title → article h1 → <title> without the site name.
  const ogTitle = metaContent($, 'og:title', 'twitter:title');
  const headline = pickHeadline($, ogTitle ?? (typeof article?.headline === 'string' ? article.headline : undefined));
  const h1Text = headline ? squash(textOf(headline)) : undefined;
  const docTitle = $('head > title').first().text() || $('title').first().text();
  meta.title = (ogTitle && titleWithoutSite(ogTitle, siteName)) || h1Text || (docTitle ? titleWithoutSite(docTitle, siteName) : undefined) || undefined;

  // Published: JSON-LD → article:published_time and kin → <time datetime> → a visible date line.
  let published = isoFromMachineDate(typeof article?.datePublished === 'string' ? article.datePublished : undefined);
  published ??= isoFromMachineDate(metaContent($, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date.issued', 'dc.date', 'og:published_time'));
  if (!published) {
    const t = $('[itemprop="datePublished"]').first();
    published = isoFromMachineDate(t.attr('content') ?? t.attr('datetime'));
  }
  published ??= isoFromMachineDate($('article time[datetime], time[pubdate]').first().attr('datetime'));
  published ??= visiblePublished($, headline);
  if (published) meta.publishedAt = published;

  // Category: JSON-LD breadcrumbs → breadcrumb element → article:section → "Chuyên mục:" line.
  let crumbs = cleanCrumbs(breadcrumbFromJsonLd(objs), meta.title);
  if (!crumbs.length) crumbs = cleanCrumbs(breadcrumbFromPage($), meta.title);
  if (!crumbs.length) {
    const section = metaContent($, 'article:section');
    if (section) crumbs = [section];
  }
  if (!crumbs.length) {
    const line = $('body *').toArray().map((e) => squash(textOf(e))).find((t) => /^Chuyên mục\s*:/i.test(t) && t.length < 120);
    if (line) crumbs = line.replace(/^Chuyên mục\s*:\s*/i, '').split(/\s*,\s*/).filter(Boolean);
  }
  if (crumbs.length) meta.category = crumbs;

  // Author: JSON-LD → author meta (not the site's own name) → byline on the page.
  const isSiteName = (s: string) => (siteName && s.toLowerCase() === siteName.toLowerCase()) || SITE_WORDS.test(s) || /^https?:/.test(s);
  let author = nameOf(article?.author);
  if (!author) {
    const m = metaContent($, 'author', 'article:author', 'dc.creator');
    if (m && !isSiteName(m)) author = m;
  }
  const bylines = findByClass($, /^(?:author|authors|byline|tacgia|writer|author\w*)$/, headline)
    .concat($('[itemprop="author"], [rel="author"]').toArray() as Element[]);
  for (const b of bylines) {
    consumed.add(b);
    if (!author) {
      const t = squash(textOf(b)).replace(BYLINE_PREFIX, '').replace(/[.;,\s]+$/, '');
      if (t && t.length < 60 && !isSiteName(t)) author = t;
    }
  }
  if (author) meta.author = author;

  // Attribution: a "Nguồn: ..." / source element by the article → a source meta tag.
  for (const s of findByClass($, /^(?:source|nguon|nguontin|sourcename|source\w*)$/, headline)) {
    consumed.add(s);
    if (meta.attribution) continue;
    const name = squash(textOf(s)).replace(SOURCE_PREFIX, '').replace(/[.;,\s]+$/, '');
    if (name && name.length < 80 && !/^xem\b/i.test(name)) meta.attribution = name;
  }
  meta.attribution ??= metaContent($, 'source', 'original-source', 'dc.source');

  const url = $('link[rel="canonical"]').attr('href') ?? metaContent($, 'og:url') ?? idOf(article?.mainEntityOfPage) ?? idOf(article?.url);
  if (url) meta.url = url.trim();

  return { meta, headline, headlineText: h1Text ?? meta.title ?? null, consumed };
}

/**
 * A visible date line: dated elements by name (date, time, ngaydang...) and short lines beside the
 * headline; ones with a time beat date-only ones (the header's "today" has no time).
 */
function visiblePublished($: CheerioAPI, headline: Element | null): string | undefined {
  let best: { iso: string; score: number } | undefined;
  const near = headline?.parent ?? null;
  $('body *').each((_, e) => {
    if (!isElement(e) || e.name === 'script' || e.name === 'style') return;
    const text = squash(textOf(e));
    if (text.length < 8 || text.length > 90 || !/\d/.test(text)) return;
    const dateNamed = classIdParts(e).some((p) => /^(?:date|time|datetime|ngay|ngaydang|thoigian|publish\w*|posted|post\w*time|meta|info)$/.test(p));
    const byHeadline = !!near && contains(near, e) && !e.children.some((c) => isElement(c) && squash(textOf(c)) === text);
    if (!dateNamed && !byHeadline && !/^(?:đăng|cập nhật|ngày đăng|thứ|chủ nhật)/i.test(text)) return;
    if (inChrome(e, headline)) return;
    const iso = isoFromVisibleDate(text);
    if (!iso) return;
    const score = (hasTime(iso) ? 2 : 0) + (byHeadline ? 2 : 0) + (dateNamed ? 1 : 0);
    if (!best || score > best.score) best = { iso, score };
  });
  return best?.iso;
}
