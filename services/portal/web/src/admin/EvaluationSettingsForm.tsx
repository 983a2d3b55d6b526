import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError, invalidProps, toPercent, toShare } from './field-errors';
import {
  ORG_PREDIKATS,
  PERIODIC_KINDS,
  STAFF_PREDIKATS,
  type Curve,
  type EvaluationSettings,
  type PeriodKind,
} from './settings-types';
import { NumberField, SettingsForm, toggled, useSettingsSave } from './SettingsForm';

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
  const save = useSettingsSave();
  const send = () =>
    onSubmit({
      ...initial,
      objectionWindowDays: Number(days),
      periodKinds: kinds.includes('TAHUNAN') ? kinds : [...kinds, 'TAHUNAN'],
      curve: curveOf(curve),
    });
  const kindsError = save.message('periodKinds');

  return (
    <SettingsForm
      title={t('settings.evaluation')}
      configured={initial.configured}
      save={save}
      send={send}
    >
      <NumberField
        id={`${id}-days`}
        label={t('settings.objectionWindowDays')}
        min={1}
        max={60}
        value={days}
        onChange={setDays}
        error={save.message('objectionWindowDays')}
      />
      <fieldset {...invalidProps(kindsError, `${id}-kinds-e`)}>
        <legend>{t('settings.periodKinds')}</legend>
        {PERIODIC_KINDS.map((k) => (
          <label key={k} className="choice">
            <input
              type="checkbox"
              checked={kinds.includes(k)}
              onChange={() => setKinds((list) => toggled(list, k))}
            />
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
                return (
                  <div key={path}>
                    <NumberField
                      id={`${id}-${org}-${p}-${b}`}
                      label={t(`settings.${b}`, { predikat: t(`predikat.${p}`) })}
                      decimal
                      min={0}
                      max={100}
                      step="any"
                      value={curve[path]}
                      onChange={(value) => setCurve((c) => ({ ...c, [path]: value }))}
                      error={save.message(path)}
                    />
                  </div>
                );
              }),
            )}
          </div>
        </details>
      ))}
    </SettingsForm>
  );
}
