// The service's OpenAPI title and description (main.ts, and docs/api through scripts/openapi.ts).
export const API_INFO = {
  title: 'Jenjang training service',
  description:
    'Competency development: training catalog, enrolment and JP hours per employee per year.',
};
