import { Injectable } from '@nestjs/common';
import type { AgencyScope } from '@jenjang/persistence';
import { DictionaryService } from '../dictionary/dictionary.service';
import { jpmFormulaId } from '../settings/domain/assessment-policy';
import { currentLevels } from '../profile/domain/current-levels';
import { ProfileRepository } from '../profile/profile.repository';
import type { Requirement } from '../standard/domain/position-standard';
import { AssessmentSettingsService } from '../settings/assessment-settings.service';
import { PositionStandardService } from '../standard/position-standard.service';
import { commonGaps, fulfilmentBy, type ReportPerson } from './domain/fulfilment';

/** Agency reports, computed from the current levels against the standards in force now. */
@Injectable()
export class ReportService {
  constructor(
    private readonly profiles: ProfileRepository,
    private readonly standards: PositionStandardService,
    private readonly dictionary: DictionaryService,
    private readonly settings: AssessmentSettingsService,
  ) {}

  async fulfilment(scope: AgencyScope) {
    const { people, standards, names, settings } = await this.load(scope);
    const formula = jpmFormulaId(settings.jpm);
    return {
      generatedAt: new Date().toISOString(),
      formula: 'fulfilmentRate = requirements met / requirements of the standard x 100',
      jpmFormula: formula,
      byUnit: fulfilmentBy(people, standards, (p) => p.unitId, settings.jpm).map(
        ({ key, ...row }) => ({
          unitId: key,
          ...row,
        }),
      ),
      byPosition: fulfilmentBy(people, standards, (p) => p.positionId, settings.jpm).map(
        ({ key, ...row }) => ({
          positionId: key,
          positionName: names.get(key) ?? null,
          ...row,
        }),
      ),
    };
  }

  async commonGaps(scope: AgencyScope, limit = 10) {
    const { people, standards } = await this.load(scope);
    const labels = await this.dictionary.labels(scope);
    return {
      generatedAt: new Date().toISOString(),
      employees: people.length,
      gaps: commonGaps(people, standards, limit).map((g) => ({
        ...g,
        competencyName: labels.get(g.competencyCode)?.name ?? g.competencyCode,
        kind: labels.get(g.competencyCode)?.kind ?? null,
      })),
    };
  }

  private async load(scope: AgencyScope) {
    const [profiles, stored, settings] = await Promise.all([
      this.profiles.listForReport(scope),
      this.standards.list(scope),
      this.settings.inForce(scope),
    ]);
    const standards = new Map<string, readonly Requirement[]>(
      stored.map((s) => [s._id, s.current.requirements]),
    );
    const names = new Map<string, string>(stored.map((s) => [s._id, s.current.positionName]));
    const people: ReportPerson[] = profiles.map((p) => {
      if (p.heldPosition && !names.has(p.heldPosition.id)) {
        names.set(p.heldPosition.id, p.heldPosition.name);
      }
      return {
        employeeId: p.employeeId,
        unitId: p.unitId,
        positionId: p.heldPosition?.id ?? null,
        current: currentLevels(p.assessments, settings.currentLevel),
      };
    });
    return { people, standards, names, settings };
  }
}
