import { Injectable } from '@nestjs/common';
import type { RequestScope } from '@jenjang/platform';
import {
  agencyScope,
  auditEntry,
  NotFoundError,
  provinceScope,
  type AuditActor,
  type NewAggregate,
} from '@jenjang/persistence';
import { PlacementRepository } from '../placement/placement.repository';
import { jakartaToday } from '../placement/placement.service';
import { PositionRepository } from '../position/position.repository';
import { RankRepository } from '../rank/rank.repository';
import { audit, SYSTEM_ACTOR } from '../shared/audit';
import { deterministicId } from '../shared/deterministic-id';
import { TalentProfileRepository } from '../talent/talent-profile.repository';
import { rotationOptions, rotationTriggers, wholeYears } from './domain/rotation';
import { rotationProposed } from './rotation-events';
import {
  RotationRepository,
  RotationSettingsRepository,
  type Rotation,
} from './rotation.repository';
import type { RotationDoc } from './rotation.schema';

const SETTINGS = { en: 'rotation settings of agency', id: 'pengaturan rotasi instansi' };

/** Rotation settings are the caller's own agency's: another agency's read as absent. */
function ownAgency(caller: RequestScope): string {
  if (caller.principal.agencyId !== caller.agencyId) {
    throw new NotFoundError(SETTINGS, caller.agencyId);
  }
  return caller.agencyId;
}

/**
 * The rotation review (DOMAIN §7): everyone held in a post for the agency's tenure (a setting,
 * default 5 years) or placed in a 9-box box that calls for a move is proposed same-grade posts
 * with their reasons and objective criteria; by HR on request and by the scheduler. Each
 * proposal is made once. What follows a proposal is RotationService's.
 */
@Injectable()
export class RotationReviewService {
  constructor(
    private readonly rotations: RotationRepository,
    private readonly settings: RotationSettingsRepository,
    private readonly profiles: TalentProfileRepository,
    private readonly placements: PlacementRepository,
    private readonly positions: PositionRepository,
    private readonly ranks: RankRepository,
  ) {}

  /** Reviews everyone held in a post today; re-running proposes nothing twice. */
  async propose(caller: RequestScope, today = jakartaToday()): Promise<Rotation[]> {
    await this.review(caller.actor, caller.agencyId, today);
    return this.rotations.list(caller.agency, { status: 'PROPOSED' });
  }

  /**
   * The periodic review of every agency with someone in a post today (the scheduler's): tenure
   * passes its threshold without anyone asking. Returns the proposals made.
   */
  async reviewAll(today = jakartaToday()): Promise<number> {
    const held = await this.placements.list(
      provinceScope('rotation review: the agencies with placements today'),
      { on: today },
      200_000,
    );
    let made = 0;
    for (const agencyId of [...new Set(held.map((p) => p.agencyId))].sort()) {
      made += await this.review(SYSTEM_ACTOR, agencyId, today);
    }
    return made;
  }

  /** Proposes for everyone of the agency whose review is open; returns the new proposals. */
  private async review(by: AuditActor, agencyId: string, today: string): Promise<number> {
    let made = 0;
    const scope = agencyScope(agencyId);
    const { tenureYears } = await this.settings.of(agencyId);
    const held = await this.placements.list(scope, { on: today }, 50_000);
    const profiles = new Map(
      (await this.profiles.list(scope, {}, 50_000)).map((p) => [p.employeeId, p]),
    );
    const catalog = (await this.positions.list(scope, {})).filter((p) => p.active !== false);
    const rankOf = new Map(
      (await this.ranks.ofEmployees(scope, [...new Set(held.map((h) => h.employeeId))])).map(
        (r) => [r.employeeId, r.current.golongan as string],
      ),
    );
    const now = new Date();
    const year = Number(today.slice(0, 4));
    for (const place of held) {
      const profile = profiles.get(place.employeeId);
      const box = profile?.placement?.box ?? null;
      const person = {
        box,
        held: {
          positionId: place.position.id,
          grade: place.position.grade,
          validFrom: place.validFrom,
        },
        gapCodes: profile?.gaps
          ? [...profile.gaps.heldGaps, ...profile.gaps.targetGaps]
              .filter((g) => g.gap > 0)
              .map((g) => g.code)
          : [],
      };
      const triggers = rotationTriggers(person, today, tenureYears);
      const options = rotationOptions(person, catalog, triggers);
      for (const o of options) {
        const to = catalog.find((p) => p.positionId === o.positionId)!;
        const doc: NewAggregate<RotationDoc> = {
          _id: deterministicId('rotation', agencyId, place.id, place.employeeId, o.positionId),
          employeeId: place.employeeId,
          fromPlacementId: place.id,
          box,
          triggers,
          from: { ...place.position, unitId: place.unitId },
          to: {
            id: to.positionId,
            name: to.name,
            group: to.group,
            grade: to.grade,
            unitId: to.unitId,
          },
          closes: o.closes,
          develops: o.develops,
          criteria: {
            predikatHistory: (profile?.predikatHistory ?? []).map((h) => ({
              year: h.year,
              predikat: h.predikat,
            })),
            jpmHeld: profile?.gaps?.jpmHeld ?? null,
            box,
            jpThisYear: (profile?.trainings ?? [])
              .filter((t) => t.year === year)
              .reduce((s, t) => s + t.jp, 0),
            rank: rankOf.get(place.employeeId) ?? null,
            tenureYears: wholeYears(place.validFrom, today),
          },
          superiorEmployeeId: place.superiorEmployeeId,
          status: 'PROPOSED',
          proposedAt: now,
          employeeAnswer: null,
          superiorOpinion: null,
          hrReview: null,
          decisionReason: null,
          effectiveDate: null,
          placementId: null,
          decidedBy: null,
          decidedAt: null,
          revision: 1,
          updatedAt: now,
          audit: [audit(by, 'rotation.propose', undefined, { triggers })],
        };
        const proposed = rotationProposed({ ...doc, agencyId });
        if (await this.rotations.proposeOnce(scope, doc, [proposed])) made++;
      }
    }
    return made;
  }

  readSettings(caller: RequestScope) {
    return this.settings.of(ownAgency(caller));
  }

  async saveSettings(caller: RequestScope, tenureYears: number, revision?: number) {
    const agencyId = ownAgency(caller);
    const current = await this.settings.of(agencyId);
    const entry = auditEntry(caller.actor, 'rotation-settings.saved', {
      before: current.tenureYears,
      after: tenureYears,
    });
    const expected = current.revision === null ? 0 : (revision ?? 0);
    await this.settings.save(caller.agency, expected, { tenureYears }, entry);
    return this.settings.of(agencyId);
  }
}
