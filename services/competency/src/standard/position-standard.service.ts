import { Injectable } from '@nestjs/common';
import type { PositionGroup } from '@jenjang/contracts';
import {
  auditEntry,
  DuplicateKeyError,
  NotFoundError,
  RevisionConflictError,
  type AgencyScope,
} from '@jenjang/persistence';
import type { RequestScope } from '@jenjang/platform';
import { DictionaryService } from '../dictionary/dictionary.service';
import {
  parseRequirements,
  PositionOfAnotherAgencyError,
  type Requirement,
  type RequirementInput,
} from './domain/position-standard';
import { StandardChangedConcurrentlyError } from './domain/standard-errors';
import { PositionStandardRepository, type StoredStandard } from './position-standard.repository';
import { StandardChangeHooks } from './standard-change.hooks';
import type { StandardVersionDoc } from './position-standard.schema';

export interface StandardInput {
  readonly positionName: string;
  readonly positionGroup: PositionGroup;
  readonly requirements: readonly RequirementInput[];
}

const STANDARD = { en: 'position standard', id: 'standar kompetensi jabatan' };

@Injectable()
export class PositionStandardService {
  constructor(
    private readonly standards: PositionStandardRepository,
    private readonly dictionary: DictionaryService,
    private readonly hooks: StandardChangeHooks,
  ) {}

  list(scope: AgencyScope): Promise<StoredStandard[]> {
    return this.standards.list(scope);
  }

  async get(scope: AgencyScope, positionId: string): Promise<StoredStandard> {
    const found = await this.standards.byId(scope, positionId);
    if (!found) throw new NotFoundError(STANDARD, positionId);
    return found;
  }

  /** The requirements in force for a position of the agency; `null` when it has no standard. */
  async requirementsOf(scope: AgencyScope, positionId: string): Promise<Requirement[] | null> {
    return (await this.standards.cached(scope, positionId))?.current.requirements ?? null;
  }

  /** Refuses a position another agency owns. */
  async assertOwnable(scope: AgencyScope, positionId: string): Promise<void> {
    if (scope.kind !== 'agency') throw new Error('needs an agency scope');
    const owner = await this.standards.ownerOf(positionId);
    if (owner !== null && owner !== scope.agencyId)
      throw new PositionOfAnotherAgencyError(positionId);
  }

  /** Sets the standard: the first version, or a new one (earlier versions are kept). */
  async put(
    caller: RequestScope,
    positionId: string,
    input: StandardInput,
  ): Promise<StoredStandard> {
    await this.assertOwnable(caller.agency, positionId);
    const requirements = parseRequirements(
      input.requirements,
      await this.dictionary.knownCodes(caller.agency),
    );
    return this.write(caller, positionId, { ...input, requirements });
  }

  /** Writes already-checked content (the CSV import checks every row first). */
  async write(
    caller: RequestScope,
    positionId: string,
    input: Omit<StandardInput, 'requirements'> & { requirements: Requirement[] },
  ): Promise<StoredStandard> {
    const scope = caller.agency;
    const existing = await this.standards.byId(scope, positionId);
    const version: StandardVersionDoc = {
      version: (existing?.current.version ?? 0) + 1,
      positionName: input.positionName,
      positionGroup: input.positionGroup,
      requirements: input.requirements.map((r) => ({
        code: r.code,
        requiredLevel: r.requiredLevel,
      })),
      validFrom: new Date(),
      setBy: caller.actor.subject,
    };
    if (existing && sameContent(existing.current, version)) return existing;
    const saved = existing
      ? await this.addVersion(caller, existing, version)
      : await this.create(caller, positionId, version);
    await this.hooks.changed(scope, positionId, version.version);
    return saved;
  }

  private async create(
    caller: RequestScope,
    positionId: string,
    first: StandardVersionDoc,
  ): Promise<StoredStandard> {
    const at = first.validFrom;
    const audit = auditEntry(
      caller.actor,
      'position-standard.created',
      { after: { version: 1 } },
      at,
    );
    try {
      return await this.standards.create(caller.agency, {
        _id: positionId,
        current: first,
        history: [first],
        revision: 1,
        createdAt: at,
        updatedAt: at,
        audit: [audit],
      });
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
      // Created meanwhile: by this agency (a race) or by another one.
      await this.assertOwnable(caller.agency, positionId);
      throw new StandardChangedConcurrentlyError(positionId);
    }
  }

  private async addVersion(
    caller: RequestScope,
    existing: StoredStandard,
    next: StandardVersionDoc,
  ): Promise<StoredStandard> {
    const audit = auditEntry(
      caller.actor,
      'position-standard.versioned',
      { before: { version: existing.current.version }, after: { version: next.version } },
      next.validFrom,
    );
    try {
      return await this.standards.change(
        caller.agency,
        existing._id,
        existing.revision,
        { set: { current: next }, push: { history: next } },
        audit,
      );
    } catch (error) {
      // Another version came first (or the standard went): read again and retry.
      if (error instanceof RevisionConflictError || error instanceof NotFoundError) {
        throw new StandardChangedConcurrentlyError(existing._id);
      }
      throw error;
    }
  }
}

function sameContent(a: StandardVersionDoc, b: StandardVersionDoc): boolean {
  const key = (v: StandardVersionDoc) =>
    JSON.stringify([
      v.positionName,
      v.positionGroup,
      v.requirements.map((r) => [r.code, r.requiredLevel]),
    ]);
  return key(a) === key(b);
}
