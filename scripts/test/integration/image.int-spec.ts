import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDevKeys } from '@jenjang/auth';
import {
  createTopics,
  databaseUri,
  freePort,
  randomLetters,
  testEnv,
  waitUntil,
} from '@jenjang/testing';

// The Dockerfile's steps outside a container (no engine runs here): scripts/image-stage.mjs lays
// out the runtime image's /app in a folder outside the repository, with production dependencies
// only; a service then starts from it as the image's CMD does (`node .` in its folder, with
// NODE_ENV=production) against the test tier's Kafka and store, and its health answers.
const ROOT = join(__dirname, '..', '..', '..');
const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');

/** The health answer (the project's condition wait), or the service's output if it exits first. */
async function waitForHealth(url: string, child: ChildProcess, output: string[]): Promise<number> {
  const exited = new Promise<never>((_, reject) => {
    const fail = () => reject(new Error(`service exited:\n${output.join('')}`));
    if (child.exitCode !== null) fail();
    else child.once('exit', fail);
  });
  const healthy = waitUntil(
    `a healthy answer from ${url}`,
    () => fetch(url).then((r) => (r.status === 200 ? r.status : undefined)),
    90_000,
  );
  return Promise.race([healthy, exited]);
}

describe('Dockerfile (its steps outside a container)', () => {
  let stage = '';
  let child: ChildProcess | undefined;
  const output: string[] = [];

  beforeAll(async () => {
    // One folder per checkout, kept between runs: the production install in it is redone only
    // when the lockfile changes (scripts/image-stage.mjs keeps a stamp); the build is redone.
    stage = join(
      tmpdir(),
      `jenjang-image-stage-${createHash('sha1').update(ROOT).digest('hex').slice(0, 8)}`,
    );
    const staged = spawnSync(
      process.execPath,
      ['scripts/image-stage.mjs', 'evaluation', 'notification', `--out=${stage}`],
      { cwd: ROOT, encoding: 'utf8' },
    );
    if (staged.status !== 0)
      throw new Error(`image-stage failed:\n${staged.stdout}${staged.stderr}`);
  }, 180_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child?.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    if (stage) rmSync(join(stage, 'dist'), { recursive: true, force: true });
  });

  it('should build from the compiled output, as a non-root user, with a health check and OCI labels', () => {
    expect(dockerfile).toMatch(/RUN node scripts\/build-services\.mjs "\$\{SERVICE\}"/);
    expect(dockerfile).toMatch(/npm install --omit=dev/);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n.*\/health\/ready/m);
    for (const label of ['title', 'version', 'revision', 'source', 'created']) {
      expect(dockerfile).toContain(`org.opencontainers.image.${label}=`);
    }
  });

  it('should hold production dependencies only', () => {
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean }>;
    };
    const devOnly = Object.entries(lock.packages)
      .filter(
        ([name, p]) => p.dev && /^node_modules\/[^/]+$|^node_modules\/@[^/]+\/[^/]+$/.test(name),
      )
      .map(([name]) => name);
    expect(devOnly.length).toBeGreaterThan(0);
    expect(devOnly.filter((name) => existsSync(join(stage, name)))).toEqual([]);
    expect(existsSync(join(stage, 'node_modules/@jenjang'))).toBe(false);
    expect(existsSync(join(stage, 'node_modules/@nestjs/core/package.json'))).toBe(true);
  });

  it("should resolve notification's own packages through the copied link", () => {
    const from = join(stage, 'dist/services/notification/services/notification/src');
    const resolved = require.resolve('nodemailer/package.json', { paths: [from] });
    expect(resolved.startsWith(join(stage, 'services/notification/node_modules'))).toBe(true);
  });

  it('should start a service from the staged image in production mode and answer its health', async () => {
    const { publicKeyPath } = ensureDevKeys(ROOT);
    // Production refuses the development key's path, not a key: the image gets it mounted elsewhere.
    const key = join(stage, 'token-public.pem');
    copyFileSync(publicKeyPath, key);
    const port = await freePort();
    const management = await freePort();
    const { brokers, mongoUri } = testEnv();
    // A group of its own (never the evaluation suites' jenjang.evaluation), with the retry
    // topics the manifest gives every real group.
    const group = `jenjang.image-spec-${randomLetters(6)}`;
    await createTopics(brokers, [`${group}.retry`, `${group}.retry.dlq`], 1);
    // As Kubernetes runs it: production, SASL waived for the test broker, ops on a second port.
    const env = {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      PORT: String(port),
      MANAGEMENT_PORT: String(management),
      KAFKA_BROKERS: brokers.join(','),
      KAFKA_ALLOW_PLAINTEXT: 'true',
      KAFKA_CLIENT_ID: group,
      KAFKA_GROUP_ID: group,
      MONGODB_URI: databaseUri(mongoUri, 'jenjang-image-spec'),
      AUTH_ISSUER: 'https://idp.example.go.id',
      AUTH_AUDIENCE: 'jenjang',
      AUTH_PUBLIC_KEY_FILE: key,
      OUTBOX_RELAY_ENABLED: 'false',
      LOG_LEVEL: 'warn',
    };
    const cwd = join(stage, 'dist/services/evaluation');
    child = spawn(process.execPath, ['.'], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));

    expect(await waitForHealth(`http://127.0.0.1:${port}/health/live`, child, output)).toBe(200);
    expect(await waitForHealth(`http://127.0.0.1:${management}/health/ready`, child, output)).toBe(
      200,
    );
    const metrics = await fetch(`http://127.0.0.1:${management}/metrics`).then((r) => r.text());
    expect(metrics).toContain('http_server_request_duration_seconds');
    // Readiness and metrics stay off the API port in production.
    expect((await fetch(`http://127.0.0.1:${port}/health/ready`)).status).toBe(404);

    // The image's HEALTHCHECK command itself, with the image's environment: healthy with the
    // management port, healthy without it (liveness), unhealthy when nothing answers.
    const [, json] = /^HEALTHCHECK .*\\\n\s*CMD (\[.*\])$/m.exec(dockerfile) ?? [];
    const [command, ...args] = JSON.parse(json ?? '[]') as string[];
    expect(command).toBe('node');
    const check = (extra: Record<string, string>) =>
      spawnSync(process.execPath, args, { cwd, env: { PATH: env.PATH, ...extra } }).status;
    expect(check({ PORT: String(port), MANAGEMENT_PORT: String(management) })).toBe(0);
    expect(check({ PORT: String(port) })).toBe(0);
    expect(check({ PORT: String(await freePort()) })).toBe(1);
  });
});
