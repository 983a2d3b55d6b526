import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import {
  employeePlacedV1,
  notificationDeliveredV1,
  talentBoxAssignedV1,
  toKafkaHeaders,
  trainingJpReminderV1,
  trainingRecommendedV1,
  type EventContract,
} from '@jenjang/contracts';
import { produceRaw, randomLetters, testEnv, TopicRecorder, waitUntil } from '@jenjang/testing';
import { verifyWebhook } from '../../src/channel/webhook-signature';
import { DeliveryDispatcher } from '../../src/delivery/delivery.dispatcher';
import { finalizedEvent, NotificationApp, publishFinalized } from '../support/notification-app';

async function publish(
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

/** A local HTTP endpoint standing in for an agency system. */
class WebhookReceiver {
  readonly received: { headers: IncomingMessage['headers']; body: string }[] = [];
  private server?: Server;
  get url() {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/hook`;
  }
  async start() {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        this.received.push({ headers: req.headers, body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    return this;
  }
  async stop() {
    await new Promise((r) => this.server?.close(r));
  }
}

describe('Rules, templates and channels', () => {
  const svc = new NotificationApp();
  const agency = `ag-${randomLetters(6)}`;
  let admin: string;
  let recorder: TopicRecorder;
  const auth = () => ['Authorization', `Bearer ${admin}`] as const;

  beforeAll(async () => {
    await svc.start();
    recorder = await new TopicRecorder(testEnv().brokers, [notificationDeliveredV1.topic]).start();
    admin = await NotificationApp.token(agency, undefined, 'ADMIN_INSTANSI');
  });

  afterAll(async () => {
    await recorder.stop();
    await svc.stop();
  });

  it('should list the rules in force as data, with template, audience and mandatory', async () => {
    const res = await svc
      .http()
      .get(`/api/v1/agencies/${agency}/notification-rules`)
      .set(...auth())
      .expect(200);

    expect(res.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'appraisal-feedback',
          eventTopic: 'public.evaluation.appraisal-finalized.v1',
          audience: { kind: 'EVENT_FIELD', path: 'employeeId' },
          mandatory: true,
          source: 'DEFAULT',
          eventAvailable: true,
        }),
        expect.objectContaining({
          type: 'talent-box-assigned',
          audience: { kind: 'TEAM', team: 'TALENT_TEAM' },
        }),
      ]),
    );
  });

  it('should refuse a template naming a field the event does not have, and change nothing', async () => {
    const res = await svc
      .http()
      .put(`/api/v1/agencies/${agency}/notification-templates/appraisal-feedback/id/IN_APP`)
      .set(...auth())
      .send({ subject: 'Halo {{employeeName}}', body: 'Predikat: {{predikat|predikat}}' })
      .expect(422);

    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({
      code: 'INVALID_TEMPLATE',
      errors: [
        expect.objectContaining({
          field: 'subject',
          message: expect.stringContaining('employeeName') as unknown,
        }),
      ],
    });
    const list = await svc
      .http()
      .get(`/api/v1/agencies/${agency}/notification-templates?type=appraisal-feedback`)
      .set(...auth())
      .expect(200);
    expect((list.body as { source: string }[]).every((t) => t.source === 'DEFAULT')).toBe(true);
  });

  it('should render the next notice with a saved agency template', async () => {
    const employeeId = `emp-${randomLetters(8)}`;
    await svc
      .http()
      .put(`/api/v1/agencies/${agency}/notification-templates/appraisal-feedback/id/IN_APP`)
      .set(...auth())
      .send({ subject: 'Hasil SKP {{period.year}}', body: 'Predikat Anda {{predikat|predikat}}.' })
      .expect(200);

    await publishFinalized(
      finalizedEvent(agency, employeeId, `emp-${randomLetters(8)}`),
      randomUUID(),
      agency,
      employeeId,
    );
    const token = await NotificationApp.token(agency, employeeId, 'PEGAWAI');
    const item = await waitUntil('the inbox item', async () => {
      const res = await svc.http().get('/api/v1/me/inbox').set('Authorization', `Bearer ${token}`);
      return (res.body as { items: { subject: string; body: string }[] }).items[0];
    });

    expect(item).toMatchObject({
      subject: 'Hasil SKP 2025',
      body: 'Predikat Anda Kurang/Misconduct.',
    });
  });

  it('should send training recommendations with their reasons and how to enroll', async () => {
    const employeeId = `emp-${randomLetters(8)}`;
    const email = `${employeeId}@example.go.id`;
    await svc
      .http()
      .put(`/api/v1/agencies/${agency}/recipients/${employeeId}`)
      .set(...auth())
      .send({ email, language: 'en' })
      .expect(200);

    await publish(trainingRecommendedV1, {
      ...structuredClone(trainingRecommendedV1.example),
      agencyId: agency,
      employeeId,
    });
    const [mail] = await waitUntil('the email', () =>
      svc.mail.to(email).length ? svc.mail.to(email) : undefined,
    );

    expect(mail.subject).toBe('Competency development recommended for 2026');
    expect(mail.text).toContain('1. Pelatihan Kerja Sama dan Kolaborasi Lintas Unit (16 JP)');
    expect(mail.text).toContain('- Your appraisal rated Kolaboratif below expectations.');
    expect(mail.text).toContain('How to enroll: open https://jenjang.example.go.id/api/v1/');
  });

  it('should tell the agency talent team, not the person, about a talent-box placement', async () => {
    const person = `emp-${randomLetters(8)}`;
    const member = `emp-${randomLetters(8)}`;
    await svc
      .http()
      .put(`/api/v1/agencies/${agency}/recipients/${member}`)
      .set(...auth())
      .send({ email: `${member}@example.go.id`, teams: ['TALENT_TEAM'] })
      .expect(200);
    await svc
      .http()
      .put(`/api/v1/agencies/${agency}/recipients/${person}`)
      .set(...auth())
      .send({ email: `${person}@example.go.id` })
      .expect(200);

    const id = await publish(talentBoxAssignedV1, {
      ...structuredClone(talentBoxAssignedV1.example),
      agencyId: agency,
      employeeId: person,
    });
    const [mail] = await waitUntil('the team email', () =>
      svc.mail.to(`${member}@example.go.id`)[0]
        ? svc.mail.to(`${member}@example.go.id`)
        : undefined,
    );
    await waitUntil('two deliveries', () =>
      recorder
        .on(notificationDeliveredV1.topic)
        .filter((m) => (JSON.parse(m.value!) as { causeEventId: string }).causeEventId === id)
        .length >= 2
        ? true
        : undefined,
    );

    expect(mail.subject).toBe(`Manajemen talenta 2025: pegawai ${person} di kotak 8`);
    expect(mail.text).toContain('Sebelumnya di kotak 5.');
    expect(svc.mail.to(`${person}@example.go.id`)).toHaveLength(0);
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

  it('should refuse a rule whose audience names a field the event does not have', async () => {
    const res = await svc
      .http()
      .put(`/api/v1/agencies/${agency}/notification-rules/appraisal-feedback`)
      .set(...auth())
      .send({
        eventTopic: 'public.evaluation.appraisal-finalized.v1',
        audience: { kind: 'EVENT_FIELD', path: 'supervisorId' },
        mandatory: true,
        channels: ['IN_APP'],
        enabled: true,
        description: { id: 'x', en: 'x' },
      })
      .expect(422);

    expect(res.body).toMatchObject({
      code: 'INVALID_RULE',
      errors: [expect.objectContaining({ field: 'audience.path' })],
    });
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

    // The next morning: one sweep of the dispatcher at that time.
    await svc.app.get(DeliveryDispatcher).runOnce(() => new Date(Date.now() + 25 * 3600_000));

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
