import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { RequestScope } from '@jenjang/platform';
import { agencyScope, provinceScope, type AgencyScope } from '@jenjang/persistence';
import { PlacementRepository, type Placement } from '../placement/placement.repository';
import { jakartaToday } from '../placement/placement.service';
import { RecognitionService } from '../recognition/recognition.service';
import { audit, SYSTEM_ACTOR } from '../shared/audit';
import { InvalidCareerInputError } from '../shared/career-errors';
import { TalentProfileRepository, type TalentProfile } from '../talent/talent-profile.repository';
import { TalentService } from '../talent/talent.service';
import { evaluateEligibility, isNewlyEligible, rankApplies } from './domain/eligibility';
import { meritCriteria, recognitionNotes } from './domain/merit';
import { isPeriodDate, nextPeriodDate } from './domain/promotion-settings';
import { promotionEligible } from './promotion-events';
import { eligibilityId, PromotionRepository } from './promotion.repository';
import {
  PromotionSettingsRepository,
  type PromotionSettings,
} from './promotion-settings.repository';
import { RankRepository, type RankRecord } from './rank.repository';

/** Who evaluates, in which agency: a person's RequestScope or the system reacting to an event. */
export type Actor = Pick<RequestScope, 'agencyId' | 'agency' | 'actor'>;

const systemActor = (agencyId: string): Actor => ({
  agencyId,
  agency: agencyScope(agencyId),
  actor: SYSTEM_ACTOR,
});

export interface EvaluationSummary {
  periodDate: string;
  evaluated: number;
  eligible: number;
  newlyEligible: number;
}

/** Refuses a date that is not one of the agency's promotion periods (422 on periodDate). */
export function checkPeriod(periodDate: string, settings: PromotionSettings): void {
  if (!isPeriodDate(periodDate, settings.periods)) {
    const days = settings.periods.map((p) => `${p.day}/${p.month}`).join(', ');
    throw new InvalidCareerInputError([
      {
        field: 'periodDate',
        en: `Not one of your agency's promotion periods (day/month: ${days}); write it YYYY-MM-DD.`,
        id: `Bukan periode kenaikan pangkat instansi Anda (tanggal/bulan: ${days}); tulis sebagai YYYY-MM-DD.`,
      },
    ]);
  }
}

/**
 * The kenaikan pangkat lists (eligibility sweep): the list of a period is evaluated for everyone
 * of the agency (by HR, or opened by the scheduler), and again for the people concerned when a
 * rank or an annual predikat changes; a person newly eligible is announced once.
 */
@Injectable()
export class PromotionEligibilityService implements OnModuleInit {
  constructor(
    private readonly eligibilities: PromotionRepository,
    private readonly settings: PromotionSettingsRepository,
    private readonly ranks: RankRepository,
    private readonly profiles: TalentProfileRepository,
    private readonly placements: PlacementRepository,
    private readonly recognitions: RecognitionService,
    private readonly talent: TalentService,
  ) {}

  /** A new annual predikat may make a person eligible in a list already opened. */
  onModuleInit(): void {
    this.talent.onAnnualPredikat((agencyId, employeeId) =>
      this.reevaluate(systemActor(agencyId), [employeeId]),
    );
  }

  /**
   * The agency's list for one period: everyone with a rank or a post today is checked against
   * the thresholds; a person found eligible for the first time in this period (and kind) gets a
   * promotion-eligible event, staged in the same write. Re-running is safe.
   */
  async evaluate(caller: RequestScope, periodDate: string): Promise<EvaluationSummary> {
    const settings = await this.settings.of(caller.agencyId);
    checkPeriod(periodDate, settings);
    return this.evaluateFor(caller, periodDate, settings, null);
  }

  /**
   * After a rank change (API, import, sanction) or a new annual predikat: the people concerned, and those whose direct
   * superior they are, are checked again in every list the agency has opened for a period still
   * to come, so a person who becomes eligible is told without waiting for HR to re-run the list.
   */
  async reevaluate(caller: Actor, employeeIds: readonly string[]): Promise<void> {
    const periods = await this.eligibilities.openPeriods(caller.agencyId, jakartaToday());
    if (periods.length === 0) return;
    const settings = await this.settings.of(caller.agencyId);
    for (const periodDate of periods) {
      if (!isPeriodDate(periodDate, settings.periods)) continue;
      await this.evaluateFor(caller, periodDate, settings, new Set(employeeIds));
    }
  }

  private async evaluateFor(
    caller: Actor,
    periodDate: string,
    settings: PromotionSettings,
    concerned: ReadonlySet<string> | null,
  ): Promise<EvaluationSummary> {
    const scope = caller.agency;
    const today = jakartaToday();
    const { records, held, profiles } = await this.factsOf(scope, today, concerned);
    const rankOf = new Map(records.map((r) => [r.employeeId, r]));
    const postOf = new Map(held.map((p) => [p.employeeId, p]));
    const profileOf = new Map(profiles.map((p) => [p.employeeId, p]));
    const people = [...new Set([...rankOf.keys(), ...postOf.keys()])]
      .filter(
        (id) =>
          concerned === null ||
          concerned.has(id) ||
          concerned.has(postOf.get(id)?.superiorEmployeeId ?? ''),
      )
      // Pangkat/golongan and its promotion are for PNS; a PPPK is not on the list.
      .filter((id) => rankApplies(postOf.get(id)?.employmentType))
      .sort();
    const recognitions = await this.recognitions.summaries(scope, people);
    const summary = { periodDate, evaluated: 0, eligible: 0, newlyEligible: 0 };
    for (const employeeId of people) {
      const record = rankOf.get(employeeId) ?? null;
      const post = postOf.get(employeeId) ?? null;
      const profile = profileOf.get(employeeId) ?? null;
      const superiorId = post?.superiorEmployeeId ?? null;
      const result = evaluateEligibility(
        {
          periodDate,
          rank: record ? { golongan: record.current.golongan, tmt: record.current.tmt } : null,
          heldGroup: post?.position.group ?? null,
          predikatHistory: profile?.predikatHistory ?? [],
          superior: superiorId
            ? { employeeId: superiorId, golongan: rankOf.get(superiorId)?.current.golongan ?? null }
            : null,
          sanctions: record?.sanctions ?? [],
          angkaKredit: record?.angkaKredit ?? null,
        },
        settings,
      );
      const criteria = meritCriteria(
        profile,
        record?.current ?? null,
        recognitions.get(employeeId) ?? [],
        today,
      );
      const fresh = await this.write(caller, scope, {
        employeeId,
        unitId: post?.unitId ?? null,
        periodDate,
        result,
        criteria,
        notes: recognitionNotes(criteria),
        rankSince: record?.current.tmt ?? null,
      });
      summary.evaluated++;
      if (result.eligible) summary.eligible++;
      if (fresh) summary.newlyEligible++;
    }
    return summary;
  }

  /**
   * What the checks read: the whole agency for a list, or only the people concerned, those they
   * directly supervise and their superiors (on the event path, a few reads by key, not scans).
   */
  private async factsOf(
    scope: AgencyScope,
    today: string,
    concerned: ReadonlySet<string> | null,
  ): Promise<{
    records: RankRecord[];
    held: Placement[];
    profiles: TalentProfile[];
  }> {
    if (concerned === null) {
      const [records, held, profiles] = await Promise.all([
        this.ranks.list(scope),
        this.placements.list(scope, { on: today }, 20_000),
        this.profiles.list(scope, {}, 20_000),
      ]);
      return { records, held, profiles };
    }
    const held: Placement[] = [];
    for (const id of concerned) {
      held.push(...(await this.placements.list(scope, { employeeId: id, on: today })));
      held.push(...(await this.placements.list(scope, { superiorEmployeeId: id, on: today })));
    }
    const people = [...new Set([...concerned, ...held.map((p) => p.employeeId)])];
    const superiors = held.flatMap((p) => (p.superiorEmployeeId ? [p.superiorEmployeeId] : []));
    const records = await this.ranks.ofEmployees(scope, [...new Set([...people, ...superiors])]);
    const profiles: TalentProfile[] = [];
    for (const id of people) {
      const profile = await this.profiles.of(scope, id);
      if (profile) profiles.push(profile);
    }
    return { records, held, profiles };
  }

  /** Returns true when the person is announced eligible by this write. */
  private async write(
    caller: Actor,
    scope: AgencyScope,
    e: {
      employeeId: string;
      unitId: string | null;
      periodDate: string;
      result: ReturnType<typeof evaluateEligibility>;
      criteria: ReturnType<typeof meritCriteria>;
      notes: ReturnType<typeof recognitionNotes>;
      rankSince: string | null;
    },
  ): Promise<boolean> {
    const now = new Date();
    const existing = await this.eligibilities.of(scope, e.periodDate, e.employeeId);
    const { result } = e;
    const announce = e.rankSince !== null && isNewlyEligible(result, existing?.announced ?? []);
    const events = announce
      ? [
          promotionEligible(
            {
              agencyId: caller.agencyId,
              employeeId: e.employeeId,
              unitId: e.unitId,
              periodDate: e.periodDate,
              kind: result.kind,
              currentRank: result.currentRank!,
              currentRankSince: e.rankSince!,
              nextRank: result.nextRank!,
              predikatHistory: e.criteria.predikatHistory,
            },
            now,
          ),
        ]
      : [];
    const fields = {
      unitId: e.unitId,
      kind: result.kind,
      currentRank: result.currentRank,
      nextRank: result.nextRank,
      eligible: result.eligible,
      checks: result.checks,
      notes: e.notes,
      criteria: e.criteria,
      eligibleSince: result.eligible ? (existing?.eligibleSince ?? now) : null,
      announced: announce
        ? [...(existing?.announced ?? []), result.kind]
        : (existing?.announced ?? []),
      evaluatedAt: now,
    };
    const entry = audit(
      caller.actor,
      'promotion.evaluate',
      existing ? { eligible: existing.eligible } : undefined,
      { eligible: result.eligible, kind: result.kind },
    );
    if (!existing) {
      await this.eligibilities.create(
        scope,
        {
          _id: eligibilityId(caller.agencyId, e.periodDate, e.employeeId),
          employeeId: e.employeeId,
          periodDate: e.periodDate,
          ...fields,
          decision: null,
          revision: 1,
          createdAt: now,
          updatedAt: now,
          audit: [entry],
        },
        events,
      );
    } else {
      await this.eligibilities.change(
        scope,
        existing.id,
        existing.revision,
        { set: fields },
        entry,
        events,
      );
    }
    return announce;
  }

  /** Refuses a rank for a person whose post today says PPPK (PP 49/2018: no pangkat/golongan). */
  async checkRankApplies(agencyId: string, employeeId: string): Promise<void> {
    const held = await this.placements.list(agencyScope(agencyId), {
      employeeId,
      on: jakartaToday(),
    });
    if (!rankApplies(held[0]?.employmentType)) {
      throw new InvalidCareerInputError([
        {
          field: 'employeeId',
          en: 'This person is PPPK: a PPPK has no pangkat/golongan; rank and promotion are for PNS.',
          id: 'Pegawai ini PPPK: PPPK tidak memiliki pangkat/golongan; pangkat dan kenaikan pangkat hanya untuk PNS.',
        },
      ]);
    }
  }

  /**
   * The scheduled run: for every agency with a rank on record, the list of the next period opens
   * (is evaluated for everyone) once, on the first run after the previous period has passed.
   * A list already opened is left to the event path (reevaluate); re-running opens nothing twice.
   */
  async openDueLists(today = jakartaToday()): Promise<string[]> {
    const agencies = await this.ranks.agencies(
      provinceScope('promotion lists: agencies with ranks'),
    );
    const opened: string[] = [];
    for (const agencyId of agencies) {
      const settings = await this.settings.of(agencyId);
      const next = nextPeriodDate(today, settings.periods);
      const open = await this.eligibilities.openPeriods(agencyId, today);
      if (open.includes(next)) continue;
      const summary = await this.evaluateFor(systemActor(agencyId), next, settings, null);
      if (summary.evaluated > 0) opened.push(`${agencyId} ${next}`);
    }
    return opened;
  }
}
