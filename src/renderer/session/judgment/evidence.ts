import type { SessionView } from '../../../core/session';
import { relationshipLabel } from '../../components/labels';
import { describeEntry } from '../format';
import { nameOf, targetName } from '../kit/names';

/** One piece of evidence a finding rests on: an event of the record (linked to the Timeline) or a fact of the scenario. */
export type EvidenceItem = { kind: 'event'; seq: number; text: string } | { kind: 'fact'; ref: string; text: string };

/**
 * Reads the law engine's evidence references: `#12` is log entry 12; `scenario:relationships[3]`,
 * `evidence[i]`, `injects[i]` (an inject that raised the evidence), `intelligence[i]`, `crisis.perpetrators[i]`, `crisis.territorialState`, `treaties[i]`
 * are facts the scenario fixes (docs/law.md).
 */
export function evidenceItem(view: SessionView, ref: string): EvidenceItem {
  const seq = /^#(\d+)$/.exec(ref);
  if (seq) {
    const n = Number(seq[1]);
    const entry = view.state.log.find((e) => e.seq === n);
    return { kind: 'event', seq: n, text: entry ? describeEntry(view, entry).text : `Entry ${n} of the record` };
  }
  const fact = /^scenario:([a-zA-Z.]+)(?:\[(\d+)\])?$/.exec(ref);
  if (!fact) return { kind: 'fact', ref, text: 'A fact of the record' };
  const [, path, index] = fact;
  const position = index === undefined ? -1 : Number(index);
  const sc = view.scenario;
  // The engine cites the scenario's position; a seat's view holds only the items it may see.
  const at = (list: keyof typeof sc.positions) => sc.positions[list].indexOf(position);
  switch (path) {
    case 'relationships': {
      const r = sc.relationships[at('relationships')];
      return { kind: 'fact', ref, text: r ? `${nameOf(sc, r.from)} ${relationshipLabel(r.kind)} ${targetName(sc, r.to)}${r.note ? ` (${r.note})` : ''}` : 'A relationship fixed by the scenario' };
    }
    case 'evidence': {
      const e = sc.evidence[at('evidence')];
      return { kind: 'fact', ref, text: e ? `Round ${e.round}: ${e.note}` : 'The evidence of the crisis' };
    }
    case 'injects': {
      const e = sc.injects[at('injects')];
      return { kind: 'fact', ref, text: e ? `Inject${e.round ? ` in round ${e.round}` : ''}: ${e.title}. ${e.text}` : 'A development in the crisis' };
    }
    case 'intelligence': {
      const e = sc.intelligence[at('intelligence')];
      return { kind: 'fact', ref, text: e ? `Intelligence in round ${e.round}: ${e.note}` : 'Intelligence given to a state' };
    }
    case 'crisis.perpetrators': {
      const p = sc.crisis.perpetrators[position];
      return { kind: 'fact', ref, text: p ? `${p.name}: ${p.kind === 'government' ? `an organ of ${nameOf(sc, p.state ?? '')}` : p.kind === 'armed-group' ? 'an armed group' : 'a de facto administration'}` : 'A perpetrator' };
    }
    case 'crisis.territorialState':
      return { kind: 'fact', ref, text: `${nameOf(sc, sc.crisis.territorialState)} is the territorial state` };
    case 'treaties': {
      const t = sc.treaties[position];
      return { kind: 'fact', ref, text: t ? `Treaty: ${t.name}` : 'A treaty' };
    }
    default:
      return { kind: 'fact', ref, text: 'A fact the scenario fixes' };
  }
}
