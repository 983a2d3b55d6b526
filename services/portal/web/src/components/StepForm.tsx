import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STEP_KINDS, type StepInput } from '../types-pegawai-penilai';
import { CheckedInput, CheckedStatus, useCheckedSubmit, type Marks } from './checked-form';

/** A step toward the career goals: education, training, rotation or an assignment, with dates. */
export function StepForm({ onSubmit }: { onSubmit: (step: StepInput) => Promise<unknown> }) {
  const { t } = useTranslation();
  const id = useId();
  const [kind, setKind] = useState<StepInput['kind']>('TRAINING');
  const [title, setTitle] = useState('');
  const [startDate, setStart] = useState('');
  const [endDate, setEnd] = useState('');
  const check = () => {
    const marks: Marks = {};
    if (title.trim().length < 3) marks.title = 'career.stepTitleTooShort';
    if (!startDate) marks.startDate = 'career.dateMissing';
    if (!endDate) marks.endDate = 'career.dateMissing';
    else if (startDate && endDate < startDate) marks.endDate = 'career.endBeforeStart';
    return marks;
  };
  const form = useCheckedSubmit(check, async () => {
    await onSubmit({ kind, title: title.trim(), startDate, endDate });
    setTitle('');
  });

  return (
    <form onSubmit={form.onSubmit} noValidate aria-label={t('career.addStep')}>
      <label htmlFor={`${id}-kind`}>{t('career.stepKindLabel')}</label>
      <select
        id={`${id}-kind`}
        value={kind}
        onChange={(e) => setKind(e.target.value as StepInput['kind'])}
      >
        {STEP_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`career.stepKind.${k}`)}
          </option>
        ))}
      </select>
      <CheckedInput
        id={`${id}-title`}
        label={t('career.stepTitle')}
        value={title}
        onChange={setTitle}
        mark={form.shown.title}
      />
      <CheckedInput
        id={`${id}-start`}
        label={t('career.startDate')}
        type="date"
        value={startDate}
        onChange={setStart}
        mark={form.shown.startDate}
      />
      <CheckedInput
        id={`${id}-end`}
        label={t('career.endDate')}
        type="date"
        value={endDate}
        onChange={setEnd}
        mark={form.shown.endDate}
      />
      <CheckedStatus form={form} savedText={t('career.stepSaved')} />
      <button type="submit" disabled={form.busy}>
        {t('career.saveStep')}
      </button>
    </form>
  );
}
