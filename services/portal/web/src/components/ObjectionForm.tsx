import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCheckedSubmit, type Marks } from './checked-form';
import { ErrorText } from './ErrorText';

/** "Ajukan keberatan": the pegawai's objection to a predikat, while the window is open. */
export function ObjectionForm({ onSubmit }: { onSubmit: (reason: string) => Promise<unknown> }) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const form = useCheckedSubmit(
    (): Marks => (reason.trim().length < 3 ? { reason: 'pegawai.objectionTooShort' } : {}),
    () => onSubmit(reason.trim()),
  );
  const invalid = Boolean(form.shown.reason);

  if (form.done) return <p role="status">{t('pegawai.objectionSent')}</p>;
  return (
    <form onSubmit={form.onSubmit} noValidate aria-label={t('pegawai.objection')}>
      <label htmlFor={`${id}-reason`}>{t('pegawai.objectionReason')}</label>
      <textarea
        id={`${id}-reason`}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        rows={3}
        maxLength={2000}
        aria-invalid={invalid}
        aria-describedby={`${id}-hint${invalid ? ` ${id}-err` : ''}`}
      />
      <p id={`${id}-hint`} className="hint">
        {t('pegawai.objectionHint')}
      </p>
      {invalid && (
        <p id={`${id}-err`} role="alert" className="error">
          {t(form.shown.reason)}
        </p>
      )}
      <ErrorText error={form.error} />
      <button type="submit" disabled={form.busy}>
        {t('pegawai.objectionSubmit')}
      </button>
    </form>
  );
}
