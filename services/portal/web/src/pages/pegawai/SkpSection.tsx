import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type SessionUser } from '../../api';
import { ErrorText } from '../../components/ErrorText';
import { SkpForm } from '../../components/SkpForm';
import type { Skp, SkpContent } from '../../types-pegawai-penilai';

/** The SKP's results, indicators and BerAKHLAK expectations, read-only. */
export function SkpContentView({ skp }: { skp: Skp }) {
  const { t } = useTranslation();
  return (
    <>
      <h4>{t('skp.hasilKerja')}</h4>
      <ol>
        {skp.hasilKerja.map((h) => (
          <li key={h.id}>
            <span className="badge">{t(`skp.kinds.${h.kind}`)}</span> {h.description}
            <ul>
              {h.indicators.map((ind) => (
                <li key={ind.id}>
                  {ind.description} · {t('skp.target')}: {ind.target}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {skp.perilaku.some((p) => p.ekspektasiKhusus) && (
        <>
          <h4>{t('skp.perilaku')}</h4>
          <ul>
            {skp.perilaku
              .filter((p) => p.ekspektasiKhusus)
              .map((p) => (
                <li key={p.value}>
                  {t(`berakhlak.${p.value}`)}: {t('skp.ekspektasi', { text: p.ekspektasiKhusus })}
                </li>
              ))}
          </ul>
        </>
      )}
    </>
  );
}

// The card remounts with each revision; what was done is told by the section (onDone).
function CurrentSkp({ skp, onDone }: { skp: Skp; onDone: (notice: string) => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const refresh = () => client.invalidateQueries({ queryKey: ['skp'] });
  const act = useMutation({
    mutationFn: (action: 'submit' | 'withdraw') =>
      api<Skp>('evaluation', `skp/${skp.id}/${action}`, { json: { revision: skp.revision } }),
    onSuccess: async (_, action) => {
      onDone(action === 'submit' ? 'skp.submitted' : 'skp.withdrawn');
      await refresh();
    },
  });
  const editable = skp.status === 'DRAFT' || skp.status === 'DIKEMBALIKAN';
  return (
    <article className="card" aria-labelledby={`skp-${skp.id}`}>
      <h3 id={`skp-${skp.id}`}>
        {t('skp.title', { year: skp.year })} · {skp.position.name}
      </h3>
      <dl>
        <dt>{t('skp.statusLabel')}</dt>
        <dd>
          <span className={`badge k-${skp.status}`}>{t(`skp.status.${skp.status}`)}</span>
        </dd>
        <dt>{t('skp.penilai')}</dt>
        <dd>{skp.penilaiId}</dd>
      </dl>
      {skp.status === 'DIKEMBALIKAN' && skp.returnReason && (
        <div role="note" className="returned">
          <p>
            <strong>{t('skp.returned', { reason: skp.returnReason })}</strong>
          </p>
          <p className="hint">{t('skp.returnedHint')}</p>
        </div>
      )}
      {editing ? (
        <SkpForm
          initial={{ hasilKerja: skp.hasilKerja, perilaku: skp.perilaku }}
          onCancel={() => setEditing(false)}
          onSubmit={async (content) => {
            await api<Skp>('evaluation', `skp/${skp.id}`, {
              method: 'PUT',
              json: { revision: skp.revision, ...content },
            });
            setEditing(false);
            onDone('skp.saved');
            await refresh();
          }}
        />
      ) : (
        <>
          <SkpContentView skp={skp} />
          <div className="actions">
            {editable && (
              <button type="button" className="secondary" onClick={() => setEditing(true)}>
                {t('skp.edit')}
              </button>
            )}
            {skp.status === 'DRAFT' && (
              <button type="button" onClick={() => act.mutate('submit')} disabled={act.isPending}>
                {t('skp.submit')}
              </button>
            )}
            {skp.status === 'DIAJUKAN' && (
              <button
                type="button"
                className="secondary"
                onClick={() => act.mutate('withdraw')}
                disabled={act.isPending}
              >
                {t('skp.withdraw')}
              </button>
            )}
          </div>
        </>
      )}
      <ErrorText error={act.error} />
    </article>
  );
}

/** The pegawai's SKP of this year: draft it, edit it, submit it, see it returned and why. */
export function SkpSection({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const year = new Date().getFullYear();
  const [drafting, setDrafting] = useState(false);
  const [notice, setNotice] = useState<string>();
  const skps = useQuery({
    queryKey: ['skp', 'mine', year],
    queryFn: () =>
      api<Skp[]>('evaluation', 'skp', { query: { employeeId: user.employeeId, year } }),
    enabled: Boolean(user.employeeId),
  });
  const current = (skps.data ?? []).find(
    (s) => s.employeeId === user.employeeId && s.year === year,
  );
  const create = async (content: SkpContent) => {
    await api<Skp>('evaluation', 'skp', { json: { year, ...content } });
    setDrafting(false);
    setNotice('skp.saved');
    await client.invalidateQueries({ queryKey: ['skp'] });
  };
  return (
    <section aria-labelledby="skp-h">
      <h2 id="skp-h">{t('skp.title', { year })}</h2>
      {skps.isLoading && <p>{t('app.loading')}</p>}
      <ErrorText error={skps.error} />
      {current && (
        <CurrentSkp key={`${current.id}-${current.revision}`} skp={current} onDone={setNotice} />
      )}
      {notice && <p role="status">{t(notice)}</p>}
      {skps.isSuccess && !current && !drafting && (
        <>
          <p>{t('skp.none')}</p>
          <button type="button" onClick={() => setDrafting(true)}>
            {t('skp.create')}
          </button>
        </>
      )}
      {!current && drafting && <SkpForm onSubmit={create} onCancel={() => setDrafting(false)} />}
    </section>
  );
}
