// The service's OpenAPI title and description (main.ts, and docs/api through scripts/openapi.ts).
export const API_INFO = {
  title: 'Jenjang career-planning service',
  description:
    'Talent management and career plans: 9-box placement, target positions, succession pools (PermenPANRB 3/2020).',
};
