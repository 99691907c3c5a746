import type { Scenario } from '../core/scenario/schema';
import { UN_MEMBERS } from '../core/scenario/un-members';
import { createSession, type LogEntry, type SessionConfig, type SessionEvent, type SessionState } from '../core/session';
import type { Ballot, ConductAct, Draft, VetoThreat } from '../core/session/state';
import type { ConductKind } from '../core/shared/vocabulary';

/**
 * A synthetic record of `target` log entries with all 193 Member States seated: Assembly drafts
 * voted by every member, Council drafts voted by the fifteen, veto threats, and national conduct
 * of every kind by every state. Built directly as derived session state (what replay would
 * produce), so the measurement is the law engine alone: facts from the record, seven duties per
 * state, defences, trace and report.
 */
export function largeRecord(scenario: Scenario, target: number): SessionState {
  const codes = UN_MEMBERS.map((m) => m.code);
  const council = [...scenario.council.permanent, ...scenario.council.elected];
  const config: SessionConfig = {
    scenarioId: scenario.id,
    seed: 1,
    mode: 'classroom',
    difficulty: 'realistic',
    seats: [{ id: 'chair', kind: 'facilitator', state: null }, ...codes.map((c) => ({ id: c.toLowerCase(), kind: 'ai' as const, state: c }))],
  };
  const base = createSession(scenario, config);
  const rounds = scenario.roundPlan.rounds;
  const perpetrators = scenario.crisis.perpetrators.map((p) => p.id);
  const kinds: ConductKind[] = ['arms-transfer', 'financing', 'sanctions', 'diplomatic-pressure', 'humanitarian-aid', 'prevention-assistance', 'boycott-meeting', 'training', 'suspending-support'];
  const log: LogEntry[] = [];
  const drafts: Record<string, Draft> = {};
  const ballots: Ballot[] = [];
  const conduct: ConductAct[] = [];
  const vetoThreats: VetoThreat[] = [];
  const levels = ['reports', 'credible', 'manifest'] as const;
  const entry = (by: string, event: SessionEvent): number => {
    const seq = log.length + 1;
    log.push({ seq, by, at: new Date(Date.UTC(2030, 0, 1) + seq * 1000).toISOString(), event });
    return seq;
  };
  let d = 0;
  let i = 0;
  while (log.length < target) {
    const round = 1 + Math.floor((log.length / target) * rounds);
    const assembly = d % 3 !== 0;
    const id = `draft-${d++}`;
    const sponsor = codes[d % codes.length]!;
    const tabledSeq = entry(sponsor.toLowerCase(), { type: 'draft.table', draftId: id, forum: assembly ? 'assembly' : 'council', title: 'Bench draft', measures: ['sanctions'], operativeParagraphs: ['Decides.'], chapter: 'VII' });
    const electorate = assembly ? codes : council;
    const votes: Ballot['votes'] = {};
    for (const [k, code] of electorate.entries()) {
      const vote = (k + d) % 7 === 0 ? 'no' : (k + d) % 5 === 0 ? 'abstain' : 'yes';
      votes[code] = vote;
      entry(code.toLowerCase(), { type: 'vote.cast', ballotId: `b-${id}`, vote });
    }
    if (!assembly) {
      const threatSeq = entry(council[d % 5]!.toLowerCase(), { type: 'veto.threaten', draftId: id, visibility: 'public' });
      vetoThreats.push({ seq: threatSeq, round, draftId: id, state: council[d % 5]!, visibility: 'public' });
    }
    const vetoedBy = assembly ? [] : scenario.council.permanent.filter((p) => votes[p] === 'no');
    const adopted = vetoedBy.length === 0 && d % 2 === 0;
    drafts[id] = { id, forum: assembly ? 'assembly' : 'council', title: 'Bench draft', sponsors: [sponsor], measures: ['sanctions'], operativeParagraphs: ['Decides.'], chapter: 'VII', round, tabledSeq, status: adopted ? 'adopted' : vetoedBy.length > 0 ? 'vetoed' : 'not-adopted', ballotIds: [`b-${id}`], preamble: [], circulation: null };
    const ballot: Ballot = {
      id: `b-${id}`,
      kind: assembly ? 'assembly' : 'council-substantive',
      // (the law engine reads adopted and vetoedBy; the rest of the tally is not needed here)
      draftId: id,
      purpose: 'adoption',
      round,
      openedSeq: tabledSeq,
      closedSeq: log.length,
      electorate,
      votes,
      defaulted: [],
      rollCallStartsWith: null,
      councilResult: assembly ? null : ({ adopted, vetoedBy, recorded: {} } as unknown as Ballot['councilResult']),
      assemblyResult: assembly ? ({ adopted } as unknown as Ballot['assemblyResult']) : null,
    };
    ballots.push(ballot);
    // national conduct between drafts
    for (let c = 0; c < 60 && log.length < target; c++, i++) {
      const code = codes[i % codes.length]!;
      const kind = kinds[i % kinds.length]!;
      const target = perpetrators[i % perpetrators.length]!;
      const seq = entry(code.toLowerCase(), { type: 'conduct.act', kind, target, scale: i % 4 === 0 ? 'substantial' : 'limited' });
      conduct.push({ seq, round, state: code, kind, target, scale: i % 4 === 0 ? 'substantial' : 'limited', note: null, contraryTo: [], evidenceAtTheTime: levels[Math.min(levels.length - 1, round - 1)]! });
    }
  }
  return { ...base, round: rounds, phase: 'adjudication', drafts, ballots, conduct, vetoThreats, log };
}
