import type { ImportDoc } from './import.schema';

/** An import as the API shows it. */
export type ImportRecord = Omit<ImportDoc, '_id' | 'staleAfter' | 'eventsReleased'> & {
  id: string;
};

export function toImportRecord(doc: ImportDoc): ImportRecord {
  const { _id, staleAfter: _s, eventsReleased: _e, ...rest } = doc;
  return { id: _id, ...rest };
}
