import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ConnectionStates, type Connection } from 'mongoose';
import { SESSION_CONNECTION } from '../session/session-connection';

@Controller('health')
export class HealthController {
  constructor(@Inject(SESSION_CONNECTION) private readonly sessions: Connection | null) {}

  @Get('live')
  live() {
    return { status: 'up' };
  }

  // Ready while it can keep sessions: the shared store answers (or sessions live in memory).
  // The services report their own readiness.
  @Get('ready')
  @HttpCode(200)
  ready(@Res({ passthrough: true }) res: Response) {
    if (this.sessions && this.sessions.readyState !== ConnectionStates.connected) {
      res.status(503);
      return { status: 'down' };
    }
    return { status: 'up' };
  }
}
