/** Personal data: only the last four digits of a NIP ever leave the service. */
export function maskNip(nip: string): string {
  const digits = nip.replace(/\s+/g, '');
  return digits.length <= 4 ? '****' : `${'*'.repeat(digits.length - 4)}${digits.slice(-4)}`;
}
