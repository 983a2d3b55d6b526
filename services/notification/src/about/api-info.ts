// The service's OpenAPI title and description (main.ts, and docs/api through scripts/openapi.ts).
export const API_INFO = {
  title: 'Jenjang notification service',
  description:
    'Notifications to employees and appraisers, driven by events from the other services.',
};
