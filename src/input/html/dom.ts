// Small DOM helpers over domhandler nodes (what cheerio parses into), and the words that mark page chrome.
import type { AnyNode, Element } from 'domhandler';

export const isElement = (n: AnyNode | null | undefined): n is Element =>
  !!n && (n.type === 'tag' || n.type === 'script' || n.type === 'style');

const NEVER_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'title', 'select', 'option', 'textarea', 'button']);

// Passes read the same subtrees' text again and again; the DOM is not changed after parsing.
const textMemo = new WeakMap<Element, string>();
const linkLenMemo = new WeakMap<Element, number>();

/** The text of a subtree, without scripts and styles. */
export function textOf(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (!isElement(node) || NEVER_TEXT.has(node.name)) return '';
  let out = textMemo.get(node);
  if (out !== undefined) return out;
  out = '';
  for (const c of node.children) out += textOf(c);
  textMemo.set(node, out);
  return out;
}

/** Collapsed spaces, NFC (Windows-1258 pages decode to combining marks). */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim().normalize('NFC');

/** Characters of link text in a subtree. */
export function linkTextLength(node: AnyNode): number {
  if (!isElement(node)) return 0;
  let n = linkLenMemo.get(node);
  if (n !== undefined) return n;
  if (node.name === 'a') n = squash(textOf(node)).length;
  else {
    n = 0;
    for (const c of node.children) n += linkTextLength(c);
  }
  linkLenMemo.set(node, n);
  return n;
}

export function linkCount(node: AnyNode): number {
  if (!isElement(node)) return 0;
  let n = node.name === 'a' ? 1 : 0;
  for (const c of node.children) n += linkCount(c);
  return n;
}

export function hasDescendant(node: AnyNode, test: (e: Element) => boolean): boolean {
  if (!isElement(node)) return false;
  for (const c of node.children) if (isElement(c) && (test(c) || hasDescendant(c, test))) return true;
  return false;
}

export function contains(ancestor: AnyNode, node: AnyNode | null | undefined): boolean {
  for (let n = node; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

/** Lower-cased parts of an element's class and id, split at spaces, dashes and underscores. */
export function classIdParts(el: Element): string[] {
  const raw = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.toLowerCase();
  return raw ? raw.split(/[\s_-]+/).filter(Boolean) : [];
}

/**
 * Class/id words of page chrome: menus, breadcrumbs, sidebars, related and "other news" lists,
 * comments, sharing tools, tags, ads, dates and bylines (read as metadata before they are dropped).
 * English CMS words and the Vietnamese ones of home-grown portals (tinkhac, lienquan, binhluan...).
 */
const CHROME_WORDS = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'menus', 'submenu', 'megamenu', 'breadcrumb', 'breadcrumbs', 'crumbs',
  'sidebar', 'aside', 'widget', 'widgets', 'footer', 'header', 'topbar', 'masthead', 'logo',
  'related', 'relate', 'relation', 'other', 'others', 'more', 'readmore', 'seemore', 'same', 'suggest', 'recommend',
  'comment', 'comments', 'reply', 'share', 'sharing', 'social', 'sns', 'tool', 'tools', 'toolbar', 'print', 'rating',
  'vote', 'like', 'follow', 'subscribe', 'newsletter', 'login', 'search', 'tag', 'tags', 'keyword', 'keywords',
  'topic', 'topics', 'trending', 'hot', 'popular', 'most', 'ads', 'ad', 'adv', 'advert', 'advertisement', 'banner',
  'sponsor', 'promo', 'pagination', 'paging', 'pager', 'date', 'time', 'datetime', 'meta', 'info', 'author', 'byline',
  'source', 'origin', 'copyright', 'cookie', 'popup', 'modal', 'hidden',
  // Vietnamese portal words.
  'tinkhac', 'tinlienquan', 'lienquan', 'baivietkhac', 'cactinkhac', 'tindadua', 'tinmoi', 'tinnoibat', 'docnhieu',
  'xemnhieu', 'xemthem', 'docthem', 'binhluan', 'ykien', 'chiase', 'quangcao', 'chucnang', 'chantrang', 'duongdan',
  'menungang', 'menudoc', 'cotrai', 'khoitrai', 'lienket', 'tacgia', 'nguontin', 'ngaydang', 'thoigian', 'tukhoa',
]);
/** Parts that begin chrome words glued to others ("boxtinkhac", "relatednews", "sharebox"). */
const CHROME_PREFIXES = ['menu', 'breadcrumb', 'sidebar', 'related', 'comment', 'social', 'share', 'advert', 'footer', 'binhluan', 'tinlienquan', 'tinkhac', 'quangcao'];
const CHROME_SUFFIXES = ['tinkhac', 'lienquan', 'menu', 'related', 'comments', 'sidebar', 'footer'];

export function isChromeByName(el: Element): boolean {
  for (const p of classIdParts(el)) {
    if (CHROME_WORDS.has(p)) return true;
    if (p.length > 5 && (CHROME_PREFIXES.some((w) => p.startsWith(w)) || CHROME_SUFFIXES.some((w) => p.endsWith(w)))) return true;
  }
  return false;
}

/** Tags whose whole subtree is never article text. */
export const CHROME_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'form', 'button', 'input', 'select', 'textarea',
  'nav', 'aside', 'header', 'footer', 'marquee', 'object', 'embed', 'canvas', 'map', 'link', 'meta', 'video', 'audio',
]);

/** Headings of boxes that list other articles or hold reader comments. */
export const CHROME_BOX_HEADING =
  /^(?:tin liên quan|tin cùng (?:chuyên mục|chủ đề|sự kiện)|(?:các )?tin khác|các tin đã đưa|tin đã đưa|bài viết khác|bài khác|bài liên quan|xem thêm|đọc thêm|có thể bạn quan tâm|tin mới(?: nhất| hơn| cập nhật)?|tin nổi bật|tin nóng|đọc nhiều(?: nhất)?|xem nhiều(?: nhất)?|tin xem nhiều|bình luận|ý kiến(?: bạn đọc)?|gửi bình luận|từ khóa|từ khoá|tags?|chủ đề|liên kết(?: website)?|tin tiêu điểm|tiêu điểm|chia sẻ)\b/i;
