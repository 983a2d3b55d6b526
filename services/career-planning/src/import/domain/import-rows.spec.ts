import { readCsv } from '@jenjang/csv';
import { PLACEMENT_COLUMNS, POSITION_COLUMNS, POTENTIAL_COLUMNS } from './columns';
import {
  checkPlacementOverlaps,
  toEmploymentType,
  planPlacements,
  planPositions,
  planPotentials,
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

describe(planPotentials.name, () => {
  const HEADER = 'nip,employee_id,skor,skala_min,skala_maks,sumber,tanggal_asesmen,catatan';

  it('should read an assessment-centre sheet: decimal commas, DD-MM-YYYY, sources by name', () => {
    const { plans, errors } = planPotentials(
      rows(
        [
          'NIP;ID Pegawai;Nilai Potensi;Skala Min;Skala Maks;Jenis Asesmen;Tgl Asesmen;Keterangan',
          '198703122010011002;e1;82,5;0;100;Assessment Center;12-11-2025;Asesmen BKD',
          ';e2;3.8;1;5;uji-kompetensi;2025-10-03;',
        ].join('\n'),
        POTENTIAL_COLUMNS,
      ),
    );
    expect(errors).toEqual([]);
    expect(plans).toEqual([
      {
        line: 2,
        employeeId: 'e1',
        score: 82.5,
        scale: { min: 0, max: 100 },
        source: 'ASSESSMENT_CENTER',
        assessedOn: '2025-11-12',
        note: 'Asesmen BKD',
      },
      {
        line: 3,
        employeeId: 'e2',
        score: 3.8,
        scale: { min: 1, max: 5 },
        source: 'UJI_KOMPETENSI',
        assessedOn: '2025-10-03',
        note: null,
      },
    ]);
  });

  it('should refuse a score off its scale and an empty scale as the API does, on their columns', () => {
    const { plans, errors } = planPotentials(
      rows(
        [
          HEADER,
          ',e1,101,0,100,TES_POTENSI,2025-10-03,',
          ',e2,3,5,5,TES_POTENSI,2025-10-03,',
          ',e3,0,0,100,TES_POTENSI,2025-10-03,',
        ].join('\n'),
        POTENTIAL_COLUMNS,
      ),
    );
    expect(errors.map((e) => [e.line, e.column, e.message.en])).toEqual([
      [2, 'skor', 'The score must lie on its scale, 0 to 100.'],
      [3, 'skala_maks', 'The scale maximum must be above its minimum.'],
    ]);
    expect(errors[0].message.id).toBe('Nilai harus berada pada skalanya, 0 sampai 100.');
    expect(plans.map((p) => p.employeeId)).toEqual(['e3']);
  });

  it('should report every bad cell of a row: not a number, an unknown source, an impossible day', () => {
    const { errors } = planPotentials(
      rows(
        [
          HEADER,
          `1987,bad id!,tinggi,0,1e2,WAWANCARA,2025-02-30,${'x'.repeat(501)}`,
          ',e2,,,,,,',
        ].join('\n'),
        POTENTIAL_COLUMNS,
      ),
    );
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'nip'],
      [2, 'employee_id'],
      [2, 'skor'],
      [2, 'skala_maks'],
      [2, 'sumber'],
      [2, 'tanggal_asesmen'],
      [2, 'catatan'],
      [3, 'skor'],
      [3, 'skala_min'],
      [3, 'skala_maks'],
      [3, 'sumber'],
      [3, 'tanggal_asesmen'],
    ]);
    const source = errors.find((e) => e.column === 'sumber')!;
    expect(source.message.id).toContain('Gunakan salah satu dari ASSESSMENT_CENTER');
  });

  it('should take several assessments of one person but refuse the same one twice', () => {
    const { plans, errors } = planPotentials(
      rows(
        [
          HEADER,
          ',e1,70,0,100,ASSESSMENT_CENTER,2024-05-01,',
          ',e1,85,0,100,ASSESSMENT_CENTER,2025-11-12,',
          ',e1,85,0,100,UJI_KOMPETENSI,2025-11-12,',
          ',e1,85.0,0,100,Assessment Center,12-11-2025,catatan lain',
        ].join('\n'),
        POTENTIAL_COLUMNS,
      ),
    );
    expect(plans.map((p) => p.line)).toEqual([2, 3, 4]);
    expect(errors.map((e) => [e.line, e.column, e.message.en])).toEqual([
      [
        5,
        'tanggal_asesmen',
        'The same assessment of this employee (day, source, score and scale) is on line 3.',
      ],
    ]);
  });
});
