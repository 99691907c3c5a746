import {
  ActionIcon,
  Alert,
  Badge,
  Box,
  Button,
  Group,
  NavLink,
  Popover,
  Select,
  Stack,
  Text,
  Title,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SessionMeta, SessionUpdate } from '../../core/protocol';
import type { PhaseName } from '../../core/scenario/schema';
import { remainingSeconds, type SessionEvent, type SessionEventType } from '../../core/session';
import { hrefFor as routeHref, navigate, type Route } from '../app/router';
import { requestShellCommand } from '../app/ShellCommands';
import { useConnectionStatus, useHostClient } from '../client/context';
import { AppFrame } from '../components/AppFrame';
import { Loading } from '../components/Loading';
import { PadlockIcon } from '../components/PadlockIcon';
import { ThemeToggle } from '../components/ThemeToggle';
import { evidenceLabel } from '../components/labels';
import { countdown, nameOf, phaseTitle, roundLabel, seatLabel } from './format';
import { LiveTimeline } from './timeline/LiveTimeline';
import { SessionNavContext, type SessionNav } from './nav';
import { FacilitatorUnlock } from './FacilitatorUnlock';
import { PassDevice } from './PassDevice';
import { RecordNotice } from './RecordNotice';
import { PHASE_SCREEN, SESSION_SCREENS } from './screens';
import { SessionRoute } from './SessionRoute';
import { SessionShellContext, type SessionShell as ShellValue } from './shell-context';
import { ChairBanner, ChairContext, chairProps, type Chair } from './chair';
import { InjectNotice } from './InjectNotice';
import { NAV_ITEMS, NAV_LABELS, isNavItem, type NavItem, type SessionScreenProps } from './types';
import { useSession, type SessionHandle } from './useSession';

const FACILITATOR = 'facilitator';


/** The host's clock, ticking once a second. */
function useHostNow(offset: number): string {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  return new Date(now + offset).toISOString();
}

/**
 * A running session: the frame of UX.md (header with scenario, round, phase pill, timer and
 * seat; nav; the current screen; the live timeline; the status bar), around the screen chosen by
 * the route or, by default, by the phase.
 */
export function SessionShell({ route }: { route: Extract<Route, { name: 'session' }> }) {
  const handle = useSession(route.id);
  const { update, meta } = handle;
  const phase = update?.view.state.phase;

  // The nav follows the procedure: a new phase opens its screen.
  const lastPhase = useRef<PhaseName | undefined>(undefined);
  useEffect(() => {
    if (!phase) return;
    if (lastPhase.current !== undefined && lastPhase.current !== phase) {
      const target = PHASE_SCREEN[phase];
      if (SESSION_SCREENS[target]) navigate({ name: 'session', id: route.id, nav: target });
    }
    lastPhase.current = phase;
  }, [phase, route.id]);

  const fallbackNav: NavItem = phase && SESSION_SCREENS[PHASE_SCREEN[phase]] ? PHASE_SCREEN[phase] : 'brief';
  const current: NavItem = route.nav && isNavItem(route.nav) ? route.nav : fallbackNav;

  // A new screen opens at its top (a link to a timeline entry scrolls to the entry instead).
  useEffect(() => {
    if (route.seq === undefined) window.scrollTo({ top: 0 });
  }, [current, route.seq]);

  const nav = useMemo<SessionNav>(
    () => ({
      current,
      goTo: (item, options) => navigate({ name: 'session', id: route.id, nav: item, seq: options?.seq }),
      hrefFor: (item, options) => routeHref({ name: 'session', id: route.id, nav: item, seq: options?.seq }),
    }),
    [current, route.id],
  );

  return (
    <SessionNavContext.Provider value={nav}>
      <AppFrame
        navbarWidth={200}
        asideWidth={300}
        // Under 75em (e.g. a 1024×768 projector) the live timeline folds away (the Timeline screen
        // keeps it) so the horseshoe and the facilitator's seat table have the width they need.
        asideBreakpoint="lg"
        mainWidth={1240}
        header={<SessionHeader handle={handle} />}
        navLabel="Session screens"
        navbar={<SessionNavList handle={handle} current={current} routeId={route.id} />}
        aside={
          update && handle.status === 'ready' ? (
            <LiveTimeline update={update} />
          ) : (
            <Text size="sm" c="dimmed">
              {handle.status === 'handover' ? 'Hidden while the device is passed.' : 'Loading…'}
            </Text>
          )
        }
        footer={<SessionStatusBar meta={meta} update={handle.status === 'ready' ? update : null} />}
      >
        <MainArea handle={handle} current={current} seq={route.seq} />
      </AppFrame>
    </SessionNavContext.Provider>
  );
}

function MainArea({ handle, current, seq }: { handle: SessionHandle; current: NavItem; seq: number | undefined }) {
  const { update, meta, seatId } = handle;
  const clockOffset = handle.clockOffset;
  const submitAs = handle.submit;
  const allowedMap = useMemo(() => new Map((update?.allowed ?? []).map((a) => [a.type, a])), [update]);
  const submit = useCallback(
    (event: SessionEvent) => (seatId ? submitAs(seatId, event) : Promise.resolve({ ok: false as const, reason: 'No seat is chosen.' })),
    [seatId, submitAs],
  );
  const allowed = useCallback(
    (type: SessionEventType) => {
      const a = allowedMap.get(type);
      return a ? { allowed: a.allowed, ...(a.reason ? { reason: a.reason } : {}) } : { allowed: false, reason: 'Not available to this seat.' };
    },
    [allowedMap],
  );
  const shell = useMemo<ShellValue | null>(
    () =>
      meta
        ? {
            meta,
            localSeats: meta.localSeats,
            submitAs,
            now: () => new Date(Date.now() + clockOffset).toISOString(),
          }
        : null,
    [meta, submitAs, clockOffset],
  );

  // The delegation's chair the facilitator sits in: it holds only while this window shows the
  // facilitator's view (choosing another seat or locking the facilitator's seat leaves it).
  const [chairTaken, setChairTaken] = useState<{ seatId: string; by: string } | null>(null);
  const facilitatorWindow = handle.status === 'ready' && update?.view.viewer.kind === 'facilitator' && seatId !== null;
  const chairSeat = facilitatorWindow && chairTaken?.by === seatId && current !== 'facilitator' ? chairTaken.seatId : null;
  const chair = useMemo<Chair | null>(
    () =>
      facilitatorWindow && seatId
        ? {
            seatId: chairSeat,
            take: (seat) => {
              setChairTaken({ seatId: seat, by: seatId });
              const phase = update!.view.state.phase;
              const screen = SESSION_SCREENS[PHASE_SCREEN[phase]] ? PHASE_SCREEN[phase] : 'brief';
              navigate({ name: 'session', id: meta!.sessionId, nav: screen === 'facilitator' ? 'brief' : screen });
            },
            leave: () => {
              setChairTaken(null);
              navigate({ name: 'session', id: meta!.sessionId, nav: 'facilitator' });
            },
          }
        : null,
    [facilitatorWindow, seatId, chairSeat, update, meta],
  );
  // Opening the console is leaving the chair, and so is leaving the facilitator's view (locking
  // it, passing the device): unlocking it again opens the console's seat, not a delegation's chair.
  useEffect(() => {
    if (current === 'facilitator' || !facilitatorWindow) setChairTaken(null);
  }, [current, facilitatorWindow]);
  const chairScreen = useMemo(
    () => (chairSeat && update && seatId ? chairProps(update.view, seatId, chairSeat, submitAs) : null),
    [chairSeat, update, seatId, submitAs],
  );

  if (handle.status === 'handover' && handle.handover?.to === FACILITATOR && meta?.facilitatorAccess === 'locked') {
    const from = handle.handover.from;
    return <FacilitatorUnlock back={from ? seatLabel(meta, from) : null} onUnlock={handle.unlockFacilitator} onBack={handle.cancelHandover} />;
  }
  if (handle.status === 'handover' && handle.handover && meta) {
    return <PassDevice meta={meta} from={handle.handover.from} to={handle.handover.to} onReady={handle.confirmHandover} onCancel={handle.cancelHandover} />;
  }
  if (handle.status === 'error' && handle.error) {
    return (
      <Alert color="red" variant="light" title="This session could not be shown" role="alert">
        <Text size="sm">{handle.error.message}</Text>
        <Group mt="sm">
          <Button size="xs" variant="default" onClick={handle.reload}>
            Try again
          </Button>
          <Button size="xs" variant="subtle" component="a" href={routeHref({ name: 'home' })}>
            Back to Home
          </Button>
        </Group>
      </Alert>
    );
  }
  if (!update || !seatId || !shell) return <Loading label="Opening the session…" />;
  const props: SessionScreenProps = chairScreen ?? {
    view: update.view,
    seatId,
    submit,
    allowed,
    // The facilitator acts for an absent delegation's seat (recorded as such).
    ...(update.view.viewer.kind === 'facilitator' ? { submitFor: (seat: string, event: SessionEvent) => submitAs(seatId, event, seat) } : {}),
  };
  return (
    <SessionShellContext.Provider value={shell}>
      <ChairContext.Provider value={chair}>
        {handle.error && (
          <Alert color="red" variant="light" mb="md" role="alert">
            {handle.error.message}
          </Alert>
        )}
        {meta && <RecordNotice meta={meta} />}
        {chairScreen && chair && <ChairBanner view={chairScreen.view} onLeave={chair.leave} />}
        <InjectNotice view={props.view} />
        <SessionRoute nav={current} {...props} key={`${current}-${props.seatId}`} />
        {seq !== undefined && <span hidden data-seq={seq} />}
      </ChairContext.Provider>
    </SessionShellContext.Provider>
  );
}

// ---------------------------------------------------------------------------------------------
// Header

function SessionHeader({ handle }: { handle: SessionHandle }) {
  const { meta, update, seatId } = handle;
  const state = handle.status === 'ready' ? update?.view.state : undefined;
  return (
    <Group h={56} px="md" justify="space-between" wrap="nowrap" gap="md">
      <Group gap="sm" wrap="nowrap" miw={0} style={{ flex: '1 1 auto', overflow: 'hidden' }}>
        {/* Below 1280px the wordmark is left to screen readers (Home is in the nav): the scenario's title keeps the room (styles.css). */}
        <Title order={1} size="h4" style={{ whiteSpace: 'nowrap' }} className="mc-header-wordmark">
          <a href={routeHref({ name: 'home' })} style={{ color: 'inherit', textDecoration: 'none' }}>
            Moot Council
          </a>
        </Title>
        {meta && (
          <Text c="dimmed" truncate="end" data-testid="header-scenario" miw={0} title={meta.title}>
            <span className="mc-header-wordmark" aria-hidden="true">
              ─{' '}
            </span>
            {meta.title}
          </Text>
        )}
      </Group>
      {state && update && meta && (
        <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
          <Text fw={600} className="tabular mc-header-round" data-testid="header-round">
            {roundLabel(state, update.view.scenario.roundPlan.rounds)}
          </Text>
          <SessionPhasePill update={update} />
          <PhaseTimer update={update} meta={meta} offset={handle.clockOffset} />
        </Group>
      )}
      <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
        {meta && state && meta.localSeats.includes(FACILITATOR) && <NextPhaseButton handle={handle} />}
        {meta && (handle.handover?.to ?? seatId) && (
          <SessionSeatSelector meta={meta} seatId={(handle.handover?.to ?? seatId)!} onChange={handle.chooseSeat} />
        )}
        {meta?.facilitatorAccess === 'unlocked' && seatId === FACILITATOR && !handle.handover && (
          <Tooltip label="Lock facilitator: before the screen goes back to a delegation (the PIN is asked next time)" multiline maw={280}>
            <ActionIcon variant="default" size="lg" aria-label="Lock facilitator" onClick={handle.lockFacilitator} data-testid="lock-facilitator">
              <PadlockIcon />
            </ActionIcon>
          </Tooltip>
        )}
        <ThemeToggle />
      </Group>
    </Group>
  );
}

const ROUND_PLAN: { phase: PhaseName; note?: string }[] = [
  { phase: 'crisisUpdate' },
  { phase: 'negotiation' },
  { phase: 'council' },
  { phase: 'unitingForPeace', note: 'only after a veto' },
  { phase: 'emergencySpecialSession', note: 'only once convened' },
  { phase: 'vetoInitiative', note: 'after a veto, if no emergency session meets' },
  { phase: 'conduct' },
];

function SessionPhasePill({ update }: { update: SessionUpdate }) {
  const { state, scenario } = update.view;
  const timers = scenario.roundPlan.timers;
  const row = (phase: PhaseName, note?: string) => {
    const currentPhase = phase === state.phase;
    return (
      <Group
        key={phase}
        gap="xs"
        px="xs"
        py={2}
        wrap="nowrap"
        aria-current={currentPhase ? 'step' : undefined}
        style={{
          borderRadius: 4,
          background: currentPhase ? 'var(--mantine-primary-color-light)' : undefined,
          fontWeight: currentPhase ? 700 : undefined,
        }}
      >
        <Text size="sm" fw={currentPhase ? 700 : 400}>
          {currentPhase ? '▸ ' : ''}
          {phaseTitle(phase)}
        </Text>
        {note && (
          <Text size="xs" c="dimmed">
            ({note})
          </Text>
        )}
        {timers[phase] !== undefined && (
          <Text size="xs" c="dimmed" className="tabular" ml="auto">
            {Math.round(timers[phase]! / 60)} min
          </Text>
        )}
      </Group>
    );
  };
  return (
    <Popover width={360} position="bottom" withArrow shadow="md">
      <Popover.Target>
        <UnstyledButton aria-label={`Phase: ${phaseTitle(state.phase)}${state.paused ? ', paused' : ''}. Show the round plan`} data-testid="phase-pill" data-phase={state.phase}>
          <Badge variant="filled" size="lg" style={{ cursor: 'pointer', textTransform: 'none' }}>
            {phaseTitle(state.phase)}
            {state.paused ? ' · paused' : ''}
          </Badge>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={2}>
          <Text size="sm" fw={700}>
            Round plan
          </Text>
          {row('seating')}
          {row('briefing')}
          <Text size="xs" fw={600} c="dimmed" mt={4}>
            Each of the {scenario.roundPlan.rounds} rounds{state.round > 0 ? ` (now round ${state.round})` : ''}:
          </Text>
          {ROUND_PLAN.map((p) => row(p.phase, p.note))}
          {row('adjudication')}
          {row('debrief')}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

function PhaseTimer({ update, meta, offset }: { update: SessionUpdate; meta: SessionMeta; offset: number }) {
  const now = useHostNow(offset);
  const { state } = update.view;
  const raw = remainingSeconds(state, now);
  if (raw === null) return null;
  // A phase dated ahead of this clock (another machine's session) shows its full time, never more.
  const left = Math.min(raw, state.timer.durationSeconds ?? raw);
  const label = state.paused ? `${countdown(left)} (paused)` : meta.timers ? `${countdown(left)} left` : `${countdown(left)} planned`;
  return (
    <Tooltip label={meta.timers ? 'When the timer runs out the host moves to the next phase.' : 'Timers are off in this session: the phase ends when the facilitator moves on.'}>
      <Text
        className="tabular"
        fw={600}
        // The last half minute of a running timer in red, a shade per theme that keeps AA contrast (styles.css).
        c={meta.timers && left <= 30 && !state.paused ? 'var(--mc-urgent)' : undefined}
        style={{ whiteSpace: 'nowrap' }}
        data-testid="phase-timer"
        role="timer"
        aria-label={`Time left in this phase: ${Math.floor(left / 60)} minutes ${left % 60} seconds`}
      >
        {label}
      </Text>
    </Tooltip>
  );
}

function NextPhaseButton({ handle }: { handle: SessionHandle }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const client = useHostClient();
  const [guard, setGuard] = useState<{ allowed: boolean; reason?: string }>({ allowed: true });
  const state = handle.update!.view.state;
  const seating = state.phase === 'seating';
  const type: SessionEventType = state.paused ? 'session.resume' : seating ? 'session.start' : 'phase.advance';
  const sessionId = handle.meta!.sessionId;
  const log = state.log.length;

  // The facilitator's guards are asked for directly: the screen may show another seat.
  useEffect(() => {
    let cancelled = false;
    client
      .request('session.allowed', { sessionId, seatId: FACILITATOR })
      .then((r) => {
        const a = r.actions.find((x) => x.type === type);
        if (!cancelled && a) setGuard({ allowed: a.allowed, ...(a.reason ? { reason: a.reason } : {}) });
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [client, sessionId, type, log, state.phase, state.paused]);

  const advance = useRef<() => void>(() => undefined);
  advance.current = () => {
    if (!guard.allowed || pending) return;
    setPending(true);
    void handle.submit(FACILITATOR, { type } as SessionEvent).then((result) => {
      setPending(false);
      setError(result.ok ? null : result.reason);
    });
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyN') {
        e.preventDefault();
        advance.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (state.phase === 'debrief') return null;
  const label = state.paused ? 'Resume' : seating ? 'Start session' : 'Next phase';
  const button = (
    <Button
      size="sm"
      variant="default"
      loading={pending}
      disabled={!guard.allowed}
      data-testid="next-phase"
      aria-keyshortcuts="Alt+N"
      onClick={() => advance.current()}
    >
      {label} ▸
    </Button>
  );
  return (
    <Tooltip
      label={
        error ??
        (!guard.allowed
          ? guard.reason
          : state.paused
            ? 'The session is paused: resume it (Alt+N).'
            : `Ends the ${phaseTitle(state.phase)} phase and moves on (Alt+N).`)
      }
      color={error ? 'red' : undefined}
      opened={error ? true : undefined}
      multiline
      maw={320}
    >
      <span style={{ display: 'inline-block' }} onMouseLeave={() => setError(null)}>
        {button}
      </span>
    </Tooltip>
  );
}

function SessionSeatSelector({ meta, seatId, onChange }: { meta: SessionMeta; seatId: string; onChange: (seat: string) => void }) {
  const data = meta.localSeats.map((id) => ({ value: id, label: seatLabel(meta, id) }));
  // Behind its PIN the facilitator's seat is still offered: choosing it asks for the PIN.
  if (meta.facilitatorAccess === 'locked' && !meta.localSeats.includes(FACILITATOR)) {
    data.push({ value: FACILITATOR, label: `${seatLabel(meta, FACILITATOR)} (PIN)` });
  }
  if (data.length <= 1) {
    return (
      <Badge variant="outline" size="lg" style={{ textTransform: 'none' }} data-testid="seat-badge">
        seat: {seatLabel(meta, seatId)}
      </Badge>
    );
  }
  return (
    <Select
      aria-label={meta.mode === 'hotseat' ? 'Seat (pass the device)' : 'Seat'}
      data={data}
      value={seatId}
      onChange={(v) => v && onChange(v)}
      allowDeselect={false}
      size="xs"
      className="mc-header-seat"
      data-testid="seat-selector"
      comboboxProps={{ withinPortal: true }}
    />
  );
}

// ---------------------------------------------------------------------------------------------
// Nav

function SessionNavList({ handle, current, routeId }: { handle: SessionHandle; current: NavItem; routeId: string }) {
  const { meta, update } = handle;
  const phase = update?.view.state.phase;
  const phaseScreen = phase ? PHASE_SCREEN[phase] : undefined;
  const isFacilitator = update?.view.viewer.kind === 'facilitator';
  const items = NAV_ITEMS.filter((item) => SESSION_SCREENS[item] && (item !== 'facilitator' || isFacilitator || meta?.localSeats.includes(FACILITATOR)));
  // Only a classroom client is restricted to seats without the facilitator's (solo, hot-seat and
  // facilitator-only connections always hold it): the host keeps that session's file.
  const classroomStudent = meta !== null && meta !== undefined && !isFacilitator && !meta.localSeats.includes(FACILITATOR);
  return (
    <Stack gap={0} h="100%">
      <NavLink href={routeHref({ name: 'home' })} label="Home" />
      <Text size="xs" fw={600} tt="uppercase" c="dimmed" px="sm" pt="md" pb={4}>
        Session
      </Text>
      {items.map((item) => (
        <NavLink
          key={item}
          href={routeHref({ name: 'session', id: routeId, nav: item })}
          label={NAV_LABELS[item]}
          active={item === current}
          aria-current={item === current ? 'page' : undefined}
          data-testid={`nav-${item}`}
          rightSection={
            item === phaseScreen ? (
              <Tooltip label="The current phase happens here">
                <Text span size="xs" className="mc-accent-text" aria-label="current phase">
                  ●
                </Text>
              </Tooltip>
            ) : undefined
          }
        />
      ))}
      <Box mt="auto" pt="md">
        <Text size="xs" fw={600} tt="uppercase" c="dimmed" px="sm" pb={4}>
          File
        </Text>
        {/* In a classroom the host's machine keeps the session file: a student seat exports its own record only. */}
        {!classroomStudent && <NavLink component="button" label="Save as…" onClick={() => requestShellCommand('session.saveAs')} data-testid="nav-save-as" />}
        <NavLink component="button" label="Export…" onClick={() => requestShellCommand('session.export')} data-testid="nav-export" />
        {!classroomStudent && <NavLink component="button" label="Open…" onClick={() => requestShellCommand('session.open')} data-testid="nav-open" />}
        {!classroomStudent && <NavLink component="button" label="New session" onClick={() => requestShellCommand('session.new')} data-testid="nav-new" />}
      </Box>
    </Stack>
  );
}

// ---------------------------------------------------------------------------------------------
// Status bar

const STATUS_TEXT = { connecting: 'connecting…', connected: 'connected', disconnected: 'disconnected, retrying…' } as const;

function SessionStatusBar({ meta, update }: { meta: SessionMeta | null; update: SessionUpdate | null }) {
  const status = useConnectionStatus();
  const client = useHostClient();
  const evidence = update?.view.state.evidence.level;
  // The facilitator is told the session's file and seed; a delegation's seat is not (null).
  const file = meta?.file?.split(/[\\/]/).pop();
  return (
    <Group h="100%" px="md" gap="lg" wrap="nowrap" className="tabular">
      <Text size="xs" data-testid="connection-status" data-status={status} role="status" aria-live="polite">
        status:{' '}
        <Text span size="xs" c={status === 'connected' ? 'teal.8' : status === 'connecting' ? 'yellow.8' : 'red.8'} aria-hidden="true">
          ●
        </Text>{' '}
        <Text span size="xs" fw={600}>
          {STATUS_TEXT[status]}
        </Text>{' '}
        ({client.transport === 'ipc' ? 'desktop' : 'browser'})
      </Text>
      <Text size="xs" data-testid="status-evidence">
        evidence level: <strong>{evidence ? evidenceLabel(evidence) : '—'}</strong>
      </Text>
      {meta?.seed !== null && meta?.seed !== undefined && (
        <Text size="xs" data-testid="status-seed">
          seed {meta.seed}
        </Text>
      )}
      {meta && (
        <Text size="xs" c="dimmed" truncate="end" title={meta.file ?? undefined}>
          {meta.mode === 'hotseat' ? 'hot-seat' : meta.mode === 'facilitator' ? 'facilitator-only' : 'solo practice'}
          {file ? ` · ${file}` : ''}
        </Text>
      )}
      {update && update.view.viewer.kind === 'seat' && update.view.viewer.state && (
        <Text size="xs" c="dimmed" ml="auto">
          you are {nameOf(update.view, update.view.viewer.state)}
        </Text>
      )}
    </Group>
  );
}
