import { checkLeadershipLevel, leadershipLevelOf, toLeadershipLevel } from './program';

describe(leadershipLevelOf.name, () => {
  it.each([
    ['Pelatihan Kepemimpinan Pengawas (PKP)', 'PENGAWAS'],
    ['PKA Angkatan II 2026', 'ADMINISTRATOR'],
    ['Pelatihan Kepemimpinan Nasional Tingkat II', 'JPT'],
  ] as const)('should read the level of %j', (title, level) => {
    expect(leadershipLevelOf({ form: 'PELATIHAN_KEPEMIMPINAN', title })).toBe(level);
  });

  it('should give no level when the programme is not a leadership one', () => {
    expect(leadershipLevelOf({ form: 'SEMINAR', title: 'Seminar PKP' })).toBeNull();
    expect(
      leadershipLevelOf({ form: 'PELATIHAN_KEPEMIMPINAN', title: 'Coaching pimpinan' }),
    ).toBeNull();
  });
});

describe('leadership level from the catalog', () => {
  it('should take the level the catalog records over the title', () => {
    expect(
      leadershipLevelOf({
        form: 'PELATIHAN_KEPEMIMPINAN',
        title: 'Latsar Kepemimpinan Angkatan 3',
        leadershipLevel: 'ADMINISTRATOR',
      }),
    ).toBe('ADMINISTRATOR');
    expect(
      leadershipLevelOf({ form: 'PELATIHAN_KEPEMIMPINAN', title: 'PKP', leadershipLevel: null }),
    ).toBe('PENGAWAS');
  });

  it.each([
    ['PKP', 'PENGAWAS'],
    ['pka', 'ADMINISTRATOR'],
    ['PKN Tingkat II', 'JPT'],
    ['JPT', 'JPT'],
    ['Latsar', null],
  ] as const)('should read %j as %j', (raw, level) => {
    expect(toLeadershipLevel(raw)).toBe(level);
  });

  it('should refuse a leadership level on another kind of programme, naming the field', () => {
    expect(() => checkLeadershipLevel('SEMINAR', 'PENGAWAS')).toThrow(
      expect.objectContaining({ field: 'leadershipLevel' }) as Error,
    );
    expect(() => checkLeadershipLevel('PELATIHAN_KEPEMIMPINAN', 'JPT')).not.toThrow();
  });
});
