import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type SessionUser } from '../../api';
import { ErrorText } from '../../components/ErrorText';
import { GoalsForm } from '../../components/GoalsForm';
import { StepForm } from '../../components/StepForm';
import { pick } from '../../i18n';
import type { CareerPlan, Goal, Level, TalentProfile } from '../../types-pegawai-penilai';

const LEVELS: Level[] = ['LOW', 'MEDIUM', 'HIGH'];
// The regulation's numbering (DOMAIN.md §4): BOXES[potensi][kinerja].
const BOXES: Record<Level, Record<Level, number>> = {
  HIGH: { LOW: 6, MEDIUM: 8, HIGH: 9 },
  MEDIUM: { LOW: 3, MEDIUM: 5, HIGH: 7 },
  LOW: { LOW: 1, MEDIUM: 2, HIGH: 4 },
};

// A person without a plan or a 9-box place yet gets a 404: that is "none", not an error.
async function orNone<T>(load: Promise<T>): Promise<T | null> {
  try {
    return await load;
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}

function NineBox({ profile }: { profile: TalentProfile }) {
  const { t, i18n } = useTranslation();
  const place = profile.placement;
  if (!place) return <p>{t('career.noBox')}</p>;
  return (
    <>
      <p>
        <strong>{t('career.box', { box: place.box })}</strong> ·{' '}
        {t('career.from', { predikat: t(`predikat.${place.predikat}`), year: place.year })}
      </p>
      <div className="scroll" tabIndex={0} role="region" aria-label={t('career.boxTable')}>
        <table className="matrix ninebox">
          <caption>{t('career.boxTable')}</caption>
          <thead>
            <tr>
              <td />
              {LEVELS.map((k) => (
                <th key={k} scope="col">
                  {t('career.kinerja')}: {t(`career.kinerjaLevel.${k}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...LEVELS].reverse().map((p) => (
              <tr key={p}>
                <th scope="row">
                  {t('career.potensi')}: {t(`career.level.${p}`)}
                </th>
                {LEVELS.map((k) => {
                  const here = place.kinerja === k && place.potensi === p;
                  return (
                    <td
                      key={k}
                      className={here ? 'chosen' : undefined}
                      aria-current={here || undefined}
                    >
                      {BOXES[p][k]}
                      {here && <span className="visually-hidden"> ({t('career.here')})</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {profile.recommendedAction && (
        <p>
          {t('career.action')}: {pick(profile.recommendedAction, i18n.language)}
        </p>
      )}
    </>
  );
}

function Plan({ plan }: { plan: CareerPlan }) {
  const { t, i18n } = useTranslation();
  const date = (s: string) => new Date(s).toLocaleDateString(i18n.language);
  return (
    <>
      <p>{plan.agreement ? t('career.agreed') : t('career.notAgreed')}</p>
      {plan.goals.length > 0 && (
        <>
          <h4>{t('career.goals')}</h4>
          <ul>
            {plan.goals.map((g) => (
              <li key={g.id}>
                {g.text} ({t(`career.horizon.${g.horizon}`)}
                {g.targetYear ? `, ${g.targetYear}` : ''})
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.targets.length > 0 && (
        <>
          <h4>{t('career.targets')}</h4>
          <ul>
            {plan.targets.map((x) => (
              <li key={x.id}>
                {x.name} · {x.unitId} ({t(`career.move.${x.move}`, { defaultValue: x.move })})
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.steps.length > 0 && (
        <>
          <h4>{t('career.steps')}</h4>
          <ul>
            {plan.steps.map((s) => (
              <li key={s.id}>
                {t(`career.stepKind.${s.kind}`)}: {s.title} · {date(s.startDate)}–{date(s.endDate)}{' '}
                <span className="badge">{t(`career.stepStatus.${s.status}`)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** The pegawai's career plan and their own place in the 9-box (career planning). */
export function CareerSection({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const employeeId = user.employeeId ?? '';
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const path = `plans/${encodeURIComponent(employeeId)}`;
  const refresh = () => client.invalidateQueries({ queryKey: ['plan', employeeId] });
  const plan = useQuery({
    queryKey: ['plan', employeeId],
    queryFn: () =>
      orNone(api<CareerPlan>('career-planning', `plans/${encodeURIComponent(employeeId)}`)),
    enabled: Boolean(user.employeeId),
  });
  // The goals are replaced; the targets (set with the agency) are sent back as they are.
  const saveGoals = async (goals: Goal[]) => {
    const current = plan.data;
    await api<CareerPlan>('career-planning', path, {
      method: 'PUT',
      json: {
        revision: current?.revision ?? 0,
        goals: goals.map((g) => ({
          text: g.text,
          horizon: g.horizon,
          ...(g.targetYear ? { targetYear: g.targetYear } : {}),
        })),
        targets: (current?.targets ?? []).map((x) => ({
          positionId: x.positionId,
          agencyId: x.agencyId,
        })),
      },
    });
    setEditing(false);
    setSaved(true);
    await refresh();
  };
  const talent = useQuery({
    queryKey: ['talent', 'me'],
    queryFn: () => orNone(api<TalentProfile>('career-planning', 'talent/me')),
    enabled: Boolean(user.employeeId),
  });
  return (
    <section aria-labelledby="career-h">
      <h2 id="career-h">{t('career.title')}</h2>
      <ErrorText error={plan.error} />
      {plan.isSuccess && !editing && (
        <>
          {plan.data ? <Plan plan={plan.data} /> : <p>{t('career.none')}</p>}
          {saved && <p role="status">{t('career.goalsSaved')}</p>}
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            {t('career.editGoals')}
          </button>
        </>
      )}
      {plan.isSuccess && editing && (
        <GoalsForm
          initial={plan.data?.goals ?? []}
          onSubmit={saveGoals}
          onCancel={() => setEditing(false)}
        />
      )}
      {plan.data && (
        <details>
          <summary>{t('career.addStep')}</summary>
          <StepForm
            onSubmit={async (step) => {
              await api('career-planning', `${path}/steps`, {
                json: { ...step, revision: plan.data!.revision },
              });
              await refresh();
            }}
          />
        </details>
      )}
      <h3>{t('career.nineBox')}</h3>
      <ErrorText error={talent.error} />
      {talent.isSuccess &&
        (talent.data ? <NineBox profile={talent.data} /> : <p>{t('career.noBox')}</p>)}
    </section>
  );
}
