import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, errorsIn, formatProblems } from '../check/validate.ts';
import { buildStopped, CHECK_ALONGSIDE } from '../check/build-signals.ts';
import { checksBeyondSchema } from '../check/all-checks.ts';
import { devContentReport } from './dev-content-report.ts';
import { checkFingerprint, cleanCheckFor, recordCleanCheck } from '../check/check-stamp.ts';

/**
 * Runs the content check (the same one as `npm run check`) before Astro reads any content, so
 * `npm run build` refuses exactly what the check refuses, with the same Norwegian report. In
 * `astro dev` the report is shown in the browser instead of the page until the errors are fixed
 * (src/integrations/dev-content-report.ts). Warnings are printed and never stop anything.
 * A build on the same files as the last clean check (`npm run check` just before, as in CI, or
 * the previous build) does not check them again (src/check/check-stamp.ts): once per build.
 * `npm run build` runs the check beside Astro instead (scripts/lib/check-alongside.ts) and says so
 * with CHECK_ALONGSIDE (src/check/build-signals.ts); then this hook leaves it to that.
 */

export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        if (command !== 'build' && command !== 'dev') return;
        const root = fileURLToPath(config.root);
        if (command === 'dev') updateConfig({ vite: { plugins: [devContentReport(root)] } });
        if (command === 'build' && process.env[CHECK_ALONGSIDE] === '1') return;
        const fingerprint = checkFingerprint(root);
        const earlier = command === 'build' ? cleanCheckFor(root, fingerprint) : undefined;
        if (earlier) {
          logger.info(`Innholdet er uendret siden siste innholdssjekk uten feil (${earlier.files} filer); sjekkes ikke på nytt.`);
          if (earlier.warnings) logger.warn(`\n${earlier.warnings}`);
          return;
        }
        const result = checkContent(root, checksBeyondSchema);
        const report = formatProblems(result);
        if (errorsIn(result).length === 0) recordCleanCheck(root, { fingerprint, files: result.files, warnings: result.problems.length > 0 ? report : undefined });
        if (result.problems.length === 0) {
          logger.info(`Innholdet er i orden (${result.files} filer sjekket).`);
          return;
        }
        if (command === 'dev' || errorsIn(result).length === 0) {
          logger.warn(`\n${report}`);
          return;
        }
        logger.error(`\n${report}`);
        // The report above says everything; a stack trace would only bury it, and Astro prints
        // none for an error without one (core/messages/runtime.js, formatErrorMessage).
        const error = Object.assign(new Error(buildStopped(errorsIn(result).length)), {
          hint: 'Rett feilene og kjør «npm run check» for å se om alt er i orden.',
        });
        error.stack = '';
        throw error;
      },
    },
  };
}
