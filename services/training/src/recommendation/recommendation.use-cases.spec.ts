import type { Principal } from '@jenjang/auth';
import {
  appraisalFinalizedV1,
  gapsAssessedV1,
  trainingRecommendedV1,
  type AppraisalFinalizedV1,
  type EventContract,
  type GapsAssessedV1,
  type TrainingRecommendedV1,
} from '@jenjang/contracts';
import type { EventContext, EventOf } from '@jenjang/messaging';
import { agencyScope, NotFoundError } from '@jenjang/persistence';
import { OrgChartRepository, requestScopeOf } from '@jenjang/platform';
import { buildServiceModule, type ServiceUnderTest } from '@jenjang/testing';
import { TrainingSettingsRepository } from '../agency/agency-settings';
import {
  OpenCatalogCache,
  ProgramRepository,
  SessionRepository,
} from '../catalog/catalog.repository';
import type { Program, Session } from '../catalog/domain/program';
import { TRAINING_CONFIG, trainingConfig } from '../config/training.config';
import { EnrollmentRepository } from '../enrollment/enrollment.repository';
import { PeopleRepository } from '../people/people.repository';
import { TrainingModule } from '../training.module';
import {
  fakeCatalog,
  FakePeople,
  FakeRecommendationSets,
  recordOf,
} from '../../test/support/recommendation-fakes';
import {
  RecommendationClosedError,
  RecommendationDecisions,
} from './recommendation-decisions.service';
import { RecommendationConsumer } from './recommendation.consumer';
import { RecommendationSetRepository } from './recommendation.repository';
import { RecommendationService } from './recommendation.service';

// Training's recommendations through the real module wiring, from the consumer to the staged
// recommended event, with the store faked (a service test: no Kafka, no MongoDB). The integration
// tier runs the same flow on the real broker and store.

const config = trainingConfig.load({});
const AGENCY = appraisalFinalizedV1.example.agencyId;
const EMPLOYEE = appraisalFinalizedV1.example.employeeId;
const DAY_MS = 86_400_000;

const program = (code: string, over: Partial<Program>): Program => ({
  id: `${AGENCY}.${code}`,
  agencyId: AGENCY,
  title: code,
  description: '',
  form: 'PELATIHAN_TEKNIS',
  provider: { kind: 'INTERNAL', name: 'BKPSDM' },
  jp: 16,
  competencies: [],
  competencyNames: {},
  berakhlakValues: [],
  prerequisites: [],
  availability: 'OWN',
  selfPaced: false,
  leadershipLevel: null,
  active: true,
  ...over,
});

// Kolaboratif and Kerja Sama (a classroom training with a session in ten days); Adaptif
// (e-learning, any time).
const KOLABORASI = program('kolaborasi', {
  title: 'Pelatihan Kerja Sama dan Kolaborasi Lintas Unit',
  competencies: [{ competencyCode: 'KERJA_SAMA', level: 2, raisesAssessedLevel: true }],
  competencyNames: { KERJA_SAMA: 'Kerja Sama' },
  berakhlakValues: ['KOLABORATIF'],
});
const ADAPTASI = program('adaptasi', {
  title: 'E-Learning Adaptasi Perubahan Layanan',
  form: 'E_LEARNING',
  jp: 8,
  berakhlakValues: ['ADAPTIF'],
  selfPaced: true,
});
const session = (p: Program, startsAt: Date): Session => ({
  id: `${p.id}.1`,
  programId: p.id,
  agencyId: AGENCY,
  startsAt,
  endsAt: new Date(startsAt.getTime() + 2 * DAY_MS),
  capacity: 30,
  seatsTaken: 0,
  location: 'Aula BKPSDM',
  link: null,
});

const envelope = <C extends EventContract>(
  contract: C,
  data: EventOf<C>['data'] & { employeeId: string; agencyId: string },
): EventOf<C> => ({
  topic: contract.topic,
  id: 'ignored: the consumer reads the id from the context',
  source: '/jenjang/test',
  type: contract.type,
  time: new Date().toISOString(),
  subject: data.employeeId,
  agency: data.agencyId,
  data,
});
const context = (eventId: string): EventContext => ({
  topic: 't',
  partition: 0,
  offset: '0',
  attempt: 1,
  groupId: 'jenjang.training',
  eventId,
  heartbeat: () => Promise.resolve(),
});

/** An annual appraisal rated BAIK with Kolaboratif and Adaptif below expectations. */
const appraisal = (over: Partial<AppraisalFinalizedV1> = {}): AppraisalFinalizedV1 => ({
  ...structuredClone(appraisalFinalizedV1.example),
  predikat: 'BAIK',
  ...over,
});
/** The gaps competency assessed from that appraisal (its event id and appraisal id). */
const gapsFrom = (eventId: string, a: AppraisalFinalizedV1): GapsAssessedV1 => ({
  ...structuredClone(gapsAssessedV1.example),
  employeeId: a.employeeId,
  agencyId: a.agencyId,
  unitId: a.unitId,
  cause: { ...structuredClone(gapsAssessedV1.example.cause), eventId, appraisalId: a.appraisalId },
});

const employee: Principal = {
  subject: `user-${EMPLOYEE}`,
  employeeId: EMPLOYEE,
  agencyId: AGENCY,
  roles: ['PEGAWAI'],
};

describe('recommendation use cases (service test)', () => {
  let service: ServiceUnderTest;
  let sets: FakeRecommendationSets;
  let people: FakePeople;

  beforeEach(async () => {
    sets = new FakeRecommendationSets();
    people = new FakePeople();
    const programs = [KOLABORASI, ADAPTASI];
    const sessions = [session(KOLABORASI, new Date(Date.now() + 10 * DAY_MS))];
    const [catalog, sessionStore] = fakeCatalog(programs, sessions);
    const enrollments: Pick<EnrollmentRepository, 'completed'> = {
      completed: () => Promise.resolve([]),
    };
    const settings: Pick<TrainingSettingsRepository, 'of'> = {
      // none saved: the platform's defaults (20 JP a year)
      of: (agencyId) =>
        Promise.resolve({
          agencyId,
          jpRequired: null,
          jpRequiredPppk: null,
          approvalRequired: false,
        }),
    };
    service = await buildServiceModule({
      imports: [TrainingModule],
      providers: [{ provide: TRAINING_CONFIG, useValue: config }],
      fakes: [
        [RecommendationSetRepository, sets],
        [PeopleRepository, people],
        [ProgramRepository, catalog],
        [SessionRepository, sessionStore],
        [OpenCatalogCache, new OpenCatalogCache()],
        [EnrollmentRepository, enrollments],
        [TrainingSettingsRepository, settings],
        // no placement known: a PNS, held to the PNS figure
        [
          OrgChartRepository,
          {
            placementOn: () => Promise.resolve(null),
            placementOnBatched: () => Promise.resolve(null),
          },
        ],
      ],
    });
  });

  afterEach(() => service?.close());

  const consumer = () => service.get(RecommendationConsumer);
  const deliverAppraisal = (a: AppraisalFinalizedV1, eventId: string) =>
    consumer().onAppraisalFinalized(envelope(appraisalFinalizedV1, a), context(eventId));
  const deliverGaps = (g: GapsAssessedV1, eventId: string) =>
    consumer().onGapsAssessed(envelope(gapsAssessedV1, g), context(eventId));
  const recommended = () => sets.published<TrainingRecommendedV1>(trainingRecommendedV1.topic);
  const afterGrace = () => new Date(Date.now() + config.RECOMMENDATION_GRACE_MS + 1_000);
  const setOf = (causeEventId: string, employeeId = EMPLOYEE) =>
    sets.stored(RecommendationService.setId(causeEventId, employeeId))!;
  // The caller as the edge resolves it; it is also the Principal itself while the decisions
  // move from taking the Principal to taking the RequestScope.
  const caller = (p: Principal) => ({ ...p, ...requestScopeOf(p, { method: 'POST' }) });

  it('should publish a set from the appraisal alone when its grace ends, without waiting for a sweep', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      await deliverAppraisal(appraisal(), 'ev-timer');
      await jest.advanceTimersByTimeAsync(config.RECOMMENDATION_GRACE_MS - 1_000);
      expect(setOf('ev-timer').status).toBe('PENDING');

      await jest.advanceTimersByTimeAsync(1_000);
      for (let i = 0; i < 20 && setOf('ev-timer').status === 'PENDING'; i++) {
        await new Promise((resolve) => setImmediate(resolve));
      }
      expect(setOf('ev-timer').status).toBe('PUBLISHED');
      expect(recommended()).toHaveLength(1);
    } finally {
      jest.useRealTimers();
    }
  });

  it('should keep an appraisal alone pending until the grace period, then publish it from the appraisal alone', async () => {
    const a = appraisal();
    await deliverAppraisal(a, 'ev-a');
    const publishDue = () => service.get(RecommendationService).publishDue(new Date());

    expect(await publishDue()).toBe(0);
    expect(recommended()).toEqual([]);
    expect(setOf('ev-a').status).toBe('PENDING');

    expect(await service.get(RecommendationService).publishDue(afterGrace())).toBe(1);

    const [event] = recommended();
    expect(recommended()).toHaveLength(1);
    expect(event.cause).toMatchObject({
      kind: 'APPRAISAL_FINALIZED',
      eventId: 'ev-a',
      appraisalId: a.appraisalId,
      predikat: 'BAIK',
    });
    expect(event.cause.assessmentId).toBeUndefined();
    expect(event).toMatchObject({ employeeId: EMPLOYEE, agencyId: AGENCY, jpRequired: 20 });
    expect(event.recommendations.map((r) => r.programId)).toEqual([KOLABORASI.id, ADAPTASI.id]);
    expect(setOf('ev-a')).toMatchObject({ status: 'PUBLISHED', dueAt: null, assessment: null });
  });

  it.each([
    ['the appraisal first', ['appraisal', 'gaps']],
    ['the gaps first', ['gaps', 'appraisal']],
  ])(
    'should make one set of the appraisal and the gaps assessed from it when %s arrives',
    async (_order, order) => {
      const a = appraisal();
      const g = gapsFrom('ev-a', a);
      for (const cause of order) {
        if (cause === 'appraisal') await deliverAppraisal(a, 'ev-a');
        else await deliverGaps(g, 'ev-g');
      }

      const [event] = recommended();
      expect(recommended()).toHaveLength(1);
      expect(event.cause).toMatchObject({
        eventId: 'ev-a',
        appraisalId: a.appraisalId,
        assessmentId: g.assessmentId,
      });
      expect(event.recommendations[0]).toMatchObject({
        programId: KOLABORASI.id,
        competencyCode: 'KERJA_SAMA',
        berakhlakValue: 'KOLABORATIF',
      });
      // The need's own reason, as competency wrote it, leads.
      expect(event.recommendations[0].reasons[0]).toEqual(g.needs[0].reason);
      const stored = setOf('ev-a');
      expect(stored.status).toBe('PUBLISHED');
      expect(stored.appraisal?.appraisalId).toBe(a.appraisalId);
      expect(stored.assessment?.assessmentId).toBe(g.assessmentId);
      // The gaps never open a set of their own.
      expect(sets.stored(RecommendationService.setId('ev-g', EMPLOYEE))).toBeUndefined();
      expect(await service.get(RecommendationService).publishDue(afterGrace())).toBe(0);
    },
  );

  it('should publish the set with the gaps when the appraisal was recorded but its set not opened (a crash between)', async () => {
    const a = appraisal();
    await people.recordAppraisal(
      agencyScope(AGENCY),
      EMPLOYEE,
      { unitId: a.unitId, positionName: a.position.name, superiorId: a.penilaiId },
      recordOf(a, 'ev-a'),
    );
    await deliverGaps(gapsFrom('ev-a', a), 'ev-g');
    // The appraisal redelivered after the crash finds its set published.
    await deliverAppraisal(a, 'ev-a');

    expect(recommended()).toHaveLength(1);
    expect(setOf('ev-a')).toMatchObject({
      status: 'PUBLISHED',
      unitId: a.unitId,
      cause: { eventId: 'ev-a', kind: 'APPRAISAL_FINALIZED', appraisalId: a.appraisalId },
      appraisal: { appraisalId: a.appraisalId, positionGroup: a.position.group },
    });
    expect(recommended()[0].recommendations[0]).toMatchObject({ berakhlakValue: 'KOLABORATIF' });
  });

  it('should join the opened set when the person record of the appraisal lacks its level (kept before it was)', async () => {
    const a = appraisal();
    await people.recordAppraisal(
      agencyScope(AGENCY),
      EMPLOYEE,
      { unitId: a.unitId, positionName: a.position.name, superiorId: a.penilaiId },
      { ...recordOf(a, 'ev-a'), positionGroup: undefined, unitId: undefined },
    );
    await deliverAppraisal(a, 'ev-a');
    await deliverGaps(gapsFrom('ev-a', a), 'ev-g');

    expect(recommended()).toHaveLength(1);
    expect(setOf('ev-a')).toMatchObject({
      status: 'PUBLISHED',
      appraisal: { positionGroup: a.position.group },
    });
    expect(setOf('ev-a').assessment).not.toBeNull();
  });

  it('should publish nothing more when the causes are delivered again', async () => {
    const a = appraisal();
    const g = gapsFrom('ev-a', a);
    await deliverAppraisal(a, 'ev-a');
    await deliverAppraisal(a, 'ev-a');
    await deliverGaps(g, 'ev-g');
    await deliverGaps(g, 'ev-g');
    await deliverAppraisal(a, 'ev-a');
    const first = setOf('ev-a');

    expect(await service.get(RecommendationService).publishDue(afterGrace())).toBe(0);
    expect(recommended()).toHaveLength(1);
    expect(setOf('ev-a').items).toEqual(first.items);
    expect((await people.byId(agencyScope(AGENCY), EMPLOYEE))?.appraisals).toHaveLength(1);
  });

  it('should publish nothing more when an appraisal published from the sweep is delivered again', async () => {
    const a = appraisal();
    await deliverAppraisal(a, 'ev-a');
    await service.get(RecommendationService).publishDue(afterGrace());

    await deliverAppraisal(a, 'ev-a');
    // gaps arriving after the set was published from the appraisal alone change nothing
    await deliverGaps(gapsFrom('ev-a', a), 'ev-g');

    expect(await service.get(RecommendationService).publishDue(afterGrace())).toBe(0);
    expect(recommended()).toHaveLength(1);
    expect(setOf('ev-a').assessment).toBeNull();
  });

  it("should expire the open recommendations of a corrected appraisal's set and keep the decided ones", async () => {
    const a = appraisal();
    await deliverAppraisal(a, 'ev-a');
    await service.get(RecommendationService).publishDue(afterGrace());
    const [accepted, open] = setOf('ev-a').items;
    await service
      .get(RecommendationDecisions)
      .decide(caller(employee), accepted.recommendationId, 'ACCEPTED', null);

    const correction = appraisal({
      appraisalId: '0b6f3c1d-8e2a-4d57-9c14-7a5e2f9b3d60',
      version: 2,
      correctionOf: a.appraisalId,
      predikat: 'SANGAT_BAIK',
      ratingPerilakuKerja: 'DI_ATAS_EKSPEKTASI',
    });
    await deliverAppraisal(correction, 'ev-c');

    const items = setOf('ev-a').items;
    expect(items.find((i) => i.recommendationId === accepted.recommendationId)?.status).toBe(
      'ACCEPTED',
    );
    expect(items.find((i) => i.recommendationId === open.recommendationId)).toMatchObject({
      status: 'EXPIRED',
      expiredReason: 'APPRAISAL_CORRECTED',
    });
    expect(setOf('ev-c')).toMatchObject({ status: 'PENDING' });
    expect(setOf('ev-c').appraisal?.appraisalId).toBe(correction.appraisalId);

    // A redelivered correction finds nothing open any more.
    await deliverAppraisal(correction, 'ev-c');
    expect(setOf('ev-a').items).toEqual(items);
  });

  it('should never publish the set of an appraisal corrected while it waits for its gaps', async () => {
    const a = appraisal();
    await deliverAppraisal(a, 'ev-a');
    const correction = appraisal({
      appraisalId: '0b6f3c1d-8e2a-4d57-9c14-7a5e2f9b3d60',
      version: 2,
      correctionOf: a.appraisalId,
    });
    await deliverAppraisal(correction, 'ev-c');

    expect(await service.get(RecommendationService).publishDue(afterGrace())).toBe(1);

    expect(setOf('ev-a').status).toBe('SUPERSEDED');
    expect(recommended().map((e) => e.cause.appraisalId)).toEqual([correction.appraisalId]);
  });

  it('should supersede an appraisal whose correction arrived before it', async () => {
    const a = appraisal();
    const correction = appraisal({
      appraisalId: '0b6f3c1d-8e2a-4d57-9c14-7a5e2f9b3d60',
      version: 2,
      correctionOf: a.appraisalId,
    });
    await deliverAppraisal(correction, 'ev-c');
    await deliverAppraisal(a, 'ev-a');

    await service.get(RecommendationService).publishDue(afterGrace());

    expect(setOf('ev-a').status).toBe('SUPERSEDED');
    expect(recommended().map((e) => e.cause.appraisalId)).toEqual([correction.appraisalId]);
  });

  it('should give bilingual reasons that name the weak BerAKHLAK value and the competency', async () => {
    const a = appraisal();
    await deliverGaps(gapsFrom('ev-a', a), 'ev-g');
    await deliverAppraisal(a, 'ev-a');

    const [event] = recommended();
    const reasons = event.recommendations.flatMap((r) => r.reasons);
    expect(reasons.length).toBeGreaterThan(0);
    for (const r of reasons) {
      expect(r.id.trim()).not.toBe('');
      expect(r.en.trim()).not.toBe('');
      expect(r.en).not.toBe(r.id);
    }
    const [kolaborasi, adaptasi] = event.recommendations;
    expect(kolaborasi.reasons).toEqual(
      expect.arrayContaining([
        {
          id: 'Penilaian kinerja Anda menilai perilaku Kolaboratif di bawah ekspektasi; program ini melatihnya.',
          en: 'Your appraisal rated Collaborative below expectations; this program addresses it.',
        },
        {
          id: 'Program ini mengembangkan Kerja Sama sampai level 2.',
          en: 'This program develops Kerja Sama to level 2.',
        },
      ]),
    );
    expect(adaptasi).toMatchObject({ programId: ADAPTASI.id, berakhlakValue: 'ADAPTIF' });
    expect(adaptasi.reasons).toContainEqual({
      id: 'Penilaian kinerja Anda menilai perilaku Adaptif di bawah ekspektasi; program ini melatihnya.',
      en: 'Your appraisal rated Adaptive below expectations; this program addresses it.',
    });
    // the stored set holds the same reasons
    expect(setOf('ev-a').items[0].reasons).toEqual(kolaborasi.reasons);
  });

  it('should record the reason of a declined recommendation, once', async () => {
    const a = appraisal();
    await deliverAppraisal(a, 'ev-a');
    await service.get(RecommendationService).publishDue(afterGrace());
    const [item] = setOf('ev-a').items;
    const decisions = service.get(RecommendationDecisions);
    const reason = 'Jadwal bentrok dengan tugas lapangan / clashes with field duty';

    const declined = await decisions.decide(
      caller(employee),
      item.recommendationId,
      'DECLINED',
      reason,
    );

    expect(declined).toMatchObject({ status: 'DECLINED', declineReason: reason });
    expect(setOf('ev-a').items[0]).toMatchObject({
      recommendationId: item.recommendationId,
      status: 'DECLINED',
      declineReason: reason,
    });
    expect(declined.decidedAt).not.toBeNull();
    expect(setOf('ev-a').items[0].decidedAt).toEqual(declined.decidedAt);
    await expect(
      decisions.decide(caller(employee), item.recommendationId, 'ACCEPTED', null),
    ).rejects.toBeInstanceOf(RecommendationClosedError);
    const colleague = { ...employee, subject: 'user-other', employeeId: 'emp-other' };
    await expect(
      decisions.decide(caller(colleague), setOf('ev-a').items[1].recommendationId, 'DECLINED', 'x'),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(setOf('ev-a').items[1].status).toBe('OPEN');
  });
});
