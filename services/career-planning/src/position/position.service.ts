import { Injectable } from '@nestjs/common';
import type { Principal } from '@jenjang/auth';
import { agencyScope, NotFoundError, type AgencyScope } from '@jenjang/persistence';
import { audit } from '../shared/audit';
import { readScope } from '../shared/caller';
import type { PositionInputDto } from './dto/position.dto';
import {
  PositionRepository,
  type Position,
  type PositionFields,
  type PositionQuery,
} from './position.repository';

export const POSITION = { en: 'Position', id: 'Jabatan' };

export function positionFields(dto: PositionInputDto): PositionFields {
  return {
    unitId: dto.unitId,
    name: dto.name,
    group: dto.group,
    grade: dto.grade,
    isKey: dto.isKey ?? false,
    competencies: [...new Set(dto.competencies ?? [])],
    parentPositionId: dto.parentPositionId ?? null,
    active: true,
  };
}

@Injectable()
export class PositionService {
  constructor(private readonly positions: PositionRepository) {}

  put(principal: Principal, positionId: string, dto: PositionInputDto): Promise<Position> {
    const scope = agencyScope(principal.agencyId) as AgencyScope & { kind: 'agency' };
    const fields = positionFields(dto);
    return this.positions.upsert(
      scope,
      positionId,
      fields,
      audit(principal, 'position.put', undefined, fields),
    );
  }

  list(principal: Principal, query: PositionQuery): Promise<Position[]> {
    return this.positions.list(readScope(principal), query);
  }

  async get(scope: AgencyScope, positionId: string): Promise<Position> {
    const position = await this.positions.byPositionId(scope, positionId);
    if (!position) throw new NotFoundError(POSITION, positionId);
    return position;
  }
}
