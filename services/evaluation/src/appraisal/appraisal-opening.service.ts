import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  auditEntry,
  DuplicateKeyError,
  NotFoundError,
  type NewAggregate,
} from '@jenjang/persistence';
import type { RequestScope } from '@jenjang/platform';
import { AgencySettingsService } from '../agency/agency-settings.service';
import { userActor } from '../shared/domain/actor';
import { SkpRepository } from '../skp/skp.repository';
import type { Skp } from '../skp/skp.mapper';
import { fromDomain, toDomain, type AppraisalView } from './appraisal.mapper';
import { AppraisalRepository } from './appraisal.repository';
import type { AppraisalDoc } from './appraisal.schema';
import { AppraisalQueryService } from './appraisal-query.service';
import {
  AppraisalAlreadyExistsError,
  PeriodKindNotUsedError,
  SkpNotApprovedError,
} from './domain/appraisal-errors';
import { startCorrection } from './domain/appraisal-status';
import { periodOf, type PeriodKind } from './domain/period';
import { UnitStaffService } from './unit-staff.service';

/** New appraisal documents: the one a pegawai opens for a period, and the correction of a final one. */
@Injectable()
export class AppraisalOpeningService {
  constructor(
    private readonly appraisals: AppraisalRepository,
    private readonly skps: SkpRepository,
    private readonly settings: AgencySettingsService,
    private readonly query: AppraisalQueryService,
    private readonly staff: UnitStaffService,
  ) {}

  /** The pegawai opens the appraisal of a period of their approved SKP. */
  async open(
    caller: RequestScope,
    skpId: string,
    kind: PeriodKind,
    index: number | null,
  ): Promise<AppraisalView> {
    const actor = userActor(caller.self());
    const scope = caller.agency;
    const skp = await this.skps.byId(scope, skpId);
    if (!skp || skp.employeeId !== actor.pegawaiId) throw new NotFoundError('SKP', skpId);
    const period = periodOf(kind, skp.year, index);
    const { periodKinds } = await this.settings.settingsFor(skp.agencyId);
    if (kind !== 'TAHUNAN' && !periodKinds.includes(kind)) throw new PeriodKindNotUsedError(kind);
    // Work is appraised against an approved plan only.
    if (skp.status !== 'DISETUJUI') throw new SkpNotApprovedError(skp.status);
    const draft = this.fresh(skp, period, new Date());
    return this.created(() =>
      this.appraisals.create(scope, {
        ...draft,
        audit: [auditEntry(caller.actor, 'appraisal.open')],
      }),
    );
  }

  /** A correction of a final appraisal: a new linked version; the final one never changes. */
  async correct(caller: RequestScope, id: string, reason: string): Promise<AppraisalView> {
    const { a } = await this.query.load(caller, id);
    const actor = userActor(caller.self());
    const next = startCorrection(toDomain(a), { id: randomUUID(), reason }, actor);
    const now = new Date();
    const { _id: _ignored, ...base } = this.fresh(await this.query.skpOf(a), a.period, now);
    return this.created(() =>
      this.appraisals.create(caller.agency, {
        ...base,
        _id: next.id,
        unitId: a.unitId,
        position: a.position,
        ...fromDomain(next),
        version: next.version,
        correctionOf: a.id,
        correctionReason: next.correctionReason ?? null,
        realisasi: a.realisasi,
        feedback: a.feedback,
        perilaku: a.perilaku,
        audit: [
          auditEntry(caller.actor, 'appraisal.correction', { after: { correctionOf: a.id } }),
        ],
      }),
    );
  }

  /**
   * A new appraisal joins its unit's staff for the period (a correction takes the place of the
   * version it corrects there, and its predikat leaves the curve until set again).
   */
  private async created(create: () => Promise<AppraisalView>): Promise<AppraisalView> {
    let a: AppraisalView;
    try {
      a = await create();
    } catch (error) {
      if (error instanceof DuplicateKeyError) throw new AppraisalAlreadyExistsError();
      throw error;
    }
    await this.staff.record([a]);
    return a;
  }

  private fresh(
    skp: Skp,
    period: ReturnType<typeof periodOf>,
    now: Date,
  ): Omit<NewAggregate<AppraisalDoc>, 'audit'> {
    return {
      _id: randomUUID(),
      unitId: skp.unitId,
      employeeId: skp.employeeId,
      skpId: skp.id,
      position: skp.position,
      period,
      penilaiId: skp.penilaiId,
      atasanPenilaiId: skp.atasanPenilaiId ?? skp.penilaiId,
      status: 'REALISASI_DIISI',
      version: 1,
      correctionOf: null,
      correctionReason: null,
      realisasi: [],
      feedback: [],
      ratingHasilKerja: null,
      ratingPerilakuKerja: null,
      perilaku: skp.perilaku.map((p) => ({ value: p.value })),
      ratedAt: null,
      predikat: null,
      predikatSetAt: null,
      objectionDeadline: null,
      keberatan: null,
      finalizedAt: null,
      revision: 1,
      createdAt: now,
      updatedAt: now,
    };
  }
}
