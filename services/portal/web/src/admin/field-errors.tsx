import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';

/** The service's message for one field of a refused request (problem+json `errors`), if any. */
export function fieldMessage(error: unknown, field: string, language: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const found = error.errors.find((e) => e.field === field);
  if (!found) return undefined;
  return language === 'id' ? (found.message_id ?? found.message) : found.message;
}

/** Props that tie an input to its error text: aria-invalid and aria-describedby. */
export function invalidProps(message: string | undefined, errorId: string) {
  return message ? { 'aria-invalid': true as const, 'aria-describedby': errorId } : {};
}

/** The error of one field, right under it; its id is what the input's aria-describedby names. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="error field-error" id={id}>
      {message}
    </p>
  );
}

/** A hook returning the message of a field in the current language. */
export function useFieldMessage(error: unknown) {
  const { i18n } = useTranslation();
  return (field: string) => fieldMessage(error, field, i18n.language);
}

/** Percent (0–100, as typed) from a share (0–1); empty when no bound is set. */
export const toPercent = (share: number | undefined) =>
  share === undefined ? '' : String(Math.round(share * 10_000) / 100);

/** Share (0–1) from a typed percent; undefined when empty. */
export const toShare = (percent: string) =>
  percent.trim() === '' ? undefined : Number(percent.replace(',', '.')) / 100;
