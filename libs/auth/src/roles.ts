// Roles from the shared domain reference (DOMAIN.md, "Who uses it"). A role string in a token that
// is not in this list makes the whole token invalid: guessing would widen access.
export const ROLES = [
  'PEGAWAI',
  'PENILAI',
  'ATASAN_PENILAI',
  'ADMIN_INSTANSI',
  'ADMIN_PROVINSI',
  'ANALIS',
] as const;

export type Role = (typeof ROLES)[number];

/** Roles that see every agency of the province, for reads and writes. */
export const PROVINCE_WIDE_ROLES: readonly Role[] = ['ADMIN_PROVINSI'];

/** Roles that read across agencies but never write outside their own. */
export const PROVINCE_READ_ONLY_ROLES: readonly Role[] = ['ANALIS'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function hasAnyRole(roles: readonly Role[], wanted: readonly Role[]): boolean {
  return wanted.some((role) => roles.includes(role));
}
