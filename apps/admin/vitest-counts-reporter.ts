import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Writes `{"passed":N,"failed":N,"skipped":N}` for the root test runner (scripts/run-tests.mjs), which adds up
 * every file in .test-results/. A test file that fails to load counts as one failure, so a broken import is never
 * reported as a clean run.
 */
export default class CountsReporter implements Reporter {
  private readonly outputFile: string;

  constructor(options: { outputFile: string }) {
    this.outputFile = options.outputFile;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const testModule of testModules) {
      let tests = 0;
      for (const testCase of testModule.children.allTests()) {
        tests += 1;
        const state = testCase.result().state;
        if (state === 'passed') counts.passed += 1;
        else if (state === 'failed') counts.failed += 1;
        else counts.skipped += 1;
      }
      if (tests === 0 && testModule.state() === 'failed') counts.failed += 1;
    }
    if (unhandledErrors.length > 0 && counts.failed === 0) counts.failed = unhandledErrors.length;
    mkdirSync(path.dirname(this.outputFile), { recursive: true });
    writeFileSync(this.outputFile, `${JSON.stringify(counts)}\n`);
  }
}
