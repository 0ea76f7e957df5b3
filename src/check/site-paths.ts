/**
 * Every address the built site will have: one per published entry (the registry's address templates decide it),
 * the static pages in src/pages and the files in public/. Internal links in bodies are checked
 * against this set, and two entries that would get the same address are reported.
 */
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countyPath, listPathOf, pageNames, pathFor, printPathFor, type PageName } from '../collections/paths.ts';
import { laterPage } from '../collections/pagination.ts';
import { counties } from '../lib/municipalities.ts';
import { rowOf } from '../collections/registry.ts';
import type { ContentProblem } from './problem.ts';
import type { ContentFile } from './files.ts';
import { walk } from '../lib/walk.ts';

/** The project's own code: routes and public files are the site's, whichever content is checked. */
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));


/** Addresses of pages in src/pages that have no [parameter] in their path. */
export function staticRoutes(): string[] {
  const pages = join(projectRoot, 'src', 'pages');
  return walk(pages)
    .map((abs) => relative(pages, abs).split('\\').join('/'))
    .filter((rel) => /\.(astro|md|mdx)$/.test(rel) && !rel.includes('['))
    .map((rel) => {
      const route = rel.replace(/\.(astro|md|mdx)$/, '').replace(/(^|\/)index$/, '');
      return route === '' ? '/' : `/${route}/`;
    });
}

/** Pages made from reference data rather than content files: one per county (src/pages/praksis/fylke/). */
export const countyRoutes = (): string[] => counties.map(countyPath);

/**
 * The list pages (/artikler/ …), whose routes in src/pages are [...page].astro because later pages
 * (/artikler/side/2/) share the file; their first page is the list's address in the registry.
 */
export const listRoutes = (): string[] => [...new Set(pageNames.map(listPathOf))];

/** Files in public/ are served as they are, at /<name>. */
export function publicFiles(): string[] {
  const pub = join(projectRoot, 'public');
  return walk(pub).map((abs) => `/${relative(pub, abs).split('\\').join('/')}`);
}

/** The address an entry will have, or undefined if it gets none (drafts, hub texts, organisations). */
export function addressOf(file: ContentFile): string | undefined {
  if (!file.data || file.data.draft === true) return undefined;
  if (!rowOf(file.collection).address) return undefined;
  // A hub's welcome text is shown by the hub's own page in src/pages.
  if (file.collection === 'pages' && file.data.section === 'hub') return undefined;
  return pathFor(file.collection as PageName, file.id);
}

/** The print page of a guideline or plan guide, which a chapter or step must not take. */
function printAddressOf(file: ContentFile): string | undefined {
  if (!addressOf(file) || (file.collection !== 'guidelines' && file.collection !== 'planGuides')) return undefined;
  return printPathFor(file.collection, file.id);
}

/** All addresses a link may point to. */
export function sitePaths(files: ContentFile[]): Set<string> {
  const paths = new Set([...staticRoutes(), ...listRoutes(), ...countyRoutes(), ...publicFiles(), '/sitemap-index.xml']);
  for (const file of files) {
    const address = addressOf(file);
    if (address) paths.add(address);
    const print = printAddressOf(file);
    if (print) paths.add(print);
  }
  return paths;
}

/** Two entries, or an entry and a static page, that would be published at the same address. */
export function addressCollisions(files: ContentFile[]): ContentProblem[] {
  const statics = new Set([...staticRoutes(), ...listRoutes()]);
  const seen = new Map<string, ContentFile>();
  const problems: ContentProblem[] = [];
  const printPages = new Map<string, ContentFile>();
  for (const file of files) {
    const print = printAddressOf(file);
    if (print) printPages.set(print, file);
  }
  for (const file of files) {
    const address = addressOf(file);
    if (!address) continue;
    const other = seen.get(address);
    const printed = printPages.get(address);
    const listPage = laterPage(address);
    if (listPage) {
      problems.push({ file: file.path, field: '(filnavn)', message: `Adressen ${address} er side ${listPage.n} av listen ${listPage.base}. Gi mappen et annet navn enn «side».` });
    } else if (printed) {
      problems.push({ file: file.path, field: '(filnavn)', message: `Adressen ${address} er utskriftssiden til ${printed.path}. Gi filen et annet navn enn «skriv-ut».` });
    } else if (other && other.collection === file.collection && other.id === file.id) {
      // x.md beside x.mdx: the same page twice, reported once by validate.ts.
    } else if (other) {
      problems.push({ file: file.path, field: '(filnavn)', message: `Får samme adresse (${address}) som ${other.path}. Gi filen et annet navn.` });
    } else if (statics.has(address) && !(file.collection === 'pages' && address === '/tidlig-intervensjon/')) {
      problems.push({ file: file.path, field: '(filnavn)', message: `Adressen ${address} er allerede brukt av en fast side på nettstedet. Gi filen et annet navn.` });
    }
    seen.set(address, file);
  }
  return problems;
}
