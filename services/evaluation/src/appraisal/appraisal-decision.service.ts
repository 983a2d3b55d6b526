import { Injectable } from '@nestjs/common';
import { todayInJakarta } from '@jenjang/auth';
import { OrgChartRepository, type RequestScope } from '@jenjang/platform';
import {
  auditEntry,
  NotFoundError,
  type AgencyScope,
  type AuditEntry,
  type OutboxEntry,
} from '@jenjang/persistence';
import { AgencySettingsService } from '../agency/agency-settings.service';
import {
  checkCurve,
  curveBounds,
  curveOutlook,
  curveUnitSize,
  CurveViolationError,
  headcountDay,
  type PredikatCurve,
} from '../agency/domain/curve';
import { userActor } from '../shared/domain/actor';
import { readsAll } from '../shared/reads-all';
import type { Predikat } from '../shared/domain/rating';
import { appraisalFinalized, predikatSet } from './appraisal-events';
import type { CurveOutlookDto } from './dto/curve-outlook.dto';
import { fromDomain, type toDomain, type AppraisalView } from './appraisal.mapper';
import { AppraisalRepository } from './appraisal.repository';
import { AppraisalQueryService, scopeOf, step } from './appraisal-query.service';
import type { AppraisalAction } from './domain/appraisal';
import {
  checkUnitHeadRating,
  headsUnit,
  OrganisationPredikatMissingError,
} from './domain/organisation-first';

/**
 * The predikat and what follows it: set against the unit's curve, accepted or objected to, the
 * objection decided, the appraisal finalized (by a person or by the scheduler).
 */
@Injectable()
export class AppraisalDecisionService {
  constructor(
    private readonly appraisals: AppraisalRepository,
    private readonly settings: AgencySettingsService,
    private readonly query: AppraisalQueryService,
    private readonly chart: OrgChartRepository,
  ) {}

  /** The predikat follows from the two ratings; the unit's curve must allow it. */
  async setPredikat(caller: RequestScope, id: string, revision: number) {
    const { a, skp } = await this.query.load(caller, id);
    const settings = await this.settings.settingsFor(a.agencyId);
    const next = step(
      a,
      skp,
      { type: 'SET_PREDIKAT' },
      userActor(caller.self()),
      settings.objectionWindowDays,
    );
    await this.assertCurve(a, next.predikat!, settings.curve);
    const view = { ...a, ...fromDomain(next) };
    return this.appraisals.change(
      caller.agency,
      id,
      revision,
      { set: fromDomain(next) },
      auditEntry(caller.actor, 'appraisal.predikat', { after: { predikat: next.predikat } }),
      [predikatSet(view)],
    );
  }

  /**
   * The unit's curve seen from one appraisal, for its penilai and atasan penilai (and admins):
   * the predikat already set in the unit, the bounds, and what each predikat would do if set now.
   * Nothing about who holds which predikat.
   */
  async curve(caller: RequestScope, id: string): Promise<CurveOutlookDto> {
    const a = await this.query.get(caller, id);
    const me = caller.employeeId;
    if (!readsAll(caller) && (me === undefined || ![a.penilaiId, a.atasanPenilaiId].includes(me)))
      throw new NotFoundError({ en: 'curve of the appraisal', id: 'kurva penilaian' }, id);
    const [{ curve }, unit] = await Promise.all([
      this.settings.settingsFor(a.agencyId),
      this.unitCurve(a),
    ]);
    const { organisation, counts, unitSize } = unit;
    return {
      appraisalId: a.id,
      unitId: a.unitId,
      organisationPredikat: organisation,
      unitSize,
      counts,
      bounds: organisation ? curveBounds(curve, organisation, unitSize) : [],
      outlook: organisation
        ? curveOutlook(curve, organisation, counts, unitSize).map(({ predikat, check }) => ({
            predikat,
            ok: check.ok,
            message: check.ok ? null : new CurveViolationError(check.violation).detail,
          }))
        : [],
    };
  }

  accept(caller: RequestScope, id: string, revision: number) {
    return this.transition(caller, id, revision, { type: 'ACCEPT' }, 'appraisal.accept');
  }

  object(caller: RequestScope, id: string, revision: number, reason: string) {
    return this.transition(caller, id, revision, { type: 'OBJECT', reason }, 'appraisal.object');
  }

  decideObjection(
    caller: RequestScope,
    id: string,
    revision: number,
    decision: Extract<AppraisalAction, { type: 'DECIDE_OBJECTION' }>,
  ) {
    return this.transition(caller, id, revision, decision, 'appraisal.decide');
  }

  finalize(caller: RequestScope, id: string, revision: number) {
    return this.transition(caller, id, revision, { type: 'FINALIZE' }, 'appraisal.finalize');
  }

  /** The scheduler's finalization once the objection window has closed. */
  async finalizeAsSystem(a: AppraisalView, now: Date): Promise<AppraisalView> {
    const skp = await this.query.skpOf(a);
    const next = step(a, skp, { type: 'FINALIZE' }, { kind: 'SYSTEM' }, 0, now);
    return this.persistFinal(
      scopeOf(a),
      a,
      next,
      a.revision,
      auditEntry({ subject: 'system:scheduler', roles: [] }, 'appraisal.finalize'),
    );
  }

  private async transition(
    caller: RequestScope,
    id: string,
    revision: number,
    action: AppraisalAction,
    name: string,
  ) {
    const { a, skp } = await this.query.load(caller, id);
    const next = step(a, skp, action, userActor(caller.self()), 0);
    if (action.type === 'DECIDE_OBJECTION' && next.predikat !== a.predikat)
      await this.assertCurve(
        a,
        next.predikat!,
        (await this.settings.settingsFor(a.agencyId)).curve,
      );
    const audit = auditEntry(caller.actor, name, {
      before: { status: a.status, predikat: a.predikat },
      after: { status: next.status, predikat: next.predikat },
    });
    return this.persistFinal(caller.agency, a, next, revision, audit);
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
    return this.appraisals.change(scope, a.id, revision, { set }, audit, events);
  }

  private async assertCurve(
    a: AppraisalView,
    predikat: Predikat,
    curve: PredikatCurve,
  ): Promise<void> {
    const { organisation, counts, unitSize, day } = await this.unitCurve(a);
    if (!organisation) throw new OrganisationPredikatMissingError(a.unitId, a.period.year);
    // A unit head's rating hasil kerja is the unit's result (PermenPANRB 6/2022).
    const own = await this.chart.placementOn(a.agencyId, a.employeeId, day);
    const superior = own?.superiorEmployeeId
      ? await this.chart.placementOn(a.agencyId, own.superiorEmployeeId, day)
      : null;
    if (headsUnit(a.unitId, own, superior) && a.ratingHasilKerja) {
      checkUnitHeadRating(organisation, a.ratingHasilKerja);
    }
    const check = checkCurve(curve, organisation, counts, { add: predikat }, unitSize);
    if (!check.ok) throw new CurveViolationError(check.violation);
  }

  /** The unit's organisation predikat, the predikat its other staff hold, and its size. */
  private async unitCurve(a: AppraisalView) {
    const organisation = await this.settings.organisationPredikat(
      a.agencyId,
      a.unitId,
      a.period.year,
    );
    const { unitSize: appraised, counts } = await this.appraisals.unitPeriod(
      scopeOf(a),
      a.unitId,
      a.period,
      a.id,
    );
    const day = headcountDay(a.period.endDate, todayInJakarta());
    // The unit's size is its headcount (placements), not the appraisals opened so far.
    const members = await this.chart.unitMembersOn(a.agencyId, a.unitId, day);
    return { organisation, counts, unitSize: curveUnitSize(members.length, appraised), day };
  }
}
