import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { RequestScope } from '@jenjang/platform';
import { NotFoundError } from '@jenjang/persistence';
import { OrgChartRepository } from '@jenjang/platform';
import { TrainingSettingsRepository } from '../agency/agency-settings';
import { ProgramRepository, SessionRepository } from '../catalog/catalog.repository';
import { checkJp, isOpenTo } from '../catalog/domain/program';
import { JpService } from '../jp/jp.service';
import { PeopleRepository } from '../people/people.repository';
import type { AnswerInput } from '../survey/domain/survey';
import { SurveyService } from '../survey/survey.service';
import { jpYear } from '../jp/domain/jp';
import { dateOf, deterministicId } from '../shared/domain/ids';
import { transition, type EnrollmentAction } from './domain/enrollment';
import {
  AlreadyEnrolledError,
  NotYourEnrollmentError,
  PrerequisiteMissingError,
  ProgramNotOpenError,
  SessionFullError,
  SessionStartedError,
} from './enrollment-errors';
import { completedEvent, enrolledEvent } from './enrollment-events';
import { EnrollmentRepository, type Enrollment } from './enrollment.repository';

const SESSION = { en: 'Session', id: 'Angkatan' };
const ENROLLMENT = { en: 'Enrollment', id: 'Pendaftaran' };
const isAdmin = (caller: RequestScope) => caller.has('ADMIN_INSTANSI');

export interface EnrollInput {
  sessionId: string;
  employeeId?: string;
  unitId?: string;
  recommendationId?: string;
}

export interface CompleteInput {
  score?: number | null;
  certificateNumber?: string | null;
  /** JP actually earned when it differs from the program (e.g. partial attendance). */
  jp?: number;
}

@Injectable()
export class EnrollmentService {
  constructor(
    private readonly enrollments: EnrollmentRepository,
    private readonly programs: ProgramRepository,
    private readonly sessions: SessionRepository,
    private readonly people: PeopleRepository,
    private readonly settings: TrainingSettingsRepository,
    private readonly jp: JpService,
    private readonly surveys: SurveyService,
    private readonly chart: OrgChartRepository,
  ) {}

  /** Enrolls the caller (or, for an admin, the named employee) in a session. */
  async enroll(caller: RequestScope, input: EnrollInput): Promise<Enrollment> {
    const employeeId = isAdmin(caller) && input.employeeId ? input.employeeId : caller.employeeId;
    if (!employeeId) throw new NotFoundError({ en: 'Employee', id: 'Pegawai' }, '-');
    const scope = caller.agency;
    const now = new Date();
    const session = await this.sessions.byId(input.sessionId);
    if (!session) throw new NotFoundError(SESSION, input.sessionId);
    const program = await this.programs.anyById(session.programId);
    if (!program || !program.active) throw new NotFoundError(SESSION, input.sessionId);
    if (!isOpenTo(program, caller.agencyId)) throw new ProgramNotOpenError();
    if (session.startsAt <= now) throw new SessionStartedError();
    if (await this.enrollments.activeFor(scope, employeeId, program.id))
      throw new AlreadyEnrolledError();
    const done = new Set(
      (await this.enrollments.completed(scope, employeeId)).map((e) => e.programId),
    );
    const missing = program.prerequisites.filter((id) => !done.has(id));
    if (missing.length > 0) throw new PrerequisiteMissingError(missing);
    const person = await this.people.byId(scope, employeeId);
    const { approvalRequired } = await this.settings.of(caller.agencyId);
    // The approver is the superior of today's placement (the org chart); failing that, the
    // penilai of the latest appraisal.
    const approver = approvalRequired
      ? ((await this.chart.placementOn(caller.agencyId, employeeId, dateOf(now)))
          ?.superiorEmployeeId ??
        person?.superiorId ??
        null)
      : null;
    const id = randomUUID();
    if (session.seatsTaken >= session.capacity || !(await this.sessions.takeSeat(session, id))) {
      throw new SessionFullError();
    }
    const status = approvalRequired ? 'PENDING_APPROVAL' : 'ENROLLED';
    const base: Enrollment = {
      id,
      agencyId: caller.agencyId,
      employeeId,
      unitId: input.unitId ?? person?.unitId ?? caller.principal.unitId ?? caller.agencyId,
      programId: program.id,
      programTitle: program.title,
      form: program.form,
      jp: program.jp,
      competencies: program.competencies,
      berakhlakValues: program.berakhlakValues,
      sessionId: session.id,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      status,
      recommendationId: input.recommendationId ?? null,
      approverEmployeeId: approver,
      completion: null,
      survey: null,
      createdAt: now,
      updatedAt: now,
    };
    try {
      const { id: _id, ...doc } = base;
      return await this.enrollments.create(scope, { _id: id, ...doc }, [enrolledEvent(base, now)]);
    } catch (error) {
      await this.sessions.releaseSeat(session.id, id);
      throw error;
    }
  }

  async get(caller: RequestScope, id: string): Promise<Enrollment> {
    const e = await this.enrollments.byId(caller.agency, id);
    const mayRead =
      e &&
      (e.employeeId === caller.employeeId ||
        e.approverEmployeeId === caller.employeeId ||
        isAdmin(caller));
    if (!mayRead) throw new NotFoundError(ENROLLMENT, id);
    return e;
  }

  list(caller: RequestScope, employeeId?: string, status?: string): Promise<Enrollment[]> {
    const who = isAdmin(caller) ? employeeId : caller.employeeId;
    return this.enrollments.list(caller.agency, {
      ...(who ? { employeeId: who } : {}),
      ...(status ? { status } : {}),
    });
  }

  async decide(caller: RequestScope, id: string, approve: boolean): Promise<Enrollment> {
    const e = await this.get(caller, id);
    if (!isAdmin(caller) && e.approverEmployeeId !== caller.employeeId)
      throw new NotYourEnrollmentError();
    const next = transition(e.status, approve ? 'APPROVE' : 'REJECT', {
      now: new Date(),
      startsAt: e.startsAt,
    });
    if (!approve) await this.sessions.releaseSeat(e.sessionId, e.id);
    const events = approve ? [enrolledEvent({ ...e, status: next }, new Date())] : [];
    return this.enrollments.change(caller.agency, id, e.status, { status: next }, events);
  }

  async act(
    caller: RequestScope,
    id: string,
    action: Extract<EnrollmentAction, 'ATTEND' | 'CANCEL'>,
  ) {
    const e = await this.get(caller, id);
    const next = transition(e.status, action, { now: new Date(), startsAt: e.startsAt });
    if (action === 'CANCEL') await this.sessions.releaseSeat(e.sessionId, e.id);
    return this.enrollments.change(caller.agency, id, e.status, { status: next });
  }

  /** Completion by the agency's training admin; counts its JP toward the year once. */
  async complete(caller: RequestScope, id: string, input: CompleteInput): Promise<Enrollment> {
    const scope = caller.agency;
    const e = await this.enrollments.byId(scope, id);
    if (!e) throw new NotFoundError(ENROLLMENT, id);
    const jp = input.jp ?? e.jp;
    checkJp(jp);
    const now = new Date();
    transition(e.status, 'COMPLETE', { now, startsAt: e.startsAt });
    const completion = {
      completionId: deterministicId('completion', e.id),
      completedAt: now,
      // JP count toward the year the training ended, not the day this is recorded.
      year: jpYear(e.endsAt, now),
      score: input.score ?? null,
      certificateNumber: input.certificateNumber ?? null,
    };
    const summary = await this.jp.summary(caller.agencyId, e.employeeId, completion.year);
    const done = { ...e, jp, status: 'COMPLETED' as const, completion };
    const event = completedEvent(done, summary.jpEarned + jp, summary.jpRequired);
    const completed = await this.enrollments.change(
      scope,
      id,
      e.status,
      { status: 'COMPLETED', jp, completion },
      [event],
    );
    // The level-1 invitation and the level-3 follow-up (DOMAIN §8); idempotent by survey id.
    await this.surveys.onCompleted(completed, now);
    return completed;
  }

  /** Kirkpatrick level 1 through the enrollment: answered (or corrected) as a new version. */
  async survey(caller: RequestScope, id: string, answer: AnswerInput) {
    const e = await this.get(caller, id);
    if (e.employeeId !== caller.employeeId) throw new NotFoundError(ENROLLMENT, id);
    return this.surveys.answerReaction(caller, e, answer);
  }
}
