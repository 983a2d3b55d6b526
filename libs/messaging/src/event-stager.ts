import { randomUUID } from 'node:crypto';
import { toKafkaHeaders, type EventContract, type EventData } from '@jenjang/contracts';
import type { OutboxEntry } from '@jenjang/persistence';
import { currentTraceHeaders } from './tracing';

export interface EventInput<C extends EventContract> {
  /** The employee the event is about: the Kafka key and the CloudEvents subject. */
  subject: string;
  agency: string;
  data: EventData<C>;
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
  const id = input.id ?? randomUUID();
  const time = input.time ?? new Date();
  const trace = currentTraceHeaders();
  return {
    id,
    topic: contract.topic,
    key: input.subject,
    headers: toKafkaHeaders({
      id,
      source,
      type: contract.type,
      time: time.toISOString(),
      subject: input.subject,
      agency: input.agency,
      dataschema: contract.schemaId,
      ...trace,
    }),
    payload: JSON.stringify(input.data),
    createdAt: time,
  };
}
