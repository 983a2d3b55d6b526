import { IsInt } from 'class-validator';
import { createValidationPipe } from '../errors/request-validation';
import { SettingsDocumentDto } from './settings-document.dto';

class ExampleSettingsDto extends SettingsDocumentDto {
  @IsInt()
  limit!: number;
}

describe(SettingsDocumentDto.name, () => {
  const pipe = createValidationPipe();
  const validate = (body: unknown) =>
    pipe.transform(body, { type: 'body', metatype: ExampleSettingsDto });

  it('should accept a document read with GET and drop what GET alone answers', async () => {
    const read = { agencyId: 'a1', configured: true, updatedAt: '2026-01-01T00:00:00Z', limit: 3 };

    const dto = (await validate(read)) as ExampleSettingsDto;

    expect(dto.limit).toBe(3);
    expect([dto.agencyId, dto.configured, dto.updatedAt]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('should still refuse a field the settings do not have', async () => {
    await expect(validate({ limit: 3, colour: 'red' })).rejects.toBeDefined();
  });
});
