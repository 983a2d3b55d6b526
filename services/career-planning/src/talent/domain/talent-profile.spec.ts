import { DEFAULT_CUTOFFS } from './nine-box';
import {
  latestPotential,
  nextKinerja,
  placementOf,
  potentialIdentity,
  scoreErrors,
} from './talent-profile';

const kinerja2025 = {
  year: 2025,
  predikat: 'BAIK' as const,
  appraisalId: 'a1',
  version: 1,
  eventId: 'e1',
};
const incoming = (o: Partial<Parameters<typeof nextKinerja>[1]> = {}) => ({
  appraisalId: 'a2',
  version: 1,
  correctionOf: null,
  year: 2025,
  predikat: 'SANGAT_BAIK' as const,
  eventId: 'e2',
  ...o,
});

describe(nextKinerja.name, () => {
  it('should take the first annual appraisal and a later year', () => {
    expect(nextKinerja(null, incoming())?.appraisalId).toBe('a2');
    expect(nextKinerja(kinerja2025, incoming({ year: 2026 }))?.year).toBe(2026);
  });

  it('should ignore an older year arriving late', () => {
    expect(nextKinerja(kinerja2025, incoming({ year: 2024 }))).toBeNull();
  });

  it('should let a correction (higher version) replace, but not an older version', () => {
    expect(nextKinerja(kinerja2025, incoming({ version: 2, correctionOf: 'a1' }))?.predikat).toBe(
      'SANGAT_BAIK',
    );
    const corrected = { ...kinerja2025, appraisalId: 'a2', version: 2 };
    expect(nextKinerja(corrected, incoming({ appraisalId: 'a1', version: 1 }))).toBeNull();
  });

  it('should change nothing for the same appraisal again', () => {
    expect(nextKinerja(kinerja2025, incoming({ appraisalId: 'a1' }))).toBeNull();
  });
});

describe(placementOf.name, () => {
  const potential = {
    assessmentId: 'p',
    score: 85,
    scale: { min: 0, max: 100 },
    source: 'ASSESSMENT_CENTER',
    assessedOn: '2025-10-01',
  };

  it('should wait for both axes', () => {
    expect(placementOf(kinerja2025, null, DEFAULT_CUTOFFS)).toBeNull();
    expect(placementOf(null, potential, DEFAULT_CUTOFFS)).toBeNull();
  });

  it('should place with the year and predikat it came from', () => {
    expect(placementOf(kinerja2025, potential, DEFAULT_CUTOFFS)).toEqual({
      box: 8,
      kinerja: 'MEDIUM',
      potensi: 'HIGH',
      year: 2025,
      predikat: 'BAIK',
    });
  });
});

describe(latestPotential.name, () => {
  it('should keep the newer assessment when an older one is recorded late', () => {
    const newer = {
      assessmentId: 'n',
      score: 3,
      scale: { min: 1, max: 5 },
      source: 'X',
      assessedOn: '2026-01-01',
    };
    const older = { ...newer, assessmentId: 'o', assessedOn: '2024-01-01' };
    expect(latestPotential(newer, older).assessmentId).toBe('n');
    expect(latestPotential(older, newer).assessmentId).toBe('n');
  });
});

describe(scoreErrors.name, () => {
  it('should accept both ends of the scale and refuse beyond them', () => {
    const scale = { min: 1, max: 5 };
    expect(scoreErrors(1, scale)).toEqual([]);
    expect(scoreErrors(5, scale)).toEqual([]);
    expect(scoreErrors(5.01, scale).map((e) => e.field)).toEqual(['score']);
    expect(scoreErrors(0.99, scale).map((e) => e.field)).toEqual(['score']);
  });

  it('should refuse an empty scale', () => {
    expect(scoreErrors(3, { min: 5, max: 5 }).map((e) => e.field)).toEqual(['scale.max']);
  });
});

describe(potentialIdentity.name, () => {
  const p = {
    employeeId: 'e1',
    score: 82.5,
    scale: { min: 0, max: 100 },
    source: 'ASSESSMENT_CENTER' as const,
    assessedOn: '2025-11-12',
  };

  it('should be the same for the same assessment and differ with any of its parts', () => {
    expect(potentialIdentity({ ...p })).toEqual(potentialIdentity(p));
    const others = [
      { ...p, employeeId: 'e2' },
      { ...p, score: 82 },
      { ...p, scale: { min: 0, max: 10 } },
      { ...p, source: 'TES_POTENSI' as const },
      { ...p, assessedOn: '2025-11-13' },
    ].map((o) => potentialIdentity(o).join('|'));
    expect(new Set([potentialIdentity(p).join('|'), ...others]).size).toBe(6);
  });
});
