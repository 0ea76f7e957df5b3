/** /admin/redigering.js: the form's own words and the recommendation block (src/cms/admin-script.ts). */
import type { APIRoute } from 'astro';
import { adminScript } from '../../cms/admin-script.ts';

export const GET: APIRoute = () => new Response(adminScript(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
