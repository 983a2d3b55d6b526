import { appraisalFinalizedV1, type EventEnvelope } from '@jenjang/contracts';
import type { AgencyScope } from '@jenjang/persistence';
import { buildServiceModule, type ServiceUnderTest } from '@jenjang/testing';
import { AgencySettingsRepository } from '../agency/agency-settings.repository';
import { NOTIFICATION_CONFIG, notificationConfig } from '../config/notification.config';
import type { Recipient } from '../recipient/domain/recipient';
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

  beforeEach(async () => {
    deliveries = new FakeDeliveries();
    enqueued.length = 0;
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
    expect(enqueued).toHaveLength(created);
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
    for (const d of stored) expect(d.leaseUntil).toEqual(new Date(now.getTime() + lease));
    const handed = enqueued as { id: string; leased?: { leaseUntil: Date | null } }[];
    expect(handed.map((h) => h.leased?.leaseUntil)).toEqual(stored.map((d) => d.leaseUntil));
  });

  it('should create nothing more when the same event comes again', async () => {
    const notices = service.get(NoticeService);
    await notices.fromEvent(event);

    await expect(notices.fromEvent(event)).resolves.toBe(0);
  });
});
