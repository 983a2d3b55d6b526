export * from './bilingual-text';
export * from './format';
export * from './labels';
export * from './readability';
