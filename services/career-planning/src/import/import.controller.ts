import { Body, Controller, HttpStatus, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Roles } from '@jenjang/auth';
import { CurrentScope, Idempotent, type RequestScope } from '@jenjang/platform';
import { ImportService } from './import.service';

export class ImportQueryDto {
  /** Validate only: the same checks and the same errors, nothing written. */
  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  )
  @IsBoolean()
  dryRun?: boolean;
}

interface StatusResponse {
  status(code: number): unknown;
}

const POSITIONS_EXAMPLE = [
  'jabatan_id,jabatan_nama,unit_id,kelompok_jabatan,eselon,kelas_jabatan,jabatan_kunci,kompetensi,atasan_jabatan_id',
  'jab-kasi-rujukan,Kepala Seksi Pelayanan Rujukan,dinkes.yankes,PENGAWAS,IV.a,9,Y,KERJA_SAMA|PELAYANAN_PUBLIK,jab-kabid-yankes',
].join('\n');
const PLACEMENTS_EXAMPLE = [
  'nip,employee_id,jabatan_id,tmt_jabatan,tanggal_selesai,atasan_id,nomor_sk',
  '198703122010011002,emp-0101,jab-kasi-rujukan,01-03-2024,,emp-0010,821.2/0142/2024',
].join('\n');
const POTENTIALS_EXAMPLE = [
  'nip,employee_id,skor,skala_min,skala_maks,sumber,tanggal_asesmen,catatan',
  '198703122010011002,emp-0101,82.5,0,100,ASSESSMENT_CENTER,12-11-2025,Asesmen UPT Penilaian Kompetensi BKD DIY',
  '198905202014022001,emp-0102,3.8,1,5,UJI_KOMPETENSI,2025-10-03,',
].join('\n');

@ApiTags('imports')
@Controller({ path: 'imports', version: '1' })
@Roles('ADMIN_INSTANSI')
export class ImportController {
  constructor(private readonly imports: ImportService) {}

  @Post('positions')
  @Idempotent()
  @ApiOperation({
    summary: 'Import the jabatan catalog (SIASN referensi jabatan); all or nothing',
    description: 'Columns: docs/career-planning.md. A 422 lists every bad cell as line[n].column.',
  })
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', example: POSITIONS_EXAMPLE } })
  async positions(
    @CurrentScope() caller: RequestScope,
    @Body() csv: string,
    @Query() query: ImportQueryDto,
    @Res({ passthrough: true }) res: StatusResponse,
  ) {
    const result = await this.imports.importPositions(caller, csv, query.dryRun === true);
    if (query.dryRun) res.status(HttpStatus.OK);
    return result;
  }

  @Post('placements')
  @Idempotent()
  @ApiOperation({
    summary: 'Import placement history (SIASN riwayat jabatan); all or nothing',
    description:
      'Each row becomes a placement and an employee-placed event; overlapping rows are refused.',
  })
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', example: PLACEMENTS_EXAMPLE } })
  async placements(
    @CurrentScope() caller: RequestScope,
    @Body() csv: string,
    @Query() query: ImportQueryDto,
    @Res({ passthrough: true }) res: StatusResponse,
  ) {
    const result = await this.imports.importPlacements(caller, csv, query.dryRun === true);
    if (query.dryRun) res.status(HttpStatus.OK);
    return result;
  }

  @Post('potential-assessments')
  @Idempotent()
  @ApiOperation({
    summary: 'Import potential assessments (assessment-centre results); all or nothing',
    description:
      'Each row is recorded as POST /talent/employees/{id}/potential-assessments records one ' +
      '(re-placed in the 9-box, talent-box-assigned when the box moves); a re-sent row is ' +
      'recognised (same employee, day, source, score and scale) and left as it is.',
  })
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', example: POTENTIALS_EXAMPLE } })
  async potentialAssessments(
    @CurrentScope() caller: RequestScope,
    @Body() csv: string,
    @Query() query: ImportQueryDto,
    @Res({ passthrough: true }) res: StatusResponse,
  ) {
    const result = await this.imports.importPotentials(caller, csv, query.dryRun === true);
    if (query.dryRun) res.status(HttpStatus.OK);
    return result;
  }
}
