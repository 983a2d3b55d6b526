import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AgencyScoped, CurrentPrincipal, Roles, type Principal } from '@jenjang/auth';
import { agencyScope } from '@jenjang/persistence';
import { AgencyParamsDto, PositionParamsDto } from '../shared/params.dto';
import { PutStandardDto } from './dto/position-standard.dto';
import { PositionStandardService } from './position-standard.service';

@ApiTags('position-standards')
@AgencyScoped()
@Controller({ path: 'agencies/:agencyId/position-standards', version: '1' })
export class PositionStandardController {
  constructor(private readonly standards: PositionStandardService) {}

  @Get()
  @ApiOperation({ summary: "The agency's position standards (current version and history)" })
  list(@Param() p: AgencyParamsDto) {
    return this.standards.list(agencyScope(p.agencyId));
  }

  @Get(':positionId')
  @ApiOperation({ summary: 'One position standard with every version' })
  get(@Param() p: PositionParamsDto) {
    return this.standards.get(agencyScope(p.agencyId), p.positionId);
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
    @CurrentPrincipal() principal: Principal,
    @Param() p: PositionParamsDto,
    @Body() dto: PutStandardDto,
  ) {
    return this.standards.put(agencyScope(p.agencyId), principal, p.positionId, dto);
  }
}
