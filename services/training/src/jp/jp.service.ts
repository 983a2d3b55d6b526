import { Inject, Injectable } from '@nestjs/common';
import { trainingJpReminderV1 } from '@jenjang/contracts';
import { sourceOf, stageEvent } from '@jenjang/messaging';
import { agencyScope } from '@jenjang/persistence';
import { todayInJakarta } from '@jenjang/auth';
import { OrgChartRepository } from '@jenjang/platform';
import { TrainingSettingsRepository } from '../agency/agency-settings';
import { jpRequiredFor, PPPK_JP_DEFAULT } from '../agency/domain/settings';
import { TRAINING_CONFIG, type TrainingConfig } from '../config/training.config';
import { EnrollmentRepository } from '../enrollment/enrollment.repository';
import { PeopleRepository } from '../people/people.repository';
import { deterministicId } from '../shared/domain/ids';
import { dueRound, perUnit, standing, type JpStanding, type UnitFulfilment } from './domain/jp';
import { JpReminderRepository } from './jp-reminder.repository';

export interface JpSummary {
  employeeId: string;
  year: number;
  jpEarned: number;
  jpRequired: number;
  jpMissing: number;
  met: boolean;
  completions: {
    enrollmentId: string;
    programId: string;
    programTitle: string;
    jp: number;
    completedAt: Date;
  }[];
}

@Injectable()
export class JpService {
  constructor(
    @Inject(TRAINING_CONFIG) private readonly config: TrainingConfig,
    private readonly settings: TrainingSettingsRepository,
    private readonly enrollments: EnrollmentRepository,
    private readonly people: PeopleRepository,
    private readonly reminders: JpReminderRepository,
    private readonly chart: OrgChartRepository,
  ) {}

  /** The agency's yearly figures: the PNS minimum and the PPPK figure, as agency data. */
  private async figures(agencyId: string) {
    const s = await this.settings.of(agencyId);
    return {
      jpRequired: s.jpRequired ?? this.config.JP_MIN_PER_YEAR,
      jpRequiredPppk: s.jpRequiredPppk ?? PPPK_JP_DEFAULT,
    };
  }

  /** The yearly JP a person is held to: PPPK by today's post get the agency's PPPK figure. */
  async required(agencyId: string, employeeId?: string): Promise<number> {
    const figures = await this.figures(agencyId);
    if (employeeId === undefined) return figures.jpRequired;
    const line = await this.chart.placementOnBatched(agencyId, employeeId, todayInJakarta());
    return jpRequiredFor(line?.employmentType, figures);
  }

  /**
   * `completed`: the person's completed enrollments, `required`: their yearly JP, when the caller
   * has read them already.
   */
  async summary(
    agencyId: string,
    employeeId: string,
    year: number,
    completed?: Awaited<ReturnType<EnrollmentRepository['completed']>>,
    required?: number,
  ): Promise<JpSummary> {
    const scope = agencyScope(agencyId);
    const done = (completed ?? (await this.enrollments.completed(scope, employeeId))).filter(
      (e) => e.completion?.year === year,
    );
    const jpEarned = done.reduce((sum, e) => sum + e.jp, 0);
    const jpRequired = required ?? (await this.required(agencyId, employeeId));
    const s = standing(employeeId, '', jpEarned, jpRequired);
    return {
      employeeId,
      year,
      jpEarned,
      jpRequired: s.jpRequired,
      jpMissing: s.jpMissing,
      met: s.met,
      completions: done.map((e) => ({
        enrollmentId: e.id,
        programId: e.programId,
        programTitle: e.programTitle,
        jp: e.jp,
        completedAt: e.completion!.completedAt,
      })),
    };
  }

  async standings(agencyId: string, year: number, unitId?: string): Promise<JpStanding[]> {
    const scope = agencyScope(agencyId);
    const [people, jp, figures, pppk] = await Promise.all([
      this.people.list(scope, unitId),
      this.enrollments.jpByEmployee(scope, year),
      this.figures(agencyId),
      this.chart.pppkOn(agencyId, todayInJakarta()),
    ]);
    return people.map((p) =>
      standing(
        p.employeeId,
        p.unitId,
        jp.get(p.employeeId) ?? 0,
        jpRequiredFor(pppk.has(p.employeeId) ? 'PPPK' : 'PNS', figures),
      ),
    );
  }

  async fulfilment(agencyId: string, year: number, unitId?: string): Promise<UnitFulfilment[]> {
    return perUnit(await this.standings(agencyId, year, unitId));
  }

  /**
   * Stages a jp-reminder for everyone known who is behind, once per employee, year and round
   * (the reminder id is deterministic and its document is inserted once).
   */
  async remind(now = new Date()): Promise<number> {
    const due = dueRound(this.config.JP_REMINDER_DATES, now);
    if (!due) return 0;
    const agencies = new Set((await this.people.all()).map((p) => p.agencyId));
    let staged = 0;
    for (const agencyId of agencies) {
      for (const s of await this.standings(agencyId, due.year)) {
        if (s.met) continue;
        const reminderId = deterministicId(
          'jp-reminder',
          s.employeeId,
          String(due.year),
          String(due.round),
        );
        const event = stageEvent(
          trainingJpReminderV1,
          {
            id: reminderId,
            data: {
              reminderId,
              employeeId: s.employeeId,
              agencyId,
              unitId: s.unitId,
              year: due.year,
              round: due.round,
              jpEarned: s.jpEarned,
              jpRequired: s.jpRequired,
              jpMissing: s.jpMissing,
              deadline: `${due.year}-12-31`,
              link: `/api/v1/employees/${s.employeeId}/jp/${due.year}`,
            },
          },
          sourceOf('training'),
        );
        if (await this.reminders.insertOnce(agencyScope(agencyId), reminderId, s.employeeId, event))
          staged += 1;
      }
    }
    return staged;
  }
}
