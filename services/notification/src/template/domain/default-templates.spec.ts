import { contractForTopic, unreadableFragment } from '@jenjang/contracts';
import { DEFAULT_RULES } from '../../rule/domain/default-rules';
import { DEFAULT_TEMPLATES } from './default-templates';
import { renderTemplate, tidy } from './template-render';
import { parseTemplate } from './template-syntax';
import { templateProblems } from './template-validation';

// Every platform template whose event contract is on the platform is checked against it;
// a rule's event that is not committed yet (another team's) is checked once it is.
const rendered = DEFAULT_TEMPLATES.flatMap((t) => {
  const rule = DEFAULT_RULES.find((r) => r.type === t.type);
  const contract = rule && contractForTopic(rule.eventTopic);
  return contract ? [[`${t.type} ${t.language} ${t.channel}`, t, contract] as const] : [];
});

describe('default templates', () => {
  it('should have a rule for every template and both languages on both channels for every rule', () => {
    for (const rule of DEFAULT_RULES) {
      const keys = DEFAULT_TEMPLATES.filter((t) => t.type === rule.type).map(
        (t) => `${t.language}:${t.channel}`,
      );
      expect(keys.sort()).toEqual(['en:EMAIL', 'en:IN_APP', 'id:EMAIL', 'id:IN_APP']);
    }
    expect(DEFAULT_TEMPLATES.every((t) => DEFAULT_RULES.some((r) => r.type === t.type))).toBe(true);
  });

  it.each(rendered)('should fit the event schema: %s', (_name, template, contract) => {
    expect(templateProblems(template, contract.schema)).toEqual([]);
  });

  it.each(rendered)(
    'should render the contract example briefly: %s',
    (_name, template, contract) => {
      const ctx = {
        language: template.language,
        portalUrl: 'https://jenjang.go.id',
        timeZone: 'Asia/Jakarta',
      };
      const body = tidy(renderTemplate(parseTemplate(template.body), contract.example, ctx));
      const subject = tidy(renderTemplate(parseTemplate(template.subject), contract.example, ctx));

      expect(subject.length).toBeGreaterThan(10);
      expect(subject.length).toBeLessThanOrEqual(90);
      expect(body).not.toMatch(/\{\{|\}\}|undefined|null|\[object/);
      // Read by a civil servant: no enum code, no ISO date (issue 15, item 7).
      expect(unreadableFragment(subject)).toBeNull();
      expect(unreadableFragment(body)).toBeNull();
      // In-app texts are read on a phone: short.
      if (template.channel === 'IN_APP') expect(body.length).toBeLessThanOrEqual(1500);
    },
  );
});
