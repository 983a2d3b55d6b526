import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@jenjang/auth';
import { CurrentScope, type RequestScope } from '@jenjang/platform';
import {
  PromotionDecisionDto,
  PromotionListQueryDto,
  PromotionSettingsInputDto,
  PromotionTeamQueryDto,
} from './dto/promotion.dto';
import { PromotionEligibilityService } from './promotion-eligibility.service';
import { PromotionService } from './promotion.service';

@ApiTags('promotions')
@Controller({ path: 'promotions', version: '1' })
export class PromotionController {
  constructor(
    private readonly promotions: PromotionService,
    private readonly lists: PromotionEligibilityService,
  ) {}

  @Get('me')
  @ApiOperation({
    summary: 'Your kenaikan pangkat eligibility per period, with reasons and what is missing',
    description: "Only where the agency's transparency setting allows it (403 otherwise).",
  })
  me(@CurrentScope() caller: RequestScope) {
    return this.promotions.mine(caller);
  }

  @Get('team')
  @Roles('PENILAI', 'ATASAN_PENILAI')
  @ApiOperation({
    summary: "Your staff's kenaikan pangkat eligibility for a period (today's org chart)",
    description:
      'Direct reports for a PENILAI, and their reports one level down for an ATASAN_PENILAI; ' +
      'people of the team with no entry in that period are listed under notListed.',
  })
  team(@CurrentScope() caller: RequestScope, @Query() query: PromotionTeamQueryDto) {
    return this.promotions.team(caller, query.periodDate);
  }

  @Post('periods/:periodDate/evaluate')
  @Roles('ADMIN_INSTANSI')
  @ApiOperation({
    summary: 'Check everyone of the agency for a period; publish promotion-eligible once each',
  })
  evaluate(@CurrentScope() caller: RequestScope, @Param('periodDate') periodDate: string) {
    return this.lists.evaluate(caller, periodDate);
  }

  @Get('periods/:periodDate')
  @Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI', 'ANALIS')
  @ApiOperation({
    summary: 'The list for a period: each person, the checks, what is missing and the criteria',
  })
  list(
    @CurrentScope() caller: RequestScope,
    @Param('periodDate') periodDate: string,
    @Query() query: PromotionListQueryDto,
  ) {
    return this.promotions.list(caller, periodDate, query.eligibleOnly === true);
  }

  @Get('periods/:periodDate/employees/:employeeId')
  @ApiOperation({
    summary:
      "One person's eligibility for a period (admins, analysts, the person, their superiors)",
  })
  one(
    @CurrentScope() caller: RequestScope,
    @Param('periodDate') periodDate: string,
    @Param('employeeId') employeeId: string,
  ) {
    return this.promotions.one(caller, periodDate, employeeId);
  }

  @Post('periods/:periodDate/employees/:employeeId/decision')
  @Roles('ADMIN_INSTANSI')
  @ApiOperation({ summary: 'Propose or not, always with the reason (audited)' })
  decide(
    @CurrentScope() caller: RequestScope,
    @Param('periodDate') periodDate: string,
    @Param('employeeId') employeeId: string,
    @Body() dto: PromotionDecisionDto,
  ) {
    return this.promotions.decide(caller, periodDate, employeeId, dto);
  }
}

@ApiTags('agency')
@ApiParam({ name: 'agencyId', example: 'pemkab-sleman' })
@Controller({ path: 'agencies/:agencyId/promotion-settings', version: '1' })
export class PromotionSettingsController {
  constructor(private readonly promotions: PromotionService) {}

  @Get()
  @ApiOperation({ summary: "The agency's promotion periods, thresholds and transparency" })
  get(@CurrentScope() scope: RequestScope) {
    return this.promotions.readSettings(scope.agencyId);
  }

  @Put()
  @Roles('ADMIN_INSTANSI')
  @ApiOperation({ summary: 'Replace the periods, thresholds and transparency (409 when stale)' })
  put(@CurrentScope() scope: RequestScope, @Body() dto: PromotionSettingsInputDto) {
    return this.promotions.saveSettings(scope, dto);
  }
}
