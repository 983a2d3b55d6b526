import { randomBytes } from 'node:crypto';
import {
  Controller,
  Get,
  HttpCode,
  Logger,
  Post,
  Query,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { CsrfGuard } from './csrf.guard';
import { OidcClientService } from './oidc-client.service';
import { safeReturnTo, userFromClaims } from './session-user';

const promised = (fn: (done: (err?: unknown) => void) => void) =>
  new Promise<void>((resolve, reject) =>
    fn((err) =>
      err ? reject(err instanceof Error ? err : new Error('session store failed')) : resolve(),
    ),
  );

/** Sign-in (OpenID Connect, authorization code with PKCE), the session, sign-out. */
@Controller()
export class AuthController {
  private readonly log = new Logger(AuthController.name);

  constructor(private readonly oidc: OidcClientService) {}

  @Get('auth/login')
  async login(@Req() req: Request, @Res() res: Response, @Query('returnTo') returnTo?: string) {
    const request = await this.oidc.authorizationRequest();
    req.session.login = {
      verifier: request.verifier,
      state: request.state,
      nonce: request.nonce,
      returnTo: safeReturnTo(returnTo),
    };
    await promised((done) => req.session.save(done));
    res.redirect(303, request.url);
  }

  @Get('auth/callback')
  async callback(@Req() req: Request, @Res() res: Response) {
    const pending = req.session.login;
    if (!pending) return res.redirect(303, '/?signin=expired');
    try {
      const result = await this.oidc.signIn(
        new URL(req.originalUrl, this.oidc.redirectUri),
        pending,
      );
      const user = userFromClaims(result.claims);
      if (!user) return res.redirect(303, '/?signin=claims');
      // A new session id on sign-in (no fixation); the cookie never holds a token.
      await promised((done) => req.session.regenerate(done));
      req.session.user = user;
      req.session.csrf = randomBytes(32).toString('base64url');
      req.session.accessToken = result.accessToken;
      if (result.expiresAt) req.session.accessTokenExpiresAt = result.expiresAt;
      if (result.refreshToken) req.session.refreshToken = result.refreshToken;
      if (result.idToken) req.session.idToken = result.idToken;
      await promised((done) => req.session.save(done));
      return res.redirect(303, pending.returnTo);
    } catch (error) {
      this.log.warn(`sign-in refused: ${error instanceof Error ? error.message : String(error)}`);
      return res.redirect(303, '/?signin=failed');
    }
  }

  @Get('bff/session')
  session(@Req() req: Request) {
    const user = req.session.user;
    return user ? { user, csrfToken: req.session.csrf } : { user: null };
  }

  @Post('auth/logout')
  @HttpCode(200)
  @UseGuards(CsrfGuard)
  async logout(@Req() req: Request) {
    const url = await this.oidc.logoutUrl(req.session.idToken);
    await promised((done) => req.session.destroy(done));
    return { logoutUrl: url };
  }
}
