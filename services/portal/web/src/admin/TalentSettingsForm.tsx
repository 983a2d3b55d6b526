import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError, invalidProps } from './field-errors';
import { STAFF_PREDIKATS, type StaffPredikat, type TalentSettings } from './settings-types';
import { NumberField, SettingsForm, toggled, useSettingsSave } from './SettingsForm';

const BOXES = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/** The agency's 9-box cut-offs and succession boxes; read-only for a province admin. */
export function TalentSettingsForm({
  initial,
  onSubmit,
  readOnly = false,
}: {
  initial: TalentSettings;
  onSubmit: (doc: TalentSettings) => Promise<unknown>;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [kinerja, setKinerja] = useState(initial.cutoffs.kinerja);
  const [potensi, setPotensi] = useState({
    mediumFromPercent: String(initial.cutoffs.potensi.mediumFromPercent),
    highFromPercent: String(initial.cutoffs.potensi.highFromPercent),
  });
  const [boxes, setBoxes] = useState(initial.successionBoxes);
  const save = useSettingsSave();
  const send = () =>
    onSubmit({
      ...initial,
      cutoffs: {
        kinerja,
        potensi: {
          mediumFromPercent: Number(potensi.mediumFromPercent),
          highFromPercent: Number(potensi.highFromPercent),
        },
      },
      successionBoxes: [...boxes].sort((a, b) => a - b),
    });

  const select = (key: 'mediumFrom' | 'highFrom', label: string) => {
    const error = save.message(`cutoffs.kinerja.${key}`);
    return (
      <>
        <label htmlFor={`${id}-${key}`}>{label}</label>
        <select
          id={`${id}-${key}`}
          value={kinerja[key]}
          disabled={readOnly}
          onChange={(e) => setKinerja((k) => ({ ...k, [key]: e.target.value as StaffPredikat }))}
          {...invalidProps(error, `${id}-${key}-e`)}
        >
          {STAFF_PREDIKATS.map((p) => (
            <option key={p} value={p}>
              {t(`predikat.${p}`)}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-${key}-e`} message={error} />
      </>
    );
  };
  const percent = (key: 'mediumFromPercent' | 'highFromPercent', label: string) => (
    <NumberField
      id={`${id}-${key}`}
      label={label}
      decimal
      min={0}
      max={100}
      value={potensi[key]}
      readOnly={readOnly}
      onChange={(value) => setPotensi((p) => ({ ...p, [key]: value }))}
      error={save.message(`cutoffs.potensi.${key}`)}
    />
  );
  const boxesError = save.message('successionBoxes');
  return (
    <SettingsForm
      title={t('settings.talent')}
      configured={initial.configured}
      save={save}
      send={send}
      readOnly={readOnly}
    >
      {readOnly && <p className="hint">{t('settings.talentReadOnly')}</p>}
      {select('mediumFrom', t('settings.kinerjaMedium'))}
      {select('highFrom', t('settings.kinerjaHigh'))}
      {percent('mediumFromPercent', t('settings.potensiMedium'))}
      {percent('highFromPercent', t('settings.potensiHigh'))}
      <fieldset {...invalidProps(boxesError, `${id}-boxes-e`)}>
        <legend>{t('settings.successionBoxes')}</legend>
        {BOXES.map((b) => (
          <label key={b} className="choice">
            <input
              type="checkbox"
              checked={boxes.includes(b)}
              disabled={readOnly}
              onChange={() => setBoxes((list) => toggled(list, b))}
            />
            {t('settings.box', { box: b })}
          </label>
        ))}
        <FieldError id={`${id}-boxes-e`} message={boxesError} />
      </fieldset>
    </SettingsForm>
  );
}
