import { Body, Controller, HttpStatus, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@jenjang/auth';
import { CurrentScope, Idempotent, type RequestScope } from '@jenjang/platform';
import { ImportQueryDto } from './dto/rank.dto';
import { RankService } from './rank.service';

interface StatusResponse {
  status(code: number): unknown;
}

const RANKS_EXAMPLE = [
  'nip,employee_id,golongan,tmt_golongan,nomor_sk,angka_kredit,angka_kredit_syarat',
  '198703122010011002,emp-0101,III/a,01-04-2019,823/11/2019,,',
  '198703122010011002,emp-0101,III/b,01-04-2023,823/12/2023,98.5,100',
].join('\n');

@ApiTags('imports')
@Controller({ path: 'imports', version: '1' })
@Roles('ADMIN_INSTANSI')
export class RankImportController {
  constructor(private readonly ranks: RankService) {}

  @Post('ranks')
  @Idempotent()
  @ApiOperation({
    summary: 'Import rank history (SIASN riwayat golongan); all or nothing',
    description:
      'One row per rank step; the newest TMT is the current rank. A 422 lists every bad cell as line[n].column.',
  })
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', example: RANKS_EXAMPLE } })
  async ranksCsv(
    @CurrentScope() caller: RequestScope,
    @Body() csv: string,
    @Query() query: ImportQueryDto,
    @Res({ passthrough: true }) res: StatusResponse,
  ) {
    const result = await this.ranks.importCsv(caller, csv, query.dryRun === true);
    if (query.dryRun) res.status(HttpStatus.OK);
    return result;
  }
}
