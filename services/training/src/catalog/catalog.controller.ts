import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@jenjang/auth';
import { Idempotent } from '@jenjang/platform';
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
  save(@CurrentPrincipal() p: Principal, @Body() dto: ProgramInputDto) {
    return this.catalog.saveProgram(p, dto);
  }

  @Get()
  @ApiOperation({ summary: 'Programs open to your agency: its own and the province-wide ones' })
  list(@CurrentPrincipal() p: Principal) {
    return this.catalog.list(p);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A program with its sessions' })
  get(@CurrentPrincipal() p: Principal, @Param('id') id: string) {
    return this.catalog.get(p, id);
  }

  @Post(':id/sessions')
  @Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI')
  @Idempotent()
  @ApiOperation({ summary: 'Add or replace a session (batch) of a program of your agency' })
  addSession(
    @CurrentPrincipal() p: Principal,
    @Param('id') id: string,
    @Body() dto: SessionInputDto,
  ) {
    return this.catalog.addSession(p, id, dto);
  }
}
