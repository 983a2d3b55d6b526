import { createHash } from 'node:crypto';

/**
 * One notice per cause event, recipient and channel, whatever the redeliveries: the id is derived
 * from the three and is the document's `_id`, so a second insert fails on the unique index.
 */
export function deliveryId(
  causeEventId: string,
  recipientEmployeeId: string,
  channel: string,
): string {
  const hash = createHash('sha256')
    .update(`${causeEventId}\u0000${recipientEmployeeId}\u0000${channel}`)
    .digest('hex');
  return `ntf-${hash.slice(0, 24)}`;
}
