import { deliveryId } from './delivery-id';
import { nextAttemptAt, redactReason } from './retry';

describe(nextAttemptAt.name, () => {
  const now = new Date('2026-01-01T00:00:00Z');

  it('should wait the backoff of each failed attempt, then give up', () => {
    expect(nextAttemptAt(1, [1000, 5000], now)).toEqual(new Date('2026-01-01T00:00:01Z'));
    expect(nextAttemptAt(2, [1000, 5000], now)).toEqual(new Date('2026-01-01T00:00:05Z'));
    expect(nextAttemptAt(3, [1000, 5000], now)).toBeNull();
  });
});

describe(redactReason.name, () => {
  it('should remove addresses, links and phone numbers from a channel error', () => {
    expect(
      redactReason(
        '550 5.1.1 <rina@slemankab.go.id>: no such user, see https://x.id/help or +62 812 3456 7890',
      ),
    ).toBe('550 5.1.1 <<address>>: no such user, see <url> or <number>');
  });
});

describe(deliveryId.name, () => {
  it('should be the same for the same event, recipient and channel, and differ otherwise', () => {
    expect(deliveryId('ev1', 'e1', 'EMAIL')).toBe(deliveryId('ev1', 'e1', 'EMAIL'));
    expect(deliveryId('ev1', 'e1', 'EMAIL')).not.toBe(deliveryId('ev1', 'e1', 'IN_APP'));
    expect(deliveryId('ev1', 'e1', 'EMAIL')).not.toBe(deliveryId('ev2', 'e1', 'EMAIL'));
    expect(deliveryId('ev1', 'e1', 'EMAIL')).toMatch(/^ntf-[0-9a-f]{24}$/);
  });
});
