import type { NotificationTemplate } from './template';

// To the agency's talent team (not the person): a placement in the 9-box and what to do next.

export const CAREER_TEMPLATES: NotificationTemplate[] = [
  {
    type: 'talent-box-assigned',
    language: 'id',
    channel: 'IN_APP',
    subject: 'Pegawai masuk kotak talenta {{box}}',
    body: `Pegawai {{employeeId}} ditempatkan di kotak {{box}} (kinerja {{kinerja|level}}, potensi {{potensi|level}}) untuk tahun {{year}}.
Tindak lanjut: {{recommendedAction|text}}
Rincian: {{link|url}}`,
  },
  {
    type: 'talent-box-assigned',
    language: 'en',
    channel: 'IN_APP',
    subject: 'Employee placed in talent box {{box}}',
    body: `Employee {{employeeId}} is placed in box {{box}} (performance {{kinerja|level}}, potential {{potensi|level}}) for {{year}}.
Next step: {{recommendedAction|text}}
Details: {{link|url}}`,
  },
  {
    type: 'talent-box-assigned',
    language: 'id',
    channel: 'EMAIL',
    subject: 'Manajemen talenta {{year}}: pegawai {{employeeId}} di kotak {{box}}',
    body: `Yth. Tim Manajemen Talenta,

Pegawai dengan ID {{employeeId}} ditempatkan di kotak {{box}} pada tanggal {{assignedAt|date}}: kinerja {{kinerja|level}}, potensi {{potensi|level}}.
{{#if previousBox}}Sebelumnya di kotak {{previousBox}}.
{{/if}}
Rekomendasi tindak lanjut: {{recommendedAction|text}}

Rincian dan riwayat penempatan: {{link|url}}

Pesan ini hanya untuk tim talenta instansi dan tidak dikirim kepada pegawai yang bersangkutan.`,
  },
  {
    type: 'talent-box-assigned',
    language: 'en',
    channel: 'EMAIL',
    subject: 'Talent management {{year}}: employee {{employeeId}} in box {{box}}',
    body: `Dear talent team,

The employee with id {{employeeId}} was placed in box {{box}} on {{assignedAt|date}}: performance {{kinerja|level}}, potential {{potensi|level}}.
{{#if previousBox}}Previously in box {{previousBox}}.
{{/if}}
Recommended action: {{recommendedAction|text}}

Details and placement history: {{link|url}}

This message is for the agency's talent team only and is not sent to the employee.`,
  },
];
