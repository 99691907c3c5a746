import { Alert, Blockquote, Box, Group, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { scenarioMembership } from '../../../core/scenario/membership';
import type { AssemblyVote } from '../../../core/scenario/schema';
import { rollCallOrder, type Ballot, type SessionView } from '../../../core/session';
import { useReveal } from '../chamber/useReveal';
import { READABLE_TITLE, scenarioOf } from '../format';
import { lazyComponent } from '../../components/lazy';
import type { MapVote } from './WorldMap';

// The map (d3-geo, topojson and the atlas) is its own chunk, fetched when a vote board first shows.
const WorldMap = lazyComponent(() => import('./WorldMap').then((m) => m.WorldMap), 'Drawing the world map…');

const GROUPS = ['All', 'African', 'Asia-Pacific', 'EEG', 'GRULAC', 'WEOG'] as const;
const GROUP_LABEL: Record<string, string> = { All: 'All', African: 'African', 'Asia-Pacific': 'Asia-Pacific', EEG: 'Eastern European', GRULAC: 'Latin American & Caribbean', WEOG: 'Western European & others' };
const LETTER: Record<string, string> = { yes: 'Y', no: 'N', abstain: 'A', absent: '', pending: '' };
const WORD: Record<string, string> = { yes: 'yes', no: 'no', abstain: 'abstained', absent: 'absent', pending: 'not yet voted' };

/**
 * The emergency special session's vote board, as in the Assembly hall: every Member State's
 * name in alphabetical columns with a green, red or yellow light and its letter (absent
 * unlit), the totals and the two-thirds line over those present and voting, a filter by
 * regional group, and the world map beside it in the same colours. Votes light up as they
 * arrive; at the close the members no seat represents vote as the scenario's defaults say,
 * in roll-call order from the member drawn by lot (GA rules of procedure, rule 87).
 */
export function AssemblyBoard({ view, ballot }: { view: SessionView; ballot: Ballot }) {
  const scenario = scenarioOf(view);
  const members = useMemo(() => scenarioMembership(scenario), [scenario]);
  const order = useMemo(() => rollCallOrder(scenario, ballot), [scenario, ballot]);
  const { revealed, done } = useReveal(ballot, order, 12);
  const [group, setGroup] = useState<(typeof GROUPS)[number]>('All');
  const closed = ballot.closedSeq !== null && done;
  const vote = (code: string): MapVote => {
    const v = ballot.votes[code] as AssemblyVote | undefined;
    if (v !== undefined && revealed.has(code)) return v;
    return ballot.closedSeq !== null ? (revealed.has(code) ? 'absent' : 'pending') : 'pending';
  };
  const counts = { yes: 0, no: 0, abstain: 0, absent: 0, pending: 0 };
  for (const m of members) counts[(vote(m.code) ?? 'pending') as keyof typeof counts] += 1;
  const presentAndVoting = counts.yes + counts.no;
  const required = Math.ceil((2 * presentAndVoting) / 3);
  const result = closed ? ballot.assemblyResult : null;
  const shown = [...members].filter((m) => group === 'All' || m.regionalGroup === group).sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const draft = view.state.drafts[ballot.draftId];
  const own = view.viewer.kind === 'seat' ? view.viewer.state : null;

  return (
    <Stack gap="md" data-testid="assembly-ballot" data-closed={closed || undefined}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={3} size="h4">
            Recorded vote on "{draft?.title ?? ballot.draftId}"
          </Title>
          <Text size="sm" c="dimmed">
            An important question: two thirds of the members present and voting (UN Charter art. 18(2)); abstentions are not counted as voting. No veto in the Assembly.
          </Text>
        </div>
        <Text fw={700} className={closed ? undefined : 'mc-accent-text'} aria-live="polite">
          {closed ? 'Vote closed' : ballot.closedSeq === null ? 'Voting is open' : 'Counting…'}
        </Text>
      </Group>

      <AssemblyTally yes={counts.yes} no={counts.no} abstain={counts.abstain} absent={counts.absent} pending={counts.pending} required={required} presentAndVoting={presentAndVoting} />
      {result && (
        <>
          <Alert color={result.adopted ? 'teal' : 'gray'} variant="light" styles={READABLE_TITLE} title={result.adopted ? 'Adopted by the General Assembly' : 'Not adopted'} data-testid="assembly-outcome">
            {result.adopted
              ? `${result.inFavour} in favour of ${result.presentAndVoting} present and voting: at least the two thirds required (${result.required}).`
              : `${result.inFavour} in favour of ${result.presentAndVoting} present and voting: short of the two thirds required (${result.required}).`}
          </Alert>
          <Blockquote cite="— The President of the General Assembly" p="md" data-testid="assembly-announcement">
            {result.announcement}
          </Blockquote>
        </>
      )}

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Stack gap="xs">
          <SegmentedControl
            aria-label="Regional group"
            size="xs"
            value={group}
            onChange={(v) => setGroup(v as (typeof GROUPS)[number])}
            data={GROUPS.map((g) => ({ value: g, label: g === 'All' ? 'All' : g }))}
            data-testid="group-filter"
          />
          <Text size="xs" c="dimmed">
            {group === 'All' ? `${members.length} Member States` : `${GROUP_LABEL[group]} Group: ${shown.length} members`}
            {ballot.rollCallStartsWith ? ` · roll call from ${members.find((m) => m.code === ballot.rollCallStartsWith)?.name ?? ballot.rollCallStartsWith}, drawn by lot` : ''}
          </Text>
          <ul className="assembly-board" aria-label="Votes of the Member States" data-testid="assembly-board">
            {shown.map((m) => {
              const v = vote(m.code) ?? 'pending';
              return (
                <li key={m.code} data-code={m.code} data-vote={v} data-own={m.code === own || undefined} aria-label={`${m.name}: ${WORD[v]}`}>
                  <span className="vote-light" data-vote={v} aria-hidden="true">
                    {LETTER[v]}
                  </span>
                  <span className="assembly-name">{m.name}</span>
                </li>
              );
            })}
          </ul>
        </Stack>
        <Box style={{ position: 'sticky', top: 72, alignSelf: 'start' }}>
          <WorldMap vote={vote} label={`World map of the vote: ${counts.yes} yes, ${counts.no} no, ${counts.abstain} abstentions`} />
          {members.some((m) => m.fictional) && (
            <Text size="xs" c="dimmed" mt={4}>
              Not on the map (fictional in this scenario): {members.filter((m) => m.fictional).map((m) => `${m.name} (${WORD[vote(m.code) ?? 'pending']})`).join(', ')}.
            </Text>
          )}
        </Box>
      </SimpleGrid>
    </Stack>
  );
}

/** Totals and the two-thirds line over those present and voting (art. 18(2)). */
export function AssemblyTally({ yes, no, abstain, absent, pending, required, presentAndVoting }: { yes: number; no: number; abstain: number; absent: number; pending: number; required: number; presentAndVoting: number }) {
  const share = presentAndVoting > 0 ? yes / presentAndVoting : 0;
  return (
    <Stack gap={4} data-testid="assembly-tally">
      <Box className="tally-bar" role="img" aria-label={`${yes} of ${presentAndVoting} present and voting in favour; two thirds needed`}>
        <div className="tally-yes" style={{ width: `${share * 100}%` }} />
        <div className="tally-no" style={{ left: `${share * 100}%`, width: `${(1 - share) * 100}%`, display: presentAndVoting > 0 ? undefined : 'none' }} />
        <div className="tally-mark" style={{ left: `${(2 / 3) * 100}%` }}>
          <span>⅔</span>
        </div>
      </Box>
      <Text size="sm" className="tabular" data-testid="assembly-tally-text">
        <strong>Yes {yes}</strong> · No {no} · Abstentions {abstain} · Absent {absent}
        {pending > 0 ? ` · yet to vote ${pending}` : ''} — present and voting {presentAndVoting}; two thirds: {required}
      </Text>
    </Stack>
  );
}
