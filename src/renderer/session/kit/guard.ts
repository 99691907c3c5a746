/** Whether an action is in order, and if not why (the core's reason, or the screen's own). */
export interface Guard {
  allowed: boolean;
  reason?: string;
}

export const OK: Guard = { allowed: true };

export function refuse(reason: string): Guard {
  return { allowed: false, reason };
}

/** The first refusal among guards (checked in order), or OK. */
export function firstRefusal(...guards: Guard[]): Guard {
  return guards.find((g) => !g.allowed) ?? OK;
}
