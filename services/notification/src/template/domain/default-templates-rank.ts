import type { NotificationTemplate } from './template';

// To the person: they meet every kenaikan pangkat threshold of their agency for a period. The
// agency still decides whether to propose them.

const kindId = `{{#if kind=REGULER}}reguler{{/if}}{{#if kind=PILIHAN_STRUKTURAL}}pilihan (jabatan struktural){{/if}}{{#if kind=PILIHAN_FUNGSIONAL}}pilihan (jabatan fungsional){{/if}}`;
const kindEn = `{{#if kind=REGULER}}regular{{/if}}{{#if kind=PILIHAN_STRUKTURAL}}structural post{{/if}}{{#if kind=PILIHAN_FUNGSIONAL}}functional post{{/if}}`;
const predikatId = `{{#each predikatHistory}}- Tahun {{year}}: {{predikat|predikat}}
{{/each}}`;
const predikatEn = `{{#each predikatHistory}}- {{year}}: {{predikat|predikat}}
{{/each}}`;

export const RANK_TEMPLATES: NotificationTemplate[] = [
  {
    type: 'promotion-eligible',
    language: 'id',
    channel: 'IN_APP',
    subject: 'Anda memenuhi syarat kenaikan pangkat periode {{periodDate|date}}',
    body: `Anda memenuhi syarat kenaikan pangkat ${kindId} periode {{periodDate|date}}: dari golongan {{currentRank}} ke {{nextRank}}.
Keputusan pengusulan ada pada instansi. Rincian: {{link|url}}`,
  },
  {
    type: 'promotion-eligible',
    language: 'en',
    channel: 'IN_APP',
    subject: 'You are eligible for promotion in rank on {{periodDate|date}}',
    body: `You meet the requirements for promotion in rank (${kindEn}) on {{periodDate|date}}: from golongan {{currentRank}} to {{nextRank}}.
Your agency decides whether to propose you. Details: {{link|url}}`,
  },
  {
    type: 'promotion-eligible',
    language: 'id',
    channel: 'EMAIL',
    subject: 'Kenaikan pangkat periode {{periodDate|date}}: Anda memenuhi syarat',
    body: `Yth. Bapak/Ibu,

Berdasarkan data kepegawaian instansi, Anda memenuhi seluruh syarat kenaikan pangkat ${kindId} untuk periode {{periodDate|date}}:
- Pangkat sekarang: golongan {{currentRank}}, TMT {{currentRankSince|date}}
- Pangkat berikutnya: golongan {{nextRank}}
Predikat kinerja tahunan yang diperhitungkan:
${predikatId}
Memenuhi syarat belum berarti diusulkan: unit kepegawaian instansi memutuskan pengusulan dan mencatat alasannya. Periksa rincian dan lengkapi berkas yang diperlukan melalui {{link|url}}.`,
  },
  {
    type: 'promotion-eligible',
    language: 'en',
    channel: 'EMAIL',
    subject: 'Promotion in rank on {{periodDate|date}}: you are eligible',
    body: `Dear colleague,

According to your agency's records you meet every requirement for promotion in rank (${kindEn}) on {{periodDate|date}}:
- Current rank: golongan {{currentRank}}, since {{currentRankSince|date}}
- Next rank: golongan {{nextRank}}
Annual performance ratings taken into account:
${predikatEn}
Being eligible is not yet being proposed: your agency's HR unit decides and records its reason. See the details and complete any documents needed at {{link|url}}.`,
  },
];
