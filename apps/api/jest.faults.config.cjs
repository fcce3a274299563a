const base = require('./jest.config.cjs');
const { baseJestConfig } = require('../../jest.preset.cjs');

/**
 * The fault suite (`npm run test:faults`): builds the API, then runs it as separate processes on a private
 * Postgres and Redis that the tests stop, restart and kill under load. Alone, one file at a time, with
 * minutes rather than seconds per test.
 */
module.exports = {
  ...baseJestConfig('api-faults', __dirname),
  testMatch: ['<rootDir>/test/faults/**/*.faults.ts'],
  transformIgnorePatterns: base.transformIgnorePatterns,
  globalSetup: '<rootDir>/test/faults/build-api.ts',
  setupFiles: base.setupFiles,
  maxWorkers: 1,
  testTimeout: 180000,
};
