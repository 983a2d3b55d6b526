import { parse } from 'csv-parse/sync';
import { rowError, type RowError } from './row-error';

/** A column we read: its canonical name, the other header spellings we accept, and if required. */
export interface ColumnSpec {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly required: boolean;
}

/** One data row: its first line in the file and its cells by canonical column name (trimmed). */
export interface CsvRow {
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

export type CsvTable =
  | { readonly ok: true; readonly rows: readonly CsvRow[] }
  | { readonly ok: false; readonly errors: readonly RowError[] };

/** `Jabatan Nama`, `JABATAN-NAMA` and `jabatan_nama` are one header. */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s.\-/]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '');
}

// Spreadsheets saved in an Indonesian locale separate with ';' (the comma is the decimal mark).
function delimiterOf(firstLine: string): string {
  const count = (c: string) => firstLine.split(c).length - 1;
  return [';', '\t'].find((d) => count(d) > count(',')) ?? ',';
}

/**
 * Reads CSV text into rows keyed by canonical column, or says why the file itself is unreadable
 * (no header, a missing required column, a column given twice, broken quoting). Columns we do not
 * know are ignored: national exports carry names and other personal data we never keep.
 */
export function readCsv(text: string, columns: readonly ColumnSpec[], maxRows: number): CsvTable {
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(source, {
      delimiter: delimiterOf(source.split('\n', 1)[0]),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return {
      ok: false,
      errors: [
        rowError(
          line,
          '*',
          `The file is not valid CSV here: ${(error as Error).message}`,
          `Berkas bukan CSV yang valid di baris ini: ${(error as Error).message}`,
        ),
      ],
    };
  }
  const [header, ...body] = records;
  if (!header) {
    return {
      ok: false,
      errors: [rowError(1, '*', 'The file is empty.', 'Berkas kosong.')],
    };
  }
  const byAlias = new Map<string, ColumnSpec>();
  for (const c of columns) for (const a of [c.name, ...c.aliases]) byAlias.set(a, c);
  const positions = new Map<string, number>();
  const errors: RowError[] = [];
  header.record.forEach((raw, i) => {
    const spec = byAlias.get(normalizeHeader(raw));
    if (!spec) return;
    if (positions.has(spec.name)) {
      errors.push(
        rowError(
          1,
          spec.name,
          `Column ${spec.name} appears twice in the header (as "${raw.trim()}").`,
          `Kolom ${spec.name} muncul dua kali pada baris judul (sebagai "${raw.trim()}").`,
        ),
      );
    } else positions.set(spec.name, i);
  });
  for (const c of columns) {
    if (c.required && !positions.has(c.name)) {
      errors.push(
        rowError(
          1,
          c.name,
          `The header has no column ${c.name}.`,
          `Baris judul tidak memiliki kolom ${c.name}.`,
        ),
      );
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const rows: CsvRow[] = [];
  for (const { record, info } of body) {
    if (record.every((cell) => cell.trim() === '')) continue; // `;;;;` rows from spreadsheets
    // info.lines is where the record ends; a quoted value may span lines.
    const spans = record.reduce((n, cell) => n + cell.split('\n').length - 1, 0);
    const cells: Record<string, string> = {};
    for (const [name, i] of positions) cells[name] = (record[i] ?? '').trim();
    rows.push({ line: info.lines - spans, cells });
  }
  if (rows.length === 0) {
    return {
      ok: false,
      errors: [rowError(2, '*', 'The file has no data rows.', 'Berkas tidak memiliki baris data.')],
    };
  }
  if (rows.length > maxRows) {
    return {
      ok: false,
      errors: [
        rowError(
          rows[maxRows].line,
          '*',
          `A file may hold at most ${maxRows} data rows; split it.`,
          `Satu berkas paling banyak ${maxRows} baris data; pecah berkasnya.`,
        ),
      ],
    };
  }
  return { ok: true, rows };
}
