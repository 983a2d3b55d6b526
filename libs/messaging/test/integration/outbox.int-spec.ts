import { outboxDrainedIn } from '@jenjang/testing';
import { ProbeWorld } from './probe-harness';

describe('OutboxRelay', () => {
  let world: ProbeWorld;

  beforeEach(async () => {
    world = await new ProbeWorld().setUp();
  });

  afterEach(async () => {
    await world?.tearDown();
  });

  it('should deliver an event written through the outbox to a consumer in another process', async () => {
    const producer = await world.startReady('producer');
    await world.startReady('consumer', { PROBE_CONSUME: '1', PROBE_RELAY: '0' });

    const res = await world.post(producer.port, 'emp-1', { seq: 1 });
    expect(res.status).toBe(201);
    const { eventId } = (await res.json()) as { eventId: string };

    const effect = await world.waitUntil('the consumer effect', async () => {
      const doc = await world.effect('emp-1');
      return doc?.applied?.length ? doc : undefined;
    });
    expect(effect.applied).toEqual([eventId]);
    const [message] = world.published();
    expect(message.key).toBe('emp-1');
    expect(message.headers.ce_id).toBe(eventId);
    expect(message.headers.ce_agency).toBe('AG1');
    expect(JSON.parse(message.value!)).toEqual({ probeId: 'emp-1', agencyId: 'AG1', seq: 1 });
  });

  it('should publish exactly once after restart when the producer died between the write and the publish', async () => {
    const doomed = await world.startReady('producer-doomed', {
      PROBE_RELAY: '0',
      PROBE_CRASH: 'after-write',
    });
    await world.post(doomed.port, 'emp-2', { seq: 7 }).catch(() => undefined);
    expect((await doomed.proc.exited).signal).toBe('SIGKILL');
    expect(world.published()).toHaveLength(0);

    await world.startReady('producer-restarted');
    await world.waitUntil('the event on the topic', () => world.published().length > 0);
    // Nothing left staged and everything published recorded: a second copy would show now.
    await outboxDrainedIn(world.mongoUri, ['probes']);
    await world.recorder!.caughtUp();
    const published = world.published();
    expect(published).toHaveLength(1);
    expect(JSON.parse(published[0].value!)).toEqual({ probeId: 'emp-2', agencyId: 'AG1', seq: 7 });
  });

  it('should publish a backlog larger than one sweep takes exactly once, oldest first', async () => {
    // Staged with no relay running (a crashed process's outbox): only the sweeps can find them,
    // and one sweep keeps at most 10 batches of 4 from its scan.
    const doomed = await world.startReady('producer-norelay', { PROBE_RELAY: '0' });
    for (const agency of ['AGA', 'AGB', 'AGC']) {
      const res = await world.post(doomed.port, `bulk/${agency}`, { count: 50 });
      expect(res.status).toBe(201);
    }
    await doomed.proc.stop();
    expect(world.published()).toHaveLength(0);

    await world.startReady('producer-sweeping', { PROBE_RELAY_BATCH: '4' });
    await outboxDrainedIn(world.mongoUri, ['probes']);
    await world.recorder!.caughtUp();
    const published = world.published().map((m) => JSON.parse(m.value!) as { probeId: string });
    expect(published).toHaveLength(150);
    expect(new Set(published.map((p) => p.probeId)).size).toBe(150);
    // Staged in three inserts, one per agency: the first agency's are swept before the last's.
    const firstOf = (agency: string) => published.findIndex((p) => p.probeId.startsWith(agency));
    const lastOf = (agency: string) =>
      published.map((p) => p.probeId.startsWith(agency)).lastIndexOf(true);
    expect(lastOf('AGA')).toBeLessThan(firstOf('AGC'));
  });

  it('should publish the events a write told it without claiming or reading their documents', async () => {
    const producer = await world.startReady('producer', { PROBE_RELAY_BATCH: '7' });
    const told = await world.post(producer.port, 'bulk/AGT', { count: 40, tell: true });
    expect(told.status).toBe(201);
    const untold = await world.post(producer.port, 'bulk/AGU', { count: 10 });
    expect(untold.status).toBe(201);

    await outboxDrainedIn(world.mongoUri, ['probes']);
    await world.recorder!.caughtUp();
    const published = world.published().map((m) => JSON.parse(m.value!) as { probeId: string });
    expect(published).toHaveLength(50);
    expect(new Set(published.map((p) => p.probeId)).size).toBe(50);
    const res = await fetch(`http://127.0.0.1:${producer.port}/probes/relay-documents`);
    // The told ones went out as told; the others were leased and read (the signal named them only).
    expect(await res.json()).toEqual({ told: 40, claimed: 10 });
  });

  it('should not publish again events it read from the store before their write told it', async () => {
    const producer = await world.startReady('producer');
    const relayed = async () =>
      (await (
        await fetch(`http://127.0.0.1:${producer.port}/probes/relay-documents`)
      ).json()) as Record<string, number>;
    // Told by id only: the relay claims the documents and reads their events.
    expect((await world.post(producer.port, 'bulk/AGL', { count: 10 })).status).toBe(201);
    await outboxDrainedIn(world.mongoUri, ['probes']);
    expect(await relayed()).toEqual({ claimed: 10 });

    // The same events told afterwards (a signal slower than the relay), then one new event: by the
    // time the new one is on the topic, a second copy of the others would be too.
    expect((await world.post(producer.port, 'relay/retell', {})).status).toBe(201);
    expect((await world.post(producer.port, 'bulk/AGS', { count: 1, tell: true })).status).toBe(
      201,
    );
    await world.waitUntil('the new event on the topic', () =>
      world
        .published()
        .some((m) => (JSON.parse(m.value!) as { probeId: string }).probeId === 'AGS-0'),
    );
    await world.recorder!.caughtUp();
    const published = world.published().map((m) => m.headers.ce_id);
    expect(published).toHaveLength(11);
    expect(new Set(published).size).toBe(11);
    expect(await relayed()).toEqual({ claimed: 10, told: 1 });
  });

  it("should keep one employee's events in the order they were written", async () => {
    const producer = await world.startReady('producer');
    await world.startReady('consumer', { PROBE_CONSUME: '1', PROBE_RELAY: '0' });
    for (let seq = 0; seq < 20; seq++) {
      expect((await world.post(producer.port, 'emp-3', { seq })).status).toBe(201);
    }
    const effect = await world.waitUntil('twenty applied events', async () => {
      const doc = await world.effect('emp-3');
      return doc?.seqs?.length === 20 ? doc : undefined;
    });
    expect(effect.seqs).toEqual([...Array(20).keys()]);
  });
});
