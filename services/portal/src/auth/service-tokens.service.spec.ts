import type { PortalConfig } from '../config/portal.config';
import type { OidcClientService } from './oidc-client.service';
import { RENEW_BEFORE_MS, ServiceTokensService } from './service-tokens.service';
import type { PortalSessionData } from './session-user';

describe(ServiceTokensService.name, () => {
  const config = { serviceTokens: 'oidc' } as PortalConfig;
  const user = { subject: 's-1', name: 'Siti', agencyId: 'ag', roles: ['PEGAWAI' as const] };
  const refresh = jest.fn();
  const tokens = new ServiceTokensService(config, { refresh } as unknown as OidcClientService);

  beforeEach(() => refresh.mockReset());

  it('should forward the provider token while it is not about to lapse', async () => {
    const session: PortalSessionData = {
      user,
      accessToken: 'at-1',
      accessTokenExpiresAt: Date.now() + RENEW_BEFORE_MS + 60_000,
      refreshToken: 'rt-1',
    };
    expect(await tokens.tokenFor(session)).toBe('at-1');
    expect(refresh).not.toHaveBeenCalled();
  });

  it('should renew a token about to lapse and keep the rotated refresh token', async () => {
    refresh.mockResolvedValue({ accessToken: 'at-2', expiresAt: 42, refreshToken: 'rt-2' });
    const session: PortalSessionData = {
      user,
      accessToken: 'at-1',
      accessTokenExpiresAt: Date.now() + 1_000,
      refreshToken: 'rt-1',
    };
    expect(await tokens.tokenFor(session)).toBe('at-2');
    expect(refresh).toHaveBeenCalledWith('rt-1');
    expect(session).toMatchObject({
      accessToken: 'at-2',
      accessTokenExpiresAt: 42,
      refreshToken: 'rt-2',
    });
  });

  it('should sign the person out when the provider refuses the refresh', async () => {
    refresh.mockRejectedValue(new Error('invalid_grant'));
    const session: PortalSessionData = {
      user,
      csrf: 'c',
      accessToken: 'at-1',
      accessTokenExpiresAt: Date.now() - 1,
      refreshToken: 'rt-1',
    };
    expect(await tokens.tokenFor(session)).toBeUndefined();
    expect(session.user).toBeUndefined();
    expect(session.accessToken).toBeUndefined();
  });
});
