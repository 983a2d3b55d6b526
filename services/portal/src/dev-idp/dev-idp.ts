import { generateKeyPairSync } from 'node:crypto';
import type { Express, NextFunction, Request, Response } from 'express';
import { urlencoded } from 'express';
import type { Configuration, KoaContextWithOIDC } from 'oidc-provider';
import { assertNotProduction } from '@jenjang/auth';
import { claimsOf, type DemoPerson } from './demo-people';
import { signInPage } from './sign-in-page';

// The development and test identity provider: the certified `oidc-provider` (authorization code
// with PKCE), mounted at /idp of the portal's own server, with a sign-in page that lists the demo
// people. The portal signs in against it exactly as against the deployment's Keycloak realm.

export const JENJANG_SCOPE = 'jenjang';
const CLAIMS = ['agency', 'unit', 'employee_id', 'roles'];

export interface DevIdpOptions {
  readonly issuer: string;
  readonly clientId: string;
  readonly redirectUri: string;
  readonly postLogoutRedirectUri: string;
  readonly people: readonly DemoPerson[];
  readonly cookieSecret: string;
}

export async function mountDevIdp(app: Express, options: DevIdpOptions): Promise<void> {
  assertNotProduction('the development identity provider');
  // ESM-only package: loaded when the development provider runs, never in production.
  const { default: Provider } = await import('oidc-provider');
  const byId = new Map(options.people.map((p) => [p.id, p]));
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const configuration: Configuration = {
    clients: [
      {
        client_id: options.clientId,
        token_endpoint_auth_method: 'none',
        redirect_uris: [options.redirectUri],
        post_logout_redirect_uris: [options.postLogoutRedirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        id_token_signed_response_alg: 'ES256',
      },
    ],
    pkce: { required: () => true },
    scopes: ['openid', 'profile', JENJANG_SCOPE],
    claims: { openid: ['sub'], profile: ['name'], [JENJANG_SCOPE]: CLAIMS },
    // The claims go into the ID token too: the portal reads them there, no userinfo round trip.
    conformIdTokenClaims: false,
    findAccount: (_ctx, id) => {
      const person = byId.get(id);
      return person ? { accountId: id, claims: () => claimsOf(person) } : undefined;
    },
    // A first-party application: the grant is given on sign-in, without a consent screen.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const { client, session, provider } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const existing = session.grantIdFor(client.clientId);
      if (existing) return provider.Grant.find(existing);
      const grant = new provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope(`openid profile ${JENJANG_SCOPE}`);
      grant.addOIDCClaims(['name', ...CLAIMS]);
      await grant.save();
      session.grantIdFor(client.clientId, grant.jti);
      return grant;
    },
    interactions: { url: (_ctx, interaction) => `/idp/interaction/${interaction.uid}` },
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
    cookies: { keys: [options.cookieSecret] },
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'dev-idp', alg: 'ES256' }] },
    ttl: { Session: 8 * 3600, Grant: 8 * 3600, IdToken: 3600, AccessToken: 3600 },
  };
  const provider = new Provider(options.issuer, configuration);

  const people = [...options.people];
  app.get('/idp/interaction/:uid', (req: Request, res: Response, next: NextFunction) => {
    provider
      .interactionDetails(req, res)
      .then((details) => {
        res
          .status(200)
          .type('html')
          .send(signInPage(`/idp/interaction/${details.uid}/login`, people));
      })
      .catch(next);
  });
  app.post(
    '/idp/interaction/:uid/login',
    urlencoded({ extended: false, limit: '2kb' }),
    (req: Request, res: Response, next: NextFunction) => {
      const id = (req.body as { person?: unknown }).person;
      const result =
        typeof id === 'string' && byId.has(id)
          ? { login: { accountId: id } }
          : { error: 'access_denied', error_description: 'unknown person' };
      provider
        .interactionFinished(req, res, result, { mergeWithLastSubmission: false })
        .catch(next);
    },
  );
  app.use('/idp', provider.callback());
}
