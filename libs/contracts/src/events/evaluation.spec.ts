import { namesNipOrNik, propertyPaths } from '../schema-paths';
import type { EventContract } from '../define-event';
import {
  appraisalFinalizedV1,
  type AppraisalFinalizedV1,
} from './appraisal-finalized/appraisal-finalized.v1';
import { feedbackGivenV1 } from './feedback-given/feedback-given.v1';
import { predikatSetV1 } from './predikat-set/predikat-set.v1';
import { skpApprovedV1 } from './skp-approved/skp-approved.v1';

const evaluationContracts: EventContract[] = [
  appraisalFinalizedV1,
  skpApprovedV1,
  feedbackGivenV1,
  predikatSetV1,
];

const validFinalized = (): AppraisalFinalizedV1 => structuredClone(appraisalFinalizedV1.example);

describe('evaluation event contracts', () => {
  it.each(evaluationContracts.map((c) => [c.topic, c] as const))(
    'should accept its own example for %s',
    (_topic, contract) => {
      expect(contract.validate(contract.example)).toEqual({ ok: true, value: contract.example });
    },
  );

  it('should reject an appraisal-finalized without predikat, naming the field', () => {
    const { predikat: _predikat, ...withoutPredikat } = validFinalized();

    const result = appraisalFinalizedV1.validate(withoutPredikat);

    expect(result).toEqual({ ok: false, errors: ["/ must have required property 'predikat'"] });
  });

  it('should reject an appraisal-finalized with an unknown rating, naming the field', () => {
    const data = { ...validFinalized(), ratingHasilKerja: 'LUAR_BIASA' };

    const result = appraisalFinalizedV1.validate(data);

    expect(result).toEqual({
      ok: false,
      errors: ['/ratingHasilKerja must be equal to one of the allowed values'],
    });
  });

  it('should reject an unknown BerAKHLAK value in perilaku, naming the item', () => {
    const data = validFinalized();
    (data.perilaku[0] as { value: string }).value = 'JUJUR';

    const result = appraisalFinalizedV1.validate(data);

    expect(result).toEqual({
      ok: false,
      errors: ['/perilaku/0/value must be equal to one of the allowed values'],
    });
  });

  it('should accept a later optional field (extras are allowed for compatibility)', () => {
    const data = { ...validFinalized(), predikatKinerjaOrganisasi: 'ISTIMEWA' };

    expect(appraisalFinalizedV1.validate(data).ok).toBe(true);
  });

  it('should have no field named nip or nik in any schema', () => {
    const offending = evaluationContracts.flatMap((c) =>
      propertyPaths(c.schema)
        .filter(namesNipOrNik)
        .map((p) => `${c.topic}: ${p}`),
    );

    expect(offending).toEqual([]);
  });

  it('should detect a nip field nested in a union (the walk reaches it)', () => {
    const schema = {
      properties: { penilai: { anyOf: [{ properties: { penilaiNip: {} } }, { type: 'null' }] } },
    };

    expect(propertyPaths(schema).filter(namesNipOrNik)).toEqual(['penilai.penilaiNip']);
  });

  it('should declare personal data only on fields that exist, employeeId always among them', () => {
    const problems = evaluationContracts.flatMap((c) => {
      const paths = new Set(propertyPaths(c.schema));
      const declared = (c.personalData ?? []).map((f) => f.path);
      return [
        ...declared.filter((p) => !paths.has(p)).map((p) => `${c.topic}: unknown ${p}`),
        ...(declared.includes('employeeId') ? [] : [`${c.topic}: employeeId not declared`]),
      ];
    });

    expect(problems).toEqual([]);
  });

  it('should declare every free text of the penilai as personal data', () => {
    const declared = (c: EventContract) => (c.personalData ?? []).map((f) => f.path);

    expect(declared(appraisalFinalizedV1)).toEqual(
      expect.arrayContaining(['feedbackSummary', 'perilaku', 'penilaiId']),
    );
    expect(declared(feedbackGivenV1)).toEqual(expect.arrayContaining(['text', 'penilaiId']));
  });
});
