// The kernel's FieldError: one field at fault, in both languages.
export type { FieldError } from '@jenjang/domain-kernel';
