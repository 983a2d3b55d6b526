import { rowError, type RowError } from '@jenjang/csv';
import type { PositionGroup } from '../../shared/domain/position-ref';

const compact = (v: string): string => v.toUpperCase().replace(/[^A-Z0-9]/g, '');

const GROUPS: Record<string, PositionGroup> = {
  JPT: 'JPT',
  JABATANPIMPINANTINGGI: 'JPT',
  ADMINISTRATOR: 'ADMINISTRATOR',
  JAADMINISTRATOR: 'ADMINISTRATOR',
  PENGAWAS: 'PENGAWAS',
  JAPENGAWAS: 'PENGAWAS',
  PELAKSANA: 'PELAKSANA',
  JAPELAKSANA: 'PELAKSANA',
  // SIASN: jabatan fungsional umum (JFU) became pelaksana in 2019.
  FUNGSIONALUMUM: 'PELAKSANA',
  JABATANFUNGSIONALUMUM: 'PELAKSANA',
  JFU: 'PELAKSANA',
  FUNGSIONAL: 'FUNGSIONAL',
  FUNGSIONALTERTENTU: 'FUNGSIONAL',
  JABATANFUNGSIONALTERTENTU: 'FUNGSIONAL',
  JABATANFUNGSIONAL: 'FUNGSIONAL',
  JFT: 'FUNGSIONAL',
  JF: 'FUNGSIONAL',
};

// Eselon of a structural post (SIASN "eselon"): I and II are JPT, III administrator, IV pengawas.
const ESELON: Record<string, PositionGroup> = {
  IA: 'JPT',
  IB: 'JPT',
  IIA: 'JPT',
  IIB: 'JPT',
  IIIA: 'ADMINISTRATOR',
  IIIB: 'ADMINISTRATOR',
  IVA: 'PENGAWAS',
  IVB: 'PENGAWAS',
};

export class Cells {
  readonly errors: RowError[] = [];
  constructor(
    readonly line: number,
    private readonly cells: Readonly<Record<string, string>>,
  ) {}

  raw(c: string): string {
    return this.cells[c] ?? '';
  }

  fail(c: string, en: string, id: string): undefined {
    this.errors.push(rowError(this.line, c, en, id));
    return undefined;
  }

  id(c: string, required = true): string | undefined {
    const v = this.raw(c);
    if (v === '') return required ? this.fail(c, 'Required.', 'Wajib diisi.') : undefined;
    if (!/^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,119}$/.test(v)) {
      return this.fail(
        c,
        'An id of letters, digits and . _ : / - (at most 120).',
        'ID berupa huruf, angka dan . _ : / - (paling banyak 120).',
      );
    }
    return v;
  }

  text(c: string, max: number): string | undefined {
    const v = this.raw(c);
    if (v === '') return this.fail(c, 'Required.', 'Wajib diisi.');
    if (v.length > max)
      return this.fail(c, `At most ${max} characters.`, `Paling banyak ${max} karakter.`);
    return v;
  }

  grade(c: string): number | undefined {
    const v = Number(this.raw(c));
    if (!Number.isInteger(v) || v < 1 || v > 17) {
      return this.fail(
        c,
        'Kelas jabatan is a whole number 1-17.',
        'Kelas jabatan berupa bilangan bulat 1-17.',
      );
    }
    return v;
  }

  /** The group from kelompok_jabatan, or from the eselon of a structural post. */
  group(): PositionGroup | undefined {
    const kind = compact(this.raw('kelompok_jabatan'));
    const eselon = compact(this.raw('eselon'));
    const fromKind = GROUPS[kind];
    if (fromKind) return fromKind;
    if (ESELON[eselon]) return ESELON[eselon];
    if (kind === '' && eselon === '') {
      return this.fail(
        'kelompok_jabatan',
        'Give kelompok_jabatan or eselon.',
        'Isi kelompok_jabatan atau eselon.',
      );
    }
    return this.fail(
      kind ? 'kelompok_jabatan' : 'eselon',
      'Unknown: use JPT, ADMINISTRATOR, PENGAWAS, PELAKSANA or FUNGSIONAL (or eselon I.a-IV.b).',
      'Tidak dikenal: gunakan JPT, ADMINISTRATOR, PENGAWAS, PELAKSANA atau FUNGSIONAL (atau eselon I.a-IV.b).',
    );
  }

  flag(c: string): boolean | undefined {
    const v = compact(this.raw(c));
    if (v === '') return false;
    if (['Y', 'YA', 'YES', 'TRUE', '1'].includes(v)) return true;
    if (['N', 'T', 'TIDAK', 'NO', 'FALSE', '0'].includes(v)) return false;
    return this.fail(c, 'Y or N.', 'Y atau T.');
  }

  /** Optional free text of at most `max` characters; null when empty. */
  note(c: string, max: number): string | null | undefined {
    const v = this.raw(c);
    if (v === '') return null;
    if (v.length > max)
      return this.fail(c, `At most ${max} characters.`, `Paling banyak ${max} karakter.`);
    return v;
  }

  /** A number with a decimal point or comma (a spreadsheet saved in an Indonesian locale). */
  decimal(c: string): number | undefined {
    const v = this.raw(c);
    if (v === '') return this.fail(c, 'Required.', 'Wajib diisi.');
    if (!/^[+-]?\d+([.,]\d+)?$/.test(v)) {
      return this.fail(
        c,
        'A number (decimal point or comma).',
        'Bilangan (desimal dengan titik atau koma).',
      );
    }
    return Number(v.replace(',', '.'));
  }

  /** One of `values`, read case- and punctuation-blind (`Uji Kompetensi` is UJI_KOMPETENSI). */
  oneOf<T extends string>(c: string, values: readonly T[]): T | undefined {
    const v = compact(this.raw(c));
    if (v === '') return this.fail(c, 'Required.', 'Wajib diisi.');
    const found = values.find((value) => compact(value) === v);
    if (found) return found;
    return this.fail(
      c,
      `Use one of ${values.join(', ')}.`,
      `Gunakan salah satu dari ${values.join(', ')}.`,
    );
  }

  list(c: string): string[] {
    return this.raw(c)
      .split(/[|;]/)
      .map((s) => s.trim())
      .filter(Boolean);
  }

  /** YYYY-MM-DD, or DD-MM-YYYY / DD/MM/YYYY as SIASN exports write dates. */
  date(c: string, required: boolean): string | null | undefined {
    const v = this.raw(c);
    if (v === '') return required ? this.fail(c, 'Required.', 'Wajib diisi.') : null;
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    const dmy = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(v);
    const [y, m, d] = iso
      ? [iso[1], iso[2], iso[3]]
      : dmy
        ? [dmy[3], dmy[2].padStart(2, '0'), dmy[1].padStart(2, '0')]
        : [];
    const date = y ? `${y}-${m}-${d}` : '';
    const parsed = new Date(`${date}T00:00:00Z`);
    if (!date || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
      return this.fail(
        c,
        'A date YYYY-MM-DD or DD-MM-YYYY.',
        'Tanggal YYYY-MM-DD atau DD-MM-YYYY.',
      );
    }
    return date;
  }

  /** NIP is 18 digits; checked for shape only (a wrong column), never kept. */
  nip(c: string): void {
    const v = this.raw(c).replace(/\s/g, '');
    if (v !== '' && !/^\d{18}$/.test(v)) {
      this.fail(c, 'A NIP has 18 digits.', 'NIP terdiri atas 18 digit.');
    }
  }
}
