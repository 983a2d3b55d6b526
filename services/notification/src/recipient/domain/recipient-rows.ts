import { readCsv, rowError, type ColumnSpec, type RowError } from '@jenjang/csv';
import { LANGUAGES, type Language } from '../../template/domain/labels';
import { TIME_ZONES, type TimeZone } from './recipient';

// Columns of the recipient CSV (docs/notification.md). Exports from SIMPEG/SIASN carry NIP and
// more: columns we do not know are ignored, never stored. The name is kept: notices to a superior
// name the staff member they are about.
export const RECIPIENT_COLUMNS: ColumnSpec[] = [
  { name: 'employee_id', aliases: ['id_pegawai', 'pegawai_id'], required: true },
  { name: 'nama', aliases: ['nama_lengkap', 'nama_pegawai', 'name', 'full_name'], required: false },
  { name: 'email', aliases: ['surel', 'alamat_email', 'e_mail'], required: false },
  { name: 'phone', aliases: ['no_hp', 'nomor_hp', 'telepon', 'hp', 'whatsapp'], required: false },
  { name: 'language', aliases: ['bahasa'], required: false },
  { name: 'unit_id', aliases: ['unit_kerja_id', 'id_unit'], required: false },
  { name: 'teams', aliases: ['tim'], required: false },
  { name: 'time_zone', aliases: ['zona_waktu'], required: false },
];

export const MAX_RECIPIENT_ROWS = 20_000;

export interface RecipientRow {
  line: number;
  employeeId: string;
  /** Absent: keep the entry's name. */
  name?: string;
  email: string | null;
  phone: string | null;
  /** Absent: keep the entry's language (Bahasa Indonesia for a new one). */
  language?: Language;
  unitId?: string;
  teams?: string[];
  timeZone?: TimeZone;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ID = /^[^:\s]{1,100}$/;
const TEAM = /^[A-Z][A-Z0-9_]*$/;

/** `0812…` and `62812…` as written in Indonesian files become E.164 `+62812…`. */
export function toE164(raw: string): string | null {
  const digits = raw.replace(/[\s\-().]/g, '');
  const e164 = digits.startsWith('+')
    ? digits
    : digits.startsWith('62')
      ? `+${digits}`
      : digits.startsWith('0')
        ? `+62${digits.slice(1)}`
        : null;
  return e164 && /^\+[1-9]\d{7,14}$/.test(e164) ? e164 : null;
}

const toLanguage = (raw: string): Language | undefined => {
  const v = raw.toLowerCase();
  if ((LANGUAGES as readonly string[]).includes(v)) return v as Language;
  if (['indonesia', 'bahasa indonesia', 'ind'].includes(v)) return 'id';
  if (['english', 'inggris', 'eng'].includes(v)) return 'en';
  return undefined;
};

/** The rows of a recipient file, or every error in it (line and column named). */
export function readRecipientRows(
  csv: string,
): { ok: true; rows: RecipientRow[] } | { ok: false; errors: RowError[] } {
  const table = readCsv(csv, RECIPIENT_COLUMNS, MAX_RECIPIENT_ROWS);
  if (!table.ok) return { ok: false, errors: [...table.errors] };
  const errors: RowError[] = [];
  const rows: RecipientRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    const fail = (column: string, en: string, id: string) =>
      errors.push(rowError(line, column, en, id));
    const employeeId = cells.employee_id ?? '';
    if (!ID.test(employeeId))
      fail(
        'employee_id',
        'An employee id is required (no spaces or colons).',
        'ID pegawai wajib diisi (tanpa spasi atau titik dua).',
      );
    else if (seen.has(employeeId))
      fail(
        'employee_id',
        `The employee is already on line ${seen.get(employeeId)}.`,
        `Pegawai ini sudah ada di baris ${seen.get(employeeId)}.`,
      );
    else seen.set(employeeId, line);
    const email = cells.email ? cells.email.toLowerCase() : null;
    if (email && !EMAIL.test(email))
      fail('email', 'Not an email address.', 'Bukan alamat surel yang sah.');
    const phone = cells.phone ? toE164(cells.phone) : null;
    if (cells.phone && !phone)
      fail(
        'phone',
        'Not a phone number (e.g. 081234567890 or +6281234567890).',
        'Bukan nomor telepon (mis. 081234567890 atau +6281234567890).',
      );
    const language = cells.language ? toLanguage(cells.language) : undefined;
    if (cells.language && !language)
      fail('language', 'Language must be id or en.', 'Bahasa harus id atau en.');
    const timeZone = cells.time_zone
      ? TIME_ZONES.find((z) => z.toLowerCase() === cells.time_zone.toLowerCase())
      : undefined;
    if (cells.time_zone && !timeZone)
      fail(
        'time_zone',
        `Time zone must be one of ${TIME_ZONES.join(', ')}.`,
        `Zona waktu harus salah satu dari ${TIME_ZONES.join(', ')}.`,
      );
    const teams = cells.teams
      ? cells.teams
          .split(/[|,;]/)
          .map((t) => t.trim().toUpperCase())
          .filter(Boolean)
      : undefined;
    if (teams?.some((t) => !TEAM.test(t)))
      fail(
        'teams',
        'Teams are names like TALENT_TEAM, separated by |.',
        'Tim ditulis seperti TALENT_TEAM, dipisah dengan |.',
      );
    const name = cells.nama ? cells.nama.trim().replace(/\s+/g, ' ') : undefined;
    if (name && name.length > 200)
      fail('nama', 'A name has at most 200 characters.', 'Nama paling banyak 200 karakter.');
    if (cells.unit_id && !ID.test(cells.unit_id))
      fail('unit_id', 'Not a unit id.', 'Bukan ID unit.');
    rows.push({
      line,
      employeeId,
      ...(name ? { name } : {}),
      email,
      phone,
      ...(language ? { language } : {}),
      ...(cells.unit_id ? { unitId: cells.unit_id } : {}),
      ...(teams ? { teams } : {}),
      ...(timeZone ? { timeZone } : {}),
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}
