import { readCsv } from '@jenjang/csv';
import { PLACEMENT_COLUMNS, POSITION_COLUMNS } from './columns';
import {
  checkPlacementOverlaps,
  toEmploymentType,
  planPlacements,
  planPositions,
} from './import-rows';

const rows = (text: string, columns: Parameters<typeof readCsv>[1]) => {
  const table = readCsv(text, columns, 100);
  if (!table.ok) throw new Error(JSON.stringify(table.errors));
  return table.rows;
};

describe(planPositions.name, () => {
  it('should read a SIASN-style file: eselon for structural posts, JFT and JFU kinds', () => {
    const { plans, errors } = planPositions(
      rows(
        [
          'ID Jabatan;Nama Jabatan;Unor ID;Jenis Jabatan;Eselon;Kelas Jabatan;Jabatan Kunci;Kompetensi',
          'jab-kabid;Kepala Bidang Yankes;dinkes.yankes;Struktural;III.b;11;Y;KERJA_SAMA|KOMUNIKASI',
          'jab-jft;Epidemiolog Ahli Muda;dinkes.yankes;Fungsional Tertentu;;9;;',
          'jab-jfu;Pengadministrasi Umum;dinkes.yankes;JFU;;5;T;',
        ].join('\n'),
        POSITION_COLUMNS,
      ),
    );
    expect(errors).toEqual([]);
    expect(plans.map((p) => [p.positionId, p.group, p.grade, p.isKey])).toEqual([
      ['jab-kabid', 'ADMINISTRATOR', 11, true],
      ['jab-jft', 'FUNGSIONAL', 9, false],
      ['jab-jfu', 'PELAKSANA', 5, false],
    ]);
    expect(plans[0].competencies).toEqual(['KERJA_SAMA', 'KOMUNIKASI']);
  });

  it('should report every bad cell with its line and column', () => {
    const { errors } = planPositions(
      rows(
        'jabatan_id,jabatan_nama,unit_id,kelompok_jabatan,kelas_jabatan\njab-1,X,u1,BOSS,18\njab-1,Y,u1,JPT,14\n',
        POSITION_COLUMNS,
      ),
    );
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'kelompok_jabatan'],
      [2, 'kelas_jabatan'],
      [3, 'jabatan_id'],
    ]);
  });
});

describe(planPlacements.name, () => {
  it('should read the kind of employment (PNS, CPNS, PPPK) and refuse another', () => {
    const { plans, errors } = planPlacements(
      rows(
        'employee_id,jabatan_id,tmt_jabatan,status_pegawai\ne1,jab-1,2024-03-01,CPNS\ne2,jab-1,2024-03-01,PPPK\ne3,jab-1,2024-03-01,\ne4,jab-1,2024-03-01,Honorer\n',
        PLACEMENT_COLUMNS,
      ),
    );
    expect(plans.map((p) => [p.employeeId, p.employmentType])).toEqual([
      ['e1', 'PNS'],
      ['e2', 'PPPK'],
      ['e3', null],
    ]);
    expect(errors.map((e) => [e.line, e.column])).toEqual([[5, 'jenis_kepegawaian']]);
  });

  it('should accept DD-MM-YYYY dates and refuse an impossible one and a short NIP', () => {
    const { plans, errors } = planPlacements(
      rows(
        'nip,employee_id,jabatan_id,tmt_jabatan\n198703122010011002,e1,jab-1,01-03-2024\n1987,e2,jab-1,2024-02-30\n',
        PLACEMENT_COLUMNS,
      ),
    );
    expect(plans.map((p) => p.validFrom)).toEqual(['2024-03-01']);
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [3, 'nip'],
      [3, 'tmt_jabatan'],
    ]);
  });
});

describe(checkPlacementOverlaps.name, () => {
  const plan = (line: number, validFrom: string, validTo: string | null) => ({
    line,
    employeeId: 'e1',
    positionId: 'jab-1',
    validFrom,
    validTo,
    superiorEmployeeId: null,
    decreeNumber: null,
    employmentType: null,
  });

  it('should let a file carry a whole history in any row order', () => {
    const plans = [plan(3, '2024-01-01', null), plan(2, '2020-01-01', null)];
    expect(checkPlacementOverlaps(plans, new Map())).toEqual([]);
  });

  it('should name the line a row overlaps, or a stored placement (a refused row is not kept)', () => {
    const plans = [plan(2, '2020-01-01', '2022-12-31'), plan(3, '2022-06-01', '2023-01-01')];
    const stored = new Map([
      ['e1', [{ id: 'p0', validFrom: '2010-01-01', validTo: '2020-06-30' }]],
    ]);
    expect(checkPlacementOverlaps(plans, stored).map((e) => [e.line, e.message.en])).toEqual([
      [2, 'Overlaps a stored placement of this employee.'],
    ]);
    expect(checkPlacementOverlaps(plans, new Map()).map((e) => [e.line, e.message.en])).toEqual([
      [3, 'Overlaps line 2 of this employee.'],
    ]);
  });
});

describe(toEmploymentType.name, () => {
  it.each([
    ['PNS', 'PNS'],
    ['cpns', 'PNS'],
    ['P3K', 'PPPK'],
    ['PPPK', 'PPPK'],
    ['', null],
    ['Honorer', undefined],
  ] as const)('should read %j as %j', (raw, type) => {
    expect(toEmploymentType(raw)).toBe(type);
  });
});
