// The service's OpenAPI title and description (main.ts, and docs/api through scripts/openapi.ts).
export const API_INFO = {
  title: 'Jenjang competency service',
  description:
    'Competency standards per jabatan, assessed levels, gap analysis and JPM (PermenPANRB 38/2017).',
};
