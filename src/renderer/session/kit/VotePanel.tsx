import { Card, Group, Kbd, Text } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import type { Ballot, CouncilVote, SessionView } from '../../../core/session';
import { nameOf, VOTED } from '../format';
import type { SessionScreenProps } from '../types';
import { GuardedButton } from './GuardedButton';
import type { useAction } from './useAction';

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/**
 * The seat's vote on an open ballot (the Council's or the Assembly's): Yes / No / Abstain, also
 * on the keys Y, N and A while the seat may vote.
 */
export function VotePanel({
  view,
  ballot,
  allowed,
  run,
  pending,
  title,
  note,
  noLabel = 'No',
}: {
  view: SessionView;
  ballot: Ballot;
  allowed: SessionScreenProps['allowed'];
  run: ReturnType<typeof useAction>['run'];
  pending: string | null;
  /** The heading before the seat has voted. */
  title: (own: string) => string;
  /** Shown under the heading before the seat has voted. */
  note?: ReactNode;
  noLabel?: string;
}) {
  const guard = allowed('vote.cast');
  const own = view.viewer.kind === 'seat' ? view.viewer.state : null;
  const cast = (vote: CouncilVote) => void run({ type: 'vote.cast', ballotId: ballot.id, vote }, `vote:${vote}`);

  useEffect(() => {
    if (!guard.allowed) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      const vote = ({ y: 'yes', n: 'no', a: 'abstain' } as const)[e.key.toLowerCase() as 'y' | 'n' | 'a'];
      if (vote) {
        e.preventDefault();
        void run({ type: 'vote.cast', ballotId: ballot.id, vote }, `vote:${vote}`);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [guard.allowed, ballot.id, run]);

  if (!own) return null;
  const voted = ballot.votes[own];
  return (
    <Card withBorder padding="md" data-testid="vote-panel" style={{ borderColor: guard.allowed ? 'var(--mantine-primary-color-filled)' : undefined, borderWidth: guard.allowed ? 2 : 1 }}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <div>
          <Text fw={700}>{voted ? `${nameOf(view, own)} ${VOTED[voted] ?? `voted ${voted}`}.` : title(nameOf(view, own))}</Text>
          {!voted && note && (
            <Text size="sm" c="dimmed">
              {note}
            </Text>
          )}
        </div>
        {!voted && (
          <Group gap="xs">
            <GuardedButton guard={guard} color="teal.9" onClick={() => cast('yes')} loading={pending === 'vote:yes'} data-testid="vote-yes" aria-keyshortcuts="Y">
              Yes <Kbd ml={6} size="xs">Y</Kbd>
            </GuardedButton>
            <GuardedButton guard={guard} color="red.9" onClick={() => cast('no')} loading={pending === 'vote:no'} data-testid="vote-no" aria-keyshortcuts="N">
              {noLabel} <Kbd ml={6} size="xs">N</Kbd>
            </GuardedButton>
            <GuardedButton guard={guard} color="yellow.4" c="dark.9" onClick={() => cast('abstain')} loading={pending === 'vote:abstain'} data-testid="vote-abstain" aria-keyshortcuts="A">
              Abstain <Kbd ml={6} size="xs">A</Kbd>
            </GuardedButton>
          </Group>
        )}
      </Group>
    </Card>
  );
}
