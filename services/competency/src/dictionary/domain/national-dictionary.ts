import type { BilingualText } from '@jenjang/domain-kernel';
import type { CompetencyEntry, LevelDescription, LevelDefinition } from './competency';

// Seed of the national dictionary: the 8 manajerial and 1 sosial kultural competencies of
// PermenPANRB 38/2017 (Standar Kompetensi Jabatan ASN).
// - Level titles: the short titles of the regulation's kamus kompetensi, cross-checked against a
//   secondary transcription. A title we are not sure of is `null` rather than a guess.
// - Level descriptions (the behaviour indicators of each level) are NOT loaded: every level is
//   marked `BELUM_TERSEDIA` so that screens and exports say so; an admin fills them in with the
//   official text as a new version (reviseCompetency), which keeps this seed as version 1.
// - Definitions are short summaries in our words, not the regulation's wording.

// The codes are the public ones of `NATIONAL_COMPETENCIES` in @jenjang/contracts (a spec checks),
// so events carry them unchanged.
export const NATIONAL_COMPETENCY_CODES = {
  INTEGRITAS: 'INTEGRITAS',
  KERJA_SAMA: 'KERJA_SAMA',
  KOMUNIKASI: 'KOMUNIKASI',
  ORIENTASI_PADA_HASIL: 'ORIENTASI_PADA_HASIL',
  PELAYANAN_PUBLIK: 'PELAYANAN_PUBLIK',
  PENGEMBANGAN_DIRI_DAN_ORANG_LAIN: 'PENGEMBANGAN_DIRI_DAN_ORANG_LAIN',
  MENGELOLA_PERUBAHAN: 'MENGELOLA_PERUBAHAN',
  PENGAMBILAN_KEPUTUSAN: 'PENGAMBILAN_KEPUTUSAN',
  PEREKAT_BANGSA: 'PEREKAT_BANGSA',
} as const;
export type NationalCompetencyCode =
  (typeof NATIONAL_COMPETENCY_CODES)[keyof typeof NATIONAL_COMPETENCY_CODES];

export const LEVEL_TEXT_NOT_LOADED: LevelDescription = {
  status: 'BELUM_TERSEDIA',
  note: 'Teks resmi PermenPANRB 38/2017 belum dimuat; isi oleh admin',
};

// 1 January of the regulation's year, so every assessment on the platform falls after it. It is
// not the regulation's date of enactment.
export const NATIONAL_DICTIONARY_VALID_FROM = '2017-01-01T00:00:00+07:00';

type Titles = readonly [string | null, string | null, string | null, string | null, string | null];

function levels(titles: Titles): LevelDefinition[] {
  return titles.map((title, i) => ({
    level: (i + 1) as LevelDefinition['level'],
    title,
    description: LEVEL_TEXT_NOT_LOADED,
  }));
}

function entry(
  code: NationalCompetencyCode,
  kind: 'MANAJERIAL' | 'SOSIAL_KULTURAL',
  name: BilingualText,
  definition: BilingualText,
  titles: Titles,
): CompetencyEntry {
  return {
    code,
    kind,
    agencyId: null,
    name,
    definition,
    levels: levels(titles),
    version: 1,
    validFrom: NATIONAL_DICTIONARY_VALID_FROM,
  };
}

const C = NATIONAL_COMPETENCY_CODES;

export const NATIONAL_DICTIONARY: readonly CompetencyEntry[] = [
  entry(
    C.INTEGRITAS,
    'MANAJERIAL',
    { id: 'Integritas', en: 'Integrity' },
    {
      id: 'Konsisten bertindak sesuai nilai, norma dan etika organisasi, jujur, dan bertanggung jawab atas tindakan dan keputusannya.',
      en: "Acts consistently with the organisation's values, norms and ethics, honestly, and owns the consequences of their actions and decisions.",
    },
    [
      'Mampu bertindak sesuai nilai, norma, etika organisasi dalam kapasitas pribadi',
      'Mampu mengingatkan, mengajak rekan kerja untuk bertindak sesuai nilai, norma, dan etika organisasi',
      'Mampu memastikan, menanamkan keyakinan bersama agar anggota yang dipimpin bertindak sesuai nilai, norma, dan etika organisasi, dalam lingkup formal',
      'Mampu menciptakan situasi kerja yang mendorong kepatuhan pada nilai, norma, dan etika organisasi',
      'Mampu menjadi role model dalam penerapan standar keadilan dan etika di tingkat nasional',
    ],
  ),
  entry(
    C.KERJA_SAMA,
    'MANAJERIAL',
    { id: 'Kerja Sama', en: 'Teamwork' },
    {
      id: 'Menjalin dan memelihara hubungan kerja yang efektif serta saling membantu untuk mencapai tujuan organisasi.',
      en: "Builds and keeps effective working relationships and helps others to reach the organisation's goals.",
    },
    [
      'Berpartisipasi dalam kelompok kerja',
      'Menumbuhkan tim kerja yang partisipatif dan efektif',
      'Efektif membangun tim kerja untuk peningkatan kinerja organisasi',
      'Membangun komitmen tim, sinergi',
      'Menciptakan situasi kerja sama secara konsisten, baik di dalam maupun di luar instansi',
    ],
  ),
  entry(
    C.KOMUNIKASI,
    'MANAJERIAL',
    { id: 'Komunikasi', en: 'Communication' },
    {
      id: 'Menyampaikan gagasan secara jelas dan logis, lisan maupun tertulis, mendengarkan secara aktif, dan meyakinkan orang lain.',
      en: 'Puts views across clearly and logically, orally and in writing, listens actively and persuades others.',
    },
    [
      'Menyampaikan informasi dengan jelas, lengkap, pemahaman yang sama',
      'Aktif menjalankan komunikasi secara formal dan informal; Bersedia mendengarkan orang lain, menginterpretasikan pesan dengan respon yang sesuai, mampu menyusun materi presentasi, pidato, naskah, laporan, dll',
      'Berkomunikasi secara asertif, terampil berkomunikasi lisan/tertulis untuk menyampaikan informasi yang sensitif/rumit/kompleks',
      'Mampu mengemukakan pemikiran multidimensi secara lisan dan tertulis untuk mendorong kesepakatan dengan tujuan meningkatkan kinerja secara keseluruhan',
      'Menggagas sistem komunikasi yang terbuka secara strategis untuk mencari solusi dengan tujuan meningkatkan kinerja',
    ],
  ),
  entry(
    C.ORIENTASI_PADA_HASIL,
    'MANAJERIAL',
    { id: 'Orientasi pada Hasil', en: 'Results Orientation' },
    {
      id: 'Berkomitmen menyelesaikan tugas, dapat diandalkan, dan mengelola risiko serta peluang demi hasil organisasi.',
      en: 'Is committed to finishing the work, reliable, and manages risks and opportunities for the results of the organisation.',
    },
    [
      'Bertanggung jawab untuk memenuhi standar kerja',
      'Berupaya meningkatkan hasil kerja pribadi yang lebih tinggi dari standar yang ditetapkan, mencari, mencoba metode alternatif untuk peningkatan kinerja',
      'Menetapkan target kerja yang menantang bagi unit kerja, memberi apresiasi dan teguran untuk mendorong kinerja',
      'Mendorong unit kerja mencapai target yang ditetapkan atau melebihi hasil kerja sebelumnya',
      'Meningkatkan mutu pencapaian kerja organisasi',
    ],
  ),
  entry(
    C.PELAYANAN_PUBLIK,
    'MANAJERIAL',
    { id: 'Pelayanan Publik', en: 'Public Service' },
    {
      id: 'Melaksanakan tugas pemerintahan dan pelayanan publik secara profesional, transparan, objektif, netral dan tidak diskriminatif.',
      en: 'Carries out government and public-service tasks professionally, transparently, objectively, neutrally and without discrimination.',
    },
    [
      'Menjalankan tugas mengikuti standar pelayanan',
      'Mampu mensupervisi/mengawasi/menyelia dan menjelaskan proses pelaksanaan tugas-tugas pemerintahan/pelayanan publik secara transparan',
      'Mampu memanfaatkan kekuatan kelompok serta memperbaiki standar pelayanan publik di lingkup unit kerja',
      'Mampu memonitor, mengevaluasi, memperhitungkan dan mengantisipasi dampak dari isu-isu jangka panjang, kesempatan, atau kekuatan politik dalam hal pelayanan kebutuhan pemangku kepentingan yang transparan, objektif, dan profesional',
      'Mampu memastikan kebijakan-kebijakan pelayanan publik yang menjamin terselenggaranya pelayanan publik yang objektif, netral, tidak memihak, tidak diskriminatif, serta tidak terpengaruh kepentingan pribadi/kelompok/partai politik',
    ],
  ),
  entry(
    C.PENGEMBANGAN_DIRI_DAN_ORANG_LAIN,
    'MANAJERIAL',
    { id: 'Pengembangan Diri dan Orang Lain', en: 'Developing Self and Others' },
    {
      id: 'Meningkatkan pengetahuan dan keterampilan diri serta mendorong, membimbing dan memberi umpan balik agar orang lain berkembang.',
      en: 'Grows their own knowledge and skills and encourages, coaches and gives feedback so that others grow.',
    },
    [
      'Pengembangan diri',
      'Meningkatkan kemampuan bawahan dengan memberikan contoh dan penjelasan cara melaksanakan suatu pekerjaan',
      'Memberikan umpan balik, membimbing',
      'Menyusun program pengembangan jangka panjang dalam rangka mendorong manajemen pembelajaran',
      'Menciptakan situasi yang mendorong organisasi untuk mengembangkan kemampuan belajar secara berkelanjutan dalam rangka mendukung pencapaian hasil',
    ],
  ),
  entry(
    C.MENGELOLA_PERUBAHAN,
    'MANAJERIAL',
    { id: 'Mengelola Perubahan', en: 'Managing Change' },
    {
      id: 'Menyesuaikan diri dengan situasi baru, mendukung dan memimpin inisiatif perubahan hingga berhasil diterapkan.',
      en: 'Adapts to new situations and supports and leads change initiatives until they are in place.',
    },
    [
      // The transcription at hand is cut short here; left unknown rather than completed by guess.
      null,
      'Proaktif beradaptasi mengikuti perubahan',
      'Membantu orang lain mengikuti perubahan, mengantisipasi perubahan secara tepat',
      'Memimpin perubahan pada unit kerja',
      'Memimpin, menggalang dan menggerakkan dukungan pemangku kepentingan untuk menjalankan perubahan secara berkelanjutan pada tingkat instansi/nasional',
    ],
  ),
  entry(
    C.PENGAMBILAN_KEPUTUSAN,
    'MANAJERIAL',
    { id: 'Pengambilan Keputusan', en: 'Decision Making' },
    {
      id: 'Mengambil keputusan tepat waktu dan berhati-hati berdasarkan informasi, alternatif dan konsekuensinya, serta bertanggung jawab atasnya.',
      en: 'Makes timely, careful decisions from information, alternatives and their consequences, and stands by them.',
    },
    [
      'Mengumpulkan informasi untuk bertindak sesuai kewenangan',
      'Menganalisis masalah secara mendalam',
      'Membandingkan berbagai alternatif, menyeimbangkan risiko keberhasilan dalam implementasi',
      'Menyelesaikan masalah yang mengandung risiko tinggi, mengantisipasi dampak keputusan, membuat tindakan pengamanan; mitigasi risiko',
      'Menghasilkan solusi dan mengambil keputusan untuk mengatasi permasalahan jangka panjang/strategis, berdampak nasional',
    ],
  ),
  entry(
    C.PEREKAT_BANGSA,
    'SOSIAL_KULTURAL',
    { id: 'Perekat Bangsa', en: 'National Cohesion' },
    {
      id: 'Mempromosikan toleransi dan keterbukaan di tengah kemajemukan serta menjaga persatuan dan kesatuan bangsa.',
      en: "Promotes tolerance and openness amid Indonesia's diversity and upholds national unity.",
    },
    [
      'Peka memahami dan menerima kemajemukan',
      'Aktif mengembangkan sikap saling menghargai, menekankan persamaan dan persatuan',
      'Mempromosikan, mengembangkan sikap toleransi dan persatuan',
      'Mendayagunakan perbedaan secara konstruktif dan kreatif untuk meningkatkan efektivitas organisasi',
      'Wakil pemerintah untuk membangun hubungan sosial psikologis',
    ],
  ),
];
