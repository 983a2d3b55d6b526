import type { Appraisal } from './domain/appraisal';
import { countedPredikat, type StaffEntry } from './domain/unit-staff';
import type { AppraisalDoc } from './appraisal.schema';

/** An appraisal as the service and API see it. */
export type AppraisalView = Omit<AppraisalDoc, '_id' | 'outbox' | 'outboxLease' | 'audit'> & {
  id: string;
};

export function toView(
  doc: Omit<AppraisalDoc, 'outbox' | 'outboxLease'> & Partial<AppraisalDoc>,
): AppraisalView {
  const { _id, outbox: _o, outboxLease: _l, audit: _a, ...rest } = doc;
  return { id: _id, ...rest };
}

const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

/** The domain's view, for the state machine. */
export function toDomain(a: AppraisalView): Appraisal {
  return {
    id: a.id,
    status: a.status,
    version: a.version,
    correctionOf: opt(a.correctionOf),
    correctionReason: opt(a.correctionReason),
    pegawaiId: a.employeeId,
    penilaiId: a.penilaiId,
    atasanPenilaiId: a.atasanPenilaiId,
    hasilKerja: opt(a.ratingHasilKerja),
    perilakuKerja: opt(a.ratingPerilakuKerja),
    ratedAt: opt(a.ratedAt),
    predikat: opt(a.predikat),
    predikatSetAt: opt(a.predikatSetAt),
    objectionDeadline: opt(a.objectionDeadline),
    keberatan: opt(a.keberatan),
    finalizedAt: opt(a.finalizedAt),
  };
}

/** The fields the state machine may change, back into storage shape. */
export function fromDomain(next: Appraisal): Partial<AppraisalDoc> {
  return {
    status: next.status,
    ratingHasilKerja: next.hasilKerja ?? null,
    ratingPerilakuKerja: next.perilakuKerja ?? null,
    ratedAt: next.ratedAt ?? null,
    predikat: next.predikat ?? null,
    predikatSetAt: next.predikatSetAt ?? null,
    objectionDeadline: next.objectionDeadline ?? null,
    keberatan: next.keberatan ?? null,
    finalizedAt: next.finalizedAt ?? null,
  };
}

/** The appraisal's place on its unit's curve. */
export function staffEntryOf(
  a: Pick<AppraisalView, 'id' | 'version' | 'revision' | 'status' | 'predikat'>,
): StaffEntry {
  return {
    appraisalId: a.id,
    version: a.version,
    revision: a.revision,
    predikat: countedPredikat(a.status, a.predikat),
  };
}
