import { ForbiddenAgencyError, type Principal } from '@jenjang/auth';
import { EmployeeIdentityRequiredError, requestScopeOf } from './request-scope';

const pegawai: Principal = {
  subject: 'u-1',
  agencyId: 'AG1',
  employeeId: 'E1',
  roles: ['PEGAWAI', 'PENILAI'],
};
const analyst: Principal = { subject: 'u-2', agencyId: 'AG1', roles: ['ANALIS'] };
const bkd: Principal = { subject: 'u-3', agencyId: 'PROV', roles: ['ADMIN_PROVINSI'] };

describe(requestScopeOf.name, () => {
  it("should act in the caller's own agency when the path names none", () => {
    const scope = requestScopeOf(pegawai, { method: 'POST', params: {} });

    expect(scope).toMatchObject({
      agencyId: 'AG1',
      agencyFromPath: false,
      access: 'write',
      agency: { kind: 'agency', agencyId: 'AG1' },
      reach: { kind: 'agency', agencyId: 'AG1' },
      actor: { subject: 'u-1', roles: ['PEGAWAI', 'PENILAI'] },
      employeeId: 'E1',
    });
    expect(scope.self()).toBe('E1');
    expect(scope.has('PENILAI')).toBe(true);
    expect(scope.has('ADMIN_INSTANSI')).toBe(false);
  });

  it('should let province readers reach every agency when the path names none', () => {
    expect(requestScopeOf(analyst, { method: 'GET' }).reach).toMatchObject({ kind: 'province' });
    expect(requestScopeOf(bkd, { method: 'GET' }).reach).toMatchObject({ kind: 'province' });
  });

  it('should act in the agency of the path, for a province role too', () => {
    const scope = requestScopeOf(bkd, { method: 'PUT', params: { agencyId: 'AG2' } });

    expect(scope).toMatchObject({ agencyId: 'AG2', agencyFromPath: true, access: 'write' });
    expect(scope.reach).toEqual(scope.agency);
  });

  it("should refuse another agency's path to an agency role, and writes to a read-only one", () => {
    expect(() => requestScopeOf(pegawai, { method: 'GET', params: { agencyId: 'AG2' } })).toThrow(
      ForbiddenAgencyError,
    );
    expect(requestScopeOf(analyst, { method: 'GET', params: { agencyId: 'AG2' } }).agencyId).toBe(
      'AG2',
    );
    expect(() => requestScopeOf(analyst, { method: 'PUT', params: { agencyId: 'AG2' } })).toThrow(
      ForbiddenAgencyError,
    );
  });

  it('should refuse self() to an account that is not an employee', () => {
    expect(() => requestScopeOf(analyst, { method: 'GET' }).self()).toThrow(
      EmployeeIdentityRequiredError,
    );
  });
});
