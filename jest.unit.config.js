const preset = require('./jest.preset');
const { swcOptions } = require('./scripts/swc-config');

// The portal's React components (.tsx) compile with SWC's TSX parser and the automatic JSX
// runtime; their specs choose jsdom with a @jest-environment docblock.
const tsxOptions = {
  ...swcOptions,
  jsc: {
    ...swcOptions.jsc,
    parser: { ...swcOptions.jsc.parser, tsx: true },
    transform: { ...swcOptions.jsc.transform, react: { runtime: 'automatic' } },
  },
};

module.exports = {
  ...preset,
  displayName: 'unit',
  testMatch: [
    '<rootDir>/{libs,services,tools,scripts}/**/*.spec.ts',
    '<rootDir>/services/portal/web/src/**/*.spec.tsx',
  ],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  transform: { ...preset.transform, '^.+\\.tsx$': ['@swc/jest', tsxOptions] },
  moduleNameMapper: {
    ...preset.moduleNameMapper,
    '\\.css$': '<rootDir>/services/portal/web/src/test/style-stub.js',
  },
};
