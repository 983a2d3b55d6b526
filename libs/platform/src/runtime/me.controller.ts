import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal } from '@jenjang/auth';

export class MeDto {
  /** The token subject (user id). */
  @ApiProperty() subject!: string;
  /** The caller's agency (instansi). */
  @ApiProperty() agencyId!: string;
  @ApiPropertyOptional() unitId?: string;
  @ApiPropertyOptional() employeeId?: string;
  @ApiProperty({ type: [String] }) roles!: string[];
}

// Who the service thinks the caller is: the first thing to check when a call is refused.
@ApiTags('me')
@Controller({ path: 'me', version: '1' })
export class MeController {
  @Get()
  @ApiOkResponse({ type: MeDto, description: 'The verified caller, as this service sees them' })
  me(@CurrentPrincipal() principal: Principal): MeDto {
    return {
      subject: principal.subject,
      agencyId: principal.agencyId,
      unitId: principal.unitId,
      employeeId: principal.employeeId,
      roles: [...principal.roles],
    };
  }
}
