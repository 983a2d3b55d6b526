import { mintDevToken } from '@jenjang/auth';
import { randomLetters, SharedPlatform } from '@jenjang/testing';
import {
  evaluationBody,
  ruleInput,
  talentBody,
  trainingBody,
} from '../../services/portal/web/src/admin/settings-bodies';
import type {
  EvaluationSettings,
  NotificationRule,
  TalentSettings,
  TrainingSettings,
} from '../../services/portal/web/src/admin/settings-types';

// The portal's settings screens read a document and send it back changed (settings-bodies.ts).
// Here those very bodies go to the real services: each is accepted and read back, and a refused
// value names the field path the screen shows its error beside.
describe("the portal's settings round-trips against the services", () => {
  const platform = SharedPlatform.attach();
  const agency = `ag-settings-${randomLetters(5)}`;
  let admin: string;

  async function call<T>(
    service: Parameters<typeof platform.url>[0],
    path: string,
    method = 'GET',
    body?: unknown,
  ): Promise<{ status: number; body: T }> {
    const res = await fetch(`${platform.url(service)}/api/v1/${path}`, {
      method,
      headers: {
        authorization: `Bearer ${admin}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, body: (await res.json()) as T };
  }
  const fields = (body: unknown) =>
    ((body as { errors?: { field: string }[] }).errors ?? []).map((e) => e.field);

  beforeAll(async () => {
    admin = await mintDevToken({ roles: ['ADMIN_INSTANSI'], agencyId: agency });
  });

  it('should save the evaluation settings the curve form sends, and name a bad window and share', async () => {
    const path = `agencies/${agency}/evaluation-settings`;
    const read = await call<EvaluationSettings>('evaluation', path);
    expect(read.status).toBe(200);
    const changed = {
      ...read.body,
      objectionWindowDays: 21,
      curve: { ...read.body.curve, ISTIMEWA: { SANGAT_BAIK: { maxShare: 0.6 } } },
    };
    const saved = await call<EvaluationSettings>(
      'evaluation',
      path,
      'PUT',
      evaluationBody(changed),
    );
    expect(saved).toMatchObject({
      status: 200,
      body: { objectionWindowDays: 21, configured: true },
    });
    const again = await call<EvaluationSettings>('evaluation', path);
    expect(again.body.curve.ISTIMEWA).toEqual({ SANGAT_BAIK: { maxShare: 0.6 } });

    const bad = await call('evaluation', path, 'PUT', {
      ...evaluationBody(again.body),
      objectionWindowDays: 90,
      curve: { ...again.body.curve, ISTIMEWA: { SANGAT_BAIK: { maxShare: 1.5 } } },
    });
    expect(bad.status).toBeGreaterThanOrEqual(400);
    expect(fields(bad.body)).toEqual(
      expect.arrayContaining(['objectionWindowDays', 'curve.ISTIMEWA.SANGAT_BAIK.maxShare']),
    );
  });

  it('should save the training settings and refuse a JP minimum below 20 by name', async () => {
    const path = `agencies/${agency}/training-settings`;
    const read = await call<TrainingSettings>('training', path);
    const saved = await call<TrainingSettings>(
      'training',
      path,
      'PUT',
      trainingBody({ ...read.body, jpRequired: 24, approvalRequired: true }),
    );
    expect(saved).toMatchObject({ status: 200, body: { jpRequired: 24, approvalRequired: true } });
    const bad = await call('training', path, 'PUT', trainingBody({ ...saved.body, jpRequired: 5 }));
    expect(bad.status).toBeGreaterThanOrEqual(400);
    expect(fields(bad.body)).toContain('jpRequired');
  });

  it('should save the talent cut-offs and succession boxes', async () => {
    const path = `agencies/${agency}/talent-settings`;
    const read = await call<TalentSettings>('career-planning', path);
    expect(read.status).toBe(200);
    const saved = await call<TalentSettings>(
      'career-planning',
      path,
      'PUT',
      talentBody({ ...read.body, successionBoxes: [6, 8, 9] }),
    );
    expect(saved).toMatchObject({ status: 200, body: { successionBoxes: [6, 8, 9] } });
  });

  it("should save a notification rule as the agency's own", async () => {
    const rules = await call<NotificationRule[]>(
      'notification',
      `agencies/${agency}/notification-rules`,
    );
    const rule = rules.body.find((r) => r.type === 'appraisal-feedback') as NotificationRule;
    const saved = await call(
      'notification',
      `agencies/${agency}/notification-rules/${rule.type}`,
      'PUT',
      ruleInput({ ...rule, channels: ['IN_APP'] }),
    );
    expect(saved.status).toBe(200);
    const after = await call<NotificationRule[]>(
      'notification',
      `agencies/${agency}/notification-rules`,
    );
    expect(after.body.find((r) => r.type === rule.type)).toMatchObject({
      source: 'AGENCY',
      channels: ['IN_APP'],
    });
  });
});
