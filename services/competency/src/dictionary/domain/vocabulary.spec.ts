import {
  COMPETENCY_KINDS as PUBLIC_KINDS,
  COMPETENCY_LEVEL_MAX,
  NATIONAL_COMPETENCIES,
} from '@jenjang/contracts';
import { COMPETENCY_CODE_PATTERN, COMPETENCY_KINDS, COMPETENCY_LEVELS } from './competency';
import { NATIONAL_DICTIONARY } from './national-dictionary';

// The seed and the published events must use the same codes, names, kinds and levels.
describe('competency vocabulary', () => {
  it('should use the public national codes, names and kinds when seeding the dictionary', () => {
    expect(
      NATIONAL_DICTIONARY.map((e) => ({ code: e.code, name: e.name.id, kind: e.kind })),
    ).toEqual(NATIONAL_COMPETENCIES.map((c) => ({ code: c.code, name: c.name, kind: c.kind })));
  });

  it('should use the public kinds and levels when typing entries', () => {
    expect([...COMPETENCY_KINDS].sort()).toEqual([...PUBLIC_KINDS].sort());
    expect(Math.max(...COMPETENCY_LEVELS)).toBe(COMPETENCY_LEVEL_MAX);
  });

  it.each(['TK-PERIZINAN-BERUSAHA-RBA', 'KERJA_SAMA', 'TK.GIS.2'])(
    'should accept %s as a code when it is upper case with single separators',
    (code) => expect(COMPETENCY_CODE_PATTERN.test(code)).toBe(true),
  );

  it.each(['tk-gis', 'TK--GIS', '-TK', 'TK GIS', 'A'.repeat(65)])(
    'should refuse %s as a code when it breaks the pattern',
    (code) => expect(COMPETENCY_CODE_PATTERN.test(code)).toBe(false),
  );
});
