import type { AstroIntegration } from 'astro';

/**
 * Writes the hosting files for old addresses (dist/_redirects, dist/_headers) after the build.
 * Filled in by the legacy-address work (issue 5); until then it writes nothing.
 */
export default function legacyRedirects(): AstroIntegration {
  return { name: 'legacy-redirects', hooks: {} };
}
