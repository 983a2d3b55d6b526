import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import {
  AggregateRepository,
  BatchedReads,
  changeQuery,
  MONGO_CONNECTION,
  NotFoundError,
  type AgencyScope,
  type OutboxEntry,
} from '@jenjang/persistence';
import type { EnrollmentStatus } from './domain/enrollment';
import { EnrollmentSchema, type EnrollmentDoc } from './enrollment.schema';

export type Enrollment = Omit<EnrollmentDoc, '_id' | 'outbox' | 'outboxLease'> & { id: string };

const ENROLLMENT = { en: 'Enrollment', id: 'Pendaftaran' };
const ACTIVE: EnrollmentStatus[] = ['PENDING_APPROVAL', 'ENROLLED', 'ATTENDING', 'COMPLETED'];

@Injectable()
export class EnrollmentRepository extends AggregateRepository<EnrollmentDoc, Enrollment> {
  private readonly byEmployee: BatchedReads<EnrollmentDoc, Enrollment>;

  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<EnrollmentDoc>('Enrollment', EnrollmentSchema));
    this.byEmployee = new BatchedReads(this.model, 'employeeId', (d) => this.toPlain(d));
  }

  protected toPlain({ _id, outbox: _o, outboxLease: _l, ...rest }: EnrollmentDoc): Enrollment {
    return { id: _id, ...rest };
  }

  /** An active enrollment of the person in the program (one at a time). */
  activeFor(scope: AgencyScope, employeeId: string, programId: string): Promise<Enrollment | null> {
    return this.findOne(scope, { employeeId, programId, status: { $in: ACTIVE } });
  }

  list(
    scope: AgencyScope,
    filter: { employeeId?: string; status?: string },
  ): Promise<Enrollment[]> {
    return this.find(scope, filter, { sort: { startsAt: -1 }, limit: 1000 });
  }

  /**
   * Moves the enrollment from `from` to a new state with its events, in one write guarded by the
   * status: a retried or concurrent request cannot apply it twice.
   */
  async change(
    scope: AgencyScope,
    id: string,
    from: EnrollmentStatus,
    set: Partial<EnrollmentDoc>,
    events: OutboxEntry[] = [],
  ): Promise<Enrollment> {
    const update = changeQuery<EnrollmentDoc>({ set: { ...set, updatedAt: new Date() } }, events);
    const changed = await this.findOneAndUpdate(scope, { _id: id, status: from }, update);
    if (!changed) throw new NotFoundError(ENROLLMENT, id);
    return changed;
  }

  async completed(scope: AgencyScope, employeeId: string): Promise<Enrollment[]> {
    if (scope.kind !== 'agency') {
      return this.find(scope, { employeeId, status: 'COMPLETED' }, { limit: 5000 });
    }
    // Every recommendation set reads them: the reads of one turn share one query.
    const all = await this.byEmployee.all(scope.agencyId, employeeId);
    return all.filter((e) => e.status === 'COMPLETED');
  }

  /** JP earned per employee in a year: the sum over completed enrollments of that year. */
  async jpByEmployee(
    scope: AgencyScope,
    year: number,
    employeeId?: string,
  ): Promise<Map<string, number>> {
    const done = await this.find(
      scope,
      { status: 'COMPLETED', 'completion.year': year, ...(employeeId ? { employeeId } : {}) },
      { limit: 200_000 },
    );
    const jp = new Map<string, number>();
    for (const e of done) jp.set(e.employeeId, (jp.get(e.employeeId) ?? 0) + e.jp);
    return jp;
  }

  /** Completed enrollments of the scope (training evaluation). */
  completedAll(scope: AgencyScope, programId?: string): Promise<Enrollment[]> {
    return this.find(
      scope,
      { status: 'COMPLETED', ...(programId ? { programId } : {}) },
      { limit: 200_000 },
    );
  }
}
