import { Injectable } from '@nestjs/common';
import { ImportRejectedError, readCsv, rowError, type ColumnSpec, type CsvRow } from '@jenjang/csv';
import type { AgencyScope } from '@jenjang/persistence';
import type { RequestScope } from '@jenjang/platform';
import { PlacementService } from '../placement/placement.service';
import { PositionRepository } from '../position/position.repository';
import { audit } from '../shared/audit';
import { deterministicId } from '../shared/deterministic-id';
import { TalentService } from '../talent/talent.service';
import { PLACEMENT_COLUMNS, POSITION_COLUMNS, POTENTIAL_COLUMNS } from './domain/columns';
import {
  checkPlacementOverlaps,
  planPlacements,
  planPositions,
  planPotentials,
} from './domain/import-rows';
import { potentialAssessmentId } from '../talent/domain/talent-profile';

export const MAX_ROWS = 20_000;
// People whose stored placements one query reads while a placements file is checked.
const HISTORY_CHUNK = 500;

export interface ImportResult {
  kind: 'POSITIONS' | 'PLACEMENTS' | 'POTENTIAL_ASSESSMENTS';
  dryRun: boolean;
  rows: number;
  written: number;
  /** Potential assessments: rows an earlier import recorded already (left as they are). */
  alreadyRecorded?: number;
}

/**
 * All or nothing: every row is checked first (each bad cell reported with its line and column);
 * only a clean file is written. Writes are idempotent (positions are upserted by id, placements
 * have an id derived from agency, employee and start, potential assessments from agency,
 * employee, day, source, score and scale), so a file re-sent after a failure completes without
 * doubles.
 */
@Injectable()
export class ImportService {
  constructor(
    private readonly positions: PositionRepository,
    private readonly placements: PlacementService,
    private readonly talent: TalentService,
  ) {}

  async importPositions(caller: RequestScope, csv: string, dryRun: boolean): Promise<ImportResult> {
    const rows = this.read(csv, POSITION_COLUMNS);
    const { plans, errors } = planPositions(rows);
    if (errors.length > 0) throw new ImportRejectedError(errors);
    if (!dryRun) {
      const scope = caller.agency as AgencyScope & { kind: 'agency' };
      for (const p of plans) {
        const fields = {
          unitId: p.unitId,
          name: p.name,
          group: p.group,
          grade: p.grade,
          isKey: p.isKey,
          competencies: p.competencies,
          parentPositionId: p.parentPositionId,
          active: true,
        };
        await this.positions.upsert(
          scope,
          p.positionId,
          fields,
          audit(caller.actor, 'position.import'),
        );
      }
    }
    return { kind: 'POSITIONS', dryRun, rows: rows.length, written: dryRun ? 0 : plans.length };
  }

  async importPlacements(
    caller: RequestScope,
    csv: string,
    dryRun: boolean,
  ): Promise<ImportResult> {
    const scope = caller.agency;
    const rows = this.read(csv, PLACEMENT_COLUMNS);
    const { plans, errors } = planPlacements(rows);
    const catalog = new Map(
      (await this.positions.byPositionIds(scope, [...new Set(plans.map((p) => p.positionId))])).map(
        (p) => [p.positionId, p],
      ),
    );
    for (const p of plans) {
      if (!catalog.has(p.positionId)) {
        errors.push(
          rowError(
            p.line,
            'jabatan_id',
            `Position ${p.positionId} is not in your agency catalog; import the positions first.`,
            `Jabatan ${p.positionId} tidak ada dalam katalog instansi Anda; impor jabatan terlebih dahulu.`,
          ),
        );
      }
    }
    const idOf = (p: { employeeId: string; validFrom: string }) =>
      deterministicId('placement', caller.agencyId, p.employeeId, p.validFrom);
    // Placements an earlier run of this file wrote are the file's own rows, not a conflict.
    const mine = new Set(plans.map(idOf));
    const histories = new Map<
      string,
      { id: string; validFrom: string; validTo: string | null }[]
    >();
    for (const employeeId of new Set(plans.map((p) => p.employeeId))) histories.set(employeeId, []);
    // The stored histories of the file's people, a few hundred people a query (in validFrom
    // order), rather than a query per person.
    const people = [...histories.keys()];
    for (let i = 0; i < people.length; i += HISTORY_CHUNK) {
      for (const stored of await this.placements.historiesOf(
        scope,
        people.slice(i, i + HISTORY_CHUNK),
      )) {
        if (!mine.has(stored.id)) histories.get(stored.employeeId)?.push(stored);
      }
    }
    errors.push(...checkPlacementOverlaps(plans, histories));
    if (errors.length > 0) throw new ImportRejectedError(errors);
    if (!dryRun) {
      const ordered = [...plans].sort(
        (a, b) =>
          a.employeeId.localeCompare(b.employeeId) || a.validFrom.localeCompare(b.validFrom),
      );
      for (const p of ordered) {
        await this.placements.place(caller.actor, caller.agencyId, catalog.get(p.positionId)!, p, {
          id: idOf(p),
          source: 'IMPORT',
        });
      }
    }
    return { kind: 'PLACEMENTS', dryRun, rows: rows.length, written: dryRun ? 0 : plans.length };
  }

  async importPotentials(
    caller: RequestScope,
    csv: string,
    dryRun: boolean,
  ): Promise<ImportResult> {
    const rows = this.read(csv, POTENTIAL_COLUMNS);
    const { plans, errors } = planPotentials(rows);
    if (errors.length > 0) throw new ImportRejectedError(errors);
    const result = { kind: 'POTENTIAL_ASSESSMENTS' as const, dryRun, rows: rows.length };
    if (dryRun) return { ...result, written: 0 };
    // A person's rows in date order (then file order): their 9-box history as it happened.
    const ordered = [...plans].sort(
      (a, b) => a.assessedOn.localeCompare(b.assessedOn) || a.line - b.line,
    );
    const written = await this.talent.recordPotentials(
      caller.agencyId,
      ordered.map((p) => ({
        employeeId: p.employeeId,
        note: p.note,
        potential: {
          assessmentId: potentialAssessmentId(caller.agencyId, p),
          score: p.score,
          scale: p.scale,
          source: p.source,
          assessedOn: p.assessedOn,
        },
      })),
    );
    return { ...result, written, alreadyRecorded: plans.length - written };
  }

  private read(csv: string, columns: readonly ColumnSpec[]): readonly CsvRow[] {
    const table = readCsv(csv, columns, MAX_ROWS);
    if (!table.ok) throw new ImportRejectedError(table.errors);
    if (table.rows.length === 0) {
      throw new ImportRejectedError([
        rowError(2, '*', 'The file has no data rows.', 'Berkas tidak memiliki baris data.'),
      ]);
    }
    return table.rows;
  }
}
