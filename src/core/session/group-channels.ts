import { stateName } from '../scenario/membership';
import { standingGroup } from '../scenario/standing-groups';
import { appended, seatOfState, withEntry, type SessionContext } from './context';
import type { EventHandlers } from './handler';
import { hasOwnEntry, noSuch, ownEntry } from './lookup';
import type { GroupChannel, SessionState } from './state';

/**
 * Group channels (docs/session-log.md, "Group channels"): the standing groups, whose members the
 * scenario fixes, and contact groups ("Friends of …") that any delegation convenes with the states
 * it invites. An invitee joins or declines; a decline is on the record, and the law reads it as
 * declining a multilateral meeting that pressures the perpetrator (Hakimi n.163, on the "Friends
 * of Syria" meetings that Russia and China did not attend).
 */

/** Everyone who knows a group exists: its members, and for a contact group its convenor and invitees. */
export function groupAudience(group: GroupChannel): string[] {
  return group.kind === 'contact' ? [group.convenor!, ...group.invitees] : group.members;
}

/** Invitees who have neither joined nor declined. */
export function awaitingAnswer(group: GroupChannel): string[] {
  return group.invitees.filter((s) => !group.members.includes(s) && !group.declined.some((d) => d.state === s));
}

/** The group as it stands, a standing group before its first message included, if `state` may know of it. */
function groupKnownTo(ctx: SessionContext, groupId: string, state: string): GroupChannel | undefined {
  const group = ownEntry(ctx.session.groups, groupId) ?? standingChannel(ctx, groupId);
  return group && groupAudience(group).includes(state) ? group : undefined;
}

function standingChannel(ctx: SessionContext, groupId: string): GroupChannel | undefined {
  const standing = standingGroup(ctx.scenario, groupId);
  if (!standing) return undefined;
  return { id: standing.id, kind: standing.kind, title: standing.title, convenor: null, seq: 0, round: 0, invitees: [], members: [...standing.members], declined: [], messages: [] };
}

function update(ctx: SessionContext, group: GroupChannel): SessionState {
  return { ...ctx.session, groups: withEntry(ctx, ctx.session.groups, group.id, group) };
}

/** A contact group awaiting `state`'s answer, or why there is none. */
function invitationProblem(ctx: SessionContext, groupId: string, state: string): string | null {
  const group = groupKnownTo(ctx, groupId, state);
  if (!group || group.kind !== 'contact') return noSuch('contact group', groupId);
  if (group.members.includes(state)) return `You have already joined "${group.title}".`;
  if (group.declined.some((d) => d.state === state)) return `You have declined "${group.title}"; the decline is on the record.`;
  if (!group.invitees.includes(state)) return `${stateName(ctx.scenario, state)} was not invited to "${group.title}".`;
  return null;
}

function anyInvitation(session: SessionState, state: string | null): string | null {
  return state !== null && Object.values(session.groups).some((g) => g.kind === 'contact' && awaitingAnswer(g).includes(state))
    ? null
    : 'No invitation to a contact group awaits your answer.';
}

/**
 * A contact group's id is only its convenor's label for it. An id taken by a group the convenor
 * does not know of is replaced by a free one, so that a refusal never tells a delegation that
 * others have convened a group (docs/security.md §1).
 */
export function freeGroupId(session: SessionState, groupId: string, isStanding: (id: string) => boolean): string {
  if (!hasOwnEntry(session.groups, groupId) && !isStanding(groupId)) return groupId;
  let id = `${groupId}-2`;
  for (let n = 3; hasOwnEntry(session.groups, id) || isStanding(id); n += 1) id = `${groupId}-${n}`;
  return id;
}

export const groupChannelHandlers = {
  'group.message': {
    check: (ctx, { actor, event }) => {
      const group = groupKnownTo(ctx, event.groupId, actor.state!);
      if (!group) return noSuch('group channel', event.groupId);
      if (!group.members.includes(actor.state!)) return `Join "${group.title}" before writing in it.`;
      return null;
    },
    apply: (ctx, { actor, event, seq }) => {
      const group = ownEntry(ctx.session.groups, event.groupId) ?? { ...standingChannel(ctx, event.groupId)!, seq, round: ctx.session.round };
      const message = { seq, round: ctx.session.round, from: actor.state!, text: event.text };
      return update(ctx, { ...group, messages: appended(ctx, group.messages, message) });
    },
  },
  'group.convene': {
    check: ({ scenario, session }, { actor, event }) => {
      if (hasOwnEntry(session.groups, event.groupId) || standingGroup(scenario, event.groupId)) return `A group "${event.groupId}" already exists; choose another id.`;
      if (event.invitees.includes(actor.state!)) return 'You convene the group: invite other states to it.';
      if (new Set(event.invitees).size !== event.invitees.length) return 'Each state is invited once.';
      const absent = event.invitees.find((code) => !seatOfState(session, code));
      if (absent) return `No delegation of ${stateName(scenario, absent)} is seated to answer the invitation.`;
      return null;
    },
    available: ({ session }, actor) =>
      session.config.seats.some((s) => s.kind !== 'facilitator' && s.state && s.state !== actor.state) ? null : 'No other delegation is seated to invite.',
    apply: (ctx, { actor, event, seq }) =>
      update(ctx, {
        id: event.groupId,
        kind: 'contact',
        title: event.title,
        convenor: actor.state!,
        seq,
        round: ctx.session.round,
        invitees: [...event.invitees],
        members: [actor.state!],
        declined: [],
        messages: [],
      }),
  },
  'group.join': {
    check: (ctx, { actor, event }) => invitationProblem(ctx, event.groupId, actor.state!),
    available: ({ session }, actor) => anyInvitation(session, actor.state),
    apply: (ctx, { actor, event }) => {
      const group = ownEntry(ctx.session.groups, event.groupId)!;
      return update(ctx, { ...group, members: appended(ctx, group.members, actor.state!) });
    },
  },
  'group.decline': {
    check: (ctx, { actor, event }) => invitationProblem(ctx, event.groupId, actor.state!),
    available: ({ session }, actor) => anyInvitation(session, actor.state),
    apply: (ctx, { actor, event, seq }) => {
      const group = ownEntry(ctx.session.groups, event.groupId)!;
      const decline = { state: actor.state!, seq, round: ctx.session.round, reason: event.reason ?? null };
      return update(ctx, { ...group, declined: appended(ctx, group.declined, decline) });
    },
  },
} satisfies Partial<EventHandlers>;

