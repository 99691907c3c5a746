import { readBrief, redLineCrossedBy } from '../ai/brief-reading';
import type { Scenario } from '../scenario/schema';
import type { SessionState } from '../session/state';
import { MEASURE_LABELS } from '../session/labels';
import { RUBRIC_CRITERION_LABELS } from '../session/plain-words';
import type { RubricCriterion } from '../shared/vocabulary';
import type { Measure } from '../shared/vocabulary';
import { commitmentsOf, type Transcript } from '../transcript';

/**
 * The assessment rubric for instructors (issue 18, item 5; docs/assessment.md): per seated
 * delegation, one line per criterion drawn from the facilitator's record, each with a score from
 * 0 to 1, what it rests on in words (never an entry's number) and the entries by number, and, where the facilitator edited it,
 * the facilitator's score and comment. The total is the weighted mean of the lines that apply,
 * out of 100. A pure function of the transcript, the scenario's briefs and the edits.
 */

/**
 * The weight of each criterion in the total (they sum to 100; docs/assessment.md justifies them).
 * A line that does not apply to a delegation (no objective the record can check, no draft, no
 * commitment, nothing to plead) leaves the total to the lines that do.
 */
export const RUBRIC_WEIGHTS: Record<RubricCriterion, number> = {
  objectives: 25,
  'red-lines': 15,
  drafts: 15,
  commitments: 15,
  exposure: 20,
  memorial: 10,
};

export const RUBRIC_CRITERIA = Object.keys(RUBRIC_WEIGHTS) as RubricCriterion[];
export type { RubricCriterion };

export const RUBRIC_LABELS = RUBRIC_CRITERION_LABELS;

/** What a draft earns its sponsor: adopted is the whole mark, tabled and revised but not adopted half. */
export const DRAFT_ADOPTED_SCORE = 1;
export const DRAFT_TABLED_SCORE = 0.5;

/** A facilitator's edit of one line (the `rubric.edit` event): a score out of 1 (null keeps the record's) and a comment. */
export interface RubricEdit {
  state: string;
  criterion: RubricCriterion;
  score: number | null;
  comment: string;
  seq: number;
}

export interface RubricLine {
  criterion: RubricCriterion;
  label: string;
  weight: number;
  /** From the record, 0-1; null when the criterion does not apply to this delegation. */
  recordScore: number | null;
  /** The facilitator's score where edited, else the record's. */
  score: number | null;
  /** What the score rests on, in words. */
  basis: string[];
  /** The entries of the record it rests on. */
  seqs: number[];
  edit: { score: number | null; comment: string; seq: number } | null;
}

export interface SeatRubric {
  state: string;
  name: string;
  playedBy: 'human' | 'ai';
  lines: RubricLine[];
  /** Weighted mean of the lines that apply, 0-100; null when none applies. */
  total: number | null;
}

/** The rubric of every seated delegation, in the record's order of states. */
export function rubricFor(scenario: Scenario, t: Transcript, edits: readonly RubricEdit[] = []): SeatRubric[] {
  const latest = new Map<string, RubricEdit>();
  for (const e of edits) latest.set(`${e.state}/${e.criterion}`, e);
  return t.states.flatMap((s) => {
    if (!s.seat) return [];
    const lines = RUBRIC_CRITERIA.map((criterion) => {
      const drawn = LINE_OF[criterion](scenario, t, s.code);
      const edit = latest.get(`${s.code}/${criterion}`) ?? null;
      return {
        criterion,
        label: RUBRIC_LABELS[criterion],
        weight: RUBRIC_WEIGHTS[criterion],
        recordScore: drawn.score,
        score: edit && edit.score !== null ? edit.score : drawn.score,
        basis: drawn.basis,
        seqs: drawn.seqs,
        edit: edit ? { score: edit.score, comment: edit.comment, seq: edit.seq } : null,
      };
    });
    return [{ state: s.code, name: s.name, playedBy: s.seat.kind, lines, total: totalOf(lines) }];
  });
}

function totalOf(lines: readonly RubricLine[]): number | null {
  const applying = lines.filter((l) => l.score !== null);
  const weight = applying.reduce((sum, l) => sum + l.weight, 0);
  if (weight === 0) return null;
  return Math.round((applying.reduce((sum, l) => sum + l.weight * l.score!, 0) / weight) * 1000) / 10;
}

interface Drawn {
  score: number | null;
  basis: string[];
  seqs: number[];
}

const NOT_APPLICABLE = (why: string): Drawn => ({ score: null, basis: [why], seqs: [] });

function fraction(met: number, of: number): number {
  return Math.round((met / of) * 1000) / 1000;
}

/** Measures the Council or the Assembly adopted, with the ballot that adopted each. */
function adoptedMeasures(t: Transcript): { measure: string; label: string; forum: 'council' | 'assembly'; title: string; seq: number }[] {
  return t.ballots.flatMap((b) => {
    if (!b.adopted || b.purpose !== 'adoption') return [];
    const draft = t.drafts.find((d) => d.id === b.draftId);
    if (!draft) return [];
    return draft.measures.map((m) => ({ measure: m.id, label: m.label, forum: draft.forum, title: draft.title, seq: b.closedSeq ?? b.openedSeq }));
  });
}

const LINE_OF: Record<RubricCriterion, (scenario: Scenario, t: Transcript, code: string) => Drawn> = {
  objectives(scenario, t, code) {
    const brief = scenario.states.find((s) => s.code === code)?.brief;
    const stances = Object.entries(readBrief(scenario, code, brief).objectiveStances) as [Measure, string][];
    if (stances.length === 0) return NOT_APPLICABLE('Its brief names no measure the record can check.');
    const adopted = adoptedMeasures(t);
    const basis: string[] = [];
    const seqs: number[] = [];
    let met = 0;
    for (const [measure, stance] of stances) {
      const passed = adopted.filter((a) => a.measure === measure && (stance === 'favour' || a.forum === 'council'));
      const label = measureLabel(t, measure);
      const ok = stance === 'favour' ? passed.length > 0 : passed.length === 0;
      if (ok) met++;
      seqs.push(...passed.map((p) => p.seq));
      basis.push(
        stance === 'favour'
          ? ok
            ? `Wanted ${label}: adopted in draft "${passed[0]!.title}".`
            : `Wanted ${label}: no draft with it was adopted.`
          : ok
            ? `Wanted no Council decision on ${label}: none was adopted.`
            : `Wanted no Council decision on ${label}: adopted in draft "${passed[0]!.title}".`,
      );
    }
    return { score: fraction(met, stances.length), basis, seqs };
  },
  'red-lines'(scenario, t, code) {
    const brief = scenario.states.find((s) => s.code === code)?.brief;
    const reading = readBrief(scenario, code, brief);
    if (reading.redLineMeasures.length === 0) return NOT_APPLICABLE('Its brief draws no red line on a measure.');
    const adopted = adoptedMeasures(t);
    const basis: string[] = [];
    const seqs: number[] = [];
    let held = 0;
    for (const measure of reading.redLineMeasures) {
      const forum = reading.redLineForums[measure] ?? 'any';
      const crossed = adopted.filter((a) => a.measure === measure && redLineCrossedBy(forum, a.forum));
      const label = measureLabel(t, measure);
      if (crossed.length === 0) {
        held++;
        basis.push(`Red line on ${label}: held (nothing adopted crossed it).`);
      } else {
        seqs.push(...crossed.map((c) => c.seq));
        basis.push(`Red line on ${label}: crossed by draft "${crossed[0]!.title}".`);
      }
    }
    return { score: fraction(held, reading.redLineMeasures.length), basis, seqs };
  },
  drafts(_scenario, t, code) {
    const own = t.drafts.filter((d) => d.sponsors[0] === code || d.sponsors.includes(code));
    if (own.length === 0) return NOT_APPLICABLE('It sponsored no draft.');
    const revisions = entriesOf(t, code, (type) => type === 'draft.answerRequest');
    const basis: string[] = [];
    const seqs: number[] = [];
    let best = 0;
    for (const d of own) {
      const role = d.sponsors[0] === code ? 'tabled' : 'cosponsored';
      const adopted = t.ballots.some((b) => b.draftId === d.id && b.adopted && b.purpose === 'adoption');
      best = Math.max(best, adopted ? DRAFT_ADOPTED_SCORE : DRAFT_TABLED_SCORE);
      seqs.push(d.tabledSeq);
      basis.push(`${role === 'tabled' ? 'Tabled' : 'Cosponsored'} draft "${d.title}": ${adopted ? 'adopted' : d.status.replace(/-/g, ' ')}.`);
    }
    if (revisions.length > 0) {
      basis.push(`Answered ${revisions.length} request${revisions.length === 1 ? '' : 's'} for changes to its drafts.`);
      seqs.push(...revisions.map((e) => e.seq));
    }
    return { score: best, basis, seqs };
  },
  commitments(_scenario, t, code) {
    const lines = commitmentsOf(t, code).filter((c) => c.kept === 'kept' || c.kept === 'broken');
    if (lines.length === 0) return NOT_APPLICABLE('It made no commitment the record could test (no agreement signed, no accepted offer kept or broken).');
    const kept = lines.filter((c) => c.kept === 'kept').length;
    return {
      score: fraction(kept, lines.length),
      basis: lines.map((c) => `${c.kept === 'kept' ? 'Kept' : 'Broken'}: ${c.words}`),
      seqs: lines.flatMap((c) => c.seqs),
    };
  },
  exposure(_scenario, t, code) {
    const s = t.judgment?.states.find((x) => x.state === code);
    if (!s) return NOT_APPLICABLE('The judgment has not been given.');
    const holding = s.findings.filter((f) => !f.informational && f.holds !== 'does-not-hold' && f.points > 0);
    return {
      score: fraction(100 - s.exposure, 100),
      basis: [
        `Exposure ${s.exposure} / 100${t.judgment!.provisional ? ' (provisional)' : ''}.`,
        ...holding.map((f) => `${f.dutyLabel}: ${f.points} points.`),
      ],
      seqs: [...new Set(holding.flatMap((f) => f.evidence.flatMap((e) => (e.seq !== null ? [e.seq] : []))))].slice(0, 12),
    };
  },
  memorial(_scenario, t, code) {
    const s = t.judgment?.states.find((x) => x.state === code);
    const pleas = (s?.findings ?? []).flatMap((f) => f.defences.map((d) => ({ ...d, duty: f.dutyLabel })));
    const memorials = t.memorials.filter((m) => m.state === code);
    if (pleas.length === 0)
      return memorials.length === 0
        ? NOT_APPLICABLE('It filed no memorial.')
        : NOT_APPLICABLE('Its memorial pleaded nothing the court ruled on.');
    const accepted = pleas.filter((p) => p.accepted).length;
    return {
      score: fraction(accepted, pleas.length),
      basis: pleas.map((p) => `${p.label} (against the ${p.duty.charAt(0).toLowerCase()}${p.duty.slice(1)}): ${p.accepted ? 'accepted' : 'rejected'}.`),
      seqs: memorials.map((m) => m.seq),
    };
  },
};

function measureLabel(_t: Transcript, measure: string): string {
  const label = MEASURE_LABELS[measure as Measure] ?? measure;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

function entriesOf(t: Transcript, code: string, type: (type: string) => boolean) {
  return t.proceedings.flatMap((section) =>
    section.phases.flatMap((phase) => phase.entries.filter((e) => e.actor === code && type(e.type))),
  );
}

/**
 * The facilitator's transcript with the rubric in it (a part per seated delegation, with the
 * facilitator's edits and comments); a seat's transcript as it is: the marks are the instructor's.
 */
export function withRubric(scenario: Scenario, state: SessionState, t: Transcript): Transcript {
  if (t.perspective.kind !== 'facilitator') return t;
  const rubric = rubricFor(scenario, t, rubricEditsOf(state));
  return rubric.length > 0 ? { ...t, rubric } : t;
}

/** The facilitator's edits, in the record's order (the latest edit of a line is the one that counts). */
export function rubricEditsOf(state: SessionState): RubricEdit[] {
  return state.log.flatMap((entry) =>
    entry.event.type === 'rubric.edit'
      ? [
          {
            state: entry.event.state,
            criterion: entry.event.criterion,
            score: entry.event.score === null ? null : entry.event.score / 100,
            comment: entry.event.comment,
            seq: entry.seq,
          },
        ]
      : [],
  );
}
