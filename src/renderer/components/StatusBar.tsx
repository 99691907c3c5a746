import { Group, Text } from '@mantine/core';
import { useConnectionStatus, useHostClient } from '../client/context';

const STATUS_TEXT = {
  connecting: 'connecting…',
  connected: 'connected',
  disconnected: 'disconnected, retrying…',
} as const;

/** The dot's colour repeats the word; colour is never the only signal. */
const STATUS_COLOUR = {
  connecting: 'yellow.6',
  connected: 'teal.6',
  disconnected: 'red.6',
} as const;

/** The frame's bottom line: connection, evidence level and seed (the latter once a session runs). */
export function StatusBar() {
  const client = useHostClient();
  const status = useConnectionStatus();
  return (
    <Group h="100%" px="md" gap="lg" wrap="nowrap" className="tabular">
      <Text
        size="xs"
        data-testid="connection-status"
        data-status={status}
        role="status"
        aria-live="polite"
      >
        status:{' '}
        <Text span size="xs" c={STATUS_COLOUR[status]} aria-hidden="true">
          ●
        </Text>{' '}
        <Text span size="xs" fw={600}>
          {STATUS_TEXT[status]}
        </Text>{' '}
        ({client.transport === 'ipc' ? 'desktop' : 'browser'})
      </Text>
      <Text size="xs" c="dimmed">
        evidence level: —
      </Text>
      <Text size="xs" c="dimmed">
        seed —
      </Text>
    </Group>
  );
}
