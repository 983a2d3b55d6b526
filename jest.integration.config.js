module.exports = {
  ...require('./jest.preset'),
  displayName: 'integration',
  testMatch: ['<rootDir>/{libs,services,tools,scripts}/**/test/integration/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/libs/testing/src/infra/global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/infra/global-teardown.ts',
  testTimeout: 120000,
  // One suite at a time per jest process; scripts/test.sh runs `--shard=1/2` and `--shard=2/2`
  // side by side, split by project (scripts/jest-service-shards.js).
  maxWorkers: 1,
  testSequencer: '<rootDir>/scripts/jest-service-shards.js',
};
