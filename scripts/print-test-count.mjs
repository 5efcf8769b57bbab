// Prints the last line of `npm test`, a plain count, and fails when any test failed or none ran.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { SUMMARY_FILE } from './count-reporter.mjs';

if (!existsSync(SUMMARY_FILE)) {
  console.log('wtr: 0 passed, 1 failed');
  process.exit(1);
}
const { passed, failed } = JSON.parse(readFileSync(SUMMARY_FILE, 'utf8'));
rmSync(SUMMARY_FILE);
console.log(`wtr: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
