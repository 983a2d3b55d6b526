import { Injectable } from '@nestjs/common';
import type { RequestScope } from '@jenjang/platform';
import { NotFoundError, RevisionConflictError } from '@jenjang/persistence';
import { PlanRepository } from '../plan/plan.repository';
import type { StepDoc } from '../plan/plan.schema';
import { PlacementRepository } from '../placement/placement.repository';
import { jakartaToday, PlacementService } from '../placement/placement.service';
import { PositionRepository } from '../position/position.repository';
import { audit } from '../shared/audit';
import { ConflictError, InvalidCareerInputError, NotAllowedError } from '../shared/career-errors';
import { READS_ALL } from '../shared/readers';
import { deterministicId } from '../shared/deterministic-id';
import { acceptanceByUnit, type ObjectionCode, type RotationAnswer } from './domain/rotation';
import { rotationDecided } from './rotation-events';
import { RotationRepository, type Rotation } from './rotation.repository';
import type { RotationDoc } from './rotation.schema';

const ROTATION = { en: 'Rotation proposal', id: 'Usulan rotasi' };
const isHr = (caller: RequestScope) => caller.has('ADMIN_INSTANSI');

export interface AnswerInput {
  revision: number;
  answer: RotationAnswer;
  objection?: ObjectionCode;
  reason?: string;
  preferredUnitIds?: string[];
  note?: string;
}

export interface DecisionInput {
  revision: number;
  reason: string;
  effectiveDate?: string;
  superiorEmployeeId?: string;
}

/**
 * Rotation with the people in it (DOMAIN §7), once the review (RotationReviewService) has
 * proposed posts: the employee answers, the superior and HR give their view; HR decides with a
 * reason, and an approval places the person from the effective date.
 */
@Injectable()
export class RotationService {
  constructor(
    private readonly rotations: RotationRepository,
    private readonly placements: PlacementRepository,
    private readonly placing: PlacementService,
    private readonly positions: PositionRepository,
    private readonly plans: PlanRepository,
  ) {}

  /** Admins and analysts: every proposal in reach; others: their own and their reports'. */
  async list(caller: RequestScope, filter: { status?: string; employeeId?: string }) {
    if (caller.has(...READS_ALL)) return this.rotations.list(caller.reach, filter);
    const me = caller.self();
    const reports = await this.placements.list(caller.agency, {
      superiorEmployeeId: me,
      on: jakartaToday(),
    });
    const visible = [me, ...reports.map((p) => p.employeeId)];
    const ids = filter.employeeId ? visible.filter((id) => id === filter.employeeId) : visible;
    return this.rotations.list(caller.agency, {
      ...filter,
      employeeId: { $in: ids },
    });
  }

  async get(caller: RequestScope, id: string): Promise<Rotation> {
    const r = await this.rotations.byId(caller.reach, id);
    if (!r) throw new NotFoundError(ROTATION, id);
    if (caller.has(...READS_ALL) || r.employeeId === caller.employeeId) return r;
    if (await this.isSuperiorOf(caller, r.employeeId)) return r;
    throw new NotFoundError(ROTATION, id);
  }

  /** The employee's own answer: agree, or object with a coded reason; and their preferences. */
  async answer(caller: RequestScope, id: string, input: AnswerInput): Promise<Rotation> {
    const r = await this.open(caller, id, input.revision);
    if (r.employeeId !== caller.employeeId) throw new NotFoundError(ROTATION, id);
    if (input.answer === 'OBJECTED' && !input.objection) {
      throw new InvalidCareerInputError([
        {
          field: 'objection',
          en: 'Say why you object (objection).',
          id: 'Sebutkan alasan keberatan Anda (objection).',
        },
      ]);
    }
    const employeeAnswer = {
      answer: input.answer,
      objection: input.answer === 'OBJECTED' ? (input.objection ?? 'OTHER') : null,
      reason: input.reason?.trim() || null,
      preferredUnitIds: input.preferredUnitIds ?? [],
      note: input.note?.trim() || null,
      at: new Date(),
    };
    return this.rotations.change(
      caller.agency,
      id,
      input.revision,
      { set: { employeeAnswer } },
      audit(caller.actor, 'rotation.answer', r.employeeAnswer, employeeAnswer),
    );
  }

  /** The superior (per today's placement) or HR gives their view before the decision. */
  async consult(
    caller: RequestScope,
    id: string,
    input: { revision: number; supports: boolean; reason?: string },
  ): Promise<Rotation> {
    const r = await this.open(caller, id, input.revision);
    const view = {
      supports: input.supports,
      reason: input.reason?.trim() || null,
      by: caller.employeeId ?? caller.actor.subject,
      at: new Date(),
    };
    const scope = caller.agency;
    if (await this.isSuperiorOf(caller, r.employeeId)) {
      return this.rotations.change(
        scope,
        id,
        input.revision,
        { set: { superiorOpinion: view } },
        audit(caller.actor, 'rotation.superior-opinion', undefined, view),
      );
    }
    if (isHr(caller)) {
      return this.rotations.change(
        scope,
        id,
        input.revision,
        { set: { hrReview: view } },
        audit(caller.actor, 'rotation.hr-review', undefined, view),
      );
    }
    throw new NotAllowedError(
      "Only the employee's direct superior or the agency's HR unit is consulted on a rotation.",
      'Yang dimintai pendapat atas rotasi hanya atasan langsung pegawai atau unit kepegawaian instansi.',
    );
  }

  /**
   * Approval places the employee in the new post from the effective date (employee-placed), and
   * records the reason. Repeating it completes a placement or plan step a crash may have missed.
   */
  async approve(caller: RequestScope, id: string, input: DecisionInput): Promise<Rotation> {
    const scope = caller.agency;
    let r = await this.rotations.byId(scope, id);
    if (!r) throw new NotFoundError(ROTATION, id);
    if (r.status === 'REJECTED') {
      throw new ConflictError(
        'ROTATION_DECIDED',
        'This proposal was rejected.',
        'Usulan ini sudah ditolak.',
      );
    }
    const effectiveDate = r.effectiveDate ?? input.effectiveDate;
    if (!effectiveDate) {
      throw new InvalidCareerInputError([
        {
          field: 'effectiveDate',
          en: 'Give the first day in the new post (effectiveDate).',
          id: 'Isi tanggal mulai di jabatan baru (effectiveDate).',
        },
      ]);
    }
    if (r.status === 'PROPOSED' && r.revision !== input.revision) {
      throw new RevisionConflictError(input.revision, r.revision);
    }
    // The person's own view is asked and recorded before anyone is moved (DOMAIN §7).
    if (r.status === 'PROPOSED' && !r.employeeAnswer) {
      throw new ConflictError(
        'ROTATION_EMPLOYEE_NOT_HEARD',
        'The employee has not answered this proposal yet; a rotation is approved after hearing them.',
        'Pegawai belum menjawab usulan ini; rotasi baru dapat disetujui setelah pendapatnya didengar.',
        'employeeAnswer',
      );
    }
    const position = await this.positions.byPositionId(scope, r.to.id);
    if (!position) {
      throw new InvalidCareerInputError([
        {
          field: 'to',
          en: `Position ${r.to.id} is no longer in the catalog.`,
          id: `Jabatan ${r.to.id} tidak lagi ada dalam katalog.`,
        },
      ]);
    }
    const placement = await this.placing.place(
      caller.actor,
      caller.agencyId,
      position,
      {
        employeeId: r.employeeId,
        positionId: position.positionId,
        superiorEmployeeId: input.superiorEmployeeId ?? null,
        validFrom: effectiveDate,
      },
      { id: deterministicId('rotation-placement', r.id), source: 'ROTATION' },
    );
    if (r.status === 'PROPOSED') {
      const now = new Date();
      const set = {
        status: 'APPROVED' as const,
        decisionReason: input.reason.trim(),
        effectiveDate,
        placementId: placement.id,
        decidedBy: caller.actor.subject,
        decidedAt: now,
      };
      const doc = { ...r, ...set, _id: r.id } as unknown as RotationDoc;
      r = await this.rotations.change(
        scope,
        id,
        input.revision,
        { set },
        audit(caller.actor, 'rotation.approve', undefined, set),
        [rotationDecided(doc, now)],
      );
    }
    await this.addPlanStep(caller, r, effectiveDate);
    return r;
  }

  async reject(caller: RequestScope, id: string, input: DecisionInput): Promise<Rotation> {
    const scope = caller.agency;
    const r = await this.rotations.byId(scope, id);
    if (!r) throw new NotFoundError(ROTATION, id);
    if (r.status !== 'PROPOSED') {
      throw new ConflictError(
        'ROTATION_DECIDED',
        'This proposal is already decided.',
        'Usulan ini sudah diputuskan.',
      );
    }
    const now = new Date();
    const set = {
      status: 'REJECTED' as const,
      decisionReason: input.reason.trim(),
      decidedBy: caller.actor.subject,
      decidedAt: now,
    };
    const doc = { ...r, ...set, _id: r.id } as unknown as RotationDoc;
    return this.rotations.change(
      scope,
      id,
      input.revision,
      { set },
      audit(caller.actor, 'rotation.reject', undefined, set),
      [rotationDecided(doc, now)],
    );
  }

  /** Per unit: acceptance of proposals and the coded reasons of objections. */
  async acceptance({ agency }: RequestScope) {
    const all = await this.rotations.list(agency, {});
    return acceptanceByUnit(
      all.map((r) => ({
        unitId: r.from.unitId,
        status: r.status,
        employeeAnswer: r.employeeAnswer,
      })),
    );
  }

  private async open(caller: RequestScope, id: string, revision: number): Promise<Rotation> {
    const r = await this.get(caller, id);
    if (r.status !== 'PROPOSED') {
      throw new ConflictError(
        'ROTATION_DECIDED',
        'This proposal is already decided.',
        'Usulan ini sudah diputuskan.',
      );
    }
    if (r.revision !== revision) throw new RevisionConflictError(revision, r.revision);
    return r;
  }

  /** The caller is the employee's direct superior in today's placement. */
  private async isSuperiorOf(caller: RequestScope, employeeId: string): Promise<boolean> {
    if (!caller.employeeId) return false;
    const current = await this.placing.currentOf(caller.agencyId, employeeId);
    return current?.superiorEmployeeId === caller.employeeId;
  }

  private async addPlanStep(caller: RequestScope, r: Rotation, start: string): Promise<void> {
    const end = `${Number(start.slice(0, 4)) + 1}${start.slice(4)}`;
    const step: StepDoc = {
      id: r.id,
      kind: 'ROTATION',
      title: `Rotasi ke ${r.to.name} (${r.to.unitId})`,
      targetId: null,
      startDate: start,
      endDate: end,
      status: 'PLANNED',
      programId: null,
      competencyCode: r.closes[0] ?? null,
      origin: 'ROTATION',
      completedAt: null,
      updatedAt: new Date(),
    };
    await this.plans.ensure(caller.agency, r.employeeId);
    await this.plans.applyIfAbsent(
      caller.agency,
      r.employeeId,
      { 'steps.id': { $ne: step.id } },
      { $push: { steps: step } },
      audit(caller.actor, 'plan.step-add-rotation', undefined, { stepId: step.id }),
    );
  }
}
