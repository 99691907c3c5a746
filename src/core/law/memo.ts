/**
 * The engine's one cache layer (docs/law.md §12). Facts, trace nodes and citation lists are never
 * mutated once built, so a value derived from one of them (a state's aid on the record, an act's
 * words, a citation list's short form) is computed once and kept for as long as that object lives,
 * keyed by it in a WeakMap. No other file of the engine caches; the rules call these functions as
 * they would call any other.
 */

/**
 * A value derived from an immutable object, computed once per object. `context` is what the
 * computation also reads (the record the object belongs to); it is the same for a given key.
 */
export function derivedOnce<K extends object, C, V>(compute: (key: K, context: C) => V): (key: K, context: C) => V {
  const values = new WeakMap<K, V>();
  return (key, context) => {
    let value = values.get(key);
    if (value === undefined) {
      value = compute(key, context);
      values.set(key, value);
    }
    return value;
  };
}

/**
 * A phrase derived once per object and then joined into many sentences (an act's words, a
 * citation). V8 keeps a concatenated string as a tree of pieces that every later join walks again;
 * converting it to a number makes V8 flatten it in place once (the idiom of the `flatstr` package),
 * so later joins copy it. The value of the string is unchanged.
 */
export function phraseOnce<K extends object, C>(compute: (key: K, context: C) => string): (key: K, context: C) => string {
  return derivedOnce((key: K, context: C) => {
    const text = compute(key, context);
    Number(text);
    return text;
  });
}
