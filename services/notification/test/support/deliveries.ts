import type { Delivery } from '../../src/delivery/delivery.repository';
import { freshDeliveryProgress } from '../../src/delivery/domain/fresh-delivery';

/**
 * A new in-app delivery of an appraisal-finalized event, waiting to be sent at `at`, as the
 * dispatcher sees it (the unit and integration tests of leases and dispatch start from it).
 */
export function pendingDelivery(id: string, at: Date, overrides: Partial<Delivery> = {}): Delivery {
  return {
    id,
    agencyId: 'ag-1',
    recipientEmployeeId: 'emp-1',
    type: 'appraisal-feedback',
    channel: 'IN_APP',
    mandatory: true,
    causeEventId: '7b0c1a8e-1f7e-4c55-9d2a-0c3e8e6b5a10',
    causeEventType: 'id.go.jenjang.evaluation.appraisal-finalized.v1',
    language: 'id',
    subject: 'Predikat',
    body: 'Isi',
    state: 'PENDING',
    nextAttemptAt: at,
    ...freshDeliveryProgress(at),
    ...overrides,
  };
}
