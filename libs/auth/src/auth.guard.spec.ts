import type { Server } from 'node:http';
import { Body, Controller, Get, type INestApplication, Post, ValidationPipe } from '@nestjs/common';
import { IsString } from 'class-validator';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { AgencyScoped, CurrentPrincipal, Public, Roles } from './auth.decorators';
import { AuthGuard } from './auth.guard';
import { AuthModule } from './auth.module';
import { devAuthOptions, mintDevToken, type DevTokenClaims } from './dev-keys';
import type { AuthOptions } from './auth-options';
import type { Principal } from './principal';

class SettingsBody {
  @IsString()
  name!: string;
}

@Controller()
class ProbeController {
  @Public()
  @Get('health/ready')
  ready(): { status: string } {
    return { status: 'ok' };
  }

  @Get('me')
  me(@CurrentPrincipal() principal: Principal): Principal {
    return principal;
  }

  @Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI')
  @Post('periods')
  createPeriod(): { created: boolean } {
    return { created: true };
  }

  @AgencyScoped()
  @Get('agencies/:agencyId/reports')
  report(): { ok: boolean } {
    return { ok: true };
  }

  @AgencyScoped()
  @Post('agencies/:agencyId/imports')
  import(): { ok: boolean } {
    return { ok: true };
  }

  // No @AgencyScoped(): the global guard scopes any :agencyId route, before validation.
  @Post('agencies/:agencyId/settings')
  settings(@Body(new ValidationPipe()) body: SettingsBody): { ok: boolean } {
    return { ok: body.name.length > 0 };
  }

  @AgencyScoped('instansi')
  @Get('instansi/:instansi/units')
  units(): { ok: boolean } {
    return { ok: true };
  }
}

describe(AuthGuard.name, () => {
  let app: INestApplication;
  let server: Server;
  const token = (claims: DevTokenClaims, expiresIn?: string): Promise<string> =>
    mintDevToken(claims, expiresIn ? { expiresIn } : {});
  const pegawaiAg1: DevTokenClaims = { roles: ['PEGAWAI'], agencyId: 'AG1', employeeId: 'E1' };

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [AuthModule.forRoot({ ...devAuthOptions(), problemFilter: true })],
      controllers: [ProbeController],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    server = app.getHttpServer() as Server;
  });

  afterAll(async () => {
    await app.close();
  });

  it('should let anyone reach a @Public() route', async () => {
    await request(server).get('/health/ready').expect(200, { status: 'ok' });
  });

  it('should answer 401 problem+json in both languages when there is no token', async () => {
    const res = await request(server).get('/me').expect(401);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers['www-authenticate']).toBe('Bearer');
    expect(res.body).toMatchObject({
      status: 401,
      reason: 'MISSING_TOKEN',
      title: 'Authentication required',
      title_id: 'Autentikasi diperlukan',
    });
  });

  it('should answer 401 when the token has expired', async () => {
    const res = await request(server)
      .get('/me')
      .auth(await token(pegawaiAg1, '-1h'), { type: 'bearer' })
      .expect(401);
    expect(res.body).toMatchObject({ reason: 'TOKEN_EXPIRED' });
    expect(res.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
  });

  it('should answer 401 problem+json in both languages when the token lives too long', async () => {
    const res = await request(server)
      .get('/me')
      .auth(await token(pegawaiAg1, '100y'), { type: 'bearer' })
      .expect(401);

    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
    expect(res.body).toMatchObject({
      status: 401,
      reason: 'TOKEN_LIFETIME_TOO_LONG',
      title: 'Authentication required',
      title_id: 'Autentikasi diperlukan',
      detail: expect.stringContaining('longer than this service allows') as unknown,
      detail_id: expect.stringContaining('Masa berlaku token melebihi batas') as unknown,
    });
  });

  it('should hand the principal to the handler when the token is valid', async () => {
    await request(server)
      .get('/me')
      .auth(await token(pegawaiAg1), { type: 'bearer' })
      .expect(200, { subject: 'E1', employeeId: 'E1', agencyId: 'AG1', roles: ['PEGAWAI'] });
  });

  it('should answer 403 when the role is not one @Roles() names', async () => {
    const res = await request(server)
      .post('/periods')
      .auth(await token(pegawaiAg1), { type: 'bearer' })
      .expect(403);
    expect(res.body).toMatchObject({
      reason: 'ROLE_REQUIRED',
      type: 'urn:jenjang:problem:forbidden-role',
    });
  });

  it('should answer 201 when the role is one @Roles() names', async () => {
    await request(server)
      .post('/periods')
      .auth(await token({ roles: ['ADMIN_INSTANSI'], agencyId: 'AG1' }), { type: 'bearer' })
      .expect(201);
  });

  it('should answer 200 when a pegawai reads their own agency', async () => {
    await request(server)
      .get('/agencies/AG1/reports')
      .auth(await token(pegawaiAg1), { type: 'bearer' })
      .expect(200);
  });

  it('should answer 403 when a pegawai of AG1 reads AG2', async () => {
    const res = await request(server)
      .get('/agencies/AG2/reports')
      .auth(await token(pegawaiAg1), { type: 'bearer' })
      .expect(403);
    expect(res.body).toMatchObject({
      reason: 'OTHER_AGENCY',
      detail_id: 'Anda hanya dapat bertindak di instansi Anda sendiri.',
    });
  });

  it('should answer 403 for another agency on any :agencyId route before the body is validated', async () => {
    const admin = await token({ roles: ['ADMIN_INSTANSI'], agencyId: 'AG1' });
    const res = await request(server)
      .post('/agencies/AG2/settings')
      .auth(admin, { type: 'bearer' })
      .send({})
      .expect(403);
    expect(res.body).toMatchObject({ reason: 'OTHER_AGENCY' });
    await request(server)
      .post('/agencies/AG1/settings')
      .auth(admin, { type: 'bearer' })
      .send({})
      .expect(400);
    await request(server)
      .post('/agencies/AG1/settings')
      .auth(admin, { type: 'bearer' })
      .send({ name: 'x' })
      .expect(201);
  });

  it('should let ADMIN_PROVINSI write to any agency', async () => {
    await request(server)
      .post('/agencies/AG2/imports')
      .auth(await token({ roles: ['ADMIN_PROVINSI'], agencyId: 'BKD' }), { type: 'bearer' })
      .expect(201);
  });

  it('should let ANALIS read another agency but not write to it', async () => {
    const analis = await token({ roles: ['ANALIS'], agencyId: 'BKD' });
    await request(server).get('/agencies/AG2/reports').auth(analis, { type: 'bearer' }).expect(200);
    const res = await request(server)
      .post('/agencies/AG2/imports')
      .auth(analis, { type: 'bearer' })
      .expect(403);
    expect(res.body).toMatchObject({ reason: 'READ_ONLY_ROLE' });
  });

  it('should compare the named parameter when @AgencyScoped() names one', async () => {
    const bearer = await token(pegawaiAg1);
    await request(server).get('/instansi/AG1/units').auth(bearer, { type: 'bearer' }).expect(200);
    await request(server).get('/instansi/AG9/units').auth(bearer, { type: 'bearer' }).expect(403);
  });
});

describe(AuthModule.name, () => {
  it('should take its options from a factory when configured with forRootAsync', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        AuthModule.forRootAsync({ useFactory: () => devAuthOptions(), problemFilter: true }),
      ],
      controllers: [ProbeController],
    }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    try {
      const server = app.getHttpServer() as Server;
      const bearer = await mintDevToken({ roles: ['PEGAWAI'], agencyId: 'AG1' });
      await request(server).get('/me').expect(401);
      await request(server).get('/me').auth(bearer, { type: 'bearer' }).expect(200);
    } finally {
      await app.close();
    }
  });

  it('should refuse options without a key source at boot', () => {
    const noKey = { issuer: 'jenjang-dev', audience: 'jenjang' } as unknown as AuthOptions;
    expect(() => AuthModule.forRoot(noKey)).toThrow('exactly one of jwksUrl or publicKey');
  });
});
