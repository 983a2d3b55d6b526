import { accessForMethod, assertAgencyAccess, canAccessAgency } from './agency-access';
import { ForbiddenAgencyError } from './auth-errors';
import type { Principal } from './principal';
import type { Role } from './roles';

const person = (roles: Role[], agencyId = 'AG1'): Principal => ({
  subject: 'u1',
  agencyId,
  roles,
});

function refusal(principal: Principal, agencyId: string, access?: 'read' | 'write'): unknown {
  try {
    assertAgencyAccess(principal, agencyId, access);
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('assertAgencyAccess', () => {
  it('should allow a pegawai when the agency is their own', () => {
    expect(refusal(person(['PEGAWAI']), 'AG1')).toBeUndefined();
  });

  it('should refuse a pegawai of AG1 when the agency is AG2', () => {
    const error = refusal(person(['PEGAWAI']), 'AG2', 'read');
    expect(error).toBeInstanceOf(ForbiddenAgencyError);
    expect(error).toMatchObject({ status: 403, reason: 'OTHER_AGENCY', requestedAgencyId: 'AG2' });
  });

  it('should refuse an agency admin when the agency is another one', () => {
    expect(refusal(person(['ADMIN_INSTANSI']), 'AG2', 'write')).toMatchObject({
      reason: 'OTHER_AGENCY',
    });
  });

  it.each(['read', 'write'] as const)('should allow ADMIN_PROVINSI to %s any agency', (access) => {
    expect(refusal(person(['ADMIN_PROVINSI'], 'BKD'), 'AG2', access)).toBeUndefined();
  });

  it('should allow ANALIS to read another agency', () => {
    expect(refusal(person(['ANALIS'], 'BKD'), 'AG2', 'read')).toBeUndefined();
  });

  it('should refuse ANALIS a write in another agency with READ_ONLY_ROLE', () => {
    expect(refusal(person(['ANALIS'], 'BKD'), 'AG2', 'write')).toMatchObject({
      reason: 'READ_ONLY_ROLE',
    });
  });

  it('should treat access as a write when none is given', () => {
    expect(refusal(person(['ANALIS'], 'BKD'), 'AG2')).toBeInstanceOf(ForbiddenAgencyError);
  });
});

describe('canAccessAgency', () => {
  it('should answer false instead of throwing when the agency is another one', () => {
    expect(canAccessAgency(person(['PENILAI']), 'AG2', 'read')).toBe(false);
    expect(canAccessAgency(person(['PENILAI']), 'AG1', 'write')).toBe(true);
  });
});

describe('accessForMethod', () => {
  it.each([
    ['GET', 'read'],
    ['head', 'read'],
    ['POST', 'write'],
    ['PATCH', 'write'],
    ['DELETE', 'write'],
  ])('should map %s to %s', (method, access) => {
    expect(accessForMethod(method)).toBe(access);
  });
});
