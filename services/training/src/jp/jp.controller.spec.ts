import { orgChartOf, type Principal, type ReportingLine, type Role } from '@jenjang/auth';
import type { OrgChartRepository } from '@jenjang/platform';
import { NotFoundError } from '@jenjang/persistence';
import { JpController } from './jp.controller';
import type { JpService } from './jp.service';

const line = (employeeId: string, superiorEmployeeId: string | null): ReportingLine => ({
  placementId: `pl-${employeeId}`,
  revision: 1,
  employeeId,
  agencyId: 'AG1',
  unitId: 'AG1.u1',
  position: { id: 'jab-1', name: 'Analis', group: 'FUNGSIONAL' },
  superiorEmployeeId,
  validFrom: '2020-01-01',
  validTo: null,
});

const chart = orgChartOf([line('kasi', null), line('kasi2', null), line('staf', 'kasi')]);

const person = (employeeId: string, ...roles: Role[]): Principal => ({
  subject: `u-${employeeId}`,
  employeeId,
  agencyId: 'AG1',
  roles: ['PEGAWAI', ...roles],
});

function controller() {
  const summary = jest.fn().mockResolvedValue({ employeeId: 'staf', earned: 12 });
  return {
    jp: new JpController({ summary } as unknown as JpService, chart as OrgChartRepository),
    summary,
  };
}

describe(JpController.name, () => {
  it('should show the JP to the person and to their direct superior', async () => {
    const { jp, summary } = controller();
    await jp.summary(person('staf'), 'staf', 2026);
    await jp.summary(person('kasi', 'PENILAI'), 'staf', 2026);
    expect(summary).toHaveBeenCalledTimes(2);
  });

  it('should hide the JP when the penilai is not the superior', async () => {
    const { jp, summary } = controller();
    await expect(jp.summary(person('kasi2', 'PENILAI'), 'staf', 2026)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(summary).not.toHaveBeenCalled();
  });
});
