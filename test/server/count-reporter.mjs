// Counts results per browser and writes them where scripts/test.mjs prints the final
// "N passed, N failed" line that CI reads.
import { writeFileSync } from 'node:fs';

function walk(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite?.suites ?? []) walk(child, counts);
}

export function countReporter(file = process.env.WTR_COUNT_FILE ?? '.wtr-counts.json') {
  return {
    onTestRunFinished({ sessions }) {
      const perBrowser = {};
      for (const session of sessions) {
        const name = session.browser.name;
        const counts = (perBrowser[name] ??= { passed: 0, failed: 0, skipped: 0, fileErrors: 0 });
        walk(session.testResults, counts);
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.fileErrors++;
      }
      writeFileSync(file, JSON.stringify(perBrowser, null, 2));
    },
  };
}
