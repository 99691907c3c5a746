import { NativeSelect, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import countries110m from 'world-atlas/countries-110m.json';
import { assemblyMapData, VOTE_STYLE, worldFeatures, type WorldTopology } from '../../../core/transcript/charts';
import type { Transcript } from '../../../core/transcript/transcript-schema';
import { ChartCard, ScrollRegion } from './ChartCard';
import { assemblyBallotLabel, assemblyBallots } from './chart-data';
import { VoteLegend } from './VoteMatrixChart';
import './charts.css';

const world = () => worldFeatures(countries110m as unknown as WorldTopology);

/**
 * The Assembly's vote on the world map, one vote at a time (picked from a list): the export's map
 * geometry and colours, each country large enough lettered with its vote; the table lists every
 * Member State's vote in words, alphabetically.
 */
export function AssemblyMapChart({ transcript }: { transcript: Transcript }) {
  const ballots = useMemo(() => assemblyBallots(transcript), [transcript]);
  const [chosen, setChosen] = useState<string | null>(null);
  const ballot = ballots.find((b) => b.id === chosen) ?? ballots[0] ?? null;
  const seated = useMemo(() => transcript.states.filter((s) => s.seat !== null).map((s) => s.code), [transcript]);
  const features = useMemo(world, []);
  const data = useMemo(() => (ballot ? assemblyMapData(ballot, features, { seated }) : null), [ballot, features, seated]);
  if (!ballot || !data) {
    return (
      <ChartCard
        title="The Assembly's votes on the world map"
        description="Each General Assembly vote on the map, in the colours of the hall's board."
        chart={<Text size="sm" c="dimmed">The General Assembly held no vote in this session.</Text>}
        table={<Text size="sm" c="dimmed">The General Assembly held no vote in this session.</Text>}
        testId="chart-assembly-map"
      />
    );
  }
  const tally = ballot.tally;
  const summary = tally
    ? `${assemblyBallotLabel(ballot, transcript)}: ${tally.inFavour} in favour, ${tally.against} against, ${tally.abstentions} abstaining, ${tally.absent} absent; ${tally.required} of ${tally.presentAndVoting} needed.`
    : assemblyBallotLabel(ballot, transcript);
  const picker =
    ballots.length > 1 ? (
      <NativeSelect
        size="xs"
        aria-label="The Assembly vote to show"
        data={ballots.map((b) => ({ value: b.id, label: assemblyBallotLabel(b, transcript) }))}
        value={ballot.id}
        onChange={(e) => setChosen(e.currentTarget.value)}
        data-testid="assembly-map-ballot"
        maw={360}
      />
    ) : null;
  const chart = (
    <div>
      <svg viewBox={`0 0 ${features.width} ${features.height}`} className="mc-assembly-map" role="img" aria-label={summary} data-testid="assembly-map">
        <path d={features.outline} className="mc-map-sphere" />
        {data.countries.map((c) => {
          const shape = features.countries[c.index]!;
          return (
            <path
              key={c.index}
              d={shape.d}
              className="mc-map-country"
              data-vote={c.vote ?? 'none'}
              data-seated={c.seated || undefined}
              style={c.vote ? { fill: VOTE_STYLE[c.vote]!.fill } : undefined}
            >
              <title>{c.description}</title>
            </path>
          );
        })}
        <g fontSize={9.5} fontWeight={700} textAnchor="middle" aria-hidden="true">
          {data.countries.map((c) => {
            const label = features.countries[c.index]!.label;
            if (!c.letter || !c.vote || !label) return null;
            return (
              <text key={c.index} x={label[0]} y={label[1] + 3.5} fill={VOTE_STYLE[c.vote]!.ink}>
                {c.letter}
              </text>
            );
          })}
        </g>
      </svg>
      <VoteLegend counts={data.counts} />
      {tally && (
        <Text size="sm" fw={600} className="tabular" mt={4}>
          {tally.required} of {tally.presentAndVoting} needed: {ballot.adopted ? 'adopted' : 'not adopted'}
        </Text>
      )}
      {data.notDrawn.length > 0 && (
        <Text size="xs" c="dimmed" mt={4}>
          Not drawn at this scale: {data.notDrawn.map((v) => `${v.name} (${v.letter})`).join(', ')}.
        </Text>
      )}
    </div>
  );
  const sorted = [...ballot.votes].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const table = (
    <ScrollRegion label="Votes of the Member States" tall>
      <Table striped withTableBorder fz="sm" data-testid="assembly-map-table">
        <Table.Caption>{summary}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Member State</Table.Th>
            <Table.Th scope="col">Vote</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((v) => (
            <Table.Tr key={v.state}>
              <Table.Th scope="row" fw={400}>
                {v.name}
                {v.defaulted ? '' : ' (seated delegation)'}
              </Table.Th>
              <Table.Td>{VOTE_STYLE[v.vote]!.word}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
  return (
    <ChartCard
      title="The Assembly's votes on the world map"
      description="Green yes, red no, yellow abstain, grey absent, each lettered; seated delegations are outlined."
      chart={chart}
      table={table}
      controls={picker}
      testId="chart-assembly-map"
    />
  );
}
