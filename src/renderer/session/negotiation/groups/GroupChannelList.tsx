import { Badge, Group, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { groupChannelId, unreadInGroup, type GroupRow } from './logic';

/** The group channels in the channels column: standing groups and contact groups, each with its unread count. */
export function GroupChannelList({ rows, me, selected, onSelect, seen }: { rows: GroupRow[]; me: string | null; selected: string; onSelect: (channel: string) => void; seen: Record<string, number> }) {
  if (rows.length === 0) return null;
  return (
    <>
      <Text size="xs" fw={700} tt="uppercase" c="dimmed" mt={6} mb={2} px={8}>
        Groups
      </Text>
      <Stack gap={0} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="group-channels">
        {rows.map((row) => {
          const channel = groupChannelId(row.id);
          const count = selected === channel || !row.member ? 0 : unreadInGroup(row, me, seen[channel] ?? 0);
          return (
            <li key={row.id}>
              <UnstyledButton className="mc-row-button" aria-current={selected === channel ? 'true' : undefined} onClick={() => onSelect(channel)} data-testid={`channel-group-${row.id}`} py={4}>
                <Group gap={6} wrap="nowrap" justify="space-between">
                  <Text size="sm" miw={0} style={{ overflowWrap: 'anywhere' }}>
                    {row.title}
                    <Text span c="dimmed" size="xs">
                      {' '}
                      {row.kind === 'contact' ? 'contact group' : row.kind === 'permanent-five' ? 'P5' : 'regional group'}
                    </Text>
                  </Text>
                  {row.invited && (
                    <Badge size="xs" color="yellow.9" variant="filled" style={{ flexShrink: 0 }}>
                      Invitation
                    </Badge>
                  )}
                  {row.declined && (
                    <Badge size="xs" color="gray" variant="light" style={{ flexShrink: 0 }}>
                      Declined
                    </Badge>
                  )}
                  {count > 0 && (
                    <Badge size="xs" color="red.9" variant="filled" style={{ flexShrink: 0 }} data-testid="unread-badge">
                      <span aria-hidden="true">{count} new</span>
                      <VisuallyHidden>
                        {count} unread {count === 1 ? 'message' : 'messages'}
                      </VisuallyHidden>
                    </Badge>
                  )}
                </Group>
              </UnstyledButton>
            </li>
          );
        })}
      </Stack>
    </>
  );
}
