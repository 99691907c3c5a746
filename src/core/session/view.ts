import type { Scenario, TeachingNotes } from '../scenario/schema';
import type { AiExplanation, LogEntry, Seat, SessionConfig } from './events';
import { ownEntry } from './lookup';
import type { Agreement, Draft, GroupChannel, PrivateMessage, SessionState } from './state';
import { groupAudience } from './group-channels';

/** Who is looking: a delegation's seat, the facilitator, or the classroom projector. */
export type Viewer = { seatId: string } | 'facilitator' | 'projector';

export type ViewerIdentity =
  | { kind: 'seat'; seatId: string; state: string | null }
  | { kind: 'facilitator' }
  | { kind: 'projector' };

/** The scenario as a viewer may see it: briefs, AI profiles and future injects are private. */
export type ScenarioView = Omit<Scenario, 'teachingNotes'> & {
  teachingNotes: TeachingNotes | null;
  /**
   * Where each item of a list the view filters stands in the scenario: the law engine cites a fact
   * by that position (`scenario:intelligence[3]`), and the seat's lists hold only what it may see.
   * `positions.intelligence[k]` is the scenario position of the view's k-th intelligence item.
   */
  positions: ScenarioPositions;
};

export interface ScenarioPositions {
  relationships: number[];
  evidence: number[];
  intelligence: number[];
  injects: number[];
}

const positionsOf = (items: readonly unknown[]) => items.map((_, position) => position);

/** The facilitator's view holds every item where the scenario has it (computed once per scenario). */
const facilitatorScenarios = new WeakMap<Scenario, ScenarioView>();

function facilitatorScenario(scenario: Scenario): ScenarioView {
  let view = facilitatorScenarios.get(scenario);
  if (!view) {
    view = { ...scenario, positions: everyPosition(scenario) };
    facilitatorScenarios.set(scenario, view);
  }
  return view;
}

function everyPosition(scenario: Scenario): ScenarioPositions {
  return {
    relationships: positionsOf(scenario.relationships),
    evidence: positionsOf(scenario.evidence),
    intelligence: positionsOf(scenario.intelligence),
    injects: positionsOf(scenario.injects),
  };
}

/** The items of a list a viewer may see, with their positions in the scenario's list. */
function kept<T>(items: readonly T[], visible: (item: T) => boolean): { items: T[]; positions: number[] } {
  const out: { items: T[]; positions: number[] } = { items: [], positions: [] };
  items.forEach((item, position) => {
    if (!visible(item)) return;
    out.items.push(item);
    out.positions.push(position);
  });
  return out;
}

export interface SessionView {
  viewer: ViewerIdentity;
  scenario: ScenarioView;
  /** The session state with everything the viewer may not see removed (same shape as SessionState). */
  state: SessionState;
}

/** What a viewer's eyes reach: the view's filters read only this. */
export interface Sight {
  facilitator: boolean;
  /** The viewer's state; null for the projector (and the facilitator, who sees all anyway). */
  state: string | null;
  debrief: boolean;
}

/**
 * What a viewer may see (like boardgame.io's playerView); every transport uses this one function.
 * A delegation sees its own brief, the public record, its own bilateral channels, the negotiation
 * of agreements it is party to (signed agreements are public in the registry), veto threats that
 * are public or addressed to it, intelligence addressed to it, and its own conduct and memorial.
 * In the debrief, conduct and memorials become public (the pleadings are made accessible to the
 * public at the hearing, cf. ICJ Rules art. 53(2)) and AI coach notes are shown; other states'
 * briefs and channels never are. The projector sees only the public record; the facilitator
 * sees everything.
 */
export function viewFor(scenario: Scenario, state: SessionState, viewer: Viewer): SessionView {
  const sight = sightOf(state, viewer);
  if (sight.facilitator) return { viewer: FACILITATOR, scenario: facilitatorScenario(scenario), state };
  return { viewer: identityOf(viewer, sight), scenario: scenarioView(scenario, state, sight), state: stateView(state, sight) };
}

const FACILITATOR: ViewerIdentity = { kind: 'facilitator' };

/** Who the view says is looking: a seat (with its state) or the projector. */
export function identityOf(viewer: Viewer, sight: Sight): ViewerIdentity {
  return viewer === 'projector' || viewer === 'facilitator' ? { kind: 'projector' } : { kind: 'seat', seatId: viewer.seatId, state: sight.state };
}

/**
 * The round whose evidence a scenario's public overview shows (before a session starts): the
 * situation as the crisis opens. Later evidence is revealed round by round.
 */
export const OPENING_ROUND = 1;

/**
 * What everyone may see of a scenario up to a round: the crisis, the membership and the Council,
 * the treaties, the round plan and the public evidence up to that round. Never the confidential
 * briefs, the AI parameters, the relationships (private to their state until the debrief), the
 * intelligence (to its recipients only), the injects (public once fired) or the teaching notes.
 * The scenario overview of `scenario.get` is this at the opening round.
 */
export function publicScenario(scenario: Scenario, round: number): ScenarioView {
  const evidence = kept(scenario.evidence, (e) => e.round <= round);
  return {
    ...scenario,
    states: scenario.states.map(({ brief: _brief, ai: _ai, ...rest }) => rest),
    relationships: [],
    evidence: evidence.items,
    intelligence: [],
    injects: [],
    // A stated meeting is announced in its round, as a convener's invitation would be.
    meetings: scenario.meetings.filter((m) => m.round <= round),
    teachingNotes: null,
    positions: { relationships: [], evidence: evidence.positions, intelligence: [], injects: [] },
  };
}

export function scenarioView(scenario: Scenario, state: SessionState, sight: Sight): ScenarioView {
  const fired = new Set(state.injectsFired.map((f) => f.injectId));
  const open = publicScenario(scenario, state.round);
  const relationships = kept(scenario.relationships, (r) => sight.debrief || r.from === sight.state);
  const intelligence = kept(scenario.intelligence, (i) => sight.state !== null && i.recipients.includes(sight.state) && i.round <= state.round);
  const injects = kept(scenario.injects, (i) => fired.has(i.id));
  return {
    ...open,
    states: scenario.states.map((entry) => {
      const own = entry.code === sight.state;
      const { brief, ai: _ai, ...rest } = entry;
      return own && brief ? { ...rest, brief } : rest;
    }),
    relationships: relationships.items,
    intelligence: intelligence.items.map((i) => ({ ...i, recipients: [sight.state!] })),
    injects: injects.items,
    teachingNotes: sight.debrief ? scenario.teachingNotes : null,
    positions: { ...open.positions, relationships: relationships.positions, intelligence: intelligence.positions, injects: injects.positions },
  };
}

/**
 * The references of the record (in the law engine's form: `#seq` for a log entry,
 * `scenario:intelligence[i]` etc. for a scenario fact) that a viewer may not see: the judgment's
 * reasoning given to that viewer must not describe them (src/core/law/confidential.ts), as its
 * evidence list marks them confidential. Empty for the facilitator.
 */
export function confidentialRefs(scenario: Scenario, state: SessionState, viewer: Viewer): ReadonlySet<string> {
  const sight = sightOf(state, viewer);
  const hidden = new Set<string>();
  if (sight.facilitator) return hidden;
  for (const entry of state.log) if (!entryVisible(state, entry, sight)) hidden.add(`#${entry.seq}`);
  const fired = new Set(state.injectsFired.map((f) => f.injectId));
  scenario.relationships.forEach((r, i) => {
    if (!sight.debrief && r.from !== sight.state) hidden.add(`scenario:relationships[${i}]`);
  });
  scenario.intelligence.forEach((x, i) => {
    if (sight.state === null || !x.recipients.includes(sight.state)) hidden.add(`scenario:intelligence[${i}]`);
  });
  scenario.injects.forEach((x, i) => {
    if (!fired.has(x.id)) hidden.add(`scenario:injects[${i}]`);
  });
  scenario.evidence.forEach((e, i) => {
    if (e.round > state.round) hidden.add(`scenario:evidence[${i}]`);
  });
  return hidden;
}

/** Whether a viewer sees everything (the facilitator's seat or the facilitator). */
export function seesEverything(state: SessionState, viewer: Viewer): boolean {
  return sightOf(state, viewer).facilitator;
}

export function sightOf(state: SessionState, viewer: Viewer): Sight {
  const debrief = state.phase === 'debrief';
  if (viewer === 'facilitator') return { facilitator: true, state: null, debrief };
  if (viewer === 'projector') return { facilitator: false, state: null, debrief };
  const seat = state.config.seats.find((s) => s.id === viewer.seatId);
  if (!seat) throw new Error(`No seat "${viewer.seatId}" in this session.`);
  return { facilitator: seat.kind === 'facilitator', state: seat.state ?? null, debrief };
}

/** Each seat's state by seat id, built once per list of seats (a log entry's author is looked up by it). */
const seatStates = new WeakMap<readonly Seat[], ReadonlyMap<string, string | null>>();

function stateOfActor(seats: readonly Seat[], seatId: string): string | null {
  let byId = seatStates.get(seats);
  if (!byId) {
    const map = new Map<string, string | null>();
    for (const s of seats) if (!map.has(s.id)) map.set(s.id, s.state ?? null);
    seatStates.set(seats, (byId = map));
  }
  return byId.get(seatId) ?? null;
}

function inAudience(draft: Draft | undefined, sight: Sight): boolean {
  return sight.state !== null && draft?.circulation?.audience.includes(sight.state) === true;
}

/**
 * The drafts as the viewer may read them: a draft in circulation only for the Council's members it
 * was circulated to; once in blue its text is public, its negotiation (revisions and requests) stays
 * with those members until the debrief.
 */
export function draftsAsSeen(drafts: SessionState['drafts'], sight: Sight): SessionState['drafts'] {
  if (sight.debrief) return drafts;
  let seen: SessionState['drafts'] | null = null;
  for (const [id, draft] of Object.entries(drafts)) {
    if (!draft.circulation || inAudience(draft, sight)) continue;
    seen ??= { ...drafts };
    if (draft.status === 'circulating') delete seen[id];
    else seen[id] = { ...draft, circulation: { ...draft.circulation, revisions: [], requests: [] } };
  }
  return seen ?? drafts;
}

function agreementVisible(a: Agreement, sight: Sight): boolean {
  return (sight.state !== null && a.parties.includes(sight.state)) || a.status === 'signed';
}

/** Whether a log entry is visible: the rule the state filters below follow, entry by entry. */
export function entryVisible(state: SessionState, entry: LogEntry, sight: Sight): boolean {
  if (sight.facilitator) return true;
  const own = (code: string | null | undefined) => sight.state !== null && code === sight.state;
  const actorState = stateOfActor(state.config.seats, entry.actingFor ?? entry.by);
  const event = entry.event;
  switch (event.type) {
    case 'message.private':
      return own(actorState) || own(event.to);
    // A group's messages are read by its members; who convened, joined or declined it by everyone invited (all in the debrief).
    case 'group.message':
      return sight.debrief || groupMember(ownEntry(state.groups, event.groupId), sight);
    case 'group.convene':
    case 'group.join':
    case 'group.decline':
      return sight.debrief || groupKnown(ownEntry(state.groups, event.groupId), sight);
    case 'd2r.propose':
      return own(actorState) || own(event.to);
    case 'd2r.counter':
    case 'd2r.sign':
    case 'd2r.reject':
    case 'd2r.withdraw': {
      const agreement = ownEntry(state.agreements, event.agreementId);
      return agreement !== undefined && sight.state !== null && agreement.parties.includes(sight.state);
    }
    // An offer and its answer: its two parties (fixed when it is made), and everyone in the debrief.
    case 'offer.make':
      return sight.debrief || own(actorState) || own(event.to);
    case 'offer.answer': {
      const offer = ownEntry(state.offers, event.offerId);
      return sight.debrief || (offer !== undefined && (own(offer.from) || own(offer.to)));
    }
    case 'veto.threaten': {
      if (event.visibility === 'public' || own(actorState) || own(event.to)) return true;
      const sponsors = ownEntry(state.drafts, event.draftId)?.sponsors ?? [];
      return event.to === undefined && sight.state !== null && sponsors.includes(sight.state);
    }
    case 'inject.write':
      return event.recipients === undefined || (sight.state !== null && event.recipients.includes(sight.state));
    // A draft's negotiation is among the Council's members (and read by all in the debrief); its text in blue is public.
    case 'draft.circulate':
    case 'draft.requestChange':
    case 'draft.answerRequest':
      return sight.debrief || inAudience(ownEntry(state.drafts, event.draftId), sight);
    case 'conduct.act':
    case 'conduct.done':
    case 'memorial.file':
      return sight.debrief || own(actorState);
    // The presiding judge's overrides are part of the judgment: read when it is delivered.
    case 'judgment.override':
      return sight.debrief;
    // The instructor's marks are the instructor's: never in a seat's record (docs/assessment.md).
    case 'rubric.edit':
      return false;
    // Public: every seat sees these (a new event type must be placed here or above). Council
    // statements and the answers to stated meetings are public, as the Council's work and a
    // meeting's attendance are.
    case 'session.start':
    case 'phase.advance':
    case 'phase.skip':
    case 'session.pause':
    case 'session.resume':
    case 'timer.adjust':
    case 'timer.expired':
    case 'session.end':
    case 'inject.fire':
    case 'seat.assign':
    case 'statement.public':
    case 'councilStatement.propose':
    case 'councilStatement.join':
    case 'councilStatement.object':
    case 'meeting.attend':
    case 'meeting.decline':
    case 'draft.table':
    case 'draft.putInBlue':
    case 'draft.cosponsor':
    case 'draft.withdraw':
    case 'vote.open':
    case 'vote.cast':
    case 'vote.close':
    case 'vote.explain':
    case 'ufp.propose-referral':
    case 'ufp.request':
    case 'delegation.pass':
    case 'vetoInitiative.speak':
    case 'judgment.deliver':
      return true;
  }
}

function stateView(state: SessionState, sight: Sight): SessionState {
  const log = state.log.filter((e) => entryVisible(state, e, sight)).map((e) => entryAsSeen(e, sight));
  const visibleSeqs = new Set(log.map((e) => e.seq));
  const aiNotes: SessionState['aiNotes'] = {};
  for (const [seq, note] of Object.entries(state.aiNotes)) {
    if (visibleSeqs.has(Number(seq))) aiNotes[Number(seq)] = noteAsSeen(note, sight);
  }
  return {
    ...state,
    config: configAsSeen(state.config),
    evidence: evidenceAsSeen(state.evidence, sight),
    channels: channelsAsSeen(state.channels, sight),
    groups: groupsAsSeen(state.groups, sight),
    vetoThreats: state.vetoThreats.filter((t) => visibleSeqs.has(t.seq)),
    drafts: draftsAsSeen(state.drafts, sight),
    agreements: agreementsAsSeen(state.agreements, sight),
    offers: offersAsSeen(state.offers, sight),
    conduct: conductAsSeen(state.conduct, sight),
    memorials: memorialsAsSeen(state.memorials, sight),
    overrides: sight.debrief ? state.overrides : [],
    facilitatorActions: state.facilitatorActions.filter((f) => visibleSeqs.has(f.seq)),
    aiNotes,
    log,
    rng: [],
  };
}

// The parts of a seat's state view, each a function of one part of the state and the sight, so
// that an incremental view (view-cache.ts) recomputes only the parts that changed.

const owns = (sight: Sight, code: string | null | undefined) => sight.state !== null && code === sight.state;

/** A visible log entry as the viewer reads it: AI coach notes are blank until the debrief. */
export function entryAsSeen(entry: LogEntry, sight: Sight): LogEntry {
  return entry.ai && !sight.debrief ? { ...entry, ai: { ...entry.ai, coach: '' } } : entry;
}

export function noteAsSeen(note: AiExplanation, sight: Sight): AiExplanation {
  return sight.debrief ? note : { ...note, coach: '' };
}

/** The seed makes the AI delegates predictable: no seat's view carries it. */
export function configAsSeen(config: SessionConfig): SessionConfig {
  return { ...config, seed: 0 };
}

export function evidenceAsSeen(evidence: SessionState['evidence'], sight: Sight): SessionState['evidence'] {
  return {
    ...evidence,
    intelligence: evidence.intelligence.filter((i) => sight.state !== null && i.recipients.includes(sight.state)).map((i) => ({ ...i, recipients: [sight.state!] })),
  };
}

/** The viewer's own bilateral channels. */
export function channelsAsSeen(channels: SessionState['channels'], sight: Sight): SessionState['channels'] {
  const seen: SessionState['channels'] = {};
  for (const [key, messages] of Object.entries(channels)) if (channelVisible(messages, sight)) seen[key] = messages;
  return seen;
}

export function channelVisible(messages: readonly PrivateMessage[], sight: Sight): boolean {
  return messages.some((m) => owns(sight, m.from) || owns(sight, m.to));
}

function groupMember(group: GroupChannel | undefined, sight: Sight): boolean {
  return sight.state !== null && group?.members.includes(sight.state) === true;
}

function groupKnown(group: GroupChannel | undefined, sight: Sight): boolean {
  return sight.state !== null && group !== undefined && groupAudience(group).includes(sight.state);
}

/**
 * The group channels as the viewer may read them: the groups it belongs to, and the contact groups
 * it was invited to (without their messages until it joins). All of them in the debrief.
 */
export function groupsAsSeen(groups: SessionState['groups'], sight: Sight): SessionState['groups'] {
  if (sight.debrief) return groups;
  const seen: SessionState['groups'] = {};
  for (const [id, group] of Object.entries(groups)) {
    if (groupMember(group, sight)) seen[id] = group;
    else if (groupKnown(group, sight)) seen[id] = { ...group, messages: [] };
  }
  return seen;
}

export function agreementsAsSeen(agreements: SessionState['agreements'], sight: Sight): SessionState['agreements'] {
  const seen: SessionState['agreements'] = {};
  for (const [id, a] of Object.entries(agreements)) {
    const shown = agreementAsSeen(a, sight);
    if (shown) seen[id] = shown;
  }
  return seen;
}

/** An agreement as the viewer may read it, or null when it may not. */
export function agreementAsSeen(a: Agreement, sight: Sight): Agreement | null {
  if (!agreementVisible(a, sight)) return null;
  const party = sight.state !== null && a.parties.includes(sight.state);
  // The registry shows a signed agreement's text; its negotiation and breaches stay with the parties until the debrief.
  return party || sight.debrief ? a : { ...a, history: [], breaches: [] };
}

/** The offers the viewer is a party to (all of them in the debrief): the commitments it sees follow from them. */
export function offersAsSeen(offers: SessionState['offers'], sight: Sight): SessionState['offers'] {
  if (sight.debrief) return offers;
  const seen: SessionState['offers'] = {};
  for (const [id, offer] of Object.entries(offers)) if (owns(sight, offer.from) || owns(sight, offer.to)) seen[id] = offer;
  return seen;
}

export function conductAsSeen(conduct: SessionState['conduct'], sight: Sight): SessionState['conduct'] {
  return conduct.filter((c) => sight.debrief || owns(sight, c.state));
}

export function memorialsAsSeen(memorials: SessionState['memorials'], sight: Sight): SessionState['memorials'] {
  const seen: SessionState['memorials'] = {};
  for (const [code, memorial] of Object.entries(memorials)) if (sight.debrief || owns(sight, code)) seen[code] = memorial;
  return seen;
}
