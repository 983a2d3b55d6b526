import { Body, Controller, HttpStatus, Post, Query, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiOperation,
  ApiPropertyOptional,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { Roles } from '@jenjang/auth';
import { CurrentScope, Idempotent, type RequestScope } from '@jenjang/platform';
import { CatalogImportService } from './catalog-import.service';

export class ImportQueryDto {
  /** Validate only: the same checks and the same errors, nothing written. */
  @ApiPropertyOptional({ default: false, example: true })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  )
  @IsBoolean()
  dryRun?: boolean;
}

const EXAMPLE = [
  'kode_program,judul,bentuk,penyedia_jenis,penyedia_nama,jp,kompetensi,nilai_berakhlak,ketersediaan,kode_angkatan,mulai,selesai,kapasitas,lokasi',
  'kerja-sama-lintas-sektor,Pelatihan Kerja Sama Lintas Sektor,PELATIHAN_TEKNIS,INTERNAL,BKD DIY,24,KERJA_SAMA:3:naik;KOMUNIKASI:2,KOLABORATIF;HARMONIS,OWN,2026-1,2026-12-07,2026-12-09,30,Aula BKD DIY',
].join('\n');

@ApiTags('catalog')
@Controller({ path: 'imports', version: '1' })
export class CatalogImportController {
  constructor(private readonly imports: CatalogImportService) {}

  @Post('catalog')
  @Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI')
  @Idempotent()
  @ApiOperation({
    summary: 'Import programs and their sessions from CSV (one row per session)',
    description:
      'All or nothing: any rejected row rejects the file. Columns: docs/training.md. ' +
      'Programs are created or replaced by code; sessions by program and session code.',
  })
  @ApiConsumes('text/csv')
  @ApiBody({
    description: 'CSV (UTF-8; comma, semicolon or tab)',
    schema: { type: 'string', example: EXAMPLE },
  })
  @ApiUnprocessableEntityResponse({
    description: 'IMPORT_REJECTED with errors[].field line[N].column',
  })
  importCatalog(
    @CurrentScope() caller: RequestScope,
    @Body() csv: string,
    @Query() query: ImportQueryDto,
    @Res({ passthrough: true }) res: { status(code: number): unknown },
  ) {
    // 201 when written, 200 for a dry run (nothing created).
    if (query.dryRun) res.status(HttpStatus.OK);
    return this.imports.importCatalog(caller, csv, query.dryRun === true);
  }
}
