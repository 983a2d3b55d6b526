import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DomainError } from '@jenjang/domain-kernel';
import {
  agencyScope,
  DuplicateKeyError,
  type AgencyScope,
  type NewAggregate,
} from '@jenjang/persistence';
import type { RequestScope } from '@jenjang/platform';
import { toView } from '../appraisal/appraisal.mapper';
import { UnitStaffService } from '../appraisal/unit-staff.service';
import type { SkpDoc } from '../skp/skp.schema';
import type { ImportRecord } from './import.mapper';
import { ImportRepository } from './import.repository';
import type { ImportKind } from './import.schema';
import { ImportedRecordsRepository, type ImportedAppraisal } from './imported-records.repository';

export class ImportConflictError extends DomainError {
  readonly code = 'IMPORT_CONFLICT';
  constructor() {
    super(
      {
        en: 'While the file was being written, another change created one of its SKPs or appraisals. Nothing was imported; run a dry run to see which rows.',
        id: 'Saat berkas sedang ditulis, perubahan lain membuat salah satu SKP atau penilaiannya. Tidak ada data yang diimpor; jalankan uji coba (dryRun) untuk melihat barisnya.',
      },
      { status: 409 },
    );
  }
}

// Longer than any import of MAX_ROWS rows takes; after it, RUNNING means the writer died.
const STALE_AFTER_MS = 10 * 60_000;

export interface ImportBatch {
  kind: ImportKind;
  rows: number;
  skps: NewAggregate<SkpDoc>[];
  /** Each with its appraisal-finalized event, held until the import is DONE. */
  appraisals: ImportedAppraisal[];
}

/**
 * All or nothing without multi-document transactions: every document carries the import's id and
 * is inserted in order; on any failure everything with that id is deleted before answering.
 * The appraisals' events are held (an outbox lease owned by the import) until the import is DONE,
 * so a rolled-back import never published anything.
 */
@Injectable()
export class ImportWriterService implements OnApplicationBootstrap {
  private readonly logger = new Logger(ImportWriterService.name);

  constructor(
    private readonly imports: ImportRepository,
    private readonly records: ImportedRecordsRepository,
    private readonly staff: UnitStaffService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // A store hiccup at boot must not stop the service: the next import retries recovery.
    await this.recover().catch((error: unknown) =>
      this.logger.error(`import recovery failed: ${(error as Error).message}`),
    );
  }

  async write(caller: RequestScope, importId: string, batch: ImportBatch): Promise<ImportRecord> {
    await this.recover();
    const scope = caller.agency;
    const now = new Date();
    await this.imports.create(scope, {
      _id: importId,
      kind: batch.kind,
      status: 'RUNNING',
      rows: batch.rows,
      documents: batch.skps.length + batch.appraisals.length,
      events: batch.appraisals.reduce((n, a) => n + a.events.length, 0),
      by: caller.actor,
      startedAt: now,
      staleAfter: new Date(now.getTime() + STALE_AFTER_MS),
      finishedAt: null,
      eventsReleased: false,
      failure: null,
    });
    try {
      await this.records.insertSkps(scope, importId, batch.skps);
      await this.records.insertAppraisals(scope, importId, batch.appraisals);
      // Before DONE: a crash here leaves the import RUNNING, and its roll-back takes them out.
      await this.staff.record(
        batch.appraisals.map(({ doc }) => toView({ ...doc, agencyId: caller.agencyId })),
      );
    } catch (error) {
      const duplicate = error instanceof DuplicateKeyError;
      await this.rollBack(scope, importId, duplicate ? 'DUPLICATE' : 'WRITE_FAILED');
      if (duplicate) throw new ImportConflictError();
      throw error;
    }
    // DONE before the events go: a crash in between leaves DONE with held events, which
    // recovery releases; the other order could publish events of an import rolled back later.
    await this.imports.set(scope, importId, { status: 'DONE', finishedAt: new Date() });
    await this.release(
      scope,
      importId,
      batch.appraisals.map((a) => a.doc._id),
    );
    const record = await this.imports.byId(scope, importId);
    if (!record) throw new Error(`import ${importId} vanished`);
    return record;
  }

  /** Rolls back imports whose writer died, and lets go of events a crash kept held. */
  async recover(): Promise<void> {
    for (const stuck of await this.imports.unfinished(new Date())) {
      const scope = agencyScope(stuck.agencyId);
      if (stuck.status === 'RUNNING') await this.rollBack(scope, stuck.id, 'INTERRUPTED');
      else await this.release(scope, stuck.id);
    }
  }

  private async rollBack(scope: AgencyScope, importId: string, failure: string): Promise<void> {
    // If this fails too the import stays RUNNING and recovery retries it after staleAfter.
    const written = await this.records.appraisalsOf(scope, importId);
    const deleted = await this.records.deleteImport(scope, importId);
    await this.staff.forget(written);
    await this.imports.set(scope, importId, {
      status: 'ROLLED_BACK',
      finishedAt: new Date(),
      failure,
    });
    // Ids only: the rows hold personal data.
    this.logger.warn(`import ${importId} rolled back (${failure}): ${deleted} document(s) deleted`);
  }

  private async release(scope: AgencyScope, importId: string, ids?: string[]): Promise<void> {
    await this.records.releaseEvents(scope, importId, ids);
    await this.imports.set(scope, importId, { eventsReleased: true });
  }
}
