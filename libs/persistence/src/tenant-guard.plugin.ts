import type { Schema } from 'mongoose';
import { CROSS_TENANT_OPTION } from './tenant';

export class UnscopedQueryError extends Error {
  constructor(op: string, model: string) {
    super(`Refused ${op} on ${model} without an agencyId in the filter (tenant isolation)`);
    this.name = 'UnscopedQueryError';
  }
}

const QUERY_OPS = [
  'find',
  'findOne',
  'countDocuments',
  'updateOne',
  'updateMany',
  'deleteOne',
  'deleteMany',
  'findOneAndUpdate',
  'findOneAndDelete',
  'findOneAndReplace',
  'replaceOne',
  'distinct',
] as const;

interface GuardedQuery {
  getFilter(): Record<string, unknown>;
  getOptions(): Record<string, unknown>;
  model: { modelName: string };
  op?: string;
}

/** Refuses any query on a tenant collection whose filter does not carry `agencyId`. */
export function tenantGuardPlugin(schema: Schema): void {
  for (const op of QUERY_OPS) {
    schema.pre(op, function (this: GuardedQuery) {
      if (this.getOptions()[CROSS_TENANT_OPTION]) return;
      if (this.getFilter().agencyId === undefined) {
        throw new UnscopedQueryError(this.op ?? op, this.model.modelName);
      }
    });
  }
  schema.pre('aggregate', function () {
    const options = this.options as Record<string, unknown>;
    if (options[CROSS_TENANT_OPTION]) return;
    const first = this.pipeline()[0] as { $match?: { agencyId?: unknown } } | undefined;
    if (first?.$match?.agencyId === undefined) {
      throw new UnscopedQueryError('aggregate', 'aggregate');
    }
  });
}
