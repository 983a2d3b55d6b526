import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RATINGS, type Rating } from '../domain/predikat';
import { useCheckedSubmit, type Marks } from './checked-form';
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
  const form = useCheckedSubmit(
    (): Marks => (note.trim().length < 3 ? { note: 'penilai.noteTooShort' } : {}),
    () =>
      onSubmit({
        note: note.trim(),
        ...(hasilKerja ? { hasilKerja } : {}),
        ...(perilakuKerja ? { perilakuKerja } : {}),
      }),
  );
  const invalid = Boolean(form.shown.note);

  if (form.done) return <p role="status">{t('penilai.decided')}</p>;
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
    <form onSubmit={form.onSubmit} noValidate aria-label={t('penilai.decide')}>
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
          {t(form.shown.note)}
        </p>
      )}
      {select(t('penilai.hasilKerja'), 'hasil', hasilKerja, setHasil)}
      {select(t('penilai.perilakuKerja'), 'perilaku', perilakuKerja, setPerilaku)}
      <ErrorText error={form.error} />
      <button type="submit" disabled={form.busy}>
        {t('penilai.decide')}
      </button>
    </form>
  );
}
