import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { HasilKerja, SkpContent } from '../types-pegawai-penilai';
import { CheckedInput, CheckedStatus, SubmitActions, useCheckedSubmit } from './checked-form';
import { patchAt, removeAt, useRows } from './use-rows';

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
  const results = useRows<HasilKerja>(
    initial?.hasilKerja.length ? initial.hasilKerja : [EMPTY_RESULT],
  );
  const form = useCheckedSubmit(
    () => skpFormErrors(results.rows),
    () =>
      onSubmit({
        hasilKerja: results.rows.map((r) => ({
          kind: r.kind,
          description: r.description.trim(),
          indicators: r.indicators.map((ind) => ({
            description: ind.description.trim(),
            target: ind.target.trim(),
          })),
        })),
        perilaku: initial?.perilaku ?? [],
      }),
  );
  const setIndicators = (i: number, indicators: HasilKerja['indicators']) =>
    results.change(i, { indicators });

  // One text input of the content, its id from its field path.
  const field = (path: string, label: string, value: string, set: (v: string) => void) => (
    <CheckedInput
      id={`${id}-${path.replace(/\W+/g, '-')}`}
      label={label}
      value={value}
      onChange={set}
      mark={form.shown[path]}
    />
  );

  return (
    <form onSubmit={form.onSubmit} noValidate aria-label={t('skp.hasilKerja')}>
      {results.rows.map((r, i) => (
        <fieldset key={i}>
          <legend>{t('skp.result', { n: i + 1 })}</legend>
          <label htmlFor={`${id}-kind-${i}`}>{t('skp.kind')}</label>
          <select
            id={`${id}-kind-${i}`}
            value={r.kind}
            onChange={(e) => results.change(i, { kind: e.target.value as HasilKerja['kind'] })}
          >
            <option value="UTAMA">{t('skp.kinds.UTAMA')}</option>
            <option value="TAMBAHAN">{t('skp.kinds.TAMBAHAN')}</option>
          </select>
          {field(`hasilKerja[${i}].description`, t('skp.description'), r.description, (v) =>
            results.change(i, { description: v }),
          )}
          {r.indicators.map((ind, j) => (
            <fieldset key={j}>
              <legend>{t('skp.indicator', { n: j + 1 })}</legend>
              {field(
                `hasilKerja[${i}].indicators[${j}].description`,
                t('skp.indicatorDescription'),
                ind.description,
                (v) => setIndicators(i, patchAt(r.indicators, j, { description: v })),
              )}
              {field(`hasilKerja[${i}].indicators[${j}].target`, t('skp.target'), ind.target, (v) =>
                setIndicators(i, patchAt(r.indicators, j, { target: v })),
              )}
              {r.indicators.length > 1 && (
                <button
                  type="button"
                  className="link"
                  onClick={() => setIndicators(i, removeAt(r.indicators, j))}
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
                onClick={() => setIndicators(i, [...r.indicators, { description: '', target: '' }])}
              >
                {t('skp.addIndicator')}
              </button>
            )}
            {results.rows.length > 1 && (
              <button type="button" className="secondary" onClick={() => results.remove(i)}>
                {t('skp.removeResult', { n: i + 1 })}
              </button>
            )}
          </div>
        </fieldset>
      ))}
      {results.rows.length < 30 && (
        <button
          type="button"
          className="secondary"
          onClick={() => results.add({ ...EMPTY_RESULT, kind: 'TAMBAHAN' })}
        >
          {t('skp.addResult')}
        </button>
      )}
      <CheckedStatus
        form={form}
        savedText={t('skp.saved')}
        summary={form.shown.hasilKerja && t(form.shown.hasilKerja)}
      />
      <SubmitActions form={form} label={t('skp.save')} onCancel={onCancel} />
    </form>
  );
}
