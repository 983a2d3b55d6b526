// Shared jest settings: SWC transpiles TypeScript with decorator metadata (NestJS needs it);
// path aliases mirror tsconfig.base.json.
const { pathsToModuleNameMapper } = require('./scripts/jest-paths');
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest', require('./scripts/swc-config').swcOptions],
    // jose 6 ships ESM only; jest's require(esm) needs --experimental-vm-modules, so SWC turns it
    // into CommonJS instead.
    '^.+/node_modules/jose/.+\\.js$': ['@swc/jest', require('./scripts/swc-config').swcOptions],
  },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(),
  // dist/ and Nx's cache of it hold copies of the services' package.json (haste name collisions).
  modulePathIgnorePatterns: [
    '<rootDir>/dist',
    '<rootDir>/.nx',
    '<rootDir>/.tools',
    '<rootDir>/deploy/infra',
  ],
};
