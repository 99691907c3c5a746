import type { AllowedAction, SessionEvent, SessionEventType, SessionView } from '../../core/session';

/**
 * The contract between the session shell (header, nav, side panel, seat switching) and the
 * screens that plug into it (Brief, Chamber, Assembly, Negotiation, Conduct, Timeline,
 * Facilitator, Judgment). A screen renders `view` and acts only through `submit`; it never
 * talks to the host client directly, so the same screen works for every seat and transport.
 */
export interface SessionScreenProps {
  /** From viewFor for the current seat (or the facilitator): only what this seat may see. */
  view: SessionView;
  /** The seat currently acting on this screen. */
  seatId: string;
  /** Sends one event as `seatId`; the host stamps the time, applies, journals, then answers. */
  submit: (event: SessionEvent) => Promise<{ ok: true } | { ok: false; reason: string }>;
  /** Whether `seatId` may send this kind of event now, and if not the guard's reason (for tooltips). */
  allowed: (type: SessionEventType) => { allowed: boolean; reason?: string };
  /**
   * Facilitator only, optional: sends an event on behalf of an absent seat (the command carries
   * `actingFor: seatId`, by the facilitator's seat). Screens hide act-for-seat when it is absent.
   */
  submitFor?: (seatId: string, event: SessionEvent) => Promise<{ ok: true } | { ok: false; reason: string }>;
  /** Optional: seats with a connected client, when the host reports presence (facilitator console). */
  connectedSeats?: readonly string[];
}

/** The session's navigation items, in the order the nav shows them. */
export const NAV_ITEMS = [
  'brief',
  'chamber',
  'assembly',
  'negotiation',
  'conduct',
  'timeline',
  'facilitator',
  'judgment',
] as const;
export type NavItem = (typeof NAV_ITEMS)[number];

export const NAV_LABELS: Record<NavItem, string> = {
  brief: 'Brief',
  chamber: 'Chamber',
  assembly: 'Assembly',
  negotiation: 'Negotiation',
  conduct: 'Conduct',
  timeline: 'Timeline',
  facilitator: 'Facilitator',
  judgment: 'Judgment',
};

/** What the host pushes for one subscription (topic `session:<id>`): one seat's view. */
export interface SeatViewUpdate {
  sessionId: string;
  seatId: string;
  view: SessionView;
  allowed: AllowedAction[];
  /** The host's clock when the view was made (ISO), for the timer countdown. */
  now: string;
}

export function isNavItem(value: string): value is NavItem {
  return (NAV_ITEMS as readonly string[]).includes(value);
}
