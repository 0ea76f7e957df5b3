/**
 * The editor at /admin/ needs a looser policy than the reading pages (inline styles, eval for its
 * configuration check, GitHub's API), and only there: the hosts' files give /admin/* its own
 * policy in place of the site's, and the reading pages keep theirs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headersFile, nginxAdminHeaders } from '../../../src/hosting/header-files.ts';
import { adminCspMeta, cspHeader } from '../../../src/hosting/security-headers.ts';
import { adminPage } from '../../../src/cms/admin-page.ts';

const site = cspHeader({ script: [], style: [] });

/** The header lines of one rule in a _headers file. */
const rule = (file: string, path: string) => new RegExp(`^${path.replace(/[*/]/g, '\\$&')}\\n((?: {2}.+\\n?)+)`, 'm').exec(file)?.[1] ?? '';

test('_headers gives /admin/* its own policy and detaches the site-wide one (Cloudflare Pages)', () => {
  const file = headersFile(site);
  const admin = rule(file, '/admin/*');
  assert.match(admin, /^ {2}! Content-Security-Policy$/m);
  assert.match(admin, /^ {2}Content-Security-Policy: .*script-src 'self' 'unsafe-eval'.*connect-src 'self' blob: https:\/\/api\.github\.com/m);
  assert.match(admin, /^ {2}Cross-Origin-Opener-Policy: same-origin-allow-popups$/m, 'the GitHub sign-in window can report back');
  const everywhere = rule(file, '/*');
  assert.doesNotMatch(everywhere, /'unsafe-eval'|'unsafe-inline'|api\.github\.com/, 'reading pages keep the strict policy');
});

test('a Netlify build leaves out the detach lines Netlify does not read', () => {
  const admin = rule(headersFile(site, { detach: false }), '/admin/*');
  assert.doesNotMatch(admin, /^ {2}!/m);
  assert.match(admin, /^ {2}Content-Security-Policy: /m);
});

test('nginx sends the same policy for /admin/ as the page itself states', () => {
  const nginx = nginxAdminHeaders();
  assert.ok(nginx.includes(`add_header Content-Security-Policy "${adminCspMeta}; frame-ancestors 'none'" always;`));
  assert.ok(adminPage().includes(`<meta http-equiv="Content-Security-Policy" content="${adminCspMeta}">`));
  assert.match(adminPage(), /<script src="\/admin\/decap-cms\.js"><\/script>/, 'the bundle comes from the site itself');
  assert.doesNotMatch(adminPage(), /https?:\/\/[^"]*\.js/);
});
