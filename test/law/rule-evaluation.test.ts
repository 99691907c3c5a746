import { describe, expect, it } from 'vitest';
import { ConflictingExceptionsError } from '../../src/core/law';
import { evaluate, type Rule } from '../../src/core/law/rule-evaluation';
import { allOf, anyOf } from '../../src/core/law/types';

/** The Catala-style evaluator: defaults, labelled exceptions, exceptions to exceptions, conflicts. */

interface Ctx {
  alternative: boolean;
  acquiesced: boolean;
  supplied: boolean;
}

const rule = (conflicting: boolean): Rule<Ctx> => ({
  id: 'test.obstruction',
  label: 'Obstruction',
  citations: [],
  default: () => ({ result: 'holds', because: 'obstructed' }),
  exceptions: [
    {
      label: 'alternative',
      text: 'a meaningful alternative',
      when: (c) => (c.alternative ? { result: 'does-not-hold', because: 'alternative offered' } : null),
      exceptions: [{ label: 'supplied', text: 'continued supplies', when: (c) => (c.supplied ? { result: 'holds', because: 'supplies continued' } : null) }],
    },
    {
      label: 'acquiescence',
      text: 'let other measures pass',
      // Well-formed law makes the exceptions exclusive; the conflicting version forgets to.
      when: (c) => (c.acquiesced && (conflicting || !c.alternative) ? { result: 'unknown', because: 'acquiesced' } : null),
    },
  ],
});

describe('default rules and labelled exceptions', () => {
  it('the default applies when no exception does', () => {
    expect(evaluate(rule(false), { alternative: false, acquiesced: false, supplied: false }).result).toBe('holds');
  });
  it('one applicable exception replaces the default, and is traced', () => {
    const node = evaluate(rule(false), { alternative: true, acquiesced: false, supplied: false });
    expect(node.result).toBe('does-not-hold');
    expect(node.exceptions.map((e) => [e.label, e.applied])).toEqual([
      ['alternative', true],
      ['acquiescence', false],
    ]);
    expect(node.whyNot).toBe('alternative offered');
  });
  it('an exception to an exception prevails over it', () => {
    const node = evaluate(rule(false), { alternative: true, acquiesced: false, supplied: true });
    expect(node.result).toBe('holds');
    expect(node.exceptions[0]!.exceptions[0]).toMatchObject({ label: 'supplied', applied: true, result: 'holds' });
  });
  it('exclusive exceptions never conflict', () => {
    expect(evaluate(rule(false), { alternative: true, acquiesced: true, supplied: false }).result).toBe('does-not-hold');
  });
  it('two applicable exceptions at the same level are an error, not a silent choice', () => {
    const run = () => evaluate(rule(true), { alternative: true, acquiesced: true, supplied: false });
    expect(run).toThrow(ConflictingExceptionsError);
    expect(run).toThrow(/alternative and acquiescence both apply/);
  });
});

describe('three-valued logic', () => {
  it('disjunction and conjunction follow Kleene', () => {
    expect(anyOf(['does-not-hold', 'unknown'])).toBe('unknown');
    expect(anyOf(['unknown', 'holds'])).toBe('holds');
    expect(anyOf([])).toBe('does-not-hold');
    expect(allOf(['holds', 'unknown'])).toBe('unknown');
    expect(allOf(['unknown', 'does-not-hold'])).toBe('does-not-hold');
    expect(allOf([])).toBe('holds');
  });
});
