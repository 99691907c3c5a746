import { Badge, Group, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import type { Counterpart } from './logic';

export type ChannelId = 'public' | string;

/** The channels column: public statements, then one private channel per counterpart. */
export function ChannelList({
  counterparts,
  selected,
  onSelect,
  unread,
  publicCount,
}: {
  counterparts: Counterpart[];
  selected: ChannelId;
  onSelect: (id: ChannelId) => void;
  unread: Record<string, number>;
  publicCount: number;
}) {
  return (
    <nav aria-labelledby="channels-heading">
      <Title order={3} size="h6" id="channels-heading" mb={6}>
        Channels
      </Title>
      <Stack gap={2} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        <li>
          <UnstyledButton
            className="mc-row-button"
            aria-current={selected === 'public' ? 'true' : undefined}
            onClick={() => onSelect('public')}
            data-testid="channel-public"
          >
            <Text size="sm" fw={600}>
              Public statements
            </Text>
            <Text size="xs" c="dimmed">
              {publicCount} {publicCount === 1 ? 'statement' : 'statements'} · on the record
            </Text>
          </UnstyledButton>
        </li>
        {counterparts.map((c) => {
          const count = unread[c.state] ?? 0;
          return (
            <li key={c.state}>
              <UnstyledButton
                className="mc-row-button"
                aria-current={selected === c.state ? 'true' : undefined}
                onClick={() => onSelect(c.state)}
                data-testid={`channel-${c.state}`}
                aria-label={`${c.name} (${c.state}), ${c.kind === 'ai' ? 'AI delegation' : 'human delegation'}${count ? `, ${count} unread` : ''}`}
              >
                <Group gap={6} wrap="nowrap" justify="space-between">
                  <Text size="sm" fw={600} truncate="end">
                    {c.state}
                  </Text>
                  {count > 0 && (
                    <Badge size="xs" color="red" variant="filled" aria-hidden="true">
                      {count} new
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed" truncate="end">
                  {c.name} · {c.kind === 'ai' ? 'AI' : 'human'}
                </Text>
              </UnstyledButton>
            </li>
          );
        })}
      </Stack>
      {counterparts.length === 0 && (
        <Text size="xs" c="dimmed" mt="xs">
          No other delegation is seated, so there is no one to talk to privately.
        </Text>
      )}
    </nav>
  );
}
