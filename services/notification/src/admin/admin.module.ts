import { Module } from '@nestjs/common';
import { DeliveryModule } from '../delivery/delivery.module';
import { AdminController } from './admin.controller';
import { AdminService } from './admin.service';

@Module({
  imports: [DeliveryModule],
  controllers: [AdminController],
  providers: [AdminService],
})
export class AdminModule {}
