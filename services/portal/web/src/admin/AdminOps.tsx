import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';
import { ErrorText } from '../components/ErrorText';

export interface ServiceStatus {
  service: string;
  live: boolean | null;
  ready: boolean | null;
  deadLettered: number | null;
}
export interface OpsOverview {
  checkedAt: string;
  services: ServiceStatus[];
}

/** The portal's server-side overview (GET /bff/ops): health and dead-letter counts. */
export async function loadOps(): Promise<OpsOverview> {
  const res = await fetch('/bff/ops', {
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  });
  const body = (await res.json()) as OpsOverview & { detail?: string; detail_id?: string };
  if (!res.ok) {
    const en = body.detail ?? `HTTP ${res.status}`;
    throw new ApiError(res.status, { en, id: body.detail_id ?? en });
  }
  return body;
}

/** Service health and DLQ counts at a glance, for the province admin; refreshed every 30 s. */
export function AdminOps({ load = loadOps }: { load?: () => Promise<OpsOverview> }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const query = useQuery({ queryKey: ['ops'], queryFn: load, refetchInterval: 30_000 });
  const yesNo = (v: boolean | null) =>
    v === null ? t('ops.unknown') : v ? t('ops.up') : t('ops.down');
  const data = query.data;
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('ops.title')}</h2>
      <button type="button" className="secondary" onClick={() => void query.refetch()}>
        {t('ops.refresh')}
      </button>
      <ErrorText error={query.error} />
      {data && (
        <>
          <p className="hint">
            {t('ops.checkedAt', {
              at: new Date(data.checkedAt).toLocaleTimeString(
                i18n.language === 'id' ? 'id-ID' : 'en-GB',
              ),
            })}
          </p>
          <div className="scroll" tabIndex={0} role="region" aria-label={t('ops.title')}>
            <table>
              <caption>{t('ops.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ops.service')}</th>
                  <th scope="col">{t('ops.live')}</th>
                  <th scope="col">{t('ops.ready')}</th>
                  <th scope="col">{t('ops.dlq')}</th>
                </tr>
              </thead>
              <tbody>
                {data.services.map((s) => {
                  const bad = s.live === false || s.ready === false || (s.deadLettered ?? 0) > 0;
                  return (
                    <tr key={s.service} className={bad ? 'bad' : undefined}>
                      <th scope="row">
                        {s.service}
                        {bad && <span className="badge">{t('ops.problems')}</span>}
                      </th>
                      <td>{yesNo(s.live)}</td>
                      <td>{yesNo(s.ready)}</td>
                      <td>{s.deadLettered ?? t('ops.unknown')}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
