import {
  appraisalFinalizedV1,
  trainingCompletedV1,
  trainingSurveyAnsweredV1,
  trainingSurveyRequestedV1,
  type TrainingSurveyAnsweredV1,
  type TrainingSurveyRequestedV1,
} from '@jenjang/contracts';
import { randomUUID } from 'node:crypto';
import { outboxDrained, randomLetters, testEnv, TopicRecorder, waitUntil } from '@jenjang/testing';
import { OutboxRelay } from '@jenjang/messaging';
import { SurveyService } from '../../src/survey/survey.service';
import { finalized, publish, TrainingApp } from '../support/training-app';

const AGENCY = `ag-${randomLetters()}`;
const bearer = { type: 'bearer' as const };
const key = () => `k-${randomLetters()}`;
const WEEK = 7 * 86_400_000;

type Survey = {
  id: string;
  level: 1 | 3;
  role: string;
  status: string;
  respondentId: string;
  responses: { version: number; relevance: number | null; comment: string | null }[];
};

describe('post-training survey (Kirkpatrick 1 and 3)', () => {
  let training: TrainingApp;
  let recorder: TopicRecorder;
  let admin: string;
  const employeeId = `emp-${randomLetters()}`;
  const superiorId = `sup-${randomLetters()}`;
  const programId = `${AGENCY}.pelayanan`;
  const post = (path: string, token: string, body: object = {}) =>
    training.http().post(path).auth(token, bearer).set('Idempotency-Key', key()).send(body);
  const requests = () =>
    recorder
      .on(trainingSurveyRequestedV1.topic)
      .map((m) => JSON.parse(m.value!) as TrainingSurveyRequestedV1)
      .filter((e) => e.employeeId === employeeId);
  const answers = () =>
    recorder
      .on(trainingSurveyAnsweredV1.topic)
      .map((m) => JSON.parse(m.value!) as Record<string, unknown> & TrainingSurveyAnsweredV1)
      .filter((e) => e.employeeId === employeeId);

  beforeAll(async () => {
    training = await new TrainingApp().start();
    recorder = await new TopicRecorder(testEnv().brokers, [
      trainingSurveyRequestedV1.topic,
      trainingSurveyAnsweredV1.topic,
    ]).start();
    admin = await TrainingApp.token(AGENCY, 'adm', 'ADMIN_INSTANSI');
  });

  afterAll(async () => {
    await recorder?.stop();
    await training?.stop();
  });

  it('should invite at completion, version answers, follow up with the superior and report it', async () => {
    // The superior known to training is the penilai of the latest appraisal.
    await publish(
      appraisalFinalizedV1.topic,
      appraisalFinalizedV1.type,
      finalized({ agencyId: AGENCY, employeeId, penilaiId: superiorId }),
    );
    await waitUntil('the appraisal recorded', async () => {
      const res = await training
        .http()
        .get(`/api/v1/recommendation-sets?employeeId=${employeeId}`)
        .auth(admin, bearer);
      return (res.body as unknown[]).length > 0 ? true : undefined;
    });
    await training
      .http()
      .put(`/api/v1/agencies/${AGENCY}/survey-settings`)
      .auth(admin, bearer)
      .send({
        followUpWeeks: 8,
        answerDays: 10,
        maxReminders: 1,
        level3Questions: [
          {
            code: 'APPLIED_AT_WORK',
            text: { id: 'Hasil pelatihan diterapkan.', en: 'Applied at work.' },
          },
          {
            code: 'FEWER_COMPLAINTS',
            text: { id: 'Keluhan layanan berkurang.', en: 'Fewer complaints.' },
          },
        ],
      })
      .expect(200);

    await post('/api/v1/programs', admin, {
      code: 'pelayanan',
      title: 'Pelatihan Pelayanan Prima',
      form: 'PELATIHAN_TEKNIS',
      provider: { kind: 'INTERNAL', name: 'BKD' },
      jp: 16,
      competencies: [{ competencyCode: 'PELAYANAN_PUBLIK', level: 2, raisesAssessedLevel: false }],
      berakhlakValues: ['BERORIENTASI_PELAYANAN'],
      availability: 'OWN',
    }).expect(201);
    const session = await post(`/api/v1/programs/${programId}/sessions`, admin, {
      code: 's1',
      startsAt: new Date(Date.now() + 3600_000).toISOString(),
      endsAt: new Date(Date.now() + 5 * 3600_000).toISOString(),
      capacity: 5,
    }).expect(201);
    const me = await TrainingApp.token(AGENCY, employeeId, 'PEGAWAI');
    const boss = await TrainingApp.token(AGENCY, superiorId, 'PENILAI');
    const stranger = await TrainingApp.token(AGENCY, `x-${randomLetters()}`, 'PEGAWAI');
    const enrolled = await post('/api/v1/enrollments', me, {
      sessionId: (session.body as { id: string }).id,
    });
    const enrollmentId = (enrolled.body as { id: string }).id;
    await post(`/api/v1/enrollments/${enrollmentId}/attend`, me).expect(201);
    await post(`/api/v1/enrollments/${enrollmentId}/complete`, admin, { score: 80 }).expect(201);
    const completedAt = Date.now();

    // Level 1: invited at completion; a correction is a second version.
    const invitation = await waitUntil('the invitation', () =>
      requests().find((r) => r.kind === 'INVITATION'),
    );
    expect(invitation).toMatchObject({ level: 1, respondentId: employeeId, reminder: 0 });
    const first = await post(`/api/v1/training-surveys/${invitation.surveyId}/answers`, me, {
      relevance: 3,
      satisfaction: 4,
      wouldRecommend: true,
      comment: 'Materi terlalu cepat',
    }).expect(201);
    expect((first.body as Survey).responses).toHaveLength(1);
    const corrected = await post(`/api/v1/training-surveys/${invitation.surveyId}/answers`, me, {
      relevance: 5,
      satisfaction: 4,
      wouldRecommend: true,
      learning: 4,
      comment: 'Sangat membantu di loket',
    }).expect(201);
    expect((corrected.body as Survey).responses.map((r) => [r.version, r.relevance])).toEqual([
      [1, 3],
      [2, 5],
    ]);
    await training
      .http()
      .get(`/api/v1/training-surveys/${invitation.surveyId}`)
      .auth(stranger, bearer)
      .expect(404);
    const bad = await post(`/api/v1/training-surveys/${invitation.surveyId}/answers`, me, {
      relevance: 5,
    }).expect(422);
    expect(bad.headers['content-type']).toContain('application/problem+json');

    // Nothing is due before the agency's delay; at 8 weeks the follow-up goes to both.
    const surveys = training.app.get(SurveyService);
    expect(await surveys.sweep(new Date(completedAt + 8 * WEEK - 60_000))).toBe(0);
    const at = new Date(completedAt + 8 * WEEK + 60_000);
    expect(await surveys.sweep(at)).toBe(2);
    expect(await surveys.sweep(at)).toBe(0);
    const followUps = await waitUntil('two follow-ups', () => {
      const f = requests().filter((r) => r.kind === 'FOLLOW_UP');
      return f.length === 2 ? f : undefined;
    });
    expect(followUps.map((f) => [f.respondentRole, f.respondentId, f.level]).sort()).toEqual([
      ['PARTICIPANT', employeeId, 3],
      ['SUPERIOR', superiorId, 3],
    ]);
    const forBoss = followUps.find((f) => f.respondentRole === 'SUPERIOR')!;
    const theirs = await training
      .http()
      .get('/api/v1/training-surveys')
      .auth(boss, bearer)
      .expect(200);
    expect((theirs.body as Survey[]).map((s) => s.id)).toEqual([forBoss.surveyId]);

    // The superior answers the agency's questions; the participant is reminded once, then no more.
    await post(`/api/v1/training-surveys/${forBoss.surveyId}/answers`, boss, {
      ratings: [{ questionCode: 'APPLIED_AT_WORK', value: 4 }],
    }).expect(422);
    await post(`/api/v1/training-surveys/${forBoss.surveyId}/answers`, boss, {
      ratings: [
        { questionCode: 'APPLIED_AT_WORK', value: 4 },
        { questionCode: 'FEWER_COMPLAINTS', value: 3 },
      ],
      comment: 'Antrean lebih tertib',
    }).expect(201);
    expect(await surveys.sweep(new Date(at.getTime() + 10 * 86_400_000 + 60_000))).toBe(1);
    expect(await surveys.sweep(new Date(at.getTime() + 40 * 86_400_000))).toBe(0);
    await outboxDrained(training.app.get(OutboxRelay));
    await recorder.caughtUp();
    expect(
      requests()
        .map((r) => [r.kind, r.respondentRole])
        .sort(),
    ).toEqual([
      ['FOLLOW_UP', 'PARTICIPANT'],
      ['FOLLOW_UP', 'SUPERIOR'],
      ['INVITATION', 'PARTICIPANT'],
      ['REMINDER', 'PARTICIPANT'],
    ]);
    // Analytics get scores and versions, never the comments.
    const published = answers();
    expect(published.map((a) => [a.level, a.respondentRole, a.version]).sort()).toEqual([
      [1, 'PARTICIPANT', 1],
      [1, 'PARTICIPANT', 2],
      [3, 'SUPERIOR', 1],
    ]);
    expect(
      published.every((a) => !('comment' in a) && trainingSurveyAnsweredV1.validate(a).ok),
    ).toBe(true);

    const report = await training
      .http()
      .get(`/api/v1/agencies/${AGENCY}/reports/program-effectiveness?programId=${programId}`)
      .auth(admin, bearer)
      .expect(200);
    const [row] = report.body as {
      level1: { responses: number; meanRelevance: number };
      surveys: {
        level1: { asked: number; answered: number; responseRate: number; meanLearning: number };
        level3: {
          participant: { asked: number; answered: number; responseRate: number };
          superior: { answered: number; meanByQuestion: Record<string, number> };
        };
        comments: { text: string; role: string }[];
      };
    }[];
    expect(row.level1).toMatchObject({ responses: 1, meanRelevance: 5 });
    expect(row.surveys.level1).toMatchObject({
      asked: 1,
      answered: 1,
      responseRate: 1,
      meanLearning: 4,
    });
    expect(row.surveys.level3.participant).toMatchObject({
      asked: 1,
      answered: 0,
      responseRate: 0,
    });
    expect(row.surveys.level3.superior).toMatchObject({
      answered: 1,
      meanByQuestion: { APPLIED_AT_WORK: 4, FEWER_COMPLAINTS: 3 },
    });
    expect(row.surveys.comments.map((c) => [c.role, c.text]).sort()).toEqual([
      ['PARTICIPANT', 'Sangat membantu di loket'],
      ['SUPERIOR', 'Antrean lebih tertib'],
    ]);
  });

  it('should invite from training-completed when the surveys of a completion were not written with it', async () => {
    const lost = `emp-${randomLetters()}`;
    const enrollmentId = randomUUID();
    await publish(trainingCompletedV1.topic, trainingCompletedV1.type, {
      ...structuredClone(trainingCompletedV1.example),
      agencyId: AGENCY,
      employeeId: lost,
      enrollmentId,
      completionId: randomUUID(),
      completedAt: new Date().toISOString(),
    });
    const invited = await waitUntil('the invitation from the event', () =>
      recorder
        .on(trainingSurveyRequestedV1.topic)
        .map((m) => JSON.parse(m.value!) as TrainingSurveyRequestedV1)
        .find((e) => e.employeeId === lost),
    );
    expect(invited).toMatchObject({ kind: 'INVITATION', enrollmentId, respondentId: lost });
  });
});
