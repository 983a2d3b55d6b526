import { appraisalFinalizedV1, type EventEnvelope } from '@jenjang/contracts';
import type { AgencyScope } from '@jenjang/persistence';
import { buildServiceModule, type ServiceUnderTest } from '@jenjang/testing';
import { AgencySettingsRepository } from '../agency/agency-settings.repository';
import { NOTIFICATION_CONFIG, notificationConfig } from '../config/notification.config';
import type { Recipient } from '../recipient/domain/recipient';
import { InboxRepository, type NewInboxItem } from '../inbox/inbox.repository';
import { RecipientRepository } from '../recipient/recipient.repository';
import { RuleRepository } from '../rule/rule.repository';
import { TemplateRepository } from '../template/template.repository';
import { DeliveryDispatcher } from './delivery.dispatcher';
import { DeliveryModule } from './delivery.module';
import { DeliveryRepository, type NewDelivery } from './delivery.repository';
import { NoticeService } from './notice.service';

// Notices from an event through the real module wiring, with the store faked (a service test):
// the agency's rules (the defaults here) pick the audience, templates render in the recipient's
// language, one delivery per recipient and channel, none twice.

const data = appraisalFinalizedV1.example;
const event: EventEnvelope = {
  topic: appraisalFinalizedV1.topic,
  id: 'ev-1',
  source: '/jenjang/evaluation',
  type: 'id.go.jenjang.evaluation.appraisal-finalized.v1',
  time: data.finalizedAt,
  subject: data.employeeId,
  agency: data.agencyId,
  data,
};

const recipient = (employeeId: string, language: 'id' | 'en'): Recipient => ({
  agencyId: data.agencyId,
  employeeId,
  email: `${employeeId}@instansi.go.id`,
  phone: null,
  language,
  timeZone: 'Asia/Jakarta',
  unitId: data.unitId,
  teams: [],
  preferences: [],
  quietHours: null,
  digestAt: null,
});

class FakeDeliveries {
  readonly stored = new Map<string, NewDelivery>();
  createMany(_scope: AgencyScope, docs: NewDelivery[]): Promise<string[]> {
    const fresh = docs.filter((d) => !this.stored.has(d._id));
    for (const d of fresh) this.stored.set(d._id, d);
    return Promise.resolve(fresh.map((d) => d._id));
  }
  plainOf(d: NewDelivery) {
    return { ...d, id: d._id };
  }
}

describe('notice use cases (service test)', () => {
  let service: ServiceUnderTest;
  let deliveries: FakeDeliveries;
  const enqueued: unknown[] = [];
  const inbox = new Map<string, NewInboxItem>();
  let inboxDown = false;

  beforeEach(async () => {
    deliveries = new FakeDeliveries();
    enqueued.length = 0;
    inbox.clear();
    inboxDown = false;
    const directory = new Map([
      [data.employeeId, recipient(data.employeeId, 'id')],
      [data.penilaiId, recipient(data.penilaiId, 'en')],
    ]);
    service = await buildServiceModule({
      imports: [DeliveryModule],
      providers: [{ provide: NOTIFICATION_CONFIG, useValue: notificationConfig.load() }],
      fakes: [
        [DeliveryRepository, deliveries],
        [RuleRepository, { ofAgency: () => Promise.resolve([]) }],
        [TemplateRepository, { ofAgency: () => Promise.resolve([]) }],
        [
          RecipientRepository,
          {
            get: (_s: AgencyScope, _a: string, employeeId: string) =>
              Promise.resolve(directory.get(employeeId) ?? null),
            team: () => Promise.resolve([]),
          },
        ],
        [
          InboxRepository,
          {
            put: (_s: AgencyScope, item: NewInboxItem) => {
              if (inboxDown) return Promise.reject(new Error('store unavailable'));
              if (!inbox.has(item._id)) inbox.set(item._id, item);
              return Promise.resolve();
            },
          },
        ],
        [
          AgencySettingsRepository,
          {
            webhookOf: (agencyId: string) =>
              Promise.resolve({ agencyId, webhook: null, updatedAt: null }),
          },
        ],
        [
          DeliveryDispatcher,
          // the deliveries to send are the last argument (an agency may come first)
          {
            enqueue: (...args: unknown[]) => enqueued.push(...(args.at(-1) as unknown[])),
            roomForMore: () => Promise.resolve(),
          },
        ],
      ],
    });
  });

  afterEach(() => service?.close());

  it('should notify the appraised person and the penilai, each in their language', async () => {
    const created = await service.get(NoticeService).fromEvent(event);

    const notices = [...deliveries.stored.values()];
    expect(created).toBe(notices.length);
    expect(enqueued).toHaveLength(notices.filter((d) => d.state === 'PENDING').length);
    const inApp = (employeeId: string) =>
      notices.find((d) => d.recipientEmployeeId === employeeId && d.channel === 'IN_APP');
    expect(inApp(data.employeeId)?.language).toBe('id');
    expect(inApp(data.penilaiId)?.language).toBe('en');
    // no webhook set for the agency: no webhook notice
    expect(notices.some((d) => d.channel === 'WEBHOOK')).toBe(false);
  });

  it('should store the notices due now leased to this process and hand them over to send', async () => {
    const now = new Date('2026-12-03T03:00:00Z'); // 10:00 WIB, outside quiet hours
    const lease = notificationConfig.load().DISPATCH_LEASE_MS;

    await service.get(NoticeService).fromEvent(event, now);

    const stored = [...deliveries.stored.values()].filter((d) => d.state === 'PENDING');
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.every((d) => d.channel === 'EMAIL')).toBe(true);
    for (const d of stored) expect(d.leaseUntil).toEqual(new Date(now.getTime() + lease));
    const handed = enqueued as { id: string; leased?: { leaseUntil: Date | null } }[];
    expect(handed.map((h) => h.leased?.leaseUntil)).toEqual(stored.map((d) => d.leaseUntil));
  });

  it('should put the inbox notices first and store them delivered, with their event', async () => {
    const before = Date.now();

    await service.get(NoticeService).fromEvent(event);

    const inApp = [...deliveries.stored.values()].filter((d) => d.channel === 'IN_APP');
    expect(inApp.map((d) => d.recipientEmployeeId).sort()).toEqual(
      [data.employeeId, data.penilaiId].sort(),
    );
    for (const d of inApp) {
      expect(d).toMatchObject({ state: 'DELIVERED', attempts: 1 });
      expect(d.deliveredAt!.getTime()).toBeGreaterThanOrEqual(before);
      expect(d.leaseUntil).toBeNull();
      expect(d.events?.map((e) => e.id)).toEqual([`${d._id}:delivered:1`]);
      expect(inbox.get(d._id)).toMatchObject({ subject: d.subject, body: d.body });
    }
    const handed = (enqueued as { id: string }[]).map((h) => h.id);
    expect(handed.some((id) => inApp.some((d) => d._id === id))).toBe(false);
  });

  it('should leave an inbox notice to the dispatcher when the inbox cannot take it now', async () => {
    inboxDown = true;

    await service.get(NoticeService).fromEvent(event);

    const inApp = [...deliveries.stored.values()].filter((d) => d.channel === 'IN_APP');
    expect(inApp.length).toBe(2);
    for (const d of inApp) expect(d.state).toBe('PENDING');
    const handed = (enqueued as { id: string }[]).map((h) => h.id);
    for (const d of inApp) expect(handed).toContain(d._id);
  });

  it('should create nothing more when the same event comes again', async () => {
    const notices = service.get(NoticeService);
    await notices.fromEvent(event);

    await expect(notices.fromEvent(event)).resolves.toBe(0);
  });
});
