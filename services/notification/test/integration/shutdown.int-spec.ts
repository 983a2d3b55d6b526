import { randomUUID } from 'node:crypto';
import type { Connection } from 'mongoose';
import { connectMongo } from '@jenjang/persistence';
import { databaseUri, randomLetters, testEnv, waitUntil } from '@jenjang/testing';
import { DELIVERY_COLLECTION } from '../../src/delivery/delivery.schema';
import { finalizedEvent, NotificationApp, publishFinalized } from '../support/notification-app';

// A service stopped (a deploy, a scale-down) while emails wait in its dispatcher: the sends under
// way end, the rest keep their lease for the next start's sweep. None of them may be tried on a
// mail transport already closed: each such try was stored as a failed attempt (a bench's stop
// after 10,000 appraisals logged hundreds, and took longer than 15 s).
describe('Notification stopping with emails waiting', () => {
  const svc = new NotificationApp();
  const agency = `ag-${randomLetters(6)}`;
  const TYPES = ['appraisal-feedback', 'appraisal-finalized-penilai'];
  let store: Connection;
  let stopped = false;

  const person = async () => {
    const employeeId = `emp-${randomLetters(8)}`;
    await svc
      .http()
      .put(`/api/v1/agencies/${agency}/recipients/${employeeId}`)
      .set(
        'Authorization',
        `Bearer ${await NotificationApp.token(agency, undefined, 'ADMIN_INSTANSI')}`,
      )
      .send({ email: `${employeeId}@${agency}.go.id`, language: 'id' })
      .expect(200);
    return employeeId;
  };
  const emails = () =>
    store
      .collection<{
        _id: string;
        state: string;
        attempts: number;
        lastError: string | null;
      }>(DELIVERY_COLLECTION)
      .find({ agencyId: agency, channel: 'EMAIL', type: { $in: TYPES } })
      .project<{ _id: string; state: string; attempts: number; lastError: string | null }>({
        state: 1,
        attempts: 1,
        lastError: 1,
      })
      .toArray();

  beforeAll(async () => {
    // One sender on one connection to a mail server that answers after a second: a backlog that
    // takes 16 s to send, while storing the 16 emails takes a second or two even under CI's load.
    await svc.start({ DISPATCH_CONCURRENCY: '1', SMTP_MAX_CONNECTIONS: '1' }, { delayMs: 1_000 });
    store = await connectMongo({
      uri: databaseUri(testEnv().mongoUri, svc.database),
      appName: 'test',
    });
  }, 240_000);

  afterAll(async () => {
    if (!stopped) await svc.stop();
    await store?.close();
  });

  it('should end the send under way and try no other email once it stops', async () => {
    const penilai = await person();
    for (let i = 0; i < 8; i++) {
      const employeeId = await person();
      await publishFinalized(
        finalizedEvent(agency, employeeId, penilai),
        randomUUID(),
        agency,
        employeeId,
      );
    }
    // Each appraisal: the employee's feedback and the appraiser's confirmation.
    await waitUntil('16 emails stored', async () => (await emails()).length === 16, 60_000);
    await waitUntil('the first email', () => svc.mail.messages.length > 0, 30_000, 20);

    stopped = true;
    await svc.stop();

    const stored = await emails();
    const delivered = stored.filter((d) => d.state === 'DELIVERED');
    // Stopped with a backlog, or the test shows nothing.
    expect(delivered.length).toBeLessThan(8);
    expect(delivered).toHaveLength(svc.mail.messages.length);
    expect(
      stored.filter((d) => d.state !== 'DELIVERED').map((d) => [d.state, d.attempts, d.lastError]),
    ).toEqual(Array.from({ length: 16 - delivered.length }, () => ['PENDING', 0, null]));
  });
});
