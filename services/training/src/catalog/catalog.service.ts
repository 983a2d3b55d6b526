import { Injectable } from '@nestjs/common';
import { DomainError } from '@jenjang/domain-kernel';
import { NotFoundError } from '@jenjang/persistence';
import type { RequestScope } from '@jenjang/platform';
import { ProgramRepository, SessionRepository } from './catalog.repository';
import {
  checkJp,
  checkLeadershipLevel,
  checkSession,
  type Program,
  type Session,
} from './domain/program';
import type { ProgramInputDto, SessionInputDto } from './dto/catalog.dto';

export class ProvinceWideNeedsProvinceAdminError extends DomainError {
  readonly code = 'PROVINCE_WIDE_NEEDS_PROVINCE_ADMIN';
  constructor() {
    super(
      {
        en: 'Only the province BKD (ADMIN_PROVINSI) may publish a province-wide program.',
        id: 'Hanya BKD provinsi (ADMIN_PROVINSI) yang dapat menerbitkan program untuk seluruh provinsi.',
      },
      { status: 403, field: 'availability' },
    );
  }
}

const PROGRAM = { en: 'Program', id: 'Program' };

export interface ProgramWithSessions extends Program {
  sessions: Session[];
}

@Injectable()
export class CatalogService {
  constructor(
    private readonly programs: ProgramRepository,
    private readonly sessions: SessionRepository,
  ) {}

  toProgram(agencyId: string, dto: ProgramInputDto): Program {
    checkJp(dto.jp);
    checkLeadershipLevel(dto.form, dto.leadershipLevel ?? null);
    const competencyNames: Record<string, string> = {};
    for (const c of dto.competencies) {
      if (c.competencyName) competencyNames[c.competencyCode] = c.competencyName;
    }
    return {
      id: `${agencyId}.${dto.code}`,
      agencyId,
      title: dto.title,
      description: dto.description ?? '',
      form: dto.form,
      provider: { kind: dto.provider.kind, name: dto.provider.name },
      jp: dto.jp,
      competencies: dto.competencies.map((c) => ({
        competencyCode: c.competencyCode,
        level: c.level,
        raisesAssessedLevel: c.raisesAssessedLevel,
      })),
      competencyNames,
      berakhlakValues: [...new Set(dto.berakhlakValues)],
      prerequisites: dto.prerequisites ?? [],
      availability: dto.availability,
      selfPaced: dto.selfPaced ?? false,
      leadershipLevel: dto.leadershipLevel ?? null,
      active: dto.active ?? true,
    };
  }

  async saveProgram(caller: RequestScope, dto: ProgramInputDto): Promise<Program> {
    if (dto.availability === 'PROVINCE' && !caller.has('ADMIN_PROVINSI')) {
      throw new ProvinceWideNeedsProvinceAdminError();
    }
    const program = this.toProgram(caller.agencyId, dto);
    return this.programs.save(caller.agency, program, new Date());
  }

  async addSession(
    caller: RequestScope,
    programId: string,
    dto: SessionInputDto,
  ): Promise<Session> {
    const program = await this.programs.byId(caller.agency, programId);
    if (!program) throw new NotFoundError(PROGRAM, programId);
    const s = {
      id: `${program.id}.${dto.code}`,
      programId: program.id,
      agencyId: program.agencyId,
      startsAt: new Date(dto.startsAt),
      endsAt: new Date(dto.endsAt),
      capacity: dto.capacity,
      location: dto.location ?? null,
      link: dto.link ?? null,
    };
    checkSession(s);
    return this.sessions.save(caller.agency, s, new Date());
  }

  list(caller: RequestScope): Promise<Program[]> {
    return this.programs.listOpenTo(caller.agencyId, false);
  }

  async get(caller: RequestScope, id: string): Promise<ProgramWithSessions> {
    const program = await this.programs.openById(caller.agencyId, id);
    if (!program) throw new NotFoundError(PROGRAM, id);
    return { ...program, sessions: await this.sessions.ofPrograms([id]) };
  }
}
