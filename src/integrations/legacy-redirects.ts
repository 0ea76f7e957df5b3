import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspHeader } from '../hosting/security-headers.ts';
import { headersFile, nginxAdminHeaders, nginxHeaders } from '../hosting/header-files.ts';
import { siteHashes } from '../hosting/site-hashes.ts';
import { inventoryFile, readInventory } from '../legacy/inventory.ts';
import { livePages } from '../legacy/live.ts';
import { nginxMaps } from '../legacy/nginx-maps.ts';
import { writeRedirectPages } from '../legacy/redirect-pages.ts';
import { limits, redirectsFile } from '../legacy/redirects-file.ts';
import { buildTables } from '../legacy/tables.ts';

/** Where the build puts the files deploy/nginx/nginx.conf includes. */
export const nginxDir = '_nginx';

/**
 * After the build, writes what hosting needs: dist/_redirects and dist/_headers (Netlify,
 * Cloudflare Pages), dist/_nginx/ (the nginx maps and headers), and static redirect pages for the
 * old www.forebygging.no addresses. It runs after the search index is written, and fails the build
 * if an old address would lead to a page that does not exist.
 */
export default function legacyRedirects(): AstroIntegration {
  let root = '';
  let origin = '';
  return {
    name: 'legacy-redirects',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        if (!config.site) throw new Error('astro.config.mjs må ha «site»: omdirigeringer fra de gamle nettstedene trenger adressen til det nye.');
        origin = new URL(config.site).origin;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { rows, problems } = readInventory(join(root, inventoryFile));
        if (problems.length > 0) {
          throw new Error(`${inventoryFile} har feil:\n${problems.map((p) => `  linje ${p.line}: ${p.message}`).join('\n')}`);
        }
        const tables = buildTables(livePages(outDir), rows);

        const csp = cspHeader(siteHashes(outDir));
        // Netlify sets NETLIFY=true in its builds; it does not read Cloudflare's «! Name» lines.
        writeFileSync(join(outDir, '_headers'), headersFile(csp, { detach: process.env.NETLIFY !== 'true' }));
        const redirects = redirectsFile(tables, rows, origin);
        writeFileSync(join(outDir, '_redirects'), redirects.text);
        if (redirects.counts.static > limits.static || redirects.counts.dynamic > limits.dynamic) {
          logger.warn(`_redirects har ${redirects.counts.static} faste og ${redirects.counts.dynamic} dynamiske regler; Cloudflare Pages leser bare ${limits.static} og ${limits.dynamic}.`);
        }
        mkdirSync(join(outDir, nginxDir), { recursive: true });
        writeFileSync(join(outDir, nginxDir, 'legacy.conf'), nginxMaps(tables, origin));
        writeFileSync(join(outDir, nginxDir, 'security-headers.conf'), nginxHeaders(csp));
        writeFileSync(join(outDir, nginxDir, 'admin-headers.conf'), nginxAdminHeaders());
        const pages = writeRedirectPages(outDir, rows, origin);
        logger.info(`Gamle adresser: ${rows.length} i ${inventoryFile}, ${tables.rules.length} regler, ${pages.length} omdirigeringssider`);
      },
    },
  };
}
