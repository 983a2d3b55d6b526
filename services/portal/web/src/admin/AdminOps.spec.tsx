/** @jest-environment jsdom */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { ApiError } from '../api';
import { renderIn } from '../test/render';
import { AdminOps, type OpsOverview } from './AdminOps';

const overview: OpsOverview = {
  checkedAt: '2026-03-01T01:00:00.000Z',
  services: [
    { service: 'evaluation', live: true, ready: true, deadLettered: 0 },
    { service: 'training', live: true, ready: false, deadLettered: 3 },
    { service: 'notification', live: false, ready: false, deadLettered: null },
  ],
};

function renderOps(load: () => Promise<OpsOverview>, language: 'id' | 'en' = 'id') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return renderIn(
    <QueryClientProvider client={client}>
      <AdminOps load={load} />
    </QueryClientProvider>,
    language,
  );
}

describe(AdminOps.name, () => {
  it('should show each service up or down with its dead-letter count, and flag the troubled ones', async () => {
    const { container } = renderOps(() => Promise.resolve(overview));
    const table = await screen.findByRole('table', { name: 'Kesehatan layanan dan DLQ' });
    const [, ok, training, notification] = within(table).getAllByRole('row');
    expect(ok.textContent).toBe('evaluationYaYa0');
    expect(training.textContent).toBe('trainingMasalahYaTidak3');
    expect(notification.textContent).toBe('notificationMasalahTidakTidakTidak diketahui');
    // No serious or critical accessibility problem (colour contrast is the browser test's).
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(
      result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
    ).toEqual([]);
  });

  it("should say why when the portal refuses the overview, in the reader's language", async () => {
    renderOps(
      () =>
        Promise.reject(
          new ApiError(403, {
            en: 'Only the province admin sees the operations overview.',
            id: 'Hanya admin provinsi yang dapat melihat ringkasan operasional.',
          }),
        ),
      'en',
    );
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Only the province admin sees the operations overview.',
    );
  });
});
