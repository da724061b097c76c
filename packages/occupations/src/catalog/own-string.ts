/**
 * A copy of a string that no longer points into the text it was cut from.
 * V8 keeps a substring as a view of its parent, so a 30-character title cut
 * from a 4 MB file would keep the whole file alive. Concatenating builds a new
 * string, and slicing that flattens it into memory of its own.
 */
export function ownString(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

/** One shared copy per distinct value (commodity titles, element names repeat thousands of times). */
export function createInterner(): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    let owned = seen.get(text);
    if (owned === undefined) {
      owned = ownString(text);
      seen.set(owned, owned);
    }
    return owned;
  };
}
