import { Accordion, Alert, Button, Group, List, Paper, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { JudgmentComparisonPanel } from '../fork/JudgmentComparison';
import { PlayAgain } from '../fork/PlayAgain';
import { useMemo, useState } from 'react';
import type { SessionEvent, SessionView } from '../../../core/session';
import { describeEntry } from '../format';
import { ActionError } from '../kit/ActionError';
import { GuardedButton } from '../kit/GuardedButton';
import { nameOf } from '../kit/names';
import { useAction } from '../kit/useAction';
import { Loading } from '../../components/Loading';
import { useJudgment } from './useJudgment';
import '../kit/kit.css';
import { BAND_WORDS, judgmentReport, type ExposureReport } from '../law';
import type { SessionScreenProps } from '../types';
import { DebriefCharts } from '../charts/DebriefCharts';
import { ExportButton } from './ExportButton';
import { ExposureChart } from './ExposureChart';
import { FindingsPanel, type FindingsPanelProps } from './FindingsPanel';
import { FiledMemorial, MemorialForm } from './MemorialForm';
import { Ranking } from './Ranking';
import { ToneBadge } from '../kit/ToneBadge';
import { RubricPanel } from '../rubric/RubricPanel';

/**
 * Adjudication, judgment and debrief (UX "Judgment and debrief"), on the Judgment nav item:
 * during the rounds the court is not sitting (the facilitator sees a provisional judgment); in
 * adjudication each delegation files its memorial and the presiding judge may override findings;
 * in the debrief the judgment, the exposure chart, the AI delegations' coach notes, Export and
 * (the facilitator only) the assessment rubric.
 */
export function JudgmentScreen(props: SessionScreenProps) {
  const { view } = props;
  const phase = view.state.phase;
  const facilitator = view.viewer.kind === 'facilitator';
  const action = useAction(props.submit);
  // Delegations see the case against them in adjudication (their own view judged); the judgment itself comes from the host.
  const judgment = useJudgment(view, props.seatId, facilitator || phase === 'debrief');
  const provisional = useMemo(() => (!facilitator && phase === 'adjudication' ? judgmentReport(view) : null), [view, facilitator, phase]);
  const report: { ok: true; value: ExposureReport } | { ok: false; reason: string } | null =
    judgment.status === 'ready' ? { ok: true, value: judgment.report } : judgment.status === 'error' ? { ok: false, reason: judgment.reason } : provisional;

  return (
    <Stack gap="md" data-testid="judgment-screen">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{phase === 'debrief' ? 'Judgment and debrief' : 'Adjudication'}</Title>
          <Text size="sm" c="dimmed" maw={640}>
            {phase === 'debrief'
              ? 'The court has delivered its judgment: each state\'s exposure under the law of state responsibility, with the findings, their authorities and the evidence on the record.'
              : phase === 'adjudication'
                ? 'The moot court is sitting. Each delegation files a defence memorial; the facilitator presides and may override a finding with a written reason before delivering the judgment.'
                : 'The court sits after the last round. Until then this screen is the facilitator\'s provisional view of the record.'}
          </Text>
        </div>
        {phase === 'debrief' && <ExportButton as={view.viewer.kind === 'seat' ? view.viewer.state : null} />}
      </Group>
      <ActionError error={action.error} onClose={action.clearError} />
      {phase === 'debrief' && <JudgmentComparisonPanel seatId={props.seatId} />}
      {phase === 'debrief' && <PlayAgain view={view} />}
      {(facilitator || phase === 'debrief') && judgment.status === 'loading' && <Loading label="The court is deliberating…" />}
      {report && !report.ok && (
        <Alert color="red" variant="light" title="The judgment could not be computed" role="alert">
          {report.reason}
        </Alert>
      )}
      {phase === 'adjudication' && !facilitator && <SeatAdjudication {...props} run={action.run} pending={action.pending} report={report?.ok ? report.value : null} />}
      {phase === 'adjudication' && facilitator && <Bench {...props} run={action.run} pending={action.pending} report={report?.ok ? report.value : null} />}
      {phase === 'debrief' && report?.ok && <Debrief {...props} report={report.value} run={action.run} pending={action.pending} />}
      {phase !== 'adjudication' && phase !== 'debrief' && (
        <>
          {!facilitator && (
            <Alert variant="light" title="Not yet">
              The rounds are still being played. After the last round (or when the facilitator ends them early) each delegation files its defence memorial here.
            </Alert>
          )}
          {facilitator && report?.ok && (
            <>
              <ToneBadge color="orange" size="lg" tt="none">
                Provisional: only the facilitator sees this
              </ToneBadge>
              <JudgmentBody view={view} report={report.value} me={null} seatId={props.seatId} />
            </>
          )}
        </>
      )}
    </Stack>
  );
}

type Run = (event: SessionEvent, key?: string) => Promise<boolean>;

function SeatAdjudication({ view, allowed, run, pending, report }: SessionScreenProps & { run: Run; pending: string | null; report: ExposureReport | null }) {
  const me = view.viewer.kind === 'seat' ? view.viewer.state : null;
  if (!me) return null;
  const filed = view.state.memorials[me];
  const own = report?.states.find((s) => s.state === me) ?? null;
  const charges = own?.findings.filter((f) => f.result !== 'does-not-hold' && !f.informational) ?? [];
  return (
    <SimpleGrid cols={{ base: 1 }} spacing="md">
      <Paper withBorder radius="md" p="sm" component="section" aria-labelledby="case-heading">
        <Title order={3} size="h6" id="case-heading">
          The case against {nameOf(view.scenario, me)} (provisional)
        </Title>
        {charges.length === 0 ? (
          <Text size="sm">On the record as you see it, no finding is made against you. You may still file a memorial.</Text>
        ) : (
          <List size="sm" spacing={2} mt={4}>
            {charges.map((f) => (
              <List.Item key={f.duty}>
                <strong>{f.title}</strong> ({f.status}): {f.result === 'holds' ? 'the finding holds' : 'the record leaves it open'}, {f.points.toFixed(1)} points.
              </List.Item>
            ))}
          </List>
        )}
      </Paper>
      <section aria-labelledby="memorial-heading">
        <Title order={3} size="h5" id="memorial-heading" mb="xs">
          Defence memorial
        </Title>
        {filed ? (
          <Stack gap="xs">
            <Alert variant="light" color="teal" title="✓ Your memorial is filed">
              The judgment is delivered when the facilitator closes the hearing.
            </Alert>
            <FiledMemorial view={view} state={me} />
          </Stack>
        ) : (
          <MemorialForm view={view} me={me} guard={allowed('memorial.file')} run={(e) => run(e)} pending={pending} />
        )}
      </section>
    </SimpleGrid>
  );
}

/** The presiding judge's bench: who has filed, the provisional judgment with overrides, deliver. */
function Bench({ view, seatId, allowed, run, pending, report }: SessionScreenProps & { run: Run; pending: string | null; report: ExposureReport | null }) {
  const delegations = [...new Set(view.state.config.seats.filter((s) => s.kind !== 'facilitator' && s.state).map((s) => s.state!))].sort();
  const filed = delegations.filter((c) => view.state.memorials[c]);
  // Delegations the provisional judgment exposes that have not answered it: the judge is asked to confirm.
  const unanswered = (report?.states ?? []).filter((s) => s.exposure > 0 && delegations.includes(s.state) && !view.state.memorials[s.state]);
  const [confirming, setConfirming] = useState(false);
  const deliver = () => void run({ type: 'judgment.deliver' });
  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="sm" component="section" aria-labelledby="bench-heading">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} size="h6" id="bench-heading">
              Memorials
            </Title>
            <Text size="sm" className="tabular">
              {filed.length} of {delegations.length} filed
            </Text>
          </div>
          <GuardedButton
            guard={allowed('judgment.deliver')}
            onClick={() => (unanswered.length > 0 ? setConfirming(true) : deliver())}
            loading={pending === 'judgment.deliver'}
            data-testid="deliver-judgment"
          >
            Deliver the judgment
          </GuardedButton>
        </Group>
        {confirming && unanswered.length > 0 && (
          <Alert variant="light" color="orange" mt="sm" title="Memorials missing" data-testid="deliver-confirm">
            <Text size="sm">
              {unanswered.length === 1 ? 'A delegation the judgment exposes has' : `${unanswered.length} delegations the judgment exposes have`} not filed a defence memorial; once
              the judgment is delivered they cannot:
            </Text>
            <List size="sm" spacing={2} my={6} data-testid="deliver-confirm-unanswered">
              {unanswered.map((s) => (
                <List.Item key={s.state}>
                  {s.name}: exposure {s.exposure.toFixed(1)} ({BAND_WORDS[s.band].toLowerCase()})
                </List.Item>
              ))}
            </List>
            <Group gap="xs">
              <Button
                color="orange"
                size="compact-sm"
                onClick={() => {
                  setConfirming(false);
                  deliver();
                }}
                data-testid="deliver-judgment-confirm"
              >
                Deliver without them
              </Button>
              <Button variant="default" size="compact-sm" onClick={() => setConfirming(false)} data-testid="deliver-judgment-wait">
                Wait for the memorials
              </Button>
            </Group>
          </Alert>
        )}
        <Group gap={6} mt="xs">
          {delegations.map((c) => (
            <ToneBadge key={c} color={view.state.memorials[c] ? 'teal' : 'gray'} tt="none">
              {nameOf(view.scenario, c)} {view.state.memorials[c] ? '✓ filed' : '… not yet'}
            </ToneBadge>
          ))}
        </Group>
      </Paper>
      {report && <JudgmentBody view={view} report={report} me={null} seatId={seatId} override={{ guard: allowed('judgment.override'), run: (e, k) => run(e, k), pending }} />}
    </Stack>
  );
}

/** Ranking, chart and the chosen state's findings. */
function JudgmentBody({
  view,
  report,
  me,
  override,
  seatId,
}: {
  view: SessionView;
  report: ExposureReport;
  me: string | null;
  override?: FindingsPanelProps['override'];
  /** The seat that may ask what would have changed the findings (its own state's, or any for the facilitator). */
  seatId?: string;
}) {
  const [selected, setSelected] = useState<string | null>(me && report.states.some((s) => s.state === me) ? me : report.states[0]?.state ?? null);
  const [showAll, setShowAll] = useState(false);
  const exposure = report.states.find((s) => s.state === selected) ?? null;
  if (report.states.length === 0) return <Text c="dimmed">No state is engaged on this record.</Text>;
  const hidden = report.states.filter((s) => s.exposure === 0 && s.state !== me && s.state !== selected);
  const shown = showAll ? report.states : report.states.filter((s) => !hidden.includes(s));
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Paper withBorder radius="md" p="sm" component="section" aria-labelledby="ranking-heading">
          <Title order={3} size="h6" id="ranking-heading" mb={4}>
            Ranking by exposure
          </Title>
          <Text size="xs" c="dimmed" mb={6}>
            0 to 100; choose a state to read its findings.
          </Text>
          <Ranking states={shown} selected={selected} onSelect={setSelected} me={me} />
          {hidden.length > 0 && (
            <Button variant="subtle" size="compact-sm" mt={6} onClick={() => setShowAll((v) => !v)} data-testid="toggle-unexposed">
              {showAll ? 'Hide the states with no exposure' : `Show the ${hidden.length} ${hidden.length === 1 ? 'state' : 'states'} with no exposure`}
            </Button>
          )}
        </Paper>
        <Paper withBorder radius="md" p="sm" component="section" aria-labelledby="chart-heading">
          <Title order={3} size="h6" id="chart-heading" mb="xs">
            Exposure chart
          </Title>
          <ExposureChart states={shown} selected={selected} />
        </Paper>
      </SimpleGrid>
      {exposure && (
        <FindingsPanel
          key={exposure.state}
          view={view}
          exposure={exposure}
          {...(override ? { override } : {})}
          {...(seatId !== undefined && (view.viewer.kind === 'facilitator' || exposure.state === me) ? { whatIfSeat: seatId } : {})}
        />
      )}
    </Stack>
  );
}

function Debrief({ view, seatId, report, allowed, run, pending }: SessionScreenProps & { report: ExposureReport; run: Run; pending: string | null }) {
  const me = view.viewer.kind === 'seat' ? view.viewer.state : null;
  const facilitator = view.viewer.kind === 'facilitator';
  const override: FindingsPanelProps['override'] | undefined = facilitator ? { guard: allowed('judgment.override'), run: (e, k) => run(e, k), pending } : undefined;
  return (
    <Tabs defaultValue="judgment" keepMounted={false}>
      <Tabs.List aria-label="Judgment and debrief">
        <Tabs.Tab value="judgment" data-testid="tab-judgment">
          Judgment
        </Tabs.Tab>
        <Tabs.Tab value="charts" data-testid="tab-charts">
          Charts
        </Tabs.Tab>
        <Tabs.Tab value="coach" data-testid="tab-coach">
          Coach notes
        </Tabs.Tab>
        <Tabs.Tab value="teaching" data-testid="tab-teaching">
          Teaching notes
        </Tabs.Tab>
        {facilitator && (
          <Tabs.Tab value="rubric" data-testid="tab-rubric">
            Rubric
          </Tabs.Tab>
        )}
      </Tabs.List>
      <Tabs.Panel value="judgment" pt="md">
        <JudgmentBody view={view} report={report} me={me} seatId={seatId} {...(override ? { override } : {})} />
      </Tabs.Panel>
      <Tabs.Panel value="charts" pt="md">
        <DebriefCharts view={view} report={report} />
      </Tabs.Panel>
      <Tabs.Panel value="coach" pt="md">
        <CoachNotes view={view} />
      </Tabs.Panel>
      <Tabs.Panel value="teaching" pt="md">
        <TeachingNotes view={view} />
      </Tabs.Panel>
      {/* The instructor's marks are the instructor's (docs/assessment.md): no seat sees this tab. */}
      {facilitator && (
        <Tabs.Panel value="rubric" pt="md">
          <RubricPanel view={view} report={report} guard={allowed('rubric.edit')} run={run} pending={pending} />
        </Tabs.Panel>
      )}
    </Tabs>
  );
}

/** The AI delegations' coach notes: why each AI move was made, shown only in the debrief. */
function CoachNotes({ view }: { view: SessionView }) {
  const notes = Object.entries(view.state.aiNotes)
    .map(([seq, note]) => ({ seq: Number(seq), note, entry: view.state.log.find((e) => e.seq === Number(seq)) }))
    .filter((n) => n.note.coach.trim() && n.entry)
    .sort((a, b) => a.seq - b.seq);
  const byState = new Map<string, typeof notes>();
  for (const n of notes) {
    const d = describeEntry(view, n.entry!);
    const key = d.state ?? '—';
    byState.set(key, [...(byState.get(key) ?? []), n]);
  }
  if (notes.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="coach-notes">
        No AI delegation left coach notes in this session.
      </Text>
    );
  }
  const groups = [...byState.entries()];
  return (
    <Stack gap="sm" data-testid="coach-notes">
      <Text size="sm" c="dimmed">
        What each AI delegation was weighing when it moved: a coach&apos;s note, kept from the players until now. {notes.length} notes from {groups.length}{' '}
        {groups.length === 1 ? 'delegation' : 'delegations'}.
      </Text>
      <Accordion multiple defaultValue={groups.slice(0, 1).map(([state]) => state)} variant="separated">
        {groups.map(([state, list]) => (
          <Accordion.Item key={state} value={state}>
            <Accordion.Control>
              <Text fw={600} size="sm">
                {state} · {nameOf(view.scenario, state)}{' '}
                <Text span c="dimmed" size="sm">
                  ({list.length} {list.length === 1 ? 'note' : 'notes'})
                </Text>
              </Text>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap={6}>
                {list.map((n) => (
                  <div key={n.seq}>
                    <Text size="xs" c="dimmed" className="tabular">
                      {describeEntry(view, n.entry!).text}
                    </Text>
                    {n.note.says && <Text size="sm">“{n.note.says}”</Text>}
                    <Text size="sm" fs="italic">
                      Coach: {n.note.coach}
                    </Text>
                  </div>
                ))}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Stack>
  );
}

function TeachingNotes({ view }: { view: SessionView }) {
  const notes = view.scenario.teachingNotes;
  if (!notes) return <Text c="dimmed">No teaching notes.</Text>;
  return (
    <Stack gap="sm" data-testid="teaching-notes">
      <section aria-labelledby="objectives-heading">
        <Title order={3} size="h6" id="objectives-heading">
          What this scenario teaches
        </Title>
        <List size="sm" spacing={2}>
          {notes.objectives.map((o, i) => (
            <List.Item key={i}>{o}</List.Item>
          ))}
        </List>
      </section>
      {notes.discussionQuestions.length > 0 && (
        <section aria-labelledby="questions-heading">
          <Title order={3} size="h6" id="questions-heading">
            Questions for discussion
          </Title>
          <List size="sm" type="ordered" spacing={2}>
            {notes.discussionQuestions.map((q, i) => (
              <List.Item key={i}>{q}</List.Item>
            ))}
          </List>
        </section>
      )}
      {notes.simplifications && (
        <Text size="sm" c="dimmed">
          Simplifications: {notes.simplifications}
        </Text>
      )}
    </Stack>
  );
}
