import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@jenjang/persistence';
import type { RequestScope } from '@jenjang/platform';
import { readinessOf } from '../plan/plan.service';
import { meritCriteria } from '../rank/domain/merit';
import { PromotionSettingsRepository } from '../rank/promotion-settings.repository';
import { RankRepository } from '../rank/rank.repository';
import { RecognitionService } from '../recognition/recognition.service';
import { jakartaToday } from '../placement/placement.service';
import { PlacementRepository } from '../placement/placement.repository';
import { PositionRepository } from '../position/position.repository';
import { audit } from '../shared/audit';
import { ConflictError, InvalidCareerInputError, NotAllowedError } from '../shared/career-errors';
import { TalentProfileRepository } from '../talent/talent-profile.repository';
import { TalentSettingsRepository } from '../talent/talent-settings.repository';
import { isEligible, mergePool, type Eligible } from './domain/pool';
import { SuccessionRepository, type SuccessionPool } from './succession.repository';
import type { CandidateStatus } from './succession.schema';

const POOL = { en: 'Succession pool', id: 'Kelompok rencana suksesi' };

@Injectable()
export class SuccessionService {
  constructor(
    private readonly pools: SuccessionRepository,
    private readonly positions: PositionRepository,
    private readonly placements: PlacementRepository,
    private readonly profiles: TalentProfileRepository,
    private readonly settings: TalentSettingsRepository,
    private readonly ranks: RankRepository,
    private readonly recognitions: RecognitionService,
    private readonly transparency: PromotionSettingsRepository,
  ) {}

  /** Recomputes the candidates of a key position from the 9-box and readiness. */
  async refresh(caller: RequestScope, positionId: string): Promise<SuccessionPool> {
    const scope = caller.agency;
    const position = await this.positions.byPositionId(scope, positionId);
    if (!position) throw new NotFoundError({ en: 'Position', id: 'Jabatan' }, positionId);
    if (!position.isKey) {
      throw new InvalidCareerInputError([
        {
          field: 'positionId',
          en: 'Only a key position (isKey) has a succession pool.',
          id: 'Hanya jabatan kunci (isKey) yang memiliki kelompok rencana suksesi.',
        },
      ]);
    }
    const { successionBoxes } = await this.settings.of(caller.agencyId);
    const today = jakartaToday();
    const people = await this.profiles.list(scope, { boxes: successionBoxes });
    const histories = await this.placements.historiesOf(
      scope,
      people.map((p) => p.employeeId),
    );
    const heldBy = (employeeId: string) =>
      histories.find(
        (h) =>
          h.employeeId === employeeId &&
          h.validFrom <= today &&
          (h.validTo === null || h.validTo >= today),
      );
    const holder =
      (await this.placements.list(scope, { positionId, on: today }))[0]?.employeeId ?? null;
    const ids = people.map((p) => p.employeeId);
    const rankOf = new Map(
      (await this.ranks.ofEmployees(scope, ids)).map((r) => [r.employeeId, r]),
    );
    const recognitions = await this.recognitions.summaries(scope, ids);
    const eligible: Eligible[] = [];
    for (const p of people) {
      const held = heldBy(p.employeeId);
      const candidate = { employeeId: p.employeeId, heldGrade: held?.position.grade ?? null };
      if (!isEligible(candidate, position.grade, holder)) continue;
      eligible.push({
        ...candidate,
        box: p.placement!.box,
        readiness: readinessOf(position, held?.position ?? null, p),
        criteria: meritCriteria(
          p,
          rankOf.get(p.employeeId)?.current ?? null,
          recognitions.get(p.employeeId) ?? [],
          today,
        ),
      });
    }
    const now = new Date();
    const existing = await this.pools.byId(scope, positionId);
    const candidates = mergePool(existing?.candidates ?? [], eligible);
    const fields = {
      positionName: position.name,
      unitId: position.unitId,
      grade: position.grade,
      holderEmployeeId: holder,
      candidates,
      refreshedAt: now,
    };
    if (!existing) {
      return this.pools.create(scope, {
        _id: `${caller.agencyId}/${positionId}`,
        positionId,
        ...fields,
        revision: 1,
        updatedAt: now,
        audit: [audit(caller.actor, 'succession.refresh')],
      });
    }
    return this.pools.change(
      scope,
      positionId,
      existing.revision,
      { set: fields },
      audit(caller.actor, 'succession.refresh'),
    );
  }

  async get(caller: RequestScope, positionId: string): Promise<SuccessionPool> {
    const pool = await this.pools.byId(caller.reach, positionId);
    if (!pool) throw new NotFoundError(POOL, positionId);
    return pool;
  }

  list(caller: RequestScope): Promise<SuccessionPool[]> {
    return this.pools.list(caller.reach);
  }

  async decide(
    caller: RequestScope,
    positionId: string,
    employeeId: string,
    status: Exclude<CandidateStatus, 'PROPOSED'>,
    revision: number,
    reason: string,
  ): Promise<SuccessionPool> {
    const scope = caller.agency;
    const pool = await this.pools.byId(scope, positionId);
    if (!pool) throw new NotFoundError(POOL, positionId);
    const candidate = pool.candidates.find((c) => c.employeeId === employeeId);
    if (!candidate) throw new NotFoundError({ en: 'Candidate', id: 'Kandidat' }, employeeId);
    if (status === 'CONFIRMED' && !candidate.eligible) {
      throw new ConflictError(
        'CANDIDATE_NOT_ELIGIBLE',
        'The person no longer meets the pool criteria (box or grade); refresh the pool.',
        'Pegawai tidak lagi memenuhi kriteria kelompok (kotak atau kelas jabatan); perbarui kelompok.',
      );
    }
    const now = new Date();
    const candidates = pool.candidates.map((c) =>
      c.employeeId === employeeId
        ? {
            ...c,
            status,
            decidedBy: caller.actor.subject,
            decidedAt: now,
            removalReason: status === 'REMOVED' ? reason : null,
            decisionReason: reason,
          }
        : c,
    );
    return this.pools.change(
      scope,
      positionId,
      revision,
      { set: { candidates } },
      audit(
        caller.actor,
        `succession.${status.toLowerCase()}`,
        { employeeId, status: candidate.status },
        { employeeId, status, reason },
      ),
    );
  }

  /**
   * The caller's own place in the succession pools of their agency (status, rank, reasons and
   * criteria; never the other candidates), where the agency's transparency setting allows it.
   */
  async mine(caller: RequestScope) {
    const employeeId = caller.self();
    const { transparency } = await this.transparency.of(caller.agencyId);
    if (!transparency.successionPool) {
      throw new NotAllowedError(
        'Your agency does not show succession pool status to employees; ask your HR unit.',
        'Instansi Anda tidak menampilkan status kelompok rencana suksesi kepada pegawai; tanyakan kepada unit kepegawaian.',
      );
    }
    const pools = await this.pools.list(caller.agency);
    return pools.flatMap((pool) =>
      pool.candidates
        .filter((c) => c.employeeId === employeeId)
        .map((c) => ({
          positionId: pool.positionId,
          positionName: pool.positionName,
          unitId: pool.unitId,
          refreshedAt: pool.refreshedAt,
          status: c.status,
          eligible: c.eligible,
          rank: c.rank,
          candidates: pool.candidates.filter((x) => x.eligible).length,
          level: c.level,
          reasons: c.reasons,
          criteria: c.criteria ?? null,
          decisionReason: c.decisionReason ?? null,
        })),
    );
  }
}
