import { appraisalFinalizedV1, gapsAssessedV1, trainingRecommendedV1 } from '@jenjang/contracts';
import type { TrainingRecommendedV1 } from '@jenjang/contracts';
import { randomLetters, testEnv, TopicRecorder, waitUntil } from '@jenjang/testing';
import { finalized, publish, TrainingApp } from '../support/training-app';

const AGENCY = `ag-${randomLetters()}`;
const REC = trainingRecommendedV1.topic;
const bearer = { type: 'bearer' as const };

describe('leadership programmes by the level of the target position', () => {
  let training: TrainingApp;
  let recorder: TopicRecorder;
  let admin: string;
  const post = (path: string, body: object) =>
    training
      .http()
      .post(path)
      .auth(admin, bearer)
      .set('Idempotency-Key', `k-${randomLetters()}`)
      .send(body);

  beforeAll(async () => {
    recorder = await new TopicRecorder(testEnv().brokers, [REC]).start();
    training = await new TrainingApp().start({ RECOMMENDATION_GRACE_MS: '3000' });
    admin = await TrainingApp.token(AGENCY, undefined, 'ADMIN_INSTANSI');
    // The administrator programme's title does not name its level: the catalog field does.
    for (const [code, title, leadershipLevel] of [
      ['latpim-3', 'Pelatihan Kepemimpinan Angkatan 3', 'ADMINISTRATOR'],
      ['pkp', 'Pelatihan Kepemimpinan Pengawas (PKP)', undefined],
    ] as const) {
      const res = await post('/api/v1/programs', {
        code,
        title,
        form: 'PELATIHAN_KEPEMIMPINAN',
        provider: { kind: 'LAN', name: 'LAN RI' },
        jp: 40,
        competencies: [],
        berakhlakValues: [],
        availability: 'OWN',
        ...(leadershipLevel ? { leadershipLevel } : {}),
      });
      expect(res.status).toBe(201);
      const session = await post(`/api/v1/programs/${AGENCY}.${code}/sessions`, {
        code: 's1',
        startsAt: new Date(Date.now() + 10 * 86_400_000).toISOString(),
        endsAt: new Date(Date.now() + 12 * 86_400_000).toISOString(),
        capacity: 30,
      });
      expect(session.status).toBe(201);
    }
    const wrong = await post('/api/v1/programs', {
      code: 'seminar',
      title: 'Seminar Kepemimpinan',
      form: 'SEMINAR',
      provider: { kind: 'LAN', name: 'LAN RI' },
      jp: 4,
      competencies: [],
      berakhlakValues: [],
      availability: 'OWN',
      leadershipLevel: 'PENGAWAS',
    });
    expect(wrong.status).toBe(422);
    expect(JSON.stringify(wrong.body)).toContain('leadershipLevel');
  });

  afterAll(async () => {
    await training?.stop();
    await recorder?.stop();
  });

  it('should recommend the administrator programme to a pengawas aiming for an administrator post', async () => {
    const a = finalized({
      agencyId: AGENCY,
      position: { id: 'jab-kasi', name: 'Kepala Seksi Rujukan', group: 'PENGAWAS' },
      ratingHasilKerja: 'DI_ATAS_EKSPEKTASI',
      ratingPerilakuKerja: 'DI_ATAS_EKSPEKTASI',
      predikat: 'SANGAT_BAIK',
      perilaku: [],
    });
    const eventId = await publish(appraisalFinalizedV1.topic, appraisalFinalizedV1.type, a);
    await publish(gapsAssessedV1.topic, gapsAssessedV1.type, {
      ...structuredClone(gapsAssessedV1.example),
      employeeId: a.employeeId,
      agencyId: AGENCY,
      position: { id: 'jab-kasi', name: 'Kepala Seksi Rujukan', group: 'PENGAWAS' },
      targetPosition: { id: 'jab-kabid', name: 'Kepala Bidang Pelayanan', group: 'ADMINISTRATOR' },
      needs: [],
      cause: { ...gapsAssessedV1.example.cause, eventId, appraisalId: a.appraisalId },
    });

    const set = await waitUntil('the recommended set', () =>
      recorder
        .on(REC)
        .filter((m) => m.key === a.employeeId)
        .map((m) => JSON.parse(m.value!) as TrainingRecommendedV1)
        .find((e) => e.agencyId === AGENCY),
    );
    expect(set.recommendations.map((r) => r.programId)).toEqual([`${AGENCY}.latpim-3`]);
    expect(set.recommendations[0].reasons[0].id).toBe(
      'Pelatihan kepemimpinan untuk jenjang administrator, jenjang jabatan yang Anda tuju (Kepala Bidang Pelayanan).',
    );
  });
});
