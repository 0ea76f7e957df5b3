/** /admin/redigering.css: the editor's own adjustments to Decap CMS (src/cms/admin.css). */
import type { APIRoute } from 'astro';
import css from '../../cms/admin.css?raw';

export const GET: APIRoute = () => new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
