import { Badge, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import type { SessionEvent, SessionView } from '../../../../core/session';
import type { NamedMeeting } from '../../../../core/scenario/schema';
import { listOf, proseName } from '../../../../core/ai/wording';
import { GuardedButton } from '../../kit/GuardedButton';
import type { Guard } from '../../kit/guard';
import { nameOf } from '../../kit/names';

type Run = (event: SessionEvent, key?: string) => Promise<boolean>;

/**
 * The meetings the scenario states for this round (an Arria-formula meeting, a conference, a
 * summit): who convened them, whom they invite, who attends and who declined. An invitee answers
 * here; a decline is on the record.
 */
export function MeetingCards({ view, me, allowed, run, pending }: { view: SessionView; me: string | null; allowed: (type: SessionEvent['type']) => Guard; run: Run; pending: string | null }) {
  const meetings = view.scenario.meetings.filter((m) => m.round === view.state.round);
  if (meetings.length === 0) return null;
  return (
    <section aria-labelledby="meetings-title" data-testid="stated-meetings">
      <Title order={3} size="h4" id="meetings-title" mb="xs">
        Meetings this round
      </Title>
      <Stack gap="sm">
        {meetings.map((m) => (
          <MeetingCard key={m.id} view={view} meeting={m} me={me} allowed={allowed} run={run} pending={pending} />
        ))}
      </Stack>
    </section>
  );
}

function MeetingCard({ view, meeting, me, allowed, run, pending }: { view: SessionView; meeting: NamedMeeting; me: string | null; allowed: (type: SessionEvent['type']) => Guard; run: Run; pending: string | null }) {
  const [reason, setReason] = useState('');
  const named = (code: string) => proseName(nameOf(view.scenario, code));
  const answers = view.state.meetingAnswers.filter((a) => a.meetingId === meeting.id);
  const attending = answers.filter((a) => a.answer === 'attend').map((a) => named(a.state));
  const declined = answers.filter((a) => a.answer === 'decline');
  const mine = me ? answers.find((a) => a.state === me) : undefined;
  const invited = me !== null && meeting.invitees.includes(me);
  return (
    <Card withBorder padding="sm" data-testid="meeting-card">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Text size="sm" fw={600}>
            {meeting.title}
          </Text>
          {mine && (
            <Badge color={mine.answer === 'attend' ? 'green' : 'red'} variant="light">
              {mine.answer === 'attend' ? 'You attend' : 'You declined'}
            </Badge>
          )}
        </Group>
        <Text size="sm">
          Convened by {meeting.convener} in round {meeting.round}; invited: {listOf(meeting.invitees.map(named))}.
        </Text>
        {meeting.purpose && (
          <Text size="sm" fs="italic">
            {meeting.purpose}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {attending.length > 0 ? `Attending: ${listOf(attending)}. ` : 'No one has said they attend yet. '}
          {declined.length > 0 ? `Declined: ${listOf(declined.map((d) => named(d.state)))}.` : ''}
        </Text>
        {invited && !mine && (
          <Stack gap={4}>
            <Text size="sm" c="dimmed">
              Declining is on the record: the court may read it, as it read Russia’s and China’s absence from the “Friends of Syria” meetings, as evidence of obstruction.
            </Text>
            <Textarea size="xs" label="Reason for declining (optional, on the record)" value={reason} onChange={(e) => setReason(e.currentTarget.value)} maxLength={2000} autosize minRows={1} />
            <Group gap="xs">
              <GuardedButton guard={allowed('meeting.attend')} size="xs" onClick={() => void run({ type: 'meeting.attend', meetingId: meeting.id }, 'meeting.attend')} loading={pending === 'meeting.attend'} data-testid="meeting-attend">
                Attend
              </GuardedButton>
              <GuardedButton
                guard={allowed('meeting.decline')}
                size="xs"
                variant="default"
                onClick={() => void run({ type: 'meeting.decline', meetingId: meeting.id, ...(reason.trim() ? { reason: reason.trim() } : {}) }, 'meeting.decline')}
                loading={pending === 'meeting.decline'}
                data-testid="meeting-decline"
              >
                Decline
              </GuardedButton>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
