import type { KafkaMessage } from 'kafkajs';
import { fromKafkaHeaders, type EventEnvelope } from '@jenjang/contracts';
import { envelopeMismatch } from './envelope-check';
import type { DeadLetterReason } from './errors';
import { subscribedContract } from './on-event.decorator';

/** A record that no retry can fix: it goes to the dead-letter topic with this reason. */
export class DeadLetter extends Error {
  constructor(
    readonly reason: DeadLetterReason,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A consumed record as the event its handler is typed for: CloudEvents headers, JSON body, a
 * handler for its topic, the contract's schema, and headers that agree with the payload's subject
 * and agency; otherwise the DeadLetter that says which of these failed.
 */
export function decodeEvent(
  topic: string,
  message: KafkaMessage,
  hasHandler: (topic: string) => boolean,
): EventEnvelope {
  const parsed = fromKafkaHeaders(message.headers);
  if (!parsed.ok) {
    throw new DeadLetter('not-a-cloudevent', `missing headers: ${parsed.missing.join(', ')}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(message.value?.toString() ?? '');
  } catch (error) {
    throw new DeadLetter('malformed-json', (error as Error).message);
  }
  const contract = subscribedContract(topic);
  if (!contract || !hasHandler(topic)) {
    throw new DeadLetter('no-handler', `no handler for ${topic}`);
  }
  const valid = contract.validate(data);
  if (!valid.ok) throw new DeadLetter('schema-invalid', valid.errors.join('; '));
  const mismatch = envelopeMismatch(contract, parsed.attributes, valid.value);
  if (mismatch) throw new DeadLetter('envelope-mismatch', mismatch);
  return { ...parsed.attributes, topic, data: valid.value };
}
