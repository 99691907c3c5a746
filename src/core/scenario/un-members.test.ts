import { describe, expect, it } from 'vitest';
import { regionalGroup } from './schema';
import { UN_MEMBER_BY_CODE, UN_MEMBERS, isUnMember, membersInYear } from './un-members';

describe('UN Member States', () => {
  it('lists exactly the 193 current Member States', () => {
    expect(UN_MEMBERS).toHaveLength(193);
  });

  it('gives every member a unique ISO 3166-1 alpha-3 code and a unique name', () => {
    const codes = UN_MEMBERS.map((m) => m.code);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{3}$/);
    expect(new Set(codes).size).toBe(193);
    expect(new Set(UN_MEMBERS.map((m) => m.name)).size).toBe(193);
  });

  it('is in alphabetical order of English short names', () => {
    const names = UN_MEMBERS.map((m) => m.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('puts every member in a regional group the scenario schema accepts', () => {
    for (const m of UN_MEMBERS) expect(regionalGroup.safeParse(m.regionalGroup).success).toBe(true);
  });

  it('matches the UN regional group sizes (US, Türkiye and Israel counted in WEOG)', () => {
    const sizes = new Map<string, number>();
    for (const m of UN_MEMBERS) sizes.set(m.regionalGroup, (sizes.get(m.regionalGroup) ?? 0) + 1);
    expect(Object.fromEntries(sizes)).toEqual({
      African: 54,
      'Asia-Pacific': 54,
      EEG: 23,
      GRULAC: 33,
      WEOG: 29,
    });
    expect(UN_MEMBER_BY_CODE.get('USA')?.regionalGroup).toBe('WEOG');
    expect(UN_MEMBER_BY_CODE.get('TUR')?.regionalGroup).toBe('WEOG');
    expect(UN_MEMBER_BY_CODE.get('ISR')?.regionalGroup).toBe('WEOG');
    expect(UN_MEMBER_BY_CODE.get('KIR')?.regionalGroup).toBe('Asia-Pacific');
    expect(UN_MEMBER_BY_CODE.get('CYP')?.regionalGroup).toBe('Asia-Pacific');
    expect(UN_MEMBER_BY_CODE.get('AUS')?.regionalGroup).toBe('WEOG');
  });

  it('includes the five permanent members of the Security Council (Charter Art. 23)', () => {
    for (const p5 of ['CHN', 'FRA', 'GBR', 'RUS', 'USA']) expect(isUnMember(p5)).toBe(true);
    expect(UN_MEMBER_BY_CODE.get('RUS')?.name).toBe('Russian Federation');
  });

  it('excludes observer States and entities that are not members', () => {
    for (const nonMember of ['PSE', 'VAT', 'XKX', 'TWN', 'ESH', 'YUG', 'SUN', 'CSK']) {
      expect(isUnMember(nonMember)).toBe(false);
    }
  });

  it.each([
    ['SYR', 'Syrian Arab Republic', 'Asia-Pacific'],
    ['RWA', 'Rwanda', 'African'],
    ['COD', 'Democratic Republic of the Congo', 'African'],
    ['COG', 'Congo', 'African'],
    ['UGA', 'Uganda', 'African'],
    ['BIH', 'Bosnia and Herzegovina', 'EEG'],
    ['SRB', 'Serbia', 'EEG'],
    ['HRV', 'Croatia', 'EEG'],
    ['CIV', "Côte d'Ivoire", 'African'],
    ['SWZ', 'Eswatini', 'African'],
    ['MKD', 'North Macedonia', 'EEG'],
    ['FSM', 'Micronesia (Federated States of)', 'Asia-Pacific'],
    ['PRK', "Democratic People's Republic of Korea", 'Asia-Pacific'],
    ['KOR', 'Republic of Korea', 'Asia-Pacific'],
  ])('%s is %s (%s)', (code, name, group) => {
    expect(UN_MEMBER_BY_CODE.get(code)).toMatchObject({ name, regionalGroup: group });
  });
});

describe('membership in a given year (as at the end of that year)', () => {
  it.each([
    [1945, 49], // 51 original members less Czechoslovakia and Yugoslavia
    [1994, 184], // Palau admitted 15 December 1994; the former Yugoslav seat is not held here
    [1995, 184],
    [1999, 187], // Kiribati, Nauru, Tonga
    [2000, 189], // Tuvalu, Federal Republic of Yugoslavia (Serbia)
    [2002, 191], // Switzerland, Timor-Leste
    [2006, 192], // Montenegro
    [2011, 193], // South Sudan
    [2024, 193],
  ])('in %i there were %i members', (year, count) => {
    expect(membersInYear(year)).toHaveLength(count);
  });

  it('admits states in the year they joined, not before', () => {
    const codesIn = (year: number) => new Set(membersInYear(year).map((m) => m.code));
    expect(codesIn(1993).has('PLW')).toBe(false);
    expect(codesIn(1994).has('PLW')).toBe(true);
    expect(codesIn(1999).has('SRB')).toBe(false);
    expect(codesIn(2000).has('SRB')).toBe(true);
    expect(codesIn(2001).has('CHE')).toBe(false);
    expect(codesIn(2002).has('TLS')).toBe(true);
    expect(codesIn(2005).has('MNE')).toBe(false);
    expect(codesIn(2010).has('SSD')).toBe(false);
    expect(codesIn(2011).has('SSD')).toBe(true);
    expect(codesIn(1994).has('RWA')).toBe(true);
    expect(codesIn(1995).has('BIH')).toBe(true);
  });

  it('has every member admitted between 1945 and 2011', () => {
    for (const m of UN_MEMBERS) {
      expect(m.admitted).toBeGreaterThanOrEqual(1945);
      expect(m.admitted).toBeLessThanOrEqual(2011);
    }
  });
});
