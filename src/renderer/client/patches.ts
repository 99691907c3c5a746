import { applyPatch, type PatchOp } from '../../core/shared/json-patch';

/** Returned when a patch cannot be applied: the client reconnects and gets whole views again. */
export const RESYNC = Symbol('resync');

/** Asks the host for session views as patches (see src/host/classroom/patcher.ts). */
export function withPatches(url: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}patch=1`;
}

/**
 * The client half of patched pushes: keeps the last view of each topic and seat, turns every
 * `patch` back into the `update` it stands for, and says when one cannot be applied (then the
 * connection is restarted: a new connection starts with whole views).
 */
export class PatchedTopics {
  private readonly last = new Map<string, { version: number; payload: unknown }>();

  /** A message from the host as the listeners should see it (patches become updates). */
  accept(message: unknown): unknown | typeof RESYNC {
    const m = message as {
      type?: unknown;
      topic?: unknown;
      payload?: unknown;
      version?: unknown;
      seatId?: unknown;
      base?: unknown;
      ops?: unknown;
    };
    if (m.type === 'update' && typeof m.topic === 'string' && typeof m.version === 'number') {
      const seatId = (m.payload as { seatId?: unknown } | null)?.seatId;
      if (typeof seatId === 'string') {
        this.last.set(`${m.topic}\u0000${seatId}`, { version: m.version, payload: m.payload });
      }
      return { type: 'update', topic: m.topic, payload: m.payload };
    }
    if (m.type !== 'patch') return message;
    if (typeof m.topic !== 'string' || typeof m.seatId !== 'string' || !Array.isArray(m.ops)) {
      return RESYNC;
    }
    const key = `${m.topic}\u0000${m.seatId}`;
    const previous = this.last.get(key);
    if (!previous || previous.version !== m.base || typeof m.version !== 'number') return RESYNC;
    let payload: unknown;
    try {
      payload = applyPatch(previous.payload, m.ops as PatchOp[]);
    } catch {
      return RESYNC;
    }
    this.last.set(key, { version: m.version, payload });
    return { type: 'update', topic: m.topic, payload };
  }

  /** A new connection: the host starts again from whole views. */
  reset(): void {
    this.last.clear();
  }
}
