import { useTranslation } from 'react-i18next';
import { PREDIKATS, type Predikat } from '../domain/predikat';
import { pick } from '../i18n';
import type { CurveOutlook } from '../types-pegawai-penilai';

/**
 * The unit's distribution curve while the penilai chooses ratings: how many staff hold each
 * predikat now, how many would with the predikat the ratings give, the bounds, and whether the
 * service would refuse it (its own words, from GET appraisals/{id}/curve).
 */
export function CurvePanel({ curve, predikat }: { curve: CurveOutlook; predikat?: Predikat }) {
  const { t, i18n } = useTranslation();
  const set = PREDIKATS.reduce((n, p) => n + (curve.counts[p] ?? 0), 0);
  const verdict = predikat ? curve.outlook.find((o) => o.predikat === predikat) : undefined;
  const bound = (p: Predikat) =>
    curve.bounds
      .filter((b) => b.predikat === p)
      .map((b) => t(b.bound === 'MAX' ? 'curve.max' : 'curve.min', { count: b.limitCount }))
      .join(', ') || t('curve.none');
  return (
    <div className="curve">
      <h4>{t('curve.title', { unit: curve.unitId })}</h4>
      {curve.organisationPredikat ? (
        <p>
          {t('curve.organisation', {
            predikat: t(`curve.org.${curve.organisationPredikat}`, {
              defaultValue: curve.organisationPredikat,
            }),
          })}
        </p>
      ) : (
        <p className="error">{t('curve.noOrganisation')}</p>
      )}
      <div className="scroll" tabIndex={0} role="region" aria-label={t('curve.table')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('curve.predikat')}</th>
              <th scope="col">{t('curve.now')}</th>
              <th scope="col">{t('curve.after')}</th>
              <th scope="col">{t('curve.bound')}</th>
            </tr>
          </thead>
          <tbody>
            {PREDIKATS.map((p) => {
              const now = curve.counts[p] ?? 0;
              const chosen = p === predikat;
              return (
                <tr key={p} aria-current={chosen || undefined} className={chosen ? 'chosen' : ''}>
                  <th scope="row">{t(`predikat.${p}`)}</th>
                  <td>{now}</td>
                  <td>{chosen ? now + 1 : now}</td>
                  <td>{bound(p)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="hint">{t('curve.size', { set, size: curve.unitSize })}</p>
      <p aria-live="polite" className={verdict && !verdict.ok ? 'error' : 'preview'}>
        {verdict &&
          (verdict.ok ? t('curve.ok') : pick(verdict.message ?? undefined, i18n.language))}
      </p>
    </div>
  );
}
