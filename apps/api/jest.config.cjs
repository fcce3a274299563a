const { baseJestConfig } = require('../../jest.preset.cjs');

/**
 * NestJS 12 ships ES modules only; jest runs CommonJS, so those packages go through the same SWC
 * transform as our code. Integration tests share Postgres (one database per test file, cloned from
 * a migrated template) and Redis (one key prefix per test file).
 */
module.exports = {
  ...baseJestConfig('api', __dirname),
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  // file-type (attachment sniffing) and its dependencies are ES modules only as well.
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|@as-integrations|ical-generator|file-type|strtok3|token-types|uint8array-extras|@tokenizer|@borewit)/)'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  maxWorkers: 2,
  testTimeout: 30000,
};
