import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../test/support/session';
import {
  articleOfClause,
  clausesFromSelection,
  nextAgreementId,
  selectionFromClauses,
  treatyPlainText,
  treatyText,
} from './treaty';
import { CONDUCT_GROUP_TITLES, CONDUCT_LABELS, CONDUCT_MEANINGS, CONDUCT_TARGET, DEFENCE_EXPLANATIONS, DEFENCE_LABELS } from './plain-words';
import { CONDUCT_GROUPS, conductKind, defenceArgument } from '../shared/vocabulary';

const scenario = loadFixture();
const [first, second] = scenario.crisis.perpetrators;
const parties = [scenario.council.permanent[0]!, scenario.council.elected[0]!] as const;

describe('treaty text of a D2R agreement', () => {
  it('sets out a preamble, one article per clause kind in vocabulary order, and final clauses', () => {
    const text = treatyText(scenario, {
      parties,
      clauses: [{ kind: 'consequences-of-breach' }, { kind: 'no-arms-transfers', perpetrator: first!.id }],
      durationRounds: 2,
    });
    expect(text.preamble[0]).toMatch(/^The Parties, /);
    expect(text.preamble.at(-1)).toBe('Have agreed as follows:');
    expect(text.articles.map((a) => [a.number, a.heading])).toEqual([
      [1, 'No arms transfers'],
      [2, 'Consequences of breach'],
      [3, 'Entry into force and duration'],
    ]);
    expect(text.articles[0]!.text).toContain(first!.name.replace(/^the /i, ''));
    expect(text.articles[2]!.text).toContain('for 2 rounds');
    const plain = treatyPlainText(text);
    expect(plain).toContain('Article 1: No arms transfers');
    expect(plain).toContain('Recalling');
  });

  it('names every perpetrator of a refrain clause, or all when the clause names none', () => {
    const both = treatyText(scenario, {
      parties,
      clauses: [
        { kind: 'no-financing', perpetrator: first!.id },
        ...(second ? [{ kind: 'no-financing' as const, perpetrator: second.id }] : []),
      ],
      durationRounds: null,
      note: 'Reviewed each round.',
    });
    expect(both.articles).toHaveLength(3);
    expect(both.articles[1]!.text).toContain('until the end of the crisis');
    expect(both.articles[2]).toMatchObject({ heading: 'Understanding of the Parties', text: 'Reviewed each round.' });
    const any = treatyText(scenario, { parties, clauses: [{ kind: 'no-financing' }], durationRounds: 1 });
    expect(any.articles[0]!.text).toContain('any person or group committing atrocity crimes');
    expect(any.articles[1]!.text).toContain('for 1 round.');
  });

  it('turns the builder selection into clauses and back', () => {
    const clauses = clausesFromSelection(['monitoring-and-reporting', 'no-arms-transfers'], [first!.id]);
    expect(clauses).toEqual([{ kind: 'no-arms-transfers', perpetrator: first!.id }, { kind: 'monitoring-and-reporting' }]);
    expect(selectionFromClauses(clauses)).toEqual({ kinds: ['no-arms-transfers', 'monitoring-and-reporting'], perpetrators: [first!.id] });
    expect(selectionFromClauses(clausesFromSelection(['no-financing'], null))).toEqual({ kinds: ['no-financing'], perpetrators: null });
    expect(articleOfClause({ clauses }, 'monitoring-and-reporting')).toBe(2);
    expect(articleOfClause({ clauses }, 'no-financing')).toBeNull();
  });

  it('picks a fresh agreement id', () => {
    expect(nextAgreementId('HLV', 'USA', [])).toBe('d2r-hlv-usa-1');
    expect(nextAgreementId('HLV', 'USA', ['d2r-hlv-usa-1', 'd2r-hlv-usa-2'])).toBe('d2r-hlv-usa-3');
  });
});

describe('plain-language vocabulary', () => {
  it('explains every conduct kind and defence argument', () => {
    for (const kind of conductKind.options) {
      expect(CONDUCT_LABELS[kind]).toBeTruthy();
      expect(CONDUCT_MEANINGS[kind].length).toBeGreaterThan(40);
      expect(CONDUCT_TARGET[kind]).toBeTruthy();
    }
    for (const arg of defenceArgument.options) {
      expect(DEFENCE_LABELS[arg]).toBeTruthy();
      expect(DEFENCE_EXPLANATIONS[arg]).toBeTruthy();
    }
    expect(Object.keys(CONDUCT_GROUP_TITLES)).toEqual(Object.keys(CONDUCT_GROUPS));
  });
});
