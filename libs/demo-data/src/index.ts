export * from './demo-organisation';
export * from './appraisal-texts';
