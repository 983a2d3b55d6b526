import { EvaluationApp, placeForSkp, postSkp, skpBody, type ApiClient } from './evaluation-app';

export interface Actors {
  /** The appraised employee's id. */
  employee: string;
  pegawai: string;
  penilai: string;
  atasan: string;
  admin: string;
  otherAgency: string;
}

export async function actorsFor(employee: string): Promise<Actors> {
  return {
    employee,
    pegawai: await EvaluationApp.token('AG1', employee, 'PEGAWAI'),
    penilai: await EvaluationApp.token('AG1', 'emp-penilai', 'PEGAWAI', 'PENILAI'),
    atasan: await EvaluationApp.token('AG1', 'emp-atasan', 'PEGAWAI', 'PENILAI', 'ATASAN_PENILAI'),
    admin: await EvaluationApp.token('AG1', 'emp-admin', 'ADMIN_INSTANSI'),
    otherAgency: await EvaluationApp.token('AG2', 'emp-x', 'ADMIN_INSTANSI', 'PENILAI'),
  };
}

type Body = {
  id: string;
  revision: number;
  status: string;
  hasilKerja: { id: string; indicators: { id: string }[] }[];
};

/** An approved SKP and an opened annual appraisal, through the API. */
export async function approvedAppraisal(app: ApiClient, who: Actors, unitId: string, year = 2026) {
  const bearer = (t: string) => ['Authorization', `Bearer ${t}`] as const;
  // In process the app waits for its own org chart; a remote process is waited for by postSkp.
  if (app instanceof EvaluationApp) await app.placed(who.employee, unitId);
  else await placeForSkp(who.employee, unitId);
  const created = await postSkp(app, who.pegawai, skpBody({ year, unitId }));
  expect(created.status).toBe(201);
  const skp = created.body as Body;
  await app
    .http()
    .post(`/api/v1/skp/${skp.id}/submit`)
    .set(...bearer(who.pegawai))
    .send({ revision: 1 })
    .expect(201);
  await app
    .http()
    .post(`/api/v1/skp/${skp.id}/approve`)
    .set(...bearer(who.penilai))
    .send({ revision: 2 })
    .expect(201);
  const appraisal = (
    await app
      .http()
      .post('/api/v1/appraisals')
      .set(...bearer(who.pegawai))
      .send({ skpId: skp.id, period: { kind: 'TAHUNAN' } })
      .expect(201)
  ).body as Body;
  return { skp, appraisal, bearer };
}

/** Realisation, feedback and a rating: ready for the predikat. */
export async function ratedAppraisal(
  app: ApiClient,
  who: Actors,
  unitId: string,
  hasilKerja: string,
  perilakuKerja: string,
) {
  const { skp, appraisal, bearer } = await approvedAppraisal(app, who, unitId);
  const indicatorId = skp.hasilKerja[0].indicators[0].id;
  await app
    .http()
    .put(`/api/v1/appraisals/${appraisal.id}/realisasi`)
    .set(...bearer(who.pegawai))
    .send({
      revision: 1,
      entries: [
        { indicatorId, value: '93%', evidenceLinks: ['https://arsip.instansi.go.id/bukti.pdf'] },
      ],
    })
    .expect(200);
  await app
    .http()
    .post(`/api/v1/appraisals/${appraisal.id}/feedback`)
    .set(...bearer(who.penilai))
    .send({
      revision: 2,
      about: { kind: 'HASIL_KERJA', hasilKerjaId: skp.hasilKerja[0].id },
      text: 'Capaian baik, pertahankan.',
    })
    .expect(201);
  await app
    .http()
    .post(`/api/v1/appraisals/${appraisal.id}/rating`)
    .set(...bearer(who.penilai))
    .send({
      revision: 3,
      hasilKerja,
      perilakuKerja,
      perilaku: [{ value: 'KOLABORATIF', rating: perilakuKerja, note: 'Aktif berbagi data.' }],
    })
    .expect(201);
  return { skp, appraisal, bearer, revision: 4 };
}
