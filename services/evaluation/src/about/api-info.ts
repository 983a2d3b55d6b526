// The service's OpenAPI title and description (main.ts, and docs/api through scripts/openapi.ts).
export const API_INFO = {
  title: 'Jenjang evaluation service',
  description:
    'Performance management: SKP, continuous feedback, appraisal and predikat kinerja (PermenPANRB 6/2022).',
};
