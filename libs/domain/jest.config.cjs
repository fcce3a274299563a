const { baseJestConfig } = require('../../jest.preset.cjs');

module.exports = {
  ...baseJestConfig('domain', __dirname),
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
