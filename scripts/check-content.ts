/**
 * `npm run check`: validates every content file and prints every problem in one run, in
 * Norwegian, with file, line and field. Exits 1 if anything is wrong. Never prints a stack trace.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, errorsIn, formatProblems } from '../src/check/validate.ts';
import { checksBeyondSchema } from '../src/check/all-checks.ts';

// `npm run check -- <folder>` checks another project folder (the test fixtures, for example).
const root = process.argv[2] ? resolve(process.argv[2]) : fileURLToPath(new URL('..', import.meta.url));
try {
  const result = checkContent(root, checksBeyondSchema);
  console.log(formatProblems(result));
  // Warnings (a likely mix-up of bokmål and nynorsk, for example) are shown but do not fail.
  process.exitCode = errorsIn(result).length > 0 ? 1 : 0;
} catch (error) {
  console.error(`Innholdssjekken stoppet uventet: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
