import { Badge, Box, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Scenario } from '../../core/scenario/schema';
import {
  councilMembers,
  isPermanentMember,
  scenarioMembership,
  stateName,
  stateWithArticle,
} from '../../core/scenario/membership';
import { PHASE_TITLES, remainingSeconds, type Ballot, type SessionView } from '../../core/session';

const LIGHT: Record<string, { color: string; letter: string; word: string }> = {
  yes: { color: 'var(--mantine-color-green-7)', letter: 'Y', word: 'yes' },
  no: { color: 'var(--mantine-color-red-7)', letter: 'N', word: 'no' },
  abstain: { color: 'var(--mantine-color-yellow-5)', letter: 'A', word: 'abstained' },
  absent: { color: 'var(--mantine-color-gray-5)', letter: '–', word: 'absent' },
};

const STATUS: Record<string, string> = {
  tabled: 'tabled',
  'in-vote': 'being voted on',
  adopted: 'adopted',
  'not-adopted': 'not adopted',
  vetoed: 'vetoed',
  withdrawn: 'withdrawn',
};

/** The host's clock, ticking once a second (offset = host time − this machine's). */
function useHostNow(offset: number): string {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  return new Date(now + offset).toISOString();
}

function clock(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/**
 * The front of the room (UX "Security Council chamber", "Uniting for Peace and the Assembly"):
 * the public record only — the phase and its countdown, the Council's fifteen seats lit by the
 * last vote, the drafts, the Assembly's vote board, the latest public statements. Read-only.
 */
export function ProjectorView({
  view,
  clockOffset,
  timed = true,
}: {
  view: SessionView;
  clockOffset: number;
  /** Whether the host ends phases when time runs out (no countdown otherwise). */
  timed?: boolean;
}) {
  const scenario = view.scenario as unknown as Scenario;
  const state = view.state;
  const now = useHostNow(clockOffset);
  const left = remainingSeconds(state, now);
  const name = (code: string) => stateName(scenario, code);
  const council = [...state.ballots].reverse().find((b) => b.kind !== 'assembly');
  const assembly = [...state.ballots].reverse().find((b) => b.kind === 'assembly');
  const drafts = Object.values(state.drafts).sort((a, b) => b.tabledSeq - a.tabledSeq);
  const statements = state.statements.slice(-4).reverse();

  return (
    <Stack gap="md" p="lg" data-testid="projector-view">
      <Group justify="space-between" align="flex-end">
        <div>
          <Text size="lg" c="dimmed">
            {scenario.title}
          </Text>
          <Title order={1} data-testid="projector-phase">
            {state.round > 0 ? `Round ${state.round} of ${scenario.roundPlan.rounds} · ` : ''}
            {PHASE_TITLES[state.phase]}
            {state.paused ? ' · paused' : ''}
          </Title>
        </div>
        {timed && left !== null && (
          <Text
            fz={56}
            fw={700}
            ff="monospace"
            aria-label={`${clock(left)} left in this phase`}
            data-testid="projector-timer"
          >
            {clock(left)}
          </Text>
        )}
      </Group>

      <SimpleGrid cols={{ base: 1, lg: assembly ? 2 : 1 }} spacing="lg">
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h3" mb="sm">
            Security Council
          </Title>
          <SimpleGrid cols={5} spacing={6} data-testid="projector-council">
            {councilMembers(scenario).map((code) => {
              const vote = council ? voteOf(council, code) : undefined;
              const light = vote ? LIGHT[vote] : undefined;
              return (
                <Paper
                  key={code}
                  p={6}
                  radius="sm"
                  withBorder
                  style={{
                    borderLeft: `6px solid ${light?.color ?? 'transparent'}`,
                    borderColor: isPermanentMember(scenario, code)
                      ? 'var(--mantine-color-unblue-7)'
                      : undefined,
                  }}
                  aria-label={`${name(code)}${light ? `: ${light.word}` : ''}`}
                >
                  <Group gap={6} wrap="nowrap" justify="space-between">
                    <Text fw={700} ff="monospace">
                      {code}
                      {isPermanentMember(scenario, code) ? '*' : ''}
                    </Text>
                    {light && (
                      <Text fw={700} ff="monospace">
                        {light.letter}
                      </Text>
                    )}
                  </Group>
                  <Text size="xs" lineClamp={1}>
                    {name(code)}
                  </Text>
                </Paper>
              );
            })}
          </SimpleGrid>
          <Text size="xs" c="dimmed" mt={4}>
            * permanent member
          </Text>
          {council && <CouncilTally ballot={council} view={view} />}
          {drafts.length > 0 && (
            <Stack gap={4} mt="md">
              <Title order={3} size="h5">
                Drafts
              </Title>
              {drafts.slice(0, 5).map((d) => (
                <Group key={d.id} gap="xs" wrap="nowrap">
                  <Badge
                    variant="light"
                    color={
                      d.status === 'adopted' ? 'green' : d.status === 'vetoed' ? 'red' : 'gray'
                    }
                  >
                    {STATUS[d.status] ?? d.status}
                  </Badge>
                  <Text size="sm" lineClamp={1}>
                    {d.forum === 'assembly' ? 'Assembly: ' : ''}
                    {d.title} — {d.sponsors.map(name).join(', ')}
                  </Text>
                </Group>
              ))}
            </Stack>
          )}
        </Paper>
        {assembly && <AssemblyBoard ballot={assembly} scenario={scenario} />}
      </SimpleGrid>

      {statements.length > 0 && (
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="xs">
            Public statements
          </Title>
          <Stack gap={6}>
            {statements.map((s) => (
              <Text key={s.seq} size="md" lineClamp={2}>
                <b>{name(s.state)}:</b> {s.text}
              </Text>
            ))}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}

function voteOf(ballot: Ballot, code: string): string | undefined {
  const recorded = ballot.councilResult?.recorded[code];
  return recorded ?? (ballot.votes[code] as string | undefined);
}

function CouncilTally({ ballot, view }: { ballot: Ballot; view: SessionView }) {
  const scenario = view.scenario as unknown as Scenario;
  const draft = view.state.drafts[ballot.draftId];
  const result = ballot.councilResult;
  const votes = Object.values(ballot.votes);
  const count = (v: string) => votes.filter((x) => x === v).length;
  const yes = result?.inFavour ?? count('yes');
  const no = result?.against ?? count('no');
  const abstain = result?.abstentions ?? count('abstain');
  const required = result?.required ?? 9;
  return (
    <Box mt="md" data-testid="projector-tally">
      <Text size="sm" c="dimmed">
        {ballot.purpose === 'referral'
          ? 'Procedural vote: referral to the General Assembly'
          : `Vote on ${draft?.title ?? 'the draft'}`}
        {ballot.closedSeq === null ? ' (voting)' : ''}
      </Text>
      <Text size="xl" fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
        In favour {yes} · against {no} · abstentions {abstain} — {required} needed
      </Text>
      {result && <Text size="md">{result.announcement}</Text>}
      {result && result.vetoedBy.length > 0 && (
        <Paper
          mt="xs"
          p="xs"
          radius="sm"
          bg="var(--mantine-color-red-7)"
          c="white"
          data-testid="projector-veto"
        >
          <Text fw={700}>
            Vetoed by {result.vetoedBy.map((c) => stateWithArticle(stateName(scenario, c))).join(' and ')} (Charter
            art. 27(3))
          </Text>
        </Paper>
      )}
    </Box>
  );
}

function AssemblyBoard({ ballot, scenario }: { ballot: Ballot; scenario: Scenario }) {
  const members = [...scenarioMembership(scenario)].sort((a, b) =>
    a.name.localeCompare(b.name, 'en'),
  );
  const result = ballot.assemblyResult;
  const votes = Object.values(ballot.votes);
  const count = (v: string) => votes.filter((x) => x === v).length;
  return (
    <Paper withBorder p="md" radius="md" data-testid="projector-assembly">
      <Title order={2} size="h3" mb={4}>
        General Assembly
      </Title>
      <Text size="lg" fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
        Yes {result?.inFavour ?? count('yes')} · No {result?.against ?? count('no')} · Abstain{' '}
        {result?.abstentions ?? count('abstain')}
        {result
          ? ` — ${result.required} of ${result.presentAndVoting} present and voting needed`
          : ' (voting)'}
      </Text>
      {result && <Text size="sm">{result.announcement}</Text>}
      <Box
        mt="xs"
        style={{ columnCount: 4, columnGap: 8, fontSize: 10, lineHeight: '14px' }}
        aria-label="Assembly vote board"
      >
        {members.map((m) => {
          const vote = ballot.votes[m.code] as string | undefined;
          const light = vote ? LIGHT[vote] : undefined;
          return (
            <div key={m.code} style={{ breakInside: 'avoid', display: 'flex', gap: 4 }}>
              <span
                style={{
                  display: 'inline-block',
                  width: 12,
                  textAlign: 'center',
                  background: light?.color ?? 'transparent',
                  color: vote === 'abstain' ? 'black' : 'white',
                  fontWeight: 700,
                }}
              >
                {light?.letter ?? ''}
              </span>
              <span style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
                {m.name}
              </span>
            </div>
          );
        })}
      </Box>
    </Paper>
  );
}
