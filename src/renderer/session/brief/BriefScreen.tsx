import { Accordion, Badge, Box, Button, Card, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { listOf, proseName } from '../../../core/ai/wording';
import { useState } from 'react';
import { isCouncilMember, isPermanentMember } from '../../../core/scenario/membership';
import type { Brief } from '../../../core/scenario/schema';
import type { SessionView } from '../../../core/session';
import { PERPETRATOR_KIND_LABELS } from '../../../core/session/labels';
import { atrocityLabel, evidenceLabel, relationshipLabel } from '../../components/labels';
import { briefHeading, nameOf, phaseTitle, scenarioOf } from '../format';
import { useSessionShell } from '../shell-context';
import type { SessionScreenProps } from '../types';

/** The band that marks confidential material: distinct, and it says so in words. */
/** `holder`: the name of the delegation the material is confidential to. */
export function ConfidentialBand({ holder, children, testId }: { holder: string; children: React.ReactNode; testId?: string }) {
  return (
    <Paper className="confidential" withBorder radius="md" p={0} data-testid={testId ?? 'confidential-band'} aria-label={`Confidential: ${holder}`} component="section">
      <Box className="confidential-header" px="md" py={6}>
        <Text fw={800} size="sm" tt="uppercase" style={{ letterSpacing: '0.08em' }}>
          Confidential: {holder}
        </Text>
      </Box>
      <Box p="md">{children}</Box>
    </Paper>
  );
}

function BriefBody({ brief }: { brief: Brief }) {
  return (
    <Stack gap="sm">
      <Text>{brief.summary}</Text>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        <div>
          <Title order={4} size="h6">
            Interests
          </Title>
          <List size="sm" spacing={2} mt={4}>
            {brief.interests.map((x) => (
              <List.Item key={x}>{x}</List.Item>
            ))}
          </List>
        </div>
        <div>
          <Title order={4} size="h6">
            Red lines
          </Title>
          <List size="sm" spacing={2} mt={4}>
            {brief.redLines.map((x) => (
              <List.Item key={x}>{x}</List.Item>
            ))}
          </List>
        </div>
        <div>
          <Title order={4} size="h6">
            Objectives
          </Title>
          <List size="sm" spacing={2} mt={4}>
            {brief.objectives.map((x) => (
              <List.Item key={x}>{x}</List.Item>
            ))}
          </List>
        </div>
      </SimpleGrid>
    </Stack>
  );
}

function CrisisUpdate({ view }: { view: SessionView }) {
  const { state, scenario } = view;
  const injects = state.injectsFired.filter((f) => f.round === state.round);
  const evidence = state.evidence.history.filter((h) => h.round === state.round);
  // Injects the facilitator wrote this round, as far as this seat may read them (public or to it).
  const writtenSeqs = new Set(state.facilitatorActions.filter((f) => f.action === 'inject.write' && f.round === state.round).map((f) => f.seq));
  const written = state.log.flatMap((e) => (writtenSeqs.has(e.seq) && e.event.type === 'inject.write' ? [{ seq: e.seq, inject: e.event }] : []));
  if (state.round === 0) return null;
  return (
    <Card withBorder data-testid="crisis-update">
      <Title order={3} size="h4">
        Crisis update · round {state.round}
      </Title>
      <Stack gap="xs" mt="xs">
        {evidence.map((h, i) => (
          <Text key={i} size="sm">
            <Badge variant="outline" color="unblue.9" mr={6}>
              Evidence: {evidenceLabel(h.level)}
            </Badge>
            {h.note}
          </Text>
        ))}
        {injects.map((f) => {
          const inject = scenario.injects.find((i) => i.id === f.injectId);
          return inject ? (
            <div key={f.injectId}>
              <Text fw={600} size="sm">
                {inject.title}
              </Text>
              <Text size="sm">{inject.text}</Text>
            </div>
          ) : null;
        })}
        {written.map(({ seq, inject }) => (
          <div key={seq} data-testid="written-inject">
            <Text fw={600} size="sm">
              {inject.title}
              {inject.recipients && (
                <Badge variant="light" color="orange" ml={6} size="sm">
                  Only to {listOf(inject.recipients.map((code) => proseName(nameOf(view, code))))}
                </Badge>
              )}
            </Text>
            <Text size="sm">{inject.text}</Text>
          </div>
        ))}
        {evidence.length === 0 && injects.length === 0 && written.length === 0 && <Text size="sm" c="dimmed">No new developments this round.</Text>}
      </Stack>
    </Card>
  );
}

/**
 * Briefing: the crisis as everyone knows it, and the seat's confidential brief in its band. The
 * facilitator sees every delegation's brief, each in its own band.
 */
export function BriefScreen({ view }: SessionScreenProps) {
  const shell = useSessionShell();
  const scenario = scenarioOf(view);
  const { state } = view;
  const own = view.viewer.kind === 'seat' ? view.viewer.state : null;
  const entry = own ? view.scenario.states.find((s) => s.code === own) : undefined;
  const ownBrief = entry && 'brief' in entry ? entry.brief : undefined;
  const intelligence = view.state.evidence.intelligence;
  const canAdvance = shell.localSeats.includes('facilitator') && (state.phase === 'briefing' || state.phase === 'crisisUpdate');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const standing = own
    ? isPermanentMember(scenario, own)
      ? 'a permanent member of the Security Council (your negative vote defeats a substantive draft: art. 27(3))'
      : isCouncilMember(scenario, own)
        ? 'an elected member of the Security Council'
        : 'not on the Security Council (you act in the Assembly, in negotiation and through your conduct)'
    : null;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{briefHeading(state.phase)}</Title>
          <Text c="dimmed" size="sm">
            {own ? `You represent ${nameOf(view, own)}: ${standing}.` : 'Facilitator view: every delegation\'s brief.'}
          </Text>
          {state.phase === 'seating' && (
            <Text size="sm" data-testid="seating-note">
              {shell.localSeats.includes('facilitator')
                ? 'The session has not opened yet: the briefs can be read now, and Start session (in the header) opens it.'
                : 'The session has not opened yet: you can read your brief now; the facilitator opens the session.'}
            </Text>
          )}
        </div>
        {canAdvance && (
          <Button
            size="md"
            loading={pending}
            data-testid="brief-continue"
            onClick={async () => {
              setPending(true);
              const r = await shell.submitAs('facilitator', { type: 'phase.advance' });
              setPending(false);
              setError(r.ok ? null : r.reason);
            }}
          >
            {state.phase === 'briefing' ? 'Begin round 1' : `Go to ${phaseTitle('negotiation')}`} ▸
          </Button>
        )}
      </Group>
      {error && (
        <Text className="mc-danger-text" size="sm" role="alert">
          {error}
        </Text>
      )}

      {state.phase === 'crisisUpdate' && <CrisisUpdate view={view} />}

      {own && ownBrief && (
        <ConfidentialBand holder={nameOf(view, own)}>
          <BriefBody brief={ownBrief} />
          {intelligence.length > 0 && (
            <Box mt="md">
              <Title order={4} size="h6">
                Intelligence received
              </Title>
              <List size="sm" mt={4}>
                {intelligence.map((i, n) => (
                  <List.Item key={n}>
                    Round {i.round} ({evidenceLabel(i.level)}): {i.note}
                  </List.Item>
                ))}
              </List>
            </Box>
          )}
          {view.scenario.relationships.length > 0 && (
            <Box mt="md">
              <Title order={4} size="h6">
                Your ties to the situation
              </Title>
              <List size="sm" mt={4}>
                {view.scenario.relationships.map((r, n) => {
                  const perpetrator = scenario.crisis.perpetrators.find((p) => p.id === r.to);
                  return (
                    <List.Item key={n}>
                      {nameOf(view, r.from)} {relationshipLabel(r.kind)} {perpetrator?.name ?? nameOf(view, r.to)}
                      {r.note ? `: ${r.note}` : ''}
                    </List.Item>
                  );
                })}
              </List>
            </Box>
          )}
        </ConfidentialBand>
      )}
      {own && !ownBrief && (
        <Card withBorder>
          <Text size="sm">Your delegation has no written brief in this scenario: its Council record and the public situation are your guide.</Text>
        </Card>
      )}

      <Card withBorder>
        <Title order={3} size="h4">
          The situation
        </Title>
        <Text mt="xs">{scenario.crisis.description}</Text>
        <SimpleGrid cols={{ base: 1, md: 2 }} mt="md" spacing="md">
          <div>
            <Text size="sm">
              <strong>Territorial state:</strong> {nameOf(view, scenario.crisis.territorialState)}
            </Text>
            <Text size="sm">
              <strong>Population at risk:</strong> {scenario.crisis.atRiskPopulation}
            </Text>
            <Text size="sm">
              <strong>Atrocities alleged:</strong> {scenario.crisis.atrocityTypes.map(atrocityLabel).join(', ')}
            </Text>
            <Text size="sm">
              <strong>Evidence now:</strong> {evidenceLabel(state.evidence.level)}
            </Text>
          </div>
          <div>
            <Text size="sm" fw={600}>
              Perpetrators
            </Text>
            <List size="sm">
              {scenario.crisis.perpetrators.map((p) => (
                <List.Item key={p.id}>
                  {p.name} ({PERPETRATOR_KIND_LABELS[p.kind]})
                </List.Item>
              ))}
            </List>
          </div>
        </SimpleGrid>
      </Card>

      {view.viewer.kind === 'facilitator' && (
        <Accordion variant="separated" multiple>
          {scenario.states
            .filter((s) => s.brief)
            .map((s) => (
              <Accordion.Item key={s.code} value={s.code}>
                <Accordion.Control>
                  {nameOf(view, s.code)}
                </Accordion.Control>
                <Accordion.Panel>
                  <ConfidentialBand holder={nameOf(view, s.code)} testId={`confidential-${s.code}`}>
                    <BriefBody brief={s.brief!} />
                  </ConfidentialBand>
                </Accordion.Panel>
              </Accordion.Item>
            ))}
        </Accordion>
      )}
    </Stack>
  );
}
