import type { RequestScope } from '@jenjang/platform';

/** Agency admins, the province BKD and analysts read every SKP and appraisal of `caller.reach`. */
export function readsAll(caller: RequestScope): boolean {
  return caller.has('ADMIN_INSTANSI', 'ADMIN_PROVINSI', 'ANALIS');
}
