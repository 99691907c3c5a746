import { MEASURE_LABELS } from './labels';
import type { DraftText } from './state';
import { OPERATIVE_VERB_LADDERS, type DraftChange, type Measure, type OperativeVerb } from '../shared/vocabulary';

/**
 * The text of a circulated draft, revision by revision: applying a requested change, and the
 * differences between two revisions (measures added or dropped, operative verbs changed,
 * references added to the preamble) that the screens highlight and the transcript lists.
 */

/** The most measures a draft carries (the schema of draft.table and draft.circulate). */
export const MAX_DRAFT_MEASURES = 8;

/** The verbs, longest first, so "Strongly condemns" is found before "Condemns". */
const VERBS_LONGEST_FIRST: readonly OperativeVerb[] = [...OPERATIVE_VERB_LADDERS.action, ...OPERATIVE_VERB_LADDERS.censure].sort(
  (a, b) => b.length - a.length,
);

/** The operative verb a paragraph begins with (ignoring an "Acting under Chapter VII …," opening), or null. */
export function leadingVerb(paragraph: string): { verb: OperativeVerb; at: number } | null {
  const opening = /^Acting under Chapter VII of the Charter,\s*/i.exec(paragraph);
  const at = opening ? opening[0].length : 0;
  const rest = paragraph.slice(at).toLowerCase();
  for (const verb of VERBS_LONGEST_FIRST) {
    const word = verb.toLowerCase();
    if (rest.startsWith(word) && !/[a-z]/i.test(rest.charAt(word.length))) return { verb, at };
  }
  return null;
}

/** Whether moving a paragraph from one verb to another softens or hardens it (null when the verbs are on different ladders). */
export function verbDirection(from: OperativeVerb, to: OperativeVerb): 'softens' | 'hardens' | null {
  for (const ladder of Object.values(OPERATIVE_VERB_LADDERS) as readonly (readonly OperativeVerb[])[]) {
    const a = ladder.indexOf(from);
    const b = ladder.indexOf(to);
    if (a >= 0 && b >= 0 && a !== b) return b > a ? 'softens' : 'hardens';
  }
  return null;
}

function withVerb(paragraph: string, verb: OperativeVerb): string {
  const found = leadingVerb(paragraph)!;
  const before = paragraph.slice(0, found.at);
  const replacement = found.at > 0 ? verb.charAt(0).toLowerCase() + verb.slice(1) : verb;
  return before + replacement + paragraph.slice(found.at + found.verb.length);
}

/** The paragraph (0-based) a drop-measure change strikes, or null when it strikes none. */
function paragraphOfMeasure(text: DraftText, change: Extract<DraftChange, { kind: 'drop-measure' }>): number | null {
  if (change.paragraph !== undefined) return change.paragraph - 1;
  return text.operativeParagraphs.length === text.measures.length ? text.measures.indexOf(change.measure) : null;
}

/** Why a change cannot be made to this text, in words, or null when it can. */
export function changeProblem(text: DraftText, change: DraftChange): string | null {
  switch (change.kind) {
    case 'add-measure':
      if (text.measures.includes(change.measure)) return `The draft already carries ${MEASURE_LABELS[change.measure].toLowerCase()}.`;
      if (text.measures.length >= MAX_DRAFT_MEASURES) return `A draft carries at most ${MAX_DRAFT_MEASURES} measures.`;
      return null;
    case 'drop-measure': {
      if (!text.measures.includes(change.measure)) return `The draft does not carry ${MEASURE_LABELS[change.measure].toLowerCase()}.`;
      if (text.measures.length === 1) return 'A draft keeps at least one measure; withdraw it instead.';
      const paragraph = paragraphOfMeasure(text, change);
      if (paragraph !== null && paragraph >= text.operativeParagraphs.length) return `The draft has no operative paragraph ${paragraph + 1}.`;
      if (paragraph !== null && text.operativeParagraphs.length === 1) return 'A draft keeps at least one operative paragraph.';
      return null;
    }
    case 'reword': {
      const paragraph = text.operativeParagraphs[change.paragraph - 1];
      if (paragraph === undefined) return `The draft has no operative paragraph ${change.paragraph}.`;
      const found = leadingVerb(paragraph);
      if (!found) return `Operative paragraph ${change.paragraph} does not begin with an operative verb that can be softened or hardened.`;
      if (found.verb === change.verb) return `Operative paragraph ${change.paragraph} already begins "${change.verb}".`;
      if (!verbDirection(found.verb, change.verb)) return `"${found.verb}" and "${change.verb}" are not on the same scale; choose a softer or harder verb of the same kind.`;
      return null;
    }
    case 'add-reference':
      return text.preamble.includes(change.text) ? 'The preamble already carries that reference.' : null;
  }
}

/** The text with a change made (the change must be possible: see changeProblem). */
export function applyChange(text: DraftText, change: DraftChange): DraftText {
  switch (change.kind) {
    case 'add-measure':
      return { ...text, measures: [...text.measures, change.measure], operativeParagraphs: [...text.operativeParagraphs, change.paragraph] };
    case 'drop-measure': {
      const paragraph = paragraphOfMeasure(text, change);
      return {
        ...text,
        measures: text.measures.filter((m) => m !== change.measure),
        operativeParagraphs: paragraph === null ? text.operativeParagraphs : text.operativeParagraphs.filter((_, i) => i !== paragraph),
      };
    }
    case 'reword':
      return { ...text, operativeParagraphs: text.operativeParagraphs.map((p, i) => (i === change.paragraph - 1 ? withVerb(p, change.verb) : p)) };
    case 'add-reference':
      return { ...text, preamble: [...text.preamble, change.text] };
  }
}

export interface ReworkedParagraph {
  /** 1-based, in the later revision. */
  paragraph: number;
  from: OperativeVerb;
  to: OperativeVerb;
  direction: 'softens' | 'hardens';
}

/** What changed from one revision to the next. */
export interface RevisionDifferences {
  measuresAdded: Measure[];
  measuresDropped: Measure[];
  paragraphsAdded: string[];
  paragraphsDropped: string[];
  reworded: ReworkedParagraph[];
  referencesAdded: string[];
}

export function revisionDifferences(before: DraftText, after: DraftText): RevisionDifferences {
  const reworded: ReworkedParagraph[] = [];
  const paragraphsAdded = after.operativeParagraphs.filter((p) => !before.operativeParagraphs.includes(p));
  const paragraphsDropped = before.operativeParagraphs.filter((p) => !after.operativeParagraphs.includes(p));
  // A paragraph whose verb alone changed is reworded, not dropped and added.
  if (before.operativeParagraphs.length === after.operativeParagraphs.length) {
    after.operativeParagraphs.forEach((p, i) => {
      const old = before.operativeParagraphs[i]!;
      if (old === p) return;
      const from = leadingVerb(old);
      const to = leadingVerb(p);
      const direction = from && to ? verbDirection(from.verb, to.verb) : null;
      if (from && to && direction && withVerb(old, to.verb) === p) {
        reworded.push({ paragraph: i + 1, from: from.verb, to: to.verb, direction });
        paragraphsAdded.splice(paragraphsAdded.indexOf(p), 1);
        paragraphsDropped.splice(paragraphsDropped.indexOf(old), 1);
      }
    });
  }
  return {
    measuresAdded: after.measures.filter((m) => !before.measures.includes(m)),
    measuresDropped: before.measures.filter((m) => !after.measures.includes(m)),
    paragraphsAdded,
    paragraphsDropped,
    reworded,
    referencesAdded: after.preamble.filter((r) => !before.preamble.includes(r)),
  };
}

/** The differences in words, one phrase each ("drops sanctions", "softens paragraph 2 from “Decides” to “Calls upon”"). */
export function differencesInWords(d: RevisionDifferences): string[] {
  return [
    ...d.measuresAdded.map((m) => `adds ${MEASURE_LABELS[m].toLowerCase()}`),
    ...d.measuresDropped.map((m) => `drops ${MEASURE_LABELS[m].toLowerCase()}`),
    ...d.reworded.map((r) => `${r.direction === 'softens' ? 'softens' : 'hardens'} operative paragraph ${r.paragraph} from “${r.from}” to “${r.to}”`),
    ...d.referencesAdded.map((r) => `adds to the preamble “${r}”`),
  ];
}

/** A requested change in words ("drop sanctions"), for the record and the screens. */
export function changeInWords(change: DraftChange): string {
  switch (change.kind) {
    case 'add-measure':
      return `add ${MEASURE_LABELS[change.measure].toLowerCase()}`;
    case 'drop-measure':
      return `drop ${MEASURE_LABELS[change.measure].toLowerCase()}`;
    case 'reword':
      return `begin operative paragraph ${change.paragraph} “${change.verb}”`;
    case 'add-reference':
      return `add to the preamble “${change.text}”`;
  }
}
