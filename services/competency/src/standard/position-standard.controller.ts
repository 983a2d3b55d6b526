import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@jenjang/auth';
import { CurrentScope, type RequestScope } from '@jenjang/platform';
import { AgencyParamsDto, PositionParamsDto } from '../shared/params.dto';
import { PutStandardDto } from './dto/position-standard.dto';
import { PositionStandardService } from './position-standard.service';

@ApiTags('position-standards')
@Controller({ path: 'agencies/:agencyId/position-standards', version: '1' })
export class PositionStandardController {
  constructor(private readonly standards: PositionStandardService) {}

  @Get()
  @ApiOperation({ summary: "The agency's position standards (current version and history)" })
  list(@CurrentScope() caller: RequestScope, @Param() _path: AgencyParamsDto) {
    return this.standards.list(caller.agency);
  }

  @Get(':positionId')
  @ApiOperation({ summary: 'One position standard with every version' })
  get(@CurrentScope() caller: RequestScope, @Param() p: PositionParamsDto) {
    return this.standards.get(caller.agency, p.positionId);
  }

  @Put(':positionId')
  @Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI')
  @ApiOperation({
    summary: 'Set the standard of a jabatan: the required level per competency',
    description:
      'Adds a version (earlier ones are kept). 422 naming the field for an unknown competency, ' +
      'a level outside 1-5, a competency listed twice, or a position of another agency.',
  })
  put(
    @CurrentScope() caller: RequestScope,
    @Param() p: PositionParamsDto,
    @Body() dto: PutStandardDto,
  ) {
    return this.standards.put(caller, p.positionId, dto);
  }
}
