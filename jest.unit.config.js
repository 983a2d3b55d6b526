module.exports = {
  ...require('./jest.preset'),
  displayName: 'unit',
  testMatch: ['<rootDir>/{libs,services,tools,scripts}/**/*.spec.ts'],
};
