import type { ColumnSpec } from '@jenjang/csv';

// Our mapping of the national e-Kinerja / SIASN export columns (the official layouts were not at
// hand): canonical names first, then the spellings we also accept. docs/evaluation-import.md
// lists them; keep the two in step.
const col = (name: string, required: boolean, ...aliases: string[]): ColumnSpec => ({
  name,
  required,
  aliases,
});

const PERSON = [
  col('nip', true, 'nip_baru', 'nip_pegawai'),
  col('employee_id', true, 'id_pegawai', 'pegawai_id', 'pns_id'),
  col('tahun', true, 'year', 'tahun_penilaian', 'tahun_skp'),
];

export const SKP_COLUMNS: readonly ColumnSpec[] = [
  ...PERSON,
  col('unit_id', true, 'id_unit', 'unor_id', 'id_unor', 'unit_kerja_id'),
  col('jabatan_id', true, 'id_jabatan'),
  col('jabatan_nama', true, 'nama_jabatan', 'jabatan'),
  col('kelompok_jabatan', true, 'jenis_jabatan'),
  col('penilai_id', true, 'id_penilai', 'pejabat_penilai_id', 'id_pejabat_penilai'),
  col('atasan_penilai_id', false, 'id_atasan_penilai', 'atasan_pejabat_penilai_id'),
  col('jenis_hasil_kerja', true, 'jenis_rhk'),
  col('hasil_kerja', true, 'rencana_hasil_kerja', 'rhk'),
  col('indikator', true, 'indikator_kinerja', 'indikator_kinerja_individu', 'iki'),
  col('target', true, 'target_kinerja'),
];

export const FINAL_RESULT_COLUMNS: readonly ColumnSpec[] = [
  ...PERSON,
  col('periode', true, 'jenis_periode', 'periode_penilaian'),
  col('nomor_periode', false, 'periode_ke', 'no_periode'),
  col('rating_hasil_kerja', true, 'rating_hasil', 'rating_hk'),
  col('rating_perilaku_kerja', true, 'rating_perilaku', 'rating_pk'),
  col('predikat', false, 'predikat_kinerja', 'predikat_kinerja_pegawai'),
  col('unit_id', false, 'id_unit', 'unor_id', 'id_unor', 'unit_kerja_id'),
  col('penilai_id', false, 'id_penilai', 'pejabat_penilai_id', 'id_pejabat_penilai'),
  col('atasan_penilai_id', false, 'id_atasan_penilai', 'atasan_pejabat_penilai_id'),
  col('jabatan_id', false, 'id_jabatan'),
  col('jabatan_nama', false, 'nama_jabatan', 'jabatan'),
  col('kelompok_jabatan', false, 'jenis_jabatan'),
];
