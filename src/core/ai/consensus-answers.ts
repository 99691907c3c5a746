import { isCouncilMember } from '../scenario/membership';
import { COUNCIL_STATEMENT_KIND_WORDS, statementsAwaiting } from '../session/council-statements';
import { meetingsAwaiting } from '../session/named-meetings';
import { canOppose, measureValue } from './assessment';
import type { DecisionContext, PlannedMove } from './decision-context';
import { VOTE_THRESHOLDS } from './decision-weights';
import { coachNote } from './move-explanations';

/**
 * An AI delegation's answers where the Council acts by consensus and where a meeting the scenario
 * states invites it (docs/ai.md, "Council statements and stated meetings"). A presidential or press
 * statement says in words what a resolution of condemnation says, so a Council member answers it
 * from the weighing it votes with on condemnation in the Council: it joins the consensus where
 * that vote would be yes, objects where it would be no (a value at or below minus the no threshold,
 * with a stake that lets it oppose), and otherwise stays silent, which under the silence procedure
 * is acquiescence. A stated meeting presses the perpetrator as a contact group does, and is
 * answered as an invitation to one is.
 */

/** The measure whose value decides a statement and a meeting: both press the perpetrator in words. */
export const CONSENSUS_MEASURE = 'condemnation' as const;
/** It joins a statement's consensus, and attends a stated meeting, when condemnation earns its yes in a vote. */
export const JOIN_CONSENSUS_AT = VOTE_THRESHOLDS.yes;
/** It objects to a statement when condemnation is worth what earns its no in a vote (and it has a stake to oppose). */
export const OBJECT_TO_STATEMENT_AT = -VOTE_THRESHOLDS.no;

/** Answers to the Council statements awaiting this member's word in the silence procedure. */
export function statementAnswers(ctx: DecisionContext): PlannedMove[] {
  if (ctx.state.phase !== 'council' || !isCouncilMember(ctx.scenario, ctx.code)) return [];
  const out: PlannedMove[] = [];
  for (const statement of statementsAwaiting(ctx.state, ctx.code)) {
    const value = measureValue(ctx.outlook(`statement:${statement.id}`), CONSENSUS_MEASURE, 'council');
    const kind = COUNCIL_STATEMENT_KIND_WORDS[statement.kind];
    if (value.net >= JOIN_CONSENSUS_AT && value.redLine !== 'hard') {
      out.push({
        event: { type: 'councilStatement.join', statementId: statement.id },
        says: `${ctx.profile.name} joins the consensus on the ${kind}.`,
        coach: coachNote(ctx.profile.name, `joined the consensus on a ${kind}`, 'condemnation is worth to it what earns a yes in a vote'),
      });
    } else if ((value.net <= OBJECT_TO_STATEMENT_AT || value.redLine === 'hard') && canOppose(ctx.outlook(`statement:${statement.id}`), [value])) {
      const reason = `${ctx.profile.name} cannot join a ${kind} that prejudges a situation the Council has not established.`;
      out.push({
        event: { type: 'councilStatement.object', statementId: statement.id, reason },
        says: reason,
        coach: coachNote(
          ctx.profile.name,
          `objected to a ${kind}, which the Council therefore cannot issue`,
          'condemnation is worth to it what earns a no in a vote, and it has a stake to defend',
          'is on the record as having kept the Council from speaking, which the court reads as evidence of obstruction (Hakimi n.159)',
        ),
      });
    }
    // Otherwise silence: under the silence procedure it acquiesces when the Council phase ends.
  }
  return out;
}

/** Answers to the meetings of this round that invite this delegation. */
export function meetingAnswers(ctx: DecisionContext): PlannedMove[] {
  const out: PlannedMove[] = [];
  for (const meeting of meetingsAwaiting(ctx.scenario, ctx.state, ctx.code)) {
    const value = measureValue(ctx.outlook(`meeting:${meeting.id}`), CONSENSUS_MEASURE, 'assembly');
    if (value.net >= JOIN_CONSENSUS_AT && value.redLine !== 'hard') {
      out.push({
        event: { type: 'meeting.attend', meetingId: meeting.id },
        says: `${ctx.profile.name} attends the ${meeting.title}.`,
        coach: coachNote(ctx.profile.name, `attended the ${meeting.title}`, 'pressing the perpetrator is worth to it what earns a yes for condemnation in a vote'),
      });
    } else {
      const reason = `${ctx.profile.name} will not attend the ${meeting.title}: it does not believe such a meeting will bring the parties closer.`;
      out.push({
        event: { type: 'meeting.decline', meetingId: meeting.id, reason },
        says: reason,
        coach: coachNote(
          ctx.profile.name,
          `declined the ${meeting.title}`,
          'pressing the perpetrator is worth less to it than a yes for condemnation',
          'is now on the record as having declined a multilateral meeting, which the court reads as evidence of obstruction (Hakimi n.163)',
        ),
      });
    }
  }
  return out;
}
