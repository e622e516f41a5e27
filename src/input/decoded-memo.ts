// What the UTF-8 decoder learnt of the last text it gave, while decoding it, for the steps after it that would
// scan that same text again (the NFC check, the NUL search, the fold for matching). One memo for all of them:
// a reader asks with its text and gets null for any other (compared by value), so an answer is never stale.

export interface DecodedFacts {
  /** NFC with no CR, as offsets.ts's plainlyNfc would say, unit for unit. */
  plainNfc: boolean;
  hasNul: boolean;
  /** foldText of the text, or null where the decoder left it to foldText (surrogate pairs fold in context). */
  folded: string | null;
}

/** The code units of a decoded text and of its folded form, for a word scan that would copy them out of the strings again. */
export interface DecodedUnits {
  /** The text's units: exactly its length. */
  text: Uint16Array;
  /** The folded form's units, then a 0 past its end. Overwritten by the next decode: read it while this text is the last. */
  folded: Uint16Array;
}

let lastText: string | null = null;
const lastFacts: DecodedFacts = { plainNfc: false, hasNul: true, folded: null };
let lastUnits: DecodedUnits | null = null;

export function rememberDecoded(text: string, plainNfc: boolean, hasNul: boolean, folded: string | null, units: DecodedUnits | null = null): void {
  lastText = text;
  lastFacts.plainNfc = plainNfc;
  lastFacts.hasNul = hasNul;
  lastFacts.folded = folded;
  lastUnits = folded === null ? null : units;
}

/** The facts noted for this text, when it is the one the decoder gave last; otherwise null. */
export function decodedFacts(text: string): DecodedFacts | null {
  return text === lastText ? lastFacts : null;
}

/** The units noted for this text and its folded form, when they are the ones the decoder gave last; otherwise null. */
export function decodedUnits(text: string, folded: string): DecodedUnits | null {
  return lastUnits !== null && folded === lastFacts.folded && text === lastText ? lastUnits : null;
}
