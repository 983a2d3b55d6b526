import { Injectable } from '@nestjs/common';
import type { AppraisalFinalizedV1 } from '@jenjang/contracts';
import { NotFoundError } from '@jenjang/persistence';
import type { RequestScope } from '@jenjang/platform';
import { PlacementService } from '../placement/placement.service';
import { audit } from '../shared/audit';
import { InvalidCareerInputError } from '../shared/career-errors';
import { cutoffErrors, type NineBoxCutoffs } from './domain/nine-box';
import { RECOMMENDED_ACTIONS } from './domain/recommended-action';
import {
  latestPotential,
  nextKinerja,
  placementOf,
  potentialAssessmentId,
  scoreErrors,
  type Potential,
} from './domain/talent-profile';
import type { PotentialInputDto, TalentSettingsInputDto } from './dto/talent.dto';
import { talentBoxAssigned, type TalentCause } from './talent-events';
import {
  TalentProfileRepository,
  type ProfileChange,
  type ProfileMutation,
  type TalentProfile,
} from './talent-profile.repository';
import { TalentSettingsRepository, type TalentSettings } from './talent-settings.repository';

export const TALENT_PROFILE = { en: 'Talent profile', id: 'Profil talenta' };

/** The change that re-places the person after `set` and publishes when the box moved. */
export function reassess(
  current: TalentProfile,
  set: Partial<TalentProfile>,
  cutoffs: NineBoxCutoffs,
  cause: TalentCause,
  now: Date,
): ProfileChange {
  const next = { ...current, ...set };
  const placement = placementOf(next.kinerja, next.potential, cutoffs);
  if (!placement) return { set, events: [] };
  const before = current.placement?.box ?? null;
  const changed = before !== placement.box;
  const events =
    changed && next.unitId
      ? [
          talentBoxAssigned(
            next.agencyId,
            next.employeeId,
            next.unitId,
            placement,
            before,
            cause,
            now,
          ),
        ]
      : [];
  return {
    set: {
      ...set,
      placement: {
        ...placement,
        assignedAt: changed ? now : (current.placement?.assignedAt ?? now),
      },
      ...(changed
        ? {
            boxHistory: [
              ...current.boxHistory,
              { box: placement.box, previousBox: before, at: now, cause: cause.kind },
            ].slice(-50),
          }
        : {}),
    },
    events,
  };
}

/**
 * The change a potential assessment makes: kept in the person's history, the newest by date is
 * the potensi, and the person is re-placed (publishing when the box moved). An assessment the
 * history holds already changes nothing.
 */
export function potentialAssessed(
  potential: Potential,
  note: string | null,
  heldUnitId: string | null,
  cutoffs: NineBoxCutoffs,
  now: Date,
): ProfileMutation {
  const effectId = `potential:${potential.assessmentId}`;
  return (current) => {
    if (current.potentials.some((p) => p.assessmentId === potential.assessmentId)) {
      return { set: {}, events: [] };
    }
    return reassess(
      current,
      {
        potential: latestPotential(current.potential, potential),
        potentials: [...current.potentials, { ...potential, recordedAt: now, note }],
        unitId: current.unitId ?? heldUnitId,
      },
      cutoffs,
      { kind: 'POTENTIAL_ASSESSED', effectId, event: null },
      now,
    );
  };
}

/** A potential assessment to record, with its note. */
export interface PotentialRecord {
  employeeId: string;
  potential: Potential;
  note: string | null;
}

/** Reacts to a person's new annual predikat; must be idempotent (events are redelivered). */
export type AnnualPredikatListener = (agencyId: string, employeeId: string) => Promise<void>;

@Injectable()
export class TalentService {
  // Features that depend on talent (promotion eligibility) register here, so talent imports none
  // of them.
  private readonly annualPredikatListeners: AnnualPredikatListener[] = [];

  constructor(
    private readonly profiles: TalentProfileRepository,
    private readonly settings: TalentSettingsRepository,
    private readonly placements: PlacementService,
  ) {}

  onAnnualPredikat(listener: AnnualPredikatListener): void {
    this.annualPredikatListeners.push(listener);
  }

  /** An annual appraisal gives kinerja; other periods do not place anyone in the 9-box. */
  async onAppraisalFinalized(data: AppraisalFinalizedV1, event: { id: string; type: string }) {
    if (data.period.kind !== 'TAHUNAN') return;
    const { cutoffs } = await this.settings.of(data.agencyId);
    const now = new Date();
    const year = data.period.year;
    const entry = {
      year,
      predikat: data.predikat,
      appraisalId: data.appraisalId,
      version: data.version,
    };
    const incoming = {
      appraisalId: data.appraisalId,
      version: data.version,
      correctionOf: data.correctionOf,
      year,
      predikat: data.predikat,
      eventId: event.id,
    };
    await this.profiles.applyDirect(
      data.agencyId,
      data.employeeId,
      event.id,
      // The usual case in one write: a first appraisal of a newer year, for a person without a
      // potential (no box to place, nothing to publish). Corrections, late years and people
      // with a potential go through the read below.
      {
        when: {
          potential: null,
          'predikatHistory.year': { $ne: year },
          $or: [{ kinerja: null }, { 'kinerja.year': { $lt: year } }],
        },
        set: { kinerja: nextKinerja(null, incoming), unitId: data.unitId },
        push: { predikatHistory: { $each: [entry], $sort: { year: -1 } } },
      },
      (current) => {
        const kinerja = nextKinerja(current.kinerja, incoming);
        const sameYear = current.predikatHistory.find((h) => h.year === year);
        const history =
          sameYear && sameYear.version >= data.version
            ? current.predikatHistory
            : [...current.predikatHistory.filter((h) => h.year !== year), entry].sort(
                (a, b) => b.year - a.year,
              );
        if (!kinerja) return { set: { predikatHistory: history }, events: [] };
        return reassess(
          current,
          { kinerja, predikatHistory: history, unitId: data.unitId },
          cutoffs,
          { kind: 'APPRAISAL_FINALIZED', effectId: event.id, event, appraisalId: data.appraisalId },
          now,
        );
      },
    );
    // Also on a redelivery: the listener's effect may not have happened the first time.
    for (const listener of this.annualPredikatListeners) {
      await listener(data.agencyId, data.employeeId);
    }
  }

  async recordPotential(caller: RequestScope, employeeId: string, dto: PotentialInputDto) {
    const errors = scoreErrors(dto.score, dto.scale);
    if (errors.length > 0) throw new InvalidCareerInputError(errors);
    const agencyId = caller.agencyId;
    const { cutoffs } = await this.settings.of(agencyId);
    const held = await this.placements.currentOf(agencyId, employeeId);
    const facts = {
      score: dto.score,
      scale: { min: dto.scale.min, max: dto.scale.max },
      source: dto.source,
      assessedOn: dto.assessedOn,
    };
    // The same assessment sent again (without an Idempotency-Key, or also in an import file) is
    // recorded once: its id is the one the import gives it.
    const potential: Potential = {
      assessmentId: potentialAssessmentId(agencyId, { employeeId, ...facts }),
      ...facts,
    };
    await this.profiles.applyOnce(
      agencyId,
      employeeId,
      `potential:${potential.assessmentId}`,
      potentialAssessed(potential, dto.note ?? null, held?.unitId ?? null, cutoffs, new Date()),
    );
    return this.profile(caller, employeeId);
  }

  /**
   * Potential assessments of many people at once (an import), each recorded as recordPotential
   * records one, the same assessment id never twice: a few reads for all of them, then one write
   * per person, sent together. A person's assessments are applied in the order given. Returns
   * how many were recorded now.
   */
  async recordPotentials(agencyId: string, records: readonly PotentialRecord[]): Promise<number> {
    if (records.length === 0) return 0;
    const { cutoffs } = await this.settings.of(agencyId);
    const people = [...new Set(records.map((r) => r.employeeId))];
    const held = await this.placements.currentOfMany(agencyId, people);
    const now = new Date();
    return this.profiles.applyMany(
      agencyId,
      records.map((r) => ({
        employeeId: r.employeeId,
        effectId: `potential:${r.potential.assessmentId}`,
        mutate: potentialAssessed(
          r.potential,
          r.note,
          held.get(r.employeeId)?.unitId ?? null,
          cutoffs,
          now,
        ),
      })),
    );
  }

  async profile(caller: RequestScope, employeeId: string) {
    const mine = caller.employeeId === employeeId;
    if (!mine && !caller.has('ADMIN_INSTANSI', 'ADMIN_PROVINSI', 'ANALIS')) {
      throw new NotFoundError(TALENT_PROFILE, employeeId);
    }
    const profile = await this.profiles.of(caller.reach, employeeId);
    if (!profile) throw new NotFoundError(TALENT_PROFILE, employeeId);
    const { appliedEvents: _a, ...shown } = profile;
    return {
      ...shown,
      recommendedAction: profile.placement ? RECOMMENDED_ACTIONS[profile.placement.box as 1] : null,
    };
  }

  myProfile(caller: RequestScope) {
    return this.profile(caller, caller.self());
  }

  readSettings(agencyId: string): Promise<TalentSettings> {
    return this.settings.of(agencyId);
  }

  /** New cut-offs re-place everyone of the agency (publishing only for boxes that moved). */
  async saveSettings(
    { agencyId, agency, actor }: RequestScope,
    dto: TalentSettingsInputDto,
  ): Promise<TalentSettings> {
    const errors = cutoffErrors(dto.cutoffs);
    if (errors.length > 0) throw new InvalidCareerInputError(errors);
    const saved = await this.settings.save(
      agency,
      dto.revision,
      { cutoffs: dto.cutoffs, successionBoxes: [...new Set(dto.successionBoxes)].sort() },
      audit(actor, 'talent-settings.save', undefined, dto),
    );
    const effectId = `cutoffs:${agencyId}:${saved.revision}`;
    const now = new Date();
    for (const p of await this.profiles.list(agency)) {
      await this.profiles.applyOnce(agencyId, p.employeeId, effectId, (current) =>
        reassess(
          current,
          {},
          saved.cutoffs,
          { kind: 'CUTOFFS_CHANGED', effectId, event: null },
          now,
        ),
      );
    }
    return saved;
  }
}
