import type { NotificationTemplate } from './template';

// To the agency's talent team (not the person): a mapping to a 9-box box and what to do next.
// "Dipetakan ke Kotak 9", never "ditempatkan" (which reads as a job placement); the person is
// named behind the link, not by an opaque id in the text.

export const CAREER_TEMPLATES: NotificationTemplate[] = [
  {
    type: 'talent-box-assigned',
    language: 'id',
    channel: 'IN_APP',
    subject: 'Pegawai dipetakan ke Kotak {{box}} manajemen talenta',
    body: `Seorang pegawai dipetakan ke Kotak {{box}} (kinerja {{kinerja|level}}, potensi {{potensi|level}}) untuk tahun {{year}}.
Tindak lanjut: {{recommendedAction|text}}
Rincian: {{link|url}}`,
  },
  {
    type: 'talent-box-assigned',
    language: 'en',
    channel: 'IN_APP',
    subject: 'Employee mapped to talent Box {{box}}',
    body: `An employee is mapped to Box {{box}} (performance {{kinerja|level}}, potential {{potensi|level}}) for {{year}}.
Next step: {{recommendedAction|text}}
Details: {{link|url}}`,
  },
  {
    type: 'talent-box-assigned',
    language: 'id',
    channel: 'EMAIL',
    subject: 'Manajemen talenta {{year}}: pegawai dipetakan ke Kotak {{box}}',
    body: `Yth. Tim Manajemen Talenta,

Seorang pegawai dipetakan ke Kotak {{box}} pada {{assignedAt|date}}: kinerja {{kinerja|level}}, potensi {{potensi|level}}.
{{#if previousBox}}Sebelumnya di Kotak {{previousBox}}.
{{/if}}
Rekomendasi tindak lanjut: {{recommendedAction|text}}

Nama pegawai, rincian dan riwayat pemetaan: {{link|url}}

Pesan ini hanya untuk tim talenta instansi dan tidak dikirim kepada pegawai yang bersangkutan.`,
  },
  {
    type: 'talent-box-assigned',
    language: 'en',
    channel: 'EMAIL',
    subject: 'Talent management {{year}}: employee mapped to Box {{box}}',
    body: `Dear talent team,

An employee was mapped to Box {{box}} on {{assignedAt|date}}: performance {{kinerja|level}}, potential {{potensi|level}}.
{{#if previousBox}}Previously in Box {{previousBox}}.
{{/if}}
Recommended action: {{recommendedAction|text}}

The employee's name, details and mapping history: {{link|url}}

This message is for the agency's talent team only and is not sent to the employee.`,
  },
];
