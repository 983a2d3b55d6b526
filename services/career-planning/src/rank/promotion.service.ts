import { Injectable } from '@nestjs/common';
import { actsAsSuperior, relationshipOf, type OrgChart } from '@jenjang/auth';
import type { RequestScope } from '@jenjang/platform';
import { agencyScope, NotFoundError } from '@jenjang/persistence';
import { PlacementRepository } from '../placement/placement.repository';
import { jakartaToday } from '../placement/placement.service';
import { audit } from '../shared/audit';
import { ConflictError, InvalidCareerInputError, NotAllowedError } from '../shared/career-errors';
import { READS_ALL } from '../shared/readers';
import {
  nextPeriodDate,
  promotionSettingsErrors,
  type PromotionSettingsValues,
} from './domain/promotion-settings';
import type { PromotionDecisionDto, PromotionSettingsInputDto } from './dto/promotion.dto';
import { promotionDecided } from './promotion-events';
import { checkPeriod } from './promotion-eligibility.service';
import { PromotionRepository, type PromotionEligibility } from './promotion.repository';
import {
  PromotionSettingsRepository,
  type PromotionSettings,
} from './promotion-settings.repository';

const ELIGIBILITY = { en: 'Promotion eligibility', id: 'Kelayakan kenaikan pangkat' };

/** How a superior stands to a person in their team view (today's org chart). */
export type TeamRelationship = 'SUPERIOR' | 'ATASAN_PENILAI';

/**
 * The kenaikan pangkat lists as people read and decide them: the agency's settings, the list of
 * a period, one person's entry (admins, analysts, the person, their superiors), the caller's own
 * and their team's, and HR's decision with its reason. The lists are made by
 * PromotionEligibilityService.
 */
@Injectable()
export class PromotionService {
  // Today's placements career planning owns, read by the relationship rules every service shares.
  private readonly chart: OrgChart = {
    placementOn: async (agencyId, employeeId, day) => {
      const held = await this.placements.list(agencyScope(agencyId), { employeeId, on: day });
      const p = held[0];
      return p ? { ...p, placementId: p.id } : null;
    },
  };

  constructor(
    private readonly eligibilities: PromotionRepository,
    private readonly settings: PromotionSettingsRepository,
    private readonly placements: PlacementRepository,
  ) {}

  readSettings(agencyId: string): Promise<PromotionSettings> {
    return this.settings.of(agencyId);
  }

  async saveSettings({ agency, actor }: RequestScope, dto: PromotionSettingsInputDto) {
    const values: PromotionSettingsValues = {
      periods: dto.periods.map((p) => ({ month: p.month, day: p.day })),
      kinds: {
        REGULER: { ...dto.kinds.REGULER },
        PILIHAN_STRUKTURAL: { ...dto.kinds.PILIHAN_STRUKTURAL },
        PILIHAN_FUNGSIONAL: { ...dto.kinds.PILIHAN_FUNGSIONAL },
      },
      transparency: { ...dto.transparency },
    };
    const errors = promotionSettingsErrors(values);
    if (errors.length > 0) throw new InvalidCareerInputError(errors);
    return this.settings.save(
      agency,
      dto.revision,
      values,
      audit(actor, 'promotion-settings.save', undefined, values),
    );
  }

  async list(caller: RequestScope, periodDate: string, eligibleOnly: boolean) {
    const settings = await this.settings.of(caller.agencyId);
    checkPeriod(periodDate, settings);
    const entries = await this.eligibilities.period(caller.reach, periodDate, eligibleOnly);
    return {
      periodDate,
      thresholds: settings.kinds,
      entries: entries.map((e) => this.shown(e)),
    };
  }

  async one(caller: RequestScope, periodDate: string, employeeId: string) {
    if (caller.employeeId === employeeId && !caller.has(...READS_ALL)) {
      await this.checkTransparent(caller);
    } else if (!caller.has(...READS_ALL)) {
      // A superior by today's org chart (PENILAI direct, ATASAN_PENILAI one level up) reads it.
      const relationship = await relationshipOf(this.chart, caller.principal, employeeId);
      if (!actsAsSuperior(caller.principal, relationship))
        throw new NotFoundError(ELIGIBILITY, employeeId);
    }
    const e = await this.eligibilities.of(caller.reach, periodDate, employeeId);
    if (!e) throw new NotFoundError(ELIGIBILITY, employeeId);
    return this.shown(e);
  }

  /** The caller's own eligibility, per period, newest first, when the agency allows it. */
  async mine(caller: RequestScope) {
    const employeeId = caller.self();
    const settings = await this.checkTransparent(caller);
    const entries = await this.eligibilities.ofEmployee(caller.agency, employeeId);
    return {
      nextPeriod: nextPeriodDate(jakartaToday(), settings.periods),
      entries: entries.map((e) => this.shown(e)),
    };
  }

  /**
   * A superior's view of their staff for one period (default: the nearest list already opened,
   * else the next period): the direct reports of today's placements for a PENILAI, and their
   * reports one level down for an ATASAN_PENILAI (the org chart rules every service shares).
   * People of the team with no entry yet (the list was not run, or they have no rank) are named.
   */
  async team(caller: RequestScope, periodDate?: string) {
    const me = caller.self();
    const settings = await this.settings.of(caller.agencyId);
    const today = jakartaToday();
    const period =
      periodDate ??
      (await this.eligibilities.openPeriods(caller.agencyId, today))[0] ??
      nextPeriodDate(today, settings.periods);
    checkPeriod(period, settings);
    const scope = caller.agency;
    const direct = (await this.placements.list(scope, { superiorEmployeeId: me, on: today }))
      .map((p) => p.employeeId)
      .filter((id) => id !== me);
    const team = new Map<string, TeamRelationship>();
    if (caller.has('PENILAI')) {
      for (const id of direct) team.set(id, 'SUPERIOR');
    }
    if (caller.has('ATASAN_PENILAI')) {
      for (const id of direct) {
        const below = await this.placements.list(scope, { superiorEmployeeId: id, on: today });
        for (const p of below) {
          if (p.employeeId !== me && p.employeeId !== id && !team.has(p.employeeId)) {
            team.set(p.employeeId, 'ATASAN_PENILAI');
          }
        }
      }
    }
    const entries: (ReturnType<PromotionService['shown']> & {
      relationship: TeamRelationship;
    })[] = [];
    const notListed: { employeeId: string; relationship: TeamRelationship }[] = [];
    for (const [employeeId, relationship] of [...team].sort(([a], [b]) => a.localeCompare(b))) {
      const e = await this.eligibilities.of(scope, period, employeeId);
      if (e) entries.push({ ...this.shown(e), relationship });
      else notListed.push({ employeeId, relationship });
    }
    return { periodDate: period, thresholds: settings.kinds, entries, notListed };
  }

  async decide(
    caller: RequestScope,
    periodDate: string,
    employeeId: string,
    dto: PromotionDecisionDto,
  ) {
    const scope = caller.agency;
    const e = await this.eligibilities.of(scope, periodDate, employeeId);
    if (!e) throw new NotFoundError(ELIGIBILITY, employeeId);
    if (dto.status === 'PROPOSED' && !e.eligible) {
      throw new ConflictError(
        'NOT_ELIGIBLE_FOR_PROMOTION',
        'The person does not meet every threshold for this period; see what is missing.',
        'Pegawai belum memenuhi seluruh syarat untuk periode ini; lihat yang belum terpenuhi.',
        'status',
      );
    }
    const decision = {
      status: dto.status,
      reason: dto.reason,
      by: caller.actor.subject,
      at: new Date(),
    };
    const changed = await this.eligibilities.change(
      scope,
      e.id,
      dto.revision,
      { set: { decision } },
      audit(
        caller.actor,
        `promotion.${dto.status.toLowerCase()}`,
        e.decision ?? undefined,
        decision,
      ),
      [
        promotionDecided(
          {
            agencyId: caller.agencyId,
            eligibility: e,
            decision: dto.status,
            revision: dto.revision,
          },
          decision.at,
        ),
      ],
    );
    return this.shown(changed);
  }

  private async checkTransparent(caller: RequestScope): Promise<PromotionSettings> {
    const settings = await this.settings.of(caller.agencyId);
    if (!settings.transparency.promotionEligibility) {
      throw new NotAllowedError(
        'Your agency does not show promotion eligibility to employees; ask your HR unit.',
        'Instansi Anda tidak menampilkan kelayakan kenaikan pangkat kepada pegawai; tanyakan kepada unit kepegawaian.',
      );
    }
    return settings;
  }

  private shown(e: PromotionEligibility) {
    const { announced: _a, ...rest } = e;
    return rest;
  }
}
