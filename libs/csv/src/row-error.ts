import { DomainError, type BilingualText } from '@jenjang/domain-kernel';

/** One rejected cell (or row, or the header) of an uploaded CSV file. */
export interface RowError {
  /** Line in the file, 1 = the header line. */
  readonly line: number;
  /** The canonical column name (see the service's import guide), or `*` for the whole row. */
  readonly column: string;
  readonly message: BilingualText;
}

export const rowError = (line: number, column: string, en: string, id: string): RowError => ({
  line,
  column,
  message: { en, id },
});

// A file with thousands of bad rows would make an answer nobody reads; the count stays exact.
export const MAX_REPORTED_ERRORS = 1000;

export function sortErrors(errors: readonly RowError[]): RowError[] {
  return [...errors].sort((a, b) => a.line - b.line || a.column.localeCompare(b.column));
}

/** Any rejected row rejects the whole file: nothing is written (or, on a dry run, would be). */
export class ImportRejectedError extends DomainError {
  readonly code = 'IMPORT_REJECTED';
  override readonly fieldErrors;

  constructor(errors: readonly RowError[]) {
    const sorted = sortErrors(errors);
    const lines = new Set(sorted.map((e) => e.line)).size;
    const shown = sorted.slice(0, MAX_REPORTED_ERRORS);
    const more =
      sorted.length > shown.length
        ? {
            en: ` The first ${shown.length} are listed.`,
            id: ` Yang dicantumkan hanya ${shown.length} kesalahan pertama.`,
          }
        : { en: '', id: '' };
    super(
      {
        en: `Nothing was imported: ${sorted.length} error(s) on ${lines} line(s).${more.en}`,
        id: `Tidak ada data yang diimpor: ${sorted.length} kesalahan pada ${lines} baris.${more.id}`,
      },
      { status: 422 },
    );
    // `line[4].nip`: the line in the file and the column at fault.
    this.fieldErrors = shown.map((e) => ({
      field: `line[${e.line}].${e.column}`,
      message: e.message,
    }));
  }
}
