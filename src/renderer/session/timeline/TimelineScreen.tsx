import { Checkbox, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { PHASE_TITLES } from '../../../core/session';
import type { PhaseName } from '../../../core/scenario/schema';
import { useRoute } from '../../app/router';
import { nameOf } from '../format';
import { timelineAnchor } from '../nav';
import type { SessionScreenProps } from '../types';
import { timelineRows } from './rows';
import { TimelineItem } from './TimelineItem';

/**
 * The public record as it grows (and this seat's private items, marked), filterable by phase and
 * state. Each entry is anchored as #timeline-<seq>: the Judgment screen links evidence here.
 */
export function TimelineScreen({ view }: SessionScreenProps) {
  const route = useRoute();
  const target = route.name === 'session' ? route.seq : undefined;
  const rows = useMemo(() => timelineRows(view), [view]);
  const [phase, setPhase] = useState<string | null>(null);
  const [state, setState] = useState<string | null>(null);
  const [privateOnly, setPrivateOnly] = useState(false);
  const [votes, setVotes] = useState(false);

  const phases = useMemo(() => [...new Set(rows.map((r) => r.phase))], [rows]);
  const states = useMemo(() => [...new Set(rows.map((r) => r.state).filter((s): s is string => s !== null))].sort(), [rows]);
  const shown = rows.filter(
    (r) =>
      (phase === null || r.phase === phase) &&
      (state === null || r.state === state) &&
      (!privateOnly || r.confidential) &&
      (votes || state !== null || r.eventType !== 'vote.cast' || r.seq === target),
  );
  const rounds = [...new Set(shown.map((r) => r.round))];

  // A link to #timeline-<seq> (from the judgment's evidence) scrolls to the entry and focuses it.
  useEffect(() => {
    if (target === undefined) return;
    const el = document.getElementById(timelineAnchor(target));
    if (el) {
      el.scrollIntoView({ block: 'center' });
      el.focus({ preventScroll: true });
    }
  }, [target]);

  const own = view.viewer.kind === 'seat' ? view.viewer.state : null;
  return (
    <Stack gap="md">
      <div>
        <Title order={2}>Timeline</Title>
        <Text size="sm" c="dimmed">
          The record of the session as {own ? nameOf(view, own) : view.viewer.kind === 'facilitator' ? 'the facilitator' : 'the public'} may see it.
          {own ? ' Items marked Private are visible only to your delegation (and the facilitator).' : ''}
        </Text>
      </div>
      <Group gap="md" align="flex-end">
        <Select
          label="Phase"
          placeholder="All phases"
          clearable
          data={phases.map((p) => ({ value: p, label: PHASE_TITLES[p as PhaseName] }))}
          value={phase}
          onChange={setPhase}
          w={220}
          data-testid="timeline-phase-filter"
        />
        <Select
          label="State"
          placeholder="All states"
          clearable
          searchable
          data={states.map((s) => ({ value: s, label: `${nameOf(view, s)} (${s})` }))}
          value={state}
          onChange={setState}
          w={260}
          data-testid="timeline-state-filter"
        />
        <Checkbox label="Each single vote" checked={votes} onChange={(e) => setVotes(e.currentTarget.checked)} mb={8} />
        <Checkbox label="Only private items" checked={privateOnly} onChange={(e) => setPrivateOnly(e.currentTarget.checked)} mb={8} />
        <Text size="sm" c="dimmed" mb={8} className="tabular">
          {shown.length} of {rows.length} entries
        </Text>
      </Group>
      {shown.length === 0 && <Text c="dimmed">Nothing matches these filters yet.</Text>}
      {rounds.map((round) => (
        <section key={round} aria-labelledby={`timeline-round-${round}`}>
          <Title order={3} size="h5" id={`timeline-round-${round}`} mb={4}>
            {round === 0 ? 'Before the rounds' : `Round ${round}`}
          </Title>
          <Stack gap={0} component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="timeline-list">
            {shown
              .filter((r) => r.round === round)
              .map((row) => (
                <TimelineItem key={row.key} row={row} highlighted={row.anchor && row.seq === target} />
              ))}
          </Stack>
        </section>
      ))}
    </Stack>
  );
}
