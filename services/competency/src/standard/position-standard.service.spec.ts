import type { Principal } from '@jenjang/auth';
import {
  RevisionConflictError,
  type AgencyScope,
  type AggregateChange,
  type AuditEntry,
  type NewAggregate,
} from '@jenjang/persistence';
import { requestScopeOf } from '@jenjang/platform';
import type { DictionaryService } from '../dictionary/dictionary.service';
import { StandardChangedConcurrentlyError } from './domain/standard-errors';
import type { PositionStandardRepository, StoredStandard } from './position-standard.repository';
import type { PositionStandardDoc } from './position-standard.schema';
import { PositionStandardService } from './position-standard.service';
import { StandardChangeHooks } from './standard-change.hooks';

const admin: Principal = {
  subject: 'u-admin',
  employeeId: 'emp-admin',
  agencyId: 'AG1',
  roles: ['ADMIN_INSTANSI'],
};
const caller = requestScopeOf(admin, { method: 'PUT', params: { agencyId: 'AG1' } });

/** The store as the service sees it: one document per position, revision-guarded. */
class FakeStandards {
  readonly docs = new Map<string, PositionStandardDoc>();
  conflictOnChange = false;

  byId(_scope: AgencyScope, id: string): Promise<StoredStandard | null> {
    const doc = this.docs.get(id);
    return Promise.resolve(doc ? this.plain(doc) : null);
  }

  ownerOf(id: string): Promise<string | null> {
    return Promise.resolve(this.docs.get(id)?.agencyId ?? null);
  }

  create(scope: AgencyScope, doc: NewAggregate<PositionStandardDoc>): Promise<StoredStandard> {
    const agencyId = scope.kind === 'agency' ? scope.agencyId : '';
    this.docs.set(doc._id, { ...doc, agencyId });
    return this.byId(scope, doc._id) as Promise<StoredStandard>;
  }

  change(
    scope: AgencyScope,
    id: string,
    expectedRevision: number,
    change: AggregateChange<PositionStandardDoc>,
    audit: AuditEntry,
  ): Promise<StoredStandard> {
    const doc = this.docs.get(id)!;
    if (this.conflictOnChange || doc.revision !== expectedRevision) {
      return Promise.reject(new RevisionConflictError(expectedRevision, doc.revision + 1));
    }
    const pushed = change.push?.history as PositionStandardDoc['current'];
    this.docs.set(id, {
      ...doc,
      ...change.set,
      history: [...doc.history, pushed],
      revision: doc.revision + 1,
      updatedAt: audit.at,
      audit: [...doc.audit, audit],
    });
    return this.byId(scope, id) as Promise<StoredStandard>;
  }

  private plain({ audit: _a, ...rest }: PositionStandardDoc): StoredStandard {
    return rest;
  }
}

function setup() {
  const store = new FakeStandards();
  const hooks = new StandardChangeHooks();
  const changed = jest.fn().mockResolvedValue(undefined);
  hooks.register(changed);
  const dictionary = {
    knownCodes: () => Promise.resolve(new Set(['INTEGRITAS', 'KERJA_SAMA'])),
  } as unknown as DictionaryService;
  const service = new PositionStandardService(
    store as unknown as PositionStandardRepository,
    dictionary,
    hooks,
  );
  return { store, service, changed };
}

const input = (level: number) => ({
  positionName: 'Analis Kepegawaian Ahli Muda',
  positionGroup: 'FUNGSIONAL' as const,
  requirements: [{ code: 'INTEGRITAS', requiredLevel: level }],
});

describe(PositionStandardService.name, () => {
  it('should record who created the standard and who added each version when it changes', async () => {
    const { store, service, changed } = setup();

    await service.put(caller, 'jab-1', input(3));
    const second = await service.put(caller, 'jab-1', input(4));

    expect(second.history.map((v) => v.version)).toEqual([1, 2]);
    expect(second.current).toMatchObject({ version: 2, setBy: 'u-admin' });
    expect(second).not.toHaveProperty('audit');
    expect(store.docs.get('jab-1')?.audit).toEqual([
      expect.objectContaining({
        action: 'position-standard.created',
        by: { subject: 'u-admin', roles: ['ADMIN_INSTANSI'] },
      }),
      expect.objectContaining({
        action: 'position-standard.versioned',
        before: { version: 1 },
        after: { version: 2 },
      }),
    ]);
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it('should add no version when the same content is put again', async () => {
    const { store, service, changed } = setup();
    await service.put(caller, 'jab-1', input(3));

    const again = await service.put(caller, 'jab-1', input(3));

    expect(again.revision).toBe(1);
    expect(store.docs.get('jab-1')?.audit).toHaveLength(1);
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('should answer STANDARD_CHANGED_CONCURRENTLY when another version came first', async () => {
    const { store, service, changed } = setup();
    await service.put(caller, 'jab-1', input(3));
    store.conflictOnChange = true;

    await expect(service.put(caller, 'jab-1', input(4))).rejects.toBeInstanceOf(
      StandardChangedConcurrentlyError,
    );
    expect(changed).toHaveBeenCalledTimes(1);
  });
});
