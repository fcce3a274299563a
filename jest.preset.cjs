const path = require('node:path');

/** One jest configuration shape for every Node project: SWC transform (fast, keeps decorator metadata), JSON report for the CI summary. */
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
            parser: { syntax: 'typescript', decorators: true },
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
      '^(\\.{1,2}/.*)\\.js$': '$1',
    },
    moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
    reporters: [
      'default',
      [path.join(__dirname, 'scripts/jest-count-reporter.cjs'), { project: projectName }],
    ],
  };
}

module.exports = { baseJestConfig };
