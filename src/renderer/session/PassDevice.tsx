import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { SessionMeta } from '../../core/protocol';
import { seatLabel } from './format';

/**
 * Hot-seat handover: the previous seat's screen is already gone (its view was dropped before
 * this renders); the next delegate confirms they are the one looking before theirs appears.
 */
export function PassDevice({
  meta,
  from,
  to,
  onReady,
  onCancel,
}: {
  meta: SessionMeta;
  from: string | null;
  to: string;
  onReady: () => void;
  onCancel: () => void;
}) {
  const next = seatLabel(meta, to);
  const previous = from ? seatLabel(meta, from) : null;
  return (
    <Card withBorder padding="xl" maw={560} mx="auto" mt="xl" data-testid="pass-device">
      <Stack gap="md" align="center" ta="center">
        <Text size="3rem" aria-hidden="true" lh={1}>
          ⇄
        </Text>
        <Title order={2}>Pass the device to {next}</Title>
        <Text c="dimmed">
          {previous ? `${previous}'s screen is hidden. ` : ''}
          {to === 'facilitator'
            ? 'The facilitator sees every delegation\'s confidential material: make sure no delegate is looking.'
            : `Only ${next}'s delegate should look at the screen from here: it shows their confidential brief and channels.`}
        </Text>
        <Group>
          <Button size="md" onClick={onReady} autoFocus data-testid="pass-device-ready">
            I am {meta.seats.find((s) => s.id === to)?.name ?? next}: show my screen
          </Button>
          {previous && (
            <Button size="md" variant="default" onClick={onCancel}>
              Back to {previous}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
