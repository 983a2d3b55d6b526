import { Body, Controller, Get, Inject, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@jenjang/auth';
import { CurrentScope, type RequestScope } from '@jenjang/platform';
import { DomainError } from '@jenjang/domain-kernel';
import { AgencyParamsDto } from '../shared/params.dto';
import { NOTIFICATION_CONFIG, type NotificationConfig } from '../config/notification.config';
import { AgencySettingsRepository, type NotificationSettings } from './agency-settings.repository';
import { NotificationSettingsInputDto } from './dto/notification-settings.dto';
import { webhookPolicy, webhookUrlRefusal, type WebhookUrlRefusal } from './domain/webhook-address';

class WebhookSecretRequiredError extends DomainError {
  readonly code = 'WEBHOOK_SECRET_REQUIRED';
  constructor() {
    super(
      { en: 'A new webhook needs a secret.', id: 'Webhook baru memerlukan secret.' },
      { status: 422, field: 'webhook.secret' },
    );
  }
}

const URL_REFUSALS: Record<WebhookUrlRefusal, { en: string; id: string }> = {
  NOT_A_URL: { en: 'The webhook URL is not a URL.', id: 'URL webhook bukan URL yang valid.' },
  SCHEME: {
    en: 'The webhook URL must use https (http only outside production).',
    id: 'URL webhook harus memakai https (http hanya di luar produksi).',
  },
  CREDENTIALS: {
    en: 'The webhook URL may not hold a user name or password; the secret signs the calls.',
    id: 'URL webhook tidak boleh memuat nama pengguna atau kata sandi; secret yang menandatangani panggilan.',
  },
  ADDRESS: {
    en: 'The webhook URL points at a loopback, private, link-local or cloud metadata address; use the public address of the agency system.',
    id: 'URL webhook mengarah ke alamat loopback, privat, link-local atau metadata cloud; gunakan alamat publik sistem instansi.',
  },
};

class WebhookUrlNotAllowedError extends DomainError {
  readonly code = 'WEBHOOK_URL_NOT_ALLOWED';
  constructor(refusal: WebhookUrlRefusal) {
    super(URL_REFUSALS[refusal], { status: 422, field: 'webhook.url' });
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
  constructor(
    private readonly settings: AgencySettingsRepository,
    @Inject(NOTIFICATION_CONFIG) private readonly config: NotificationConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: "The agency's webhook (the secret is never shown)" })
  async get(@CurrentScope() scope: RequestScope, @Param() params: AgencyParamsDto) {
    return view(await this.settings.get(params.agencyId, scope.agency));
  }

  @Put()
  @ApiOperation({
    summary: 'Set or remove the webhook notices are forwarded to (HMAC-SHA256 signed)',
    description:
      'The URL must be https in production and may not name a loopback, private, link-local or ' +
      'cloud metadata address (422 WEBHOOK_URL_NOT_ALLOWED, field webhook.url); the resolved ' +
      'address is checked again at each send, and redirects are not followed.',
  })
  async put(
    @CurrentScope() scope: RequestScope,
    @Param() params: AgencyParamsDto,
    @Body() dto: NotificationSettingsInputDto,
  ) {
    const refusal = dto.webhook && webhookUrlRefusal(dto.webhook.url, webhookPolicy(this.config));
    if (refusal) throw new WebhookUrlNotAllowedError(refusal);
    const current = await this.settings.get(params.agencyId, scope.agency);
    const secret = dto.webhook?.secret ?? current.webhook?.secret;
    if (dto.webhook && !secret) throw new WebhookSecretRequiredError();
    const webhook = dto.webhook
      ? { url: dto.webhook.url, enabled: dto.webhook.enabled, secret: secret! }
      : null;
    return view(
      await this.settings.saveWebhook(params.agencyId, scope.agency, webhook, scope.actor.subject),
    );
  }
}
