import { Injectable } from '@nestjs/common';
import type { Principal } from '@jenjang/auth';
import { agencyScope, NotFoundError, RevisionConflictError } from '@jenjang/persistence';
import { PlanRepository } from '../plan/plan.repository';
import type { StepDoc } from '../plan/plan.schema';
import { PlacementRepository } from '../placement/placement.repository';
import { jakartaToday } from '../placement/placement.service';
import { PositionRepository } from '../position/position.repository';
import { audit } from '../shared/audit';
import { ConflictError } from '../shared/career-errors';
import { deterministicId } from '../shared/deterministic-id';
import { readScope } from '../shared/caller';
import { ROTATION_BOXES } from '../talent/domain/recommended-action';
import { TalentProfileRepository } from '../talent/talent-profile.repository';
import { rotationOptions } from './domain/rotation';
import { RotationRepository, type Rotation } from './rotation.repository';

const ROTATION = { en: 'Rotation proposal', id: 'Usulan rotasi' };

@Injectable()
export class RotationService {
  constructor(
    private readonly rotations: RotationRepository,
    private readonly profiles: TalentProfileRepository,
    private readonly placements: PlacementRepository,
    private readonly positions: PositionRepository,
    private readonly plans: PlanRepository,
  ) {}

  /** Proposes rotations for everyone in boxes 4, 7 and 8; re-running proposes nothing twice. */
  async propose(principal: Principal): Promise<Rotation[]> {
    const scope = agencyScope(principal.agencyId);
    const today = jakartaToday();
    const people = await this.profiles.list(scope, { boxes: [...ROTATION_BOXES] });
    const histories = await this.placements.historiesOf(
      scope,
      people.map((p) => p.employeeId),
    );
    const catalog = await this.positions.list(scope, {});
    const now = new Date();
    for (const person of people) {
      const held = histories.find(
        (h) =>
          h.employeeId === person.employeeId &&
          h.validFrom <= today &&
          (h.validTo === null || h.validTo >= today),
      );
      if (!held || !person.gaps) continue;
      const gapCodes = [...person.gaps.heldGaps, ...person.gaps.targetGaps]
        .filter((g) => g.gap > 0)
        .map((g) => g.code);
      const options = rotationOptions(
        {
          box: person.placement!.box,
          held: { positionId: held.position.id, grade: held.position.grade },
          gapCodes,
        },
        catalog,
      );
      for (const o of options) {
        const to = catalog.find((p) => p.positionId === o.positionId)!;
        await this.rotations.proposeOnce(scope, {
          _id: deterministicId(
            'rotation',
            principal.agencyId,
            held.id,
            person.employeeId,
            o.positionId,
          ),
          employeeId: person.employeeId,
          box: person.placement!.box,
          from: { ...held.position, unitId: held.unitId },
          to: {
            id: to.positionId,
            name: to.name,
            group: to.group,
            grade: to.grade,
            unitId: to.unitId,
          },
          closes: o.closes,
          status: 'PROPOSED',
          proposedAt: now,
          decidedBy: null,
          decidedAt: null,
          revision: 1,
          updatedAt: now,
          audit: [audit(principal, 'rotation.propose')],
        });
      }
    }
    return this.rotations.list(scope, { status: 'PROPOSED' });
  }

  list(principal: Principal, filter: { status?: string; employeeId?: string }) {
    return this.rotations.list(readScope(principal), filter);
  }

  /** Approving makes the rotation a ROTATION step of the person's plan (same id: added once). */
  async approve(principal: Principal, id: string, revision: number): Promise<Rotation> {
    const scope = agencyScope(principal.agencyId);
    let rotation = await this.rotations.byId(scope, id);
    if (!rotation) throw new NotFoundError(ROTATION, id);
    if (rotation.status === 'REJECTED') {
      throw new ConflictError(
        'ROTATION_REJECTED',
        'This proposal was rejected.',
        'Usulan ini sudah ditolak.',
      );
    }
    if (rotation.status === 'PROPOSED') {
      if (rotation.revision !== revision)
        throw new RevisionConflictError(revision, rotation.revision);
      rotation = await this.rotations.change(
        scope,
        id,
        revision,
        { status: 'APPROVED', decidedBy: principal.subject, decidedAt: new Date() },
        audit(principal, 'rotation.approve'),
      );
    }
    // Also on a repeated approve: completes a step write that a crash may have missed.
    const start = jakartaToday();
    const end = `${Number(start.slice(0, 4)) + 1}${start.slice(4)}`;
    const step: StepDoc = {
      id: rotation.id,
      kind: 'ROTATION',
      title: `Rotasi ke ${rotation.to.name} (${rotation.to.unitId})`,
      targetId: null,
      startDate: start,
      endDate: end,
      status: 'PLANNED',
      programId: null,
      competencyCode: rotation.closes[0] ?? null,
      origin: 'ROTATION',
      completedAt: null,
      updatedAt: new Date(),
    };
    await this.plans.ensure(principal.agencyId, rotation.employeeId);
    await this.plans.applyIfAbsent(
      principal.agencyId,
      rotation.employeeId,
      { 'steps.id': { $ne: step.id } },
      { $push: { steps: step } },
      audit(principal, 'plan.step-add-rotation', undefined, { stepId: step.id }),
    );
    return rotation;
  }

  async reject(principal: Principal, id: string, revision: number): Promise<Rotation> {
    const scope = agencyScope(principal.agencyId);
    const rotation = await this.rotations.byId(scope, id);
    if (!rotation) throw new NotFoundError(ROTATION, id);
    if (rotation.status !== 'PROPOSED') {
      throw new ConflictError(
        'ROTATION_DECIDED',
        `Already ${rotation.status}.`,
        `Sudah ${rotation.status}.`,
      );
    }
    return this.rotations.change(
      scope,
      id,
      revision,
      { status: 'REJECTED', decidedBy: principal.subject, decidedAt: new Date() },
      audit(principal, 'rotation.reject'),
    );
  }
}
