// A map from offsets in the clean text back to offsets in the decoded source.
// Stored as anchors where the two drift apart, so an unchanged text costs nothing.
import { decodedFacts } from './decoded-memo.js';

export class OffsetMap {
  /** clean[i] ↦ source[i]; between anchors the offsets move together. */
  private readonly clean: number[] = [0];
  private readonly source: number[] = [0];

  /** Record that clean offset `c` corresponds to source offset `s` (call in increasing order). */
  anchor(c: number, s: number): void {
    const last = this.clean.length - 1;
    if (this.clean[last] === c) { this.source[last] = s; return; }
    // Skip anchors that the previous one already implies.
    if (c - this.clean[last] === s - this.source[last]) return;
    this.clean.push(c);
    this.source.push(s);
  }

  toSource(offset: number): number {
    let lo = 0;
    let hi = this.clean.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.clean[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return this.source[lo] + (offset - this.clean[lo]);
  }

  get isIdentity(): boolean {
    return this.clean.length === 1;
  }
}


/**
 * Whether `s` is NFC with no CR by a scan of its code units: true when every unit is one that is
 * NFC on its own and never composes with the one before (Latin below U+0300, the precomposed
 * Vietnamese letters U+1EA0–U+1EF9, dashes and quotes U+2010–U+2027), as nearly every article's are.
 * False only means "not known": the caller asks ICU.
 */
export function plainlyNfc(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x300) {
      if (c === 13) return false;
    } else if (!(c >= 0x1ea0 && c <= 0x1ef9) && !(c >= 0x2010 && c <= 0x2027)) return false;
  }
  return true;
}

/**
 * NFC and \n line ends, with the offset map back to `decoded`. Works chunk by chunk
 * (a base character plus its combining marks, or a line end) only when the text needs it.
 */
export function cleanWithMap(decoded: string): { text: string; map: OffsetMap } {
  const map = new OffsetMap();
  // Fast path (almost every article): already NFC, no CR. The unit scan settles 99.5 % of articles for a
  // fraction of ICU's check (which copies the text); a /[\r\p{M}]/u scan cost ~35 µs.
  // (the UTF-8 decoder has already made the unit scan of the text it gave)
  const facts = decodedFacts(decoded);
  const plain = facts ? facts.plainNfc : plainlyNfc(decoded);
  if (plain || (decoded.indexOf('\r') < 0 && decoded.normalize('NFC') === decoded)) return { text: decoded, map };
  // The pieces are joined once at the end: `out +=` per cluster left a V8 cons string, and the first one to reach the
  // extractors threw away the optimised code of every function that had only seen flat text (tokenize,
  // extractDocument, documentFromText, ...). join() makes a flat (sequential) string.
  const parts: string[] = [];
  let len = 0;
  let i = 0;
  const n = decoded.length;
  while (i < n) {
    if (decoded.charCodeAt(i) === 13) {
      map.anchor(len, i);
      parts.push('\n');
      len++;
      i += decoded.charCodeAt(i + 1) === 10 ? 2 : 1;
      map.anchor(len, i);
      continue;
    }
    // A cluster: one code unit plus following combining marks (the code units of an astral character are two
    // clusters, neither of them a mark: the scan reads units, as it always has).
    let j = i + 1;
    while (j < n && /\p{M}/u.test(decoded[j])) j++;
    const nfc = decoded.slice(i, j).normalize('NFC');
    map.anchor(len, i);
    parts.push(nfc);
    len += nfc.length;
    i = j;
    map.anchor(len, i);
  }
  return { text: parts.join(''), map };
}
