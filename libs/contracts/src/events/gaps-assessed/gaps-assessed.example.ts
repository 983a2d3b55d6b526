import type { CompetencyKind, GapReference } from '../competency-vocabulary';
import type { GapsAssessedV1 } from './gaps-assessed.v1';

// The documented example: a Penata Kelola Perizinan (pelaksana) at the DPMPTSP of Kabupaten
// Sleman, after the 2025 annual appraisal became final with predikat BAIK but Kolaboratif rated
// below expectation. Rows are built from compact tuples; the AsyncAPI document shows them whole.

type Row = [code: string, name: string, kind: CompetencyKind, required: number, current: number];

const rows = (against: GapReference, list: Row[]): GapsAssessedV1['gaps'] =>
  list.map(([competencyCode, competencyName, kind, required, current]) => ({
    competencyCode,
    competencyName,
    kind,
    required,
    current,
    gap: Math.max(0, required - current),
    against,
  }));

// Held standard: Σ required 17, Σ min(current, required) 15 → JPM 88.24.
const held = rows('HELD', [
  ['INTEGRITAS', 'Integritas', 'MANAJERIAL', 2, 2],
  ['KERJA_SAMA', 'Kerja Sama', 'MANAJERIAL', 2, 1],
  ['KOMUNIKASI', 'Komunikasi', 'MANAJERIAL', 2, 2],
  ['ORIENTASI_PADA_HASIL', 'Orientasi pada Hasil', 'MANAJERIAL', 2, 2],
  ['PELAYANAN_PUBLIK', 'Pelayanan Publik', 'MANAJERIAL', 2, 3],
  ['PENGEMBANGAN_DIRI_DAN_ORANG_LAIN', 'Pengembangan Diri dan Orang Lain', 'MANAJERIAL', 1, 1],
  ['MENGELOLA_PERUBAHAN', 'Mengelola Perubahan', 'MANAJERIAL', 1, 1],
  ['PENGAMBILAN_KEPUTUSAN', 'Pengambilan Keputusan', 'MANAJERIAL', 1, 1],
  ['PEREKAT_BANGSA', 'Perekat Bangsa', 'SOSIAL_KULTURAL', 1, 2],
  ['TK-PERIZINAN-BERUSAHA-RBA', 'Pelayanan Perizinan Berusaha Berbasis Risiko', 'TEKNIS', 3, 2],
]);

// Target standard: Σ required 20, Σ min(current, required) 14 → JPM 70.
const target = rows('TARGET', [
  ['INTEGRITAS', 'Integritas', 'MANAJERIAL', 2, 2],
  ['KERJA_SAMA', 'Kerja Sama', 'MANAJERIAL', 2, 1],
  ['KOMUNIKASI', 'Komunikasi', 'MANAJERIAL', 2, 2],
  ['ORIENTASI_PADA_HASIL', 'Orientasi pada Hasil', 'MANAJERIAL', 2, 2],
  ['PELAYANAN_PUBLIK', 'Pelayanan Publik', 'MANAJERIAL', 2, 3],
  ['PENGEMBANGAN_DIRI_DAN_ORANG_LAIN', 'Pengembangan Diri dan Orang Lain', 'MANAJERIAL', 2, 1],
  ['MENGELOLA_PERUBAHAN', 'Mengelola Perubahan', 'MANAJERIAL', 2, 1],
  ['PENGAMBILAN_KEPUTUSAN', 'Pengambilan Keputusan', 'MANAJERIAL', 2, 1],
  ['PEREKAT_BANGSA', 'Perekat Bangsa', 'SOSIAL_KULTURAL', 2, 2],
  ['TK-ANALISIS-KEBIJAKAN', 'Analisis Kebijakan', 'TEKNIS', 2, 0],
]);

export const gapsAssessedExample: GapsAssessedV1 = {
  assessmentId: '5f1c9a3e-8d27-5b4e-9a61-c3e0f7d2b845',
  employeeId: '9b4e2d71-3c8a-4f06-b5d9-e17a0c6f2b38',
  agencyId: 'pemkab-sleman',
  unitId: 'pemkab-sleman.dpmptsp.pelayanan-perizinan',
  position: {
    id: 'jab-penata-kelola-perizinan',
    name: 'Penata Kelola Perizinan',
    group: 'PELAKSANA',
  },
  targetPosition: {
    id: 'jab-analis-kebijakan-ahli-pertama',
    name: 'Analis Kebijakan Ahli Pertama',
  },
  cause: {
    kind: 'APPRAISAL_FINALIZED',
    eventId: 'e6a0d4b2-71f9-4c3e-8b25-0d9f3a7c1e64',
    eventType: 'id.go.jenjang.evaluation.appraisal-finalized.v1',
    appraisalId: '3c7e1b95-0a4d-4f28-9e63-b2d8f5a0c417',
    period: {
      kind: 'TAHUNAN',
      year: 2025,
      index: null,
      startDate: '2025-01-01',
      endDate: '2025-12-31',
    },
    predikat: 'BAIK',
  },
  jpm: { heldPosition: 88.24, targetPosition: 70, formula: 'JPM-MIN-CAPPED-v1' },
  gaps: [...held, ...target],
  needs: [
    {
      rank: 1,
      competencyCode: 'KERJA_SAMA',
      competencyName: 'Kerja Sama',
      kind: 'MANAJERIAL',
      levelNeeded: 2,
      source: 'GAP_HELD',
      reason: {
        id:
          'Jabatan Penata Kelola Perizinan membutuhkan Kerja Sama level 2, level Anda saat ' +
          'ini 1. Penilaian kinerja tahunan 2025 juga menilai perilaku Kolaboratif Anda di bawah ' +
          'ekspektasi.',
        en:
          'Your position, Penata Kelola Perizinan, requires Kerja Sama (teamwork) at level 2; ' +
          'yours is 1. Your 2025 annual appraisal also rated Kolaboratif below expectations.',
      },
      relatedBerakhlakValue: 'KOLABORATIF',
    },
    {
      rank: 2,
      competencyCode: 'TK-PERIZINAN-BERUSAHA-RBA',
      competencyName: 'Pelayanan Perizinan Berusaha Berbasis Risiko',
      kind: 'TEKNIS',
      levelNeeded: 3,
      source: 'GAP_HELD',
      reason: {
        id:
          'Jabatan Anda membutuhkan kompetensi Pelayanan Perizinan Berusaha Berbasis Risiko ' +
          '(OSS RBA) level 3, level Anda saat ini 2.',
        en:
          'Your position requires risk-based business licensing services (OSS RBA) at level 3; ' +
          'yours is 2.',
      },
    },
    {
      rank: 3,
      competencyCode: 'TK-ANALISIS-KEBIJAKAN',
      competencyName: 'Analisis Kebijakan',
      kind: 'TEKNIS',
      levelNeeded: 2,
      source: 'GAP_TARGET',
      reason: {
        id:
          'Jabatan yang Anda tuju, Analis Kebijakan Ahli Pertama, membutuhkan Analisis Kebijakan ' +
          'level 2; kompetensi ini belum pernah dinilai pada Anda.',
        en:
          'The position you aim for, Analis Kebijakan Ahli Pertama, requires policy analysis at ' +
          'level 2; yours has not been assessed yet.',
      },
    },
    {
      rank: 4,
      competencyCode: 'PENGAMBILAN_KEPUTUSAN',
      competencyName: 'Pengambilan Keputusan',
      kind: 'MANAJERIAL',
      levelNeeded: 2,
      source: 'GAP_TARGET',
      reason: {
        id:
          'Jabatan yang Anda tuju membutuhkan Pengambilan Keputusan level 2, level Anda saat ' +
          'ini 1.',
        en: 'The position you aim for requires decision making at level 2; yours is 1.',
      },
    },
    {
      rank: 5,
      competencyCode: 'MENGELOLA_PERUBAHAN',
      competencyName: 'Mengelola Perubahan',
      kind: 'MANAJERIAL',
      levelNeeded: 2,
      source: 'GAP_TARGET',
      reason: {
        id:
          'Jabatan yang Anda tuju membutuhkan Mengelola Perubahan level 2, level Anda saat ' +
          'ini 1.',
        en: 'The position you aim for requires managing change at level 2; yours is 1.',
      },
    },
    {
      rank: 6,
      competencyCode: 'PENGEMBANGAN_DIRI_DAN_ORANG_LAIN',
      competencyName: 'Pengembangan Diri dan Orang Lain',
      kind: 'MANAJERIAL',
      levelNeeded: 2,
      source: 'GAP_TARGET',
      reason: {
        id:
          'Jabatan yang Anda tuju membutuhkan Pengembangan Diri dan Orang Lain level 2, level ' +
          'Anda saat ini 1.',
        en:
          'The position you aim for requires developing yourself and others at level 2; ' +
          'yours is 1.',
      },
    },
  ],
  assessedAt: '2026-01-27T09:15:42+07:00',
};
