import { Injectable } from '@nestjs/common';
import type { RequestScope } from '@jenjang/platform';
import { ImportRejectedError } from '@jenjang/csv';
import { unknownRecipient } from './domain/recipient';
import { readRecipientRows } from './domain/recipient-rows';
import { RecipientRepository } from './recipient.repository';

export interface RecipientImportResult {
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
}

/**
 * All or nothing: any bad row rejects the file. Each row then replaces contacts, language and
 * teams of one entry and keeps the person's own preferences; running the file again changes nothing.
 */
@Injectable()
export class RecipientImportService {
  constructor(private readonly recipients: RecipientRepository) {}

  async import(caller: RequestScope, csv: string, dryRun: boolean): Promise<RecipientImportResult> {
    const { agency: scope, agencyId } = caller;
    const read = readRecipientRows(csv);
    if (!read.ok) throw new ImportRejectedError(read.errors);
    let created = 0;
    let updated = 0;
    for (const row of read.rows) {
      const found = await this.recipients.get(scope, agencyId, row.employeeId);
      if (found) updated += 1;
      else created += 1;
      if (dryRun) continue;
      const base = found ?? unknownRecipient(agencyId, row.employeeId);
      const { agencyId: _a, employeeId: _e, ...kept } = base;
      await this.recipients.save(
        scope,
        agencyId,
        row.employeeId,
        {
          ...kept,
          name: row.name ?? base.name ?? null,
          email: row.email,
          phone: row.phone,
          language: row.language ?? base.language,
          unitId: row.unitId ?? base.unitId,
          teams: row.teams ?? base.teams,
          timeZone: row.timeZone ?? base.timeZone,
        },
        'IMPORT',
      );
    }
    return { dryRun, rows: read.rows.length, created, updated };
  }
}
