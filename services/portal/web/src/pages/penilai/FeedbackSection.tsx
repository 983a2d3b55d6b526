import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type SessionUser } from '../../api';
import { FeedbackForm } from '../../components/FeedbackForm';
import { FeedbackList } from '../../components/FeedbackList';
import type { Appraisal } from '../../types';
import type { Skp } from '../../types-pegawai-penilai';
import { periodLabel } from '../PegawaiPage';

/** The feedback given on an appraisal, and the form to give more (per result or value). */
export function FeedbackBlock({ a }: { a: Appraisal }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const skp = useQuery({
    queryKey: ['skp', a.skpId],
    queryFn: () => api<Skp>('evaluation', `skp/${a.skpId}`),
    staleTime: 60_000,
  });
  return (
    <>
      <h4>{t('feedback.title')}</h4>
      <FeedbackList feedback={a.feedback} skp={skp.data} />
      <details>
        <summary>{t('feedback.give')}</summary>
        <FeedbackForm
          results={skp.data?.hasilKerja ?? []}
          onSubmit={async (input) => {
            // The newest revision: the rating card of the same appraisal may have changed it.
            const now = await api<Appraisal>('evaluation', `appraisals/${a.id}`);
            await api('evaluation', `appraisals/${a.id}/feedback`, {
              json: { revision: now.revision, ...input },
            });
            await client.invalidateQueries({ queryKey: ['appraisals'] });
          }}
        />
      </details>
    </>
  );
}

/**
 * Appraisals whose realisation is recorded and that wait for the first feedback (rating needs
 * it); the cards to rate carry the same feedback block.
 */
export function FeedbackSection({
  user,
  appraisals,
}: {
  user: SessionUser;
  appraisals: Appraisal[];
}) {
  const { t } = useTranslation();
  const open = appraisals.filter(
    (a) => a.penilaiId === user.employeeId && a.status === 'REALISASI_DIISI',
  );
  return (
    <section aria-labelledby="fb-h">
      <h2 id="fb-h">{t('feedback.waiting')}</h2>
      {open.length === 0 && <p>{t('feedback.none')}</p>}
      {open.map((a) => (
        <article key={a.id} className="card" aria-labelledby={`fb-${a.id}`}>
          <h3 id={`fb-${a.id}`}>
            {a.employeeId} · {a.position.name} · {periodLabel(t, a)}
          </h3>
          <FeedbackBlock a={a} />
        </article>
      ))}
    </section>
  );
}
