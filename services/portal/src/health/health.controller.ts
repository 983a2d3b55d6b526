import { Controller, Get } from '@nestjs/common';

@Controller('health')
export class HealthController {
  @Get('live')
  live() {
    return { status: 'up' };
  }

  // The portal holds no state of its own: ready once it listens (the services report their own).
  @Get('ready')
  ready() {
    return { status: 'up' };
  }
}
