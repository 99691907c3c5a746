import '@mantine/core/styles.css';
import '../../styles.css';
import { AppShell, Group, MantineProvider, NativeSelect, Text, useMantineColorScheme } from '@mantine/core';
import { StrictMode, useCallback, useMemo, useState, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { allowedActions, applyCommand, viewFor, type SessionEvent, type SessionEventType } from '../../../core/session';
import { colorSchemeManager, cssVariablesResolver, theme } from '../../app/theme';
import { HostClientProvider } from '../../client/context';
import { HostError, type HostClient } from '../../client/HostClient';
import { SessionNavContext, type SessionNav } from '../nav';
import type { NavItem, SessionScreenProps } from '../types';
import { ConductScreen } from '../conduct/ConductScreen';
import { ChamberScreen } from '../chamber/ChamberScreen';
import { NegotiationScreen } from '../negotiation/NegotiationScreen';
import { FacilitatorConsole } from '../facilitator/FacilitatorConsole';
import { JudgmentScreen } from '../judgment/JudgmentScreen';
import { loadShield, Script, SCRIPTS, shieldConfig } from './scripts';

/**
 * Screen harness (development only, `vite dev` → /harness.html): renders one session screen on a
 * scripted session in a frame as wide as the session shell's main area, with a live in-memory core.
 * Query: ?screen=negotiation&script=negotiation&seat=hlv&mode=hotseat&scheme=dark
 */
const SCREENS: Record<string, ComponentType<SessionScreenProps>> = {
  negotiation: NegotiationScreen,
  chamber: ChamberScreen,
  conduct: ConductScreen,
  facilitator: FacilitatorConsole,
  judgment: JudgmentScreen,
};

const params = new URLSearchParams(window.location.search);
const scenario = loadShield();

function Harness() {
  const [screen, setScreen] = useState(params.get('screen') ?? 'negotiation');
  const [seatId, setSeatId] = useState(params.get('seat') ?? 'hlv');
  const [script, setScript] = useState(params.get('script') ?? 'negotiation');
  const initial = useMemo(() => {
    try {
      return SCRIPTS[script]!(new Script(scenario, shieldConfig(scenario, (params.get('mode') as 'solo' | 'hotseat') ?? 'hotseat'))).state;
    } catch (e) {
      return e as Error;
    }
  }, [script]);
  const [live, setLive] = useState<{ script: string; state: typeof initial } | null>(null);
  const state = live && live.script === script ? live.state : initial;
  const { setColorScheme } = useMantineColorScheme();
  const nav: SessionNav = {
    current: screen as NavItem,
    goTo: (item, options) => console.log('goTo', item, options),
    hrefFor: (item, options) => `#/session/harness/${item}${options?.seq ? `?seq=${options.seq}` : ''}`,
  };
  const submit = useCallback(
    async (event: SessionEvent, actingFor?: string) => {
      if (state instanceof Error) return { ok: false as const, reason: state.message };
      const seat = actingFor ? 'chair' : seatId;
      const result = applyCommand(scenario, state, { by: seat, at: new Date().toISOString(), event, ...(actingFor ? { actingFor } : {}) });
      if (!result.ok) return { ok: false as const, reason: result.reason };
      setLive({ script, state: result.state });
      return { ok: true as const };
    },
    [state, seatId, script],
  );
  if (state instanceof Error) return <Text c="red">{state.message}</Text>;
  const view = viewFor(scenario, state, { seatId });
  const actions = allowedActions(scenario, state, seatId);
  const allowed = (type: SessionEventType) => {
    const a = actions.find((x) => x.type === type);
    return a ? { allowed: a.allowed, ...(a.reason ? { reason: a.reason } : {}) } : { allowed: false, reason: 'unknown' };
  };
  const Screen = SCREENS[screen]!;
  return (
    <AppShell header={{ height: 44 }} navbar={{ width: 210, breakpoint: 'sm' }} aside={{ width: 280, breakpoint: 'md' }} padding="lg">
      <AppShell.Header>
        <Group h={44} px="md" gap="sm">
          <Text fw={700} size="sm">
            Harness
          </Text>
          <NativeSelect aria-label="Screen" size="xs" data={Object.keys(SCREENS)} value={screen} onChange={(e) => setScreen(e.currentTarget.value)} />
          <NativeSelect aria-label="Script" size="xs" data={Object.keys(SCRIPTS)} value={script} onChange={(e) => setScript(e.currentTarget.value)} />
          <NativeSelect aria-label="Seat" size="xs" data={state.config.seats.map((s) => s.id)} value={seatId} onChange={(e) => setSeatId(e.currentTarget.value)} />
          <NativeSelect aria-label="Theme" size="xs" data={['light', 'dark']} onChange={(e) => setColorScheme(e.currentTarget.value as 'light' | 'dark')} />
          <Text size="xs" c="dimmed">
            {state.phase} · round {state.round}
          </Text>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <Text size="xs" c="dimmed">
          (shell nav)
        </Text>
      </AppShell.Navbar>
      <AppShell.Main id="main">
        <SessionNavContext.Provider value={nav}>
          <Screen
            key={`${screen}-${seatId}-${script}`}
            view={view}
            seatId={seatId}
            submit={(e) => submit(e)}
            allowed={allowed}
            submitFor={(seat, e) => submit(e, seat)}
            connectedSeats={['chair', 'hlv']}
          />
        </SessionNavContext.Provider>
      </AppShell.Main>
      <AppShell.Aside p="md">
        <Text size="xs" c="dimmed">
          (shell side panel)
        </Text>
      </AppShell.Aside>
    </AppShell>
  );
}

/** No host in the harness: every request fails, so screens use what the view gives them. */
const noHost: HostClient = {
  transport: 'websocket',
  request: () => Promise.reject(new HostError('transport', 'No host in the screen harness.')),
  onPush: () => () => undefined,
  status: () => 'connected',
  onStatus: () => () => undefined,
  close: () => undefined,
};

const scheme = params.get('scheme');
if (scheme === 'light' || scheme === 'dark') window.localStorage.setItem('moot-council-color-scheme', scheme);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} colorSchemeManager={colorSchemeManager} defaultColorScheme="light" cssVariablesResolver={cssVariablesResolver}>
      <HostClientProvider client={noHost}>
        <Harness />
      </HostClientProvider>
    </MantineProvider>
  </StrictMode>,
);
