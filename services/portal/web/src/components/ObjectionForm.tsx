import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorText } from './ErrorText';

/** "Ajukan keberatan": the pegawai's objection to a predikat, while the window is open. */
export function ObjectionForm({ onSubmit }: { onSubmit: (reason: string) => Promise<unknown> }) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [error, setError] = useState<unknown>();
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < 3) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setError(undefined);
    setBusy(true);
    try {
      await onSubmit(reason.trim());
      setSent(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  if (sent) return <p role="status">{t('pegawai.objectionSent')}</p>;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('pegawai.objection')}>
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
          {t('pegawai.objectionTooShort')}
        </p>
      )}
      <ErrorText error={error} />
      <button type="submit" disabled={busy}>
        {t('pegawai.objectionSubmit')}
      </button>
    </form>
  );
}
