import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HasilKerja, SkpContent } from '../types-pegawai-penilai';
import { ErrorText } from './ErrorText';
import { FieldErrorList } from './FieldErrorList';

const EMPTY_RESULT: HasilKerja = {
  kind: 'UTAMA',
  description: '',
  indicators: [{ description: '', target: '' }],
};

/** What is wrong with the content, by field path (the service's own paths, e.g. hasilKerja[0]). */
export function skpFormErrors(results: HasilKerja[]): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!results.some((r) => r.kind === 'UTAMA')) errors.hasilKerja = 'skp.needUtama';
  results.forEach((r, i) => {
    if (r.description.trim().length < 3)
      errors[`hasilKerja[${i}].description`] = 'skp.descriptionTooShort';
    r.indicators.forEach((ind, j) => {
      const at = `hasilKerja[${i}].indicators[${j}]`;
      if (ind.description.trim().length < 3) errors[`${at}.description`] = 'skp.indicatorTooShort';
      if (ind.target.trim().length < 1) errors[`${at}.target`] = 'skp.targetMissing';
    });
  });
  return errors;
}

/**
 * The pegawai's SKP content: work results (utama/tambahan), each with its indicators and targets.
 * The BerAKHLAK expectations are the leader's and are sent back unchanged.
 */
export function SkpForm({
  initial,
  onSubmit,
  onCancel,
}: {
  initial?: SkpContent;
  onSubmit: (content: SkpContent) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [results, setResults] = useState<HasilKerja[]>(
    initial?.hasilKerja.length ? initial.hasilKerja : [EMPTY_RESULT],
  );
  const [shown, setShown] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const change = (i: number, next: Partial<HasilKerja>) =>
    setResults((rs) => rs.map((r, k) => (k === i ? { ...r, ...next } : r)));
  const changeIndicator = (i: number, j: number, next: Partial<HasilKerja['indicators'][0]>) =>
    change(i, {
      indicators: results[i].indicators.map((ind, k) => (k === j ? { ...ind, ...next } : ind)),
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors = skpFormErrors(results);
    setShown(errors);
    setDone(false);
    if (Object.keys(errors).length > 0) return;
    setError(undefined);
    setBusy(true);
    try {
      await onSubmit({
        hasilKerja: results.map((r) => ({
          kind: r.kind,
          description: r.description.trim(),
          indicators: r.indicators.map((ind) => ({
            description: ind.description.trim(),
            target: ind.target.trim(),
          })),
        })),
        perilaku: initial?.perilaku ?? [],
      });
      setDone(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  // One text input with its label and, when shown, its error.
  const field = (path: string, label: string, value: string, set: (v: string) => void) => {
    const fid = `${id}-${path.replace(/\W+/g, '-')}`;
    const err = shown[path];
    return (
      <>
        <label htmlFor={fid}>{label}</label>
        <input
          id={fid}
          type="text"
          value={value}
          onChange={(e) => set(e.target.value)}
          aria-invalid={Boolean(err)}
          aria-describedby={err ? `${fid}-err` : undefined}
        />
        {err && (
          <p id={`${fid}-err`} className="error">
            {t(err)}
          </p>
        )}
      </>
    );
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('skp.hasilKerja')}>
      {results.map((r, i) => (
        <fieldset key={i}>
          <legend>{t('skp.result', { n: i + 1 })}</legend>
          <label htmlFor={`${id}-kind-${i}`}>{t('skp.kind')}</label>
          <select
            id={`${id}-kind-${i}`}
            value={r.kind}
            onChange={(e) => change(i, { kind: e.target.value as HasilKerja['kind'] })}
          >
            <option value="UTAMA">{t('skp.kinds.UTAMA')}</option>
            <option value="TAMBAHAN">{t('skp.kinds.TAMBAHAN')}</option>
          </select>
          {field(`hasilKerja[${i}].description`, t('skp.description'), r.description, (v) =>
            change(i, { description: v }),
          )}
          {r.indicators.map((ind, j) => (
            <fieldset key={j}>
              <legend>{t('skp.indicator', { n: j + 1 })}</legend>
              {field(
                `hasilKerja[${i}].indicators[${j}].description`,
                t('skp.indicatorDescription'),
                ind.description,
                (v) => changeIndicator(i, j, { description: v }),
              )}
              {field(`hasilKerja[${i}].indicators[${j}].target`, t('skp.target'), ind.target, (v) =>
                changeIndicator(i, j, { target: v }),
              )}
              {r.indicators.length > 1 && (
                <button
                  type="button"
                  className="link"
                  onClick={() => change(i, { indicators: r.indicators.filter((_, k) => k !== j) })}
                >
                  {t('skp.removeIndicator', { n: j + 1 })}
                </button>
              )}
            </fieldset>
          ))}
          <div className="actions">
            {r.indicators.length < 10 && (
              <button
                type="button"
                className="secondary"
                onClick={() =>
                  change(i, { indicators: [...r.indicators, { description: '', target: '' }] })
                }
              >
                {t('skp.addIndicator')}
              </button>
            )}
            {results.length > 1 && (
              <button
                type="button"
                className="secondary"
                onClick={() => setResults((rs) => rs.filter((_, k) => k !== i))}
              >
                {t('skp.removeResult', { n: i + 1 })}
              </button>
            )}
          </div>
        </fieldset>
      ))}
      {results.length < 30 && (
        <button
          type="button"
          className="secondary"
          onClick={() => setResults((rs) => [...rs, { ...EMPTY_RESULT, kind: 'TAMBAHAN' }])}
        >
          {t('skp.addResult')}
        </button>
      )}
      {Object.keys(shown).length > 0 && (
        <p role="alert" className="error">
          {shown.hasilKerja ? t(shown.hasilKerja) : t('skp.fix')}
        </p>
      )}
      <ErrorText error={error} />
      <FieldErrorList error={error} />
      {done && <p role="status">{t('skp.saved')}</p>}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {t('skp.save')}
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            {t('skp.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
