import { standingGroupsOf } from '../scenario/standing-groups';
import { awaitingAnswer } from '../session/group-channels';
import type { GroupChannel } from '../session/state';
import { measureValue } from './assessment';
import type { DecisionContext, PlannedMove } from './decision-context';
import { VOTE_THRESHOLDS } from './decision-weights';
import { coachNote } from './move-explanations';
import { delegationProfile } from './profile';
import { stanceOn } from './replies';
import { capped } from './wording';

/**
 * An AI delegation in group channels (docs/ai.md, "Group channels"). A contact group ("Friends of
 * …") presses the perpetrator as a resolution of condemnation does, so a delegation answers an
 * invitation as it would vote on condemnation in the Assembly: it joins when that vote would be
 * yes, and declines otherwise, knowing the decline is on the record (the law reads it as declining
 * a multilateral meeting, Hakimi n.163). In a group it belongs to it speaks sparingly: at most
 * once a phase, and only after a person has written there in the phase, answering with the same
 * stance as its private replies.
 */

/** The measure whose value decides an invitation: the group's pressure on the perpetrator is condemnation's. */
export const CONTACT_GROUP_MEASURE = 'condemnation' as const;
/** It joins when condemnation is worth at least what earns its yes in a vote. */
export const JOIN_CONTACT_GROUP_AT = VOTE_THRESHOLDS.yes;
/** The event schema's limit on a message's text. */
const MESSAGE_MAX = 4000;

/** Answers to the invitations awaiting this delegation. */
export function invitationAnswers(ctx: DecisionContext): PlannedMove[] {
  const out: PlannedMove[] = [];
  for (const group of Object.values(ctx.state.groups)) {
    if (group.kind !== 'contact' || !awaitingAnswer(group).includes(ctx.code)) continue;
    const value = measureValue(ctx.outlook(`group:${group.id}`), CONTACT_GROUP_MEASURE, 'assembly');
    const convenor = delegationProfile(ctx.scenario, group.convenor!).name;
    if (value.net >= JOIN_CONTACT_GROUP_AT && value.redLine !== 'hard') {
      out.push({
        event: { type: 'group.join', groupId: group.id },
        says: `${ctx.profile.name} joins "${group.title}".`,
        coach: coachNote(ctx.profile.name, `joined "${group.title}", convened by ${convenor}`, 'pressing the perpetrator is worth to it what earns a yes for condemnation in a vote'),
      });
    } else {
      const reason = `${ctx.profile.name} will not take part in "${group.title}": we do not believe that pressure from a group of states will bring the parties closer.`;
      out.push({
        event: { type: 'group.decline', groupId: group.id, reason },
        says: reason,
        coach: coachNote(
          ctx.profile.name,
          `declined "${group.title}", convened by ${convenor}`,
          'pressing the perpetrator is worth less to it than a yes for condemnation',
          'is now on the record as having declined a multilateral meeting, which the court reads as evidence of obstruction (Hakimi n.163, the "Friends of Syria" meetings)',
        ),
      });
    }
  }
  return out;
}

/** Whether a person wrote in the group this phase and this delegation has not spoken there since the phase began. */
function owesWord(ctx: DecisionContext, group: GroupChannel, phaseStart: number): string | null {
  const humans = new Set(ctx.state.config.seats.filter((s) => s.kind === 'human' && s.state !== null).map((s) => s.state!));
  let prompt: string | null = null;
  for (let i = group.messages.length - 1; i >= 0; i--) {
    const m = group.messages[i]!;
    if (m.seq < phaseStart) break;
    if (m.from === ctx.code) return null;
    if (prompt === null && humans.has(m.from)) prompt = m.text;
  }
  return prompt;
}

/** At most one word per group a phase, in the groups it belongs to, where a person spoke this phase. */
export function groupReplies(ctx: DecisionContext): PlannedMove[] {
  const phaseStart = ctx.state.log.findLast((e) => e.event.type === 'phase.advance' || e.event.type === 'phase.skip' || e.event.type === 'session.start')?.seq ?? 0;
  const out: PlannedMove[] = [];
  const standing = new Set(standingGroupsOf(ctx.scenario, ctx.code).map((g) => g.id));
  for (const group of Object.values(ctx.state.groups)) {
    if (!group.members.includes(ctx.code) || (group.kind !== 'contact' && !standing.has(group.id))) continue;
    const prompt = owesWord(ctx, group, phaseStart);
    if (prompt === null) continue;
    const { parts, understood } = stanceOn(ctx, prompt);
    const text = capped(`${ctx.profile.name}, to the ${group.kind === 'contact' ? `members of "${group.title}"` : group.title}: ${parts.join(' ')}`, MESSAGE_MAX);
    out.push({
      event: { type: 'group.message', groupId: group.id, text },
      says: text,
      coach: coachNote(ctx.profile.name, `spoke once in "${group.title}" this phase`, understood ? 'a delegate there named a draft or measure it has a position on' : 'a delegate spoke there and it gave its standing position'),
    });
  }
  return out;
}
