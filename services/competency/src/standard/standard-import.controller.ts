import { Body, Controller, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AgencyScoped, CurrentPrincipal, Roles, type Principal } from '@jenjang/auth';
import { Idempotent } from '@jenjang/platform';
import { agencyScope } from '@jenjang/persistence';
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
@AgencyScoped()
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
    @CurrentPrincipal() principal: Principal,
    @Param() p: AgencyParamsDto,
    @Body() csv: string,
    @Query() q: ImportQueryDto,
    @Res({ passthrough: true }) res: StatusResponse,
  ) {
    const result = await this.imports.import(
      agencyScope(p.agencyId),
      principal,
      csv,
      q.dryRun === true,
    );
    if (result.dryRun) res.status(HttpStatus.OK);
    return result;
  }
}
