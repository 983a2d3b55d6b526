import { deliveryReport } from './delivery-report';

const row = (type: string, channel: string, state: string, lastError: string | null = null) => ({
  type,
  channel,
  state,
  lastError,
});

describe(deliveryReport.name, () => {
  it('should count per type and channel and rank failure reasons', () => {
    const report = deliveryReport([
      row('appraisal-feedback', 'EMAIL', 'DELIVERED'),
      row('appraisal-feedback', 'EMAIL', 'FAILED', '451 busy'),
      row('appraisal-feedback', 'EMAIL', 'FAILED', 'no address'),
      row('appraisal-feedback', 'EMAIL', 'FAILED', '451 busy'),
      row('appraisal-feedback', 'IN_APP', 'DELIVERED'),
      row('appraisal-feedback', 'EMAIL', 'PENDING'),
    ]);

    expect(report).toEqual([
      {
        type: 'appraisal-feedback',
        channel: 'EMAIL',
        delivered: 1,
        pending: 1,
        failed: 3,
        failures: [
          { reason: '451 busy', count: 2 },
          { reason: 'no address', count: 1 },
        ],
      },
      {
        type: 'appraisal-feedback',
        channel: 'IN_APP',
        delivered: 1,
        pending: 0,
        failed: 0,
        failures: [],
      },
    ]);
  });
});
