import { Button, Group, NumberInput, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { RubricLine } from '../../../core/assessment';
import type { SessionEvent } from '../../../core/session';
import { GuardedButton } from '../kit/GuardedButton';
import type { Guard } from '../kit/guard';

/** The largest score a rubric line takes (the `rubric.edit` event's scale). */
const FULL_MARKS = 100;

/**
 * The facilitator's edit of one rubric line: a score out of 100 (left empty, the record's score
 * stands and only the comment is added) and a comment; sent as `rubric.edit`.
 */
export function RubricLineEditor({
  state,
  line,
  guard,
  pending,
  run,
  onDone,
}: {
  state: string;
  line: RubricLine;
  guard: Guard;
  pending: boolean;
  run: (event: SessionEvent) => Promise<boolean>;
  onDone: () => void;
}) {
  const current = line.edit?.score ?? null;
  const [score, setScore] = useState<number | string>(current === null ? '' : Math.round(current * FULL_MARKS * 10) / 10);
  const [comment, setComment] = useState(line.edit?.comment ?? '');
  const save = async () => {
    const value = typeof score === 'number' ? score : null;
    if (await run({ type: 'rubric.edit', state, criterion: line.criterion, score: value, comment: comment.trim() })) onDone();
  };
  return (
    <Stack gap={6} data-testid="rubric-line-editor">
      <Group align="flex-start" gap="sm" wrap="wrap">
        <NumberInput
          label="Your score (out of 100)"
          description="Leave empty to keep the record's score"
          min={0}
          max={FULL_MARKS}
          clampBehavior="strict"
          allowDecimal
          decimalScale={1}
          value={score}
          onChange={setScore}
          w={220}
          data-testid="rubric-score-input"
        />
        <Textarea
          label="Comment"
          description="Only you see it, in the rubric and its export"
          autosize
          minRows={2}
          maxLength={2000}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
          style={{ flex: '1 1 260px' }}
          data-testid="rubric-comment-input"
        />
      </Group>
      <Group gap="xs">
        <GuardedButton guard={guard} size="compact-sm" onClick={() => void save()} loading={pending} data-testid="rubric-save">
          Save the edit
        </GuardedButton>
        <Button variant="default" size="compact-sm" onClick={onDone} data-testid="rubric-cancel">
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}
