import { VisuallyHidden } from '@mantine/core';
import type { Step } from './logic';

const MARK: Record<Step['state'], string> = { done: '✓ ', current: '● ', todo: '', skipped: '– ' };
const WORD: Record<Step['state'], string> = { done: 'done', current: 'current step', todo: 'not reached', skipped: 'skipped' };

/** Draft → proposed → countered → outcome, as an ordered list (marks and words, not colour alone). */
export function AgreementSteps({ steps }: { steps: Step[] }) {
  return (
    <ol className="mc-steps" aria-label="Where the agreement stands" data-testid="agreement-steps">
      {steps.map((s, i) => (
        <li key={i} data-state={s.state} data-outcome={s.outcome} aria-current={s.state === 'current' ? 'step' : undefined}>
          <span aria-hidden="true">{MARK[s.state]}</span>
          {s.label}
          <VisuallyHidden>, {WORD[s.state]}</VisuallyHidden>
        </li>
      ))}
    </ol>
  );
}
