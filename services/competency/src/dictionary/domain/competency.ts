import type { BilingualText, FieldError } from '@jenjang/domain-kernel';

/** Jenis kompetensi (kind), PermenPANRB 38/2017: technical, managerial, socio-cultural. */
export const COMPETENCY_KINDS = ['MANAJERIAL', 'SOSIAL_KULTURAL', 'TEKNIS'] as const;
export type CompetencyKind = (typeof COMPETENCY_KINDS)[number];

/** Level kompetensi: 1 (lowest) to 5 for every kind. */
export const COMPETENCY_LEVELS = [1, 2, 3, 4, 5] as const;
export type CompetencyLevel = (typeof COMPETENCY_LEVELS)[number];

export function isCompetencyLevel(value: unknown): value is CompetencyLevel {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5;
}

// Stable codes: national `INTEGRITAS`, `PEREKAT_BANGSA`; an agency's technical `TK-PENGADAAN`.
// Upper case and digits joined by single `_`, `-` or `.`, at most 64 characters (a subset of the
// public CompetencyCode of @jenjang/contracts). A code never changes once used; names may.
export const COMPETENCY_CODE_PATTERN = /^(?=.{1,64}$)[A-Z0-9]+(?:[_.-][A-Z0-9]+)*$/;

/**
 * What a level means. The official texts are Indonesian; when one is not loaded the entry says so
 * explicitly (`BELUM_TERSEDIA`) instead of carrying an invented description.
 */
export type LevelDescription =
  | { readonly status: 'TERSEDIA'; readonly text: string }
  | { readonly status: 'BELUM_TERSEDIA'; readonly note: string };

export interface LevelDefinition {
  readonly level: CompetencyLevel;
  /** The short official title of the level (Indonesian), `null` while unknown. */
  readonly title: string | null;
  readonly description: LevelDescription;
}

/** One version of a dictionary entry. A change creates a new version; old ones stay as they were. */
export interface CompetencyEntry {
  readonly code: string;
  readonly kind: CompetencyKind;
  /** `null` for the national dictionary; the owning agency for a technical competency. */
  readonly agencyId: string | null;
  readonly name: BilingualText;
  readonly definition: BilingualText;
  /** Exactly five, ordered 1..5. */
  readonly levels: readonly LevelDefinition[];
  /** 1 for the first version, +1 per revision. */
  readonly version: number;
  /** ISO 8601 instant from which this version applies. */
  readonly validFrom: string;
}

export interface LevelChange {
  readonly title?: string | null;
  readonly description?: LevelDescription;
}

/** What an admin may change in an entry: never its code, kind or owner. */
export interface CompetencyChange {
  readonly name?: BilingualText;
  readonly definition?: BilingualText;
  readonly levels?: Readonly<Partial<Record<CompetencyLevel, LevelChange>>>;
}

const fieldError = (field: string, en: string, id: string): FieldError => ({
  field,
  message: { en, id },
});

function textErrors(field: string, text: BilingualText | undefined): FieldError[] {
  const errors: FieldError[] = [];
  if (!text?.id.trim()) {
    errors.push(
      fieldError(
        `${field}.id`,
        'The Indonesian text is required.',
        'Teks bahasa Indonesia wajib diisi.',
      ),
    );
  }
  if (!text?.en.trim()) {
    errors.push(
      fieldError(
        `${field}.en`,
        'The English text is required.',
        'Teks bahasa Inggris wajib diisi.',
      ),
    );
  }
  return errors;
}

function levelErrors(levels: readonly LevelDefinition[]): FieldError[] {
  const ordered = levels.length === 5 && levels.every((l, i) => l.level === i + 1);
  if (!ordered) {
    return [
      fieldError(
        'levels',
        'Levels 1 to 5 must each be described once, in order.',
        'Level 1 sampai 5 masing-masing wajib diuraikan satu kali, berurutan.',
      ),
    ];
  }
  return levels.flatMap((l, i) => {
    const errors: FieldError[] = [];
    if (l.title !== null && !l.title.trim()) {
      errors.push(
        fieldError(
          `levels[${i}].title`,
          'A level title may not be blank; use null while unknown.',
          'Judul level tidak boleh kosong; gunakan null bila belum diketahui.',
        ),
      );
    }
    const d = l.description;
    if ((d.status === 'TERSEDIA' ? d.text : d.note).trim() === '') {
      errors.push(
        fieldError(
          `levels[${i}].description`,
          'A level description (or the note why it is missing) is required.',
          'Uraian level (atau catatan mengapa belum tersedia) wajib diisi.',
        ),
      );
    }
    return errors;
  });
}

/** Everything wrong with an entry's content; empty when it is valid. */
export function competencyErrors(
  entry: Pick<CompetencyEntry, 'code' | 'kind' | 'agencyId' | 'name' | 'definition' | 'levels'>,
): FieldError[] {
  const errors: FieldError[] = [];
  if (!COMPETENCY_CODE_PATTERN.test(entry.code)) {
    errors.push(
      fieldError(
        'code',
        'The code must be upper-case letters and digits joined by single _, - or . (e.g. TK-PENGADAAN), at most 64 characters.',
        'Kode harus berupa huruf besar dan angka yang dipisah satu tanda _, - atau . (mis. TK-PENGADAAN), paling banyak 64 karakter.',
      ),
    );
  }
  // Manajerial and sosial kultural are national (PermenPANRB 38/2017); agencies keep teknis only.
  if ((entry.kind === 'TEKNIS') !== (entry.agencyId !== null)) {
    errors.push(
      fieldError(
        'kind',
        'Only technical competencies belong to an agency; managerial and socio-cultural ones are national.',
        'Hanya kompetensi teknis yang dimiliki instansi; kompetensi manajerial dan sosial kultural bersifat nasional.',
      ),
    );
  }
  return [
    ...errors,
    ...textErrors('name', entry.name),
    ...textErrors('definition', entry.definition),
    ...levelErrors(entry.levels),
  ];
}

/** What the dictionary says about a code, at assessment time. */
export interface CompetencyLabel {
  readonly name: string;
  readonly kind: CompetencyKind;
}
