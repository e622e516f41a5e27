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
      const kept = ps.filter((p) => !ps.some((q) => q !== p && lacksLowerWords(q.text, p.text)));
      if (kept.length < ps.length) o.positions = kept;
    }
  }
}
