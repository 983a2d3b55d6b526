import { Injectable } from '@nestjs/common';
import { agencyScope } from '@jenjang/persistence';
import type { StaffEntry } from './domain/unit-staff';
import { staffEntryOf, type AppraisalView } from './appraisal.mapper';
import { AppraisalRepository } from './appraisal.repository';
import {
  UnitStaffRepository,
  type UnitPeriodKey,
  type UnitStaffState,
} from './unit-staff.repository';

/** An appraisal as the unit's staff document records it. */
export type StaffAppraisal = UnitPeriodKey &
  Pick<AppraisalView, 'id' | 'employeeId' | 'version' | 'revision' | 'status' | 'predikat'>;

const BUILD_ATTEMPTS = 3;

/**
 * The staff of a unit for a period, as its curve judges them, kept in one document read by `_id`
 * (issue 12: the curve check used to scan the unit's appraisals on every predikat). Every write
 * that creates an appraisal or changes the predikat it counts with records it here; the
 * document is built from the appraisals when it is first needed, so data written before it
 * existed (imports, seeds, older releases) is counted too. Entries only move forward (by
 * correction version, then revision), so a repeated or late record changes nothing.
 */
@Injectable()
export class UnitStaffService {
  private readonly building = new Map<string, Promise<void>>();

  constructor(
    private readonly appraisals: AppraisalRepository,
    private readonly docs: UnitStaffRepository,
  ) {}

  /** The unit's staff and the `seq` a reservation must still find. */
  async of(k: UnitPeriodKey): Promise<UnitStaffState> {
    for (let attempt = 0; attempt < BUILD_ATTEMPTS; attempt++) {
      const found = await this.docs.read(k);
      if (found?.complete) return found;
      await this.build(k);
    }
    throw new Error('unit staff could not be built');
  }

  // Concurrent requests of this process that find the document missing share one build.
  private build(k: UnitPeriodKey): Promise<void> {
    const id = keyOf(k);
    const running = this.building.get(id);
    if (running) return running;
    const build = (async () => {
      // The document first, then the read of the appraisals: whatever is written in between
      // finds the document and records itself; the merge keeps the newer of both.
      await this.docs.open(k);
      const staff = await this.appraisals.unitStaff(agencyScope(k.agencyId), k.unitId, k.period);
      await this.docs.merge(k, staff, true);
    })().finally(() => this.building.delete(id));
    this.building.set(id, build);
    return build;
  }

  /** Records appraisals created or changed outside the curve check (opening, import). */
  async record(appraisals: readonly StaffAppraisal[]): Promise<void> {
    for (const [k, group] of byUnitPeriod(appraisals)) {
      await this.docs.merge(
        k,
        Object.fromEntries(group.map((a) => [a.employeeId, staffEntryOf(a)])),
      );
    }
  }

  /** Takes deleted appraisals out (an import rolled back). */
  async forget(appraisals: readonly StaffAppraisal[]): Promise<void> {
    for (const [k, group] of byUnitPeriod(appraisals)) {
      await this.docs.remove(k, new Set(group.map((a) => a.id)));
    }
  }

  /**
   * Holds the person's new place on the curve before the appraisal is written, only if nothing
   * changed in the unit since `seq` was read; false when something did (read and check again).
   */
  reserve(a: StaffAppraisal, seq: number, entry: StaffEntry): Promise<boolean> {
    return this.docs.reserve(a, seq, a.employeeId, entry);
  }

  /** The appraisal's write failed: its reservation gives way to what it replaced. */
  release(a: StaffAppraisal, reserved: StaffEntry, previous: StaffEntry | undefined) {
    return this.docs.release(a, a.employeeId, reserved, previous);
  }
}

function byUnitPeriod(appraisals: readonly StaffAppraisal[]): Map<UnitPeriodKey, StaffAppraisal[]> {
  const groups = new Map<string, { key: UnitPeriodKey; items: StaffAppraisal[] }>();
  for (const a of appraisals) {
    const id = keyOf(a);
    const group = groups.get(id) ?? { key: a, items: [] };
    group.items.push(a);
    groups.set(id, group);
  }
  return new Map([...groups.values()].map((g) => [g.key, g.items]));
}

function keyOf(k: UnitPeriodKey): string {
  return JSON.stringify([k.agencyId, k.unitId, k.period.kind, k.period.year, k.period.index]);
}
