export * from './csv-table';
export * from './row-error';
