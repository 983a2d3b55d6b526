import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';
import { pick } from '../i18n';

/** The fields a problem+json answer names (`errors`), in the reader's language. */
export function FieldErrorList({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  if (!(error instanceof ApiError) || error.errors.length === 0) return null;
  return (
    <ul className="error" aria-label={t('skp.fieldErrors')}>
      {error.errors.map((e, i) => (
        <li key={i}>
          <code>{e.field}</code>:{' '}
          {pick({ en: e.message, id: e.message_id ?? e.message }, i18n.language)}
        </li>
      ))}
    </ul>
  );
}
