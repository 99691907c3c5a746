import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { SessionView } from '../../../core/session';
import { CONDUCT_LABELS } from '../../../core/session/plain-words';
import { articleOfClause, CLAUSE_TITLES } from '../../../core/session/treaty';
import { nameOf, targetName } from '../kit/names';
import { registryEntries } from './logic';

/**
 * The registry of signed agreements (public, like the UN treaty registry under Charter art. 102).
 * An act of a party contrary to one is flagged here: the parties see it at once, everyone else in
 * the debrief (the view hides other states' conduct until then).
 */
export function AgreementRegistry({ view }: { view: SessionView }) {
  const entries = registryEntries(view);
  const name = (code: string) => nameOf(view.scenario, code);
  const conductBySeq = new Map(view.state.conduct.map((c) => [c.seq, c]));
  return (
    <section aria-labelledby="registry-heading" data-testid="registry-section">
      <Title order={3} size="h6" id="registry-heading" mb={6}>
        Registry of agreements
      </Title>
      {entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          No agreement has been signed yet. Signed D2R agreements are registered here and bind their parties (VCLT art. 26).
        </Text>
      ) : (
        <Paper withBorder radius="md">
          <Table striped={false} verticalSpacing={6} data-testid="registry" aria-label="Registry of signed agreements">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Parties</Table.Th>
                <Table.Th>Articles</Table.Th>
                <Table.Th>In force</Table.Th>
                <Table.Th>Compliance</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map(({ agreement: a, inForce }) => (
                <Table.Tr key={a.id} data-testid={`registry-${a.id}`}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {name(a.parties[0])} and {name(a.parties[1])}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={0} component="ol" style={{ margin: 0, paddingLeft: 18 }}>
                      {[...new Set(a.clauses.map((c) => c.kind))].map((k) => (
                        <Text component="li" size="xs" key={k}>
                          {CLAUSE_TITLES[k]}
                        </Text>
                      ))}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" className="tabular">
                      {inForce ? 'In force' : 'Expired'} · from round {a.inForceFromRound}
                      {a.durationRounds ? ` for ${a.durationRounds}` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {a.breaches.length === 0 ? (
                      <Text size="sm">No breach recorded</Text>
                    ) : (
                      <Stack gap={2}>
                        {a.breaches.map((b) => {
                          const act = conductBySeq.get(b.conductSeq);
                          return (
                            <Text size="sm" className="mc-tone-bad" fw={600} key={`${b.conductSeq}-${b.clause.kind}`} data-testid="registry-breach">
                              ⚑ Breach: {name(b.state)}
                              {act ? `, ${CONDUCT_LABELS[act.kind].toLowerCase()}${act.target ? ` to ${targetName(view.scenario, act.target)}` : ''}` : ''}, contrary to art.{' '}
                              {articleOfClause(a, b.clause.kind) ?? '?'} ({CLAUSE_TITLES[b.clause.kind]}), round {b.round}, #{b.conductSeq}
                            </Text>
                          );
                        })}
                      </Stack>
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
