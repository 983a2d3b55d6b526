import { employeePlacedV1, type EmployeePlacedV1 } from '@jenjang/contracts';
import { randomLetters, waitUntil } from '@jenjang/testing';
import { careerSuite, positionBody } from '../support/career-app';

describe('PNS and PPPK: the kind of employment on placements, rank for PNS only', () => {
  const suite = careerSuite({ topics: [employeePlacedV1.topic] });
  const { service, agency } = suite;
  const [pns, pppk, later] = ['pns', 'pppk', 'later'].map((n) => `${n}-${randomLetters()}`);

  const http = () => service.http();
  const bearer = { type: 'bearer' } as const;

  it('should record PNS/PPPK from the API and the import, publish it, and keep rank to PNS', async () => {
    await http()
      .put('/api/v1/positions/jab-staf')
      .auth(suite.admin, bearer)
      .send(positionBody({ name: 'Pengadministrasi Umum', group: 'PELAKSANA', grade: 6 }))
      .expect(200);
    await http()
      .post('/api/v1/placements')
      .auth(suite.admin, bearer)
      .send({
        employeeId: pns,
        positionId: 'jab-staf',
        validFrom: '2020-01-02',
        employmentType: 'PNS',
      })
      .expect(201);
    const bad = await http()
      .post('/api/v1/placements')
      .auth(suite.admin, bearer)
      .send({
        employeeId: pppk,
        positionId: 'jab-staf',
        validFrom: '2023-01-02',
        employmentType: 'HONORER',
      })
      .expect(400);
    expect(JSON.stringify(bad.body)).toContain('employmentType');
    await http()
      .post('/api/v1/imports/placements')
      .auth(suite.admin, bearer)
      .set('Content-Type', 'text/csv')
      .send(
        [
          'employee_id,jabatan_id,tmt_jabatan,status_pegawai',
          `${pppk},jab-staf,02-01-2023,PPPK`,
          `${later},jab-staf,02-01-2021,P3K`,
        ].join('\n'),
      )
      .expect(201);
    // A later placement that does not say keeps the kind the person's previous one recorded.
    await http()
      .post('/api/v1/placements')
      .auth(suite.admin, bearer)
      .send({ employeeId: later, positionId: 'jab-staf', validFrom: '2024-07-01' })
      .expect(201);

    const placed = await waitUntil('the four placements published', () => {
      const found = suite.recorder
        .on(employeePlacedV1.topic)
        .map((m) => JSON.parse(m.value!) as EmployeePlacedV1)
        .filter((e) => e.agencyId === agency && e.validTo === null);
      return found.some((e) => e.employeeId === later && e.validFrom === '2024-07-01') &&
        found.length >= 3
        ? found
        : undefined;
    });
    const typeOf = (id: string) =>
      placed.filter((e) => e.employeeId === id).map((e) => [e.validFrom, e.employmentType]);
    expect(typeOf(pns)).toEqual([['2020-01-02', 'PNS']]);
    expect(typeOf(pppk)).toEqual([['2023-01-02', 'PPPK']]);
    expect(typeOf(later)).toContainEqual(['2024-07-01', 'PPPK']);
    expect(typeOf(later).every(([, type]) => type === 'PPPK')).toBe(true);

    // Pangkat/golongan is for PNS: refused for a PPPK, recorded for a PNS.
    const refused = await http()
      .put(`/api/v1/ranks/${pppk}`)
      .auth(suite.admin, bearer)
      .send({ golongan: 'III/a', tmt: '2023-01-02', revision: 0 })
      .expect(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(refused.body)).toContain('PPPK tidak memiliki pangkat/golongan');
    await http()
      .put(`/api/v1/ranks/${pns}`)
      .auth(suite.admin, bearer)
      .send({ golongan: 'III/a', tmt: '2020-01-02', revision: 0 })
      .expect(200);
    // A rank imported for someone who later turns out PPPK keeps them off the promotion list.
    await http()
      .post('/api/v1/imports/ranks')
      .auth(suite.admin, bearer)
      .set('Content-Type', 'text/csv')
      .send(['employee_id,golongan,tmt_golongan', `${later},II/c,01-04-2021`].join('\n'))
      .expect(201);
    const summary = await http()
      .post('/api/v1/promotions/periods/2027-04-01/evaluate')
      .auth(suite.admin, bearer)
      .expect(201);
    expect(summary.body).toMatchObject({ evaluated: 1 });
    const list = (
      await http()
        .get('/api/v1/promotions/periods/2027-04-01')
        .auth(suite.admin, bearer)
        .expect(200)
    ).body as { entries: { employeeId: string }[] };
    expect(list.entries.map((e) => e.employeeId)).toEqual([pns]);
  });
});
