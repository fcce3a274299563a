const { baseJestConfig } = require('../../jest.preset.cjs');

/** Browser tests: the production build of the API (serving the built admin) in a child process, driven by Debian's Chromium. */
module.exports = {
  ...baseJestConfig('e2e', __dirname),
  testMatch: process.env.E2E_SCREENSHOTS ? ['<rootDir>/src/**/*.screenshots.ts'] : ['<rootDir>/src/**/*.e2e.spec.ts'],
  maxWorkers: 1,
  testTimeout: 90000,
};
