import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

// Ids go into composite document ids (`agency/employee`), so they may not hold a slash or space.
export const ID = /^[^/\s]+$/;

export class AgencyParamsDto {
  @ApiProperty({ example: 'pemkab-sleman' })
  @IsString()
  @Length(1, 100)
  @Matches(ID)
  agencyId!: string;
}

export class CompetencyParamsDto extends AgencyParamsDto {
  @ApiProperty({ example: 'TK-PENGADAAN' })
  @IsString()
  @Length(1, 64)
  code!: string;
}

export class PositionParamsDto extends AgencyParamsDto {
  @ApiProperty({ example: 'jab-analis-kepegawaian' })
  @IsString()
  @Length(1, 100)
  @Matches(ID)
  positionId!: string;
}

export class EmployeeParamsDto extends AgencyParamsDto {
  @ApiProperty({ example: 'c0a8e1f4-2d6b-4f39-8a1e-5b7c9d3e2f10' })
  @IsString()
  @Length(1, 100)
  @Matches(ID)
  employeeId!: string;
}
