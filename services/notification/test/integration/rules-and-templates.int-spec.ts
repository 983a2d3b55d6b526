import { randomUUID } from 'node:crypto';
import type { Connection } from 'mongoose';
import {
  appraisalFinalizedV1,
  notificationDeliveredV1,
  PREDIKAT_LABELS,
  talentBoxAssignedV1,
  trainingRecommendedV1,
} from '@jenjang/contracts';
import { agencyScope, MONGO_CONNECTION } from '@jenjang/persistence';
import { randomLetters, testEnv, TopicRecorder, waitUntil } from '@jenjang/testing';
import { RecipientRepository } from '../../src/recipient/recipient.repository';
import { publish } from '../support/events';
import { finalizedEvent, NotificationApp, publishFinalized } from '../support/notification-app';

describe('Rules and templates', () => {
  const svc = new NotificationApp();
  const agency = `ag-${randomLetters(6)}`;
  let admin: string;
  let recorder: TopicRecorder;
  const auth = () => ['Authorization', `Bearer ${admin}`] as const;

  beforeAll(async () => {
    await svc.start();
    recorder = await new TopicRecorder(testEnv().brokers, [notificationDeliveredV1.topic]).start();
    admin = await NotificationApp.token(agency, undefined, 'ADMIN_INSTANSI');
  }, 240_000);

  afterAll(async () => {
    await recorder?.stop();
    await svc?.stop();
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

  it('should preview a template with the event example, store nothing, and name a bad field', async () => {
    const url = `/api/v1/agencies/${agency}/notification-templates/appraisal-feedback/en/EMAIL/preview`;
    const example = appraisalFinalizedV1.example;
    const res = await svc
      .http()
      .post(url)
      .set(...auth())
      .send({ subject: 'Result {{period.year}}', body: 'Your predikat: {{predikat|predikat}}.' })
      .expect(200);
    expect(res.body).toEqual({
      type: 'appraisal-feedback',
      language: 'en',
      channel: 'EMAIL',
      eventTopic: appraisalFinalizedV1.topic,
      subject: `Result ${example.period.year}`,
      body: `Your predikat: ${PREDIKAT_LABELS[example.predikat].en}.`,
    });

    const bad = await svc
      .http()
      .post(url)
      .set(...auth())
      .send({ subject: 'Result', body: 'Hi {{nosuch}}' })
      .expect(422);
    expect(bad.body).toMatchObject({
      code: 'INVALID_TEMPLATE',
      errors: [expect.objectContaining({ field: 'body' })],
    });
    const pegawai = await NotificationApp.token(agency, `emp-${randomLetters(8)}`, 'PEGAWAI');
    await svc
      .http()
      .post(url)
      .set('Authorization', `Bearer ${pegawai}`)
      .send({ subject: 'Result', body: 'x' })
      .expect(403);
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

    expect(mail.subject).toBe('Manajemen talenta 2025: pegawai dipetakan ke Kotak 8');
    expect(mail.text).toContain('Sebelumnya di Kotak 5.');
    expect(svc.mail.to(`${person}@example.go.id`)).toHaveLength(0);

    // The next placements find the team in memory; a read of the team is its roster by _id (and
    // its members' entries by _id), never a query over the directory by team.
    const rosterReads: string[] = [];
    const directoryByTeam: string[] = [];
    const count = (e: { commandName: string; command: Record<string, unknown> }) => {
      const filter = e.command.filter as Record<string, unknown> | undefined;
      if (e.command.find === 'team_rosters') rosterReads.push(JSON.stringify(filter));
      if (e.command.find === 'recipients' && filter && 'teams' in filter) {
        directoryByTeam.push(JSON.stringify(filter));
      }
    };
    const client = svc.app.get<Connection>(MONGO_CONNECTION).getClient();
    client.on('commandStarted', count);
    const placeAgain = async () => {
      const eventId = await publish(talentBoxAssignedV1, {
        ...structuredClone(talentBoxAssignedV1.example),
        agencyId: agency,
        employeeId: person,
      });
      return eventId;
    };
    const emailsTo = async (expected: number, to: string) =>
      waitUntil(`${expected} team emails to ${to}`, () =>
        svc.mail.to(`${to}@example.go.id`).length >= expected ? true : undefined,
      );
    try {
      await placeAgain();
      await emailsTo(2, member);
      await placeAgain();
      await emailsTo(3, member);
      expect(rosterReads).toHaveLength(0);

      // A new member saved here is on the team at once (the save clears the agency's teams).
      const newcomer = `emp-${randomLetters(8)}`;
      await svc
        .http()
        .put(`/api/v1/agencies/${agency}/recipients/${newcomer}`)
        .set(...auth())
        .send({ email: `${newcomer}@example.go.id`, teams: ['TALENT_TEAM'] })
        .expect(200);
      await placeAgain();
      await emailsTo(1, newcomer);
      await emailsTo(4, member);
      expect(rosterReads).toEqual([
        JSON.stringify({ _id: `${agency}:TALENT_TEAM`, agencyId: agency }),
      ]);

      // A member who leaves the team is told no more: the next placement goes to the newcomer
      // alone (one delivery for the event, not two).
      await svc
        .http()
        .put(`/api/v1/agencies/${agency}/recipients/${member}`)
        .set(...auth())
        .send({ teams: [] })
        .expect(200);
      const afterLeaving = await placeAgain();
      await emailsTo(2, newcomer);
      // The event's deliveries were stored together, before the newcomer's email went.
      const told = await svc.app
        .get<Connection>(MONGO_CONNECTION)
        .db!.collection('deliveries')
        .distinct('recipientEmployeeId', { agencyId: agency, causeEventId: afterLeaving });
      expect(told).toEqual([newcomer]);
      expect(svc.mail.to(`${member}@example.go.id`)).toHaveLength(4);
      expect(directoryByTeam).toEqual([]);
    } finally {
      client.off('commandStarted', count);
    }
  });

  it('should put on the rosters, when it starts, the team members the directory held before', async () => {
    // An entry written as before the rosters existed: the directory names the team, no roster.
    const team = `SWEPT_${randomLetters(6).toUpperCase()}`;
    const member = `emp-${randomLetters(8)}`;
    const db = svc.app.get<Connection>(MONGO_CONNECTION).db!;
    const now = new Date();
    await db.collection<{ _id: string } & Record<string, unknown>>('recipients').insertOne({
      _id: `${agency}:${member}`,
      agencyId: agency,
      employeeId: member,
      name: null,
      email: `${member}@example.go.id`,
      phone: null,
      language: 'id',
      timeZone: 'Asia/Jakarta',
      unitId: null,
      teams: [team],
      preferences: [],
      quietHours: null,
      digestAt: null,
      source: 'API',
      appliedEvents: [],
      createdAt: now,
      updatedAt: now,
    });
    const rosters = db.collection<{ _id: string; members: string[] }>('team_rosters');
    expect(await rosters.findOne({ _id: `${agency}:${team}` })).toBeNull();

    // What the service runs when it starts.
    await svc.app.get(RecipientRepository).sweepRosters();

    expect(await rosters.findOne({ _id: `${agency}:${team}` })).toMatchObject({
      agencyId: agency,
      team,
      members: [member],
    });
    const members = await svc.app.get(RecipientRepository).team(agencyScope(agency), team);
    expect(members.map((r) => r.employeeId)).toEqual([member]);
  });
});
