import { NATIONAL_DICTIONARY } from '../../dictionary/domain/national-dictionary';
import { InvalidStandardError, parseRequirements, requirementErrors } from './position-standard';

const known = new Set([...NATIONAL_DICTIONARY.map((e) => e.code), 'TK-PENGADAAN']);

describe('requirementErrors', () => {
  it('should accept national and agency technical codes with levels 1–5 when valid', () => {
    expect(
      requirementErrors(
        [
          { code: 'INTEGRITAS', requiredLevel: 3 },
          { code: 'TK-PENGADAAN', requiredLevel: 5 },
        ],
        known,
      ),
    ).toEqual([]);
  });

  it('should name every faulty row when codes are unknown, repeated or levels out of range', () => {
    const errors = requirementErrors(
      [
        { code: 'INTEGRITAS', requiredLevel: 3 },
        { code: 'KEPEMIMPINAN', requiredLevel: 2 },
        { code: 'INTEGRITAS', requiredLevel: 6 },
        { code: 'KOMUNIKASI', requiredLevel: 2.5 },
      ],
      known,
    );
    expect(errors.map((e) => e.field)).toEqual([
      'requirements[1].code',
      'requirements[2].code',
      'requirements[2].requiredLevel',
      'requirements[3].requiredLevel',
    ]);
    expect(errors[2]?.message.id).toBe(
      'Level yang dipersyaratkan harus bilangan bulat 1 sampai 5, bukan 6.',
    );
  });

  it('should refuse an empty standard when no competency is listed', () => {
    expect(requirementErrors([], known).map((e) => e.field)).toEqual(['requirements']);
  });
});

describe('parseRequirements', () => {
  it('should throw InvalidStandardError with the field errors when a row is wrong', () => {
    expect(() => parseRequirements([{ code: 'INTEGRITAS', requiredLevel: 0 }], known)).toThrow(
      InvalidStandardError,
    );
  });

  it('should return typed requirements when every row is valid', () => {
    expect(parseRequirements([{ code: 'INTEGRITAS', requiredLevel: 4 }], known)).toEqual([
      { code: 'INTEGRITAS', requiredLevel: 4 },
    ]);
  });
});
