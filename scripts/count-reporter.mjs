// A web-test-runner reporter that counts every test in every browser, load errors included as failures, and
// writes the count for `scripts/print-test-count.mjs` to print as the very last line of `npm test`.
import { mkdirSync, writeFileSync } from 'node:fs';

export const SUMMARY_FILE = 'dist/test-summary.json';

function countSuite(suite, totals) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, totals);
}

export function countReporter() {
  let latest = [];
  return {
    onTestRunFinished({ sessions }) {
      latest = sessions;
    },
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions ?? latest) {
        const before = totals.passed + totals.failed;
        countSuite(session.testResults, totals);
        // A file that failed to load, or an error outside any test, is a failure even though no test ran.
        if (session.errors?.length || (!session.passed && totals.passed + totals.failed === before)) {
          totals.failed += Math.max(1, session.errors?.length ?? 0);
        }
      }
      mkdirSync('dist', { recursive: true });
      writeFileSync(SUMMARY_FILE, JSON.stringify(totals));
    },
  };
}
