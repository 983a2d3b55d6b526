import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@jenjang/auth';
import { CurrentScope, type RequestScope } from '@jenjang/platform';
import { PositionIdParamDto, PositionInputDto, PositionListQueryDto } from './dto/position.dto';
import { PositionService } from './position.service';

@ApiTags('positions')
@Controller({ path: 'positions', version: '1' })
export class PositionController {
  constructor(private readonly positions: PositionService) {}

  @Put(':positionId')
  @Roles('ADMIN_INSTANSI')
  @ApiOperation({ summary: 'Create or replace a jabatan of your agency catalog' })
  put(
    @CurrentScope() caller: RequestScope,
    @Param() params: PositionIdParamDto,
    @Body() dto: PositionInputDto,
  ) {
    return this.positions.put(caller, params.positionId, dto);
  }

  @Get()
  @ApiOperation({ summary: 'The jabatan catalog (your agency; the province for BKD and analysts)' })
  @ApiOkResponse({ description: 'Positions by unit, highest grade first' })
  list(@CurrentScope() caller: RequestScope, @Query() query: PositionListQueryDto) {
    return this.positions.list(caller, query);
  }

  @Get(':positionId')
  get(@CurrentScope() caller: RequestScope, @Param() params: PositionIdParamDto) {
    return this.positions.get(caller, params.positionId);
  }
}
