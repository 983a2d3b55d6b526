import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { ProblemFieldError } from './problem';

// class-validator speaks English only; the Indonesian text is keyed by constraint name.
const INDONESIAN: Readonly<Record<string, string>> = {
  whitelistValidation: 'tidak dikenal dan tidak boleh dikirim',
  nestedValidation: 'harus berupa objek yang valid',
  isDefined: 'wajib ada',
  isNotEmpty: 'wajib diisi',
  isEmpty: 'harus kosong',
  isString: 'harus berupa teks',
  isInt: 'harus berupa bilangan bulat',
  isNumber: 'harus berupa angka',
  isNumberString: 'harus berupa angka',
  isPositive: 'harus lebih besar dari nol',
  isBoolean: 'harus bernilai true atau false',
  isEmail: 'harus berupa alamat email yang valid',
  isEnum: 'harus salah satu nilai yang diizinkan',
  isIn: 'harus salah satu nilai yang diizinkan',
  isDate: 'harus berupa tanggal',
  isDateString: 'harus berupa tanggal ISO 8601',
  isISO8601: 'harus berupa tanggal ISO 8601',
  isUUID: 'harus berupa UUID',
  isMongoId: 'harus berupa ID yang valid',
  isArray: 'harus berupa daftar',
  isObject: 'harus berupa objek',
  arrayNotEmpty: 'tidak boleh kosong',
  arrayMinSize: 'jumlah isinya terlalu sedikit',
  arrayMaxSize: 'jumlah isinya terlalu banyak',
  matches: 'formatnya tidak valid',
  length: 'panjangnya tidak sesuai',
  minLength: 'terlalu pendek',
  maxLength: 'terlalu panjang',
  min: 'tidak boleh kurang dari',
  max: 'tidak boleh lebih dari',
};

// For bounds the number is worth repeating; class-validator only puts it in the English text.
const WITH_BOUND = new Set(['min', 'max']);

function indonesian(constraint: string, field: string, english: string): string {
  const text = INDONESIAN[constraint] ?? 'nilainya tidak valid';
  const bound = WITH_BOUND.has(constraint) ? / (-?\d+(\.\d+)?)$/.exec(english)?.[1] : undefined;
  return `Kolom ${field} ${text}${bound === undefined ? '' : ` ${bound}`}.`;
}

function join(parent: string, property: string): string {
  if (/^\d+$/.test(property)) return `${parent}[${property}]`;
  return parent ? `${parent}.${property}` : property;
}

/** Every constraint failure in a class-validator tree, with its full path. */
export function flattenValidationErrors(
  errors: readonly ValidationError[],
  parent = '',
): ProblemFieldError[] {
  return errors.flatMap((error) => {
    const field = join(parent, error.property);
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      message,
      message_id: indonesian(constraint, field, message),
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** Thrown by the global ValidationPipe; still a 400 if some other filter handles it. */
export class RequestValidationError extends BadRequestException {
  constructor(readonly fieldErrors: readonly ProblemFieldError[]) {
    super({ message: 'Validation failed', errors: fieldErrors });
  }
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new RequestValidationError(flattenValidationErrors(errors)),
  });
}
