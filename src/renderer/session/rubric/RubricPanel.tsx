import { Accordion, Alert, Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useContext, useMemo, useState } from 'react';
import type { RubricLine, SeatRubric } from '../../../core/assessment';
import type { LogEntry, SessionEvent, SessionView } from '../../../core/session';
import { describeEntry } from '../format';
import type { Guard } from '../kit/guard';
import { ToneBadge } from '../kit/ToneBadge';
import type { ExposureReport } from '../law';
import { SessionNavContext, timelineAnchor } from '../nav';
import { RubricLineEditor } from './RubricLineEditor';
import { rubricScoreWords, useRubric } from './useRubric';

interface RubricPanelProps {
  view: SessionView;
  report: ExposureReport;
  guard: Guard;
  run: (event: SessionEvent, key?: string) => Promise<boolean>;
  pending: string | null;
}

/**
 * The assessment rubric for the instructor (docs/assessment.md), in the facilitator's debrief:
 * per seated delegation, each line's score with what it rests on and the entries of the record
 * (links to the Timeline), and the facilitator's edit of a line (score and comment). The same
 * rubric the export dialog's "Rubric (CSV)" writes for a grade book. Never shown to a seat.
 */
export function RubricPanel({ view, report, guard, run, pending }: RubricPanelProps) {
  const rubric = useRubric(view, report);
  const entries = useMemo(() => new Map(view.state.log.map((e) => [e.seq, e])), [view.state.log]);
  if (!rubric.ok)
    return (
      <Alert color="red" variant="light" title="The rubric could not be drawn" role="alert">
        {rubric.reason}
      </Alert>
    );
  if (rubric.value.length === 0) return <Text c="dimmed">No delegation had a seat in this session: there is no one to assess.</Text>;
  return (
    <Stack gap="sm" data-testid="rubric">
      <Text size="sm" c="dimmed" maw={760}>
        Each seated delegation graded from the record, line by line, out of 100; the total is the weighted mean of the lines that apply. Edit a line to give your own
        score or a comment: only you see them, here and in the facilitator&apos;s exports (Export the debrief… ▸ Rubric (CSV) for a grade book).
      </Text>
      <Accordion multiple defaultValue={[rubric.value[0]!.state]} variant="separated">
        {rubric.value.map((seat) => (
          <Accordion.Item key={seat.state} value={seat.state} data-testid={`rubric-seat-${seat.state}`}>
            <Accordion.Control>
              <Group justify="space-between" wrap="wrap" gap="xs" pr="sm">
                <Text fw={600} size="sm">
                  {seat.name}{' '}
                  <Text span c="dimmed" size="sm">
                    (played by {seat.playedBy === 'ai' ? 'the AI' : 'students'})
                  </Text>
                </Text>
                <Text size="sm" fw={700} className="tabular" data-testid="rubric-total">
                  {seat.total === null ? 'No line applies' : `Total ${seat.total} / 100`}
                </Text>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="xs">
                {seat.lines.map((line) => (
                  <RubricLineCard key={line.criterion} seat={seat} line={line} entries={entries} view={view} guard={guard} run={run} pending={pending} />
                ))}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Stack>
  );
}

/**
 * An entry as the Timeline names it; a vote that closed a ballot (the last vote cast) also says
 * the ballot's result, since a line about adopted drafts rests on it.
 */
function entryWords(view: SessionView, entry: LogEntry): string {
  const text = describeEntry(view, entry).text;
  if (entry.event.type === 'vote.close') return text;
  const closed = view.state.ballots.find((b) => b.closedSeq === entry.seq);
  const result = closed ? (closed.councilResult ?? closed.assemblyResult) : null;
  if (!result) return text;
  return `${text.replace(/\.$/, '')}; the vote then closed: ${result.adopted ? 'adopted' : 'not adopted'}.`;
}

function RubricLineCard({
  seat,
  line,
  entries,
  view,
  guard,
  run,
  pending,
}: Omit<RubricPanelProps, 'report'> & { seat: SeatRubric; line: RubricLine; entries: ReadonlyMap<number, LogEntry> }) {
  const [editing, setEditing] = useState(false);
  const nav = useContext(SessionNavContext);
  const key = `rubric.edit:${seat.state}:${line.criterion}`;
  const headingId = `rubric-${seat.state}-${line.criterion}`;
  const edited = line.edit !== null;
  const scoreEdited = line.edit?.score !== null && line.edit?.score !== undefined;
  const links = [...new Set(line.seqs)].flatMap((seq) => {
    const entry = entries.get(seq);
    return entry ? [{ seq, text: entryWords(view, entry) }] : [];
  });
  return (
    <Paper withBorder radius="md" p="sm" component="article" aria-labelledby={headingId} data-testid={`rubric-line-${line.criterion}`}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Text fw={600} size="sm" id={headingId}>
            {line.label}{' '}
            <Text span c="dimmed" size="xs" fw={400}>
              (weight {line.weight})
            </Text>
          </Text>
          <Group gap={6} wrap="wrap" ml="auto">
            {edited && (
              <ToneBadge size="sm" color="violet" tt="none" data-testid="rubric-edited">
                edited by the facilitator
              </ToneBadge>
            )}
            <Text size="sm" fw={700} className="tabular" style={{ whiteSpace: 'nowrap' }} data-testid="rubric-score">
              {rubricScoreWords(line.score)}
            </Text>
          </Group>
        </Group>
        {scoreEdited && (
          <Text size="xs" c="dimmed" data-testid="rubric-record-score">
            The record gives {rubricScoreWords(line.recordScore)}.
          </Text>
        )}
        <Stack gap={0} component="ul" style={{ margin: 0, paddingLeft: 18 }}>
          {line.basis.map((b, i) => (
            <Text component="li" size="sm" key={i}>
              {b}
            </Text>
          ))}
        </Stack>
        {links.length > 0 && (
          <div>
            <Text size="xs" fw={700} tt="uppercase" c="dimmed">
              On the record
            </Text>
            <Stack gap={0} component="ul" style={{ margin: 0, paddingLeft: 18 }}>
              {links.map((l) => (
                <Text component="li" size="sm" key={l.seq}>
                  <Anchor
                    href={nav ? nav.hrefFor('timeline', { seq: l.seq }) : `#${timelineAnchor(l.seq)}`}
                    onClick={(ev) => {
                      ev.preventDefault();
                      if (nav) nav.goTo('timeline', { seq: l.seq });
                      else document.getElementById(timelineAnchor(l.seq))?.scrollIntoView({ block: 'center' });
                    }}
                    underline="always"
                    data-testid="rubric-entry-link"
                  >
                    {l.text}
                  </Anchor>
                </Text>
              ))}
            </Stack>
          </div>
        )}
        {line.edit?.comment && (
          <Text size="sm" fs="italic" data-testid="rubric-comment">
            Your comment: {line.edit.comment}
          </Text>
        )}
        {editing ? (
          <RubricLineEditor
            state={seat.state}
            line={line}
            guard={guard}
            pending={pending === key}
            run={(event) => run(event, key)}
            onDone={() => setEditing(false)}
          />
        ) : (
          <Group>
            <Button variant="default" size="compact-sm" onClick={() => setEditing(true)} aria-describedby={headingId} data-testid="rubric-edit">
              {edited ? 'Change your score or comment' : 'Edit the score or add a comment'}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
