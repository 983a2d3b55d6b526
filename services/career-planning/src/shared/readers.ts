import type { Role } from '@jenjang/auth';

/** Agency admins, the province BKD and analysts read every record of their reach. */
export const READS_ALL: readonly Role[] = ['ADMIN_INSTANSI', 'ADMIN_PROVINSI', 'ANALIS'];
