import { DomainError } from '@jenjang/domain-kernel';
import type { WebhookUrlRefusal } from './webhook-address';

export class WebhookSecretRequiredError extends DomainError {
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

export class WebhookUrlNotAllowedError extends DomainError {
  readonly code = 'WEBHOOK_URL_NOT_ALLOWED';
  constructor(refusal: WebhookUrlRefusal) {
    super(URL_REFUSALS[refusal], { status: 422, field: 'webhook.url' });
  }
}
