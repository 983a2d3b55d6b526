import type { KafkaMessage } from 'kafkajs';
import { defineEvent, toKafkaHeaders, Type } from '@jenjang/contracts';
import { DeadLetter, decodeEvent } from './event-decode';
import { OnEvent } from './on-event.decorator';

const contract = defineEvent({
  topic: 'public.training.decode-probe.v1',
  producer: 'training',
  summary: 'probe',
  subject: 'employeeId',
  agency: 'agencyId',
  schema: Type.Object({ employeeId: Type.String(), agencyId: Type.String() }),
  example: { employeeId: 'E1', agencyId: 'AG1' },
});
OnEvent(contract); // subscribes the topic, as a consumer's decorator does

const attributes = {
  id: '7b0c1a8e-1f7e-4c55-9d2a-0c3e8e6b5a10',
  source: '/jenjang/training',
  type: 'id.go.jenjang.training.decode-probe.v1',
  time: '2026-12-03T10:00:00Z',
  subject: 'E1',
  agency: 'AG1',
};
const record = (value: string, headers: Record<string, string> = toKafkaHeaders(attributes)) =>
  ({ key: null, value: Buffer.from(value), headers, offset: '0' }) as unknown as KafkaMessage;
const handled = () => true;
const reasonOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DeadLetter) return error.reason;
    throw error;
  }
  return 'decoded';
};

describe(decodeEvent.name, () => {
  it('should give the envelope of a valid event, headers and payload', () => {
    const event = decodeEvent(
      contract.topic,
      record('{"employeeId":"E1","agencyId":"AG1"}'),
      handled,
    );
    expect(event).toMatchObject({
      ...attributes,
      topic: contract.topic,
      data: { employeeId: 'E1' },
    });
  });

  it('should name why a record cannot become an event', () => {
    const valid = '{"employeeId":"E1","agencyId":"AG1"}';
    expect(reasonOf(() => decodeEvent(contract.topic, record(valid, {}), handled))).toBe(
      'not-a-cloudevent',
    );
    expect(reasonOf(() => decodeEvent(contract.topic, record('{"employeeId":'), handled))).toBe(
      'malformed-json',
    );
    expect(reasonOf(() => decodeEvent(contract.topic, record(valid), () => false))).toBe(
      'no-handler',
    );
    expect(reasonOf(() => decodeEvent(contract.topic, record('{"employeeId":1}'), handled))).toBe(
      'schema-invalid',
    );
    expect(
      reasonOf(() =>
        decodeEvent(contract.topic, record('{"employeeId":"E2","agencyId":"AG1"}'), handled),
      ),
    ).toBe('envelope-mismatch');
  });
});
