import { appraisalFinalizedV1 } from '@jenjang/contracts';
import { renderTemplate, tidy } from './template-render';
import { parseTemplate } from './template-syntax';

const data = appraisalFinalizedV1.example;
const ctx = {
  language: 'id' as const,
  portalUrl: 'https://portal.go.id/',
  timeZone: 'Asia/Jakarta',
};
const render = (source: string, language: 'id' | 'en' = 'id') =>
  renderTemplate(parseTemplate(source), data, { ...ctx, language });

describe(renderTemplate.name, () => {
  it('should render labels in the recipient language', () => {
    expect(render('{{predikat|predikat}} / {{ratingHasilKerja|rating}}')).toBe(
      'Kurang/Misconduct / sesuai ekspektasi',
    );
    expect(render('{{predikat|predikat}} / {{ratingHasilKerja|rating}}', 'en')).toBe(
      'Poor/Misconduct / as expected',
    );
  });

  it('should write a rating as a name when ratingName is asked for', () => {
    expect(render('Hasil kerja: {{ratingHasilKerja|ratingName}}')).toBe(
      'Hasil kerja: Sesuai Ekspektasi',
    );
  });

  it('should name the period and write JP the Indonesian way when the language is id', () => {
    expect(render('{{period|period}}')).toBe('Tahun 2025');
    expect(render('{{period|period}}', 'en')).toBe('2025');
    expect(render('{{version|jp}}')).toBe('1 JP');
  });

  it('should render dates in the recipient time zone and language', () => {
    expect(render('{{finalizedAt|datetime}}')).toBe('27 Januari 2026 pukul 09.15 WIB');
    expect(render('{{finalizedAt|datetime}}', 'en')).toBe('27 January 2026, 09:15 WIB');
    expect(render('{{period.endDate|date}}')).toBe('31 Desember 2025');
  });

  it('should repeat #each and pick #if branches by value', () => {
    const source =
      '{{#each perilaku}}[{{value|berakhlak}}{{#if note}}: {{note}}{{/if}}]{{/each}}' +
      '{{#if objection.outcome=REJECTED}} ditolak{{else}} -{{/if}}';

    expect(render(source, 'en')).toBe(
      '[Collaborative: Jarang berbagi data kunjungan puskesmas dengan seksi lain sebelum rapat evaluasi.]' +
        '[Adaptive][Accountable: Laporan bulanan selalu tepat waktu.] ditolak',
    );
  });

  it('should turn a link path into a portal URL', () => {
    expect(render('{{link|url}}')).toBe(
      'https://portal.go.id/api/v1/appraisals/7d3c2a9e-5b1f-4c8e-9a6d-2f4e8b1c0a37',
    );
  });

  it('should render a null field as nothing', () => {
    expect(render('[{{correctionOf}}]')).toBe('[]');
  });

  it('should tidy the blank lines sections leave', () => {
    expect(tidy('a  \n\n\n\nb\n')).toBe('a\n\nb');
  });
});

describe('the person filter', () => {
  const nodes = parseTemplate('Bawahan Anda, {{employeeId|person}}, diusulkan untuk rotasi.');
  const idCtx = { ...ctx, language: 'id' as const };

  it('should name the staff member when the directory knows their name', () => {
    expect(
      renderTemplate(
        nodes,
        { employeeId: 'emp-7' },
        { ...idCtx, names: { 'emp-7': 'Rina Wulandari' } },
      ),
    ).toBe('Bawahan Anda, Rina Wulandari, diusulkan untuk rotasi.');
  });

  it('should say which employee it is when no name is known, in the reader language', () => {
    expect(renderTemplate(nodes, { employeeId: 'emp-7' }, idCtx)).toBe(
      'Bawahan Anda, pegawai dengan ID emp-7, diusulkan untuk rotasi.',
    );
    expect(
      renderTemplate(
        parseTemplate('{{employeeId|person}}'),
        { employeeId: 'emp-7' },
        {
          ...ctx,
          language: 'en',
        },
      ),
    ).toBe('the employee with id emp-7');
  });
});
