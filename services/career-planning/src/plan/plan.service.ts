import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { actsAsSuperior, relationshipOf, type OrgChart } from '@jenjang/auth';
import { agencyScope, NotFoundError, RevisionConflictError } from '@jenjang/persistence';
import type { RequestScope } from '@jenjang/platform';
import { PlacementService, jakartaToday } from '../placement/placement.service';
import { PositionRepository } from '../position/position.repository';
import { audit } from '../shared/audit';
import { InvalidCareerInputError, NotAllowedError } from '../shared/career-errors';
import { classifyMove } from '../shared/domain/career-move';
import { TalentProfileRepository } from '../talent/talent-profile.repository';
import { readinessFor, type Readiness } from './domain/readiness';
import type { PlanInputDto, StepInputDto } from './dto/plan.dto';
import { PlanRepository, type Plan } from './plan.repository';
import type { StepDoc, StepStatus, TargetDoc } from './plan.schema';

export const PLAN = { en: 'Career plan', id: 'Rencana karier' };

type Access = 'OWNER' | 'SUPERIOR' | 'ADMIN' | 'READER';

@Injectable()
export class PlanService {
  // The placements career planning owns, read by the relationship rules every service shares.
  private readonly chart: OrgChart = {
    placementOn: async (agencyId, employeeId, day) => {
      const p = await this.placements.currentOf(agencyId, employeeId, day);
      return p && { ...p, placementId: p.id };
    },
  };

  constructor(
    private readonly plans: PlanRepository,
    private readonly positions: PositionRepository,
    private readonly placements: PlacementService,
    private readonly profiles: TalentProfileRepository,
  ) {}

  /** Who the caller is to this person's plan; a stranger gets a 404. */
  private async access(caller: RequestScope, employeeId: string): Promise<Access> {
    if (caller.employeeId === employeeId) return 'OWNER';
    if (caller.has('ADMIN_INSTANSI', 'ADMIN_PROVINSI')) return 'ADMIN';
    // Today's org chart of the caller's own agency: the direct superior (PENILAI) comments and
    // agrees, the superior's superior (ATASAN_PENILAI) reads; no one else by role alone.
    const relationship = await relationshipOf(this.chart, caller.principal, employeeId);
    if (actsAsSuperior(caller.principal, relationship)) {
      return relationship === 'SUPERIOR' ? 'SUPERIOR' : 'READER';
    }
    if (caller.has('ANALIS')) return 'READER';
    throw new NotFoundError(PLAN, employeeId);
  }

  private edits(access: Access): void {
    if (access !== 'OWNER' && access !== 'ADMIN') {
      throw new NotAllowedError(
        'Only the employee (or an agency admin) edits a career plan; the superior comments and agrees.',
        'Hanya pegawai (atau admin instansi) yang mengubah rencana karier; atasan memberi komentar dan persetujuan.',
      );
    }
  }

  async get(caller: RequestScope, employeeId: string): Promise<Plan> {
    await this.access(caller, employeeId);
    const plan = await this.plans.byId(caller.reach, employeeId);
    if (!plan) throw new NotFoundError(PLAN, employeeId);
    return plan;
  }

  async put(caller: RequestScope, employeeId: string, dto: PlanInputDto): Promise<Plan> {
    this.edits(await this.access(caller, employeeId));
    const agencyId = caller.agencyId;
    const held = await this.placements.currentOf(agencyId, employeeId);
    const errors: { field: string; en: string; id: string }[] = [];
    const targets: TargetDoc[] = [];
    const now = new Date();
    for (const [i, t] of dto.targets.entries()) {
      const targetAgency = t.agencyId ?? agencyId;
      if (targetAgency !== agencyId && !caller.has('ADMIN_PROVINSI')) {
        errors.push({
          field: `targets[${i}].agencyId`,
          en: 'A target position of another agency needs province scope (BKD admin).',
          id: 'Jabatan target di instansi lain memerlukan kewenangan provinsi (admin BKD).',
        });
        continue;
      }
      const position = await this.positions.byPositionId(agencyScope(targetAgency), t.positionId);
      if (!position) {
        errors.push({
          field: `targets[${i}].positionId`,
          en: `Position ${t.positionId} is not in the catalog of ${targetAgency}.`,
          id: `Jabatan ${t.positionId} tidak ada dalam katalog ${targetAgency}.`,
        });
        continue;
      }
      targets.push({
        id: `${targetAgency}/${position.positionId}`,
        positionId: position.positionId,
        agencyId: targetAgency,
        unitId: position.unitId,
        name: position.name,
        group: position.group,
        grade: position.grade,
        move: classifyMove(held?.position ?? null, position),
        addedAt: now,
      });
    }
    if (errors.length > 0) throw new InvalidCareerInputError(errors);
    await this.plans.ensure(caller.agency, employeeId, now);
    const goals = dto.goals.map((g) => ({
      id: randomUUID(),
      text: g.text,
      horizon: g.horizon,
      targetYear: g.targetYear ?? null,
    }));
    return this.plans.change(
      caller.agency,
      employeeId,
      dto.revision,
      { set: { goals, targets, agreement: null } },
      audit(caller.actor, 'plan.put', undefined, { targets: targets.map((t) => t.id) }),
    );
  }

  async addStep(caller: RequestScope, employeeId: string, dto: StepInputDto): Promise<Plan> {
    this.edits(await this.access(caller, employeeId));
    const plan = await this.get(caller, employeeId);
    const errors = [];
    if (dto.endDate < dto.startDate) {
      errors.push({
        field: 'endDate',
        en: 'Ends before it starts.',
        id: 'Berakhir sebelum dimulai.',
      });
    }
    if (dto.targetId && !plan.targets.some((t) => t.id === dto.targetId)) {
      errors.push({
        field: 'targetId',
        en: 'Not a target of this plan.',
        id: 'Bukan target rencana ini.',
      });
    }
    if (errors.length > 0) throw new InvalidCareerInputError(errors);
    const step: StepDoc = {
      id: randomUUID(),
      kind: dto.kind,
      title: dto.title,
      targetId: dto.targetId ?? null,
      startDate: dto.startDate,
      endDate: dto.endDate,
      status: 'PLANNED',
      programId: dto.programId ?? null,
      competencyCode: dto.competencyCode ?? null,
      origin:
        caller.has('ADMIN_INSTANSI') && caller.employeeId !== employeeId ? 'ADMIN' : 'PEGAWAI',
      completedAt: null,
      updatedAt: new Date(),
    };
    return this.plans.change(
      agencyScope(plan.agencyId),
      employeeId,
      dto.revision,
      { set: { steps: [...plan.steps, step], agreement: null } },
      audit(caller.actor, 'plan.step-add', undefined, { stepId: step.id, kind: step.kind }),
    );
  }

  async updateStep(
    caller: RequestScope,
    employeeId: string,
    stepId: string,
    status: StepStatus,
    revision: number,
  ): Promise<Plan> {
    this.edits(await this.access(caller, employeeId));
    const plan = await this.get(caller, employeeId);
    const step = plan.steps.find((s) => s.id === stepId);
    if (!step) throw new NotFoundError({ en: 'Plan step', id: 'Langkah rencana' }, stepId);
    const now = new Date();
    const steps = plan.steps.map((s) =>
      s.id === stepId
        ? { ...s, status, completedAt: status === 'DONE' ? now : null, updatedAt: now }
        : s,
    );
    const progressed = status === 'IN_PROGRESS' || status === 'DONE';
    return this.plans.change(
      agencyScope(plan.agencyId),
      employeeId,
      revision,
      { set: { steps, ...(progressed ? { lastProgressAt: now } : {}) } },
      audit(caller.actor, 'plan.step-status', { stepId, status: step.status }, { stepId, status }),
    );
  }

  async comment(caller: RequestScope, employeeId: string, text: string): Promise<Plan> {
    const access = await this.access(caller, employeeId);
    if (access === 'READER')
      throw new NotAllowedError('Analysts only read plans.', 'Analis hanya membaca rencana.');
    const plan = await this.get(caller, employeeId);
    const comment = {
      id: randomUUID(),
      byEmployeeId: caller.employeeId ?? null,
      bySubject: caller.actor.subject,
      text,
      at: new Date(),
    };
    await this.plans.applyIfAbsent(
      agencyScope(plan.agencyId),
      employeeId,
      {},
      { $push: { comments: comment } },
      audit(caller.actor, 'plan.comment'),
    );
    return this.get(caller, employeeId);
  }

  /** The direct superior agrees with the plan as read at `revision`. */
  async agree(caller: RequestScope, employeeId: string, revision: number): Promise<Plan> {
    if ((await this.access(caller, employeeId)) !== 'SUPERIOR') {
      throw new NotAllowedError(
        'Only the direct superior (atasan langsung) agrees with a career plan.',
        'Hanya atasan langsung yang menyetujui rencana karier.',
      );
    }
    const plan = await this.get(caller, employeeId);
    if (plan.revision !== revision) throw new RevisionConflictError(revision, plan.revision);
    return this.plans.change(
      agencyScope(plan.agencyId),
      employeeId,
      revision,
      {
        set: {
          agreement: {
            byEmployeeId: caller.employeeId!,
            at: new Date(),
            planRevision: revision,
          },
        },
      },
      audit(caller.actor, 'plan.agree'),
    );
  }

  async readiness(caller: RequestScope, employeeId: string): Promise<Readiness[]> {
    const plan = await this.get(caller, employeeId);
    const profile = await this.profiles.of(agencyScope(plan.agencyId), employeeId);
    const held = await this.placements.currentOf(plan.agencyId, employeeId);
    return plan.targets.map((t) => readinessOf(t, held?.position ?? null, profile));
  }
}

export function readinessOf(
  target: Pick<TargetDoc, 'positionId' | 'name' | 'group' | 'grade'>,
  held: { group: TargetDoc['group']; grade: number } | null,
  profile: Awaited<ReturnType<TalentProfileRepository['of']>>,
  year = Number(jakartaToday().slice(0, 4)),
): Readiness {
  const gaps =
    profile?.gaps && profile.gaps.targetPositionId === target.positionId ? profile.gaps : null;
  return readinessFor({
    target: { id: target.positionId, name: target.name, group: target.group, grade: target.grade },
    held,
    gaps: gaps ? { jpmTarget: gaps.jpmTarget, targetGaps: gaps.targetGaps } : null,
    trainings: profile?.trainings ?? [],
    predikat: profile?.kinerja?.predikat ?? null,
    year,
    // The agency's minimum as training last reported it with a completion.
    jpRequiredPerYear: profile?.trainings.findLast((t) => t.jpRequired !== undefined)?.jpRequired,
  });
}
