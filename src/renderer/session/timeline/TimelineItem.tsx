import { Badge, Group, Stack, Text } from '@mantine/core';
import { clockTime } from '../format';
import { ToneBadge } from '../kit/ToneBadge';
import '../kit/kit.css';
import { timelineAnchor } from '../nav';
import type { TimelineRow } from './rows';

const KIND_MARK: Record<TimelineRow['kind'], string> = { entry: '', result: 'Result', evidence: 'Evidence', inject: 'Crisis update' };

/** One line of the record; private items carry a "Private" badge (words, not colour). */
export function TimelineItem({ row, compact, highlighted }: { row: TimelineRow; compact?: boolean; highlighted?: boolean }) {
  const outcomeColour = row.outcome === 'vetoed' ? 'red.9' : row.outcome === 'adopted' ? 'teal.9' : row.outcome === 'failed' ? 'gray.7' : undefined;
  return (
    <Stack
      gap={2}
      component="li"
      id={row.anchor && !compact ? timelineAnchor(row.seq) : undefined}
      tabIndex={row.anchor && !compact ? -1 : undefined}
      data-seq={row.seq}
      data-kind={row.kind}
      className={highlighted ? 'timeline-item timeline-highlight' : 'timeline-item'}
      py={compact ? 4 : 6}
      px={compact ? 0 : 'sm'}
      style={{
        borderLeft: row.confidential ? '3px solid var(--mantine-color-orange-6)' : row.kind !== 'entry' ? '3px solid var(--mantine-primary-color-filled)' : '3px solid transparent',
        paddingLeft: 8,
      }}
    >
      <Group gap={6} wrap="nowrap" align="flex-start">
        <Text size="xs" c="dimmed" className="tabular" style={{ whiteSpace: 'nowrap' }} component="span">
          {clockTime(row.at)}
        </Text>
        <Text size={compact ? 'xs' : 'sm'} component="span" style={{ minWidth: 0 }}>
          {row.confidential && (
            <ToneBadge size="xs" color="orange" mr={4} component="span">
              Private
            </ToneBadge>
          )}
          {KIND_MARK[row.kind] && !compact && (
            <Badge size="xs" variant="filled" color={outcomeColour ?? 'unblue.8'} mr={4} component="span">
              {KIND_MARK[row.kind]}
            </Badge>
          )}
          {row.text}
        </Text>
      </Group>
      {row.breach && (
        <Text size={compact ? 'xs' : 'sm'} className="mc-tone-bad" fw={600} pl={44} data-testid="timeline-breach">
          ⚑ {row.breach}
        </Text>
      )}
      {row.commitments?.map((c) => (
        <Text key={c.text} size={compact ? 'xs' : 'sm'} className={c.broken ? 'mc-tone-bad' : 'mc-tone-good'} fw={600} pl={44} data-testid={c.broken ? 'timeline-commitment-broken' : 'timeline-commitment-kept'}>
          {c.broken ? '⚑' : '✓'} {c.text}
        </Text>
      ))}
      {row.quote && !compact && (
        <Text size="sm" c="dimmed" pl={44} style={{ whiteSpace: 'pre-wrap' }}>
          “{row.quote}”
        </Text>
      )}
    </Stack>
  );
}
