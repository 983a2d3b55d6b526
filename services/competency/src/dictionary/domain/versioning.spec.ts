import type { CompetencyEntry } from './competency';
import {
  CompetencyRevisionEmptyError,
  CompetencyRevisionOutOfOrderError,
  InvalidCompetencyError,
} from './competency-errors';
import { NATIONAL_DICTIONARY } from './national-dictionary';
import { competencyAt, createCompetency, reviseCompetency, type NewCompetency } from './versioning';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

function seeded(code: string): CompetencyEntry {
  const entry = NATIONAL_DICTIONARY.find((e) => e.code === code);
  if (!entry) throw new Error(`no ${code} in the seed`);
  return entry;
}

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

const pengadaan: NewCompetency = {
  code: 'TK-PENGADAAN-BARANG-JASA',
  kind: 'TEKNIS',
  agencyId: 'pemkab-sleman',
  name: { id: 'Pengadaan Barang/Jasa', en: 'Procurement' },
  definition: {
    id: 'Merencanakan dan melaksanakan pengadaan barang/jasa pemerintah.',
    en: 'Plans and runs government procurement.',
  },
  levels: [1, 2, 3, 4, 5].map((level) => ({
    level: level as 1 | 2 | 3 | 4 | 5,
    title: `Level ${level}`,
    description: { status: 'TERSEDIA' as const, text: `Uraian level ${level}` },
  })),
};

describe('reviseCompetency', () => {
  const integritas = deepFreeze(seeded('INTEGRITAS'));
  const at = '2026-02-01T08:00:00+07:00';

  it('should create version 2 valid from the change when a level text is filled in', () => {
    const next = reviseCompetency(
      integritas,
      { levels: { 3: { description: { status: 'TERSEDIA', text: 'Teks resmi level 3' } } } },
      at,
    );
    expect(next).toMatchObject({ code: 'INTEGRITAS', version: 2, validFrom: at });
    expect(next.levels[2]?.description).toEqual({ status: 'TERSEDIA', text: 'Teks resmi level 3' });
    expect(next.levels[2]?.title).toBe(integritas.levels[2]?.title);
    expect(next.levels[0]).toEqual(integritas.levels[0]);
  });

  it('should leave the current version as it was when a revision is made', () => {
    const before = JSON.stringify(integritas);
    reviseCompetency(integritas, { name: { id: 'Integritas', en: 'Integrity (ASN)' } }, at);
    expect(JSON.stringify(integritas)).toBe(before);
    expect(integritas.version).toBe(1);
  });

  it('should set a level title from null when the admin supplies it', () => {
    const perubahan = seeded('MENGELOLA_PERUBAHAN');
    const next = reviseCompetency(perubahan, { levels: { 1: { title: 'Judul resmi' } } }, at);
    expect(next.levels[0]?.title).toBe('Judul resmi');
  });

  it('should refuse a revision when it would apply before the current version', () => {
    const error = caught(() =>
      reviseCompetency(integritas, { name: { id: 'X', en: 'X' } }, '2016-12-31T00:00:00Z'),
    );
    expect(error).toBeInstanceOf(CompetencyRevisionOutOfOrderError);
    expect(error).toMatchObject({ code: 'COMPETENCY_REVISION_OUT_OF_ORDER', status: 409 });
  });

  it('should refuse a revision when it changes nothing', () => {
    expect(() =>
      reviseCompetency(integritas, { name: { id: 'Integritas', en: 'Integrity' } }, at),
    ).toThrow(CompetencyRevisionEmptyError);
  });

  it('should list every fault when the change is invalid', () => {
    const error = caught(() =>
      reviseCompetency(
        integritas,
        {
          name: { id: ' ', en: 'Integrity' },
          levels: { 2: { title: '' } },
        },
        at,
      ),
    );
    expect(error).toBeInstanceOf(InvalidCompetencyError);
    expect((error as InvalidCompetencyError).fieldErrors.map((e) => e.field)).toEqual([
      'name.id',
      'levels[1].title',
    ]);
  });

  it('should refuse a level outside 1–5 when one is named in the change', () => {
    const error = caught(() =>
      reviseCompetency(integritas, { levels: { 6: { title: 'Level 6' } } as never }, at),
    );
    expect((error as InvalidCompetencyError).fieldErrors.map((e) => e.field)).toEqual(['levels.6']);
  });
});

describe('competencyAt', () => {
  const v1 = seeded('KERJA_SAMA');
  const v2 = reviseCompetency(
    v1,
    { name: { id: 'Kerja Sama', en: 'Cooperation' } },
    '2025-06-01T00:00:00Z',
  );
  const v3 = reviseCompetency(
    v2,
    { name: { id: 'Kerja Sama', en: 'Teamwork' } },
    '2026-01-01T00:00:00Z',
  );
  const history = [v3, v1, v2];

  it.each([
    ['2024-01-01T00:00:00Z', 1],
    ['2025-06-01T00:00:00Z', 2],
    ['2025-12-31T23:59:59Z', 2],
    ['2026-03-01T00:00:00Z', 3],
  ])('should give the version in force when asked at %s', (at, version) => {
    expect(competencyAt(history, at)?.version).toBe(version);
  });

  it('should give nothing when asked before the first version', () => {
    expect(competencyAt(history, '2010-01-01T00:00:00Z')).toBeUndefined();
  });
});

describe('createCompetency', () => {
  it('should make version 1 of an agency technical competency when it is valid', () => {
    const entry = createCompetency(pengadaan, '2026-01-05T00:00:00Z');
    expect(entry).toMatchObject({ version: 1, validFrom: '2026-01-05T00:00:00Z', kind: 'TEKNIS' });
  });

  it('should refuse a managerial competency when an agency defines it', () => {
    const error = caught(() =>
      createCompetency({ ...pengadaan, kind: 'MANAJERIAL' }, '2026-01-05T00:00:00Z'),
    );
    expect((error as InvalidCompetencyError).fieldErrors.map((e) => e.field)).toEqual(['kind']);
  });

  it('should refuse a bad code, missing levels and a bad date when all are wrong at once', () => {
    const error = caught(() =>
      createCompetency(
        { ...pengadaan, code: 'tks pengadaan', levels: pengadaan.levels.slice(0, 4) },
        'kemarin',
      ),
    );
    expect(error).toMatchObject({ code: 'INVALID_COMPETENCY', status: 422 });
    expect((error as InvalidCompetencyError).fieldErrors.map((e) => e.field)).toEqual([
      'code',
      'levels',
      'validFrom',
    ]);
  });
});
