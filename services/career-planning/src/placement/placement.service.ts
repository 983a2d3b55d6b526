import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EmploymentType } from '@jenjang/contracts';
import type { RequestScope } from '@jenjang/platform';
import {
  agencyScope,
  DuplicateKeyError,
  NotFoundError,
  type AgencyScope,
  type AuditActor,
  type NewAggregate,
} from '@jenjang/persistence';
import { PositionRepository, type Position } from '../position/position.repository';
import { audit } from '../shared/audit';
import { ConflictError, InvalidCareerInputError } from '../shared/career-errors';
import { classifyMove } from '../shared/domain/career-move';
import { decidePlacement } from './domain/placement-period';
import { employeePlaced } from './placement-events';
import { PlacementRepository, type Placement, type PlacementQuery } from './placement.repository';
import type { PlacementDoc } from './placement.schema';

export const PLACEMENT = { en: 'Placement', id: 'Penempatan' };

export interface PlacementInput {
  employeeId: string;
  positionId: string;
  superiorEmployeeId?: string | null;
  validFrom: string;
  validTo?: string | null;
  decreeNumber?: string | null;
  /** PNS or PPPK; absent: as the person's previous placement in the agency said. */
  employmentType?: EmploymentType | null;
}

export interface PlaceOptions {
  /** Deterministic id (import, rotation): a re-run gives the same placement, not a second. */
  id?: string;
  source: PlacementDoc['source'];
}

export class PlacementOverlapError extends ConflictError {
  constructor(other: Placement) {
    super(
      'PLACEMENT_OVERLAP',
      `The employee already holds ${other.position.name} from ${other.validFrom} to ${other.validTo ?? 'now'}; placements may not overlap in time.`,
      `Pegawai ini sudah menduduki ${other.position.name} sejak ${other.validFrom} sampai ${other.validTo ?? 'sekarang'}; penempatan tidak boleh tumpang tindih.`,
      'validFrom',
    );
  }
}

const periodError = () =>
  new InvalidCareerInputError([
    {
      field: 'validTo',
      en: 'The placement cannot end before it starts.',
      id: 'Penempatan tidak dapat berakhir sebelum dimulai.',
    },
  ]);

@Injectable()
export class PlacementService {
  constructor(
    private readonly placements: PlacementRepository,
    private readonly positions: PositionRepository,
  ) {}

  async create(caller: RequestScope, input: PlacementInput): Promise<Placement> {
    const position = await this.positions.byPositionId(caller.agency, input.positionId);
    if (!position) {
      throw new InvalidCareerInputError([
        {
          field: 'positionId',
          en: `Position ${input.positionId} is not in your agency catalog.`,
          id: `Jabatan ${input.positionId} tidak ada dalam katalog instansi Anda.`,
        },
      ]);
    }
    return this.place(caller.actor, caller.agencyId, position, input, { source: 'API' });
  }

  /**
   * Records a placement in one agency (closing that agency's open one before it); shared by the
   * API and the import. Only the agency's own history is read and changed.
   */
  async place(
    by: AuditActor,
    agencyId: string,
    position: Position,
    input: PlacementInput,
    options: PlaceOptions,
  ): Promise<Placement> {
    const scope = agencyScope(agencyId);
    const id = options.id ?? randomUUID();
    const history = (await this.placements.historyOf(agencyId, input.employeeId)).filter(
      (p) => p.id !== id,
    );
    if (options.id) {
      const again = await this.placements.byId(scope, options.id);
      if (again) return again; // a re-run of the same import row or rotation
    }
    const next = { validFrom: input.validFrom, validTo: input.validTo ?? null };
    const decision = decidePlacement(history, next);
    if (decision.kind === 'INVALID_PERIOD') throw periodError();
    if (decision.kind === 'OVERLAP') {
      throw new PlacementOverlapError(history.find((p) => p.id === decision.with.id)!);
    }
    const before = history.filter((p) => p.validFrom < next.validFrom).at(-1) ?? null;
    const now = new Date();
    if (decision.closes) {
      const open = history.find((p) => p.id === decision.closes!.id)!;
      await this.end(by, scope, open, decision.closes.validTo);
    }
    const doc: NewAggregate<PlacementDoc> = {
      _id: id,
      employeeId: input.employeeId,
      unitId: position.unitId,
      position: {
        id: position.positionId,
        name: position.name,
        group: position.group,
        grade: position.grade,
      },
      superiorEmployeeId: input.superiorEmployeeId ?? null,
      validFrom: next.validFrom,
      validTo: next.validTo,
      move: classifyMove(before?.position ?? null, position),
      decreeNumber: input.decreeNumber ?? null,
      employmentType: input.employmentType ?? history.at(-1)?.employmentType ?? null,
      source: options.source,
      revision: 1,
      createdAt: now,
      updatedAt: now,
      audit: [audit(by, 'placement.create')],
    };
    try {
      const created = await this.placements.create(scope, doc, [
        employeePlaced({ ...doc, id, agencyId }, now),
      ]);
      return created;
    } catch (error) {
      if (error instanceof DuplicateKeyError) return (await this.placements.byId(scope, id))!;
      throw error;
    }
  }

  async endById(caller: RequestScope, id: string, validTo: string, revision: number) {
    const scope = caller.agency;
    const placement = await this.placements.byId(scope, id);
    if (!placement) throw new NotFoundError(PLACEMENT, id);
    if (placement.revision !== revision) {
      throw new ConflictError(
        'REVISION_CONFLICT',
        'The placement changed since you read it; reload it.',
        'Penempatan telah berubah sejak Anda membacanya; muat ulang.',
        'revision',
      );
    }
    if (validTo < placement.validFrom) throw periodError();
    return this.end(caller.actor, scope, placement, validTo);
  }

  private async end(by: AuditActor, scope: AgencyScope, p: Placement, validTo: string) {
    const now = new Date();
    const event = employeePlaced({ ...p, validTo, revision: p.revision + 1 }, now);
    const ended = await this.placements.change(
      scope,
      p.id,
      p.revision,
      { set: { validTo } },
      audit(by, 'placement.end', { validTo: p.validTo }, { validTo }),
      [event],
    );
    return ended;
  }

  list(caller: RequestScope, query: PlacementQuery): Promise<Placement[]> {
    const readsAll = caller.has('ADMIN_INSTANSI', 'ADMIN_PROVINSI', 'ANALIS');
    // A civil servant sees their own history and the placements of the people they supervise.
    if (!readsAll) {
      const me = caller.employeeId ?? '';
      if (query.employeeId !== me && query.superiorEmployeeId !== me) {
        return Promise.resolve([]);
      }
    }
    return this.placements.list(caller.reach, query);
  }

  /** The histories of these people in one agency (an import's check), in validFrom order. */
  historiesOf(scope: AgencyScope, employeeIds: string[]): Promise<Placement[]> {
    return this.placements.historiesOf(scope, employeeIds);
  }

  /** The placement held today (Asia/Jakarta day) in this agency, if any. */
  async currentOf(
    agencyId: string,
    employeeId: string,
    day = jakartaToday(),
  ): Promise<Placement | null> {
    const list = await this.placements.historyOf(agencyId, employeeId);
    return list.find((p) => p.validFrom <= day && (p.validTo === null || p.validTo >= day)) ?? null;
  }

  /** currentOf for many people at once (an import), by employee id: one query. */
  async currentOfMany(
    agencyId: string,
    employeeIds: readonly string[],
    day = jakartaToday(),
  ): Promise<Map<string, Placement>> {
    if (employeeIds.length === 0) return new Map();
    const held = await this.placements.heldOn(agencyId, employeeIds, day);
    return new Map(held.map((p) => [p.employeeId, p]));
  }
}

export function jakartaToday(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
