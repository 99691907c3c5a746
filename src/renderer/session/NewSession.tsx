import {
  Alert,
  Anchor,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  PasswordInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { MIN_FACILITATOR_PIN_LENGTH, type ScenarioOverview, type SessionMode } from '../../core/protocol';
import { hrefFor, navigate } from '../app/router';
import { HostError } from '../client/HostClient';
import { useHostClient, useHostRequest } from '../client/context';
import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';

const MODES: { value: SessionMode; label: string; help: string }[] = [
  { value: 'solo', label: 'Solo practice', help: 'You play one delegation; AI delegates play every other seat.' },
  { value: 'hotseat', label: 'Hot-seat', help: 'Several people share this screen, each with a delegation; the device is passed between them.' },
  { value: 'facilitator', label: 'Facilitator only', help: 'You run the session (phases, injects, judgment); every delegation is played by an AI delegate.' },
];

const DIFFICULTIES = [
  { value: 'cooperative', label: 'Cooperative' },
  { value: 'realistic', label: 'Realistic' },
  { value: 'hard-nosed', label: 'Hard-nosed' },
];

function randomSeed(): number {
  return Math.floor(Math.random() * 100000);
}

interface SeatOption {
  code: string;
  name: string;
  role: 'permanent' | 'elected' | 'delegation';
}

function seatOptions(scenario: ScenarioOverview): SeatOption[] {
  const name = (code: string) => scenario.names[code] ?? code;
  const permanent = new Set(scenario.council.permanent);
  const elected = new Set(scenario.council.elected);
  const codes = new Set([...scenario.states.map((s) => s.code), ...permanent, ...elected]);
  const role = (code: string): SeatOption['role'] => (permanent.has(code) ? 'permanent' : elected.has(code) ? 'elected' : 'delegation');
  const rank = { permanent: 0, elected: 1, delegation: 2 };
  return [...codes]
    .map((code) => ({ code, name: name(code), role: role(code) }))
    .sort((a, b) => rank[a.role] - rank[b.role] || a.name.localeCompare(b.name, 'en'));
}

const ROLE_LABEL = { permanent: 'Permanent members of the Security Council', elected: 'Elected members of the Security Council', delegation: 'Other delegations' };

/** New session: scenario, mode, seats, seed (shown and editable), difficulty, timers, Start. */
export function NewSession({ scenarioId }: { scenarioId?: string | undefined }) {
  const client = useHostClient();
  const list = useHostRequest('scenarios.list', {});
  const [chosen, setChosen] = useState<string | null>(scenarioId ?? null);
  const valid = list.status === 'ready' ? list.data.scenarios.flatMap((s) => (s.ok ? [{ value: s.id, label: s.title }] : [])) : [];
  const firstId = valid.find((s) => s.value.startsWith('training'))?.value ?? valid[0]?.value ?? null;
  useEffect(() => {
    if (!chosen && firstId) setChosen(firstId);
  }, [chosen, firstId]);

  return (
    <Stack gap="lg" maw={980}>
      <div>
        <Anchor href={hrefFor({ name: 'home' })} size="sm">
          ← Home
        </Anchor>
        <Title order={2} mt="xs">
          New session
        </Title>
        <Text size="sm" c="dimmed">
          Choose a crisis, how it is played and who sits where. The seed makes a session repeatable: the same scenario, seed and moves give the same session.
        </Text>
      </div>
      {list.status === 'loading' && <Loading label="Loading scenarios…" />}
      {list.status === 'error' && <ErrorNotice title="The scenarios could not be loaded" error={list.error} onRetry={list.reload} />}
      {list.status === 'ready' && (
        <Select
          label="Scenario"
          data={valid}
          value={chosen}
          onChange={setChosen}
          allowDeselect={false}
          data-testid="new-scenario"
          maw={560}
        />
      )}
      {chosen && <SessionSetup key={chosen} scenarioId={chosen} client={client} />}
    </Stack>
  );
}

function SessionSetup({ scenarioId, client }: { scenarioId: string; client: ReturnType<typeof useHostClient> }) {
  const overview = useHostRequest('scenario.get', { id: scenarioId }, scenarioId);
  const [mode, setMode] = useState<SessionMode>('solo');
  const [solo, setSolo] = useState<string | null>(null);
  const [hot, setHot] = useState<string[]>([]);
  const [seed, setSeed] = useState<number>(() => randomSeed());
  const [difficulty, setDifficulty] = useState('realistic');
  const [timers, setTimers] = useState(true);
  const [pin, setPin] = useState('');
  const [pinAgain, setPinAgain] = useState('');
  const [noPin, setNoPin] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const options = useMemo(() => (overview.status === 'ready' ? seatOptions(overview.data) : []), [overview]);

  if (overview.status === 'loading') return <Loading label="Loading the scenario…" />;
  if (overview.status === 'error') return <ErrorNotice title="This scenario could not be opened" error={overview.error} onRetry={overview.reload} />;
  const scenario = overview.data;
  const humans = mode === 'solo' ? (solo ? [solo] : []) : mode === 'hotseat' ? hot : [];
  const problem =
    mode === 'solo' && humans.length !== 1
      ? 'Choose the delegation you will play.'
      : mode === 'hotseat' && humans.length < 2
        ? 'Choose at least two delegations for hot-seat play.'
        : pinProblem(mode, pin, pinAgain, noPin);

  const start = async () => {
    if (problem) return;
    setBusy(true);
    setError(null);
    try {
      const meta = await client.request('session.create', {
        scenarioId,
        seed,
        mode,
        humanStates: humans,
        difficulty: difficulty as 'realistic',
        timers,
        ...(mode === 'facilitator' ? {} : { facilitatorPin: pin && !(mode === 'hotseat' && noPin) ? pin : null }),
      });
      navigate({ name: 'session', id: meta.sessionId });
    } catch (e) {
      setError(e instanceof HostError ? e.message : String(e));
      setBusy(false);
    }
  };

  const grouped = (['permanent', 'elected', 'delegation'] as const)
    .map((role) => ({ group: ROLE_LABEL[role], items: options.filter((o) => o.role === role).map((o) => ({ value: o.code, label: o.name })) }))
    .filter((g) => g.items.length > 0);

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void start();
      }}
    >
      <Stack gap="lg">
        <Card withBorder>
          <Text size="sm">{scenario.summary}</Text>
          <Text size="sm" c="dimmed" mt={4}>
            {scenario.roundPlan.rounds} rounds · {options.length} seats (every delegation with a brief and the 15 Council members), plus the facilitator.
          </Text>
        </Card>
        <Stack gap={6}>
          <Text fw={600} id="mode-label">
            How it is played
          </Text>
          <SegmentedControl aria-labelledby="mode-label" value={mode} onChange={(v) => setMode(v as SessionMode)} data={MODES.map((m) => ({ value: m.value, label: m.label }))} data-testid="new-mode" fullWidth maw={640} />
          <Text size="sm" c="dimmed">
            {MODES.find((m) => m.value === mode)!.help}
          </Text>
        </Stack>

        {mode === 'solo' && (
          <Select
            label="Your delegation"
            placeholder="Choose a state"
            data={grouped}
            value={solo}
            onChange={setSolo}
            searchable
            filter={byNameOrCode}
            maw={420}
            data-testid="new-seat"
            description="Permanent members can veto; elected members vote; other delegations negotiate, act and may request an emergency special session."
          />
        )}
        {mode === 'hotseat' && (
          <Checkbox.Group label="Delegations played by people on this screen" description="At least two; AI delegates play the others." value={hot} onChange={setHot}>
            <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} mt="xs" spacing="xs">
              {options.map((o) => (
                <Checkbox key={o.code} value={o.code} label={`${o.name}${o.role === 'permanent' ? ' ★' : ''}`} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        )}

        {mode !== 'facilitator' && (
          <FacilitatorPinFields mode={mode} pin={pin} setPin={setPin} pinAgain={pinAgain} setPinAgain={setPinAgain} noPin={noPin} setNoPin={setNoPin} />
        )}

        <Group align="flex-end" gap="lg">
          <NumberInput label="Seed" description="Shown in the status bar of the facilitator's seat only (delegations are never told it); reuse it to replay a round." value={seed} onChange={(v) => setSeed(typeof v === 'number' ? v : Number(v) || 0)} min={0} max={2147483647} allowDecimal={false} w={220} data-testid="new-seed" />
          <Button variant="default" onClick={() => setSeed(randomSeed())}>
            New seed
          </Button>
          <Stack gap={6}>
            <Text size="sm" fw={500} id="difficulty-label">
              AI difficulty
            </Text>
            <SegmentedControl aria-labelledby="difficulty-label" value={difficulty} onChange={setDifficulty} data={DIFFICULTIES} />
          </Stack>
          <Switch label="Phase timers" description="The host ends a phase when its time runs out." checked={timers} onChange={(e) => setTimers(e.currentTarget.checked)} />
        </Group>

        {error && (
          <Alert color="red" variant="light" role="alert" title="The session could not be started">
            {error}
          </Alert>
        )}
        <Group>
          <Button type="submit" size="md" disabled={problem !== null} loading={busy} data-testid="new-start">
            Start the session
          </Button>
          {problem && (
            <Text size="sm" c="dimmed">
              {problem}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}

/** What stops the session from starting because of its facilitator PIN, or null. */
function pinProblem(mode: SessionMode, pin: string, again: string, noPin: boolean): string | null {
  if (mode === 'facilitator' || (mode === 'hotseat' && noPin)) return null;
  if (mode === 'solo' && pin === '' && again === '') return null;
  if (pin.length < MIN_FACILITATOR_PIN_LENGTH) {
    return mode === 'hotseat'
      ? `Choose a facilitator PIN of at least ${MIN_FACILITATOR_PIN_LENGTH} characters, or play without one.`
      : `A facilitator PIN needs at least ${MIN_FACILITATOR_PIN_LENGTH} characters (or leave it empty).`;
  }
  return pin === again ? null : 'The two facilitator PINs differ: type the same PIN twice.';
}

/**
 * The facilitator's PIN (docs/hot-seat.md): required in hot-seat unless the players choose to
 * play without one, optional in solo practice. Typed twice: a forgotten PIN cannot be recovered.
 */
function FacilitatorPinFields({
  mode,
  pin,
  setPin,
  pinAgain,
  setPinAgain,
  noPin,
  setNoPin,
}: {
  mode: SessionMode;
  pin: string;
  setPin: (v: string) => void;
  pinAgain: string;
  setPinAgain: (v: string) => void;
  noPin: boolean;
  setNoPin: (v: boolean) => void;
}) {
  const off = mode === 'hotseat' && noPin;
  return (
    <Stack gap={6} maw={640} data-testid="new-pin-fields">
      <Text fw={600} id="pin-label">
        Facilitator PIN{mode === 'solo' ? ' (optional)' : ''}
      </Text>
      <Text size="sm" c="dimmed">
        {mode === 'hotseat'
          ? 'The facilitator sees every delegation\'s brief and runs the session. On a shared screen the PIN keeps the delegates out of that seat: it is asked whenever someone picks Facilitator. It cannot be recovered if forgotten.'
          : 'Asked whenever someone picks Facilitator in the seat selector, for when others may use this screen. It cannot be recovered if forgotten.'}
      </Text>
      <Group align="flex-start" gap="md">
        <PasswordInput
          label="PIN or passphrase"
          description={`At least ${MIN_FACILITATOR_PIN_LENGTH} characters`}
          value={pin}
          onChange={(e) => setPin(e.currentTarget.value)}
          disabled={off}
          autoComplete="new-password"
          w={240}
          data-testid="new-pin"
        />
        <PasswordInput
          label="The same again"
          description="To catch a typing slip"
          value={pinAgain}
          onChange={(e) => setPinAgain(e.currentTarget.value)}
          disabled={off}
          autoComplete="new-password"
          w={240}
          data-testid="new-pin-again"
        />
      </Group>
      {mode === 'hotseat' && (
        <Checkbox
          label="Play without a facilitator PIN: anyone at this screen may act as the facilitator and read every brief"
          checked={noPin}
          onChange={(e) => setNoPin(e.currentTarget.checked)}
          data-testid="new-no-pin"
          mt={4}
        />
      )}
    </Stack>
  );
}

/** The seat picker shows names only, but a state is still found by its code ("USA" finds the United States). */
const byNameOrCode: OptionsFilter = ({ options, search }) => {
  const wanted = search.trim().toLowerCase();
  const matches = (item: ComboboxItem) => item.label.toLowerCase().includes(wanted) || item.value.toLowerCase() === wanted;
  return options
    .map((option: ComboboxParsedItem) => ('group' in option ? { ...option, items: option.items.filter(matches) } : option))
    .filter((option) => ('group' in option ? option.items.length > 0 : matches(option)));
};
