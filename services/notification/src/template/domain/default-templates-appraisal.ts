import type { NotificationTemplate } from './template';

// Feedback notice to the pegawai and confirmation to the penilai, from appraisal-finalized.
// In-app texts are short enough for a phone screen; email adds context and the next steps.

const feedbackId = `Predikat kinerja {{period.kind|periodKind}} {{period.year}}: {{predikat|predikat}}.
Hasil kerja {{ratingHasilKerja|rating}}, perilaku kerja {{ratingPerilakuKerja|rating}}.
{{#if feedbackSummary}}
Umpan balik penilai: {{feedbackSummary}}
{{/if}}
{{#if objection.outcome=REJECTED}}Keberatan Anda telah diputus dan tidak diterima atasan penilai.
{{/if}}{{#if objection.outcome=UPHELD}}Keberatan Anda diterima; predikat di atas adalah hasil keputusan atasan penilai.
{{/if}}
Rincian: {{link|url}}`;

const feedbackEn = `Performance rating ({{period.kind|periodKind}} {{period.year}}): {{predikat|predikat}}.
Work results {{ratingHasilKerja|rating}}, work behaviour {{ratingPerilakuKerja|rating}}.
{{#if feedbackSummary}}
Your appraiser's feedback: {{feedbackSummary}}
{{/if}}
{{#if objection.outcome=REJECTED}}Your objection was decided and not accepted by the appraiser's superior.
{{/if}}{{#if objection.outcome=UPHELD}}Your objection was accepted; the rating above is the superior's decision.
{{/if}}
Details: {{link|url}}`;

export const APPRAISAL_TEMPLATES: NotificationTemplate[] = [
  {
    type: 'appraisal-feedback',
    language: 'id',
    channel: 'IN_APP',
    subject: 'Penilaian kinerja {{period.year}} Anda sudah final',
    body: feedbackId,
  },
  {
    type: 'appraisal-feedback',
    language: 'en',
    channel: 'IN_APP',
    subject: 'Your {{period.year}} performance appraisal is final',
    body: feedbackEn,
  },
  {
    type: 'appraisal-feedback',
    language: 'id',
    channel: 'EMAIL',
    subject: 'Penilaian kinerja {{period.year}}: predikat {{predikat|predikat}}',
    body: `Yth. Bapak/Ibu,

Penilaian kinerja Anda sebagai {{position.name}} untuk periode {{period.kind|periodKind}} {{period.year}} sudah final pada {{finalizedAt|datetime}}.
{{#if correctionOf}}
Penilaian ini adalah koreksi yang menggantikan penilaian sebelumnya.
{{/if}}
${feedbackId}

Gunakan umpan balik ini bersama atasan Anda untuk menyusun rencana pengembangan. Rekomendasi pelatihan yang sesuai akan dikirim terpisah.

Pesan ini dikirim otomatis oleh Jenjang dan wajib diterima setiap pegawai yang penilaiannya final.`,
  },
  {
    type: 'appraisal-feedback',
    language: 'en',
    channel: 'EMAIL',
    subject: '{{period.year}} performance appraisal: rated {{predikat|predikat}}',
    body: `Dear colleague,

Your performance appraisal as {{position.name}} for the {{period.kind|periodKind}} period {{period.year}} became final on {{finalizedAt|datetime}}.
{{#if correctionOf}}
This appraisal is a correction that replaces the previous one.
{{/if}}
${feedbackEn}

Use this feedback with your superior to plan your development. Suitable training recommendations will follow separately.

This message is sent automatically by Jenjang to every employee whose appraisal becomes final.`,
  },
  {
    type: 'appraisal-finalized-penilai',
    language: 'id',
    channel: 'IN_APP',
    subject: 'Penilaian yang Anda berikan sudah final',
    body: `Penilaian {{period.kind|periodKind}} {{period.year}} untuk {{position.name}} sudah final dengan predikat {{predikat|predikat}}. Umpan balik telah dikirim kepada pegawai.
Rincian: {{link|url}}`,
  },
  {
    type: 'appraisal-finalized-penilai',
    language: 'en',
    channel: 'IN_APP',
    subject: 'An appraisal you gave is final',
    body: `The {{period.kind|periodKind}} {{period.year}} appraisal for {{position.name}} is final, rated {{predikat|predikat}}. The feedback was sent to the employee.
Details: {{link|url}}`,
  },
  {
    type: 'appraisal-finalized-penilai',
    language: 'id',
    channel: 'EMAIL',
    subject: 'Konfirmasi: penilaian {{position.name}} {{period.year}} sudah final',
    body: `Yth. Bapak/Ibu Pejabat Penilai Kinerja,

Penilaian {{period.kind|periodKind}} {{period.year}} yang Anda berikan untuk jabatan {{position.name}} sudah final pada {{finalizedAt|datetime}} dengan predikat {{predikat|predikat}}.
Pemberitahuan umpan balik telah dikirim kepada pegawai yang bersangkutan.

Rincian: {{link|url}}

Pesan ini dikirim otomatis oleh Jenjang.`,
  },
  {
    type: 'appraisal-finalized-penilai',
    language: 'en',
    channel: 'EMAIL',
    subject: 'Confirmation: {{period.year}} appraisal for {{position.name}} is final',
    body: `Dear appraiser,

The {{period.kind|periodKind}} {{period.year}} appraisal you gave for the position {{position.name}} became final on {{finalizedAt|datetime}}, rated {{predikat|predikat}}.
The feedback notice was sent to the employee.

Details: {{link|url}}

This message is sent automatically by Jenjang.`,
  },
];
