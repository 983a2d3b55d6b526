import { Injectable } from '@nestjs/common';
import { gapsAssessedV1, type EventData, type GapCauseKind } from '@jenjang/contracts';
import { sourceOf, stageEvent } from '@jenjang/messaging';
import type { AgencyScope, OutboxEntry } from '@jenjang/persistence';
import { AppraisalMappingService } from '../appraisal-needs/appraisal-mapping.service';
import { needsFromAppraisal } from '../appraisal-needs/domain/needs-from-appraisal';
import { DictionaryService } from '../dictionary/dictionary.service';
import { currentLevels } from './domain/current-levels';
import {
  emptyProfile,
  ProfileRepository,
  type ProfileChange,
  type StoredProfile,
} from './profile.repository';
import type { LatestAssessmentDoc } from './profile.schema';
import { AssessmentSettingsService } from '../settings/assessment-settings.service';
import { PositionStandardService } from '../standard/position-standard.service';
import { assess, deterministicId, type Assessment } from './domain/assessment';

export type GapsAssessedData = EventData<typeof gapsAssessedV1>;
export type AssessmentCause = GapsAssessedData['cause'];

export interface Reassessment {
  /** Unique per cause (an event id, or a request's id): applied once, whatever the retries. */
  readonly causeId: string;
  readonly cause: AssessmentCause;
  /**
   * The change to the profile the cause makes, computed from the profile as it is now; `null`
   * when the cause changes nothing (then nothing is written or published).
   */
  readonly mutate: (profile: StoredProfile) => Omit<ProfileChange, 'causeId' | 'events'> | null;
}

export interface ReassessmentResult {
  /** False when the cause had been applied before (a redelivery): nothing changed. */
  readonly applied: boolean;
  /** Set when a gaps-assessed event was staged (the person's held position is known). */
  readonly assessmentId: string | null;
}

// A concurrent change to the same profile makes the write miss; read again a few times, then let
// the caller's retry policy (the transport's retry topic, or the client) take over.
const ATTEMPTS = 5;

/** Assesses an employee again and publishes gaps-assessed, once per cause. */
@Injectable()
export class GapAssessmentService {
  constructor(
    private readonly profiles: ProfileRepository,
    private readonly standards: PositionStandardService,
    private readonly dictionary: DictionaryService,
    private readonly mappings: AppraisalMappingService,
    private readonly settings: AssessmentSettingsService,
  ) {}

  /** The assessment of a profile as it stands, against its held and target positions. */
  async compute(scope: AgencyScope, profile: StoredProfile): Promise<Assessment> {
    const [held, target, labels, mapping, settings] = await Promise.all([
      profile.heldPosition ? this.standards.requirementsOf(scope, profile.heldPosition.id) : null,
      profile.targetPosition
        ? this.standards.requirementsOf(scope, profile.targetPosition.id)
        : null,
      this.dictionary.labels(scope),
      this.mappings.inForce(scope),
      this.settings.inForce(scope),
    ]);
    return assess({
      held: held ? { requirements: held } : null,
      target: target ? { requirements: target } : null,
      current: currentLevels(profile.assessments, settings.currentLevel),
      appraisalNeeds: profile.lastAppraisal
        ? needsFromAppraisal(profile.lastAppraisal, mapping)
        : [],
      labels,
      jpmConfig: settings.jpm,
    });
  }

  async reassess(
    scope: AgencyScope,
    employeeId: string,
    request: Reassessment,
  ): Promise<ReassessmentResult> {
    if (scope.kind !== 'agency') throw new Error('needs an agency scope');
    // A person's first cause costs one store operation: the new profile is written with the
    // cause's change, assessment and event. When there is a profile, that write changes nothing
    // and answers it, and the change is written guarded by its revision (two in all).
    const fresh = emptyProfile(scope.agencyId, employeeId, new Date());
    const first = await this.plan(scope, fresh, request);
    let profile = await this.profiles.createOrGet(
      scope,
      first?.after ?? fresh,
      first?.change.events ?? [],
    );
    if (profile === null) return first?.result ?? { applied: false, assessmentId: null };
    for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
      if (profile.appliedCauses.includes(request.causeId)) {
        return { applied: false, assessmentId: null };
      }
      const planned = await this.plan(scope, profile, request);
      if (planned === null) return { applied: false, assessmentId: null };
      if (await this.profiles.change(scope, employeeId, profile.revision, planned.change)) {
        return planned.result;
      }
      profile = await this.profiles.get(scope, employeeId);
      if (!profile) throw new Error(`profile ${employeeId} vanished during its assessment`);
    }
    throw new Error(`profile ${employeeId} kept changing during its assessment; retry`);
  }

  /**
   * What the cause does to `profile`: the change to write (with the cause and the event), the
   * profile after it, and the result; null when the cause changes nothing.
   */
  private async plan(
    scope: Extract<AgencyScope, { kind: 'agency' }>,
    profile: StoredProfile,
    request: Reassessment,
  ): Promise<{
    change: ProfileChange & { events: OutboxEntry[] };
    after: StoredProfile;
    result: ReassessmentResult;
  } | null> {
    const change = request.mutate(profile);
    if (change === null) return null;
    const next: StoredProfile = {
      ...profile,
      ...(change.set ?? {}),
      assessments: [...profile.assessments, ...(change.addAssessments ?? [])],
    };
    const assessment = await this.compute(scope, next);
    const now = new Date();
    const assessmentId = deterministicId(request.causeId, profile.employeeId);
    const data = this.eventData(scope.agencyId, next, assessment, request.cause, assessmentId, now);
    const events = data
      ? [stageEvent(gapsAssessedV1, { data, id: assessmentId, time: now }, sourceOf('competency'))]
      : [];
    const set = { ...(change.set ?? {}), ...(data ? { latest: latestOf(data, now) } : {}) };
    return {
      change: { ...change, set, causeId: request.causeId, events },
      after: {
        ...next,
        ...set,
        appliedCauses: [...profile.appliedCauses, request.causeId],
        revision: profile.revision + 1,
        updatedAt: now,
      },
      result: { applied: true, assessmentId: data ? assessmentId : null },
    };
  }

  /** The public event; `null` while the held position or unit is unknown (nothing to publish). */
  private eventData(
    agencyId: string,
    profile: StoredProfile,
    a: Assessment,
    cause: AssessmentCause,
    assessmentId: string,
    now: Date,
  ): GapsAssessedData | null {
    if (!profile.heldPosition || !profile.unitId) return null;
    return {
      assessmentId,
      employeeId: profile.employeeId,
      agencyId,
      unitId: profile.unitId,
      position: profile.heldPosition,
      targetPosition: profile.targetPosition
        ? {
            id: profile.targetPosition.id,
            name: profile.targetPosition.name,
            ...(profile.targetPosition.group ? { group: profile.targetPosition.group } : {}),
          }
        : null,
      cause,
      jpm: {
        heldPosition: a.heldJpm?.percent ?? null,
        targetPosition: a.targetJpm?.percent ?? null,
        formula: a.formula,
      },
      gaps: a.gaps,
      needs: a.needs,
      assessedAt: now.toISOString(),
    };
  }
}

export const causeOf = (
  kind: GapCauseKind,
  event: { id: string; type: string } | null,
): AssessmentCause => ({
  kind,
  eventId: event?.id ?? null,
  eventType: event?.type ?? null,
});

function latestOf(data: GapsAssessedData, at: Date): LatestAssessmentDoc {
  return {
    assessmentId: data.assessmentId,
    assessedAt: at,
    causeKind: data.cause.kind,
    jpmHeld: data.jpm.heldPosition,
    jpmTarget: data.jpm.targetPosition,
    formula: data.jpm.formula,
    gaps: data.gaps.map(({ competencyCode, required, current, gap, against }) => ({
      competencyCode,
      required,
      current,
      gap,
      against,
    })),
    needs: data.needs.map(({ rank, competencyCode, source, levelNeeded }) => ({
      rank,
      competencyCode,
      source,
      levelNeeded,
    })),
  };
}
