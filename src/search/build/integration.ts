import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { INDEX_AFTER_BUILD, indexSite, indexSummary } from './index-site.ts';
import { indexCacheDir } from './index-reuse.ts';

/**
 * Builds the search index into dist/pagefind/ once Astro has written the site
 * (src/search/build/index-site.ts). `npm run build` builds it after Astro's process has ended
 * instead (scripts/astro.ts), so the two never hold their memory at the same time; a plain
 * `astro build` still gets its index here.
 */
export default function pagefindIntegration(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[INDEX_AFTER_BUILD] === '1') {
          logger.info('Søkeindeksen bygges når Astro er ferdig (scripts/astro.ts).');
          return;
        }
        logger.info(indexSummary(await indexSite(fileURLToPath(dir).replace(/\/$/, ''), indexCacheDir(root))));
      },
    },
  };
}
