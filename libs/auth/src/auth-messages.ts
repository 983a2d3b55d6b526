import type { BilingualText } from '@jenjang/contracts';

// Text people read, in English and Bahasa Indonesia (the platform's one BilingualText type).
// Never put a claim value here: a token may carry an NIP or other personal data (UU 27/2022).
export type { BilingualText };

export interface MessageContext {
  readonly claim?: string;
  readonly roles?: readonly string[];
}

export const AUTH_TITLES = {
  unauthenticated: { en: 'Authentication required', id: 'Autentikasi diperlukan' },
  forbiddenRole: { en: 'Role not permitted', id: 'Peran tidak diizinkan' },
  forbiddenAgency: {
    en: 'Access to this agency is not permitted',
    id: 'Akses ke instansi ini tidak diizinkan',
  },
  unavailable: {
    en: 'Authentication temporarily unavailable',
    id: 'Autentikasi sementara tidak tersedia',
  },
} as const satisfies Record<string, BilingualText>;

const details = {
  MISSING_TOKEN: () => ({
    en: 'The request has no bearer token.',
    id: 'Permintaan tidak menyertakan token bearer.',
  }),
  MALFORMED_HEADER: () => ({
    en: "The Authorization header must be 'Bearer <token>'.",
    id: "Header Authorization harus berbentuk 'Bearer <token>'.",
  }),
  MALFORMED_TOKEN: () => ({
    en: 'The bearer token is not a valid JWT.',
    id: 'Token bearer bukan JWT yang sah.',
  }),
  TOKEN_EXPIRED: () => ({
    en: 'The token has expired; sign in again.',
    id: 'Token sudah kedaluwarsa; silakan masuk kembali.',
  }),
  TOKEN_LIFETIME_TOO_LONG: () => ({
    en: 'The token is valid for longer than this service allows; sign in again for a shorter one.',
    id: 'Masa berlaku token melebihi batas yang diizinkan layanan ini; silakan masuk kembali untuk token yang lebih singkat.',
  }),
  TOKEN_NOT_YET_VALID: () => ({ en: 'The token is not valid yet.', id: 'Token belum berlaku.' }),
  WRONG_ISSUER: () => ({
    en: 'The token comes from an issuer this service does not trust.',
    id: 'Token berasal dari penerbit yang tidak dipercaya layanan ini.',
  }),
  WRONG_AUDIENCE: () => ({
    en: 'The token is meant for another audience.',
    id: 'Token ditujukan untuk audiens lain.',
  }),
  BAD_SIGNATURE: () => ({
    en: 'The token signature is not valid.',
    id: 'Tanda tangan token tidak sah.',
  }),
  UNKNOWN_KEY: () => ({
    en: 'The token was signed with an unknown key.',
    id: 'Token ditandatangani dengan kunci yang tidak dikenal.',
  }),
  ALGORITHM_NOT_ALLOWED: () => ({
    en: 'The token uses a signing algorithm that is not allowed.',
    id: 'Token memakai algoritma tanda tangan yang tidak diizinkan.',
  }),
  MISSING_CLAIM: (c: MessageContext) => ({
    en: `The token has no '${c.claim ?? '?'}' claim.`,
    id: `Token tidak memiliki klaim '${c.claim ?? '?'}'.`,
  }),
  INVALID_CLAIM: (c: MessageContext) => ({
    en: `The token's '${c.claim ?? '?'}' claim is not valid.`,
    id: `Klaim '${c.claim ?? '?'}' pada token tidak sah.`,
  }),
  UNKNOWN_ROLE: () => ({
    en: 'The token names a role Jenjang does not know.',
    id: 'Token memuat peran yang tidak dikenal Jenjang.',
  }),
  ROLE_REQUIRED: (c: MessageContext) => ({
    en: `This action needs one of these roles: ${(c.roles ?? []).join(', ')}.`,
    id: `Tindakan ini memerlukan salah satu peran berikut: ${(c.roles ?? []).join(', ')}.`,
  }),
  OTHER_AGENCY: () => ({
    en: 'You can act only within your own agency.',
    id: 'Anda hanya dapat bertindak di instansi Anda sendiri.',
  }),
  READ_ONLY_ROLE: () => ({
    en: "Your role may read other agencies' data but not change it.",
    id: 'Peran Anda hanya dapat membaca data instansi lain, tidak mengubahnya.',
  }),
  KEYS_UNAVAILABLE: () => ({
    en: 'The signing keys could not be fetched; try again shortly.',
    id: 'Kunci penandatanganan tidak dapat diambil; coba lagi sebentar lagi.',
  }),
} satisfies Record<string, (c: MessageContext) => BilingualText>;

/** Detail text per reason code. */
export const AUTH_DETAILS: {
  readonly [K in keyof typeof details]: (c: MessageContext) => BilingualText;
} = details;
