import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@jenjang/auth';
import { CurrentScope, type RequestScope } from '@jenjang/platform';
import { AgencyParamsDto } from '../shared/params.dto';
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
    @CurrentScope() scope: RequestScope,
    @Param() params: AgencyParamsDto,
    @Query() query: TemplateQueryDto,
  ) {
    return this.templates.effective(scope.agency, query.type);
  }

  @Put(':type/:language/:channel')
  @Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI')
  @ApiOperation({
    summary: 'Save the agency’s wording; refused (422) if it names a field the event lacks',
  })
  put(
    @CurrentScope() scope: RequestScope,
    @Param() params: TemplateParamsDto,
    @Body() dto: TemplateInputDto,
  ) {
    const { agencyId, ...key } = params;
    return this.templates.save(scope.agency, agencyId, { ...key, ...dto }, scope.actor.subject);
  }

  @Post(':type/:language/:channel/preview')
  @HttpCode(200)
  @Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI')
  @ApiOperation({
    summary: 'The wording rendered with the event’s example, checked like a save; nothing stored',
  })
  @ApiOkResponse({ type: TemplatePreviewDto })
  preview(
    @CurrentScope() scope: RequestScope,
    @Param() params: TemplateParamsDto,
    @Body() dto: TemplateInputDto,
  ) {
    const { agencyId: _agencyId, ...key } = params;
    return this.templates.preview(scope.agency, { ...key, ...dto });
  }
}
