module.exports = {
  ...require('./jest.preset'),
  displayName: 'e2e',
  testMatch: [
    '<rootDir>/test/e2e/**/*.e2e-spec.ts',
    '<rootDir>/services/*/test/e2e/**/*.e2e-spec.ts',
  ],
  globalSetup: '<rootDir>/libs/testing/src/infra/e2e-global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/infra/e2e-global-teardown.ts',
  testTimeout: 180000,
  maxWorkers: 1,
};
