import { Type } from '@sinclair/typebox';
import { defineEvent, envelopeFieldsOf } from './define-event';
import { fromKafkaHeaders, toKafkaHeaders } from './cloudevents';

const schema = Type.Object({
  employeeId: Type.String({ minLength: 1 }),
  agencyId: Type.String({ minLength: 1 }),
  jp: Type.Integer({ minimum: 0 }),
  unitId: Type.Optional(Type.String()),
});

describe('defineEvent', () => {
  const contract = defineEvent({
    topic: 'public.training.completed.v2',
    producer: 'training',
    summary: 'Training completed',
    subject: 'employeeId',
    agency: 'agencyId',
    schema,
    example: { employeeId: 'E1', agencyId: 'AG1', jp: 8 },
  });

  it('should derive type, version and schema id from the topic', () => {
    expect(contract.type).toBe('id.go.jenjang.training.completed.v2');
    expect(contract.version).toBe(2);
    expect(contract.schemaId).toBe(
      'https://jenjang.go.id/schemas/public.training.completed.v2.json',
    );
  });

  it('should name every invalid field when data breaks the schema', () => {
    const result = contract.validate({ employeeId: '', agencyId: 'AG1', jp: -1 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      '/employeeId must NOT have fewer than 1 characters',
      '/jp must be >= 0',
    ]);
  });

  it('should refuse a topic that does not follow the naming rule', () => {
    expect(() =>
      defineEvent({
        topic: 'training-completed',
        producer: 'x',
        summary: 's',
        subject: 'employeeId',
        agency: 'agencyId',
        schema,
        example: { employeeId: 'E', agencyId: 'AG1', jp: 1 },
      }),
    ).toThrow(/public.<domain>.<event>.v<N>/);
  });

  it('should refuse a subject or agency field the payload may lack', () => {
    expect(() =>
      defineEvent({
        topic: 'public.training.completed.v3',
        producer: 'training',
        summary: 's',
        subject: 'employeeId',
        // The type refuses an optional field already; the cast reaches the check at run time.
        agency: 'unitId' as 'agencyId',
        schema,
        example: { employeeId: 'E', agencyId: 'AG1', jp: 1 },
      }),
    ).toThrow("'unitId' must be a required string field of the payload");
  });

  it('should read the subject and agency from the fields the contract declares', () => {
    expect(envelopeFieldsOf(contract, { employeeId: 'E1', agencyId: 'AG1', jp: 8 })).toEqual({
      subject: 'E1',
      agency: 'AG1',
    });
  });
});

describe('CloudEvents headers', () => {
  const attrs = {
    id: '4b0b4f0e-1',
    source: '/jenjang/training',
    type: 'id.go.jenjang.training.completed.v1',
    time: '2026-11-23T00:00:00.000Z',
    subject: 'E1',
    agency: 'AG1',
    traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
  };

  it('should round-trip attributes through Kafka headers', () => {
    const headers = Object.fromEntries(
      Object.entries(toKafkaHeaders(attrs)).map(([k, v]) => [k, Buffer.from(v)]),
    );
    const parsed = fromKafkaHeaders(headers);
    expect(parsed).toEqual({
      ok: true,
      attributes: { ...attrs, dataschema: undefined, tracestate: undefined },
    });
  });

  it('should name the missing headers when a message is not a CloudEvent', () => {
    expect(fromKafkaHeaders({ ce_id: 'x' })).toEqual({
      ok: false,
      missing: ['ce_source', 'ce_type', 'ce_time', 'ce_subject', 'ce_agency', 'ce_specversion'],
    });
  });
});
