import { mintDevToken, type Role } from '@jenjang/auth';
import { publishPlacements, skpChain, type ChartPlacement } from './org-chart-fixture';

// Drives the evaluation service's public API the way its users do (pegawai, penilai, admin),
// over HTTP: for the quick-start demo, the end-to-end tests, the benchmark and the fault runs.

export type RatingValue = 'DI_ATAS_EKSPEKTASI' | 'SESUAI_EKSPEKTASI' | 'DI_BAWAH_EKSPEKTASI';

export interface AppraisalPlan {
  agencyId: string;
  employeeId: string;
  penilaiId: string;
  atasanPenilaiId: string;
  unitId: string;
  position: { id: string; name: string; group: string };
  year: number;
  period: { kind: 'TAHUNAN' } | { kind: 'TRIWULANAN' | 'BULANAN' | 'SEMESTERAN'; index: number };
  hasilKerja: RatingValue;
  perilakuKerja: RatingValue;
  /** Per BerAKHLAK value: a rating and a note (e.g. KOLABORATIF below expectation). */
  perilaku?: { value: string; rating: RatingValue; note?: string }[];
  feedback?: string;
}

export interface Progress {
  (step: string, detail?: Record<string, unknown>): void;
}

interface Resource {
  id: string;
  revision: number;
  status: string;
  predikat?: string;
  hasilKerja?: { id: string; indicators: { id: string }[] }[];
}

export class EvaluationDriver {
  private readonly tokens = new Map<string, Promise<string>>();

  constructor(readonly baseUrl: string) {}

  token(agencyId: string, employeeId: string | undefined, ...roles: Role[]): Promise<string> {
    const key = `${agencyId}|${employeeId ?? ''}|${roles.join(',')}`;
    let token = this.tokens.get(key);
    if (!token) {
      token = mintDevToken({ roles, agencyId, ...(employeeId ? { employeeId } : {}) });
      this.tokens.set(key, token);
    }
    return token;
  }

  /**
   * Puts each plan's employee under its penilai, under its atasan penilai, in the org chart the
   * services copy from `employee-placed` (published as career planning would): an SKP takes its
   * unit, position, penilai and atasan from there. One batch for all plans.
   */
  async place(brokers: string[], plans: readonly AppraisalPlan[]): Promise<void> {
    const lines = new Map<string, ChartPlacement>();
    for (const plan of plans) {
      for (const line of skpChain(plan)) lines.set(`${line.agencyId}:${line.employeeId}`, line);
    }
    await publishPlacements(brokers, [...lines.values()]);
  }

  async call<T>(method: string, path: string, token: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** The unit's predikat kinerja organisasi: set once per unit and year (organisation first). */
  async setOrganisationPredikat(
    agencyId: string,
    unitId: string,
    year: number,
    predikat = 'ISTIMEWA',
  ): Promise<void> {
    const admin = await this.token(agencyId, 'demo-admin', 'ADMIN_INSTANSI');
    await this.call(
      'PUT',
      `/api/v1/agencies/${agencyId}/units/${unitId}/organisation-predikat/${year}`,
      admin,
      { predikat },
    );
  }

  /** SKP drafted, submitted and approved (one per employee and year). */
  async approvedSkp(plan: AppraisalPlan, progress: Progress = () => {}): Promise<Resource> {
    const pegawai = await this.token(plan.agencyId, plan.employeeId, 'PEGAWAI');
    const penilai = await this.token(plan.agencyId, plan.penilaiId, 'PEGAWAI', 'PENILAI');
    const skp = await this.untilPlaced(() =>
      this.call<Resource>('POST', '/api/v1/skp', pegawai, {
        year: plan.year,
        unitId: plan.unitId,
        position: plan.position,
        penilaiId: plan.penilaiId,
        atasanPenilaiId: plan.atasanPenilaiId,
        hasilKerja: [
          {
            kind: 'UTAMA',
            description: 'Terselenggaranya pelayanan perizinan yang cepat dan pasti',
            indicators: [{ description: 'Permohonan selesai dalam 5 hari kerja', target: '90%' }],
          },
        ],
        perilaku: [
          { value: 'BERORIENTASI_PELAYANAN', ekspektasiKhusus: 'Menanggapi keluhan 1x24 jam' },
        ],
      }),
    );
    await this.call('POST', `/api/v1/skp/${skp.id}/submit`, pegawai, { revision: 1 });
    await this.call('POST', `/api/v1/skp/${skp.id}/approve`, penilai, { revision: 2 });
    progress('SKP disetujui / SKP approved', { skpId: skp.id });
    return skp;
  }

  /**
   * The appraisal of a period opened on an approved SKP (a new one unless given), realised, fed
   * back and rated.
   */
  async ratedAppraisal(
    plan: AppraisalPlan,
    progress: Progress = () => {},
    approved?: Resource,
  ): Promise<Resource> {
    const pegawai = await this.token(plan.agencyId, plan.employeeId, 'PEGAWAI');
    const penilai = await this.token(plan.agencyId, plan.penilaiId, 'PEGAWAI', 'PENILAI');
    const skp = approved ?? (await this.approvedSkp(plan, progress));
    const appraisal = await this.call<Resource>('POST', '/api/v1/appraisals', pegawai, {
      skpId: skp.id,
      period: plan.period,
    });
    const indicatorId = skp.hasilKerja![0].indicators[0].id;
    await this.call('PUT', `/api/v1/appraisals/${appraisal.id}/realisasi`, pegawai, {
      revision: 1,
      entries: [
        { indicatorId, value: '93%', evidenceLinks: ['https://arsip.instansi.go.id/bukti.pdf'] },
      ],
    });
    await this.call('POST', `/api/v1/appraisals/${appraisal.id}/feedback`, penilai, {
      revision: 2,
      about: { kind: 'HASIL_KERJA', hasilKerjaId: skp.hasilKerja![0].id },
      text: plan.feedback ?? 'Capaian baik; tingkatkan koordinasi dengan bidang lain.',
    });
    const rated = await this.call<Resource>(
      'POST',
      `/api/v1/appraisals/${appraisal.id}/rating`,
      penilai,
      {
        revision: 3,
        hasilKerja: plan.hasilKerja,
        perilakuKerja: plan.perilakuKerja,
        perilaku: plan.perilaku ?? [],
      },
    );
    progress('dinilai / rated', { appraisalId: appraisal.id });
    return rated;
  }

  /** The predikat follows from the ratings (never typed in); PREDIKAT_DITETAPKAN. */
  async setPredikat(plan: AppraisalPlan, appraisal: Resource): Promise<Resource> {
    const penilai = await this.token(plan.agencyId, plan.penilaiId, 'PEGAWAI', 'PENILAI');
    return this.call<Resource>('POST', `/api/v1/appraisals/${appraisal.id}/predikat`, penilai, {
      revision: appraisal.revision,
    });
  }

  /** The pegawai accepts the predikat (no objection): the appraisal becomes FINAL. */
  async accept(plan: AppraisalPlan, appraisal: Resource): Promise<Resource> {
    const pegawai = await this.token(plan.agencyId, plan.employeeId, 'PEGAWAI');
    return this.call<Resource>('POST', `/api/v1/appraisals/${appraisal.id}/accept`, pegawai, {
      revision: appraisal.revision,
    });
  }

  /** The whole path to FINAL. */
  async finalAppraisal(plan: AppraisalPlan, progress: Progress = () => {}): Promise<Resource> {
    const rated = await this.ratedAppraisal(plan, progress);
    const set = await this.setPredikat(plan, rated);
    progress('predikat ditetapkan / predikat set', { predikat: set.predikat });
    const final = await this.accept(plan, set);
    progress('FINAL', { appraisalId: final.id });
    return final;
  }

  // The org chart reaches evaluation through its consumer: an SKP refused because the placement
  // has not arrived yet is tried again (the refusal leaves nothing behind).
  private async untilPlaced<T>(create: () => Promise<T>, timeoutMs = 60_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        return await create();
      } catch (error) {
        const waiting = (error as Error).message.includes('SKP_NOT_IN_ORG_CHART');
        if (!waiting || Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }
}
