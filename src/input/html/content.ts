// The article body of a page: drop the chrome, find the densest text container (readability-style
// scoring), then read its blocks in order as paragraphs, a lead and image captions.
import type { AnyNode, Document as DomDocument, Element } from 'domhandler';
import type { SegmentKind } from '../document.js';
import {
  CHROME_BOX_HEADING, CHROME_TAGS, classIdParts, contains, hasDescendant, isChromeByName, isElement, linkCount,
  linkTextLength, squash, textOf,
} from './dom.js';

/** One text piece of a block and where it starts in the decoded page. */
export interface Piece {
  text: string;
  source: number;
}

export interface Block {
  kind: SegmentKind;
  pieces: Piece[];
}

const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'label', 'mark',
  'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'strike', 'tt', 'nobr', 'img',
]);
const SAPO_PARTS = /^(?:sapo|sapeo|lead|leadtext|summary|description|desc|chapeau|excerpt|intro|abstract|tomtat|trichyeu|teaser|standfirst)$/;
const CAPTION_PARTS = /^(?:caption|captions|figcaption|chuthich|imgcaption|imagecaption|photocaption|expnote)$/;
const MIN_BLOCK = 25;

const sourceStart = (n: AnyNode): number => (n as unknown as { sourceCodeLocation?: { startOffset: number } }).sourceCodeLocation?.startOffset ?? 0;

/** Text written directly in an element or its inline children (a paragraph's own text). */
function ownInlineText(el: Element): string {
  let out = '';
  for (const c of el.children) {
    if (c.type === 'text') out += (c as unknown as { data: string }).data;
    else if (isElement(c) && INLINE.has(c.name)) out += textOf(c);
  }
  return out;
}

const isImage = (e: Element) => e.name === 'img' || e.name === 'picture';

export function extractBlocks(root: DomDocument, headline: Element | null, consumed: Set<Element>): Block[] {
  // Pass 1: paragraph mass per element, so that chrome-named wrappers of the article are not dropped.
  const mass = new Map<Element, number>();
  let total = 0;
  const massWalk = (n: AnyNode) => {
    if (!isElement(n) || CHROME_TAGS.has(n.name) && !(headline && contains(n, headline))) return;
    const len = squash(ownInlineText(n)).length;
    if (len >= MIN_BLOCK) {
      total += len;
      for (let p: AnyNode | null = n; p && isElement(p); p = p.parent) mass.set(p, (mass.get(p) ?? 0) + len);
    }
    for (const c of n.children) massWalk(c);
  };
  for (const c of root.children) massWalk(c);

  // Pass 2: what is chrome.
  const skipped = new Set<Element>(consumed);
  const protectedEl = (e: Element) => (headline !== null && contains(e, headline)) || (mass.get(e) ?? 0) > total * 0.5;
  const pruneWalk = (n: AnyNode) => {
    if (!isElement(n)) return;
    if (n.attribs.hidden !== undefined || /display\s*:\s*none/i.test(n.attribs.style ?? '')) { skipped.add(n); return; }
    if (CHROME_TAGS.has(n.name) && !protectedEl(n)) { skipped.add(n); return; }
    if (isChromeByName(n) && !protectedEl(n) && !SAPO_PARTS.test(classIdParts(n).join(' ')) && !isCaptionByName(n)) { skipped.add(n); return; }
    if (isLinkList(n) && !protectedEl(n)) { skipped.add(n); return; }
    const own = squash(ownInlineText(n));
    if (own.length < 40 && CHROME_BOX_HEADING.test(own) && n !== headline) {
      const box = n.parent;
      if (isElement(box) && !protectedEl(box) && squash(textOf(box)).length < 1500) skipped.add(box);
      else skipped.add(n);
      return;
    }
    for (const c of n.children) pruneWalk(c);
  };
  for (const c of root.children) pruneWalk(c);
  const isSkipped = (n: AnyNode): boolean => {
    for (let p: AnyNode | null = n; p; p = p.parent) if (isElement(p) && skipped.has(p)) return true;
    return false;
  };

  // Pass 3: score containers by the paragraphs they hold.
  const score = new Map<Element, number>();
  const scoreWalk = (n: AnyNode) => {
    if (!isElement(n) || skipped.has(n)) return;
    const own = squash(ownInlineText(n));
    if (own.length >= MIN_BLOCK && n !== headline) {
      const links = linkTextLength(n);
      const s = (1 + (own.match(/[,،]/g)?.length ?? 0) + Math.min(Math.floor(own.length / 100), 3)) * (1 - Math.min(1, links / own.length));
      let level = 0;
      for (let p: AnyNode | null = n.parent; p && isElement(p) && level < 3; p = p.parent, level++) {
        score.set(p, (score.get(p) ?? 0) + s / (level === 0 ? 1 : level * 2));
      }
    }
    for (const c of n.children) scoreWalk(c);
  };
  for (const c of root.children) scoreWalk(c);
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) if (s > bestScore) { best = el; bestScore = s; }
  if (!best) return [];

  // Siblings that carry article text too (bodies split around an ad or a photo block).
  const parts: Element[] = [];
  const lead = findLead(root, best, headline, isSkipped);
  const siblings = best.parent && isElement(best.parent) ? best.parent.children : [best];
  for (const s of siblings) {
    if (!isElement(s) || skipped.has(s) || (lead && (contains(s, lead) || contains(lead, s)))) continue;
    if (s === best) { parts.push(s); continue; }
    const own = squash(ownInlineText(s));
    const sScore = score.get(s) ?? 0;
    const dense = own.length >= 80 && linkTextLength(s) < own.length * 0.25;
    if ((sScore >= bestScore * 0.2 && sScore > 3) || dense) parts.push(s);
  }

  const blocks: Block[] = [];
  if (lead) blocks.push(...readBlocks(lead, 'lead', headline, skipped));
  for (const p of parts) blocks.push(...readBlocks(p, 'body', headline, skipped));
  return blocks;
}

/** A list or box that is mostly links: menus, "tin khác", tag clouds. */
function isLinkList(el: Element): boolean {
  if (!['ul', 'ol', 'div', 'section', 'table', 'dl', 'p'].includes(el.name)) return false;
  const n = linkCount(el);
  if (n < 3) return false;
  const len = squash(textOf(el)).length;
  return len > 0 && linkTextLength(el) / len > 0.6;
}

function isCaptionByName(el: Element): boolean {
  return el.name === 'figcaption' || classIdParts(el).some((p) => CAPTION_PARTS.test(p) || p.startsWith('caption') || p.endsWith('caption'));
}

/** The sapo: an element named like one, between the headline and the body, outside the body. */
function findLead(root: DomDocument, body: Element, headline: Element | null, isSkipped: (n: AnyNode) => boolean): Element | null {
  let found: Element | null = null;
  const walk = (n: AnyNode): boolean => {
    if (!isElement(n)) return false;
    if (n === body) return true; // stop: the body starts here
    if (classIdParts(n).some((p) => SAPO_PARTS.test(p)) && !isSkipped(n) && squash(textOf(n)).length >= MIN_BLOCK && !contains(n, body) && n !== headline) {
      found = n;
      return true;
    }
    for (const c of n.children) if (walk(c)) return true;
    return false;
  };
  for (const c of root.children) if (walk(c)) break;
  if (found && headline && sourceStart(found) < sourceStart(headline)) return null;
  return found;
}

/** A caption: inside a figure or a photo box (below the container), or a short line right under an image. */
function captionContext(el: Element, container: Element): boolean {
  if (isCaptionByName(el)) return true;
  if (el === container) return false;
  const text = squash(textOf(el));
  if (text.length > 300 || hasDescendant(el, isImage)) return false;
  let level = 0;
  for (let p: AnyNode | null = el.parent; p && isElement(p) && p !== container && level < 4; p = p.parent, level++) {
    if (p.name === 'figure' || p.name === 'figcaption') return true;
    if ((p.name === 'table' || p.name === 'div') && hasDescendant(p, isImage) && squash(textOf(p)).length < 400) return true;
  }
  let prev = el.prev;
  while (prev && !isElement(prev)) prev = prev.prev;
  return !!prev && isElement(prev) && (isImage(prev) || (hasDescendant(prev, isImage) && squash(textOf(prev)).length === 0));
}

const BLOCK_BREAK = new Set(['br', 'hr']);

/** The blocks of a container, in order; each text node is a piece that remembers its source offset. */
function readBlocks(container: Element, kind: SegmentKind, headline: Element | null, skipped: Set<Element>): Block[] {
  const out: Block[] = [];
  let current: Block | null = null;
  const flush = () => {
    if (current && current.pieces.some((p) => /\S/.test(p.text))) out.push(current);
    current = null;
  };
  const walk = (n: AnyNode, k: SegmentKind) => {
    if (n.type === 'text') {
      const data = (n as unknown as { data: string }).data;
      if (!data) return;
      current ??= { kind: k, pieces: [] };
      current.pieces.push({ text: data, source: sourceStart(n) });
      return;
    }
    if (!isElement(n) || skipped.has(n) || n === headline) return;
    if (BLOCK_BREAK.has(n.name)) { flush(); return; }
    if (INLINE.has(n.name)) {
      for (const c of n.children) walk(c, k);
      return;
    }
    flush();
    const own: SegmentKind = k === 'caption' || captionContext(n, container) ? 'caption' : classIdParts(n).some((p) => SAPO_PARTS.test(p)) ? 'lead' : k;
    for (const c of n.children) walk(c, own);
    flush();
  };
  walk(container, kind);
  flush();
  return out;
}
