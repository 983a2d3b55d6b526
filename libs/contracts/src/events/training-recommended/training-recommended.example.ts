import type { TrainingRecommendedV1 } from './training-recommended.v1';

// The documented example: the Penata Kelola Perizinan of the gaps-assessed example, after the 2025
// annual appraisal (BAIK, Kolaboratif below expectation) and the gaps assessed from it.
export const trainingRecommendedExample: TrainingRecommendedV1 = {
  recommendationSetId: '2b7f4c1e-9d03-5a68-b4e2-7c1d0f9a3e56',
  employeeId: '9b4e2d71-3c8a-4f06-b5d9-e17a0c6f2b38',
  agencyId: 'pemkab-sleman',
  unitId: 'pemkab-sleman.dpmptsp.pelayanan-perizinan',
  cause: {
    eventId: 'f1d2c3b4-a596-4877-8899-aabbccddeeff',
    eventType: 'id.go.jenjang.evaluation.appraisal-finalized.v1',
    kind: 'APPRAISAL_FINALIZED',
    appraisalId: '3c7e1b95-0a4d-4f28-9e63-b2d8f5a0c417',
    assessmentId: '5f1c9a3e-8d27-5b4e-9a61-c3e0f7d2b845',
    predikat: 'BAIK',
  },
  focus: 'REGULAR',
  year: 2026,
  jpEarned: 4,
  jpRequired: 20,
  recommendations: [
    {
      recommendationId: '6a0e3f2d-1c4b-5e97-8d26-0b9c4a7f1e35',
      rank: 1,
      programId: 'pemkab-sleman.kerja-sama-lintas-seksi',
      programTitle: 'Pelatihan Kerja Sama dan Kolaborasi Lintas Unit',
      form: 'PELATIHAN_TEKNIS',
      jp: 16,
      nextSession: {
        sessionId: 'pemkab-sleman.kerja-sama-lintas-seksi.2026-1',
        startsAt: '2026-02-16T08:00:00+07:00',
        endsAt: '2026-02-18T16:00:00+07:00',
      },
      reasons: [
        {
          id:
            'Jabatan Penata Kelola Perizinan membutuhkan Kerja Sama level 2, level Anda saat ini ' +
            '1; pelatihan ini mengembangkan Kerja Sama sampai level 2.',
          en:
            'Your position requires Kerja Sama (teamwork) at level 2, yours is 1; this program ' +
            'develops it to level 2.',
        },
        {
          id: 'Penilaian kinerja Anda menilai perilaku Kolaboratif di bawah ekspektasi.',
          en: 'Your appraisal rated Kolaboratif below expectations.',
        },
        {
          id: 'Angkatan berikutnya dimulai 16 Februari 2026.',
          en: 'The next session starts on 16 February 2026.',
        },
        {
          id: 'Menambah 16 JP; Anda masih kurang 16 JP dari 20 JP tahun 2026.',
          en: 'Adds 16 JP; you still need 16 of the 20 JP for 2026.',
        },
      ],
      competencyCode: 'KERJA_SAMA',
      berakhlakValue: 'KOLABORATIF',
      expiresAt: '2026-03-28T09:16:03+07:00',
    },
    {
      recommendationId: '0d5c8b1a-7e2f-5c43-9a10-4f6e2d8b7c91',
      rank: 2,
      programId: 'prov-diy.oss-rba-bimtek',
      programTitle: 'Bimtek Perizinan Berusaha Berbasis Risiko (OSS RBA)',
      form: 'BIMTEK',
      jp: 24,
      nextSession: {
        sessionId: 'prov-diy.oss-rba-bimtek.2026-2',
        startsAt: '2026-03-09T08:00:00+07:00',
        endsAt: '2026-03-11T16:00:00+07:00',
      },
      reasons: [
        {
          id:
            'Jabatan Anda membutuhkan Pelayanan Perizinan Berusaha Berbasis Risiko level 3, level ' +
            'Anda saat ini 2.',
          en: 'Your position requires risk-based business licensing at level 3; yours is 2.',
        },
      ],
      competencyCode: 'TK-PERIZINAN-BERUSAHA-RBA',
      expiresAt: '2026-03-28T09:16:03+07:00',
    },
  ],
  recommendedAt: '2026-01-27T09:16:03+07:00',
  link: '/api/v1/recommendation-sets/2b7f4c1e-9d03-5a68-b4e2-7c1d0f9a3e56',
};
