import { rankPrograms, type CandidateProgram, type RankingInput } from './ranking';
import { DEFAULT_WEIGHTS } from '../../shared/domain/ranking-weights';

const NOW = new Date('2026-01-27T02:00:00Z');
const inDays = (d: number) => new Date(NOW.getTime() + d * 86_400_000);

const program = (id: string, over: Partial<CandidateProgram> = {}): CandidateProgram => ({
  id,
  title: `Program ${id}`,
  form: 'PELATIHAN_TEKNIS',
  jp: 16,
  competencies: [],
  competencyNames: {},
  berakhlakValues: [],
  prerequisites: [],
  selfPaced: false,
  nextSession: { sessionId: `${id}-1`, startsAt: inDays(20), endsAt: inDays(22) },
  ...over,
});

const input = (over: Partial<RankingInput> = {}): RankingInput => ({
  predikat: 'BAIK',
  weakValues: [],
  weakHasilKerja: false,
  needs: [],
  targetPositionName: null,
  programs: [],
  completedProgramIds: new Set(),
  year: 2026,
  jpEarned: 0,
  jpRequired: 20,
  now: NOW,
  weights: DEFAULT_WEIGHTS,
  maxItems: 5,
  ...over,
});

const kerjaSama = program('kerja-sama', {
  competencies: [{ competencyCode: 'KERJA_SAMA', level: 2, raisesAssessedLevel: true }],
  berakhlakValues: ['KOLABORATIF'],
});
const pelayanan = program('pelayanan', {
  form: 'E_LEARNING',
  jp: 10,
  selfPaced: true,
  nextSession: null,
  competencies: [{ competencyCode: 'PELAYANAN_PUBLIK', level: 3, raisesAssessedLevel: false }],
  berakhlakValues: ['BERORIENTASI_PELAYANAN'],
});
const coaching = program('coaching', { form: 'COACHING', jp: 4 });
const konseling = program('konseling', { form: 'KONSELING', jp: 2 });
const kepemimpinan = program('pkp', {
  form: 'PELATIHAN_KEPEMIMPINAN',
  jp: 40,
  competencies: [{ competencyCode: 'PENGAMBILAN_KEPUTUSAN', level: 3, raisesAssessedLevel: true }],
});
const needKerjaSama = {
  competencyCode: 'KERJA_SAMA',
  competencyName: 'Kerja Sama',
  levelNeeded: 2,
  source: 'GAP_HELD' as const,
  rank: 1,
  reason: { id: 'Jabatan Anda membutuhkan Kerja Sama level 2.', en: 'Needs teamwork 2.' },
  relatedBerakhlakValue: 'KOLABORATIF' as const,
};

describe('rankPrograms', () => {
  it('should put the program that closes a gap first and repeat the reason of the need', () => {
    const ranked = rankPrograms(
      input({ needs: [needKerjaSama], programs: [pelayanan, kerjaSama], jpEarned: 20 }),
    );

    expect(ranked.map((r) => r.program.id)).toEqual(['kerja-sama']);
    expect(ranked[0]).toMatchObject({ rank: 1, competencyCode: 'KERJA_SAMA' });
    expect(ranked[0].reasons[0].id).toBe('Jabatan Anda membutuhkan Kerja Sama level 2.');
    expect(ranked[0].reasons.map((r) => r.en)).toContain(
      'This program develops Kerja Sama to level 2.',
    );
  });

  it('should rank a program that only reaches a lower level below one that reaches the level needed', () => {
    const partial = program('partial', {
      competencies: [{ competencyCode: 'KERJA_SAMA', level: 1, raisesAssessedLevel: false }],
    });

    const ranked = rankPrograms(input({ needs: [needKerjaSama], programs: [partial, kerjaSama] }));

    expect(ranked.map((r) => r.program.id)).toEqual(['kerja-sama', 'partial']);
    expect(ranked[1].reasons.map((r) => r.en)).toContain(
      'This program develops Kerja Sama to level 1 (level 2 is needed).',
    );
  });

  it('should address a BerAKHLAK value rated below expectation, naming it', () => {
    const ranked = rankPrograms(
      input({
        weakValues: ['BERORIENTASI_PELAYANAN'],
        programs: [kerjaSama, pelayanan],
        jpEarned: 20,
      }),
    );

    expect(ranked.map((r) => r.program.id)).toEqual(['pelayanan']);
    expect(ranked[0].berakhlakValue).toBe('BERORIENTASI_PELAYANAN');
    expect(ranked[0].reasons[0].id).toContain('Berorientasi Pelayanan di bawah ekspektasi');
  });

  it('should never offer a program the person has completed', () => {
    const ranked = rankPrograms(
      input({
        needs: [needKerjaSama],
        programs: [kerjaSama],
        completedProgramIds: new Set(['kerja-sama']),
      }),
    );

    expect(ranked).toEqual([]);
  });

  it('should leave out a program whose prerequisites the person has not completed', () => {
    const advanced = program('advanced', {
      competencies: [{ competencyCode: 'KERJA_SAMA', level: 3, raisesAssessedLevel: true }],
      prerequisites: ['kerja-sama'],
    });

    const ranked = rankPrograms(
      input({ needs: [needKerjaSama], programs: [advanced], jpEarned: 20 }),
    );

    expect(ranked).toEqual([]);
  });

  it('should leave out a program whose only session has already started', () => {
    const started = program('started', {
      competencies: kerjaSama.competencies,
      nextSession: { sessionId: 's', startsAt: inDays(-1), endsAt: inDays(2) },
    });

    expect(rankPrograms(input({ needs: [needKerjaSama], programs: [started] }))).toEqual([]);
  });

  it('should prefer the session that opens sooner when all else is equal', () => {
    const later = {
      ...kerjaSama,
      id: 'a-later',
      nextSession: { ...kerjaSama.nextSession!, startsAt: inDays(80) },
    };
    const sooner = {
      ...kerjaSama,
      id: 'z-sooner',
      nextSession: { ...kerjaSama.nextSession!, startsAt: inDays(5) },
    };

    const ranked = rankPrograms(input({ needs: [needKerjaSama], programs: [later, sooner] }));

    expect(ranked.map((r) => r.program.id)).toEqual(['z-sooner', 'a-later']);
  });

  it('should offer unrelated programs only while JP are still missing, saying how many', () => {
    const missing = rankPrograms(input({ programs: [pelayanan], jpEarned: 14 }));
    const none = rankPrograms(input({ programs: [pelayanan], jpEarned: 20 }));

    expect(missing[0].reasons.map((r) => r.id)).toContain(
      'Menambah 10 JP; Anda masih kurang 6 JP dari 20 JP tahun 2026.',
    );
    expect(none).toEqual([]);
  });

  it('should lead with coaching and counselling for SANGAT_KURANG even over a closer gap match', () => {
    const ranked = rankPrograms(
      input({
        predikat: 'SANGAT_KURANG',
        needs: [needKerjaSama],
        programs: [kerjaSama, coaching, konseling],
      }),
    );

    expect(
      ranked
        .map((r) => r.program.form)
        .slice(0, 2)
        .sort(),
    ).toEqual(['COACHING', 'KONSELING']);
    expect(ranked[2].program.id).toBe('kerja-sama');
    expect(ranked[0].reasons[0].id).toContain('Predikat kinerja Anda Sangat Kurang');
  });

  it('should lead with coaching for KURANG_MISCONDUCT', () => {
    const ranked = rankPrograms(
      input({
        predikat: 'KURANG_MISCONDUCT',
        weakValues: ['KOLABORATIF'],
        programs: [kerjaSama, coaching],
      }),
    );

    expect(ranked.map((r) => r.program.id)).toEqual(['coaching', 'kerja-sama']);
  });

  it('should offer SANGAT_BAIK development toward the target position and no remediation', () => {
    const targetNeed = {
      competencyCode: 'PENGAMBILAN_KEPUTUSAN',
      competencyName: 'Pengambilan Keputusan',
      levelNeeded: 3,
      source: 'GAP_TARGET' as const,
      rank: 2,
    };

    const ranked = rankPrograms(
      input({
        predikat: 'SANGAT_BAIK',
        needs: [needKerjaSama, targetNeed],
        weakValues: ['KOLABORATIF'],
        targetPositionName: 'Kepala Seksi Perizinan',
        programs: [kerjaSama, konseling, coaching, kepemimpinan, pelayanan],
      }),
    );

    expect(ranked.map((r) => r.program.id)).toEqual(['pkp']);
    expect(ranked[0].reasons[0].id).toBe(
      'Predikat Sangat Baik: program ini menyiapkan Anda menuju jabatan Kepala Seksi Perizinan.',
    );
  });

  it('should follow the configured weights', () => {
    const programs = [kerjaSama, pelayanan];
    const needs = [needKerjaSama];
    const weakValues = ['BERORIENTASI_PELAYANAN' as const];

    const byNeed = rankPrograms(input({ needs, weakValues, programs }));
    const byValue = rankPrograms(
      input({
        needs,
        weakValues,
        programs,
        weights: { ...DEFAULT_WEIGHTS, need: 0, needRank: 0, weakValue: 40 },
      }),
    );

    expect(byNeed[0].program.id).toBe('kerja-sama');
    expect(byValue[0].program.id).toBe('pelayanan');
  });

  it('should cut the list at the configured maximum, ranks without holes', () => {
    const many = Array.from({ length: 8 }, (_, i) => program(`p${i}`));

    const ranked = rankPrograms(input({ programs: many, maxItems: 3 }));

    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3]);
  });
});

describe('leadership programmes', () => {
  const pkp = program('pkp', {
    title: 'Pelatihan Kepemimpinan Pengawas (PKP)',
    form: 'PELATIHAN_KEPEMIMPINAN',
    jp: 40,
    competencies: [{ competencyCode: 'ORIENTASI_PADA_HASIL', level: 3, raisesAssessedLevel: true }],
    leadershipLevel: 'PENGAWAS',
  });
  const weakStaff = (over: Partial<RankingInput> = {}) =>
    input({
      predikat: 'BUTUH_PERBAIKAN',
      weakHasilKerja: true,
      programs: [pkp, pelayanan],
      heldPositionGroup: 'PELAKSANA',
      ...over,
    });

  it('should not offer PKP to a staff member with weak results who is not aiming for pengawas', () => {
    const ids = rankPrograms(weakStaff()).map((r) => r.program.id);
    expect(ids).not.toContain('pkp');
  });

  it('should offer PKP to a pengawas when it develops what they need', () => {
    const ids = rankPrograms(weakStaff({ heldPositionGroup: 'PENGAWAS' })).map((r) => r.program.id);
    expect(ids).toContain('pkp');
  });

  it('should offer PKP to a staff member aiming for a pengawas post', () => {
    const ids = rankPrograms(weakStaff({ targetPositionGroup: 'PENGAWAS' })).map(
      (r) => r.program.id,
    );
    expect(ids).toContain('pkp');
  });
});

describe('leadership programmes by target level', () => {
  const level = (id: string, leadershipLevel: 'PENGAWAS' | 'ADMINISTRATOR' | 'JPT') =>
    program(id, { form: 'PELATIHAN_KEPEMIMPINAN', jp: 40, leadershipLevel });
  const [pkp, pka, pkn] = [
    level('pkp', 'PENGAWAS'),
    level('pka', 'ADMINISTRATOR'),
    level('pkn', 'JPT'),
  ];
  const aiming = (over: Partial<RankingInput> = {}) =>
    input({
      predikat: 'SANGAT_BAIK',
      programs: [pkp, pka, pkn],
      heldPositionGroup: 'PENGAWAS',
      targetPositionGroup: 'ADMINISTRATOR',
      targetPositionName: 'Kepala Bidang Pelayanan',
      jpEarned: 40,
      ...over,
    });

  it('should offer the programme of the target level first, saying why, and no other', () => {
    const ranked = rankPrograms(aiming());
    expect(ranked.map((r) => r.program.id)).toEqual(['pka']);
    expect(ranked[0].reasons[0].id).toBe(
      'Pelatihan kepemimpinan untuk jenjang administrator, jenjang jabatan yang Anda tuju (Kepala Bidang Pelayanan).',
    );
  });

  it('should offer it to a person with a good predikat who has met their JP', () => {
    const ids = rankPrograms(aiming({ predikat: 'BAIK' })).map((r) => r.program.id);
    expect(ids).toEqual(['pka']);
  });

  it('should not offer it as a remedy to a person with a weak predikat', () => {
    expect(rankPrograms(aiming({ predikat: 'SANGAT_KURANG' }))).toEqual([]);
  });

  it('should offer nothing for leadership without a target level', () => {
    expect(rankPrograms(aiming({ targetPositionGroup: null }))).toEqual([]);
  });
});
