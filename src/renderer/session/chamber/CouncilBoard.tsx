import { Alert, Blockquote, Box, Group, Stack, Text, Title } from '@mantine/core';
import { councilMembers } from '../../../core/scenario/membership';
import type { Ballot, RecordedVote, SessionView } from '../../../core/session';
import { listOf, proseName } from '../../../core/ai/wording';
import { READABLE_TITLE, capitalised, nameOf, scenarioOf } from '../format';
import { proseNameOf } from '../kit/names';
import { useReveal } from './useReveal';

export type SeatVote = RecordedVote | 'pending' | undefined;

export const VOTE_LETTER: Record<string, string> = { yes: 'Y', no: 'N', abstain: 'A', absent: '–', pending: '…' };
export const VOTE_WORD: Record<string, string> = { yes: 'yes', no: 'no', abstain: 'abstained', absent: 'absent', pending: 'not yet voted' };
/** How a member voted, as it follows its name in an explanation of vote: "Pakistan (abstained)". */
const VOTE_IN_WORDS: Record<string, string> = { yes: 'voted yes', no: 'voted no', abstain: 'abstained', absent: 'absent', pending: 'not yet voted' };

/**
 * A seat's name on the horseshoe, where two short lines fit: the UN's qualifier in brackets
 * is left to the tooltip ("Iran", not "Iran (Islamic Republic of)").
 */
export function seatName(name: string): string {
  return name.replace(/\s*\([^)]*\)$/, '');
}

/** English alphabetical order of names (the Council seats its members in it, from the President). */
function byName(view: SessionView, codes: readonly string[]): string[] {
  return [...codes].sort((a, b) => nameOf(view, a).localeCompare(nameOf(view, b), 'en'));
}

/** The President: the scenario's, else the first member in English alphabetical order. */
export function councilPresident(view: SessionView): string {
  const scenario = scenarioOf(view);
  return scenario.council.president ?? byName(view, councilMembers(scenario))[0]!;
}

/**
 * Seats around the horseshoe: the President at the head, the others in alphabetical order
 * from the President's right round to the left.
 */
function seatOrder(view: SessionView): string[] {
  const members = byName(view, councilMembers(scenarioOf(view)));
  const president = councilPresident(view);
  const start = members.indexOf(president);
  const rotated = [...members.slice(start + 1), ...members.slice(0, start)];
  const left = rotated.slice(0, 7);
  const right = rotated.slice(7);
  return [...left.reverse(), president, ...right];
}

/** The horseshoe: an elliptic arc of more than half a turn, open towards the viewer (a 100 × 72 box, tall enough that seats on its shoulders do not overlap). */
const U = { cx: 50, cy: 42, rx: 41, ry: 36, from: (206 * Math.PI) / 180, to: (-26 * Math.PI) / 180 };

const BOX_HEIGHT = 72;

/** A point on the horseshoe, t from 0 (the left end) over the head to 1 (the right end). */
function pointOnU(t: number): { x: number; y: number } {
  const angle = U.from + (U.to - U.from) * t;
  return { x: U.cx + U.rx * Math.cos(angle), y: U.cy - U.ry * Math.sin(angle) };
}

const TABLE_PATH = (() => {
  const a = pointOnU(0);
  const b = pointOnU(1);
  return `M ${a.x.toFixed(2)} ${a.y.toFixed(2)} A ${U.rx} ${U.ry} 0 1 1 ${b.x.toFixed(2)} ${b.y.toFixed(2)}`;
})();

/** The horseshoe: fifteen seats, permanent members marked, each seat lit by its vote with a letter. */
export function Horseshoe({ view, votes, testId = 'horseshoe' }: { view: SessionView; votes: (code: string) => SeatVote; testId?: string }) {
  const scenario = scenarioOf(view);
  const order = seatOrder(view);
  const president = councilPresident(view);
  const permanent = new Set(scenario.council.permanent);
  const own = view.viewer.kind === 'seat' ? view.viewer.state : null;
  return (
    <Box className="horseshoe" data-testid={testId}>
      <svg viewBox={`0 0 100 ${BOX_HEIGHT}`} className="horseshoe-table" aria-hidden="true">
        <path d={TABLE_PATH} fill="none" />
      </svg>
      <ul aria-label="Members of the Security Council" className="horseshoe-seats">
        {order.map((code, i) => {
          const p = pointOnU(i / (order.length - 1));
          const vote = votes(code);
          const isP5 = permanent.has(code);
          const label = `${nameOf(view, code)}${isP5 ? ', permanent member' : ''}${code === president ? ', President' : ''}${vote ? `: ${VOTE_WORD[vote]}` : ''}`;
          return (
            <li
              key={code}
              className="council-seat"
              data-code={code}
              data-vote={vote ?? 'none'}
              data-permanent={isP5 || undefined}
              data-own={code === own || undefined}
              aria-label={label}
              title={nameOf(view, code)}
              style={{ left: `${p.x}%`, top: `${(p.y / BOX_HEIGHT) * 100}%` }}
            >
              <span className="seat-code">
                {code}
                {isP5 && (
                  <span className="seat-p5" title="Permanent member">
                    ★
                  </span>
                )}
              </span>
              <span className="seat-name">{seatName(nameOf(view, code))}</span>
              {code === president && <span className="seat-president">President</span>}
              <span className="seat-vote" aria-hidden="true">
                {vote ? VOTE_LETTER[vote] : ''}
              </span>
            </li>
          );
        })}
      </ul>
      <Text className="horseshoe-legend" size="xs" c="dimmed" aria-hidden="true">
        ★ permanent member · Y yes · N no · A abstain · – absent
      </Text>
    </Box>
  );
}

/** The tally bar: affirmative votes filling towards the 9-vote mark, with the numbers in words. */
export function TallyBar({ yes, no, abstain, absent, pending, required = 9, total = 15 }: { yes: number; no: number; abstain: number; absent: number; pending: number; required?: number; total?: number }) {
  const pct = (n: number) => `${(n / total) * 100}%`;
  const needed = Math.max(0, required - yes);
  return (
    <Stack gap={4} data-testid="tally">
      <Box className="tally-bar" role="img" aria-label={`${yes} in favour; ${required} needed`}>
        <div className="tally-yes" style={{ width: pct(yes) }} />
        <div className="tally-mark" style={{ left: pct(required) }}>
          <span>{required} needed</span>
        </div>
      </Box>
      <Text size="sm" className="tabular" data-testid="tally-text">
        <strong>In favour {yes}</strong> of {required} needed{needed > 0 ? ` (${needed} more)` : ''} · against {no} · abstentions {abstain}
        {absent > 0 ? ` · absent ${absent}` : ''}
        {pending > 0 ? ` · yet to vote ${pending}` : ''}
      </Text>
    </Stack>
  );
}

/**
 * A Council ballot as a live board: the horseshoe lit member by member, the tally, the veto
 * banner naming art. 27(3), the President's announcement and the explanations of vote.
 */
export function CouncilBallotBoard({ view, ballot }: { view: SessionView; ballot: Ballot }) {
  const scenario = scenarioOf(view);
  const { revealed, done } = useReveal(ballot);
  const closed = ballot.closedSeq !== null && done;
  const permanent = new Set(scenario.council.permanent);
  const votes = (code: string): SeatVote => {
    if (!ballot.electorate.includes(code)) return undefined;
    const v = ballot.votes[code] as RecordedVote | undefined;
    if (v !== undefined && revealed.has(code)) return v;
    return closed ? 'absent' : 'pending';
  };
  const counts = { yes: 0, no: 0, abstain: 0, absent: 0, pending: 0 };
  for (const m of ballot.electorate) counts[votes(m) as keyof typeof counts] += 1;
  const result = closed ? ballot.councilResult : null;
  const procedural = ballot.kind === 'council-procedural';
  const draft = view.state.drafts[ballot.draftId];
  const liveNo = !procedural ? ballot.electorate.filter((m) => permanent.has(m) && votes(m) === 'no') : [];
  const explanations = view.state.explanations.filter((e) => e.ballotId === ballot.id);
  const president = councilPresident(view);

  return (
    <Stack gap="md" data-testid="council-ballot" data-ballot={ballot.id} data-closed={closed || undefined}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={3} size="h4">
            {procedural ? 'Procedural vote: referral to the General Assembly' : `Vote on "${draft?.title ?? ballot.draftId}"`}
          </Title>
          <Text size="sm" c="dimmed">
            {procedural
              ? 'A procedural decision: 9 votes, and no veto (UN Charter art. 27(2); GA res. 377 A (V)).'
              : '9 affirmative votes and no negative vote of a permanent member (UN Charter art. 27(3)); abstention is not a veto.'}
          </Text>
        </div>
        <Text fw={700} className={closed ? undefined : 'mc-accent-text'} aria-live="polite">
          {closed ? 'Vote closed' : 'Voting is open'}
        </Text>
      </Group>
      <TallyBar {...counts} required={result?.required ?? 9} total={ballot.electorate.length} />
      <Horseshoe view={view} votes={votes} />
      {!closed && liveNo.length > 0 && (
        <Alert color="red" variant="light" title={`${capitalised(liveNo.map((c) => proseNameOf(view.scenario, c)).join(' and '))} ${liveNo.length > 1 ? 'have' : 'has'} voted no`}>
          A permanent member's negative vote defeats the draft if it otherwise has 9 votes (art. 27(3)).
        </Alert>
      )}
      {result && result.vetoedBy.length > 0 && (
        <Alert color="red" variant="filled" role="alert" data-testid="veto-banner" title={`Vetoed by ${result.vetoedBy.map((c) => proseNameOf(view.scenario, c)).join(' and ')}, art. 27(3)`}>
          The draft had {result.inFavour} votes in favour ({result.required} required), but{' '}
          {result.vetoedBy.map((c) => nameOf(view, c)).join(' and ')} {result.vetoedBy.length > 1 ? 'are permanent members and voted' : 'is a permanent member and voted'} against it.
          A substantive decision needs the concurring votes of the permanent members (UN Charter art. 27(3)).
        </Alert>
      )}
      {result && result.vetoedBy.length === 0 && (
        <Alert color={result.adopted ? 'teal' : 'gray'} variant="light" styles={READABLE_TITLE} data-testid="vote-outcome" title={result.adopted ? (procedural ? 'The referral is adopted' : 'Adopted') : 'Not adopted'}>
          {result.adopted
            ? procedural
              ? 'Nine or more members voted for it: the procedural decision stands, whatever the permanent members voted (art. 27(2)).'
              : `${result.inFavour} votes in favour and no permanent member against.`
            : `The draft failed for want of ${result.required} affirmative votes (${result.inFavour} in favour).${result.permanentNegativeVotes.length > 0 ? ` ${capitalised(listOf(result.permanentNegativeVotes.map((code) => proseName(nameOf(view, code)))))} voted no, but it was not a decisive veto.` : ''}`}
        </Alert>
      )}
      {result && (
        <Blockquote cite={`— The President (${nameOf(view, president)})`} data-testid="announcement" p="md">
          {result.announcement}
        </Blockquote>
      )}
      {explanations.length > 0 && (
        <section aria-labelledby={`eov-${ballot.id}`}>
          <Title order={4} size="h6" id={`eov-${ballot.id}`}>
            Explanations of vote
          </Title>
          <Stack gap="xs" mt={4} component="ol" style={{ paddingLeft: 18 }}>
            {explanations.map((e) => (
              <li key={e.seq}>
                <Text size="sm">
                  <strong>
                    {nameOf(view, e.state)} ({VOTE_IN_WORDS[(ballot.votes[e.state] as string) ?? 'absent']})
                  </strong>
                  : {e.text}
                </Text>
              </li>
            ))}
          </Stack>
        </section>
      )}
    </Stack>
  );
}
