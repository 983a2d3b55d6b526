import { unzipSync, strFromU8 } from 'fflate';
import type { TFunction } from 'i18next';
import writeXlsxFile from 'write-excel-file/node';
import {
  deliveryTable,
  jpTable,
  nineBoxTable,
  predikatTable,
  tableCsv,
  tableSheet,
} from './reports';

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

  it('should write a spreadsheet with the titles, numbers as numbers and codes as they read', async () => {
    const table = predikatTable(
      {
        agencyId: 'ag',
        units: [
          {
            unitId: 'dpmptsp',
            unitSize: 4,
            withPredikat: 1,
            curveStatus: 'VIOLATED',
            distribution: [
              { predikat: 'BAIK', label: { id: 'Baik', en: 'Good' }, count: 1, share: 1 },
            ],
          },
        ],
      },
      t,
    );
    const sheet = tableSheet(table);
    expect(sheet[0][0]).toEqual({ value: 'reports.unit', fontWeight: 'bold' });
    expect(sheet[1]).toEqual([
      { value: 'dpmptsp' },
      { value: 4 },
      { value: 1 },
      { value: 0 },
      { value: 1 },
      { value: 0 },
      { value: 0 },
      { value: 0 },
      { value: 'admin.curveStatus.VIOLATED' },
    ]);

    const stream = await writeXlsxFile(sheet, { sheet: 'predikat' }).toBuffer();
    const files = unzipSync(new Uint8Array(stream));
    const xml = Object.entries(files)
      .filter(([name]) => name.startsWith('xl/'))
      .map(([, bytes]) => strFromU8(bytes))
      .join('\n');
    expect(xml).toContain('dpmptsp');
    expect(xml).toContain('admin.curveStatus.VIOLATED');
  });
});
