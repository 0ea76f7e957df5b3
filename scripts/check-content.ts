/**
 * `npm run check`: validates every content file and prints every problem in one run, in
 * Norwegian, with file, line and field. Exits 1 if anything is wrong. Never prints a stack trace.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, errorsIn, formatProblems } from '../src/check/validate.ts';
import { checksBeyondSchema } from '../src/check/all-checks.ts';
import { checkFingerprint, recordCleanCheck } from '../src/check/check-stamp.ts';

// `npm run check -- <folder>` checks another project folder (the test fixtures, for example).
const root = process.argv[2] ? resolve(process.argv[2]) : fileURLToPath(new URL('..', import.meta.url));
try {
  const fingerprint = checkFingerprint(root);
  const result = checkContent(root, checksBeyondSchema);
  const report = formatProblems(result);
  console.log(report);
  // A build right after this one, on the same files, need not check them again (src/check/check-stamp.ts).
  if (errorsIn(result).length === 0 && !process.argv[2]) recordCleanCheck(root, { fingerprint, files: result.files, warnings: result.problems.length > 0 ? report : undefined });
  // Warnings (a likely mix-up of bokmål and nynorsk, for example) are shown but do not fail.
  process.exitCode = errorsIn(result).length > 0 ? 1 : 0;
} catch (error) {
  console.error(`Innholdssjekken stoppet uventet: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
