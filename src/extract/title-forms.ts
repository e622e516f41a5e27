// Short and full forms of one post (the guideline: one title, in its fuller form).
import type { Official } from '../record/schema.js';

/** Words that make another post, or tell another time or place of it, when written inside one. */
// (and a term: "Tổng thống đắc cử của Pháp" beside "Tổng thống Pháp" is written as two titles, as the golds write them)
const OTHER_POST_WORDS = new Set(['tổng', 'phó', 'thứ', 'nguyên', 'cựu', 'quyền', 'cố', 'tân', 'chánh', 'đồng', 'và', 'tại', 'ở', 'kiêm', 'thuộc',
  'mới', 'đắc', 'cử', 'nhậm', 'mãn', 'nhiệm', 'sắp', 'tái', 'đương', 'kế', 'sẽ', 'từng']);
/** A word written in lower case, letters first (no number, acronym or name). */
const isLowerWord = (w: string): boolean => w !== w.toUpperCase() && w === w.toLowerCase();

/**
 * "Tổng Giám đốc Tesla Inc" beside "Tổng Giám đốc tập đoàn sản xuất ô tô điện Tesla Inc", "Thư ký báo chí Tổng thống Nga"
 * beside "thư ký báo chí của Tổng thống Nga": `short` is `long` less lower-case words only (a description, the body's
 * "của"; not a term, "mới đắc cử", "sắp mãn nhiệm"), the same first word and every
 * capitalised word kept in order; one post, in its fuller form. Texts as written: the words left out are told by their
 * lower case, so a body ("Chủ tịch Quân ủy Trung ương Trung Quốc") or a deputy ("Phó") left out is another post.
 */
export function lacksLowerWords(long: string, short: string): boolean {
  const lw = long.split(' '), sw = short.split(' ');
  if (lw.length <= sw.length || sw.length < 2 || lw[0].toLowerCase() !== sw[0].toLowerCase()) return false;
  let j = 1;
  for (let i = 1; i < lw.length; i++) {
    if (j < sw.length && lw[i].toLowerCase() === sw[j].toLowerCase()) { j++; continue; }
    if (!isLowerWord(lw[i]) || OTHER_POST_WORDS.has(lw[i])) return false;
  }
  return j === sw.length;
}

/** Each official's posts less those written short beside their fuller form (see lacksLowerWords), whichever pass read them. */
export function withoutShortFormPosts(lists: readonly Official[][]): void {
  for (const list of lists) {
    for (const o of list) {
      if (o.positions.length < 2) continue;
      const ps = o.positions;
      const kept = ps.filter((p) => !ps.some((q) => q !== p && (lacksLowerWords(q.text, p.text) || fullerWrittenPost(q, p))));
      if (kept.length < ps.length) o.positions = kept;
    }
  }
}

/** Words for a post held before, one the other's synonym ("cựu Chủ tịch" and "nguyên Chủ tịch" are one former post). */
const FORMER_WORDS = new Set(['cựu', 'nguyên']);
/** Level words a place's name follows: a post written with the level word alone is the same post short of the place. */
const LEVEL_LAST_WORDS = new Set(['xã', 'huyện', 'tỉnh', 'quận', 'phường', 'tp', 'phố', 'trấn']);
/** An acronym's separators ("TN-MT", "TN&MT", "GD-ĐT"), one body however spaced. */
const ACRONYM_SEPARATOR_RE = /[-&–]/g;
const ACRONYM_RE = /^[\p{Lu}\-&–]{2,}$/u;
const NAME_START_RE = /^\p{Lu}/u;

/** A word compared: lower case, the former word one, an acronym's separators dropped. */
function formWord(w: string): string {
  const l = w.toLowerCase();
  if (FORMER_WORDS.has(l)) return 'nguyên';
  return ACRONYM_RE.test(w) ? l.replace(ACRONYM_SEPARATOR_RE, '') : l;
}
/** A word's first letter, its marks and "đ" folded ("Đà" → "d", "giám" → "g"). */
const initialOf = (w: string): string => {
  const c = w.normalize('NFD')[0].toLowerCase();
  return c === 'đ' ? 'd' : c;
};
/** The letters of an acronym, folded as initials are ("GĐ" → "gd", "TN&MT" → "tnmt"). */
const acronymLetters = (w: string): string => [...w.replace(ACRONYM_SEPARATOR_RE, '')].map(initialOf).join('');

/** How many words of `ws` from i the acronym `a` spells by their initials (0: none; two at least). */
function spelledRun(a: string, ws: string[], i: number): number {
  if (!ACRONYM_RE.test(a)) return 0;
  const letters = acronymLetters(a);
  if (letters.length < 2 || i + letters.length > ws.length) return 0;
  for (let m = 0; m < letters.length; m++) {
    const w = ws[i + m];
    if (ACRONYM_RE.test(w) || initialOf(w) !== letters[m]) return 0;
  }
  return letters.length;
}

/** The people's committee, in its acronym or in full: the body a chair of a commune, district or province heads. */
const PEOPLES_COMMITTEE_FORMS = [['ubnd'], ['ủy', 'ban', 'nhân', 'dân'], ['uỷ', 'ban', 'nhân', 'dân']];
/**
 * "cựu Chủ tịch xã" beside "nguyên Chủ tịch UBND xã Đồng Tâm": a chair's post written with the level word alone leaves
 * out the people's committee, which "Chủ tịch xã/huyện/tỉnh" means. How many words of `aw` from i name it, right after
 * "Chủ tịch" and before the level word both write (0: none).
 */
function peoplesCommitteeRun(aw: string[], i: number, bw: string[], j: number): number {
  if (j < 2 || bw[j - 1].toLowerCase() !== 'tịch' || bw[j - 2].toLowerCase() !== 'chủ' || !LEVEL_LAST_WORDS.has(bw[j].toLowerCase())) return 0;
  for (const f of PEOPLES_COMMITTEE_FORMS) {
    if (i + f.length < aw.length && f.every((w, m) => aw[i + m].toLowerCase() === w) && aw[i + f.length].toLowerCase() === bw[j].toLowerCase()) return f.length;
  }
  return 0;
}

/**
 * "Cục trưởng Cục NTBD" beside "Cục trưởng Cục Nghệ thuật biểu diễn", "nguyên Giám đốc Sở QHKT Hà Nội" beside "Nguyên
 * Giám đốc Sở Quy hoạch Kiến trúc HN", "cựu Bí thư Đảng ủy xã Đồng Tâm" beside "nguyên bí thư Đảng ủy xã": `a` and `b`
 * are one post written two ways: word for word up to case, "cựu" for "nguyên", an acronym's separators and an acronym
 * for the words its letters open (either side), and `b` may stop at a level word whose place `a` names after it.
 */
export function sameWrittenPost(a: string, b: string): boolean {
  const aw = a.split(' '), bw = b.split(' ');
  if (aw.length < 2 || bw.length < 2) return false;
  // (the post's own words spelled too: "PGĐ" for "Phó giám đốc", "Tổng GĐ" for "Tổng giám đốc")
  let i = 0, j = 0;
  while (i < aw.length && j < bw.length) {
    if (formWord(aw[i]) === formWord(bw[j])) { i++; j++; continue; }
    const ra = spelledRun(bw[j], aw, i);
    if (ra) { i += ra; j++; continue; }
    const rb = spelledRun(aw[i], bw, j);
    if (rb) { i++; j += rb; continue; }
    const rc = peoplesCommitteeRun(aw, i, bw, j);
    if (rc) { i += rc; continue; }
    return false;
  }
  if (j < bw.length) return false;
  if (i === aw.length) return true;
  // (the place after the level word, capitalised to its end: "... huyện" of "... huyện Mỹ Đức")
  if (!LEVEL_LAST_WORDS.has(bw[bw.length - 1].toLowerCase())) return false;
  for (let r = i; r < aw.length; r++) if (!NAME_START_RE.test(aw[r]) || ACRONYM_RE.test(aw[r])) return false;
  return true;
}

/** `a` is the fuller of two forms of one post (sameWrittenPost): more words, or as many and written first. */
export function fullerWrittenPost(a: { text: string; span: [number, number] }, b: { text: string; span: [number, number] }): boolean {
  if (!sameWrittenPost(a.text, b.text) && !sameWrittenPost(b.text, a.text)) return false;
  const na = a.text.split(' ').length, nb = b.text.split(' ').length;
  return na > nb || (na === nb && a.span[0] < b.span[0]);
}
