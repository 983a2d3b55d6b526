import { Inject, Injectable } from '@nestjs/common';
import { mintDevToken } from '@jenjang/auth';
import type { PortalConfig } from '../config/portal.config';
import { PORTAL_CONFIG } from '../portal.tokens';
import type { PortalSessionData } from './session-user';

const DEV_TOKEN_SECONDS = 600;

/**
 * The bearer token the portal sends to the services for the signed-in person; it never leaves
 * the server. Development: a short-lived token minted with the development key for exactly the
 * person the identity provider vouched for (the services trust that key there). Production: the
 * identity provider's own access token (audience `jenjang`), as the services verify it.
 */
@Injectable()
export class ServiceTokensService {
  private readonly minted = new Map<string, { token: string; until: number }>();

  constructor(@Inject(PORTAL_CONFIG) private readonly config: PortalConfig) {}

  async tokenFor(session: PortalSessionData): Promise<string | undefined> {
    const user = session.user;
    if (!user) return undefined;
    if (this.config.serviceTokens === 'oidc') return session.accessToken;
    const key = JSON.stringify(user);
    const cached = this.minted.get(key);
    if (cached && cached.until > Date.now()) return cached.token;
    const token = await mintDevToken(
      {
        subject: user.subject,
        agencyId: user.agencyId,
        roles: user.roles,
        ...(user.unitId ? { unitId: user.unitId } : {}),
        ...(user.employeeId ? { employeeId: user.employeeId } : {}),
      },
      { expiresIn: `${DEV_TOKEN_SECONDS}s` },
    );
    // Renewed a minute before it expires.
    this.minted.set(key, { token, until: Date.now() + (DEV_TOKEN_SECONDS - 60) * 1000 });
    return token;
  }
}
