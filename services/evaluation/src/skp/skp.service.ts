import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { superiorsOf } from '@jenjang/auth';
import { SKP_STATUS_LABELS, skpApprovedV1 } from '@jenjang/contracts';
import { DomainError } from '@jenjang/domain-kernel';
import { sourceOf, stageEvent } from '@jenjang/messaging';
import { OrgChartRepository, type RequestScope } from '@jenjang/platform';
import {
  auditEntry,
  DuplicateKeyError,
  NotFoundError,
  type AuditEntry,
  type NewAggregate,
} from '@jenjang/persistence';
import { userActor } from '../shared/domain/actor';
import { readsAll } from '../shared/reads-all';
import {
  isSkpEditable,
  SkpActorNotAllowedError,
  transitionSkp,
  type SkpAction,
  type SkpStatus,
} from './domain/skp-status';
import { assignSkp, type SkpAssignment } from './domain/skp-assignment';
import { completePerilaku, InvalidSkpContentError, skpContentErrors } from './domain/skp-content';
import type { CreateSkpDto, SkpContentDto } from './dto/skp-input.dto';
import type { Skp } from './skp.mapper';
import { SkpRepository, type SkpQuery } from './skp.repository';
import type { HasilKerjaDoc, PerilakuDoc, SkpDoc } from './skp.schema';

export class SkpAlreadyExistsError extends DomainError {
  readonly code = 'SKP_ALREADY_EXISTS';
  constructor(year: number) {
    super(
      {
        en: `You already have an SKP for ${year}; edit or revise that one.`,
        id: `Anda sudah memiliki SKP tahun ${year}; ubah atau revisi SKP tersebut.`,
      },
      { status: 409, field: 'year' },
    );
  }
}

export class SkpNotEditableError extends DomainError {
  readonly code = 'SKP_NOT_EDITABLE';
  constructor(status: SkpStatus) {
    super(
      {
        en: `This SKP ${SKP_STATUS_LABELS[status].en}, so it cannot be edited; only a draft or a returned SKP can.`,
        id: `SKP ini ${SKP_STATUS_LABELS[status].id} sehingga tidak dapat diubah; hanya SKP draf atau yang dikembalikan yang dapat diubah.`,
      },
      { status: 409, field: 'status' },
    );
  }
}

function audit(
  caller: RequestScope,
  action: string,
  before?: unknown,
  after?: unknown,
): AuditEntry {
  return auditEntry(caller.actor, `skp.${action.toLowerCase()}`, { before, after });
}

function content(dto: SkpContentDto, employeeId: string, assignment: SkpAssignment) {
  const errors = skpContentErrors({ ...dto, penilaiId: assignment.penilaiId }, employeeId);
  if (errors.length > 0) throw new InvalidSkpContentError(errors);
  const perilaku: PerilakuDoc[] = completePerilaku(dto.perilaku);
  const hasilKerja: HasilKerjaDoc[] = dto.hasilKerja.map((h) => ({
    id: randomUUID(),
    kind: h.kind,
    description: h.description,
    indicators: h.indicators.map((i) => ({
      id: randomUUID(),
      description: i.description,
      target: i.target,
    })),
  }));
  return {
    unitId: assignment.unitId,
    position: { ...assignment.position } as SkpDoc['position'],
    penilaiId: assignment.penilaiId,
    atasanPenilaiId: assignment.atasanPenilaiId,
    hasilKerja,
    perilaku,
  };
}

@Injectable()
export class SkpService {
  constructor(
    private readonly skps: SkpRepository,
    private readonly chart: OrgChartRepository,
  ) {}

  /** Unit, position, penilai and atasan penilai from today's org chart of the caller's agency. */
  private async assignment(caller: RequestScope, employeeId: string, dto: SkpContentDto) {
    return assignSkp(await superiorsOf(this.chart, caller.agencyId, employeeId), dto);
  }

  async create(caller: RequestScope, dto: CreateSkpDto): Promise<Skp> {
    const actor = userActor(caller.self());
    const assignment = await this.assignment(caller, actor.pegawaiId, dto);
    const now = new Date();
    const doc: NewAggregate<SkpDoc> = {
      _id: randomUUID(),
      employeeId: actor.pegawaiId,
      year: dto.year,
      ...content(dto, actor.pegawaiId, assignment),
      status: 'DRAFT',
      returnReason: null,
      approvedAt: null,
      revision: 1,
      createdAt: now,
      updatedAt: now,
      audit: [audit(caller, 'CREATE')],
    };
    try {
      return await this.skps.create(caller.agency, doc);
    } catch (error) {
      if (error instanceof DuplicateKeyError) throw new SkpAlreadyExistsError(dto.year);
      throw error;
    }
  }

  /** Readable by its pegawai, penilai and atasan penilai, and by admins and analysts. */
  async get(caller: RequestScope, id: string): Promise<Skp> {
    const skp = await this.skps.byId(caller.reach, id);
    if (!skp || !canRead(caller, skp)) throw new NotFoundError('SKP', id);
    return skp;
  }

  async history(caller: RequestScope, id: string): Promise<AuditEntry[]> {
    await this.get(caller, id);
    return this.skps.auditOf(caller.reach, id);
  }

  list(caller: RequestScope, query: SkpQuery): Promise<Skp[]> {
    if (readsAll(caller)) return this.skps.list(caller.reach, query, 500);
    return this.skps.listInvolving(caller.agency, caller.self(), query, 500);
  }

  async update(
    caller: RequestScope,
    id: string,
    dto: SkpContentDto & { revision: number },
  ): Promise<Skp> {
    const skp = await this.get(caller, id);
    const actor = userActor(caller.self());
    if (skp.employeeId !== actor.pegawaiId) throw new SkpActorNotAllowedError('REVISE', 'PEGAWAI');
    // Editing a returned SKP is its revision: back to DRAFT in the same write.
    const status =
      skp.status === 'DIKEMBALIKAN'
        ? transitionSkp(snapshot(skp), { type: 'REVISE' }, actor).status
        : skp.status;
    if (!isSkpEditable(status)) throw new SkpNotEditableError(skp.status);
    // A revision after a transfer or a change of superior takes the chart as it is today.
    const assignment = await this.assignment(caller, skp.employeeId, dto);
    return this.skps.change(
      caller.agency,
      id,
      dto.revision,
      { set: { ...content(dto, skp.employeeId, assignment), status, returnReason: null } },
      audit(caller, 'UPDATE', { status: skp.status }, { status }),
    );
  }

  async act(caller: RequestScope, id: string, action: SkpAction, revision: number): Promise<Skp> {
    const skp = await this.get(caller, id);
    const result = transitionSkp(snapshot(skp), action, userActor(caller.self()));
    const now = new Date();
    const set: Partial<SkpDoc> = {
      status: result.status,
      returnReason: result.returnReason ?? null,
    };
    const events = [];
    if (action.type === 'APPROVE') {
      set.approvedAt = now;
      events.push(
        stageEvent(
          skpApprovedV1,
          {
            subject: skp.employeeId,
            agency: skp.agencyId,
            data: {
              skpId: skp.id,
              employeeId: skp.employeeId,
              agencyId: skp.agencyId,
              unitId: skp.unitId,
              year: skp.year,
              penilaiId: skp.penilaiId,
              approvedAt: now.toISOString(),
              hasilKerjaCount: {
                utama: skp.hasilKerja.filter((h) => h.kind === 'UTAMA').length,
                tambahan: skp.hasilKerja.filter((h) => h.kind === 'TAMBAHAN').length,
              },
            },
          },
          sourceOf('evaluation'),
        ),
      );
    }
    return this.skps.change(
      caller.agency,
      id,
      revision,
      { set },
      audit(caller, action.type, { status: skp.status }, { status: result.status }),
      events,
    );
  }
}

/** Readable by its pegawai, penilai and atasan penilai, and by those who read all. */
function canRead(caller: RequestScope, skp: Skp): boolean {
  if (readsAll(caller)) return true;
  const me = caller.employeeId;
  return me !== undefined && [skp.employeeId, skp.penilaiId, skp.atasanPenilaiId].includes(me);
}

function snapshot(skp: Skp) {
  return { status: skp.status, pegawaiId: skp.employeeId, penilaiId: skp.penilaiId };
}
