import { Body, Controller, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@jenjang/auth';
import { CurrentScope, Idempotent, type RequestScope } from '@jenjang/platform';
import { AgencyParamsDto } from '../shared/params.dto';
import { ImportQueryDto } from './dto/position-standard.dto';
import { StandardImportService } from './standard-import.service';

const EXAMPLE = [
  'jabatan_id,jabatan_nama,kelompok_jabatan,kode_kompetensi,level',
  'jab-analis-kepegawaian,Analis Kepegawaian Ahli Muda,FUNGSIONAL,KERJA_SAMA,3',
  'jab-analis-kepegawaian,Analis Kepegawaian Ahli Muda,FUNGSIONAL,INTEGRITAS,3',
].join('\n');

interface StatusResponse {
  status(code: number): unknown;
}

@ApiTags('position-standards')
@Controller({ path: 'agencies/:agencyId/imports/position-standards', version: '1' })
export class StandardImportController {
  constructor(private readonly imports: StandardImportService) {}

  @Post()
  @Idempotent()
  @Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI')
  @ApiOperation({
    summary: 'Import position standards from CSV (one row per position and competency)',
    description:
      'All or nothing: a rejected row rejects the file (422, errors as line[<n>].<column>). A ' +
      'position in the file gets exactly the competencies listed. Columns: docs/competency.md.',
  })
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', example: EXAMPLE } })
  async import(
    @CurrentScope() caller: RequestScope,
    @Param() _path: AgencyParamsDto,
    @Body() csv: string,
    @Query() q: ImportQueryDto,
    @Res({ passthrough: true }) res: StatusResponse,
  ) {
    const result = await this.imports.import(caller, csv, q.dryRun === true);
    if (result.dryRun) res.status(HttpStatus.OK);
    return result;
  }
}
