import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { OpsService } from './ops.service';

/** The province admin's view of the platform: service health and dead-letter counts. */
@Controller('bff/ops')
export class OpsController {
  constructor(private readonly ops: OpsService) {}

  @Get()
  async overview(@Req() req: Request, @Res() res: Response): Promise<void> {
    const user = req.session.user;
    if (!user?.roles.includes('ADMIN_PROVINSI')) {
      const status = user ? 403 : 401;
      res.status(status).type('application/problem+json').json({
        type: 'urn:jenjang:problem:forbidden',
        title: 'Forbidden',
        status,
        code: 'FORBIDDEN',
        detail: 'Only the province admin sees the operations overview.',
        detail_id: 'Hanya admin provinsi yang dapat melihat ringkasan operasional.',
      });
      return;
    }
    res.setHeader('cache-control', 'no-store');
    res.json(await this.ops.overview());
  }
}
