import { Alert, Card, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { CONDUCT_GROUPS, type ConductKind, type ConductScale, type SessionView } from '../../../core/session';
import { CONDUCT_GROUP_TITLES, CONDUCT_LABELS, CONDUCT_MEANINGS, CONDUCT_TARGET, type ConductGroup } from '../../../core/session/plain-words';
import { ActionError } from '../kit/ActionError';
import { GuardedButton } from '../kit/GuardedButton';
import { firstRefusal, OK, refuse, type Guard } from '../kit/guard';
import { nameOf, proseNameOf, targetName } from '../kit/names';
import { useAction } from '../kit/useAction';
import '../kit/kit.css';
import { riskPreview, shortCitation } from '../law';
import type { SessionScreenProps } from '../types';
import { actsThisRound, breachWarnings, conductGroupsFor, targetOptions } from './logic';
import { contingentProblem } from '../../../core/session/contingent';
import { ToneBadge } from '../kit/ToneBadge';

const EVIDENCE_WORDS = {
  none: 'no reports of atrocities yet',
  reports: 'reports of atrocities',
  credible: 'credible findings of atrocities',
  manifest: 'atrocities that are manifest',
} as const;

/**
 * National conduct (UX "National conduct"): the round's options for the seat's state, grouped,
 * each with its legal meaning in plain words and, in practice mode, the law engine's legal-risk
 * strip; then "Done for this round".
 */
export function ConductScreen({ view, submit, allowed }: SessionScreenProps) {
  const me = view.viewer.kind === 'seat' ? view.viewer.state : null;
  const { run, pending, error, clearError } = useAction(submit);
  const [tab, setTab] = useState<ConductGroup>('support');
  if (me === null) {
    return (
      <Stack data-testid="conduct-screen">
        <Title order={2}>National conduct</Title>
        <Alert variant="light" title="Each delegation decides its own conduct">
          To choose a delegation&apos;s conduct, take its chair from the Facilitator console (Act for a delegation). Conduct is confidential to each state until the debrief.
        </Alert>
      </Stack>
    );
  }
  const practice = view.state.config.mode === 'solo';
  const done = view.state.doneThisPhase.includes(view.viewer.kind === 'seat' ? view.viewer.seatId : '');
  const acts = actsThisRound(view, me);
  const doneGuard = allowed('conduct.done');
  const actGuard = allowed('conduct.act');
  const groups = conductGroupsFor(view, me);

  return (
    <Stack gap="lg" data-testid="conduct-screen">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={2}>National conduct</Title>
          <Text size="sm" c="dimmed" maw={620}>
            Round {view.state.round}: what {proseNameOf(view.scenario, me)} does outside the UN chambers. The public record now shows {EVIDENCE_WORDS[view.state.evidence.level]}; what you
            know when you act decides whether support is aid or assistance (ARSIWA art. 16).
            {view.state.evidence.intelligence.length > 0 && ' Your own intelligence may tell you more: see your brief.'}
          </Text>
        </div>
        <GuardedButton guard={doneGuard} onClick={() => void run({ type: 'conduct.done' })} loading={pending === 'conduct.done'} data-testid="conduct-done" style={{ flexShrink: 0 }}>
          Done for this round
        </GuardedButton>
      </Group>
      <ActionError error={error} onClose={clearError} />
      {done && (
        <Alert variant="light" color="teal" title="✓ Your conduct for this round is done" data-testid="conduct-done-notice">
          The round moves on when the facilitator advances it.
        </Alert>
      )}
      <Paper withBorder p="sm" radius="md" aria-labelledby="acts-heading" component="section">
        <Title order={3} size="h6" id="acts-heading">
          Your acts this round ({acts.length})
        </Title>
        {acts.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nothing yet. Doing nothing is also a choice the court will weigh where you owe a duty to act.
          </Text>
        ) : (
          <Stack gap={2} component="ul" style={{ margin: 0, paddingLeft: 18 }}>
            {acts.map((a) => (
              <Text component="li" size="sm" key={a.seq} data-testid="conduct-act">
                {CONDUCT_LABELS[a.kind]}
                {a.target ? ` → ${targetName(view.scenario, a.target)}` : ''} ({a.scale})
                {a.contraryTo.length > 0 && (
                  <Text span className="mc-tone-bad" fw={700} size="sm">
                    {' '}
                    ⚑ contrary to your agreement{a.contraryTo.length > 1 ? 's' : ''} with{' '}
                    {a.contraryTo.map((id) => nameOf(view.scenario, view.state.agreements[id]?.parties.find((p) => p !== me) ?? id)).join(', ')}
                  </Text>
                )}
              </Text>
            ))}
          </Stack>
        )}
      </Paper>
      <Tabs value={tab} onChange={(v) => setTab((v as ConductGroup) ?? 'support')} keepMounted={false}>
        <Tabs.List aria-label="Kinds of conduct">
          {groups.map((group) => (
            <Tabs.Tab key={group} value={group} data-testid={`conduct-tab-${group}`}>
              {CONDUCT_GROUP_TITLES[group].title} ({CONDUCT_GROUPS[group].length})
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {groups.map((group) => (
          <Tabs.Panel key={group} value={group} pt="sm">
            <Text size="sm" c="dimmed" mb="xs">
              {CONDUCT_GROUP_TITLES[group].description}
            </Text>
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="sm">
              {CONDUCT_GROUPS[group].map((kind) => (
                <ConductCard
                  key={kind}
                  view={view}
                  me={me}
                  kind={kind}
                  practice={practice}
                  guard={done ? refuse('You have declared your conduct for this round done.') : contingentGuard(view, me, kind) ?? actGuard}
                  pending={pending === `act:${kind}`}
                  onAct={(target, scale) => run({ type: 'conduct.act', kind, scale, ...(target ? { target } : {}) }, `act:${kind}`)}
                />
              ))}
            </SimpleGrid>
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

function contingentGuard(view: SessionView, me: string, kind: ConductKind): Guard | null {
  const problem = contingentProblem(view.scenario, view.state, me, kind);
  return problem ? refuse(problem) : null;
}

function ConductCard({
  view,
  me,
  kind,
  practice,
  guard,
  pending,
  onAct,
}: {
  view: SessionView;
  me: string;
  kind: ConductKind;
  practice: boolean;
  guard: Guard;
  pending: boolean;
  onAct: (target: string | null, scale: ConductScale) => Promise<boolean>;
}) {
  const options = targetOptions(view, kind);
  const [target, setTarget] = useState<string | null>(options[0]?.value ?? null);
  const [scale, setScale] = useState<ConductScale>('limited');
  const warnings = breachWarnings(view, me, kind, target);
  const titleId = `conduct-${kind}`;
  const cardGuard = firstRefusal(guard, CONDUCT_TARGET[kind] !== 'none' && !target ? refuse('Choose whom it is directed at.') : OK);
  return (
    <Card withBorder radius="md" padding="sm" component="article" aria-labelledby={titleId} data-testid={`conduct-card-${kind}`}>
      <Stack gap={6}>
        <Text fw={650} id={titleId}>
          {CONDUCT_LABELS[kind]}
        </Text>
        <Text size="sm">{CONDUCT_MEANINGS[kind]}</Text>
        <Group gap="xs" align="flex-end" wrap="wrap">
          {options.length > 0 && (
            <Select
              label="Directed at"
              size="xs"
              data={options}
              value={target}
              onChange={setTarget}
              allowDeselect={false}
              style={{ flex: '1 1 180px' }}
              comboboxProps={{ withinPortal: true }}
            />
          )}
          <div>
            <Text size="xs" fw={500} id={`${titleId}-scale`} mb={2}>
              Scale
            </Text>
            <SegmentedControl
              size="xs"
              value={scale}
              onChange={(v) => setScale(v as ConductScale)}
              data={[
                { value: 'limited', label: 'Limited' },
                { value: 'substantial', label: 'Substantial' },
              ]}
              aria-labelledby={`${titleId}-scale`}
            />
          </div>
        </Group>
        {warnings.length > 0 && (
          <Alert color="red" variant="light" p="xs" title="⚑ Contrary to an agreement in force">
            <Text size="xs">This would breach {warnings.join('; ')}. States can breach treaties, but the breach is recorded and weighed (VCLT art. 26).</Text>
          </Alert>
        )}
        {practice && <RiskStrip view={view} me={me} kind={kind} target={target} scale={scale} />}
        <Group justify="flex-end">
          <GuardedButton
            guard={cardGuard}
            size="xs"
            variant="light"
            loading={pending}
            onClick={() => void onAct(CONDUCT_TARGET[kind] === 'none' ? null : target, scale)}
            data-testid={`conduct-act-${kind}`}
            aria-label={`Do this: ${CONDUCT_LABELS[kind].toLowerCase()}`}
          >
            Do this
          </GuardedButton>
        </Group>
      </Stack>
    </Card>
  );
}

const RISK_WORDS = { none: 'No change', info: 'Note', caution: 'Caution', warning: 'Warning' } as const;
const RISK_COLOUR = { none: 'gray', info: 'unblue', caution: 'yellow', warning: 'red' } as const;

/** Practice mode: the law engine's legal risk of this act, in plain words (a word as well as a colour). */
function RiskStrip({ view, me, kind, target, scale }: { view: SessionView; me: string; kind: ConductKind; target: string | null; scale: ConductScale }) {
  const preview = useMemo(() => riskPreview(view, me, { kind, target: CONDUCT_TARGET[kind] === 'none' ? null : target, scale }), [view, me, kind, target, scale]);
  const level = preview.ok ? preview.value.level : 'none';
  return (
    <Paper
      p={6}
      radius="sm"
      withBorder
      data-testid="risk-strip"
      data-level={level}
      style={{ borderLeftWidth: 4, borderLeftColor: `var(--mantine-color-${RISK_COLOUR[level]}-filled)` }}
    >
      <Group gap={6} wrap="nowrap" align="flex-start">
        <Stack gap={2} style={{ flexShrink: 0 }}>
          <Text size="xs" fw={700} tt="uppercase">
            Legal risk
          </Text>
          {preview.ok && (
            <ToneBadge size="xs" color={RISK_COLOUR[level]}>
              {RISK_WORDS[level]}
            </ToneBadge>
          )}
        </Stack>
        {preview.ok ? (
          <Stack gap={2}>
            {preview.value.notes.length === 0 && (
              <Text size="xs" c="dimmed">
                The law engine sees no change in your legal position from this act.
              </Text>
            )}
            {preview.value.notes.map((n, i) => (
              <Text size="xs" key={i}>
                {n.text}{' '}
                <Text span size="xs" c="dimmed">
                  ({shortCitation(n.citation)})
                </Text>
              </Text>
            ))}
          </Stack>
        ) : (
          <Text size="xs" c="dimmed">
            {preview.reason}
          </Text>
        )}
      </Group>
    </Paper>
  );
}
