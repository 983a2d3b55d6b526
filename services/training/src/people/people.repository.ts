import { Inject, Injectable } from '@nestjs/common';
import type { Connection, FilterQuery, UpdateQuery } from 'mongoose';
import {
  BatchedUpserts,
  isDuplicateKey,
  MONGO_CONNECTION,
  provinceScope,
  TenantScopedRepository,
  type AgencyScope,
} from '@jenjang/persistence';
import type { PositionGroup } from '@jenjang/contracts';
import { PersonSchema, type AppraisalFacts, type PersonDoc } from './people.schema';

export type Person = Omit<PersonDoc, '_id'> & { employeeId: string };

@Injectable()
export class PeopleRepository extends TenantScopedRepository<PersonDoc, Person> {
  /** The event path's upserts, batched, and the people read back (see upsertAndGet). */
  private readonly batched: BatchedUpserts<PersonDoc, Person>;

  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    const model = connection.model<PersonDoc>('Person', PersonSchema);
    super(model);
    this.batched = new BatchedUpserts(model, (d) => this.toPlain(d));
  }

  protected toPlain({ _id, ...rest }: PersonDoc): Person {
    return { employeeId: _id, ...rest };
  }

  byId(scope: AgencyScope, employeeId: string): Promise<Person | null> {
    return this.findOne(scope, { _id: employeeId });
  }

  /**
   * The event path's writes (two per appraisal) go to the driver: a person is plain values with
   * nothing to cast, every field is named on insert, and mongoose's casting, cloning and hooks
   * cost CPU on every event (issue 12). The filter is scoped like every other query. The
   * concurrent handlers' upserts go in one bulkWrite and the people are read back in one find
   * (each was a findAndModify of its own, a command and a round trip per event): the person read
   * holds this write, and any other that came after it.
   */
  private async upsertAndGet(
    scope: AgencyScope,
    employeeId: string,
    filter: FilterQuery<PersonDoc>,
    update: UpdateQuery<PersonDoc>,
  ): Promise<Person | null> {
    return this.batched.upsertAndGet(
      { ...this.agencyFilter(scope, filter), _id: employeeId },
      update,
    );
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
    // One write on the event path: the place set and the appraisal pushed unless it is there
    // (the filter keeps a redelivery from pushing it twice). When it is there already, the
    // upsert's insert is refused as a duplicate, and the place alone is set.
    const place$ = { ...place, updatedAt: new Date() };
    try {
      const person = await this.upsertAndGet(
        scope,
        employeeId,
        { 'appraisals.appraisalId': { $ne: facts.appraisalId } },
        {
          $set: place$,
          $setOnInsert: { targetPositionName: null, targetPositionGroup: null },
          $push: { appraisals: facts },
        },
      );
      if (person) return person;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    return (await this.findOneAndUpdate(scope, { _id: employeeId }, { $set: place$ }))!;
  }

  async recordAssessment(
    scope: AgencyScope,
    employeeId: string,
    place: {
      unitId: string;
      positionName: string;
      targetPositionName: string | null;
      targetPositionGroup: PositionGroup | null;
    },
  ): Promise<Person> {
    const person = await this.upsertAndGet(
      scope,
      employeeId,
      {},
      {
        $set: { ...place, updatedAt: new Date() },
        $setOnInsert: { superiorId: null, appraisals: [] },
      },
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
