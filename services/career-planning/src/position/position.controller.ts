import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@jenjang/auth';
import { readScope } from '../shared/caller';
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
    @CurrentPrincipal() principal: Principal,
    @Param() params: PositionIdParamDto,
    @Body() dto: PositionInputDto,
  ) {
    return this.positions.put(principal, params.positionId, dto);
  }

  @Get()
  @ApiOperation({ summary: 'The jabatan catalog (your agency; the province for BKD and analysts)' })
  @ApiOkResponse({ description: 'Positions by unit, highest grade first' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: PositionListQueryDto) {
    return this.positions.list(principal, query);
  }

  @Get(':positionId')
  get(@CurrentPrincipal() principal: Principal, @Param() params: PositionIdParamDto) {
    return this.positions.get(readScope(principal), params.positionId);
  }
}
