// Memoised string functions shared across documents (names, titles and bodies recur from article to article).

/**
 * A copy of `s` that owns its characters. V8 keeps a substring as a view on its parent, so a cache
 * keyed by `text.slice(...)` would keep every cached document's whole text alive (~140 MB on the corpus).
 */
export function ownString(s: string): string {
  // UTF-16 keeps every code unit (a lone surrogate too, which a UTF-8 round trip would replace).
  return s.length < 13 ? s : Buffer.from(s, 'utf16le').toString('utf16le');
}

/** How many entries a memo keeps before it is emptied. An object, so that a warm-up can lower it for a while. */
export interface MemoLimit {
  max: number;
}

/**
 * `fn` memoised in a map of at most `limit.max` entries, cleared when full; keys are copied first. Each map is
 * pushed to `caches` when given, for a warm-up to empty.
 */
export function memoizeString(fn: (s: string) => string, limit: MemoLimit = { max: 4_096 }, caches?: Map<string, unknown>[]): (s: string) => string {
  const cache = new Map<string, string>();
  caches?.push(cache);
  return (s) => {
    let value = cache.get(s);
    if (value === undefined) {
      if (cache.size >= limit.max) cache.clear();
      const key = ownString(s);
      value = fn(key);
      cache.set(key, value);
    }
    return value;
  };
}
