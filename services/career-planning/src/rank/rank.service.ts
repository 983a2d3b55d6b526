import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ImportRejectedError, readCsv } from '@jenjang/csv';
import type { RequestScope } from '@jenjang/platform';
import { NotFoundError, RevisionConflictError, type AgencyScope } from '@jenjang/persistence';
import { jakartaToday } from '../placement/placement.service';
import { audit } from '../shared/audit';
import { InvalidCareerInputError } from '../shared/career-errors';
import { READS_ALL } from '../shared/readers';
import { withStep } from './domain/rank-history';
import { noRowsError, planRanks, RANK_COLUMNS, type RankPlan } from './domain/rank-import';
import type { RankInputDto, SanctionInputDto } from './dto/rank.dto';
import { PromotionEligibilityService } from './promotion-eligibility.service';
import { rankRecordId, RankRepository, type RankRecord } from './rank.repository';
import type { RankRecordDoc, RankStep } from './rank.schema';

export const RANK = { en: 'Rank record', id: 'Data pangkat' };
const MAX_ROWS = 20_000;

export interface RankImportResult {
  kind: 'RANKS';
  dryRun: boolean;
  rows: number;
  employees: number;
  written: number;
}

const isCalendarDate = (d: string) => {
  const t = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
};

@Injectable()
export class RankService {
  constructor(
    private readonly ranks: RankRepository,
    private readonly promotions: PromotionEligibilityService,
  ) {}

  async get(caller: RequestScope, employeeId: string): Promise<RankRecord> {
    if (caller.employeeId !== employeeId && !caller.has(...READS_ALL)) {
      throw new NotFoundError(RANK, employeeId);
    }
    const record = await this.ranks.byId(caller.reach, employeeId);
    if (!record) throw new NotFoundError(RANK, employeeId);
    return record;
  }

  /** Records a rank step (the current one when its TMT is the newest) and the angka kredit. */
  async set(caller: RequestScope, employeeId: string, dto: RankInputDto): Promise<RankRecord> {
    if (!isCalendarDate(dto.tmt) || dto.tmt > jakartaToday()) {
      throw new InvalidCareerInputError([
        {
          field: 'tmt',
          en: 'The TMT must be a calendar date, not in the future.',
          id: 'TMT harus tanggal yang valid dan tidak di masa depan.',
        },
      ]);
    }
    await this.promotions.checkRankApplies(caller.agencyId, employeeId);
    const step: RankStep = {
      golongan: dto.golongan,
      tmt: dto.tmt,
      decreeNumber: dto.decreeNumber ?? null,
      source: 'API',
    };
    const angkaKredit =
      dto.angkaKredit === undefined
        ? undefined
        : { value: dto.angkaKredit, required: dto.angkaKreditRequired ?? null, asOf: dto.tmt };
    const saved = await this.apply(
      caller,
      caller.agency,
      employeeId,
      dto.revision,
      [step],
      angkaKredit,
      'rank.set',
    );
    await this.promotions.reevaluate(caller, [employeeId]);
    return saved;
  }

  async addSanction(caller: RequestScope, employeeId: string, dto: SanctionInputDto) {
    const errors = [];
    if (!isCalendarDate(dto.from)) {
      errors.push({ field: 'from', en: 'Not a calendar date.', id: 'Bukan tanggal yang valid.' });
    }
    if (dto.until !== undefined && (!isCalendarDate(dto.until) || dto.until < dto.from)) {
      errors.push({
        field: 'until',
        en: 'A calendar date on or after from.',
        id: 'Tanggal yang valid, tidak sebelum tanggal mulai.',
      });
    }
    if (errors.length > 0) throw new InvalidCareerInputError(errors);
    const scope = caller.agency;
    const record = await this.ranks.byId(scope, employeeId);
    if (!record) throw new NotFoundError(RANK, employeeId);
    const sanction = {
      id: randomUUID(),
      level: dto.level,
      from: dto.from,
      until: dto.until ?? null,
      decreeNumber: dto.decreeNumber ?? null,
    };
    const saved = await this.ranks.change(
      scope,
      employeeId,
      dto.revision,
      { set: { sanctions: [...record.sanctions, sanction] } },
      audit(caller.actor, 'rank.sanction', undefined, sanction),
    );
    await this.promotions.reevaluate(caller, [employeeId]);
    return saved;
  }

  /**
   * SIASN riwayat golongan, all or nothing: every row is checked first; a clean file writes each
   * person's steps (the newest TMT becomes the current rank). Idempotent: the same file again
   * changes nothing.
   */
  async importCsv(caller: RequestScope, csv: string, dryRun: boolean): Promise<RankImportResult> {
    const table = readCsv(csv, RANK_COLUMNS, MAX_ROWS);
    if (!table.ok) throw new ImportRejectedError(table.errors);
    if (table.rows.length === 0) throw new ImportRejectedError([noRowsError()]);
    const { plans, errors } = planRanks(table.rows, jakartaToday());
    if (errors.length > 0) throw new ImportRejectedError(errors);
    const byEmployee = new Map<string, RankPlan[]>();
    for (const p of plans)
      byEmployee.set(p.employeeId, [...(byEmployee.get(p.employeeId) ?? []), p]);
    let written = 0;
    if (!dryRun) {
      const scope = caller.agency;
      for (const [employeeId, rows] of [...byEmployee].sort(([a], [b]) => a.localeCompare(b))) {
        const steps = rows.map((r): RankStep => ({
          golongan: r.golongan,
          tmt: r.tmt,
          decreeNumber: r.decreeNumber,
          source: 'IMPORT',
        }));
        const newest = [...rows].sort((a, b) => b.tmt.localeCompare(a.tmt))[0];
        const angkaKredit =
          newest.angkaKredit === null
            ? undefined
            : { value: newest.angkaKredit, required: newest.angkaKreditRequired, asOf: newest.tmt };
        const current = await this.ranks.byId(scope, employeeId);
        await this.apply(
          caller,
          scope,
          employeeId,
          current?.revision ?? 0,
          steps,
          angkaKredit,
          'rank.import',
          current,
        );
        written += rows.length;
      }
    }
    if (!dryRun) await this.promotions.reevaluate(caller, [...byEmployee.keys()]);
    return { kind: 'RANKS', dryRun, rows: plans.length, employees: byEmployee.size, written };
  }

  private async apply(
    caller: RequestScope,
    scope: AgencyScope,
    employeeId: string,
    revision: number,
    steps: RankStep[],
    angkaKredit: RankRecordDoc['angkaKredit'] | undefined,
    action: string,
    known?: RankRecord | null,
  ): Promise<RankRecord> {
    const record = known === undefined ? await this.ranks.byId(scope, employeeId) : known;
    const history = steps.reduce((h, s) => withStep(h, s), record?.history ?? []);
    const set = {
      current: history[0],
      history,
      ...(angkaKredit !== undefined ? { angkaKredit } : {}),
    };
    if (!record) {
      if (revision !== 0) throw new RevisionConflictError(revision, 0);
      const now = new Date();
      return this.ranks.create(scope, {
        _id: rankRecordId(caller.agencyId, employeeId),
        employeeId,
        ...set,
        angkaKredit: angkaKredit ?? null,
        sanctions: [],
        revision: 1,
        createdAt: now,
        updatedAt: now,
        audit: [audit(caller.actor, action, undefined, set.current)],
      });
    }
    if (
      JSON.stringify(record.history) === JSON.stringify(history) &&
      (angkaKredit === undefined ||
        JSON.stringify(angkaKredit) === JSON.stringify(record.angkaKredit)) &&
      revision === record.revision
    ) {
      return record; // nothing new (an import sent again)
    }
    return this.ranks.change(
      scope,
      employeeId,
      revision,
      { set },
      audit(caller.actor, action, record.current, set.current),
    );
  }
}
