import type { Scenario } from '../scenario/schema';
import { stateName } from '../scenario/membership';
import { levelWords, stateWithArticle } from './duties/common';
import type { EvidenceRef } from './types';

/**
 * A reference of a finding's evidence as a reader of the judgment needs it: `#12` stays the entry
 * of the session log the judgment's legend explains; a fact the scenario fixes (its relationships,
 * evidence, injects, intelligence, perpetrators, treaties) is named by what it is, never by its
 * position in the scenario file.
 */

const RELATIONSHIP_WORDS: Record<string, string> = {
  agency: 'directs',
  'governmental-authority': 'exercises governmental authority over',
  'troops-present': 'has troops in',
  'substantial-support': 'substantially supports',
  'arms-supplier': 'supplies arms to',
  'colonial-tie': 'has a colonial tie with',
  proximity: 'is near',
  'political-links': 'has political links with',
  'contributed-to-risk': 'contributed to the risk in',
};

function nameOf(scenario: Scenario, code: string): string {
  return stateWithArticle(stateName(scenario, code));
}

function targetOf(scenario: Scenario, id: string): string {
  const perpetrator = scenario.crisis.perpetrators.find((p) => p.id === id);
  return perpetrator ? perpetrator.name : nameOf(scenario, id);
}

function capitalised(text: string): string {
  return text.length > 0 ? `${text[0]!.toUpperCase()}${text.slice(1)}` : text;
}

export function recordRefWords(scenario: Scenario, ref: EvidenceRef): string {
  if (ref.startsWith('#')) return ref;
  const byRound = /^scenario:evidence@round(\d+)$/.exec(ref);
  if (byRound) return `the evidence of round ${byRound[1]}`;
  const match = /^scenario:([a-zA-Z.]+)(?:\[(\d+)\])?$/.exec(ref);
  if (!match) return ref;
  const index = match[2] === undefined ? -1 : Number(match[2]);
  switch (match[1]) {
    case 'relationships': {
      const r = scenario.relationships[index];
      return r ? `${capitalised(nameOf(scenario, r.from))} ${RELATIONSHIP_WORDS[r.kind] ?? r.kind.replace(/-/g, ' ')} ${targetOf(scenario, r.to)} (a fact of the scenario)` : 'a relationship fixed by the scenario';
    }
    case 'evidence': {
      const e = scenario.evidence[index];
      return e ? `the evidence of round ${e.round} (${levelWords(e.level)})` : 'the evidence of the crisis';
    }
    case 'injects': {
      const i = scenario.injects[index];
      return i ? `the development "${i.title}"${i.round ? ` (round ${i.round})` : ''}` : 'a development in the crisis';
    }
    case 'intelligence': {
      const x = scenario.intelligence[index];
      return x ? `intelligence given in round ${x.round} (${levelWords(x.level)})` : 'intelligence given to a state';
    }
    case 'crisis.perpetrators': {
      const p = scenario.crisis.perpetrators[index];
      return p ? `the perpetrator ${p.name}` : 'a perpetrator';
    }
    case 'crisis.territorialState':
      return `${capitalised(nameOf(scenario, scenario.crisis.territorialState))} as the territorial state`;
    case 'treaties': {
      const t = scenario.treaties[index];
      return t ? t.name : 'a treaty';
    }
    default:
      return 'a fact of the scenario';
  }
}
