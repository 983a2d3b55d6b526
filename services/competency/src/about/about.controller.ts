import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@jenjang/auth';
import { SERVICE_INFO, ServiceAboutDto, type ServiceInfo } from '@jenjang/platform';

@Public()
@ApiTags('about')
@Controller({ path: 'about', version: '1' })
export class AboutController {
  constructor(@Inject(SERVICE_INFO) private readonly info: ServiceInfo) {}

  @Get()
  @ApiOkResponse({ type: ServiceAboutDto, description: 'Name and version of this service' })
  about(): ServiceAboutDto {
    return { name: this.info.name, version: this.info.version };
  }
}
