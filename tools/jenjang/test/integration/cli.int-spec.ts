import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { retryTopic, toKafkaHeaders } from '@jenjang/contracts';
import { createTopics, produceRaw, randomLetters, testEnv, TopicRecorder } from '@jenjang/testing';

const run = promisify(execFile);
const CLI = join(__dirname, '..', '..', 'bin', 'jenjang.js');

// The CLI as an operator runs it: a separate process against the real broker.
async function jenjang(...args: string[]): Promise<{ stdout: string; stderr: string }> {
  const env = testEnv();
  return run(process.execPath, [CLI, ...args], {
    env: { ...process.env, KAFKA_BROKERS: env.brokers.join(',') },
    timeout: 90_000,
  });
}

const attributes = (i: number) =>
  toKafkaHeaders({
    id: `evt-${i}`,
    source: '/jenjang/itest',
    type: 'id.go.jenjang.itest.thing-happened.v1',
    time: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
    subject: `emp-${i % 3}`,
    agency: 'AG-ITEST',
  });

describe('jenjang CLI', () => {
  const env = testEnv();

  it('should replay a topic from an offset into a new consumer group and refuse to reuse it', async () => {
    const topic = `itest-${randomLetters()}.replay`;
    await createTopics(env.brokers, [topic]);
    await produceRaw(
      env.brokers,
      topic,
      Array.from({ length: 6 }, (_, i) => ({
        key: 'emp-1', // one key: one partition, offsets 0..5 in order
        value: JSON.stringify({ seq: i }),
        headers: attributes(i),
      })),
    );
    const group = `itest-replay-${randomLetters()}`;
    const file = join(tmpdir(), `${group}.ndjson`);

    const { stderr } = await jenjang(
      'replay',
      topic,
      '--group',
      group,
      '--from-offset',
      '2',
      '--out',
      file,
    );

    expect(stderr).toContain('4 event(s) to replay');
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    const seqs = lines.map((l) => (JSON.parse(l) as { data: { seq: number } }).data.seq);
    expect(seqs).toEqual([2, 3, 4, 5]);
    await expect(jenjang('replay', topic, '--group', group)).rejects.toMatchObject({
      stderr: expect.stringContaining(`consumer group ${group} already has offsets`) as string,
    });
  });

  it('should redrive dead letters to the retry topic of the group that failed them, once', async () => {
    const id = randomLetters();
    const dlq = `itest-${id}.thing-happened.v1.dlq`;
    const failing = `jenjang.itest-${id}`;
    const other = `jenjang.itest-other-${id}`;
    await createTopics(env.brokers, [dlq, retryTopic(failing), retryTopic(other)]);
    const recorder = await new TopicRecorder(env.brokers, [
      retryTopic(failing),
      retryTopic(other),
    ]).start();
    const dead = (i: number, group: string) => ({
      key: `emp-${i}`,
      value: JSON.stringify({ seq: i }),
      headers: {
        ...attributes(i),
        'x-original-topic': `itest-${id}.thing-happened.v1`,
        'x-original-partition': '0',
        'x-original-offset': String(i),
        'x-dlq-reason': 'retries-exhausted',
        'x-dlq-error': 'database was down',
        'x-dlq-attempts': '3',
        'x-dlq-consumer-group': group,
        'x-dlq-failed-at': new Date().toISOString(),
      },
    });
    await produceRaw(env.brokers, dlq, [dead(1, failing), dead(2, failing), dead(3, other)]);

    const dry = await jenjang('dlq', 'redrive', dlq, '--group', failing, '--dry-run');
    expect(dry.stdout).toContain(`would redrive 2 to ${retryTopic(failing)}`);
    const first = await jenjang('dlq', 'redrive', dlq, '--group', failing);
    expect(first.stdout).toContain(`redriven 2 to ${retryTopic(failing)}`);
    const second = await jenjang('dlq', 'redrive', dlq);
    expect(second.stderr).toContain('0 message(s)');

    // The CLI has exited: what it produced is on the topics; record up to their end.
    await recorder.caughtUp();
    await recorder.stop();
    const redriven = recorder.on(retryTopic(failing));
    expect(redriven.map((m) => m.key).sort()).toEqual(['emp-1', 'emp-2']);
    expect(redriven[0].headers['x-attempt']).toBe('1');
    expect(redriven[0].headers['x-original-topic']).toBe(`itest-${id}.thing-happened.v1`);
    expect(redriven[0].headers['ce_id']).toMatch(/^evt-/);
    expect(redriven[0].headers['x-dlq-reason']).toBeUndefined();
    expect(recorder.on(retryTopic(other))).toEqual([]);
  });
});
