import { rotationProposedV1 } from '@jenjang/contracts';
import { randomLetters, waitUntil } from '@jenjang/testing';
import { randomUUID } from 'node:crypto';
import { publish } from '../support/events';
import { finalizedEvent, NotificationApp, publishFinalized } from '../support/notification-app';

describe('Notices to a superior name the staff member', () => {
  const svc = new NotificationApp();
  const agency = `ag-${randomLetters(6)}`;
  let admin: string;

  const inboxOf = async (employeeId: string) =>
    (
      await svc
        .http()
        .get('/api/v1/me/inbox')
        .set(
          'Authorization',
          `Bearer ${await NotificationApp.token(agency, employeeId, 'PEGAWAI')}`,
        )
        .expect(200)
    ).body as { items: { type: string; subject: string; body: string }[] };

  beforeAll(async () => {
    await svc.start();
    admin = await NotificationApp.token(agency, undefined, 'ADMIN_INSTANSI');
  }, 240_000);

  afterAll(async () => {
    await svc?.stop();
  });

  it('should name the staff member by the directory name, and by id when none is known', async () => {
    const [named, unnamed, superior] = ['named', 'unnamed', 'sup'].map(
      (n) => `${n}-${randomLetters(6)}`,
    );
    await svc
      .http()
      .post(`/api/v1/agencies/${agency}/imports/recipients`)
      .set('Authorization', `Bearer ${admin}`)
      .set('Content-Type', 'text/csv')
      .set('Idempotency-Key', `k-${randomLetters()}`)
      .send(
        [
          'ID Pegawai;NIP;Nama Lengkap;Bahasa',
          `${named};198703122010011002;Rina Wulandari;id`,
          `${superior};;Budi Santoso;id`,
        ].join('\n'),
      )
      .expect(201);
    const entry = await svc
      .http()
      .get(`/api/v1/agencies/${agency}/recipients/${named}`)
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    expect(entry.body).toMatchObject({ name: 'Rina Wulandari' });
    expect(JSON.stringify(entry.body)).not.toContain('198703122010011002');

    for (const employeeId of [named, unnamed]) {
      await publish(rotationProposedV1, {
        ...structuredClone(rotationProposedV1.example),
        rotationId: `rot-${randomLetters(8)}`,
        employeeId,
        agencyId: agency,
        superiorEmployeeId: superior,
      });
    }
    const notices = await waitUntil('both notices to the superior', async () => {
      const items = (await inboxOf(superior)).items.filter(
        (i) => i.type === 'rotation-proposed-superior',
      );
      return items.length === 2 ? items : undefined;
    });
    const bodies = notices.map((n) => n.body).join('\n---\n');
    expect(bodies).toContain('Bawahan Anda, Rina Wulandari, diusulkan untuk rotasi');
    expect(bodies).toContain(`Bawahan Anda, pegawai dengan ID ${unnamed}, diusulkan untuk rotasi`);
    expect(bodies).not.toContain(named);
    // The employee's own notice is addressed to them, not by name.
    const own = (await inboxOf(named)).items.find((i) => i.type === 'rotation-proposed');
    expect(own?.body).not.toContain('Rina Wulandari');

    // The penilai's confirmation that an appraisal is final names whose appraisal it is.
    await publishFinalized(finalizedEvent(agency, named, superior), randomUUID(), agency, named);
    const confirmation = await waitUntil('the penilai confirmation', async () =>
      (await inboxOf(superior)).items.find((i) => i.type === 'appraisal-finalized-penilai'),
    );
    expect(confirmation.body).toContain('untuk Rina Wulandari (Penelaah Teknis Kebijakan)');
  });
});
