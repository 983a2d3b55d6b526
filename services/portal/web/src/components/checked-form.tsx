import { useState, type FormEvent, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorText } from './ErrorText';
import { FieldErrorList } from './FieldErrorList';

// What the pegawai's forms share: the values are checked in the browser first (by the service's
// field paths, so a mark sits where the service would put it), nothing is sent while one is
// wrong; then the send, its refusal with the fields it names, and the saved notice.

/** Text keys of what is wrong, by the service's field path (`goals[0].text`). */
export type Marks = Record<string, string>;

/** The submit of a checked form: `check` names what is wrong, `send` runs only when nothing is. */
export function useCheckedSubmit(check: () => Marks, send: () => Promise<unknown>) {
  const [shown, setShown] = useState<Marks>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const marks = check();
    setShown(marks);
    setDone(false);
    if (Object.keys(marks).length > 0) return;
    setError(undefined);
    setBusy(true);
    try {
      await send();
      setDone(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { shown, error, busy, done, onSubmit: (event: FormEvent) => void submit(event) };
}

export type CheckedSubmit = ReturnType<typeof useCheckedSubmit>;

/** A labelled input with the mark of its field under it (aria-describedby names the mark). */
export function CheckedInput({
  id,
  label,
  value,
  onChange,
  mark,
  type = 'text',
  inputMode,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The text key of what is wrong, if anything. */
  mark: string | undefined;
  type?: 'text' | 'date';
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
}) {
  const { t } = useTranslation();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        inputMode={inputMode}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={Boolean(mark)}
        aria-describedby={mark ? `${id}-err` : undefined}
      />
      {mark && (
        <p id={`${id}-err`} className="error">
          {t(mark)}
        </p>
      )}
    </>
  );
}

/**
 * Under a checked form's fields: the call to fix the marks (`summary` instead when given), the
 * service's refusal with the fields it names, and `savedText` once the send went through.
 */
export function CheckedStatus({
  form,
  savedText,
  summary,
}: {
  form: CheckedSubmit;
  savedText: string;
  summary?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      {Object.keys(form.shown).length > 0 && (
        <p role="alert" className="error">
          {summary ?? t('skp.fix')}
        </p>
      )}
      <ErrorText error={form.error} />
      <FieldErrorList error={form.error} />
      {form.done && <p role="status">{savedText}</p>}
    </>
  );
}

/** The submit button and, when the form can be left, the cancel button. */
export function SubmitActions({
  form,
  label,
  onCancel,
}: {
  form: CheckedSubmit;
  label: string;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      <button type="submit" disabled={form.busy}>
        {label}
      </button>
      {onCancel && (
        <button type="button" className="secondary" onClick={onCancel}>
          {t('skp.cancel')}
        </button>
      )}
    </div>
  );
}
