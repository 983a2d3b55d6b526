import { Injectable } from '@nestjs/common';
import { agencyScope } from '@jenjang/persistence';
import type { RequestScope } from '@jenjang/platform';
import { EnrollmentRepository } from '../enrollment/enrollment.repository';
import { PeopleRepository } from '../people/people.repository';
import { surveyResults, type ProgramSurveyResults } from '../survey/domain/survey-report';
import { SurveyService } from '../survey/survey.service';
import {
  compareAroundCompletion,
  programEffectiveness,
  type AppraisalPoint,
  type Comparison,
  type ProgramEffectiveness,
} from './domain/effectiveness';

/** Kirkpatrick level 1-4 of the agency's programs, from its completions and appraisals. */
@Injectable()
export class EffectivenessService {
  constructor(
    private readonly enrollments: EnrollmentRepository,
    private readonly people: PeopleRepository,
    private readonly surveys: SurveyService,
  ) {}

  private async histories(agencyId: string): Promise<Map<string, AppraisalPoint[]>> {
    const people = await this.people.list(agencyScope(agencyId));
    return new Map(people.map((p) => [p.employeeId, p.appraisals ?? []]));
  }

  /**
   * Level 4 (appraisal after vs before) next to the surveys: level 1 and the level-2 self-rating,
   * level 3 from the participant and the superior, response rates and comments.
   */
  async report(
    { agency, agencyId }: RequestScope,
    programId?: string,
  ): Promise<(ProgramEffectiveness & { surveys: ProgramSurveyResults | null })[]> {
    const [done, histories, surveys] = await Promise.all([
      this.enrollments.completedAll(agency, programId),
      this.histories(agencyId),
      this.surveys.forReport(agencyId, programId),
    ]);
    const results = surveyResults(surveys);
    const rows = programEffectiveness(
      done.map((e) => ({
        enrollmentId: e.id,
        employeeId: e.employeeId,
        programId: e.programId,
        programTitle: e.programTitle,
        completedAt: e.completion!.completedAt,
        score: e.completion?.score ?? null,
        survey: e.survey,
      })),
      (id) => histories.get(id) ?? [],
    );
    return rows.map((row) => {
      const r = results.get(row.programId) ?? null;
      // Answers given through the surveys supersede the single reaction stored before them.
      const level1 =
        r && r.level1.answered > 0
          ? {
              responses: r.level1.answered,
              meanRelevance: r.level1.meanRelevance,
              meanSatisfaction: r.level1.meanSatisfaction,
              wouldRecommendShare: r.level1.wouldRecommendShare,
            }
          : row.level1;
      return { ...row, level1, surveys: r };
    });
  }

  /** Per completion of one program: the appraisal before and after, for drilling down. */
  async completions(
    { agency, agencyId }: RequestScope,
    programId: string,
  ): Promise<(Comparison & { enrollmentId: string; employeeId: string; completedAt: Date })[]> {
    const [done, histories] = await Promise.all([
      this.enrollments.completedAll(agency, programId),
      this.histories(agencyId),
    ]);
    return done.map((e) => ({
      enrollmentId: e.id,
      employeeId: e.employeeId,
      completedAt: e.completion!.completedAt,
      ...compareAroundCompletion(e.completion!.completedAt, histories.get(e.employeeId) ?? []),
    }));
  }
}
