import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { ProtocolError } from '../core/protocol';

/**
 * The facilitator's PIN (docs/hot-seat.md): set when a session is created, it guards the
 * facilitator's seat on a screen the delegations share. Only a salted scrypt hash is kept, in
 * the session file's header, so reopening the file keeps the lock. Which connections have
 * unlocked it lives in the host's memory only: a restarted host, a reloaded page or a new window
 * asks again.
 */

/** What the session file's header holds: never the PIN itself. */
export interface FacilitatorPinHash {
  algorithm: 'scrypt';
  /** base64 */
  salt: string;
  /** base64 */
  hash: string;
  /** scrypt's cost parameters, kept so that a later host can check an older file. */
  N: number;
  r: number;
  p: number;
}

/** Wrong PINs in a row (from any connection) before the host stops listening for a while. */
export const MAX_PIN_FAILURES = 5;
/** How long the host refuses every PIN after too many wrong ones. */
export const PIN_LOCKOUT_SECONDS = 60;

const SALT_BYTES = 16;
const HASH_BYTES = 32;
/** scrypt cost: 2^15 × 8 × 128 bytes = 32 MiB of memory per try (OWASP's minimum is 2^17 with r = 8 and p = 1 for passwords; a PIN is a classroom secret checked on a shared laptop, and the host must stay responsive). */
const COST = { N: 2 ** 15, r: 8, p: 1 } as const;
const MAX_MEMORY = 64 * 1024 * 1024;

function derive(pin: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: MAX_MEMORY };
  return new Promise((resolve, reject) =>
    scrypt(pin.normalize('NFC'), salt, HASH_BYTES, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPin(pin: string): Promise<FacilitatorPinHash> {
  const salt = randomBytes(SALT_BYTES);
  const hash = await derive(pin, salt, COST);
  return { algorithm: 'scrypt', salt: salt.toString('base64'), hash: hash.toString('base64'), ...COST };
}

export async function pinMatches(pin: string, stored: FacilitatorPinHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = await derive(pin, Buffer.from(stored.salt, 'base64'), stored);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Whether a header's value is a PIN hash this host can check (a damaged one locks the seat for good, never opens it). */
export function isPinHash(value: unknown): value is FacilitatorPinHash {
  const v = value as Partial<FacilitatorPinHash> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    v.algorithm === 'scrypt' &&
    typeof v.salt === 'string' &&
    typeof v.hash === 'string' &&
    [v.N, v.r, v.p].every((n) => typeof n === 'number' && Number.isInteger(n) && n > 0)
  );
}

/**
 * One session's lock: which connections have unlocked the facilitator's seat, and the count of
 * wrong PINs. The count is per session, not per connection, because on a shared screen a new
 * window or a reloaded page is a new connection.
 */
/**
 * The wrong tries against one PIN. Kept by the host for the PIN (its salt), not by one open
 * session: a copy saved under another name and opened again must not start a fresh count.
 */
export interface PinAttempts {
  failures: number;
  lockedOutUntil: number;
}

/** One count of wrong tries per PIN for the host's lifetime. */
export class PinAttemptBook {
  private readonly byPin = new Map<string, PinAttempts>();

  for(pin: FacilitatorPinHash | null): PinAttempts {
    const key = pin && typeof pin.salt === 'string' ? pin.salt : '';
    let attempts = this.byPin.get(key);
    if (!attempts) {
      attempts = { failures: 0, lockedOutUntil: 0 };
      this.byPin.set(key, attempts);
    }
    return attempts;
  }
}

export class FacilitatorLock {
  private readonly unlocked = new Set<string>();

  constructor(
    /** null: the session has no PIN, every local connection may act as the facilitator. */
    readonly pin: FacilitatorPinHash | null,
    private readonly clock: () => Date,
    private readonly attempts: PinAttempts = { failures: 0, lockedOutUntil: 0 },
  ) {}

  get required(): boolean {
    return this.pin !== null;
  }

  isUnlocked(connection: string): boolean {
    return this.pin === null || this.unlocked.has(connection);
  }

  /** Checks a PIN for a connection; throws a refusal in words when it is wrong or when too many were. */
  async unlock(connection: string, pin: string): Promise<void> {
    if (this.pin === null) return;
    const now = this.clock().getTime();
    if (now < this.attempts.lockedOutUntil) {
      const seconds = Math.ceil((this.attempts.lockedOutUntil - now) / 1000);
      throw new ProtocolError('forbidden', `Too many wrong PINs: the facilitator's seat stays locked for ${seconds} more seconds.`);
    }
    if (!isPinHash(this.pin) || !(await pinMatches(pin, this.pin))) {
      this.attempts.failures += 1;
      if (this.attempts.failures >= MAX_PIN_FAILURES) {
        this.attempts.failures = 0;
        this.attempts.lockedOutUntil = now + PIN_LOCKOUT_SECONDS * 1000;
        throw new ProtocolError('forbidden', `That is not the facilitator's PIN. After ${MAX_PIN_FAILURES} wrong tries the seat stays locked for ${PIN_LOCKOUT_SECONDS} seconds.`);
      }
      const left = MAX_PIN_FAILURES - this.attempts.failures;
      throw new ProtocolError('forbidden', `That is not the facilitator's PIN (${left} ${left === 1 ? 'try' : 'tries'} left before a ${PIN_LOCKOUT_SECONDS}-second pause).`);
    }
    this.attempts.failures = 0;
    this.unlocked.add(connection);
  }

  lock(connection: string): void {
    this.unlocked.delete(connection);
  }
}
