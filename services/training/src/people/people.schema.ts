import { Schema } from 'mongoose';
import type { BerakhlakValue, PositionGroup, Predikat, Rating } from '@jenjang/contracts';
import { tenantGuardPlugin } from '@jenjang/persistence';

export const PEOPLE_COLLECTION = 'people';

/** The facts of a finalized appraisal training keeps: for recommendations and evaluation L3/L4. */
export interface AppraisalFacts {
  appraisalId: string;
  eventId: string;
  correctionOf: string | null;
  periodKind: string;
  year: number;
  endDate: string;
  ratingHasilKerja: Rating;
  ratingPerilakuKerja: Rating;
  predikat: Predikat;
  weakValues: BerakhlakValue[];
  positionName: string;
  finalizedAt: Date;
  /**
   * The unit and the level of the position appraised: with them the gaps assessed from this
   * appraisal publish its set from this record alone (absent on records kept before them).
   */
  unitId?: string;
  positionGroup?: PositionGroup;
}

/** What training knows about an employee, from the events it consumes. No names, NIP or NIK. */
export interface PersonDoc {
  _id: string;
  agencyId: string;
  unitId: string;
  positionName: string | null;
  /** The penilai of the latest appraisal: the superior who approves enrollments. */
  superiorId: string | null;
  targetPositionName: string | null;
  /** Level of the target position (career plan), from gaps-assessed; absent on older records. */
  targetPositionGroup?: PositionGroup | null;
  appraisals: AppraisalFacts[];
  updatedAt: Date;
}

export const PersonSchema = new Schema<PersonDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    unitId: { type: String, required: true },
    positionName: { type: String, default: null },
    superiorId: { type: String, default: null },
    targetPositionName: { type: String, default: null },
    targetPositionGroup: { type: String, default: null },
    appraisals: { type: Schema.Types.Mixed, default: [] },
    updatedAt: { type: Date, required: true },
  },
  { collection: PEOPLE_COLLECTION, versionKey: false, minimize: false },
);
PersonSchema.index({ agencyId: 1, unitId: 1 });
PersonSchema.plugin(tenantGuardPlugin);
