import { namesNipOrNik, propertyPaths } from '../schema-paths';
import { NATIONAL_COMPETENCIES } from './competency-vocabulary';
import { gapsAssessedV1, type GapsAssessedV1 } from './gaps-assessed/gaps-assessed.v1';

const valid = (): GapsAssessedV1 => structuredClone(gapsAssessedV1.example);

const jpmMinCapped = (rows: GapsAssessedV1['gaps']): number => {
  const required = rows.reduce((sum, r) => sum + r.required, 0);
  const met = rows.reduce((sum, r) => sum + Math.min(r.current, r.required), 0);
  return Math.round((10000 * met) / required) / 100;
};

describe('competency event contracts', () => {
  it('should accept its own example for gaps-assessed', () => {
    const example = gapsAssessedV1.example;

    expect(gapsAssessedV1.validate(example)).toEqual({ ok: true, value: example });
  });

  it('should accept an assessment without a target position', () => {
    const data = {
      ...valid(),
      targetPosition: null,
      jpm: { ...valid().jpm, targetPosition: null },
      gaps: valid().gaps.filter((g) => g.against === 'HELD'),
      needs: valid().needs.filter((n) => n.source !== 'GAP_TARGET'),
    };

    expect(gapsAssessedV1.validate(data).ok).toBe(true);
  });

  it('should reject a required level of 6, naming the field', () => {
    const data = valid();
    data.gaps[0].required = 6;

    const result = gapsAssessedV1.validate(data);

    expect(result).toEqual({ ok: false, errors: ['/gaps/0/required must be <= 5'] });
  });

  it('should reject a needed level of 6, naming the field', () => {
    const data = valid();
    data.needs[1].levelNeeded = 6;

    const result = gapsAssessedV1.validate(data);

    expect(result).toEqual({ ok: false, errors: ['/needs/1/levelNeeded must be <= 5'] });
  });

  it('should reject a negative gap, naming the field', () => {
    const data = valid();
    data.gaps[4].gap = -1;

    const result = gapsAssessedV1.validate(data);

    expect(result).toEqual({ ok: false, errors: ['/gaps/4/gap must be >= 0'] });
  });

  it('should reject more than 10 needs', () => {
    const data = valid();
    const need = data.needs[0];
    data.needs = Array.from({ length: 11 }, (_, i) => ({ ...need, rank: Math.min(i + 1, 10) }));

    const result = gapsAssessedV1.validate(data);

    expect(result).toEqual({ ok: false, errors: ['/needs must NOT have more than 10 items'] });
  });

  it('should reject an unknown cause kind and competency kind, naming both fields', () => {
    const data = valid();
    (data.cause as { kind: string }).kind = 'MANUAL';
    (data.gaps[0] as { kind: string }).kind = 'FUNGSIONAL';

    const result = gapsAssessedV1.validate(data);

    expect(result).toEqual({
      ok: false,
      errors: [
        '/cause/kind must be equal to one of the allowed values',
        '/gaps/0/kind must be equal to one of the allowed values',
      ],
    });
  });

  it('should reject a reason without its Bahasa Indonesia text', () => {
    const data = valid();
    data.needs[0].reason.id = '';

    const result = gapsAssessedV1.validate(data);

    expect(result).toEqual({
      ok: false,
      errors: ['/needs/0/reason/id must NOT have fewer than 1 characters'],
    });
  });

  it('should document an example whose JPM, gaps and ranks agree with the stated rules', () => {
    const { gaps, jpm, needs } = gapsAssessedV1.example;

    expect(jpm.formula).toBe('JPM-MIN-CAPPED-v1');
    expect(jpmMinCapped(gaps.filter((g) => g.against === 'HELD'))).toBe(jpm.heldPosition);
    expect(jpmMinCapped(gaps.filter((g) => g.against === 'TARGET'))).toBe(jpm.targetPosition);
    expect(gaps.filter((g) => g.gap !== Math.max(0, g.required - g.current))).toEqual([]);
    expect(needs.map((n) => n.rank)).toEqual(needs.map((_, i) => i + 1));
    expect(new Set(needs.map((n) => n.competencyCode)).size).toBe(needs.length);
  });

  it('should use the national codes and names for non-teknis competencies', () => {
    const national = new Map(NATIONAL_COMPETENCIES.map((c) => [c.code as string, c]));
    const { gaps, needs } = gapsAssessedV1.example;

    const off = [...gaps, ...needs]
      .filter((c) => c.kind !== 'TEKNIS')
      .filter((c) => {
        const n = national.get(c.competencyCode);
        return n?.name !== c.competencyName || n.kind !== c.kind;
      })
      .map((c) => c.competencyCode);

    expect(off).toEqual([]);
  });

  it('should have no field named nip or nik anywhere in the schema', () => {
    expect(propertyPaths(gapsAssessedV1.schema).filter(namesNipOrNik)).toEqual([]);
  });

  it('should detect a nip field nested in an array of a union (the walk reaches it)', () => {
    const schema = {
      properties: {
        target: {
          anyOf: [{ items: { properties: { atasanNip: {} } } }, { type: 'null' }],
        },
      },
    };

    expect(propertyPaths(schema).filter(namesNipOrNik)).toEqual(['target[].atasanNip']);
  });

  it('should declare personal data on existing fields: the person, results and reasons', () => {
    const paths = new Set(propertyPaths(gapsAssessedV1.schema));
    const declared = (gapsAssessedV1.personalData ?? []).map((f) => f.path);

    expect(declared.filter((p) => !paths.has(p))).toEqual([]);
    expect(declared).toEqual(
      expect.arrayContaining(['employeeId', 'gaps', 'needs', 'needs[].reason', 'jpm', 'cause']),
    );
  });
});
