import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { auditEntry, NotFoundError, type NewAggregate } from '@jenjang/persistence';
import type { RequestScope } from '@jenjang/platform';
import { AgencySettingsService } from '../agency/agency-settings.service';
import { appraisalFinalized } from '../appraisal/appraisal-events';
import type { AppraisalDoc } from '../appraisal/appraisal.schema';
import { BERAKHLAK_VALUES } from '../shared/domain/rating';
import type { Skp } from '../skp/skp.mapper';
import type { SkpDoc } from '../skp/skp.schema';
import { ImportRejectedError, readCsv, rowError } from '@jenjang/csv';
import { FINAL_RESULT_COLUMNS, SKP_COLUMNS } from './domain/columns';
import { periodKey, planFinalResults, type FinalResultPlan } from './domain/final-result-rows';
import { planSkps, skpKey, type SkpPlan } from './domain/skp-rows';
import type { ImportRecord } from './import.mapper';
import { ImportRepository } from './import.repository';
import type { ImportKind } from './import.schema';
import { ImportWriterService } from './import-writer.service';
import { ImportedRecordsRepository, type ImportedAppraisal } from './imported-records.repository';

/** Data rows per file: a large agency's SKPs fit (a few thousand staff, a handful each). */
export const MAX_ROWS = 20_000;
// Events of an import wait until it is DONE; release (or rollback) ends the hold.

export interface DryRunResult {
  kind: ImportKind;
  dryRun: true;
  rows: number;
  documents: number;
  events: number;
}

@Injectable()
export class ImportService {
  constructor(
    private readonly imports: ImportRepository,
    private readonly records: ImportedRecordsRepository,
    private readonly writer: ImportWriterService,
    private readonly settings: AgencySettingsService,
  ) {}

  async importSkps(
    caller: RequestScope,
    csv: string,
    dryRun: boolean,
  ): Promise<ImportRecord | DryRunResult> {
    const rows = this.read(csv, SKP_COLUMNS);
    const { plans, errors } = planSkps(rows);
    const existing = await this.records.skpsOf(
      caller.agency,
      [...new Set(plans.map((p) => p.employeeId))],
      [...new Set(plans.map((p) => p.year))],
    );
    const taken = new Set(existing.map((s) => skpKey(s.employeeId, s.year)));
    for (const plan of plans) {
      if (taken.has(skpKey(plan.employeeId, plan.year))) {
        errors.push(
          rowError(
            plan.line,
            'tahun',
            `This employee already has an SKP for ${plan.year}; change that one in the application.`,
            `Pegawai ini sudah memiliki SKP tahun ${plan.year}; ubah SKP tersebut di aplikasi.`,
          ),
        );
      }
    }
    if (errors.length > 0) throw new ImportRejectedError(errors);
    const importId = randomUUID();
    const skps = plans.map((p) => this.skpDoc(caller, importId, p));
    if (dryRun)
      return { kind: 'SKP', dryRun, rows: rows.length, documents: skps.length, events: 0 };
    return this.writer.write(caller, importId, {
      kind: 'SKP',
      rows: rows.length,
      skps,
      appraisals: [],
    });
  }

  async importFinalResults(
    caller: RequestScope,
    csv: string,
    dryRun: boolean,
  ): Promise<ImportRecord | DryRunResult> {
    const scope = caller.agency;
    const rows = this.read(csv, FINAL_RESULT_COLUMNS);
    const { plans, errors } = planFinalResults(rows);
    const employees = [...new Set(plans.map((p) => p.employeeId))];
    const years = [...new Set(plans.map((p) => p.year))];
    const [skps, appraisals, { periodKinds }] = await Promise.all([
      this.records.skpsOf(scope, employees, years),
      this.records.appraisalPeriodsOf(
        scope,
        employees,
        plans.map((p) => p.period),
      ),
      this.settings.settingsFor(caller.agencyId),
    ]);
    const skpOf = new Map(skps.map((s) => [skpKey(s.employeeId, s.year), s]));
    const appraised = new Map(appraisals.map((a) => [periodKey(a.employeeId, a.period), a]));
    const ready: { plan: FinalResultPlan; skp: Skp }[] = [];
    for (const plan of plans) {
      const skp = skpOf.get(skpKey(plan.employeeId, plan.year));
      const before = appraised.get(periodKey(plan.employeeId, plan.period));
      const error = !skp
        ? rowError(
            plan.line,
            'tahun',
            `This employee has no SKP for ${plan.year} in your agency; import or create it first.`,
            `Pegawai ini belum memiliki SKP tahun ${plan.year} di instansi Anda; impor atau buat SKP terlebih dahulu.`,
          )
        : skp.status !== 'DISETUJUI'
          ? rowError(
              plan.line,
              'tahun',
              `This employee's SKP for ${plan.year} is ${skp.status}; results need an approved SKP (DISETUJUI).`,
              `SKP pegawai ini tahun ${plan.year} berstatus ${skp.status}; hasil memerlukan SKP yang disetujui (DISETUJUI).`,
            )
          : before
            ? rowError(
                plan.line,
                'periode',
                `An appraisal of this employee for this period already exists (${before.status}); correct it in the application.`,
                `Penilaian pegawai ini untuk periode ini sudah ada (${before.status}); koreksi melalui aplikasi.`,
              )
            : plan.period.kind !== 'TAHUNAN' && !periodKinds.includes(plan.period.kind)
              ? rowError(
                  plan.line,
                  'periode',
                  `Your agency does not appraise in ${plan.period.kind} periods.`,
                  `Instansi Anda tidak menggunakan periode penilaian ${plan.period.kind}.`,
                )
              : undefined;
      if (error) errors.push(error);
      else if (skp) ready.push({ plan, skp });
    }
    if (errors.length > 0) throw new ImportRejectedError(errors);
    const importId = randomUUID();
    const docs = ready.map(({ plan, skp }) => this.appraisalDoc(caller, importId, plan, skp));
    if (dryRun) {
      return {
        kind: 'FINAL_RESULT',
        dryRun,
        rows: rows.length,
        documents: docs.length,
        events: docs.length,
      };
    }
    return this.writer.write(caller, importId, {
      kind: 'FINAL_RESULT',
      rows: rows.length,
      skps: [],
      appraisals: docs,
    });
  }

  async get(caller: RequestScope, id: string): Promise<ImportRecord> {
    const found = await this.imports.byId(caller.agency, id);
    if (!found) throw new NotFoundError({ en: 'import', id: 'impor' }, id);
    return found;
  }

  list(caller: RequestScope): Promise<ImportRecord[]> {
    return this.imports.list(caller.agency, 200);
  }

  private read(csv: string, columns: typeof SKP_COLUMNS) {
    const table = readCsv(csv, columns, MAX_ROWS);
    if (!table.ok) throw new ImportRejectedError(table.errors);
    return table.rows;
  }

  private skpDoc(caller: RequestScope, importId: string, p: SkpPlan): NewAggregate<SkpDoc> {
    const now = new Date();
    return {
      _id: randomUUID(),
      unitId: p.unitId,
      employeeId: p.employeeId,
      year: p.year,
      position: { ...p.position },
      penilaiId: p.penilaiId,
      atasanPenilaiId: p.atasanPenilaiId,
      hasilKerja: p.hasilKerja.map((h) => ({
        id: randomUUID(),
        kind: h.kind,
        description: h.description,
        indicators: h.indicators.map((i) => ({ id: randomUUID(), ...i })),
      })),
      perilaku: BERAKHLAK_VALUES.map((value) => ({ value })),
      // Approved in the national system: it arrives approved, without a skp-approved event.
      status: 'DISETUJUI',
      returnReason: null,
      approvedAt: now,
      revision: 1,
      createdAt: now,
      updatedAt: now,
      audit: [
        auditEntry(caller.actor, 'skp.import', { after: { importId, status: 'DISETUJUI' } }, now),
      ],
    };
  }

  private appraisalDoc(
    caller: RequestScope,
    importId: string,
    p: FinalResultPlan,
    skp: Skp,
  ): ImportedAppraisal {
    const now = new Date();
    const doc: NewAggregate<AppraisalDoc> = {
      _id: randomUUID(),
      unitId: p.unitId ?? skp.unitId,
      employeeId: p.employeeId,
      skpId: skp.id,
      position: p.position ?? skp.position,
      period: p.period,
      penilaiId: p.penilaiId ?? skp.penilaiId,
      atasanPenilaiId: p.atasanPenilaiId ?? skp.atasanPenilaiId ?? p.penilaiId ?? skp.penilaiId,
      status: 'FINAL',
      version: 1,
      correctionOf: null,
      correctionReason: null,
      realisasi: [],
      feedback: [],
      ratingHasilKerja: p.ratingHasilKerja,
      ratingPerilakuKerja: p.ratingPerilakuKerja,
      perilaku: skp.perilaku.map((x) => ({ value: x.value })),
      ratedAt: now,
      predikat: p.predikat,
      predikatSetAt: now,
      objectionDeadline: null,
      keberatan: null,
      finalizedAt: now,
      revision: 1,
      createdAt: now,
      updatedAt: now,
      audit: [
        auditEntry(
          caller.actor,
          'appraisal.import',
          { after: { importId, status: 'FINAL', predikat: p.predikat } },
          now,
        ),
      ],
    };
    // The same event, with the same deterministic id, as the API path stages on FINAL.
    const { _id: id, audit: _audit, ...view } = doc;
    const event = appraisalFinalized({ ...view, id, agencyId: caller.agencyId });
    return { doc, events: [event] };
  }
}
