import { createHash } from 'node:crypto';

/**
 * Tamper evidence for session files (docs/session-log.md §2.1). Every entry line ends with
 * `"hash":"<sha256 hex>"`, the hash of the previous entry's hash (the header line's hash for the
 * first entry), a newline, and the entry's own text without its hash. Changing a byte of the
 * header or of any entry, removing or reordering entries in the middle, breaks the chain at that
 * entry. It is evidence, not a seal: anyone who recomputes the hashes with this algorithm can
 * forge a chain, and cutting entries off the end leaves a valid (shorter) chain, which is why
 * `moot-council verify` prints the last hash.
 */

export const CHAIN_ALGORITHM = 'sha256';

/** The hash field as the writer puts it: last key of the entry object. */
const HASH_SUFFIX = /,"hash":"([0-9a-f]{64})"\}$/;

export function sha256(text: string): string {
  return createHash(CHAIN_ALGORITHM).update(text, 'utf8').digest('hex');
}

/** Where the chain starts: the hash of the header line as written (without its newline). */
export function chainStart(headerText: string): string {
  return sha256(headerText);
}

export function nextLink(previous: string, body: string): string {
  return sha256(`${previous}\n${body}`);
}

/** An entry's text with its hash appended as the last key. `body` is a JSON object's text. */
export function withHash(body: string, hash: string): string {
  return `${body.slice(0, -1)},"hash":"${hash}"}`;
}

/** Splits an entry line into the text that was hashed and the hash it claims (null: none). */
export function splitHash(line: string): { body: string; claimed: string | null } {
  const match = HASH_SUFFIX.exec(line);
  if (!match) return { body: line, claimed: null };
  return { body: `${line.slice(0, match.index)}}`, claimed: match[1]! };
}
