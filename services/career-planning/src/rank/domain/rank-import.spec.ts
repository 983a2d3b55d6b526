import { readCsv } from '@jenjang/csv';
import { withStep, type Step } from './rank-history';
import { planRanks, RANK_COLUMNS } from './rank-import';

const rows = (text: string) => {
  const table = readCsv(text, RANK_COLUMNS, 100);
  if (!table.ok) throw new Error(JSON.stringify(table.errors));
  return table.rows;
};

describe(planRanks.name, () => {
  it('should read a SIASN-style riwayat golongan: ids, names, DD-MM-YYYY, decimal commas', () => {
    const { plans, errors } = planRanks(
      rows(
        [
          'NIP Baru;PNS ID;Golongan ID;TMT Gol;SK Nomor;AK Total;AK Syarat',
          '198703122010011002;e1;31;01-04-2019;823/11/2019;;',
          '198703122010011002;e1;III/b;01-04-2023;823/12/2023;98,5;100',
        ].join('\n'),
      ),
      '2026-12-03',
    );
    expect(errors).toEqual([]);
    expect(plans.map((p) => [p.golongan, p.tmt, p.angkaKredit, p.angkaKreditRequired])).toEqual([
      ['III/a', '2019-04-01', null, null],
      ['III/b', '2023-04-01', 98.5, 100],
    ]);
  });

  it('should name every bad cell: golongan, future TMT, duplicate TMT, NIP shape', () => {
    const { errors } = planRanks(
      rows(
        [
          'nip,employee_id,golongan,tmt_golongan,angka_kredit',
          '1987,e1,III/f,2020-01-01,',
          ',e1,III/a,2030-01-01,',
          ',e2,II/c,2020-01-01,x',
          ',e2,II/d,2020-01-01,',
        ].join('\n'),
      ),
      '2026-12-03',
    );
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'nip'],
      [2, 'golongan'],
      [3, 'tmt_golongan'],
      [4, 'angka_kredit'],
      [5, 'tmt_golongan'],
    ]);
  });
});

describe(withStep.name, () => {
  it('should keep the newest TMT first and replace a step of the same TMT', () => {
    const a: Step = {
      golongan: 'III/a' as const,
      tmt: '2019-04-01',
      decreeNumber: null,
      source: 'API' as const,
    };
    const b: Step = {
      golongan: 'III/b' as const,
      tmt: '2023-04-01',
      decreeNumber: null,
      source: 'API' as const,
    };
    const fixed: Step = { ...b, decreeNumber: '823/12/2023' };
    expect(withStep(withStep([], b), a).map((s) => s.tmt)).toEqual(['2023-04-01', '2019-04-01']);
    expect(withStep([b, a], fixed)).toEqual([fixed, a]);
  });
});
