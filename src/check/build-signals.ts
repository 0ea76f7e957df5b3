/**
 * What `npm run build` (scripts/astro.ts) and Astro's content-check hook
 * (src/integrations/content-check.ts) share, in a module with no imports: the build script holds
 * it while Pagefind builds the index, and importing it from the checker brought the checker's
 * schemas and parsers along, some 30 MB of the build's peak memory for two strings.
 */

/** Set by `npm run build` when it checks the content beside Astro; the hook then leaves it to that. */
export const CHECK_ALONGSIDE = 'KUNNSKAPSBANKEN_CHECK_ALONGSIDE';

/**
 * The last line of a build that content errors stopped, from Astro's hook or from `npm run build`
 * when it checked beside Astro (which knows only that the check failed, not how many errors).
 */
export const buildStopped = (errors?: number): string => `Bygget stoppet: innholdet har ${errors ? `${errors} ` : ''}feil (se over).`;
