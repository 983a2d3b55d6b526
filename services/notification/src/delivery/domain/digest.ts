import type { Language } from '../../template/domain/labels';

/** One daily email that gathers a recipient's non-mandatory notices of the day. */
export function composeDigest(
  language: Language,
  notices: { subject: string; body: string }[],
): { subject: string; body: string } {
  const subject =
    language === 'id'
      ? `Ringkasan harian Jenjang: ${notices.length} pemberitahuan`
      : `Your Jenjang daily digest: ${notices.length} notice${notices.length === 1 ? '' : 's'}`;
  const intro =
    language === 'id'
      ? 'Berikut pemberitahuan Anda sejak ringkasan terakhir.'
      : 'Here are your notices since the last digest.';
  const outro =
    language === 'id'
      ? 'Anda menerima ringkasan ini karena memilih ringkasan harian. Ubah di menu Preferensi.'
      : 'You receive this digest because you chose a daily digest. Change it under Preferences.';
  const parts = notices.map((n, i) => `${i + 1}. ${n.subject}\n${n.body}`);
  return { subject, body: [intro, ...parts, outro].join('\n\n') };
}
