import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@jenjang/auth';
import { Idempotent } from '@jenjang/platform';
import { CreatePlacementDto, EndPlacementDto, PlacementListQueryDto } from './dto/placement.dto';
import { PlacementService } from './placement.service';

@ApiTags('placements')
@Controller({ path: 'placements', version: '1' })
export class PlacementController {
  constructor(private readonly placements: PlacementService) {}

  @Post()
  @Roles('ADMIN_INSTANSI')
  @Idempotent()
  @ApiOperation({
    summary: 'Place an employee in a jabatan (publishes employee-placed)',
    description:
      'The open placement that began earlier ends the day before; any other overlap is a 409.',
  })
  @ApiCreatedResponse({ description: 'The placement' })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreatePlacementDto) {
    return this.placements.create(principal, dto);
  }

  @Post(':id/end')
  @Roles('ADMIN_INSTANSI')
  @Idempotent()
  @ApiOperation({ summary: 'End a placement on a day (publishes its new revision)' })
  end(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body() dto: EndPlacementDto,
  ) {
    return this.placements.endById(principal, id, dto.validTo, dto.revision);
  }

  @Get()
  @ApiOperation({
    summary: 'Placements (admins: the agency; others: their own and their direct reports)',
  })
  list(@CurrentPrincipal() principal: Principal, @Query() query: PlacementListQueryDto) {
    return this.placements.list(principal, query);
  }
}
