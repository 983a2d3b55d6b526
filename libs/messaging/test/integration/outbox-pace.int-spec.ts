import type { Consumer } from 'kafkajs';
import { outboxDrainedIn, randomLetters, testKafka } from '@jenjang/testing';
import { ProbeWorld } from './probe-harness';

// Backpressure (issue 12): an agency's bulk enters the topic only as fast as the paced group
// consumes it, never more than the pace's maxLag ahead of it, while another agency's single
// event goes out at once.
describe('OutboxRelay pace', () => {
  let world: ProbeWorld;
  let downstream: Consumer | undefined;

  beforeEach(async () => {
    world = await new ProbeWorld().setUp();
  });

  afterEach(async () => {
    await downstream?.disconnect();
    await world?.tearDown();
  });

  const ofAgency = (agencyId: string) =>
    world
      .published()
      .filter((m) => (JSON.parse(m.value!) as { agencyId: string }).agencyId === agencyId);

  it("should hold a bulk back while the paced group lags, and not another agency's event", async () => {
    // The paced group: it takes the first event and then stands still until told to go on.
    const group = `jenjang.itest-paced-${randomLetters(6)}`;
    let go!: () => void;
    const gate = new Promise<void>((resolve) => (go = resolve));
    let joined = false;
    downstream = testKafka(world.env.brokers).consumer({ groupId: group, maxWaitTimeInMs: 100 });
    downstream.on(downstream.events.GROUP_JOIN, () => (joined = true));
    await downstream.connect();
    await downstream.subscribe({ topics: [world.topic], fromBeginning: true });
    await downstream.run({ autoCommitThreshold: 1, eachMessage: () => gate });
    await world.waitUntil('the paced group joined', () => joined || undefined);

    // A relay batch of 100 (not the default 250): the pace, not the batch, must bound the bulk.
    const producer = await world.startReady('producer', {
      PROBE_PACE_GROUPS: group,
      PROBE_PACE_MAX_LAG: '50',
      PROBE_RELAY_BATCH: '100',
    });
    // POST /probes/bulk/:agencyId (ProbeWorld.post names the path under /probes).
    const bulk = await world.post(producer.port, 'bulk/BULK', { count: 400 });
    expect(bulk.status).toBe(201);
    // The room under the pace (50 events) goes out, not a whole batch; then the group is 50
    // behind and the bulk waits.
    await world.waitUntil(
      'the first events of the bulk',
      () => ofAgency('BULK').length >= 50 || undefined,
    );

    const single = await world.post(producer.port, 'bulk/OTHER', { count: 1 });
    expect(single.status).toBe(201);
    await world.waitUntil(
      'the other agency on the topic',
      () => ofAgency('OTHER').length === 1 || undefined,
    );
    // The relay saw the group's lag (the events it cannot take), and held the bulk for it.
    await world.waitUntil('the relay reading the lag', async () => {
      const res = await fetch(`http://127.0.0.1:${producer.port}/probes/pace-lag`);
      return ((await res.json()) as { lag: number }).lag >= 50 || undefined;
    });
    await world.recorder!.caughtUp();
    expect(ofAgency('BULK').length).toBe(50);

    go();
    await outboxDrainedIn(world.mongoUri, ['probes']);
    await world.waitUntil(
      'the whole bulk on the topic',
      () => ofAgency('BULK').length >= 400 || undefined,
    );
    await world.recorder!.caughtUp();
    const ids = ofAgency('BULK').map((m) => (JSON.parse(m.value!) as { probeId: string }).probeId);
    expect(new Set(ids).size).toBe(400);
  });
});
