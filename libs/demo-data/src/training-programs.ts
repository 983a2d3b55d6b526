import type { BerakhlakValue, TrainingForm } from '@jenjang/contracts';

// The demo catalog: what a provincial training unit (BKD) and the province's training agency
// (BPSDM) typically offer, each program developing national competencies and addressing
// BerAKHLAK values. The training service's seed turns it into programs and sessions opening in
// the weeks after the seed runs.

/** Who runs a demo program (the training service's provider kinds). */
export type DemoProviderKind = 'INTERNAL' | 'LAN' | 'UNIVERSITAS' | 'LAINNYA';

export interface DemoProgram {
  readonly code: string;
  readonly owner: 'AGENCY' | 'PROVINCE';
  readonly title: string;
  readonly description: string;
  readonly form: TrainingForm;
  readonly provider: { kind: DemoProviderKind; name: string };
  readonly jp: number;
  /** [code, level, raisesAssessedLevel] */
  readonly competencies: readonly (readonly [string, number, boolean])[];
  readonly berakhlakValues: readonly BerakhlakValue[];
  /** Codes of demo programs to complete first. */
  readonly prerequisites?: readonly string[];
  readonly selfPaced?: boolean;
  /** Weeks (1 = next week) after the seed week in which sessions start, Monday 08:00 WIB. */
  readonly weeks: readonly number[];
  readonly days: number;
  readonly capacity: number;
  readonly where: { location?: string; link?: string };
}

const BKD = { kind: 'INTERNAL' as const, name: 'Badan Kepegawaian Daerah DIY' };
const BPSDM = { kind: 'INTERNAL' as const, name: 'BPSDM Daerah Istimewa Yogyakarta' };
const AULA_BKD = { location: 'Aula Badan Kepegawaian Daerah DIY, Yogyakarta' };
const GEDUNG_BPSDM = { location: 'Gedung Diklat BPSDM DIY, Yogyakarta' };

export const DEMO_PROGRAMS: readonly DemoProgram[] = [
  {
    code: 'coaching-kinerja',
    owner: 'AGENCY',
    title: 'Coaching Kinerja bagi Pegawai',
    description:
      'Sesi coaching empat mata dengan coach internal untuk menyusun rencana perbaikan kinerja dan memantau pelaksanaannya.',
    form: 'COACHING',
    provider: BKD,
    jp: 10,
    competencies: [
      ['ORIENTASI_PADA_HASIL', 2, false],
      ['PENGEMBANGAN_DIRI_DAN_ORANG_LAIN', 2, false],
    ],
    berakhlakValues: ['AKUNTABEL', 'KOMPETEN', 'BERORIENTASI_PELAYANAN'],
    weeks: [1, 3, 5],
    days: 30,
    capacity: 12,
    where: AULA_BKD,
  },
  {
    code: 'konseling-pegawai',
    owner: 'AGENCY',
    title: 'Konseling Pegawai',
    description:
      'Konseling oleh konselor kepegawaian untuk pegawai yang menghadapi hambatan disiplin, motivasi atau hubungan kerja.',
    form: 'KONSELING',
    provider: BKD,
    jp: 4,
    competencies: [['INTEGRITAS', 2, false]],
    berakhlakValues: ['LOYAL', 'HARMONIS', 'AKUNTABEL'],
    weeks: [1, 2, 4],
    days: 14,
    capacity: 8,
    where: { location: 'Ruang Konseling BKD DIY' },
  },
  {
    code: 'mentoring-pengawas',
    owner: 'AGENCY',
    title: 'Mentoring Pejabat Pengawas oleh Pejabat Administrator',
    description:
      'Pendampingan oleh atasan berpengalaman dalam memimpin tim, mendelegasikan dan mengambil keputusan.',
    form: 'MENTORING',
    provider: BKD,
    jp: 8,
    competencies: [
      ['PENGEMBANGAN_DIRI_DAN_ORANG_LAIN', 3, false],
      ['PENGAMBILAN_KEPUTUSAN', 3, false],
    ],
    berakhlakValues: ['KOMPETEN', 'KOLABORATIF'],
    weeks: [2, 6],
    days: 60,
    capacity: 10,
    where: AULA_BKD,
  },
  {
    code: 'kerja-sama-lintas-sektor',
    owner: 'AGENCY',
    title: 'Pelatihan Kerja Sama Lintas Sektor',
    description:
      'Membangun jejaring dan koordinasi antar-OPD untuk program lintas bidang, dengan studi kasus layanan terpadu.',
    form: 'PELATIHAN_TEKNIS',
    provider: BKD,
    jp: 24,
    competencies: [
      ['KERJA_SAMA', 3, true],
      ['KOMUNIKASI', 2, false],
    ],
    berakhlakValues: ['KOLABORATIF', 'HARMONIS'],
    weeks: [2, 5],
    days: 3,
    capacity: 30,
    where: AULA_BKD,
  },
  {
    code: 'komunikasi-publik',
    owner: 'AGENCY',
    title: 'Bimbingan Teknis Komunikasi Publik yang Efektif',
    description:
      'Menyampaikan informasi layanan dengan jelas, menangani pengaduan dan berbicara di depan publik.',
    form: 'BIMTEK',
    provider: BKD,
    jp: 16,
    competencies: [['KOMUNIKASI', 3, true]],
    berakhlakValues: ['BERORIENTASI_PELAYANAN', 'HARMONIS'],
    weeks: [3],
    days: 2,
    capacity: 35,
    where: AULA_BKD,
  },
  {
    code: 'pelatihan-kepemimpinan-pengawas',
    owner: 'PROVINCE',
    title: 'Pelatihan Kepemimpinan Pengawas (PKP)',
    description:
      'Pelatihan kepemimpinan bagi pejabat pengawas sesuai kurikulum LAN: kepemimpinan pelayanan, manajemen kinerja dan aksi perubahan.',
    form: 'PELATIHAN_KEPEMIMPINAN',
    provider: { kind: 'LAN', name: 'Lembaga Administrasi Negara bersama BPSDM DIY' },
    jp: 120,
    competencies: [
      ['PENGAMBILAN_KEPUTUSAN', 3, true],
      ['PENGEMBANGAN_DIRI_DAN_ORANG_LAIN', 3, true],
      ['ORIENTASI_PADA_HASIL', 3, true],
    ],
    berakhlakValues: ['AKUNTABEL', 'KOMPETEN', 'KOLABORATIF'],
    weeks: [4],
    days: 30,
    capacity: 40,
    where: GEDUNG_BPSDM,
  },
  {
    code: 'elearning-pelayanan-publik-prima',
    owner: 'PROVINCE',
    title: 'e-Learning Pelayanan Publik Prima',
    description:
      'Kelas daring mandiri tentang standar pelayanan, maklumat layanan dan survei kepuasan masyarakat.',
    form: 'E_LEARNING',
    provider: { kind: 'LAN', name: 'Lembaga Administrasi Negara (ASN Unggul)' },
    jp: 12,
    competencies: [['PELAYANAN_PUBLIK', 2, false]],
    berakhlakValues: ['BERORIENTASI_PELAYANAN'],
    selfPaced: true,
    weeks: [1],
    days: 56,
    capacity: 500,
    where: { link: 'https://elearning.example.org/course/pelayanan-publik-prima' },
  },
  {
    code: 'lokakarya-inovasi-pelayanan',
    owner: 'PROVINCE',
    title: 'Lokakarya Inovasi Pelayanan Publik',
    description:
      'Merancang inovasi layanan di unit masing-masing, lanjutan dari e-Learning Pelayanan Publik Prima.',
    form: 'LOKAKARYA',
    provider: BPSDM,
    jp: 16,
    competencies: [
      ['PELAYANAN_PUBLIK', 3, true],
      ['MENGELOLA_PERUBAHAN', 2, false],
    ],
    berakhlakValues: ['BERORIENTASI_PELAYANAN', 'ADAPTIF'],
    prerequisites: ['elearning-pelayanan-publik-prima'],
    weeks: [6],
    days: 2,
    capacity: 30,
    where: GEDUNG_BPSDM,
  },
  {
    code: 'manajemen-perubahan',
    owner: 'PROVINCE',
    title: 'Pelatihan Manajemen Perubahan',
    description:
      'Memimpin dan menjalani perubahan organisasi: transformasi digital layanan, penyederhanaan birokrasi.',
    form: 'PELATIHAN_TEKNIS',
    provider: { kind: 'UNIVERSITAS', name: 'Universitas Gadjah Mada' },
    jp: 24,
    competencies: [
      ['MENGELOLA_PERUBAHAN', 3, true],
      ['PENGAMBILAN_KEPUTUSAN', 2, false],
    ],
    berakhlakValues: ['ADAPTIF', 'KOMPETEN'],
    weeks: [2, 7],
    days: 3,
    capacity: 30,
    where: GEDUNG_BPSDM,
  },
  {
    code: 'integritas-antikorupsi',
    owner: 'PROVINCE',
    title: 'Pelatihan Integritas dan Budaya Antikorupsi',
    description:
      'Nilai integritas, benturan kepentingan, gratifikasi dan pengendalian internal dalam tugas sehari-hari.',
    form: 'PELATIHAN_TEKNIS',
    provider: { kind: 'LAINNYA', name: 'Inspektorat DIY bersama ACLC KPK' },
    jp: 16,
    competencies: [['INTEGRITAS', 3, true]],
    berakhlakValues: ['AKUNTABEL', 'LOYAL'],
    weeks: [1, 4],
    days: 2,
    capacity: 40,
    where: GEDUNG_BPSDM,
  },
  {
    code: 'wawasan-kebangsaan',
    owner: 'PROVINCE',
    title: 'Seminar Penguatan Wawasan Kebangsaan dan Perekat Bangsa',
    description:
      'Keberagaman, moderasi dan peran ASN sebagai perekat bangsa dalam pelayanan masyarakat.',
    form: 'SEMINAR',
    provider: BPSDM,
    jp: 8,
    competencies: [['PEREKAT_BANGSA', 2, false]],
    berakhlakValues: ['LOYAL', 'HARMONIS'],
    weeks: [3],
    days: 1,
    capacity: 150,
    where: GEDUNG_BPSDM,
  },
  {
    code: 'manajemen-kinerja-hasil',
    owner: 'PROVINCE',
    title: 'Pelatihan Manajemen Kinerja dan Orientasi pada Hasil',
    description:
      'Menyusun SKP yang terukur, memantau capaian dan menindaklanjuti umpan balik berkelanjutan.',
    form: 'PELATIHAN_TEKNIS',
    provider: BPSDM,
    jp: 20,
    competencies: [['ORIENTASI_PADA_HASIL', 3, true]],
    berakhlakValues: ['AKUNTABEL', 'KOMPETEN'],
    weeks: [1, 3, 6],
    days: 3,
    capacity: 30,
    where: GEDUNG_BPSDM,
  },
  {
    code: 'keputusan-berbasis-data',
    owner: 'PROVINCE',
    title: 'Kursus Pengambilan Keputusan Berbasis Data',
    description:
      'Membaca data layanan dan anggaran, menimbang alternatif dan mempertanggungjawabkan keputusan.',
    form: 'KURSUS',
    provider: { kind: 'UNIVERSITAS', name: 'Universitas Negeri Yogyakarta' },
    jp: 24,
    competencies: [
      ['PENGAMBILAN_KEPUTUSAN', 3, true],
      ['ORIENTASI_PADA_HASIL', 2, false],
    ],
    berakhlakValues: ['KOMPETEN', 'ADAPTIF'],
    weeks: [5],
    days: 4,
    capacity: 25,
    where: { link: 'https://kelas.example.org/pengambilan-keputusan' },
  },
];
