import { employeePlacedV1 } from './employee-placed/employee-placed.v1';
import { talentBoxAssignedV1 } from './talent-box-assigned/talent-box-assigned.v1';

describe('career event contracts', () => {
  it('should accept an ongoing placement at the top of the agency', () => {
    const data = { ...structuredClone(employeePlacedV1.example), superiorEmployeeId: null };

    expect(employeePlacedV1.validate(data).ok).toBe(true);
  });

  it('should reject a grade outside kelas jabatan 1-17, naming the field', () => {
    const data = structuredClone(employeePlacedV1.example);
    data.position.grade = 18;

    expect(employeePlacedV1.validate(data)).toEqual({
      ok: false,
      errors: ['/position/grade must be <= 17'],
    });
  });

  it('should reject a box outside 1-9, naming the field', () => {
    const data = { ...structuredClone(talentBoxAssignedV1.example), box: 10 };

    expect(talentBoxAssignedV1.validate(data)).toEqual({
      ok: false,
      errors: ['/box must be <= 9'],
    });
  });

  it('should accept a first assignment caused by an API call', () => {
    const data = {
      ...structuredClone(talentBoxAssignedV1.example),
      previousBox: null,
      cause: { kind: 'POTENTIAL_ASSESSED' as const, eventId: null, eventType: null },
    };

    expect(talentBoxAssignedV1.validate(data).ok).toBe(true);
  });

  it('should reject an unknown kinerja level', () => {
    const data = { ...structuredClone(talentBoxAssignedV1.example), kinerja: 'TOP' };

    expect(talentBoxAssignedV1.validate(data).ok).toBe(false);
  });
});
