/**
 * Writes the pull-request comment (src/check/pr-comment.ts) from a saved `npm run check` report:
 *   node scripts/pr-comment.ts <report.txt> <passed: true|false>  > kommentar.md
 * The workflow gives the artifact's address in ARTIFACT_URL, the run's in RUN_URL and the commit in SHA.
 */
import { readFileSync } from 'node:fs';
import { prComment } from '../src/check/pr-comment.ts';

const [reportFile, passed] = process.argv.slice(2);
if (!reportFile) {
  console.error('Bruk: node scripts/pr-comment.ts <rapport.txt> <true|false>');
  process.exit(2);
}
process.stdout.write(prComment({
  report: readFileSync(reportFile, 'utf8'),
  passed: passed === 'true',
  artifactUrl: process.env.ARTIFACT_URL || undefined,
  runUrl: process.env.RUN_URL || undefined,
  sha: process.env.SHA || undefined,
}));
