import type { ConductKind, ConductScale, DefenceArgument, SessionView } from '../../core/session';

/**
 * The renderer's window on the law engine (src/core/law): the judgment report, the practice-mode
 * legal-risk preview and the suggested defences, in the shape the screens use. Everything goes
 * through here so that the screens do not depend on the engine's internals.
 */

export type FindingStatus = 'holds' | 'does-not-hold' | 'unknown';

export interface ReportCitation {
  authority: string;
  pinpoint: string;
}

export interface ReportDefence {
  argument: string;
  accepted: boolean;
  why: string;
}

export interface ReportFinding {
  duty: string;
  /** Normative status of the duty (established, treaty, emerging, nascent, aspirational). */
  normativeStatus?: string;
  status: FindingStatus;
  points: number;
  /** The holding in one sentence. */
  holding: string;
  reasoning: string;
  basis: ReportCitation[];
  /** Log seqs of the evidence events (for links to the Timeline); scenario facts as text. */
  evidence: number[];
  facts: string[];
  defences: ReportDefence[];
  override: { holds: boolean; reason: string; seq: number } | null;
}

export type Band = 'none' | 'low' | 'moderate' | 'high' | 'grave';

export interface ReportState {
  state: string;
  exposure: number;
  band: Band;
  findings: ReportFinding[];
}

export interface JudgmentReport {
  states: ReportState[];
}

export interface RiskPreview {
  level: 'none' | 'low' | 'moderate' | 'high' | 'grave';
  lines: string[];
}

export interface ProposedConduct {
  kind: ConductKind;
  target: string | null;
  scale: ConductScale;
}

export type LawResult<T> = { ok: true; value: T } | { ok: false; reason: string };

const NOT_YET = 'The law engine is not part of this build yet.';

/** The judgment on the record as the viewer sees it (the facilitator's view has the whole record). */
export function judgmentReport(_view: SessionView): LawResult<JudgmentReport> {
  return { ok: false, reason: NOT_YET };
}

/** What a proposed act would change in the state's legal exposure (practice mode). */
export function riskPreview(_view: SessionView, _state: string, _conduct: ProposedConduct): LawResult<RiskPreview> {
  return { ok: false, reason: NOT_YET };
}

/** Defence arguments the record supports for a state, with a short reason each. */
export function suggestedDefences(_view: SessionView, _state: string): LawResult<{ argument: DefenceArgument; duty?: string; why: string }[]> {
  return { ok: false, reason: NOT_YET };
}
