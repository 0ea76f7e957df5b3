import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspHeader } from '../hosting/security-headers.ts';
import { headersFile, nginxAdminHeaders, nginxDir, nginxHeaders } from '../hosting/header-files.ts';
import { siteHashes } from '../hosting/site-hashes.ts';

/**
 * After the build, writes the security headers for each host: dist/_headers (Netlify, Cloudflare
 * Pages), dist/_nginx/security-headers.conf and the editor's dist/_nginx/admin-headers.conf. The content security policy lists the hashes of the
 * site's own scripts and styles, so it runs after everything that writes them, the search index
 * included.
 */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const outDir = fileURLToPath(dir);
        const csp = cspHeader(siteHashes(outDir));
        // Netlify sets NETLIFY=true in its builds; it does not read Cloudflare's «! Name» lines.
        writeFileSync(join(outDir, '_headers'), headersFile(csp, { detach: process.env.NETLIFY !== 'true' }));
        mkdirSync(join(outDir, nginxDir), { recursive: true });
        writeFileSync(join(outDir, nginxDir, 'security-headers.conf'), nginxHeaders(csp));
        // The editor at /admin/ has a policy of its own (src/hosting/security-headers.ts).
        writeFileSync(join(outDir, nginxDir, 'admin-headers.conf'), nginxAdminHeaders());
      },
    },
  };
}
