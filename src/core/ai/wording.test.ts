import { describe, expect, it } from 'vitest';
import { understandingOf } from './wording';

const PERPETRATORS = [{ id: 'guard', name: 'Kestrian Republican Guard' }];

describe("an AI proposer's understanding of the parties", () => {
  it('says what each refrain clause binds the parties not to do, and whom it protects against', () => {
    expect(
      understandingOf(
        [{ kind: 'no-arms-transfers', perpetrator: 'guard' }, { kind: 'no-financing' }, { kind: 'monitoring-and-reporting' }],
        PERPETRATORS,
      ),
    ).toBe(
      'both parties refrain from transferring arms to the Kestrian Republican Guard and financing the perpetrators, with monitoring and reporting',
    );
  });

  it('never reads "refrain from no …"', () => {
    const kinds = ['no-arms-transfers', 'no-intelligence-sharing', 'no-financing', 'suspend-military-cooperation'] as const;
    for (const kind of kinds) expect(understandingOf([{ kind, perpetrator: 'guard' }], PERPETRATORS)).not.toMatch(/refrain from (no|suspend)\b/);
  });
});
