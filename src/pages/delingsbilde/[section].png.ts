/** The share image of each section, written to dist/delingsbilde/<section>.png at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { shareImagePng, shareSections, type ShareSection } from '../../publishing/share/share-image.ts';

export const getStaticPaths = (() => Object.keys(shareSections).map((section) => ({ params: { section } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await shareImagePng(params.section as ShareSection)), { headers: { 'Content-Type': 'image/png' } });
