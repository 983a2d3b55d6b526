import type { BilingualText } from '@jenjang/domain-kernel';

export type { BilingualText };

const STATUS_TITLES: Readonly<Record<number, BilingualText>> = {
  400: { en: 'Bad Request', id: 'Permintaan tidak valid' },
  401: { en: 'Unauthorized', id: 'Belum terautentikasi' },
  403: { en: 'Forbidden', id: 'Akses ditolak' },
  404: { en: 'Not Found', id: 'Tidak ditemukan' },
  405: { en: 'Method Not Allowed', id: 'Metode tidak diizinkan' },
  406: { en: 'Not Acceptable', id: 'Format tidak dapat diterima' },
  409: { en: 'Conflict', id: 'Konflik' },
  410: { en: 'Gone', id: 'Sudah tidak tersedia' },
  413: { en: 'Content Too Large', id: 'Muatan terlalu besar' },
  415: { en: 'Unsupported Media Type', id: 'Jenis media tidak didukung' },
  422: { en: 'Unprocessable Content', id: 'Tidak dapat diproses' },
  429: { en: 'Too Many Requests', id: 'Terlalu banyak permintaan' },
  500: { en: 'Internal Server Error', id: 'Kesalahan internal server' },
  502: { en: 'Bad Gateway', id: 'Gerbang bermasalah' },
  503: { en: 'Service Unavailable', id: 'Layanan tidak tersedia' },
  504: { en: 'Gateway Timeout', id: 'Waktu tunggu gerbang habis' },
};

const STATUS_DETAILS: Readonly<Record<number, BilingualText>> = {
  400: { en: 'The request is not valid.', id: 'Permintaan tidak valid.' },
  401: { en: 'Authentication is required.', id: 'Autentikasi diperlukan.' },
  403: { en: 'You may not do this.', id: 'Anda tidak berhak melakukan ini.' },
  404: { en: 'The resource was not found.', id: 'Sumber daya tidak ditemukan.' },
  405: { en: 'This method is not allowed here.', id: 'Metode ini tidak diizinkan di sini.' },
  409: {
    en: 'The request conflicts with the current state.',
    id: 'Permintaan bertentangan dengan keadaan saat ini.',
  },
  413: { en: 'The request body is too large.', id: 'Isi permintaan terlalu besar.' },
  422: {
    en: 'The request cannot be processed.',
    id: 'Permintaan tidak dapat diproses.',
  },
  429: {
    en: 'Too many requests; try again later.',
    id: 'Terlalu banyak permintaan; coba lagi nanti.',
  },
  503: {
    en: 'The service is unavailable; try again later.',
    id: 'Layanan sedang tidak tersedia; coba lagi nanti.',
  },
};

const INTERNAL: BilingualText = {
  en: 'An unexpected error occurred. Quote the request id when reporting it.',
  id: 'Terjadi kesalahan tak terduga. Sebutkan request id saat melaporkannya.',
};

export function statusTitle(status: number): BilingualText {
  return (
    STATUS_TITLES[status] ??
    (status >= 500 ? STATUS_TITLES[500] : { en: 'Request Error', id: 'Kesalahan permintaan' })
  );
}

export function statusDetail(status: number): BilingualText {
  return STATUS_DETAILS[status] ?? (status >= 500 ? INTERNAL : STATUS_DETAILS[400]);
}
