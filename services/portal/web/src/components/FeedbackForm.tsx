import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BERAKHLAK_VALUES,
  type BerakhlakValue,
  type FeedbackAbout,
  type HasilKerja,
} from '../types-pegawai-penilai';
import { ErrorText } from './ErrorText';
import { FieldErrorList } from './FieldErrorList';

export interface FeedbackInput {
  about: FeedbackAbout;
  text: string;
}

// One select for both kinds: "h:<hasilKerjaId>" or "p:<BerAKHLAK value>".
function aboutOf(choice: string): FeedbackAbout | undefined {
  if (choice.startsWith('h:')) return { kind: 'HASIL_KERJA', hasilKerjaId: choice.slice(2) };
  if (choice.startsWith('p:'))
    return { kind: 'PERILAKU', value: choice.slice(2) as BerakhlakValue };
  return undefined;
}

/** The penilai's continuous feedback on one work result of the SKP or one BerAKHLAK value. */
export function FeedbackForm({
  results,
  onSubmit,
}: {
  results: Pick<HasilKerja, 'id' | 'description'>[];
  onSubmit: (input: FeedbackInput) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [choice, setChoice] = useState('');
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState<{ about?: boolean; text?: boolean }>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const about = aboutOf(choice);
    const missing = { about: !about, text: text.trim().length === 0 };
    setInvalid(missing);
    setSent(false);
    if (!about || missing.text) return;
    setError(undefined);
    setBusy(true);
    try {
      await onSubmit({ about, text: text.trim() });
      setText('');
      setSent(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('feedback.give')}>
      <label htmlFor={`${id}-about`}>{t('feedback.about')}</label>
      <select
        id={`${id}-about`}
        value={choice}
        onChange={(e) => setChoice(e.target.value)}
        aria-invalid={Boolean(invalid.about)}
        aria-describedby={invalid.about ? `${id}-about-err` : undefined}
      >
        <option value="">—</option>
        <optgroup label={t('feedback.results')}>
          {results.map((r) => (
            <option key={r.id} value={`h:${r.id ?? ''}`}>
              {r.description}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('feedback.values')}>
          {BERAKHLAK_VALUES.map((v) => (
            <option key={v} value={`p:${v}`}>
              {t(`berakhlak.${v}`)}
            </option>
          ))}
        </optgroup>
      </select>
      {invalid.about && (
        <p id={`${id}-about-err`} className="error">
          {t('feedback.aboutMissing')}
        </p>
      )}
      <label htmlFor={`${id}-text`}>{t('feedback.text')}</label>
      <textarea
        id={`${id}-text`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={3}
        maxLength={2000}
        aria-invalid={Boolean(invalid.text)}
        aria-describedby={invalid.text ? `${id}-text-err` : undefined}
      />
      {invalid.text && (
        <p id={`${id}-text-err`} className="error">
          {t('feedback.textMissing')}
        </p>
      )}
      {(invalid.about || invalid.text) && (
        <p role="alert" className="error">
          {t('skp.fix')}
        </p>
      )}
      <ErrorText error={error} />
      <FieldErrorList error={error} />
      {sent && <p role="status">{t('feedback.sent')}</p>}
      <button type="submit" disabled={busy}>
        {t('feedback.send')}
      </button>
    </form>
  );
}
