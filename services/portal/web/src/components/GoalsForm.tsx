import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../types-pegawai-penilai';
import { ErrorText } from './ErrorText';
import { FieldErrorList } from './FieldErrorList';

const EMPTY: Goal = { text: '', horizon: 'SHORT', targetYear: null };

/** What is wrong with the goals, by the service's field paths (goals[i].text, …). */
export function goalErrors(goals: { text: string; year: string }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  goals.forEach((g, i) => {
    if (g.text.trim().length < 3) errors[`goals[${i}].text`] = 'career.goalTooShort';
    const y = g.year.trim();
    if (y && !(/^\d{4}$/.test(y) && Number(y) >= 2000 && Number(y) <= 2100))
      errors[`goals[${i}].targetYear`] = 'career.yearInvalid';
  });
  return errors;
}

/** The pegawai's short- and long-term career goals (the plan's targets stay as they are). */
export function GoalsForm({
  initial,
  onSubmit,
  onCancel,
}: {
  initial: Goal[];
  onSubmit: (goals: Goal[]) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [goals, setGoals] = useState(
    (initial.length ? initial : [EMPTY]).map((g) => ({
      text: g.text,
      horizon: g.horizon,
      year: g.targetYear ? String(g.targetYear) : '',
    })),
  );
  const [shown, setShown] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const change = (i: number, next: Partial<(typeof goals)[number]>) =>
    setGoals((gs) => gs.map((g, k) => (k === i ? { ...g, ...next } : g)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors = goalErrors(goals);
    setShown(errors);
    setDone(false);
    if (Object.keys(errors).length > 0) return;
    setError(undefined);
    setBusy(true);
    try {
      await onSubmit(
        goals.map((g) => ({
          text: g.text.trim(),
          horizon: g.horizon,
          targetYear: g.year.trim() ? Number(g.year) : null,
        })),
      );
      setDone(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const err = (path: string, fid: string) =>
    shown[path] && (
      <p id={`${fid}-err`} className="error">
        {t(shown[path])}
      </p>
    );
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('career.editGoals')}>
      {goals.map((g, i) => {
        const text = `${id}-text-${i}`;
        const year = `${id}-year-${i}`;
        return (
          <fieldset key={i}>
            <legend>{t('career.goal', { n: i + 1 })}</legend>
            <label htmlFor={text}>{t('career.goalText')}</label>
            <input
              id={text}
              type="text"
              value={g.text}
              onChange={(e) => change(i, { text: e.target.value })}
              aria-invalid={Boolean(shown[`goals[${i}].text`])}
              aria-describedby={shown[`goals[${i}].text`] ? `${text}-err` : undefined}
            />
            {err(`goals[${i}].text`, text)}
            <label htmlFor={`${id}-h-${i}`}>{t('career.goalHorizon')}</label>
            <select
              id={`${id}-h-${i}`}
              value={g.horizon}
              onChange={(e) => change(i, { horizon: e.target.value as Goal['horizon'] })}
            >
              <option value="SHORT">{t('career.horizon.SHORT')}</option>
              <option value="LONG">{t('career.horizon.LONG')}</option>
            </select>
            <label htmlFor={year}>{t('career.targetYear')}</label>
            <input
              id={year}
              type="text"
              inputMode="numeric"
              value={g.year}
              onChange={(e) => change(i, { year: e.target.value })}
              aria-invalid={Boolean(shown[`goals[${i}].targetYear`])}
              aria-describedby={shown[`goals[${i}].targetYear`] ? `${year}-err` : undefined}
            />
            {err(`goals[${i}].targetYear`, year)}
            {goals.length > 1 && (
              <button
                type="button"
                className="link"
                onClick={() => setGoals((gs) => gs.filter((_, k) => k !== i))}
              >
                {t('career.removeGoal', { n: i + 1 })}
              </button>
            )}
          </fieldset>
        );
      })}
      {goals.length < 20 && (
        <button
          type="button"
          className="secondary"
          onClick={() => setGoals((gs) => [...gs, { text: '', horizon: 'LONG', year: '' }])}
        >
          {t('career.addGoal')}
        </button>
      )}
      {Object.keys(shown).length > 0 && (
        <p role="alert" className="error">
          {t('skp.fix')}
        </p>
      )}
      <ErrorText error={error} />
      <FieldErrorList error={error} />
      {done && <p role="status">{t('career.goalsSaved')}</p>}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {t('career.saveGoals')}
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            {t('skp.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
