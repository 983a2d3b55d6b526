import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import {
  AuditedAggregateRepository,
  MONGO_CONNECTION,
  type AgencyScope,
} from '@jenjang/persistence';
import { RecognitionSchema, type RecognitionDoc } from './recognition.schema';

export type Recognition = Omit<RecognitionDoc, '_id' | 'audit'> & { id: string };

@Injectable()
export class RecognitionRepository extends AuditedAggregateRepository<RecognitionDoc, Recognition> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<RecognitionDoc>('Recognition', RecognitionSchema));
  }

  protected toPlain(doc: RecognitionDoc): Recognition {
    const { _id, audit: _a, ...rest } = doc;
    return { id: _id, ...rest };
  }

  ofEmployees(scope: AgencyScope, employeeIds: readonly string[]): Promise<Recognition[]> {
    return this.find(
      scope,
      { employeeId: { $in: [...employeeIds] } },
      { sort: { awardedOn: -1 }, limit: 20_000 },
    );
  }
}
