import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorText } from './ErrorText';

/** Declining a recommendation, optionally saying why. */
export function DeclineForm({
  onSubmit,
  onCancel,
}: {
  onSubmit: (reason: string | undefined) => Promise<unknown>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await onSubmit(reason.trim() || undefined);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} aria-label={t('reco.decline')}>
      <label htmlFor={`${id}-reason`}>{t('reco.declineReason')}</label>
      <textarea
        id={`${id}-reason`}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        rows={2}
        maxLength={500}
      />
      <ErrorText error={error} />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {t('reco.declineSubmit')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('reco.cancel')}
        </button>
      </div>
    </form>
  );
}
