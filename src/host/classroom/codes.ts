import { createHash, randomBytes } from 'node:crypto';

/**
 * Join codes: 130 random bits from crypto.randomBytes written as 26 characters of Crockford's
 * base32 (no I, L, O, U: nothing to confuse when read off a slip of paper), shown in groups of
 * four. Typed codes are normalised (case, dashes, spaces, O→0, I/L→1) before lookup. The host
 * keeps codes in memory only (never in the session file) and looks them up by their SHA-256, so
 * a lookup's timing says nothing about a stored code.
 */
export const CODE_BITS = 130;
export const CODE_LENGTH = CODE_BITS / 5;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/**
 * Codes the host keeps at once: a seat code per human seat and one projector code per open
 * session, far more than any classroom needs; a bound on the memory they take. Codes of a
 * session go when the session closes.
 */
export const MAX_CODES = 4096;

export type CodeRole = 'seat' | 'projector' | 'facilitator';

export interface CodeEntry {
  /** Stable short id of this code (not the code): names the holder in replay records. */
  id: string;
  /** The code as shown to the facilitator (grouped). */
  code: string;
  role: CodeRole;
  /** Null for the facilitator's code (valid for every session). */
  sessionId: string | null;
  /** The seat id, "projector", or null for the facilitator. */
  seatId: string | null;
  issuedAt: string;
}

/** A fresh code: 130 bits from the operating system's CSPRNG, grouped for reading. */
export function newCode(): string {
  const bytes = randomBytes(17); // 136 bits; the first 130 are used
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  bits >>= 6n;
  let out = '';
  for (let i = 0; i < CODE_LENGTH; i += 1) {
    out = ALPHABET[Number(bits & 31n)]! + out;
    bits >>= 5n;
  }
  return out.replace(/(.{4})(?=.)/g, '$1-');
}

/** The canonical form of a typed code, or null when it cannot be one. */
export function normalizeCode(input: string): string | null {
  const s = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (s.length !== CODE_LENGTH) return null;
  for (const c of s) if (!ALPHABET.includes(c)) return null;
  return s;
}

function digest(normalized: string): string {
  return createHash('sha256').update(normalized).digest('hex');
}

/** Every code the host has issued and not revoked. */
export class CodeBook {
  private readonly byDigest = new Map<string, CodeEntry>();
  /** `${sessionId}\u0000${seatId}` -> digest of the seat's current code. */
  private readonly bySeat = new Map<string, string>();
  private nextId = 0;

  constructor(private readonly clock: () => Date = () => new Date()) {}

  /** Issues a new code for a seat (the seat's previous code, if any, is revoked and returned). */
  issue(
    role: CodeRole,
    sessionId: string | null,
    seatId: string | null,
  ): { entry: CodeEntry; revoked: CodeEntry | null } {
    const revoked = this.revoke(sessionId, seatId);
    if (this.byDigest.size >= MAX_CODES) {
      throw new CodeBookFullError(
        `The host already keeps ${MAX_CODES} join codes, the most it holds; close the sessions you no longer run to free theirs.`,
      );
    }
    let code = newCode();
    while (this.byDigest.has(digest(normalizeCode(code)!))) code = newCode();
    this.nextId += 1;
    const entry: CodeEntry = {
      id: `c${this.nextId}-${randomBytes(4).toString('hex')}`,
      code,
      role,
      sessionId,
      seatId,
      issuedAt: this.clock().toISOString(),
    };
    const key = digest(normalizeCode(code)!);
    this.byDigest.set(key, entry);
    this.bySeat.set(seatKey(sessionId, seatId), key);
    return { entry, revoked };
  }

  /** Revokes a seat's current code; returns it, or null when it had none. */
  revoke(sessionId: string | null, seatId: string | null): CodeEntry | null {
    const key = this.bySeat.get(seatKey(sessionId, seatId));
    if (!key) return null;
    this.bySeat.delete(seatKey(sessionId, seatId));
    const entry = this.byDigest.get(key) ?? null;
    this.byDigest.delete(key);
    return entry;
  }

  /** The entry a typed code opens, or null. */
  lookup(input: string): CodeEntry | null {
    const normalized = normalizeCode(input);
    if (!normalized) return null;
    return this.byDigest.get(digest(normalized)) ?? null;
  }

  /** The seat's current code, or null. */
  current(sessionId: string | null, seatId: string | null): CodeEntry | null {
    const key = this.bySeat.get(seatKey(sessionId, seatId));
    return key ? (this.byDigest.get(key) ?? null) : null;
  }

  /** Codes held now (for the memory bound and its test). */
  get size(): number {
    return this.byDigest.size;
  }

  /** The sessions that have codes out (the facilitator's code has none). */
  sessions(): string[] {
    const ids = new Set<string>();
    for (const entry of this.byDigest.values()) if (entry.sessionId !== null) ids.add(entry.sessionId);
    return [...ids];
  }

  /** Forgets every code of a session (it was closed). */
  dropSession(sessionId: string): CodeEntry[] {
    const dropped: CodeEntry[] = [];
    for (const [key, entry] of this.byDigest) {
      if (entry.sessionId !== sessionId) continue;
      this.byDigest.delete(key);
      this.bySeat.delete(seatKey(entry.sessionId, entry.seatId));
      dropped.push(entry);
    }
    return dropped;
  }
}

function seatKey(sessionId: string | null, seatId: string | null): string {
  return `${sessionId ?? ''}\u0000${seatId ?? ''}`;
}

export class CodeBookFullError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CodeBookFullError';
  }
}
