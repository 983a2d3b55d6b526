import { randomUUID } from 'node:crypto';
import {
  envelopeFieldsOf,
  toKafkaHeaders,
  type EventContract,
  type EventData,
} from '@jenjang/contracts';
import type { OutboxEntry } from '@jenjang/persistence';
import { envelopeMismatch } from './envelope-check';
import { currentTraceHeaders } from './tracing';

/**
 * What a producer hands over. The subject (the Kafka key) and the agency are not given: they are
 * read from the payload fields the contract declares, so the headers cannot disagree with it.
 */
export interface EventInput<C extends EventContract> {
  data: EventData<C>;
  /** @deprecated Read from the payload field the contract declares; if given, it must equal it. */
  subject?: string;
  /** @deprecated Read from the payload field the contract declares; if given, it must equal it. */
  agency?: string;
  /** Give a deterministic id when the same fact may be staged twice (e.g. from a retried command). */
  id?: string;
  time?: Date;
}

export class InvalidEventError extends Error {
  constructor(
    readonly topic: string,
    readonly errors: string[],
  ) {
    super(`Event for ${topic} does not match its schema: ${errors.join('; ')}`);
    this.name = 'InvalidEventError';
  }
}

/**
 * Turns a typed event into an outbox entry: validated against the contract (an invalid event is
 * never written), CloudEvents headers set, and the active trace context captured so the consumer
 * continues the trace of the request that caused it.
 */
export function stageEvent<C extends EventContract>(
  contract: C,
  input: EventInput<C>,
  source: string,
): OutboxEntry {
  const result = contract.validate(input.data);
  if (!result.ok) throw new InvalidEventError(contract.topic, result.errors);
  // Valid data has both fields as strings: the contract declares them required strings.
  const { subject, agency } = envelopeFieldsOf(contract, result.value) as {
    subject: string;
    agency: string;
  };
  const given = envelopeMismatch(
    contract,
    { subject: input.subject ?? subject, agency: input.agency ?? agency },
    result.value,
  );
  if (given) throw new InvalidEventError(contract.topic, [given]);
  const id = input.id ?? randomUUID();
  const time = input.time ?? new Date();
  const trace = currentTraceHeaders();
  return {
    id,
    topic: contract.topic,
    key: subject,
    headers: toKafkaHeaders({
      id,
      source,
      type: contract.type,
      time: time.toISOString(),
      subject,
      agency,
      dataschema: contract.schemaId,
      ...trace,
    }),
    payload: JSON.stringify(input.data),
    createdAt: time,
  };
}
