import { Injectable, Logger } from '@nestjs/common';
import type { RequestScope } from '@jenjang/platform';
import { OrgChartRepository } from '@jenjang/platform';
import {
  agencyScope,
  auditEntry,
  NotFoundError,
  RevisionConflictError,
  type AgencyScope,
  type NewAggregate,
} from '@jenjang/persistence';
import { PeopleRepository } from '../people/people.repository';
import { dateOf as dayOf, deterministicId } from '../shared/domain/ids';
import {
  answerBy,
  dueStep,
  followUpAt,
  InvalidSurveySettingsError,
  nextReminderAt,
  nextResponse,
  settingsErrors,
  SurveyNotOpenError,
  type AnswerInput,
  type RespondentRole,
  type SurveyLevel,
  type SurveySettingsValues,
} from './domain/survey';
import { surveyAnswered, surveyRequested } from './survey-events';
import { SurveyRepository, SurveySettingsRepository, type Survey } from './survey.repository';
import type { SurveyDoc } from './survey.schema';

const SURVEY = { en: 'Training survey', id: 'Survei pelatihan' };
const isAdmin = (caller: RequestScope) => caller.has('ADMIN_INSTANSI');

export const surveyIdOf = (enrollmentId: string, level: SurveyLevel, role: RespondentRole) =>
  deterministicId('training-survey', enrollmentId, String(level), role);

/** What the survey needs of a completed enrollment. */
export interface CompletedTraining {
  id: string;
  agencyId: string;
  employeeId: string;
  unitId: string;
  programId: string;
  programTitle: string;
  status: string;
  completion: { completedAt: Date } | null;
}

/** What respondents see: the survey and their own answers, never someone else's. */
export type SurveyView = Survey;

/**
 * The post-training survey (DOMAIN §8): level 1 at completion, level 3 to the participant and
 * the superior after the agency's delay, reminders while unanswered, answers versioned.
 */
@Injectable()
export class SurveyService {
  private readonly logger = new Logger(SurveyService.name);

  constructor(
    private readonly surveys: SurveyRepository,
    private readonly settings: SurveySettingsRepository,
    private readonly people: PeopleRepository,
    private readonly chart: OrgChartRepository,
  ) {}

  /** At completion: the level-1 invitation now, the level-3 follow-up scheduled. Idempotent. */
  async onCompleted(e: CompletedTraining, now = new Date()): Promise<void> {
    const scope = agencyScope(e.agencyId);
    const s = await this.settings.of(scope);
    const completedAt = e.completion?.completedAt ?? now;
    const base = {
      enrollmentId: e.id,
      programId: e.programId,
      programTitle: e.programTitle,
      unitId: e.unitId,
      employeeId: e.employeeId,
      respondentId: e.employeeId,
      role: 'PARTICIPANT' as const,
      completedAt,
      responses: [],
      versions: 0,
      createdAt: now,
      updatedAt: now,
    };
    const reaction = surveyIdOf(e.id, 1, 'PARTICIPANT');
    const by = answerBy(now, s);
    await this.surveys.createOnce(
      scope,
      {
        ...base,
        _id: reaction,
        level: 1,
        status: 'OPEN',
        opensAt: now,
        answerBy: by,
        requestsSent: 1,
        dueAt: nextReminderAt(now, 0, s),
        questions: [],
      },
      [surveyRequested({ ...base, id: reaction, agencyId: e.agencyId, level: 1 }, 1, by, now)],
    );
    const opensAt = followUpAt(completedAt, s);
    await this.surveys.createOnce(scope, {
      ...base,
      _id: surveyIdOf(e.id, 3, 'PARTICIPANT'),
      level: 3,
      status: 'SCHEDULED',
      opensAt,
      answerBy: null,
      requestsSent: 0,
      dueAt: opensAt,
      questions: [],
    });
  }

  /**
   * Opens the follow-ups and sends the reminders due by `now` (the clock is a parameter, so a
   * test runs weeks ahead without waiting). Returns the requests staged.
   */
  async sweep(now = new Date()): Promise<number> {
    let staged = 0;
    for (const survey of await this.surveys.due(now)) {
      const step = dueStep(survey, now);
      if (!step) continue;
      const scope = agencyScope(survey.agencyId);
      const s = await this.settings.of(scope);
      if (step.kind === 'OPEN_FOLLOW_UP') {
        staged += await this.openFollowUp(scope, survey, s, now);
      } else {
        const n = survey.requestsSent + 1;
        const done = await this.surveys.advance(
          scope,
          survey.id,
          { status: 'OPEN', requestsSent: survey.requestsSent },
          {
            set: { requestsSent: n, dueAt: nextReminderAt(now, step.reminder, s) },
            events: [surveyRequested(survey, n, survey.answerBy ?? answerBy(now, s), now)],
          },
        );
        if (done) staged++;
      }
    }
    return staged;
  }

  private async openFollowUp(
    scope: AgencyScope,
    survey: Survey,
    s: SurveySettingsValues,
    now: Date,
  ): Promise<number> {
    const by = answerBy(now, s);
    const opened = await this.surveys.advance(
      scope,
      survey.id,
      { status: 'SCHEDULED', requestsSent: 0 },
      {
        set: {
          status: 'OPEN',
          answerBy: by,
          requestsSent: 1,
          questions: s.level3Questions,
          dueAt: nextReminderAt(now, 0, s),
        },
        events: [surveyRequested(survey, 1, by, now)],
      },
    );
    if (!opened) return 0;
    // The superior asked is the one of today's placement; failing that, the penilai of the
    // latest appraisal.
    const line = await this.chart.placementOn(survey.agencyId, survey.employeeId, dayOf(now));
    const superiorId =
      line?.superiorEmployeeId ??
      (await this.people.byId(scope, survey.employeeId))?.superiorId ??
      null;
    if (!superiorId || superiorId === survey.employeeId) return 1;
    const { id: _id, agencyId: _a, ...rest } = survey;
    const id = surveyIdOf(survey.enrollmentId, 3, 'SUPERIOR');
    const superior = { ...survey, id, respondentId: superiorId, role: 'SUPERIOR' as const };
    const doc: NewAggregate<SurveyDoc> = {
      ...rest,
      _id: id,
      respondentId: superiorId,
      role: 'SUPERIOR',
      status: 'OPEN',
      opensAt: now,
      answerBy: by,
      requestsSent: 1,
      dueAt: nextReminderAt(now, 0, s),
      questions: s.level3Questions,
      responses: [],
      versions: 0,
      createdAt: now,
      updatedAt: now,
    };
    const created = await this.surveys.createOnce(scope, doc, [
      surveyRequested(superior, 1, by, now),
    ]);
    return created ? 2 : 1;
  }

  async get(caller: RequestScope, id: string): Promise<SurveyView> {
    const s = await this.surveys.byId(caller.agency, id);
    if (!s || (s.respondentId !== caller.employeeId && !isAdmin(caller)))
      throw new NotFoundError(SURVEY, id);
    return s;
  }

  /** The caller's own surveys; an agency admin may list anyone's or a programme's. */
  list(
    caller: RequestScope,
    filter: { respondentId?: string; programId?: string; enrollmentId?: string; status?: string },
  ): Promise<SurveyView[]> {
    const respondentId = isAdmin(caller) ? filter.respondentId : (caller.employeeId ?? '-');
    return this.surveys.list(caller.agency, { ...filter, respondentId });
  }

  /** An answer, or a correction of one: always a new version, published as scores only. */
  async answer(
    caller: RequestScope,
    id: string,
    input: AnswerInput,
    now = new Date(),
  ): Promise<SurveyView> {
    const scope = caller.agency;
    const s = await this.surveys.byId(scope, id);
    if (!s || s.respondentId !== caller.employeeId) throw new NotFoundError(SURVEY, id);
    if (s.status === 'SCHEDULED')
      throw new SurveyNotOpenError(s.opensAt.toISOString().slice(0, 10));
    const response = nextResponse(s.level, s.questions, s.responses, input, now);
    const saved = await this.surveys.advance(
      scope,
      id,
      { status: s.status, versions: s.versions },
      {
        set: { status: 'ANSWERED', dueAt: null, versions: response.version },
        push: { responses: response },
        events: [surveyAnswered(s, response)],
      },
    );
    // Another answer landed between read and write: the caller retries on the new version.
    if (!saved) throw new RevisionConflictError(s.versions, s.versions + 1);
    return saved;
  }

  /**
   * The level-1 answer through the enrollment (the older route): the survey is created first
   * when the completion predates surveys, then answered like any other.
   */
  async answerReaction(
    caller: RequestScope,
    e: CompletedTraining,
    input: AnswerInput,
  ): Promise<SurveyView> {
    if (e.status !== 'COMPLETED')
      throw new NotFoundError({ en: 'Enrollment', id: 'Pendaftaran' }, e.id);
    await this.onCompleted(e);
    return this.answer(caller, surveyIdOf(e.id, 1, 'PARTICIPANT'), input);
  }

  /** Every survey of the agency (or one programme), for the effectiveness report. */
  forReport(agencyId: string, programId?: string): Promise<Survey[]> {
    return this.surveys.list(agencyScope(agencyId), { programId });
  }

  async readSettings(agencyId: string) {
    const scope = agencyScope(agencyId);
    const stored = await this.settings.get(scope);
    return {
      agencyId,
      ...(await this.settings.of(scope)),
      revision: stored?.revision ?? null,
      configured: stored !== null,
    };
  }

  async saveSettings(caller: RequestScope, values: SurveySettingsValues, revision?: number) {
    const { agencyId } = caller;
    const errors = settingsErrors(values);
    if (errors.length > 0) throw new InvalidSurveySettingsError(errors);
    const scope = agencyScope(agencyId);
    const current = await this.settings.get(scope);
    const audit = auditEntry(
      caller.actor,
      current ? 'survey-settings.updated' : 'survey-settings.created',
      {
        after: values,
      },
    );
    if (current && revision === undefined) throw new RevisionConflictError(0, current.revision);
    await this.settings.save(scope, current ? (revision ?? 0) : 0, values, audit);
    this.logger.log(`survey settings of ${agencyId} saved`);
    return this.readSettings(agencyId);
  }
}
