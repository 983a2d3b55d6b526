import { createValidationPipe } from '@jenjang/platform';
import { RateDto } from './appraisal-input.dto';

// The API speaks the events' vocabulary (ratingHasilKerja, ratingPerilakuKerja); the former
// names stay accepted as deprecated aliases.
describe(RateDto.name, () => {
  const pipe = createValidationPipe();
  const rate = (body: unknown) => pipe.transform(body, { type: 'body', metatype: RateDto });

  it('should take the ratings under the names the events use', async () => {
    const dto = (await rate({
      revision: 2,
      ratingHasilKerja: 'SESUAI_EKSPEKTASI',
      ratingPerilakuKerja: 'DI_ATAS_EKSPEKTASI',
    })) as RateDto;

    expect([dto.ratingHasilKerja, dto.ratingPerilakuKerja]).toEqual([
      'SESUAI_EKSPEKTASI',
      'DI_ATAS_EKSPEKTASI',
    ]);
  });

  it('should still take the former names', async () => {
    const dto = (await rate({
      revision: 2,
      hasilKerja: 'SESUAI_EKSPEKTASI',
      perilakuKerja: 'SESUAI_EKSPEKTASI',
    })) as RateDto;

    expect(dto.hasilKerja).toBe('SESUAI_EKSPEKTASI');
  });

  it('should name the missing rating when neither name is sent', async () => {
    await expect(
      rate({ revision: 2, ratingHasilKerja: 'SESUAI_EKSPEKTASI' }),
    ).rejects.toMatchObject({
      fieldErrors: [expect.objectContaining({ field: 'ratingPerilakuKerja' })],
    });
  });
});
