import {
  Alert,
  Anchor,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import type { ScenarioOverview, SessionMode } from '../../core/protocol';
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
        : null;

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
      });
      navigate({ name: 'session', id: meta.sessionId });
    } catch (e) {
      setError(e instanceof HostError ? e.message : String(e));
      setBusy(false);
    }
  };

  const grouped = (['permanent', 'elected', 'delegation'] as const)
    .map((role) => ({ group: ROLE_LABEL[role], items: options.filter((o) => o.role === role).map((o) => ({ value: o.code, label: `${o.name} (${o.code})` })) }))
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
            maw={420}
            data-testid="new-seat"
            description="Permanent members can veto; elected members vote; other delegations negotiate, act and may request an emergency special session."
          />
        )}
        {mode === 'hotseat' && (
          <Checkbox.Group label="Delegations played by people on this screen" description="At least two; AI delegates play the others." value={hot} onChange={setHot}>
            <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} mt="xs" spacing="xs">
              {options.map((o) => (
                <Checkbox key={o.code} value={o.code} label={`${o.name} (${o.code})${o.role === 'permanent' ? ' ★' : ''}`} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
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
