import type { NotificationTemplate } from './template';

// Feedback notice to the pegawai and confirmation to the penilai, from appraisal-finalized. A
// decided objection makes the appraisal final at once, so both sides learn the decision here.
// In-app texts are short enough for a phone screen; email adds context and the next steps.

const feedbackId = `Predikat kinerja {{period|period}}: {{predikat|predikat}}.
Hasil kerja dinilai {{ratingHasilKerja|rating}}, perilaku kerja {{ratingPerilakuKerja|rating}}.
{{#if feedbackSummary}}
Umpan balik penilai: {{feedbackSummary}}
{{/if}}
{{#if objection.outcome=REJECTED}}Atasan penilai telah memutus keberatan Anda pada {{objection.decidedAt|datetime}} dan tidak menerimanya.
{{/if}}{{#if objection.outcome=UPHELD}}Atasan penilai menerima keberatan Anda pada {{objection.decidedAt|datetime}}; predikat di atas adalah hasil keputusannya.
{{/if}}
Rincian: {{link|url}}`;

const feedbackEn = `Performance rating ({{period|period}}): {{predikat|predikat}}.
Work results rated {{ratingHasilKerja|rating}}, work behaviour rated {{ratingPerilakuKerja|rating}}.
{{#if feedbackSummary}}
Your appraiser's feedback: {{feedbackSummary}}
{{/if}}
{{#if objection.outcome=REJECTED}}The appraiser's superior decided your objection on {{objection.decidedAt|datetime}} and did not accept it.
{{/if}}{{#if objection.outcome=UPHELD}}The appraiser's superior accepted your objection on {{objection.decidedAt|datetime}}; the rating above is that decision.
{{/if}}
Details: {{link|url}}`;

const penilaiObjectionId = `{{#if objection.outcome=UPHELD}}Atasan penilai menerima keberatan pegawai pada {{objection.decidedAt|datetime}}; predikat di atas adalah hasil keputusannya.
{{/if}}{{#if objection.outcome=REJECTED}}Atasan penilai menolak keberatan pegawai pada {{objection.decidedAt|datetime}}; predikat yang Anda tetapkan berlaku.
{{/if}}`;
const penilaiObjectionEn = `{{#if objection.outcome=UPHELD}}The superior accepted the employee's objection on {{objection.decidedAt|datetime}}; the rating above is that decision.
{{/if}}{{#if objection.outcome=REJECTED}}The superior rejected the employee's objection on {{objection.decidedAt|datetime}}; the rating you set stands.
{{/if}}`;

export const APPRAISAL_TEMPLATES: NotificationTemplate[] = [
  {
    type: 'appraisal-feedback',
    language: 'id',
    channel: 'IN_APP',
    subject: 'Penilaian kinerja {{period|period}} Anda sudah final',
    body: feedbackId,
  },
  {
    type: 'appraisal-feedback',
    language: 'en',
    channel: 'IN_APP',
    subject: 'Your {{period|period}} performance appraisal is final',
    body: feedbackEn,
  },
  {
    type: 'appraisal-feedback',
    language: 'id',
    channel: 'EMAIL',
    subject: 'Penilaian kinerja {{period|period}}: predikat {{predikat|predikat}}',
    body: `Yth. Bapak/Ibu,

Penilaian kinerja {{period|period}} Anda sebagai {{position.name}} sudah final pada {{finalizedAt|datetime}}.
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
    subject: '{{period|period}} performance appraisal: rated {{predikat|predikat}}',
    body: `Dear colleague,

Your performance appraisal as {{position.name}} for {{period|period}} became final on {{finalizedAt|datetime}}.
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
    body: `Penilaian kinerja {{period|period}} untuk {{employeeId|person}} ({{position.name}}) sudah final dengan predikat {{predikat|predikat}}. Umpan balik telah dikirim kepada pegawai.
${penilaiObjectionId}Rincian: {{link|url}}`,
  },
  {
    type: 'appraisal-finalized-penilai',
    language: 'en',
    channel: 'IN_APP',
    subject: 'An appraisal you gave is final',
    body: `The {{period|period}} appraisal of {{employeeId|person}} ({{position.name}}) is final, rated {{predikat|predikat}}. The feedback was sent to the employee.
${penilaiObjectionEn}Details: {{link|url}}`,
  },
  {
    type: 'appraisal-finalized-penilai',
    language: 'id',
    channel: 'EMAIL',
    subject: 'Konfirmasi: penilaian {{position.name}} {{period|period}} sudah final',
    body: `Yth. Bapak/Ibu Pejabat Penilai Kinerja,

Penilaian kinerja {{period|period}} yang Anda berikan kepada {{employeeId|person}} (jabatan {{position.name}}) sudah final pada {{finalizedAt|datetime}} dengan predikat {{predikat|predikat}}.
Pemberitahuan umpan balik telah dikirim kepada pegawai yang bersangkutan.
${penilaiObjectionId}
Rincian: {{link|url}}

Pesan ini dikirim otomatis oleh Jenjang.`,
  },
  {
    type: 'appraisal-finalized-penilai',
    language: 'en',
    channel: 'EMAIL',
    subject: 'Confirmation: {{period|period}} appraisal for {{position.name}} is final',
    body: `Dear appraiser,

The {{period|period}} appraisal you gave {{employeeId|person}} (position {{position.name}}) became final on {{finalizedAt|datetime}}, rated {{predikat|predikat}}.
The feedback notice was sent to the employee.
${penilaiObjectionEn}
Details: {{link|url}}

This message is sent automatically by Jenjang.`,
  },
];
