const base = require('./jest.config.cjs');
const { baseJestConfig } = require('../../jest.preset.cjs');

/** Scale tests with a time bound, run alone (one worker, after the other suites) so timings are not skewed by them. */
module.exports = {
  ...base,
  ...baseJestConfig('api-scale', __dirname),
  testMatch: ['<rootDir>/test/**/*.scale.ts'],
  transformIgnorePatterns: base.transformIgnorePatterns,
  globalSetup: base.globalSetup,
  globalTeardown: base.globalTeardown,
  setupFiles: base.setupFiles,
  maxWorkers: 1,
  testTimeout: 180000,
};
