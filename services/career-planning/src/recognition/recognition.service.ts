import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { NotFoundError, type AgencyScope } from '@jenjang/persistence';
import type { RequestScope } from '@jenjang/platform';
import { jakartaToday } from '../placement/placement.service';
import { audit } from '../shared/audit';
import { InvalidCareerInputError } from '../shared/career-errors';
import { READS_ALL } from '../shared/readers';
import type { RecognitionSummary } from './domain/recognition';
import type { RecognitionInputDto } from './dto/recognition.dto';
import { RecognitionRepository, type Recognition } from './recognition.repository';

const RECOGNITIONS = { en: 'Recognitions', id: 'Penghargaan' };

@Injectable()
export class RecognitionService {
  constructor(private readonly recognitions: RecognitionRepository) {}

  async record(caller: RequestScope, dto: RecognitionInputDto): Promise<Recognition> {
    const day = new Date(`${dto.awardedOn}T00:00:00Z`);
    if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== dto.awardedOn) {
      throw new InvalidCareerInputError([
        { field: 'awardedOn', en: 'Not a calendar date.', id: 'Bukan tanggal yang valid.' },
      ]);
    }
    if (dto.awardedOn > jakartaToday()) {
      throw new InvalidCareerInputError([
        {
          field: 'awardedOn',
          en: 'A recognition cannot be dated in the future.',
          id: 'Tanggal penghargaan tidak boleh di masa depan.',
        },
      ]);
    }
    const now = new Date();
    return this.recognitions.create(caller.agency, {
      _id: randomUUID(),
      employeeId: dto.employeeId,
      kind: dto.kind,
      title: dto.title,
      level: dto.level,
      awardedOn: dto.awardedOn,
      grantedBy: dto.grantedBy ?? null,
      decreeNumber: dto.decreeNumber ?? null,
      revision: 1,
      createdAt: now,
      updatedAt: now,
      audit: [audit(caller.actor, 'recognition.record')],
    });
  }

  /** A person's recognitions: their own, or any of the caller's reach for admins and analysts. */
  async of(caller: RequestScope, employeeId: string): Promise<Recognition[]> {
    if (caller.employeeId !== employeeId && !caller.has(...READS_ALL)) {
      throw new NotFoundError(RECOGNITIONS, employeeId);
    }
    return this.recognitions.ofEmployees(caller.reach, [employeeId]);
  }

  /** Per person, for lists that rank people (succession pool, promotion eligibility). */
  async summaries(
    scope: AgencyScope,
    employeeIds: readonly string[],
  ): Promise<Map<string, RecognitionSummary[]>> {
    const byEmployee = new Map<string, RecognitionSummary[]>();
    if (employeeIds.length === 0) return byEmployee;
    for (const r of await this.recognitions.ofEmployees(scope, employeeIds)) {
      const list = byEmployee.get(r.employeeId) ?? [];
      list.push({ kind: r.kind, title: r.title, level: r.level, awardedOn: r.awardedOn });
      byEmployee.set(r.employeeId, list);
    }
    return byEmployee;
  }
}
