import type { NotificationTemplate } from './template';

// Notices while a person can still act: the predikat with the objection deadline (predikat-set)
// and continuous feedback during the period (feedback-given).

const predikatId = `Penilaian kinerja {{period|period}}: predikat {{predikat|predikat}}.
Hasil kerja dinilai {{ratingHasilKerja|rating}}, perilaku kerja {{ratingPerilakuKerja|rating}}.
Bila tidak setuju, Anda dapat mengajukan keberatan sampai {{objectionDeadline|datetime}}: buka {{link|url}}, pilih Ajukan Keberatan, dan tuliskan alasannya. Keberatan diputus oleh atasan pejabat penilai.`;

const predikatEn = `Performance appraisal {{period|period}}: rated {{predikat|predikat}}.
Work results rated {{ratingHasilKerja|rating}}, work behaviour rated {{ratingPerilakuKerja|rating}}.
If you disagree, you may object until {{objectionDeadline|datetime}}: open {{link|url}}, choose Object and give your reasons. The appraiser's superior decides.`;

const aboutId = `{{#if about.kind=PERILAKU}}perilaku {{about.value|berakhlak}}{{/if}}{{#if about.kind=HASIL_KERJA}}hasil kerja{{/if}}`;
const aboutEn = `{{#if about.kind=PERILAKU}}the value {{about.value|berakhlak}}{{/if}}{{#if about.kind=HASIL_KERJA}}your work results{{/if}}`;

export const PROGRESS_TEMPLATES: NotificationTemplate[] = [
  {
    type: 'predikat-set',
    language: 'id',
    channel: 'IN_APP',
    subject: 'Predikat kinerja {{period|period}}: {{predikat|predikat}}',
    body: predikatId,
  },
  {
    type: 'predikat-set',
    language: 'en',
    channel: 'IN_APP',
    subject: 'Performance rating {{period|period}}: {{predikat|predikat}}',
    body: predikatEn,
  },
  {
    type: 'predikat-set',
    language: 'id',
    channel: 'EMAIL',
    subject: 'Predikat kinerja {{period|period}} Anda telah ditetapkan: {{predikat|predikat}}',
    body: `Yth. Bapak/Ibu,

Pejabat penilai kinerja telah menetapkan predikat kinerja Anda pada {{setAt|datetime}}.
${predikatId}

Predikat ini belum final. Tanpa keberatan, predikat menjadi final setelah batas waktu di atas dan umpan balik lengkap akan dikirimkan kepada Anda.

Pesan ini dikirim otomatis oleh Jenjang dan wajib diterima setiap pegawai yang predikatnya ditetapkan.`,
  },
  {
    type: 'predikat-set',
    language: 'en',
    channel: 'EMAIL',
    subject: 'Your performance rating for {{period|period}} was set: {{predikat|predikat}}',
    body: `Dear colleague,

Your appraiser set your performance rating on {{setAt|datetime}}.
${predikatEn}

This rating is not final yet. Without an objection it becomes final after the deadline above, and the full feedback will be sent to you.

This message is sent automatically by Jenjang to every employee whose rating is set.`,
  },
  {
    type: 'feedback-given',
    language: 'id',
    channel: 'IN_APP',
    subject: 'Umpan balik baru dari penilai{{#if period}} ({{period|period}}){{/if}}',
    body: `Umpan balik tentang ${aboutId}{{#if period}} untuk penilaian kinerja {{period|period}}{{/if}}, {{givenAt|datetime}}:
"{{text}}"
{{#if link}}Tanggapi atau lihat rinciannya: {{link|url}}{{/if}}`,
  },
  {
    type: 'feedback-given',
    language: 'en',
    channel: 'IN_APP',
    subject: 'New feedback from your appraiser{{#if period}} ({{period|period}}){{/if}}',
    body: `Feedback on ${aboutEn}{{#if period}} for the {{period|period}} appraisal{{/if}}, {{givenAt|datetime}}:
"{{text}}"
{{#if link}}Reply or see the details: {{link|url}}{{/if}}`,
  },
  {
    type: 'feedback-given',
    language: 'id',
    channel: 'EMAIL',
    subject: 'Umpan balik kinerja{{#if period}} {{period|period}}{{/if}} dari pejabat penilai',
    body: `Yth. Bapak/Ibu,

Pejabat penilai kinerja memberikan umpan balik berkelanjutan tentang ${aboutId}{{#if period}} untuk penilaian kinerja {{period|period}}{{/if}} pada {{givenAt|datetime}}:

"{{text}}"

Umpan balik ini membantu Anda memperbaiki kinerja sebelum penilaian. Bicarakan dengan atasan Anda bila ada yang perlu diperjelas.
{{#if link}}Rincian: {{link|url}}{{/if}}

Pesan ini dikirim otomatis oleh Jenjang. Anda dapat mengatur pemberitahuan ini di menu Preferensi.`,
  },
  {
    type: 'feedback-given',
    language: 'en',
    channel: 'EMAIL',
    subject: 'Performance feedback{{#if period}} for {{period|period}}{{/if}} from your appraiser',
    body: `Dear colleague,

Your appraiser gave continuous feedback on ${aboutEn}{{#if period}} for the {{period|period}} appraisal{{/if}} on {{givenAt|datetime}}:

"{{text}}"

This feedback helps you improve before the appraisal. Talk to your superior if anything needs clarifying.
{{#if link}}Details: {{link|url}}{{/if}}

This message is sent automatically by Jenjang. You can manage these notices under Preferences.`,
  },
];

// The stuck report as a reminder to the penilai or atasan penilai the late records wait on.
const waitingCountsId = `{{#if counts.skpToApprove=0}}{{else}}- {{counts.skpToApprove}} SKP menunggu persetujuan Anda: {{skpLink|url}}
{{/if}}{{#if counts.appraisalsToFinish=0}}{{else}}- {{counts.appraisalsToFinish}} penilaian kinerja belum final dan menunggu penilaian Anda: {{link|url}}
{{/if}}{{#if counts.objectionsToDecide=0}}{{else}}- {{counts.objectionsToDecide}} keberatan menunggu keputusan Anda: {{link|url}}
{{/if}}`;
const waitingCountsEn = `{{#if counts.skpToApprove=0}}{{else}}- {{counts.skpToApprove}} SKP(s) waiting for your approval: {{skpLink|url}}
{{/if}}{{#if counts.appraisalsToFinish=0}}{{else}}- {{counts.appraisalsToFinish}} appraisal(s) not final, waiting for your rating: {{link|url}}
{{/if}}{{#if counts.objectionsToDecide=0}}{{else}}- {{counts.objectionsToDecide}} objection(s) waiting for your decision: {{link|url}}
{{/if}}`;

export const WAITING_TEMPLATES: NotificationTemplate[] = [
  {
    type: 'work-waiting',
    language: 'id',
    channel: 'IN_APP',
    subject: 'Pekerjaan penilaian kinerja yang terlambat menunggu Anda',
    body: `Per {{asOf|date}}, pekerjaan berikut melewati batas waktu dan menunggu tindakan Anda:
${waitingCountsId}Yang paling lama sudah terlambat {{mostDaysLate}} hari.`,
  },
  {
    type: 'work-waiting',
    language: 'en',
    channel: 'IN_APP',
    subject: 'Late performance management work is waiting for you',
    body: `As of {{asOf|date}}, this work is past its deadline and waits for you:
${waitingCountsEn}The oldest is {{mostDaysLate}} day(s) late.`,
  },
  {
    type: 'work-waiting',
    language: 'id',
    channel: 'EMAIL',
    subject: 'Pengingat: pekerjaan penilaian kinerja menunggu tindakan Anda',
    body: `Yth. Bapak/Ibu,

Per {{asOf|date}}, pekerjaan penilaian kinerja berikut melewati batas waktu dan menunggu tindakan Anda:
${waitingCountsId}
Rinciannya, mulai dari yang paling lama:
{{#each items}}- {{kind|waitingKind}}{{#if period}} ({{period|period}}){{/if}}: batas {{deadline|date}}, terlambat {{daysLate}} hari
{{/each}}
Pegawai tidak dapat melanjutkan tahap berikutnya sebelum Anda bertindak. Pengingat ini dikirim setiap hari selama masih ada pekerjaan yang terlambat.

Pesan ini dikirim otomatis oleh Jenjang. Anda dapat mengatur pemberitahuan ini di menu Preferensi.`,
  },
  {
    type: 'work-waiting',
    language: 'en',
    channel: 'EMAIL',
    subject: 'Reminder: performance management work is waiting for you',
    body: `Dear colleague,

As of {{asOf|date}}, this performance management work is past its deadline and waits for you:
${waitingCountsEn}
The records, oldest first:
{{#each items}}- {{kind|waitingKind}}{{#if period}} ({{period|period}}){{/if}}: due {{deadline|date}}, {{daysLate}} day(s) late
{{/each}}
Your staff cannot move to the next stage until you act. This reminder is sent every day while work is late.

This message is sent automatically by Jenjang. You can manage these notices under Preferences.`,
  },
];
