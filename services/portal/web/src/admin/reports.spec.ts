import type { TFunction } from 'i18next';
import { deliveryTable, jpTable, nineBoxTable, tableCsv } from './reports';

const t = ((key: string, o?: { box?: number }) =>
  o?.box ? `${key}:${o.box}` : key) as unknown as TFunction;

describe('admin reports', () => {
  it('should count the people behind on JP per unit', () => {
    const table = jpTable(
      [{ unitId: 'dpmptsp', people: 4, met: 3, metPercent: 75, behind: [] }],
      t,
    );
    expect(table.rows).toEqual([['dpmptsp', 4, 3, 75, 1]]);
    expect(table.chart.series.map((s) => s.data)).toEqual([[3], [1]]);
  });

  it('should lay out the 9-box per unit with a column per box', () => {
    const table = nineBoxTable(
      [{ unitId: 'bkd', total: 3, boxes: [0, 0, 0, 0, 1, 0, 0, 0, 1], unplaced: 1 }],
      t,
    );
    expect(table.keys).toEqual([
      'unit_id',
      'total',
      'box_1',
      'box_2',
      'box_3',
      'box_4',
      'box_5',
      'box_6',
      'box_7',
      'box_8',
      'box_9',
      'unplaced',
    ]);
    expect(table.rows[0]).toEqual(['bkd', 3, 0, 0, 0, 0, 1, 0, 0, 0, 1, 1]);
  });

  it('should quote CSV fields and keep a spreadsheet from running a formula', () => {
    const table = deliveryTable(
      {
        lines: [
          {
            type: 'appraisal-feedback',
            channel: 'EMAIL',
            delivered: 2,
            pending: 0,
            failed: 1,
            failures: [{ reason: '=HYPERLINK("x"), refused', count: 1 }],
          },
        ],
      },
      t,
    );
    expect(tableCsv(table)).toBe(
      'type,channel,delivered,pending,failed,failure_reasons\n' +
        `appraisal-feedback,EMAIL,2,0,1,"'=HYPERLINK(""x""), refused (1)"\n`,
    );
  });
});
