import { describe, expect, it } from 'vitest';
import { classroomBoot } from '../../src/renderer/classroom/credential';

const CODE = 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-23';

describe('classroom boot', () => {
  it('takes a code from the fragment and replaces the fragment at once', () => {
    expect(classroomBoot(`#/join/${CODE}`, null)).toEqual({
      mode: 'join',
      credential: { kind: 'seat', code: CODE },
      replaceHash: '#/join',
    });
    expect(classroomBoot(`#/projector/${CODE}`, null)).toMatchObject({
      mode: 'projector',
      credential: { kind: 'projector', code: CODE },
      replaceHash: '#/projector',
    });
    expect(classroomBoot(`#/facilitator/${CODE}`, null)).toMatchObject({
      mode: 'facilitator',
      credential: { kind: 'facilitator', code: CODE },
      replaceHash: '#/',
    });
  });

  it('the join page without a code uses a seat code this tab stored, never another kind', () => {
    expect(classroomBoot('#/join', { kind: 'seat', code: CODE })?.credential).toEqual({
      kind: 'seat',
      code: CODE,
    });
    expect(classroomBoot('#/join', { kind: 'facilitator', code: CODE })?.credential).toBeNull();
  });

  it('any other page is a classroom page only for a tab holding a code', () => {
    expect(classroomBoot('#/', null)).toBeNull();
    expect(classroomBoot('#/session/abc/chamber', null)).toBeNull();
    expect(classroomBoot('#/session/abc/chamber', { kind: 'seat', code: CODE })).toMatchObject({
      mode: 'join',
    });
    expect(classroomBoot('#/', { kind: 'facilitator', code: CODE })).toMatchObject({
      mode: 'facilitator',
    });
  });

  it('ignores fragments that are not codes', () => {
    expect(classroomBoot('#/join/<script>', null)).toBeNull();
    expect(classroomBoot('#/join/short', null)).toBeNull();
  });
});
