// Pangkat/golongan ruang of a PNS (PP 11/2017, DOMAIN.md §6): 17 steps from I/a Juru Muda to
// IV/e Pembina Utama. A person holds one at a time, from its TMT (terhitung mulai tanggal); it is
// the basis of pay and separate from the position (jabatan) held.

export const GOLONGAN = [
  ['I/a', 'Juru Muda'],
  ['I/b', 'Juru Muda Tingkat I'],
  ['I/c', 'Juru'],
  ['I/d', 'Juru Tingkat I'],
  ['II/a', 'Pengatur Muda'],
  ['II/b', 'Pengatur Muda Tingkat I'],
  ['II/c', 'Pengatur'],
  ['II/d', 'Pengatur Tingkat I'],
  ['III/a', 'Penata Muda'],
  ['III/b', 'Penata Muda Tingkat I'],
  ['III/c', 'Penata'],
  ['III/d', 'Penata Tingkat I'],
  ['IV/a', 'Pembina'],
  ['IV/b', 'Pembina Tingkat I'],
  ['IV/c', 'Pembina Utama Muda'],
  ['IV/d', 'Pembina Utama Madya'],
  ['IV/e', 'Pembina Utama'],
] as const;

export type Golongan = (typeof GOLONGAN)[number][0];
export const GOLONGAN_CODES = GOLONGAN.map(([code]) => code) as readonly Golongan[];

/** 0 (I/a) … 16 (IV/e). */
export const stepOf = (g: Golongan): number => GOLONGAN_CODES.indexOf(g);

/** The rank after this one; null at IV/e. */
export function nextGolongan(g: Golongan): Golongan | null {
  return GOLONGAN_CODES[stepOf(g) + 1] ?? null;
}

/** "Penata Muda Tingkat I (III/b)": how a civil servant names a rank. */
export function pangkatName(g: Golongan): string {
  return `${GOLONGAN[stepOf(g)][1]} (${g})`;
}

const ROMAN: Record<string, string> = { I: 'I', II: 'II', III: 'III', IV: 'IV' };
const DIGIT: Record<string, string> = { '1': 'I', '2': 'II', '3': 'III', '4': 'IV' };
const RUANG_BY_DIGIT = ['a', 'b', 'c', 'd', 'e'];

/**
 * Reads a golongan as SIASN and people write it: "III/b", "III-b", "IIIb", "iii/B", the SIASN
 * golongan id "32" (golongan digit + ruang digit), or the pangkat name "Penata Muda Tingkat I".
 */
export function parseGolongan(raw: string): Golongan | null {
  const v = raw.trim();
  if (v === '') return null;
  const byName = GOLONGAN.find(([, name]) => name.toLowerCase() === v.toLowerCase());
  if (byName) return byName[0];
  let code: string | null = null;
  const roman = /^(IV|III|II|I)\s*[/.\- ]?\s*([A-Ea-e])$/i.exec(v);
  const digits = /^([1-4])([1-5])$/.exec(v);
  if (roman) code = `${ROMAN[roman[1].toUpperCase()]}/${roman[2].toLowerCase()}`;
  else if (digits) code = `${DIGIT[digits[1]]}/${RUANG_BY_DIGIT[Number(digits[2]) - 1]}`;
  return code && (GOLONGAN_CODES as readonly string[]).includes(code) ? (code as Golongan) : null;
}
