import { unknownRecipient, type Recipient } from '../../recipient/domain/recipient';
import type { NotificationRule } from '../../rule/domain/rule';
import { planDeliveries, recipientIdsAt } from './plan';

const now = new Date('2026-01-27T15:00:00Z'); // 22:00 WIB
const rule = (over: Partial<NotificationRule> = {}): NotificationRule => ({
  type: 'training-recommended',
  eventTopic: 'public.training.recommended.v1',
  audience: { kind: 'EVENT_FIELD', path: 'employeeId' },
  mandatory: false,
  channels: ['IN_APP', 'EMAIL', 'WEBHOOK'],
  enabled: true,
  description: { id: 'x', en: 'x' },
  ...over,
});
const person = (over: Partial<Recipient> = {}): Recipient => ({
  ...unknownRecipient('ag', 'e1'),
  email: 'e1@ag.go.id',
  ...over,
});
const plan = (r: NotificationRule, p: Recipient, extra = {}) =>
  planDeliveries({ rule: r, recipient: p, known: true, agencyHasWebhook: false, now, ...extra });

describe(planDeliveries.name, () => {
  it('should plan in-app and email now, and the webhook only for an agency that has one', () => {
    expect(plan(rule(), person())).toEqual([
      { channel: 'IN_APP', state: 'PENDING', notBefore: now },
      { channel: 'EMAIL', state: 'PENDING', notBefore: now },
    ]);
    expect(plan(rule(), person(), { agencyHasWebhook: true }).map((p) => p.channel)).toEqual([
      'IN_APP',
      'EMAIL',
      'WEBHOOK',
    ]);
  });

  it('should skip an opted-out channel unless the rule is mandatory', () => {
    const optedOut = person({
      preferences: [{ type: 'training-recommended', channel: 'EMAIL', enabled: false }],
    });

    expect(plan(rule(), optedOut).map((p) => p.channel)).toEqual(['IN_APP']);
    expect(plan(rule({ mandatory: true }), optedOut).map((p) => p.channel)).toEqual([
      'IN_APP',
      'EMAIL',
    ]);
  });

  it('should hold non-mandatory email until quiet hours end, but not a mandatory one', () => {
    const quiet = person({ quietHours: { start: '21:00', end: '06:00' } });

    expect(plan(rule(), quiet)[1]).toEqual({
      channel: 'EMAIL',
      state: 'PENDING',
      notBefore: new Date('2026-01-27T23:00:00Z'),
    });
    expect(plan(rule({ mandatory: true }), quiet)[1]).toMatchObject({ notBefore: now });
  });

  it('should put non-mandatory email in the next daily digest', () => {
    expect(plan(rule(), person({ digestAt: '07:00' }))[1]).toEqual({
      channel: 'EMAIL',
      state: 'DIGEST',
      notBefore: new Date('2026-01-28T00:00:00Z'),
    });
  });

  it('should fail a mandatory email at once when there is no address, and skip an optional one', () => {
    expect(plan(rule({ mandatory: true }), person({ email: null }))[1]).toMatchObject({
      channel: 'EMAIL',
      state: 'FAILED',
      failure: 'NO_ADDRESS',
    });
    expect(plan(rule(), person({ email: null })).map((p) => p.channel)).toEqual(['IN_APP']);
  });
});

describe(recipientIdsAt.name, () => {
  it('should read an employee id at a path and nothing for null', () => {
    expect(recipientIdsAt({ a: { b: 'e9' } }, 'a.b')).toEqual(['e9']);
    expect(recipientIdsAt({ atasanPenilaiId: null }, 'atasanPenilaiId')).toEqual([]);
  });
});
