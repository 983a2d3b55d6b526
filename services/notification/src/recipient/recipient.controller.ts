import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@jenjang/auth';
import { CurrentScope, type RequestScope } from '@jenjang/platform';
import { AgencyParamsDto } from '../shared/params.dto';
import {
  PreferencesDto,
  RecipientInputDto,
  RecipientParamsDto,
  RecipientQueryDto,
} from './dto/recipient.dto';
import { RecipientService } from './recipient.service';

@ApiTags('recipients')
@Controller({ version: '1' })
export class RecipientController {
  constructor(private readonly recipients: RecipientService) {}

  @Get('agencies/:agencyId/recipients')
  @Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI')
  @ApiOperation({ summary: "The agency's recipient directory (filter by team or unit)" })
  list(
    @CurrentScope() scope: RequestScope,
    @Param() params: AgencyParamsDto,
    @Query() query: RecipientQueryDto,
  ) {
    return this.recipients.list(scope, query);
  }

  @Get('agencies/:agencyId/recipients/:employeeId')
  @Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI')
  @ApiOperation({ summary: 'One entry of the directory' })
  get(@CurrentScope() scope: RequestScope, @Param() params: RecipientParamsDto) {
    return this.recipients.get(scope, params.employeeId);
  }

  @Put('agencies/:agencyId/recipients/:employeeId')
  @Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI')
  @ApiOperation({
    summary: 'Create or replace an entry: email, phone, language, teams, preferences',
    description: 'Fields left out keep their current value (defaults: Bahasa Indonesia, WIB).',
  })
  put(
    @CurrentScope() scope: RequestScope,
    @Param() params: RecipientParamsDto,
    @Body() dto: RecipientInputDto,
  ) {
    return this.recipients.put(scope, params.employeeId, dto);
  }

  @Get('me/notification-preferences')
  @ApiOperation({ summary: 'Your language, opt-outs, quiet hours and digest' })
  mine(@CurrentScope() scope: RequestScope) {
    return this.recipients.mine(scope);
  }

  @Put('me/notification-preferences')
  @ApiOperation({
    summary: 'Change your language, opt-outs, quiet hours and digest',
    description: 'Mandatory notices (e.g. the appraisal feedback) ignore opt-outs and quiet hours.',
  })
  setMine(@CurrentScope() scope: RequestScope, @Body() dto: PreferencesDto) {
    return this.recipients.setMine(scope, dto);
  }
}
