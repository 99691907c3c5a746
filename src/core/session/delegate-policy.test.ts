import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../test/support/session';
import { runSession } from './driver';
import type { DelegatePolicy } from './delegate-policy';
import { viewFor } from './view';

const scenario = loadFixture();

describe("a delegate policy's view", () => {
  it("is exactly its own seat's view when the policy reads it, and is not built when it does not", () => {
    let read = 0;
    let unread = 0;
    const reading: DelegatePolicy = (ctx) => {
      if (ctx.seat.id === 'rus' && ctx.state.round === 1 && ctx.state.phase === 'conduct') {
        read += 1;
        expect(ctx.view).toBe(ctx.view);
        expect(ctx.view).toStrictEqual(viewFor(ctx.scenario, ctx.state, { seatId: ctx.seat.id }));
        expect(ctx.view.viewer).toEqual({ kind: 'seat', seatId: 'rus', state: 'RUS' });
      }
      return [];
    };
    runSession(scenario, { seed: 3, policy: reading });
    expect(read).toBeGreaterThan(0);
    const ignoring: DelegatePolicy = (ctx) => {
      const descriptor = Object.getOwnPropertyDescriptor(ctx, 'view');
      if (descriptor?.get === undefined) unread += 1;
      return [];
    };
    runSession(scenario, { seed: 3, policy: ignoring });
    expect(unread).toBe(0);
  });
});
