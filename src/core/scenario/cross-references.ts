import type { Scenario } from './schema';
import type { ScenarioProblem } from './load';
import { UN_MEMBER_BY_CODE } from './un-members';

/** Every id a scenario refers to must exist; the schema alone cannot say so. */
export function crossReferenceProblems(scenario: Scenario): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const fictional = new Set(scenario.fictionalStates.map((s) => s.code));
  const knownState = (code: string) => UN_MEMBER_BY_CODE.has(code) || fictional.has(code);
  const perpetratorIds = new Set(scenario.crisis.perpetrators.map((p) => p.id));
  const rounds = scenario.roundPlan.rounds;

  const requireState = (path: string, code: string) => {
    if (!knownState(code)) {
      problems.push({ path, message: `unknown state "${code}": not a UN member and not in fictionalStates` });
    }
  };
  const requireRound = (path: string, round: number | undefined) => {
    if (round !== undefined && round > rounds) {
      problems.push({ path, message: `round ${round} is after the last round (${rounds})` });
    }
  };

  const seenFictional = new Set<string>();
  scenario.fictionalStates.forEach((s, i) => {
    if (UN_MEMBER_BY_CODE.has(s.code)) {
      problems.push({ path: `fictionalStates[${i}].code`, message: `"${s.code}" is already a UN member code` });
    }
    if (seenFictional.has(s.code)) {
      problems.push({ path: `fictionalStates[${i}].code`, message: `duplicate fictional state "${s.code}": each fictional state has its own code` });
    }
    seenFictional.add(s.code);
  });
  requireState('crisis.territorialState', scenario.crisis.territorialState);

  const seenPerpetrators = new Set<string>();
  scenario.crisis.perpetrators.forEach((p, i) => {
    if (seenPerpetrators.has(p.id)) problems.push({ path: `crisis.perpetrators[${i}].id`, message: `duplicate perpetrator id "${p.id}"` });
    seenPerpetrators.add(p.id);
    if (p.state) requireState(`crisis.perpetrators[${i}].state`, p.state);
    if (p.kind === 'government' && !p.state) {
      problems.push({ path: `crisis.perpetrators[${i}].state`, message: 'a government perpetrator names the state whose organ it is' });
    }
    if (p.kind === 'de-facto-administration' && p.state) {
      problems.push({ path: `crisis.perpetrators[${i}].state`, message: 'a de facto administration is no state\'s organ: name its patron by a relationship (agency or substantial support), not here' });
    }
  });

  const seenStates = new Set<string>();
  scenario.states.forEach((s, i) => {
    requireState(`states[${i}].code`, s.code);
    if (seenStates.has(s.code)) problems.push({ path: `states[${i}].code`, message: `duplicate state "${s.code}"` });
    seenStates.add(s.code);
    for (const id of Object.keys(s.ai?.alignment ?? {})) {
      if (!perpetratorIds.has(id)) problems.push({ path: `states[${i}].ai.alignment.${id}`, message: `unknown perpetrator "${id}"` });
    }
  });

  const councilMembers = [...scenario.council.permanent, ...scenario.council.elected];
  const seenCouncil = new Set<string>();
  councilMembers.forEach((code, i) => {
    const path = i < 5 ? `council.permanent[${i}]` : `council.elected[${i - 5}]`;
    requireState(path, code);
    if (seenCouncil.has(code)) problems.push({ path, message: `"${code}" holds two Council seats` });
    seenCouncil.add(code);
  });
  if (scenario.council.president && !seenCouncil.has(scenario.council.president)) {
    problems.push({ path: 'council.president', message: `"${scenario.council.president}" is not a Council member` });
  }
  scenario.council.partiesToDispute.forEach((code, i) => requireState(`council.partiesToDispute[${i}]`, code));

  for (const code of Object.keys(scenario.assemblyDefaults.members)) {
    requireState(`assemblyDefaults.members.${code}`, code);
  }
  const blocOf = new Map<string, string>();
  scenario.assemblyDefaults.blocs.forEach((bloc, i) => {
    bloc.members.forEach((code, j) => {
      const path = `assemblyDefaults.blocs[${i}].members[${j}]`;
      requireState(path, code);
      const earlier = blocOf.get(code);
      if (earlier !== undefined) problems.push({ path, message: `"${code}" is already in the bloc "${earlier}": a state votes with one bloc` });
      else blocOf.set(code, bloc.name);
    });
  });

  scenario.relationships.forEach((r, i) => {
    requireState(`relationships[${i}].from`, r.from);
    if (!perpetratorIds.has(r.to) && !knownState(r.to)) {
      problems.push({ path: `relationships[${i}].to`, message: `"${r.to}" is neither a perpetrator id nor a state` });
    }
    requireRound(`relationships[${i}].fromRound`, r.fromRound);
    if (r.beforeCrisis && r.fromRound !== 1) {
      problems.push({ path: `relationships[${i}].beforeCrisis`, message: 'a tie that held before the crisis holds from round 1: drop fromRound or beforeCrisis' });
    }
    if (r.untilRound !== undefined && r.untilRound < r.fromRound) {
      problems.push({ path: `relationships[${i}].untilRound`, message: 'ends before it starts' });
    }
  });

  scenario.treaties.forEach((t, i) => {
    if (t.parties !== 'all') t.parties.forEach((code, j) => requireState(`treaties[${i}].parties[${j}]`, code));
  });

  scenario.evidence.forEach((e, i) => requireRound(`evidence[${i}].round`, e.round));
  scenario.intelligence.forEach((e, i) => {
    requireRound(`intelligence[${i}].round`, e.round);
    e.recipients.forEach((code, j) => requireState(`intelligence[${i}].recipients[${j}]`, code));
  });

  const seenInjects = new Set<string>();
  scenario.injects.forEach((inj, i) => {
    if (seenInjects.has(inj.id)) problems.push({ path: `injects[${i}].id`, message: `duplicate inject id "${inj.id}"` });
    seenInjects.add(inj.id);
    requireRound(`injects[${i}].round`, inj.round);
    if (inj.kind === 'scheduled' && inj.round === undefined) {
      problems.push({ path: `injects[${i}].round`, message: 'a scheduled inject needs the round it fires in' });
    }
  });

  const seenMeetings = new Set<string>();
  scenario.meetings.forEach((m, i) => {
    if (seenMeetings.has(m.id)) problems.push({ path: `meetings[${i}].id`, message: `duplicate meeting id "${m.id}"` });
    seenMeetings.add(m.id);
    requireRound(`meetings[${i}].round`, m.round);
    m.invitees.forEach((code, j) => requireState(`meetings[${i}].invitees[${j}]`, code));
    if (new Set(m.invitees).size !== m.invitees.length) problems.push({ path: `meetings[${i}].invitees`, message: 'each state is invited once' });
  });

  scenario.teachingNotes.expectedFindings.forEach((f, i) => requireState(`teachingNotes.expectedFindings[${i}].state`, f.state));
  scenario.teachingNotes.expectedOrdering.forEach((code, i) => requireState(`teachingNotes.expectedOrdering[${i}]`, code));

  return problems;
}
