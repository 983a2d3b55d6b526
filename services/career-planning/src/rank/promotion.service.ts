import { Injectable, type OnModuleInit } from '@nestjs/common';
import { actsAsSuperior, relationshipOf, type OrgChart, type Principal } from '@jenjang/auth';
import { OutboxRelay } from '@jenjang/messaging';
import type { RequestScope } from '@jenjang/platform';
import {
  agencyScope,
  NotFoundError,
  provinceScope,
  type AgencyScope,
  type AuditActor,
} from '@jenjang/persistence';
import { PlacementRepository, type Placement } from '../placement/placement.repository';
import { jakartaToday } from '../placement/placement.service';
import { RecognitionService } from '../recognition/recognition.service';
import { audit, SYSTEM_ACTOR } from '../shared/audit';
import { ConflictError, InvalidCareerInputError, NotAllowedError } from '../shared/career-errors';
import { employeeOf, readScope, readsAll } from '../shared/caller';
import { TalentProfileRepository, type TalentProfile } from '../talent/talent-profile.repository';
import { TalentService } from '../talent/talent.service';
import { evaluateEligibility, isNewlyEligible, rankApplies } from './domain/eligibility';
import { meritCriteria, recognitionNotes } from './domain/merit';
import {
  isPeriodDate,
  nextPeriodDate,
  promotionSettingsErrors,
  type PromotionSettingsValues,
} from './domain/promotion-settings';
import type { PromotionDecisionDto, PromotionSettingsInputDto } from './dto/promotion.dto';
import { promotionDecided, promotionEligible } from './promotion-events';
import {
  eligibilityId,
  PromotionRepository,
  type PromotionEligibility,
} from './promotion.repository';
import {
  PromotionSettingsRepository,
  type PromotionSettings,
} from './promotion-settings.repository';
import { RankRepository, type RankRecord } from './rank.repository';

const ELIGIBILITY = { en: 'Promotion eligibility', id: 'Kelayakan kenaikan pangkat' };

/** Who evaluates, in which agency: a person (Principal) or the system reacting to an event. */
type Actor = AuditActor & { agencyId: string };

/** How a superior stands to a person in their team view (today's org chart). */
export type TeamRelationship = 'SUPERIOR' | 'ATASAN_PENILAI';

export interface EvaluationSummary {
  periodDate: string;
  evaluated: number;
  eligible: number;
  newlyEligible: number;
}

@Injectable()
export class PromotionService implements OnModuleInit {
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
    private readonly ranks: RankRepository,
    private readonly profiles: TalentProfileRepository,
    private readonly placements: PlacementRepository,
    private readonly recognitions: RecognitionService,
    private readonly relay: OutboxRelay,
    private readonly talent: TalentService,
  ) {}

  /** A new annual predikat may make a person eligible in a list already opened. */
  onModuleInit(): void {
    this.talent.onAnnualPredikat((agencyId, employeeId) =>
      this.reevaluate({ ...SYSTEM_ACTOR, agencyId }, [employeeId]),
    );
  }

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

  /**
   * The agency's list for one period: everyone with a rank or a post today is checked against
   * the thresholds; a person found eligible for the first time in this period (and kind) gets a
   * promotion-eligible event, staged in the same write. Re-running is safe.
   */
  async evaluate(principal: Principal, periodDate: string): Promise<EvaluationSummary> {
    const settings = await this.settings.of(principal.agencyId);
    this.checkPeriod(periodDate, settings);
    return this.evaluateFor(principal, periodDate, settings, null);
  }

  /**
   * After a rank change (API, import, sanction) or a new annual predikat: the people concerned, and those whose direct
   * superior they are, are checked again in every list the agency has opened for a period still
   * to come, so a person who becomes eligible is told without waiting for HR to re-run the list.
   */
  async reevaluate(principal: Actor, employeeIds: readonly string[]): Promise<void> {
    const periods = await this.eligibilities.openPeriods(principal.agencyId, jakartaToday());
    if (periods.length === 0) return;
    const settings = await this.settings.of(principal.agencyId);
    for (const periodDate of periods) {
      if (!isPeriodDate(periodDate, settings.periods)) continue;
      await this.evaluateFor(principal, periodDate, settings, new Set(employeeIds));
    }
  }

  private async evaluateFor(
    principal: Actor,
    periodDate: string,
    settings: PromotionSettings,
    concerned: ReadonlySet<string> | null,
  ): Promise<EvaluationSummary> {
    const scope = agencyScope(principal.agencyId);
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
      const fresh = await this.write(principal, scope, {
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
    if (summary.newlyEligible > 0) this.relay.wake();
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
    principal: Actor,
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
              agencyId: principal.agencyId,
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
      principal,
      'promotion.evaluate',
      existing ? { eligible: existing.eligible } : undefined,
      { eligible: result.eligible, kind: result.kind },
    );
    if (!existing) {
      await this.eligibilities.create(
        scope,
        {
          _id: eligibilityId(principal.agencyId, e.periodDate, e.employeeId),
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

  async list(principal: Principal, periodDate: string, eligibleOnly: boolean) {
    const settings = await this.settings.of(principal.agencyId);
    this.checkPeriod(periodDate, settings);
    const entries = await this.eligibilities.period(readScope(principal), periodDate, eligibleOnly);
    return {
      periodDate,
      thresholds: settings.kinds,
      entries: entries.map((e) => this.shown(e)),
    };
  }

  async one(principal: Principal, periodDate: string, employeeId: string) {
    if (principal.employeeId === employeeId && !readsAll(principal)) {
      await this.checkTransparent(principal);
    } else if (!readsAll(principal)) {
      // A superior by today's org chart (PENILAI direct, ATASAN_PENILAI one level up) reads it.
      const relationship = await relationshipOf(this.chart, principal, employeeId);
      if (!actsAsSuperior(principal, relationship))
        throw new NotFoundError(ELIGIBILITY, employeeId);
    }
    const e = await this.eligibilities.of(readScope(principal), periodDate, employeeId);
    if (!e) throw new NotFoundError(ELIGIBILITY, employeeId);
    return this.shown(e);
  }

  /** The caller's own eligibility, per period, newest first, when the agency allows it. */
  async mine(principal: Principal) {
    const employeeId = employeeOf(principal);
    const settings = await this.checkTransparent(principal);
    const entries = await this.eligibilities.ofEmployee(
      agencyScope(principal.agencyId),
      employeeId,
    );
    return {
      nextPeriod: nextPeriodDate(jakartaToday(), settings.periods),
      entries: entries.map((e) => this.shown(e)),
    };
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
   * A superior's view of their staff for one period (default: the nearest list already opened,
   * else the next period): the direct reports of today's placements for a PENILAI, and their
   * reports one level down for an ATASAN_PENILAI (the org chart rules every service shares).
   * People of the team with no entry yet (the list was not run, or they have no rank) are named.
   */
  async team(principal: Principal, periodDate?: string) {
    const me = employeeOf(principal);
    const settings = await this.settings.of(principal.agencyId);
    const today = jakartaToday();
    const period =
      periodDate ??
      (await this.eligibilities.openPeriods(principal.agencyId, today))[0] ??
      nextPeriodDate(today, settings.periods);
    this.checkPeriod(period, settings);
    const scope = agencyScope(principal.agencyId);
    const direct = (await this.placements.list(scope, { superiorEmployeeId: me, on: today }))
      .map((p) => p.employeeId)
      .filter((id) => id !== me);
    const team = new Map<string, TeamRelationship>();
    if (principal.roles.includes('PENILAI')) {
      for (const id of direct) team.set(id, 'SUPERIOR');
    }
    if (principal.roles.includes('ATASAN_PENILAI')) {
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
      const summary = await this.evaluateFor({ ...SYSTEM_ACTOR, agencyId }, next, settings, null);
      if (summary.evaluated > 0) opened.push(`${agencyId} ${next}`);
    }
    return opened;
  }

  async decide(
    principal: Principal,
    periodDate: string,
    employeeId: string,
    dto: PromotionDecisionDto,
  ) {
    const scope = agencyScope(principal.agencyId);
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
      by: principal.subject,
      at: new Date(),
    };
    const changed = await this.eligibilities.change(
      scope,
      e.id,
      dto.revision,
      { set: { decision } },
      audit(principal, `promotion.${dto.status.toLowerCase()}`, e.decision ?? undefined, decision),
      [
        promotionDecided(
          {
            agencyId: principal.agencyId,
            eligibility: e,
            decision: dto.status,
            revision: dto.revision,
          },
          decision.at,
        ),
      ],
    );
    this.relay.wake();
    return this.shown(changed);
  }

  private checkPeriod(periodDate: string, settings: PromotionSettings) {
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

  private async checkTransparent(principal: Principal): Promise<PromotionSettings> {
    const settings = await this.settings.of(principal.agencyId);
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
