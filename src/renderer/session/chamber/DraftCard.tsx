import { Badge, Button, Card, Group, Menu, Stack, Text, Title, Tooltip } from '@mantine/core';
import { MEASURE_LABELS, type Draft, type SessionView } from '../../../core/session';
import { GuardedButton } from '../kit/GuardedButton';
import { proseName } from '../../../core/ai/wording';
import { capitalised, nameOf } from '../format';
import type { SessionScreenProps } from '../types';

const STATUS: Record<Draft['status'], { label: string; color: string }> = {
  circulating: { label: 'In circulation', color: 'gray.7' },
  tabled: { label: 'Tabled in blue', color: 'unblue.8' },
  'in-vote': { label: 'In the vote', color: 'unblue.9' },
  adopted: { label: 'Adopted', color: 'teal.9' },
  'not-adopted': { label: 'Not adopted', color: 'gray.7' },
  vetoed: { label: 'Vetoed', color: 'red.9' },
  withdrawn: { label: 'Withdrawn', color: 'gray.7' },
};

type Guard = { allowed: boolean; reason?: string };

function both(general: Guard, local: string | null): Guard {
  if (!general.allowed) return general;
  return local ? { allowed: false, reason: local } : { allowed: true };
}

/**
 * A draft resolution as a card: sponsors, measures as chips, operative paragraphs numbered, veto
 * threats the viewer may see, and the moves open to the viewer (each disabled with its reason).
 */
export function DraftCard({
  view,
  draft,
  allowed,
  run,
  pending,
}: {
  view: SessionView;
  draft: Draft;
  allowed: SessionScreenProps['allowed'];
  run: (event: Parameters<SessionScreenProps['submit']>[0], key?: string) => Promise<boolean>;
  pending: string | null;
}) {
  const own = view.viewer.kind === 'seat' ? view.viewer.state : null;
  const facilitator = view.viewer.kind === 'facilitator';
  const threats = view.state.vetoThreats.filter((t) => t.draftId === draft.id);
  const tabled = draft.status === 'tabled';
  const sponsor = own !== null && draft.sponsors.includes(own);
  const mainSponsor = own !== null && draft.sponsors[0] === own;
  const notTabled = tabled ? null : `This draft is ${STATUS[draft.status].label.toLowerCase()}.`;

  const cosponsor = both(allowed('draft.cosponsor'), notTabled ?? (sponsor ? 'You already sponsor this draft.' : null));
  const withdraw = both(allowed('draft.withdraw'), notTabled ?? (mainSponsor ? null : `Only the main sponsor (${draft.sponsors[0]}) may withdraw it.`));
  const vote = both(allowed('vote.open'), notTabled ?? (sponsor || facilitator ? null : 'Only a sponsor (or the presiding facilitator) may put it to the vote.'));
  const threaten = both(allowed('veto.threaten'), notTabled ?? (draft.forum !== 'council' ? 'There is no veto in the General Assembly (art. 18).' : null));
  const waiting = draft.circulation?.requests.filter((r) => r.answer === null).length ?? 0;
  const inBlue = both(allowed('draft.putInBlue'), waiting > 0 ? `Answer every request for a change first (${waiting} waiting, in Negotiation).` : null);
  const key = (k: string) => `${k}:${draft.id}`;

  return (
    <Card withBorder padding="md" data-testid="draft-card" data-draft={draft.id} data-status={draft.status} component="article" aria-labelledby={`draft-${draft.id}-title`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={4} id={`draft-${draft.id}-title`}>
              {draft.title}
            </Title>
            <Text size="sm" c="dimmed">
              {draft.forum === 'council' ? `Security Council draft · Chapter ${draft.chapter}` : 'General Assembly draft · a recommendation (Charter arts. 10-14; GA res. 377 A (V))'} · round {draft.round}
            </Text>
          </div>
          <Badge color={STATUS[draft.status].color} variant="filled" style={{ flexShrink: 0 }}>
            {STATUS[draft.status].label}
          </Badge>
        </Group>
        <Text size="sm">
          <strong>Sponsor{draft.sponsors.length > 1 ? 's' : ''}:</strong> {draft.sponsors.map((s) => nameOf(view, s)).join(', ')}
        </Text>
        <Group gap={6} component="ul" aria-label="Measures" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {draft.measures.map((m) => (
            <li key={m}>
              <Badge radius="xl" variant="outline" size="md" style={{ textTransform: 'none' }}>
                {MEASURE_LABELS[m]}
              </Badge>
            </li>
          ))}
        </Group>
        <ol className="operative" aria-label="Operative paragraphs">
          {draft.operativeParagraphs.map((p, i) => (
            <li key={i}>
              <Text size="sm">{p}</Text>
            </li>
          ))}
        </ol>
        {threats.length > 0 && (
          <Stack gap={2}>
            {threats.map((t) => (
              <Text key={t.seq} size="sm" className="mc-danger-text" fw={600}>
                ⚠ {capitalised(proseName(nameOf(view, t.state)))} has {t.visibility === 'private' ? 'privately ' : ''}threatened to veto this draft
                {t.to ? ` (told ${proseName(nameOf(view, t.to))})` : ''}.
              </Text>
            ))}
          </Stack>
        )}
        {tabled && (
          <Group gap="xs" mt={4}>
            <GuardedButton guard={vote} onClick={() => void run({ type: 'vote.open', draftId: draft.id }, key('vote'))} loading={pending === key('vote')} data-testid="put-to-vote">
              Put to the vote
            </GuardedButton>
            <GuardedButton guard={cosponsor} variant="default" onClick={() => void run({ type: 'draft.cosponsor', draftId: draft.id }, key('co'))} loading={pending === key('co')}>
              Co-sponsor
            </GuardedButton>
            {draft.forum === 'council' &&
              (threaten.allowed ? (
                <Menu position="bottom-start" withArrow>
                  <Menu.Target>
                    <Button variant="default" color="red" loading={pending === key('veto')} data-testid="threaten-veto">
                      Threaten veto ▾
                    </Button>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item onClick={() => void run({ type: 'veto.threaten', draftId: draft.id, visibility: 'public' }, key('veto'))}>Publicly (on the record)</Menu.Item>
                    <Menu.Item onClick={() => void run({ type: 'veto.threaten', draftId: draft.id, visibility: 'private' }, key('veto'))}>Privately (to the sponsors)</Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              ) : (
                <GuardedButton guard={threaten} variant="default" onClick={() => undefined} data-testid="threaten-veto">
                  Threaten veto
                </GuardedButton>
              ))}
            {(mainSponsor || !withdraw.allowed) && (
              <GuardedButton guard={withdraw} variant="subtle" color="gray" onClick={() => void run({ type: 'draft.withdraw', draftId: draft.id }, key('wd'))} loading={pending === key('wd')}>
                Withdraw
              </GuardedButton>
            )}
          </Group>
        )}
        {draft.status === 'circulating' && mainSponsor && (
          <Group gap="xs" mt={4}>
            <GuardedButton guard={inBlue} onClick={() => void run({ type: 'draft.putInBlue', draftId: draft.id }, key('blue'))} loading={pending === key('blue')} data-testid="chamber-put-in-blue">
              Put in blue (final text)
            </GuardedButton>
          </Group>
        )}
        {!tabled && draft.status === 'in-vote' && (
          <Tooltip label="The vote is under way below">
            <Text size="sm" c="dimmed">
              Being voted on now.
            </Text>
          </Tooltip>
        )}
      </Stack>
    </Card>
  );
}
