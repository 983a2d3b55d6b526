import { appraisalFinalizedV1, retryTopic } from '@jenjang/contracts';
import {
  createTopics,
  databaseUri,
  freePort,
  outboxDrainedIn,
  randomLetters,
  ServiceProcess,
  testEnv,
  TopicRecorder,
  waitUntil,
} from '@jenjang/testing';
import { APPRAISAL_COLLECTION } from '../../src/appraisal/appraisal.schema';
import { actorsFor, ratedAppraisal } from '../support/appraisal-flow';
import { remoteApi } from '../support/evaluation-app';

// The evaluation service dies after FINAL is written and before the relay publishes: after a
// restart the appraisal-finalized event is published, exactly once.
describe('appraisal-finalized across a crash', () => {
  const env = testEnv();
  const database = `itest-evaluation-crash-${randomLetters()}`;
  // Evaluation consumes employee-placed (its org chart), so a group's retry topic must exist
  // before it subscribes. Each start has its own group: the killed process's member would hold
  // the same group for a session timeout, and this test is about the outbox, not the consumer.
  const groups = [1, 2].map((n) => `jenjang.evaluation-${randomLetters()}-${n}`);
  let port = 0;
  const processes: ServiceProcess[] = [];
  let recorder: TopicRecorder;

  const start = async (relay: boolean) => {
    const proc = new ServiceProcess('services/evaluation/src/main.ts', {
      PORT: String(port),
      KAFKA_BROKERS: env.brokers.join(','),
      MONGODB_URI: databaseUri(env.mongoUri, database),
      KAFKA_GROUP_ID: groups[processes.length],
      KAFKA_FETCH_MAX_WAIT_MS: '100',
      OUTBOX_RELAY_ENABLED: String(relay),
      LOG_LEVEL: 'warn',
    });
    processes.push(proc);
    await waitUntil(
      'evaluation ready',
      () =>
        fetch(`http://127.0.0.1:${port}/health/ready`).then(
          (r) => r.ok,
          () => false,
        ),
      60_000,
    );
    return proc;
  };

  beforeAll(async () => {
    port = await freePort();
    await createTopics(env.brokers, groups.map(retryTopic));
    recorder = await new TopicRecorder(env.brokers, [appraisalFinalizedV1.topic]).start();
  });

  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop()));
    await recorder?.stop();
  });

  it('should publish exactly one appraisal-finalized after a restart', async () => {
    const first = await start(false);
    // The API of the process, driven with the same helpers as the in-process tests.
    const remote = remoteApi(`http://127.0.0.1:${port}`);
    const who = await actorsFor(`emp-${randomLetters(5)}`);
    const unit = `unit-${randomLetters(5)}`;
    await remote
      .http()
      .put(`/api/v1/agencies/AG1/units/${unit}/organisation-predikat/2026`)
      .set('Authorization', `Bearer ${who.admin}`)
      .send({ predikat: 'BAIK' })
      .expect(200);
    const { appraisal, bearer, revision } = await ratedAppraisal(
      remote,
      who,
      unit,
      'SESUAI_EKSPEKTASI',
      'SESUAI_EKSPEKTASI',
    );
    await remote
      .http()
      .post(`/api/v1/appraisals/${appraisal.id}/predikat`)
      .set(...bearer(who.penilai))
      .send({ revision })
      .expect(201);
    await remote
      .http()
      .post(`/api/v1/appraisals/${appraisal.id}/accept`)
      .set(...bearer(who.pegawai))
      .send({ revision: revision + 1 })
      .expect(201);
    first.kill('SIGKILL');
    await first.exited;
    const mine = () =>
      recorder
        .on(appraisalFinalizedV1.topic)
        .filter(
          (m) => (JSON.parse(m.value!) as { appraisalId: string }).appraisalId === appraisal.id,
        );
    expect(mine()).toHaveLength(0);

    await start(true);
    await waitUntil('appraisal-finalized after restart', () => mine().length > 0, 30_000);
    // Nothing left to publish and everything published recorded: a second copy would show now.
    await outboxDrainedIn(databaseUri(env.mongoUri, database), [APPRAISAL_COLLECTION]);
    await recorder.caughtUp();
    expect(mine()).toHaveLength(1);
    expect(appraisalFinalizedV1.validate(JSON.parse(mine()[0].value!))).toMatchObject({ ok: true });
  });
});
