import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useId, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ServiceKey } from '../api';
import { ErrorText } from '../components/ErrorText';
import { FieldError, invalidProps, useFieldMessage } from './field-errors';
import { useSave } from './use-save';

// What every settings screen shares: the document read and written back with PUT, the form's
// heading, the "defaults not confirmed" hint, the save with its refusal and the saved notice, and
// the field errors beside their inputs. Each form keeps only its own fields.

/** A settings document as read, and how to write it back. */
export interface SettingsDocument<T> {
  readonly query: UseQueryResult<T>;
  readonly save: (body: unknown) => Promise<T>;
}

/** One settings document: read, then written back with PUT; the answer replaces the cache. */
export function useSettingsDocument<T>(service: ServiceKey, path: string): SettingsDocument<T> {
  const client = useQueryClient();
  const key = ['settings', service, path];
  const query = useQuery({ queryKey: key, queryFn: () => api<T>(service, path) });
  const save = async (body: unknown) => {
    const saved = await api<T>(service, path, { method: 'PUT', json: body });
    client.setQueryData(key, saved);
    return saved;
  };
  return { query, save };
}

/** A section that shows the read's refusal, or the form once the document is there. */
export function SettingsSection<T>({
  label,
  document,
  children,
}: {
  label: string;
  document: SettingsDocument<T>;
  children: (doc: T, save: (body: unknown) => Promise<T>) => ReactNode;
}) {
  return (
    <section aria-label={label}>
      <ErrorText error={document.query.error} />
      {document.query.data && children(document.query.data, document.save)}
    </section>
  );
}

/** The state of a form's save, and the service's message for a field it refused. */
export function useSettingsSave() {
  const save = useSave();
  const message = useFieldMessage(save.error);
  return { ...save, message };
}

export type SettingsSave = ReturnType<typeof useSettingsSave>;

/** The refusal of the save, the save button (none when read-only) and the saved notice. */
export function SaveActions({
  save,
  readOnly = false,
}: {
  save: SettingsSave;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorText error={save.error} />
      {!readOnly && (
        <button type="submit" disabled={save.busy}>
          {t('settings.save')}
        </button>
      )}
      {save.saved && <p role="status">{t('settings.saved')}</p>}
    </>
  );
}

/** The form of one settings document: heading, defaults hint, the fields, then SaveActions. */
export function SettingsForm({
  title,
  configured,
  save,
  send,
  readOnly = false,
  children,
}: {
  title: string;
  /** False while the agency runs on the defaults (the hint says so). */
  configured: boolean;
  save: SettingsSave;
  /** Sends the changed document. */
  send: () => Promise<unknown>;
  readOnly?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await save.run(send);
  };
  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-h`} noValidate>
      <h3 id={`${id}-h`}>{title}</h3>
      {!configured && <p className="hint">{t('settings.defaults')}</p>}
      {children}
      <SaveActions save={save} readOnly={readOnly} />
    </form>
  );
}

/** A number typed into a settings form, with its label and the service's refusal under it. */
export function NumberField({
  id,
  label,
  value,
  onChange,
  error,
  decimal = false,
  min,
  max,
  step,
  readOnly,
}: {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  decimal?: boolean;
  min: number;
  max: number;
  step?: string;
  readOnly?: boolean;
}) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode={decimal ? 'decimal' : 'numeric'}
        min={min}
        max={max}
        step={step}
        value={value}
        readOnly={readOnly}
        onChange={(e) => onChange(e.target.value)}
        {...invalidProps(error, `${id}-e`)}
      />
      <FieldError id={`${id}-e`} message={error} />
    </>
  );
}

/** The list with the value added, or without it when it was there (a checkbox group). */
export const toggled = <T,>(list: readonly T[], value: T): T[] =>
  list.includes(value) ? list.filter((x) => x !== value) : [...list, value];
