import { safeReturnTo, userFromClaims } from './session-user';

describe('userFromClaims', () => {
  it('should take the person from the ID token claims the services read', () => {
    expect(
      userFromClaims({
        sub: 'u1',
        name: 'Sari',
        agency: 'ag1',
        unit: 'dinkes',
        employee_id: 'e1',
        roles: ['PEGAWAI', 'PENILAI'],
      }),
    ).toEqual({
      subject: 'u1',
      name: 'Sari',
      agencyId: 'ag1',
      unitId: 'dinkes',
      employeeId: 'e1',
      roles: ['PEGAWAI', 'PENILAI'],
    });
  });

  it('should refuse a person without an agency or without a known role', () => {
    expect(userFromClaims({ sub: 'u1', roles: ['PEGAWAI'] })).toBeUndefined();
    expect(userFromClaims({ sub: 'u1', agency: 'ag1', roles: ['ROOT'] })).toBeUndefined();
  });

  it('should drop unknown roles and accept a space-separated list', () => {
    expect(userFromClaims({ sub: 'u1', agency: 'ag1', roles: 'PEGAWAI ROOT' })?.roles).toEqual([
      'PEGAWAI',
    ]);
  });
});

describe('safeReturnTo', () => {
  it('should keep a path of the portal', () => {
    expect(safeReturnTo('/penilai')).toBe('/penilai');
  });

  it('should never send the browser to another site', () => {
    for (const bad of ['//evil.example', 'https://evil.example', '/\\evil.example', 'x', 5]) {
      expect(safeReturnTo(bad)).toBe('/');
    }
  });
});
