import type { BerakhlakValue } from '@jenjang/contracts';

// Indonesian texts of the demo appraisals: feedback, return reasons, objections. Rotated by index.

export const HASIL_KERJA_FEEDBACK: readonly string[] = [
  'Capaian target triwulan ini sudah baik; pertahankan ketepatan waktu pelaporan.',
  'Bukti dukung sudah lengkap. Mohon sertakan rekapitulasi data per kabupaten/kota.',
  'Realisasi masih di bawah target karena keterlambatan data dari unit lain; koordinasikan lebih awal.',
  'Kualitas dokumen meningkat dibanding periode lalu. Perhatikan konsistensi format tabel.',
  'Target kuantitas tercapai, namun tindak lanjut rekomendasi perlu dipercepat.',
];

export const PERILAKU_FEEDBACK: Readonly<Record<BerakhlakValue, string>> = {
  BERORIENTASI_PELAYANAN:
    'Responsif terhadap keluhan masyarakat; pertahankan sikap ramah dan solutif.',
  AKUNTABEL: 'Penggunaan anggaran kegiatan tertib dan dapat dipertanggungjawabkan.',
  KOMPETEN: 'Terus kembangkan kemampuan analisis data; ikuti pelatihan yang relevan.',
  HARMONIS: 'Mampu menjaga suasana kerja yang saling menghargai di dalam tim.',
  LOYAL: 'Menjaga kerahasiaan data dan nama baik instansi dengan baik.',
  ADAPTIF: 'Cepat menyesuaikan diri dengan aplikasi layanan yang baru.',
  KOLABORATIF: 'Aktif berbagi data dengan bidang lain; tingkatkan koordinasi lintas OPD.',
};

export const PERILAKU_NOTES: readonly string[] = [
  'Menjadi rujukan rekan kerja dalam penggunaan sistem informasi.',
  'Perlu lebih proaktif menyampaikan kendala sejak awal.',
  'Konsisten hadir tepat waktu dan menyelesaikan tugas tanpa diingatkan.',
];

export const RETURN_REASONS: readonly string[] = [
  'Indikator kinerja belum terukur; tambahkan target kuantitas dan waktu penyelesaian.',
  'Hasil kerja belum selaras dengan rencana hasil kerja atasan; sesuaikan dengan sasaran bidang.',
  'Ekspektasi khusus pimpinan belum dicantumkan pada nilai Berorientasi Pelayanan.',
];

export const OBJECTION_REASON =
  'Realisasi kegiatan pendampingan di kabupaten belum diperhitungkan karena bukti dukung terlambat diunggah.';
export const OBJECTION_DECISION =
  'Keberatan diterima sebagian setelah bukti dukung diverifikasi; rating hasil kerja disesuaikan.';
export const CORRECTION_REASON =
  'Koreksi atas kesalahan input realisasi triwulan IV yang ditemukan saat verifikasi BKD.';
