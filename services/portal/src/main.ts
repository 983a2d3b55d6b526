import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import session from 'express-session';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { createLogger } from '@jenjang/observability';
import { AppModule } from './app.module';
import { loadPortalConfig } from './config/portal.config';
import { mountDevIdp } from './dev-idp/dev-idp';
import { loadDemoPeople } from './dev-idp/demo-people';
import { connectSessionStore } from './session/session-connection';
import { serveSpa } from './web/spa';

// The portal: a backend-for-frontend that serves the single-page app, keeps the session, signs
// people in with OpenID Connect and calls the five services on their behalf.
async function main(): Promise<void> {
  const config = loadPortalConfig();
  const logger = createLogger({
    serviceName: 'portal',
    level: config.log.level,
    format: config.log.format,
  });
  // Sessions in the shared store when one is configured: every replica serves every session.
  const sessions = config.session.mongoUri
    ? await connectSessionStore(config.session.mongoUri, config.session.ttlSeconds, logger)
    : undefined;
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, logger, sessions?.connection ?? null),
    { bodyParser: false, bufferLogs: true },
  );
  const log = app.get(Logger);
  app.useLogger(log);
  const store = sessions?.store;
  const http = app.getHttpAdapter().getInstance();
  http.disable('x-powered-by');
  if (config.production) app.set('trust proxy', 1);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
          'form-action': null,
          'frame-ancestors': ["'none'"],
          'upgrade-insecure-requests': config.production ? [] : null,
        },
      },
      hsts: config.production,
    }),
  );
  app.use(
    session({
      name: config.production ? '__Host-jenjang' : 'jenjang.sid',
      secret: config.session.secret,
      resave: false,
      saveUninitialized: false,
      rolling: true,
      ...(store ? { store } : {}),
      cookie: {
        httpOnly: true,
        sameSite: 'lax',
        secure: config.production,
        path: '/',
        maxAge: config.session.ttlSeconds * 1000,
      },
    }),
  );
  // Bodies reach the services unchanged (JSON or CSV), read only under /bff/api.
  app.use('/bff/api', express.raw({ type: () => true, limit: '6mb' }));
  app.use('/auth/logout', express.json({ limit: '1kb' }));
  if (config.devIdp.enabled) {
    const people = loadDemoPeople(config.devIdp.peopleFile);
    await mountDevIdp(http, {
      issuer: config.oidc.issuer,
      clientId: config.oidc.clientId,
      redirectUri: `${config.publicUrl}/auth/callback`,
      postLogoutRedirectUri: `${config.publicUrl}/`,
      people,
      cookieSecret: config.session.secret,
    });
    log.log(
      `development identity provider at ${config.oidc.issuer} (${people.length} people)`,
      'portal',
    );
  }
  if (!serveSpa(http, config.webDir)) {
    log.warn(`no built single-page app in ${config.webDir}: run npm run build`, 'portal');
  }
  app.enableShutdownHooks();
  await app.listen(config.port, config.host);
  log.log(`portal at ${config.publicUrl}`, 'portal');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `portal failed to start: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
