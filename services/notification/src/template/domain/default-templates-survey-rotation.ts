import type { NotificationTemplate } from './template';

// Post-training surveys (DOMAIN §8) and rotation proposals and decisions (DOMAIN §7).

const surveyId = `{{#if kind=INVITATION}}Terima kasih telah menyelesaikan {{programTitle}}. Mohon sampaikan penilaian Anda atas pelatihan ini.{{/if}}{{#if kind=FOLLOW_UP}}{{#if respondentRole=PARTICIPANT}}Beberapa bulan setelah {{programTitle}}, bagaimana dampaknya pada pekerjaan Anda?{{/if}}{{#if respondentRole=SUPERIOR}}Bawahan Anda, {{employeeId|person}}, telah mengikuti {{programTitle}}. Mohon nilai dampaknya pada pekerjaannya.{{/if}}{{/if}}{{#if kind=REMINDER}}Pengingat: survei tentang {{programTitle}} belum dijawab.{{/if}}
Mohon dijawab sebelum {{answerBy|date}}: {{link|url}}`;

const surveyEn = `{{#if kind=INVITATION}}Thank you for completing {{programTitle}}. Please tell us what you thought of it.{{/if}}{{#if kind=FOLLOW_UP}}{{#if respondentRole=PARTICIPANT}}Some months after {{programTitle}}, how has it changed your work?{{/if}}{{#if respondentRole=SUPERIOR}}A member of your team, {{employeeId|person}}, attended {{programTitle}}. Please rate its effect on their work.{{/if}}{{/if}}{{#if kind=REMINDER}}Reminder: the survey on {{programTitle}} is still unanswered.{{/if}}
Please answer by {{answerBy|date}}: {{link|url}}`;

const surveySubjectId = `{{#if kind=INVITATION}}Survei pelatihan: {{programTitle}}{{/if}}{{#if kind=FOLLOW_UP}}Survei dampak pelatihan: {{programTitle}}{{/if}}{{#if kind=REMINDER}}Pengingat survei: {{programTitle}}{{/if}}`;
const surveySubjectEn = `{{#if kind=INVITATION}}Training survey: {{programTitle}}{{/if}}{{#if kind=FOLLOW_UP}}Training effect survey: {{programTitle}}{{/if}}{{#if kind=REMINDER}}Survey reminder: {{programTitle}}{{/if}}`;

const proposedId = `Anda diusulkan untuk rotasi dari {{from.name}} ke {{to.name}}.
Anda telah {{tenureYears}} tahun pada jabatan sekarang{{#if box}} dan dipetakan ke Kotak {{box}} manajemen talenta{{/if}}. Jabatan baru mengembangkan kompetensi yang perlu Anda tingkatkan; alasan lengkap dan kriteria objektifnya ada pada rincian usulan.
Sampaikan pendapat Anda (setuju, atau keberatan dengan alasannya) dan pilihan unit Anda sebelum keputusan diambil: {{link|url}}`;

const proposedEn = `You are proposed for a rotation from {{from.name}} to {{to.name}}.
You have held your current post for {{tenureYears}} years{{#if box}} and are mapped to talent Box {{box}}{{/if}}. The new post develops competencies you need; the full reasons and the objective criteria are in the proposal.
Give your view (agree, or object with your reasons) and the units you prefer before it is decided: {{link|url}}`;

const superiorId = `Bawahan Anda, {{employeeId|person}}, diusulkan untuk rotasi dari {{from.name}} ke {{to.name}}.
Mohon sampaikan pendapat Anda sebelum unit kepegawaian memutuskan: {{link|url}}`;

const superiorEn = `A member of your team, {{employeeId|person}}, is proposed for a rotation from {{from.name}} to {{to.name}}.
Please give your view before the HR unit decides: {{link|url}}`;

const decidedId = `{{#if decision=APPROVED}}Usulan rotasi Anda ke {{to.name}} disetujui. Anda mulai bertugas di jabatan baru pada {{effectiveDate|date}}.{{/if}}{{#if decision=REJECTED}}Usulan rotasi Anda ke {{to.name}} tidak dilanjutkan; Anda tetap pada jabatan sekarang.{{/if}}
Alasan keputusan dan rinciannya: {{link|url}}`;

const decidedEn = `{{#if decision=APPROVED}}Your rotation to {{to.name}} is approved. You start in the new post on {{effectiveDate|date}}.{{/if}}{{#if decision=REJECTED}}The rotation to {{to.name}} will not go ahead; you stay in your current post.{{/if}}
The reason and details: {{link|url}}`;

const email = (greeting: string, body: string, footer: string) => `${greeting}

${body}

${footer}`;
const FOOT_ID = 'Pesan ini dikirim otomatis oleh Jenjang.';
const FOOT_EN = 'This message is sent automatically by Jenjang.';

const four = (
  type: string,
  subject: { id: string; en: string },
  body: { id: string; en: string },
): NotificationTemplate[] => [
  { type, language: 'id', channel: 'IN_APP', subject: subject.id, body: body.id },
  { type, language: 'en', channel: 'IN_APP', subject: subject.en, body: body.en },
  {
    type,
    language: 'id',
    channel: 'EMAIL',
    subject: subject.id,
    body: email('Yth. Bapak/Ibu,', body.id, FOOT_ID),
  },
  {
    type,
    language: 'en',
    channel: 'EMAIL',
    subject: subject.en,
    body: email('Dear colleague,', body.en, FOOT_EN),
  },
];

export const SURVEY_ROTATION_TEMPLATES: NotificationTemplate[] = [
  ...four(
    'training-survey',
    { id: surveySubjectId, en: surveySubjectEn },
    { id: surveyId, en: surveyEn },
  ),
  ...four(
    'rotation-proposed',
    {
      id: 'Usulan rotasi ke {{to.name}}: pendapat Anda',
      en: 'Proposed rotation to {{to.name}}: your view',
    },
    { id: proposedId, en: proposedEn },
  ),
  ...four(
    'rotation-proposed-superior',
    {
      id: 'Usulan rotasi bawahan Anda ke {{to.name}}',
      en: 'Proposed rotation of your team member to {{to.name}}',
    },
    { id: superiorId, en: superiorEn },
  ),
  ...four(
    'rotation-decided',
    {
      id: 'Keputusan usulan rotasi ke {{to.name}}',
      en: 'Decision on the rotation to {{to.name}}',
    },
    { id: decidedId, en: decidedEn },
  ),
];
