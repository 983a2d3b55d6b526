import { randomUUID } from 'node:crypto';
import type { Connection } from 'mongoose';
import { appraisalFinalizedV1, type AppraisalFinalizedV1 } from '@jenjang/contracts';
import type { EventContext } from '@jenjang/messaging';
import { MONGO_CONNECTION, outboxSignals, type OutboxStaged } from '@jenjang/persistence';
import { randomLetters, waitUntil, isOutboxRelayCommand } from '@jenjang/testing';
import { AppraisalConsumer } from '../../src/profile/appraisal.consumer';
import { PROFILE_COLLECTION } from '../../src/profile/profile.schema';
import { CompetencyApp, finalizedAppraisal } from '../support/competency-app';

// What an appraisal costs the store on the competency profile (issue 12): the commands on
// profiles that name the person, sent while the consumer's handler runs.
describe('competency profile store operations per appraisal', () => {
  let service: CompetencyApp;
  const agencyId = `itest-ops-${randomLetters()}`;
  let sent: { command: string; text: string }[] = [];
  let consumer: AppraisalConsumer;

  beforeAll(async () => {
    service = await new CompetencyApp().start();
    consumer = service.app.get(AppraisalConsumer);
    const admin = await CompetencyApp.token(agencyId, undefined, 'ADMIN_INSTANSI');
    await service
      .http()
      .put(`/api/v1/agencies/${agencyId}/position-standards/${agencyId}-jab-analis`)
      .set('Authorization', `Bearer ${admin}`)
      .send({
        positionName: 'Analis Kepegawaian',
        positionGroup: 'FUNGSIONAL',
        requirements: [{ code: 'KERJA_SAMA', requiredLevel: 3 }],
      })
      .expect(200);
    service.app
      .get<Connection>(MONGO_CONNECTION, { strict: false })
      .getClient()
      .on('commandStarted', (e: { commandName: string; command: Record<string, unknown> }) => {
        if (e.command[e.commandName] !== PROFILE_COLLECTION) return;
        sent.push({ command: e.commandName, text: JSON.stringify(e.command) });
      });
  }, 60_000);

  afterAll(() => service?.stop());

  const deliver = (data: AppraisalFinalizedV1, eventId = randomUUID()) =>
    consumer.onAppraisalFinalized(
      {
        topic: appraisalFinalizedV1.topic,
        id: eventId,
        source: '/jenjang/evaluation',
        type: appraisalFinalizedV1.type,
        time: data.finalizedAt,
        subject: data.employeeId,
        agency: data.agencyId,
        data,
      },
      { topic: appraisalFinalizedV1.topic, partition: 0, offset: '1', eventId } as EventContext,
    );

  /**
   * The commands on the person's profile that `run` sent; the outbox relay's (claim, read,
   * release: they name the lease's fields) are the cost of publishing, counted apart.
   */
  const opsOf = async (employeeId: string, run: () => Promise<unknown>) => {
    sent = [];
    await run();
    return sent
      .filter((c) => c.text.includes(employeeId) && !isOutboxRelayCommand(c.text))
      .map((c) => c.command);
  };

  it('should assess a first appraisal and stage its gaps in one write, a later one in three commands', async () => {
    const emp = `emp-${randomLetters()}`;
    const first = finalizedAppraisal(agencyId, emp);
    const signalled: unknown[] = [];
    const onStaged = (s: OutboxStaged) => signalled.push(...s.ids);
    outboxSignals.on('staged', onStaged);
    try {
      expect(await opsOf(emp, () => deliver(first))).toEqual(['update']);
    } finally {
      outboxSignals.off('staged', onStaged);
    }
    // The relay is told of the event staged with the new profile (no sweep needed).
    expect(signalled).toEqual([`${agencyId}/${emp}`]);
    const published = await waitUntil(
      'the first gaps-assessed published',
      async () => {
        const doc = await service.profileDoc(agencyId, emp);
        return doc && doc.outbox.length === 0 ? doc : undefined;
      },
      30_000,
    );
    expect(published.latest?.jpmHeld).not.toBeNull();
    expect(published.appliedCauses).toHaveLength(1);

    const next = finalizedAppraisal(agencyId, emp, {
      appraisalId: randomUUID(),
      finalizedAt: '2027-01-20T00:00:00.000Z',
    });
    // The upsert finds the profile (and changes nothing), the profile is read, the change written.
    expect(await opsOf(emp, () => deliver(next))).toEqual(['update', 'find', 'update']);
    expect((await service.profileDoc(agencyId, emp))?.appliedCauses).toHaveLength(2);
  });

  it('should apply a redelivered appraisal once, with the upsert and one read', async () => {
    const emp = `emp-${randomLetters()}`;
    const eventId = randomUUID();
    const data = finalizedAppraisal(agencyId, emp);
    await deliver(data, eventId);
    const before = await service.profileDoc(agencyId, emp);
    expect(await opsOf(emp, () => deliver(data, eventId))).toEqual(['update', 'find']);
    const after = await service.profileDoc(agencyId, emp);
    expect(after?.appliedCauses).toEqual(before?.appliedCauses);
    expect(after?.latest).toEqual(before?.latest);
  });

  it('should create the first profiles of people handled at once in one command', async () => {
    const people = Array.from({ length: 20 }, () => `emp-${randomLetters()}`);
    sent = [];
    await Promise.all(people.map((emp) => deliver(finalizedAppraisal(agencyId, emp))));
    const ops = sent.filter((c) => people.some((p) => c.text.includes(p)));
    // Was one findAndModify per person. One command, or two should the handlers' writes fall in
    // two turns of the event loop on a busy machine.
    expect(new Set(ops.map((c) => c.command))).toEqual(new Set(['update']));
    expect(ops.length).toBeLessThanOrEqual(2);
    for (const emp of people) {
      expect((await service.profileDoc(agencyId, emp))?.appliedCauses).toHaveLength(1);
    }
  });
});
