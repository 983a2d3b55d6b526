import { Schema, type Connection, type Model } from 'mongoose';
import { databaseUri, randomLetters, testEnv } from '@jenjang/testing';
import {
  agencyScope,
  AgencySettingsStore,
  agencySettingsSchemaFields,
  auditEntry,
  AuditedAggregateRepository,
  auditSchemaFields,
  connectMongo,
  DuplicateKeyError,
  NotFoundError,
  outboxSchemaFields,
  outboxSignals,
  revisionSchemaFields,
  RevisionConflictError,
  tenantGuardPlugin,
  type AgencySettingsFields,
  type AuditEntry,
  type OutboxEntry,
  type OutboxFields,
  type OutboxStaged,
} from '../../src';

interface GoalDoc extends OutboxFields {
  _id: string;
  agencyId: string;
  employeeId: string;
  goal: string;
  notes: string[];
  revision: number;
  updatedAt: Date;
  audit: AuditEntry[];
}
type Goal = Omit<GoalDoc, '_id' | 'outboxLease'> & { id: string };

class GoalRepository extends AuditedAggregateRepository<GoalDoc, Goal> {
  constructor(model: Model<GoalDoc>) {
    super(model);
  }
  protected toPlain({ _id, outboxLease: _l, ...rest }: GoalDoc): Goal {
    return { id: _id, ...rest };
  }
}

interface CutoffDoc extends AgencySettingsFields {
  low: number;
  high: number;
}

class CutoffStore extends AgencySettingsStore<
  CutoffDoc,
  { low: number; high: number; revision: number }
> {
  constructor(model: Model<CutoffDoc>, ttlMs: number) {
    super(model, ttlMs);
  }
  protected toPlain({ low, high, revision }: CutoffDoc) {
    return { low, high, revision };
  }
}

const admin = { subject: 'u-admin', roles: ['ADMIN_INSTANSI'] };
const event = (id: string): OutboxEntry => ({
  id,
  topic: 'public.test.goal-set.v1',
  key: 'E1',
  headers: {},
  payload: '{}',
  createdAt: new Date(),
});

describe(AuditedAggregateRepository.name, () => {
  let connection: Connection;
  let goals: GoalRepository;
  let cutoffs: CutoffStore;
  const ag1 = agencyScope('AG1');
  const ag2 = agencyScope('AG2');

  beforeAll(async () => {
    connection = await connectMongo({
      uri: databaseUri(testEnv().mongoUri, `itest-aggregate-${randomLetters()}`),
      appName: 'test',
    });
    const schema = new Schema<GoalDoc>(
      {
        _id: String,
        agencyId: { type: String, required: true },
        employeeId: { type: String, required: true },
        goal: String,
        notes: { type: [String], default: [] },
        updatedAt: Date,
        ...revisionSchemaFields,
        ...auditSchemaFields,
        ...outboxSchemaFields,
      },
      { versionKey: false },
    );
    schema.index({ agencyId: 1, employeeId: 1 }, { unique: true });
    schema.plugin(tenantGuardPlugin);
    const goalModel = connection.model<GoalDoc>('Goal', schema);
    await goalModel.init();
    goals = new GoalRepository(goalModel);

    const settings = new Schema<CutoffDoc>(
      { low: Number, high: Number, ...agencySettingsSchemaFields },
      { versionKey: false },
    );
    settings.plugin(tenantGuardPlugin);
    const cutoffModel = connection.model<CutoffDoc>('Cutoff', settings);
    await cutoffModel.init();
    // A long cache: what `cached` answers after another writer's save shows the cache is used.
    cutoffs = new CutoffStore(cutoffModel, 60_000);
  });

  afterAll(async () => {
    await connection.db?.dropDatabase().catch(() => undefined);
    await connection?.close();
  });

  it('should create an aggregate with its first events and tell the relay', async () => {
    const staged: OutboxStaged[] = [];
    const listen = (s: OutboxStaged) => staged.push(s);
    outboxSignals.on('staged', listen);
    try {
      const created = await goals.create(
        ag1,
        {
          _id: 'g-1',
          employeeId: 'E1',
          goal: 'Analis',
          notes: [],
          revision: 0,
          updatedAt: new Date(),
          audit: [],
        },
        [event('ev-1')],
      );
      expect(created).toMatchObject({ id: 'g-1', agencyId: 'AG1', revision: 0 });
      expect(created.outbox.map((e) => e.id)).toEqual(['ev-1']);
    } finally {
      outboxSignals.off('staged', listen);
    }
    expect(staged.flatMap((s) => s.ids)).toContain('g-1');
  });

  it('should refuse a second aggregate with the same unique key as DuplicateKeyError', async () => {
    const doc = {
      employeeId: 'E2',
      goal: 'Analis',
      notes: [],
      revision: 0,
      updatedAt: new Date(),
      audit: [],
    };
    await goals.create(ag1, { _id: 'g-2', ...doc });

    await expect(goals.create(ag1, { _id: 'g-3', ...doc })).rejects.toBeInstanceOf(
      DuplicateKeyError,
    );
    await expect(goals.create(ag1, { _id: 'g-2', ...doc, employeeId: 'E3' })).rejects.toMatchObject(
      {
        constructor: DuplicateKeyError,
        status: 409,
      },
    );
  });

  it('should write the change, its audit entry and its events in one guarded update', async () => {
    await goals.create(ag1, {
      _id: 'g-4',
      employeeId: 'E4',
      goal: 'Analis',
      notes: [],
      revision: 0,
      updatedAt: new Date(),
      audit: [],
    });
    const audit = auditEntry(admin, 'goal.renamed', { after: { goal: 'Perencana' } });

    const changed = await goals.change(
      ag1,
      'g-4',
      0,
      { set: { goal: 'Perencana' }, push: { notes: 'n1' } },
      audit,
      [event('ev-4')],
    );

    expect(changed).toMatchObject({
      goal: 'Perencana',
      notes: ['n1'],
      revision: 1,
      updatedAt: audit.at,
    });
    expect(changed.outbox.map((e) => e.id)).toEqual(['ev-4']);
    expect(await goals.auditOf(ag1, 'g-4')).toMatchObject([{ action: 'goal.renamed' }]);
    await expect(goals.change(ag1, 'g-4', 0, { set: { goal: 'X' } }, audit)).rejects.toBeInstanceOf(
      RevisionConflictError,
    );
  });

  it('should not show or change another agency aggregate', async () => {
    await goals.create(ag1, {
      _id: 'g-5',
      employeeId: 'E5',
      goal: 'Analis',
      notes: [],
      revision: 0,
      updatedAt: new Date(),
      audit: [],
    });

    expect(await goals.byId(ag2, 'g-5')).toBeNull();
    expect(await goals.auditOf(ag2, 'g-5')).toEqual([]);
    await expect(
      goals.change(ag2, 'g-5', 0, { set: { goal: 'X' } }, auditEntry(admin, 'goal.renamed')),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  describe(AgencySettingsStore.name, () => {
    it('should save the first and the next revision with their trail', async () => {
      const scope = agencyScope('AG-S1');
      expect(await cutoffs.get(scope)).toBeNull();

      const first = await cutoffs.save(
        scope,
        0,
        { low: 1, high: 2 },
        auditEntry(admin, 'cutoffs.created'),
      );
      const next = await cutoffs.save(
        scope,
        1,
        { low: 1, high: 3 },
        auditEntry(admin, 'cutoffs.updated'),
      );

      expect(first).toEqual({ low: 1, high: 2, revision: 1 });
      expect(next).toEqual({ low: 1, high: 3, revision: 2 });
      expect((await cutoffs.auditOf(scope)).map((e) => e.action)).toEqual([
        'cutoffs.created',
        'cutoffs.updated',
      ]);
    });

    it('should let one of two concurrent first saves win and refuse the other as a conflict', async () => {
      const scope = agencyScope('AG-S2');
      const results = await Promise.allSettled([
        cutoffs.save(scope, 0, { low: 1, high: 2 }, auditEntry(admin, 'cutoffs.created')),
        cutoffs.save(scope, 0, { low: 5, high: 6 }, auditEntry(admin, 'cutoffs.created')),
      ]);

      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(lost.reason).toMatchObject({ constructor: RevisionConflictError, currentRevision: 1 });
    });

    it('should refuse a stale or unknown revision as a conflict', async () => {
      const scope = agencyScope('AG-S3');
      await expect(
        cutoffs.save(scope, 3, { low: 1, high: 2 }, auditEntry(admin, 'cutoffs.updated')),
      ).rejects.toMatchObject({
        constructor: RevisionConflictError,
        expectedRevision: 3,
        currentRevision: 0,
      });
      await cutoffs.save(scope, 0, { low: 1, high: 2 }, auditEntry(admin, 'cutoffs.created'));
      await expect(
        cutoffs.save(scope, 0, { low: 1, high: 2 }, auditEntry(admin, 'cutoffs.created')),
      ).rejects.toMatchObject({
        constructor: RevisionConflictError,
        expectedRevision: 0,
        currentRevision: 1,
      });
    });

    it('should serve cached reads from memory until a save in this process clears them', async () => {
      const scope = agencyScope('AG-S4');
      expect(await cutoffs.cached(scope)).toBeNull();
      // Another replica's save: not seen through the cache within its time.
      const other = new CutoffStore(connection.model<CutoffDoc>('Cutoff'), 60_000);
      await other.save(scope, 0, { low: 1, high: 2 }, auditEntry(admin, 'cutoffs.created'));
      expect(await cutoffs.cached(scope)).toBeNull();

      await cutoffs.save(scope, 1, { low: 2, high: 3 }, auditEntry(admin, 'cutoffs.updated'));

      expect(await cutoffs.cached(scope)).toEqual({ low: 2, high: 3, revision: 2 });
    });
  });
});
