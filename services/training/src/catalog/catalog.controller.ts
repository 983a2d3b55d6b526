import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@jenjang/auth';
import { CurrentScope, Idempotent, type RequestScope } from '@jenjang/platform';
import { CatalogService } from './catalog.service';
import { ProgramInputDto, SessionInputDto } from './dto/catalog.dto';

@ApiTags('catalog')
@Controller({ path: 'programs', version: '1' })
export class CatalogController {
  constructor(private readonly catalog: CatalogService) {}

  @Post()
  @Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI')
  @Idempotent()
  @ApiOperation({ summary: 'Create or replace a program of your agency (id = <agencyId>.<code>)' })
  save(@CurrentScope() caller: RequestScope, @Body() dto: ProgramInputDto) {
    return this.catalog.saveProgram(caller, dto);
  }

  @Get()
  @ApiOperation({ summary: 'Programs open to your agency: its own and the province-wide ones' })
  list(@CurrentScope() caller: RequestScope) {
    return this.catalog.list(caller);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A program with its sessions' })
  get(@CurrentScope() caller: RequestScope, @Param('id') id: string) {
    return this.catalog.get(caller, id);
  }

  @Post(':id/sessions')
  @Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI')
  @Idempotent()
  @ApiOperation({ summary: 'Add or replace a session (batch) of a program of your agency' })
  addSession(
    @CurrentScope() caller: RequestScope,
    @Param('id') id: string,
    @Body() dto: SessionInputDto,
  ) {
    return this.catalog.addSession(caller, id, dto);
  }
}
