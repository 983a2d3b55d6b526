import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ServiceKey, type SessionUser } from '../api';
import { AdminOps } from '../admin/AdminOps';
import { AdminReports } from '../admin/AdminReports';
import { AdminSettings } from '../admin/AdminSettings';
import { ImportForm, type ImportKind, type ImportResult } from '../components/ImportForm';
import '../admin/admin.css';

export function runImport(kind: ImportKind, csv: string, dryRun: boolean): Promise<ImportResult> {
  const [service, ...rest] = kind.split('/');
  return api<ImportResult>(service as ServiceKey, rest.join('/'), {
    csv,
    query: { dryRun: dryRun || undefined },
  });
}

type Tab = 'import' | 'settings' | 'reports' | 'ops';

// The section in the address (?tab=…), so that a reload or a shared link opens the same one.
function useTab(tabs: Tab[]): [Tab, (tab: Tab) => void] {
  const asked = new URLSearchParams(window.location.search).get('tab') as Tab | null;
  const [tab, setTab] = useState<Tab>(asked && tabs.includes(asked) ? asked : tabs[0]);
  return [
    tab,
    (next) => {
      const url = new URL(window.location.href);
      url.searchParams.set('tab', next);
      window.history.replaceState(null, '', url);
      setTab(next);
    },
  ];
}

export function AdminPage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const tabs: Tab[] = ['import', 'settings', 'reports'];
  if (user.roles.includes('ADMIN_PROVINSI')) tabs.push('ops');
  const [tab, setTab] = useTab(tabs);
  return (
    <div className="admin">
      <h1>{t('admin.title')}</h1>
      <nav aria-label={t('adminTabs.label')} className="admin-tabs">
        <ul>
          {tabs.map((x) => (
            <li key={x}>
              <button
                type="button"
                className="link"
                aria-current={tab === x ? 'page' : undefined}
                onClick={() => setTab(x)}
              >
                {t(`adminTabs.${x}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {tab === 'import' && (
        <section aria-labelledby="imp-h">
          <h2 id="imp-h">{t('admin.import')}</h2>
          <ImportForm onSubmit={runImport} />
        </section>
      )}
      {tab === 'settings' && (
        <section aria-labelledby="set-h">
          <h2 id="set-h">{t('adminTabs.settings')}</h2>
          <AdminSettings user={user} />
        </section>
      )}
      {tab === 'reports' && <AdminReports user={user} />}
      {tab === 'ops' && <AdminOps />}
      <p className="hint">{user.agencyId}</p>
    </div>
  );
}
