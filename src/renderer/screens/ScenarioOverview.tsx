import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import type { ScenarioOverview } from '../../core/protocol';
import { PERPETRATOR_KIND_LABELS } from '../../core/session/labels';
import { hrefFor } from '../app/router';
import { atrocityLabel, evidenceLabel, phaseLabel } from '../components/labels';
import { FacilitatorTeachingNotes } from './FacilitatorTeachingNotes';

/**
 * A scenario's public overview: crisis, territorial state, perpetrators, Council, round plan and
 * the evidence as the crisis opens. The states' ties to the perpetrators, intelligence, injects and
 * later evidence are not part of it: they come to each seat in the session, when it may see them.
 */
export function ScenarioOverviewScreen({ scenario }: { scenario: ScenarioOverview }) {
  const name = (code: string) => scenario.names[code] ?? code;
  const council = [
    ...scenario.council.permanent.map((code) => ({ code, permanent: true })),
    ...scenario.council.elected.map((code) => ({ code, permanent: false })),
  ];
  const president =
    scenario.council.president ??
    [...council.map((m) => m.code)].sort((a, b) => name(a).localeCompare(name(b)))[0];

  return (
    <Stack gap="xl">
      <div>
        <Anchor href={hrefFor({ name: 'home' })} size="sm">
          ← All scenarios
        </Anchor>
        <Group justify="space-between" align="flex-end" mt="xs">
          <div>
            <Title order={2} data-testid="scenario-title">
              {scenario.title}
            </Title>
            <Group gap="xs" mt={6}>
              <Badge variant="light">{scenario.kind}</Badge>
              {scenario.year !== undefined && <Badge variant="outline">{scenario.year}</Badge>}
              <Badge variant="outline">{scenario.roundPlan.rounds} rounds</Badge>
            </Group>
          </div>
          <Button component="a" href={hrefFor({ name: 'new-session', scenarioId: scenario.id })} data-testid="start-session">
            Start a session
          </Button>
        </Group>
        <Text mt="md">{scenario.summary}</Text>
      </div>

      <FacilitatorTeachingNotes scenarioId={scenario.id} />

      <Section title="The crisis">
        <Text>{scenario.crisis.description}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="md">
          <Fact label="Territorial state">
            {name(scenario.crisis.territorialState)} ({scenario.crisis.territorialState})
          </Fact>
          <Fact label="Population at risk">{scenario.crisis.atRiskPopulation}</Fact>
        </SimpleGrid>
        <Group gap="xs" mt="md" aria-label="Atrocity types">
          {scenario.crisis.atrocityTypes.map((t) => (
            <Badge key={t} color="red" variant="light">
              {atrocityLabel(t)}
            </Badge>
          ))}
        </Group>
      </Section>

      <Section title="Perpetrators">
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Kind</Table.Th>
              <Table.Th>Organ of</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {scenario.crisis.perpetrators.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  {p.name}
                  {p.description && (
                    <Text size="xs" c="dimmed">
                      {p.description}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{PERPETRATOR_KIND_LABELS[p.kind]}</Table.Td>
                <Table.Td>{p.state ? name(p.state) : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>

      <Section title="Security Council">
        <Text size="sm" c="dimmed" mb="sm">
          15 members; P5 = permanent member (Charter art. 23(1)), whose negative vote blocks a
          substantive draft (art. 27(3)).
        </Text>
        <SimpleGrid
          cols={{ base: 2, sm: 3, lg: 5 }}
          spacing="xs"
          component="ul"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
          data-testid="council"
        >
          {council.map((m) => (
            <li key={m.code}>
              <Card withBorder padding="xs" data-permanent={m.permanent}>
                <Group gap={6} wrap="nowrap">
                  <Text fw={700} className="tabular">
                    {m.code}
                  </Text>
                  {m.permanent && (
                    <Badge size="xs" variant="filled" title="permanent member">
                      P5
                    </Badge>
                  )}
                  {m.code === president && (
                    <Badge size="xs" variant="outline" title="Council President">
                      President
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed" truncate="end">
                  {name(m.code)}
                </Text>
              </Card>
            </li>
          ))}
        </SimpleGrid>
      </Section>

      <Section title="Round plan">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Fact label="Rounds">{scenario.roundPlan.rounds}</Fact>
          <Fact label="Missed deadline">
            {scenario.roundPlan.onMissedDeadline === 'ai'
              ? 'an AI delegate acts'
              : scenario.roundPlan.onMissedDeadline === 'no-action'
                ? 'no action'
                : 'counts as abstention'}
          </Fact>
        </SimpleGrid>
        <Table mt="md" withTableBorder className="tabular">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Phase</Table.Th>
              <Table.Th>Timer</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {Object.entries(scenario.roundPlan.timers).map(([phase, seconds]) => (
              <Table.Tr key={phase}>
                <Table.Td>{phaseLabel(phase)}</Table.Td>
                <Table.Td>{Math.round((seconds ?? 0) / 60)} min</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed" mt={4}>
          Phases not listed run until the facilitator advances them.
        </Text>
        <Title order={4} size="h6" mt="md">
          Evidence in round 1
        </Title>
        <List size="sm" spacing={4} mt={4}>
          {scenario.evidence.map((e, i) => (
            <List.Item key={i}>
              Round {e.round}: <strong>{evidenceLabel(e.level)}</strong> — {e.note}
            </List.Item>
          ))}
        </List>
      </Section>
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <section aria-labelledby={id}>
      <Title order={3} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </section>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" tt="uppercase" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text>{children}</Text>
    </div>
  );
}
