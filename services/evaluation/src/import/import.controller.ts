import { Body, Controller, Get, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import { Roles } from '@jenjang/auth';
import { CurrentScope, Idempotent, type RequestScope } from '@jenjang/platform';
import { DryRunResultDto, ImportQueryDto, ImportRecordDto } from './dto/import.dto';
import { ImportService } from './import.service';

interface StatusResponse {
  status(code: number): unknown;
}

const SKP_EXAMPLE = [
  'nip,employee_id,unit_id,tahun,jabatan_id,jabatan_nama,kelompok_jabatan,penilai_id,atasan_penilai_id,jenis_hasil_kerja,hasil_kerja,indikator,target',
  '198703122010011002,emp-0101,dpmptsp.perizinan,2026,jab-analis-perizinan,Analis Perizinan,FUNGSIONAL,emp-0010,emp-0001,UTAMA,Terselenggaranya pelayanan perizinan yang cepat,Permohonan selesai dalam 5 hari kerja,90%',
].join('\n');

const RESULT_EXAMPLE = [
  'nip,employee_id,tahun,periode,nomor_periode,rating_hasil_kerja,rating_perilaku_kerja,predikat',
  '198703122010011002,emp-0101,2026,TAHUNAN,,DI_ATAS_EKSPEKTASI,SESUAI_EKSPEKTASI,BAIK',
].join('\n');

const REJECTED = {
  description:
    'Rows were rejected; nothing was written. `errors[].field` is `line[<line>].<column>` (line 1 is the header).',
  content: {
    'application/problem+json': {
      example: {
        type: 'urn:jenjang:problem:import-rejected',
        status: 422,
        title: 'Unprocessable Content',
        title_id: 'Tidak dapat diproses',
        detail: 'Nothing was imported: 1 error(s) on 1 line(s).',
        detail_id: 'Tidak ada data yang diimpor: 1 kesalahan pada 1 baris.',
        code: 'IMPORT_REJECTED',
        errors: [
          {
            field: 'line[3].predikat',
            message: 'The predikat follows from the two ratings: Baik, not Sangat Baik.',
            message_id: 'Predikat mengikuti kedua rating: Baik, bukan Sangat Baik.',
          },
        ],
      },
    },
  },
};

function csvBody(example: string) {
  return {
    description: 'The CSV file (UTF-8; comma, semicolon or tab separated; at most 5 MB).',
    schema: { type: 'string', example },
  };
}

@ApiTags('imports')
@ApiExtraModels(DryRunResultDto, ImportRecordDto)
@Controller({ path: 'imports', version: '1' })
@Roles('ADMIN_INSTANSI')
export class ImportController {
  constructor(private readonly imports: ImportService) {}

  @Post('skp')
  @Idempotent()
  @ApiOperation({
    summary: 'Import approved SKPs from a national e-Kinerja export (one row per indicator)',
    description:
      'All or nothing: any rejected row rejects the file. Imported SKPs are DISETUJUI. ' +
      'Columns: docs/evaluation-import.md.',
  })
  @ApiConsumes('text/csv')
  @ApiBody(csvBody(SKP_EXAMPLE))
  @ApiCreatedResponse({ type: ImportRecordDto, description: 'Imported (status DONE)' })
  @ApiOkResponse({ type: DryRunResultDto, description: 'dryRun=true: the file is valid' })
  @ApiUnprocessableEntityResponse(REJECTED)
  @ApiUnsupportedMediaTypeResponse({ description: 'Not text/csv' })
  @ApiPayloadTooLargeResponse({ description: 'Over 5 MB' })
  async importSkps(
    @CurrentScope() caller: RequestScope,
    @Body() csv: string,
    @Query() query: ImportQueryDto,
    @Res({ passthrough: true }) res: StatusResponse,
  ) {
    const result = await this.imports.importSkps(caller, csv, query.dryRun === true);
    if (query.dryRun) res.status(HttpStatus.OK);
    return result;
  }

  @Post('final-results')
  @Idempotent()
  @ApiOperation({
    summary: 'Import final appraisal results (one row per employee and period)',
    description:
      'All or nothing. Each row becomes a FINAL appraisal (version 1) on the approved SKP of that ' +
      'employee and year, and publishes appraisal-finalized. The predikat is computed from the ' +
      'two ratings; a predikat column that differs is a row error.',
  })
  @ApiConsumes('text/csv')
  @ApiBody(csvBody(RESULT_EXAMPLE))
  @ApiCreatedResponse({ type: ImportRecordDto, description: 'Imported (status DONE)' })
  @ApiOkResponse({ type: DryRunResultDto, description: 'dryRun=true: the file is valid' })
  @ApiUnprocessableEntityResponse(REJECTED)
  @ApiUnsupportedMediaTypeResponse({ description: 'Not text/csv' })
  @ApiPayloadTooLargeResponse({ description: 'Over 5 MB' })
  async importFinalResults(
    @CurrentScope() caller: RequestScope,
    @Body() csv: string,
    @Query() query: ImportQueryDto,
    @Res({ passthrough: true }) res: StatusResponse,
  ) {
    const result = await this.imports.importFinalResults(caller, csv, query.dryRun === true);
    if (query.dryRun) res.status(HttpStatus.OK);
    return result;
  }

  @Get()
  @ApiOperation({ summary: "The agency's imports, newest first" })
  @ApiOkResponse({ schema: { type: 'array', items: { $ref: getSchemaPath(ImportRecordDto) } } })
  list(@CurrentScope() caller: RequestScope) {
    return this.imports.list(caller);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One import: status (RUNNING, DONE, ROLLED_BACK) and counts' })
  @ApiOkResponse({ type: ImportRecordDto })
  get(@CurrentScope() caller: RequestScope, @Param('id') id: string) {
    return this.imports.get(caller, id);
  }
}
