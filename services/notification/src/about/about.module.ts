import { Module } from '@nestjs/common';
import { AboutController } from './about.controller';

// Placeholder feature until this service's own domain modules arrive.
@Module({ controllers: [AboutController] })
export class AboutModule {}
