// Matching-only normalisation. Every function here keeps the string length, so an offset
// found in the folded text is the same offset in the original text (spans stay verbatim).

const TONE_NEW_TO_OLD: Record<string, string> = {
  'oà': 'òa', 'oá': 'óa', 'oả': 'ỏa', 'oã': 'õa', 'oạ': 'ọa',
  'oè': 'òe', 'oé': 'óe', 'oẻ': 'ỏe', 'oẽ': 'õe', 'oẹ': 'ọe',
  'uỳ': 'ùy', 'uý': 'úy', 'uỷ': 'ủy', 'uỹ': 'ũy', 'uỵ': 'ụy',
};
const TONE_RE = /o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ]/g;
const QUOTES_RE = /[“”„‟«»″]/g;
const APOS_RE = /[‘’‚‛′]/g;
const SPACES_RE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g;

/** Lower-case one code unit at a time, so that the result has the same length. */
export function lowerSameLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = '';
  for (const ch of s) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** Fold tone placement (hoà → hòa), quotes and exotic spaces; keeps case and length. */
export function foldMarks(s: string): string {
  return s
    .replace(TONE_RE, (m) => TONE_NEW_TO_OLD[m.toLowerCase()] ?? m)
    .replace(QUOTES_RE, '"')
    .replace(APOS_RE, "'")
    .replace(SPACES_RE, ' ');
}

/** The matching form of a text: folded and lower-cased, same length as the input. */
export function foldForMatch(s: string): string {
  return foldMarks(lowerSameLength(s));
}

/** A key for comparing two names: folded, lower-cased, spaces collapsed, TP. and TP written alike. */
export function nameKey(s: string): string {
  return foldForMatch(s.normalize('NFC'))
    .replace(/"/g, '')
    .replace(/\btp\.\s*/g, 'tp ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,;:()[\]\-–]+|[\s.,;:()[\]\-–]+$/g, '');
}
