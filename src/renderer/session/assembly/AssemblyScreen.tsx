import { Alert, Badge, Card, Group, Progress, Select, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { isCouncilMember, scenarioMembership } from '../../../core/scenario/membership';
import { openBallotOf, type SessionView } from '../../../core/session';
import { CouncilBallotBoard } from '../chamber/CouncilBoard';
import { DraftCard } from '../chamber/DraftCard';
import { TableDraftModal } from '../chamber/TableDraftModal';
import { READABLE_TITLE, nameOf, scenarioOf } from '../format';
import { ActionError } from '../kit/ActionError';
import { GuardedButton } from '../kit/GuardedButton';
import { useAction } from '../kit/useAction';
import { VotePanel } from '../kit/VotePanel';
import type { SessionScreenProps } from '../types';
import { AssemblyBoard } from './AssemblyBoard';

/** A button whose label wraps in a narrow column instead of being cut off. */
const WRAPPING_LABEL = { label: { whiteSpace: 'normal', textAlign: 'center' } } as const;

type Run = ReturnType<typeof useAction>['run'];

/** Uniting for Peace: why the path is open, and its two routes to the Assembly. */
function UnitingForPeacePanel({ view, allowed, run, pending }: { view: SessionView; allowed: SessionScreenProps['allowed']; run: Run; pending: string | null }) {
  const scenario = scenarioOf(view);
  const { state } = view;
  const ufp = state.unitingForPeace;
  const own = view.viewer.kind === 'seat' ? view.viewer.state : null;
  const referred = new Set(state.ballots.filter((b) => b.purpose === 'referral').map((b) => b.draftId));
  const vetoed = Object.values(state.drafts).filter((d) => d.status === 'vetoed');
  const referable = vetoed.filter((d) => !referred.has(d.id));
  const [draftId, setDraftId] = useState<string | null>(ufp.openedBy?.draftId ?? referable[0]?.id ?? null);
  const membership = scenarioMembership(scenario).length;
  const majority = Math.floor(membership / 2) + 1;
  const requests = ufp.requests.length + ufp.deemedRequests.length;
  const chosen = draftId ?? ufp.openedBy?.draftId ?? vetoed[0]?.id ?? null;

  if (ufp.status === 'closed') {
    return (
      <Alert variant="light" title="Uniting for Peace is not open" data-testid="ufp-closed">
        The General Assembly takes up a matter under resolution 377 A (V) only when the Council fails to act because of a lack of unanimity of its permanent members: a draft defeated by a
        permanent member's negative vote. A draft that failed for want of nine votes does not open this path.
      </Alert>
    );
  }
  if (ufp.status === 'convened') {
    return (
      <Stack gap="sm">
        {ufp.openedBy && (
          <Card withBorder padding="md">
            <Text fw={700}>Why the matter is before the Assembly</Text>
            <Text size="sm" mt={4}>
              {ufp.openedBy.reason}
            </Text>
          </Card>
        )}
        <Alert color="teal" variant="light" styles={READABLE_TITLE} title="The emergency special session is convened" data-testid="ufp-convened">
          {ufp.convenedBy === 'council'
            ? 'The Council decided, by a procedural vote that no permanent member can veto, to refer the matter to the General Assembly (GA res. 377 A (V); UN Charter art. 27(2)).'
            : `A majority of the Members of the United Nations requested it: ${requests} of ${membership}, ${majority} needed (GA res. 377 A (V)).${ufp.requests.length > 0 ? ` Requested here by ${ufp.requests.map((c) => nameOf(view, c)).join(', ')}${ufp.deemedRequests.length > 0 ? `, with ${ufp.deemedRequests.length} Members whose standing position supports it` : ''}.` : ''}`}{' '}
          It meets within 24 hours and may recommend collective measures; it cannot bind states as the Council can.
        </Alert>
      </Stack>
    );
  }
  const referGuard = allowed('ufp.propose-referral');
  const requestGuard = allowed('ufp.request');
  return (
    <Card withBorder padding="lg" data-testid="ufp-panel">
      <Stack gap="md">
        <Title order={3} size="h4">
          Uniting for Peace is open
        </Title>
        <Text>{ufp.openedBy?.reason}</Text>
        {vetoed.length > 1 && (
          <Select
            label="Vetoed draft whose matter goes to the Assembly"
            data={vetoed.map((d) => ({ value: d.id, label: d.title }))}
            value={chosen}
            onChange={setDraftId}
            maw={460}
          />
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Card withBorder padding="md">
            <Text fw={700}>1. The Council refers the matter</Text>
            <Text size="sm" c="dimmed" mt={4}>
              A procedural vote: any 9 members, and a permanent member's "no" is not a veto (art. 27(2); e.g. S/RES/2623 (2022), adopted 11-1-3).
            </Text>
            <Group mt="sm">
              <GuardedButton
                guard={chosen ? referGuard : { allowed: false, reason: 'No vetoed draft to refer.' }}
                onClick={() => chosen && void run({ type: 'ufp.propose-referral', draftId: chosen }, 'refer')}
                loading={pending === 'refer'}
                h="auto"
                py={6}
                styles={WRAPPING_LABEL}
                data-testid="ufp-refer"
              >
                Move the referral
              </GuardedButton>
            </Group>
            {own && !isCouncilMember(scenario, own) && (
              <Text size="xs" c="dimmed" mt={4}>
                Only a Council member moves it; you can still request a session below.
              </Text>
            )}
          </Card>
          <Card withBorder padding="md">
            <Text fw={700}>2. A majority of the Members request a session</Text>
            <Text size="sm" c="dimmed" mt={4}>
              {requests} of {membership} Members ({majority} needed): {ufp.requests.length} delegation{ufp.requests.length === 1 ? '' : 's'} here
              {ufp.deemedRequests.length > 0 ? ` and ${ufp.deemedRequests.length} Members whose standing position supports it` : ''}.
            </Text>
            <Progress value={(requests / membership) * 100} mt="xs" aria-label={`${requests} of ${membership} Members have requested a session`} />
            <Group mt="sm">
              <GuardedButton
                guard={chosen ? requestGuard : { allowed: false, reason: 'No vetoed draft.' }}
                variant="default"
                h="auto"
                py={6}
                styles={WRAPPING_LABEL}
                onClick={() => chosen && void run({ type: 'ufp.request', draftId: chosen }, 'request')}
                loading={pending === 'request'}
                data-testid="ufp-request"
              >
                Request an emergency special session
              </GuardedButton>
            </Group>
            {ufp.requests.length > 0 && (
              <Text size="xs" mt={4}>
                Requested by: {ufp.requests.map((c) => nameOf(view, c)).join(', ')}
              </Text>
            )}
          </Card>
        </SimpleGrid>
        {view.viewer.kind === 'seat' && (
          <Group gap="sm">
            <GuardedButton guard={allowed('delegation.pass')} variant="subtle" onClick={() => void run({ type: 'delegation.pass' }, 'pass')} loading={pending === 'pass'} data-testid="pass">
              Pass: leave the referral and the request to others
            </GuardedButton>
            <Text size="xs" c="dimmed">
              The other delegations wait for you to move first.
            </Text>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** The veto-initiative debate (GA res. 76/262): the vetoing member is invited to speak first. */
function VetoInitiativeDebate({ view, allowed, run, pending }: { view: SessionView; allowed: SessionScreenProps['allowed']; run: Run; pending: string | null }) {
  const { state } = view;
  const debates = state.vetoInitiative.filter((d) => d.round === state.round);
  const [text, setText] = useState('');
  const own = view.viewer.kind === 'seat' ? view.viewer.state : null;
  if (debates.length === 0) return null;
  const guard = allowed('vetoInitiative.speak');
  return (
    <Stack gap="md" data-testid="veto-initiative">
      {debates.map((debate) => {
        const draft = state.drafts[debate.draftId];
        const spoken = own !== null && debate.speeches.some((s) => s.state === own);
        return (
          <Card key={debate.draftId} withBorder padding="lg">
            <Title order={3} size="h4">
              Veto-initiative debate: "{draft?.title ?? debate.draftId}"
            </Title>
            <Text size="sm" c="dimmed">
              Under GA res. 76/262 the President of the General Assembly convenes a debate within ten working days of a veto; the vetoing member
              {debate.vetoedBy.length > 1 ? 's are' : ' is'} invited to speak first: {debate.vetoedBy.map((c) => nameOf(view, c)).join(', ')}.
            </Text>
            <Stack gap="xs" mt="md" component="ol" style={{ paddingLeft: 20 }}>
              {debate.speeches.map((s) => (
                <li key={s.seq}>
                  <Text size="sm">
                    <strong>
                      {nameOf(view, s.state)}
                      {debate.vetoedBy.includes(s.state) ? ' (vetoing member)' : ''}
                    </strong>
                    : {s.text}
                  </Text>
                </li>
              ))}
              {debate.speeches.length === 0 && (
                <Text size="sm" c="dimmed">
                  No one has spoken yet.
                </Text>
              )}
            </Stack>
            {own && !spoken && (
              <form
                onSubmit={async (e) => {
                  e.preventDefault();
                  if (await run({ type: 'vetoInitiative.speak', draftId: debate.draftId, text: text.trim() }, `speak:${debate.draftId}`)) setText('');
                }}
              >
                <Stack gap="xs" mt="md">
                  <Textarea label="Your statement" value={text} onChange={(e) => setText(e.currentTarget.value)} autosize minRows={2} maxLength={4000} />
                  <Group>
                    <GuardedButton type="submit" guard={text.trim() ? guard : guard.allowed ? { allowed: false, reason: 'Write your statement first.' } : guard} onClick={() => undefined} loading={pending === `speak:${debate.draftId}`} data-testid="speak">
                      Take the floor
                    </GuardedButton>
                  </Group>
                </Stack>
              </form>
            )}
          </Card>
        );
      })}
    </Stack>
  );
}

/**
 * The General Assembly: Uniting for Peace when a veto opens it (its reason from the core, the
 * procedural referral vote, the majority-of-Members request), the emergency special session's
 * drafts and vote board with the world map, and the veto-initiative debate.
 */
export function AssemblyScreen({ view, submit, allowed }: SessionScreenProps) {
  const { run, pending, error, clearError } = useAction(submit);
  const [tabling, setTabling] = useState(false);
  const { state } = view;
  const open = openBallotOf(state);
  const referral = [...state.ballots].reverse().find((b) => b.purpose === 'referral');
  const assemblyBallot = open?.kind === 'assembly' ? open : [...state.ballots].reverse().find((b) => b.kind === 'assembly');
  const drafts = Object.values(state.drafts).filter((d) => d.forum === 'assembly').sort((a, b) => b.tabledSeq - a.tabledSeq);
  const ess = state.phase === 'emergencySpecialSession';
  const tableGuard = allowed('draft.table');
  const phaseNote: Record<string, string> = {
    unitingForPeace: 'The Council has just failed to act because of a veto.',
    emergencySpecialSession: 'The General Assembly meets in emergency special session.',
    vetoInitiative: 'The Assembly holds the debate that follows a veto.',
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>General Assembly</Title>
          <Text size="sm" c="dimmed">
            {phaseNote[state.phase] ?? 'The Assembly acts here after a veto: Uniting for Peace, an emergency special session, the veto-initiative debate.'}
          </Text>
        </div>
        {ess && (
          <GuardedButton guard={tableGuard} size="md" variant={open ? 'default' : 'filled'} onClick={() => setTabling(true)} data-testid="table-assembly-draft">
            Table an Assembly draft
          </GuardedButton>
        )}
      </Group>
      <ActionError error={tabling ? null : error} onClose={clearError} />

      <UnitingForPeacePanel view={view} allowed={allowed} run={run} pending={pending} />

      {referral && (
        <Card withBorder padding="lg">
          {open && open.id === referral.id && <Text mb="sm">{referral.closedSeq === null ? 'The Council votes on the referral now.' : ''}</Text>}
          {open && open.id === referral.id && view.viewer.kind === 'seat' && (
            <Group mb="sm">
              {(['yes', 'no', 'abstain'] as const).map((v) => (
                <GuardedButton
                  key={v}
                  guard={allowed('vote.cast')}
                  variant={v === 'yes' ? 'filled' : 'default'}
                  onClick={() => void run({ type: 'vote.cast', ballotId: referral.id, vote: v }, `vote:${v}`)}
                  loading={pending === `vote:${v}`}
                  data-testid={`referral-${v}`}
                >
                  {v === 'yes' ? 'Yes' : v === 'no' ? 'No' : 'Abstain'}
                </GuardedButton>
              ))}
            </Group>
          )}
          <CouncilBallotBoard view={view} ballot={referral} />
        </Card>
      )}

      {(ess || drafts.length > 0) && (
        <section aria-labelledby="ess-title">
          <Group justify="space-between" mb="xs">
            <Title order={3} size="h4" id="ess-title">
              Emergency special session
            </Title>
            {state.unitingForPeace.convenedRound !== null && <Badge variant="outline" color="unblue.9">convened in round {state.unitingForPeace.convenedRound}</Badge>}
          </Group>
          <Stack gap="md">
            {open?.kind === 'assembly' && <VotePanel view={view} ballot={open} allowed={allowed} run={run} pending={pending} title={(name) => `Your vote in the Assembly, ${name}`} />}
            {drafts.length === 0 ? (
              <Alert variant="light" title="No Assembly draft yet">
                {tableGuard.allowed ? 'Table a draft recommending collective measures; it needs two thirds of those present and voting.' : tableGuard.reason}
              </Alert>
            ) : (
              <SimpleGrid cols={{ base: 1, lg: drafts.length > 1 ? 2 : 1 }} spacing="md">
                {drafts.map((d) => (
                  <DraftCard key={d.id} view={view} draft={d} allowed={allowed} run={run} pending={pending} />
                ))}
              </SimpleGrid>
            )}
          </Stack>
        </section>
      )}

      {assemblyBallot && (
        <Card withBorder padding="lg">
          <AssemblyBoard view={view} ballot={assemblyBallot} />
        </Card>
      )}

      <VetoInitiativeDebate view={view} allowed={allowed} run={run} pending={pending} />

      <TableDraftModal
        opened={tabling}
        onClose={() => {
          setTabling(false);
          clearError();
        }}
        view={view}
        forum="assembly"
        run={(event) => run(event, 'table')}
        error={tabling ? error : null}
        clearError={clearError}
      />
    </Stack>
  );
}
