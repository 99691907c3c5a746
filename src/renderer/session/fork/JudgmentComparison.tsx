import { Badge, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useContext, useEffect, useState } from 'react';
import type { ExposureSide, FindingSide } from '../../../core/law';
import type { SessionComparisonResult } from '../../../core/protocol/session-messages';
import { dutyLabel } from '../../../core/session/plain-words';
import { useHostClient } from '../../client/context';
import { SessionShellContext } from '../shell-context';

const HOLDING: Record<FindingSide['result'], string> = { holds: 'breach found', 'does-not-hold': 'no breach', unknown: 'left open' };
const BAND: Record<ExposureSide['band'], string> = { none: 'none', low: 'low', moderate: 'moderate', high: 'high', 'very-high': 'very high' };
const CHANGE_COLOR = { added: 'red', removed: 'green', changed: 'yellow' } as const;

function exposure(side: ExposureSide | null): string {
  return side ? `${side.exposure.toFixed(1)} (${BAND[side.band]})` : 'not judged';
}

function finding(side: FindingSide | null): string {
  return side ? `${HOLDING[side.result]}, ${side.points.toFixed(1)} points` : 'not made';
}

/** What a table shows, said in sentences (the changes a student reads aloud in the debrief). */
function InWords({ sentences, testId }: { sentences: string[]; testId: string }) {
  if (sentences.length === 0) return null;
  return (
    <Stack component="ul" gap={2} mt={6} mb={0} pl="md" data-testid={testId}>
      {sentences.map((s) => (
        <Text component="li" size="sm" key={s}>
          {s}
        </Text>
      ))}
    </Stack>
  );
}

/**
 * In a fork's debrief: its judgment beside the judgment of the session it was played again from
 * (`session.compare`, which answers a seat only once both judgments are public to it). Shows
 * nothing for a session that is not a fork.
 */
export function JudgmentComparisonPanel({ seatId }: { seatId: string }) {
  const shell = useContext(SessionShellContext);
  const client = useHostClient();
  const sessionId = shell?.meta.sessionId ?? null;
  const [result, setResult] = useState<SessionComparisonResult | null>(null);
  useEffect(() => {
    if (!sessionId) return;
    let cancelled = false;
    client.request('session.compare', { sessionId, seatId }).then(
      (r) => !cancelled && setResult(r),
      () => !cancelled && setResult(null),
    );
    return () => {
      cancelled = true;
    };
  }, [client, sessionId, seatId]);
  if (!result) return null;
  const { comparison } = result;
  const moved = comparison.exposures.filter((e) => e.before?.exposure !== e.after?.exposure);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="comparison-heading" data-testid="judgment-comparison">
      <Stack gap="sm">
        <div>
          <Title order={3} size="h4" id="comparison-heading">
            Compared with the game you played before
          </Title>
          <Text size="sm" c="dimmed">
            Before: {result.before}. After: this session, played again from round {result.round}.
          </Text>
        </div>
        <section aria-labelledby="comparison-exposure">
          <Title order={4} size="h6" id="comparison-exposure">
            Exposure before and after
          </Title>
          {moved.length === 0 ? (
            <Text size="sm">Every state's exposure is the same as before.</Text>
          ) : (
            <Table striped withTableBorder fz="sm" data-testid="comparison-exposures">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>State</Table.Th>
                  <Table.Th>Before</Table.Th>
                  <Table.Th>After</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {moved.map((e) => (
                  <Table.Tr key={e.state}>
                    <Table.Td>{e.name}</Table.Td>
                    <Table.Td>{exposure(e.before)}</Table.Td>
                    <Table.Td>{exposure(e.after)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <InWords sentences={moved.map((e) => e.words)} testId="comparison-exposure-words" />
        </section>
        <section aria-labelledby="comparison-findings">
          <Title order={4} size="h6" id="comparison-findings">
            Findings added, removed and changed
          </Title>
          {comparison.findings.length === 0 ? (
            <Text size="sm">Every finding is the same as before.</Text>
          ) : (
            <Table striped withTableBorder fz="sm" data-testid="comparison-findings">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>State</Table.Th>
                  <Table.Th>Duty</Table.Th>
                  <Table.Th>Change</Table.Th>
                  <Table.Th>Before</Table.Th>
                  <Table.Th>After</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {comparison.findings.map((f) => (
                  <Table.Tr key={`${f.state}:${f.duty}`}>
                    <Table.Td>{f.name}</Table.Td>
                    <Table.Td>{dutyLabel(f.duty)}</Table.Td>
                    <Table.Td>
                      {/* The word in full, never cut to "CHAN…" when the columns are narrow. */}
                      <Badge variant="light" color={CHANGE_COLOR[f.change]} styles={{ root: { overflow: 'visible' }, label: { overflow: 'visible' } }}>
                        {f.change}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{finding(f.before)}</Table.Td>
                    <Table.Td>{finding(f.after)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <InWords sentences={comparison.findings.map((f) => f.words)} testId="comparison-finding-words" />
          <Text size="xs" c="dimmed" mt={4}>
            {comparison.unchanged} finding{comparison.unchanged === 1 ? ' is' : 's are'} the same in both.
          </Text>
        </section>
      </Stack>
    </Card>
  );
}
