import { propertyPaths } from '../schema-paths';
import {
  notificationDeliveredV1,
  type NotificationDeliveredV1,
} from './notification-delivered/notification-delivered.v1';
import { notificationFailedV1 } from './notification-failed/notification-failed.v1';

const delivered = (): NotificationDeliveredV1 => structuredClone(notificationDeliveredV1.example);

describe('notification event contracts', () => {
  it.each([notificationDeliveredV1, notificationFailedV1].map((c) => [c.topic, c] as const))(
    'should accept its own example for %s',
    (_topic, contract) => {
      expect(contract.validate(contract.example)).toEqual({ ok: true, value: contract.example });
    },
  );

  it('should carry no message body nor contact details in either event', () => {
    const paths = [notificationDeliveredV1, notificationFailedV1].flatMap((c) =>
      propertyPaths(c.schema),
    );

    const leaking = paths.filter((p) => /body|text|subject|email|phone|address|url/i.test(p));

    expect(leaking).toEqual([]);
  });

  it('should reject a delivered event on an unknown channel, naming the field', () => {
    const result = notificationDeliveredV1.validate({ ...delivered(), channel: 'PIGEON' });

    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join()).toContain('/channel');
  });

  it('should reject a failed event without its reason', () => {
    const { reason: _reason, ...rest } = structuredClone(notificationFailedV1.example);

    expect(notificationFailedV1.validate(rest)).toEqual({
      ok: false,
      errors: ["/ must have required property 'reason'"],
    });
  });
});
