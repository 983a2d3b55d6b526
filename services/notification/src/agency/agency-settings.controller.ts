import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@jenjang/auth';
import { CurrentScope, type RequestScope } from '@jenjang/platform';
import { AgencyParamsDto } from '../shared/params.dto';
import { AgencySettingsService } from './agency-settings.service';
import { NotificationSettingsInputDto } from './dto/notification-settings.dto';

@ApiTags('agency')
@Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI')
@Controller({ path: 'agencies/:agencyId/notification-settings', version: '1' })
export class AgencySettingsController {
  constructor(private readonly settings: AgencySettingsService) {}

  @Get()
  @ApiOperation({ summary: "The agency's webhook (the secret is never shown)" })
  get(@CurrentScope() caller: RequestScope, @Param() _path: AgencyParamsDto) {
    return this.settings.read(caller);
  }

  @Put()
  @ApiOperation({
    summary: 'Set or remove the webhook notices are forwarded to (HMAC-SHA256 signed)',
    description:
      'The URL must be https in production and may not name a loopback, private, link-local or ' +
      'cloud metadata address (422 WEBHOOK_URL_NOT_ALLOWED, field webhook.url); the resolved ' +
      'address is checked again at each send, and redirects are not followed. Send back the ' +
      'revision read to be told of a change made meanwhile (409).',
  })
  put(
    @CurrentScope() caller: RequestScope,
    @Param() _path: AgencyParamsDto,
    @Body() dto: NotificationSettingsInputDto,
  ) {
    return this.settings.save(caller, dto);
  }
}
