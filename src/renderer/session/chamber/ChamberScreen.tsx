import { Alert, Card, Group, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { isPermanentMember } from '../../../core/scenario/membership';
import { MEASURE_LABELS, openBallotOf, type Ballot, type SessionView } from '../../../core/session';
import { ActionError } from '../kit/ActionError';
import { GuardedButton } from '../kit/GuardedButton';
import { useAction } from '../kit/useAction';
import { listOf, proseName } from '../../../core/ai/wording';
import { capitalised, nameOf, scenarioOf } from '../format';
import type { SessionScreenProps } from '../types';
import { CouncilBallotBoard, Horseshoe, councilPresident } from './CouncilBoard';
import { DraftCard } from './DraftCard';
import { CouncilStatements } from './CouncilStatements';
import { TableDraftModal } from './TableDraftModal';
import { VotePanel } from '../kit/VotePanel';

/** The Council ballot to show: the open one, else the latest substantive vote of this round. */
function currentCouncilBallot(view: SessionView): Ballot | undefined {
  const open = openBallotOf(view.state);
  if (open && open.kind === 'council-substantive') return open;
  return [...view.state.ballots].reverse().find((b) => b.kind === 'council-substantive' && b.round === view.state.round);
}

/** Explaining one's vote after a ballot of this round. */
function ExplainVote({ view, allowed, run, pending }: { view: SessionView; allowed: SessionScreenProps['allowed']; run: ReturnType<typeof useAction>['run']; pending: string | null }) {
  const own = view.viewer.kind === 'seat' ? view.viewer.state : null;
  const [text, setText] = useState('');
  if (!own) return null;
  const ballot = [...view.state.ballots]
    .reverse()
    .find((b) => b.round === view.state.round && b.closedSeq !== null && b.kind !== 'assembly' && b.electorate.includes(own) && !view.state.explanations.some((e) => e.ballotId === b.id && e.state === own));
  if (!ballot) return null;
  const guard = allowed('vote.explain');
  return (
    <Card withBorder padding="md">
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (await run({ type: 'vote.explain', ballotId: ballot.id, text: text.trim() }, 'explain')) setText('');
        }}
      >
        <Stack gap="xs">
          <Text fw={600}>Explain your vote ({String(ballot.votes[own] ?? 'absent')})</Text>
          <Textarea aria-label="Explanation of vote" placeholder="My delegation voted … because …" value={text} onChange={(e) => setText(e.currentTarget.value)} autosize minRows={2} maxLength={4000} />
          <Group>
            <GuardedButton guard={text.trim() ? guard : { allowed: false, reason: 'Write your explanation first.' }} type="submit" variant="light" onClick={() => undefined} loading={pending === 'explain'}>
              Deliver the explanation
            </GuardedButton>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/**
 * The Security Council chamber: the fifteen members around the horseshoe, the drafts on the
 * table, the vote as a live board with the tally, the veto banner and the President's
 * announcement, then explanations of vote and earlier votes.
 */
export function ChamberScreen({ view, submit, allowed }: SessionScreenProps) {
  const { run, pending, error, clearError } = useAction(submit);
  const [tabling, setTabling] = useState(false);
  const scenario = scenarioOf(view);
  const { state } = view;
  const ballot = currentCouncilBallot(view);
  const open = ballot && ballot.closedSeq === null ? ballot : undefined;
  const drafts = Object.values(state.drafts).filter((d) => d.forum === 'council');
  const current = drafts.filter((d) => d.round === state.round || d.status === 'tabled').sort((a, b) => b.tabledSeq - a.tabledSeq);
  const earlier = state.ballots.filter((b) => b.kind === 'council-substantive' && b.closedSeq !== null && b.id !== ballot?.id);
  const tableGuard = allowed('draft.table');
  const inCouncil = state.phase === 'council';
  const own = view.viewer.kind === 'seat' ? view.viewer.state : null;
  const permanent = own !== null && isPermanentMember(scenario, own);
  const facilitator = view.viewer.kind === 'facilitator';
  const ballotDraft = ballot ? state.drafts[ballot.draftId] : undefined;
  // After a veto, the first thing the screen says is that the draft failed.
  const failed = ballot && ballot.closedSeq !== null && (ballot.councilResult?.vetoedBy.length ?? 0) > 0 ? ballotDraft : undefined;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>Security Council</Title>
          <Text size="sm" c="dimmed">
            15 members, 5 permanent (★). President: {nameOf(view, councilPresident(view))}. {inCouncil ? 'The Council is in session.' : 'The Council meets in the Security Council phase.'}
          </Text>
        </div>
        <Group gap="xs">
          {view.viewer.kind === 'seat' && inCouncil && (
            <GuardedButton guard={allowed('delegation.pass')} size="md" variant="default" onClick={() => void run({ type: 'delegation.pass' }, 'pass')} loading={pending === 'pass'} data-testid="pass">
              Pass: let others table
            </GuardedButton>
          )}
          <GuardedButton guard={tableGuard} size="md" variant={open ? 'default' : 'filled'} onClick={() => setTabling(true)} data-testid="table-draft">
            Table a draft
          </GuardedButton>
        </Group>
      </Group>
      <ActionError error={tabling ? null : error} onClose={clearError} />

      {failed && (
        <Alert color="red" variant="filled" role="alert" data-testid="draft-failed" title={`The draft failed: "${failed.title}" was not adopted`}>
          {listOf(ballot!.councilResult!.vetoedBy.map((code) => capitalised(proseName(nameOf(view, code)))))} {ballot!.councilResult!.vetoedBy.length > 1 ? 'are permanent members and voted' : 'is a permanent member and voted'} against
          it: a veto (UN Charter art. 27(3)). The Council has taken no decision on this text.
        </Alert>
      )}

      {ballot && ballotDraft && (
        <Card withBorder padding="md" data-testid="ballot-draft-text" aria-labelledby="ballot-draft-title">
          <Text size="sm" c="dimmed">
            {open ? 'Before you vote: the text put to the vote' : 'The text that was put to the vote'}
            {ballotDraft.circulation ? ` (in blue${ballotDraft.circulation.revisions.length > 1 ? ` as rev.${ballotDraft.circulation.revisions.length - 1}` : ''})` : ''}
          </Text>
          <Title order={3} size="h5" id="ballot-draft-title">
            {ballotDraft.title} · Chapter {ballotDraft.chapter}
          </Title>
          <Text size="sm">
            <strong>Measures:</strong> {ballotDraft.measures.map((m) => MEASURE_LABELS[m]).join(', ')}
          </Text>
          {ballotDraft.preamble.map((r) => (
            <Text key={r} size="sm" fs="italic">
              {r},
            </Text>
          ))}
          <ol className="operative" aria-label="Operative paragraphs put to the vote">
            {ballotDraft.operativeParagraphs.map((p, i) => (
              <li key={i}>
                <Text size="sm">{p}</Text>
              </li>
            ))}
          </ol>
        </Card>
      )}

      {open && (
        <VotePanel
          view={view}
          ballot={open}
          allowed={allowed}
          run={run}
          pending={pending}
          title={(name) => `Your vote, ${name}`}
          note={permanent && 'As a permanent member, your "no" defeats the draft if it has 9 votes (a veto, art. 27(3)); abstaining does not.'}
          noLabel={permanent ? 'No (veto)' : 'No'}
        />
      )}
      {open && facilitator && (
        <Group>
          <GuardedButton guard={allowed('vote.close')} variant="default" onClick={() => void run({ type: 'vote.close', ballotId: open.id }, 'close')} loading={pending === 'close'}>
            Close the vote (members yet to vote are recorded absent)
          </GuardedButton>
        </Group>
      )}

      {ballot ? (
        <Card withBorder padding="lg">
          <CouncilBallotBoard view={view} ballot={ballot} />
        </Card>
      ) : (
        <Card withBorder padding="lg">
          <Horseshoe view={view} votes={() => undefined} />
          <Text size="sm" c="dimmed" ta="center" mt="sm">
            No vote yet this round. {own && scenario.council.permanent.includes(own) ? 'You hold a permanent seat.' : ''}
          </Text>
        </Card>
      )}

      <ExplainVote view={view} allowed={allowed} run={run} pending={pending} />

      <section aria-labelledby="drafts-title">
        <Title order={3} size="h4" id="drafts-title" mb="xs">
          Drafts before the Council
        </Title>
        {current.length === 0 ? (
          <Alert variant="light" title="No draft is on the table">
            {tableGuard.allowed
              ? 'Table a draft: pick the measures you want the Council to take and write its operative paragraphs.'
              : (tableGuard.reason ?? 'Drafts are tabled by Council members in the Security Council phase.')}
          </Alert>
        ) : (
          <SimpleGrid cols={{ base: 1, lg: current.length > 1 ? 2 : 1 }} spacing="md">
            {current.map((d) => (
              <DraftCard key={d.id} view={view} draft={d} allowed={allowed} run={run} pending={pending} />
            ))}
          </SimpleGrid>
        )}
      </section>

      <CouncilStatements view={view} me={own} allowed={allowed} run={run} pending={pending} />

      {earlier.length > 0 && (
        <section aria-labelledby="earlier-votes">
          <Title order={3} size="h4" id="earlier-votes" mb="xs">
            Earlier votes
          </Title>
          <Stack gap="xs">
            {earlier.map((b) => (
              <Card key={b.id} withBorder padding="sm">
                <Text size="sm" fw={600}>
                  Round {b.round}: "{state.drafts[b.draftId]?.title ?? b.draftId}"{' '}
                  {b.councilResult?.vetoedBy.length ? `vetoed by ${listOf(b.councilResult.vetoedBy.map((code) => proseName(nameOf(view, code))))} (art. 27(3))` : b.councilResult?.adopted ? 'adopted' : 'not adopted'}
                </Text>
                <Text size="sm" c="dimmed">
                  {b.councilResult?.announcement}
                </Text>
              </Card>
            ))}
          </Stack>
        </section>
      )}

      <TableDraftModal
        opened={tabling}
        onClose={() => {
          setTabling(false);
          clearError();
        }}
        view={view}
        forum="council"
        run={(event) => run(event, 'table')}
        error={tabling ? error : null}
        clearError={clearError}
      />
    </Stack>
  );
}
