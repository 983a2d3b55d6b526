import { Body, Controller, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { Roles } from '@jenjang/auth';
import { CurrentScope, type RequestScope } from '@jenjang/platform';
import { Idempotent } from '@jenjang/platform';
import { AgencyParamsDto } from '../shared/params.dto';
import { RecipientImportService } from './recipient-import.service';

class ImportQueryDto {
  @IsOptional()
  @Transform(({ value }) => value === 'true' || value === true)
  @IsBoolean()
  dryRun?: boolean;
}

const EXAMPLE = [
  'employee_id,nip,nama,email,no_hp,bahasa,unit_id,tim',
  'emp-0101,198703122010011002,Rina Wulandari,rina.wulandari@slemankab.go.id,081234567890,id,dinkes.yankes,',
  'emp-0007,197912052005012001,Budi Santoso,budi.santoso@slemankab.go.id,,en,bkpsdm,TALENT_TEAM',
].join('\n');

@ApiTags('recipients')
@Controller({ path: 'agencies/:agencyId/imports', version: '1' })
@Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI')
export class RecipientImportController {
  constructor(private readonly imports: RecipientImportService) {}

  @Post('recipients')
  @Idempotent()
  @ApiOperation({
    summary: 'Import the recipient directory from CSV (all or nothing; ?dryRun=true checks only)',
    description:
      'Columns: docs/notification.md. The name (nama) is kept for notices to a superior; NIP and other columns are ignored.',
  })
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', example: EXAMPLE } })
  async importRecipients(
    @CurrentScope() scope: RequestScope,
    @Param() params: AgencyParamsDto,
    @Body() csv: string,
    @Query() query: ImportQueryDto,
    @Res({ passthrough: true }) res: { status(code: number): unknown },
  ) {
    const result = await this.imports.import(scope, csv, query.dryRun === true);
    res.status(query.dryRun ? HttpStatus.OK : HttpStatus.CREATED);
    return result;
  }
}
