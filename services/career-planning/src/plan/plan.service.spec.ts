import type { Role } from '@jenjang/auth';
import { NotFoundError } from '@jenjang/persistence';
import { requestScopeOf, type RequestScope } from '@jenjang/platform';
import type { PlacementService } from '../placement/placement.service';
import type { Placement } from '../placement/placement.repository';
import type { PositionRepository } from '../position/position.repository';
import type { TalentProfileRepository } from '../talent/talent-profile.repository';
import type { PlanRepository } from './plan.repository';
import { PlanService } from './plan.service';

const placed = (employeeId: string, superiorEmployeeId: string | null) =>
  ({
    id: `pl-${employeeId}`,
    agencyId: 'AG1',
    employeeId,
    unitId: 'AG1.u1',
    position: { id: 'jab-1', name: 'Analis', group: 'FUNGSIONAL', grade: 8 },
    superiorEmployeeId,
    validFrom: '2020-01-01',
    validTo: null,
  }) as unknown as Placement;

// kabid -> kasi -> staf
const chart = new Map([
  ['kabid', placed('kabid', null)],
  ['kasi', placed('kasi', 'kabid')],
  ['staf', placed('staf', 'kasi')],
]);

const person = (employeeId: string, ...roles: Role[]): RequestScope =>
  requestScopeOf(
    { subject: `u-${employeeId}`, employeeId, agencyId: 'AG1', roles: ['PEGAWAI', ...roles] },
    { method: 'GET' },
  );

function service() {
  const plan = { employeeId: 'staf', revision: 1 };
  return new PlanService(
    { byId: jest.fn().mockResolvedValue(plan) } as unknown as PlanRepository,
    {} as PositionRepository,
    {
      currentOf: (agencyId: string, employeeId: string) =>
        Promise.resolve(agencyId === 'AG1' ? (chart.get(employeeId) ?? null) : null),
    } as unknown as PlacementService,
    {} as TalentProfileRepository,
  );
}

describe(PlanService.name, () => {
  it('should show the plan to the direct superior when they hold the PENILAI role', async () => {
    await expect(service().get(person('kasi', 'PENILAI'), 'staf')).resolves.toMatchObject({
      employeeId: 'staf',
    });
  });

  it('should show the plan to the atasan penilai when they hold the ATASAN_PENILAI role', async () => {
    await expect(service().get(person('kabid', 'ATASAN_PENILAI'), 'staf')).resolves.toMatchObject({
      employeeId: 'staf',
    });
  });

  it('should hide the plan when the superior lacks the PENILAI role', async () => {
    await expect(service().get(person('kasi'), 'staf')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('should refuse the atasan penilai when they try to agree in the superior’s place', async () => {
    await expect(
      service().agree(person('kabid', 'PENILAI', 'ATASAN_PENILAI'), 'staf', 1),
    ).rejects.toMatchObject({ status: 403 });
  });
});
