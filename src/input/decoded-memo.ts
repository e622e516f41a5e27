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

let lastText: string | null = null;
const lastFacts: DecodedFacts = { plainNfc: false, hasNul: true, folded: null };

export function rememberDecoded(text: string, plainNfc: boolean, hasNul: boolean, folded: string | null): void {
  lastText = text;
  lastFacts.plainNfc = plainNfc;
  lastFacts.hasNul = hasNul;
  lastFacts.folded = folded;
}

/** The facts noted for this text, when it is the one the decoder gave last; otherwise null. */
export function decodedFacts(text: string): DecodedFacts | null {
  return text === lastText ? lastFacts : null;
}
