// The browser's only way to the services: the portal's /bff endpoints, with the session cookie
// (httpOnly, never readable here) and the CSRF token of the session on every change.

export type ServiceKey =
  'evaluation' | 'competency' | 'training' | 'career-planning' | 'notification';

export interface SessionUser {
  subject: string;
  name: string;
  agencyId: string;
  unitId?: string;
  employeeId?: string;
  roles: string[];
}

export interface FieldError {
  field: string;
  message: string;
  message_id?: string;
}

/** A problem+json answer, in both languages as the services give it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: { en: string; id: string },
    readonly errors: FieldError[] = [],
    readonly code?: string,
  ) {
    super(detail.en);
    this.name = 'ApiError';
  }
}

let csrfToken: string | undefined;

export async function loadSession(): Promise<SessionUser | null> {
  const res = await fetch('/bff/session', { credentials: 'same-origin' });
  const body = (await res.json()) as { user: SessionUser | null; csrfToken?: string };
  csrfToken = body.csrfToken;
  return body.user;
}

export async function signOut(): Promise<void> {
  const res = await fetch('/auth/logout', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'x-csrf-token': csrfToken ?? '' },
  });
  const body = (await res.json().catch(() => ({}))) as { logoutUrl?: string };
  window.location.assign(body.logoutUrl ?? '/');
}

interface CallOptions {
  method?: string;
  json?: unknown;
  csv?: string;
  query?: Record<string, string | number | boolean | undefined>;
}

export async function api<T>(
  service: ServiceKey,
  path: string,
  options: CallOptions = {},
): Promise<T> {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(options.query ?? {}))
    if (v !== undefined) params.set(k, String(v));
  const qs = params.size ? `?${params.toString()}` : '';
  const method =
    options.method ?? (options.json !== undefined || options.csv !== undefined ? 'POST' : 'GET');
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken ?? '';
  let body: string | undefined;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.csv !== undefined) {
    headers['content-type'] = 'text/csv';
    body = options.csv;
  }
  const res = await fetch(`/bff/api/${service}/${path}${qs}`, {
    method,
    headers,
    body,
    credentials: 'same-origin',
  });
  const text = await res.text();
  const data = text ? (JSON.parse(text) as unknown) : undefined;
  if (!res.ok) {
    const p = (data ?? {}) as {
      detail?: string;
      detail_id?: string;
      title?: string;
      code?: string;
      errors?: FieldError[];
    };
    // The session lapsed or the provider ended it: sign in again, back to this page.
    if (res.status === 401 && p.code === 'SIGNED_OUT') {
      window.location.assign(
        `/auth/login?returnTo=${encodeURIComponent(window.location.pathname)}`,
      );
    }
    const en = p.detail ?? p.title ?? `HTTP ${res.status}`;
    throw new ApiError(res.status, { en, id: p.detail_id ?? en }, p.errors ?? [], p.code);
  }
  return data as T;
}
