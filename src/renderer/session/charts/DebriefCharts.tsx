import { SimpleGrid, Stack, Table } from '@mantine/core';
import { useMemo } from 'react';
import type { SessionView } from '../../../core/session';
import { BAND_WORDS, type ExposureReport } from '../law';
import { ExposureChart } from '../judgment/ExposureChart';
import { AssemblyMapChart } from './AssemblyMapChart';
import { ChartCard } from './ChartCard';
import { debriefTranscript } from './chart-data';
import { RoundStripChart } from './RoundStripChart';
import { VoteMatrixChart } from './VoteMatrixChart';

/**
 * The export's charts in the debrief (UX "Judgment and debrief"): exposure bars, the vote matrix,
 * the Assembly's votes on the world map and the rounds at a glance, each with a table behind it.
 * Built from the viewer's own view, as its export would be.
 */
export function DebriefCharts({ view, report }: { view: SessionView; report: ExposureReport }) {
  const transcript = useMemo(() => debriefTranscript(view), [view]);
  return (
    <Stack gap="md" data-testid="debrief-charts">
      <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="md">
        <ExposureCard report={report} />
        <RoundStripChart transcript={transcript} />
      </SimpleGrid>
      <VoteMatrixChart transcript={transcript} />
      <AssemblyMapChart transcript={transcript} />
    </Stack>
  );
}

function ExposureCard({ report }: { report: ExposureReport }) {
  const states = report.states;
  const table = (
    <Table striped withTableBorder fz="sm" data-testid="exposure-table">
      <Table.Caption>Legal exposure of {states.length} states on a scale of 0 to 100, most exposed first.</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">State</Table.Th>
          <Table.Th scope="col">Exposure</Table.Th>
          <Table.Th scope="col">Band</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {states.map((s) => (
          <Table.Tr key={s.state}>
            <Table.Th scope="row" fw={400}>
              {s.name}
            </Table.Th>
            <Table.Td className="tabular">{s.exposure.toFixed(1)}</Table.Td>
            <Table.Td>{BAND_WORDS[s.band]}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return (
    <ChartCard
      title="Exposure by state"
      description="Each state's legal exposure (0 to 100), most exposed first; the band is written after each number."
      chart={<ExposureChart states={states} selected={null} />}
      table={table}
      testId="chart-exposure"
    />
  );
}
