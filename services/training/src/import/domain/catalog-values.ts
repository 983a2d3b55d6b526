import { BERAKHLAK_VALUES, TRAINING_FORMS } from '@jenjang/contracts';
import type { BerakhlakValue, TrainingForm } from '@jenjang/contracts';
import {
  AVAILABILITY,
  PROVIDER_KINDS,
  type Availability,
  type ProviderKind,
} from '../../catalog/domain/program';

// Cell values as people write them: codes or labels, any case, spaces or dashes.
const compact = (value: string): string => value.toUpperCase().replace(/[^A-Z0-9]/g, '');

function lookup<T extends string>(
  codes: readonly T[],
  aliases: Readonly<Record<string, T>> = {},
): (value: string) => T | undefined {
  const table = new Map<string, T>();
  for (const code of codes) table.set(compact(code), code);
  for (const [alias, code] of Object.entries(aliases)) table.set(compact(alias), code);
  return (value) => table.get(compact(value));
}

export const toForm = lookup<TrainingForm>(TRAINING_FORMS, {
  PJJ: 'PEMBELAJARAN_JARAK_JAUH',
  'Bimbingan Teknis': 'BIMTEK',
  Workshop: 'LOKAKARYA',
  Konseling: 'KONSELING',
  Counselling: 'KONSELING',
  Internship: 'MAGANG',
  'On the job training': 'BIMBINGAN_DI_TEMPAT_KERJA',
});
export const toProviderKind = lookup<ProviderKind>(PROVIDER_KINDS, {
  INTERNAL_AGENCY: 'INTERNAL',
  INSTANSI: 'INTERNAL',
  BPSDM: 'INTERNAL',
  UNIVERSITY: 'UNIVERSITAS',
  PERGURUAN_TINGGI: 'UNIVERSITAS',
  OTHER: 'LAINNYA',
  MITRA: 'LAINNYA',
});
export const toAvailability = lookup<Availability>(AVAILABILITY, {
  INSTANSI: 'OWN',
  SENDIRI: 'OWN',
  PROVINSI: 'PROVINCE',
});
export const toBerakhlak = lookup<BerakhlakValue>(BERAKHLAK_VALUES);

const YES = new Set(['YA', 'Y', 'YES', 'TRUE', '1', 'NAIK']);
const NO = new Set(['TIDAK', 'T', 'NO', 'N', 'FALSE', '0', '']);
export function toBool(value: string): boolean | undefined {
  const v = compact(value);
  return YES.has(v) ? true : NO.has(v) ? false : undefined;
}

/** "16", "16,5" or "16.5". */
export function toNumber(value: string): number | undefined {
  if (!/^\d+([.,]\d+)?$/.test(value.trim())) return undefined;
  return Number(value.trim().replace(',', '.'));
}

/** A list cell: items separated by `;` or `|` (or `,` inside a quoted cell). */
export const listOf = (value: string): string[] =>
  value
    .split(/[;|,]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

const WIB = '+07:00';
/**
 * A date and time: ISO 8601 with an offset, `YYYY-MM-DD[ HH:MM]` or `DD/MM/YYYY[ HH:MM]` in WIB.
 * A date alone is `defaultTime` WIB (08:00 for a start, 16:00 for an end).
 */
export function toDateTime(value: string, defaultTime: string): Date | undefined {
  const v = value.trim();
  let iso: string | undefined;
  const ymd = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}:\d{2}))?$/.exec(v);
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{2}:\d{2}))?$/.exec(v);
  if (ymd) iso = `${ymd[1]}-${ymd[2]}-${ymd[3]}T${ymd[4] ?? defaultTime}:00${WIB}`;
  else if (dmy)
    iso = `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}T${dmy[4] ?? defaultTime}:00${WIB}`;
  else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v)) iso = v;
  if (!iso) return undefined;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return undefined;
  // 2026-02-31 rolls over in Date; refuse it.
  const day = Number((ymd ?? dmy)?.[ymd ? 3 : 1] ?? d.getUTCDate());
  if ((ymd || dmy) && new Date(d.getTime() + 7 * 3600_000).getUTCDate() !== day) return undefined;
  return d;
}
