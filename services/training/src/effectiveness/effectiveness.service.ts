import { Injectable } from '@nestjs/common';
import type { Principal } from '@jenjang/auth';
import { agencyScope } from '@jenjang/persistence';
import { EnrollmentRepository } from '../enrollment/enrollment.repository';
import { PeopleRepository } from '../people/people.repository';
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
  ) {}

  private async histories(agencyId: string): Promise<Map<string, AppraisalPoint[]>> {
    const people = await this.people.list(agencyScope(agencyId));
    return new Map(people.map((p) => [p.employeeId, p.appraisals ?? []]));
  }

  async report(p: Principal, programId?: string): Promise<ProgramEffectiveness[]> {
    const scope = agencyScope(p.agencyId);
    const [done, histories] = await Promise.all([
      this.enrollments.completedAll(scope, programId),
      this.histories(p.agencyId),
    ]);
    return programEffectiveness(
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
  }

  /** Per completion of one program: the appraisal before and after, for drilling down. */
  async completions(
    p: Principal,
    programId: string,
  ): Promise<(Comparison & { enrollmentId: string; employeeId: string; completedAt: Date })[]> {
    const scope = agencyScope(p.agencyId);
    const [done, histories] = await Promise.all([
      this.enrollments.completedAll(scope, programId),
      this.histories(p.agencyId),
    ]);
    return done.map((e) => ({
      enrollmentId: e.id,
      employeeId: e.employeeId,
      completedAt: e.completion!.completedAt,
      ...compareAroundCompletion(e.completion!.completedAt, histories.get(e.employeeId) ?? []),
    }));
  }
}
