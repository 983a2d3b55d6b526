import { DomainError } from '@jenjang/domain-kernel';

/** Two writers changed the same standard at once; the later one reads again and retries. */
export class StandardChangedConcurrentlyError extends DomainError {
  readonly code = 'STANDARD_CHANGED_CONCURRENTLY';
  constructor(positionId: string) {
    super(
      {
        en: `The standard of position ${positionId} was changed at the same time; read it again and retry.`,
        id: `Standar jabatan ${positionId} diubah pada saat yang sama; baca ulang lalu coba lagi.`,
      },
      { status: 409, field: 'positionId' },
    );
  }
}
