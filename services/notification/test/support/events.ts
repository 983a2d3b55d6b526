import { randomUUID } from 'node:crypto';
import { toKafkaHeaders, type EventContract } from '@jenjang/contracts';
import { produceRaw, testEnv } from '@jenjang/testing';

/** Produces an event as its owner would (binary CloudEvents); returns its ce_id. */
export async function publish(
  contract: EventContract,
  data: Record<string, unknown>,
  id: string = randomUUID(),
) {
  const subject = String(data.employeeId);
  await produceRaw(testEnv().brokers, contract.topic, [
    {
      key: subject,
      value: JSON.stringify(data),
      headers: toKafkaHeaders({
        id,
        source: '/jenjang/test',
        type: contract.type,
        time: new Date().toISOString(),
        subject,
        agency: String(data.agencyId),
        dataschema: contract.schemaId,
      }),
    },
  ]);
  return id;
}
