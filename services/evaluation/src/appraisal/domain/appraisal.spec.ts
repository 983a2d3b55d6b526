import { objectionOutcome } from './appraisal';

describe('objectionOutcome', () => {
  const filedAt = new Date('2026-01-10T00:00:00Z');
  it('should say NONE without an objection, UPHELD when the decision changed the ratings, REJECTED otherwise', () => {
    expect(objectionOutcome(undefined)).toBe('NONE');
    expect(objectionOutcome({ reason: 'x', filedAt })).toBe('REJECTED');
    expect(
      objectionOutcome({
        reason: 'x',
        filedAt,
        previous: {
          hasilKerja: 'SESUAI_EKSPEKTASI',
          perilakuKerja: 'SESUAI_EKSPEKTASI',
          predikat: 'BAIK',
        },
      }),
    ).toBe('UPHELD');
  });
});
