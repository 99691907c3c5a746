/**
 * The seven duties of docs/design.md §1.2. Scenario teaching notes and facilitator commands
 * reference these ids; the law engine (law/types) re-exports them with its own vocabulary.
 */
export const DUTY_IDS = [
  'territorial',
  'respect',
  'protect',
  'not-obstruct',
  'assist',
  'cooperate',
  'd2r-agreement',
] as const;
export type DutyId = (typeof DUTY_IDS)[number];
