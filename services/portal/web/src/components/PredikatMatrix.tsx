import { useTranslation } from 'react-i18next';
import { predikatOf, RATINGS, type Rating } from '../domain/predikat';

/** The 3×3 predikat matrix as a table, the cell of the chosen ratings marked. */
export function PredikatMatrix({
  hasilKerja,
  perilakuKerja,
}: {
  hasilKerja?: Rating;
  perilakuKerja?: Rating;
}) {
  const { t } = useTranslation();
  // Scrolls by itself at 360 px rather than widening the page.
  return (
    <div className="scroll" tabIndex={0} role="region" aria-label={t('penilai.matrix')}>
      <table className="matrix">
        <caption>
          {t('penilai.matrix')}
          <span className="hint"> {t('penilai.matrixCaption')}</span>
        </caption>
        <thead>
          <tr>
            <td />
            {RATINGS.map((p) => (
              <th key={p} scope="col">
                {t(`rating.${p}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {RATINGS.map((h) => (
            <tr key={h}>
              <th scope="row">{t(`rating.${h}`)}</th>
              {RATINGS.map((p) => {
                const chosen = h === hasilKerja && p === perilakuKerja;
                return (
                  <td
                    key={p}
                    className={chosen ? 'chosen' : undefined}
                    aria-current={chosen ? 'true' : undefined}
                  >
                    {t(`predikat.${predikatOf(h, p)}`)}
                    {chosen && <span className="visually-hidden"> ({t('penilai.current')})</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
