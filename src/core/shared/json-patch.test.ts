import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, diffJson } from './json-patch';

const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.string({ maxLength: 6 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** Like JSON: what a document looks like after a round trip. */
const roundTrip = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;

describe('JSON patches between two views', () => {
  it('apply(a, diff(a, b)) is b, for any two documents', () => {
    fc.assert(
      fc.property(json, json, (a, b) => {
        const ops = diffJson(a, b);
        expect(applyPatch(roundTrip(a), roundTrip(ops) as never)).toEqual(roundTrip(b));
      }),
      { numRuns: 500 },
    );
  });

  it('a growing log is one append, unchanged branches are untouched and shared', () => {
    const a = { log: [{ seq: 1 }, { seq: 2 }], meta: { title: 't' }, now: '1' };
    const b = { log: [{ seq: 1 }, { seq: 2 }, { seq: 3 }], meta: { title: 't' }, now: '2' };
    const ops = diffJson(a, b);
    expect(ops).toEqual([
      { op: 'append', path: ['log'], values: [{ seq: 3 }] },
      { op: 'set', path: ['now'], value: '2' },
    ]);
    const applied = applyPatch(a, ops);
    expect(applied).toEqual(b);
    expect(applied.meta).toBe(a.meta);
    expect(a.log).toHaveLength(2); // the base is not changed
  });

  it('members that are undefined count as absent, as in JSON', () => {
    expect(diffJson({ a: 1, b: undefined }, { a: 1 })).toEqual([]);
    expect(diffJson({ a: 1 }, { a: 1, b: undefined })).toEqual([]);
    expect(diffJson({ a: 1, b: 2 }, { a: 1 })).toEqual([{ op: 'delete', path: ['b'] }]);
  });

  it('refuses a patch that does not fit the document', () => {
    expect(() => applyPatch({ a: [] }, [{ op: 'set', path: ['a', 3, 'x'], value: 1 }])).toThrow();
    expect(() => applyPatch({ a: 1 }, [{ op: 'append', path: ['a'], values: [1] }])).toThrow();
    expect(() => applyPatch({ a: 1 }, [{ op: 'set', path: ['b', 'c'], value: 1 }])).toThrow();
  });
});
