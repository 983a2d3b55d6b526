import { createHash } from 'node:crypto';
import type { PositionGroup } from '../shared/domain/position-ref';

// The demo agency's organisation chart, the same people and jabatan ids as the evaluation
// service's demo (services/evaluation/src/seed/demo-agency.ts: services never import each other,
// so the derivation is repeated here and must stay in step with it). Ids only, no names or NIP.

/** A UUID-shaped id derived from the seed string (the evaluation demo's derivation). */
export function demoId(seed: string, ...parts: (string | number)[]): string {
  const hex = createHash('sha256')
    .update([seed, ...parts].join(':'))
    .digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

interface DemoUnit {
  unitId: string;
  head: string;
  sections: string[];
  fungsional: string[];
  pelaksana: string[];
}

const UNITS: DemoUnit[] = [
  {
    unitId: 'dinkes',
    head: 'Kepala Dinas Kesehatan',
    sections: [
      'Seksi Pelayanan Kesehatan Primer',
      'Seksi Pencegahan dan Pengendalian Penyakit Menular',
      'Subbagian Umum dan Kepegawaian',
    ],
    fungsional: ['Epidemiolog Kesehatan Ahli Muda', 'Administrator Kesehatan Ahli Pertama'],
    pelaksana: ['Pengelola Data Kesehatan', 'Pengadministrasi Perkantoran'],
  },
  {
    unitId: 'bkd',
    head: 'Kepala Badan Kepegawaian Daerah',
    sections: [
      'Subbidang Pengadaan dan Informasi Kepegawaian',
      'Subbidang Pengembangan Kompetensi',
      'Subbidang Penilaian Kinerja dan Penghargaan',
    ],
    fungsional: ['Analis SDM Aparatur Ahli Muda', 'Pranata SDM Aparatur Terampil'],
    pelaksana: ['Pengelola Data Kepegawaian', 'Pengadministrasi Kepegawaian'],
  },
  {
    unitId: 'disdik',
    head: 'Kepala Dinas Pendidikan, Pemuda dan Olahraga',
    sections: [
      'Seksi Kurikulum Sekolah Menengah Atas',
      'Seksi Pendidikan Khusus',
      'Subbagian Perencanaan dan Keuangan',
    ],
    fungsional: ['Pengawas Sekolah Ahli Madya', 'Analis Kebijakan Ahli Pertama'],
    pelaksana: ['Pengelola Data Pendidikan', 'Pengadministrasi Keuangan'],
  },
  {
    unitId: 'dpmptsp',
    head: 'Kepala Dinas Penanaman Modal dan PTSP',
    sections: [
      'Seksi Pelayanan Perizinan',
      'Seksi Promosi Penanaman Modal',
      'Seksi Pengaduan dan Informasi Layanan',
    ],
    fungsional: ['Analis Perizinan Ahli Muda', 'Penata Perizinan Ahli Pertama'],
    pelaksana: ['Pengelola Layanan Perizinan', 'Pengadministrasi Umum'],
  },
  {
    unitId: 'bappeda',
    head: 'Kepala Bappeda',
    sections: [
      'Subbidang Perencanaan Ekonomi',
      'Subbidang Perencanaan Sosial Budaya',
      'Subbidang Data dan Evaluasi',
    ],
    fungsional: ['Perencana Ahli Muda', 'Statistisi Ahli Pertama'],
    pelaksana: ['Pengelola Data Perencanaan', 'Pengadministrasi Perkantoran'],
  },
];

const STAFF_PER_UNIT = 16;
// Key competencies of the pengawas posts by section order: what a rotation there develops.
const SECTION_COMPETENCIES = [
  ['KERJA_SAMA', 'KOMUNIKASI'],
  ['PENGAMBILAN_KEPUTUSAN', 'ORIENTASI_PADA_HASIL'],
  ['PELAYANAN_PUBLIK', 'INTEGRITAS'],
];

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/(^-|-$)/g, '');

/** Kelas jabatan of a functional post from its jenjang. */
function fungsionalGrade(name: string): number {
  if (name.includes('Ahli Madya')) return 11;
  if (name.includes('Ahli Muda')) return 9;
  if (name.includes('Ahli Pertama')) return 8;
  return 7; // Terampil
}

export interface ChartPosition {
  positionId: string;
  unitId: string;
  name: string;
  group: PositionGroup;
  grade: number;
  isKey: boolean;
  competencies: string[];
  parentPositionId: string | null;
}

export interface ChartPerson {
  employeeId: string;
  positionId: string;
  unitId: string;
  superiorEmployeeId: string;
  index: number;
}

export function demoChart(seed: string, agencyId: string) {
  const sekdaId = demoId(seed, agencyId, 'employee', 'setda', 'sekda');
  const positions = new Map<string, ChartPosition>();
  const people: ChartPerson[] = [];
  const post = (p: ChartPosition) => positions.set(p.positionId, positions.get(p.positionId) ?? p);
  for (const unit of UNITS) {
    const unitId = unit.unitId; // as the evaluation demo names units
    const id = (...parts: (string | number)[]) =>
      demoId(seed, agencyId, 'employee', unit.unitId, ...parts);
    const headPost = `jab-${unit.unitId}-kepala`;
    post({
      positionId: headPost,
      unitId,
      name: unit.head,
      group: 'JPT',
      grade: 14,
      isKey: true,
      competencies: ['PENGAMBILAN_KEPUTUSAN', 'MENGELOLA_PERUBAHAN'],
      parentPositionId: null,
    });
    people.push({
      employeeId: id('head'),
      positionId: headPost,
      unitId,
      superiorEmployeeId: sekdaId,
      index: people.length,
    });
    const leads = unit.sections.map((section, s) => {
      const positionId = `jab-${unit.unitId}-${slug(section)}`;
      post({
        positionId,
        unitId,
        name: `Kepala ${section}`,
        group: 'PENGAWAS',
        grade: 9,
        isKey: s === 0,
        competencies: SECTION_COMPETENCIES[s],
        parentPositionId: headPost,
      });
      const employeeId = id('pengawas', s);
      people.push({
        employeeId,
        positionId,
        unitId,
        superiorEmployeeId: id('head'),
        index: people.length,
      });
      return { employeeId, positionId };
    });
    for (let n = 0; n < STAFF_PER_UNIT; n += 1) {
      const lead = leads[n % leads.length];
      const fungsional = n % 2 === 0;
      const names = fungsional ? unit.fungsional : unit.pelaksana;
      const name = names[Math.floor(n / 2) % names.length];
      const positionId = `jab-${unit.unitId}-${slug(name)}`;
      post({
        positionId,
        unitId,
        name,
        group: fungsional ? 'FUNGSIONAL' : 'PELAKSANA',
        grade: fungsional ? fungsionalGrade(name) : 6,
        isKey: false,
        competencies: [],
        parentPositionId: lead.positionId,
      });
      people.push({
        employeeId: id('staff', n),
        positionId,
        unitId,
        superiorEmployeeId: lead.employeeId,
        index: people.length,
      });
    }
  }
  return { positions: [...positions.values()], people };
}
