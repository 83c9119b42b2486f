/**
 * The test summary CI prints from tells the truth: the counts of the run, and success only when
 * nothing failed (Jest fills in its own `success` after reporters run, so it cannot be copied).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const SummaryReporter = require('../support/summary-reporter.js');

function summaryOf(results: Record<string, unknown>): Record<string, unknown> {
  const rootDir = mkdtempSync(join(tmpdir(), 'summary-'));
  new SummaryReporter({ rootDir }).onRunComplete(new Set(), {
    numPassedTests: 0,
    numFailedTests: 0,
    numPendingTests: 0,
    numTodoTests: 0,
    numFailedTestSuites: 0,
    numTotalTests: 0,
    wasInterrupted: false,
    testResults: [],
    success: false,
    ...results,
  });
  return JSON.parse(readFileSync(join(rootDir, 'reports', 'test-summary.json'), 'utf8'));
}

describe('the test summary', () => {
  it('says success when every test passed, whatever Jest has set so far', () => {
    expect(summaryOf({ numPassedTests: 12, numTotalTests: 12 })).toEqual({ passed: 12, failed: 0, skipped: 0, failedSuites: 0, success: true });
  });

  it('counts a suite that could not run as a failure', () => {
    expect(summaryOf({ numPassedTests: 3, numTotalTests: 3, numFailedTestSuites: 1, testResults: [{ testExecError: { message: 'x' } }] })).toEqual({
      passed: 3,
      failed: 1,
      skipped: 0,
      failedSuites: 1,
      success: false,
    });
  });

  it('is not a success when nothing ran or the run was interrupted', () => {
    expect(summaryOf({}).success).toBe(false);
    expect(summaryOf({ numPassedTests: 2, numTotalTests: 2, wasInterrupted: true }).success).toBe(false);
  });
});
