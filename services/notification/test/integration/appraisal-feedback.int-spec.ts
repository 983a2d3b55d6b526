import { randomUUID } from 'node:crypto';
import {
  appraisalFinalizedV1,
  dlqTopic,
  feedbackGivenV1,
  predikatSetV1,
  notificationDeliveredV1,
  notificationFailedV1,
} from '@jenjang/contracts';
import { randomLetters, testEnv, TopicRecorder, waitUntil } from '@jenjang/testing';
import { publish } from '../support/events';
import { finalizedEvent, NotificationApp, publishFinalized } from '../support/notification-app';

describe('Appraisal feedback notices', () => {
  const svc = new NotificationApp();
  const agency = `ag-${randomLetters(6)}`;
  let recorder: TopicRecorder;
  let admin: string;

  const person = async (language: 'id' | 'en', extra: Record<string, unknown> = {}) => {
    const employeeId = `emp-${randomLetters(8)}`;
    const email = `${employeeId}@${agency}.go.id`;
    await svc
      .http()
      .put(`/api/v1/agencies/${agency}/recipients/${employeeId}`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ email, language, ...extra })
      .expect(200);
    return { employeeId, email, token: await NotificationApp.token(agency, employeeId, 'PEGAWAI') };
  };
  // Mail of the notices this suite's events cause. The other shard's training and career-planning
  // instances answer the same appraisal-finalized events on the shared topics, and their notices
  // (a recommendation, a 9-box place) reach the same people.
  const OWN_TYPES = [
    'appraisal-feedback',
    'appraisal-finalized-penilai',
    'predikat-set',
    'feedback-given',
  ];
  const mailTo = (address: string) => svc.mail.to(address, ...OWN_TYPES);
  const refuseFeedbackTo = (address: string, count: number) =>
    svc.mail.refuseNext(
      count,
      (m) =>
        m.to.includes(address) && m.headers['x-jenjang-notification-type'] === 'appraisal-feedback',
    );
  const inboxOf = async (token: string) =>
    (await svc.http().get('/api/v1/me/inbox').set('Authorization', `Bearer ${token}`).expect(200))
      .body as {
      items: { id: string; subject: string; body: string; type: string }[];
      unread: number;
    };
  const eventsFor = (topic: string, causeEventId: string) =>
    recorder
      .on(topic)
      .map((m) => JSON.parse(m.value!) as Record<string, unknown>)
      .filter((d) => d.causeEventId === causeEventId);

  beforeAll(async () => {
    await svc.start();
    recorder = await new TopicRecorder(testEnv().brokers, [
      notificationDeliveredV1.topic,
      notificationFailedV1.topic,
      dlqTopic(appraisalFinalizedV1.topic),
    ]).start();
    admin = await NotificationApp.token(agency, undefined, 'ADMIN_INSTANSI');
  }, 240_000);

  afterAll(async () => {
    await recorder?.stop();
    await svc?.stop();
  });

  it('should deliver exactly one inbox item and one email in the pegawai language when the event arrives twice', async () => {
    const pegawai = await person('en');
    const penilai = await person('id');
    const data = finalizedEvent(agency, pegawai.employeeId, penilai.employeeId);
    const id = randomUUID();

    await publishFinalized(data, id, agency, pegawai.employeeId);
    await publishFinalized(data, id, agency, pegawai.employeeId);
    await waitUntil('both emails', () =>
      mailTo(pegawai.email).length && mailTo(penilai.email).length ? true : undefined,
    );
    await waitUntil('delivered events', () =>
      eventsFor(notificationDeliveredV1.topic, id).length >= 4 ? true : undefined,
    );
    // A late redelivery, after everything was sent, changes nothing either.
    await publishFinalized(data, id, agency, pegawai.employeeId);
    await svc.settled(recorder);

    const mails = mailTo(pegawai.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe('2025 performance appraisal: rated Poor/Misconduct');
    expect(mails[0].text).toContain(
      'Work results rated as expected, work behaviour rated below expectations.',
    );
    expect(mails[0].text).toContain(`https://jenjang.example.go.id/api/v1/appraisals/`);
    expect(mails[0].text).toContain("Your appraiser's feedback: Target telaahan kebijakan");
    expect(mails[0].html).toContain('<a href="https://jenjang.example.go.id/api/v1/appraisals/');
    const inbox = await inboxOf(pegawai.token);
    expect(inbox.items).toHaveLength(1);
    expect(inbox.unread).toBe(1);
    expect(inbox.items[0]).toMatchObject({
      type: 'appraisal-feedback',
      subject: 'Your 2025 performance appraisal is final',
    });
    expect(mailTo(penilai.email)).toHaveLength(1);
    expect(mailTo(penilai.email)[0].subject).toBe(
      'Konfirmasi: penilaian Penelaah Teknis Kebijakan Tahun 2025 sudah final',
    );
    expect((await inboxOf(penilai.token)).items.map((i) => i.type)).toEqual([
      'appraisal-finalized-penilai',
    ]);
    const delivered = eventsFor(notificationDeliveredV1.topic, id);
    expect(delivered).toHaveLength(4);
    expect(delivered.every((d) => notificationDeliveredV1.validate(d).ok)).toBe(true);
    expect(JSON.stringify(delivered)).not.toContain(pegawai.email);
  });

  it('should retry and still send exactly one email when the SMTP server refuses the first attempt', async () => {
    const pegawai = await person('id');
    const data = finalizedEvent(agency, pegawai.employeeId, `emp-${randomLetters(8)}`);
    const id = randomUUID();
    refuseFeedbackTo(pegawai.email, 1);

    await publishFinalized(data, id, agency, pegawai.employeeId);
    await publishFinalized(data, id, agency, pegawai.employeeId);
    const [email] = await waitUntil('the email after a retry', () => {
      const found = eventsFor(notificationDeliveredV1.topic, id).filter(
        (d) => d.channel === 'EMAIL',
      );
      return found.length ? found : undefined;
    });
    await svc.settled(recorder);

    expect(svc.mail.refused).toBeGreaterThanOrEqual(1);
    expect(mailTo(pegawai.email)).toHaveLength(1);
    // The retry is the same email (its Message-ID names the delivery and its round).
    const [sent] = mailTo(pegawai.email);
    expect(sent.headers['message-id']).toBe(
      `<${sent.headers['x-jenjang-notification-id']}.1@jenjang.go.id>`,
    );
    expect(mailTo(pegawai.email)[0].subject).toBe(
      'Penilaian kinerja Tahun 2025: predikat Kurang/Misconduct',
    );
    expect(email).toMatchObject({ attempts: 2, mandatory: true, type: 'appraisal-feedback' });
    expect((await inboxOf(pegawai.token)).items).toHaveLength(1);
  });

  it('should send the mandatory feedback despite an opt-out, and respect the penilai opt-out', async () => {
    const optOut = (type: string) => ({
      preferences: [{ type, channel: 'EMAIL', enabled: false }],
    });
    const pegawai = await person('id', optOut('appraisal-feedback'));
    const penilai = await person('id', optOut('appraisal-finalized-penilai'));
    const id = randomUUID();

    await publishFinalized(
      finalizedEvent(agency, pegawai.employeeId, penilai.employeeId),
      id,
      agency,
      pegawai.employeeId,
    );
    await waitUntil('three deliveries', () =>
      eventsFor(notificationDeliveredV1.topic, id).length >= 3 ? true : undefined,
    );

    expect(mailTo(pegawai.email)).toHaveLength(1);
    expect(mailTo(penilai.email)).toHaveLength(0);
    expect((await inboxOf(penilai.token)).items).toHaveLength(1);
    const penilaiDeliveries = await svc
      .http()
      .get(`/api/v1/agencies/${agency}/deliveries?recipientEmployeeId=${penilai.employeeId}`)
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    expect((penilaiDeliveries.body as { channel: string }[]).map((d) => d.channel)).toEqual([
      'IN_APP',
    ]);
  });

  it('should mark a notice FAILED with a failed event when every retry is refused, and resend it on request', async () => {
    const pegawai = await person('id');
    const id = randomUUID();
    refuseFeedbackTo(pegawai.email, 3);

    await publishFinalized(
      finalizedEvent(agency, pegawai.employeeId, `emp-${randomLetters(8)}`),
      id,
      agency,
      pegawai.employeeId,
    );
    const [failed] = await waitUntil('the failed event', () => {
      const found = eventsFor(notificationFailedV1.topic, id);
      return found.length ? found : undefined;
    }).catch(async (error: Error) => {
      // What the store and the mailbox say, so a failure in CI can be read from its log.
      const stored = await svc.deliveriesOf(id);
      const mails = svc.mail.to(pegawai.email).map((m) => m.headers);
      throw new Error(
        `${error.message}; refused ${svc.mail.refused}, mails ${JSON.stringify(mails)}, ` +
          `deliveries ${JSON.stringify(stored)}`,
      );
    });

    expect(failed).toMatchObject({
      channel: 'EMAIL',
      failure: 'RETRIES_EXHAUSTED',
      attempts: 3,
      recipientEmployeeId: pegawai.employeeId,
    });
    // A fixed code for the 451 answer, never the mail server's text.
    expect(failed.reason).toBe('EMAIL_DEFERRED');
    const list = await svc
      .http()
      .get(`/api/v1/agencies/${agency}/deliveries?state=FAILED&channel=EMAIL`)
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    const row = (
      list.body as { id: string; recipientEmployeeId: string; lastError: string }[]
    ).find((d) => d.recipientEmployeeId === pegawai.employeeId);
    expect(row?.lastError).toBe('EMAIL_DEFERRED');

    await svc
      .http()
      .post(`/api/v1/agencies/${agency}/deliveries/${row!.id}/resend`)
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    await waitUntil('the resent email', () => (mailTo(pegawai.email).length ? true : undefined));
    const resent = await waitUntil('the delivered event of the resend', () => {
      const found = eventsFor(notificationDeliveredV1.topic, id).filter(
        (d) => d.channel === 'EMAIL',
      );
      return found.length ? found[0] : undefined;
    });
    expect(resent).toMatchObject({ resent: true, attempts: 4 });
  });

  it('should dead-letter an appraisal-finalized without predikat with its reason', async () => {
    const pegawai = `emp-${randomLetters(8)}`;
    const { predikat: _p, ...bad } = finalizedEvent(agency, pegawai, `emp-${randomLetters(8)}`);
    const id = randomUUID();

    await publishFinalized(bad, id, agency, pegawai);
    const dead = await waitUntil('the dead letter', () =>
      recorder
        .on(dlqTopic(appraisalFinalizedV1.topic))
        .find((m) => m.headers.ce_id === id && m.headers['x-dlq-consumer-group'] === svc.groupId),
    );

    expect(dead.headers['x-dlq-reason']).toBe('schema-invalid');
    expect(dead.headers['x-dlq-error']).toContain('predikat');
  });

  it('should let nobody read or mark another person inbox', async () => {
    const pegawai = await person('id');
    const other = await person('id');
    const id = randomUUID();
    await publishFinalized(
      finalizedEvent(agency, pegawai.employeeId, `emp-${randomLetters(8)}`),
      id,
      agency,
      pegawai.employeeId,
    );
    const item = await waitUntil(
      'the inbox item',
      async () => (await inboxOf(pegawai.token)).items[0],
    );

    await svc
      .http()
      .post(`/api/v1/me/inbox/${item.id}/read`)
      .set('Authorization', `Bearer ${other.token}`)
      .expect(404);
    expect((await inboxOf(other.token)).items).toHaveLength(0);
    await svc
      .http()
      .post(`/api/v1/me/inbox/${item.id}/read`)
      .set('Authorization', `Bearer ${pegawai.token}`)
      .expect(200);
    await svc
      .http()
      .post(`/api/v1/me/inbox/${item.id}/archive`)
      .set('Authorization', `Bearer ${pegawai.token}`)
      .expect(200);
    const after = await inboxOf(pegawai.token);
    expect(after).toMatchObject({ items: [], unread: 0 });
  });

  it('should tell the pegawai the predikat and the objection deadline in their zone at once when the predikat is set', async () => {
    // A digest is chosen, but the objection window runs now: the notice is mandatory.
    const pegawai = await person('id', { timeZone: 'Asia/Makassar', digestAt: '07:00' });
    const penilai = await person('id');
    const id = await publish(predikatSetV1, {
      ...structuredClone(predikatSetV1.example),
      appraisalId: `apr-${randomLetters(10)}`,
      agencyId: agency,
      employeeId: pegawai.employeeId,
      penilaiId: penilai.employeeId,
      ratingHasilKerja: 'DI_ATAS_EKSPEKTASI',
      ratingPerilakuKerja: 'SESUAI_EKSPEKTASI',
      predikat: 'BAIK',
      objectionDeadline: '2026-02-14T03:00:00Z',
    });

    const [mail] = await waitUntil('the predikat email', () =>
      mailTo(pegawai.email).length ? mailTo(pegawai.email) : undefined,
    );
    await waitUntil('delivered events', () =>
      eventsFor(notificationDeliveredV1.topic, id).length >= 2 ? true : undefined,
    );

    expect(mail.subject).toBe('Predikat kinerja Tahun 2025 Anda telah ditetapkan: Baik');
    expect(mail.text).toContain(
      'Hasil kerja dinilai di atas ekspektasi, perilaku kerja sesuai ekspektasi.',
    );
    expect(mail.text).toContain('sampai 14 Februari 2026 pukul 11.00 WITA');
    expect(mail.text).toContain('pilih Ajukan Keberatan');
    expect(mail.text).toContain('https://jenjang.example.go.id/api/v1/appraisals/');
    expect((await inboxOf(pegawai.token)).items).toMatchObject([
      { type: 'predikat-set', subject: 'Predikat kinerja Tahun 2025: Baik' },
    ]);
    expect(mailTo(penilai.email)).toHaveLength(0);
  });

  it('should put continuous feedback in the inbox now and hold the email for the digest when the pegawai chose one', async () => {
    const pegawai = await person('en', { digestAt: '07:00' });
    const id = await publish(feedbackGivenV1, {
      ...structuredClone(feedbackGivenV1.example),
      feedbackId: `fb-${randomLetters(10)}`,
      agencyId: agency,
      employeeId: pegawai.employeeId,
    });

    const item = await waitUntil(
      'the inbox item',
      async () => (await inboxOf(pegawai.token)).items[0],
    );
    const digest = await waitUntil('the email held for the digest', async () => {
      const res = await svc
        .http()
        .get(
          `/api/v1/agencies/${agency}/deliveries?recipientEmployeeId=${pegawai.employeeId}&state=DIGEST`,
        )
        .set('Authorization', `Bearer ${admin}`)
        .expect(200);
      const rows = res.body as { channel: string; causeEventId: string }[];
      return rows.length === 1 ? rows : undefined;
    });

    expect(item).toMatchObject({
      type: 'feedback-given',
      subject: 'New feedback from your appraiser (Q1 2026)',
    });
    expect(item.body).toContain('Feedback on the value Collaborative for the Q1 2026 appraisal');
    expect(digest).toMatchObject([{ channel: 'EMAIL', causeEventId: id }]);
    expect(mailTo(pegawai.email)).toHaveLength(0);
  });
});
