import { Schema, type Connection, type Model } from 'mongoose';
import { databaseUri, randomLetters, testEnv } from '@jenjang/testing';
import {
  agencyScope,
  connectMongo,
  provinceScope,
  tenantGuardPlugin,
  TenantScopedRepository,
  UnscopedQueryError,
  type AgencyScope,
} from '../../src';

interface PlanDoc {
  _id: string;
  agencyId: string;
  employeeId: string;
  goal: string;
}

class PlanRepository extends TenantScopedRepository<
  PlanDoc,
  { id: string; agencyId: string; goal: string }
> {
  constructor(model: Model<PlanDoc>) {
    super(model);
  }
  protected toPlain(doc: PlanDoc) {
    return { id: doc._id, agencyId: doc.agencyId, goal: doc.goal };
  }
  create(scope: AgencyScope, id: string, goal: string) {
    return this.insert(scope, { _id: id, employeeId: 'E', goal });
  }
  byId(scope: AgencyScope, id: string) {
    return this.findOne(scope, { _id: id });
  }
  all(scope: AgencyScope) {
    return this.find(scope, {}, { sort: { _id: 1 } });
  }
  rename(scope: AgencyScope, id: string, goal: string) {
    return this.findOneAndUpdate(scope, { _id: id }, { $set: { goal } });
  }
}

describe(TenantScopedRepository.name, () => {
  let connection: Connection;
  let model: Model<PlanDoc>;
  let repo: PlanRepository;
  const ag1 = agencyScope('AG1');
  const ag2 = agencyScope('AG2');

  beforeAll(async () => {
    connection = await connectMongo({
      uri: databaseUri(testEnv().mongoUri, `itest-tenant-${randomLetters()}`),
      appName: 'test',
    });
    const schema = new Schema<PlanDoc>({
      _id: String,
      agencyId: { type: String, required: true, index: true },
      employeeId: String,
      goal: String,
    });
    schema.plugin(tenantGuardPlugin);
    model = connection.model<PlanDoc>('Plan', schema);
    // The index build creates the collection: let it finish before the first insert does too.
    await model.init();
    repo = new PlanRepository(model);
    await repo.create(ag1, 'p1', 'Kepala Bidang');
    await repo.create(ag2, 'p2', 'Analis Kebijakan');
  });

  afterAll(async () => {
    // Clean-up only: the dev store sometimes fails a drop ("index not found with name [_id_]").
    await connection.db?.dropDatabase().catch(() => undefined);
    await connection?.close();
  });

  it('should return only the documents of the caller agency', async () => {
    expect(await repo.all(ag1)).toEqual([{ id: 'p1', agencyId: 'AG1', goal: 'Kepala Bidang' }]);
    expect(await repo.byId(ag1, 'p2')).toBeNull();
  });

  it('should not change a document of another agency when the id is known', async () => {
    expect(await repo.rename(ag1, 'p2', 'hijacked')).toBeNull();
    expect(await repo.byId(ag2, 'p2')).toMatchObject({ goal: 'Analis Kebijakan' });
  });

  it('should see every agency with an explicit province scope', async () => {
    expect((await repo.all(provinceScope('BKD report'))).map((p) => p.id)).toEqual(['p1', 'p2']);
  });

  it('should refuse a query without agencyId written directly on the model', async () => {
    await expect(model.find({ goal: 'Kepala Bidang' }).exec()).rejects.toThrow(UnscopedQueryError);
    await expect(model.updateMany({}, { $set: { goal: 'x' } }).exec()).rejects.toThrow(
      UnscopedQueryError,
    );
    await expect(model.aggregate([{ $group: { _id: '$agencyId' } }]).exec()).rejects.toThrow(
      UnscopedQueryError,
    );
    expect(await repo.byId(ag2, 'p2')).toMatchObject({ goal: 'Analis Kebijakan' });
  });

  it('should refuse to insert into another agency than the scope', async () => {
    await expect(
      repo['insert'](ag1, { _id: 'p3', employeeId: 'E', goal: 'g', agencyId: 'AG2' }),
    ).rejects.toThrow(/differs from the scope/);
    expect(await model.countDocuments({ _id: 'p3', agencyId: 'AG2' })).toBe(0);
  });
});
