import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Principal } from '@jenjang/auth';
import { DomainError } from '@jenjang/domain-kernel';
import { OutboxRelay } from '@jenjang/messaging';
import {
  agencyScope,
  auditEntry,
  NotFoundError,
  type AgencyScope,
  type AuditEntry,
  type OutboxEntry,
} from '@jenjang/persistence';
import { AgencySettingsService } from '../agency/agency-settings.service';
import { checkCurve, CurveViolationError, type PredikatCurve } from '../agency/domain/curve';
import { actorOf, readScope, readsAll, writeScope } from '../shared/caller';
import type { Actor } from '../shared/domain/actor';
import { SkpRepository } from '../skp/skp.repository';
import type { Skp } from '../skp/skp.mapper';
import { appraisalFinalized, feedbackGiven, predikatSet } from './appraisal-events';
import { fromDomain, toDomain, type AppraisalView } from './appraisal.mapper';
import { AppraisalRepository, type AppraisalQuery } from './appraisal.repository';
import type {
  AppraisalDoc,
  FeedbackAbout,
  PerilakuRatingDoc,
  RealisasiDoc,
} from './appraisal.schema';
import type { AppraisalAction } from './domain/appraisal';
import { SkpNotApprovedError } from './domain/appraisal-errors';
import { applyAppraisalAction, startCorrection } from './domain/appraisal-status';
import { OrganisationPredikatMissingError } from './domain/organisation-first';
import { periodOf, type PeriodKind } from './domain/period';
import type { Predikat, Rating } from '../shared/domain/rating';

export class PeriodKindNotUsedError extends DomainError {
  readonly code = 'PERIOD_KIND_NOT_USED';
  constructor(kind: PeriodKind) {
    super(
      {
        en: `Your agency does not appraise in ${kind} periods.`,
        id: `Instansi Anda tidak menggunakan periode penilaian ${kind}.`,
      },
      { status: 422, field: 'period.kind' },
    );
  }
}

export class AppraisalAlreadyExistsError extends DomainError {
  readonly code = 'APPRAISAL_ALREADY_EXISTS';
  constructor() {
    super(
      {
        en: 'An appraisal of this period already exists for you.',
        id: 'Penilaian untuk periode ini sudah ada.',
      },
      { status: 409, field: 'period' },
    );
  }
}

export class UnknownIndicatorError extends DomainError {
  readonly code = 'INDICATOR_UNKNOWN';
  constructor(field: string) {
    super(
      {
        en: 'This indicator is not part of the SKP the appraisal follows.',
        id: 'Indikator ini tidak termasuk dalam SKP yang menjadi dasar penilaian.',
      },
      { status: 422, field },
    );
  }
}

const DUPLICATE_KEY = 11000;

export interface RealisasiInput {
  indicatorId: string;
  value: string;
  evidenceLinks?: string[];
}

@Injectable()
export class AppraisalService {
  constructor(
    private readonly appraisals: AppraisalRepository,
    private readonly skps: SkpRepository,
    private readonly settings: AgencySettingsService,
    private readonly relay: OutboxRelay,
  ) {}

  /** The pegawai opens the appraisal of a period of their approved SKP. */
  async open(
    principal: Principal,
    skpId: string,
    kind: PeriodKind,
    index: number | null,
  ): Promise<AppraisalView> {
    const actor = actorOf(principal);
    const scope = writeScope(principal);
    const skp = await this.skps.byId(scope, skpId);
    if (!skp || skp.employeeId !== actor.pegawaiId) throw new NotFoundError('SKP', skpId);
    const period = periodOf(kind, skp.year, index);
    const { periodKinds } = await this.settings.settingsFor(skp.agencyId);
    if (kind !== 'TAHUNAN' && !periodKinds.includes(kind)) throw new PeriodKindNotUsedError(kind);
    // Work is appraised against an approved plan only.
    if (skp.status !== 'DISETUJUI') throw new SkpNotApprovedError(skp.status);
    const draft = this.fresh(skp, period, new Date());
    try {
      return await this.appraisals.create(scope, {
        ...draft,
        audit: [auditEntry(principal, 'appraisal.open')],
      });
    } catch (error) {
      if ((error as { code?: number }).code === DUPLICATE_KEY)
        throw new AppraisalAlreadyExistsError();
      throw error;
    }
  }

  async get(principal: Principal, id: string): Promise<AppraisalView> {
    const a = await this.appraisals.byId(readScope(principal), id);
    if (!a || !this.canRead(principal, a))
      throw new NotFoundError({ en: 'appraisal', id: 'penilaian' }, id);
    return a;
  }

  async history(principal: Principal, id: string): Promise<AuditEntry[]> {
    await this.get(principal, id);
    return this.appraisals.auditOf(readScope(principal), id);
  }

  list(principal: Principal, query: AppraisalQuery): Promise<AppraisalView[]> {
    if (readsAll(principal)) return this.appraisals.list(readScope(principal), query);
    return this.appraisals.list(writeScope(principal), query, actorOf(principal).pegawaiId);
  }

  async recordRealisasi(
    principal: Principal,
    id: string,
    revision: number,
    entries: RealisasiInput[],
  ) {
    const { a, skp } = await this.load(principal, id);
    const actor = actorOf(principal);
    const next = this.apply(a, skp, { type: 'RECORD_REALISASI' }, actor, 0);
    const indicators = new Map(
      skp.hasilKerja.flatMap((h) => h.indicators.map((i) => [i.id, h.id] as const)),
    );
    const now = new Date();
    const byIndicator = new Map(a.realisasi.map((r) => [r.indicatorId, r]));
    entries.forEach((e, i) => {
      const hasilKerjaId = indicators.get(e.indicatorId);
      if (!hasilKerjaId) throw new UnknownIndicatorError(`entries[${i}].indicatorId`);
      byIndicator.set(e.indicatorId, {
        indicatorId: e.indicatorId,
        hasilKerjaId,
        value: e.value,
        evidenceLinks: e.evidenceLinks ?? [],
        recordedAt: now,
      } satisfies RealisasiDoc);
    });
    return this.appraisals.change(
      writeScope(principal),
      id,
      revision,
      { set: { ...fromDomain(next), realisasi: [...byIndicator.values()] } },
      auditEntry(principal, 'appraisal.realisasi', {
        after: { indicators: entries.map((e) => e.indicatorId) },
      }),
    );
  }

  async giveFeedback(
    principal: Principal,
    id: string,
    revision: number,
    about: FeedbackAbout,
    text: string,
  ) {
    const { a, skp } = await this.load(principal, id);
    const actor = actorOf(principal);
    const next = this.apply(a, skp, { type: 'GIVE_FEEDBACK' }, actor, 0);
    if (about.kind === 'HASIL_KERJA' && !skp.hasilKerja.some((h) => h.id === about.hasilKerjaId)) {
      throw new UnknownIndicatorError('about.hasilKerjaId');
    }
    const feedback = {
      id: randomUUID(),
      about,
      text,
      penilaiId: actor.pegawaiId,
      givenAt: new Date(),
    };
    const saved = await this.appraisals.change(
      writeScope(principal),
      id,
      revision,
      { set: fromDomain(next), push: { feedback } },
      auditEntry(principal, 'appraisal.feedback', { after: { about } }),
      [feedbackGiven(a, feedback)],
    );
    this.relay.wake();
    return saved;
  }

  async rate(
    principal: Principal,
    id: string,
    revision: number,
    ratings: { hasilKerja: Rating; perilakuKerja: Rating; perilaku?: PerilakuRatingDoc[] },
  ) {
    const { a, skp } = await this.load(principal, id);
    const next = this.apply(
      a,
      skp,
      { type: 'RATE', hasilKerja: ratings.hasilKerja, perilakuKerja: ratings.perilakuKerja },
      actorOf(principal),
      0,
    );
    return this.appraisals.change(
      writeScope(principal),
      id,
      revision,
      { set: { ...fromDomain(next), perilaku: ratings.perilaku ?? a.perilaku } },
      auditEntry(principal, 'appraisal.rate', {
        before: { hasilKerja: a.ratingHasilKerja, perilakuKerja: a.ratingPerilakuKerja },
        after: { hasilKerja: ratings.hasilKerja, perilakuKerja: ratings.perilakuKerja },
      }),
    );
  }

  /** The predikat follows from the two ratings; the unit's curve must allow it. */
  async setPredikat(principal: Principal, id: string, revision: number) {
    const { a, skp } = await this.load(principal, id);
    const settings = await this.settings.settingsFor(a.agencyId);
    const next = this.apply(
      a,
      skp,
      { type: 'SET_PREDIKAT' },
      actorOf(principal),
      settings.objectionWindowDays,
    );
    await this.assertCurve(a, next.predikat!, settings.curve);
    const view = { ...a, ...fromDomain(next) };
    const saved = await this.appraisals.change(
      writeScope(principal),
      id,
      revision,
      { set: fromDomain(next) },
      auditEntry(principal, 'appraisal.predikat', { after: { predikat: next.predikat } }),
      [predikatSet(view)],
    );
    this.relay.wake();
    return saved;
  }

  accept(principal: Principal, id: string, revision: number) {
    return this.transition(principal, id, revision, { type: 'ACCEPT' }, 'appraisal.accept');
  }

  object(principal: Principal, id: string, revision: number, reason: string) {
    return this.transition(principal, id, revision, { type: 'OBJECT', reason }, 'appraisal.object');
  }

  decideObjection(
    principal: Principal,
    id: string,
    revision: number,
    decision: Extract<AppraisalAction, { type: 'DECIDE_OBJECTION' }>,
  ) {
    return this.transition(principal, id, revision, decision, 'appraisal.decide');
  }

  finalize(principal: Principal, id: string, revision: number) {
    return this.transition(principal, id, revision, { type: 'FINALIZE' }, 'appraisal.finalize');
  }

  /** The scheduler's finalization once the objection window has closed. */
  async finalizeAsSystem(a: AppraisalView, now: Date): Promise<AppraisalView> {
    const skp = await this.skpOf(a);
    const next = this.apply(a, skp, { type: 'FINALIZE' }, { kind: 'SYSTEM' }, 0, now);
    return this.persistFinal(
      writeScopeOf(a),
      a,
      next,
      a.revision,
      auditEntry({ subject: 'system:scheduler', roles: [] }, 'appraisal.finalize'),
    );
  }

  /** A correction of a final appraisal: a new linked version; the final one never changes. */
  async correct(principal: Principal, id: string, reason: string): Promise<AppraisalView> {
    const { a } = await this.load(principal, id);
    const next = startCorrection(toDomain(a), { id: randomUUID(), reason }, actorOf(principal));
    const now = new Date();
    const { _id: _ignored, ...base } = this.fresh(await this.skpOf(a), a.period, now);
    try {
      return await this.appraisals.create(writeScope(principal), {
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
        audit: [auditEntry(principal, 'appraisal.correction', { after: { correctionOf: a.id } })],
      });
    } catch (error) {
      if ((error as { code?: number }).code === DUPLICATE_KEY)
        throw new AppraisalAlreadyExistsError();
      throw error;
    }
  }

  private async transition(
    principal: Principal,
    id: string,
    revision: number,
    action: AppraisalAction,
    name: string,
  ) {
    const { a, skp } = await this.load(principal, id);
    const next = this.apply(a, skp, action, actorOf(principal), 0);
    if (action.type === 'DECIDE_OBJECTION' && next.predikat !== a.predikat)
      await this.assertCurve(
        a,
        next.predikat!,
        (await this.settings.settingsFor(a.agencyId)).curve,
      );
    const audit = auditEntry(principal, name, {
      before: { status: a.status, predikat: a.predikat },
      after: { status: next.status, predikat: next.predikat },
    });
    return this.persistFinal(writeScope(principal), a, next, revision, audit);
  }

  /** Writes the change; a change that makes the appraisal FINAL carries appraisal-finalized. */
  private async persistFinal(
    scope: AgencyScope,
    a: AppraisalView,
    next: ReturnType<typeof toDomain>,
    revision: number,
    audit: AuditEntry,
  ) {
    const set = fromDomain(next);
    const events: OutboxEntry[] =
      next.status === 'FINAL' ? [appraisalFinalized({ ...a, ...set })] : [];
    const saved = await this.appraisals.change(scope, a.id, revision, { set }, audit, events);
    if (events.length > 0) this.relay.wake();
    return saved;
  }

  private apply(
    a: AppraisalView,
    skp: Skp,
    action: AppraisalAction,
    actor: Actor,
    objectionWindowDays: number,
    now = new Date(),
  ) {
    return applyAppraisalAction(toDomain(a), action, actor, {
      now,
      objectionWindowDays,
      skpStatus: skp.status,
    });
  }

  private async assertCurve(
    a: AppraisalView,
    predikat: Predikat,
    curve: PredikatCurve,
  ): Promise<void> {
    const organisation = await this.settings.organisationPredikat(
      a.agencyId,
      a.unitId,
      a.period.year,
    );
    if (!organisation) throw new OrganisationPredikatMissingError(a.unitId, a.period.year);
    const { unitSize, counts } = await this.appraisals.unitPeriod(
      writeScopeOf(a),
      a.unitId,
      a.period,
      a.id,
    );
    const check = checkCurve(curve, organisation, counts, { add: predikat }, unitSize);
    if (!check.ok) throw new CurveViolationError(check.violation);
  }

  private async load(principal: Principal, id: string): Promise<{ a: AppraisalView; skp: Skp }> {
    const a = await this.get(principal, id);
    return { a, skp: await this.skpOf(a) };
  }

  private async skpOf(a: AppraisalView): Promise<Skp> {
    const skp = await this.skps.byId(writeScopeOf(a), a.skpId);
    if (!skp) throw new NotFoundError('SKP', a.skpId);
    return skp;
  }

  private fresh(
    skp: Skp,
    period: ReturnType<typeof periodOf>,
    now: Date,
  ): Omit<AppraisalDoc, 'agencyId' | 'audit'> {
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
      outbox: [],
      outboxLease: null,
    };
  }

  private canRead(principal: Principal, a: AppraisalView): boolean {
    if (readsAll(principal)) return true;
    const me = principal.employeeId;
    return me !== undefined && [a.employeeId, a.penilaiId, a.atasanPenilaiId].includes(me);
  }
}

function writeScopeOf(a: AppraisalView): AgencyScope {
  return agencyScope(a.agencyId);
}
