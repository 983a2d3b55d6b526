import type { ColumnSpec } from '@jenjang/csv';

// Our mapping of SIASN exports (the official layouts were not at hand; the spellings below are
// the ones SIASN "referensi jabatan / unor" and "riwayat jabatan" exports are known to use):
// canonical names first, then the spellings we also accept. docs/career-planning.md lists them.
// Potential assessments come from the agency's own assessment-centre spreadsheets, not SIASN.
const col = (name: string, required: boolean, ...aliases: string[]): ColumnSpec => ({
  name,
  required,
  aliases,
});

export const POSITION_COLUMNS: readonly ColumnSpec[] = [
  col('jabatan_id', true, 'id_jabatan', 'kode_jabatan', 'jabatan_kode'),
  col('jabatan_nama', true, 'nama_jabatan', 'jabatan'),
  col('unit_id', true, 'id_unit', 'unor_id', 'id_unor', 'unit_kerja_id'),
  col('kelompok_jabatan', false, 'jenis_jabatan', 'jenis_jabatan_nama'),
  col('eselon', false, 'eselon_nama', 'eselon_id'),
  col('kelas_jabatan', true, 'kelas', 'grade', 'kelas_jab'),
  col('jabatan_kunci', false, 'kunci', 'is_key'),
  col('kompetensi', false, 'kompetensi_kunci'),
  col('atasan_jabatan_id', false, 'id_jabatan_atasan', 'jabatan_atasan_id'),
];

export const PLACEMENT_COLUMNS: readonly ColumnSpec[] = [
  // NIP is only checked for shape when present and never stored (UU 27/2022).
  col('nip', false, 'nip_baru', 'nip_pegawai'),
  col('employee_id', true, 'id_pegawai', 'pegawai_id', 'pns_id', 'id_orang'),
  col('jabatan_id', true, 'id_jabatan', 'kode_jabatan'),
  col('tmt_jabatan', true, 'tmt', 'tmt_jab', 'tanggal_mulai', 'valid_from'),
  col('tanggal_selesai', false, 'tmt_selesai', 'valid_to', 'tanggal_akhir'),
  col('atasan_id', false, 'atasan_langsung_id', 'id_atasan', 'atasan_employee_id'),
  col('nomor_sk', false, 'no_sk', 'nomor_sk_jabatan'),
  col(
    'jenis_kepegawaian',
    false,
    'status_kepegawaian',
    'jenis_pegawai',
    'status_pegawai',
    'jenis_asn',
    'employment_type',
  ),
];

export const POTENTIAL_COLUMNS: readonly ColumnSpec[] = [
  // NIP is only checked for shape when present and never stored (UU 27/2022).
  col('nip', false, 'nip_baru', 'nip_pegawai'),
  col('employee_id', true, 'id_pegawai', 'pegawai_id', 'pns_id', 'id_orang'),
  col('skor', true, 'nilai', 'skor_potensi', 'nilai_potensi', 'score'),
  col('skala_min', true, 'skala_minimum', 'nilai_min', 'nilai_minimum', 'scale_min'),
  col(
    'skala_maks',
    true,
    'skala_max',
    'skala_maksimum',
    'nilai_maks',
    'nilai_maksimum',
    'scale_max',
  ),
  col('sumber', true, 'sumber_asesmen', 'jenis_asesmen', 'metode_asesmen', 'source'),
  col('tanggal_asesmen', true, 'tgl_asesmen', 'tanggal_penilaian', 'tanggal', 'assessed_on'),
  col('catatan', false, 'keterangan', 'note'),
];
