import type { ServerResponse } from 'node:http';
import { Controller, Get, Res, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '@jenjang/auth';
import { collectDefaultMetricsOnce, renderMetrics } from '@jenjang/observability';

/** Prometheus scrape endpoint over prom-client's default registry. */
@Public()
@ApiTags('metrics')
@Controller({ path: 'metrics', version: VERSION_NEUTRAL })
export class MetricsController {
  constructor() {
    collectDefaultMetricsOnce();
  }

  @Get()
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'Prometheus text exposition format' })
  async scrape(@Res() res: ServerResponse): Promise<void> {
    const { contentType, body } = await renderMetrics();
    res.setHeader('Content-Type', contentType);
    res.end(body);
  }
}
