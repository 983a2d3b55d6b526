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
      const problem = user
        ? {
            status: 403,
            code: 'FORBIDDEN',
            title: 'Forbidden',
            detail: 'Only the province admin sees the operations overview.',
            detail_id: 'Hanya admin provinsi yang dapat melihat ringkasan operasional.',
          }
        : {
            status: 401,
            code: 'SIGNED_OUT',
            title: 'Unauthorized',
            detail: 'Please sign in again.',
            detail_id: 'Silakan masuk kembali.',
          };
      res
        .status(problem.status)
        .type('application/problem+json')
        .json({ type: `urn:jenjang:problem:${problem.code.toLowerCase()}`, ...problem });
      return;
    }
    res.setHeader('cache-control', 'no-store');
    res.json(await this.ops.overview());
  }
}
