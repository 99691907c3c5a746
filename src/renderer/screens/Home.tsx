import { Alert, Badge, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ScenarioSummary } from '../../core/protocol';
import { hrefFor } from '../app/router';
import { useHostRequest } from '../client/context';
import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';
import { RecentSessions } from '../session/FileDialogs';
import { OpenScenario } from './OpenScenario';
import { ScenarioFolders } from './ScenarioFolders';

type ValidSummary = Extract<ScenarioSummary, { ok: true }>;
type BrokenSummary = Extract<ScenarioSummary, { ok: false }>;

/** Home: recent sessions, and the scenarios found in the host's scenario folders. */
export function Home() {
  const state = useHostRequest('scenarios.list', {});
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Sessions</Title>
          <Text c="dimmed" size="sm" mt={4}>
            Start a new session, or resume a recent one.
          </Text>
        </div>
        <Button component="a" href={hrefFor({ name: 'new-session' })} size="md" data-testid="home-new-session">
          New session
        </Button>
      </Group>
      <RecentSessions limit={5} />
      <div>
        <Title order={2}>Scenarios</Title>
        <Text c="dimmed" size="sm" mt={4}>
          Choose a crisis to read its overview. Sessions (seats, rounds, votes) start from here.
        </Text>
      </div>
      <OpenScenario />
      {state.status === 'loading' && <Loading label="Loading scenarios…" />}
      {state.status === 'error' && (
        <ErrorNotice
          title="The scenarios could not be loaded"
          error={state.error}
          onRetry={state.reload}
        />
      )}
      {state.status === 'ready' && <ScenarioList scenarios={state.data.scenarios} />}
      <ScenarioFolders onChange={state.reload} />
    </Stack>
  );
}

function ScenarioList({ scenarios }: { scenarios: ScenarioSummary[] }) {
  const valid = scenarios.filter((s): s is ValidSummary => s.ok);
  const broken = scenarios.filter((s): s is BrokenSummary => !s.ok);
  if (scenarios.length === 0) {
    return (
      <Alert variant="light" title="No scenarios found">
        Put scenario files (.yaml or .json) in the scenarios/ folder; see docs/scenario-format.md.
      </Alert>
    );
  }
  return (
    <Stack gap="lg">
      <SimpleGrid
        cols={{ base: 1, md: 2 }}
        spacing="lg"
        component="ul"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
        aria-label="Scenarios"
      >
        {valid.map((s) => (
          <li key={s.id}>
            <ScenarioCard scenario={s} />
          </li>
        ))}
      </SimpleGrid>
      {broken.map((s) => (
        <Alert
          key={s.file}
          color="red"
          variant="light"
          title={`${s.file} is not a valid scenario`}
          data-testid="broken-scenario"
        >
          <List size="sm">
            {s.problems.slice(0, 8).map((p, i) => (
              <List.Item key={i}>{p.path ? `${p.path}: ${p.message}` : p.message}</List.Item>
            ))}
          </List>
          {s.problems.length > 8 && <Text size="sm">… and {s.problems.length - 8} more</Text>}
        </Alert>
      ))}
    </Stack>
  );
}

function ScenarioCard({ scenario }: { scenario: ValidSummary }) {
  return (
    <Card
      withBorder
      padding="lg"
      h="100%"
      className="scenario-card"
      data-testid="scenario-card"
      data-scenario-id={scenario.id}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Title order={3} size="h4">
          {/* The title is the link; its ::after stretches over the whole card (styles.css). */}
          <a className="stretched-link" href={hrefFor({ name: 'scenario', id: scenario.id })}>
            {scenario.title}
          </a>
        </Title>
        <Badge
          variant={scenario.kind === 'historical' ? 'light' : 'outline'}
          style={{ flexShrink: 0 }}
        >
          {scenario.kind}
          {scenario.year !== undefined ? ` · ${scenario.year}` : ''}
        </Badge>
      </Group>
      <div style={{ flexGrow: 1 }}>
        <Text size="sm" mt="sm" lineClamp={5} title={scenario.summary}>
          {scenario.summary}
        </Text>
      </div>
      <Group gap="lg" mt="md" className="tabular">
        <Text size="sm" c="dimmed">
          <Text span fw={600} c="var(--mantine-color-text)">
            {scenario.states}
          </Text>{' '}
          {scenario.states === 1 ? 'delegation' : 'delegations'}
        </Text>
        <Text size="sm" c="dimmed">
          <Text span fw={600} c="var(--mantine-color-text)">
            {scenario.rounds}
          </Text>{' '}
          {scenario.rounds === 1 ? 'round' : 'rounds'}
        </Text>
        <Text size="sm" c="dimmed">
          territorial state{' '}
          <Text span fw={600} c="var(--mantine-color-text)">
            {scenario.territorialState}
          </Text>
        </Text>
      </Group>
    </Card>
  );
}
