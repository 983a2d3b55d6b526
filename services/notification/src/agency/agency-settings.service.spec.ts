import type { Principal } from '@jenjang/auth';
import { RevisionConflictError, type AgencyScope, type AuditEntry } from '@jenjang/persistence';
import { requestScopeOf } from '@jenjang/platform';
import type { NotificationConfig } from '../config/notification.config';
import type {
  AgencySettingsRepository,
  StoredNotificationSettings,
} from './agency-settings.repository';
import type { WebhookDoc } from './agency-settings.schema';
import { AgencySettingsService } from './agency-settings.service';
import {
  WebhookSecretRequiredError,
  WebhookUrlNotAllowedError,
} from './domain/webhook-settings-errors';

const admin: Principal = { subject: 'u-admin', agencyId: 'AG1', roles: ['ADMIN_INSTANSI'] };
const caller = requestScopeOf(admin, { method: 'PUT', params: { agencyId: 'AG1' } });
const secret = 'rahasia-instansi-0123456789';
const url = 'https://simpeg.example.go.id/hooks/jenjang';

/** One settings document, guarded like the store: the expected revision or a conflict. */
class FakeSettings {
  doc: (StoredNotificationSettings & { unrevised?: boolean }) | null = null;
  readonly audit: AuditEntry[] = [];

  get(_scope: AgencyScope): Promise<StoredNotificationSettings | null> {
    return Promise.resolve(this.doc && { ...this.doc, revision: this.doc.revision });
  }

  adoptUnrevised(): Promise<void> {
    if (this.doc?.unrevised) this.doc = { ...this.doc, revision: 1, unrevised: false };
    return Promise.resolve();
  }

  save(
    _scope: AgencyScope,
    expected: number,
    values: { webhook: WebhookDoc | null },
    audit: AuditEntry,
  ): Promise<StoredNotificationSettings> {
    const current = this.doc?.revision ?? 0;
    if (expected !== current) return Promise.reject(new RevisionConflictError(expected, current));
    this.doc = { agencyId: 'AG1', ...values, revision: current + 1, updatedAt: audit.at };
    this.audit.push(audit);
    return this.get(_scope) as Promise<StoredNotificationSettings>;
  }
}

function setup(env: Partial<NotificationConfig> = {}) {
  const store = new FakeSettings();
  const config = { NODE_ENV: 'production', WEBHOOK_ALLOW_LOOPBACK: false, ...env };
  const service = new AgencySettingsService(
    store as unknown as AgencySettingsRepository,
    config as NotificationConfig,
  );
  return { store, service };
}

describe(AgencySettingsService.name, () => {
  it('should refuse a webhook on a private address naming webhook.url, nothing saved', async () => {
    const { store, service } = setup();

    const refused = service.save(caller, {
      webhook: { url: 'https://10.1.2.3/hook', enabled: true, secret },
    });

    await expect(refused).rejects.toBeInstanceOf(WebhookUrlNotAllowedError);
    await expect(refused).rejects.toMatchObject({ field: 'webhook.url' });
    expect(store.doc).toBeNull();
  });

  it('should need a secret for a new webhook and keep the stored one when left out', async () => {
    const { store, service } = setup();
    await expect(service.save(caller, { webhook: { url, enabled: true } })).rejects.toBeInstanceOf(
      WebhookSecretRequiredError,
    );

    await service.save(caller, { webhook: { url, enabled: true, secret } });
    const view = await service.save(caller, { webhook: { url, enabled: false }, revision: 1 });

    expect(view).toMatchObject({ webhook: { url, enabled: false, secretSet: true }, revision: 2 });
    expect(JSON.stringify(view)).not.toContain(secret);
    expect(store.doc?.webhook?.secret).toBe(secret);
  });

  it('should keep the secret out of the audit trail and say when it changed', async () => {
    const { store, service } = setup();

    await service.save(caller, { webhook: { url, enabled: true, secret } });
    await service.save(caller, { webhook: { url, enabled: true, secret: `${secret}-2` } });

    expect(JSON.stringify(store.audit)).not.toContain(secret);
    expect(store.audit.map((a) => a.after)).toEqual([
      { webhook: { url, enabled: true }, secretChanged: true },
      { webhook: { url, enabled: true }, secretChanged: true },
    ]);
    expect(store.audit[0].by).toEqual({ subject: 'u-admin', roles: ['ADMIN_INSTANSI'] });
  });

  it('should answer a conflict when the revision sent is stale', async () => {
    const { service } = setup();
    await service.save(caller, { webhook: { url, enabled: true, secret } });
    await service.save(caller, { webhook: { url, enabled: false }, revision: 1 });

    await expect(service.save(caller, { webhook: null, revision: 1 })).rejects.toBeInstanceOf(
      RevisionConflictError,
    );
  });

  it('should change nothing when the settings in force are sent again', async () => {
    const { store, service } = setup();
    await service.save(caller, { webhook: { url, enabled: true, secret } });

    const again = await service.save(caller, { webhook: { url, enabled: true }, revision: 1 });

    expect(again.revision).toBe(1);
    expect(store.audit).toHaveLength(1);
  });

  it('should save over a document stored before settings had revisions', async () => {
    const { store, service } = setup();
    store.doc = {
      agencyId: 'AG1',
      webhook: { url, enabled: true, secret },
      revision: 0,
      updatedAt: new Date('2026-01-01T00:00:00Z'),
      unrevised: true,
    };
    expect(await service.read(caller)).toMatchObject({ revision: 0, webhook: { url } });

    const removed = await service.save(caller, { webhook: null, revision: 0 });

    expect(removed).toMatchObject({ webhook: null, revision: 2 });
  });
});
