// Prints the last line of `npm test`, a plain count (skipped tests too), and fails when any test failed or none ran.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { SUMMARY_FILE } from './count-reporter.mjs';

if (!existsSync(SUMMARY_FILE)) {
  console.log('wtr: 0 passed, 1 failed, 0 skipped');
  process.exit(1);
}
const { passed, failed, skipped = 0 } = JSON.parse(readFileSync(SUMMARY_FILE, 'utf8'));
rmSync(SUMMARY_FILE);
// Skipped tests are counted aloud: each is a check one browser cannot make (the README's quick start says why).
console.log(`wtr: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
