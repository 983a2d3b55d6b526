import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ServiceKey, type SessionUser } from '../api';
import { ErrorText } from '../components/ErrorText';
import { ImportForm, type ImportKind, type ImportResult } from '../components/ImportForm';
import { PREDIKATS } from '../domain/predikat';
import type { DistributionReport } from '../types';

// chart.js loads only when a report is shown, outside the initial JavaScript.
const DistributionChart = lazy(() => import('../components/DistributionChart'));

export function runImport(kind: ImportKind, csv: string, dryRun: boolean): Promise<ImportResult> {
  const [service, ...rest] = kind.split('/');
  return api<ImportResult>(service as ServiceKey, rest.join('/'), {
    csv,
    query: { dryRun: dryRun || undefined },
  });
}

/** The report as CSV, one line per unit and predikat. */
export function reportCsv(report: DistributionReport): string {
  const lines = ['unit_id,unit_size,with_predikat,curve_status,predikat,count,share'];
  for (const u of report.units) {
    for (const p of PREDIKATS) {
      const d = u.distribution.find((x) => x.predikat === p);
      lines.push(
        [
          u.unitId,
          u.unitSize,
          u.withPredikat,
          u.curveStatus,
          p,
          d?.count ?? 0,
          (d?.share ?? 0).toFixed(4),
        ].join(','),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function AdminPage({ user }: { user: SessionUser }) {
  const { t, i18n } = useTranslation();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear - 1);
  const report = useQuery({
    queryKey: ['report', 'predikat', year],
    queryFn: () =>
      api<DistributionReport>(
        'evaluation',
        `agencies/${encodeURIComponent(user.agencyId)}/reports/predikat-distribution`,
        { query: { year } },
      ),
  });
  const units = report.data?.units ?? [];
  return (
    <>
      <h1>{t('admin.title')}</h1>
      <section aria-labelledby="imp-h">
        <h2 id="imp-h">{t('admin.import')}</h2>
        <ImportForm onSubmit={runImport} />
      </section>
      <section aria-labelledby="rep-h">
        <h2 id="rep-h">{t('admin.report')}</h2>
        <label htmlFor="rep-year">{t('admin.year')}</label>
        <select id="rep-year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {[thisYear, thisYear - 1, thisYear - 2].map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <ErrorText error={report.error} />
        {report.isSuccess && units.length === 0 && <p>{t('admin.noData')}</p>}
        {units.length > 0 && (
          <>
            <button
              type="button"
              onClick={() => download(`predikat-distribution-${year}.csv`, reportCsv(report.data!))}
            >
              {t('admin.download')}
            </button>
            <Suspense fallback={<p>{t('app.loading')}</p>}>
              <DistributionChart units={units} label={t('admin.chart')} />
            </Suspense>
            <div
              className="scroll"
              tabIndex={0}
              role="region"
              aria-label={`${t('admin.report')} ${year}`}
            >
              <table>
                <caption>
                  {t('admin.report')} {year}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('admin.unit')}</th>
                    <th scope="col">{t('admin.staff')}</th>
                    {PREDIKATS.map((p) => (
                      <th key={p} scope="col">
                        {t(`predikat.${p}`)}
                      </th>
                    ))}
                    <th scope="col">{t('admin.curve')}</th>
                  </tr>
                </thead>
                <tbody>
                  {units.map((u) => (
                    <tr key={u.unitId}>
                      <th scope="row">{u.unitId}</th>
                      <td>{u.unitSize}</td>
                      {PREDIKATS.map((p) => (
                        <td key={p}>{u.distribution.find((d) => d.predikat === p)?.count ?? 0}</td>
                      ))}
                      <td>{t(`admin.curveStatus.${u.curveStatus}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
      <p className="hint" lang={i18n.language}>
        {user.agencyId}
      </p>
    </>
  );
}
