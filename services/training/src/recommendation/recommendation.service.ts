import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { AppraisalFinalizedV1, GapsAssessedV1 } from '@jenjang/contracts';
import { agencyScope } from '@jenjang/persistence';
import { DueTimers } from '@jenjang/platform';
import {
  OpenCatalogCache,
  ProgramRepository,
  SessionRepository,
} from '../catalog/catalog.repository';
import { TRAINING_CONFIG, type TrainingConfig } from '../config/training.config';
import { JpService } from '../jp/jp.service';
import { EnrollmentRepository } from '../enrollment/enrollment.repository';
import { PeopleRepository, type Person } from '../people/people.repository';
import { deterministicId, yearOf } from '../shared/domain/ids';
import { leadershipLevelOf } from '../catalog/domain/program';
import { focusOf, rankPrograms, type CandidateProgram } from './domain/ranking';
import {
  appraisalFacts,
  assessmentFacts,
  recordedAppraisal,
  unpublishedSet,
} from './recommendation-input';
import { recommendedEvent } from './recommendation-event';
import { RecommendationDecisions } from './recommendation-decisions.service';
import { RecommendationSetRepository, type RecommendationSet } from './recommendation.repository';
import type { RecommendationItem } from './recommendation.schema';

const DAY_MS = 86_400_000;
// Sets this process saw settled lately: a late or redelivered gaps event skips computing them.
const REMEMBERED_SETS = 10_000;

/** Turns appraisals and gap assessments into one published recommendation set per cause. */
@Injectable()
export class RecommendationService implements OnApplicationShutdown {
  private readonly logger = new Logger(RecommendationService.name);
  /** Sets this process opened from an appraisal, to publish when their grace ends (by _id). */
  private readonly graceTimers = new DueTimers();
  /** Ids of sets this process saw published or superseded lately (final: never PENDING again). */
  private readonly settled = new Set<string>();

  constructor(
    @Inject(TRAINING_CONFIG) private readonly config: TrainingConfig,
    private readonly sets: RecommendationSetRepository,
    private readonly programs: ProgramRepository,
    private readonly sessions: SessionRepository,
    private readonly openCatalog: OpenCatalogCache,
    private readonly enrollments: EnrollmentRepository,
    private readonly people: PeopleRepository,
    private readonly jp: JpService,
    private readonly decisions: RecommendationDecisions,
  ) {}

  /** The set of a cause event for an employee: the same on every redelivery. */
  static setId(causeEventId: string, employeeId: string): string {
    return deterministicId('recommendation-set', causeEventId, employeeId);
  }

  async onAppraisalFinalized(
    a: AppraisalFinalizedV1,
    eventId: string,
    eventType: string,
    now = new Date(),
  ) {
    const scope = agencyScope(a.agencyId);
    const facts = appraisalFacts(a);
    const person = await this.people.recordAppraisal(
      scope,
      a.employeeId,
      { unitId: a.unitId, positionName: a.position.name, superiorId: a.penilaiId },
      {
        appraisalId: a.appraisalId,
        eventId,
        correctionOf: a.correctionOf,
        periodKind: a.period.kind,
        year: a.period.year,
        endDate: a.period.endDate,
        ratingHasilKerja: a.ratingHasilKerja,
        ratingPerilakuKerja: a.ratingPerilakuKerja,
        predikat: a.predikat,
        weakValues: facts.weakValues,
        positionName: a.position.name,
        finalizedAt: new Date(a.finalizedAt),
        unitId: a.unitId,
        positionGroup: a.position.group,
      },
    );
    const id = RecommendationService.setId(eventId, a.employeeId);
    const opening = {
      _id: id,
      employeeId: a.employeeId,
      unitId: a.unitId,
      cause: {
        eventId,
        eventType,
        kind: 'APPRAISAL_FINALIZED' as const,
        appraisalId: a.appraisalId,
      },
      createdAt: now,
    };
    const dueAt = new Date(now.getTime() + this.config.RECOMMENDATION_GRACE_MS);
    // A correction retires what the superseded appraisal recommended (before its own set opens,
    // so a redelivery after a crash still retires it).
    if (a.correctionOf) await this.supersede(person, a.correctionOf, now);
    // This appraisal may itself have been corrected already (events out of order).
    const corrected = person.appraisals.some((x) => x.correctionOf === a.appraisalId);
    // Redelivered after this process published or retired its set: nothing more to write.
    if (!corrected && this.settled.has(id)) return;
    const set = await this.sets.withAppraisal(scope, opening, facts, dueAt);
    if (corrected) {
      await this.supersede(person, a.appraisalId, now);
      return;
    }
    if (set?.status === 'PENDING' && set.assessment) await this.compute(set, now, person);
    else if (set?.status === 'PENDING') this.publishWhenDue(set, dueAt, person);
  }

  /**
   * Retires what a corrected appraisal recommended: its sets are read by _id, from the person's
   * record of it (the gaps assessed from it join its set). No record, no set: an appraisal's set
   * opens only after its record is kept, and one opened by its gaps first is retired when the
   * appraisal itself comes (it finds its correction recorded).
   */
  private async supersede(person: Person, appraisalId: string, now: Date): Promise<void> {
    const ids = person.appraisals
      .filter((x) => x.appraisalId === appraisalId)
      .map((x) => RecommendationService.setId(x.eventId, person.employeeId));
    if (ids.length === 0) return;
    await this.decisions.supersedeAppraisal(
      person.agencyId,
      person.employeeId,
      appraisalId,
      now,
      ids,
    );
    for (const id of ids) this.graceTimers.cancel(id);
  }

  onApplicationShutdown(): void {
    this.graceTimers.stop();
  }

  /**
   * When the grace ends, publishes the set from the appraisal alone if no gaps joined it: from
   * the set and the person as this process opened and recorded them, in one write guarded by
   * the status and the absent assessment (published or superseded meanwhile: no change). The
   * scheduler's sweep (publishDue) is the fallback after a restart.
   */
  private publishWhenDue(set: RecommendationSet, dueAt: Date, person: Person): void {
    this.graceTimers.at(set.id, dueAt, () => {
      void this.compute(set, new Date(), person, { withoutAssessment: true }).catch(
        (error: unknown) =>
          this.logger.error(
            `set ${set.id} not published after its grace: ${(error as Error).message}`,
          ),
      );
    });
  }

  async onGapsAssessed(g: GapsAssessedV1, eventId: string, eventType: string, now = new Date()) {
    const scope = agencyScope(g.agencyId);
    const person = await this.people.recordAssessment(scope, g.employeeId, {
      unitId: g.unitId,
      positionName: g.position.name,
      targetPositionName: g.targetPosition?.name ?? null,
      targetPositionGroup: g.targetPosition?.group ?? null,
    });
    const fromAppraisal = g.cause.kind === 'APPRAISAL_FINALIZED' && g.cause.eventId !== null;
    // Gaps assessed from an appraisal join that appraisal's set; any other cause has its own.
    const causeId = fromAppraisal ? g.cause.eventId! : eventId;
    const opening = {
      _id: RecommendationService.setId(causeId, g.employeeId),
      employeeId: g.employeeId,
      unitId: g.unitId,
      cause: fromAppraisal
        ? {
            eventId: causeId,
            eventType: g.cause.eventType ?? 'id.go.jenjang.evaluation.appraisal-finalized.v1',
            kind: 'APPRAISAL_FINALIZED' as const,
            appraisalId: g.cause.appraisalId,
          }
        : { eventId, eventType, kind: 'GAPS_ASSESSED' as const },
      createdAt: now,
    };
    if (this.settled.has(opening._id)) return;
    const assessment = assessmentFacts(g);
    const recorded = fromAppraisal ? recordedAppraisal(person.appraisals, causeId) : null;
    if (recorded) {
      // The appraisal is recorded (its set open, or about to be): publish with both in one write.
      const set: RecommendationSet = {
        ...unpublishedSet(opening, g.agencyId),
        unitId: recorded.unitId ?? g.unitId,
        appraisal: recorded.appraisal,
        assessment,
      };
      await this.compute(set, now, person, { whole: true });
      return;
    }
    const set = await this.sets.withAssessment(scope, opening, assessment);
    if (set?.status !== 'PENDING') return;
    if (!fromAppraisal || set.appraisal) await this.compute(set, now, person);
  }

  /** Publishes the sets whose gaps did not arrive within the grace period, from the appraisal alone. */
  async publishDue(now = new Date()): Promise<number> {
    let done = 0;
    for (const set of await this.sets.due(now, 200)) {
      if (await this.compute(set, now)) done += 1;
    }
    return done;
  }

  private async candidates(agencyId: string, now: Date): Promise<CandidateProgram[]> {
    const load = async () => {
      const open = await this.programs.listOpenTo(agencyId);
      return {
        programs: open,
        sessions: await this.sessions.ofPrograms(
          open.map((p) => p.id),
          now,
        ),
        from: now,
      };
    };
    let catalog = await this.openCatalog.get(agencyId, load);
    // A copy loaded for a later moment lacks the sessions between `now` and then.
    if (catalog.from > now) catalog = await load();
    const { programs, sessions } = catalog;
    return programs.map((p) => {
      const next = sessions.find(
        (s) => s.programId === p.id && s.startsAt > now && s.seatsTaken < s.capacity,
      );
      return {
        id: p.id,
        title: p.title,
        form: p.form,
        jp: p.jp,
        competencies: p.competencies,
        competencyNames: p.competencyNames,
        berakhlakValues: p.berakhlakValues,
        prerequisites: p.prerequisites,
        selfPaced: p.selfPaced,
        leadershipLevel: leadershipLevelOf(p),
        nextSession: next
          ? { sessionId: next.id, startsAt: next.startsAt, endsAt: next.endsAt }
          : null,
      };
    });
  }

  /**
   * Computes the set and publishes it. `known`: the person as the caller just recorded them
   * (saves reading them again). `whole`: the set is not read from the store but made from the
   * events (written whether or not it was opened); `withoutAssessment`: the grace's publication.
   */
  private async compute(
    set: RecommendationSet,
    now: Date,
    known?: Person,
    how: { whole?: boolean; withoutAssessment?: boolean } = {},
  ): Promise<boolean> {
    const scope = agencyScope(set.agencyId);
    const year = yearOf(now);
    const [programs, completed, person, jpRequired] = await Promise.all([
      this.candidates(set.agencyId, now),
      this.enrollments.completed(scope, set.employeeId),
      known ?? this.people.byId(scope, set.employeeId),
      this.jp.required(set.agencyId, set.employeeId),
    ]);
    const jp = await this.jp.summary(set.agencyId, set.employeeId, year, completed, jpRequired);
    const predikat = set.appraisal?.predikat ?? null;
    const ranked = rankPrograms({
      predikat,
      weakValues: set.appraisal?.weakValues ?? [],
      weakHasilKerja: set.appraisal?.weakHasilKerja ?? false,
      needs: set.assessment?.needs ?? [],
      targetPositionName: set.assessment?.targetPositionName ?? person?.targetPositionName ?? null,
      heldPositionGroup: set.appraisal?.positionGroup ?? null,
      // The level of the position aimed for (career plan target, from gaps-assessed): the
      // leadership programme of that level is offered.
      targetPositionGroup:
        set.assessment?.targetPositionGroup ?? person?.targetPositionGroup ?? null,
      programs,
      completedProgramIds: new Set(completed.map((e) => e.programId)),
      year,
      jpEarned: jp.jpEarned,
      jpRequired: jp.jpRequired,
      now,
      weights: this.config.RANKING_WEIGHTS,
      maxItems: this.config.RECOMMENDATION_MAX_ITEMS,
    });
    const expiresAt = new Date(now.getTime() + this.config.RECOMMENDATION_EXPIRY_DAYS * DAY_MS);
    const items: RecommendationItem[] = ranked.map((r) => ({
      recommendationId: deterministicId('recommendation', set.id, r.program.id),
      rank: r.rank,
      programId: r.program.id,
      programTitle: r.program.title,
      form: r.program.form,
      jp: r.program.jp,
      nextSession: r.program.nextSession,
      reasons: r.reasons,
      ...(r.competencyCode ? { competencyCode: r.competencyCode } : {}),
      ...(r.berakhlakValue ? { berakhlakValue: r.berakhlakValue } : {}),
      expiresAt,
      status: 'OPEN',
      decidedAt: null,
      declineReason: null,
    }));
    const computed = {
      focus: focusOf(predikat),
      year,
      jpEarned: jp.jpEarned,
      jpRequired: jp.jpRequired,
      items,
      recommendedAt: now,
    };
    const event = recommendedEvent({ ...set, ...computed });
    const published = how.whole
      ? await this.sets.publishWhole(
          scope,
          { ...set, _id: set.id },
          { ...computed, appraisal: set.appraisal, assessment: set.assessment },
          event,
        )
      : await this.sets.publish(scope, set.id, computed, event, how);
    // Not published: the set was published or superseded already, unless only the grace's
    // guard (gaps joined meanwhile) refused it.
    if (published || !how.withoutAssessment) this.settle(set.id);
    return published;
  }

  /** A settled set needs no grace timer, nor a computation for a late or repeated cause. */
  private settle(id: string): void {
    this.graceTimers.cancel(id);
    this.settled.add(id);
    if (this.settled.size > REMEMBERED_SETS)
      this.settled.delete(this.settled.values().next().value!);
  }
}
