import { readCsv, type ColumnSpec } from './csv-table';

const columns: ColumnSpec[] = [
  { name: 'employee_id', aliases: ['id_pegawai'], required: true },
  { name: 'hasil_kerja', aliases: ['rencana_hasil_kerja'], required: true },
  { name: 'target', aliases: [], required: false },
];

describe('readCsv', () => {
  it('should map aliased, differently cased headers and ignore unknown columns', () => {
    const table = readCsv(
      '\uFEFFID Pegawai;Nama;Rencana-Hasil-Kerja\r\ne1;Siti;Layanan\r\n',
      columns,
      10,
    );
    expect(table).toEqual({
      ok: true,
      rows: [{ line: 2, cells: { employee_id: 'e1', hasil_kerja: 'Layanan' } }],
    });
  });

  it('should give the first line of a row whose quoted value spans lines, skipping blank rows', () => {
    const table = readCsv('employee_id,hasil_kerja\n\ne1,"a\nb"\n,\ne2,c\n', columns, 10);
    expect(table.ok && table.rows.map((r) => [r.line, r.cells.employee_id])).toEqual([
      [3, 'e1'],
      [6, 'e2'],
    ]);
  });

  it('should report a missing required column and a column given twice on line 1', () => {
    const table = readCsv('employee_id,id_pegawai\ne1,e2\n', columns, 10);
    expect(!table.ok && table.errors.map((e) => [e.line, e.column])).toEqual([
      [1, 'employee_id'],
      [1, 'hasil_kerja'],
    ]);
  });

  it('should refuse a file with more rows than allowed, naming the first line too many', () => {
    const table = readCsv('employee_id,hasil_kerja\ne1,a\ne2,b\ne3,c\n', columns, 2);
    expect(!table.ok && table.errors[0].line).toBe(4);
  });
});
