import type { ColumnSpec } from '@jenjang/csv';

// The catalog import: one row per session (angkatan) of a program; a row without session columns
// only defines the program. docs/training.md lists the columns; keep the two in step.
const col = (name: string, required: boolean, ...aliases: string[]): ColumnSpec => ({
  name,
  required,
  aliases,
});

export const CATALOG_COLUMNS: readonly ColumnSpec[] = [
  col('kode_program', true, 'program_code', 'kode', 'code'),
  col('judul', true, 'title', 'nama_program', 'nama_pelatihan'),
  col('bentuk', true, 'form', 'bentuk_pengembangan', 'jenis'),
  col('penyedia_jenis', false, 'provider_kind', 'jenis_penyelenggara'),
  col('penyedia_nama', true, 'provider', 'provider_name', 'penyelenggara'),
  col('jp', true, 'jam_pelajaran'),
  col('kompetensi', false, 'competencies'),
  col('nilai_berakhlak', false, 'berakhlak', 'berakhlak_values'),
  col('prasyarat', false, 'prerequisites'),
  col('ketersediaan', false, 'availability'),
  col('mandiri', false, 'self_paced', 'selfpaced'),
  col('jenjang_kepemimpinan', false, 'leadership_level', 'tingkat_kepemimpinan'),
  col('deskripsi', false, 'description', 'keterangan'),
  col('aktif', false, 'active'),
  col('kode_angkatan', false, 'session_code', 'angkatan'),
  col('mulai', false, 'starts_at', 'tanggal_mulai'),
  col('selesai', false, 'ends_at', 'tanggal_selesai'),
  col('kapasitas', false, 'capacity', 'kuota'),
  col('lokasi', false, 'location', 'tempat'),
  col('tautan', false, 'link', 'url'),
];
