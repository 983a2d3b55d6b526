import type { NotificationTemplate } from './template';

// Training recommendations (with their reasons and how to enroll) and the yearly JP reminder; the
// minimum is the agency's setting carried in the event (jpRequired), never a literal 20.

const recsId = `{{#each recommendations}}
{{rank}}. {{programTitle}} ({{jp|jp}})
{{#each reasons}}- {{this|text}}
{{/each}}{{#if nextSession}}Jadwal terdekat: {{nextSession.startsAt|date}}
{{/if}}{{/each}}`;
const recsEn = `{{#each recommendations}}
{{rank}}. {{programTitle}} ({{jp|jp}})
{{#each reasons}}- {{this|text}}
{{/each}}{{#if nextSession}}Next session: {{nextSession.startsAt|date}}
{{/if}}{{/each}}`;

export const TRAINING_TEMPLATES: NotificationTemplate[] = [
  {
    type: 'training-recommended',
    language: 'id',
    channel: 'IN_APP',
    subject: 'Rekomendasi pelatihan untuk Anda',
    body: `JP Anda tahun {{year}}: {{jpEarned|number}} dari {{jpRequired|jp}}.
${recsId}
Daftar: buka {{link|url}} lalu pilih Daftar pada program.`,
  },
  {
    type: 'training-recommended',
    language: 'en',
    channel: 'IN_APP',
    subject: 'Training recommended for you',
    body: `Your {{year}} JP: {{jpEarned|number}} of {{jpRequired|jp}}.
${recsEn}
Enroll: open {{link|url}} and choose Enroll on a program.`,
  },
  {
    type: 'training-recommended',
    language: 'id',
    channel: 'EMAIL',
    subject: 'Rekomendasi pengembangan kompetensi {{year}}',
    body: `Yth. Bapak/Ibu,

Berdasarkan hasil penilaian dan analisis kompetensi Anda, berikut program pengembangan yang kami rekomendasikan beserta alasannya. Sampai saat ini Anda telah mengikuti {{jpEarned|number}} dari {{jpRequired|jp}} tahun {{year}}.
${recsId}
Cara mendaftar: buka {{link|url}}, pilih program, lalu tekan Daftar. Bila program memerlukan persetujuan atasan, permohonan Anda akan diteruskan otomatis. Rekomendasi yang tidak diterima akan kedaluwarsa.

Pesan ini dikirim otomatis oleh Jenjang. Anda dapat mengatur pemberitahuan ini di menu Preferensi.`,
  },
  {
    type: 'training-recommended',
    language: 'en',
    channel: 'EMAIL',
    subject: 'Competency development recommended for {{year}}',
    body: `Dear colleague,

Based on your appraisal and competency analysis, these are the development programs we recommend, with the reasons. So far you have earned {{jpEarned|number}} of {{jpRequired|jp}} in {{year}}.
${recsEn}
How to enroll: open {{link|url}}, choose a program and press Enroll. If the program needs your superior's approval, your request is forwarded automatically. Recommendations you do not accept expire.

This message is sent automatically by Jenjang. You can manage these notices under Preferences.`,
  },
  {
    type: 'training-jp-reminder',
    language: 'id',
    channel: 'IN_APP',
    subject: 'JP {{year}} Anda kurang {{jpMissing|jp}}',
    body: `Anda baru mengumpulkan {{jpEarned|number}} dari {{jpRequired|jp}} pengembangan kompetensi tahun {{year}}. Lengkapi {{jpMissing|jp}} lagi paling lambat {{deadline|date}}.
Pilih pelatihan: {{link|url}}`,
  },
  {
    type: 'training-jp-reminder',
    language: 'en',
    channel: 'IN_APP',
    subject: '{{jpMissing|jp}} still missing for {{year}}',
    body: `You have earned {{jpEarned|number}} of the {{jpRequired|jp}} of competency development for {{year}}. Complete {{jpMissing|jp}} more by {{deadline|date}}.
Choose training: {{link|url}}`,
  },
  {
    type: 'training-jp-reminder',
    language: 'id',
    channel: 'EMAIL',
    subject: 'Pengingat: JP pengembangan kompetensi {{year}} kurang {{jpMissing|jp}}',
    body: `Yth. Bapak/Ibu,

Pengembangan kompetensi adalah hak setiap ASN (PP 17/2020); instansi Anda menetapkan paling sedikit {{jpRequired|jp}} setahun. Tercatat Anda baru mengumpulkan {{jpEarned|number}} dari {{jpRequired|jp}} tahun {{year}}, sehingga masih kurang {{jpMissing|jp}}.

Batas waktu: {{deadline|date}}.
Pilih pelatihan klasikal atau nonklasikal (misalnya e-learning atau coaching) di {{link|url}}.

Pesan ini dikirim otomatis oleh Jenjang.`,
  },
  {
    type: 'training-jp-reminder',
    language: 'en',
    channel: 'EMAIL',
    subject: 'Reminder: {{jpMissing|jp}} of development still missing for {{year}}',
    body: `Dear colleague,

Competency development is every civil servant's right (PP 17/2020); your agency sets at least {{jpRequired|jp}} a year. You have earned {{jpEarned|number}} of {{jpRequired|jp}} in {{year}}, so {{jpMissing|jp}} are still missing.

Deadline: {{deadline|date}}.
Choose classroom or non-classroom training (for example e-learning or coaching) at {{link|url}}.

This message is sent automatically by Jenjang.`,
  },
];
