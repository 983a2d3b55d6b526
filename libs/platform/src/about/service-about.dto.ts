import { ApiProperty } from '@nestjs/swagger';

/** What a service says about itself at `GET /api/v1/about`. */
export class ServiceAboutDto {
  /** Short service name, e.g. `evaluation`. */
  @ApiProperty({ example: 'evaluation' })
  name!: string;

  /** Version of the running build. */
  @ApiProperty({ example: '0.1.0' })
  version!: string;
}
