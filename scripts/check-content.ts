/**
 * `npm run check`: validates every content file and prints every problem in one run, in
 * Norwegian, with file, line and field. Exits 1 if anything is wrong. Never prints a stack trace.
 */
import { resolve } from 'node:path';
import { checkContent, errorsIn, formatProblems } from '../src/check/validate.ts';
import { checksBeyondSchema } from '../src/check/all-checks.ts';
import { checkFingerprint, recordCleanCheck } from '../src/check/check-stamp.ts';

// The project is the folder it runs in: npm runs scripts from the project's folder, and
// `npm run build` runs the check in the folder it builds (scripts/lib/check-alongside.ts), the
// benchmark's copies too. `npm run check -- <folder>` checks another folder (the test fixtures)
// without leaving a stamp there.
const root = process.argv[2] ? resolve(process.argv[2]) : process.cwd();
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
