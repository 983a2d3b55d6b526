import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorText } from './ErrorText';

export const TIME_ZONES = [
  'Asia/Jakarta',
  'Asia/Pontianak',
  'Asia/Makassar',
  'Asia/Jayapura',
] as const;

export interface Preferences {
  language: 'id' | 'en';
  timeZone: (typeof TIME_ZONES)[number];
}

/** The language notices are written in and the time zone their deadlines are shown in. */
export function PreferencesForm({
  initial,
  onSubmit,
}: {
  initial: Partial<Preferences>;
  onSubmit: (p: Preferences) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [language, setLanguage] = useState<Preferences['language']>(initial.language ?? 'id');
  const [timeZone, setTimeZone] = useState<Preferences['timeZone']>(
    initial.timeZone ?? 'Asia/Jakarta',
  );
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setSaved(false);
    try {
      await onSubmit({ language, timeZone });
      setSaved(true);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} aria-label={t('prefs.title')}>
      <label htmlFor={`${id}-lang`}>{t('prefs.language')}</label>
      <select
        id={`${id}-lang`}
        value={language}
        onChange={(e) => setLanguage(e.target.value as Preferences['language'])}
      >
        <option value="id">Bahasa Indonesia</option>
        <option value="en">English</option>
      </select>
      <label htmlFor={`${id}-tz`}>{t('prefs.timeZone')}</label>
      <select
        id={`${id}-tz`}
        value={timeZone}
        onChange={(e) => setTimeZone(e.target.value as Preferences['timeZone'])}
      >
        {TIME_ZONES.map((z) => (
          <option key={z} value={z}>
            {z}
          </option>
        ))}
      </select>
      <ErrorText error={error} />
      <button type="submit">{t('prefs.save')}</button>
      {saved && <p role="status">{t('prefs.saved')}</p>}
    </form>
  );
}
