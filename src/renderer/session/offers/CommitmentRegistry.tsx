import { Badge, Paper, Table, Text, Title } from '@mantine/core';
import { commitmentRegistry, type CommitmentStatus, type SessionView } from '../../../core/session';
import { termInWords } from '../../../core/session/offer-terms';
import { proseName } from '../../../core/ai/wording';
import { capitalised, nameOf, scenarioOf } from '../format';

/**
 * The registry of political commitments, beside the D2R agreements: every term of an accepted
 * offer the viewer may see (its own until the debrief, all of them then), with what the record
 * shows of it. Political, not binding law: no finding of the court rests on them.
 */

export const COMMITMENT_STATUS_WORDS: Record<CommitmentStatus, string> = { pending: 'Pending', kept: 'Kept', broken: 'Broken', lapsed: 'Lapsed' };
const STATUS_COLOUR: Record<CommitmentStatus, string> = { pending: 'gray', kept: 'green', broken: 'red', lapsed: 'yellow' };

export function CommitmentRegistry({ view }: { view: SessionView }) {
  const records = commitmentRegistry(view.state);
  const named = (code: string) => capitalised(proseName(nameOf(view, code)));
  return (
    <section aria-labelledby="commitments-heading" data-testid="commitments-section">
      <Title order={3} size="h6" id="commitments-heading" mb={2}>
        Political commitments
      </Title>
      <Text size="xs" c="dimmed" mb={6}>
        Political commitments, not binding law: promises made in accepted offers. The record marks each kept or broken against later votes and conduct.
      </Text>
      {records.length === 0 ? (
        <Text size="sm" c="dimmed">
          No offer has been accepted yet.
        </Text>
      ) : (
        <Paper withBorder radius="md">
          <Table verticalSpacing={6} data-testid="commitments" aria-label="Political commitments">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Who promised whom</Table.Th>
                <Table.Th>The promise</Table.Th>
                <Table.Th>Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {records.map((c, i) => (
                <Table.Tr key={`${c.offerId}-${i}`} data-testid="commitment" data-status={c.status}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {named(c.by)} to {named(c.to)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      round {c.round}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">To {termInWords(scenarioOf(view), view.state, c.term)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge size="sm" color={STATUS_COLOUR[c.status]} data-testid="commitment-status">
                      {COMMITMENT_STATUS_WORDS[c.status]}
                    </Badge>
                    {c.shows && (
                      <Text size="xs" c="dimmed">
                        {capitalised(c.shows)}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </section>
  );
}
