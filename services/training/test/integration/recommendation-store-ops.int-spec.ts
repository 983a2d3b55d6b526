import { randomUUID } from 'node:crypto';
import type { Connection } from 'mongoose';
import {
  appraisalFinalizedV1,
  gapsAssessedV1,
  type AppraisalFinalizedV1,
  type GapsAssessedV1,
} from '@jenjang/contracts';
import { agencyScope, MONGO_CONNECTION } from '@jenjang/persistence';
import { randomLetters, waitUntil, isOutboxRelayCommand } from '@jenjang/testing';
import { ENROLLMENT_COLLECTION } from '../../src/enrollment/enrollment.schema';
import { PEOPLE_COLLECTION } from '../../src/people/people.schema';
import { PeopleRepository } from '../../src/people/people.repository';
import { RECOMMENDATION_SET_COLLECTION } from '../../src/recommendation/recommendation.schema';
import { RecommendationService } from '../../src/recommendation/recommendation.service';
import { finalized, TrainingApp } from '../support/training-app';

const ORG_CHART = 'org_chart';
const EVENT_PATH = [
  PEOPLE_COLLECTION,
  RECOMMENDATION_SET_COLLECTION,
  ORG_CHART,
  ENROLLMENT_COLLECTION,
];
const GRACE_MS = 3_000;
// The spec's own reads, left out of the counts.
const PROBE = 'store-ops probe';

// What one finalized appraisal costs training's store (issue 12): the commands sent while its
// appraisal-finalized and the gaps-assessed competency publishes from it are handled, on the
// collections of the event path, that name the person or the set. The outbox relay's (claim,
// read, release: they name the lease's fields) are the cost of publishing, counted apart; the
// catalog and the agency settings are read per agency from memory (CONFIG_CACHE_MS).
describe('recommendation store operations per appraisal', () => {
  const service = new TrainingApp();
  const agency = `AG-${randomLetters(5)}`;
  let sent: { command: string; collection: string; text: string }[] = [];
  let recommendations: RecommendationService;
  let connection: Connection;

  beforeAll(async () => {
    await service.start({
      RECOMMENDATION_GRACE_MS: String(GRACE_MS),
      // The sweep over the sets is the fallback after a restart; its scans are not per event.
      RECOMMENDATION_SWEEP_MS: '3600000',
    });
    recommendations = service.app.get(RecommendationService);
    connection = service.app.get<Connection>(MONGO_CONNECTION);
    connection
      .getClient()
      .on('commandStarted', (e: { commandName: string; command: Record<string, unknown> }) => {
        const collection = e.command[e.commandName];
        if (typeof collection !== 'string' || !EVENT_PATH.includes(collection)) return;
        sent.push({ command: e.commandName, collection, text: JSON.stringify(e.command) });
      });
  });

  afterAll(() => service.stop());

  const setIdOf = (eventId: string, employeeId: string) =>
    RecommendationService.setId(eventId, employeeId);

  /** The commands `run` sent that name the person or their set, as "command collection". */
  const opsOf = async (names: string[], run: () => Promise<unknown>) => {
    sent = [];
    await run();
    return sent
      .filter((c) => names.some((n) => c.text.includes(n)) && !isOutboxRelayCommand(c.text))
      .filter((c) => !c.text.includes(PROBE))
      .map((c) => `${c.command} ${c.collection}`);
  };
  /** The filter of a find, findAndModify or update command. */
  const filterOf = (text: string): Record<string, unknown> => {
    const c = JSON.parse(text) as {
      filter?: Record<string, unknown>;
      query?: Record<string, unknown>;
      updates?: { q: Record<string, unknown> }[];
    };
    return c.filter ?? c.query ?? c.updates?.[0]?.q ?? {};
  };
  /** Order-free: the reads of one computation run side by side. */
  const sorted = (ops: string[]) => [...ops].sort();

  const appraisalOf = (employeeId: string): AppraisalFinalizedV1 =>
    finalized({ agencyId: agency, employeeId, unitId: `${agency}.unit` });
  const gapsFrom = (eventId: string, a: AppraisalFinalizedV1): GapsAssessedV1 => ({
    ...structuredClone(gapsAssessedV1.example),
    assessmentId: randomUUID(),
    employeeId: a.employeeId,
    agencyId: a.agencyId,
    unitId: a.unitId,
    cause: {
      ...structuredClone(gapsAssessedV1.example.cause),
      eventId,
      appraisalId: a.appraisalId,
    },
  });

  /** An appraisal and its gaps handled as the consumer does; the commands of each. */
  const appraise = async (employeeId: string) => {
    const a = appraisalOf(employeeId);
    const eventId = randomUUID();
    const names = [employeeId, setIdOf(eventId, employeeId)];
    const appraisal = await opsOf(names, () =>
      recommendations.onAppraisalFinalized(a, eventId, appraisalFinalizedV1.type),
    );
    const gaps = await opsOf(names, () =>
      recommendations.onGapsAssessed(gapsFrom(eventId, a), randomUUID(), gapsAssessedV1.type),
    );
    return { a, eventId, setId: setIdOf(eventId, employeeId), appraisal, gaps };
  };

  const stored = (setId: string) =>
    connection
      .collection(RECOMMENDATION_SET_COLLECTION)
      .findOne({ _id: setId as unknown as never, agencyId: agency }, { comment: PROBE });

  // Before (issue 12's bench at 1,000): 7 commands, and an 8th, the grace timer's read by _id,
  // after the set was published. After: the gaps publish the set in one write from the
  // appraisal the person record holds; the timer of a published set is cancelled. The person's
  // upsert and its read back are two commands alone, and are shared by the handlers running at
  // once (the last spec).
  const PERSON = ['update people', 'find people'];
  // The set's opening upsert and its read back: likewise shared.
  const SET_OPENED = ['update recommendation_sets', 'find recommendation_sets'];
  const APPRAISAL = [...PERSON, ...SET_OPENED];
  const GAPS = sorted([
    ...PERSON,
    'find enrollments',
    'find org_chart',
    'update recommendation_sets',
  ]);

  it('should cost nine commands when the gaps follow the appraisal, and publish the set once', async () => {
    const emp = `emp-${randomLetters()}`;
    const run = await appraise(emp);

    expect({ appraisal: run.appraisal, gaps: sorted(run.gaps) }).toEqual({
      appraisal: APPRAISAL,
      gaps: GAPS,
    });
    const set = await stored(run.setId);
    expect(set).toMatchObject({
      status: 'PUBLISHED',
      dueAt: null,
      unitId: run.a.unitId,
      appraisal: { appraisalId: run.a.appraisalId, positionGroup: run.a.position.group },
      assessment: { targetPositionName: gapsAssessedV1.example.targetPosition?.name ?? null },
    });

    // Nothing follows when the grace ends: its timer went with the publication.
    const later = await opsOf([emp, run.setId], () => new Promise((r) => setTimeout(r, GRACE_MS)));
    expect(later).toEqual([]);
  });

  it('should cost the same when thousands of other people and sets are stored', async () => {
    const others = 5_000;
    const now = new Date();
    const people = Array.from({ length: others }, (_, i) => ({
      _id: `other-${randomLetters()}-${i}`,
      agencyId: agency,
      unitId: `${agency}.unit`,
      positionName: 'Analis',
      superiorId: null,
      targetPositionName: null,
      targetPositionGroup: null,
      appraisals: [],
      updatedAt: now,
    }));
    await connection.collection(PEOPLE_COLLECTION).insertMany(people as never[]);
    await connection.collection(RECOMMENDATION_SET_COLLECTION).insertMany(
      people.map((p, i) => ({
        _id: randomUUID(),
        agencyId: agency,
        employeeId: p._id,
        unitId: p.unitId,
        // Some still waiting out their grace (dueAt in the future), the rest published.
        status: i % 10 === 0 ? 'PENDING' : 'PUBLISHED',
        cause: {
          eventId: randomUUID(),
          eventType: appraisalFinalizedV1.type,
          kind: 'APPRAISAL_FINALIZED',
        },
        appraisal: null,
        assessment: null,
        dueAt: i % 10 === 0 ? new Date(now.getTime() + 3_600_000) : null,
        focus: null,
        year: null,
        jpEarned: null,
        jpRequired: null,
        items: [],
        recommendedAt: i % 10 === 0 ? null : now,
        createdAt: now,
        outbox: [],
        outboxLease: null,
      })) as never[],
    );
    await connection.collection(ORG_CHART).insertMany(
      people.map((p) => ({
        _id: `${agency}:${p._id}`,
        agencyId: agency,
        employeeId: p._id,
        placements: [],
        updatedAt: now,
      })) as never[],
    );

    const emp = `emp-${randomLetters()}`;
    const run = await appraise(emp);

    expect({ appraisal: run.appraisal, gaps: sorted(run.gaps) }).toEqual({
      appraisal: APPRAISAL,
      gaps: GAPS,
    });
    // Every command on the people, the sets and the org chart names its document by _id (the
    // store answers by lookup, whatever the size); enrollments are read by person (indexed).
    const byId = sent.filter((c) => c.collection !== ENROLLMENT_COLLECTION && c.text.includes(emp));
    expect(byId.length).toBeGreaterThan(0);
    for (const c of byId) expect(Object.keys(filterOf(c.text))).toContain('_id');
    expect((await stored(run.setId))?.status).toBe('PUBLISHED');
  });

  it("should read a corrected appraisal's set by _id, among thousands of others", async () => {
    const emp = `emp-${randomLetters()}`;
    const run = await appraise(emp);
    const correction = appraisalOf(emp);
    correction.correctionOf = run.a.appraisalId;
    const correctionEvent = randomUUID();
    const names = [emp, run.setId, setIdOf(correctionEvent, emp)];

    const ops = await opsOf(names, () =>
      recommendations.onAppraisalFinalized(correction, correctionEvent, appraisalFinalizedV1.type),
    );

    // Was a find by the person and the appraisal: a scan of every set.
    expect(ops).toEqual([...PERSON, 'find recommendation_sets', ...SET_OPENED]);
    // Only this person's sets: not the relay's claim of a set published earlier (it names the
    // lease), nor the guarded grace write of an earlier test's set whose timer fired while its
    // gaps were being handled on a busy machine (a no-op by its guard, sent late).
    const reads = sent.filter(
      (c) =>
        c.collection === RECOMMENDATION_SET_COLLECTION &&
        !isOutboxRelayCommand(c.text) &&
        names.some((n) => c.text.includes(n)),
    );
    for (const c of reads) expect(Object.keys(filterOf(c.text))).toContain('_id');
    expect(JSON.stringify(filterOf(reads[0].text))).toContain(run.setId);
  });

  it("should cost only the person's write and read for gaps that come after the grace published the set", async () => {
    const emp = `emp-${randomLetters()}`;
    const a = appraisalOf(emp);
    const eventId = randomUUID();
    const setId = setIdOf(eventId, emp);
    const names = [emp, setId];
    expect(
      await opsOf(names, () =>
        recommendations.onAppraisalFinalized(a, eventId, appraisalFinalizedV1.type),
      ),
    ).toEqual(APPRAISAL);

    // The grace's timer: from the set and the person as they were opened and recorded.
    const grace = await opsOf(names, () =>
      waitUntil('the set published after its grace', async () => {
        return (await stored(setId))?.status === 'PUBLISHED';
      }),
    );
    expect(sorted(grace)).toEqual(
      sorted(['find enrollments', 'find org_chart', 'update recommendation_sets']),
    );

    const late = await opsOf(names, () =>
      recommendations.onGapsAssessed(gapsFrom(eventId, a), randomUUID(), gapsAssessedV1.type),
    );
    expect(late).toEqual(PERSON);
    const set = await stored(setId);
    expect(set).toMatchObject({ status: 'PUBLISHED', assessment: null });
  });

  it('should insert the set published when the appraisal was recorded but its set not opened (a crash between)', async () => {
    const emp = `emp-${randomLetters()}`;
    const a = appraisalOf(emp);
    const eventId = randomUUID();
    const setId = setIdOf(eventId, emp);
    await service.app.get(PeopleRepository).recordAppraisal(
      agencyScope(agency),
      emp,
      { unitId: a.unitId, positionName: a.position.name, superiorId: a.penilaiId },
      {
        appraisalId: a.appraisalId,
        eventId,
        correctionOf: null,
        periodKind: a.period.kind,
        year: a.period.year,
        endDate: a.period.endDate,
        ratingHasilKerja: a.ratingHasilKerja,
        ratingPerilakuKerja: a.ratingPerilakuKerja,
        predikat: a.predikat,
        weakValues: [],
        positionName: a.position.name,
        finalizedAt: new Date(a.finalizedAt),
        unitId: a.unitId,
        positionGroup: a.position.group,
      },
    );

    const ops = await opsOf([emp, setId], () =>
      recommendations.onGapsAssessed(gapsFrom(eventId, a), randomUUID(), gapsAssessedV1.type),
    );
    expect(sorted(ops)).toEqual(GAPS);
    // The appraisal redelivered after the crash finds its set published, and stops there.
    await recommendations.onAppraisalFinalized(a, eventId, appraisalFinalizedV1.type);

    expect(await stored(setId)).toMatchObject({
      _id: setId,
      agencyId: agency,
      employeeId: emp,
      unitId: a.unitId,
      status: 'PUBLISHED',
      cause: { eventId, kind: 'APPRAISAL_FINALIZED', appraisalId: a.appraisalId },
      appraisal: { appraisalId: a.appraisalId },
      assessment: { needs: expect.any(Array) as unknown },
      dueAt: null,
      createdAt: expect.any(Date) as unknown,
      recommendedAt: expect.any(Date) as unknown,
    });
    // The relay was told of the event the insert staged (not left to its minute's sweep).
    await waitUntil(
      "the relay published the set's event",
      async () => ((await stored(setId))?.outbox as unknown[] | undefined)?.length === 0,
      10_000,
    );
  });

  it('should publish once when the gaps come first, and when both are delivered again', async () => {
    const emp = `emp-${randomLetters()}`;
    const a = appraisalOf(emp);
    const eventId = randomUUID();
    const gapsId = randomUUID();
    const setId = setIdOf(eventId, emp);
    const names = [emp, setId];
    const gaps = () =>
      recommendations.onGapsAssessed(gapsFrom(eventId, a), gapsId, gapsAssessedV1.type);
    const appraisal = () =>
      recommendations.onAppraisalFinalized(a, eventId, appraisalFinalizedV1.type);

    expect(await opsOf(names, gaps)).toEqual([...PERSON, ...SET_OPENED]);
    expect(sorted(await opsOf(names, appraisal))).toEqual(
      sorted([...APPRAISAL, 'find enrollments', 'find org_chart', 'update recommendation_sets']),
    );
    // Redelivered: this process knows the set is published. The appraisal's record is there
    // already (its upsert refused as a duplicate, then the place set): no set write.
    expect(await opsOf(names, gaps)).toEqual(PERSON);
    expect(await opsOf(names, appraisal)).toEqual(['update people', 'findAndModify people']);

    const set = await stored(setId);
    expect(set).toMatchObject({ status: 'PUBLISHED', dueAt: null });
    expect(set?.assessment).not.toBeNull();
    const person = await service.app.get(PeopleRepository).byId(agencyScope(agency), emp);
    expect(person?.appraisals).toHaveLength(1);
  });

  it('should write and read the people handled at once, and publish their sets, in one command each', async () => {
    const people = Array.from({ length: 20 }, () => `emp-${randomLetters()}`);
    const appraisals = people.map((emp) => ({ a: appraisalOf(emp), eventId: randomUUID() }));
    const names = [...people, ...appraisals.map((x) => setIdOf(x.eventId, x.a.employeeId))];
    const ops = await opsOf(names, () =>
      Promise.all(
        appraisals.map(({ a, eventId }) =>
          recommendations.onAppraisalFinalized(a, eventId, appraisalFinalizedV1.type),
        ),
      ),
    );
    // Was a findAndModify per person and per set: 40 commands and 40 round trips. One write and
    // one read of each, or two should the handlers fall in two turns of the event loop.
    const people$ = ops.filter((op) => op.endsWith(' people'));
    const sets$ = ops.filter((op) => op.endsWith(' recommendation_sets'));
    expect(new Set(people$)).toEqual(new Set(PERSON));
    expect(new Set(sets$)).toEqual(new Set(SET_OPENED));
    expect(people$.length + sets$.length).toBeLessThanOrEqual(8);
    const repository = service.app.get(PeopleRepository);
    for (const { a } of appraisals) {
      const person = await repository.byId(agencyScope(agency), a.employeeId);
      expect(person?.appraisals.map((x) => x.appraisalId)).toEqual([a.appraisalId]);
    }

    // Their gaps, handled at once, publish the 20 sets in one write, two at most (was one update
    // per set).
    const published = await opsOf(names, () =>
      Promise.all(
        appraisals.map(({ a, eventId }) =>
          recommendations.onGapsAssessed(gapsFrom(eventId, a), randomUUID(), gapsAssessedV1.type),
        ),
      ),
    );
    const publishes = published.filter((op) => op.endsWith(' recommendation_sets'));
    expect(new Set(publishes)).toEqual(new Set(['update recommendation_sets']));
    expect(publishes.length).toBeLessThanOrEqual(2);
    for (const { a, eventId } of appraisals) {
      expect(await stored(setIdOf(eventId, a.employeeId))).toMatchObject({
        status: 'PUBLISHED',
        appraisal: { appraisalId: a.appraisalId },
        assessment: { needs: expect.any(Array) as unknown },
        items: expect.any(Array) as unknown,
      });
    }
  });
});
