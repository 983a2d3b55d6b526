import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';
import { pick } from '../i18n';

/** An error from the services, in the current language, announced to screen readers. */
export function ErrorText({ error, id }: { error: unknown; id?: string }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const text =
    error instanceof ApiError
      ? pick(error.detail, i18n.language)
      : error instanceof Error
        ? error.message
        : t('app.error');
  return (
    <p role="alert" className="error" id={id}>
      {text}
    </p>
  );
}
