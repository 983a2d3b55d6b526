import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type SessionUser } from '../api';
import { DecisionForm } from '../components/DecisionForm';
import { ErrorText } from '../components/ErrorText';
import { RatingForm } from '../components/RatingForm';
import type { Appraisal, Placement } from '../types';
import type { CurveOutlook } from '../types-pegawai-penilai';
import { periodLabel } from './PegawaiPage';
import { FeedbackBlock, FeedbackSection } from './penilai/FeedbackSection';
import { SkpReviewSection } from './penilai/SkpReviewSection';
import { TeamProgress } from './penilai/TeamProgress';

const TO_RATE = ['UMPAN_BALIK', 'DINILAI'];

function ToRate({ a }: { a: Appraisal }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<Appraisal>();
  const setPredikat = useMutation({
    mutationFn: (revision: number) =>
      api<Appraisal>('evaluation', `appraisals/${a.id}/predikat`, { json: { revision } }),
  });
  // The unit's curve, shown live with the predikat the chosen ratings give.
  const curve = useQuery({
    queryKey: ['curve', a.id],
    queryFn: () => api<CurveOutlook>('evaluation', `appraisals/${a.id}/curve`),
  });
  // The card stays until the page is visited again, with the predikat it set.
  // Feedback given on the same card after rating moves the list's copy ahead of the saved one.
  const latest = saved && saved.revision >= a.revision ? saved : a;
  const current: Appraisal = setPredikat.data ?? latest;
  return (
    <article className="card" aria-labelledby={`rate-${a.id}`}>
      <h3 id={`rate-${a.id}`}>
        {a.employeeId} · {a.position.name} · {periodLabel(t, a)}
      </h3>
      <p>
        <span className={`badge s-${current.status}`}>{t(`status.${current.status}`)}</span>
      </p>
      {!setPredikat.isSuccess && (
        <RatingForm
          curve={curve.data}
          onSubmit={async (input) => {
            setSaved(
              await api<Appraisal>('evaluation', `appraisals/${a.id}/rating`, {
                json: { revision: current.revision, ...input },
              }),
            );
          }}
        />
      )}
      {saved && !setPredikat.isSuccess && <p role="status">{t('penilai.saved')}</p>}
      {current.status === 'DINILAI' && !setPredikat.isSuccess && (
        <button
          type="button"
          onClick={() => setPredikat.mutate(current.revision)}
          disabled={setPredikat.isPending}
        >
          {t('penilai.setPredikat')}
        </button>
      )}
      {setPredikat.data?.predikat && (
        <p role="status">
          {t('penilai.predikatSet', { predikat: t(`predikat.${setPredikat.data.predikat}`) })}
        </p>
      )}
      <ErrorText error={setPredikat.error} />
      {!setPredikat.isSuccess && <FeedbackBlock a={current} />}
    </article>
  );
}

function ToDecide({ a }: { a: Appraisal }) {
  const { t } = useTranslation();
  return (
    <article className="card" aria-labelledby={`obj-${a.id}`}>
      <h3 id={`obj-${a.id}`}>
        {a.employeeId} · {a.position.name} · {periodLabel(t, a)}
      </h3>
      {a.predikat && <p>{t(`predikat.${a.predikat}`)}</p>}
      {a.keberatan && <p>{t('penilai.objectionOf', { reason: a.keberatan.reason })}</p>}
      <DecisionForm
        onSubmit={(input) =>
          api('evaluation', `appraisals/${a.id}/objection/decision`, {
            json: { revision: a.revision, ...input },
          })
        }
      />
    </article>
  );
}

export function PenilaiPage({ user }: { user: SessionUser }) {
  const { t, i18n } = useTranslation();
  // Today's direct reports, from career planning's org chart.
  const team = useQuery({
    queryKey: ['placements', 'team'],
    queryFn: () =>
      api<Placement[]>('career-planning', 'placements', {
        query: { superiorEmployeeId: user.employeeId },
      }),
    enabled: Boolean(user.employeeId),
  });
  const appraisals = useQuery({
    queryKey: ['appraisals'],
    queryFn: () => api<Appraisal[]>('evaluation', 'appraisals'),
  });
  const toDecide = (appraisals.data ?? []).filter(
    (a) => a.atasanPenilaiId === user.employeeId && a.status === 'KEBERATAN',
  );
  const today = new Date().toISOString().slice(0, 10);
  const members = (team.data ?? []).filter(
    (p) => p.superiorEmployeeId === user.employeeId && (!p.validTo || p.validTo >= today),
  );
  const toRate = (appraisals.data ?? []).filter(
    (a) => a.penilaiId === user.employeeId && TO_RATE.includes(a.status),
  );
  return (
    <>
      <h1>{t('penilai.title')}</h1>
      <SkpReviewSection user={user} />
      <section aria-labelledby="rate-h">
        <h2 id="rate-h">{t('penilai.toRate')}</h2>
        <ErrorText error={appraisals.error} />
        {appraisals.isSuccess && toRate.length === 0 && <p>{t('penilai.noneToRate')}</p>}
        {toRate.map((a) => (
          <ToRate key={a.id} a={a} />
        ))}
      </section>
      {appraisals.isSuccess && <FeedbackSection user={user} appraisals={appraisals.data} />}
      {user.roles.includes('ATASAN_PENILAI') && (
        <section aria-labelledby="obj-h">
          <h2 id="obj-h">{t('penilai.objections')}</h2>
          {appraisals.isSuccess && toDecide.length === 0 && <p>{t('penilai.noObjections')}</p>}
          {toDecide.map((a) => (
            <ToDecide key={a.id} a={a} />
          ))}
        </section>
      )}
      <section aria-labelledby="team-h">
        <h2 id="team-h">{t('penilai.team')}</h2>
        <ErrorText error={team.error} />
        {team.isSuccess && members.length === 0 && <p>{t('penilai.noTeam')}</p>}
        {members.length > 0 && (
          <div className="scroll" tabIndex={0} role="region" aria-label={t('penilai.teamTable')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('penilai.employee')}</th>
                  <th scope="col">{t('penilai.position')}</th>
                  <th scope="col">{t('penilai.since')}</th>
                </tr>
              </thead>
              <tbody>
                {members.map((p) => (
                  <tr key={p.id}>
                    <td>{p.employeeId}</td>
                    <td>{p.position.name}</td>
                    <td>{new Date(p.validFrom).toLocaleDateString(i18n.language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <TeamProgress employeeIds={members.map((p) => p.employeeId)} />
    </>
  );
}
