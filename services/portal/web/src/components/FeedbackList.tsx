import { useTranslation } from 'react-i18next';
import type { Feedback, Skp } from '../types-pegawai-penilai';

/** Continuous feedback on an appraisal, each piece with what it is about and when it came. */
export function FeedbackList({ feedback, skp }: { feedback: Feedback[]; skp?: Skp }) {
  const { t, i18n } = useTranslation();
  if (feedback.length === 0) return <p>{t('pegawai.noFeedback')}</p>;
  const about = (f: Feedback) => {
    if (!f.about) return null;
    if (f.about.kind === 'PERILAKU')
      return t('feedback.aboutValue', { value: t(`berakhlak.${f.about.value}`) });
    const id = f.about.hasilKerjaId;
    const result = skp?.hasilKerja.find((h) => h.id === id);
    return t('feedback.aboutResult', { text: result?.description ?? id });
  };
  return (
    <ul className="feedback">
      {[...feedback]
        .sort((a, b) => b.givenAt.localeCompare(a.givenAt))
        .map((f) => (
          <li key={f.id}>
            <p className="meta">
              {about(f)}
              {about(f) && ' · '}
              <time dateTime={f.givenAt}>
                {new Date(f.givenAt).toLocaleDateString(i18n.language, { dateStyle: 'medium' })}
              </time>
            </p>
            <p>{f.text}</p>
          </li>
        ))}
    </ul>
  );
}
