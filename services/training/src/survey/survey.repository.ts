import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import {
  AgencySettingsStore,
  AggregateRepository,
  changeQuery,
  DuplicateKeyError,
  MONGO_CONNECTION,
  provinceScope,
  type AgencyScope,
  type NewAggregate,
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

const SWEEP_BATCH = 500;

@Injectable()
export class SurveyRepository extends AggregateRepository<SurveyDoc, Survey> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<SurveyDoc>('TrainingSurvey', SurveySchema));
  }

  protected toPlain({ _id, outbox: _o, outboxLease: _l, ...rest }: SurveyDoc): Survey {
    return { id: _id, ...rest };
  }

  /** Inserts the survey unless it exists (same id); returns whether it was new. */
  async createOnce(
    scope: AgencyScope,
    doc: NewAggregate<SurveyDoc>,
    events: OutboxEntry[] = [],
  ): Promise<boolean> {
    try {
      await this.create(scope, doc, events);
      return true;
    } catch (error) {
      if (error instanceof DuplicateKeyError) return false;
      throw error;
    }
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
    const q = changeQuery<SurveyDoc>(
      { set: { ...update.set, updatedAt: new Date() }, push: update.push },
      update.events,
    );
    return this.findOneAndUpdate(scope, filter, q);
  }
}

export interface StoredSurveySettings extends SurveySettingsValues {
  revision: number;
  updatedAt: Date;
}

@Injectable()
export class SurveySettingsRepository extends AgencySettingsStore<
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

  /** The settings in force: the agency's, or the defaults. */
  async of(scope: AgencyScope): Promise<SurveySettingsValues> {
    return (await this.get(scope)) ?? DEFAULT_SURVEY_SETTINGS;
  }
}
