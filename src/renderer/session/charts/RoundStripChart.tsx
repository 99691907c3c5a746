import { Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { MARKER_STYLE, PHASE_COLOURS } from '../../../core/transcript/charts';
import type { Transcript } from '../../../core/transcript/transcript-schema';
import { PHASE_TITLES } from '../../../core/session/phases';
import { ChartCard, ScrollRegion } from './ChartCard';
import { markerInk, roundStripRows } from './chart-data';
import './charts.css';

/**
 * The round strip of the export in the app: a column per round with how apparent the atrocities
 * were (the word written in its band), the phases held (bar widths by entries) and what happened,
 * each event a letter in a circle; its table says it all in words.
 */
export function RoundStripChart({ transcript }: { transcript: Transcript }) {
  const rows = useMemo(() => roundStripRows(transcript.rounds), [transcript]);
  const summary = `${rows.length} ${rows.length === 1 ? 'round' : 'rounds'}: the evidence level, the phases held and the events of each round.`;
  const chart = (
    <div role="img" aria-label={summary}>
      <div className="mc-strip" style={{ gridTemplateColumns: `repeat(${Math.max(1, rows.length)}, minmax(0, 1fr))` }} data-testid="round-strip">
        {transcript.rounds.map((r, i) => {
          const row = rows[i]!;
          const total = r.phases.reduce((sum, p) => sum + p.entries, 0) || 1;
          return (
            <div key={r.round} className="mc-strip-round">
              <Text size="sm" fw={600} ta="center">
                Round {r.round}
              </Text>
              <div className="mc-strip-evidence" data-level={r.evidenceLevel} style={{ background: row.evidenceColour }} title={`Evidence: ${row.evidence}`}>
                {row.evidence}
              </div>
              <div className="mc-strip-phases">
                {r.phases.map((p, k) => (
                  <span key={k} style={{ flexGrow: p.entries / total, background: PHASE_COLOURS[p.phase] ?? '#999' }} title={`${p.title}: ${p.entries} entries`} />
                ))}
              </div>
              <div className="mc-strip-markers">
                {row.events.map((m, k) => (
                  <span key={k} className="mc-strip-marker" style={{ background: m.colour, color: m.ink }} title={m.label}>
                    {m.letter}
                  </span>
                ))}
              </div>
            </div>
          );
        })}
      </div>
      <div className="mc-chart-legend" aria-hidden="true">
        {Object.entries(PHASE_COLOURS).map(([phase, colour]) => (
          <span key={phase}>
            <span className="mc-legend-swatch" style={{ background: colour }} />
            {(PHASE_TITLES as Record<string, string>)[phase] ?? phase}
          </span>
        ))}
      </div>
      <div className="mc-chart-legend" aria-hidden="true">
        {Object.values(MARKER_STYLE).map((m) => (
          <span key={m.word}>
            <span className="mc-strip-marker" style={{ background: m.fill, color: markerInk(m.fill) }}>
              {m.letter}
            </span>
            {m.word}
          </span>
        ))}
      </div>
    </div>
  );
  const table = (
    <ScrollRegion label="The rounds as a table">
      <Table striped withTableBorder withColumnBorders fz="sm" data-testid="round-strip-table">
        <Table.Caption>{summary}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Round</Table.Th>
            <Table.Th scope="col">Evidence</Table.Th>
            <Table.Th scope="col">Phases held</Table.Th>
            <Table.Th scope="col">What happened</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.round}>
              <Table.Th scope="row">Round {row.round}</Table.Th>
              <Table.Td>{row.evidence}</Table.Td>
              <Table.Td>{row.phases || 'none'}</Table.Td>
              <Table.Td>{row.events.length === 0 ? 'nothing marked' : row.events.map((e) => `${e.label} (${e.kind})`).join('; ')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
  return <ChartCard title="The rounds at a glance" description="How apparent the atrocities were, the phases held and what happened, round by round." chart={chart} table={table} testId="chart-round-strip" />;
}
