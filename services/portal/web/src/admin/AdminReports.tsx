import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type SessionUser } from '../api';
import { ErrorText } from '../components/ErrorText';
import type { DistributionReport } from '../types';
import {
  deliveryTable,
  effectivenessTable,
  jpTable,
  nineBoxTable,
  predikatTable,
  REPORT_KINDS,
  tableCsv,
  tableSheet,
  type DeliveryReport,
  type NineBoxUnit,
  type ProgramEffectiveness,
  type ReportKind,
  type ReportTable,
  type UnitFulfilment,
} from './reports';

// chart.js loads only when a report is shown, outside the initial JavaScript.
const ReportChart = lazy(() => import('./ReportChart'));

const enc = encodeURIComponent;
const YEARLY: readonly ReportKind[] = ['predikat', 'jp'];

// Each report: where it comes from and how it becomes a table.
async function load(kind: ReportKind, agencyId: string, year: number, t: TFunction) {
  switch (kind) {
    case 'predikat':
      return predikatTable(
        await api<DistributionReport>(
          'evaluation',
          `agencies/${enc(agencyId)}/reports/predikat-distribution`,
          { query: { year } },
        ),
        t,
      );
    case 'jp':
      return jpTable(
        await api<UnitFulfilment[]>('training', `agencies/${enc(agencyId)}/reports/jp-fulfilment`, {
          query: { year },
        }),
        t,
      );
    case 'nineBox':
      return nineBoxTable(
        await api<NineBoxUnit[]>('career-planning', `agencies/${enc(agencyId)}/reports/nine-box`),
        t,
      );
    case 'effectiveness':
      return effectivenessTable(
        await api<ProgramEffectiveness[]>(
          'training',
          `agencies/${enc(agencyId)}/reports/program-effectiveness`,
        ),
        t,
      );
    case 'delivery':
      return deliveryTable(
        await api<DeliveryReport>('notification', `agencies/${enc(agencyId)}/notification-report`),
        t,
      );
  }
}

function download(name: string, content: Blob) {
  const url = URL.createObjectURL(content);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const FILE: Record<ReportKind, string> = {
  predikat: 'predikat-distribution',
  jp: 'jp-fulfilment',
  nineBox: 'nine-box',
  effectiveness: 'training-effectiveness',
  delivery: 'notification-delivery',
};

/** The agency's reports: one at a time, as a chart and a table, downloadable as CSV. */
export function AdminReports({ user }: { user: SessionUser }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const thisYear = new Date().getFullYear();
  const [kind, setKind] = useState<ReportKind>('predikat');
  const [year, setYear] = useState(thisYear - 1);
  const query = useQuery({
    queryKey: ['report', kind, user.agencyId, YEARLY.includes(kind) ? year : null, i18n.language],
    queryFn: () => load(kind, user.agencyId, year, t),
  });
  const table = query.data;
  const title = t(`reports.${kind}`);
  const fileName = `${FILE[kind]}${YEARLY.includes(kind) ? `-${year}` : ''}`;
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{title}</h2>
      <label htmlFor={`${id}-kind`}>{t('reports.choose')}</label>
      <select
        id={`${id}-kind`}
        value={kind}
        onChange={(e) => setKind(e.target.value as ReportKind)}
      >
        {REPORT_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`reports.${k}`)}
          </option>
        ))}
      </select>
      {YEARLY.includes(kind) && (
        <>
          <label htmlFor={`${id}-year`}>{t('reports.year')}</label>
          <select id={`${id}-year`} value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {[thisYear, thisYear - 1, thisYear - 2].map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </>
      )}
      <ErrorText error={query.error} />
      {query.isLoading && <p>{t('app.loading')}</p>}
      {table && table.rows.length === 0 && <p>{t('reports.noData')}</p>}
      {table && table.rows.length > 0 && (
        <ReportView table={table} title={title} fileName={fileName} />
      )}
    </section>
  );
}

function ReportView({
  table,
  title,
  fileName,
}: {
  table: ReportTable;
  title: string;
  fileName: string;
}) {
  const { t } = useTranslation();
  const csv = useMemo(() => tableCsv(table), [table]);
  const [error, setError] = useState<unknown>();
  // The spreadsheet writer loads only when asked for, outside the initial JavaScript.
  const xlsx = async () => {
    setError(undefined);
    try {
      const { default: writeXlsxFile } = await import('write-excel-file/browser');
      const blob = await writeXlsxFile(tableSheet(table), {
        sheet: fileName.slice(0, 31),
        stickyRowsCount: 1,
      }).toBlob();
      download(`${fileName}.xlsx`, blob);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <>
      <div className="actions">
        <button
          type="button"
          onClick={() =>
            download(`${fileName}.csv`, new Blob([csv], { type: 'text/csv;charset=utf-8' }))
          }
        >
          {t('reports.csv')}
        </button>
        <button type="button" className="secondary" onClick={() => void xlsx()}>
          {t('reports.xlsx')}
        </button>
      </div>
      <ErrorText error={error} />
      <Suspense fallback={<p>{t('app.loading')}</p>}>
        <ReportChart chart={table.chart} label={t('reports.chart', { report: title })} />
      </Suspense>
      <div className="scroll" tabIndex={0} role="region" aria-label={title}>
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              {table.titles.map((c, i) => (
                <th key={table.keys[i]} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, i) =>
                  i === 0 ? (
                    <th key={table.keys[i]} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={table.keys[i]}>
                      {cell === null ? '–' : (table.display?.[table.keys[i]]?.(cell) ?? cell)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
