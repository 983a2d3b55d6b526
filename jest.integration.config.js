module.exports = {
  ...require('./jest.preset'),
  displayName: 'integration',
  testMatch: ['<rootDir>/{libs,services,tools}/**/test/integration/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/libs/testing/src/infra/global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/infra/global-teardown.ts',
  testTimeout: 120000,
  // Suites run in parallel: each has its own databases, consumer groups and agencies, and counts
  // only what its own instances did on the shared topics.
  maxWorkers: Number(process.env.JENJANG_TEST_WORKERS || 2),
};
