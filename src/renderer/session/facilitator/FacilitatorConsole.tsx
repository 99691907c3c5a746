import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { proseName } from '../../../core/ai/wording';
import { useContext, useEffect, useState } from 'react';
import { openBallotOf, remainingSeconds, type SessionEvent, type SessionView } from '../../../core/session';
import { ActionError } from '../kit/ActionError';
import { GuardedButton } from '../kit/GuardedButton';
import { firstRefusal, OK, refuse, type Guard } from '../kit/guard';
import { useAction } from '../kit/useAction';
import '../kit/kit.css';
import { SessionShellContext } from '../shell-context';
import { ClassroomPanel } from '../../classroom/ClassroomPanel';
import { connectedSeatsOf, useClassroom } from '../../classroom/useClassroom';
import type { SessionScreenProps } from '../types';
import { formatClock, guardsForSeat, injectRows, phaseLine, seatRows, type SeatRow } from './logic';
import { ToneBadge } from '../kit/ToneBadge';
import { useChair } from '../chair';
import { WriteInject } from './WriteInject';

/**
 * The facilitator console (UX "Facilitator console"): the room at a glance (one row per seat),
 * phase controls, the timer, injects and act-for-seat, in one window.
 */
export function FacilitatorConsole(props: SessionScreenProps) {
  const { view, submit, allowed } = props;
  const { run, pending, error, clearError } = useAction(submit);
  // Classroom mode: who is connected, codes, opening to the network (src/renderer/classroom).
  const shellMeta = useContext(SessionShellContext)?.meta;
  const classroom = useClassroom(view.viewer.kind === 'facilitator' ? (shellMeta?.sessionId ?? null) : null);
  if (view.viewer.kind !== 'facilitator') {
    return (
      <Stack data-testid="facilitator-console">
        <Title order={2}>Facilitator console</Title>
        <Alert variant="light" title="For the facilitator">
          The console runs the session: phases, timers, injects and acting for delegations. Switch to the facilitator&apos;s seat to use it.
        </Alert>
      </Stack>
    );
  }
  const s = view.state;
  const g = (type: Parameters<typeof allowed>[0]): Guard => allowed(type);
  const submitting = (type: string) => pending === type;
  const act = (event: SessionEvent) => void run(event);

  return (
    <Stack gap="md" data-testid="facilitator-console">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>Facilitator console</Title>
          <Text size="sm" c="dimmed" data-testid="console-phase">
            {phaseLine(view)}
          </Text>
        </div>
        <Timer view={view} />
      </Group>
      <ActionError error={error} onClose={clearError} />

      <Paper withBorder radius="md" p="sm" component="section" aria-labelledby="controls-heading">
        <Title order={3} size="h6" id="controls-heading" mb="xs">
          Phase controls
        </Title>
        <Group gap="xs">
          {s.phase === 'seating' && (
            <GuardedButton guard={g('session.start')} onClick={() => act({ type: 'session.start' })} loading={submitting('session.start')} data-testid="control-start">
              Start the session
            </GuardedButton>
          )}
          {s.phase === 'adjudication' ? (
            <GuardedButton guard={g('judgment.deliver')} onClick={() => act({ type: 'judgment.deliver' })} loading={submitting('judgment.deliver')} data-testid="control-deliver">
              Deliver the judgment
            </GuardedButton>
          ) : (
            s.phase !== 'seating' && (
              <GuardedButton guard={g('phase.advance')} onClick={() => act({ type: 'phase.advance' })} loading={submitting('phase.advance')} data-testid="control-advance">
                Advance to the next phase
              </GuardedButton>
            )
          )}
          {s.paused ? (
            <GuardedButton guard={g('session.resume')} variant="default" onClick={() => act({ type: 'session.resume' })} loading={submitting('session.resume')} data-testid="control-resume">
              ▶ Resume
            </GuardedButton>
          ) : (
            <GuardedButton guard={g('session.pause')} variant="default" onClick={() => act({ type: 'session.pause' })} loading={submitting('session.pause')} data-testid="control-pause">
              ❚❚ Pause
            </GuardedButton>
          )}
          <GuardedButton guard={g('timer.adjust')} variant="default" onClick={() => void run({ type: 'timer.adjust', seconds: -60 }, 'minus')} loading={pending === 'minus'} data-testid="control-minus">
            −1 min
          </GuardedButton>
          <GuardedButton guard={g('timer.adjust')} variant="default" onClick={() => void run({ type: 'timer.adjust', seconds: 60 }, 'plus')} loading={pending === 'plus'} data-testid="control-plus">
            +1 min
          </GuardedButton>
          <GuardedButton guard={g('phase.skip')} variant="default" onClick={() => act({ type: 'phase.skip' })} loading={submitting('phase.skip')} data-testid="control-skip">
            Skip the rest of the phase
          </GuardedButton>
          <EndEarly guard={g('session.end')} onConfirm={() => act({ type: 'session.end' })} loading={submitting('session.end')} />
        </Group>
        {s.paused && (
          <Text size="sm" mt="xs" fw={600} className="mc-tone-warn">
            ❚❚ Paused: delegations cannot act until you resume.
          </Text>
        )}
      </Paper>

      <SeatGrid {...props} connectedSeats={props.connectedSeats ?? (classroom.status?.listening ? connectedSeatsOf(classroom.status) : undefined)} run={run} pending={pending} />

      {shellMeta && <ClassroomPanel room={classroom} />}

      <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="md">
        <Injects view={view} guard={g('inject.fire')} onFire={(injectId) => void run({ type: 'inject.fire', injectId }, `inject:${injectId}`)} pending={pending} />
        <WriteInject view={view} guard={g('inject.write')} onWrite={(event) => run(event)} pending={submitting('inject.write')} />
        <ActForSeat {...props} />
      </SimpleGrid>
    </Stack>
  );
}

/** The phase timer, counting down live (the host's deadline ends the phase). */
function Timer({ view }: { view: SessionView }) {
  const shell = useContext(SessionShellContext);
  const clock = () => (shell ? shell.now() : new Date().toISOString());
  const [now, setNow] = useState(clock);
  useEffect(() => {
    const id = window.setInterval(() => setNow(shell ? shell.now() : new Date().toISOString()), 1000);
    return () => window.clearInterval(id);
  }, [shell]);
  const raw = remainingSeconds(view.state, now);
  // A clock behind the host's would count above the allotted time; never show more than that.
  const left = raw === null ? null : Math.min(raw, view.state.timer.durationSeconds ?? raw);
  return (
    <Paper withBorder radius="md" px="md" py={6} ta="center" miw={120} data-testid="console-timer">
      <Text size="xs" c="dimmed">
        {left === null ? 'No timer' : view.state.paused ? 'Paused at' : 'Time left'}
      </Text>
      <Text size="xl" fw={700} className="tabular" aria-live="off">
        {formatClock(left)}
      </Text>
    </Paper>
  );
}

function EndEarly({ guard, onConfirm, loading }: { guard: Guard; onConfirm: () => void; loading: boolean }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <GuardedButton guard={guard} variant="default" color="red" onClick={() => setAsking(true)} loading={loading} data-testid="control-end">
        End early
      </GuardedButton>
    );
  }
  return (
    <Group gap={6} role="group" aria-label="Confirm ending the rounds early" p={4} style={{ border: '1px solid var(--mantine-color-red-outline)', borderRadius: 8 }}>
      <Text size="sm">End the rounds now and go to adjudication?</Text>
      <Button
        size="xs"
        color="red"
        autoFocus
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
        data-testid="control-end-confirm"
      >
        End the rounds
      </Button>
      <Button size="xs" variant="default" onClick={() => setAsking(false)}>
        Keep playing
      </Button>
    </Group>
  );
}

const OWES: Record<string, string> = { vote: 'vote', agreement: 'agreement answer', memorial: 'memorial' };

function SeatGrid({ view, allowed, connectedSeats, run, pending }: SessionScreenProps & { run: ReturnType<typeof useAction>['run']; pending: string | null }) {
  const shell = useContext(SessionShellContext);
  const rows = seatRows(view);
  const acted = rows.filter((r) => r.acted).length;
  const assign = allowed('seat.assign');
  const connected = (row: SeatRow) => {
    if (row.seat.kind === 'ai') return { mark: '—', word: 'AI' };
    if (connectedSeats) return connectedSeats.includes(row.seat.id) ? { mark: '●', word: 'connected' } : { mark: '○', word: 'not connected' };
    // Without presence from the host: the seats this device plays (hot-seat, solo) are here.
    if (shell) return shell.localSeats.includes(row.seat.id) ? { mark: '●', word: 'on this device' } : { mark: '○', word: 'elsewhere' };
    return { mark: '?', word: 'unknown' };
  };
  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-labelledby="seats-heading">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h6" id="seats-heading">
          Seats
        </Title>
        <Text size="sm" className="tabular">
          {acted} of {rows.length} acted this phase
        </Text>
      </Group>
      <Table.ScrollContainer minWidth={560} maxHeight={360}>
        <Table verticalSpacing={4} stickyHeader data-testid="seat-grid">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>State</Table.Th>
              <Table.Th>Played by</Table.Th>
              <Table.Th>Connected</Table.Th>
              <Table.Th>This phase</Table.Th>
              <Table.Th>Owes</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => {
              const c = connected(row);
              const toKind = row.seat.kind === 'human' ? 'ai' : 'human';
              return (
                <Table.Tr key={row.seat.id} data-testid={`seat-row-${row.seat.id}`}>
                  <Table.Td>
                    <Text size="sm" fw={700} span>
                      {row.state}
                    </Text>{' '}
                    <Text size="xs" c="dimmed" span>
                      {row.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <ToneBadge size="sm" color={row.seat.kind === 'human' ? 'unblue' : 'gray'} style={{ flexShrink: 0 }}>
                        {row.seat.kind === 'human' ? 'Human' : 'AI'}
                      </ToneBadge>
                      <GuardedButton
                        guard={assign}
                        size="compact-xs"
                        variant="subtle"
                        onClick={() => void run({ type: 'seat.assign', seatId: row.seat.id, kind: toKind }, `assign:${row.seat.id}`)}
                        loading={pending === `assign:${row.seat.id}`}
                        aria-label={toKind === 'ai' ? `to AI: hand ${proseName(row.name)} to an AI delegate` : `to human: give ${proseName(row.name)} to a person`}
                      >
                        {toKind === 'ai' ? 'to AI' : 'to human'}
                      </GuardedButton>
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      <span aria-hidden="true">{c.mark} </span>
                      {c.word}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={row.acted ? 600 : 400} data-testid="seat-acted">
                      {row.done ? '✓ done' : row.acted ? '✓ acted' : '… not yet'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={row.owes.length ? undefined : 'dimmed'}>
                      {row.owes.length ? row.owes.map((o) => OWES[o]).join(', ') : 'nothing'}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function Injects({ view, guard, onFire, pending }: { view: SessionView; guard: Guard; onFire: (id: string) => void; pending: string | null }) {
  const rows = injectRows(view);
  const scheduled = rows.filter((r) => r.kind === 'scheduled').sort((a, b) => (a.round ?? 0) - (b.round ?? 0));
  const optional = rows.filter((r) => r.kind === 'optional');
  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-labelledby="injects-heading">
      <Title order={3} size="h6" id="injects-heading" mb="xs">
        Injects
      </Title>
      <Text size="xs" fw={700} tt="uppercase" c="dimmed">
        Scheduled (fire at the start of their round)
      </Text>
      <Stack gap={4} component="ul" style={{ listStyle: 'none', margin: '4px 0 10px', padding: 0 }}>
        {scheduled.length === 0 && (
          <Text component="li" size="sm" c="dimmed">
            None in this scenario.
          </Text>
        )}
        {scheduled.map((r) => (
          <Text component="li" size="sm" key={r.id}>
            <Text span fw={600} className="tabular">
              Round {r.round}
            </Text>{' '}
            {r.title} · <Text span c={r.fired ? undefined : 'dimmed'}>{r.fired ? `✓ fired (round ${r.fired.round})` : 'due'}</Text>
          </Text>
        ))}
      </Stack>
      <Text size="xs" fw={700} tt="uppercase" c="dimmed">
        Optional (fire when you judge it useful)
      </Text>
      <Stack gap="xs" mt={4}>
        {optional.length === 0 && (
          <Text size="sm" c="dimmed">
            None in this scenario.
          </Text>
        )}
        {optional.map((r) => (
          <Group key={r.id} justify="space-between" wrap="nowrap" align="flex-start" data-testid={`inject-${r.id}`}>
            <div style={{ minWidth: 0 }}>
              <Text size="sm" fw={600}>
                {r.title}
              </Text>
              <Text size="xs" c="dimmed" lineClamp={2}>
                {r.text}
              </Text>
            </div>
            {r.fired ? (
              <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                ✓ fired (round {r.fired.round})
              </Text>
            ) : (
              <GuardedButton guard={guard} size="xs" variant="light" onClick={() => onFire(r.id)} loading={pending === `inject:${r.id}`} aria-label={`Fire the inject: ${r.title}`} style={{ flexShrink: 0 }}>
                Fire
              </GuardedButton>
            )}
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}

/**
 * Act for a delegation: take its chair (its own screens, every move recorded as acting for it),
 * or make here the moves a seat most often owes, submitted with actingFor.
 */
function ActForSeat({ view, seatId: facilitatorSeat, submitFor: given }: SessionScreenProps) {
  const shell = useContext(SessionShellContext);
  const chair = useChair();
  const submitFor = given ?? (shell ? (seat: string, event: SessionEvent) => shell.submitAs(facilitatorSeat, event, seat) : undefined);
  const rows = seatRows(view);
  const [seatId, setSeatId] = useState<string | null>(rows.find((r) => r.seat.kind === 'human')?.seat.id ?? rows[0]?.seat.id ?? null);
  const [text, setText] = useState('');
  const action = useAction(async (event) => (submitFor && seatId ? submitFor(seatId, event) : { ok: false, reason: 'Acting for a seat is not available here.' }));
  const row = rows.find((r) => r.seat.id === seatId) ?? null;
  const guard = seatId ? guardsForSeat(view, seatId) : () => refuse('Choose a seat first.');
  const unavailable: Guard = submitFor ? OK : refuse('This window cannot act for other seats.');
  const ballot = openBallotOf(view.state);
  const voteGuard = firstRefusal(
    unavailable,
    guard('vote.cast'),
    ballot && row && ballot.electorate.includes(row.state) ? OK : refuse(`No open vote in which ${row?.state ?? 'this seat'} votes.`),
  );
  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-labelledby="actfor-heading">
      <Title order={3} size="h6" id="actfor-heading" mb="xs">
        Act for a delegation
      </Title>
      <Stack gap="xs">
        <Select
          label="Seat"
          size="xs"
          data={rows.map((r) => ({ value: r.seat.id, label: `${r.name} (${r.seat.kind === 'ai' ? 'AI' : 'human'})` }))}
          value={seatId}
          onChange={setSeatId}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          data-testid="actfor-seat"
        />
        <Text size="xs" c="dimmed">
          Take its chair to do anything it can do (table or revise a draft, answer an offer, choose its conduct, file its memorial…) on its own screens,
          or make a common move from here. Either way the record says the facilitator entered it for that delegation.
        </Text>
        <div>
          <GuardedButton
            guard={firstRefusal(chair ? OK : refuse('This window cannot take a delegation’s chair.'), seatId ? OK : refuse('Choose a seat first.'))}
            size="xs"
            onClick={() => seatId && chair?.take(seatId)}
            data-testid="actfor-take-chair"
          >
            {row ? `Take ${proseName(row.name)}'s chair` : 'Take its chair'}
          </GuardedButton>
        </div>
        <ActionError error={action.error} onClose={action.clearError} />
        <Group gap={6}>
          {(['yes', 'no', 'abstain'] as const).map((vote) => (
            <GuardedButton
              key={vote}
              guard={voteGuard}
              size="xs"
              variant="default"
              onClick={() => ballot && void action.run({ type: 'vote.cast', ballotId: ballot.id, vote }, `vote:${vote}`)}
              loading={action.pending === `vote:${vote}`}
            >
              Vote {vote}
            </GuardedButton>
          ))}
        </Group>
        <Group gap={6}>
          <GuardedButton guard={firstRefusal(unavailable, guard('conduct.done'))} size="xs" variant="default" onClick={() => void action.run({ type: 'conduct.done' })} loading={action.pending === 'conduct.done'}>
            Declare conduct done
          </GuardedButton>
          <GuardedButton guard={firstRefusal(unavailable, guard('memorial.file'))} size="xs" variant="default" onClick={() => void action.run({ type: 'memorial.file', arguments: [] })} loading={action.pending === 'memorial.file'}>
            File an empty memorial
          </GuardedButton>
        </Group>
        <Textarea size="xs" label="Public statement on its behalf" autosize minRows={1} maxRows={4} value={text} onChange={(e) => setText(e.currentTarget.value)} maxLength={4000} />
        <Group>
          <GuardedButton
            guard={firstRefusal(unavailable, guard('statement.public'), text.trim() ? OK : refuse('Write the statement first.'))}
            size="xs"
            variant="default"
            onClick={() =>
              void action.run({ type: 'statement.public', text: text.trim() }).then((ok) => {
                if (ok) setText('');
              })
            }
            loading={action.pending === 'statement.public'}
          >
            Make the statement
          </GuardedButton>
        </Group>
      </Stack>
    </Paper>
  );
}
