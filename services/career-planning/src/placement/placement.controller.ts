import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@jenjang/auth';
import { CurrentScope, Idempotent, type RequestScope } from '@jenjang/platform';
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
  create(@CurrentScope() caller: RequestScope, @Body() dto: CreatePlacementDto) {
    return this.placements.create(caller, dto);
  }

  @Post(':id/end')
  @Roles('ADMIN_INSTANSI')
  @Idempotent()
  @ApiOperation({ summary: 'End a placement on a day (publishes its new revision)' })
  end(@CurrentScope() caller: RequestScope, @Param('id') id: string, @Body() dto: EndPlacementDto) {
    return this.placements.endById(caller, id, dto.validTo, dto.revision);
  }

  @Get()
  @ApiOperation({
    summary: 'Placements (admins: the agency; others: their own and their direct reports)',
  })
  list(@CurrentScope() caller: RequestScope, @Query() query: PlacementListQueryDto) {
    return this.placements.list(caller, query);
  }
}
