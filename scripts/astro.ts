/**
 * Astro's command line with its telemetry turned off: `npm start`, `npm run dev`, `npm run build`
 * and `npm run typecheck` run through this, so the site's own tools send nothing anywhere, as the
 * site promises its readers. Astro reads the switch before it reads the project's config, so it
 * has to be set here, before the command starts.
 */
process.env.ASTRO_TELEMETRY_DISABLED = '1';
// The package does not export its bin file, so it is imported by path.
await import(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url).href);
