import { randomUUID } from 'node:crypto';
import type { Connection } from 'mongoose';
import {
  appraisalFinalizedV1,
  gapsAssessedV1,
  trainingCompletedV1,
  type GapsAssessedV1,
  type TrainingCompletedV1,
} from '@jenjang/contracts';
import { agencyScope, MONGO_CONNECTION } from '@jenjang/persistence';
import { randomLetters, isOutboxRelayCommand } from '@jenjang/testing';
import { DevelopmentService } from '../../src/plan/development.service';
import { PromotionRepository } from '../../src/rank/promotion.repository';
import { TalentProfileRepository } from '../../src/talent/talent-profile.repository';
import { TALENT_PROFILE_COLLECTION } from '../../src/talent/talent-profile.schema';
import { TalentService } from '../../src/talent/talent.service';
import { CareerApp } from '../support/career-app';
import { annualAppraisal } from '../support/events';

// What one event costs the store on the talent profile (issue 12): the commands on
// talent_profiles that name the person, sent while the handler runs.
describe('talent profile store operations per event', () => {
  const service = new CareerApp();
  const agency = `AG-${randomLetters(5)}`;
  let sent: { command: string; collection: string; text: string }[] = [];
  let talent: TalentService;
  let development: DevelopmentService;
  let profiles: TalentProfileRepository;

  beforeAll(async () => {
    await service.start();
    talent = service.app.get(TalentService);
    development = service.app.get(DevelopmentService);
    profiles = service.app.get(TalentProfileRepository);
    const connection = service.app.get<Connection>(MONGO_CONNECTION);
    connection
      .getClient()
      .on('commandStarted', (e: { commandName: string; command: Record<string, unknown> }) => {
        const collection = e.command[e.commandName];
        if (typeof collection !== 'string') return;
        sent.push({ command: e.commandName, collection, text: JSON.stringify(e.command) });
      });
  });

  afterAll(() => service.stop());

  /**
   * The commands on the person's talent profile that `run` sent; the outbox relay's (claim,
   * read, release: they name the lease's fields) are the cost of publishing, counted apart.
   */
  const opsOf = async (employeeId: string, run: () => Promise<unknown>) => {
    sent = [];
    await run();
    return sent
      .filter((c) => c.collection === TALENT_PROFILE_COLLECTION)
      .filter((c) => c.text.includes(employeeId) && !isOutboxRelayCommand(c.text))
      .map((c) => c.command);
  };

  const appraisal = (employeeId: string, year = 2025) => {
    const data = annualAppraisal(employeeId, agency, {
      predikat: 'BAIK',
      period: {
        ...appraisalFinalizedV1.example.period,
        year,
        startDate: `${year}-01-01`,
        endDate: `${year}-12-31`,
      },
    });
    const event = { id: randomUUID(), type: appraisalFinalizedV1.type };
    return () => talent.onAppraisalFinalized(data, event);
  };

  const gaps = (employeeId: string, assessedAt: string, eventId = randomUUID()) => {
    const data: GapsAssessedV1 = {
      ...structuredClone(gapsAssessedV1.example),
      employeeId,
      agencyId: agency,
      assessedAt,
    };
    return () => development.onGapsAssessed(data, eventId);
  };

  const training = (employeeId: string, completionId = randomUUID()) => {
    const data: TrainingCompletedV1 = {
      ...structuredClone(trainingCompletedV1.example),
      employeeId,
      agencyId: agency,
      completionId,
    };
    return (eventId = randomUUID()) => development.onTrainingCompleted(data, eventId);
  };

  /** A potential of 85 of 100: with a BAIK kinerja, box 8. */
  const assessPotential = (employeeId: string) => {
    const potential = {
      assessmentId: randomUUID(),
      score: 85,
      scale: { min: 0, max: 100 },
      source: 'ASSESSMENT_CENTER',
      assessedOn: '2025-11-12',
    };
    return profiles.applyOnce(agency, employeeId, `potential:${potential.assessmentId}`, () => ({
      set: { potential, potentials: [{ ...potential, recordedAt: new Date(), note: null }] },
      events: [],
    }));
  };

  it('should record an appraisal, gaps and a training each in one write', async () => {
    const emp = `emp-${randomLetters()}`;
    const counts = {
      firstAppraisal: await opsOf(emp, appraisal(emp, 2024)),
      gaps: await opsOf(emp, gaps(emp, '2025-01-10T00:00:00.000Z')),
      training: await opsOf(emp, training(emp)),
      nextYear: await opsOf(emp, appraisal(emp, 2025)),
    };
    expect(counts).toEqual({
      firstAppraisal: ['update'],
      gaps: ['update'],
      training: ['update'],
      nextYear: ['update'],
    });
    const profile = await profiles.of(agencyScope(agency), emp);
    expect(profile).toMatchObject({
      unitId: 'dinkes.yankes',
      kinerja: { year: 2025, predikat: 'BAIK' },
      predikatHistory: [
        { year: 2025, predikat: 'BAIK' },
        { year: 2024, predikat: 'BAIK' },
      ],
      gaps: { assessedAt: '2025-01-10T00:00:00.000Z' },
      revision: 4,
    });
    expect(profile?.trainings).toHaveLength(1);
  });

  it('should write the appraisals of people handled at once in one command', async () => {
    const people = Array.from({ length: 20 }, () => `emp-${randomLetters()}`);
    sent = [];
    await Promise.all(people.map((emp) => appraisal(emp, 2025)()));
    const writes = sent.filter(
      (c) => c.collection === TALENT_PROFILE_COLLECTION && people.some((p) => c.text.includes(p)),
    );
    // Was one update per person: 20 commands and 20 round trips. One command, or two should the
    // handlers' writes fall in two turns of the event loop on a busy machine.
    expect(new Set(writes.map((c) => c.command))).toEqual(new Set(['update']));
    expect(writes.length).toBeLessThanOrEqual(2);
    for (const emp of people) {
      expect(await profiles.of(agencyScope(agency), emp)).toMatchObject({
        kinerja: { year: 2025, predikat: 'BAIK' },
        predikatHistory: [{ year: 2025, predikat: 'BAIK' }],
        revision: 1,
      });
    }
  });

  it('should create a whole profile with the one write of a first event', async () => {
    const emp = `emp-${randomLetters()}`;
    await gaps(emp, '2025-01-10T00:00:00.000Z')();
    const connection = service.app.get<Connection>(MONGO_CONNECTION);
    const stored = await connection
      .collection(TALENT_PROFILE_COLLECTION)
      .findOne({ _id: `${agency}/${emp}` as unknown as never, agencyId: agency });
    expect(stored).toEqual({
      _id: `${agency}/${emp}`,
      agencyId: agency,
      employeeId: emp,
      unitId: gapsAssessedV1.example.unitId,
      kinerja: null,
      predikatHistory: [],
      potential: null,
      potentials: [],
      placement: null,
      boxHistory: [],
      gaps: expect.objectContaining({ assessedAt: '2025-01-10T00:00:00.000Z' }) as unknown,
      trainings: [],
      appliedEvents: [expect.any(String)],
      revision: 1,
      createdAt: expect.any(Date) as unknown,
      updatedAt: expect.any(Date) as unknown,
      outbox: [],
      outboxLease: null,
    });
  });

  it('should apply a redelivered event once, reading the profile to see it was applied', async () => {
    const emp = `emp-${randomLetters()}`;
    const eventIds = { appraisal: randomUUID(), gaps: randomUUID(), training: randomUUID() };
    const data = annualAppraisal(emp, agency);
    const event = { id: eventIds.appraisal, type: appraisalFinalizedV1.type };
    const completed = training(emp);
    const deliver = () => [
      () => talent.onAppraisalFinalized(data, event),
      gaps(emp, '2025-01-10T00:00:00.000Z', eventIds.gaps),
      () => completed(eventIds.training),
    ];
    for (const run of deliver()) await run();
    const first = await profiles.of(agencyScope(agency), emp);

    for (const run of deliver()) expect(await opsOf(emp, run)).toEqual(['update', 'find']);
    // The same completion under another event id is not counted twice either.
    expect(await opsOf(emp, () => completed())).toEqual(['update', 'find', 'update']);

    const again = await profiles.of(agencyScope(agency), emp);
    expect(again?.trainings).toEqual(first?.trainings);
    expect(again?.predikatHistory).toEqual(first?.predikatHistory);
    expect(again?.revision).toBe((first?.revision ?? 0) + 1);
  });

  it('should read the profile when the change depends on it: an older assessment, a potential', async () => {
    const emp = `emp-${randomLetters()}`;
    await gaps(emp, '2025-03-01T00:00:00.000Z')();
    expect(await opsOf(emp, gaps(emp, '2025-01-10T00:00:00.000Z'))).toEqual([
      'update',
      'find',
      'update',
    ]);
    expect((await profiles.of(agencyScope(agency), emp))?.gaps?.assessedAt).toBe(
      '2025-03-01T00:00:00.000Z',
    );

    const assessed = `emp-${randomLetters()}`;
    await assessPotential(assessed);
    // The box (8) and its event need the potential: read, then one write with the event.
    expect(await opsOf(assessed, appraisal(assessed))).toEqual(['update', 'find', 'update']);
    const placed = await profiles.of(agencyScope(agency), assessed);
    expect(placed?.placement).toMatchObject({ box: 8 });
  });

  it('should read and write the appraisals of people with a potential, handled at once, in a few commands', async () => {
    const people = Array.from({ length: 20 }, () => `emp-${randomLetters()}`);
    await Promise.all(people.map(assessPotential));
    sent = [];
    await Promise.all(people.map((emp) => appraisal(emp, 2025)()));
    const ops = sent
      .filter(
        (c) => c.collection === TALENT_PROFILE_COLLECTION && people.some((p) => c.text.includes(p)),
      )
      .filter((c) => !isOutboxRelayCommand(c.text))
      .map((c) => c.command);
    // Each person: the direct write (refused: they have a potential), a read and the write that
    // places them with its event. Were 20 reads and 20 updates of their own; now each step of all
    // of them shares a command (two should the handlers fall in two turns on a busy machine).
    expect(new Set(ops)).toEqual(new Set(['update', 'find']));
    expect(ops.length).toBeLessThanOrEqual(6);
    for (const emp of people) {
      const placed = await profiles.of(agencyScope(agency), emp);
      expect(placed?.placement).toMatchObject({ box: 8 });
      expect(placed?.revision).toBe(2);
    }
  });

  it('should read which promotion lists are open by key, once the agency has its lists record', async () => {
    // Every annual predikat asks it (a promotion list may take the person in).
    const lists = service.app.get(PromotionRepository);
    const own = `AG-${randomLetters(5)}`;
    const asked = async (from: string) => {
      sent = [];
      const periods = await lists.openPeriods(own, from);
      const promotion = sent.filter((c) => c.collection.startsWith('promotion_'));
      return { periods, ops: promotion.map((c) => `${c.command} ${c.collection}`) };
    };
    // The first time, the record is made from the eligibilities (none here).
    expect(await asked('2026-01-01')).toEqual({
      periods: [],
      ops: ['find promotion_lists', 'distinct promotion_eligibilities', 'update promotion_lists'],
    });
    expect(await asked('2026-02-01')).toEqual({ periods: [], ops: ['find promotion_lists'] });
  });
});
