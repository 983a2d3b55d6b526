import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorText } from '../components/ErrorText';
import { FieldError, invalidProps, useFieldMessage } from './field-errors';
import type { TrainingSettings } from './settings-types';
import { useSave } from './use-save';

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
  const save = useSave();
  const message = useFieldMessage(save.error);
  const jpError = message('jpRequired');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await save.run(() =>
      onSubmit({ ...initial, jpRequired: Number(jp), approvalRequired: approval }),
    );
  };
  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-h`} noValidate>
      <h3 id={`${id}-h`}>{t('settings.training')}</h3>
      {!initial.configured && <p className="hint">{t('settings.defaults')}</p>}
      <label htmlFor={`${id}-jp`}>{t('settings.jpRequired')}</label>
      <input
        id={`${id}-jp`}
        type="number"
        inputMode="numeric"
        min={20}
        max={200}
        value={jp}
        onChange={(e) => setJp(e.target.value)}
        {...invalidProps(jpError, `${id}-jp-e`)}
      />
      <FieldError id={`${id}-jp-e`} message={jpError} />
      <label className="choice">
        <input type="checkbox" checked={approval} onChange={(e) => setApproval(e.target.checked)} />
        {t('settings.approvalRequired')}
      </label>
      <ErrorText error={save.error} />
      <button type="submit" disabled={save.busy}>
        {t('settings.save')}
      </button>
      {save.saved && <p role="status">{t('settings.saved')}</p>}
    </form>
  );
}
