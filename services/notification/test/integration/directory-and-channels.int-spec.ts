import { randomUUID } from 'node:crypto';
import {
  employeePlacedV1,
  notificationDeliveredV1,
  trainingJpReminderV1,
} from '@jenjang/contracts';
import { randomLetters, testEnv, TopicRecorder, waitUntil } from '@jenjang/testing';
import { verifyWebhook } from '../../src/channel/webhook-signature';
import { DeliveryDispatcher } from '../../src/delivery/delivery.dispatcher';
import { publish } from '../support/events';
import { finalizedEvent, NotificationApp, publishFinalized } from '../support/notification-app';
import { WebhookReceiver } from '../support/webhook-receiver';

describe('Directory, webhook and digest', () => {
  const svc = new NotificationApp();
  const agency = `ag-${randomLetters(6)}`;
  let admin: string;
  let recorder: TopicRecorder;
  const auth = () => ['Authorization', `Bearer ${admin}`] as const;

  beforeAll(async () => {
    // The webhook receiver listens on loopback, which the service refuses unless told otherwise.
    await svc.start({ WEBHOOK_ALLOW_LOOPBACK: 'true' });
    recorder = await new TopicRecorder(testEnv().brokers, [notificationDeliveredV1.topic]).start();
    admin = await NotificationApp.token(agency, undefined, 'ADMIN_INSTANSI');
  }, 240_000);

  afterAll(async () => {
    await recorder?.stop();
    await svc?.stop();
  });

  it('should forward notices to the agency webhook signed with HMAC-SHA256', async () => {
    const receiver = await new WebhookReceiver().start();
    const secret = 'rahasia-instansi-0123456789';
    try {
      await svc
        .http()
        .put(`/api/v1/agencies/${agency}/notification-settings`)
        .set(...auth())
        .send({ webhook: { url: receiver.url, secret, enabled: true } })
        .expect(200);
      const settings = await svc
        .http()
        .get(`/api/v1/agencies/${agency}/notification-settings`)
        .set(...auth())
        .expect(200);
      expect(JSON.stringify(settings.body)).not.toContain(secret);
      const employeeId = `emp-${randomLetters(8)}`;

      await publishFinalized(
        finalizedEvent(agency, employeeId, `emp-${randomLetters(8)}`),
        randomUUID(),
        agency,
        employeeId,
      );
      const hit = await waitUntil('the webhook call', () => receiver.received[0]);

      const body = JSON.parse(hit.body) as Record<string, unknown>;
      expect(body).toMatchObject({
        type: 'appraisal-feedback',
        recipientEmployeeId: employeeId,
        mandatory: true,
      });
      const timestamp = String(hit.headers['x-jenjang-timestamp']);
      expect(
        verifyWebhook(secret, timestamp, hit.body, String(hit.headers['x-jenjang-signature'])),
      ).toBe(true);
      expect(
        verifyWebhook(
          'another-secret-000000',
          timestamp,
          hit.body,
          String(hit.headers['x-jenjang-signature']),
        ),
      ).toBe(false);
    } finally {
      await svc
        .http()
        .put(`/api/v1/agencies/${agency}/notification-settings`)
        .set(...auth())
        .send({ webhook: null })
        .expect(200);
      await receiver.stop();
    }
  });

  it('should import recipients from CSV all or nothing, ignoring NIP and names', async () => {
    const good =
      'employee_id;nip;nama;email;no_hp;bahasa;tim\nemp-csv1;198703122010011002;Rina;RINA@example.go.id;0812-3456-7890;en;\nemp-csv2;197912052005012001;Budi;budi@example.go.id;;id;talent_team\n';
    const bad = 'employee_id,email,bahasa\nemp-csv3,not-an-email,fr\n';

    const rejected = await svc
      .http()
      .post(`/api/v1/agencies/${agency}/imports/recipients`)
      .set(...auth())
      .set('Content-Type', 'text/csv')
      .send(bad)
      .expect(422);
    expect((rejected.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual([
      'line[2].email',
      'line[2].language',
    ]);
    await svc
      .http()
      .get(`/api/v1/agencies/${agency}/recipients/emp-csv3`)
      .set(...auth())
      .expect(404);

    const done = await svc
      .http()
      .post(`/api/v1/agencies/${agency}/imports/recipients`)
      .set(...auth())
      .set('Content-Type', 'text/csv')
      .send(good)
      .expect(201);
    expect(done.body).toMatchObject({ rows: 2, created: 2, updated: 0 });
    const again = await svc
      .http()
      .post(`/api/v1/agencies/${agency}/imports/recipients`)
      .set(...auth())
      .set('Content-Type', 'text/csv')
      .send(good)
      .expect(201);
    expect(again.body).toMatchObject({ rows: 2, created: 0, updated: 2 });
    const rina = await svc
      .http()
      .get(`/api/v1/agencies/${agency}/recipients/emp-csv1`)
      .set(...auth())
      .expect(200);
    expect(rina.body).toMatchObject({
      email: 'rina@example.go.id',
      phone: '+6281234567890',
      language: 'en',
    });
    expect(JSON.stringify(rina.body)).not.toContain('198703122010011002');
    const team = await svc
      .http()
      .get(`/api/v1/agencies/${agency}/recipients?team=TALENT_TEAM`)
      .set(...auth())
      .expect(200);
    expect((team.body as { employeeId: string }[]).map((r) => r.employeeId)).toContain('emp-csv2');
  });

  it('should add a placed employee to the directory and keep their unit current', async () => {
    const employeeId = `emp-${randomLetters(8)}`;
    await publish(employeePlacedV1, {
      ...structuredClone(employeePlacedV1.example),
      agencyId: agency,
      employeeId,
      unitId: 'unit-baru',
    });

    const entry = await waitUntil('the directory entry', async () => {
      const res = await svc
        .http()
        .get(`/api/v1/agencies/${agency}/recipients/${employeeId}`)
        .set(...auth());
      return res.status === 200 ? (res.body as Record<string, unknown>) : undefined;
    });
    expect(entry).toMatchObject({ unitId: 'unit-baru', language: 'id', email: null });
  });

  it('should let a person set quiet hours and a digest but not their contacts', async () => {
    const employeeId = `emp-${randomLetters(8)}`;
    const token = await NotificationApp.token(agency, employeeId, 'PEGAWAI');

    await svc
      .http()
      .put('/api/v1/me/notification-preferences')
      .set('Authorization', `Bearer ${token}`)
      .send({ email: 'x@y.id' })
      .expect(400);
    const res = await svc
      .http()
      .put('/api/v1/me/notification-preferences')
      .set('Authorization', `Bearer ${token}`)
      .send({ language: 'en', quietHours: { start: '21:00', end: '06:00' }, digestAt: '07:00' })
      .expect(200);

    expect(res.body).toMatchObject({
      language: 'en',
      quietHours: { start: '21:00', end: '06:00' },
      digestAt: '07:00',
      email: null,
    });
  });

  it('should gather non-mandatory email into one daily digest for a person who chose it', async () => {
    const employeeId = `emp-${randomLetters(8)}`;
    const email = `${employeeId}@example.go.id`;
    await svc
      .http()
      .put(`/api/v1/agencies/${agency}/recipients/${employeeId}`)
      .set(...auth())
      .send({ email, digestAt: '07:00' })
      .expect(200);
    const base = { ...structuredClone(trainingJpReminderV1.example), agencyId: agency, employeeId };
    const ids = [
      await publish(trainingJpReminderV1, { ...base, reminderId: randomUUID(), round: 1 }),
      await publish(trainingJpReminderV1, { ...base, reminderId: randomUUID(), round: 2 }),
    ];
    await waitUntil('two notices waiting for the digest', async () => {
      const res = await svc
        .http()
        .get(`/api/v1/agencies/${agency}/deliveries?recipientEmployeeId=${employeeId}&state=DIGEST`)
        .set(...auth());
      return (res.body as unknown[]).length === 2 ? true : undefined;
    });
    expect(svc.mail.to(email)).toHaveLength(0);

    // The next morning: the dispatcher's sweeps at that time (the earlier tests' retries are due
    // then too, and a sweep takes a batch of them first).
    await waitUntil('the digest', async () => {
      await svc.app.get(DeliveryDispatcher).runOnce(() => new Date(Date.now() + 25 * 3600_000));
      return svc.mail.to(email).length > 0 || undefined;
    });

    const mails = svc.mail.to(email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe('Ringkasan harian Jenjang: 2 pemberitahuan');
    expect(mails[0].text).toContain('1. JP 2026 Anda kurang 8');
    const delivered = await waitUntil('the delivered events', () => {
      const found = recorder
        .on(notificationDeliveredV1.topic)
        .map(
          (m) => JSON.parse(m.value!) as { causeEventId: string; digest: boolean; channel: string },
        )
        .filter((d) => ids.includes(d.causeEventId) && d.channel === 'EMAIL');
      return found.length === 2 ? found : undefined;
    });
    expect(delivered.every((d) => d.digest)).toBe(true);
    const report = await svc
      .http()
      .get(`/api/v1/agencies/${agency}/notification-report`)
      .set(...auth())
      .expect(200);
    expect((report.body as { lines: unknown[] }).lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'training-jp-reminder', channel: 'EMAIL', delivered: 2 }),
      ]),
    );
  });
});
