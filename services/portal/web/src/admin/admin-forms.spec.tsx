/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import { ApiError } from '../api';
import { renderIn } from '../test/render';
import { EvaluationSettingsForm } from './EvaluationSettingsForm';
import { NotificationRuleForm } from './NotificationRuleForm';
import type {
  EvaluationSettings,
  NotificationRule,
  NotificationTemplate,
  TalentSettings,
  TrainingSettings,
} from './settings-types';
import { TalentSettingsForm } from './TalentSettingsForm';
import { TemplateForm } from './TemplateForm';
import { TrainingSettingsForm } from './TrainingSettingsForm';

const evaluation: EvaluationSettings = {
  agencyId: 'pemkab-sleman',
  periodKinds: ['TRIWULANAN', 'TAHUNAN'],
  objectionWindowDays: 14,
  curve: {
    ISTIMEWA: { SANGAT_BAIK: { maxShare: 0.7 } },
    BAIK: { SANGAT_BAIK: { maxShare: 0.7 } },
    BUTUH_PERBAIKAN: { SANGAT_BAIK: { maxShare: 0.7 } },
    KURANG: { SANGAT_BAIK: { maxShare: 0.7 } },
    SANGAT_KURANG: { SANGAT_BAIK: { maxShare: 0 } },
  },
  revision: 3,
  configured: true,
  updatedAt: '2026-01-05T00:00:00.000Z',
};

describe(EvaluationSettingsForm.name, () => {
  it('should send the document read back whole, with the changed window, kinds and curve', async () => {
    const submit = jest.fn().mockResolvedValue(undefined);
    renderIn(<EvaluationSettingsForm initial={evaluation} onSubmit={submit} />);
    fireEvent.change(screen.getByLabelText('Masa keberatan (hari, 1–60)'), {
      target: { value: '21' },
    });
    fireEvent.click(screen.getByLabelText('Bulanan'));
    const istimewa = screen.getAllByLabelText('Maks. % Sangat Baik')[0];
    expect(istimewa).toHaveProperty('value', '70');
    fireEvent.change(istimewa, { target: { value: '60' } });
    fireEvent.change(screen.getAllByLabelText('Min. % Sangat Kurang')[0], {
      target: { value: '5' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Tersimpan.');
    const [[sent]] = submit.mock.calls as [[EvaluationSettings]];
    expect(sent).toMatchObject({ agencyId: 'pemkab-sleman', revision: 3, objectionWindowDays: 21 });
    expect(sent.periodKinds).toEqual(expect.arrayContaining(['TRIWULANAN', 'BULANAN', 'TAHUNAN']));
    expect(sent.curve.ISTIMEWA).toEqual({
      SANGAT_BAIK: { maxShare: 0.6 },
      SANGAT_KURANG: { minShare: 0.05 },
    });
    expect(sent.curve.SANGAT_KURANG).toEqual({ SANGAT_BAIK: { maxShare: 0 } });
    // About fifty curve inputs: jsdom's label and role queries over them take seconds on a busy
    // machine (7.6 s was seen with a load average of 26), past jest's default 5 s.
  }, 30_000);

  it("should show each field's refusal next to it, in the reader's language", async () => {
    const submit = jest.fn().mockRejectedValue(
      new ApiError(422, { en: 'Invalid settings.', id: 'Pengaturan tidak sah.' }, [
        {
          field: 'objectionWindowDays',
          message: 'objectionWindowDays must not be greater than 60',
          message_id: 'objectionWindowDays tidak boleh lebih dari 60',
        },
        {
          field: 'curve.ISTIMEWA.SANGAT_BAIK.maxShare',
          message: 'must be between 0 and 1',
          message_id: 'harus antara 0 dan 1',
        },
      ]),
    );
    renderIn(<EvaluationSettingsForm initial={evaluation} onSubmit={submit} />);
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));

    const days = screen.getByLabelText('Masa keberatan (hari, 1–60)');
    await screen.findByText('objectionWindowDays tidak boleh lebih dari 60');
    expect(days.getAttribute('aria-invalid')).toBe('true');
    const described = document.getElementById(days.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toBe('objectionWindowDays tidak boleh lebih dari 60');
    const cap = screen.getAllByLabelText('Maks. % Sangat Baik')[0];
    expect(document.getElementById(cap.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'harus antara 0 dan 1',
    );
    expect(screen.getByRole('alert').textContent).toBe('Pengaturan tidak sah.');
  });
});

describe(TrainingSettingsForm.name, () => {
  const initial: TrainingSettings = {
    agencyId: 'pemkab-sleman',
    jpRequired: 20,
    approvalRequired: false,
    revision: null,
    configured: false,
    updatedAt: null,
  };

  it('should say the defaults are unconfirmed and send the changed JP and approval', async () => {
    const submit = jest.fn().mockResolvedValue(undefined);
    renderIn(<TrainingSettingsForm initial={initial} onSubmit={submit} />, 'en');
    expect(screen.getByText(/not yet confirmed by the agency/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Required JP per year (20–200)'), {
      target: { value: '40' },
    });
    fireEvent.click(screen.getByLabelText("Enrolment needs the superior's approval"));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('status');
    expect(submit).toHaveBeenCalledWith({ ...initial, jpRequired: 40, approvalRequired: true });
  });

  it('should mark the JP field the service refused', async () => {
    const submit = jest
      .fn()
      .mockRejectedValue(
        new ApiError(400, { en: 'Bad request', id: 'Permintaan salah' }, [
          { field: 'jpRequired', message: 'jpRequired must not be less than 20' },
        ]),
      );
    renderIn(<TrainingSettingsForm initial={initial} onSubmit={submit} />, 'en');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('jpRequired must not be less than 20');
    expect(
      screen.getByLabelText('Required JP per year (20–200)').getAttribute('aria-invalid'),
    ).toBe('true');
  });
});

describe(TalentSettingsForm.name, () => {
  const initial: TalentSettings = {
    agencyId: 'pemkab-sleman',
    cutoffs: {
      kinerja: { mediumFrom: 'BAIK', highFrom: 'SANGAT_BAIK' },
      potensi: { mediumFromPercent: 60, highFromPercent: 80 },
    },
    successionBoxes: [8, 9],
    configured: true,
    revision: 2,
  };

  it('should send the cut-offs and the succession boxes, sorted', async () => {
    const submit = jest.fn().mockResolvedValue(undefined);
    renderIn(<TalentSettingsForm initial={initial} onSubmit={submit} />);
    fireEvent.change(screen.getByLabelText('Kinerja menengah mulai predikat'), {
      target: { value: 'BUTUH_PERBAIKAN' },
    });
    fireEvent.change(screen.getByLabelText('Potensi tinggi mulai (% skala)'), {
      target: { value: '75' },
    });
    fireEvent.click(screen.getByLabelText('Kotak 6'));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await screen.findByRole('status');
    expect(submit).toHaveBeenCalledWith({
      ...initial,
      cutoffs: {
        kinerja: { mediumFrom: 'BUTUH_PERBAIKAN', highFrom: 'SANGAT_BAIK' },
        potensi: { mediumFromPercent: 60, highFromPercent: 75 },
      },
      successionBoxes: [6, 8, 9],
    });
  });

  it('should offer no save to a province admin', () => {
    renderIn(<TalentSettingsForm initial={initial} onSubmit={jest.fn()} readOnly />);
    expect(screen.queryByRole('button', { name: 'Simpan' })).toBeNull();
    expect(screen.getByLabelText('Kotak 9')).toHaveProperty('disabled', true);
  });
});

describe(NotificationRuleForm.name, () => {
  const rule: NotificationRule = {
    type: 'appraisal-feedback',
    eventTopic: 'public.evaluation.appraisal-finalized.v1',
    audience: { kind: 'EVENT_FIELD', path: 'employeeId' },
    mandatory: true,
    channels: ['IN_APP', 'EMAIL'],
    enabled: true,
    description: { id: 'Umpan balik penilaian', en: 'Appraisal feedback' },
    source: 'DEFAULT',
    eventAvailable: true,
  };

  it('should save the rule without what the service adds (type, source, availability)', async () => {
    const submit = jest.fn().mockResolvedValue(undefined);
    renderIn(<NotificationRuleForm rule={rule} onSubmit={submit} />);
    const form = screen.getByRole('form', { name: 'Aturan appraisal-feedback' });
    fireEvent.click(within(form).getByLabelText('Email'));
    fireEvent.click(within(form).getByLabelText('Webhook'));
    fireEvent.click(within(form).getByRole('button', { name: 'Simpan' }));
    await screen.findByRole('status');
    expect(submit).toHaveBeenCalledWith('appraisal-feedback', {
      eventTopic: rule.eventTopic,
      audience: rule.audience,
      mandatory: true,
      channels: ['IN_APP', 'WEBHOOK'],
      enabled: true,
      description: rule.description,
    });
  });
});

describe(TemplateForm.name, () => {
  const templates: NotificationTemplate[] = [
    {
      type: 'appraisal-feedback',
      language: 'id',
      channel: 'IN_APP',
      subject: 'Penilaian {{period.year}} final',
      body: 'Predikat: {{predikat|predikat}}',
      source: 'DEFAULT',
    },
    {
      type: 'appraisal-feedback',
      language: 'en',
      channel: 'IN_APP',
      subject: 'Appraisal {{period.year}} final',
      body: 'Predikat: {{predikat|predikat}}',
      source: 'AGENCY',
    },
  ];

  it('should load the wording of the chosen language and show the rendered preview', async () => {
    const preview = jest.fn().mockResolvedValue({
      type: 'appraisal-feedback',
      language: 'en',
      channel: 'IN_APP',
      eventTopic: 'public.evaluation.appraisal-finalized.v1',
      subject: 'Appraisal 2025 final!',
      body: 'Predikat: Good',
    });
    renderIn(<TemplateForm templates={templates} onPreview={preview} onSubmit={jest.fn()} />);
    expect(screen.getByLabelText('Judul')).toHaveProperty(
      'value',
      'Penilaian {{period.year}} final',
    );
    fireEvent.change(screen.getByLabelText('Bahasa'), { target: { value: 'en' } });
    expect(screen.getByLabelText('Judul')).toHaveProperty(
      'value',
      'Appraisal {{period.year}} final',
    );
    expect(screen.getByText('Milik instansi')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Judul'), {
      target: { value: 'Appraisal {{period.year}} final!' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Pratinjau' }));

    const region = await screen.findByRole('region', { name: /Pratinjau dengan contoh event/ });
    expect(region.textContent).toContain('Appraisal 2025 final!');
    expect(preview).toHaveBeenCalledWith(
      { type: 'appraisal-feedback', language: 'en', channel: 'IN_APP' },
      { subject: 'Appraisal {{period.year}} final!', body: 'Predikat: {{predikat|predikat}}' },
    );
  });

  it('should put a refused variable next to the body', async () => {
    const preview = jest
      .fn()
      .mockRejectedValue(
        new ApiError(422, { en: 'Invalid template.', id: 'Templat tidak sah.' }, [
          { field: 'body', message: '{{nosuch}}: the event has no field nosuch.' },
        ]),
      );
    renderIn(<TemplateForm templates={templates} onPreview={preview} onSubmit={jest.fn()} />);
    fireEvent.change(screen.getByLabelText('Isi'), { target: { value: 'Hi {{nosuch}}' } });
    fireEvent.click(screen.getByRole('button', { name: 'Pratinjau' }));
    await screen.findByText('{{nosuch}}: the event has no field nosuch.');
    expect(screen.getByLabelText('Isi').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Judul').getAttribute('aria-invalid')).toBeNull();
  });
});
