import { readRecipientRows, toE164 } from './recipient-rows';

describe(readRecipientRows.name, () => {
  it('should read aliases, normalise phones and languages, keep the name and ignore NIP', () => {
    const csv =
      'ID Pegawai;NIP;Nama;Surel;No HP;Bahasa;Tim\n' +
      'emp-1;198703122010011002;Rina;Rina@X.go.id;0812 3456 7890;English;talent_team|hr\n';

    const read = readRecipientRows(csv);

    expect(read).toEqual({
      ok: true,
      rows: [
        {
          line: 2,
          employeeId: 'emp-1',
          name: 'Rina',
          email: 'rina@x.go.id',
          phone: '+6281234567890',
          language: 'en',
          teams: ['TALENT_TEAM', 'HR'],
        },
      ],
    });
  });

  it('should name every bad cell with its line and column', () => {
    const read = readRecipientRows('employee_id,email,no_hp\nemp-1,x@,12\n,a@b.id,\nemp-1,,\n');

    expect(read.ok).toBe(false);
    expect(!read.ok && read.errors.map((e) => `${e.line}.${e.column}`)).toEqual([
      '2.email',
      '2.phone',
      '3.employee_id',
      '4.employee_id',
    ]);
  });

  it('should refuse a file without the employee id column', () => {
    const read = readRecipientRows('email\na@b.id\n');
    expect(read.ok).toBe(false);
  });
});

describe(toE164.name, () => {
  it('should accept Indonesian notations and refuse what is not a number', () => {
    expect(toE164('081234567890')).toBe('+6281234567890');
    expect(toE164('6281234567890')).toBe('+6281234567890');
    expect(toE164('+62 812-3456-7890')).toBe('+6281234567890');
    expect(toE164('12')).toBeNull();
  });

  it('should keep the name (so a superior reads it in notices) and nothing else unknown', () => {
    const read = readRecipientRows(
      [
        'NIP,Nama Lengkap,id_pegawai,email',
        '198703122010011002,  Rina   Wulandari ,emp-1,',
        ',,emp-2,',
      ].join('\n'),
    );
    expect(read.ok && read.rows.map((r) => [r.employeeId, r.name])).toEqual([
      ['emp-1', 'Rina Wulandari'],
      ['emp-2', undefined],
    ]);
    expect(JSON.stringify(read)).not.toContain('198703122010011002');
  });
});
