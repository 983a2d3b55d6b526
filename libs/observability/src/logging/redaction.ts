// Personal data (UU 27/2022) never reaches a log line: these keys are censored wherever pino's
// path syntax can reach them (top level and up to four levels down; wildcards cost little).
export const PERSONAL_DATA_KEYS = [
  'nip',
  'nik',
  'email',
  'phone',
  'phoneNumber',
  'phone_number',
  'name',
  'nama',
  'fullName',
  'full_name',
  'token',
  'accessToken',
  'access_token',
  'refreshToken',
  'refresh_token',
  'password',
] as const;

const MAX_DEPTH = 4;

export function personalDataRedactPaths(keys: readonly string[] = PERSONAL_DATA_KEYS): string[] {
  const paths: string[] = [];
  for (const key of keys) {
    for (let depth = 0; depth <= MAX_DEPTH; depth += 1) {
      paths.push([...Array<string>(depth).fill('*'), key].join('.'));
    }
  }
  return [
    ...paths,
    'req.headers.authorization',
    'req.headers.cookie',
    'req.headers["x-api-key"]',
    'res.headers["set-cookie"]',
    'headers.authorization',
  ];
}

export const REDACTED = '[REDACTED]';
