import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import {
  DuplicateKeyError,
  MONGO_CONNECTION,
  TenantScopedRepository,
  type AgencyScope,
  type AuditEntry,
} from '@jenjang/persistence';
import { PositionSchema, type PositionDoc } from './position.schema';

/** A catalog position as the service and API see it. */
export type Position = Omit<PositionDoc, '_id' | 'audit'> & { id: string };

export function toPosition(doc: PositionDoc): Position {
  const { _id, audit: _a, ...rest } = doc;
  return { id: _id, ...rest };
}

export const positionDocId = (agencyId: string, positionId: string): string =>
  `${agencyId}/${positionId}`;

export type PositionFields = Pick<
  PositionDoc,
  'unitId' | 'name' | 'group' | 'grade' | 'isKey' | 'competencies' | 'parentPositionId' | 'active'
>;

export interface PositionQuery {
  unitId?: string;
  group?: string;
  grade?: number;
  isKey?: boolean;
}

@Injectable()
export class PositionRepository extends TenantScopedRepository<PositionDoc, Position> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<PositionDoc>('Position', PositionSchema));
  }

  protected toPlain(doc: PositionDoc): Position {
    return toPosition(doc);
  }

  byPositionId(scope: AgencyScope, positionId: string): Promise<Position | null> {
    return this.findOne(scope, { positionId });
  }

  byPositionIds(scope: AgencyScope, positionIds: string[]): Promise<Position[]> {
    return this.find(scope, { positionId: { $in: positionIds } });
  }

  list(scope: AgencyScope, query: PositionQuery, limit = 2000): Promise<Position[]> {
    const filter: Record<string, unknown> = { active: true };
    for (const [k, v] of Object.entries(query)) if (v !== undefined) filter[k] = v;
    return this.find(scope, filter, { sort: { unitId: 1, grade: -1, positionId: 1 }, limit });
  }

  /** Same grade, other posts: the candidates of a rotation. */
  sameGrade(scope: AgencyScope, grade: number, exceptPositionId: string): Promise<Position[]> {
    return this.find(
      scope,
      { grade, active: true, positionId: { $ne: exceptPositionId } },
      { sort: { positionId: 1 }, limit: 500 },
    );
  }

  /**
   * Creates or replaces a position in one write (the catalog is reference data: the import
   * re-run gives the same result). The revision counts changes.
   */
  async upsert(
    scope: AgencyScope & { kind: 'agency' },
    positionId: string,
    fields: PositionFields,
    entry: AuditEntry,
  ): Promise<Position> {
    const saved = await this.findOneAndUpdate(
      scope,
      { _id: positionDocId(scope.agencyId, positionId) },
      {
        $set: { ...fields, updatedAt: entry.at },
        $setOnInsert: { positionId, createdAt: entry.at },
        $inc: { revision: 1 },
        $push: { audit: { $each: [entry], $slice: -50 } },
      },
      { upsert: true },
    );
    return saved!;
  }

  /** Creates a position unless its id is taken (the demo seed); true when it was created. */
  async createIfAbsent(
    scope: AgencyScope & { kind: 'agency' },
    positionId: string,
    fields: PositionFields,
    entry: AuditEntry,
  ): Promise<boolean> {
    try {
      await this.insert(scope, {
        _id: positionDocId(scope.agencyId, positionId),
        positionId,
        ...fields,
        revision: 1,
        createdAt: entry.at,
        updatedAt: entry.at,
        audit: [entry],
      });
      return true;
    } catch (error) {
      if (error instanceof DuplicateKeyError) return false;
      throw error;
    }
  }
}
