/** /admin/decap-cms.js and its chunks, copied from node_modules at build time (src/cms/bundle.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleDir, bundleFiles } from '../../cms/bundle.ts';

export const getStaticPaths: GetStaticPaths = () => bundleFiles(process.cwd()).map((file) => ({ params: { file } }));

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(bundleDir(process.cwd()), String(params.file))), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
