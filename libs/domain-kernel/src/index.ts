// Framework-free building blocks that domain/ code may import.
export * from './bilingual-text';
export * from './domain-error';
