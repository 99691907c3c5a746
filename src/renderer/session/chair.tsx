import { Alert, Button, Group, Text } from '@mantine/core';
import { createContext, useContext } from 'react';
import type { SessionView } from '../../core/session';
import { proseName } from '../../core/ai/wording';
import { nameOf } from './format';
export { chairProps } from './chair-props';

/**
 * The facilitator in a delegation's chair: the facilitator's window shows that delegation's own
 * screens, with its guards, and every move made there is sent by the facilitator's seat acting
 * for it (`actingFor`), so the record says who entered it. Only a window showing the
 * facilitator's view can take a chair: behind a PIN, that is a window that has unlocked it, and
 * the host still checks each command against the facilitator's seat.
 */
export interface Chair {
  /** The delegation's seat whose chair the facilitator has taken, or null. */
  seatId: string | null;
  take: (seatId: string) => void;
  leave: () => void;
}

export const ChairContext = createContext<Chair | null>(null);

/** The facilitator's chair control, or null outside a facilitator's window. */
export function useChair(): Chair | null {
  return useContext(ChairContext);
}

/** The line above every screen while the facilitator sits in a delegation's chair. */
export function ChairBanner({ view, onLeave }: { view: SessionView; onLeave: () => void }) {
  const code = view.viewer.kind === 'seat' ? view.viewer.state : null;
  const name = code ? proseName(nameOf(view, code)) : 'this delegation';
  return (
    <Alert variant="light" color="orange" mb="md" data-testid="chair-banner" title={`You are in ${name}'s chair`}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text size="sm">
          This screen shows what {name} sees (the live timeline beside it stays yours). Every move you make here is recorded as entered by the facilitator
          for {name}.
        </Text>
        <Button size="xs" variant="default" onClick={onLeave} data-testid="chair-leave">
          Back to the facilitator&apos;s seat
        </Button>
      </Group>
    </Alert>
  );
}
