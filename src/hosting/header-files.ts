/**
 * The security and caching headers written out for each host: dist/_headers for Netlify and
 * Cloudflare Pages, and an nginx include with `add_header` lines.
 */
import { adminSecurityHeaders, hashedAssetsDir, immutableCache, securityHeaders } from './security-headers.ts';

/** Where the build puts the files deploy/nginx/nginx.conf includes, inside dist/. */
export const nginxDir = '_nginx';

/**
 * dist/_headers: security headers on every path, the editor's own at /admin/*, long caching for
 * hashed assets. Both hosts join the values of a header two rules set, and two policies would both
 * apply, so the /admin/* rule first detaches the site-wide ones with Cloudflare Pages' «! Name»
 * line. Netlify does not know that line; `detach: false` (a Netlify build) leaves it out
 * (docs/editor-setup.md says how to check the editor's headers there).
 */
export function headersFile(csp: string, { detach = true }: { detach?: boolean } = {}): string {
  const indent = (pairs: [string, string][]) => pairs.map(([name, value]) => `  ${name}: ${value}`);
  const admin = adminSecurityHeaders();
  const replaced = admin.filter(([name, value]) => securityHeaders(csp).find(([n]) => n === name)?.[1] !== value);
  return [
    '# Laget av «npm run build» (src/hosting/). Ikke rediger.',
    '/*',
    ...indent(securityHeaders(csp)),
    // Pages get no Cache-Control here: both hosts already make browsers revalidate HTML, and a
    // second matching rule would have its value joined to this one, not replace it.
    `${hashedAssetsDir}*`,
    `  Cache-Control: ${immutableCache}`,
    '/admin/*',
    ...(detach ? replaced.map(([name]) => `  ! ${name}`) : []),
    ...indent(replaced),
    '',
  ].join('\n');
}

/** dist/_nginx/admin-headers.conf: the editor's headers, included by the /admin/ location. */
export function nginxAdminHeaders(): string {
  return [
    '# Laget av «npm run build» (src/hosting/). Ikke rediger. Tas inn av deploy/nginx/nginx.conf for /admin/.',
    ...adminSecurityHeaders().map(([name, value]) => `add_header ${name} "${value}" always;`),
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
