import type { ReportingLine } from '@jenjang/auth';
import type { Connection } from 'mongoose';
import { mergePlacement, OrgChartRepository } from './org-chart.repository';

const line = (placementId: string, revision: number, validFrom: string): ReportingLine => ({
  placementId,
  revision,
  employeeId: 'e1',
  agencyId: 'AG1',
  unitId: 'u1',
  position: { id: 'j1', name: 'Analis', group: 'FUNGSIONAL' },
  superiorEmployeeId: 's1',
  validFrom,
  validTo: null,
});

describe('mergePlacement', () => {
  it('should keep the newer revision when a placement is revised', () => {
    const merged = mergePlacement([line('p1', 1, '2026-01-01')], line('p1', 2, '2026-01-01'));
    expect(merged).toEqual([line('p1', 2, '2026-01-01')]);
  });

  it('should change nothing when an older or repeated revision arrives', () => {
    expect(mergePlacement([line('p1', 2, '2026-01-01')], line('p1', 2, '2026-01-01'))).toBeNull();
    expect(mergePlacement([line('p1', 2, '2026-01-01')], line('p1', 1, '2026-01-01'))).toBeNull();
  });

  it('should order placements newest first when a new one is added', () => {
    const merged = mergePlacement([line('p1', 1, '2026-01-01')], line('p2', 1, '2026-04-01'));
    expect(merged?.map((l) => l.placementId)).toEqual(['p2', 'p1']);
  });
});

describe(OrgChartRepository.name, () => {
  const chart = (unitOf: Record<string, string>) =>
    Object.entries(unitOf).map(([employeeId, unitId]) => ({
      _id: `AG1:${employeeId}`,
      agencyId: 'AG1',
      employeeId,
      placements: [{ ...line('p-' + employeeId, 1, '2026-01-01'), employeeId, unitId }],
      updatedAt: new Date(),
    }));
  // The model as the repository uses it: find (the whole chart), findOne and findOneAndUpdate.
  const storeWith = (docs: ReturnType<typeof chart>) => {
    const query = (result: () => unknown) => ({
      lean: () => ({ exec: () => Promise.resolve(result()) }),
    });
    const model = {
      find: jest.fn(() => query(() => docs)),
      findOne: jest.fn(() => query(() => null)),
      findOneAndUpdate: jest.fn(() => query(() => null)),
    };
    const repository = new OrgChartRepository({ model: () => model } as unknown as Connection);
    return { model, repository };
  };

  it('should read the agency chart once for the headcounts of its units, until a placement is recorded', async () => {
    const { model, repository } = storeWith(chart({ e1: 'u1', e2: 'u1', e3: 'u2' }));

    expect(await repository.unitMembersOn('AG1', 'u1', '2026-06-30')).toEqual(['e1', 'e2']);
    expect(await repository.headcountByUnit('AG1', '2026-06-30')).toEqual(
      new Map([
        ['u1', 2],
        ['u2', 1],
      ]),
    );
    expect(model.find).toHaveBeenCalledTimes(1);

    await repository.record({ ...line('p-e4', 1, '2026-01-01'), employeeId: 'e4', unitId: 'u2' });
    await repository.unitMembersOn('AG1', 'u2', '2026-06-30');
    expect(model.find).toHaveBeenCalledTimes(2);
  });
});
