import {
  appraisalFinalizedV1,
  feedbackGivenV1,
  predikatSetV1,
  unreadableFragment,
  workWaitingV1,
  type AppraisalFinalizedV1,
  type FeedbackGivenV1,
  type PredikatSetV1,
} from '@jenjang/contracts';
import { DEFAULT_TEMPLATES } from './default-templates';
import type { Language } from './labels';
import { renderTemplate, tidy } from './template-render';
import { parseTemplate } from './template-syntax';
import type { NotificationTemplate } from './template';

const renderAll = (
  type: string,
  data: unknown,
  language: Language,
  timeZone = 'Asia/Jakarta',
): string[] =>
  DEFAULT_TEMPLATES.filter((t) => t.type === type && t.language === language).map(
    (t: NotificationTemplate) => {
      const ctx = { language, portalUrl: 'https://jenjang.go.id', timeZone };
      return tidy(
        `${renderTemplate(parseTemplate(t.subject), data, ctx)}\n${renderTemplate(parseTemplate(t.body), data, ctx)}`,
      );
    },
  );

const predikatSet: PredikatSetV1 = {
  ...predikatSetV1.example,
  period: {
    kind: 'TRIWULANAN',
    year: 2026,
    index: 1,
    startDate: '2026-01-01',
    endDate: '2026-03-31',
  },
  predikat: 'SANGAT_BAIK',
  ratingHasilKerja: 'DI_ATAS_EKSPEKTASI',
  ratingPerilakuKerja: 'DI_ATAS_EKSPEKTASI',
  setAt: '2026-01-31T03:00:00Z',
  objectionDeadline: '2026-02-14T03:00:00Z',
};

describe('predikat-set notice', () => {
  it('should give predikat, both ratings, the deadline in the reader zone and how to object', () => {
    for (const text of renderAll('predikat-set', predikatSet, 'id')) {
      expect(text).toContain('Triwulan I 2026');
      expect(text).toContain('Sangat Baik');
      expect(text).toContain('Hasil kerja dinilai di atas ekspektasi');
      expect(text).toContain('perilaku kerja di atas ekspektasi');
      expect(text).toContain('14 Februari 2026 pukul 10.00 WIB');
      expect(text).toContain('Ajukan Keberatan');
      expect(text).toContain('https://jenjang.go.id/api/v1/appraisals/');
    }
  });

  it('should give the deadline in WIT when the reader lives in Papua', () => {
    for (const text of renderAll('predikat-set', predikatSet, 'id', 'Asia/Jayapura')) {
      expect(text).toContain('14 Februari 2026 pukul 12.00 WIT');
    }
  });

  it('should say the same in English when the reader reads English', () => {
    for (const text of renderAll('predikat-set', predikatSet, 'en')) {
      expect(text).toContain('Outstanding');
      expect(text).toContain('Q1 2026');
      expect(text).toContain('14 February 2026, 10:00 WIB');
    }
  });
});

describe('feedback-given notice', () => {
  it('should say which quarter and which value the feedback is about', () => {
    const texts = renderAll('feedback-given', feedbackGivenV1.example, 'id');
    expect(texts).toHaveLength(2);
    for (const text of texts) {
      expect(text).toContain('Triwulan I 2026');
      expect(text).toContain('perilaku Kolaboratif');
      expect(text).toContain('12 Maret 2026 pukul 10.42 WIB');
      expect(text).toContain('Rekap kunjungan rujukan');
    }
  });

  it('should read well when the event is older and carries no period or link', () => {
    const { period: _p, link: _l, ...old } = feedbackGivenV1.example;
    const data: FeedbackGivenV1 = {
      ...old,
      about: { kind: 'HASIL_KERJA', hasilKerjaId: 'hk-1' },
    };
    for (const text of renderAll('feedback-given', data, 'id')) {
      expect(text).toContain('tentang hasil kerja');
      expect(text).not.toContain('()');
      expect(unreadableFragment(text)).toBeNull();
    }
  });
});

describe('objection decided', () => {
  const decided = (outcome: 'UPHELD' | 'REJECTED'): AppraisalFinalizedV1 => ({
    ...appraisalFinalizedV1.example,
    objection: { outcome, decidedAt: '2026-02-20T02:30:00Z' },
  });

  it.each([
    ['UPHELD', 'menerima keberatan'],
    ['REJECTED', 'menolak keberatan'],
  ] as const)('should tell the penilai the decision when it is %s', (outcome, words) => {
    for (const text of renderAll('appraisal-finalized-penilai', decided(outcome), 'id')) {
      expect(text).toContain(words);
      expect(text).toContain('20 Februari 2026 pukul 09.30 WIB');
    }
  });

  it.each(['UPHELD', 'REJECTED'] as const)(
    'should tell the pegawai the decision when it is %s',
    (outcome) => {
      for (const text of renderAll('appraisal-feedback', decided(outcome), 'id')) {
        expect(text).toContain('20 Februari 2026 pukul 09.30 WIB');
        expect(text).toMatch(/keberatan Anda/);
      }
    },
  );
});

describe('work-waiting reminder', () => {
  it('should count what waits, leave out the kinds with none and list the records readably', () => {
    const [email] = renderAll('work-waiting', workWaitingV1.example, 'id').filter((t) =>
      t.startsWith('Pengingat'),
    );

    expect(email).toContain('Per 16 Februari 2026');
    expect(email).toContain('- 2 SKP menunggu persetujuan Anda: https://jenjang.go.id/api/v1/skp');
    expect(email).toContain('- 1 penilaian kinerja belum final');
    expect(email).not.toContain('keberatan menunggu');
    expect(email).toContain('- SKP menunggu persetujuan: batas 1 Februari 2026, terlambat 15 hari');
    expect(email).toContain(
      '- Penilaian kinerja belum final (Tahun 2025): batas 31 Januari 2026, terlambat 16 hari',
    );
  });
});

describe('every platform template', () => {
  // Sample data beyond the contract examples: each branch a template has.
  const samples: Record<string, unknown[]> = {
    'predikat-set': [predikatSet],
    'appraisal-feedback': (['NONE', 'UPHELD', 'REJECTED'] as const).map((outcome) => ({
      ...appraisalFinalizedV1.example,
      objection: { outcome, decidedAt: outcome === 'NONE' ? null : '2026-02-20T02:30:00Z' },
    })),
  };
  samples['appraisal-finalized-penilai'] = samples['appraisal-feedback'];
  samples['work-waiting'] = [
    workWaitingV1.example,
    {
      ...workWaitingV1.example,
      counts: { skpToApprove: 0, appraisalsToFinish: 0, objectionsToDecide: 1 },
      items: [{ ...workWaitingV1.example.items[1], kind: 'KEBERATAN_UNDECIDED' }],
    },
  ];

  it.each(Object.keys(samples))(
    'should show no enum code or ISO date in any language: %s',
    (type) => {
      for (const data of samples[type])
        for (const language of ['id', 'en'] as const)
          for (const text of renderAll(type, data, language))
            expect(unreadableFragment(text)).toBeNull();
    },
  );
});
