import DataLoader from 'dataloader';
import type { FilterQuery, Model } from 'mongoose';
import { GroupCommit } from './group-commit';

const SEP = '\u0000';

/**
 * Reads of documents by one field (their `_id`, or another field) that concurrent handlers make
 * in the same turn of the event loop, combined into one `find({agencyId, field: {$in: …}})` per
 * agency (dataloader): under load, one command for many reads of the event path (issue 12).
 * Nothing is cached beyond the turn: a read after a write sees the write.
 *
 * `unique`: one document per value (by _id or a unique index), answered as the document or
 * null; otherwise every document with the value, in `sort` order.
 */
export class BatchedReads<TDoc extends { agencyId: string }, TPlain> {
  private readonly loader: DataLoader<string, TDoc[]>;
  // Every read names its agency (the tenant guard's rule for the queries below).
  /** The reads of one turn share one batch; those made while it is at the store, the next. */
  private readonly commit = new GroupCommit();

  constructor(
    private readonly model: Model<TDoc>,
    private readonly field: string,
    private readonly toPlain: (doc: TDoc) => TPlain,
    options: { sort?: Record<string, 1 | -1>; maxBatch?: number } = {},
  ) {
    this.loader = new DataLoader<string, TDoc[]>((keys) => this.readAll(keys, options.sort), {
      cache: false,
      maxBatchSize: options.maxBatch ?? 500,
      batchScheduleFn: (run) => this.commit.schedule(run),
    });
  }

  /** The one document of the agency with this value, or null. */
  async one(agencyId: string, value: string): Promise<TPlain | null> {
    const [doc] = await this.loader.load(`${agencyId}${SEP}${value}`);
    return doc ? this.toPlain(doc) : null;
  }

  /** Every document of the agency with this value. */
  async all(agencyId: string, value: string): Promise<TPlain[]> {
    return (await this.loader.load(`${agencyId}${SEP}${value}`)).map((d) => this.toPlain(d));
  }

  private async readAll(
    keys: readonly string[],
    sort: Record<string, 1 | -1> | undefined,
  ): Promise<TDoc[][]> {
    const byAgency = new Map<string, string[]>();
    for (const key of keys) {
      const [agencyId, value] = key.split(SEP) as [string, string];
      const values = byAgency.get(agencyId);
      if (values) values.push(value);
      else byAgency.set(agencyId, [value]);
    }
    const found = new Map<string, TDoc[]>();
    await this.commit.send(() => this.readEach(byAgency, found, sort));
    return keys.map((key) => found.get(key) ?? []);
  }

  private async readEach(
    byAgency: Map<string, string[]>,
    found: Map<string, TDoc[]>,
    sort: Record<string, 1 | -1> | undefined,
  ): Promise<void> {
    await Promise.all(
      [...byAgency].map(async ([agencyId, values]) => {
        const filter = { agencyId, [this.field]: { $in: values } } as FilterQuery<TDoc>;
        const docs = await this.model
          .find(filter, null, sort ? { sort } : {})
          .lean<TDoc[]>()
          .exec();
        for (const doc of docs) {
          const key = `${agencyId}${SEP}${String((doc as Record<string, unknown>)[this.field])}`;
          const same = found.get(key);
          if (same) same.push(doc);
          else found.set(key, [doc]);
        }
      }),
    );
  }
}
