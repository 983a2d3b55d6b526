import { orgChartOf, type Principal, type ReportingLine, type Role } from '@jenjang/auth';
import { requestScopeOf, type OrgChartRepository, type RequestScope } from '@jenjang/platform';
import { NotFoundError } from '@jenjang/persistence';
import type { DictionaryService } from '../dictionary/dictionary.service';
import type { GapAssessmentService } from './gap-assessment.service';
import type { AssessmentSettingsService } from '../settings/assessment-settings.service';
import type { PositionStandardService } from '../standard/position-standard.service';
import { DEFAULT_CURRENT_LEVEL_POLICY } from '../settings/domain/assessment-policy';
import { SourceNotAllowedError } from './domain/profile-errors';
import type { ProfileRepository, StoredProfile } from './profile.repository';
import { ProfileService } from './profile.service';

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

// kabid -> kasi -> staf; kasi2 is a colleague of kasi with no say over staf.
const chart = orgChartOf([
  line('kabid', null),
  line('kasi', 'kabid'),
  line('kasi2', 'kabid'),
  line('staf', 'kasi'),
]);

const profile: StoredProfile = {
  _id: 'AG1/staf',
  agencyId: 'AG1',
  employeeId: 'staf',
  unitId: 'AG1.u1',
  heldPosition: null,
  targetPosition: null,
  assessments: [],
  lastAppraisal: null,
  latest: null,
  appliedCauses: [],
  revision: 1,
  createdAt: new Date(),
  updatedAt: new Date(),
};

const principal = (employeeId: string, roles: Role[]): Principal => ({
  subject: `u-${employeeId}`,
  employeeId,
  agencyId: 'AG1',
  roles: ['PEGAWAI', ...roles],
});
// The caller as the edge hands it over: a request on /agencies/AG1/profiles/….
const person = (employeeId: string, ...roles: Role[]): RequestScope =>
  requestScopeOf(principal(employeeId, roles), { method: 'GET', params: { agencyId: 'AG1' } });

function service() {
  const reassess = jest.fn().mockResolvedValue({ assessmentId: 'as-1' });
  const profiles = new ProfileService(
    { get: jest.fn().mockResolvedValue(profile) } as unknown as ProfileRepository,
    { reassess } as unknown as GapAssessmentService,
    { knownCodes: jest.fn().mockResolvedValue(new Set(['INT'])) } as unknown as DictionaryService,
    {} as PositionStandardService,
    {
      inForce: jest.fn().mockResolvedValue({ currentLevel: DEFAULT_CURRENT_LEVEL_POLICY }),
    } as unknown as AssessmentSettingsService,
    chart as OrgChartRepository,
  );
  return { profiles, reassess };
}

const supervisorLevel = {
  competencyCode: 'INT',
  level: 3 as const,
  source: 'SUPERVISOR' as const,
  assessedAt: '2026-01-02T00:00:00Z',
};

describe(ProfileService.name, () => {
  it('should show the profile to the direct superior and the atasan penilai', async () => {
    const { profiles } = service();
    await expect(profiles.view(person('kasi', 'PENILAI'), 'staf')).resolves.toMatchObject({
      employeeId: 'staf',
    });
    await expect(profiles.view(person('kabid', 'ATASAN_PENILAI'), 'staf')).resolves.toMatchObject({
      employeeId: 'staf',
    });
  });

  it('should hide the profile and gaps when the penilai is not the superior', async () => {
    const { profiles } = service();
    const colleague = person('kasi2', 'PENILAI', 'ATASAN_PENILAI');
    await expect(profiles.view(colleague, 'staf')).rejects.toBeInstanceOf(NotFoundError);
    await expect(profiles.gaps(colleague, 'staf')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('should let the direct superior record a SUPERVISOR level when the person reports to them', async () => {
    const { profiles, reassess } = service();
    await profiles.addAssessment(person('kasi', 'PENILAI'), 'staf', supervisorLevel);
    expect(reassess).toHaveBeenCalledTimes(1);
  });

  it('should refuse a SUPERVISOR level when the penilai is not the superior', async () => {
    const { profiles, reassess } = service();
    await expect(
      profiles.addAssessment(person('kasi2', 'PENILAI'), 'staf', supervisorLevel),
    ).rejects.toBeInstanceOf(SourceNotAllowedError);
    expect(reassess).not.toHaveBeenCalled();
  });
});
