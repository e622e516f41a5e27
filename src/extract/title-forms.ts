// Short and full forms of one post (the guideline: one title, in its fuller form).

/** Words that make another post, or tell another time of it, when written inside one. */
const OTHER_POST_WORDS = new Set(['tổng', 'phó', 'thứ', 'nguyên', 'cựu', 'quyền', 'cố', 'tân', 'chánh', 'đồng', 'của', 'và', 'tại', 'ở']);
const isLowerWord = (w: string): boolean => w !== w.toUpperCase() && w === w.toLowerCase();

/**
 * "Tổng Giám đốc Tesla Inc" beside "Tổng Giám đốc tập đoàn sản xuất ô tô điện Tesla Inc", "Hiệu trưởng Trường Trưng
 * Vương" beside "Hiệu trưởng Trường trung học phổ thông Trưng Vương": `short` is `long` less a lower-case description of
 * two words or more before the same capitalised name (the body described, then named); one post, in its fuller form.
 * Texts as written: the description is told by its lower case.
 */
export function lacksLowerDescription(long: string, short: string): boolean {
  const lw = long.split(' '), sw = short.split(' ');
  if (lw.length < sw.length + 2) return false;
  let q = 0;
  while (q < sw.length && lw[q].toLowerCase() === sw[q].toLowerCase()) q++;
  if (q === 0 || q === sw.length || !isUpperInitial(sw[q])) return false;
  const gapEnd = lw.length - (sw.length - q);
  for (let r = q; r < sw.length; r++) if (lw[gapEnd + r - q] !== sw[r]) return false;
  for (let r = q; r < gapEnd; r++) if (!isLowerWord(lw[r]) || OTHER_POST_WORDS.has(lw[r])) return false;
  return true;
}
const isUpperInitial = (w: string): boolean => { const c = w.charAt(0); return c !== c.toLowerCase(); };
