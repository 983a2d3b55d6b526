import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import {
  agencyScope,
  isDuplicateKey,
  MONGO_CONNECTION,
  TenantScopedRepository,
} from '@jenjang/persistence';
import { mergeStaff, type StaffEntry, type UnitStaff } from './domain/unit-staff';
import type { Period } from './domain/period';
import {
  staffField,
  unitStaffKey,
  UnitStaffSchema,
  type StoredStaffEntry,
  type UnitStaffDoc,
} from './unit-staff.schema';

/** Which unit and period, in which agency. */
export interface UnitPeriodKey {
  agencyId: string;
  unitId: string;
  period: Pick<Period, 'kind' | 'year' | 'index'>;
}

export interface UnitStaffState {
  complete: boolean;
  seq: number;
  staff: UnitStaff;
}

// A guarded change that lost a race reads again; this many times before giving up.
const ATTEMPTS = 8;

const stored = (employeeId: string, e: StaffEntry): StoredStaffEntry => ({
  employeeId,
  appraisalId: e.appraisalId,
  version: e.version,
  revision: e.revision,
  predikat: e.predikat,
});

/** The unit-and-period staff documents, by `_id` only. */
@Injectable()
export class UnitStaffRepository extends TenantScopedRepository<UnitStaffDoc, UnitStaffState> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<UnitStaffDoc>('UnitStaff', UnitStaffSchema));
  }

  protected toPlain(doc: UnitStaffDoc): UnitStaffState {
    const staff: Record<string, StaffEntry> = {};
    for (const { employeeId, ...entry } of Object.values(doc.staff)) staff[employeeId] = entry;
    return { complete: doc.complete, seq: doc.seq, staff };
  }

  read(k: UnitPeriodKey): Promise<UnitStaffState | null> {
    return this.findOne(agencyScope(k.agencyId), { _id: this.id(k) });
  }

  /**
   * Makes the document exist, empty and incomplete, before the appraisals are read to fill it:
   * an appraisal written after that read finds the document and records itself in it.
   */
  async open(k: UnitPeriodKey): Promise<void> {
    try {
      await this.insert(agencyScope(k.agencyId), {
        _id: this.id(k),
        unitId: k.unitId,
        period: { kind: k.period.kind, year: k.period.year, index: k.period.index },
        complete: false,
        seq: 0,
        staff: {},
      });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }

  /**
   * Records what is newer than the document holds (`complete` marks it built). Nothing when the
   * document does not exist: it is built from the appraisals when first needed. Returns whether
   * the document exists.
   */
  async merge(
    k: UnitPeriodKey,
    news: Readonly<Record<string, StaffEntry>>,
    complete = false,
  ): Promise<boolean> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const doc = await this.read(k);
      if (!doc) return false;
      const changed = mergeStaff(doc.staff, news);
      if (!changed && (doc.complete || !complete)) return true;
      const $set: Record<string, unknown> = complete ? { complete: true } : {};
      for (const [employeeId, e] of Object.entries(changed ?? {}))
        $set[`staff.${staffField(employeeId)}`] = stored(employeeId, e);
      if (await this.guarded(k, doc.seq, { $set })) return true;
    }
    throw new Error(`unit staff ${this.id(k)} kept changing; not merged`);
  }

  /** One person's entry, only if the document is still at `seq` (nothing changed since read). */
  reserve(k: UnitPeriodKey, seq: number, employeeId: string, entry: StaffEntry): Promise<boolean> {
    return this.guarded(k, seq, {
      $set: { [`staff.${staffField(employeeId)}`]: stored(employeeId, entry) },
    });
  }

  /** Puts back what a reservation replaced, if the reservation is still there. */
  async release(
    k: UnitPeriodKey,
    employeeId: string,
    reserved: StaffEntry,
    previous: StaffEntry | undefined,
  ): Promise<void> {
    const field = `staff.${staffField(employeeId)}`;
    await this.updateOne(
      agencyScope(k.agencyId),
      {
        _id: this.id(k),
        [`${field}.appraisalId`]: reserved.appraisalId,
        [`${field}.revision`]: reserved.revision,
      },
      {
        ...(previous
          ? { $set: { [field]: stored(employeeId, previous) } }
          : { $unset: { [field]: '' } }),
        $inc: { seq: 1 },
      },
    );
  }

  /** Takes out the entries of these appraisals (deleted ones). */
  async remove(k: UnitPeriodKey, appraisalIds: ReadonlySet<string>): Promise<void> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const doc = await this.read(k);
      if (!doc) return;
      const gone = Object.entries(doc.staff).filter(([, e]) => appraisalIds.has(e.appraisalId));
      if (gone.length === 0) return;
      const $unset = Object.fromEntries(gone.map(([id]) => [`staff.${staffField(id)}`, '']));
      if (await this.guarded(k, doc.seq, { $unset })) return;
    }
    throw new Error(`unit staff ${this.id(k)} kept changing; entries not removed`);
  }

  private async guarded(
    k: UnitPeriodKey,
    seq: number,
    update: Record<string, unknown>,
  ): Promise<boolean> {
    const { matched } = await this.updateOne(
      agencyScope(k.agencyId),
      { _id: this.id(k), seq },
      { ...update, $inc: { seq: 1 } },
    );
    return matched === 1;
  }

  private id(k: UnitPeriodKey): string {
    return unitStaffKey(k.agencyId, k.unitId, k.period);
  }
}
