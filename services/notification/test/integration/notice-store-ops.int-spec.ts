import { randomUUID } from 'node:crypto';
import { MongoClient, type Db } from 'mongodb';
import type { Connection } from 'mongoose';
import { appraisalFinalizedV1, type EventEnvelope } from '@jenjang/contracts';
import { MONGO_CONNECTION } from '@jenjang/persistence';
import { databaseUri, randomLetters, testEnv, waitUntil } from '@jenjang/testing';
import { NoticeService } from '../../src/delivery/notice.service';
import { DELIVERY_COLLECTION } from '../../src/delivery/delivery.schema';
import { INBOX_ITEM_COLLECTION } from '../../src/inbox/inbox-item.schema';
import { finalizedEvent, NotificationApp } from '../support/notification-app';

// What one finalized appraisal costs the store in notices (issue 12): the appraised person's
// feedback and the penilai's confirmation, each in the inbox and by email, from the event to the
// delivered state. The per-notice collections only (the rules, templates and settings are
// cached agency configuration); the outbox relay's publishing is counted apart.
const PER_NOTICE = new Set([DELIVERY_COLLECTION, INBOX_ITEM_COLLECTION, 'recipients']);

interface Sent {
  command: string;
  collection: string;
  body: Record<string, unknown>;
}

/** The filters a command selects documents by (none for an insert). */
const filtersOf = ({ command, body }: Sent): Record<string, unknown>[] => {
  switch (command) {
    case 'find':
      return [body.filter as Record<string, unknown>];
    case 'findAndModify':
      return [body.query as Record<string, unknown>];
    case 'update':
    case 'delete':
      return (
        body[command === 'update' ? 'updates' : 'deletes'] as { q: Record<string, unknown> }[]
      ).map((u) => u.q);
    default:
      return [];
  }
};

// The relay claims, reads and releases by its lease; its recovery scan asks for `outbox.0`.
const isRelay = (c: Sent) => /"outboxLease\.|"outbox\.0"/.test(JSON.stringify(c.body));

describe('notice store operations per appraisal', () => {
  const svc = new NotificationApp();
  const agency = `ag-${randomLetters(6)}`;
  let sent: Sent[] = [];
  let client: MongoClient;
  let db: Db;

  beforeAll(async () => {
    // No periodic sweep while counting: the hot path must not need it.
    await svc.start({ DISPATCH_POLL_MS: '600000' });
    svc.app
      .get<Connection>(MONGO_CONNECTION)
      .getClient()
      .on('commandStarted', (e: { commandName: string; command: Record<string, unknown> }) => {
        const collection = e.command[e.commandName];
        if (typeof collection !== 'string') return;
        sent.push({ command: e.commandName, collection, body: e.command });
      });
    // The test's own reads go through another client, so they are not counted.
    client = await new MongoClient(databaseUri(testEnv().mongoUri, svc.database)).connect();
    db = client.db();
  }, 240_000);

  afterAll(async () => {
    await client?.close();
    await svc?.stop();
  });

  const person = async (email = true) => {
    const employeeId = `emp-${randomLetters(8)}`;
    const admin = await NotificationApp.token(agency, undefined, 'ADMIN_INSTANSI');
    await svc
      .http()
      .put(`/api/v1/agencies/${agency}/recipients/${employeeId}`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ email: email ? `${employeeId}@${agency}.go.id` : null, language: 'id' })
      .expect(200);
    return employeeId;
  };

  /** One appraisal-finalized event handled, its notices delivered (or failed) and published. */
  const appraisal = async (email = true) => {
    const [employeeId, penilaiId] = [await person(email), await person(email)];
    const data = finalizedEvent(agency, employeeId, penilaiId);
    const event: EventEnvelope = {
      topic: appraisalFinalizedV1.topic,
      id: randomUUID(),
      source: '/jenjang/evaluation',
      type: appraisalFinalizedV1.type,
      time: new Date().toISOString(),
      subject: employeeId,
      agency,
      data,
    };
    sent = [];
    const created = await svc.app.get(NoticeService).fromEvent(event);
    await waitUntil(
      'the notices delivered and published',
      async () =>
        (await db.collection(DELIVERY_COLLECTION).countDocuments({
          causeEventId: event.id,
          state: { $in: ['DELIVERED', 'FAILED'] },
          'outbox.0': { $exists: false },
        })) === created,
    );
    const ours = sent.filter((c) => PER_NOTICE.has(c.collection));
    return {
      created,
      emails: [employeeId, penilaiId].map((id) => svc.mail.to(`${id}@${agency}.go.id`).length),
      ops: ours.filter((c) => !isRelay(c)),
      relay: ours.filter(isRelay),
    };
  };

  const names = (ops: Sent[]) => ops.map((c) => `${c.command} ${c.collection}`).sort();

  /**
   * The event's writes and reads, and apart the updates that record an email sent (one per email,
   * or one for both when they are sent in the same turn).
   */
  const shape = (ops: Sent[]) => {
    const isSent = (c: Sent) => c.command === 'update' && c.collection === DELIVERY_COLLECTION;
    return { event: names(ops.filter((c) => !isSent(c))), sent: ops.filter(isSent).length };
  };

  // Every read and update names the documents by _id: the cost does not depend on the queue.
  const expectByIds = (ops: Sent[]) => {
    for (const c of ops) for (const filter of filtersOf(c)) expect(filter).toHaveProperty('_id');
  };

  // Recipients read together, the inbox items put, the notices stored (the inbox ones delivered).
  const EVENT_OPS = ['find recipients', 'insert deliveries', 'insert inbox_items'];

  it('should deliver a finalized appraisal notices in a few writes, each by _id', async () => {
    await appraisal(); // agency configuration read and cached

    const { created, emails, ops, relay } = await appraisal();

    expect(created).toBe(4);
    expect(emails).toEqual([1, 1]);
    const { event, sent: emailWrites } = shape(ops);
    expect(event).toEqual(EVENT_OPS);
    expect(emailWrites).toBeGreaterThanOrEqual(1);
    expect(emailWrites).toBeLessThanOrEqual(2);
    expectByIds(ops);
    // A publish (claim, read, release) after each write that staged events, no more.
    expect(relay.length).toBeLessThanOrEqual(3 * (1 + emailWrites));
  });

  it('should deliver the inbox notice and fail the email at once when the person has no address', async () => {
    await appraisal(false);

    const { created, ops, relay } = await appraisal(false);

    // The feedback's email is mandatory (FAILED, for admins to see); the penilai's is not made.
    expect(created).toBe(3);
    expect(names(ops)).toEqual(EVENT_OPS);
    expectByIds(ops);
    expect(relay.length).toBeLessThanOrEqual(3);
  });

  it('should cost the same when thousands of other deliveries are stored, some of them due', async () => {
    const before = [await appraisal(), await appraisal(false)];
    const now = new Date();
    const others = Array.from({ length: 3_000 }, (_, i) => ({
      _id: `ntf-other-${randomLetters(8)}-${i}`,
      agencyId: `ag-other-${i % 7}`,
      recipientEmployeeId: `emp-other-${i}`,
      type: 'appraisal-feedback',
      channel: i % 2 ? 'EMAIL' : 'IN_APP',
      mandatory: true,
      causeEventId: randomUUID(),
      causeEventType: appraisalFinalizedV1.type,
      language: 'id',
      subject: 'x',
      body: 'y',
      // Half delivered, half waiting (due, as a crashed replica leaves them): a claim that is not
      // by _id would take them up.
      state: i % 2 ? 'DELIVERED' : 'PENDING',
      attempts: 0,
      roundAttempts: 0,
      round: 1,
      resent: false,
      nextAttemptAt: i % 2 ? null : new Date(now.getTime() - 60_000),
      leaseUntil: null,
      attemptLog: [],
      lastError: null,
      failure: null,
      digest: false,
      deliveredAt: null,
      failedAt: null,
      createdAt: now,
      updatedAt: now,
      outbox: [],
      outboxLease: null,
    }));
    await db.collection(DELIVERY_COLLECTION).insertMany(others as never[]);

    const after = [await appraisal(), await appraisal(false)];

    expect(after.map((a) => a.created)).toEqual([4, 3]);
    expect(shape(after[0].ops).event).toEqual(shape(before[0].ops).event);
    expect(shape(after[0].ops).sent).toBeLessThanOrEqual(2);
    expect(names(after[1].ops)).toEqual(names(before[1].ops));
    after.forEach((a) => expectByIds(a.ops));
    // None of the others was touched.
    expect(
      await db
        .collection(DELIVERY_COLLECTION)
        .countDocuments({ _id: { $in: others.map((o) => o._id) as never[] }, leaseUntil: null }),
    ).toBe(others.length);
  });
});
