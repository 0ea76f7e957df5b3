/**
 * The security headers every response carries, and the Content-Security-Policy they are built on.
 * One list feeds three places: Astro's <meta> policy on every page (astro.config.mjs), the
 * dist/_headers file for Netlify and Cloudflare Pages, and the nginx include the build writes.
 *
 * The site loads nothing from other origins and sets no cookies, so the policy is 'self' almost
 * everywhere. Search is the exception that needs more: Pagefind compiles WebAssembly
 * ('wasm-unsafe-eval') and may start its worker from a blob: URL.
 */
import type { AstroUserConfig } from 'astro';

/** Directives that may stand both in a <meta> element and in the HTTP header. */
export const sharedDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Sources for script-src and style-src; Astro adds the hashes of what it bundles. */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"];
export const styleSources = ["'self'"];

/** Browsers ignore these in a <meta> policy (and warn in the console), so they go in the header only. */
export const headerOnlyDirectives = ["frame-ancestors 'none'"];

/** Astro's `security.csp` option: Astro writes the <meta> policy with its own hashes on every page. */
type AstroCsp = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;
export const astroCsp: AstroCsp = {
  directives: [...sharedDirectives],
  scriptDirective: { resources: scriptSources },
  styleDirective: { resources: styleSources },
};

export interface CspHashes {
  script: string[];
  style: string[];
}

/** The policy for the HTTP header: the shared directives, Astro's hashes and the header-only ones. */
export function cspHeader(hashes: CspHashes): string {
  return [
    ...sharedDirectives,
    ['script-src', ...scriptSources, ...hashes.script].join(' '),
    ['style-src', ...styleSources, ...hashes.style].join(' '),
    ...headerOnlyDirectives,
  ].join('; ');
}

/** Every security header, in the order they are written. */
export function securityHeaders(csp: string): [name: string, value: string][] {
  return [
    ['Content-Security-Policy', csp],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()'],
    ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
    // For browsers that predate frame-ancestors.
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
}

/**
 * The editor at /admin/ (Decap CMS, src/cms/) needs more than a reading page, and only there:
 * it styles itself with inline styles, compiles its configuration check with eval (AJV), talks to
 * GitHub's API (and on a developer's machine to `npx decap-server` on localhost), shows GitHub
 * avatars and uploaded images as blob: URLs. The same policy goes in the page's <meta> and in the
 * hosts' headers for /admin/*, which replace the site-wide policy there.
 */
export const adminCspDirectives = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://avatars.githubusercontent.com https://raw.githubusercontent.com",
  "connect-src 'self' blob: https://api.github.com https://raw.githubusercontent.com http://localhost:* http://127.0.0.1:*",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** The editor's policy for the <meta> element (browsers ignore frame-ancestors there). */
export const adminCspMeta = adminCspDirectives.join('; ');
/** The editor's policy for the HTTP header. */
export const adminCspHeader = [...adminCspDirectives, ...headerOnlyDirectives].join('; ');

/**
 * The editor's headers: the site's, with its own policy, and an opener policy that lets the
 * GitHub sign-in window report back (same-origin would cut the link to the pop-up).
 */
export const adminSecurityHeaders = (): [name: string, value: string][] =>
  securityHeaders(adminCspHeader).map(([name, value]) => [name, name === 'Cross-Origin-Opener-Policy' ? 'same-origin-allow-popups' : value]);

/** Hashed build assets never change under the same name, so browsers may keep them for a year. */
export const immutableCache = 'public, max-age=31536000, immutable';
/** Everything else (pages, the search index) is checked with the server on every use. */
export const revalidateCache = 'no-cache';
/** Where Astro writes its hashed assets. */
export const hashedAssetsDir = '/_astro/';
