import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorText } from '../components/ErrorText';
import { FieldError, invalidProps, useFieldMessage } from './field-errors';
import {
  TEMPLATE_CHANNELS,
  type NotificationTemplate,
  type TemplateChannel,
  type TemplatePreview,
} from './settings-types';
import { useSave } from './use-save';

export interface TemplateKey {
  type: string;
  language: 'id' | 'en';
  channel: TemplateChannel;
}
export interface TemplateText {
  subject: string;
  body: string;
}

/**
 * A notification template: choose type, language and channel, edit the wording, see it rendered
 * with the event's example (the service renders it, as it would a notice), then save.
 */
export function TemplateForm({
  templates,
  onPreview,
  onSubmit,
}: {
  templates: NotificationTemplate[];
  onPreview: (key: TemplateKey, text: TemplateText) => Promise<TemplatePreview>;
  onSubmit: (key: TemplateKey, text: TemplateText) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const types = [...new Set(templates.map((x) => x.type))].sort();
  const [key, setKey] = useState<TemplateKey>({
    type: types[0] ?? '',
    language: 'id',
    channel: 'IN_APP',
  });
  const current = templates.find(
    (x) => x.type === key.type && x.language === key.language && x.channel === key.channel,
  );
  const [text, setText] = useState<TemplateText>({ subject: '', body: '' });
  const [preview, setPreview] = useState<TemplatePreview>();
  const save = useSave();
  const previewing = useSave();
  const error = previewing.error ?? save.error;
  const message = useFieldMessage(error);

  // A new choice of type, language or channel loads the wording in force for it.
  useEffect(() => {
    setText({ subject: current?.subject ?? '', body: current?.body ?? '' });
    setPreview(undefined);
  }, [current?.subject, current?.body, key.type, key.language, key.channel]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await save.run(() => onSubmit(key, text));
  };
  const showPreview = async () => {
    setPreview(await previewing.run(() => onPreview(key, text)));
  };
  const subjectError = message('subject');
  const bodyError = message('body');
  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-h`} noValidate>
      <h3 id={`${id}-h`}>{t('settings.templates')}</h3>
      <label htmlFor={`${id}-type`}>{t('settings.type')}</label>
      <select
        id={`${id}-type`}
        value={key.type}
        onChange={(e) => setKey((k) => ({ ...k, type: e.target.value }))}
      >
        {types.map((x) => (
          <option key={x} value={x}>
            {x}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-lang`}>{t('settings.language')}</label>
      <select
        id={`${id}-lang`}
        value={key.language}
        onChange={(e) => setKey((k) => ({ ...k, language: e.target.value as 'id' | 'en' }))}
      >
        <option value="id">Bahasa Indonesia</option>
        <option value="en">English</option>
      </select>
      <label htmlFor={`${id}-ch`}>{t('settings.templateChannel')}</label>
      <select
        id={`${id}-ch`}
        value={key.channel}
        onChange={(e) => setKey((k) => ({ ...k, channel: e.target.value as TemplateChannel }))}
      >
        {TEMPLATE_CHANNELS.map((c) => (
          <option key={c} value={c}>
            {t(`settings.channel.${c}`)}
          </option>
        ))}
      </select>
      {current && <p className="hint">{t(`settings.source.${current.source}`)}</p>}
      <label htmlFor={`${id}-subject`}>{t('settings.subject')}</label>
      <input
        id={`${id}-subject`}
        value={text.subject}
        maxLength={300}
        onChange={(e) => setText((x) => ({ ...x, subject: e.target.value }))}
        {...invalidProps(subjectError, `${id}-subject-e`)}
      />
      <FieldError id={`${id}-subject-e`} message={subjectError} />
      <label htmlFor={`${id}-body`}>{t('settings.body')}</label>
      <textarea
        id={`${id}-body`}
        rows={8}
        value={text.body}
        onChange={(e) => setText((x) => ({ ...x, body: e.target.value }))}
        {...invalidProps(bodyError, `${id}-body-e`)}
      />
      <FieldError id={`${id}-body-e`} message={bodyError} />
      <ErrorText error={error} />
      <div className="actions">
        <button
          type="button"
          className="secondary"
          disabled={previewing.busy}
          onClick={() => void showPreview()}
        >
          {t('settings.preview')}
        </button>
        <button type="submit" disabled={save.busy}>
          {t('settings.save')}
        </button>
      </div>
      {save.saved && <p role="status">{t('settings.saved')}</p>}
      {preview && (
        <section className="card preview" aria-labelledby={`${id}-pv`}>
          <h4 id={`${id}-pv`}>{t('settings.previewTitle', { topic: preview.eventTopic })}</h4>
          <p>
            <strong>{preview.subject}</strong>
          </p>
          <p className="body">{preview.body}</p>
        </section>
      )}
    </form>
  );
}
