/**
 * A phrase the engine memoises and then joins into many sentences (an act's words, a citation) is
 * built by concatenation, which V8 keeps as a tree of pieces; every later join walks that tree
 * again. Converting the string to a number makes V8 flatten it in place once (the idiom of the
 * `flatstr` package), so later joins copy it. The value of the string is unchanged.
 */
export function flat(text: string): string {
  Number(text);
  return text;
}
