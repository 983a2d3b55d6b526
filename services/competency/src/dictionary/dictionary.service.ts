import { Injectable } from '@nestjs/common';
import { DuplicateKeyError, NotFoundError, type AgencyScope } from '@jenjang/persistence';
import type { RequestScope } from '@jenjang/platform';
import type { CompetencyLabel } from './domain/competency';
import {
  DuplicateCompetencyError,
  NationalCompetencyReadOnlyError,
} from './domain/competency-errors';
import { CompetencyRepository, type StoredCompetency } from './competency.repository';
import type { CompetencyChange, CompetencyEntry } from './domain/competency';
import { NATIONAL_DICTIONARY } from './domain/national-dictionary';
import {
  competencyAt,
  createCompetency,
  reviseCompetency,
  type NewCompetency,
} from './domain/versioning';

export interface DictionaryEntryView extends CompetencyEntry {
  readonly national: boolean;
}

const NATIONAL = new Map(NATIONAL_DICTIONARY.map((e) => [e.code, e]));
const national = (e: CompetencyEntry): DictionaryEntryView => ({ ...e, national: true });
const own = ({ recordedAt: _r, recordedBy: _b, ...e }: StoredCompetency): DictionaryEntryView => ({
  ...e,
  national: false,
});

/** The national seed (read-only) plus the agency's versioned technical dictionary. */
@Injectable()
export class DictionaryService {
  constructor(private readonly competencies: CompetencyRepository) {}

  /** The entries in force at `at` (default now): national first, then the agency's own. */
  async list(scope: AgencyScope, at = new Date().toISOString()): Promise<DictionaryEntryView[]> {
    return this.inForceAt(await this.competencies.all(scope), at);
  }

  private inForceAt(entries: StoredCompetency[], at: string): DictionaryEntryView[] {
    const byCode = this.group(entries);
    const teknis = [...byCode.values()]
      .map((history) => competencyAt(history, at))
      .filter((e): e is StoredCompetency => e !== undefined)
      .map(own);
    return [...NATIONAL_DICTIONARY.map(national), ...teknis];
  }

  /** Every version of one entry, oldest first. */
  async history(scope: AgencyScope, code: string): Promise<DictionaryEntryView[]> {
    const n = NATIONAL.get(code);
    if (n) return [national(n)];
    const history = await this.competencies.history(scope, code);
    if (history.length === 0) throw new NotFoundError({ en: 'competency', id: 'kompetensi' }, code);
    return history.map(own);
  }

  async create(
    caller: RequestScope,
    draft: Omit<NewCompetency, 'kind' | 'agencyId'>,
    validFrom?: string,
  ): Promise<DictionaryEntryView> {
    const scope = caller.agency;
    if (NATIONAL.has(draft.code)) throw new NationalCompetencyReadOnlyError(draft.code);
    if ((await this.competencies.history(scope, draft.code)).length > 0) {
      throw new DuplicateCompetencyError(draft.code);
    }
    const entry = createCompetency(
      { ...draft, kind: 'TEKNIS', agencyId: caller.agencyId },
      validFrom ?? new Date().toISOString(),
    );
    return own(await this.addOrConflict(scope, entry, caller.actor.subject));
  }

  /** A new version; the versions before it stay as they were. */
  async revise(
    caller: RequestScope,
    code: string,
    change: CompetencyChange,
    validFrom?: string,
  ): Promise<DictionaryEntryView> {
    const scope = caller.agency;
    if (NATIONAL.has(code)) throw new NationalCompetencyReadOnlyError(code);
    const history = await this.competencies.history(scope, code);
    const latest = history.at(-1);
    if (!latest) throw new NotFoundError({ en: 'competency', id: 'kompetensi' }, code);
    const { recordedAt: _r, recordedBy: _b, ...current } = latest;
    const next = reviseCompetency(current, change, validFrom ?? new Date().toISOString());
    return own(await this.addOrConflict(scope, next, caller.actor.subject));
  }

  /** Codes a standard, a profile or a mapping may name: national and the agency's own. */
  async knownCodes(scope: AgencyScope): Promise<Set<string>> {
    const own = await this.competencies.all(scope);
    return new Set([...NATIONAL.keys(), ...own.map((e) => e.code)]);
  }

  /** knownCodes for the event path (every training completed): from memory for a moment. */
  async cachedKnownCodes(scope: AgencyScope): Promise<Set<string>> {
    const own = await this.competencies.cachedAll(scope);
    return new Set([...NATIONAL.keys(), ...own.map((e) => e.code)]);
  }

  /** Name (Indonesian) and kind per code, as in force now: the labels of an assessment. */
  async labels(scope: AgencyScope): Promise<Map<string, CompetencyLabel>> {
    // The event path (every gap assessment): the agency's entries from memory for a moment.
    const entries = this.inForceAt(
      await this.competencies.cachedAll(scope),
      new Date().toISOString(),
    );
    return new Map(entries.map((e) => [e.code, { name: e.name.id, kind: e.kind }]));
  }

  private group(entries: StoredCompetency[]): Map<string, StoredCompetency[]> {
    const byCode = new Map<string, StoredCompetency[]>();
    for (const e of entries) byCode.set(e.code, [...(byCode.get(e.code) ?? []), e]);
    return byCode;
  }

  private async addOrConflict(scope: AgencyScope, entry: CompetencyEntry, by: string) {
    try {
      return await this.competencies.add(scope, entry, by);
    } catch (error) {
      if (error instanceof DuplicateKeyError) throw new DuplicateCompetencyError(entry.code);
      throw error;
    }
  }
}
