/**
 * The security and caching headers written out for each host: dist/_headers for Netlify and
 * Cloudflare Pages, and an nginx include with `add_header` lines.
 */
import { hashedAssetsDir, immutableCache, securityHeaders } from './security-headers.ts';

/** Where the build puts the files deploy/nginx/nginx.conf includes, inside dist/. */
export const nginxDir = '_nginx';

/** dist/_headers: security headers on every path, long caching for hashed assets. */
export function headersFile(csp: string): string {
  const indent = (pairs: [string, string][]) => pairs.map(([name, value]) => `  ${name}: ${value}`);
  return [
    '# Laget av «npm run build» (src/hosting/). Ikke rediger.',
    '/*',
    ...indent(securityHeaders(csp)),
    // Pages get no Cache-Control here: both hosts already make browsers revalidate HTML, and a
    // second matching rule would have its value joined to this one, not replace it.
    `${hashedAssetsDir}*`,
    `  Cache-Control: ${immutableCache}`,
    '',
  ].join('\n');
}

/** dist/_nginx/security-headers.conf: included wherever nginx.conf adds headers. */
export function nginxHeaders(csp: string): string {
  return [
    '# Laget av «npm run build» (src/hosting/). Ikke rediger. Tas inn av deploy/nginx/nginx.conf.',
    ...securityHeaders(csp).map(([name, value]) => `add_header ${name} "${value}" always;`),
    '',
  ].join('\n');
}
