import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from '../i18n';
import { FieldError, invalidProps } from './field-errors';
import { ruleInput } from './settings-bodies';
import { NOTICE_CHANNELS, type NoticeChannel, type NotificationRule } from './settings-types';
import { SaveActions, useSettingsSave } from './SettingsForm';

/** One notification rule: on or off, its channels and whether it is mandatory. */
export function NotificationRuleForm({
  rule,
  onSubmit,
}: {
  rule: NotificationRule;
  onSubmit: (type: string, input: ReturnType<typeof ruleInput>) => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [enabled, setEnabled] = useState(rule.enabled);
  const [mandatory, setMandatory] = useState(rule.mandatory);
  const [channels, setChannels] = useState<NoticeChannel[]>(rule.channels);
  const save = useSettingsSave();
  const channelsError = save.message('channels');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await save.run(() => onSubmit(rule.type, { ...ruleInput(rule), enabled, mandatory, channels }));
  };
  const toggle = (c: NoticeChannel) =>
    setChannels((list) =>
      list.includes(c)
        ? list.filter((x) => x !== c)
        : NOTICE_CHANNELS.filter((x) => x === c || list.includes(x)),
    );
  return (
    <form
      className="card"
      onSubmit={(e) => void submit(e)}
      aria-label={t('settings.rule', { type: rule.type })}
      noValidate
    >
      <h4>{rule.type}</h4>
      <p className="hint">{pick(rule.description, i18n.language)}</p>
      {!rule.eventAvailable && <p className="hint">{t('settings.eventMissing')}</p>}
      <label className="choice">
        <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
        {t('settings.enabled')}
      </label>
      <label className="choice">
        <input
          type="checkbox"
          checked={mandatory}
          onChange={(e) => setMandatory(e.target.checked)}
        />
        {t('settings.mandatory')}
      </label>
      <fieldset {...invalidProps(channelsError, `${id}-ch-e`)}>
        <legend>{t('settings.channels')}</legend>
        {NOTICE_CHANNELS.map((c) => (
          <label key={c} className="choice">
            <input type="checkbox" checked={channels.includes(c)} onChange={() => toggle(c)} />
            {t(`settings.channel.${c}`)}
          </label>
        ))}
        <FieldError id={`${id}-ch-e`} message={channelsError} />
      </fieldset>
      <SaveActions save={save} />
    </form>
  );
}
