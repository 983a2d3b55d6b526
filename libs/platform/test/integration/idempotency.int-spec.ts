import type { Server } from 'node:http';
import {
  Body,
  Controller,
  HttpCode,
  Inject,
  type INestApplication,
  Param,
  Post,
} from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { IsInt } from 'class-validator';
import type { Connection } from 'mongoose';
import request from 'supertest';
import { AuthModule, devAuthOptions, mintDevToken, Public } from '@jenjang/auth';
import { DomainError } from '@jenjang/domain-kernel';
import { createLogger } from '@jenjang/observability';
import { MONGO_CONNECTION, MongoModule } from '@jenjang/persistence';
import { databaseUri, randomLetters, testEnv } from '@jenjang/testing';
import {
  configureApp,
  IDEMPOTENCY_COLLECTION,
  Idempotent,
  IdempotencyInterceptor,
  PlatformModule,
} from '../../src';

class IncrementDto {
  @IsInt()
  by!: number;
}

class CounterLockedError extends DomainError {
  readonly code = 'COUNTER_LOCKED';
  constructor() {
    super({ en: 'The counter is locked.', id: 'Penghitung terkunci.' }, { status: 423 });
  }
}

// Test hooks: make the next call fail, or hold calls until the gate opens.
const hooks: { failNext: boolean; gate?: Promise<void>; entered?: () => void } = {
  failNext: false,
};

@Controller({ path: 'counters', version: '1' })
class CounterController {
  constructor(@Inject(MONGO_CONNECTION) private readonly connection: Connection) {}

  @Post(':name/increments')
  @Idempotent()
  async increment(@Param('name') name: string, @Body() dto: IncrementDto) {
    hooks.entered?.();
    if (hooks.gate) await hooks.gate;
    if (hooks.failNext) {
      hooks.failNext = false;
      throw new CounterLockedError();
    }
    return this.add(name, dto.by);
  }

  @Post(':name/strict-increments')
  @HttpCode(200)
  @Idempotent({ required: true })
  strict(@Param('name') name: string, @Body() dto: IncrementDto) {
    return this.add(name, dto.by);
  }

  @Public()
  @Post(':name/public-increments')
  @Idempotent()
  anonymous(@Param('name') name: string, @Body() dto: IncrementDto) {
    return this.add(name, dto.by);
  }

  private async add(name: string, by: number) {
    const doc = await this.connection
      .collection<{ _id: string; value: number }>('counters')
      .findOneAndUpdate(
        { _id: name },
        { $inc: { value: by } },
        { upsert: true, returnDocument: 'after' },
      );
    return { name, value: doc?.value, at: new Date().toISOString() };
  }
}

describe(IdempotencyInterceptor.name, () => {
  let app: INestApplication;
  let connection: Connection;
  let alice: string;
  let bob: string;
  const server = () => app.getHttpServer() as Server;
  const counter = async (name: string) =>
    (await connection.collection<{ _id: string; value: number }>('counters').findOne({ _id: name }))
      ?.value ?? 0;
  const post = (path: string, token: string | undefined, body: object, key?: string) => {
    const req = request(server()).post(`/api/v1/counters/${path}`).send(body);
    if (token) void req.auth(token, { type: 'bearer' });
    if (key !== undefined) void req.set('Idempotency-Key', key);
    return req;
  };

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        PlatformModule.forRoot({
          serviceName: 'idempotency-test',
          logger: createLogger({ serviceName: 'idempotency-test', level: 'silent' }),
        }),
        MongoModule.forRoot({
          uri: databaseUri(testEnv().mongoUri, `itest-idempotency-${randomLetters()}`),
          appName: 'idempotency-test',
        }),
        AuthModule.forRoot(devAuthOptions()),
      ],
      controllers: [CounterController],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    configureApp(app, { title: 'idempotency test' });
    await app.init();
    connection = app.get<Connection>(MONGO_CONNECTION);
    alice = await mintDevToken({ subject: 'alice', agencyId: 'AG1', roles: ['PEGAWAI'] });
    bob = await mintDevToken({ subject: 'bob', agencyId: 'AG1', roles: ['PEGAWAI'] });
  });

  afterAll(async () => {
    // Clean-up only: the dev store sometimes fails a drop ("index not found with name [_id_]").
    await connection.db?.dropDatabase().catch(() => undefined);
    await app?.close();
  });

  afterEach(() => {
    hooks.failNext = false;
    hooks.gate = undefined;
    hooks.entered = undefined;
  });

  it('should apply the change once and replay the first answer when the key is sent twice', async () => {
    const first = await post('c-replay/increments', alice, { by: 2 }, 'key-1');
    const second = await post('c-replay/increments', alice, { by: 2 }, 'key-1');

    expect(first.status).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(second.status).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.body).toEqual(first.body);
    expect(await counter('c-replay')).toBe(2);
  });

  it('should replay the status the route answered when it is not the default', async () => {
    const first = await post('c-status/strict-increments', alice, { by: 1 }, 'key-s');
    const second = await post('c-status/strict-increments', alice, { by: 1 }, 'key-s');

    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(await counter('c-status')).toBe(1);
  });

  it('should answer 422 and change nothing when the key comes back with another body', async () => {
    await post('c-reuse/increments', alice, { by: 1 }, 'key-2');

    const res = await post('c-reuse/increments', alice, { by: 5 }, 'key-2');

    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
      detail: 'Idempotency-Key reused with a different request.',
      detail_id: 'Idempotency-Key sudah dipakai untuk permintaan yang berbeda.',
    });
    expect(await counter('c-reuse')).toBe(1);
  });

  it('should keep the keys of different callers apart when they send the same key', async () => {
    const fromAlice = await post('c-callers/increments', alice, { by: 1 }, 'shared-key');
    const fromBob = await post('c-callers/increments', bob, { by: 1 }, 'shared-key');

    expect(fromBob.headers['idempotent-replayed']).toBeUndefined();
    expect(fromBob.body).not.toEqual(fromAlice.body);
    expect(await counter('c-callers')).toBe(2);
  });

  it('should keep the same key apart when it is sent to another resource', async () => {
    await post('c-path-a/increments', alice, { by: 1 }, 'key-p');
    const other = await post('c-path-b/increments', alice, { by: 1 }, 'key-p');

    expect(other.headers['idempotent-replayed']).toBeUndefined();
    expect(await counter('c-path-b')).toBe(1);
  });

  it('should not keep an error and run the retry when the first attempt failed', async () => {
    hooks.failNext = true;

    const failed = await post('c-error/increments', alice, { by: 3 }, 'key-3');
    const retried = await post('c-error/increments', alice, { by: 3 }, 'key-3');
    const replayed = await post('c-error/increments', alice, { by: 3 }, 'key-3');

    expect(failed.status).toBe(423);
    expect(failed.body).toMatchObject({ code: 'COUNTER_LOCKED' });
    expect(retried.status).toBe(201);
    expect(retried.headers['idempotent-replayed']).toBeUndefined();
    expect(replayed.headers['idempotent-replayed']).toBe('true');
    expect(await counter('c-error')).toBe(3);
  });

  it('should not keep a validation error, so the key can carry the corrected body', async () => {
    const invalid = await post('c-invalid/increments', alice, { by: 'two' }, 'key-v');
    const corrected = await post('c-invalid/increments', alice, { by: 2 }, 'key-v');

    expect(invalid.status).toBe(400);
    expect(corrected.status).toBe(201);
    expect(await counter('c-invalid')).toBe(2);
  });

  it('should behave as before when no key is sent', async () => {
    const first = await post('c-none/increments', alice, { by: 1 });
    const second = await post('c-none/increments', alice, { by: 1 });

    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.headers['idempotent-replayed']).toBeUndefined();
    expect(await counter('c-none')).toBe(2);
  });

  it('should answer 409 to a duplicate while the first request is still running', async () => {
    let open!: () => void;
    hooks.gate = new Promise<void>((resolve) => (open = resolve));
    const entered = new Promise<void>((resolve) => (hooks.entered = resolve));
    const first = post('c-busy/increments', alice, { by: 1 }, 'key-4').then((r) => r);
    await entered;
    hooks.entered = undefined;

    const duplicate = await post('c-busy/increments', alice, { by: 1 }, 'key-4');
    open();
    const firstRes = await first;

    expect(duplicate.status).toBe(409);
    expect(duplicate.body).toMatchObject({
      code: 'IDEMPOTENCY_KEY_IN_USE',
      detail_id: 'Permintaan dengan kunci ini masih diproses; coba lagi sebentar lagi.',
    });
    expect(firstRes.status).toBe(201);
    expect(await counter('c-busy')).toBe(1);
  });

  it('should answer 400 and change nothing when the key is not valid', async () => {
    const tooLong = await post('c-badkey/increments', alice, { by: 1 }, 'k'.repeat(256));
    const empty = await post('c-badkey/increments', alice, { by: 1 }, '""');

    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_INVALID' });
    expect(empty.status).toBe(400);
    expect(await counter('c-badkey')).toBe(0);
  });

  it('should answer 400 when a route requires the key and none is sent', async () => {
    const res = await post('c-required/strict-increments', alice, { by: 1 });

    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_MISSING' });
    expect(await counter('c-required')).toBe(0);
  });

  it('should replay for anonymous callers of a public route', async () => {
    await post('c-public/public-increments', undefined, { by: 1 }, 'anon-key-5');
    const second = await post('c-public/public-increments', undefined, { by: 1 }, 'anon-key-5');

    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(await counter('c-public')).toBe(1);
  });

  it('should keep records with a TTL index on expiresAt', async () => {
    const indexes = await connection.collection(IDEMPOTENCY_COLLECTION).indexes();

    expect(indexes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: { expiresAt: 1 }, expireAfterSeconds: 0 }),
      ]),
    );
  });
});
