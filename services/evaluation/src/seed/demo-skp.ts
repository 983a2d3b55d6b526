import type { AuditEntry } from '@jenjang/persistence';
import { BERAKHLAK_VALUES, type BerakhlakValue } from '../shared/domain/rating';
import type { SkpStatus } from '../skp/domain/skp-status';
import type { HasilKerjaDoc, SkpDoc } from '../skp/skp.schema';
import { demoId, type DemoEmployee } from './demo-agency';
import type { DemoOptions } from './demo-documents';
import { RETURN_REASONS } from '@jenjang/demo-data';

// The demo SKPs: wording by the person's level and section, states set by the caller.

const SEED_ACTOR = { subject: 'system:seed', roles: [] as string[] };
/** The audit trail of a seeded document: one entry, by the seed. */
export const seeded = (at: Date): AuditEntry[] => [{ at, by: SEED_ACTOR, action: 'demo.seeded' }];

function hasilKerjaOf(
  ids: (...p: (string | number)[]) => string,
  e: DemoEmployee,
): HasilKerjaDoc[] {
  const { unit, section, position } = e;
  const hk = (
    n: number,
    kind: 'UTAMA' | 'TAMBAHAN',
    description: string,
    indicators: [string, string][],
  ): HasilKerjaDoc => ({
    id: ids('hk', n),
    kind,
    description,
    indicators: indicators.map(([text, target], i) => ({
      id: ids('hk', n, 'ind', i),
      description: text,
      target,
    })),
  });
  switch (e.level) {
    case 'HEAD':
      return [
        hk(0, 'UTAMA', `Meningkatnya kualitas ${unit.focus}`, [
          [`Indeks kepuasan masyarakat terhadap ${unit.focus}`, '≥ 85'],
          [`Capaian indikator kinerja utama ${unit.name}`, '100%'],
        ]),
        hk(1, 'TAMBAHAN', `Terlaksananya reformasi birokrasi di ${unit.name}`, [
          ['Nilai evaluasi SAKIP perangkat daerah', '≥ 80 (A)'],
        ]),
      ];
    case 'PENGAWAS':
      return [
        hk(0, 'UTAMA', `Terlaksananya program ${section}`, [
          [`Persentase kegiatan ${section} terlaksana sesuai rencana`, '100%'],
        ]),
        hk(1, 'UTAMA', `Tersusunnya laporan kinerja ${section}`, [
          ['Laporan kinerja triwulanan disampaikan tepat waktu', '4 laporan'],
        ]),
      ];
    case 'STAFF':
      return position.group === 'FUNGSIONAL'
        ? [
            hk(0, 'UTAMA', `Terselesaikannya kajian ${position.name} untuk ${section}`, [
              ['Dokumen kajian yang diselesaikan tepat waktu', '12 dokumen'],
            ]),
            hk(1, 'TAMBAHAN', 'Terbaginya pengetahuan kepada rekan kerja', [
              ['Sesi berbagi pengetahuan yang diselenggarakan', '2 sesi'],
            ]),
          ]
        : [
            hk(0, 'UTAMA', `Tersedianya data dan administrasi ${section} yang mutakhir`, [
              ['Data diperbarui paling lambat tanggal 5 setiap bulan', '100%'],
            ]),
          ];
  }
}

const PERILAKU_EXPECTATIONS: Partial<Record<BerakhlakValue, string>> = {
  BERORIENTASI_PELAYANAN: 'Menanggapi keluhan layanan paling lambat 1x24 jam',
  KOLABORATIF: 'Aktif berbagi data dengan bidang dan OPD lain',
};

export interface SkpTimes {
  created: Date;
  submitted: Date;
  decided: Date;
}

export function skpDoc(
  o: DemoOptions,
  e: DemoEmployee,
  year: number,
  status: SkpStatus,
  t: SkpTimes,
): Omit<SkpDoc, 'outbox' | 'outboxLease'> {
  const id = demoId(o.seed, o.agencyId, 'skp', year, e.employeeId);
  const ids = (...p: (string | number)[]) => demoId(o.seed, id, ...p);
  const steps: Record<SkpStatus, { revision: number; updatedAt: Date }> = {
    DRAFT: { revision: 1, updatedAt: t.created },
    DIAJUKAN: { revision: 2, updatedAt: t.submitted },
    DISETUJUI: { revision: 3, updatedAt: t.decided },
    DIKEMBALIKAN: { revision: 3, updatedAt: t.decided },
  };
  return {
    _id: id,
    agencyId: o.agencyId,
    unitId: e.unit.unitId,
    employeeId: e.employeeId,
    year,
    position: e.position,
    penilaiId: e.penilaiId,
    atasanPenilaiId: e.atasanPenilaiId,
    hasilKerja: hasilKerjaOf(ids, e),
    perilaku: BERAKHLAK_VALUES.map((value) =>
      PERILAKU_EXPECTATIONS[value]
        ? { value, ekspektasiKhusus: PERILAKU_EXPECTATIONS[value] }
        : { value },
    ),
    status,
    returnReason:
      status === 'DIKEMBALIKAN' ? RETURN_REASONS[e.index % RETURN_REASONS.length] : null,
    approvedAt: status === 'DISETUJUI' ? t.decided : null,
    revision: steps[status].revision,
    createdAt: t.created,
    updatedAt: steps[status].updatedAt,
    audit: seeded(t.created),
  };
}
