import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../types-pegawai-penilai';
import { CheckedInput, CheckedStatus, SubmitActions, useCheckedSubmit } from './checked-form';
import { useRows } from './use-rows';

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
  const goals = useRows(() =>
    (initial.length ? initial : [EMPTY]).map((g) => ({
      text: g.text,
      horizon: g.horizon,
      year: g.targetYear ? String(g.targetYear) : '',
    })),
  );
  const form = useCheckedSubmit(
    () => goalErrors(goals.rows),
    () =>
      onSubmit(
        goals.rows.map((g) => ({
          text: g.text.trim(),
          horizon: g.horizon,
          targetYear: g.year.trim() ? Number(g.year) : null,
        })),
      ),
  );

  return (
    <form onSubmit={form.onSubmit} noValidate aria-label={t('career.editGoals')}>
      {goals.rows.map((g, i) => (
        <fieldset key={i}>
          <legend>{t('career.goal', { n: i + 1 })}</legend>
          <CheckedInput
            id={`${id}-text-${i}`}
            label={t('career.goalText')}
            value={g.text}
            onChange={(text) => goals.change(i, { text })}
            mark={form.shown[`goals[${i}].text`]}
          />
          <label htmlFor={`${id}-h-${i}`}>{t('career.goalHorizon')}</label>
          <select
            id={`${id}-h-${i}`}
            value={g.horizon}
            onChange={(e) => goals.change(i, { horizon: e.target.value as Goal['horizon'] })}
          >
            <option value="SHORT">{t('career.horizon.SHORT')}</option>
            <option value="LONG">{t('career.horizon.LONG')}</option>
          </select>
          <CheckedInput
            id={`${id}-year-${i}`}
            label={t('career.targetYear')}
            inputMode="numeric"
            value={g.year}
            onChange={(year) => goals.change(i, { year })}
            mark={form.shown[`goals[${i}].targetYear`]}
          />
          {goals.rows.length > 1 && (
            <button type="button" className="link" onClick={() => goals.remove(i)}>
              {t('career.removeGoal', { n: i + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      {goals.rows.length < 20 && (
        <button
          type="button"
          className="secondary"
          onClick={() => goals.add({ text: '', horizon: 'LONG', year: '' })}
        >
          {t('career.addGoal')}
        </button>
      )}
      <CheckedStatus form={form} savedText={t('career.goalsSaved')} />
      <SubmitActions form={form} label={t('career.saveGoals')} onCancel={onCancel} />
    </form>
  );
}
