import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RATINGS, type Rating } from '../domain/predikat';
import { ErrorText } from './ErrorText';

export interface DecisionInput {
  note: string;
  hasilKerja?: Rating;
  perilakuKerja?: Rating;
}

/** The atasan penilai's decision on a keberatan: a note, and new ratings when it is upheld. */
export function DecisionForm({
  onSubmit,
}: {
  onSubmit: (input: DecisionInput) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [note, setNote] = useState('');
  const [hasilKerja, setHasil] = useState<Rating | ''>('');
  const [perilakuKerja, setPerilaku] = useState<Rating | ''>('');
  const [invalid, setInvalid] = useState(false);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (note.trim().length < 3) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setError(undefined);
    setBusy(true);
    try {
      await onSubmit({
        note: note.trim(),
        ...(hasilKerja ? { hasilKerja } : {}),
        ...(perilakuKerja ? { perilakuKerja } : {}),
      });
      setDone(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  if (done) return <p role="status">{t('penilai.decided')}</p>;
  const select = (
    label: string,
    key: string,
    value: Rating | '',
    set: (r: Rating | '') => void,
  ) => (
    <>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select
        id={`${id}-${key}`}
        value={value}
        onChange={(e) => set(e.target.value as Rating | '')}
      >
        <option value="">{t('penilai.unchanged')}</option>
        {RATINGS.map((r) => (
          <option key={r} value={r}>
            {t(`rating.${r}`)}
          </option>
        ))}
      </select>
    </>
  );
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('penilai.decide')}>
      <label htmlFor={`${id}-note`}>{t('penilai.decisionNote')}</label>
      <textarea
        id={`${id}-note`}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        rows={3}
        maxLength={2000}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-err` : undefined}
      />
      {invalid && (
        <p id={`${id}-err`} role="alert" className="error">
          {t('penilai.noteTooShort')}
        </p>
      )}
      {select(t('penilai.hasilKerja'), 'hasil', hasilKerja, setHasil)}
      {select(t('penilai.perilakuKerja'), 'perilaku', perilakuKerja, setPerilaku)}
      <ErrorText error={error} />
      <button type="submit" disabled={busy}>
        {t('penilai.decide')}
      </button>
    </form>
  );
}
