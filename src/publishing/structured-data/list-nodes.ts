/**
 * Nodes for pages without an entry of their own (lists, hubs, /om/, search), chosen by address.
 * The glossary's list pages also carry the DefinedTermSet their terms belong to, with the terms
 * each page shows (the whole glossary would outgrow the page's budget).
 */
import type { Thing } from 'schema-dts';
import { entriesOf } from '../../collections/content.ts';
import { listPathOf, pathFor } from '../../collections/paths.ts';
import { laterPage, pageItems } from '../../collections/pagination.ts';
import { t } from '../../i18n/index.ts';
import { termSetNode } from './glossary-nodes.ts';
import { listPageNode, listPageType, type PageFacts } from './page-nodes.ts';

export async function listPageData(p: PageFacts): Promise<Thing[]> {
  const page = listPageNode(listPageType(p.path), p);
  const glossaryPath = listPathOf('glossary');
  const later = laterPage(p.path);
  const n = p.path === glossaryPath ? 1 : later?.base === glossaryPath ? later.n : undefined;
  if (n === undefined) return [page];
  const terms = pageItems(await entriesOf('glossary'), n).map((g) => ({ name: g.data.term, path: pathFor('glossary', g.id) }));
  return [page, termSetNode(t('nb', 'ordbok.title'), t('nb', 'ordbok.lead'), terms)];
}
