import { appraisalFinalizedV1 } from '@jenjang/contracts';
import { checkTemplate } from './template-check';
import { parseTemplate, TemplateSyntaxError } from './template-syntax';

const schema = appraisalFinalizedV1.schema as unknown as Record<string, unknown>;
const check = (source: string) => checkTemplate(parseTemplate(source), schema);

describe(checkTemplate.name, () => {
  it('should accept fields, nested fields, filters, lists and enum conditions the event has', () => {
    const source =
      '{{predikat|predikat}} {{period.year}} {{position.name}} {{finalizedAt|datetime}} ' +
      '{{#each perilaku}}{{value|berakhlak}} {{rating|rating}} {{note}}{{/each}}' +
      '{{#if objection.outcome=REJECTED}}x{{else}}y{{/if}}{{#if correctionOf}}c{{/if}}{{link|url}}';

    expect(check(source)).toEqual([]);
  });

  it('should refuse a field the event does not have, naming it', () => {
    expect(check('Halo {{employeeName}}, {{period.quarter}}')).toEqual([
      '{{employeeName}}: the event has no field employeeName',
      '{{period.quarter}}: the event has no field period.quarter',
    ]);
  });

  it('should refuse a filter that does not fit the field', () => {
    expect(check('{{feedbackSummary|predikat}} {{predikat|date}} {{predikat|shout}}')).toEqual([
      '{{feedbackSummary|predikat}}: filter "predikat" needs a predikat',
      '{{predikat|date}}: filter "date" needs a date or date-time',
      '{{predikat|shout}}: unknown filter "shout"',
    ]);
  });

  it('should refuse #each over a single value and #if with a value the enum never holds', () => {
    expect(check('{{#each predikat}}x{{/each}}{{#if predikat=LUAR_BIASA}}y{{/if}}')).toEqual([
      '{{#each predikat}}: the event has no list predikat',
      '{{#if predikat=LUAR_BIASA}}: predikat is never "LUAR_BIASA"',
    ]);
  });

  it('should check paths inside #each against the item, not the event', () => {
    expect(check('{{#each perilaku}}{{predikat}}{{/each}}')).toEqual([
      '{{predikat}}: the event has no field predikat',
    ]);
  });

  it('should refuse a whole object printed as a value', () => {
    expect(check('{{position}}')).toEqual(['{{position}}: position is not a single value']);
  });

  it('should report unbalanced sections as syntax errors', () => {
    expect(() => parseTemplate('{{#if predikat}}x')).toThrow(TemplateSyntaxError);
    expect(() => parseTemplate('x{{/each}}')).toThrow(TemplateSyntaxError);
    expect(() => parseTemplate('{{a b}}')).toThrow(TemplateSyntaxError);
  });
});
