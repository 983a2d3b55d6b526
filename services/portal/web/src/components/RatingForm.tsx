import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { predikatOf, RATINGS, type Rating } from '../domain/predikat';
import type { CurveOutlook } from '../types-pegawai-penilai';
import { CurvePanel } from './CurvePanel';
import { ErrorText } from './ErrorText';
import { PredikatMatrix } from './PredikatMatrix';

export interface RatingInput {
  hasilKerja: Rating;
  perilakuKerja: Rating;
}

function RatingChoice({
  legend,
  name,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  value?: Rating;
  onChange: (r: Rating) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{legend}</legend>
      {RATINGS.map((r) => (
        <label key={r} className="choice">
          <input
            type="radio"
            name={name}
            value={r}
            checked={value === r}
            onChange={() => onChange(r)}
          />
          {t(`rating.${r}`)}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The penilai's rating of hasil kerja and perilaku kerja, with the predikat shown live and, when
 * given, the unit's distribution curve with what that predikat would do to it.
 */
export function RatingForm({
  onSubmit,
  curve,
}: {
  onSubmit: (input: RatingInput) => Promise<unknown>;
  curve?: CurveOutlook;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [hasilKerja, setHasil] = useState<Rating>();
  const [perilakuKerja, setPerilaku] = useState<Rating>();
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const preview = hasilKerja && perilakuKerja ? predikatOf(hasilKerja, perilakuKerja) : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!hasilKerja || !perilakuKerja) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setError(undefined);
    setBusy(true);
    try {
      await onSubmit({ hasilKerja, perilakuKerja });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('penilai.rate')}>
      <div className="ratings">
        <RatingChoice
          legend={t('penilai.hasilKerja')}
          name={`${id}-hasil`}
          value={hasilKerja}
          onChange={setHasil}
        />
        <RatingChoice
          legend={t('penilai.perilakuKerja')}
          name={`${id}-perilaku`}
          value={perilakuKerja}
          onChange={setPerilaku}
        />
      </div>
      <p role="status" className="preview">
        {preview
          ? t('penilai.preview', { predikat: t(`predikat.${preview}`) })
          : t('penilai.choose')}
      </p>
      <PredikatMatrix hasilKerja={hasilKerja} perilakuKerja={perilakuKerja} />
      {curve && <CurvePanel curve={curve} predikat={preview} />}
      {missing && (
        <p role="alert" className="error">
          {t('penilai.chooseBoth')}
        </p>
      )}
      <ErrorText error={error} />
      <button type="submit" disabled={busy}>
        {t('penilai.save')}
      </button>
    </form>
  );
}
