import {
  appraisalFinalizedV1,
  gapsAssessedV1,
  type AppraisalFinalizedV1,
  type EventEnvelope,
} from '@jenjang/contracts';
import type { EventContext } from '@jenjang/messaging';
import { agencyScope, type AgencyScope, type OutboxEntry } from '@jenjang/persistence';
import { buildServiceModule, type ServiceUnderTest } from '@jenjang/testing';
import { AppraisalMappingRepository } from '../appraisal-needs/appraisal-mapping.repository';
import { CompetencyRepository } from '../dictionary/competency.repository';
import { AssessmentSettingsRepository } from '../settings/assessment-settings.repository';
import { PositionStandardRepository } from '../standard/position-standard.repository';
import { AppraisalConsumer } from './appraisal.consumer';
import { GapAssessmentService } from './gap-assessment.service';
import { ProfileModule } from './profile.module';
import {
  emptyProfile,
  ProfileRepository,
  type ProfileChange,
  type StoredProfile,
} from './profile.repository';

// Gap assessment through the real module wiring, with the store faked (a service test): an
// appraisal made final re-assesses the person against the standard of the position they hold.

/** Profiles in memory, with the repository's contract: revision and cause guarded changes. */
class FakeProfiles {
  readonly profiles = new Map<string, StoredProfile>();
  readonly events: OutboxEntry[] = [];

  private key = (scope: AgencyScope, employeeId: string) =>
    `${scope.kind === 'agency' ? scope.agencyId : '*'}:${employeeId}`;

  get(scope: AgencyScope, employeeId: string): Promise<StoredProfile | null> {
    return Promise.resolve(structuredClone(this.profiles.get(this.key(scope, employeeId)) ?? null));
  }

  createOrGet(
    scope: AgencyScope,
    first: StoredProfile,
    events: OutboxEntry[],
  ): Promise<StoredProfile | null> {
    const key = this.key(scope, first.employeeId);
    if (this.profiles.has(key)) return this.get(scope, first.employeeId);
    this.profiles.set(key, structuredClone(first));
    this.events.push(...events);
    return Promise.resolve(null);
  }

  change(scope: AgencyScope, employeeId: string, revision: number, change: ProfileChange) {
    const current = this.profiles.get(this.key(scope, employeeId));
    if (!current || current.revision !== revision) return Promise.resolve(false);
    if (change.causeId && current.appliedCauses.includes(change.causeId))
      return Promise.resolve(false);
    this.profiles.set(this.key(scope, employeeId), {
      ...current,
      ...(change.set ?? {}),
      assessments: [...current.assessments, ...(change.addAssessments ?? [])],
      appliedCauses: change.causeId
        ? [...current.appliedCauses, change.causeId]
        : current.appliedCauses,
      revision: revision + 1,
      updatedAt: new Date(),
    });
    this.events.push(...(change.events ?? []));
    return Promise.resolve(true);
  }
}

const RECORDED = { recordedAt: new Date('2026-01-11'), recordedBy: 'admin-1', note: null };
const AGENCY = appraisalFinalizedV1.example.agencyId;
const EMPLOYEE = appraisalFinalizedV1.example.employeeId;
const POSITION = appraisalFinalizedV1.example.position.id;

function finalized(eventId: string): [EventEnvelope<AppraisalFinalizedV1>, EventContext] {
  const data = appraisalFinalizedV1.example;
  const envelope = {
    topic: appraisalFinalizedV1.topic,
    id: eventId,
    source: '/jenjang/evaluation',
    type: 'id.go.jenjang.evaluation.appraisal-finalized.v1',
    time: data.finalizedAt,
    subject: data.employeeId,
    agency: data.agencyId,
    data,
  };
  const ctx = {
    topic: envelope.topic,
    partition: 0,
    offset: '1',
    attempt: 1,
    groupId: 'g',
    eventId,
  } as EventContext;
  return [envelope, ctx];
}

describe('gap assessment use cases (service test)', () => {
  let service: ServiceUnderTest;
  let profiles: FakeProfiles;

  beforeEach(async () => {
    profiles = new FakeProfiles();
    service = await buildServiceModule({
      imports: [ProfileModule],
      fakes: [
        [ProfileRepository, profiles],
        // the held position requires two competencies at level 3
        [
          PositionStandardRepository,
          {
            cached: (_scope: AgencyScope, positionId: string) =>
              Promise.resolve(
                positionId === POSITION
                  ? {
                      current: {
                        requirements: [
                          { code: 'PELAYANAN_PUBLIK', requiredLevel: 3 },
                          { code: 'KERJA_SAMA', requiredLevel: 3 },
                        ],
                      },
                    }
                  : null,
              ),
          },
        ],
        [CompetencyRepository, { cachedAll: () => Promise.resolve([]) }],
        [AppraisalMappingRepository, { cached: () => Promise.resolve(null) }],
        [AssessmentSettingsRepository, { cached: () => Promise.resolve(null) }],
      ],
    });
  });

  afterEach(() => service?.close());

  it('should publish the gaps against the held position when an appraisal becomes final', async () => {
    await profiles.createOrGet(agencyScope(AGENCY), emptyProfile(AGENCY, EMPLOYEE, new Date()), []);
    await profiles.change(agencyScope(AGENCY), EMPLOYEE, 0, {
      addAssessments: [
        {
          code: 'PELAYANAN_PUBLIK',
          level: 3,
          source: 'ASSESSMENT_CENTER',
          assessedAt: '2026-01-10',
          ...RECORDED,
        },
        {
          code: 'KERJA_SAMA',
          level: 2,
          source: 'ASSESSMENT_CENTER',
          assessedAt: '2026-01-10',
          ...RECORDED,
        },
      ],
    });

    await service.get(AppraisalConsumer).onAppraisalFinalized(...finalized('ev-1'));

    const published = profiles.events.filter((e) => e.topic === gapsAssessedV1.topic);
    expect(published).toHaveLength(1);
    const data = JSON.parse(published[0].payload) as {
      gaps: { competencyCode: string; gap: number }[];
      jpm: { heldPosition: number | null };
    };
    expect(data.gaps.filter((g) => g.gap > 0).map((g) => g.competencyCode)).toEqual(['KERJA_SAMA']);
    expect(data.jpm.heldPosition).toBeLessThan(100);
  });

  it('should assess once when the same event is delivered twice', async () => {
    const consumer = service.get(AppraisalConsumer);

    await consumer.onAppraisalFinalized(...finalized('ev-2'));
    await consumer.onAppraisalFinalized(...finalized('ev-2'));

    expect(profiles.events.filter((e) => e.topic === gapsAssessedV1.topic)).toHaveLength(1);
  });

  // An envelope naming another person than its data never reaches this consumer: the messaging
  // library dead-letters it from the contract's declared subject (libs/messaging's specs).

  it('should publish nothing while the person holds no known position', async () => {
    const result = await service.get(GapAssessmentService).reassess(agencyScope(AGENCY), 'emp-x', {
      causeId: 'manual-1',
      cause: { kind: 'PROFILE_UPDATED', eventId: null, eventType: null },
      mutate: () => ({}),
    });

    expect(result).toEqual({ applied: true, assessmentId: null });
    expect(profiles.events).toEqual([]);
  });
});
