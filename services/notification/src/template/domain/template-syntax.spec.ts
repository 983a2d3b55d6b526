import { renderTemplate } from './template-render';
import { parseTemplate, scanTags, TemplateSyntaxError } from './template-syntax';

const ctx = {
  language: 'id' as const,
  portalUrl: 'https://portal.go.id/',
  timeZone: 'Asia/Jakarta',
};

// The pattern the scanner replaced; kept here only to show both read templates alike on short input.
const OLD_TAG = /\{\{\s*([^}]*?)\s*\}\}/g;
const viaRegex = (s: string) => [...s.matchAll(OLD_TAG)].map((m) => [m.index, m[0], m[1]]);
const viaScanner = (s: string) => [...scanTags(s)].map((t) => [t.index, t.raw, t.expr]);

// Parses and renders, or refuses with a syntax error; how long it took, in milliseconds.
function timed(source: string): number {
  const start = performance.now();
  try {
    renderTemplate(parseTemplate(source), {}, ctx);
  } catch (error) {
    if (!(error instanceof TemplateSyntaxError)) throw error;
  }
  return performance.now() - start;
}

describe('parseTemplate', () => {
  it.each([
    ['plain text', 'no tags at all'],
    ['tags with spaces', 'a {{ name }} b {{\tpath.to|date }}c'],
    ['a lone brace', '{{a}b}} and {{ c }}'],
    ['three braces', '{{{a}}} {{b}}}'],
    ['an unclosed tag', 'x {{ a and {{ b }} then {{ never'],
    ['blocks', '{{#each xs}}[{{this.v}}]{{/each}}{{#if y=A}}1{{else}}2{{/if}}'],
    ['newlines inside', '{{\n a \n}}'],
  ])('should find the same tags as the old pattern in %s', (_name, source) => {
    expect(viaScanner(source)).toEqual(viaRegex(source));
  });

  it('should render text around tags and keep a stray opening as text', () => {
    const nodes = parseTemplate('Hi {{ name }}, {{ not a tag');
    expect(renderTemplate(nodes, { name: 'Sari' }, ctx)).toBe('Hi Sari, {{ not a tag');
  });

  // Before the scanner, `{{` and 9,998 spaces took minutes (2,000 spaces: about 6 s); the bound
  // is far above a normal run (about 1 ms) so that a busy machine does not make it flaky.
  it.each([
    ['an opening and 9,998 spaces', `{{${' '.repeat(9_998)}`],
    ['an opening, a word and spaces', `{{ a${' '.repeat(9_995)}`],
    ['an opening, spaces and a lone brace', `{{${' '.repeat(9_997)}}`],
    ['10,000 spaces', ' '.repeat(10_000)],
    ['repeated openings', '{{ '.repeat(3_333)],
    ['repeated lone braces', '{{ }'.repeat(2_500)],
  ])('should parse %s in linear time when the template is at the size limit', (_name, source) => {
    expect(source.length).toBeLessThanOrEqual(10_000);
    expect(timed(source)).toBeLessThan(200);
  });
});
