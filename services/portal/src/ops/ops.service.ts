import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_KEYS, type PortalConfig, type ServiceKey } from '../config/portal.config';
import { PORTAL_CONFIG } from '../portal.tokens';
import { counterSum, type ServiceStatus } from './ops-overview';

const TIMEOUT_MS = 3_000;

/**
 * Health and dead-letter counts of the five services, asked server-side: their ops endpoints
 * (readiness, metrics) answer on the management port, which the browser never reaches.
 */
@Injectable()
export class OpsService {
  constructor(@Inject(PORTAL_CONFIG) private readonly config: PortalConfig) {}

  async overview(): Promise<{ checkedAt: string; services: ServiceStatus[] }> {
    const services = await Promise.all(SERVICE_KEYS.map((s) => this.status(s)));
    return { checkedAt: new Date().toISOString(), services };
  }

  private async status(service: ServiceKey): Promise<ServiceStatus> {
    const ops = this.config.opsUrls[service];
    const [live, ready, metrics] = await Promise.all([
      this.get(`${this.config.services[service]}/health/live`),
      this.get(`${ops}/health/ready`),
      this.get(`${ops}/metrics`),
    ]);
    return {
      service,
      live: live === undefined ? false : live.ok,
      ready: ready === undefined ? false : ready.ok,
      deadLettered: metrics?.ok ? counterSum(metrics.text) : null,
    };
  }

  private async get(url: string): Promise<{ ok: boolean; text: string } | undefined> {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
      return { ok: res.ok, text: await res.text() };
    } catch {
      return undefined;
    }
  }
}
