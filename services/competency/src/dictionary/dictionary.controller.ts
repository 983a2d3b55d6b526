import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@jenjang/auth';
import { CurrentScope, type RequestScope } from '@jenjang/platform';
import { AgencyParamsDto, CompetencyParamsDto } from '../shared/params.dto';
import type { CompetencyChange, LevelDefinition, LevelDescription } from './domain/competency';
import { DictionaryService } from './dictionary.service';
import {
  CreateCompetencyDto,
  DictionaryQueryDto,
  type LevelDescriptionDto,
  ReviseCompetencyDto,
} from './dto/competency.dto';

const description = (d: LevelDescriptionDto): LevelDescription =>
  d.status === 'TERSEDIA'
    ? { status: 'TERSEDIA', text: d.text ?? '' }
    : { status: 'BELUM_TERSEDIA', note: d.note ?? '' };

@ApiTags('dictionary')
@Controller({ path: 'agencies/:agencyId/competencies', version: '1' })
export class DictionaryController {
  constructor(private readonly dictionary: DictionaryService) {}

  @Get()
  @ApiOperation({
    summary: 'The dictionary in force: national (read-only seed) and the agency technical ones',
  })
  list(
    @CurrentScope() caller: RequestScope,
    @Param() _path: AgencyParamsDto,
    @Query() q: DictionaryQueryDto,
  ) {
    return this.dictionary.list(caller.agency, q.at);
  }

  @Get(':code')
  @ApiOperation({ summary: 'Every version of one competency, oldest first' })
  history(@CurrentScope() caller: RequestScope, @Param() p: CompetencyParamsDto) {
    return this.dictionary.history(caller.agency, p.code);
  }

  @Post()
  @Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI')
  @ApiOperation({ summary: 'Add a technical (TEKNIS) competency to the agency dictionary' })
  create(
    @CurrentScope() caller: RequestScope,
    @Param() _path: AgencyParamsDto,
    @Body() dto: CreateCompetencyDto,
  ) {
    const levels: LevelDefinition[] = dto.levels.map((l) => ({
      level: l.level,
      title: l.title,
      description: description(l.description),
    }));
    return this.dictionary.create(
      caller,
      { code: dto.code, name: dto.name, definition: dto.definition, levels },
      dto.validFrom,
    );
  }

  @Put(':code')
  @Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI')
  @ApiOperation({
    summary: 'Revise a technical competency: a new version; earlier versions stay as they were',
  })
  revise(
    @CurrentScope() caller: RequestScope,
    @Param() p: CompetencyParamsDto,
    @Body() dto: ReviseCompetencyDto,
  ) {
    const change: CompetencyChange = {
      ...(dto.name ? { name: dto.name } : {}),
      ...(dto.definition ? { definition: dto.definition } : {}),
      ...(dto.levels
        ? {
            levels: Object.fromEntries(
              dto.levels.map((l) => [
                l.level,
                {
                  ...(l.title !== undefined ? { title: l.title } : {}),
                  ...(l.description ? { description: description(l.description) } : {}),
                },
              ]),
            ),
          }
        : {}),
    };
    return this.dictionary.revise(caller, p.code, change, dto.validFrom);
  }
}
