import { Badge, Group, ScrollArea, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import type { Counterpart } from './logic';

export type ChannelId = 'public' | string;

/** The channels column: public statements, then one private channel per counterpart (people first). */
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
  const humans = counterparts.filter((c) => c.kind === 'human');
  const ais = counterparts.filter((c) => c.kind === 'ai');
  const row = (c: Counterpart) => {
    const count = unread[c.state] ?? 0;
    return (
      <li key={c.state}>
        <UnstyledButton
          className="mc-row-button"
          aria-current={selected === c.state ? 'true' : undefined}
          onClick={() => onSelect(c.state)}
          data-testid={`channel-${c.state}`}
          py={4}
        >
          <Group gap={6} wrap="nowrap" justify="space-between">
            <Text size="sm" truncate="end" miw={0}>
              <Text span fw={700} size="sm">
                {c.state}
              </Text>{' '}
              <Text span c="dimmed" size="xs">
                {c.name}
              </Text>
            </Text>
            {count > 0 && (
              <Badge size="xs" color="red.9" variant="filled" style={{ flexShrink: 0 }}>
                {count} new
              </Badge>
            )}
          </Group>
        </UnstyledButton>
      </li>
    );
  };
  const heading = (label: string) => (
    <Text size="xs" fw={700} tt="uppercase" c="dimmed" mt={6} mb={2} px={8}>
      {label}
    </Text>
  );
  return (
    <nav aria-labelledby="channels-heading">
      <Title order={3} size="h6" id="channels-heading" mb={6}>
        Channels
      </Title>
      <UnstyledButton className="mc-row-button" aria-current={selected === 'public' ? 'true' : undefined} onClick={() => onSelect('public')} data-testid="channel-public">
        <Text size="sm" fw={600}>
          Public statements
        </Text>
        <Text size="xs" c="dimmed">
          {publicCount} on the record
        </Text>
      </UnstyledButton>
      <ScrollArea.Autosize mah={420} type="auto" scrollbars="y">
        {humans.length > 0 && (
          <>
            {heading('Delegations (people)')}
            <Stack gap={0} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {humans.map(row)}
            </Stack>
          </>
        )}
        {ais.length > 0 && (
          <>
            {heading('AI delegations')}
            <Stack gap={0} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {ais.map(row)}
            </Stack>
          </>
        )}
      </ScrollArea.Autosize>
      {counterparts.length === 0 && (
        <Text size="xs" c="dimmed" mt="xs">
          No other delegation is seated, so there is no one to talk to privately.
        </Text>
      )}
    </nav>
  );
}
