import { standingGroupsOf } from '../../../../core/scenario/standing-groups';
import type { GroupChannel, SessionView } from '../../../../core/session';

/** A group channel's id in the channel list (private channels are a state's code; groups are prefixed). */
export const GROUP_CHANNEL_PREFIX = 'group:';

export function groupChannelId(groupId: string): string {
  return `${GROUP_CHANNEL_PREFIX}${groupId}`;
}

export function groupOfChannel(channel: string): string | null {
  return channel.startsWith(GROUP_CHANNEL_PREFIX) ? channel.slice(GROUP_CHANNEL_PREFIX.length) : null;
}

export interface GroupRow {
  id: string;
  title: string;
  kind: GroupChannel['kind'];
  /** The viewer reads and writes in it. */
  member: boolean;
  /** Invited to a contact group and not yet answered. */
  invited: boolean;
  declined: boolean;
  messages: GroupChannel['messages'];
}

/**
 * The group channels a viewer sees: its standing groups (the permanent five, its regional group),
 * whether or not anyone has written there yet, then the contact groups it convened, joined, was
 * invited to or declined. The facilitator sees every group on the record.
 */
export function groupRows(view: SessionView, me: string | null): GroupRow[] {
  const rows: GroupRow[] = [];
  const known = new Set<string>();
  if (me) {
    for (const standing of standingGroupsOf(view.scenario, me)) {
      known.add(standing.id);
      const group = view.state.groups[standing.id];
      rows.push({ id: standing.id, title: standing.title, kind: standing.kind, member: true, invited: false, declined: false, messages: group?.messages ?? [] });
    }
  }
  for (const group of Object.values(view.state.groups)) {
    if (known.has(group.id)) continue;
    const member = me === null || group.members.includes(me);
    const declined = me !== null && group.declined.some((d) => d.state === me);
    const invited = me !== null && !member && !declined && group.invitees.includes(me);
    rows.push({ id: group.id, title: group.title, kind: group.kind, member, invited, declined, messages: group.messages });
  }
  return rows;
}

/** Messages from others after the last one read. */
export function unreadInGroup(row: GroupRow, me: string | null, lastSeen: number): number {
  return row.messages.filter((m) => m.from !== me && m.seq > lastSeen).length;
}

/** A free id for a contact group the viewer convenes: a slug of its title and the round. */
export function contactGroupId(view: SessionView, me: string, title: string): string {
  const slug = title.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'group';
  const base = `${slug}-${me.toLowerCase()}-r${view.state.round}`;
  let id = base;
  for (let n = 2; view.state.groups[id]; n += 1) id = `${base}-${n}`;
  return id;
}
