import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiExtraModels, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@jenjang/auth';
import { BERAKHLAK_VALUES } from '@jenjang/contracts';
import { CurrentScope, type RequestScope } from '@jenjang/platform';
import { AgencyParamsDto } from '../shared/params.dto';
import { AppraisalMappingService } from './appraisal-mapping.service';
import type { AppraisalCompetencyMapping, MappingRule } from './domain/appraisal-mapping';
import { InvalidAppraisalMappingError } from './domain/appraisal-mapping';
import { MappingRuleDto, PutAppraisalMappingDto } from './dto/appraisal-mapping.dto';

// `perilaku` is a record, which class-validator does not check per key: shape it here.
function toMapping(dto: PutAppraisalMappingDto): AppraisalCompetencyMapping {
  const errors = BERAKHLAK_VALUES.filter((v) => !isRule(dto.perilaku?.[v])).map((v) => ({
    field: `perilaku.${v}`,
    message: {
      en: 'A rule with competencyCodes (a list of codes) and a rationale {id, en} is required.',
      id: 'Aturan dengan competencyCodes (daftar kode) dan rationale {id, en} wajib diisi.',
    },
  }));
  const extra = Object.keys(dto.perilaku ?? {}).filter(
    (k) => !(BERAKHLAK_VALUES as readonly string[]).includes(k),
  );
  for (const k of extra) {
    errors.push({
      field: `perilaku.${k}`,
      message: { en: `${k} is not a BerAKHLAK value.`, id: `${k} bukan nilai BerAKHLAK.` },
    });
  }
  if (errors.length > 0) throw new InvalidAppraisalMappingError(errors);
  const rule = (r: MappingRuleDto): MappingRule => ({
    competencyCodes: r.competencyCodes,
    rationale: { id: r.rationale.id, en: r.rationale.en },
  });
  return {
    perilaku: Object.fromEntries(
      BERAKHLAK_VALUES.map((v) => [v, rule(dto.perilaku[v])]),
    ) as AppraisalCompetencyMapping['perilaku'],
    perilakuKerjaOverall: rule(dto.perilakuKerjaOverall),
    hasilKerja: rule(dto.hasilKerja),
  };
}

function isRule(value: unknown): value is MappingRuleDto {
  const r = value as Partial<MappingRuleDto> | undefined;
  return (
    Array.isArray(r?.competencyCodes) &&
    r.competencyCodes.every((c) => typeof c === 'string' && c.length > 0 && c.length <= 64) &&
    typeof r.rationale?.id === 'string' &&
    r.rationale.id.trim() !== '' &&
    typeof r.rationale.en === 'string' &&
    r.rationale.en.trim() !== ''
  );
}

@ApiTags('appraisal-mapping')
@ApiExtraModels(MappingRuleDto)
@Controller({ path: 'agencies/:agencyId/appraisal-mapping', version: '1' })
export class AppraisalMappingController {
  constructor(private readonly mappings: AppraisalMappingService) {}

  @Get()
  @ApiOperation({
    summary: 'Which competencies a weak BerAKHLAK value or hasil kerja points to',
    description: 'The default (configured: false) until the agency saves its own.',
  })
  read(@CurrentScope() caller: RequestScope, @Param() _path: AgencyParamsDto) {
    return this.mappings.read(caller.agency);
  }

  @Put()
  @Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI')
  @ApiOperation({
    summary: 'Replace the mapping (applies to assessments from now on; history kept)',
  })
  put(
    @CurrentScope() caller: RequestScope,
    @Param() _path: AgencyParamsDto,
    @Body() dto: PutAppraisalMappingDto,
  ) {
    return this.mappings.change(caller, dto.revision, toMapping(dto));
  }
}
