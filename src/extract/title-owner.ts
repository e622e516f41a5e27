// Posts read on past their end: into the next sentence's subject, or into another official's name.
import type { Official, Position } from '../record/schema.js';

/** A capitalised honorific closing a post: the next sentence's subject, glued on with no stop. */
const CLOSING_HONORIFIC_RE = / (?:Ông|Bà)$/;
/**
 * "Chánh Văn phòng UBND TP.HCM Võ Văn Hoan Ông Võ Văn Hoan cho biết", "Tổng giám đốc Tập đoàn Thành Công Ông Trần Bá
 * Dương, Chủ tịch ...": a caption or heading glued to the next sentence, the post read on into its holder's name and the
 * next subject's honorific. Closed by the holder's own name, the post is cut before it; else it is no post of the person
 * after the honorific (it was the one before it), and is dropped; a person left with no post and no rank is no official.
 */
export function withoutRunOnHonorifics(lists: readonly Official[][]): void {
  for (const list of lists) {
    for (let j = list.length - 1; j >= 0; j--) {
      const o = list[j];
      const had = o.positions.length;
      for (let q = o.positions.length - 1; q >= 0; q--) {
        const p = o.positions[q];
        if (!CLOSING_HONORIFIC_RE.test(p.text)) continue;
        const body = p.text.slice(0, p.text.length - 4);
        const own = o.mentions.map((m) => m.text).filter((n) => n.indexOf(' ') > 0 && body.endsWith(' ' + n)).sort((a, b) => b.length - a.length)[0];
        const end = own ? body.length - own.length - 1 : -1;
        // (dropped only after "Ông": "Bà" closes places too, "Bệnh viện đa khoa Cát Bà")
        if (end <= p.title.length - 1) { if (p.text.endsWith(' Ông')) o.positions.splice(q, 1); continue; }
        const text = p.text.slice(0, end);
        if (o.positions.some((x) => x !== p && x.text === text)) { o.positions.splice(q, 1); continue; }
        o.positions[q] = { title: p.title, organization: end > p.title.length + 1 ? p.text.slice(p.title.length + 1, end) : null, text, span: [p.span[0], p.span[0] + end] };
      }
      // (its only post dropped, with no rank: no official, as dropPostsNamingAnother leaves)
      if (had && !o.positions.length && !o.rank) list.splice(j, 1);
    }
  }
}

/**
 * "Chủ nhiệm Tổng cục Chính trị Nguyễn Chí Thanh, Tổng Bí thư Trường Chinh, ...", "Thứ trưởng Bộ NN&PTNT Vũ Văn Tám Phạm Anh
 * - Tố Anh": a post closed by another official's written name, that official titled by it at the same place, is theirs (a
 * list read on, a byline glued to a caption); dropped from this person, one left with no post and no rank is no official.
 * (Told by spans: a place or school named after someone, "TP Hồ Chí Minh", titles no official there; the other post opens
 * where this one does, "cố vấn kinh tế cho Tổng thống Mỹ Ronald Reagan" is an adviser's own post.)
 */
export function withoutPostsOfAnother(lists: readonly Official[][]): void {
  const all = lists.flat();
  const ownedElsewhere = (o: Official, p: Position) => all.some((x) => x !== o && x.mentions.some((m) => m.span[1] === p.span[1] && m.span[0] > p.span[0]
    && x.positions.some((xp) => xp.span[0] === p.span[0] && xp.span[1] < m.span[0])));
  for (const list of lists) {
    for (let j = list.length - 1; j >= 0; j--) {
      const o = list[j];
      if (!o.positions.length || !o.positions.some((p) => ownedElsewhere(o, p))) continue;
      o.positions = o.positions.filter((p) => !ownedElsewhere(o, p));
      if (!o.positions.length && !o.rank) list.splice(j, 1);
    }
  }
}

/** A rank among holders right after a post: "đầu tiên", "duy nhất", "trẻ nhất", "thứ hai" (the post describes, not titles). */
const RANK_AMONG_HOLDERS_RE = /^ (?:đầu tiên|duy nhất|trẻ nhất|già nhất|lớn tuổi nhất|cuối cùng|thứ (?:hai|ba|tư|năm|\d{1,2}))(?=[ ,.;:!?)]|$)/;
/** A post said of its holder as a predicate: "Ông X là", "X đã trở thành", "X sẽ là". */
const PREDICATE_BEFORE_RE = /(?:^|\s)(?:là|trở thành)\s$/;
/**
 * "Thủ tướng Nguyễn Xuân Phúc cũng là lãnh đạo ASEAN đầu tiên tới thăm", "Justin Amash ... đã trở thành nghị sỹ Cộng hòa
 * đầu tiên đề cập": a post told of its holder as a predicate and ranked among its holders describes the person, no
 * title of the mention (the guideline: titles come from the mention itself). Dropped only beside another post (the one
 * post of a person, "Ông Sajjan là Bộ trưởng Quốc phòng đầu tiên được đón tiếp", is all the text gives).
 */
export function withoutRankedPredicatePosts(text: string, lists: readonly Official[][]): void {
  for (const list of lists) {
    for (const o of list) {
      if (o.positions.length < 2) continue;
      const kept = o.positions.filter((p) => !rankedPredicate(text, p));
      if (kept.length && kept.length < o.positions.length) o.positions = kept;
    }
  }
}
function rankedPredicate(text: string, p: Position): boolean {
  return RANK_AMONG_HOLDERS_RE.test(text.slice(p.span[1], p.span[1] + 16)) && PREDICATE_BEFORE_RE.test(text.slice(Math.max(0, p.span[0] - 12), p.span[0]));
}
