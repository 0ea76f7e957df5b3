/**
 * The content layer's data store (every entry's data, and the HTML of every Markdown body, rendered
 * once and cached) read from its file when the build renders the pages, instead of from a
 * JavaScript module that holds the whole file as one string literal, as Astro makes it.
 *
 * At 10 000 pages the file is some 100 MB, and compiling a module with a string literal that long
 * took 13 s on its own, most of it system time (V8 appears to grow a literal's buffer a megabyte at
 * a time, copying it each time: five literals of 20 MB took 2.2 s). Reading the same file and
 * parsing it as JSON takes 0.6 s. Built one after the other, with and without this, a cold build
 * took 5–7 s less CPU time and a warm one 19–29 s less (docs/performance.md, «Runde 17»).
 *
 * The module is loaded here before Astro's own loader gets to it (a `load` hook ordered first), so
 * Astro no longer reads the file, parses it and writes it out again as that literal only for it to be
 * replaced: at 10 000 pages that was 4.7 s of CPU time in the build's profile (docs/performance.md,
 * «Runde 23»).
 *
 * The data is the same either way: Astro's module is `JSON.parse(<the file>)` too. Astro's other
 * way, a store in chunks (`experimental.collectionStorage`), avoids the big literal but measures
 * each character's UTF-8 length on its own when writing the chunks, and cost some 50 s per build.
 *
 * Build only: `astro dev` keeps its own store in .astro/ and reloads it when content changes.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The id Astro resolves `astro:data-layer-content` to (astro/dist/content/consts.js). */
const STORE_MODULE = '\0astro:data-layer-content';
/** The store's file in Astro's cache folder, when it is kept in one file (Astro's default). */
const STORE_FILE = 'data-store.json';
/**
 * What Astro marks its own store module with, so the incremental build leaves it out of each
 * page's code hash (astro/dist/core/build/incremental-metadata.js): the pages' cache keys follow
 * the content instead (src/collections/cache-keys.ts). Were the mark to change in Astro, the
 * module's code (which names the file) would count in the hash, and pages would only be rendered
 * again when the cache folder moves, never copied stale.
 */
const CONTENT_DATA = { astroIncremental: { kind: 'content-data' } };

export default function dataStoreFromFile(): AstroIntegration {
  return {
    name: 'data-store-from-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const storage = config.experimental.collectionStorage;
        if (command !== 'build' || (storage !== undefined && storage !== 'single-file')) return;
        const file = fileURLToPath(new URL(STORE_FILE, config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'data-store-from-file',
                // Ordered first, so Astro's own loader (an `enforce: 'pre'` plugin too, and earlier)
                // never runs for this module.
                load: {
                  order: 'pre',
                  filter: { id: new RegExp(`^${STORE_MODULE}$`) },
                  handler(id: string) {
                    if (id !== STORE_MODULE || !existsSync(file)) return null;
                    const runtime = [
                      `import { readFileSync } from 'node:fs';`,
                      `export default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
                    ].join('\n');
                    return { code: runtime, map: { mappings: '' }, meta: CONTENT_DATA };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
