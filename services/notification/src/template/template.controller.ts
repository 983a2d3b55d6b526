import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@jenjang/auth';
import { AgencyParamsDto } from '../shared/params.dto';
import { agencyScopeFor } from '../shared/caller';
import {
  TemplateInputDto,
  TemplateParamsDto,
  TemplatePreviewDto,
  TemplateQueryDto,
} from './dto/template.dto';
import { TemplateService } from './template.service';

@ApiTags('templates')
@Controller({ path: 'agencies/:agencyId/notification-templates', version: '1' })
export class TemplateController {
  constructor(private readonly templates: TemplateService) {}

  @Get()
  @ApiOperation({ summary: 'The templates in force per type, language and channel' })
  list(
    @CurrentPrincipal() principal: Principal,
    @Param() params: AgencyParamsDto,
    @Query() query: TemplateQueryDto,
  ) {
    return this.templates.effective(agencyScopeFor(principal, params.agencyId, 'read'), query.type);
  }

  @Put(':type/:language/:channel')
  @Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI')
  @ApiOperation({
    summary: 'Save the agency’s wording; refused (422) if it names a field the event lacks',
  })
  put(
    @CurrentPrincipal() principal: Principal,
    @Param() params: TemplateParamsDto,
    @Body() dto: TemplateInputDto,
  ) {
    const { agencyId, ...key } = params;
    return this.templates.save(
      agencyScopeFor(principal, agencyId, 'write'),
      agencyId,
      { ...key, ...dto },
      principal.subject,
    );
  }

  @Post(':type/:language/:channel/preview')
  @HttpCode(200)
  @Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI')
  @ApiOperation({
    summary: 'The wording rendered with the event’s example, checked like a save; nothing stored',
  })
  @ApiOkResponse({ type: TemplatePreviewDto })
  preview(
    @CurrentPrincipal() principal: Principal,
    @Param() params: TemplateParamsDto,
    @Body() dto: TemplateInputDto,
  ) {
    const { agencyId, ...key } = params;
    return this.templates.preview(agencyScopeFor(principal, agencyId, 'write'), { ...key, ...dto });
  }
}
