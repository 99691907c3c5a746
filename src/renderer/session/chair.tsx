import { Alert, Button, Group, Text } from '@mantine/core';
import { createContext, useContext } from 'react';
import type { Scenario } from '../../core/scenario/schema';
import { allowedActions, viewFor, type SessionEvent, type SessionEventType, type SessionView } from '../../core/session';
import { proseName } from '../../core/ai/wording';
import { nameOf } from './format';
import type { SessionScreenProps } from './types';
import type { SubmitResult } from './useSession';

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

/**
 * The screen props of a delegation's chair, made from the facilitator's view (which holds the
 * whole record): the delegation's own view and guards, and a submit recorded as acting for it.
 */
export function chairProps(
  facilitatorView: SessionView,
  facilitatorSeat: string,
  chairSeat: string,
  submitAs: (seat: string, event: SessionEvent, actingFor?: string) => Promise<SubmitResult>,
): SessionScreenProps {
  const scenario = facilitatorView.scenario as unknown as Scenario;
  const view = viewFor(scenario, facilitatorView.state, { seatId: chairSeat });
  const actions = new Map(allowedActions(scenario, facilitatorView.state, chairSeat).map((a) => [a.type, a]));
  return {
    view,
    seatId: chairSeat,
    submit: (event) => submitAs(facilitatorSeat, event, chairSeat),
    allowed: (type: SessionEventType) => {
      const a = actions.get(type);
      return a ? { allowed: a.allowed, ...(a.reason ? { reason: a.reason } : {}) } : { allowed: false, reason: 'Not available to this delegation.' };
    },
  };
}

/** The line above every screen while the facilitator sits in a delegation's chair. */
export function ChairBanner({ view, onLeave }: { view: SessionView; onLeave: () => void }) {
  const code = view.viewer.kind === 'seat' ? view.viewer.state : null;
  const name = code ? proseName(nameOf(view, code)) : 'this delegation';
  return (
    <Alert variant="light" color="orange" mb="md" data-testid="chair-banner" title={`You are in ${name}'s chair`}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text size="sm">
          You see what {name} sees. Every move you make here is recorded as entered by the facilitator for {name}.
        </Text>
        <Button size="xs" variant="default" onClick={onLeave} data-testid="chair-leave">
          Back to the facilitator&apos;s seat
        </Button>
      </Group>
    </Alert>
  );
}
