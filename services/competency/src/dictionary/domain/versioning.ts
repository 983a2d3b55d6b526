import type { FieldError } from '@jenjang/domain-kernel';
import {
  COMPETENCY_LEVELS,
  competencyErrors,
  type CompetencyChange,
  type CompetencyEntry,
  type LevelDefinition,
} from './competency';
import {
  CompetencyRevisionEmptyError,
  CompetencyRevisionOutOfOrderError,
  InvalidCompetencyError,
} from './competency-errors';

export type NewCompetency = Omit<CompetencyEntry, 'version' | 'validFrom'>;

/** Version 1 of an entry, valid from `at`; throws `InvalidCompetencyError` listing every fault. */
export function createCompetency(draft: NewCompetency, at: string): CompetencyEntry {
  const errors = [...competencyErrors(draft), ...instantErrors(at)];
  if (errors.length > 0) throw new InvalidCompetencyError(errors);
  return { ...draft, levels: draft.levels.map((l) => ({ ...l })), version: 1, validFrom: at };
}

/**
 * The next version of an entry: `current` with `change` applied, valid from `at` (strictly after
 * `current.validFrom`). `current` is never touched, so stored versions stay as they were and a gap
 * assessed last year can still be shown with the texts of its time (see `competencyAt`).
 */
export function reviseCompetency(
  current: CompetencyEntry,
  change: CompetencyChange,
  at: string,
): CompetencyEntry {
  const atErrors = instantErrors(at);
  if (atErrors.length > 0) throw new InvalidCompetencyError(atErrors);
  if (Date.parse(at) <= Date.parse(current.validFrom)) {
    throw new CompetencyRevisionOutOfOrderError(current.code, current.validFrom, at);
  }
  const levels = current.levels.map((l): LevelDefinition => {
    const c = change.levels?.[l.level];
    return {
      level: l.level,
      title: c?.title === undefined ? l.title : c.title,
      description: c?.description ?? l.description,
    };
  });
  const next: CompetencyEntry = {
    ...current,
    name: change.name ?? current.name,
    definition: change.definition ?? current.definition,
    levels,
    version: current.version + 1,
    validFrom: at,
  };
  const errors = [...competencyErrors(next), ...unknownLevelErrors(change)];
  if (errors.length > 0) throw new InvalidCompetencyError(errors);
  if (sameContent(current, next)) throw new CompetencyRevisionEmptyError(current.code);
  return next;
}

/** The version of one entry that applied at `at`; `undefined` before its first version. */
export function competencyAt(
  history: readonly CompetencyEntry[],
  at: string,
): CompetencyEntry | undefined {
  const t = Date.parse(at);
  return history
    .filter((v) => Date.parse(v.validFrom) <= t)
    .reduce<CompetencyEntry | undefined>(
      (best, v) => (best === undefined || v.version > best.version ? v : best),
      undefined,
    );
}

function instantErrors(at: string): FieldError[] {
  return Number.isNaN(Date.parse(at))
    ? [
        {
          field: 'validFrom',
          message: {
            en: 'validFrom must be an ISO 8601 date-time.',
            id: 'validFrom harus berupa tanggal-waktu ISO 8601.',
          },
        },
      ]
    : [];
}

// Level keys outside 1..5 would otherwise be dropped silently.
function unknownLevelErrors(change: CompetencyChange): FieldError[] {
  const allowed = new Set<string>(COMPETENCY_LEVELS.map(String));
  return Object.keys(change.levels ?? {})
    .filter((key) => !allowed.has(key))
    .map((key) => ({
      field: `levels.${key}`,
      message: {
        en: `Level ${key} does not exist: levels are 1 to 5.`,
        id: `Level ${key} tidak ada: level hanya 1 sampai 5.`,
      },
    }));
}

function sameContent(a: CompetencyEntry, b: CompetencyEntry): boolean {
  const content = (e: CompetencyEntry) =>
    JSON.stringify([
      e.name.id,
      e.name.en,
      e.definition.id,
      e.definition.en,
      e.levels.map((l) => [l.title, l.description.status, description(l)]),
    ]);
  return content(a) === content(b);
}

function description(l: LevelDefinition): string {
  return l.description.status === 'TERSEDIA' ? l.description.text : l.description.note;
}
