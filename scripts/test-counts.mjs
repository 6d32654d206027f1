// Prints the unit and end-to-end test counts from the JSON reports written under CI=1.
import { existsSync, readFileSync } from 'node:fs';

/** @param {string} path */
function read(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

const unit = read('test-results/unit.json');
if (unit) {
  console.log(
    `unit (vitest): ${unit.numPassedTests} passed, ${unit.numFailedTests} failed, ` +
      `${unit.numPendingTests + unit.numTodoTests} skipped, ${unit.numTotalTests} total ` +
      `in ${unit.numTotalTestSuites} suites`,
  );
} else {
  console.log('unit (vitest): no report (the run stopped before the unit tests)');
}

const e2e = read('test-results/e2e.json');
if (e2e) {
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = e2e.stats ?? {};
  console.log(
    `e2e (playwright): ${expected} passed, ${unexpected} failed, ${flaky} flaky, ${skipped} skipped, ` +
      `${expected + unexpected + flaky + skipped} total`,
  );
} else {
  console.log('e2e (playwright): no report (the run stopped before the end-to-end tests)');
}
