import { Injectable } from '@nestjs/common';
import { NotFoundError, type AgencyScope } from '@jenjang/persistence';
import type { RequestScope } from '@jenjang/platform';
import { audit } from '../shared/audit';
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

  put(caller: RequestScope, positionId: string, dto: PositionInputDto): Promise<Position> {
    const scope = caller.agency as AgencyScope & { kind: 'agency' };
    const fields = positionFields(dto);
    return this.positions.upsert(
      scope,
      positionId,
      fields,
      audit(caller.actor, 'position.put', undefined, fields),
    );
  }

  list(caller: RequestScope, query: PositionQuery): Promise<Position[]> {
    return this.positions.list(caller.reach, query);
  }

  async get(caller: RequestScope, positionId: string): Promise<Position> {
    const position = await this.positions.byPositionId(caller.reach, positionId);
    if (!position) throw new NotFoundError(POSITION, positionId);
    return position;
  }
}
