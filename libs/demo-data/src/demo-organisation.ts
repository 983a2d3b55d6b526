import { createHash } from 'node:crypto';
import type { OrganisationPredikat, PositionGroup } from '@jenjang/contracts';

// The demo agency's organisation, one definition for every service's demo: five units, each a
// head, three pengawas and sixteen staff (fungsional and pelaksana by turns). Ids only, no names
// or NIP: each service seeds what it stores of these people, and the ids agree across services.

/** A UUID-shaped id derived from the seed string, so a second run names the same documents. */
export function demoId(seed: string, ...parts: (string | number)[]): string {
  const hex = createHash('sha256')
    .update([seed, ...parts].join(':'))
    .digest('hex');
  // Version-5-like layout (name-based); the hash is SHA-256, not SHA-1, which no reader checks.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface DemoUnit {
  readonly unitId: string;
  readonly name: string;
  readonly head: string;
  /** Predikat kinerja organisasi of the unit, for the current and the previous year. */
  readonly organisationPredikat: OrganisationPredikat;
  /** What the unit delivers, used in the wording of the SKP. */
  readonly focus: string;
  readonly sections: readonly string[];
  readonly fungsional: readonly string[];
  readonly pelaksana: readonly string[];
}

export const DEMO_UNITS: readonly DemoUnit[] = [
  {
    unitId: 'dinkes',
    name: 'Dinas Kesehatan',
    head: 'Kepala Dinas Kesehatan',
    organisationPredikat: 'ISTIMEWA',
    focus: 'pelayanan kesehatan masyarakat',
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
    name: 'Badan Kepegawaian Daerah',
    head: 'Kepala Badan Kepegawaian Daerah',
    organisationPredikat: 'BAIK',
    focus: 'manajemen ASN berbasis sistem merit',
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
    name: 'Dinas Pendidikan, Pemuda dan Olahraga',
    head: 'Kepala Dinas Pendidikan, Pemuda dan Olahraga',
    organisationPredikat: 'BAIK',
    focus: 'layanan pendidikan menengah dan khusus',
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
    name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    head: 'Kepala Dinas Penanaman Modal dan PTSP',
    organisationPredikat: 'BUTUH_PERBAIKAN',
    focus: 'pelayanan perizinan berusaha',
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
    name: 'Badan Perencanaan Pembangunan Daerah',
    head: 'Kepala Bappeda',
    organisationPredikat: 'BAIK',
    focus: 'perencanaan pembangunan daerah',
    sections: [
      'Subbidang Perencanaan Ekonomi',
      'Subbidang Perencanaan Sosial Budaya',
      'Subbidang Data dan Evaluasi',
    ],
    fungsional: ['Perencana Ahli Muda', 'Statistisi Ahli Pertama'],
    pelaksana: ['Pengelola Data Perencanaan', 'Pengadministrasi Perkantoran'],
  },
];

/** 3 pengawas per unit and 16 staff among them: 20 people per unit, 100 in five units. */
export const STAFF_PER_UNIT = 16;

export type DemoLevel = 'HEAD' | 'PENGAWAS' | 'STAFF';

/** A post (jabatan) of the demo chart. */
export interface DemoPost {
  readonly id: string;
  readonly name: string;
  readonly group: PositionGroup;
  /** The post above it; null for a unit head. */
  readonly parentId: string | null;
}

export interface DemoPerson {
  readonly employeeId: string;
  readonly unit: DemoUnit;
  readonly level: DemoLevel;
  /** Position in the agency (0..), which spreads the demo states across units. */
  readonly index: number;
  readonly post: DemoPost;
  /** The direct superior (the penilai); the Sekretaris Daerah for a unit head. */
  readonly superiorId: string;
  /** The superior's superior (the atasan penilai); null for a unit head. */
  readonly secondSuperiorId: string | null;
  /** The section a pengawas leads or a staff member works in; its order in the unit. */
  readonly section: string | null;
  readonly sectionIndex: number | null;
}

export interface DemoOrganisation {
  /** The Sekretaris Daerah: superior of the heads, appraised by the governor outside the system. */
  readonly sekdaId: string;
  readonly people: readonly DemoPerson[];
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/(^-|-$)/g, '');

/** The people of the demo agency and their posts, in a stable order. */
export function demoOrganisation(seed: string, agencyId: string): DemoOrganisation {
  const sekdaId = demoId(seed, agencyId, 'employee', 'setda', 'sekda');
  const people: DemoPerson[] = [];
  for (const unit of DEMO_UNITS) {
    const id = (...parts: (string | number)[]) =>
      demoId(seed, agencyId, 'employee', unit.unitId, ...parts);
    const headId = id('head');
    const headPost: DemoPost = {
      id: `jab-${unit.unitId}-kepala`,
      name: unit.head,
      group: 'JPT',
      parentId: null,
    };
    people.push({
      employeeId: headId,
      unit,
      level: 'HEAD',
      index: people.length,
      post: headPost,
      superiorId: sekdaId,
      secondSuperiorId: null,
      section: null,
      sectionIndex: null,
    });
    const leads = unit.sections.map((section, s) => {
      const lead: DemoPerson = {
        employeeId: id('pengawas', s),
        unit,
        level: 'PENGAWAS',
        index: people.length,
        post: {
          id: `jab-${unit.unitId}-${slug(section)}`,
          name: `Kepala ${section}`,
          group: 'PENGAWAS',
          parentId: headPost.id,
        },
        superiorId: headId,
        secondSuperiorId: sekdaId,
        section,
        sectionIndex: s,
      };
      people.push(lead);
      return lead;
    });
    for (let n = 0; n < STAFF_PER_UNIT; n += 1) {
      const lead = leads[n % leads.length];
      const fungsional = n % 2 === 0;
      const names = fungsional ? unit.fungsional : unit.pelaksana;
      const name = names[Math.floor(n / 2) % names.length];
      people.push({
        employeeId: id('staff', n),
        unit,
        level: 'STAFF',
        index: people.length,
        post: {
          id: `jab-${unit.unitId}-${slug(name)}`,
          name,
          group: fungsional ? 'FUNGSIONAL' : 'PELAKSANA',
          parentId: lead.post.id,
        },
        superiorId: lead.employeeId,
        secondSuperiorId: headId,
        section: lead.section,
        sectionIndex: lead.sectionIndex,
      });
    }
  }
  return { sekdaId, people };
}
