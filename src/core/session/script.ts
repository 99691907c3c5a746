import { z } from 'zod';
import { formatPath, parseScenarioText, type ScenarioProblem } from '../scenario/load';
import { stateCode } from '../scenario/schema';
import { sessionEvent, type SessionEvent } from './events';
import { ROUND_PHASES, type RoundPhase } from './phases';

/**
 * The `moot-council run --script` file (docs/session-script.md): which states the script plays,
 * and their moves round by round and phase by phase. A move is a session event; a vote may name
 * the draft (`draftId`) instead of the ballot, and is cast on that draft's open ballot; a
 * penholder's answer may name who asked (`from: RUS`) instead of the request's entry number.
 */

const actorKey = z.union([stateCode, z.literal('facilitator')]);
const scriptMove = z.looseObject({ type: z.string() });
const phaseMoves = z.record(actorKey, z.array(scriptMove));

export const sessionScriptSchema = z.strictObject({
  /** States played by the script alone (human seats); the others are played by the delegate policy. */
  seats: z.array(stateCode).optional(),
  /** End the rounds early after this round's conduct phase (the facilitator's "end early"). */
  endAfterRound: z.number().int().min(1).optional(),
  difficulty: z.enum(['cooperative', 'realistic', 'hard-nosed']).optional(),
  /** Record a move that is never in order as refused and play on, instead of stopping the run (default: stop). */
  continueOnRefusal: z.boolean().optional(),
  rounds: z.record(z.string().regex(/^[1-9][0-9]*$/, 'a round number'), z.partialRecord(z.enum(ROUND_PHASES), phaseMoves)).default({}),
  adjudication: phaseMoves.optional(),
});
export type SessionScriptInput = z.input<typeof sessionScriptSchema>;

export interface ScriptedMove {
  /** Where it is in the script, for error messages ("rounds.1.council.FRA[2]"). */
  where: string;
  event: SessionEvent;
  /** For a vote named by its draft: the draft whose open ballot it is cast on. */
  voteOnDraft?: string;
  /** For an answer named by who asked (`from`): the state whose oldest unanswered request on the draft it answers. */
  answerTo?: string;
}

export type ScriptPhase = RoundPhase | 'adjudication';

export interface SessionScript {
  seats: string[] | null;
  endAfterRound: number | null;
  difficulty: 'cooperative' | 'realistic' | 'hard-nosed' | null;
  /** A move never in order is recorded as refused and the run goes on (otherwise the run stops). */
  continueOnRefusal: boolean;
  /** Moves by round (0 for adjudication), phase and actor ('facilitator' or a state code). */
  moves: Map<string, ScriptedMove[]>;
}

export function scriptKey(round: number, phase: ScriptPhase, actor: string): string {
  return `${phase === 'adjudication' ? 0 : round}|${phase}|${actor}`;
}

export const EMPTY_SCRIPT: SessionScript = { seats: null, endAfterRound: null, difficulty: null, continueOnRefusal: false, moves: new Map() };

const VOTE_PLACEHOLDER = 'script-ballot';
/** Stands for the request a scripted answer names by who asked, until the run resolves it. */
const REQUEST_PLACEHOLDER = Number.MAX_SAFE_INTEGER;

function parseMove(raw: Record<string, unknown>, where: string, problems: ScenarioProblem[]): ScriptedMove | null {
  let voteOnDraft: string | undefined;
  let candidate: Record<string, unknown> = raw;
  if (raw.type === 'vote.cast' && raw.ballotId === undefined && typeof raw.draftId === 'string') {
    const { draftId, ...rest } = raw;
    voteOnDraft = draftId as string;
    candidate = { ...rest, ballotId: VOTE_PLACEHOLDER };
  }
  let answerTo: string | undefined;
  if (raw.type === 'draft.answerRequest' && raw.requestSeq === undefined && typeof raw.from === 'string') {
    const { from, ...rest } = raw;
    answerTo = from as string;
    candidate = { ...rest, requestSeq: REQUEST_PLACEHOLDER };
  }
  const parsed = sessionEvent.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = formatPath(issue.path);
      problems.push({ path: path ? `${where}.${path}` : where, message: issue.message });
    }
    return null;
  }
  return { where, event: parsed.data, ...(voteOnDraft ? { voteOnDraft } : {}), ...(answerTo ? { answerTo } : {}) };
}

/** Validates a parsed script; problems name the path ("rounds.1.council.FRA[0].text"). */
export function validateSessionScript(data: unknown): { ok: true; script: SessionScript } | { ok: false; problems: ScenarioProblem[] } {
  const parsed = sessionScriptSchema.safeParse(data ?? {});
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
  }
  const problems: ScenarioProblem[] = [];
  const moves = new Map<string, ScriptedMove[]>();
  const collect = (round: number, phase: ScriptPhase, byActor: Record<string, Record<string, unknown>[]>, base: string) => {
    for (const [actor, list] of Object.entries(byActor)) {
      const parsedMoves = list
        .map((raw, i) => parseMove(raw, `${base}.${actor}[${i}]`, problems))
        .filter((m): m is ScriptedMove => m !== null);
      moves.set(scriptKey(round, phase, actor), parsedMoves);
    }
  };
  for (const [round, phases] of Object.entries(parsed.data.rounds)) {
    for (const [phase, byActor] of Object.entries(phases)) {
      if (byActor) collect(Number(round), phase as RoundPhase, byActor, `rounds.${round}.${phase}`);
    }
  }
  if (parsed.data.adjudication) collect(0, 'adjudication', parsed.data.adjudication, 'adjudication');
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    script: {
      seats: parsed.data.seats ?? null,
      endAfterRound: parsed.data.endAfterRound ?? null,
      difficulty: parsed.data.difficulty ?? null,
      continueOnRefusal: parsed.data.continueOnRefusal ?? false,
      moves,
    },
  };
}

/** Parses a YAML or JSON script (with the scenario loader's size and nesting limits). */
export function loadSessionScript(text: string): { ok: true; script: SessionScript } | { ok: false; problems: ScenarioProblem[] } {
  const parsed = parseScenarioText(text);
  if (!parsed.ok) return parsed;
  return validateSessionScript(parsed.data);
}

/**
 * States the script gives moves to but does not list in `seats`: the AI plays them once their
 * scripted moves are done, which an author who listed `seats` may not expect.
 */
export function scriptedButNotSeated(script: SessionScript): string[] {
  if (script.seats === null) return [];
  const seated = new Set(script.seats);
  return scriptedStates(script).filter((code) => !seated.has(code));
}

/** States the script names anywhere (as actors). */
export function scriptedStates(script: SessionScript): string[] {
  const out = new Set<string>(script.seats ?? []);
  for (const key of script.moves.keys()) {
    const actor = key.split('|')[2]!;
    if (actor !== 'facilitator') out.add(actor);
  }
  return [...out].sort();
}

