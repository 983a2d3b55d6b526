import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import { Schema } from 'mongoose';
import {
  MONGO_CONNECTION,
  agencyScope,
  TenantScopedRepository,
  tenantGuardPlugin,
} from '@jenjang/persistence';

/** Per agency: the yearly JP minimum and whether enrollment needs the superior's approval. */
export interface TrainingSettings {
  agencyId: string;
  jpRequired: number | null;
  approvalRequired: boolean;
}

interface SettingsDoc extends TrainingSettings {
  _id: string;
  updatedAt: Date;
}

const SettingsSchema = new Schema<SettingsDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    jpRequired: { type: Number, default: null },
    approvalRequired: { type: Boolean, default: false },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'training_settings', versionKey: false },
);
SettingsSchema.plugin(tenantGuardPlugin);

@Injectable()
export class TrainingSettingsRepository extends TenantScopedRepository<
  SettingsDoc,
  TrainingSettings
> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<SettingsDoc>('TrainingSettings', SettingsSchema));
  }

  protected toPlain({ agencyId, jpRequired, approvalRequired }: SettingsDoc): TrainingSettings {
    return { agencyId, jpRequired, approvalRequired };
  }

  async of(agencyId: string): Promise<TrainingSettings> {
    return (
      (await this.findOne(agencyScope(agencyId), { _id: agencyId })) ?? {
        agencyId,
        jpRequired: null,
        approvalRequired: false,
      }
    );
  }

  async save(agencyId: string, s: Omit<TrainingSettings, 'agencyId'>): Promise<TrainingSettings> {
    return (await this.findOneAndUpdate(
      agencyScope(agencyId),
      { _id: agencyId },
      { $set: { ...s, updatedAt: new Date() } },
      { upsert: true },
    ))!;
  }
}
