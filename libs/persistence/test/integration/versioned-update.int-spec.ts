import { Schema, type Connection, type Model } from 'mongoose';
import { databaseUri, randomLetters, testEnv } from '@jenjang/testing';
import {
  agencyScope,
  auditEntry,
  auditSchemaFields,
  connectMongo,
  NotFoundError,
  provinceScope,
  RevisionConflictError,
  revisionSchemaFields,
  tenantGuardPlugin,
  TenantScopedRepository,
  updateIfRevision,
  withAudit,
  type AgencyScope,
  type AuditEntry,
} from '../../src';

interface GoalDoc {
  _id: string;
  agencyId: string;
  goal: string;
  revision: number;
  audit: AuditEntry[];
}

interface Goal {
  id: string;
  goal: string;
  revision: number;
  audit: AuditEntry[];
}

const admin = { subject: 'u-admin', roles: ['ADMIN_INSTANSI'] };

class GoalRepository extends TenantScopedRepository<GoalDoc, Goal> {
  constructor(model: Model<GoalDoc>) {
    super(model);
  }
  protected toPlain(doc: GoalDoc): Goal {
    return { id: doc._id, goal: doc.goal, revision: doc.revision, audit: doc.audit };
  }
  create(scope: AgencyScope, id: string, goal: string) {
    return this.insert(scope, { _id: id, goal, revision: 0, audit: [] });
  }
  byId(scope: AgencyScope, id: string) {
    return this.findOne(scope, { _id: id });
  }
  rename(scope: AgencyScope, id: string, revision: number, goal: string, before: string) {
    const entry = auditEntry(admin, 'goal.renamed', { before: { goal: before }, after: { goal } });
    return this.updateVersioned(scope, { _id: id }, revision, withAudit({ $set: { goal } }, entry));
  }
}

describe(GoalRepository.name, () => {
  let connection: Connection;
  let model: Model<GoalDoc>;
  let repo: GoalRepository;
  const ag1 = agencyScope('AG1');
  const ag2 = agencyScope('AG2');

  beforeAll(async () => {
    connection = await connectMongo({
      uri: databaseUri(testEnv().mongoUri, `itest-versioned-${randomLetters()}`),
      appName: 'test',
    });
    const schema = new Schema<GoalDoc>({
      _id: String,
      agencyId: { type: String, required: true, index: true },
      goal: String,
    });
    schema.add(revisionSchemaFields);
    schema.add(auditSchemaFields);
    schema.plugin(tenantGuardPlugin);
    model = connection.model<GoalDoc>('Goal', schema);
    await model.init(); // the index build and the first insert must not both create the collection
    repo = new GoalRepository(model);
  });

  afterAll(async () => {
    // Clean-up only: the dev store sometimes fails a drop ("index not found with name [_id_]").
    await connection.db?.dropDatabase().catch(() => undefined);
    await connection?.close();
  });

  it('should let exactly one of two concurrent updates with the same revision win', async () => {
    await repo.create(ag1, 'g-race', 'Analis');

    const results = await Promise.allSettled([
      repo.rename(ag1, 'g-race', 0, 'Kepala Seksi', 'Analis'),
      repo.rename(ag1, 'g-race', 0, 'Kepala Bidang', 'Analis'),
    ]);

    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const error = lost[0].reason as RevisionConflictError;
    expect(error).toBeInstanceOf(RevisionConflictError);
    expect(error).toMatchObject({ expectedRevision: 0, currentRevision: 1, status: 409 });
    const stored = await repo.byId(ag1, 'g-race');
    const winner = won[0].value;
    expect(stored).toMatchObject({ goal: winner.goal, revision: 1 });
    expect(stored?.audit).toHaveLength(1);
    expect(stored?.audit[0]?.after).toEqual({ goal: winner.goal });
  });

  it('should write the audit entry in the same update as the change', async () => {
    await repo.create(ag1, 'g-audit', 'Analis');

    const updated = await repo.rename(ag1, 'g-audit', 0, 'Pranata Komputer', 'Analis');

    expect(updated).toMatchObject({ goal: 'Pranata Komputer', revision: 1 });
    expect(updated.audit).toEqual([
      {
        at: expect.any(Date) as Date,
        by: { subject: 'u-admin', roles: ['ADMIN_INSTANSI'] },
        action: 'goal.renamed',
        before: { goal: 'Analis' },
        after: { goal: 'Pranata Komputer' },
      },
    ]);
  });

  it('should refuse a stale revision without writing the change or an audit entry', async () => {
    await repo.create(ag1, 'g-stale', 'Analis');
    await repo.rename(ag1, 'g-stale', 0, 'Perencana', 'Analis');

    await expect(repo.rename(ag1, 'g-stale', 0, 'Auditor', 'Analis')).rejects.toMatchObject({
      constructor: RevisionConflictError,
      expectedRevision: 0,
      currentRevision: 1,
    });

    const stored = await repo.byId(ag1, 'g-stale');
    expect(stored).toMatchObject({ goal: 'Perencana', revision: 1 });
    expect(stored?.audit.map((e) => e.after)).toEqual([{ goal: 'Perencana' }]);
  });

  it('should answer NotFoundError and change nothing when the document is of another agency', async () => {
    await repo.create(ag2, 'g-other', 'Widyaiswara');

    await expect(repo.rename(ag1, 'g-other', 0, 'hijacked', 'x')).rejects.toBeInstanceOf(
      NotFoundError,
    );

    const stored = await repo.byId(ag2, 'g-other');
    expect(stored).toMatchObject({ goal: 'Widyaiswara', revision: 0, audit: [] });
  });

  it('should answer NotFoundError when no document has the id', async () => {
    await expect(repo.rename(ag1, 'g-missing', 0, 'x', 'y')).rejects.toMatchObject({
      constructor: NotFoundError,
      status: 404,
      detail: { id: 'Data tidak ditemukan.' },
    });
  });

  it('should update through the model directly with a string id and a province scope', async () => {
    await repo.create(ag2, 'g-province', 'Analis');

    const updated = await updateIfRevision(
      model,
      provinceScope('BKD correction'),
      'g-province',
      0,
      { goal: 'Analis Kepegawaian' },
    );

    expect(updated).toMatchObject({ agencyId: 'AG2', goal: 'Analis Kepegawaian', revision: 1 });
    await expect(updateIfRevision(model, ag1, 'g-province', 1, { goal: 'x' })).rejects.toThrow(
      NotFoundError,
    );
  });
});
