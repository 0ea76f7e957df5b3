// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/search/build/integration.ts';
import legacyRedirects from './src/integrations/legacy-redirects.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import { astroCsp } from './src/hosting/security-headers.ts';
import contentCheck from './src/integrations/content-check.ts';
import dataStoreFromFile from './src/integrations/data-store-from-file.ts';
import { inSitemap } from './src/collections/paths.ts';
import cms from './src/integrations/cms.ts';
import { dropComments, focusableTables } from './src/markdown/plugins.ts';
// The public address of the new site (SITE_URL overrides it); feeds, calendars and structured data read the same value.
import { siteUrl as site } from './src/publishing/site.ts';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Astro's cache (the content layer's data store with rendered Markdown, optimised images) in a
  // folder of its own, so CI can keep it between runs without keeping node_modules
  // (.github/workflows/). A warm build reuses what did not change.
  cacheDir: './.cache/astro',
  // concurrency: Astro writes each page (and its copy in the incremental cache) before it renders
  // the next, so with one page at a time its main thread sat idle for some 40 % of the page phase
  // at 10 000 pages, waiting for the file system. Four at a time: 50.8 s against 58.0 s for
  // Astro's build, and 3 s less CPU time, at a peak some 50 MiB higher (docs/performance.md,
  // «Runde 14»).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Reading pages ship no JavaScript; the one script (search) is bundled by Vite on /sok/ only.
  integrations: [contentCheck(), dataStoreFromFile(), mdx(), sitemap({ filter: inSitemap }), pagefind(), legacyRedirects(), securityHeaders(), cms()],
  // Bodies without components are Markdown (.md), rendered once by the content layer and cached;
  // MDX (.mdx) uses the same processor and plugins, so both give the same HTML (src/markdown/).
  markdown: { syntaxHighlight: false, processor: satteri({ mdastPlugins: [dropComments], hastPlugins: [focusableTables] }) },
  // Astro writes a <meta> policy with the hashes of what it bundles on every page; the build turns
  // the same policy into HTTP headers for each host (src/integrations/security-headers.ts).
  security: { csp: astroCsp },
  // Content images become AVIF with a WebP fallback (src/components/ContentImage.astro). Effort 2
  // encodes about five times faster than sharp's default 4 for files some 10 % larger.
  image: { service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 } } } },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        // All the site's CSS in one file (11 KB gzip), cached after the first page a reader opens,
        // instead of 3–9 small files per page split by which components a page uses; a page that
        // uses another component's classes (the print version uses the page intro's) has its
        // styles too. It also spares the build a hash per stylesheet link on every page for the
        // <meta> policy (security.csp above): 1.6 s of CPU time at 10 000 pages
        // (docs/performance.md, «Runde 16»).
        output: { codeSplitting: { groups: [{ name: 'nettsted', test: /\.css$/ }] } },
        // Every MDX module starts with Astro's "use astro:head-inject" directive, and the bundler
        // warns about each one. The warning is expected (Astro handles the directive itself) and
        // would bury real problems in the build log, so only that code is silenced.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && String(log.message).includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  // Writes a JSON Schema per collection to .astro/collections/ so the Astro VS Code extension can
  // help with MDX frontmatter (see CONTRIBUTING.md, «Hjelp i VS Code»).
  // incrementalBuild: a page whose cache key and code are unchanged since the last build is copied
  // from the cache instead of rendered (keys: src/collections/cache-keys.ts). CI keeps the cache.
  experimental: { contentIntellisense: true, incrementalBuild: true },
});
