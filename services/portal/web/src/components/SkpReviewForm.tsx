import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorText } from './ErrorText';
import { FieldErrorList } from './FieldErrorList';

/** The penilai approves a submitted SKP, or returns it with a reason the pegawai will read. */
export function SkpReviewForm({
  onApprove,
  onReturn,
}: {
  onApprove: () => Promise<unknown>;
  onReturn: (reason: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<'approved' | 'returned'>();

  const run = async (action: () => Promise<unknown>, result: 'approved' | 'returned') => {
    setError(undefined);
    setBusy(true);
    try {
      await action();
      setDone(result);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const submitReturn = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < 3) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    await run(() => onReturn(reason.trim()), 'returned');
  };

  if (done) return <p role="status">{t(`review.${done}`)}</p>;
  return (
    <div>
      {!returning && (
        <div className="actions">
          <button type="button" disabled={busy} onClick={() => void run(onApprove, 'approved')}>
            {t('review.approve')}
          </button>
          <button type="button" className="secondary" onClick={() => setReturning(true)}>
            {t('review.return')}
          </button>
        </div>
      )}
      {returning && (
        <form onSubmit={(e) => void submitReturn(e)} noValidate aria-label={t('review.return')}>
          <label htmlFor={`${id}-reason`}>{t('review.reason')}</label>
          <p id={`${id}-hint`} className="hint">
            {t('review.reasonHint')}
          </p>
          <textarea
            id={`${id}-reason`}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            rows={3}
            maxLength={2000}
            aria-invalid={invalid}
            aria-describedby={invalid ? `${id}-hint ${id}-err` : `${id}-hint`}
          />
          {invalid && (
            <p id={`${id}-err`} role="alert" className="error">
              {t('review.reasonTooShort')}
            </p>
          )}
          <div className="actions">
            <button type="submit" disabled={busy}>
              {t('review.sendReturn')}
            </button>
            <button type="button" className="secondary" onClick={() => setReturning(false)}>
              {t('skp.cancel')}
            </button>
          </div>
        </form>
      )}
      <ErrorText error={error} />
      <FieldErrorList error={error} />
    </div>
  );
}
