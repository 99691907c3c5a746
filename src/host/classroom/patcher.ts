import type { Push } from '../../core/protocol';
import { diffJson } from '../../core/shared/json-patch';

/** A patch with more operations than this (a new phase rewrites much of the view) goes as a whole view. */
const MAX_PATCH_OPS = 400;

/**
 * Turns one connection's session pushes into patches: each seat view pushed on a topic is
 * compared with the previous view of the same seat sent to the same connection, and only the
 * difference goes out. Never across seats or connections: a patch is computed between two views
 * the receiver is entitled to, so it holds nothing the next whole view would not.
 */
export class PushPatcher {
  private readonly last = new Map<string, { version: number; payload: unknown }>();

  encode(push: Push): Push {
    if (push.type !== 'update' || !push.topic.startsWith('session:')) return push;
    const seatId = (push.payload as { seatId?: unknown } | null)?.seatId;
    if (typeof seatId !== 'string') return push;
    const key = `${push.topic}\u0000${seatId}`;
    const previous = this.last.get(key);
    const version = (previous?.version ?? 0) + 1;
    this.last.set(key, { version, payload: push.payload });
    if (previous) {
      const ops = diffJson(previous.payload, push.payload);
      const patch: Push = {
        type: 'patch',
        topic: push.topic,
        seatId,
        base: previous.version,
        version,
        ops,
      };
      if (ops.length <= MAX_PATCH_OPS && !ops.some((op) => op.path.length === 0)) return patch;
    }
    return { ...push, version };
  }
}
