import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';
import { pick } from '../i18n';
import { ErrorText } from './ErrorText';

export const IMPORT_KINDS = [
  'evaluation/imports/final-results',
  'evaluation/imports/skp',
  'training/imports/catalog',
  'career-planning/imports/placements',
  'career-planning/imports/potential-assessments',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface ImportResult {
  rows?: number;
  documents?: number;
  /** What career-planning's imports answer for documents. */
  written?: number;
  events?: number;
  dryRun?: boolean;
}

// FileReader rather than Blob.text(): the same in every browser and in jsdom.
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file);
  });
}

/** A CSV import, a dry run by default: the answer, or the row errors with line and column. */
export function ImportForm({
  onSubmit,
}: {
  onSubmit: (kind: ImportKind, csv: string, dryRun: boolean) => Promise<ImportResult>;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [kind, setKind] = useState<ImportKind>(IMPORT_KINDS[0]);
  const [file, setFile] = useState<File>();
  const [dryRun, setDryRun] = useState(true);
  const [noFile, setNoFile] = useState(false);
  const [result, setResult] = useState<ImportResult>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setResult(undefined);
    setError(undefined);
    if (!file) {
      setNoFile(true);
      return;
    }
    setNoFile(false);
    setBusy(true);
    try {
      setResult(await onSubmit(kind, await readText(file), dryRun));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const rowErrors = error instanceof ApiError ? error.errors : [];
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('admin.import')}>
      <label htmlFor={`${id}-kind`}>{t('admin.kind')}</label>
      <select
        id={`${id}-kind`}
        value={kind}
        onChange={(e) => setKind(e.target.value as ImportKind)}
      >
        {IMPORT_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`admin.kinds.${k}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-file`}>{t('admin.file')}</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".csv,text/csv"
        aria-invalid={noFile}
        onChange={(e) => setFile(e.target.files?.[0])}
      />
      {noFile && (
        <p role="alert" className="error">
          {t('admin.noFile')}
        </p>
      )}
      <label className="choice">
        <input type="checkbox" checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} />
        {t('admin.dryRun')}
      </label>
      <button type="submit" disabled={busy}>
        {t('admin.run')}
      </button>
      {result && (
        <div role="status" className="result">
          <p>{result.dryRun ? t('admin.dryRunOk') : t('admin.imported')}</p>
          <p>
            {t('admin.result', {
              rows: result.rows ?? 0,
              documents: result.documents ?? result.written ?? 0,
              events: result.events ?? 0,
            })}
          </p>
        </div>
      )}
      <ErrorText error={error} />
      {rowErrors.length > 0 && (
        <table>
          <caption>{t('admin.rowErrors')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.line')}</th>
              <th scope="col">{t('admin.message')}</th>
            </tr>
          </thead>
          <tbody>
            {rowErrors.map((r, i) => (
              <tr key={i}>
                <td>
                  <code>{r.field}</code>
                </td>
                <td>{pick({ en: r.message, id: r.message_id ?? r.message }, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </form>
  );
}
