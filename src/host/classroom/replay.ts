import type { CommandNonce } from '../../core/protocol/classroom';

/** Results remembered per client (a resend after a reconnection is one of the last few). */
export const REPLAY_WINDOW = 256;
/** Clients (browser tabs) remembered per holder of a code; the oldest is forgotten first. */
export const REPLAY_CLIENTS_PER_HOLDER = 16;
/** Holders (codes, and the local user) remembered at once; the one idle longest is forgotten first. */
export const REPLAY_MAX_HOLDERS = 1024;
/**
 * A holder idle this long is forgotten: a resend comes within seconds of a reconnection, and a
 * class is over long before (twelve hours).
 */
export const REPLAY_MAX_IDLE_MS = 12 * 60 * 60 * 1000;

type Outcome<T> = { result: T } | { error: unknown };

interface ClientRecord<T> {
  highest: number;
  /** seq -> the command it carried (canonical JSON) and what it got. */
  seen: Map<number, { key: string; outcome: Outcome<T> }>;
}

/**
 * Replay protection for commands: every classroom command carries `{ client, seq }` where seq
 * grows by one per command from that client. A command is applied once: sending the same seq
 * again with the same command returns the original outcome (an idempotent resend after a
 * reconnection), the same seq with another command or a seq older than the window is refused.
 */
export class ReplayGuard<T> {
  /** holder (a code's id, or "local") -> client id -> record; the holder used last is the last key. */
  private readonly holders = new Map<string, Map<string, ClientRecord<T>>>();
  /** holder -> when it last sent a command (ms, from `now`). */
  private readonly lastUsed = new Map<string, number>();

  constructor(private readonly now: () => number = () => Date.now()) {}

  run(holder: string, nonce: CommandNonce, key: string, apply: () => T): T {
    this.prune();
    let clients = this.holders.get(holder);
    if (clients) this.holders.delete(holder);
    else clients = new Map();
    this.holders.set(holder, clients);
    this.lastUsed.set(holder, this.now());
    while (this.holders.size > REPLAY_MAX_HOLDERS) this.forget(this.holders.keys().next().value!);
    let record = clients.get(nonce.client);
    if (record) {
      // Most recently used last, so the oldest client is the first key.
      clients.delete(nonce.client);
      clients.set(nonce.client, record);
    } else {
      record = { highest: 0, seen: new Map() };
      clients.set(nonce.client, record);
      while (clients.size > REPLAY_CLIENTS_PER_HOLDER) clients.delete(clients.keys().next().value!);
    }
    const earlier = record.seen.get(nonce.seq);
    if (earlier) {
      if (earlier.key !== key) {
        throw new ReplayError(
          `Command number ${nonce.seq} was already used for another command; this one was not applied.`,
        );
      }
      if ('error' in earlier.outcome) throw earlier.outcome.error;
      return earlier.outcome.result;
    }
    if (nonce.seq <= record.highest) {
      throw new ReplayError(
        `Command number ${nonce.seq} is older than the last one received (${record.highest}); it was not applied again.`,
      );
    }
    record.highest = nonce.seq;
    let outcome: Outcome<T>;
    try {
      outcome = { result: apply() };
    } catch (error) {
      outcome = { error };
    }
    record.seen.set(nonce.seq, { key, outcome });
    if (record.seen.size > REPLAY_WINDOW) record.seen.delete(record.seen.keys().next().value!);
    if ('error' in outcome) throw outcome.error;
    return outcome.result;
  }

  /** The highest seq seen from a client of a holder (0 if none). */
  highest(holder: string, client: string): number {
    return this.holders.get(holder)?.get(client)?.highest ?? 0;
  }

  forget(holder: string): void {
    this.holders.delete(holder);
    this.lastUsed.delete(holder);
  }

  /** Holders remembered now (for the memory bound and its test). */
  get size(): number {
    return this.holders.size;
  }

  /** Forgets the holders idle longer than REPLAY_MAX_IDLE_MS (the least recently used come first). */
  private prune(): void {
    const cutoff = this.now() - REPLAY_MAX_IDLE_MS;
    for (const holder of this.holders.keys()) {
      if ((this.lastUsed.get(holder) ?? 0) > cutoff) break;
      this.forget(holder);
    }
  }
}

export class ReplayError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReplayError';
  }
}
