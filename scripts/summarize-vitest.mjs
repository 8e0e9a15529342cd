#!/usr/bin/env node
/**
 * Prints `<label>: N passed, N failed` from a Vitest JSON report: CI reads that line, not Vitest's own output.
 * Usage: node scripts/summarize-vitest.mjs <label> <report.json>
 * A missing or unreadable report (Vitest crashed before writing it) counts as one failure.
 */
import { readFileSync } from 'node:fs';

const [label, reportPath] = process.argv.slice(2);
if (!label || !reportPath) {
  console.error('usage: node scripts/summarize-vitest.mjs <label> <report.json>');
  process.exit(2);
}

let report;
try {
  report = JSON.parse(readFileSync(reportPath, 'utf8'));
} catch (error) {
  console.error(
    `${label}: no readable report at ${reportPath} (${error instanceof Error ? error.message : error})`,
  );
  console.log(`${label}: 0 passed, 1 failed`);
  process.exit(1);
}

const passed = Number(report.numPassedTests ?? 0);
let failed = Number(report.numFailedTests ?? 0);
// A file that fails to load, or an error outside any test, fails the run without failing a test.
if (report.success === false && failed === 0) failed = Math.max(1, Number(report.numFailedTestSuites ?? 0));
const skipped = Number(report.numPendingTests ?? 0) + Number(report.numTodoTests ?? 0);
if (skipped > 0) console.log(`${label}: ${skipped} skipped`);
console.log(`${label}: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
