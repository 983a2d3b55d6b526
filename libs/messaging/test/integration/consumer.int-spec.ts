import { createHash } from 'node:crypto';
import { produceRaw } from '@jenjang/testing';
import { ProbeWorld } from './probe-harness';

const ceHeaders = (id: string, subject: string, topic: string) => ({
  ce_specversion: '1.0',
  ce_id: id,
  ce_source: '/jenjang/test',
  ce_type: `id.go.jenjang.${topic.split('.')[1]}.probe-recorded.v1`,
  ce_time: new Date().toISOString(),
  ce_subject: subject,
  ce_agency: 'AG1',
  'content-type': 'application/json',
});
const uuid = (seed: string) => createHash('sha1').update(seed).digest('hex');

describe('KafkaEventServer', () => {
  let world: ProbeWorld;

  beforeEach(async () => {
    world = await new ProbeWorld().setUp();
  });

  afterEach(async () => {
    await world?.tearDown();
  });

  it('should dead-letter malformed, schema-invalid and mismatched messages with their reason and still process the ones behind them', async () => {
    const key = 'emp-dlq';
    await produceRaw(world.env.brokers, world.topic, [
      { key, value: '{not json', headers: ceHeaders(uuid('a'), key, world.topic) },
      {
        key,
        value: JSON.stringify({ probeId: key, agencyId: 'AG1', seq: -5 }),
        headers: ceHeaders(uuid('b'), key, world.topic),
      },
      {
        key,
        value: JSON.stringify({ probeId: key, agencyId: 'AG1', seq: 1 }),
        headers: { 'content-type': 'application/json' },
      },
      {
        key,
        value: JSON.stringify({ probeId: key, agencyId: 'AG1', seq: 3 }),
        headers: { ...ceHeaders(uuid('d'), key, world.topic), ce_agency: 'AG2' },
      },
      {
        key,
        value: JSON.stringify({ probeId: key, agencyId: 'AG1', seq: 2 }),
        headers: ceHeaders(uuid('c'), key, world.topic),
      },
    ]);
    await world.startReady('consumer', { PROBE_CONSUME: '1' });

    const effect = await world.waitUntil('the valid message applied', async () => {
      const doc = await world.effect(key);
      return doc?.seqs?.length ? doc : undefined;
    });
    expect(effect.seqs).toEqual([2]);
    const dlq = await world.waitUntil('four dead letters', () => {
      const found = world.deadLettered();
      return found.length === 4 ? found : undefined;
    });
    expect(dlq.map((m) => m.headers['x-dlq-reason'])).toEqual([
      'malformed-json',
      'schema-invalid',
      'not-a-cloudevent',
      'envelope-mismatch',
    ]);
    expect(dlq[1].headers['x-dlq-error']).toBe('/seq must be >= 0');
    expect(dlq[3].headers['x-dlq-error']).toBe('ce_agency "AG2" differs from agencyId "AG1"');
    expect(dlq[0].headers['x-dlq-consumer-group']).toBe(world.group);
    expect(dlq[0].headers['x-original-topic']).toBe(world.topic);
    expect(dlq[0].headers.ce_id).toBe(uuid('a'));
    expect(dlq[0].value).toBe('{not json');
  });

  it('should not run the handler again for a redelivered event id (inbox)', async () => {
    const key = 'emp-dup';
    const message = {
      key,
      value: JSON.stringify({ probeId: key, agencyId: 'AG1', seq: 1 }),
      headers: ceHeaders(uuid('dup'), key, world.topic),
    };
    await produceRaw(world.env.brokers, world.topic, [message, message]);
    await produceRaw(world.env.brokers, world.topic, [
      {
        ...message,
        value: JSON.stringify({ probeId: key, agencyId: 'AG1', seq: 2 }),
        headers: ceHeaders(uuid('next'), key, world.topic),
      },
    ]);
    await world.startReady('consumer', { PROBE_CONSUME: '1' });
    const effect = await world.waitUntil('the last event applied', async () => {
      const doc = await world.effect(key);
      return doc?.seqs?.length === 2 ? doc : undefined;
    });
    expect(effect.deliveries).toBe(2);
    expect(effect.seqs).toEqual([1, 2]);
  });

  it('should retry a failing handler through the retry topic and apply the event once it succeeds', async () => {
    const { port } = await world.startReady('both', { PROBE_CONSUME: '1' });
    await world.post(port, 'emp-once', { seq: 1, behaviour: 'once' });
    const effect = await world.waitUntil('the retried event applied', async () => {
      const doc = await world.effect('emp-once');
      return doc?.seqs?.length ? doc : undefined;
    });
    expect(effect).toMatchObject({ deliveries: 2, seqs: [1] });
    expect(world.deadLettered()).toHaveLength(0);
  });

  it('should dead-letter an event whose handler keeps failing, with the attempt count, without blocking the next one', async () => {
    const { port } = await world.startReady('both', { PROBE_CONSUME: '1' });
    await world.post(port, 'emp-bad', { seq: 1, behaviour: 'always' });
    await world.post(port, 'emp-bad', { seq: 2 });
    const effect = await world.waitUntil('the next event applied', async () => {
      const doc = await world.effect('emp-bad');
      return doc?.seqs?.length ? doc : undefined;
    });
    expect(effect.seqs).toEqual([2]);
    const [dead] = await world.waitUntil('the dead letter', () => {
      const found = world.deadLettered();
      return found.length ? found : undefined;
    });
    expect(dead.headers['x-dlq-reason']).toBe('retries-exhausted');
    expect(dead.headers['x-dlq-attempts']).toBe('3');
    expect(dead.headers['x-dlq-error']).toBe('probe 1 always fails');
    expect((await world.effect('emp-bad'))?.deliveries).toBe(4);
  });

  it('should redeliver the event after the consumer dies inside the handler and apply it once', async () => {
    const { port } = await world.startReady('producer');
    const doomed = await world.start('consumer-doomed', {
      PROBE_CONSUME: '1',
      PROBE_RELAY: '0',
      PROBE_CRASH: 'in-handler',
    });
    await doomed.proc.waitForLine(/probe ready on/);
    await world.post(port, 'emp-crash', { seq: 1 });
    expect((await doomed.proc.exited).signal).toBe('SIGKILL');

    await world.startReady('consumer-restarted', { PROBE_CONSUME: '1', PROBE_RELAY: '0' });
    const effect = await world.waitUntil('a second delivery', async () => {
      const doc = await world.effect('emp-crash');
      return doc && doc.deliveries >= 2 ? doc : undefined;
    });
    expect(effect.seqs).toEqual([1]);
    expect(effect.applied).toHaveLength(1);
  });

  it('should finish the handler in flight and commit before shutting down', async () => {
    const { port } = await world.startReady('producer');
    const consumer = await world.startReady('consumer', { PROBE_CONSUME: '1', PROBE_RELAY: '0' });
    await world.post(port, 'emp-slow', { seq: 1, behaviour: 'slow' });
    await world.waitUntil(
      'the slow handler started',
      async () => (await world.effect('emp-slow'))?.deliveries === 1,
    );
    consumer.proc.kill('SIGTERM');
    // Nest re-raises the signal after its shutdown hooks have run.
    expect((await consumer.proc.exited).signal).toBe('SIGTERM');
    expect(consumer.proc.lines.some((l) => /consumer drained and disconnected/.test(l))).toBe(true);
    expect((await world.effect('emp-slow'))?.seqs).toEqual([1]);

    // A new consumer of the same group gets nothing again: the offset was committed.
    await world.post(port, 'emp-slow-2', { seq: 2 });
    await world.startReady('consumer-2', { PROBE_CONSUME: '1', PROBE_RELAY: '0' });
    await world.waitUntil(
      'the next event',
      async () => (await world.effect('emp-slow-2'))?.seqs?.length,
    );
    expect((await world.effect('emp-slow'))?.deliveries).toBe(1);
  });

  it('should handle a retry record now when its x-not-before is far beyond the retry policy', async () => {
    const key = 'emp-held';
    const inADay = Date.now() + 24 * 3_600_000;
    await produceRaw(world.env.brokers, world.retryTopic, [
      {
        key,
        value: JSON.stringify({ probeId: key, agencyId: 'AG1', seq: 1 }),
        headers: {
          ...ceHeaders(uuid('held'), key, world.topic),
          'x-original-topic': world.topic,
          'x-original-partition': '0',
          'x-original-offset': '0',
          'x-attempt': '2',
          'x-not-before': String(inADay),
        },
      },
    ]);
    const consumer = await world.startReady('consumer', { PROBE_CONSUME: '1', PROBE_RELAY: '0' });

    const effect = await world.waitUntil('the held retry applied', async () => {
      const doc = await world.effect(key);
      return doc?.seqs?.length ? doc : undefined;
    });
    expect(effect.seqs).toEqual([1]);
    expect(consumer.proc.lines.some((l) => /beyond the longest backoff/.test(l))).toBe(true);
  });

  it('should dead-letter a retry record naming a topic the group does not consume and go on', async () => {
    const key = 'emp-forged';
    const otherTopic = `public.itest${world.id}x.probe-recorded.v1`;
    const retryRecord = (seq: number, originalTopic: string | undefined) => ({
      key,
      value: JSON.stringify({ probeId: key, agencyId: 'AG1', seq }),
      headers: {
        ...ceHeaders(uuid(`forged-${seq}`), key, world.topic),
        ...(originalTopic ? { 'x-original-topic': originalTopic } : {}),
        'x-original-partition': '0',
        'x-original-offset': '0',
        'x-attempt': '2',
      },
    });
    await produceRaw(world.env.brokers, world.retryTopic, [
      retryRecord(1, otherTopic),
      retryRecord(2, undefined),
      retryRecord(3, world.topic),
    ]);
    await world.startReady('consumer', { PROBE_CONSUME: '1', PROBE_RELAY: '0' });

    const effect = await world.waitUntil('the genuine retry applied', async () => {
      const doc = await world.effect(key);
      return doc?.seqs?.length ? doc : undefined;
    });
    expect(effect).toMatchObject({ deliveries: 1, seqs: [3] });
    const refused = await world.waitUntil('two refused retry records', () => {
      const found = world.retryDeadLettered();
      return found.length === 2 ? found : undefined;
    });
    expect(refused.map((m) => m.headers['x-dlq-reason'])).toEqual(['forged-retry', 'forged-retry']);
    expect(refused[0].headers['x-dlq-error']).toBe(
      `x-original-topic "${otherTopic}" is not a topic ${world.group} consumes`,
    );
    expect(refused[0].headers['x-original-topic']).toBe(world.retryTopic);
    expect(refused[0].headers['x-dlq-consumer-group']).toBe(world.group);
    await world.recorder!.caughtUp();
    expect(world.deadLettered()).toHaveLength(0);
  });
});
