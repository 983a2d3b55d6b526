import { composeDigest } from './digest';

describe(composeDigest.name, () => {
  it('should gather the notices in one email in the recipient language', () => {
    const digest = composeDigest('id', [
      { subject: 'Rekomendasi pelatihan untuk Anda', body: 'Daftar: https://x' },
      { subject: 'JP 2026 Anda kurang 8', body: 'Lengkapi 8 JP lagi.' },
    ]);

    expect(digest.subject).toBe('Ringkasan harian Jenjang: 2 pemberitahuan');
    expect(digest.body).toContain('1. Rekomendasi pelatihan untuk Anda\nDaftar: https://x');
    expect(digest.body).toContain('2. JP 2026 Anda kurang 8');
  });
});
