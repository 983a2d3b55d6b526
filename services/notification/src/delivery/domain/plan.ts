import type { Recipient } from '../../recipient/domain/recipient';
import { optedOut } from '../../recipient/domain/recipient';
import type { Channel, NotificationRule } from '../../rule/domain/rule';
import { endOfQuietHours, nextLocalTime } from '../../recipient/domain/quiet-hours';

/** What to do for one recipient on one channel of a rule. */
export type PlannedDelivery =
  | { channel: Channel; state: 'PENDING'; notBefore: Date }
  | { channel: Channel; state: 'DIGEST'; notBefore: Date }
  | { channel: Channel; state: 'FAILED'; failure: 'NO_ADDRESS'; reason: string };

export interface PlanInput {
  rule: NotificationRule;
  recipient: Recipient;
  /** False when the recipient is not in the agency's directory. */
  known: boolean;
  agencyHasWebhook: boolean;
  now: Date;
}

/**
 * The channels a notice goes through for one recipient. In-app always (unless opted out); email
 * when there is an address (a mandatory notice without one is FAILED so admins see the gap); the
 * webhook when the agency has one. Non-mandatory email respects quiet hours and the digest.
 */
export function planDeliveries(input: PlanInput): PlannedDelivery[] {
  const { rule, recipient, now } = input;
  const planned: PlannedDelivery[] = [];
  for (const channel of rule.channels) {
    if (!rule.mandatory && optedOut(recipient, rule.type, channel)) continue;
    switch (channel) {
      case 'IN_APP':
        planned.push({ channel, state: 'PENDING', notBefore: now });
        break;
      case 'EMAIL':
        if (!recipient.email) {
          if (rule.mandatory) {
            planned.push({
              channel,
              state: 'FAILED',
              failure: 'NO_ADDRESS',
              reason: input.known
                ? 'the recipient has no email address in the directory'
                : 'the recipient is not in the agency directory',
            });
          }
        } else if (rule.mandatory) {
          planned.push({ channel, state: 'PENDING', notBefore: now });
        } else if (recipient.digestAt) {
          const at = nextLocalTime(now, recipient.digestAt, recipient.timeZone);
          planned.push({ channel, state: 'DIGEST', notBefore: at });
        } else {
          const at = endOfQuietHours(now, recipient.quietHours, recipient.timeZone);
          planned.push({ channel, state: 'PENDING', notBefore: at });
        }
        break;
      case 'WEBHOOK':
        if (input.agencyHasWebhook) planned.push({ channel, state: 'PENDING', notBefore: now });
        break;
    }
  }
  return planned;
}

/** The employee ids an EVENT_FIELD audience names in the event (empty when the field is null). */
export function recipientIdsAt(data: unknown, path: string): string[] {
  let current: unknown = data;
  for (const segment of path.split('.')) {
    if (current === null || typeof current !== 'object') return [];
    current = (current as Record<string, unknown>)[segment];
  }
  if (typeof current === 'string' && current.length > 0) return [current];
  if (Array.isArray(current)) return current.filter((v): v is string => typeof v === 'string');
  return [];
}
