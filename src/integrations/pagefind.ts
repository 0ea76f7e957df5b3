import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind index into dist/pagefind/ once Astro has written the site.
 * The whole site is indexed as one language ("no"): bokmål and nynorsk pages share one index, so
 * a bokmål query also finds nynorsk pages (Pagefind otherwise splits the index by <html lang>).
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'no' });
          if (!index) throw new Error(`Pagefind kunne ikke starte: ${errors.join(', ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
          logger.info(`Søkeindeks: ${added.page_count} sider`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
