import { Injectable } from '@nestjs/common';
import { NATIONAL_COMPETENCIES } from '@jenjang/contracts';
import { ImportRejectedError, readCsv, rowError } from '@jenjang/csv';
import type { RequestScope } from '@jenjang/platform';
import { ProgramRepository, SessionRepository } from '../catalog/catalog.repository';
import type { Program } from '../catalog/domain/program';
import { CATALOG_COLUMNS } from './domain/catalog-columns';
import { planCatalog, type ProgramPlan, type SessionPlan } from './domain/catalog-rows';

export const MAX_ROWS = 5_000;
const NAMES = new Map<string, string>(NATIONAL_COMPETENCIES.map((c) => [c.code, c.name]));

export interface CatalogImportResult {
  dryRun: boolean;
  rows: number;
  programs: { created: number; updated: number };
  sessions: { created: number; updated: number };
}

/**
 * Imports programs and their sessions from CSV. All or nothing: every row is checked (cells,
 * rows of one program agreeing, prerequisites, province-wide programs, seats already taken)
 * before anything is written; then each program and session is an upsert by its deterministic
 * id (`<agencyId>.<code>`, `<programId>.<session code>`), so importing the same file again
 * changes nothing and an interrupted import completes when the file is sent again.
 */
@Injectable()
export class CatalogImportService {
  constructor(
    private readonly programs: ProgramRepository,
    private readonly sessions: SessionRepository,
  ) {}

  async importCatalog(
    caller: RequestScope,
    csv: string,
    dryRun: boolean,
  ): Promise<CatalogImportResult> {
    const table = readCsv(csv, CATALOG_COLUMNS, MAX_ROWS);
    if (!table.ok) throw new ImportRejectedError(table.errors);
    const plan = planCatalog(table.rows);
    const errors = [...plan.errors];
    const idOf = (code: string) => `${caller.agencyId}.${code}`;
    const open = new Map(
      (await this.programs.listOpenTo(caller.agencyId, false)).map((x) => [x.id, x]),
    );
    const inFile = new Set(plan.programs.map((x) => idOf(x.code)));
    const existingSessions = new Map(
      (await this.sessions.ofPrograms([...inFile])).map((s) => [s.id, s]),
    );
    const provinceAdmin = caller.has('ADMIN_PROVINSI');
    const programs: Program[] = [];
    for (const x of plan.programs) {
      if (x.availability === 'PROVINCE' && !provinceAdmin) {
        errors.push(
          rowError(
            x.line,
            'ketersediaan',
            'Only the province BKD (ADMIN_PROVINSI) may publish a province-wide program.',
            'Hanya BKD provinsi (ADMIN_PROVINSI) yang dapat menerbitkan program untuk seluruh provinsi.',
          ),
        );
      }
      const prerequisites = x.prerequisites.map((r) => (r.includes('.') ? r : idOf(r)));
      for (const r of prerequisites) {
        if (r === idOf(x.code) || !(inFile.has(r) || open.has(r))) {
          errors.push(
            rowError(
              x.line,
              'prasyarat',
              `Prerequisite ${r} is not a program open to your agency (nor in this file).`,
              `Prasyarat ${r} bukan program yang terbuka bagi instansi Anda (dan tidak ada di berkas ini).`,
            ),
          );
        }
      }
      programs.push(this.toProgram(caller.agencyId, x, prerequisites));
    }
    for (const s of plan.sessions) {
      const held = existingSessions.get(`${idOf(s.programCode)}.${s.code}`)?.seatsTaken ?? 0;
      if (s.capacity < held) {
        errors.push(
          rowError(
            s.line,
            'kapasitas',
            `${held} seats of this session are already taken; capacity cannot be less.`,
            `${held} kursi angkatan ini sudah terisi; kapasitas tidak boleh kurang dari itu.`,
          ),
        );
      }
    }
    if (errors.length > 0) {
      throw new ImportRejectedError(errors.sort((a, b) => a.line - b.line));
    }
    const result: CatalogImportResult = {
      dryRun,
      rows: table.rows.length,
      programs: { created: 0, updated: 0 },
      sessions: { created: 0, updated: 0 },
    };
    for (const x of programs) result.programs[open.has(x.id) ? 'updated' : 'created'] += 1;
    for (const s of plan.sessions) {
      const id = `${idOf(s.programCode)}.${s.code}`;
      result.sessions[existingSessions.has(id) ? 'updated' : 'created'] += 1;
    }
    if (dryRun) return result;
    const scope = caller.agency;
    const now = new Date();
    for (const x of programs) await this.programs.save(scope, x, now);
    for (const s of plan.sessions)
      await this.sessions.save(scope, this.toSession(caller.agencyId, s), now);
    return result;
  }

  private toProgram(agencyId: string, x: ProgramPlan, prerequisites: string[]): Program {
    return {
      id: `${agencyId}.${x.code}`,
      agencyId,
      title: x.title,
      description: x.description,
      form: x.form,
      provider: x.provider,
      jp: x.jp,
      competencies: x.competencies,
      competencyNames: Object.fromEntries(
        x.competencies.flatMap((c) => {
          const name = NAMES.get(c.competencyCode);
          return name ? [[c.competencyCode, name]] : [];
        }),
      ),
      berakhlakValues: x.berakhlakValues,
      prerequisites,
      availability: x.availability,
      selfPaced: x.selfPaced,
      leadershipLevel: x.leadershipLevel,
      active: x.active,
    };
  }

  private toSession(agencyId: string, s: SessionPlan) {
    const programId = `${agencyId}.${s.programCode}`;
    return {
      id: `${programId}.${s.code}`,
      programId,
      agencyId,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      capacity: s.capacity,
      location: s.location,
      link: s.link,
    };
  }
}
