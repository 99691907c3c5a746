import { Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import type { GroupChannel, SessionEvent, SessionView } from '../../../../core/session';
import { GuardedButton } from '../../kit/GuardedButton';
import type { Guard } from '../../kit/guard';
import { nameOf } from '../../kit/names';

/** An invitation to a contact group: join it, or decline (on the record) with an optional reason. */
export function Invitation({ view, group, joinGuard, declineGuard, run, pending }: { view: SessionView; group: GroupChannel; joinGuard: Guard; declineGuard: Guard; run: (event: SessionEvent, key?: string) => Promise<boolean>; pending: string | null }) {
  const [reason, setReason] = useState('');
  const convenor = group.convenor ? nameOf(view.scenario, group.convenor) : 'A delegation';
  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-labelledby="invitation-heading" data-testid="group-invitation">
      <Stack gap="xs">
        <Title order={3} size="h6" id="invitation-heading">
          Invitation: {group.title}
        </Title>
        <Text size="sm">
          {convenor} convened this contact group and invited {group.invitees.map((code) => nameOf(view.scenario, code)).join(', ')}. Its members read and write in it; you read nothing in it until you join.
        </Text>
        <Text size="sm" c="dimmed">
          Declining is on the record: the court may read it, as it read Russia’s and China’s absence from the “Friends of Syria” meetings, as evidence of obstruction.
        </Text>
        <Textarea size="xs" label="Reason for declining (optional, on the record)" value={reason} onChange={(e) => setReason(e.currentTarget.value)} maxLength={2000} autosize minRows={1} />
        <Group>
          <GuardedButton guard={joinGuard} size="xs" onClick={() => void run({ type: 'group.join', groupId: group.id }, 'group.join')} loading={pending === 'group.join'} data-testid="group-join">
            Join
          </GuardedButton>
          <GuardedButton guard={declineGuard} size="xs" variant="default" onClick={() => void run({ type: 'group.decline', groupId: group.id, ...(reason.trim() ? { reason: reason.trim() } : {}) }, 'group.decline')} loading={pending === 'group.decline'} data-testid="group-decline">
            Decline
          </GuardedButton>
        </Group>
      </Stack>
    </Paper>
  );
}
