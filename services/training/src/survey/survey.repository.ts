import { Inject, Injectable } from '@nestjs/common';
import type { Connection, UpdateQuery } from 'mongoose';
import {
  MONGO_CONNECTION,
  provinceScope,
  TenantScopedRepository,
  type AgencyScope,
  type AuditEntry,
  type OutboxEntry,
} from '@jenjang/persistence';
import {
  DEFAULT_SURVEY_SETTINGS,
  type SurveySettingsValues,
  type SurveyStatus,
} from './domain/survey';
import {
  SurveySchema,
  SurveySettingsSchema,
  type SurveyDoc,
  type SurveySettingsDoc,
} from './survey.schema';

export type Survey = Omit<SurveyDoc, '_id' | 'outbox' | 'outboxLease'> & { id: string };

const DUPLICATE_KEY = 11000;
const SWEEP_BATCH = 500;

@Injectable()
export class SurveyRepository extends TenantScopedRepository<SurveyDoc, Survey> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<SurveyDoc>('TrainingSurvey', SurveySchema));
  }

  protected toPlain({ _id, outbox: _o, outboxLease: _l, ...rest }: SurveyDoc): Survey {
    return { id: _id, ...rest };
  }

  /** Inserts the survey unless it exists (same id); returns whether it was new. */
  async createOnce(scope: AgencyScope, doc: Omit<SurveyDoc, 'agencyId'>): Promise<boolean> {
    try {
      await this.insert(scope, doc);
      return true;
    } catch (error) {
      if ((error as { code?: number }).code === DUPLICATE_KEY) return false;
      throw error;
    }
  }

  byId(scope: AgencyScope, id: string): Promise<Survey | null> {
    return this.findOne(scope, { _id: id });
  }

  list(
    scope: AgencyScope,
    filter: { respondentId?: string; programId?: string; enrollmentId?: string; status?: string },
  ): Promise<Survey[]> {
    const f: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(filter)) if (v) f[k] = v;
    return this.find(scope, f, { sort: { opensAt: -1 }, limit: 50_000 });
  }

  /** Surveys whose next step is due by `now`, every agency (the sweep). */
  due(now: Date): Promise<Survey[]> {
    return this.find(
      provinceScope('survey sweep: follow-ups and reminders due in every agency'),
      { dueAt: { $lte: now } },
      { sort: { dueAt: 1 }, limit: SWEEP_BATCH },
    );
  }

  /**
   * Applies a change guarded by what was read (status and requests sent, or the number of
   * versions): a concurrent sweep or a retried answer cannot apply it twice. Null when it lost.
   */
  advance(
    scope: AgencyScope,
    id: string,
    expected: { status: SurveyStatus; requestsSent?: number; versions?: number },
    update: { set: Partial<SurveyDoc>; push?: Record<string, unknown>; events?: OutboxEntry[] },
  ): Promise<Survey | null> {
    const filter: Record<string, unknown> = { _id: id, status: expected.status };
    if (expected.requestsSent !== undefined) filter.requestsSent = expected.requestsSent;
    if (expected.versions !== undefined) filter.versions = expected.versions;
    const q: UpdateQuery<SurveyDoc> = { $set: { ...update.set, updatedAt: new Date() } };
    const push: Record<string, unknown> = { ...(update.push ?? {}) };
    if (update.events?.length) push.outbox = { $each: update.events };
    if (Object.keys(push).length > 0) q.$push = push;
    return this.findOneAndUpdate(scope, filter, q);
  }
}

export interface StoredSurveySettings extends SurveySettingsValues {
  revision: number;
  updatedAt: Date;
}

// The document's id is the agency's id.
function agencyOf(scope: AgencyScope): string {
  if (scope.kind !== 'agency') throw new Error('survey settings need an agency scope');
  return scope.agencyId;
}

@Injectable()
export class SurveySettingsRepository extends TenantScopedRepository<
  SurveySettingsDoc,
  StoredSurveySettings
> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<SurveySettingsDoc>('TrainingSurveySettings', SurveySettingsSchema));
  }

  protected toPlain(d: SurveySettingsDoc): StoredSurveySettings {
    return {
      followUpWeeks: d.followUpWeeks,
      answerDays: d.answerDays,
      maxReminders: d.maxReminders,
      level3Questions: d.level3Questions,
      revision: d.revision,
      updatedAt: d.updatedAt,
    };
  }

  get(scope: AgencyScope): Promise<StoredSurveySettings | null> {
    return this.findOne(scope, { _id: agencyOf(scope) });
  }

  /** The settings in force: the agency's, or the defaults. */
  async of(scope: AgencyScope): Promise<SurveySettingsValues> {
    return (await this.get(scope)) ?? DEFAULT_SURVEY_SETTINGS;
  }

  create(scope: AgencyScope, values: SurveySettingsValues, audit: AuditEntry) {
    return this.insert(scope, {
      _id: agencyOf(scope),
      ...values,
      revision: 1,
      createdAt: audit.at,
      updatedAt: audit.at,
      audit: [audit],
    });
  }

  change(scope: AgencyScope, revision: number, values: SurveySettingsValues, audit: AuditEntry) {
    return this.changeAudited(scope, { _id: agencyOf(scope) }, revision, { $set: values }, audit);
  }
}
