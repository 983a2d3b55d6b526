import { randomUUID } from 'node:crypto';
import { notificationFailedV1 } from '@jenjang/contracts';
import type { Connection } from 'mongoose';
import { agencyScope, auditEntry, MONGO_CONNECTION } from '@jenjang/persistence';
import { randomLetters, testEnv, TopicRecorder, waitUntil } from '@jenjang/testing';
import { AgencySettingsRepository } from '../../src/agency/agency-settings.repository';
import { finalizedEvent, NotificationApp, publishFinalized } from '../support/notification-app';
import { WebhookReceiver } from '../support/webhook-receiver';

// The service as deployed: WEBHOOK_ALLOW_LOOPBACK is off. Every target here is on loopback, so
// nothing is sent anywhere else even if a check failed.
describe('webhook addresses (SSRF)', () => {
  const svc = new NotificationApp();
  const agency = `ag-${randomLetters(6)}`;
  let admin: string;
  let recorder: TopicRecorder;
  let receiver: WebhookReceiver;
  const auth = () => ['Authorization', `Bearer ${admin}`] as const;
  const secret = 'rahasia-instansi-0123456789';

  beforeAll(async () => {
    await svc.start();
    recorder = await new TopicRecorder(testEnv().brokers, [notificationFailedV1.topic]).start();
    receiver = await new WebhookReceiver().start();
    admin = await NotificationApp.token(agency, undefined, 'ADMIN_INSTANSI');
  }, 240_000);

  afterAll(async () => {
    await receiver?.stop();
    await recorder?.stop();
    await svc?.stop();
  });

  const save = (url: string) =>
    svc
      .http()
      .put(`/api/v1/agencies/${agency}/notification-settings`)
      .set(...auth())
      .send({ webhook: { url, secret, enabled: true } });

  it.each([
    ['the receiver on loopback', () => receiver.url],
    ['the document store', () => 'http://127.0.0.1:27027/'],
    ['IPv6 loopback', () => 'http://[::1]:29092/'],
    ['an IPv4-mapped loopback', () => 'http://[::ffff:127.0.0.1]:27027/'],
    ['cloud metadata', () => 'http://169.254.169.254/latest/meta-data/'],
    ['a private range', () => 'https://10.1.2.3/hook'],
    ['localhost by name', () => 'http://localhost:27027/'],
  ])('should refuse to save %s with a problem naming webhook.url', async (_name, url) => {
    const res = await save(url()).expect(422);

    expect(res.headers['content-type']).toContain('application/problem+json');
    const body = res.body as { code: string; errors: { field: string; message_id: string }[] };
    expect(body.code).toBe('WEBHOOK_URL_NOT_ALLOWED');
    expect(body.errors[0]).toMatchObject({ field: 'webhook.url' });
    expect(body.errors[0].message_id).toBeTruthy();
    const stored = await svc
      .http()
      .get(`/api/v1/agencies/${agency}/notification-settings`)
      .set(...auth())
      .expect(200);
    expect((stored.body as { webhook: unknown }).webhook).toBeNull();
  });

  it('should take back the document GET answers and refuse a stale revision', async () => {
    const other = `ag-${randomLetters(6)}`;
    const otherAdmin = [
      'Authorization',
      `Bearer ${await NotificationApp.token(other, undefined, 'ADMIN_INSTANSI')}`,
    ] as const;
    const url = `/api/v1/agencies/${other}/notification-settings`;
    const webhook = { url: 'https://simpeg.example.go.id/hooks/jenjang', enabled: true };
    await svc
      .http()
      .put(url)
      .set(...otherAdmin)
      .send({ webhook: { ...webhook, secret } })
      .expect(200);
    const read = await svc
      .http()
      .get(url)
      .set(...otherAdmin)
      .expect(200);
    const doc = read.body as { webhook: { enabled: boolean }; revision: number };
    expect(doc).toMatchObject({
      agencyId: other,
      webhook: { ...webhook, secretSet: true },
      revision: 1,
    });

    const saved = await svc
      .http()
      .put(url)
      .set(...otherAdmin)
      .send({ ...doc, webhook: { ...doc.webhook, enabled: false } })
      .expect(200);
    const stale = await svc
      .http()
      .put(url)
      .set(...otherAdmin)
      .send({ webhook: null, revision: 1 })
      .expect(409);

    expect(saved.body).toMatchObject({ webhook: { enabled: false, secretSet: true }, revision: 2 });
    expect(stale.headers['content-type']).toContain('application/problem+json');
    expect(stale.body).toMatchObject({ code: 'REVISION_CONFLICT' });
  });

  it('should save over settings stored before they had revisions', async () => {
    const old = `ag-${randomLetters(6)}`;
    const oldAdmin = [
      'Authorization',
      `Bearer ${await NotificationApp.token(old, undefined, 'ADMIN_INSTANSI')}`,
    ] as const;
    // As the service stored them before: no revision, no audit trail.
    await svc.app
      .get<Connection>(MONGO_CONNECTION)
      .collection<Record<string, unknown> & { _id: string }>('notification_settings')
      .insertOne({
        _id: old,
        agencyId: old,
        webhook: { url: 'https://simpeg.example.go.id/hooks/old', secret, enabled: true },
        updatedAt: new Date('2026-01-01T00:00:00Z'),
        updatedBy: 'u-old',
      });
    const url = `/api/v1/agencies/${old}/notification-settings`;
    const read = await svc
      .http()
      .get(url)
      .set(...oldAdmin)
      .expect(200);
    expect(read.body).toMatchObject({ webhook: { enabled: true, secretSet: true }, revision: 0 });

    const saved = await svc
      .http()
      .put(url)
      .set(...oldAdmin)
      .send(read.body)
      .expect(200);
    const removed = await svc
      .http()
      .put(url)
      .set(...oldAdmin)
      .send({ webhook: null })
      .expect(200);

    expect(saved.body).toMatchObject({ revision: 0 });
    expect(removed.body).toMatchObject({ webhook: null, revision: 2 });
  });

  it('should refuse a stored loopback address at send time with a fixed reason', async () => {
    // As a URL saved before the check existed would be.
    await svc.app
      .get(AgencySettingsRepository)
      .save(
        agencyScope(agency),
        0,
        { webhook: { url: receiver.url, secret, enabled: true } },
        auditEntry({ subject: 'test', roles: [] }, 'notification-settings.saved'),
      );
    const employeeId = `emp-${randomLetters(8)}`;
    const id = randomUUID();

    await publishFinalized(
      finalizedEvent(agency, employeeId, `emp-${randomLetters(8)}`),
      id,
      agency,
      employeeId,
    );
    const failed = await waitUntil('the failed webhook event', () =>
      recorder
        .on(notificationFailedV1.topic)
        .map((m) => JSON.parse(m.value!) as Record<string, unknown>)
        .find((d) => d.causeEventId === id && d.channel === 'WEBHOOK'),
    );

    expect(failed).toMatchObject({ failure: 'REJECTED', reason: 'WEBHOOK_ADDRESS_NOT_ALLOWED' });
    expect(receiver.received).toHaveLength(0);
    const list = await svc
      .http()
      .get(`/api/v1/agencies/${agency}/deliveries?state=FAILED&channel=WEBHOOK`)
      .set(...auth())
      .expect(200);
    expect((list.body as { lastError: string }[]).map((d) => d.lastError)).toEqual([
      'WEBHOOK_ADDRESS_NOT_ALLOWED',
    ]);
  });
});
