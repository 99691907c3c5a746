import { recordChanges, type PatchOp } from '../shared/json-patch';
import type { Scenario } from '../scenario/schema';
import type { AiExplanation, LogEntry, Seat } from './events';
import { ownEntry } from './lookup';
import { groupAudience } from './group-channels';
import type { Agreement, PrivateMessage, SessionState } from './state';
import {
  agreementAsSeen,
  channelVisible,
  conductAsSeen,
  offersAsSeen,
  draftsAsSeen,
  groupsAsSeen,
  configAsSeen,
  entryAsSeen,
  entryVisible,
  evidenceAsSeen,
  identityOf,
  memorialsAsSeen,
  noteAsSeen,
  scenarioView,
  sightOf,
  viewFor,
  type SessionView,
  type Sight,
  type Viewer,
} from './view';

/**
 * One viewer's view of a session, kept up to date as the session goes on: the same view as
 * `viewFor` (tests hold it to that, command by command), computed from what changed.
 *
 * The record only grows, so when the new state's log extends the one last seen, only the new
 * entries are filtered, and every part of the view whose part of the state is unchanged is the
 * previous view's own object. What a log entry's visibility reads besides the entry (the seats'
 * states, the sponsors of the draft, the parties to the agreement and the readers of the group channel it names, whether the debrief
 * has begun) is watched; when any of it changes the whole log is filtered again. The parts that
 * only grow (the log, the AI notes) are recorded with their changes (`recordChanges`), so that a
 * patch between two successive views of the same viewer is computed from the appended entries,
 * not by walking the whole record.
 */
export class IncrementalView {
  private last: Kept | null = null;
  /** The facilitator's previous state, whose log the next one extends. */
  private lastWhole: SessionState | null = null;

  constructor(
    private readonly scenario: Scenario,
    private readonly viewer: Viewer,
  ) {}

  viewOf(state: SessionState): SessionView {
    const sight = sightOf(state, this.viewer);
    if (sight.facilitator) return this.wholeView(state);
    this.lastWhole = null;
    const last = this.last !== null && this.extends(this.last, state, sight) ? this.last : null;
    const log = last ? this.appendedLog(last, state, sight) : fullLog(state, sight);
    const part = <K extends keyof SessionState, V>(key: K, compute: () => V, seen: V | undefined, unchanged: boolean): V =>
      last && unchanged && last.state[key] === state[key] && seen !== undefined ? seen : compute();
    const logGrew = last === null || log.visible !== last.log.visible;
    const view = last?.view.state;
    const channels = this.channels(last, state, sight);
    const agreements = this.agreements(last, state, sight);
    const scenarioSeen =
      last && last.state.round === state.round && last.state.injectsFired === state.injectsFired ? last.view.scenario : scenarioView(this.scenario, state, sight);
    const stateSeen: SessionState = {
      ...state,
      config: part('config', () => configAsSeen(state.config), view?.config, true),
      evidence: part('evidence', () => evidenceAsSeen(state.evidence, sight), view?.evidence, true),
      channels: channels.seen,
      vetoThreats: part('vetoThreats', () => state.vetoThreats.filter((t) => log.seqs.has(t.seq)), view?.vetoThreats, !logGrew),
      drafts: part('drafts', () => draftsAsSeen(state.drafts, sight), view?.drafts, true),
      groups: part('groups', () => groupsAsSeen(state.groups, sight), view?.groups, true),
      agreements: agreements.seen,
      offers: part('offers', () => offersAsSeen(state.offers, sight), view?.offers, true),
      conduct: part('conduct', () => conductAsSeen(state.conduct, sight), view?.conduct, true),
      memorials: part('memorials', () => memorialsAsSeen(state.memorials, sight), view?.memorials, true),
      overrides: sight.debrief ? state.overrides : (view?.overrides ?? []),
      facilitatorActions: part('facilitatorActions', () => state.facilitatorActions.filter((f) => log.seqs.has(f.seq)), view?.facilitatorActions, !logGrew),
      aiNotes: log.notes,
      log: log.visible,
      rng: view?.rng ?? [],
    };
    const viewer = last?.view.viewer ?? identityOf(this.viewer, sight);
    const next: SessionView = { viewer, scenario: scenarioSeen, state: stateSeen };
    this.last = { state, sight, view: next, log, channels: channels.kept, agreements: agreements.kept };
    return next;
  }

  /** The facilitator sees the state itself; what its log gained is recorded for the patch. */
  private wholeView(state: SessionState): SessionView {
    this.last = null;
    const before = this.lastWhole;
    this.lastWhole = state;
    if (before && before.log !== state.log && extendsLog(before.log.length, before.log.at(-1), state.log)) {
      const added = state.log.slice(before.log.length);
      recordChanges(before.log, state.log, [{ op: 'append', path: [], values: added }]);
      if (before.aiNotes !== state.aiNotes) recordNotes(before.aiNotes, state.aiNotes, added.filter((e) => hasNote(state, e.seq)).map((e) => e.seq));
    }
    return viewFor(this.scenario, state, this.viewer);
  }

  /** Whether `state` goes on from the last state seen with every old entry's visibility unchanged. */
  private extends(last: Kept, state: SessionState, sight: Sight): boolean {
    if (last.sight.debrief !== sight.debrief || last.sight.state !== sight.state) return false;
    if (last.state.config.seats !== state.config.seats && !sameSeatStates(last.state.config.seats, state.config.seats)) return false;
    if (!extendsLog(last.log.length, last.log.lastEntry, state.log)) return false;
    if (last.state.drafts !== state.drafts) {
      for (const [id, sponsors] of last.log.sponsors) if (!sameList(sponsors, ownEntry(state.drafts, id)?.sponsors)) return false;
    }
    if (last.state.agreements !== state.agreements) {
      for (const [id, parties] of last.log.parties) if (!sameList(parties, ownEntry(state.agreements, id)?.parties)) return false;
    }
    if (last.state.groups !== state.groups) {
      for (const [id, members] of last.log.members) if (!sameList(members, groupReaders(state, id))) return false;
    }
    return true;
  }

  /** The log seen before with the new entries the viewer may see appended. */
  private appendedLog(last: Kept, state: SessionState, sight: Sight): SeenLog {
    const previous = last.log;
    if (state.log.length === previous.length) return previous;
    const added: LogEntry[] = [];
    // The sets and maps grow in place: only the latest view's are ever read again.
    for (let i = previous.length; i < state.log.length; i += 1) {
      const entry = state.log[i]!;
      watch(state, entry, previous);
      if (!entryVisible(state, entry, sight)) continue;
      added.push(entryAsSeen(entry, sight));
      previous.seqs.add(entry.seq);
    }
    const next: SeenLog = { ...previous, length: state.log.length, lastEntry: state.log.at(-1) };
    if (added.length === 0) return next;
    const visible = previous.visible.concat(added);
    recordChanges(previous.visible, visible, [{ op: 'append', path: [], values: added }]);
    const noted = added.filter((e) => hasNote(state, e.seq));
    let notes = previous.notes;
    if (noted.length > 0) {
      notes = { ...previous.notes };
      for (const entry of noted) notes[entry.seq] = noteAsSeen(state.aiNotes[entry.seq]!, sight);
      recordNotes(previous.notes, notes, noted.map((e) => e.seq));
    }
    return { ...next, visible, notes };
  }

  /** The viewer's channels: a channel whose messages are the same array keeps its answer. */
  private channels(last: Kept | null, state: SessionState, sight: Sight): { seen: SessionState['channels']; kept: Map<string, ChannelSeen> } {
    if (last && last.state.channels === state.channels) return { seen: last.view.state.channels, kept: last.channels };
    const kept = new Map<string, ChannelSeen>();
    const seen: SessionState['channels'] = {};
    let changed = last === null;
    let count = 0;
    for (const [key, messages] of Object.entries(state.channels)) {
      const before = last?.channels.get(key);
      const visible = before && before.messages === messages ? before.visible : channelVisible(messages, sight);
      kept.set(key, { messages, visible });
      if (!visible) continue;
      seen[key] = messages;
      count += 1;
      if (!changed && ownEntry(last!.view.state.channels, key) !== messages) changed = true;
    }
    if (!changed && count !== Object.keys(last!.view.state.channels).length) changed = true;
    return { seen: changed ? seen : last!.view.state.channels, kept };
  }

  /** The agreements the viewer may see: an agreement that is the same object keeps its answer. */
  private agreements(last: Kept | null, state: SessionState, sight: Sight): { seen: SessionState['agreements']; kept: Map<string, AgreementSeen> } {
    if (last && last.state.agreements === state.agreements) return { seen: last.view.state.agreements, kept: last.agreements };
    const kept = new Map<string, AgreementSeen>();
    const seen: SessionState['agreements'] = {};
    for (const [id, agreement] of Object.entries(state.agreements)) {
      const before = last?.agreements.get(id);
      const shown = before && before.agreement === agreement ? before.seen : agreementAsSeen(agreement, sight);
      kept.set(id, { agreement, seen: shown });
      if (shown) seen[id] = shown;
    }
    return { seen, kept };
  }
}

interface SeenLog {
  /** How many entries of the state's log have been filtered, and the last of them. */
  length: number;
  lastEntry: LogEntry | undefined;
  /** The entries the viewer may see, as it sees them. */
  visible: LogEntry[];
  seqs: Set<number>;
  notes: SessionState['aiNotes'];
  /** The sponsors of each draft, the parties to each agreement and who reads each group channel, that a log entry names: its visibility may read them. */
  sponsors: Map<string, readonly string[] | undefined>;
  parties: Map<string, readonly string[] | undefined>;
  members: Map<string, readonly string[] | undefined>;
}

interface ChannelSeen {
  messages: readonly PrivateMessage[];
  visible: boolean;
}

interface AgreementSeen {
  agreement: Agreement;
  seen: Agreement | null;
}

/** What the last view was computed from, and its parts' answers. */
interface Kept {
  state: SessionState;
  sight: Sight;
  view: SessionView;
  log: SeenLog;
  channels: Map<string, ChannelSeen>;
  agreements: Map<string, AgreementSeen>;
}

function fullLog(state: SessionState, sight: Sight): SeenLog {
  const watched: Watched = { sponsors: new Map(), parties: new Map(), members: new Map() };
  const visible: LogEntry[] = [];
  for (const entry of state.log) {
    watch(state, entry, watched);
    if (entryVisible(state, entry, sight)) visible.push(entryAsSeen(entry, sight));
  }
  const seqs = new Set(visible.map((e) => e.seq));
  const notes: SessionState['aiNotes'] = {};
  for (const [seq, note] of Object.entries(state.aiNotes)) if (seqs.has(Number(seq))) notes[Number(seq)] = noteAsSeen(note, sight);
  return { length: state.log.length, lastEntry: state.log.at(-1), visible, seqs, notes, ...watched };
}

type Watched = Pick<SeenLog, 'sponsors' | 'parties' | 'members'>;

/** Notes the draft, agreement or group channel an entry names, whose sponsors, parties or readers its visibility may read. */
function watch(state: SessionState, entry: LogEntry, watched: Watched): void {
  const event = entry.event as { draftId?: unknown; agreementId?: unknown; groupId?: unknown };
  if (typeof event.draftId === 'string') watched.sponsors.set(event.draftId, ownEntry(state.drafts, event.draftId)?.sponsors);
  if (typeof event.agreementId === 'string') watched.parties.set(event.agreementId, ownEntry(state.agreements, event.agreementId)?.parties);
  if (typeof event.groupId === 'string') watched.members.set(event.groupId, groupReaders(state, event.groupId));
}

/** Who may read a group channel's entries: its members, then everyone who knows of it (what entryVisible reads). */
function groupReaders(state: SessionState, groupId: string): readonly string[] | undefined {
  const group = ownEntry(state.groups, groupId);
  return group ? [...group.members, '|', ...groupAudience(group)] : undefined;
}

/** Whether `log` holds the `length` entries seen before (the record is append-only: the last of them is still in place). */
function extendsLog(length: number, lastEntry: LogEntry | undefined, log: readonly LogEntry[]): boolean {
  return log.length >= length && (length === 0 || log[length - 1] === lastEntry);
}

function hasNote(state: SessionState, seq: number): boolean {
  return Object.hasOwn(state.aiNotes, seq);
}

function recordNotes(before: SessionState['aiNotes'], after: SessionState['aiNotes'], seqs: number[]): void {
  const ops: PatchOp[] = seqs.map((seq) => ({ op: 'set', path: [String(seq)], value: after[seq] as AiExplanation }));
  recordChanges(before, after, ops);
}

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((x, i) => x === b[i]);
}

function sameSeatStates(a: readonly Seat[], b: readonly Seat[]): boolean {
  return a.length === b.length && a.every((seat, i) => seat.id === b[i]!.id && (seat.state ?? null) === (b[i]!.state ?? null));
}
