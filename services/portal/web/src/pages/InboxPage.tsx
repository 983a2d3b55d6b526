import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api';
import { ErrorText } from '../components/ErrorText';
import { PreferencesForm, type Preferences } from '../components/PreferencesForm';
import type { InboxItem } from '../types';

/** The badge's count; only people with an employee id have an inbox. */
export function useUnread(enabled: boolean) {
  return useQuery({
    queryKey: ['inbox', 'unread'],
    queryFn: () => api<{ unread: number }>('notification', 'me/inbox/unread-count'),
    refetchInterval: 30_000,
    enabled,
  });
}

export function InboxPage() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const inbox = useQuery({
    queryKey: ['inbox', 'list'],
    queryFn: () => api<{ items: InboxItem[]; unread: number }>('notification', 'me/inbox'),
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['inbox'] });
  const read = useMutation({
    mutationFn: (id: string) => api('notification', `me/inbox/${id}/read`, { method: 'POST' }),
    onSuccess: refresh,
  });
  const readAll = useMutation({
    mutationFn: () => api('notification', 'me/inbox/read-all', { method: 'POST' }),
    onSuccess: refresh,
  });
  const prefs = useQuery({
    queryKey: ['preferences'],
    // Someone not yet in the agency's directory has no preferences: the defaults apply.
    queryFn: () =>
      api<Partial<Preferences>>('notification', 'me/notification-preferences').catch(
        (error: unknown) => {
          if (error instanceof ApiError && error.status === 404) return {};
          throw error;
        },
      ),
  });
  const items = inbox.data?.items ?? [];
  return (
    <>
      <h1>{t('inbox.title')}</h1>
      {inbox.isLoading && <p>{t('app.loading')}</p>}
      <ErrorText error={inbox.error ?? read.error ?? readAll.error} />
      {inbox.isSuccess && items.length === 0 && <p>{t('inbox.none')}</p>}
      {(inbox.data?.unread ?? 0) > 0 && (
        <button type="button" className="secondary" onClick={() => readAll.mutate()}>
          {t('inbox.markAll')}
        </button>
      )}
      <ul className="plain">
        {items.map((item) => (
          <li key={item.id} className={`card${item.readAt ? '' : ' unread'}`}>
            <h2 className="h3">
              {!item.readAt && <span className="badge">{t('inbox.unread')}</span>} {item.subject}
            </h2>
            <p className="meta">
              <time dateTime={item.createdAt}>
                {new Date(item.createdAt).toLocaleString(i18n.language)}
              </time>
            </p>
            <p className="body">{item.body}</p>
            {!item.readAt && (
              <button type="button" className="secondary" onClick={() => read.mutate(item.id)}>
                {t('inbox.markRead')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <section aria-labelledby="prefs-h">
        <h2 id="prefs-h">{t('prefs.title')}</h2>
        <ErrorText error={prefs.error} />
        {prefs.isSuccess && (
          <PreferencesForm
            initial={prefs.data}
            onSubmit={(p) =>
              api('notification', 'me/notification-preferences', { method: 'PUT', json: p })
            }
          />
        )}
      </section>
    </>
  );
}
