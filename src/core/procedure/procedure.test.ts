import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tallyCouncilVote, type CouncilBallot } from './council';
import { tallyAssemblyVote } from './assembly';
import { majorityOfMembersRequested, unitingForPeaceOpening } from './uniting-for-peace-opening';
import { vetoInitiativeDebate } from './veto-initiative';
import type { CouncilVote } from '../shared/vocabulary';
import type { AssemblyVote } from '../scenario/schema';

const P5 = ['CHN', 'FRA', 'GBR', 'RUS', 'USA'];
const COUNCIL_2022 = ['ALB', 'ARE', 'BRA', 'GAB', 'GHA', 'IND', 'IRL', 'KEN', 'MEX', 'NOR'];
const COUNCIL_2011 = ['BIH', 'BRA', 'COL', 'DEU', 'GAB', 'IND', 'LBN', 'NGA', 'PRT', 'ZAF'];

function votesOf(yes: string[], no: string[], abstain: string[]): Record<string, CouncilVote> {
  return Object.fromEntries([
    ...yes.map((m) => [m, 'yes'] as const),
    ...no.map((m) => [m, 'no'] as const),
    ...abstain.map((m) => [m, 'abstain'] as const),
  ]);
}

describe('Security Council voting (Charter art. 27)', () => {
  const ukraine2022 = votesOf(
    ['ALB', 'BRA', 'FRA', 'GAB', 'GHA', 'IRL', 'KEN', 'MEX', 'NOR', 'GBR', 'USA'],
    ['RUS'],
    ['CHN', 'IND', 'ARE'],
  );

  it('S/2022/155 (25 Feb 2022): a substantive draft with 11 votes in favour is defeated by one permanent member voting no', () => {
    const r = tallyCouncilVote({ kind: 'substantive', permanent: P5, elected: COUNCIL_2022, votes: ukraine2022 });
    expect([r.inFavour, r.against, r.abstentions]).toEqual([11, 1, 3]);
    expect(r.adopted).toBe(false);
    expect(r.vetoedBy).toEqual(['RUS']);
    expect(r.announcement).toBe(
      'The result of the voting is as follows: in favour 11, against 1, abstentions 3. The draft resolution has not been adopted, owing to the negative vote of a permanent member of the Council.',
    );
  });

  it('S/RES/2623 (27 Feb 2022): the procedural referral to an emergency special session is adopted 11-1-3 over a permanent member\'s negative vote (art. 27(2))', () => {
    const r = tallyCouncilVote({ kind: 'procedural', permanent: P5, elected: COUNCIL_2022, votes: ukraine2022 });
    expect(r.adopted).toBe(true);
    expect(r.vetoedBy).toEqual([]);
    expect(r.authorities.join(' ')).toContain('27(2)');
  });

  it('S/RES/119 (31 Oct 1956): Suez referral adopted 7-2-2 in the Council of eleven despite France and the United Kingdom voting no', () => {
    const r = tallyCouncilVote({
      kind: 'procedural',
      permanent: ['CHN', 'FRA', 'GBR', 'USA', 'RUS'],
      elected: ['AUS', 'BEL', 'CUB', 'IRN', 'PER', 'YUG'],
      votes: votesOf(['CHN', 'CUB', 'IRN', 'PER', 'RUS', 'USA', 'YUG'], ['FRA', 'GBR'], ['AUS', 'BEL']),
      affirmativeVotesRequired: 7,
    });
    expect(r.adopted).toBe(true);
    expect([r.inFavour, r.against, r.abstentions]).toEqual([7, 2, 2]);
  });

  it('Namibia advisory opinion ¶22 and S/RES/1973 (2011): abstention of permanent members is not a veto (adopted 10-0-5)', () => {
    const r = tallyCouncilVote({
      kind: 'substantive',
      permanent: P5,
      elected: COUNCIL_2011,
      votes: votesOf(['BIH', 'COL', 'FRA', 'GAB', 'LBN', 'NGA', 'PRT', 'ZAF', 'GBR', 'USA'], [], ['BRA', 'CHN', 'DEU', 'IND', 'RUS']),
    });
    expect(r.adopted).toBe(true);
    expect(r.authorities.some((a) => a.includes('Namibia'))).toBe(true);
  });

  it('absence of a permanent member is not a veto either', () => {
    const votes = votesOf(['FRA', 'GBR', 'USA', 'CHN', ...COUNCIL_2011.slice(0, 6)], [], []);
    const r = tallyCouncilVote({ kind: 'substantive', permanent: P5, elected: COUNCIL_2011, votes });
    expect(r.absent).toBe(5);
    expect(r.adopted).toBe(true);
  });

  it('S/2011/612 (4 Oct 2011, Syria): 9-2-4 with Russia and China against is a double veto', () => {
    const r = tallyCouncilVote({
      kind: 'substantive',
      permanent: P5,
      elected: COUNCIL_2011,
      votes: votesOf(['BIH', 'COL', 'FRA', 'GAB', 'DEU', 'NGA', 'PRT', 'GBR', 'USA'], ['CHN', 'RUS'], ['BRA', 'IND', 'LBN', 'ZAF']),
    });
    expect(r.vetoedBy).toEqual(['CHN', 'RUS']);
    expect(r.announcement).toContain('owing to the negative votes of permanent members');
    expect(unitingForPeaceOpening(r).open).toBe(true);
  });

  it('a draft that fails for want of nine votes was not vetoed, even with a permanent member voting no, and does not open Uniting for Peace', () => {
    const r = tallyCouncilVote({
      kind: 'substantive',
      permanent: P5,
      elected: COUNCIL_2011,
      votes: votesOf(['FRA', 'GBR', 'USA', 'BIH', 'COL', 'PRT', 'DEU', 'NGA'], ['RUS'], ['CHN', 'BRA', 'IND', 'LBN', 'ZAF', 'GAB']),
    });
    expect(r.adopted).toBe(false);
    expect(r.failedForWantOfVotes).toBe(true);
    expect(r.vetoedBy).toEqual([]);
    expect(r.permanentNegativeVotes).toEqual(['RUS']);
    expect(r.announcement).toContain('failed to obtain the required number of votes');
    expect(unitingForPeaceOpening(r).open).toBe(false);
  });

  it('art. 27(3) proviso: a party to the dispute abstains in a Chapter VI decision; its vote counts as an abstention', () => {
    const r = tallyCouncilVote({
      kind: 'substantive',
      chapter: 'VI',
      partiesToDispute: ['RUS'],
      permanent: P5,
      elected: COUNCIL_2022,
      votes: ukraine2022,
    });
    expect(r.obligatoryAbstentions).toEqual(['RUS']);
    expect(r.adopted).toBe(true);
  });

  it('property: tallies add up to the Council membership, and only permanent members ever appear in vetoedBy', () => {
    const vote = fc.constantFrom<CouncilVote | undefined>('yes', 'no', 'abstain', undefined);
    fc.assert(
      fc.property(fc.array(vote, { minLength: 15, maxLength: 15 }), fc.constantFrom<CouncilBallot['kind']>('substantive', 'procedural'), (cast, kind) => {
        const members = [...P5, ...COUNCIL_2022];
        const votes: Record<string, CouncilVote> = {};
        members.forEach((m, i) => {
          if (cast[i]) votes[m] = cast[i]!;
        });
        const r = tallyCouncilVote({ kind, permanent: P5, elected: COUNCIL_2022, votes });
        expect(r.inFavour + r.against + r.abstentions + r.absent).toBe(15);
        for (const v of r.vetoedBy) expect(P5).toContain(v);
        if (kind === 'procedural') expect(r.vetoedBy).toEqual([]);
        expect(r.adopted).toBe(r.inFavour >= 9 && r.vetoedBy.length === 0);
      }),
    );
  });
});

describe('General Assembly voting (Charter art. 18(2))', () => {
  function assembly(yes: number, no: number, abstain: number, absent: number): Record<string, AssemblyVote> {
    const votes: Record<string, AssemblyVote> = {};
    let i = 0;
    const add = (n: number, v: AssemblyVote) => {
      for (let k = 0; k < n; k++) votes[`M${String(i++).padStart(3, '0')}`] = v;
    };
    add(yes, 'yes');
    add(no, 'no');
    add(abstain, 'abstain');
    add(absent, 'absent');
    return votes;
  }

  it('A/RES/ES-11/1 (2 Mar 2022) was adopted 141-5-35', () => {
    const r = tallyAssemblyVote(assembly(141, 5, 35, 12));
    expect(r.adopted).toBe(true);
    expect(r.presentAndVoting).toBe(146);
    expect(r.required).toBe(98);
  });

  it('A/RES/ES-11/3 (7 Apr 2022) was adopted 93-24-58: abstentions do not count against', () => {
    expect(tallyAssemblyVote(assembly(93, 24, 58, 18)).adopted).toBe(true);
  });

  it('(constructed) 80 in favour, 45 against, 60 abstaining fails: 80 is short of two thirds of the 125 present and voting', () => {
    const r = tallyAssemblyVote(assembly(80, 45, 60, 8));
    expect(r.adopted).toBe(false);
    expect(r.required).toBe(84);
    expect(r.announcement).toContain('two-thirds majority (84 of 125 present and voting)');
  });

  it('exactly two thirds suffices', () => {
    expect(tallyAssemblyVote(assembly(100, 50, 43, 0)).adopted).toBe(true);
    expect(tallyAssemblyVote(assembly(99, 50, 44, 0)).adopted).toBe(false);
  });

  it('property: tallies add up to the membership and adoption follows the two-thirds rule', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<AssemblyVote>('yes', 'no', 'abstain', 'absent'), { minLength: 1, maxLength: 193 }), (list) => {
        const votes = Object.fromEntries(list.map((v, i) => [`M${i}`, v]));
        const r = tallyAssemblyVote(votes);
        expect(r.inFavour + r.against + r.abstentions + r.absent).toBe(list.length);
        expect(r.adopted).toBe(r.presentAndVoting > 0 && 3 * r.inFavour >= 2 * r.presentAndVoting);
      }),
    );
  });
});

describe('Uniting for Peace and the veto initiative', () => {
  it('a majority of the 193 Members is 97 requests', () => {
    expect(majorityOfMembersRequested(96, 193)).toBe(false);
    expect(majorityOfMembersRequested(97, 193)).toBe(true);
  });

  it('GA res. 76/262: the vetoing member speaks first, and no debate is convened while an emergency special session meets on the situation', () => {
    expect(vetoInitiativeDebate('d1', ['RUS'], false, ['USA', 'RUS', 'FRA'])?.speakingOrder).toEqual(['RUS', 'USA', 'FRA']);
    expect(vetoInitiativeDebate('d1', ['RUS'], true)).toBeNull();
    expect(vetoInitiativeDebate('d1', [], false)).toBeNull();
  });
});
