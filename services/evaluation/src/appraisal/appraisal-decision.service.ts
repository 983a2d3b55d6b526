import { Injectable, Logger } from '@nestjs/common';
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
import { appraisalFinalized, predikatSet } from './appraisal-events';
import type { CurveOutlookDto } from './dto/curve-outlook.dto';
import { fromDomain, type toDomain, type AppraisalView } from './appraisal.mapper';
import { AppraisalRepository } from './appraisal.repository';
import { AppraisalQueryService, scopeOf, step } from './appraisal-query.service';
import type { AppraisalAction } from './domain/appraisal';
import { CurveBusyError } from './domain/appraisal-errors';
import { countedPredikat, curveCounts, type StaffEntry, type UnitStaff } from './domain/unit-staff';
import { UnitStaffService } from './unit-staff.service';
import {
  checkUnitHeadRating,
  headsUnit,
  OrganisationPredikatMissingError,
} from './domain/organisation-first';

// A predikat set elsewhere in the unit meanwhile means reading the unit again; this many times.
const RESERVE_ATTEMPTS = 8;

/**
 * The predikat and what follows it: set against the unit's curve, accepted or objected to, the
 * objection decided, the appraisal finalized (by a person or by the scheduler).
 */
@Injectable()
export class AppraisalDecisionService {
  private readonly logger = new Logger(AppraisalDecisionService.name);

  constructor(
    private readonly appraisals: AppraisalRepository,
    private readonly settings: AgencySettingsService,
    private readonly query: AppraisalQueryService,
    private readonly chart: OrgChartRepository,
    private readonly staff: UnitStaffService,
  ) {}

  /** The predikat follows from the two ratings; the unit's curve must allow it. */
  async setPredikat(caller: RequestScope, id: string, revision: number) {
    const a = await this.query.get(caller, id);
    const settings = await this.settings.settingsFor(a.agencyId);
    const next = step(
      a,
      null,
      { type: 'SET_PREDIKAT' },
      userActor(caller.self()),
      settings.objectionWindowDays,
    );
    const view = { ...a, ...fromDomain(next) };
    return this.onCurve(a, next, revision, settings.curve, () =>
      this.appraisals.change(
        caller.agency,
        id,
        revision,
        { set: fromDomain(next) },
        auditEntry(caller.actor, 'appraisal.predikat', { after: { predikat: next.predikat } }),
        [predikatSet(view)],
      ),
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
    const [{ curve }, unit, { staff }] = await Promise.all([
      this.settings.settingsFor(a.agencyId),
      this.unitOf(a),
      this.staff.of(a),
    ]);
    const { organisation } = unit;
    const { counts, unitSize } = onUnitCurve(staff, a.id, unit.headcount);
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
    const next = step(a, null, { type: 'FINALIZE' }, { kind: 'SYSTEM' }, 0, now);
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
    const a = await this.query.get(caller, id);
    const next = step(a, null, action, userActor(caller.self()), 0);
    const audit = auditEntry(caller.actor, name, {
      before: { status: a.status, predikat: a.predikat },
      after: { status: next.status, predikat: next.predikat },
    });
    const write = () => this.persistFinal(caller.agency, a, next, revision, audit);
    if (action.type === 'DECIDE_OBJECTION' && next.predikat !== a.predikat) {
      const { curve } = await this.settings.settingsFor(a.agencyId);
      return this.onCurve(a, next, revision, curve, write);
    }
    return write();
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

  /**
   * Writes a change that gives the appraisal a new predikat on its unit's curve: checked against
   * the curve, then held in the unit's staff document (only if nothing changed there since it was
   * read) before the appraisal is written, so two predikat set at once cannot both pass a bound.
   * The check reads one document by `_id`, however many appraisals the unit and agency hold.
   */
  private async onCurve<T>(
    a: AppraisalView,
    next: ReturnType<typeof toDomain>,
    revision: number,
    curve: PredikatCurve,
    write: () => Promise<T>,
  ): Promise<T> {
    const predikat = next.predikat!;
    const { organisation, headcount, day } = await this.unitOf(a);
    if (!organisation) throw new OrganisationPredikatMissingError(a.unitId, a.period.year);
    // A unit head's rating hasil kerja is the unit's result (PermenPANRB 6/2022).
    const own = await this.chart.placementOn(a.agencyId, a.employeeId, day);
    const superior = own?.superiorEmployeeId
      ? await this.chart.placementOn(a.agencyId, own.superiorEmployeeId, day)
      : null;
    if (headsUnit(a.unitId, own, superior) && a.ratingHasilKerja) {
      checkUnitHeadRating(organisation, a.ratingHasilKerja);
    }
    const entry: StaffEntry = {
      appraisalId: a.id,
      version: a.version,
      revision: revision + 1,
      predikat: countedPredikat(next.status, predikat),
    };
    for (let attempt = 0; attempt < RESERVE_ATTEMPTS; attempt++) {
      const { staff, seq } = await this.staff.of(a);
      const { counts, unitSize } = onUnitCurve(staff, a.id, headcount);
      const check = checkCurve(curve, organisation, counts, { add: predikat }, unitSize);
      if (!check.ok) throw new CurveViolationError(check.violation);
      // A revision older than the one read is refused by the write: nothing to hold for it.
      if (revision < a.revision) return write();
      if (!(await this.staff.reserve(a, seq, entry))) continue;
      try {
        return await write();
      } catch (error) {
        await this.staff.release(a, entry, staff[a.employeeId]).catch((e: unknown) =>
          // Left held, it counts once too often until the appraisal is written again.
          this.logger.error(`unit staff of ${a.id} not released: ${(e as Error).message}`),
        );
        throw error;
      }
    }
    throw new CurveBusyError();
  }

  /** The unit's organisation predikat for the year and its headcount on the period's day. */
  private async unitOf(a: AppraisalView) {
    const day = headcountDay(a.period.endDate, todayInJakarta());
    const [organisation, members] = await Promise.all([
      this.settings.organisationPredikat(a.agencyId, a.unitId, a.period.year),
      // The unit's size is its headcount (placements), not the appraisals opened so far.
      this.chart.unitMembersOn(a.agencyId, a.unitId, day),
    ]);
    return { organisation, headcount: members.length, day };
  }
}

/** The predikat the unit's other staff hold, and the unit size the curve is judged against. */
function onUnitCurve(staff: UnitStaff, except: string, headcount: number) {
  const { appraised, counts } = curveCounts(staff, except);
  return { counts, unitSize: curveUnitSize(headcount, appraised) };
}
