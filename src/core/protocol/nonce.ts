import { z } from 'zod';

/**
 * Replay protection on `session.submit` (required from classroom clients): a per-tab client id
 * and a number that grows by one with every command. A resend of the same number (after a
 * reconnection) gets the original result and changes nothing; an older number is refused.
 */
export const commandNonce = z.strictObject({
  client: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '8 to 64 letters, digits, "-" or "_"'),
  seq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
});
export type CommandNonce = z.infer<typeof commandNonce>;
