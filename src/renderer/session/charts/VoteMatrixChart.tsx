import { Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { VOTE_STYLE, voteMatrixData } from '../../../core/transcript/charts';
import type { Transcript } from '../../../core/transcript/transcript-schema';
import { ChartCard, ScrollRegion } from './ChartCard';
import './charts.css';

/**
 * The vote matrix of the export in the app: Council members (then seated states that voted in the
 * Assembly) by ballots, each cell the vote's letter on its colour, a veto framed and marked N·V;
 * its table writes every vote out in words.
 */
export function VoteMatrixChart({ transcript }: { transcript: Transcript }) {
  const data = useMemo(() => voteMatrixData(transcript), [transcript]);
  const summary = `Votes of ${data.rows.length} members on ${data.columns.length} ${data.columns.length === 1 ? 'ballot' : 'ballots'}; letters Y (yes), N (no), A (abstain), – (absent); N·V marks a veto.`;
  const chart =
    data.columns.length === 0 ? (
      <Text size="sm" c="dimmed">
        No vote was taken in this session.
      </Text>
    ) : (
      <ScrollRegion label="Vote matrix">
        <div role="img" aria-label={summary} className="mc-matrix" style={{ gridTemplateColumns: `minmax(150px, 200px) repeat(${data.columns.length}, 62px)` }} data-testid="vote-matrix">
          <span />
          {data.columns.map((c) => (
            <span key={c.ballot.id} className="mc-matrix-head" title={`${c.draftTitle ? `“${c.draftTitle}”: ` : ''}${c.ballot.announcement ?? 'open'}`}>
              {c.label.replace(' · ', '\n')}
            </span>
          ))}
          {data.rows.map((row, i) => (
            <MatrixRow key={row.code} row={row} divider={i === data.councilRows && data.rows.length > data.councilRows} />
          ))}
        </div>
        <VoteLegend />
      </ScrollRegion>
    );
  const table = (
    <ScrollRegion label="Vote matrix as a table">
      <Table striped withTableBorder withColumnBorders fz="sm" data-testid="vote-matrix-table">
        <Table.Caption>{summary}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Member</Table.Th>
            {data.columns.map((c) => (
              <Table.Th scope="col" key={c.ballot.id}>
                {c.label}
                {c.draftTitle ? `: “${c.draftTitle}”` : ''}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.rows.map((row) => (
            <Table.Tr key={row.code}>
              <Table.Th scope="row">
                {row.name}
                {row.permanent ? ' (permanent member)' : ''}
              </Table.Th>
              {row.cells.map((cell, j) => (
                <Table.Td key={j}>{cell ? cell.word : 'no vote'}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
  return (
    <ChartCard
      title="Vote matrix"
      description={`Every vote of the session, member by member.${data.omitted > 0 ? ` ${data.omitted} more seated states are left out; their votes are in the export's vote tables.` : ''}`}
      chart={chart}
      table={table}
      testId="chart-vote-matrix"
    />
  );
}

function MatrixRow({ row, divider }: { row: ReturnType<typeof voteMatrixData>['rows'][number]; divider: boolean }) {
  return (
    <>
      <span className={`mc-matrix-label${divider ? ' mc-matrix-divider' : ''}`} data-permanent={row.permanent || undefined}>
        {row.name}
        {row.permanent ? ' (P5)' : ''}
      </span>
      {row.cells.map((cell, j) => (
        <span key={j} className={`mc-matrix-cell${divider ? ' mc-matrix-divider' : ''}`}>
          {cell ? (
            <span className="mc-vote-chip" data-veto={cell.veto || undefined} style={{ background: VOTE_STYLE[cell.vote]!.fill, color: VOTE_STYLE[cell.vote]!.ink }} title={`${row.name}: ${cell.word}`}>
              {cell.letter}
            </span>
          ) : (
            <span className="mc-matrix-none">·</span>
          )}
        </span>
      ))}
    </>
  );
}

/** The vote colours with their letters and words (colour is never the only signal). */
export function VoteLegend({ counts }: { counts?: Record<string, number> }) {
  return (
    <div className="mc-chart-legend" aria-hidden="true">
      {(['yes', 'no', 'abstain', 'absent'] as const).map((key) => (
        <span key={key}>
          <span className="mc-vote-chip" style={{ background: VOTE_STYLE[key]!.fill, color: VOTE_STYLE[key]!.ink }}>
            {VOTE_STYLE[key]!.letter}
          </span>
          {VOTE_STYLE[key]!.word}
          {counts ? ` (${counts[key] ?? 0})` : ''}
        </span>
      ))}
      {!counts && (
        <>
          <span>
            <span className="mc-vote-chip" data-veto style={{ background: VOTE_STYLE.no!.fill, color: VOTE_STYLE.no!.ink }}>
              N·V
            </span>
            Veto
          </span>
          <span>· no vote on that ballot</span>
        </>
      )}
    </div>
  );
}
