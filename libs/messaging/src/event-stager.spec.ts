import { context, trace, TraceFlags } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { propagation } from '@opentelemetry/api';
import { defineEvent, fromKafkaHeaders, Type } from '@jenjang/contracts';
import { InvalidEventError, stageEvent } from './event-stager';
import { backoffFor } from './messaging.options';

const contract = defineEvent({
  topic: 'public.training.completed.v1',
  producer: 'training',
  summary: 'Training completed',
  subject: 'employeeId',
  agency: 'agencyId',
  schema: Type.Object({
    employeeId: Type.String(),
    agencyId: Type.String(),
    programId: Type.String(),
    jp: Type.Integer({ minimum: 1 }),
  }),
  example: { employeeId: 'E1', agencyId: 'AG1', programId: 'P1', jp: 8 },
});
const data = { employeeId: 'E1', agencyId: 'AG1', programId: 'P1', jp: 8 };

describe('stageEvent', () => {
  it('should produce an outbox entry with headers from the fields the contract declares', () => {
    const entry = stageEvent(
      contract,
      {
        data,
        id: 'evt-1',
        time: new Date('2026-01-02T03:04:05Z'),
      },
      '/jenjang/training',
    );
    expect(entry).toMatchObject({
      id: 'evt-1',
      topic: contract.topic,
      key: 'E1',
      payload: JSON.stringify(data),
    });
    expect(fromKafkaHeaders(entry.headers)).toEqual({
      ok: true,
      attributes: {
        id: 'evt-1',
        source: '/jenjang/training',
        type: 'id.go.jenjang.training.completed.v1',
        time: '2026-01-02T03:04:05.000Z',
        subject: 'E1',
        agency: 'AG1',
        dataschema: contract.schemaId,
        traceparent: undefined,
        tracestate: undefined,
      },
    });
  });

  it('should refuse data that breaks the schema, so it is never written', () => {
    const bad = { ...data, jp: 0 };
    expect(() => stageEvent(contract, { data: bad }, '/x')).toThrow(InvalidEventError);
  });

  it('should refuse a given subject or agency that disagrees with the payload', () => {
    expect(() => stageEvent(contract, { data, agency: 'AG2' }, '/x')).toThrow(
      'ce_agency "AG2" differs from agencyId "AG1"',
    );
    expect(stageEvent(contract, { data, subject: 'E1', agency: 'AG1' }, '/x').key).toBe('E1');
  });

  it('should capture the active trace context', () => {
    const manager = new AsyncLocalStorageContextManager().enable();
    context.setGlobalContextManager(manager);
    propagation.setGlobalPropagator(new W3CTraceContextPropagator());
    const spanContext = {
      traceId: '0af7651916cd43dd8448eb211c80319c',
      spanId: 'b7ad6b7169203331',
      traceFlags: TraceFlags.SAMPLED,
    };
    const entry = context.with(trace.setSpanContext(context.active(), spanContext), () =>
      stageEvent(contract, { data }, '/x'),
    );
    expect(entry.headers.ce_traceparent).toBe(
      '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
    );
    context.disable();
    propagation.disable();
  });
});

describe('backoffFor', () => {
  it('should follow the policy and repeat its last value', () => {
    const policy = { maxAttempts: 5, backoffMs: [100, 1000] };
    expect([1, 2, 3, 4].map((a) => backoffFor(policy, a))).toEqual([100, 1000, 1000, 1000]);
  });
});
