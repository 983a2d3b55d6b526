import type { BerakhlakValue, DevelopedCompetency, TrainingForm } from '@jenjang/contracts';
import { rowError, type CsvRow, type RowError } from '@jenjang/csv';
import {
  toLeadershipLevel,
  type Availability,
  type LeadershipLevel,
  type ProviderKind,
} from '../../catalog/domain/program';
import {
  listOf,
  toAvailability,
  toBerakhlak,
  toBool,
  toDateTime,
  toForm,
  toNumber,
  toProviderKind,
} from './catalog-values';

// Rows of a catalog file to programs and sessions, with every error of every row. Pure.

const CODE = /^[a-z0-9][a-z0-9-]*$/;
const COMPETENCY = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

export interface ProgramPlan {
  line: number;
  code: string;
  title: string;
  description: string;
  form: TrainingForm;
  provider: { kind: ProviderKind; name: string };
  jp: number;
  competencies: DevelopedCompetency[];
  berakhlakValues: BerakhlakValue[];
  /** As written: a program id, or the code of a program of the importing agency. */
  prerequisites: string[];
  availability: Availability;
  selfPaced: boolean;
  /** PKP/PKA/PKN as the catalog says; null: read from the title. */
  leadershipLevel: LeadershipLevel | null;
  active: boolean;
}

export interface SessionPlan {
  line: number;
  programCode: string;
  code: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  location: string | null;
  link: string | null;
}

export interface CatalogPlan {
  programs: ProgramPlan[];
  sessions: SessionPlan[];
  errors: RowError[];
}

type Err = (column: string, en: string, id: string) => void;

function competenciesOf(cell: string, err: Err): DevelopedCompetency[] {
  const out: DevelopedCompetency[] = [];
  for (const item of listOf(cell)) {
    const [code = '', level = '', raises = ''] = item.split(':').map((s) => s.trim());
    const n = Number(level);
    const up = toBool(raises);
    if (
      !COMPETENCY.test(code) ||
      code.length > 64 ||
      !Number.isInteger(n) ||
      n < 1 ||
      n > 5 ||
      up === undefined
    ) {
      err(
        'kompetensi',
        `"${item}" is not KODE:LEVEL or KODE:LEVEL:naik (level 1-5), e.g. KERJA_SAMA:3:naik.`,
        `"${item}" bukan KODE:LEVEL atau KODE:LEVEL:naik (level 1-5), contoh KERJA_SAMA:3:naik.`,
      );
      continue;
    }
    if (out.some((c) => c.competencyCode === code)) {
      err(
        'kompetensi',
        `Competency ${code} is listed twice.`,
        `Kompetensi ${code} tercantum dua kali.`,
      );
      continue;
    }
    out.push({ competencyCode: code, level: n, raisesAssessedLevel: up });
  }
  return out;
}

function programOf(row: CsvRow, err: Err): ProgramPlan | null {
  const c = row.cells;
  const before = { n: 0 };
  const e: Err = (...a) => {
    before.n += 1;
    err(...a);
  };
  const code = c.kode_program ?? '';
  if (!CODE.test(code) || code.length < 2 || code.length > 80)
    e(
      'kode_program',
      'Use 2-80 lower-case letters, digits and dashes.',
      'Gunakan 2-80 huruf kecil, angka dan tanda hubung.',
    );
  const title = c.judul ?? '';
  if (title.length < 3 || title.length > 300)
    e('judul', 'The title needs 3 to 300 characters.', 'Judul harus 3 sampai 300 karakter.');
  const form = toForm(c.bentuk ?? '');
  if (!form)
    e(
      'bentuk',
      `"${c.bentuk}" is not a form of development (e.g. PELATIHAN_TEKNIS, COACHING, E_LEARNING).`,
      `"${c.bentuk}" bukan bentuk pengembangan kompetensi (mis. PELATIHAN_TEKNIS, COACHING, E_LEARNING).`,
    );
  const kind = c.penyedia_jenis ? toProviderKind(c.penyedia_jenis) : 'INTERNAL';
  if (!kind)
    e(
      'penyedia_jenis',
      'Use INTERNAL, LAN, UNIVERSITAS or LAINNYA.',
      'Gunakan INTERNAL, LAN, UNIVERSITAS atau LAINNYA.',
    );
  const providerName = c.penyedia_nama ?? '';
  if (providerName.length < 2 || providerName.length > 200)
    e(
      'penyedia_nama',
      'Name the provider (2 to 200 characters).',
      'Sebutkan penyelenggara (2 sampai 200 karakter).',
    );
  const jp = toNumber(c.jp ?? '');
  if (jp === undefined || jp > 10000 || !Number.isInteger(jp * 2))
    e(
      'jp',
      'JP must be a number from 0 to 10000 in steps of 0.5; never negative.',
      'JP harus angka 0 sampai 10000 dengan kelipatan 0,5; tidak boleh negatif.',
    );
  const competencies = competenciesOf(c.kompetensi ?? '', e);
  const berakhlakValues: BerakhlakValue[] = [];
  for (const v of listOf(c.nilai_berakhlak ?? '')) {
    const value = toBerakhlak(v);
    if (!value)
      e('nilai_berakhlak', `"${v}" is not a BerAKHLAK value.`, `"${v}" bukan nilai BerAKHLAK.`);
    else if (!berakhlakValues.includes(value)) berakhlakValues.push(value);
  }
  const availability = c.ketersediaan ? toAvailability(c.ketersediaan) : 'OWN';
  if (!availability)
    e(
      'ketersediaan',
      'Use OWN (your agency) or PROVINCE (every agency).',
      'Gunakan OWN (instansi sendiri) atau PROVINCE (seluruh provinsi).',
    );
  const selfPaced = toBool(c.mandiri ?? '');
  if (selfPaced === undefined) e('mandiri', 'Use ya or tidak.', 'Gunakan ya atau tidak.');
  const leadershipLevel = c.jenjang_kepemimpinan ? toLeadershipLevel(c.jenjang_kepemimpinan) : null;
  if (c.jenjang_kepemimpinan && !leadershipLevel)
    e(
      'jenjang_kepemimpinan',
      'Use PKP, PKA or PKN (or PENGAWAS, ADMINISTRATOR, JPT).',
      'Gunakan PKP, PKA atau PKN (atau PENGAWAS, ADMINISTRATOR, JPT).',
    );
  else if (leadershipLevel && form && form !== 'PELATIHAN_KEPEMIMPINAN')
    e(
      'jenjang_kepemimpinan',
      'Only a leadership programme (PELATIHAN_KEPEMIMPINAN) has a leadership level.',
      'Hanya pelatihan kepemimpinan (PELATIHAN_KEPEMIMPINAN) yang memiliki jenjang kepemimpinan.',
    );
  const active = c.aktif ? toBool(c.aktif) : true;
  if (active === undefined) e('aktif', 'Use ya or tidak.', 'Gunakan ya atau tidak.');
  const description = c.deskripsi ?? '';
  if (description.length > 3000)
    e('deskripsi', 'At most 3000 characters.', 'Paling banyak 3000 karakter.');
  if (before.n > 0) return null;
  return {
    line: row.line,
    code,
    title,
    description,
    form: form!,
    provider: { kind: kind!, name: providerName },
    jp: jp!,
    competencies,
    berakhlakValues,
    prerequisites: listOf(c.prasyarat ?? ''),
    availability: availability!,
    selfPaced: selfPaced!,
    leadershipLevel,
    active: active!,
  };
}

const SESSION_CELLS = ['kode_angkatan', 'mulai', 'selesai', 'kapasitas', 'lokasi', 'tautan'];

function sessionOf(row: CsvRow, programCode: string, err: Err): SessionPlan | null | undefined {
  const c = row.cells;
  if (SESSION_CELLS.every((k) => !c[k])) return undefined; // a program-only row
  let bad = false;
  const e: Err = (...a) => {
    bad = true;
    err(...a);
  };
  const startsAt = toDateTime(c.mulai ?? '', '08:00');
  if (!startsAt)
    e(
      'mulai',
      'Give the start as YYYY-MM-DD[ HH:MM], DD/MM/YYYY or ISO 8601.',
      'Isi tanggal mulai sebagai YYYY-MM-DD[ JJ:MM], DD/MM/YYYY atau ISO 8601.',
    );
  const endsAt = toDateTime(c.selesai ?? '', '16:00');
  if (!endsAt)
    e(
      'selesai',
      'Give the end as YYYY-MM-DD[ HH:MM], DD/MM/YYYY or ISO 8601.',
      'Isi tanggal selesai sebagai YYYY-MM-DD[ JJ:MM], DD/MM/YYYY atau ISO 8601.',
    );
  else if (startsAt && endsAt < startsAt)
    e(
      'selesai',
      'A session cannot end before it starts.',
      'Angkatan tidak dapat berakhir sebelum dimulai.',
    );
  const capacity = Number(c.kapasitas);
  if (!/^\d+$/.test(c.kapasitas ?? '') || capacity < 1 || capacity > 10000)
    e(
      'kapasitas',
      'Capacity must be a whole number from 1 to 10000.',
      'Kapasitas harus bilangan bulat 1 sampai 10000.',
    );
  const code =
    c.kode_angkatan ||
    (startsAt ? new Date(startsAt.getTime() + 7 * 3600_000).toISOString().slice(0, 10) : '');
  if (!CODE.test(code) || code.length > 40)
    e(
      'kode_angkatan',
      'Use up to 40 lower-case letters, digits and dashes.',
      'Gunakan paling banyak 40 huruf kecil, angka dan tanda hubung.',
    );
  if ((c.lokasi ?? '').length > 300)
    e('lokasi', 'At most 300 characters.', 'Paling banyak 300 karakter.');
  if ((c.tautan ?? '').length > 500)
    e('tautan', 'At most 500 characters.', 'Paling banyak 500 karakter.');
  if (bad) return null;
  return {
    line: row.line,
    programCode,
    code,
    startsAt: startsAt!,
    endsAt: endsAt!,
    capacity,
    location: c.lokasi || null,
    link: c.tautan || null,
  };
}

const signature = ({ line: _l, ...p }: ProgramPlan) => JSON.stringify(p);

/** Every row checked; rows of the same program must describe it the same way. */
export function planCatalog(rows: readonly CsvRow[]): CatalogPlan {
  const errors: RowError[] = [];
  const programs = new Map<string, ProgramPlan>();
  const sessions = new Map<string, SessionPlan>();
  for (const row of rows) {
    const err: Err = (column, en, id) => errors.push(rowError(row.line, column, en, id));
    const program = programOf(row, err);
    const session = sessionOf(row, row.cells.kode_program ?? '', err);
    if (!program) continue;
    const first = programs.get(program.code);
    if (first && signature(first) !== signature(program)) {
      err(
        'kode_program',
        `Program ${program.code} is described differently on line ${first.line}; repeat the same program columns on every line of it.`,
        `Program ${program.code} diisi berbeda pada baris ${first.line}; ulangi kolom program yang sama pada setiap barisnya.`,
      );
      continue;
    }
    if (!first) programs.set(program.code, program);
    if (!session) continue;
    const key = `${program.code}/${session.code}`;
    const twin = sessions.get(key);
    if (twin) {
      err(
        'kode_angkatan',
        `Session ${session.code} of ${program.code} is already on line ${twin.line}.`,
        `Angkatan ${session.code} dari ${program.code} sudah ada pada baris ${twin.line}.`,
      );
    } else sessions.set(key, session);
  }
  return { programs: [...programs.values()], sessions: [...sessions.values()], errors };
}
