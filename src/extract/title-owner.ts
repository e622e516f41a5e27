// Title boundaries after "của": a post owned by a person named in the text.
import type { Official, Position } from '../record/schema.js';

/** An honorific closing the words before an owner's name ("cố vấn chính trị của ông Trump"). */
const OWNER_HONORIFIC_RE = /(?:^| )(?:ông|bà|Ngài|ngài)$/;
const isUpperLetter = (ch: number): boolean => { const c = String.fromCharCode(ch); return c !== c.toLowerCase(); };

/** A surname at `at` of the words after "của" is a person's after nothing, an honorific or a lower-case post word. */
function surnameOpensOwner(tail: string, at: number): boolean {
  return at === 0 || !isUpperLetter(tail.charCodeAt(tail.lastIndexOf(' ', at - 2) + 1)) || OWNER_HONORIFIC_RE.test(tail.slice(0, at - 1));
}

/** Bodies a person owns, opening the words between a post and "của" (a campaign, a party, a firm, a team). */
const OWNED_BODY_RE = /^(?:chiến dịch|ban vận động|tập đoàn|công ty|đảng|nhóm|đội|quỹ|tổ chức|văn phòng|nội các|chính quyền) /i;

/**
 * "thư ký báo chí của Putin", "cố vấn chính trị của ông Trump": a person named alone as the post's owner is no body
 * attached to it, and a name is no part of a title: the title ends before "của". The owner is another official of the
 * text, by a name written for them closing the post. `names`: every official's written names.
 */
export function withoutOwnerName(p: Position, names: readonly string[], own: readonly string[]): Position {
  const c = p.text.indexOf(' của ');
  if (c < 0) return p;
  // (a body between the post and "của" is the owner's, and the title keeps it whole: "Chủ tịch chiến dịch tranh cử
  // của Trump"; a remit is not: "cố vấn chính trị của ông Trump")
  if (p.organization !== null && OWNED_BODY_RE.test(p.organization)) return p;
  const tail = p.text.slice(c + 5);
  let nameAt = -1;
  for (const n of names) {
    const at = tail.length - n.length;
    if (at < 0 || (nameAt >= 0 && at >= nameAt) || (at > 0 && tail.charCodeAt(at - 1) !== 32) || !tail.endsWith(n) || own.includes(n)) continue;
    // (a one-word name, no initial glued to it, is a surname: as below, "của YG Kplus" is a firm's name)
    if (n.indexOf(' ') < 0 && n.indexOf('.') < 0 && !surnameOpensOwner(tail, at)) continue;
    nameAt = at;
  }
  // ("của ông Putin" where "Vladimir Putin" is written: the surname alone, after nothing, an honorific or a lower-case
  // post word, not after a capital, "của Việt Nam" beside someone named "... Nam")
  if (nameAt < 0) {
    const last = tail.lastIndexOf(' ') + 1;
    const word = tail.slice(last);
    if (names.some((n) => n.length > word.length && n.endsWith(' ' + word)) && !own.some((n) => n === word || n.endsWith(' ' + word))
      && surnameOpensOwner(tail, last)) nameAt = last;
  }
  if (nameAt < 0) return p;
  const before = tail.slice(0, nameAt).trimEnd();
  // (only a bare owner, the name alone or after an honorific: with the owner's post written, "của Tổng thống Mỹ Donald
  // Trump", the golds keep "của" and its principal whole; a bare owner is one word, a surname: "của Kaspersky Lab" is a
  // firm read as someone's name)
  if (before ? !OWNER_HONORIFIC_RE.test(before) || before.indexOf(' ') >= 0 : tail.indexOf(' ') >= 0) return p;
  const end = c;
  const title = p.title.length <= end ? p.title : p.title.slice(0, end).trimEnd();
  const orgStart = p.text.indexOf(' ', title.length) + 1;
  return { title, organization: orgStart > 0 && orgStart < end ? p.text.slice(orgStart, end) : null, text: p.text.slice(0, end), span: [p.span[0], p.span[0] + end] };
}

/** Every official's posts with an owner's name cut (see withoutOwnerName); a post then written twice is kept once. */
export function ownerNamesCut(lists: readonly Official[][]): void {
  let names: string[] | null = null;
  for (const list of lists) {
    for (const o of list) {
      for (let q = 0; q < o.positions.length; q++) {
        if (o.positions[q].text.indexOf(' của ') < 0) continue;
        names ??= lists.flatMap((l) => l.flatMap((x) => [x.name, ...x.mentions.map((m) => m.text)]));
        const own = [o.name, ...o.mentions.map((m) => m.text)];
        const cut = withoutOwnerName(o.positions[q], names, own);
        if (cut === o.positions[q]) continue;
        if (o.positions.some((x) => x.text === cut.text)) { o.positions.splice(q--, 1); continue; }
        o.positions[q] = cut;
      }
    }
  }
}

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
