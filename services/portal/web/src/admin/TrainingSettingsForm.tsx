import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingSettings } from './settings-types';
import { NumberField, SettingsForm, useSettingsSave } from './SettingsForm';

/** The agency's training settings: the yearly JP minimum and whether enrolment needs approval. */
export function TrainingSettingsForm({
  initial,
  onSubmit,
}: {
  initial: TrainingSettings;
  onSubmit: (doc: TrainingSettings) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [jp, setJp] = useState(String(initial.jpRequired));
  const [approval, setApproval] = useState(initial.approvalRequired);
  const save = useSettingsSave();

  return (
    <SettingsForm
      title={t('settings.training')}
      configured={initial.configured}
      save={save}
      send={() => onSubmit({ ...initial, jpRequired: Number(jp), approvalRequired: approval })}
    >
      <NumberField
        id={`${id}-jp`}
        label={t('settings.jpRequired')}
        min={20}
        max={200}
        value={jp}
        onChange={setJp}
        error={save.message('jpRequired')}
      />
      <label className="choice">
        <input type="checkbox" checked={approval} onChange={(e) => setApproval(e.target.checked)} />
        {t('settings.approvalRequired')}
      </label>
    </SettingsForm>
  );
}
