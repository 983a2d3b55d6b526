import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { Allow } from 'class-validator';

// Allowed, then emptied: the value never reaches the service (SWC defines class fields, so an
// excluded field would still exist on the instance and the whitelist would refuse it).
/** A field GET answers that a PUT may send back: accepted, and never passed on. */
export const IgnoredOnWrite = (): PropertyDecorator => (target, key) => {
  Allow()(target, key);
  Transform(() => undefined, { toClassOnly: true })(target, key);
};

/**
 * The fields a settings GET answers that a PUT does not set: accepted and emptied before
 * the service sees them, so a document read with GET can be sent back as it is (only the settings and the
 * revision count). Settings input DTOs extend it.
 */
export abstract class SettingsDocumentDto {
  @ApiPropertyOptional({ readOnly: true, description: 'Answered by GET; ignored on PUT' })
  @IgnoredOnWrite()
  agencyId?: string;

  @ApiPropertyOptional({
    readOnly: true,
    description: 'Answered by GET (false while the defaults apply); ignored on PUT',
  })
  @IgnoredOnWrite()
  configured?: boolean;

  @ApiPropertyOptional({ readOnly: true, description: 'Answered by GET; ignored on PUT' })
  @IgnoredOnWrite()
  updatedAt?: string | null;
}
