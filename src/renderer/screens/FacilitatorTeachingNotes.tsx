import { Badge, Card, List, Stack, Table, Text, Title } from '@mantine/core';
import { dutyLabel } from '../../core/session/plain-words';
import { useHostRequest } from '../client/context';

/**
 * The scenario's teaching notes and expected findings, for the facilitator on the scenario
 * overview. The host answers `scenario.teachingNotes` to the facilitator only: a delegation's seat
 * or the projector is refused, and then nothing is shown.
 */
export function FacilitatorTeachingNotes({ scenarioId }: { scenarioId: string }) {
  const state = useHostRequest('scenario.teachingNotes', { id: scenarioId }, `teaching-notes:${scenarioId}`);
  if (state.status !== 'ready') return null;
  const { notes, names } = state.data;
  const name = (code: string) => names[code] ?? code;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="facilitator-notes-heading" data-testid="facilitator-teaching-notes">
      <Stack gap="sm">
        <div>
          <Title order={3} size="h4" id="facilitator-notes-heading">
            For the facilitator: teaching notes
          </Title>
          <Text size="sm" c="dimmed">
            Only you see these here; delegations see the teaching notes in the debrief, and never the expected findings.
          </Text>
        </div>
        <section aria-labelledby="facilitator-objectives">
          <Title order={4} size="h6" id="facilitator-objectives">
            What this scenario teaches
          </Title>
          <List size="sm" spacing={2}>
            {notes.objectives.map((o, i) => (
              <List.Item key={i}>{o}</List.Item>
            ))}
          </List>
        </section>
        {notes.discussionQuestions.length > 0 && (
          <section aria-labelledby="facilitator-questions">
            <Title order={4} size="h6" id="facilitator-questions">
              Questions for discussion
            </Title>
            <List size="sm" type="ordered" spacing={2}>
              {notes.discussionQuestions.map((q, i) => (
                <List.Item key={i}>{q}</List.Item>
              ))}
            </List>
          </section>
        )}
        {notes.expectedFindings.length > 0 && (
          <section aria-labelledby="facilitator-expected">
            <Title order={4} size="h6" id="facilitator-expected">
              Expected findings
            </Title>
            <Table striped withTableBorder fz="sm" data-testid="expected-findings">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>State</Table.Th>
                  <Table.Th>Duty</Table.Th>
                  <Table.Th>Expected</Table.Th>
                  <Table.Th>Note</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {notes.expectedFindings.map((f, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{name(f.state)}</Table.Td>
                    <Table.Td>{dutyLabel(f.duty)}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={f.holds ? 'red' : 'gray'}>
                        {f.holds ? 'breach found' : 'no breach'}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{f.note ?? ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </section>
        )}
        {notes.expectedOrdering.length > 0 && (
          <Text size="sm">
            Expected order of exposure, most exposed first: {notes.expectedOrdering.map(name).join(', ')}.
          </Text>
        )}
        {notes.simplifications && (
          <Text size="sm" c="dimmed">
            Simplifications: {notes.simplifications}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
