import { promotionEligibleV1 } from '@jenjang/contracts';
import { RANK_TEMPLATES } from './default-templates-rank';
import { renderTemplate, tidy } from './template-render';
import { parseTemplate } from './template-syntax';

const render = (language: 'id' | 'en', channel: 'IN_APP' | 'EMAIL', data: object) => {
  const t = RANK_TEMPLATES.find((x) => x.language === language && x.channel === channel)!;
  const ctx = { language, portalUrl: 'https://jenjang.go.id', timeZone: 'Asia/Jakarta' };
  return {
    subject: tidy(renderTemplate(parseTemplate(t.subject), data, ctx)),
    body: tidy(renderTemplate(parseTemplate(t.body), data, ctx)),
  };
};

describe('promotion-eligible templates', () => {
  it('should tell the person the period, the ranks and the predikat in words', () => {
    const id = render('id', 'EMAIL', promotionEligibleV1.example);
    expect(id.subject).toBe('Kenaikan pangkat periode 1 April 2027: Anda memenuhi syarat');
    expect(id.body).toContain('kenaikan pangkat reguler untuk periode 1 April 2027');
    expect(id.body).toContain('golongan III/a, TMT 1 April 2023');
    expect(id.body).toContain('- Tahun 2025: Sangat Baik');
    const en = render('en', 'IN_APP', {
      ...promotionEligibleV1.example,
      kind: 'PILIHAN_FUNGSIONAL',
    });
    expect(en.body).toContain('promotion in rank (functional post) on 1 April 2027');
  });

  it('should hold no enum code or ISO date in any rendering', () => {
    for (const t of RANK_TEMPLATES) {
      const { subject, body } = render(t.language, t.channel, promotionEligibleV1.example);
      expect(`${subject}\n${body}`).not.toMatch(
        /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b|\b\d{4}-\d{2}-\d{2}/,
      );
    }
  });
});
