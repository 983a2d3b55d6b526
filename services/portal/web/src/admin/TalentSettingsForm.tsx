import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorText } from '../components/ErrorText';
import { FieldError, invalidProps, useFieldMessage } from './field-errors';
import { STAFF_PREDIKATS, type StaffPredikat, type TalentSettings } from './settings-types';
import { useSave } from './use-save';

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
  const save = useSave();
  const message = useFieldMessage(save.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await save.run(() =>
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
      }),
    );
  };
  const select = (key: 'mediumFrom' | 'highFrom', label: string) => {
    const path = `cutoffs.kinerja.${key}`;
    const error = message(path);
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
  const percent = (key: 'mediumFromPercent' | 'highFromPercent', label: string) => {
    const error = message(`cutoffs.potensi.${key}`);
    return (
      <>
        <label htmlFor={`${id}-${key}`}>{label}</label>
        <input
          id={`${id}-${key}`}
          type="number"
          inputMode="decimal"
          min={0}
          max={100}
          value={potensi[key]}
          readOnly={readOnly}
          onChange={(e) => setPotensi((p) => ({ ...p, [key]: e.target.value }))}
          {...invalidProps(error, `${id}-${key}-e`)}
        />
        <FieldError id={`${id}-${key}-e`} message={error} />
      </>
    );
  };
  const boxesError = message('successionBoxes');
  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-h`} noValidate>
      <h3 id={`${id}-h`}>{t('settings.talent')}</h3>
      {!initial.configured && <p className="hint">{t('settings.defaults')}</p>}
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
              onChange={() =>
                setBoxes((list) => (list.includes(b) ? list.filter((x) => x !== b) : [...list, b]))
              }
            />
            {t('settings.box', { box: b })}
          </label>
        ))}
        <FieldError id={`${id}-boxes-e`} message={boxesError} />
      </fieldset>
      <ErrorText error={save.error} />
      {!readOnly && (
        <button type="submit" disabled={save.busy}>
          {t('settings.save')}
        </button>
      )}
      {save.saved && <p role="status">{t('settings.saved')}</p>}
    </form>
  );
}
