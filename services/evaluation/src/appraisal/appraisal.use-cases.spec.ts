import type { Principal } from '@jenjang/auth';
import { appraisalFinalizedV1, feedbackGivenV1, predikatSetV1 } from '@jenjang/contracts';
import type { AgencyScope } from '@jenjang/persistence';
import { OrgChartRepository, requestScopeOf } from '@jenjang/platform';
import { buildServiceModule, MemoryAggregates, type ServiceUnderTest } from '@jenjang/testing';
import { AgencySettingsRepository } from '../agency/agency-settings.repository';
import { AgencyModule } from '../agency/agency.module';
import { toUnitPerformance, type UnitPerformance } from '../agency/agency.mapper';
import { emptyCounts } from '../agency/domain/curve';
import { mergeStaff, type StaffEntry } from './domain/unit-staff';
import {
  UnitStaffRepository,
  type UnitPeriodKey,
  type UnitStaffState,
} from './unit-staff.repository';
import type { UnitPerformanceDoc } from '../agency/unit-performance.schema';
import { UnitPerformanceRepository } from '../agency/unit-performance.repository';
import { BERAKHLAK_VALUES } from '../shared/domain/rating';
import { toSkp, type Skp } from '../skp/skp.mapper';
import { SkpRepository } from '../skp/skp.repository';
import type { SkpDoc } from '../skp/skp.schema';
import { AppraisalDecisionService } from './appraisal-decision.service';
import { AppraisalOpeningService } from './appraisal-opening.service';
import { AppraisalQueryService } from './appraisal-query.service';
import { AppraisalWorkService } from './appraisal-work.service';
import { staffEntryOf, toView, type AppraisalView } from './appraisal.mapper';
import { AppraisalModule } from './appraisal.module';
import { AppraisalRepository } from './appraisal.repository';
import type { AppraisalDoc } from './appraisal.schema';

// The appraisal's use cases through the real module wiring, with the store faked: a service
// test (fast, no Kafka, no MongoDB); the integration tier runs the same flow on the real ones.

const AGENCY = 'pemkab-uji';
const UNIT = 'pemkab-uji.dinkes';
const YEAR = 2026;

class FakeAppraisals extends MemoryAggregates<AppraisalDoc, AppraisalView> {
  constructor() {
    super(toView, [
      (d) =>
        [d.agencyId, d.employeeId, d.period.kind, d.period.year, d.period.index, d.version].join(),
    ]);
  }
  list(scope: AgencyScope): Promise<AppraisalView[]> {
    return Promise.resolve(this.where(scope, () => true));
  }
  // The unit's staff, read once to build its staff document.
  unitStaff(scope: AgencyScope, unitId: string) {
    const unit = this.where(scope, (d) => d.unitId === unitId);
    return Promise.resolve(Object.fromEntries(unit.map((a) => [a.employeeId, staffEntryOf(a)])));
  }
}

// The unit staff documents in memory, with the same guard on `seq`.
class FakeUnitStaff {
  readonly docs = new Map<string, UnitStaffState>();
  private id = (k: UnitPeriodKey) => JSON.stringify([k.agencyId, k.unitId, k.period]);
  read(k: UnitPeriodKey) {
    return Promise.resolve(structuredClone(this.docs.get(this.id(k)) ?? null));
  }
  open(k: UnitPeriodKey) {
    if (!this.docs.has(this.id(k)))
      this.docs.set(this.id(k), { complete: false, seq: 0, staff: {} });
    return Promise.resolve();
  }
  merge(k: UnitPeriodKey, news: Record<string, StaffEntry>, complete = false) {
    const doc = this.docs.get(this.id(k));
    if (!doc) return Promise.resolve(false);
    const changed = mergeStaff(doc.staff, news) ?? {};
    this.docs.set(this.id(k), {
      complete: doc.complete || complete,
      seq: doc.seq + 1,
      staff: { ...doc.staff, ...changed },
    });
    return Promise.resolve(true);
  }
  reserve(k: UnitPeriodKey, seq: number, employeeId: string, entry: StaffEntry) {
    const doc = this.docs.get(this.id(k));
    if (doc?.seq !== seq) return Promise.resolve(false);
    this.docs.set(this.id(k), {
      ...doc,
      seq: seq + 1,
      staff: { ...doc.staff, [employeeId]: entry },
    });
    return Promise.resolve(true);
  }
}

class FakeUnits extends MemoryAggregates<UnitPerformanceDoc, UnitPerformance> {
  constructor() {
    super(toUnitPerformance);
  }
  get(scope: AgencyScope, key: { unitId: string; year: number }) {
    return Promise.resolve(
      this.where(scope, (d) => d.unitId === key.unitId && d.year === key.year)[0] ?? null,
    );
  }
}

// The caller as the edge resolves it (@CurrentScope) for a write; reads scope the same way.
const person = (employeeId: string, ...roles: Principal['roles']) =>
  requestScopeOf(
    { subject: `user-${employeeId}`, employeeId, agencyId: AGENCY, unitId: UNIT, roles },
    { method: 'POST' },
  );
const pegawai = person('pg-1', 'PEGAWAI');
const penilai = person('pn-1', 'PENILAI');

function approvedSkp(employeeId: string): SkpDoc {
  const at = new Date(`${YEAR}-01-10T00:00:00Z`);
  return {
    _id: `skp-${employeeId}`,
    agencyId: AGENCY,
    unitId: UNIT,
    employeeId,
    year: YEAR,
    position: { id: 'pos-1', name: 'Analis Kebijakan', group: 'FUNGSIONAL' },
    penilaiId: penilai.employeeId!,
    atasanPenilaiId: 'ap-1',
    hasilKerja: [
      {
        id: 'hk-1',
        kind: 'UTAMA',
        description: 'Terselesaikannya kajian kebijakan',
        indicators: [{ id: 'ind-1', description: 'Kajian selesai tepat waktu', target: '4' }],
      },
    ],
    perilaku: BERAKHLAK_VALUES.map((value) => ({ value })),
    status: 'DISETUJUI',
    returnReason: null,
    approvedAt: at,
    revision: 3,
    createdAt: at,
    updatedAt: at,
    audit: [],
    outbox: [],
    outboxLease: null,
  };
}

describe('appraisal use cases (service test)', () => {
  let service: ServiceUnderTest;
  let appraisals: FakeAppraisals;
  let skps: MemoryAggregates<SkpDoc, Skp>;
  let units: FakeUnits;

  beforeEach(async () => {
    appraisals = new FakeAppraisals();
    skps = new MemoryAggregates(toSkp);
    units = new FakeUnits();
    service = await buildServiceModule({
      imports: [AppraisalModule, AgencyModule],
      fakes: [
        [AppraisalRepository, appraisals],
        [UnitStaffRepository, new FakeUnitStaff()],
        [SkpRepository, skps],
        [UnitPerformanceRepository, units],
        // no settings stored: the agency works with the defaults
        [AgencySettingsRepository, { get: () => Promise.resolve(null) }],
        // the org chart places one person in the unit: the pegawai appraised (whose own
        // placement is not known here, so the unit-head rule does not apply)
        [
          OrgChartRepository,
          {
            unitMembersOn: () => Promise.resolve(['pg-1']),
            placementOn: () => Promise.resolve(null),
          },
        ],
      ],
    });
    skps.put(approvedSkp('pg-1'));
  });

  afterEach(() => service.close());

  const open = () =>
    service.get(AppraisalOpeningService).open(pegawai, 'skp-pg-1', 'TAHUNAN', null);

  it('should take an appraisal from opening to final, staging its public events', async () => {
    units.put({
      _id: `${AGENCY}:${UNIT}:${YEAR}`,
      agencyId: AGENCY,
      unitId: UNIT,
      year: YEAR,
      predikat: 'BAIK',
      unitName: null,
      basis: null,
      revision: 1,
      createdAt: new Date(),
      updatedAt: new Date(),
      audit: [],
    });
    const work = service.get(AppraisalWorkService);
    const decisions = service.get(AppraisalDecisionService);

    let a = await open();
    a = await work.recordRealisasi(pegawai, a.id, a.revision, [
      { indicatorId: 'ind-1', value: '4 kajian' },
    ]);
    a = await work.giveFeedback(
      penilai,
      a.id,
      a.revision,
      { kind: 'HASIL_KERJA', hasilKerjaId: 'hk-1' },
      'Tepat waktu.',
    );
    a = await work.rate(penilai, a.id, a.revision, {
      hasilKerja: 'SESUAI_EKSPEKTASI',
      perilakuKerja: 'SESUAI_EKSPEKTASI',
    });
    a = await decisions.setPredikat(penilai, a.id, a.revision);
    expect(a.predikat).toBe('BAIK');
    a = await decisions.accept(pegawai, a.id, a.revision);

    expect(a.status).toBe('FINAL');
    expect(appraisals.events.map((e) => e.topic)).toEqual([
      feedbackGivenV1.topic,
      predikatSetV1.topic,
      appraisalFinalizedV1.topic,
    ]);
    expect(appraisals.published<{ predikat: string }>(appraisalFinalizedV1.topic)[0].predikat).toBe(
      'BAIK',
    );
    const trail = await service.get(AppraisalQueryService).history(penilai, a.id);
    expect(trail.map((t) => t.action)).toEqual([
      'appraisal.open',
      'appraisal.realisasi',
      'appraisal.feedback',
      'appraisal.rate',
      'appraisal.predikat',
      'appraisal.accept',
    ]);
  });

  it('should refuse a predikat when the unit has no organisation predikat for the year', async () => {
    const work = service.get(AppraisalWorkService);
    let a = await open();
    a = await work.giveFeedback(
      penilai,
      a.id,
      a.revision,
      { kind: 'PERILAKU', value: 'ADAPTIF' },
      'Cepat belajar.',
    );
    a = await work.rate(penilai, a.id, a.revision, {
      hasilKerja: 'DI_ATAS_EKSPEKTASI',
      perilakuKerja: 'DI_ATAS_EKSPEKTASI',
    });

    await expect(
      service.get(AppraisalDecisionService).setPredikat(penilai, a.id, a.revision),
    ).rejects.toMatchObject({ code: 'ORGANISATION_PREDIKAT_MISSING' });
    expect(appraisals.events.map((e) => e.topic)).toEqual([feedbackGivenV1.topic]);
  });

  it("should show the penilai the unit's curve and which predikat it refuses, and not the pegawai", async () => {
    units.put({
      _id: `${AGENCY}:${UNIT}:${YEAR}`,
      agencyId: AGENCY,
      unitId: UNIT,
      year: YEAR,
      predikat: 'SANGAT_KURANG',
      unitName: null,
      basis: null,
      revision: 1,
      createdAt: new Date(),
      updatedAt: new Date(),
      audit: [],
    });
    const a = await open();
    const decisions = service.get(AppraisalDecisionService);

    const view = await decisions.curve(penilai, a.id);

    expect(view).toMatchObject({
      appraisalId: a.id,
      unitId: UNIT,
      organisationPredikat: 'SANGAT_KURANG',
      unitSize: 1,
      counts: emptyCounts(),
      bounds: [{ predikat: 'SANGAT_BAIK', bound: 'MAX', share: 0, limitCount: 0 }],
    });
    const refused = view.outlook.filter((o) => !o.ok);
    expect(refused.map((o) => o.predikat)).toEqual(['SANGAT_BAIK']);
    expect(refused[0].message?.id).toMatch(/paling banyak 0% Sangat Baik/);
    await expect(decisions.curve(pegawai, a.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('should refuse opening the same period twice', async () => {
    await open();

    await expect(open()).rejects.toMatchObject({ code: 'APPRAISAL_ALREADY_EXISTS' });
  });

  it('should refuse a change made on a stale revision', async () => {
    const a = await open();
    const work = service.get(AppraisalWorkService);
    await work.recordRealisasi(pegawai, a.id, a.revision, [{ indicatorId: 'ind-1', value: '1' }]);

    await expect(
      work.recordRealisasi(pegawai, a.id, a.revision, [{ indicatorId: 'ind-1', value: '2' }]),
    ).rejects.toMatchObject({ code: 'REVISION_CONFLICT' });
  });

  it('should not show an appraisal to a colleague who is not part of it', async () => {
    const a = await open();

    await expect(
      service.get(AppraisalQueryService).get(person('pg-2', 'PEGAWAI'), a.id),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
