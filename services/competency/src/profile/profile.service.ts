import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { isSuperiorOf, type Role } from '@jenjang/auth';
import type { PositionGroup } from '@jenjang/contracts';
import { OrgChartRepository, type RequestScope } from '@jenjang/platform';
import { NotFoundError } from '@jenjang/persistence';
import { UnknownCompetencyError } from '../dictionary/domain/competency-errors';
import { DictionaryService } from '../dictionary/dictionary.service';
import { causeOf, GapAssessmentService } from './gap-assessment.service';
import { AssessmentSettingsService } from '../settings/assessment-settings.service';
import { PositionStandardService } from '../standard/position-standard.service';
import { currentLevels } from './domain/current-levels';
import type { AssessmentSource, CurrentLevelPolicy } from '../settings/domain/assessment-policy';
import {
  AssessedInFutureError,
  SourceNotAllowedError,
  TargetWithoutStandardError,
} from './domain/profile-errors';
import type { AddAssessmentDto } from './dto/profile.dto';
import { ProfileRepository, type StoredProfile } from './profile.repository';

const PROFILE = { en: 'competency profile', id: 'profil kompetensi' };
const ADMINS: Role[] = ['ADMIN_INSTANSI', 'ADMIN_PROVINSI'];
// Superiors read and assess only their own reports (today's org chart), never by role alone.
const READERS: Role[] = [...ADMINS, 'ANALIS'];
const SOURCE_ROLES: Record<AssessmentSource, Role[]> = {
  ASSESSMENT_CENTER: ADMINS,
  APPRAISAL_EVIDENCE: ADMINS,
  TRAINING: ADMINS,
  SUPERVISOR: ADMINS,
  SELF: [],
};

const isSelf = (caller: RequestScope, employeeId: string) => caller.employeeId === employeeId;

@Injectable()
export class ProfileService {
  constructor(
    private readonly profiles: ProfileRepository,
    private readonly assessments: GapAssessmentService,
    private readonly dictionary: DictionaryService,
    private readonly standards: PositionStandardService,
    private readonly settings: AssessmentSettingsService,
    private readonly chart: OrgChartRepository,
  ) {}

  async view(caller: RequestScope, employeeId: string) {
    const profile = await this.readable(caller, employeeId);
    return this.present(profile, (await this.settings.inForce(caller.agency)).currentLevel);
  }

  /** Adds an assessed level (history is only ever added to) and assesses the gaps again. */
  async addAssessment(caller: RequestScope, employeeId: string, dto: AddAssessmentDto) {
    const scope = caller.agency;
    const allowed =
      dto.source === 'SELF'
        ? isSelf(caller, employeeId)
        : caller.has(...SOURCE_ROLES[dto.source]) ||
          (dto.source === 'SUPERVISOR' &&
            (await isSuperiorOf(this.chart, caller.principal, employeeId)));
    if (!allowed) throw new SourceNotAllowedError(dto.source);
    if (!(await this.dictionary.knownCodes(scope)).has(dto.competencyCode)) {
      throw new UnknownCompetencyError(dto.competencyCode);
    }
    if (Date.parse(dto.assessedAt) > Date.now()) throw new AssessedInFutureError();
    const result = await this.assessments.reassess(scope, employeeId, {
      causeId: `request:${randomUUID()}`,
      cause: causeOf('PROFILE_UPDATED', null),
      mutate: () => ({
        addAssessments: [
          {
            code: dto.competencyCode,
            level: dto.level,
            source: dto.source,
            assessedAt: dto.assessedAt,
            recordedAt: new Date(),
            recordedBy: caller.actor.subject,
            note: dto.note ?? null,
          },
        ],
      }),
    });
    return {
      ...(await this.view(caller, employeeId)),
      assessmentId: result.assessmentId,
    };
  }

  /** Sets or clears the target position (career plan) and assesses again. */
  async setTarget(caller: RequestScope, employeeId: string, positionId: string | null) {
    const scope = caller.agency;
    if (!isSelf(caller, employeeId) && !caller.has(...ADMINS)) {
      throw new NotFoundError(PROFILE, employeeId);
    }
    let target: { id: string; name: string; group: PositionGroup } | null = null;
    if (positionId !== null) {
      const standard = await this.standards
        .list(scope)
        .then((all) => all.find((s) => s._id === positionId));
      if (!standard) throw new TargetWithoutStandardError(positionId);
      target = {
        id: positionId,
        name: standard.current.positionName,
        group: standard.current.positionGroup,
      };
    }
    const result = await this.assessments.reassess(scope, employeeId, {
      causeId: `request:${randomUUID()}`,
      cause: causeOf('PROFILE_UPDATED', null),
      mutate: () => ({ set: { targetPosition: target } }),
    });
    return {
      ...(await this.view(caller, employeeId)),
      assessmentId: result.assessmentId,
    };
  }

  /** The gap analysis as of now: held and target gaps, JPM and ranked needs. */
  async gaps(caller: RequestScope, employeeId: string) {
    const profile = await this.readable(caller, employeeId);
    const a = await this.assessments.compute(caller.agency, profile);
    const jpm = (j: typeof a.heldJpm) =>
      j && {
        percent: j.percent,
        category: j.category,
        complete: j.complete,
        achieved: j.achieved,
        required: j.required,
      };
    return {
      employeeId,
      heldPosition: profile.heldPosition,
      targetPosition: profile.targetPosition,
      jpm: { heldPosition: jpm(a.heldJpm), targetPosition: jpm(a.targetJpm), formula: a.formula },
      gaps: a.gaps,
      needs: a.needs,
      lastAppraisal: profile.lastAppraisal && {
        appraisalId: profile.lastAppraisal.appraisalId,
        period: profile.lastAppraisal.period,
        predikat: profile.lastAppraisal.predikat,
      },
    };
  }

  private async readable(caller: RequestScope, employeeId: string) {
    const profile = await this.profiles.get(caller.agency, employeeId);
    const allowed =
      isSelf(caller, employeeId) ||
      caller.has(...READERS) ||
      (await isSuperiorOf(this.chart, caller.principal, employeeId));
    if (!profile || !allowed) throw new NotFoundError(PROFILE, employeeId);
    return profile;
  }

  private present(p: StoredProfile, policy: CurrentLevelPolicy) {
    const current = [...currentLevels(p.assessments, policy).values()].map((c) => ({
      competencyCode: c.code,
      level: c.level,
      source: c.basis.source,
      assessedAt: c.basis.assessedAt,
      ...(c.cappedBy ? { cappedBy: { source: c.cappedBy.source, level: c.cappedBy.level } } : {}),
    }));
    return {
      employeeId: p.employeeId,
      unitId: p.unitId,
      heldPosition: p.heldPosition,
      targetPosition: p.targetPosition,
      current,
      history: p.assessments.map((a) => ({
        competencyCode: a.code,
        level: a.level,
        source: a.source,
        assessedAt: a.assessedAt,
        recordedAt: a.recordedAt,
        note: a.note,
      })),
      latestAssessment: p.latest,
      revision: p.revision,
    };
  }
}
