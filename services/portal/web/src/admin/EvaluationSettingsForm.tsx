import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorText } from '../components/ErrorText';
import { FieldError, invalidProps, toPercent, toShare, useFieldMessage } from './field-errors';
import {
  ORG_PREDIKATS,
  PERIODIC_KINDS,
  STAFF_PREDIKATS,
  type Curve,
  type EvaluationSettings,
  type PeriodKind,
} from './settings-types';
import { useSave } from './use-save';

type Typed = Record<string, string>;
const BOUNDS = ['maxShare', 'minShare'] as const;

// The curve as typed text, one entry per `curve.<org>.<predikat>.<bound>` path.
function typedCurve(curve: Curve): Typed {
  const out: Typed = {};
  for (const org of ORG_PREDIKATS)
    for (const p of STAFF_PREDIKATS)
      for (const b of BOUNDS) out[`curve.${org}.${p}.${b}`] = toPercent(curve[org]?.[p]?.[b]);
  return out;
}

function curveOf(typed: Typed): Curve {
  const curve = {} as Curve;
  for (const org of ORG_PREDIKATS) {
    curve[org] = {};
    for (const p of STAFF_PREDIKATS) {
      const bound: Record<string, number> = {};
      for (const b of BOUNDS) {
        const share = toShare(typed[`curve.${org}.${p}.${b}`] ?? '');
        if (share !== undefined) bound[b] = share;
      }
      if (Object.keys(bound).length > 0) curve[org][p] = bound;
    }
  }
  return curve;
}

/**
 * The agency's evaluation settings: objection window, periodic kinds and the distribution curve
 * (shares typed as percent). The document read is sent back whole with the changes.
 */
export function EvaluationSettingsForm({
  initial,
  onSubmit,
}: {
  initial: EvaluationSettings;
  onSubmit: (doc: EvaluationSettings) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [days, setDays] = useState(String(initial.objectionWindowDays));
  const [kinds, setKinds] = useState<PeriodKind[]>(initial.periodKinds);
  const [curve, setCurve] = useState<Typed>(() => typedCurve(initial.curve));
  const save = useSave();
  const message = useFieldMessage(save.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await save.run(() =>
      onSubmit({
        ...initial,
        objectionWindowDays: Number(days),
        periodKinds: kinds.includes('TAHUNAN') ? kinds : [...kinds, 'TAHUNAN'],
        curve: curveOf(curve),
      }),
    );
  };
  const toggle = (k: PeriodKind) =>
    setKinds((list) => (list.includes(k) ? list.filter((x) => x !== k) : [...list, k]));
  const daysError = message('objectionWindowDays');
  const kindsError = message('periodKinds');

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-h`} noValidate>
      <h3 id={`${id}-h`}>{t('settings.evaluation')}</h3>
      {!initial.configured && <p className="hint">{t('settings.defaults')}</p>}
      <label htmlFor={`${id}-days`}>{t('settings.objectionWindowDays')}</label>
      <input
        id={`${id}-days`}
        type="number"
        inputMode="numeric"
        min={1}
        max={60}
        value={days}
        onChange={(e) => setDays(e.target.value)}
        {...invalidProps(daysError, `${id}-days-e`)}
      />
      <FieldError id={`${id}-days-e`} message={daysError} />
      <fieldset {...invalidProps(kindsError, `${id}-kinds-e`)}>
        <legend>{t('settings.periodKinds')}</legend>
        {PERIODIC_KINDS.map((k) => (
          <label key={k} className="choice">
            <input type="checkbox" checked={kinds.includes(k)} onChange={() => toggle(k)} />
            {t(`periodKind.${k}`)}
          </label>
        ))}
        <p className="hint">{t('settings.annualAlways')}</p>
        <FieldError id={`${id}-kinds-e`} message={kindsError} />
      </fieldset>
      <h4>{t('settings.curve')}</h4>
      <p className="hint">{t('settings.curveHint')}</p>
      {ORG_PREDIKATS.map((org) => (
        <details key={org} open={org === 'ISTIMEWA'}>
          <summary>{t(`orgPredikat.${org}`)}</summary>
          <div className="bounds">
            {STAFF_PREDIKATS.map((p) =>
              BOUNDS.map((b) => {
                const path = `curve.${org}.${p}.${b}`;
                const error = message(path);
                const inputId = `${id}-${org}-${p}-${b}`;
                return (
                  <div key={path}>
                    <label htmlFor={inputId}>
                      {t(`settings.${b}`, { predikat: t(`predikat.${p}`) })}
                    </label>
                    <input
                      id={inputId}
                      type="number"
                      inputMode="decimal"
                      min={0}
                      max={100}
                      step="any"
                      value={curve[path]}
                      onChange={(e) => setCurve((c) => ({ ...c, [path]: e.target.value }))}
                      {...invalidProps(error, `${inputId}-e`)}
                    />
                    <FieldError id={`${inputId}-e`} message={error} />
                  </div>
                );
              }),
            )}
          </div>
        </details>
      ))}
      <ErrorText error={save.error} />
      <button type="submit" disabled={save.busy}>
        {t('settings.save')}
      </button>
      {save.saved && <p role="status">{t('settings.saved')}</p>}
    </form>
  );
}
