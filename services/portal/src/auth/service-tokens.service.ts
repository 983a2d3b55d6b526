import { Inject, Injectable, Logger } from '@nestjs/common';
import { mintDevToken } from '@jenjang/auth';
import type { PortalConfig } from '../config/portal.config';
import { PORTAL_CONFIG } from '../portal.tokens';
import { OidcClientService } from './oidc-client.service';
import type { PortalSessionData } from './session-user';

const DEV_TOKEN_SECONDS = 600;
/** An access token this close to its end is renewed first, so a call never carries a dead one. */
export const RENEW_BEFORE_MS = 30_000;

/**
 * The bearer token the portal sends to the services for the signed-in person; it never leaves
 * the server. Development: a short-lived token minted with the development key for exactly the
 * person the identity provider vouched for (the services trust that key there). Production: the
 * identity provider's own access token (audience `jenjang`), as the services verify it, renewed
 * with the refresh token before it lapses; when the provider refuses, the person signs in again.
 */
@Injectable()
export class ServiceTokensService {
  private readonly minted = new Map<string, { token: string; until: number }>();

  private readonly log = new Logger(ServiceTokensService.name);

  constructor(
    @Inject(PORTAL_CONFIG) private readonly config: PortalConfig,
    private readonly oidc: OidcClientService,
  ) {}

  async tokenFor(session: PortalSessionData): Promise<string | undefined> {
    const user = session.user;
    if (!user) return undefined;
    if (this.config.serviceTokens === 'oidc') return this.providerToken(session);
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
      {
        expiresIn: `${DEV_TOKEN_SECONDS}s`,
        ...(this.config.devKeysRoot ? { rootDir: this.config.devKeysRoot } : {}),
      },
    );
    // Renewed a minute before it expires.
    this.minted.set(key, { token, until: Date.now() + (DEV_TOKEN_SECONDS - 60) * 1000 });
    return token;
  }

  // The session's access token, renewed when it is about to lapse; undefined: sign in again.
  private async providerToken(session: PortalSessionData): Promise<string | undefined> {
    const expiresAt = session.accessTokenExpiresAt;
    if (expiresAt === undefined || expiresAt - RENEW_BEFORE_MS > Date.now()) {
      return session.accessToken;
    }
    if (!session.refreshToken) return this.signedOut(session);
    try {
      const renewed = await this.oidc.refresh(session.refreshToken);
      session.accessToken = renewed.accessToken;
      session.accessTokenExpiresAt = renewed.expiresAt;
      if (renewed.refreshToken) session.refreshToken = renewed.refreshToken;
      return renewed.accessToken;
    } catch (error) {
      this.log.warn(
        `token refresh refused: ${error instanceof Error ? error.message : String(error)}`,
      );
      return this.signedOut(session);
    }
  }

  // The provider ended the sign-in (or never allowed a refresh): the session no longer holds one.
  private signedOut(session: PortalSessionData): undefined {
    delete session.user;
    delete session.accessToken;
    delete session.accessTokenExpiresAt;
    delete session.refreshToken;
    return undefined;
  }
}
