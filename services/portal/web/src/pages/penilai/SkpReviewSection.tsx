import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type SessionUser } from '../../api';
import { ErrorText } from '../../components/ErrorText';
import { SkpReviewForm } from '../../components/SkpReviewForm';
import type { Skp } from '../../types-pegawai-penilai';
import { SkpContentView } from '../pegawai/SkpSection';

/** SKPs submitted to this penilai: approve, or return with a reason. */
export function SkpReviewSection({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const skps = useQuery({
    queryKey: ['skp', 'review'],
    queryFn: () =>
      api<Skp[]>('evaluation', 'skp', {
        query: { penilaiId: user.employeeId, status: 'DIAJUKAN' },
      }),
    enabled: Boolean(user.employeeId),
  });
  const waiting = (skps.data ?? []).filter(
    (s) => s.penilaiId === user.employeeId && s.status === 'DIAJUKAN',
  );
  const act = (skp: Skp, action: 'approve' | 'return', reason?: string) =>
    api<Skp>('evaluation', `skp/${skp.id}/${action}`, {
      json: { revision: skp.revision, ...(reason ? { reason } : {}) },
    });
  return (
    <section aria-labelledby="review-h">
      <h2 id="review-h">{t('review.title')}</h2>
      <ErrorText error={skps.error} />
      {skps.isSuccess && waiting.length === 0 && <p>{t('review.none')}</p>}
      {waiting.map((s) => (
        <article key={s.id} className="card" aria-labelledby={`review-${s.id}`}>
          <h3 id={`review-${s.id}`}>
            SKP {s.year} · {s.employeeId} · {s.position.name}
          </h3>
          <SkpContentView skp={s} />
          <SkpReviewForm
            onApprove={() => act(s, 'approve')}
            onReturn={async (reason) => {
              await act(s, 'return', reason);
              // The pegawai's side of the same list; this card stays with its confirmation.
              void client.invalidateQueries({ queryKey: ['skp', s.id] });
            }}
          />
        </article>
      ))}
    </section>
  );
}
