import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@jenjang/auth';
import { DomainError } from '@jenjang/domain-kernel';
import { AgencyParamsDto } from '../recipient/dto/recipient.dto';
import { agencyScopeFor } from '../shared/caller';
import { AgencySettingsRepository, type NotificationSettings } from './agency-settings.repository';
import { NotificationSettingsInputDto } from './dto/notification-settings.dto';

class WebhookSecretRequiredError extends DomainError {
  readonly code = 'WEBHOOK_SECRET_REQUIRED';
  constructor() {
    super(
      { en: 'A new webhook needs a secret.', id: 'Webhook baru memerlukan secret.' },
      { status: 422, field: 'webhook.secret' },
    );
  }
}

// The secret is never returned: only whether one is set.
const view = (s: NotificationSettings) => ({
  agencyId: s.agencyId,
  webhook: s.webhook ? { url: s.webhook.url, enabled: s.webhook.enabled, secretSet: true } : null,
  updatedAt: s.updatedAt,
});

@ApiTags('agency')
@Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI')
@Controller({ path: 'agencies/:agencyId/notification-settings', version: '1' })
export class AgencySettingsController {
  constructor(private readonly settings: AgencySettingsRepository) {}

  @Get()
  @ApiOperation({ summary: "The agency's webhook (the secret is never shown)" })
  async get(@CurrentPrincipal() principal: Principal, @Param() params: AgencyParamsDto) {
    const scope = agencyScopeFor(principal, params.agencyId, 'read');
    return view(await this.settings.get(params.agencyId, scope));
  }

  @Put()
  @ApiOperation({
    summary: 'Set or remove the webhook notices are forwarded to (HMAC-SHA256 signed)',
  })
  async put(
    @CurrentPrincipal() principal: Principal,
    @Param() params: AgencyParamsDto,
    @Body() dto: NotificationSettingsInputDto,
  ) {
    const scope = agencyScopeFor(principal, params.agencyId, 'write');
    const current = await this.settings.get(params.agencyId, scope);
    const secret = dto.webhook?.secret ?? current.webhook?.secret;
    if (dto.webhook && !secret) throw new WebhookSecretRequiredError();
    const webhook = dto.webhook
      ? { url: dto.webhook.url, enabled: dto.webhook.enabled, secret: secret! }
      : null;
    return view(
      await this.settings.saveWebhook(params.agencyId, scope, webhook, principal.subject),
    );
  }
}
