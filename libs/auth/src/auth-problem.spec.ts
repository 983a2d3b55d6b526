import {
  AuthUnavailableError,
  ForbiddenAgencyError,
  ForbiddenRoleError,
  UnauthenticatedError,
} from './auth-errors';
import { authChallenge, authProblem } from './auth-problem';

describe('authProblem', () => {
  it('should give 401 with English and Indonesian text when the token expired', () => {
    expect(authProblem(new UnauthenticatedError('TOKEN_EXPIRED'))).toEqual({
      type: 'urn:jenjang:problem:unauthenticated',
      status: 401,
      title: 'Authentication required',
      detail: 'The token has expired; sign in again.',
      title_id: 'Autentikasi diperlukan',
      detail_id: 'Token sudah kedaluwarsa; silakan masuk kembali.',
      reason: 'TOKEN_EXPIRED',
    });
  });

  it('should name the claim when a claim is missing', () => {
    const problem = authProblem(new UnauthenticatedError('MISSING_CLAIM', { claim: 'agency' }));
    expect(problem.detail).toBe("The token has no 'agency' claim.");
    expect(problem.detail_id).toBe("Token tidak memiliki klaim 'agency'.");
  });

  it('should give 403 forbidden-agency when the agency is another one', () => {
    expect(authProblem(new ForbiddenAgencyError('OTHER_AGENCY', 'AG2'))).toMatchObject({
      type: 'urn:jenjang:problem:forbidden-agency',
      status: 403,
      title_id: 'Akses ke instansi ini tidak diizinkan',
      reason: 'OTHER_AGENCY',
    });
  });

  it('should list the roles needed when a role is missing', () => {
    const problem = authProblem(new ForbiddenRoleError(['PENILAI', 'ATASAN_PENILAI']));
    expect(problem).toMatchObject({ status: 403, reason: 'ROLE_REQUIRED' });
    expect(problem.detail).toContain('PENILAI, ATASAN_PENILAI');
  });

  it('should give 503 when the keys are unavailable', () => {
    expect(authProblem(new AuthUnavailableError())).toMatchObject({ status: 503 });
  });
});

describe('authChallenge', () => {
  it('should ask for a bearer token on 401 and stay silent on 403', () => {
    expect(authChallenge(new UnauthenticatedError('MISSING_TOKEN'))).toBe('Bearer');
    expect(authChallenge(new UnauthenticatedError('BAD_SIGNATURE'))).toBe(
      'Bearer error="invalid_token"',
    );
    expect(authChallenge(new ForbiddenRoleError(['ANALIS']))).toBeUndefined();
  });
});
