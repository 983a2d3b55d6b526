import { leadershipLevelOf } from './program';

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
