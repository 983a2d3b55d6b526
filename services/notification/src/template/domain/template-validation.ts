import type { FieldError } from '@jenjang/domain-kernel';
import { checkTemplate } from './template-check';
import { parseTemplate, TemplateSyntaxError } from './template-syntax';

type Json = Record<string, unknown>;

/** The problems of a template's subject and body against the event's schema, per field. */
export function templateProblems(t: { subject: string; body: string }, schema: Json): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of ['subject', 'body'] as const) {
    try {
      for (const problem of checkTemplate(parseTemplate(t[field]), schema)) {
        errors.push({
          field,
          message: { en: `${problem}.`, id: `${problem}.` },
        });
      }
    } catch (error) {
      if (!(error instanceof TemplateSyntaxError)) throw error;
      errors.push({
        field,
        message: {
          en: `Template syntax: ${error.message}.`,
          id: `Sintaks templat salah: ${error.message}.`,
        },
      });
    }
  }
  return errors;
}
