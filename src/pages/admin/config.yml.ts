/** /admin/config.yml: the form's configuration, generated from the schemas at build time (src/cms/config.ts). */
import type { APIRoute } from 'astro';
import { cmsConfigYaml } from '../../cms/config.ts';
import { siteUrl } from '../../publishing/site.ts';

export const GET: APIRoute = () =>
  new Response(cmsConfigYaml({ root: process.cwd(), site: siteUrl }), { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
