import { Alert, Anchor, Box, Button, Group, Loader, Paper, SegmentedControl, Spoiler, Stack, Text, Textarea, Title } from '@mantine/core';
import { useContext, useMemo, useState } from 'react';
import { proseName } from '../../../core/ai/wording';
import { capitalised, entryPhases } from '../format';
import type { SessionEvent, SessionView } from '../../../core/session';
import { DEFENCE_LABELS } from '../../../core/session/plain-words';
import { GuardedButton } from '../kit/GuardedButton';
import { firstRefusal, OK, refuse, type Guard } from '../kit/guard';
import { BAND_WORDS, type Finding, type StateExposure } from '../law';
import { SessionNavContext, timelineAnchor } from '../nav';
import { evidenceItem } from './evidence';
import { ToneBadge } from '../kit/ToneBadge';
import { useWhatIf, type WhatIfState } from './useWhatIf';

const RESULT_WORDS: Record<Finding['result'], string> = { holds: 'Holds', 'does-not-hold': 'Does not hold', unknown: 'Open' };
const RESULT_COLOURS: Record<Finding['result'], string> = { holds: 'red', 'does-not-hold': 'teal', unknown: 'yellow' };

function holdingOf(name: string, f: Finding): string {
  if (f.informational) return `For information: ${f.title.toLowerCase()} (no points).`;
  const subject = capitalised(proseName(name));
  if (f.result === 'holds') return `${subject} is responsible for a breach of this duty.`;
  if (f.result === 'does-not-hold') return `${subject} is not responsible under this duty.`;
  return `The record leaves open whether ${proseName(name)} breached this duty; an open question weighs less than a finding.`;
}

export interface FindingsPanelProps {
  view: SessionView;
  exposure: StateExposure;
  /** The presiding judge's override, when the viewer may make one. */
  override?: { guard: Guard; run: (event: SessionEvent, key: string) => Promise<boolean>; pending: string | null };
  /** The seat asking what would have changed these findings: given when the viewer may ask about this state. */
  whatIfSeat?: string;
}

/** A finding the search looks at (docs/law.md §13): established or open, with points, not overridden. */
function searched(f: Finding): boolean {
  return !f.informational && f.result !== 'does-not-hold' && f.override === null;
}

/** One state's findings: holding, reasons, authorities with pinpoints, evidence, defences, overrides. */
export function FindingsPanel({ view, exposure, override, whatIfSeat }: FindingsPanelProps) {
  // One search per state, asked for when a reader first opens it under any finding.
  const [asked, setAsked] = useState(false);
  const search = useWhatIf(view, whatIfSeat ?? '', exposure.state, asked && whatIfSeat !== undefined);
  const own = view.viewer.kind === 'seat' && view.viewer.state === exposure.state;
  // Each evidence entry is dated by its round, so that like acts in different rounds read apart.
  const phases = useMemo(() => entryPhases(view.state), [view.state]);
  return (
    <section aria-labelledby="findings-heading" data-testid="findings">
      <Title order={3} size="h5" id="findings-heading" mb="xs">
        {exposure.name}: exposure {exposure.exposure.toFixed(1)}, {BAND_WORDS[exposure.band].toLowerCase()}
      </Title>
      {exposure.findings.length === 0 && (
        <Text size="sm" c="dimmed">
          No duty of {exposure.name} is engaged on this record.
        </Text>
      )}
      <Stack gap="sm">
        {exposure.findings.map((f) => (
          <FindingCard
            key={f.duty}
            view={view}
            name={exposure.name}
            state={exposure.state}
            finding={f}
            phases={phases}
            {...(override ? { override } : {})}
            {...(whatIfSeat !== undefined && searched(f) ? { whatIf: { search, ask: () => setAsked(true), own } } : {})}
          />
        ))}
      </Stack>
    </section>
  );
}

interface WhatIfProps {
  search: WhatIfState;
  ask: () => void;
  /** The reader's own state: "your own decisions". */
  own: boolean;
}

function FindingCard({
  view,
  name,
  state,
  finding: f,
  phases,
  override,
  whatIf,
}: {
  view: SessionView;
  name: string;
  state: string;
  finding: Finding;
  phases: ReturnType<typeof entryPhases>;
  override?: FindingsPanelProps['override'];
  whatIf?: WhatIfProps;
}) {
  const nav = useContext(SessionNavContext);
  const items = f.evidence.map((ref) => evidenceItem(view, ref));
  const events = items.filter((i) => i.kind === 'event');
  const facts = items.filter((i) => i.kind === 'fact');
  const headingId = `finding-${state}-${f.duty}`;
  const goTo = (seq: number) => {
    if (nav) nav.goTo('timeline', { seq });
    else document.getElementById(timelineAnchor(seq))?.scrollIntoView({ block: 'center' });
  };
  return (
    <Paper withBorder radius="md" p="sm" component="article" aria-labelledby={headingId} data-testid={`finding-${f.duty}`}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" align="flex-start" gap="xs">
          <Title order={4} size="h6" id={headingId}>
            {f.title}
          </Title>
          {/* The badges keep their words whole; in a narrow column they go under the title. */}
          <Group gap={6} wrap="nowrap" ml="auto" style={{ flexShrink: 0 }}>
            <ToneBadge size="sm" color="gray" tt="none">
              {f.status}
            </ToneBadge>
            <ToneBadge size="sm" color={RESULT_COLOURS[f.result]} data-testid="finding-result">
              {RESULT_WORDS[f.result]}
            </ToneBadge>
            <Text size="sm" fw={700} className="tabular" style={{ whiteSpace: 'nowrap' }}>
              {f.points.toFixed(1)} pts
            </Text>
          </Group>
        </Group>
        <Text size="sm" fw={600}>
          Holding. {holdingOf(name, f)}
        </Text>
        <Spoiler maxHeight={66} showLabel="Read all the reasons" hideLabel="Shorten the reasons" styles={{ control: { fontSize: "var(--mantine-font-size-sm)" } }}>
          <Text size="sm">
            <Text span fw={600}>
              Reasons.{' '}
            </Text>
            {f.reasoning}
          </Text>
        </Spoiler>
        {f.basis.length > 0 && (
          <div>
            <Text size="xs" fw={700} tt="uppercase" c="dimmed">
              Authorities
            </Text>
            <Stack gap={0} component="ul" style={{ margin: 0, paddingLeft: 18 }}>
              {f.basis.map((b, i) => (
                <Text component="li" size="sm" key={i}>
                  {b.authority}, <strong>{b.pinpoint}</strong>
                </Text>
              ))}
            </Stack>
          </div>
        )}
        {items.length > 0 && (
          <div>
            <Text size="xs" fw={700} tt="uppercase" c="dimmed">
              Evidence
            </Text>
            <Stack gap={0} component="ul" style={{ margin: 0, paddingLeft: 18 }}>
              {events.map((e) => (
                <Text component="li" size="sm" key={`e${e.seq}`}>
                  <Anchor
                    href={nav ? nav.hrefFor('timeline', { seq: e.seq }) : `#${timelineAnchor(e.seq)}`}
                    onClick={(ev) => {
                      ev.preventDefault();
                      goTo(e.seq);
                    }}
                    data-testid="evidence-link"
                    underline="always"
                    title="Show this entry in the timeline"
                  >
                    {phases.has(e.seq) ? `Round ${phases.get(e.seq)!.round}: ` : ''}
                    {e.text}
                  </Anchor>
                </Text>
              ))}
              {facts.map((e) => (
                <Text component="li" size="sm" key={e.ref}>
                  <Text span c="dimmed" size="xs">
                    scenario fact:
                  </Text>{' '}
                  {e.text}
                </Text>
              ))}
            </Stack>
          </div>
        )}
        {f.defences.length > 0 && (
          <div>
            <Text size="xs" fw={700} tt="uppercase" c="dimmed">
              Defences
            </Text>
            <Stack gap={4} component="ul" style={{ margin: 0, paddingLeft: 0, listStyle: 'none' }}>
              {f.defences.map((d, i) => (
                <Text component="li" size="sm" key={i} data-testid="defence-ruling">
                  <Text span fw={700} className={d.accepted ? 'mc-tone-good' : 'mc-tone-bad'}>
                    {d.accepted ? '✓ Accepted' : '✗ Rejected'}
                  </Text>{' '}
                  <Text span fw={600}>
                    {DEFENCE_LABELS[d.argument]}
                  </Text>
                  {d.text ? <Text span fs="italic">{` ("${d.text}")`}</Text> : null}: {d.why}
                </Text>
              ))}
            </Stack>
          </div>
        )}
        {f.override && (
          <Alert variant="light" color="violet" p="xs" title="Presiding judge's override" data-testid="override-note">
            <Text size="sm">
              The presiding judge finds that this finding {f.override.holds ? 'holds' : 'does not hold'} (the engine found: {RESULT_WORDS[f.override.engineResult].toLowerCase()}). Reason: {f.override.reason}{' '}
              <Text span c="dimmed" size="xs">
                (#{f.override.seq})
              </Text>
            </Text>
          </Alert>
        )}
        {whatIf && <WhatIfDisclosure state={state} finding={f} {...whatIf} />}
        {override && <OverrideForm state={state} finding={f} {...override} />}
      </Stack>
    </Paper>
  );
}

/** "What would have changed this finding": the changes to the state's own decisions, searched when opened. */
function WhatIfDisclosure({ state, finding, search, ask, own }: { state: string; finding: Finding } & WhatIfProps) {
  const [open, setOpen] = useState(false);
  const panelId = `what-if-${state}-${finding.duty}`;
  const changes = search.status === 'ready' ? (search.search?.findings.find((x) => x.duty === finding.duty)?.changes ?? []) : [];
  return (
    <div data-testid="what-if">
      <Button
        variant="subtle"
        size="compact-sm"
        px={4}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          if (!open) ask();
          setOpen((v) => !v);
        }}
        data-testid="what-if-toggle"
      >
        {open ? '▾' : '▸'} What would have changed this finding
      </Button>
      {open && (
        <Box id={panelId} pl="sm" pt={4} style={{ borderLeft: '2px solid var(--mantine-color-default-border)' }} aria-live="polite">
          {(search.status === 'loading' || search.status === 'idle') && (
            <Group gap="xs">
              <Loader size="xs" />
              <Text size="sm" c="dimmed">
                Judging the record again with each alternative…
              </Text>
            </Group>
          )}
          {search.status === 'error' && (
            <Text size="sm" className="mc-tone-bad">
              {search.reason}
            </Text>
          )}
          {search.status === 'ready' && changes.length === 0 && (
            <Text size="sm" c="dimmed" data-testid="what-if-none">
              No change to {own ? 'your' : 'its'} own decisions on the record, alone or in pairs, would have changed this finding.
            </Text>
          )}
          {changes.length > 0 && (
            <Stack gap={6} component="ul" style={{ margin: 0, paddingLeft: 18 }}>
              {changes.map((c, i) => (
                <Text component="li" size="sm" key={i} data-testid="what-if-change">
                  {c.words}
                  {c.rule && (
                    <Text span size="xs" c="dimmed" display="block">
                      Decided by: {c.rule.label}
                      {c.rule.authorities.length > 0 ? ` (${c.rule.authorities.join('; ')})` : ''}.
                    </Text>
                  )}
                </Text>
              ))}
            </Stack>
          )}
          {search.status === 'ready' && search.search?.note && (
            <Text size="xs" c="dimmed" mt={4}>
              {search.search.note}
            </Text>
          )}
        </Box>
      )}
    </div>
  );
}

function OverrideForm({ state, finding, guard, run, pending }: { state: string; finding: Finding } & NonNullable<FindingsPanelProps['override']>) {
  const [open, setOpen] = useState(false);
  const [holds, setHolds] = useState(finding.result === 'holds' ? 'no' : 'yes');
  const [reason, setReason] = useState('');
  const key = `override:${state}:${finding.duty}`;
  if (!open) {
    return (
      <Group>
        <GuardedButton guard={guard} size="compact-sm" variant="subtle" onClick={() => setOpen(true)} data-testid="override-open">
          Override this finding…
        </GuardedButton>
      </Group>
    );
  }
  const submitGuard = firstRefusal(guard, reason.trim() ? OK : refuse('Give the reason: it goes into the transcript.'));
  return (
    <Paper withBorder p="xs" radius="sm" role="group" aria-label={`Override the finding on ${finding.title}`}>
      <Stack gap={6}>
        <SegmentedControl
          size="xs"
          value={holds}
          onChange={setHolds}
          data={[
            { value: 'yes', label: 'The finding holds' },
            { value: 'no', label: 'It does not hold' },
          ]}
          aria-label="Your ruling"
        />
        <Textarea label="Reason (goes into the transcript)" size="xs" autosize minRows={2} maxLength={4000} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-testid="override-reason" />
        <Group gap="xs">
          <GuardedButton
            guard={submitGuard}
            size="xs"
            loading={pending === key}
            onClick={() =>
              void run({ type: 'judgment.override', state, duty: finding.duty, holds: holds === 'yes', reason: reason.trim() }, key).then((ok) => {
                if (ok) {
                  setOpen(false);
                  setReason('');
                }
              })
            }
            data-testid="override-submit"
          >
            Record the override
          </GuardedButton>
          <Button size="xs" variant="subtle" onClick={() => setOpen(false)}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
