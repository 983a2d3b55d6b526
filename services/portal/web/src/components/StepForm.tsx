import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { STEP_KINDS, type StepInput } from '../types-pegawai-penilai';
import { ErrorText } from './ErrorText';
import { FieldErrorList } from './FieldErrorList';

/** A step toward the career goals: education, training, rotation or an assignment, with dates. */
export function StepForm({ onSubmit }: { onSubmit: (step: StepInput) => Promise<unknown> }) {
  const { t } = useTranslation();
  const id = useId();
  const [kind, setKind] = useState<StepInput['kind']>('TRAINING');
  const [title, setTitle] = useState('');
  const [startDate, setStart] = useState('');
  const [endDate, setEnd] = useState('');
  const [shown, setShown] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (title.trim().length < 3) errors.title = 'career.stepTitleTooShort';
    if (!startDate) errors.startDate = 'career.dateMissing';
    if (!endDate) errors.endDate = 'career.dateMissing';
    else if (startDate && endDate < startDate) errors.endDate = 'career.endBeforeStart';
    setShown(errors);
    setDone(false);
    if (Object.keys(errors).length > 0) return;
    setError(undefined);
    setBusy(true);
    try {
      await onSubmit({ kind, title: title.trim(), startDate, endDate });
      setTitle('');
      setDone(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const described = (key: string) => ({
    'aria-invalid': Boolean(shown[key]),
    'aria-describedby': shown[key] ? `${id}-${key}-err` : undefined,
  });
  const err = (key: string) =>
    shown[key] && (
      <p id={`${id}-${key}-err`} className="error">
        {t(shown[key])}
      </p>
    );
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('career.addStep')}>
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
      <label htmlFor={`${id}-title`}>{t('career.stepTitle')}</label>
      <input
        id={`${id}-title`}
        type="text"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        {...described('title')}
      />
      {err('title')}
      <label htmlFor={`${id}-start`}>{t('career.startDate')}</label>
      <input
        id={`${id}-start`}
        type="date"
        value={startDate}
        onChange={(e) => setStart(e.target.value)}
        {...described('startDate')}
      />
      {err('startDate')}
      <label htmlFor={`${id}-end`}>{t('career.endDate')}</label>
      <input
        id={`${id}-end`}
        type="date"
        value={endDate}
        onChange={(e) => setEnd(e.target.value)}
        {...described('endDate')}
      />
      {err('endDate')}
      {Object.keys(shown).length > 0 && (
        <p role="alert" className="error">
          {t('skp.fix')}
        </p>
      )}
      <ErrorText error={error} />
      <FieldErrorList error={error} />
      {done && <p role="status">{t('career.stepSaved')}</p>}
      <button type="submit" disabled={busy}>
        {t('career.saveStep')}
      </button>
    </form>
  );
}
