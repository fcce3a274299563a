const path = require('node:path');

/** One jest configuration shape for every Node project: SWC transform (fast, keeps decorator metadata), counts for the CI summary. */
function baseJestConfig(projectName, rootDir) {
  return {
    displayName: projectName,
    rootDir,
    testEnvironment: 'node',
    transform: {
      '^.+\\.(t|j)sx?$': [
        '@swc/jest',
        {
          jsc: {
            parser: { syntax: 'typescript', decorators: true, importMeta: true },
            transform: { legacyDecorator: true, decoratorMetadata: true },
            target: 'es2023',
          },
          module: { type: 'commonjs' },
          sourceMaps: 'inline',
        },
      ],
    },
    moduleNameMapper: {
      '^@alliance/domain$': path.join(__dirname, 'libs/domain/src/index.ts'),
      '^@alliance/testing$': path.join(__dirname, 'libs/testing/src/index.ts'),
      '^(\\.{1,2}/.*)\\.js$': '$1',
    },
    moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
    reporters: ['default', [path.join(__dirname, 'scripts/jest-count-reporter.cjs'), { project: projectName }]],
  };
}

module.exports = { baseJestConfig };
