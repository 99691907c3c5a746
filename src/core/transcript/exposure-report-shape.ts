/**
 * What the transcript reads from the law engine's exposure report (docs/design.md §5.2, `score --format
 * json`). Written structurally, so the report of src/core/law (`adjudicate(scenario, state)`)
 * fits it without the transcript importing the engine, and tests can hand in a fixed report.
 */
export interface ReportFindingLike {
  duty: string;
  /** The duty's normative status (established, treaty, emerging, nascent, aspirational). */
  status: string;
  points: number;
  /** Whether the finding holds: 'holds' | 'does-not-hold' | 'unknown', or a boolean. */
  holds?: string | boolean;
  result?: string;
  basis: readonly { authority: string; pinpoint: string }[];
  /** Event references: "#12" (log seq 12) or "scenario:relationships[3]" and the like. */
  evidence: readonly string[];
  reasoning: string;
  defences: readonly { argument: string; accepted: boolean; why: string }[];
  /** An informational finding (e.g. the duty to cooperate) carries no points. */
  informational?: boolean;
  override?: { holds: boolean; reason: string; seq?: number | null; engineResult?: string } | null;
}

export interface ReportStateLike {
  state: string;
  exposure: number;
  band: string;
  findings: readonly ReportFindingLike[];
}

export interface ExposureReportLike {
  scenario?: string;
  states: readonly ReportStateLike[];
}

/** 'holds' | 'does-not-hold' | 'unknown' | null, whatever shape the report gives it in. */
export function findingHolds(finding: ReportFindingLike): string | null {
  const value = typeof finding.result === 'string' ? finding.result : finding.holds;
  if (value === undefined) return null;
  if (typeof value === 'boolean') return value ? 'holds' : 'does-not-hold';
  return value;
}

/**
 * What would have changed the findings (src/core/law `whatIfFor`), written structurally as the
 * report is: per state, per finding searched, each change in words and the rule that decides it.
 */
export interface StateWhatIfLike {
  state: string;
  findings: readonly {
    duty: string;
    changes: readonly { words: string; rule: { label: string; authorities: readonly string[] } | null }[];
  }[];
  note: string | null;
}
