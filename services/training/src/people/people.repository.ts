import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import {
  MONGO_CONNECTION,
  provinceScope,
  TenantScopedRepository,
  type AgencyScope,
} from '@jenjang/persistence';
import { PersonSchema, type AppraisalFacts, type PersonDoc } from './people.schema';

export type Person = Omit<PersonDoc, '_id'> & { employeeId: string };

@Injectable()
export class PeopleRepository extends TenantScopedRepository<PersonDoc, Person> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<PersonDoc>('Person', PersonSchema));
  }

  protected toPlain({ _id, ...rest }: PersonDoc): Person {
    return { employeeId: _id, ...rest };
  }

  byId(scope: AgencyScope, employeeId: string): Promise<Person | null> {
    return this.findOne(scope, { _id: employeeId });
  }

  /**
   * Records where the person works and one finalized appraisal; idempotent per appraisal.
   * Returns the person as recorded (so the caller need not read it back).
   */
  async recordAppraisal(
    scope: AgencyScope,
    employeeId: string,
    place: { unitId: string; positionName: string; superiorId: string },
    facts: AppraisalFacts,
  ): Promise<Person> {
    const person = await this.findOneAndUpdate(
      scope,
      { _id: employeeId },
      {
        $set: { ...place, updatedAt: new Date() },
        $setOnInsert: { targetPositionName: null, appraisals: [] },
      },
      { upsert: true },
    );
    if (person!.appraisals.some((x) => x.appraisalId === facts.appraisalId)) return person!;
    // Conditional, so that a concurrent redelivery cannot push the appraisal twice.
    const res = await this.updateOne(
      scope,
      { _id: employeeId, 'appraisals.appraisalId': { $ne: facts.appraisalId } },
      { $push: { appraisals: facts } },
    );
    if (res.modified === 0) return (await this.byId(scope, employeeId))!;
    return { ...person!, appraisals: [...person!.appraisals, facts] };
  }

  async recordAssessment(
    scope: AgencyScope,
    employeeId: string,
    place: { unitId: string; positionName: string; targetPositionName: string | null },
  ): Promise<Person> {
    const person = await this.findOneAndUpdate(
      scope,
      { _id: employeeId },
      {
        $set: { ...place, updatedAt: new Date() },
        $setOnInsert: { superiorId: null, appraisals: [] },
      },
      { upsert: true },
    );
    return person!;
  }

  /** Whoever is known, for the JP reminders and the per-unit report. */
  list(scope: AgencyScope, unitId?: string): Promise<Person[]> {
    return this.find(scope, unitId ? { unitId } : {}, { sort: { _id: 1 }, limit: 50_000 });
  }

  all(): Promise<Person[]> {
    return this.find(provinceScope('jp reminders: every known employee'), {}, { limit: 100_000 });
  }
}
