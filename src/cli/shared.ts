/** Exit codes shared by every sub-command. */
export const EXIT = {
  ok: 0,
  /** The input was read but is not valid (e.g. a scenario with problems). */
  invalid: 1,
  /** Usage errors, and commands that are not built yet. */
  usage: 2,
} as const;

/** Marks a sub-command whose implementation has not landed yet: says so and exits 2. */
export function notBuiltYet(name: string): never {
  console.error(`moot-council ${name}: not built yet`);
  process.exit(EXIT.usage);
}
