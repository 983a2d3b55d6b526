import { Injectable } from '@nestjs/common';
import { ImportRejectedError, readCsv } from '@jenjang/csv';
import type { RequestScope } from '@jenjang/platform';
import { DictionaryService } from '../dictionary/dictionary.service';
import { planStandards, STANDARD_COLUMNS } from './domain/standard-rows';
import { PositionStandardRepository } from './position-standard.repository';
import { PositionStandardService } from './position-standard.service';

const MAX_ROWS = 20_000;

export interface StandardImportResult {
  readonly dryRun: boolean;
  readonly rows: number;
  /** Positions whose standard the file sets. */
  readonly positions: number;
}

/** CSV import of position standards: every row checked first, all or nothing. */
@Injectable()
export class StandardImportService {
  constructor(
    private readonly standards: PositionStandardService,
    private readonly repository: PositionStandardRepository,
    private readonly dictionary: DictionaryService,
  ) {}

  async import(caller: RequestScope, csv: string, dryRun: boolean): Promise<StandardImportResult> {
    const table = readCsv(csv, STANDARD_COLUMNS, MAX_ROWS);
    if (!table.ok) throw new ImportRejectedError(table.errors);
    const ids = [...new Set(table.rows.map((r) => r.cells.jabatan_id ?? ''))].filter(Boolean);
    const owners = await Promise.all(
      ids.map(async (id) => [id, await this.repository.ownerOf(id)] as const),
    );
    const foreign = new Set(
      owners.filter(([, o]) => o !== null && o !== caller.agencyId).map(([id]) => id),
    );
    const { plans, errors } = planStandards(
      table.rows,
      await this.dictionary.knownCodes(caller.agency),
      foreign,
    );
    if (errors.length > 0) throw new ImportRejectedError(errors);
    if (!dryRun) {
      // Each standard is one document; a re-run of the same file adds no version (same content).
      for (const plan of plans) {
        await this.standards.write(caller, plan.positionId, plan);
      }
    }
    return { dryRun, rows: table.rows.length, positions: plans.length };
  }
}
