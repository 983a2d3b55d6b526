import { InvalidNipError, assertNip, parseNip, type NipParseResult } from './nip';

function partsOf(result: NipParseResult): string[] {
  return result.ok ? [] : result.errors.map((e) => e.part);
}

describe('parseNip', () => {
  it('should split a valid NIP into its parts when all groups are valid', () => {
    expect(parseNip('198503122010012003')).toEqual({
      ok: true,
      value: {
        nip: '198503122010012003',
        birthDate: '1985-03-12',
        appointment: '2010-01',
        jenisKelamin: 'PEREMPUAN',
        sequence: '003',
      },
    });
  });

  it('should accept the spaces people write between the groups', () => {
    const result = parseNip(' 19850312 201001 1 003 ');
    expect(result).toMatchObject({
      ok: true,
      value: { nip: '198503122010011003', jenisKelamin: 'LAKI_LAKI' },
    });
  });

  it('should accept 29 February when the birth year is a leap year', () => {
    expect(parseNip('200002292020011001').ok).toBe(true);
  });

  it.each([
    ['too short', '19850312201001100'],
    ['too long', '1985031220100110031'],
    ['letters', '19850312201001100A'],
    ['punctuation', '19850312.201001.1.003'],
    ['empty', ''],
  ])('should give one format error when the NIP is %s', (_case, nip) => {
    expect(parseNip(nip)).toEqual({
      ok: false,
      errors: [expect.objectContaining({ field: 'nip', part: 'format' })],
    });
  });

  it.each([
    ['month 13', '198513122010011003'],
    ['day 0', '198503002010011003'],
    ['31 April', '198504312010011003'],
    ['29 February of a common year', '190002292020011001'],
  ])('should refuse the birth date when it is %s', (_case, nip) => {
    expect(partsOf(parseNip(nip))).toEqual(['birthDate']);
  });

  it.each([
    ['month 00', '198503122010001003'],
    ['month 13', '198503122010131003'],
  ])('should refuse the appointment when it is %s', (_case, nip) => {
    expect(partsOf(parseNip(nip))).toEqual(['appointment']);
  });

  it('should refuse the appointment when it is less than 17 years after birth', () => {
    expect(partsOf(parseNip('199005202007041001'))).toEqual(['appointment']);
  });

  it('should accept the appointment when it is 17 years after the birth month', () => {
    expect(parseNip('199005202007051001').ok).toBe(true);
  });

  it.each(['0', '3', '9'])('should refuse sex digit %s when it is not 1 or 2', (digit) => {
    expect(partsOf(parseNip(`19850312201001${digit}003`))).toEqual(['jenisKelamin']);
  });

  it('should list every wrong part when several are wrong', () => {
    expect(partsOf(parseNip('198513122010135003'))).toEqual([
      'birthDate',
      'appointment',
      'jenisKelamin',
    ]);
  });

  it('should use the given field name when one is given', () => {
    const result = parseNip('123', 'pegawai[2].nip');
    expect(result.ok ? undefined : result.errors[0].field).toBe('pegawai[2].nip');
  });
});

describe('assertNip', () => {
  it('should return the parts when the NIP is valid', () => {
    expect(assertNip('198503122010011003').sequence).toBe('003');
  });

  it('should throw InvalidNipError without the NIP in it when the NIP is invalid', () => {
    const nip = '198513122010011003';
    let error: unknown;
    try {
      assertNip(nip);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(InvalidNipError);
    expect(error).toMatchObject({ code: 'INVALID_NIP', status: 422, field: 'nip' });
    const { detail, message } = error as InvalidNipError;
    expect([detail.en, detail.id, message].join(' ')).not.toContain(nip.slice(0, 8));
  });
});
