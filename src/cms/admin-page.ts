/**
 * /admin/index.html: the page that loads the editor. Written by the build (not an Astro page) so
 * that it carries the editor's own policy (src/hosting/security-headers.ts) and none of the
 * reading pages' layout, styles or search markup. Decap CMS reads its configuration from
 * /admin/config.yml.
 */
import { adminCspMeta } from '../hosting/security-headers.ts';
import { t } from '../i18n/index.ts';

export function adminPage(): string {
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="Content-Security-Policy" content="${adminCspMeta}">
<title>${t('nb', 'cms.title')}</title>
<link href="/admin/config.yml" type="text/yaml" rel="cms-config-url">
<link href="/admin/redigering.css" rel="stylesheet">
</head>
<body>
<noscript>${t('nb', 'cms.noscript')}</noscript>
<script src="/admin/decap-cms.js"></script>
<script src="/admin/redigering.js"></script>
</body>
</html>
`;
}
