import { isExtraordinary, recentRecognitions, recognitionReason } from './recognition';

const r = (awardedOn: string, level: 'INSTANSI' | 'NASIONAL' = 'INSTANSI') => ({
  kind: 'INOVASI' as const,
  title: 'Rujukan Daring',
  level,
  awardedOn,
});

describe(recentRecognitions.name, () => {
  it('should keep the last three years, newest first', () => {
    const list = recentRecognitions(
      [r('2022-05-01'), r('2025-01-10'), r('2023-06-01')],
      '2026-05-01',
    );
    expect(list.map((x) => x.awardedOn)).toEqual(['2025-01-10', '2023-06-01']);
  });

  it('should read as a reason and flag a national one as extraordinary', () => {
    expect(recognitionReason(r('2025-01-10', 'NASIONAL'))).toEqual({
      id: 'Inovasi tingkat nasional (2025): Rujukan Daring.',
      en: 'Innovation, national level (2025): Rujukan Daring.',
    });
    expect(isExtraordinary(r('2025-01-10', 'NASIONAL'))).toBe(true);
    expect(isExtraordinary(r('2025-01-10'))).toBe(false);
  });
});
