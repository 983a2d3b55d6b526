import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { loadSession, signOut, type SessionUser } from './api';
import { AdminPage } from './pages/AdminPage';
import { InboxPage, useUnread } from './pages/InboxPage';
import { PegawaiPage } from './pages/PegawaiPage';
import { PenilaiPage } from './pages/PenilaiPage';

type Route = '/pegawai' | '/inbox' | '/penilai' | '/admin';

function routesFor(user: SessionUser): Route[] {
  const r = user.roles;
  const routes: Route[] = [];
  if (user.employeeId) routes.push('/pegawai', '/inbox');
  if (r.includes('PENILAI') || r.includes('ATASAN_PENILAI')) routes.push('/penilai');
  if (r.includes('ADMIN_INSTANSI') || r.includes('ADMIN_PROVINSI')) routes.push('/admin');
  return routes;
}

// A small router on the History API: the pages are few and flat.
function usePath(): [string, (to: string) => void] {
  const [path, setPath] = useState(window.location.pathname);
  useEffect(() => {
    const onPop = () => setPath(window.location.pathname);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  return [
    path,
    (to) => {
      window.history.pushState(null, '', to);
      setPath(to);
      document.getElementById('main')?.focus();
    },
  ];
}

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const next = i18n.language === 'id' ? 'en' : 'id';
  return (
    <button
      type="button"
      className="link"
      lang={next}
      aria-label={t('app.languageLabel')}
      onClick={() => void i18n.changeLanguage(next)}
    >
      {t('app.language')}
    </button>
  );
}

function Header({
  user,
  routes,
  path,
  go,
}: {
  user: SessionUser;
  routes: Route[];
  path: string;
  go: (to: string) => void;
}) {
  const { t } = useTranslation();
  const unread = useUnread(Boolean(user.employeeId));
  const count = user.employeeId ? (unread.data?.unread ?? 0) : 0;
  const label: Record<Route, string> = {
    '/pegawai': t('nav.pegawai'),
    '/inbox': t('nav.inbox'),
    '/penilai': t('nav.penilai'),
    '/admin': t('nav.admin'),
  };
  const click = (to: string) => (e: MouseEvent) => {
    e.preventDefault();
    go(to);
  };
  return (
    <header>
      <div className="bar">
        <span className="brand">{t('app.name')}</span>
        <span className="who">{user.name}</span>
        <LanguageSwitch />
        <button type="button" className="link" onClick={() => void signOut()}>
          {t('app.signOut')}
        </button>
      </div>
      <nav aria-label={t('app.menu')}>
        <ul>
          {routes.map((r) => (
            <li key={r}>
              <a href={r} aria-current={path === r ? 'page' : undefined} onClick={click(r)}>
                {label[r]}
                {r === '/inbox' && count > 0 && (
                  <span className="count" aria-label={t('nav.unread', { count })}>
                    {count}
                  </span>
                )}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

function Welcome() {
  const { t } = useTranslation();
  const failed = new URLSearchParams(window.location.search).has('signin');
  return (
    <main id="main" tabIndex={-1} className="welcome">
      <div className="bar">
        <span className="brand">{t('app.name')}</span>
        <LanguageSwitch />
      </div>
      <h1>{t('app.welcome')}</h1>
      <p>{t('app.intro')}</p>
      {failed && (
        <p role="alert" className="error">
          {t('app.signInFailed')}
        </p>
      )}
      <a
        className="button"
        href={`/auth/login?returnTo=${encodeURIComponent(window.location.pathname)}`}
      >
        {t('app.signIn')}
      </a>
    </main>
  );
}

export function App() {
  const { t, i18n } = useTranslation();
  const session = useQuery({ queryKey: ['session'], queryFn: loadSession, staleTime: Infinity });
  const [path, go] = usePath();
  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n.language]);
  if (session.isLoading) return <p>{t('app.loading')}</p>;
  const user = session.data;
  if (!user) return <Welcome />;
  const routes = routesFor(user);
  const route = (routes as string[]).includes(path) ? (path as Route) : routes[0];
  setTitle(route ? t(`nav.${route.slice(1)}`) : t('app.name'));
  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <Header user={user} routes={routes} path={route ?? path} go={go} />
      <main id="main" tabIndex={-1}>
        {route === '/pegawai' && <PegawaiPage user={user} />}
        {route === '/inbox' && <InboxPage />}
        {route === '/penilai' && <PenilaiPage user={user} />}
        {route === '/admin' && <AdminPage user={user} />}
      </main>
    </>
  );
}

function setTitle(title: string) {
  document.title = `${title} · Jenjang`;
}
