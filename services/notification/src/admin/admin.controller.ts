import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@jenjang/auth';
import { CurrentScope, type RequestScope } from '@jenjang/platform';
import { AgencyParamsDto } from '../shared/params.dto';
import { AdminService } from './admin.service';
import { DeliveryParamsDto, DeliveryQueryDto } from './dto/delivery-query.dto';

@ApiTags('admin')
@Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI')
@Controller({ path: 'agencies/:agencyId', version: '1' })
export class AdminController {
  constructor(private readonly admin: AdminService) {}

  @Get('deliveries')
  @ApiOperation({
    summary: 'Notices per recipient and channel: state, attempts, last error (newest first)',
  })
  list(
    @CurrentScope() scope: RequestScope,
    @Param() params: AgencyParamsDto,
    @Query() query: DeliveryQueryDto,
  ) {
    return this.admin.list(scope, query);
  }

  @Get('deliveries/:id')
  @ApiOperation({ summary: 'One notice with its attempt log' })
  get(@CurrentScope() scope: RequestScope, @Param() params: DeliveryParamsDto) {
    return this.admin.get(scope, params.id);
  }

  @Post('deliveries/:id/resend')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a delivered or failed notice again' })
  resend(@CurrentScope() scope: RequestScope, @Param() params: DeliveryParamsDto) {
    return this.admin.resend(scope, params.id);
  }

  @Get('notification-report')
  @ApiOperation({ summary: 'Per type and channel: delivered, pending, failed and why' })
  report(
    @CurrentScope() scope: RequestScope,
    @Param() params: AgencyParamsDto,
    @Query() query: DeliveryQueryDto,
  ) {
    return this.admin.report(scope, query);
  }
}
