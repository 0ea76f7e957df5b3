/**
 * Astro's command line with its telemetry turned off: `npm start`, `npm run dev`, `npm run build`
 * and `npm run typecheck` run through this, so the site's own tools send nothing anywhere, as the
 * site promises its readers. Astro reads the switch before it reads the project's config, so it
 * has to be set here, before the command starts.
 *
 * `build` runs Astro in a process of its own and builds the search index when that process has
 * ended (src/search/build/index-site.ts): at 10 000 pages Pagefind holds 2.9 GiB and Astro's
 * process 2.5 GiB, and one after the other the two never hold memory at the same time. Astro's
 * heap gets a ceiling that keeps its process near 2.4 GiB (scripts/lib/astro-heap.ts), and
 * content the last clean check has not seen is checked beside Astro rather than before it
 * (scripts/lib/check-alongside.ts).
 *
 * When Astro has ended, this process becomes a small shell that runs Pagefind's program, so no
 * Node process holds memory beside Pagefind's peak (src/search/build/index-handover.ts). Where the
 * system cannot do that (Windows), it waits for Pagefind's program itself; `npm run build` starts
 * it with a young generation of 1 MiB (`--max-semi-space-size=1` in package.json; Astro's own
 * process does not get it) so it holds less then: 87 MiB where Node's default held 109 MiB
 * (docs/performance.md, «Runde 12»).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
// The package does not export its bin file, so it is used by path.
const astroBin = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const checkScript = fileURLToPath(new URL('./check-content.ts', import.meta.url));
const finishScript = fileURLToPath(new URL('./finish-index.ts', import.meta.url));
const [command, ...args] = process.argv.slice(2);

if (command === 'build') {
  const { INDEX_AFTER_BUILD, indexSite, indexSummary } = await import('../src/search/build/index-site.ts');
  const { handOverToIndex } = await import('../src/search/build/index-handover.ts');
  const { indexCacheDir } = await import('../src/search/build/index-reuse.ts');
  const { CHECK_ALONGSIDE } = await import('../src/check/build-signals.ts');
  const { checkFingerprint, cleanCheckFor } = await import('../src/check/check-stamp.ts');
  const { astroHeapArgs } = await import('./lib/astro-heap.ts');
  const { buildBesideCheck } = await import('./lib/check-alongside.ts');
  const root = process.cwd();
  const astro: [string, string[]] = [process.execPath, [...astroHeapArgs(root), astroBin, 'build', ...args]];
  const env = { ...process.env, [INDEX_AFTER_BUILD]: '1' };
  // Content the last clean check saw is not checked again (Astro's hook says so in the log).
  const status = cleanCheckFor(root, checkFingerprint(root))
    ? (spawnSync(astro[0], astro[1], { stdio: 'inherit', env }).status ?? 1)
    : (await buildBesideCheck([process.execPath, [checkScript]], astro, root, { ...env, [CHECK_ALONGSIDE]: '1' })).status;
  if (status !== 0) process.exit(status);
  // The site's output folder: Astro's default, which astro.config.mjs keeps.
  const dist = join(root, 'dist');
  try {
    // Where it can, this process becomes the index step and ends here (src/search/build/index-handover.ts).
    await handOverToIndex(dist, finishScript, indexCacheDir(root));
    console.log(indexSummary(await indexSite(dist, indexCacheDir(root))));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
} else {
  await import(pathToFileURL(astroBin).href);
}
