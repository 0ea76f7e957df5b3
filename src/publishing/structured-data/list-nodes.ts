/**
 * Nodes for pages without an entry of their own (lists, hubs, /om/, search), chosen by address.
 * The glossary's list page also carries the DefinedTermSet its terms belong to.
 */
import type { Thing } from 'schema-dts';
import { entriesOf } from '../../collections/content.ts';
import { pathFor } from '../../collections/paths.ts';
import { t } from '../../i18n/index.ts';
import { termSetNode } from './glossary-nodes.ts';
import { listPageNode, listPageType, type PageFacts } from './page-nodes.ts';

export async function listPageData(p: PageFacts): Promise<Thing[]> {
  const page = listPageNode(listPageType(p.path), p);
  if (p.path !== '/ordbok/') return [page];
  const glossary = await entriesOf('glossary');
  const terms = glossary.map((g) => ({ name: g.data.term, path: pathFor('glossary', g.id) }));
  return [page, termSetNode(t('nb', 'ordbok.title'), t('nb', 'ordbok.lead'), terms)];
}
