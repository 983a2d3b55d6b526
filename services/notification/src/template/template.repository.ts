import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import {
  CONFIG_CACHE_MS,
  MONGO_CONNECTION,
  TenantScopedRepository,
  TtlCache,
  type AgencyScope,
} from '@jenjang/persistence';
import type { NotificationTemplate } from './domain/template';
import { TemplateSchema, type TemplateDoc } from './template.schema';

export interface StoredTemplate extends NotificationTemplate {
  updatedAt: Date;
  updatedBy: string;
}

@Injectable()
export class TemplateRepository extends TenantScopedRepository<TemplateDoc, StoredTemplate> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<TemplateDoc>('NotificationTemplate', TemplateSchema));
  }

  protected toPlain(d: TemplateDoc): StoredTemplate {
    return {
      type: d.type,
      language: d.language,
      channel: d.channel,
      subject: d.subject,
      body: d.body,
      updatedAt: d.updatedAt,
      updatedBy: d.updatedBy,
    };
  }

  // Read for every notice: cached per agency and type for a moment (see TtlCache).
  private readonly cache = new TtlCache<StoredTemplate[]>(CONFIG_CACHE_MS);

  ofAgency(scope: AgencyScope, type?: string): Promise<StoredTemplate[]> {
    const read = () =>
      this.find(scope, type ? { type } : {}, { sort: { type: 1, language: 1, channel: 1 } });
    return scope.kind === 'agency'
      ? this.cache.get(`${scope.agencyId}|${type ?? '*'}`, read)
      : read();
  }

  async save(scope: AgencyScope, agencyId: string, t: NotificationTemplate, by: string) {
    this.cache.clear(`${agencyId}|`);
    const saved = (await this.findOneAndUpdate(
      scope,
      { _id: `${agencyId}:${t.type}:${t.language}:${t.channel}` },
      { $set: { ...t, updatedAt: new Date(), updatedBy: by } },
      { upsert: true },
    ))!;
    // A read between the clear and the write may have cached the old value: clear again.
    this.cache.clear(`${agencyId}|`);
    return saved;
  }
}
