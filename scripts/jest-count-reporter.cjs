const fs = require('node:fs');
const path = require('node:path');

/** Writes this project's pass/fail counts to .test-results/ so that one summary line can add every test runner up. */
class CountReporter {
  constructor(_globalConfig, options) {
    this.project = options.project;
  }

  onRunComplete(_contexts, results) {
    const dir = path.join(__dirname, '..', '.test-results');
    fs.mkdirSync(dir, { recursive: true });
    const failedSuites = results.numRuntimeErrorTestSuites + (results.testResults || []).filter((r) => r.testExecError).length;
    fs.writeFileSync(
      path.join(dir, `jest-${this.project}.json`),
      JSON.stringify({
        passed: results.numPassedTests,
        failed: results.numFailedTests + failedSuites,
        skipped: results.numPendingTests + results.numTodoTests,
      }),
    );
  }
}

module.exports = CountReporter;
