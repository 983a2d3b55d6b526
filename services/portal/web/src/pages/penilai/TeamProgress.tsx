import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorText } from '../../components/ErrorText';
import type { JpSummary, RecommendationSet } from '../../types';

interface Uptake {
  ACCEPTED: number;
  DECLINED: number;
  OPEN: number;
  EXPIRED: number;
}

/** How a member's recommendations were taken up, over all their sets. */
export function uptakeOf(sets: RecommendationSet[]): Uptake {
  const counts: Uptake = { ACCEPTED: 0, DECLINED: 0, OPEN: 0, EXPIRED: 0 };
  for (const s of sets) for (const i of s.items) counts[i.status] += 1;
  return counts;
}

/**
 * The team's JP toward the yearly minimum and their recommendation uptake, one row per member
 * of today's org chart (training lets a superior read both for the team).
 */
export function TeamProgress({ employeeIds }: { employeeIds: string[] }) {
  const { t } = useTranslation();
  const year = new Date().getFullYear();
  const jp = useQueries({
    queries: employeeIds.map((id) => ({
      queryKey: ['jp', id, year],
      queryFn: () => api<JpSummary>('training', `employees/${encodeURIComponent(id)}/jp/${year}`),
    })),
  });
  const sets = useQueries({
    queries: employeeIds.map((id) => ({
      queryKey: ['recommendations', 'of', id],
      queryFn: () =>
        api<RecommendationSet[]>('training', 'recommendation-sets', { query: { employeeId: id } }),
    })),
  });
  if (employeeIds.length === 0) return null;
  const uptakes = sets.map((s) => (s.data ? uptakeOf(s.data) : undefined));
  const met = jp.filter((q) => q.data?.met).length;
  const accepted = uptakes.reduce((n, u) => n + (u?.ACCEPTED ?? 0), 0);
  const decided = uptakes.reduce((n, u) => n + (u ? u.ACCEPTED + u.DECLINED : 0), 0);
  const error = [...jp, ...sets].find((q) => q.error)?.error;
  return (
    <section aria-labelledby="progress-h">
      <h2 id="progress-h">{t('team.progress', { year })}</h2>
      <p>{t('team.summary', { met, total: employeeIds.length, accepted, decided })}</p>
      <ErrorText error={error} />
      <div className="scroll" tabIndex={0} role="region" aria-label={t('team.table')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('penilai.employee')}</th>
              <th scope="col">{t('team.jp')}</th>
              <th scope="col">{t('team.uptake')}</th>
            </tr>
          </thead>
          <tbody>
            {employeeIds.map((id, i) => {
              const j = jp[i].data;
              const u = uptakes[i];
              return (
                <tr key={id}>
                  <th scope="row">{id}</th>
                  <td>
                    {j ? (
                      <>
                        <progress
                          max={j.jpRequired}
                          value={Math.min(j.jpEarned, j.jpRequired)}
                          aria-label={t('jp.progress', {
                            earned: j.jpEarned,
                            required: j.jpRequired,
                          })}
                        />{' '}
                        {j.jpEarned}/{j.jpRequired} ·{' '}
                        {j.met ? t('team.met') : t('team.behind', { missing: j.jpMissing })}
                      </>
                    ) : (
                      t(jp[i].isLoading ? 'app.loading' : 'team.unknown')
                    )}
                  </td>
                  <td>
                    {u
                      ? `${u.ACCEPTED}/${u.DECLINED}/${u.OPEN}`
                      : t(sets[i].isLoading ? 'app.loading' : 'team.unknown')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
