import { appraisalFinalizedV1, talentBoxAssignedV1 } from '@jenjang/contracts';
import { agencyScope, type AgencyScope, type OutboxEntry } from '@jenjang/persistence';
import { requestScopeOf } from '@jenjang/platform';
import { buildServiceModule, type ServiceUnderTest } from '@jenjang/testing';
import { PlacementService } from '../placement/placement.service';
import { DEFAULT_CUTOFFS } from './domain/nine-box';
import {
  emptyProfile,
  TalentProfileRepository,
  type ProfileMutation,
  type TalentProfile,
} from './talent-profile.repository';
import { TalentSettingsRepository } from './talent-settings.repository';
import { TalentModule } from './talent.module';
import { TalentService } from './talent.service';

// The 9-box placement through the real module wiring, with the store faked (a service test): an
// annual predikat and a potential assessment place a person in a box and publish it, once.

/** Talent profiles in memory with the repository's contract: each effect applied once. */
class FakeTalentProfiles {
  readonly profiles = new Map<string, TalentProfile & { appliedEvents: string[] }>();
  readonly events: OutboxEntry[] = [];

  of(_scope: AgencyScope, employeeId: string): Promise<TalentProfile | null> {
    return Promise.resolve(
      [...this.profiles.values()].find((p) => p.employeeId === employeeId) ?? null,
    );
  }

  applyOnce(agencyId: string, employeeId: string, effectId: string, mutate: ProfileMutation) {
    const key = `${agencyId}/${employeeId}`;
    const current = this.profiles.get(key) ?? {
      ...emptyProfile(agencyId, employeeId, new Date()),
      appliedEvents: [],
    };
    if (current.appliedEvents.includes(effectId)) return Promise.resolve(false);
    const change = mutate(structuredClone(current)) ?? { set: {}, events: [] };
    this.profiles.set(key, {
      ...current,
      ...(change.set as Partial<TalentProfile>),
      appliedEvents: [...current.appliedEvents, effectId],
    });
    this.events.push(...change.events);
    return Promise.resolve(true);
  }

  // The store's one-write shortcut has the effect `mutate` describes.
  applyDirect(
    agencyId: string,
    employeeId: string,
    effectId: string,
    _direct: unknown,
    mutate: ProfileMutation,
  ) {
    return this.applyOnce(agencyId, employeeId, effectId, mutate);
  }
}

const example = appraisalFinalizedV1.example;
const admin = requestScopeOf(
  {
    subject: 'admin-1',
    agencyId: example.agencyId,
    employeeId: 'emp-admin',
    roles: ['ADMIN_INSTANSI'],
  },
  { method: 'POST' },
);
const boxesPublished = (profiles: FakeTalentProfiles) =>
  profiles.events
    .filter((e) => e.topic === talentBoxAssignedV1.topic)
    .map((e) => (JSON.parse(e.payload) as { box: number }).box);

describe('9-box placement use cases (service test)', () => {
  let service: ServiceUnderTest;
  let profiles: FakeTalentProfiles;

  beforeEach(async () => {
    profiles = new FakeTalentProfiles();
    service = await buildServiceModule({
      imports: [TalentModule],
      fakes: [
        [TalentProfileRepository, profiles],
        [
          TalentSettingsRepository,
          {
            of: (agencyId: string) =>
              Promise.resolve({
                agencyId,
                cutoffs: DEFAULT_CUTOFFS,
                successionBoxes: [7, 8, 9],
                configured: false,
                revision: 0,
              }),
          },
        ],
        [PlacementService, { currentOf: () => Promise.resolve(null) }],
      ],
    });
  });

  afterEach(() => service?.close());

  const potential = (score: number) =>
    service.get(TalentService).recordPotential(admin, example.employeeId, {
      score,
      scale: { min: 0, max: 100 },
      source: 'ASSESSMENT_CENTER',
      assessedOn: '2026-02-01',
    });

  it('should place a person in a box once both the annual predikat and a potential are known', async () => {
    await potential(90);
    expect(boxesPublished(profiles)).toEqual([]);

    await service.get(TalentService).onAppraisalFinalized(example, { id: 'ev-1', type: 't' });

    const [box] = boxesPublished(profiles);
    expect(box).toBeGreaterThanOrEqual(1);
    expect(
      (await profiles.of(agencyScope(example.agencyId), example.employeeId))?.placement?.box,
    ).toBe(box);
  });

  it('should place a higher potential in a higher box for the same predikat', async () => {
    await potential(10);
    await service.get(TalentService).onAppraisalFinalized(example, { id: 'ev-1', type: 't' });
    const low = boxesPublished(profiles).at(-1)!;
    await potential(95);

    expect(boxesPublished(profiles).at(-1)!).toBeGreaterThan(low);
  });

  it('should publish nothing more when the same appraisal event comes again', async () => {
    await potential(90);
    const talent = service.get(TalentService);
    await talent.onAppraisalFinalized(example, { id: 'ev-1', type: 't' });
    const published = boxesPublished(profiles).length;

    await talent.onAppraisalFinalized(example, { id: 'ev-1', type: 't' });

    expect(boxesPublished(profiles)).toHaveLength(published);
  });

  it('should not place anyone from an appraisal of a shorter period', async () => {
    await potential(90);

    await service
      .get(TalentService)
      .onAppraisalFinalized(
        { ...example, period: { ...example.period, kind: 'SEMESTERAN', index: 1 } },
        { id: 'ev-2', type: 't' },
      );

    expect(boxesPublished(profiles)).toEqual([]);
  });
});
