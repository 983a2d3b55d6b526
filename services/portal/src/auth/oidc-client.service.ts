import { Inject, Injectable } from '@nestjs/common';
import type { Configuration } from 'openid-client';
import { PORTAL_CONFIG } from '../portal.tokens';
import type { PortalConfig } from '../config/portal.config';

type OpenIdClient = typeof import('openid-client');

export interface AuthorizationRequest {
  readonly url: string;
  readonly verifier: string;
  readonly state: string;
  readonly nonce: string;
}

/** The provider's tokens for the services: the access token, when it lapses, how to renew it. */
export interface AccessTokens {
  readonly accessToken: string;
  /** Epoch milliseconds; absent when the provider did not say (expires_in). */
  readonly expiresAt?: number;
  readonly refreshToken?: string;
}

export interface SignInResult extends AccessTokens {
  readonly claims: Record<string, unknown>;
  readonly idToken?: string;
}

function accessTokens(tokens: {
  access_token: string;
  refresh_token?: string;
  expiresIn(): number | undefined;
}): AccessTokens {
  const expiresIn = tokens.expiresIn();
  return {
    accessToken: tokens.access_token,
    ...(expiresIn === undefined ? {} : { expiresAt: Date.now() + expiresIn * 1000 }),
    ...(tokens.refresh_token ? { refreshToken: tokens.refresh_token } : {}),
  };
}

/** The relying-party side of OpenID Connect (openid-client): authorization code with PKCE. */
@Injectable()
export class OidcClientService {
  private configuration?: Promise<Configuration>;
  private lib?: Promise<OpenIdClient>;

  constructor(@Inject(PORTAL_CONFIG) private readonly config: PortalConfig) {}

  get redirectUri(): string {
    return `${this.config.publicUrl}/auth/callback`;
  }

  private client(): Promise<OpenIdClient> {
    // ESM-only package, loaded on first use.
    this.lib ??= import('openid-client');
    return this.lib;
  }

  // Discovered on first use (the development provider runs in this very server), then kept.
  private async discovered(): Promise<Configuration> {
    const oidc = await this.client();
    this.configuration ??= oidc
      .discovery(
        new URL(this.config.oidc.issuer),
        this.config.oidc.clientId,
        undefined,
        this.config.oidc.clientSecret
          ? oidc.ClientSecretPost(this.config.oidc.clientSecret)
          : oidc.None(),
        // Plain http only outside production (the local provider).
        this.config.production ? {} : { execute: [oidc.allowInsecureRequests] },
      )
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw error;
      });
    return this.configuration;
  }

  async authorizationRequest(): Promise<AuthorizationRequest> {
    const oidc = await this.client();
    const configuration = await this.discovered();
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: this.config.oidc.scope,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url: url.href, verifier, state, nonce };
  }

  async signIn(
    callbackUrl: URL,
    pending: { verifier: string; state: string; nonce: string },
  ): Promise<SignInResult> {
    const oidc = await this.client();
    const tokens = await oidc.authorizationCodeGrant(await this.discovered(), callbackUrl, {
      pkceCodeVerifier: pending.verifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    return {
      claims: { ...tokens.claims() },
      ...accessTokens(tokens),
      ...(tokens.id_token ? { idToken: tokens.id_token } : {}),
    };
  }

  /** New tokens for a refresh token (the provider may rotate it); throws when it refuses. */
  async refresh(refreshToken: string): Promise<AccessTokens> {
    const oidc = await this.client();
    return accessTokens(await oidc.refreshTokenGrant(await this.discovered(), refreshToken));
  }

  async logoutUrl(idToken: string | undefined): Promise<string> {
    const oidc = await this.client();
    const configuration = await this.discovered().catch(() => undefined);
    if (!configuration?.serverMetadata().end_session_endpoint) return '/';
    return oidc.buildEndSessionUrl(configuration, {
      post_logout_redirect_uri: `${this.config.publicUrl}/`,
      ...(idToken ? { id_token_hint: idToken } : {}),
    }).href;
  }
}
