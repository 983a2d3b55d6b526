import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { api, type SessionUser } from '../api';
import { DeclineForm } from '../components/DeclineForm';
import { ErrorText } from '../components/ErrorText';
import { FeedbackList } from '../components/FeedbackList';
import { ObjectionForm } from '../components/ObjectionForm';
import { pick } from '../i18n';
import type {
  Appraisal,
  Enrollment,
  JpSummary,
  RecommendationItem,
  RecommendationSet,
} from '../types';
import type { Skp } from '../types-pegawai-penilai';
import { CareerSection } from './pegawai/CareerSection';
import { SkpSection } from './pegawai/SkpSection';

export function periodLabel(t: TFunction, a: Appraisal): string {
  return t(`period.${a.period.kind}`, { year: a.period.year, index: a.period.index ?? '' });
}

function AppraisalCard({ a }: { a: Appraisal }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['appraisals'] });
  const accept = useMutation({
    mutationFn: () =>
      api('evaluation', `appraisals/${a.id}/accept`, { json: { revision: a.revision } }),
    onSuccess: refresh,
  });
  // The SKP names the work results the feedback is about.
  const skp = useQuery({
    queryKey: ['skp', a.skpId],
    queryFn: () => api<Skp>('evaluation', `skp/${a.skpId}`),
    enabled: Boolean(a.skpId) && a.feedback.length > 0,
    staleTime: 60_000,
  });
  const open =
    a.status === 'PREDIKAT_DITETAPKAN' &&
    a.objectionDeadline !== null &&
    new Date(a.objectionDeadline) > new Date();
  const date = (s: string) => new Date(s).toLocaleDateString(i18n.language, { dateStyle: 'long' });
  return (
    <article className="card" aria-labelledby={`ap-${a.id}`}>
      <h3 id={`ap-${a.id}`}>
        {periodLabel(t, a)} · {a.position.name}
      </h3>
      <dl>
        <dt>{t('pegawai.state')}</dt>
        <dd>
          <span className={`badge s-${a.status}`}>{t(`status.${a.status}`)}</span>
        </dd>
        {a.ratingHasilKerja && (
          <>
            <dt>{t('pegawai.hasilKerja')}</dt>
            <dd>{t(`rating.${a.ratingHasilKerja}`)}</dd>
          </>
        )}
        {a.ratingPerilakuKerja && (
          <>
            <dt>{t('pegawai.perilakuKerja')}</dt>
            <dd>{t(`rating.${a.ratingPerilakuKerja}`)}</dd>
          </>
        )}
        {a.predikat && (
          <>
            <dt>{t('pegawai.predikat')}</dt>
            <dd>
              <strong>{t(`predikat.${a.predikat}`)}</strong>
            </dd>
          </>
        )}
        {a.objectionDeadline && a.status === 'PREDIKAT_DITETAPKAN' && (
          <>
            <dt>{t('pegawai.deadline')}</dt>
            <dd>
              <time dateTime={a.objectionDeadline}>{date(a.objectionDeadline)}</time>
            </dd>
          </>
        )}
      </dl>
      <h4>{t('pegawai.feedback')}</h4>
      <FeedbackList feedback={a.feedback} skp={skp.data} />
      {a.keberatan && <p>{t('pegawai.keberatan', { reason: a.keberatan.reason })}</p>}
      {open && (
        <>
          <button type="button" onClick={() => accept.mutate()} disabled={accept.isPending}>
            {t('pegawai.accept')}
          </button>
          <ErrorText error={accept.error} />
          <details>
            <summary>{t('pegawai.objection')}</summary>
            <ObjectionForm
              onSubmit={async (reason) => {
                await api('evaluation', `appraisals/${a.id}/objection`, {
                  json: { revision: a.revision, reason },
                });
                await refresh();
              }}
            />
          </details>
        </>
      )}
      {accept.isSuccess && <p role="status">{t('pegawai.accepted')}</p>}
    </article>
  );
}

function Recommendation({
  item,
  enrollment,
}: {
  item: RecommendationItem;
  enrollment?: Enrollment;
}) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [declining, setDeclining] = useState(false);
  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['recommendations'] }),
      client.invalidateQueries({ queryKey: ['enrollments'] }),
    ]);
  const accept = useMutation({
    mutationFn: () =>
      api('training', `recommendations/${item.recommendationId}/accept`, { method: 'POST' }),
    onSuccess: refresh,
  });
  const enroll = useMutation({
    mutationFn: () =>
      api('training', 'enrollments', {
        json: { sessionId: item.nextSession!.sessionId, recommendationId: item.recommendationId },
      }),
    onSuccess: refresh,
  });
  return (
    <li className="card">
      <h3>
        {item.rank}. {item.programTitle}
      </h3>
      <p>
        {t('reco.jp', { jp: item.jp })} ·{' '}
        <span className={`badge r-${item.status}`}>{t(`reco.status.${item.status}`)}</span>
      </p>
      <h4>{t('reco.reasons')}</h4>
      <ul>
        {item.reasons.map((r, i) => (
          <li key={i}>{pick(r, i18n.language)}</li>
        ))}
      </ul>
      <p>
        {item.nextSession
          ? t('reco.session', {
              start: new Date(item.nextSession.startsAt).toLocaleDateString(i18n.language, {
                dateStyle: 'long',
              }),
            })
          : t('reco.noSession')}
      </p>
      {item.status === 'OPEN' && !declining && (
        <div className="actions">
          <button type="button" onClick={() => accept.mutate()} disabled={accept.isPending}>
            {t('reco.accept')}
          </button>
          <button type="button" className="secondary" onClick={() => setDeclining(true)}>
            {t('reco.decline')}
          </button>
        </div>
      )}
      {item.status === 'OPEN' && declining && (
        <DeclineForm
          onCancel={() => setDeclining(false)}
          onSubmit={async (reason) => {
            await api('training', `recommendations/${item.recommendationId}/decline`, {
              json: reason ? { reason } : {},
            });
            await refresh();
          }}
        />
      )}
      {item.status === 'ACCEPTED' && item.nextSession && !enrollment && (
        <button type="button" onClick={() => enroll.mutate()} disabled={enroll.isPending}>
          {t('reco.enroll')}
        </button>
      )}
      {enrollment && <p role="status">{t('reco.enrolled', { status: enrollment.status })}</p>}
      <ErrorText error={accept.error ?? enroll.error} />
    </li>
  );
}

export function PegawaiPage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const year = new Date().getFullYear();
  const appraisals = useQuery({
    queryKey: ['appraisals'],
    queryFn: () => api<Appraisal[]>('evaluation', 'appraisals'),
  });
  const sets = useQuery({
    queryKey: ['recommendations'],
    queryFn: () => api<RecommendationSet[]>('training', 'recommendation-sets'),
  });
  const enrollments = useQuery({
    queryKey: ['enrollments'],
    queryFn: () => api<Enrollment[]>('training', 'enrollments'),
  });
  const jp = useQuery({
    queryKey: ['jp', year],
    queryFn: () =>
      api<JpSummary>(
        'training',
        `employees/${encodeURIComponent(user.employeeId ?? '')}/jp/${year}`,
      ),
    enabled: Boolean(user.employeeId),
  });
  const mine = (appraisals.data ?? []).filter((a) => a.employeeId === user.employeeId);
  const items = (sets.data ?? []).flatMap((s) => s.items);
  const enrolledFor = (item: RecommendationItem) =>
    (enrollments.data ?? []).find(
      (e) =>
        e.recommendationId === item.recommendationId ||
        (item.nextSession && e.sessionId === item.nextSession.sessionId),
    );
  return (
    <>
      <h1>{t('pegawai.title')}</h1>
      <SkpSection user={user} />
      <section aria-labelledby="jp-h">
        <h2 id="jp-h">{t('jp.title', { year })}</h2>
        {jp.data && (
          <>
            <label htmlFor="jp-progress">
              {t('jp.progress', { earned: jp.data.jpEarned, required: jp.data.jpRequired })}
            </label>
            <progress
              id="jp-progress"
              max={jp.data.jpRequired}
              value={Math.min(jp.data.jpEarned, jp.data.jpRequired)}
            />
            <p>{jp.data.met ? t('jp.met') : t('jp.missing', { missing: jp.data.jpMissing })}</p>
          </>
        )}
        <ErrorText error={jp.error} />
      </section>
      <section aria-labelledby="ap-h">
        <h2 id="ap-h">{t('pegawai.appraisals')}</h2>
        {appraisals.isLoading && <p>{t('app.loading')}</p>}
        <ErrorText error={appraisals.error} />
        {appraisals.isSuccess && mine.length === 0 && <p>{t('pegawai.none')}</p>}
        {mine.map((a) => (
          <AppraisalCard key={a.id} a={a} />
        ))}
      </section>
      <section aria-labelledby="reco-h">
        <h2 id="reco-h">{t('reco.title')}</h2>
        <ErrorText error={sets.error} />
        {sets.isSuccess && items.length === 0 && <p>{t('reco.none')}</p>}
        <ul className="plain">
          {items.map((item) => (
            <Recommendation
              key={item.recommendationId}
              item={item}
              enrollment={enrolledFor(item)}
            />
          ))}
        </ul>
      </section>
      <CareerSection user={user} />
    </>
  );
}
