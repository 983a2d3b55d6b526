export * from './demo-organisation';
export * from './appraisal-texts';
export * from './training-programs';
